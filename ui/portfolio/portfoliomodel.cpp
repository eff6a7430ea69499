// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfoliomodel.h"

#include <QPainter>
#include <QPixmap>

namespace accord {

namespace {

QIcon chip(const QColor &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(colour.darker(130));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1.5, 1.5, 11, 11));
    return QIcon(pixmap);
}

QStandardItem *cell(const QString &text, const QVariant &sortKey)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sortKey, PortfolioModel::SortRole);
    return item;
}

} // namespace

PortfolioModel::PortfolioModel(QObject *parent)
    : QStandardItemModel(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("Account / plan"), tr("Status"), tr("Health"), tr("Renewal")});
}

QColor PortfolioModel::healthColour(std::optional<HealthLevel> level)
{
    if (!level)
        return QColor(0x9e, 0x9e, 0x9e);
    switch (*level) {
    case HealthLevel::Green:
        return QColor(0x2e, 0x7d, 0x32);
    case HealthLevel::Yellow:
        return QColor(0xf9, 0xa8, 0x25);
    case HealthLevel::Red:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

void PortfolioModel::setPlans(const std::vector<PlanSummary> &plans)
{
    removeRows(0, rowCount());
    QStandardItem *account = nullptr;
    AccountId current;
    for (const PlanSummary &s : plans) {
        if (!account || s.accountId != current) {
            current = s.accountId;
            account = cell(
                s.company.isEmpty() ? tr("(no account name)") : s.company, s.company.toLower());
            QFont bold = account->font();
            bold.setBold(true);
            account->setFont(bold);
            QList<QStandardItem *> row {account, cell({}, {}), cell({}, {}),
                cell(s.renewalDate.toString(Qt::ISODate),
                    s.renewalDate.isValid() ? s.renewalDate.toJulianDay() : LLONG_MAX)};
            appendRow(row);
        }
        QStandardItem *name
            = cell(s.title.isEmpty() ? tr("(untitled plan)") : s.title, s.title.toLower());
        name->setData(QVariant::fromValue(s.id.value), PlanIdRole);
        name->setIcon(chip(healthColour(s.healthLevel)));
        name->setToolTip(tr("%1 — version %2").arg(s.title, s.version));
        const QString health = s.healthScore ? QStringLiteral("%1").arg(qRound(*s.healthScore))
                                             : QStringLiteral("–");
        QStandardItem *healthCell = cell(health, s.healthScore ? *s.healthScore : -1.0);
        healthCell->setForeground(healthColour(s.healthLevel));
        account->appendRow({name, cell(enumLabel(s.status), int(s.status)), healthCell,
            cell(s.renewalDate.toString(Qt::ISODate),
                s.renewalDate.isValid() ? s.renewalDate.toJulianDay() : LLONG_MAX)});
        // An account sorts by the lowest health of its plans.
        QStandardItem *accountHealth = item(account->row(), HealthColumn);
        const double lowest = accountHealth->data(SortRole).isValid()
            ? qMin(accountHealth->data(SortRole).toDouble(), s.healthScore.value_or(1000.0))
            : s.healthScore.value_or(1000.0);
        accountHealth->setData(lowest, SortRole);
    }
}

QModelIndex PortfolioModel::indexOfPlan(PlanId id) const
{
    for (int a = 0; a < rowCount(); ++a) {
        const QStandardItem *account = item(a);
        for (int p = 0; p < account->rowCount(); ++p) {
            if (account->child(p)->data(PlanIdRole).toLongLong() == id.value)
                return account->child(p)->index();
        }
    }
    return {};
}

} // namespace accord
