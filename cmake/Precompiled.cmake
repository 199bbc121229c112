# SPDX-License-Identifier: GPL-3.0-or-later
# Precompiled headers: the Qt and standard headers most files include, parsed once per kind of target instead of
# once per file (a clean build on two cores: 712 s before, 608 s with them). A target reuses another's header only
# when it is compiled with the same flags and defines every macro the header was built with (QT_*_LIB among them):
# core's areas, the server, civicdesk-admin and civicdesk-bench reuse civicdesk_util's; the widgets library and each
# Catch2 suite (at -O0) compile their own; the widget tests reuse their support library's. GCC refuses a header
# that does not fit (-Winvalid-pch, an error under CIVICDESK_WERROR), so a mismatch shows in the build, not as a
# slower one.
# CIVICDESK_PRECOMPILE=OFF builds without them (to check that every file includes what it uses).

option(CIVICDESK_PRECOMPILE "Precompile the common Qt and standard headers" ON)

set(CIVICDESK_PCH_CORE
    <algorithm> <cmath> <functional> <memory> <optional> <utility> <vector>
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QElapsedTimer> <QFile> <QFileInfo> <QHash> <QJsonArray>
    <QJsonDocument> <QJsonObject> <QList> <QLocale> <QMap> <QObject> <QRegularExpression> <QSet> <QString>
    <QStringList> <QTimeZone> <QTimer> <QUrl> <QVariant>)
set(CIVICDESK_PCH_WIDGETS
    ${CIVICDESK_PCH_CORE}
    <QApplication> <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox> <QFormLayout> <QHBoxLayout> <QHeaderView>
    <QLabel> <QLineEdit> <QListWidget> <QPlainTextEdit> <QPushButton> <QTableView> <QVBoxLayout> <QWidget>)

# civicdesk_precompile(TARGET CORE|WIDGETS|TESTS|WIDGET_TESTS) compiles the kind's header for TARGET;
# civicdesk_precompile_reuse(TARGET FROM) uses FROM's.
function(civicdesk_precompile target kind)
    if(NOT CIVICDESK_PRECOMPILE)
        return()
    endif()
    if(kind STREQUAL "CORE")
        target_precompile_headers(${target} PRIVATE ${CIVICDESK_PCH_CORE})
    elseif(kind STREQUAL "WIDGETS")
        target_precompile_headers(${target} PRIVATE ${CIVICDESK_PCH_WIDGETS})
    elseif(kind STREQUAL "TESTS")
        target_precompile_headers(${target} PRIVATE ${CIVICDESK_PCH_CORE} <QTemporaryDir> <catch2/catch.hpp>)
    elseif(kind STREQUAL "WIDGET_TESTS")
        target_precompile_headers(${target} PRIVATE ${CIVICDESK_PCH_WIDGETS} <QTemporaryDir> <QtTest>)
    else()
        message(FATAL_ERROR "civicdesk_precompile: unknown kind ${kind}")
    endif()
endfunction()

function(civicdesk_precompile_reuse target from)
    if(CIVICDESK_PRECOMPILE)
        target_precompile_headers(${target} REUSE_FROM ${from})
    endif()
endfunction()
