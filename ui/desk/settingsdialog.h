// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/maps/tiles.h"
#include "core/sync/desksync.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QDialog>
#include <QFlags>
#include <QTimer>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSettings;
class QSpinBox;
class QTabWidget;

namespace CivicDesk {

class DeskSession;
class MapWidget;
class MessageSettingsPage;

/// The desk's settings (File → Settings…, Ctrl+,): the language of the desk, the municipality's base map with a
/// preview, the logo and the lines at the top of printed reports, and the server the desk works with. Each is
/// kept where its command-line equivalent keeps it: the language in the user's settings (`civicdesk --lang`),
/// the base map in the municipality's file (`civicdesk-admin map`), the report's logo and lines in the file
/// (`civicdesk-admin report-header`), the server in the desk's file (`civicdesk --server`); whether the user's
/// alerts come by e-mail too, in their user record (the user.alerts command, synced); for an administrator, the
/// mail server and SMS gateway of a desk that works alone, in the file (`civicdesk-admin mail-settings`).
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Change {
        Language = 1,        ///< the window must be rebuilt in the new language
        BaseMap = 2,         ///< the maps must be set up again
        Reports = 4,         ///< read at the next printout: nothing to do
        ServerMoved = 8,     ///< a synced desk's server has a new address: its sync starts again there
        ConnectToServer = 16 ///< a desk alone asks to work with a server (serverToJoin())
    };
    Q_DECLARE_FLAGS(Changes, Change)

    SettingsDialog(DeskSession &desk, QSettings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// Keeps what was changed. False when something cannot be kept: the page with the problem comes forward
    /// and says why, and nothing of that page is kept (pages before it are).
    bool apply();
    /// What apply() changed so far.
    Changes changes() const { return m_changes; }
    /// The server a desk alone asked to work with (Change::ConnectToServer): address, municipality, login.
    DeskSync::Settings serverToJoin() const { return m_join; }
    /// The base map as the page describes it now (what the preview shows).
    Geo::BaseMapConfig baseMap() const;
    /// The image @p path as the new logo (kept at apply()); false, with the reason on the page, if it is none.
    bool setLogoFile(const QString &path);
    MapWidget *preview() const { return m_preview; }
    QTabWidget *tabs() const { return m_tabs; }
    /// How a server's address is checked (by default: a CivicDesk server must answer its /health there).
    std::function<Status(const QString &url)> checkServer;

    void accept() override;

private:
    QWidget *languagePage();
    QWidget *mapPage();
    QWidget *reportsPage();
    QWidget *serverPage();
    QWidget *alertsPage();
    bool applyAlerts();
    void updateMapFields();
    void updatePreview();
    void showLogo();
    void chooseLogo();
    bool fail(QWidget *page, QLabel *where, const QString &message);
    bool applyMap();
    bool applyReports();
    bool applyServer();

    DeskSession &m_desk;
    QSettings &m_settings;
    Changes m_changes;
    QTabWidget *m_tabs;
    // Language
    QComboBox *m_language = nullptr;
    // Base map
    QWidget *m_mapPage = nullptr;
    QRadioButton *m_vector = nullptr;
    QRadioButton *m_xyz = nullptr;
    QRadioButton *m_mbtiles = nullptr;
    QLineEdit *m_url = nullptr;
    QSpinBox *m_maxZoom = nullptr;
    QLineEdit *m_attribution = nullptr;
    QLineEdit *m_path = nullptr;
    QWidget *m_browse = nullptr;
    MapWidget *m_preview = nullptr;
    QLabel *m_previewState = nullptr;
    QTimer m_previewTimer;
    int m_tilesShown = 0;
    int m_tilesMissing = 0;
    QString m_tileProblem;
    QString m_savedMap; ///< the configuration as kept (JSON), to tell whether it changed
    // Reports
    QWidget *m_reportsPage = nullptr;
    QLabel *m_logo = nullptr;
    QLabel *m_reportsProblem = nullptr;
    QWidget *m_alertsPage = nullptr;
    QLineEdit *m_alertEmail = nullptr;
    QCheckBox *m_alertsByEmail = nullptr;
    QLabel *m_alertsProblem = nullptr;
    MessageSettingsPage *m_messages = nullptr; ///< an administrator's: the mail server and SMS gateway
    QPlainTextEdit *m_header = nullptr;
    std::optional<QByteArray> m_newLogo; ///< a logo chosen (empty: the emblem again); nothing: unchanged
    // Server
    QWidget *m_serverPage = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_tenant = nullptr;
    QLineEdit *m_login = nullptr;
    QLabel *m_serverState = nullptr;
    DeskSync::Settings m_join;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(SettingsDialog::Changes)

} // namespace CivicDesk
