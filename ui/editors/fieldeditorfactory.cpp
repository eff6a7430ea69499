// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldeditorfactory.h"

#include "datefield.h"
#include "peoplelist.h"
#include "refpicker.h"

#include "model/enuminfo.h"
#include "model/money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace accord {

namespace {

// The spin boxes take any number of their type: the field's own range is the
// document's to check, so that 150 typed into a 0–100 field is refused with a
// message instead of being cut to 15 as it is typed.
QWidget *intEditor(const FieldInfo &field, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setKeyboardTracking(false); // a value is taken when typed in full, not digit by digit
    const bool optional = field.kind == FieldKind::OptInteger;
    spin->setRange(optional ? -1000000001 : -1000000000, 1000000000);
    if (field.hint == FieldHint::Percent)
        spin->setSuffix(QStringLiteral(" %"));
    if (optional)
        spin->setSpecialValueText(QCoreApplication::translate("accord::FieldEditor", "not set"));
    return spin;
}

QWidget *realEditor(const FieldInfo &field, QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setKeyboardTracking(false);
    spin->setDecimals(2);
    spin->setRange(-1e12, 1e12);
    if (field.hint == FieldHint::Percent)
        spin->setSuffix(QStringLiteral(" %"));
    if (field.kind == FieldKind::OptReal) {
        spin->setMinimum(-1e12 - 1);
        spin->setSpecialValueText(QCoreApplication::translate("accord::FieldEditor", "not set"));
    }
    return spin;
}

QWidget *enumEditor(const FieldInfo &field, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    if (field.enumInfo) {
        for (int i = 0; i < int(field.enumInfo->entries.size()); ++i)
            combo->addItem(field.enumInfo->label(i), field.enumInfo->entries[std::size_t(i)].key);
    }
    return combo;
}

QWidget *personEditor(QWidget *parent, const QStringList &people)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(QString());
    combo->addItems(people);
    return combo;
}

} // namespace

QWidget *FieldEditorFactory::create(
    const FieldInfo &field, QWidget *parent, const Plan &plan, bool compact)
{
    switch (field.kind) {
    case FieldKind::Date:
        return new DateField(parent);
    case FieldKind::Integer:
    case FieldKind::OptInteger:
        return intEditor(field, parent);
    case FieldKind::Real:
    case FieldKind::OptReal:
        return realEditor(field, parent);
    case FieldKind::Bool:
        return new QCheckBox(parent);
    case FieldKind::Enum:
        return enumEditor(field, parent);
    case FieldKind::LongText:
    case FieldKind::StringList:
        if (!compact) {
            auto *text = new QPlainTextEdit(parent);
            text->setTabChangesFocus(true);
            text->setPlaceholderText(field.kind == FieldKind::StringList
                    ? QCoreApplication::translate("accord::FieldEditor", "One item per line")
                    : QString());
            text->setFixedHeight(field.kind == FieldKind::StringList ? 72 : 96);
            return text;
        }
        break;
    case FieldKind::Money: {
        auto *line = new QLineEdit(parent);
        line->setPlaceholderText(
            QCoreApplication::translate("accord::FieldEditor", "e.g. $150,000 or 1200.50 EUR"));
        return line;
    }
    case FieldKind::Text:
        if (field.hint == FieldHint::Person)
            return personEditor(parent, PeopleList::of(plan));
        break;
    case FieldKind::Ref:
        return new RefPicker(field, plan, parent);
    }
    auto *line = new QLineEdit(parent);
    if (field.kind == FieldKind::StringList)
        line->setPlaceholderText(
            QCoreApplication::translate("accord::FieldEditor", "Items separated by ;"));
    return line;
}

void FieldEditorFactory::setValue(QWidget *editor, const FieldInfo &field, const QVariant &value)
{
    if (auto *date = qobject_cast<DateField *>(editor))
        date->setDate(value.toDate());
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(value.isNull() ? spin->minimum() : value.toInt());
    else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(editor))
        dspin->setValue(value.isNull() ? dspin->minimum() : value.toDouble());
    else if (auto *check = qobject_cast<QCheckBox *>(editor))
        check->setChecked(value.toBool());
    else if (auto *picker = qobject_cast<RefPicker *>(editor))
        picker->setRowId(value.toLongLong());
    else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->isEditable())
            combo->setCurrentText(value.toString());
        else
            combo->setCurrentIndex(qMax(0, combo->findData(value.toString())));
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        text->setPlainText(field.kind == FieldKind::StringList ? value.toStringList().join(u'\n')
                                                               : value.toString());
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (field.kind == FieldKind::Money) {
            const Money m = value.value<Money>();
            line->setText(m.isEmpty() ? QString() : m.toDisplayString());
        } else {
            line->setText(field.kind == FieldKind::StringList
                    ? value.toStringList().join(QStringLiteral("; "))
                    : value.toString());
        }
    }
}

