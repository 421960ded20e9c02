<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Alembic</name>
    <message>
        <source>%1:1: no module-level revision assignment</source>
        <translation>%1:1: keine Zuweisung an revision auf Modulebene</translation>
    </message>
    <message>
        <source>%1:%2:%3: the revision must be a non-empty string without '@', '-' or '+'</source>
        <translation>%1:%2:%3: die Revision muss ein nicht leerer String ohne '@', '-' oder '+' sein</translation>
    </message>
    <message>
        <source>%1:%2: revision %3 has no module-level down_revision assignment</source>
        <translation>%1:%2: Revision %3 hat keine Zuweisung an down_revision auf Modulebene</translation>
    </message>
    <message>
        <source>%1:%2 and %3:%4 both declare revision %5</source>
        <translation>%1:%2 und %3:%4 erklären beide die Revision %5</translation>
    </message>
    <message>
        <source>%1:%2: branch label %3 is already used by revision %4</source>
        <translation>%1:%2: das Branch-Label %3 verwendet schon Revision %4</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4 names revision %5, which no file declares</source>
        <translation>%1:%2:%3: %4 nennt die Revision %5, die keine Datei erklärt</translation>
    </message>
    <message>
        <source>revisions form a cycle through down_revision or depends_on: %1</source>
        <translation>Revisionen bilden über down_revision oder depends_on einen Zyklus: %1</translation>
    </message>
    <message>
        <source>the Alembic versions folder %1 does not exist</source>
        <translation>der Alembic-Ordner versions %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the string is not closed on its line</source>
        <translation>der String endet nicht in seiner Zeile</translation>
    </message>
    <message>
        <source>the string is not closed</source>
        <translation>der String ist nicht geschlossen</translation>
    </message>
    <message>
        <source>no value after '='</source>
        <translation>kein Wert nach '='</translation>
    </message>
    <message>
        <source>None inside a tuple</source>
        <translation>None in einem Tupel</translation>
    </message>
    <message>
        <source>unexpected %1 in the value</source>
        <translation>unerwartetes %1 im Wert</translation>
    </message>
    <message>
        <source>expected '%1'</source>
        <translation>'%1' erwartet</translation>
    </message>
    <message>
        <source>only plain string literals are read, without b or f prefix</source>
        <translation>nur einfache String-Literale werden gelesen, ohne Präfix b oder f</translation>
    </message>
    <message>
        <source>%1 is not a string, None, or a tuple or list of strings</source>
        <translation>%1 ist kein String, kein None und kein Tupel oder keine Liste von Strings</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 does not start: %2</source>
        <translation>%1 startet nicht: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 failed (exit %2): %3</source>
        <translation>%1 fehlgeschlagen (Exit-Code %2): %3</translation>
    </message>
    <message>
        <source>%1: VACUUM INTO %2: %3</source>
        <translation>%1: VACUUM INTO %2: %3</translation>
    </message>
    <message>
        <source>pg_dump is not installed (Debian: postgresql-client)</source>
        <translation>pg_dump ist nicht installiert (Debian: postgresql-client)</translation>
    </message>
    <message>
        <source>mariadb-dump or mysqldump is not installed (Debian: mariadb-client)</source>
        <translation>mariadb-dump oder mysqldump ist nicht installiert (Debian: mariadb-client)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not the backup that was taken (its SHA-256 differs): not restored</source>
        <translation>%1 ist nicht das erstellte Backup (seine SHA-256 weicht ab): nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>%1: cannot open the backup</source>
        <translation>%1: das Backup lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>%1: restore failed: %2</source>
        <translation>%1: Wiederherstellung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>pg_restore is not installed (Debian: postgresql-client)</source>
        <translation>pg_restore ist nicht installiert (Debian: postgresql-client)</translation>
    </message>
    <message>
        <source>the mariadb client is not installed (Debian: mariadb-client)</source>
        <translation>der MariaDB-Client ist nicht installiert (Debian: mariadb-client)</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 lässt sich nicht anlegen: %2</translation>
    </message>
    <message>
        <source>%1 is not installed (Debian: postgresql-client)</source>
        <translation>%1 ist nicht installiert (Debian: postgresql-client)</translation>
    </message>
    <message>
        <source>%1 does not exist yet: there is nothing to back up</source>
        <translation>%1 existiert noch nicht: es gibt nichts zu sichern</translation>
    </message>
    <message>
        <source>%1: the backup failed without a reason from the driver</source>
        <translation>%1: die Sicherung schlug fehl, ohne dass der Treiber einen Grund nannte</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Backup taken, with its restore command</source>
        <translation>Backup erstellt, mit Befehl zur Wiederherstellung</translation>
    </message>
    <message>
        <source>Dry run passed on staging for this plan</source>
        <translation>Probelauf auf Staging für diesen Plan bestanden</translation>
    </message>
    <message>
        <source>Reversibility checked: up, down, compare</source>
        <translation>Umkehrbarkeit geprüft: up, down, vergleichen</translation>
    </message>
    <message>
        <source>Every step has a rollback</source>
        <translation>Jeder Schritt hat ein Rollback</translation>
    </message>
    <message>
        <source>Duration estimated; largest tables touched</source>
        <translation>Dauer geschätzt; größte betroffene Tabellen</translation>
    </message>
    <message>
        <source>Destructive changes reviewed</source>
        <translation>Destruktive Änderungen geprüft</translation>
    </message>
    <message>
        <source>Stakeholders notified of the change window</source>
        <translation>Beteiligte über das Wartungsfenster informiert</translation>
    </message>
    <message>
        <source>Migrations applied</source>
        <translation>Migrationen angewendet</translation>
    </message>
    <message>
        <source>Locks, replication lag and errors watched during the run</source>
        <translation>Sperren, Replikationsverzug und Fehler während des Laufs beobachtet</translation>
    </message>
    <message>
        <source>Schema verified against the applied history</source>
        <translation>Schema gegen die angewendete Historie geprüft</translation>
    </message>
    <message>
        <source>Application checked: functionality and error rates</source>
        <translation>Anwendung geprüft: Funktion und Fehlerraten</translation>
    </message>
    <message>
        <source>Documentation updated</source>
        <translation>Dokumentation aktualisiert</translation>
    </message>
    <message>
        <source>%1: checklist: %2</source>
        <translation>%1: checklist: %2</translation>
    </message>
    <message>
        <source>stagingProfile "%1" is not among the profiles</source>
        <translation>stagingProfile „%1“ ist keines der Profile</translation>
    </message>
    <message>
        <source>%1 needs an "id" and a "title"</source>
        <translation>%1 braucht eine „id“ und einen „title“</translation>
    </message>
    <message>
        <source>%1: the id "%2" is used twice</source>
        <translation>%1: die id „%2“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>%1.section: "%2" is not before, during or after</source>
        <translation>%1.section: „%2“ ist weder before, during noch after</translation>
    </message>
    <message>
        <source>%1.check: unknown check "%2" (known: %3)</source>
        <translation>%1.check: unbekannte Prüfung „%2“ (bekannt: %3)</translation>
    </message>
    <message>
        <source>no staging profile: tag a profile's environment "staging" or set checklist.stagingProfile in godwit.json</source>
        <translation>kein Staging-Profil: markieren Sie die Umgebung eines Profils als „staging“ oder setzen Sie checklist.stagingProfile in godwit.json</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>cannot set %1 to "%2": %3</source>
        <translation>%1 lässt sich nicht auf „%2“ setzen: %3</translation>
    </message>
    <message>
        <source>"%1" is no duration</source>
        <translation>„%1“ ist keine Dauer</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1: the Qt SQL driver %2 is not installed</source>
        <translation>%1: der Qt-SQL-Treiber %2 ist nicht installiert</translation>
    </message>
    <message>
        <source>cannot read the current schema: %1</source>
        <translation>das aktuelle Schema kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot reset search_path: %1</source>
        <translation>search_path kann nicht zurückgesetzt werden: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <source>profile "%1": unknown driver "%2"</source>
        <translation>Profil „%1“: unbekannter Treiber „%2“</translation>
    </message>
    <message>
        <source>profile "%1": a SQLite profile needs a "path"</source>
        <translation>Profil „%1“: ein SQLite-Profil braucht einen „path“</translation>
    </message>
    <message>
        <source>--url: the URL names no database file</source>
        <translation>--url: die URL nennt keine Datenbankdatei</translation>
    </message>
    <message>
        <source>--url: a sqlite: URL takes no query (key=value); it is not shown here, as it may hold a password</source>
        <translation>--url: eine sqlite:-URL nimmt keine Query-Parameter (key=value); sie werden hier nicht angezeigt, da sie ein Passwort enthalten könnten</translation>
    </message>
    <message>
        <source>write sqlite:PATH, postgres://user@host:port/database or mysql://user@host:port/database, and give the password in GODWIT_PASSWORD (or PGPASSWORD / MYSQL_PWD) or at the prompt</source>
        <translation>schreiben Sie sqlite:PFAD, postgres://user@host:port/database oder mysql://user@host:port/database und geben Sie das Passwort in GODWIT_PASSWORD (oder PGPASSWORD / MYSQL_PWD) oder an der Eingabeaufforderung an</translation>
    </message>
    <message>
        <source>--url: a key=value connection string is not accepted (it is not shown here: it may hold a password); %1</source>
        <translation>--url: ein key=value-Verbindungsstring wird nicht angenommen (er wird hier nicht angezeigt: er könnte ein Passwort enthalten); %1</translation>
    </message>
    <message>
        <source>--url: not a connection URL; %1</source>
        <translation>--url: keine Verbindungs-URL; %1</translation>
    </message>
    <message>
        <source>--url: the URL's user part holds a password, and a password is never on the command line (ps shows it to every user); %1</source>
        <translation>--url: der Benutzerteil der URL enthält ein Passwort, und ein Passwort gehört nie auf die Befehlszeile (ps zeigt es jedem Benutzer); %1</translation>
    </message>
    <message>
        <source>--url: the query parameter "%1" %2</source>
        <translation>--url: der Query-Parameter „%1“ %2</translation>
    </message>
    <message>
        <source>--url: the URL names no %1; Godwit takes no default for them</source>
        <translation>--url: in der URL fehlen Angaben für %1; Godwit nimmt dafür keine Vorgabe an</translation>
    </message>
    <message>
        <source>profile "%1": option "%2" %3</source>
        <translation>Profil „%1“: Option „%2“ %3</translation>
    </message>
    <message>
        <source>profile "%1" names no %2; Godwit takes no default for them</source>
        <translation>Profil „%1“ enthält keine Angaben für %2; Godwit nimmt dafür keine Vorgabe an</translation>
    </message>
</context>
<context>
    <name>Containment</name>
    <message>
        <source>%1: not rehearsable on a copy: %2</source>
        <translation>%1: auf einer Kopie nicht erprobbar: %2</translation>
    </message>
    <message>
        <source>%1 %2 acts on a database of the server, not on the scratch</source>
        <translation>%1 %2 wirkt auf eine Datenbank des Servers, nicht auf die Arbeitsdatenbank</translation>
    </message>
    <message>
        <source>%1 %2 changes the server's accounts</source>
        <translation>%1 %2 ändert die Konten des Servers</translation>
    </message>
    <message>
        <source>%1 SERVER changes the server's federated server definitions</source>
        <translation>%1 SERVER ändert die Definitionen föderierter Server auf dem Server</translation>
    </message>
    <message>
        <source>%1 %2 acts on the server's files</source>
        <translation>%1 %2 wirkt auf die Dateien des Servers</translation>
    </message>
    <message>
        <source>%1 EVENT schedules work the server runs outside the dry run</source>
        <translation>%1 EVENT plant Arbeit ein, die der Server außerhalb des Probelaufs ausführt</translation>
    </message>
    <message>
        <source>ALTER INSTANCE acts on the whole server</source>
        <translation>ALTER INSTANCE wirkt auf den ganzen Server</translation>
    </message>
    <message>
        <source>a function from a shared library is installed on the server</source>
        <translation>eine Funktion aus einer Shared Library wird auf dem Server installiert</translation>
    </message>
    <message>
        <source>SET %1 changes the server's accounts</source>
        <translation>SET %1 ändert die Konten des Servers</translation>
    </message>
    <message>
        <source>SET %1 changes a variable for the whole server</source>
        <translation>SET %1 ändert eine Variable für den ganzen Server</translation>
    </message>
    <message>
        <source>dynamic SQL from %1: its text cannot be checked before it runs</source>
        <translation>dynamisches SQL aus %1: sein Text lässt sich nicht prüfen, bevor es läuft</translation>
    </message>
    <message>
        <source>USE switches the session to another database</source>
        <translation>USE wechselt die Sitzung in eine andere Datenbank</translation>
    </message>
    <message>
        <source>%1 acts on the server, not on the scratch</source>
        <translation>%1 wirkt auf den Server, nicht auf die Arbeitsdatenbank</translation>
    </message>
    <message>
        <source>%1 %2 controls the server's replication</source>
        <translation>%1 %2 steuert die Replikation des Servers</translation>
    </message>
    <message>
        <source>%1 %2 acts on the server, not on the scratch</source>
        <translation>%1 %2 wirkt auf den Server, nicht auf die Arbeitsdatenbank</translation>
    </message>
    <message>
        <source>INTO %1 writes a file on the server</source>
        <translation>INTO %1 schreibt eine Datei auf dem Server</translation>
    </message>
    <message>
        <source>%1 DIRECTORY puts the table's files elsewhere on the server</source>
        <translation>%1 DIRECTORY legt die Dateien der Tabelle an anderer Stelle auf dem Server ab</translation>
    </message>
    <message>
        <source>a CONNECTION table reads and writes another server</source>
        <translation>eine CONNECTION-Tabelle liest und schreibt auf einem anderen Server</translation>
    </message>
    <message>
        <source>%1() runs a program on the server</source>
        <translation>%1() führt ein Programm auf dem Server aus</translation>
    </message>
    <message>
        <source>it names the database %1, outside the dry run's scratch database</source>
        <translation>nennt die Datenbank %1, außerhalb der Arbeitsdatenbank des Probelaufs</translation>
    </message>
    <message>
        <source>%1() runs statements on another database or server</source>
        <translation>%1() führt Anweisungen auf einer anderen Datenbank oder einem anderen Server aus</translation>
    </message>
    <message>
        <source>%1() reads or writes a file on the server</source>
        <translation>%1() liest oder schreibt eine Datei auf dem Server</translation>
    </message>
    <message>
        <source>%1() takes or releases a session-level lock that outlives the transaction</source>
        <translation>%1() nimmt eine Sperre auf Sitzungsebene, die die Transaktion überdauert, oder gibt sie frei</translation>
    </message>
    <message>
        <source>%1() changes the server's replication</source>
        <translation>%1() ändert die Replikation des Servers</translation>
    </message>
    <message>
        <source>%1() acts on the server, outside the transaction</source>
        <translation>%1() wirkt auf den Server, außerhalb der Transaktion</translation>
    </message>
    <message>
        <source>%1 %2 acts on the cluster, outside the transaction</source>
        <translation>%1 %2 wirkt auf den Cluster, außerhalb der Transaktion</translation>
    </message>
    <message>
        <source>ALTER SYSTEM changes the server's configuration file</source>
        <translation>ALTER SYSTEM ändert die Konfigurationsdatei des Servers</translation>
    </message>
    <message>
        <source>%1 SUBSCRIPTION connects to another server</source>
        <translation>%1 SUBSCRIPTION verbindet sich mit einem anderen Server</translation>
    </message>
    <message>
        <source>%1 %2 changes the cluster's roles, outside the scratch database</source>
        <translation>%1 %2 ändert die Rollen des Clusters, außerhalb der Arbeitsdatenbank</translation>
    </message>
    <message>
        <source>COPY … PROGRAM runs a program on the server</source>
        <translation>COPY … PROGRAM führt ein Programm auf dem Server aus</translation>
    </message>
    <message>
        <source>COPY reads or writes the server file %1</source>
        <translation>COPY liest oder schreibt die Serverdatei %1</translation>
    </message>
    <message>
        <source>it writes the foreign table %1: the rows go to another server</source>
        <translation>schreibt in die Fremdtabelle %1: die Zeilen gehen an einen anderen Server</translation>
    </message>
    <message>
        <source>LOAD loads a shared library into the server</source>
        <translation>LOAD lädt eine Shared Library in den Server</translation>
    </message>
    <message>
        <source>IMPORT FOREIGN SCHEMA reads another server and makes tables that write there</source>
        <translation>IMPORT FOREIGN SCHEMA liest einen anderen Server und legt Tabellen an, die dorthin schreiben</translation>
    </message>
    <message>
        <source>%1 changes roles or rights outside the scratch database</source>
        <translation>%1 ändert Rollen oder Rechte außerhalb der Arbeitsdatenbank</translation>
    </message>
    <message>
        <source>EXECUTE of text made at run time: it cannot be checked before it runs</source>
        <translation>EXECUTE eines zur Laufzeit erzeugten Texts: er lässt sich nicht prüfen, bevor er läuft</translation>
    </message>
    <message>
        <source>ATTACH opens another database file, outside the copy</source>
        <translation>ATTACH öffnet eine andere Datenbankdatei, außerhalb der Kopie</translation>
    </message>
    <message>
        <source>VACUUM INTO writes a database file outside the copy</source>
        <translation>VACUUM INTO schreibt eine Datenbankdatei außerhalb der Kopie</translation>
    </message>
    <message>
        <source>writefile() writes a file outside the copy</source>
        <translation>writefile() schreibt eine Datei außerhalb der Kopie</translation>
    </message>
    <message>
        <source>load_extension() loads a shared library into the process</source>
        <translation>load_extension() lädt eine Shared Library in den Prozess</translation>
    </message>
    <message>
        <source>it writes %1: %2</source>
        <translation>schreibt %1: %2</translation>
    </message>
    <message>
        <source>%1() reaches outside the dry run: %2</source>
        <translation>%1() reicht über den Probelauf hinaus: %2</translation>
    </message>
    <message>
        <source>it reads %1: %2</source>
        <translation>liest %1: %2</translation>
    </message>
    <message>
        <source>it changes lock_timeout, which a dry run in a transaction on production holds at %1 ms at most, so that it fails rather than queue traffic behind it</source>
        <translation>ändert lock_timeout, das ein Probelauf in einer Transaktion auf Produktion auf höchstens %1 ms hält, damit er eher fehlschlägt, als Verkehr hinter sich warten zu lassen</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <source>cannot create the demo project at %1</source>
        <translation>das Demo-Projekt lässt sich nicht unter %1 anlegen</translation>
    </message>
    <message>
        <source>this build carries no demo project</source>
        <translation>dieser Build enthält kein Demo-Projekt</translation>
    </message>
    <message>
        <source>cannot build the demo database: %1</source>
        <translation>die Demo-Datenbank lässt sich nicht erstellen: %1</translation>
    </message>
