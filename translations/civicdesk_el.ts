<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="el" sourcelanguage="en">
<context>
    <name>CivicDesk</name>
    <message>
        <source>Demo data %1 is missing from this build.</source>
        <translation>Τα δεδομένα επίδειξης %1 λείπουν από αυτή την έκδοση.</translation>
    </message>
    <message>
        <source>Demo data %1 is damaged: %2</source>
        <translation>Τα δεδομένα επίδειξης %1 είναι κατεστραμμένα: %2</translation>
    </message>
    <message>
        <source>There is no demo data for country %1 (available: %2).</source>
        <translation>Δεν υπάρχουν δεδομένα επίδειξης για τη χώρα %1 (διαθέσιμες: %2).</translation>
    </message>
    <message>
        <source>Demo data for %1 is incomplete.</source>
        <translation>Τα δεδομένα επίδειξης για %1 είναι ελλιπή.</translation>
    </message>
    <message>
        <source>The demo needs at least one citizen.</source>
        <translation>Η επίδειξη χρειάζεται τουλάχιστον έναν δημότη.</translation>
    </message>
    <message>
        <source>%1 already holds a municipality; the demo needs an empty database.</source>
        <translation>Το %1 περιέχει ήδη δήμο· η επίδειξη χρειάζεται κενή βάση δεδομένων.</translation>
    </message>
    <message>
        <source>Municipality and organisation</source>
        <translation>Δήμος και οργανόγραμμα</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Ακυρώθηκε.</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Ευρετήρια</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>Demo type %1 names an unknown group or department.</source>
        <translation>Ο τύπος επίδειξης %1 αναφέρει άγνωστη ομάδα ή υπηρεσία.</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Δημότες</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Ευρετήριο αναζήτησης</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Αιτήματα</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Φυσικό πρόσωπο</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Νομικό πρόσωπο</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Εθελοντής</translation>
    </message>
    <message>
        <source>Municipal service</source>
        <translation>Δημοτική υπηρεσία</translation>
    </message>
    <message>
        <source>Municipal processing body</source>
        <translation>Νομικό πρόσωπο του δήμου</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Αυτοπροσώπως</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Ιστότοπος</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Εφαρμογή κινητού</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ηλεκτρονικό ταχυδρομείο</translation>
    </message>
    <message>
        <source>Open311</source>
        <translation>Open311</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Εισαγωγή</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Νέο</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Αποδεκτό</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Ανατέθηκε</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Σε εξέλιξη</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Σε αναμονή</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Επιλύθηκε</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Κλειστό</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Απορρίφθηκε</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Διπλότυπο</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Επανανοίχτηκε</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Τηλεφωνητής</translation>
    </message>
    <message>
        <source>Department staff</source>
        <translation>Υπάλληλος υπηρεσίας</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>Προϊστάμενος υπηρεσίας</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Επόπτης</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Διαχειριστής</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Χαμηλή</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Κανονική</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Υψηλή</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Επείγουσα</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Έκτακτη ανάγκη</translation>
    </message>
    <message>
        <source>a position is not a pair of numbers</source>
        <translation>μια θέση δεν είναι ζεύγος αριθμών</translation>
    </message>
    <message>
        <source>a position lies outside the range of latitude and longitude</source>
        <translation>μια θέση βρίσκεται εκτός των ορίων γεωγραφικού πλάτους και μήκους</translation>
    </message>
    <message>
        <source>a ring has fewer than three points or no area</source>
        <translation>ένας δακτύλιος έχει λιγότερα από τρία σημεία ή μηδενικό εμβαδόν</translation>
    </message>
    <message>
        <source>a polygon has no rings</source>
        <translation>ένα πολύγωνο δεν έχει δακτυλίους</translation>
    </message>
    <message>
        <source>the multipolygon is empty</source>
        <translation>το πολλαπλό πολύγωνο είναι κενό</translation>
    </message>
    <message>
        <source>the feature has no geometry</source>
        <translation>το στοιχείο δεν έχει γεωμετρία</translation>
    </message>
    <message>
        <source>geometry type %1 is not an area</source>
        <translation>ο τύπος γεωμετρίας %1 δεν είναι περιοχή</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1: %2</translation>
    </message>
    <message>
        <source>The GeoJSON is not valid JSON (at character %1: %2).</source>
        <translation>Το GeoJSON δεν είναι έγκυρο JSON (στον χαρακτήρα %1: %2).</translation>
    </message>
    <message>
        <source>The GeoJSON holds no features (type "%1").</source>
        <translation>Το GeoJSON δεν περιέχει στοιχεία (τύπος «%1»).</translation>
    </message>
    <message>
        <source>The database has no municipality yet; run "init" or "generate" first.</source>
        <translation>Η βάση δεδομένων δεν έχει ακόμη δήμο· εκτελέστε πρώτα «init» ή «generate».</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Το αρχείο είναι κενό.</translation>
    </message>
    <message>
        <source>The file lacks the columns %1.</source>
        <translation>Από το αρχείο λείπουν οι στήλες %1.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 πεδία ενώ η επικεφαλίδα έχει %2</translation>
    </message>
    <message>
        <source>kind "%1" is not one of person, legal_entity, volunteer, municipal_service, processing_body</source>
        <translation>το είδος «%1» δεν είναι ένα από: person, legal_entity, volunteer, municipal_service, processing_body</translation>
    </message>
    <message>
        <source>neither a name nor an organisation</source>
        <translation>ούτε όνομα ούτε φορέας</translation>
    </message>
    <message>
        <source>phone "%1" kept as typed: %2</source>
        <translation>το τηλέφωνο «%1» κρατήθηκε όπως γράφτηκε: %2</translation>
    </message>
    <message>
        <source>e-mail "%1" does not look like an address; kept as typed</source>
        <translation>το «%1» δεν μοιάζει με διεύθυνση ηλεκτρονικού ταχυδρομείου· κρατήθηκε όπως γράφτηκε</translation>
    </message>
    <message>
        <source>district "%1" is unknown; left empty</source>
        <translation>η περιοχή «%1» είναι άγνωστη· έμεινε κενή</translation>
    </message>
    <message>
        <source>same person as line %1</source>
        <translation>ίδιο πρόσωπο με τη γραμμή %1</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>ένα πεδίο σε εισαγωγικά δεν κλείνει πριν από το τέλος του αρχείου</translation>
    </message>
    <message>
        <source>the feature has no property "%1"</source>
        <translation>το στοιχείο δεν έχει την ιδιότητα «%1»</translation>
    </message>
    <message>
        <source>%1 read, %2 imported, %3 skipped</source>
        <translation>%1 διαβάστηκαν, %2 εισήχθησαν, %3 παραλείφθηκαν</translation>
    </message>
    <message>
        <source>, %1 already present</source>
        <translation>, %1 υπήρχαν ήδη</translation>
    </message>
    <message>
        <source>, %1 warnings</source>
        <translation>, %1 προειδοποιήσεις</translation>
    </message>
    <message>
        <source>line %1: skipped: %2</source>
        <translation>γραμμή %1: παραλείφθηκε: %2</translation>
    </message>
    <message>
        <source>line %1: warning: %2</source>
        <translation>γραμμή %1: προειδοποίηση: %2</translation>
    </message>
    <message>
        <source>no service_request_id</source>
        <translation>χωρίς service_request_id</translation>
    </message>
    <message>
        <source>requested_datetime "%1" is not an ISO 8601 time</source>
        <translation>το requested_datetime «%1» δεν είναι χρόνος ISO 8601</translation>
    </message>
    <message>
        <source>status "%1" is neither open nor closed</source>
        <translation>η κατάσταση «%1» δεν είναι ούτε open ούτε closed</translation>
    </message>
    <message>
        <source>lat/long "%1", "%2" is not a position</source>
        <translation>τα lat/long «%1», «%2» δεν είναι θέση</translation>
    </message>
    <message>
        <source>neither service_code nor service_name</source>
        <translation>ούτε service_code ούτε service_name</translation>
    </message>
    <message>
        <source>new service type "%1" (%2) flagged as imported</source>
        <translation>νέος τύπος αιτήματος «%1» (%2), σημειωμένος ως εισαγόμενος</translation>
    </message>
    <message>
        <source>Imported from Open311 (%1)</source>
        <translation>Εισαγωγή από Open311 (%1)</translation>
    </message>
    <message>
        <source>No number given.</source>
        <translation>Δεν δόθηκε αριθμός.</translation>
    </message>
    <message>
        <source>The number contains letters.</source>
        <translation>Ο αριθμός περιέχει γράμματα.</translation>
    </message>
    <message>
        <source>Not a telephone number.</source>
        <translation>Δεν είναι τηλεφωνικός αριθμός.</translation>
    </message>
    <message>
        <source>The number has too few or too many digits.</source>
        <translation>Ο αριθμός έχει πολύ λίγα ή πάρα πολλά ψηφία.</translation>
    </message>
    <message>
        <source>The number is not in use in its country's numbering plan.</source>
        <translation>Ο αριθμός δεν υπάρχει στο σχέδιο αριθμοδότησης της χώρας του.</translation>
    </message>
    <message>
        <source>The number has an extension; it is kept as typed.</source>
        <translation>Ο αριθμός έχει εσωτερικό· κρατήθηκε όπως γράφτηκε.</translation>
    </message>
    <message>
        <source>updating the search index</source>
        <translation>την ενημέρωση του ευρετηρίου αναζήτησης</translation>
    </message>
    <message>
        <source>rebuilding the search index</source>
        <translation>την ανακατασκευή του ευρετηρίου αναζήτησης</translation>
    </message>
    <message>
        <source>phone number %1</source>
        <translation>τηλέφωνο %1</translation>
    </message>
    <message>
        <source>tracking number %1</source>
        <translation>αριθμός πρωτοκόλλου %1</translation>
    </message>
    <message>
        <source>tax id %1</source>
        <translation>ΑΦΜ %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation>ηλ. ταχυδρομείο %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>όνομα</translation>
    </message>
    <message>
        <source>name starts with what was typed</source>
        <translation>το όνομα αρχίζει με όσα πληκτρολογήθηκαν</translation>
    </message>
    <message>
        <source>name, spelt differently (Greeklish or variant)</source>
        <translation>όνομα με άλλη γραφή (greeklish ή παραλλαγή)</translation>
    </message>
    <message>
        <source>phone number starts with %1</source>
        <translation>το τηλέφωνο αρχίζει με %1</translation>
    </message>
    <message>
        <source>tax id starts with %1</source>
        <translation>ο ΑΦΜ αρχίζει με %1</translation>
    </message>
    <message>
        <source>e-mail starts with %1</source>
        <translation>το ηλ. ταχυδρομείο αρχίζει με %1</translation>
    </message>
    <message>
        <source>tracking number starts with %1</source>
        <translation>ο αριθμός πρωτοκόλλου αρχίζει με %1</translation>
    </message>
    <message>
        <source>words of the description or address</source>
        <translation>λέξεις της περιγραφής ή της διεύθυνσης</translation>
    </message>
    <message>
        <source>saving a catalogue group</source>
        <translation>την αποθήκευση ομάδας καταλόγου</translation>
    </message>
    <message>
        <source>saving request type %1</source>
        <translation>την αποθήκευση του τύπου αιτήματος %1</translation>
    </message>
    <message>
        <source>saving a phone number</source>
        <translation>την αποθήκευση τηλεφώνου</translation>
    </message>
    <message>
        <source>saving an e-mail address</source>
        <translation>την αποθήκευση διεύθυνσης ηλ. ταχυδρομείου</translation>
    </message>
    <message>
        <source>saving a consent</source>
        <translation>την αποθήκευση συναίνεσης</translation>
    </message>
    <message>
        <source>saving citizen %1</source>
        <translation>την αποθήκευση του δημότη %1</translation>
    </message>
    <message>
        <source>The citizen record no longer exists.</source>
        <translation>Η καρτέλα του δημότη δεν υπάρχει πια.</translation>
    </message>
    <message>
        <source>%1 is not a CivicDesk database (it is not an SQLite file, or its header is damaged). The file was left untouched.</source>
        <translation>Το %1 δεν είναι βάση δεδομένων CivicDesk (δεν είναι αρχείο SQLite ή η κεφαλίδα του είναι κατεστραμμένη). Το αρχείο έμεινε ανέγγιχτο.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2). It may be damaged; it was left untouched. Restore it from a backup or choose another file.</source>
        <translation>Το %1 δεν διαβάζεται ως βάση δεδομένων (%2). Μπορεί να είναι κατεστραμμένο· έμεινε ανέγγιχτο. Επαναφέρετέ το από αντίγραφο ασφαλείας ή επιλέξτε άλλο αρχείο.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Δεν δόθηκε αρχείο βάσης δεδομένων.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Η βάση δεδομένων %1 δεν υπάρχει.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>Το %1 δεν είναι αρχείο.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Ο οδηγός SQLite της Qt δεν είναι εγκατεστημένος (πακέτο libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του %1: %2</translation>
    </message>
    <message>
        <source>The SQLite driver gave no connection handle.</source>
        <translation>Ο οδηγός SQLite δεν έδωσε σύνδεση.</translation>
    </message>
    <message>
        <source>%1 was written by a newer CivicDesk (schema version %2; this program knows up to %3). Update CivicDesk to open it; the file was left untouched.</source>
        <translation>Το %1 γράφτηκε από νεότερο CivicDesk (έκδοση σχήματος %2· αυτό το πρόγραμμα γνωρίζει έως την %3). Ενημερώστε το CivicDesk για να το ανοίξετε· το αρχείο έμεινε ανέγγιχτο.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade of its schema (version %2 to %3) but can only be read.</source>
        <translation>Το %1 χρειάζεται αναβάθμιση σχήματος (από %2 σε %3) αλλά είναι μόνο για ανάγνωση.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a CivicDesk database. It was left untouched.</source>
        <translation>Το %1 είναι αρχείο SQLite άλλου προγράμματος, όχι βάση δεδομένων CivicDesk. Έμεινε ανέγγιχτο.</translation>
    </message>
    <message>
        <source>switching to write-ahead logging</source>
        <translation>τη μετάβαση σε καταγραφή εκ των προτέρων (WAL)</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation>την αναβάθμιση του σχήματος στην έκδοση %1</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was changed.</source>
        <translation>Το %1 είναι μόνο για ανάγνωση· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>την έναρξη συναλλαγής</translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation>την αποθήκευση των αλλαγών</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing of this change was saved.</source>
        <translation>Ο δίσκος του %1 είναι γεμάτος· τίποτα από αυτή την αλλαγή δεν αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>%1 is in use by another program; try again in a moment.</source>
        <translation>Το %1 χρησιμοποιείται από άλλο πρόγραμμα· δοκιμάστε ξανά σε λίγο.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Σφάλμα βάσης δεδομένων κατά %1: %2</translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation>την αποθήκευση ρύθμισης</translation>
    </message>
    <message>
        <source>District %1 has no usable polygon.</source>
        <translation>Η περιοχή %1 δεν έχει χρήσιμο πολύγωνο.</translation>
    </message>
    <message>
        <source>saving district %1</source>
        <translation>την αποθήκευση της περιοχής %1</translation>
    </message>
    <message>
        <source>saving street %1</source>
        <translation>την αποθήκευση της οδού %1</translation>
    </message>
    <message>
        <source>saving a street segment</source>
        <translation>την αποθήκευση τμήματος οδού</translation>
    </message>
    <message>
        <source>saving the municipality</source>
        <translation>την αποθήκευση του δήμου</translation>
    </message>
    <message>
        <source>saving a department</source>
        <translation>την αποθήκευση υπηρεσίας</translation>
    </message>
    <message>
        <source>saving a user</source>
        <translation>την αποθήκευση χρήστη</translation>
    </message>
    <message>
        <source>Tracking number %1 is already in use.</source>
        <translation>Ο αριθμός πρωτοκόλλου %1 χρησιμοποιείται ήδη.</translation>
    </message>
    <message>
        <source>saving request %1</source>
        <translation>την αποθήκευση του αιτήματος %1</translation>
    </message>
    <message>
        <source>saving the request history</source>
        <translation>την αποθήκευση του ιστορικού αιτήματος</translation>
    </message>
    <message>
        <source>saving a reporter</source>
        <translation>την αποθήκευση αναφέροντος</translation>
    </message>
    <message>
        <source>saving an attachment</source>
        <translation>την αποθήκευση συνημμένου</translation>
    </message>
    <message>
        <source>saving a call</source>
        <translation>την αποθήκευση κλήσης</translation>
    </message>
    <message>
        <source>linking a call to a request</source>
        <translation>τη σύνδεση κλήσης με αίτημα</translation>
    </message>
    <message>
        <source>Creating the demo municipality…</source>
        <translation>Δημιουργία του δήμου επίδειξης…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>CivicDesk demo</source>
        <translation>Επίδειξη CivicDesk</translation>
    </message>
</context>
<context>
    <name>CivicDesk::DeskApplication</name>
    <message>
        <source>CivicDesk</source>
        <translation>CivicDesk</translation>
    </message>
    <message>
        <source>The demo municipality could not be created.

%1</source>
        <translation>Ο δήμος επίδειξης δεν δημιουργήθηκε.

%1</translation>
    </message>
    <message>
        <source>The database could not be opened.

%1</source>
        <translation>Η βάση δεδομένων δεν άνοιξε.

%1</translation>
    </message>
</context>
<context>
    <name>CivicDesk::MainWindow</name>
    <message>
        <source>%1 — CivicDesk</source>
        <translation>%1 — CivicDesk</translation>
    </message>
    <message>
        <source>CivicDesk</source>
        <translation>CivicDesk</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Αιτήματα</translation>
    </message>
    <message>
        <source>&amp;Find a caller or a request</source>
        <translation>&amp;Εύρεση καλούντος ή αιτήματος</translation>
    </message>
    <message>
        <source>Latest requests</source>
        <translation>Πρόσφατα αιτήματα</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Άνοιγμα βάσης δεδομένων…</translation>
    </message>
    <message>
        <source>Open a CivicDesk database</source>
        <translation>Άνοιγμα βάσης δεδομένων CivicDesk</translation>
    </message>
    <message>
        <source>CivicDesk databases (*.civicdesk *.db *.sqlite);;All files (*)</source>
        <translation>Βάσεις δεδομένων CivicDesk (*.civicdesk *.db *.sqlite);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Open the &amp;demo municipality</source>
        <translation>Άνοιγμα του &amp;δήμου επίδειξης</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Ανα&amp;ζήτηση</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Α&amp;νανέωση</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>&amp;About CivicDesk</source>
        <translation>&amp;Σχετικά με το CivicDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Σχετικά με την &amp;Qt</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Βάση δεδομένων: %1</translation>
    </message>
    <message>
        <source>%1 citizens · %2 requests</source>
        <translation>%1 δημότες · %2 αιτήματα</translation>
    </message>
    <message>
        <source>Citizen: %1</source>
        <translation>Δημότης: %1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Αίτημα: %1</translation>
    </message>
    <message>
        <source>About CivicDesk</source>
        <translation>Σχετικά με το CivicDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;The citizen request desk of a municipality: calls, requests, departments and reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;Το γραφείο αιτημάτων των δημοτών ενός δήμου: κλήσεις, αιτήματα, υπηρεσίες και αναφορές.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CivicDesk::RequestListModel</name>
    <message>
        <source>Emergency</source>
        <translation>Έκτακτη ανάγκη</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Αριθμός πρωτοκόλλου</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Παραλαβή</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Προτεραιότητα</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Περιοχή</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Διεύθυνση</translation>
    </message>
</context>
<context>
    <name>CivicDesk::SearchPanel</name>
    <message>
        <source>Search citizens and requests: name, phone, e-mail, tax id or tracking number</source>
        <translation>Αναζήτηση δημοτών και αιτημάτων: όνομα, τηλέφωνο, e-mail, ΑΦΜ ή αριθμός πρωτοκόλλου</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Αναζήτηση</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Αποτελέσματα αναζήτησης</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>Σύνοψη αναζήτησης</translation>
    </message>
    <message>
        <source>Nothing found (%1 ms)</source>
        <translation>Δεν βρέθηκε τίποτα (%1 ms)</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) in %1 ms</source>
        <translation>
            <numerusform>%n αποτέλεσμα σε %1 ms</numerusform><numerusform>%n αποτελέσματα σε %1 ms</numerusform></translation>
    </message>
