// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/plandocument.h"
#include "fullplan.h"
#include "testworkspace.h"

#include <memory>

namespace accord::test {

// A fresh workspace per test function holding one full plan, open in a document:
// a file, or a database on the test server when the suite runs against it
// (accord_add_test … BACKENDS).
struct DocumentFixture {
    std::unique_ptr<TestWorkspaceLocation> place;
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<PlanDocument> doc;

    // Call from init(); false (with the reason logged) when the workspace cannot be set up.
    bool reset()
    {
        doc.reset();
        ws.reset();
        place = std::make_unique<TestWorkspaceLocation>();
        auto opened = place->open();
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
