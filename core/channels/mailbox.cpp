// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailbox.h"

#include "core/channels/mailintake.h"
#include "core/commands/commandrunner.h"
#include "core/notify/curlupload.h"
#include "core/notify/mailmessage.h"
#include "core/storage/database.h"
#include "core/storage/syncstore.h"
#include "core/util/logging.h"
#include "core/util/tr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <curl/curl.h>

#include <cstring>

namespace CivicDesk {
namespace {

const QString settingsKey = QStringLiteral("intake.imap");

size_t collect(char *data, size_t size, size_t count, void *user)
{
    static_cast<QByteArray *>(user)->append(data, qsizetype(size * count));
    return size * count;
}

} // namespace

Result<MailboxSettings> MailboxSettings::fromJson(const QString &json)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &e);
    if (!doc.isObject())
        return Error{QStringLiteral("intake.settings"), Tr::tr("The mailbox settings kept in the file cannot be read (%1).").arg(e.errorString())};
    const QJsonObject o = doc.object();
    MailboxSettings s;
    s.url = o.value(QStringLiteral("url")).toString();
    s.requireTls = o.value(QStringLiteral("requireTls")).toBool();
    s.login = o.value(QStringLiteral("login")).toString();
    s.password = o.value(QStringLiteral("password")).toString();
    s.address = o.value(QStringLiteral("address")).toString();
    s.caFile = o.value(QStringLiteral("ca")).toString();
    s.everySeconds = o.value(QStringLiteral("everySeconds")).toInt(15);
    s.timeoutMs = o.value(QStringLiteral("timeoutMs")).toInt(30000);
    return s;
}

QString MailboxSettings::toJson() const
{
    QJsonObject o{{QStringLiteral("url"), url},           {QStringLiteral("requireTls"), requireTls}, {QStringLiteral("login"), login},
                  {QStringLiteral("password"), password}, {QStringLiteral("address"), address},       {QStringLiteral("everySeconds"), everySeconds},
                  {QStringLiteral("timeoutMs"), timeoutMs}};
    if (!caFile.isEmpty())
        o.insert(QStringLiteral("ca"), caFile);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Status MailboxSettings::validate() const
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != QLatin1String("imap") && u.scheme() != QLatin1String("imaps")) || u.host().isEmpty())
        return Error{QStringLiteral("intake.settings"),
                     Tr::tr("\"%1\" is not a mailbox's address: write imap://name/INBOX (or imaps://name/INBOX).").arg(url)};
    if (login.isEmpty())
        return Error{QStringLiteral("intake.settings"), Tr::tr("Reading a mailbox needs its login and password.")};
    if (!address.isEmpty() && !Mail::isAddress(address))
        return Error{QStringLiteral("intake.settings"), Tr::tr("\"%1\" is not an e-mail address.").arg(address)};
    if (everySeconds < 1 || everySeconds > 3600)
        return Error{QStringLiteral("intake.settings"), Tr::tr("The mailbox is read every 1 to 3600 seconds.")};
    if (timeoutMs < 1000)
        return Error{QStringLiteral("intake.settings"), Tr::tr("The mail server's time limit must be at least one second.")};
    return {};
}

Result<std::optional<MailboxSettings>> readMailboxSettings(const Database &db)
{
    const QString json = db.localSetting(settingsKey);
    if (json.isEmpty())
        return std::optional<MailboxSettings>();
    Result<MailboxSettings> s = MailboxSettings::fromJson(json);
    if (!s)
        return s.error();
    if (s->url.isEmpty())
        return std::optional<MailboxSettings>();
    return std::optional<MailboxSettings>(s.value());
}

Status writeMailboxSettings(Database &db, const MailboxSettings &settings)
{
    if (settings.url.isEmpty())
        return db.setLocalSetting(settingsKey, QString());
    if (Status s = settings.validate(); !s)
        return s;
    return db.setLocalSetting(settingsKey, settings.toJson());
}

// ---- ImapMailbox -------------------------------------------------------------------------------------------

ImapMailbox::ImapMailbox(MailboxSettings settings)
    : m_settings(std::move(settings))
    , m_curl(curl_easy_init())
{
}

ImapMailbox::~ImapMailbox()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

