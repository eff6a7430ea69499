// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <QRandomGenerator>

#include <vector>

namespace accord {

// Realistic, deterministic plans for demos, tests and benchmarks: the same seed
// always gives the same portfolio. Roughly one account in five has two plans.
class SampleGenerator {
public:
    explicit SampleGenerator(quint32 seed, QDate today = QDate(2026, 11, 1));

    std::vector<Plan> generate(int plans);
    Plan generatePlan(const Account &account);

private:
    Account makeAccount();
    QString pick(const std::vector<const char *> &words);
    QString personName();
    int between(int low, int high); // inclusive
    void addStakeholders(Plan &plan);
    void addOutcomes(Plan &plan);
    void addRoadmap(Plan &plan);
    void addRisks(Plan &plan);
    void addHealth(Plan &plan);
    void addReviews(Plan &plan);
    void addCommunication(Plan &plan);

    QRandomGenerator m_random;
    QDate m_today;
    int m_accounts = 0;
};

} // namespace accord
