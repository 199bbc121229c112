// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace CivicDesk {

/// The user guide (Help → User guide, Shift+F1): one page per role, in the desk's language where the guide is
/// written in it (Greek, English), else in English. Carried in the program; also installed as HTML under
/// /usr/share/doc/civicdesk/guide/.
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(const QString &language, QWidget *parent = nullptr);

    /// The languages the guide is written in.
    static QStringList languages();
    /// The guide's language for the desk's @p language.
    static QString guideLanguage(const QString &language);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace CivicDesk
