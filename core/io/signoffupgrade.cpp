// SPDX-License-Identifier: GPL-3.0-or-later
#include "signoffupgrade.h"

#include "planio.h"

#include "model/plan.h"
#include "rules/plancontent.h"
#include "rules/planfingerprint.h"

#include <optional>

namespace accord {

namespace {

// What the plan says now, made once for all its sign-offs (the content leaves the
// sign-offs out, so it stays the same while they are rewritten).
class CurrentContent {
public:
    explicit CurrentContent(const Plan &plan)
        : m_plan(plan)
    {
    }

    // The canonical content of the plan as format 1 read it back: through the JSON
    // interchange, so its rows are in the order a snapshot's are. Empty when the
    // plan does not go through JSON (canonical content never is empty).
    const QByteArray &throughJson()
    {
        if (!m_made) {
            m_made = true;
            Plan content = m_plan;
            content.id = PlanId();
            content.signOffs.clear();
            if (Result<Plan> read = importPlanJson(exportPlanJson(content), QString()))
                m_throughJson = PlanContent::canonical(*read);
        }
        return m_throughJson;
    }

    QByteArray canonical() const { return PlanContent::canonical(m_plan); }

private:
    const Plan &m_plan;
    bool m_made = false;
    QByteArray m_throughJson;
};

std::optional<SignOff> upgradedWith(CurrentContent &current, const SignOff &signOff)
{
    if (!SignOffUpgrade::needsUpgrade(signOff))
        return std::nullopt;
    const Result<Plan> signedPlan = importPlanJson(signOff.snapshot.toUtf8(), QString());
    if (!signedPlan)
        return std::nullopt;
    const QByteArray signedContent = PlanContent::canonical(*signedPlan);
    const QByteArray content
        = current.throughJson() == signedContent ? current.canonical() : signedContent;
    SignOff result = signOff;
    result.snapshot = QString::fromUtf8(content);
    result.fingerprint = contentFingerprint(content);
    return result;
}

} // namespace

bool SignOffUpgrade::needsUpgrade(const SignOff &signOff)
{
    return !PlanContent::isCurrentFormat(signOff.snapshot) && signOff.snapshot.startsWith(u'{')
        && contentFingerprint(signOff.snapshot.toUtf8()) == signOff.fingerprint;
}

int SignOffUpgrade::upgradeAll(Plan &plan)
{
    CurrentContent current(plan);
    int count = 0;
    for (SignOff &signOff : plan.signOffs) {
        if (auto done = upgradedWith(current, signOff)) {
            signOff = std::move(*done);
            ++count;
        }
    }
    return count;
}

} // namespace accord
