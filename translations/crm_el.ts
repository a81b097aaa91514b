<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Αποθήκευση</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Ακύρωση</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Κλείσιμο</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Κλείσιμο χωρίς αποθήκευση</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Αποθήκευση όλων</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ναι</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ναι σε ό&amp;λα</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>Ό&amp;χι</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Όχι σε &amp;όλα</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Διακοπή</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Επανάληψη</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Παράβλεψη</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Απόρριψη</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Βοήθεια</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Εφαρμογή</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Επαναφορά προεπιλογών</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Πίσω</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Επόμενο &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Τέλος</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Υποβολή</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
</context>
<context>
    <name>crm::cli::ActivityCommands</name>
    <message>
        <source>looking up the id: %1</source>
        <translation>αναζήτηση του αναγνωριστικού: %1</translation>
    </message>
    <message>
        <source>no activity with id %1</source>
        <translation>δεν υπάρχει δραστηριότητα με αναγνωριστικό %1</translation>
    </message>
    <message>
        <source>the id prefix %1 matches several activities; give more digits</source>
        <translation>το πρόθεμα %1 αντιστοιχεί σε πολλές δραστηριότητες· δώστε περισσότερα ψηφία</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; write it as YYYY-MM-DDTHH:MM (local time), with Z or +HH:MM for another zone, or YYYY-MM-DD</source>
        <translation>το «%1» δεν είναι ημερομηνία και ώρα· γράψτε το ως YYYY-MM-DDTHH:MM (τοπική ώρα), με Z ή +HH:MM για άλλη ζώνη, ή YYYY-MM-DD</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Λήξη</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Ζώνη ώρας</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Συμφωνία</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Τοποθεσία</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>activity add: give --kind and --subject (see crm-cli activity add --help)</source>
        <translation>activity add: δώστε --kind και --subject (δείτε crm-cli activity add --help)</translation>
    </message>
    <message>
        <source>activity add: --kind: “%1” is not one of %2</source>
        <translation>activity add: --kind: το «%1» δεν είναι ένα από τα %2</translation>
    </message>
    <message>
        <source>activity add: give --due or --start, not both</source>
        <translation>activity add: δώστε --due ή --start, όχι και τα δύο</translation>
    </message>
    <message>
        <source>activity add: --end needs --start</source>
        <translation>activity add: το --end χρειάζεται --start</translation>
    </message>
    <message>
        <source>activity add: --reminder: “%1” is not a number of minutes</source>
        <translation>activity add: --reminder: το «%1» δεν είναι αριθμός λεπτών</translation>
    </message>
    <message>
        <source>activity add: --deal: give the deal&apos;s full id</source>
        <translation>activity add: --deal: δώστε το πλήρες αναγνωριστικό της συμφωνίας</translation>
    </message>
    <message>
        <source>activity list: give one of --overdue, --today and --week, not several</source>
        <translation>activity list: δώστε ένα από τα --overdue, --today και --week, όχι περισσότερα</translation>
    </message>
    <message>
        <source>activity %1 is deleted</source>
        <translation>η δραστηριότητα %1 έχει διαγραφεί</translation>
    </message>
    <message>
        <source>%1 created, %2 updated</source>
        <translation>δημιουργήθηκαν %1, ενημερώθηκαν %2</translation>
    </message>
    <message>
        <source>ics export: give -o FILE (or --output FILE)</source>
        <translation>ics export: δώστε -o FILE (ή --output FILE)</translation>
    </message>
</context>
<context>
    <name>crm::cli::ArgumentParser</name>
    <message>
        <source>(see crm-cli %1 --help)</source>
        <translation>(δείτε crm-cli %1 --help)</translation>
    </message>
    <message>
        <source>unknown option %1 %2</source>
        <translation>άγνωστη επιλογή %1 %2</translation>
    </message>
    <message>
        <source>unknown option --%1 %2</source>
        <translation>άγνωστη επιλογή --%1 %2</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>το --%1 δίνεται περισσότερες από μία φορές</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>το --%1 δεν δέχεται τιμή</translation>
    </message>
    <message>
        <source>--%1: missing value (%2)</source>
        <translation>--%1: λείπει η τιμή (%2)</translation>
    </message>
    <message>
        <source>missing %1 %2</source>
        <translation>λείπει %1 %2</translation>
    </message>
    <message>
        <source>unexpected argument “%1” %2</source>
        <translation>μη αναμενόμενο όρισμα «%1» %2</translation>
    </message>
</context>
<context>
    <name>crm::cli::BulkCommands</name>
    <message>
        <source>“%1” is not FIELD=VALUE</source>
        <translation>το «%1» δεν είναι FIELD=VALUE</translation>
    </message>
    <message>
        <source>bulk: give one of --set, --add-tag, --remove-tag, --owner or --delete</source>
        <translation>bulk: δώστε ένα από τα --set, --add-tag, --remove-tag, --owner ή --delete</translation>
    </message>
    <message>
        <source>“%1” is not contacts, companies or deals</source>
        <translation>το «%1» δεν είναι contacts, companies ή deals</translation>
    </message>
    <message>
        <source>bulk: give one of --ids, --search or --all</source>
        <translation>bulk: δώστε ένα από τα --ids, --search ή --all</translation>
    </message>
    <message>
        <source>no such field; the fields are: %1</source>
        <translation>δεν υπάρχει τέτοιο πεδίο· τα πεδία είναι: %1</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Λειτουργία</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Αντιστοιχίες</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Άλλαξαν</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Δοκιμαστική εκτέλεση</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Επεξεργασία</translation>
    </message>
    <message>
        <source>bulk undo: “%1” is not a bulk edit number (see crm-cli bulk list)</source>
        <translation>bulk undo: το «%1» δεν είναι αριθμός μαζικής επεξεργασίας (δείτε crm-cli bulk list)</translation>
    </message>
    <message numerus="yes">
        <source>Bulk edit %1 undone: %n record(s) put back.</source>
        <translation>
            <numerusform>Η μαζική επεξεργασία %1 αναιρέθηκε: επαναφέρθηκε %n εγγραφή.</numerusform>
            <numerusform>Η μαζική επεξεργασία %1 αναιρέθηκε: επαναφέρθηκαν %n εγγραφές.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk edit %1 undone: %2 put back; %n left as they were changed after it: %3</source>
        <translation>
            <numerusform>Η μαζική επεξεργασία %1 αναιρέθηκε: επαναφέρθηκαν %2· %n εγγραφή έμεινε ως είχε, επειδή άλλαξε μετά από αυτήν: %3</numerusform>
            <numerusform>Η μαζική επεξεργασία %1 αναιρέθηκε: επαναφέρθηκαν %2· %n εγγραφές έμειναν ως είχαν, επειδή άλλαξαν μετά από αυτήν: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Έναρξη (UTC)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Λίστα</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Έμειναν</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
</context>
<context>
    <name>crm::cli::CommandDispatcher</name>
    <message>
        <source>Usage: crm-cli [--database PATH] [--format table|csv|json] COMMAND [ARGUMENTS]</source>
        <translation>Χρήση: crm-cli [--database PATH] [--format table|csv|json] COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Contacts and companies of the CRM from the command line.</source>
        <translation>Επαφές και εταιρείες του CRM από τη γραμμή εντολών.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Εντολές:</translation>
    </message>
    <message>
        <source>Options (before or after the command):</source>
        <translation>Επιλογές (πριν ή μετά την εντολή):</translation>
    </message>
    <message>
        <source>show this help; crm-cli COMMAND --help for one command</source>
        <translation>εμφάνιση αυτής της βοήθειας· crm-cli COMMAND --help για μία εντολή</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>εμφάνιση της έκδοσης</translation>
    </message>
    <message>
        <source>The database is %1 unless --database or $CRM_DATABASE names another file; only the add commands create a missing one.</source>
        <translation>Η βάση δεδομένων είναι %1, εκτός αν το --database ή το $CRM_DATABASE ορίζει άλλο αρχείο· μόνο οι εντολές add δημιουργούν μια βάση που λείπει.</translation>
    </message>
    <message>
        <source>An ID is the full id or a unique prefix of at least 8 of its hex digits.</source>
        <translation>Ένα ID είναι το πλήρες αναγνωριστικό ή ένα μοναδικό πρόθεμα τουλάχιστον 8 δεκαεξαδικών ψηφίων του.</translation>
    </message>
    <message>
        <source>Formats: table (aligned columns; show prints &quot;Field: value&quot; lines), csv (RFC 4180, header row, UTF-8) and json (an array of objects; one object for show).</source>
        <translation>Μορφές: table (στοιχισμένες στήλες· το show τυπώνει γραμμές &quot;Πεδίο: τιμή&quot;), csv (RFC 4180, γραμμή κεφαλίδων, UTF-8) και json (πίνακας αντικειμένων· ένα αντικείμενο για το show).</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure (not found, invalid value, database refused), 2 wrong usage. Errors are one line on stderr.</source>
        <translation>Κωδικός εξόδου: 0 επιτυχία, 1 αποτυχία (δεν βρέθηκε, μη έγκυρη τιμή, άρνηση της βάσης δεδομένων), 2 λάθος χρήση. Τα σφάλματα είναι μία γραμμή στο stderr.</translation>
    </message>
    <message>
        <source>Usage: crm-cli %1 SUBCOMMAND [ARGUMENTS]</source>
        <translation>Χρήση: crm-cli %1 SUBCOMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Υποεντολές:</translation>
    </message>
    <message>
        <source>crm-cli %1 SUBCOMMAND --help describes its options.</source>
        <translation>Το crm-cli %1 SUBCOMMAND --help περιγράφει τις επιλογές της.</translation>
    </message>
    <message>
        <source> [OPTIONS]</source>
        <translation> [OPTIONS]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Χρήση: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Επιλογές:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Γενικές επιλογές:</translation>
    </message>
    <message>
        <source>ID is the full id or a unique prefix of at least 8 of its hex digits.</source>
        <translation>Το ID είναι το πλήρες αναγνωριστικό ή ένα μοναδικό πρόθεμα τουλάχιστον 8 δεκαεξαδικών ψηφίων του.</translation>
    </message>
    <message>
        <source>--%1: missing value</source>
        <translation>--%1: λείπει η τιμή</translation>
    </message>
    <message>
        <source>unknown option %1 (see crm-cli --help)</source>
        <translation>άγνωστη επιλογή %1 (δείτε crm-cli --help)</translation>
    </message>
    <message>
        <source>no command given (see crm-cli --help)</source>
        <translation>δεν δόθηκε εντολή (δείτε crm-cli --help)</translation>
    </message>
    <message>
        <source>help: unknown command “%1” (see crm-cli --help)</source>
        <translation>help: άγνωστη εντολή «%1» (δείτε crm-cli --help)</translation>
    </message>
    <message>
        <source>%1: missing subcommand (%2)</source>
        <translation>%1: λείπει η υποεντολή (%2)</translation>
    </message>
    <message>
        <source>%1: unknown subcommand “%2” (%3)</source>
        <translation>%1: άγνωστη υποεντολή «%2» (%3)</translation>
    </message>
    <message>
        <source>unknown command “%1” (see crm-cli --help)</source>
        <translation>άγνωστη εντολή «%1» (δείτε crm-cli --help)</translation>
    </message>
    <message>
        <source>--format: unknown format “%1”; use table, csv or json</source>
        <translation>--format: άγνωστη μορφή «%1»· χρησιμοποιήστε table, csv ή json</translation>
    </message>
    <message>
        <source>--database: the path is empty</source>
        <translation>--database: η διαδρομή είναι κενή</translation>
    </message>
</context>
<context>
    <name>crm::cli::CommandSupport</name>
    <message>
        <source>--limit: “%1” is not a positive number</source>
        <translation>--limit: το «%1» δεν είναι θετικός αριθμός</translation>
    </message>
    <message>
        <source>--delimiter: “%1” is not comma, semicolon or tab</source>
        <translation>--delimiter: το «%1» δεν είναι comma, semicolon ή tab</translation>
    </message>
</context>
<context>
    <name>crm::cli::CompanyCommands</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Επωνυμία</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Κλάδος</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Ιστότοπος</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Οδός</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Ταχυδρομικός κώδικας</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Ορατότητα</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργία</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Ενημέρωση</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>company add: give --name (see crm-cli company add --help)</source>
        <translation>company add: δώστε --name (δείτε crm-cli company add --help)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Επαφές</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Θέση</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>company edit: nothing to change; give the fields to change (see crm-cli company edit --help)</source>
        <translation>company edit: τίποτα προς αλλαγή· δώστε τα πεδία που αλλάζουν (δείτε crm-cli company edit --help)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Ετικέτες</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Προσαρμοσμένα πεδία</translation>
    </message>
    <message>
        <source>unknown status “%1”; use lead, prospect, customer or former</source>
        <translation>άγνωστη κατάσταση «%1»· χρησιμοποιήστε lead, prospect, customer ή former</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
</context>
<context>
    <name>crm::cli::ContactCommands</name>
    <message>
        <source>unknown label “%1”; use work, mobile, home or other</source>
        <translation>άγνωστος τύπος «%1»· χρησιμοποιήστε work, mobile, home ή other</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address</source>
        <translation>το «%1» δεν είναι έγκυρη διεύθυνση email</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>το «%1» δεν είναι αριθμός τηλεφώνου</translation>
    </message>
    <message>
        <source>unknown status “%1”; use lead, prospect, customer or former</source>
        <translation>άγνωστη κατάσταση «%1»· χρησιμοποιήστε lead, prospect, customer ή former</translation>
    </message>
    <message>
        <source>a tag cannot be empty</source>
        <translation>μια ετικέτα δεν μπορεί να είναι κενή</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address of this contact</source>
        <translation>το «%1» δεν είναι διεύθυνση email αυτής της επαφής</translation>
    </message>
    <message>
        <source>“%1” is not a phone number of this contact</source>
        <translation>το «%1» δεν είναι αριθμός τηλεφώνου αυτής της επαφής</translation>
    </message>
    <message>
        <source>“%1” is not a tag of this contact</source>
        <translation>το «%1» δεν είναι ετικέτα αυτής της επαφής</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Θέση</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>ID εταιρείας</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Τηλέφωνα</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Ετικέτες</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Γενέθλια</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Οδός</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Ταχυδρομικός κώδικας</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Προέλευση</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Ορατότητα</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργία</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Ενημέρωση</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>contact add: give --first-name or --last-name (see crm-cli contact add --help)</source>
        <translation>contact add: δώστε --first-name ή --last-name (δείτε crm-cli contact add --help)</translation>
    </message>
    <message>
        <source>contact edit: nothing to change; give the fields to change (see crm-cli contact edit --help)</source>
        <translation>contact edit: τίποτα προς αλλαγή· δώστε τα πεδία που αλλάζουν (δείτε crm-cli contact edit --help)</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Προσαρμοσμένα πεδία</translation>
    </message>
</context>
<context>
    <name>crm::cli::DealCommands</name>
    <message>
        <source>looking up the id: %1</source>
        <translation>αναζήτηση του αναγνωριστικού: %1</translation>
    </message>
    <message>
        <source>no deal with id %1</source>
        <translation>δεν υπάρχει συμφωνία με αναγνωριστικό %1</translation>
    </message>
    <message>
        <source>the id prefix %1 matches several deals; give more digits</source>
        <translation>το πρόθεμα %1 αντιστοιχεί σε πολλές συμφωνίες· δώστε περισσότερα ψηφία</translation>
    </message>
    <message>
        <source>there is no pipeline</source>
        <translation type="vanished">δεν υπάρχει ροή πωλήσεων</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD</source>
        <translation>το «%1» δεν είναι ημερομηνία· γράψτε το ως YYYY-MM-DD</translation>
    </message>
    <message>
        <source>“%1” is not a whole number from 0 to 100</source>
        <translation>το «%1» δεν είναι ακέραιος από 0 έως 100</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Ροή πωλήσεων</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Στάδιο</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Έκβαση</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Σταθμισμένο</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Ημέρες στο στάδιο</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Στάσιμη</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Λόγος απώλειας</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργία</translation>
    </message>
    <message>
        <source>deal add: give --title, --amount and --currency (see crm-cli deal add --help)</source>
        <translation>deal add: δώστε --title, --amount και --currency (δείτε crm-cli deal add --help)</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use one like EUR, USD or PLN</source>
        <translation>το «%1» δεν είναι κωδικός νομίσματος· χρησιμοποιήστε π.χ. EUR, USD ή PLN</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>το ποσό δεν μπορεί να είναι αρνητικό</translation>
    </message>
    <message>
        <source>a deal needs a title</source>
        <translation>μια συμφωνία χρειάζεται τίτλο</translation>
    </message>
    <message>
        <source>deal move: give --stage (see crm-cli deal move --help)</source>
        <translation>deal move: δώστε --stage (δείτε crm-cli deal move --help)</translation>
    </message>
    <message>
        <source>a lost deal needs the reason; use crm-cli deal lost %1 --reason TEXT</source>
        <translation>μια χαμένη συμφωνία χρειάζεται λόγο· χρησιμοποιήστε crm-cli deal lost %1 --reason TEXT</translation>
    </message>
    <message>
        <source>deal lost: give --reason: why the deal was lost (see crm-cli deal lost --help)</source>
        <translation>deal lost: δώστε --reason: γιατί χάθηκε η συμφωνία (δείτε crm-cli deal lost --help)</translation>
    </message>
    <message>
        <source>a lost deal needs the reason it was lost</source>
        <translation>μια χαμένη συμφωνία χρειάζεται τον λόγο απώλειας</translation>
    </message>
</context>
<context>
    <name>crm::cli::DedupCommands</name>
    <message>
        <source>--kind: “%1” is not contact or company</source>
        <translation>--kind: το «%1» δεν είναι contact ή company</translation>
    </message>
    <message>
        <source>--min-score: “%1” is not a number from 0 to 1</source>
        <translation>--min-score: το «%1» δεν είναι αριθμός από 0 έως 1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Βαθμολογία</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Εγγραφή</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Γιατί</translation>
    </message>
    <message>
        <source>--field: “%1” is not NAME=ID</source>
        <translation>--field: το «%1» δεν είναι NAME=ID</translation>
    </message>
    <message>
        <source>%1 is a %2 and %3 a %4: only records of one kind merge</source>
        <translation>το %1 είναι %2 και το %3 %4: συγχωνεύονται μόνο εγγραφές του ίδιου είδους</translation>
    </message>
    <message>
        <source>--field: unknown field “%1” (one of %2)</source>
        <translation>--field: άγνωστο πεδίο «%1» (ένα από %2)</translation>
    </message>
    <message>
        <source>no merge with id %1</source>
        <translation>δεν υπάρχει συγχώνευση με id %1</translation>
    </message>
    <message>
        <source>%1 names more than one merge</source>
        <translation>το %1 αντιστοιχεί σε περισσότερες από μία συγχωνεύσεις</translation>
    </message>
    <message>
        <source>Merge %1 undone.</source>
        <translation>Η συγχώνευση %1 αναιρέθηκε.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Δεν επαναφέρθηκε: %1</translation>
    </message>
</context>
<context>
    <name>crm::cli::ExportCommands</name>
    <message>
        <source>--format: unknown format “%1”; use csv or vcard</source>
        <translation>--format: άγνωστη μορφή «%1»· χρησιμοποιήστε csv ή vcard</translation>
    </message>
    <message>
        <source>-o/--output: the file to write is required</source>
        <translation>-o/--output: απαιτείται το αρχείο προς εγγραφή</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>δεν είναι δυνατή η εγγραφή του %1: %2</translation>
    </message>
    <message>
        <source>%1 exported to %2.</source>
        <translation>Εξαγωγή στο %2: %1.</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 επαφή</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 επαφές</translation>
    </message>
</context>
<context>
    <name>crm::cli::FieldCommands</name>
    <message>
        <source>“%1” is not contact, company or deal</source>
        <translation>το «%1» δεν είναι contact, company ή deal</translation>
    </message>
    <message>
        <source>“%1” is not a type; use one of %2</source>
        <translation>το «%1» δεν είναι τύπος· χρησιμοποιήστε ένα από %2</translation>
    </message>
    <message>
        <source>use yes or no</source>
        <translation>χρησιμοποιήστε yes ή no</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Οντότητα</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Κλειδί</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Ετικέτα</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Υποχρεωτικό</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Επιλογές</translation>
    </message>
    <message>
        <source>“%1” is not KEY=VALUE</source>
        <translation>το «%1» δεν είναι KEY=VALUE</translation>
    </message>
    <message>
        <source>field add: give --entity, --key and --label (see crm-cli field add --help)</source>
        <translation>field add: δώστε --entity, --key και --label (βλ. crm-cli field add --help)</translation>
    </message>
