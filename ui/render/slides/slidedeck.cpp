// SPDX-License-Identifier: GPL-3.0-or-later
#include "slidedeck.h"

#include "charts/healthchart.h"
#include "charts/kpichart.h"
#include "charts/kpitiles.h"
#include "charts/outcomesoverviewchart.h"
#include "charts/roichart.h"
#include "model/enuminfo.h"
#include "model/plan.h"
#include "palette.h"
#include "rules/audiencefilter.h"
#include "rules/healthscore.h"
#include "rules/keypeople.h"
#include "rules/milestonerules.h"
#include "rules/roisummary.h"
#include "slideframe.h"
#include "timeline/timelinefigure.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <memory>

namespace accord::SlideDeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("accord::SlideDeck", text);
}

QString date(QDate d)
{
    return QLocale().toString(d, QStringLiteral("d MMM yyyy"));
}

using Content = std::function<void(QPainter *, const QRectF &)>;

// A slide: the frame (numbered once the deck is complete) around its content.
struct SlideSpec {
    QString title;
    Content content;
};

Content figureContent(Figure figure)
{
    return [figure](QPainter *painter, const QRectF &area) {
        if (!figure.isNull())
            figure.paint(painter, area);
    };
}

// On a plate of paper at the top right, so that a dark logo shows on the dark slide.
void paintLogo(QPainter *painter, const QImage &logo)
{
    if (logo.isNull())
        return;
    const QSizeF size = QSizeF(logo.size()).scaled(QSizeF(360, 110), Qt::KeepAspectRatio);
    const qreal pad = 24;
    const QRectF plate(
        kWidth - 140 - size.width() - 2 * pad, 70, size.width() + 2 * pad, size.height() + 2 * pad);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Palette::paper());
    painter->drawRoundedRect(plate, 16, 16);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(QRectF(plate.topLeft() + QPointF(pad, pad), size), logo);
}

void paintTitleSlide(QPainter *painter, const Plan &plan, QDate today, const QImage &logo)
{
    const QRectF canvas(0, 0, kWidth, kHeight);
    painter->fillRect(canvas, Palette::deep());
    painter->fillRect(QRectF(0, kHeight - 24, kWidth, 24), Palette::accent());
    paintLogo(painter, logo);
    const qreal left = 140;
    painter->setPen(Palette::onColour());
    painter->setFont(slideFont(104, true));
    const QString company = plan.account.company.isEmpty() ? tr("Customer") : plan.account.company;
    painter->drawText(QRectF(left, 220, kWidth - 2 * left, 150), Qt::AlignLeft | Qt::AlignBottom,
        QFontMetricsF(painter->font()).elidedText(company, Qt::ElideRight, kWidth - 2 * left));
    painter->setFont(slideFont(52));
    painter->drawText(QRectF(left, 390, kWidth - 2 * left, 80), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(painter->font())
            .elidedText(plan.header.title, Qt::ElideRight, kWidth - 2 * left));
    painter->setPen(QColor(0xc9, 0xd4, 0xe8));
    painter->setFont(slideFont(36));
    painter->drawText(QRectF(left, 480, kWidth - 2 * left, 60), Qt::AlignLeft | Qt::AlignVCenter,
        tr("Business review · %1").arg(date(today)));

    const KeyPeople people = KeyPeople::of(plan);
    QStringList lines;
    const auto add = [&lines](const char *role, const Stakeholder *s) {
        if (s)
            lines << tr(role).arg(s->name, s->title);
    };
    add("Executive sponsor: %1, %2", people.executiveSponsor);
    add("Champion: %1, %2", people.champion);
    add("Customer success: %1, %2", people.csm);
    if (plan.account.renewalDate.isValid())
        lines << tr("Renewal: %1").arg(date(plan.account.renewalDate));
    painter->setFont(slideFont(32));
    qreal y = 640;
    for (const QString &line : lines) {
        painter->drawText(QRectF(left, y, kWidth - 2 * left, 50), Qt::AlignLeft | Qt::AlignVCenter,
            line.endsWith(u", ") ? line.chopped(2) : line);
        y += 56;
    }
}

std::vector<SlideListEntry> openRisks(const Plan &plan)
{
    std::vector<const Risk *> open;
    for (const Risk &r : plan.risks) {
        if (r.status == RiskStatus::Open || r.status == RiskStatus::Monitoring
            || r.status == RiskStatus::Occurred)
            open.push_back(&r);
    }
    const auto exposure
        = [](const Risk *r) { return (int(r->likelihood) + 1) * (int(r->impact) + 1); };
    std::stable_sort(open.begin(), open.end(),
        [&](const Risk *a, const Risk *b) { return exposure(a) > exposure(b); });
    std::vector<SlideListEntry> entries;
    for (const Risk *r : open) {
        QStringList detail;
        if (!r->mitigation.isEmpty())
            detail << tr("Mitigation: %1").arg(r->mitigation);
        if (!r->owner.isEmpty())
            detail << tr("Owner: %1").arg(r->owner);
        entries.push_back({r->description, detail.join(QStringLiteral(" · ")),
            tr("%1 impact").arg(enumLabel(r->impact)),
            r->impact >= Level::High || r->status == RiskStatus::Occurred});
    }
    return entries;
}

