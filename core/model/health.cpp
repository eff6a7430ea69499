// SPDX-License-Identifier: GPL-3.0-or-later
#include "health.h"

namespace accord {

template<> const RowMeta<HealthComponent> &rowMeta<HealthComponent>()
{
    using H = HealthComponent;
    static const RowMeta<H> meta {QStringLiteral("health_component"),
        ACCORD_FIELD("Health score components"),
        {field<&H::name>("name", ACCORD_FIELD("Component")),
            field<&H::weight>("weight", ACCORD_FIELD("Weight"), FieldHint::Percent),
            field<&H::metrics>("metrics", ACCORD_FIELD("Metrics")),
            field<&H::target>("target", ACCORD_FIELD("Target")),
            progress(field<&H::score>("score", ACCORD_FIELD("Current score"), FieldHint::Score))},
        Audience::Internal};
    return meta;
}

} // namespace accord
