// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/report.h"
#include "ui/print/reportpainter.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;

namespace CivicDesk {

class DeskSession;
class SyncAgent;

/// The parametric reports of the desk: kind, period, department, type, status, district, channel, priority,
/// grouping, sort and size; previewed, printed, saved as PDF or CSV; parameter sets saved by name and reused.
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    explicit ReportDialog(DeskSession &desk, QWidget *parent = nullptr);
    /// A partial replica's sync agent: a report of a period the desk does not hold is asked of the server
    /// through it. Without one such a report is refused with a message, never made from part of the requests.
    void setServer(SyncAgent *agent) { m_agent = agent; }

    ReportParameters parameters() const;
    void setParameters(const ReportParameters &parameters);
    /// Builds the report; on a bad period the message shows in the dialog and nothing is returned.
    std::optional<ReportTable> build();
    bool exportPdf(const QString &path);
    bool exportCsv(const QString &path);
    void preview();

    /// Parameter sets saved in this database, by name.
    QStringList savedSets() const;
    bool saveSet(const QString &name);
    bool loadSet(const QString &name);

    QLabel *messageLabel() const { return m_message; }
    QComboBox *kindBox() const { return m_kind; }

private:
    ReportHeader header() const;
    /// The report of a period before a partial replica's scope, made by the server (waits for its answer).
    std::optional<ReportTable> buildOnServer(const ReportParameters &parameters);
    /// Shows @p message under the form: in the warning colour when it is a @p problem, plain otherwise.
    void say(const QString &message, bool problem = true);

    DeskSession &m_desk;
    QComboBox *m_kind;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_department;
    QComboBox *m_type;
    QComboBox *m_status;
    QComboBox *m_district;
    QComboBox *m_channel;
    QComboBox *m_priority;
    QComboBox *m_groupBy;
    QComboBox *m_sortBy;
    QSpinBox *m_limit;
    QComboBox *m_sets;
    QLabel *m_message;
    SyncAgent *m_agent = nullptr;
};

} // namespace CivicDesk