</context>
<context>
    <name>crm::cli::Help</name>
    <message>
        <source>the database file</source>
        <translation>το αρχείο της βάσης δεδομένων</translation>
    </message>
    <message>
        <source>output format (default: table)</source>
        <translation>μορφή εξόδου (προεπιλογή: table)</translation>
    </message>
    <message>
        <source> (repeatable)</source>
        <translation> (επαναλαμβανόμενο)</translation>
    </message>
    <message>
        <source>name of the company</source>
        <translation>επωνυμία της εταιρείας</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>κλάδος</translation>
    </message>
    <message>
        <source>web address (example.lv or https://example.lv)</source>
        <translation>διεύθυνση ιστού (example.lv ή https://example.lv)</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>αριθμός τηλεφώνου</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>διεύθυνση (οδός)</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>ταχυδρομικός κώδικας</translation>
    </message>
    <message>
        <source>city</source>
        <translation>πόλη</translation>
    </message>
    <message>
        <source>country</source>
        <translation>χώρα</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>σημειώσεις</translation>
    </message>
    <message>
        <source>who may see the company (default: team)</source>
        <translation>ποιος μπορεί να βλέπει την εταιρεία (προεπιλογή: team)</translation>
    </message>
    <message>
        <source>print at most N companies</source>
        <translation>εμφάνιση έως N εταιρειών</translation>
    </message>
    <message>
        <source>Add a company and print its id.</source>
        <translation>Προσθήκη εταιρείας και εμφάνιση του αναγνωριστικού της.</translation>
    </message>
    <message>
        <source>Example:
  crm-cli company add --name &quot;SIA Koks&quot; --website koks.lv --phone &quot;+371 6700 0000&quot; --city Rīga --country Latvia</source>
        <translation>Παράδειγμα:
  crm-cli company add --name &quot;SIA Koks&quot; --website koks.lv --phone &quot;+371 6700 0000&quot; --city Rīga --country Latvia</translation>
    </message>
    <message>
        <source>List the companies (not the deleted ones) by name.</source>
        <translation>Λίστα των εταιρειών (όχι των διαγραμμένων) κατά επωνυμία.</translation>
    </message>
    <message>
        <source>Show every field of a company and its contacts.</source>
        <translation>Εμφάνιση όλων των πεδίων μιας εταιρείας και των επαφών της.</translation>
    </message>
    <message>
        <source>Change the fields given; the others stay.</source>
        <translation>Αλλαγή των πεδίων που δίνονται· τα υπόλοιπα μένουν ως έχουν.</translation>
    </message>
    <message>
        <source>Delete a company (softly: company restore brings it back). Its contacts stay.</source>
        <translation>Διαγραφή εταιρείας (αναστρέψιμα: το company restore την επαναφέρει). Οι επαφές της παραμένουν.</translation>
    </message>
    <message>
        <source>Bring a deleted company back.</source>
        <translation>Επαναφορά διαγραμμένης εταιρείας.</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>όνομα</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>επώνυμο</translation>
    </message>
    <message>
        <source>e-mail address, repeatable; LABEL is work (default), mobile, home or other; in edit it replaces all e-mails (--email &quot;&quot; removes them)</source>
        <translation>διεύθυνση email, επαναλαμβανόμενη· το LABEL είναι work (προεπιλογή), mobile, home ή other· στο edit αντικαθιστά όλα τα email (το --email &quot;&quot; τα αφαιρεί)</translation>
    </message>
    <message>
        <source>phone number, repeatable; LABEL is mobile (default), work, home or other; in edit it replaces all phones (--phone &quot;&quot; removes them)</source>
        <translation>αριθμός τηλεφώνου, επαναλαμβανόμενος· το LABEL είναι mobile (προεπιλογή), work, home ή other· στο edit αντικαθιστά όλα τα τηλέφωνα (το --phone &quot;&quot; τα αφαιρεί)</translation>
    </message>
    <message>
        <source>the company of that name, created when there is none; --company &quot;&quot; unlinks</source>
        <translation>η εταιρεία με αυτή την επωνυμία, δημιουργείται αν δεν υπάρχει· το --company &quot;&quot; αποσυνδέει</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>θέση εργασίας</translation>
    </message>
    <message>
        <source>lifecycle status: lead (default), prospect, customer or former</source>
        <translation>κατάσταση κύκλου ζωής: lead (προεπιλογή), prospect, customer ή former</translation>
    </message>
    <message>
        <source>tag, repeatable; in edit it replaces all tags (--tag &quot;&quot; removes them)</source>
        <translation>ετικέτα, επαναλαμβανόμενη· στο edit αντικαθιστά όλες τις ετικέτες (το --tag &quot;&quot; τις αφαιρεί)</translation>
    </message>
    <message>
        <source>birthday; --birthday &quot;&quot; clears it</source>
        <translation>γενέθλια· το --birthday &quot;&quot; τα διαγράφει</translation>
    </message>
    <message>
        <source>where the contact came from</source>
        <translation>από πού προήλθε η επαφή</translation>
    </message>
    <message>
        <source>who may see the contact (default: team)</source>
        <translation>ποιος μπορεί να βλέπει την επαφή (προεπιλογή: team)</translation>
    </message>
    <message>
        <source>add an e-mail address</source>
        <translation>προσθήκη διεύθυνσης email</translation>
    </message>
    <message>
        <source>remove an e-mail address</source>
        <translation>αφαίρεση διεύθυνσης email</translation>
    </message>
    <message>
        <source>add a phone number</source>
        <translation>προσθήκη αριθμού τηλεφώνου</translation>
    </message>
    <message>
        <source>remove a phone number (compared by its digits)</source>
        <translation>αφαίρεση αριθμού τηλεφώνου (σύγκριση με βάση τα ψηφία)</translation>
    </message>
    <message>
        <source>add a tag</source>
        <translation>προσθήκη ετικέτας</translation>
    </message>
    <message>
        <source>remove a tag</source>
        <translation>αφαίρεση ετικέτας</translation>
    </message>
    <message>
        <source>print at most N contacts</source>
        <translation>εμφάνιση έως N επαφών</translation>
    </message>
    <message>
        <source>Add a contact and print its id.</source>
        <translation>Προσθήκη επαφής και εμφάνιση του αναγνωριστικού της.</translation>
    </message>
    <message>
        <source>Give --first-name or --last-name (or both). Example:
  crm-cli contact add --first-name Anna --last-name Bērziņa \
      --email work:anna@example.lv --phone &quot;+371 2912 3456&quot; --company &quot;SIA Koks&quot;</source>
        <translation>Δώστε --first-name ή --last-name (ή και τα δύο). Παράδειγμα:
  crm-cli contact add --first-name Anna --last-name Bērziņa \
      --email work:anna@example.lv --phone &quot;+371 2912 3456&quot; --company &quot;SIA Koks&quot;</translation>
    </message>
    <message>
        <source>List the contacts (not the deleted ones) by name.</source>
        <translation>Λίστα των επαφών (όχι των διαγραμμένων) κατά όνομα.</translation>
    </message>
    <message>
        <source>Show every field of a contact.</source>
        <translation>Εμφάνιση όλων των πεδίων μιας επαφής.</translation>
    </message>
    <message>
        <source>--email, --phone and --tag replace the whole list; --add-… and --remove-… change one item.</source>
        <translation>Τα --email, --phone και --tag αντικαθιστούν όλη τη λίστα· τα --add-… και --remove-… αλλάζουν ένα στοιχείο.</translation>
    </message>
    <message>
        <source>Delete a contact (softly: contact restore brings it back).</source>
        <translation>Διαγραφή επαφής (αναστρέψιμα: το contact restore την επαναφέρει).</translation>
    </message>
    <message>
        <source>Bring a deleted contact back.</source>
        <translation>Επαναφορά διαγραμμένης επαφής.</translation>
    </message>
    <message>
        <source>Show who changed which field of a contact or company, when (UTC), from what to what.</source>
        <translation>Εμφάνιση του ποιος άλλαξε ποιο πεδίο μιας επαφής ή εταιρείας, πότε (UTC), από τι σε τι.</translation>
    </message>
    <message>
        <source>The field is &quot;created&quot; for the creation of the record; a contact&apos;s e-mails, phones and tags are part of its history.</source>
        <translation>Για τη δημιουργία της εγγραφής το πεδίο είναι &quot;created&quot;· τα email, τα τηλέφωνα και οι ετικέτες μιας επαφής είναι μέρος του ιστορικού της.</translation>
    </message>
    <message>
        <source>Find contacts and companies: every word must start a word of the record.</source>
        <translation>Εύρεση επαφών και εταιρειών: κάθε λέξη πρέπει να είναι η αρχή μιας λέξης της εγγραφής.</translation>
    </message>
    <message>
        <source>Case, accents and alphabets are folded: &quot;berzins&quot; finds Bērziņš, &quot;ivanov&quot; finds Иванов. A phone number is found by its digits: &quot;29123456&quot; finds +371 2912 3456.</source>
        <translation>Πεζά-κεφαλαία, τόνοι και αλφάβητα εξομοιώνονται: το &quot;berzins&quot; βρίσκει το Bērziņš, το &quot;ivanov&quot; βρίσκει το Иванов. Ένας αριθμός τηλεφώνου βρίσκεται από τα ψηφία του: το &quot;29123456&quot; βρίσκει το +371 2912 3456.</translation>
    </message>
    <message>
        <source>at most N contacts and N companies (default 50)</source>
        <translation>έως N επαφές και N εταιρείες (προεπιλογή 50)</translation>
    </message>
    <message>
        <source>Sign this database in to a team server.</source>
        <translation>Σύνδεση αυτής της βάσης δεδομένων σε διακομιστή ομάδας.</translation>
    </message>
    <message>
        <source>The token is kept in the keychain, or in DATABASE.token (readable only by you) when no keychain runs.</source>
        <translation>Το διακριτικό φυλάσσεται στη κλειδοθήκη ή, όταν δεν υπάρχει κλειδοθήκη, στο DATABASE.token (αναγνώσιμο μόνο από εσάς).</translation>
    </message>
    <message>
        <source>the server, e.g. https://crm.example.com</source>
        <translation>ο διακομιστής, π.χ. https://crm.example.com</translation>
    </message>
    <message>
        <source>your user name on the server</source>
        <translation>το όνομα χρήστη σας στον διακομιστή</translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation>ανάγνωση του κωδικού πρόσβασης από την τυπική είσοδο</translation>
    </message>
    <message>
        <source>Push local changes to the team server and pull the others&apos;.</source>
        <translation>Αποστολή των τοπικών αλλαγών στον διακομιστή της ομάδας και λήψη των αλλαγών των άλλων.</translation>
    </message>
    <message>
        <source>Prints what was pushed, pulled and which conflicts arose; exits with 1 when the server cannot be reached.</source>
        <translation>Εμφανίζει τι στάλθηκε, τι λήφθηκε και ποιες διενέξεις προέκυψαν· τερματίζει με 1 όταν ο διακομιστής δεν είναι προσβάσιμος.</translation>
    </message>
    <message>
        <source>List open conflicts from sync.</source>
        <translation>Λίστα των ανοιχτών διενέξεων συγχρονισμού.</translation>
    </message>
    <message>
        <source>resolved ones too</source>
        <translation>και τις επιλυμένες</translation>
    </message>
    <message>
        <source>Resolve a conflict: keep my value, theirs, or both.</source>
        <translation>Επίλυση διένεξης: διατήρηση της δικής μου τιμής, της δικής τους ή και των δύο.</translation>
    </message>
    <message>
        <source>Both is for e-mail addresses and phone numbers. For an edit of a deleted record, mine restores it with the edit when the edit was mine.</source>
        <translation>Το both αφορά διευθύνσεις email και αριθμούς τηλεφώνου. Για επεξεργασία διαγραμμένης εγγραφής, το mine την επαναφέρει με την αλλαγή, όταν η αλλαγή ήταν δική μου.</translation>
    </message>
    <message>
        <source>which value stays</source>
        <translation>ποια τιμή παραμένει</translation>
    </message>
    <message>
        <source>what kind of activity</source>
        <translation>τι είδους δραστηριότητα</translation>
    </message>
    <message>
        <source>what it is about</source>
        <translation>το θέμα της</translation>
    </message>
    <message>
        <source>the contact it concerns</source>
        <translation>η επαφή που αφορά</translation>
    </message>
    <message>
        <source>the company it concerns</source>
        <translation>η εταιρεία που αφορά</translation>
    </message>
    <message>
        <source>the deal it concerns (its full id)</source>
        <translation>η συμφωνία που αφορά (το πλήρες αναγνωριστικό της)</translation>
    </message>
    <message>
        <source>when a task is due (a date alone: the end of that day)</source>
        <translation>η προθεσμία μιας εργασίας (μόνο ημερομηνία: το τέλος εκείνης της ημέρας)</translation>
    </message>
    <message>
        <source>when a meeting, visit or call starts</source>
        <translation>πότε ξεκινά μια σύσκεψη, επίσκεψη ή κλήση</translation>
    </message>
    <message>
        <source>when it ends</source>
        <translation>πότε τελειώνει</translation>
    </message>
    <message>
        <source>where</source>
        <translation>πού</translation>
    </message>
    <message>
        <source>remind this many minutes before the start or due</source>
        <translation>υπενθύμιση τόσα λεπτά πριν από την έναρξη ή την προθεσμία</translation>
    </message>
    <message>
        <source>only open tasks past their due time</source>
        <translation>μόνο ανοιχτές εργασίες με περασμένη προθεσμία</translation>
    </message>
    <message>
        <source>only what stands on today</source>
        <translation>μόνο όσα είναι για σήμερα</translation>
    </message>
    <message>
        <source>only what stands on this week</source>
        <translation>μόνο όσα είναι για αυτή την εβδομάδα</translation>
    </message>
    <message>
        <source>print at most N activities</source>
        <translation>εμφάνιση έως N δραστηριοτήτων</translation>
    </message>
    <message>
        <source>Add an activity and print its id.</source>
        <translation>Προσθήκη δραστηριότητας και εμφάνιση του αναγνωριστικού της.</translation>
    </message>
    <message>
        <source>Times without Z or an offset are local time in the system&apos;s time zone.
Example:
  crm-cli activity add --kind meeting --subject &quot;Pārrunas&quot; --start 2026-03-10T10:00 --end 2026-03-10T11:00 --reminder 15</source>
        <translation>Οι ώρες χωρίς Z ή μετατόπιση είναι τοπική ώρα στη ζώνη ώρας του συστήματος.
Παράδειγμα:
  crm-cli activity add --kind meeting --subject &quot;Pārrunas&quot; --start 2026-03-10T10:00 --end 2026-03-10T11:00 --reminder 15</translation>
    </message>
    <message>
        <source>List activities, newest first, or the agenda: overdue, today or this week, by time.</source>
        <translation>Λίστα δραστηριοτήτων, από τις νεότερες, ή η ατζέντα: εκπρόθεσμες, σημερινές ή της εβδομάδας, κατά ώρα.</translation>
    </message>
    <message>
        <source>Tick an activity off.</source>
        <translation>Σημείωση δραστηριότητας ως ολοκληρωμένης.</translation>
    </message>
    <message>
        <source>Import an iCalendar file: events become meetings, to-dos tasks; known UIDs update. A file with an error imports nothing.</source>
        <translation>Εισαγωγή αρχείου iCalendar: τα συμβάντα γίνονται συσκέψεις, τα to-do εργασίες· τα γνωστά UID ενημερώνονται. Ένα αρχείο με σφάλμα δεν εισάγει τίποτα.</translation>
    </message>
    <message>
        <source>Export meetings, visits and tasks to an iCalendar file.</source>
        <translation>Εξαγωγή συσκέψεων, επισκέψεων και εργασιών σε αρχείο iCalendar.</translation>
    </message>
    <message>
        <source>the .ics file to write (also -o FILE)</source>
        <translation>το αρχείο .ics προς εγγραφή (επίσης -o FILE)</translation>
    </message>
    <message>
        <source>pipeline (default: the default pipeline)</source>
        <translation>ροή πωλήσεων (προεπιλογή: η προεπιλεγμένη ροή)</translation>
    </message>
    <message>
        <source>Add a deal and print its id.</source>
        <translation>Προσθήκη συμφωνίας και εμφάνιση του αναγνωριστικού της.</translation>
    </message>
    <message>
        <source>The amount is in the currency&apos;s units with a &apos;.&apos; before the cents.
Example:
  crm-cli deal add --title &quot;Fleet renewal&quot; --amount 12500.00 --currency EUR --company &quot;SIA Koks&quot; --stage Qualified --close 2027-03-31</source>
        <translation>Το ποσό είναι σε μονάδες του νομίσματος με &apos;.&apos; πριν από τα λεπτά.
Παράδειγμα:
  crm-cli deal add --title &quot;Fleet renewal&quot; --amount 12500.00 --currency EUR --company &quot;SIA Koks&quot; --stage Qualified --close 2027-03-31</translation>
    </message>
    <message>
        <source>what the deal is</source>
        <translation>τι είναι η συμφωνία</translation>
    </message>
    <message>
        <source>amount, e.g. 1250 or 1250.50</source>
        <translation>ποσό, π.χ. 1250 ή 1250.50</translation>
    </message>
    <message>
        <source>ISO 4217 currency code, e.g. EUR</source>
        <translation>κωδικός νομίσματος ISO 4217, π.χ. EUR</translation>
    </message>
    <message>
        <source>the company with that id, or of that name (created when there is none)</source>
        <translation>η εταιρεία με αυτό το αναγνωριστικό ή αυτή την επωνυμία (δημιουργείται αν δεν υπάρχει)</translation>
    </message>
    <message>
        <source>a contact on the deal (repeatable)</source>
        <translation>μια επαφή της συμφωνίας (επαναλαμβανόμενο)</translation>
    </message>
    <message>
        <source>stage (default: the first open stage)</source>
        <translation>στάδιο (προεπιλογή: το πρώτο ανοιχτό στάδιο)</translation>
    </message>
    <message>
        <source>expected close date</source>
        <translation>αναμενόμενη ημερομηνία κλεισίματος</translation>
    </message>
    <message>
        <source>probability in percent (default: the stage&apos;s)</source>
        <translation>πιθανότητα επί τοις εκατό (προεπιλογή: του σταδίου)</translation>
    </message>
    <message>
        <source>where the deal came from</source>
        <translation>από πού προήλθε η συμφωνία</translation>
    </message>
    <message>
        <source>the next step</source>
        <translation>το επόμενο βήμα</translation>
    </message>
    <message>
        <source>who may see the deal (default: team)</source>
        <translation>ποιος μπορεί να βλέπει τη συμφωνία (προεπιλογή: team)</translation>
    </message>
    <message>
        <source>List the deals (not the deleted ones) by pipeline, stage and close date. Amounts are plain numbers with a &apos;.&apos; before the cents.</source>
        <translation>Λίστα των συμφωνιών (όχι των διαγραμμένων) κατά ροή πωλήσεων, στάδιο και ημερομηνία κλεισίματος. Τα ποσά είναι απλοί αριθμοί με &apos;.&apos; πριν από τα λεπτά.</translation>
    </message>
    <message>
        <source>only the deals in this stage</source>
        <translation>μόνο οι συμφωνίες σε αυτό το στάδιο</translation>
    </message>
    <message>
        <source>only open deals (not won or lost)</source>
        <translation>μόνο ανοιχτές συμφωνίες (όχι κερδισμένες ή χαμένες)</translation>
    </message>
    <message>
        <source>print at most N deals</source>
        <translation>εμφάνιση έως N συμφωνιών</translation>
    </message>
    <message>
        <source>Move a deal to another stage of its pipeline (recorded in its history).</source>
        <translation>Μετακίνηση συμφωνίας σε άλλο στάδιο της ροής της (καταγράφεται στο ιστορικό της).</translation>
    </message>
    <message>
        <source>the stage to move to</source>
        <translation>το στάδιο προορισμού</translation>
    </message>
    <message>
        <source>Mark a deal won.</source>
        <translation>Σήμανση συμφωνίας ως κερδισμένης.</translation>
    </message>
    <message>
        <source>Mark a deal lost, with the reason.</source>
        <translation>Σήμανση συμφωνίας ως χαμένης, με τον λόγο.</translation>
    </message>
    <message>
        <source>why the deal was lost (required)</source>
        <translation>γιατί χάθηκε η συμφωνία (υποχρεωτικό)</translation>
    </message>
    <message>
        <source>Write every contact to a CSV or vCard file.</source>
        <translation>Εγγραφή όλων των επαφών σε αρχείο CSV ή vCard.</translation>
    </message>
    <message>
        <source>CSV is UTF-8 with a header row; cells starting with = + - @ get a leading &apos; so spreadsheets do not run them. vCard is version 4.0.</source>
        <translation>Το CSV είναι UTF-8 με γραμμή κεφαλίδων· στα κελιά που ξεκινούν με = + - @ προστίθεται στην αρχή &apos;, ώστε τα υπολογιστικά φύλλα να μην τα εκτελούν. Το vCard είναι έκδοση 4.0.</translation>
    </message>
    <message>
        <source>file format (default: csv)</source>
        <translation>μορφή αρχείου (προεπιλογή: csv)</translation>
    </message>
    <message>
        <source>the file to write (also -o FILE)</source>
        <translation>το αρχείο προς εγγραφή (επίσης -o FILE)</translation>
    </message>
    <message>
        <source>CSV field separator (default: comma)</source>
        <translation>διαχωριστικό πεδίων CSV (προεπιλογή: comma)</translation>
    </message>
    <message>
        <source>start the CSV with a UTF-8 byte-order mark</source>
        <translation>έναρξη του CSV με σήμανση σειράς byte UTF-8</translation>
    </message>
    <message>
        <source>Import contacts from a CSV or vCard file as one undoable batch.</source>
        <translation>Εισαγωγή επαφών από αρχείο CSV ή vCard ως μία παρτίδα που μπορεί να αναιρεθεί.</translation>
    </message>
    <message>
        <source>Prints how many rows are new, update a contact, repeat an earlier row or are invalid (each invalid row with its line and reason), then imports the valid ones and prints the import&apos;s number for `import undo`. Duplicates are found by e-mail, by phone in E.164 and by names compared after folding accents and Cyrillic or Greek to Latin. CSV headers of Google Contacts, Outlook, HubSpot and Salesforce exports are recognised; a mapping chosen in the app for the same headers is used.</source>
        <translation>Εμφανίζει πόσες γραμμές είναι νέες, ενημερώνουν μια επαφή, επαναλαμβάνουν προηγούμενη γραμμή ή δεν είναι έγκυρες (κάθε μη έγκυρη γραμμή με τον αριθμό και τον λόγο της), μετά εισάγει τις έγκυρες και εμφανίζει τον αριθμό της εισαγωγής για το `import undo`. Τα διπλότυπα εντοπίζονται με βάση το email, το τηλέφωνο σε μορφή E.164 και τα ονόματα, που συγκρίνονται αφού αφαιρεθούν οι τόνοι και μεταγραφούν τα κυριλλικά ή ελληνικά σε λατινικά. Αναγνωρίζονται οι κεφαλίδες CSV από εξαγωγές Google Contacts, Outlook, HubSpot και Salesforce· χρησιμοποιείται η αντιστοίχιση που επιλέχθηκε στην εφαρμογή για τις ίδιες κεφαλίδες.</translation>
    </message>
    <message>
        <source>file format (default: by the file&apos;s name and contents)</source>
        <translation>μορφή αρχείου (προεπιλογή: από το όνομα και το περιεχόμενο του αρχείου)</translation>
    </message>
    <message>
        <source>CSV encoding, e.g. UTF-8, UTF-16LE, windows-1257, windows-1251, windows-1250, windows-1253 (default: detected)</source>
        <translation>κωδικοποίηση CSV, π.χ. UTF-8, UTF-16LE, windows-1257, windows-1251, windows-1250, windows-1253 (προεπιλογή: αυτόματος εντοπισμός)</translation>
    </message>
    <message>
        <source>CSV field separator (default: detected)</source>
        <translation>διαχωριστικό πεδίων CSV (προεπιλογή: αυτόματος εντοπισμός)</translation>
    </message>
    <message>
        <source>what to do with a row that matches a contact or an earlier row: merge into it (fill empty fields, add e-mails, phones and tags; the default), skip it, or create a contact anyway</source>
        <translation>τι γίνεται με μια γραμμή που ταιριάζει με επαφή ή με προηγούμενη γραμμή: συγχώνευση (συμπλήρωση κενών πεδίων, προσθήκη email, τηλεφώνων και ετικετών· η προεπιλογή), παράλειψη ή δημιουργία επαφής παρ&apos; όλα αυτά</translation>
    </message>
    <message>
        <source>country of phone numbers without a country code, e.g. LV (default: the phone_region setting, else the locale&apos;s)</source>
        <translation>χώρα των αριθμών τηλεφώνου χωρίς κωδικό χώρας, π.χ. LV (προεπιλογή: η ρύθμιση phone_region, αλλιώς των τοπικών ρυθμίσεων)</translation>
    </message>
    <message>
        <source>print the preview and write nothing</source>
        <translation>εμφάνιση της προεπισκόπησης χωρίς εγγραφή</translation>
    </message>
    <message>
        <source>Undo an import: delete the contacts it created and restore the ones it updated.</source>
        <translation>Αναίρεση εισαγωγής: διαγραφή των επαφών που δημιούργησε και επαναφορά όσων ενημέρωσε.</translation>
    </message>
    <message>
        <source>Refuses, naming them, when records of the import were changed after it.</source>
        <translation>Αρνείται, κατονομάζοντάς τες, όταν εγγραφές της εισαγωγής άλλαξαν μετά από αυτήν.</translation>
    </message>
    <message>
        <source>List the imports, newest first.</source>
        <translation>Λίστα των εισαγωγών, από τις νεότερες.</translation>
    </message>
    <message>
        <source>Show everything about a contact, company or deal, newest first: activities, deals opened, moved, won and lost, and field changes.</source>
        <translation>Εμφάνιση όλων για μια επαφή, εταιρεία ή συμφωνία, από τα νεότερα: δραστηριότητες, συμφωνίες που άνοιξαν, μετακινήθηκαν, κερδήθηκαν ή χάθηκαν, και αλλαγές πεδίων.</translation>
    </message>
    <message>
        <source>A company&apos;s timeline includes the activities of its contacts and deals. Times are UTC; kind is call, meeting, visit, task, note, email, deal_opened, stage_changed, deal_won, deal_lost, created, field_changed, deleted or restored; record and record_id name the record an entry belongs to.</source>
        <translation>Το χρονολόγιο μιας εταιρείας περιλαμβάνει τις δραστηριότητες των επαφών και των συμφωνιών της. Οι ώρες είναι σε UTC· το kind είναι call, meeting, visit, task, note, email, deal_opened, stage_changed, deal_won, deal_lost, created, field_changed, deleted ή restored· τα record και record_id ονομάζουν την εγγραφή στην οποία ανήκει μια καταχώριση.</translation>
    </message>
    <message>
        <source>print at most N entries</source>
        <translation>εμφάνιση έως N καταχωρίσεων</translation>
    </message>
    <message>
        <source>List the built-in and saved reports.</source>
        <translation>Λίστα των ενσωματωμένων και αποθηκευμένων αναφορών.</translation>
    </message>
    <message>
        <source>Run a report (a built-in&apos;s name, a saved report&apos;s title or id).</source>
        <translation>Εκτέλεση αναφοράς (όνομα ενσωματωμένης, τίτλος ή αναγνωριστικό αποθηκευμένης).</translation>
    </message>
    <message>
        <source>Parameters: period (all, this_month, this_quarter, this_year, previous_month, previous_quarter, previous_year, last_N_days, previous_N_days, next_N_days or YYYY-MM-DD..YYYY-MM-DD), owner, pipeline — as each report lists them. Money is totalled per currency. CSV streams rows as they come; PDF needs -o FILE.
  crm-cli report run pipeline-by-stage --format pdf -o pipeline.pdf
  crm-cli report run won-lost --param period=previous_quarter --format csv -o won.csv</source>
        <translation>Παράμετροι: period (all, this_month, this_quarter, this_year, previous_month, previous_quarter, previous_year, last_N_days, previous_N_days, next_N_days ή YYYY-MM-DD..YYYY-MM-DD), owner, pipeline — όπως τις αναφέρει κάθε αναφορά. Τα χρήματα αθροίζονται ανά νόμισμα. Το CSV στέλνει τις γραμμές καθώς έρχονται· το PDF χρειάζεται -o FILE.
  crm-cli report run pipeline-by-stage --format pdf -o pipeline.pdf
  crm-cli report run won-lost --param period=previous_quarter --format csv -o won.csv</translation>
    </message>
    <message>
        <source>a parameter of the report</source>
        <translation>μια παράμετρος της αναφοράς</translation>
    </message>
    <message>
        <source>PDF page size (default: a4)</source>
        <translation>μέγεθος σελίδας PDF (προεπιλογή: a4)</translation>
    </message>
    <message>
        <source>PDF orientation (default: portrait)</source>
        <translation>προσανατολισμός PDF (προεπιλογή: portrait)</translation>
    </message>
    <message>
        <source>Show what the last sync runs did, newest first.</source>
        <translation>Εμφάνιση του τι έκαναν οι τελευταίοι συγχρονισμοί, από τους νεότερους.</translation>
    </message>
    <message>
        <source>Runs alike in a row (nothing to do, or the same error while offline) are one line with their number. Times are UTC; outcome is ok, offline, signed_out or failed.</source>
        <translation>Διαδοχικές όμοιες εκτελέσεις (τίποτα προς εκτέλεση ή το ίδιο σφάλμα εκτός σύνδεσης) είναι μία γραμμή με το πλήθος τους. Οι ώρες είναι σε UTC· το outcome είναι ok, offline, signed_out ή failed.</translation>
    </message>
    <message>
        <source>at most N lines</source>
        <translation>έως N γραμμές</translation>
    </message>
    <message>
        <source>what forms and lists call the field</source>
        <translation>πώς λέγεται το πεδίο σε φόρμες και λίστες</translation>
    </message>
    <message>
        <source>text (default), longtext, number, money, date, yesno, choice, multichoice or url</source>
        <translation>text (προεπιλογή), longtext, number, money, date, yesno, choice, multichoice ή url</translation>
    </message>
    <message>
        <source>a choice of a choice or multichoice field, repeatable, in order; in edit it replaces the list</source>
        <translation>επιλογή πεδίου choice ή multichoice, επαναλαμβανόμενη, με σειρά· στο edit αντικαθιστά τη λίστα</translation>
    </message>
    <message>
        <source>whether every record needs a value</source>
        <translation>αν κάθε εγγραφή χρειάζεται τιμή</translation>
    </message>
    <message>
        <source>the records the field belongs to</source>
        <translation>οι εγγραφές στις οποίες ανήκει το πεδίο</translation>
    </message>
    <message>
        <source>a custom field&apos;s value, repeatable (see crm-cli field list); numbers 1234.5, money &quot;1234.50 EUR&quot;, dates YYYY-MM-DD, yes/no, several choices separated by ;  KEY= clears it</source>
        <translation>τιμή προσαρμοσμένου πεδίου, επαναλαμβανόμενη (βλ. crm-cli field list)· αριθμοί 1234.5, χρήματα &quot;1234.50 EUR&quot;, ημερομηνίες YYYY-MM-DD, yes/no, πολλές επιλογές χωρισμένες με ;  το KEY= την καθαρίζει</translation>
    </message>
    <message>
        <source>the field&apos;s fixed key: lower-case letters, digits and _ (industry)</source>
        <translation>το σταθερό κλειδί του πεδίου: πεζά, ψηφία και _ (industry)</translation>
    </message>
    <message>
        <source>List the custom fields, in their order.</source>
        <translation>Λίστα των προσαρμοσμένων πεδίων, με τη σειρά τους.</translation>
    </message>
    <message>
        <source>Add a custom field to contacts, companies or deals.</source>
        <translation>Προσθήκη προσαρμοσμένου πεδίου σε επαφές, εταιρείες ή συμφωνίες.</translation>
    </message>
    <message>
        <source>Example:
  crm-cli field add --entity contact --key industry --label Industry --type choice --choice Retail --choice Banking</source>
        <translation>Παράδειγμα:
  crm-cli field add --entity contact --key industry --label Industry --type choice --choice Retail --choice Banking</translation>
    </message>
    <message>
        <source>Change a custom field&apos;s label, type, choices or whether it is required; its key stays.</source>
        <translation>Αλλαγή ετικέτας, τύπου, επιλογών ή υποχρεωτικότητας προσαρμοσμένου πεδίου· το κλειδί μένει.</translation>
    </message>
    <message>
        <source>Delete a custom field: it and its values hide; adding the key again brings them back.</source>
        <translation>Διαγραφή προσαρμοσμένου πεδίου: αυτό και οι τιμές του κρύβονται· η εκ νέου προσθήκη του κλειδιού τα επαναφέρει.</translation>
    </message>
    <message>
        <source>List likely duplicates, best first, with the reasons.</source>
        <translation>Λίστα πιθανών διπλοτύπων, τα πιθανότερα πρώτα, με τους λόγους.</translation>
    </message>
    <message>
        <source>Contacts: the same e-mail, the same phone (E.164) or similar names after folding accents and Cyrillic or Greek to Latin. Companies: the same name, website domain or phone. Pairs marked &quot;not a duplicate&quot; in the app are left out.</source>
        <translation>Επαφές: ίδιο email, ίδιο τηλέφωνο (E.164) ή παρόμοια ονόματα μετά την αφαίρεση τόνων και τη μεταγραφή κυριλλικών ή ελληνικών σε λατινικά. Εταιρείες: ίδιο όνομα, τομέας ιστού ή τηλέφωνο. Τα ζεύγη που σημειώθηκαν στην εφαρμογή ως &quot;όχι διπλότυπο&quot; παραλείπονται.</translation>
    </message>
    <message>
        <source>which records (default: contact)</source>
        <translation>ποιες εγγραφές (προεπιλογή: contact)</translation>
    </message>
    <message>
        <source>least confidence, 0 to 1 (default: 0.5)</source>
        <translation>ελάχιστη βεβαιότητα, 0 έως 1 (προεπιλογή: 0.5)</translation>
    </message>
    <message>
        <source>Merge contacts (or companies) into one and print the merge&apos;s id.</source>
        <translation>Συγχώνευση επαφών (ή εταιρειών) σε μία και εμφάνιση του id της συγχώνευσης.</translation>
    </message>
    <message>
        <source>The first record (or --keep) survives; a field keeps its value, or another record&apos;s when it is empty, unless --field says whose value to keep. E-mails, phones and tags are joined; activities, deals and contacts move to the survivor; the others are deleted. `unmerge` takes it back.</source>
        <translation>Η πρώτη εγγραφή (ή το --keep) παραμένει· ένα πεδίο κρατά την τιμή του, ή όταν είναι κενό την τιμή άλλης εγγραφής, εκτός αν το --field λέει ποια τιμή κρατιέται. Τα email, τα τηλέφωνα και οι ετικέτες ενώνονται· δραστηριότητες, συμφωνίες και επαφές μεταφέρονται σε αυτήν που μένει· οι άλλες διαγράφονται. Το `unmerge` το αναιρεί.</translation>
    </message>
    <message>
        <source>the record that survives</source>
        <translation>η εγγραφή που παραμένει</translation>
    </message>
    <message>
        <source>keep this record&apos;s value of a field (first_name, city, …); repeatable</source>
        <translation>κράτηση της τιμής πεδίου αυτής της εγγραφής (first_name, city, …)· επαναλαμβανόμενο</translation>
    </message>
    <message>
        <source>Take a merge back: restore the merged records and their links.</source>
        <translation>Αναίρεση συγχώνευσης: επαναφορά των συγχωνευμένων εγγραφών και των συνδέσεών τους.</translation>
    </message>
    <message>
        <source>A field or link changed after the merge keeps its new value; each such one is printed. Refuses when the surviving record was deleted.</source>
        <translation>Ένα πεδίο ή σύνδεση που άλλαξε μετά τη συγχώνευση κρατά τη νέα τιμή· εμφανίζεται το καθένα. Αρνείται όταν η εγγραφή που έμεινε έχει διαγραφεί.</translation>
    </message>
    <message>
        <source>vCard photos: keep them on the contacts (the default; at most 512 KB each) or skip them</source>
        <translation>φωτογραφίες vCard: διατήρηση στις επαφές (προεπιλογή· έως 512 KB η καθεμία) ή παράλειψη</translation>
    </message>
    <message>
        <source>Set a field, add or remove a tag, change the owner or delete many records at once; all or nothing, captured for sync.</source>
        <translation>Ορισμός πεδίου, προσθήκη ή αφαίρεση ετικέτας, αλλαγή υπευθύνου ή διαγραφή πολλών εγγραφών μαζί· όλα ή τίποτα, καταγράφονται για συγχρονισμό.</translation>
    </message>
    <message>
        <source>Fields: contacts status, owner, source, title, company, street, postal_code, city, country, birthday, visibility, notes; companies owner, industry, website, phone, street, postal_code, city, country, visibility, notes; deals stage, owner, currency, expected_close, probability, source, next_step, company, title, visibility, notes; and custom fields by key (crm-cli field list). FIELD= clears it.
Example:
  crm-cli bulk contacts --search riga --set status=customer</source>
        <translation>Πεδία: contacts status, owner, source, title, company, street, postal_code, city, country, birthday, visibility, notes; companies owner, industry, website, phone, street, postal_code, city, country, visibility, notes; deals stage, owner, currency, expected_close, probability, source, next_step, company, title, visibility, notes; και τα προσαρμοσμένα πεδία με το κλειδί τους (crm-cli field list). Το FIELD= καθαρίζει το πεδίο.
Παράδειγμα:
  crm-cli bulk contacts --search riga --set status=customer</translation>
    </message>
    <message>
        <source>these records (ids or unique prefixes)</source>
        <translation>αυτές οι εγγραφές (αναγνωριστικά ή μοναδικά προθέματα)</translation>
    </message>
    <message>
        <source>every live record the list&apos;s search finds</source>
        <translation>κάθε μη διαγραμμένη εγγραφή που βρίσκει η αναζήτηση της λίστας</translation>
    </message>
    <message>
        <source>every live record</source>
        <translation>κάθε μη διαγραμμένη εγγραφή</translation>
    </message>
    <message>
        <source>set a built-in or custom field</source>
        <translation>ορισμός ενσωματωμένου ή προσαρμοσμένου πεδίου</translation>
    </message>
    <message>
        <source>change the owner</source>
        <translation>αλλαγή υπευθύνου</translation>
    </message>
    <message>
        <source>delete (softly; restore undoes it)</source>
        <translation>διαγραφή (αναστρέψιμα· το restore την αναιρεί)</translation>
    </message>
    <message>
        <source>check and count, write nothing</source>
        <translation>έλεγχος και καταμέτρηση, χωρίς καμία εγγραφή</translation>
    </message>
    <message>
        <source>Undo a bulk edit: put back each record&apos;s earlier value.</source>
        <translation>Αναίρεση μαζικής επεξεργασίας: επαναφορά της προηγούμενης τιμής κάθε εγγραφής.</translation>
    </message>
    <message>
        <source>Also after a restart. A record whose edited field (or the record) changed after the bulk edit keeps its newer value and is named.</source>
        <translation>Και μετά από επανεκκίνηση. Μια εγγραφή της οποίας το επεξεργασμένο πεδίο (ή η ίδια η εγγραφή) άλλαξε μετά τη μαζική επεξεργασία κρατά τη νεότερη τιμή και κατονομάζεται.</translation>
    </message>
    <message>
        <source>List the recent bulk edits, newest first.</source>
        <translation>Λίστα των πρόσφατων μαζικών επεξεργασιών, από τις νεότερες.</translation>
    </message>
</context>
<context>
    <name>crm::cli::HistoryCommand</name>
    <message>
        <source>(empty)</source>
        <translation>(κενό)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>no</source>
        <translation>όχι</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>προστέθηκε %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>αφαιρέθηκε %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>διαγράφηκε</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>επαναφέρθηκε</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ώρα</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Συντάκτης</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Πίνακας</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Παλιά τιμή</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Νέα τιμή</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Αλλαγή</translation>
    </message>
</context>
<context>
    <name>crm::cli::IdResolver</name>
    <message>
        <source>“%1” is not an id (a UUID, or at least 8 of its leading hex digits)</source>
        <translation>το «%1» δεν είναι αναγνωριστικό (UUID ή τουλάχιστον 8 αρχικά δεκαεξαδικά ψηφία του)</translation>
    </message>
    <message>
        <source>looking up the id: %1</source>
        <translation>αναζήτηση του αναγνωριστικού: %1</translation>
    </message>
    <message>
        <source>no contact with id %1</source>
        <translation>δεν υπάρχει επαφή με αναγνωριστικό %1</translation>
    </message>
    <message>
        <source>no company with id %1</source>
        <translation>δεν υπάρχει εταιρεία με αναγνωριστικό %1</translation>
    </message>
    <message>
        <source>the id prefix %1 matches several contacts; give more digits</source>
        <translation>το πρόθεμα %1 αντιστοιχεί σε πολλές επαφές· δώστε περισσότερα ψηφία</translation>
    </message>
    <message>
        <source>the id prefix %1 matches several companies; give more digits</source>
        <translation>το πρόθεμα %1 αντιστοιχεί σε πολλές εταιρείες· δώστε περισσότερα ψηφία</translation>
    </message>
    <message>
        <source>no contact or company with id %1</source>
        <translation>δεν υπάρχει επαφή ή εταιρεία με αναγνωριστικό %1</translation>
    </message>
    <message>
        <source>the id prefix %1 matches several records; give more digits</source>
        <translation>το πρόθεμα %1 αντιστοιχεί σε πολλές εγγραφές· δώστε περισσότερα ψηφία</translation>
    </message>
    <message>
        <source>no contact, company or deal with id %1</source>
        <translation>δεν υπάρχει επαφή, εταιρεία ή συμφωνία με αναγνωριστικό %1</translation>
    </message>
</context>
<context>
    <name>crm::cli::ImportCommands</name>
    <message>
        <source>--format: unknown format “%1”; use csv or vcard</source>
        <translation>--format: άγνωστη μορφή «%1»· χρησιμοποιήστε csv ή vcard</translation>
    </message>
    <message>
        <source>--encoding: unknown encoding “%1” (for example %2)</source>
        <translation>--encoding: άγνωστη κωδικοποίηση «%1» (για παράδειγμα %2)</translation>
    </message>
    <message>
        <source>--delimiter: “%1” is not comma, semicolon, tab or pipe</source>
        <translation>--delimiter: το «%1» δεν είναι comma, semicolon, tab ή pipe</translation>
    </message>
    <message>
        <source>--on-duplicate: “%1” is not update, skip or create</source>
        <translation>--on-duplicate: το «%1» δεν είναι update, skip ή create</translation>
    </message>
    <message>
        <source>--region: “%1” is not a two-letter country code</source>
        <translation>--region: το «%1» δεν είναι διψήφιος κωδικός χώρας</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: δεν υπάρχει τέτοιο αρχείο</translation>
    </message>
    <message>
        <source>CSV, %1, delimiter “%2”</source>
        <translation>CSV, %1, διαχωριστικό «%2»</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>Αρχείο: %1 (%2)</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Γραμμές: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Νέες: %1</translation>
    </message>
    <message>
        <source>Update: %1</source>
        <translation>Ενημέρωση: %1</translation>
    </message>
    <message>
        <source>Duplicate in file: %1</source>
        <translation>Διπλότυπες στο αρχείο: %1</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Μη έγκυρες: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>γραμμή %1: %2</translation>
    </message>
    <message>
        <source>Import %1: created %2, updated %3, skipped %4, invalid %5.</source>
        <translation>Εισαγωγή %1: δημιουργήθηκαν %2, ενημερώθηκαν %3, παραλείφθηκαν %4, μη έγκυρες %5.</translation>
    </message>
    <message>
        <source>import undo: “%1” is not an import number (see crm-cli import list)</source>
        <translation>import undo: το «%1» δεν είναι αριθμός εισαγωγής (δείτε crm-cli import list)</translation>
    </message>
    <message>
        <source>Import %1 undone.</source>
        <translation>Η εισαγωγή %1 αναιρέθηκε.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Εισαγωγή</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Έναρξη (UTC)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Μορφή</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργήθηκαν</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Ενημερώθηκαν</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Παραλείφθηκαν</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Μη έγκυρες</translation>
    </message>
    <message>
        <source>--photos: “%1” is not keep or skip</source>
        <translation>--photos: το «%1» δεν είναι keep ή skip</translation>
    </message>
    <message>
        <source>Imported with warnings: %1</source>
        <translation>Εισήχθησαν με προειδοποιήσεις: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>προειδοποίηση: %1</translation>
    </message>
</context>
<context>
    <name>crm::cli::OutputFormatter</name>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>no</source>
        <translation>όχι</translation>
    </message>
</context>
<context>
    <name>crm::cli::ReportCommands</name>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Εγγραφές</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Παράμετροι</translation>
    </message>
    <message>
        <source>--format: unknown format “%1”; use table, json, csv or pdf</source>
        <translation>--format: άγνωστη μορφή «%1»· χρησιμοποιήστε table, json, csv ή pdf</translation>
    </message>
    <message>
        <source>-o/--output: a PDF needs a file to write</source>
        <translation>-o/--output: ένα PDF χρειάζεται αρχείο προς εγγραφή</translation>
    </message>
    <message>
        <source>--param: “%1” is not KEY=VALUE</source>
        <translation>--param: το «%1» δεν είναι KEY=VALUE</translation>
    </message>
    <message>
        <source>--param: %1 is given twice</source>
        <translation>--param: το %1 δίνεται δύο φορές</translation>
    </message>
    <message>
        <source>--page-size: “%1” is not a4 or letter</source>
        <translation>--page-size: το «%1» δεν είναι a4 ή letter</translation>
    </message>
    <message>
        <source>--orientation: “%1” is not portrait or landscape</source>
        <translation>--orientation: το «%1» δεν είναι portrait ή landscape</translation>
    </message>
    <message>
        <source>unknown report “%1” (see crm-cli report list)</source>
        <translation>άγνωστη αναφορά «%1» (δείτε crm-cli report list)</translation>
    </message>
    <message>
        <source>--param: %1</source>
        <translation>--param: %1</translation>
    </message>
    <message>
        <source>PDF output needs the graphics library; run crm-cli with --format pdf as its own command</source>
        <translation>η έξοδος PDF χρειάζεται τη βιβλιοθήκη γραφικών· εκτελέστε το crm-cli με --format pdf ως ξεχωριστή εντολή</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Η αναφορά γράφτηκε στο %1.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>δεν είναι δυνατή η εγγραφή του %1: %2</translation>
    </message>
    <message>
        <source>Rows: %1 · written to %2</source>
        <translation>Γραμμές: %1 · γράφτηκαν στο %2</translation>
    </message>
</context>
<context>
    <name>crm::cli::SearchCommand</name>
    <message>
        <source>search: the query is empty</source>
        <translation>search: το ερώτημα είναι κενό</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Τηλέφωνα</translation>
    </message>
</context>
<context>
    <name>crm::cli::SyncCommands</name>
    <message>
        <source>account login: --server and --user are required</source>
        <translation>account login: απαιτούνται τα --server και --user</translation>
    </message>
    <message>
        <source>account login: give the password on standard input with --password-stdin</source>
        <translation>account login: δώστε τον κωδικό πρόσβασης στην τυπική είσοδο με --password-stdin</translation>
    </message>
    <message>
        <source>account login: cannot read the password</source>
        <translation>account login: δεν είναι δυνατή η ανάγνωση του κωδικού πρόσβασης</translation>
    </message>
    <message>
        <source>account login: the password on standard input is empty</source>
        <translation>account login: ο κωδικός πρόσβασης στην τυπική είσοδο είναι κενός</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (team %3).</source>
        <translation>Συνδεθήκατε στο %1 ως %2 (ομάδα %3).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>καμία</translation>
    </message>
    <message>
        <source>sync: %1</source>
        <translation>sync: %1</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Στάλθηκαν</translation>
    </message>
    <message>
        <source>Already on the server</source>
        <translation>Ήδη στον διακομιστή</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Απορρίφθηκαν</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation>Λήφθηκαν</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Εφαρμόστηκαν</translation>
    </message>
    <message>
        <source>New conflicts</source>
        <translation>Νέες διενέξεις</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>απορρίφθηκε: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Πίνακας</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Εγγραφή</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Δική μου</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Δική τους</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>conflicts resolve: --keep must be mine, theirs or both, not &quot;%1&quot;</source>
        <translation>conflicts resolve: το --keep πρέπει να είναι mine, theirs ή both, όχι &quot;%1&quot;</translation>
    </message>
    <message>
        <source>conflicts resolve: &quot;%1&quot; is not a conflict id</source>
        <translation>conflicts resolve: το &quot;%1&quot; δεν είναι αναγνωριστικό διένεξης</translation>
    </message>
    <message>
        <source>Resolved; the choice syncs with the next sync.</source>
        <translation>Επιλύθηκε· η επιλογή συγχρονίζεται στον επόμενο συγχρονισμό.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Λήξη</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Εκτελέσεις</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Έκβαση</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Διενέξεις</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Μήνυμα</translation>
    </message>
</context>
<context>
    <name>crm::cli::TimelineCommand</name>
    <message>
        <source>Time</source>
        <translation>Ώρα</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Τι</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Λεπτομέρειες</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ποιος</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Εγγραφή</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>ID εγγραφής</translation>
    </message>
</context>
<context>
    <name>crm::core</name>
    <message>
        <source>line %1: %2</source>
        <translation>γραμμή %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not an iCalendar content line</source>
        <translation>το «%1» δεν είναι γραμμή περιεχομένου iCalendar</translation>
    </message>
    <message>
        <source>a parameter of %1 has no value</source>
        <translation>μια παράμετρος του %1 δεν έχει τιμή</translation>
    </message>
    <message>
        <source>a quoted parameter of %1 is not closed</source>
        <translation>μια παράμετρος του %1 σε εισαγωγικά δεν κλείνει</translation>
    </message>
    <message>
        <source>%1 has no value (no “:”)</source>
        <translation>το %1 δεν έχει τιμή (λείπει το «:»)</translation>
    </message>
    <message>
        <source>a continuation line comes before any property</source>
        <translation>μια γραμμή συνέχειας εμφανίζεται πριν από οποιαδήποτε ιδιότητα</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes</source>
        <translation>η γραμμή είναι μεγαλύτερη από %1 byte</translation>
    </message>
    <message>
        <source>the text is not UTF-8</source>
        <translation>το κείμενο δεν είναι UTF-8</translation>
    </message>
    <message>
        <source>BEGIN without a component name</source>
        <translation>BEGIN χωρίς όνομα στοιχείου</translation>
    </message>
    <message>
        <source>%1 outside a VCALENDAR</source>
        <translation>%1 εκτός VCALENDAR</translation>
    </message>
    <message>
        <source>components nest too deep</source>
        <translation>τα στοιχεία είναι εμφωλευμένα πολύ βαθιά</translation>
    </message>
    <message>
        <source>END:%1 without its BEGIN</source>
        <translation>END:%1 χωρίς το αντίστοιχο BEGIN</translation>
    </message>
    <message>
        <source>END:%1 where END:%2 (begun on line %3) was expected</source>
        <translation>END:%1 εκεί όπου αναμενόταν END:%2 (ξεκίνησε στη γραμμή %3)</translation>
    </message>
    <message>
        <source>BEGIN:%1 is never ended (the file ends early)</source>
        <translation>το BEGIN:%1 δεν κλείνει ποτέ (το αρχείο τελειώνει πρόωρα)</translation>
    </message>
    <message>
        <source>not an iCalendar file (no BEGIN:VCALENDAR)</source>
        <translation>δεν είναι αρχείο iCalendar (λείπει το BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>“%1” in %2 is not a date</source>
        <translation>το «%1» στο %2 δεν είναι ημερομηνία</translation>
    </message>
    <message>
        <source>“%1” in %2 is not a date-time</source>
        <translation>το «%1» στο %2 δεν είναι ημερομηνία και ώρα</translation>
    </message>
    <message>
        <source>unknown time zone “%1”</source>
        <translation>άγνωστη ζώνη ώρας «%1»</translation>
    </message>
    <message>
        <source>the UID of %1 is longer than 1000 characters</source>
        <translation>το UID του %1 υπερβαίνει τους 1000 χαρακτήρες</translation>
    </message>
    <message>
        <source>(task without a title)</source>
        <translation>(εργασία χωρίς τίτλο)</translation>
    </message>
    <message>
        <source>(event without a title)</source>
        <translation>(συμβάν χωρίς τίτλο)</translation>
    </message>
    <message>
        <source>PRIORITY is a number from 0 to 9, not “%1”</source>
        <translation>το PRIORITY είναι αριθμός από 0 έως 9, όχι «%1»</translation>
    </message>
    <message>
        <source>the VEVENT has no DTSTART</source>
        <translation>το VEVENT δεν έχει DTSTART</translation>
    </message>
    <message>
        <source>“%1” is not a duration</source>
        <translation>το «%1» δεν είναι διάρκεια</translation>
    </message>
    <message>
        <source>the %1 ends before it starts</source>
        <translation>το %1 τελειώνει πριν ξεκινήσει</translation>
    </message>
    <message>
        <source>the VALARM has no TRIGGER</source>
        <translation>το VALARM δεν έχει TRIGGER</translation>
    </message>
    <message>
        <source>a deal needs a title</source>
        <translation>μια συμφωνία χρειάζεται τίτλο</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use one like EUR, USD or PLN</source>
        <translation>το «%1» δεν είναι κωδικός νομίσματος· χρησιμοποιήστε π.χ. EUR, USD ή PLN</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>το ποσό δεν μπορεί να είναι αρνητικό</translation>
    </message>
    <message>
        <source>the probability must be between 0 and 100, not %1</source>
        <translation>η πιθανότητα πρέπει να είναι από 0 έως 100, όχι %1</translation>
    </message>
    <message>
        <source>visibility must be “team” or “private”, not “%1”</source>
        <translation>η ορατότητα πρέπει να είναι «team» ή «private», όχι «%1»</translation>
    </message>
    <message>
        <source>the contact %1 is on the deal twice</source>
        <translation>η επαφή %1 υπάρχει δύο φορές στη συμφωνία</translation>
    </message>
    <message>
        <source>there is no pipeline with an open stage</source>
        <translation>δεν υπάρχει ροή πωλήσεων με ανοιχτό στάδιο</translation>
    </message>
    <message>
        <source>no company with id %1</source>
        <translation>δεν υπάρχει εταιρεία με αναγνωριστικό %1</translation>
    </message>
    <message>
        <source>no contact with id %1</source>
        <translation>δεν υπάρχει επαφή με αναγνωριστικό %1</translation>
    </message>
    <message>
        <source>no deal with id %1</source>
        <translation>δεν υπάρχει συμφωνία με αναγνωριστικό %1</translation>
    </message>
    <message>
        <source>a stage needs a name</source>
        <translation>ένα στάδιο χρειάζεται όνομα</translation>
    </message>
    <message>
        <source>“stale after” must be a number of days above 0, not %1</source>
        <translation>το «στάσιμη μετά από» πρέπει να είναι αριθμός ημερών μεγαλύτερος του 0, όχι %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Ομάδα</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Ιδιωτικό</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Προέλευση</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Θέση</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Οδός</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Ταχυδρομικός κώδικας</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Γενέθλια</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Ορατότητα</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Κλάδος</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Ιστότοπος</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Στάδιο</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Αναμενόμενο κλείσιμο</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>Πιθανότητα %</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Επόμενο βήμα</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
</context>
<context>
    <name>crm::core::Activity</name>
    <message>
        <source>Call</source>
        <translation>Κλήση</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Σύσκεψη</translation>
    </message>
    <message>
        <source>Customer visit</source>
        <translation>Επίσκεψη σε πελάτη</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Εργασία</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>crm::core::AgendaModel</name>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
</context>
<context>
    <name>crm::core::BoardModel</name>
    <message>
        <source>Stale: in %1 for %2 days, longer than its limit of %3</source>
        <translation type="vanished">Στάσιμη: στο %1 επί %2 ημέρες, πέρα από το όριο των %3</translation>
    </message>
    <message>
        <source>Stale: no activity for %1 days, longer than the stage&apos;s limit of %2</source>
        <translation type="vanished">Στάσιμη: καμία δραστηριότητα επί %1 ημέρες, πέρα από το όριο του σταδίου (%2)</translation>
    </message>
    <message>
        <source>Stale: no activity since it was opened %1 days ago, longer than the stage&apos;s limit of %2</source>
        <translation type="vanished">Στάσιμη: καμία δραστηριότητα από το άνοιγμά της πριν από %1 ημέρες, πέρα από το όριο του σταδίου (%2)</translation>
    </message>
    <message>
        <source>Deals: %1; weighted: %2</source>
        <translation>Συμφωνίες: %1· σταθμισμένο: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Days in this stage: %1</source>
        <translation>Ημέρες σε αυτό το στάδιο: %1</translation>
    </message>
</context>
<context>
    <name>crm::core::BulkEdit</name>
    <message>
        <source>a tag needs a name</source>
        <translation>η ετικέτα χρειάζεται όνομα</translation>
    </message>
    <message>
        <source>the tag is too long</source>
        <translation>η ετικέτα είναι πολύ μεγάλη</translation>
    </message>
    <message>
        <source>no such field of %1; the fields are: %2</source>
        <translation>δεν υπάρχει τέτοιο πεδίο για %1· τα πεδία είναι: %2</translation>
    </message>
    <message>
        <source>the value is too long</source>
        <translation>η τιμή είναι πολύ μεγάλη</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>το «%1» δεν είναι ένα από τα: %2</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>το «%1» δεν είναι ημερομηνία (ΕΕΕΕ-ΜΜ-ΗΗ)</translation>
    </message>
    <message>
        <source>the probability must be between 0 and 100, not %1</source>
        <translation>η πιθανότητα πρέπει να είναι από 0 έως 100, όχι %1</translation>
    </message>
    <message>
        <source>“%1” is not a web address</source>
        <translation>το «%1» δεν είναι διεύθυνση ιστού</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>το «%1» δεν είναι αριθμός τηλεφώνου</translation>
    </message>
    <message>
        <source>there is no company named “%1”</source>
        <translation>δεν υπάρχει εταιρεία με όνομα «%1»</translation>
    </message>
    <message>
        <source>there is no stage named “%1”</source>
        <translation>δεν υπάρχει στάδιο με όνομα «%1»</translation>
    </message>
    <message>
        <source>a lost deal needs the reason it was lost: mark deals lost one at a time</source>
        <translation>μια χαμένη συμφωνία χρειάζεται τον λόγο που χάθηκε: σημειώστε τις συμφωνίες ως χαμένες μία μία</translation>
    </message>
    <message>
        <source>“%1” is not a currency code</source>
        <translation>το «%1» δεν είναι κωδικός νομίσματος</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1: απαιτείται τιμή</translation>
    </message>
    <message>
        <source>undoing the finished part failed: %1</source>
        <translation>η αναίρεση του ολοκληρωμένου μέρους απέτυχε: %1</translation>
    </message>
    <message>
        <source>cancelled: nothing was changed</source>
        <translation>ακυρώθηκε: δεν άλλαξε τίποτα</translation>
    </message>
    <message>
        <source>Add tag “%1”</source>
        <translation>Προσθήκη ετικέτας «%1»</translation>
    </message>
    <message>
        <source>Remove tag “%1”</source>
        <translation>Αφαίρεση ετικέτας «%1»</translation>
    </message>
    <message>
        <source>Clear the owner</source>
        <translation>Εκκαθάριση υπευθύνου</translation>
    </message>
    <message>
        <source>Change owner to %1</source>
        <translation>Αλλαγή υπευθύνου σε %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Εκκαθάριση: %1</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Ορισμός %1 σε %2</translation>
    </message>
    <message>
        <source>The list changed while the rows were selected; select them again.</source>
        <translation>Η λίστα άλλαξε ενώ οι γραμμές ήταν επιλεγμένες· επιλέξτε τις ξανά.</translation>
    </message>
    <message>
        <source>bulk edit %1 is not undone; there is nothing to redo</source>
        <translation>η μαζική επεξεργασία %1 δεν έχει αναιρεθεί· δεν υπάρχει τίποτα για επανάληψη</translation>
    </message>
    <message>
        <source>bulk edit %1 was undone already</source>
        <translation>η μαζική επεξεργασία %1 έχει ήδη αναιρεθεί</translation>
    </message>
    <message>
        <source>there is no bulk edit %1</source>
        <translation>δεν υπάρχει μαζική επεξεργασία %1</translation>
    </message>
</context>
<context>
    <name>crm::core::CalendarService</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: δεν είναι δυνατή η ανάγνωση του αρχείου: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB</source>
        <translation>%1: το αρχείο υπερβαίνει τα %2 MB</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: δεν είναι δυνατή η εγγραφή του αρχείου: %2</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>η εισαγωγή ακυρώθηκε· δεν εισήχθη τίποτα</translation>
    </message>
    <message>
        <source>the export was cancelled; no file was written</source>
        <translation>η εξαγωγή ακυρώθηκε· δεν γράφτηκε κανένα αρχείο</translation>
    </message>
</context>
<context>
    <name>crm::core::CompanyListModel</name>
    <message>
        <source>Name</source>
        <translation>Επωνυμία</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Κλάδος</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Ετικέτες</translation>
    </message>
</context>
<context>
    <name>crm::core::ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Ενημέρωση</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Ετικέτες</translation>
    </message>
</context>
<context>
    <name>crm::core::ContactPhotos</name>
    <message>
        <source>the photo is %1 KB; at most %2 KB are kept</source>
        <translation>η φωτογραφία είναι %1 KB· διατηρούνται έως %2 KB</translation>
    </message>
    <message>
        <source>the photo is not a JPEG, PNG, GIF or WebP image</source>
        <translation>η φωτογραφία δεν είναι εικόνα JPEG, PNG, GIF ή WebP</translation>
    </message>
</context>
<context>
    <name>crm::core::CustomField</name>
    <message>
        <source>one line only</source>
        <translation>μόνο μία γραμμή</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>το «%1» δεν είναι αριθμός</translation>
    </message>
    <message>
        <source>“%1” is not an amount with a currency, like 1250.50 EUR</source>
        <translation>το «%1» δεν είναι ποσό με νόμισμα, όπως 1250.50 EUR</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>το «%1» δεν είναι ημερομηνία (ΕΕΕΕ-ΜΜ-ΗΗ)</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>το «%1» δεν είναι ναι ή όχι</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>το «%1» δεν είναι ένα από: %2</translation>
    </message>
    <message>
        <source>“%1” is not a web address (https://…)</source>
        <translation>το «%1» δεν είναι διεύθυνση ιστού (https://…)</translation>
    </message>
    <message>
        <source>there is no custom field “%1”</source>
        <translation>δεν υπάρχει προσαρμοσμένο πεδίο «%1»</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>απαιτείται τιμή</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ναι</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Όχι</translation>
    </message>
</context>
<context>
    <name>crm::core::CustomFieldRepository</name>
    <message>
        <source>%1 have no custom field “%2”</source>
        <translation>%1: δεν υπάρχει προσαρμοσμένο πεδίο «%2»</translation>
    </message>
    <message>
        <source>“%1” is not a key: use lower-case letters, digits and _, starting with a letter (at most 40)</source>
        <translation>το «%1» δεν είναι κλειδί: χρησιμοποιήστε πεζά, ψηφία και _, με γράμμα στην αρχή (έως 40)</translation>
    </message>
    <message>
        <source>a field needs a label</source>
        <translation>το πεδίο χρειάζεται ετικέτα</translation>
    </message>
    <message>
        <source>a choice field needs at least one choice</source>
        <translation>το πεδίο επιλογής χρειάζεται τουλάχιστον μία επιλογή</translation>
    </message>
    <message>
        <source>“%1” is not a choice (empty, or with ;)</source>
        <translation>το «%1» δεν είναι επιλογή (κενό ή με ;)</translation>
    </message>
    <message>
        <source>the choice “%1” is listed twice</source>
        <translation>η επιλογή «%1» αναφέρεται δύο φορές</translation>
    </message>
    <message>
        <source>%1 already have a field “%2”</source>
        <translation>%1: υπάρχει ήδη πεδίο «%2»</translation>
    </message>
    <message>
        <source>no such custom field</source>
        <translation>δεν υπάρχει τέτοιο προσαρμοσμένο πεδίο</translation>
    </message>
    <message>
        <source>%1 records have a value in “%2”: its type cannot change</source>
        <translation>εγγραφές με τιμή στο «%2»: %1· ο τύπος του δεν μπορεί να αλλάξει</translation>
    </message>
    <message>
        <source>the search refresh was stopped</source>
        <translation>η ενημέρωση της αναζήτησης διακόπηκε</translation>
    </message>
</context>
<context>
    <name>crm::core::DealListModel</name>
    <message>
        <source>Won</source>
        <translation>Κερδισμένη</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Χαμένη</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ανοιχτή</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Στάδιο</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Σταθμισμένο</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Πιθανότητα</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Αναμενόμενο κλείσιμο</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Ετικέτες</translation>
    </message>
</context>
<context>
    <name>crm::core::DealRepository</name>
    <message>
        <source>the stage %1 was deleted</source>
        <translation>το στάδιο %1 διαγράφηκε</translation>
    </message>
    <message>
        <source>a lost deal needs the reason it was lost</source>
        <translation>μια χαμένη συμφωνία χρειάζεται τον λόγο απώλειας</translation>
    </message>
    <message>
        <source>the deal “%1” is deleted</source>
        <translation>η συμφωνία «%1» έχει διαγραφεί</translation>
    </message>
    <message>
        <source>a lost deal needs the reason it was lost; mark it lost with a reason</source>
        <translation>μια χαμένη συμφωνία χρειάζεται τον λόγο απώλειας· σημειώστε την ως χαμένη με λόγο</translation>
    </message>
</context>
<context>
    <name>crm::core::DealStaleness</name>
    <message>
        <source>Stale: in %1 for %2 days, longer than its limit of %3</source>
        <translation>Στάσιμη: στο %1 ημέρες: %2, περισσότερο από το όριο %3</translation>
    </message>
    <message>
        <source>Stale: no activity for %1 days, longer than the stage&apos;s limit of %2</source>
        <translation>Στάσιμη: ημέρες χωρίς δραστηριότητα: %1, περισσότερο από το όριο του σταδίου %2</translation>
    </message>
    <message>
        <source>Stale: no activity since it was opened %1 days ago, longer than the stage&apos;s limit of %2</source>
        <translation>Στάσιμη: καμία δραστηριότητα από το άνοιγμα, πριν από ημέρες: %1, περισσότερο από το όριο του σταδίου %2</translation>
    </message>
</context>
<context>
    <name>crm::core::ICalendar</name>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>το αρχείο υπερβαίνει τα %1 MB</translation>
    </message>
</context>
<context>
    <name>crm::core::LeadConversion</name>
    <message>
        <source>the contact %1 is deleted</source>
        <translation>η επαφή %1 έχει διαγραφεί</translation>
    </message>
    <message>
        <source>%1 is not a lead; only leads are converted</source>
        <translation>η επαφή %1 δεν είναι υποψήφιος πελάτης· μετατρέπονται μόνο υποψήφιοι πελάτες</translation>
    </message>
    <message>
        <source>%1 has no company; give the company&apos;s name</source>
        <translation>η επαφή %1 δεν έχει εταιρεία· δώστε το όνομα της εταιρείας</translation>
    </message>
    <message>
        <source>the company %1 is deleted</source>
        <translation>η εταιρεία %1 έχει διαγραφεί</translation>
    </message>
    <message>
        <source>%1 is not a contact of %2</source>
        <translation>η επαφή %1 δεν ανήκει στην εταιρεία %2</translation>
    </message>
    <message>
        <source>give the name of the person at %1 the deal is with</source>
        <translation>δώστε το όνομα του προσώπου της εταιρείας %1 με το οποίο γίνεται η συμφωνία</translation>
    </message>
</context>
<context>
    <name>crm::core::Lifecycle</name>
    <message>
        <source>Lead</source>
        <translation>Υποψήφιος πελάτης</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Δυνητικός πελάτης</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Πρώην πελάτης</translation>
    </message>
</context>
<context>
    <name>crm::core::ListFilter</name>
    <message>
        <source>“%1:” needs a value, e.g. %1:something</source>
        <translation>το «%1:» χρειάζεται τιμή, π.χ. %1:κάτι</translation>
    </message>
    <message>
        <source>Unknown status “%1”: use lead, prospect, customer or former</source>
        <translation>Άγνωστη κατάσταση «%1»: χρησιμοποιήστε lead, prospect, customer ή former</translation>
    </message>
    <message>
        <source>No tag is named “%1”</source>
        <translation>Δεν υπάρχει ετικέτα με όνομα «%1»</translation>
    </message>
    <message>
        <source>Unknown field “%1”. Fields: %2</source>
        <translation>Άγνωστο πεδίο «%1». Πεδία: %2</translation>
    </message>
    <message>
        <source>Unknown stage “%1”: use %2</source>
        <translation>Άγνωστο στάδιο «%1»: χρησιμοποιήστε %2</translation>
    </message>
    <message>
        <source>Unknown pipeline “%1”: use %2</source>
        <translation>Άγνωστη ροή πωλήσεων «%1»: χρησιμοποιήστε %2</translation>
    </message>
    <message>
        <source>Unknown currency “%1”: use a code such as EUR</source>
        <translation>Άγνωστο νόμισμα «%1»: χρησιμοποιήστε έναν κωδικό όπως EUR</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ανοιχτή</translation>
    </message>
    <message>
        <source>won</source>
        <translation>κερδισμένη</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>χαμένη</translation>
    </message>
    <message>
        <source>Unknown status “%1”: use open, won or lost</source>
        <translation>Άγνωστη κατάσταση «%1»: χρησιμοποιήστε open, won ή lost</translation>
    </message>
</context>
<context>
    <name>crm::core::Money</name>
    <message>
        <source>“%1” is not an amount; write it like 1250 or 1250.50</source>
        <translation>το «%1» δεν είναι ποσό· γράψτε το π.χ. 1250 ή 1250.50</translation>
    </message>
    <message>
        <source>%1 has no minor units; write “%2” without decimals</source>
        <translation>το %1 δεν έχει υποδιαιρέσεις· γράψτε «%2» χωρίς δεκαδικά</translation>
    </message>
    <message>
        <source>%1 has %2 decimal places; “%3” has more</source>
        <translation>το %1 έχει %2 δεκαδικά ψηφία· το «%3» έχει περισσότερα</translation>
    </message>
    <message>
        <source>the amount “%1” is too large</source>
        <translation>το ποσό «%1» είναι πολύ μεγάλο</translation>
    </message>
</context>
<context>
    <name>crm::core::Pipeline</name>
    <message>
        <source>Sales</source>
        <translation>Πωλήσεις</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Διερεύνηση</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Αξιολογημένη</translation>
    </message>
    <message>
        <source>Proposal sent</source>
        <translation>Εστάλη προσφορά</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Διαπραγμάτευση</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Κερδισμένη</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Χαμένη</translation>
    </message>
</context>
<context>
    <name>crm::core::PipelineRepository</name>
    <message>
        <source>no pipeline with id %1</source>
        <translation>δεν υπάρχει ροή πωλήσεων με αναγνωριστικό %1</translation>
    </message>
    <message>
        <source>no stage with id %1</source>
        <translation>δεν υπάρχει στάδιο με αναγνωριστικό %1</translation>
    </message>
    <message>
        <source>no pipeline “%1”; there are: %2</source>
        <translation>δεν υπάρχει ροή πωλήσεων «%1»· υπάρχουν: %2</translation>
    </message>
    <message>
        <source>no stage “%1” in the pipeline %2; its stages are: %3</source>
        <translation>δεν υπάρχει στάδιο «%1» στη ροή πωλήσεων %2· τα στάδιά της: %3</translation>
    </message>
    <message>
        <source>the pipeline %1 has no won stage</source>
        <translation>η ροή πωλήσεων %1 δεν έχει στάδιο κέρδους</translation>
    </message>
    <message>
        <source>the pipeline %1 has no lost stage</source>
        <translation>η ροή πωλήσεων %1 δεν έχει στάδιο απώλειας</translation>
    </message>
    <message>
        <source>a pipeline needs a name</source>
        <translation>μια ροή πωλήσεων χρειάζεται όνομα</translation>
    </message>
    <message>
        <source>the pipeline already has a %1 stage (%2)</source>
        <translation>η ροή πωλήσεων έχει ήδη στάδιο %1 (%2)</translation>
    </message>
    <message>
        <source>deals in this stage: %1; move them first</source>
        <translation type="vanished">συμφωνίες σε αυτό το στάδιο: %1· μετακινήστε τες πρώτα</translation>
    </message>
    <message>
        <source>a stage keeps its outcome: every pipeline has exactly one won and one lost stage</source>
        <translation>ένα στάδιο κρατά την έκβασή του: κάθε ροή έχει ακριβώς ένα στάδιο κέρδους και ένα απώλειας</translation>
    </message>
    <message>
        <source>the %1 stage stays: every pipeline has exactly one won and one lost stage</source>
        <translation>το στάδιο %1 μένει: κάθε ροή έχει ακριβώς ένα στάδιο κέρδους και ένα απώλειας</translation>
    </message>
    <message>
        <source>the %1 stage is the pipeline&apos;s last open stage</source>
        <translation>το στάδιο %1 είναι το τελευταίο ανοιχτό στάδιο της ροής</translation>
    </message>
    <message>
        <source>deals in this stage: %1; choose the stage they move to</source>
        <translation>συμφωνίες σε αυτό το στάδιο: %1· επιλέξτε το στάδιο όπου θα μεταφερθούν</translation>
    </message>
    <message>
        <source>the deals can only move to another open stage of the pipeline %1</source>
        <translation>οι συμφωνίες μπορούν να μεταφερθούν μόνο σε άλλο ανοιχτό στάδιο της ροής %1</translation>
    </message>
    <message>
        <source>a new order must name every stage of the pipeline %1 once</source>
        <translation>η νέα σειρά πρέπει να αναφέρει κάθε στάδιο της ροής %1 μία φορά</translation>
    </message>
    <message>
        <source>there is no pipeline</source>
        <translation>δεν υπάρχει ροή πωλήσεων</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Νέο</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Κερδισμένη</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Χαμένη</translation>
    </message>
    <message>
        <source>%1 is the last pipeline; add another one first</source>
        <translation>η %1 είναι η τελευταία ροή· προσθέστε πρώτα άλλη</translation>
    </message>
    <message>
        <source>deals in this pipeline: %1; choose the pipeline they move to</source>
        <translation>συμφωνίες σε αυτή τη ροή: %1· επιλέξτε τη ροή όπου θα μεταφερθούν</translation>
    </message>
    <message>
        <source>the deals can only move to another pipeline</source>
        <translation>οι συμφωνίες μπορούν να μεταφερθούν μόνο σε άλλη ροή</translation>
    </message>
    <message>
        <source>the pipeline %1 has no stage for these deals</source>
        <translation>η ροή %1 δεν έχει στάδιο για αυτές τις συμφωνίες</translation>
    </message>
</context>
<context>
    <name>crm::core::Preferences</name>
    <message>
        <source>“%1” is not a region code such as LV, EE or PL</source>
        <translation>το «%1» δεν είναι κωδικός περιοχής όπως LV, EE ή PL</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR, USD or PLN</source>
        <translation>το «%1» δεν είναι κωδικός νομίσματος όπως EUR, USD ή PLN</translation>
    </message>
</context>
<context>
    <name>crm::core::Reader</name>
    <message>
        <source>Inbound</source>
        <translation>Εισερχόμενη</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Εξερχόμενη</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 λεπ.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Προθεσμία %1</translation>
    </message>
    <message>
        <source>Deal opened: %1</source>
        <translation>Άνοιγμα συμφωνίας: %1</translation>
    </message>
    <message>
        <source>Deal won: %1</source>
        <translation>Κερδισμένη συμφωνία: %1</translation>
    </message>
    <message>
        <source>Deal lost: %1</source>
        <translation>Χαμένη συμφωνία: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Λόγος: %1</translation>
    </message>
    <message>
        <source>Deal moved: %1</source>
        <translation>Μετακίνηση συμφωνίας: %1</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Ιδιωτικό</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Ομάδα</translation>
    </message>
    <message>
        <source>Contact created</source>
        <translation>Δημιουργία επαφής</translation>
    </message>
    <message>
        <source>Company created</source>
        <translation>Δημιουργία εταιρείας</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Δημιουργία εγγραφής</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Διαγράφηκε</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Επαναφέρθηκε</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Ετικέτα</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1: προστέθηκε</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1: αφαιρέθηκε</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1: άλλαξε</translation>
    </message>
</context>
<context>
    <name>crm::core::ReminderEngine</name>
    <message>
        <source>give the time to snooze until</source>
        <translation>δώστε την ώρα μέχρι την οποία θα αναβληθεί</translation>
    </message>
</context>
<context>
    <name>crm::core::Reports</name>
    <message>
        <source>Yes</source>
        <translation>Ναι</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Όχι</translation>
    </message>
    <message>
        <source>is</source>
        <translation>είναι</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>δεν είναι</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>είναι μικρότερο από</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>είναι το πολύ</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>είναι μεγαλύτερο από</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>είναι τουλάχιστον</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>περιέχει</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>ξεκινά με</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>είναι ένα από</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>είναι κενό</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>δεν είναι κενό</translation>
    </message>
    <message>
        <source>is in</source>
        <translation>είναι εντός</translation>
    </message>
    <message>
        <source>is in the past</source>
        <translation>είναι στο παρελθόν</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Υποψήφιος πελάτης</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Προοπτική</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Πρώην πελάτης</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ανοιχτή</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Κερδισμένη</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Χαμένη</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Περίοδος</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>Pipeline by stage</source>
        <translation>Ροή πωλήσεων ανά στάδιο</translation>
    </message>
    <message>
        <source>Open deals per pipeline and stage: how many, their total and their weighted amount, per currency.</source>
        <translation>Ανοιχτές συμφωνίες ανά ροή πωλήσεων και στάδιο: πλήθος, σύνολο και σταθμισμένο ποσό ανά νόμισμα.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Συμφωνίες</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Σταθμισμένο</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Ροή πωλήσεων</translation>
    </message>
    <message>
        <source>Sales forecast</source>
        <translation>Πρόβλεψη πωλήσεων</translation>
    </message>
    <message>
        <source>Open deals by the month they are expected to close, weighted by their probability.</source>
        <translation>Ανοιχτές συμφωνίες ανά μήνα αναμενόμενου κλεισίματος, σταθμισμένες με την πιθανότητά τους.</translation>
    </message>
    <message>
        <source>Won and lost deals</source>
        <translation>Κερδισμένες και χαμένες συμφωνίες</translation>
    </message>
    <message>
        <source>Deals closed in the period, won or lost, with the reasons they were lost.</source>
        <translation>Συμφωνίες που έκλεισαν στην περίοδο, κερδισμένες ή χαμένες, με τους λόγους απώλειας.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Αξία</translation>
    </message>
    <message>
        <source>Activity per owner</source>
        <translation>Δραστηριότητα ανά υπεύθυνο</translation>
    </message>
    <message>
        <source>Calls, meetings, visits, tasks, notes and e-mails per owner and kind: how many, how many done.</source>
        <translation>Κλήσεις, συσκέψεις, επισκέψεις, εργασίες, σημειώσεις και email ανά υπεύθυνο και είδος: πόσες συνολικά, πόσες ολοκληρώθηκαν.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Δραστηριότητες</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>Lead source effectiveness</source>
        <translation>Αποδοτικότητα πηγών</translation>
    </message>
    <message>
        <source>Per source: the leads it brought, how many were qualified, their deals and the value won.</source>
        <translation>Ανά πηγή: οι υποψήφιοι πελάτες που έφερε, πόσοι αξιολογήθηκαν, οι συμφωνίες τους και η αξία που κερδήθηκε.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Υποψήφιοι πελάτες</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Αξιολογημένοι</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Αξία κερδισμένων</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Πελάτες</translation>
    </message>
    <message>
        <source>Companies that bought from us: when we last spoke to them and what they bought in all.</source>
        <translation>Εταιρείες που αγόρασαν από εμάς: πότε τους μιλήσαμε τελευταία φορά και τι αγόρασαν συνολικά.</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Εκπρόθεσμες εργασίες</translation>
    </message>
    <message>
        <source>Open tasks past their due time, the oldest first.</source>
        <translation>Ανοιχτές εργασίες με περασμένη προθεσμία, πρώτα οι παλαιότερες.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Θέση</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Προέλευση</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Γενέθλια</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργία</translation>
    </message>
    <message>
        <source>Month created</source>
        <translation>Μήνας δημιουργίας</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Κερδισμένες συμφωνίες</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Τελευταία επικοινωνία</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Κλάδος</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Ιστότοπος</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Επαφές</translation>
    </message>
    <message>
        <source>Lifetime won value</source>
        <translation>Συνολική αξία κερδισμένων</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Στάδιο</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Έκβαση</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>Weighted amount</source>
        <translation>Σταθμισμένο ποσό</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>Πιθανότητα %</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Αναμενόμενο κλείσιμο</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>Μήνας κλεισίματος</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Λόγος απώλειας</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Επόμενο βήμα</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Έκλεισε</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>Στο στάδιο από</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Ολοκληρώθηκε στις</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Συμφωνία</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Τοποθεσία</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Εκπρόθεσμη</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Ημέρες καθυστέρησης</translation>
    </message>
</context>
<context>
    <name>crm::core::TagRepository</name>
    <message>
        <source>a tag needs a name</source>
        <translation>η ετικέτα χρειάζεται όνομα</translation>
    </message>
    <message>
        <source>there is a tag “%1” already; merge the two instead</source>
        <translation>υπάρχει ήδη ετικέτα «%1»· συγχωνεύστε τις δύο</translation>
    </message>
    <message>
        <source>“%1” is not a colour like #1976d2</source>
        <translation>το «%1» δεν είναι χρώμα όπως #1976d2</translation>
    </message>
</context>
<context>
    <name>crm::core::Timeline</name>
    <message>
        <source>Call</source>
        <translation>Κλήση</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Σύσκεψη</translation>
    </message>
    <message>
        <source>Customer visit</source>
        <translation>Επίσκεψη σε πελάτη</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Εργασία</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Deal opened</source>
        <translation>Άνοιγμα συμφωνίας</translation>
    </message>
    <message>
        <source>Stage changed</source>
        <translation>Αλλαγή σταδίου</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Κερδισμένη συμφωνία</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Χαμένη συμφωνία</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργία</translation>
    </message>
    <message>
        <source>Field changed</source>
        <translation>Αλλαγή πεδίου</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Διαγράφηκε</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Επαναφέρθηκε</translation>
    </message>
</context>
<context>
    <name>crm::core::TimelineModel</name>
    <message>
        <source>Today %1</source>
        <translation>Σήμερα %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Χθες %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>Αύριο %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Τι</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Λεπτομέρειες</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ποιος</translation>
    </message>
</context>
<context>
    <name>crm::core::TimelineRepository</name>
    <message>
        <source>no contact, company or deal with this id</source>
        <translation>δεν υπάρχει επαφή, εταιρεία ή συμφωνία με αυτό το αναγνωριστικό</translation>
    </message>
</context>
<context>
    <name>crm::core::Validation</name>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD</source>
        <translation>το «%1» δεν είναι ημερομηνία· γράψτε τη ως ΕΕΕΕ-ΜΜ-ΗΗ</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar</source>
        <translation>η %1 δεν υπάρχει στο ημερολόγιο</translation>
    </message>
    <message>
        <source>a birthday must lie between 1900 and today</source>
        <translation>τα γενέθλια πρέπει να είναι μεταξύ του 1900 και της σημερινής ημέρας</translation>
    </message>
    <message>
        <source>a contact needs a first or a last name</source>
        <translation>η επαφή χρειάζεται όνομα ή επώνυμο</translation>
    </message>
    <message>
        <source>the first name is too long</source>
        <translation>το όνομα είναι πολύ μεγάλο</translation>
    </message>
    <message>
        <source>the last name is too long</source>
        <translation>το επώνυμο είναι πολύ μεγάλο</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address</source>
        <translation>το «%1» δεν είναι έγκυρη διεύθυνση email</translation>
    </message>
    <message>
        <source>unknown label “%1”</source>
        <translation>άγνωστος τύπος «%1»</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>το «%1» δεν είναι αριθμός τηλεφώνου</translation>
    </message>
    <message>
        <source>visibility is “team” or “private”</source>
        <translation>η ορατότητα είναι «team» ή «private»</translation>
    </message>
    <message>
        <source>a company needs a name</source>
        <translation>η εταιρεία χρειάζεται επωνυμία</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>η επωνυμία είναι πολύ μεγάλη</translation>
    </message>
    <message>
        <source>“%1” is not a web address</source>
        <translation>το «%1» δεν είναι διεύθυνση ιστότοπου</translation>
    </message>
    <message>
        <source>give the activity a subject</source>
        <translation>δώστε θέμα στη δραστηριότητα</translation>
    </message>
    <message>
        <source>the subject is longer than 500 characters</source>
        <translation>το θέμα υπερβαίνει τους 500 χαρακτήρες</translation>
    </message>
    <message>
        <source>a meeting or visit needs a start time</source>
        <translation>μια σύσκεψη ή επίσκεψη χρειάζεται ώρα έναρξης</translation>
    </message>
    <message>
        <source>an end time needs a start time</source>
        <translation>μια ώρα λήξης χρειάζεται ώρα έναρξης</translation>
    </message>
    <message>
        <source>the end is before the start</source>
        <translation>η λήξη είναι πριν από την έναρξη</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone</source>
        <translation>το «%1» δεν είναι γνωστή ζώνη ώρας</translation>
    </message>
    <message>
        <source>the direction is inbound or outbound, not “%1”</source>
        <translation>η κατεύθυνση είναι inbound ή outbound, όχι «%1»</translation>
    </message>
    <message>
        <source>the duration cannot be negative</source>
        <translation>η διάρκεια δεν μπορεί να είναι αρνητική</translation>
    </message>
    <message>
        <source>the priority is a number from 0 to 9</source>
        <translation>η προτεραιότητα είναι αριθμός από 0 έως 9</translation>
    </message>
    <message>
        <source>a reminder needs a start or a due time</source>
        <translation>μια υπενθύμιση χρειάζεται ώρα έναρξης ή προθεσμία</translation>
    </message>
    <message>
        <source>a reminder is between 0 minutes and a year ahead</source>
        <translation>μια υπενθύμιση ορίζεται από 0 λεπτά έως ένα έτος πριν</translation>
    </message>
    <message>
        <source>the visibility is team or private, not “%1”</source>
        <translation>η ορατότητα είναι team ή private, όχι «%1»</translation>
    </message>
    <message>
        <source>an attendee needs a contact, a name or an e-mail</source>
        <translation>ένας συμμετέχων χρειάζεται επαφή, όνομα ή email</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>το «%1» δεν είναι διεύθυνση email</translation>
    </message>
    <message>
        <source>give the new date and time</source>
        <translation>δώστε τη νέα ημερομηνία και ώρα</translation>
    </message>
</context>
<context>
    <name>crm::core::dashboard</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Νέες επαφές</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Νέοι υποψήφιοι πελάτες</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Κερδισμένες συμφωνίες</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>Χαμένες συμφωνίες</translation>
    </message>
    <message>
        <source>Deals closed</source>
        <translation>Κλειστές συμφωνίες</translation>
    </message>
    <message>
        <source>Deals won (sales cycle)</source>
        <translation>Κερδισμένες συμφωνίες (κύκλος πώλησης)</translation>
    </message>
    <message>
        <source>Open deals · %1</source>
        <translation>Ανοιχτές συμφωνίες · %1</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Ανοιχτές συμφωνίες</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Ολοκληρώθηκαν: %1</translation>
    </message>
    <message>
        <source>Activities done</source>
        <translation>Ολοκληρωμένες δραστηριότητες</translation>
    </message>
    <message>
        <source>Won from %1</source>
        <translation>Κερδήθηκαν από %1</translation>
    </message>
    <message>
        <source>Deals won · %1</source>
        <translation>Κερδισμένες συμφωνίες · %1</translation>
    </message>
</context>
<context>
    <name>crm::core::dashboard::DashboardPeriod</name>
    <message>
        <source>the dashboard needs a period with a start, not “%1”</source>
        <translation>η αρχική οθόνη χρειάζεται περίοδο με αρχή, όχι «%1»</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Αυτή η εβδομάδα</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Αυτός ο μήνας</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Αυτό το τρίμηνο</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Αυτό το έτος</translation>
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
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>crm::core::dashboard::DashboardService</name>
    <message>
        <source>Overdue tasks</source>
        <translation>Εκπρόθεσμες εργασίες</translation>
    </message>
    <message>
        <source>Stale deals</source>
        <translation>Στάσιμες συμφωνίες</translation>
    </message>
</context>
<context>
    <name>crm::core::dedup</name>
    <message>
        <source>a merge needs at least two records</source>
        <translation>η συγχώνευση χρειάζεται τουλάχιστον δύο εγγραφές</translation>
    </message>
    <message>
        <source>a record is named twice in the merge</source>
        <translation>μια εγγραφή αναφέρεται δύο φορές στη συγχώνευση</translation>
    </message>
    <message>
        <source>the record to keep (%1) is not one of the merged records</source>
        <translation>η εγγραφή που κρατιέται (%1) δεν είναι μία από τις συγχωνευόμενες</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>άγνωστο πεδίο %1</translation>
    </message>
    <message>
        <source>field %1: record %2 is not one of the merged records</source>
        <translation>πεδίο %1: η εγγραφή %2 δεν είναι μία από τις συγχωνευόμενες</translation>
    </message>
    <message>
        <source>no record with id %1</source>
        <translation>δεν υπάρχει εγγραφή με id %1</translation>
    </message>
    <message>
        <source>record %1 is deleted</source>
        <translation>η εγγραφή %1 έχει διαγραφεί</translation>
    </message>
</context>
<context>
    <name>crm::core::dedup::DuplicateFinder</name>
    <message>
        <source>a pair needs two different records</source>
        <translation>ένα ζεύγος χρειάζεται δύο διαφορετικές εγγραφές</translation>
    </message>
    <message>
        <source>contacts are being imported; look for duplicates again when the import has finished</source>
        <translation>γίνεται εισαγωγή επαφών· αναζητήστε ξανά διπλότυπα όταν ολοκληρωθεί η εισαγωγή</translation>
    </message>
</context>
<context>
    <name>crm::core::dedup::MergeService</name>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Κλάδος</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Ιστότοπος</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Οδός</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Ταχυδρομικός κώδικας</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Κάτοχος</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Ορατότητα</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Θέση</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Γενέθλια</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>no merge with id %1</source>
        <translation>δεν υπάρχει συγχώνευση με id %1</translation>
    </message>
    <message>
        <source>merge %1 was already undone</source>
        <translation>η συγχώνευση %1 έχει ήδη αναιρεθεί</translation>
    </message>
    <message>
        <source>%1 was changed after the merge and keeps its new value</source>
        <translation>το %1 άλλαξε μετά τη συγχώνευση και κρατά τη νέα τιμή</translation>
    </message>
    <message>
        <source>cannot unmerge: the record kept by the merge no longer exists</source>
        <translation>αδύνατος ο διαχωρισμός: η εγγραφή που κρατήθηκε δεν υπάρχει πια</translation>
    </message>
    <message>
        <source>cannot unmerge: %1, the record kept by the merge, was deleted after it; restore it first</source>
        <translation>αδύνατος ο διαχωρισμός: η %1, η εγγραφή που κρατήθηκε, διαγράφηκε μετά· επαναφέρετέ την πρώτα</translation>
    </message>
    <message>
        <source>the activity “%1” was deleted after the merge</source>
        <translation>η δραστηριότητα «%1» διαγράφηκε μετά τη συγχώνευση</translation>
    </message>
    <message>
        <source>the activity “%1” was linked elsewhere after the merge</source>
        <translation>η δραστηριότητα «%1» συνδέθηκε αλλού μετά τη συγχώνευση</translation>
    </message>
    <message>
        <source>the deal “%1” was deleted after the merge</source>
        <translation>η συμφωνία «%1» διαγράφηκε μετά τη συγχώνευση</translation>
    </message>
    <message>
        <source>the deal “%1” was moved to another company after the merge</source>
        <translation>η συμφωνία «%1» μεταφέρθηκε σε άλλη εταιρεία μετά τη συγχώνευση</translation>
    </message>
    <message>
        <source>the deal “%1” no longer has the contact after the merge</source>
        <translation>η συμφωνία «%1» δεν έχει πια την επαφή μετά τη συγχώνευση</translation>
    </message>
    <message>
        <source>the contact %1 was deleted after the merge</source>
        <translation>η επαφή %1 διαγράφηκε μετά τη συγχώνευση</translation>
    </message>
    <message>
        <source>the contact %1 was moved to another company after the merge</source>
        <translation>η επαφή %1 μεταφέρθηκε σε άλλη εταιρεία μετά τη συγχώνευση</translation>
    </message>
</context>
<context>
    <name>crm::core::dedup::Scan</name>
    <message>
        <source>same website domain %1</source>
        <translation>ίδιος τομέας ιστού %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>ίδιο τηλέφωνο %1</translation>
    </message>
    <message>
        <source>same name: %1</source>
        <translation>ίδιο όνομα: %1</translation>
    </message>
    <message>
        <source>the search for duplicates was cancelled</source>
        <translation>η αναζήτηση διπλοτύπων ακυρώθηκε</translation>
    </message>
</context>
<context>
    <name>crm::core::import</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>δεν είναι δυνατό το άνοιγμα του %1: %2</translation>
    </message>
    <message>
        <source>unknown encoding “%1”</source>
        <translation>άγνωστη κωδικοποίηση «%1»</translation>
    </message>
    <message>
        <source>not a text file (binary data at byte %1)</source>
        <translation>δεν είναι αρχείο κειμένου (δυαδικά δεδομένα στο byte %1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>το αρχείο είναι κενό</translation>
    </message>
    <message>
        <source>line %1: there is no custom field “%2” for contacts; its value “%3” is skipped</source>
        <translation>γραμμή %1: δεν υπάρχει προσαρμοσμένο πεδίο «%2» για επαφές· η τιμή του «%3» παραλείφθηκε</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>γραμμή %1: %2</translation>
    </message>
</context>
<context>
    <name>crm::core::import::ColumnMapping</name>
    <message>
        <source>(do not import)</source>
        <translation>(χωρίς εισαγωγή)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ονοματεπώνυμο</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Θέση</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>E-mail (work)</source>
        <translation>Email (εργασίας)</translation>
    </message>
    <message>
        <source>E-mail (home)</source>
        <translation>Email (οικίας)</translation>
    </message>
    <message>
        <source>E-mail (other)</source>
        <translation>Email (άλλο)</translation>
    </message>
    <message>
        <source>E-mail label</source>
        <translation>Τύπος email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Phone (work)</source>
        <translation>Τηλέφωνο (εργασίας)</translation>
    </message>
    <message>
        <source>Phone (mobile)</source>
        <translation>Τηλέφωνο (κινητό)</translation>
    </message>
    <message>
        <source>Phone (home)</source>
        <translation>Τηλέφωνο (οικίας)</translation>
    </message>
    <message>
        <source>Phone (other)</source>
        <translation>Τηλέφωνο (άλλο)</translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation>Τύπος τηλεφώνου</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Οδός</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Ταχυδρομικός κώδικας</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Γενέθλια</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Προέλευση</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Ετικέτες</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>“%1” is not a date (expected YYYY-MM-DD, DD.MM.YYYY or MM/DD/YYYY)</source>
        <translation>το «%1» δεν είναι ημερομηνία (αναμενόταν ΕΕΕΕ-ΜΜ-ΗΗ, ΗΗ.ΜΜ.ΕΕΕΕ ή ΜΜ/ΗΗ/ΕΕΕΕ)</translation>
    </message>
    <message>
        <source>“%1” is not a status (lead, prospect, customer or former)</source>
        <translation>το «%1» δεν είναι κατάσταση (lead, prospect, customer ή former)</translation>
    </message>
</context>
<context>
    <name>crm::core::import::ContactImporter</name>
    <message>
        <source>%1: no column is mapped to a contact field (headers: %2)</source>
        <translation>%1: καμία στήλη δεν αντιστοιχίζεται σε πεδίο επαφής (κεφαλίδες: %2)</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>η εισαγωγή ακυρώθηκε</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>γραμμή %1: %2</translation>
    </message>
    <message>
        <source>%1; undoing the partial import %2 failed: %3</source>
        <translation>%1· η αναίρεση της μερικής εισαγωγής %2 απέτυχε: %3</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing of it was kept</source>
        <translation>η εισαγωγή ακυρώθηκε· δεν κρατήθηκε τίποτα από αυτήν</translation>
    </message>
    <message>
        <source>the import has no preview</source>
        <translation>η εισαγωγή δεν έχει προεπισκόπηση</translation>
    </message>
</context>
<context>
    <name>crm::core::import::Evidence</name>
    <message>
        <source>same e-mail %1</source>
        <translation type="vanished">ίδιο email %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation type="vanished">ίδιο τηλέφωνο %1</translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="vanished">ίδιο όνομα</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation type="vanished">παρόμοιο όνομα</translation>
    </message>
</context>
<context>
    <name>crm::core::import::ImportBatches</name>
    <message>
        <source>no import with number %1</source>
        <translation>δεν υπάρχει εισαγωγή με αριθμό %1</translation>
    </message>
    <message>
        <source>import %1 was already undone</source>
        <translation>η εισαγωγή %1 έχει ήδη αναιρεθεί</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> και %1 ακόμη</translation>
    </message>
    <message>
        <source>import %1 cannot be undone: records were changed after it: %2</source>
        <translation>η εισαγωγή %1 δεν μπορεί να αναιρεθεί: εγγραφές άλλαξαν μετά από αυτήν: %2</translation>
    </message>
    <message>
        <source>the undo was stopped</source>
        <translation>η αναίρεση διακόπηκε</translation>
    </message>
</context>
<context>
    <name>crm::core::import::ImportSource</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>δεν είναι δυνατό το άνοιγμα του %1: %2</translation>
    </message>
    <message>
        <source>the file is too large for a vCard file</source>
        <translation>το αρχείο είναι πολύ μεγάλο για αρχείο vCard</translation>
    </message>
    <message>
        <source>bytes that are not valid %1 text</source>
        <translation>byte που δεν είναι έγκυρο κείμενο %1</translation>
    </message>
    <message>
        <source>line %1: %2; skipped</source>
        <translation>γραμμή %1: %2· παραλείφθηκε</translation>
    </message>
</context>
<context>
    <name>crm::core::import::MatchEvidence</name>
    <message>
        <source>same e-mail %1</source>
        <translation>ίδιο email %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>ίδιο τηλέφωνο %1</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>ίδιο όνομα</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>παρόμοιο όνομα</translation>
    </message>
    <message>
        <source>same name: %1</source>
        <translation>ίδιο όνομα: %1</translation>
    </message>
    <message>
        <source>similar names: %1 / %2 %3</source>
        <translation>παρόμοια ονόματα: %1 / %2 %3</translation>
    </message>
    <message>
        <source>but different e-mails or phones</source>
        <translation>αλλά διαφορετικά email ή τηλέφωνα</translation>
    </message>
    <message>
        <source>an office&apos;s address</source>
        <translation>διεύθυνση γραφείου</translation>
    </message>
    <message>
        <source>same birthday</source>
        <translation>ίδια ημερομηνία γέννησης</translation>
    </message>
    <message>
        <source>but different first names</source>
        <translation>αλλά διαφορετικά μικρά ονόματα</translation>
    </message>
    <message>
        <source>but different birthdays</source>
        <translation>αλλά διαφορετικές ημερομηνίες γέννησης</translation>
    </message>
    <message>
        <source>but different places</source>
        <translation>αλλά διαφορετικά μέρη</translation>
    </message>
</context>
<context>
    <name>crm::core::io</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Θέση</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>E-mail %1 - Label</source>
        <translation>Email %1 - Τύπος</translation>
    </message>
    <message>
        <source>E-mail %1 - Value</source>
        <translation>Email %1 - Τιμή</translation>
    </message>
    <message>
        <source>Phone %1 - Label</source>
        <translation>Τηλέφωνο %1 - Τύπος</translation>
    </message>
    <message>
        <source>Phone %1 - Value</source>
        <translation>Τηλέφωνο %1 - Τιμή</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Οδός</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Ταχυδρομικός κώδικας</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Γενέθλια</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Προέλευση</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Ετικέτες</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>δεν είναι δυνατή η εγγραφή του αρχείου: %1</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>η εξαγωγή ακυρώθηκε</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>γραμμή %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a property (NAME:value)</source>
        <translation>το «%1» δεν είναι ιδιότητα (ΟΝΟΜΑ:τιμή)</translation>
    </message>
    <message>
        <source>line %1: the photo is not valid base64; skipped</source>
        <translation>γραμμή %1: η φωτογραφία δεν είναι έγκυρο base64· παραλείφθηκε</translation>
    </message>
    <message>
        <source>line %1: the photo is not a base64 data URI; skipped</source>
        <translation>γραμμή %1: η φωτογραφία δεν είναι data URI σε base64· παραλείφθηκε</translation>
    </message>
    <message>
        <source>line %1: birthday “%2” is not a date; skipped</source>
        <translation>γραμμή %1: τα γενέθλια «%2» δεν είναι ημερομηνία· παραλείφθηκαν</translation>
    </message>
    <message>
        <source>a vCard begins inside the one that begins on line %1</source>
        <translation>ένα vCard ξεκινά μέσα σε άλλο που ξεκινά στη γραμμή %1</translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD χωρίς BEGIN:VCARD</translation>
    </message>
    <message>
        <source>text outside a vCard (BEGIN:VCARD … END:VCARD): “%1”</source>
        <translation>κείμενο εκτός vCard (BEGIN:VCARD … END:VCARD): «%1»</translation>
    </message>
    <message>
        <source>the vCard that begins here does not end (END:VCARD is missing)</source>
        <translation>το vCard που ξεκινά εδώ δεν τελειώνει (λείπει το END:VCARD)</translation>
    </message>
    <message>
        <source>no vCard in the file (BEGIN:VCARD is missing)</source>
        <translation>δεν υπάρχει vCard στο αρχείο (λείπει το BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>line %1: the photo is a link to elsewhere (“%2”), not a picture in the file; skipped</source>
        <translation>γραμμή %1: η φωτογραφία είναι σύνδεσμος αλλού («%2»), όχι εικόνα μέσα στο αρχείο· παραλείφθηκε</translation>
    </message>
    <message>
        <source>line %1: %2 without X-KEY (the field it is for); skipped</source>
        <translation>γραμμή %1: %2 χωρίς X-KEY (το πεδίο στο οποίο αναφέρεται)· παραλείφθηκε</translation>
    </message>
</context>
<context>
    <name>crm::core::io::CsvReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>γραμμή %1: %2</translation>
    </message>
    <message>
        <source>more than %1 fields</source>
        <translation>περισσότερα από %1 πεδία</translation>
    </message>
    <message>
        <source>a quoted field that starts here is not closed</source>
        <translation>ένα πεδίο σε εισαγωγικά που ξεκινά εδώ δεν κλείνει</translation>
    </message>
    <message>
        <source>“%1” after the closing quote of a field (a quote inside a field is written &quot;&quot;)</source>
        <translation>«%1» μετά τα εισαγωγικά κλεισίματος ενός πεδίου (εισαγωγικά μέσα σε πεδίο γράφονται &quot;&quot;)</translation>
    </message>
    <message>
        <source>a field longer than %1 characters</source>
        <translation>πεδίο μεγαλύτερο από %1 χαρακτήρες</translation>
    </message>
</context>
<context>
    <name>crm::core::io::CsvWriter</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>δεν είναι δυνατή η εγγραφή του αρχείου: %1</translation>
    </message>
</context>
<context>
    <name>crm::core::reports</name>
    <message>
        <source>must be an object</source>
        <translation>πρέπει να είναι αντικείμενο</translation>
    </message>
    <message>
        <source>filter groups nest too deep (at most 8 levels)</source>
        <translation>οι ομάδες φίλτρων είναι εμφωλευμένες πολύ βαθιά (έως 8 επίπεδα)</translation>
    </message>
    <message>
        <source>“%1” is not all or any</source>
        <translation>το «%1» δεν είναι all ή any</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>πρέπει να είναι πίνακας</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>λείπει</translation>
    </message>
    <message>
        <source>must be a string, a number or a list</source>
        <translation>πρέπει να είναι συμβολοσειρά, αριθμός ή λίστα</translation>
    </message>
    <message>
        <source>unknown field “%1” of %2</source>
        <translation>άγνωστο πεδίο «%1» του %2</translation>
    </message>
    <message>
        <source>“%1” does not apply to %2 (use %3)</source>
        <translation>το «%1» δεν ισχύει για %2 (χρησιμοποιήστε %3)</translation>
    </message>
    <message>
        <source>no parameter named “%1”</source>
        <translation>δεν υπάρχει παράμετρος με όνομα «%1»</translation>
    </message>
    <message>
        <source>must be a list for “in”</source>
        <translation>για το «in» πρέπει να είναι λίστα</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Επαφές</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Εταιρείες</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Συμφωνίες</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Δραστηριότητες</translation>
    </message>
    <message>
        <source>saved report %1: %2</source>
        <translation>αποθηκευμένη αναφορά %1: %2</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::Compiler</name>
    <message>
        <source> and </source>
        <translation> και </translation>
    </message>
    <message>
        <source> or </source>
        <translation> ή </translation>
    </message>
    <message>
        <source>: “%1” is not a whole number</source>
        <translation>: το «%1» δεν είναι ακέραιος αριθμός</translation>
    </message>
    <message>
        <source>: “%1” is not true or false</source>
        <translation>: το «%1» δεν είναι true ή false</translation>
    </message>
    <message>
        <source>: “%1” is not an amount</source>
        <translation>: το «%1» δεν είναι ποσό</translation>
    </message>
    <message>
        <source>: “%1” is not a date (YYYY-MM-DD)</source>
        <translation>: το «%1» δεν είναι ημερομηνία (ΕΕΕΕ-ΜΜ-ΗΗ)</translation>
    </message>
    <message>
        <source>: “%1” is not a date</source>
        <translation>: το «%1» δεν είναι ημερομηνία</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::Period</name>
    <message>
        <source>a period needs at least one day</source>
        <translation>μια περίοδος χρειάζεται τουλάχιστον μία ημέρα</translation>
    </message>
    <message>
        <source>“%1” holds a date that does not exist</source>
        <translation>το «%1» περιέχει ημερομηνία που δεν υπάρχει</translation>
    </message>
    <message>
        <source>“%1” ends before it starts</source>
        <translation>το «%1» τελειώνει πριν ξεκινήσει</translation>
    </message>
    <message>
        <source>“%1” is not a period; use all, today, this_week, this_month, this_quarter, this_year, previous_month, previous_quarter, previous_year, last_N_days, previous_N_days, next_N_days or YYYY-MM-DD..YYYY-MM-DD</source>
        <translation>το «%1» δεν είναι περίοδος· χρησιμοποιήστε all, today, this_week, this_month, this_quarter, this_year, previous_month, previous_quarter, previous_year, last_N_days, previous_N_days, next_N_days ή ΕΕΕΕ-ΜΜ-ΗΗ..ΕΕΕΕ-ΜΜ-ΗΗ</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Όλο το διάστημα</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::PlainFormatter</name>
    <message>
        <source>Yes</source>
        <translation>Ναι</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Όχι</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::ReportChart</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(κανένα)</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::ReportDefinition</name>
    <message>
        <source>line %1 (offset %2): %3</source>
        <translation>γραμμή %1 (θέση %2): %3</translation>
    </message>
    <message>
        <source>a report definition must be a JSON object</source>
        <translation>ο ορισμός αναφοράς πρέπει να είναι αντικείμενο JSON</translation>
    </message>
    <message>
        <source>unsupported version %1</source>
        <translation>μη υποστηριζόμενη έκδοση %1</translation>
    </message>
    <message>
        <source>“%1” is not contacts, companies, deals or activities</source>
        <translation>το «%1» δεν είναι contacts, companies, deals ή activities</translation>
    </message>
    <message>
        <source>must be an array of field names</source>
        <translation>πρέπει να είναι πίνακας ονομάτων πεδίων</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>πρέπει να είναι συμβολοσειρά</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>πρέπει να είναι πίνακας</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>πρέπει να είναι αντικείμενο</translation>
    </message>
    <message>
        <source>a report needs a title</source>
        <translation>μια αναφορά χρειάζεται τίτλο</translation>
    </message>
    <message>
        <source>unknown field “%1” of %2</source>
        <translation>άγνωστο πεδίο «%1» του %2</translation>
    </message>
    <message>
        <source>a report without groups needs at least one column</source>
        <translation>μια αναφορά χωρίς ομάδες χρειάζεται τουλάχιστον μία στήλη</translation>
    </message>
    <message>
        <source>at most two group fields</source>
        <translation>έως δύο πεδία ομαδοποίησης</translation>
    </message>
    <message>
        <source>“%1” cannot be grouped by</source>
        <translation>δεν είναι δυνατή η ομαδοποίηση κατά «%1»</translation>
    </message>
    <message>
        <source>the same field twice</source>
        <translation>το ίδιο πεδίο δύο φορές</translation>
    </message>
    <message>
        <source>a grouped report needs at least one figure</source>
        <translation>μια ομαδοποιημένη αναφορά χρειάζεται τουλάχιστον ένα μέγεθος</translation>
    </message>
    <message>
        <source>count takes no field</source>
        <translation>το count δεν δέχεται πεδίο</translation>
    </message>
    <message>
        <source>“%1” is not count, sum or avg</source>
        <translation>το «%1» δεν είναι count, sum ή avg</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>το «%1» δεν είναι αριθμός</translation>
    </message>
    <message>
        <source>amounts in several currencies can be summed, not averaged</source>
        <translation>ποσά σε πολλά νομίσματα μπορούν να αθροιστούν, όχι να υπολογιστεί μέσος όρος</translation>
    </message>
    <message>
        <source>amounts in several currencies cannot be sorted</source>
        <translation>ποσά σε πολλά νομίσματα δεν μπορούν να ταξινομηθούν</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>λείπει</translation>
    </message>
    <message>
        <source>“%1” is not %2</source>
        <translation>το «%1» δεν είναι %2</translation>
    </message>
    <message>
        <source>“%1” is given twice</source>
        <translation>το «%1» δίνεται δύο φορές</translation>
    </message>
    <message>
        <source>there is no figure %1</source>
        <translation>δεν υπάρχει μέγεθος %1</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::ReportEngine</name>
    <message>
        <source>unknown parameter “%1” (this report takes: %2)</source>
        <translation>άγνωστη παράμετρος «%1» (αυτή η αναφορά δέχεται: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>κανένα</translation>
    </message>
    <message>
        <source>parameter %1: %2</source>
        <translation>παράμετρος %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>parameter %1: “%2” is not a whole number</source>
        <translation>παράμετρος %1: το «%2» δεν είναι ακέραιος αριθμός</translation>
    </message>
    <message>
        <source>all</source>
        <translation>όλα</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Πλήθος</translation>
    </message>
    <message>
        <source>Sum of %1</source>
        <translation>Άθροισμα: %1</translation>
    </message>
    <message>
        <source>Average %1</source>
        <translation>Μέσος όρος: %1</translation>
    </message>
    <message>
        <source>running the report “%1”</source>
        <translation>εκτέλεση της αναφοράς «%1»</translation>
    </message>
    <message>
        <source>the report was cancelled</source>
        <translation>η αναφορά ακυρώθηκε</translation>
    </message>
    <message>
        <source>Total · %1</source>
        <translation>Σύνολο · %1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Μερικό σύνολο</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::ReportRepository</name>
    <message>
        <source>no saved report %1</source>
        <translation>δεν υπάρχει αποθηκευμένη αναφορά %1</translation>
    </message>
    <message>
        <source>“%1” names more than one report; use its id</source>
        <translation>το «%1» αντιστοιχεί σε περισσότερες από μία αναφορές· χρησιμοποιήστε το αναγνωριστικό της</translation>
    </message>
    <message>
        <source>no report named “%1”</source>
        <translation>δεν υπάρχει αναφορά με όνομα «%1»</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (αντίγραφο)</translation>
    </message>
</context>
<context>
    <name>crm::ui</name>
    <message>
        <source>work</source>
        <translation>εργασίας</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>κινητό</translation>
    </message>
    <message>
        <source>home</source>
        <translation>οικίας</translation>
    </message>
    <message>
        <source>other</source>
        <translation>άλλο</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No change · was %1</source>
        <translation>Χωρίς μεταβολή · ήταν %1</translation>
    </message>
    <message>
        <source>%1 from none before</source>
        <translation>%1 — πριν δεν υπήρχε</translation>
    </message>
    <message>
        <source>%1 %2 · was %3</source>
        <translation>%1 %2 · ήταν %3</translation>
    </message>
    <message>
        <source>%1, millions</source>
        <translation>%1, εκατομμύρια</translation>
    </message>
    <message>
        <source>%1, thousands</source>
        <translation>%1, χιλιάδες</translation>
    </message>
    <message>
        <source>Undoing import %1…</source>
        <translation>Αναίρεση της εισαγωγής %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Αναίρεση εισαγωγής</translation>
    </message>
    <message>
        <source>Stopping after the current set…</source>
        <translation>Διακοπή μετά την τρέχουσα ομάδα…</translation>
    </message>
    <message>
        <source>Undone: %1 of %2</source>
        <translation>Αναιρέθηκαν: %1 από %2</translation>
    </message>
    <message>
        <source>The undo was stopped. What was undone stays undone; undo the import again (File ▸ Import History) to finish it.</source>
        <translation>Η αναίρεση σταμάτησε. Ό,τι αναιρέθηκε μένει αναιρεμένο· για να ολοκληρωθεί, αναιρέστε ξανά την εισαγωγή (Αρχείο ▸ Ιστορικό εισαγωγών).</translation>
    </message>
</context>
<context>
    <name>crm::ui::ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>Νέα δραστηριότητα</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Outbound (I called)</source>
        <translation>Εξερχόμενη (κάλεσα εγώ)</translation>
    </message>
    <message>
        <source>Inbound (they called)</source>
        <translation>Εισερχόμενη (με κάλεσαν)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Δεν καταγράφηκε</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>επικοινωνία</translation>
    </message>
    <message>
        <source>left a voicemail</source>
        <translation>αφέθηκε φωνητικό μήνυμα</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>καμία απάντηση</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>κατειλημμένο</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>λάθος αριθμός</translation>
    </message>
    <message>
        <source> min</source>
        <translation> λεπ.</translation>
    </message>
    <message>
        <source>An address, a room or a video link</source>
        <translation>Διεύθυνση, αίθουσα ή σύνδεσμος βιντεοκλήσης</translation>
    </message>
    <message>
        <source>Type to invite a contact</source>
        <translation>Πληκτρολογήστε για να προσκαλέσετε επαφή</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Καμία</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Υψηλή</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Κανονική</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Χαμηλή</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>&amp;Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Χωρίς υπενθύμιση</translation>
    </message>
    <message>
        <source>At the time</source>
        <translation>Την ώρα έναρξης</translation>
    </message>
    <message>
        <source>%1 minutes before</source>
        <translation>%1 λεπτά πριν</translation>
    </message>
    <message>
        <source>A day before</source>
        <translation>Μία ημέρα πριν</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Είδος:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Θέμα:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>Επα&amp;φή:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>Εται&amp;ρεία:</translation>
    </message>
    <message>
        <source>D&amp;eal:</source>
        <translation>&amp;Συμφωνία:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>&amp;Κατεύθυνση:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Αποτέλεσμα:</translation>
    </message>
    <message>
        <source>Durat&amp;ion:</source>
        <translation>&amp;Διάρκεια:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>Έ&amp;ναρξη:</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>&amp;Λήξη:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Τοποθεσία:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>Συμμετέ&amp;χοντες:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Προθεσ&amp;μία:</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>Προτεραιότ&amp;ητα:</translation>
    </message>
    <message>
        <source>Rem&amp;inder:</source>
        <translation>&amp;Υπενθύμιση:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Σημει&amp;ώσεις:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Στοιχε&amp;ία</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Πότε:</translation>
    </message>
    <message>
        <source>S&amp;ent:</source>
        <translation>Στάλθ&amp;ηκε:</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>“%1” is not picked from the list</source>
        <translation>το «%1» δεν επιλέχθηκε από τη λίστα</translation>
    </message>
    <message>
        <source>New activity “%1”</source>
        <translation>Νέα δραστηριότητα «%1»</translation>
    </message>
    <message>
        <source>Edit activity “%1”</source>
        <translation>Επεξεργασία δραστηριότητας «%1»</translation>
    </message>
</context>
<context>
    <name>crm::ui::AgendaView</name>
    <message>
        <source>Do&amp;ne</source>
        <translation>&amp;Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>&amp;Tomorrow</source>
        <translation>&amp;Αύριο</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>&amp;Συνέχεια</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ατζέντα</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Εκπρόθεσμες</translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation>Σή&amp;μερα</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Αυτή την ε&amp;βδομάδα</translation>
    </message>
    <message>
        <source>Tick the selected activity off (Ctrl+Enter)</source>
        <translation>Σημείωση της επιλεγμένης δραστηριότητας ως ολοκληρωμένης (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Move the selected activity to the next day (Ctrl+Right; Ctrl+Left: a day back)</source>
        <translation>Μετακίνηση της επιλεγμένης δραστηριότητας στην επόμενη ημέρα (Ctrl+Right· Ctrl+Left: μία ημέρα πίσω)</translation>
    </message>
    <message>
        <source>Finish the selected activity and add a follow-up task for tomorrow</source>
        <translation>Ολοκλήρωση της επιλεγμένης δραστηριότητας και προσθήκη εργασίας συνέχειας για αύριο</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Μετακίνηση σε:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Αύριο</translation>
    </message>
    <message>
        <source>Move the selected activity to %1 at the same time (or drag it here)</source>
        <translation>Μετακίνηση της επιλεγμένης δραστηριότητας στις %1 την ίδια ώρα (ή σύρετέ την εδώ)</translation>
    </message>
    <message>
        <source>Tick off “%1”</source>
        <translation>Ολοκλήρωση «%1»</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>Επαναφορά «%1»</translation>
    </message>
    <message>
        <source>Reschedule “%1”</source>
        <translation>Επαναπρογραμματισμός «%1»</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Συνέχεια: %1</translation>
    </message>
    <message>
        <source>Follow up “%1”</source>
        <translation>Συνέχεια «%1»</translation>
    </message>
</context>
<context>
    <name>crm::ui::BulkEditCommand</name>
    <message>
        <source>%1: cancelled, nothing was changed</source>
        <translation>%1: ακυρώθηκε, δεν άλλαξε τίποτα</translation>
    </message>
    <message>
        <source>%1 failed, nothing was changed: %2</source>
        <translation>%1 απέτυχε, δεν άλλαξε τίποτα: %2</translation>
    </message>
    <message>
        <source>%1 · Changed: %2 of %3 — Ctrl+Z to undo</source>
        <translation>%1 · Άλλαξαν: %2 από %3 — Ctrl+Z για αναίρεση</translation>
    </message>
    <message>
        <source>Undoing: %1…</source>
        <translation>Αναίρεση: %1…</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Η αναίρεση απέτυχε: %1</translation>
    </message>
    <message>
        <source>Redoing: %1…</source>
        <translation>Επανάληψη: %1…</translation>
    </message>
    <message>
        <source>Redo failed: %1</source>
        <translation>Η επανάληψη απέτυχε: %1</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %1 put back; %n left as they were changed after the bulk edit</source>
        <translation>
            <numerusform>Αναιρέθηκε: επαναφέρθηκαν %1· %n εγγραφή έμεινε ως είχε, επειδή άλλαξε μετά τη μαζική επεξεργασία</numerusform>
            <numerusform>Αναιρέθηκε: επαναφέρθηκαν %1· %n εγγραφές έμειναν ως είχαν, επειδή άλλαξαν μετά τη μαζική επεξεργασία</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::BulkEditDialog</name>
    <message>
        <source>Companies</source>
        <translation>Εταιρείες</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Συμφωνίες</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Επαφές</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Πεδίο:</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Χωρίς ημερομηνία</translation>
    </message>
    <message>
        <source>Bulk Edit · %1</source>
        <translation>Μαζική επεξεργασία · %1</translation>
    </message>
    <message>
        <source>Set field</source>
        <translation>Ορισμός πεδίου</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Προσθήκη ετικέτας</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Αφαίρεση ετικέτας</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Αλλαγή υπευθύνου</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>The stage&apos;s default</source>
        <translation>Προεπιλογή του σταδίου</translation>
    </message>
    <message>
        <source>Type a company&apos;s name; empty: no company</source>
        <translation>Πληκτρολογήστε όνομα εταιρείας· κενό: χωρίς εταιρεία</translation>
    </message>
    <message>
        <source>The records are deleted; Undo (Ctrl+Z) brings them back.</source>
        <translation>Οι εγγραφές διαγράφονται· η Αναίρεση (Ctrl+Z) τις επαναφέρει.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Εφαρμογή</translation>
    </message>
    <message>
        <source>&amp;Do:</source>
        <translation>Ε&amp;νέργεια:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Τιμή:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(κανένα)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ναι</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Όχι</translation>
    </message>
    <message>
        <source>1234.50 EUR</source>
        <translation>1234.50 EUR</translation>
    </message>
    <message>
        <source>Empty: clears the field</source>
        <translation>Κενό: καθαρίζει το πεδίο</translation>
    </message>
    <message>
        <source>Empty: no owner</source>
        <translation>Κενό: χωρίς υπεύθυνο</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::BulkEditHistoryDialog</name>
    <message>
        <source>Bulk Edit History</source>
        <translation>Ιστορικό μαζικών επεξεργασιών</translation>
    </message>
    <message>
        <source>The last %1 bulk edits. Undo puts back each record&apos;s earlier value, also after a restart; a record changed since the bulk edit keeps its newer value.</source>
        <translation>Οι τελευταίες %1 μαζικές επεξεργασίες. Η αναίρεση επαναφέρει την προηγούμενη τιμή κάθε εγγραφής, και μετά από επανεκκίνηση· μια εγγραφή που άλλαξε μετά τη μαζική επεξεργασία κρατά τη νεότερη τιμή.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Επεξεργασία</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Λίστα</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Αλλαγή</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Αντιστοιχίες</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Άλλαξαν</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>&amp;Undo Bulk Edit</source>
        <translation>&amp;Αναίρεση μαζικής επεξεργασίας</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Εταιρείες</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Συμφωνίες</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Επαφές</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Αναιρέθηκε</translation>
    </message>
    <message>
        <source>Undo interrupted</source>
        <translation>Η αναίρεση διακόπηκε</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Διακόπηκε</translation>
    </message>
    <message numerus="yes">
        <source>%n left as changed since</source>
        <translation>
            <numerusform>%n εγγραφή έμεινε ως είχε (άλλαξε στο μεταξύ)</numerusform>
            <numerusform>%n εγγραφές έμειναν ως είχαν (άλλαξαν στο μεταξύ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Bulk Edit</source>
        <translation>Αναίρεση μαζικής επεξεργασίας</translation>
    </message>
    <message>
        <source>Undo bulk edit %1 (%2): put back the earlier value of each record it changed?</source>
        <translation>Αναίρεση της μαζικής επεξεργασίας %1 (%2): να επανέλθει η προηγούμενη τιμή κάθε εγγραφής που άλλαξε;</translation>
    </message>
    <message>
        <source>Undoing: %1…</source>
        <translation>Αναίρεση: %1…</translation>
    </message>
</context>
<context>
    <name>crm::ui::BulkJob</name>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Bulk Edit</source>
        <translation>Μαζική επεξεργασία</translation>
    </message>
    <message>
        <source>Cancelling: putting back what was changed…</source>
        <translation>Ακύρωση: επαναφορά όσων άλλαξαν…</translation>
    </message>
</context>
<context>
    <name>crm::ui::CalendarExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>Ε&amp;ξαγωγή</translation>
    </message>
    <message>
        <source>&amp;Meetings and visits</source>
        <translation>&amp;Συσκέψεις και επισκέψεις</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>Ε&amp;ργασίες</translation>
    </message>
    <message>
        <source>&amp;All dates</source>
        <translation>Ό&amp;λες οι ημερομηνίες</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Από</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Εξαγωγή ημερολογίου</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Έως</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>έ&amp;ως</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Εξαγωγή:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Ημερομηνίες:</translation>
    </message>
    <message>
        <source>Meetings start and tasks fall due in the chosen days. Calendars that imported an earlier export update their items.</source>
        <translation>Οι συσκέψεις ξεκινούν και οι εργασίες λήγουν στις επιλεγμένες ημέρες. Τα ημερολόγια που εισήγαγαν μια προηγούμενη εξαγωγή ενημερώνουν τα στοιχεία τους.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Εγγραφή %1…</translation>
    </message>
</context>
<context>
    <name>crm::ui::CalendarFileDialog</name>
    <message>
        <source>An iCalendar file (.ics)</source>
        <translation>Αρχείο iCalendar (.ics)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Περιήγηση…</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>Αρχεία iCalendar (*.ics *.ical *.ifb);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Αρ&amp;χείο:</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Ακυρώθηκε· δεν γράφτηκε τίποτα.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Ακύρωση…</translation>
    </message>
</context>
<context>
    <name>crm::ui::CalendarImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>Ε&amp;ισαγωγή</translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>Εισαγωγή ημερολογίου</translation>
    </message>
    <message>
        <source>Choose an .ics file: events become meetings and to-dos tasks; items imported before are updated.</source>
        <translation>Επιλέξτε αρχείο .ics: τα συμβάντα γίνονται συσκέψεις και τα to-do εργασίες· τα στοιχεία που εισήχθησαν πριν ενημερώνονται.</translation>
    </message>
    <message>
        <source>%1: there is no such file</source>
        <translation>%1: δεν υπάρχει τέτοιο αρχείο</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Ανάγνωση %1…</translation>
    </message>
    <message>
        <source>The file holds no events or to-dos.</source>
        <translation>Το αρχείο δεν περιέχει συμβάντα ή to-do.</translation>
    </message>
    <message>
        <source>New meetings: %1 · New tasks: %2 · Updates: %3</source>
        <translation>Νέες συσκέψεις: %1 · Νέες εργασίες: %2 · Ενημερώσεις: %3</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Εισαγωγή %1…</translation>
    </message>
</context>
<context>
    <name>crm::ui::CompanyConversionDialog</name>
    <message>
        <source>Convert lead — %1</source>
        <translation>Μετατροπή υποψήφιου — %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Νέα επαφή</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <source>Deal with %1</source>
        <translation>Συμφωνία με %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Con&amp;vert</source>
        <translation>&amp;Μετατροπή</translation>
    </message>
    <message>
        <source>The company becomes a prospect with its contact and a new deal; its history stays.</source>
        <translation>Η εταιρεία γίνεται δυνητικός πελάτης με την επαφή της και μια νέα συμφωνία· το ιστορικό μένει.</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>Επα&amp;φή:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Ό&amp;νομα:</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>&amp;Συμφωνία:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Ποσό:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>Στά&amp;διο:</translation>
    </message>
    <message>
        <source>Type an amount such as %1</source>
        <translation>Πληκτρολογήστε ένα ποσό, όπως %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::CompanyDialog</name>
    <message>
        <source>New company</source>
        <translation>Νέα εταιρεία</translation>
    </message>
    <message>
        <source>%1 — Company</source>
        <translation>%1 — εταιρεία</translation>
    </message>
    <message>
        <source>e.g. Logistics</source>
        <translation>π.χ. εφοδιαστική</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Τ.Κ.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Επωνυμία:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>Κλάδ&amp;ος:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Ιστότοπος:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Τηλέφ&amp;ωνο:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>Ο&amp;δός:</translation>
    </message>
    <message>
        <source>Postcode, cit&amp;y:</source>
        <translation>Τ.Κ., πό&amp;λη:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation type="vanished">&amp;Χώρα:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Ση&amp;μειώσεις:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Στοιχεία</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Θέση</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Προσθήκη επαφής</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>Επ&amp;αφές</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ιστο&amp;ρικό</translation>
    </message>
    <message>
        <source>&amp;Contacts (%L1)</source>
        <translation>Επ&amp;αφές (%L1)</translation>
    </message>
    <message>
        <source>Count&amp;ry:</source>
        <translation>&amp;Χώρα:</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Νέα συμφωνία…</translation>
    </message>
    <message>
        <source>A deal with this company</source>
        <translation>Συμφωνία με αυτή την εταιρεία</translation>
    </message>
    <message>
        <source>Log activity…</source>
        <translation>Καταγραφή δραστηριότητας…</translation>
    </message>
    <message>
        <source>Record a call, meeting, task, note or e-mail with this company</source>
        <translation>Καταγραφή κλήσης, σύσκεψης, εργασίας, σημείωσης ή email με αυτή την εταιρεία</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>Χρονολό&amp;γιο</translation>
    </message>
    <message>
        <source>Comma separated, e.g. VIP, newsletter</source>
        <translation>Χωρισμένα με κόμμα, π.χ. VIP, ενημερωτικό</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ετι&amp;κέτες:</translation>
    </message>
    <message>
        <source>Convert lead…</source>
        <translation>Μετατροπή υποψήφιου…</translation>
    </message>
    <message>
        <source>Turn this lead into a prospect with its contact and a deal, keeping its history</source>
        <translation>Μετατροπή αυτού του υποψήφιου σε δυνητικό πελάτη με την επαφή του και μια συμφωνία, με διατήρηση του ιστορικού</translation>
    </message>
    <message>
        <source>Save the company first, then convert it.</source>
        <translation>Αποθηκεύστε πρώτα την εταιρεία και μετά μετατρέψτε την.</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Κα&amp;τάσταση:</translation>
    </message>
</context>
<context>
    <name>crm::ui::ConflictBadgeDelegate</name>
    <message>
        <source>%1
This record has a sync conflict: choose which value stays in the conflicts inbox.</source>
        <translation>%1
Αυτή η εγγραφή έχει διένεξη συγχρονισμού: επιλέξτε στις διενέξεις ποια τιμή μένει.</translation>
    </message>
</context>
<context>
    <name>crm::ui::ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Διενέξεις</translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των διενέξεων: %1</translation>
    </message>
    <message>
        <source>No conflicts. When two people change the same field while apart, you choose here which value stays.</source>
        <translation>Δεν υπάρχουν διενέξεις. Όταν δύο άτομα αλλάζουν χωριστά το ίδιο πεδίο, εδώ επιλέγετε ποια τιμή μένει.</translation>
    </message>
    <message>
        <source>Conflicts to decide: %1. The same field was changed on two devices at once; choose which value stays, and your choice syncs to everyone.</source>
        <translation>Διενέξεις προς απόφαση: %1. Το ίδιο πεδίο άλλαξε σε δύο συσκευές ταυτόχρονα· επιλέξτε ποια τιμή μένει και η επιλογή συγχρονίζεται σε όλους.</translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation>Εταιρεία %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Επαφή %1</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(δεν βρέθηκε)</translation>
    </message>
    <message>
        <source>The choice could not be saved: %1</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση της επιλογής: %1</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Χρήση της δικής μου</translation>
    </message>
    <message>
        <source>Keep your side: your change, or your deletion</source>
        <translation>Διατήρηση της δικής σας πλευράς: της αλλαγής ή της διαγραφής σας</translation>
    </message>
    <message>
        <source>Put your value back in the field</source>
        <translation>Επαναφορά της δικής σας τιμής στο πεδίο</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Διατήρηση της δικής τους</translation>
    </message>
    <message>
        <source>Keep the other value; yours is dropped</source>
        <translation>Διατήρηση της άλλης τιμής· η δική σας απορρίπτεται</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Διατήρηση και των δύο</translation>
    </message>
    <message>
        <source>Keep both values as two entries</source>
        <translation>Διατήρηση και των δύο τιμών ως δύο καταχωρίσεις</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Άνοιγμα εγγραφής</translation>
    </message>
</context>
<context>
    <name>crm::ui::ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Νέα επαφή</translation>
    </message>
    <message>
        <source>%1 — Contact</source>
        <translation>%1 — επαφή</translation>
    </message>
    <message>
        <source>e.g. Sales manager</source>
        <translation>π.χ. διευθυντής πωλήσεων</translation>
    </message>
    <message>
        <source>Type to find or add a company</source>
        <translation>Πληκτρολογήστε για να βρείτε ή να προσθέσετε εταιρεία</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ΕΕΕΕ-ΜΜ-ΗΗ</translation>
    </message>
    <message>
        <source>Year-month-day, for example 1984-03-27; leave empty if unknown</source>
        <translation>Έτος-μήνας-ημέρα, για παράδειγμα 1984-03-27· αφήστε το κενό αν δεν το γνωρίζετε</translation>
    </message>
    <message>
        <source>e.g. trade fair, website, referral</source>
        <translation>π.χ. έκθεση, ιστότοπος, σύσταση</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Ομάδα</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Ιδιωτικό</translation>
    </message>
    <message>
        <source>Comma separated, e.g. VIP, newsletter</source>
        <translation>Χωρισμένα με κόμμα, π.χ. VIP, ενημερωτικό δελτίο</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>Ό&amp;νομα:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Επώνυμο:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Θέση:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>Ε&amp;ταιρεία:</translation>
    </message>
    <message>
        <source>&amp;E-mails:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>Τηλέφ&amp;ωνα:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>Ο&amp;δός:</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Τ.Κ.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Postcode, cit&amp;y:</source>
        <translation>Τ.Κ., πό&amp;λη:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation type="vanished">&amp;Χώρα:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Γενέθλια:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Προέλευση:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Κατάσταση:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Υπεύθυνος:</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>Ορ&amp;ατότητα:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ετ&amp;ικέτες:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="vanished">Ση&amp;μειώσεις:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Στοιχεία</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ιστο&amp;ρικό</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Νέα εταιρεία</translation>
    </message>
    <message>
        <source>There is no company “%1” yet. Create it?</source>
        <translation>Δεν υπάρχει ακόμη εταιρεία «%1». Να δημιουργηθεί;</translation>
    </message>
    <message>
        <source>Count&amp;ry:</source>
        <translation>&amp;Χώρα:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Ση&amp;μειώσεις:</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>Χρ&amp;ονολόγιο</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Νέα συμφωνία…</translation>
    </message>
    <message>
        <source>A deal with this contact and their company</source>
        <translation>Συμφωνία με αυτή την επαφή και την εταιρεία της</translation>
    </message>
    <message>
        <source>Log activity…</source>
        <translation>Καταγραφή δραστηριότητας…</translation>
    </message>
    <message>
        <source>Record a call, meeting, task, note or e-mail with this contact</source>
        <translation>Καταγραφή κλήσης, σύσκεψης, εργασίας, σημείωσης ή email με αυτή την επαφή</translation>
    </message>
    <message>
        <source>Log the e-mail?</source>
        <translation type="vanished">Καταγραφή του email;</translation>
    </message>
    <message>
        <source>Log the call?</source>
        <translation type="vanished">Καταγραφή της κλήσης;</translation>
    </message>
    <message>
        <source>Log your e-mail to %1 (%2) as an activity?</source>
        <translation type="vanished">Να καταγραφεί το email σας προς %1 (%2) ως δραστηριότητα;</translation>
    </message>
    <message>
        <source>Log your call to %1 (%2) as an activity?</source>
        <translation type="vanished">Να καταγραφεί η κλήση σας προς %1 (%2) ως δραστηριότητα;</translation>
    </message>
    <message>
        <source>E-mail to %1</source>
        <translation type="vanished">Email προς %1</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation type="vanished">Κλήση με %1</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Φωτογραφία:</translation>
    </message>
    <message>
        <source>Convert lead…</source>
        <translation>Μετατροπή υποψήφιου…</translation>
    </message>
    <message>
        <source>Turn this lead into a prospect with a company and a deal, keeping its history</source>
        <translation>Μετατροπή αυτού του υποψήφιου σε δυνητικό πελάτη με εταιρεία και συμφωνία, με διατήρηση του ιστορικού</translation>
    </message>
    <message>
        <source>Save the contact first, then convert it.</source>
        <translation>Αποθηκεύστε πρώτα την επαφή και μετά μετατρέψτε την.</translation>
    </message>
    <message>
        <source>Convert lead — %1</source>
        <translation>Μετατροπή υποψήφιου — %1</translation>
    </message>
    <message>
        <source>The company this lead buys for</source>
        <translation>Η εταιρεία για την οποία αγοράζει αυτός ο υποψήφιος</translation>
    </message>
    <message>
        <source>Deal with %1</source>
        <translation>Συμφωνία με %1</translation>
    </message>
    <message>
        <source>Con&amp;vert</source>
        <translation>&amp;Μετατροπή</translation>
    </message>
    <message>
        <source>The contact becomes a prospect at the company, with a new deal; its history stays.</source>
        <translation>Η επαφή γίνεται δυνητικός πελάτης στην εταιρεία, με νέα συμφωνία· το ιστορικό μένει.</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Εταιρεία:</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>&amp;Συμφωνία:</translation>
    </message>
</context>
<context>
    <name>crm::ui::ContactLink</name>
    <message>
        <source>Call this number (tel:)</source>
        <translation>Κλήση αυτού του αριθμού (tel:)</translation>
    </message>
    <message>
        <source>Write to this address (mailto:)</source>
        <translation>Αποστολή email σε αυτή τη διεύθυνση (mailto:)</translation>
    </message>
    <message>
        <source>Open the website in the browser</source>
        <translation>Άνοιγμα του ιστότοπου στο πρόγραμμα περιήγησης</translation>
    </message>
    <message>
        <source>Log the e-mail?</source>
        <translation>Καταγραφή του email;</translation>
    </message>
    <message>
        <source>Log the call?</source>
        <translation>Καταγραφή της κλήσης;</translation>
    </message>
    <message>
        <source>Log your e-mail to %1 (%2) as an activity?</source>
        <translation>Να καταγραφεί το email σας προς %1 (%2) ως δραστηριότητα;</translation>
    </message>
    <message>
        <source>Log your call to %1 (%2) as an activity?</source>
        <translation>Να καταγραφεί η κλήση σας προς %1 (%2) ως δραστηριότητα;</translation>
    </message>
    <message>
        <source>E-mail to %1</source>
        <translation>Email προς %1</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Κλήση με %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::ContactPointList</name>
    <message>
        <source>Work</source>
        <translation>Εργασίας</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Κινητό</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Οικίας</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Άλλο</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Προσθήκη email</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Προσθήκη τηλεφώνου</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>onoma@example.com</translation>
    </message>
    <message>
        <source>+371 2000 0000</source>
        <translation>+371 2000 0000</translation>
    </message>
    <message>
        <source>Remove this e-mail</source>
        <translation>Αφαίρεση αυτού του email</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>Αφαίρεση αυτού του τηλεφώνου</translation>
    </message>
    <message>
        <source>Write to this address (mailto:)</source>
        <translation type="vanished">Αποστολή email σε αυτή τη διεύθυνση (mailto:)</translation>
    </message>
    <message>
        <source>Call this number (tel:)</source>
        <translation type="vanished">Κλήση αυτού του αριθμού (tel:)</translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomFieldDialog</name>
    <message>
        <source>New field</source>
        <translation>Νέο πεδίο</translation>
    </message>
    <message>
        <source>Edit field</source>
        <translation>Επεξεργασία πεδίου</translation>
    </message>
    <message>
        <source>How crm-cli, imports and exports name the field; fixed once created</source>
        <translation>Πώς ονομάζουν το πεδίο το crm-cli, οι εισαγωγές και οι εξαγωγές· σταθερό μετά τη δημιουργία</translation>
    </message>
    <message>
        <source>A value is re&amp;quired</source>
        <translation>Απαιτείται &amp;τιμή</translation>
    </message>
    <message>
        <source>One choice per line, in the order to offer them</source>
        <translation>Μία επιλογή ανά γραμμή, με τη σειρά που θα προσφέρονται</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Ετικέτα:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Κλειδί:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Τύπος:</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>&amp;Επιλογές:</translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomFieldsEditor</name>
    <message>
        <source>Custom fields</source>
        <translation>Προσαρμοσμένα πεδία</translation>
    </message>
    <message>
        <source>Clear: go to the first day (Home) or delete the date</source>
        <translation>Εκκαθάριση: μετάβαση στην πρώτη ημέρα (Home) ή διαγραφή της ημερομηνίας</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Υποχρεωτικό</translation>
    </message>
    <message>
        <source>%1: a value is required</source>
        <translation>%1: απαιτείται τιμή</translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomFieldsSettingsDialog</name>
    <message>
        <source>Custom Fields</source>
        <translation>Προσαρμοσμένα πεδία</translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomFieldsSettingsPage</name>
    <message>
        <source>Text</source>
        <translation>Κείμενο</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Μακρύ κείμενο</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Χρήματα</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Ναι/όχι</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Μία επιλογή</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Πολλαπλή επιλογή</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Διεύθυνση ιστού</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Επαφές</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Εταιρείες</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Συμφωνίες</translation>
    </message>
    <message>
        <source>&amp;Fields of:</source>
        <translation>&amp;Πεδία για:</translation>
    </message>
    <message>
        <source>Drag to reorder, or Alt+Up / Alt+Down</source>
        <translation>Σύρετε για αλλαγή σειράς ή Alt+Up / Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Προσ&amp;θήκη…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Επεξεργασία…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Μετακίνηση πά&amp;νω</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Μετακίνηση &amp;κάτω</translation>
    </message>
    <message>
        <source>required</source>
        <translation>υποχρεωτικό</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Κλειδί: %1</translation>
    </message>
    <message>
        <source>Records with a value in “%1”: %2. The field and its values will be hidden from forms, lists and reports; adding a field with the same key brings them back. Delete it?</source>
        <translation>Εγγραφές με τιμή στο «%1»: %2. Το πεδίο και οι τιμές του θα κρυφτούν από φόρμες, λίστες και αναφορές· η προσθήκη πεδίου με το ίδιο κλειδί τις επαναφέρει. Διαγραφή;</translation>
    </message>
    <message>
        <source>Delete the field “%1”?</source>
        <translation>Διαγραφή του πεδίου «%1»;</translation>
    </message>
    <message>
        <source>Delete field</source>
        <translation>Διαγραφή πεδίου</translation>
    </message>
    <message>
        <source>Custom Fields</source>
        <translation>Προσαρμοσμένα πεδία</translation>
    </message>
    <message>
        <source>Updating the search for the field&apos;s records…</source>
        <translation>Ενημέρωση της αναζήτησης για τις εγγραφές του πεδίου…</translation>
    </message>
    <message>
        <source>Records updated: %1 of %2</source>
        <translation>Ενημερώθηκαν εγγραφές: %1 από %2</translation>
    </message>
    <message>
        <source>Stopping after the current set…</source>
        <translation>Διακοπή μετά την τρέχουσα ομάδα…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Διακοπή</translation>
    </message>
    <message>
        <source>Updating the search was stopped: some records may still be found by the field&apos;s earlier values.</source>
        <translation>Η ενημέρωση της αναζήτησης διακόπηκε: ορισμένες εγγραφές μπορεί να βρίσκονται ακόμη με τις προηγούμενες τιμές του πεδίου.</translation>
    </message>
</context>
<context>
    <name>crm::ui::DashboardView</name>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;This is your home screen. It fills up as you work: new contacts and leads, your open pipeline, deals won and lost, what you did and what is due today.&lt;/p&gt;&lt;p&gt;Add a contact with &lt;b&gt;Ctrl+N&lt;/b&gt;, a deal with &lt;b&gt;Ctrl+Shift+D&lt;/b&gt; or an activity with &lt;b&gt;Ctrl+Shift+A&lt;/b&gt; — or import your contacts with &lt;b&gt;Ctrl+I&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Καλώς ήρθατε&lt;/h2&gt;&lt;p&gt;Αυτή είναι η αρχική σας οθόνη. Γεμίζει καθώς δουλεύετε: νέες επαφές και υποψήφιοι πελάτες, ανοιχτές ευκαιρίες, κερδισμένες και χαμένες συμφωνίες, τι κάνατε και τι λήγει σήμερα.&lt;/p&gt;&lt;p&gt;Προσθέστε επαφή με &lt;b&gt;Ctrl+N&lt;/b&gt;, συμφωνία με &lt;b&gt;Ctrl+Shift+D&lt;/b&gt; ή δραστηριότητα με &lt;b&gt;Ctrl+Shift+A&lt;/b&gt; — ή εισαγάγετε τις επαφές σας με &lt;b&gt;Ctrl+I&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Αρχική</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Ενημέρωση…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Περίοδος</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Κάτοχος</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Περίοδος</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Κάτοχος</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Νέες επαφές</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Νέοι υποψήφιοι πελάτες</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Ανοιχτή ροή πωλήσεων</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Κερδισμένες</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Χαμένες</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Ποσοστό επιτυχίας</translation>
    </message>
    <message>
        <source>Average sales cycle</source>
        <translation>Μέσος κύκλος πώλησης</translation>
    </message>
    <message>
        <source>Activities done</source>
        <translation>Ολοκληρωμένες δραστηριότητες</translation>
    </message>
    <message>
        <source>Click to see the records behind this figure</source>
        <translation>Κάντε κλικ για να δείτε τις εγγραφές πίσω από αυτόν τον αριθμό</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Μεταβολή</translation>
    </message>
    <message>
        <source>Double-click a customer to see the deals won</source>
        <translation>Κάντε διπλό κλικ σε πελάτη για να δείτε τις κερδισμένες συμφωνίες</translation>
    </message>
    <message>
        <source>Top customers by won value</source>
        <translation>Κορυφαίοι πελάτες κατά κερδισμένη αξία</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Η μέρα μου</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Δεν ήταν δυνατός ο υπολογισμός των αριθμών: %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Όλοι</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Εγώ (%1)</translation>
    </message>
    <message>
        <source>%1 · compared with %2</source>
        <translation>%1 · σε σύγκριση με %2</translation>
    </message>
    <message>
        <source>Previous period (%1): %2 · click to see the records</source>
        <translation>Προηγούμενη περίοδος (%1): %2 · κάντε κλικ για τις εγγραφές</translation>
    </message>
    <message>
        <source>Leads among them: %1</source>
        <translation>Από αυτές υποψήφιοι πελάτες: %1</translation>
    </message>
    <message>
        <source>Contacts with the status Lead</source>
        <translation>Επαφές με κατάσταση Υποψήφιος πελάτης</translation>
    </message>
    <message>
        <source>Deals: %1 · weighted %2</source>
        <translation>Συμφωνίες: %1 · σταθμισμένα %2</translation>
    </message>
    <message>
        <source>Weighted: %1</source>
        <translation>Σταθμισμένα: %1</translation>
    </message>
    <message>
        <source>Deals: %1</source>
        <translation>Συμφωνίες: %1</translation>
    </message>
    <message>
        <source>Deals: %1 · + %2</source>
        <translation>Συμφωνίες: %1 · + %2</translation>
    </message>
    <message>
        <source>Open now; compared with the pipeline as it stood at the end of %1 · click to see the deals</source>
        <translation>Ανοιχτές τώρα· σε σύγκριση με την κατάσταση στο τέλος του %1 · κάντε κλικ για τις συμφωνίες</translation>
    </message>
    <message>
        <source>Was %1</source>
        <translation>Ήταν %1</translation>
    </message>
    <message>
        <source>No previous data</source>
        <translation>Δεν υπάρχουν προηγούμενα δεδομένα</translation>
    </message>
    <message>
        <source>No change · was %1</source>
        <translation>Χωρίς μεταβολή · ήταν %1</translation>
    </message>
    <message>
        <source>%1 %2 · was %3</source>
        <translation>%1 %2 · ήταν %3</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 μον.</translation>
    </message>
    <message>
        <source>Won %1 of %2 closed</source>
        <translation>Κερδήθηκαν %1 από %2 κλειστές</translation>
    </message>
    <message>
        <source>No deals closed in the period</source>
        <translation>Καμία κλειστή συμφωνία στην περίοδο</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>Ημέρες: %1</translation>
    </message>
    <message>
        <source>Creation to won · deals: %1</source>
        <translation>Από τη δημιουργία ως τη νίκη · συμφωνίες: %1</translation>
    </message>
    <message>
        <source>No deals won in the period</source>
        <translation>Καμία κερδισμένη συμφωνία στην περίοδο</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Nothing done in the period</source>
        <translation>Τίποτα δεν έγινε στην περίοδο</translation>
    </message>
    <message>
        <source>(company removed)</source>
        <translation>(η εταιρεία διαγράφηκε)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>νέος</translation>
    </message>
    <message>
        <source>Deals won: %1 · previous period: %2</source>
        <translation>Κερδισμένες συμφωνίες: %1 · προηγούμενη περίοδος: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open pipeline by stage (%1)</source>
        <translation>Ανοιχτή ροή πωλήσεων ανά στάδιο (%1)</translation>
    </message>
    <message>
        <source>%1 · deals: %2 · total %3 · weighted %4</source>
        <translation>%1 · συμφωνίες: %2 · σύνολο %3 · σταθμισμένα %4</translation>
    </message>
    <message>
        <source>Won per month (%1)</source>
        <translation>Κερδισμένα ανά μήνα (%1)</translation>
    </message>
    <message>
        <source>%1 · deals won: %2 · %3</source>
        <translation>%1 · κερδισμένες συμφωνίες: %2 · %3</translation>
    </message>
    <message>
        <source>Activities done per week</source>
        <translation>Ολοκληρωμένες δραστηριότητες ανά εβδομάδα</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>Ε%1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>προθεσμία %1</translation>
    </message>
    <message>
        <source>due yesterday</source>
        <translation>προθεσμία χθες</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>ημέρες καθυστέρησης: %1</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>όλη μέρα</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1: %2 — due %3</source>
        <translation>%1: %2 — προθεσμία %3</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Τίποτα εκπρόθεσμο</translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation>Εκπρόθεσμα · %1</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>Όλα %1</translation>
    </message>
    <message>
        <source>Nothing planned for today</source>
        <translation>Τίποτα προγραμματισμένο για σήμερα</translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation>Σήμερα · %1</translation>
    </message>
    <message>
        <source>Birthday: %1 (%2)</source>
        <translation>Γενέθλια: %1 (%2)</translation>
    </message>
    <message>
        <source>Customer anniversary: %1 (%2)</source>
        <translation>Επέτειος πελάτη: %1 (%2)</translation>
    </message>
    <message>
        <source>No birthdays or reminders today</source>
        <translation>Δεν υπάρχουν γενέθλια ή υπενθυμίσεις σήμερα</translation>
    </message>
    <message>
        <source>Reminders · %1</source>
        <translation>Υπενθυμίσεις · %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No stale deals</source>
        <translation>Δεν υπάρχουν στάσιμες συμφωνίες</translation>
    </message>
    <message>
        <source>Stale deals · %1</source>
        <translation>Στάσιμες συμφωνίες · %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::DealBoard</name>
    <message>
        <source>Pipeline</source>
        <translation>Ροή πωλήσεων</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Ροή πωλήσεων:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Κάτοχος:</translation>
    </message>
    <message>
        <source>&amp;Closes in:</source>
        <translation>Κ&amp;λείνει:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Ετικέτα:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Οποιοσδήποτε</translation>
    </message>
    <message>
        <source>Any month</source>
        <translation>Οποιοσδήποτε μήνας</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Οποιαδήποτε ετικέτα</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Σήμανση ως χαμένη</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>Γιατί χάθηκε η «%1»;</translation>
    </message>
    <message>
        <source>Weighted: %1</source>
        <translation>Σταθμισμένα: %1</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Μετακίνηση «%1» σε %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::DealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Νέα συμφωνία</translation>
    </message>
    <message>
        <source>%1 — Deal</source>
        <translation>%1 — Συμφωνία</translation>
    </message>
    <message>
        <source>e.g. 40 laptops for the Riga office</source>
        <translation>π.χ. 40 φορητοί υπολογιστές για το γραφείο της Ρίγας</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ρόλος</translation>
    </message>
    <message>
        <source>Type a role such as “decision maker” into the Role column</source>
        <translation>Πληκτρολογήστε έναν ρόλο, όπως «υπεύθυνος απόφασης», στη στήλη Ρόλος</translation>
    </message>
    <message>
        <source>Type to add a contact</source>
        <translation>Πληκτρολογήστε για να προσθέσετε επαφή</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>Take the selected contact off the deal</source>
        <translation>Αφαίρεση της επιλεγμένης επαφής από τη συμφωνία</translation>
    </message>
    <message>
        <source>An ISO 4217 code such as EUR, USD or PLN</source>
        <translation>Κωδικός ISO 4217, όπως EUR, USD ή PLN</translation>
    </message>
    <message>
        <source>Use stage default</source>
        <translation>Προεπιλογή σταδίου</translation>
    </message>
    <message>
        <source>Go back to the probability of the deal&apos;s stage</source>
        <translation>Επιστροφή στην πιθανότητα του σταδίου της συμφωνίας</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Καμία</translation>
    </message>
    <message>
        <source>The day the deal is expected to close; the earliest date means none</source>
        <translation>Η ημέρα που αναμένεται να κλείσει η συμφωνία· η παλαιότερη ημερομηνία σημαίνει καμία</translation>
    </message>
    <message>
        <source>e.g. trade fair, website, referral</source>
        <translation>π.χ. έκθεση, ιστότοπος, σύσταση</translation>
    </message>
    <message>
        <source>e.g. send the revised offer</source>
        <translation>π.χ. αποστολή αναθεωρημένης προσφοράς</translation>
    </message>
    <message>
        <source>Why the deal was lost</source>
        <translation>Γιατί χάθηκε η συμφωνία</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Ομάδα</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Ιδιωτική</translation>
    </message>
    <message>
        <source>Comma separated, e.g. renewal, hardware</source>
        <translation>Χωρισμένα με κόμμα, π.χ. ανανέωση, υλικό</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Τίτλος:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Εταιρεία:</translation>
    </message>
    <message>
        <source>Co&amp;ntacts:</source>
        <translation>Ε&amp;παφές:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Πο&amp;σό:</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>Επόμενο &amp;βήμα:</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Ροή πωλήσεων:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>Στά&amp;διο:</translation>
    </message>
    <message>
        <source>Lost &amp;reason:</source>
        <translation>Λόγος &amp;απώλειας:</translation>
    </message>
    <message>
        <source>Pro&amp;bability:</source>
        <translation>Πιθα&amp;νότητα:</translation>
    </message>
    <message>
        <source>Expected c&amp;lose:</source>
        <translation>Αναμενόμενο &amp;κλείσιμο:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Υπεύθυνος:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>Πρ&amp;οέλευση:</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>Ορατότ&amp;ητα:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ετ&amp;ικέτες:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Ση&amp;μειώσεις:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Στοι&amp;χεία</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>Χρονολό&amp;γιο</translation>
    </message>
    <message>
        <source>Log activity…</source>
        <translation>Καταγραφή δραστηριότητας…</translation>
    </message>
    <message>
        <source>Record a call, meeting, task, note or e-mail about this deal</source>
        <translation>Καταγραφή κλήσης, σύσκεψης, εργασίας, σημείωσης ή email για αυτή τη συμφωνία</translation>
    </message>
    <message>
        <source>%1 (won)</source>
        <translation>%1 (κερδισμένη)</translation>
    </message>
    <message>
        <source>%1 (lost)</source>
        <translation>%1 (χαμένη)</translation>
    </message>
    <message>
        <source>overridden (stage: %1%2)</source>
        <translation>τροποποιημένη (στάδιο: %1%2)</translation>
    </message>
    <message>
        <source>the stage&apos;s default</source>
        <translation>η προεπιλογή του σταδίου</translation>
    </message>
    <message>
        <source>Type an amount such as %1</source>
        <translation>Πληκτρολογήστε ένα ποσό, όπως %1</translation>
    </message>
    <message>
        <source>A deal needs a title</source>
        <translation>Η συμφωνία χρειάζεται τίτλο</translation>
    </message>
    <message>
        <source>There is no company “%1”; pick one from the list</source>
        <translation>Δεν υπάρχει εταιρεία «%1»· επιλέξτε μία από τη λίστα</translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <translation>Το ποσό δεν μπορεί να είναι αρνητικό</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use one like EUR, USD or PLN</source>
        <translation>Το «%1» δεν είναι κωδικός νομίσματος· χρησιμοποιήστε π.χ. EUR, USD ή PLN</translation>
    </message>
    <message>
        <source>Choose a stage</source>
        <translation>Επιλέξτε στάδιο</translation>
    </message>
    <message>
        <source>Say why the deal was lost</source>
        <translation>Αναφέρετε γιατί χάθηκε η συμφωνία</translation>
    </message>
    <message>
        <source>New deal “%1”</source>
        <translation>Νέα συμφωνία «%1»</translation>
    </message>
    <message>
        <source>Edit deal “%1”</source>
        <translation>Επεξεργασία συμφωνίας «%1»</translation>
    </message>
    <message>
        <source>Days in this stage: %1</source>
        <translation>Ημέρες σε αυτό το στάδιο: %1</translation>
    </message>
    <message>
        <source>In this stage since %1</source>
        <translation>Σε αυτό το στάδιο από %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::DealListView</name>
    <message>
        <source>Search deals by title, company or contact</source>
        <translation type="vanished">Αναζήτηση συμφωνιών κατά τίτλο, εταιρεία ή επαφή</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Όλες οι ροές πωλήσεων</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ανοιχτές</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Κερδισμένες</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Χαμένες</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Όλες</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Ροή πωλήσεων:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Κατάσταση:</translation>
    </message>
    <message>
        <source>Deals: %1</source>
        <translation>Συμφωνίες: %1</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>&amp;Μαζική επεξεργασία…</translation>
    </message>
    <message>
        <source>Search deals by title, company or contact, or stage:name, tag:name …</source>
        <translation>Αναζήτηση συμφωνιών κατά τίτλο, εταιρεία ή επαφή ή stage:όνομα, tag:όνομα …</translation>
    </message>
</context>
<context>
    <name>crm::ui::DeleteCommand</name>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Διαγραφή %n επαφής</numerusform>
            <numerusform>Διαγραφή %n επαφών</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n company(s)</source>
        <translation>
            <numerusform>Διαγραφή %n εταιρείας</numerusform>
            <numerusform>Διαγραφή %n εταιρειών</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::DuplicatesWindow</name>
    <message>
        <source>Find Duplicates</source>
        <translation>Εύρεση διπλοτύπων</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Αναζήτηση σε:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Επαφές</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Εταιρείες</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Εύρεση</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Ακύρωση</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Βαθμολογία</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Εγγραφή</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Γιατί</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Συγχώνευση…</translation>
    </message>
    <message>
        <source>&amp;Not a Duplicate</source>
        <translation>&amp;Όχι διπλότυπο</translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation>&amp;Διπλότυπα</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Διατηρήθηκε</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Συγχωνεύτηκαν</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>&amp;Unmerge</source>
        <translation>&amp;Διαχωρισμός</translation>
    </message>
    <message>
        <source>M&amp;erges</source>
        <translation>Συ&amp;γχωνεύσεις</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Ακύρωση…</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Αναζήτηση διπλοτύπων…</translation>
    </message>
    <message>
        <source>Pairs: %1</source>
        <translation>Ζεύγη: %1</translation>
    </message>
    <message>
        <source>Merged — Ctrl+Z in the main window undoes it</source>
        <translation>Συγχωνεύτηκε — το Ctrl+Z στο κύριο παράθυρο το αναιρεί</translation>
    </message>
    <message>
        <source>Not a duplicate: %1 / %2</source>
        <translation>Όχι διπλότυπο: %1 / %2</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Εγγραφές: %1</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>συγχωνεύτηκε</translation>
    </message>
    <message>
        <source>unmerged</source>
        <translation>διαχωρίστηκε</translation>
    </message>
    <message>
        <source>Unmerged.</source>
        <translation>Διαχωρίστηκε.</translation>
    </message>
    <message>
        <source>Unmerged. Not restored: %1</source>
        <translation>Διαχωρίστηκε. Δεν επαναφέρθηκαν: %1</translation>
    </message>
    <message>
        <source>Choose what to look in and press Find. Pairs appear while the search runs, the most likely first.</source>
        <translation>Επιλέξτε πού θα γίνει η αναζήτηση και πατήστε «Εύρεση». Τα ζεύγη εμφανίζονται όσο τρέχει η αναζήτηση, τα πιθανότερα πρώτα.</translation>
    </message>
</context>
<context>
    <name>crm::ui::Errors</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>Η εγγραφή δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>Some of the input is not valid.</source>
        <translation>Ορισμένα από τα στοιχεία που δώσατε δεν είναι έγκυρα.</translation>
    </message>
    <message>
        <source>The database could not carry out the operation.</source>
        <translation>Η βάση δεδομένων δεν μπόρεσε να εκτελέσει τη λειτουργία.</translation>
    </message>
    <message>
        <source>The file is not a CRM database.</source>
        <translation>Το αρχείο δεν είναι βάση δεδομένων του CRM.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Το αρχείο της βάσης δεδομένων είναι κατεστραμμένο.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of this program.</source>
        <translation>Η βάση δεδομένων γράφτηκε από νεότερη έκδοση αυτού του προγράμματος.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση ή η εγγραφή του αρχείου.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Η λειτουργία ακυρώθηκε.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in.</source>
        <translation>Ο διακομιστής δεν δέχτηκε τη σύνδεση.</translation>
    </message>
    <message>
        <source>The server refused access.</source>
        <translation>Ο διακομιστής αρνήθηκε την πρόσβαση.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Κάτι πήγε στραβά.</translation>
    </message>
</context>
<context>
    <name>crm::ui::FilterTreeEditor</name>
    <message>
        <source>(none)</source>
        <translation>(κανένα)</translation>
    </message>
    <message>
        <source>all of these conditions</source>
        <translation>όλες αυτές οι συνθήκες</translation>
    </message>
    <message>
        <source>any of these conditions</source>
        <translation>οποιαδήποτε από αυτές τις συνθήκες</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Συνθήκη</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>A value such as $period or $owner is asked for when the report runs. Periods: this_month, this_quarter, this_year, previous_month, last_30_days, 2026-01-01..2026-03-31 …</source>
        <translation>Μια τιμή όπως $period ή $owner ζητείται κατά την εκτέλεση της αναφοράς. Περίοδοι: this_month, this_quarter, this_year, previous_month, last_30_days, 2026-01-01..2026-03-31 …</translation>
    </message>
    <message>
        <source>Add &amp;Condition</source>
        <translation>Προσθήκη &amp;συνθήκης</translation>
    </message>
    <message>
        <source>Adds a condition to the selected group</source>
        <translation>Προσθέτει μια συνθήκη στην επιλεγμένη ομάδα</translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation>Προσθήκη &amp;ομάδας</translation>
    </message>
    <message>
        <source>Adds a group of conditions of which any one is enough (or all, as you choose), inside the selected group</source>
        <translation>Προσθέτει μέσα στην επιλεγμένη ομάδα μια ομάδα συνθηκών, από τις οποίες αρκεί οποιαδήποτε μία (ή όλες, όπως επιλέξετε)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>Removes the selected condition or group (Delete)</source>
        <translation>Αφαιρεί την επιλεγμένη συνθήκη ή ομάδα (Delete)</translation>
    </message>
    <message>
        <source>Records &amp;matching</source>
        <translation>&amp;Εγγραφές που ταιριάζουν</translation>
    </message>
    <message>
        <source>All of:</source>
        <translation>Όλα από:</translation>
    </message>
    <message>
        <source>Any of:</source>
        <translation>Οποιοδήποτε από:</translation>
    </message>
</context>
<context>
    <name>crm::ui::GeneralSettingsPage</name>
    <message>
        <source>Automatic (from the system)</source>
        <translation>Αυτόματα (από το σύστημα)</translation>
    </message>
    <message>
        <source>Automatic: %1 (from the system)</source>
        <translation>Αυτόματα: %1 (από το σύστημα)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code, such as 2912 3456, are read as numbers of this region when imports look for duplicates.</source>
        <translation>Οι αριθμοί τηλεφώνου χωρίς κωδικό χώρας, όπως 2912 3456, θεωρούνται αριθμοί αυτής της περιοχής όταν οι εισαγωγές αναζητούν διπλότυπα.</translation>
    </message>
    <message>
        <source>An ISO 4217 code such as EUR, USD or PLN</source>
        <translation type="vanished">Κωδικός ISO 4217, όπως EUR, USD ή PLN</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>Νέες εγγραφές</translation>
    </message>
    <message>
        <source>Phone &amp;region:</source>
        <translation>&amp;Περιοχή τηλεφώνων:</translation>
    </message>
    <message>
        <source>Default &amp;currency of deals:</source>
        <translation>Προεπιλεγμένο &amp;νόμισμα συμφωνιών:</translation>
    </message>
    <message>
        <source>These settings are stored with your data, so the command line (crm-cli) uses them too.</source>
        <translation>Αυτές οι ρυθμίσεις αποθηκεύονται μαζί με τα δεδομένα σας, οπότε τις χρησιμοποιεί και η γραμμή εντολών (crm-cli).</translation>
    </message>
</context>
<context>
    <name>crm::ui::HistoryFormatter</name>
    <message>
        <source>First name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Θέση</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Οδός</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Ταχυδρομικός κώδικας</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Γενέθλια</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Προέλευση</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Ορατότητα</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Επωνυμία</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Κλάδος</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Ιστότοπος</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>(unknown company)</source>
        <translation>(άγνωστη εταιρεία)</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Ιδιωτικό</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Ομάδα</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>κάποιος</translation>
    </message>
    <message>
        <source>%1 created the contact</source>
        <translation>%1 δημιούργησε την επαφή</translation>
    </message>
    <message>
        <source>%1 created the company</source>
        <translation>%1 δημιούργησε την εταιρεία</translation>
    </message>
    <message>
        <source>%1 added e-mail %2 (%3)</source>
        <translation>%1 πρόσθεσε το email %2 (%3)</translation>
    </message>
    <message>
        <source>%1 added phone %2 (%3)</source>
        <translation>%1 πρόσθεσε το τηλέφωνο %2 (%3)</translation>
    </message>
    <message>
        <source>%1 added tag %2</source>
        <translation>%1 πρόσθεσε την ετικέτα %2</translation>
    </message>
    <message>
        <source>%1 deleted the contact</source>
        <translation>%1 διέγραψε την επαφή</translation>
    </message>
    <message>
        <source>%1 restored the contact</source>
        <translation>%1 επανέφερε την επαφή</translation>
    </message>
    <message>
        <source>%1 deleted the company</source>
        <translation>%1 διέγραψε την εταιρεία</translation>
    </message>
    <message>
        <source>%1 restored the company</source>
        <translation>%1 επανέφερε την εταιρεία</translation>
    </message>
    <message>
        <source>%1 removed e-mail %2</source>
        <translation>%1 αφαίρεσε το email %2</translation>
    </message>
    <message>
        <source>%1 added e-mail %2</source>
        <translation>%1 πρόσθεσε το email %2</translation>
    </message>
    <message>
        <source>%1 removed phone %2</source>
        <translation>%1 αφαίρεσε το τηλέφωνο %2</translation>
    </message>
    <message>
        <source>%1 added phone %2</source>
        <translation>%1 πρόσθεσε το τηλέφωνο %2</translation>
    </message>
    <message>
        <source>%1 removed tag %2</source>
        <translation>%1 αφαίρεσε την ετικέτα %2</translation>
    </message>
    <message>
        <source>%1 changed the label of %2 from %3 to %4</source>
        <translation>%1 άλλαξε τον τύπο του %2 από %3 σε %4</translation>
    </message>
    <message>
        <source>%1 changed %2 from %3 to %4</source>
        <translation>%1 άλλαξε το πεδίο «%2» από %3 σε %4</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Πιθανότητα</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Αναμενόμενο κλείσιμο</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Επόμενο βήμα</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Λόγος απώλειας</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Στάδιο</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Ετικέτα</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ρόλος</translation>
    </message>
</context>
<context>
    <name>crm::ui::HistoryView</name>
    <message>
        <source>The history starts when the record is saved.</source>
        <translation>Το ιστορικό ξεκινά όταν αποθηκευτεί η εγγραφή.</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>Ιστορικό εισαγωγών</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Εισαγωγή</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργήθηκαν</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Ενημερώθηκαν</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Παραλείφθηκαν</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Μη έγκυρες</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Αναίρεση εισαγωγής</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Εισήχθη</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Αναιρέθηκε</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Διακόπηκε</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Αναίρεση εισαγωγής</translation>
    </message>
    <message>
        <source>Undo import %1: delete the contacts it created and restore the ones it updated?</source>
        <translation>Αναίρεση της εισαγωγής %1: διαγραφή των επαφών που δημιούργησε και επαναφορά όσων ενημέρωσε;</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportPreviewModel</name>
    <message>
        <source>Update</source>
        <translation>Ενημέρωση</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation>Δημιουργία νέας</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Παράλειψη</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Γραμμή</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Εγγραφή</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Παραλείφθηκε</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Αντιστοιχίες</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Βεβαιότητα</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <source>%1 (this file)</source>
        <translation>%1 (αυτό το αρχείο)</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportWizard</name>
    <message>
        <source>Update</source>
        <translation type="vanished">Ενημέρωση</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation type="vanished">Δημιουργία νέας</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="vanished">Παράλειψη</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Εισαγωγή επαφών</translation>
    </message>
    <message>
        <source>A CSV file (.csv, .txt) or vCard file (.vcf)</source>
        <translation>Αρχείο CSV (.csv, .txt) ή αρχείο vCard (.vcf)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Επιλέξτε αρχείο</translation>
    </message>
    <message>
        <source>Contacts exported from Google Contacts, Outlook, HubSpot, Salesforce, a phone or a spreadsheet.</source>
        <translation>Επαφές που εξήχθησαν από Google Contacts, Outlook, HubSpot, Salesforce, τηλέφωνο ή υπολογιστικό φύλλο.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Περιή&amp;γηση…</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Επαφές (*.csv *.txt *.vcf *.vcard);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Αρχείο:</translation>
    </message>
    <message>
        <source>Encoding and delimiter</source>
        <translation>Κωδικοποίηση και διαχωριστικό</translation>
    </message>
    <message>
        <source>Detected from the file; change them if the sample looks wrong.</source>
        <translation>Εντοπίστηκαν από το αρχείο· αλλάξτε τα αν το δείγμα φαίνεται λάθος.</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Κόμμα ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Ερωτηματικό ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Κάθετη γραμμή ( | )</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Μορφή:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Κωδικοποίηση:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Διαχωριστικό:</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Δείγμα:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Στήλες</translation>
    </message>
    <message>
        <source>Which field each column fills. Recognised columns are set already; the choice is remembered for files with the same columns.</source>
        <translation>Ποιο πεδίο συμπληρώνει κάθε στήλη. Οι αναγνωρισμένες στήλες έχουν ήδη οριστεί· η επιλογή απομνημονεύεται για αρχεία με τις ίδιες στήλες.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Στήλη</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Πρώτη τιμή</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Προεπισκόπηση</translation>
    </message>
    <message>
        <source>Nothing is written yet. Choose what happens to each match.</source>
        <translation>Δεν έχει γραφτεί τίποτα ακόμη. Επιλέξτε τι θα γίνει με κάθε αντιστοιχία.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="vanished">Γραμμή</translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="vanished">Εγγραφή</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="vanished">Αντιστοιχίες</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">Λόγος</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="vanished">Βεβαιότητα</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="vanished">Ενέργεια</translation>
    </message>
    <message>
        <source>Apply to &amp;all matches</source>
        <translation>Εφαρμογή σε ό&amp;λες τις αντιστοιχίες</translation>
    </message>
    <message>
        <source>For every match:</source>
        <translation>Για κάθε αντιστοιχία:</translation>
    </message>
    <message>
        <source>Rows that cannot be imported:</source>
        <translation>Γραμμές που δεν μπορούν να εισαχθούν:</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Εισαγωγή σε εξέλιξη</translation>
    </message>
    <message>
        <source>Cancel leaves the database as it was.</source>
        <translation>Η ακύρωση αφήνει τη βάση δεδομένων όπως ήταν.</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Ακύρωση εισαγωγής</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Ακύρωση…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>Α&amp;ναίρεση εισαγωγής</translation>
    </message>
    <message>
        <source>Imports can also be undone later in File ▸ Import History.</source>
        <translation>Οι εισαγωγές μπορούν να αναιρεθούν και αργότερα από Αρχείο ▸ Ιστορικό εισαγωγών.</translation>
    </message>
    <message>
        <source>Choose a field for at least one column.</source>
        <translation>Επιλέξτε πεδίο για τουλάχιστον μία στήλη.</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>CSV · columns: %1</source>
        <translation>CSV · στήλες: %1</translation>
    </message>
    <message>
        <source>Reading the file and looking for duplicates…</source>
        <translation>Ανάγνωση του αρχείου και αναζήτηση διπλοτύπων…</translation>
    </message>
    <message>
        <source>Rows: %1 · New: %2 · Update: %3 · Duplicate in file: %4 · Invalid: %5</source>
        <translation>Γραμμές: %1 · Νέες: %2 · Ενημέρωση: %3 · Διπλότυπες στο αρχείο: %4 · Μη έγκυρες: %5</translation>
    </message>
    <message>
        <source>%1 (this file)</source>
        <translation type="vanished">%1 (αυτό το αρχείο)</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Εγγραφή…</translation>
    </message>
    <message>
        <source>Import %1 is done. Created: %2 · Updated: %3 · Skipped: %4 · Invalid: %5</source>
        <translation>Η εισαγωγή %1 ολοκληρώθηκε. Δημιουργήθηκαν: %2 · Ενημερώθηκαν: %3 · Παραλείφθηκαν: %4 · Μη έγκυρες: %5</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was kept.</source>
        <translation>Η εισαγωγή ακυρώθηκε. Δεν κρατήθηκε τίποτα.</translation>
    </message>
    <message>
        <source>The import failed and was undone: %1</source>
        <translation>Η εισαγωγή απέτυχε και αναιρέθηκε: %1</translation>
    </message>
    <message>
        <source>Written: %1 of %2</source>
        <translation>Γράφτηκαν: %1 από %2</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Αναίρεση εισαγωγής</translation>
    </message>
    <message>
        <source>Delete the contacts this import created and restore the ones it updated?</source>
        <translation>Διαγραφή των επαφών που δημιούργησε αυτή η εισαγωγή και επαναφορά όσων ενημέρωσε;</translation>
    </message>
    <message>
        <source>Import %1 was undone.</source>
        <translation>Η εισαγωγή %1 αναιρέθηκε.</translation>
    </message>
    <message>
        <source>Keep the &amp;photos of the contacts (at most 512 KB each)</source>
        <translation>Διατήρηση των &amp;φωτογραφιών των επαφών (έως 512 KB η καθεμία)</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Προσαρμοσμένο: %1</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="vanished">Παραλείφθηκε</translation>
    </message>
    <message>
        <source>Rows imported without part of what they carry:</source>
        <translation>Γραμμές που εισήχθησαν χωρίς μέρος του περιεχομένου τους:</translation>
    </message>
    <message>
        <source> · With warnings: %1</source>
        <translation> · Με προειδοποιήσεις: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::MainWindow</name>
    <message>
        <source>CRM</source>
        <translation type="vanished">CRM</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Επαφές</translation>
    </message>
    <message>
        <source>People you work with</source>
        <translation>Άνθρωποι με τους οποίους συνεργάζεστε</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Εταιρείες</translation>
    </message>
    <message>
        <source>Organisations and their contacts</source>
        <translation>Οργανισμοί και οι επαφές τους</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Νέο</translation>
    </message>
    <message>
        <source>New &amp;contact</source>
        <translation>Νέα &amp;επαφή</translation>
    </message>
    <message>
        <source>New co&amp;mpany</source>
        <translation>Νέα ε&amp;ταιρεία</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ά&amp;νοιγμα</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>Άνοιγμα της επιλεγμένης εγγραφής (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ε&amp;πανάληψη</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Εύρεση</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έξοδ&amp;ος</translation>
    </message>
    <message>
        <source>&amp;About CRM</source>
        <translation>&amp;Σχετικά με το CRM</translation>
    </message>
    <message>
        <source>About CRM</source>
        <translation>Σχετικά με το CRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CRM %1&lt;/h3&gt;&lt;p&gt;An offline-first desktop CRM: your contacts and companies, on your laptop, searchable in an instant.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CRM %1&lt;/h3&gt;&lt;p&gt;Ένα CRM για υπολογιστή που λειτουργεί και χωρίς σύνδεση: οι επαφές και οι εταιρείες σας στον φορητό σας, με άμεση αναζήτηση.&lt;/p&gt;&lt;p&gt;Βάση δεδομένων: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Επεξεργασία</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Κύρια γραμμή εργαλείων</translation>
    </message>
    <message>
        <source>Search contacts and companies (Ctrl+F)</source>
        <translation type="vanished">Αναζήτηση επαφών και εταιρειών (Ctrl+F)</translation>
    </message>
    <message>
        <source>New contact (Ctrl+N)</source>
        <translation>Νέα επαφή (Ctrl+N)</translation>
    </message>
    <message>
        <source>New company (Ctrl+N)</source>
        <translation>Νέα εταιρεία (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln επαφή</numerusform>
            <numerusform>%Ln επαφές</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Ln εταιρεία</numerusform>
            <numerusform>%Ln εταιρείες</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 match “%2”</source>
        <translation type="vanished">Αποτελέσματα για «%2»: %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Νέα επαφή</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Νέα εταιρεία</translation>
    </message>
    <message>
        <source>Contact saved</source>
        <translation>Η επαφή αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>Company saved</source>
        <translation>Η εταιρεία αποθηκεύτηκε</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln contact(s)</source>
        <translation>
            <numerusform>Διαγράφηκε %Ln επαφή</numerusform>
            <numerusform>Διαγράφηκαν %Ln επαφές</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln company(ies)</source>
        <translation>
            <numerusform>Διαγράφηκε %Ln εταιρεία</numerusform>
            <numerusform>Διαγράφηκαν %Ln εταιρείες</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Ctrl+Z to undo</source>
        <translation>%1 — Ctrl+Z για αναίρεση</translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln contact(s)</source>
        <translation>
            <numerusform>Επαναφέρθηκε %Ln επαφή</numerusform>
            <numerusform>Επαναφέρθηκαν %Ln επαφές</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln company(ies)</source>
        <translation>
            <numerusform>Επαναφέρθηκε %Ln εταιρεία</numerusform>
            <numerusform>Επαναφέρθηκαν %Ln εταιρείες</numerusform>
        </translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Νέα βάση δεδομένων</translation>
    </message>
    <message>
        <source>Fill the new database with demo data?

A few hundred sample contacts and companies let you try everything out; you can delete them later.</source>
        <translation>Να συμπληρωθεί η νέα βάση με δεδομένα επίδειξης;

Μερικές εκατοντάδες δείγματα επαφών και εταιρειών σάς επιτρέπουν να δοκιμάσετε τα πάντα· μπορείτε να τα διαγράψετε αργότερα.</translation>
    </message>
    <message>
        <source>Adding demo data…</source>
        <translation>Προσθήκη δεδομένων επίδειξης…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Δεδομένα επίδειξης</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln demo contact(s)</source>
        <translation>
            <numerusform>Προστέθηκε %Ln επαφή επίδειξης</numerusform>
            <numerusform>Προστέθηκαν %Ln επαφές επίδειξης</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — CRM</source>
        <translation>%1 — CRM</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Επαφές</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>Ε&amp;ταιρείες</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Π&amp;ροβολή</translation>
    </message>
    <message>
        <source>%1 matching “%2”</source>
        <translation>Αποτελέσματα για «%2»: %1</translation>
    </message>
    <message>
        <source>No contacts yet.
Press Ctrl+N to add one.</source>
        <translation>Δεν υπάρχουν ακόμη επαφές.
Πατήστε Ctrl+N για να προσθέσετε μία.</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Καμία επαφή δεν ταιριάζει με «%1».</translation>
    </message>
    <message>
        <source>No companies yet.
Press Ctrl+N to add one.</source>
        <translation>Δεν υπάρχουν ακόμη εταιρείες.
Πατήστε Ctrl+N για να προσθέσετε μία.</translation>
    </message>
    <message>
        <source>No company matches “%1”.</source>
        <translation>Καμία εταιρεία δεν ταιριάζει με «%1».</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Συγχρονισμός</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Ρ&amp;υθμίσεις</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)…</source>
        <translation>&amp;Διενέξεις (%1)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Διενέξεις…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Συγχρονισμός &amp;τώρα</translation>
    </message>
    <message>
        <source>Send your changes and receive your team&apos;s (F5)</source>
        <translation>Αποστολή των αλλαγών σας και λήψη των αλλαγών της ομάδας (F5)</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Εξερχόμενα…</translation>
    </message>
    <message>
        <source>&amp;Sync…</source>
        <translation type="vanished">&amp;Συγχρονισμός…</translation>
    </message>
    <message>
        <source>This record has a sync conflict: someone else changed the same field. &lt;a href=&quot;#conflicts&quot;&gt;Choose which value stays…&lt;/a&gt;</source>
        <translation>Αυτή η εγγραφή έχει διένεξη συγχρονισμού: κάποιος άλλος άλλαξε το ίδιο πεδίο. &lt;a href=&quot;#conflicts&quot;&gt;Επιλέξτε ποια τιμή μένει…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>Ατζέ&amp;ντα</translation>
    </message>
    <message>
        <source>Deals &amp;Board</source>
        <translation>&amp;Πίνακας συμφωνιών</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>Ανα&amp;φορές</translation>
    </message>
    <message>
        <source>Deals &amp;List</source>
        <translation>&amp;Λίστα συμφωνιών</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Συμφωνίες</translation>
    </message>
    <message>
        <source>New &amp;deal</source>
        <translation>Νέα &amp;συμφωνία</translation>
    </message>
    <message>
        <source>New &amp;activity</source>
        <translation>Νέα &amp;δραστηριότητα</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Ε&amp;ισαγωγή…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>Ιστορικό εισα&amp;γωγών…</translation>
    </message>
    <message>
        <source>Sync &amp;Log…</source>
        <translation>Αρχείο καταγραφής συγ&amp;χρονισμού…</translation>
    </message>
    <message>
        <source>When this laptop synced, what went each way, and why a sync failed</source>
        <translation>Πότε συγχρονίστηκε αυτός ο υπολογιστής, τι στάλθηκε προς κάθε κατεύθυνση και γιατί απέτυχε ένας συγχρονισμός</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ρ&amp;υθμίσεις…</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>Συγ&amp;χρονισμός…</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Γενικά</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Συγχρονισμός</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Αρχική</translation>
    </message>
    <message>
        <source>Your day and your figures at a glance (Ctrl+0)</source>
        <translation>Η μέρα σας και τα νούμερά σας με μια ματιά (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Αρχική</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>&amp;Υπενθυμίσεις</translation>
    </message>
    <message>
        <source>Find Du&amp;plicates…</source>
        <translation>Εύρεση δ&amp;ιπλοτύπων…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Συγχώνευση…</translation>
    </message>
    <message>
        <source>Merge the selected records into one (select two or more)</source>
        <translation>Συγχώνευση των επιλεγμένων εγγραφών σε μία (επιλέξτε δύο ή περισσότερες)</translation>
    </message>
    <message>
        <source>Merged — Ctrl+Z to undo</source>
        <translation>Συγχωνεύτηκε — Ctrl+Z για αναίρεση</translation>
    </message>
    <message>
        <source>&amp;Custom Fields…</source>
        <translation>&amp;Προσαρμοσμένα πεδία…</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Ετικέτες…</translation>
    </message>
    <message>
        <source>&amp;Pipelines…</source>
        <translation>&amp;Ροές πωλήσεων…</translation>
    </message>
    <message>
        <source>Custom Fields</source>
        <translation>Προσαρμοσμένα πεδία</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Ετικέτες</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Ροές πωλήσεων</translation>
    </message>
    <message>
        <source>Calendar imported · new: %1 · updated: %2</source>
        <translation>Το ημερολόγιο εισήχθη · νέα: %1 · ενημερώθηκαν: %2</translation>
    </message>
    <message>
        <source>Calendar exported · items: %1 · %2</source>
        <translation>Το ημερολόγιο εξήχθη · στοιχεία: %1 · %2</translation>
    </message>
    <message>
        <source>Import Ca&amp;lendar…</source>
        <translation>Εισαγωγή η&amp;μερολογίου…</translation>
    </message>
    <message>
        <source>Meetings and tasks from an iCalendar (.ics) file</source>
        <translation>Συσκέψεις και εργασίες από αρχείο iCalendar (.ics)</translation>
    </message>
    <message>
        <source>E&amp;xport Calendar…</source>
        <translation>Ε&amp;ξαγωγή ημερολογίου…</translation>
    </message>
    <message>
        <source>Meetings and tasks to an iCalendar (.ics) file</source>
        <translation>Συσκέψεις και εργασίες σε αρχείο iCalendar (.ics)</translation>
    </message>
    <message>
        <source>Search, or filter: tag:vip city:riga … (Ctrl+F)</source>
        <translation>Αναζήτηση ή φίλτρο: tag:vip city:riga … (Ctrl+F)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Words find contacts and companies by any of their text.&lt;/p&gt;&lt;p&gt;Filters: &lt;b&gt;status:&lt;/b&gt;customer, &lt;b&gt;city:&lt;/b&gt;riga, &lt;b&gt;country:&lt;/b&gt;, &lt;b&gt;company:&lt;/b&gt;, &lt;b&gt;title:&lt;/b&gt;, &lt;b&gt;owner:&lt;/b&gt;anna, &lt;b&gt;tag:&lt;/b&gt;vip, and any custom field by its key (&lt;b&gt;industry_segment:&lt;/b&gt;retail). Quote values with spaces: city:&quot;New York&quot;. Filters and words combine.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Οι λέξεις βρίσκουν επαφές και εταιρείες με οποιοδήποτε κείμενό τους.&lt;/p&gt;&lt;p&gt;Φίλτρα: &lt;b&gt;status:&lt;/b&gt;customer, &lt;b&gt;city:&lt;/b&gt;riga, &lt;b&gt;country:&lt;/b&gt;, &lt;b&gt;company:&lt;/b&gt;, &lt;b&gt;title:&lt;/b&gt;, &lt;b&gt;owner:&lt;/b&gt;anna, &lt;b&gt;tag:&lt;/b&gt;vip και κάθε προσαρμοσμένο πεδίο με το κλειδί του (&lt;b&gt;industry_segment:&lt;/b&gt;retail). Βάλτε σε εισαγωγικά τις τιμές με κενά: city:&quot;New York&quot;. Φίλτρα και λέξεις συνδυάζονται.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Convert lead “%1”</source>
        <translation>Μετατροπή υποψήφιου «%1»</translation>
    </message>
    <message>
        <source>Lead converted — Ctrl+Z to undo</source>
        <translation>Ο υποψήφιος μετατράπηκε — Ctrl+Z για αναίρεση</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>&amp;Μαζική επεξεργασία…</translation>
    </message>
    <message>
        <source>Set a field, add or remove a tag, change the owner or delete the selected records at once (Ctrl+Shift+B)</source>
        <translation>Ορισμός πεδίου, προσθήκη ή αφαίρεση ετικέτας, αλλαγή υπευθύνου ή διαγραφή των επιλεγμένων εγγραφών μαζί (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Con&amp;vert Lead…</source>
        <translation>Με&amp;τατροπή υποψήφιου…</translation>
    </message>
    <message>
        <source>Turn the selected lead into a prospect with a contact, a company and a deal</source>
        <translation>Μετατροπή του επιλεγμένου υποψήφιου σε δυνητικό πελάτη με επαφή, εταιρεία και συμφωνία</translation>
    </message>
    <message>
        <source>Bul&amp;k Edit History…</source>
        <translation>Ιστορι&amp;κό μαζικών επεξεργασιών…</translation>
    </message>
    <message>
        <source>The recent bulk edits; undo one, also after a restart</source>
        <translation>Οι πρόσφατες μαζικές επεξεργασίες· αναιρέστε μία, και μετά από επανεκκίνηση</translation>
    </message>
    <message>
        <source>Rebuilding indexes an interrupted import left…</source>
        <translation>Ανακατασκευή ευρετηρίων μετά από διακοπείσα εισαγωγή…</translation>
    </message>
    <message>
        <source>An import stopped before it had rebuilt the indexes of the contact lists. Everything works meanwhile; lists sorted by name, company, e-mail, phone or city are slower until it is done.</source>
        <translation>Μια εισαγωγή σταμάτησε πριν ανακατασκευάσει τα ευρετήρια των λιστών επαφών. Στο μεταξύ όλα λειτουργούν· οι λίστες ταξινομημένες κατά όνομα, εταιρεία, e-mail, τηλέφωνο ή πόλη είναι πιο αργές μέχρι να τελειώσει.</translation>
    </message>
    <message>
        <source>Indexes rebuilt</source>
        <translation>Τα ευρετήρια ανακατασκευάστηκαν</translation>
    </message>
    <message>
        <source>Rebuilding the indexes failed: %1 — the next start tries again</source>
        <translation>Η ανακατασκευή των ευρετηρίων απέτυχε: %1 — θα γίνει νέα προσπάθεια στην επόμενη εκκίνηση</translation>
    </message>
</context>
<context>
    <name>crm::ui::MergeCommand</name>
    <message>
        <source>Merge · %1 records</source>
        <translation>Συγχώνευση · εγγραφές: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::MergeDialog</name>
    <message>
        <source>Merge companies</source>
        <translation>Συγχώνευση εταιρειών</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Συγχώνευση επαφών</translation>
    </message>
    <message>
        <source>Choose two or more records to merge.</source>
        <translation>Επιλέξτε δύο ή περισσότερες εγγραφές για συγχώνευση.</translation>
    </message>
    <message>
        <source>Choose the record to keep and, where they differ, whose value each field keeps. The others are deleted; their activities and deals move to the one kept. Undo (Ctrl+Z) or Unmerge takes it back.</source>
        <translation>Επιλέξτε την εγγραφή που θα κρατηθεί και, όπου διαφέρουν, ποια τιμή κρατά κάθε πεδίο. Οι άλλες διαγράφονται· οι δραστηριότητες και οι συμφωνίες τους μεταφέρονται σε αυτήν που κρατήθηκε. Η αναίρεση (Ctrl+Z) ή ο διαχωρισμός το επαναφέρουν.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Διατήρηση</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(κενό)</translation>
    </message>
    <message>
        <source>All fields are the same.</source>
        <translation>Όλα τα πεδία είναι ίδια.</translation>
    </message>
    <message>
        <source>E-mails, phones and tags: all are kept.</source>
        <translation>Email, τηλέφωνα και ετικέτες: διατηρούνται όλα.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Συγχώνευση</translation>
    </message>
    <message>
        <source>E-mails: %1</source>
        <translation>Email: %1</translation>
    </message>
    <message>
        <source>Phones: %1</source>
        <translation>Τηλέφωνα: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Ετικέτες: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Εξερχόμενα</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Εγγραφή</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Νέα τιμή</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Συγχρονισμός τώρα</translation>
    </message>
    <message>
        <source>Clear refused</source>
        <translation>Εκκαθάριση απορριφθέντων</translation>
    </message>
    <message>
        <source>Forget the refused changes listed here (they stay refused)</source>
        <translation>Παράβλεψη των απορριφθεισών αλλαγών της λίστας (παραμένουν απορριφθείσες)</translation>
    </message>
    <message>
        <source>new record</source>
        <translation>νέα εγγραφή</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Τίποτα δεν περιμένει αποστολή.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1 (the first %2 are listed).</source>
        <translation>Αλλαγές σε αναμονή αποστολής: %1 (εμφανίζονται οι πρώτες %2).</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1.</source>
        <translation>Αλλαγές σε αναμονή αποστολής: %1.</translation>
    </message>
    <message>
        <source>The server refused no changes.</source>
        <translation>Ο διακομιστής δεν απέρριψε καμία αλλαγή.</translation>
    </message>
    <message>
        <source>Changes the server refused: %1. They are not sent again.</source>
        <translation>Αλλαγές που απέρριψε ο διακομιστής: %1. Δεν αποστέλλονται ξανά.</translation>
    </message>
</context>
<context>
    <name>crm::ui::PhotoButton</name>
    <message>
        <source>The contact&apos;s photo: click to choose or remove one</source>
        <translation>Η φωτογραφία της επαφής: κάντε κλικ για επιλογή ή αφαίρεση</translation>
    </message>
    <message>
        <source>&amp;Choose Photo…</source>
        <translation>&amp;Επιλογή φωτογραφίας…</translation>
    </message>
    <message>
        <source>&amp;Remove Photo</source>
        <translation>&amp;Αφαίρεση φωτογραφίας</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: %2</source>
        <translation>το %1 δεν διαβάζεται ως εικόνα: %2</translation>
    </message>
    <message>
        <source>%1 cannot be stored as a photo</source>
        <translation>το %1 δεν μπορεί να αποθηκευτεί ως φωτογραφία</translation>
    </message>
    <message>
        <source>Choose Photo</source>
        <translation>Επιλογή φωτογραφίας</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp *.bmp);;All files (*)</source>
        <translation>Εικόνες (*.jpg *.jpeg *.png *.gif *.webp *.bmp);;Όλα τα αρχεία (*)</translation>
    </message>
</context>
<context>
    <name>crm::ui::PipelineSettingsPage</name>
    <message>
        <source>won</source>
        <translation>κερδισμένη</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>χαμένη</translation>
    </message>
    <message>
        <source>stale after days: %1</source>
        <translation>στάσιμη μετά από ημέρες: %1</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Ροές πωλήσεων</translation>
    </message>
    <message>
        <source>&amp;Add pipeline</source>
        <translation>&amp;Προσθήκη ροής</translation>
    </message>
    <message>
        <source>&amp;Delete pipeline</source>
        <translation>&amp;Διαγραφή ροής</translation>
    </message>
    <message>
        <source>Make d&amp;efault</source>
        <translation>Ορισμός ως προεπι&amp;λογή</translation>
    </message>
    <message>
        <source>New deals go to the default pipeline</source>
        <translation>Οι νέες συμφωνίες πηγαίνουν στην προεπιλεγμένη ροή</translation>
    </message>
    <message>
        <source>When deleted, its deals &amp;go to:</source>
        <translation>&amp;Μετά τη διαγραφή, οι συμφωνίες της πηγαίνουν σε:</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Στάδια</translation>
    </message>
    <message>
        <source>Drag a stage, or press Alt+Up or Alt+Down, to reorder</source>
        <translation>Σύρετε ένα στάδιο ή πατήστε Alt+Up ή Alt+Down για αλλαγή σειράς</translation>
    </message>
    <message>
        <source>Add &amp;stage</source>
        <translation>Προσθήκη &amp;σταδίου</translation>
    </message>
    <message>
        <source>&amp;Remove stage</source>
        <translation>&amp;Αφαίρεση σταδίου</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Πάν&amp;ω</translation>
    </message>
    <message>
        <source>Move the stage up (Alt+Up)</source>
        <translation>Μετακίνηση του σταδίου πάνω (Alt+Up)</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>Κά&amp;τω</translation>
    </message>
    <message>
        <source>Move the stage down (Alt+Down)</source>
        <translation>Μετακίνηση του σταδίου κάτω (Alt+Down)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ποτέ</translation>
    </message>
    <message>
        <source>A deal longer than this in the stage, or without an activity for that long, is marked stale on the board</source>
        <translation>Μια συμφωνία περισσότερο από αυτό στο στάδιο, ή χωρίς δραστηριότητα τόσο καιρό, σημειώνεται ως στάσιμη στον πίνακα</translation>
    </message>
    <message>
        <source>Pipeline &amp;name:</source>
        <translation>Ό&amp;νομα ροής:</translation>
    </message>
    <message>
        <source>Stage na&amp;me:</source>
        <translation>Όνομα σταδί&amp;ου:</translation>
    </message>
    <message>
        <source>Default &amp;probability:</source>
        <translation>Προεπιλεγμένη π&amp;ιθανότητα:</translation>
    </message>
    <message>
        <source>S&amp;tale after (days):</source>
        <translation>Στάσιμη μετά από (&amp;ημέρες):</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Έκβαση:</translation>
    </message>
    <message>
        <source>When removed, its deals go t&amp;o:</source>
        <translation>Μετά την αφαίρεση, οι συμφωνίες του πηγαίνουν σ&amp;ε:</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (προεπιλογή)</translation>
    </message>
    <message>
        <source>Won — closes the deal as won</source>
        <translation>Κερδισμένη — κλείνει τη συμφωνία ως κερδισμένη</translation>
    </message>
    <message>
        <source>Lost — closes the deal as lost</source>
        <translation>Χαμένη — κλείνει τη συμφωνία ως χαμένη</translation>
    </message>
    <message>
        <source>Open — the deal is on the board</source>
        <translation>Ανοιχτή — η συμφωνία είναι στον πίνακα</translation>
    </message>
    <message>
        <source>Add pipeline</source>
        <translation>Προσθήκη ροής</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Νέα ροή πωλήσεων</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>Μετονομασία ροής</translation>
    </message>
    <message>
        <source>Delete pipeline %1</source>
        <translation>Διαγραφή ροής %1</translation>
    </message>
    <message>
        <source>Make %1 the default pipeline</source>
        <translation>Ορισμός της %1 ως προεπιλεγμένης ροής</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Νέο στάδιο</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Προσθήκη σταδίου</translation>
    </message>
    <message>
        <source>Edit stage %1</source>
        <translation>Επεξεργασία σταδίου %1</translation>
    </message>
    <message>
        <source>Remove stage %1</source>
        <translation>Αφαίρεση σταδίου %1</translation>
    </message>
    <message>
        <source>Reorder stages</source>
        <translation>Αλλαγή σειράς σταδίων</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordDialog</name>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Αποθήκευση αλλαγών (Ctrl+S)</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Απόρριψη αλλαγών;</translation>
    </message>
    <message>
        <source>You have changed this record. Close it and discard the changes?</source>
        <translation>Αλλάξατε αυτή την εγγραφή. Να κλείσει και να απορριφθούν οι αλλαγές;</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordPicker</name>
    <message>
        <source>Type to find a contact</source>
        <translation>Πληκτρολογήστε για να βρείτε επαφή</translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation>Πληκτρολογήστε για να βρείτε εταιρεία</translation>
    </message>
    <message>
        <source>Type to find a deal</source>
        <translation>Πληκτρολογήστε για να βρείτε συμφωνία</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordSetDialog</name>
    <message>
        <source>Show &amp;more</source>
        <translation>Εμφάνιση &amp;περισσότερων</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Λεπτομέρειες</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των εγγραφών: %1</translation>
    </message>
    <message>
        <source>Records: %1 · showing the newest %2</source>
        <translation>Εγγραφές: %1 · εμφανίζονται οι νεότερες: %2</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Εγγραφές: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::ReminderNotifier</name>
    <message>
        <source>%1 — at %2</source>
        <translation>%1 — στις %2</translation>
    </message>
    <message>
        <source>Task due: %1</source>
        <translation>Προθεσμία εργασίας: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n today — birthday</source>
        <translation>
            <numerusform>%1 κλείνει σήμερα τα %n — γενέθλια</numerusform>
            <numerusform>%1 κλείνει σήμερα τα %n — γενέθλια</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n year(s) as a customer today</source>
        <translation>
            <numerusform>%1: σήμερα %n έτος ως πελάτης</numerusform>
            <numerusform>%1: σήμερα %n έτη ως πελάτης</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Υπενθύμιση</translation>
    </message>
</context>
<context>
    <name>crm::ui::RemindersWindow</name>
    <message>
        <source>Reminders</source>
        <translation>Υπενθυμίσεις</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Υπενθύμιση</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ά&amp;νοιγμα</translation>
    </message>
    <message>
        <source>Open the record (Enter)</source>
        <translation>Άνοιγμα της εγγραφής (Enter)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Απόρριψη</translation>
    </message>
    <message>
        <source>Dismiss (Delete)</source>
        <translation>Απόρριψη (Delete)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>Ανα&amp;βολή</translation>
    </message>
    <message>
        <source>For &amp;15 minutes</source>
        <translation>Για &amp;15 λεπτά</translation>
    </message>
    <message>
        <source>For an &amp;hour</source>
        <translation>Για μία ώ&amp;ρα</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>Μέχρι &amp;αύριο</translation>
    </message>
    <message>
        <source>The reminders could not be read: %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των υπενθυμίσεων: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Εκπρόθεσμα</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Επερχόμενα</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Απορρίφθηκαν</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Λήξη</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Εμφανίστηκε</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Σε αναβολή έως %1</translation>
    </message>
    <message>
        <source>Nothing to remind you of this week.</source>
        <translation>Τίποτα για υπενθύμιση αυτή την εβδομάδα.</translation>
    </message>
</context>
<context>
    <name>crm::ui::ReportBuilderDialog</name>
    <message>
        <source>Report Builder</source>
        <translation>Δημιουργία αναφορών</translation>
    </message>
    <message>
        <source>Tick the columns to show; drag them into order.</source>
        <translation>Επιλέξτε τις στήλες προς εμφάνιση· σύρετέ τες στη σειρά που θέλετε.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(κανένα)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Πλήθος</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Άθροισμα</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Μέσος όρος</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Φθίνουσα</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Τίτλος:</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Εγγραφές:</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Φίλτρα</translation>
    </message>
    <message>
        <source>Groups and figures</source>
        <translation>Ομάδες και μεγέθη</translation>
    </message>
    <message>
        <source>Group &amp;by:</source>
        <translation>Ομαδοποίηση &amp;κατά:</translation>
    </message>
    <message>
        <source>&amp;Then by:</source>
        <translation>Έ&amp;πειτα κατά:</translation>
    </message>
    <message>
        <source>Figure %1:</source>
        <translation>Μέγεθος %1:</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>Ταξι&amp;νόμηση κατά:</translation>
    </message>
    <message>
        <source>Columns (a report without groups)</source>
        <translation>Στήλες (αναφορά χωρίς ομάδες)</translation>
    </message>
</context>
<context>
    <name>crm::ui::ReportPdfWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>δεν είναι δυνατή η εγγραφή του %1: %2</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Φίλτρα: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>· </translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Δημιουργήθηκε: %1</translation>
    </message>
    <message>
        <source>cannot paint the report</source>
        <translation>δεν είναι δυνατή η σχεδίαση της αναφοράς</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>η εξαγωγή ακυρώθηκε</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>Καμία εγγραφή.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Σελίδα %1 από %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Αναφορές</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Νέα…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Επεξεργασία…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Διπλότυπο</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Δια&amp;γραφή</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Εκτέ&amp;λεση</translation>
    </message>
    <message>
        <source>Run the report (F5)</source>
        <translation>Εκτέλεση της αναφοράς (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Κόμμα</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Ερωτηματικό</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>CSV field separator</source>
        <translation>Διαχωριστικό πεδίων CSV</translation>
    </message>
    <message>
        <source>&amp;BOM</source>
        <translation>&amp;BOM</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte-order mark (for spreadsheets)</source>
        <translation>Έναρξη του CSV με σήμανση σειράς byte UTF-8 (για υπολογιστικά φύλλα)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Κατακόρυφος</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Οριζόντιος</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Εξαγωγή &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Εξαγωγή &amp;PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Εκτύπωση…</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Η αναφορά ακυρώθηκε.</translation>
    </message>
    <message>
        <source>Built in: run it, or duplicate it to change it</source>
        <translation>Ενσωματωμένη: εκτελέστε την ή δημιουργήστε αντίγραφο για να την αλλάξετε</translation>
    </message>
    <message>
        <source>Saved report</source>
        <translation>Αποθηκευμένη αναφορά</translation>
    </message>
    <message>
        <source>&amp;Edit a Copy…</source>
        <translation>Επεξ. &amp;αντιγράφου…</translation>
    </message>
    <message>
        <source>all</source>
        <translation>όλα</translation>
    </message>
    <message>
        <source>Press Run (F5) to see the report.</source>
        <translation>Πατήστε Εκτέλεση (F5) για να δείτε την αναφορά.</translation>
    </message>
    <message>
        <source>Choose a report first.</source>
        <translation>Επιλέξτε πρώτα μια αναφορά.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Εκτέλεση…</translation>
    </message>
    <message>
        <source>Rows: %1 · the first %2 are shown; an export writes them all.</source>
        <translation>Γραμμές: %1 · εμφανίζονται οι πρώτες %2· η εξαγωγή τις γράφει όλες.</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Γραμμές: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Η εξαγωγή ακυρώθηκε· δεν γράφτηκε κανένα αρχείο.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Εξαγωγή CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Αρχεία CSV (*.csv);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Exporting to CSV…</source>
        <translation>Εξαγωγή σε CSV…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1: %2</translation>
    </message>
    <message>
        <source>Rows written: %1</source>
        <translation>Γραμμές που γράφτηκαν: %1</translation>
    </message>
    <message>
        <source>Rows: %1 · exported to %2</source>
        <translation>Γραμμές: %1 · εξήχθησαν στο %2</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Εξαγωγή PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Αρχεία PDF (*.pdf);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Exporting to PDF…</source>
        <translation>Εξαγωγή σε PDF…</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Ανάγνωση της αναφοράς…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Εγγραφή %1…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Εξήχθη στο %1</translation>
    </message>
    <message>
        <source>Run the report first, then print it.</source>
        <translation>Εκτελέστε πρώτα την αναφορά και μετά εκτυπώστε την.</translation>
    </message>
    <message>
        <source>Sent to the printer: %1 pages</source>
        <translation type="vanished">Στάλθηκε στον εκτυπωτή: %1 σελίδες</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Αποθηκεύτηκε η «%1».</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Νέα αναφορά</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (αντίγραφο)</translation>
    </message>
    <message>
        <source>Delete Report</source>
        <translation>Διαγραφή αναφοράς</translation>
    </message>
    <message>
        <source>Delete the report “%1”?</source>
        <translation>Διαγραφή της αναφοράς «%1»;</translation>
    </message>
    <message>
        <source>Sent to the printer · pages: %1</source>
        <translation>Στάλθηκε στον εκτυπωτή · σελίδες: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::SelectionBar</name>
    <message>
        <source>All %1 are selected.</source>
        <translation>Επιλέχθηκαν όλα: %1.</translation>
    </message>
    <message>
        <source>All %1 matching “%2” are selected.</source>
        <translation>Επιλέχθηκαν όλα όσα ταιριάζουν με «%2»: %1.</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Εκκαθάριση επιλογής</translation>
    </message>
    <message>
        <source>Select all %1</source>
        <translation>Επιλογή όλων: %1</translation>
    </message>
    <message>
        <source>Select all %1 matching “%2”</source>
        <translation>Επιλογή όλων όσων ταιριάζουν με «%2»: %1</translation>
    </message>
    <message>
        <source>All %1 rows on screen are selected.</source>
        <translation>Επιλέχθηκαν όλες οι γραμμές της οθόνης: %1.</translation>
    </message>
    <message>
        <source>Selected: %1 of %2.</source>
        <translation>Επιλέχθηκαν: %1 από %2.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
</context>
<context>
    <name>crm::ui::StaleCardDelegate</name>
    <message>
        <source>%1 d</source>
        <comment>days in the current stage, on a board card</comment>
        <translation>%1 ημ.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncController</name>
    <message>
        <source>Enter a server address such as https://crm.example.com:8443.</source>
        <translation>Εισαγάγετε διεύθυνση διακομιστή, π.χ. https://crm.example.com:8443.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your network connection.</source>
        <translation>Ο διακομιστής δεν είναι προσβάσιμος. Ελέγξτε τη διεύθυνση και τη σύνδεση δικτύου.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Λάθος όνομα χρήστη ή κωδικός πρόσβασης.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Ο διακομιστής απέρριψε τη σύνδεση: %1</translation>
    </message>
    <message>
        <source>A sync is running; try again in a moment.</source>
        <translation>Εκτελείται συγχρονισμός· δοκιμάστε ξανά σε λίγο.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncDescriber</name>
    <message>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Διεύθυνση e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Αριθμός τηλεφώνου</translation>
    </message>
    <message>
        <source>Tag of a contact</source>
        <translation>Ετικέτα επαφής</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Ετικέτα</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Διένεξη</translation>
    </message>
    <message>
        <source>(new record)</source>
        <translation>(νέα εγγραφή)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Διαγραμμένο</translation>
    </message>
    <message>
        <source>Conflict state</source>
        <translation>Κατάσταση διένεξης</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>σήμερα %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(κενό)</translation>
    </message>
    <message>
        <source>(unknown company)</source>
        <translation>(άγνωστη εταιρεία)</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Ιδιωτικό</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Ομάδα</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>διαγραμμένο</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>επαναφέρθηκε</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Κάποιος</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>κάποιος</translation>
    </message>
    <message>
        <source>%1 changed %2 to %3 while you deleted this record, %4.</source>
        <translation>Ο/Η %1 άλλαξε το %2 σε %3 ενώ εσείς διαγράψατε αυτή την εγγραφή, %4.</translation>
    </message>
    <message>
        <source>%1 deleted this record while you changed %2 to %3, %4.</source>
        <translation>Ο/Η %1 διέγραψε αυτή την εγγραφή ενώ εσείς αλλάξατε το %2 σε %3, %4.</translation>
    </message>
    <message>
        <source>%1 deleted this record while %2 changed %3 to %4, %5.</source>
        <translation>Ο/Η %1 διέγραψε αυτή την εγγραφή ενώ ο/η %2 άλλαξε το %3 σε %4, %5.</translation>
    </message>
    <message>
        <source>%1 changed %2 to %3 while you changed it to %4, %5.</source>
        <translation>Ο/Η %1 άλλαξε το %2 σε %3 ενώ εσείς το αλλάξατε σε %4, %5.</translation>
    </message>
    <message>
        <source>%1 changed %2 to %3 while %4 changed it to %5, %6.</source>
        <translation>Ο/Η %1 άλλαξε το %2 σε %3 ενώ ο/η %4 το άλλαξε σε %5, %6.</translation>
    </message>
    <message>
        <source>The record stays deleted unless you keep their change.</source>
        <translation>Η εγγραφή μένει διαγραμμένη εκτός αν κρατήσετε την αλλαγή τους.</translation>
    </message>
    <message>
        <source>The record is deleted now; “Use mine” restores it with your change.</source>
        <translation>Η εγγραφή είναι τώρα διαγραμμένη· η «Χρήση της δικής μου» την επαναφέρει με την αλλαγή σας.</translation>
    </message>
    <message>
        <source>The record shows your value %1 now.</source>
        <translation>Η εγγραφή δείχνει τώρα τη δική σας τιμή %1.</translation>
    </message>
    <message>
        <source>The record shows their value %1 now; yours is kept here.</source>
        <translation>Η εγγραφή δείχνει τώρα τη δική τους τιμή %1· η δική σας φυλάσσεται εδώ.</translation>
    </message>
    <message>
        <source>The record shows %1 now.</source>
        <translation>Η εγγραφή δείχνει τώρα %1.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncLogDialog</name>
    <message>
        <source>Synced</source>
        <translation>Συγχρονίστηκε</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Εκτός σύνδεσης</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Απαιτείται σύνδεση</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Απέτυχε</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n times since %2</source>
        <extracomment>A line of the sync log that stands for several runs alike (never fewer than two): &quot;14:03, 12 times since 11:05&quot;</extracomment>
        <translation>
            <numerusform>%1, %n φορά από %2</numerusform>
            <numerusform>%1, %n φορές από %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new either way</source>
        <translation>Τίποτα νέο προς καμία κατεύθυνση</translation>
    </message>
    <message>
        <source>Changes that had reached the server before: %1</source>
        <translation>Αλλαγές που είχαν ήδη φτάσει στον διακομιστή: %1</translation>
    </message>
    <message>
        <source>Sync Log</source>
        <translation>Αρχείο καταγραφής συγχρονισμού</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Στάλθηκαν</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Λήφθηκαν</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Διενέξεις</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Λεπτομέρειες</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Συγχρονισμός τώρα</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>Εκκαθάριση αρχείου</translation>
    </message>
    <message>
        <source>Forget the lines listed here (nothing else changes)</source>
        <translation>Παράβλεψη των γραμμών της λίστας (τίποτε άλλο δεν αλλάζει)</translation>
    </message>
    <message>
        <source>The sync log cannot be read: %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του αρχείου καταγραφής συγχρονισμού: %1</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 με %2</translation>
    </message>
    <message>
        <source>This laptop has not synced yet.</source>
        <translation>Αυτός ο υπολογιστής δεν έχει συγχρονιστεί ακόμη.</translation>
    </message>
    <message>
        <source>No sync has succeeded in the runs listed here.</source>
        <translation>Κανένας από τους συγχρονισμούς της λίστας δεν πέτυχε.</translation>
    </message>
    <message>
        <source>Last successful sync: %1.</source>
        <translation>Τελευταίος επιτυχής συγχρονισμός: %1.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncSettingsDialog</name>
    <message>
        <source>Settings — Sync</source>
        <translation type="vanished">Ρυθμίσεις — Συγχρονισμός</translation>
    </message>
    <message>
        <source>Sync shares your contacts and companies with your team through a CRM server. You keep working offline; changes are sent when the server can be reached.</source>
        <translation type="vanished">Ο συγχρονισμός μοιράζεται τις επαφές και τις εταιρείες σας με την ομάδα μέσω διακομιστή CRM. Συνεχίζετε να εργάζεστε εκτός σύνδεσης· οι αλλαγές αποστέλλονται όταν ο διακομιστής είναι προσβάσιμος.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="vanished">Σύνδεση</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="vanished">&amp;Διακομιστής:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="vanished">&amp;Χρήστης:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="vanished">&amp;Κωδικός:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="vanished">&amp;Σύνδεση</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="vanished">Σύνδεση…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="vanished">Λογαριασμός</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="vanished">Συγχρονισμός &amp;τώρα</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="vanished">&amp;Αποσύνδεση</translation>
    </message>
    <message>
        <source>Sync &amp;automatically (at start, after changes and every 5 minutes)</source>
        <translation type="vanished">&amp;Αυτόματος συγχρονισμός (στην εκκίνηση, μετά από αλλαγές και κάθε 5 λεπτά)</translation>
    </message>
    <message>
        <source>Enter the address of your team&apos;s server.</source>
        <translation type="vanished">Εισαγάγετε τη διεύθυνση του διακομιστή της ομάδας σας.</translation>
    </message>
    <message>
        <source>Enter a server address such as https://crm.example.com:8443.</source>
        <translation type="vanished">Εισαγάγετε διεύθυνση διακομιστή, π.χ. https://crm.example.com:8443.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="vanished">Εισαγάγετε το όνομα χρήστη σας.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="vanished">Εισαγάγετε τον κωδικό σας.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="vanished">Συνδεδεμένος στο %1 ως %2.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2, team %3.</source>
        <translation type="vanished">Συνδεδεμένος στο %1 ως %2, ομάδα %3.</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation type="vanished">Τελευταίος συγχρονισμός: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncSettingsPage</name>
    <message>
        <source>Sync shares your contacts and companies with your team through a CRM server. You keep working offline; changes are sent when the server can be reached.</source>
        <translation>Ο συγχρονισμός μοιράζεται τις επαφές και τις εταιρείες σας με την ομάδα σας μέσω ενός διακομιστή CRM. Συνεχίζετε να εργάζεστε εκτός σύνδεσης· οι αλλαγές αποστέλλονται όταν ο διακομιστής είναι προσβάσιμος.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Σύνδεση</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Διακομιστής:</translation>
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
        <source>Signing in…</source>
        <translation>Σύνδεση…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Λογαριασμός</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Συγχρονισμός &amp;τώρα</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Απ&amp;οσύνδεση</translation>
    </message>
    <message>
        <source>Sync &amp;automatically (at start, after changes and every 5 minutes)</source>
        <translation>&amp;Αυτόματος συγχρονισμός (κατά την εκκίνηση, μετά από αλλαγές και κάθε 5 λεπτά)</translation>
    </message>
    <message>
        <source>Enter the address of your team&apos;s server.</source>
        <translation>Εισαγάγετε τη διεύθυνση του διακομιστή της ομάδας σας.</translation>
    </message>
    <message>
        <source>Enter a server address such as https://crm.example.com:8443.</source>
        <translation>Εισαγάγετε μια διεύθυνση διακομιστή, όπως https://crm.example.com:8443.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Εισαγάγετε το όνομα χρήστη σας.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Εισαγάγετε τον κωδικό πρόσβασής σας.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Συνδεθήκατε στο %1 ως %2.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2, team %3.</source>
        <translation>Συνδεθήκατε στο %1 ως %2, ομάδα %3.</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Τελευταίος συγχρονισμός: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncStatusButton</name>
    <message>
        <source>Not syncing</source>
        <translation>Χωρίς συγχρονισμό</translation>
    </message>
    <message>
        <source>Sync off — %1</source>
        <translation>Συγχρονισμός ανενεργός — %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln αλλαγή σε αναμονή</numerusform>
            <numerusform>%Ln αλλαγές σε αναμονή</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation>Συγχρονισμός ανενεργός</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2</source>
        <translation>Συγχρονισμός… %1 από %2</translation>
    </message>
    <message>
        <source>Syncing… %1 received</source>
        <translation>Συγχρονισμός… ελήφθησαν: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Συγχρονισμός…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Συγχρονίστηκε</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation>Εκτός σύνδεσης — %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Εκτός σύνδεσης</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Χρειάζεται προσοχή: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln διένεξη</numerusform>
            <numerusform>%Ln διενέξεις</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused change(s)</source>
        <translation>
            <numerusform>%Ln απορριφθείσα αλλαγή</numerusform>
            <numerusform>%Ln απορριφθείσες αλλαγές</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in again to sync</source>
        <translation>Συνδεθείτε ξανά για συγχρονισμό</translation>
    </message>
    <message>
        <source>Sign in to a team server in Settings → Sync</source>
        <translation>Συνδεθείτε σε διακομιστή ομάδας: Ρυθμίσεις → Συγχρονισμός</translation>
    </message>
    <message>
        <source>Automatic sync is off; F5 syncs now</source>
        <translation>Ο αυτόματος συγχρονισμός είναι ανενεργός· το F5 συγχρονίζει τώρα</translation>
    </message>
    <message>
        <source>Sending your changes and receiving your team&apos;s</source>
        <translation>Αποστολή των αλλαγών σας και λήψη των αλλαγών της ομάδας</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Τελευταίος συγχρονισμός: %1</translation>
    </message>
    <message>
        <source>Everything is sent</source>
        <translation>Όλα έχουν αποσταλεί</translation>
    </message>
    <message>
        <source>The server cannot be reached; retrying. Click to see the waiting changes.</source>
        <translation>Ο διακομιστής δεν είναι προσβάσιμος· νέα προσπάθεια. Κάντε κλικ για τις αλλαγές σε αναμονή.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Ο διακομιστής απέρριψε τη σύνδεση: %1</translation>
    </message>
    <message>
        <source>Click to choose which values stay</source>
        <translation>Κάντε κλικ για να επιλέξετε ποιες τιμές μένουν</translation>
    </message>
    <message>
        <source>Click to see what the server refused</source>
        <translation>Κάντε κλικ για να δείτε τι απέρριψε ο διακομιστής</translation>
    </message>
    <message>
        <source>Syncing… %1 of about %2 received</source>
        <translation>Συγχρονισμός… ελήφθησαν %1 από περίπου %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::TagChipDelegate</name>
    <message>
        <source>Tag “%1” · click to show only the records with it</source>
        <translation>Ετικέτα «%1» · κάντε κλικ για να δείτε μόνο τις εγγραφές με αυτήν</translation>
    </message>
</context>
<context>
    <name>crm::ui::TagsSettingsDialog</name>
    <message>
        <source>Tags</source>
        <translation>Ετικέτες</translation>
    </message>
</context>
<context>
    <name>crm::ui::TagsSettingsPage</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Μετονομασία…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Χρώμα…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Συγχώνευση σε…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Μετονομασία ετικέτας</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Νέο όνομα:</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Χρώμα ετικέτας</translation>
    </message>
    <message>
        <source>Merge tag</source>
        <translation>Συγχώνευση ετικέτας</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Συγχώνευση της «%1» σε:</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Διαγραφή ετικέτας</translation>
    </message>
    <message>
        <source>Delete the tag “%1” from every record that has it?</source>
        <translation>Διαγραφή της ετικέτας «%1» από κάθε εγγραφή που την έχει;</translation>
    </message>
</context>
<context>
    <name>crm::ui::TimelineView</name>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Εμ&amp;φάνιση:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Όλα</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Δραστηριότητες</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Κλήσεις</translation>
    </message>
    <message>
        <source>Meetings and visits</source>
        <translation>Συσκέψεις και επισκέψεις</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Εργασίες</translation>
    </message>
    <message>
        <source>Notes and e-mails</source>
        <translation>Σημειώσεις και email</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Συμφωνίες</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Αλλαγές</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Χθες %1</translation>
    </message>
    <message>
        <source>The timeline starts when the record is saved.</source>
        <translation>Το χρονολόγιο ξεκινά όταν αποθηκευτεί η εγγραφή.</translation>
    </message>
    <message>
        <source>Nothing of this kind yet.</source>
        <translation>Δεν υπάρχει ακόμη τίποτα αυτού του είδους.</translation>
    </message>
    <message>
        <source>Nothing has happened here yet.</source>
        <translation>Δεν έχει συμβεί ακόμη τίποτα εδώ.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline-first desktop CRM</source>
        <translation>CRM για υπολογιστή που λειτουργεί και χωρίς σύνδεση</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt; (default: %1).</source>
        <translation>Άνοιγμα της βάσης δεδομένων &lt;διαδρομή&gt; (προεπιλογή: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>διαδρομή</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>Δεν ήταν δυνατό το άνοιγμα της βάσης δεδομένων %1.</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
</context>
</TS>
