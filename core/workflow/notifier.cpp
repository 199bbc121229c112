// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifier.h"

#include "core/domain/idgenerator.h"
#include "core/domain/message.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/database.h"
#include "core/storage/requestrepository.h"
#include "core/storage/notificationstore.h"
#include "core/util/tr.h"

#include <QMap>

namespace CivicDesk {
namespace {

/// The message code of each kind: part of the data, never renamed.
const char *messageCode(Notifier::Kind k)
{
    switch (k) {
    case Notifier::Kind::Confirmation: return "notify.confirmation";
    case Notifier::Kind::Linked: return "notify.linked";
    case Notifier::Kind::Resolved: return "notify.resolved";
    case Notifier::Kind::Rejected: return "notify.rejected";
    case Notifier::Kind::Closed: return "notify.closed";
    case Notifier::Kind::Survey: return "notify.survey";
    }
    return "notify.progress";
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

// %1 municipality, %2 tracking number, %3 type, %4 detail (a reason, a link).
const QMap<QString, QList<const char *>> &templates()
{
    static const QMap<QString, QList<const char *>> t{
        {QStringLiteral("en"), {"%1: your request %2 (%3) has been registered. We will keep you informed.",
                                "%1: your report has been added to request %2 (%3), already being handled. We will keep you informed.",
                                "%1: request %2 (%3) has been dealt with. %4",
                                "%1: request %2 (%3) could not be taken further: %4",
                                "%1: request %2 (%3) is closed. Thank you for reporting it.",
                                "%1: how did we do with request %2 (%3)? Rate it in one minute: %4"}},
        {QStringLiteral("el"), {"%1: Το αίτημά σας %2 (%3) καταχωρίστηκε. Θα σας ενημερώνουμε για την πορεία του.",
                                "%1: Η αναφορά σας προστέθηκε στο αίτημα %2 (%3), που ήδη εξετάζεται. Θα σας ενημερώνουμε.",
                                "%1: Το αίτημα %2 (%3) διεκπεραιώθηκε. %4",
                                "%1: Το αίτημα %2 (%3) δεν μπορεί να προχωρήσει: %4",
                                "%1: Το αίτημα %2 (%3) έκλεισε. Σας ευχαριστούμε για την αναφορά.",
                                "%1: Πώς τα πήγαμε με το αίτημα %2 (%3); Αξιολογήστε το σε ένα λεπτό: %4"}},
        {QStringLiteral("ro"), {"%1: Solicitarea dumneavoastră %2 (%3) a fost înregistrată. Vă vom ține la curent.",
                                "%1: Sesizarea dumneavoastră a fost adăugată la solicitarea %2 (%3), aflată deja în lucru. Vă vom ține la curent.",
                                "%1: Solicitarea %2 (%3) a fost rezolvată. %4",
                                "%1: Solicitarea %2 (%3) nu poate fi continuată: %4",
                                "%1: Solicitarea %2 (%3) a fost închisă. Vă mulțumim că ați semnalat-o.",
                                "%1: Cum ne-am descurcat cu solicitarea %2 (%3)? Evaluați-o într-un minut: %4"}},
        {QStringLiteral("it"), {"%1: la sua segnalazione %2 (%3) è stata registrata. La terremo informata.",
                                "%1: la sua segnalazione è stata unita alla pratica %2 (%3), già in lavorazione. La terremo informata.",
                                "%1: la segnalazione %2 (%3) è stata risolta. %4",
                                "%1: la segnalazione %2 (%3) non può avere seguito: %4",
                                "%1: la segnalazione %2 (%3) è chiusa. Grazie per averla segnalata.",
                                "%1: come abbiamo gestito la segnalazione %2 (%3)? La valuti in un minuto: %4"}},
        {QStringLiteral("ca"), {"%1: la vostra sol·licitud %2 (%3) s'ha registrat. Us mantindrem informat.",
                                "%1: el vostre avís s'ha afegit a la sol·licitud %2 (%3), que ja es tramita. Us mantindrem informat.",
                                "%1: la sol·licitud %2 (%3) s'ha resolt. %4",
                                "%1: la sol·licitud %2 (%3) no pot continuar: %4",
                                "%1: la sol·licitud %2 (%3) s'ha tancat. Gràcies per avisar-nos.",
                                "%1: com ho hem fet amb la sol·licitud %2 (%3)? Valoreu-ho en un minut: %4"}},
        {QStringLiteral("es"), {"%1: su solicitud %2 (%3) ha quedado registrada. Le mantendremos informado.",
                                "%1: su aviso se ha añadido a la solicitud %2 (%3), que ya se está tramitando. Le mantendremos informado.",
                                "%1: la solicitud %2 (%3) se ha resuelto. %4",
                                "%1: la solicitud %2 (%3) no puede seguir adelante: %4",
                                "%1: la solicitud %2 (%3) está cerrada. Gracias por avisarnos.",
                                "%1: ¿qué tal lo hicimos con la solicitud %2 (%3)? Valórela en un minuto: %4"}},
    };
    return t;
}

} // namespace

QString Notifier::text(Kind kind, const QString &language, const QString &tracking, const QString &typeName, const QString &detail) const
{
    const auto it = templates().constFind(language);
    const QList<const char *> &set = it != templates().cend() ? *it : *templates().constFind(QStringLiteral("en"));
    QString t = QString::fromUtf8(set.at(int(kind)));
    t = t.arg(m_tenant.name, tracking, typeName);
    if (t.contains(QLatin1String("%4")))
        t = t.arg(detail);
    return t.trimmed();
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
    const QString body = text(kind, language, r->trackingNumber, type ? type->name.best(language) : QString(), detail);
    NotificationStore::Queued n;
    n.id = newRowId(now);
    n.tenantId = m_tenant.id;
    n.citizenId = citizen->id;
    n.requestId = requestId;
    n.channel = channel;
    n.address = address;
    n.kind = QString::fromLatin1(kindCode(kind));
    n.language = language;
    n.body = body;
    n.message = Message{QString::fromLatin1(messageCode(kind)), {r->trackingNumber, r->serviceTypeId, detail}};
    n.at = now;
    n.actor = actor;
    if (Status st = NotificationStore(m_db).queue(n); !st)
        return st.error();
    RequestEvent e{newRowId(now), requestId, EventKind::Notification, now, actor, QString::fromLatin1(kindCode(kind)), channel, body};
    if (Status st = requests.appendEvent(e); !st)
        return st.error();
    return channel;
}

} // namespace CivicDesk
