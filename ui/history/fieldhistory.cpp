// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldhistory.h"

#include "changehistorymodel.h"

#include "model/plantable.h"
#include "storage/planrepository.h"
#include "text/changetext.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace accord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::FieldHistory", text);
}

constexpr int kLongestValue = 60; // characters of an old value shown in a tooltip

} // namespace

QString FieldHistory::lastChange(
    PlanRepository &repository, const Plan &plan, FieldRef field, qint64 rowId)
{
    if (!field.table || field.index < 0)
        return {};
    ChangeFilter filter;
    filter.tables = {field.table->name()};
    filter.rowId = field.table->isCollection() ? rowId : field.table->rowId(plan, 0);
    filter.field = field.info().key;
    filter.limit = 1;
    const auto found = repository.history(plan.id, filter);
    if (!found)
        return {};
    if (found->empty())
        return tr("No change of this field is recorded.");
    const ChangeEntry &e = found->front();
    const QDateTime at = e.at.toLocalTime();
    const QString when = ChangeHistoryModel::dayText(at.date());
    const QString time = ChangeHistoryModel::timeText(at.time());
    if (e.oldValue.isEmpty())
        return tr("Last changed by %1 on %2 at %3; it was empty.").arg(e.who(), when, time);
    QString old = ChangeText::value(e, e.oldValue).simplified();
    if (old.size() > kLongestValue)
        old = old.left(kLongestValue - 1).trimmed() + QStringLiteral("…");
    return tr("Last changed by %1 on %2 at %3; it was “%4”.").arg(e.who(), when, time, old);
}

QString FieldHistory::toolTip(const QString &toolTip, const QString &lastChange)
{
    if (lastChange.isEmpty())
        return toolTip;
    // Plain text stays on one line; rich text (a detail) would wrap it narrowly.
    if (!Qt::mightBeRichText(toolTip))
        return toolTip.isEmpty() ? lastChange : toolTip + u'\n' + lastChange;
    return toolTip
        + QStringLiteral("<p style=\"white-space: pre\"><i>%1</i></p>")
              .arg(lastChange.toHtmlEscaped());
}

} // namespace accord
