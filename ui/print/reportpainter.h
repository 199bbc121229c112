// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/report.h"
#include "core/util/result.h"

#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;

namespace CivicDesk {

/// What goes at the top of a printed report besides the table.
struct ReportHeader
{
    QString municipality;
    QString printedBy;
    QString printedAt;
    QImage logo; ///< the municipality's logo, top right of the first page (none: left out)
    QString lines; ///< under the municipality's name on the first page: the office, its address (one per line)

    /// The logo kept in the file (ReportSetStore::logo()), else the CivicDesk emblem.
    static QImage logoOf(const QByteArray &kept);
    /// The image file @p path made ready to keep as a logo: read, at most 800 × 400 pixels, as PNG; a file that
    /// is not an image is an error saying so.
    static Result<QByteArray> logoFromFile(const QString &path);
};

/// Paints a report onto pages (a PDF writer or a printer): the municipality, title, parameters, the executive
/// summary and its chart on the first page; the column headings again on every page; group headings,
/// subtotals and totals; who printed it and "page n of m" at the foot of every page. The page is turned to
/// portrait or landscape from the content; column widths come from the content, numbers are right-aligned,
/// and text that does not fit is wrapped onto more lines, never cut. Rows are laid out directly with
/// QPainter, so ten thousand of them take seconds, not the minutes a rich-text table would.
class ReportPainter
{
public:
    /// Every piece of text drawn, with the box it was given: what a test reads to check that nothing leaves
    /// the page or its box.
    struct Trace
    {
        struct Text
        {
            QRectF box;
            QString text;
            double width = 0; ///< the text's advance in the font it was drawn with
        };
        QRectF page;
        bool landscape = false;
        int pages = 0;
        QList<Text> texts;
    };
    /// Paints @p table (turning @p device's pages as the content needs); returns the number of pages.
    static int paint(QPagedPaintDevice *device, const ReportTable &table, const ReportHeader &header, Trace *trace = nullptr);
    /// Writes @p table as a PDF file, completely or not at all.
    static Status writePdf(const QString &path, const ReportTable &table, const ReportHeader &header, Trace *trace = nullptr);
};

} // namespace CivicDesk
