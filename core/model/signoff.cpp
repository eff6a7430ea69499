// SPDX-License-Identifier: GPL-3.0-or-later
#include "signoff.h"

namespace accord {

template<> const RowMeta<Signatory> &rowMeta<Signatory>()
{
    using S = Signatory;
    static const RowMeta<S> meta {QStringLiteral("signatory"), ACCORD_FIELD("Signatories"),
        {field<&S::side>("side", ACCORD_FIELD("Side")),
            field<&S::name>("name", ACCORD_FIELD("Name"), FieldHint::Person),
            field<&S::title>("title", ACCORD_FIELD("Title")),
            field<&S::role>("role", ACCORD_FIELD("Role")),
            progress(field<&S::signedOn>("signed_on", ACCORD_FIELD("Signed on")))}};
    return meta;
}

template<> const RowMeta<SignOff> &rowMeta<SignOff>()
{
    using S = SignOff;
    static const RowMeta<S> meta {QStringLiteral("sign_off"), ACCORD_FIELD("Sign-offs"),
        {field<&S::date>("date", ACCORD_FIELD("Date")),
            field<&S::version>("version", ACCORD_FIELD("Version"), FieldHint::Code),
            field<&S::fingerprint>("fingerprint", ACCORD_FIELD("Fingerprint"), FieldHint::Code),
            field<&S::signatories>("signatories", ACCORD_FIELD("Signed by")),
            longText<&S::snapshot>("snapshot", ACCORD_FIELD("Signed content"))}};
    return meta;
}

} // namespace accord
