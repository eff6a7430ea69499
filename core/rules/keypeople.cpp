// SPDX-License-Identifier: GPL-3.0-or-later
#include "keypeople.h"

#include "model/plan.h"

#include <initializer_list>

namespace accord {

namespace {

// "Executive Sponsor", "executive-sponsor" and "executive_sponsor" are one type.
QString normalisedType(const QString &type)
{
    QString t = type.trimmed().toLower();
    t.replace(u'-', u'_').replace(u' ', u'_');
    return t;
}

// The first stakeholder of the first type (in order of preference) that anyone has.
const Stakeholder *byType(const Plan &plan, Side side, std::initializer_list<QStringView> types)
{
    for (QStringView type : types) {
        for (const Stakeholder &s : plan.stakeholders) {
            if (s.side == side && normalisedType(s.type) == type)
                return &s;
        }
    }
    return nullptr;
}

const Stakeholder *byTitle(const Plan &plan, Side side, QStringView words)
{
    for (const Stakeholder &s : plan.stakeholders) {
        if (s.side == side && s.title.contains(words, Qt::CaseInsensitive))
            return &s;
    }
    return nullptr;
}

} // namespace

KeyPeople KeyPeople::of(const Plan &plan)
{
    KeyPeople people;
    people.csm
        = byType(plan, Side::Vendor, {u"csm", u"primary_owner", u"customer_success_manager"});
    if (!people.csm)
        people.csm = byTitle(plan, Side::Vendor, u"Customer Success");
    people.champion = byType(plan, Side::Customer,
        {u"champion", u"day_to_day_contact", u"day_to_day", u"primary_contact"});
    people.executiveSponsor
        = byType(plan, Side::Customer, {u"executive_sponsor", u"exec_sponsor", u"sponsor"});
    if (!people.executiveSponsor)
        people.executiveSponsor = byTitle(plan, Side::Customer, u"Sponsor");
    return people;
}

} // namespace accord
