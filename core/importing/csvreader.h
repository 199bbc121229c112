// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QHash>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace CivicDesk {

/// Reads RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes) as UTF-8, one record at a time,
/// and says on which line each record starts, so import reports can point at the line.
class CsvReader
{
public:
    explicit CsvReader(QIODevice *device, QChar separator = u',');

    /// Reads the next record; false at the end of the input.
    bool next();
    const QStringList &fields() const { return m_fields; }
    /// Line (1-based) on which the current record starts.
    int line() const { return m_recordLine; }
    /// Empty, or why the current record is malformed (an unterminated quote).
    QString problem() const { return m_problem; }

private:
    bool readLine(QString *line);

    QIODevice *m_device;
    QChar m_separator;
    QStringList m_fields;
    int m_line = 0;
    int m_recordLine = 0;
    QString m_problem;
    bool m_first = true;
};

/// The header record of a CSV file: which column holds which field (names compared case-insensitively).
class CsvHeader
{
public:
    /// Reads the first record of @p csv as the header; an Error if the file is empty or lacks @p required.
    static Result<CsvHeader> read(CsvReader &csv, const QStringList &required);

    int size() const { return int(m_columns.size()); }
    /// The trimmed value of column @p name in @p fields, or empty.
    QString value(const QStringList &fields, const char *name) const;

private:
    QHash<QString, int> m_columns;
};

} // namespace CivicDesk
