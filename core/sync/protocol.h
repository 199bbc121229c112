// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/syncstore.h"
#include "core/util/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace CivicDesk::SyncProtocol {

/// The paths of the server's API.
inline constexpr char LoginPath[] = "/api/v1/auth/login";
inline constexpr char LogoutPath[] = "/api/v1/auth/logout";
inline constexpr char RegisterPath[] = "/api/v1/desks/register";
/// A desk starting again on a new epoch: the server's ledger of it continues after the desk's last answered change.
inline constexpr char ResumePath[] = "/api/v1/desks/resume";
inline constexpr char PushPath[] = "/api/v1/sync/push";
inline constexpr char PullPath[] = "/api/v1/sync/pull";
inline constexpr char SnapshotPath[] = "/api/v1/sync/snapshot";
inline constexpr char PokePath[] = "/api/v1/sync/poke";
inline constexpr char HealthPath[] = "/health";
/// Requests a partial replica does not hold (by ids, tracking number or a citizen's older ones), with their history.
inline constexpr char RequestsPath[] = "/api/v1/sync/requests";
/// A report made by the server from the whole tenant, for a partial replica whose period reaches before its scope.
inline constexpr char ReportsPath[] = "/api/v1/reports";
/// The most rows of a request list the server sends in one report (a longer list says it was cut).
inline constexpr int MaxReportRows = 10000;
/// The most requests a partial replica keeps of those it fetched on demand (its oldest go first).
inline constexpr int MaxPinned = 500;
/// A photo of the tenant's store: POST its bytes, GET them (?tenant=CODE&path=ab/<sha256>.ext).
inline constexpr char AttachmentsPath[] = "/api/v1/attachments";
/// The largest photo a desk takes (the intake form's limit), and so the largest body the server reads.
inline constexpr qint64 MaxAttachmentBytes = 25 * 1024 * 1024;

/// At most this many mutations in one push, and this many rows in one pull page (whole transactions).
inline constexpr int MaxPushBatch = 200;
inline constexpr int PullPageRows = 2000;

/// A mutation as it travels: the desk's own number for it, the command, the schema it was made with.
struct Mutation
{
    qint64 id = 0;           ///< 1, 2, 3 … per desk (client)
    QJsonObject command;     ///< Command::toJson()
    bool operator==(const Mutation &) const = default;
};

QJsonObject rowToJson(const SyncRow &row);
/// A row as sent; nothing and @p error when it is not one.
std::optional<SyncRow> rowFromJson(const QJsonValue &json, QString *error);
QJsonArray rowsToJson(const QList<SyncRow> &rows);
Result<QList<SyncRow>> rowsFromJson(const QJsonValue &json);

QJsonArray keysToJson(const QList<SyncKey> &keys);
Result<QList<SyncKey>> keysFromJson(const QJsonValue &json);

/// An error answer: {"code":…, "message":…}.
QJsonObject errorBody(const QString &code, const QString &message);

} // namespace CivicDesk::SyncProtocol
