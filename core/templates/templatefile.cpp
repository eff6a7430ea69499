// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatefile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace accord {

namespace {

const QString kBuiltInFolder = QStringLiteral(":/templates/");
const QString kHeaderTitle = QStringLiteral("# Accord template");
const QString kNamePrefix = QStringLiteral("# name: ");
const QString kDescriptionPrefix = QStringLiteral("# description: ");

PlanTemplate builtIn(const QJsonObject &entry)
{
    PlanTemplate t;
    t.key = entry.value(u"key").toString();
    t.name = entry.value(u"name").toString();
    t.description = entry.value(u"description").toString();
    t.source = kBuiltInFolder + entry.value(u"file").toString();
    t.builtIn = true;
    return t;
}

// The lines of the comment block at the top of a file.
QStringList leadingComments(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList lines;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.startsWith(u'#'))
            break;
        lines << line;
    }
    return lines;
}

} // namespace

std::vector<PlanTemplate> TemplateFile::builtIns()
{
    QFile file(kBuiltInFolder + QStringLiteral("templates.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    std::vector<PlanTemplate> result;
    for (const QJsonValue &entry : QJsonDocument::fromJson(file.readAll()).array())
        result.push_back(builtIn(entry.toObject()));
    return result;
}

PlanTemplate TemplateFile::readUserTemplate(const QString &path)
{
    PlanTemplate t;
    t.key = QFileInfo(path).completeBaseName();
    t.name = t.key;
    t.source = path;
    t.builtIn = false;
    const QStringList comments = leadingComments(path);
    if (!comments.contains(kHeaderTitle))
        return t;
    for (const QString &line : comments) {
        if (line.startsWith(kNamePrefix))
            t.name = line.mid(kNamePrefix.size()).trimmed();
        else if (line.startsWith(kDescriptionPrefix))
            t.description = line.mid(kDescriptionPrefix.size()).trimmed();
    }
    return t;
}

QByteArray TemplateFile::withHeader(
    const QByteArray &yaml, const QString &name, const QString &description)
{
    QString header = kHeaderTitle + u'\n' + kNamePrefix + name.simplified() + u'\n';
    if (!description.simplified().isEmpty())
        header += kDescriptionPrefix + description.simplified() + u'\n';
    return header.toUtf8() + yaml;
}

QString TemplateFile::newKey(const QString &name, const QStringList &taken)
{
    QString base;
    for (const QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            base += c;
        else if (!base.isEmpty() && !base.endsWith(u'-'))
            base += u'-';
    }
    while (base.endsWith(u'-'))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("template");
    QString key = base;
    for (int n = 2; taken.contains(key, Qt::CaseInsensitive); ++n)
        key = QStringLiteral("%1-%2").arg(base).arg(n);
    return key;
}

} // namespace accord