std::vector<SlideListEntry> nextSteps(const Plan &plan, QDate today)
{
    std::vector<SlideListEntry> entries;
    for (const Milestone &m : plan.milestones) {
        if (isBlocked(m)) {
            const QString blockers = m.blockers.join(QStringLiteral("; "));
            entries.push_back({tr("Decision needed: %1").arg(m.name),
                blockers.isEmpty() ? tr("Blocked · owner %1").arg(m.owner)
                                   : tr("Blocked by %1 · owner %2").arg(blockers, m.owner),
                m.targetDate.isValid() ? date(m.targetDate) : QString(), true});
        }
    }
    std::vector<const Milestone *> open;
    for (const Milestone &m : plan.milestones) {
        if (!isClosed(m) && !isBlocked(m))
            open.push_back(&m);
    }
    std::stable_sort(open.begin(), open.end(), [](const Milestone *a, const Milestone *b) {
        if (a->targetDate.isValid() != b->targetDate.isValid())
            return a->targetDate.isValid();
        return a->targetDate < b->targetDate;
    });
    for (const Milestone *m : open) {
        const bool late = isOverdue(*m, today);
        QString badge = m->targetDate.isValid() ? date(m->targetDate) : tr("no date");
        if (late)
            badge = tr("overdue · %1").arg(badge);
        entries.push_back({m->name,
            m->owner.isEmpty() ? enumLabel(m->status)
                               : tr("%1 · owner %2").arg(enumLabel(m->status), m->owner),
            badge, late});
    }
    return entries;
}

// "Internal version" at the foot of every slide of the internal deck.
void paintInternalMark(QPainter *painter)
{
    painter->save();
    painter->setFont(slideFont(26, true));
    painter->setPen(Palette::error());
    painter->drawText(QRectF(0, kHeight - 78, kWidth, 60), Qt::AlignCenter,
        tr("Internal version \u2014 not for the customer"));
    painter->restore();
}

} // namespace

std::vector<Figure> build(
    const Plan &fullPlan, QDate today, Audience audience, const QByteArray &logo)
{
    const QImage logoImage = logo.isEmpty() ? QImage() : QImage::fromData(logo);
    const bool internal = audience == Audience::Internal;
    const Plan plan = AudienceFilter::forAudience(fullPlan, audience);
    std::vector<SlideSpec> specs;
    specs.push_back({plan.header.title, {}}); // the title slide paints itself
    if (!plan.outcomes.empty()) {
        specs.push_back({tr("Where we stand on our outcomes"),
            figureContent(outcomesOverviewFigure(plan, today, Medium::Slide))});
    }
    for (const Metric &metric : plan.metrics) {
        specs.push_back(
            {metric.name, figureContent(kpiChartFigure(plan, metric.id, today, Medium::Slide))});
    }
    if (!plan.milestones.empty() || !plan.phases.empty()) {
        specs.push_back({tr("Roadmap"), figureContent(timelineFigure(plan, today, Medium::Slide))});
    }
    if (const RoiSummary roi = roiSummary(plan);
        !roi.isEmpty() && roi.totals == RoiSummary::Totals::Added) {
        specs.push_back(
            {tr("Return on investment"), figureContent(roiFigure(plan, Medium::Slide))});
    }
    if (!plan.healthComponents.empty()) {
        const HealthScore score = healthScore(plan);
        Figure tiles = kpiTilesFigure(plan, Medium::Slide);
        Figure chart = healthFigure(score, Medium::Slide);
        specs.push_back({tr("Health score"), [tiles, chart](QPainter *painter, const QRectF &area) {
                             const qreal tileHeight = area.height() * 0.28;
                             tiles.paint(
                                 painter, QRectF(area.topLeft(), QSizeF(area.width(), tileHeight)));
                             chart.paint(painter, area.adjusted(0, tileHeight + 24, 0, 0));
                         }});
    }
    const std::vector<SlideListEntry> risks = openRisks(plan);
    specs.push_back({tr("Open risks"), [risks](QPainter *painter, const QRectF &area) {
                         paintSlideList(painter, area, risks, tr("No open risks."));
                     }});
    const std::vector<SlideListEntry> steps = nextSteps(plan, today);
    specs.push_back(
        {tr("Next steps and decisions"), [steps](QPainter *painter, const QRectF &area) {
             paintSlideList(painter, area, steps, tr("Every milestone is complete."));
         }});

    const QString footer
        = QStringList {plan.account.company, plan.header.title}.join(QStringLiteral(" · "));
    const int count = int(specs.size());
    std::vector<Figure> slides;
    for (int i = 0; i < count; ++i) {
        const SlideSpec &spec = specs[std::size_t(i)];
        Figure slide;
        slide.title = spec.title;
        slide.naturalSize = QSizeF(kWidth, kHeight);
        if (i == 0) {
            slide.paint
                = [plan, today, internal, logoImage](QPainter *painter, const QRectF &target) {
                      painter->save();
                      painter->translate(target.topLeft());
                      painter->scale(target.width() / kWidth, target.height() / kHeight);
                      paintTitleSlide(painter, plan, today, logoImage);
                      if (internal)
                          paintInternalMark(painter);
                      painter->restore();
                  };
        } else {
            const SlideFrame frame {spec.title, footer, i + 1, count};
            const Content content = spec.content;
            slide.paint = [frame, content, internal](QPainter *painter, const QRectF &target) {
                painter->save();
                painter->translate(target.topLeft());
                painter->scale(target.width() / kWidth, target.height() / kHeight);
                const QRectF area = frame.paint(painter);
                content(painter, area);
                if (internal)
                    paintInternalMark(painter);
                painter->restore();
            };
        }
        slides.push_back(std::move(slide));
    }
    return slides;
}

} // namespace accord::SlideDeck
