// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamworkspacedialog.h"

#include "palette.h"
#include "storage/serveraddress.h"
#include "util/systemuser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace accord {

namespace {

const QString kLastServer = QStringLiteral("workspace/lastServer");

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

TeamWorkspaceDialog::TeamWorkspaceDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_ssl(new QComboBox(this))
    , m_uri(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("teamWorkspaceDialog"));
    setWindowTitle(tr("Open Team Workspace"));
    auto *intro = new QLabel(tr("A team workspace is a PostgreSQL database that your team's "
                                "server administrator set up for Accord. Passwords are asked "
                                "for when the server wants one and are not stored."),
        this);
    intro->setWordWrap(true);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("db.example.com, or the folder of its socket"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(tr("accord"));
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setText(systemUser()); // libpq's default login too
    m_ssl->setObjectName(QStringLiteral("sslMode"));
    m_ssl->addItem(tr("Preferred (the server's default)"), QString());
    m_ssl->addItem(tr("Required"), QStringLiteral("require"));
    m_ssl->addItem(tr("Required, certificate checked"), QStringLiteral("verify-full"));
    m_ssl->addItem(tr("Off"), QStringLiteral("disable"));
    m_uri->setObjectName(QStringLiteral("address"));
    m_uri->setPlaceholderText(QStringLiteral("postgresql://login@host:5432/database"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::error().name()));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Encryption:"), m_ssl);
    form->addRow(tr("&Address:"), m_uri);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_open = buttons->button(QDialogButtonBox::Open);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings().setValue(kLastServer, address());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_host, m_database, m_login})
        connect(edit, &QLineEdit::textChanged, this, &TeamWorkspaceDialog::update);
    connect(m_port, &QSpinBox::valueChanged, this, &TeamWorkspaceDialog::update);
    connect(m_ssl, &QComboBox::currentIndexChanged, this, &TeamWorkspaceDialog::update);
    connect(m_uri, &QLineEdit::textEdited, this, [this](const QString &text) {
        const bool fits = setAddress(text);
        m_problem->setText(fits || text.isEmpty() ? QString() : ServerAddress::parse(text).error());
        m_open->setEnabled(fits);
    });
    if (!setAddress(QSettings().value(kLastServer).toString()))
        update();
    resize(520, sizeHint().height());
}

QString TeamWorkspaceDialog::address() const
{
    return m_uri->text().trimmed();
}

bool TeamWorkspaceDialog::setAddress(const QString &uri)
{
    const Result<ServerAddress> parsed = ServerAddress::parse(uri.trimmed());
    if (!parsed)
        return false;
    m_updating = true;
    QString host = parsed->host();
    QString ssl;
    for (const auto &[key, value] : parsed->parameters()) {
        if (key == u"host")
            host = value;
        else if (key == u"sslmode")
            ssl = value;
    }
    m_host->setText(host);
    m_port->setValue(parsed->port() > 0 ? parsed->port() : 5432);
    m_database->setText(parsed->database());
    m_login->setText(parsed->user());
    m_ssl->setCurrentIndex(qMax(0, m_ssl->findData(ssl)));
    m_updating = false;
    if (m_uri->text().trimmed() != uri.trimmed())
        m_uri->setText(parsed->display());
    m_open->setEnabled(!parsed->database().isEmpty());
    return true;
}

// The address from the form's fields.
void TeamWorkspaceDialog::update()
{
    if (m_updating)
        return;
    const QString host = m_host->text().trimmed();
    const bool socket = host.startsWith(u'/');
    QString uri = QStringLiteral("postgresql://");
    if (!m_login->text().trimmed().isEmpty())
        uri += encoded(m_login->text().trimmed()) + u'@';
    if (!socket)
        uri += host.contains(u':') ? u'[' + host + u']' : encoded(host);
    if (m_port->value() != 5432)
        uri += u':' + QString::number(m_port->value());
    uri += u'/' + encoded(m_database->text().trimmed());
    QStringList parameters;
    if (socket)
        parameters << QStringLiteral("host=") + encoded(host);
    if (const QString ssl = m_ssl->currentData().toString(); !ssl.isEmpty())
        parameters << QStringLiteral("sslmode=") + ssl;
    if (!parameters.isEmpty())
        uri += u'?' + parameters.join(u'&');
    m_uri->setText(uri);
    const bool complete = !host.isEmpty() && !m_database->text().trimmed().isEmpty();
    m_problem->clear();
    m_open->setEnabled(complete && ServerAddress::parse(uri).ok());
}

} // namespace accord
