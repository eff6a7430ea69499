// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/plan.h"
#include "rules/keypeople.h"

#include <QTest>

using namespace accord;

namespace {

Stakeholder person(Side side, const char *type, const char *name, const char *title = "")
{
    Stakeholder s;
    s.side = side;
    s.type = QString::fromLatin1(type);
    s.name = QString::fromLatin1(name);
    s.title = QString::fromLatin1(title);
    return s;
}

} // namespace

class TestKeyPeople : public QObject {
    Q_OBJECT

private slots:
    void byType()
    {
        Plan plan;
        plan.stakeholders = {person(Side::Customer, "day_to_day_contact", "Mike"),
            person(Side::Customer, "Executive_Sponsor", "Sarah"),
            person(Side::Customer, "champion", "Ana"),
            person(Side::Vendor, "technical_resource", "Tom"),
            person(Side::Vendor, "primary_owner", "Jane")};
        const KeyPeople people = KeyPeople::of(plan);
        QCOMPARE(people.csm->name, QStringLiteral("Jane"));
        QCOMPARE(people.champion->name, QStringLiteral("Ana")); // champion before day-to-day
        QCOMPARE(people.executiveSponsor->name, QStringLiteral("Sarah"));
    }

    void byTitleWhenNoTypeMatches()
    {
        Plan plan;
        plan.stakeholders = {person(Side::Vendor, "", "Jane", "Senior Customer Success Manager"),
            person(Side::Customer, "", "Sarah", "Executive sponsor, VP Ops"),
            person(Side::Customer, "primary_owner", "Not a vendor")};
        const KeyPeople people = KeyPeople::of(plan);
        QCOMPARE(people.csm->name, QStringLiteral("Jane"));
        QCOMPARE(people.executiveSponsor->name, QStringLiteral("Sarah"));
        QVERIFY(!people.champion);
    }

    void nobody()
    {
        const KeyPeople people = KeyPeople::of(Plan());
        QVERIFY(!people.csm && !people.champion && !people.executiveSponsor);
    }
};

QTEST_GUILESS_MAIN(TestKeyPeople)
#include "tst_keypeople.moc"
