// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpainter.h"

#include "core/util/tr.h"

#include <QBuffer>
#include <QDir>
#include <QFontMetricsF>
#include <QImageReader>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

namespace CivicDesk {
namespace {

/// @p text in lines no wider than @p width: broken between words, and inside a word only when the word alone
/// is wider.
QStringList wrap(const QString &text, const QFontMetricsF &fm, double maxWidth)
{
    const double width = maxWidth + 0.5; // what a column measured for its longest word must take that word
    if (fm.horizontalAdvance(text) <= width)
        return {text};
    QStringList lines;
    QString line;
    for (QString word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + u' ' + word;
        if (fm.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        if (!line.isEmpty())
            lines.append(line);
        line.clear();
        while (word.size() > 1 && fm.horizontalAdvance(word) > width) {
            qsizetype n = word.size() - 1;
            while (n > 1 && fm.horizontalAdvance(word.left(n)) > width)
                --n;
            lines.append(word.left(n));
            word = word.mid(n);
        }
        line = word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines.isEmpty() ? QStringList{QString()} : lines;
}

double widestWord(const QString &text, const QFontMetricsF &fm)
{
    double w = 0;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
        w = std::max(w, fm.horizontalAdvance(word));
    return w;
}

/// One line of the table as laid out: its cells' lines, its height, and the page it falls on.
struct Line
{
    enum class Kind { Row, Group, Subtotal, Total, Empty, Note } kind = Kind::Row;
    QList<QStringList> cells; ///< per column, its lines
    double height = 0;
    int page = 0;
    double y = 0;
};

/// A round upper bound for a chart's axis: 1, 2 or 5 times a power of ten.
double niceMaximum(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0, 10.0})
        if (step * magnitude >= value)
            return step * magnitude;
    return 10 * magnitude;
}

class Painter
{
public:
    Painter(QPagedPaintDevice *device, ReportPainter::Trace *trace)
        : m_device(device)
        , m_trace(trace)
    {
    }
    QPainter painter;

