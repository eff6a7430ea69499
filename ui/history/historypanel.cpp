// SPDX-License-Identifier: GPL-3.0-or-later
#include "historypanel.h"

#include "changehistorymodel.h"

#include "document/plandocument.h"
#include "storage/planrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace accord {

namespace {

constexpr int kRefreshPause = 250; // ms after the last change before reading again

QDateEdit *dateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    edit->setDate(QDate::currentDate());
    edit->setEnabled(false);
    return edit;
}

} // namespace

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChangeHistoryModel(this))
    , m_person(new QComboBox(this))
    , m_section(new QComboBox(this))
    , m_sinceOn(new QCheckBox(tr("From"), this))
    , m_since(dateEdit(QStringLiteral("historySince"), this))
    , m_untilOn(new QCheckBox(tr("To"), this))
    , m_until(dateEdit(QStringLiteral("historyUntil"), this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_details(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_person->setObjectName(QStringLiteral("historyPerson"));
    m_person->setToolTip(tr("Only the changes of one person"));
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_section->setObjectName(QStringLiteral("historySection"));
    m_section->setToolTip(tr("Only the changes of one section of the plan"));
    m_section->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sinceOn->setObjectName(QStringLiteral("historySinceOn"));
    m_sinceOn->setToolTip(tr("Only the changes made on or after this day"));
    m_untilOn->setObjectName(QStringLiteral("historyUntilOn"));
    m_untilOn->setToolTip(tr("Only the changes made on or before this day"));
    m_count->setObjectName(QStringLiteral("historyCount"));

    m_view->setObjectName(QStringLiteral("historyTable"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights and column widths: nothing measures every entry.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);

    m_details->setObjectName(QStringLiteral("historyDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 3);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // the list grows

    auto *filters = new QHBoxLayout;
    auto *personLabel = new QLabel(tr("Per&son:"), this);
    personLabel->setBuddy(m_person);
    auto *sectionLabel = new QLabel(tr("Sec&tion:"), this);
    sectionLabel->setBuddy(m_section);
    filters->addWidget(personLabel);
    filters->addWidget(m_person);
    filters->addSpacing(12);
    filters->addWidget(sectionLabel);
    filters->addWidget(m_section);
    filters->addSpacing(12);
    filters->addWidget(m_sinceOn);
    filters->addWidget(m_since);
    filters->addWidget(m_untilOn);
    filters->addWidget(m_until);
    filters->addStretch();
    filters->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);

    m_timer->setSingleShot(true);
    m_timer->setInterval(kRefreshPause);
    connect(m_timer, &QTimer::timeout, this, &HistoryPanel::readNewest);

    connect(m_person, &QComboBox::activated, this, &HistoryPanel::applyFilter);
    connect(m_section, &QComboBox::activated, this, &HistoryPanel::applyFilter);
    connect(m_sinceOn, &QCheckBox::toggled, this, [this](bool on) {
        m_since->setEnabled(on);
        applyFilter();
    });
    connect(m_untilOn, &QCheckBox::toggled, this, [this](bool on) {
        m_until->setEnabled(on);
        applyFilter();
    });
    connect(m_since, &QDateEdit::dateChanged, this, &HistoryPanel::applyFilter);
    connect(m_until, &QDateEdit::dateChanged, this, &HistoryPanel::applyFilter);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit entryActivated(m_model->entry(index.row()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &HistoryPanel::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::showDetails);
    fillChoices();
    fitColumns();
    showCount();
}

QSize HistoryPanel::sizeHint() const
{
    const int line = m_view->verticalHeader()->defaultSectionSize();
    return {900, 12 * line + m_details->minimumHeight()};
}

void HistoryPanel::setPlan(PlanRepository *repository, PlanDocument *document)
{
    if (repository == m_repository && document == m_document) {
        refreshSoon();
        return;
    }
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_repository = repository;
    m_document = document;
    if (document)
        connect(document, &PlanDocument::changed, this, &HistoryPanel::refreshSoon);
    m_timer->stop();
    if (isVisible() || !document) {
        refresh();
    } else {
        m_model->setEntries({}, nullptr);
        m_stale = true;
    }
}

void HistoryPanel::refreshSoon()
{
    if (isVisible())
        m_timer->start();
    else
        m_stale = true;
}

void HistoryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void HistoryPanel::refresh()
{
    m_stale = false;
    m_timer->stop();
    m_problem.clear();
    const QModelIndex current = m_view->currentIndex();
    const qint64 selected = current.isValid() ? m_model->entry(current.row()).id : 0;
    std::vector<ChangeEntry> entries;
    if (m_repository && m_document) {
        auto read = m_repository->history(m_document->id(), {});
        if (read)
            entries = std::move(*read);
        else
            m_problem = read.error();
    }
    m_model->setEntries(std::move(entries), m_document ? &m_document->plan() : nullptr);
    showEntries(selected);
}

// A plan with tens of thousands of entries is not read whole after every edit:
// only the days from its newest entry's on, which hold the edit.
void HistoryPanel::readNewest()
{
    const QDate since = m_model->lastDay();
    if (!m_repository || !m_document || !since.isValid() || !m_problem.isEmpty())
        return refresh();
    ChangeFilter filter;
    filter.since = since;
    auto read = m_repository->history(m_document->id(), filter);
    if (!read)
        return refresh(); // says why
    const QModelIndex current = m_view->currentIndex();
    const qint64 selected = current.isValid() ? m_model->entry(current.row()).id : 0;
    m_model->setNewest(std::move(*read), since);
    showEntries(selected);
}

void HistoryPanel::showEntries(qint64 selected)
{
    // Days not chosen yet start at the oldest entry's and today.
    if (!m_sinceOn->isChecked() && m_model->firstDay().isValid()) {
        const QSignalBlocker blocker(m_since);
        m_since->setDate(m_model->firstDay());
    }
    if (!m_untilOn->isChecked()) {
        const QSignalBlocker blocker(m_until);
        m_until->setDate(QDate::currentDate());
    }
    fillChoices();
    fitColumns();
    showCount();
    for (int row = 0; selected && row < m_model->rowCount(); ++row) {
        if (m_model->entry(row).id == selected) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
}

void HistoryPanel::fillChoices()
{
    const QString login = m_person->currentData().toString();
    const QString section = m_section->currentText();
    const bool anySection = m_section->currentIndex() <= 0;
    m_person->clear();
    m_person->addItem(tr("Everyone"), QString());
    for (const ChangeHistoryModel::Person &person : m_model->people()) {
        m_person->addItem(person.who(), person.login);
        if (!person.name.isEmpty() && person.name != person.login)
            m_person->setItemData(m_person->count() - 1, person.login, Qt::ToolTipRole);
    }
    m_person->setCurrentIndex(qMax(0, m_person->findData(login)));
    m_section->clear();
    m_section->addItem(tr("All sections"), QStringList());
    for (const ChangeHistoryModel::SectionName &s : m_model->sections())
        m_section->addItem(s.label, s.tables);
    m_section->setCurrentIndex(anySection ? 0 : qMax(0, m_section->findText(section)));
    // A person or section no longer there shows everything again.
    if (m_person->currentData().toString() != login
        || (!anySection && m_section->currentText() != section))
        applyFilter();
}

void HistoryPanel::applyFilter()
{
    ChangeFilter filter;
    filter.login = m_person->currentData().toString();
    filter.tables = m_section->currentData().toStringList();
    if (m_sinceOn->isChecked())
        filter.since = m_since->date();
    if (m_untilOn->isChecked())
        filter.until = m_until->date();
    const ChangeFilter &was = m_model->filter();
    if (filter.login == was.login && filter.tables == was.tables && filter.since == was.since
        && filter.until == was.until)
        return;
    m_model->setFilter(filter);
    showCount();
}

void HistoryPanel::showCount()
{
    if (!m_problem.isEmpty())
        m_count->setText(tr("The history could not be read."));
    else if (!m_document)
        m_count->setText(tr("No plan is open."));
    else if (m_model->totalCount() == 0)
        m_count->setText(tr("No changes are recorded."));
    else if (m_model->rowCount() == m_model->totalCount())
        m_count->setText(m_model->totalCount() == 1 ? tr("1 change")
                                                    : tr("%1 changes").arg(m_model->totalCount()));
    else
        m_count->setText(
            tr("%1 of %2 changes").arg(m_model->rowCount()).arg(m_model->totalCount()));
}

void HistoryPanel::showDetails()
{
    if (!m_problem.isEmpty()) {
        m_details->setText(m_problem);
        return;
    }
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid()) {
        m_details->setText(m_model->details(current.row()));
        return;
    }
    m_details->setText(m_model->rowCount() > 0
            ? tr("Choose a change to read it in full; double-click it (or press Enter) to go to "
                 "its field.")
            : QString());
}

// When and who as wide as they need to be for what is there, section for the
// longest section name; what takes the rest.
void HistoryPanel::fitColumns()
{
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = 24;
    const int when = metrics.horizontalAdvance(
        ChangeHistoryModel::whenText(QDateTime(QDate(2026, 12, 30), QTime(23, 59))));
    int who = metrics.horizontalAdvance(
        m_model->headerData(ChangeHistoryModel::Who, Qt::Horizontal).toString());
    for (const ChangeHistoryModel::Person &person : m_model->people())
        who = qMax(who, metrics.horizontalAdvance(person.who()));
    int section = metrics.horizontalAdvance(
        m_model->headerData(ChangeHistoryModel::Section, Qt::Horizontal).toString());
    for (const ChangeHistoryModel::SectionName &s : m_model->sections())
        section = qMax(section, metrics.horizontalAdvance(s.label));
    m_view->setColumnWidth(ChangeHistoryModel::When, when + padding);
    m_view->setColumnWidth(ChangeHistoryModel::Who, qMin(who, 240) + padding);
    m_view->setColumnWidth(ChangeHistoryModel::Section, qMin(section, 240) + padding);
}

} // namespace accord
