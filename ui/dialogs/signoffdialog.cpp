// SPDX-License-Identifier: GPL-3.0-or-later
#include "signoffdialog.h"

#include "palette.h"

#include "document/plandocument.h"
#include "document/signoffrecorder.h"
#include "rules/planfingerprint.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace accord {

namespace {

QLineEdit *readOnlyLine(QWidget *parent)
{
    auto *line = new QLineEdit(parent);
    line->setReadOnly(true);
    line->setFrame(false);
    QPalette palette = line->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    line->setPalette(palette);
    return line;
}

} // namespace

SignOffDialog::SignOffDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_version(readOnlyLine(this))
    , m_fingerprint(readOnlyLine(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Record sign-off"));
    const Plan &plan = document->plan();

    auto *explanation = new QLabel(tr("Recording a sign-off freezes the plan as it is now: the "
                                      "version, the date, who signed, a SHA-256 fingerprint of "
                                      "the content and a copy of the content are kept. Any later "
                                      "edit marks the plan \"changed since signed\" until a new "
                                      "sign-off is recorded."),
        this);
    explanation->setWordWrap(true);
    auto *current = new QLabel(tr("Current state: %1").arg(SignOffRecorder::describe(plan)), this);
    current->setObjectName(QStringLiteral("currentState"));
    current->setForegroundRole(QPalette::PlaceholderText);

    m_date->setObjectName(QStringLiteral("signOffDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(QDate::currentDate());
    if (const SignOff *latest = latestSignOff(plan))
        m_date->setMinimumDate(qMin(latest->date, QDate::currentDate()));
    m_version->setObjectName(QStringLiteral("version"));
    m_version->setText(plan.header.version);
    m_fingerprint->setObjectName(QStringLiteral("fingerprint"));
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setMinimumWidth(
        m_fingerprint->fontMetrics().horizontalAdvance(QString(64, u'0')) + 12);
    m_fingerprint->setToolTip(tr("SHA-256 of the plan's content including the signing dates "
                                 "below; it changes with the signatories and the date."));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Version:"), m_version);
    form->addRow(tr("Fingerprint:"), m_fingerprint);
    form->addRow(tr("Signed on:"), m_date);

    auto *sides = new QHBoxLayout;
    sides->addWidget(sideGroup(Side::Customer));
    sides->addWidget(sideGroup(Side::Vendor));

    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::error().name()));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Record sign-off"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignOffDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, &SignOffDialog::updatePreview);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(current);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addLayout(sides);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);
    updatePreview();
}

QWidget *SignOffDialog::sideGroup(Side side)
{
    auto *group = new QGroupBox(
        side == Side::Customer ? tr("Customer signatories") : tr("Vendor signatories"), this);
    auto *column = new QVBoxLayout(group);
    for (const Signatory &s : m_document->plan().signatories) {
        if (s.side != side)
            continue;
        const bool named = !s.name.trimmed().isEmpty();
        const QString name = named ? s.name.trimmed() : tr("(no name)");
        auto *box = new QCheckBox(s.title.trimmed().isEmpty()
                ? name
                : tr("%1 — %2", "signatory: name — title").arg(name, s.title.trimmed()),
            group);
        box->setProperty("signatoryId", s.id.value);
        box->setChecked(named);
        box->setEnabled(named);
        box->setToolTip(named ? s.role
                              : tr("Enter this signatory's name on the Sign-off page "
                                   "before recording a sign-off."));
        connect(box, &QCheckBox::toggled, this, &SignOffDialog::updatePreview);
        column->addWidget(box);
        m_boxes.append(box);
    }
    if (column->isEmpty()) {
        auto *none = new QLabel(tr("None. Add signatories on the Sign-off page."), group);
        none->setForegroundRole(QPalette::PlaceholderText);
        column->addWidget(none);
    }
    column->addStretch();
    return group;
}

std::vector<qint64> SignOffDialog::chosenIds() const
{
    std::vector<qint64> ids;
    for (const QCheckBox *box : m_boxes) {
        if (box->isChecked())
            ids.push_back(box->property("signatoryId").toLongLong());
    }
    return ids;
}

void SignOffDialog::updatePreview()
{
    const auto recording
        = SignOffRecorder::prepare(m_document->plan(), m_date->date(), chosenIds());
    m_fingerprint->setText(recording ? recording->signOff.fingerprint : tr("—"));
    m_fingerprint->setCursorPosition(0);
    m_problem->setText(recording ? QString() : recording.error());
    m_problem->setVisible(!recording);
    m_ok->setEnabled(recording.ok());
}

QString SignOffDialog::fingerprintShown() const
{
    return m_fingerprint->text();
}

QString SignOffDialog::problem() const
{
    return m_problem->text();
}

void SignOffDialog::accept()
{
    const auto recorded = SignOffRecorder::record(*m_document, m_date->date(), chosenIds());
    if (!recorded) {
        m_problem->setText(recorded.error());
        m_problem->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace accord
