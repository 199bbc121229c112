// SPDX-License-Identifier: GPL-3.0-or-later
// civicdesk-bench open311: the Open311 API of a real civicdesk-server on loopback against nginx serving the very
// same bytes as a static file, both loaded by the same client (libcurl, 50 keep-alive connections); then the
// time of a POST with a photo.
#include "benchsupport.h"

#include "core/desk/gazetteer.h"
#include "core/storage/database.h"
#include "core/storage/requestrepository.h"
#include "core/storage/servercatalog.h"
#include "server/tenantadmin.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <curl/curl.h>

#include <cstdio>

namespace CivicDesk::Bench {
namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

size_t discard(char *, size_t size, size_t count, void *userdata)
{
    *static_cast<qint64 *>(userdata) += qint64(size * count);
    return size * count;
}

size_t collect(char *data, size_t size, size_t count, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(data, qsizetype(size * count));
    return size * count;
}

/// One GET: status and body.
std::pair<long, QByteArray> fetch(const QString &url)
{
    CURL *h = curl_easy_init();
    QByteArray body;
    const QByteArray u = url.toUtf8();
    curl_easy_setopt(h, CURLOPT_URL, u.constData());
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &body);
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 30000L);
    long status = 0;
    if (curl_easy_perform(h) == CURLE_OK)
        curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_cleanup(h);
    return {status, body};
}

/// GETs of @p url on @p connections keep-alive connections for @p ms: answers a second (only complete 200s
/// with the expected size count).
double load(const QString &url, int connections, int ms, qint64 expectedBytes, int *failures)
{
    CURLM *multi = curl_multi_init();
    struct Slot
    {
        CURL *h = nullptr;
        qint64 bytes = 0;
    };
    std::vector<Slot> pool(static_cast<std::size_t>(connections));
    const QByteArray u = url.toUtf8();
    const auto arm = [&](Slot &s) {
        curl_easy_setopt(s.h, CURLOPT_URL, u.constData());
        curl_easy_setopt(s.h, CURLOPT_WRITEFUNCTION, discard);
        curl_easy_setopt(s.h, CURLOPT_WRITEDATA, &s.bytes);
        curl_easy_setopt(s.h, CURLOPT_TIMEOUT_MS, 30000L);
        curl_easy_setopt(s.h, CURLOPT_PRIVATE, &s);
        s.bytes = 0;
        curl_multi_add_handle(multi, s.h);
    };
    curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS, long(connections));
    for (Slot &s : pool) {
        s.h = curl_easy_init();
        arm(s);
    }
    qint64 done = 0;
    QElapsedTimer t;
    t.start();
    int running = 0;
    while (t.elapsed() < ms) {
        curl_multi_perform(multi, &running);
        int left = 0;
        while (CURLMsg *m = curl_multi_info_read(multi, &left)) {
            if (m->msg != CURLMSG_DONE)
                continue;
            Slot *s = nullptr;
            curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, reinterpret_cast<char **>(&s));
            long status = 0;
            curl_easy_getinfo(m->easy_handle, CURLINFO_RESPONSE_CODE, &status);
            if (m->data.result == CURLE_OK && status == 200 && s->bytes == expectedBytes)
                ++done;
            else
                ++*failures;
            curl_multi_remove_handle(multi, m->easy_handle);
            arm(*s);
        }
        curl_multi_poll(multi, nullptr, 0, 50, nullptr);
    }
    const double seconds = t.elapsed() / 1000.0;
    for (Slot &s : pool) {
        curl_multi_remove_handle(multi, s.h);
        curl_easy_cleanup(s.h);
    }
    curl_multi_cleanup(multi);
    return done / seconds;
}

bool waitFor(const QString &url)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 15000) {
        if (fetch(url).first == 200)
            return true;
        QThread::msleep(50);
    }
    return false;
}

/// A photo as a phone takes one: a 1600×1200 JPEG of a noisy scene (about 400 kB).
QByteArray photo()
{
    QImage image(1600, 1200, QImage::Format_RGB32);
    QRandomGenerator random(7);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = qRgb((x / 7 + int(random.bounded(40))) % 256, (y / 5 + int(random.bounded(40))) % 256, int(random.bounded(256)) / 2);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

} // namespace

