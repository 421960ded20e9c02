<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✓ connected: %1</source>
        <translation>✓ verbunden: %1</translation>
    </message>
</context>
<context>
    <name>Remedy</name>
    <message>
        <source>The window applies migrations in order only; applying older ones after newer ones is a deliberate step it does not offer.</source>
        <translation>Das Fenster wendet Migrationen nur der Reihe nach an; ältere nach neueren anzuwenden ist ein bewusster Schritt, den es nicht anbietet.</translation>
    </message>
    <message>
        <source>Restore the changed scripts: the window does not run past applied scripts that changed.</source>
        <translation>Stellen Sie die geänderten Skripte wieder her: Das Fenster läuft nicht über angewendete Skripte hinweg, die sich geändert haben.</translation>
    </message>
    <message>
        <source>Choose copy or shadow as the dry-run method (File › Settings…).</source>
        <translation>Wählen Sie copy oder shadow als Probelaufmethode (Datei › Einstellungen…).</translation>
    </message>
    <message>
        <source>Run it again later, or choose copy as the dry-run method (File › Settings…), the default on production.</source>
        <translation>Führen Sie ihn später erneut aus oder wählen Sie copy als Probelaufmethode (Datei › Einstellungen…), die Vorgabe auf Produktion.</translation>
    </message>
    <message>
        <source>The window has no drift check: compare the target with what its history implies before trusting this rehearsal.</source>
        <translation>Das Fenster hat keine Drift-Prüfung: Vergleichen Sie das Ziel mit dem, was seine Historie ergibt, bevor Sie diesem Probelauf trauen.</translation>
    </message>
    <message>
        <source>Run the checklist item %1 first (Deployment › Run checks).</source>
        <translation>Führen Sie zuerst den Checklistenpunkt %1 aus (Bereitstellung › Prüfungen ausführen).</translation>
    </message>
    <message>
        <source>Start one (Deployment › Start deployment…) and complete its required items.</source>
        <translation>Starten Sie eine (Bereitstellung › Bereitstellung starten…) und erledigen Sie ihre erforderlichen Punkte.</translation>
    </message>
    <message>
        <source>Or override the gate with a reason, recorded in the audit log (Override… in the Checklist dock).</source>
        <translation>Oder übersteuern Sie die Sperre mit einer Begründung, die im Audit-Log festgehalten wird (Übersteuern… im Dock „Checkliste“).</translation>
    </message>
</context>
<context>
    <name>godwit::AcknowledgeDialog</name>
    <message>
        <source>Acknowledge destructive changes</source>
        <translation>Zerstörende Änderungen bestätigen</translation>
    </message>
    <message numerus="yes">
        <source>The dry run found %n change(s) that destroy data or objects, and the lint errors of the scripts that make them. Tick each one you accept; the others stay open.</source>
        <translation>
            <numerusform>Der Probelauf fand %n Änderung, die Daten oder Objekte zerstört, und die Lint-Fehler der Skripte, die sie vornehmen. Haken Sie jede ab, die Sie akzeptieren; die anderen bleiben offen.</numerusform>
            <numerusform>Der Probelauf fand %n Änderungen, die Daten oder Objekte zerstören, und die Lint-Fehler der Skripte, die sie vornehmen. Haken Sie jede ab, die Sie akzeptieren; die anderen bleiben offen.</numerusform>
        </translation>
    </message>
    <message>
        <source>optional: why it is safe, who agreed</source>
        <translation>optional: warum es sicher ist, wer zugestimmt hat</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Tick a&amp;ll</source>
        <translation>Alle an&amp;haken</translation>
    </message>
