<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el" sourcelanguage="en">
<context>
    <name>CallerAnswer</name>
    <message>
        <source>Your request %1 (%2, %3) was received on %4.</source>
        <translation>Το αίτημά σας %1 (%2, %3) καταχωρίστηκε στις %4.</translation>
    </message>
    <message>
        <source>Your request %1 (%2) was received on %3.</source>
        <translation>Το αίτημά σας %1 (%2) καταχωρίστηκε στις %3.</translation>
    </message>
    <message>
        <source>It is with %1; its status is “%2”.</source>
        <translation>Το χειρίζεται: %1· η κατάστασή του είναι «%2».</translation>
    </message>
    <message>
        <source>Its status is “%1”.</source>
        <translation>Η κατάστασή του είναι «%1».</translation>
    </message>
    <message>
        <source>We expect the work to be done by %1.</source>
        <translation>Αναμένουμε να ολοκληρωθεί η εργασία έως %1.</translation>
    </message>
    <message>
        <source>It was due by %1 and is late.</source>
        <translation>Έπρεπε να ολοκληρωθεί έως %1 και έχει καθυστερήσει.</translation>
    </message>
    <message>
        <source>Its supervisors have been alerted.</source>
        <translation>Έχουν ειδοποιηθεί οι προϊστάμενοι.</translation>
    </message>
    <message>
        <source>No completion date has been set yet.</source>
        <translation>Δεν έχει οριστεί ακόμη ημερομηνία ολοκλήρωσης.</translation>
    </message>
    <message>
        <source>The work is on hold: %1.</source>
        <translation>Η εργασία είναι σε αναμονή: %1.</translation>
    </message>
    <message>
        <source>The work is on hold.</source>
        <translation>Η εργασία είναι σε αναμονή.</translation>
    </message>
    <message>
        <source>The time allowed does not run while it waits.</source>
        <translation>Ο διαθέσιμος χρόνος δεν μετρά όσο περιμένει.</translation>
    </message>
    <message>
        <source>The work was done on %1.</source>
        <translation>Η εργασία ολοκληρώθηκε στις %1.</translation>
    </message>
    <message>
        <source>It was closed on %1.</source>
        <translation>Έκλεισε στις %1.</translation>
    </message>
    <message>
        <source>It was not taken up: %1.</source>
        <translation>Δεν έγινε δεκτό: %1.</translation>
    </message>
    <message>
        <source>It was not taken up.</source>
        <translation>Δεν έγινε δεκτό.</translation>
    </message>
    <message>
        <source>It reports the same problem as request %1 and is handled with it.</source>
        <translation>Αφορά το ίδιο πρόβλημα με το αίτημα %1 και εξυπηρετείται μαζί του.</translation>
    </message>
    <message>
        <source>If the problem is still there, we can reopen it now.</source>
        <translation>Αν το πρόβλημα παραμένει, μπορούμε να το ανοίξουμε ξανά τώρα.</translation>
    </message>
