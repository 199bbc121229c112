// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/desk/fieldproblems.h"
#include "core/domain/citizen.h"

#include <QMap>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace CivicDesk {

class DeskSession;

/// Registration of a new citizen, or editing of one: five kinds, phones parsed as typed, e-mails, tax id,
/// address, preferred language, consent per channel. Problems show under their field; nothing typed is
/// thrown away by a failed save.
class CitizenEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CitizenEditor)

public:
    explicit CitizenEditor(DeskSession &desk, QWidget *parent = nullptr);

    /// A new record, with the caller's number already in the first phone field.
    void startNew(const QString &phone, const QString &warning = {});
    void edit(const Citizen &citizen);
    /// The record as the form holds it now (not yet checked).
    Citizen current() const;
    void setCurrent(const Citizen &citizen);
    bool isNew() const { return m_new; }
    /// Whether anything beyond the caller's number was typed (a name, an e-mail, a note...).
    bool hasTypedAnything() const;
    /// During a call, registration is a choice: the form offers to file a request without it.
    void setAnonymousOffered(bool offered);

    /// Checks and saves; true and citizenSaved() on success, else the problems show under the fields.
    bool save();

    QLineEdit *givenName() const { return m_given; }
    QLineEdit *familyName() const { return m_family; }
    QLineEdit *phoneField(int i) const { return m_phones.value(i); }
    QLineEdit *emailField() const { return m_email; }
    QLineEdit *taxIdField() const { return m_taxId; }
    QLabel *problemLabel(const QString &field) const { return m_problems.label(field); }
    QCheckBox *consentBox(ContactChannel channel) const { return m_consents.value(channel); }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *anonymousButton() const { return m_anonymous; }

Q_SIGNALS:
    void citizenSaved(const QString &citizenId, bool created);
    void cancelled();
    /// The caller does not want to be registered: a request without a citizen.
    void anonymousRequested();
    /// Something was typed: the owner may keep a draft.
    void edited();

private:
    void updateKind();
    /// The contact channels a new citizen's consent is still to be asked for: SMS with a phone, e-mail with an
    /// address, when their boxes were not touched.
    QList<ContactChannel> consentToAsk(const Citizen &c) const;

    DeskSession &m_desk;
    bool m_new = true;
    /// The operator was asked to ask the caller: saving again records an unticked box as a "no".
    bool m_consentAsked = false;
    QSet<ContactChannel> m_consentTouched;
    Citizen m_original;
    QLabel *m_title;
    QLabel *m_banner;
    QComboBox *m_kind;
    QLineEdit *m_given;
    QLineEdit *m_family;
    QLineEdit *m_organisation;
    QLineEdit *m_taxId;
    QList<QLineEdit *> m_phones;
    QList<QLabel *> m_phoneFormatted;
    QLineEdit *m_email;
    QLineEdit *m_address;
    QComboBox *m_language;
    QMap<ContactChannel, QCheckBox *> m_consents;
    QPlainTextEdit *m_notes;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QPushButton *m_anonymous;
    FieldProblemLabels m_problems{QStringLiteral("name")};
};

} // namespace CivicDesk
