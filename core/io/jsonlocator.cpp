// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlocator.h"

#include <QCoreApplication>
#include <QSet>

namespace accord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::Import", text);
}

// One pass over text QJsonDocument accepted, so the grammar is known to be right;
// it keeps the line and column of where it is as it goes.
class Scanner {
public:
    Scanner(const QByteArray &json, QHash<QString, SourcePos> *positions)
        : m_json(json)
        , m_positions(positions)
    {
    }

    std::optional<JsonLocator::Problem> run()
    {
        value(QString());
        return m_problem;
    }

private:
    char peek() const { return m_at < m_json.size() ? m_json.at(m_at) : '\0'; }

    void advance()
    {
        const auto byte = static_cast<unsigned char>(peek());
        ++m_at;
        if (byte == '\n') {
            ++m_pos.line;
            m_pos.column = 1;
        } else if ((byte & 0xc0) != 0x80) {
            ++m_pos.column;
        }
    }

    void space()
    {
        while (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')
            advance();
    }

    void fail(SourcePos pos, const QString &message)
    {
        if (!m_problem)
            m_problem = JsonLocator::Problem {pos, message};
    }

    void value(const QString &path)
    {
        space();
        if (m_positions)
            m_positions->insert(path, m_pos);
        switch (peek()) {
        case '{':
            object(path);
            return;
        case '[':
            array(path);
            return;
        case '"':
            string();
            return;
        default:
            while (m_at < m_json.size() && !QByteArrayView(",]} \t\r\n").contains(peek()))
                advance();
        }
    }

    void object(const QString &path)
    {
        advance(); // {
        space();
        QSet<QString> keys;
        while (!m_problem && m_at < m_json.size() && peek() != '}') {
            const SourcePos keyPos = m_pos;
            const QString key = string();
            if (keys.contains(key))
                fail(
                    keyPos, tr("expected each key once in an object, found \"%1\" again").arg(key));
            keys.insert(key);
            space();
            advance(); // :
            value(JsonLocator::child(path, key));
            space();
            if (peek() == ',')
                advance();
            space();
        }
        advance(); // }
    }

    void array(const QString &path)
    {
        advance(); // [
        space();
        for (qsizetype index = 0; !m_problem && m_at < m_json.size() && peek() != ']'; ++index) {
            value(JsonLocator::child(path, index));
            space();
            if (peek() == ',')
                advance();
            space();
        }
        advance(); // ]
    }

    // Four hex digits after "\u", or -1.
    int hex4(qsizetype at) const
    {
        bool ok = false;
        const int code = at + 4 <= m_json.size() ? m_json.mid(at, 4).toInt(&ok, 16) : -1;
        return ok ? code : -1;
    }

    QString string()
    {
        advance(); // "
        QString text;
        qsizetype plain = m_at;
        while (m_at < m_json.size() && peek() != '"') {
            if (peek() != '\\') {
                advance();
                continue;
            }
            text += QString::fromUtf8(m_json.constData() + plain, m_at - plain);
            const SourcePos escapePos = m_pos;
            advance(); // backslash
            const char kind = peek();
            advance();
            if (kind == 'u') {
                const int code = hex4(m_at);
                for (int i = 0; i < 4; ++i)
                    advance();
                if (QChar::isHighSurrogate(char32_t(code)) && peek() == '\\'
                    && m_json.mid(m_at + 1, 1) == "u"
                    && QChar::isLowSurrogate(char32_t(hex4(m_at + 2)))) {
                    text += QChar(char16_t(code));
                    text += QChar(char16_t(hex4(m_at + 2)));
                    for (int i = 0; i < 6; ++i)
                        advance();
                } else if (QChar::isSurrogate(char32_t(code))) {
                    fail(escapePos,
                        tr("expected a character, found half of a UTF-16 surrogate pair "
                           "(\\u%1) without its other half")
                            .arg(code, 4, 16, QLatin1Char('0')));
                } else {
                    text += QChar(char16_t(code));
                }
            } else {
                static const QByteArray from("bfnrt");
                static const char to[] = "\b\f\n\r\t";
                const qsizetype i = from.indexOf(kind);
                text += QChar::fromLatin1(i >= 0 ? to[i] : kind); // \" \\ \/ stand for themselves
            }
            plain = m_at;
        }
        text += QString::fromUtf8(m_json.constData() + plain, m_at - plain);
        advance(); // "
        return text;
    }

    const QByteArray &m_json;
    QHash<QString, SourcePos> *m_positions;
    qsizetype m_at = 0;
    SourcePos m_pos {1, 1};
    std::optional<JsonLocator::Problem> m_problem;
};

} // namespace

std::optional<JsonLocator::Problem> JsonLocator::scan(
    const QByteArray &json, QHash<QString, SourcePos> *positions)
{
    return Scanner(json, positions).run();
}

QString JsonLocator::child(const QString &path, const QString &key)
{
    QString escaped = key;
    escaped.replace(u'~', QStringLiteral("~0"));
    escaped.replace(u'/', QStringLiteral("~1"));
    return path + u'/' + escaped;
}

QString JsonLocator::child(const QString &path, qsizetype index)
{
    return path + u'/' + QString::number(index);
}

} // namespace accord
