// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace accord {

QString Vocabulary::normalisedKey(const QString &text)
{
    QString key = text.trimmed().toLower();
    key.replace(u'-', u'_').replace(u' ', u'_');
    return key;
}

QString Vocabulary::label(const QString &key) const
{
    const QString wanted = normalisedKey(key);
    for (const auto &[k, label] : entries) {
        if (wanted == QLatin1String(k))
            return QCoreApplication::translate("accord::Vocabulary", label);
    }
    return key.trimmed();
}

QString Vocabulary::display(const QString &value) const
{
    static const QRegularExpression separator(QStringLiteral("\\s*[;,]\\s*"));
    QStringList labels;
    for (const QString &key : value.split(separator, Qt::SkipEmptyParts))
        labels << label(key);
    return labels.join(QStringLiteral("; "));
}

namespace Vocabularies {

const Vocabulary &stakeholderType()
{
    static const Vocabulary v {{
        {"executive_sponsor", ACCORD_TERM("Executive sponsor")},
        {"exec_sponsor", ACCORD_TERM("Executive sponsor")},
        {"economic_buyer", ACCORD_TERM("Economic buyer")},
        {"champion", ACCORD_TERM("Champion")},
        {"day_to_day_contact", ACCORD_TERM("Day-to-day contact")},
        {"day_to_day", ACCORD_TERM("Day-to-day contact")},
        {"primary_contact", ACCORD_TERM("Primary contact")},
        {"technical_contact", ACCORD_TERM("Technical contact")},
        {"technical_resource", ACCORD_TERM("Technical resource")},
        {"end_user", ACCORD_TERM("End user")},
        {"admin", ACCORD_TERM("Administrator")},
        {"csm", ACCORD_TERM("Customer success manager")},
        {"primary_owner", ACCORD_TERM("Primary owner")},
        {"account_executive", ACCORD_TERM("Account executive")},
        {"solutions_engineer", ACCORD_TERM("Solutions engineer")},
        {"support", ACCORD_TERM("Support")},
    }};
    return v;
}

const Vocabulary &engagement()
{
    static const Vocabulary v {{
        {"active", ACCORD_TERM("Active")},
        {"moderate", ACCORD_TERM("Moderate")},
        {"passive", ACCORD_TERM("Passive")},
        {"unengaged", ACCORD_TERM("Not engaged")},
    }};
    return v;
}

const Vocabulary &segment()
{
    static const Vocabulary v {{
        {"enterprise", ACCORD_TERM("Enterprise")},
        {"mid_market", ACCORD_TERM("Mid-market")},
        {"smb", ACCORD_TERM("Small business")},
        {"strategic", ACCORD_TERM("Strategic")},
    }};
    return v;
}

} // namespace Vocabularies

} // namespace accord
