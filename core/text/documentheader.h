// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace accord {

struct Plan;
struct Stakeholder;

// The title and header block of the joint plan, shared by every document: product,
// contract term, CSM, customer champion and executive sponsor, last update and
// status, and the people these name.
class DocumentHeader {
public:
    // "Customer Success Plan: <company>".
    static QString title(const Plan &plan);
    // (label, value) pairs, labels ending in a colon ("Product:"); values may be empty.
    static QList<std::pair<QString, QString>> fields(const Plan &plan);
    // The contract start and renewal dates as "start → renewal"; empty without both.
    static QString contractTerm(const Plan &plan);

    // The people of KeyPeople::of(plan): the vendor's CSM, the customer's champion
    // and executive sponsor. Null when there is none.
    static const Stakeholder *csm(const Plan &plan);
    static const Stakeholder *champion(const Plan &plan);
    static const Stakeholder *executiveSponsor(const Plan &plan);
    // "Name, Title" (either part may be missing).
    static QString nameAndTitle(const Stakeholder &person);
};

} // namespace accord
