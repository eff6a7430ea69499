// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfactualtext.h"

#include "document/pdfupdate.h"

#include <QPaintEngine>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace accord {

namespace {

// A mark is the path "-8191 -8191 W H re f", far off any page: W is the number
// of the text plus one and H is 1 where a span begins; W 1, H 2 where it ends.
constexpr int kMarkAt = -8191;
const QByteArray kMarkPrefix
    = QByteArray::number(kMarkAt) + ' ' + QByteArray::number(kMarkAt) + ' ';

void drawMark(QPainter *painter, int width, int height)
{
    painter->save();
    painter->resetTransform();
    painter->fillRect(QRectF(kMarkAt, kMarkAt, width, height), Qt::black);
    painter->restore();
}

bool simpleScript(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Common:
    case QChar::Script_Inherited:
    case QChar::Script_Latin:
    case QChar::Script_Greek:
    case QChar::Script_Cyrillic:
    case QChar::Script_Armenian:
    case QChar::Script_Georgian:
    case QChar::Script_Hebrew:
    case QChar::Script_Ethiopic:
    case QChar::Script_Cherokee:
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Bopomofo:
    case QChar::Script_Hangul:
    case QChar::Script_Yi:
        return true;
    default:
        return false;
    }
}

thread_local PdfActualText *t_current = nullptr;

template<typename Draw> void drawMarked(QPainter *painter, const QString &text, Draw draw)
{
    PdfActualText *marks = PdfActualText::current(painter);
    const bool marked = marks && PdfActualText::needed(text);
    if (marked)
        marks->begin(painter, text);
    draw();
    if (marked)
        marks->end(painter);
}

bool isNumber(const QByteArray &token, int *value)
{
    bool ok = false;
    *value = token.toInt(&ok);
    return ok && *value > 0;
}

// The mark at `at` (which starts with kMarkPrefix): its width and height and
// where it ends, after the fill operator; false if it is not a whole mark.
bool readMark(const QByteArray &content, qsizetype at, int *width, int *height, qsizetype *end)
{
    const QList<QByteArray> tokens
        = content.mid(at + kMarkPrefix.size(), 40).simplified().split(' ');
    if (tokens.size() < 4 || tokens.at(2) != "re" || !tokens.at(3).startsWith('f'))
        return false;
    if (!isNumber(tokens.at(0), width) || !isNumber(tokens.at(1), height))
        return false;
    const qsizetype re = content.indexOf(" re", at + kMarkPrefix.size());
    const qsizetype fill = content.indexOf('f', re);
    *end = fill + 1;
    return re >= 0 && fill >= 0;
}

} // namespace

PdfActualText::Scope::Scope(PdfActualText *marks)
    : m_previous(t_current)
{
    t_current = marks;
}

PdfActualText::Scope::~Scope()
{
    t_current = m_previous;
}

PdfActualText *PdfActualText::current(const QPainter *painter)
{
    const QPaintEngine *engine = painter ? painter->paintEngine() : nullptr;
    return engine && engine->type() == QPaintEngine::Pdf ? t_current : nullptr;
}

void PdfActualText::drawText(QPainter *painter, const QRectF &rect, int flags, const QString &text)
{
    drawMarked(painter, text, [&] { painter->drawText(rect, flags, text); });
}

void PdfActualText::drawText(QPainter *painter, const QPointF &baseline, const QString &text)
{
    drawMarked(painter, text, [&] { painter->drawText(baseline, text); });
}

void PdfActualText::drawLine(
    QPainter *painter, const QTextLayout &layout, const QTextLine &line, const QPointF &origin)
{
    if (!current(painter))
        return line.draw(painter, origin);
    QString text = layout.text().mid(line.textStart(), line.textLength());
    text.replace(QChar::LineSeparator, u' ');
    drawMarked(painter, text.trimmed(), [&] { line.draw(painter, origin); });
}

bool PdfActualText::needed(QStringView text)
{
    const QList<uint> chars = text.toUcs4();
    // Right-to-left text is drawn in display order, which readers turn back into
    // the typed order themselves; given the typed order, they would turn it round.
    // Its letters' forms and ligatures are in the fonts' maps (presentation forms).
    const auto rightToLeft = [](char32_t c) {
        const QChar::Direction direction = QChar::direction(c);
        return direction == QChar::DirR || direction == QChar::DirAL;
    };
    const auto shaped = [](char32_t c) {
        const QChar::Category category = QChar::category(c);
        return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing || c == 0x200C || c == 0x200D
            || !simpleScript(QChar::script(c));
    };
    return std::none_of(chars.cbegin(), chars.cend(), rightToLeft)
        && std::any_of(chars.cbegin(), chars.cend(), shaped);
}

void PdfActualText::begin(QPainter *painter, const QString &text)
{
    m_texts.append(text);
    drawMark(painter, int(m_texts.size()), 1);
}

void PdfActualText::end(QPainter *painter)
{
    drawMark(painter, 1, 2);
}

bool PdfActualText::addTo(PdfUpdate &update) const
{
    if (!update.isValid())
        return false;
    if (m_texts.isEmpty())
        return true;
    bool ok = true;
    for (const int number : update.contentStreams()) {
        const std::optional<QByteArray> content = update.streamData(number);
        if (!content) {
            ok = false;
            continue;
        }
        if (!content->contains(kMarkPrefix))
            continue;
        QByteArray out;
        out.reserve(content->size() + 1024);
        qsizetype from = 0;
        bool open = false;
        bool paired = true;
        for (qsizetype at = content->indexOf(kMarkPrefix); at >= 0 && paired;
             at = content->indexOf(kMarkPrefix, at + 1)) {
            int width = 0, height = 0;
            qsizetype end = 0;
            if (!readMark(*content, at, &width, &height, &end))
                continue;
            out += content->mid(from, at - from);
            if (height == 1 && !open && width <= m_texts.size()) {
                out += "/Span << /ActualText " + PdfUpdate::textString(m_texts.at(width - 1))
                    + " >> BDC";
                open = true;
            } else if (height == 2 && width == 1 && open) {
                out += "EMC";
                open = false;
            } else {
                paired = false;
            }
            from = end;
        }
        if (!paired || open)
            continue;
        out += content->mid(from);
        update.replaceStream(number, out);
    }
    return ok;
}

} // namespace accord
