// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace accord {

// File ▸ Open team workspace: where the team's PostgreSQL server is (a host
// name or the folder of its Unix socket, port, database, login, SSL), or a
// whole postgresql:// address pasted. address() is the libpq URI the window
// opens; it never holds a password (the window asks for one when the server
// wants it). The last server used fills the form.
class TeamWorkspaceDialog : public QDialog {
    Q_OBJECT

public:
    explicit TeamWorkspaceDialog(QWidget *parent = nullptr);

    QString address() const;
    // Fills the form from a postgresql:// address; false when it is not one.
    bool setAddress(const QString &uri);

private:
    void update();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_login;
    QComboBox *m_ssl;
    QLineEdit *m_uri;
    QLabel *m_problem;
    QPushButton *m_open;
    bool m_updating = false;
};

} // namespace accord
