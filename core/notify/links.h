// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/enums.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <utility>

namespace CivicDesk {

class Database;

/// The links a municipality's messages carry back to its server: a citizen's opt-out link in an e-mail, the
/// address the SMS gateway reports deliveries to, and the one it hands the citizens' SMS answers to. Each is
/// signed with the file's own secret (HMAC-SHA256), so that nobody can make one for another citizen or message.
namespace NotifyLinks {

/// The file's secret; made once (by the server, when it opens the file) and kept in its local settings, never
/// synced. Empty when it was never made (a desk alone: its messages carry no links).
QByteArray secret(const Database &db);
/// Makes the secret if the file has none yet.
Status ensureSecret(Database &db);

/// 22 characters of base64url: the signature of @p what.
QString sign(const QByteArray &secret, const QString &what);
/// Whether @p signature is @p what's, compared in constant time.
bool verify(const QByteArray &secret, const QString &what, const QString &signature);

/// The token of citizen @p citizenId's opt-out from @p channel: "<id>.<channel>.<signature>".
QString optOutToken(const QByteArray &secret, const QString &citizenId, ContactChannel channel);
/// Whose opt-out from what @p token is; nothing when it was not made with @p secret.
std::optional<std::pair<QString, ContactChannel>> readOptOutToken(const QByteArray &secret, const QString &token);

/// The token of request @p requestId's satisfaction survey: its id in 22 characters, a dot, the signature.
QString surveyToken(const QByteArray &secret, const QString &requestId);
/// The request whose survey @p token is; nothing when it was not made with @p secret.
std::optional<QString> readSurveyToken(const QByteArray &secret, const QString &token);
/// @p text with each survey link placeholder (SurveyLinkPlaceholder and a request's id) made the signed link
/// @p linkBase/survey/TOKEN.
QString withSurveyLinks(const QString &text, const QByteArray &secret, const QString &linkBase);

/// The key of message @p notificationId's delivery reports.
QString reportKey(const QByteArray &secret, const QString &notificationId);
/// The key the gateway gives with the citizens' SMS answers.
QString inboundKey(const QByteArray &secret);

} // namespace NotifyLinks
} // namespace CivicDesk