</context>
<context>
    <name>CivicDesk</name>
    <message>
        <source>Registered, waiting to be looked into</source>
        <translation>Καταχωρίστηκε, αναμένει εξέταση</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Αναφέρετε ένα πρόβλημα</translation>
    </message>
    <message>
        <source>Follow a report</source>
        <translation>Παρακολουθήστε μια αναφορά</translation>
    </message>
    <message>
        <source>Being looked into</source>
        <translation>Εξετάζεται</translation>
    </message>
    <message>
        <source>Work scheduled</source>
        <translation>Προγραμματίστηκε εργασία</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Εργασία σε εξέλιξη</translation>
    </message>
    <message>
        <source>Dealt with</source>
        <translation>Αντιμετωπίστηκε</translation>
    </message>
    <message>
        <source>Not taken up</source>
        <translation>Δεν εξετάζεται από εμάς</translation>
    </message>
    <message>
        <source>Reported already</source>
        <translation>Είχε ήδη αναφερθεί</translation>
    </message>
    <message>
        <source>Choose your municipality</source>
        <translation>Επιλέξτε τον δήμο σας</translation>
    </message>
    <message>
        <source>There is no report with the number %1. Check the number in the message you received.</source>
        <translation>Δεν υπάρχει αναφορά με αριθμό %1. Ελέγξτε τον αριθμό στο μήνυμα που λάβατε.</translation>
    </message>
    <message>
        <source>As in the message we sent you, such as 26-S0-00012.</source>
        <translation>Όπως στο μήνυμα που σας στείλαμε, π.χ. 26-S0-00012.</translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>Εμφάνιση της αναφοράς</translation>
    </message>
    <message>
        <source>Thank you. Your report is registered under the number</source>
        <translation>Ευχαριστούμε. Η αναφορά σας καταχωρίστηκε με αριθμό</translation>
    </message>
    <message>
        <source>Keep it to follow your report here or to ask about it by phone.</source>
        <translation>Κρατήστε τον για να παρακολουθείτε την αναφορά σας εδώ ή για να ρωτήσετε τηλεφωνικά.</translation>
    </message>
    <message>
        <source>This problem had been reported already; your report was added to it, under the number</source>
        <translation>Το πρόβλημα είχε ήδη αναφερθεί· η αναφορά σας προστέθηκε σε αυτό, με αριθμό</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Πρόβλημα</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Αναφέρθηκε</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Πού</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Αναμένεται έως</translation>
    </message>
    <message>
        <source>Our note</source>
        <translation>Η σημείωσή μας</translation>
    </message>
    <message>
        <source>What happened so far</source>
        <translation>Τι έγινε ως τώρα</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Η αναφορά παραλήφθηκε</translation>
    </message>
    <message>
        <source>Your update</source>
        <translation>Η ενημέρωσή σας</translation>
    </message>
    <message>
        <source>Your report</source>
        <translation>Η αναφορά σας</translation>
    </message>
    <message>
        <source>The form could not be read. Go back and send it again.</source>
        <translation>Η φόρμα δεν μπόρεσε να διαβαστεί. Επιστρέψτε και στείλτε την ξανά.</translation>
    </message>
    <message>
        <source>What kind of problem is it? Choose the closest.</source>
        <translation>Τι είδους πρόβλημα είναι; Επιλέξτε το πιο κοντινό.</translation>
    </message>
    <message>
        <source>Other problems</source>
        <translation>Άλλα προβλήματα</translation>
    </message>
    <message>
        <source>To be told of progress, give an e-mail address or a mobile number.</source>
        <translation>Για να ενημερώνεστε για την πορεία, δώστε e-mail ή αριθμό κινητού.</translation>
    </message>
    <message>
        <source>Please correct the following</source>
        <translation>Διορθώστε τα παρακάτω</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Πρόβλημα:</translation>
    </message>
    <message>
        <source>choose another</source>
        <translation>επιλέξτε άλλο</translation>
    </message>
    <message>
        <source>Where is it?</source>
        <translation>Πού βρίσκεται;</translation>
    </message>
    <message>
        <source>The street and the number nearest to it.</source>
        <translation>Η οδός και ο πλησιέστερος αριθμός.</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(προαιρετικό)</translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation>Τι συμβαίνει;</translation>
    </message>
    <message>
        <source>A few words help the crew find and fix it (at most 4,000 characters).</source>
        <translation>Λίγα λόγια βοηθούν το συνεργείο να το βρει και να το διορθώσει (έως 4.000 χαρακτήρες).</translation>
    </message>
    <message>
        <source>A photo (optional)</source>
        <translation>Φωτογραφία (προαιρετικά)</translation>
    </message>
    <message>
        <source>Who you are (optional)</source>
        <translation>Ποιος είστε (προαιρετικά)</translation>
    </message>
    <message>
        <source>You may report without giving your name. We use these details for this report only.</source>
        <translation>Μπορείτε να κάνετε αναφορά χωρίς να δώσετε το όνομά σας. Χρησιμοποιούμε αυτά τα στοιχεία μόνο για αυτή την αναφορά.</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Κινητό τηλέφωνο</translation>
    </message>
    <message>
        <source>Tell me of the progress of this report by e-mail or SMS. I can stop it at any time.</source>
        <translation>Ενημερώστε με για την πορεία αυτής της αναφοράς με e-mail ή SMS. Μπορώ να το σταματήσω όποτε θέλω.</translation>
    </message>
    <message>
        <source>Send the report</source>
        <translation>Αποστολή της αναφοράς</translation>
    </message>
    <message>
        <source>How did we do?</source>
        <translation>Πώς τα πήγαμε;</translation>
    </message>
    <message>
        <source>This link is not valid. Check that it was copied whole.</source>
        <translation>Ο σύνδεσμος δεν είναι έγκυρος. Ελέγξτε ότι αντιγράφηκε ολόκληρος.</translation>
    </message>
    <message>
        <source>Thank you: your answer about this report is recorded. There is one answer for each report.</source>
        <translation>Ευχαριστούμε: η απάντησή σας για αυτή την αναφορά καταγράφηκε. Κάθε αναφορά δέχεται μία απάντηση.</translation>
    </message>
    <message>
        <source>This report is not dealt with yet; the survey opens when it is.</source>
        <translation>Η αναφορά δεν έχει αντιμετωπιστεί ακόμη· η έρευνα ανοίγει όταν αντιμετωπιστεί.</translation>
    </message>
    <message>
        <source>Choose one of the five answers.</source>
        <translation>Επιλέξτε μία από τις πέντε απαντήσεις.</translation>
    </message>
    <message>
        <source>1 — very dissatisfied</source>
        <translation>1 — πολύ δυσαρεστημένος</translation>
    </message>
    <message>
        <source>2 — dissatisfied</source>
        <translation>2 — δυσαρεστημένος</translation>
    </message>
    <message>
        <source>3 — neither</source>
        <translation>3 — ούτε ικανοποιημένος ούτε δυσαρεστημένος</translation>
    </message>
    <message>
        <source>4 — satisfied</source>
        <translation>4 — ικανοποιημένος</translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation>5 — πολύ ικανοποιημένος</translation>
    </message>
    <message>
        <source>How satisfied are you with how your report was dealt with?</source>
        <translation>Πόσο ικανοποιημένος είστε με τον τρόπο που αντιμετωπίστηκε η αναφορά σας;</translation>
    </message>
    <message>
        <source>Anything you want to tell us (optional)</source>
        <translation>Ό,τι θέλετε να μας πείτε (προαιρετικά)</translation>
    </message>
    <message>
        <source>Send my answer</source>
        <translation>Αποστολή της απάντησης</translation>
    </message>
    <message>
        <source>We cannot find this address in the municipality. Give a street of it and a number.</source>
        <translation>Δεν βρίσκουμε αυτή τη διεύθυνση στον δήμο. Δώστε μια οδό του δήμου και αριθμό.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Αυτό δεν είναι διεύθυνση e-mail.</translation>
    </message>
    <message>
        <source>This is not a telephone number.</source>
        <translation>Αυτό δεν είναι αριθμός τηλεφώνου.</translation>
    </message>
    <message>
        <source>The description is too long: at most 4,000 characters.</source>
        <translation>Η περιγραφή είναι πολύ μεγάλη: έως 4.000 χαρακτήρες.</translation>
    </message>
    <message>
        <source>The file is not a photo, or it is larger than 25 MB.</source>
        <translation>Το αρχείο δεν είναι φωτογραφία ή είναι μεγαλύτερο από 25 MB.</translation>
    </message>
    <message>
        <source>Answer this question with one of the answers offered.</source>
        <translation>Απαντήστε σε αυτή την ερώτηση με μία από τις προτεινόμενες απαντήσεις.</translation>
    </message>
    <message>
        <source>Choose the kind of problem again.</source>
        <translation>Επιλέξτε ξανά το είδος του προβλήματος.</translation>
    </message>
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
        <source>The GeoJSON holds no features (type &quot;%1&quot;).</source>
        <translation>Το GeoJSON δεν περιέχει στοιχεία (τύπος «%1»).</translation>
    </message>
    <message>
        <source>The database has no municipality yet; run &quot;init&quot; or &quot;generate&quot; first.</source>
        <translation>Η βάση δεδομένων δεν έχει ακόμη δήμο· εκτελέστε πρώτα «init» ή «generate».</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Το αρχείο είναι κενό.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 πεδία ενώ η επικεφαλίδα έχει %2</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not one of person, legal_entity, volunteer, municipal_service, processing_body</source>
        <translation>το είδος «%1» δεν είναι ένα από: person, legal_entity, volunteer, municipal_service, processing_body</translation>
    </message>
    <message>
        <source>neither a name nor an organisation</source>
        <translation>ούτε όνομα ούτε φορέας</translation>
    </message>
    <message>
        <source>phone &quot;%1&quot; kept as typed: %2</source>
        <translation>το τηλέφωνο «%1» κρατήθηκε όπως γράφτηκε: %2</translation>
    </message>
    <message>
        <source>e-mail &quot;%1&quot; does not look like an address; kept as typed</source>
        <translation>το «%1» δεν μοιάζει με διεύθυνση ηλεκτρονικού ταχυδρομείου· κρατήθηκε όπως γράφτηκε</translation>
    </message>
    <message>
        <source>district &quot;%1&quot; is unknown; left empty</source>
        <translation>η περιοχή «%1» είναι άγνωστη· έμεινε κενή</translation>
    </message>
    <message>
        <source>same person as line %1</source>
        <translation>ίδιο πρόσωπο με τη γραμμή %1</translation>
    </message>
    <message>
        <source>the feature has no property &quot;%1&quot;</source>
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
        <source>requested_datetime &quot;%1&quot; is not an ISO 8601 time</source>
        <translation>το requested_datetime «%1» δεν είναι χρόνος ISO 8601</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is neither open nor closed</source>
        <translation>η κατάσταση «%1» δεν είναι ούτε open ούτε closed</translation>
    </message>
    <message>
        <source>lat/long &quot;%1&quot;, &quot;%2&quot; is not a position</source>
        <translation>τα lat/long «%1», «%2» δεν είναι θέση</translation>
    </message>
    <message>
        <source>neither service_code nor service_name</source>
        <translation>ούτε service_code ούτε service_name</translation>
    </message>
    <message>
        <source>new service type &quot;%1&quot; (%2) flagged as imported</source>
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
        <source>The number is not in use in its country&apos;s numbering plan.</source>
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
    <message>
        <source>The caller&apos;s number is withheld: ask for a number to call back.</source>
        <translation>Ο αριθμός του καλούντος είναι σε απόκρυψη: ζητήστε έναν αριθμό για να τον καλέσετε πίσω.</translation>
    </message>
    <message>
        <source>“%1” is not a telephone number (%2); it is kept as typed.</source>
        <translation>Το «%1» δεν είναι αριθμός τηλεφώνου (%2)· κρατείται όπως πληκτρολογήθηκε.</translation>
    </message>
    <message>
        <source>recording the caller of a call</source>
        <translation>καταγραφή του καλούντος μιας κλήσης</translation>
    </message>
    <message>
        <source>ending a call</source>
        <translation>τερματισμός κλήσης</translation>
    </message>
    <message>
        <source>Enter a given name or a family name.</source>
        <translation>Συμπληρώστε όνομα ή επώνυμο.</translation>
    </message>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation>Συμπληρώστε την επωνυμία του φορέα.</translation>
    </message>
    <message>
        <source>“%1” is not a telephone number; it is kept as typed.</source>
        <translation>Το «%1» δεν είναι αριθμός τηλεφώνου· κρατείται όπως πληκτρολογήθηκε.</translation>
    </message>
    <message>
        <source>%1 does not exist in the numbering plan; check it with the caller.</source>
        <translation>Ο %1 δεν υπάρχει στο σχέδιο αριθμοδότησης· επιβεβαιώστε τον με τον καλούντα.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>Το «%1» δεν είναι διεύθυνση email.</translation>
    </message>
    <message>
        <source>Unknown language “%1”.</source>
        <translation>Άγνωστη γλώσσα «%1».</translation>
    </message>
    <message>
        <source>Consent to e-mail needs an e-mail address.</source>
        <translation>Η συγκατάθεση για email χρειάζεται διεύθυνση email.</translation>
    </message>
    <message>
        <source>Consent to calls or SMS needs a telephone number.</source>
        <translation>Η συγκατάθεση για κλήσεις ή SMS χρειάζεται αριθμό τηλεφώνου.</translation>
    </message>
    <message>
        <source>The citizen record no longer exists; it may have been merged into another.</source>
        <translation>Η καρτέλα του δημότη δεν υπάρχει πια· ίσως συγχωνεύτηκε σε άλλη.</translation>
    </message>
    <message>
        <source>Request %1 filed</source>
        <translation>Καταχωρίστηκε το αίτημα %1</translation>
    </message>
    <message>
        <source>Also reported %1</source>
        <translation>Ανέφερε επίσης το %1</translation>
    </message>
    <message>
        <source>Rated %1: %2 of 5</source>
        <translation>Αξιολόγησε το %1: %2 στα 5</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 δ</translation>
    </message>
    <message>
        <source>filed %1</source>
        <translation>καταχώρισε το %1</translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation>προστέθηκε στο %1</translation>
    </message>
    <message>
        <source>looked at %1</source>
        <translation>είδε το %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Κλήση</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>σε αναμονή</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>στάλθηκε</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>απέτυχε</translation>
    </message>
    <message>
        <source>%1 message (%2)</source>
        <translation>Μήνυμα %1 (%2)</translation>
    </message>
    <message>
        <source>Merged with a duplicate record</source>
        <translation>Συγχωνεύτηκε με διπλή καρτέλα</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>Μια καρτέλα δεν μπορεί να συγχωνευτεί με τον εαυτό της.</translation>
    </message>
    <message>
        <source>One of the two citizen records no longer exists.</source>
        <translation>Μία από τις δύο καρτέλες δημοτών δεν υπάρχει πια.</translation>
    </message>
    <message>
        <source>Citizen record %1 merged into %2</source>
        <translation>Η καρτέλα %1 συγχωνεύτηκε στην %2</translation>
    </message>
    <message>
        <source>merging citizen records</source>
        <translation>συγχώνευση καρτελών δημοτών</translation>
    </message>
    <message>
        <source>saving the draft</source>
        <translation>αποθήκευση του προσχεδίου</translation>
    </message>
    <message>
        <source>removing the draft</source>
        <translation>διαγραφή του προσχεδίου</translation>
    </message>
    <message>
        <source>Choose the type of problem.</source>
        <translation>Επιλέξτε το είδος του προβλήματος.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Υποχρεωτικό.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Συμπληρώστε αριθμό.</translation>
    </message>
    <message>
        <source>Enter a date and time.</source>
        <translation>Συμπληρώστε ημερομηνία και ώρα.</translation>
    </message>
    <message>
        <source>Choose one value.</source>
        <translation>Επιλέξτε μία τιμή.</translation>
    </message>
    <message>
        <source>“%1” is not one of the values offered.</source>
        <translation>Το «%1» δεν είναι μία από τις διαθέσιμες τιμές.</translation>
    </message>
    <message>
        <source>“%1” is not in the street gazetteer: choose an address from the list or enter coordinates.</source>
        <translation>Η «%1» δεν υπάρχει στο οδωνυμικό: επιλέξτε διεύθυνση από τη λίστα ή δώστε συντεταγμένες.</translation>
    </message>
    <message>
        <source>Give the address or the coordinates of the problem.</source>
        <translation>Δώστε τη διεύθυνση ή τις συντεταγμένες του προβλήματος.</translation>
    </message>
    <message>
        <source>%1, %2 is outside the municipality.</source>
        <translation>Το σημείο %1, %2 είναι εκτός δήμου.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1.</translation>
    </message>
    <message>
        <source>%1 is larger than 25 MB.</source>
        <translation>Το %1 είναι μεγαλύτερο από 25 MB.</translation>
    </message>
    <message>
        <source>%1 is not a photo (%2).</source>
        <translation>Το %1 δεν είναι φωτογραφία (%2).</translation>
    </message>
    <message>
        <source>Cannot store %1: %2</source>
        <translation>Δεν είναι δυνατή η αποθήκευση του %1: %2</translation>
    </message>
    <message>
        <source>Reported as an emergency; the caller was told to call %1 if life or property is at risk.</source>
        <translation>Δηλώθηκε ως έκτακτη ανάγκη· ο καλών ενημερώθηκε να καλέσει το %1 αν κινδυνεύουν ζωές ή περιουσίες.</translation>
    </message>
    <message>
        <source>The request no longer exists.</source>
        <translation>Το αίτημα δεν υπάρχει πια.</translation>
    </message>
    <message>
        <source>Another caller reported the same problem.</source>
        <translation>Και άλλος καλών ανέφερε το ίδιο πρόβλημα.</translation>
    </message>
    <message>
        <source>raising the priority</source>
        <translation>αύξηση της προτεραιότητας</translation>
    </message>
    <message>
        <source>The check digit does not match: a digit was probably mistyped.</source>
        <translation>Το ψηφίο ελέγχου δεν ταιριάζει: μάλλον πληκτρολογήθηκε λάθος ψηφίο.</translation>
    </message>
    <message>
        <source>A Greek tax number (AFM) has 9 digits.</source>
        <translation>Το ελληνικό ΑΦΜ έχει 9 ψηφία.</translation>
    </message>
    <message>
        <source>A Romanian CNP or CUI has digits only.</source>
        <translation>Ο ρουμανικός CNP ή CUI έχει μόνο ψηφία.</translation>
    </message>
    <message>
        <source>A Romanian CNP has 13 digits, a CUI 2 to 10.</source>
        <translation>Ο ρουμανικός CNP έχει 13 ψηφία, ο CUI από 2 έως 10.</translation>
    </message>
    <message>
        <source>This is not the pattern of a codice fiscale (6 letters, 2 digits, a letter, …).</source>
        <translation>Δεν έχει τη μορφή codice fiscale (6 γράμματα, 2 ψηφία, ένα γράμμα, …).</translation>
    </message>
    <message>
        <source>The control letter does not match: a character was probably mistyped.</source>
        <translation>Το γράμμα ελέγχου δεν ταιριάζει: μάλλον πληκτρολογήθηκε λάθος χαρακτήρας.</translation>
    </message>
    <message>
        <source>An Italian codice fiscale has 16 characters, a partita IVA 11 digits.</source>
        <translation>Ο ιταλικός codice fiscale έχει 16 χαρακτήρες, η partita IVA 11 ψηφία.</translation>
    </message>
    <message>
        <source>A Spanish NIF has 8 digits and a letter, a NIE X, Y or Z, 7 digits and a letter.</source>
        <translation>Το ισπανικό NIF έχει 8 ψηφία και ένα γράμμα, το NIE X, Y ή Z, 7 ψηφία και ένα γράμμα.</translation>
    </message>
    <message>
        <source>A tax id has 4 to 20 letters and digits.</source>
        <translation>Ο φορολογικός αριθμός έχει από 4 έως 20 γράμματα και ψηφία.</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Ταχυδρομείο</translation>
    </message>
    <message>
        <source>Routed at intake</source>
        <translation>Δρομολογήθηκε κατά την καταχώριση</translation>
    </message>
    <message>
        <source>The same problem was closed here in the last 90 days (%1).</source>
        <translation>Το ίδιο πρόβλημα έκλεισε εδώ τις τελευταίες 90 ημέρες (%1).</translation>
    </message>
    <message>
        <source>queueing a message to a citizen</source>
        <translation>προγραμματισμός μηνύματος προς δημότη</translation>
    </message>
    <message>
        <source>The calendar is not valid JSON: %1.</source>
        <translation>Το ημερολόγιο δεν είναι έγκυρο JSON: %1.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation>Άγνωστη ζώνη ώρας «%1».</translation>
    </message>
    <message>
        <source>Easter is “western” or “orthodox”, not “%1”.</source>
        <translation>Το Πάσχα είναι «western» ή «orthodox», όχι «%1».</translation>
    </message>
    <message>
        <source>Unknown weekday “%1” in the working hours (mon … sun).</source>
        <translation>Άγνωστη ημέρα «%1» στο ωράριο (mon … sun).</translation>
    </message>
    <message>
        <source>Working hours of %1 must be pairs of times from earlier to later, like [&quot;08:00&quot;, &quot;16:00&quot;].</source>
        <translation>Το ωράριο της %1 πρέπει να είναι ζεύγη ωρών από νωρίτερα σε αργότερα, όπως [&quot;08:00&quot;, &quot;16:00&quot;].</translation>
    </message>
    <message>
        <source>Working hours of %1 overlap.</source>
        <translation>Το ωράριο της %1 επικαλύπτεται.</translation>
    </message>
    <message>
        <source>Holiday “%1”: the date is MM-DD.</source>
        <translation>Αργία «%1»: η ημερομηνία γράφεται ΜΜ-ΗΗ.</translation>
    </message>
    <message>
        <source>Holiday “%1”: a period is “from” MM-DD “to” a later MM-DD of the same year.</source>
        <translation>Αργία «%1»: μια περίοδος είναι «from» ΜΜ-ΗΗ «to» μεταγενέστερη ΜΜ-ΗΗ του ίδιου έτους.</translation>
    </message>
    <message>
        <source>Holiday “%1”: days from Easter must be within ±120.</source>
        <translation>Αργία «%1»: οι ημέρες από το Πάσχα πρέπει να είναι εντός ±120.</translation>
    </message>
    <message>
        <source>Holiday “%1”: the date is YYYY-MM-DD.</source>
        <translation>Αργία «%1»: η ημερομηνία γράφεται ΕΕΕΕ-ΜΜ-ΗΗ.</translation>
    </message>
    <message>
        <source>Holiday “%1” has no date, period, Easter offset or single day.</source>
        <translation>Η αργία «%1» δεν έχει ημερομηνία, περίοδο, απόσταση από το Πάσχα ή μεμονωμένη ημέρα.</translation>
    </message>
    <message>
        <source>The holidays “%1” and “%2” overlap.</source>
        <translation>Οι αργίες «%1» και «%2» επικαλύπτονται.</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Χωρίς προθεσμία</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Εντός χρόνου</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Σε κίνδυνο</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Εκπρόθεσμο</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Σε παύση</translation>
    </message>
    <message>
        <source>Request %1 belongs to another department.</source>
        <translation>Το αίτημα %1 ανήκει σε άλλη υπηρεσία.</translation>
    </message>
    <message>
        <source>changing the status of %1</source>
        <translation>αλλαγή της κατάστασης του %1</translation>
    </message>
    <message>
        <source>Closed with its cluster&apos;s master %1.</source>
        <translation>Έκλεισε μαζί με το κύριο αίτημα της ομάδας %1.</translation>
    </message>
    <message>
        <source>Rerouting needs a reason.</source>
        <translation>Η ανακατεύθυνση χρειάζεται αιτιολογία.</translation>
    </message>
    <message>
        <source>Request %1 is %2: it can no longer be rerouted.</source>
        <translation>Το αίτημα %1 είναι «%2»: δεν ανακατευθύνεται πια.</translation>
    </message>
    <message>
        <source>Request %1 is already with that department.</source>
        <translation>Το αίτημα %1 είναι ήδη σε αυτή την υπηρεσία.</translation>
    </message>
    <message>
        <source>That department does not exist.</source>
        <translation>Αυτή η υπηρεσία δεν υπάρχει.</translation>
    </message>
    <message>
        <source>%1 does not handle requests of the type “%2”.</source>
        <translation>Η υπηρεσία %1 δεν χειρίζεται αιτήματα του είδους «%2».</translation>
    </message>
    <message>
        <source>rerouting %1</source>
        <translation>ανακατεύθυνση του %1</translation>
    </message>
    <message>
        <source>Operators do not assign work.</source>
        <translation>Οι τηλεφωνητές δεν αναθέτουν εργασίες.</translation>
    </message>
    <message>
        <source>Request %1 is %2: there is nothing to assign.</source>
        <translation>Το αίτημα %1 είναι «%2»: δεν υπάρχει κάτι να ανατεθεί.</translation>
    </message>
    <message>
        <source>That is not a crew.</source>
        <translation>Αυτό δεν είναι συνεργείο.</translation>
    </message>
    <message>
        <source>%1 is not a crew of the department handling %2.</source>
        <translation>Το %1 δεν είναι συνεργείο της υπηρεσίας που χειρίζεται το %2.</translation>
    </message>
    <message>
        <source>assigning %1</source>
        <translation>ανάθεση του %1</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Η σημείωση είναι κενή.</translation>
    </message>
    <message numerus="yes">
        <source>Priority follows %n distinct reporter(s).</source>
        <translation>
            <numerusform>Η προτεραιότητα ακολουθεί %n διαφορετικό αναφέροντα.</numerusform>
            <numerusform>Η προτεραιότητα ακολουθεί %n διαφορετικούς αναφέροντες.</numerusform>
        </translation>
    </message>
    <message>
        <source>A request cannot be a duplicate of itself.</source>
        <translation>Ένα αίτημα δεν μπορεί να είναι διπλότυπο του εαυτού του.</translation>
    </message>
    <message>
        <source>%1 is %2: link to an open request.</source>
        <translation>Το %1 είναι «%2»: συνδέστε με ανοιχτό αίτημα.</translation>
    </message>
    <message>
        <source>%1 is already in the cluster of %2.</source>
        <translation>Το %1 είναι ήδη στην ομάδα του %2.</translation>
    </message>
    <message>
        <source>Duplicate of %1</source>
        <translation>Διπλότυπο του %1</translation>
    </message>
    <message>
        <source>%1 joined this request&apos;s cluster.</source>
        <translation>Το %1 προστέθηκε στην ομάδα αυτού του αιτήματος.</translation>
    </message>
    <message>
        <source>Satisfaction is rated from 1 to 5.</source>
        <translation>Η ικανοποίηση βαθμολογείται από 1 έως 5.</translation>
    </message>
    <message>
        <source>The citizen rates the work once the request is resolved.</source>
        <translation>Ο δημότης αξιολογεί την εργασία αφού το αίτημα διεκπεραιωθεί.</translation>
    </message>
    <message>
        <source>recording the rating of %1</source>
        <translation>καταγραφή της αξιολόγησης του %1</translation>
    </message>
    <message>
        <source>running the escalation ladder</source>
        <translation>εκτέλεση της κλιμάκωσης</translation>
    </message>
    <message>
        <source>%1 is at risk: %2 % of its working time is used.</source>
        <translation>Το %1 κινδυνεύει: έχει χρησιμοποιηθεί το %2 % του χρόνου εργασίας του.</translation>
    </message>
    <message>
        <source>%1 has missed its deadline.</source>
        <translation>Το %1 έχασε την προθεσμία του.</translation>
    </message>
    <message>
        <source>%1 is still open well past its deadline.</source>
        <translation>Το %1 είναι ακόμη ανοιχτό πολύ μετά την προθεσμία του.</translation>
    </message>
    <message>
        <source>acknowledging an alert</source>
        <translation>επιβεβαίωση ειδοποίησης</translation>
    </message>
    <message>
        <source>saving a routing rule</source>
        <translation>αποθήκευση κανόνα δρομολόγησης</translation>
    </message>
    <message>
        <source>The workflow is not valid JSON: %1.</source>
        <translation>Η ροή εργασιών δεν είναι έγκυρο JSON: %1.</translation>
    </message>
    <message>
        <source>Workflow “%1”: unknown initial status “%2”.</source>
        <translation>Ροή «%1»: άγνωστη αρχική κατάσταση «%2».</translation>
    </message>
    <message>
        <source>Workflow “%1”: unknown status “%2”.</source>
        <translation>Ροή «%1»: άγνωστη κατάσταση «%2».</translation>
    </message>
    <message>
        <source>Workflow “%1”: unknown role “%2”.</source>
        <translation>Ροή «%1»: άγνωστος ρόλος «%2».</translation>
    </message>
    <message>
        <source>Workflow “%1”: a transition without roles could never be made.</source>
        <translation>Ροή «%1»: μια μετάβαση χωρίς ρόλους δεν θα γινόταν ποτέ.</translation>
    </message>
    <message>
        <source>Workflow “%1”: a transition from “%2” to itself.</source>
        <translation>Ροή «%1»: μετάβαση από «%2» στον εαυτό της.</translation>
    </message>
    <message>
        <source>Workflow “%1”: the transition from “%2” to “%3” is defined twice.</source>
        <translation>Ροή «%1»: η μετάβαση από «%2» σε «%3» ορίζεται δύο φορές.</translation>
    </message>
    <message>
        <source>Workflow “%1”: the status “%2” cannot be reached from “%3”.</source>
        <translation>Ροή «%1»: η κατάσταση «%2» δεν είναι προσβάσιμη από «%3».</translation>
    </message>
    <message>
        <source>Workflow “%1”: the status “%2” is a dead end (no way out, and not marked done).</source>
        <translation>Ροή «%1»: η κατάσταση «%2» είναι αδιέξοδο (χωρίς έξοδο και όχι ολοκληρωμένη).</translation>
    </message>
    <message>
        <source>A request cannot go from “%1” to “%2”.</source>
        <translation>Ένα αίτημα δεν μπορεί να πάει από «%1» σε «%2».</translation>
    </message>
    <message>
        <source>A user with the role “%1” may not move a request from “%2” to “%3”.</source>
        <translation>Χρήστης με ρόλο «%1» δεν μπορεί να μετακινήσει αίτημα από «%2» σε «%3».</translation>
    </message>
    <message>
        <source>Moving a request to “%1” needs a note saying why.</source>
        <translation>Η μετάβαση σε «%1» χρειάζεται σημείωση με την αιτία.</translation>
    </message>
    <message>
        <source>saving the calendar</source>
        <translation>αποθήκευση του ημερολογίου</translation>
    </message>
    <message>
        <source>saving the workflow</source>
        <translation>αποθήκευση της ροής εργασιών</translation>
    </message>
    <message>
        <source>Requests per type</source>
        <translation>Αιτήματα ανά είδος</translation>
    </message>
    <message>
        <source>Requests per department</source>
        <translation>Αιτήματα ανά υπηρεσία</translation>
    </message>
    <message>
        <source>Requests per status</source>
        <translation>Αιτήματα ανά κατάσταση</translation>
    </message>
    <message>
        <source>Requests per district</source>
        <translation>Αιτήματα ανά περιοχή</translation>
    </message>
    <message>
        <source>Deadline compliance</source>
        <translation>Τήρηση προθεσμιών</translation>
    </message>
    <message>
        <source>Citizen satisfaction</source>
        <translation>Ικανοποίηση δημοτών</translation>
    </message>
    <message>
        <source>Crew workload</source>
        <translation>Φόρτος συνεργείων</translation>
    </message>
    <message>
        <source>No district</source>
        <translation>Χωρίς περιοχή</translation>
    </message>
    <message>
        <source>Not routed</source>
        <translation>Χωρίς δρομολόγηση</translation>
    </message>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Δώστε την πρώτη και την τελευταία ημέρα της περιόδου.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Η περίοδος τελειώνει (%1) πριν αρχίσει (%2).</translation>
    </message>
    <message>
        <source>A report covers at most twenty years, from 1990 on.</source>
        <translation>Μια αναφορά καλύπτει έως είκοσι έτη, από το 1990 και μετά.</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Περίοδος: %1 – %2</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Υπηρεσία: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Είδος: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Περιοχή: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Κατάσταση: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Κανάλι: %1</translation>
    </message>
    <message>
        <source>Priority at least: %1</source>
        <translation>Προτεραιότητα τουλάχιστον: %1</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>Αρ. πρωτοκόλλου</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Καταχώριση</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Είδος</translation>
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
        <source>Department</source>
        <translation>Υπηρεσία</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Περιοχή</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Διεύθυνση</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Προθεσμία</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n αίτημα</numerusform>
            <numerusform>%n αιτήματα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n request(s)</source>
        <translation>
            <numerusform>Σύνολο: %n αίτημα</numerusform>
            <numerusform>Σύνολο: %n αιτήματα</numerusform>
        </translation>
    </message>
    <message>
        <source>Within the deadline</source>
        <translation>Εντός προθεσμίας</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Αξιολογήσεις</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Μέσος όρος</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ελήφθησαν</translation>
    </message>
    <message>
        <source>Median hours</source>
        <translation>Διάμεσες ώρες</translation>
    </message>
    <message>
        <source>90 % hours</source>
        <translation>Ώρες 90 %</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Ικανοποίηση</translation>
    </message>
    <message>
        <source>Recurrences</source>
        <translation>Επαναλήψεις</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Ποσοστό</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Συνεργείο</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Παλαιότερο</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ημέρα</numerusform>
            <numerusform>%n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ομάδα</translation>
    </message>
    <message>
        <source>subtotal</source>
        <translation>μερικό σύνολο</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>Εκτυπώθηκε %1 από %2</translation>
    </message>
    <message>
        <source>No requests match these parameters.</source>
        <translation>Κανένα αίτημα δεν ταιριάζει με αυτές τις παραμέτρους.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Σελίδα %1 από %2</translation>
    </message>
    <message>
        <source>The base map settings are not a JSON object: %1</source>
        <translation>Οι ρυθμίσεις του υποβάθρου χάρτη δεν είναι αντικείμενο JSON: %1</translation>
    </message>
    <message>
        <source>Unknown base map kind &quot;%1&quot; (xyz, mbtiles or vector).</source>
        <translation>Άγνωστο είδος υποβάθρου «%1» (xyz, mbtiles ή vector).</translation>
    </message>
    <message>
        <source>The highest zoom level must lie between 0 and %1.</source>
        <translation>Το μέγιστο επίπεδο εστίασης πρέπει να είναι από 0 έως %1.</translation>
    </message>
    <message>
        <source>A tile URL needs {z}, {x} and {y}: %1</source>
        <translation>Η διεύθυνση πλακιδίων χρειάζεται {z}, {x} και {y}: %1</translation>
    </message>
    <message>
        <source>A tile URL must be http or https: %1</source>
        <translation>Η διεύθυνση πλακιδίων πρέπει να είναι http ή https: %1</translation>
    </message>
    <message>
        <source>An MBTiles base map needs the file&apos;s path.</source>
        <translation>Ένα υπόβαθρο MBTiles χρειάζεται τη διαδρομή του αρχείου.</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 από %2</translation>
    </message>
    <message>
        <source>The MBTiles file %1 does not exist.</source>
        <translation>Το αρχείο MBTiles %1 δεν υπάρχει.</translation>
    </message>
    <message>
        <source>The MBTiles file %1 cannot be opened: %2</source>
        <translation>Το αρχείο MBTiles %1 δεν ανοίγει: %2</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (it has no tiles table).</source>
        <translation>Το %1 δεν είναι αρχείο MBTiles (δεν έχει πίνακα tiles).</translation>
    </message>
    <message>
        <source>not in the MBTiles file</source>
        <translation>δεν υπάρχει στο αρχείο MBTiles</translation>
    </message>
    <message>
        <source>Accurate</source>
        <translation>Ακριβής</translation>
    </message>
    <message>
        <source>Partly accurate</source>
        <translation>Εν μέρει ακριβής</translation>
    </message>
    <message>
        <source>Inaccurate</source>
        <translation>Ανακριβής</translation>
    </message>
    <message>
        <source>False report</source>
        <translation>Ψευδής αναφορά</translation>
    </message>
    <message>
        <source>Filed (%1)</source>
        <translation>Καταχωρίστηκε (%1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Routed to %1</source>
        <translation>Δρομολογήθηκε σε %1</translation>
    </message>
    <message>
        <source>Rerouted from %1 to %2</source>
        <translation>Ανακατεύθυνση από %1 σε %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Σημείωση: %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Ανατέθηκε σε %1</translation>
    </message>
    <message>
        <source>Message to the citizen (%1): %2</source>
        <translation>Μήνυμα στον δημότη (%1): %2</translation>
    </message>
    <message>
        <source>Accuracy of the report: %1</source>
        <translation>Ακρίβεια της αναφοράς: %1</translation>
    </message>
    <message>
        <source>Citizen&apos;s satisfaction: %1 of 5</source>
        <translation>Ικανοποίηση του δημότη: %1 στα 5</translation>
    </message>
    <message>
        <source>Escalation %1: %2</source>
        <translation>Κλιμάκωση %1: %2</translation>
    </message>
    <message>
        <source>Citizen records merged</source>
        <translation>Συγχωνεύτηκαν καρτέλες δημοτών</translation>
    </message>
    <message>
        <source>Linked: %1</source>
        <translation>Συνδέθηκε: %1</translation>
    </message>
    <message>
        <source>EMERGENCY: %1</source>
        <translation>ΕΚΤΑΚΤΗ ΑΝΑΓΚΗ: %1</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema version %2 would break references between its rows; it was left as it was.</source>
        <translation>Η αναβάθμιση του %1 στην έκδοση σχήματος %2 θα έσπαγε αναφορές μεταξύ των γραμμών του· έμεινε όπως ήταν.</translation>
    </message>
    <message>
        <source>upgrading the request history</source>
        <translation>την αναβάθμιση του ιστορικού των αιτημάτων</translation>
    </message>
    <message>
        <source>upgrading the alerts</source>
        <translation>την αναβάθμιση των ειδοποιήσεων</translation>
    </message>
    <message>
        <source>The table %1 of %2 does not have the expected shape; it was left untouched.</source>
        <translation>Ο πίνακας %1 του %2 δεν έχει την αναμενόμενη μορφή· έμεινε ανέγγιχτος.</translation>
    </message>
    <message>
        <source>Escalation ladder</source>
        <translation>Κλιμάκωση</translation>
    </message>
    <message>
        <source>The command has no valid id.</source>
        <translation>Η εντολή δεν έχει έγκυρο αναγνωριστικό.</translation>
    </message>
    <message>
        <source>The command has no name.</source>
        <translation>Η εντολή δεν έχει όνομα.</translation>
    </message>
    <message>
        <source>The command has no valid time.</source>
        <translation>Η εντολή δεν έχει έγκυρη ώρα.</translation>
    </message>
    <message>
        <source>The command does not say who issued it.</source>
        <translation>Η εντολή δεν λέει ποιος την έδωσε.</translation>
    </message>
    <message>
        <source>The command&apos;s arguments are not an object.</source>
        <translation>Τα ορίσματα της εντολής δεν είναι αντικείμενο.</translation>
    </message>
    <message>
        <source>The command %1 is missing %2 or has it of the wrong kind.</source>
        <translation>Στην εντολή %1 λείπει το %2 ή είναι λάθος είδους.</translation>
    </message>
    <message>
        <source>The command has no valid id or time.</source>
        <translation>Η εντολή δεν έχει έγκυρο αναγνωριστικό ή ώρα.</translation>
    </message>
    <message>
        <source>The command was issued by no active user of this municipality.</source>
        <translation>Την εντολή δεν την έδωσε κανένας ενεργός χρήστης αυτού του δήμου.</translation>
    </message>
    <message>
        <source>There is no command %1.</source>
        <translation>Δεν υπάρχει εντολή %1.</translation>
    </message>
    <message>
        <source>The photo %1 is not in the photo store.</source>
        <translation>Η φωτογραφία %1 δεν βρίσκεται στο αρχείο φωτογραφιών.</translation>
    </message>
    <message>
        <source>saving the base map</source>
        <translation>αποθήκευση του χάρτη βάσης</translation>
    </message>
    <message>
        <source>closing a request with its cluster</source>
        <translation>κλείσιμο αιτήματος μαζί με την ομάδα του</translation>
    </message>
    <message>
        <source>joining a request to its cluster</source>
        <translation>σύνδεση αιτήματος με την ομάδα του</translation>
    </message>
    <message>
        <source>The server file %1 could not be opened: %2</source>
        <translation>Το αρχείο του διακομιστή %1 δεν άνοιξε: %2</translation>
    </message>
    <message>
        <source>%1 is not a CivicDesk server file.</source>
        <translation>Το %1 δεν είναι αρχείο διακομιστή CivicDesk.</translation>
    </message>
    <message>
        <source>preparing the server file</source>
        <translation>την προετοιμασία του αρχείου του διακομιστή</translation>
    </message>
    <message>
        <source>Server file error while %1: %2</source>
        <translation>Σφάλμα του αρχείου του διακομιστή κατά %1: %2</translation>
    </message>
    <message>
        <source>A tenant code is 1 to 32 capital letters, digits, - or _; %1 is not.</source>
        <translation>Ο κωδικός φορέα έχει 1 έως 32 κεφαλαία γράμματα, ψηφία, - ή _· το %1 δεν είναι τέτοιος.</translation>
    </message>
    <message>
        <source>There is a tenant %1 already.</source>
        <translation>Υπάρχει ήδη φορέας %1.</translation>
    </message>
    <message>
        <source>adding tenant %1</source>
        <translation>την προσθήκη του φορέα %1</translation>
    </message>
    <message>
        <source>changing tenant %1</source>
        <translation>την αλλαγή του φορέα %1</translation>
    </message>
    <message>
        <source>Tenant %1 has a user %2 already.</source>
        <translation>Ο φορέας %1 έχει ήδη χρήστη %2.</translation>
    </message>
    <message>
        <source>adding user %1</source>
        <translation>την προσθήκη του χρήστη %1</translation>
    </message>
    <message>
        <source>recording a sign-in</source>
        <translation>την καταγραφή μιας σύνδεσης</translation>
    </message>
    <message>
        <source>changing a password</source>
        <translation>την αλλαγή κωδικού πρόσβασης</translation>
    </message>
    <message>
        <source>changing a user</source>
        <translation>την αλλαγή ενός χρήστη</translation>
    </message>
    <message>
        <source>signing out</source>
        <translation>την αποσύνδεση</translation>
    </message>
    <message>
        <source>signing a user out</source>
        <translation>την αποσύνδεση ενός χρήστη</translation>
    </message>
    <message>
        <source>This desk is registered already, as %1.</source>
        <translation>Αυτό το γραφείο είναι ήδη καταχωρισμένο, ως %1.</translation>
    </message>
    <message>
        <source>A desk code is 2 to 4 capital letters or digits; %1 is not.</source>
        <translation>Ο κωδικός γραφείου έχει 2 έως 4 κεφαλαία γράμματα ή ψηφία· το %1 δεν είναι τέτοιος.</translation>
    </message>
    <message>
        <source>The desk code %1 belongs to another desk.</source>
        <translation>Ο κωδικός γραφείου %1 ανήκει σε άλλο γραφείο.</translation>
    </message>
    <message>
        <source>Every desk code is taken; give this desk one of up to 4 characters.</source>
        <translation>Όλοι οι κωδικοί γραφείου έχουν δοθεί· δώστε σε αυτό το γραφείο έναν έως 4 χαρακτήρων.</translation>
    </message>
    <message>
        <source>registering a desk</source>
        <translation>την καταχώριση ενός γραφείου</translation>
    </message>
    <message>
        <source>reading the changes</source>
        <translation>την ανάγνωση των αλλαγών</translation>
    </message>
    <message>
        <source>recording a mutation</source>
        <translation>την καταγραφή μιας μεταβολής</translation>
    </message>
    <message>
        <source>copying the data for a new desk</source>
        <translation>την αντιγραφή των δεδομένων για νέο γραφείο</translation>
    </message>
    <message>
        <source>The copy for a new desk could not be opened.</source>
        <translation>Το αντίγραφο για νέο γραφείο δεν άνοιξε.</translation>
    </message>
    <message>
        <source>The copy for a new desk could not be prepared: %1</source>
        <translation>Το αντίγραφο για νέο γραφείο δεν ετοιμάστηκε: %1</translation>
    </message>
    <message>
        <source>The server sent rows of an unknown table %1.</source>
        <translation>Ο διακομιστής έστειλε γραμμές άγνωστου πίνακα %1.</translation>
    </message>
    <message>
        <source>The server sent a row of %1 that does not fit its columns.</source>
        <translation>Ο διακομιστής έστειλε γραμμή του %1 που δεν ταιριάζει στις στήλες του.</translation>
    </message>
    <message>
        <source>writing the server&apos;s rows of %1</source>
        <translation>την εγγραφή των γραμμών του διακομιστή στο %1</translation>
    </message>
    <message>
        <source>removing the server&apos;s rows of %1</source>
        <translation>την αφαίρεση γραμμών του διακομιστή από το %1</translation>
    </message>
    <message>
        <source>keeping a change for the server</source>
        <translation>τη φύλαξη μιας αλλαγής για τον διακομιστή</translation>
    </message>
    <message>
        <source>clearing answered changes</source>
        <translation>την εκκαθάριση απαντημένων αλλαγών</translation>
    </message>
    <message>
        <source>keeping a refused change</source>
        <translation>τη φύλαξη μιας απορριφθείσας αλλαγής</translation>
    </message>
    <message>
        <source>The server could not be reached while %1: %2</source>
        <translation>Ο διακομιστής δεν ήταν προσβάσιμος κατά %1: %2</translation>
    </message>
    <message>
        <source>The server answered %1 while %2.</source>
        <translation>Ο διακομιστής απάντησε %1 κατά %2.</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>την αποστολή αλλαγών</translation>
    </message>
    <message>
        <source>fetching changes</source>
        <translation>τη λήψη αλλαγών</translation>
    </message>
    <message>
        <source>The server&apos;s answer to a pull has no valid cursor.</source>
        <translation>Η απάντηση του διακομιστή σε λήψη αλλαγών δεν έχει έγκυρο δρομέα.</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>τη σύνδεση</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the sign-in has no token.</source>
        <translation>Η απάντηση του διακομιστή στη σύνδεση δεν έχει διακριτικό.</translation>
    </message>
    <message>
        <source>registering this desk</source>
        <translation>την καταχώριση αυτού του γραφείου</translation>
    </message>
    <message>
        <source>The server gave this desk no code.</source>
        <translation>Ο διακομιστής δεν έδωσε κωδικό σε αυτό το γραφείο.</translation>
    </message>
    <message>
        <source>fetching the municipality&apos;s data</source>
        <translation>τη λήψη των δεδομένων του δήμου</translation>
    </message>
    <message>
        <source>The server&apos;s copy of the data came without its cursor.</source>
        <translation>Το αντίγραφο των δεδομένων από τον διακομιστή ήρθε χωρίς δρομέα.</translation>
    </message>
    <message>
        <source>The data could not be written to %1.</source>
        <translation>Τα δεδομένα δεν γράφτηκαν στο %1.</translation>
    </message>
    <message>
        <source>A row is not {t: table, k: [key], v: [values] or null}.</source>
        <translation>Μια γραμμή δεν είναι {t: πίνακας, k: [κλειδί], v: [τιμές] ή null}.</translation>
    </message>
    <message>
        <source>A row names the table %1, which does not travel.</source>
        <translation>Μια γραμμή αναφέρει τον πίνακα %1, που δεν συγχρονίζεται.</translation>
    </message>
    <message>
        <source>The rows are not a list.</source>
        <translation>Οι γραμμές δεν είναι λίστα.</translation>
    </message>
    <message>
        <source>The keys are not a list.</source>
        <translation>Τα κλειδιά δεν είναι λίστα.</translation>
    </message>
    <message>
        <source>A key is not {t: synced table, k: [values]}.</source>
        <translation>Ένα κλειδί δεν είναι {t: συγχρονιζόμενος πίνακας, k: [τιμές]}.</translation>
    </message>
    <message>
        <source>A key holds something other than text and numbers.</source>
        <translation>Ένα κλειδί περιέχει κάτι άλλο από κείμενο και αριθμούς.</translation>
    </message>
    <message>
        <source>keeping an edit set aside</source>
        <translation>τη φύλαξη μιας επεξεργασίας που παραμερίστηκε</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>δεν επιτρέπεται η πρόσβαση</translation>
    </message>
    <message>
        <source>sending a photo</source>
        <translation>την αποστολή μιας φωτογραφίας</translation>
    </message>
    <message>
        <source>copying the data to %1</source>
        <translation>αντιγραφή των δεδομένων στο %1</translation>
    </message>
    <message>
        <source>reading the desk&apos;s old file</source>
        <translation>ανάγνωση του παλιού αρχείου του σταθμού</translation>
    </message>
    <message>
        <source>%1 is not a desk that works with a server.</source>
        <translation>Το %1 δεν είναι σταθμός που συνεργάζεται με διακομιστή.</translation>
    </message>
    <message>
        <source>Sign in first: the server&apos;s new data is fetched in your name.</source>
        <translation>Συνδεθείτε πρώτα: τα νέα δεδομένα του διακομιστή λαμβάνονται στο όνομά σας.</translation>
    </message>
    <message>
        <source>starting again on the server&apos;s new data</source>
        <translation>νέα αρχή πάνω στα νέα δεδομένα του διακομιστή</translation>
    </message>
    <message>
        <source>%1 is still open elsewhere; close it and try again.</source>
        <translation>Το %1 είναι ακόμη ανοιχτό αλλού· κλείστε το και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>%1 could not be set aside as %2.</source>
        <translation>Το %1 δεν μπόρεσε να φυλαχτεί ως %2.</translation>
    </message>
    <message>
        <source>%1 could not take the place of %2.</source>
        <translation>Το %1 δεν μπόρεσε να πάρει τη θέση του %2.</translation>
    </message>
    <message>
        <source>This request is not on this desk.</source>
        <translation>Αυτό το αίτημα δεν υπάρχει σε αυτόν τον σταθμό.</translation>
    </message>
    <message>
        <source>Closed late</source>
        <translation>Έκλεισαν εκπρόθεσμα</translation>
    </message>
    <message>
        <source>Open past the deadline</source>
        <translation>Ανοιχτά εκπρόθεσμα</translation>
    </message>
    <message>
        <source>On time, of those closed</source>
        <translation>Εμπρόθεσμα, επί των κλειστών</translation>
    </message>
    <message>
        <source>Deadlines met</source>
        <translation>Τήρηση προθεσμιών</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Προηγούμενη περίοδος</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Μεταβολή</translation>
    </message>
    <message>
        <source>Received: %1 (previous period, %2: %3; change %4).</source>
        <translation>Ελήφθησαν: %1 (προηγούμενη περίοδος, %2: %3· μεταβολή %4).</translation>
    </message>
    <message>
        <source>Open past their deadline now: %1. Deadlines met, counting these as missed: %2.</source>
        <translation>Ανοιχτά με παρελθούσα προθεσμία τώρα: %1. Τήρηση προθεσμιών, αν μετρηθούν ως χαμένες: %2.</translation>
    </message>
    <message>
        <source>Resolution time: half of the requests within %1 hours, 90 % within %2 hours.</source>
        <translation>Χρόνος επίλυσης: τα μισά αιτήματα μέσα σε %1 ώρες, το 90 % μέσα σε %2 ώρες.</translation>
    </message>
    <message numerus="yes">
        <source>Citizen satisfaction: %1 of 5 from %n rating(s).</source>
        <translation>
            <numerusform>Ικανοποίηση πολιτών: %1 στα 5 από %n αξιολόγηση.</numerusform>
            <numerusform>Ικανοποίηση πολιτών: %1 στα 5 από %n αξιολογήσεις.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most requests: %1 (%2).</source>
        <translation>Περισσότερα αιτήματα: %1 (%2).</translation>
    </message>
    <message>
        <source>Fewest deadlines met: %1 (%2).</source>
        <translation>Χαμηλότερη τήρηση προθεσμιών: %1 (%2).</translation>
    </message>
    <message>
        <source>types</source>
        <translation>είδη</translation>
    </message>
    <message>
        <source>districts</source>
        <translation>περιοχές</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>υπηρεσίες</translation>
    </message>
    <message>
        <source>Deadlines per department</source>
        <translation>Προθεσμίες ανά υπηρεσία</translation>
    </message>
    <message>
        <source>Ratings per department</source>
        <translation>Αξιολογήσεις ανά υπηρεσία</translation>
    </message>
    <message>
        <source>Requests received per type</source>
        <translation>Αιτήματα που ελήφθησαν ανά είδος</translation>
    </message>
    <message>
        <source>Requests received per district</source>
        <translation>Αιτήματα που ελήφθησαν ανά περιοχή</translation>
    </message>
    <message>
        <source>Requests received per department</source>
        <translation>Αιτήματα που ελήφθησαν ανά υπηρεσία</translation>
    </message>
    <message>
        <source>The %1 largest of %2 %3.</source>
        <translation>Τα %1 μεγαλύτερα από %2 %3.</translation>
    </message>
    <message>
        <source>Of the %1 requests filed in the period, %2 are still open (on hold included) and %3 are resolved, closed, not taken up or joined to another request.</source>
        <translation>Από τα %1 αιτήματα της περιόδου, %2 είναι ακόμη ανοιχτά (μαζί με όσα είναι σε αναμονή) και %3 επιλύθηκαν, έκλεισαν, απορρίφθηκαν ή ενώθηκαν με άλλο αίτημα.</translation>
    </message>
    <message>
        <source>This call filed no request: say how it ended instead.</source>
        <translation>Αυτή η κλήση δεν κατέθεσε αίτημα: πείτε πώς έληξε.</translation>
    </message>
    <message>
        <source>Request filed or joined</source>
        <translation>Κατατέθηκε ή ενώθηκε αίτημα</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Δόθηκε πληροφορία</translation>
    </message>
    <message>
        <source>Asked about a request</source>
        <translation>Ρώτησε για αίτημα</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Παράπονο</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Μεταβιβάστηκε</translation>
    </message>
    <message>
        <source>Other (wrong number, silent)</source>
        <translation>Άλλο (λάθος αριθμός, σιωπή)</translation>
    </message>
    <message>
        <source>; the lines after it are read on their own</source>
        <translation>· οι γραμμές μετά από αυτή διαβάζονται η καθεμία χωριστά</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is not closed on it (read on to line %1, %2 fields where the header has %3); the lines after it are read on their own</source>
        <translation>ένα πεδίο σε εισαγωγικά ανοίγει σε αυτή τη γραμμή και δεν κλείνει σε αυτή (διαβάστηκε ως τη γραμμή %1, %2 πεδία ενώ η κεφαλίδα έχει %3)· οι γραμμές μετά από αυτή διαβάζονται η καθεμία χωριστά</translation>
    </message>
    <message>
        <source>NUL bytes removed</source>
        <translation>αφαιρέθηκαν χαρακτήρες NUL</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 replaced by � (the file may be in another encoding)</source>
        <translation>byte που δεν είναι UTF-8 αντικαταστάθηκαν με � (το αρχείο ίσως είναι σε άλλη κωδικοποίηση)</translation>
    </message>
    <message>
        <source>a quoted field opened on line %1 is never closed (the file ends on line %2)</source>
        <translation>ένα πεδίο σε εισαγωγικά που ανοίγει στη γραμμή %1 δεν κλείνει ποτέ (το αρχείο τελειώνει στη γραμμή %2)</translation>
    </message>
    <message>
        <source>No feature of %1 has the property &quot;%2&quot;; the features have: %3. Name the one that holds the district&apos;s name.</source>
        <translation>Κανένα στοιχείο του %1 δεν έχει την ιδιότητα «%2»· τα στοιχεία έχουν: %3. Δώστε αυτή που περιέχει το όνομα της περιοχής.</translation>
    </message>
    <message>
        <source>no properties at all</source>
        <translation>καμία ιδιότητα</translation>
    </message>
    <message>
        <source> (%1 of them updated from the source)</source>
        <translation> (%1 από αυτά ενημερώθηκαν από την πηγή)</translation>
    </message>
    <message>
        <source>, %1 kept without a place</source>
        <translation>, %1 κρατήθηκαν χωρίς θέση</translation>
    </message>
    <message>
        <source>lat/long %1, %2 lies %3 km outside the municipality&apos;s districts: kept without a place</source>
        <translation>το γεωγρ. πλάτος/μήκος %1, %2 βρίσκεται %3 km έξω από τις περιοχές του δήμου: κρατήθηκε χωρίς θέση</translation>
    </message>
    <message>
        <source>service_name is empty: the new type is named by its code %1</source>
        <translation>το service_name είναι κενό: ο νέος τύπος ονομάζεται με τον κωδικό του %1</translation>
    </message>
    <message>
        <source>%1 requests, none of them listed</source>
        <translation>%1 αιτήματα, κανένα δεν περιλαμβάνεται στη λίστα</translation>
    </message>
    <message>
        <source>%1 requests, the first %2 of them listed</source>
        <translation>%1 αιτήματα, στη λίστα τα πρώτα %2</translation>
    </message>
    <message>
        <source>The list was cut: the first %1 of %2 requests are listed. Subtotals and totals count them all.</source>
        <translation>Η λίστα κόπηκε: περιλαμβάνονται τα πρώτα %1 από %2 αιτήματα. Τα μερικά σύνολα και τα σύνολα τα μετρούν όλα.</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Δεν είναι δυνατή η εγγραφή της αναφοράς: %1</translation>
    </message>
    <message>
        <source>Without a deadline</source>
        <translation>Χωρίς προθεσμία</translation>
    </message>
    <message>
        <source>Closed: %1; of the %2 that had a deadline, %3 within it (%4; previous period %5).</source>
        <translation>Έκλεισαν: %1· από τα %2 που είχαν προθεσμία, %3 εντός αυτής (%4· προηγούμενη περίοδος %5).</translation>
    </message>
    <message>
        <source>Closed: %1, none of them with a deadline.</source>
        <translation>Έκλεισαν: %1, κανένα με προθεσμία.</translation>
    </message>
    <message>
        <source>case number %1 of the system it was imported from</source>
        <translation>αριθμός υπόθεσης %1 του συστήματος από το οποίο εισήχθη</translation>
    </message>
    <message>
        <source>the file is read-only for this user (%1, owner %2)</source>
        <translation>το αρχείο είναι μόνο για ανάγνωση για αυτόν τον χρήστη (%1, κάτοχος %2)</translation>
    </message>
    <message>
        <source>its folder %1 is read-only for this user (%2, owner %3)</source>
        <translation>ο φάκελός του %1 είναι μόνο για ανάγνωση για αυτόν τον χρήστη (%2, κάτοχος %3)</translation>
    </message>
    <message>
        <source>%1 can only be read (%2), and changes not yet written into it wait in %3. Open it once where it can be written, or copy it together with that file to a folder of yours.</source>
        <translation>Το %1 μπορεί μόνο να διαβαστεί (%2) και αλλαγές που δεν έχουν γραφτεί ακόμη σε αυτό περιμένουν στο %3. Ανοίξτε το μία φορά εκεί όπου μπορεί να γραφτεί ή αντιγράψτε το μαζί με εκείνο το αρχείο σε δικό σας φάκελο.</translation>
    </message>
    <message>
        <source>reading the file</source>
        <translation>την ανάγνωση του αρχείου</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2. Nothing was changed.</source>
        <translation>Το %1 είναι ανοιχτό μόνο για ανάγνωση: %2. Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing was changed.</source>
        <translation>Το %1 είναι ανοιχτό μόνο για ανάγνωση· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Holiday “%1”: %2 is a year from 1900 to 2200.</source>
        <translation>Αργία «%1»: το %2 είναι έτος από 1900 έως 2200.</translation>
    </message>
    <message>
        <source>Holiday “%1”: its last year comes before its first.</source>
        <translation>Αργία «%1»: το τελευταίο της έτος είναι πριν από το πρώτο.</translation>
    </message>
    <message>
        <source>The file lacks the columns %1; its columns are: %2.</source>
        <translation>Στο αρχείο λείπουν οι στήλες %1· οι στήλες του είναι: %2.</translation>
    </message>
    <message>
        <source>%1
The import stopped there; %2 requests imported before it are kept, and running the import again goes on from where it stopped.</source>
        <translation>%1
Η εισαγωγή σταμάτησε εκεί· τα %2 αιτήματα που εισήχθησαν πριν κρατούνται, και αν ξανατρέξει η εισαγωγή συνεχίζει από εκεί που σταμάτησε.</translation>
    </message>
    <message>
        <source>Cannot read %1: no such readable file</source>
        <translation>Δεν διαβάζεται το %1: δεν υπάρχει τέτοιο αναγνώσιμο αρχείο</translation>
    </message>
    <message>
        <source>%1 is not a readable OpenStreetMap extract (.osm.pbf): %2</source>
        <translation>Το %1 δεν είναι αναγνώσιμο απόσπασμα OpenStreetMap (.osm.pbf): %2</translation>
    </message>
    <message>
        <source>no street name in column %1</source>
        <translation>κανένα όνομα οδού στη στήλη %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on line %2</source>
        <translation>Το «%1» υπάρχει ήδη στη γραμμή %2</translation>
    </message>
    <message>
        <source>house numbers &quot;%1&quot;–&quot;%2&quot; are not a range: the street is kept without them</source>
        <translation>οι αριθμοί «%1»–«%2» δεν είναι εύρος: η οδός κρατείται χωρίς αυτούς</translation>
    </message>
    <message>
        <source>%1 holds no street: the gazetteer is left as it was.</source>
        <translation>Το %1 δεν περιέχει καμία οδό: ο οδοδείκτης μένει ως είχε.</translation>
    </message>
    <message>
        <source>the gazetteer now holds the %1 streets of %2; the register gives no geometry, so an address is placed on the map by hand</source>
        <translation>ο οδοδείκτης έχει τώρα τις %1 οδούς του %2· το μητρώο δεν δίνει γεωμετρία, οπότε μια διεύθυνση τοποθετείται στον χάρτη με το χέρι</translation>
    </message>
    <message>
        <source>%1 (%2 boundaries)</source>
        <translation>%1 (%2 όρια)</translation>
    </message>
    <message>
        <source>%1 has no named administrative boundary of admin_level %2; the levels present are: %3.</source>
        <translation>Το %1 δεν έχει κανένα επώνυμο διοικητικό όριο με admin_level %2· τα επίπεδα που υπάρχουν είναι: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>κανένα</translation>
    </message>
    <message>
        <source>%1 holds no named street and no address: the gazetteer is left as it was.</source>
        <translation>Το %1 δεν έχει καμία επώνυμη οδό και καμία διεύθυνση: ο οδοδείκτης μένει ως είχε.</translation>
    </message>
    <message>
        <source>%1 districts from the boundaries of admin_level %2</source>
        <translation>%1 περιοχές από τα όρια με admin_level %2</translation>
    </message>
    <message>
        <source>%1 streets with their geometry, %2 more named only by addresses; %3 numbered address points (%4 repeated left out), %5 stretches to interpolate house numbers along</source>
        <translation>%1 οδοί με τη γεωμετρία τους, %2 ακόμη μόνο από διευθύνσεις· %3 αριθμημένα σημεία διευθύνσεων (%4 επαναλήψεις παραλείφθηκαν), %5 τμήματα για παρεμβολή αριθμών</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>διεύθυνση %1</translation>
    </message>
    <message>
        <source>address starts with %1</source>
        <translation>η διεύθυνση αρχίζει με %1</translation>
    </message>
    <message>
        <source>removing the streets</source>
        <translation>αφαίρεση των οδών</translation>
    </message>
    <message>
        <source>Imported in bulk: the requests&apos; indexes and the dashboard&apos;s figures were made once at the end (%1 s).</source>
        <translation>Εισαγωγή μαζικά: τα ευρετήρια των αιτημάτων και τα μεγέθη του πίνακα ελέγχου δημιουργήθηκαν μία φορά στο τέλος (%1 δευτ.).</translation>
    </message>
    <message>
        <source>Another import into %1 is running (its lock file %2 is held).</source>
        <translation>Εκτελείται ήδη άλλη εισαγωγή στο %1 (το αρχείο κλειδώματος %2 είναι δεσμευμένο).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Write it as https://name-of-the-server (with :port after the name if it is not the usual one).</source>
        <translation>Το «%1» δεν είναι διεύθυνση διακομιστή. Γράψτε τη ως https://όνομα-του-διακομιστή (με :θύρα μετά το όνομα αν δεν είναι η συνηθισμένη).</translation>
    </message>
    <message>
        <source>No server answers there: %1</source>
        <translation>Εκεί δεν απαντά κανένας διακομιστής: %1</translation>
    </message>
    <message>
        <source>Something answers there (HTTP %1), but not a CivicDesk server that is ready.</source>
        <translation>Κάτι απαντά εκεί (HTTP %1), αλλά όχι ένας διακομιστής CivicDesk σε λειτουργία.</translation>
    </message>
    <message>
        <source>The CivicDesk server there (version %1) is older than this desk: it must be updated first.</source>
        <translation>Ο διακομιστής CivicDesk εκεί (έκδοση %1) είναι παλαιότερος από αυτό το γκισέ: πρέπει πρώτα να ενημερωθεί.</translation>
    </message>
    <message>
        <source>%1 is not an image CivicDesk can read (%2). Use a PNG, JPEG or SVG file.</source>
        <translation>Το %1 δεν είναι εικόνα που μπορεί να διαβάσει το CivicDesk (%2). Χρησιμοποιήστε αρχείο PNG, JPEG ή SVG.</translation>
    </message>
    <message>
        <source>The image %1 could not be kept as a logo.</source>
        <translation>Η εικόνα %1 δεν μπόρεσε να φυλαχτεί ως λογότυπο.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>Το «%1» δεν είναι διεύθυνση email</translation>
    </message>
    <message>
        <source>given up after %1 attempts: %2</source>
        <translation>εγκαταλείφθηκε μετά από %1 προσπάθειες: %2</translation>
    </message>
    <message>
        <source>The mail settings kept in the file cannot be read (%1).</source>
        <translation>Οι ρυθμίσεις email που φυλάσσονται στο αρχείο δεν διαβάζονται (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail server&apos;s address: write smtp://name:587 (or smtps://name:465).</source>
        <translation>Το «%1» δεν είναι διεύθυνση διακομιστή email: γράψτε smtp://όνομα:587 (ή smtps://όνομα:465).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address to send from.</source>
        <translation>Το «%1» δεν είναι διεύθυνση email αποστολέα.</translation>
    </message>
    <message>
        <source>The mail server&apos;s time limit must be at least one second.</source>
        <translation>Το χρονικό όριο του διακομιστή email πρέπει να είναι τουλάχιστον ένα δευτερόλεπτο.</translation>
    </message>
    <message>
        <source>libcurl could not be started.</source>
        <translation>Η libcurl δεν μπόρεσε να ξεκινήσει.</translation>
    </message>
    <message>
        <source>the mail server answered %1: %2</source>
        <translation>ο διακομιστής email απάντησε %1: %2</translation>
    </message>
    <message>
        <source>the mail server could not be reached: %1</source>
        <translation>ο διακομιστής email δεν ήταν προσβάσιμος: %1</translation>
    </message>
    <message>
        <source>recording a message&apos;s sending</source>
        <translation>την καταγραφή της αποστολής ενός μηνύματος</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in international form</source>
        <translation>Το «%1» δεν είναι αριθμός τηλεφώνου σε διεθνή μορφή</translation>
    </message>
    <message>
        <source>quiet hours: sent at their end</source>
        <translation>ώρες κοινής ησυχίας: θα σταλεί όταν τελειώσουν</translation>
    </message>
    <message>
        <source>The SMS settings kept in the file cannot be read (%1).</source>
        <translation>Οι ρυθμίσεις SMS που φυλάσσονται στο αρχείο δεν διαβάζονται (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SMS gateway&apos;s address: write http://name:13013/cgi-bin/sendsms.</source>
        <translation>Το «%1» δεν είναι διεύθυνση πύλης SMS: γράψτε http://όνομα:13013/cgi-bin/sendsms.</translation>
    </message>
    <message>
        <source>The SMS gateway needs the user CivicDesk sends as.</source>
        <translation>Η πύλη SMS χρειάζεται τον χρήστη με τον οποίο στέλνει το CivicDesk.</translation>
    </message>
    <message>
        <source>Quiet hours are hours of the day, 0 to 23.</source>
        <translation>Οι ώρες κοινής ησυχίας είναι ώρες της ημέρας, 0 έως 23.</translation>
    </message>
    <message>
        <source>the SMS gateway could not be reached: %1</source>
        <translation>η πύλη SMS δεν ήταν προσβάσιμη: %1</translation>
    </message>
    <message>
        <source>the SMS gateway answered %1: %2</source>
        <translation>η πύλη SMS απάντησε %1: %2</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Παραλαβή αιτήματος</translation>
    </message>
    <message>
        <source>Report joined to an open request</source>
        <translation>Αναφορά που προστέθηκε σε ανοιχτό αίτημα</translation>
    </message>
    <message>
        <source>Request accepted</source>
        <translation>Αποδοχή αιτήματος</translation>
    </message>
    <message>
        <source>Crew assigned</source>
        <translation>Ανάθεση σε συνεργείο</translation>
    </message>
    <message>
        <source>Request resolved</source>
        <translation>Διεκπεραίωση αιτήματος</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>Απόρριψη αιτήματος</translation>
    </message>
    <message>
        <source>Request closed</source>
        <translation>Κλείσιμο αιτήματος</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Έρευνα ικανοποίησης</translation>
    </message>
    <message>
        <source>the municipality&apos;s name</source>
        <translation>το όνομα του δήμου</translation>
    </message>
    <message>
        <source>the tracking number</source>
        <translation>ο αριθμός παρακολούθησης</translation>
    </message>
    <message>
        <source>the type of request, in the citizen&apos;s language</source>
        <translation>το είδος του αιτήματος, στη γλώσσα του πολίτη</translation>
    </message>
    <message>
        <source>the address of the problem</source>
        <translation>η διεύθυνση του προβλήματος</translation>
    </message>
    <message>
        <source>the request&apos;s status, in the citizen&apos;s language</source>
        <translation>η κατάσταση του αιτήματος, στη γλώσσα του πολίτη</translation>
    </message>
    <message>
        <source>the date the work is due</source>
        <translation>η προθεσμία της εργασίας</translation>
    </message>
    <message>
        <source>the note written with the change (why it was rejected, what was done)</source>
        <translation>η σημείωση της αλλαγής (γιατί απορρίφθηκε, τι έγινε)</translation>
    </message>
    <message>
        <source>the address of the satisfaction survey</source>
        <translation>η διεύθυνση της έρευνας ικανοποίησης</translation>
    </message>
    <message>
        <source>“%1” is not an event CivicDesk sends messages for.</source>
        <translation>Το «%1» δεν είναι γεγονός για το οποίο το CivicDesk στέλνει μηνύματα.</translation>
    </message>
    <message>
        <source>CivicDesk writes messages in %1, not in “%2”.</source>
        <translation>Το CivicDesk γράφει μηνύματα στις γλώσσες %1, όχι στα «%2».</translation>
    </message>
    <message>
        <source>A template is for SMS or for e-mail, not for “%1”.</source>
        <translation>Ένα πρότυπο είναι για SMS ή για e-mail, όχι για «%1».</translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation>Το μήνυμα δεν έχει κείμενο.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Κείμενο</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>%1: the “%2” is not part of a placeholder. Placeholders are written {name}: %3.</source>
        <translation>%1: το «%2» δεν ανήκει σε πεδίο αντικατάστασης. Τα πεδία γράφονται {όνομα}: %3.</translation>
    </message>
    <message>
        <source>%1: %2 is not a placeholder CivicDesk knows. The placeholders are %3.</source>
        <translation>%1: το %2 δεν είναι πεδίο που γνωρίζει το CivicDesk. Τα πεδία είναι %3.</translation>
    </message>
    <message>
        <source>For a typical request this SMS takes %1 messages; shorten it to fit in two.</source>
        <translation>Για ένα συνηθισμένο αίτημα αυτό το SMS χρειάζεται %1 μηνύματα· συντομέψτε το ώστε να χωρά σε δύο.</translation>
    </message>
    <message>
        <source>saving a message template</source>
        <translation>αποθήκευση προτύπου μηνύματος</translation>
    </message>
    <message>
        <source>%1 has been given to you to work on.</source>
        <translation>Το %1 σας ανατέθηκε.</translation>
    </message>
    <message>
        <source>A targeted message may name {municipality} only, not {%1}: it is the same text for everyone.</source>
        <translation>Ένα στοχευμένο μήνυμα μπορεί να αναφέρει μόνο το {municipality}, όχι το {%1}: είναι το ίδιο κείμενο για όλους.</translation>
    </message>
    <message>
        <source>A targeted message needs a title (it names the message in the send log).</source>
        <translation>Ένα στοχευμένο μήνυμα χρειάζεται τίτλο (με αυτόν φαίνεται στο ημερολόγιο αποστολών).</translation>
    </message>
    <message>
        <source>Alerts by e-mail need an e-mail address.</source>
        <translation>Οι ειδοποιήσεις με e-mail χρειάζονται διεύθυνση e-mail.</translation>
    </message>
    <message>
        <source>The message needs its text in the municipality&apos;s language (%1): citizens whose language has no text get it.</source>
        <translation>Το μήνυμα χρειάζεται κείμενο στη γλώσσα του δήμου (%1): αυτό λαμβάνουν οι πολίτες για τη γλώσσα των οποίων δεν υπάρχει κείμενο.</translation>
    </message>
    <message>
        <source>The pace is 1 to %1 messages a minute.</source>
        <translation>Ο ρυθμός είναι από 1 έως %1 μηνύματα το λεπτό.</translation>
    </message>
    <message>
        <source>The text in %1 takes %2 SMS; shorten it to fit in two.</source>
        <translation>Το κείμενο στα %1 χρειάζεται %2 SMS· συντομέψτε το ώστε να χωρά σε δύο.</translation>
    </message>
    <message>
        <source>keeping a targeted message</source>
        <translation>φύλαξη στοχευμένου μηνύματος</translation>
    </message>
    <message>
        <source>queueing a message to a member of staff</source>
        <translation>αναμονή μηνύματος προς μέλος του προσωπικού</translation>
    </message>
    <message>
        <source>%1: you will receive no more SMS from us.</source>
        <translation>%1: δεν θα λαμβάνετε πλέον SMS από εμάς.</translation>
    </message>
    <message>
        <source>%1: nobody reads the answers to this number; call us. To receive no more SMS, answer STOP.</source>
        <translation>%1: οι απαντήσεις σε αυτόν τον αριθμό δεν διαβάζονται· καλέστε μας. Για να μη λαμβάνετε SMS, απαντήστε STOP.</translation>
    </message>
    <message>
        <source>This link is not valid (any more). To stop the messages, answer one of them or call us.</source>
        <translation>Αυτός ο σύνδεσμος δεν ισχύει (πια). Για να σταματήσουν τα μηνύματα, απαντήστε σε ένα από αυτά ή καλέστε μας.</translation>
    </message>
    <message>
        <source>Do you want to receive no more e-mails about your requests?</source>
        <translation>Θέλετε να μη λαμβάνετε πλέον e-mail για τα αιτήματά σας;</translation>
    </message>
    <message>
        <source>Stop the e-mails</source>
        <translation>Διακοπή των e-mail</translation>
    </message>
    <message>
        <source>This service cannot answer now; try again later.</source>
        <translation>Η υπηρεσία δεν μπορεί να απαντήσει τώρα· δοκιμάστε ξανά αργότερα.</translation>
    </message>
    <message>
        <source>You will receive no more e-mails from us. Your requests stay open; call us to hear of them.</source>
        <translation>Δεν θα λαμβάνετε πλέον e-mail από εμάς. Τα αιτήματά σας παραμένουν ανοιχτά· καλέστε μας για να μάθετε την πορεία τους.</translation>
    </message>
    <message>
        <source>No more e-mails from %1: %2</source>
        <translation>Για να μη λαμβάνετε άλλα e-mail από %1: %2</translation>
    </message>
    <message>
        <source>recording a delivery report</source>
        <translation>καταγραφή αναφοράς παράδοσης</translation>
    </message>
    <message>
        <source>cancelling a citizen&apos;s messages</source>
        <translation>ακύρωση των μηνυμάτων ενός πολίτη</translation>
    </message>
    <message>
        <source>There is no such citizen (any more): nothing to stop.</source>
        <translation>Δεν υπάρχει (πια) τέτοιος πολίτης: τίποτα να σταματήσει.</translation>
    </message>
    <message>
        <source>not sent: the citizen withdrew consent to %1</source>
        <translation>δεν στάλθηκε: ο πολίτης ανακάλεσε τη συγκατάθεση για %1</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Δεν υπάρχει τίποτα εδώ.</translation>
    </message>
    <message>
        <source>This report is not signed for this message.</source>
        <translation>Η αναφορά δεν είναι υπογεγραμμένη για αυτό το μήνυμα.</translation>
    </message>
    <message>
        <source>Unknown report type.</source>
        <translation>Άγνωστος τύπος αναφοράς.</translation>
    </message>
    <message>
        <source>This gateway is not known here.</source>
        <translation>Αυτή η πύλη δεν είναι γνωστή εδώ.</translation>
    </message>
    <message>
        <source>The number of messages a minute cannot be negative (0: no limit).</source>
        <translation>Ο αριθμός μηνυμάτων ανά λεπτό δεν μπορεί να είναι αρνητικός (0: χωρίς όριο).</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>παραδόθηκε</translation>
    </message>
    <message>
        <source>sent, not delivered</source>
        <translation>στάλθηκε, δεν παραδόθηκε</translation>
    </message>
    <message>
        <source>CivicDesk: a test message</source>
        <translation>CivicDesk: δοκιμαστικό μήνυμα</translation>
    </message>
    <message>
        <source>This message was sent from the CivicDesk desk to try the mail settings of %1. Messages to citizens will come from the same address.</source>
        <translation>Αυτό το μήνυμα στάλθηκε από το CivicDesk για να δοκιμαστούν οι ρυθμίσεις e-mail του φορέα %1. Τα μηνύματα προς τους πολίτες θα έρχονται από την ίδια διεύθυνση.</translation>
    </message>
    <message>
        <source>The form has more than %1 fields.</source>
        <translation>Η φόρμα έχει περισσότερα από %1 πεδία.</translation>
    </message>
    <message>
        <source>The form&apos;s field %1 has no valid name.</source>
        <translation>Το πεδίο %1 της φόρμας δεν έχει έγκυρο όνομα.</translation>
    </message>
    <message>
        <source>The field %1 has a &apos;%&apos; that is not followed by two hexadecimal digits.</source>
        <translation>Το πεδίο %1 έχει «%» που δεν ακολουθείται από δύο δεκαεξαδικά ψηφία.</translation>
    </message>
    <message>
        <source>The field %1 holds more than %2 bytes.</source>
        <translation>Το πεδίο %1 περιέχει περισσότερα από %2 byte.</translation>
    </message>
    <message>
        <source>The field %1 is not valid UTF-8 text.</source>
        <translation>Το πεδίο %1 δεν είναι έγκυρο κείμενο UTF-8.</translation>
    </message>
    <message>
        <source>A multipart form names its boundary (1 to 70 characters) in its Content-Type.</source>
        <translation>Μια φόρμα multipart δηλώνει το όριό της (1 έως 70 χαρακτήρες) στο Content-Type.</translation>
    </message>
    <message>
        <source>The multipart form has no part.</source>
        <translation>Η φόρμα multipart δεν έχει κανένα τμήμα.</translation>
    </message>
    <message>
        <source>A boundary of the multipart form is not followed by a line break.</source>
        <translation>Ένα όριο της φόρμας multipart δεν ακολουθείται από αλλαγή γραμμής.</translation>
    </message>
    <message>
        <source>A part of the multipart form has no end to its headers.</source>
        <translation>Ένα τμήμα της φόρμας multipart δεν έχει τέλος στις κεφαλίδες του.</translation>
    </message>
    <message>
        <source>The multipart form ends before its closing boundary.</source>
        <translation>Η φόρμα multipart τελειώνει πριν από το όριο κλεισίματος.</translation>
    </message>
    <message>
        <source>A part of the multipart form is not form-data.</source>
        <translation>Ένα τμήμα της φόρμας multipart δεν είναι form-data.</translation>
    </message>
    <message>
        <source>A part of the multipart form has no valid name.</source>
        <translation>Ένα τμήμα της φόρμας multipart δεν έχει έγκυρο όνομα.</translation>
    </message>
    <message>
        <source>The form has more than %1 files.</source>
        <translation>Η φόρμα έχει περισσότερα από %1 αρχεία.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB.</source>
        <translation>Το αρχείο %1 είναι μεγαλύτερο από %2 MB.</translation>
    </message>
    <message>
        <source>Send the form as application/x-www-form-urlencoded or multipart/form-data, not %1.</source>
        <translation>Στείλτε τη φόρμα ως application/x-www-form-urlencoded ή multipart/form-data, όχι ως %1.</translation>
    </message>
    <message>
        <source>%1 is not a W3C date and time (2026-12-03T09:30:00+02:00): “%2”.</source>
        <translation>Το %1 δεν είναι ημερομηνία και ώρα W3C (2026-12-03T09:30:00+02:00): «%2».</translation>
    </message>
    <message>
        <source>%1 is not answered to %2.</source>
        <translation>Το %1 δεν απαντά σε %2.</translation>
    </message>
    <message>
        <source>There is nothing at %1.</source>
        <translation>Δεν υπάρχει τίποτα στο %1.</translation>
    </message>
    <message>
        <source>API keys are issued by the municipality&apos;s administrator.</source>
        <translation>Τα κλειδιά API εκδίδονται από τον διαχειριστή του δήμου.</translation>
    </message>
    <message>
        <source>There is no service %1.</source>
        <translation>Δεν υπάρχει υπηρεσία %1.</translation>
    </message>
    <message>
        <source>lat and long are a latitude (−90 to 90) and a longitude (−180 to 180) in degrees, both given.</source>
        <translation>Τα lat και long είναι γεωγραφικό πλάτος (−90 έως 90) και μήκος (−180 έως 180) σε μοίρες, και τα δύο.</translation>
    </message>
    <message>
        <source>Only the field media may carry a file.</source>
        <translation>Μόνο το πεδίο media μπορεί να έχει αρχείο.</translation>
    </message>
    <message>
        <source>This problem was reported already; you now follow request %1.</source>
        <translation>Το πρόβλημα είχε ήδη αναφερθεί· παρακολουθείτε πλέον το αίτημα %1.</translation>
    </message>
    <message>
        <source>Expected to be dealt with by %1.</source>
        <translation>Αναμένεται να αντιμετωπιστεί έως %1.</translation>
    </message>
    <message>
        <source>At most %1 ids at once.</source>
        <translation>Έως %1 αναγνωριστικά τη φορά.</translation>
    </message>
    <message>
        <source>status is open or closed, not “%1”.</source>
        <translation>Το status είναι open ή closed, όχι «%1».</translation>
    </message>
    <message>
        <source>page_size is a whole number from 1 to %1.</source>
        <translation>Το page_size είναι ακέραιος από 1 έως %1.</translation>
    </message>
    <message>
        <source>page is a whole number from 1.</source>
        <translation>Το page είναι ακέραιος από 1 και πάνω.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>Δεν υπάρχει αίτημα %1.</translation>
    </message>
    <message>
        <source>There is no request for the token %1.</source>
        <translation>Δεν υπάρχει αίτημα για το token %1.</translation>
    </message>
    <message>
        <source>service_request_id is required.</source>
        <translation>Το service_request_id είναι υποχρεωτικό.</translation>
    </message>
    <message>
        <source>description is required.</source>
        <translation>Το description είναι υποχρεωτικό.</translation>
    </message>
    <message>
        <source>The description has %1 characters; at most %2 are read.</source>
        <translation>Η περιγραφή έχει %1 χαρακτήρες· διαβάζονται έως %2.</translation>
    </message>
    <message>
        <source>“%1” is not an address of the municipality; give lat and long, or a street and number of it.</source>
        <translation>Το «%1» δεν είναι διεύθυνση του δήμου· δώστε lat και long, ή οδό και αριθμό του δήμου.</translation>
    </message>
    <message>
        <source>service_code is required.</source>
        <translation>Το service_code είναι υποχρεωτικό.</translation>
    </message>
    <message>
        <source>The service %1 asks no attribute %2.</source>
        <translation>Η υπηρεσία %1 δεν ζητά το χαρακτηριστικό %2.</translation>
    </message>
    <message>
        <source>%1 is information for the reporter, not a question: it takes no answer.</source>
        <translation>Το %1 είναι πληροφορία για όποιον αναφέρει, όχι ερώτηση: δεν δέχεται απάντηση.</translation>
    </message>
    <message>
        <source>lat and long are a latitude (−90 to 90) and a longitude (−180 to 180) in degrees.</source>
        <translation>Τα lat και long είναι γεωγραφικό πλάτος (−90 έως 90) και μήκος (−180 έως 180) σε μοίρες.</translation>
    </message>
    <message>
        <source>Say where the problem is: lat and long, or address_string.</source>
        <translation>Πείτε πού είναι το πρόβλημα: lat και long, ή address_string.</translation>
    </message>
    <message>
        <source>“%1” is not a telephone number.</source>
        <translation>Το «%1» δεν είναι αριθμός τηλεφώνου.</translation>
    </message>
    <message>
        <source>media_url is the http or https address of a photo.</source>
        <translation>Το media_url είναι η διεύθυνση http ή https μιας φωτογραφίας.</translation>
    </message>
    <message>
        <source>%1 is not JSON (at byte %2: %3).</source>
        <translation>Το %1 δεν είναι JSON (στο byte %2: %3).</translation>
    </message>
    <message>
        <source>%1 is not a list of services.</source>
        <translation>Το %1 δεν είναι κατάλογος υπηρεσιών.</translation>
    </message>
    <message>
        <source>The services file</source>
        <translation>Το αρχείο υπηρεσιών</translation>
    </message>
    <message>
        <source>The definitions file</source>
        <translation>Το αρχείο ορισμών</translation>
    </message>
    <message>
        <source>The database holds no municipality.</source>
        <translation>Η βάση δεδομένων δεν περιέχει δήμο.</translation>
    </message>
    <message>
        <source>service %1 has no service_code (or one longer than 64 characters)</source>
        <translation>η υπηρεσία %1 δεν έχει service_code (ή έχει μεγαλύτερο από 64 χαρακτήρες)</translation>
    </message>
    <message>
        <source>service_name of %1 is empty: the type is named by its code</source>
        <translation>το service_name του %1 είναι κενό: το είδος ονομάζεται με τον κωδικό του</translation>
    </message>
    <message>
        <source>%1: no department %2 here; requests go to the dispatch desk until a department is set</source>
        <translation>%1: δεν υπάρχει τμήμα %2 εδώ· τα αιτήματα πηγαίνουν στη διανομή μέχρι να οριστεί τμήμα</translation>
    </message>
    <message>
        <source>%1: an attribute without a code or with an unknown datatype is left out</source>
        <translation>%1: παραλείπεται χαρακτηριστικό χωρίς κωδικό ή με άγνωστο τύπο δεδομένων</translation>
    </message>
    <message>
        <source>%1: a value of %2 without a key, or with a comma in it, is left out</source>
        <translation>%1: παραλείπεται τιμή του %2 χωρίς κλειδί ή με κόμμα μέσα</translation>
    </message>
    <message>
        <source>new service type %1 (%2)</source>
        <translation>νέο είδος αιτήματος %1 (%2)</translation>
    </message>
    <message>
        <source>recording an API key</source>
        <translation>την καταγραφή κλειδιού API</translation>
    </message>
    <message>
        <source>revoking an API key</source>
        <translation>την ανάκληση κλειδιού API</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Αριθμός παρακολούθησης</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— επιλέξτε —</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <source>The mailbox settings kept in the file cannot be read (%1).</source>
        <translation>Οι ρυθμίσεις της θυρίδας αλληλογραφίας στο αρχείο δεν διαβάζονται (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mailbox&apos;s address: write imap://name/INBOX (or imaps://name/INBOX).</source>
        <translation>Το &quot;%1&quot; δεν είναι διεύθυνση θυρίδας: γράψτε imap://όνομα/INBOX (ή imaps://όνομα/INBOX).</translation>
    </message>
    <message>
        <source>Reading a mailbox needs its login and password.</source>
        <translation>Για την ανάγνωση θυρίδας χρειάζονται το όνομα χρήστη και ο κωδικός της.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>Το &quot;%1&quot; δεν είναι διεύθυνση e-mail.</translation>
    </message>
    <message>
        <source>The mailbox is read every 1 to 3600 seconds.</source>
        <translation>Η θυρίδα διαβάζεται κάθε 1 έως 3600 δευτερόλεπτα.</translation>
    </message>
    <message>
        <source>The mail server refused the mailbox&apos;s login: %1</source>
        <translation>Ο διακομιστής αλληλογραφίας αρνήθηκε τη σύνδεση στη θυρίδα: %1</translation>
    </message>
    <message>
        <source>The mailbox could not be read: %1</source>
        <translation>Η θυρίδα δεν διαβάστηκε: %1</translation>
    </message>
    <message>
        <source>The mail server did not say how large message %1 is.</source>
        <translation>Ο διακομιστής αλληλογραφίας δεν είπε το μέγεθος του μηνύματος %1.</translation>
    </message>
    <message>
        <source>An e-mail could not be kept: %1</source>
        <translation>Ένα e-mail δεν φυλάχθηκε: %1</translation>
    </message>
    <message>
        <source>The message was %1 MB: only its beginning was read, without its attachments.</source>
        <translation>Το μήνυμα ήταν %1 MB: διαβάστηκε μόνο η αρχή του, χωρίς τα συνημμένα.</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(χωρίς κείμενο)</translation>
    </message>
    <message>
        <source>E-mail from %1: %2</source>
        <translation>E-mail από %1: %2</translation>
    </message>
    <message>
        <source>Attached, not kept with the note: %1</source>
        <translation>Συνημμένα που δεν φυλάχθηκαν με τη σημείωση: %1</translation>
    </message>
    <message>
        <source>%1 was not kept: not a photo (%2).</source>
        <translation>Το %1 δεν φυλάχθηκε: δεν είναι φωτογραφία (%2).</translation>
    </message>
    <message>
        <source>%1 was not kept: %2</source>
        <translation>Το %1 δεν φυλάχθηκε: %2</translation>
    </message>
    <message>
        <source>The message has more than %1 parts; the rest were not read.</source>
        <translation>Το μήνυμα έχει περισσότερα από %1 μέρη· τα υπόλοιπα δεν διαβάστηκαν.</translation>
    </message>
    <message>
        <source>Parts nested more than %1 deep were not read.</source>
        <translation>Μέρη εμφωλευμένα βαθύτερα από %1 επίπεδα δεν διαβάστηκαν.</translation>
    </message>
    <message>
        <source>A part of the message declares several parts but no boundary between them; it was not read.</source>
        <translation>Ένα μέρος του μηνύματος δηλώνει πολλά μέρη αλλά κανένα όριο ανάμεσά τους· δεν διαβάστηκε.</translation>
    </message>
    <message>
        <source>The message ends inside a part: it may have been cut short.</source>
        <translation>Το μήνυμα τελειώνει μέσα σε ένα μέρος: μπορεί να έχει κοπεί.</translation>
    </message>
    <message>
        <source>%1 (%2 MB) was not kept: larger than %3 MB.</source>
        <translation>Το %1 (%2 MB) δεν φυλάχθηκε: μεγαλύτερο από %3 MB.</translation>
    </message>
    <message>
        <source>The text was cut after %1 characters.</source>
        <translation>Το κείμενο κόπηκε μετά από %1 χαρακτήρες.</translation>
    </message>
    <message>
        <source>Only the municipality&apos;s mailbox brings in e-mails.</source>
        <translation>Μόνο η θυρίδα του δήμου φέρνει e-mail.</translation>
    </message>
    <message>
        <source>keeping an e-mail from a citizen</source>
        <translation>φύλαξη e-mail δημότη</translation>
    </message>
    <message>
        <source>That e-mail is no longer in the list.</source>
        <translation>Αυτό το e-mail δεν είναι πια στη λίστα.</translation>
    </message>
    <message>
        <source>That e-mail was handled already.</source>
        <translation>Αυτό το e-mail έχει ήδη διεκπεραιωθεί.</translation>
    </message>
    <message>
        <source>handling an e-mail from a citizen</source>
        <translation>διεκπεραίωση e-mail δημότη</translation>
    </message>
    <message>
        <source>Chosen on the map: %1. The address may stay empty.</source>
        <translation>Επιλέχθηκε στον χάρτη: %1. Η διεύθυνση μπορεί να μείνει κενή.</translation>
    </message>
    <message>
        <source>Or click the place on the map of the municipality.</source>
        <translation>Ή κάντε κλικ στο σημείο, στον χάρτη του δήμου.</translation>
    </message>
    <message>
        <source>The desk&apos;s file could not be opened.</source>
        <translation>Το αρχείο του γραφείου δεν μπόρεσε να ανοίξει.</translation>
    </message>
    <message>
        <source>A PostgreSQL store has no page limit.</source>
        <translation>Μια αποθήκη PostgreSQL δεν έχει όριο σελίδων.</translation>
    </message>
    <message>
        <source>The dashboard&apos;s figures could not be made in %1: %2</source>
        <translation>Τα στοιχεία του πίνακα ελέγχου δεν μπόρεσαν να υπολογιστούν στο %1: %2</translation>
    </message>
    <message>
        <source>copying the dashboard&apos;s figures</source>
        <translation>την αντιγραφή των στοιχείων του πίνακα ελέγχου</translation>
    </message>
    <message>
        <source>The dashboard&apos;s figures could not be read back from %1: %2</source>
        <translation>Τα στοιχεία του πίνακα ελέγχου δεν μπόρεσαν να διαβαστούν ξανά από το %1: %2</translation>
    </message>
    <message>
        <source>Out of memory while connecting to PostgreSQL.</source>
        <translation>Η μνήμη εξαντλήθηκε κατά τη σύνδεση στην PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL cannot be reached (%1).</source>
        <translation>Η PostgreSQL δεν είναι προσβάσιμη (%1).</translation>
    </message>
    <message>
        <source>PostgreSQL refused the session settings: %1</source>
        <translation>Η PostgreSQL απέρριψε τις ρυθμίσεις της συνεδρίας: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL cluster refused a scratch database: %1</source>
        <translation>Το σύμπλεγμα PostgreSQL αρνήθηκε μια προσωρινή βάση δεδομένων: %1</translation>
    </message>
    <message>
        <source>waiting for other servers&apos; schema upgrades</source>
        <translation>την αναμονή για τις αναβαθμίσεις σχήματος άλλων διακομιστών</translation>
    </message>
    <message>
        <source>PostgreSQL refused %1: %2</source>
        <translation>Η PostgreSQL απέρριψε %1: %2</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>την ανάγνωση της έκδοσης σχήματος</translation>
    </message>
    <message>
        <source>reading the database&apos;s tables</source>
        <translation>την ανάγνωση των πινάκων της βάσης δεδομένων</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 holds tables of another program; CivicDesk left it untouched.</source>
        <translation>Η βάση δεδομένων PostgreSQL %1 περιέχει πίνακες άλλου προγράμματος· το CivicDesk δεν την άγγιξε.</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 was written by a newer CivicDesk (schema version %2; this program knows up to %3). Update CivicDesk; the database was left untouched.</source>
        <translation>Η βάση δεδομένων PostgreSQL %1 γράφτηκε από νεότερο CivicDesk (έκδοση σχήματος %2· αυτό το πρόγραμμα γνωρίζει έως την %3). Ενημερώστε το CivicDesk· η βάση δεν άλλαξε.</translation>
    </message>
    <message>
        <source>No municipality was named for the PostgreSQL store.</source>
        <translation>Δεν ορίστηκε δήμος για την αποθήκη PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL refused a question about the signed-in role: %1</source>
        <translation>Η PostgreSQL αρνήθηκε μια ερώτηση για τον συνδεδεμένο ρόλο: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL role %1 is a superuser or bypasses row-level security, so it would see every municipality&apos;s rows. Connect as a role of its own that owns the database (README, &quot;Deployment&quot;).</source>
        <translation>Ο ρόλος PostgreSQL %1 είναι υπερχρήστης ή παρακάμπτει την ασφάλεια επιπέδου γραμμής, οπότε θα έβλεπε τις γραμμές κάθε δήμου. Συνδεθείτε με δικό του ρόλο που κατέχει τη βάση (README, «Deployment»).</translation>
    </message>
    <message>
        <source>PostgreSQL refused a question about the database: %1</source>
        <translation>Η PostgreSQL αρνήθηκε μια ερώτηση για τη βάση δεδομένων: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 sorts text by the collation %2; CivicDesk needs byte order (create it with LC_COLLATE &apos;C&apos;, README &quot;Deployment&quot;).</source>
        <translation>Η βάση δεδομένων PostgreSQL %1 ταξινομεί το κείμενο με τη συρραφή %2· το CivicDesk χρειάζεται σειρά byte (δημιουργήστε τη με LC_COLLATE &apos;C&apos;, README «Deployment»).</translation>
    </message>
    <message>
        <source>PostgreSQL refused the municipality&apos;s setting: %1</source>
        <translation>Η PostgreSQL απέρριψε τη ρύθμιση του δήμου: %1</translation>
    </message>
    <message>
        <source>PostgreSQL refused the municipality&apos;s first rows: %1</source>
        <translation>Η PostgreSQL απέρριψε τις πρώτες γραμμές του δήμου: %1</translation>
    </message>
    <message>
        <source>COPY is PostgreSQL&apos;s.</source>
        <translation>Το COPY είναι της PostgreSQL.</translation>
    </message>
    <message>
        <source>The PostgreSQL server holding %1 is out of disk space or memory; nothing of this change was saved (%2).</source>
        <translation>Ο διακομιστής PostgreSQL που κρατά το %1 έμεινε χωρίς χώρο στον δίσκο ή μνήμη· τίποτα από αυτή την αλλαγή δεν αποθηκεύτηκε (%2).</translation>
    </message>
    <message>
        <source>%1 is busy with another change; try again in a moment.</source>
        <translation>Το %1 είναι απασχολημένο με άλλη αλλαγή· δοκιμάστε ξανά σε λίγο.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 cannot be reached (%2); nothing of this change was saved.</source>
        <translation>Ο διακομιστής PostgreSQL του %1 δεν είναι προσβάσιμος (%2)· τίποτα από αυτή την αλλαγή δεν αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>PostgreSQL refused the change while %1: %2</source>
        <translation>Η PostgreSQL απέρριψε την αλλαγή κατά %1: %2</translation>
    </message>
    <message>
        <source>PostgreSQL refused the catalog&apos;s schema: %1</source>
        <translation>Η PostgreSQL απέρριψε το σχήμα του καταλόγου: %1</translation>
    </message>
    <message>
        <source>Server catalog error while %1: %2</source>
        <translation>Σφάλμα του καταλόγου του διακομιστή κατά %1: %2</translation>
    </message>
    <message>
        <source>the check for a restored database</source>
        <translation>τον έλεγχο για βάση δεδομένων που επαναφέρθηκε</translation>
    </message>
    <message>
        <source>the question where the database is served from</source>
        <translation>την ερώτηση από πού εξυπηρετείται η βάση δεδομένων</translation>
    </message>
    <message>
        <source>recording where the database is served from</source>
        <translation>την καταγραφή του από πού εξυπηρετείται η βάση δεδομένων</translation>
    </message>
    <message>
        <source>copying the catalog&apos;s %1 rows</source>
        <translation>την αντιγραφή των γραμμών %1 του καταλόγου</translation>
    </message>
    <message>
        <source>reading the catalog&apos;s %1 rows</source>
        <translation>την ανάγνωση των γραμμών %1 του καταλόγου</translation>
    </message>
    <message>
        <source>The table %1 has other columns in %2 than in %3.</source>
        <translation>Ο πίνακας %1 έχει άλλες στήλες στο %2 από ό,τι στο %3.</translation>
    </message>
    <message>
        <source>reading the rows of %1</source>
        <translation>την ανάγνωση των γραμμών του %1</translation>
    </message>
    <message>
        <source>copying the rows of %1</source>
        <translation>την αντιγραφή των γραμμών του %1</translation>
    </message>
    <message>
        <source>reading the scope of the changes</source>
        <translation>την ανάγνωση του εύρους των αλλαγών</translation>
    </message>
    <message>
        <source>finding the requests outside this desk&apos;s scope</source>
        <translation>την εύρεση των αιτημάτων εκτός του εύρους αυτού του γραφείου</translation>
    </message>
    <message>
        <source>removing the rows outside this desk&apos;s scope</source>
        <translation>την αφαίρεση των γραμμών εκτός του εύρους αυτού του γραφείου</translation>
    </message>
    <message>
        <source>A desk keeps 1 to 240 months of requests, or all of them.</source>
        <translation>Ένα γραφείο κρατά από 1 έως 240 μήνες αιτημάτων, ή όλα τα αιτήματα.</translation>
    </message>
    <message>
        <source>fetching requests from the server</source>
        <translation>τη λήψη αιτημάτων από τον διακομιστή</translation>
    </message>
    <message>
        <source>The report from the server is garbled (%1); nothing was printed.</source>
        <translation>Η αναφορά από τον διακομιστή είναι αλλοιωμένη (%1)· δεν τυπώθηκε τίποτα.</translation>
    </message>
    <message>
        <source>The requests of the report could not be read: %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των αιτημάτων της αναφοράς: %1</translation>
    </message>
    <message>
        <source>reading the requests of the scope</source>
        <translation>την ανάγνωση των αιτημάτων του εύρους</translation>
    </message>
    <message>
        <source>The copy is not whole: a row of %1 names a row of %2 that is not in it.</source>
        <translation>Το αντίγραφο δεν είναι πλήρες: μια γραμμή του %1 αναφέρει μια γραμμή του %2 που δεν υπάρχει σε αυτό.</translation>
    </message>
    <message>
        <source>checking the copy&apos;s references</source>
        <translation>τον έλεγχο των αναφορών του αντιγράφου</translation>
    </message>
    <message>
        <source>asking the server for the report</source>
        <translation>το αίτημα της αναφοράς στον διακομιστή</translation>
    </message>
</context>
<context>
    <name>CivicDesk::AlertList</name>
    <message>
        <source>Alerts</source>
        <translation>Ειδοποιήσεις</translation>
    </message>
    <message numerus="yes">
        <source>(%n alert(s))</source>
        <translation>
            <numerusform>(%n ειδοποίηση)</numerusform>
            <numerusform>(%n ειδοποιήσεις)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter shows the request; Delete acknowledges its alerts.</source>
        <translation>Enter: εμφάνιση του αιτήματος· Delete: επιβεβαίωση των ειδοποιήσεών του.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::CallPanel</name>
    <message>
        <source>&amp;End call (Ctrl+E)</source>
        <translation>&amp;Τέλος κλήσης (Ctrl+E)</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Καλών</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No call&lt;/h2&gt;&lt;p&gt;Calls from the telephone system appear here by themselves.&lt;/p&gt;&lt;p&gt;&lt;b&gt;F2&lt;/b&gt; takes a call by hand (walk-in or a number typed) · &lt;b&gt;Ctrl+F&lt;/b&gt; finds a citizen or a request.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Καμία κλήση&lt;/h2&gt;&lt;p&gt;Οι κλήσεις από το τηλεφωνικό κέντρο εμφανίζονται εδώ αυτόματα.&lt;/p&gt;&lt;p&gt;&lt;b&gt;F2&lt;/b&gt;: κλήση με το χέρι (επίσκεψη ή αριθμός που πληκτρολογείτε) · &lt;b&gt;Ctrl+F&lt;/b&gt;: αναζήτηση δημότη ή αιτήματος.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Several citizens have this number — who is calling?</source>
        <translation>Αυτόν τον αριθμό έχουν πολλοί δημότες — ποιος καλεί;</translation>
    </message>
    <message>
        <source>Citizens with this number</source>
        <translation>Δημότες με αυτόν τον αριθμό</translation>
    </message>
    <message>
        <source>None of them: &amp;register a new citizen</source>
        <translation>Κανένας: &amp;εγγραφή νέου δημότη</translation>
    </message>
    <message>
        <source>Tracking number — read it back to the caller:</source>
        <translation>Αριθμός πρωτοκόλλου — διαβάστε τον στον καλούντα:</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Αριθμός πρωτοκόλλου</translation>
    </message>
    <message>
        <source>&amp;Copy the number</source>
        <translation>&amp;Αντιγραφή του αριθμού</translation>
    </message>
    <message>
        <source>&amp;Another request (Ctrl+N)</source>
        <translation>Ά&amp;λλο αίτημα (Ctrl+N)</translation>
    </message>
    <message>
        <source>Back to the &amp;citizen</source>
        <translation>Πίσω στον &amp;δημότη</translation>
    </message>
    <message>
        <source>Citizen registered.</source>
        <translation>Ο δημότης εγγράφηκε.</translation>
    </message>
    <message>
        <source>Citizen saved.</source>
        <translation>Ο δημότης αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Νέο αίτημα</translation>
    </message>
    <message>
        <source>&amp;End call</source>
        <translation>&amp;Τέλος κλήσης</translation>
    </message>
    <message>
        <source>&amp;Edit citizen</source>
        <translation>&amp;Επεξεργασία δημότη</translation>
    </message>
    <message>
        <source>&amp;Save citizen</source>
        <translation>Α&amp;ποθήκευση δημότη</translation>
    </message>
    <message>
        <source>&amp;Copy tracking number</source>
        <translation>Α&amp;ντιγραφή αριθμού πρωτοκόλλου</translation>
    </message>
    <message>
        <source>Register a new &amp;citizen</source>
        <translation>Εγγραφή νέου &amp;δημότη</translation>
    </message>
    <message>
        <source>Call waiting from %1</source>
        <translation>Κλήση σε αναμονή από %1</translation>
    </message>
    <message>
        <source>an unknown number</source>
        <translation>άγνωστο αριθμό</translation>
    </message>
    <message>
        <source>The call could not be logged.

%1</source>
        <translation>Η κλήση δεν καταγράφηκε.

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n αίτημα</numerusform>
            <numerusform>%n αιτήματα</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish or cancel the form first; it is kept as a draft.</source>
        <translation>Ολοκληρώστε ή ακυρώστε πρώτα τη φόρμα· κρατείται ως προσχέδιο.</translation>
    </message>
    <message>
        <source>New request filed.</source>
        <translation>Το νέο αίτημα καταχωρίστηκε.</translation>
    </message>
    <message>
        <source>Filed as an EMERGENCY at the top priority.</source>
        <translation>Καταχωρίστηκε ως ΕΚΤΑΚΤΗ ΑΝΑΓΚΗ με την ανώτατη προτεραιότητα.</translation>
    </message>
    <message>
        <source>Sent to: %1.</source>
        <translation>Στάλθηκε σε: %1.</translation>
    </message>
    <message>
        <source>Request %1 filed.</source>
        <translation>Το αίτημα %1 καταχωρίστηκε.</translation>
    </message>
    <message>
        <source>%1 copied.</source>
        <translation>Αντιγράφηκε το %1.</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>Τέλος κλήσης</translation>
    </message>
    <message>
        <source>The request being typed has not been filed. End the call and keep it as a draft?</source>
        <translation>Το αίτημα που πληκτρολογείται δεν έχει καταχωριστεί. Να τελειώσει η κλήση και να κρατηθεί ως προσχέδιο;</translation>
    </message>
    <message>
        <source>Call ended after %1:%2.</source>
        <translation>Η κλήση τελείωσε μετά από %1:%2.</translation>
    </message>
    <message>
        <source>Walk-in or unknown number</source>
        <translation>Επίσκεψη ή άγνωστος αριθμός</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Δημότης</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Καμία κλήση</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Το προσχέδιο δεν αποθηκεύτηκε: %1</translation>
    </message>
    <message>
        <source>The form left unfinished has been restored.</source>
        <translation>Η φόρμα που είχε μείνει ανολοκλήρωτη επανήλθε.</translation>
    </message>
    <message>
        <source>Merge with another record</source>
        <translation>Συγχώνευση με άλλη καρτέλα</translation>
    </message>
    <message>
        <source>Find the other record of %1. Its requests, calls and messages move here, its phones and e-mails are added, and it is removed; what it held is kept in the history.</source>
        <translation>Βρείτε την άλλη καρτέλα του/της %1. Τα αιτήματα, οι κλήσεις και τα μηνύματά της μεταφέρονται εδώ, τα τηλέφωνα και τα email της προστίθενται και η καρτέλα διαγράφεται· το περιεχόμενό της κρατείται στο ιστορικό.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Συγχώνευση</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”? This cannot be undone from the desk.</source>
        <translation>Συγχώνευση της «%1» στην «%2»; Δεν αναιρείται από το γκισέ.</translation>
    </message>
    <message>
        <source>“%1” merged into “%2”.</source>
        <translation>Η «%1» συγχωνεύτηκε στην «%2».</translation>
    </message>
    <message>
        <source>Take the next waiting call (F6)</source>
        <translation>Λήψη της επόμενης κλήσης σε αναμονή (F6)</translation>
    </message>
    <message>
        <source>Take the next &amp;waiting call</source>
        <translation>Λήψη της επόμενης κλήσης σε &amp;αναμονή</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Εγγραφή</translation>
    </message>
    <message>
        <source>Drop the registration being typed and take this citizen as the caller?</source>
        <translation>Να απορριφθεί η εγγραφή που πληκτρολογείται και να οριστεί αυτός ο δημότης ως καλών;</translation>
    </message>
    <message>
        <source>A request without a citizen: nobody will be informed of its progress.</source>
        <translation>Αίτημα χωρίς δημότη: κανείς δεν θα ενημερώνεται για την πορεία του.</translation>
    </message>
    <message>
        <source>No call is waiting.</source>
        <translation>Καμία κλήση σε αναμονή.</translation>
    </message>
    <message>
        <source>End this call first (Ctrl+E); the next one waits.</source>
        <translation>Τερματίστε πρώτα αυτή την κλήση (Ctrl+E)· η επόμενη περιμένει.</translation>
    </message>
    <message>
        <source>Take the next call</source>
        <translation>Λήψη της επόμενης κλήσης</translation>
    </message>
    <message>
        <source>The form being typed has not been saved. Drop it and take the next call?</source>
        <translation>Η φόρμα που πληκτρολογείται δεν έχει αποθηκευτεί. Να απορριφθεί και να ληφθεί η επόμενη κλήση;</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) waiting — F6 takes the next</source>
        <translation>
            <numerusform>%n κλήση σε αναμονή — F6 για την επόμενη</numerusform>
            <numerusform>%n κλήσεις σε αναμονή — F6 για την επόμενη</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;The caller is not identified&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; takes a request without registering them (anonymous) · &lt;b&gt;Ctrl+R&lt;/b&gt; registers them · &lt;b&gt;Ctrl+F&lt;/b&gt; finds them and takes them as the caller · &lt;b&gt;Ctrl+E&lt;/b&gt; ends the call.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ο καλών δεν έχει ταυτοποιηθεί&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; καταχώριση αιτήματος χωρίς εγγραφή (ανώνυμα) · &lt;b&gt;Ctrl+R&lt;/b&gt; εγγραφή του · &lt;b&gt;Ctrl+F&lt;/b&gt; αναζήτηση και ορισμός του ως καλούντος · &lt;b&gt;Ctrl+E&lt;/b&gt; τερματισμός της κλήσης.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What to read back to the caller</source>
        <translation>Τι να διαβάσετε στον καλούντα</translation>
    </message>
    <message>
        <source>Filed without a citizen: nobody will be informed of its progress.</source>
        <translation>Καταχωρίστηκε χωρίς δημότη: κανείς δεν θα ενημερώνεται για την πορεία του.</translation>
    </message>
    <message>
        <source>The caller was added to this existing request.</source>
        <translation>Ο καλών προστέθηκε σε αυτό το υπάρχον αίτημα.</translation>
    </message>
    <message>
        <source>A confirmation SMS is on its way, and SMS will tell of its progress.</source>
        <translation>Ένα SMS επιβεβαίωσης είναι καθ&apos; οδόν και με SMS θα ενημερώνεται για την πορεία του.</translation>
    </message>
    <message>
        <source>A confirmation e-mail is on its way, and e-mail will tell of its progress.</source>
        <translation>Ένα e-mail επιβεβαίωσης είναι καθ&apos; οδόν και με e-mail θα ενημερώνεται για την πορεία του.</translation>
    </message>
    <message>
        <source>The citizen has not agreed to messages: nothing is sent to them; they can call to ask.</source>
        <translation>Ο δημότης δεν έχει συναινέσει σε μηνύματα: δεν του αποστέλλεται τίποτα· μπορεί να τηλεφωνήσει για να ρωτήσει.</translation>
    </message>
    <message>
        <source>This call filed no request. How did it end?</source>
        <translation>Αυτή η κλήση δεν κατέθεσε αίτημα. Πώς έληξε;</translation>
    </message>
    <message>
        <source>How the call ended</source>
        <translation>Πώς έληξε η κλήση</translation>
    </message>
    <message>
        <source>What was said or done (optional): &quot;gave the collection days&quot;, &quot;passed to the water utility&quot;</source>
        <translation>Τι ειπώθηκε ή έγινε (προαιρετικά): «έδωσα τις μέρες αποκομιδής», «μεταβιβάστηκε στην ύδρευση»</translation>
    </message>
    <message>
        <source>Note on the call</source>
        <translation>Σημείωση για την κλήση</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Ση&amp;μείωση:</translation>
    </message>
    <message>
        <source>&amp;End the call (Enter)</source>
        <translation>&amp;Τέλος κλήσης (Enter)</translation>
    </message>
    <message>
        <source>&amp;Back to the call (Esc)</source>
        <translation>&amp;Πίσω στην κλήση (Esc)</translation>
    </message>
    <message>
        <source>Finish the call or the form in hand first; the e-mail keeps waiting.</source>
        <translation>Ολοκληρώστε πρώτα την κλήση ή τη φόρμα σε εξέλιξη· το e-mail συνεχίζει να περιμένει.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::CampaignDialog</name>
    <message>
        <source> a minute</source>
        <translation> το λεπτό</translation>
    </message>
    <message>
        <source>%1 by SMS, %2 by e-mail.</source>
        <translation>%1 με SMS, %2 με e-mail.</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen citizen(s) agreed to no message and get nothing.</source>
        <translation>
            <numerusform>%n επιλεγμένος πολίτης δεν έχει συναινέσει σε μηνύματα και δεν λαμβάνει τίποτα.</numerusform>
            <numerusform>%n επιλεγμένοι πολίτες δεν έχουν συναινέσει σε μηνύματα και δεν λαμβάνουν τίποτα.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation>&amp;Νέο μήνυμα</translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation>&amp;Ρυθμός:</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Αποστολή…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Τίτλος:</translation>
    </message>
    <message>
        <source>Citizens who live in (none ticked: anywhere):</source>
        <translation>Πολίτες που κατοικούν σε (κανένα επιλεγμένο: οπουδήποτε):</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Παραδόθηκαν</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Απέτυχαν</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Απέτυχαν:</translation>
    </message>
    <message>
        <source>It reads: %1</source>
        <translation>Γράφει: %1</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Μηνύματα</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Χωρίς συναίνεση</translation>
    </message>
    <message>
        <source>No message of this one failed.</source>
        <translation>Κανένα μήνυμα αυτής της αποστολής δεν απέτυχε.</translation>
    </message>
    <message>
        <source>Only a supervisor or the administrator sends targeted messages.</source>
        <translation>Μόνο ένας επόπτης ή ο διαχειριστής στέλνει στοχευμένα μηνύματα.</translation>
    </message>
    <message>
        <source>Optional: for the citizens who asked for English</source>
        <translation>Προαιρετικό: για τους πολίτες που ζήτησαν αγγλικά</translation>
    </message>
    <message numerus="yes">
        <source>Reaches %n citizen(s): </source>
        <translation>
            <numerusform>Φτάνει σε %n πολίτη: </numerusform>
            <numerusform>Φτάνει σε %n πολίτες: </numerusform>
        </translation>
    </message>
    <message>
        <source>Send &amp;log</source>
        <translation>&amp;Ημερολόγιο αποστολών</translation>
    </message>
    <message numerus="yes">
        <source>Send “%1” to %n citizen(s)? It cannot be called back.</source>
        <translation>
            <numerusform>Αποστολή του «%1» σε %n πολίτη; Δεν ανακαλείται.</numerusform>
            <numerusform>Αποστολή του «%1» σε %n πολίτες; Δεν ανακαλείται.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent in about %n minute(s).</source>
        <translation>
            <numerusform>Στέλνεται σε περίπου %n λεπτό.</numerusform>
            <numerusform>Στέλνεται σε περίπου %n λεπτά.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Στάλθηκε</translation>
    </message>
    <message>
        <source>Subject of the e-mail (%1):</source>
        <translation>Θέμα του e-mail (%1):</translation>
    </message>
    <message>
        <source>Targeted message</source>
        <translation>Στοχευμένο μήνυμα</translation>
    </message>
    <message>
        <source>Text (%1):</source>
        <translation>Κείμενο (%1):</translation>
    </message>
    <message numerus="yes">
        <source>The SMS takes %n message(s).</source>
        <translation>
            <numerusform>Το SMS πιάνει %n μήνυμα.</numerusform>
            <numerusform>Το SMS πιάνει %n μηνύματα.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is open read-only: nothing can be sent from it.</source>
        <translation>Το αρχείο είναι ανοιχτό μόνο για ανάγνωση: δεν στέλνεται τίποτα από αυτό.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Σε αναμονή</translation>
    </message>
    <message>
        <source>What it is about, for the send log (e.g. Water cut, Upper Town, 5 March)</source>
        <translation>Το θέμα, για το ημερολόγιο αποστολών (π.χ. Διακοπή νερού, Άνω Πόλη, 5 Μαρτίου)</translation>
    </message>
    <message>
        <source>who are (none ticked: any kind):</source>
        <translation>που είναι (κανένα επιλεγμένο: κάθε είδος):</translation>
    </message>
    <message>
        <source>who reported (none ticked: anything):</source>
        <translation>που ανέφεραν (κανένα επιλεγμένο: οτιδήποτε):</translation>
    </message>
    <message>
        <source>{municipality}: … (the same text for everyone; {municipality} is the municipality&apos;s name)</source>
        <translation>{municipality}: … (το ίδιο κείμενο για όλους· το {municipality} είναι το όνομα του δήμου)</translation>
    </message>
</context>
<context>
    <name>CivicDesk::CitizenEditor</name>
    <message>
        <source>&amp;Save citizen</source>
        <translation>Α&amp;ποθήκευση δημότη</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Kind of citizen</source>
        <translation>Κατηγορία δημότη</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Φορέας</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>ΑΦΜ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Διεύθυνση</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Προτιμώμενη γλώσσα</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Municipality&apos;s language</source>
        <translation>Γλώσσα του δήμου</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Κατηγορία:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>Ό&amp;νομα:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>Επ&amp;ώνυμο:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Φορέας:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Κινητό:</translation>
    </message>
    <message>
        <source>&amp;Home phone:</source>
        <translation>Τηλέφωνο &amp;οικίας:</translation>
    </message>
    <message>
        <source>&amp;Work phone:</source>
        <translation>Τηλέφωνο ε&amp;ργασίας:</translation>
    </message>
    <message>
        <source>%1 (not in use?)</source>
        <translation>%1 (εκτός λειτουργίας;)</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation>&amp;ΑΦΜ:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Διεύθυνση:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Γλώσσα:</translation>
    </message>
    <message>
        <source>Consents to contact by %1</source>
        <translation>Συγκατάθεση για επικοινωνία μέσω %1</translation>
    </message>
    <message>
        <source>May be contacted by:</source>
        <translation>Επικοινωνία επιτρέπεται μέσω:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Σ&amp;ημειώσεις:</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Αποθήκευση (Ctrl+S)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>προαιρετικό</translation>
    </message>
    <message>
        <source>contact person, optional</source>
        <translation>υπεύθυνος επικοινωνίας, προαιρετικό</translation>
    </message>
    <message>
        <source>New citizen</source>
        <translation>Νέος δημότης</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Επεξεργασία: %1</translation>
    </message>
    <message>
        <source>File a request &amp;without registering (Ctrl+N)</source>
        <translation>Καταχώριση αιτήματος &amp;χωρίς εγγραφή (Ctrl+N)</translation>
    </message>
    <message>
        <source>The caller does not give a name or does not want to be registered: the request is filed anonymously.</source>
        <translation>Ο καλών δεν δίνει όνομα ή δεν θέλει να εγγραφεί: το αίτημα καταχωρίζεται ανώνυμα.</translation>
    </message>
    <message>
        <source>Ask the caller: may the municipality tell them of their requests by %1? Tick what they agree to and save again (Ctrl+S); what stays unticked is recorded as their &quot;no&quot;.</source>
        <translation>Ρωτήστε τον καλούντα: μπορεί ο δήμος να τον ενημερώνει για τα αιτήματά του με %1; Σημειώστε όσα δέχεται και αποθηκεύστε ξανά (Ctrl+S)· ό,τι μείνει ασημείωτο καταγράφεται ως «όχι».</translation>
    </message>
    <message>
        <source> and </source>
        <translation> και </translation>
    </message>
</context>
<context>
    <name>CivicDesk::CitizenPage</name>
    <message>
        <source>Satisfaction ratings over time</source>
        <translation>Αξιολογήσεις ικανοποίησης στον χρόνο</translation>
    </message>
    <message>
        <source>Contacts per channel</source>
        <translation>Επαφές ανά κανάλι</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Νέο αίτημα</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>&amp;Επεξεργασία στοιχείων</translation>
    </message>
    <message>
        <source>Merge &amp;with…</source>
        <translation>Συγχώνευση &amp;με…</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>Αρ. πρωτοκόλλου</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Καταχώριση</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <source>Requests of this citizen</source>
        <translation>Αιτήματα αυτού του δημότη</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Χρονολόγιο</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Αιτήματα</translation>
    </message>
    <message>
        <source>Satisfaction and contacts</source>
        <translation>Ικανοποίηση και επαφές</translation>
    </message>
    <message>
        <source>Citizen not found</source>
        <translation>Ο δημότης δεν βρέθηκε</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>μιλά %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Τηλέφωνο: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Email: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Διεύθυνση: %1</translation>
    </message>
    <message>
        <source>Tax id: %1</source>
        <translation>ΑΦΜ: %1</translation>
    </message>
    <message>
        <source>May be contacted by: %1</source>
        <translation>Επικοινωνία επιτρέπεται μέσω: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>κανενός μέσου</translation>
    </message>
    <message numerus="yes">
        <source>Report accuracy: %1 % over %n rated report(s)</source>
        <translation>
            <numerusform>Ακρίβεια αναφορών: %1 % σε %n αξιολογημένη αναφορά</numerusform>
            <numerusform>Ακρίβεια αναφορών: %1 % σε %n αξιολογημένες αναφορές</numerusform>
        </translation>
    </message>
    <message>
        <source>Report accuracy: no report rated yet</source>
        <translation>Ακρίβεια αναφορών: καμία αναφορά δεν έχει αξιολογηθεί ακόμη</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (εκπρόθεσμο)</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Ικανοποίηση (1–5)</translation>
    </message>
    <message>
        <source>Satisfaction (1–5): not rated yet</source>
        <translation>Ικανοποίηση (1–5): χωρίς αξιολόγηση ακόμη</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Επαφές</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>κινητό</translation>
    </message>
    <message>
        <source>home</source>
        <translation>σπίτι</translation>
    </message>
    <message>
        <source>work</source>
        <translation>εργασία</translation>
    </message>
    <message>
        <source>History of the selected request</source>
        <translation>Ιστορικό του επιλεγμένου αιτήματος</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Ιστορικό του %1</translation>
    </message>
    <message>
        <source>This file is open read-only: nothing can be changed in it.</source>
        <translation>Αυτό το αρχείο είναι ανοιχτό μόνο για ανάγνωση: τίποτα δεν μπορεί να αλλάξει σε αυτό.</translation>
    </message>
    <message>
        <source>Stopped the e-mails with the link in one of them, %1</source>
        <translation>Σταμάτησε τα e-mail με τον σύνδεσμο σε ένα από αυτά, %1</translation>
    </message>
    <message>
        <source>Stopped the SMS by answering STOP, %1</source>
        <translation>Σταμάτησε τα SMS απαντώντας STOP, %1</translation>
    </message>
    <message>
        <source>O&amp;lder requests from the server</source>
        <translation>Πα&amp;λαιότερα αιτήματα από τον διακομιστή</translation>
    </message>
    <message>
        <source>This desk holds the open requests and those of the last %1 months; the citizen&apos;s older ones are on the server.</source>
        <translation>Αυτό το γραφείο κρατά τα ανοιχτά αιτήματα και όσα είναι των τελευταίων %1 μηνών· τα παλαιότερα του δημότη είναι στον διακομιστή.</translation>
    </message>
    <message>
        <source>Looking for older requests on the server…</source>
        <translation>Αναζήτηση παλαιότερων αιτημάτων στον διακομιστή…</translation>
    </message>
    <message>
        <source>The server cannot be reached: the requests older than %1 months are not on this desk. Try again when the desk is online.</source>
        <translation>Ο διακομιστής δεν είναι προσβάσιμος: τα αιτήματα παλαιότερα των %1 μηνών δεν βρίσκονται σε αυτό το γραφείο. Δοκιμάστε ξανά όταν το γραφείο είναι συνδεδεμένο.</translation>
    </message>
    <message>
        <source>The server could not send the older requests: %1</source>
        <translation>Ο διακομιστής δεν μπόρεσε να στείλει τα παλαιότερα αιτήματα: %1</translation>
    </message>
    <message>
        <source>The server has no older requests of this citizen.</source>
        <translation>Ο διακομιστής δεν έχει παλαιότερα αιτήματα αυτού του δημότη.</translation>
    </message>
    <message numerus="yes">
        <source>%n older request(s) fetched from the server; this desk keeps them.</source>
        <translation>
            <numerusform>%n παλαιότερο αίτημα ανακτήθηκε από τον διακομιστή· το γραφείο το κρατά.</numerusform>
            <numerusform>%n παλαιότερα αιτήματα ανακτήθηκαν από τον διακομιστή· το γραφείο τα κρατά.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::DashboardPanel</name>
    <message>
        <source>All departments</source>
        <translation>Όλες οι υπηρεσίες</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Όλες οι περιοχές</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Όλα τα είδη</translation>
    </message>
    <message>
        <source>No district</source>
        <translation>Χωρίς περιοχή</translation>
    </message>
    <message>
        <source>Not routed</source>
        <translation>Χωρίς δρομολόγηση</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Τελευταίες 30 ημέρες</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Αυτό το τρίμηνο</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Προηγούμενο τρίμηνο</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Φέτος</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Τελευταίοι 12 μήνες</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Επιλεγμένες ημερομηνίες</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Ανά ημέρα</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Ανά εβδομάδα</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Ανά μήνα</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Περίοδος</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Έως</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Υπηρεσία</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Περιοχή</translation>
    </message>
    <message>
        <source>Type group</source>
        <translation>Ομάδα ειδών</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Βήματα</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Περίοδος:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Από:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Έ&amp;ως:</translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation>Β&amp;ήματα:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Υπηρεσία:</translation>
    </message>
    <message>
        <source>D&amp;istrict:</source>
        <translation>Πε&amp;ριοχή:</translation>
    </message>
    <message>
        <source>T&amp;ypes:</source>
        <translation>Εί&amp;δη:</translation>
    </message>
    <message>
        <source>Requests received, by channel</source>
        <translation>Αιτήματα που ελήφθησαν, ανά κανάλι</translation>
    </message>
    <message>
        <source>Open now, by status</source>
        <translation>Ανοιχτά τώρα, ανά κατάσταση</translation>
    </message>
    <message>
        <source>Requests per group of types</source>
        <translation>Αιτήματα ανά ομάδα ειδών</translation>
    </message>
    <message>
        <source>Requests and deadlines met per department</source>
        <translation>Αιτήματα και τήρηση προθεσμιών ανά υπηρεσία</translation>
    </message>
    <message>
        <source>Resolution time per department (hours)</source>
        <translation>Χρόνος διεκπεραίωσης ανά υπηρεσία (ώρες)</translation>
    </message>
    <message>
        <source>Escalations per level</source>
        <translation>Κλιμακώσεις ανά επίπεδο</translation>
    </message>
    <message>
        <source>Citizen satisfaction per department</source>
        <translation>Ικανοποίηση δημοτών ανά υπηρεσία</translation>
    </message>
    <message>
        <source>Report accuracy</source>
        <translation>Ακρίβεια αναφορών</translation>
    </message>
    <message>
        <source>Top 10 types</source>
        <translation>Τα 10 συχνότερα είδη</translation>
    </message>
    <message>
        <source>Top 10 districts</source>
        <translation>Οι 10 συχνότερες περιοχές</translation>
    </message>
    <message>
        <source>&lt;b&gt;The period ends before it starts.&lt;/b&gt; Choose a “from” date before the “to” date.</source>
        <translation>&lt;b&gt;Η περίοδος τελειώνει πριν αρχίσει.&lt;/b&gt; Επιλέξτε ημερομηνία «από» πριν από την «έως».</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ώ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ελήφθησαν</translation>
    </message>
    <message>
        <source>Closed within the deadline</source>
        <translation>Έκλεισαν εντός προθεσμίας</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Διάμεσος</translation>
    </message>
    <message>
        <source>90 %</source>
        <translation>90 %</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Σε κίνδυνο</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Εκπρόθεσμο</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Διοίκηση</translation>
    </message>
    <message>
        <source>Mean rating (1–5)</source>
        <translation>Μέση βαθμολογία (1–5)</translation>
    </message>
    <message>
        <source>Accurate</source>
        <translation>Ακριβής</translation>
    </message>
    <message>
        <source>Partly accurate</source>
        <translation>Εν μέρει ακριβής</translation>
    </message>
    <message>
        <source>Inaccurate</source>
        <translation>Ανακριβής</translation>
    </message>
    <message>
        <source>False report</source>
        <translation>Ψευδής αναφορά</translation>
    </message>
    <message>
        <source>Requests received, by channel (* so far: the step is still under way)</source>
        <translation>Αιτήματα που ελήφθησαν, ανά κανάλι (* ως τώρα: το διάστημα δεν έχει κλείσει)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Έκλεισαν</translation>
    </message>
    <message>
        <source>Deadlines met</source>
        <translation>Τήρηση προθεσμιών</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Ανοιχτά τώρα</translation>
    </message>
    <message>
        <source>Past the deadline now</source>
        <translation>Εκπρόθεσμα τώρα</translation>
    </message>
    <message>
        <source>Open requests&apos; median wait</source>
        <translation>Διάμεση αναμονή ανοιχτών</translation>
    </message>
    <message>
        <source>Calls handled</source>
        <translation>Κλήσεις</translation>
    </message>
    <message>
        <source>Average call</source>
        <translation>Μέση κλήση</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>προηγούμενη περίοδος</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3%4 %)</source>
        <translation>%1: %2 (%3%4 %)</translation>
    </message>
    <message>
        <source>Requests filed in the period, every channel.</source>
        <translation>Αιτήματα που κατατέθηκαν στην περίοδο, από κάθε κανάλι.</translation>
    </message>
    <message>
        <source>Requests closed in the period, whenever filed.</source>
        <translation>Αιτήματα που έκλεισαν στην περίοδο, όποτε κι αν κατατέθηκαν.</translation>
    </message>
    <message>
        <source>%1: %2 of those closed</source>
        <translation>%1: %2 επί των κλειστών</translation>
    </message>
    <message>
        <source>in the period: %1%2 (received less closed)</source>
        <translation>στην περίοδο: %1%2 (ελήφθησαν μείον έκλεισαν)</translation>
    </message>
    <message>
        <source>Requests open now, on hold included, whenever filed.</source>
        <translation>Αιτήματα ανοιχτά τώρα, μαζί με όσα είναι σε αναμονή, όποτε κι αν κατατέθηκαν.</translation>
    </message>
    <message>
        <source>%1 of the open ones</source>
        <translation>%1 των ανοιχτών</translation>
    </message>
    <message>
        <source>Open requests whose deadline has passed (on hold left out: their clock is stopped).</source>
        <translation>Ανοιχτά αιτήματα των οποίων η προθεσμία πέρασε (όσα είναι σε αναμονή εξαιρούνται: το ρολόι τους είναι σταματημένο).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ημέρα</numerusform>
            <numerusform>%n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <source>half of the open requests have waited longer</source>
        <translation>τα μισά ανοιχτά αιτήματα περιμένουν περισσότερο</translation>
    </message>
    <message>
        <source>How long the open requests have waited since they were filed: the middle one.</source>
        <translation>Πόσο περιμένουν τα ανοιχτά αιτήματα από την κατάθεσή τους: το μεσαίο.</translation>
    </message>
    <message>
        <source>Calls taken at the desks in the period, the whole municipality, whatever they filed.</source>
        <translation>Κλήσεις που απαντήθηκαν στα γκισέ στην περίοδο, σε όλο τον δήμο, ό,τι κι αν κατέθεσαν.</translation>
    </message>
    <message>
        <source>From answering to ending the call, the calls of the period that ended.</source>
        <translation>Από την απάντηση έως το τέλος της κλήσης, για τις κλήσεις της περιόδου που έληξαν.</translation>
    </message>
    <message>
        <source>Resolution median &lt;b&gt;%1&lt;/b&gt;, 90 %: &lt;b&gt;%2&lt;/b&gt; · satisfaction &lt;b&gt;%3&lt;/b&gt; (%4 ratings) · &lt;b&gt;%5&lt;/b&gt; recurrences · deadlines met &lt;b&gt;%6&lt;/b&gt; (&lt;b&gt;%7&lt;/b&gt; open past their deadline now counted as missed)</source>
        <translation>Διάμεσος χρόνος επίλυσης &lt;b&gt;%1&lt;/b&gt;, 90 %: &lt;b&gt;%2&lt;/b&gt; · ικανοποίηση &lt;b&gt;%3&lt;/b&gt; (%4 αξιολογήσεις) · &lt;b&gt;%5&lt;/b&gt; επαναλήψεις · τήρηση προθεσμιών &lt;b&gt;%6&lt;/b&gt; (&lt;b&gt;%7&lt;/b&gt; ανοιχτά με παρελθούσα προθεσμία μετρούν ως χαμένα)</translation>
    </message>
    <message>
        <source>Closed within the deadline, of those closed in the period that had a deadline and those open past their deadline now (counted as missed); requests without a deadline count in neither. Of the closed ones alone: %1.</source>
        <translation>Έκλεισαν εντός προθεσμίας, από όσα έκλεισαν στην περίοδο και είχαν προθεσμία και όσα είναι τώρα ανοιχτά πέρα από την προθεσμία τους (μετρούν ως χαμένες)· τα αιτήματα χωρίς προθεσμία δεν μετρούν σε κανένα. Μόνο από όσα έκλεισαν: %1.</translation>
    </message>
    <message>
        <source>not on this desk</source>
        <translation>όχι σε αυτό το γραφείο</translation>
    </message>
    <message>
        <source> This desk holds the calls since %1; the server has the earlier ones.</source>
        <translation> Αυτό το γραφείο έχει τις κλήσεις από %1· τις παλαιότερες τις έχει ο διακομιστής.</translation>
    </message>
    <message>
        <source>Escalations per level: not on this desk before %1 (the server has them)</source>
        <translation>Κλιμακώσεις ανά επίπεδο: όχι σε αυτό το γραφείο πριν από %1 (τις έχει ο διακομιστής)</translation>
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
    <message>
        <source>The municipality&apos;s data could not be opened.

%1</source>
        <translation>Τα δεδομένα του δήμου δεν άνοιξαν.

%1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Αποσύνδεση</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of yours have not reached the server yet. Stay signed in until they have (the status bar says &quot;all sent&quot;), so that they are sent in your name.</source>
        <translation>
            <numerusform>%n αλλαγή σας δεν έχει φτάσει ακόμη στον διακομιστή. Μείνετε συνδεδεμένοι μέχρι να φτάσει (η γραμμή κατάστασης γράφει «όλα στάλθηκαν»), ώστε να σταλεί στο όνομά σας.</numerusform>
            <numerusform>%n αλλαγές σας δεν έχουν φτάσει ακόμη στον διακομιστή. Μείνετε συνδεδεμένοι μέχρι να φτάσουν (η γραμμή κατάστασης γράφει «όλα στάλθηκαν»), ώστε να σταλούν στο όνομά σας.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start again from the server&apos;s data</source>
        <translation>Νέα αρχή από τα δεδομένα του διακομιστή</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s data was replaced (restored from a backup or loaded anew). This desk fetches the server&apos;s new copy and works on it; %n change(s) made here and not yet sent are carried over and sent, drafts are kept, and the present file is kept beside the new one.</source>
        <translation>
            <numerusform>Τα δεδομένα του διακομιστή αντικαταστάθηκαν (επαναφορά από αντίγραφο ασφαλείας ή νέα φόρτωση). Ο σταθμός λαμβάνει το νέο αντίγραφο του διακομιστή και δουλεύει σε αυτό· %n αλλαγή που έγινε εδώ και δεν έχει σταλεί μεταφέρεται και στέλνεται, τα πρόχειρα κρατιούνται και το τωρινό αρχείο φυλάσσεται δίπλα στο νέο.</numerusform>
            <numerusform>Τα δεδομένα του διακομιστή αντικαταστάθηκαν (επαναφορά από αντίγραφο ασφαλείας ή νέα φόρτωση). Ο σταθμός λαμβάνει το νέο αντίγραφο του διακομιστή και δουλεύει σε αυτό· %n αλλαγές που έγιναν εδώ και δεν έχουν σταλεί μεταφέρονται και στέλνονται, τα πρόχειρα κρατιούνται και το τωρινό αρχείο φυλάσσεται δίπλα στο νέο.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the server&apos;s data…</source>
        <translation>Λήψη των δεδομένων του διακομιστή…</translation>
    </message>
    <message>
        <source>Fetching the server&apos;s data: %1 of %2 MB</source>
        <translation>Λήψη των δεδομένων του διακομιστή: %1 από %2 MB</translation>
    </message>
    <message>
        <source>The desk could not start again from the server&apos;s data; it goes on with its present file.

%1</source>
        <translation>Ο σταθμός δεν μπόρεσε να ξεκινήσει ξανά από τα δεδομένα του διακομιστή· συνεχίζει με το τωρινό του αρχείο.

%1</translation>
    </message>
    <message>
        <source>The server&apos;s data was replaced (restored from a backup or loaded anew). This desk fetches the server&apos;s new copy and works on it; no change of this desk is waiting, drafts are kept, and the present file is kept beside the new one.</source>
        <translation>Τα δεδομένα του διακομιστή αντικαταστάθηκαν (επαναφορά από αντίγραφο ασφαλείας ή νέα φόρτωση). Ο σταθμός λαμβάνει το νέο αντίγραφο του διακομιστή και δουλεύει σε αυτό· καμία αλλαγή του σταθμού δεν περιμένει, τα πρόχειρα κρατιούνται και το τωρινό αρχείο φυλάσσεται δίπλα στο νέο.</translation>
    </message>
    <message>
        <source>There is no CivicDesk database at %1.

Nothing was created there. Check the name and the folder, or open another file.</source>
        <translation>Δεν υπάρχει βάση δεδομένων CivicDesk στο %1.

Δεν δημιουργήθηκε τίποτα εκεί. Ελέγξτε το όνομα και τον φάκελο ή ανοίξτε άλλο αρχείο.</translation>
    </message>
    <message>
        <source>CivicDesk could not open %1.

The database writes its journal in the same folder (%2): you may not be allowed to write there, or the disk may be full or gone. Copy the file to a folder of yours, or ask your administrator.

(%3)</source>
        <translation>Το CivicDesk δεν μπόρεσε να ανοίξει το %1.

Η βάση δεδομένων γράφει το ημερολόγιό της στον ίδιο φάκελο (%2): ίσως δεν έχετε δικαίωμα εγγραφής εκεί ή ο δίσκος είναι γεμάτος ή δεν είναι διαθέσιμος. Αντιγράψτε το αρχείο σε δικό σας φάκελο ή ρωτήστε τον διαχειριστή σας.

(%3)</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Άνοιγμα άλλου αρχείου…</translation>
    </message>
    <message>
        <source>Open the demo municipality</source>
        <translation>Άνοιγμα του δοκιμαστικού δήμου</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Έξοδος</translation>
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
        <source>Messages to citizens: %1 sent</source>
        <translation>Μηνύματα σε δημότες: στάλθηκαν %1</translation>
    </message>
    <message>
        <source>%1 to try again</source>
        <translation>%1 για νέα προσπάθεια</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 απέτυχαν</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) from citizens waiting</source>
        <translation>
            <numerusform>%n e-mail δημότη σε αναμονή</numerusform>
            <numerusform>%n e-mail δημοτών σε αναμονή</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) added to their requests</source>
        <translation>
            <numerusform>%n απάντηση προστέθηκε στο αίτημά της</numerusform>
            <numerusform>%n απαντήσεις προστέθηκαν στα αιτήματά τους</numerusform>
        </translation>
    </message>
    <message>
        <source>The citizens&apos; mailbox: %1</source>
        <translation>Η θυρίδα των δημοτών: %1</translation>
    </message>
