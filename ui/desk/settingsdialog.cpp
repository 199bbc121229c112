// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"
#include "ui/desk/messagesettingspage.h"

#include "core/text/desktranslations.h"
#include "core/storage/organisationrepository.h"
#include "core/commands/command.h"
#include <QCheckBox>

#include "core/desk/intake.h"
#include "core/session/desksession.h"
#include "core/settings/appsettings.h"
#include "core/storage/database.h"
#include "core/storage/reportsetstore.h"
#include "core/sync/curltransport.h"
#include "ui/map/mapsetup.h"
#include "ui/map/mapwidget.h"
#include "ui/print/reportpainter.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace CivicDesk {
namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QLabel *problemLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #a40000"));
    l->hide();
    return l;
}

} // namespace

SettingsDialog::SettingsDialog(DeskSession &desk, QSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_settings(settings)
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    resize(720, 600);
    checkServer = [](const QString &url) {
        CurlTransport net(url);
        net.setTimeoutMs(10000);
        return DeskSync::checkServer(net);
    };
    m_tabs->addTab(languagePage(), tr("&Language"));
    m_tabs->addTab(mapPage(), tr("&Base map"));
    m_tabs->addTab(reportsPage(), tr("&Reports"));
    m_tabs->addTab(serverPage(), tr("&Server"));
    if (m_desk.user().role != Role::Operator)
        m_tabs->addTab(alertsPage(), tr("Aler&ts"));
    if (m_desk.user().role == Role::Administrator) {
        m_messages = new MessageSettingsPage(m_desk, this);
        m_tabs->addTab(m_messages, tr("&Messages to citizens"));
    }
    if (!m_desk.writable()) {
        // The file may not be written (opened read-only): what is kept in it cannot change.
        for (QWidget *page : {m_mapPage, m_reportsPage}) {
            page->setEnabled(false);
            page->setToolTip(tr("This file is open read-only: what is kept in it cannot be changed here."));
        }
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] { apply(); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    m_language->setFocus();
}

SettingsDialog::~SettingsDialog() = default;

// --- Language ---------------------------------------------------------------------------------------------

QWidget *SettingsDialog::languagePage()
{
    auto *page = new QWidget(this);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("The computer's language"), QString());
    // Each language in its own name: whoever cannot read the current one still finds theirs.
    for (const QString &code : deskLanguages())
        m_language->addItem(languageOwnName(code), code);
    const int at = m_language->findData(AppSettings::language.get(m_settings));
    m_language->setCurrentIndex(std::max(at, 0));
    auto *form = new QFormLayout;
    form->addRow(tr("Language of the desk:"), m_language);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(note(tr("The desk changes language as soon as you press OK or Apply: the window is built again in the new "
                              "language, with the requests you have open and the call you are taking (kept as a draft). "
                              "Category names, dates and printed reports follow the new language too. The same setting is "
                              "made by starting the desk with --lang."),
                           page));
    layout->addStretch();
    return page;
}

// --- Base map ---------------------------------------------------------------------------------------------

