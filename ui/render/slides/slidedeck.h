// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

#include "model/fieldinfo.h"

#include <QByteArray>
#include <QDate>

#include <vector>

namespace accord {

struct Plan;

// The QBR presentation of a plan: a title slide, the outcomes overview, one slide
// per KPI chart, the timeline, the health score, the open risks and the next steps
// and decisions. Each slide is a 1920×1080 figure, so the presentation window,
// an image export or a PDF handout draw the same pixels.
namespace SlideDeck {

inline constexpr qreal kWidth = 1920;
inline constexpr qreal kHeight = 1080;

// For the customer (Audience::Joint) the deck is made from AudienceFilter::forCustomer():
// no health slide, no internal KPI tiles. The internal deck says so on every slide.
// `logo`: our company's logo (image bytes, DocumentChoice::kVendorLogo) for the title slide.
std::vector<Figure> build(const Plan &plan, QDate today, Audience audience = Audience::Joint,
    const QByteArray &logo = {});

} // namespace SlideDeck
} // namespace accord
