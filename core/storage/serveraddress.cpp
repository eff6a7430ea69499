// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveraddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUrl>

namespace accord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::ServerAddress", text);
}

// The connection parameters a workspace URI may carry, passed on to libpq.
const QStringList &knownParameters()
{
    static const QStringList names {QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"), QStringLiteral("sslkey"), QStringLiteral("sslcrl"),
        QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
        QStringLiteral("service"), QStringLiteral("target_session_attrs"),
        QStringLiteral("gssencmode"), QStringLiteral("channel_binding"),
        QStringLiteral("keepalives"), QStringLiteral("keepalives_idle")};
    return names;
}

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

// A value libpq's "key=value" connection string takes without quoting.
bool plainValue(const QString &value)
{
    for (const QChar c : value) {
        if (c.isSpace() || c == u'\'' || c == u'\\' || c == u';'
            || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

} // namespace

bool ServerAddress::isServerUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString &uri)
{
    if (!isServerUri(uri))
        return Error {
            tr("\"%1\" is not a server address: it must start with postgresql://.").arg(uri)};
    ServerAddress address;
    QString rest = uri.mid(uri.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString authority = rest;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        authority = rest.left(slash);
        address.m_database = decoded(rest.mid(slash + 1));
    }
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(u':');
        address.m_user = decoded(colon < 0 ? userInfo : userInfo.left(colon));
        if (colon >= 0)
            address.m_password = decoded(userInfo.mid(colon + 1));
    }
    QString portText;
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return Error {tr("The server address %1 has an IPv6 address without its closing \"]\".")
                              .arg(uri)};
        address.m_host = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (after.startsWith(u':'))
            portText = after.mid(1);
        else if (!after.isEmpty())
            return Error {tr("The server address %1 has \"%2\" after its host.").arg(uri, after)};
    } else {
        const qsizetype colon = authority.indexOf(u':');
        address.m_host = decoded(colon < 0 ? authority : authority.left(colon));
        if (colon >= 0)
            portText = authority.mid(colon + 1);
    }
    if (address.m_host.contains(u','))
        return Error {tr("The server address %1 names several hosts; give one.").arg(uri)};
    const auto setPort = [&](const QString &text) -> Result<void> {
        bool ok = false;
        const int port = text.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return Error {tr("The port \"%1\" of the server address %2 is not a number from 1 to "
                             "65535.")
                              .arg(text, uri)};
        address.m_port = port;
        return {};
    };
    if (!portText.isEmpty()) {
        if (auto set = setPort(portText); !set)
            return Error {set.error()};
    }
    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString key = decoded(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : decoded(pair.mid(eq + 1));
        if (key == u"host" || key == u"hostaddr") {
            address.m_host = value;
        } else if (key == u"port") {
            if (auto set = setPort(value); !set)
                return Error {set.error()};
        } else if (key == u"user") {
            address.m_user = value;
        } else if (key == u"dbname") {
            address.m_database = value;
        } else if (key == u"password") {
            address.m_password = value;
        } else if (knownParameters().contains(key)) {
            if (!plainValue(value))
                return Error {tr("The value of %1 in the server address cannot contain spaces, "
                                 "quotes, backslashes or semicolons.")
                                  .arg(key)};
            address.m_parameters.append({key, value});
        } else {
            return Error {tr("The server address has a parameter Accord does not know: \"%1\" "
                             "(it knows host, port, user, dbname, password, %2).")
                              .arg(key, knownParameters().join(QStringLiteral(", ")))};
        }
    }
    for (const QString &part : {address.m_user, address.m_host, address.m_database}) {
        for (const QChar c : part) {
            if (c.category() == QChar::Other_Control)
                return Error {tr("The server address contains a control character.")};
        }
    }
    return address;
}

QString ServerAddress::display() const
{
    const auto encode
        = [](const QString &text) { return QString::fromUtf8(QUrl::toPercentEncoding(text)); };
    QString uri = QStringLiteral("postgresql://");
    const bool socket = m_host.startsWith(u'/');
    if (!m_user.isEmpty())
        uri += encode(m_user) + u'@';
    if (!socket)
        uri += m_host.contains(u':') ? u'[' + m_host + u']' : encode(m_host);
    if (m_port > 0 && !socket)
        uri += u':' + QString::number(m_port);
    uri += u'/' + encode(m_database);
    QStringList query;
    if (socket) {
        query << QStringLiteral("host=") + m_host;
        if (m_port > 0)
            query << QStringLiteral("port=%1").arg(m_port);
    }
    for (const auto &[key, value] : m_parameters)
        query << key + u'=' + encode(value);
    if (!query.isEmpty())
        uri += u'?' + query.join(u'&');
    return uri;
}

void ServerAddress::applyTo(QSqlDatabase &db, int connectTimeoutSeconds) const
{
    db.setHostName(m_host);
    if (m_port > 0)
        db.setPort(m_port);
    db.setDatabaseName(m_database);
    db.setUserName(m_user);
    db.setPassword(m_password);
    QStringList options;
    bool timeoutGiven = false;
    for (const auto &[key, value] : m_parameters) {
        options << key + u'=' + value;
        timeoutGiven = timeoutGiven || key == u"connect_timeout";
    }
    if (!timeoutGiven)
        options << QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds);
    db.setConnectOptions(options.join(u';'));
}

} // namespace accord
