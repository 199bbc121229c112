// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/report.h"

#include <QImage>
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

    /// The logo of @p db: the image file named by its local setting "report.logo", else the CivicDesk emblem.
    static QImage logoOf(const QString &configuredPath);
};

/// Paints a report onto pages (a PDF writer or a printer): the municipality, title, parameters, date and user
/// on the first page; the column headings again on every page; group headings, subtotals and totals; "page n
/// of m" at the foot. Rows are laid out directly with QPainter, so ten thousand of them take seconds, not the
/// minutes a rich-text table would.
class ReportPainter
{
public:
    /// Paints @p table; returns the number of pages.
    static int paint(QPagedPaintDevice *device, const ReportTable &table, const ReportHeader &header);
    /// Writes @p table as a PDF file, completely or not at all.
    static Status writePdf(const QString &path, const ReportTable &table, const ReportHeader &header);
};

} // namespace CivicDesk
