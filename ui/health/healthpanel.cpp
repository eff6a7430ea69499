// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthpanel.h"

#include "charts/chartview.h"
#include "charts/healthchart.h"
#include "document/plandocument.h"
#include "healthscoretile.h"
#include "model/enuminfo.h"
#include "rules/milestonerules.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>

#include <cmath>

namespace accord {

namespace {

enum Column { Name, Weight, Assessed, WhatIf, Contribution, ColumnCount };

QString points(double value)
{
    return QString::number(value, 'f', 1);
}

QString signedDelta(double delta)
{
    const long rounded = std::lround(delta);
    if (rounded == 0)
        return {};
    return rounded > 0 ? QStringLiteral("+%1").arg(rounded) : QString::number(rounded);
}

QString percent(const MilestoneCompletion &c)
{
    return c.percent ? QStringLiteral("%1 %").arg(std::lround(*c.percent)) : QStringLiteral("—");
}

} // namespace

HealthPanel::HealthPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_today(QDate::currentDate())
    , m_currentTile(new HealthScoreTile(tr("Health score"), this))
    , m_whatIfTile(new HealthScoreTile(tr("What-if"), this))
    , m_levels(new QLabel(this))
    , m_action(new QLabel(this))
    , m_completion(new QLabel(this))
    , m_components(new QTableWidget(0, ColumnCount, this))
    , m_milestones(new QListWidget(this))
    , m_chartBox(new QVBoxLayout)
    , m_apply(new QPushButton(tr("&Apply what-if"), this))
    , m_reset(new QPushButton(tr("&Reset"), this))
{
    setObjectName(QStringLiteral("healthPanel"));
    m_components->setObjectName(QStringLiteral("healthComponents"));
    m_milestones->setObjectName(QStringLiteral("whatIfMilestones"));
    m_apply->setObjectName(QStringLiteral("applyWhatIf"));
    m_components->setHorizontalHeaderLabels(
        {tr("Component"), tr("Weight"), tr("Assessed"), tr("What-if"), tr("Contribution")});
    m_components->verticalHeader()->hide();
    m_components->setSelectionMode(QAbstractItemView::NoSelection);
    m_components->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_components->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_components->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_milestones->setWordWrap(true);
    m_milestones->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_milestones->setToolTip(tr("Tick open milestones to see the score as if they were complete."));
    m_levels->setWordWrap(true);
    m_action->setWordWrap(true);
    m_levels->setObjectName(QStringLiteral("healthLevels"));
    m_action->setObjectName(QStringLiteral("healthAction"));

    auto *tiles = new QVBoxLayout;
    tiles->addWidget(m_currentTile);
    tiles->addWidget(m_whatIfTile);
    tiles->addWidget(m_levels);
    tiles->addWidget(m_action);
    tiles->addStretch();

    auto *milestoneBox = new QGroupBox(tr("Close milestones (what-if)"), this);
    auto *milestoneLayout = new QVBoxLayout(milestoneBox);
    milestoneLayout->addWidget(m_milestones);
    milestoneLayout->addWidget(m_completion);

    auto *buttons = new QHBoxLayout;
    auto *hint = new QLabel(tr("Try other scores in the What-if column or close milestones; "
                               "nothing changes until you apply."),
        this);
    hint->setWordWrap(true);
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_apply);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addLayout(tiles, 0, 0, 2, 1);
    grid->addWidget(m_components, 0, 1);
    grid->addLayout(m_chartBox, 1, 1);
    grid->addWidget(milestoneBox, 0, 2, 2, 1);
    grid->addLayout(buttons, 2, 0, 1, 3);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 2);

    connect(m_apply, &QPushButton::clicked, this, &HealthPanel::applyWhatIf);
    connect(m_reset, &QPushButton::clicked, this, &HealthPanel::resetWhatIf);
    connect(m_milestones, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_filling)
            setWhatIfClosed(
                item->data(Qt::UserRole).toLongLong(), item->checkState() == Qt::Checked);
    });
    connect(m_document, &PlanDocument::changed, this, [this](const Change &change) {
        if (change.touches<HealthComponent, Milestone, PlanHeader>())
            scheduleRefresh();
    });
    refresh();
}

void HealthPanel::setToday(QDate today)
{
    m_today = today;
    refresh();
}

void HealthPanel::setWhatIfScore(qint64 componentId, int score)
{
    m_whatIf.scores[componentId] = score;
    scheduleRefresh();
}

void HealthPanel::setWhatIfClosed(qint64 milestoneId, bool closed)
{
    if (closed)
        m_whatIf.closedMilestones.insert(milestoneId);
    else
        m_whatIf.closedMilestones.erase(milestoneId);
    scheduleRefresh();
}

HealthWhatIfResult HealthPanel::evaluation() const
{
    return evaluateWhatIf(m_document->plan(), m_whatIf, m_today);
}

void HealthPanel::resetWhatIf()
{
    m_whatIf = {};
    refresh();
}

bool HealthPanel::applyWhatIf()
{
    const HealthWhatIfResult result = evaluation();
    if (result.changes.empty())
        return true;
    if (!m_document->edit(result.changes, tr("Apply health what-if")))
        return false;
    m_whatIf = {};
    refresh();
    return true;
}

void HealthPanel::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] { refresh(); });
}

void HealthPanel::prune()
{
    const Plan &plan = m_document->plan();
    for (auto it = m_whatIf.scores.begin(); it != m_whatIf.scores.end();) {
        const bool exists = std::any_of(plan.healthComponents.begin(), plan.healthComponents.end(),
            [&](const HealthComponent &c) { return c.id.value == it->first; });
        it = exists ? std::next(it) : m_whatIf.scores.erase(it);
    }
    for (auto it = m_whatIf.closedMilestones.begin(); it != m_whatIf.closedMilestones.end();) {
        const bool open = std::any_of(plan.milestones.begin(), plan.milestones.end(),
            [&](const Milestone &m) { return m.id.value == *it && !isClosed(m); });
        it = open ? std::next(it) : m_whatIf.closedMilestones.erase(it);
    }
}

