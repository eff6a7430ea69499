// SPDX-License-Identifier: GPL-3.0-or-later
#include "signoffupgrade.h"

#include "planio.h"

#include "model/plan.h"
#include "rules/plancontent.h"
#include "rules/planfingerprint.h"

namespace accord {

namespace {

// The plan as format 1 would have read it back: through the JSON interchange, so
// its rows are in the order the snapshot's are.
std::optional<Plan> throughJson(const Plan &plan)
{
    Plan content = plan;
    content.id = PlanId();
    content.signOffs.clear();
    Result<Plan> read = importPlanJson(exportPlanJson(content), QString());
    return read ? std::optional<Plan>(std::move(*read)) : std::nullopt;
}

} // namespace

bool SignOffUpgrade::needsUpgrade(const SignOff &signOff)
{
    return !PlanContent::isCurrentFormat(signOff.snapshot) && signOff.snapshot.startsWith(u'{')
        && contentFingerprint(signOff.snapshot.toUtf8()) == signOff.fingerprint;
}

std::optional<SignOff> SignOffUpgrade::upgraded(const Plan &plan, const SignOff &signOff)
{
    if (!needsUpgrade(signOff))
        return std::nullopt;
    const Result<Plan> signedPlan = importPlanJson(signOff.snapshot.toUtf8(), QString());
    if (!signedPlan)
        return std::nullopt;
    const QByteArray signedContent = PlanContent::canonical(*signedPlan);
    const std::optional<Plan> current = throughJson(plan);
    const QByteArray content = current && PlanContent::canonical(*current) == signedContent
        ? PlanContent::canonical(plan)
        : signedContent;
    SignOff result = signOff;
    result.snapshot = QString::fromUtf8(content);
    result.fingerprint = contentFingerprint(content);
    return result;
}

int SignOffUpgrade::upgradeAll(Plan &plan)
{
    int count = 0;
    for (SignOff &signOff : plan.signOffs) {
        if (auto done = upgraded(plan, signOff)) {
            signOff = std::move(*done);
            ++count;
        }
    }
    return count;
}

} // namespace accord
