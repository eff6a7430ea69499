// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QDialog>
#include <QList>

#include <vector>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace accord {

class PlanDocument;

// Plan ▸ Record sign-off: who signed (the plan's signatories of both sides, all
// ticked at first; those without a name cannot be ticked), on which date (today
// unless changed), and, read-only, the version and the fingerprint that will be
// frozen. OK records through the document as one undoable step; a refusal is
// shown in the dialog, which then stays open.
class SignOffDialog : public QDialog {
    Q_OBJECT

public:
    explicit SignOffDialog(PlanDocument *document, QWidget *parent = nullptr);

    QList<QCheckBox *> signatoryBoxes() const { return m_boxes; }
    QDateEdit *dateEdit() const { return m_date; }
    QString fingerprintShown() const;
    QString problem() const; // why OK is refused, or empty

    void accept() override;

private:
    QWidget *sideGroup(Side side);
    std::vector<qint64> chosenIds() const;
    void updatePreview();

    PlanDocument *m_document;
    QList<QCheckBox *> m_boxes;
    QDateEdit *m_date;
    QLineEdit *m_version;
    QLineEdit *m_fingerprint;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
};

} // namespace accord
