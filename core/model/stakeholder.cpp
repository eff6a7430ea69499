// SPDX-License-Identifier: GPL-3.0-or-later
#include "stakeholder.h"

#include "vocabulary.h"

namespace accord {

template<> const RowMeta<Stakeholder> &rowMeta<Stakeholder>()
{
    using S = Stakeholder;
    static const RowMeta<S> meta {QStringLiteral("stakeholder"), ACCORD_FIELD("Stakeholders"),
        {field<&S::side>("side", ACCORD_FIELD("Side")),
            vocabulary(
                field<&S::type>("type", ACCORD_FIELD("Type")), Vocabularies::stakeholderType()),
            field<&S::name>("name", ACCORD_FIELD("Name"), FieldHint::Person),
            field<&S::title>("title", ACCORD_FIELD("Title")),
            field<&S::email>("email", ACCORD_FIELD("Email"), FieldHint::Email),
            field<&S::phone>("phone", ACCORD_FIELD("Phone"), FieldHint::Phone),
            vocabulary(field<&S::engagement>("engagement", ACCORD_FIELD("Engagement")),
                Vocabularies::engagement()),
            field<&S::roleInSuccess>("role_in_success", ACCORD_FIELD("Role in success")),
            field<&S::frequency>("frequency", ACCORD_FIELD("Engagement frequency")),
            field<&S::format>("format", ACCORD_FIELD("Format")),
            field<&S::owner>("owner", ACCORD_FIELD("Owner"), FieldHint::Person)}};
    return meta;
}

} // namespace accord
