// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace accord {

// File ▸ Export PDF: the paper (A4 or Letter, from the locale at first) and
// whether to print the plan or a blank form of the template for a kickoff call.
class ExportPdfDialog : public QDialog {
    Q_OBJECT

public:
    explicit ExportPdfDialog(QWidget *parent = nullptr);

    ReportOptions options() const;
    void setOptions(const ReportOptions &options);

private:
    QComboBox *m_paper;
    QCheckBox *m_blank;
};

} // namespace accord
