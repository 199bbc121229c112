// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/duplicatefinder.h"
#include "ui/desk/fieldproblems.h"
#include "core/desk/gazetteer.h"
#include "core/desk/intake.h"

#include <QMap>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace CivicDesk {

class DeskSession;
class MatchField;
class MapWidget;

/// A new request from a call: the type chosen by typing, its questions as fields, the place by address
/// (from the gazetteer) or coordinates, description, urgency, emergency, photos; duplicates nearby are
/// listed as soon as type and place are known. Keyboard first: Enter takes a match and moves on,
/// Ctrl+Enter files, Ctrl+L joins the highlighted duplicate.
class IntakeForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeForm)

public:
    explicit IntakeForm(DeskSession &desk, QWidget *parent = nullptr);

    /// A new intake for @p citizenId (may be empty: anonymous) in call @p callId.
    void start(const QString &callId, const QString &callerNumber, const QString &citizenId, const QString &citizenLanguage);
    /// Puts a saved draft back into the form.
    void restore(const IntakeDraft &draft, const QString &citizenLanguage);
    IntakeDraft draft() const { return m_draft; }

    /// Files a new request (Ctrl+Enter); on problems they show under the fields and nothing is lost. With an open
    /// request of the type nearby, the first press names it and offers to join it; the second files.
    bool fileNew();
    /// Joins the highlighted duplicate (Ctrl+L).
    bool linkToSelected();

    MatchField *typeField() const { return m_type; }
    MatchField *addressField() const { return m_address; }
    QLineEdit *coordinatesField() const { return m_coordinates; }
    QPlainTextEdit *descriptionField() const { return m_description; }
    QCheckBox *emergencyBox() const { return m_emergency; }
    QLabel *emergencyBanner() const { return m_emergencyBanner; }
    QTableWidget *duplicatesTable() const { return m_duplicates; }
    MapWidget *map() const { return m_map; }
    QLabel *placeLabel() const { return m_place; }
    QWidget *attributeField(const QString &code) const { return m_attributeFields.value(code); }
    QLabel *problemLabel(const QString &field) const { return m_problems.label(field); }
    const QList<DuplicateCandidate> &duplicates() const { return m_candidates; }
    /// Milliseconds the last duplicate lookup took, lookup and table together.
    double lastDuplicateLookupMs() const { return m_lastLookupMs; }

    /// Sets the place from a gazetteer address (what choosing it in the list does).
    void setAddress(const AddressMatch &address);

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void filed(const FiledRequest &result);
    /// The draft changed; the owner keeps it.
    void draftChanged();
    void cancelled();

private:
    void updateTypeMatches(const QString &text);
    void chooseType(const QString &typeId);
    void buildAttributeFields();
    void updateAddressMatches(const QString &text);
    void coordinatesEdited(const QString &text);
    /// Says so and returns true when @p point lies outside the municipality.
    bool refuseOutside(const QGeoCoordinate &point);
    /// A click on the map: the place, the nearest address of the gazetteer and the district.
    void pickLocation(const QGeoCoordinate &at);
    /// Shows the draft's place on the map.
    void showOnMap();
    void refreshDuplicates();
    void readAttributes();
    void changed();
    void updateEmergency();
    void addAttachments();
    void showAttachments();
    Result<FiledRequest> submit(const QString &linkTo);

    DeskSession &m_desk;
    IntakeDraft m_draft;
    QString m_citizenLanguage;
    QList<AddressMatch> m_addressMatches;
    QList<DuplicateCandidate> m_candidates;
    /// Ctrl+Enter was pressed once with a request of the type nearby: the next one files a new request.
    bool m_newConfirmed = false;
    double m_lastLookupMs = 0;
    bool m_loading = false;

    QLabel *m_caller;
    MatchField *m_type;
    QLabel *m_typeInfo;
    QWidget *m_attributesBox;
    QFormLayout *m_attributesLayout;
    QMap<QString, QWidget *> m_attributeFields;
    MatchField *m_address;
    QLabel *m_place;
    MapWidget *m_map;
    bool m_mapReady = false;
    QLineEdit *m_coordinates;
    QPlainTextEdit *m_description;
    QComboBox *m_urgency;
    QCheckBox *m_emergency;
    QLabel *m_emergencyBanner;
    QListWidget *m_attachments;
    QPushButton *m_attach;
    QTableWidget *m_duplicates;
    QLabel *m_duplicatesTitle;
    QPushButton *m_link;
    QPushButton *m_file;
    FieldProblemLabels m_problems{QStringLiteral("type")};
};

} // namespace CivicDesk
