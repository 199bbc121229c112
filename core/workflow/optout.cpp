// SPDX-License-Identifier: GPL-3.0-or-later
#include "optout.h"

#include "core/storage/callerquery.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/database.h"
#include "core/storage/notificationstore.h"
#include "core/storage/organisationrepository.h"
#include "core/text/desktranslations.h"
#include "core/text/phonenormalizer.h"
#include "core/text/textfold.h"
#include "core/util/tr.h"

#include <QRegularExpression>

namespace CivicDesk::OptOut {

Result<Outcome> withdraw(Database &db, const QString &citizenId, ContactChannel channel, const QString &source, qint64 now)
{
    CitizenRepository citizens(db);
    std::optional<Citizen> c = citizens.get(citizenId);
    if (!c)
        return Error{QStringLiteral("optout.unknown"), Tr::tr("There is no such citizen (any more): nothing to stop.")};
    Outcome out;
    out.language = c->preferredLanguage;
    bool had = false;
    for (Consent &k : c->consents) {
        if (k.channel != channel)
            continue;
        had = true;
        if (k.granted) {
            k = Consent{channel, false, now, source};
            out.citizenIds.append(c->id);
        }
    }
    if (!had) {
        c->consents.append(Consent{channel, false, now, source});
        out.citizenIds.append(c->id);
    }
    if (!out.citizenIds.isEmpty()) {
        c->stamp = ChangeStamp{now, source};
        if (Status st = citizens.update(*c); !st)
            return st.error();
    }
    const Result<int> cancelled = NotificationStore(db).cancelQueued(c->id, toCode(channel),
                                                                      Tr::tr("not sent: the citizen withdrew consent to %1").arg(toCode(channel)), now);
    if (!cancelled)
        return cancelled.error();
    out.cancelled = cancelled.value();
    return out;
}

Result<Outcome> withdrawPhone(Database &db, const QString &number, qint64 now)
{
    const std::optional<Tenant> tenant = OrganisationRepository(db).tenant();
    const PhoneNormalizer phones(tenant ? tenant->country : QStringLiteral("GR"));
    // A gateway often gives the international number without its "+".
    QString e164 = phones.parse(number).e164;
    const QString digits = PhoneNormalizer::dialledDigits(number);
    if ((e164.isEmpty() || !phones.parse(number).valid) && !digits.startsWith(QLatin1Char('+')) && !digits.startsWith(QLatin1Char('0'))) {
        const ParsedPhone international = phones.parse(QLatin1Char('+') + digits);
        if (international.valid)
            e164 = international.e164;
    }
    Outcome out;
    if (e164.isEmpty())
        return out;
    for (const CallerMatch &m : CallerQuery(db).withPhone(e164, 20)) {
        const Result<Outcome> one = withdraw(db, m.citizenId, ContactChannel::Sms, QStringLiteral("sms-stop"), now);
        if (!one)
            return one.error();
        if (out.language.isEmpty())
            out.language = one->language;
        out.citizenIds.append(one->citizenIds);
        out.cancelled += one->cancelled;
    }
    return out;
}

bool isStop(const QString &text)
{
    // The word alone (a longer answer is a message, not a STOP): "STOP", "stop.", "STOP ALL", "Στοπ".
    QStringList words = TextFold::fold(text).split(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), Qt::SkipEmptyParts);
    if (words.size() == 2 && (words.at(1) == QLatin1String("all") || words.at(1) == QLatin1String("ολα")))
        words.removeLast();
    static const QStringList stops{QStringLiteral("stop"),     QStringLiteral("unsubscribe"), QStringLiteral("cancel"),     QStringLiteral("end"),
                                   QStringLiteral("quit"),     QStringLiteral("στοπ"),        QStringLiteral("διαγραφη"),   QStringLiteral("τελος"),
                                   QStringLiteral("basta"),    QStringLiteral("prou"),        QStringLiteral("dezabonare"), QStringLiteral("baja")};
    return words.size() == 1 && stops.contains(words.front());
}

QString answer(bool stopped, const QString &language, const QString &municipality)
{
    const char *source = stopped ? QT_TRANSLATE_NOOP("CivicDesk", "%1: you will receive no more SMS from us.")
                                 : QT_TRANSLATE_NOOP("CivicDesk", "%1: nobody reads the answers to this number; call us. To receive no more SMS, answer STOP.");
    return wordsIn(language, source).arg(municipality);
}

} // namespace CivicDesk::OptOut
