// SPDX-License-Identifier: GPL-3.0-or-later
#include "newplandialog.h"

#include "templates/templatecatalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace accord {

NewPlanDialog::NewPlanDialog(const std::vector<Account> &accounts, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_account(new QComboBox(this))
    , m_newAccount(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_templates(new QListWidget(this))
    , m_description(new QLabel(this))
{
    setWindowTitle(tr("New plan"));
    m_account->setObjectName(QStringLiteral("account"));
    m_account->addItem(tr("New account…"), qlonglong(0));
    for (const Account &a : m_accounts)
        m_account->addItem(a.company, a.id.value);
    m_newAccount->setObjectName(QStringLiteral("newAccount"));
    m_newAccount->setPlaceholderText(tr("Company name"));
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("Default: <company> success plan"));
    m_templates->setObjectName(QStringLiteral("templates"));
    for (const PlanTemplate &t : TemplateCatalog::all()) {
        auto *item
            = new QListWidgetItem(t.builtIn ? t.name : tr("%1 (yours)").arg(t.name), m_templates);
        item->setData(Qt::UserRole, t.key);
        item->setToolTip(t.description);
    }
    m_templates->setCurrentRow(0);
    m_description->setWordWrap(true);
    m_description->setMinimumHeight(m_description->fontMetrics().height() * 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create plan"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Account:"), m_account);
    form->addRow(tr("New account name:"), m_newAccount);
    form->addRow(tr("Plan title:"), m_title);
    form->addRow(tr("Template:"), m_templates);
    form->addRow(QString(), m_description);
    form->addRow(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_account, &QComboBox::currentIndexChanged, this, &NewPlanDialog::updateState);
    connect(m_newAccount, &QLineEdit::textChanged, this, &NewPlanDialog::updateState);
    connect(m_templates, &QListWidget::currentRowChanged, this, &NewPlanDialog::updateState);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    resize(560, 480);
    updateState();
}

void NewPlanDialog::updateState()
{
    const bool newAccount = m_account->currentData().toLongLong() == 0;
    m_newAccount->setEnabled(newAccount);
    QListWidgetItem *item = m_templates->currentItem();
    const auto chosen
        = item ? TemplateCatalog::find(item->data(Qt::UserRole).toString()) : std::nullopt;
    m_description->setText(chosen ? chosen->description : QString());
    m_ok->setEnabled(chosen && (!newAccount || !m_newAccount->text().trimmed().isEmpty()));
}

Result<Plan> NewPlanDialog::plan() const
{
    QListWidgetItem *item = m_templates->currentItem();
    const auto chosen
        = item ? TemplateCatalog::find(item->data(Qt::UserRole).toString()) : std::nullopt;
    if (!chosen)
        return Error {tr("Choose a template for the new plan.")};
    Account account;
    const qint64 accountId = m_account->currentData().toLongLong();
    for (const Account &a : m_accounts) {
        if (a.id.value == accountId)
            account = a;
    }
    if (accountId == 0)
        account.company = m_newAccount->text().trimmed();
    return TemplateCatalog::instantiate(*chosen, account, QDate::currentDate(), m_title->text());
}

} // namespace accord
