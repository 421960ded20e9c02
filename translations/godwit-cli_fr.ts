<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Cli</name>
    <message>
        <source>each migration's state, the detected format and the folder's problems</source>
        <translation>l'état de chaque migration, le format détecté et les problèmes du dossier</translation>
    </message>
    <message>
        <source>the steps that would take the target to --to V (up or down), without running them</source>
        <translation>les étapes qui amèneraient la cible à --to V (montée ou descente), sans les exécuter</translation>
    </message>
    <message>
        <source>create the next migration NAME in the folder's format</source>
        <translation>créer la prochaine migration NOM au format du dossier</translation>
    </message>
    <message>
        <source>show what ran of a failed migration [VERSION]; with --mark-applied, --retry-from N or --run-down, repair it</source>
        <translation>montrer ce qui a été exécuté d'une migration échouée [VERSION] ; avec --mark-applied, --retry-from N ou --run-down, la réparer</translation>
    </message>
    <message>
        <source>run the plan to --to V so that the target is left as it was, and show the schema diff; --reversible also runs the downs and shows what they leave</source>
        <translation>exécuter le plan jusqu'à --to V en laissant la cible telle quelle, et montrer les changements de schéma ; --reversible exécute aussi les downs et montre ce qu'ils laissent</translation>
    </message>
    <message>
        <source>the target's schema as normalized DDL (--format json: a snapshot file diff can read)</source>
        <translation>le schéma de la cible en DDL normalisé (--format json : un fichier d'instantané que diff sait lire)</translation>
    </message>
    <message>
        <source>compare two schemas A B (URLs, profiles or snapshot files); exits 1 when they differ</source>
        <translation>comparer deux schémas A B (URL, profils ou fichiers d'instantané) ; code de sortie 1 s'ils diffèrent</translation>
    </message>
    <message>
        <source>analyse [FILES…] (default: every migration; --pending: the target's pending ones; --reversible: also their downs, on a dry run) for dangerous statements; --format text|json|sarif; exit 3 when a finding reaches --fail-on error|warning</source>
        <translation>analyser [FICHIERS…] à la recherche d'instructions dangereuses (par défaut : toutes les migrations ; --pending : celles en attente sur la cible ; --reversible : aussi leurs downs, lors d'une exécution à blanc) ; --format text|json|sarif ; code de sortie 3 quand un constat atteint --fail-on error|warning</translation>
    </message>
    <message>
        <source>back the target up (into --output DIR, default .godwit/backups) and print the file, its size and SHA-256 and the command that restores it</source>
        <translation>sauvegarder la cible (dans --output DOSSIER, par défaut .godwit/backups) et afficher le fichier, sa taille, son SHA-256 et la commande qui la restaure</translation>
    </message>
    <message>
        <source>a deployment's checklist: start [--to V], show, run [ITEM…], tick ITEM [--note], ack CHANGE…, rollback-note V TEXT, apply [--override REASON], report [markdown|html] [--output FILE], list, close</source>
        <translation>la checklist d'un déploiement : start [--to V], show, run [ÉLÉMENT…], tick ÉLÉMENT [--note], ack CHANGEMENT…, rollback-note V TEXTE, apply [--override RAISON], report [markdown|html] [--output FICHIER], list, close</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Godwit's migration engine for scripts and CI.</source>
        <translation>Le moteur de migration de Godwit pour les scripts et la CI.</translation>
    </message>
    <message>
        <source>The project folder (default: the current folder).</source>
        <translation>Le dossier du projet (par défaut : le dossier courant).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>The target: sqlite:PATH, postgres://…, mysql://…</source>
        <translation>La cible : sqlite:CHEMIN, postgres://…, mysql://…</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A connection profile from godwit.json.</source>
        <translation>Un profil de connexion de godwit.json.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Output: text (default) or json.</source>
        <translation>Sortie : text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Use the bundled demo project in the user's data folder.</source>
        <translation>Utiliser le projet de démonstration fourni dans le dossier de données de l'utilisateur.</translation>
    </message>
    <message>
        <source>Target version.</source>
        <translation>Version cible.</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Number of migrations to roll back.</source>
        <translation>Nombre de migrations à annuler.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Apply pending migrations older than the newest applied one.</source>
        <translation>Appliquer les migrations en attente plus anciennes que la plus récente appliquée.</translation>
    </message>
    <message>
        <source>PostgreSQL lock_timeout / MySQL lock_wait_timeout for this run (5s, 500ms).</source>
        <translation>lock_timeout PostgreSQL / lock_wait_timeout MySQL pour cette exécution (5s, 500ms).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>PostgreSQL statement_timeout for this run.</source>
        <translation>statement_timeout PostgreSQL pour cette exécution.</translation>
    </message>
    <message>
        <source>PostgreSQL search_path for this run.</source>
        <translation>search_path PostgreSQL pour cette exécution.</translation>
    </message>
    <message>
        <source>SCHEMA</source>
        <translation>SCHÉMA</translation>
    </message>
    <message>
        <source>repair: record the migration as applied.</source>
        <translation>repair : enregistrer la migration comme appliquée.</translation>
    </message>
    <message>
        <source>repair: run again from statement N.</source>
        <translation>repair : réexécuter à partir de l'instruction N.</translation>
    </message>
    <message>
        <source>repair: run the down script.</source>
        <translation>repair : exécuter le script down.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTHODE</translation>
    </message>
    <message>
        <source>dry-run: run up, then down, and compare; lint: the same for each pending migration, a finding where a down does not undo its up.</source>
        <translation>dry-run : exécuter up, puis down, et comparer ; lint : la même chose pour chaque migration en attente, avec un constat là où un down n'annule pas son up.</translation>
    </message>
    <message>
        <source>Also print the DDL text diff: unified.</source>
        <translation>Afficher aussi le diff texte du DDL : unified.</translation>
    </message>
    <message>
        <source>STYLE</source>
        <translation>STYLE</translation>
    </message>
    <message>
        <source>verify: compare with the schema the history implies.</source>
        <translation>verify : comparer au schéma qu'implique l'historique.</translation>
    </message>
    <message>
        <source>checklist: a note with a tick, acknowledgement or close.</source>
        <translation>checklist : une note accompagnant une coche, une validation ou une clôture.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>checklist: who signs (default: GODWIT_USER or the OS user).</source>
        <translation>checklist : qui signe (par défaut : GODWIT_USER ou l'utilisateur du système).</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>RAISON</translation>
    </message>
    <message>
        <source>checklist report: the file to write; backup: the folder.</source>
        <translation>checklist report : le fichier à écrire ; backup : le dossier.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>checklist report: replace an existing --output file.</source>
        <translation>checklist report : remplacer un fichier --output existant.</translation>
    </message>
    <message>
        <source>checklist show/report: a past deployment's id (read-only).</source>
        <translation>checklist show/report : l'identifiant d'un déploiement passé (lecture seule).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>lint: only the target's pending migrations.</source>
        <translation>lint : seulement les migrations en attente de la cible.</translation>
    </message>
    <message>
        <source>lint: sqlite, postgresql or mysql.</source>
        <translation>lint : sqlite, postgresql ou mysql.</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>lint: exit 3 at findings of this severity or worse.</source>
        <translation>lint : code de sortie 3 pour les constats de cette gravité ou pire.</translation>
    </message>
    <message>
        <source>error|warning</source>
        <translation>error|warning</translation>
    </message>
    <message>
        <source>lint: the MySQL or MariaDB server the scripts will run on ("mysql 8.0.35", "mariadb 10.11"), for which ALTERs are instant, in place or copies.</source>
        <translation>lint : le serveur MySQL ou MariaDB sur lequel les scripts s'exécuteront (« mysql 8.0.35 », « mariadb 10.11 »), qui détermine quels ALTER sont instantanés, sur place ou des copies.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>godwit-cli: %1</source>
        <translation>godwit-cli : %1</translation>
    </message>
    <message>
        <source>godwit-cli: unknown command "%1"; see --help</source>
        <translation>godwit-cli : commande inconnue « %1 » ; voir --help</translation>
    </message>
    <message>
        <source>godwit-cli: %1 does not take --%2</source>
        <translation>godwit-cli : %1 n'accepte pas --%2</translation>
    </message>
    <message>
        <source>godwit-cli: --format must be text or json</source>
        <translation>godwit-cli : --format doit valoir text ou json</translation>
    </message>
    <message>
        <source>no profile "%1" in %2/godwit.json</source>
        <translation>aucun profil « %1 » dans %2/godwit.json</translation>
    </message>
    <message>
        <source>no target: give --url sqlite:PATH or --profile NAME, or set defaultProfile in godwit.json</source>
        <translation>pas de cible : indiquez --url sqlite:CHEMIN ou --profile NOM, ou définissez defaultProfile dans godwit.json</translation>
    </message>
    <message>
        <source>the migrations folder has errors; fix them first (see status)</source>
        <translation>le dossier des migrations contient des erreurs ; corrigez-les d'abord (voir status)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 is %2 and %3 is %4: only schemas of one engine compare</source>
        <translation>%1 est %2 et %3 est %4 : seuls des schémas d'un même moteur se comparent</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n'existe pas</translation>
    </message>
    <message>
        <source>no deployment under way on profile %1: start one with godwit-cli checklist start --profile %1 [--to V]</source>
        <translation>aucun déploiement en cours sur le profil %1 : démarrez-en un avec godwit-cli checklist start --profile %1 [--to V]</translation>
    </message>
    <message>
        <source>the plan moved on: %1</source>
        <translation>le plan a évolué : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Deployment %1: %2 (%3), %4</source>
        <translation>Déploiement %1 : %2 (%3), %4</translation>
    </message>
    <message>
        <source>down script</source>
        <translation>script down</translation>
    </message>
    <message>
        <source>NO ROLLBACK</source>
        <translation>PAS DE RETOUR ARRIÈRE</translation>
    </message>
    <message>
        <source>rollback note</source>
        <translation>note de retour arrière</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (requis)</translation>
    </message>
    <message>
        <source>stale: %1</source>
        <translation>périmé : %1</translation>
    </message>
    <message>
        <source>Applied at %1.</source>
        <translation>Appliqué le %1.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Closed without running.</source>
        <translation>Clos sans exécution.</translation>
    </message>
    <message>
        <source>Apply is blocked on this production profile until: %1 (or --override REASON)</source>
        <translation>Apply est bloqué sur ce profil de production jusqu'à : %1 (ou --override RAISON)</translation>
    </message>
    <message>
        <source>Apply is allowed: godwit-cli checklist apply --profile %1</source>
        <translation>Apply est autorisé : godwit-cli checklist apply --profile %1</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliqué</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>deployment %1 is a past record: it opens read-only</source>
        <translation>le déploiement %1 est un enregistrement passé : il s'ouvre en lecture seule</translation>
    </message>
    <message>
        <source>%1 exists: give --force to replace it</source>
        <translation>%1 existe : indiquez --force pour le remplacer</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>deployment %1 has run already</source>
        <translation>le déploiement %1 a déjà été exécuté</translation>
    </message>
    <message>
        <source>backing up %1 into %2</source>
        <translation>sauvegarde de %1 dans %2</translation>
    </message>
    <message>
        <source>backup:   %1</source>
        <translation>sauvegarde :   %1</translation>
    </message>
    <message>
        <source>size:     %1 (%2 bytes)</source>
        <translation>taille :       %1 (%2 octets)</translation>
    </message>
    <message>
        <source>sha256:   %1</source>
        <translation>sha256 :       %1</translation>
    </message>
    <message>
        <source>took:     %1 ms with %2 (%3)</source>
        <translation>durée :        %1 ms avec %2 (%3)</translation>
    </message>
    <message>
        <source>restore:  %1</source>
        <translation>restauration : %1</translation>
    </message>
    <message>
        <source>godwit-cli: --dialect must be sqlite, postgresql or mysql</source>
        <translation>godwit-cli : --dialect doit valoir sqlite, postgresql ou mysql</translation>
    </message>
    <message>
        <source>godwit-cli: lint needs a dialect: --dialect, a --profile, or defaultProfile in godwit.json</source>
        <translation>godwit-cli : lint a besoin d'un dialecte : --dialect, un --profile ou defaultProfile dans godwit.json</translation>
    </message>
    <message>
        <source>data-aware checks skipped: %1</source>
        <translation>vérifications sur les données ignorées : %1</translation>
    </message>
    <message>
        <source>godwit-cli: --server-version "%1" is not a MySQL or MariaDB version such as "mysql 8.0.35" or "mariadb 10.11"</source>
        <translation>godwit-cli : --server-version « %1 » n'est pas une version de MySQL ou de MariaDB comme « mysql 8.0.35 » ou « mariadb 10.11 »</translation>
    </message>
    <message>
        <source> (suppressed: %1)</source>
        <translation> (masqué : %1)</translation>
    </message>
    <message>
        <source>data: %1</source>
        <translation>données : %1</translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation>pourquoi : %1</translation>
    </message>
    <message>
        <source>instead: %1</source>
        <translation>à la place : %1</translation>
    </message>
    <message>
        <source>  no structural change</source>
        <translation>  aucun changement structurel</translation>
    </message>
    <message>
        <source>  %1 additive, %2 rewriting, %3 destructive</source>
        <translation>  %1 additifs, %2 réécritures, %3 destructifs</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ANNULÉ</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>on a copy of the database (VACUUM INTO), deleted afterwards</source>
        <translation>sur une copie de la base (VACUUM INTO), supprimée ensuite</translation>
    </message>
    <message>
        <source>on a scratch database holding a copy of the schema, dropped afterwards</source>
        <translation>sur une base de travail contenant une copie du schéma, supprimée ensuite</translation>
    </message>
    <message>
        <source>in one transaction on the target, rolled back</source>
        <translation>dans une transaction sur la cible, annulée</translation>
    </message>
    <message>
        <source>on a shadow database where the applied history was replayed, dropped afterwards</source>
        <translation>sur une base fantôme où l'historique appliqué a été rejoué, supprimée ensuite</translation>
    </message>
    <message>
        <source>Project    %1</source>
        <translation>Projet     %1</translation>
    </message>
    <message>
        <source>Format     %1 — %2</source>
        <translation>Format     %1 — %2</translation>
    </message>
    <message>
        <source>Target     %1</source>
        <translation>Cible      %1</translation>
    </message>
    <message>
        <source> (does not exist yet)</source>
        <translation> (n'existe pas encore)</translation>
    </message>
    <message>
        <source>Current    %1, %2 pending</source>
        <translation>Actuelle   %1, %2 en attente</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>APPLIED AT</source>
        <translation>APPLIQUÉE LE</translation>
    </message>
    <message>
        <source>a run stopped while statement %1 of %2 was under way (it may have completed); see godwit-cli repair</source>
        <translation>une exécution s'est arrêtée pendant l'instruction %1 sur %2 (elle a peut-être abouti) ; voir godwit-cli repair</translation>
    </message>
    <message>
        <source>stopped at statement %1 of %2: %3</source>
        <translation>arrêtée à l'instruction %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Problems in the folder:</source>
        <translation>Problèmes dans le dossier :</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Nothing to do: %1 is up to date.</source>
        <translation>Rien à faire : %1 est à jour.</translation>
    </message>
    <message>
        <source>Plan: %1 on %2</source>
        <translation>Plan : %1 sur %2</translation>
    </message>
    <message>
        <source>  (no transaction)</source>
        <translation>  (pas de transaction)</translation>
    </message>
    <message>
        <source>ok (%1 ms, %2)</source>
        <translation>ok (%1 ms, %2)</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignorée : %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Stopped: the target is as the steps above say.</source>
        <translation>Arrêté : la cible est telle que le disent les étapes ci-dessus.</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <source>ran</source>
        <translation>exécutée</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécutée</translation>
    </message>
    <message>
        <source>%1 %2: stopped at statement %3 of %4: %5</source>
        <translation>%1 %2 : arrêtée à l'instruction %3 sur %4 : %5</translation>
    </message>
    <message>
        <source>Ways out (each is recorded in the audit log):</source>
        <translation>Issues possibles (chacune est enregistrée dans le journal d'audit) :</translation>
    </message>
    <message>
        <source>  godwit-cli repair %1 --retry-from %2   run statements %2 to %3 again, once what stopped statement %2 is fixed</source>
        <translation>  godwit-cli repair %1 --retry-from %2   réexécuter les instructions %2 à %3, une fois corrigé ce qui a arrêté l'instruction %2</translation>
    </message>
    <message>
        <source>  godwit-cli repair %1 --mark-applied    record it as applied: you ran the rest by hand</source>
        <translation>  godwit-cli repair %1 --mark-applied    l'enregistrer comme appliquée : vous avez exécuté le reste à la main</translation>
    </message>
    <message>
        <source>  godwit-cli repair %1 --run-down        run its down script and record it as not applied</source>
        <translation>  godwit-cli repair %1 --run-down        exécuter son script down et l'enregistrer comme non appliquée</translation>
    </message>
    <message>
        <source>Dry run of %1 on %2, %3</source>
        <translation>Exécution à blanc de %1 sur %2, %3</translation>
    </message>
    <message>
        <source>Schema changes</source>
        <translation>Changements de schéma</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Time: preparation %1, execution %2, introspection %3, diff %4</source>
        <translation>Temps : préparation %1, exécution %2, introspection %3, diff %4</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Cancelled; the target was not changed.</source>
        <translation>Annulé ; la cible n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>Dry run passed; the target was not changed.</source>
        <translation>Exécution à blanc réussie ; la cible n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>Dry run FAILED; the target was not changed.</source>
        <translation>Exécution à blanc ÉCHOUÉE ; la cible n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De   %1</translation>
    </message>
    <message>
        <source>To   %1</source>
        <translation>Vers %1</translation>
    </message>
    <message>
        <source>Drift of %1 from the schema its applied history implies</source>
        <translation>Dérive de %1 par rapport au schéma qu'implique son historique appliqué</translation>
    </message>
    <message>
        <source>history</source>
        <translation>historique</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>status, plan, up, down, new, repair, dry-run, snapshot, diff, verify, lint, backup or checklist</source>
        <translation>status, plan, up, down, new, repair, dry-run, snapshot, diff, verify, lint, backup ou checklist</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>out-of-order</source>
        <translation>hors ordre</translation>
    </message>
    <message>
        <source>Each command's own options: godwit-cli help COMMAND (or godwit-cli COMMAND --help).</source>
        <translation>Les options propres à chaque commande : godwit-cli help COMMANDE (ou godwit-cli COMMANDE --help).</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement :</translation>
    </message>
    <message>
        <source>  GODWIT_PASSWORD          the target's password (else PGPASSWORD or MYSQL_PWD, else a prompt)</source>
        <translation>  GODWIT_PASSWORD          le mot de passe de la cible (sinon PGPASSWORD ou MYSQL_PWD, sinon une invite)</translation>
    </message>
    <message>
        <source>  GODWIT_STAGING_PASSWORD  the staging profile's password, for a deployment's staging dry run</source>
        <translation>  GODWIT_STAGING_PASSWORD  le mot de passe du profil de préproduction, pour l'exécution à blanc d'un déploiement</translation>
    </message>
    <message>
        <source>  GODWIT_USER              who signs checklist items (else the OS user)</source>
        <translation>  GODWIT_USER              qui signe les éléments de checklist (sinon l'utilisateur du système)</translation>
    </message>
    <message>
        <source>  LANG, LC_MESSAGES        the language of the messages (English, German, French)</source>
        <translation>  LANG, LC_MESSAGES        la langue des messages (anglais, allemand, français)</translation>
    </message>
    <message>
        <source>Usage: godwit-cli [common options] %1</source>
        <translation>Usage : godwit-cli [options communes] %1</translation>
    </message>
    <message>
        <source>Options of %1:</source>
        <translation>Options de %1 :</translation>
    </message>
    <message>
        <source>Common options:</source>
        <translation>Options communes :</translation>
    </message>
    <message>
        <source>apply pending migrations, up to --to V; on production only a deployment's checked plan, or with --override REASON</source>
        <translation>appliquer les migrations en attente, jusqu'à --to V ; en production, uniquement le plan vérifié d'un déploiement, ou avec --override RAISON</translation>
    </message>
    <message>
        <source>roll back --steps N (default 1) or down to --to V (kept); on production the profile's name typed on a terminal, or --override REASON</source>
        <translation>annuler --steps N migrations (1 par défaut) ou redescendre jusqu'à --to V (conservée) ; en production, avec le nom du profil saisi dans un terminal, ou avec --override RAISON</translation>
    </message>
    <message>
        <source>the applied migrations' checksums against their files, exit 1 naming each modified, missing or unrecognised file; --drift: compare the target with the schema its applied history implies, exit 1 on drift; --audit: check the audit log's hash chain, exit 1 naming the first bad row</source>
        <translation>vérifier les sommes de contrôle des migrations appliquées par rapport à leurs fichiers, code de sortie 1 en nommant chaque fichier modifié, manquant ou non reconnu ; --drift : comparer la cible au schéma qu'implique son historique appliqué, code de sortie 1 en cas de dérive ; --audit : vérifier la chaîne de hachage du journal d'audit, code de sortie 1 en nommant la première ligne incorrecte</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 operation failed (or status/verify found a problem), 2 usage or input error, 3 lint findings, 4 refused on production (checklist, --override or the typed name), 130/143/129 stopped by SIGINT/SIGTERM/SIGHUP (the statement cancelled, the run ended cleanly).</source>
        <translation>Codes de sortie : 0 ok, 1 échec de l'opération (ou status/verify a trouvé un problème), 2 erreur d'usage ou de saisie, 3 constats de lint, 4 refus en production (checklist, --override ou le nom saisi), 130/143/129 arrêt par SIGINT/SIGTERM/SIGHUP (l'instruction annulée, l'exécution terminée proprement).</translation>
    </message>
    <message>
        <source>dry-run: copy (SQLite file copy, MySQL and PostgreSQL scratch schema), transaction (SQLite, PostgreSQL; on production only when chosen, under a short lock_timeout) or shadow (history replayed on a scratch database). auto: copy, but a transaction on PostgreSQL that is not production.</source>
        <translation>dry-run : copy (copie du fichier SQLite, schéma de travail MySQL et PostgreSQL), transaction (SQLite, PostgreSQL ; en production seulement si elle est choisie, sous un lock_timeout court) ou shadow (historique rejoué sur une base de travail). auto : copy, mais une transaction sur un PostgreSQL qui n'est pas la production.</translation>
    </message>
    <message>
        <source>verify: check the audit log's hash chain; exits 1 naming the first tampered row.</source>
        <translation>verify : vérifier la chaîne de hachage du journal d'audit ; code de sortie 1 en nommant la première ligne falsifiée.</translation>
    </message>
    <message>
        <source>up, checklist apply: run on production without the required items; down, repair: on production without a terminal. The reason is recorded in the audit log (and the deployment).</source>
        <translation>up, checklist apply : exécuter en production sans les éléments requis ; down, repair : en production sans terminal. La justification est enregistrée dans le journal d'audit (et dans le déploiement).</translation>
    </message>
    <message>
        <source>up: run although applied scripts changed since they ran (recorded in the audit log).</source>
        <translation>up : exécuter bien que des scripts appliqués aient changé depuis leur exécution (enregistré dans le journal d'audit).</translation>
    </message>
    <message>
        <source>no such profile in %1/godwit.json; what was given looks like a connection string and is not shown (it may hold a password)</source>
        <translation>aucun profil de ce nom dans %1/godwit.json ; la valeur donnée ressemble à une chaîne de connexion et n'est pas affichée (elle peut contenir un mot de passe)</translation>
    </message>
    <message>
        <source>waiting for the migration lock: %1</source>
        <translation>attente du verrou des migrations : %1</translation>
    </message>
    <message numerus="yes">
        <source>apply %n migration(s)</source>
        <translation>
            <numerusform>appliquer %n migration</numerusform>
            <numerusform>appliquer %n migrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>roll back %n migration(s)</source>
        <translation>
            <numerusform>annuler %n migration</numerusform>
            <numerusform>annuler %n migrations</numerusform>
        </translation>
    </message>
    <message>
        <source>repair %1 %2</source>
        <translation>réparer %1 %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1 has no audit log yet.</source>
        <translation>%1 n'a pas encore de journal d'audit.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from before the hash chain are not protected; the log is protected from row %1 on.</source>
        <translation>
            <numerusform>%n ligne antérieure à la chaîne de hachage n'est pas protégée ; le journal est protégé à partir de la ligne %1.</numerusform>
            <numerusform>%n lignes antérieures à la chaîne de hachage ne sont pas protégées ; le journal est protégé à partir de la ligne %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No row of the audit log is protected by the hash chain yet (%n row(s)).</source>
        <translation>
            <numerusform>Aucune ligne du journal d'audit n'est encore protégée par la chaîne de hachage (%n ligne).</numerusform>
            <numerusform>Aucune ligne du journal d'audit n'est encore protégée par la chaîne de hachage (%n lignes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log tampered with: row %1 (%2) has no hash in the protected part of the log.</source>
        <translation>Journal d'audit falsifié : la ligne %1 (%2) n'a pas de hachage dans la partie protégée du journal.</translation>
    </message>
    <message>
        <source>Audit log tampered with: row %1 (%2) does not follow from the row before it: it was changed, or a row before it was removed or inserted.</source>
        <translation>Journal d'audit falsifié : la ligne %1 (%2) ne découle pas de la ligne qui la précède : elle a été modifiée, ou une ligne avant elle a été supprimée ou insérée.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n row(s) checked.</source>
        <translation>
            <numerusform>Journal d'audit intact : %n ligne vérifiée.</numerusform>
            <numerusform>Journal d'audit intact : %n lignes vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>godwit-cli: %1: cannot read the audit log: %2</source>
        <translation>godwit-cli : %1 : impossible de lire le journal d'audit : %2</translation>
    </message>
    <message>
        <source>apply deployment %1</source>
        <translation>appliquer le déploiement %1</translation>
    </message>
    <message>
        <source>not confirmed: nothing was run</source>
        <translation>non confirmé : rien n'a été exécuté</translation>
    </message>
    <message>
        <source>NOT REHEARSABLE</source>
        <translation>NON TESTABLE À BLANC</translation>
    </message>
    <message>
        <source>on a scratch database holding a schema-only copy (pg_dump), dropped afterwards</source>
        <translation>sur une base de travail contenant une copie du schéma seul (pg_dump), supprimée ensuite</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes :</translation>
    </message>
    <message>
        <source>Method: %1 (%2)</source>
        <translation>Méthode : %1 (%2)</translation>
    </message>
    <message>
        <source>Not rehearsable on a copy (not run)</source>
        <translation>Impossible à tester à blanc sur une copie (non exécuté)</translation>
    </message>
    <message numerus="yes">
        <source>Dry run NOT PASSED: %n statement(s) would reach outside the dry run's scratch and were not run; the target was not changed.</source>
        <translation>
            <numerusform>Exécution à blanc NON RÉUSSIE : %n instruction sortirait de l'espace de travail de l'exécution à blanc et n'a pas été exécutée ; la cible n'a pas été modifiée.</numerusform>
            <numerusform>Exécution à blanc NON RÉUSSIE : %n instructions sortiraient de l'espace de travail de l'exécution à blanc et n'ont pas été exécutées ; la cible n'a pas été modifiée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied scripts edited since they ran (the structural differences below may come from these edits, not from changes made on the database):</source>
        <translation>Scripts appliqués modifiés depuis leur exécution (les différences structurelles ci-dessous peuvent venir de ces modifications, et non de changements faits sur la base) :</translation>
    </message>
    <message numerus="yes">
        <source>Checksums of %1: the %n applied migration(s) match their files</source>
        <translation>
            <numerusform>Sommes de contrôle de %1 : %n migration appliquée correspond à son fichier</numerusform>
            <numerusform>Sommes de contrôle de %1 : les %n migrations appliquées correspondent à leurs fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checksums of %1: %n problem(s)</source>
        <translation>
            <numerusform>Sommes de contrôle de %1 : %n problème</numerusform>
            <numerusform>Sommes de contrôle de %1 : %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2, profile %3 (production). Type the profile's name to go on: </source>
        <translation>%1 sur %2, profil %3 (production). Saisissez le nom du profil pour continuer : </translation>
    </message>
    <message>
        <source>run past applied scripts changed since they ran</source>
        <translation>exécution malgré des scripts appliqués modifiés depuis leur exécution</translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation>par %1 : %2</translation>
    </message>
    <message>
        <source>Apply is blocked on production profile %1: %2</source>
        <translation>Apply est bloqué sur le profil de production %1 : %2</translation>
    </message>
    <message>
        <source>run with --allow-out-of-order to apply them anyway</source>
        <translation>lancez avec --allow-out-of-order pour les appliquer quand même</translation>
    </message>
    <message>
        <source>restore them, or run with --allow-modified to go on anyway (recorded in the audit log)</source>
        <translation>restaurez-les, ou lancez avec --allow-modified pour continuer malgré tout (enregistré dans le journal d'audit)</translation>
    </message>
    <message>
        <source>use --method copy or --method shadow</source>
        <translation>utilisez --method copy ou --method shadow</translation>
    </message>
    <message>
        <source>run it again later, or use the schema copy (--method copy, the default on production)</source>
        <translation>relancez-la plus tard, ou utilisez la copie du schéma (--method copy, la méthode par défaut en production)</translation>
    </message>
    <message>
        <source>see godwit-cli verify --drift</source>
        <translation>voir godwit-cli verify --drift</translation>
    </message>
    <message>
        <source>run it first: godwit-cli checklist run %1</source>
        <translation>lancez-le d'abord : godwit-cli checklist run %1</translation>
    </message>
    <message>
        <source>start one with godwit-cli checklist start and complete its required items</source>
        <translation>démarrez-en un avec godwit-cli checklist start et complétez ses éléments requis</translation>
    </message>
    <message>
        <source>or give --override REASON (recorded in the audit log)</source>
        <translation>ou donnez --override RAISON (enregistré dans le journal d'audit)</translation>
    </message>
    <message>
        <source>refused on production: %1</source>
        <translation>refusé en production : %1</translation>
    </message>
    <message>
        <source>godwit-cli: %1 --format must be text, json or sarif</source>
        <translation>godwit-cli : %1 --format doit être text, json ou sarif</translation>
    </message>
    <message>
        <source>give --url or --profile, not both</source>
        <translation>indiquez --url ou --profile, pas les deux</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 n'accepte pas d'arguments</translation>
    </message>
    <message>
        <source>--override needs a reason</source>
        <translation>--override demande une justification</translation>
    </message>
    <message>
        <source>--diff takes unified</source>
        <translation>--diff accepte unified</translation>
    </message>
    <message>
        <source>--steps needs a positive number</source>
        <translation>--steps demande un nombre positif</translation>
    </message>
    <message>
        <source>give --to or --steps, not both</source>
        <translation>indiquez --to ou --steps, pas les deux</translation>
    </message>
    <message>
        <source>choose one of --mark-applied, --retry-from and --run-down</source>
        <translation>choisissez l'un de --mark-applied, --retry-from et --run-down</translation>
    </message>
    <message>
        <source>--retry-from needs a statement number, from 1</source>
        <translation>--retry-from demande un numéro d'instruction, à partir de 1</translation>
    </message>
    <message>
        <source>--method must be auto, copy, transaction or shadow</source>
        <translation>--method doit valoir auto, copy, transaction ou shadow</translation>
    </message>
    <message>
        <source>verify --audit takes no arguments and no other check</source>
        <translation>verify --audit n'accepte ni arguments ni autre vérification</translation>
    </message>
    <message>
        <source>--fail-on must be error or warning</source>
        <translation>--fail-on doit valoir error ou warning</translation>
    </message>
    <message>
        <source>lint --reversible checks the target's pending migrations, not files</source>
        <translation>lint --reversible vérifie les migrations en attente de la cible, pas des fichiers</translation>
    </message>
    <message>
        <source>%1 takes one NAME</source>
        <translation>%1 attend un NOM</translation>
    </message>
    <message>
        <source>%1 takes at most one VERSION</source>
        <translation>%1 accepte au plus une VERSION</translation>
    </message>
    <message>
        <source>%1 takes two schemas A B (URLs, profiles or snapshot files)</source>
        <translation>%1 attend deux schémas A B (URL, profils ou fichiers d'instantané)</translation>
    </message>
    <message>
        <source>a deployment belongs to a profile: give --profile, not --url</source>
        <translation>un déploiement appartient à un profil : indiquez --profile, pas --url</translation>
    </message>
    <message>
        <source>checklist start needs --profile NAME</source>
        <translation>checklist start demande --profile NOM</translation>
    </message>
    <message numerus="yes">
        <source>Plan %1 → %2 (%3), %n step(s)</source>
        <translation>
            <numerusform>Plan %1 → %2 (%3), %n étape</numerusform>
            <numerusform>Plan %1 → %2 (%3), %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>signed off by %1 at %2</source>
        <translation>validé par %1 le %2</translation>
    </message>
    <message>
        <source>checked by %1 at %2</source>
        <translation>vérifié par %1 le %2</translation>
    </message>
    <message>
        <source>checklist %1: unknown; one of %2</source>
        <translation>checklist %1 : inconnu ; l'un de %2</translation>
    </message>
    <message>
        <source>checklist report takes markdown or html</source>
        <translation>checklist report accepte markdown ou html</translation>
    </message>
    <message>
        <source>checklist tick takes one ITEM [--note TEXT]</source>
        <translation>checklist tick prend un ÉLÉMENT [--note TEXTE]</translation>
    </message>
    <message>
        <source>checklist ack takes the destructive changes by name, as listed</source>
        <translation>checklist ack prend les changements destructifs par leur nom, tels qu'ils sont listés</translation>
    </message>
    <message>
        <source>checklist rollback-note takes VERSION TEXT</source>
        <translation>checklist rollback-note prend VERSION TEXTE</translation>
    </message>
    <message>
        <source>%1, %2, %3 info, %4 suppressed (%5)</source>
        <translation>%1, %2, %3 info, %4 ignorés (%5)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>No migration has failed: there is nothing to repair.</source>
        <translation>Aucune migration n’a échoué : il n’y a rien à réparer.</translation>
    </message>
    <message>
        <source>code migration — run by the application: %1</source>
        <translation>migration en code — exécutée par l'application : %1</translation>
    </message>
    <message>
        <source>hook, run by the application: %1</source>
        <translation>hook, exécuté par l'application : %1</translation>
    </message>
    <message>
        <source>Nothing Godwit can run comes first: %1</source>
        <translation>Rien que Godwit puisse exécuter ne vient d'abord : %1</translation>
    </message>
    <message>
        <source>Then stops: %1</source>
        <translation>S'arrête ensuite : %1</translation>
    </message>
    <message>
        <source>Stopped before: %1</source>
        <translation>Arrêté avant : %1</translation>
    </message>
    <message>
        <source>baseline — runs only on a database with no history, in place of the versions up to it</source>
        <translation>baseline — ne s'exécute que sur une base sans historique, à la place des versions jusqu'à elle</translation>
    </message>
    <message>
        <source>--table, --column, --value and --applied-at describe a TOOL's table: name the tool</source>
        <translation>--table, --column, --value et --applied-at décrivent la table d'un OUTIL : nommez l'outil</translation>
    </message>
    <message>
        <source>adopt custom needs --table and --column</source>
        <translation>adopt custom demande --table et --column</translation>
    </message>
    <message>
        <source>--value takes version, stem or name</source>
        <translation>--value prend version, stem ou name</translation>
    </message>
    <message>
        <source>--column, --value and --applied-at describe a custom table; %1 keeps its own columns</source>
        <translation>--column, --value et --applied-at décrivent une table propre ; %1 a ses propres colonnes</translation>
    </message>
    <message>
        <source>baseline needs --to V: the newest migration the database already has</source>
        <translation>baseline demande --to V : la migration la plus récente que la base a déjà</translation>
    </message>
    <message>
        <source>%1 takes at most one TOOL</source>
        <translation>%1 prend au plus un OUTIL</translation>
    </message>
    <message>
        <source>record every migration up to --to V as applied without running it, once the list is confirmed (--yes without a terminal)</source>
        <translation>inscrire chaque migration jusqu'à --to V comme appliquée sans l'exécuter, une fois la liste confirmée (--yes sans terminal)</translation>
    </message>
    <message>
        <source>adopt: the history table, when not the tool's usual name.</source>
        <translation>adopt : la table d'historique, quand elle ne porte pas le nom habituel de l'outil.</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <source>adopt custom: the column that names each applied migration.</source>
        <translation>adopt custom : la colonne qui nomme chaque migration appliquée.</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>COLONNE</translation>
    </message>
    <message>
        <source>adopt custom: what the column holds: version, stem (the file's name without .sql) or name.</source>
        <translation>adopt custom : ce que contient la colonne : version, stem (le nom du fichier sans .sql) ou name.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>GENRE</translation>
    </message>
    <message>
        <source>adopt custom: the column of when each was applied.</source>
        <translation>adopt custom : la colonne de la date d'application.</translation>
    </message>
    <message>
        <source>baseline: the list printed is confirmed.</source>
        <translation>baseline : la liste affichée est confirmée.</translation>
    </message>
    <message>
        <source>%1 already adopts %2 (%3): edit its "history" to change that</source>
        <translation>%1 adopte déjà %2 (%3) : modifiez sa clé « history » pour changer cela</translation>
    </message>
    <message>
        <source>%1 has no history table of a tool Godwit knows: name the tool (godwit-cli adopt TOOL)</source>
        <translation>%1 n'a aucune table d'historique d'un outil que Godwit connaît : nommez l'outil (godwit-cli adopt OUTIL)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n history table(s) of other tools; choose one:
  %2</source>
        <translation>
            <numerusform>%1 a %n table d'historique d'autres outils ; choisissez-en une :
  %2</numerusform>
            <numerusform>%1 a %n tables d'historique d'autres outils ; choisissez-en une :
  %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>record %n migration(s) as applied</source>
        <translation>
            <numerusform>inscrire %n migration comme appliquée</numerusform>
            <numerusform>inscrire %n migrations comme appliquées</numerusform>
        </translation>
    </message>
    <message>
        <source>a baseline records migrations as applied without running them: pass --yes to confirm the list above</source>
        <translation>une baseline inscrit des migrations comme appliquées sans les exécuter : passez --yes pour confirmer la liste ci-dessus</translation>
    </message>
    <message numerus="yes">
        <source>Record these %n migration(s) as applied without running them? [y/N] </source>
        <translation>
            <numerusform>Inscrire cette %n migration comme appliquée sans l'exécuter ? [y/N] </numerusform>
            <numerusform>Inscrire ces %n migrations comme appliquées sans les exécuter ? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>not confirmed: nothing was recorded</source>
        <translation>non confirmé : rien n'a été inscrit</translation>
    </message>
    <message>
        <source>ok: %1</source>
        <translation>ok : %1</translation>
    </message>
    <message>
        <source>Adopted    %1; what Godwit applies is recorded in its own history</source>
        <translation>Adoptée   %1 ; ce que Godwit applique est inscrit dans son propre historique</translation>
    </message>
    <message>
        <source>Found      %1 — adopt it: %2</source>
        <translation>Trouvée   %1 — pour l'adopter : %2</translation>
    </message>
    <message>
        <source>Nothing to record: every migration up to %1 is applied on %2</source>
        <translation>Rien à inscrire : chaque migration jusqu'à %1 est appliquée sur %2</translation>
    </message>
    <message>
        <source>Baseline on %1: recorded as applied without running them:</source>
        <translation>Baseline sur %1 : inscrites comme appliquées sans être exécutées :</translation>
    </message>
    <message>
        <source>FAILED at %1: %2</source>
        <translation>ÉCHEC à %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %1 of %n migration(s) as applied.</source>
        <translation>
            <numerusform>%1 sur %n migration inscrite comme appliquée.</numerusform>
            <numerusform>%1 sur %n migrations inscrites comme appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status now: %1 applied, %2 pending</source>
        <translation>État maintenant : %1 appliquées, %2 en attente</translation>
    </message>
    <message>
        <source>adopt: write the tool's table too, as the tool would, with every migration Godwit runs ("mode": "interop").</source>
        <translation>adopt : écrire aussi la table de l'outil, comme l'outil le ferait, à chaque migration que Godwit exécute ("mode": "interop").</translation>
    </message>
    <message>
        <source>Adopted    %1; interop: what Godwit applies is written there too, as %2 would</source>
        <translation>Adoptée  %1 ; interop : ce que Godwit applique y est aussi écrit, comme %2 le ferait</translation>
    </message>
    <message>
        <source>%1 is not a tool Godwit reads the history of (flyway, golang-migrate, dbmate, goose, diesel, prisma, sqitch, custom)</source>
        <translation>%1 n'est pas un outil dont Godwit lit l'historique (flyway, golang-migrate, dbmate, goose, diesel, prisma, sqitch, custom)</translation>
    </message>
    <message>
        <source>read another tool's history table as the target's past (TOOL: flyway, golang-migrate, dbmate, goose, diesel, prisma, sqitch, custom; none: the one status found); writes godwit.json's "history"; --interop first writes what Godwit applied into the tool's table, once the list is confirmed (--yes without a terminal)</source>
        <translation>lire la table d’historique d’un autre outil comme le passé de la cible (TOOL : flyway, golang-migrate, dbmate, goose, diesel, prisma, sqitch, custom ; aucun : celle que status a trouvée) ; écrit « history » dans godwit.json ; --interop écrit d’abord ce que Godwit a appliqué dans la table de l’outil, une fois la liste confirmée (--yes sans terminal)</translation>
    </message>
    <message numerus="yes">
        <source>write %n row(s) into %1</source>
        <translation>
            <numerusform>écrire %n ligne dans %1</numerusform>
            <numerusform>écrire %n lignes dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>interop writes what Godwit applied into %1: pass --yes to confirm the list above, or adopt without --interop</source>
        <translation>interop écrit ce que Godwit a appliqué dans %1 : passez --yes pour confirmer la liste ci-dessus, ou adoptez sans --interop</translation>
    </message>
    <message numerus="yes">
        <source>Write these %n migration(s) into %1? [y/N] </source>
        <translation>
            <numerusform>Écrire cette %n migration dans %1 ? [y/N] </numerusform>
            <numerusform>Écrire ces %n migrations dans %1 ? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>not confirmed: nothing was written, nothing adopted</source>
        <translation>non confirmé : rien n’a été écrit, rien adopté</translation>
    </message>
    <message>
        <source>%1 on %2 lacks what Godwit applied; in interop that table says what is applied, so these are written there first, as %3 would:</source>
        <translation>%1 sur %2 ne contient pas ce que Godwit a appliqué ; en interop cette table dit ce qui est appliqué, donc ceci y est d’abord écrit, comme %3 le ferait :</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %3. %n row(s) written to %4 before it; nothing adopted yet: adopt again to go on</source>
        <translation>
            <numerusform>%1 %2 : %3. %n ligne écrite dans %4 avant elle ; rien n’est encore adopté : adoptez de nouveau pour continuer</numerusform>
            <numerusform>%1 %2 : %3. %n lignes écrites dans %4 avant elle ; rien n’est encore adopté : adoptez de nouveau pour continuer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled: %n row(s) written to %1; nothing adopted yet: adopt again to go on</source>
        <translation>
            <numerusform>annulé : %n ligne écrite dans %1 ; rien n’est encore adopté : adoptez de nouveau pour continuer</numerusform>
            <numerusform>annulé : %n lignes écrites dans %1 ; rien n’est encore adopté : adoptez de nouveau pour continuer</numerusform>
        </translation>
    </message>
    <message>
        <source>Reversibility (each migration: up, down, compared with before its up, up again)</source>
        <translation>Réversibilité (chaque migration : up, down, comparaison avec l'état d'avant son up, up à nouveau)</translation>
    </message>
    <message numerus="yes">
        <source>  %n migration(s): the down restores the schema and rows from before the up</source>
        <translation>
            <numerusform>  %n migration : le down rétablit le schéma et les lignes d'avant le up</numerusform>
            <numerusform>  %n migrations : le down rétablit le schéma et les lignes d'avant le up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan runs, but %n migration(s) are not reversible; the target was not changed.</source>
        <translation>
            <numerusform>Le plan s'exécute, mais %n migration n'est pas réversible ; la cible n'a pas été modifiée.</numerusform>
            <numerusform>Le plan s'exécute, mais %n migrations ne sont pas réversibles ; la cible n'a pas été modifiée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimate: %1</source>
        <translation>Estimation : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n instruction</numerusform>
            <numerusform>%n instructions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s)</source>
        <translation>
            <numerusform>%n migration</numerusform>
            <numerusform>%n migrations</numerusform>
        </translation>
    </message>
</context>
</TS>
