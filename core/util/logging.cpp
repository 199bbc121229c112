// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "civicdesk.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSearch, "civicdesk.search", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImport, "civicdesk.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "civicdesk.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDesk, "civicdesk.desk", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "civicdesk.sync", QtInfoMsg)