</context>
<context>
    <name>Deployment</name>
    <message>
        <source>%1 %2 left the plan</source>
        <translation>%1 %2 hat den Plan verlassen</translation>
    </message>
    <message>
        <source>the %1 script of %2 %3 was edited</source>
        <translation>das %1-Skript von %2 %3 wurde bearbeitet</translation>
    </message>
    <message>
        <source>%1 %2 joined the plan</source>
        <translation>%1 %2 ist dem Plan beigetreten</translation>
    </message>
    <message>
        <source>not a Godwit deployment record ("format" is not godwit-deployment-1)</source>
        <translation>kein Godwit-Bereitstellungsdatensatz („format“ ist nicht godwit-deployment-1)</translation>
    </message>
    <message>
        <source>checklist[%1]: an item needs an id, a known section and a known check</source>
        <translation>checklist[%1]: ein Punkt braucht eine id, einen bekannten Abschnitt und eine bekannte Prüfung</translation>
    </message>
    <message>
        <source>the target version changed: %1 → %2</source>
        <translation>die Zielversion hat sich geändert: %1 → %2</translation>
    </message>
    <message>
        <source>everything pending</source>
        <translation>alles Ausstehende</translation>
    </message>
    <message>
        <source>the target's revision changed: %1 → %2</source>
        <translation>die Revision des Ziels hat sich geändert: %1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the plan changed</source>
        <translation>der Plan hat sich geändert</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DeploymentChecks</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>dry run on %1 failed: %2</source>
        <translation>Probelauf auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 plans other steps or other scripts (%2, plan %3) than this deployment (plan %4): bring staging to this deployment's starting revision %5 first</source>
        <translation>%1 plant andere Schritte oder andere Skripte (%2, Plan %3) als diese Bereitstellung (Plan %4): bringen Sie Staging zuerst auf die Startrevision %5 dieser Bereitstellung</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>the plan changed while the dry run ran (%1, bound %2): run the checks again</source>
        <translation>der Plan hat sich während des Probelaufs geändert (%1, gebunden %2): führen Sie die Prüfungen erneut aus</translation>
    </message>
    <message>
        <source>dry run (%1) on %2</source>
        <translation>Probelauf (%1) auf %2</translation>
    </message>
    <message>
        <source>the dry run destroys nothing; no lint errors</source>
        <translation>der Probelauf zerstört nichts; keine Lint-Fehler</translation>
    </message>
    <message>
        <source>no down script and no rollback note for %1</source>
        <translation>kein Down-Skript und keine Rollback-Notiz für %1</translation>
    </message>
    <message>
        <source>%1 at revision %2 matches the schema its applied history implies</source>
        <translation>%1 auf Revision %2 entspricht dem Schema, das seine angewendete Historie ergibt</translation>
    </message>
    <message>
        <source>deployment %1 has run: only its after-items can be checked</source>
        <translation>Bereitstellung %1 ist gelaufen: nur ihre Nachher-Punkte können geprüft werden</translation>
    </message>
    <message>
        <source>checking: %1</source>
        <translation>prüfe: %1</translation>
    </message>
    <message>
        <source>dry run with the downs on %1</source>
        <translation>Probelauf mit den Downs auf %1</translation>
    </message>
    <message>
        <source>the checklist has no destructive-review item</source>
        <translation>die Checkliste hat keinen Punkt für die destruktive Prüfung</translation>
    </message>
    <message>
        <source>deployment %1 has run: its record is read-only</source>
        <translation>Bereitstellung %1 ist gelaufen: ihr Datensatz ist schreibgeschützt</translation>
    </message>
    <message>
        <source>"%1" is not among the destructive changes: %2</source>
        <translation>„%1“ ist keine der destruktiven Änderungen: %2</translation>
    </message>
    <message>
        <source>there are none</source>
        <translation>es gibt keine</translation>
    </message>
    <message>
        <source>no item "%1" in deployment %2</source>
        <translation>kein Punkt „%1“ in Bereitstellung %2</translation>
    </message>
    <message>
        <source>deployment %1 is closed: its record is read-only</source>
        <translation>Bereitstellung %1 ist geschlossen: ihr Datensatz ist schreibgeschützt</translation>
    </message>
    <message>
        <source>"%1" is checked by Godwit, not ticked: run it</source>
        <translation>„%1“ wird von Godwit geprüft, nicht abgehakt: führen Sie es aus</translation>
    </message>
    <message>
        <source>no step %1 in deployment %2</source>
        <translation>kein Schritt %1 in Bereitstellung %2</translation>
    </message>
    <message>
        <source>an override needs a reason</source>
        <translation>eine Übersteuerung braucht eine Begründung</translation>
    </message>
    <message>
        <source>nothing to apply</source>
        <translation>nichts anzuwenden</translation>
    </message>
    <message>
        <source>deployment %1 applied without: %2</source>
        <translation>Bereitstellung %1 angewendet ohne: %2</translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation>von %1: %2</translation>
    </message>
    <message>
        <source>Godwit's tables are not there</source>
        <translation>Godwits Tabellen sind nicht vorhanden</translation>
    </message>
    <message>
        <source>the override could not be written to the audit log: %1</source>
        <translation>die Übersteuerung konnte nicht ins Audit-Log geschrieben werden: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>applied scripts changed since they ran: %1</source>
        <translation>angewendete Skripte wurden seit ihrem Lauf geändert: %1</translation>
    </message>
    <message>
        <source>the destructive review (%1) has no dry run at this plan yet</source>
        <translation>die destruktive Prüfung (%1) hat bei diesem Plan noch keinen Probelauf</translation>
    </message>
    <message>
        <source>%1, %2, SHA-256 %3…, %4 with %5; restore: %6</source>
        <translation>%1, %2, SHA-256 %3…, %4 mit %5; Wiederherstellung: %6</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s): %1 with a down script, %2 with a written rollback</source>
        <translation>
            <numerusform>%n Schritt: %1 mit Down-Skript, %2 mit schriftlichem Rollback</numerusform>
            <numerusform>%n Schritte: %1 mit Down-Skript, %2 mit schriftlichem Rollback</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 differs from the schema its history implies: %n change(s)</source>
        <translation>
            <numerusform>%1 weicht von dem Schema ab, das seine Historie ergibt: %n Änderung</numerusform>
            <numerusform>%1 weicht von dem Schema ab, das seine Historie ergibt: %n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>passed on %1 (%2): %n step(s) in %3, plan %4 matches</source>
        <translation>
            <numerusform>bestanden auf %1 (%2): %n Schritt in %3, Plan %4 stimmt überein</numerusform>
            <numerusform>bestanden auf %1 (%2): %n Schritte in %3, Plan %4 stimmt überein</numerusform>
        </translation>
    </message>
    <message>
        <source>to acknowledge: %1, %2</source>
        <translation>zu bestätigen: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n destructive change(s)</source>
        <translation>
            <numerusform>%n destruktive Änderung</numerusform>
            <numerusform>%n destruktive Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lint error(s)</source>
        <translation>
            <numerusform>%n Lint-Fehler</numerusform>
            <numerusform>%n Lint-Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n destructive change(s), each acknowledged</source>
        <translation>
            <numerusform>%n destruktive Änderung, bestätigt</numerusform>
            <numerusform>%n destruktive Änderungen, jede bestätigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n destructive change(s) acknowledged</source>
        <translation>
            <numerusform>%1 von %n destruktiven Änderung bestätigt</numerusform>
            <numerusform>%1 von %n destruktiven Änderungen bestätigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) applied in %1</source>
        <translation>
            <numerusform>%n Schritt in %1 angewendet</numerusform>
            <numerusform>%n Schritte in %1 angewendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up, down and up again for each of %n migration(s), on a %1 dry run: each down restores the schema and rows from before its up</source>
        <translation>
            <numerusform>up, down und erneut up für %n Migration, in einem Probelauf (%1): das down stellt Schema und Zeilen von vor dem up wieder her</numerusform>
            <numerusform>up, down und erneut up für jede der %n Migrationen, in einem Probelauf (%1): jedes down stellt Schema und Zeilen von vor seinem up wieder her</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; no statement works on a table with rows</source>
        <translation>%1; keine Anweisung arbeitet auf einer Tabelle mit Zeilen</translation>
    </message>
    <message>
        <source>%1; longest: %2</source>
        <translation>%1; am längsten: %2</translation>
    </message>
    <message>
        <source>not checked: the same dry run failed, see %1</source>
        <translation>nicht geprüft: derselbe Probelauf schlug fehl, siehe %1</translation>
    </message>
</context>
<context>
    <name>DeploymentReport</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>closed without running</source>
        <translation>ohne Lauf geschlossen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Deployment %1</source>
        <translation>Bereitstellung %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the up script</source>
        <translation>das Up-Skript</translation>
    </message>
    <message>
        <source>down script</source>
        <translation>Down-Skript</translation>
    </message>
    <message>
        <source>manual: %1</source>
        <translation>manuell: %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>stale: %1 (was: %2)</source>
        <translation>veraltet: %1 (war: %2)</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (erforderlich)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Während</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Abgezeichnet</translation>
    </message>
    <message>
        <source>Schema changes of the dry run</source>
        <translation>Schemaänderungen des Probelaufs</translation>
    </message>
    <message>
        <source>No dry run recorded, or it changed nothing.</source>
        <translation>Kein Probelauf aufgezeichnet, oder er hat nichts geändert.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>destructive: %1 — not acknowledged</source>
        <translation>destruktiv: %1 — nicht bestätigt</translation>
    </message>
    <message>
        <source>reversibility: %1</source>
        <translation>Umkehrbarkeit: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Not run.</source>
        <translation>Nicht ausgeführt.</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>%1 %2 (%3) — %4</source>
        <translation>%1 %2 (%3) — %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No check has run yet.</source>
        <translation>Noch keine Prüfung ist gelaufen.</translation>
    </message>
    <message>
        <source>destructive: %1 — %2</source>
        <translation>destruktiv: %1 — %2</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Gate overridden at plan %1 without %2 — %3</source>
        <translation>Sperre bei Plan %1 ohne %2 übergangen — %3</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>Started by %1</source>
        <translation>Begonnen von %1</translation>
    </message>
</context>
<context>
    <name>DeploymentSession</name>
    <message>
        <source>nothing to deploy: %1 is at revision %2 and the plan to %3 is empty</source>
        <translation>nichts auszurollen: %1 ist auf Revision %2 und der Plan bis %3 ist leer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the newest migration</source>
        <translation>die neueste Migration</translation>
    </message>
    <message>
        <source>deployment %1 is already under way for this plan</source>
        <translation>Bereitstellung %1 läuft bereits für diesen Plan</translation>
    </message>
    <message>
        <source>deployment %1 retargeted: %2</source>
        <translation>Bereitstellung %1 neu ausgerichtet: %2</translation>
    </message>
    <message>
        <source>superseded by a new deployment</source>
        <translation>durch eine neue Bereitstellung ersetzt</translation>
    </message>
    <message>
        <source>no deployment under way on %1</source>
        <translation>keine Bereitstellung läuft auf %1</translation>
    </message>
    <message>
        <source>deployment %1 cannot be read any more: %2</source>
        <translation>Bereitstellung %1 kann nicht mehr gelesen werden: %2</translation>
    </message>
    <message>
        <source>deployment %1 was closed by %2 at %3%4</source>
        <translation>Bereitstellung %1 wurde von %2 um %3 geschlossen%4</translation>
    </message>
    <message numerus="yes">
        <source>deployment %1 started: %2 → %3, %n step(s)</source>
        <translation>
            <numerusform>Bereitstellung %1 gestartet: %2 → %3, %n Schritt</numerusform>
            <numerusform>Bereitstellung %1 gestartet: %2 → %3, %n Schritte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>the migrations folder %1 does not exist</source>
        <translation>der Migrationsordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 follows %2, not the folder's %3; it is ignored</source>
        <translation>%1 folgt %2, nicht dem Format %3 des Ordners; es wird ignoriert</translation>
    </message>
    <message>
        <source>%1 files claim version %2: %3</source>
        <translation>%1 Dateien beanspruchen Version %2: %3</translation>
    </message>
    <message>
        <source>%1 is a down script without an up script</source>
        <translation>%1 ist ein Down-Skript ohne Up-Skript</translation>
    </message>
    <message>
        <source>%1 has no up section</source>
        <translation>%1 hat keinen Up-Abschnitt</translation>
    </message>
    <message>
        <source>%1 %2 has no down script</source>
        <translation>%1 %2 hat kein Down-Skript</translation>
    </message>
    <message>
        <source>%1 %2: the %3 script is empty (a no-op)</source>
        <translation>%1 %2: das %3-Skript ist leer (wirkungslos)</translation>
    </message>
    <message>
        <source>%1 matches no migration naming</source>
        <translation>%1 passt zu keiner Migrationsbenennung</translation>
    </message>
    <message>
        <source>no migration files yet</source>
        <translation>noch keine Migrationsdateien</translation>
    </message>
    <message>
        <source>ignored: %1</source>
        <translation>ignoriert: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>the migrations folder %1 cannot be read: %2</source>
        <translation>der Migrationsordner %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message numerus="yes">
        <source>format %1 set in godwit.json; %n file(s) matched it</source>
        <translation>
            <numerusform>Format %1 in godwit.json gesetzt; %n Datei passt dazu</numerusform>
            <numerusform>Format %1 in godwit.json gesetzt; %n Dateien passen dazu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) matched %1</source>
        <translation>
            <numerusform>%n Datei passt zu %1</numerusform>
            <numerusform>%n Dateien passen zu %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) matched another format: %1</source>
        <translation>
            <numerusform>%n Datei passt zu einem anderen Format: %1</numerusform>
            <numerusform>%n Dateien passen zu einem anderen Format: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) matched nothing: %1</source>
        <translation>
            <numerusform>%n Datei passt zu nichts: %1</numerusform>
            <numerusform>%n Dateien passen zu nichts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no migration recognised: %n .sql file(s) match no naming Godwit reads (%1); set "format" or "naming" in godwit.json</source>
        <translation>
            <numerusform>keine Migration erkannt: %n .sql-Datei passt zu keiner Benennung, die Godwit liest (%1); setzen Sie "format" oder "naming" in godwit.json</numerusform>
            <numerusform>keine Migration erkannt: %n .sql-Dateien passen zu keiner Benennung, die Godwit liest (%1); setzen Sie "format" oder "naming" in godwit.json</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code migration(s), run by the application</source>
        <translation>
            <numerusform>%n Code-Migration, von der Anwendung ausgeführt</numerusform>
            <numerusform>%n Code-Migrationen, von der Anwendung ausgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>ordered by file name ("order": "name" in godwit.json)</source>
        <translation>nach Dateinamen geordnet ("order": "name" in godwit.json)</translation>
    </message>
    <message>
        <source>%1 (line %2 of the plan) cannot be read: %3</source>
        <translation>%1 (Zeile %2 des Plans) kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message numerus="yes">
        <source>sqitch project %1: %n change(s) in %2</source>
        <translation>
            <numerusform>sqitch-Projekt %1: %n Änderung in %2</numerusform>
            <numerusform>sqitch-Projekt %1: %n Änderungen in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alembic revisions in %1: %n revision(s), %2 head(s), applied with Alembic (Godwit reads them, never runs them)</source>
        <translation>
            <numerusform>Alembic-Revisionen in %1: %n Revision, %2 Head(s), mit Alembic angewendet (Godwit liest sie, führt sie nie aus)</numerusform>
            <numerusform>Alembic-Revisionen in %1: %n Revisionen, %2 Head(s), mit Alembic angewendet (Godwit liest sie, führt sie nie aus)</numerusform>
        </translation>
    </message>
    <message>
        <source>; if their runner orders migrations by the whole file name (knex, node-pg-migrate, maragudk/migrate), set "order": "name" in godwit.json</source>
        <translation>; ordnet ihr Runner Migrationen nach dem ganzen Dateinamen (knex, node-pg-migrate, maragudk/migrate), in godwit.json "order": "name" setzen</translation>
    </message>
</context>
<context>
    <name>DriverOptions</name>
    <message>
        <source>holds a password; a password comes from the keychain (window), GODWIT_PASSWORD or the engine's own variable (command line) or the prompt, never from a file or the command line</source>
        <translation>enthält ein Passwort; ein Passwort kommt aus dem Schlüsselbund (Fenster), aus GODWIT_PASSWORD oder der eigenen Variable der Engine (Befehlszeile) oder aus der Eingabeaufforderung, nie aus einer Datei oder von der Befehlszeile</translation>
    </message>
    <message>
        <source>a SQLite target takes no driver options</source>
        <translation>ein SQLite-Ziel nimmt keine Treiberoptionen</translation>
    </message>
    <message>
        <source>not a driver option Godwit passes on (known: %1)</source>
        <translation>ist keine Treiberoption, die Godwit weitergibt (bekannt: %1)</translation>
    </message>
    <message>
        <source>needs a value</source>
        <translation>braucht einen Wert</translation>
    </message>
    <message>
        <source>the value may not hold spaces, quotes, backslashes, ';' or control characters: the driver would read them as further options</source>
        <translation>der Wert darf keine Leerzeichen, Anführungszeichen, Backslashes, ';' oder Steuerzeichen enthalten: der Treiber würde sie als weitere Optionen lesen</translation>
    </message>
