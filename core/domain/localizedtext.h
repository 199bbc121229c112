// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace CivicDesk {

/// A text held in several languages (catalogue names, keywords), keyed by ISO 639-1 code.
class LocalizedText
{
public:
    LocalizedText() = default;
    LocalizedText(std::initializer_list<std::pair<const QString, QString>> init) : m_texts(init) {}

    void set(const QString &lang, const QString &text) { m_texts.insert(lang, text); }
    QString get(const QString &lang) const { return m_texts.value(lang); }
    /// The text in @p lang, else English, else any language present.
    QString best(const QString &lang) const;
    QStringList languages() const { return m_texts.keys(); }
    QStringList allTexts() const { return m_texts.values(); }
    bool isEmpty() const { return m_texts.isEmpty(); }

    QString toJson() const;
    static LocalizedText fromJson(const QString &json);

    bool operator==(const LocalizedText &other) const = default;

private:
    QMap<QString, QString> m_texts;
};

} // namespace CivicDesk
