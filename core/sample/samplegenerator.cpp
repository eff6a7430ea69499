// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplegenerator.h"

namespace accord {

namespace {

QString text(const char *latin1)
{
    return QString::fromUtf8(latin1);
}

const std::vector<const char *> kPrefixes {"Acme", "Globex", "Initech", "Umbrella", "Hooli",
    "Vandelay", "Stark", "Wayne", "Tyrell", "Cyberdyne", "Soylent", "Aperture", "Oscorp", "Wonka",
    "Monarch", "Northwind", "Contoso", "Fabrikam", "Litware", "Tailspin", "Blue Yonder",
    "Pied Piper", "Dunder", "Bluth", "Prestige", "Sterling"};
const std::vector<const char *> kSuffixes {"Corp", "Inc", "Group", "Holdings", "Labs", "Systems",
    "Logistics", "Health", "Capital", "Retail", "Energy", "Foods", "Media", "Insurance",
    "Partners"};
const std::vector<const char *> kIndustries {"Financial Services", "Healthcare", "Retail",
    "Manufacturing", "Logistics", "Insurance", "Software", "Education", "Energy", "Media",
    "Public Sector", "Telecommunications"};
const std::vector<const char *> kSegments {"enterprise", "mid_market", "smb", "strategic"};
const std::vector<const char *> kTiers {"Enterprise", "Business", "Growth", "Starter"};
const std::vector<const char *> kFirst {"Sarah", "Mike", "Lisa", "Jane", "Tom", "Priya", "Ahmed",
    "Elena", "Kenji", "Maria", "David", "Fatima", "Oliver", "Chen", "Amara", "Lucas", "Sofia",
    "Noah", "Ingrid", "Mateo"};
const std::vector<const char *> kLast {"Chen", "Torres", "Park", "Smith", "Brown", "Patel",
    "Haddad", "Novak", "Tanaka", "Garcia", "Okafor", "Müller", "Rossi", "Kowalski", "Nguyen",
    "Silva", "Johansson", "Dubois"};

struct OutcomeIdea {
    const char *description;
    const char *metric;
    const char *unit;
    Direction direction;
    double baseline;
    double target;
};

const std::vector<OutcomeIdea> kOutcomes {
    {"Reduce monthly report preparation time by automating the core operational reports",
        "Report preparation time", "hours", Direction::Decrease, 4, 0.5},
    {"Achieve 80% active adoption across the operations team", "Monthly active users", "%",
        Direction::Increase, 32, 80},
    {"Cut first-response time on customer tickets", "First response time", "minutes",
        Direction::Decrease, 240, 60},
    {"Increase lead-to-opportunity conversion", "Conversion rate", "%", Direction::Increase, 8, 14},
    {"Lower cost per processed claim", "Cost per claim", "USD", Direction::Decrease, 42, 30},
    {"Raise customer satisfaction with onboarding", "CSAT", "points", Direction::Increase, 3.8,
        4.5},
    {"Consolidate three legacy tools into one platform", "Legacy tools in use", "tools",
        Direction::Decrease, 3, 1},
    {"Shorten time-to-hire for engineering roles", "Time to hire", "days", Direction::Decrease, 45,
        30},
    {"Grow self-service resolution rate", "Self-service resolution", "%", Direction::Increase, 20,
        45},
    {"Reduce invoice processing errors", "Invoice error rate", "%", Direction::Decrease, 6, 1.5},
};

const std::vector<const char *> kPhases {"Onboard", "Adopt", "Value", "Renew & Expand"};
const std::vector<const char *> kMilestones {"Admin setup complete", "All seats activated",
    "Core workflow configured", "First training session delivered",
    "Kickoff completed and plan co-signed", "Daily use by target users",
    "First business outcome documented", "30-day check-in completed", "Power-user workflow enabled",
    "QBR delivered with ROI evidence", "Success metric hit target", "Expansion use case introduced",
    "Reference call agreed", "Renewal proposal sent", "Renewal signed"};
const std::vector<const char *> kRisks {"Low adoption in first 30 days", "Champion changes role",
    "Budget pressure at renewal", "Competing priorities delay rollout",
    "IT security review delays integration", "Data migration quality issues",
    "Executive sponsor disengaged"};

} // namespace

SampleGenerator::SampleGenerator(quint32 seed, QDate today)
    : m_random(seed)
    , m_today(today)
{
}

int SampleGenerator::between(int low, int high)
{
    return low + int(m_random.bounded(quint32(high - low + 1)));
}

QString SampleGenerator::pick(const std::vector<const char *> &words)
{
    return text(words[m_random.bounded(quint32(words.size()))]);
}

QString SampleGenerator::personName()
{
    return pick(kFirst) + u' ' + pick(kLast);
}

Account SampleGenerator::makeAccount()
{
    ++m_accounts;
    Account a;
    a.company = QStringLiteral("%1 %2 %3").arg(pick(kPrefixes), pick(kSuffixes)).arg(m_accounts);
    a.customerId = QStringLiteral("C-%1").arg(10000 + m_accounts);
    a.industry = pick(kIndustries);
    a.segment = pick(kSegments);
    a.tier = pick(kTiers);
    a.product = a.tier + QStringLiteral(" plan");
    a.contractStart = m_today.addDays(-between(30, 600));
    a.renewalDate = a.contractStart.addYears(1 + between(0, 1));
    a.arr = Money {qint64(between(12, 480)) * 100000, QStringLiteral("USD")};
    a.arrText = a.arr.toDisplayString();
    a.seats = between(10, 500);
    a.businessCase
        = QStringLiteral("%1 bought %2 to standardise operations and report value to its board.")
              .arg(a.company, a.product);
    return a;
}

std::vector<Plan> SampleGenerator::generate(int plans)
{
    std::vector<Plan> result;
    result.reserve(std::size_t(qMax(0, plans)));
    Account account;
    for (int i = 0; i < plans; ++i) {
        if (i == 0 || m_random.bounded(5u) != 0)
            account = makeAccount();
        result.push_back(generatePlan(account));
    }
    return result;
}

Plan SampleGenerator::generatePlan(const Account &account)
{
    Plan plan;
    plan.account = account;
    plan.account.id = AccountId();
    PlanHeader &h = plan.header;
    h.title = QStringLiteral("%1 success plan").arg(account.company);
    h.version = QStringLiteral("1.%1").arg(between(0, 4));
    const PlanStatus statuses[] = {PlanStatus::Active, PlanStatus::Active, PlanStatus::Active,
        PlanStatus::AtRisk, PlanStatus::Draft, PlanStatus::Completed};
    h.status = statuses[m_random.bounded(6u)];
    h.created = account.contractStart.addDays(between(5, 30));
    h.lastReviewed = m_today.addDays(-between(1, 80));
    h.nextReview = h.lastReviewed.addMonths(3);
    h.primaryGoal = QStringLiteral("Prove measurable value before the %1 renewal")
                        .arg(account.renewalDate.toString(QStringLiteral("MMMM yyyy")));
    h.successStatement
        = QStringLiteral("We will know this worked when our team stops building reports by hand.");
    addStakeholders(plan);
    addOutcomes(plan);
    addRoadmap(plan);
    addRisks(plan);
    addHealth(plan);
    addReviews(plan);
    addCommunication(plan);
    return plan;
}

void SampleGenerator::addStakeholders(Plan &plan)
{
    const char *customerTypes[]
        = {"executive_sponsor", "champion", "technical_contact", "economic_buyer"};
    const char *titles[] = {"VP Operations", "Operations Manager", "IT Director", "CFO"};
    for (int i = 0; i < 4; ++i) {
        Stakeholder s;
        s.id = StakeholderId(i + 1);
        s.side = Side::Customer;
        s.type = text(customerTypes[i]);
        s.name = personName();
        s.title = text(titles[i]);
        s.email = QStringLiteral("%1@example.com").arg(s.name.toLower().replace(u' ', u'.'));
        s.engagement = i < 2 ? QStringLiteral("active") : QStringLiteral("moderate");
        plan.stakeholders.push_back(s);
    }
    Stakeholder csm;
    csm.id = StakeholderId(5);
    csm.side = Side::Vendor;
    csm.type = QStringLiteral("csm");
    csm.name = personName();
    csm.title = QStringLiteral("Customer Success Manager");
    plan.stakeholders.push_back(csm);
}

void SampleGenerator::addOutcomes(Plan &plan)
{
    const int count = between(3, 5);
    const int first = between(0, int(kOutcomes.size()) - 1);
    qint64 measurementId = 1;
    for (int i = 0; i < count; ++i) {
        const OutcomeIdea &idea = kOutcomes[std::size_t((first + i) % int(kOutcomes.size()))];
        Outcome o;
        o.id = OutcomeId(i + 1);
        o.code = QStringLiteral("O%1").arg(i + 1);
        o.description = text(idea.description);
        o.status = OutcomeStatus::InProgress;
        o.priority = i == 0 ? Level::High : Level::Medium;
        plan.outcomes.push_back(o);

        Metric m;
        m.id = MetricId(i + 1);
        m.outcome = o.id;
        m.name = text(idea.metric);
        m.unit = text(idea.unit);
        m.direction = idea.direction;
        m.baselineValue = idea.baseline;
        m.baselineText = QStringLiteral("%1 %2").arg(idea.baseline).arg(m.unit);
        m.baselineDate = plan.account.contractStart.addDays(14);
        m.targetValue = idea.target;
        m.targetText = QStringLiteral("%1 %2").arg(idea.target).arg(m.unit);
        m.targetDate = plan.account.renewalDate.addDays(-60);
        plan.metrics.push_back(m);

        const int readings = between(0, 6);
        for (int r = 0; r < readings; ++r) {
            Measurement reading;
            reading.id = RowId(measurementId++);
            reading.metric = m.id;
            reading.date = m.baselineDate.addDays(30 * (r + 1));
            const double share
                = double(r + 1) / double(readings + 2) + (m_random.generateDouble() - 0.5) * 0.1;
            reading.value
                = qRound((idea.baseline + (idea.target - idea.baseline) * share) * 100) / 100.0;
            plan.measurements.push_back(reading);
        }
    }
}

void SampleGenerator::addRoadmap(Plan &plan)
{
    for (std::size_t i = 0; i < kPhases.size(); ++i)
        plan.phases.push_back({PhaseId(qint64(i) + 1), text(kPhases[i]),
            QStringLiteral("Month %1").arg(i * 3 + 1), {}, {}});
    const int count = between(8, 15);
    const QDate start = plan.account.contractStart;
    const int span = qMax(30, int(start.daysTo(plan.account.renewalDate)));
    for (int i = 0; i < count; ++i) {
        Milestone ms;
        ms.id = RowId(i + 1);
        ms.name = text(kMilestones[std::size_t(i) % kMilestones.size()]);
        ms.phase = PhaseId(1 + i * 4 / count);
        ms.outcome = OutcomeId(1 + i % int(plan.outcomes.size()));
        ms.owner = plan.stakeholders[std::size_t(i) % plan.stakeholders.size()].name;
        ms.targetDate = start.addDays(span * (i + 1) / (count + 1));
        if (ms.targetDate < m_today.addDays(-between(0, 40))) {
            ms.status = m_random.bounded(6u) == 0 ? TaskStatus::InProgress : TaskStatus::Complete;
            if (ms.status == TaskStatus::Complete)
                ms.actualDate = ms.targetDate.addDays(between(-5, 7));
        } else {
            ms.status = m_random.bounded(4u) == 0 ? TaskStatus::InProgress : TaskStatus::Pending;
        }
        if (m_random.bounded(10u) == 0) {
            ms.status = TaskStatus::Blocked;
            ms.blockers = {QStringLiteral("Waiting for security approval")};
        }
        plan.milestones.push_back(ms);
    }
}

void SampleGenerator::addRisks(Plan &plan)
{
    const int count = between(2, 4);
    for (int i = 0; i < count; ++i) {
        Risk r;
        r.id = RowId(i + 1);
        r.code = QStringLiteral("R%1").arg(i + 1);
        r.description = text(kRisks[(std::size_t(i) * 3 + m_random.bounded(3u)) % kRisks.size()]);
        r.likelihood = Level(between(0, 2));
        r.impact = Level(between(1, 3));
        r.mitigation = QStringLiteral("Agree a recovery path with the champion and review weekly.");
        r.owner = plan.stakeholders.back().name;
        r.status = i == 0 ? RiskStatus::Open : RiskStatus(between(0, 2));
        plan.risks.push_back(r);
    }
}

void SampleGenerator::addHealth(Plan &plan)
{
    const char *names[] = {"Engagement", "Success", "Satisfaction", "Financial"};
    const int weights[] = {30, 30, 20, 20};
    for (int i = 0; i < 4; ++i)
        plan.healthComponents.push_back(
            {RowId(i + 1), text(names[i]), weights[i], {}, {}, between(35, 100)});
}

void SampleGenerator::addReviews(Plan &plan)
{
    const int count = between(0, 3);
    for (int i = 0; i < count; ++i) {
        Review r;
        r.id = ReviewId(i + 1);
        r.date = plan.account.contractStart.addMonths(3 * (i + 1));
        r.kind = i == 0 ? ReviewKind::Kickoff : ReviewKind::Qbr;
        r.attendees
            = {plan.stakeholders[0].name, plan.stakeholders[1].name, plan.stakeholders.back().name};
        r.summary = QStringLiteral("Reviewed progress on every outcome; adoption trending up.");
        r.decisions = {QStringLiteral("Accelerate training for remaining users")};
        plan.reviews.push_back(r);
    }
}

void SampleGenerator::addCommunication(Plan &plan)
{
    plan.commitments
        = {{RowId(1), Side::Vendor,
               QStringLiteral("QBR every 90 days with an executive summary and ROI report")},
            {RowId(2), Side::Customer,
                QStringLiteral("Champion available for a 30-minute monthly check-in")}};
    plan.touchpoints = {{RowId(1), QStringLiteral("Health update"), QStringLiteral("Champion"),
        QStringLiteral("Monthly"), QStringLiteral("Email summary"), plan.stakeholders.back().name}};
}

} // namespace accord
