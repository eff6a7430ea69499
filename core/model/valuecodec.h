// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enuminfo.h"
#include "fieldinfo.h"
#include "id.h"
#include "money.h"

#include <QDate>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <type_traits>

namespace accord {

// Converts one member type to and from the QVariant form that generic code
// (storage, import/export, item models) uses. fromVariant() refuses a value of
// the wrong type and leaves the target untouched.
template<typename M, typename = void> struct ValueCodec;

template<> struct ValueCodec<QString> {
    static constexpr FieldKind kind = FieldKind::Text;
    static QVariant toVariant(const QString &v) { return v; }
    static bool fromVariant(const QVariant &v, QString &out)
    {
        if (v.isNull()) {
            out.clear();
            return true;
        }
        if (v.typeId() != QMetaType::QString)
            return false;
        out = v.toString();
        return true;
    }
};

template<> struct ValueCodec<QDate> {
    static constexpr FieldKind kind = FieldKind::Date;
    static QVariant toVariant(const QDate &v) { return v.isValid() ? QVariant(v) : QVariant(); }
    static bool fromVariant(const QVariant &v, QDate &out)
    {
        if (v.isNull()) {
            out = QDate();
            return true;
        }
        if (v.typeId() == QMetaType::QDate) {
            out = v.toDate();
            return true;
        }
        if (v.typeId() == QMetaType::QString) {
            if (v.toString().isEmpty()) {
                out = QDate();
                return true;
            }
            const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
            if (!d.isValid())
                return false;
            out = d;
            return true;
        }
        return false;
    }
};

template<> struct ValueCodec<int> {
    static constexpr FieldKind kind = FieldKind::Integer;
    static QVariant toVariant(int v) { return v; }
    static bool fromVariant(const QVariant &v, int &out)
    {
        bool ok = false;
        const qlonglong n = v.toLongLong(&ok);
        if (!ok || v.typeId() == QMetaType::QString || n < INT_MIN || n > INT_MAX)
            return false;
        if (v.typeId() == QMetaType::Double && double(n) != v.toDouble())
            return false;
        out = int(n);
        return true;
    }
};

template<> struct ValueCodec<std::optional<int>> {
    static constexpr FieldKind kind = FieldKind::OptInteger;
    static QVariant toVariant(const std::optional<int> &v) { return v ? QVariant(*v) : QVariant(); }
    static bool fromVariant(const QVariant &v, std::optional<int> &out)
    {
        if (v.isNull()) {
            out.reset();
            return true;
        }
        int n = 0;
        if (!ValueCodec<int>::fromVariant(v, n))
            return false;
        out = n;
        return true;
    }
};

template<> struct ValueCodec<double> {
    static constexpr FieldKind kind = FieldKind::Real;
    static QVariant toVariant(double v) { return v; }
    static bool fromVariant(const QVariant &v, double &out)
    {
        bool ok = false;
        const double d = v.toDouble(&ok);
        if (!ok || v.typeId() == QMetaType::QString || v.typeId() == QMetaType::Bool
            || !qIsFinite(d))
            return false;
        out = d;
        return true;
    }
};

template<> struct ValueCodec<std::optional<double>> {
    static constexpr FieldKind kind = FieldKind::OptReal;
    static QVariant toVariant(const std::optional<double> &v)
    {
        return v ? QVariant(*v) : QVariant();
    }
    static bool fromVariant(const QVariant &v, std::optional<double> &out)
    {
        if (v.isNull()) {
            out.reset();
            return true;
        }
        double d = 0;
        if (!ValueCodec<double>::fromVariant(v, d))
            return false;
        out = d;
        return true;
    }
};

template<> struct ValueCodec<bool> {
    static constexpr FieldKind kind = FieldKind::Bool;
    static QVariant toVariant(bool v) { return v; }
    static bool fromVariant(const QVariant &v, bool &out)
    {
        if (v.typeId() == QMetaType::Bool) {
            out = v.toBool();
            return true;
        }
        if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong) {
            const qlonglong n = v.toLongLong();
            if (n != 0 && n != 1)
                return false;
            out = n == 1;
            return true;
        }
        return false;
    }
};

template<> struct ValueCodec<QStringList> {
    static constexpr FieldKind kind = FieldKind::StringList;
    static QVariant toVariant(const QStringList &v) { return v; }
    static bool fromVariant(const QVariant &v, QStringList &out)
    {
        if (v.isNull()) {
            out.clear();
            return true;
        }
        if (v.typeId() != QMetaType::QStringList)
            return false;
        out = v.toStringList();
        return true;
    }
};

template<> struct ValueCodec<Money> {
    static constexpr FieldKind kind = FieldKind::Money;
    static QVariant toVariant(const Money &v) { return QVariant::fromValue(v); }
    static bool fromVariant(const QVariant &v, Money &out)
    {
        if (v.isNull()) {
            out = Money {};
            return true;
        }
        if (v.metaType() != QMetaType::fromType<Money>())
            return false;
        out = v.value<Money>();
        return true;
    }
};

template<typename Tag> struct ValueCodec<Id<Tag>> {
    static constexpr FieldKind kind = FieldKind::Ref;
    static QVariant toVariant(const Id<Tag> &v)
    {
        return v.isValid() ? QVariant(v.value) : QVariant();
    }
    static bool fromVariant(const QVariant &v, Id<Tag> &out)
    {
        if (v.isNull()) {
            out = Id<Tag>();
            return true;
        }
        bool ok = false;
        const qlonglong n = v.toLongLong(&ok);
        if (!ok || n < 0 || v.typeId() == QMetaType::QString)
            return false;
        out = Id<Tag>(n);
        return true;
    }
};

template<typename E> struct ValueCodec<E, std::enable_if_t<std::is_enum_v<E>>> {
    static constexpr FieldKind kind = FieldKind::Enum;
    static QVariant toVariant(E v) { return enumKey(v); }
    // A null value (a column added later, an absent key) keeps the default.
    static bool fromVariant(const QVariant &v, E &out)
    {
        if (v.isNull())
            return true;
        if (v.typeId() != QMetaType::QString)
            return false;
        const auto e = enumFromKey<E>(v.toString());
        if (!e)
            return false;
        out = *e;
        return true;
    }
};

} // namespace accord
