// SPDX-License-Identifier: GPL-3.0-or-later
#include "technical.h"

namespace accord {

template<> const RowMeta<Integration> &rowMeta<Integration>()
{
    using I = Integration;
    static const RowMeta<I> meta {QStringLiteral("integration"),
        ACCORD_FIELD("Integration requirements"),
        {field<&I::system>("system", ACCORD_FIELD("System / tool")),
            field<&I::type>("type", ACCORD_FIELD("Integration type")),
            field<&I::owner>("owner", ACCORD_FIELD("Owner"), FieldHint::Person),
            progress(field<&I::status>("status", ACCORD_FIELD("Status"))),
            field<&I::targetDate>("target_date", ACCORD_FIELD("Target date"))}};
    return meta;
}

template<> const RowMeta<DataMigration> &rowMeta<DataMigration>()
{
    using D = DataMigration;
    static const RowMeta<D> meta {QStringLiteral("data_migration"), ACCORD_FIELD("Data migration"),
        {field<&D::dataType>("data_type", ACCORD_FIELD("Data type")),
            field<&D::source>("source", ACCORD_FIELD("Source")),
            field<&D::volume>("volume", ACCORD_FIELD("Volume")),
            field<&D::complexity>("complexity", ACCORD_FIELD("Complexity")),
            progress(field<&D::status>("status", ACCORD_FIELD("Status")))}};
    return meta;
}

template<> const RowMeta<CustomConfiguration> &rowMeta<CustomConfiguration>()
{
    using C = CustomConfiguration;
    static const RowMeta<C> meta {QStringLiteral("custom_configuration"),
        ACCORD_FIELD("Custom configuration"),
        {field<&C::requirement>("requirement", ACCORD_FIELD("Requirement")),
            field<&C::description>("description", ACCORD_FIELD("Description")),
            field<&C::priority>("priority", ACCORD_FIELD("Priority")),
            progress(field<&C::status>("status", ACCORD_FIELD("Status"))),
            field<&C::targetDate>("target_date", ACCORD_FIELD("Target date"))}};
    return meta;
}

} // namespace accord
