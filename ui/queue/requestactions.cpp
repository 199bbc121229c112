// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestactions.h"

#include "core/commands/command.h"
#include "core/session/desksession.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/requestrepository.h"
#include "core/sync/permissions.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QWidget>

namespace CivicDesk {

RequestActions::RequestActions(DeskSession &desk, QWidget &dialogParent, std::function<QStringList()> selection)
    : QObject(&dialogParent)
    , m_desk(desk)
    , m_parent(dialogParent)
    , m_selection(std::move(selection))
{
    auto add = [&](const QString &text, const QKeySequence &key, const char *command, auto slot, const char *name) {
        if (!m_desk.mayRun(command)) // the role allows it, and the file can be written
            return;
        auto *a = new QAction(text, &m_parent);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setObjectName(QLatin1String(name));
        connect(a, &QAction::triggered, this, slot);
        m_parent.addAction(a);
        m_actions.append(a);
    };
    add(tr("&Accept"), QKeySequence(Qt::Key_A), CommandName::Transition, [this] { accept(); }, "actionAccept");
    add(tr("Assi&gn to crew or person…"), QKeySequence(Qt::Key_G), CommandName::Assign, [this] { askAssign(); }, "actionAssign");
    add(tr("Change &status…"), QKeySequence(Qt::Key_S), CommandName::Transition, [this] { askStatus(); }, "actionStatus");
    add(tr("&Reroute…"), QKeySequence(Qt::Key_R), CommandName::Reroute, [this] { askReroute(); }, "actionReroute");
    add(tr("Link as &duplicate…"), QKeySequence(Qt::Key_D), CommandName::LinkDuplicate, [this] { askDuplicate(); }, "actionDuplicate");
    add(tr("Put on &hold…"), QKeySequence(Qt::Key_H), CommandName::Transition, [this] { askHold(); }, "actionHold");
    add(tr("Write a &note"), QKeySequence(Qt::Key_N), CommandName::AddNote, [this] { Q_EMIT noteWanted(); }, "actionNote");
    add(tr("Record the citizen's ra&ting…"), QKeySequence(Qt::Key_T), CommandName::RateSatisfaction, [this] { askRating(); }, "actionRate");
    // The crews' work list goes with giving work to crews.
    add(tr("Crew &work list…"), QKeySequence(Qt::Key_W), CommandName::Assign, [this] {
        const QStringList ids = m_selection();
        if (!ids.isEmpty())
            Q_EMIT workListWanted(ids);
    }, "actionWorkList");
}

QAction *RequestActions::action(const char *objectName) const
{
    for (QAction *a : m_actions) {
        if (a->objectName() == QLatin1String(objectName))
            return a;
    }
    return nullptr;
}

void RequestActions::refresh()
{
    bool accept = false, hold = false, status = false, open = false, duplicate = false;
    const QStringList ids = m_selection();
    RequestRepository requests(m_desk.db());
    for (qsizetype i = 0; i < ids.size() && !(accept && hold && open && duplicate); ++i) {
        if (i == 200) { // a selection this large: each request answers for itself when the action runs
            accept = hold = status = open = duplicate = true;
            break;
        }
        const std::optional<ServiceRequest> r = requests.get(ids.at(i));
        if (!r)
            continue;
        const QList<RequestStatus> moves = m_desk.workflow().allowedMoves(*r, m_desk.actor());
        status = status || !moves.isEmpty();
        accept = accept || moves.contains(RequestStatus::Accepted);
        hold = hold || moves.contains(RequestStatus::OnHold);
        duplicate = duplicate || moves.contains(RequestStatus::Duplicate);
        open = open || isOpen(r->status); // what assigning and rerouting need (decisions.cpp)
    }
    for (const auto &[name, on] : {std::pair{"actionAccept", accept}, std::pair{"actionStatus", status}, std::pair{"actionHold", hold},
                                   std::pair{"actionAssign", open}, std::pair{"actionReroute", open}, std::pair{"actionDuplicate", duplicate}}) {
        if (QAction *a = action(name))
            a->setEnabled(on);
    }
}

QString RequestActions::nameOf(const QStringList &ids) const
{
    if (ids.size() == 1) {
        if (const std::optional<ServiceRequest> r = RequestRepository(m_desk.db()).get(ids.front()))
            return r->trackingNumber;
    }
    return tr("%n request(s)", nullptr, int(ids.size()));
}

std::optional<ServiceRequest> RequestActions::first(const QStringList &ids) const
{
    return ids.isEmpty() ? std::nullopt : RequestRepository(m_desk.db()).get(ids.front());
}

int RequestActions::apply(const std::function<Status(const QString &)> &change)
{
    const QStringList ids = m_selection();
    int done = 0;
    QStringList problems;
    for (const QString &id : ids) {
        if (Status s = change(id); s)
            ++done;
        else
            problems.append(s.error().message);
    }
    problems.removeDuplicates();
    Q_EMIT applied(done, int(ids.size()), problems);
    return done;
}

int RequestActions::accept()
{
    return changeStatus(RequestStatus::Accepted, {});
}

int RequestActions::changeStatus(RequestStatus to, const QString &note, std::optional<AccuracyRating> accuracy)
{
    return apply([&](const QString &id) -> Status { return m_desk.changeStatus(id, to, note, accuracy); });
}

int RequestActions::reroute(const QString &departmentId, const QString &reason)
{
    return apply([&](const QString &id) {
        return m_desk.runStatus(CommandName::Reroute, {{QStringLiteral("requestId"), id}, {QStringLiteral("departmentId"), departmentId},
                                                       {QStringLiteral("reason"), reason}});
    });
}

int RequestActions::assign(const QString &crewId, const QString &assigneeId)
{
    return apply([&](const QString &id) {
        return m_desk.runStatus(CommandName::Assign, {{QStringLiteral("requestId"), id}, {QStringLiteral("crewId"), crewId},
                                                      {QStringLiteral("assigneeId"), assigneeId}});
    });
}

int RequestActions::linkDuplicate(const QString &masterTrackingNumber)
{
    const std::optional<ServiceRequest> master = RequestRepository(m_desk.db()).byTrackingNumber(masterTrackingNumber.trimmed());
    if (!master) {
        Q_EMIT applied(0, int(m_selection().size()), {tr("No request has the tracking number %1.").arg(masterTrackingNumber)});
        return 0;
    }
    return apply([&](const QString &id) {
        return m_desk.runStatus(CommandName::LinkDuplicate, {{QStringLiteral("requestId"), id}, {QStringLiteral("masterId"), master->id}});
    });
}

int RequestActions::addNote(const QString &text)
{
    return apply([&](const QString &id) {
        return m_desk.runStatus(CommandName::AddNote, {{QStringLiteral("requestId"), id}, {QStringLiteral("text"), text}});
    });
}

int RequestActions::rate(int score, const QString &comment)
{
    return apply([&](const QString &id) {
        return m_desk.runStatus(CommandName::RateSatisfaction, {{QStringLiteral("requestId"), id}, {QStringLiteral("score"), score},
                                                                {QStringLiteral("comment"), comment}});
    });
}

void RequestActions::askStatus()
{
    const QStringList ids = m_selection();
    const std::optional<ServiceRequest> r = first(ids);
    if (!r)
        return;
    const QList<RequestStatus> moves = m_desk.workflow().allowedMoves(*r, m_desk.actor());
    if (moves.isEmpty()) {
        Q_EMIT applied(0, int(ids.size()), {tr("You cannot move %1 from “%2”.").arg(r->trackingNumber, displayName(r->status))});
        return;
    }
    QDialog dialog(&m_parent);
    dialog.setObjectName(QStringLiteral("statusDialog"));
    dialog.setWindowTitle(tr("Change status: %1").arg(nameOf(ids)));
    auto *form = new QFormLayout(&dialog);
    auto *to = new QComboBox(&dialog);
    to->setObjectName(QStringLiteral("statusBox"));
    for (RequestStatus s : moves)
        to->addItem(displayName(s), toCode(s));
    auto *accuracy = new QComboBox(&dialog);
    accuracy->setObjectName(QStringLiteral("accuracyBox"));
    accuracy->addItem(tr("— not rated —"), QString());
    for (AccuracyRating a : {AccuracyRating::Accurate, AccuracyRating::PartlyAccurate, AccuracyRating::Inaccurate, AccuracyRating::FalseReport})
        accuracy->addItem(displayName(a), toCode(a));
    auto *note = new QLineEdit(&dialog);
    note->setObjectName(QStringLiteral("noteEdit"));
    form->addRow(new QLabel(tr("%1 is “%2” now.").arg(nameOf(ids), displayName(r->status)), &dialog));
    form->addRow(tr("&New status:"), to);
    form->addRow(tr("Report &accuracy:"), accuracy);
    form->addRow(tr("N&ote:"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    changeStatus(*requestStatusFromCode(to->currentData().toString()), note->text(), accuracyRatingFromCode(accuracy->currentData().toString()));
}

void RequestActions::askHold()
{
    const QStringList ids = m_selection();
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString why = QInputDialog::getText(&m_parent, tr("Put on hold: %1").arg(nameOf(ids)), tr("Waiting for whom or what?"), QLineEdit::Normal, {}, &ok);
    if (ok)
        changeStatus(RequestStatus::OnHold, why);
}

void RequestActions::askReroute()
{
    const QStringList ids = m_selection();
    if (ids.isEmpty())
        return;
    QStringList names;
    QStringList departmentIds;
    for (const Department &d : OrganisationRepository(m_desk.db()).departments()) {
        if (d.kind == DepartmentKind::Directorate || d.kind == DepartmentKind::Crew)
            continue;
        names.append(d.name.best(m_desk.uiLanguage()));
        departmentIds.append(d.id);
    }
    const QString title = tr("Reroute: %1").arg(nameOf(ids));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(&m_parent, title, tr("Send to:"), names, 0, false, &ok);
    if (!ok)
        return;
    const QString reason = QInputDialog::getText(&m_parent, title, tr("Why? (the other department reads it)"), QLineEdit::Normal, {}, &ok);
    if (ok)
        reroute(departmentIds.value(names.indexOf(chosen)), reason);
}

void RequestActions::askAssign()
{
    const QStringList ids = m_selection();
    const std::optional<ServiceRequest> r = first(ids);
    if (!r)
        return;
    QStringList names{tr("— no crew —")};
    QStringList crewIds{QString()};
    for (const Department &d : OrganisationRepository(m_desk.db()).departments()) {
        if (d.kind == DepartmentKind::Crew && d.parentId == r->departmentId) {
            names.append(d.name.best(m_desk.uiLanguage()));
            crewIds.append(d.id);
        }
    }
    QStringList people{tr("— nobody —")};
    QStringList peopleIds{QString()};
    for (const User &u : OrganisationRepository(m_desk.db()).users()) {
        if (u.active && (u.departmentId == r->departmentId || crewIds.contains(u.departmentId))) {
            people.append(u.displayName);
            peopleIds.append(u.id);
        }
    }
    const QString title = tr("Assign: %1").arg(nameOf(ids));
    bool ok = false;
    const QString crew = QInputDialog::getItem(&m_parent, title, tr("Crew:"), names, names.size() > 1 ? 1 : 0, false, &ok);
    if (!ok)
        return;
    const QString person = QInputDialog::getItem(&m_parent, title, tr("Person:"), people, 0, false, &ok);
    if (ok)
        assign(crewIds.value(names.indexOf(crew)), peopleIds.value(people.indexOf(person)));
}

void RequestActions::askDuplicate()
{
    const QStringList ids = m_selection();
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString tracking = QInputDialog::getText(&m_parent, tr("Link as duplicate: %1").arg(nameOf(ids)), tr("Tracking number of the request it repeats:"),
                                                   QLineEdit::Normal, {}, &ok);
    if (ok && !tracking.trimmed().isEmpty())
        linkDuplicate(tracking);
}

void RequestActions::askRating()
{
    const QStringList ids = m_selection();
    if (ids.isEmpty())
        return;
    const QString title = tr("Citizen's rating: %1").arg(nameOf(ids));
    bool ok = false;
    const int score = QInputDialog::getInt(&m_parent, title, tr("How satisfied is the citizen (1–5)?"), 4, 1, 5, 1, &ok);
    if (!ok)
        return;
    const QString comment = QInputDialog::getText(&m_parent, title, tr("Their comment:"), QLineEdit::Normal, {}, &ok);
    if (ok)
        rate(score, comment);
}

} // namespace CivicDesk
