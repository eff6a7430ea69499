// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownexporter.h"

#include "markdowndocument.h"
#include "markdownextrasections.h"
#include "markdownheader.h"
#include "markdownjointplansections.h"

#include "model/plan.h"

namespace accord {

QByteArray MarkdownExporter::exportPlan(const Plan &plan, QDate today)
{
    MarkdownDocument doc(MarkdownHeader::title(plan));
    doc.setHeaderLines(MarkdownHeader::lines(plan));
    MarkdownJointPlanSections::appendTo(doc, plan);
    MarkdownExtraSections::appendTo(doc, plan, today);
    return doc.toUtf8();
}

} // namespace accord
