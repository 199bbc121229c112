// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/catalogue.h"
#include "core/storage/citizenactivityquery.h"
#include "core/domain/citizen.h"
#include "core/domain/servicerequest.h"
#include "core/util/clock.h"
#include "core/util/result.h"

#include <QHash>
#include <QList>
#include <QMap>

#include <optional>

namespace CivicDesk {

class Database;

/// A request as listed on a citizen's page: as stored, with its type's name in the page's language.
struct CitizenRequest : CitizenActivityQuery::Request
{
    QString typeName;
    bool ownReport = true; ///< false: the citizen was added as a further reporter of someone else's request
};

/// One line of a citizen's timeline.
struct TimelineEntry
{
    enum class Kind { Call, Request, Notification, Rating, Merge };
    Kind kind = Kind::Call;
    qint64 at = 0;
    QString title;  ///< translated
    QString detail;
    QString requestId;
};

/// Everything the desk knows about a citizen, for the 360° page.
struct CitizenProfile
{
    Citizen citizen;
    QList<CitizenRequest> requests;              ///< newest first
    QList<TimelineEntry> timeline;               ///< newest first
    QList<std::pair<qint64, int>> satisfaction;  ///< (when rated, 1..5), oldest first
    QMap<Channel, int> contactsPerChannel;       ///< requests by channel, plus calls that filed nothing as phone
    std::optional<double> accuracyScore;         ///< 0..100 over the rated reports; empty when none is rated
    int ratedReports = 0;
    int calls = 0;
};

/// Reads a citizen's 360° view; merges two records of the same person.
class CitizenProfileService
{
public:
    CitizenProfileService(Database &db, QString language, Clock clock = systemClock());

    /// The profile of @p citizenId; an Error if the record does not exist (any more).
    Result<CitizenProfile> load(const QString &citizenId);

    /// The reputation of a reporter, 0..100, from the accuracy ratings of their reports
    /// (accurate 100, partly accurate 60, inaccurate 20, false report 0); empty when nothing is rated.
    static std::optional<double> accuracyScore(const QList<AccuracyRating> &ratings);

    /// Merges @p mergedId into @p survivorId in one transaction: requests, further reports, calls and
    /// notifications move to the survivor; phones, e-mails and granted consents the survivor lacks are added;
    /// empty fields are filled; the merged record is kept as JSON in citizen_merge, then deleted.
    Status merge(const QString &survivorId, const QString &mergedId, const QString &actorId);

    /// Type names in the page's language.
    QString typeName(const QString &typeId);

private:
    Database &m_db;
    QString m_language;
    Clock m_clock;
    QHash<QString, QString> m_typeNames;
};

/// A citizen as JSON, as kept in citizen_merge and in drafts.
QString citizenToJson(const Citizen &citizen);
Citizen citizenFromJson(const QString &json);

} // namespace CivicDesk
