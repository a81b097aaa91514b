<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Zamknij bez zapisywania</translation>
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
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Zapisz wszystko</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Tak</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Tak dla &amp;wszystkich</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ie dla wszystkich</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Przerwij</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignoruj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetuj</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Przywróć domyślne</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Wstecz</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Dalej &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomoc</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Zatwierdź</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>crm::cli::ActivityCommands</name>
    <message>
        <source>looking up the id: %1</source>
        <translation>wyszukiwanie ID: %1</translation>
    </message>
    <message>
        <source>no activity with id %1</source>
        <translation>brak działania o ID %1</translation>
    </message>
    <message>
        <source>the id prefix %1 matches several activities; give more digits</source>
        <translation>prefiks ID %1 pasuje do kilku działań; podaj więcej cyfr</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; write it as YYYY-MM-DDTHH:MM (local time), with Z or +HH:MM for another zone, or YYYY-MM-DD</source>
        <translation>„%1” nie jest datą i godziną; wpisz ją jako YYYY-MM-DDTHH:MM (czas lokalny), z Z lub +HH:MM dla innej strefy, albo YYYY-MM-DD</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>activity add: give --kind and --subject (see crm-cli activity add --help)</source>
        <translation>activity add: podaj --kind i --subject (zob. crm-cli activity add --help)</translation>
    </message>
    <message>
        <source>activity add: --kind: “%1” is not one of %2</source>
        <translation>activity add: --kind: „%1” nie jest żadną z wartości %2</translation>
    </message>
    <message>
        <source>activity add: give --due or --start, not both</source>
        <translation>activity add: podaj --due albo --start, nie oba</translation>
    </message>
    <message>
        <source>activity add: --end needs --start</source>
        <translation>activity add: --end wymaga --start</translation>
    </message>
    <message>
        <source>activity add: --reminder: “%1” is not a number of minutes</source>
        <translation>activity add: --reminder: „%1” nie jest liczbą minut</translation>
    </message>
    <message>
        <source>activity add: --deal: give the deal&apos;s full id</source>
        <translation>activity add: --deal: podaj pełne ID transakcji</translation>
    </message>
    <message>
        <source>activity list: give one of --overdue, --today and --week, not several</source>
        <translation>activity list: podaj jedną z opcji --overdue, --today i --week, nie kilka</translation>
    </message>
    <message>
        <source>activity %1 is deleted</source>
        <translation>działanie %1 jest usunięte</translation>
    </message>
    <message>
        <source>%1 created, %2 updated</source>
        <translation>utworzono: %1, zaktualizowano: %2</translation>
    </message>
    <message>
        <source>ics export: give -o FILE (or --output FILE)</source>
        <translation>ics export: podaj -o FILE (lub --output FILE)</translation>
    </message>
</context>
<context>
    <name>crm::cli::ArgumentParser</name>
    <message>
        <source>(see crm-cli %1 --help)</source>
        <translation>(zob. crm-cli %1 --help)</translation>
    </message>
    <message>
        <source>unknown option %1 %2</source>
        <translation>nieznana opcja %1 %2</translation>
    </message>
    <message>
        <source>unknown option --%1 %2</source>
        <translation>nieznana opcja --%1 %2</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 podano więcej niż raz</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 nie przyjmuje wartości</translation>
    </message>
    <message>
        <source>--%1: missing value (%2)</source>
        <translation>--%1: brak wartości (%2)</translation>
    </message>
    <message>
        <source>missing %1 %2</source>
        <translation>brak %1 %2</translation>
    </message>
    <message>
        <source>unexpected argument “%1” %2</source>
        <translation>nieoczekiwany argument „%1” %2</translation>
    </message>
</context>
<context>
    <name>crm::cli::BulkCommands</name>
    <message>
        <source>“%1” is not FIELD=VALUE</source>
        <translation>„%1” nie jest FIELD=VALUE</translation>
    </message>
    <message>
        <source>bulk: give one of --set, --add-tag, --remove-tag, --owner or --delete</source>
        <translation>bulk: podaj jedno z --set, --add-tag, --remove-tag, --owner lub --delete</translation>
    </message>
    <message>
        <source>“%1” is not contacts, companies or deals</source>
        <translation>„%1” nie jest contacts, companies ani deals</translation>
    </message>
    <message>
        <source>bulk: give one of --ids, --search or --all</source>
        <translation>bulk: podaj jedno z --ids, --search lub --all</translation>
    </message>
    <message>
        <source>no such field; the fields are: %1</source>
        <translation>nie ma takiego pola; pola to: %1</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operacja</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Dopasowano</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Zmieniono</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Próba</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edycja</translation>
    </message>
    <message>
        <source>bulk undo: “%1” is not a bulk edit number (see crm-cli bulk list)</source>
        <translation>bulk undo: „%1” nie jest numerem edycji zbiorczej (zob. crm-cli bulk list)</translation>
    </message>
    <message numerus="yes">
        <source>Bulk edit %1 undone: %n record(s) put back.</source>
        <translation>
            <numerusform>Edycja zbiorcza %1 została cofnięta: przywrócono %n rekord.</numerusform>
            <numerusform>Edycja zbiorcza %1 została cofnięta: przywrócono %n rekordy.</numerusform>
            <numerusform>Edycja zbiorcza %1 została cofnięta: przywrócono %n rekordów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk edit %1 undone: %2 put back; %n left as they were changed after it: %3</source>
        <translation>
            <numerusform>Edycja zbiorcza %1 została cofnięta: przywrócono %2; %n rekord pozostawiono bez zmian, bo zmieniono go po niej: %3</numerusform>
            <numerusform>Edycja zbiorcza %1 została cofnięta: przywrócono %2; %n rekordy pozostawiono bez zmian, bo zmieniono je po niej: %3</numerusform>
            <numerusform>Edycja zbiorcza %1 została cofnięta: przywrócono %2; %n rekordów pozostawiono bez zmian, bo zmieniono je po niej: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Rozpoczęto (UTC)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Pozostawiono</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
</context>
<context>
    <name>crm::cli::CommandDispatcher</name>
    <message>
        <source>Usage: crm-cli [--database PATH] [--format table|csv|json] COMMAND [ARGUMENTS]</source>
        <translation>Użycie: crm-cli [--database PATH] [--format table|csv|json] COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Contacts and companies of the CRM from the command line.</source>
        <translation>Kontakty i firmy z CRM w wierszu poleceń.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Polecenia:</translation>
    </message>
    <message>
        <source>Options (before or after the command):</source>
        <translation>Opcje (przed poleceniem lub po nim):</translation>
    </message>
    <message>
        <source>show this help; crm-cli COMMAND --help for one command</source>
        <translation>pokaż tę pomoc; crm-cli COMMAND --help dla jednego polecenia</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>pokaż wersję</translation>
    </message>
    <message>
        <source>The database is %1 unless --database or $CRM_DATABASE names another file; only the add commands create a missing one.</source>
        <translation>Baza danych to %1, chyba że --database lub $CRM_DATABASE wskazuje inny plik; brakującą bazę tworzą tylko polecenia add.</translation>
    </message>
    <message>
        <source>An ID is the full id or a unique prefix of at least 8 of its hex digits.</source>
        <translation>ID to pełny identyfikator lub jego unikalny prefiks z co najmniej 8 cyframi szesnastkowymi.</translation>
    </message>
    <message>
        <source>Formats: table (aligned columns; show prints &quot;Field: value&quot; lines), csv (RFC 4180, header row, UTF-8) and json (an array of objects; one object for show).</source>
        <translation>Formaty: table (wyrównane kolumny; show wypisuje wiersze &quot;Pole: wartość&quot;), csv (RFC 4180, wiersz nagłówków, UTF-8) i json (tablica obiektów; dla show jeden obiekt).</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure (not found, invalid value, database refused), 2 wrong usage. Errors are one line on stderr.</source>
        <translation>Kod wyjścia: 0 – sukces, 1 – błąd (nie znaleziono, nieprawidłowa wartość, odmowa bazy danych), 2 – nieprawidłowe użycie. Błędy to jeden wiersz na stderr.</translation>
    </message>
    <message>
        <source>Usage: crm-cli %1 SUBCOMMAND [ARGUMENTS]</source>
        <translation>Użycie: crm-cli %1 SUBCOMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Podpolecenia:</translation>
    </message>
    <message>
        <source>crm-cli %1 SUBCOMMAND --help describes its options.</source>
        <translation>crm-cli %1 SUBCOMMAND --help opisuje jego opcje.</translation>
    </message>
    <message>
        <source> [OPTIONS]</source>
        <translation> [OPTIONS]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Użycie: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opcje:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opcje globalne:</translation>
    </message>
    <message>
        <source>ID is the full id or a unique prefix of at least 8 of its hex digits.</source>
        <translation>ID to pełny identyfikator lub jego unikalny prefiks z co najmniej 8 cyframi szesnastkowymi.</translation>
    </message>
    <message>
        <source>--%1: missing value</source>
        <translation>--%1: brak wartości</translation>
    </message>
    <message>
        <source>unknown option %1 (see crm-cli --help)</source>
        <translation>nieznana opcja %1 (zob. crm-cli --help)</translation>
    </message>
    <message>
        <source>no command given (see crm-cli --help)</source>
        <translation>nie podano polecenia (zob. crm-cli --help)</translation>
    </message>
    <message>
        <source>help: unknown command “%1” (see crm-cli --help)</source>
        <translation>help: nieznane polecenie „%1” (zob. crm-cli --help)</translation>
    </message>
    <message>
        <source>%1: missing subcommand (%2)</source>
        <translation>%1: brak podpolecenia (%2)</translation>
    </message>
    <message>
        <source>%1: unknown subcommand “%2” (%3)</source>
        <translation>%1: nieznane podpolecenie „%2” (%3)</translation>
    </message>
    <message>
        <source>unknown command “%1” (see crm-cli --help)</source>
        <translation>nieznane polecenie „%1” (zob. crm-cli --help)</translation>
    </message>
    <message>
        <source>--format: unknown format “%1”; use table, csv or json</source>
        <translation>--format: nieznany format „%1”; użyj table, csv lub json</translation>
    </message>
    <message>
        <source>--database: the path is empty</source>
        <translation>--database: ścieżka jest pusta</translation>
    </message>
</context>
<context>
    <name>crm::cli::CommandSupport</name>
    <message>
        <source>--limit: “%1” is not a positive number</source>
        <translation>--limit: „%1” nie jest liczbą dodatnią</translation>
    </message>
    <message>
        <source>--delimiter: “%1” is not comma, semicolon or tab</source>
        <translation>--delimiter: „%1” nie jest comma, semicolon ani tab</translation>
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
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Widoczność</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>company add: give --name (see crm-cli company add --help)</source>
        <translation>company add: podaj --name (zob. crm-cli company add --help)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>company edit: nothing to change; give the fields to change (see crm-cli company edit --help)</source>
        <translation>company edit: nie ma nic do zmiany; podaj pola do zmiany (zob. crm-cli company edit --help)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Pola własne</translation>
    </message>
    <message>
        <source>unknown status “%1”; use lead, prospect, customer or former</source>
        <translation>nieznany status „%1”; użyj lead, prospect, customer lub former</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>crm::cli::ContactCommands</name>
    <message>
        <source>unknown label “%1”; use work, mobile, home or other</source>
        <translation>nieznany rodzaj „%1”; użyj work, mobile, home lub other</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address</source>
        <translation>„%1” nie jest prawidłowym adresem e-mail</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>„%1” nie jest numerem telefonu</translation>
    </message>
    <message>
        <source>unknown status “%1”; use lead, prospect, customer or former</source>
        <translation>nieznany status „%1”; użyj lead, prospect, customer lub former</translation>
    </message>
    <message>
        <source>a tag cannot be empty</source>
        <translation>tag nie może być pusty</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address of this contact</source>
        <translation>„%1” nie jest adresem e-mail tego kontaktu</translation>
    </message>
    <message>
        <source>“%1” is not a phone number of this contact</source>
        <translation>„%1” nie jest numerem telefonu tego kontaktu</translation>
    </message>
    <message>
        <source>“%1” is not a tag of this contact</source>
        <translation>„%1” nie jest tagiem tego kontaktu</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>ID firmy</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-maile</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefony</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Widoczność</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>contact add: give --first-name or --last-name (see crm-cli contact add --help)</source>
        <translation>contact add: podaj --first-name lub --last-name (zob. crm-cli contact add --help)</translation>
    </message>
    <message>
        <source>contact edit: nothing to change; give the fields to change (see crm-cli contact edit --help)</source>
        <translation>contact edit: nie ma nic do zmiany; podaj pola do zmiany (zob. crm-cli contact edit --help)</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Pola własne</translation>
    </message>
</context>
<context>
    <name>crm::cli::DealCommands</name>
    <message>
        <source>looking up the id: %1</source>
        <translation>wyszukiwanie ID: %1</translation>
    </message>
    <message>
        <source>no deal with id %1</source>
        <translation>brak transakcji o ID %1</translation>
    </message>
    <message>
        <source>the id prefix %1 matches several deals; give more digits</source>
        <translation>prefiks ID %1 pasuje do kilku transakcji; podaj więcej cyfr</translation>
    </message>
    <message>
        <source>there is no pipeline</source>
        <translation type="vanished">nie ma żadnego lejka</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD</source>
        <translation>„%1” nie jest datą; wpisz ją jako YYYY-MM-DD</translation>
    </message>
    <message>
        <source>“%1” is not a whole number from 0 to 100</source>
        <translation>„%1” nie jest liczbą całkowitą od 0 do 100</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Ważona</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknięcie</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Dni na etapie</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Utknęła</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Przyczyna przegranej</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>deal add: give --title, --amount and --currency (see crm-cli deal add --help)</source>
        <translation>deal add: podaj --title, --amount i --currency (zob. crm-cli deal add --help)</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use one like EUR, USD or PLN</source>
        <translation>„%1” nie jest kodem waluty; użyj np. EUR, USD lub PLN</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>kwota nie może być ujemna</translation>
    </message>
    <message>
        <source>a deal needs a title</source>
        <translation>transakcja musi mieć tytuł</translation>
    </message>
    <message>
        <source>deal move: give --stage (see crm-cli deal move --help)</source>
        <translation>deal move: podaj --stage (zob. crm-cli deal move --help)</translation>
    </message>
    <message>
        <source>a lost deal needs the reason; use crm-cli deal lost %1 --reason TEXT</source>
        <translation>przegrana transakcja wymaga przyczyny; użyj crm-cli deal lost %1 --reason TEXT</translation>
    </message>
    <message>
        <source>deal lost: give --reason: why the deal was lost (see crm-cli deal lost --help)</source>
        <translation>deal lost: podaj --reason: dlaczego transakcja została przegrana (zob. crm-cli deal lost --help)</translation>
    </message>
    <message>
        <source>a lost deal needs the reason it was lost</source>
        <translation>przegrana transakcja wymaga podania przyczyny przegranej</translation>
    </message>
</context>
<context>
    <name>crm::cli::DedupCommands</name>
    <message>
        <source>--kind: “%1” is not contact or company</source>
        <translation>--kind: „%1” to nie contact ani company</translation>
    </message>
    <message>
        <source>--min-score: “%1” is not a number from 0 to 1</source>
        <translation>--min-score: „%1” nie jest liczbą od 0 do 1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>--field: “%1” is not NAME=ID</source>
        <translation>--field: „%1” to nie NAME=ID</translation>
    </message>
    <message>
        <source>%1 is a %2 and %3 a %4: only records of one kind merge</source>
        <translation>%1 to %2, a %3 to %4: scalać można tylko rekordy jednego rodzaju</translation>
    </message>
    <message>
        <source>--field: unknown field “%1” (one of %2)</source>
        <translation>--field: nieznane pole „%1” (jedno z %2)</translation>
    </message>
    <message>
        <source>no merge with id %1</source>
        <translation>brak scalenia o id %1</translation>
    </message>
    <message>
        <source>%1 names more than one merge</source>
        <translation>%1 pasuje do więcej niż jednego scalenia</translation>
    </message>
    <message>
        <source>Merge %1 undone.</source>
        <translation>Scalenie %1 cofnięte.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Nie przywrócono: %1</translation>
    </message>
</context>
<context>
    <name>crm::cli::ExportCommands</name>
    <message>
        <source>--format: unknown format “%1”; use csv or vcard</source>
        <translation>--format: nieznany format „%1”; użyj csv lub vcard</translation>
    </message>
    <message>
        <source>-o/--output: the file to write is required</source>
        <translation>-o/--output: plik do zapisu jest wymagany</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>%1 exported to %2.</source>
        <translation>Eksport do %2 zakończony: %1.</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 kontakt</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>kontakty: %1</translation>
    </message>
</context>
<context>
    <name>crm::cli::FieldCommands</name>
    <message>
        <source>“%1” is not contact, company or deal</source>
        <translation>„%1” to nie contact, company ani deal</translation>
    </message>
    <message>
        <source>“%1” is not a type; use one of %2</source>
        <translation>„%1” nie jest typem; użyj jednego z %2</translation>
    </message>
    <message>
        <source>use yes or no</source>
        <translation>użyj yes lub no</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Obiekt</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Klucz</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wymagane</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Opcje</translation>
    </message>
    <message>
        <source>“%1” is not KEY=VALUE</source>
        <translation>„%1” to nie KEY=VALUE</translation>
    </message>
    <message>
        <source>field add: give --entity, --key and --label (see crm-cli field add --help)</source>
        <translation>field add: podaj --entity, --key i --label (zob. crm-cli field add --help)</translation>
    </message>
