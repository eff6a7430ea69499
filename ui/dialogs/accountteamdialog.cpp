// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountteamdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace accord {

AccountTeamDialog::AccountTeamDialog(
    const QString &company, const AccountTeam &team, const EditRights &rights, QWidget *parent)
    : QDialog(parent)
    , m_owner(new QLineEdit(team.owner, this))
    , m_members(new QPlainTextEdit(team.members.join(u'\n'), this))
{
    setWindowTitle(tr("Team of %1").arg(company));
    m_owner->setObjectName(QStringLiteral("teamOwner"));
    m_members->setObjectName(QStringLiteral("teamMembers"));
    m_members->setTabChangesFocus(true);
    m_members->setPlaceholderText(tr("One login per line"));
    auto *intro = new QLabel(tr("The account's owner, its team and the managers may change the "
                                "plans of %1. Give logins, as people sign in to the workspace.")
                                 .arg(company),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Team members:"), m_members);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    if (!rights.assign) {
        auto *why = new QLabel(rights.whyNotAssign(), this);
        why->setObjectName(QStringLiteral("teamReadOnlyReason"));
        why->setWordWrap(true);
        layout->addWidget(why);
        m_owner->setReadOnly(true);
        m_members->setReadOnly(true);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

AccountTeam AccountTeamDialog::team() const
{
    AccountTeam team;
    team.owner = m_owner->text().trimmed();
    for (const QString &line : m_members->toPlainText().split(u'\n')) {
        const QString login = line.trimmed();
        if (!login.isEmpty() && login != team.owner && !team.members.contains(login))
            team.members << login;
    }
    team.members.sort();
    return team;
}

} // namespace accord