</context>
<context>
    <name>CivicDesk::HistorySource</name>
    <message>
        <source>The server no longer has this request&apos;s history.</source>
        <translation>Ο διακομιστής δεν έχει πλέον το ιστορικό αυτού του αιτήματος.</translation>
    </message>
    <message>
        <source>The server could not send this request&apos;s history: %1</source>
        <translation>Ο διακομιστής δεν μπόρεσε να στείλει το ιστορικό αυτού του αιτήματος: %1</translation>
    </message>
    <message>
        <source>The history of this closed request is on the server, which cannot be reached now. It is fetched when the desk is online again.</source>
        <translation>Το ιστορικό αυτού του κλειστού αιτήματος βρίσκεται στον διακομιστή, που δεν είναι προσβάσιμος τώρα. Θα ληφθεί μόλις το γραφείο συνδεθεί ξανά.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::IntakeForm</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n λεπτό</numerusform>
            <numerusform>%n λεπτά</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ώρα</numerusform>
            <numerusform>%n ώρες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n ημέρα</numerusform>
            <numerusform>%n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;mergency: danger to people or property</source>
        <translation>Έ&amp;κτακτη ανάγκη: κίνδυνος για ανθρώπους ή περιουσίες</translation>
    </message>
    <message>
        <source>Attach &amp;photos…</source>
        <translation>Επισύναψη &amp;φωτογραφιών…</translation>
    </message>
    <message>
        <source>&amp;Join selected request (Ctrl+L)</source>
        <translation>Προσ&amp;θήκη στο επιλεγμένο αίτημα (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;File new request (Ctrl+Enter)</source>
        <translation>Κα&amp;ταχώριση νέου αιτήματος (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Type what the problem is: pothole, light, rubbish…</source>
        <translation>Γράψτε ποιο είναι το πρόβλημα: λακκούβα, φως, σκουπίδια…</translation>
    </message>
    <message>
        <source>Type of problem</source>
        <translation>Είδος προβλήματος</translation>
    </message>
    <message>
        <source>Street and number, e.g. %1</source>
        <translation>Οδός και αριθμός, π.χ. %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Διεύθυνση</translation>
    </message>
    <message>
        <source>or latitude, longitude: 37.9755, 23.7348</source>
        <translation>ή γεωγρ. πλάτος, μήκος: 37.9755, 23.7348</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Συντεταγμένες</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <source>What the caller says, in their words</source>
        <translation>Τι λέει ο καλών, με τα δικά του λόγια</translation>
    </message>
    <message>
        <source>Can wait</source>
        <translation>Μπορεί να περιμένει</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Κανονικό</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Επείγον</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Βαθμός επείγοντος</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Έκτακτη ανάγκη</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Φωτογραφίες</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>Αρ. πρωτοκόλλου</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Απόσταση</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ηλικία</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Reporters · address · description</source>
        <translation>Αναφέροντες · διεύθυνση · περιγραφή</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Πιθανά διπλότυπα</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Είδος:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Πού:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Πε&amp;ριγραφή:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Βαθμός επείγοντος:</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Φωτογραφίες:</translation>
    </message>
    <message>
        <source>Open requests nearby</source>
        <translation>Ανοιχτά αιτήματα εκεί κοντά</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>“%1” is not in the street gazetteer: check the spelling or enter coordinates.</source>
        <translation>Η «%1» δεν υπάρχει στο οδωνυμικό: ελέγξτε την ορθογραφία ή δώστε συντεταγμένες.</translation>
    </message>
    <message>
        <source>New request — anonymous caller</source>
        <translation>Νέο αίτημα — ανώνυμος καλών</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Νέο αίτημα</translation>
    </message>
    <message numerus="yes">
        <source>Priority %1 · target %n working hour(s) · duplicates within %2 m</source>
        <translation>
            <numerusform>Προτεραιότητα %1 · στόχος %n εργάσιμη ώρα · διπλότυπα σε ακτίνα %2 m</numerusform>
            <numerusform>Προτεραιότητα %1 · στόχος %n εργάσιμες ώρες · διπλότυπα σε ακτίνα %2 m</numerusform>
        </translation>
    </message>
    <message>
        <source>No type matches “%1”.</source>
        <translation>Κανένα είδος δεν ταιριάζει με «%1».</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— επιλέξτε —</translation>
    </message>
    <message>
        <source>— not known —</source>
        <translation>— άγνωστο —</translation>
    </message>
    <message>
        <source>number not on this street</source>
        <translation>ο αριθμός δεν υπάρχει σε αυτή την οδό</translation>
    </message>
    <message>
        <source>Number %1 is not on %2 in the gazetteer: give another number or the coordinates.</source>
        <translation>Ο αριθμός %1 δεν υπάρχει στην οδό %2 στο οδωνυμικό: δώστε άλλον αριθμό ή τις συντεταγμένες.</translation>
    </message>
    <message>
        <source>%1 · %2, %3</source>
        <translation>%1 · %2, %3</translation>
    </message>
    <message>
        <source>Write the coordinates as latitude, longitude (e.g. 37.9755, 23.7348).</source>
        <translation>Γράψτε τις συντεταγμένες ως γεωγρ. πλάτος, μήκος (π.χ. 37.9755, 23.7348).</translation>
    </message>
    <message>
        <source>These are not coordinates on Earth.</source>
        <translation>Αυτές δεν είναι συντεταγμένες πάνω στη Γη.</translation>
    </message>
    <message>
        <source>%1, %2 is outside the municipality.</source>
        <translation>Το σημείο %1, %2 είναι εκτός δήμου.</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s)</source>
        <translation>
            <numerusform>%n αναφέρων</numerusform>
            <numerusform>%n αναφέροντες</numerusform>
        </translation>
    </message>
    <message>
        <source>Open requests of the same type nearby show here once the type and the place are known.</source>
        <translation>Τα ανοιχτά αιτήματα ίδιου είδους εκεί κοντά εμφανίζονται εδώ μόλις δοθούν το είδος και το σημείο.</translation>
    </message>
    <message>
        <source>No open request of this type within %1 m in the last 30 days.</source>
        <translation>Κανένα ανοιχτό αίτημα αυτού του είδους σε ακτίνα %1 m τις τελευταίες 30 ημέρες.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n open request(s) of this type within %1 m&lt;/b&gt; — the same problem? Join it with Ctrl+L (Alt+Up/Down to choose), or file a new one with Ctrl+Enter.</source>
        <translation>
            <numerusform>&lt;b&gt;%n ανοιχτό αίτημα αυτού του είδους σε ακτίνα %1 m&lt;/b&gt; — το ίδιο πρόβλημα; Προσθέστε τον καλούντα με Ctrl+L (επιλογή με Alt+Πάνω/Κάτω) ή καταχωρίστε νέο με Ctrl+Enter.</numerusform>
            <numerusform>&lt;b&gt;%n ανοιχτά αιτήματα αυτού του είδους σε ακτίνα %1 m&lt;/b&gt; — το ίδιο πρόβλημα; Προσθέστε τον καλούντα με Ctrl+L (επιλογή με Alt+Πάνω/Κάτω) ή καταχωρίστε νέο με Ctrl+Enter.</numerusform>
        </translation>
    </message>
    <message>
        <source>EMERGENCY — if anyone is in danger, tell the caller to hang up and call %1 now. The request will be filed at the top priority and the emergency is logged.</source>
        <translation>ΕΚΤΑΚΤΗ ΑΝΑΓΚΗ — αν κάποιος κινδυνεύει, πείτε στον καλούντα να κλείσει και να καλέσει αμέσως το %1. Το αίτημα θα καταχωριστεί με την ανώτατη προτεραιότητα και η έκτακτη ανάγκη καταγράφεται.</translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>Επισύναψη φωτογραφιών</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.webp *.gif *.bmp *.tif *.tiff)</source>
        <translation>Φωτογραφίες (*.jpg *.jpeg *.png *.heic *.webp *.gif *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>On the map: click to set the place</source>
        <translation>Στον χάρτη: κάντε κλικ για να ορίσετε το σημείο</translation>
    </message>
    <message>
        <source>Map of the place</source>
        <translation>Χάρτης του σημείου</translation>
    </message>
    <message>
        <source>%1 · %2 (from the map)</source>
        <translation>%1 · %2 (από τον χάρτη)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 (%2, %3 m away) may be the same problem.&lt;/b&gt; Ctrl+L adds the caller to it (“me too”); Ctrl+Enter again files a new request.</source>
        <translation>&lt;b&gt;Το %1 (%2, σε απόσταση %3 m) μπορεί να είναι το ίδιο πρόβλημα.&lt;/b&gt; Ctrl+L: προσθήκη του καλούντος σε αυτό («κι εγώ»)· Ctrl+Enter ξανά: καταχώριση νέου αιτήματος.</translation>
    </message>
    <message>
        <source>File a &amp;new one anyway (Ctrl+Enter)</source>
        <translation>Καταχώριση &amp;νέου παρ&apos; όλα αυτά (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New request — from a citizen&apos;s e-mail</source>
        <translation>Νέο αίτημα — από e-mail δημότη</translation>
    </message>
</context>
<context>
    <name>CivicDesk::MailPanel</name>
    <message>
        <source>&amp;File as a request (Enter)</source>
        <translation>&amp;Καταχώριση ως αίτημα (Enter)</translation>
    </message>
    <message>
        <source>Set &amp;aside… (Delete)</source>
        <translation>Π&amp;αράβλεψη… (Delete)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Παραλήφθηκε</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Φωτογραφίες</translation>
    </message>
    <message>
        <source>E-mails from citizens waiting</source>
        <translation>E-mail δημοτών σε αναμονή</translation>
    </message>
    <message>
        <source>The e-mail</source>
        <translation>Το e-mail</translation>
    </message>
    <message>
        <source>No e-mails from citizens are waiting. Messages to the municipality&apos;s mailbox appear here by themselves; replies about a request go to that request as notes.</source>
        <translation>Κανένα e-mail δημότη σε αναμονή. Τα μηνύματα προς τη θυρίδα του δήμου εμφανίζονται εδώ μόνα τους· οι απαντήσεις για ένα αίτημα πηγαίνουν σε εκείνο ως σημειώσεις.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(χωρίς θέμα)</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Από %1</translation>
    </message>
    <message>
        <source>Photos: %1</source>
        <translation>Φωτογραφίες: %1</translation>
    </message>
    <message>
        <source>That e-mail was handled already.</source>
        <translation>Αυτό το e-mail έχει ήδη διεκπεραιωθεί.</translation>
    </message>
    <message>
        <source>Set the e-mail aside</source>
        <translation>Παράβλεψη του e-mail</translation>
    </message>
    <message>
        <source>Why does it ask for nothing?</source>
        <translation>Γιατί δεν ζητά τίποτα;</translation>
    </message>
    <message>
        <source>Spam or advertising</source>
        <translation>Ανεπιθύμητο ή διαφήμιση</translation>
    </message>
    <message>
        <source>Thanks or a comment, nothing to do</source>
        <translation>Ευχαριστίες ή σχόλιο, τίποτα να γίνει</translation>
    </message>
    <message>
        <source>Not a matter for the municipality</source>
        <translation>Δεν είναι αρμοδιότητα του δήμου</translation>
    </message>
    <message>
        <source>Sent twice</source>
        <translation>Στάλθηκε δύο φορές</translation>
    </message>
    <message>
        <source>The e-mail was set aside.</source>
        <translation>Το e-mail παραβλέφθηκε.</translation>
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
        <source>About CivicDesk</source>
        <translation>Σχετικά με το CivicDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;The citizen request desk of a municipality: calls, requests, departments and reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;Το γραφείο αιτημάτων των δημοτών ενός δήμου: κλήσεις, αιτήματα, υπηρεσίες και αναφορές.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Κλήση</translation>
    </message>
    <message>
        <source>&amp;Find and requests</source>
        <translation>&amp;Αναζήτηση και αιτήματα</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Νέα κλήση</translation>
    </message>
    <message>
        <source>Caller&apos;s number (leave empty for a walk-in or a withheld number):</source>
        <translation>Αριθμός του καλούντος (κενό για επίσκεψη ή αριθμό σε απόκρυψη):</translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation>&amp;Κλήση</translation>
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation>&amp;Νέα κλήση…</translation>
    </message>
    <message>
        <source>The &amp;call</source>
        <translation>Η &amp;κλήση</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Συντομεύσεις πληκτρολογίου</translation>
    </message>
    <message>
        <source>&amp;Work queue</source>
        <translation>&amp;Ουρά εργασιών</translation>
    </message>
    <message>
        <source>The work &amp;queue</source>
        <translation>Η &amp;ουρά εργασιών</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Ουρά</translation>
    </message>
    <message>
        <source>Run the escalation ladder now</source>
        <translation>Εκτέλεση της κλιμάκωσης τώρα</translation>
    </message>
    <message>
        <source>Working as %1 (%2)</source>
        <translation>Εργάζεστε ως %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Πίνακας ελέγχου</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Αναφορές…</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>Χά&amp;ρτης</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Α&amp;ποσύνδεση</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 στο %2</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Αίτημα</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (μόνο για ανάγνωση)</translation>
    </message>
    <message>
        <source>This file is open read-only: no call can be recorded in it.</source>
        <translation>Αυτό το αρχείο είναι ανοιχτό μόνο για ανάγνωση: δεν μπορεί να καταγραφεί κλήση σε αυτό.</translation>
    </message>
    <message>
        <source>Database: %1 — read-only, nothing can be changed</source>
        <translation>Βάση δεδομένων: %1 — μόνο για ανάγνωση, τίποτα δεν μπορεί να αλλάξει</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Οδηγός χρήσης</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ρυθμίσεις…</translation>
    </message>
    <message>
        <source>&amp;Messages to citizens…</source>
        <translation>&amp;Μηνύματα προς τους πολίτες…</translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s): %1</source>
        <translation>
            <numerusform>%n νέα ειδοποίηση: %1</numerusform>
            <numerusform>%n νέες ειδοποιήσεις: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Targeted message…</source>
        <translation>Σ&amp;τοχευμένο μήνυμα…</translation>
    </message>
    <message numerus="yes">
        <source>CivicDesk: %n new alert(s)</source>
        <translation>
            <numerusform>CivicDesk: %n νέα ειδοποίηση</numerusform>
            <numerusform>CivicDesk: %n νέες ειδοποιήσεις</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;E-mail (%1)</source>
        <translation>Ηλ. &amp;ταχυδρομείο (%1)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Ηλ. &amp;ταχυδρομείο</translation>
    </message>
    <message>
        <source>The citizens&apos; &amp;e-mails</source>
        <translation>Τα &amp;e-mail των δημοτών</translation>
    </message>
    <message>
        <source>Looking for %1 on the server…</source>
        <translation>Αναζήτηση του %1 στον διακομιστή…</translation>
    </message>
    <message>
        <source>The server cannot be reached, and %1 is not on this desk: it holds the open requests, its department&apos;s and those changed in the last %2 months. Try again when the desk is online.</source>
        <translation>Ο διακομιστής δεν είναι προσβάσιμος και το %1 δεν βρίσκεται σε αυτό το γραφείο: κρατά τα ανοιχτά αιτήματα, της υπηρεσίας του και όσα άλλαξαν τους τελευταίους %2 μήνες. Δοκιμάστε ξανά όταν το γραφείο είναι συνδεδεμένο.</translation>
    </message>
    <message>
        <source>The server could not look for %1: %2</source>
        <translation>Ο διακομιστής δεν μπόρεσε να αναζητήσει το %1: %2</translation>
    </message>
    <message>
        <source>The server has no request %1 either.</source>
        <translation>Ούτε ο διακομιστής έχει αίτημα %1.</translation>
    </message>
    <message>
        <source>%1 fetched from the server; this desk keeps it from now on.</source>
        <translation>Το %1 ανακτήθηκε από τον διακομιστή· αυτό το γραφείο το κρατά από εδώ και πέρα.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::MapPanel</name>
    <message>
        <source>&amp;Open in the queue</source>
        <translation>Άν&amp;οιγμα στην ουρά</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Οδός και αριθμός</translation>
    </message>
    <message>
        <source>Find an address on the map</source>
        <translation>Εύρεση διεύθυνσης στον χάρτη</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Service group</source>
        <translation>Ομάδα υπηρεσιών</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Υπηρεσία</translation>
    </message>
    <message>
        <source>Heat map period</source>
        <translation>Περίοδος θερμικού χάρτη</translation>
    </message>
    <message>
        <source>Crew route</source>
        <translation>Διαδρομή συνεργείου</translation>
    </message>
    <message>
        <source>All pending</source>
        <translation>Όλα τα εκκρεμή</translation>
    </message>
    <message>
        <source>All service groups</source>
        <translation>Όλες οι ομάδες υπηρεσιών</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Όλες οι υπηρεσίες</translation>
    </message>
    <message>
        <source>No crew route</source>
        <translation>Χωρίς διαδρομή συνεργείου</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Τελευταίες 30 ημέρες</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Τελευταίες 90 ημέρες</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Τελευταίοι 12 μήνες</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Όλα</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Διεύθυνση:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Κατάσταση:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Εμφάνιση:</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Περιοχές</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Αιτήματα</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Θερμικός χάρτης</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Υπόμνημα</translation>
    </message>
    <message>
        <source>Heat map of:</source>
        <translation>Θερμικός χάρτης για:</translation>
    </message>
    <message>
        <source>The configured base map cannot be used (%1); showing the districts and streets instead.</source>
        <translation>Το ρυθμισμένο υπόβαθρο δεν μπορεί να χρησιμοποιηθεί (%1)· εμφανίζονται οι περιοχές και οι οδοί.</translation>
    </message>
    <message>
        <source>%1 is not in the gazetteer.</source>
        <translation>Το %1 δεν υπάρχει στο μητρώο οδών.</translation>
    </message>
    <message>
        <source>%1 has no pending requests with a place.</source>
        <translation>Το %1 δεν έχει εκκρεμή αιτήματα με σημείο.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stop(s), %2 from the depot.</source>
        <translation>
            <numerusform>%1: %n στάση, %2 από την αποθήκη.</numerusform>
            <numerusform>%1: %n στάσεις, %2 από την αποθήκη.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending request(s) in view</source>
        <translation>
            <numerusform>%Ln εκκρεμές αίτημα στην οθόνη</numerusform>
            <numerusform>%Ln εκκρεμή αιτήματα στην οθόνη</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marker(s)</source>
        <translation>
            <numerusform>%n σημάδι</numerusform>
            <numerusform>%n σημάδια</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n ομάδα</numerusform>
            <numerusform>%n ομάδες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 · %3 · %4 · %5 · %n day(s) old</source>
        <translation>
            <numerusform>%1 — %2 · %3 · %4 · %5 · %n ημέρα</numerusform>
            <numerusform>%1 — %2 · %3 · %4 · %5 · %n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <source>Shade districts by pending requests</source>
        <translation>Σκίαση περιοχών κατά εκκρεμή αιτήματα</translation>
    </message>
    <message>
        <source>Pending requests per district</source>
        <translation>Εκκρεμή αιτήματα ανά περιοχή</translation>
    </message>
    <message numerus="yes">
        <source>Heat map: %Ln request(s) in the period.</source>
        <translation>
            <numerusform>Θερμικός χάρτης: %Ln αίτημα στην περίοδο.</numerusform>
            <numerusform>Θερμικός χάρτης: %Ln αιτήματα στην περίοδο.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::MapWidget</name>
    <message>
        <source>%1 km</source>
        <translation>%1 χλμ.</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 μ.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Χάρτης</translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests here; click to zoom in</source>
        <translation>
            <numerusform>%Ln αίτημα εδώ· κλικ για μεγέθυνση</numerusform>
            <numerusform>%Ln αιτήματα εδώ· κλικ για μεγέθυνση</numerusform>
        </translation>
    </message>
    <message>
        <source>some tiles are damaged (not a readable image)</source>
        <translation>ορισμένα πλακίδια είναι κατεστραμμένα (μη αναγνώσιμη εικόνα)</translation>
    </message>
    <message>
        <source>the tile server cannot be reached (%1); showing what is cached</source>
        <translation>ο διακομιστής πλακιδίων δεν είναι προσβάσιμος (%1)· εμφανίζονται όσα υπάρχουν στην προσωρινή μνήμη</translation>
    </message>
    <message>
        <source>the tile server refuses some tiles (%1)</source>
        <translation>ο διακομιστής αρνείται ορισμένα πλακίδια (%1)</translation>
    </message>
    <message>
        <source>the tile file has no tiles for some of this area</source>
        <translation>το αρχείο πλακιδίων δεν καλύπτει μέρος αυτής της περιοχής</translation>
    </message>
    <message>
        <source>Base map: %1.</source>
        <translation>Υπόβαθρο χάρτη: %1.</translation>
    </message>
    <message>
        <source>D</source>
        <comment>depot marker</comment>
        <translation>Α</translation>
    </message>
    <message>
        <source>Base map: the municipality&apos;s districts and street gazetteer</source>
        <translation>Υπόβαθρο: οι περιοχές και το μητρώο οδών του δήμου</translation>
    </message>
    <message>
        <source>Base map incomplete: %1</source>
        <translation>Ελλιπές υπόβαθρο: %1</translation>
    </message>
    <message>
        <source>Several requests (zoom in)</source>
        <translation>Πολλά αιτήματα (μεγεθύνετε)</translation>
    </message>
    <message>
        <source>Heat: fewer → more requests</source>
        <translation>Θερμότητα: λιγότερα → περισσότερα αιτήματα</translation>
    </message>
    <message>
        <source>Crew route, stops in order</source>
        <translation>Διαδρομή συνεργείου, στάσεις με σειρά</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Προτεραιότητα: %1</translation>
    </message>
    <message>
        <source>Emergency (flagged)</source>
        <translation>Έκτακτη ανάγκη (σήμανση)</translation>
    </message>
    <message>
        <source>Base map: the municipality&apos;s districts and streets, © OpenStreetMap contributors</source>
        <translation>Υπόβαθρο: οι περιοχές και οι οδοί του δήμου, © συντελεστές του OpenStreetMap</translation>
    </message>
</context>
<context>
    <name>CivicDesk::MessageSettingsPage</name>
    <message>
        <source>no limit</source>
        <translation>χωρίς όριο</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> το λεπτό</translation>
    </message>
    <message>
        <source>This desk works with the municipality&apos;s server, and the server sends the messages to citizens for all its desks: its mail server and SMS gateway are set on the server, with civicdesk-admin mail-settings and sms-settings on the municipality&apos;s file there (see civicdesk-server(8)).</source>
        <translation>Αυτός ο σταθμός δουλεύει με τον διακομιστή του δήμου, και ο διακομιστής στέλνει τα μηνύματα προς τους πολίτες για όλους τους σταθμούς του: ο διακομιστής αλληλογραφίας και η πύλη SMS ορίζονται στον διακομιστή, με τα civicdesk-admin mail-settings και sms-settings στο αρχείο του δήμου εκεί (βλ. civicdesk-server(8)).</translation>
    </message>
    <message>
        <source>This desk works alone and sends the messages to citizens itself, every half minute and after each change. Without a mail server or an SMS gateway they wait in the outbox.</source>
        <translation>Αυτός ο σταθμός δουλεύει μόνος του και στέλνει ο ίδιος τα μηνύματα προς τους πολίτες, κάθε μισό λεπτό και μετά από κάθε αλλαγή. Χωρίς διακομιστή αλληλογραφίας ή πύλη SMS περιμένουν στα εξερχόμενα.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Never send in clear te&amp;xt (STARTTLS must work)</source>
        <translation>Ποτέ αποστολή χωρίς κρυπτογρά&amp;φηση (πρέπει να λειτουργεί το STARTTLS)</translation>
    </message>
    <message>
        <source>your address</source>
        <translation>η διεύθυνσή σας</translation>
    </message>
    <message>
        <source>Send a test &amp;e-mail</source>
        <translation>Αποστολή δοκιμαστικού &amp;e-mail</translation>
    </message>
    <message>
        <source>Mail ser&amp;ver:</source>
        <translation>Διακομιστής αλληλογρα&amp;φίας:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>Διεύθυνση &amp;αποστολέα:</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>Ό&amp;νομα αποστολέα:</translation>
    </message>
    <message>
        <source>L&amp;ogin:</source>
        <translation>Ό&amp;νομα χρήστη:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Κωδικός:</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Το πολύ:</translation>
    </message>
    <message>
        <source>Try them:</source>
        <translation>Δοκιμή:</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>to</source>
        <translation>έως</translation>
    </message>
    <message>
        <source>(the same hour twice: none)</source>
        <translation>(η ίδια ώρα δύο φορές: καμία)</translation>
    </message>
    <message>
        <source>&amp;Gateway (Kannel&apos;s sendsms):</source>
        <translation>&amp;Πύλη (sendsms του Kannel):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Χρήστης:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Κω&amp;δικός:</translation>
    </message>
    <message>
        <source>Sen&amp;der shown:</source>
        <translation>Αποστολέας που &amp;φαίνεται:</translation>
    </message>
    <message>
        <source>&amp;Quiet hours:</source>
        <translation>Ώρες &amp;ησυχίας:</translation>
    </message>
    <message>
        <source>Only the municipality&apos;s administrator changes these settings.</source>
        <translation>Μόνο ο διαχειριστής του δήμου αλλάζει αυτές τις ρυθμίσεις.</translation>
    </message>
    <message>
        <source>kept; write a new one to change it</source>
        <translation>φυλάσσεται· γράψτε νέο για να αλλάξει</translation>
    </message>
    <message>
        <source>The mail server took the test message for %1.</source>
        <translation>Ο διακομιστής αλληλογραφίας δέχτηκε το δοκιμαστικό μήνυμα για %1.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::QueueFilterBar</name>
    <message>
        <source>&amp;Mine only</source>
        <translation>&amp;Μόνο δικά μου</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Όλες οι υπηρεσίες</translation>
    </message>
    <message>
        <source>All pending</source>
        <translation>Όλα τα εκκρεμή</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Όλα τα είδη</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Οποιαδήποτε</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Σε κίνδυνο</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Εκπρόθεσμο</translation>
    </message>
    <message>
        <source>Priority, then deadline</source>
        <translation>Προτεραιότητα, μετά προθεσμία</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ηλικία</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Υπηρεσία</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Ταξινόμηση</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>&amp;Υπηρεσία:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Εί&amp;δος:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Κατάσταση:</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>Προθε&amp;σμία:</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>Τα&amp;ξινόμηση:</translation>
    </message>
</context>
<context>
    <name>CivicDesk::QueuePanel</name>
    <message>
        <source>Work queue</source>
        <translation>Ουρά εργασιών</translation>
    </message>
    <message>
        <source>%1 pending requests</source>
        <translation>%1 εκκρεμή αιτήματα</translation>
    </message>
    <message numerus="yes">
        <source>%n escalation step(s) taken.</source>
        <translation>
            <numerusform>Έγινε %n βήμα κλιμάκωσης.</numerusform>
            <numerusform>Έγιναν %n βήματα κλιμάκωσης.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 changed.</source>
        <translation>Άλλαξαν %1 από %2.</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Στήλες…</translation>
    </message>
</context>
<context>
    <name>CivicDesk::ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>Αναφορές</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Όλα</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Οποιαδήποτε</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Χωρίς ομαδοποίηση</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Υπηρεσία</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Περιοχή</translation>
    </message>
    <message>
        <source>Date filed</source>
        <translation>Ημερομηνία καταχώρισης</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Προτεραιότητα</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Αριθμός πρωτοκόλλου</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Αναφορά:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Από:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Έ&amp;ως:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Υπηρεσία:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Εί&amp;δος:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Κατάσταση:</translation>
    </message>
    <message>
        <source>D&amp;istrict:</source>
        <translation>Πε&amp;ριοχή:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>Κα&amp;νάλι:</translation>
    </message>
    <message>
        <source>&amp;Priority at least:</source>
        <translation>&amp;Προτεραιότητα τουλάχιστον:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>Ο&amp;μαδοποίηση:</translation>
    </message>
    <message>
        <source>S&amp;ort by:</source>
        <translation>Τα&amp;ξινόμηση:</translation>
    </message>
    <message>
        <source>&amp;Most rows:</source>
        <translation>Μέγιστες &amp;γραμμές:</translation>
    </message>
    <message>
        <source>— saved parameter sets —</source>
        <translation>— αποθηκευμένες παράμετροι —</translation>
    </message>
    <message>
        <source>Saved parameter sets</source>
        <translation>Αποθηκευμένες παράμετροι</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Απο&amp;θήκευση ως…</translation>
    </message>
    <message>
        <source>Save parameters</source>
        <translation>Αποθήκευση παραμέτρων</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Όνομα:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Προ&amp;επισκόπηση…</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Εκτύ&amp;πωση…</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
    <message>
        <source>CS&amp;V…</source>
        <translation>CS&amp;V…</translation>
    </message>
    <message>
        <source>The printer reported an error; nothing may have been printed.</source>
        <translation>Ο εκτυπωτής ανέφερε σφάλμα· ίσως δεν εκτυπώθηκε τίποτα.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Αποθήκευση ως PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Αποθήκευση ως CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>This desk holds the requests changed since %1 (the last %2 months), the open ones and its department&apos;s; a report from %3 needs the whole municipality&apos;s, which the server has.</source>
        <translation>Αυτό το γραφείο έχει τα αιτήματα που άλλαξαν από %1 (τους τελευταίους %2 μήνες), τα ανοικτά και της διεύθυνσής του· μια αναφορά από %3 χρειάζεται όλα του δήμου, που τα έχει ο διακομιστής.</translation>
    </message>
    <message>
        <source>This desk has not yet fetched its requests from the server; the report needs the whole municipality&apos;s, which the server has.</source>
        <translation>Αυτό το γραφείο δεν έχει φέρει ακόμη τα αιτήματά του από τον διακομιστή· η αναφορά χρειάζεται όλα του δήμου, που τα έχει ο διακομιστής.</translation>
    </message>
    <message>
        <source>This desk is not connected to the server now; nothing was made from part of the requests.</source>
        <translation>Αυτό το γραφείο δεν είναι συνδεδεμένο με τον διακομιστή τώρα· δεν φτιάχτηκε τίποτα από μέρος των αιτημάτων.</translation>
    </message>
    <message>
        <source>The server cannot be reached now; nothing was made from part of the requests. Try again when the desk is online.</source>
        <translation>Ο διακομιστής δεν είναι προσβάσιμος τώρα· δεν φτιάχτηκε τίποτα από μέρος των αιτημάτων. Δοκιμάστε ξανά όταν το γραφείο είναι συνδεδεμένο.</translation>
    </message>
    <message>
        <source>The server could not make the report: %1</source>
        <translation>Ο διακομιστής δεν μπόρεσε να φτιάξει την αναφορά: %1</translation>
    </message>
    <message>
        <source>The desk is already asking the server for something; try again in a moment.</source>
        <translation>Το γραφείο ήδη ζητά κάτι από τον διακομιστή· δοκιμάστε ξανά σε λίγο.</translation>
    </message>
    <message>
        <source>The server is making it…</source>
        <translation>Ο διακομιστής τη φτιάχνει…</translation>
    </message>
    <message>
        <source>Made by the server from the whole municipality&apos;s requests (this desk holds those since %1).</source>
        <translation>Φτιάχτηκε από τον διακομιστή με όλα τα αιτήματα του δήμου (αυτό το γραφείο έχει όσα είναι από %1).</translation>
    </message>
</context>
<context>
    <name>CivicDesk::RequestActions</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Αποδοχή</translation>
    </message>
    <message>
        <source>Assi&amp;gn to crew or person…</source>
        <translation>Ανά&amp;θεση σε συνεργείο ή πρόσωπο…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Αλλαγή &amp;κατάστασης…</translation>
    </message>
    <message>
        <source>&amp;Reroute…</source>
        <translation>Ανα&amp;κατεύθυνση…</translation>
    </message>
    <message>
        <source>Link as &amp;duplicate…</source>
        <translation>Σύνδεση ως &amp;διπλότυπο…</translation>
    </message>
    <message>
        <source>Put on &amp;hold…</source>
        <translation>Σε α&amp;ναμονή…</translation>
    </message>
    <message>
        <source>Write a &amp;note</source>
        <translation>Γράψτε &amp;σημείωση</translation>
    </message>
    <message>
        <source>Record the citizen&apos;s ra&amp;ting…</source>
        <translation>Καταγραφή της α&amp;ξιολόγησης του δημότη…</translation>
    </message>
    <message>
        <source>Crew &amp;work list…</source>
        <translation>&amp;Λίστα εργασιών συνεργείου…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n αίτημα</numerusform>
            <numerusform>%n αιτήματα</numerusform>
        </translation>
    </message>
    <message>
        <source>No request has the tracking number %1.</source>
        <translation>Κανένα αίτημα δεν έχει αριθμό πρωτοκόλλου %1.</translation>
    </message>
    <message>
        <source>You cannot move %1 from “%2”.</source>
        <translation>Δεν μπορείτε να μετακινήσετε το %1 από «%2».</translation>
    </message>
    <message>
        <source>Change status: %1</source>
        <translation>Αλλαγή κατάστασης: %1</translation>
    </message>
    <message>
        <source>— not rated —</source>
        <translation>— χωρίς αξιολόγηση —</translation>
    </message>
    <message>
        <source>%1 is “%2” now.</source>
        <translation>Το %1 είναι τώρα «%2».</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Νέα κατάσταση:</translation>
    </message>
    <message>
        <source>Report &amp;accuracy:</source>
        <translation>&amp;Ακρίβεια αναφοράς:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Ση&amp;μείωση:</translation>
    </message>
    <message>
        <source>Put on hold: %1</source>
        <translation>Σε αναμονή: %1</translation>
    </message>
    <message>
        <source>Waiting for whom or what?</source>
        <translation>Σε αναμονή ποιου ή τίνος;</translation>
    </message>
    <message>
        <source>Reroute: %1</source>
        <translation>Ανακατεύθυνση: %1</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Αποστολή σε:</translation>
    </message>
    <message>
        <source>Why? (the other department reads it)</source>
        <translation>Γιατί; (το διαβάζει η άλλη υπηρεσία)</translation>
    </message>
    <message>
        <source>— no crew —</source>
        <translation>— χωρίς συνεργείο —</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— κανείς —</translation>
    </message>
    <message>
        <source>Assign: %1</source>
        <translation>Ανάθεση: %1</translation>
    </message>
    <message>
        <source>Crew:</source>
        <translation>Συνεργείο:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Πρόσωπο:</translation>
    </message>
    <message>
        <source>Link as duplicate: %1</source>
        <translation>Σύνδεση ως διπλότυπο: %1</translation>
    </message>
    <message>
        <source>Tracking number of the request it repeats:</source>
        <translation>Αριθμός πρωτοκόλλου του αιτήματος που επαναλαμβάνει:</translation>
    </message>
    <message>
        <source>Citizen&apos;s rating: %1</source>
        <translation>Αξιολόγηση πολίτη: %1</translation>
    </message>
    <message>
        <source>How satisfied is the citizen (1–5)?</source>
        <translation>Πόσο ικανοποιημένος είναι ο δημότης (1–5);</translation>
    </message>
    <message>
        <source>Their comment:</source>
        <translation>Το σχόλιό του:</translation>
    </message>
</context>
<context>
    <name>CivicDesk::RequestDetailView</name>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Internal note for the departments and the contractor (Ctrl+Enter adds it)</source>
        <translation>Εσωτερική σημείωση για τις υπηρεσίες και τον ανάδοχο (Ctrl+Enter για προσθήκη)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Ση&amp;μείωση:</translation>
    </message>
    <message>
        <source>A accept · G assign · S status · R reroute · D duplicate · H hold · N note · T rating · W crew work list</source>
        <translation>A αποδοχή · G ανάθεση · S κατάσταση · R ανακατεύθυνση · D διπλότυπο · H αναμονή · N σημείωση · T αξιολόγηση · W λίστα συνεργείου</translation>
    </message>
    <message>
        <source> (not in this list)</source>
        <translation> (όχι σε αυτή τη λίστα)</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Προθεσμία: %1</translation>
    </message>
    <message>
        <source>Filed %1 by %2</source>
        <translation>Καταχώριση %1 (%2)</translation>
    </message>
    <message>
        <source>Reported anonymously: nobody to call back.</source>
        <translation>Ανώνυμη αναφορά: κανείς για επανάκληση.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(και %n ακόμη)</numerusform>
            <numerusform>(και %n ακόμη)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation>Αναφορά από: %1</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Δεν έχει ανατεθεί ακόμη</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Ανατέθηκε σε %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s): Enter opens the request with them.</source>
        <translation>
            <numerusform>%n φωτογραφία: Enter ανοίγει το αίτημα με αυτήν.</numerusform>
            <numerusform>%n φωτογραφίες: Enter ανοίγει το αίτημα με αυτές.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is open read-only: no note can be added.</source>
        <translation>Αυτό το αρχείο είναι ανοιχτό μόνο για ανάγνωση: δεν μπορεί να προστεθεί σημείωση.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::RequestHistoryView</name>
    <message>
        <source>History</source>
        <translation>Ιστορικό</translation>
    </message>
    <message>
        <source>The history of this closed request is on the server: loading it…</source>
        <translation>Το ιστορικό αυτού του κλειστού αιτήματος βρίσκεται στον διακομιστή: φορτώνεται…</translation>
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
    <name>CivicDesk::RequestPage</name>
    <message>
        <source>Add the &amp;note</source>
        <translation>Προσθήκη &amp;σημείωσης</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Φωτογραφίες</translation>
    </message>
    <message>
        <source>The caller&apos;s language</source>
        <translation>Η γλώσσα του καλούντος</translation>
    </message>
    <message>
        <source>What to tell the caller</source>
        <translation>Τι να πείτε στον καλούντα</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Internal note for the departments and the contractor (Ctrl+Enter adds it)</source>
        <translation>Εσωτερική σημείωση για τις υπηρεσίες και τον ανάδοχο (Ctrl+Enter για προσθήκη)</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Αναφέρθηκε από</translation>
    </message>
    <message>
        <source>In &amp;language:</source>
        <translation>Στη &amp;γλώσσα:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Ιστορικό</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Κλείσιμο</translation>
    </message>
    <message>
        <source>Close this page (Ctrl+W)</source>
        <translation>Κλείσιμο αυτής της σελίδας (Ctrl+W)</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>Το %1 άλλαξε.</translation>
    </message>
    <message>
        <source>%1 was not changed.</source>
        <translation>Το %1 δεν άλλαξε.</translation>
    </message>
    <message>
        <source>The crew work list is in the work queue (W there).</source>
        <translation>Το πρόγραμμα εργασιών συνεργείου βρίσκεται στην ουρά εργασιών (W εκεί).</translation>
    </message>
    <message>
        <source>Request not found</source>
        <translation>Το αίτημα δεν βρέθηκε</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Άγνωστο είδος</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>προτεραιότητα %1</translation>
    </message>
    <message>
        <source>EMERGENCY</source>
        <translation>ΕΚΤΑΚΤΗ ΑΝΑΓΚΗ</translation>
    </message>
    <message>
        <source>Filed:</source>
        <translation>Καταχώριση:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Τοποθεσία:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>δεν δόθηκε</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Τμήμα:</translation>
    </message>
    <message>
        <source>not routed yet</source>
        <translation>δεν έχει δρομολογηθεί ακόμη</translation>
    </message>
    <message>
        <source>Crew:</source>
        <translation>Συνεργείο:</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>Ανατέθηκε σε:</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>σε κανέναν ακόμη</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Προθεσμία:</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>δεν ορίστηκε</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Έκλεισε:</translation>
    </message>
    <message>
        <source>Status note:</source>
        <translation>Σημείωση κατάστασης:</translation>
    </message>
    <message>
        <source>Duplicate of:</source>
        <translation>Διπλότυπο του:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Περιγραφή:</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 από 5</translation>
    </message>
    <message>
        <source>Citizen&apos;s rating:</source>
        <translation>Αξιολόγηση πολίτη:</translation>
    </message>
    <message>
        <source>Report accuracy:</source>
        <translation>Ακρίβεια αναφοράς:</translation>
    </message>
    <message>
        <source>reported it again</source>
        <translation>το ανέφερε ξανά</translation>
    </message>
    <message>
        <source>Nobody: the request was filed anonymously.</source>
        <translation>Κανείς: το αίτημα καταχωρίστηκε ανώνυμα.</translation>
    </message>
    <message>
        <source>%1 is not on this desk.</source>
        <translation>Το %1 δεν υπάρχει σε αυτόν τον σταθμό.</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>Το αίτημα</translation>
    </message>
    <message>
        <source>Messages to the citizens</source>
        <translation>Μηνύματα στους δημότες</translation>
    </message>
    <message>
        <source>E-mail to %1</source>
        <translation>Email στο %1</translation>
    </message>
    <message>
        <source>SMS to %1</source>
        <translation>SMS στο %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>στάλθηκε %1</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>δεν στάλθηκε: %1</translation>
    </message>
    <message numerus="yes">
        <source>waiting: tried %n time(s), next at %1 (%2)</source>
        <translation>
            <numerusform>σε αναμονή: %n προσπάθεια, η επόμενη %1 (%2)</numerusform>
            <numerusform>σε αναμονή: %n προσπάθειες, η επόμενη %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting to be sent since %1</source>
        <translation>περιμένει να σταλεί από %1</translation>
    </message>
    <message>
        <source>delivered to the phone %1</source>
        <translation>παραδόθηκε στο τηλέφωνο %1</translation>
    </message>
    <message>
        <source>not delivered to the phone (reported %1)</source>
        <translation>δεν παραδόθηκε στο τηλέφωνο (αναφορά %1)</translation>
    </message>
    <message>
        <source>refused by the carrier (reported %1)</source>
        <translation>απορρίφθηκε από τον πάροχο (αναφορά %1)</translation>
    </message>
    <message>
        <source>with the carrier, not yet delivered</source>
        <translation>στον πάροχο, δεν έχει παραδοθεί ακόμη</translation>
    </message>
