// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demodata.h"
#include "demorandom.h"
#include "core/domain/catalogue.h"
#include "core/domain/idgenerator.h"
#include "core/domain/citizen.h"
#include "core/domain/organisation.h"
#include "core/domain/servicerequest.h"
#include "core/text/phonenormalizer.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QTimeZone>
#include <QHash>

#include <functional>
#include <optional>
#include <vector>

namespace CivicDesk {

class Database;

/// What the demo generator makes.
struct DemoOptions
{
    QString country = QStringLiteral("GR");
    qint64 citizens = 5000;
    qint64 requests = 20000;
    std::uint64_t seed = 1;
    /// End of the years of requests; part of the content, so fixed in tests for reproducibility.
    QDateTime until = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    /// How many years of requests, up to @c until (a large city's ten years for the scale benchmark).
    int years = 2;
};

/// Counts of what was written, and how long it took.
struct DemoSummary
{
    qint64 citizens = 0;
    qint64 requests = 0;
    qint64 events = 0;
    qint64 otherRows = 0; ///< phones, e-mails, consents, reporters, districts, streets, catalogue, users
    qint64 milliseconds = 0;
    qint64 totalRows() const { return citizens + requests + events + otherRows; }
};

/// Builds a plausible, deterministic demo municipality: districts, gazetteer, organisation, catalogue,
/// citizens of all five kinds and two years of requests with seasons, hotspots and full histories.
class DemoGenerator
{
public:
    /// Called with a percentage and a stage name; return false to cancel.
    using Progress = std::function<bool(int percent, const QString &stage)>;

    DemoGenerator(Database &db, DemoOptions options);

    /// Writes everything into an empty database. Everything or nothing: one transaction.
    Result<DemoSummary> run(const Progress &progress = {});

private:
    struct Segment
    {
        QString id;
        int street = 0;
        int fromNumber = 1, toNumber = 1;
        QGeoCoordinate from, to;
        QString districtId;
    };
    struct Hotspot
    {
        QGeoCoordinate centre;
        int group = 0;
        std::vector<int> segments;
    };
    struct TypeInfo
    {
        QString id;
        QString code;
        int group = 0;
        Priority priority = Priority::Normal;
        int deadlineHours = 72;
        QString departmentId;
        QList<ServiceAttribute> attributes;
    };

    Status buildOrganisation();
    Status buildGeography();
    Status buildCatalogue();
    Status buildCitizens(const Progress &progress);
    Status buildRequests(const Progress &progress);

    qint64 stampAt() const;
    qint64 bulkCacheKiB() const;
    QString phoneFromPattern(const QString &pattern, QString *e164);
    QGeoCoordinate offset(const QGeoCoordinate &c, double northM, double eastM) const;
    QString addressOf(const Segment &s, double t, int *number) const;
    QString districtOf(const QGeoCoordinate &point) const;
    void giveContacts(Citizen &citizen, const QString &given, const QString &familyName, qint64 serial);
    std::vector<RequestEvent> tellStory(ServiceRequest &request, const TypeInfo &type, const QString &actor, qint64 until);

    Database &m_db;
    DemoOptions m_options;
    DemoCountry m_country;
    std::optional<PhoneNormalizer> m_phones; ///< the country's numbering plan
    DemoCatalogue m_catalogue;
    DemoRandom m_random;
    IdGenerator m_ids;
    DemoSummary m_summary;
    QString m_tenantId;
    QString m_systemUser;
    QHash<QString, QString> m_unitIds; ///< unit code → id
    QHash<QString, QStringList> m_crewsOf; ///< department id → crew ids
    QHash<QString, QStringList> m_staffOf; ///< department id → user ids
    QStringList m_districtIds;
    QList<QGeoPolygon> m_districtShapes;
    QStringList m_streetNames;
    std::vector<Segment> m_segments;
    std::vector<Hotspot> m_hotspots;
    QStringList m_groupCodes;
    std::vector<TypeInfo> m_types;
    std::vector<QString> m_citizenIds;
    std::vector<QString> m_citizenPhoneE164;
};

} // namespace CivicDesk
