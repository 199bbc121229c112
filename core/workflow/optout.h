// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/enums.h"
#include "core/util/result.h"

#include <QString>
#include <QStringList>

namespace CivicDesk {

class Database;

/// A citizen's own "no more messages": the opt-out link of an e-mail, or STOP answered to an SMS. The consent to
/// that channel is withdrawn in the citizen's record (with the moment and how, which the desk shows), and their
/// messages of that channel still waiting are never sent. The caller holds the transaction (a server's store
/// writes it under a sync seq, so every desk learns it).
namespace OptOut {

struct Outcome
{
    QStringList citizenIds; ///< whose consent was withdrawn (a number shared by two records: both)
    int cancelled = 0;      ///< messages that were waiting and will never be sent
    QString language;       ///< the (first) citizen's language, for the answer
};

/// Withdraws citizen @p citizenId's consent to @p channel, from @p source ("email-link", "sms-stop").
/// Withdrawing it again changes nothing and is no error.
Result<Outcome> withdraw(Database &db, const QString &citizenId, ContactChannel channel, const QString &source, qint64 now);
/// STOP from @p number as the gateway gave it ("+306912345678", "306912345678", "00306912345678", a national
/// number of the municipality's country): every citizen whose record holds that number; none known: an empty
/// outcome, no error.
Result<Outcome> withdrawPhone(Database &db, const QString &number, qint64 now);
/// Whether the text of an SMS asks for no more: STOP (or ΣΤΟΠ, ΔΙΑΓΡΑΦΗ, STOP ALL, UNSUBSCRIBE, BASTA, PROU,
/// DEZABONARE, BAJA…), whatever the case and accents and what follows the word.
bool isStop(const QString &text);
/// The answer to an SMS, in @p language: that no more will come (@p stopped), or how to stop them.
QString answer(bool stopped, const QString &language, const QString &municipality);

} // namespace OptOut
} // namespace CivicDesk
