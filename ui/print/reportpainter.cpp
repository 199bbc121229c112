// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpainter.h"

#include "core/util/tr.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace CivicDesk {
namespace {

struct Line
{
    enum class Kind { Row, Group, Subtotal, Total, Empty } kind = Kind::Row;
    const QStringList *cells = nullptr;
    QString text;
};

} // namespace

QImage ReportHeader::logoOf(const QString &configuredPath)
{
    QImage logo;
    if (!configuredPath.isEmpty())
        logo.load(configuredPath);
    if (logo.isNull())
        logo.load(QStringLiteral(":/civicdesk/icons/civicdesk.png"));
    return logo;
}

int ReportPainter::paint(QPagedPaintDevice *device, const ReportTable &table, const ReportHeader &header)
{
    QPainter painter(device);
    const QRectF page = QRectF(0, 0, device->width(), device->height());
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
    painter.setFont(base);
    const QFontMetricsF fm(base, device);
    const double rowHeight = fm.height() * 1.35;
    const double pad = fm.averageCharWidth() * 0.6;

    // The lines to print, in order.
    QList<Line> lines;
    for (const ReportTable::Group &g : table.groups) {
        if (table.groups.size() > 1 || !g.subtotal.isEmpty())
            lines.append({Line::Kind::Group, nullptr, g.name});
        for (const QStringList &r : g.rows)
            lines.append({Line::Kind::Row, &r, {}});
        if (!g.subtotal.isEmpty())
            lines.append({Line::Kind::Subtotal, &g.subtotal, {}});
    }
    if (table.isEmpty())
        lines.append({Line::Kind::Empty, nullptr, Tr::tr("No requests match these parameters.")});
    else if (!table.total.isEmpty())
        lines.append({Line::Kind::Total, &table.total, {}});

    // Column widths from the headings and a sample of the rows, fitted to the page.
    const int columns = int(table.columns.size());
    QList<double> widths(columns, 0);
    auto measure = [&](const QStringList &cells, const QFontMetricsF &metrics) {
        for (int c = 0; c < columns; ++c)
            widths[c] = std::max(widths[c], metrics.horizontalAdvance(cells.value(c)) + 3 * pad);
    };
    measure(table.columns, QFontMetricsF(bold, device)); // headings and totals are bold
    measure(table.total, QFontMetricsF(bold, device));
    int sampled = 0;
    for (const Line &l : std::as_const(lines)) {
        if (l.cells && sampled++ < 400)
            measure(*l.cells, fm);
    }
    // Too wide for the page: the widest columns give way first, so that short ones (numbers, dates) stay whole.
    auto total = [&] {
        double sum = 0;
        for (double w : std::as_const(widths))
            sum += w;
        return sum;
    };
    for (int guard = 0; guard < 1000 && total() > page.width() && columns > 0; ++guard) {
        int widest = 0;
        for (int c = 1; c < columns; ++c)
            if (widths[c] > widths[widest])
                widest = c;
        double second = 0;
        for (int c = 0; c < columns; ++c)
            if (c != widest)
                second = std::max(second, widths[c]);
        const double excess = total() - page.width();
        widths[widest] = std::max({second, widths[widest] - excess, fm.averageCharWidth() * 4});
        if (widths[widest] == second && second <= fm.averageCharWidth() * 4)
            break;
    }

    // The first page carries the header block.
    const double headerHeight = QFontMetricsF(big, device).height() * 1.4 + QFontMetricsF(title, device).height() * 1.6 +
        rowHeight * double(table.parameters.size() + 2);
    const double footer = rowHeight * 1.5;
    const int firstPageRows = std::max(1, int((page.height() - headerHeight - footer) / rowHeight) - 1);
    const int otherPageRows = std::max(1, int((page.height() - footer) / rowHeight) - 1);
    const int pages = lines.size() <= firstPageRows ? 1 : 1 + int((lines.size() - firstPageRows + otherPageRows - 1) / otherPageRows);

    auto drawCells = [&](double y, const QStringList &cells, const QFont &font, const QColor &fill) {
        if (fill.isValid())
            painter.fillRect(QRectF(0, y, page.width(), rowHeight), fill);
        painter.setFont(font);
        const QFontMetricsF m(font, device);
        double x = 0;
        for (int c = 0; c < columns; ++c) {
            const QString text = m.elidedText(cells.value(c), Qt::ElideRight, widths[c] - 2 * pad);
            painter.drawText(QRectF(x + pad, y, widths[c] - 2 * pad, rowHeight), Qt::AlignVCenter | Qt::AlignLeft, text);
            x += widths[c];
        }
        painter.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 0));
        painter.drawLine(QPointF(0, y + rowHeight), QPointF(page.width(), y + rowHeight));
        painter.setPen(Qt::black);
    };

    qsizetype next = 0;
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device->newPage();
        double y = 0;
        if (p == 0) {
            if (!header.logo.isNull()) {
                const double side = QFontMetricsF(big, device).height() * 1.4 + QFontMetricsF(title, device).height() * 1.6;
                const QSizeF size = QSizeF(header.logo.size()).scaled(QSizeF(side * 2, side), Qt::KeepAspectRatio);
                painter.drawImage(QRectF(page.width() - size.width(), 0, size.width(), size.height()), header.logo);
            }
            painter.setFont(big);
            painter.drawText(QRectF(0, y, page.width(), QFontMetricsF(big, device).height() * 1.4), Qt::AlignLeft | Qt::AlignVCenter, header.municipality);
            y += QFontMetricsF(big, device).height() * 1.4;
            painter.setFont(title);
            painter.drawText(QRectF(0, y, page.width(), QFontMetricsF(title, device).height() * 1.6), Qt::AlignLeft | Qt::AlignVCenter, table.title);
            y += QFontMetricsF(title, device).height() * 1.6;
            painter.setFont(base);
            for (const QString &line : table.parameters) {
                painter.drawText(QRectF(0, y, page.width(), rowHeight), Qt::AlignLeft | Qt::AlignVCenter, line);
                y += rowHeight;
            }
            painter.drawText(QRectF(0, y, page.width(), rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             Tr::tr("Printed %1 by %2").arg(header.printedAt, header.printedBy));
            y += rowHeight * 2;
        }
        if (!table.isEmpty())
            drawCells(y, table.columns, bold, QColor(0xdd, 0xe6, 0xf0));
        y += rowHeight;
        const int capacity = p == 0 ? firstPageRows : otherPageRows;
        for (int i = 0; i < capacity && next < lines.size(); ++i, ++next) {
            const Line &l = lines[next];
            switch (l.kind) {
            case Line::Kind::Row: drawCells(y, *l.cells, base, QColor()); break;
            case Line::Kind::Subtotal: drawCells(y, *l.cells, italic, QColor()); break;
            case Line::Kind::Total: drawCells(y, *l.cells, bold, QColor(0xee, 0xee, 0xee)); break;
            case Line::Kind::Group:
                painter.fillRect(QRectF(0, y, page.width(), rowHeight), QColor(0xe8, 0xe8, 0xe8));
                painter.setFont(bold);
                painter.drawText(QRectF(pad, y, page.width() - pad, rowHeight), Qt::AlignVCenter | Qt::AlignLeft, l.text);
                break;
            case Line::Kind::Empty:
                painter.setFont(big);
                painter.drawText(QRectF(0, y, page.width(), rowHeight * 2), Qt::AlignVCenter | Qt::AlignLeft, l.text);
                break;
            }
            y += rowHeight;
        }
        painter.setFont(base);
        painter.drawText(QRectF(0, page.height() - footer, page.width(), footer), Qt::AlignBottom | Qt::AlignRight,
                         Tr::tr("Page %1 of %2").arg(p + 1).arg(pages));
    }
    return pages;
}

Status ReportPainter::writePdf(const QString &path, const ReportTable &table, const ReportHeader &header)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("report.write"), Tr::tr("Cannot write %1: %2").arg(path, file.errorString())};
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(table.title);
        pdf.setCreator(QStringLiteral("CivicDesk"));
        pdf.setResolution(300);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        paint(&pdf, table, header);
    }
    if (!file.commit())
        return Error{QStringLiteral("report.write"), Tr::tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace CivicDesk