</context>
<context>
    <name>CivicDesk::RouteDialog</name>
    <message>
        <source>Crew work list</source>
        <translation>Λίστα εργασιών συνεργείου</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Συνεργείο</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Στάση</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>Αρ. πρωτοκόλλου</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Διεύθυνση</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Stops in order</source>
        <translation>Στάσεις με τη σειρά</translation>
    </message>
    <message>
        <source>&amp;Print work order (PDF)…</source>
        <translation>&amp;Εκτύπωση εντολής εργασίας (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Assign to the crew</source>
        <translation>&amp;Ανάθεση στο συνεργείο</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Εντολή εργασίας</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) assigned to the crew.</source>
        <translation>
            <numerusform>%n αίτημα ανατέθηκε στο συνεργείο.</numerusform>
            <numerusform>%n αιτήματα ανατέθηκαν στο συνεργείο.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;rew:</source>
        <translation>Συνε&amp;ργείο:</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s), %1 km from the depot through the last stop (nearest neighbour alone: %2 km).</source>
        <translation>
            <numerusform>%n στάση, %1 km από την αποθήκη ως την τελευταία στάση (μόνο πλησιέστερος γείτονας: %2 km).</numerusform>
            <numerusform>%n στάσεις, %1 km από την αποθήκη ως την τελευταία στάση (μόνο πλησιέστερος γείτονας: %2 km).</numerusform>
        </translation>
    </message>
    <message>
        <source>Work order — %1</source>
        <translation>Εντολή εργασίας — %1</translation>
    </message>
    <message numerus="yes">
        <source>Start from the depot (%1, %2); %n stop(s), %3 km.</source>
        <translation>
            <numerusform>Αφετηρία η αποθήκη (%1, %2)· %n στάση, %3 km.</numerusform>
            <numerusform>Αφετηρία η αποθήκη (%1, %2)· %n στάσεις, %3 km.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>Crew leader&apos;s signature: ____________________</source>
        <translation>Υπογραφή επικεφαλής συνεργείου: ____________________</translation>
    </message>
    <message>
        <source>The work order could not be written to %1.</source>
        <translation>Η εντολή εργασίας δεν γράφτηκε στο %1.</translation>
    </message>
    <message>
        <source>Work order written to %1.</source>
        <translation>Η εντολή εργασίας γράφτηκε στο %1.</translation>
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
        <source>Nothing found.</source>
        <translation>Δεν βρέθηκε τίποτα.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n αποτέλεσμα</numerusform>
            <numerusform>%n αποτελέσματα</numerusform>
        </translation>
    </message>
    <message>
        <source>Look on the server</source>
        <translation>Αναζήτηση στον διακομιστή</translation>
    </message>
    <message>
        <source>Not on this desk? Look for “%1” on the server (Ctrl+Enter)</source>
        <translation>Δεν είναι σε αυτό το γραφείο; Αναζήτηση του «%1» στον διακομιστή (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Nothing found on this desk, which holds the open requests, its department&apos;s and the recent ones.</source>
        <translation>Δεν βρέθηκε τίποτα σε αυτό το γραφείο, που κρατά τα ανοιχτά αιτήματα, της υπηρεσίας του και τα πρόσφατα.</translation>
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
    <name>CivicDesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Γλώσσα</translation>
    </message>
    <message>
        <source>&amp;Base map</source>
        <translation>&amp;Υπόβαθρο χάρτη</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Αναφορές</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Διακομιστής</translation>
    </message>
    <message>
        <source>This file is open read-only: what is kept in it cannot be changed here.</source>
        <translation>Το αρχείο είναι ανοιχτό μόνο για ανάγνωση: ό,τι φυλάσσεται σε αυτό δεν αλλάζει από εδώ.</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>Η γλώσσα του υπολογιστή</translation>
    </message>
    <message>
        <source>Language of the desk:</source>
        <translation>Γλώσσα του γκισέ:</translation>
    </message>
    <message>
        <source>The desk changes language as soon as you press OK or Apply: the window is built again in the new language, with the requests you have open and the call you are taking (kept as a draft). Category names, dates and printed reports follow the new language too. The same setting is made by starting the desk with --lang.</source>
        <translation>Το γκισέ αλλάζει γλώσσα μόλις πατήσετε OK ή Εφαρμογή: το παράθυρο ξαναφτιάχνεται στη νέα γλώσσα, με τα αιτήματα που έχετε ανοιχτά και την κλήση που εξυπηρετείτε (φυλαγμένη ως πρόχειρο). Τα ονόματα των κατηγοριών, οι ημερομηνίες και οι εκτυπωμένες αναφορές ακολουθούν κι αυτά τη νέα γλώσσα. Την ίδια ρύθμιση κάνει η εκκίνηση του γκισέ με --lang.</translation>
    </message>
    <message>
        <source>Streets and districts, &amp;drawn by CivicDesk (no tiles, works offline)</source>
        <translation>Δρόμοι και διαμερίσματα, &amp;σχεδιασμένα από το CivicDesk (χωρίς πλακίδια, λειτουργεί χωρίς δίκτυο)</translation>
    </message>
    <message>
        <source>Tiles from a &amp;tile server</source>
        <translation>Πλακίδια από &amp;διακομιστή πλακιδίων</translation>
    </message>
    <message>
        <source>Tiles from an &amp;MBTiles file (offline)</source>
        <translation>Πλακίδια από αρχείο &amp;MBTiles (χωρίς δίκτυο)</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© συντελεστές του OpenStreetMap</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ε&amp;πιλογή…</translation>
    </message>
    <message>
        <source>Choose an MBTiles file</source>
        <translation>Επιλέξτε αρχείο MBTiles</translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles);;All files (*)</source>
        <translation>Αρχεία MBTiles (*.mbtiles);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Address of the tiles:</source>
        <translation>Διεύθυνση των πλακιδίων:</translation>
    </message>
    <message>
        <source>Highest zoom:</source>
        <translation>Μέγιστη μεγέθυνση:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Αρχείο:</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Απόδοση:</translation>
    </message>
    <message>
        <source>This desk works with the municipality&apos;s server: the base map is the municipality&apos;s, the same on every desk, and is set at the server (civicdesk-admin map on the municipality&apos;s file there).</source>
        <translation>Αυτό το γκισέ δουλεύει με τον διακομιστή του δήμου: το υπόβαθρο χάρτη είναι του δήμου, το ίδιο σε κάθε γκισέ, και ορίζεται στον διακομιστή (civicdesk-admin map στο αρχείο του δήμου εκεί).</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n tile(s) shown</source>
        <translation>
            <numerusform>Προεπισκόπηση: φαίνεται %n πλακίδιο</numerusform>
            <numerusform>Προεπισκόπηση: φαίνονται %n πλακίδια</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>λείπει %n</numerusform>
            <numerusform>λείπουν %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview: fetching tiles…</source>
        <translation>Προεπισκόπηση: φέρνει πλακίδια…</translation>
    </message>
    <message>
        <source>This base map cannot be used: %1</source>
        <translation>Αυτό το υπόβαθρο χάρτη δεν μπορεί να χρησιμοποιηθεί: %1</translation>
    </message>
    <message>
        <source>Preview: the streets and districts of the municipality&apos;s file.</source>
        <translation>Προεπισκόπηση: οι δρόμοι και τα διαμερίσματα του αρχείου του δήμου.</translation>
    </message>
    <message>
        <source>&amp;Choose an image…</source>
        <translation>&amp;Επιλογή εικόνας…</translation>
    </message>
    <message>
        <source>Use the CivicDesk &amp;emblem</source>
        <translation>Χρήση του &amp;εμβλήματος του CivicDesk</translation>
    </message>
    <message>
        <source>Directorate of Citizen Services
