// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfolionavigator.h"

#include "portfoliomodel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace accord {

PortfolioNavigator::PortfolioNavigator(QWidget *parent)
    : QWidget(parent)
    , m_model(new PortfolioModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_sort(new QComboBox(this))
    , m_view(new QTreeView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(PortfolioModel::NameColumn);
    m_proxy->setSortRole(PortfolioModel::SortRole);

    m_filter->setPlaceholderText(tr("Filter accounts and plans"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("navigatorFilter"));
    m_sort->addItem(tr("Sort by name"), int(PortfolioModel::NameColumn));
    m_sort->addItem(tr("Sort by renewal date"), int(PortfolioModel::RenewalColumn));
    m_sort->addItem(tr("Sort by health (lowest first)"), int(PortfolioModel::HealthColumn));

    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("navigatorTree"));
    m_view->setUniformRowHeights(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setSortingEnabled(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(PortfolioModel::NameColumn, QHeaderView::Stretch);
    for (int c = PortfolioModel::StatusColumn; c < PortfolioModel::ColumnCount; ++c)
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_sort);
    layout->addWidget(m_view);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_view->expandAll();
    });
    connect(m_sort, &QComboBox::currentIndexChanged, this, &PortfolioNavigator::applySort);
    connect(
        m_view, &QTreeView::customContextMenuRequested, this, &PortfolioNavigator::showContextMenu);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.siblingAtColumn(0).data(PortfolioModel::PlanIdRole).toLongLong();
        if (id > 0)
            emit planActivated(PlanId(id));
    });
    connect(m_view, &QTreeView::clicked, m_view, &QTreeView::activated);
}

void PortfolioNavigator::setPlans(const std::vector<PlanSummary> &plans)
{
    const PlanId selected = selectedPlan();
    m_model->setPlans(plans);
    applySort();
    m_view->expandAll();
    if (selected.isValid())
        selectPlan(selected);
}

void PortfolioNavigator::applySort()
{
    const int column = m_sort->currentData().toInt();
    m_proxy->sort(column, Qt::AscendingOrder);
}

void PortfolioNavigator::selectPlan(PlanId id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfPlan(id));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

PlanId PortfolioNavigator::selectedPlan() const
{
    return PlanId(
        m_view->currentIndex().siblingAtColumn(0).data(PortfolioModel::PlanIdRole).toLongLong());
}

void PortfolioNavigator::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    const PlanId id(index.siblingAtColumn(0).data(PortfolioModel::PlanIdRole).toLongLong());
    QMenu menu(this);
    menu.addAction(tr("New plan…"), this, &PortfolioNavigator::newPlanRequested);
    if (id.isValid()) {
        menu.addSeparator();
        menu.addAction(tr("Duplicate"), this, [this, id] { emit duplicateRequested(id); });
        menu.addAction(tr("Archive"), this, [this, id] { emit archiveRequested(id); });
        menu.addAction(tr("Delete…"), this, [this, id] { emit deleteRequested(id); });
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace accord
