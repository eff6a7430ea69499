// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QPainter;
class QPointF;
class QRectF;
class QTextLayout;
class QTextLine;

namespace accord {

class PdfUpdate;

// Text in a PDF that reads back as it was typed, in every script.
//
// Qt's PDF writer tells a reader which characters a glyph stands for from the
// font's character map alone. A glyph the shaper made of several characters (a
// Devanagari conjunct such as "प्र", the Arabic lam-alef, a Thai vowel moved
// under a tone mark) has no entry there, so copying or searching the text loses
// it, and glyphs drawn in another order than the characters (the vowel sign of
// "कि" before its consonant) come out reordered. PDF's answer is a marked-content
// span carrying the text it shows (/ActualText, PDF 1.7 14.9.4), which QPainter
// cannot write. So the painter draws a mark before and after such a line — a
// rectangle far off the page, the number of the text in its width — and once the
// PDF is written, addTo() turns each pair of marks into
// "/Span << /ActualText (text) >> BDC … EMC" in the page's content stream.
//
// While a Scope is alive, text drawn on a PDF painter of the same thread
// through drawText() (figures) or by the document's painter (ReportPainter) is
// marked for this object; without one, drawText() is QPainter's.
class PdfActualText {
public:
    class Scope {
    public:
        explicit Scope(PdfActualText *marks);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        PdfActualText *m_previous;
    };
    // The marks of the PDF being painted on this thread, or nullptr.
    static PdfActualText *current(const QPainter *painter);

    // QPainter::drawText, marked when current() wants it.
    static void drawText(QPainter *painter, const QRectF &rect, int flags, const QString &text);
    static void drawText(QPainter *painter, const QPointF &baseline, const QString &text);
    // QTextLine::draw, marked with the line's text when current() wants it.
    static void drawLine(
        QPainter *painter, const QTextLayout &layout, const QTextLine &line, const QPointF &origin);

    // Whether text extraction needs the span for `text`: it has characters of a
    // script that is shaped (the Indic scripts, Thai, Khmer, …), combining marks
    // or joiners. Latin, Greek, Cyrillic and CJK read back as they are, and so
    // does right-to-left text (see needed()); they are left alone.
    static bool needed(QStringView text);

    // What the painter draws between begin() and end() reads as `text`.
    void begin(QPainter *painter, const QString &text);
    void end(QPainter *painter);
    bool isEmpty() const { return m_texts.isEmpty(); }

    // Replaces the marks in the pages' content streams with the spans. A content
    // stream whose marks do not pair up is left as it is (the marks draw nothing
    // on the page); false when the PDF or one of its pages could not be read.
    bool addTo(PdfUpdate &update) const;

private:
    QStringList m_texts;
};

} // namespace accord