QWidget *SettingsDialog::mapPage()
{
    auto *page = new QWidget(this);
    m_mapPage = page;
    m_vector = new QRadioButton(tr("Streets and districts, &drawn by CivicDesk (no tiles, works offline)"), page);
    m_xyz = new QRadioButton(tr("Tiles from a &tile server"), page);
    m_mbtiles = new QRadioButton(tr("Tiles from an &MBTiles file (offline)"), page);
    m_vector->setObjectName(QStringLiteral("mapVector"));
    m_xyz->setObjectName(QStringLiteral("mapXyz"));
    m_mbtiles->setObjectName(QStringLiteral("mapMbtiles"));
    auto *group = new QButtonGroup(page);
    group->addButton(m_vector);
    group->addButton(m_xyz);
    group->addButton(m_mbtiles);
    m_url = new QLineEdit(page);
    m_url->setObjectName(QStringLiteral("mapUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://tiles.example.org/{z}/{x}/{y}.png"));
    m_maxZoom = new QSpinBox(page);
    m_maxZoom->setObjectName(QStringLiteral("mapMaxZoom"));
    m_maxZoom->setRange(1, 22);
    m_attribution = new QLineEdit(page);
    m_attribution->setObjectName(QStringLiteral("mapAttribution"));
    m_attribution->setPlaceholderText(tr("© OpenStreetMap contributors"));
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("mapPath"));
    auto *browse = new QPushButton(tr("C&hoose…"), page);
    m_browse = browse;
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose an MBTiles file"), QFileInfo(m_path->text()).absolutePath(),
                                                          tr("MBTiles files (*.mbtiles);;All files (*)"));
        if (!file.isEmpty())
            m_path->setText(QDir::toNativeSeparators(file));
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Address of the tiles:"), m_url);
    form->addRow(tr("Highest zoom:"), m_maxZoom);
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Attribution:"), m_attribution);

    m_preview = new MapWidget(page);
    m_preview->setObjectName(QStringLiteral("mapPreview"));
    m_preview->setMinimumHeight(220);
    m_preview->setLayerVisible(MapWidget::Layer::Legend, false); // no requests here: the base map alone
    m_preview->setLayerVisible(MapWidget::Layer::Requests, false);
    m_preview->setDistricts(m_desk.intake().gazetteer().districts());
    m_preview->setStreets(m_desk.intake().gazetteer().streetLines());
    m_previewState = new QLabel(page);
    m_previewState->setObjectName(QStringLiteral("mapState"));
    m_previewState->setWordWrap(true);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_vector);
    layout->addWidget(m_xyz);
    layout->addWidget(m_mbtiles);
    layout->addLayout(form);
    layout->addWidget(m_previewState);
    layout->addWidget(m_preview, 1);

    const Result<Geo::BaseMapConfig> now = Geo::readBaseMapConfig(m_desk.db());
    const Geo::BaseMapConfig config = now.ok() ? now.value() : Geo::BaseMapConfig{};
    m_savedMap = now.ok() ? config.toJson() : QString();
    (config.kind == Geo::BaseMapConfig::Kind::Xyz ? m_xyz : config.kind == Geo::BaseMapConfig::Kind::MbTiles ? m_mbtiles : m_vector)->setChecked(true);
    m_url->setText(config.url);
    m_maxZoom->setValue(config.maxZoom);
    m_attribution->setText(config.attribution);
    m_path->setText(QDir::toNativeSeparators(config.path));
    if (m_desk.sync()) {
        // A synced desk's map is the municipality's, from the server: the same on every desk.
        for (QWidget *w : {static_cast<QWidget *>(m_vector), static_cast<QWidget *>(m_xyz), static_cast<QWidget *>(m_mbtiles),
                           static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_maxZoom), static_cast<QWidget *>(m_attribution),
                           static_cast<QWidget *>(m_path), m_browse})
            w->setEnabled(false);
        layout->insertWidget(0, note(tr("This desk works with the municipality's server: the base map is the municipality's, the "
                                        "same on every desk, and is set at the server (civicdesk-admin map on the municipality's "
                                        "file there)."),
                                     page));
    }

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(500);
    connect(&m_previewTimer, &QTimer::timeout, this, &SettingsDialog::updatePreview);
    for (QRadioButton *b : {m_vector, m_xyz, m_mbtiles})
        connect(b, &QRadioButton::toggled, this, [this] {
            updateMapFields();
            m_previewTimer.start();
        });
    for (QLineEdit *e : {m_url, m_path})
        connect(e, &QLineEdit::textChanged, this, [this] { m_previewTimer.start(); });
    connect(m_maxZoom, &QSpinBox::valueChanged, this, [this] { m_previewTimer.start(); });
    updateMapFields();
    showMunicipality(*m_preview, m_desk);
    updatePreview();
    return page;
}

Geo::BaseMapConfig SettingsDialog::baseMap() const
{
    Geo::BaseMapConfig c;
    c.kind = m_xyz->isChecked() ? Geo::BaseMapConfig::Kind::Xyz : m_mbtiles->isChecked() ? Geo::BaseMapConfig::Kind::MbTiles : Geo::BaseMapConfig::Kind::Vector;
    c.attribution = m_attribution->text().trimmed();
    if (c.kind == Geo::BaseMapConfig::Kind::Xyz) {
        c.url = m_url->text().trimmed();
        c.maxZoom = m_maxZoom->value();
    } else if (c.kind == Geo::BaseMapConfig::Kind::MbTiles) {
        c.path = m_path->text().trimmed().isEmpty() ? QString() : QFileInfo(QDir::fromNativeSeparators(m_path->text().trimmed())).absoluteFilePath();
        c.maxZoom = m_maxZoom->value();
    }
    return c;
}

void SettingsDialog::updateMapFields()
{
    const bool editable = !m_desk.sync();
    m_url->setEnabled(editable && m_xyz->isChecked());
    m_maxZoom->setEnabled(editable && m_xyz->isChecked());
    m_path->setEnabled(editable && m_mbtiles->isChecked());
    m_browse->setEnabled(editable && m_mbtiles->isChecked());
    m_attribution->setEnabled(editable && !m_vector->isChecked());
}