City Hall, 1 Main Square</source>
        <translation>Διεύθυνση Εξυπηρέτησης Δημοτών
Δημαρχείο, Πλατεία Δημαρχείου 1</translation>
    </message>
    <message>
        <source>Logo, at the top right of a report&apos;s first page:</source>
        <translation>Λογότυπο, πάνω δεξιά στην πρώτη σελίδα μιας αναφοράς:</translation>
    </message>
    <message>
        <source>Lines under the municipality&apos;s name (at most four: the office, its address, a telephone):</source>
        <translation>Γραμμές κάτω από το όνομα του δήμου (έως τέσσερις: η υπηρεσία, η διεύθυνσή της, ένα τηλέφωνο):</translation>
    </message>
    <message>
        <source>The logo is kept in the municipality&apos;s file, so it prints the same after the image file has moved. Both are this desk&apos;s: each desk of a municipality that works with a server sets its own.</source>
        <translation>Το λογότυπο φυλάσσεται στο αρχείο του δήμου, έτσι τυπώνεται το ίδιο κι όταν το αρχείο της εικόνας μετακινηθεί. Και τα δύο ανήκουν σε αυτό το γκισέ: κάθε γκισέ ενός δήμου που δουλεύει με διακομιστή ορίζει τα δικά του.</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Επιλέξτε το λογότυπο</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif);;All files (*)</source>
        <translation>Εικόνες (*.png *.jpg *.jpeg *.svg *.bmp *.gif);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>At most four lines fit under the municipality&apos;s name; there are %1.</source>
        <translation>Κάτω από το όνομα του δήμου χωρούν έως τέσσερις γραμμές· είναι %1.</translation>
    </message>
    <message>
        <source>C&amp;heck the address</source>
        <translation>Έ&amp;λεγχος της διεύθυνσης</translation>
    </message>
    <message>
        <source>A CivicDesk server answers at this address.</source>
        <translation>Σε αυτή τη διεύθυνση απαντά διακομιστής CivicDesk.</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Διεύθυνση διακομιστή:</translation>
    </message>
    <message>
        <source>Municipality (code):</source>
        <translation>Δήμος (κωδικός):</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Όνομα χρήστη:</translation>
    </message>
    <message>
        <source>This desk works with the municipality&apos;s server and keeps its own copy of the data. If the server has moved to a new address, write it here: the desk checks that a CivicDesk server answers there and goes on with it, with the same user and the changes still waiting. To work as another user, use File → Sign out.</source>
        <translation>Αυτό το γκισέ δουλεύει με τον διακομιστή του δήμου και κρατά δικό του αντίγραφο των δεδομένων. Αν ο διακομιστής μετακινήθηκε σε νέα διεύθυνση, γράψτε την εδώ: το γκισέ ελέγχει ότι εκεί απαντά διακομιστής CivicDesk και συνεχίζει μαζί του, με τον ίδιο χρήστη και τις αλλαγές που ακόμη περιμένουν. Για να δουλέψετε ως άλλος χρήστης, επιλέξτε Αρχείο → Αποσύνδεση.</translation>
    </message>
    <message>
        <source>This desk works alone on its file. To work with the municipality&apos;s server instead, write the server&apos;s address, the municipality&apos;s code there and your user name: after OK you sign in, and the desk fetches its own copy of the municipality&apos;s data and keeps it in step (the same as starting it with --server, --tenant and --login). This file stays as it is.</source>
        <translation>Αυτό το γκισέ δουλεύει μόνο του στο αρχείο του. Για να δουλέψει με τον διακομιστή του δήμου, γράψτε τη διεύθυνση του διακομιστή, τον κωδικό του δήμου εκεί και το όνομα χρήστη σας: μετά το OK συνδέεστε, και το γκισέ φέρνει δικό του αντίγραφο των δεδομένων του δήμου και το κρατά ενημερωμένο (όπως η εκκίνηση με --server, --tenant και --login). Αυτό το αρχείο μένει ως έχει.</translation>
    </message>
    <message>
        <source>Write the municipality&apos;s code at the server and your user name as well.</source>
        <translation>Γράψτε επίσης τον κωδικό του δήμου στον διακομιστή και το όνομα χρήστη σας.</translation>
    </message>
    <message>
        <source>Aler&amp;ts</source>
        <translation>Ειδο&amp;ποιήσεις</translation>
    </message>
    <message>
        <source>&amp;My e-mail address:</source>
        <translation>Η &amp;διεύθυνση e-mail μου:</translation>
    </message>
    <message>
        <source>Send me my alerts by &amp;e-mail too</source>
        <translation>Στείλτε μου τις ειδοποιήσεις και με &amp;e-mail</translation>
    </message>
    <message>
        <source>The work given to you or to your crew, and the escalation ladder&apos;s alerts for your role, are always in the work queue&apos;s alert list, with a notification on the desktop. Ticked, each also comes by e-mail to the address above, sent by the municipality&apos;s mail server.</source>
        <translation>Η εργασία που ανατίθεται σε εσάς ή στο συνεργείο σας και οι ειδοποιήσεις κλιμάκωσης για τον ρόλο σας εμφανίζονται πάντα στη λίστα ειδοποιήσεων της ουράς εργασιών, με ειδοποίηση στην επιφάνεια εργασίας. Αν το επιλέξετε, η καθεμία έρχεται και με e-mail στην παραπάνω διεύθυνση, από τον διακομιστή αλληλογραφίας του δήμου.</translation>
    </message>
    <message>
        <source>&amp;Messages to citizens</source>
        <translation>&amp;Μηνύματα προς πολίτες</translation>
    </message>
