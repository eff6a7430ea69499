// SPDX-License-Identifier: GPL-3.0-or-later
#include "appendix.h"

namespace accord {

template<> const RowMeta<GlossaryEntry> &rowMeta<GlossaryEntry>()
{
    using G = GlossaryEntry;
    static const RowMeta<G> meta {QStringLiteral("glossary_entry"), ACCORD_FIELD("Glossary"),
        {field<&G::term>("term", ACCORD_FIELD("Term")),
            field<&G::definition>("definition", ACCORD_FIELD("Definition"))}};
    return meta;
}

template<> const RowMeta<RelatedDocument> &rowMeta<RelatedDocument>()
{
    using R = RelatedDocument;
    static const RowMeta<R> meta {QStringLiteral("related_document"),
        ACCORD_FIELD("Related documents"),
        {field<&R::title>("title", ACCORD_FIELD("Document")),
            field<&R::location>("location", ACCORD_FIELD("Location"), FieldHint::Url)}};
    return meta;
}

template<> const RowMeta<HistoryEntry> &rowMeta<HistoryEntry>()
{
    using H = HistoryEntry;
    static const RowMeta<H> meta {QStringLiteral("history_entry"), ACCORD_FIELD("Document history"),
        {field<&H::version>("version", ACCORD_FIELD("Version"), FieldHint::Code),
            field<&H::date>("date", ACCORD_FIELD("Date")),
            field<&H::author>("author", ACCORD_FIELD("Author"), FieldHint::Person),
            field<&H::changes>("changes", ACCORD_FIELD("Changes"))}};
    return meta;
}

template<> const RowMeta<ToolResource> &rowMeta<ToolResource>()
{
    using T = ToolResource;
    static const RowMeta<T> meta {QStringLiteral("tool_resource"),
        ACCORD_FIELD("Tools and resources"),
        {field<&T::name>("name", ACCORD_FIELD("Tool / resource")),
            field<&T::purpose>("purpose", ACCORD_FIELD("Purpose"))},
        Audience::Internal};
    return meta;
}

template<> const RowMeta<ImprovementPractice> &rowMeta<ImprovementPractice>()
{
    using I = ImprovementPractice;
    static const RowMeta<I> meta {QStringLiteral("improvement_practice"),
        ACCORD_FIELD("Feedback and improvement"),
        {field<&I::practice>("practice", ACCORD_FIELD("Practice")),
            field<&I::frequency>("frequency", ACCORD_FIELD("Frequency")),
            field<&I::owner>("owner", ACCORD_FIELD("Owner"), FieldHint::Person)},
        Audience::Internal};
    return meta;
}

} // namespace accord
