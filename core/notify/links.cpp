// SPDX-License-Identifier: GPL-3.0-or-later
#include "links.h"

#include "core/domain/messagetemplate.h"
#include "core/storage/database.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace CivicDesk::NotifyLinks {
namespace {

const QString secretKey = QStringLiteral("notify.secret");

} // namespace

QByteArray secret(const Database &db)
{
    return QByteArray::fromBase64(db.localSetting(secretKey).toLatin1());
}

Status ensureSecret(Database &db)
{
    if (!secret(db).isEmpty())
        return {};
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return db.setLocalSetting(secretKey, QString::fromLatin1(bytes.toBase64()));
}

QString sign(const QByteArray &secret, const QString &what)
{
    const QByteArray mac = QMessageAuthenticationCode::hash(what.toUtf8(), secret, QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).left(22));
}

bool verify(const QByteArray &secret, const QString &what, const QString &signature)
{
    if (secret.isEmpty())
        return false;
    const QByteArray expected = sign(secret, what).toLatin1();
    const QByteArray given = signature.toLatin1();
    if (given.size() != expected.size())
        return false;
    int diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= expected[i] ^ given[i];
    return diff == 0;
}

QString optOutToken(const QByteArray &secret, const QString &citizenId, ContactChannel channel)
{
    const QString what = citizenId + QLatin1Char('.') + toCode(channel);
    return what + QLatin1Char('.') + sign(secret, QStringLiteral("optout:") + what);
}

std::optional<std::pair<QString, ContactChannel>> readOptOutToken(const QByteArray &secret, const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3 || parts.at(0).isEmpty())
        return std::nullopt;
    const std::optional<ContactChannel> channel = contactChannelFromCode(parts.at(1));
    if (!channel || !verify(secret, QStringLiteral("optout:") + parts.at(0) + QLatin1Char('.') + parts.at(1), parts.at(2)))
        return std::nullopt;
    return std::make_pair(parts.at(0), *channel);
}

namespace {

/// A UUID in 22 characters of base64url, and back.
QString compactId(const QString &uuid)
{
    QString hex = uuid;
    hex.remove(u'-');
    const QByteArray raw = QByteArray::fromHex(hex.toLatin1());
    return raw.size() == 16 ? QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) : QString();
}

QString uuidOf(const QString &compact)
{
    const QByteArray raw = QByteArray::fromBase64(compact.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (compact.size() != 22 || raw.size() != 16)
        return {};
    const QString hex = QString::fromLatin1(raw.toHex());
    return hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-' + hex.mid(20);
}

} // namespace

QString surveyToken(const QByteArray &secret, const QString &requestId)
{
    return compactId(requestId) + QLatin1Char('.') + sign(secret, QStringLiteral("survey:") + requestId);
}

std::optional<QString> readSurveyToken(const QByteArray &secret, const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    const QString id = parts.size() == 2 ? uuidOf(parts.at(0)) : QString();
    if (id.isEmpty() || !verify(secret, QStringLiteral("survey:") + id, parts.at(1)))
        return std::nullopt;
    return id;
}

QString withSurveyLinks(const QString &text, const QByteArray &secret, const QString &linkBase)
{
    const QString placeholder = QString::fromLatin1(SurveyLinkPlaceholder);
    if (secret.isEmpty() || linkBase.isEmpty() || !text.contains(placeholder))
        return text;
    QString out;
    qsizetype at = 0;
    for (qsizetype found = text.indexOf(placeholder); found >= 0; found = text.indexOf(placeholder, at)) {
        out += text.mid(at, found - at);
        const QString compact = text.mid(found + placeholder.size(), 22);
        const QString id = uuidOf(compact);
        out += id.isEmpty() ? text.mid(found, placeholder.size()) : linkBase + QStringLiteral("/survey/") + surveyToken(secret, id);
        at = found + placeholder.size() + (id.isEmpty() ? 0 : 22);
    }
    return out + text.mid(at);
}

QString reportKey(const QByteArray &secret, const QString &notificationId)
{
    return sign(secret, QStringLiteral("report:") + notificationId);
}

QString inboundKey(const QByteArray &secret)
{
    return sign(secret, QStringLiteral("inbound"));
}

} // namespace CivicDesk::NotifyLinks