</context>
<context>
    <name>CivicDesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Συντομεύσεις πληκτρολογίου</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Πλήκτρα</translation>
    </message>
    <message>
        <source>Take the highlighted match (type, address)</source>
        <translation>Επιλογή της επισημασμένης πρότασης (είδος, διεύθυνση)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Move through the matches</source>
        <translation>Μετακίνηση στις προτάσεις</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Πάνω, Κάτω</translation>
    </message>
    <message>
        <source>Close the matches</source>
        <translation>Κλείσιμο των προτάσεων</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>File the new request</source>
        <translation>Καταχώριση του νέου αιτήματος</translation>
    </message>
    <message>
        <source>Join the highlighted nearby request</source>
        <translation>Προσθήκη στο επισημασμένο κοντινό αίτημα</translation>
    </message>
    <message>
        <source>Choose among the nearby requests</source>
        <translation>Επιλογή ανάμεσα στα κοντινά αιτήματα</translation>
    </message>
    <message>
        <source>Alt+Up, Alt+Down</source>
        <translation>Alt+Πάνω, Alt+Κάτω</translation>
    </message>
    <message>
        <source>Next field, previous field</source>
        <translation>Επόμενο πεδίο, προηγούμενο πεδίο</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Go to a field</source>
        <translation>Μετάβαση σε πεδίο</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + το υπογραμμισμένο γράμμα</translation>
    </message>
