// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace accord {

namespace {

QPushButton *choice(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setMinimumHeight(36);
    return button;
}

} // namespace

WelcomePage::WelcomePage(const QString &workspacePath, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("Welcome to Accord"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    auto *text = new QLabel(tr("The workspace %1 has no plans yet. A plan is written with your "
                               "customer: their context and stakeholders, three to five outcomes "
                               "with baselines and targets, milestones, risks and commitments. "
                               "Every edit is saved at once and can be undone.")
                                .arg(QDir::toNativeSeparators(workspacePath)),
        this);
    text->setWordWrap(true);
    text->setMaximumWidth(560);

    QPushButton *create
        = choice(tr("New plan from a template…"), QStringLiteral("welcomeNewPlan"), this);
    QPushButton *import
        = choice(tr("Import a plan file (YAML or JSON)…"), QStringLiteral("welcomeImport"), this);
    QPushButton *sample
        = choice(tr("Open the sample plan (Acme Corp)"), QStringLiteral("welcomeSample"), this);
    QPushButton *other
        = choice(tr("Open another workspace…"), QStringLiteral("welcomeOpenWorkspace"), this);
    QPushButton *team = choice(
        tr("Open your team's workspace (server)…"), QStringLiteral("welcomeOpenTeam"), this);
    create->setDefault(true);
    connect(create, &QPushButton::clicked, this, &WelcomePage::newPlanRequested);
    connect(import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(sample, &QPushButton::clicked, this, &WelcomePage::samplePlanRequested);
    connect(other, &QPushButton::clicked, this, &WelcomePage::openWorkspaceRequested);
    connect(team, &QPushButton::clicked, this, &WelcomePage::openTeamWorkspaceRequested);

    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(title);
    column->addWidget(text);
    column->addSpacing(12);
    for (QPushButton *button : {create, import, sample, other, team})
        column->addWidget(button);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch();
    auto *middle = new QVBoxLayout;
    middle->addStretch();
    middle->addLayout(column);
    middle->addStretch(2);
    outer->addLayout(middle);
    outer->addStretch();
}

} // namespace accord
