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
    /// Line on which it ends (after line() when a quoted field holds line breaks).
    int lastLine() const { return m_line; }
    /// Empty, or why the current record is malformed (an unterminated quote).
    QString problem() const { return m_problem; }
    /// What was repaired in the current record, each with its line: NUL bytes removed, bytes that are not UTF-8
    /// replaced by U+FFFD.
    struct Repair
    {
        int line = 0;
        QString what;
    };
    const QList<Repair> &repairs() const { return m_repairs; }
    /// The current record spans several lines but should not have (a quote opened and never closed on its
    /// line): its lines after the first are read again as records of their own, so none is lost.
    void rereadAfterFirstLine();

private:
    struct Raw
    {
        QByteArray bytes;
        int line = 0;
    };
    bool readLine(QString *line);

    QIODevice *m_device;
    QChar m_separator;
    QStringList m_fields;
    int m_physical = 0; ///< lines taken from the device
    int m_line = 0;     ///< the line last read (of the device or read again)
    int m_recordLine = 0;
    QString m_problem;
    bool m_first = true;
    QList<Raw> m_recordLines; ///< the current record's lines, as read
    QList<Raw> m_pending;     ///< lines to read again before the device's next
    QList<Repair> m_repairs;
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