</context>
<context>
    <name>CivicDesk::SignInDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>Νέα σύνδεση</translation>
    </message>
    <message>
        <source>Sign in to the server</source>
        <translation>Σύνδεση στον διακομιστή</translation>
    </message>
    <message>
        <source>The server asks %1 to sign in again. Changes made meanwhile are kept and sent afterwards.</source>
        <translation>Ο διακομιστής ζητά από τον/την %1 να συνδεθεί ξανά. Οι αλλαγές που έγιναν στο μεταξύ φυλάσσονται και στέλνονται μετά.</translation>
    </message>
    <message>
        <source>municipality code, such as ATH</source>
        <translation>κωδικός δήμου, όπως ATH</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Διακομιστής:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Δήμος:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Χρήστης:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Σύνδεση</translation>
    </message>
    <message>
        <source>Fill in the server, the municipality, the user and the password.</source>
        <translation>Συμπληρώστε τον διακομιστή, τον δήμο, τον χρήστη και τον κωδικό πρόσβασης.</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 από %2 MB</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>όλα</translation>
    </message>
    <message>
        <source> months</source>
        <translation> μήνες</translation>
    </message>
    <message>
        <source>This desk keeps every open request, its department&apos;s, and those changed in these last months; an older one is fetched from the server when it is looked for.</source>
        <translation>Αυτό το γραφείο κρατά κάθε ανοιχτό αίτημα, όσα είναι της υπηρεσίας του και όσα άλλαξαν αυτούς τους τελευταίους μήνες· ένα παλαιότερο ανακτάται από τον διακομιστή όταν αναζητηθεί.</translation>
    </message>
    <message>
        <source>&amp;Requests kept here:</source>
        <translation>Αιτήματα που φυλάσσονται &amp;εδώ:</translation>
    </message>