void SettingsDialog::updatePreview()
{
    m_tilesShown = 0;
    m_tilesMissing = 0;
    m_tileProblem.clear();
    m_previewState->setStyleSheet(QString());
    const Geo::BaseMapConfig config = baseMap();
    const QString problem = setBaseMap(*m_preview, config);
    if (Geo::TileSource *source = m_preview->findChild<Geo::TileSource *>()) {
        const auto say = [this] {
            QString text = tr("Preview: %n tile(s) shown", nullptr, m_tilesShown);
            if (m_tilesMissing > 0)
                text += QStringLiteral(" · ") + tr("%n missing", nullptr, m_tilesMissing) + QStringLiteral(" (") + m_tileProblem + QLatin1Char(')');
            m_previewState->setText(text);
        };
        connect(source, &Geo::TileSource::tileReady, this, [this, say] {
            ++m_tilesShown;
            say();
        });
        connect(source, &Geo::TileSource::tileFailed, this, [this, say](int, int, int, Geo::TileProblem, const QString &detail) {
            ++m_tilesMissing;
            m_tileProblem = detail;
            say();
        });
        m_previewState->setText(tr("Preview: fetching tiles…"));
    } else if (!problem.isEmpty()) {
        m_previewState->setText(tr("This base map cannot be used: %1").arg(problem));
    } else if (config.kind == Geo::BaseMapConfig::Kind::Vector) {
        m_previewState->setText(tr("Preview: the streets and districts of the municipality's file."));
    } else {
        m_previewState->clear();
    }
    m_preview->update();
}

bool SettingsDialog::applyMap()
{
    if (m_desk.sync() || !m_desk.writable())
        return true;
    Geo::BaseMapConfig c = baseMap();
    if (c.kind == Geo::BaseMapConfig::Kind::MbTiles) {
        // As civicdesk-admin map --mbtiles: the file must open and hold tiles; its zoom and attribution come with it.
        Result<std::unique_ptr<Geo::MbTilesSource>> file = Geo::MbTilesSource::open(c.path);
        if (!file)
            return fail(m_mapPage, m_previewState, tr("This base map cannot be used: %1").arg(file.error().message));
        c.maxZoom = file.value()->maxZoom();
        if (c.attribution.isEmpty())
            c.attribution = file.value()->attribution();
    }
    if (c.toJson() == m_savedMap)
        return true;
    if (Status s = Geo::writeBaseMapConfig(m_desk.db(), c); !s)
        return fail(m_mapPage, m_previewState, tr("This base map cannot be used: %1").arg(s.error().message));
    m_savedMap = c.toJson();
    m_changes |= Change::BaseMap;
    return true;
}

// --- Reports ----------------------------------------------------------------------------------------------

QWidget *SettingsDialog::reportsPage()
{
    auto *page = new QWidget(this);
    m_reportsPage = page;
    m_logo = new QLabel(page);
    m_logo->setObjectName(QStringLiteral("reportLogo"));
    m_logo->setFixedSize(200, 100);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setFrameShape(QFrame::StyledPanel);
    auto *choose = new QPushButton(tr("&Choose an image…"), page);
    auto *emblem = new QPushButton(tr("Use the CivicDesk &emblem"), page);
    connect(choose, &QPushButton::clicked, this, &SettingsDialog::chooseLogo);
    connect(emblem, &QPushButton::clicked, this, [this] {
        m_newLogo = QByteArray();
        m_reportsProblem->hide();
        showLogo();
    });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(choose);
    buttons->addWidget(emblem);
    buttons->addStretch();
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addLayout(buttons);
    logoRow->addStretch();
    m_header = new QPlainTextEdit(page);
    m_header->setObjectName(QStringLiteral("reportHeader"));
    m_header->setTabChangesFocus(true);
    m_header->setPlaceholderText(tr("Directorate of Citizen Services\nCity Hall, 1 Main Square"));
    m_header->setPlainText(ReportSetStore(m_desk.db()).header());
    m_header->setMaximumHeight(m_header->fontMetrics().lineSpacing() * 6);
    m_reportsProblem = problemLabel(page);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Logo, at the top right of a report's first page:"), page));
    layout->addLayout(logoRow);
    layout->addWidget(m_reportsProblem);
    layout->addWidget(new QLabel(tr("Lines under the municipality's name (at most four: the office, its address, a telephone):"), page));
    layout->addWidget(m_header);
    layout->addWidget(note(tr("The logo is kept in the municipality's file, so it prints the same after the image file has moved. "
                              "Both are this desk's: each desk of a municipality that works with a server sets its own."),
                           page));
    layout->addStretch();
    showLogo();
    return page;
}