</context>
<context>
    <name>godwit::ChecklistPanel</name>
    <message>
        <source>&amp;Start…</source>
        <translation>&amp;Starten…</translation>
    </message>
    <message>
        <source>Run &amp;checks</source>
        <translation>&amp;Prüfungen ausführen</translation>
    </message>
    <message>
        <source>&amp;Tick…</source>
        <translation>Ab&amp;haken…</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge…</source>
        <translation>Bes&amp;tätigen…</translation>
    </message>
    <message>
        <source>Rollback &amp;note…</source>
        <translation>Rollback-&amp;Notiz…</translation>
    </message>
    <message>
        <source>O&amp;verride…</source>
        <translation>Übe&amp;rsteuern…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>Beri&amp;cht…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <source>The deployment under way on this profile, or a past one (read-only)</source>
        <translation>Die laufende Bereitstellung auf diesem Profil oder eine vergangene (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Select an item to see its evidence.</source>
        <translation>Wählen Sie einen Punkt, um seinen Nachweis zu sehen.</translation>
    </message>
    <message>
        <source>Start a deployment of the pending migrations to this profile, with the project's checklist</source>
        <translation>Eine Bereitstellung der ausstehenden Migrationen auf dieses Profil starten, mit der Checkliste des Projekts</translation>
    </message>
    <message>
        <source>Run the automatic items not done yet: backup, staging dry run, reversibility, rollback, estimate, destructive review (after the run: verify)</source>
        <translation>Die noch nicht erledigten automatischen Punkte ausführen: Backup, Probelauf auf Staging, Umkehrbarkeit, Rollback, Schätzung, destruktive Prüfung (nach dem Lauf: Verifikation)</translation>
    </message>
    <message>
        <source>Tick the selected manual item, with an optional note</source>
        <translation>Den gewählten manuellen Punkt abhaken, mit optionaler Notiz</translation>
    </message>
    <message>
        <source>Acknowledge a destructive change of the dry run by name</source>
        <translation>Eine destruktive Änderung des Probelaufs namentlich bestätigen</translation>
    </message>
    <message>
        <source>Write the manual rollback of a step that has no down script</source>
        <translation>Den manuellen Rollback eines Schritts ohne Down-Skript beschreiben</translation>
    </message>
    <message>
        <source>Allow Apply on production without the required items; the reason is recorded</source>
        <translation>Anwenden auf Produktion ohne die erforderlichen Punkte erlauben; die Begründung wird festgehalten</translation>
    </message>
    <message>
        <source>Apply the deployment's plan to the profile and record the outcome</source>
        <translation>Den Plan der Bereitstellung auf das Profil anwenden und das Ergebnis festhalten</translation>
    </message>
    <message>
        <source>Export the deployment's report as Markdown or HTML</source>
        <translation>Den Bericht der Bereitstellung als Markdown oder HTML exportieren</translation>
    </message>
    <message>
        <source>Close the deployment: its record becomes read-only</source>
        <translation>Die Bereitstellung schließen: ihr Datensatz wird schreibgeschützt</translation>
    </message>
    <message>
        <source>Under way: %1</source>
        <translation>Läuft: %1</translation>
    </message>
    <message>
        <source>No deployment under way</source>
        <translation>Keine Bereitstellung läuft</translation>
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
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>%1 — %2 → %3, %4</source>
        <translation>%1 — %2 → %3, %4</translation>
    </message>
    <message>
        <source>Open a project to start a deployment.</source>
        <translation>Öffnen Sie ein Projekt, um eine Bereitstellung zu starten.</translation>
    </message>
    <message>
        <source>No deployment under way on %1. Start one to take a backup, rehearse on staging and review the plan before Apply.</source>
        <translation>Auf %1 läuft keine Bereitstellung. Starten Sie eine, um ein Backup zu erstellen, auf Staging zu proben und den Plan vor dem Anwenden zu prüfen.</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> · &lt;i&gt;read-only&lt;/i&gt;</source>
        <translation> · &lt;i&gt;schreibgeschützt&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Gate overridden by %1: %2</source>
        <translation>Sperre übersteuert von %1: %2</translation>
    </message>
    <message>
        <source>Apply is blocked on production until: %1</source>
        <translation>„Anwenden“ ist auf Produktion gesperrt bis: %1</translation>
    </message>
    <message>
        <source>Every required item is done: Apply is open</source>
        <translation>Jeder erforderliche Punkt ist erledigt: „Anwenden“ ist frei</translation>
    </message>
    <message>
        <source>Apply is open (%1 is not production)</source>
        <translation>„Anwenden“ ist frei (%1 ist keine Produktion)</translation>
    </message>
    <message>
        <source>, required</source>
        <translation>, erforderlich</translation>
    </message>
    <message>
        <source>Stale:</source>
        <translation>Veraltet:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Nachweis:</translation>
    </message>
    <message>
        <source>Signed off:</source>
        <translation>Abgezeichnet:</translation>
    </message>
    <message>
        <source>%1 at %2%3</source>
        <translation>%1 um %2%3</translation>
    </message>
    <message>
        <source>no deployment to report</source>
        <translation>keine Bereitstellung für einen Bericht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>report written to %1</source>
        <translation>Bericht geschrieben nach %1</translation>
    </message>
    <message>
        <source>Tick: %1</source>
        <translation>Abhaken: %1</translation>
    </message>
    <message>
        <source>Note (optional): what was done, where the proof is</source>
        <translation>Notiz (optional): was getan wurde, wo der Nachweis liegt</translation>
    </message>
    <message>
        <source>Cannot tick</source>
        <translation>Abhaken nicht möglich</translation>
    </message>
    <message>
        <source>Cannot acknowledge</source>
        <translation>Bestätigen nicht möglich</translation>
    </message>
    <message>
        <source>Rollback note</source>
        <translation>Rollback-Notiz</translation>
    </message>
    <message>
        <source>Step without a down script:</source>
        <translation>Schritt ohne Down-Skript:</translation>
    </message>
    <message>
        <source>Rollback note for %1</source>
        <translation>Rollback-Notiz für %1</translation>
    </message>
    <message>
        <source>How to undo this step by hand:</source>
        <translation>Wie sich dieser Schritt von Hand rückgängig machen lässt:</translation>
    </message>
    <message>
        <source>Cannot write the note</source>
        <translation>Die Notiz lässt sich nicht schreiben</translation>
    </message>
    <message>
        <source>Override the production gate</source>
        <translation>Die Produktionssperre übersteuern</translation>
    </message>
    <message>
        <source>Apply on %1 without: %2.
Type the reason; it is recorded in the deployment and the audit log:</source>
        <translation>Anwenden auf %1 ohne: %2.
Geben Sie die Begründung ein; sie wird in der Bereitstellung und im Audit-Log festgehalten:</translation>
    </message>
    <message>
        <source>Not overridden</source>
        <translation>Nicht übersteuert</translation>
    </message>
    <message>
        <source>Export the deployment report</source>
        <translation>Den Bereitstellungsbericht exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;HTML (*.html)</source>
        <translation>Markdown (*.md);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Cannot write the report</source>
        <translation>Der Bericht lässt sich nicht schreiben</translation>
    </message>
    <message>
        <source>Close deployment %1</source>
        <translation>Bereitstellung %1 schließen</translation>
    </message>
    <message>
        <source>Its record becomes read-only. Note (optional):</source>
        <translation>Sein Datensatz wird schreibgeschützt. Notiz (optional):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 (%3) · %4 → %5 · %n step(s) · plan %6 · %7%8</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 (%3) · %4 → %5 · %n Schritt · Plan %6 · %7%8</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 (%3) · %4 → %5 · %n Schritte · Plan %6 · %7%8</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>Geprüft von:</translation>
    </message>
</context>
<context>
    <name>godwit::ConfirmDialog</name>
    <message>
        <source>%1 on production</source>
        <translation>%1 auf Produktion</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a &lt;b&gt;production&lt;/b&gt; profile.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist ein &lt;b&gt;Produktions&lt;/b&gt;profil.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>ist bestanden</translation>
    </message>
    <message>
        <source>did &lt;b&gt;not&lt;/b&gt; pass</source>
        <translation>ist &lt;b&gt;nicht&lt;/b&gt; bestanden</translation>
    </message>
    <message>
        <source>Nothing destructive.</source>
        <translation>Nichts Destruktives.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lint findings of these scripts:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lint-Befunde dieser Skripte:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type the profile's name to %1:</source>
        <translation>Geben Sie den Namen des Profils ein, um %1:</translation>
    </message>
    <message numerus="yes">
        <source>The dry run of this plan (%n step(s)) %1.</source>
        <translation>
            <numerusform>Der Probelauf dieses Plans (%n Schritt) %1.</numerusform>
            <numerusform>Der Probelauf dieses Plans (%n Schritte) %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Time on the target's data:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Zeit auf den Daten des Ziels:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Undoes %1 %2</source>
        <translation>Macht %1 %2 rückgängig</translation>
    </message>
    <message>
        <source>Runs %1 %2</source>
        <translation>Führt %1 %2 aus</translation>
    </message>
    <message numerus="yes">
        <source>It stopped after %n step(s): the steps after it were not rehearsed.</source>
        <translation>
            <numerusform>Er brach nach %n Schritt ab: die Schritte danach wurden nicht geprobt.</numerusform>
            <numerusform>Er brach nach %n Schritten ab: die Schritte danach wurden nicht geprobt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Groß-/&amp;Kleinschreibung</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Find the next match (Enter, F3)</source>
        <translation>Den nächsten Treffer suchen (Enter, F3)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Den vorigen Treffer suchen (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Die Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::MainWindow</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Die Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a project folder</source>
        <translation>Einen Projektordner öffnen</translation>
    </message>
    <message>
        <source>Open a folder with a godwit.json or migration files (Ctrl+O)</source>
        <translation>Einen Ordner mit einer godwit.json oder Migrationsdateien öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;New migration…</source>
        <translation>&amp;Neue Migration…</translation>
    </message>
    <message>
        <source>Create the next migration's up and down files in the folder's format (Ctrl+N)</source>
        <translation>Die Up- und Down-Dateien der nächsten Migration im Format des Ordners anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>Connection &amp;profiles…</source>
        <translation>Verbindungs&amp;profile…</translation>
    </message>
    <message>
        <source>Add, edit or remove the project's connection profiles (Ctrl+Shift+P)</source>
        <translation>Die Verbindungsprofile des Projekts hinzufügen, bearbeiten oder entfernen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>&amp;Save migration</source>
        <translation>Migration &amp;speichern</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Write the open migration's up and down scripts (Ctrl+S)</source>
        <translation>Die Up- und Down-Skripte der geöffneten Migration schreiben (Strg+S)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Editor font, theme, dry-run and timeout defaults</source>
        <translation>Editor-Schrift, Design, Vorgaben für Probelauf und Timeouts</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Godwit (Ctrl+Q)</source>
        <translation>Godwit schließen (Strg+Q)</translation>
    </message>
    <message>
        <source>&amp;Migrations</source>
        <translation>&amp;Migrationen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the folder and the target's history again (F5)</source>
        <translation>Den Ordner und die Historie des Ziels erneut lesen (F5)</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>Run the pending migrations without changing the target, and preview the schema diff (F6)</source>
        <translation>Die ausstehenden Migrationen ausführen, ohne das Ziel zu ändern, und die Schemaänderungen zeigen (F6)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Apply the pending migrations to the target (F7)</source>
        <translation>Die ausstehenden Migrationen auf das Ziel anwenden (F7)</translation>
    </message>
    <message>
        <source>Roll &amp;back</source>
        <translation>&amp;Zurückrollen</translation>
    </message>
    <message>
        <source>Roll back the newest applied migration (F8)</source>
        <translation>Die neueste angewendete Migration zurückrollen (F8)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>breche ab…</translation>
    </message>
    <message>
        <source>Stop the running operation; the statement running now is interrupted (Esc)</source>
        <translation>Die laufende Operation anhalten; die gerade laufende Anweisung wird unterbrochen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Deployment</source>
        <translation>Be&amp;reitstellung</translation>
    </message>
    <message>
        <source>&amp;Start deployment…</source>
        <translation>Bereitstellung &amp;starten…</translation>
    </message>
    <message>
        <source>Start a deployment of the pending migrations to this profile, with the project's checklist: backup, staging dry run, reversibility, review (Ctrl+Shift+D)</source>
        <translation>Eine Bereitstellung der ausstehenden Migrationen auf dieses Profil starten, mit der Checkliste des Projekts: Backup, Probelauf auf Staging, Umkehrbarkeit, Prüfung (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>&amp;Run checks</source>
        <translation>Prüfungen &amp;ausführen</translation>
    </message>
    <message>
        <source>Run the deployment's automatic items that are not done yet (Ctrl+Shift+K)</source>
        <translation>Die noch nicht erledigten automatischen Punkte der Bereitstellung ausführen (Strg+Umschalt+K)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>The connection profile the window works on</source>
        <translation>Das Verbindungsprofil, mit dem das Fenster arbeitet</translation>
    </message>
    <message>
        <source>The profile's environment</source>
        <translation>Die Umgebung des Profils</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter migrations</source>
        <translation>Migrationen &amp;filtern</translation>
    </message>
    <message>
        <source>Filter the migrations tree (Ctrl+Shift+F)</source>
        <translation>Den Migrationsbaum filtern (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>no profile "%1" in %2/godwit.json</source>
        <translation>kein Profil „%1“ in %2/godwit.json</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>%1

Password for %2 (kept for this session):</source>
        <translation>%1

Passwort für %2 (für diese Sitzung behalten):</translation>
    </message>
    <message>
        <source>%1 — %2 — Godwit</source>
        <translation>%1 — %2 — Godwit</translation>
    </message>
    <message>
        <source>Godwit</source>
        <translation>Godwit</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lese %1</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 ausstehend</translation>
    </message>
    <message>
        <source>%1: %2 applied, %3 pending, %4 with problems</source>
        <translation>%1: %2 angewendet, %3 ausstehend, %4 mit Problemen</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>dry run on %1</source>
        <translation>Probelauf auf %1</translation>
    </message>
    <message>
        <source>dry run cancelled; the target was not changed</source>
        <translation>Probelauf abgebrochen; das Ziel wurde nicht verändert</translation>
    </message>
    <message>
        <source>dry run passed; the target was not changed</source>
        <translation>Probelauf bestanden; das Ziel wurde nicht verändert</translation>
    </message>
    <message>
        <source>dry run failed; the target was not changed</source>
        <translation>Probelauf fehlgeschlagen; das Ziel wurde nicht verändert</translation>
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
        <source>ran</source>
        <translation>lief</translation>
    </message>
    <message>
        <source>On production, Apply runs a deployment's plan: start one to %1 (Deployment › Start deployment) and complete its checklist</source>
        <translation>Auf Produktion führt „Anwenden“ den Plan einer Bereitstellung aus: starten Sie eine, um %1 (Bereitstellung › Bereitstellung starten), und erledigen Sie ihre Checkliste</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>dry run before: %1 on %2</source>
        <translation>Probelauf vorab: %1 auf %2</translation>
    </message>
    <message>
        <source>%1 not confirmed: nothing was run</source>
        <translation>%1 nicht bestätigt: nichts wurde ausgeführt</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Die Änderungen an %1 vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>everything pending</source>
        <translation>alles Ausstehende</translation>
    </message>
    <message>
        <source>up to %1 %2</source>
        <translation>bis %1 %2</translation>
    </message>
    <message>
        <source>Start a deployment on %1</source>
        <translation>Eine Bereitstellung auf %1 starten</translation>
    </message>
    <message>
        <source>Deploy to %1:</source>
        <translation>Auf %1 ausrollen:</translation>
    </message>
    <message>
        <source>planning a deployment on %1</source>
        <translation>plane eine Bereitstellung auf %1</translation>
    </message>
    <message>
        <source>checking deployment %1</source>
        <translation>prüfe Bereitstellung %1</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>no deployment under way on %1: start one first</source>
        <translation>auf %1 läuft keine Bereitstellung: starten Sie zuerst eine</translation>
    </message>
    <message>
        <source>deployment %1 has run already</source>
        <translation>Bereitstellung %1 ist bereits gelaufen</translation>
    </message>
    <message>
        <source>deployment %1: applying to %2</source>
        <translation>Bereitstellung %1: wende auf %2 an</translation>
    </message>
    <message>
        <source>nothing ran: %1</source>
        <translation>nichts lief: %1</translation>
    </message>
    <message>
        <source>deployment %1 applied</source>
        <translation>Bereitstellung %1 angewendet</translation>
    </message>
    <message>
        <source>deployment %1 failed: %2</source>
        <translation>Bereitstellung %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>deployment %1: %2</source>
        <translation>Bereitstellung %1: %2</translation>
    </message>
    <message>
        <source>deployment %1: %2; evidence taken before is stale</source>
        <translation>Bereitstellung %1: %2; vorher gesammelte Nachweise sind veraltet</translation>
    </message>
    <message>
        <source>Apply deployment %1's plan to production (F7)</source>
        <translation>Den Plan von Bereitstellung %1 auf Produktion anwenden (F7)</translation>
    </message>
    <message>
        <source>Blocked on production until the deployment's required items are done: %1</source>
        <translation>Auf Produktion gesperrt, bis die erforderlichen Punkte der Bereitstellung erledigt sind: %1</translation>
    </message>
    <message>
        <source>On production, Apply runs a deployment: start one (Ctrl+Shift+D)</source>
        <translation>Auf Produktion führt „Anwenden“ eine Bereitstellung aus: starten Sie eine (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>Apply is blocked: %1</source>
        <translation>„Anwenden“ ist gesperrt: %1</translation>
    </message>
    <message>
        <source>Adopt…</source>
        <translation>Übernehmen…</translation>
    </message>
    <message>
        <source>history: %1's, adopted</source>
        <translation>Historie: von %1, übernommen</translation>
    </message>
    <message>
        <source>%1. What Godwit applies is recorded in its own history; %2 is left as it is.</source>
        <translation>%1. Was Godwit anwendet, steht in seiner eigenen Historie; %2 bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>gefunden: %1</translation>
    </message>
    <message>
        <source>History tables of other tools on the target:
%1</source>
        <translation>Historientabellen anderer Werkzeuge auf dem Ziel:
%1</translation>
    </message>
    <message>
        <source>found on %1: %2</source>
        <translation>gefunden auf %1: %2</translation>
    </message>
    <message>
        <source>Read %1 as the target's past from now on (writes "history" in godwit.json)</source>
        <translation>%1 ab jetzt als Vergangenheit des Ziels lesen (schreibt "history" in godwit.json)</translation>
    </message>
    <message>
        <source>Adopt %1's history</source>
        <translation>Historie von %1 übernehmen</translation>
    </message>
    <message>
        <source>Read %1 as what %2 already has, and record what Godwit applies from now on in Godwit's own history? %1 is not changed. This writes "history" into %3.</source>
        <translation>%1 als das lesen, was %2 schon hat, und was Godwit ab jetzt anwendet in Godwits eigener Historie vermerken? %1 wird nicht geändert. Dies schreibt "history" in %3.</translation>
    </message>
    <message>
        <source>adopted %1's history (%2)</source>
        <translation>Historie von %1 übernommen (%2)</translation>
    </message>
    <message>
        <source>nothing to record: every migration up to %1 is applied</source>
        <translation>nichts zu vermerken: jede Migration bis %1 ist angewendet</translation>
    </message>
    <message>
        <source>Mark as applied</source>
        <translation>Als angewendet markieren</translation>
    </message>
    <message numerus="yes">
        <source>Record %n migration(s) as applied on %1 without running them?</source>
        <translation>
            <numerusform>%n Migration auf %1 als angewendet vermerken, ohne sie auszuführen?</numerusform>
            <numerusform>%n Migrationen auf %1 als angewendet vermerken, ohne sie auszuführen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Do this only when the database has them already. Each is written to the audit log.</source>
        <translation>Tun Sie das nur, wenn die Datenbank sie schon hat. Jede wird ins Audit-Log geschrieben.</translation>
    </message>
    <message>
        <source>Mark as applied on production</source>
        <translation>Auf Produktion als angewendet markieren</translation>
    </message>
    <message>
        <source>Type the profile's name, %1, to go on:</source>
        <translation>Geben Sie den Namen des Profils, %1, ein, um fortzufahren:</translation>
    </message>
    <message>
        <source>mark as applied not confirmed: nothing was recorded</source>
        <translation>Markieren als angewendet nicht bestätigt: nichts wurde vermerkt</translation>
    </message>
    <message>
        <source>marking applied up to %1 on %2</source>
        <translation>markiere als angewendet bis %1 auf %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>recorded %1 of %n migration(s) as applied</source>
        <translation>
            <numerusform>%1 von %n Migration als angewendet vermerkt</numerusform>
            <numerusform>%1 von %n Migrationen als angewendet vermerkt</numerusform>
        </translation>
    </message>
    <message>
        <source>history: %1's, interop</source>
        <translation>Historie: von %1, Interop</translation>
    </message>
    <message>
        <source>%1. What Godwit applies is written to %2 too, as %3 would, in the same transaction; that table says what is applied.</source>
        <translation>%1. Was Godwit anwendet, wird auch in %2 eingetragen, wie %3 es täte, in derselben Transaktion; diese Tabelle sagt, was angewendet ist.</translation>
    </message>
    <message>
        <source>Dry run with r&amp;ound trips</source>
        <translation>Probelauf mit &amp;Hin- und Rückweg</translation>
    </message>
    <message>
        <source>Dry run that also runs each migration's down right after its up, compares the schema and rows with before, and runs the up again (Shift+F6)</source>
        <translation>Probelauf, der nach jedem Up gleich das Down der Migration ausführt, Schema und Zeilen mit vorher vergleicht und das Up erneut ausführt (Umschalt+F6)</translation>
    </message>
    <message>
        <source>dry run with round trips on %1</source>
        <translation>Probelauf mit Hin- und Rückweg auf %1</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Choose the database this project's migrations run on: a SQLite file or a server (Ctrl+Shift+P)</source>
        <translation>Die Datenbank wählen, auf der die Migrationen dieses Projekts laufen: eine SQLite-Datei oder ein Server (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>New pro&amp;ject…</source>
        <translation>Neues Pro&amp;jekt…</translation>
    </message>
    <message>
        <source>Folder of the new project</source>
        <translation>Ordner des neuen Projekts</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>How its migration files are named:</source>
        <translation>Wie seine Migrationsdateien benannt sind:</translation>
    </message>
    <message>
        <source>Create a project in a folder: its migrations folder and a godwit.json</source>
        <translation>Ein Projekt in einem Ordner anlegen: seinen Migrationsordner und eine godwit.json</translation>
    </message>
    <message>
        <source>%1 has no godwit.json: Connect… chooses the database its migrations run on</source>
        <translation>%1 hat keine godwit.json: Verbinden… wählt die Datenbank, auf der seine Migrationen laufen</translation>
    </message>
    <message>
        <source>%1/godwit.json has no connection profile: Connect… adds one</source>
        <translation>%1/godwit.json hat kein Verbindungsprofil: Verbinden… fügt eines hinzu</translation>
    </message>
    <message>
        <source>%1/godwit.json names no defaultProfile: choose a profile in the toolbar</source>
        <translation>%1/godwit.json nennt kein defaultProfile: ein Profil in der Werkzeugleiste wählen</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) in %1, none run: no database is connected</source>
        <translation>
            <numerusform>%n Migration in %1, keine ausgeführt: keine Datenbank verbunden</numerusform>
            <numerusform>%n Migrationen in %1, keine ausgeführt: keine Datenbank verbunden</numerusform>
        </translation>
    </message>
    <message>
        <source>created %1/godwit.json and %1/migrations</source>
        <translation>%1/godwit.json und %1/migrations angelegt</translation>
    </message>
    <message>
        <source>the window now works on %1; this ran on %2</source>
        <translation>das Fenster arbeitet jetzt auf %1; dies lief auf %2</translation>
    </message>
    <message>
        <source>%1 was saved since</source>
        <translation>%1 wurde seitdem gespeichert</translation>
    </message>
    <message>
        <source>Dry run with round trips</source>
        <translation>Probelauf mit Hin- und Rückweg</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Dry run before %1</source>
        <translation>Probelauf vor %1</translation>
    </message>
    <message>
        <source>%1 was not confirmed and nothing ran; this is the dry run shown for it</source>
        <translation>%1 wurde nicht bestätigt und nichts lief; dies ist der dafür gezeigte Probelauf</translation>
    </message>
    <message>
        <source>%1 changed the target since</source>
        <translation>%1 hat das Ziel seitdem verändert</translation>
    </message>
    <message>
        <source>deployment %1 changed the target since</source>
        <translation>Bereitstellung %1 hat das Ziel seitdem verändert</translation>
    </message>
    <message>
        <source>Show the %1 dock, or hide it when it is in front (%2)</source>
        <translation>Das Dock %1 zeigen oder, wenn es vorne liegt, ausblenden (%2)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Put the docks back where they were at the first start, sized to the window</source>
        <translation>Die Docks wie beim ersten Start anordnen, passend zur Fenstergröße</translation>
    </message>
    <message>
        <source>Save the changes to %1 before opening %2?</source>
        <translation>Änderungen an %1 speichern, bevor %2 geöffnet wird?</translation>
    </message>
    <message>
        <source>No dry run: a dry run needs a database to run on; choose a profile or Connect… first.</source>
        <translation>Kein Probelauf: Ein Probelauf braucht eine Datenbank; wählen Sie zuerst ein Profil oder „Verbinden…“.</translation>
    </message>
    <message numerus="yes">
        <source>Unsaved edits in %n migration(s): %1.</source>
        <translation>
            <numerusform>Ungespeicherte Änderungen in %n Migration: %1.</numerusform>
            <numerusform>Ungespeicherte Änderungen in %n Migrationen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 runs the files as they are on disk.</source>
        <translation>%1 führt die Dateien so aus, wie sie auf der Festplatte liegen.</translation>
    </message>
    <message>
        <source>Save and Continue</source>
        <translation>Speichern und fortfahren</translation>
    </message>
    <message>
        <source>Continue Without Saving</source>
        <translation>Ohne Speichern fortfahren</translation>
    </message>
    <message>
        <source>Marking as applied</source>
        <translation>Das Markieren als angewendet</translation>
    </message>
    <message>
        <source>The dry run</source>
        <translation>Der Probelauf</translation>
    </message>
    <message>
        <source>On production, Apply runs the reviewed plan of a deployment whose required checklist items are done; the dry run comes first, and your name goes to the audit log.</source>
        <translation>In Produktion führt „Anwenden“ den geprüften Plan einer Bereitstellung aus, deren Pflichtpunkte der Checkliste erledigt sind; zuerst kommt der Probelauf, und Ihr Name geht ins Audit-Log.</translation>
    </message>
    <message>
        <source>On production, Roll back is the emergency path: it needs no checklist, but the dry run comes first, you type the profile's name, and your name goes to the audit log.</source>
        <translation>In Produktion ist „Zurückrollen“ der Notfallweg: ohne Checkliste, aber zuerst kommt der Probelauf, Sie tippen den Namen des Profils, und Ihr Name geht ins Audit-Log.</translation>
    </message>
    <message>
        <source>A deployment</source>
        <translation>Eine Bereitstellung</translation>
    </message>
    <message>
        <source>The checks</source>
        <translation>Die Prüfungen</translation>
    </message>
    <message>
        <source>Apply is blocked on production</source>
        <translation>Anwenden ist in Produktion gesperrt</translation>
    </message>
    <message>
        <source>Roll back the newest applied migration (F8). On production this is the emergency path: no checklist, but the dry run first and the typed profile name, audited.</source>
        <translation>Die neueste angewendete Migration zurückrollen (F8). In Produktion ist das der Notfallweg: ohne Checkliste, aber mit Probelauf zuerst und getipptem Profilnamen, protokolliert.</translation>
    </message>
    <message>
        <source>&amp;Close migration</source>
        <translation>Migration s&amp;chließen</translation>
    </message>
    <message>
        <source>Close the open migration's tab, asking about unsaved edits (Ctrl+W)</source>
        <translation>Den Tab der geöffneten Migration schließen, mit Rückfrage bei ungespeicherten Änderungen (Strg+W)</translation>
    </message>
    <message>
        <source>the window opened %1</source>
        <translation>das Fenster hat %1 geöffnet</translation>
    </message>
    <message>
        <source>%1 was waiting and is not run: %2</source>
        <translation>%1 wartete und wird nicht ausgeführt: %2</translation>
    </message>
    <message>
        <source>the window now works on %1</source>
        <translation>das Fenster arbeitet jetzt mit %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>Erse&amp;tzen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Godwit</source>
        <translation>&amp;Über Godwit</translation>
    </message>
    <message>
        <source>About Godwit</source>
        <translation>Über Godwit</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Godwit %1&lt;/h3&gt;&lt;p&gt;A workbench for database schema migrations: write them, review them, rehearse them and deploy them with evidence.&lt;/p&gt;&lt;p&gt;Qt %2 · QScintilla %3&lt;br&gt;Qt SQL drivers: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Godwit %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für Migrationen von Datenbankschemata: schreiben, prüfen, proben und mit Nachweisen bereitstellen.&lt;/p&gt;&lt;p&gt;Qt %2 · QScintilla %3&lt;br&gt;Qt-SQL-Treiber: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Editor: find the next match</source>
        <translation>Editor: den nächsten Treffer suchen</translation>
    </message>
    <message>
        <source>Editor: find the previous match</source>
        <translation>Editor: den vorigen Treffer suchen</translation>
    </message>
    <message>
        <source>Editor: complete a table or column name</source>
        <translation>Editor: einen Tabellen- oder Spaltennamen vervollständigen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Bewirkt</translation>
    </message>
    <message>
        <source>%1: not started, another job is waiting for the one that runs</source>
        <translation>%1: nicht gestartet, ein anderer Auftrag wartet bereits auf den laufenden</translation>
    </message>
    <message>
        <source>%1: waits for the job that runs</source>
        <translation>%1: wartet auf den laufenden Auftrag</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the window closes</source>
        <translation>das Fenster wird geschlossen</translation>
    </message>
    <message>
        <source>%1 not run: it was confirmed for %2 on %3, and the window has moved on</source>
        <translation>%1 nicht ausgeführt: es wurde für %2 in %3 bestätigt, und das Fenster arbeitet inzwischen woanders</translation>
    </message>
</context>
<context>
    <name>godwit::MigrationEditor</name>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Up — %1</source>
        <translation>Up — %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Down — %1</source>
        <translation>Down — %1</translation>
    </message>
    <message>
        <source>none (irreversible)</source>
        <translation>keines (nicht umkehrbar)</translation>
    </message>
    <message>
        <source>A section of %1: edit the file itself</source>
        <translation>Ein Abschnitt von %1: bearbeiten Sie die Datei selbst</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 changed on disk.</source>
        <translation>%1 wurde auf der Platte geändert.</translation>
    </message>
    <message>
        <source>Code — %1: run by the application, shown read-only</source>
        <translation>Code — %1: von der Anwendung ausgeführt, schreibgeschützt gezeigt</translation>
    </message>
    <message>
        <source>The scripts changed on disk since you edited them.</source>
        <translation>Die Skripte wurden auf der Festplatte geändert, seit Sie sie bearbeitet haben.</translation>
    </message>
</context>
<context>
    <name>godwit::MigrationFilter</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>godwit::MigrationsPanel</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open its up and down scripts (Enter)</source>
        <translation>Ihre Up- und Down-Skripte öffnen (Enter)</translation>
    </message>
    <message>
        <source>Dry run to here</source>
        <translation>Probelauf bis hier</translation>
    </message>
    <message>
        <source>Run the plan up to this migration without changing the target</source>
        <translation>Den Plan bis zu dieser Migration ausführen, ohne das Ziel zu ändern</translation>
    </message>
    <message>
        <source>Apply to here</source>
        <translation>Bis hier anwenden</translation>
    </message>
    <message>
        <source>Apply the pending migrations up to this one</source>
        <translation>Die ausstehenden Migrationen bis zu dieser anwenden</translation>
    </message>
    <message>
        <source>Roll back to here</source>
        <translation>Bis hier zurückrollen</translation>
    </message>
    <message>
        <source>Roll back the migrations newer than this one; it stays applied</source>
        <translation>Die Migrationen zurückrollen, die neuer als diese sind; diese bleibt angewendet</translation>
    </message>
    <message>
        <source>Reveal in file manager</source>
        <translation>Im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Open the folder that holds its files</source>
        <translation>Den Ordner öffnen, der ihre Dateien enthält</translation>
    </message>
    <message>
        <source>Copy version</source>
        <translation>Version kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Mark as applied up to here…</source>
        <translation>Bis hier als angewendet markieren…</translation>
    </message>
    <message>
        <source>Record this migration and the ones before it as applied without running them (a baseline: the database has them already)</source>
        <translation>Diese Migration und die davor als angewendet vermerken, ohne sie auszuführen (eine Baseline: die Datenbank hat sie schon)</translation>
    </message>
    <message>
        <source>Filter by version, description, status or SQL</source>
        <translation>Nach Version, Beschreibung, Status oder SQL filtern</translation>
    </message>
    <message>
        <source>Shows the migrations whose version, description, status or SQL contains the text (Ctrl+Shift+F)</source>
        <translation>Zeigt die Migrationen, deren Version, Beschreibung, Status oder SQL den Text enthält (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>No migration matches “%1” in its version, description, status or SQL.</source>
        <translation>Keine Migration enthält „%1“ in Version, Beschreibung, Status oder SQL.</translation>
    </message>
</context>
<context>
    <name>godwit::NewMigrationDialog</name>
    <message>
        <source>New migration</source>
        <translation>Neue Migration</translation>
    </message>
    <message>
        <source>add customer phone</source>
        <translation>telefon zu kunde hinzufügen</translation>
    </message>
    <message>
        <source>What the migration does, in a few words: it becomes the file names</source>
        <translation>Was die Migration tut, in wenigen Worten: daraus werden die Dateinamen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>(type a name)</source>
        <translation>(Namen eingeben)</translation>
    </message>
</context>
<context>
    <name>godwit::PreviewPanel</name>
    <message>
        <source>Schema changes</source>
        <translation>Schemaänderungen</translation>
    </message>
    <message>
        <source>DDL diff</source>
        <translation>DDL-Diff</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>No dry run yet: choose Dry run (F6) to see what the pending migrations would do.</source>
        <translation>Noch kein Probelauf: wählen Sie Probelauf (F6), um zu sehen, was die ausstehenden Migrationen tun würden.</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>No change to the schema's DDL.</source>
        <translation>Keine Änderung an der DDL des Schemas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Abgebrochen.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dry run failed.&lt;/b&gt; The target was not changed.</source>
        <translation>&lt;b&gt;Probelauf fehlgeschlagen.&lt;/b&gt; Das Ziel wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 additive, %2 rewriting, %3 destructive</source>
        <translation>%1 ergänzend, %2 umschreibend, %3 destruktiv</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Dry run not passed:&lt;/b&gt; %n statement(s) would reach outside the dry run's scratch and were not run. The target was not changed.</source>
        <translation>
            <numerusform>&lt;b&gt;Probelauf nicht bestanden:&lt;/b&gt; %n Anweisung würde über den Arbeitsbereich des Probelaufs hinausgreifen und wurde nicht ausgeführt. Das Ziel wurde nicht verändert.</numerusform>
            <numerusform>&lt;b&gt;Probelauf nicht bestanden:&lt;/b&gt; %n Anweisungen würden über den Arbeitsbereich des Probelaufs hinausgreifen und wurden nicht ausgeführt. Das Ziel wurde nicht verändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Method %1: %2</source>
        <translation>Methode %1: %2</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Dry run passed&lt;/b&gt; (%n migration(s), method %1); the target was not changed.</source>
        <translation>
            <numerusform>&lt;b&gt;Probelauf bestanden&lt;/b&gt; (%n Migration, Methode %1); das Ziel wurde nicht verändert.</numerusform>
            <numerusform>&lt;b&gt;Probelauf bestanden&lt;/b&gt; (%n Migrationen, Methode %1); das Ziel wurde nicht verändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimate: %1</source>
        <translation>Schätzung: %1</translation>
    </message>
    <message>
        <source>Estimate: %1; longest: %2</source>
        <translation>Schätzung: %1; am längsten: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Out of date:&lt;/b&gt; %1. Run the dry run again (F6) for a current result.</source>
        <translation>&lt;b&gt;Veraltet:&lt;/b&gt; %1. Den Probelauf erneut ausführen (F6) für ein aktuelles Ergebnis.</translation>
    </message>
    <message>
        <source>%1 on %2 (%3), %4</source>
        <translation>%1 auf %2 (%3), %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 could not run.&lt;/b&gt; The target was not changed.</source>
        <translation>&lt;b&gt;%1 konnte nicht laufen.&lt;/b&gt; Das Ziel wurde nicht geändert.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Not reversible&lt;/b&gt; (%n migration(s)): the down does not bring back what was there before the up. The target was not changed.</source>
        <translation>
            <numerusform>&lt;b&gt;Nicht umkehrbar&lt;/b&gt; (%n Migration): Das Down stellt nicht wieder her, was vor dem Up da war. Das Ziel wurde nicht geändert.</numerusform>
            <numerusform>&lt;b&gt;Nicht umkehrbar&lt;/b&gt; (%n Migrationen): Das Down stellt nicht wieder her, was vor dem Up da war. Das Ziel wurde nicht geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reversible (%n migration(s)): each down restores the schema and rows from before its up, and the up runs again after it.</source>
        <translation>
            <numerusform>Umkehrbar (%n Migration): Das Down stellt Schema und Zeilen von vor dem Up wieder her, und das Up läuft danach erneut.</numerusform>
            <numerusform>Umkehrbar (%n Migrationen): Jedes Down stellt Schema und Zeilen von vor seinem Up wieder her, und das Up läuft danach erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ProblemsPanel</name>
    <message>
        <source>Double-click (or Enter) opens the migration at the line</source>
        <translation>Doppelklick (oder Enter) öffnet die Migration an der Zeile</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2, info: %3, suppressed: %4 — godwit-cli lint gives the same in CI</source>
        <translation>Fehler: %1, Warnungen: %2, Info: %3, unterdrückt: %4 — godwit-cli lint liefert dasselbe in der CI</translation>
    </message>
</context>
<context>
    <name>godwit::ProfilesDialog</name>
    <message>
        <source>Connection profiles — %1</source>
        <translation>Verbindungsprofile — %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>kept in the keychain, never in godwit.json</source>
        <translation>im Schlüsselbund aufbewahrt, nie in godwit.json</translation>
    </message>
    <message>
        <source>a file, relative to the project folder</source>
        <translation>eine Datei, relativ zum Projektordner</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>&amp;Treiber:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Be&amp;nutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Optionen:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Connect with these settings and show the server's version or its error</source>
        <translation>Mit diesen Einstellungen verbinden und die Version des Servers oder seinen Fehler zeigen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>Zum &amp;Standard machen</translation>
    </message>
    <message>
        <source>the project's default profile</source>
        <translation>das Standardprofil des Projekts</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
    <message>
        <source>Create godwit.json</source>
        <translation>godwit.json anlegen</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no godwit.json. Godwit will create %2 with %n profile(s) (passwords stay in the keychain, never in the file). Create it?</source>
        <translation>
            <numerusform>%1 hat keine godwit.json. Godwit legt %2 mit %n Profil an (Passwörter bleiben im Schlüsselbund, nie in der Datei). Anlegen?</numerusform>
            <numerusform>%1 hat keine godwit.json. Godwit legt %2 mit %n Profilen an (Passwörter bleiben im Schlüsselbund, nie in der Datei). Anlegen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Choose the SQLite file, or name a new one</source>
        <translation>Die SQLite-Datei wählen oder eine neue benennen</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>godwit::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>server default (e.g. 5s)</source>
        <translation>Vorgabe des Servers (z. B. 5s)</translation>
    </message>
    <message>
        <source>server default (e.g. 10min)</source>
        <translation>Vorgabe des Servers (z. B. 10min)</translation>
    </message>
    <message>
        <source>The name recorded when you tick a checklist item or run a deployment</source>
        <translation>Der Name, der festgehalten wird, wenn Sie einen Checklistenpunkt abhaken oder eine Bereitstellung ausführen</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>Editor-&amp;Schrift:</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Dry-run method:</source>
        <translation>Probelauf&amp;methode:</translation>
    </message>
    <message>
        <source>&amp;Lock timeout:</source>
        <translation>&amp;Lock-Timeout:</translation>
    </message>
    <message>
        <source>S&amp;tatement timeout:</source>
        <translation>S&amp;tatement-Timeout:</translation>
    </message>
    <message>
        <source>Sign checklists &amp;as:</source>
        <translation>Checklisten &amp;abzeichnen als:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>The language of the window and its messages; it changes when Godwit starts again</source>
        <translation>Die Sprache des Fensters und seiner Meldungen; sie wechselt beim nächsten Start von Godwit</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>auto: a copy on SQLite and MySQL; on PostgreSQL a rolled-back transaction, but on a production profile a schema copy that locks no live table. transaction on production: chosen explicitly, it runs under a short lock_timeout.</source>
        <translation>auto: eine Kopie auf SQLite und MySQL; auf PostgreSQL eine zurückgerollte Transaktion, auf einem Produktionsprofil aber eine Schemakopie, die keine Live-Tabelle sperrt. transaction auf Produktion: nur ausdrücklich gewählt; läuft unter einem kurzen lock_timeout.</translation>
    </message>
</context>
<context>
    <name>godwit::SqlEditor</name>
    <message>
        <source>%1 [%2] %3
Why: %4
Instead: %5</source>
        <translation>%1 [%2] %3
Warum: %4
Stattdessen: %5</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A workbench for database schema migrations.</source>
        <translation>Eine Werkbank für Datenbank-Schemamigrationen.</translation>
    </message>
    <message>
        <source>The connection profile to open.</source>
        <translation>Das zu öffnende Verbindungsprofil.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A project folder (default: the demo).</source>
        <translation>Ein Projektordner (Vorgabe: die Demo).</translation>
    </message>
    <message>
        <source>Without a project folder it opens the bundled demo project (SQLite), copied to the user's data folder on first run. The command line, for scripts and CI, is godwit-cli.</source>
        <translation>Ohne Projektordner öffnet es das mitgelieferte Demo-Projekt (SQLite), das beim ersten Start in den Datenordner des Benutzers kopiert wird. Die Befehlszeile für Skripte und CI ist godwit-cli.</translation>
    </message>
</context>
</TS>
