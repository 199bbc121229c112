// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

} // namespace CivicDesk