void SettingsDialog::showLogo()
{
    const QImage image = ReportHeader::logoOf(m_newLogo ? *m_newLogo : ReportSetStore(m_desk.db()).logo());
    m_logo->setPixmap(QPixmap::fromImage(image.scaled(m_logo->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void SettingsDialog::chooseLogo()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose the logo"), QDir::homePath(),
                                                      tr("Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif);;All files (*)"));
    if (!file.isEmpty())
        setLogoFile(file);
}

bool SettingsDialog::setLogoFile(const QString &path)
{
    Result<QByteArray> logo = ReportHeader::logoFromFile(path);
    if (!logo)
        return fail(m_reportsPage, m_reportsProblem, logo.error().message);
    m_reportsProblem->hide();
    m_newLogo = logo.value();
    showLogo();
    return true;
}

bool SettingsDialog::applyReports()
{
    if (!m_desk.writable())
        return true;
    ReportSetStore store(m_desk.db());
    QStringList lines = m_header->toPlainText().split(QLatin1Char('\n'));
    for (QString &l : lines)
        l = l.trimmed();
    lines.removeAll(QString());
    if (lines.size() > 4)
        return fail(m_reportsPage, m_reportsProblem, tr("At most four lines fit under the municipality's name; there are %1.").arg(lines.size()));
    const QString header = lines.join(QLatin1Char('\n'));
    if (header != store.header()) {
        if (Status s = store.setHeader(header); !s)
            return fail(m_reportsPage, m_reportsProblem, s.error().message);
        m_changes |= Change::Reports;
    }
    if (m_newLogo) {
        if (Status s = store.setLogo(*m_newLogo); !s)
            return fail(m_reportsPage, m_reportsProblem, s.error().message);
        m_newLogo.reset();
        m_changes |= Change::Reports;
    }
    m_reportsProblem->hide();
    return true;
}

// --- Server -----------------------------------------------------------------------------------------------

QWidget *SettingsDialog::serverPage()
{
    auto *page = new QWidget(this);
    m_serverPage = page;
    m_server = new QLineEdit(page);
    m_server->setObjectName(QStringLiteral("serverUrl"));
    m_server->setPlaceholderText(QStringLiteral("https://civicdesk.example.gr"));
    m_tenant = new QLineEdit(page);
    m_tenant->setObjectName(QStringLiteral("serverTenant"));
    m_login = new QLineEdit(page);
    m_login->setObjectName(QStringLiteral("serverLogin"));
    m_serverState = new QLabel(page);
    m_serverState->setObjectName(QStringLiteral("serverState"));
    m_serverState->setWordWrap(true);
    auto *check = new QPushButton(tr("C&heck the address"), page);
    connect(check, &QPushButton::clicked, this, [this] {
        const QString url = m_server->text().trimmed();
        Status s = DeskSync::checkServerUrl(url);
        if (s) {
            QGuiApplication::setOverrideCursor(Qt::WaitCursor);
            s = checkServer(url);
            QGuiApplication::restoreOverrideCursor();
        }
        m_serverState->setStyleSheet(s ? QString() : QStringLiteral("color: #a40000"));
        m_serverState->setText(s ? tr("A CivicDesk server answers at this address.") : s.error().message);
    });
    auto *form = new QFormLayout;
    form->addRow(tr("Server address:"), m_server);
    form->addRow(tr("Municipality (code):"), m_tenant);
    form->addRow(tr("User name:"), m_login);
    auto *layout = new QVBoxLayout(page);
    if (DeskSync *sync = m_desk.sync()) {
        const DeskSync::Settings s = sync->settings();
        m_server->setText(s.server);
        m_tenant->setText(s.tenant);
        m_login->setText(s.login);
        m_tenant->setReadOnly(true);
        m_login->setReadOnly(true);
        layout->addWidget(note(tr("This desk works with the municipality's server and keeps its own copy of the data. If the "
                                  "server has moved to a new address, write it here: the desk checks that a CivicDesk server "
                                  "answers there and goes on with it, with the same user and the changes still waiting. To work "
                                  "as another user, use File → Sign out."),
                               page));
    } else {
        layout->addWidget(note(tr("This desk works alone on its file. To work with the municipality's server instead, write the "
                                  "server's address, the municipality's code there and your user name: after OK you sign in, "
                                  "and the desk fetches its own copy of the municipality's data and keeps it in step (the same "
                                  "as starting it with --server, --tenant and --login). This file stays as it is."),
                               page));
    }
    layout->addLayout(form);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(check);
    checkRow->addWidget(m_serverState, 1);
    layout->addLayout(checkRow);
    layout->addStretch();
    return page;
}

bool SettingsDialog::applyServer()
{
    const QString url = m_server->text().trimmed();
    DeskSync *sync = m_desk.sync();
    if (sync) {
        if (url == sync->settings().server)
            return true;
    } else if (url.isEmpty()) {
        return true;
    }
    if (Status s = DeskSync::checkServerUrl(url); !s)
        return fail(m_serverPage, m_serverState, s.error().message);
    if (!sync && (m_tenant->text().trimmed().isEmpty() || m_login->text().trimmed().isEmpty()))
        return fail(m_serverPage, m_serverState, tr("Write the municipality's code at the server and your user name as well."));
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status reached = checkServer(url);
    QGuiApplication::restoreOverrideCursor();
    if (!reached)
        return fail(m_serverPage, m_serverState, reached.error().message);
    if (sync) {
        if (Status s = sync->setServer(url); !s)
            return fail(m_serverPage, m_serverState, s.error().message);
        m_changes |= Change::ServerMoved;
    } else {
        m_join = {};
        m_join.server = url;
        while (m_join.server.endsWith(QLatin1Char('/')))
            m_join.server.chop(1);
        m_join.tenant = m_tenant->text().trimmed().toUpper();
        m_join.login = m_login->text().trimmed();
        m_changes |= Change::ConnectToServer;
    }
    m_serverState->setStyleSheet(QString());
    m_serverState->setText(tr("A CivicDesk server answers at this address."));
    return true;
}

// --- All --------------------------------------------------------------------------------------------------

bool SettingsDialog::fail(QWidget *page, QLabel *where, const QString &message)
{
    m_tabs->setCurrentWidget(page);
    where->setStyleSheet(QStringLiteral("color: #a40000"));
    where->setText(message);
    where->show();
    return false;
}

bool SettingsDialog::apply()
{
    const QString language = m_language->currentData().toString();
    if (language != AppSettings::language.get(m_settings)) {
        AppSettings::language.set(m_settings, language);
        m_settings.sync();
        m_changes |= Change::Language;
    }
    if (m_messages && !m_messages->apply()) {
        m_tabs->setCurrentWidget(m_messages);
        return false;
    }
    return applyMap() && applyReports() && applyServer() && applyAlerts();
}

// --- Alerts -----------------------------------------------------------------------------------------------

QWidget *SettingsDialog::alertsPage()
{
    auto *page = new QWidget(this);
    m_alertsPage = page;
    // As the user record says now (the session's copy is from the sign-in).
    const User u = OrganisationRepository(m_desk.db()).user(m_desk.user().id).value_or(m_desk.user());
    m_alertEmail = new QLineEdit(u.email, page);
    m_alertEmail->setObjectName(QStringLiteral("alertEmail"));
    m_alertsByEmail = new QCheckBox(tr("Send me my alerts by &e-mail too"), page);
    m_alertsByEmail->setObjectName(QStringLiteral("alertsByEmail"));
    m_alertsByEmail->setChecked(u.notifyByEmail);
    m_alertsProblem = new QLabel(page);
    m_alertsProblem->setObjectName(QStringLiteral("alertsProblem"));
    m_alertsProblem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_alertsProblem->setWordWrap(true);
    m_alertsProblem->hide();
    auto *about = new QLabel(tr("The work given to you or to your crew, and the escalation ladder's alerts for your role, are always in "
                                "the work queue's alert list, with a notification on the desktop. Ticked, each also comes by e-mail to "
                                "the address above, sent by the municipality's mail server."),
                             page);
    about->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&My e-mail address:"), m_alertEmail);
    form->addRow(QString(), m_alertsByEmail);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_alertsProblem);
    layout->addStretch();
    if (!m_desk.mayRun(CommandName::SetAlertsByEmail))
        page->setEnabled(false);
    return page;
}

bool SettingsDialog::applyAlerts()
{
    if (!m_alertsPage || !m_alertsPage->isEnabled())
        return true;
    const QString email = m_alertEmail->text().trimmed();
    const bool byEmail = m_alertsByEmail->isChecked();
    const std::optional<User> now = OrganisationRepository(m_desk.db()).user(m_desk.user().id);
    if (now && now->email == email && now->notifyByEmail == byEmail)
        return true;
    if (Status st = m_desk.runStatus(CommandName::SetAlertsByEmail, {{QStringLiteral("email"), email}, {QStringLiteral("byEmail"), byEmail}}); !st)
        return fail(m_alertsPage, m_alertsProblem, st.error().message);
    m_alertsProblem->hide();
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace CivicDesk
