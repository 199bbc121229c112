// SPDX-License-Identifier: GPL-3.0-or-later
#include "deferredcounting.h"

#include "database.h"
#include "sqliteaccess.h"
#include "sqlitestatement.h"
#include "statement.h"

#include <QFile>

namespace CivicDesk {

DeferredCounting::DeferredCounting(Database &db)
    : m_db(db)
{
    Statement last(m_db, "SELECT ifnull(max(rowid), 0) FROM service_request");
    m_fromRowid = last.step() ? last.int64(0) : 0;
    m_db.m_counting = false;
}

DeferredCounting::~DeferredCounting()
{
    m_db.m_counting = true;
}

Status DeferredCounting::finish()
{
    if (!m_active)
        return {};
    m_active = false;
    m_db.m_counting = true;
    static const QString script = [] {
        QFile f(QStringLiteral(":/civicdesk/sql/summary_add.sql"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }();
    if (script.isEmpty())
        return Error{QStringLiteral("db.resource"), QStringLiteral("summary_add.sql is missing from the program")};
    return m_db.exec(QString(script).replace(QLatin1String(":from"), QString::number(m_fromRowid)));
}

} // namespace CivicDesk
