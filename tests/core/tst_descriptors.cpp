// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/fieldref.h"
#include "model/plan.h"
#include "storage/sqliteworkspace.h"
#include "storage/sqltablemapper.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;

namespace {

// A row type whose descriptors are checked against its members: the struct is
// counted by the compiler, the descriptors by what they name.
struct Sample {
    RowId id;
    QString name;
    QDate date;
    std::optional<double> share;
};

RowMeta<Sample> sampleMeta(bool withDate, bool nameTwice = false)
{
    RowMeta<Sample> meta {QStringLiteral("sample"), "Sample", {}};
    meta.fields.push_back(field<&Sample::name>("name", "Name"));
    if (withDate)
        meta.fields.push_back(field<&Sample::date>("date", "Date"));
    meta.fields.push_back(nameTwice ? field<&Sample::name>("again", "Again")
                                    : field<&Sample::share>("share", "Share"));
    return meta;
}

// The declared SQL type a field's kind is stored as.
QString sqlType(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Integer:
    case FieldKind::OptInteger:
    case FieldKind::Bool:
    case FieldKind::Ref:
        return QStringLiteral("INTEGER");
    case FieldKind::Real:
    case FieldKind::OptReal:
        return QStringLiteral("DOUBLE PRECISION");
    default:
        return QStringLiteral("TEXT");
    }
}

} // namespace

// The field descriptors cannot drift from the structs they describe, nor from
// the workspace's SQL schema.
class TestDescriptors : public QObject {
    Q_OBJECT

private slots:
    void everyMemberOfEveryTableIsDescribed()
    {
        for (const PlanTable *table : planTables())
            QVERIFY2(table->describesEveryMember(), qPrintable(table->name()));
    }

    void aMemberWithoutADescriptorIsCaught()
    {
        QCOMPARE(memberCount<Sample>(), std::size_t(4));
        QVERIFY(describesEveryMember<Sample>(sampleMeta(true)));
        QVERIFY(!describesEveryMember<Sample>(sampleMeta(false))); // date not described
        QVERIFY(!describesEveryMember<Sample>(sampleMeta(true, true))); // name twice
    }

    void fieldsAreFoundByTheirMember()
    {
        const FieldRef target = fieldOf<&Milestone::targetDate>();
        QCOMPARE(target.table, &tableOf<Milestone>());
        QCOMPARE(target.info().kind, FieldKind::Date);
        QVERIFY(fieldOf<&Metric::targetDate>() != target); // same key, another table
        QCOMPARE(tableOf<PlanHeader>().name(), headerTable().name());
    }

    // The newest schema (core/storage/sql) has a column for every field, of the
    // type its kind is stored as, and nothing else but the keys and bookkeeping.
    void sqlSchemaMatchesTheDescriptors()
    {
        QTemporaryDir dir;
        auto ws = SqliteWorkspace::open(dir.filePath(QStringLiteral("schema.accord")));
        QVERIFY2(ws, qPrintable(ws.error()));
        for (const PlanTable *table : planTables()) {
            QSqlQuery q((*ws)->database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table->name())));
            QMap<QString, QString> columns;
            while (q.next())
                columns.insert(q.value(1).toString(), q.value(2).toString());
            QMap<QString, QString> expected;
            const SqlTableMapper mapper(*table);
            for (int f = 0; f < int(table->fields().size()); ++f) {
                const FieldInfo &info = table->fields()[std::size_t(f)];
                const QStringList names = mapper.columnsOf(f);
                for (int c = 0; c < names.size(); ++c) // money: minor units, then currency
                    expected.insert(names[c],
                        info.kind == FieldKind::Money && c == 0 ? QStringLiteral("INTEGER")
                                                                : sqlType(info.kind));
            }
            expected.insert(QStringLiteral("id"), QStringLiteral("INTEGER"));
            if (table->isCollection()) {
                expected.insert(QStringLiteral("plan_id"), QStringLiteral("INTEGER"));
                expected.insert(QStringLiteral("position"), QStringLiteral("INTEGER"));
            } else if (table == &headerTable()) {
                expected.insert(QStringLiteral("account_id"), QStringLiteral("INTEGER"));
                expected.insert(QStringLiteral("created_at"), QStringLiteral("TEXT"));
                expected.insert(QStringLiteral("updated_at"), QStringLiteral("TEXT"));
                expected.insert(QStringLiteral("health_score"), QStringLiteral("DOUBLE PRECISION"));
                expected.insert(QStringLiteral("health_level"), QStringLiteral("TEXT"));
            } else if (table == &accountTable()) {
                // who the account belongs to on a team workspace: not plan content
                expected.insert(QStringLiteral("owner"), QStringLiteral("TEXT"));
            }
            QCOMPARE(columns, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestDescriptors)
#include "tst_descriptors.moc"
