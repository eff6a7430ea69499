// SPDX-License-Identifier: GPL-3.0-or-later
#include "planselector.h"

#include <QCoreApplication>

#include <algorithm>

namespace accord {

namespace {

constexpr qsizetype kMaxCandidates = 20;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("accord::CommandLine", text, nullptr, n);
}

bool same(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool matches(const PlanSummary &s, const QString &spec)
{
    return same(s.company, spec) || same(s.title, spec) || same(s.company + u'/' + s.title, spec);
}

bool resembles(const PlanSummary &s, const QString &spec)
{
    return s.company.contains(spec, Qt::CaseInsensitive)
        || s.title.contains(spec, Qt::CaseInsensitive);
}

// One "  ID  Company/Title" line per plan, at most kMaxCandidates of them.
QString candidateList(const std::vector<const PlanSummary *> &plans)
{
    QStringList lines;
    for (const PlanSummary *s : plans) {
        if (lines.size() == kMaxCandidates) {
            lines << tr("  … and %n more", int(plans.size()) - int(kMaxCandidates));
            break;
        }
        const QString name = s->title.isEmpty() ? s->company : s->company + u'/' + s->title;
        lines
            << QStringLiteral("  %1  %2").arg(QString::number(s->id.value).leftJustified(5), name);
    }
    return lines.join(u'\n');
}

std::vector<const PlanSummary *> select(const std::vector<PlanSummary> &plans, auto predicate)
{
    std::vector<const PlanSummary *> result;
    for (const PlanSummary &s : plans) {
        if (predicate(s))
            result.push_back(&s);
    }
    return result;
}

Error unknown(const std::vector<PlanSummary> &plans, const QString &spec)
{
    if (plans.empty())
        return Error {tr("No plan is called \"%1\": the workspace has no plans.").arg(spec)};
    auto candidates = select(plans, [&](const PlanSummary &s) { return resembles(s, spec); });
    if (candidates.empty())
        candidates = select(plans, [](const PlanSummary &) { return true; });
    return Error {
        tr("No plan is called \"%1\". Name a plan by id, account, title or Company/Title:\n%2")
            .arg(spec, candidateList(candidates))};
}

} // namespace

Result<PlanId> PlanSelector::resolve(PlanRepository &repository, const QString &spec)
{
    const auto plans = repository.listPlans();
    if (!plans)
        return Error {plans.error()};
    return resolve(*plans, spec);
}

Result<PlanId> PlanSelector::resolve(const std::vector<PlanSummary> &plans, const QString &spec)
{
    const QString wanted = spec.trimmed();
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    if (isNumber) {
        const auto byId = std::find_if(
            plans.begin(), plans.end(), [id](const PlanSummary &s) { return s.id.value == id; });
        if (byId != plans.end())
            return byId->id;
    }
    const auto found = select(plans, [&](const PlanSummary &s) { return matches(s, wanted); });
    if (found.size() == 1)
        return found.front()->id;
    if (found.empty())
        return unknown(plans, wanted);
    return Error {
        tr("\"%1\" matches %n plans; name one by id or as Company/Title:\n%2", int(found.size()))
            .arg(wanted, candidateList(found))};
}

} // namespace accord