Result<QByteArray> ImapMailbox::perform(const QString &path, const QByteArray &command, const QByteArray *upload)
{
    auto *h = static_cast<CURL *>(m_curl);
    if (!h)
        return Error{QStringLiteral("intake.imap"), Tr::tr("libcurl could not be started.")};
    // The same handle each time: libcurl keeps the connection (and the login) between commands.
    curl_easy_reset(h);
    QString base = m_settings.url;
    while (base.endsWith(u'/'))
        base.chop(1);
    const QByteArray url = (base + path).toUtf8();
    const QByteArray login = m_settings.login.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    const QByteArray ca = m_settings.caFile.toUtf8();
    QByteArray body;
    char errorText[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &collect);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &body);
    if (!command.isEmpty())
        curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, command.constData());
    CurlUpload::Source up{upload};
    if (upload) {
        curl_easy_setopt(h, CURLOPT_READFUNCTION, &CurlUpload::read);
        curl_easy_setopt(h, CURLOPT_READDATA, &up);
        curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, curl_off_t(upload->size()));
    }
    curl_easy_setopt(h, CURLOPT_USERNAME, login.constData());
    curl_easy_setopt(h, CURLOPT_PASSWORD, password.constData());
    curl_easy_setopt(h, CURLOPT_USE_SSL, long(m_settings.requireTls ? CURLUSESSL_ALL : CURLUSESSL_TRY));
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, long(m_settings.timeoutMs));
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, long(std::min(m_settings.timeoutMs, 10000)));
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorText);
    if (!ca.isEmpty())
        curl_easy_setopt(h, CURLOPT_CAINFO, ca.constData());
    const CURLcode rc = curl_easy_perform(h);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, nullptr);
    if (rc != CURLE_OK) {
        const QString detail = errorText[0] ? QString::fromUtf8(errorText) : QString::fromUtf8(curl_easy_strerror(rc));
        if (rc == CURLE_LOGIN_DENIED)
            return Error{QStringLiteral("intake.login"), Tr::tr("The mail server refused the mailbox's login: %1").arg(detail)};
        return Error{QStringLiteral("intake.imap"), Tr::tr("The mailbox could not be read: %1").arg(detail)};
    }
    return body;
}

Result<QList<qint64>> ImapMailbox::waiting()
{
    const Result<QByteArray> answer = perform(QString(), QByteArray("UID SEARCH UNKEYWORD ") + takenKeyword);
    if (!answer)
        return answer.error();
    QList<qint64> uids;
    for (const QByteArray &line : answer->split('\n')) {
        const QByteArray l = line.trimmed();
        if (!l.startsWith("* SEARCH"))
            continue;
        for (const QByteArray &n : l.mid(8).simplified().split(' ')) {
            bool ok = false;
            const qint64 uid = n.toLongLong(&ok);
            if (ok && uid > 0)
                uids.append(uid);
        }
    }
    std::sort(uids.begin(), uids.end());
    return uids;
}

Result<qint64> ImapMailbox::size(qint64 uid)
{
    const Result<QByteArray> answer = perform(QString(), "UID FETCH " + QByteArray::number(uid) + " RFC822.SIZE");
    if (!answer)
        return answer.error();
    static const QRegularExpression size(QStringLiteral("RFC822\\.SIZE (\\d+)"));
    const QRegularExpressionMatch m = size.match(QString::fromLatin1(answer.value()));
    if (!m.hasMatch())
        return Error{QStringLiteral("intake.imap"), Tr::tr("The mail server did not say how large message %1 is.").arg(uid)};
    return m.captured(1).toLongLong();
}

Result<ImapMailbox::Fetched> ImapMailbox::fetch(qint64 uid)
{
    Fetched out;
    const Result<qint64> bytes = size(uid);
    if (!bytes)
        return bytes.error();
    out.size = bytes.value();
    const QString message = QStringLiteral("/;UID=%1").arg(uid);
    if (out.size <= maxWholeBytes) {
        Result<QByteArray> whole = perform(message, QByteArray());
        if (!whole)
            return whole.error();
        out.bytes = std::move(whole).value();
        return out;
    }
    const Result<QByteArray> header = perform(message + QStringLiteral(";SECTION=HEADER"), QByteArray());
    if (!header)
        return header.error();
    const Result<QByteArray> text = perform(message + QStringLiteral(";SECTION=TEXT;PARTIAL=0.%1").arg(partBytes), QByteArray());
    if (!text)
        return text.error();
    out.bytes = header.value() + text.value();
    out.truncated = true;
    return out;
}

