// SPDX-License-Identifier: GPL-3.0-or-later
#include "signoffbanner.h"

#include "document/plandocument.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

#include <utility>

namespace accord {

SignOffBanner::SignOffBanner(PlanDocument *document, QWidget *parent)
    : QFrame(parent)
    , m_document(document)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("signOffBanner"));
    m_label->setObjectName(QStringLiteral("signOffBannerText"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_label, 1);
    // Hashing the plan once per step, after its last change, rather than once per
    // change: an import of hundreds of measurements is one step of hundreds of
    // changes. A step costs one fingerprint (bench_signoff: well under 1 ms for
    // the Acme plan, about 10 ms for a plan with 1000 measurements).
    connect(document, &PlanDocument::changed, this, [this] { m_stale = true; });
    connect(document, &PlanDocument::saved, this, [this] {
        if (std::exchange(m_stale, false))
            refresh();
    });
    refresh();
}

QString SignOffBanner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void SignOffBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

void SignOffBanner::applyColours()
{
    // Tinted strips that read on light and on dark themes alike.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const bool warning = m_state == SignOffStatus::State::ChangedSinceSigned;
    struct Colours {
        const char *background, *border, *accent, *text;
    };
    static constexpr Colours calm[] = {
        {"#e6f4ea", "#b7dfc3", "#2e9e5b", "#1d5e36"}, {"#1d3326", "#2e5a3c", "#2e9e5b", "#a8dcb9"}};
    static constexpr Colours alert[] = {
        {"#fff3dc", "#f0d29a", "#e07a1b", "#7a4200"}, {"#3a2a12", "#6b4a1c", "#e07a1b", "#ffcf8f"}};
    const Colours &c = (warning ? alert : calm)[dark ? 1 : 0];
    const QString sheet
        = QStringLiteral("#signOffBanner { background: %1; border-bottom: 1px solid %2; "
                         "border-left: 4px solid %3; } #signOffBannerText { color: %4; %5 }")
              .arg(QLatin1String(c.background), QLatin1String(c.border), QLatin1String(c.accent),
                  QLatin1String(c.text), warning ? QStringLiteral("font-weight: 600;") : QString());
    if (styleSheet() != sheet) // setting a style sheet changes the palette again
        setStyleSheet(sheet);
}

void SignOffBanner::refresh()
{
    const SignOffStatus status = SignOffRecorder::status(m_document->plan());
    m_state = status.state;
    const QString date = status.latest.date.toString(Qt::ISODate);
    switch (status.state) {
    case SignOffStatus::State::NotSigned:
        setVisible(false);
        return;
    case SignOffStatus::State::Signed:
        m_label->setText(tr("Signed on %1 (version %2)").arg(date, status.latest.version));
        break;
    case SignOffStatus::State::ChangedSinceSigned:
        m_label->setText(tr("Changed since signed on %1 (version %2) — record a new sign-off "
                            "before sending")
                             .arg(date, status.latest.version));
        break;
    }
    m_label->setToolTip(
        tr("Signed by %1.\nFingerprint at signing: %2")
            .arg(status.latest.signatories.join(QStringLiteral("; ")), status.latest.fingerprint));
    applyColours();
    setVisible(true);
}

} // namespace accord
