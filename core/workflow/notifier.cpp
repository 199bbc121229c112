// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifier.h"

#include "core/domain/idgenerator.h"
#include "core/domain/message.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/database.h"
#include "core/storage/requestrepository.h"
#include "core/storage/notificationstore.h"
#include "core/text/desktranslations.h"
#include "core/util/tr.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>


namespace CivicDesk {
namespace {

/// The message code of each kind: part of the data, never renamed ("received" was "confirmation" first).
QString messageCode(Notifier::Kind k)
{
    return k == Notifier::Kind::Confirmation ? QStringLiteral("notify.confirmation") : QStringLiteral("notify.") + MessageTemplates::code(k);
}

const char *kindCode(Notifier::Kind k)
{
    switch (k) {
    case Notifier::Kind::Confirmation:
    case Notifier::Kind::Linked: return "confirmation";
    case Notifier::Kind::Survey: return "survey";
    default: return "progress";
    }
}

} // namespace

QString Notifier::text(Kind kind, const QString &language, const QString &tracking, const QString &typeName, const QString &detail) const
{
    MessageTemplates::Values v = MessageTemplates::sample(m_tenant.name, language, kind);
    v.tracking = tracking;
    v.type = typeName;
    v.reason = detail;
    v.address.clear();
    v.deadline.clear();
    return MessageTemplates::fill(TemplateBook(m_db, m_tenant).current(kind, language, QStringLiteral("sms")).body, v);
}

Result<QString> Notifier::queue(const QString &citizenId, const QString &requestId, Kind kind, const QString &detail,
                                const QString &actor, qint64 now)
{
    if (citizenId.isEmpty())
        return QString();
    const std::optional<Citizen> citizen = CitizenRepository(m_db).get(citizenId);
    if (!citizen)
        return QString();
    auto granted = [&](ContactChannel ch) {
        return std::any_of(citizen->consents.begin(), citizen->consents.end(), [&](const Consent &c) { return c.channel == ch && c.granted; });
    };
    QString channel, address;
    if (granted(ContactChannel::Sms)) {
        for (const CitizenPhone &p : citizen->phones) {
            if (p.valid && !p.e164.isEmpty()) {
                channel = QStringLiteral("sms");
                address = p.e164;
                break;
            }
        }
    }
    if (channel.isEmpty() && granted(ContactChannel::Email) && !citizen->emails.isEmpty()) {
        channel = QStringLiteral("email");
        address = citizen->emails.front().address;
    }
    if (channel.isEmpty())
        return QString();
    RequestRepository requests(m_db);
    const std::optional<ServiceRequest> r = requests.get(requestId);
    if (!r)
        return QString();
    const QString language = !citizen->preferredLanguage.isEmpty() ? citizen->preferredLanguage : m_tenant.languages.value(0, QStringLiteral("en"));
    const std::optional<ServiceType> type = CatalogueRepository(m_db).type(r->serviceTypeId);
    MessageTemplates::Values v;
    v.municipality = m_tenant.name;
    v.tracking = r->trackingNumber;
    v.type = type ? type->name.best(language) : QString();
    v.address = r->address;
    v.status = wordsIn(language, sourceName(r->status));
    if (r->dueAt > 0) {
        const QTimeZone zone(m_tenant.timeZone.toUtf8());
        v.deadline = QLocale(language).toString(QDateTime::fromMSecsSinceEpoch(r->dueAt, zone.isValid() ? zone : QTimeZone::utc()).date(),
                                                QLocale::ShortFormat);
    }
    v.reason = kind == Kind::Survey ? QString() : detail;
    v.surveyLink = MessageTemplates::surveyLink(r->id);
    const MessageTemplates::Rendered rendered = MessageTemplates::render(TemplateBook(m_db, m_tenant).current(kind, language, channel), v);
    NotificationStore::Queued n;
    n.id = newRowId(now);
    n.tenantId = m_tenant.id;
    n.citizenId = citizen->id;
    n.requestId = requestId;
    n.channel = channel;
    n.address = address;
    n.kind = QString::fromLatin1(kindCode(kind));
    n.language = language;
    n.body = rendered.text;
    n.subject = rendered.subject;
    n.html = rendered.html;
    n.message = Message{messageCode(kind), {r->trackingNumber, r->serviceTypeId, kind == Kind::Survey ? v.surveyLink : detail}};
    n.at = now;
    n.actor = actor;
    if (Status st = NotificationStore(m_db).queue(n); !st)
        return st.error();
    RequestEvent e{newRowId(now), requestId, EventKind::Notification, now, actor, QString::fromLatin1(kindCode(kind)), channel, rendered.text};
    if (Status st = requests.appendEvent(e); !st)
        return st.error();
    return channel;
}

} // namespace CivicDesk
