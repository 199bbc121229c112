// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include "core/util/tr.h"

#include <QStringDecoder>

namespace CivicDesk {

CsvReader::CsvReader(QIODevice *device, QChar separator)
    : m_device(device)
    , m_separator(separator)
{
}

bool CsvReader::readLine(QString *line)
{
    Raw raw;
    if (!m_pending.isEmpty()) {
        raw = m_pending.takeFirst();
    } else {
        if (m_device->atEnd())
            return false;
        raw.bytes = m_device->readLine();
        raw.line = ++m_physical;
        while (raw.bytes.endsWith('\n') || raw.bytes.endsWith('\r'))
            raw.bytes.chop(1);
        if (m_first) {
            m_first = false;
            if (raw.bytes.startsWith("\xEF\xBB\xBF"))
                raw.bytes.remove(0, 3); // byte order mark
        }
    }
    m_line = raw.line;
    m_recordLines.append(raw);
    QByteArray bytes = raw.bytes;
    if (bytes.contains('\0')) {
        bytes.replace(QByteArray(1, '\0'), QByteArray());
        m_repairs.append({raw.line, Tr::tr("NUL bytes removed")});
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *line = utf8(bytes);
    if (utf8.hasError())
        m_repairs.append({raw.line, Tr::tr("bytes that are not UTF-8 replaced by \uFFFD (the file may be in another encoding)")});
    return true;
}

void CsvReader::rereadAfterFirstLine()
{
    const QList<Raw> rest = m_recordLines.mid(1);
    m_pending = rest + m_pending;
    m_line = m_recordLine;
    m_recordLines = m_recordLines.mid(0, 1);
}

bool CsvReader::next()
{
    m_fields.clear();
    m_problem.clear();
    m_repairs.clear();
    m_recordLines.clear();
    QString line;
    do {
        if (!readLine(&line))
            return false;
        if (line.trimmed().isEmpty()) { // blank lines are no records
            m_recordLines.clear();
            m_repairs.clear();
        }
    } while (line.trimmed().isEmpty());
    m_recordLine = m_line;

    QString field;
    bool quoted = false;
    qsizetype i = 0;
    for (;;) {
        if (i >= line.size()) {
            if (quoted) {
                QString more;
                if (!readLine(&more)) {
                    m_problem = Tr::tr("a quoted field opened on line %1 is never closed (the file ends on line %2)").arg(m_recordLine).arg(m_line);
                    m_fields.append(field);
                    return true;
                }
                field += u'\n';
                line = more;
                i = 0;
                continue;
            }
            m_fields.append(field);
            return true;
        }
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < line.size() && line.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == m_separator) {
            m_fields.append(field);
            field.clear();
        } else {
            field += c;
        }
        ++i;
    }
}

Result<CsvHeader> CsvHeader::read(CsvReader &csv, const QStringList &required)
{
    if (!csv.next())
        return Error{QStringLiteral("import.empty"), Tr::tr("The file is empty.")};
    CsvHeader header;
    for (int i = 0; i < csv.fields().size(); ++i)
        header.m_columns.insert(csv.fields().at(i).trimmed().toLower(), i);
    QStringList missing;
    for (const QString &c : required) {
        if (!header.m_columns.contains(c.trimmed().toLower())) // column names match whatever their case
            missing.append(c);
    }
    if (!missing.isEmpty()) {
        QStringList present;
        for (const QString &f : csv.fields())
            present.append(f.trimmed());
        return Error{QStringLiteral("import.columns"), Tr::tr("The file lacks the columns %1; its columns are: %2.")
                                                           .arg(missing.join(QLatin1String(", ")), present.join(QLatin1String(", ")))};
    }
    return header;
}

QString CsvHeader::value(const QStringList &fields, const char *name) const
{
    const int i = m_columns.value(QLatin1String(name), -1);
    return i >= 0 && i < fields.size() ? fields.at(i).trimmed() : QString();
}

} // namespace CivicDesk