QVariant FieldEditorFactory::value(
    QWidget *editor, const FieldInfo &field, bool *ok, QString *error)
{
    if (ok)
        *ok = true;
    if (auto *date = qobject_cast<DateField *>(editor)) {
        const Result<QDate> typed = date->date();
        if (typed)
            return typed->isValid() ? QVariant(*typed) : QVariant();
        if (ok)
            *ok = false;
        if (error)
            *error = typed.error();
        return {};
    }
    // A spin box takes typed text when it is finished; take it now too.
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor))
        spin->interpretText();
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        if (field.kind == FieldKind::OptInteger && spin->value() == spin->minimum())
            return QVariant();
        return spin->value();
    }
    if (auto *dspin = qobject_cast<QDoubleSpinBox *>(editor)) {
        if (field.kind == FieldKind::OptReal && dspin->value() == dspin->minimum())
            return QVariant();
        return dspin->value();
    }
    if (auto *check = qobject_cast<QCheckBox *>(editor))
        return check->isChecked();
    if (auto *picker = qobject_cast<RefPicker *>(editor)) {
        const Result<qint64> id = picker->rowId();
        if (id)
            return qlonglong(*id);
        if (ok)
            *ok = false;
        if (error)
            *error = id.error();
        return {};
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->isEditable() ? QVariant(combo->currentText().trimmed())
                                   : combo->currentData();
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        if (field.kind != FieldKind::StringList)
            return text->toPlainText();
        QStringList items = text->toPlainText().split(u'\n');
        items.removeIf([](const QString &s) { return s.trimmed().isEmpty(); });
        return items;
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (field.kind == FieldKind::Money) {
            if (line->text().trimmed().isEmpty())
                return QVariant::fromValue(Money {});
            const auto money = Money::parse(line->text(), QStringLiteral("USD"));
            if (!money) {
                if (ok)
                    *ok = false;
                if (error)
                    *error = QCoreApplication::translate("accord::FieldEditor",
                        "\"%1\" is not an amount of money; write e.g. $150,000 or 1200.50 EUR.")
                                 .arg(line->text());
                return {};
            }
            return QVariant::fromValue(*money);
        }
        if (field.kind == FieldKind::StringList) {
            QStringList items = line->text().split(u';');
            for (QString &s : items)
                s = s.trimmed();
            items.removeIf([](const QString &s) { return s.isEmpty(); });
            return items;
        }
        return line->text();
    }
    return {};
}

void FieldEditorFactory::onCommit(
    QWidget *editor, const FieldInfo &, QObject *context, const std::function<void()> &callback)
{
    // Numbers commit on every change (stepped with the arrows); successive edits of
    // one field merge into one undo step. Dates commit like text, when finished.
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        QObject::connect(spin, &QSpinBox::valueChanged, context, callback);
    else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(editor))
        QObject::connect(dspin, &QDoubleSpinBox::valueChanged, context, callback);
    else if (auto *check = qobject_cast<QCheckBox *>(editor))
        QObject::connect(check, &QCheckBox::toggled, context, callback);
    else if (auto *picker = qobject_cast<RefPicker *>(editor))
        QObject::connect(picker, &RefPicker::picked, context, callback);
    else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->isEditable())
            QObject::connect(combo->lineEdit(), &QLineEdit::editingFinished, context, callback);
        else
            QObject::connect(combo, &QComboBox::activated, context, callback);
    } else if (auto *line = qobject_cast<QLineEdit *>(editor))
        QObject::connect(line, &QLineEdit::editingFinished, context, callback);
    // QPlainTextEdit commits on focus-out, handled by its form (see RecordForm).
}

void FieldEditorFactory::setReadOnly(QWidget *editor, bool readOnly)
{
    if (qobject_cast<DateField *>(editor)) { // its calendar button would still pick a date
        if (readOnly)
            editor->setEnabled(false);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        text->setReadOnly(readOnly);
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setReadOnly(readOnly);
    } else if (readOnly) {
        editor->setEnabled(false);
    }
}

} // namespace accord
