// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/servicerequest.h"

#include <QHash>
#include <QListWidget>

namespace CivicDesk {

/// A request's history in words, newest first: when, who, and what happened (MessageText), never a raw code.
/// The queue's detail and the call desk's request dialog show the same view.
class RequestHistoryView final : public QListWidget
{
    Q_OBJECT
public:
    explicit RequestHistoryView(QWidget *parent = nullptr);

    /// Shows @p events; @p names gives the names of users, departments and crews by id.
    void showEvents(const QList<RequestEvent> &events, const QHash<QString, QString> &names);
};

} // namespace CivicDesk
