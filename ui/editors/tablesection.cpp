// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablesection.h"

#include "palette.h"

#include "document/plandocument.h"
#include "fielddelegate.h"
#include "models/plantablemodel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace accord {

namespace {

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

TableSection::TableSection(PlanDocument *document, const PlanTable &table, const QString &title,
    const std::vector<FieldRef> &columns, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new PlanTableModel(document, table, this))
    , m_view(new QTableView(this))
    , m_title(new QLabel(title, this))
    , m_error(new QLabel(this))
    , m_add(toolButton(tr("Add"), tr("Add a row (Insert)"), this))
    , m_remove(toolButton(tr("Remove"), tr("Remove the selected row (Delete)"), this))
    , m_up(toolButton(tr("Move up"), tr("Move the selected row up (Ctrl+Up)"), this))
    , m_down(toolButton(tr("Move down"), tr("Move the selected row down (Ctrl+Down)"), this))
{
    setObjectName(table.name());
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // as tall as its table, no taller
    if (!columns.empty())
        m_model->setColumns(columns);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addStretch();
    for (QToolButton *b : {m_add, m_remove, m_up, m_down})
        bar->addWidget(b);

    m_view->setModel(m_model);
    auto *delegate = new FieldDelegate(m_model, m_view);
    m_view->setItemDelegate(delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDropIndicatorShown(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    fitColumns();
    fitHeight();

    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("color: %1; font-weight: 600;").arg(Palette::error().name()));
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 8);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    layout->addWidget(m_error);

    connect(m_add, &QToolButton::clicked, this, &TableSection::addRow);
    connect(m_remove, &QToolButton::clicked, this, &TableSection::removeSelectedRow);
    connect(m_up, &QToolButton::clicked, this, [this] { moveSelectedRow(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveSelectedRow(+1); });
    connect(delegate, &FieldDelegate::refused, this, &TableSection::showError);
    // A refused edit is reported by the section the user is working in.
    connect(document, &PlanDocument::error, this, [this](const QString &message) {
        if (isAncestorOf(QApplication::focusWidget()))
            showError(message);
    });
    connect(document, &PlanDocument::saved, m_error, &QLabel::hide);

    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        emit selectedRowChanged(selectedRowId());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TableSection::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TableSection::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TableSection::fitHeight);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TableSection::fitHeight);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TableSection::fitHeight);
    setReadOnly(document->isReadOnly());
    updateButtons();
}

void TableSection::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    // Rows can still be selected and copied; nothing opens an editor or drags.
    const QAbstractItemView::EditTriggers edits = QAbstractItemView::DoubleClicked
        | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed;
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : edits);
    m_view->setDragEnabled(!readOnly);
    m_view->setDragDropMode(
        readOnly ? QAbstractItemView::NoDragDrop : QAbstractItemView::InternalMove);
    updateButtons();
}

// The cell's own tooltip (a long text in full) with its last change under it.
bool TableSection::showToolTip(QEvent *event)
{
    const auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex cell = m_view->indexAt(help->pos());
    const FieldRef field = cell.isValid() ? m_model->field(cell.column()) : FieldRef();
    if (!field.isValid()) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const QString text = FieldHistory::toolTip(
        cell.data(Qt::ToolTipRole).toString(), m_lastChange(field, m_model->rowId(cell.row())));
    QToolTip::showText(help->globalPos(), text, m_view->viewport(), m_view->visualRect(cell));
    return true;
}

bool TableSection::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::ToolTip && m_lastChange)
        return showToolTip(event);
    // Row keys act on the table itself, never while a cell editor has the keyboard.
    if (watched != m_view || event->type() != QEvent::KeyPress || m_readOnly)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool ctrl = key->modifiers() == Qt::ControlModifier;
    const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
    if (plain && key->key() == Qt::Key_Insert)
        return addRow(), true;
    if (plain && key->key() == Qt::Key_Delete)
        return removeSelectedRow(), true;
    if (ctrl && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down))
        return moveSelectedRow(key->key() == Qt::Key_Up ? -1 : +1), true;
    return QWidget::eventFilter(watched, event);
}

qint64 TableSection::selectedRowId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->rowId(current.row()) : 0;
}

void TableSection::followSelection(TableSection *master, FieldRef parentField)
{
    // Start on the master's first row, so the details of something are shown.
    if (master->selectedRowId() == 0 && master->model()->rowCount() > 0)
        master->selectRow(0);
    m_model->setParentFilter(parentField, master->selectedRowId());
    setEnabled(master->selectedRowId() != 0);
    fitColumns();
    connect(master, &TableSection::selectedRowChanged, this, [this, parentField](qint64 id) {
        m_model->setParentFilter(parentField, id);
        setEnabled(id != 0);
        fitColumns(); // the rows shown are another parent's now
        updateButtons();
    });
}

void TableSection::selectCell(int row, int column)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex cell = m_model->index(row, qMax(0, column));
    m_view->setCurrentIndex(cell);
    m_view->scrollTo(cell);
}

void TableSection::selectRow(int row)
{
    selectCell(row, 0); // scrolled to: a new row is seen where it was added
}

bool TableSection::addRow()
{
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : m_model->rowCount();
    if (!m_model->insertRows(row, 1))
        return false;
    selectRow(row);
    m_view->setFocus();
    m_view->edit(m_model->index(row, 0));
    return true;
}

bool TableSection::removeSelectedRow()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return false;
    const int row = current.row();
    if (!m_model->removeRows(row, 1))
        return false;
    selectRow(qMin(row, m_model->rowCount() - 1));
    return true;
}

bool TableSection::moveSelectedRow(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return false;
    const int from = current.row();
    const int to = from + delta;
    if (to < 0 || to >= m_model->rowCount())
        return false;
    const qint64 id = m_model->rowId(from);
    if (!m_model->moveRows({}, from, 1, {}, delta > 0 ? to + 1 : to))
        return false;
    selectRow(m_model->rowOf(id));
    return true;
}

// Columns as wide as their content, within limits that keep a table on screen.
void TableSection::fitColumns()
{
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const int header = m_view->fontMetrics().horizontalAdvance(
                               m_model->headerData(c, Qt::Horizontal).toString())
            + 24;
        m_view->setColumnWidth(c, qBound(qMax(80, header), m_view->columnWidth(c), 320));
    }
}

// Tall enough for every row (and one empty line to drop on), up to 14 rows; then it scrolls.
void TableSection::fitHeight()
{
    const int rows = qBound(3, m_model->rowCount() + 1, 14);
    const int height = m_view->horizontalHeader()->sizeHint().height()
        + rows * m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth()
        + m_view->horizontalScrollBar()->sizeHint().height();
    m_view->setFixedHeight(height);
}

void TableSection::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void TableSection::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const bool editable = !m_readOnly;
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && current.isValid());
    m_up->setEnabled(editable && current.isValid() && current.row() > 0);
    m_down->setEnabled(editable && current.isValid() && current.row() + 1 < m_model->rowCount());
}

} // namespace accord
