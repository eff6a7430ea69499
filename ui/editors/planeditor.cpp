// SPDX-License-Identifier: GPL-3.0-or-later
#include "planeditor.h"

#include "document/plandocument.h"
#include "models/plantablemodel.h"
#include "recordform.h"
#include "sectioncatalog.h"
#include "sectionpanels.h"
#include "signoffbanner.h"
#include "tablesection.h"

#include <QCoreApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace accord {

PlanEditor::PlanEditor(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_sections(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_readOnly(new QLabel(this))
{
    m_sections->setObjectName(QStringLiteral("sectionList"));
    for (const SectionPage &page : sectionCatalog()) {
        m_sections->addItem(QCoreApplication::translate("accord::Section", page.title));
        m_pages->addWidget(new QWidget(m_pages)); // placeholder until first shown
    }
    m_sections->setFixedWidth(m_sections->sizeHintForColumn(0) + 32);
    m_sections->setSpacing(2);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(new SignOffBanner(document, this));
    m_readOnly->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnly->setTextFormat(Qt::PlainText);
    m_readOnly->setWordWrap(true);
    m_readOnly->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A calm blue strip, readable on light and dark themes alike.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_readOnly->setStyleSheet(
        QStringLiteral("#readOnlyBanner { background: %1; color: %2; border-bottom: 1px solid %3; "
                       "border-left: 4px solid %4; font-weight: 600; padding: 6px 12px; }")
            .arg(QLatin1String(dark ? "#1b2a3a" : "#e3eefb"),
                QLatin1String(dark ? "#a9cdf5" : "#143d6b"),
                QLatin1String(dark ? "#2c4a6b" : "#b5d0f0"), QLatin1String("#3b82d6")));
    m_readOnly->hide();
    outer->addWidget(m_readOnly);
    auto *layout = new QHBoxLayout;
    outer->addLayout(layout, 1);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sections);
    layout->addWidget(m_pages, 1);
    connect(m_sections, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentWidget(page(row));
        emit pageChanged(row);
    });
    m_sections->setCurrentRow(0);
    updateReadOnly();
}

void PlanEditor::updateReadOnly()
{
    const bool readOnly = m_document->isReadOnly();
    m_readOnly->setText(readOnly
            ? tr("You can read this plan but not change it: %1").arg(m_document->readOnlyReason())
            : QString());
    m_readOnly->setVisible(readOnly);
    for (RecordForm *form : findChildren<RecordForm *>())
        form->setReadOnly(readOnly);
    for (TableSection *table : findChildren<TableSection *>())
        table->setReadOnly(readOnly);
}

QString PlanEditor::readOnlyText() const
{
    return m_readOnly->isHidden() ? QString() : m_readOnly->text();
}

void PlanEditor::setLastChange(LastChangeLookup lookup)
{
    m_lastChange = std::move(lookup);
    for (RecordForm *form : findChildren<RecordForm *>())
        form->setLastChange(m_lastChange);
    for (TableSection *table : findChildren<TableSection *>())
        table->setLastChange(m_lastChange);
}

int PlanEditor::pageCount() const
{
    return int(sectionCatalog().size());
}

int PlanEditor::currentPage() const
{
    return m_sections->currentRow();
}

void PlanEditor::showPage(int index)
{
    m_sections->setCurrentRow(index);
}

bool PlanEditor::showPage(const QString &id)
{
    for (int i = 0; i < pageCount(); ++i) {
        if (pageId(i) == id) {
            showPage(i);
            return true;
        }
    }
    return false;
}

QString PlanEditor::pageId(int index) const
{
    return index >= 0 && index < pageCount() ? sectionCatalog()[std::size_t(index)].id : QString();
}

QWidget *PlanEditor::page(int index)
{
    QWidget *current = m_pages->widget(index);
    if (current && current->objectName().startsWith(u"page-"))
        return current;
    QWidget *built = buildPage(index);
    m_pages->insertWidget(index, built);
    m_pages->removeWidget(current);
    delete current;
    return built;
}

bool PlanEditor::showRow(const PlanTable &table, qint64 rowId)
{
    return showField({&table, -1}, rowId);
}

