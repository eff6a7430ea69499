// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/plandocument.h"
#include "fullplan.h"
#include "storage/sqliteworkspace.h"

#include <QTemporaryDir>

#include <memory>

namespace accord::test {

// A fresh workspace per test function holding one full plan, open in a document.
struct DocumentFixture {
    QTemporaryDir dir;
    std::unique_ptr<SqliteWorkspace> ws;
    std::unique_ptr<PlanDocument> doc;

    // Call from init(); false (with the reason logged) when the workspace cannot be set up.
    bool reset()
    {
        doc.reset();
        ws.reset();
        auto opened = SqliteWorkspace::open(dir.filePath(
            QStringLiteral("%1.accord").arg(QLatin1String(QTest::currentTestFunction()))));
        if (!opened)
            return qWarning("%s", qPrintable(opened.error())), false;
        ws = std::move(opened.value());
        auto plan = ws->insertPlan(fullPlan(3));
        if (!plan)
            return qWarning("%s", qPrintable(plan.error())), false;
        doc = std::make_unique<PlanDocument>(*ws, *plan);
        return true;
    }
};

} // namespace accord::test
