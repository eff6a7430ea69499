// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "field.h"

namespace accord {

// The customer account and its contract (document info, customer context, required inputs).
// Shared by every plan of the account.
struct Account {
    AccountId id;
    QString company;
    QString customerId;
    QString industry; // open vocabulary
    QString segment; // open vocabulary: enterprise, mid_market, smb…
    QString tier; // account tier
    QString product; // product / plan purchased
    QDate contractStart;
    QDate renewalDate;
    Money arr;
    QString arrText; // the contract value as written ("$150,000")
    std::optional<int> seats;
    QString overview; // company overview
    QString businessCase; // why they bought
};

template<> const RowMeta<Account> &rowMeta<Account>();

} // namespace accord
