// SPDX-License-Identifier: GPL-3.0-or-later
// The settings dialog on a real demo file: the language applied at once (the window built again with what was
// open), the base map checked and previewed before it is kept, the report's logo and lines, and the server's
// address checked against a real civicdesk-server on a loopback port.
#include "core/maps/tiles.h"
#include "core/notify/outbox.h"
#include "core/session/desksession.h"
#include "core/settings/appsettings.h"
#include "core/storage/database.h"
#include "core/storage/reportsetstore.h"
#include "core/storage/sqlitestatement.h"
#include "core/text/desktranslations.h"
#include "core/sync/curltransport.h"
#include "core/sync/protocol.h"
#include "ui/desk/settingsdialog.h"
#include "ui/deskapplication.h"
#include "ui/itemroles.h"
#include "ui/mainwindow.h"
#include "ui/map/mappanel.h"
#include "ui/map/mapwidget.h"
#include "ui/queue/requestlistmodel.h"
#include "ui/request/requestpage.h"
#include "widgettestsupport.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QPushButton>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRadioButton>
#include <QSettings>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <sqlite3.h>

using namespace CivicDesk;

namespace {

QByteArray png(Qt::GlobalColor colour)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

template<typename T>
T *child(QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    /// A desk on a fresh copy of the demo file, as the supervisor (or @p user).
    std::unique_ptr<DeskApplication> openDesk(QSettings &settings, const QString &name, const QString &user = QStringLiteral("supervisor"))
    {
        const QString copy = m_dir.filePath(name);
        QFile::remove(copy);
        if (!QFile::copy(m_path, copy))
            return nullptr;
        auto desk = std::make_unique<DeskApplication>(settings, systemClock());
        desk->setUserName(user);
        if (!desk->open(copy, QStringLiteral("GR")))
            return nullptr;
        return desk;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("demo.civicdesk"));
        QVERIFY(WidgetTests::demoDatabase(m_path, 300, 1500, 5) != nullptr);
        installDeskTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void theLanguageIsAppliedAtOnceWithWhatWasOpen()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("language.ini")), QSettings::IniFormat);
        AppSettings::language.set(settings, QStringLiteral("en"));
        std::unique_ptr<DeskApplication> desk = openDesk(settings, QStringLiteral("language.civicdesk"));
        QVERIFY(desk);
        QCOMPARE(desk->window()->menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
        // A request open in its tab, to find again after the change.
        QTRY_VERIFY(desk->window()->requestModel()->rowCount() > 0);
        const QString id = desk->window()->requestModel()->index(0, 0).data(IdRole).toString();
        QVERIFY(!id.isEmpty());
        desk->window()->openRequest(id);

        SettingsDialog dialog(desk->window()->desk(), settings);
        auto *language = child<QComboBox>(dialog, "language");
        QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
        // Every language is offered in its own name.
        QVERIFY(language->findText(QStringLiteral("Ελληνικά")) >= 0);
        QVERIFY(language->findText(QStringLiteral("Română")) >= 0);
        language->setCurrentIndex(language->findData(QStringLiteral("el")));
        QVERIFY(dialog.apply());
        QVERIFY(dialog.changes().testFlag(SettingsDialog::Change::Language));
        QVERIFY(!dialog.changes().testFlag(SettingsDialog::Change::BaseMap));
        QCOMPARE(AppSettings::language.get(settings), QStringLiteral("el"));

        QVERIFY(desk->rebuild());
        QCOMPARE(desk->window()->menuBar()->actions().constFirst()->text(), QStringLiteral("&Αρχείο"));
        QCOMPARE(desk->window()->desk().uiLanguage(), QStringLiteral("el"));
        QCOMPARE(QLocale().language(), QLocale::Greek);
        QCOMPARE(desk->window()->desk().user().username, QStringLiteral("supervisor")); // not asked again
        QCOMPARE(desk->window()->requestPages().size(), 1);
        QCOMPARE(desk->window()->requestPages().constFirst()->requestId(), id);

        // And back: nothing of the Greek catalogue stays installed.
        SettingsDialog again(desk->window()->desk(), settings);
        auto *back = child<QComboBox>(again, "language");
        back->setCurrentIndex(back->findData(QStringLiteral("en")));
        QVERIFY(again.apply());
        QVERIFY(desk->rebuild());
        QCOMPARE(desk->window()->menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
        QCOMPARE(desk->window()->desk().uiLanguage(), QStringLiteral("en"));
    }

    void theBaseMapIsCheckedPreviewedAndKept()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("map.ini")), QSettings::IniFormat);
        AppSettings::language.set(settings, QStringLiteral("en"));
        std::unique_ptr<DeskApplication> desk = openDesk(settings, QStringLiteral("map.civicdesk"));
        QVERIFY(desk);
        DeskSession &session = desk->window()->desk();
        SettingsDialog dialog(session, settings);
        dialog.resize(800, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QRadioButton>(dialog, "mapVector")->isChecked());
        QVERIFY(child<QLabel>(dialog, "mapState")->text().contains(QStringLiteral("streets and districts")));

        // A tile address without its {z}/{x}/{y}: said on the map's page, nothing kept.
        child<QRadioButton>(dialog, "mapXyz")->setChecked(true);
        child<QLineEdit>(dialog, "mapUrl")->setText(QStringLiteral("https://tiles.example.org/tile.png"));
        dialog.tabs()->setCurrentIndex(0);
        QVERIFY(!dialog.apply());
        QCOMPARE(dialog.tabs()->currentIndex(), 1);
        QVERIFY(!child<QLabel>(dialog, "mapState")->text().isEmpty());
        QCOMPARE(Geo::readBaseMapConfig(session.db())->kind, Geo::BaseMapConfig::Kind::Vector);

        // A file that is not MBTiles: refused with the reason.
        const QString notTiles = m_dir.filePath(QStringLiteral("notes.mbtiles"));
        {
            QFile f(notTiles);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("meeting notes, not tiles\n");
        }
        child<QRadioButton>(dialog, "mapMbtiles")->setChecked(true);
        child<QLineEdit>(dialog, "mapPath")->setText(notTiles);
        QVERIFY(!dialog.apply());
        QVERIFY(child<QLabel>(dialog, "mapState")->text().startsWith(QStringLiteral("This base map cannot be used")));
        QCOMPARE(Geo::readBaseMapConfig(session.db())->kind, Geo::BaseMapConfig::Kind::Vector);

        // A real MBTiles file with tiles around the municipality, zoom 8 to 15: the preview shows them.
        const QString tiles = m_dir.filePath(QStringLiteral("town.mbtiles"));
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(tiles.toUtf8().constData(), &db), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db, "CREATE TABLE metadata (name TEXT, value TEXT); CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, "
                                      "tile_row INTEGER, tile_data BLOB); INSERT INTO metadata VALUES ('minzoom', '8'), ('maxzoom', '15'), "
                                      "('attribution', 'Town tiles');",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            const QByteArray green = png(Qt::darkGreen);
            sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
            SqliteStatement insert(db, "INSERT INTO tiles VALUES (?, ?, ?, ?)");
            const QGeoCoordinate centre = dialog.preview()->centre();
            for (int z = 8; z <= 15; ++z) {
                const WebMercator::Tile at = WebMercator::tileAt(centre, z);
                for (int dx = -4; dx <= 4; ++dx)
                    for (int dy = -4; dy <= 4; ++dy) {
                        WebMercator::Tile t{z, at.x + dx, at.y + dy};
                        insert.reset();
                        insert.bindAll({z, t.x, t.tmsRow(), green});
                        QVERIFY(insert.exec());
                    }
            }
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
            sqlite3_close(db);
        }
        child<QLineEdit>(dialog, "mapPath")->setText(tiles);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "mapState")->text().contains(QStringLiteral("shown")), 10000);
        QVERIFY(dialog.preview()->findChild<Geo::TileSource *>());
        QVERIFY(dialog.apply());
        QVERIFY(dialog.changes().testFlag(SettingsDialog::Change::BaseMap));
        const Result<Geo::BaseMapConfig> kept = Geo::readBaseMapConfig(session.db());
        QVERIFY(kept.ok());
        QCOMPARE(kept->kind, Geo::BaseMapConfig::Kind::MbTiles);
        QCOMPARE(kept->path, QFileInfo(tiles).absoluteFilePath());
        QCOMPARE(kept->maxZoom, 15);                             // from the file, as civicdesk-admin map does
        QCOMPARE(kept->attribution, QStringLiteral("Town tiles")); // likewise
        dialog.close();

        // The window built again draws its maps from the file.
        QVERIFY(desk->rebuild());
        QVERIFY(desk->window()->mapPanel()->map()->findChild<Geo::TileSource *>());
    }

    void theReportsLogoAndLinesAreKeptInTheFile()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("reports.ini")), QSettings::IniFormat);
        std::unique_ptr<DeskApplication> desk = openDesk(settings, QStringLiteral("reports.civicdesk"));
        QVERIFY(desk);
        DeskSession &session = desk->window()->desk();
        SettingsDialog dialog(session, settings);
        // Not an image: said, and the emblem stays.
        const QString text = m_dir.filePath(QStringLiteral("logo.png"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a picture");
        }
        QVERIFY(!dialog.setLogoFile(text));
        QCOMPARE(dialog.tabs()->currentIndex(), 2);
        // A large image is kept smaller, in the file.
        const QString big = m_dir.filePath(QStringLiteral("crest.png"));
        QImage crest(1600, 1200, QImage::Format_RGB32);
        crest.fill(Qt::darkBlue);
        QVERIFY(crest.save(big));
        QVERIFY(dialog.setLogoFile(big));
        // Five lines do not fit under the name.
        auto *lines = child<QPlainTextEdit>(dialog, "reportHeader");
        lines->setPlainText(QStringLiteral("One\nTwo\nThree\nFour\nFive"));
        QVERIFY(!dialog.apply());
        QVERIFY(ReportSetStore(session.db()).logo().isEmpty()); // that page kept nothing
        lines->setPlainText(QStringLiteral("  Διεύθυνση Εξυπηρέτησης Δημοτών \n\nΠλατεία Δημαρχείου 1"));
        QVERIFY(dialog.apply());
        QVERIFY(dialog.changes().testFlag(SettingsDialog::Change::Reports));
        QCOMPARE(ReportSetStore(session.db()).header(), QStringLiteral("Διεύθυνση Εξυπηρέτησης Δημοτών\nΠλατεία Δημαρχείου 1"));
        const QImage logo = QImage::fromData(ReportSetStore(session.db()).logo());
        QCOMPARE(logo.size(), QSize(533, 400));
        // The image file can go: the logo is in the municipality's file.
        QVERIFY(QFile::remove(big));
        QCOMPARE(QImage::fromData(ReportSetStore(session.db()).logo()).size(), QSize(533, 400));
    }

    void theAdministratorSetsTheMailServerTriesItAndKeepsIt()
    {
        // A real mail server (Debian's aiosmtpd) on a loopback port, keeping what it takes in a Maildir.
        QTemporaryDir mailDir;
        const quint16 port = freePort();
        QProcess smtp;
        smtp.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        smtp.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(CIVICDESK_TESTS_DIR "/notify/smtpserver.py"), QStringLiteral("127.0.0.1"),
                                                        QString::number(port), mailDir.filePath(QStringLiteral("maildir"))});
        QVERIFY(smtp.waitForStarted(5000));
        QVERIFY(smtp.waitForReadyRead(15000)); // "listening"

        QSettings settings(m_dir.filePath(QStringLiteral("mail.ini")), QSettings::IniFormat);
        {
            // The supervisor has no such page.
            std::unique_ptr<DeskApplication> desk = openDesk(settings, QStringLiteral("mail-sup.civicdesk"));
            QVERIFY(desk);
            SettingsDialog dialog(desk->window()->desk(), settings);
            QVERIFY(!child<QWidget>(dialog, "messageSettingsPage"));
        }
        std::unique_ptr<DeskApplication> desk = openDesk(settings, QStringLiteral("mail.civicdesk"), QStringLiteral("admin"));
        QVERIFY(desk);
        DeskSession &session = desk->window()->desk();
        {
            SettingsDialog dialog(session, settings);
            auto *page = child<QWidget>(dialog, "messageSettingsPage");
            QVERIFY(page);
            auto *problem = child<QLabel>(dialog, "messageSettingsProblem");
            // A mistyped address: refused with the reason, nothing kept.
            child<QLineEdit>(dialog, "smtpUrl")->setText(QStringLiteral("smtp:/mail.example.gr"));
            child<QLineEdit>(dialog, "mailFrom")->setText(QStringLiteral("noreply@nea-armonia.example"));
            QVERIFY(!dialog.apply());
            QCOMPARE(dialog.tabs()->currentWidget(), page);
            QVERIFY2(problem->text().contains(QStringLiteral("is not a mail server's address")), qPrintable(problem->text()));
            QVERIFY(!readSmtpSettings(session.db()).value().has_value());
            // The right one, tried with a test e-mail before it is kept.
            child<QLineEdit>(dialog, "smtpUrl")->setText(QStringLiteral("smtp://127.0.0.1:%1").arg(port));
            child<QLineEdit>(dialog, "mailLogin")->setText(QString());
            child<QLineEdit>(dialog, "mailTestTo")->setText(QStringLiteral("not an address"));
            QMetaObject::invokeMethod(child<QPushButton>(dialog, "mailTest"), "click");
            QVERIFY2(child<QLabel>(dialog, "mailTestState")->text().contains(QStringLiteral("not an e-mail address")),
                     qPrintable(child<QLabel>(dialog, "mailTestState")->text()));
            child<QLineEdit>(dialog, "mailTestTo")->setText(QStringLiteral("admin@nea-armonia.example"));
            QMetaObject::invokeMethod(child<QPushButton>(dialog, "mailTest"), "click");
            QVERIFY2(child<QLabel>(dialog, "mailTestState")->text().contains(QStringLiteral("took the test message")),
                     qPrintable(child<QLabel>(dialog, "mailTestState")->text()));
            QCOMPARE(QDir(mailDir.filePath(QStringLiteral("maildir/new"))).entryList(QDir::Files).size(), 1);
            // An SMS gateway without its user: refused, and neither is kept.
            child<QLineEdit>(dialog, "smsUrl")->setText(QStringLiteral("http://127.0.0.1:13013/cgi-bin/sendsms"));
            QVERIFY(!dialog.apply());
            QVERIFY2(problem->text().contains(QStringLiteral("needs the user")), qPrintable(problem->text()));
            QVERIFY(!readSmtpSettings(session.db()).value().has_value());
            child<QLineEdit>(dialog, "smsUser")->setText(QStringLiteral("civicdesk"));
            child<QLineEdit>(dialog, "smsPassword")->setText(QStringLiteral("gateway-secret"));
            QVERIFY(dialog.apply());
        }
        const std::optional<SmtpSettings> mail = readSmtpSettings(session.db()).value();
        QVERIFY(mail);
        QCOMPARE(mail->url, QStringLiteral("smtp://127.0.0.1:%1").arg(port));
        const std::optional<SmsSettings> sms = readSmsSettings(session.db()).value();
        QVERIFY(sms);
        QCOMPARE(sms->password, QStringLiteral("gateway-secret"));
        {
            // Opened again: the password is kept, not shown; an untouched field keeps it.
            SettingsDialog dialog(session, settings);
            QVERIFY(child<QLineEdit>(dialog, "smsPassword")->text().isEmpty());
            child<QLineEdit>(dialog, "smsFrom")->setText(QStringLiteral("NeaArmonia"));
            QVERIFY(dialog.apply());
            QCOMPARE(readSmsSettings(session.db()).value()->password, QStringLiteral("gateway-secret"));
            QCOMPARE(readSmsSettings(session.db()).value()->from, QStringLiteral("NeaArmonia"));
            // Emptied: the desk stops sending e-mails (they wait in the outbox).
            child<QLineEdit>(dialog, "smtpUrl")->clear();
            QVERIFY(dialog.apply());
            QVERIFY(!readSmtpSettings(session.db()).value().has_value());
        }
        smtp.terminate();
        smtp.waitForFinished(5000);
    }

    void theServersAddressIsCheckedBeforeItIsKept()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("server.ini")), QSettings::IniFormat);
        std::unique_ptr<DeskApplication> desk = openDesk(settings, QStringLiteral("server.civicdesk"));
        QVERIFY(desk);
        SettingsDialog dialog(desk->window()->desk(), settings);
        auto *url = child<QLineEdit>(dialog, "serverUrl");
        auto *state = child<QLabel>(dialog, "serverState");
        child<QLineEdit>(dialog, "serverTenant")->setText(QStringLiteral("ath"));
        child<QLineEdit>(dialog, "serverLogin")->setText(QStringLiteral("op"));
        url->setText(QStringLiteral("civicdesk server"));
        QVERIFY(!dialog.apply());
        QCOMPARE(dialog.tabs()->currentIndex(), 3);
        QVERIFY2(state->text().contains(QStringLiteral("not a server address")), qPrintable(state->text()));
        // Nothing listens there.
        url->setText(QStringLiteral("http://127.0.0.1:%1").arg(freePort()));
        QVERIFY(!dialog.apply());
        QVERIFY2(state->text().startsWith(QStringLiteral("No server answers there")), qPrintable(state->text()));
        QVERIFY(!dialog.changes().testFlag(SettingsDialog::Change::ConnectToServer));

        // The real server, on a loopback port.
        QTemporaryDir serverDir;
        const quint16 port = freePort();
        QProcess server;
        server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        server.start(QStringLiteral(CIVICDESK_SERVER_BINARY),
                     {QStringLiteral("--db"), serverDir.filePath(QStringLiteral("server.db")), QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--log-level"), QStringLiteral("warning"),
                      QStringLiteral("--ladder-seconds"), QStringLiteral("0")});
        QVERIFY(server.waitForStarted(5000));
        const QString address = QStringLiteral("http://127.0.0.1:%1").arg(port);
        {
            CurlTransport probe(address);
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < 10000 && probe.get(QString::fromLatin1(SyncProtocol::HealthPath), {}, 1000).status != 200)
                QThread::msleep(20);
        }
        url->setText(address + QStringLiteral("/"));
        QVERIFY(dialog.apply());
        QVERIFY(dialog.changes().testFlag(SettingsDialog::Change::ConnectToServer));
        QCOMPARE(dialog.serverToJoin().server, address); // without the slash typed after it
        QCOMPARE(dialog.serverToJoin().tenant, QStringLiteral("ATH"));
        QCOMPARE(dialog.serverToJoin().login, QStringLiteral("op"));
        QVERIFY(DeskApplication::serverDeskPath(dialog.serverToJoin()).endsWith(QStringLiteral("/desks/ATH-127.0.0.1.civicdesk")));
        server.terminate();
        QVERIFY(server.waitForFinished(5000));
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
