// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/account.h"
#include "model/plan.h"
#include "util/result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace accord {

// File ▸ New plan: an existing or new account, a title, and a template (with
// its description) to start from.
class NewPlanDialog : public QDialog {
    Q_OBJECT

public:
    NewPlanDialog(const std::vector<Account> &accounts, QWidget *parent = nullptr);

    // The plan to create, from the chosen template; an error when no template loads.
    Result<Plan> plan() const;

    QComboBox *accountBox() const { return m_account; }
    QLineEdit *newAccountName() const { return m_newAccount; }
    QLineEdit *titleEdit() const { return m_title; }
    QListWidget *templateList() const { return m_templates; }

private:
    void updateState();

    std::vector<Account> m_accounts;
    QComboBox *m_account;
    QLineEdit *m_newAccount;
    QLineEdit *m_title;
    QListWidget *m_templates;
    QLabel *m_description;
    QPushButton *m_ok = nullptr;
};

} // namespace accord