int benchOpen311(const QStringList &args)
{
    int seconds = 5, rounds = 3, connections = 50, posts = 200;
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        const QString flag = args.at(i), value = args.at(i + 1);
        if (flag == QLatin1String("--seconds"))
            seconds = value.toInt();
        else if (flag == QLatin1String("--rounds"))
            rounds = value.toInt();
        else if (flag == QLatin1String("--connections"))
            connections = value.toInt();
        else if (flag == QLatin1String("--posts"))
            posts = value.toInt();
        else {
            std::fprintf(stderr, "usage: civicdesk-bench open311 [--seconds S] [--rounds R] [--connections C] [--posts N]\n");
            return 2;
        }
    }
    const QString nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    if (nginx.isEmpty()) {
        std::fprintf(stderr, "nginx is not installed (Debian's nginx package; packaging/dev.sh deps installs it)\n");
        return 1;
    }
    curl_global_init(CURL_GLOBAL_DEFAULT);
    QTemporaryDir scratch;
    const QString catalogPath = scratch.filePath(QStringLiteral("server.db"));
    QString key;
    QList<QGeoCoordinate> places;
    const qint64 until = QDateTime::currentMSecsSinceEpoch();
    {
        Result<std::unique_ptr<ServerCatalog>> catalog = ServerCatalog::open(catalogPath);
        if (!catalog || !TenantAdmin::addTenant(*catalog.value(), QStringLiteral("CITY"), QStringLiteral("City"), QStringLiteral("GR")).ok()) {
            std::fprintf(stderr, "cannot make the server's file\n");
            return 1;
        }
        DemoOptions o;
        o.citizens = 3000;
        o.requests = 12000;
        o.seed = 42;
        o.until = QDateTime::fromMSecsSinceEpoch(until, Qt::UTC);
        if (Result<DemoSummary> s = TenantAdmin::generate(*catalog.value(), QStringLiteral("CITY"), o, {}); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
            return 1;
        }
        key = TenantAdmin::addApiKey(*catalog.value(), QStringLiteral("CITY"), QStringLiteral("bench"), 1000000).value().first; // unthrottled
        // Places of the municipality to report at: where its requests are.
        Result<std::unique_ptr<Database>> data = Database::open(catalog.value()->tenantDataPath(QStringLiteral("CITY")));
        if (!data) {
            std::fprintf(stderr, "%s\n", qPrintable(data.error().message));
            return 1;
        }
        RequestRepository repo(*data.value());
        const Gazetteer gazetteer(*data.value());
        for (qint64 local = 1; local < 5000 && places.size() < 500; local += 7)
            if (const std::optional<ServiceRequest> r = repo.getByLocalId(local); r && r->location.isValid() && !gazetteer.isOutside(r->location))
                places.append(r->location);
    }
    const quint16 port = freePort();
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QCoreApplication::applicationDirPath() + QStringLiteral("/civicdesk-server"),
                 {QStringLiteral("--db"), catalogPath, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--log-level"),
                  QStringLiteral("warning"), QStringLiteral("--ladder-seconds"), QStringLiteral("0"), QStringLiteral("--open311-per-minute"), QStringLiteral("0"),
                  QStringLiteral("--open311-posts-per-minute"), QStringLiteral("0")});
    const QString base = QStringLiteral("http://127.0.0.1:%1/open311/v2/").arg(port);
    if (!server.waitForStarted(5000) || !waitFor(base + QStringLiteral("services.json"))) {
        std::fprintf(stderr, "civicdesk-server did not start\n");
        return 1;
    }
    // 1,000 requests: the standard's largest answer, of the last year.
    const QString from = QString::fromUtf8(QUrl::toPercentEncoding(QDateTime::fromMSecsSinceEpoch(until - 365LL * 86400000, Qt::UTC).toString(Qt::ISODate)));
    const QString query = base + QStringLiteral("requests.json?start_date=%1&page_size=1000").arg(from);
    const auto [status, bytes] = fetch(query);
    const int rows = int(std::count(bytes.cbegin(), bytes.cend(), '{')); // one object a request (no nested objects without extensions)
    if (status != 200 || rows < 1000) {
        std::fprintf(stderr, "GET requests.json answered %ld with %d requests\n", status, rows);
        return 1;
    }
    std::fprintf(stderr, "GET requests.json: %d requests, %lld bytes\n", rows, qint64(bytes.size()));

    // nginx: the same bytes as a static file, one worker (the server is one thread too).
    const quint16 nginxPort = freePort();
    // Run as root, nginx's worker takes the user nobody: the folders must let it read.
    QFile::setPermissions(scratch.path(), QFile::permissions(scratch.path()) | QFileDevice::ReadOther | QFileDevice::ExeOther);
    QDir(scratch.path()).mkpath(QStringLiteral("www/open311/v2"));
    QDir(scratch.path()).mkpath(QStringLiteral("nginx"));
    {
        QFile f(scratch.filePath(QStringLiteral("www/open311/v2/requests.json")));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        QFile conf(scratch.filePath(QStringLiteral("nginx/nginx.conf")));
        conf.open(QIODevice::WriteOnly);
        conf.write(QStringLiteral("worker_processes 1;\ndaemon off;\npid %1/nginx/nginx.pid;\nerror_log %1/nginx/error.log;\n"
                                  "events { worker_connections 1024; }\n"
                                  "http {\n access_log off;\n sendfile on;\n tcp_nopush on;\n keepalive_requests 1000000;\n default_type application/json;\n"
                                  " client_body_temp_path %1/nginx; proxy_temp_path %1/nginx; fastcgi_temp_path %1/nginx; uwsgi_temp_path %1/nginx; scgi_temp_path %1/nginx;\n"
                                  " server { listen 127.0.0.1:%2; root %1/www; }\n}\n")
                       .arg(scratch.path())
                       .arg(nginxPort)
                       .toUtf8());
    }
    QProcess web;
    web.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    web.start(nginx, {QStringLiteral("-p"), scratch.filePath(QStringLiteral("nginx")), QStringLiteral("-c"), scratch.filePath(QStringLiteral("nginx/nginx.conf"))});
    const QString staticUrl = QStringLiteral("http://127.0.0.1:%1/open311/v2/requests.json").arg(nginxPort);
    if (!web.waitForStarted(5000) || !waitFor(staticUrl)) {
        std::fprintf(stderr, "nginx did not start\n");
        return 1;
    }

    std::vector<double> ours, theirs, ratios;
    int failures = 0;
    load(query, connections, 1000, bytes.size(), &failures); // warm both
    load(staticUrl, connections, 1000, bytes.size(), &failures);
    failures = 0;
    for (int round = 0; round < rounds; ++round) {
        const double a = load(query, connections, seconds * 1000, bytes.size(), &failures);
        const double b = load(staticUrl, connections, seconds * 1000, bytes.size(), &failures);
        std::fprintf(stderr, "round %d: civicdesk-server %.0f/s, nginx %.0f/s\n", round + 1, a, b);
        ours.push_back(a);
        theirs.push_back(b);
        ratios.push_back(b > 0 ? a / b : 0);
    }
    web.terminate();
    web.waitForFinished(5000);
    bench("open311_get_rows", rows);
    bench("open311_get_per_s", percentile(ours, 0.5));
    bench("open311_nginx_get_per_s", percentile(theirs, 0.5));
    bench("open311_vs_nginx", percentile(ratios, 0.5));
    bench("open311_get_failures", failures);

    // POST requests with a photo, one after another on one connection.
    const QByteArray jpeg = photo();
    std::vector<double> ms;
    int refused = 0;
    CURL *h = curl_easy_init();
    const QByteArray postUrl = (base + QStringLiteral("requests.json")).toUtf8();
    QRandomGenerator random(11);
    for (int i = 0; i < posts; ++i) {
        curl_mime *form = curl_mime_init(h);
        const auto field = [&](const char *name, const QByteArray &value) {
            curl_mimepart *part = curl_mime_addpart(form);
            curl_mime_name(part, name);
            curl_mime_data(part, value.constData(), size_t(value.size()));
        };
        field("api_key", key.toUtf8());
        const QGeoCoordinate at = places.at(int(random.bounded(int(places.size()))));
        field("lat", QByteArray::number(at.latitude(), 'f', 6));
        field("long", QByteArray::number(at.longitude(), 'f', 6));
        field("service_code", i % 2 ? QByteArrayLiteral("light.out") : QByteArrayLiteral("road.pavement"));
        field("description", QByteArrayLiteral("Reported with a photo from the benchmark"));
        field("email", QByteArray("resident") + QByteArray::number(i % 50) + "@example.org");
        curl_mimepart *part = curl_mime_addpart(form);
        curl_mime_name(part, "media");
        curl_mime_filename(part, "photo.jpg");
        curl_mime_type(part, "image/jpeg");
        curl_mime_data(part, jpeg.constData(), size_t(jpeg.size()));
        QByteArray answer;
        curl_easy_setopt(h, CURLOPT_URL, postUrl.constData());
        curl_easy_setopt(h, CURLOPT_MIMEPOST, form);
        curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, collect);
        curl_easy_setopt(h, CURLOPT_WRITEDATA, &answer);
        QElapsedTimer t;
        t.start();
        const CURLcode rc = curl_easy_perform(h);
        const double took = t.nsecsElapsed() / 1e6;
        long code = 0;
        curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
        curl_mime_free(form);
        if (rc != CURLE_OK || code != 201) {
            if (++refused == 1)
                std::fprintf(stderr, "POST answered %ld: %s\n", code, answer.left(300).constData());
            continue;
        }
        ms.push_back(took);
    }
    curl_easy_cleanup(h);
    server.terminate();
    server.waitForFinished(10000);
    std::fprintf(stderr, "POST with a %lld-byte photo: %zu filed, %d refused\n", qint64(jpeg.size()), ms.size(), refused);
    bench("open311_post_p50_ms", percentile(ms, 0.5));
    bench("open311_post_p95_ms", percentile(ms, 0.95));
    bench("open311_post_refused", refused);
    curl_global_cleanup();
    return refused == 0 && failures == 0 ? 0 : 1;
}

} // namespace CivicDesk::Bench
