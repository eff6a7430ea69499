// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/planrepository.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace accord {

// Plan ▸ Account team: who owns the plan's account and who else is on its team
// (on a team workspace, they and the managers may change its plans). Editable
// when the rights allow assigning (a manager, or anyone on a file); read-only
// with the reason otherwise. team() is what the form holds.
class AccountTeamDialog : public QDialog {
    Q_OBJECT

public:
    AccountTeamDialog(const QString &company, const AccountTeam &team, const EditRights &rights,
        QWidget *parent = nullptr);

    AccountTeam team() const;

private:
    QLineEdit *m_owner;
    QPlainTextEdit *m_members;
};

} // namespace accord