Status ImapMailbox::markTaken(qint64 uid)
{
    const Result<QByteArray> answer = perform(QString(), "UID STORE " + QByteArray::number(uid) + " +FLAGS (\\Seen " + takenKeyword + ")");
    if (!answer)
        return answer.error();
    return {};
}

Status ImapMailbox::append(const QByteArray &message)
{
    const Result<QByteArray> answer = perform(QString(), QByteArray(), &message);
    if (!answer)
        return answer.error();
    return {};
}

// ---- MailboxRunner -----------------------------------------------------------------------------------------

MailboxRunner::MailboxRunner(QString path, Clock clock, QObject *parent)
    : MailboxRunner(DatabaseLocation::file(path), std::move(clock), parent)
{
}

MailboxRunner::MailboxRunner(DatabaseLocation location, Clock clock, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_clock(std::move(clock))
{
}

MailboxRunner::~MailboxRunner()
{
    stop();
}

void MailboxRunner::start()
{
    m_worker.start([this] { loop(); });
}

void MailboxRunner::stop()
{
    m_worker.stop();
}

void MailboxRunner::nudge()
{
    m_worker.nudge();
}

void MailboxRunner::loop()
{
    std::unique_ptr<Database> db;
    std::unique_ptr<CommandRunner> runner;
    std::unique_ptr<MailIntake> intake;
    std::unique_ptr<ImapMailbox> mailbox;
    QString settingsJson;
    QString lastProblem;
    while (!m_worker.stopping()) {
        qint64 waitMs = 3000; // without settings: soon again, as an administrator may give them any time
        if (!db) {
            Result<std::unique_ptr<Database>> opened = m_location.open();
            if (opened) {
                db = std::move(opened).value();
                runner = std::make_unique<CommandRunner>(*db);
                intake = std::make_unique<MailIntake>(*db, *runner, m_clock);
            }
        }
        const Result<std::optional<MailboxSettings>> settings = db ? readMailboxSettings(*db) : Result<std::optional<MailboxSettings>>(std::nullopt);
        if (settings && settings.value()) {
            const MailboxSettings &s = *settings.value();
            waitMs = qint64(s.everySeconds) * 1000;
            if (!mailbox || settingsJson != s.toJson()) {
                mailbox = std::make_unique<ImapMailbox>(s);
                settingsJson = s.toJson();
            }
            int waitingMails = 0, notes = 0, ignored = 0;
            QString problem;
            const Result<QList<qint64>> uids = mailbox->waiting();
            if (!uids)
                problem = uids.error().message;
            for (const qint64 uid : uids ? uids.value() : QList<qint64>{}) {
                if (m_worker.stopping())
                    break;
                const Result<ImapMailbox::Fetched> got = mailbox->fetch(uid);
                if (!got) {
                    problem = got.error().message;
                    break;
                }
                Result<MailOutcome> taken = Error{};
                const auto work = [&]() -> Status {
                    taken = intake->take(got->bytes, s.address, got->truncated, got->size);
                    return taken ? Status{} : Status(taken.error());
                };
                const Status written = m_serverStore ? SyncStore(*db).write(work) : db->transaction(work);
                if (!written) {
                    // Kept in the mailbox: the next round tries it again.
                    problem = Tr::tr("An e-mail could not be kept: %1").arg(written.error().message);
                    qCWarning(lcDesk).noquote() << "mailbox: message" << uid << written.error().message;
                    break;
                }
                switch (taken->kind) {
                case MailOutcome::Kind::Waiting: ++waitingMails; break;
                case MailOutcome::Kind::Note: ++notes; break;
                case MailOutcome::Kind::Ignored:
                    ++ignored;
                    qCInfo(lcDesk).noquote() << "mailbox: message" << uid << "ignored:" << taken->reason;
                    break;
                case MailOutcome::Kind::Repeated: break;
                }
                if (Status st = mailbox->markTaken(uid); !st) {
                    problem = st.error().message;
                    break;
                }
            }
            if (waitingMails + notes > 0)
                Q_EMIT changed();
            if (waitingMails + notes + ignored > 0 || problem != lastProblem)
                Q_EMIT roundDone(waitingMails, notes, ignored, problem);
            if (!problem.isEmpty() && problem != lastProblem)
                qCWarning(lcDesk).noquote() << "mailbox:" << problem;
            lastProblem = problem;
        } else {
            mailbox.reset();
        }
        m_worker.sleep(waitMs);
    }
}

} // namespace CivicDesk
