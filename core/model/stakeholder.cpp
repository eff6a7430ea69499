// SPDX-License-Identifier: GPL-3.0-or-later
#include "stakeholder.h"

namespace accord {

template<> const RowMeta<Stakeholder> &rowMeta<Stakeholder>()
{
    using S = Stakeholder;
    static const RowMeta<S> meta {QStringLiteral("stakeholder"), ACCORD_FIELD("Stakeholders"),
        {field<&S::side>("side", ACCORD_FIELD("Side")),
            field<&S::type>("type", ACCORD_FIELD("Type")),
            field<&S::name>("name", ACCORD_FIELD("Name"), FieldHint::Person),
            field<&S::title>("title", ACCORD_FIELD("Title")),
            field<&S::email>("email", ACCORD_FIELD("Email"), FieldHint::Email),
            field<&S::phone>("phone", ACCORD_FIELD("Phone"), FieldHint::Phone),
            field<&S::engagement>("engagement", ACCORD_FIELD("Engagement")),
            field<&S::roleInSuccess>("role_in_success", ACCORD_FIELD("Role in success")),
            field<&S::frequency>("frequency", ACCORD_FIELD("Engagement frequency")),
            field<&S::format>("format", ACCORD_FIELD("Format")),
            field<&S::owner>("owner", ACCORD_FIELD("Owner"), FieldHint::Person)}};
    return meta;
}

} // namespace accord