</context>
<context>
    <name>crm::cli::Help</name>
    <message>
        <source>the database file</source>
        <translation>plik bazy danych</translation>
    </message>
    <message>
        <source>output format (default: table)</source>
        <translation>format wyjścia (domyślnie: table)</translation>
    </message>
    <message>
        <source> (repeatable)</source>
        <translation> (można powtarzać)</translation>
    </message>
    <message>
        <source>name of the company</source>
        <translation>nazwa firmy</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>branża</translation>
    </message>
    <message>
        <source>web address (example.lv or https://example.lv)</source>
        <translation>adres WWW (example.lv lub https://example.lv)</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numer telefonu</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>ulica i numer</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>kod pocztowy</translation>
    </message>
    <message>
        <source>city</source>
        <translation>miasto</translation>
    </message>
    <message>
        <source>country</source>
        <translation>kraj</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notatki</translation>
    </message>
    <message>
        <source>who may see the company (default: team)</source>
        <translation>kto może widzieć firmę (domyślnie: team)</translation>
    </message>
    <message>
        <source>print at most N companies</source>
        <translation>wypisz co najwyżej N firm</translation>
    </message>
    <message>
        <source>Add a company and print its id.</source>
        <translation>Dodaj firmę i wypisz jej ID.</translation>
    </message>
    <message>
        <source>Example:
  crm-cli company add --name &quot;SIA Koks&quot; --website koks.lv --phone &quot;+371 6700 0000&quot; --city Rīga --country Latvia</source>
        <translation>Przykład:
  crm-cli company add --name &quot;SIA Koks&quot; --website koks.lv --phone &quot;+371 6700 0000&quot; --city Rīga --country Latvia</translation>
    </message>
    <message>
        <source>List the companies (not the deleted ones) by name.</source>
        <translation>Wypisz firmy (bez usuniętych) według nazwy.</translation>
    </message>
    <message>
        <source>Show every field of a company and its contacts.</source>
        <translation>Pokaż wszystkie pola firmy i jej kontakty.</translation>
    </message>
    <message>
        <source>Change the fields given; the others stay.</source>
        <translation>Zmień podane pola; pozostałe się nie zmieniają.</translation>
    </message>
    <message>
        <source>Delete a company (softly: company restore brings it back). Its contacts stay.</source>
        <translation>Usuń firmę (odwracalnie: company restore ją przywraca). Jej kontakty pozostają.</translation>
    </message>
    <message>
        <source>Bring a deleted company back.</source>
        <translation>Przywróć usuniętą firmę.</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>imię</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nazwisko</translation>
    </message>
    <message>
        <source>e-mail address, repeatable; LABEL is work (default), mobile, home or other; in edit it replaces all e-mails (--email &quot;&quot; removes them)</source>
        <translation>adres e-mail, można powtarzać; LABEL to work (domyślnie), mobile, home lub other; w edit zastępuje wszystkie adresy (--email &quot;&quot; je usuwa)</translation>
    </message>
    <message>
        <source>phone number, repeatable; LABEL is mobile (default), work, home or other; in edit it replaces all phones (--phone &quot;&quot; removes them)</source>
        <translation>numer telefonu, można powtarzać; LABEL to mobile (domyślnie), work, home lub other; w edit zastępuje wszystkie numery (--phone &quot;&quot; je usuwa)</translation>
    </message>
    <message>
        <source>the company of that name, created when there is none; --company &quot;&quot; unlinks</source>
        <translation>firma o tej nazwie, tworzona, jeśli jej nie ma; --company &quot;&quot; odłącza</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>stanowisko</translation>
    </message>
    <message>
        <source>lifecycle status: lead (default), prospect, customer or former</source>
        <translation>status w cyklu życia: lead (domyślnie), prospect, customer lub former</translation>
    </message>
    <message>
        <source>tag, repeatable; in edit it replaces all tags (--tag &quot;&quot; removes them)</source>
        <translation>tag, można powtarzać; w edit zastępuje wszystkie tagi (--tag &quot;&quot; je usuwa)</translation>
    </message>
    <message>
        <source>birthday; --birthday &quot;&quot; clears it</source>
        <translation>data urodzenia; --birthday &quot;&quot; ją czyści</translation>
    </message>
    <message>
        <source>where the contact came from</source>
        <translation>skąd pochodzi kontakt</translation>
    </message>
    <message>
        <source>who may see the contact (default: team)</source>
        <translation>kto może widzieć kontakt (domyślnie: team)</translation>
    </message>
    <message>
        <source>add an e-mail address</source>
        <translation>dodaj adres e-mail</translation>
    </message>
    <message>
        <source>remove an e-mail address</source>
        <translation>usuń adres e-mail</translation>
    </message>
    <message>
        <source>add a phone number</source>
        <translation>dodaj numer telefonu</translation>
    </message>
    <message>
        <source>remove a phone number (compared by its digits)</source>
        <translation>usuń numer telefonu (porównywany po cyfrach)</translation>
    </message>
    <message>
        <source>add a tag</source>
        <translation>dodaj tag</translation>
    </message>
    <message>
        <source>remove a tag</source>
        <translation>usuń tag</translation>
    </message>
    <message>
        <source>print at most N contacts</source>
        <translation>wypisz co najwyżej N kontaktów</translation>
    </message>
    <message>
        <source>Add a contact and print its id.</source>
        <translation>Dodaj kontakt i wypisz jego ID.</translation>
    </message>
    <message>
        <source>Give --first-name or --last-name (or both). Example:
  crm-cli contact add --first-name Anna --last-name Bērziņa \
      --email work:anna@example.lv --phone &quot;+371 2912 3456&quot; --company &quot;SIA Koks&quot;</source>
        <translation>Podaj --first-name lub --last-name (albo oba). Przykład:
  crm-cli contact add --first-name Anna --last-name Bērziņa \
      --email work:anna@example.lv --phone &quot;+371 2912 3456&quot; --company &quot;SIA Koks&quot;</translation>
    </message>
    <message>
        <source>List the contacts (not the deleted ones) by name.</source>
        <translation>Wypisz kontakty (bez usuniętych) według nazwiska.</translation>
    </message>
    <message>
        <source>Show every field of a contact.</source>
        <translation>Pokaż wszystkie pola kontaktu.</translation>
    </message>
    <message>
        <source>--email, --phone and --tag replace the whole list; --add-… and --remove-… change one item.</source>
        <translation>--email, --phone i --tag zastępują całą listę; --add-… i --remove-… zmieniają jeden element.</translation>
    </message>
    <message>
        <source>Delete a contact (softly: contact restore brings it back).</source>
        <translation>Usuń kontakt (odwracalnie: contact restore go przywraca).</translation>
    </message>
    <message>
        <source>Bring a deleted contact back.</source>
        <translation>Przywróć usunięty kontakt.</translation>
    </message>
    <message>
        <source>Show who changed which field of a contact or company, when (UTC), from what to what.</source>
        <translation>Pokaż, kto, kiedy (UTC) i z czego na co zmienił pola kontaktu lub firmy.</translation>
    </message>
    <message>
        <source>The field is &quot;created&quot; for the creation of the record; a contact&apos;s e-mails, phones and tags are part of its history.</source>
        <translation>Dla utworzenia rekordu pole ma nazwę &quot;created&quot;; e-maile, telefony i tagi kontaktu są częścią jego historii.</translation>
    </message>
    <message>
        <source>Find contacts and companies: every word must start a word of the record.</source>
        <translation>Znajdź kontakty i firmy: każde słowo musi być początkiem słowa w rekordzie.</translation>
    </message>
    <message>
        <source>Case, accents and alphabets are folded: &quot;berzins&quot; finds Bērziņš, &quot;ivanov&quot; finds Иванов. A phone number is found by its digits: &quot;29123456&quot; finds +371 2912 3456.</source>
        <translation>Wielkość liter, znaki diakrytyczne i alfabety są ujednolicane: &quot;berzins&quot; znajduje Bērziņš, &quot;ivanov&quot; znajduje Иванов. Numer telefonu jest wyszukiwany po cyfrach: &quot;29123456&quot; znajduje +371 2912 3456.</translation>
    </message>
    <message>
        <source>at most N contacts and N companies (default 50)</source>
        <translation>co najwyżej N kontaktów i N firm (domyślnie 50)</translation>
    </message>
    <message>
        <source>Sign this database in to a team server.</source>
        <translation>Zaloguj tę bazę danych do serwera zespołu.</translation>
    </message>
    <message>
        <source>The token is kept in the keychain, or in DATABASE.token (readable only by you) when no keychain runs.</source>
        <translation>Token jest przechowywany w pęku kluczy, a gdy go brak — w pliku DATABASE.token (czytelnym tylko dla Ciebie).</translation>
    </message>
    <message>
        <source>the server, e.g. https://crm.example.com</source>
        <translation>serwer, np. https://crm.example.com</translation>
    </message>
    <message>
        <source>your user name on the server</source>
        <translation>Twoja nazwa użytkownika na serwerze</translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation>odczytaj hasło ze standardowego wejścia</translation>
    </message>
    <message>
        <source>Push local changes to the team server and pull the others&apos;.</source>
        <translation>Wyślij lokalne zmiany na serwer zespołu i pobierz zmiany innych.</translation>
    </message>
    <message>
        <source>Prints what was pushed, pulled and which conflicts arose; exits with 1 when the server cannot be reached.</source>
        <translation>Wypisuje, co wysłano i pobrano oraz jakie powstały konflikty; kończy z kodem 1, gdy serwer jest nieosiągalny.</translation>
    </message>
    <message>
        <source>List open conflicts from sync.</source>
        <translation>Wypisz otwarte konflikty synchronizacji.</translation>
    </message>
    <message>
        <source>resolved ones too</source>
        <translation>także rozwiązane</translation>
    </message>
    <message>
        <source>Resolve a conflict: keep my value, theirs, or both.</source>
        <translation>Rozwiąż konflikt: zachowaj moją wartość, ich lub obie.</translation>
    </message>
    <message>
        <source>Both is for e-mail addresses and phone numbers. For an edit of a deleted record, mine restores it with the edit when the edit was mine.</source>
        <translation>Obie – dla adresów e-mail i numerów telefonów. Przy edycji usuniętego rekordu mine przywraca go z edycją, jeśli edycja była moja.</translation>
    </message>
    <message>
        <source>which value stays</source>
        <translation>która wartość pozostaje</translation>
    </message>
    <message>
        <source>what kind of activity</source>
        <translation>rodzaj działania</translation>
    </message>
    <message>
        <source>what it is about</source>
        <translation>czego dotyczy</translation>
    </message>
    <message>
        <source>the contact it concerns</source>
        <translation>kontakt, którego dotyczy</translation>
    </message>
    <message>
        <source>the company it concerns</source>
        <translation>firma, której dotyczy</translation>
    </message>
    <message>
        <source>the deal it concerns (its full id)</source>
        <translation>transakcja, której dotyczy (jej pełne ID)</translation>
    </message>
    <message>
        <source>when a task is due (a date alone: the end of that day)</source>
        <translation>termin zadania (sama data: koniec tego dnia)</translation>
    </message>
    <message>
        <source>when a meeting, visit or call starts</source>
        <translation>kiedy zaczyna się spotkanie, wizyta lub rozmowa</translation>
    </message>
    <message>
        <source>when it ends</source>
        <translation>kiedy się kończy</translation>
    </message>
    <message>
        <source>where</source>
        <translation>gdzie</translation>
    </message>
    <message>
        <source>remind this many minutes before the start or due</source>
        <translation>przypomnij tyle minut przed początkiem lub terminem</translation>
    </message>
    <message>
        <source>only open tasks past their due time</source>
        <translation>tylko otwarte zadania po terminie</translation>
    </message>
    <message>
        <source>only what stands on today</source>
        <translation>tylko to, co zaplanowano na dziś</translation>
    </message>
    <message>
        <source>only what stands on this week</source>
        <translation>tylko to, co zaplanowano na ten tydzień</translation>
    </message>
    <message>
        <source>print at most N activities</source>
        <translation>wypisz co najwyżej N działań</translation>
    </message>
    <message>
        <source>Add an activity and print its id.</source>
        <translation>Dodaj działanie i wypisz jego ID.</translation>
    </message>
    <message>
        <source>Times without Z or an offset are local time in the system&apos;s time zone.
Example:
  crm-cli activity add --kind meeting --subject &quot;Pārrunas&quot; --start 2026-03-10T10:00 --end 2026-03-10T11:00 --reminder 15</source>
        <translation>Czasy bez Z lub przesunięcia to czas lokalny w strefie czasowej systemu.
Przykład:
  crm-cli activity add --kind meeting --subject &quot;Pārrunas&quot; --start 2026-03-10T10:00 --end 2026-03-10T11:00 --reminder 15</translation>
    </message>
    <message>
        <source>List activities, newest first, or the agenda: overdue, today or this week, by time.</source>
        <translation>Wypisz działania od najnowszych albo terminarz: zaległe, na dziś lub na ten tydzień, według czasu.</translation>
    </message>
    <message>
        <source>Tick an activity off.</source>
        <translation>Oznacz działanie jako wykonane.</translation>
    </message>
    <message>
        <source>Import an iCalendar file: events become meetings, to-dos tasks; known UIDs update. A file with an error imports nothing.</source>
        <translation>Importuj plik iCalendar: wydarzenia stają się spotkaniami, to-do zadaniami; znane UID są aktualizowane. Plik z błędem nie importuje niczego.</translation>
    </message>
    <message>
        <source>Export meetings, visits and tasks to an iCalendar file.</source>
        <translation>Eksportuj spotkania, wizyty i zadania do pliku iCalendar.</translation>
    </message>
    <message>
        <source>the .ics file to write (also -o FILE)</source>
        <translation>plik .ics do zapisania (także -o FILE)</translation>
    </message>
    <message>
        <source>pipeline (default: the default pipeline)</source>
        <translation>lejek (domyślnie: lejek domyślny)</translation>
    </message>
    <message>
        <source>Add a deal and print its id.</source>
        <translation>Dodaj transakcję i wypisz jej ID.</translation>
    </message>
    <message>
        <source>The amount is in the currency&apos;s units with a &apos;.&apos; before the cents.
Example:
  crm-cli deal add --title &quot;Fleet renewal&quot; --amount 12500.00 --currency EUR --company &quot;SIA Koks&quot; --stage Qualified --close 2027-03-31</source>
        <translation>Kwota jest w jednostkach waluty z &apos;.&apos; przed groszami.
Przykład:
  crm-cli deal add --title &quot;Fleet renewal&quot; --amount 12500.00 --currency EUR --company &quot;SIA Koks&quot; --stage Qualified --close 2027-03-31</translation>
    </message>
    <message>
        <source>what the deal is</source>
        <translation>czego dotyczy transakcja</translation>
    </message>
    <message>
        <source>amount, e.g. 1250 or 1250.50</source>
        <translation>kwota, np. 1250 lub 1250.50</translation>
    </message>
    <message>
        <source>ISO 4217 currency code, e.g. EUR</source>
        <translation>kod waluty ISO 4217, np. EUR</translation>
    </message>
    <message>
        <source>the company with that id, or of that name (created when there is none)</source>
        <translation>firma o tym ID lub tej nazwie (tworzona, jeśli jej nie ma)</translation>
    </message>
    <message>
        <source>a contact on the deal (repeatable)</source>
        <translation>kontakt w transakcji (można powtarzać)</translation>
    </message>
    <message>
        <source>stage (default: the first open stage)</source>
        <translation>etap (domyślnie: pierwszy otwarty etap)</translation>
    </message>
    <message>
        <source>expected close date</source>
        <translation>przewidywana data zamknięcia</translation>
    </message>
    <message>
        <source>probability in percent (default: the stage&apos;s)</source>
        <translation>prawdopodobieństwo w procentach (domyślnie: z etapu)</translation>
    </message>
    <message>
        <source>where the deal came from</source>
        <translation>skąd pochodzi transakcja</translation>
    </message>
    <message>
        <source>the next step</source>
        <translation>następny krok</translation>
    </message>
    <message>
        <source>who may see the deal (default: team)</source>
        <translation>kto może widzieć transakcję (domyślnie: team)</translation>
    </message>
    <message>
        <source>List the deals (not the deleted ones) by pipeline, stage and close date. Amounts are plain numbers with a &apos;.&apos; before the cents.</source>
        <translation>Wypisz transakcje (bez usuniętych) według lejka, etapu i daty zamknięcia. Kwoty to zwykłe liczby z &apos;.&apos; przed groszami.</translation>
    </message>
    <message>
        <source>only the deals in this stage</source>
        <translation>tylko transakcje na tym etapie</translation>
    </message>
    <message>
        <source>only open deals (not won or lost)</source>
        <translation>tylko otwarte transakcje (nie wygrane ani przegrane)</translation>
    </message>
    <message>
        <source>print at most N deals</source>
        <translation>wypisz co najwyżej N transakcji</translation>
    </message>
    <message>
        <source>Move a deal to another stage of its pipeline (recorded in its history).</source>
        <translation>Przenieś transakcję na inny etap jej lejka (zapisywane w historii).</translation>
    </message>
    <message>
        <source>the stage to move to</source>
        <translation>etap docelowy</translation>
    </message>
    <message>
        <source>Mark a deal won.</source>
        <translation>Oznacz transakcję jako wygraną.</translation>
    </message>
    <message>
        <source>Mark a deal lost, with the reason.</source>
        <translation>Oznacz transakcję jako przegraną, z przyczyną.</translation>
    </message>
    <message>
        <source>why the deal was lost (required)</source>
        <translation>dlaczego transakcja została przegrana (wymagane)</translation>
    </message>
    <message>
        <source>Write every contact to a CSV or vCard file.</source>
        <translation>Zapisz wszystkie kontakty do pliku CSV lub vCard.</translation>
    </message>
    <message>
        <source>CSV is UTF-8 with a header row; cells starting with = + - @ get a leading &apos; so spreadsheets do not run them. vCard is version 4.0.</source>
        <translation>CSV jest w UTF-8 z wierszem nagłówków; komórki zaczynające się od = + - @ otrzymują początkowy &apos;, aby arkusze kalkulacyjne ich nie wykonywały. vCard ma wersję 4.0.</translation>
    </message>
    <message>
        <source>file format (default: csv)</source>
        <translation>format pliku (domyślnie: csv)</translation>
    </message>
    <message>
        <source>the file to write (also -o FILE)</source>
        <translation>plik do zapisania (także -o FILE)</translation>
    </message>
    <message>
        <source>CSV field separator (default: comma)</source>
        <translation>separator pól CSV (domyślnie: comma)</translation>
    </message>
    <message>
        <source>start the CSV with a UTF-8 byte-order mark</source>
        <translation>rozpocznij CSV znacznikiem kolejności bajtów UTF-8</translation>
    </message>
    <message>
        <source>Import contacts from a CSV or vCard file as one undoable batch.</source>
        <translation>Importuj kontakty z pliku CSV lub vCard jako jedną partię, którą można cofnąć.</translation>
    </message>
    <message>
        <source>Prints how many rows are new, update a contact, repeat an earlier row or are invalid (each invalid row with its line and reason), then imports the valid ones and prints the import&apos;s number for `import undo`. Duplicates are found by e-mail, by phone in E.164 and by names compared after folding accents and Cyrillic or Greek to Latin. CSV headers of Google Contacts, Outlook, HubSpot and Salesforce exports are recognised; a mapping chosen in the app for the same headers is used.</source>
        <translation>Wypisuje, ile wierszy jest nowych, aktualizuje kontakt, powtarza wcześniejszy wiersz lub jest nieprawidłowych (każdy nieprawidłowy wiersz z numerem i przyczyną), potem importuje prawidłowe i wypisuje numer importu dla `import undo`. Duplikaty są wyszukiwane po e-mailu, po telefonie w formacie E.164 i po nazwiskach porównywanych po usunięciu znaków diakrytycznych i transliteracji cyrylicy lub greki na alfabet łaciński. Nagłówki CSV z eksportów Google Contacts, Outlook, HubSpot i Salesforce są rozpoznawane; używane jest przypisanie wybrane w aplikacji dla tych samych nagłówków.</translation>
    </message>
    <message>
        <source>file format (default: by the file&apos;s name and contents)</source>
        <translation>format pliku (domyślnie: według nazwy i zawartości pliku)</translation>
    </message>
    <message>
        <source>CSV encoding, e.g. UTF-8, UTF-16LE, windows-1257, windows-1251, windows-1250, windows-1253 (default: detected)</source>
        <translation>kodowanie CSV, np. UTF-8, UTF-16LE, windows-1257, windows-1251, windows-1250, windows-1253 (domyślnie: wykrywane)</translation>
    </message>
    <message>
        <source>CSV field separator (default: detected)</source>
        <translation>separator pól CSV (domyślnie: wykrywany)</translation>
    </message>
    <message>
        <source>what to do with a row that matches a contact or an earlier row: merge into it (fill empty fields, add e-mails, phones and tags; the default), skip it, or create a contact anyway</source>
        <translation>co zrobić z wierszem pasującym do kontaktu lub wcześniejszego wiersza: scalić (uzupełnić puste pola, dodać e-maile, telefony i tagi; domyślnie), pominąć lub mimo to utworzyć kontakt</translation>
    </message>
    <message>
        <source>country of phone numbers without a country code, e.g. LV (default: the phone_region setting, else the locale&apos;s)</source>
        <translation>kraj numerów telefonów bez kodu kraju, np. LV (domyślnie: ustawienie phone_region, a w jego braku z ustawień regionalnych)</translation>
    </message>
    <message>
        <source>print the preview and write nothing</source>
        <translation>wypisz podgląd i niczego nie zapisuj</translation>
    </message>
    <message>
        <source>Undo an import: delete the contacts it created and restore the ones it updated.</source>
        <translation>Cofnij import: usuń utworzone przez niego kontakty i przywróć zaktualizowane.</translation>
    </message>
    <message>
        <source>Refuses, naming them, when records of the import were changed after it.</source>
        <translation>Odmawia, wymieniając rekordy, jeśli rekordy z importu zmieniono po nim.</translation>
    </message>
    <message>
        <source>List the imports, newest first.</source>
        <translation>Wypisz importy od najnowszych.</translation>
    </message>
    <message>
        <source>Show everything about a contact, company or deal, newest first: activities, deals opened, moved, won and lost, and field changes.</source>
        <translation>Pokaż wszystko o kontakcie, firmie lub transakcji, od najnowszych: działania, transakcje otwarte, przeniesione, wygrane i przegrane oraz zmiany pól.</translation>
    </message>
    <message>
        <source>A company&apos;s timeline includes the activities of its contacts and deals. Times are UTC; kind is call, meeting, visit, task, note, email, deal_opened, stage_changed, deal_won, deal_lost, created, field_changed, deleted or restored; record and record_id name the record an entry belongs to.</source>
        <translation>Oś czasu firmy obejmuje działania jej kontaktów i transakcji. Czasy są w UTC; kind to call, meeting, visit, task, note, email, deal_opened, stage_changed, deal_won, deal_lost, created, field_changed, deleted lub restored; record i record_id wskazują rekord, do którego należy wpis.</translation>
    </message>
    <message>
        <source>print at most N entries</source>
        <translation>wypisz co najwyżej N wpisów</translation>
    </message>
    <message>
        <source>List the built-in and saved reports.</source>
        <translation>Wypisz raporty wbudowane i zapisane.</translation>
    </message>
    <message>
        <source>Run a report (a built-in&apos;s name, a saved report&apos;s title or id).</source>
        <translation>Wykonaj raport (nazwa wbudowanego, tytuł lub ID zapisanego).</translation>
    </message>
    <message>
        <source>Parameters: period (all, this_month, this_quarter, this_year, previous_month, previous_quarter, previous_year, last_N_days, previous_N_days, next_N_days or YYYY-MM-DD..YYYY-MM-DD), owner, pipeline — as each report lists them. Money is totalled per currency. CSV streams rows as they come; PDF needs -o FILE.
  crm-cli report run pipeline-by-stage --format pdf -o pipeline.pdf
  crm-cli report run won-lost --param period=previous_quarter --format csv -o won.csv</source>
        <translation>Parametry: period (all, this_month, this_quarter, this_year, previous_month, previous_quarter, previous_year, last_N_days, previous_N_days, next_N_days lub YYYY-MM-DD..YYYY-MM-DD), owner, pipeline — tak jak wymienia je każdy raport. Kwoty są sumowane według walut. CSV wypisuje wiersze na bieżąco; PDF wymaga -o FILE.
  crm-cli report run pipeline-by-stage --format pdf -o pipeline.pdf
  crm-cli report run won-lost --param period=previous_quarter --format csv -o won.csv</translation>
    </message>
    <message>
        <source>a parameter of the report</source>
        <translation>parametr raportu</translation>
    </message>
    <message>
        <source>PDF page size (default: a4)</source>
        <translation>rozmiar strony PDF (domyślnie: a4)</translation>
    </message>
    <message>
        <source>PDF orientation (default: portrait)</source>
        <translation>orientacja PDF (domyślnie: portrait)</translation>
    </message>
    <message>
        <source>Show what the last sync runs did, newest first.</source>
        <translation>Pokaż, co zrobiły ostatnie synchronizacje, od najnowszych.</translation>
    </message>
    <message>
        <source>Runs alike in a row (nothing to do, or the same error while offline) are one line with their number. Times are UTC; outcome is ok, offline, signed_out or failed.</source>
        <translation>Kolejne podobne przebiegi (nic do zrobienia lub ten sam błąd offline) to jeden wiersz z ich liczbą. Czasy są w UTC; outcome to ok, offline, signed_out lub failed.</translation>
    </message>
    <message>
        <source>at most N lines</source>
        <translation>co najwyżej N wierszy</translation>
    </message>
    <message>
        <source>what forms and lists call the field</source>
        <translation>jak pole nazywa się w formularzach i listach</translation>
    </message>
    <message>
        <source>text (default), longtext, number, money, date, yesno, choice, multichoice or url</source>
        <translation>text (domyślnie), longtext, number, money, date, yesno, choice, multichoice lub url</translation>
    </message>
    <message>
        <source>a choice of a choice or multichoice field, repeatable, in order; in edit it replaces the list</source>
        <translation>opcja pola choice lub multichoice, powtarzalna, w kolejności; w edit zastępuje listę</translation>
    </message>
    <message>
        <source>whether every record needs a value</source>
        <translation>czy każdy rekord potrzebuje wartości</translation>
    </message>
    <message>
        <source>the records the field belongs to</source>
        <translation>rekordy, do których należy pole</translation>
    </message>
    <message>
        <source>a custom field&apos;s value, repeatable (see crm-cli field list); numbers 1234.5, money &quot;1234.50 EUR&quot;, dates YYYY-MM-DD, yes/no, several choices separated by ;  KEY= clears it</source>
        <translation>wartość pola własnego, powtarzalna (zob. crm-cli field list); liczby 1234.5, kwoty &quot;1234.50 EUR&quot;, daty YYYY-MM-DD, yes/no, kilka opcji rozdzielonych ;  KEY= czyści ją</translation>
    </message>
    <message>
        <source>the field&apos;s fixed key: lower-case letters, digits and _ (industry)</source>
        <translation>stały klucz pola: małe litery, cyfry i _ (industry)</translation>
    </message>
    <message>
        <source>List the custom fields, in their order.</source>
        <translation>Wypisz pola własne w ich kolejności.</translation>
    </message>
    <message>
        <source>Add a custom field to contacts, companies or deals.</source>
        <translation>Dodaj pole własne do kontaktów, firm lub transakcji.</translation>
    </message>
    <message>
        <source>Example:
  crm-cli field add --entity contact --key industry --label Industry --type choice --choice Retail --choice Banking</source>
        <translation>Przykład:
  crm-cli field add --entity contact --key industry --label Industry --type choice --choice Retail --choice Banking</translation>
    </message>
    <message>
        <source>Change a custom field&apos;s label, type, choices or whether it is required; its key stays.</source>
        <translation>Zmień etykietę, typ, opcje lub wymagalność pola własnego; klucz zostaje.</translation>
    </message>
    <message>
        <source>Delete a custom field: it and its values hide; adding the key again brings them back.</source>
        <translation>Usuń pole własne: ono i jego wartości zostają ukryte; ponowne dodanie klucza je przywraca.</translation>
    </message>
    <message>
        <source>List likely duplicates, best first, with the reasons.</source>
        <translation>Wypisz prawdopodobne duplikaty, najpewniejsze najpierw, z powodami.</translation>
    </message>
    <message>
        <source>Contacts: the same e-mail, the same phone (E.164) or similar names after folding accents and Cyrillic or Greek to Latin. Companies: the same name, website domain or phone. Pairs marked &quot;not a duplicate&quot; in the app are left out.</source>
        <translation>Kontakty: ten sam e-mail, ten sam telefon (E.164) lub podobne nazwy po usunięciu znaków diakrytycznych i transliteracji cyrylicy lub greki na łacinkę. Firmy: ta sama nazwa, domena WWW lub telefon. Pary oznaczone w aplikacji jako &quot;to nie duplikat&quot; są pomijane.</translation>
    </message>
    <message>
        <source>which records (default: contact)</source>
        <translation>które rekordy (domyślnie: contact)</translation>
    </message>
    <message>
        <source>least confidence, 0 to 1 (default: 0.5)</source>
        <translation>najmniejsza pewność, od 0 do 1 (domyślnie: 0.5)</translation>
    </message>
    <message>
        <source>Merge contacts (or companies) into one and print the merge&apos;s id.</source>
        <translation>Scal kontakty (lub firmy) w jeden i wypisz id scalenia.</translation>
    </message>
    <message>
        <source>The first record (or --keep) survives; a field keeps its value, or another record&apos;s when it is empty, unless --field says whose value to keep. E-mails, phones and tags are joined; activities, deals and contacts move to the survivor; the others are deleted. `unmerge` takes it back.</source>
        <translation>Pierwszy rekord (lub --keep) zostaje; pole zachowuje swoją wartość albo, gdy jest puste, wartość innego rekordu, chyba że --field mówi, czyją wartość zachować. E-maile, telefony i tagi są łączone; działania, transakcje i kontakty przechodzą do pozostałego; pozostałe są usuwane. `unmerge` to cofa.</translation>
    </message>
    <message>
        <source>the record that survives</source>
        <translation>rekord, który zostaje</translation>
    </message>
    <message>
        <source>keep this record&apos;s value of a field (first_name, city, …); repeatable</source>
        <translation>zachowaj wartość pola tego rekordu (first_name, city, …); powtarzalne</translation>
    </message>
    <message>
        <source>Take a merge back: restore the merged records and their links.</source>
        <translation>Cofnij scalenie: przywróć scalone rekordy i ich powiązania.</translation>
    </message>
    <message>
        <source>A field or link changed after the merge keeps its new value; each such one is printed. Refuses when the surviving record was deleted.</source>
        <translation>Pole lub powiązanie zmienione po scaleniu zachowuje nową wartość; każde takie jest wypisywane. Odmawia, gdy pozostały rekord usunięto.</translation>
    </message>
    <message>
        <source>vCard photos: keep them on the contacts (the default; at most 512 KB each) or skip them</source>
        <translation>zdjęcia z vCard: zachowaj je przy kontaktach (domyślnie; każde najwyżej 512 KB) lub pomiń</translation>
    </message>
    <message>
        <source>Set a field, add or remove a tag, change the owner or delete many records at once; all or nothing, captured for sync.</source>
        <translation>Ustaw pole, dodaj lub usuń tag, zmień właściciela albo usuń wiele rekordów naraz; wszystko albo nic, rejestrowane do synchronizacji.</translation>
    </message>
    <message>
        <source>Fields: contacts status, owner, source, title, company, street, postal_code, city, country, birthday, visibility, notes; companies owner, industry, website, phone, street, postal_code, city, country, visibility, notes; deals stage, owner, currency, expected_close, probability, source, next_step, company, title, visibility, notes; and custom fields by key (crm-cli field list). FIELD= clears it.
Example:
  crm-cli bulk contacts --search riga --set status=customer</source>
        <translation>Pola: contacts status, owner, source, title, company, street, postal_code, city, country, birthday, visibility, notes; companies owner, industry, website, phone, street, postal_code, city, country, visibility, notes; deals stage, owner, currency, expected_close, probability, source, next_step, company, title, visibility, notes; oraz pola własne według klucza (crm-cli field list). FIELD= czyści pole.
Przykład:
  crm-cli bulk contacts --search riga --set status=customer</translation>
    </message>
    <message>
        <source>these records (ids or unique prefixes)</source>
        <translation>te rekordy (ID lub unikalne prefiksy)</translation>
    </message>
    <message>
        <source>every live record the list&apos;s search finds</source>
        <translation>każdy nieusunięty rekord, który znajduje wyszukiwanie listy</translation>
    </message>
    <message>
        <source>every live record</source>
        <translation>każdy nieusunięty rekord</translation>
    </message>
    <message>
        <source>set a built-in or custom field</source>
        <translation>ustaw pole wbudowane lub własne</translation>
    </message>
    <message>
        <source>change the owner</source>
        <translation>zmień właściciela</translation>
    </message>
    <message>
        <source>delete (softly; restore undoes it)</source>
        <translation>usuń (odwracalnie; restore to cofa)</translation>
    </message>
    <message>
        <source>check and count, write nothing</source>
        <translation>sprawdź i policz, nic nie zapisuj</translation>
    </message>
    <message>
        <source>Undo a bulk edit: put back each record&apos;s earlier value.</source>
        <translation>Cofnij edycję zbiorczą: przywróć wcześniejszą wartość każdego rekordu.</translation>
    </message>
    <message>
        <source>Also after a restart. A record whose edited field (or the record) changed after the bulk edit keeps its newer value and is named.</source>
        <translation>Także po ponownym uruchomieniu. Rekord, którego edytowane pole (lub sam rekord) zmieniono po edycji zbiorczej, zachowuje nowszą wartość i jest wymieniany.</translation>
    </message>
    <message>
        <source>List the recent bulk edits, newest first.</source>
        <translation>Wypisz ostatnie edycje zbiorcze od najnowszych.</translation>
    </message>
</context>
<context>
    <name>crm::cli::HistoryCommand</name>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>dodano %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>usunięto %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>usunięto</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>przywrócono</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Było</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Jest</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
</context>
<context>
    <name>crm::cli::IdResolver</name>
    <message>
        <source>“%1” is not an id (a UUID, or at least 8 of its leading hex digits)</source>
        <translation>„%1” nie jest identyfikatorem (UUID lub co najmniej 8 jego początkowych cyfr szesnastkowych)</translation>
    </message>
    <message>
        <source>looking up the id: %1</source>
        <translation>wyszukiwanie ID: %1</translation>
    </message>
    <message>
        <source>no contact with id %1</source>
        <translation>brak kontaktu o ID %1</translation>
    </message>
    <message>
        <source>no company with id %1</source>
        <translation>brak firmy o ID %1</translation>
    </message>
    <message>
        <source>the id prefix %1 matches several contacts; give more digits</source>
        <translation>prefiks ID %1 pasuje do kilku kontaktów; podaj więcej cyfr</translation>
    </message>
    <message>
        <source>the id prefix %1 matches several companies; give more digits</source>
        <translation>prefiks ID %1 pasuje do kilku firm; podaj więcej cyfr</translation>
    </message>
    <message>
        <source>no contact or company with id %1</source>
        <translation>brak kontaktu ani firmy o ID %1</translation>
    </message>
    <message>
        <source>the id prefix %1 matches several records; give more digits</source>
        <translation>prefiks ID %1 pasuje do kilku rekordów; podaj więcej cyfr</translation>
    </message>
    <message>
        <source>no contact, company or deal with id %1</source>
        <translation>brak kontaktu, firmy ani transakcji o ID %1</translation>
    </message>
</context>
<context>
    <name>crm::cli::ImportCommands</name>
    <message>
        <source>--format: unknown format “%1”; use csv or vcard</source>
        <translation>--format: nieznany format „%1”; użyj csv lub vcard</translation>
    </message>
    <message>
        <source>--encoding: unknown encoding “%1” (for example %2)</source>
        <translation>--encoding: nieznane kodowanie „%1” (na przykład %2)</translation>
    </message>
    <message>
        <source>--delimiter: “%1” is not comma, semicolon, tab or pipe</source>
        <translation>--delimiter: „%1” nie jest comma, semicolon, tab ani pipe</translation>
    </message>
    <message>
        <source>--on-duplicate: “%1” is not update, skip or create</source>
        <translation>--on-duplicate: „%1” nie jest update, skip ani create</translation>
    </message>
    <message>
        <source>--region: “%1” is not a two-letter country code</source>
        <translation>--region: „%1” nie jest dwuliterowym kodem kraju</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: nie ma takiego pliku</translation>
    </message>
    <message>
        <source>CSV, %1, delimiter “%2”</source>
        <translation>CSV, %1, separator „%2”</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>Plik: %1 (%2)</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Wiersze: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nowe: %1</translation>
    </message>
    <message>
        <source>Update: %1</source>
        <translation>Do aktualizacji: %1</translation>
    </message>
    <message>
        <source>Duplicate in file: %1</source>
        <translation>Duplikaty w pliku: %1</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Nieprawidłowe: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>wiersz %1: %2</translation>
    </message>
    <message>
        <source>Import %1: created %2, updated %3, skipped %4, invalid %5.</source>
        <translation>Import %1: utworzono %2, zaktualizowano %3, pominięto %4, nieprawidłowe %5.</translation>
    </message>
    <message>
        <source>import undo: “%1” is not an import number (see crm-cli import list)</source>
        <translation>import undo: „%1” nie jest numerem importu (zob. crm-cli import list)</translation>
    </message>
    <message>
        <source>Import %1 undone.</source>
        <translation>Import %1 został cofnięty.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Rozpoczęto (UTC)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzone</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zaktualizowane</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pominięte</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Nieprawidłowe</translation>
    </message>
    <message>
        <source>--photos: “%1” is not keep or skip</source>
        <translation>--photos: „%1” to nie keep ani skip</translation>
    </message>
    <message>
        <source>Imported with warnings: %1</source>
        <translation>Zaimportowane z ostrzeżeniami: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>ostrzeżenie: %1</translation>
    </message>
</context>
<context>
    <name>crm::cli::OutputFormatter</name>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>crm::cli::ReportCommands</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekordy</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametry</translation>
    </message>
    <message>
        <source>--format: unknown format “%1”; use table, json, csv or pdf</source>
        <translation>--format: nieznany format „%1”; użyj table, json, csv lub pdf</translation>
    </message>
    <message>
        <source>-o/--output: a PDF needs a file to write</source>
        <translation>-o/--output: PDF wymaga pliku do zapisu</translation>
    </message>
    <message>
        <source>--param: “%1” is not KEY=VALUE</source>
        <translation>--param: „%1” nie ma postaci KEY=VALUE</translation>
    </message>
    <message>
        <source>--param: %1 is given twice</source>
        <translation>--param: %1 podano dwukrotnie</translation>
    </message>
    <message>
        <source>--page-size: “%1” is not a4 or letter</source>
        <translation>--page-size: „%1” nie jest a4 ani letter</translation>
    </message>
    <message>
        <source>--orientation: “%1” is not portrait or landscape</source>
        <translation>--orientation: „%1” nie jest portrait ani landscape</translation>
    </message>
    <message>
        <source>unknown report “%1” (see crm-cli report list)</source>
        <translation>nieznany raport „%1” (zob. crm-cli report list)</translation>
    </message>
    <message>
        <source>--param: %1</source>
        <translation>--param: %1</translation>
    </message>
    <message>
        <source>PDF output needs the graphics library; run crm-cli with --format pdf as its own command</source>
        <translation>Wyjście PDF wymaga biblioteki graficznej; uruchom crm-cli z --format pdf jako osobne polecenie</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Raport zapisano w %1.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Rows: %1 · written to %2</source>
        <translation>Wiersze: %1 · zapisano w %2</translation>
    </message>
</context>
<context>
    <name>crm::cli::SearchCommand</name>
    <message>
        <source>search: the query is empty</source>
        <translation>search: zapytanie jest puste</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-maile</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefony</translation>
    </message>
</context>
<context>
    <name>crm::cli::SyncCommands</name>
    <message>
        <source>account login: --server and --user are required</source>
        <translation>account login: --server i --user są wymagane</translation>
    </message>
    <message>
        <source>account login: give the password on standard input with --password-stdin</source>
        <translation>account login: podaj hasło na standardowym wejściu z --password-stdin</translation>
    </message>
    <message>
        <source>account login: cannot read the password</source>
        <translation>account login: nie można odczytać hasła</translation>
    </message>
    <message>
        <source>account login: the password on standard input is empty</source>
        <translation>account login: hasło na standardowym wejściu jest puste</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (team %3).</source>
        <translation>Zalogowano do %1 jako %2 (zespół %3).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>sync: %1</source>
        <translation>sync: %1</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>Already on the server</source>
        <translation>Już na serwerze</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation>Pobrane</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Zastosowane</translation>
    </message>
    <message>
        <source>New conflicts</source>
        <translation>Nowe konflikty</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>odrzucono: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Moja</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>conflicts resolve: --keep must be mine, theirs or both, not &quot;%1&quot;</source>
        <translation>conflicts resolve: --keep musi mieć wartość mine, theirs lub both, a nie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>conflicts resolve: &quot;%1&quot; is not a conflict id</source>
        <translation>conflicts resolve: &quot;%1&quot; nie jest identyfikatorem konfliktu</translation>
    </message>
    <message>
        <source>Resolved; the choice syncs with the next sync.</source>
        <translation>Rozwiązano; wybór zostanie zsynchronizowany przy następnej synchronizacji.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Rozpoczęto</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Zakończono</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Przebiegi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
</context>
<context>
    <name>crm::cli::TimelineCommand</name>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>ID rekordu</translation>
    </message>
</context>
<context>
    <name>crm::core</name>
    <message>
        <source>line %1: %2</source>
        <translation>wiersz %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not an iCalendar content line</source>
        <translation>„%1” nie jest wierszem treści iCalendar</translation>
    </message>
    <message>
        <source>a parameter of %1 has no value</source>
        <translation>parametr %1 nie ma wartości</translation>
    </message>
    <message>
        <source>a quoted parameter of %1 is not closed</source>
        <translation>parametr %1 w cudzysłowie nie jest zamknięty</translation>
    </message>
    <message>
        <source>%1 has no value (no “:”)</source>
        <translation>%1 nie ma wartości (brak „:”)</translation>
    </message>
    <message>
        <source>a continuation line comes before any property</source>
        <translation>wiersz kontynuacji występuje przed jakąkolwiek właściwością</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes</source>
        <translation>wiersz jest dłuższy niż %1 bajtów</translation>
    </message>
    <message>
        <source>the text is not UTF-8</source>
        <translation>tekst nie jest w UTF-8</translation>
    </message>
    <message>
        <source>BEGIN without a component name</source>
        <translation>BEGIN bez nazwy komponentu</translation>
    </message>
    <message>
        <source>%1 outside a VCALENDAR</source>
        <translation>%1 poza VCALENDAR</translation>
    </message>
    <message>
        <source>components nest too deep</source>
        <translation>komponenty są zagnieżdżone zbyt głęboko</translation>
    </message>
    <message>
        <source>END:%1 without its BEGIN</source>
        <translation>END:%1 bez odpowiadającego BEGIN</translation>
    </message>
    <message>
        <source>END:%1 where END:%2 (begun on line %3) was expected</source>
        <translation>END:%1 tam, gdzie oczekiwano END:%2 (rozpoczętego w wierszu %3)</translation>
    </message>
    <message>
        <source>BEGIN:%1 is never ended (the file ends early)</source>
        <translation>BEGIN:%1 nie zostaje zakończony (plik kończy się przedwcześnie)</translation>
    </message>
    <message>
        <source>not an iCalendar file (no BEGIN:VCALENDAR)</source>
        <translation>to nie jest plik iCalendar (brak BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>“%1” in %2 is not a date</source>
        <translation>„%1” w %2 nie jest datą</translation>
    </message>
    <message>
        <source>“%1” in %2 is not a date-time</source>
        <translation>„%1” w %2 nie jest datą i godziną</translation>
    </message>
    <message>
        <source>unknown time zone “%1”</source>
        <translation>nieznana strefa czasowa „%1”</translation>
    </message>
    <message>
        <source>the UID of %1 is longer than 1000 characters</source>
        <translation>UID w %1 jest dłuższy niż 1000 znaków</translation>
    </message>
    <message>
        <source>(task without a title)</source>
        <translation>(zadanie bez tytułu)</translation>
    </message>
    <message>
        <source>(event without a title)</source>
        <translation>(wydarzenie bez tytułu)</translation>
    </message>
    <message>
        <source>PRIORITY is a number from 0 to 9, not “%1”</source>
        <translation>PRIORITY to liczba od 0 do 9, a nie „%1”</translation>
    </message>
    <message>
        <source>the VEVENT has no DTSTART</source>
        <translation>VEVENT nie ma DTSTART</translation>
    </message>
    <message>
        <source>“%1” is not a duration</source>
        <translation>„%1” nie jest czasem trwania</translation>
    </message>
    <message>
        <source>the %1 ends before it starts</source>
        <translation>%1 kończy się przed rozpoczęciem</translation>
    </message>
    <message>
        <source>the VALARM has no TRIGGER</source>
        <translation>VALARM nie ma TRIGGER</translation>
    </message>
    <message>
        <source>a deal needs a title</source>
        <translation>transakcja musi mieć tytuł</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use one like EUR, USD or PLN</source>
        <translation>„%1” nie jest kodem waluty; użyj np. EUR, USD lub PLN</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>kwota nie może być ujemna</translation>
    </message>
    <message>
        <source>the probability must be between 0 and 100, not %1</source>
        <translation>prawdopodobieństwo musi wynosić od 0 do 100, a nie %1</translation>
    </message>
    <message>
        <source>visibility must be “team” or “private”, not “%1”</source>
        <translation>widoczność musi mieć wartość „team” lub „private”, a nie „%1”</translation>
    </message>
    <message>
        <source>the contact %1 is on the deal twice</source>
        <translation>kontakt %1 występuje w transakcji dwukrotnie</translation>
    </message>
    <message>
        <source>there is no pipeline with an open stage</source>
        <translation>nie ma lejka z otwartym etapem</translation>
    </message>
    <message>
        <source>no company with id %1</source>
        <translation>brak firmy o ID %1</translation>
    </message>
    <message>
        <source>no contact with id %1</source>
        <translation>brak kontaktu o ID %1</translation>
    </message>
    <message>
        <source>no deal with id %1</source>
        <translation>brak transakcji o ID %1</translation>
    </message>
    <message>
        <source>a stage needs a name</source>
        <translation>etap musi mieć nazwę</translation>
    </message>
    <message>
        <source>“stale after” must be a number of days above 0, not %1</source>
        <translation>„utknięcie po” musi być liczbą dni większą od 0, a nie %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Prywatne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Widoczność</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Przewidywane zamknięcie</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>Prawdopodobieństwo %</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Następny krok</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
</context>
<context>
    <name>crm::core::Activity</name>
    <message>
        <source>Call</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Customer visit</source>
        <translation>Wizyta u klienta</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>crm::core::AgendaModel</name>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
</context>
<context>
    <name>crm::core::BoardModel</name>
    <message>
        <source>Stale: in %1 for %2 days, longer than its limit of %3</source>
        <translation type="vanished">Utknęła: na etapie %1 od %2 dni, dłużej niż jego limit %3</translation>
    </message>
    <message>
        <source>Stale: no activity for %1 days, longer than the stage&apos;s limit of %2</source>
        <translation type="vanished">Utknęła: brak działań od %1 dni, dłużej niż limit etapu %2</translation>
    </message>
    <message>
        <source>Stale: no activity since it was opened %1 days ago, longer than the stage&apos;s limit of %2</source>
        <translation type="vanished">Utknęła: brak działań od otwarcia %1 dni temu, dłużej niż limit etapu %2</translation>
    </message>
    <message>
        <source>Deals: %1; weighted: %2</source>
        <translation>Transakcje: %1; ważona: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Days in this stage: %1</source>
        <translation>Dni na tym etapie: %1</translation>
    </message>
</context>
<context>
    <name>crm::core::BulkEdit</name>
    <message>
        <source>a tag needs a name</source>
        <translation>tag musi mieć nazwę</translation>
    </message>
    <message>
        <source>the tag is too long</source>
        <translation>tag jest za długi</translation>
    </message>
    <message>
        <source>no such field of %1; the fields are: %2</source>
        <translation>%1 nie mają takiego pola; pola to: %2</translation>
    </message>
    <message>
        <source>the value is too long</source>
        <translation>wartość jest za długa</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>„%1” nie jest żadną z wartości: %2</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>„%1” nie jest datą (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>the probability must be between 0 and 100, not %1</source>
        <translation>prawdopodobieństwo musi wynosić od 0 do 100, a nie %1</translation>
    </message>
    <message>
        <source>“%1” is not a web address</source>
        <translation>„%1” nie jest adresem WWW</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>„%1” nie jest numerem telefonu</translation>
    </message>
    <message>
        <source>there is no company named “%1”</source>
        <translation>nie ma firmy o nazwie „%1”</translation>
    </message>
    <message>
        <source>there is no stage named “%1”</source>
        <translation>nie ma etapu o nazwie „%1”</translation>
    </message>
    <message>
        <source>a lost deal needs the reason it was lost: mark deals lost one at a time</source>
        <translation>przegrana transakcja wymaga powodu przegranej: oznaczaj transakcje jako przegrane pojedynczo</translation>
    </message>
    <message>
        <source>“%1” is not a currency code</source>
        <translation>„%1” nie jest kodem waluty</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1: wartość jest wymagana</translation>
    </message>
    <message>
        <source>undoing the finished part failed: %1</source>
        <translation>cofnięcie wykonanej części nie powiodło się: %1</translation>
    </message>
    <message>
        <source>cancelled: nothing was changed</source>
        <translation>anulowano: nic nie zmieniono</translation>
    </message>
    <message>
        <source>Add tag “%1”</source>
        <translation>Dodaj tag „%1”</translation>
    </message>
    <message>
        <source>Remove tag “%1”</source>
        <translation>Usuń tag „%1”</translation>
    </message>
    <message>
        <source>Clear the owner</source>
        <translation>Wyczyść właściciela</translation>
    </message>
    <message>
        <source>Change owner to %1</source>
        <translation>Zmień właściciela na %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Wyczyść: %1</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Ustaw %1 na %2</translation>
    </message>
    <message>
        <source>The list changed while the rows were selected; select them again.</source>
        <translation>Lista zmieniła się, gdy wiersze były zaznaczone; zaznacz je ponownie.</translation>
    </message>
    <message>
        <source>bulk edit %1 is not undone; there is nothing to redo</source>
        <translation>edycja zbiorcza %1 nie jest cofnięta; nie ma czego ponowić</translation>
    </message>
    <message>
        <source>bulk edit %1 was undone already</source>
        <translation>edycja zbiorcza %1 została już cofnięta</translation>
    </message>
    <message>
        <source>there is no bulk edit %1</source>
        <translation>nie ma edycji zbiorczej %1</translation>
    </message>
</context>
<context>
    <name>crm::core::CalendarService</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: nie można odczytać pliku: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB</source>
        <translation>%1: plik jest większy niż %2 MB</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: nie można zapisać pliku: %2</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>import został anulowany; nic nie zaimportowano</translation>
    </message>
    <message>
        <source>the export was cancelled; no file was written</source>
        <translation>eksport został anulowany; nie zapisano pliku</translation>
    </message>
</context>
<context>
    <name>crm::core::CompanyListModel</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
</context>
<context>
    <name>crm::core::ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zmieniono</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
</context>
<context>
    <name>crm::core::ContactPhotos</name>
    <message>
        <source>the photo is %1 KB; at most %2 KB are kept</source>
        <translation>zdjęcie ma %1 KB; zachowywane jest najwyżej %2 KB</translation>
    </message>
    <message>
        <source>the photo is not a JPEG, PNG, GIF or WebP image</source>
        <translation>zdjęcie nie jest obrazem JPEG, PNG, GIF ani WebP</translation>
    </message>
</context>
<context>
    <name>crm::core::CustomField</name>
    <message>
        <source>one line only</source>
        <translation>tylko jeden wiersz</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1” nie jest liczbą</translation>
    </message>
    <message>
        <source>“%1” is not an amount with a currency, like 1250.50 EUR</source>
        <translation>„%1” nie jest kwotą z walutą, np. 1250.50 EUR</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>„%1” nie jest datą (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>„%1” to nie tak ani nie</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>„%1” nie jest żadną z: %2</translation>
    </message>
    <message>
        <source>“%1” is not a web address (https://…)</source>
        <translation>„%1” nie jest adresem WWW (https://…)</translation>
    </message>
    <message>
        <source>there is no custom field “%1”</source>
        <translation>nie ma pola własnego „%1”</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>wartość jest wymagana</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>crm::core::CustomFieldRepository</name>
    <message>
        <source>%1 have no custom field “%2”</source>
        <translation>%1: brak pola własnego „%2”</translation>
    </message>
    <message>
        <source>“%1” is not a key: use lower-case letters, digits and _, starting with a letter (at most 40)</source>
        <translation>„%1” nie jest kluczem: użyj małych liter, cyfr i _, zaczynając od litery (najwyżej 40)</translation>
    </message>
    <message>
        <source>a field needs a label</source>
        <translation>pole potrzebuje etykiety</translation>
    </message>
    <message>
        <source>a choice field needs at least one choice</source>
        <translation>pole wyboru potrzebuje co najmniej jednej opcji</translation>
    </message>
    <message>
        <source>“%1” is not a choice (empty, or with ;)</source>
        <translation>„%1” nie jest opcją (pusta lub z ;)</translation>
    </message>
    <message>
        <source>the choice “%1” is listed twice</source>
        <translation>opcja „%1” występuje dwa razy</translation>
    </message>
    <message>
        <source>%1 already have a field “%2”</source>
        <translation>%1: pole „%2” już istnieje</translation>
    </message>
    <message>
        <source>no such custom field</source>
        <translation>nie ma takiego pola własnego</translation>
    </message>
    <message>
        <source>%1 records have a value in “%2”: its type cannot change</source>
        <translation>rekordy z wartością w „%2”: %1; jego typu nie można zmienić</translation>
    </message>
    <message>
        <source>the search refresh was stopped</source>
        <translation>aktualizację wyszukiwania zatrzymano</translation>
    </message>
</context>
<context>
    <name>crm::core::DealListModel</name>
    <message>
        <source>Won</source>
        <translation>Wygrana</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrana</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Ważona</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Prawdopodobieństwo</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Przewidywane zamknięcie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
</context>
<context>
    <name>crm::core::DealRepository</name>
    <message>
        <source>the stage %1 was deleted</source>
        <translation>etap %1 został usunięty</translation>
    </message>
    <message>
        <source>a lost deal needs the reason it was lost</source>
        <translation>przegrana transakcja wymaga podania przyczyny przegranej</translation>
    </message>
    <message>
        <source>the deal “%1” is deleted</source>
        <translation>transakcja „%1” jest usunięta</translation>
    </message>
    <message>
        <source>a lost deal needs the reason it was lost; mark it lost with a reason</source>
        <translation>przegrana transakcja wymaga podania przyczyny przegranej; oznacz ją jako przegraną, podając przyczynę</translation>
    </message>
</context>
<context>
    <name>crm::core::DealStaleness</name>
    <message>
        <source>Stale: in %1 for %2 days, longer than its limit of %3</source>
        <translation>Utknęła: w etapie %1 dni: %2, dłużej niż limit %3</translation>
    </message>
    <message>
        <source>Stale: no activity for %1 days, longer than the stage&apos;s limit of %2</source>
        <translation>Utknęła: dni bez działań: %1, dłużej niż limit etapu %2</translation>
    </message>
    <message>
        <source>Stale: no activity since it was opened %1 days ago, longer than the stage&apos;s limit of %2</source>
        <translation>Utknęła: brak działań od otwarcia, dni temu: %1, dłużej niż limit etapu %2</translation>
    </message>
</context>
<context>
    <name>crm::core::ICalendar</name>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>plik jest większy niż %1 MB</translation>
    </message>
</context>
<context>
    <name>crm::core::LeadConversion</name>
    <message>
        <source>the contact %1 is deleted</source>
        <translation>kontakt %1 jest usunięty</translation>
    </message>
    <message>
        <source>%1 is not a lead; only leads are converted</source>
        <translation>%1 nie jest leadem; konwertować można tylko leady</translation>
    </message>
    <message>
        <source>%1 has no company; give the company&apos;s name</source>
        <translation>%1 nie ma firmy; podaj nazwę firmy</translation>
    </message>
    <message>
        <source>the company %1 is deleted</source>
        <translation>firma %1 jest usunięta</translation>
    </message>
    <message>
        <source>%1 is not a contact of %2</source>
        <translation>%1 nie jest kontaktem firmy %2</translation>
    </message>
    <message>
        <source>give the name of the person at %1 the deal is with</source>
        <translation>podaj imię i nazwisko osoby z firmy %1, z którą zawierana jest transakcja</translation>
    </message>
</context>
<context>
    <name>crm::core::Lifecycle</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Potencjalny klient</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Były klient</translation>
    </message>
</context>
<context>
    <name>crm::core::ListFilter</name>
    <message>
        <source>“%1:” needs a value, e.g. %1:something</source>
        <translation>„%1:” wymaga wartości, np. %1:coś</translation>
    </message>
    <message>
        <source>Unknown status “%1”: use lead, prospect, customer or former</source>
        <translation>Nieznany status „%1”: użyj lead, prospect, customer lub former</translation>
    </message>
    <message>
        <source>No tag is named “%1”</source>
        <translation>Nie ma tagu o nazwie „%1”</translation>
    </message>
    <message>
        <source>Unknown field “%1”. Fields: %2</source>
        <translation>Nieznane pole „%1”. Pola: %2</translation>
    </message>
    <message>
        <source>Unknown stage “%1”: use %2</source>
        <translation>Nieznany etap „%1”: użyj %2</translation>
    </message>
    <message>
        <source>Unknown pipeline “%1”: use %2</source>
        <translation>Nieznany lejek „%1”: użyj %2</translation>
    </message>
    <message>
        <source>Unknown currency “%1”: use a code such as EUR</source>
        <translation>Nieznana waluta „%1”: użyj kodu, np. EUR</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otwarta</translation>
    </message>
    <message>
        <source>won</source>
        <translation>wygrana</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>przegrana</translation>
    </message>
    <message>
        <source>Unknown status “%1”: use open, won or lost</source>
        <translation>Nieznany status „%1”: użyj open, won lub lost</translation>
    </message>
</context>
<context>
    <name>crm::core::Money</name>
    <message>
        <source>“%1” is not an amount; write it like 1250 or 1250.50</source>
        <translation>„%1” nie jest kwotą; wpisz ją np. jako 1250 lub 1250.50</translation>
    </message>
    <message>
        <source>%1 has no minor units; write “%2” without decimals</source>
        <translation>%1 nie ma jednostek ułamkowych; wpisz „%2” bez części dziesiętnej</translation>
    </message>
    <message>
        <source>%1 has %2 decimal places; “%3” has more</source>
        <translation>%1 ma %2 miejsca po przecinku; „%3” ma więcej</translation>
    </message>
    <message>
        <source>the amount “%1” is too large</source>
        <translation>kwota „%1” jest zbyt duża</translation>
    </message>
</context>
<context>
    <name>crm::core::Pipeline</name>
    <message>
        <source>Sales</source>
        <translation>Sprzedaż</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Rozpoznanie</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Zakwalifikowana</translation>
    </message>
    <message>
        <source>Proposal sent</source>
        <translation>Oferta wysłana</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negocjacje</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrana</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrana</translation>
    </message>
</context>
<context>
    <name>crm::core::PipelineRepository</name>
    <message>
        <source>no pipeline with id %1</source>
        <translation>brak lejka o ID %1</translation>
    </message>
    <message>
        <source>no stage with id %1</source>
        <translation>brak etapu o ID %1</translation>
    </message>
    <message>
        <source>no pipeline “%1”; there are: %2</source>
        <translation>brak lejka „%1”; dostępne: %2</translation>
    </message>
    <message>
        <source>no stage “%1” in the pipeline %2; its stages are: %3</source>
        <translation>w lejku %2 nie ma etapu „%1”; jego etapy to: %3</translation>
    </message>
    <message>
        <source>the pipeline %1 has no won stage</source>
        <translation>lejek %1 nie ma etapu wygranej</translation>
    </message>
    <message>
        <source>the pipeline %1 has no lost stage</source>
        <translation>lejek %1 nie ma etapu przegranej</translation>
    </message>
    <message>
        <source>a pipeline needs a name</source>
        <translation>lejek musi mieć nazwę</translation>
    </message>
    <message>
        <source>the pipeline already has a %1 stage (%2)</source>
        <translation>lejek ma już etap %1 (%2)</translation>
    </message>
    <message>
        <source>deals in this stage: %1; move them first</source>
        <translation type="vanished">transakcje na tym etapie: %1; najpierw je przenieś</translation>
    </message>
    <message>
        <source>a stage keeps its outcome: every pipeline has exactly one won and one lost stage</source>
        <translation>etap zachowuje swój wynik: każdy lejek ma dokładnie jeden etap wygranej i jeden przegranej</translation>
    </message>
    <message>
        <source>the %1 stage stays: every pipeline has exactly one won and one lost stage</source>
        <translation>etap %1 zostaje: każdy lejek ma dokładnie jeden etap wygranej i jeden przegranej</translation>
    </message>
    <message>
        <source>the %1 stage is the pipeline&apos;s last open stage</source>
        <translation>etap %1 jest ostatnim otwartym etapem lejka</translation>
    </message>
    <message>
        <source>deals in this stage: %1; choose the stage they move to</source>
        <translation>transakcje w tym etapie: %1; wybierz etap, do którego trafią</translation>
    </message>
    <message>
        <source>the deals can only move to another open stage of the pipeline %1</source>
        <translation>transakcje mogą trafić tylko do innego otwartego etapu lejka %1</translation>
    </message>
    <message>
        <source>a new order must name every stage of the pipeline %1 once</source>
        <translation>nowa kolejność musi wymienić każdy etap lejka %1 jeden raz</translation>
    </message>
    <message>
        <source>there is no pipeline</source>
        <translation>nie ma żadnego lejka</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrana</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrana</translation>
    </message>
    <message>
        <source>%1 is the last pipeline; add another one first</source>
        <translation>%1 to ostatni lejek; najpierw dodaj inny</translation>
    </message>
    <message>
        <source>deals in this pipeline: %1; choose the pipeline they move to</source>
        <translation>transakcje w tym lejku: %1; wybierz lejek, do którego trafią</translation>
    </message>
    <message>
        <source>the deals can only move to another pipeline</source>
        <translation>transakcje mogą trafić tylko do innego lejka</translation>
    </message>
    <message>
        <source>the pipeline %1 has no stage for these deals</source>
        <translation>lejek %1 nie ma etapu dla tych transakcji</translation>
    </message>
</context>
<context>
    <name>crm::core::Preferences</name>
    <message>
        <source>“%1” is not a region code such as LV, EE or PL</source>
        <translation>„%1” nie jest kodem regionu, takim jak LV, EE lub PL</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR, USD or PLN</source>
        <translation>„%1” nie jest kodem waluty, takim jak EUR, USD lub PLN</translation>
    </message>
</context>
<context>
    <name>crm::core::Reader</name>
    <message>
        <source>Inbound</source>
        <translation>Przychodzące</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Wychodzące</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Termin %1</translation>
    </message>
    <message>
        <source>Deal opened: %1</source>
        <translation>Transakcja otwarta: %1</translation>
    </message>
    <message>
        <source>Deal won: %1</source>
        <translation>Transakcja wygrana: %1</translation>
    </message>
    <message>
        <source>Deal lost: %1</source>
        <translation>Transakcja przegrana: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Przyczyna: %1</translation>
    </message>
    <message>
        <source>Deal moved: %1</source>
        <translation>Transakcja przeniesiona: %1</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Prywatne</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>Contact created</source>
        <translation>Utworzono kontakt</translation>
    </message>
    <message>
        <source>Company created</source>
        <translation>Utworzono firmę</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Utworzono rekord</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Przywrócono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>Dodano: %1</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>Usunięto: %1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>Zmieniono: %1</translation>
    </message>
</context>
<context>
    <name>crm::core::ReminderEngine</name>
    <message>
        <source>give the time to snooze until</source>
        <translation>podaj czas, do którego odłożyć</translation>
    </message>
</context>
<context>
    <name>crm::core::Reports</name>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>is</source>
        <translation>jest</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>nie jest</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>jest mniejsze niż</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>jest co najwyżej</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>jest większe niż</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>jest co najmniej</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>zawiera</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>zaczyna się od</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>jest jednym z</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>jest puste</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>nie jest puste</translation>
    </message>
    <message>
        <source>is in</source>
        <translation>jest w okresie</translation>
    </message>
    <message>
        <source>is in the past</source>
        <translation>jest w przeszłości</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Potencjalny klient</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Były klient</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrana</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrana</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Pipeline by stage</source>
        <translation>Lejek według etapów</translation>
    </message>
    <message>
        <source>Open deals per pipeline and stage: how many, their total and their weighted amount, per currency.</source>
        <translation>Otwarte transakcje według lejków i etapów: liczba, suma i kwota ważona w każdej walucie.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Ważona</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>Sales forecast</source>
        <translation>Prognoza sprzedaży</translation>
    </message>
    <message>
        <source>Open deals by the month they are expected to close, weighted by their probability.</source>
        <translation>Otwarte transakcje według miesiąca przewidywanego zamknięcia, ważone prawdopodobieństwem.</translation>
    </message>
    <message>
        <source>Won and lost deals</source>
        <translation>Wygrane i przegrane transakcje</translation>
    </message>
    <message>
        <source>Deals closed in the period, won or lost, with the reasons they were lost.</source>
        <translation>Transakcje zamknięte w okresie, wygrane lub przegrane, z przyczynami przegranej.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Activity per owner</source>
        <translation>Działania według właścicieli</translation>
    </message>
    <message>
        <source>Calls, meetings, visits, tasks, notes and e-mails per owner and kind: how many, how many done.</source>
        <translation>Rozmowy, spotkania, wizyty, zadania, notatki i e-maile według właścicieli i rodzajów: ile łącznie, ile wykonano.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <source>Lead source effectiveness</source>
        <translation>Skuteczność źródeł leadów</translation>
    </message>
    <message>
        <source>Per source: the leads it brought, how many were qualified, their deals and the value won.</source>
        <translation>Dla każdego źródła: pozyskane leady, ile zakwalifikowano, ich transakcje i wygrana wartość.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Zakwalifikowane</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Wygrana wartość</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Companies that bought from us: when we last spoke to them and what they bought in all.</source>
        <translation>Firmy, które u nas kupiły: kiedy ostatnio z nimi rozmawialiśmy i ile łącznie kupiły.</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Zaległe zadania</translation>
    </message>
    <message>
        <source>Open tasks past their due time, the oldest first.</source>
        <translation>Otwarte zadania po terminie, od najstarszych.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Month created</source>
        <translation>Miesiąc utworzenia</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Wygrane transakcje</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Lifetime won value</source>
        <translation>Łączna wygrana wartość</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Weighted amount</source>
        <translation>Kwota ważona</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>Prawdopodobieństwo %</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Przewidywane zamknięcie</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>Miesiąc zamknięcia</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Przyczyna przegranej</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Następny krok</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięta</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>Na etapie od</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dni po terminie</translation>
    </message>
</context>
<context>
    <name>crm::core::TagRepository</name>
    <message>
        <source>a tag needs a name</source>
        <translation>tag potrzebuje nazwy</translation>
    </message>
    <message>
        <source>there is a tag “%1” already; merge the two instead</source>
        <translation>tag „%1” już istnieje; zamiast tego scal oba</translation>
    </message>
    <message>
        <source>“%1” is not a colour like #1976d2</source>
        <translation>„%1” nie jest kolorem, np. #1976d2</translation>
    </message>
</context>
<context>
    <name>crm::core::Timeline</name>
    <message>
        <source>Call</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Customer visit</source>
        <translation>Wizyta u klienta</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Deal opened</source>
        <translation>Otwarto transakcję</translation>
    </message>
    <message>
        <source>Stage changed</source>
        <translation>Zmieniono etap</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Transakcja wygrana</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Transakcja przegrana</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Field changed</source>
        <translation>Zmieniono pole</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Przywrócono</translation>
    </message>
</context>
<context>
    <name>crm::core::TimelineModel</name>
    <message>
        <source>Today %1</source>
        <translation>Dziś %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Wczoraj %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>Jutro %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
</context>
<context>
    <name>crm::core::TimelineRepository</name>
    <message>
        <source>no contact, company or deal with this id</source>
        <translation>brak kontaktu, firmy lub transakcji o tym ID</translation>
    </message>
</context>
<context>
    <name>crm::core::Validation</name>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD</source>
        <translation>„%1” nie jest datą; wpisz ją w formacie RRRR-MM-DD</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar</source>
        <translation>dnia %1 nie ma w kalendarzu</translation>
    </message>
    <message>
        <source>a birthday must lie between 1900 and today</source>
        <translation>data urodzenia musi przypadać między rokiem 1900 a dniem dzisiejszym</translation>
    </message>
    <message>
        <source>a contact needs a first or a last name</source>
        <translation>kontakt musi mieć imię lub nazwisko</translation>
    </message>
    <message>
        <source>the first name is too long</source>
        <translation>imię jest za długie</translation>
    </message>
    <message>
        <source>the last name is too long</source>
        <translation>nazwisko jest za długie</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address</source>
        <translation>„%1” nie jest prawidłowym adresem e-mail</translation>
    </message>
    <message>
        <source>unknown label “%1”</source>
        <translation>nieznany rodzaj „%1”</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>„%1” nie jest numerem telefonu</translation>
    </message>
    <message>
        <source>visibility is “team” or “private”</source>
        <translation>widoczność to „team” lub „private”</translation>
    </message>
    <message>
        <source>a company needs a name</source>
        <translation>firma musi mieć nazwę</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>nazwa jest za długa</translation>
    </message>
    <message>
        <source>“%1” is not a web address</source>
        <translation>„%1” nie jest adresem strony internetowej</translation>
    </message>
    <message>
        <source>give the activity a subject</source>
        <translation>podaj temat działania</translation>
    </message>
    <message>
        <source>the subject is longer than 500 characters</source>
        <translation>temat jest dłuższy niż 500 znaków</translation>
    </message>
    <message>
        <source>a meeting or visit needs a start time</source>
        <translation>spotkanie lub wizyta wymaga godziny rozpoczęcia</translation>
    </message>
    <message>
        <source>an end time needs a start time</source>
        <translation>godzina zakończenia wymaga godziny rozpoczęcia</translation>
    </message>
    <message>
        <source>the end is before the start</source>
        <translation>koniec jest przed początkiem</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone</source>
        <translation>„%1” nie jest znaną strefą czasową</translation>
    </message>
    <message>
        <source>the direction is inbound or outbound, not “%1”</source>
        <translation>kierunek to inbound lub outbound, a nie „%1”</translation>
    </message>
    <message>
        <source>the duration cannot be negative</source>
        <translation>czas trwania nie może być ujemny</translation>
    </message>
    <message>
        <source>the priority is a number from 0 to 9</source>
        <translation>priorytet to liczba od 0 do 9</translation>
    </message>
    <message>
        <source>a reminder needs a start or a due time</source>
        <translation>przypomnienie wymaga godziny rozpoczęcia lub terminu</translation>
    </message>
    <message>
        <source>a reminder is between 0 minutes and a year ahead</source>
        <translation>przypomnienie może wypaść od 0 minut do roku naprzód</translation>
    </message>
    <message>
        <source>the visibility is team or private, not “%1”</source>
        <translation>widoczność to team lub private, a nie „%1”</translation>
    </message>
    <message>
        <source>an attendee needs a contact, a name or an e-mail</source>
        <translation>uczestnik wymaga kontaktu, nazwiska lub adresu e-mail</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>„%1” nie jest adresem e-mail</translation>
    </message>
    <message>
        <source>give the new date and time</source>
        <translation>podaj nową datę i godzinę</translation>
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
        <translation>Nowe kontakty</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Nowe leady</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Wygrane transakcje</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>Przegrane transakcje</translation>
    </message>
    <message>
        <source>Deals closed</source>
        <translation>Zamknięte transakcje</translation>
    </message>
    <message>
        <source>Deals won (sales cycle)</source>
        <translation>Wygrane transakcje (cykl sprzedaży)</translation>
    </message>
    <message>
        <source>Open deals · %1</source>
        <translation>Otwarte transakcje · %1</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Otwarte transakcje</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Wykonane: %1</translation>
    </message>
    <message>
        <source>Activities done</source>
        <translation>Wykonane działania</translation>
    </message>
    <message>
        <source>Won from %1</source>
        <translation>Wygrane od %1</translation>
    </message>
    <message>
        <source>Deals won · %1</source>
        <translation>Wygrane transakcje · %1</translation>
    </message>
</context>
<context>
    <name>crm::core::dashboard::DashboardPeriod</name>
    <message>
        <source>the dashboard needs a period with a start, not “%1”</source>
        <translation>ekran główny potrzebuje okresu z początkiem, nie „%1”</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Ten tydzień</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ten miesiąc</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ten kwartał</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Ten rok</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Ostatnie 90 dni</translation>
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
        <translation>Zaległe zadania</translation>
    </message>
    <message>
        <source>Stale deals</source>
        <translation>Utknięte transakcje</translation>
    </message>
</context>
<context>
    <name>crm::core::dedup</name>
    <message>
        <source>a merge needs at least two records</source>
        <translation>scalenie wymaga co najmniej dwóch rekordów</translation>
    </message>
    <message>
        <source>a record is named twice in the merge</source>
        <translation>rekord występuje w scaleniu dwa razy</translation>
    </message>
    <message>
        <source>the record to keep (%1) is not one of the merged records</source>
        <translation>rekord do zachowania (%1) nie należy do scalanych</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>nieznane pole %1</translation>
    </message>
    <message>
        <source>field %1: record %2 is not one of the merged records</source>
        <translation>pole %1: rekord %2 nie należy do scalanych</translation>
    </message>
    <message>
        <source>no record with id %1</source>
        <translation>brak rekordu o id %1</translation>
    </message>
    <message>
        <source>record %1 is deleted</source>
        <translation>rekord %1 jest usunięty</translation>
    </message>
</context>
<context>
    <name>crm::core::dedup::DuplicateFinder</name>
    <message>
        <source>a pair needs two different records</source>
        <translation>para wymaga dwóch różnych rekordów</translation>
    </message>
    <message>
        <source>contacts are being imported; look for duplicates again when the import has finished</source>
        <translation>trwa import kontaktów; wyszukaj duplikaty ponownie po zakończeniu importu</translation>
    </message>
</context>
<context>
    <name>crm::core::dedup::MergeService</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Widoczność</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Urodziny</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>no merge with id %1</source>
        <translation>brak scalenia o id %1</translation>
    </message>
    <message>
        <source>merge %1 was already undone</source>
        <translation>scalenie %1 zostało już cofnięte</translation>
    </message>
    <message>
        <source>%1 was changed after the merge and keeps its new value</source>
        <translation>%1 zmieniono po scaleniu i zachowuje nową wartość</translation>
    </message>
    <message>
        <source>cannot unmerge: the record kept by the merge no longer exists</source>
        <translation>nie można rozdzielić: rekord zachowany przy scaleniu już nie istnieje</translation>
    </message>
    <message>
        <source>cannot unmerge: %1, the record kept by the merge, was deleted after it; restore it first</source>
        <translation>nie można rozdzielić: %1, rekord zachowany przy scaleniu, został potem usunięty; najpierw go przywróć</translation>
    </message>
    <message>
        <source>the activity “%1” was deleted after the merge</source>
        <translation>działanie „%1” usunięto po scaleniu</translation>
    </message>
    <message>
        <source>the activity “%1” was linked elsewhere after the merge</source>
        <translation>działanie „%1” po scaleniu powiązano gdzie indziej</translation>
    </message>
    <message>
        <source>the deal “%1” was deleted after the merge</source>
        <translation>transakcję „%1” usunięto po scaleniu</translation>
    </message>
    <message>
        <source>the deal “%1” was moved to another company after the merge</source>
        <translation>transakcję „%1” przeniesiono po scaleniu do innej firmy</translation>
    </message>
    <message>
        <source>the deal “%1” no longer has the contact after the merge</source>
        <translation>transakcja „%1” po scaleniu nie ma już tego kontaktu</translation>
    </message>
    <message>
        <source>the contact %1 was deleted after the merge</source>
        <translation>kontakt %1 usunięto po scaleniu</translation>
    </message>
    <message>
        <source>the contact %1 was moved to another company after the merge</source>
        <translation>kontakt %1 przeniesiono po scaleniu do innej firmy</translation>
    </message>
</context>
<context>
    <name>crm::core::dedup::Scan</name>
    <message>
        <source>same website domain %1</source>
        <translation>ta sama domena WWW %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>ten sam telefon %1</translation>
    </message>
    <message>
        <source>same name: %1</source>
        <translation>ta sama nazwa: %1</translation>
    </message>
    <message>
        <source>the search for duplicates was cancelled</source>
        <translation>wyszukiwanie duplikatów anulowano</translation>
    </message>
</context>
<context>
    <name>crm::core::import</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>nie można otworzyć %1: %2</translation>
    </message>
    <message>
        <source>unknown encoding “%1”</source>
        <translation>nieznane kodowanie „%1”</translation>
    </message>
    <message>
        <source>not a text file (binary data at byte %1)</source>
        <translation>to nie jest plik tekstowy (dane binarne w bajcie %1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <source>line %1: there is no custom field “%2” for contacts; its value “%3” is skipped</source>
        <translation>wiersz %1: kontakty nie mają pola własnego „%2”; jego wartość „%3” pominięto</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>wiersz %1: %2</translation>
    </message>
</context>
<context>
    <name>crm::core::import::ColumnMapping</name>
    <message>
        <source>(do not import)</source>
        <translation>(nie importuj)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mail (work)</source>
        <translation>E-mail (służbowy)</translation>
    </message>
    <message>
        <source>E-mail (home)</source>
        <translation>E-mail (domowy)</translation>
    </message>
    <message>
        <source>E-mail (other)</source>
        <translation>E-mail (inny)</translation>
    </message>
    <message>
        <source>E-mail label</source>
        <translation>Rodzaj e-maila</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phone (work)</source>
        <translation>Telefon (służbowy)</translation>
    </message>
    <message>
        <source>Phone (mobile)</source>
        <translation>Telefon (komórkowy)</translation>
    </message>
    <message>
        <source>Phone (home)</source>
        <translation>Telefon (domowy)</translation>
    </message>
    <message>
        <source>Phone (other)</source>
        <translation>Telefon (inny)</translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation>Rodzaj telefonu</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>“%1” is not a date (expected YYYY-MM-DD, DD.MM.YYYY or MM/DD/YYYY)</source>
        <translation>„%1” nie jest datą (oczekiwano RRRR-MM-DD, DD.MM.RRRR lub MM/DD/RRRR)</translation>
    </message>
    <message>
        <source>“%1” is not a status (lead, prospect, customer or former)</source>
        <translation>„%1” nie jest statusem (lead, prospect, customer lub former)</translation>
    </message>
</context>
<context>
    <name>crm::core::import::ContactImporter</name>
    <message>
        <source>%1: no column is mapped to a contact field (headers: %2)</source>
        <translation>%1: żadna kolumna nie jest przypisana do pola kontaktu (nagłówki: %2)</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>import został anulowany</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>wiersz %1: %2</translation>
    </message>
    <message>
        <source>%1; undoing the partial import %2 failed: %3</source>
        <translation>%1; cofnięcie częściowego importu %2 nie powiodło się: %3</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing of it was kept</source>
        <translation>import został anulowany; nic z niego nie zachowano</translation>
    </message>
    <message>
        <source>the import has no preview</source>
        <translation>import nie ma podglądu</translation>
    </message>
</context>
<context>
    <name>crm::core::import::Evidence</name>
    <message>
        <source>same e-mail %1</source>
        <translation type="vanished">ten sam e-mail %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation type="vanished">ten sam telefon %1</translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="vanished">to samo imię i nazwisko</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation type="vanished">podobne imię i nazwisko</translation>
    </message>
</context>
<context>
    <name>crm::core::import::ImportBatches</name>
    <message>
        <source>no import with number %1</source>
        <translation>brak importu o numerze %1</translation>
    </message>
    <message>
        <source>import %1 was already undone</source>
        <translation>import %1 został już cofnięty</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> i %1 więcej</translation>
    </message>
    <message>
        <source>import %1 cannot be undone: records were changed after it: %2</source>
        <translation>nie można cofnąć importu %1: po nim zmieniono rekordy: %2</translation>
    </message>
    <message>
        <source>the undo was stopped</source>
        <translation>cofanie zostało zatrzymane</translation>
    </message>
</context>
<context>
    <name>crm::core::import::ImportSource</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>nie można otworzyć %1: %2</translation>
    </message>
    <message>
        <source>the file is too large for a vCard file</source>
        <translation>plik jest zbyt duży jak na plik vCard</translation>
    </message>
    <message>
        <source>bytes that are not valid %1 text</source>
        <translation>bajty, które nie są prawidłowym tekstem %1</translation>
    </message>
    <message>
        <source>line %1: %2; skipped</source>
        <translation>wiersz %1: %2; pominięto</translation>
    </message>
</context>
<context>
    <name>crm::core::import::MatchEvidence</name>
    <message>
        <source>same e-mail %1</source>
        <translation>ten sam e-mail %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>ten sam telefon %1</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>to samo imię i nazwisko</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>podobne imię i nazwisko</translation>
    </message>
    <message>
        <source>same name: %1</source>
        <translation>to samo imię i nazwisko: %1</translation>
    </message>
    <message>
        <source>similar names: %1 / %2 %3</source>
        <translation>podobne imiona i nazwiska: %1 / %2 %3</translation>
    </message>
    <message>
        <source>but different e-mails or phones</source>
        <translation>ale różne e-maile lub telefony</translation>
    </message>
    <message>
        <source>an office&apos;s address</source>
        <translation>adres biura</translation>
    </message>
    <message>
        <source>same birthday</source>
        <translation>ta sama data urodzenia</translation>
    </message>
    <message>
        <source>but different first names</source>
        <translation>ale różne imiona</translation>
    </message>
    <message>
        <source>but different birthdays</source>
        <translation>ale różne daty urodzenia</translation>
    </message>
    <message>
        <source>but different places</source>
        <translation>ale różne miejsca</translation>
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
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail %1 - Label</source>
        <translation>E-mail %1 - Rodzaj</translation>
    </message>
    <message>
        <source>E-mail %1 - Value</source>
        <translation>E-mail %1 - Wartość</translation>
    </message>
    <message>
        <source>Phone %1 - Label</source>
        <translation>Telefon %1 - Rodzaj</translation>
    </message>
    <message>
        <source>Phone %1 - Value</source>
        <translation>Telefon %1 - Wartość</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>nie można zapisać pliku: %1</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>eksport został anulowany</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>wiersz %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a property (NAME:value)</source>
        <translation>„%1” nie jest właściwością (NAZWA:wartość)</translation>
    </message>
    <message>
        <source>line %1: the photo is not valid base64; skipped</source>
        <translation>wiersz %1: zdjęcie nie jest prawidłowym base64; pominięto</translation>
    </message>
    <message>
        <source>line %1: the photo is not a base64 data URI; skipped</source>
        <translation>wiersz %1: zdjęcie nie jest identyfikatorem data URI w base64; pominięto</translation>
    </message>
    <message>
        <source>line %1: birthday “%2” is not a date; skipped</source>
        <translation>wiersz %1: data urodzenia „%2” nie jest datą; pominięto</translation>
    </message>
    <message>
        <source>a vCard begins inside the one that begins on line %1</source>
        <translation>vCard zaczyna się wewnątrz innej, rozpoczętej w wierszu %1</translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD bez BEGIN:VCARD</translation>
    </message>
    <message>
        <source>text outside a vCard (BEGIN:VCARD … END:VCARD): “%1”</source>
        <translation>tekst poza vCard (BEGIN:VCARD … END:VCARD): „%1”</translation>
    </message>
    <message>
        <source>the vCard that begins here does not end (END:VCARD is missing)</source>
        <translation>rozpoczynająca się tu vCard nie kończy się (brak END:VCARD)</translation>
    </message>
    <message>
        <source>no vCard in the file (BEGIN:VCARD is missing)</source>
        <translation>w pliku nie ma vCard (brak BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>line %1: the photo is a link to elsewhere (“%2”), not a picture in the file; skipped</source>
        <translation>wiersz %1: zdjęcie jest odnośnikiem do innego miejsca („%2”), a nie obrazem w pliku; pominięto</translation>
    </message>
    <message>
        <source>line %1: %2 without X-KEY (the field it is for); skipped</source>
        <translation>wiersz %1: %2 bez X-KEY (pola, którego dotyczy); pominięto</translation>
    </message>
</context>
<context>
    <name>crm::core::io::CsvReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>wiersz %1: %2</translation>
    </message>
    <message>
        <source>more than %1 fields</source>
        <translation>więcej niż %1 pól</translation>
    </message>
    <message>
        <source>a quoted field that starts here is not closed</source>
        <translation>pole w cudzysłowie rozpoczynające się tutaj nie jest zamknięte</translation>
    </message>
    <message>
        <source>“%1” after the closing quote of a field (a quote inside a field is written &quot;&quot;)</source>
        <translation>„%1” po cudzysłowie zamykającym pole (cudzysłów wewnątrz pola zapisuje się jako &quot;&quot;)</translation>
    </message>
    <message>
        <source>a field longer than %1 characters</source>
        <translation>pole dłuższe niż %1 znaków</translation>
    </message>
</context>
<context>
    <name>crm::core::io::CsvWriter</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>nie można zapisać pliku: %1</translation>
    </message>
</context>
<context>
    <name>crm::core::reports</name>
    <message>
        <source>must be an object</source>
        <translation>musi być obiektem</translation>
    </message>
    <message>
        <source>filter groups nest too deep (at most 8 levels)</source>
        <translation>grupy filtrów są zagnieżdżone zbyt głęboko (maksymalnie 8 poziomów)</translation>
    </message>
    <message>
        <source>“%1” is not all or any</source>
        <translation>„%1” nie jest all ani any</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>musi być tablicą</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>must be a string, a number or a list</source>
        <translation>musi być ciągiem znaków, liczbą lub listą</translation>
    </message>
    <message>
        <source>unknown field “%1” of %2</source>
        <translation>nieznane pole „%1” w %2</translation>
    </message>
    <message>
        <source>“%1” does not apply to %2 (use %3)</source>
        <translation>„%1” nie dotyczy %2 (użyj %3)</translation>
    </message>
    <message>
        <source>no parameter named “%1”</source>
        <translation>brak parametru o nazwie „%1”</translation>
    </message>
    <message>
        <source>must be a list for “in”</source>
        <translation>dla „in” musi być listą</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>saved report %1: %2</source>
        <translation>zapisany raport %1: %2</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::Compiler</name>
    <message>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <source> or </source>
        <translation> lub </translation>
    </message>
    <message>
        <source>: “%1” is not a whole number</source>
        <translation>: „%1” nie jest liczbą całkowitą</translation>
    </message>
    <message>
        <source>: “%1” is not true or false</source>
        <translation>: „%1” nie jest wartością true ani false</translation>
    </message>
    <message>
        <source>: “%1” is not an amount</source>
        <translation>: „%1” nie jest kwotą</translation>
    </message>
    <message>
        <source>: “%1” is not a date (YYYY-MM-DD)</source>
        <translation>: „%1” nie jest datą (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>: “%1” is not a date</source>
        <translation>: „%1” nie jest datą</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::Period</name>
    <message>
        <source>a period needs at least one day</source>
        <translation>okres musi obejmować co najmniej jeden dzień</translation>
    </message>
    <message>
        <source>“%1” holds a date that does not exist</source>
        <translation>„%1” zawiera datę, która nie istnieje</translation>
    </message>
    <message>
        <source>“%1” ends before it starts</source>
        <translation>„%1” kończy się przed rozpoczęciem</translation>
    </message>
    <message>
        <source>“%1” is not a period; use all, today, this_week, this_month, this_quarter, this_year, previous_month, previous_quarter, previous_year, last_N_days, previous_N_days, next_N_days or YYYY-MM-DD..YYYY-MM-DD</source>
        <translation>„%1” nie jest okresem; użyj all, today, this_week, this_month, this_quarter, this_year, previous_month, previous_quarter, previous_year, last_N_days, previous_N_days, next_N_days lub RRRR-MM-DD..RRRR-MM-DD</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Cały okres</translation>
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
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
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
        <translation>(brak)</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::ReportDefinition</name>
    <message>
        <source>line %1 (offset %2): %3</source>
        <translation>wiersz %1 (przesunięcie %2): %3</translation>
    </message>
    <message>
        <source>a report definition must be a JSON object</source>
        <translation>definicja raportu musi być obiektem JSON</translation>
    </message>
    <message>
        <source>unsupported version %1</source>
        <translation>nieobsługiwana wersja %1</translation>
    </message>
    <message>
        <source>“%1” is not contacts, companies, deals or activities</source>
        <translation>„%1” nie jest contacts, companies, deals ani activities</translation>
    </message>
    <message>
        <source>must be an array of field names</source>
        <translation>musi być tablicą nazw pól</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>musi być ciągiem znaków</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>musi być tablicą</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>musi być obiektem</translation>
    </message>
    <message>
        <source>a report needs a title</source>
        <translation>raport musi mieć tytuł</translation>
    </message>
    <message>
        <source>unknown field “%1” of %2</source>
        <translation>nieznane pole „%1” w %2</translation>
    </message>
    <message>
        <source>a report without groups needs at least one column</source>
        <translation>raport bez grup wymaga co najmniej jednej kolumny</translation>
    </message>
    <message>
        <source>at most two group fields</source>
        <translation>maksymalnie dwa pola grupowania</translation>
    </message>
    <message>
        <source>“%1” cannot be grouped by</source>
        <translation>nie można grupować według „%1”</translation>
    </message>
    <message>
        <source>the same field twice</source>
        <translation>to samo pole dwukrotnie</translation>
    </message>
    <message>
        <source>a grouped report needs at least one figure</source>
        <translation>raport z grupowaniem wymaga co najmniej jednego wskaźnika</translation>
    </message>
    <message>
        <source>count takes no field</source>
        <translation>count nie przyjmuje pola</translation>
    </message>
    <message>
        <source>“%1” is not count, sum or avg</source>
        <translation>„%1” nie jest count, sum ani avg</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1” nie jest liczbą</translation>
    </message>
    <message>
        <source>amounts in several currencies can be summed, not averaged</source>
        <translation>kwoty w kilku walutach można zsumować, ale nie uśrednić</translation>
    </message>
    <message>
        <source>amounts in several currencies cannot be sorted</source>
        <translation>kwot w kilku walutach nie można sortować</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>“%1” is not %2</source>
        <translation>„%1” nie jest %2</translation>
    </message>
    <message>
        <source>“%1” is given twice</source>
        <translation>„%1” podano dwukrotnie</translation>
    </message>
    <message>
        <source>there is no figure %1</source>
        <translation>brak wskaźnika %1</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::ReportEngine</name>
    <message>
        <source>unknown parameter “%1” (this report takes: %2)</source>
        <translation>nieznany parametr „%1” (ten raport przyjmuje: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>parameter %1: %2</source>
        <translation>parametr %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>parameter %1: “%2” is not a whole number</source>
        <translation>parametr %1: „%2” nie jest liczbą całkowitą</translation>
    </message>
    <message>
        <source>all</source>
        <translation>wszystkie</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Sum of %1</source>
        <translation>Suma: %1</translation>
    </message>
    <message>
        <source>Average %1</source>
        <translation>Średnia: %1</translation>
    </message>
    <message>
        <source>running the report “%1”</source>
        <translation>wykonywanie raportu „%1”</translation>
    </message>
    <message>
        <source>the report was cancelled</source>
        <translation>raport został anulowany</translation>
    </message>
    <message>
        <source>Total · %1</source>
        <translation>Razem · %1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Suma częściowa</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::ReportRepository</name>
    <message>
        <source>no saved report %1</source>
        <translation>brak zapisanego raportu %1</translation>
    </message>
    <message>
        <source>“%1” names more than one report; use its id</source>
        <translation>„%1” pasuje do kilku raportów; użyj jego ID</translation>
    </message>
    <message>
        <source>no report named “%1”</source>
        <translation>brak raportu o nazwie „%1”</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
</context>
<context>
    <name>crm::ui</name>
    <message>
        <source>work</source>
        <translation>służbowy</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>komórkowy</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domowy</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inny</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No change · was %1</source>
        <translation>Bez zmian · było %1</translation>
    </message>
    <message>
        <source>%1 from none before</source>
        <translation>%1 — wcześniej brak</translation>
    </message>
    <message>
        <source>%1 %2 · was %3</source>
        <translation>%1 %2 · było %3</translation>
    </message>
    <message>
        <source>%1, millions</source>
        <translation>%1, mln</translation>
    </message>
    <message>
        <source>%1, thousands</source>
        <translation>%1, tys.</translation>
    </message>
    <message>
        <source>Undoing import %1…</source>
        <translation>Cofanie importu %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Cofnij import</translation>
    </message>
    <message>
        <source>Stopping after the current set…</source>
        <translation>Zatrzymywanie po bieżącej partii…</translation>
    </message>
    <message>
        <source>Undone: %1 of %2</source>
        <translation>Cofnięto: %1 z %2</translation>
    </message>
    <message>
        <source>The undo was stopped. What was undone stays undone; undo the import again (File ▸ Import History) to finish it.</source>
        <translation>Cofanie zostało zatrzymane. To, co cofnięto, pozostaje cofnięte; aby dokończyć, cofnij import ponownie (Plik ▸ Historia importu).</translation>
    </message>
</context>
<context>
    <name>crm::ui::ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>Nowe działanie</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Outbound (I called)</source>
        <translation>Wychodzące (ja dzwoniłem)</translation>
    </message>
    <message>
        <source>Inbound (they called)</source>
        <translation>Przychodzące (dzwonili do mnie)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>połączono</translation>
    </message>
    <message>
        <source>left a voicemail</source>
        <translation>zostawiono wiadomość głosową</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>brak odpowiedzi</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>zajęte</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>błędny numer</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>An address, a room or a video link</source>
        <translation>Adres, sala lub link do wideorozmowy</translation>
    </message>
    <message>
        <source>Type to invite a contact</source>
        <translation>Zacznij pisać, aby zaprosić kontakt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Wysoki</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalny</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niski</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>Wykon&amp;ane</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Bez przypomnienia</translation>
    </message>
    <message>
        <source>At the time</source>
        <translation>W chwili rozpoczęcia</translation>
    </message>
    <message>
        <source>%1 minutes before</source>
        <translation>%1 min wcześniej</translation>
    </message>
    <message>
        <source>A day before</source>
        <translation>Dzień wcześniej</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Temat:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>K&amp;ontakt:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>D&amp;eal:</source>
        <translation>Transakc&amp;ja:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>&amp;Kierunek:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Wynik:</translation>
    </message>
    <message>
        <source>Durat&amp;ion:</source>
        <translation>&amp;Czas trwania:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Początek:</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>Koni&amp;ec:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Miejsce:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Uczestnicy:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Termi&amp;n:</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>Prior&amp;ytet:</translation>
    </message>
    <message>
        <source>Rem&amp;inder:</source>
        <translation>Pr&amp;zypomnienie:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Notatk&amp;i:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Szczeg&amp;óły</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>Kie&amp;dy:</translation>
    </message>
    <message>
        <source>S&amp;ent:</source>
        <translation>Wy&amp;słano:</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>“%1” is not picked from the list</source>
        <translation>„%1” nie został wybrany z listy</translation>
    </message>
    <message>
        <source>New activity “%1”</source>
        <translation>Nowe działanie „%1”</translation>
    </message>
    <message>
        <source>Edit activity “%1”</source>
        <translation>Edytuj działanie „%1”</translation>
    </message>
</context>
<context>
    <name>crm::ui::AgendaView</name>
    <message>
        <source>Do&amp;ne</source>
        <translation>&amp;Wykonane</translation>
    </message>
    <message>
        <source>&amp;Tomorrow</source>
        <translation>&amp;Jutro</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>&amp;Kontynuacja</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Terminarz</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Zaległe</translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation>&amp;Dziś</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Ten &amp;tydzień</translation>
    </message>
    <message>
        <source>Tick the selected activity off (Ctrl+Enter)</source>
        <translation>Oznacz zaznaczone działanie jako wykonane (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Move the selected activity to the next day (Ctrl+Right; Ctrl+Left: a day back)</source>
        <translation>Przenieś zaznaczone działanie na następny dzień (Ctrl+Right; Ctrl+Left: dzień wstecz)</translation>
    </message>
    <message>
        <source>Finish the selected activity and add a follow-up task for tomorrow</source>
        <translation>Zakończ zaznaczone działanie i dodaj zadanie kontynuacji na jutro</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Przenieś na:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Jutro</translation>
    </message>
    <message>
        <source>Move the selected activity to %1 at the same time (or drag it here)</source>
        <translation>Przenieś zaznaczone działanie na %1 o tej samej godzinie (lub przeciągnij je tutaj)</translation>
    </message>
    <message>
        <source>Tick off “%1”</source>
        <translation>Oznacz jako wykonane „%1”</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>Otwórz ponownie „%1”</translation>
    </message>
    <message>
        <source>Reschedule “%1”</source>
        <translation>Zmień termin „%1”</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Kontynuacja: %1</translation>
    </message>
    <message>
        <source>Follow up “%1”</source>
        <translation>Kontynuacja „%1”</translation>
    </message>
</context>
<context>
    <name>crm::ui::BulkEditCommand</name>
    <message>
        <source>%1: cancelled, nothing was changed</source>
        <translation>%1: anulowano, nic nie zmieniono</translation>
    </message>
    <message>
        <source>%1 failed, nothing was changed: %2</source>
        <translation>%1 nie powiodło się, nic nie zmieniono: %2</translation>
    </message>
    <message>
        <source>%1 · Changed: %2 of %3 — Ctrl+Z to undo</source>
        <translation>%1 · Zmieniono: %2 z %3 — Ctrl+Z, aby cofnąć</translation>
    </message>
    <message>
        <source>Undoing: %1…</source>
        <translation>Cofanie: %1…</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Cofanie nie powiodło się: %1</translation>
    </message>
    <message>
        <source>Redoing: %1…</source>
        <translation>Ponawianie: %1…</translation>
    </message>
    <message>
        <source>Redo failed: %1</source>
        <translation>Ponowienie nie powiodło się: %1</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %1 put back; %n left as they were changed after the bulk edit</source>
        <translation>
            <numerusform>Cofnięto: przywrócono %1; %n rekord pozostawiono bez zmian, bo zmieniono go po edycji zbiorczej</numerusform>
            <numerusform>Cofnięto: przywrócono %1; %n rekordy pozostawiono bez zmian, bo zmieniono je po edycji zbiorczej</numerusform>
            <numerusform>Cofnięto: przywrócono %1; %n rekordów pozostawiono bez zmian, bo zmieniono je po edycji zbiorczej</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::BulkEditDialog</name>
    <message>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Pole:</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Bez daty</translation>
    </message>
    <message>
        <source>Bulk Edit · %1</source>
        <translation>Edycja zbiorcza · %1</translation>
    </message>
    <message>
        <source>Set field</source>
        <translation>Ustaw pole</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Dodaj tag</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Usuń tag</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Zmień właściciela</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>The stage&apos;s default</source>
        <translation>Domyślna dla etapu</translation>
    </message>
    <message>
        <source>Type a company&apos;s name; empty: no company</source>
        <translation>Wpisz nazwę firmy; puste: bez firmy</translation>
    </message>
    <message>
        <source>The records are deleted; Undo (Ctrl+Z) brings them back.</source>
        <translation>Rekordy zostaną usunięte; Cofnij (Ctrl+Z) je przywraca.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Zastosuj</translation>
    </message>
    <message>
        <source>&amp;Do:</source>
        <translation>&amp;Działanie:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wartość:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>1234.50 EUR</source>
        <translation>1234.50 EUR</translation>
    </message>
    <message>
        <source>Empty: clears the field</source>
        <translation>Puste: czyści pole</translation>
    </message>
    <message>
        <source>Empty: no owner</source>
        <translation>Puste: bez właściciela</translation>
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
        <translation>Historia edycji zbiorczych</translation>
    </message>
    <message>
        <source>The last %1 bulk edits. Undo puts back each record&apos;s earlier value, also after a restart; a record changed since the bulk edit keeps its newer value.</source>
        <translation>Ostatnie %1 edycji zbiorczych. Cofnięcie przywraca wcześniejszą wartość każdego rekordu, także po ponownym uruchomieniu; rekord zmieniony po edycji zbiorczej zachowuje nowszą wartość.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edycja</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Rozpoczęto</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Dopasowano</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Zmieniono</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>&amp;Undo Bulk Edit</source>
        <translation>&amp;Cofnij edycję zbiorczą</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Cofnięto</translation>
    </message>
    <message>
        <source>Undo interrupted</source>
        <translation>Cofanie przerwane</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Przerwano</translation>
    </message>
    <message numerus="yes">
        <source>%n left as changed since</source>
        <translation>
            <numerusform>pozostawiono %n rekord zmieniony później</numerusform>
            <numerusform>pozostawiono %n rekordy zmienione później</numerusform>
            <numerusform>pozostawiono %n rekordów zmienionych później</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Bulk Edit</source>
        <translation>Cofnij edycję zbiorczą</translation>
    </message>
    <message>
        <source>Undo bulk edit %1 (%2): put back the earlier value of each record it changed?</source>
        <translation>Cofnąć edycję zbiorczą %1 (%2) i przywrócić wcześniejszą wartość każdego zmienionego przez nią rekordu?</translation>
    </message>
    <message>
        <source>Undoing: %1…</source>
        <translation>Cofanie: %1…</translation>
    </message>
</context>
<context>
    <name>crm::ui::BulkJob</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Bulk Edit</source>
        <translation>Edycja zbiorcza</translation>
    </message>
    <message>
        <source>Cancelling: putting back what was changed…</source>
        <translation>Anulowanie: przywracanie tego, co zmieniono…</translation>
    </message>
</context>
<context>
    <name>crm::ui::CalendarExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportuj</translation>
    </message>
    <message>
        <source>&amp;Meetings and visits</source>
        <translation>&amp;Spotkania i wizyty</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Zadania</translation>
    </message>
    <message>
        <source>&amp;All dates</source>
        <translation>&amp;Wszystkie daty</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>O&amp;d</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Eksportuj kalendarz</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>d&amp;o</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Eksportuj:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Daty:</translation>
    </message>
    <message>
        <source>Meetings start and tasks fall due in the chosen days. Calendars that imported an earlier export update their items.</source>
        <translation>Spotkania zaczynają się, a terminy zadań przypadają w wybrane dni. Kalendarze, które zaimportowały wcześniejszy eksport, aktualizują swoje elementy.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Zapisywanie %1…</translation>
    </message>
</context>
<context>
    <name>crm::ui::CalendarFileDialog</name>
    <message>
        <source>An iCalendar file (.ics)</source>
        <translation>Plik iCalendar (.ics)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>Pliki iCalendar (*.ics *.ical *.ifb);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>P&amp;lik:</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Anulowano; nic nie zapisano.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
</context>
<context>
    <name>crm::ui::CalendarImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>Importuj kalendarz</translation>
    </message>
    <message>
        <source>Choose an .ics file: events become meetings and to-dos tasks; items imported before are updated.</source>
        <translation>Wybierz plik .ics: wydarzenia stają się spotkaniami, a to-do zadaniami; wcześniej zaimportowane elementy są aktualizowane.</translation>
    </message>
    <message>
        <source>%1: there is no such file</source>
        <translation>%1: nie ma takiego pliku</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Odczytywanie %1…</translation>
    </message>
    <message>
        <source>The file holds no events or to-dos.</source>
        <translation>Plik nie zawiera wydarzeń ani to-do.</translation>
    </message>
    <message>
        <source>New meetings: %1 · New tasks: %2 · Updates: %3</source>
        <translation>Nowe spotkania: %1 · Nowe zadania: %2 · Aktualizacje: %3</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importowanie %1…</translation>
    </message>
</context>
<context>
    <name>crm::ui::CompanyConversionDialog</name>
    <message>
        <source>Convert lead — %1</source>
        <translation>Konwertuj leada — %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nowy kontakt</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Deal with %1</source>
        <translation>Transakcja z %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Con&amp;vert</source>
        <translation>Ko&amp;nwertuj</translation>
    </message>
    <message>
        <source>The company becomes a prospect with its contact and a new deal; its history stays.</source>
        <translation>Firma staje się potencjalnym klientem ze swoim kontaktem i nową transakcją; historia zostaje.</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>K&amp;ontakt:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>&amp;Transakcja:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Kwota:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Etap:</translation>
    </message>
    <message>
        <source>Type an amount such as %1</source>
        <translation>Wpisz kwotę, np. %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::CompanyDialog</name>
    <message>
        <source>New company</source>
        <translation>Nowa firma</translation>
    </message>
    <message>
        <source>%1 — Company</source>
        <translation>%1 — firma</translation>
    </message>
    <message>
        <source>e.g. Logistics</source>
        <translation>np. logistyka</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Branża:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Strona WWW:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Ulica:</translation>
    </message>
    <message>
        <source>Postcode, cit&amp;y:</source>
        <translation>Kod pocztowy, &amp;miasto:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation type="vanished">&amp;Kraj:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otatki:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>S&amp;zczegóły</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Dodaj kontakt</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>Kontakt&amp;y</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <source>&amp;Contacts (%L1)</source>
        <translation>Kontakt&amp;y (%L1)</translation>
    </message>
    <message>
        <source>Count&amp;ry:</source>
        <translation>&amp;Kraj:</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Nowa transakcja…</translation>
    </message>
    <message>
        <source>A deal with this company</source>
        <translation>Transakcja z tą firmą</translation>
    </message>
    <message>
        <source>Log activity…</source>
        <translation>Zapisz działanie…</translation>
    </message>
    <message>
        <source>Record a call, meeting, task, note or e-mail with this company</source>
        <translation>Zapisz rozmowę, spotkanie, zadanie, notatkę lub e-mail z tą firmą</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>O&amp;ś czasu</translation>
    </message>
    <message>
        <source>Comma separated, e.g. VIP, newsletter</source>
        <translation>Oddzielone przecinkami, np. VIP, newsletter</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gi:</translation>
    </message>
    <message>
        <source>Convert lead…</source>
        <translation>Konwertuj leada…</translation>
    </message>
    <message>
        <source>Turn this lead into a prospect with its contact and a deal, keeping its history</source>
        <translation>Zamień tego leada w potencjalnego klienta z jego kontaktem i transakcją, zachowując historię</translation>
    </message>
    <message>
        <source>Save the company first, then convert it.</source>
        <translation>Najpierw zapisz firmę, a potem ją skonwertuj.</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
</context>
<context>
    <name>crm::ui::ConflictBadgeDelegate</name>
    <message>
        <source>%1
This record has a sync conflict: choose which value stays in the conflicts inbox.</source>
        <translation>%1
Ten rekord ma konflikt synchronizacji: wybierz w skrzynce konfliktów, która wartość zostaje.</translation>
    </message>
</context>
<context>
    <name>crm::ui::ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>Nie udało się odczytać konfliktów: %1</translation>
    </message>
    <message>
        <source>No conflicts. When two people change the same field while apart, you choose here which value stays.</source>
        <translation>Brak konfliktów. Gdy dwie osoby niezależnie zmienią to samo pole, tutaj wybierasz, która wartość zostaje.</translation>
    </message>
    <message>
        <source>Conflicts to decide: %1. The same field was changed on two devices at once; choose which value stays, and your choice syncs to everyone.</source>
        <translation>Konflikty do rozstrzygnięcia: %1. To samo pole zmieniono jednocześnie na dwóch urządzeniach; wybierz, która wartość zostaje, a wybór trafi do wszystkich.</translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation>Firma %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(nie znaleziono)</translation>
    </message>
    <message>
        <source>The choice could not be saved: %1</source>
        <translation>Nie udało się zapisać wyboru: %1</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Użyj mojej</translation>
    </message>
    <message>
        <source>Keep your side: your change, or your deletion</source>
        <translation>Zachowaj swoją stronę: swoją zmianę lub usunięcie</translation>
    </message>
    <message>
        <source>Put your value back in the field</source>
        <translation>Przywróć w polu swoją wartość</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Zachowaj ich</translation>
    </message>
    <message>
        <source>Keep the other value; yours is dropped</source>
        <translation>Zachowaj drugą wartość; twoja zostanie odrzucona</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Zachowaj obie</translation>
    </message>
    <message>
        <source>Keep both values as two entries</source>
        <translation>Zachowaj obie wartości jako dwa wpisy</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Otwórz rekord</translation>
    </message>
</context>
<context>
    <name>crm::ui::ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nowy kontakt</translation>
    </message>
    <message>
        <source>%1 — Contact</source>
        <translation>%1 — kontakt</translation>
    </message>
    <message>
        <source>e.g. Sales manager</source>
        <translation>np. kierownik sprzedaży</translation>
    </message>
    <message>
        <source>Type to find or add a company</source>
        <translation>Zacznij pisać, aby znaleźć lub dodać firmę</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>RRRR-MM-DD</translation>
    </message>
    <message>
        <source>Year-month-day, for example 1984-03-27; leave empty if unknown</source>
        <translation>Rok-miesiąc-dzień, np. 1984-03-27; pozostaw puste, jeśli nieznane</translation>
    </message>
    <message>
        <source>e.g. trade fair, website, referral</source>
        <translation>np. targi, strona WWW, polecenie</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Prywatny</translation>
    </message>
    <message>
        <source>Comma separated, e.g. VIP, newsletter</source>
        <translation>Oddzielone przecinkami, np. VIP, newsletter</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Imię:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nazwisko:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>S&amp;tanowisko:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;E-mails:</source>
        <translation>&amp;E-maile:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>Telefon&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Ulica:</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Postcode, cit&amp;y:</source>
        <translation>Kod pocztowy, &amp;miasto:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation type="vanished">&amp;Kraj:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Data urodzenia:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>Ź&amp;ródło:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Właściciel:</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>Wido&amp;czność:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gi:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="vanished">N&amp;otatki:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>S&amp;zczegóły</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nowa firma</translation>
    </message>
    <message>
        <source>There is no company “%1” yet. Create it?</source>
        <translation>Firmy „%1” jeszcze nie ma. Utworzyć ją?</translation>
    </message>
    <message>
        <source>Count&amp;ry:</source>
        <translation>&amp;Kraj:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otatki:</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>O&amp;ś czasu</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Nowa transakcja…</translation>
    </message>
    <message>
        <source>A deal with this contact and their company</source>
        <translation>Transakcja z tym kontaktem i jego firmą</translation>
    </message>
    <message>
        <source>Log activity…</source>
        <translation>Zapisz działanie…</translation>
    </message>
    <message>
        <source>Record a call, meeting, task, note or e-mail with this contact</source>
        <translation>Zapisz rozmowę, spotkanie, zadanie, notatkę lub e-mail z tym kontaktem</translation>
    </message>
    <message>
        <source>Log the e-mail?</source>
        <translation type="vanished">Zapisać e-mail?</translation>
    </message>
    <message>
        <source>Log the call?</source>
        <translation type="vanished">Zapisać rozmowę?</translation>
    </message>
    <message>
        <source>Log your e-mail to %1 (%2) as an activity?</source>
        <translation type="vanished">Zapisać Twój e-mail do %1 (%2) jako działanie?</translation>
    </message>
    <message>
        <source>Log your call to %1 (%2) as an activity?</source>
        <translation type="vanished">Zapisać Twoją rozmowę z %1 (%2) jako działanie?</translation>
    </message>
    <message>
        <source>E-mail to %1</source>
        <translation type="vanished">E-mail do %1</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation type="vanished">Rozmowa z %1</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Zdjęcie:</translation>
    </message>
    <message>
        <source>Convert lead…</source>
        <translation>Konwertuj leada…</translation>
    </message>
    <message>
        <source>Turn this lead into a prospect with a company and a deal, keeping its history</source>
        <translation>Zamień tego leada w potencjalnego klienta z firmą i transakcją, zachowując historię</translation>
    </message>
    <message>
        <source>Save the contact first, then convert it.</source>
        <translation>Najpierw zapisz kontakt, potem go skonwertuj.</translation>
    </message>
    <message>
        <source>Convert lead — %1</source>
        <translation>Konwertuj leada — %1</translation>
    </message>
    <message>
        <source>The company this lead buys for</source>
        <translation>Firma, dla której kupuje ten lead</translation>
    </message>
    <message>
        <source>Deal with %1</source>
        <translation>Transakcja z %1</translation>
    </message>
    <message>
        <source>Con&amp;vert</source>
        <translation>&amp;Konwertuj</translation>
    </message>
    <message>
        <source>The contact becomes a prospect at the company, with a new deal; its history stays.</source>
        <translation>Kontakt staje się potencjalnym klientem w firmie, z nową transakcją; historia zostaje.</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>&amp;Transakcja:</translation>
    </message>
</context>
<context>
    <name>crm::ui::ContactLink</name>
    <message>
        <source>Call this number (tel:)</source>
        <translation>Zadzwoń pod ten numer (tel:)</translation>
    </message>
    <message>
        <source>Write to this address (mailto:)</source>
        <translation>Napisz na ten adres (mailto:)</translation>
    </message>
    <message>
        <source>Open the website in the browser</source>
        <translation>Otwórz stronę WWW w przeglądarce</translation>
    </message>
    <message>
        <source>Log the e-mail?</source>
        <translation>Zapisać e-mail?</translation>
    </message>
    <message>
        <source>Log the call?</source>
        <translation>Zapisać rozmowę?</translation>
    </message>
    <message>
        <source>Log your e-mail to %1 (%2) as an activity?</source>
        <translation>Zapisać Twój e-mail do %1 (%2) jako działanie?</translation>
    </message>
    <message>
        <source>Log your call to %1 (%2) as an activity?</source>
        <translation>Zapisać Twoją rozmowę z %1 (%2) jako działanie?</translation>
    </message>
    <message>
        <source>E-mail to %1</source>
        <translation>E-mail do %1</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Rozmowa z %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::ContactPointList</name>
    <message>
        <source>Work</source>
        <translation>Służbowy</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Komórkowy</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domowy</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inny</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Dodaj e-mail</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Dodaj telefon</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nazwa@example.com</translation>
    </message>
    <message>
        <source>+371 2000 0000</source>
        <translation>+371 2000 0000</translation>
    </message>
    <message>
        <source>Remove this e-mail</source>
        <translation>Usuń ten adres e-mail</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>Usuń ten telefon</translation>
    </message>
    <message>
        <source>Write to this address (mailto:)</source>
        <translation type="vanished">Napisz na ten adres (mailto:)</translation>
    </message>
    <message>
        <source>Call this number (tel:)</source>
        <translation type="vanished">Zadzwoń pod ten numer (tel:)</translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomFieldDialog</name>
    <message>
        <source>New field</source>
        <translation>Nowe pole</translation>
    </message>
    <message>
        <source>Edit field</source>
        <translation>Edytuj pole</translation>
    </message>
    <message>
        <source>How crm-cli, imports and exports name the field; fixed once created</source>
        <translation>Jak pole nazywają crm-cli, import i eksport; po utworzeniu niezmienne</translation>
    </message>
    <message>
        <source>A value is re&amp;quired</source>
        <translation>Wartość jest &amp;wymagana</translation>
    </message>
    <message>
        <source>One choice per line, in the order to offer them</source>
        <translation>Jedna opcja w wierszu, w kolejności wyświetlania</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etykieta:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Klucz:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>&amp;Opcje:</translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomFieldsEditor</name>
    <message>
        <source>Custom fields</source>
        <translation>Pola własne</translation>
    </message>
    <message>
        <source>Clear: go to the first day (Home) or delete the date</source>
        <translation>Wyczyść: przejdź do pierwszego dnia (Home) lub usuń datę</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wymagane</translation>
    </message>
    <message>
        <source>%1: a value is required</source>
        <translation>%1: wartość jest wymagana</translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomFieldsSettingsDialog</name>
    <message>
        <source>Custom Fields</source>
        <translation>Pola własne</translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomFieldsSettingsPage</name>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Długi tekst</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Tak/nie</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Jeden wybór</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Wielokrotny wybór</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adres WWW</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>&amp;Fields of:</source>
        <translation>&amp;Pola dla:</translation>
    </message>
    <message>
        <source>Drag to reorder, or Alt+Up / Alt+Down</source>
        <translation>Przeciągnij, aby zmienić kolejność, lub Alt+Up / Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>W &amp;górę</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;W dół</translation>
    </message>
    <message>
        <source>required</source>
        <translation>wymagane</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Klucz: %1</translation>
    </message>
    <message>
        <source>Records with a value in “%1”: %2. The field and its values will be hidden from forms, lists and reports; adding a field with the same key brings them back. Delete it?</source>
        <translation>Rekordy z wartością w „%1”: %2. Pole i jego wartości zostaną ukryte w formularzach, listach i raportach; dodanie pola o tym samym kluczu je przywróci. Usunąć je?</translation>
    </message>
    <message>
        <source>Delete the field “%1”?</source>
        <translation>Usunąć pole „%1”?</translation>
    </message>
    <message>
        <source>Delete field</source>
        <translation>Usuń pole</translation>
    </message>
    <message>
        <source>Custom Fields</source>
        <translation>Pola własne</translation>
    </message>
    <message>
        <source>Updating the search for the field&apos;s records…</source>
        <translation>Aktualizowanie wyszukiwania dla rekordów pola…</translation>
    </message>
    <message>
        <source>Records updated: %1 of %2</source>
        <translation>Zaktualizowano rekordy: %1 z %2</translation>
    </message>
    <message>
        <source>Stopping after the current set…</source>
        <translation>Zatrzymywanie po bieżącej partii…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <source>Updating the search was stopped: some records may still be found by the field&apos;s earlier values.</source>
        <translation>Aktualizację wyszukiwania zatrzymano: niektóre rekordy mogą nadal być znajdowane po wcześniejszych wartościach pola.</translation>
    </message>
</context>
<context>
    <name>crm::ui::DashboardView</name>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;This is your home screen. It fills up as you work: new contacts and leads, your open pipeline, deals won and lost, what you did and what is due today.&lt;/p&gt;&lt;p&gt;Add a contact with &lt;b&gt;Ctrl+N&lt;/b&gt;, a deal with &lt;b&gt;Ctrl+Shift+D&lt;/b&gt; or an activity with &lt;b&gt;Ctrl+Shift+A&lt;/b&gt; — or import your contacts with &lt;b&gt;Ctrl+I&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Witamy&lt;/h2&gt;&lt;p&gt;To jest ekran główny. Wypełnia się w miarę pracy: nowe kontakty i leady, otwarte szanse, wygrane i przegrane transakcje, co zrobiono i co jest na dziś.&lt;/p&gt;&lt;p&gt;Dodaj kontakt skrótem &lt;b&gt;Ctrl+N&lt;/b&gt;, transakcję skrótem &lt;b&gt;Ctrl+Shift+D&lt;/b&gt; lub działanie skrótem &lt;b&gt;Ctrl+Shift+A&lt;/b&gt; — albo zaimportuj kontakty skrótem &lt;b&gt;Ctrl+I&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Aktualizowanie…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Okres</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>Wł&amp;aściciel</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Nowe kontakty</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Nowe leady</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Otwarty lejek</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrane</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrane</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Skuteczność</translation>
    </message>
    <message>
        <source>Average sales cycle</source>
        <translation>Średni cykl sprzedaży</translation>
    </message>
    <message>
        <source>Activities done</source>
        <translation>Wykonane działania</translation>
    </message>
    <message>
        <source>Click to see the records behind this figure</source>
        <translation>Kliknij, aby zobaczyć rekordy stojące za tą liczbą</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Double-click a customer to see the deals won</source>
        <translation>Kliknij dwukrotnie klienta, aby zobaczyć wygrane transakcje</translation>
    </message>
    <message>
        <source>Top customers by won value</source>
        <translation>Najlepsi klienci według wartości wygranych</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Mój dzień</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Nie udało się obliczyć wskaźników: %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Ja (%1)</translation>
    </message>
    <message>
        <source>%1 · compared with %2</source>
        <translation>%1 · w porównaniu z %2</translation>
    </message>
    <message>
        <source>Previous period (%1): %2 · click to see the records</source>
        <translation>Poprzedni okres (%1): %2 · kliknij, aby zobaczyć rekordy</translation>
    </message>
    <message>
        <source>Leads among them: %1</source>
        <translation>W tym leadów: %1</translation>
    </message>
    <message>
        <source>Contacts with the status Lead</source>
        <translation>Kontakty o statusie Lead</translation>
    </message>
    <message>
        <source>Deals: %1 · weighted %2</source>
        <translation>Transakcje: %1 · ważone %2</translation>
    </message>
    <message>
        <source>Weighted: %1</source>
        <translation>Ważone: %1</translation>
    </message>
    <message>
        <source>Deals: %1</source>
        <translation>Transakcje: %1</translation>
    </message>
    <message>
        <source>Deals: %1 · + %2</source>
        <translation>Transakcje: %1 · + %2</translation>
    </message>
    <message>
        <source>Open now; compared with the pipeline as it stood at the end of %1 · click to see the deals</source>
        <translation>Otwarte teraz; w porównaniu ze stanem na koniec okresu %1 · kliknij, aby zobaczyć transakcje</translation>
    </message>
    <message>
        <source>Was %1</source>
        <translation>Było %1</translation>
    </message>
    <message>
        <source>No previous data</source>
        <translation>Brak wcześniejszych danych</translation>
    </message>
    <message>
        <source>No change · was %1</source>
        <translation>Bez zmian · było %1</translation>
    </message>
    <message>
        <source>%1 %2 · was %3</source>
        <translation>%1 %2 · było %3</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pp</translation>
    </message>
    <message>
        <source>Won %1 of %2 closed</source>
        <translation>Wygrane %1 z %2 zamkniętych</translation>
    </message>
    <message>
        <source>No deals closed in the period</source>
        <translation>Brak zamkniętych transakcji w okresie</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>Dni: %1</translation>
    </message>
    <message>
        <source>Creation to won · deals: %1</source>
        <translation>Od utworzenia do wygranej · transakcje: %1</translation>
    </message>
    <message>
        <source>No deals won in the period</source>
        <translation>Brak wygranych transakcji w okresie</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Nothing done in the period</source>
        <translation>Nic nie zrobiono w okresie</translation>
    </message>
    <message>
        <source>(company removed)</source>
        <translation>(firma usunięta)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nowy</translation>
    </message>
    <message>
        <source>Deals won: %1 · previous period: %2</source>
        <translation>Wygrane transakcje: %1 · poprzedni okres: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open pipeline by stage (%1)</source>
        <translation>Otwarty lejek według etapów (%1)</translation>
    </message>
    <message>
        <source>%1 · deals: %2 · total %3 · weighted %4</source>
        <translation>%1 · transakcje: %2 · razem %3 · ważone %4</translation>
    </message>
    <message>
        <source>Won per month (%1)</source>
        <translation>Wygrane w miesiącach (%1)</translation>
    </message>
    <message>
        <source>%1 · deals won: %2 · %3</source>
        <translation>%1 · wygrane transakcje: %2 · %3</translation>
    </message>
    <message>
        <source>Activities done per week</source>
        <translation>Wykonane działania w tygodniach</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>termin %1</translation>
    </message>
    <message>
        <source>due yesterday</source>
        <translation>termin wczoraj</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>dni opóźnienia: %1</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>cały dzień</translation>
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
        <translation>%1: %2 — termin %3</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Nic nie jest zaległe</translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation>Zaległe · %1</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>Wszystkie %1</translation>
    </message>
    <message>
        <source>Nothing planned for today</source>
        <translation>Nic nie zaplanowano na dziś</translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation>Dziś · %1</translation>
    </message>
    <message>
        <source>Birthday: %1 (%2)</source>
        <translation>Urodziny: %1 (%2)</translation>
    </message>
    <message>
        <source>Customer anniversary: %1 (%2)</source>
        <translation>Rocznica klienta: %1 (%2)</translation>
    </message>
    <message>
        <source>No birthdays or reminders today</source>
        <translation>Dziś brak urodzin i przypomnień</translation>
    </message>
    <message>
        <source>Reminders · %1</source>
        <translation>Przypomnienia · %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No stale deals</source>
        <translation>Brak utkniętych transakcji</translation>
    </message>
    <message>
        <source>Stale deals · %1</source>
        <translation>Utknięte transakcje · %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::DealBoard</name>
    <message>
        <source>Pipeline</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Lejek:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Właściciel:</translation>
    </message>
    <message>
        <source>&amp;Closes in:</source>
        <translation>&amp;Zamknięcie w:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Ktokolwiek</translation>
    </message>
    <message>
        <source>Any month</source>
        <translation>Dowolny miesiąc</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Dowolny tag</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Oznacz jako przegraną</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>Dlaczego „%1” została przegrana?</translation>
    </message>
    <message>
        <source>Weighted: %1</source>
        <translation>Ważone: %1</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Przenieś „%1” na %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::DealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Nowa transakcja</translation>
    </message>
    <message>
        <source>%1 — Deal</source>
        <translation>%1 — transakcja</translation>
    </message>
    <message>
        <source>e.g. 40 laptops for the Riga office</source>
        <translation>np. 40 laptopów dla biura w Rydze</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Type a role such as “decision maker” into the Role column</source>
        <translation>Wpisz rolę, np. „decydent”, w kolumnie Rola</translation>
    </message>
    <message>
        <source>Type to add a contact</source>
        <translation>Zacznij pisać, aby dodać kontakt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Take the selected contact off the deal</source>
        <translation>Usuń zaznaczony kontakt z transakcji</translation>
    </message>
    <message>
        <source>An ISO 4217 code such as EUR, USD or PLN</source>
        <translation>Kod ISO 4217, np. EUR, USD lub PLN</translation>
    </message>
    <message>
        <source>Use stage default</source>
        <translation>Domyślne dla etapu</translation>
    </message>
    <message>
        <source>Go back to the probability of the deal&apos;s stage</source>
        <translation>Przywróć prawdopodobieństwo etapu transakcji</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>The day the deal is expected to close; the earliest date means none</source>
        <translation>Dzień, w którym transakcja ma zostać zamknięta; najwcześniejsza data oznacza brak</translation>
    </message>
    <message>
        <source>e.g. trade fair, website, referral</source>
        <translation>np. targi, strona internetowa, polecenie</translation>
    </message>
    <message>
        <source>e.g. send the revised offer</source>
        <translation>np. wyślij poprawioną ofertę</translation>
    </message>
    <message>
        <source>Why the deal was lost</source>
        <translation>Dlaczego transakcja została przegrana</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Prywatna</translation>
    </message>
    <message>
        <source>Comma separated, e.g. renewal, hardware</source>
        <translation>Oddzielone przecinkami, np. odnowienie, sprzęt</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Co&amp;ntacts:</source>
        <translation>Ko&amp;ntakty:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Kwota:</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>N&amp;astępny krok:</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Lejek:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Etap:</translation>
    </message>
    <message>
        <source>Lost &amp;reason:</source>
        <translation>P&amp;rzyczyna przegranej:</translation>
    </message>
    <message>
        <source>Pro&amp;bability:</source>
        <translation>Prawdopodo&amp;bieństwo:</translation>
    </message>
    <message>
        <source>Expected c&amp;lose:</source>
        <translation>Przewidywane za&amp;mknięcie:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Właściciel:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>Źród&amp;ło:</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>Wido&amp;czność:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gi:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>N&amp;otatki:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>S&amp;zczegóły</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>O&amp;ś czasu</translation>
    </message>
    <message>
        <source>Log activity…</source>
        <translation>Zapisz działanie…</translation>
    </message>
    <message>
        <source>Record a call, meeting, task, note or e-mail about this deal</source>
        <translation>Zapisz rozmowę, spotkanie, zadanie, notatkę lub e-mail dotyczące tej transakcji</translation>
    </message>
    <message>
        <source>%1 (won)</source>
        <translation>%1 (wygrana)</translation>
    </message>
    <message>
        <source>%1 (lost)</source>
        <translation>%1 (przegrana)</translation>
    </message>
    <message>
        <source>overridden (stage: %1%2)</source>
        <translation>zmienione (etap: %1%2)</translation>
    </message>
    <message>
        <source>the stage&apos;s default</source>
        <translation>domyślne dla etapu</translation>
    </message>
    <message>
        <source>Type an amount such as %1</source>
        <translation>Wpisz kwotę, np. %1</translation>
    </message>
    <message>
        <source>A deal needs a title</source>
        <translation>Transakcja musi mieć tytuł</translation>
    </message>
    <message>
        <source>There is no company “%1”; pick one from the list</source>
        <translation>Nie ma firmy „%1”; wybierz ją z listy</translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <translation>Kwota nie może być ujemna</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use one like EUR, USD or PLN</source>
        <translation>„%1” nie jest kodem waluty; użyj np. EUR, USD lub PLN</translation>
    </message>
    <message>
        <source>Choose a stage</source>
        <translation>Wybierz etap</translation>
    </message>
    <message>
        <source>Say why the deal was lost</source>
        <translation>Podaj, dlaczego transakcja została przegrana</translation>
    </message>
    <message>
        <source>New deal “%1”</source>
        <translation>Nowa transakcja „%1”</translation>
    </message>
    <message>
        <source>Edit deal “%1”</source>
        <translation>Edytuj transakcję „%1”</translation>
    </message>
    <message>
        <source>Days in this stage: %1</source>
        <translation>Dni na tym etapie: %1</translation>
    </message>
    <message>
        <source>In this stage since %1</source>
        <translation>Na tym etapie od %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::DealListView</name>
    <message>
        <source>Search deals by title, company or contact</source>
        <translation type="vanished">Szukaj transakcji według tytułu, firmy lub kontaktu</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Wszystkie lejki</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrane</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrane</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Lejek:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Deals: %1</source>
        <translation>Transakcje: %1</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>&amp;Edycja zbiorcza…</translation>
    </message>
    <message>
        <source>Search deals by title, company or contact, or stage:name, tag:name …</source>
        <translation>Szukaj transakcji według tytułu, firmy lub kontaktu albo stage:nazwa, tag:nazwa …</translation>
    </message>
</context>
<context>
    <name>crm::ui::DeleteCommand</name>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Usuń %n kontakt</numerusform>
            <numerusform>Usuń %n kontakty</numerusform>
            <numerusform>Usuń %n kontaktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n company(s)</source>
        <translation>
            <numerusform>Usuń %n firmę</numerusform>
            <numerusform>Usuń %n firmy</numerusform>
            <numerusform>Usuń %n firm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::DuplicatesWindow</name>
    <message>
        <source>Find Duplicates</source>
        <translation>Znajdź duplikaty</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Szukaj w:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Znajdź</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Scal…</translation>
    </message>
    <message>
        <source>&amp;Not a Duplicate</source>
        <translation>&amp;To nie duplikat</translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation>&amp;Duplikaty</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Zachowany</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Scalone</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>&amp;Unmerge</source>
        <translation>&amp;Rozdziel</translation>
    </message>
    <message>
        <source>M&amp;erges</source>
        <translation>S&amp;calenia</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Szukanie duplikatów…</translation>
    </message>
    <message>
        <source>Pairs: %1</source>
        <translation>Pary: %1</translation>
    </message>
    <message>
        <source>Merged — Ctrl+Z in the main window undoes it</source>
        <translation>Scalono — Ctrl+Z w oknie głównym to cofa</translation>
    </message>
    <message>
        <source>Not a duplicate: %1 / %2</source>
        <translation>To nie duplikat: %1 / %2</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Rekordy: %1</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>scalone</translation>
    </message>
    <message>
        <source>unmerged</source>
        <translation>rozdzielone</translation>
    </message>
    <message>
        <source>Unmerged.</source>
        <translation>Rozdzielono.</translation>
    </message>
    <message>
        <source>Unmerged. Not restored: %1</source>
        <translation>Rozdzielono. Nie przywrócono: %1</translation>
    </message>
    <message>
        <source>Choose what to look in and press Find. Pairs appear while the search runs, the most likely first.</source>
        <translation>Wybierz, gdzie szukać, i naciśnij „Znajdź”. Pary pojawiają się w trakcie wyszukiwania, najbardziej prawdopodobne najpierw.</translation>
    </message>
</context>
<context>
    <name>crm::ui::Errors</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>Rekord już nie istnieje.</translation>
    </message>
    <message>
        <source>Some of the input is not valid.</source>
        <translation>Część wprowadzonych danych jest nieprawidłowa.</translation>
    </message>
    <message>
        <source>The database could not carry out the operation.</source>
        <translation>Baza danych nie mogła wykonać operacji.</translation>
    </message>
    <message>
        <source>The file is not a CRM database.</source>
        <translation>Plik nie jest bazą danych CRM.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Plik bazy danych jest uszkodzony.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of this program.</source>
        <translation>Baza danych została zapisana przez nowszą wersję tego programu.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>Nie można odczytać ani zapisać pliku.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Operacja została anulowana.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in.</source>
        <translation>Serwer nie zaakceptował logowania.</translation>
    </message>
    <message>
        <source>The server refused access.</source>
        <translation>Serwer odmówił dostępu.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Coś poszło nie tak.</translation>
    </message>
</context>
<context>
    <name>crm::ui::FilterTreeEditor</name>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>all of these conditions</source>
        <translation>wszystkie te warunki</translation>
    </message>
    <message>
        <source>any of these conditions</source>
        <translation>dowolny z tych warunków</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Warunek</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>A value such as $period or $owner is asked for when the report runs. Periods: this_month, this_quarter, this_year, previous_month, last_30_days, 2026-01-01..2026-03-31 …</source>
        <translation>O wartość, taką jak $period lub $owner, program pyta przy wykonywaniu raportu. Okresy: this_month, this_quarter, this_year, previous_month, last_30_days, 2026-01-01..2026-03-31 …</translation>
    </message>
    <message>
        <source>Add &amp;Condition</source>
        <translation>Dodaj &amp;warunek</translation>
    </message>
    <message>
        <source>Adds a condition to the selected group</source>
        <translation>Dodaje warunek do zaznaczonej grupy</translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation>Dodaj &amp;grupę</translation>
    </message>
    <message>
        <source>Adds a group of conditions of which any one is enough (or all, as you choose), inside the selected group</source>
        <translation>Dodaje wewnątrz zaznaczonej grupy grupę warunków, z których wystarczy dowolny jeden (lub wszystkie, zależnie od wyboru)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Removes the selected condition or group (Delete)</source>
        <translation>Usuwa zaznaczony warunek lub grupę (Delete)</translation>
    </message>
    <message>
        <source>Records &amp;matching</source>
        <translation>&amp;Pasujące rekordy</translation>
    </message>
    <message>
        <source>All of:</source>
        <translation>Wszystkie z:</translation>
    </message>
    <message>
        <source>Any of:</source>
        <translation>Dowolny z:</translation>
    </message>
</context>
<context>
    <name>crm::ui::GeneralSettingsPage</name>
    <message>
        <source>Automatic (from the system)</source>
        <translation>Automatycznie (z systemu)</translation>
    </message>
    <message>
        <source>Automatic: %1 (from the system)</source>
        <translation>Automatycznie: %1 (z systemu)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code, such as 2912 3456, are read as numbers of this region when imports look for duplicates.</source>
        <translation>Numery telefonów wpisane bez kodu kraju, np. 2912 3456, są przy szukaniu duplikatów podczas importu traktowane jako numery z tego regionu.</translation>
    </message>
    <message>
        <source>An ISO 4217 code such as EUR, USD or PLN</source>
        <translation type="vanished">Kod ISO 4217, np. EUR, USD lub PLN</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>Nowe rekordy</translation>
    </message>
    <message>
        <source>Phone &amp;region:</source>
        <translation>&amp;Region telefonów:</translation>
    </message>
    <message>
        <source>Default &amp;currency of deals:</source>
        <translation>Domyślna &amp;waluta transakcji:</translation>
    </message>
    <message>
        <source>These settings are stored with your data, so the command line (crm-cli) uses them too.</source>
        <translation>Te ustawienia są przechowywane razem z Twoimi danymi, więc korzysta z nich także wiersz poleceń (crm-cli).</translation>
    </message>
</context>
<context>
    <name>crm::ui::HistoryFormatter</name>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Widoczność</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>(unknown company)</source>
        <translation>(nieznana firma)</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Prywatny</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>ktoś</translation>
    </message>
    <message>
        <source>%1 created the contact</source>
        <translation>%1: utworzono kontakt</translation>
    </message>
    <message>
        <source>%1 created the company</source>
        <translation>%1: utworzono firmę</translation>
    </message>
    <message>
        <source>%1 added e-mail %2 (%3)</source>
        <translation>%1: dodano e-mail %2 (%3)</translation>
    </message>
    <message>
        <source>%1 added phone %2 (%3)</source>
        <translation>%1: dodano telefon %2 (%3)</translation>
    </message>
    <message>
        <source>%1 added tag %2</source>
        <translation>%1: dodano tag %2</translation>
    </message>
    <message>
        <source>%1 deleted the contact</source>
        <translation>%1: usunięto kontakt</translation>
    </message>
    <message>
        <source>%1 restored the contact</source>
        <translation>%1: przywrócono kontakt</translation>
    </message>
    <message>
        <source>%1 deleted the company</source>
        <translation>%1: usunięto firmę</translation>
    </message>
    <message>
        <source>%1 restored the company</source>
        <translation>%1: przywrócono firmę</translation>
    </message>
    <message>
        <source>%1 removed e-mail %2</source>
        <translation>%1: usunięto e-mail %2</translation>
    </message>
    <message>
        <source>%1 added e-mail %2</source>
        <translation>%1: dodano e-mail %2</translation>
    </message>
    <message>
        <source>%1 removed phone %2</source>
        <translation>%1: usunięto telefon %2</translation>
    </message>
    <message>
        <source>%1 added phone %2</source>
        <translation>%1: dodano telefon %2</translation>
    </message>
    <message>
        <source>%1 removed tag %2</source>
        <translation>%1: usunięto tag %2</translation>
    </message>
    <message>
        <source>%1 changed the label of %2 from %3 to %4</source>
        <translation>%1: zmieniono rodzaj %2 z %3 na %4</translation>
    </message>
    <message>
        <source>%1 changed %2 from %3 to %4</source>
        <translation>%1: zmieniono pole „%2” z %3 na %4</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Prawdopodobieństwo</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Przewidywane zamknięcie</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Następny krok</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Przyczyna przegranej</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
</context>
<context>
    <name>crm::ui::HistoryView</name>
    <message>
        <source>The history starts when the record is saved.</source>
        <translation>Historia zaczyna się od zapisania rekordu.</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>Historia importu</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Rozpoczęto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzone</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zaktualizowane</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pominięte</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Nieprawidłowe</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Cofnij import</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Zaimportowano</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Cofnięto</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowano</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Przerwano</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Cofnij import</translation>
    </message>
    <message>
        <source>Undo import %1: delete the contacts it created and restore the ones it updated?</source>
        <translation>Cofnąć import %1: usunąć utworzone przez niego kontakty i przywrócić zaktualizowane?</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportPreviewModel</name>
    <message>
        <source>Update</source>
        <translation>Aktualizuj</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation>Utwórz nowy</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Pominięto</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Dopasowania</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Pewność</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Akcja</translation>
    </message>
    <message>
        <source>%1 (this file)</source>
        <translation>%1 (ten plik)</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportWizard</name>
    <message>
        <source>Update</source>
        <translation type="vanished">Aktualizuj</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation type="vanished">Utwórz nowy</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="vanished">Pomiń</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Import kontaktów</translation>
    </message>
    <message>
        <source>A CSV file (.csv, .txt) or vCard file (.vcf)</source>
        <translation>Plik CSV (.csv, .txt) lub plik vCard (.vcf)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Wybierz plik</translation>
    </message>
    <message>
        <source>Contacts exported from Google Contacts, Outlook, HubSpot, Salesforce, a phone or a spreadsheet.</source>
        <translation>Kontakty wyeksportowane z Google Contacts, Outlooka, HubSpot, Salesforce, telefonu lub arkusza kalkulacyjnego.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Kontakty (*.csv *.txt *.vcf *.vcard);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>P&amp;lik:</translation>
    </message>
    <message>
        <source>Encoding and delimiter</source>
        <translation>Kodowanie i separator</translation>
    </message>
    <message>
        <source>Detected from the file; change them if the sample looks wrong.</source>
        <translation>Wykryte na podstawie pliku; zmień je, jeśli próbka wygląda nieprawidłowo.</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Przecinek ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Średnik ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Pionowa kreska ( | )</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Próbka:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>Which field each column fills. Recognised columns are set already; the choice is remembered for files with the same columns.</source>
        <translation>Które pole wypełnia każda kolumna. Rozpoznane kolumny są już ustawione; wybór jest zapamiętywany dla plików z takimi samymi kolumnami.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Pierwsza wartość</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Nothing is written yet. Choose what happens to each match.</source>
        <translation>Nic nie zostało jeszcze zapisane. Wybierz, co ma się stać z każdym dopasowaniem.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="vanished">Wiersz</translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="vanished">Rekord</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="vanished">Dopasowania</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">Przyczyna</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="vanished">Pewność</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="vanished">Akcja</translation>
    </message>
    <message>
        <source>Apply to &amp;all matches</source>
        <translation>Zastosuj do &amp;wszystkich dopasowań</translation>
    </message>
    <message>
        <source>For every match:</source>
        <translation>Dla każdego dopasowania:</translation>
    </message>
    <message>
        <source>Rows that cannot be imported:</source>
        <translation>Wiersze, których nie można zaimportować:</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importowanie</translation>
    </message>
    <message>
        <source>Cancel leaves the database as it was.</source>
        <translation>Anulowanie pozostawia bazę danych bez zmian.</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Anuluj import</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Cofnij import</translation>
    </message>
    <message>
        <source>Imports can also be undone later in File ▸ Import History.</source>
        <translation>Importy można też cofnąć później w menu Plik ▸ Historia importu.</translation>
    </message>
    <message>
        <source>Choose a field for at least one column.</source>
        <translation>Wybierz pole dla co najmniej jednej kolumny.</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>CSV · columns: %1</source>
        <translation>CSV · kolumny: %1</translation>
    </message>
    <message>
        <source>Reading the file and looking for duplicates…</source>
        <translation>Odczytywanie pliku i wyszukiwanie duplikatów…</translation>
    </message>
    <message>
        <source>Rows: %1 · New: %2 · Update: %3 · Duplicate in file: %4 · Invalid: %5</source>
        <translation>Wiersze: %1 · Nowe: %2 · Do aktualizacji: %3 · Duplikaty w pliku: %4 · Nieprawidłowe: %5</translation>
    </message>
    <message>
        <source>%1 (this file)</source>
        <translation type="vanished">%1 (ten plik)</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Import %1 is done. Created: %2 · Updated: %3 · Skipped: %4 · Invalid: %5</source>
        <translation>Import %1 zakończony. Utworzone: %2 · Zaktualizowane: %3 · Pominięte: %4 · Nieprawidłowe: %5</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was kept.</source>
        <translation>Import został anulowany. Nic nie zachowano.</translation>
    </message>
    <message>
        <source>The import failed and was undone: %1</source>
        <translation>Import nie powiódł się i został cofnięty: %1</translation>
    </message>
    <message>
        <source>Written: %1 of %2</source>
        <translation>Zapisano: %1 z %2</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Cofnij import</translation>
    </message>
    <message>
        <source>Delete the contacts this import created and restore the ones it updated?</source>
        <translation>Usunąć kontakty utworzone przez ten import i przywrócić zaktualizowane?</translation>
    </message>
    <message>
        <source>Import %1 was undone.</source>
        <translation>Import %1 został cofnięty.</translation>
    </message>
    <message>
        <source>Keep the &amp;photos of the contacts (at most 512 KB each)</source>
        <translation>Zachowaj &amp;zdjęcia kontaktów (każde najwyżej 512 KB)</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Własne: %1</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="vanished">Pominięto</translation>
    </message>
    <message>
        <source>Rows imported without part of what they carry:</source>
        <translation>Wiersze zaimportowane bez części swoich danych:</translation>
    </message>
    <message>
        <source> · With warnings: %1</source>
        <translation> · Z ostrzeżeniami: %1</translation>
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
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>People you work with</source>
        <translation>Osoby, z którymi pracujesz</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <source>Organisations and their contacts</source>
        <translation>Organizacje i ich kontakty</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <source>New &amp;contact</source>
        <translation>Nowy &amp;kontakt</translation>
    </message>
    <message>
        <source>New co&amp;mpany</source>
        <translation>Nowa &amp;firma</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>Otwórz zaznaczony rekord (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Znajdź</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Zakoń&amp;cz</translation>
    </message>
    <message>
        <source>&amp;About CRM</source>
        <translation>&amp;O programie CRM</translation>
    </message>
    <message>
        <source>About CRM</source>
        <translation>O programie CRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CRM %1&lt;/h3&gt;&lt;p&gt;An offline-first desktop CRM: your contacts and companies, on your laptop, searchable in an instant.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CRM %1&lt;/h3&gt;&lt;p&gt;Desktopowy CRM działający także offline: Twoje kontakty i firmy na Twoim laptopie, wyszukiwane w mgnieniu oka.&lt;/p&gt;&lt;p&gt;Baza danych: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <source>Search contacts and companies (Ctrl+F)</source>
        <translation type="vanished">Szukaj kontaktów i firm (Ctrl+F)</translation>
    </message>
    <message>
        <source>New contact (Ctrl+N)</source>
        <translation>Nowy kontakt (Ctrl+N)</translation>
    </message>
    <message>
        <source>New company (Ctrl+N)</source>
        <translation>Nowa firma (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln kontakt</numerusform>
            <numerusform>%Ln kontakty</numerusform>
            <numerusform>%Ln kontaktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Ln firma</numerusform>
            <numerusform>%Ln firmy</numerusform>
            <numerusform>%Ln firm</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 match “%2”</source>
        <translation type="vanished">Pasujące do „%2”: %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nowy kontakt</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nowa firma</translation>
    </message>
    <message>
        <source>Contact saved</source>
        <translation>Kontakt zapisany</translation>
    </message>
    <message>
        <source>Company saved</source>
        <translation>Firma zapisana</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln contact(s)</source>
        <translation>
            <numerusform>Usunięto %Ln kontakt</numerusform>
            <numerusform>Usunięto %Ln kontakty</numerusform>
            <numerusform>Usunięto %Ln kontaktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln company(ies)</source>
        <translation>
            <numerusform>Usunięto %Ln firmę</numerusform>
            <numerusform>Usunięto %Ln firmy</numerusform>
            <numerusform>Usunięto %Ln firm</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Ctrl+Z to undo</source>
        <translation>%1 — Ctrl+Z, aby cofnąć</translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln contact(s)</source>
        <translation>
            <numerusform>Przywrócono %Ln kontakt</numerusform>
            <numerusform>Przywrócono %Ln kontakty</numerusform>
            <numerusform>Przywrócono %Ln kontaktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln company(ies)</source>
        <translation>
            <numerusform>Przywrócono %Ln firmę</numerusform>
            <numerusform>Przywrócono %Ln firmy</numerusform>
            <numerusform>Przywrócono %Ln firm</numerusform>
        </translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nowa baza danych</translation>
    </message>
    <message>
        <source>Fill the new database with demo data?

A few hundred sample contacts and companies let you try everything out; you can delete them later.</source>
        <translation>Wypełnić nową bazę danymi demonstracyjnymi?

Kilkaset przykładowych kontaktów i firm pozwoli wszystko wypróbować; później możesz je usunąć.</translation>
    </message>
    <message>
        <source>Adding demo data…</source>
        <translation>Dodawanie danych demonstracyjnych…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Dane demonstracyjne</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln demo contact(s)</source>
        <translation>
            <numerusform>Dodano %Ln kontakt demonstracyjny</numerusform>
            <numerusform>Dodano %Ln kontakty demonstracyjne</numerusform>
            <numerusform>Dodano %Ln kontaktów demonstracyjnych</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — CRM</source>
        <translation>%1 — CRM</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>Kontakt&amp;y</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>&amp;Firmy</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>%1 matching “%2”</source>
        <translation>Pasujące do „%2”: %1</translation>
    </message>
    <message>
        <source>No contacts yet.
Press Ctrl+N to add one.</source>
        <translation>Nie ma jeszcze kontaktów.
Naciśnij Ctrl+N, aby dodać.</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Żaden kontakt nie pasuje do „%1”.</translation>
    </message>
    <message>
        <source>No companies yet.
Press Ctrl+N to add one.</source>
        <translation>Nie ma jeszcze firm.
Naciśnij Ctrl+N, aby dodać.</translation>
    </message>
    <message>
        <source>No company matches “%1”.</source>
        <translation>Żadna firma nie pasuje do „%1”.</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronizacja</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)…</source>
        <translation>&amp;Konflikty (%1)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikty…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchronizuj &amp;teraz</translation>
    </message>
    <message>
        <source>Send your changes and receive your team&apos;s (F5)</source>
        <translation>Wyślij swoje zmiany i odbierz zmiany zespołu (F5)</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Skrzynka nadawcza…</translation>
    </message>
    <message>
        <source>&amp;Sync…</source>
        <translation type="vanished">&amp;Synchronizacja…</translation>
    </message>
    <message>
        <source>This record has a sync conflict: someone else changed the same field. &lt;a href=&quot;#conflicts&quot;&gt;Choose which value stays…&lt;/a&gt;</source>
        <translation>Ten rekord ma konflikt synchronizacji: ktoś inny zmienił to samo pole. &lt;a href=&quot;#conflicts&quot;&gt;Wybierz, która wartość zostaje…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>Ter&amp;minarz</translation>
    </message>
    <message>
        <source>Deals &amp;Board</source>
        <translation>&amp;Tablica transakcji</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Raporty</translation>
    </message>
    <message>
        <source>Deals &amp;List</source>
        <translation>&amp;Lista transakcji</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>New &amp;deal</source>
        <translation>Nowa &amp;transakcja</translation>
    </message>
    <message>
        <source>New &amp;activity</source>
        <translation>Nowe &amp;działanie</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>&amp;Historia importu…</translation>
    </message>
    <message>
        <source>Sync &amp;Log…</source>
        <translation>&amp;Dziennik synchronizacji…</translation>
    </message>
    <message>
        <source>When this laptop synced, what went each way, and why a sync failed</source>
        <translation>Kiedy ten komputer się synchronizował, co zostało przesłane w każdą stronę i dlaczego synchronizacja się nie powiodła</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>&amp;Synchronizacja…</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronizacja</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Your day and your figures at a glance (Ctrl+0)</source>
        <translation>Twój dzień i wskaźniki w skrócie (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>&amp;Przypomnienia</translation>
    </message>
    <message>
        <source>Find Du&amp;plicates…</source>
        <translation>Znajdź duplik&amp;aty…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Scal…</translation>
    </message>
    <message>
        <source>Merge the selected records into one (select two or more)</source>
        <translation>Scal zaznaczone rekordy w jeden (zaznacz co najmniej dwa)</translation>
    </message>
    <message>
        <source>Merged — Ctrl+Z to undo</source>
        <translation>Scalono — Ctrl+Z, aby cofnąć</translation>
    </message>
    <message>
        <source>&amp;Custom Fields…</source>
        <translation>&amp;Pola własne…</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Tagi…</translation>
    </message>
    <message>
        <source>&amp;Pipelines…</source>
        <translation>&amp;Lejki…</translation>
    </message>
    <message>
        <source>Custom Fields</source>
        <translation>Pola własne</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Lejki</translation>
    </message>
    <message>
        <source>Calendar imported · new: %1 · updated: %2</source>
        <translation>Zaimportowano kalendarz · nowe: %1 · zaktualizowane: %2</translation>
    </message>
    <message>
        <source>Calendar exported · items: %1 · %2</source>
        <translation>Wyeksportowano kalendarz · elementy: %1 · %2</translation>
    </message>
    <message>
        <source>Import Ca&amp;lendar…</source>
        <translation>Importuj ka&amp;lendarz…</translation>
    </message>
    <message>
        <source>Meetings and tasks from an iCalendar (.ics) file</source>
        <translation>Spotkania i zadania z pliku iCalendar (.ics)</translation>
    </message>
    <message>
        <source>E&amp;xport Calendar…</source>
        <translation>&amp;Eksportuj kalendarz…</translation>
    </message>
    <message>
        <source>Meetings and tasks to an iCalendar (.ics) file</source>
        <translation>Spotkania i zadania do pliku iCalendar (.ics)</translation>
    </message>
    <message>
        <source>Search, or filter: tag:vip city:riga … (Ctrl+F)</source>
        <translation>Szukaj lub filtruj: tag:vip city:riga … (Ctrl+F)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Words find contacts and companies by any of their text.&lt;/p&gt;&lt;p&gt;Filters: &lt;b&gt;status:&lt;/b&gt;customer, &lt;b&gt;city:&lt;/b&gt;riga, &lt;b&gt;country:&lt;/b&gt;, &lt;b&gt;company:&lt;/b&gt;, &lt;b&gt;title:&lt;/b&gt;, &lt;b&gt;owner:&lt;/b&gt;anna, &lt;b&gt;tag:&lt;/b&gt;vip, and any custom field by its key (&lt;b&gt;industry_segment:&lt;/b&gt;retail). Quote values with spaces: city:&quot;New York&quot;. Filters and words combine.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Słowa znajdują kontakty i firmy po dowolnym ich tekście.&lt;/p&gt;&lt;p&gt;Filtry: &lt;b&gt;status:&lt;/b&gt;customer, &lt;b&gt;city:&lt;/b&gt;riga, &lt;b&gt;country:&lt;/b&gt;, &lt;b&gt;company:&lt;/b&gt;, &lt;b&gt;title:&lt;/b&gt;, &lt;b&gt;owner:&lt;/b&gt;anna, &lt;b&gt;tag:&lt;/b&gt;vip oraz dowolne pole własne według jego klucza (&lt;b&gt;industry_segment:&lt;/b&gt;retail). Wartości ze spacjami ujmij w cudzysłów: city:&quot;New York&quot;. Filtry i słowa można łączyć.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Convert lead “%1”</source>
        <translation>Konwertuj leada „%1”</translation>
    </message>
    <message>
        <source>Lead converted — Ctrl+Z to undo</source>
        <translation>Lead skonwertowany — Ctrl+Z, aby cofnąć</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>&amp;Edycja zbiorcza…</translation>
    </message>
    <message>
        <source>Set a field, add or remove a tag, change the owner or delete the selected records at once (Ctrl+Shift+B)</source>
        <translation>Ustaw pole, dodaj lub usuń tag, zmień właściciela albo usuń zaznaczone rekordy naraz (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Con&amp;vert Lead…</source>
        <translation>&amp;Konwertuj leada…</translation>
    </message>
    <message>
        <source>Turn the selected lead into a prospect with a contact, a company and a deal</source>
        <translation>Zamień zaznaczonego leada w potencjalnego klienta z kontaktem, firmą i transakcją</translation>
    </message>
    <message>
        <source>Bul&amp;k Edit History…</source>
        <translation>&amp;Historia edycji zbiorczych…</translation>
    </message>
    <message>
        <source>The recent bulk edits; undo one, also after a restart</source>
        <translation>Ostatnie edycje zbiorcze; każdą można cofnąć, także po ponownym uruchomieniu</translation>
    </message>
    <message>
        <source>Rebuilding indexes an interrupted import left…</source>
        <translation>Odbudowywanie indeksów po przerwanym imporcie…</translation>
    </message>
    <message>
        <source>An import stopped before it had rebuilt the indexes of the contact lists. Everything works meanwhile; lists sorted by name, company, e-mail, phone or city are slower until it is done.</source>
        <translation>Import zatrzymał się, zanim odbudował indeksy list kontaktów. W tym czasie wszystko działa; listy sortowane według nazwiska, firmy, e-maila, telefonu lub miasta działają wolniej do zakończenia.</translation>
    </message>
    <message>
        <source>Indexes rebuilt</source>
        <translation>Indeksy odbudowane</translation>
    </message>
    <message>
        <source>Rebuilding the indexes failed: %1 — the next start tries again</source>
        <translation>Odbudowa indeksów nie powiodła się: %1 — przy następnym uruchomieniu nastąpi ponowna próba</translation>
    </message>
</context>
<context>
    <name>crm::ui::MergeCommand</name>
    <message>
        <source>Merge · %1 records</source>
        <translation>Scalenie · rekordy: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::MergeDialog</name>
    <message>
        <source>Merge companies</source>
        <translation>Scal firmy</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Scal kontakty</translation>
    </message>
    <message>
        <source>Choose two or more records to merge.</source>
        <translation>Wybierz co najmniej dwa rekordy do scalenia.</translation>
    </message>
    <message>
        <source>Choose the record to keep and, where they differ, whose value each field keeps. The others are deleted; their activities and deals move to the one kept. Undo (Ctrl+Z) or Unmerge takes it back.</source>
        <translation>Wybierz rekord do zachowania i tam, gdzie się różnią, czyją wartość zachowuje każde pole. Pozostałe zostaną usunięte; ich działania i transakcje przejdą do zachowanego. Cofnij (Ctrl+Z) lub Rozdziel przywraca stan poprzedni.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>All fields are the same.</source>
        <translation>Wszystkie pola są takie same.</translation>
    </message>
    <message>
        <source>E-mails, phones and tags: all are kept.</source>
        <translation>E-maile, telefony i tagi: wszystkie zostają zachowane.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Scal</translation>
    </message>
    <message>
        <source>E-mails: %1</source>
        <translation>E-maile: %1</translation>
    </message>
    <message>
        <source>Phones: %1</source>
        <translation>Telefony: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tagi: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Skrzynka nadawcza</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nowa wartość</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Clear refused</source>
        <translation>Wyczyść odrzucone</translation>
    </message>
    <message>
        <source>Forget the refused changes listed here (they stay refused)</source>
        <translation>Zapomnij wymienione odrzucone zmiany (pozostają odrzucone)</translation>
    </message>
    <message>
        <source>new record</source>
        <translation>nowy rekord</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nic nie czeka na wysłanie.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1 (the first %2 are listed).</source>
        <translation>Zmiany czekające na wysłanie: %1 (pokazano pierwsze %2).</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1.</source>
        <translation>Zmiany czekające na wysłanie: %1.</translation>
    </message>
    <message>
        <source>The server refused no changes.</source>
        <translation>Serwer nie odrzucił żadnych zmian.</translation>
    </message>
    <message>
        <source>Changes the server refused: %1. They are not sent again.</source>
        <translation>Zmiany odrzucone przez serwer: %1. Nie są wysyłane ponownie.</translation>
    </message>
</context>
<context>
    <name>crm::ui::PhotoButton</name>
    <message>
        <source>The contact&apos;s photo: click to choose or remove one</source>
        <translation>Zdjęcie kontaktu: kliknij, aby wybrać lub usunąć</translation>
    </message>
    <message>
        <source>&amp;Choose Photo…</source>
        <translation>&amp;Wybierz zdjęcie…</translation>
    </message>
    <message>
        <source>&amp;Remove Photo</source>
        <translation>&amp;Usuń zdjęcie</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: %2</source>
        <translation>%1 nie da się odczytać jako obrazu: %2</translation>
    </message>
    <message>
        <source>%1 cannot be stored as a photo</source>
        <translation>%1 nie da się zapisać jako zdjęcia</translation>
    </message>
    <message>
        <source>Choose Photo</source>
        <translation>Wybierz zdjęcie</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp *.bmp);;All files (*)</source>
        <translation>Obrazy (*.jpg *.jpeg *.png *.gif *.webp *.bmp);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>crm::ui::PipelineSettingsPage</name>
    <message>
        <source>won</source>
        <translation>wygrana</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>przegrana</translation>
    </message>
    <message>
        <source>stale after days: %1</source>
        <translation>utyka po dniach: %1</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Lejki</translation>
    </message>
    <message>
        <source>&amp;Add pipeline</source>
        <translation>&amp;Dodaj lejek</translation>
    </message>
    <message>
        <source>&amp;Delete pipeline</source>
        <translation>&amp;Usuń lejek</translation>
    </message>
    <message>
        <source>Make d&amp;efault</source>
        <translation>Ustaw jako do&amp;myślny</translation>
    </message>
    <message>
        <source>New deals go to the default pipeline</source>
        <translation>Nowe transakcje trafiają do domyślnego lejka</translation>
    </message>
    <message>
        <source>When deleted, its deals &amp;go to:</source>
        <translation>Po usunięciu jego transakcje t&amp;rafiają do:</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapy</translation>
    </message>
    <message>
        <source>Drag a stage, or press Alt+Up or Alt+Down, to reorder</source>
        <translation>Przeciągnij etap lub naciśnij Alt+Up albo Alt+Down, aby zmienić kolejność</translation>
    </message>
    <message>
        <source>Add &amp;stage</source>
        <translation>Dodaj &amp;etap</translation>
    </message>
    <message>
        <source>&amp;Remove stage</source>
        <translation>U&amp;suń etap</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>W &amp;górę</translation>
    </message>
    <message>
        <source>Move the stage up (Alt+Up)</source>
        <translation>Przesuń etap w górę (Alt+Up)</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>&amp;W dół</translation>
    </message>
    <message>
        <source>Move the stage down (Alt+Down)</source>
        <translation>Przesuń etap w dół (Alt+Down)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>A deal longer than this in the stage, or without an activity for that long, is marked stale on the board</source>
        <translation>Transakcja dłużej niż tyle w etapie albo tak długo bez działań jest oznaczana na tablicy jako utknięta</translation>
    </message>
    <message>
        <source>Pipeline &amp;name:</source>
        <translation>&amp;Nazwa lejka:</translation>
    </message>
    <message>
        <source>Stage na&amp;me:</source>
        <translation>Nazwa e&amp;tapu:</translation>
    </message>
    <message>
        <source>Default &amp;probability:</source>
        <translation>Domyślne &amp;prawdopodobieństwo:</translation>
    </message>
    <message>
        <source>S&amp;tale after (days):</source>
        <translation>Ut&amp;yka po (dniach):</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Wynik:</translation>
    </message>
    <message>
        <source>When removed, its deals go t&amp;o:</source>
        <translation>Po usunięciu jego transakcje trafiają d&amp;o:</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (domyślny)</translation>
    </message>
    <message>
        <source>Won — closes the deal as won</source>
        <translation>Wygrana — zamyka transakcję jako wygraną</translation>
    </message>
    <message>
        <source>Lost — closes the deal as lost</source>
        <translation>Przegrana — zamyka transakcję jako przegraną</translation>
    </message>
    <message>
        <source>Open — the deal is on the board</source>
        <translation>Otwarta — transakcja jest na tablicy</translation>
    </message>
    <message>
        <source>Add pipeline</source>
        <translation>Dodaj lejek</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Nowy lejek</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>Zmień nazwę lejka</translation>
    </message>
    <message>
        <source>Delete pipeline %1</source>
        <translation>Usuń lejek %1</translation>
    </message>
    <message>
        <source>Make %1 the default pipeline</source>
        <translation>Ustaw %1 jako domyślny lejek</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nowy etap</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Dodaj etap</translation>
    </message>
    <message>
        <source>Edit stage %1</source>
        <translation>Edytuj etap %1</translation>
    </message>
    <message>
        <source>Remove stage %1</source>
        <translation>Usuń etap %1</translation>
    </message>
    <message>
        <source>Reorder stages</source>
        <translation>Zmień kolejność etapów</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordDialog</name>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Zapisz zmiany (Ctrl+S)</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Odrzucić zmiany?</translation>
    </message>
    <message>
        <source>You have changed this record. Close it and discard the changes?</source>
        <translation>Ten rekord został zmieniony. Zamknąć go i odrzucić zmiany?</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordPicker</name>
    <message>
        <source>Type to find a contact</source>
        <translation>Zacznij pisać, aby znaleźć kontakt</translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation>Zacznij pisać, aby znaleźć firmę</translation>
    </message>
    <message>
        <source>Type to find a deal</source>
        <translation>Zacznij pisać, aby znaleźć transakcję</translation>
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
        <translation>Pokaż &amp;więcej</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>Nie udało się odczytać rekordów: %1</translation>
    </message>
    <message>
        <source>Records: %1 · showing the newest %2</source>
        <translation>Rekordy: %1 · pokazano najnowsze: %2</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Rekordy: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::ReminderNotifier</name>
    <message>
        <source>%1 — at %2</source>
        <translation>%1 — o %2</translation>
    </message>
    <message>
        <source>Task due: %1</source>
        <translation>Termin zadania: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n today — birthday</source>
        <translation>
            <numerusform>%1 kończy dziś %n — urodziny</numerusform>
            <numerusform>%1 kończy dziś %n — urodziny</numerusform>
            <numerusform>%1 kończy dziś %n — urodziny</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n year(s) as a customer today</source>
        <translation>
            <numerusform>%1: dziś %n rok jako klient</numerusform>
            <numerusform>%1: dziś %n lata jako klient</numerusform>
            <numerusform>%1: dziś %n lat jako klient</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Przypomnienie</translation>
    </message>
</context>
<context>
    <name>crm::ui::RemindersWindow</name>
    <message>
        <source>Reminders</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Przypomnienie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>Open the record (Enter)</source>
        <translation>Otwórz rekord (Enter)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>O&amp;drzuć</translation>
    </message>
    <message>
        <source>Dismiss (Delete)</source>
        <translation>Odrzuć (Delete)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>Od&amp;łóż</translation>
    </message>
    <message>
        <source>For &amp;15 minutes</source>
        <translation>Na &amp;15 minut</translation>
    </message>
    <message>
        <source>For an &amp;hour</source>
        <translation>Na &amp;godzinę</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>Do &amp;jutra</translation>
    </message>
    <message>
        <source>The reminders could not be read: %1</source>
        <translation>Nie udało się odczytać przypomnień: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Nadchodzące</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Pokazane</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Odłożone do %1</translation>
    </message>
    <message>
        <source>Nothing to remind you of this week.</source>
        <translation>W tym tygodniu nie ma o czym przypominać.</translation>
    </message>
</context>
<context>
    <name>crm::ui::ReportBuilderDialog</name>
    <message>
        <source>Report Builder</source>
        <translation>Kreator raportów</translation>
    </message>
    <message>
        <source>Tick the columns to show; drag them into order.</source>
        <translation>Zaznacz kolumny do wyświetlenia; przeciągnij je w odpowiedniej kolejności.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Średnia</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Malejąco</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Rekordy:</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtry</translation>
    </message>
    <message>
        <source>Groups and figures</source>
        <translation>Grupy i wskaźniki</translation>
    </message>
    <message>
        <source>Group &amp;by:</source>
        <translation>&amp;Grupuj według:</translation>
    </message>
    <message>
        <source>&amp;Then by:</source>
        <translation>&amp;Następnie według:</translation>
    </message>
    <message>
        <source>Figure %1:</source>
        <translation>Wskaźnik %1:</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Sortuj według:</translation>
    </message>
    <message>
        <source>Columns (a report without groups)</source>
        <translation>Kolumny (raport bez grup)</translation>
    </message>
</context>
<context>
    <name>crm::ui::ReportPdfWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filtry: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Wygenerowano: %1</translation>
    </message>
    <message>
        <source>cannot paint the report</source>
        <translation>nie można narysować raportu</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>eksport został anulowany</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>Brak rekordów.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nowy…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplikuj</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Wykonaj</translation>
    </message>
    <message>
        <source>Run the report (F5)</source>
        <translation>Wykonaj raport (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Przecinek</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Średnik</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>CSV field separator</source>
        <translation>Separator pól CSV</translation>
    </message>
    <message>
        <source>&amp;BOM</source>
        <translation>&amp;BOM</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte-order mark (for spreadsheets)</source>
        <translation>Rozpocznij plik CSV znacznikiem kolejności bajtów UTF-8 (dla arkuszy kalkulacyjnych)</translation>
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
        <translation>Pionowo</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Poziomo</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksportuj &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Eksportuj &amp;PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Raport został anulowany.</translation>
    </message>
    <message>
        <source>Built in: run it, or duplicate it to change it</source>
        <translation>Wbudowany: wykonaj go lub zduplikuj, aby go zmienić</translation>
    </message>
    <message>
        <source>Saved report</source>
        <translation>Zapisany raport</translation>
    </message>
    <message>
        <source>&amp;Edit a Copy…</source>
        <translation>Edytuj &amp;kopię…</translation>
    </message>
    <message>
        <source>all</source>
        <translation>wszystkie</translation>
    </message>
    <message>
        <source>Press Run (F5) to see the report.</source>
        <translation>Naciśnij „Wykonaj” (F5), aby zobaczyć raport.</translation>
    </message>
    <message>
        <source>Choose a report first.</source>
        <translation>Najpierw wybierz raport.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wykonywanie…</translation>
    </message>
    <message>
        <source>Rows: %1 · the first %2 are shown; an export writes them all.</source>
        <translation>Wiersze: %1 · wyświetlono pierwsze %2; eksport zapisuje wszystkie.</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Wiersze: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksport został anulowany; nie zapisano żadnego pliku.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Eksportuj CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Pliki CSV (*.csv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Exporting to CSV…</source>
        <translation>Eksportowanie do CSV…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Rows written: %1</source>
        <translation>Zapisane wiersze: %1</translation>
    </message>
    <message>
        <source>Rows: %1 · exported to %2</source>
        <translation>Wiersze: %1 · wyeksportowano do %2</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksportuj PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Pliki PDF (*.pdf);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Exporting to PDF…</source>
        <translation>Eksportowanie do PDF…</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Odczytywanie raportu…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Zapisywanie %1…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Wyeksportowano do %1</translation>
    </message>
    <message>
        <source>Run the report first, then print it.</source>
        <translation>Najpierw wykonaj raport, a potem go wydrukuj.</translation>
    </message>
    <message>
        <source>Sent to the printer: %1 pages</source>
        <translation type="vanished">Wysłano do drukarki, strony: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Zapisano „%1”.</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Nowy raport</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>Delete Report</source>
        <translation>Usuń raport</translation>
    </message>
    <message>
        <source>Delete the report “%1”?</source>
        <translation>Usunąć raport „%1”?</translation>
    </message>
    <message>
        <source>Sent to the printer · pages: %1</source>
        <translation>Wysłano do drukarki · strony: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::SelectionBar</name>
    <message>
        <source>All %1 are selected.</source>
        <translation>Zaznaczono wszystkie: %1.</translation>
    </message>
    <message>
        <source>All %1 matching “%2” are selected.</source>
        <translation>Zaznaczono wszystkie pasujące do „%2”: %1.</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Wyczyść zaznaczenie</translation>
    </message>
    <message>
        <source>Select all %1</source>
        <translation>Zaznacz wszystkie: %1</translation>
    </message>
    <message>
        <source>Select all %1 matching “%2”</source>
        <translation>Zaznacz wszystkie pasujące do „%2”: %1</translation>
    </message>
    <message>
        <source>All %1 rows on screen are selected.</source>
        <translation>Zaznaczono wszystkie wiersze na ekranie: %1.</translation>
    </message>
    <message>
        <source>Selected: %1 of %2.</source>
        <translation>Zaznaczono: %1 z %2.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
</context>
<context>
    <name>crm::ui::StaleCardDelegate</name>
    <message>
        <source>%1 d</source>
        <comment>days in the current stage, on a board card</comment>
        <translation>%1 dn.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncController</name>
    <message>
        <source>Enter a server address such as https://crm.example.com:8443.</source>
        <translation>Wpisz adres serwera, np. https://crm.example.com:8443.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your network connection.</source>
        <translation>Serwer jest nieosiągalny. Sprawdź adres i połączenie sieciowe.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Nieprawidłowa nazwa użytkownika lub hasło.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Serwer odrzucił logowanie: %1</translation>
    </message>
    <message>
        <source>A sync is running; try again in a moment.</source>
        <translation>Trwa synchronizacja; spróbuj ponownie za chwilę.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncDescriber</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adres e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numer telefonu</translation>
    </message>
    <message>
        <source>Tag of a contact</source>
        <translation>Etykieta kontaktu</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>(new record)</source>
        <translation>(nowy rekord)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięty</translation>
    </message>
    <message>
        <source>Conflict state</source>
        <translation>Stan konfliktu</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>dziś %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>(unknown company)</source>
        <translation>(nieznana firma)</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Prywatny</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>usunięty</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>przywrócony</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Ktoś</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>ktoś</translation>
    </message>
    <message>
        <source>%1 changed %2 to %3 while you deleted this record, %4.</source>
        <translation>%1 zmienił(a) %2 na %3, gdy ty usuwałeś(-aś) ten rekord, %4.</translation>
    </message>
    <message>
        <source>%1 deleted this record while you changed %2 to %3, %4.</source>
        <translation>%1 usunął(-ęła) ten rekord, gdy ty zmieniałeś(-aś) %2 na %3, %4.</translation>
    </message>
    <message>
        <source>%1 deleted this record while %2 changed %3 to %4, %5.</source>
        <translation>%1 usunął(-ęła) ten rekord, gdy %2 zmieniał(a) %3 na %4, %5.</translation>
    </message>
    <message>
        <source>%1 changed %2 to %3 while you changed it to %4, %5.</source>
        <translation>%1 zmienił(a) %2 na %3, gdy ty zmieniłeś(-aś) je na %4, %5.</translation>
    </message>
    <message>
        <source>%1 changed %2 to %3 while %4 changed it to %5, %6.</source>
        <translation>%1 zmienił(a) %2 na %3, gdy %4 zmienił(a) je na %5, %6.</translation>
    </message>
    <message>
        <source>The record stays deleted unless you keep their change.</source>
        <translation>Rekord pozostaje usunięty, chyba że zachowasz ich zmianę.</translation>
    </message>
    <message>
        <source>The record is deleted now; “Use mine” restores it with your change.</source>
        <translation>Rekord jest teraz usunięty; „Użyj mojej” przywróci go z twoją zmianą.</translation>
    </message>
    <message>
        <source>The record shows your value %1 now.</source>
        <translation>Rekord pokazuje teraz twoją wartość %1.</translation>
    </message>
    <message>
        <source>The record shows their value %1 now; yours is kept here.</source>
        <translation>Rekord pokazuje teraz ich wartość %1; twoja jest zachowana tutaj.</translation>
    </message>
    <message>
        <source>The record shows %1 now.</source>
        <translation>Rekord pokazuje teraz %1.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncLogDialog</name>
    <message>
        <source>Synced</source>
        <translation>Zsynchronizowano</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Wymagane logowanie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Niepowodzenie</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n times since %2</source>
        <extracomment>A line of the sync log that stands for several runs alike (never fewer than two): &quot;14:03, 12 times since 11:05&quot;</extracomment>
        <translation>
            <numerusform>%1, %n raz od %2</numerusform>
            <numerusform>%1, %n razy od %2</numerusform>
            <numerusform>%1, %n razy od %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new either way</source>
        <translation>Nic nowego w żadną stronę</translation>
    </message>
    <message>
        <source>Changes that had reached the server before: %1</source>
        <translation>Zmiany, które wcześniej dotarły już do serwera: %1</translation>
    </message>
    <message>
        <source>Sync Log</source>
        <translation>Dziennik synchronizacji</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Odebrane</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>Wyczyść dziennik</translation>
    </message>
    <message>
        <source>Forget the lines listed here (nothing else changes)</source>
        <translation>Zapomnij wymienione tu wiersze (nic innego się nie zmienia)</translation>
    </message>
    <message>
        <source>The sync log cannot be read: %1</source>
        <translation>Nie można odczytać dziennika synchronizacji: %1</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>This laptop has not synced yet.</source>
        <translation>Ten komputer nie był jeszcze synchronizowany.</translation>
    </message>
    <message>
        <source>No sync has succeeded in the runs listed here.</source>
        <translation>Żadna z wymienionych tu synchronizacji nie powiodła się.</translation>
    </message>
    <message>
        <source>Last successful sync: %1.</source>
        <translation>Ostatnia udana synchronizacja: %1.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncSettingsDialog</name>
    <message>
        <source>Settings — Sync</source>
        <translation type="vanished">Ustawienia — synchronizacja</translation>
    </message>
    <message>
        <source>Sync shares your contacts and companies with your team through a CRM server. You keep working offline; changes are sent when the server can be reached.</source>
        <translation type="vanished">Synchronizacja udostępnia kontakty i firmy zespołowi przez serwer CRM. Pracujesz dalej offline; zmiany są wysyłane, gdy serwer jest osiągalny.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="vanished">Zaloguj się</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="vanished">&amp;Serwer:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="vanished">&amp;Użytkownik:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="vanished">&amp;Hasło:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="vanished">&amp;Zaloguj</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="vanished">Logowanie…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="vanished">Konto</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="vanished">Synchronizuj &amp;teraz</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="vanished">&amp;Wyloguj</translation>
    </message>
    <message>
        <source>Sync &amp;automatically (at start, after changes and every 5 minutes)</source>
        <translation type="vanished">Synchronizuj &amp;automatycznie (przy starcie, po zmianach i co 5 minut)</translation>
    </message>
    <message>
        <source>Enter the address of your team&apos;s server.</source>
        <translation type="vanished">Wpisz adres serwera swojego zespołu.</translation>
    </message>
    <message>
        <source>Enter a server address such as https://crm.example.com:8443.</source>
        <translation type="vanished">Wpisz adres serwera, np. https://crm.example.com:8443.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="vanished">Wpisz nazwę użytkownika.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="vanished">Wpisz hasło.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="vanished">Zalogowano do %1 jako %2.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2, team %3.</source>
        <translation type="vanished">Zalogowano do %1 jako %2, zespół %3.</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation type="vanished">Ostatnia synchronizacja: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncSettingsPage</name>
    <message>
        <source>Sync shares your contacts and companies with your team through a CRM server. You keep working offline; changes are sent when the server can be reached.</source>
        <translation>Synchronizacja udostępnia Twoje kontakty i firmy zespołowi przez serwer CRM. Możesz nadal pracować offline; zmiany są wysyłane, gdy serwer jest osiągalny.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logowanie</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Użytkownik:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Zaloguj</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Logowanie…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchronizuj &amp;teraz</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Wyloguj</translation>
    </message>
    <message>
        <source>Sync &amp;automatically (at start, after changes and every 5 minutes)</source>
        <translation>Synchronizuj &amp;automatycznie (przy uruchomieniu, po zmianach i co 5 minut)</translation>
    </message>
    <message>
        <source>Enter the address of your team&apos;s server.</source>
        <translation>Wpisz adres serwera Twojego zespołu.</translation>
    </message>
    <message>
        <source>Enter a server address such as https://crm.example.com:8443.</source>
        <translation>Wpisz adres serwera, np. https://crm.example.com:8443.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Wpisz nazwę użytkownika.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Wpisz hasło.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Zalogowano do %1 jako %2.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2, team %3.</source>
        <translation>Zalogowano do %1 jako %2, zespół %3.</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Ostatnia synchronizacja: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncStatusButton</name>
    <message>
        <source>Not syncing</source>
        <translation>Bez synchronizacji</translation>
    </message>
    <message>
        <source>Sync off — %1</source>
        <translation>Synchronizacja wyłączona — %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln zmiana czeka</numerusform>
            <numerusform>%Ln zmiany czekają</numerusform>
            <numerusform>%Ln zmian czeka</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation>Synchronizacja wyłączona</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2</source>
        <translation>Synchronizacja… %1 z %2</translation>
    </message>
    <message>
        <source>Syncing… %1 received</source>
        <translation>Synchronizacja… odebrano: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronizacja…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Zsynchronizowano</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation>Offline — %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Wymaga uwagi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln konflikt</numerusform>
            <numerusform>%Ln konflikty</numerusform>
            <numerusform>%Ln konfliktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused change(s)</source>
        <translation>
            <numerusform>%Ln odrzucona zmiana</numerusform>
            <numerusform>%Ln odrzucone zmiany</numerusform>
            <numerusform>%Ln odrzuconych zmian</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in again to sync</source>
        <translation>Zaloguj się ponownie, aby synchronizować</translation>
    </message>
    <message>
        <source>Sign in to a team server in Settings → Sync</source>
        <translation>Zaloguj się do serwera zespołu: Ustawienia → Synchronizacja</translation>
    </message>
    <message>
        <source>Automatic sync is off; F5 syncs now</source>
        <translation>Automatyczna synchronizacja wyłączona; F5 synchronizuje teraz</translation>
    </message>
    <message>
        <source>Sending your changes and receiving your team&apos;s</source>
        <translation>Wysyłanie twoich zmian i odbieranie zmian zespołu</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Ostatnia synchronizacja: %1</translation>
    </message>
    <message>
        <source>Everything is sent</source>
        <translation>Wszystko wysłane</translation>
    </message>
    <message>
        <source>The server cannot be reached; retrying. Click to see the waiting changes.</source>
        <translation>Serwer jest nieosiągalny; ponawianie. Kliknij, aby zobaczyć oczekujące zmiany.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Serwer odrzucił logowanie: %1</translation>
    </message>
    <message>
        <source>Click to choose which values stay</source>
        <translation>Kliknij, aby wybrać, które wartości zostają</translation>
    </message>
    <message>
        <source>Click to see what the server refused</source>
        <translation>Kliknij, aby zobaczyć, co serwer odrzucił</translation>
    </message>
    <message>
        <source>Syncing… %1 of about %2 received</source>
        <translation>Synchronizacja… odebrano %1 z około %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::TagChipDelegate</name>
    <message>
        <source>Tag “%1” · click to show only the records with it</source>
        <translation>Tag „%1” · kliknij, aby pokazać tylko rekordy z nim</translation>
    </message>
</context>
<context>
    <name>crm::ui::TagsSettingsDialog</name>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
</context>
<context>
    <name>crm::ui::TagsSettingsPage</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>Zmień &amp;nazwę…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Kolor…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Scal z…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Zmień nazwę tagu</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nowa nazwa:</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Kolor tagu</translation>
    </message>
    <message>
        <source>Merge tag</source>
        <translation>Scal tag</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Scal „%1” z:</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Usuń tag</translation>
    </message>
    <message>
        <source>Delete the tag “%1” from every record that has it?</source>
        <translation>Usunąć tag „%1” ze wszystkich rekordów, które go mają?</translation>
    </message>
</context>
<context>
    <name>crm::ui::TimelineView</name>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Pokaż:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Wszystko</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <source>Meetings and visits</source>
        <translation>Spotkania i wizyty</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>Notes and e-mails</source>
        <translation>Notatki i e-maile</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Zmiany</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Wczoraj %1</translation>
    </message>
    <message>
        <source>The timeline starts when the record is saved.</source>
        <translation>Oś czasu zaczyna się po zapisaniu rekordu.</translation>
    </message>
    <message>
        <source>Nothing of this kind yet.</source>
        <translation>Nic takiego jeszcze nie ma.</translation>
    </message>
    <message>
        <source>Nothing has happened here yet.</source>
        <translation>Nic się tu jeszcze nie wydarzyło.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline-first desktop CRM</source>
        <translation>Desktopowy CRM działający także offline</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt; (default: %1).</source>
        <translation>Otwórz bazę danych &lt;ścieżka&gt; (domyślnie: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ścieżka</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>Nie można otworzyć bazy danych %1.</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
</context>
</TS>
