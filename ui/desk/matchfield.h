// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace CivicDesk {

/// A text field with its matches listed right below, for choosing by typing: Up and Down move through the
/// matches while the caret stays in the field, Enter takes the highlighted one, Escape closes the list.
class MatchField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatchField)

public:
    explicit MatchField(QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    QListWidget *list() const { return m_list; }

    /// Offers @p items (text shown, data returned on choice) below the field; the first is highlighted.
    void setMatches(const QStringList &texts, const QVariantList &data);
    /// Shows @p text without searching again.
    void setTextQuietly(const QString &text);
    QString text() const;
    void setMaximumRows(int rows) { m_rows = rows; }

Q_SIGNALS:
    /// The text was edited by the user: time to look for matches.
    void textEdited(const QString &text);
    /// A match was taken with Enter, a click or a double click.
    void chosen(const QVariant &data, const QString &text);
    /// Enter with no match offered.
    void enterWithoutMatch(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void take(int row);

    QLineEdit *m_edit;
    QListWidget *m_list;
    int m_rows = 6;
};

} // namespace CivicDesk