    void text(const QRectF &box, int flags, const QString &s, const QFont &font)
    {
        painter.setFont(font);
        painter.drawText(box, flags, s);
        if (m_trace)
            m_trace->texts.append({painter.transform().mapRect(box), s, QFontMetricsF(font, m_device).horizontalAdvance(s)});
    }

private:
    QPagedPaintDevice *m_device;
    ReportPainter::Trace *m_trace;
};

} // namespace

QImage ReportHeader::logoOf(const QByteArray &kept)
{
    QImage logo;
    if (!kept.isEmpty())
        logo.loadFromData(kept);
    if (logo.isNull())
        logo.load(QStringLiteral(":/civicdesk/icons/civicdesk.png"));
    return logo;
}

Result<QByteArray> ReportHeader::logoFromFile(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull())
        return Error{QStringLiteral("report.logo"), Tr::tr("%1 is not an image CivicDesk can read (%2). Use a PNG, JPEG or SVG file.")
                                                        .arg(QDir::toNativeSeparators(path), reader.errorString())};
    if (image.width() > 800 || image.height() > 400)
        image = image.scaled(800, 400, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return Error{QStringLiteral("report.logo"), Tr::tr("The image %1 could not be kept as a logo.").arg(QDir::toNativeSeparators(path))};
    return png;
}

int ReportPainter::paint(QPagedPaintDevice *device, const ReportTable &table, const ReportHeader &header, Trace *trace)
{
    QFont base(QStringLiteral("Noto Sans"));
    base.setPointSizeF(8);
    QFont bold = base;
    bold.setBold(true);
    QFont italic = base;
    italic.setItalic(true);
    QFont title = base;
    title.setPointSizeF(14);
    title.setBold(true);
    QFont big = base;
    big.setPointSizeF(11);
    big.setBold(true);
    QFont summaryFont = base;
    summaryFont.setPointSizeF(9);
    const QFontMetricsF fm(base, device);
    const QFontMetricsF fmBold(bold, device);
    const QFontMetricsF fmSummary(summaryFont, device);
    const double lineHeight = fm.height();
    const double pad = fm.averageCharWidth() * 0.6;
    const double rowPad = lineHeight * 0.35;
    const int columns = int(table.columns.size());
    auto kindOf = [&](int c) { return table.columnKinds.value(c, ColumnKind::Text); };

    // What each column would take whole, and the least a text column can take (its longest word).
    QList<double> natural(columns, 0), least(columns, 0);
    auto measure = [&](const QStringList &cells, const QFontMetricsF &metrics) {
        for (int c = 0; c < columns; ++c) {
            natural[c] = std::max(natural[c], metrics.horizontalAdvance(cells.value(c)) + 2 * pad);
            least[c] = std::max(least[c], kindOf(c) == ColumnKind::Text ? widestWord(cells.value(c), metrics) + 2 * pad : natural[c]);
        }
    };
    for (int c = 0; c < columns; ++c) // headings wrap between words, whatever the column
        least[c] = std::max(least[c], widestWord(table.columns.value(c), fmBold) + 2 * pad);
    QList<double> headingNatural(columns, 0);
    for (int c = 0; c < columns; ++c)
        headingNatural[c] = fmBold.horizontalAdvance(table.columns.value(c)) + 2 * pad;
    measure(table.total, fmBold);
    int sampled = 0;
    for (const ReportTable::Group &g : table.groups) {
        for (const QStringList &r : g.rows)
            if (sampled++ < 3000)
                measure(r, fm);
        measure(g.subtotal, fm);
    }
    for (int c = 0; c < columns; ++c) {
        // A heading may take two lines before its column widens for it.
        natural[c] = std::max({natural[c], least[c], std::min(headingNatural[c], std::max(natural[c], headingNatural[c] / 2 + 2 * pad))});
    }
    double naturalSum = 0;
    for (double w : std::as_const(natural))
        naturalSum += w;

    // Portrait when the table fits across it, landscape otherwise.
    QPageLayout layout = device->pageLayout();
    layout.setOrientation(QPageLayout::Portrait);
    const double portraitWidth = layout.paintRectPixels(device->logicalDpiX()).width();
    const bool landscape = naturalSum > portraitWidth;
    device->setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    const QRectF page(0, 0, device->width(), device->height());

    // Column widths: whole when they fit (the spare room to the text columns); otherwise numbers and dates stay
    // whole and the text columns share what is left, in proportion, none below its longest word.
    QList<double> widths = natural;
    double fixed = 0;
    double textNatural = 0;
    for (int c = 0; c < columns; ++c)
        (kindOf(c) == ColumnKind::Text ? textNatural : fixed) += natural[c];
    if (naturalSum <= page.width()) {
        const double spare = page.width() - naturalSum;
        for (int c = 0; c < columns; ++c)
            if (kindOf(c) == ColumnKind::Text && textNatural > 0)
                widths[c] += spare * natural[c] / textNatural;
    } else if (textNatural > 0) {
        const double room = std::max(0.0, page.width() - fixed);
        QList<bool> pinned(columns, false);
        for (int round = 0; round < columns; ++round) {
            double left = room, share = 0;
            for (int c = 0; c < columns; ++c)
                if (kindOf(c) == ColumnKind::Text)
                    pinned[c] ? left -= widths[c] : share += natural[c];
            bool changed = false;
            for (int c = 0; c < columns; ++c) {
                if (kindOf(c) != ColumnKind::Text || pinned[c])
                    continue;
                widths[c] = share > 0 ? left * natural[c] / share : 0;
                if (widths[c] < least[c]) {
                    widths[c] = least[c];
                    pinned[c] = true;
                    changed = true;
                }
            }
            if (!changed)
                break;
        }
        double sum = 0;
        for (double w : std::as_const(widths))
            sum += w;
        if (sum > page.width()) // even the longest words do not fit: every text column gives way, words break
            for (int c = 0; c < columns; ++c)
                if (kindOf(c) == ColumnKind::Text)
                    widths[c] = std::max(fm.averageCharWidth() * 3, widths[c] - (sum - page.width()) * widths[c] / textNatural);
    }

    // The table's lines, wrapped to their columns.
    auto laidOut = [&](Line::Kind kind, const QStringList &cells, const QFontMetricsF &metrics) {
        Line l;
        l.kind = kind;
        int most = 1;
        for (int c = 0; c < columns; ++c) {
            l.cells.append(wrap(cells.value(c), metrics, widths[c] - 2 * pad));
            most = std::max(most, int(l.cells.back().size()));
        }
        l.height = most * lineHeight + rowPad;
        return l;
    };
    const Line headings = laidOut(Line::Kind::Row, table.columns, fmBold);
    QList<Line> lines;
    for (const ReportTable::Group &g : table.groups) {
        if (table.groups.size() > 1 || !g.subtotal.isEmpty()) {
            Line l;
            l.kind = Line::Kind::Group;
            l.cells = {wrap(g.name, fmBold, page.width() - 2 * pad)};
            l.height = double(l.cells.front().size()) * lineHeight + rowPad;
            lines.append(l);
        }
        for (const QStringList &r : g.rows)
            lines.append(laidOut(Line::Kind::Row, r, fm));
        if (!g.subtotal.isEmpty())
            lines.append(laidOut(Line::Kind::Subtotal, g.subtotal, QFontMetricsF(italic, device)));
    }
    if (table.isEmpty()) {
        Line l;
        l.kind = Line::Kind::Empty;
        l.cells = {wrap(Tr::tr("No requests match these parameters."), QFontMetricsF(big, device), page.width())};
        l.height = double(l.cells.front().size()) * QFontMetricsF(big, device).height() * 1.5;
        lines.append(l);
    } else if (!table.total.isEmpty()) {
        lines.append(laidOut(Line::Kind::Total, table.total, fmBold));
    }
    if (!table.cutNote.isEmpty()) { // said again where the list ends
        Line l;
        l.kind = Line::Kind::Note;
        l.cells = {wrap(table.cutNote, fmBold, page.width() - 2 * pad)};
        l.height = double(l.cells.front().size()) * lineHeight + 2 * rowPad;
        lines.append(l);
    }

    // The first page's block: municipality, title, parameters, summary, chart.
    const double bigLine = QFontMetricsF(big, device).height() * 1.4;
    const double titleLine = QFontMetricsF(title, device).height() * 1.6;
    QList<QStringList> titleLines{wrap(table.title, QFontMetricsF(title, device), page.width() * 0.75)};
    // The office's lines under the municipality's name (at most four, each wrapped beside the logo).
    QStringList officeLines;
    for (const QString &l : header.lines.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(0, 4))
        officeLines += wrap(l.trimmed(), fm, page.width() * 0.75);
    QList<QStringList> parameterLines;
    for (const QString &p : table.parameters)
        parameterLines.append(wrap(p, fm, page.width()));
    // Landscape pages put the summary and the chart side by side.
    const ReportChart &chart = table.chart;
    const bool sideBySide = landscape && !chart.isEmpty() && !table.summary.isEmpty();
    const double summaryWidth = sideBySide ? page.width() * 0.42 : page.width();
    const double chartX = sideBySide ? page.width() * 0.46 : 0;
    const double chartWidth = page.width() - chartX;
    QList<QStringList> summaryLines;
    for (const QString &s : table.summary)
        summaryLines.append(wrap(QStringLiteral("• ") + s, fmSummary, summaryWidth));
    const double chartLabelWidth = [&] {
        double w = 0;
        for (const ReportChart::Bar &b : chart.bars)
            w = std::max(w, fm.horizontalAdvance(b.label) + 2 * pad);
        return std::min(w, chartWidth * 0.35);
    }();
    QList<QStringList> barLabels;
    double chartHeight = 0;
    if (!chart.isEmpty()) {
        chartHeight += lineHeight * 2; // title
        for (const ReportChart::Bar &b : chart.bars) {
            barLabels.append(wrap(b.label, fm, chartLabelWidth - 2 * pad));
            chartHeight += std::max(1.3, double(barLabels.back().size()) + 0.3) * lineHeight;
        }
        chartHeight += lineHeight * 2.5; // axis and legend
        if (!chart.note.isEmpty())
            chartHeight += lineHeight * 1.2;
        chartHeight += lineHeight;
    }
    double firstBlock = bigLine + double(officeLines.size()) * lineHeight * 1.2 + double(titleLines.front().size()) * titleLine;
    for (const QStringList &p : std::as_const(parameterLines))
        firstBlock += double(p.size()) * lineHeight * 1.2;
    firstBlock += lineHeight;
    double summaryHeight = 0;
    for (const QStringList &s : std::as_const(summaryLines))
        summaryHeight += double(s.size()) * fmSummary.height() * 1.25;
    if (!summaryLines.isEmpty())
        summaryHeight += lineHeight;
    firstBlock += sideBySide ? std::max(summaryHeight, chartHeight) : summaryHeight + chartHeight;
    const double pageTop = lineHeight * 1.8; // later pages: a running head
    const double footer = lineHeight * 2;

    // Pages: a row never splits; a group heading never ends a page.
    int pageCount = 1;
    double y = firstBlock + headings.height;
    const double bottom = page.height() - footer;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        double need = lines[i].height;
        if (lines[i].kind == Line::Kind::Group && i + 1 < lines.size())
            need += lines[i + 1].height;
        if (y + need > bottom && y > pageTop + headings.height + 1) {
            ++pageCount;
            y = pageTop + headings.height;
        }
        lines[i].page = pageCount - 1;
        lines[i].y = y;
        y += lines[i].height;
    }