</context>
<context>
    <name>CivicDesk::SyncStatus</name>
    <message>
        <source>Filing a request</source>
        <translation>Καταχώριση αιτήματος</translation>
    </message>
    <message>
        <source>Adding a caller to a request</source>
        <translation>Προσθήκη καλούντος σε αίτημα</translation>
    </message>
    <message>
        <source>Changing a status</source>
        <translation>Αλλαγή κατάστασης</translation>
    </message>
    <message>
        <source>Routing to a department</source>
        <translation>Δρομολόγηση σε υπηρεσία</translation>
    </message>
    <message>
        <source>Assigning a crew</source>
        <translation>Ανάθεση σε συνεργείο</translation>
    </message>
    <message>
        <source>Adding a note</source>
        <translation>Προσθήκη σημείωσης</translation>
    </message>
    <message>
        <source>Marking a duplicate</source>
        <translation>Σήμανση διπλότυπου</translation>
    </message>
    <message>
        <source>Recording satisfaction</source>
        <translation>Καταγραφή ικανοποίησης</translation>
    </message>
    <message>
        <source>Saving a citizen</source>
        <translation>Αποθήκευση πολίτη</translation>
    </message>
    <message>
        <source>Merging citizens</source>
        <translation>Συγχώνευση πολιτών</translation>
    </message>
    <message>
        <source>Recording a call</source>
        <translation>Καταγραφή κλήσης</translation>
    </message>
    <message>
        <source>Update this desk: the server is newer</source>
        <translation>Ενημερώστε αυτό το γραφείο: ο διακομιστής είναι νεότερος</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Νέα σύνδεση</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Συνδεδεμένο</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Εκτός σύνδεσης</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>όλα στάλθηκαν</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n σε αναμονή</numerusform>
            <numerusform>%n σε αναμονή</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n απορρίφθηκε</numerusform>
            <numerusform>%n απορρίφθηκαν</numerusform>
        </translation>
    </message>
    <message>
        <source>Last brought up to date at %1.</source>
        <translation>Τελευταία ενημέρωση στις %1.</translation>
    </message>
    <message>
        <source>Not brought up to date since the desk started.</source>
        <translation>Δεν ενημερώθηκε από την εκκίνηση του γραφείου.</translation>
    </message>
    <message>
        <source>The server has refused none of this desk&apos;s changes.</source>
        <translation>Ο διακομιστής δεν έχει απορρίψει καμία αλλαγή αυτού του γραφείου.</translation>
    </message>
    <message>
        <source>These changes were made here while the server&apos;s data said otherwise; they are undone on this desk.
Do again what still needs doing.</source>
        <translation>Αυτές οι αλλαγές έγιναν εδώ ενώ τα δεδομένα του διακομιστή έλεγαν άλλα· αναιρέθηκαν σε αυτό το γραφείο.
Ξανακάντε ό,τι χρειάζεται ακόμη.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Αλλαγή</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Γιατί</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n διένεξη</numerusform>
            <numerusform>%n διενέξεις</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes the server refused, and conflicts</source>
        <translation>Αλλαγές που απέρριψε ο διακομιστής, και διενέξεις</translation>
    </message>
    <message>
        <source>Citizens&apos; details edited at two desks from the same version: the later edit stands; the other is kept here. Copy back what it should have changed.</source>
        <translation>Στοιχεία πολιτών που επεξεργάστηκαν σε δύο γραφεία από την ίδια έκδοση: ισχύει η μεταγενέστερη επεξεργασία· η άλλη φυλάσσεται εδώ. Μεταφέρετε ό,τι έπρεπε να αλλάξει.</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Πολίτης</translation>
    </message>
    <message>
        <source>Stands</source>
        <translation>Ισχύει</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Παραμερίστηκε</translation>
    </message>
    <message>
        <source>your edit</source>
        <translation>η δική σας επεξεργασία</translation>
    </message>
    <message>
        <source>another desk&apos;s edit</source>
        <translation>η επεξεργασία άλλου γραφείου</translation>
    </message>
    <message>
        <source>yours: </source>
        <translation>δική σας: </translation>
    </message>
    <message>
        <source>theirs: </source>
        <translation>άλλου: </translation>
    </message>
    <message>
        <source>The server is older than this desk: it must be updated</source>
        <translation>Ο διακομιστής είναι παλαιότερος από αυτό το γραφείο: πρέπει να ενημερωθεί</translation>
    </message>
    <message>
        <source>Online, not in step</source>
        <translation>Συνδεδεμένο, χωρίς ενημέρωση</translation>
    </message>
    <message>
        <source>The server&apos;s data was replaced: click to start again from it</source>
        <translation>Τα δεδομένα του διακομιστή αντικαταστάθηκαν: πατήστε για νέα αρχή από αυτά</translation>
    </message>
</context>
<context>
    <name>CivicDesk::TemplatesDialog</name>
    <message>
        <source>Messages to citizens</source>
        <translation>Μηνύματα προς τους πολίτες</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Empty: the text above, as HTML</source>
        <translation>Κενό: το παραπάνω κείμενο, ως HTML</translation>
    </message>
    <message>
        <source>Insert a placeholder…</source>
        <translation>Εισαγωγή πεδίου…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Γλώσσα:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Κανάλι:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Θέμα:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Κείμενο:</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Προεπισκόπηση:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Αποθήκευση</translation>
    </message>
    <message>
        <source>&amp;Restore CivicDesk&apos;s words</source>
        <translation>&amp;Επαναφορά του κειμένου του CivicDesk</translation>
    </message>
    <message>
        <source>Only an administrator changes these words; you can read them here.</source>
        <translation>Μόνο ένας διαχειριστής αλλάζει αυτά τα κείμενα· εδώ μπορείτε να τα διαβάσετε.</translation>
    </message>
    <message>
        <source>This file is open read-only: the templates can be read, not changed.</source>
        <translation>Το αρχείο είναι ανοιχτό μόνο για ανάγνωση: τα πρότυπα διαβάζονται, δεν αλλάζουν.</translation>
    </message>
    <message numerus="yes">
        <source>%1 characters · %n SMS (%2)</source>
        <translation>
            <numerusform>%1 χαρακτήρες · %n SMS (%2)</numerusform>
            <numerusform>%1 χαρακτήρες · %n SMS (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>GSM 7-bit</source>
        <translation>GSM 7-bit</translation>
    </message>
    <message>
        <source>Unicode: 70 characters in one SMS, 67 in each of several</source>
        <translation>Unicode: 70 χαρακτήρες σε ένα SMS, 67 στο καθένα όταν είναι περισσότερα</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Θέμα:</translation>
    </message>
    <message>
        <source>E-mail: the text and its HTML are both sent; the reader&apos;s program shows one.</source>
        <translation>E-mail: στέλνονται και το κείμενο και το HTML του· το πρόγραμμα του παραλήπτη δείχνει το ένα.</translation>
    </message>
    <message>
        <source>CivicDesk&apos;s own words.</source>
        <translation>Το κείμενο του CivicDesk.</translation>
    </message>
    <message>
        <source>Written for the municipality on %1.</source>
        <translation>Γράφτηκε για τον δήμο στις %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) changed and not saved. Close and lose the changes?</source>
        <translation>
            <numerusform>%n πρότυπο άλλαξε και δεν αποθηκεύτηκε. Κλείσιμο με απώλεια της αλλαγής;</numerusform>
            <numerusform>%n πρότυπα άλλαξαν και δεν αποθηκεύτηκαν. Κλείσιμο με απώλεια των αλλαγών;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::UserChooser</name>
    <message>
        <source>Who is working at this desk?</source>
        <translation>Ποιος εργάζεται σε αυτό το γκισέ;</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Χρήστες</translation>
    </message>
    <message>
        <source>This desk works without a server: choose who you are. What you do is recorded under this name.</source>
        <translation>Αυτό το γκισέ λειτουργεί χωρίς διακομιστή: επιλέξτε ποιος είστε. Ό,τι κάνετε καταγράφεται με αυτό το όνομα.</translation>
    </message>
    <message>
        <source>Type part of a name, role or department</source>
        <translation>Πληκτρολογήστε μέρος ονόματος, ρόλου ή τμήματος</translation>
    </message>
    <message>
        <source>Find a user</source>
        <translation>Εύρεση χρήστη</translation>
    </message>
    <message>
        <source>No one: the desk does not open.</source>
        <translation>Κανείς: ο σταθμός δεν ανοίγει.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Οδηγός χρήσης</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Πί&amp;σω</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Περιεχόμενα</translation>
    </message>
</context>
<context>
    <name>CivicDesk::WorkQueueModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 ημ %2 ώ</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ώ %2 λ</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 λ</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 καθυστέρηση</translation>
    </message>
    <message>
        <source>escalated %1×</source>
        <translation>κλιμακώθηκε %1×</translation>
    </message>
    <message>
        <source> (recurring)</source>
        <translation> (επαναλαμβανόμενο)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Προτεραιότητα</translation>
    </message>
    <message>
        <source>Deadline · time left</source>
        <translation>Προθεσμία · υπόλοιπο</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ηλικία</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Διεύθυνση</translation>
    </message>
    <message>
        <source>Reporters</source>
        <translation>Αναφέροντες</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>Αρ. πρωτοκόλλου</translation>
    </message>
    <message>
        <source>Reporter accuracy</source>
        <translation>Ακρίβεια αναφέροντος</translation>
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
    <message>
        <source>A call from NUMBER: hand it to the running desk (or start one) and show the caller.</source>
        <translation>Κλήση από τον ΑΡΙΘΜΟ: παραδίδεται στο ανοιχτό γκισέ (ή ανοίγει ένα) και εμφανίζεται ο καλών.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>ΑΡΙΘΜΟΣ</translation>
    </message>
    <message>
        <source>Another desk of this user takes the incoming calls.</source>
        <translation>Άλλο γκισέ αυτού του χρήστη δέχεται τις εισερχόμενες κλήσεις.</translation>
    </message>
    <message>
        <source>Work as this user (user name) without being asked.</source>
        <translation>Εργασία ως αυτός ο χρήστης (όνομα χρήστη) χωρίς ερώτηση.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ΟΝΟΜΑ</translation>
    </message>
    <message>
        <source>Work with the municipality&apos;s server at URL: signs in, fetches the data on first use, keeps it in step.</source>
        <translation>Εργασία με τον διακομιστή του δήμου στο URL: σύνδεση, λήψη των δεδομένων την πρώτη φορά, συνεχής ενημέρωση.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The municipality&apos;s code on the server.</source>
        <translation>Ο κωδικός του δήμου στον διακομιστή.</translation>
    </message>
    <message>
        <source>The user who signs in to the server.</source>
        <translation>Ο χρήστης που συνδέεται στον διακομιστή.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>ΧΡΗΣΤΗΣ</translation>
    </message>
    <message>
        <source>The running desk did not take the call.</source>
        <translation>Ο σταθμός που εκτελείται δεν δέχτηκε την κλήση.</translation>
    </message>
    <message>
        <source>A database file to open, as --db (a double click on a .civicdesk file).</source>
        <translation>Ένα αρχείο βάσης δεδομένων για άνοιγμα, όπως με --db (διπλό κλικ σε αρχείο .civicdesk).</translation>
    </message>
</context>
</TS>
