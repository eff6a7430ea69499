// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentheader.h"

#include "model/plan.h"
#include "rules/keypeople.h"

#include <QCoreApplication>

namespace accord {

namespace {

QString product(const Account &account)
{
    if (account.product.isEmpty() || account.tier.isEmpty() || account.product == account.tier)
        return account.product.isEmpty() ? account.tier : account.product;
    return QCoreApplication::translate("accord::Export", "%1 / %2")
        .arg(account.product, account.tier);
}

} // namespace

QString DocumentHeader::title(const Plan &plan)
{
    const QString company = plan.account.company.simplified();
    if (company.isEmpty())
        return QCoreApplication::translate("accord::Export", "Customer Success Plan");
    return QCoreApplication::translate("accord::Export", "Customer Success Plan: %1").arg(company);
}

QString DocumentHeader::contractTerm(const Plan &plan)
{
    const Account &account = plan.account;
    if (!account.contractStart.isValid() && !account.renewalDate.isValid())
        return {};
    const auto date = [](QDate d) {
        return d.isValid() ? d.toString(Qt::ISODate)
                           : QCoreApplication::translate("accord::Export", "\u2014");
    };
    return QCoreApplication::translate("accord::Export", "%1 \u2192 %2")
        .arg(date(account.contractStart), date(account.renewalDate));
}

const Stakeholder *DocumentHeader::csm(const Plan &plan)
{
    return KeyPeople::of(plan).csm;
}

const Stakeholder *DocumentHeader::champion(const Plan &plan)
{
    return KeyPeople::of(plan).champion;
}

const Stakeholder *DocumentHeader::executiveSponsor(const Plan &plan)
{
    return KeyPeople::of(plan).executiveSponsor;
}

QString DocumentHeader::nameAndTitle(const Stakeholder &person)
{
    if (person.name.isEmpty() || person.title.isEmpty())
        return person.name.isEmpty() ? person.title : person.name;
    return QCoreApplication::translate("accord::Export", "%1, %2").arg(person.name, person.title);
}

QList<std::pair<QString, QString>> DocumentHeader::fields(const Plan &plan)
{
    const Stakeholder *csmPerson = csm(plan);
    const Stakeholder *championPerson = champion(plan);
    const Stakeholder *sponsor = executiveSponsor(plan);
    const QDate updated = plan.header.lastReviewed;
    return {
        {QCoreApplication::translate("accord::Export", "Product:"), product(plan.account)},
        {QCoreApplication::translate("accord::Export", "Contract term:"), contractTerm(plan)},
        {QCoreApplication::translate("accord::Export", "CSM:"),
            csmPerson ? csmPerson->name : QString()},
        {QCoreApplication::translate("accord::Export", "Customer champion:"),
            championPerson ? nameAndTitle(*championPerson) : QString()},
        {QCoreApplication::translate("accord::Export", "Customer executive sponsor:"),
            sponsor ? nameAndTitle(*sponsor) : QString()},
        {QCoreApplication::translate("accord::Export", "Last updated:"),
            updated.isValid() ? updated.toString(Qt::ISODate) : QString()},
        {QCoreApplication::translate("accord::Export", "Status:"), enumLabel(plan.header.status)},
    };
}

} // namespace accord