</context>
<context>
    <name>CivicDesk::SearchResultsModel</name>
    <message>
        <source>Citizen</source>
        <translation>Δημότης</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Αίτημα</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Name or tracking number</source>
        <translation>Όνομα ή αριθμός πρωτοκόλλου</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Στοιχεία</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Βρέθηκε από</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CivicDesk — the citizen request desk of a municipality.</source>
        <translation>CivicDesk — το γραφείο αιτημάτων των δημοτών ενός δήμου.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Άνοιγμα αυτού του αρχείου βάσης δεδομένων.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ΔΙΑΔΡΟΜΗ</translation>
    </message>
    <message>
        <source>Open the demo municipality (created on first use).</source>
        <translation>Άνοιγμα του δήμου επίδειξης (δημιουργείται στην πρώτη χρήση).</translation>
    </message>
    <message>
        <source>Country of the demo municipality: GR, RO, IT or ES.</source>
        <translation>Χώρα του δήμου επίδειξης: GR, RO, IT ή ES.</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>ΧΩΡΑ</translation>
    </message>
    <message>
        <source>User interface language (el, ro, it, ca, es, en).</source>
        <translation>Γλώσσα του περιβάλλοντος (el, ro, it, ca, es, en).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>ΚΩΔΙΚΟΣ</translation>
    </message>
    <message>
        <source>Open, show the request list, print resident memory in MB and quit (benchmark).</source>
        <translation>Άνοιγμα, εμφάνιση της λίστας αιτημάτων, εκτύπωση της μνήμης σε MB και έξοδος (μέτρηση επιδόσεων).</translation>
    </message>
</context>
</TS>