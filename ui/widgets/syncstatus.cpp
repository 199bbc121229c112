// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstatus.h"
#include "core/text/datetext.h"

#include "core/commands/command.h"
#include "core/desk/citizenprofile.h"
#include "core/domain/messagetext.h"
#include "core/sync/desksync.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace CivicDesk {
namespace {

/// A command's name in the operator's words.
QString commandName(const QString &name)
{
    using namespace CommandName;
    const QByteArray n = name.toLatin1();
    if (n == FileRequest)
        return SyncStatus::tr("Filing a request");
    if (n == JoinRequest)
        return SyncStatus::tr("Adding a caller to a request");
    if (n == Transition)
        return SyncStatus::tr("Changing a status");
    if (n == Reroute)
        return SyncStatus::tr("Routing to a department");
    if (n == Assign)
        return SyncStatus::tr("Assigning a crew");
    if (n == AddNote)
        return SyncStatus::tr("Adding a note");
    if (n == LinkDuplicate)
        return SyncStatus::tr("Marking a duplicate");
    if (n == RateSatisfaction)
        return SyncStatus::tr("Recording satisfaction");
    if (n == SaveCitizen)
        return SyncStatus::tr("Saving a citizen");
    if (n == MergeCitizens)
        return SyncStatus::tr("Merging citizens");
    if (n == StartCall || n == SetCallCitizen || n == LinkCall || n == EndCall)
        return SyncStatus::tr("Recording a call");
    return name;
}

} // namespace

SyncStatus::SyncStatus(DeskSync &sync, QWidget *parent)
    : QToolButton(parent)
    , m_sync(sync)
{
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(this, &QToolButton::clicked, this, [this] {
        if (m_state.signedOut)
            emit signInRequested();
        else if (m_state.replaced)
            emit restartRequested();
        else
            showRefused();
    });
    setState({});
}

QString SyncStatus::describe(const SyncAgent::State &s)
{
    QStringList parts;
    if (s.outdated)
        parts.append(tr("Update this desk: the server is newer"));
    else if (s.replaced && !s.signedOut)
        parts.append(tr("The server's data was replaced: click to start again from it"));
    else if (s.errorCode == QLatin1String("sync.schema-unknown"))
        parts.append(tr("The server is older than this desk: it must be updated"));
    else if (s.signedOut)
        parts.append(tr("Sign in again"));
    else if (s.online && !s.lastError.isEmpty())
        parts.append(tr("Online, not in step")); // the server answered, but refused the exchange: the tooltip says why
    else
        parts.append(s.online ? tr("Online") : tr("Offline"));
    parts.append(s.waiting == 0 ? tr("all sent") : tr("%n waiting", nullptr, s.waiting));
    if (s.refused > 0)
        parts.append(tr("%n refused", nullptr, s.refused));
    if (s.conflicts > 0)
        parts.append(tr("%n conflict(s)", nullptr, s.conflicts));
    return parts.join(QStringLiteral(" · "));
}

void SyncStatus::setState(const SyncAgent::State &state)
{
    m_state = state;
    setText(describe(state));
    QString tip = state.lastSyncAt > 0 ? tr("Last brought up to date at %1.").arg(DateText::dateTime(state.lastSyncAt))
                                       : tr("Not brought up to date since the desk started.");
    if (!state.lastError.isEmpty())
        tip += u'\n' + state.lastError;
    setToolTip(tip);
    const bool trouble = state.signedOut || state.outdated || state.replaced || state.refused > 0 || state.conflicts > 0 || (state.online && !state.lastError.isEmpty());
    setStyleSheet(trouble ? QStringLiteral("color: #b00020; font-weight: bold") : state.online ? QString() : QStringLiteral("color: #8a5a00"));
}

void SyncStatus::showRefused()
{
    QDialog dialog(window()); // not the button's child: its warning colours are the button's alone
    dialog.setWindowTitle(tr("Changes the server refused, and conflicts"));
    auto *layout = new QVBoxLayout(&dialog);
    const QList<Rejection> refused = m_sync.rejections(false);
    layout->addWidget(new QLabel(refused.isEmpty() ? tr("The server has refused none of this desk's changes.")
                                                   : tr("These changes were made here while the server's data said otherwise; they are undone on this desk.\n"
                                                        "Do again what still needs doing."),
                                 &dialog));
    auto *table = new QTableWidget(int(refused.size()), 3, &dialog);
    table->setHorizontalHeaderLabels({tr("When"), tr("Change"), tr("Why")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < refused.size(); ++i) {
        const Rejection &r = refused.at(i);
        const qint64 at = r.command.value(QStringLiteral("at")).toInteger(r.at);
        table->setItem(i, 0, new QTableWidgetItem(DateText::dateTime(at)));
        table->setItem(i, 1, new QTableWidgetItem(commandName(r.command.value(QStringLiteral("name")).toString())));
        auto *why = new QTableWidgetItem(r.message);
        if (!r.seen) {
            QFont bold = why->font();
            bold.setBold(true);
            why->setFont(bold);
        }
        table->setItem(i, 2, why);
    }
    table->resizeColumnsToContents();
    layout->addWidget(table);
    // Edits of a citizen's details that met another desk's: whose stand, and what was set aside, whole.
    const QList<CitizenConflict> conflicts = m_sync.conflicts();
    if (!conflicts.isEmpty()) {
        layout->addWidget(new QLabel(tr("Citizens' details edited at two desks from the same version: the later edit stands; "
                                        "the other is kept here. Copy back what it should have changed."),
                                     &dialog));
        auto *list = new QTableWidget(int(conflicts.size()), 4, &dialog);
        list->setObjectName(QStringLiteral("conflicts"));
        list->setHorizontalHeaderLabels({tr("When"), tr("Citizen"), tr("Stands"), tr("Set aside")});
        list->horizontalHeader()->setStretchLastSection(true);
        list->verticalHeader()->hide();
        list->setEditTriggers(QAbstractItemView::NoEditTriggers);
        const QString me = m_sync.settings().userId;
        for (int i = 0; i < conflicts.size(); ++i) {
            const CitizenConflict &c = conflicts.at(i);
            const Citizen lost = citizenFromJson(c.lostValues);
            QStringList what{lost.displayName()};
            for (const CitizenPhone &p : lost.phones)
                what.append(p.typed);
            if (!lost.address.isEmpty())
                what.append(lost.address);
            if (!lost.notes.isEmpty())
                what.append(lost.notes);
            list->setItem(i, 0, new QTableWidgetItem(DateText::dateTime(c.at)));
            list->setItem(i, 1, new QTableWidgetItem(lost.displayName()));
            list->setItem(i, 2, new QTableWidgetItem(c.keptBy == me ? tr("your edit") : tr("another desk's edit")));
            list->setItem(i, 3, new QTableWidgetItem((c.lostBy == me ? tr("yours: ") : tr("theirs: ")) + what.join(QStringLiteral(" · "))));
        }
        list->resizeColumnsToContents();
        layout->addWidget(list);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::accept);
    layout->addWidget(buttons);
    dialog.resize(720, 360);
    dialog.exec();
    (void)m_sync.markRejectionsSeen();
    (void)m_sync.markConflictsSeen();
    SyncAgent::State seen = m_state;
    seen.refused = 0;
    seen.conflicts = 0;
    setState(seen);
}

} // namespace CivicDesk