</context>
<context>
    <name>DryRun</name>
    <message>
        <source>sequence %1 was moved by the dry run (PostgreSQL does not roll sequences back) and has been put back</source>
        <translation>Sequenz %1 wurde vom Probelauf weitergezählt (PostgreSQL rollt Sequenzen nicht zurück) und wurde zurückgesetzt</translation>
    </message>
    <message>
        <source>sequence %1 was moved by the dry run and, used by another session meanwhile, is left at %2</source>
        <translation>Sequenz %1 wurde vom Probelauf weitergezählt und bleibt, da inzwischen von einer anderen Sitzung benutzt, bei %2</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <source>%1 is applied but its file is gone: the history cannot be replayed</source>
        <translation>%1 ist angewendet, aber seine Datei fehlt: die Historie lässt sich nicht nachspielen</translation>
    </message>
    <message>
        <source>replaying the history %1/%2: %3</source>
        <translation>spiele die Historie nach %1/%2: %3</translation>
    </message>
    <message>
        <source>replaying the applied migrations failed at %1: %2</source>
        <translation>das Nachspielen der angewendeten Migrationen ist bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>the dry run could not be recorded in the audit log: %1</source>
        <translation>der Probelauf konnte nicht ins Audit-Log geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the reversibility check runs an up plan and then its downs; this plan goes down</source>
        <translation>die Umkehrbarkeitsprüfung führt einen Up-Plan und dann seine Downs aus; dieser Plan geht abwärts</translation>
    </message>
    <message>
        <source>creating the shadow database</source>
        <translation>lege die Schattendatenbank an</translation>
    </message>
    <message>
        <source>copying the database (VACUUM INTO)</source>
        <translation>kopiere die Datenbank (VACUUM INTO)</translation>
    </message>
    <message>
        <source>copying the schema to a scratch database</source>
        <translation>kopiere das Schema in eine Arbeitsdatenbank</translation>
    </message>
    <message>
        <source>reading the schema before</source>
        <translation>lese das Schema vorher</translation>
    </message>
    <message numerus="yes">
        <source>the scratch copy differs from the target in %n change(s)</source>
        <translation>
            <numerusform>die Arbeitskopie weicht in %n Änderung vom Ziel ab</numerusform>
            <numerusform>die Arbeitskopie weicht in %n Änderungen vom Ziel ab</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot begin the dry run's transaction: %2</source>
        <translation>%1: die Transaktion des Probelaufs lässt sich nicht beginnen: %2</translation>
    </message>
    <message>
        <source>%1: the dry run's transaction could not be rolled back: %2</source>
        <translation>%1: die Transaktion des Probelaufs konnte nicht zurückgerollt werden: %2</translation>
    </message>
    <message>
        <source>up %1/%2: %3</source>
        <translation>up %1/%2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>reading the schema after</source>
        <translation>lese das Schema nachher</translation>
    </message>
    <message>
        <source>%1 has no down script: its up cannot be reversed</source>
        <translation>%1 hat kein Down-Skript: sein Up lässt sich nicht umkehren</translation>
    </message>
    <message>
        <source>creating the scratch database</source>
        <translation>lege die Arbeitsdatenbank an</translation>
    </message>
    <message>
        <source>reading both schemas</source>
        <translation>lese beide Schemas</translation>
    </message>
    <message>
        <source>SQLite: a copy of the file is made without write-locking it</source>
        <translation>SQLite: eine Kopie der Datei wird angelegt, ohne sie für Schreibzugriffe zu sperren</translation>
    </message>
    <message>
        <source>MySQL and MariaDB commit DDL implicitly: no transaction can hold a dry run</source>
        <translation>MySQL und MariaDB committen DDL implizit: keine Transaktion kann einen Probelauf halten</translation>
    </message>
    <message>
        <source>PostgreSQL: one transaction on the target, rolled back</source>
        <translation>PostgreSQL: eine Transaktion auf dem Ziel, zurückgerollt</translation>
    </message>
    <message>
        <source>production PostgreSQL: rehearsed on a schema copy so that no live table is locked</source>
        <translation>PostgreSQL in Produktion: auf einer Schemakopie geprobt, damit keine Live-Tabelle gesperrt wird</translation>
    </message>
    <message>
        <source>chosen explicitly</source>
        <translation>ausdrücklich gewählt</translation>
    </message>
    <message>
        <source>production: the rehearsal ran in a transaction on the live tables, chosen explicitly, under lock_timeout %1 ms, so that it fails rather than queue traffic behind it</source>
        <translation>Produktion: die Probe lief in einer Transaktion auf den Live-Tabellen, ausdrücklich gewählt, unter lock_timeout %1 ms, damit sie eher fehlschlägt, als Verkehr hinter sich aufzustauen</translation>
    </message>
    <message>
        <source>profile "%1" (%2) names the same database as production profile "%3" (%4): a rehearsal there would run on production; point "%1" at a database of its own</source>
        <translation>Profil „%1“ (%2) nennt dieselbe Datenbank wie das Produktionsprofil „%3“ (%4): eine Probe dort liefe auf Produktion; richten Sie „%1“ auf eine eigene Datenbank</translation>
    </message>
    <message>
        <source>%1: cannot set the dry run's lock_timeout: %2</source>
        <translation>%1: der lock_timeout des Probelaufs lässt sich nicht setzen: %2</translation>
    </message>
    <message>
        <source>sequence %1 cannot be read by this user: if the dry run used it, it stays moved</source>
        <translation>Sequenz %1 ist für diesen Benutzer nicht lesbar: hat der Probelauf sie benutzt, bleibt sie weitergezählt</translation>
    </message>
    <message>
        <source>sequence %1 was moved by the dry run to %2 and could not be put back to %3: %4</source>
        <translation>Sequenz %1 wurde vom Probelauf auf %2 weitergezählt und konnte nicht auf %3 zurückgesetzt werden: %4</translation>
    </message>
    <message>
        <source>%1: cannot read which of the database's routines reach outside: %2</source>
        <translation>%1: es lässt sich nicht lesen, welche Routinen der Datenbank nach außen reichen: %2</translation>
    </message>
    <message numerus="yes">
        <source>the target differs from what its history implies in %n change(s)</source>
        <translation>
            <numerusform>das Ziel weicht in %n Änderung von dem ab, was seine Historie ergibt</numerusform>
            <numerusform>das Ziel weicht in %n Änderungen von dem ab, was seine Historie ergibt</numerusform>
        </translation>
    </message>
    <message>
        <source>MySQL and MariaDB commit DDL implicitly, so no transaction can hold a dry run</source>
        <translation>MySQL und MariaDB committen DDL implizit, daher kann keine Transaktion einen Probelauf halten</translation>
    </message>
    <message>
        <source>%1: gave up waiting for a lock after lock_timeout (at most %2 ms on production): another session holds a lock on that table, and a production dry run in a transaction does not queue traffic behind it</source>
        <translation>%1: Warten auf eine Sperre nach lock_timeout aufgegeben (höchstens %2 ms auf Produktion): eine andere Sitzung hält eine Sperre auf dieser Tabelle, und ein Probelauf auf Produktion in einer Transaktion staut keinen Verkehr hinter sich auf</translation>
    </message>
    <message>
        <source>rewrites %1</source>
        <translation>schreibt %1 neu</translation>
    </message>
    <message numerus="yes">
        <source>rewrites %1 (%2, about %n row(s))</source>
        <translation>
            <numerusform>schreibt %1 neu (%2, etwa %n Zeile)</numerusform>
            <numerusform>schreibt %1 neu (%2, etwa %n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>rewrites %1 (%2)</source>
        <translation>schreibt %1 neu (%2)</translation>
    </message>
    <message>
        <source>%1 on %2: %3 until the migration commits (held %4 ms in the dry run)</source>
        <translation>%1 auf %2: %3, bis die Migration committet (im Probelauf %4 ms gehalten)</translation>
    </message>
    <message>
        <source>%1's down leaves %2 %3%4</source>
        <translation>das down von %1 hinterlässt %2 %3%4</translation>
    </message>
    <message>
        <source>%1's down does not restore %2 %3%4</source>
        <translation>das down von %1 stellt %2 %3%4 nicht wieder her</translation>
    </message>
    <message>
        <source>%1's down leaves %2 %3%4 renamed to %5</source>
        <translation>das down von %1 lässt %2 %3%4 umbenannt in %5</translation>
    </message>
    <message>
        <source>%1's down restores %2 without its default %3</source>
        <translation>das down von %1 stellt %2 ohne seinen Standardwert %3 wieder her</translation>
    </message>
    <message>
        <source>%1's down restores %2 %3%4 differently</source>
        <translation>das down von %1 stellt %2 %3%4 anders wieder her</translation>
    </message>
    <message>
        <source>%1's down restores %2 %3%4 differently: %5</source>
        <translation>das down von %1 stellt %2 %3%4 anders wieder her: %5</translation>
    </message>
    <message>
        <source>the round trip cannot run %1: %2</source>
        <translation>der Hin- und Rückweg kann %1 nicht ausführen: %2</translation>
    </message>
    <message>
        <source>round trip %1/%2: %3 down and up again</source>
        <translation>Hin- und Rückweg %1/%2: %3 down und erneut up</translation>
    </message>
    <message>
        <source>%1's down fails: %2</source>
        <translation>das down von %1 schlägt fehl: %2</translation>
    </message>
    <message>
        <source>the round trips after %1 were not run: its down stopped part-way, and this engine cannot roll DDL back to where the up left it</source>
        <translation>die Hin- und Rückwege nach %1 liefen nicht: sein down brach mittendrin ab, und diese Engine kann DDL nicht bis dahin zurückrollen, wo das up sie ließ</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>after %1's down</source>
        <translation>nach dem down von %1</translation>
    </message>
    <message>
        <source>%1's up fails when run again after its down: %2</source>
        <translation>das up von %1 schlägt fehl, wenn es nach seinem down erneut läuft: %2</translation>
    </message>
    <message>
        <source>the round trips after %1 were not run: its up failed when run again after its down, and this engine cannot roll DDL back to where the up left it</source>
        <translation>die Hin- und Rückwege nach %1 liefen nicht: sein up schlug beim erneuten Lauf nach dem down fehl, und diese Engine kann DDL nicht bis dahin zurückrollen, wo das up sie ließ</translation>
    </message>
    <message numerus="yes">
        <source>%1's down changes %n row(s) of %2</source>
        <translation>
            <numerusform>das down von %1 ändert %n Zeile von %2</numerusform>
            <numerusform>das down von %1 ändert %n Zeilen von %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1's down loses %n row(s) of %2 and leaves others in their place</source>
        <translation>
            <numerusform>das down von %1 verliert %n Zeile von %2 und lässt andere an ihrer Stelle</numerusform>
            <numerusform>das down von %1 verliert %n Zeilen von %2 und lässt andere an ihrer Stelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1's down loses %n row(s) of %2</source>
        <translation>
            <numerusform>das down von %1 verliert %n Zeile von %2</numerusform>
            <numerusform>das down von %1 verliert %n Zeilen von %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1's down leaves %n row(s) added to %2</source>
        <translation>
            <numerusform>das down von %1 lässt %n hinzugefügte Zeile in %2</numerusform>
            <numerusform>das down von %1 lässt %n hinzugefügte Zeilen in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the rows of %1 are not compared through the round trip: %2</source>
        <translation>die Zeilen von %1 werden über den Hin- und Rückweg nicht verglichen: %2</translation>
    </message>
    <message>
        <source>the rows of %1 are not compared through the round trip: more than %2 rows</source>
        <translation>die Zeilen von %1 werden über den Hin- und Rückweg nicht verglichen: mehr als %2 Zeilen</translation>
    </message>
    <message>
        <source>the database's write lock</source>
        <translation>die Schreibsperre der Datenbank</translation>
    </message>
    <message numerus="yes">
        <source>not measured on rows: %1 holds %n row(s) on the target, none in the dry run's copy (%2 there)</source>
        <translation>
            <numerusform>nicht auf Zeilen gemessen: %1 hat auf dem Ziel %n Zeile, in der Kopie des Probelaufs keine (%2 dort)</numerusform>
            <numerusform>nicht auf Zeilen gemessen: %1 hat auf dem Ziel %n Zeilen, in der Kopie des Probelaufs keine (%2 dort)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>estimated %1 on %2 (%n row(s))</source>
        <translation>
            <numerusform>geschätzt %1 auf %2 (%n Zeile)</numerusform>
            <numerusform>geschätzt %1 auf %2 (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>estimated %1 holding %2 on %3 (%n row(s))</source>
        <translation>
            <numerusform>geschätzt %1 mit %2 auf %3 (%n Zeile)</numerusform>
            <numerusform>geschätzt %1 mit %2 auf %3 (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>at least %1 on the target's data (the dry run's copy held no rows)</source>
        <translation>mindestens %1 auf den Daten des Ziels (die Kopie des Probelaufs hatte keine Zeilen)</translation>
    </message>
    <message>
        <source>about %1 on the target's data</source>
        <translation>etwa %1 auf den Daten des Ziels</translation>
    </message>
    <message>
        <source>%1 statement %2 (%3): %4</source>
        <translation>%1 Anweisung %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1 on %2: %3 while the statement runs, and waits for every open transaction that used %2 while later queries on it wait behind (%4 ms in the dry run)</source>
        <translation>%1 auf %2: %3, solange die Anweisung läuft, und wartet auf jede offene Transaktion, die %2 benutzt hat, während spätere Abfragen darauf dahinter warten (%4 ms im Probelauf)</translation>
    </message>
    <message>
        <source>%1 on %2: %3 while the statement runs (%4 ms in the dry run)</source>
        <translation>%1 auf %2: %3, solange die Anweisung läuft (%4 ms im Probelauf)</translation>
    </message>
    <message>
        <source>ALGORITHM=INSTANT: the server changes only the table's definition</source>
        <translation>ALGORITHM=INSTANT: der Server ändert nur die Definition der Tabelle</translation>
    </message>
    <message>
        <source>ALGORITHM=COPY: the server copies the table row by row; writes wait while it runs</source>
        <translation>ALGORITHM=COPY: der Server kopiert die Tabelle Zeile für Zeile; Schreibzugriffe warten währenddessen</translation>
    </message>
    <message>
        <source>the statement names its own ALGORITHM or LOCK</source>
        <translation>die Anweisung nennt ihr eigenes ALGORITHM oder LOCK</translation>
    </message>
    <message>
        <source>done in place without rebuilding the table</source>
        <translation>an Ort und Stelle, ohne die Tabelle neu aufzubauen</translation>
    </message>
    <message>
        <source>done in place</source>
        <translation>an Ort und Stelle</translation>
    </message>
    <message>
        <source>reads and writes go on while it runs</source>
        <translation>Lesen und Schreiben gehen währenddessen weiter</translation>
    </message>
    <message>
        <source>writes wait while it runs</source>
        <translation>Schreibzugriffe warten währenddessen</translation>
    </message>
    <message>
        <source>reads and writes wait while it runs</source>
        <translation>Lesen und Schreiben warten währenddessen</translation>
    </message>
    <message>
        <source>ALGORITHM=%1: %2; %3</source>
        <translation>ALGORITHM=%1: %2; %3</translation>
    </message>
    <message>
        <source>estimated %1 on %2 (rows unknown)</source>
        <translation>geschätzt %1 auf %2 (Zeilen unbekannt)</translation>
    </message>
    <message>
        <source>estimated %1 holding %2 on %3 (rows unknown)</source>
        <translation>geschätzt %1 mit %2 auf %3 (Zeilen unbekannt)</translation>
    </message>
    <message>
        <source>no rows of the target were copied into the scratch database: %1</source>
        <translation>keine Zeilen des Ziels wurden in die Scratch-Datenbank kopiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>the scratch database holds the first rows of %n table(s) the plan names, copied from the target</source>
        <translation>
            <numerusform>die Scratch-Datenbank enthält die ersten Zeilen von %n Tabelle, die der Plan nennt, aus dem Ziel kopiert</numerusform>
            <numerusform>die Scratch-Datenbank enthält die ersten Zeilen von %n Tabellen, die der Plan nennt, aus dem Ziel kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>rehearsed on a copy of the target's schema holding only the first rows of the tables the plan names, so failures that depend on the other rows (a unique index over duplicates, NOT NULL over NULLs, a cast that fails) may not show; the timings are scaled from those rows to the target's (pg_class)</source>
        <translation>auf einer Kopie des Zielschemas geprobt, die nur die ersten Zeilen der Tabellen enthält, die der Plan nennt; Fehler, die von den übrigen Zeilen abhängen (ein eindeutiger Index über Duplikaten, NOT NULL über NULL-Werten, eine fehlschlagende Umwandlung), zeigen sich womöglich nicht; die Zeiten werden von diesen Zeilen auf die des Ziels hochgerechnet (pg_class)</translation>
    </message>
    <message numerus="yes">
        <source>the dry run stopped after %n migration(s) of %1: %2</source>
        <translation>
            <numerusform>der Probelauf brach nach %n von %1 Migrationen ab: %2</numerusform>
            <numerusform>der Probelauf brach nach %n von %1 Migrationen ab: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Backup-Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>in %1 with %2</source>
        <translation>in %1 mit %2</translation>
    </message>
    <message>
        <source>in %1 with %2 (%3)</source>
        <translation>in %1 mit %2 (%3)</translation>
    </message>
    <message>
        <source>Restore with</source>
        <translation>Wiederherstellen mit</translation>
    </message>
    <message>
        <source>Rehearsed on</source>
        <translation>Erprobt auf</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Ran</source>
        <translation>Gelaufen</translation>
    </message>
    <message>
        <source>Schema change</source>
        <translation>Schemaänderung</translation>
    </message>
    <message>
        <source>Down steps run</source>
        <translation>Ausgeführte Down-Schritte</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Rollback of %1</source>
        <translation>Rollback von %1</translation>
    </message>
    <message>
        <source>Estimated duration</source>
        <translation>Geschätzte Dauer</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>rows unknown</source>
        <translation>Zeilen unbekannt</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, laut %2</translation>
    </message>
    <message>
        <source>Destructive</source>
        <translation>Destruktiv</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>nicht bestätigt</translation>
    </message>
    <message>
        <source>Rewrites a table</source>
        <translation>Schreibt eine Tabelle neu</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>acknowledged by %1 at %2</source>
        <translation>bestätigt von %1 am %2</translation>
    </message>
    <message>
        <source>acknowledged by %1 at %2: %3</source>
        <translation>bestätigt von %1 am %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) in %1</source>
        <translation>
            <numerusform>%n Schritt in %1</numerusform>
            <numerusform>%n Schritte in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 Zeile</numerusform>
            <numerusform>%1 Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>apply the up script again</source>
        <translation>das Up-Skript erneut anwenden</translation>
    </message>
    <message>
        <source>down script</source>
        <translation>Down-Skript</translation>
    </message>
    <message>
        <source>down script; written: %1</source>
        <translation>Down-Skript; schriftlich: %1</translation>
    </message>
    <message>
        <source>manual: %1</source>
        <translation>manuell: %1</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Am längsten</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
</context>
<context>
    <name>Executor</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the history: %2</source>
        <translation>%1: die Historie lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the history tables: %2</source>
        <translation>%1: die Historientabellen lassen sich nicht anlegen: %2</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>abgebrochen, bevor es begann</translation>
    </message>
    <message>
        <source>cannot take the write lock: %1</source>
        <translation>die Schreibsperre lässt sich nicht nehmen: %1</translation>
    </message>
    <message>
        <source>cannot create the history tables: %1</source>
        <translation>die Historientabellen lassen sich nicht anlegen: %1</translation>
    </message>
    <message>
        <source>cannot read the history: %1</source>
        <translation>die Historie lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>already applied (by another run)</source>
        <translation>bereits angewendet (von einem anderen Lauf)</translation>
    </message>
    <message>
        <source>already rolled back (by another run)</source>
        <translation>bereits zurückgerollt (von einem anderen Lauf)</translation>
    </message>
    <message>
        <source>cancelled before statement %1 of %2; rolled back</source>
        <translation>abgebrochen vor Anweisung %1 von %2; zurückgerollt</translation>
    </message>
    <message>
        <source>cancelled while statement %1 of %2 at %3 ran (%4); rolled back</source>
        <translation>abgebrochen, während Anweisung %1 von %2 bei %3 lief (%4); zurückgerollt</translation>
    </message>
    <message>
        <source>statement %1 of %2 at %3 failed: %4; the migration was rolled back</source>
        <translation>Anweisung %1 von %2 bei %3 fehlgeschlagen: %4; die Migration wurde zurückgerollt</translation>
    </message>
    <message>
        <source>cannot write the history: %1</source>
        <translation>die Historie lässt sich nicht schreiben: %1</translation>
    </message>
    <message>
        <source>commit failed: %1</source>
        <translation>Commit fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>none of its statements ran</source>
        <translation>keine ihrer Anweisungen lief</translation>
    </message>
    <message>
        <source>statement 1 ran and stays applied</source>
        <translation>Anweisung 1 lief und bleibt angewendet</translation>
    </message>
    <message>
        <source>statements 1 to %1 ran and stay applied</source>
        <translation>Anweisungen 1 bis %1 liefen und bleiben angewendet</translation>
    </message>
    <message>
        <source>%1 (statement %2 of %3)</source>
        <translation>%1 (Anweisung %2 von %3)</translation>
    </message>
    <message>
        <source>statement %1 of %2 failed at %3</source>
        <translation>Anweisung %1 von %2 bei %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1; this migration runs without a transaction: %2</source>
        <translation>%1; diese Migration läuft ohne Transaktion: %2</translation>
    </message>
    <message>
        <source>cannot record the progress: %1</source>
        <translation>der Fortschritt lässt sich nicht festhalten: %1</translation>
    </message>
    <message>
        <source>cancelled while it ran at %1: %2</source>
        <translation>abgebrochen, während es bei %1 lief: %2</translation>
    </message>
    <message>
        <source>all statements ran, but the history could not be written: %1</source>
        <translation>alle Anweisungen liefen, aber die Historie konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 %2 has not failed: there is nothing to repair</source>
        <translation>%1 %2 ist nicht fehlgeschlagen: es gibt nichts zu reparieren</translation>
    </message>
    <message>
        <source>marked applied; statements %1 to %2 were not run by Godwit</source>
        <translation>als angewendet markiert; die Anweisungen %1 bis %2 wurden nicht von Godwit ausgeführt</translation>
    </message>
    <message>
        <source>%1 %2 has no down script</source>
        <translation>%1 %2 hat kein Down-Skript</translation>
    </message>
    <message>
        <source>retry from statement %1: the migration has statements 1 to %2</source>
        <translation>Wiederholung ab Anweisung %1: die Migration hat die Anweisungen 1 bis %2</translation>
    </message>
    <message>
        <source>statement %1 failed: a retry can start there or earlier, not at %2</source>
        <translation>Anweisung %1 ist fehlgeschlagen: eine Wiederholung kann dort oder früher beginnen, nicht bei %2</translation>
    </message>
    <message>
        <source>statement %1 at %2</source>
        <translation>Anweisung %1 bei %2</translation>
    </message>
    <message>
        <source>the statements before %1 changed since they ran, so what the database holds is not what the file says:
  %2</source>
        <translation>die Anweisungen vor %1 haben sich geändert, seit sie liefen; was die Datenbank enthält, ist nicht, was in der Datei steht:
  %2</translation>
    </message>
    <message>
        <source>%1; statements %2 to %3 were rolled back with the script's own transaction</source>
        <translation>%1; die Anweisungen %2 bis %3 wurden mit der eigenen Transaktion des Skripts zurückgerollt</translation>
    </message>
    <message>
        <source>%1; the migration was rolled back</source>
        <translation>%1; die Migration wurde zurückgerollt</translation>
    </message>
    <message>
        <source>%1; the migration was rolled back, but its history row could not be restored: %2</source>
        <translation>%1; die Migration wurde zurückgerollt, aber ihre Historienzeile konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>%1: the script ends inside the transaction this statement began, which was rolled back</source>
        <translation>%1: das Skript endet innerhalb der Transaktion, die diese Anweisung begonnen hat; sie wurde zurückgerollt</translation>
    </message>
    <message>
        <source>%1; its history row could not be marked failed (it still says started): %2</source>
        <translation>%1; ihre Zeile in der Historie konnte nicht als fehlgeschlagen markiert werden (dort steht weiter „started“): %2</translation>
    </message>
    <message>
        <source>its own BEGIN … COMMIT was taken as the migration's transaction: the statements and the history row were committed together</source>
        <translation>ihr eigenes BEGIN … COMMIT wurde als Transaktion der Migration genommen: die Anweisungen und die Verlaufszeile wurden zusammen festgeschrieben</translation>
    </message>
    <message>
        <source>%1 %2 is a code migration: the application runs it, Godwit cannot</source>
        <translation>%1 %2 ist eine Code-Migration: die Anwendung führt sie aus, Godwit kann es nicht</translation>
    </message>
    <message>
        <source>%1 %2 is in the history already (%3)</source>
        <translation>%1 %2 steht bereits in der Historie (%3)</translation>
    </message>
    <message>
        <source>marked applied: the application ran %1</source>
        <translation>als angewendet markiert: die Anwendung hat %1 ausgeführt</translation>
    </message>
    <message>
        <source>recorded as applied; Godwit did not run it</source>
        <translation>als angewendet vermerkt; Godwit hat sie nicht ausgeführt</translation>
    </message>
    <message>
        <source>%1 %2 is a code migration: the application runs it; once it has, mark it applied</source>
        <translation>%1 %2 ist eine Code-Migration: die Anwendung führt sie aus; danach markieren Sie sie als angewendet</translation>
    </message>
    <message>
        <source>only %1's table records that %2 %3 failed, not which of its statements ran: put the database right by hand, then mark it applied</source>
        <translation>nur die Tabelle von %1 verzeichnet, dass %2 %3 fehlschlug, nicht welche seiner Anweisungen liefen: bringen Sie die Datenbank von Hand in Ordnung und markieren Sie sie dann als angewendet</translation>
    </message>
    <message>
        <source>marked applied; %1's table no longer says it failed</source>
        <translation>als angewendet markiert; die Tabelle von %1 verzeichnet keinen Fehlschlag mehr</translation>
    </message>
    <message>
        <source>%1: nothing ran: %2</source>
        <translation>%1: nichts wurde ausgeführt: %2</translation>
    </message>
    <message>
        <source>%1 %2 is not applied in Godwit's history: there is nothing to write to the other tool's table</source>
        <translation>%1 %2 ist in Godwits Verlauf nicht angewendet: es gibt nichts in die Tabelle des anderen Werkzeugs zu schreiben</translation>
    </message>
    <message>
        <source>cannot write %1's table: %2</source>
        <translation>die Tabelle von %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>recorded in %1 as %2 would; Godwit applied it before</source>
        <translation>in %1 eingetragen, wie %2 es täte; Godwit hatte es zuvor angewendet</translation>
    </message>
</context>
<context>
    <name>FolderReader</name>
    <message>
        <source>a directory, not a file</source>
        <translation>ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>a FIFO, not a regular file</source>
        <translation>ein FIFO, keine reguläre Datei</translation>
    </message>
    <message>
        <source>a socket, not a regular file</source>
        <translation>ein Socket, keine reguläre Datei</translation>
    </message>
    <message>
        <source>a device, not a regular file</source>
        <translation>ein Gerät, keine reguläre Datei</translation>
    </message>
    <message>
        <source>a symbolic link loop</source>
        <translation>eine Schleife symbolischer Links</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>a dangling symbolic link to %1</source>
        <translation>ein verwaister symbolischer Link auf %1</translation>
    </message>
    <message>
        <source>no such file (it was removed while the folder was read)</source>
        <translation>keine solche Datei (sie wurde entfernt, während der Ordner gelesen wurde)</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>golang-migrate naming (NNN_name.up.sql / NNN_name.down.sql)</source>
        <translation>golang-migrate-Benennung (NNN_name.up.sql / NNN_name.down.sql)</translation>
    </message>
    <message>
        <source>Flyway naming (V1__desc.sql, U1__desc.sql, R__desc.sql)</source>
        <translation>Flyway-Benennung (V1__desc.sql, U1__desc.sql, R__desc.sql)</translation>
    </message>
    <message>
        <source>dbmate files (-- migrate:up / -- migrate:down)</source>
        <translation>dbmate-Dateien (-- migrate:up / -- migrate:down)</translation>
    </message>
    <message>
        <source>goose SQL annotations (-- +goose Up / Down)</source>
        <translation>goose-SQL-Annotationen (-- +goose Up / Down)</translation>
    </message>
    <message>
        <source>paired files (NNN_desc.sql + NNN_desc_down.sql)</source>
        <translation>Dateipaare (NNN_desc.sql + NNN_desc_down.sql)</translation>
    </message>
    <message>
        <source>single files with -- UP / -- DOWN sections</source>
        <translation>einzelne Dateien mit Abschnitten -- UP / -- DOWN</translation>
    </message>
    <message>
        <source>diesel folders (TIMESTAMP_name/up.sql + down.sql)</source>
        <translation>diesel-Ordner (ZEITSTEMPEL_name/up.sql + down.sql)</translation>
    </message>
    <message>
        <source>the naming pattern in godwit.json</source>
        <translation>das Benennungsmuster in godwit.json</translation>
    </message>
    <message>
        <source>no known format</source>
        <translation>kein bekanntes Format</translation>
    </message>
    <message>
        <source>Prisma Migrate folders (NAME/migration.sql, migration_lock.toml)</source>
        <translation>Prisma-Migrate-Ordner (NAME/migration.sql, migration_lock.toml)</translation>
    </message>
    <message>
        <source>a sqitch project (sqitch.plan with deploy/, revert/, verify/)</source>
        <translation>ein sqitch-Projekt (sqitch.plan mit deploy/, revert/, verify/)</translation>
    </message>
    <message>
        <source>Alembic revisions (versions/*.py), applied with Alembic</source>
        <translation>Alembic-Revisionen (versions/*.py), mit Alembic angewendet</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <source>deployment %1 has run already: start a new one</source>
        <translation>Bereitstellung %1 ist bereits gelaufen: starten Sie eine neue</translation>
    </message>
    <message>
        <source>the plan (%1) is not the one deployment %2 reviewed (%3): the folder or the target changed</source>
        <translation>der Plan (%1) ist nicht der, den die Bereitstellung %2 geprüft hat (%3): der Ordner oder das Ziel hat sich geändert</translation>
    </message>
    <message>
        <source>deployment %1's required items are not done for this plan: %2</source>
        <translation>die erforderlichen Punkte von Bereitstellung %1 sind für diesen Plan nicht erledigt: %2</translation>
    </message>
    <message>
        <source>roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>Reparieren</translation>
    </message>
    <message>
        <source>passed on a reason, without: %1</source>
        <translation>mit Begründung durchgelassen, ohne: %1</translation>
    </message>
    <message>
        <source>the typed name</source>
        <translation>den eingegebenen Namen</translation>
    </message>
    <message>
        <source>confirmed by typing the profile's name</source>
        <translation>durch Eingabe des Profilnamens bestätigt</translation>
    </message>
    <message>
        <source>deployment %1 overridden in its record, without: %2</source>
        <translation>Bereitstellung %1 in ihrem Datensatz übersteuert, ohne: %2</translation>
    </message>
    <message>
        <source>deployment %1's required items done</source>
        <translation>erforderliche Punkte von Bereitstellung %1 erledigt</translation>
    </message>
    <message>
        <source>; the profile's name typed</source>
        <translation>; Profilname eingegeben</translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation>von %1: %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>no deployment under way on production profile %1</source>
        <translation>auf dem Produktionsprofil %1 läuft keine Bereitstellung</translation>
    </message>
    <message>
        <source>%1 on production profile %2 needs the profile's name typed by a person, or a reason to pass without one</source>
        <translation>%1 auf dem Produktionsprofil %2 braucht den von einer Person eingegebenen Namen des Profils oder, ohne sie, eine Begründung</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>%1: cannot read the history: %2</source>
        <translation>%1: die Historie lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>cannot make %1 append-only: %2</source>
        <translation>%1 lässt sich nicht auf append-only stellen: %2</translation>
    </message>
</context>
<context>
    <name>Introspection</name>
    <message>
        <source>%1: cannot read the schema: %2</source>
        <translation>%1: das Schema lässt sich nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>JsonTree</name>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
</context>
<context>
    <name>Lint</name>
    <message>
        <source>"%1…" is %2 bytes; PostgreSQL keeps 63</source>
        <translation>„%1…“ ist %2 Bytes lang; PostgreSQL behält 63</translation>
    </message>
    <message>
        <source>%1.%2 is char(n)</source>
        <translation>%1.%2 ist char(n)</translation>
    </message>
    <message>
        <source>%1.%2 is %3</source>
        <translation>%1.%2 ist %3</translation>
    </message>
    <message>
        <source>%1.%2 is a 32-bit primary key</source>
        <translation>%1.%2 ist ein 32-Bit-Primärschlüssel</translation>
    </message>
    <message>
        <source>%1.%2 is %3 without time zone</source>
        <translation>%1.%2 ist %3 ohne Zeitzone</translation>
    </message>
    <message>
        <source>drops column %1.%2</source>
        <translation>entfernt die Spalte %1.%2</translation>
    </message>
    <message>
        <source>drops constraint %1 on %2</source>
        <translation>entfernt den Constraint %1 auf %2</translation>
    </message>
    <message>
        <source>changes the type of %1.%2 to %3: PostgreSQL rewrites the table unless the new type is binary-compatible</source>
        <translation>ändert den Typ von %1.%2 in %3: PostgreSQL schreibt die Tabelle neu, außer der neue Typ ist binärkompatibel</translation>
    </message>
    <message>
        <source>sets %1.%2 NOT NULL</source>
        <translation>setzt %1.%2 NOT NULL</translation>
    </message>
    <message>
        <source>adds %1.%2 with a volatile default</source>
        <translation>fügt %1.%2 mit einem volatilen Default hinzu</translation>
    </message>
    <message>
        <source>adds %1.%2 NOT NULL without a default</source>
        <translation>fügt %1.%2 NOT NULL ohne Default hinzu</translation>
    </message>
    <message>
        <source>adds foreign key %1 on %2 and validates it at once</source>
        <translation>fügt den Fremdschlüssel %1 auf %2 hinzu und validiert ihn sofort</translation>
    </message>
    <message>
        <source>adds check %1 on %2 and validates it at once</source>
        <translation>fügt den Check %1 auf %2 hinzu und validiert ihn sofort</translation>
    </message>
    <message>
        <source>adds %1 on %2 with a blocking index build</source>
        <translation>fügt %1 auf %2 mit blockierendem Indexaufbau hinzu</translation>
    </message>
    <message>
        <source> without CONCURRENTLY</source>
        <translation> ohne CONCURRENTLY</translation>
    </message>
    <message>
        <source>drops %1</source>
        <translation>entfernt %1</translation>
    </message>
    <message>
        <source>DROP INDEX CONCURRENTLY inside BEGIN … COMMIT</source>
        <translation>DROP INDEX CONCURRENTLY innerhalb von BEGIN … COMMIT</translation>
    </message>
    <message>
        <source>drops database %1</source>
        <translation>entfernt die Datenbank %1</translation>
    </message>
    <message>
        <source>empties %1%2</source>
        <translation>leert %1%2</translation>
    </message>
    <message>
        <source> and every table referencing it</source>
        <translation> und jede Tabelle, die auf sie verweist</translation>
    </message>
    <message>
        <source>deletes every row of %1</source>
        <translation>löscht jede Zeile von %1</translation>
    </message>
    <message>
        <source>updates every row of %1</source>
        <translation>ändert jede Zeile von %1</translation>
    </message>
    <message>
        <source>renames table %1 to %2</source>
        <translation>benennt die Tabelle %1 in %2 um</translation>
    </message>
    <message>
        <source>renames column %1.%2 to %3</source>
        <translation>benennt die Spalte %1.%2 in %3 um</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY inside BEGIN … COMMIT</source>
        <translation>CREATE INDEX CONCURRENTLY innerhalb von BEGIN … COMMIT</translation>
    </message>
    <message>
        <source>builds index %1 on %2 while writes wait</source>
        <translation>baut den Index %1 auf %2, während Schreibzugriffe warten</translation>
    </message>
    <message>
        <source>adds '%1' to %2 at the end</source>
        <translation>fügt '%1' am Ende von %2 hinzu</translation>
    </message>
    <message>
        <source>%1 inside a migration Godwit runs in a transaction</source>
        <translation>%1 in einer Migration, die Godwit in einer Transaktion ausführt</translation>
    </message>
    <message>
        <source>INSTANT from MariaDB %1</source>
        <translation>INSTANT ab MariaDB %1</translation>
    </message>
    <message>
        <source>INSTANT from MySQL %1</source>
        <translation>INSTANT ab MySQL %1</translation>
    </message>
    <message>
        <source>INSTANT from MySQL %1 and MariaDB %2</source>
        <translation>INSTANT ab MySQL %1 und MariaDB %2</translation>
    </message>
    <message>
        <source>the server's version is unknown: name it with lint.server in godwit.json or lint against the target</source>
        <translation>die Version des Servers ist unbekannt: nennen Sie sie mit lint.server in godwit.json oder prüfen Sie gegen das Ziel</translation>
    </message>
    <message>
        <source>%1 is refused for %2 on %3: the ALTER fails</source>
        <translation>%1 wird für %2 auf %3 abgelehnt: das ALTER schlägt fehl</translation>
    </message>
    <message>
        <source>%1 is refused for %2 on every MySQL and MariaDB version: the ALTER fails</source>
        <translation>%1 wird für %2 auf jeder MySQL- und MariaDB-Version abgelehnt: das ALTER schlägt fehl</translation>
    </message>
    <message>
        <source>older servers</source>
        <translation>älteren Servern</translation>
    </message>
    <message>
        <source>ALGORITHM=COPY copies %1: writes wait for the whole copy</source>
        <translation>ALGORITHM=COPY kopiert %1: Schreibzugriffe warten die ganze Kopie ab</translation>
    </message>
    <message>
        <source>%1 copies %2 on %3: writes wait for the whole copy</source>
        <translation>%1 kopiert %2 auf %3: Schreibzugriffe warten die ganze Kopie ab</translation>
    </message>
    <message>
        <source>%1 rebuilds %2 on %3 and blocks writes meanwhile</source>
        <translation>%1 baut %2 auf %3 neu auf und blockiert solange Schreibzugriffe</translation>
    </message>
    <message>
        <source>%1 rebuilds %2 in place on %3: writes go on, but it takes time and disk space in proportion to the table</source>
        <translation>%1 baut %2 auf %3 an Ort und Stelle neu auf: Schreibzugriffe laufen weiter, aber es braucht Zeit und Plattenplatz im Verhältnis zur Tabelle</translation>
    </message>
    <message>
        <source>INSTANT from %1</source>
        <translation>INSTANT ab %1</translation>
    </message>
    <message>
        <source>drops %1 %2</source>
        <translation>entfernt %1 %2</translation>
    </message>
    <message>
        <source>empties %1</source>
        <translation>leert %1</translation>
    </message>
    <message>
        <source>drops index %1 on %2</source>
        <translation>entfernt den Index %1 auf %2</translation>
    </message>
    <message>
        <source>drops %1 %2 on %3</source>
        <translation>entfernt %1 %2 auf %3</translation>
    </message>
    <message>
        <source>redefines column %1.%2</source>
        <translation>definiert die Spalte %1.%2 neu</translation>
    </message>
    <message>
        <source>SQLite cannot %1 on %2</source>
        <translation>SQLite kann nicht %1 auf %2</translation>
    </message>
    <message>
        <source>SQLite cannot add a %1 column to %2</source>
        <translation>SQLite kann %2 keine %1-Spalte hinzufügen</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>libpg_query does not parse it (%1): not analysed</source>
        <translation>libpg_query parst sie nicht (%1): nicht analysiert</translation>
    </message>
    <message>
        <source>BEGIN is never committed in this script</source>
        <translation>BEGIN wird in diesem Skript nie committet</translation>
    </message>
    <message>
        <source>takes a strong lock with no lock timeout set in the script or the project</source>
        <translation>nimmt eine starke Sperre, ohne dass im Skript oder Projekt ein Lock-Timeout gesetzt ist</translation>
    </message>
    <message>
        <source>takes a strong lock with no statement timeout set</source>
        <translation>nimmt eine starke Sperre, ohne dass ein Statement-Timeout gesetzt ist</translation>
    </message>
    <message>
        <source>%1/godwit.json: lint.server: "%2" is not a MySQL or MariaDB version such as "mysql 8.0.35" or "mariadb 10.11"</source>
        <translation>%1/godwit.json: lint.server: „%2“ ist keine MySQL- oder MariaDB-Version wie „mysql 8.0.35“ oder „mariadb 10.11“</translation>
    </message>
    <message>
        <source>%1/godwit.json: lint.rules: unknown rule "%2"</source>
        <translation>%1/godwit.json: lint.rules: unbekannte Regel „%2“</translation>
    </message>
    <message>
        <source>%1/godwit.json: lint.rules.%2: "%3" is not off, info, warning or error</source>
        <translation>%1/godwit.json: lint.rules.%2: „%3“ ist weder off, info, warning noch error</translation>
    </message>
    <message>
        <source>%1 %2 has no down script</source>
        <translation>%1 %2 hat kein Down-Skript</translation>
    </message>
    <message>
        <source>narrows %1.%2 from %3 to %4: possible data loss</source>
        <translation>verengt %1.%2 von %3 auf %4: möglicher Datenverlust</translation>
    </message>
    <message>
        <source>Instead: %1</source>
        <translation>Stattdessen: %1</translation>
    </message>
    <message>
        <source>%1: rows unknown</source>
        <translation>%1: Zeilen unbekannt</translation>
    </message>
    <message>
        <source>will fail: %1 has rows</source>
        <translation>wird fehlschlagen: %1 hat Zeilen</translation>
    </message>
    <message>
        <source>will fail: %1 duplicate (%2) values, e.g. %3</source>
        <translation>wird fehlschlagen: %1 doppelte (%2)-Werte, z. B. %3</translation>
    </message>
    <message>
        <source>will fail: %1 values of %2.%3 do not fit the new type</source>
        <translation>wird fehlschlagen: %1 Werte von %2.%3 passen nicht in den neuen Typ</translation>
    </message>
    <message>
        <source>the reversibility check of %1 could not run: %2</source>
        <translation>die Umkehrbarkeitsprüfung von %1 konnte nicht laufen: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: ~%2 row(s)</source>
        <translation>
            <numerusform>%1: ~%2 Zeile</numerusform>
            <numerusform>%1: ~%2 Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>will fail: %1 row(s) of %2 have NULL in %3</source>
        <translation>
            <numerusform>wird fehlschlagen: %1 Zeile von %2 hat NULL in %3</numerusform>
            <numerusform>wird fehlschlagen: %1 Zeilen von %2 haben NULL in %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LintRules</name>
    <message>
        <source>drop table</source>
        <translation>Tabelle entfernen</translation>
    </message>
    <message>
        <source>the table and every row in it are gone; a running application that still reads it fails</source>
        <translation>die Tabelle und jede ihrer Zeilen sind weg; eine laufende Anwendung, die sie noch liest, schlägt fehl</translation>
    </message>
    <message>
        <source>contract last: stop every reader and writer first, keep a backup, rename the table away for a release before dropping it</source>
        <translation>zuletzt zurückbauen: erst jeden Leser und Schreiber stoppen, ein Backup behalten, die Tabelle für ein Release wegbenennen, bevor sie entfernt wird</translation>
    </message>
    <message>
        <source>drop column</source>
        <translation>Spalte entfernen</translation>
    </message>
    <message>
        <source>the column's data is gone, and code that still selects or inserts it fails at once</source>
        <translation>die Daten der Spalte sind weg, und Code, der sie noch liest oder schreibt, schlägt sofort fehl</translation>
    </message>
    <message>
        <source>expand → backfill → contract: deploy code that no longer uses the column, then drop it in a later migration</source>
        <translation>erweitern → nachfüllen → zurückbauen: Code ausliefern, der die Spalte nicht mehr nutzt, und sie in einer späteren Migration entfernen</translation>
    </message>
    <message>
        <source>drop database</source>
        <translation>Datenbank entfernen</translation>
    </message>
    <message>
        <source>everything in the database is gone</source>
        <translation>alles in der Datenbank ist weg</translation>
    </message>
    <message>
        <source>do not drop databases from a migration; do it by hand, after a backup</source>
        <translation>keine Datenbanken aus einer Migration entfernen; das von Hand tun, nach einem Backup</translation>
    </message>
    <message>
        <source>drop schema</source>
        <translation>Schema entfernen</translation>
    </message>
    <message>
        <source>every object in the schema, and its data, is gone</source>
        <translation>jedes Objekt im Schema und seine Daten sind weg</translation>
    </message>
    <message>
        <source>drop the objects one by one in a contract step, after their readers are gone</source>
        <translation>die Objekte einzeln in einem Rückbauschritt entfernen, nachdem ihre Leser weg sind</translation>
    </message>
    <message>
        <source>drop index</source>
        <translation>Index entfernen</translation>
    </message>
    <message>
        <source>queries that used the index slow down; a plain DROP INDEX on PostgreSQL takes an ACCESS EXCLUSIVE lock on the table</source>
        <translation>Abfragen, die den Index nutzten, werden langsamer; ein einfaches DROP INDEX auf PostgreSQL nimmt eine ACCESS-EXCLUSIVE-Sperre auf der Tabelle</translation>
    </message>
    <message>
        <source>check the index is unused (pg_stat_user_indexes.idx_scan); on PostgreSQL use DROP INDEX CONCURRENTLY</source>
        <translation>prüfen, dass der Index unbenutzt ist (pg_stat_user_indexes.idx_scan); auf PostgreSQL DROP INDEX CONCURRENTLY verwenden</translation>
    </message>
    <message>
        <source>drop view</source>
        <translation>View entfernen</translation>
    </message>
    <message>
        <source>readers of the view fail</source>
        <translation>Leser der View schlagen fehl</translation>
    </message>
    <message>
        <source>drop it once nothing reads it; re-create with CREATE OR REPLACE VIEW where the columns stay</source>
        <translation>entfernen, sobald nichts mehr sie liest; mit CREATE OR REPLACE VIEW neu anlegen, wo die Spalten bleiben</translation>
    </message>
    <message>
        <source>drop function or procedure</source>
        <translation>Funktion oder Prozedur entfernen</translation>
    </message>
    <message>
        <source>callers, triggers and defaults that use it fail</source>
        <translation>Aufrufer, Trigger und Defaults, die sie nutzen, schlagen fehl</translation>
    </message>
    <message>
        <source>drop it once nothing calls it</source>
        <translation>entfernen, sobald nichts mehr sie aufruft</translation>
    </message>
    <message>
        <source>drop type</source>
        <translation>Typ entfernen</translation>
    </message>
    <message>
        <source>columns and functions using the type must go first</source>
        <translation>Spalten und Funktionen, die den Typ nutzen, müssen zuerst weg</translation>
    </message>
    <message>
        <source>drop it in a contract step after its users</source>
        <translation>in einem Rückbauschritt nach seinen Nutzern entfernen</translation>
    </message>
    <message>
        <source>drop constraint</source>
        <translation>Constraint entfernen</translation>
    </message>
    <message>
        <source>the rule it enforced no longer holds; bad rows can arrive from then on</source>
        <translation>die Regel, die er durchsetzte, gilt nicht mehr; ab jetzt können fehlerhafte Zeilen ankommen</translation>
    </message>
    <message>
        <source>make sure the application enforces what the constraint did, or replace it first</source>
        <translation>sicherstellen, dass die Anwendung durchsetzt, was der Constraint tat, oder ihn zuerst ersetzen</translation>
    </message>
    <message>
        <source>truncate</source>
        <translation>truncate</translation>
    </message>
    <message>
        <source>every row of the table is gone, without a trace in triggers</source>
        <translation>jede Zeile der Tabelle ist weg, ohne Spur in Triggern</translation>
    </message>
    <message>
        <source>delete what you mean with a WHERE, in batches; keep a backup</source>
        <translation>löschen, was gemeint ist, mit WHERE, in Portionen; ein Backup behalten</translation>
    </message>
    <message>
        <source>truncate cascade</source>
        <translation>truncate cascade</translation>
    </message>
    <message>
        <source>CASCADE also empties every table that references this one, which the statement does not name</source>
        <translation>CASCADE leert auch jede Tabelle, die auf diese verweist und die die Anweisung nicht nennt</translation>
    </message>
    <message>
        <source>name the tables to empty; never CASCADE in a migration</source>
        <translation>die zu leerenden Tabellen nennen; nie CASCADE in einer Migration</translation>
    </message>
    <message>
        <source>DELETE without WHERE</source>
        <translation>DELETE ohne WHERE</translation>
    </message>
    <message>
        <source>every row of the table is deleted</source>
        <translation>jede Zeile der Tabelle wird gelöscht</translation>
    </message>
    <message>
        <source>add the WHERE you mean; delete in batches of a few thousand rows</source>
        <translation>das gemeinte WHERE ergänzen; in Portionen von einigen tausend Zeilen löschen</translation>
    </message>
    <message>
        <source>UPDATE without WHERE</source>
        <translation>UPDATE ohne WHERE</translation>
    </message>
    <message>
        <source>every row is rewritten in one transaction: the table is locked row by row for the whole run and bloats</source>
        <translation>jede Zeile wird in einer Transaktion neu geschrieben: die Tabelle ist den ganzen Lauf über zeilenweise gesperrt und bläht sich auf</translation>
    </message>
    <message>
        <source>add a WHERE; backfill in batches (WHERE id BETWEEN …, or WHERE col IS NULL LIMIT …)</source>
        <translation>ein WHERE ergänzen; in Portionen nachfüllen (WHERE id BETWEEN …, oder WHERE col IS NULL LIMIT …)</translation>
    </message>
    <message>
        <source>rename table</source>
        <translation>Tabelle umbenennen</translation>
    </message>
    <message>
        <source>code that uses the old name fails at once</source>
        <translation>Code, der den alten Namen nutzt, schlägt sofort fehl</translation>
    </message>
    <message>
        <source>expand → contract: create a view under the new (or old) name, move readers, then rename</source>
        <translation>erweitern → zurückbauen: eine View unter dem neuen (oder alten) Namen anlegen, Leser umziehen, dann umbenennen</translation>
    </message>
    <message>
        <source>rename column</source>
        <translation>Spalte umbenennen</translation>
    </message>
    <message>
        <source>expand → backfill → contract: add the new column, write both, backfill, move readers, drop the old</source>
        <translation>erweitern → nachfüllen → zurückbauen: die neue Spalte hinzufügen, beide schreiben, nachfüllen, Leser umziehen, die alte entfernen</translation>
    </message>
    <message>
        <source>column type change</source>
        <translation>Änderung des Spaltentyps</translation>
    </message>
    <message>
        <source>the table is rewritten under an exclusive lock (PostgreSQL, MySQL COPY); a narrower type loses or rejects data</source>
        <translation>die Tabelle wird unter einer exklusiven Sperre neu geschrieben (PostgreSQL, MySQL COPY); ein engerer Typ verliert oder verweigert Daten</translation>
    </message>
    <message>
        <source>add a column of the new type, backfill in batches, switch readers, drop the old column</source>
        <translation>eine Spalte des neuen Typs hinzufügen, in Portionen nachfüllen, Leser umstellen, die alte Spalte entfernen</translation>
    </message>
    <message>
        <source>NOT NULL column without a default</source>
        <translation>NOT-NULL-Spalte ohne Default</translation>
    </message>
    <message>
        <source>fails on a table that has rows (PostgreSQL, SQLite), or fills them with an implicit value (MySQL)</source>
        <translation>schlägt auf einer Tabelle mit Zeilen fehl (PostgreSQL, SQLite) oder füllt sie mit einem impliziten Wert (MySQL)</translation>
    </message>
    <message>
        <source>add the column nullable, backfill, then add the NOT NULL; or give it a constant default</source>
        <translation>die Spalte nullbar hinzufügen, nachfüllen, dann NOT NULL setzen; oder ihr einen konstanten Default geben</translation>
    </message>
    <message>
        <source>SET NOT NULL</source>
        <translation>SET NOT NULL</translation>
    </message>
    <message>
        <source>the whole table is scanned under an ACCESS EXCLUSIVE lock to check for NULLs</source>
        <translation>die ganze Tabelle wird unter einer ACCESS-EXCLUSIVE-Sperre nach NULLs durchsucht</translation>
    </message>
    <message>
        <source>ADD CONSTRAINT … CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT; then SET NOT NULL (PostgreSQL 12+ uses the validated check and skips the scan)</source>
        <translation>ADD CONSTRAINT … CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT; dann SET NOT NULL (PostgreSQL 12+ nutzt den validierten Check und überspringt den Scan)</translation>
    </message>
    <message>
        <source>volatile default</source>
        <translation>volatiler Default</translation>
    </message>
    <message>
        <source>a column added with a volatile default (random(), clock_timestamp(), gen_random_uuid()…) rewrites the whole table under an exclusive lock</source>
        <translation>eine mit volatilem Default (random(), clock_timestamp(), gen_random_uuid() …) hinzugefügte Spalte schreibt die ganze Tabelle unter einer exklusiven Sperre neu</translation>
    </message>
    <message>
        <source>add the column without a default, set the default, backfill in batches</source>
        <translation>die Spalte ohne Default hinzufügen, den Default setzen, in Portionen nachfüllen</translation>
    </message>
    <message>
        <source>foreign key without NOT VALID</source>
        <translation>Fremdschlüssel ohne NOT VALID</translation>
    </message>
    <message>
        <source>adding it scans the table while blocking writes to both tables</source>
        <translation>beim Hinzufügen wird die Tabelle durchsucht, während Schreibzugriffe auf beide Tabellen blockiert sind</translation>
    </message>
    <message>
        <source>ADD CONSTRAINT … NOT VALID, then VALIDATE CONSTRAINT in a later statement (a lighter lock)</source>
        <translation>ADD CONSTRAINT … NOT VALID, dann VALIDATE CONSTRAINT in einer späteren Anweisung (eine leichtere Sperre)</translation>
    </message>
    <message>
        <source>check constraint without NOT VALID</source>
        <translation>Check-Constraint ohne NOT VALID</translation>
    </message>
    <message>
        <source>adding it scans the whole table under an ACCESS EXCLUSIVE lock</source>
        <translation>beim Hinzufügen wird die ganze Tabelle unter einer ACCESS-EXCLUSIVE-Sperre durchsucht</translation>
    </message>
    <message>
        <source>ADD CONSTRAINT … NOT VALID, then VALIDATE CONSTRAINT</source>
        <translation>ADD CONSTRAINT … NOT VALID, dann VALIDATE CONSTRAINT</translation>
    </message>
    <message>
        <source>unique constraint with a blocking index build</source>
        <translation>Unique-Constraint mit blockierendem Indexaufbau</translation>
    </message>
    <message>
        <source>the index behind it is built while writes to the table wait</source>
        <translation>der Index dahinter wird aufgebaut, während Schreibzugriffe auf die Tabelle warten</translation>
    </message>
    <message>
        <source>CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … UNIQUE USING INDEX</source>
        <translation>CREATE UNIQUE INDEX CONCURRENTLY, dann ADD CONSTRAINT … UNIQUE USING INDEX</translation>
    </message>
    <message>
        <source>primary key with a blocking index build</source>
        <translation>Primärschlüssel mit blockierendem Indexaufbau</translation>
    </message>
    <message>
        <source>CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … PRIMARY KEY USING INDEX</source>
        <translation>CREATE UNIQUE INDEX CONCURRENTLY, dann ADD CONSTRAINT … PRIMARY KEY USING INDEX</translation>
    </message>
    <message>
        <source>index built without CONCURRENTLY</source>
        <translation>Index ohne CONCURRENTLY aufgebaut</translation>
    </message>
    <message>
        <source>writes to the table wait until the index is built</source>
        <translation>Schreibzugriffe auf die Tabelle warten, bis der Index aufgebaut ist</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY (Godwit runs it outside a transaction)</source>
        <translation>CREATE INDEX CONCURRENTLY (Godwit führt es außerhalb einer Transaktion aus)</translation>
    </message>
    <message>
        <source>CONCURRENTLY inside a transaction</source>
        <translation>CONCURRENTLY innerhalb einer Transaktion</translation>
    </message>
    <message>
        <source>PostgreSQL refuses CONCURRENTLY inside a transaction block</source>
        <translation>PostgreSQL lehnt CONCURRENTLY innerhalb eines Transaktionsblocks ab</translation>
    </message>
    <message>
        <source>remove the BEGIN/COMMIT around it; Godwit runs such statements on their own</source>
        <translation>das BEGIN/COMMIT darum entfernen; Godwit führt solche Anweisungen einzeln aus</translation>
    </message>
    <message>
        <source>transaction statement in a migration</source>
        <translation>Transaktionsanweisung in einer Migration</translation>
    </message>
    <message>
        <source>BEGIN without COMMIT</source>
        <translation>BEGIN ohne COMMIT</translation>
    </message>
    <message>
        <source>the transaction stays open to the end of the script</source>
        <translation>die Transaktion bleibt bis zum Ende des Skripts offen</translation>
    </message>
    <message>
        <source>remove the BEGIN, or end it</source>
        <translation>das BEGIN entfernen oder es beenden</translation>
    </message>
    <message>
        <source>lock timeout not set</source>
        <translation>Lock-Timeout nicht gesetzt</translation>
    </message>
    <message>
        <source>a statement that waits for a lock makes every later query on the table wait behind it</source>
        <translation>eine Anweisung, die auf eine Sperre wartet, lässt jede spätere Abfrage auf der Tabelle hinter sich warten</translation>
    </message>
    <message>
        <source>SET lock_timeout = '5s' at the top (or settings.lockTimeout in godwit.json) and retry on timeout</source>
        <translation>SET lock_timeout = '5s' am Anfang (oder settings.lockTimeout in godwit.json) und bei Timeout erneut versuchen</translation>
    </message>
    <message>
        <source>statement timeout not set</source>
        <translation>Statement-Timeout nicht gesetzt</translation>
    </message>
    <message>
        <source>a statement that runs longer than expected holds its locks for as long as it runs</source>
        <translation>eine Anweisung, die länger läuft als erwartet, hält ihre Sperren, solange sie läuft</translation>
    </message>
    <message>
        <source>SET statement_timeout (or settings.statementTimeout in godwit.json)</source>
        <translation>SET statement_timeout (oder settings.statementTimeout in godwit.json)</translation>
    </message>
    <message>
        <source>char(n)</source>
        <translation>char(n)</translation>
    </message>
    <message>
        <source>char(n) pads with spaces and is no faster than text or varchar</source>
        <translation>char(n) füllt mit Leerzeichen auf und ist nicht schneller als text oder varchar</translation>
    </message>
    <message>
        <source>use text (PostgreSQL) or varchar(n)</source>
        <translation>text (PostgreSQL) oder varchar(n) verwenden</translation>
    </message>
    <message>
        <source>int primary key</source>
        <translation>int-Primärschlüssel</translation>
    </message>
    <message>
        <source>a 32-bit key runs out at 2,147,483,647; changing it later rewrites the table and its references</source>
        <translation>ein 32-Bit-Schlüssel ist bei 2.147.483.647 erschöpft; ihn später zu ändern schreibt die Tabelle und ihre Verweise neu</translation>
    </message>
    <message>
        <source>use bigint</source>
        <translation>bigint verwenden</translation>
    </message>
    <message>
        <source>serial over identity</source>
        <translation>serial statt identity</translation>
    </message>
    <message>
        <source>serial's sequence is a separate object with its own grants and ownership quirks</source>
        <translation>die Sequenz von serial ist ein eigenes Objekt mit eigenen Rechten und Eigenheiten beim Besitz</translation>
    </message>
    <message>
        <source>use bigint GENERATED ALWAYS AS IDENTITY</source>
        <translation>bigint GENERATED ALWAYS AS IDENTITY verwenden</translation>
    </message>
    <message>
        <source>timestamp without time zone</source>
        <translation>timestamp ohne Zeitzone</translation>
    </message>
    <message>
        <source>the value means a different instant depending on who reads it</source>
        <translation>der Wert bedeutet je nach Leser einen anderen Zeitpunkt</translation>
    </message>
    <message>
        <source>use timestamptz</source>
        <translation>timestamptz verwenden</translation>
    </message>
    <message>
        <source>identifier over 63 bytes</source>
        <translation>Bezeichner über 63 Bytes</translation>
    </message>
    <message>
        <source>PostgreSQL truncates it silently: two names can become one, and later migrations miss it</source>
        <translation>PostgreSQL kürzt ihn stillschweigend: zwei Namen können einer werden, und spätere Migrationen verfehlen ihn</translation>
    </message>
    <message>
        <source>use a name of 63 bytes or fewer</source>
        <translation>einen Namen mit höchstens 63 Bytes verwenden</translation>
    </message>
    <message>
        <source>enum value added without position</source>
        <translation>Enum-Wert ohne Position hinzugefügt</translation>
    </message>
    <message>
        <source>the new value sorts last, which changes ORDER BY on the column</source>
        <translation>der neue Wert sortiert sich zuletzt ein, was ORDER BY auf der Spalte ändert</translation>
    </message>
    <message>
        <source>say where it goes: ADD VALUE 'x' BEFORE 'y' / AFTER 'y'</source>
        <translation>sagen, wohin er gehört: ADD VALUE 'x' BEFORE 'y' / AFTER 'y'</translation>
    </message>
    <message>
        <source>SQLite ALTER that needs a table rebuild</source>
        <translation>SQLite-ALTER, das einen Tabellenneubau braucht</translation>
    </message>
    <message>
        <source>SQLite's ALTER TABLE cannot do this; it fails or needs the table rebuilt</source>
        <translation>SQLites ALTER TABLE kann das nicht; es schlägt fehl oder braucht einen Neubau der Tabelle</translation>
    </message>
    <message>
        <source>SQLite's recipe: create the new table, copy the rows, drop the old, rename the new, re-create indexes, triggers and views, in one transaction with foreign_keys off</source>
        <translation>SQLites Rezept: die neue Tabelle anlegen, die Zeilen kopieren, die alte entfernen, die neue umbenennen, Indizes, Trigger und Views neu anlegen, in einer Transaktion mit ausgeschalteten foreign_keys</translation>
    </message>
    <message>
        <source>MySQL ALTER that copies the table or blocks writes</source>
        <translation>MySQL-ALTER, das die Tabelle kopiert oder Schreibzugriffe blockiert</translation>
    </message>
    <message>
        <source>the server copies the table row by row (ALGORITHM=COPY) or rebuilds it under a lock: writes wait for the whole of it, and replicas replay it as long again</source>
        <translation>der Server kopiert die Tabelle Zeile für Zeile (ALGORITHM=COPY) oder baut sie unter einer Sperre neu auf: Schreibzugriffe warten die ganze Zeit, und Replikate spielen es noch einmal so lange nach</translation>
    </message>
    <message>
        <source>use a change this server does INSTANT or INPLACE, state ALGORITHM=INPLACE, LOCK=NONE so it fails instead of copying, or use an online schema change tool (gh-ost, pt-online-schema-change)</source>
        <translation>eine Änderung verwenden, die dieser Server INSTANT oder INPLACE ausführt, ALGORITHM=INPLACE, LOCK=NONE angeben, damit sie fehlschlägt statt zu kopieren, oder ein Online-Schema-Change-Werkzeug nutzen (gh-ost, pt-online-schema-change)</translation>
    </message>
    <message>
        <source>MySQL ALTER that rebuilds the table in place</source>
        <translation>MySQL-ALTER, das die Tabelle an Ort und Stelle neu aufbaut</translation>
    </message>
    <message>
        <source>InnoDB rebuilds the table (ALGORITHM=INPLACE): writes go on, but it needs time and free disk space in proportion to the table, and replicas lag while they replay it</source>
        <translation>InnoDB baut die Tabelle neu auf (ALGORITHM=INPLACE): Schreibzugriffe laufen weiter, aber es braucht Zeit und freien Plattenplatz im Verhältnis zur Tabelle, und Replikate hängen nach, während sie es nachspielen</translation>
    </message>
    <message>
        <source>on a large table run it off-peak or with an online schema change tool; on a newer server the same change may be INSTANT</source>
        <translation>auf einer großen Tabelle außerhalb der Spitzenzeiten oder mit einem Online-Schema-Change-Werkzeug ausführen; auf einem neueren Server kann dieselbe Änderung INSTANT sein</translation>
    </message>
    <message>
        <source>ALGORITHM or LOCK the server refuses</source>
        <translation>ALGORITHM oder LOCK, das der Server ablehnt</translation>
    </message>
    <message>
        <source>the server cannot do this change with the ALGORITHM or LOCK asked for, so the ALTER stops with ER_ALTER_OPERATION_NOT_SUPPORTED and the migration fails</source>
        <translation>der Server kann diese Änderung nicht mit dem verlangten ALGORITHM oder LOCK ausführen, also bricht das ALTER mit ER_ALTER_OPERATION_NOT_SUPPORTED ab und die Migration schlägt fehl</translation>
    </message>
    <message>
        <source>ask for an algorithm the server supports for this change, split the ALTER so the cheap clauses keep their algorithm, or use an online schema change tool</source>
        <translation>einen Algorithmus verlangen, den der Server für diese Änderung unterstützt, das ALTER aufteilen, damit die günstigen Klauseln ihren Algorithmus behalten, oder ein Online-Schema-Change-Werkzeug nutzen</translation>
    </message>
    <message>
        <source>migration without a down script</source>
        <translation>Migration ohne Down-Skript</translation>
    </message>
    <message>
        <source>there is no tested way back if the deployment goes wrong</source>
        <translation>es gibt keinen getesteten Weg zurück, wenn die Bereitstellung schiefgeht</translation>
    </message>
    <message>
        <source>write the down script, or a manual rollback note in the deployment</source>
        <translation>das Down-Skript schreiben oder eine manuelle Rollback-Notiz in der Bereitstellung</translation>
    </message>
    <message>
        <source>down script that does not undo its up</source>
        <translation>Down-Skript, das sein Up nicht rückgängig macht</translation>
    </message>
    <message>
        <source>the reversibility check (up, down, compare on a dry run) found the schema not as it was: a rollback would not restore it</source>
        <translation>die Umkehrbarkeitsprüfung (up, down, vergleichen in einem Probelauf) fand das Schema nicht wie vorher: ein Rollback würde es nicht wiederherstellen</translation>
    </message>
    <message>
        <source>make the down drop what the up creates and restore what it changes, or write the manual rollback in the deployment</source>
        <translation>das Down entfernen lassen, was das Up anlegt, und wiederherstellen, was es ändert, oder den manuellen Rollback in der Bereitstellung beschreiben</translation>
    </message>
    <message>
        <source>statement not analysed</source>
        <translation>Anweisung nicht analysiert</translation>
    </message>
    <message>
        <source>the parser does not know this syntax, so no rule looked at it</source>
        <translation>der Parser kennt diese Syntax nicht, also hat keine Regel sie geprüft</translation>
    </message>
    <message>
        <source>review it by hand</source>
        <translation>von Hand prüfen</translation>
    </message>
    <message>
        <source>Godwit runs a migration in a transaction with its history row; one that commits or rolls back itself runs statement by statement instead, and a failure after its COMMIT leaves it half applied, recorded as failed until it is repaired</source>
        <translation>Godwit führt eine Migration in einer Transaktion mit ihrer Historienzeile aus; eine, die selbst committet oder zurückrollt, läuft stattdessen Anweisung für Anweisung, und ein Fehler nach ihrem COMMIT lässt sie halb angewendet zurück, als fehlgeschlagen festgehalten, bis sie repariert ist</translation>
    </message>
    <message>
        <source>remove BEGIN/COMMIT and let Godwit's transaction hold the migration; split it into two migrations where a part must be committed first</source>
        <translation>BEGIN/COMMIT entfernen und die Migration in Godwits Transaktion laufen lassen; sie in zwei Migrationen aufteilen, wo ein Teil zuerst committet werden muss</translation>
    </message>
</context>
<context>
    <name>LintRun</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>does not split into statements: %1</source>
        <translation>lässt sich nicht in Anweisungen zerlegen: %1</translation>
    </message>
    <message>
        <source>Godwit runs nothing of a script that does not split, and can check nothing else in it</source>
        <translation>Godwit führt nichts von einem Skript aus, das sich nicht zerlegen lässt, und kann nichts anderes darin prüfen</translation>
    </message>
    <message>
        <source>close what the excerpt points at: a string, a quoted name, a comment or a dollar quote</source>
        <translation>schließen Sie, worauf der Auszug zeigt: eine Zeichenkette, einen quotierten Namen, einen Kommentar oder ein Dollar-Quoting</translation>
    </message>
    <message>
        <source>Godwit can neither run nor check a script it cannot read as the folder listed it</source>
        <translation>Godwit kann ein Skript weder ausführen noch prüfen, das es nicht so lesen kann, wie der Ordner es aufführte</translation>
    </message>
    <message>
        <source>read the folder again (Refresh); if the file is gone or unreadable, restore it</source>
        <translation>lesen Sie den Ordner erneut (Aktualisieren); ist die Datei weg oder unlesbar, stellen Sie sie wieder her</translation>
    </message>
</context>
<context>
    <name>Locks</name>
    <message>
        <source>blocks EXCLUSIVE and ACCESS EXCLUSIVE locks on %1; reads and writes go on</source>
        <translation>blockiert EXCLUSIVE- und ACCESS-EXCLUSIVE-Sperren auf %1; Lesen und Schreiben gehen weiter</translation>
    </message>
    <message>
        <source>blocks CREATE INDEX (without CONCURRENTLY) and most ALTER TABLE on %1; reads and writes go on</source>
        <translation>blockiert CREATE INDEX (ohne CONCURRENTLY) und die meisten ALTER TABLE auf %1; Lesen und Schreiben gehen weiter</translation>
    </message>
    <message>
        <source>blocks VACUUM, CREATE INDEX CONCURRENTLY and other schema changes of %1; reads and writes go on</source>
        <translation>blockiert VACUUM, CREATE INDEX CONCURRENTLY und andere Schemaänderungen von %1; Lesen und Schreiben gehen weiter</translation>
    </message>
    <message>
        <source>blocks writes to %1 (INSERT, UPDATE, DELETE); reads go on</source>
        <translation>blockiert Schreibzugriffe auf %1 (INSERT, UPDATE, DELETE); Lesen geht weiter</translation>
    </message>
    <message>
        <source>blocks writes to %1 and other schema changes; reads go on</source>
        <translation>blockiert Schreibzugriffe auf %1 und andere Schemaänderungen; Lesen geht weiter</translation>
    </message>
    <message>
        <source>blocks writes to %1 and SELECT ... FOR UPDATE; only plain reads go on</source>
        <translation>blockiert Schreibzugriffe auf %1 und SELECT ... FOR UPDATE; nur einfaches Lesen geht weiter</translation>
    </message>
    <message>
        <source>blocks reads and writes of %1</source>
        <translation>blockiert Lesen und Schreiben von %1</translation>
    </message>
    <message>
        <source>blocks schema changes of %1; reads and writes go on</source>
        <translation>blockiert Schemaänderungen an %1; Lesen und Schreiben gehen weiter</translation>
    </message>
    <message>
        <source>blocks other schema changes of %1; reads and writes go on</source>
        <translation>blockiert andere Schemaänderungen an %1; Lesen und Schreiben gehen weiter</translation>
    </message>
    <message>
        <source>blocks writes to %1; reads go on</source>
        <translation>blockiert Schreibzugriffe auf %1; Lesen geht weiter</translation>
    </message>
</context>
<context>
    <name>MigrationTreeModel</name>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Repeatable</source>
        <translation>Wiederholbar</translation>
    </message>
    <message>
        <source>failed — stopped at statement %1 of %2</source>
        <translation>fehlgeschlagen — angehalten bei Anweisung %1 von %2</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>modified since applied</source>
        <translation>seit dem Anwenden geändert</translation>
    </message>
    <message>
        <source>applied, file missing</source>
        <translation>angewendet, Datei fehlt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>pending, out of order</source>
        <translation>ausstehend, außer der Reihe</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>%1 info</source>
        <translation>%1 Info</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Angewendet am</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <source>applied — Alembic revision</source>
        <translation>angewendet — Alembic-Revision</translation>
    </message>
    <message>
        <source>pending — Alembic revision, applied with Alembic</source>
        <translation>ausstehend — Alembic-Revision, mit Alembic anzuwenden</translation>
    </message>
    <message>
        <source>applied — code migration</source>
        <translation>angewendet — Code-Migration</translation>
    </message>
    <message>
        <source>pending — code migration, run by the application</source>
        <translation>ausstehend — Code-Migration, von der Anwendung ausgeführt</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+ %n hook(s), run by the application)</source>
        <translation>
            <numerusform>%1 (+ %n Hook, von der Anwendung ausgeführt)</numerusform>
            <numerusform>%1 (+ %n Hooks, von der Anwendung ausgeführt)</numerusform>
        </translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>nach: %1</translation>
    </message>
    <message>
        <source>hook, run by the application: %1</source>
        <translation>Hook, von der Anwendung ausgeführt: %1</translation>
    </message>
    <message>
        <source>applied — baseline</source>
        <translation>angewendet — Baseline</translation>
    </message>
    <message>
        <source>baseline — runs only on a database with no history</source>
        <translation>Baseline — läuft nur auf einer Datenbank ohne Verlauf</translation>
    </message>
</context>
<context>
    <name>NewMigration</name>
    <message>
        <source>"%1" makes no file name: use letters and digits</source>
        <translation>„%1“ ergibt keinen Dateinamen: verwenden Sie Buchstaben und Ziffern</translation>
    </message>
    <message>
        <source>cannot make file names from a custom naming pattern; create the files by hand</source>
        <translation>aus einem eigenen Benennungsmuster lassen sich keine Dateinamen bilden; legen Sie die Dateien von Hand an</translation>
    </message>
    <message>
        <source>%1 exists already; nothing was created</source>
        <translation>%1 existiert bereits; nichts wurde angelegt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>sqitch plans its changes itself: add one with "sqitch add %1"</source>
        <translation>sqitch plant seine Änderungen selbst: eine hinzufügen mit "sqitch add %1"</translation>
    </message>
    <message>
        <source>Alembic revisions are Python: add one with "alembic revision -m %1"</source>
        <translation>Alembic-Revisionen sind Python: eine hinzufügen mit "alembic revision -m %1"</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>%1 does not exist yet: there is no transaction to run in</source>
        <translation>%1 existiert noch nicht: es gibt keine Transaktion, in der es laufen könnte</translation>
    </message>
    <message>
        <source>the plan is not the one reviewed (plan %1, reviewed %2): the folder or the target changed; nothing was run</source>
        <translation>der Plan ist nicht der geprüfte (Plan %1, geprüft %2): der Ordner oder das Ziel hat sich geändert; nichts wurde ausgeführt</translation>
    </message>
    <message>
        <source>up %1 %2</source>
        <translation>up %1 %2</translation>
    </message>
    <message>
        <source>down %1 %2</source>
        <translation>down %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4 (%5 ms)</source>
        <translation>%1 %2 %3: %4 (%5 ms)</translation>
    </message>
    <message>
        <source>up</source>
        <translation>up</translation>
    </message>
    <message>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>%1: cannot write the audit log: %2</source>
        <translation>%1: das Audit-Log lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>waiting for the migration lock: %1</source>
        <translation>warte auf die Migrationssperre: %1</translation>
    </message>
    <message>
        <source>cancelled before the first step: nothing ran</source>
        <translation>vor dem ersten Schritt abgebrochen: nichts wurde ausgeführt</translation>
    </message>
    <message>
        <source>the history changed since the list was confirmed: nothing was recorded; look again</source>
        <translation>die Historie hat sich seit der Bestätigung der Liste geändert: nichts wurde vermerkt; sehen Sie erneut nach</translation>
    </message>
    <message>
        <source>%1 has no sqitch registry, and Godwit does not create one: let sqitch record what Godwit applied without running it (sqitch deploy --log-only --to CHANGE, the last change Godwit applied), then adopt again</source>
        <translation>%1 hat keine sqitch-Registry, und Godwit legt keine an: lassen Sie sqitch eintragen, was Godwit angewendet hat, ohne es auszuführen (sqitch deploy --log-only --to CHANGE, die letzte von Godwit angewendete Änderung), und übernehmen Sie dann erneut</translation>
    </message>
</context>
<context>
    <name>PeerHistory</name>
    <message>
        <source>%1 recorded it as failed</source>
        <translation>%1 hat sie als fehlgeschlagen vermerkt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: no migration applied</source>
        <translation>%1: keine Migration angewendet</translation>
    </message>
    <message>
        <source>%1: at version %2, dirty (it failed or was interrupted)</source>
        <translation>%1: bei Version %2, dirty (fehlgeschlagen oder unterbrochen)</translation>
    </message>
    <message>
        <source>%1: at version %2</source>
        <translation>%1: bei Version %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n applied, last %2</source>
        <translation>
            <numerusform>%1: %n angewendet, zuletzt %2</numerusform>
            <numerusform>%1: %n angewendet, zuletzt %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n applied, last %2 on %3</source>
        <translation>
            <numerusform>%1: %n angewendet, zuletzt %2 am %3</numerusform>
            <numerusform>%1: %n angewendet, zuletzt %2 am %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n failed</source>
        <translation>
            <numerusform>%1; %n fehlgeschlagen</numerusform>
            <numerusform>%1; %n fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeerTables</name>
    <message>
        <source>%1: cannot read %2 (%3's history): %4</source>
        <translation>%1: %2 (Historie von %3) kann nicht gelesen werden: %4</translation>
    </message>
    <message>
        <source>%1: cannot read %2 (%3's history): it has no column %4</source>
        <translation>%1: %2 (Historie von %3) kann nicht gelesen werden: es gibt keine Spalte %4</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>the migrations folder has errors:</source>
        <translation>der Migrationsordner hat Fehler:</translation>
    </message>
    <message>
        <source>there is no migration with version %1</source>
        <translation>es gibt keine Migration mit Version %1</translation>
    </message>
    <message>
        <source>a failed migration must be repaired first:</source>
        <translation>eine fehlgeschlagene Migration muss zuerst repariert werden:</translation>
    </message>
    <message>
        <source>applied migrations changed since they ran (checksum differs):</source>
        <translation>angewendete Migrationen haben sich geändert, seit sie liefen (Prüfsumme weicht ab):</translation>
    </message>
    <message>
        <source> (its files are gone)</source>
        <translation> (ihre Dateien fehlen)</translation>
    </message>
    <message>
        <source>cannot roll back: these migrations have no down script:</source>
        <translation>Rollback unmöglich: diese Migrationen haben kein Down-Skript:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n script(s) of the plan cannot run, so nothing was run:</source>
        <translation>
            <numerusform>%n Skript des Plans kann nicht laufen, daher wurde nichts ausgeführt:</numerusform>
            <numerusform>%n Skripte des Plans können nicht laufen, daher wurde nichts ausgeführt:</numerusform>
        </translation>
    </message>
    <message>
        <source>pending migrations are older than the newest applied one:</source>
        <translation>ausstehende Migrationen sind älter als die neueste angewendete:</translation>
    </message>
    <message>
        <source>%1 %2 is an Alembic revision (%3): Godwit does not run Python; apply it with "alembic upgrade", then run up again</source>
        <translation>%1 %2 ist eine Alembic-Revision (%3): Godwit führt kein Python aus; mit "alembic upgrade" anwenden, dann up erneut ausführen</translation>
    </message>
    <message>
        <source>the plan's dependencies are not met:</source>
        <translation>die Abhängigkeiten des Plans sind nicht erfüllt:</translation>
    </message>
    <message>
        <source> (a code migration: the application rolls it back)</source>
        <translation> (eine Code-Migration: die Anwendung macht sie rückgängig)</translation>
    </message>
    <message>
        <source>%1 %2 wraps itself in BEGIN … COMMIT: its statements run in Godwit's transaction, with the history row</source>
        <translation>%1 %2 umschließt sich selbst mit BEGIN … COMMIT: ihre Anweisungen laufen in Godwits Transaktion, mit der Verlaufszeile</translation>
    </message>
    <message>
        <source>%1 %2 is a code migration, run by the application (%3): run the application's migrator, then "repair %4 --mark-applied" and run up again; the steps stop before it</source>
        <translation>%1 %2 ist eine Code-Migration, die die Anwendung ausführt (%3): führen Sie den Migrator der Anwendung aus, dann "repair %4 --mark-applied" und erneut up; die Schritte enden davor</translation>
    </message>
    <message>
        <source>%1%2 requires %3, which is neither applied nor planned before it</source>
        <translation>%1%2 benötigt %3, das weder angewendet noch davor geplant ist</translation>
    </message>
    <message>
        <source>%1%2 conflicts with %3, which is applied or planned before it</source>
        <translation>%1%2 steht im Konflikt mit %3, das angewendet oder davor geplant ist</translation>
    </message>
    <message>
        <source>%1 is not a version of the folder or the history</source>
        <translation>%1 ist keine Version des Ordners oder der Historie</translation>
    </message>
    <message>
        <source>failed migrations up to %1: repair them first (godwit-cli repair)</source>
        <translation>fehlgeschlagene Migrationen bis %1: reparieren Sie sie zuerst (godwit-cli repair)</translation>
    </message>
    <message>
        <source>%1 (recorded by %2)</source>
        <translation>%1 (vermerkt von %2)</translation>
    </message>
    <message>
        <source>cannot roll back: the adopted tool's table is all that records these, and Godwit does not write it (adopt mode); roll them back with that tool:</source>
        <translation>Zurückrollen nicht möglich: nur die Tabelle des übernommenen Werkzeugs vermerkt diese, und Godwit schreibt sie nicht (Modus adopt); rollen Sie sie mit jenem Werkzeug zurück:</translation>
    </message>
</context>
<context>
    <name>PostgresEscapes</name>
    <message>
        <source>it is written in C, which can do anything the server can</source>
        <translation>sie ist in C geschrieben und kann alles, was der Server kann</translation>
    </message>
    <message>
        <source>it is written in the untrusted language %1, which can reach outside the database</source>
        <translation>sie ist in der nicht vertrauenswürdigen Sprache %1 geschrieben, die über die Datenbank hinausreichen kann</translation>
    </message>
    <message>
        <source>%1(), which reaches outside the dry run: %2</source>
        <translation>%1() auf, das über den Probelauf hinausreicht: %2</translation>
    </message>
    <message>
        <source>the view calls %1</source>
        <translation>die View ruft %1</translation>
    </message>
    <message>
        <source>its rule %1 calls %2</source>
        <translation>ihre Regel %1 ruft %2</translation>
    </message>
    <message>
        <source>its trigger %1 calls %2</source>
        <translation>ihr Trigger %1 ruft %2</translation>
    </message>
    <message>
        <source>its constraint %1 calls %2</source>
        <translation>ihr Constraint %1 ruft %2</translation>
    </message>
    <message>
        <source>a column default calls %1</source>
        <translation>ein Spalten-Default ruft %1</translation>
    </message>
    <message>
        <source>an index expression calls %1</source>
        <translation>ein Indexausdruck ruft %1</translation>
    </message>
    <message>
        <source>the event trigger %1 runs on DDL and calls %2(), which reaches outside the dry run: %3</source>
        <translation>der Event-Trigger %1 läuft bei DDL und ruft %2() auf, das über den Probelauf hinausreicht: %3</translation>
    </message>
</context>
<context>
    <name>PostgresStatements</name>
    <message>
        <source>CREATE INDEX CONCURRENTLY</source>
        <translation>CREATE INDEX CONCURRENTLY</translation>
    </message>
    <message>
        <source>DROP INDEX CONCURRENTLY</source>
        <translation>DROP INDEX CONCURRENTLY</translation>
    </message>
    <message>
        <source>REINDEX CONCURRENTLY</source>
        <translation>REINDEX CONCURRENTLY</translation>
    </message>
    <message>
        <source>VACUUM</source>
        <translation>VACUUM</translation>
    </message>
    <message>
        <source>CREATE DATABASE</source>
        <translation>CREATE DATABASE</translation>
    </message>
    <message>
        <source>DROP DATABASE</source>
        <translation>DROP DATABASE</translation>
    </message>
    <message>
        <source>CREATE/DROP TABLESPACE</source>
        <translation>CREATE/DROP TABLESPACE</translation>
    </message>
    <message>
        <source>ALTER SYSTEM</source>
        <translation>ALTER SYSTEM</translation>
    </message>
    <message>
        <source>ALTER TYPE … ADD VALUE (before PostgreSQL 12)</source>
        <translation>ALTER TYPE … ADD VALUE (vor PostgreSQL 12)</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: kein solcher Ordner</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not JSON that Godwit can read</source>
        <translation>kein JSON, das Godwit lesen kann</translation>
    </message>
    <message>
        <source>%1
nothing was saved</source>
        <translation>%1
nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>erwartet: %1, erhalten: %2</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a duration such as "5s", "500ms" or "10min"</source>
        <translation>eine Dauer wie „5s“, „500ms“ oder „10min“</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer der Werte %1</translation>
    </message>
    <message>
        <source>unknown %1 %2 (known: %3)</source>
        <translation>unbekannter Wert %2 für %1 (bekannt: %3)</translation>
    </message>
    <message>
        <source>written twice (first at line %1, column %2); only one would be read</source>
        <translation>zweimal geschrieben (zuerst in Zeile %1, Spalte %2); nur eine Angabe würde gelesen</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>unknown key (known: %1)</source>
        <translation>unbekannter Schlüssel (bekannt: %1)</translation>
    </message>
    <message>
        <source>unknown key; did you mean "%1"?</source>
        <translation>unbekannter Schlüssel; meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>missing "driver" (sqlite, postgresql or mysql)</source>
        <translation>„driver“ fehlt (sqlite, postgresql oder mysql)</translation>
    </message>
    <message>
        <source>not read for a %1 profile (it reads %2)</source>
        <translation>wird bei einem %1-Profil nicht gelesen (es liest %2)</translation>
    </message>
    <message>
        <source>a %1 profile needs "%2"; there is no default</source>
        <translation>ein %1-Profil braucht „%2“; es gibt keine Vorgabe</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 bei Position %2</translation>
    </message>
    <message>
        <source>needs a named group "version"</source>
        <translation>braucht eine benannte Gruppe „version“</translation>
    </message>
    <message>
        <source>%1 is not among the profiles (known: %2)</source>
        <translation>%1 ist keines der Profile (bekannt: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: %2; fix it before saving</source>
        <translation>%1: %2; beheben Sie das vor dem Speichern</translation>
    </message>
    <message>
        <source>missing "adopt" (the tool whose history table to read)</source>
        <translation>"adopt" fehlt (das Werkzeug, dessen Historientabelle gelesen wird)</translation>
    </message>
    <message>
        <source>a custom history needs "%1"</source>
        <translation>eine eigene Historie braucht "%1"</translation>
    </message>
    <message>
        <source>read for a custom history only: %1 keeps its own columns</source>
        <translation>nur für eine eigene Historie gelesen: %1 hat seine eigenen Spalten</translation>
    </message>
    <message>
        <source>%1 already holds a godwit.json: open it instead</source>
        <translation>%1 enthält bereits eine godwit.json: stattdessen öffnen</translation>
    </message>
    <message>
        <source>%1: cannot create the folder migrations</source>
        <translation>%1: der Ordner migrations kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Während</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 done)</source>
        <translation>%1 (%2 von %3 erledigt)</translation>
    </message>
    <message>
        <source> — required before Apply on production</source>
        <translation> — vor dem Anwenden auf Produktion erforderlich</translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation>Veraltet: %1</translation>
    </message>
    <message>
        <source>stale: %1</source>
        <translation>veraltet: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Item (* required)</source>
        <translation>Punkt (* erforderlich)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Abgezeichnet</translation>
    </message>
</context>
<context>
    <name>RunLock</name>
    <message>
        <source>another run holds the migration lock</source>
        <translation>ein anderer Lauf hält die Migrationssperre</translation>
    </message>
    <message>
        <source>another run holds the migration lock: server process %1 (%2, user %3, from %4), connected since %5</source>
        <translation>ein anderer Lauf hält die Migrationssperre: Serverprozess %1 (%2, Benutzer %3, von %4), verbunden seit %5</translation>
    </message>
    <message>
        <source>another run holds the migration lock: connection %1 (user %2 from %3, database %4), for %5 s</source>
        <translation>ein anderer Lauf hält die Migrationssperre: Verbindung %1 (Benutzer %2 von %3, Datenbank %4), seit %5 s</translation>
    </message>
    <message>
        <source>cancelled while waiting for the migration lock</source>
        <translation>abgebrochen beim Warten auf die Migrationssperre</translation>
    </message>
</context>
<context>
    <name>SchemaDiff</name>
    <message>
        <source>type %1 → %2</source>
        <translation>Typ %1 → %2</translation>
    </message>
    <message>
        <source>NOT NULL added</source>
        <translation>NOT NULL hinzugefügt</translation>
    </message>
    <message>
        <source>NOT NULL dropped</source>
        <translation>NOT NULL entfernt</translation>
    </message>
    <message>
        <source>default %1 added</source>
        <translation>Default %1 hinzugefügt</translation>
    </message>
    <message>
        <source>default %1 dropped</source>
        <translation>Default %1 entfernt</translation>
    </message>
    <message>
        <source>default %1 → %2</source>
        <translation>Default %1 → %2</translation>
    </message>
    <message>
        <source>generated expression (%1) → (%2)</source>
        <translation>generierter Ausdruck (%1) → (%2)</translation>
    </message>
    <message>
        <source>collation %1 → %2</source>
        <translation>Sortierung %1 → %2</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>label '%1' added</source>
        <translation>Label '%1' hinzugefügt</translation>
    </message>
    <message>
        <source>label '%1' removed</source>
        <translation>Label '%1' entfernt</translation>
    </message>
    <message>
        <source>labels reordered</source>
        <translation>Labels umsortiert</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <source>add %1 %2%3</source>
        <translation>%1 %2%3 hinzufügen</translation>
    </message>
    <message>
        <source>drop %1 %2%3</source>
        <translation>%1 %2%3 entfernen</translation>
    </message>
    <message>
        <source>rename %1 %2 → %3%4</source>
        <translation>%1 %2 → %3%4 umbenennen</translation>
    </message>
    <message>
        <source>change %1 %2%3</source>
        <translation>%1 %2%3 ändern</translation>
    </message>
    <message>
        <source>change %1 %2%3: %4</source>
        <translation>%1 %2%3 ändern: %4</translation>
    </message>
    <message>
        <source>additive</source>
        <translation>ergänzend</translation>
    </message>
    <message>
        <source>rewriting</source>
        <translation>umschreibend</translation>
    </message>
    <message>
        <source>destructive</source>
        <translation>destruktiv</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>view</source>
        <translation>View</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <source>enum</source>
        <translation>Enum</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>Prozedur</translation>
    </message>
</context>
<context>
    <name>ScratchDatabase</name>
    <message>
        <source>%1: cannot make a scratch database: %2</source>
        <translation>%1: es lässt sich keine Arbeitsdatenbank anlegen: %2</translation>
    </message>
    <message>
        <source>a file copy is only made of SQLite databases</source>
        <translation>eine Dateikopie wird nur von SQLite-Datenbanken gemacht</translation>
    </message>
    <message>
        <source>SHOW CREATE TABLE %1: %2</source>
        <translation>SHOW CREATE TABLE %1: %2</translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation>Tabelle %1: %2</translation>
    </message>
    <message>
        <source>SHOW CREATE VIEW %1: %2</source>
        <translation>SHOW CREATE VIEW %1: %2</translation>
    </message>
    <message>
        <source>view %1: %2</source>
        <translation>View %1: %2</translation>
    </message>
    <message>
        <source>SHOW CREATE %1 %2: %3</source>
        <translation>SHOW CREATE %1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 is a scratch database whose owner cannot be told (made by an older Godwit): drop it by hand once no dry run is running</source>
        <translation>%1 ist eine Arbeitsdatenbank, deren Eigentümer sich nicht feststellen lässt (von einem älteren Godwit angelegt): entfernen Sie sie von Hand, sobald kein Probelauf mehr läuft</translation>
    </message>
    <message>
        <source>dropped %1 left by a run that died</source>
        <translation>%1 entfernt, von einem abgestürzten Lauf zurückgelassen</translation>
    </message>
    <message>
        <source>%1 was left by a run that died and cannot be dropped: %2</source>
        <translation>%1 wurde von einem abgestürzten Lauf zurückgelassen und lässt sich nicht entfernen: %2</translation>
    </message>
    <message>
        <source>cannot mark the session that owns %1: %2</source>
        <translation>die Sitzung, der %1 gehört, lässt sich nicht markieren: %2</translation>
    </message>
    <message>
        <source>no temporary folder for the schema: %1</source>
        <translation>kein temporärer Ordner für das Schema: %1</translation>
    </message>
    <message>
        <source>pg_dump --schema-only of the target: %1</source>
        <translation>pg_dump --schema-only des Ziels: %1</translation>
    </message>
    <message>
        <source>the view %1 could not be made without the views that read another database (%2): %3</source>
        <translation>die View %1 ließ sich ohne die Views, die eine andere Datenbank lesen (%2), nicht anlegen: %3</translation>
    </message>
    <message>
        <source>psql is not installed (Debian: postgresql-client)</source>
        <translation>psql ist nicht installiert (Debian: postgresql-client)</translation>
    </message>
    <message>
        <source>psql does not start: %1</source>
        <translation>psql startet nicht: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>psql failed (exit %1): %2</source>
        <translation>psql ist fehlgeschlagen (Exit %1): %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>restoring the target's schema with pg_restore: %1</source>
        <translation>Wiederherstellen des Zielschemas mit pg_restore: %1</translation>
    </message>
    <message>
        <source>rows whose parent rows were not copied still turned up after %1 passes</source>
        <translation>Zeilen, deren Elternzeilen nicht kopiert wurden, tauchten nach %1 Durchläufen noch auf</translation>
    </message>
    <message>
        <source>removed %1 left by a run that died</source>
        <translation>%1 entfernt, das ein abgebrochener Lauf hinterlassen hat</translation>
    </message>
    <message>
        <source>%1 was left by a run that died and cannot be removed</source>
        <translation>%1 wurde von einem abgebrochenen Lauf hinterlassen und kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>psql ended abnormally: %1</source>
        <translation>psql endete abnormal: %1</translation>
    </message>
    <message>
        <source>sequence %1: %2</source>
        <translation>Sequenz %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be emptied again: %2</source>
        <translation>%1 konnte nicht wieder geleert werden: %2</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>%1 kann nicht gesperrt werden: %2</translation>
    </message>
</context>
<context>
    <name>ScriptLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>the file changed after the folder was read; read it again</source>
        <translation>die Datei hat sich geändert, nachdem der Ordner gelesen wurde; lesen Sie ihn erneut</translation>
    </message>
</context>
<context>
    <name>ScriptRunner</name>
    <message>
        <source>%1 has no down script</source>
        <translation>%1 hat kein Down-Skript</translation>
    </message>
    <message>
        <source>cancelled before statement %1 of %2</source>
        <translation>abgebrochen vor Anweisung %1 von %2</translation>
    </message>
    <message>
        <source>statement %1 of %2 at %3 %4: %5</source>
        <translation>Anweisung %1 von %2 bei %3 %4: %5</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>wurde abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>not a Godwit snapshot (no "godwitSnapshot": 1)</source>
        <translation>kein Godwit-Snapshot (kein „godwitSnapshot“: 1)</translation>
    </message>
    <message>
        <source>unknown dialect "%1"</source>
        <translation>unbekannter Dialekt „%1“</translation>
    </message>
    <message>
        <source>table %1: a constraint of unknown kind "%2"</source>
        <translation>Tabelle %1: ein Constraint unbekannter Art „%2“</translation>
    </message>
</context>
<context>
    <name>SourceText</name>
    <message>
        <source>NUL byte in script</source>
        <translation>NUL-Byte im Skript</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte 0x%1</source>
        <translation>ungültiges UTF-8-Byte 0x%1</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>die oberste Ebene muss ein Objekt sein</translation>
    </message>
</context>
<context>
    <name>Sqitch</name>
    <message>
        <source>no sqitch engine is set (core.engine in %1): the project's SQL dialect is not known</source>
        <translation>keine sqitch-Engine gesetzt (core.engine in %1): der SQL-Dialekt des Projekts ist unbekannt</translation>
    </message>
    <message>
        <source>%1: sqitch has no engine "%2"</source>
        <translation>%1: sqitch hat keine Engine "%2"</translation>
    </message>
    <message>
        <source>the sqitch engine %1 is not one Godwit runs: the plan is shown, not deployed</source>
        <translation>die sqitch-Engine %1 führt Godwit nicht aus: der Plan wird gezeigt, nicht angewendet</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the plan %1 cannot be read: %2</source>
        <translation>der Plan %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>the line is not UTF-8</source>
        <translation>die Zeile ist kein UTF-8</translation>
    </message>
    <message>
        <source>invalid pragma; a blank line must come between pragmas and changes</source>
        <translation>ungültiges Pragma; zwischen Pragmas und Änderungen muss eine Leerzeile stehen</translation>
    </message>
    <message>
        <source>invalid project name "%1": project names must not begin with punctuation, contain "@", ":", "#", "\" or blanks, or end in punctuation or digits following punctuation</source>
        <translation>ungültiger Projektname "%1": Projektnamen dürfen nicht mit Satzzeichen beginnen, kein "@", ":", "#", "\" oder Leerzeichen enthalten und nicht auf Satzzeichen oder Ziffern nach Satzzeichen enden</translation>
    </message>
    <message>
        <source>no %project pragma</source>
        <translation>kein Pragma %project</translation>
    </message>
    <message>
        <source>invalid name; names must not begin with punctuation, contain "@", ":", "#", "\" or blanks, or end in punctuation or digits following punctuation</source>
        <translation>ungültiger Name; Namen dürfen nicht mit Satzzeichen beginnen, kein "@", ":", "#", "\" oder Leerzeichen enthalten und nicht auf Satzzeichen oder Ziffern nach Satzzeichen enden</translation>
    </message>
    <message>
        <source>missing timestamp and planner name and email</source>
        <translation>Zeitstempel sowie Name und E-Mail des Planers fehlen</translation>
    </message>
    <message>
        <source>missing timestamp</source>
        <translation>Zeitstempel fehlt</translation>
    </message>
    <message>
        <source>missing planner name and email</source>
        <translation>Name und E-Mail des Planers fehlen</translation>
    </message>
    <message>
        <source>"%1" is a reserved name</source>
        <translation>"%1" ist ein reservierter Name</translation>
    </message>
    <message>
        <source>"%1" could be confused with a SHA1 ID</source>
        <translation>"%1" könnte mit einer SHA1-ID verwechselt werden</translation>
    </message>
    <message>
        <source>%1 is no date and time</source>
        <translation>%1 ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>tag "%1" contains the illegal character /</source>
        <translation>das Tag "%1" enthält das unzulässige Zeichen /</translation>
    </message>
    <message>
        <source>tag "%1" declared without a preceding change</source>
        <translation>das Tag "%1" steht ohne vorangehende Änderung</translation>
    </message>
    <message>
        <source>tag "%1" duplicates the one on line %2</source>
        <translation>das Tag "%1" wiederholt das aus Zeile %2</translation>
    </message>
    <message>
        <source>tags may not specify dependencies</source>
        <translation>Tags dürfen keine Abhängigkeiten nennen</translation>
    </message>
    <message>
        <source>change "%1" duplicates the one on line %2 with no tag between them</source>
        <translation>die Änderung "%1" wiederholt die aus Zeile %2 ohne Tag dazwischen</translation>
    </message>
    <message>
        <source>duplicate dependency "%1"</source>
        <translation>doppelte Abhängigkeit "%1"</translation>
    </message>
    <message>
        <source>"%1" is not a valid dependency specification</source>
        <translation>"%1" ist keine gültige Angabe einer Abhängigkeit</translation>
    </message>
    <message>
        <source>change "%1" cannot require itself</source>
        <translation>die Änderung "%1" kann sich nicht selbst voraussetzen</translation>
    </message>
    <message numerus="yes">
        <source>change "%1" is planned %n change(s) before the change "%2" it requires</source>
        <translation>
            <numerusform>die Änderung "%1" ist %n Änderung vor der Änderung "%2" geplant, die sie voraussetzt</numerusform>
            <numerusform>die Änderung "%1" ist %n Änderungen vor der Änderung "%2" geplant, die sie voraussetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>change "%1" requires "%2", which is planned nowhere before it</source>
        <translation>die Änderung "%1" setzt "%2" voraus, das nirgends davor geplant ist</translation>
    </message>
</context>
<context>
    <name>SqlSplitter</name>
    <message>
        <source>unterminated string literal</source>
        <translation>nicht abgeschlossenes String-Literal</translation>
    </message>
    <message>
        <source>unterminated quoted identifier</source>
        <translation>nicht abgeschlossener Bezeichner in Anführungszeichen</translation>
    </message>
    <message>
        <source>unterminated block comment</source>
        <translation>nicht abgeschlossener Blockkommentar</translation>
    </message>
    <message>
        <source>statement is not complete (a CREATE TRIGGER body without END?)</source>
        <translation>Anweisung ist nicht vollständig (ein CREATE-TRIGGER-Rumpf ohne END?)</translation>
    </message>
    <message>
        <source>psql meta-command %1 is not supported</source>
        <translation>psql-Metabefehl %1 wird nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>the run was interrupted (its process ended) while statement 1 of %1 was under way (or that run is still going); it may have completed</source>
        <translation>der Lauf wurde unterbrochen (sein Prozess endete), während Anweisung 1 von %1 lief (oder dieser Lauf ist noch im Gange); sie ist vielleicht abgeschlossen</translation>
    </message>
    <message>
        <source>the run was interrupted (its process ended) after statement %1 of %2, while statement %3 was under way (or that run is still going); it may have completed</source>
        <translation>der Lauf wurde nach Anweisung %1 von %2 unterbrochen (sein Prozess endete), während Anweisung %3 lief (oder dieser Lauf ist noch im Gange); sie ist vielleicht abgeschlossen</translation>
    </message>
    <message>
        <source>the run ended at statement %1 of %2 without recording why</source>
        <translation>der Lauf endete bei Anweisung %1 von %2, ohne den Grund festzuhalten</translation>
    </message>
    <message>
        <source>%1 changed since it was applied (checksum then %2, now %3)</source>
        <translation>%1 hat sich seit der Anwendung geändert (Prüfsumme damals %2, jetzt %3)</translation>
    </message>
    <message>
        <source>%1 was applied, but its file is gone</source>
        <translation>%1 wurde angewendet, aber seine Datei fehlt</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>no migration has failed: there is nothing to repair</source>
        <translation>keine Migration ist fehlgeschlagen: es gibt nichts zu reparieren</translation>
    </message>
    <message>
        <source>%1 has not failed: there is nothing to repair</source>
        <translation>%1 ist nicht fehlgeschlagen: es gibt nichts zu reparieren</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) have failed: name the one to repair</source>
        <translation>
            <numerusform>%n Migration ist fehlgeschlagen: nennen Sie die zu reparierende</numerusform>
            <numerusform>%n Migrationen sind fehlgeschlagen: nennen Sie die zu reparierende</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: its files are gone; restore them first</source>
        <translation>%1: ihre Dateien fehlen; stellen Sie sie zuerst wieder her</translation>
    </message>
    <message>
        <source>below the baseline B%1 — not run on this database; the baseline stands for it</source>
        <translation>unter der Baseline B%1 — auf dieser Datenbank nicht ausgeführt; die Baseline steht für sie</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>cannot make the folder %1 private</source>
        <translation>der Ordner %1 lässt sich nicht privat machen</translation>
    </message>
</context>
<context>
    <name>Transactions</name>
    <message>
        <source>a failed CREATE INDEX CONCURRENTLY leaves the index %1 behind, INVALID: drop it with DROP INDEX CONCURRENTLY IF EXISTS %1; before running the migration again</source>
        <translation>ein fehlgeschlagenes CREATE INDEX CONCURRENTLY hinterlässt den Index %1 als INVALID: entfernen Sie ihn mit DROP INDEX CONCURRENTLY IF EXISTS %1; bevor Sie die Migration erneut ausführen</translation>
    </message>
    <message>
        <source>skipped: transaction control would end the dry run's transaction</source>
        <translation>übersprungen: Transaktionssteuerung würde die Transaktion des Probelaufs beenden</translation>
    </message>
    <message>
        <source>skipped: VACUUM cannot run inside a transaction</source>
        <translation>übersprungen: VACUUM kann nicht innerhalb einer Transaktion laufen</translation>
    </message>
    <message>
        <source>ran without CONCURRENTLY: %1 cannot run inside a transaction</source>
        <translation>ohne CONCURRENTLY ausgeführt: %1 kann nicht innerhalb einer Transaktion laufen</translation>
    </message>
    <message>
        <source>skipped: %1 cannot run inside a transaction</source>
        <translation>übersprungen: %1 kann nicht innerhalb einer Transaktion laufen</translation>
    </message>
    <message>
        <source>it controls its own transactions (%1 at %2)</source>
        <translation>das Skript steuert seine Transaktionen selbst (%1 bei %2)</translation>
    </message>
    <message>
        <source>MySQL and MariaDB commit %1 implicitly (at %2)</source>
        <translation>MySQL und MariaDB schreiben bei %1 implizit fest (bei %2)</translation>
    </message>
</context>
<context>
    <name>godwit::ProblemsModel</name>
    <message>
        <source>%1 (suppressed)</source>
        <translation>%1 (unterdrückt)</translation>
    </message>
    <message>
        <source>%1
Why: %2
Instead: %3%4</source>
        <translation>%1
Warum: %2
Stattdessen: %3%4</translation>
    </message>
    <message>
        <source>
Suppressed: %1</source>
        <translation>
Unterdrückt: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>godwit::SchemaDiffModel</name>
    <message>
        <source>Before:
%1</source>
        <translation>Vorher:
%1</translation>
    </message>
    <message>
        <source>After:
%1</source>
        <translation>Nachher:
%1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
</context>
<context>
    <name>godwit::StatementResultsModel</name>
    <message>
        <source>up</source>
        <translation>up</translation>
    </message>
    <message>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>Sperren</translation>
    </message>
</context>
</TS>