    Painter out(device, trace);
    if (!out.painter.begin(device))
        return 0;
    QPainter &painter = out.painter;
    if (trace) {
        trace->page = page;
        trace->landscape = landscape;
        trace->pages = pageCount;
    }
    auto drawRow = [&](double top, const Line &l, const QFont &font, const QColor &fill) {
        if (fill.isValid())
            painter.fillRect(QRectF(0, top, page.width(), l.height), fill);
        double x = 0;
        for (int c = 0; c < columns; ++c) {
            const int align = kindOf(c) == ColumnKind::Number && l.kind != Line::Kind::Group ? Qt::AlignRight : Qt::AlignLeft;
            double lineTop = top + rowPad / 2;
            for (const QString &text : l.cells.value(c)) {
                out.text(QRectF(x + pad, lineTop, widths[c] - 2 * pad, lineHeight), Qt::AlignVCenter | align, text, font);
                lineTop += lineHeight;
            }
            x += widths[c];
        }
        painter.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 0));
        painter.drawLine(QPointF(0, top + l.height), QPointF(page.width(), top + l.height));
        painter.setPen(Qt::black);
    };
    auto drawChart = [&](double top) {
        const double left = chartLabelWidth;
        double valueWidth = 0;
        double maximum = 0;
        const QLocale locale;
        auto valueText = [&](const ReportChart::Bar &b) {
            return chart.percent ? locale.toString(b.parts.value(chart.series.size() == 5 ? 4 : 0), 'f', 0) + QStringLiteral(" %")
                                 : locale.toString(qint64(std::llround(b.parts.value(0))));
        };
        for (const ReportChart::Bar &b : chart.bars) {
            double sum = 0;
            for (double v : b.parts)
                sum += v;
            maximum = std::max({maximum, sum, b.marker.value_or(0)});
            valueWidth = std::max(valueWidth, fm.horizontalAdvance(valueText(b)) + 2 * pad);
        }
        maximum = chart.percent ? 100 : niceMaximum(maximum);
        const double barsWidth = std::max(lineHeight, chartWidth - left - valueWidth);
        out.text(QRectF(0, top, chartWidth, lineHeight * 1.6), Qt::AlignLeft | Qt::AlignVCenter, chart.title, bold);
        double at = top + lineHeight * 2;
        for (qsizetype i = 0; i < chart.bars.size(); ++i) {
            const ReportChart::Bar &b = chart.bars[i];
            const double h = std::max(1.3, double(barLabels[i].size()) + 0.3) * lineHeight;
            double lineTop = at + (h - double(barLabels[i].size()) * lineHeight) / 2;
            for (const QString &label : barLabels[i]) {
                out.text(QRectF(0, lineTop, left - pad, lineHeight), Qt::AlignRight | Qt::AlignVCenter, label, base);
                lineTop += lineHeight;
            }
            double x = left;
            const double barTop = at + h * 0.15;
            const double barHeight = h * 0.7;
            for (qsizetype p = 0; p < b.parts.size(); ++p) {
                const double w = barsWidth * b.parts[p] / maximum;
                painter.fillRect(QRectF(x, barTop, w, barHeight), QColor(chart.colour(p)));
                x += w;
            }
            if (b.marker) {
                const double mx = left + barsWidth * *b.marker / maximum;
                painter.setPen(QPen(Qt::black, fm.averageCharWidth() * 0.3));
                painter.drawLine(QPointF(mx, at + h * 0.05), QPointF(mx, at + h * 0.95));
                painter.setPen(Qt::black);
            }
            out.text(QRectF(left + barsWidth * (chart.percent ? 1.0 : std::max(0.0, (x - left) / barsWidth)) + pad, at, valueWidth - pad, h),
                     Qt::AlignLeft | Qt::AlignVCenter, valueText(b), base);
            at += h;
        }
        // The axis: 0, half and the maximum.
        painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 0));
        painter.drawLine(QPointF(left, at), QPointF(left + barsWidth, at));
        painter.setPen(Qt::black);
        for (double tickAt : {0.0, 0.5, 1.0}) {
            const QString tick = chart.percent ? locale.toString(maximum * tickAt, 'f', 0) + QStringLiteral(" %") : locale.toString(qint64(maximum * tickAt));
            const double w = fm.horizontalAdvance(tick) + 2 * pad;
            const double cx = std::min(left + barsWidth * tickAt - w / 2, chartWidth - w);
            out.text(QRectF(cx, at, w, lineHeight), Qt::AlignCenter, tick, base);
        }
        at += lineHeight * 1.2;
        // The legend.
        double x = left;
        const double square = lineHeight * 0.7;
        for (qsizetype p = 0; p < chart.series.size(); ++p) {
            painter.fillRect(QRectF(x, at + (lineHeight - square) / 2, square, square), QColor(chart.colour(p)));
            const double w = fm.horizontalAdvance(chart.series[p]) + 2 * pad;
            out.text(QRectF(x + square + pad, at, w, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, chart.series[p], base);
            x += square + pad + w + pad * 3;
        }
        if (!chart.markerName.isEmpty()) {
            painter.setPen(QPen(Qt::black, fm.averageCharWidth() * 0.3));
            painter.drawLine(QPointF(x + square / 2, at), QPointF(x + square / 2, at + lineHeight));
            painter.setPen(Qt::black);
            const double w = fm.horizontalAdvance(chart.markerName) + 2 * pad;
            out.text(QRectF(x + square + pad, at, w, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, chart.markerName, base);
        }
        at += lineHeight * 1.3;
        if (!chart.note.isEmpty())
            out.text(QRectF(left, at, fm.horizontalAdvance(chart.note) + 2 * pad, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, chart.note, italic);
    };

    qsizetype next = 0;
    const QString printed = Tr::tr("Printed %1 by %2").arg(header.printedAt, header.printedBy);
    for (int p = 0; p < pageCount; ++p) {
        if (p > 0)
            device->newPage();
        double top = 0;
        if (p == 0) {
            if (!header.logo.isNull()) {
                const double side = bigLine + titleLine;
                const QSizeF size = QSizeF(header.logo.size()).scaled(QSizeF(side * 2, side), Qt::KeepAspectRatio);
                painter.drawImage(QRectF(page.width() - size.width(), 0, size.width(), size.height()), header.logo);
            }
            out.text(QRectF(0, top, page.width() * 0.75, bigLine), Qt::AlignLeft | Qt::AlignVCenter, header.municipality, big);
            top += bigLine;
            for (const QString &t : std::as_const(officeLines)) {
                out.text(QRectF(0, top, page.width() * 0.75, lineHeight * 1.2), Qt::AlignLeft | Qt::AlignVCenter, t, base);
                top += lineHeight * 1.2;
            }
            for (const QString &t : titleLines.front()) {
                out.text(QRectF(0, top, page.width() * 0.75, titleLine), Qt::AlignLeft | Qt::AlignVCenter, t, title);
                top += titleLine;
            }
            for (const QStringList &parameter : std::as_const(parameterLines))
                for (const QString &t : parameter) {
                    out.text(QRectF(0, top, page.width(), lineHeight * 1.2), Qt::AlignLeft | Qt::AlignVCenter, t, base);
                    top += lineHeight * 1.2;
                }
            top += lineHeight;
            const double blockTop = top;
            for (const QStringList &sentence : std::as_const(summaryLines))
                for (const QString &t : sentence) {
                    out.text(QRectF(0, top, summaryWidth, fmSummary.height() * 1.25), Qt::AlignLeft | Qt::AlignVCenter, t, summaryFont);
                    top += fmSummary.height() * 1.25;
                }
            if (!summaryLines.isEmpty())
                top += lineHeight;
            if (sideBySide)
                top = blockTop;
            if (!chart.isEmpty()) {
                painter.save();
                painter.translate(chartX, 0);
                drawChart(top);
                painter.restore();
            }
            top = sideBySide ? blockTop + std::max(summaryHeight, chartHeight) : top + chartHeight;
        } else {
            const QString head = header.municipality.isEmpty() ? table.title : header.municipality + QStringLiteral(" — ") + table.title;
            out.text(QRectF(0, 0, page.width(), lineHeight * 1.4), Qt::AlignLeft | Qt::AlignVCenter,
                     fm.horizontalAdvance(head) <= page.width() ? head : table.title, base);
            top = pageTop;
        }
        if (!table.isEmpty())
            drawRow(top, headings, bold, QColor(0xdd, 0xe6, 0xf0));
        for (; next < lines.size() && lines[next].page == p; ++next) {
            const Line &l = lines[next];
            switch (l.kind) {
            case Line::Kind::Row: drawRow(l.y, l, base, QColor()); break;
            case Line::Kind::Subtotal: drawRow(l.y, l, italic, QColor()); break;
            case Line::Kind::Total: drawRow(l.y, l, bold, QColor(0xee, 0xee, 0xee)); break;
            case Line::Kind::Group:
            case Line::Kind::Note: {
                if (l.kind == Line::Kind::Group)
                    painter.fillRect(QRectF(0, l.y, page.width(), l.height), QColor(0xe8, 0xe8, 0xe8));
                double lineTop = l.y + (l.kind == Line::Kind::Group ? rowPad / 2 : rowPad);
                for (const QString &t : l.cells.front()) {
                    out.text(QRectF(pad, lineTop, page.width() - 2 * pad, lineHeight), Qt::AlignVCenter | Qt::AlignLeft, t, bold);
                    lineTop += lineHeight;
                }
                break;
            }
            case Line::Kind::Empty: {
                const double h = QFontMetricsF(big, device).height();
                double lineTop = l.y;
                for (const QString &t : l.cells.front()) {
                    out.text(QRectF(0, lineTop, page.width(), h * 1.5), Qt::AlignVCenter | Qt::AlignLeft, t, big);
                    lineTop += h * 1.5;
                }
                break;
            }
            }
        }
        const QString pageText = Tr::tr("Page %1 of %2").arg(QLocale().toString(p + 1), QLocale().toString(pageCount));
        const double pageWidth = fm.horizontalAdvance(pageText) + 2 * pad;
        out.text(QRectF(page.width() - pageWidth, page.height() - footer, pageWidth, footer), Qt::AlignBottom | Qt::AlignRight, pageText, base);
        const QString foot = fm.horizontalAdvance(printed) <= page.width() - pageWidth - 2 * pad ? printed : header.printedAt;
        out.text(QRectF(0, page.height() - footer, page.width() - pageWidth - pad, footer), Qt::AlignBottom | Qt::AlignLeft, foot, base);
    }
    return pageCount;
}

Status ReportPainter::writePdf(const QString &path, const ReportTable &table, const ReportHeader &header, Trace *trace)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("report.write"), Tr::tr("Cannot write %1: %2").arg(path, file.errorString())};
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(table.title);
        pdf.setCreator(QStringLiteral("CivicDesk"));
        pdf.setResolution(300);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        paint(&pdf, table, header, trace);
    }
    if (!file.commit())
        return Error{QStringLiteral("report.write"), Tr::tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace CivicDesk
