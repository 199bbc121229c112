// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workflow/campaigns.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace CivicDesk {

class DeskSession;

/// A message to a group of citizens (File → Targeted message…): chosen by district, by the types of requests
/// they reported and by kind; the count of whom it reaches on each channel (and of those who agreed to none)
/// and the text as it is sent, before it is sent; the pace; then the send log with what was delivered and
/// what failed. Sent with the campaign.send command (supervisors and the administrator).
class CampaignDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CampaignDialog(DeskSession &desk, QWidget *parent = nullptr);
    ~CampaignDialog() override;

    /// The message as the page describes it now.
    Campaigns::Draft draft() const;
    /// Sends it (after the operator's confirmation unless @p confirm is false); false with the reason shown.
    bool send(bool confirm = true);
    /// The preview's words (who it reaches), or the draft's problem.
    QString previewText() const;
    /// Reads the send log again.
    void refreshLog();

private:
    void updatePreview();

    DeskSession &m_desk;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_title = nullptr;
    QListWidget *m_districts = nullptr;
    QListWidget *m_types = nullptr;
    QListWidget *m_kinds = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLineEdit *m_subjectEn = nullptr;
    QPlainTextEdit *m_bodyEn = nullptr;
    QSpinBox *m_rate = nullptr;
    QLabel *m_preview = nullptr;
    QPushButton *m_send = nullptr;
    QTableWidget *m_log = nullptr;
    QLabel *m_failures = nullptr;
    bool m_previewOk = false;
};

} // namespace CivicDesk
