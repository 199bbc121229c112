// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include "core/util/tr.h"

namespace CivicDesk {

CsvReader::CsvReader(QIODevice *device, QChar separator)
    : m_device(device)
    , m_separator(separator)
{
}

bool CsvReader::readLine(QString *line)
{
    if (m_device->atEnd())
        return false;
    QByteArray raw = m_device->readLine();
    ++m_line;
    while (raw.endsWith('\n') || raw.endsWith('\r'))
        raw.chop(1);
    if (m_first) {
        m_first = false;
        if (raw.startsWith("\xEF\xBB\xBF"))
            raw.remove(0, 3); // byte order mark
    }
    *line = QString::fromUtf8(raw);
    return true;
}

bool CsvReader::next()
{
    m_fields.clear();
    m_problem.clear();
    QString line;
    do {
        if (!readLine(&line))
            return false;
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
                    m_problem = Tr::tr("a quoted field is not closed before the end of the file");
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
        if (!header.m_columns.contains(c))
            missing.append(c);
    }
    if (!missing.isEmpty())
        return Error{QStringLiteral("import.columns"), Tr::tr("The file lacks the columns %1.").arg(missing.join(QLatin1String(", ")))};
    return header;
}

QString CsvHeader::value(const QStringList &fields, const char *name) const
{
    const int i = m_columns.value(QLatin1String(name), -1);
    return i >= 0 && i < fields.size() ? fields.at(i).trimmed() : QString();
}

} // namespace CivicDesk
