// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "document/reportpreview.h"
#include "report/reportbuilder.h"
#include "rules/placeholders.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>

namespace accord {

namespace {

constexpr qreal kPreviewDpi = 56;
constexpr int kPlaceholderRole = Qt::UserRole; // the index in m_found

} // namespace

ExportDialog::ExportDialog(
    const Plan &plan, const ReportOptions &initial, DocumentFigures figures, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_figures(std::move(figures))
    , m_base(initial)
    , m_found(Placeholders::of(plan))
    , m_audience(new QButtonGroup(this))
    , m_format(new QComboBox(this))
    , m_paper(new QComboBox(this))
    , m_blank(new QCheckBox(tr("&Blank form: every section with empty rows to fill in"), this))
    , m_sections(new QListWidget(this))
    , m_placeholders(new QListWidget(this))
    , m_placeholderNote(new QLabel(this))
    , m_pages(nullptr)
    , m_pageCount(new QLabel(this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export document"));
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::renderPreview);

    auto *pagesWidget = new QWidget;
    m_pages = new QVBoxLayout(pagesWidget);
    m_pages->setSpacing(12);
    m_pages->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("exportPreview"));
    scroll->setWidget(pagesWidget);
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Dark);
    auto *previewPane = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(scroll, 1);
    m_pageCount->setObjectName(QStringLiteral("previewPageCount"));
    previewLayout->addWidget(m_pageCount);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(makeChoices());
    splitter->addWidget(previewPane);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1100, 760);

    fillPlaceholders();
    setOptions(initial);
}

QWidget *ExportDialog::makeChoices()
{
    auto *customer = new QRadioButton(tr("For the &customer: the joint plan"), this);
    customer->setObjectName(QStringLiteral("audienceCustomer"));
    customer->setToolTip(tr("Leaves out expansion, upsell, health score internals, internal "
                            "notes and the other internal content."));
    auto *internal = new QRadioButton(tr("&Internal version, marked on every page"), this);
    internal->setObjectName(QStringLiteral("audienceInternal"));
    m_audience->addButton(customer, int(Audience::Joint));
    m_audience->addButton(internal, int(Audience::Internal));
    connect(m_audience, &QButtonGroup::idClicked, this, [this] {
        updateSections();
        schedulePreview();
    });

    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("PDF"), int(ExportFormat::Kind::Pdf));
    m_format->addItem(tr("HTML"), int(ExportFormat::Kind::Html));
    m_format->addItem(tr("Markdown"), int(ExportFormat::Kind::Markdown));
    m_paper->setObjectName(QStringLiteral("paperSize"));
    m_paper->addItem(tr("A4 (210 × 297 mm)"), int(PaperSize::A4));
    m_paper->addItem(tr("Letter (8.5 × 11 in)"), int(PaperSize::Letter));
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    m_blank->setObjectName(QStringLiteral("blankTemplate"));
    m_blank->setToolTip(tr("For a kickoff call: the plan's structure with empty fields, to "
                           "fill in together with the customer."));
    connect(m_blank, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);

    m_sections->setObjectName(QStringLiteral("exportSections"));
    for (const ReportSections::Info &info : ReportSections::all()) {
        auto *item = new QListWidgetItem(ReportSections::title(info.section), m_sections);
        item->setData(Qt::UserRole, int(info.section));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        if (info.audience == Audience::Internal)
            item->setToolTip(tr("Internal: only in the internal version"));
    }
    connect(m_sections, &QListWidget::itemChanged, this, &ExportDialog::schedulePreview);

    m_placeholders->setObjectName(QStringLiteral("exportPlaceholders"));
    m_placeholders->setWordWrap(true);
    m_placeholderNote->setWordWrap(true);
    connect(m_placeholders, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const Warning &found = m_found.at(std::size_t(item->data(kPlaceholderRole).toInt()));
        emit fieldRequested(found.field, found.rowId);
        reject(); // the user goes to fill it in
    });

    auto *panel = new QWidget(this);
    auto *form = new QFormLayout(panel);
    auto *audienceBox = new QVBoxLayout;
    audienceBox->addWidget(customer);
    audienceBox->addWidget(internal);
    form->addRow(tr("For:"), audienceBox);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(m_blank);
    auto *sectionsLabel = new QLabel(tr("&Sections, in the order printed:"), panel);
    sectionsLabel->setBuddy(m_sections);
    form->addRow(sectionsLabel);
    form->addRow(m_sections);
    form->addRow(m_placeholderNote);
    form->addRow(m_placeholders);
    panel->setMinimumWidth(340);
    return panel;
}

