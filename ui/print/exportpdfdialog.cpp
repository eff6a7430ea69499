// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportpdfdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>

namespace accord {

ExportPdfDialog::ExportPdfDialog(QWidget *parent)
    : QDialog(parent)
    , m_paper(new QComboBox(this))
    , m_blank(new QCheckBox(tr("&Blank template: every section with empty rows to fill in"), this))
{
    setWindowTitle(tr("Export PDF"));
    m_paper->setObjectName(QStringLiteral("paperSize"));
    m_paper->addItem(tr("A4 (210 × 297 mm)"), int(PaperSize::A4));
    m_paper->addItem(tr("Letter (8.5 × 11 in)"), int(PaperSize::Letter));
    m_blank->setObjectName(QStringLiteral("blankTemplate"));
    m_blank->setToolTip(tr("For a kickoff call: the plan's structure with empty fields, to "
                           "fill in together with the customer."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(m_blank);
    form->addRow(buttons);
    ReportOptions defaults;
    defaults.paper = ReportOptions::defaultPaper();
    setOptions(defaults);
}

ReportOptions ExportPdfDialog::options() const
{
    ReportOptions options;
    options.paper = PaperSize(m_paper->currentData().toInt());
    options.blank = m_blank->isChecked();
    return options;
}

void ExportPdfDialog::setOptions(const ReportOptions &options)
{
    m_paper->setCurrentIndex(m_paper->findData(int(options.paper)));
    m_blank->setChecked(options.blank);
}

} // namespace accord
