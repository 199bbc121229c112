// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffnotifier.h"

#include "core/domain/enums.h"
#include "core/domain/idgenerator.h"
#include "core/domain/messagetext.h"
#include "core/storage/database.h"
#include "core/storage/notificationstore.h"
#include "core/storage/organisationrepository.h"
#include "core/text/desktranslations.h"

#include <QRegularExpression>

namespace CivicDesk {

bool StaffNotifier::isFor(const User &u, const AlertStore::Row &alert)
{
    if (!u.active)
        return false;
    if (!alert.recipientId.isEmpty())
        return u.id == alert.recipientId;
    if (toCode(u.role) != alert.recipientRole)
        return false;
    const bool departmental = u.role == Role::DepartmentStaff || u.role == Role::DepartmentHead;
    return !departmental || alert.departmentId.isEmpty() || u.departmentId == alert.departmentId;
}

bool StaffNotifier::isAddress(const QString &email)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>.]{2,}$"));
    return address.match(email).hasMatch();
}

Result<int> StaffNotifier::alerted(const AlertStore::Row &alert, const QString &actor, qint64 now)
{
    OrganisationRepository org(m_db);
    if (!m_users)
        m_users = org.users();
    std::optional<Tenant> tenant;
    int queued = 0;
    for (const User &u : std::as_const(*m_users)) {
        if (!u.notifyByEmail || !isAddress(u.email) || !isFor(u, alert))
            continue;
        if (!tenant)
            tenant = org.tenant(alert.tenantId);
        const QString language = tenant ? tenant->languages.value(0, QStringLiteral("en")) : QStringLiteral("en");
        const QString tracking = alert.message.args.value(0);
        NotificationStore::Queued n;
        n.id = newRowId(now);
        n.tenantId = alert.tenantId;
        n.userId = u.id;
        n.requestId = alert.requestId;
        n.channel = QStringLiteral("email");
        n.address = u.email;
        n.kind = QStringLiteral("staff");
        n.language = language;
        n.body = MessageText::renderIn(alert.message, catalogueOf(language));
        n.subject = (tenant ? tenant->name + QStringLiteral(" · ") : QString()) + tracking;
        n.message = alert.message;
        n.at = now;
        n.actor = actor;
        if (Status st = NotificationStore(m_db).queue(n); !st)
            return st.error();
        ++queued;
    }
    return queued;
}

} // namespace CivicDesk
