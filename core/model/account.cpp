// SPDX-License-Identifier: GPL-3.0-or-later
#include "account.h"

#include "vocabulary.h"

namespace accord {

template<> const RowMeta<Account> &rowMeta<Account>()
{
    static const RowMeta<Account> meta {QStringLiteral("account"), ACCORD_FIELD("Account"),
        {required(field<&Account::company>("company", ACCORD_FIELD("Company"))),
            field<&Account::customerId>(
                "customer_id", ACCORD_FIELD("Customer ID"), FieldHint::Code),
            field<&Account::industry>("industry", ACCORD_FIELD("Industry")),
            internal(vocabulary(field<&Account::segment>("segment", ACCORD_FIELD("Segment")),
                Vocabularies::segment())),
            internal(field<&Account::tier>("tier", ACCORD_FIELD("Account tier"))),
            field<&Account::product>("product", ACCORD_FIELD("Product / plan")),
            field<&Account::contractStart>("contract_start", ACCORD_FIELD("Contract start")),
            notBefore<&Account::contractStart>(
                field<&Account::renewalDate>("renewal_date", ACCORD_FIELD("Renewal date")),
                "date-order",
                ACCORD_RULE("The renewal date (%1) is before the contract start (%2).")),
            field<&Account::arr>("arr", ACCORD_FIELD("Annual recurring revenue")),
            field<&Account::arrText>("arr_text", ACCORD_FIELD("ARR as written")),
            within(field<&Account::seats>("seats", ACCORD_FIELD("Seats purchased")), 0),
            longText<&Account::overview>("overview", ACCORD_FIELD("Company overview")),
            longText<&Account::businessCase>("business_case", ACCORD_FIELD("Business case"))}};
    return meta;
}

} // namespace accord
