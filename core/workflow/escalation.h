// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/clock.h"
#include "core/util/result.h"
#include "core/workflow/calendar.h"

#include <QList>
#include <QString>

namespace CivicDesk {

class Database;

/// An alert of the escalation ladder.
struct Alert
{
    QString id;
    QString requestId;
    QString trackingNumber;
    int level = 1;            ///< 1 at risk, 2 breached, 3 management
    QString recipientRole;    ///< "department_staff", "department_head", "supervisor", "administrator"
    QString recipientId;      ///< a person (the assignee), or empty
    QString departmentId;
    QString message;
    qint64 createdAt = 0;
};

/// Runs the escalation ladder: at risk (75 % of the working time used) → the assignee and the department
/// head; breached → the control body (supervisors); breached by a further quarter of the target → management.
/// Each step is an `escalation` event on the request and alerts for those who must act. Steps due while
/// nobody ran the ladder are all taken, in order. The clock is injected so that tests move time.
class EscalationScheduler
{
public:
    EscalationScheduler(Database &db, Clock clock = systemClock());

    /// Takes every step due now (at most @p limit requests per call); returns the number of steps taken.
    Result<int> runOnce(int limit = 500);
    /// Some request has a step due now.
    bool hasDue() const;
    /// Takes the steps due for one request (after a status change); the caller holds no transaction.
    Result<int> runFor(const QString &requestId);

    /// Open alerts for a role (and, for department roles, a department), newest first.
    QList<Alert> openAlerts(const QString &role, const QString &departmentId = {}, int limit = 200) const;
    Status acknowledge(const QString &alertId, const QString &userId);

private:
    Result<int> escalate(const QString &requestId, qint64 now);

    Database &m_db;
    Clock m_clock;
    BusinessCalendar m_calendar;
};

} // namespace CivicDesk
