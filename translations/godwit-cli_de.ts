<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <source>each migration's state, the detected format and the folder's problems</source>
        <translation>der Zustand jeder Migration, das erkannte Format und die Probleme des Ordners</translation>
    </message>
    <message>
        <source>the steps that would take the target to --to V (up or down), without running them</source>
        <translation>die Schritte, die das Ziel auf --to V bringen würden (auf- oder abwärts), ohne sie auszuführen</translation>
    </message>
    <message>
        <source>create the next migration NAME in the folder's format</source>
        <translation>die nächste Migration NAME im Format des Ordners anlegen</translation>
    </message>
    <message>
        <source>show what ran of a failed migration [VERSION]; with --mark-applied, --retry-from N or --run-down, repair it</source>
        <translation>zeigen, was von einer fehlgeschlagenen Migration [VERSION] lief; mit --mark-applied, --retry-from N oder --run-down reparieren</translation>
    </message>
    <message>
        <source>run the plan to --to V so that the target is left as it was, and show the schema diff; --reversible also runs the downs and shows what they leave</source>
        <translation>den Plan bis --to V so ausführen, dass das Ziel bleibt, wie es war, und die Schemaänderungen zeigen; --reversible führt auch die Downs aus und zeigt, was sie hinterlassen</translation>
    </message>
    <message>
        <source>the target's schema as normalized DDL (--format json: a snapshot file diff can read)</source>
        <translation>das Schema des Ziels als normalisierte DDL (--format json: eine Snapshot-Datei, die diff lesen kann)</translation>
    </message>
    <message>
        <source>compare two schemas A B (URLs, profiles or snapshot files); exits 1 when they differ</source>
        <translation>zwei Schemas A B vergleichen (URLs, Profile oder Snapshot-Dateien); Exit-Code 1, wenn sie sich unterscheiden</translation>
    </message>
    <message>
        <source>analyse [FILES…] (default: every migration; --pending: the target's pending ones; --reversible: also their downs, on a dry run) for dangerous statements; --format text|json|sarif; exit 3 when a finding reaches --fail-on error|warning</source>
        <translation>[DATEIEN…] auf gefährliche Anweisungen analysieren (Vorgabe: jede Migration; --pending: die ausstehenden des Ziels; --reversible: auch ihre Downs, in einem Probelauf); --format text|json|sarif; Exit-Code 3, wenn ein Befund --fail-on error|warning erreicht</translation>
    </message>
    <message>
        <source>back the target up (into --output DIR, default .godwit/backups) and print the file, its size and SHA-256 and the command that restores it</source>
        <translation>das Ziel sichern (nach --output ORDNER, Vorgabe .godwit/backups) und die Datei, ihre Größe und SHA-256 sowie den Befehl zur Wiederherstellung ausgeben</translation>
    </message>
    <message>
        <source>a deployment's checklist: start [--to V], show, run [ITEM…], tick ITEM [--note], ack CHANGE…, rollback-note V TEXT, apply [--override REASON], report [markdown|html] [--output FILE], list, close</source>
        <translation>die Checkliste einer Bereitstellung: start [--to V], show, run [PUNKT…], tick PUNKT [--note], ack ÄNDERUNG…, rollback-note V TEXT, apply [--override GRUND], report [markdown|html] [--output DATEI], list, close</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Godwit's migration engine for scripts and CI.</source>
        <translation>Godwits Migrations-Engine für Skripte und CI.</translation>
    </message>
    <message>
        <source>The project folder (default: the current folder).</source>
        <translation>Der Projektordner (Vorgabe: der aktuelle Ordner).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>The target: sqlite:PATH, postgres://…, mysql://…</source>
        <translation>Das Ziel: sqlite:PFAD, postgres://…, mysql://…</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A connection profile from godwit.json.</source>
        <translation>Ein Verbindungsprofil aus godwit.json.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Output: text (default) or json.</source>
        <translation>Ausgabe: text (Vorgabe) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Use the bundled demo project in the user's data folder.</source>
        <translation>Das mitgelieferte Demo-Projekt im Datenordner des Benutzers verwenden.</translation>
    </message>
    <message>
        <source>Target version.</source>
        <translation>Zielversion.</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Number of migrations to roll back.</source>
        <translation>Anzahl der zurückzurollenden Migrationen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Apply pending migrations older than the newest applied one.</source>
        <translation>Ausstehende Migrationen anwenden, die älter als die neueste angewendete sind.</translation>
    </message>
    <message>
        <source>PostgreSQL lock_timeout / MySQL lock_wait_timeout for this run (5s, 500ms).</source>
        <translation>PostgreSQL lock_timeout / MySQL lock_wait_timeout für diesen Lauf (5s, 500ms).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>PostgreSQL statement_timeout for this run.</source>
        <translation>PostgreSQL statement_timeout für diesen Lauf.</translation>
    </message>
    <message>
        <source>PostgreSQL search_path for this run.</source>
        <translation>PostgreSQL search_path für diesen Lauf.</translation>
    </message>
    <message>
        <source>SCHEMA</source>
        <translation>SCHEMA</translation>
    </message>
    <message>
        <source>repair: record the migration as applied.</source>
        <translation>repair: die Migration als angewendet festhalten.</translation>
    </message>
    <message>
        <source>repair: run again from statement N.</source>
        <translation>repair: ab Anweisung N erneut ausführen.</translation>
    </message>
    <message>
        <source>repair: run the down script.</source>
        <translation>repair: das Down-Skript ausführen.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <source>dry-run: run up, then down, and compare; lint: the same for each pending migration, a finding where a down does not undo its up.</source>
        <translation>dry-run: up, dann down ausführen und vergleichen; lint: dasselbe für jede ausstehende Migration, mit einem Befund, wo ein Down sein Up nicht rückgängig macht.</translation>
    </message>
    <message>
        <source>Also print the DDL text diff: unified.</source>
        <translation>Zusätzlich den Textdiff der DDL ausgeben: unified.</translation>
    </message>
    <message>
        <source>STYLE</source>
        <translation>STIL</translation>
    </message>
    <message>
        <source>verify: compare with the schema the history implies.</source>
        <translation>verify: mit dem Schema vergleichen, das die Historie ergibt.</translation>
    </message>
    <message>
        <source>checklist: a note with a tick, acknowledgement or close.</source>
        <translation>checklist: eine Notiz zu einem Haken, einer Bestätigung oder einem Abschluss.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>checklist: who signs (default: GODWIT_USER or the OS user).</source>
        <translation>checklist: wer abzeichnet (Vorgabe: GODWIT_USER oder der Benutzer des Systems).</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>checklist report: the file to write; backup: the folder.</source>
        <translation>checklist report: die zu schreibende Datei; backup: der Ordner.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>checklist report: replace an existing --output file.</source>
        <translation>checklist report: eine vorhandene --output-Datei ersetzen.</translation>
    </message>
    <message>
        <source>checklist show/report: a past deployment's id (read-only).</source>
        <translation>checklist show/report: die Kennung einer vergangenen Bereitstellung (schreibgeschützt).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>lint: only the target's pending migrations.</source>
        <translation>lint: nur die ausstehenden Migrationen des Ziels.</translation>
    </message>
    <message>
        <source>lint: sqlite, postgresql or mysql.</source>
        <translation>lint: sqlite, postgresql oder mysql.</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>lint: exit 3 at findings of this severity or worse.</source>
        <translation>lint: Exit-Code 3 bei Befunden dieses Schweregrads oder schlimmer.</translation>
    </message>
    <message>
        <source>error|warning</source>
        <translation>error|warning</translation>
    </message>
    <message>
        <source>lint: the MySQL or MariaDB server the scripts will run on ("mysql 8.0.35", "mariadb 10.11"), for which ALTERs are instant, in place or copies.</source>
        <translation>lint: der MySQL- oder MariaDB-Server, auf dem die Skripte laufen werden („mysql 8.0.35“, „mariadb 10.11“), der bestimmt, welche ALTERs sofort, an Ort und Stelle oder per Kopie laufen.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>godwit-cli: %1</source>
        <translation>godwit-cli: %1</translation>
    </message>
    <message>
        <source>godwit-cli: unknown command "%1"; see --help</source>
        <translation>godwit-cli: unbekannter Befehl „%1“; siehe --help</translation>
    </message>
    <message>
        <source>godwit-cli: %1 does not take --%2</source>
        <translation>godwit-cli: %1 nimmt kein --%2</translation>
    </message>
    <message>
        <source>godwit-cli: --format must be text or json</source>
        <translation>godwit-cli: --format muss text oder json sein</translation>
    </message>
    <message>
        <source>no profile "%1" in %2/godwit.json</source>
        <translation>kein Profil „%1“ in %2/godwit.json</translation>
    </message>
    <message>
        <source>no target: give --url sqlite:PATH or --profile NAME, or set defaultProfile in godwit.json</source>
        <translation>kein Ziel: geben Sie --url sqlite:PFAD oder --profile NAME an oder setzen Sie defaultProfile in godwit.json</translation>
    </message>
    <message>
        <source>the migrations folder has errors; fix them first (see status)</source>
        <translation>der Migrationsordner hat Fehler; beheben Sie sie zuerst (siehe status)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 and %3 is %4: only schemas of one engine compare</source>
        <translation>%1 ist %2 und %3 ist %4: nur Schemas einer Engine lassen sich vergleichen</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>no deployment under way on profile %1: start one with godwit-cli checklist start --profile %1 [--to V]</source>
        <translation>auf Profil %1 läuft keine Bereitstellung: starten Sie eine mit godwit-cli checklist start --profile %1 [--to V]</translation>
    </message>
    <message>
        <source>the plan moved on: %1</source>
        <translation>der Plan hat sich weiterbewegt: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Deployment %1: %2 (%3), %4</source>
        <translation>Bereitstellung %1: %2 (%3), %4</translation>
    </message>
    <message>
        <source>down script</source>
        <translation>Down-Skript</translation>
    </message>
    <message>
        <source>NO ROLLBACK</source>
        <translation>KEIN ROLLBACK</translation>
    </message>
    <message>
        <source>rollback note</source>
        <translation>Rollback-Notiz</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (erforderlich)</translation>
    </message>
    <message>
        <source>stale: %1</source>
        <translation>veraltet: %1</translation>
    </message>
    <message>
        <source>Applied at %1.</source>
        <translation>Angewendet am %1.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Closed without running.</source>
        <translation>Ohne Lauf geschlossen.</translation>
    </message>
    <message>
        <source>Apply is blocked on this production profile until: %1 (or --override REASON)</source>
        <translation>„Anwenden“ ist auf diesem Produktionsprofil gesperrt bis: %1 (oder --override GRUND)</translation>
    </message>
    <message>
        <source>Apply is allowed: godwit-cli checklist apply --profile %1</source>
        <translation>„Anwenden“ ist erlaubt: godwit-cli checklist apply --profile %1</translation>
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
        <source>deployment %1 is a past record: it opens read-only</source>
        <translation>Bereitstellung %1 ist ein vergangener Datensatz: er öffnet schreibgeschützt</translation>
    </message>
    <message>
        <source>%1 exists: give --force to replace it</source>
        <translation>%1 existiert: geben Sie --force an, um es zu ersetzen</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>deployment %1 has run already</source>
        <translation>Bereitstellung %1 ist bereits gelaufen</translation>
    </message>
    <message>
        <source>backing up %1 into %2</source>
        <translation>sichere %1 nach %2</translation>
    </message>
    <message>
        <source>backup:   %1</source>
        <translation>Backup:        %1</translation>
    </message>
    <message>
        <source>size:     %1 (%2 bytes)</source>
        <translation>Größe:         %1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>sha256:   %1</source>
        <translation>sha256:        %1</translation>
    </message>
    <message>
        <source>took:     %1 ms with %2 (%3)</source>
        <translation>Dauer:         %1 ms mit %2 (%3)</translation>
    </message>
    <message>
        <source>restore:  %1</source>
        <translation>Zurückspielen: %1</translation>
    </message>
    <message>
        <source>godwit-cli: --dialect must be sqlite, postgresql or mysql</source>
        <translation>godwit-cli: --dialect muss sqlite, postgresql oder mysql sein</translation>
    </message>
    <message>
        <source>godwit-cli: lint needs a dialect: --dialect, a --profile, or defaultProfile in godwit.json</source>
        <translation>godwit-cli: lint braucht einen Dialekt: --dialect, ein --profile oder defaultProfile in godwit.json</translation>
    </message>
    <message>
        <source>data-aware checks skipped: %1</source>
        <translation>datenbewusste Prüfungen übersprungen: %1</translation>
    </message>
    <message>
        <source>godwit-cli: --server-version "%1" is not a MySQL or MariaDB version such as "mysql 8.0.35" or "mariadb 10.11"</source>
        <translation>godwit-cli: --server-version „%1“ ist keine MySQL- oder MariaDB-Version wie „mysql 8.0.35“ oder „mariadb 10.11“</translation>
    </message>
    <message>
        <source> (suppressed: %1)</source>
        <translation> (unterdrückt: %1)</translation>
    </message>
    <message>
        <source>data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation>warum: %1</translation>
    </message>
    <message>
        <source>instead: %1</source>
        <translation>stattdessen: %1</translation>
    </message>
    <message>
        <source>  no structural change</source>
        <translation>  keine strukturelle Änderung</translation>
    </message>
    <message>
        <source>  %1 additive, %2 rewriting, %3 destructive</source>
        <translation>  %1 ergänzend, %2 umschreibend, %3 destruktiv</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ABGEBROCHEN</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>on a copy of the database (VACUUM INTO), deleted afterwards</source>
        <translation>auf einer Kopie der Datenbank (VACUUM INTO), danach gelöscht</translation>
    </message>
    <message>
        <source>on a scratch database holding a copy of the schema, dropped afterwards</source>
        <translation>auf einer Arbeitsdatenbank mit einer Kopie des Schemas, danach entfernt</translation>
    </message>
    <message>
        <source>in one transaction on the target, rolled back</source>
        <translation>in einer Transaktion auf dem Ziel, zurückgerollt</translation>
    </message>
    <message>
        <source>on a shadow database where the applied history was replayed, dropped afterwards</source>
        <translation>auf einer Schattendatenbank, auf der die angewendete Historie nachgespielt wurde, danach entfernt</translation>
    </message>
    <message>
        <source>Project    %1</source>
        <translation>Projekt    %1</translation>
    </message>
    <message>
        <source>Format     %1 — %2</source>
        <translation>Format     %1 — %2</translation>
    </message>
    <message>
        <source>Target     %1</source>
        <translation>Ziel       %1</translation>
    </message>
    <message>
        <source> (does not exist yet)</source>
        <translation> (existiert noch nicht)</translation>
    </message>
    <message>
        <source>Current    %1, %2 pending</source>
        <translation>Aktuell    %1, %2 ausstehend</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>APPLIED AT</source>
        <translation>ANGEWENDET AM</translation>
    </message>
    <message>
        <source>a run stopped while statement %1 of %2 was under way (it may have completed); see godwit-cli repair</source>
        <translation>ein Lauf hielt an, während Anweisung %1 von %2 lief (sie ist vielleicht abgeschlossen); siehe godwit-cli repair</translation>
    </message>
    <message>
        <source>stopped at statement %1 of %2: %3</source>
        <translation>angehalten bei Anweisung %1 von %2: %3</translation>
    </message>
    <message>
        <source>Problems in the folder:</source>
        <translation>Probleme im Ordner:</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Nothing to do: %1 is up to date.</source>
        <translation>Nichts zu tun: %1 ist auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>Plan: %1 on %2</source>
        <translation>Plan: %1 auf %2</translation>
    </message>
    <message>
        <source>  (no transaction)</source>
        <translation>  (keine Transaktion)</translation>
    </message>
    <message>
        <source>ok (%1 ms, %2)</source>
        <translation>ok (%1 ms, %2)</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Stopped: the target is as the steps above say.</source>
        <translation>Angehalten: das Ziel ist so, wie die Schritte oben sagen.</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>ran</source>
        <translation>lief</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht gelaufen</translation>
    </message>
    <message>
        <source>%1 %2: stopped at statement %3 of %4: %5</source>
        <translation>%1 %2: angehalten bei Anweisung %3 von %4: %5</translation>
    </message>
    <message>
        <source>Ways out (each is recorded in the audit log):</source>
        <translation>Auswege (jeder wird im Audit-Log festgehalten):</translation>
    </message>
    <message>
        <source>  godwit-cli repair %1 --retry-from %2   run statements %2 to %3 again, once what stopped statement %2 is fixed</source>
        <translation>  godwit-cli repair %1 --retry-from %2   die Anweisungen %2 bis %3 erneut ausführen, sobald behoben ist, was Anweisung %2 stoppte</translation>
    </message>
    <message>
        <source>  godwit-cli repair %1 --mark-applied    record it as applied: you ran the rest by hand</source>
        <translation>  godwit-cli repair %1 --mark-applied    als angewendet festhalten: Sie haben den Rest von Hand ausgeführt</translation>
    </message>
    <message>
        <source>  godwit-cli repair %1 --run-down        run its down script and record it as not applied</source>
        <translation>  godwit-cli repair %1 --run-down        ihr Down-Skript ausführen und sie als nicht angewendet festhalten</translation>
    </message>
    <message>
        <source>Dry run of %1 on %2, %3</source>
        <translation>Probelauf von %1 auf %2, %3</translation>
    </message>
    <message>
        <source>Schema changes</source>
        <translation>Schemaänderungen</translation>
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
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Time: preparation %1, execution %2, introspection %3, diff %4</source>
        <translation>Zeit: Vorbereitung %1, Ausführung %2, Introspektion %3, Diff %4</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Cancelled; the target was not changed.</source>
        <translation>Abgebrochen; das Ziel wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Dry run passed; the target was not changed.</source>
        <translation>Probelauf bestanden; das Ziel wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Dry run FAILED; the target was not changed.</source>
        <translation>Probelauf FEHLGESCHLAGEN; das Ziel wurde nicht verändert.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Von  %1</translation>
    </message>
    <message>
        <source>To   %1</source>
        <translation>Nach %1</translation>
    </message>
    <message>
        <source>Drift of %1 from the schema its applied history implies</source>
        <translation>Drift von %1 gegenüber dem Schema, das seine angewendete Historie ergibt</translation>
    </message>
    <message>
        <source>history</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>status, plan, up, down, new, repair, dry-run, snapshot, diff, verify, lint, backup or checklist</source>
        <translation>status, plan, up, down, new, repair, dry-run, snapshot, diff, verify, lint, backup oder checklist</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>out-of-order</source>
        <translation>außer Reihe</translation>
    </message>
    <message>
        <source>Each command's own options: godwit-cli help COMMAND (or godwit-cli COMMAND --help).</source>
        <translation>Die Optionen jedes Befehls: godwit-cli help BEFEHL (oder godwit-cli BEFEHL --help).</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>  GODWIT_PASSWORD          the target's password (else PGPASSWORD or MYSQL_PWD, else a prompt)</source>
        <translation>  GODWIT_PASSWORD          das Passwort des Ziels (sonst PGPASSWORD oder MYSQL_PWD, sonst eine Abfrage)</translation>
    </message>
    <message>
        <source>  GODWIT_STAGING_PASSWORD  the staging profile's password, for a deployment's staging dry run</source>
        <translation>  GODWIT_STAGING_PASSWORD  das Passwort des Staging-Profils, für den Probelauf einer Bereitstellung auf Staging</translation>
    </message>
    <message>
        <source>  GODWIT_USER              who signs checklist items (else the OS user)</source>
        <translation>  GODWIT_USER              wer Checklistenpunkte abzeichnet (sonst der Benutzer des Systems)</translation>
    </message>
    <message>
        <source>  LANG, LC_MESSAGES        the language of the messages (English, German, French)</source>
        <translation>  LANG, LC_MESSAGES        die Sprache der Meldungen (Englisch, Deutsch, Französisch)</translation>
    </message>
    <message>
        <source>Usage: godwit-cli [common options] %1</source>
        <translation>Aufruf: godwit-cli [gemeinsame Optionen] %1</translation>
    </message>
    <message>
        <source>Options of %1:</source>
        <translation>Optionen von %1:</translation>
    </message>
    <message>
        <source>Common options:</source>
        <translation>Gemeinsame Optionen:</translation>
    </message>
    <message>
        <source>apply pending migrations, up to --to V; on production only a deployment's checked plan, or with --override REASON</source>
        <translation>ausstehende Migrationen anwenden, bis --to V; auf Produktion nur den geprüften Plan einer Bereitstellung oder mit --override GRUND</translation>
    </message>
    <message>
        <source>roll back --steps N (default 1) or down to --to V (kept); on production the profile's name typed on a terminal, or --override REASON</source>
        <translation>--steps N (Vorgabe 1) zurückrollen oder bis --to V (bleibt); auf Produktion mit dem im Terminal eingegebenen Namen des Profils oder mit --override GRUND</translation>
    </message>
    <message>
        <source>the applied migrations' checksums against their files, exit 1 naming each modified, missing or unrecognised file; --drift: compare the target with the schema its applied history implies, exit 1 on drift; --audit: check the audit log's hash chain, exit 1 naming the first bad row</source>
        <translation>die Prüfsummen der angewendeten Migrationen mit ihren Dateien abgleichen, Exit-Code 1 mit Nennung jeder geänderten, fehlenden oder unbekannten Datei; --drift: das Ziel mit dem Schema vergleichen, das seine angewendete Historie ergibt, Exit-Code 1 bei Drift; --audit: die Hash-Kette des Audit-Logs prüfen, Exit-Code 1 mit Nennung der ersten fehlerhaften Zeile</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 operation failed (or status/verify found a problem), 2 usage or input error, 3 lint findings, 4 refused on production (checklist, --override or the typed name), 130/143/129 stopped by SIGINT/SIGTERM/SIGHUP (the statement cancelled, the run ended cleanly).</source>
        <translation>Exit-Codes: 0 ok, 1 Operation fehlgeschlagen (oder status/verify hat ein Problem gefunden), 2 Aufruf- oder Eingabefehler, 3 Lint-Befunde, 4 auf Produktion abgelehnt (Checkliste, --override oder der eingegebene Name), 130/143/129 durch SIGINT/SIGTERM/SIGHUP gestoppt (die Anweisung abgebrochen, der Lauf sauber beendet).</translation>
    </message>
    <message>
        <source>dry-run: copy (SQLite file copy, MySQL and PostgreSQL scratch schema), transaction (SQLite, PostgreSQL; on production only when chosen, under a short lock_timeout) or shadow (history replayed on a scratch database). auto: copy, but a transaction on PostgreSQL that is not production.</source>
        <translation>dry-run: copy (SQLite-Dateikopie, MySQL- und PostgreSQL-Arbeitsschema), transaction (SQLite, PostgreSQL; auf Produktion nur, wenn ausdrücklich gewählt, unter einem kurzen lock_timeout) oder shadow (Historie auf einer Arbeitsdatenbank nachgespielt). auto: copy, aber eine Transaktion auf PostgreSQL außerhalb der Produktion.</translation>
    </message>
    <message>
        <source>verify: check the audit log's hash chain; exits 1 naming the first tampered row.</source>
        <translation>verify: die Hash-Kette des Audit-Logs prüfen; Exit-Code 1 mit Nennung der ersten manipulierten Zeile.</translation>
    </message>
    <message>
        <source>up, checklist apply: run on production without the required items; down, repair: on production without a terminal. The reason is recorded in the audit log (and the deployment).</source>
        <translation>up, checklist apply: auf Produktion ohne die erforderlichen Punkte ausführen; down, repair: auf Produktion ohne Terminal. Die Begründung wird im Audit-Log (und in der Bereitstellung) festgehalten.</translation>
    </message>
    <message>
        <source>up: run although applied scripts changed since they ran (recorded in the audit log).</source>
        <translation>up: ausführen, obwohl sich angewendete Skripte seit ihrem Lauf geändert haben (im Audit-Log festgehalten).</translation>
    </message>
    <message>
        <source>no such profile in %1/godwit.json; what was given looks like a connection string and is not shown (it may hold a password)</source>
        <translation>kein solches Profil in %1/godwit.json; die Angabe sieht wie ein Verbindungsstring aus und wird nicht angezeigt (sie könnte ein Passwort enthalten)</translation>
    </message>
    <message>
        <source>waiting for the migration lock: %1</source>
        <translation>warte auf die Migrationssperre: %1</translation>
    </message>
    <message numerus="yes">
        <source>apply %n migration(s)</source>
        <translation>
            <numerusform>%n Migration anwenden</numerusform>
            <numerusform>%n Migrationen anwenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>roll back %n migration(s)</source>
        <translation>
            <numerusform>%n Migration zurückrollen</numerusform>
            <numerusform>%n Migrationen zurückrollen</numerusform>
        </translation>
    </message>
    <message>
        <source>repair %1 %2</source>
        <translation>%1 %2 reparieren</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 has no audit log yet.</source>
        <translation>%1 hat noch kein Audit-Log.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from before the hash chain are not protected; the log is protected from row %1 on.</source>
        <translation>
            <numerusform>%n Zeile aus der Zeit vor der Hash-Kette ist nicht geschützt; das Log ist ab Zeile %1 geschützt.</numerusform>
            <numerusform>%n Zeilen aus der Zeit vor der Hash-Kette sind nicht geschützt; das Log ist ab Zeile %1 geschützt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No row of the audit log is protected by the hash chain yet (%n row(s)).</source>
        <translation>
            <numerusform>Noch keine Zeile des Audit-Logs ist durch die Hash-Kette geschützt (%n Zeile).</numerusform>
            <numerusform>Noch keine Zeile des Audit-Logs ist durch die Hash-Kette geschützt (%n Zeilen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log tampered with: row %1 (%2) has no hash in the protected part of the log.</source>
        <translation>Audit-Log manipuliert: Zeile %1 (%2) hat keinen Hash im geschützten Teil des Logs.</translation>
    </message>
    <message>
        <source>Audit log tampered with: row %1 (%2) does not follow from the row before it: it was changed, or a row before it was removed or inserted.</source>
        <translation>Audit-Log manipuliert: Zeile %1 (%2) folgt nicht aus der Zeile davor: sie wurde geändert, oder eine Zeile davor wurde entfernt oder eingefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n row(s) checked.</source>
        <translation>
            <numerusform>Audit-Log intakt: %n Zeile geprüft.</numerusform>
            <numerusform>Audit-Log intakt: %n Zeilen geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>godwit-cli: %1: cannot read the audit log: %2</source>
        <translation>godwit-cli: %1: das Audit-Log lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>apply deployment %1</source>
        <translation>Bereitstellung %1 anwenden</translation>
    </message>
    <message>
        <source>not confirmed: nothing was run</source>
        <translation>nicht bestätigt: nichts wurde ausgeführt</translation>
    </message>
    <message>
        <source>NOT REHEARSABLE</source>
        <translation>NICHT ERPROBBAR</translation>
    </message>
    <message>
        <source>on a scratch database holding a schema-only copy (pg_dump), dropped afterwards</source>
        <translation>auf einer Arbeitsdatenbank mit einer reinen Schemakopie (pg_dump), danach entfernt</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>Method: %1 (%2)</source>
        <translation>Methode: %1 (%2)</translation>
    </message>
    <message>
        <source>Not rehearsable on a copy (not run)</source>
        <translation>Auf einer Kopie nicht erprobbar (nicht ausgeführt)</translation>
    </message>
    <message numerus="yes">
        <source>Dry run NOT PASSED: %n statement(s) would reach outside the dry run's scratch and were not run; the target was not changed.</source>
        <translation>
            <numerusform>Probelauf NICHT BESTANDEN: %n Anweisung würde über den Arbeitsbereich des Probelaufs hinausgreifen und wurde nicht ausgeführt; das Ziel wurde nicht verändert.</numerusform>
            <numerusform>Probelauf NICHT BESTANDEN: %n Anweisungen würden über den Arbeitsbereich des Probelaufs hinausgreifen und wurden nicht ausgeführt; das Ziel wurde nicht verändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied scripts edited since they ran (the structural differences below may come from these edits, not from changes made on the database):</source>
        <translation>Seit ihrem Lauf bearbeitete angewendete Skripte (die strukturellen Unterschiede unten können von diesen Bearbeitungen stammen, nicht von Änderungen an der Datenbank):</translation>
    </message>
    <message numerus="yes">
        <source>Checksums of %1: the %n applied migration(s) match their files</source>
        <translation>
            <numerusform>Prüfsummen von %1: %n angewendete Migration stimmt mit ihrer Datei überein</numerusform>
            <numerusform>Prüfsummen von %1: die %n angewendeten Migrationen stimmen mit ihren Dateien überein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checksums of %1: %n problem(s)</source>
        <translation>
            <numerusform>Prüfsummen von %1: %n Problem</numerusform>
            <numerusform>Prüfsummen von %1: %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2, profile %3 (production). Type the profile's name to go on: </source>
        <translation>%1 auf %2, Profil %3 (Produktion). Geben Sie zum Fortfahren den Namen des Profils ein: </translation>
    </message>
    <message>
        <source>run past applied scripts changed since they ran</source>
        <translation>trotz angewendeter Skripte ausgeführt, die sich seit ihrem Lauf geändert haben</translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation>von %1: %2</translation>
    </message>
    <message>
        <source>Apply is blocked on production profile %1: %2</source>
        <translation>„Anwenden“ ist auf dem Produktionsprofil %1 blockiert: %2</translation>
    </message>
    <message>
        <source>run with --allow-out-of-order to apply them anyway</source>
        <translation>mit --allow-out-of-order trotzdem anwenden</translation>
    </message>
    <message>
        <source>restore them, or run with --allow-modified to go on anyway (recorded in the audit log)</source>
        <translation>stellen Sie sie wieder her oder führen Sie mit --allow-modified trotzdem aus (im Audit-Log festgehalten)</translation>
    </message>
    <message>
        <source>use --method copy or --method shadow</source>
        <translation>verwenden Sie --method copy oder --method shadow</translation>
    </message>
    <message>
        <source>run it again later, or use the schema copy (--method copy, the default on production)</source>
        <translation>führen Sie ihn später erneut aus oder verwenden Sie die Schemakopie (--method copy, die Vorgabe auf Produktion)</translation>
    </message>
    <message>
        <source>see godwit-cli verify --drift</source>
        <translation>siehe godwit-cli verify --drift</translation>
    </message>
    <message>
        <source>run it first: godwit-cli checklist run %1</source>
        <translation>führen Sie ihn zuerst aus: godwit-cli checklist run %1</translation>
    </message>
    <message>
        <source>start one with godwit-cli checklist start and complete its required items</source>
        <translation>starten Sie eine mit godwit-cli checklist start und erledigen Sie ihre erforderlichen Punkte</translation>
    </message>
    <message>
        <source>or give --override REASON (recorded in the audit log)</source>
        <translation>oder geben Sie --override GRUND an (im Audit-Log festgehalten)</translation>
    </message>
    <message>
        <source>refused on production: %1</source>
        <translation>auf Produktion abgelehnt: %1</translation>
    </message>
    <message>
        <source>godwit-cli: %1 --format must be text, json or sarif</source>
        <translation>godwit-cli: %1 --format muss text, json oder sarif sein</translation>
    </message>
    <message>
        <source>give --url or --profile, not both</source>
        <translation>geben Sie --url oder --profile an, nicht beides</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 nimmt keine Argumente</translation>
    </message>
    <message>
        <source>--override needs a reason</source>
        <translation>--override braucht eine Begründung</translation>
    </message>
    <message>
        <source>--diff takes unified</source>
        <translation>--diff nimmt unified</translation>
    </message>
    <message>
        <source>--steps needs a positive number</source>
        <translation>--steps braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>give --to or --steps, not both</source>
        <translation>geben Sie --to oder --steps an, nicht beides</translation>
    </message>
    <message>
        <source>choose one of --mark-applied, --retry-from and --run-down</source>
        <translation>wählen Sie eines von --mark-applied, --retry-from und --run-down</translation>
    </message>
    <message>
        <source>--retry-from needs a statement number, from 1</source>
        <translation>--retry-from braucht eine Anweisungsnummer, ab 1</translation>
    </message>
    <message>
        <source>--method must be auto, copy, transaction or shadow</source>
        <translation>--method muss auto, copy, transaction oder shadow sein</translation>
    </message>
    <message>
        <source>verify --audit takes no arguments and no other check</source>
        <translation>verify --audit nimmt keine Argumente und keine andere Prüfung</translation>
    </message>
    <message>
        <source>--fail-on must be error or warning</source>
        <translation>--fail-on muss error oder warning sein</translation>
    </message>
    <message>
        <source>lint --reversible checks the target's pending migrations, not files</source>
        <translation>lint --reversible prüft die ausstehenden Migrationen des Ziels, keine Dateien</translation>
    </message>
    <message>
        <source>%1 takes one NAME</source>
        <translation>%1 nimmt genau einen NAMEN</translation>
    </message>
    <message>
        <source>%1 takes at most one VERSION</source>
        <translation>%1 nimmt höchstens eine VERSION</translation>
    </message>
    <message>
        <source>%1 takes two schemas A B (URLs, profiles or snapshot files)</source>
        <translation>%1 nimmt zwei Schemas A B (URLs, Profile oder Snapshot-Dateien)</translation>
    </message>
    <message>
        <source>a deployment belongs to a profile: give --profile, not --url</source>
        <translation>eine Bereitstellung gehört zu einem Profil: geben Sie --profile an, nicht --url</translation>
    </message>
    <message>
        <source>checklist start needs --profile NAME</source>
        <translation>checklist start braucht --profile NAME</translation>
    </message>
    <message numerus="yes">
        <source>Plan %1 → %2 (%3), %n step(s)</source>
        <translation>
            <numerusform>Plan %1 → %2 (%3), %n Schritt</numerusform>
            <numerusform>Plan %1 → %2 (%3), %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>signed off by %1 at %2</source>
        <translation>abgezeichnet von %1 am %2</translation>
    </message>
    <message>
        <source>checked by %1 at %2</source>
        <translation>geprüft von %1 am %2</translation>
    </message>
    <message>
        <source>checklist %1: unknown; one of %2</source>
        <translation>checklist %1: unbekannt; einer von %2</translation>
    </message>
    <message>
        <source>checklist report takes markdown or html</source>
        <translation>checklist report nimmt markdown oder html</translation>
    </message>
    <message>
        <source>checklist tick takes one ITEM [--note TEXT]</source>
        <translation>checklist tick nimmt einen PUNKT [--note TEXT]</translation>
    </message>
    <message>
        <source>checklist ack takes the destructive changes by name, as listed</source>
        <translation>checklist ack nimmt die destruktiven Änderungen beim Namen, wie aufgelistet</translation>
    </message>
    <message>
        <source>checklist rollback-note takes VERSION TEXT</source>
        <translation>checklist rollback-note nimmt VERSION TEXT</translation>
    </message>
    <message>
        <source>%1, %2, %3 info, %4 suppressed (%5)</source>
        <translation>%1, %2, %3 Info, %4 unterdrückt (%5)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No migration has failed: there is nothing to repair.</source>
        <translation>Keine Migration ist fehlgeschlagen: es gibt nichts zu reparieren.</translation>
    </message>
    <message>
        <source>code migration — run by the application: %1</source>
        <translation>Code-Migration — von der Anwendung ausgeführt: %1</translation>
    </message>
    <message>
        <source>hook, run by the application: %1</source>
        <translation>Hook, von der Anwendung ausgeführt: %1</translation>
    </message>
    <message>
        <source>Nothing Godwit can run comes first: %1</source>
        <translation>Zuerst kommt nichts, was Godwit ausführen kann: %1</translation>
    </message>
    <message>
        <source>Then stops: %1</source>
        <translation>Endet dann: %1</translation>
    </message>
    <message>
        <source>Stopped before: %1</source>
        <translation>Angehalten vor: %1</translation>
    </message>
    <message>
        <source>baseline — runs only on a database with no history, in place of the versions up to it</source>
        <translation>Baseline — läuft nur auf einer Datenbank ohne Verlauf, anstelle der Versionen bis zu ihr</translation>
    </message>
    <message>
        <source>--table, --column, --value and --applied-at describe a TOOL's table: name the tool</source>
        <translation>--table, --column, --value und --applied-at beschreiben die Tabelle eines WERKZEUGS: nennen Sie das Werkzeug</translation>
    </message>
    <message>
        <source>adopt custom needs --table and --column</source>
        <translation>adopt custom braucht --table und --column</translation>
    </message>
    <message>
        <source>--value takes version, stem or name</source>
        <translation>--value nimmt version, stem oder name</translation>
    </message>
    <message>
        <source>--column, --value and --applied-at describe a custom table; %1 keeps its own columns</source>
        <translation>--column, --value und --applied-at beschreiben eine eigene Tabelle; %1 hat seine eigenen Spalten</translation>
    </message>
    <message>
        <source>baseline needs --to V: the newest migration the database already has</source>
        <translation>baseline braucht --to V: die neueste Migration, die die Datenbank schon hat</translation>
    </message>
    <message>
        <source>%1 takes at most one TOOL</source>
        <translation>%1 nimmt höchstens ein WERKZEUG</translation>
    </message>
    <message>
        <source>record every migration up to --to V as applied without running it, once the list is confirmed (--yes without a terminal)</source>
        <translation>jede Migration bis --to V als angewendet vermerken, ohne sie auszuführen, sobald die Liste bestätigt ist (--yes ohne Terminal)</translation>
    </message>
    <message>
        <source>adopt: the history table, when not the tool's usual name.</source>
        <translation>adopt: die Historientabelle, wenn sie nicht den üblichen Namen des Werkzeugs trägt.</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABELLE</translation>
    </message>
    <message>
        <source>adopt custom: the column that names each applied migration.</source>
        <translation>adopt custom: die Spalte, die jede angewendete Migration nennt.</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>SPALTE</translation>
    </message>
    <message>
        <source>adopt custom: what the column holds: version, stem (the file's name without .sql) or name.</source>
        <translation>adopt custom: was die Spalte enthält: version, stem (der Dateiname ohne .sql) oder name.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>adopt custom: the column of when each was applied.</source>
        <translation>adopt custom: die Spalte mit dem Zeitpunkt der Anwendung.</translation>
    </message>
    <message>
        <source>baseline: the list printed is confirmed.</source>
        <translation>baseline: die ausgegebene Liste ist bestätigt.</translation>
    </message>
    <message>
        <source>%1 already adopts %2 (%3): edit its "history" to change that</source>
        <translation>%1 übernimmt bereits %2 (%3): ändern Sie dort "history", um das zu ändern</translation>
    </message>
    <message>
        <source>%1 has no history table of a tool Godwit knows: name the tool (godwit-cli adopt TOOL)</source>
        <translation>%1 hat keine Historientabelle eines Werkzeugs, das Godwit kennt: nennen Sie das Werkzeug (godwit-cli adopt WERKZEUG)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n history table(s) of other tools; choose one:
  %2</source>
        <translation>
            <numerusform>%1 hat %n Historientabelle anderer Werkzeuge; wählen Sie eine:
  %2</numerusform>
            <numerusform>%1 hat %n Historientabellen anderer Werkzeuge; wählen Sie eine:
  %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>record %n migration(s) as applied</source>
        <translation>
            <numerusform>%n Migration als angewendet vermerken</numerusform>
            <numerusform>%n Migrationen als angewendet vermerken</numerusform>
        </translation>
    </message>
    <message>
        <source>a baseline records migrations as applied without running them: pass --yes to confirm the list above</source>
        <translation>eine Baseline vermerkt Migrationen als angewendet, ohne sie auszuführen: bestätigen Sie die Liste oben mit --yes</translation>
    </message>
    <message numerus="yes">
        <source>Record these %n migration(s) as applied without running them? [y/N] </source>
        <translation>
            <numerusform>Diese %n Migration als angewendet vermerken, ohne sie auszuführen? [y/N] </numerusform>
            <numerusform>Diese %n Migrationen als angewendet vermerken, ohne sie auszuführen? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>not confirmed: nothing was recorded</source>
        <translation>nicht bestätigt: nichts wurde vermerkt</translation>
    </message>
    <message>
        <source>ok: %1</source>
        <translation>ok: %1</translation>
    </message>
    <message>
        <source>Adopted    %1; what Godwit applies is recorded in its own history</source>
        <translation>Übernommen %1; was Godwit anwendet, steht in seiner eigenen Historie</translation>
    </message>
    <message>
        <source>Found      %1 — adopt it: %2</source>
        <translation>Gefunden   %1 — übernehmen: %2</translation>
    </message>
    <message>
        <source>Nothing to record: every migration up to %1 is applied on %2</source>
        <translation>Nichts zu vermerken: jede Migration bis %1 ist auf %2 angewendet</translation>
    </message>
    <message>
        <source>Baseline on %1: recorded as applied without running them:</source>
        <translation>Baseline auf %1: als angewendet vermerkt, ohne sie auszuführen:</translation>
    </message>
    <message>
        <source>FAILED at %1: %2</source>
        <translation>FEHLGESCHLAGEN bei %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %1 of %n migration(s) as applied.</source>
        <translation>
            <numerusform>%1 von %n Migration als angewendet vermerkt.</numerusform>
            <numerusform>%1 von %n Migrationen als angewendet vermerkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status now: %1 applied, %2 pending</source>
        <translation>Status jetzt: %1 angewendet, %2 ausstehend</translation>
    </message>
    <message>
        <source>adopt: write the tool's table too, as the tool would, with every migration Godwit runs ("mode": "interop").</source>
        <translation>adopt: auch die Tabelle des Werkzeugs schreiben, wie das Werkzeug es täte, bei jeder Migration, die Godwit ausführt ("mode": "interop").</translation>
    </message>
    <message>
        <source>Adopted    %1; interop: what Godwit applies is written there too, as %2 would</source>
        <translation>Übernommen %1; Interop: was Godwit anwendet, wird auch dort eingetragen, wie %2 es täte</translation>
    </message>
    <message>
        <source>%1 is not a tool Godwit reads the history of (flyway, golang-migrate, dbmate, goose, diesel, prisma, sqitch, custom)</source>
        <translation>%1 ist kein Werkzeug, dessen Historie Godwit liest (flyway, golang-migrate, dbmate, goose, diesel, prisma, sqitch, custom)</translation>
    </message>
    <message>
        <source>read another tool's history table as the target's past (TOOL: flyway, golang-migrate, dbmate, goose, diesel, prisma, sqitch, custom; none: the one status found); writes godwit.json's "history"; --interop first writes what Godwit applied into the tool's table, once the list is confirmed (--yes without a terminal)</source>
        <translation>die Verlaufstabelle eines anderen Werkzeugs als Vergangenheit des Ziels lesen (TOOL: flyway, golang-migrate, dbmate, goose, diesel, prisma, sqitch, custom; keines: die eine, die status gefunden hat); schreibt "history" in godwit.json; --interop schreibt zuerst, was Godwit angewendet hat, in die Tabelle des Werkzeugs, sobald die Liste bestätigt ist (--yes ohne Terminal)</translation>
    </message>
    <message numerus="yes">
        <source>write %n row(s) into %1</source>
        <translation>
            <numerusform>%n Zeile in %1 schreiben</numerusform>
            <numerusform>%n Zeilen in %1 schreiben</numerusform>
        </translation>
    </message>
    <message>
        <source>interop writes what Godwit applied into %1: pass --yes to confirm the list above, or adopt without --interop</source>
        <translation>interop schreibt, was Godwit angewendet hat, in %1: bestätigen Sie die Liste oben mit --yes, oder übernehmen Sie ohne --interop</translation>
    </message>
    <message numerus="yes">
        <source>Write these %n migration(s) into %1? [y/N] </source>
        <translation>
            <numerusform>Diese %n Migration in %1 schreiben? [y/N] </numerusform>
            <numerusform>Diese %n Migrationen in %1 schreiben? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>not confirmed: nothing was written, nothing adopted</source>
        <translation>nicht bestätigt: nichts wurde geschrieben, nichts übernommen</translation>
    </message>
    <message>
        <source>%1 on %2 lacks what Godwit applied; in interop that table says what is applied, so these are written there first, as %3 would:</source>
        <translation>%1 auf %2 fehlt, was Godwit angewendet hat; bei interop sagt diese Tabelle, was angewendet ist, daher wird dies zuerst dort geschrieben, wie %3 es täte:</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %3. %n row(s) written to %4 before it; nothing adopted yet: adopt again to go on</source>
        <translation>
            <numerusform>%1 %2: %3. %n Zeile wurde davor in %4 geschrieben; noch nichts übernommen: erneut übernehmen, um fortzufahren</numerusform>
            <numerusform>%1 %2: %3. %n Zeilen wurden davor in %4 geschrieben; noch nichts übernommen: erneut übernehmen, um fortzufahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled: %n row(s) written to %1; nothing adopted yet: adopt again to go on</source>
        <translation>
            <numerusform>abgebrochen: %n Zeile in %1 geschrieben; noch nichts übernommen: erneut übernehmen, um fortzufahren</numerusform>
            <numerusform>abgebrochen: %n Zeilen in %1 geschrieben; noch nichts übernommen: erneut übernehmen, um fortzufahren</numerusform>
        </translation>
    </message>
    <message>
        <source>Reversibility (each migration: up, down, compared with before its up, up again)</source>
        <translation>Umkehrbarkeit (jede Migration: up, down, Vergleich mit dem Stand vor ihrem up, erneut up)</translation>
    </message>
    <message numerus="yes">
        <source>  %n migration(s): the down restores the schema and rows from before the up</source>
        <translation>
            <numerusform>  %n Migration: das down stellt Schema und Zeilen von vor dem up wieder her</numerusform>
            <numerusform>  %n Migrationen: das down stellt Schema und Zeilen von vor dem up wieder her</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan runs, but %n migration(s) are not reversible; the target was not changed.</source>
        <translation>
            <numerusform>Der Plan läuft, aber %n Migration ist nicht umkehrbar; das Ziel wurde nicht verändert.</numerusform>
            <numerusform>Der Plan läuft, aber %n Migrationen sind nicht umkehrbar; das Ziel wurde nicht verändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimate: %1</source>
        <translation>Schätzung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n Anweisung</numerusform>
            <numerusform>%n Anweisungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s)</source>
        <translation>
            <numerusform>%n Migration</numerusform>
            <numerusform>%n Migrationen</numerusform>
        </translation>
    </message>
</context>
</TS>
