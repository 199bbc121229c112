// SPDX-License-Identifier: GPL-3.0-or-later
#include "requesthistoryview.h"
#include "core/text/datetext.h"

#include "core/domain/messagetext.h"

#include <QDateTime>
#include <QLocale>

namespace CivicDesk {

RequestHistoryView::RequestHistoryView(QWidget *parent)
    : QListWidget(parent)
{
    setAccessibleName(tr("History"));
    setWordWrap(true);
}

void RequestHistoryView::showEvents(const QList<RequestEvent> &events, const QHash<QString, QString> &names)
{
    clear();
    const auto nameOf = [&names](const QString &id) { return names.value(id); };
    // Who: a user, the ladder, or, for what came in by itself (the web, an app, an import), the channel's name.
    const auto actorOf = [&names](const QString &id) {
        if (const auto it = names.constFind(id); it != names.cend())
            return *it;
        const std::optional<Channel> channel = channelFromCode(id);
        return channel ? displayName(*channel) : id;
    };
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        addItem(QStringLiteral("%1 · %2\n%3").arg(DateText::dateTime(it->at),
                                                  actorOf(it->actorId), MessageText::describe(*it, nameOf)));
    }
}

} // namespace CivicDesk