void ExportDialog::fillPlaceholders()
{
    const std::vector<Warning> &found = m_found;
    for (std::size_t i = 0; i < found.size(); ++i) {
        auto *item = new QListWidgetItem(found[i].message, m_placeholders);
        item->setData(kPlaceholderRole, int(i));
        item->setToolTip(tr("Double-click to fill it in"));
    }
    m_placeholderNote->setText(found.empty()
            ? tr("No template text left to fill in.")
            : (found.size() == 1 ? tr("1 place still holds template text. It is left out of "
                                      "the document; double-click to fill it in:")
                                 : tr("%1 places still hold template text. They are left out "
                                      "of the document; double-click one to fill it in:")
                                       .arg(found.size())));
    m_placeholders->setVisible(!found.empty());
}

ReportOptions ExportDialog::options() const
{
    ReportOptions options = m_base;
    options.audience = Audience(m_audience->checkedId());
    options.paper = PaperSize(m_paper->currentData().toInt());
    options.blank = m_blank->isChecked();
    options.sections.clear();
    for (int i = 0; i < m_sections->count(); ++i) {
        const QListWidgetItem *item = m_sections->item(i);
        if (item->checkState() == Qt::Checked)
            options.sections.push_back(ReportSection(item->data(Qt::UserRole).toInt()));
    }
    return options;
}

void ExportDialog::setOptions(const ReportOptions &options)
{
    m_base = options;
    m_audience->button(int(options.audience))->setChecked(true);
    m_paper->setCurrentIndex(m_paper->findData(int(options.paper)));
    m_blank->setChecked(options.blank);
    const QSignalBlocker quiet(m_sections);
    for (int i = 0; i < m_sections->count(); ++i) {
        QListWidgetItem *item = m_sections->item(i);
        const auto section = ReportSection(item->data(Qt::UserRole).toInt());
        const bool chosen = std::find(options.sections.begin(), options.sections.end(), section)
            != options.sections.end();
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }
    updateSections();
    schedulePreview();
}

ExportFormat::Kind ExportDialog::format() const
{
    return ExportFormat::Kind(m_format->currentData().toInt());
}

int ExportDialog::previewPageCount() const
{
    return m_pages->count();
}

// The internal sections can only be chosen for the internal version.
void ExportDialog::updateSections()
{
    const bool internal = m_audience->checkedId() == int(Audience::Internal);
    const QSignalBlocker quiet(m_sections);
    for (int i = 0; i < m_sections->count(); ++i) {
        QListWidgetItem *item = m_sections->item(i);
        const auto section = ReportSection(item->data(Qt::UserRole).toInt());
        const bool allowed = internal || ReportSections::info(section).audience == Audience::Joint;
        item->setFlags(allowed ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::NoItemFlags);
    }
}

void ExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ExportDialog::renderPreview()
{
    const ReportOptions chosen = options();
    m_report = ReportBuilder::build(m_plan, chosen);
    const ReportPreview preview(m_report, chosen.paper, kPreviewDpi * devicePixelRatioF(),
        [this, today = chosen.today](const ReportBlock::Figure &place) {
            return m_figures.figureFor(m_plan, place, today);
        });
    while (QLayoutItem *item = m_pages->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < preview.pageCount(); ++i) {
        QPixmap page = QPixmap::fromImage(preview.page(i));
        page.setDevicePixelRatio(devicePixelRatioF());
        auto *label = new QLabel;
        label->setPixmap(page);
        label->setAccessibleName(tr("Page %1").arg(i + 1));
        m_pages->addWidget(label);
    }
    m_pageCount->setText(
        preview.pageCount() == 1 ? tr("1 page") : tr("%1 pages").arg(preview.pageCount()));
}

} // namespace accord