void HealthPanel::refresh()
{
    m_refreshPending = false;
    prune();
    const HealthWhatIfResult result = evaluation();
    m_filling = true;
    fillComponents(result);
    fillMilestones();
    m_filling = false;
    fillSummary(result);
    updateChart(result);
    emit evaluated();
}

void HealthPanel::fillComponents(const HealthWhatIfResult &result)
{
    const Plan &plan = m_document->plan();
    m_components->setRowCount(int(plan.healthComponents.size()));
    for (int row = 0; row < int(plan.healthComponents.size()); ++row) {
        const HealthComponent &c = plan.healthComponents[std::size_t(row)];
        const HealthComponent &hypo = result.components[std::size_t(row)];
        const HealthContribution &after = result.after.contributions[std::size_t(row)];
        auto *name = new QTableWidgetItem(c.name);
        name->setToolTip(QStringList {c.metrics, c.target}.join(u'\n').trimmed());
        m_components->setItem(row, Name, name);
        m_components->setItem(
            row, Weight, new QTableWidgetItem(QStringLiteral("%1 %").arg(c.weight)));
        m_components->setItem(row, Assessed,
            new QTableWidgetItem(c.score ? QString::number(*c.score) : tr("not assessed")));
        auto *spin = qobject_cast<QSpinBox *>(m_components->cellWidget(row, WhatIf));
        if (!spin) {
            spin = new QSpinBox(m_components);
            spin->setRange(-1, 100);
            spin->setSpecialValueText(tr("not assessed"));
            spin->setFrame(false);
            m_components->setCellWidget(row, WhatIf, spin);
            connect(spin, &QSpinBox::valueChanged, this, [this, spin](int value) {
                const qint64 id = spin->property("componentId").toLongLong();
                if (!m_filling && value >= 0)
                    setWhatIfScore(id, value);
            });
        }
        spin->setProperty("componentId", c.id.value);
        spin->setValue(hypo.score.value_or(-1));
        const bool changed = hypo.score != c.score;
        QFont font = spin->font();
        font.setBold(changed);
        spin->setFont(font);
        m_components->setItem(row, Contribution,
            new QTableWidgetItem(
                after.counted ? tr("%1 pts").arg(points(after.contribution)) : tr("not counted")));
    }
    m_components->resizeColumnsToContents();
    m_components->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    const int height = m_components->horizontalHeader()->height()
        + m_components->verticalHeader()->length() + 2 * m_components->frameWidth();
    m_components->setFixedHeight(height);
}

void HealthPanel::fillMilestones()
{
    m_milestones->clear();
    for (const Milestone &m : m_document->plan().milestones) {
        if (isClosed(m))
            continue;
        QString text = m.name;
        if (m.targetDate.isValid())
            text += tr(" · due %1").arg(QLocale().toString(m.targetDate, QLocale::ShortFormat));
        if (isOverdue(m, m_today))
            text += tr(" · overdue");
        auto *item = new QListWidgetItem(text, m_milestones);
        item->setData(Qt::UserRole, m.id.value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(
            m_whatIf.closedMilestones.count(m.id.value) ? Qt::Checked : Qt::Unchecked);
    }
}

void HealthPanel::fillSummary(const HealthWhatIfResult &result)
{
    const bool hypothetical = !m_whatIf.isEmpty();
    m_currentTile->setScore(result.before);
    QString delta;
    if (hypothetical && result.before.score && result.after.score)
        delta = signedDelta(*result.after.score - *result.before.score);
    m_whatIfTile->setScore(result.after, delta);
    m_whatIfTile->setVisible(hypothetical);
    m_apply->setEnabled(!result.changes.empty());
    m_reset->setEnabled(hypothetical);

    const HealthThresholds t = result.after.thresholds;
    m_levels->setText(tr("Healthy ≥ %1 · At risk %2–%3 · Critical < %2")
                          .arg(t.greenMin)
                          .arg(t.yellowMin)
                          .arg(std::max(t.yellowMin, t.greenMin - 1)));
    const PlanHeader &header = m_document->plan().header;
    QString action;
    if (result.after.level) {
        switch (*result.after.level) {
        case HealthLevel::Green:
            action = header.greenAction;
            break;
        case HealthLevel::Yellow:
            action = header.yellowAction;
            break;
        case HealthLevel::Red:
            action = header.redAction;
            break;
        }
    }
    m_action->setText(action.isEmpty() ? QString() : tr("Action: %1").arg(action));
    if (!result.after.weightsSumTo100 && !m_document->plan().healthComponents.empty())
        m_levels->setText(m_levels->text() + u'\n'
            + tr("Weights add up to %1 %, not 100 %.").arg(result.after.weightSum));

    QString completion = tr("Milestones complete: %1").arg(percent(result.completionBefore));
    if (!m_whatIf.closedMilestones.empty())
        completion += tr(" → %1").arg(percent(result.completionAfter));
    m_completion->setText(completion);
}

void HealthPanel::updateChart(const HealthWhatIfResult &result)
{
    // The chart shows the hypothesis while there is one: that is what the CSM is studying.
    const HealthScore shown = result.after;
    if (!m_chart) {
        m_chart = new ChartView(this);
        m_chart->setObjectName(QStringLiteral("healthChart"));
        m_chartBox->addWidget(m_chart);
    }
    m_chart->setFactory([shown](Medium medium) { return buildHealthChart(shown, medium); });
}

} // namespace accord
