// SPDX-License-Identifier: GPL-3.0-or-later
#include "finddialog.h"

#include "model/plan.h"
#include "model/plantable.h"
#include "text/plansearch.h"
#include "text/rowlabel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace accord {

namespace {

constexpr int kHitsPerPlan = 200;

enum Role { PlanRole = Qt::UserRole, TableRole, FieldRole, RowRole };

// "Milestones · Automated scheduling enabled · Name": where the hit is.
QString placeOf(const Plan &plan, const SearchHit &hit)
{
    const PlanTable &table = *hit.field.table;
    QStringList parts {table.label()};
    if (table.isCollection())
        parts << RowLabel::of(plan, table, hit.rowId);
    parts << hit.field.info().translatedLabel();
    return parts.join(QStringLiteral(" · "));
}

QString hitCount(int n)
{
    return n == 1 ? FindDialog::tr("1 hit") : FindDialog::tr("%1 hits").arg(n);
}

} // namespace

FindDialog::FindDialog(PlanSource plans, QWidget *parent)
    : QDialog(parent)
    , m_plans(std::move(plans))
    , m_query(new QLineEdit(this))
    , m_results(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("findDialog"));
    setWindowTitle(tr("Find in plans"));
    resize(760, 520);
    m_query->setObjectName(QStringLiteral("findQuery"));
    m_query->setPlaceholderText(
        tr("Search outcomes, milestones, stakeholders, risks, notes… in every plan"));
    m_query->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("findResults"));
    m_results->setColumnCount(2);
    m_results->setHeaderLabels({tr("Where"), tr("Text")});
    m_results->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_results->setColumnWidth(0, 300);
    m_results->setUniformRowHeights(true);
    m_summary->setObjectName(QStringLiteral("findSummary"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_summary);

    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &FindDialog::search);
    connect(m_query, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    // Enter in the query searches now, or opens the first hit of a finished search.
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        if (m_typing->isActive() || m_results->topLevelItemCount() == 0)
            search();
        QTreeWidgetItem *first = m_results->topLevelItem(0);
        if (first && first->childCount() > 0)
            choose(first->child(0));
    });
    connect(m_results, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { choose(item); });
}

void FindDialog::search()
{
    m_typing->stop();
    m_results->clear();
    const QString query = m_query->text().simplified();
    if (query.isEmpty()) {
        m_summary->clear();
        return;
    }
    int total = 0;
    int planCount = 0;
    for (const Plan &plan : m_plans()) {
        const std::vector<SearchHit> hits = PlanSearch::find(plan, query, kHitsPerPlan);
        if (hits.empty())
            continue;
        ++planCount;
        auto *planItem = new QTreeWidgetItem(m_results);
        const QString company
            = plan.account.company.isEmpty() ? tr("(no account)") : plan.account.company;
        planItem->setText(0, tr("%1 — %2").arg(company, plan.header.title));
        planItem->setText(1, hitCount(int(hits.size())));
        for (const SearchHit &hit : hits) {
            auto *item = new QTreeWidgetItem(planItem);
            item->setText(0, placeOf(plan, hit));
            item->setText(1, PlanSearch::excerpt(hit));
            item->setToolTip(1, hit.text.left(1000));
            item->setData(0, PlanRole, plan.id.value);
            item->setData(0, TableRole, hit.field.table->name());
            item->setData(0, FieldRole, hit.field.index);
            item->setData(0, RowRole, hit.rowId);
        }
        total += int(hits.size());
    }
    m_results->expandAll();
    m_summary->setText(total == 0
            ? tr("Nothing found for “%1”.").arg(query)
            : tr("%1 in %2. Enter or double-click opens a hit.")
                  .arg(hitCount(total),
                      planCount == 1 ? tr("1 plan") : tr("%1 plans").arg(planCount)));
}

void FindDialog::choose(QTreeWidgetItem *item)
{
    if (!item || !item->parent())
        return; // a plan's heading
    const PlanTable *table = findPlanTable(item->data(0, TableRole).toString());
    if (!table)
        return;
    emit hitChosen(PlanId(item->data(0, PlanRole).toLongLong()),
        FieldRef {table, item->data(0, FieldRole).toInt()}, item->data(0, RowRole).toLongLong());
}

} // namespace accord