bool PlanEditor::showField(FieldRef field, qint64 rowId)
{
    if (!field.table)
        return false;
    if (!field.table->isCollection())
        return showFormField(field);
    for (int p = 0; p < pageCount(); ++p) {
        const auto &items = sectionCatalog()[std::size_t(p)].items;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i].kind != SectionItem::Kind::Table || items[i].table != field.table)
                continue;
            showPage(p);
            return selectInTable(p, i, rowId, field.index);
        }
    }
    return showFormField(field);
}

bool PlanEditor::showFormField(FieldRef field)
{
    for (int p = 0; p < pageCount(); ++p) {
        const auto &items = sectionCatalog()[std::size_t(p)].items;
        const bool holds = std::any_of(items.begin(), items.end(), [&](const SectionItem &item) {
            return item.kind == SectionItem::Kind::Form
                && std::find(item.fields.begin(), item.fields.end(), field) != item.fields.end();
        });
        if (!holds)
            continue;
        showPage(p);
        for (RecordForm *form : page(p)->findChildren<RecordForm *>()) {
            if (QWidget *editor = form->editorFor(field)) {
                if (auto *scroll = qobject_cast<QScrollArea *>(page(p)))
                    scroll->ensureWidgetVisible(editor);
                editor->setFocus(Qt::OtherFocusReason);
                return true;
            }
        }
    }
    return false;
}

// Selects the row (and the cell of column, a field index) in the table item of
// a page; a table that follows another has its master's row selected first.
bool PlanEditor::selectInTable(int pageIndex, std::size_t item, qint64 rowId, int column)
{
    const SectionItem &spec = sectionCatalog()[std::size_t(pageIndex)].items[item];
    if (spec.master >= 0 && spec.parentField.table) {
        const Plan &plan = m_document->plan();
        const int row = spec.table->indexOfRow(plan, rowId);
        if (row < 0)
            return false;
        const qint64 parent = spec.table->value(plan, row, spec.parentField.index).toLongLong();
        const SectionItem &master
            = sectionCatalog()[std::size_t(pageIndex)].items[std::size_t(spec.master)];
        if (!selectInTable(pageIndex, std::size_t(spec.master), parent, master.table->nameField()))
            return false;
    }
    const auto sections = page(pageIndex)->findChildren<TableSection *>(spec.table->name());
    for (TableSection *section : sections) {
        const int row = section->model()->rowOf(rowId);
        if (row < 0)
            continue;
        section->selectCell(row, section->model()->columnOf({spec.table, column}));
        section->view()->setFocus(Qt::OtherFocusReason);
        if (auto *scroll = qobject_cast<QScrollArea *>(page(pageIndex)))
            scroll->ensureWidgetVisible(section);
        return true;
    }
    return false;
}

QWidget *PlanEditor::buildPage(int index)
{
    const SectionPage &spec = sectionCatalog()[std::size_t(index)];
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    auto *heading = new QLabel(QCoreApplication::translate("accord::Section", spec.title), content);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    column->addWidget(heading);
    std::vector<TableSection *> tables(spec.items.size(), nullptr);
    for (std::size_t i = 0; i < spec.items.size(); ++i) {
        const SectionItem &item = spec.items[i];
        const QString title = QCoreApplication::translate("accord::Section", item.title);
        if (item.kind == SectionItem::Kind::Panel) {
            QWidget *panel = createSectionPanel(item.panel, m_document, content,
                [this](const PlanTable &table, qint64 rowId) { showRow(table, rowId); });
            if (!panel)
                continue;
            column->addWidget(panel, 1);
            if (item.master >= 0 && tables[std::size_t(item.master)])
                followSelection(panel, tables[std::size_t(item.master)]);
            continue;
        }
        if (item.kind == SectionItem::Kind::Form) {
            auto *box = new QGroupBox(QString(title).replace(u'&', QStringLiteral("&&")), content);
            auto *boxLayout = new QVBoxLayout(box);
            auto *form = new RecordForm(m_document, *item.table, item.fields, box);
            form->setLastChange(m_lastChange);
            for (const auto &[field, detail] : item.details)
                form->addDetail(field, detail);
            boxLayout->addWidget(form);
            column->addWidget(box);
            continue;
        }
        tables[i] = new TableSection(m_document, *item.table, title, item.fields, content);
        tables[i]->setLastChange(m_lastChange);
        if (item.master >= 0 && tables[std::size_t(item.master)])
            tables[i]->followSelection(tables[std::size_t(item.master)], item.parentField);
        column->addWidget(tables[i]);
    }
    column->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("page-%1").arg(spec.id));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

} // namespace accord
