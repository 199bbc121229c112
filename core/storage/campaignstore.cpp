// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignstore.h"

#include "core/storage/database.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"
#include "core/storage/sqlitestatement.h"
#include "core/util/tr.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace CivicDesk {
namespace {

QJsonArray array(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        if (x.isString())
            out.append(x.toString());
    return out;
}

/// "?, ?, ?" for @p n values.
QByteArray marks(qsizetype n)
{
    QByteArray out;
    for (qsizetype i = 0; i < n; ++i)
        out += i == 0 ? "?" : ", ?";
    return out;
}

} // namespace

QJsonObject CampaignStore::Criteria::toJson() const
{
    return {{QStringLiteral("districts"), array(districts)}, {QStringLiteral("types"), array(types)}, {QStringLiteral("kinds"), array(kinds)}};
}

CampaignStore::Criteria CampaignStore::Criteria::fromJson(const QJsonObject &json)
{
    return {strings(json.value(QStringLiteral("districts"))), strings(json.value(QStringLiteral("types"))),
            strings(json.value(QStringLiteral("kinds")))};
}

CampaignStore::Audience CampaignStore::audience(const Criteria &criteria) const
{
    QByteArray sql =
        "SELECT c.id, c.preferred_language, "
        "ifnull((SELECT granted FROM citizen_consent WHERE citizen_id = c.id AND channel = 'sms'), 0), "
        "(SELECT e164 FROM citizen_phone WHERE citizen_id = c.id AND valid = 1 AND ifnull(e164, '') <> '' ORDER BY position LIMIT 1), "
        "ifnull((SELECT granted FROM citizen_consent WHERE citizen_id = c.id AND channel = 'email'), 0), "
        "(SELECT address FROM citizen_email WHERE citizen_id = c.id ORDER BY position LIMIT 1) "
        "FROM citizen c WHERE 1 = 1";
    QStringList values;
    if (!criteria.districts.isEmpty()) {
        sql += " AND c.district_id IN (" + marks(criteria.districts.size()) + ")";
        values += criteria.districts;
    }
    if (!criteria.kinds.isEmpty()) {
        sql += " AND c.kind IN (" + marks(criteria.kinds.size()) + ")";
        values += criteria.kinds;
    }
    if (!criteria.types.isEmpty()) {
        sql += " AND (EXISTS (SELECT 1 FROM service_request r WHERE r.citizen_id = c.id AND r.service_type_id IN (" + marks(criteria.types.size())
               + ")) OR EXISTS (SELECT 1 FROM request_reporter rr JOIN service_request r ON r.id = rr.request_id "
                 "WHERE rr.citizen_id = c.id AND r.service_type_id IN (" + marks(criteria.types.size()) + ")))";
        values += criteria.types;
        values += criteria.types;
    }
    sql += " ORDER BY c.id";
    Statement s(m_db, sql.constData());
    for (int i = 0; i < values.size(); ++i)
        s.bind(i + 1, values.at(i));
    Audience out;
    while (s.step()) {
        Recipient r;
        r.citizenId = s.text(0);
        r.language = s.text(1);
        if (s.int64(2) == 1 && !s.isNull(3)) {
            r.channel = QStringLiteral("sms");
            r.address = s.text(3);
        } else if (s.int64(4) == 1 && !s.isNull(5)) {
            r.channel = QStringLiteral("email");
            r.address = s.text(5);
        }
        if (r.channel.isEmpty())
            ++out.withoutConsent;
        else
            out.recipients.append(r);
    }
    return out;
}

Status CampaignStore::save(const Campaign &c)
{
    Statement s(m_db,
                      "INSERT INTO campaign(id, tenant_id, title, criteria, texts, rate_per_minute, recipients, without_consent, created_at, "
                      "updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    s.bind(1, c.id);
    s.bind(2, c.tenantId);
    s.bind(3, c.title);
    s.bind(4, QJsonDocument(c.criteria.toJson()).toJson(QJsonDocument::Compact));
    s.bind(5, QJsonDocument(c.texts).toJson(QJsonDocument::Compact));
    s.bind(6, c.ratePerMinute);
    s.bind(7, c.recipients);
    s.bind(8, c.withoutConsent);
    s.bind(9, c.createdAt);
    s.bind(10, c.createdAt);
    s.bind(11, c.createdBy);
    if (!s.exec())
        return m_db.lastError(Tr::tr("keeping a targeted message"));
    return {};
}

QList<CampaignStore::Campaign> CampaignStore::list() const
{
    Statement s(m_db,
                      "SELECT c.id, c.tenant_id, c.title, c.criteria, c.texts, c.rate_per_minute, c.recipients, c.without_consent, c.created_at, "
                      "c.updated_by, "
                      "(SELECT COUNT(*) FROM notification n WHERE n.campaign_id = c.id AND n.status = 'queued'), "
                      "(SELECT COUNT(*) FROM notification n WHERE n.campaign_id = c.id AND n.status = 'sent'), "
                      "(SELECT COUNT(*) FROM notification n WHERE n.campaign_id = c.id AND n.status = 'failed') "
                      "FROM campaign c ORDER BY c.created_at DESC, c.id DESC");
    QList<Campaign> out;
    while (s.step()) {
        Campaign c;
        c.id = s.text(0);
        c.tenantId = s.text(1);
        c.title = s.text(2);
        c.criteria = Criteria::fromJson(QJsonDocument::fromJson(s.text(3).toUtf8()).object());
        c.texts = QJsonDocument::fromJson(s.text(4).toUtf8()).object();
        c.ratePerMinute = int(s.int64(5));
        c.recipients = int(s.int64(6));
        c.withoutConsent = int(s.int64(7));
        c.createdAt = s.int64(8);
        c.createdBy = s.text(9);
        c.queued = int(s.int64(10));
        c.sent = int(s.int64(11));
        c.failed = int(s.int64(12));
        out.append(c);
    }
    return out;
}

QList<std::pair<QString, QString>> CampaignStore::failures(const QString &id) const
{
    Statement s(m_db,
                      "SELECT address, last_error FROM notification WHERE campaign_id = ? AND status = 'failed' ORDER BY address");
    s.bind(1, id);
    QList<std::pair<QString, QString>> out;
    while (s.step())
        out.append({s.text(0), s.text(1)});
    return out;
}

} // namespace CivicDesk
