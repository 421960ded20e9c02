<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✓ connected: %1</source>
        <translation>✓ connecté : %1</translation>
    </message>
</context>
<context>
    <name>Remedy</name>
    <message>
        <source>The window applies migrations in order only; applying older ones after newer ones is a deliberate step it does not offer.</source>
        <translation>La fenêtre n'applique les migrations que dans l'ordre ; appliquer des plus anciennes après des plus récentes est une démarche délibérée qu'elle ne propose pas.</translation>
    </message>
    <message>
        <source>Restore the changed scripts: the window does not run past applied scripts that changed.</source>
        <translation>Restaurez les scripts modifiés : la fenêtre ne passe pas outre des scripts appliqués qui ont changé.</translation>
    </message>
    <message>
        <source>Choose copy or shadow as the dry-run method (File › Settings…).</source>
        <translation>Choisissez copy ou shadow comme méthode d'exécution à blanc (Fichier › Paramètres…).</translation>
    </message>
    <message>
        <source>Run it again later, or choose copy as the dry-run method (File › Settings…), the default on production.</source>
        <translation>Relancez-la plus tard, ou choisissez copy comme méthode d'exécution à blanc (Fichier › Paramètres…), la méthode par défaut en production.</translation>
    </message>
    <message>
        <source>The window has no drift check: compare the target with what its history implies before trusting this rehearsal.</source>
        <translation>La fenêtre n'a pas de contrôle de dérive : comparez la cible avec ce qu'implique son historique avant de vous fier à cette répétition.</translation>
    </message>
    <message>
        <source>Run the checklist item %1 first (Deployment › Run checks).</source>
        <translation>Lancez d'abord l'élément %1 de la checklist (Déploiement › Lancer les vérifications).</translation>
    </message>
    <message>
        <source>Start one (Deployment › Start deployment…) and complete its required items.</source>
        <translation>Démarrez-en un (Déploiement › Démarrer un déploiement…) et complétez ses éléments requis.</translation>
    </message>
    <message>
        <source>Or override the gate with a reason, recorded in the audit log (Override… in the Checklist dock).</source>
        <translation>Ou contournez le contrôle avec une raison, enregistrée dans le journal d'audit (Contourner… dans le dock Checklist).</translation>
    </message>
</context>
<context>
    <name>godwit::AcknowledgeDialog</name>
    <message>
        <source>Acknowledge destructive changes</source>
        <translation>Valider les changements destructifs</translation>
    </message>
    <message numerus="yes">
        <source>The dry run found %n change(s) that destroy data or objects, and the lint errors of the scripts that make them. Tick each one you accept; the others stay open.</source>
        <translation>
            <numerusform>L’essai à blanc a trouvé %n changement qui détruit des données ou des objets, et les erreurs de lint des scripts qui le font. Cochez chacun de ceux que vous acceptez ; les autres restent ouverts.</numerusform>
            <numerusform>L’essai à blanc a trouvé %n changements qui détruisent des données ou des objets, et les erreurs de lint des scripts qui les font. Cochez chacun de ceux que vous acceptez ; les autres restent ouverts.</numerusform>
        </translation>
    </message>
    <message>
        <source>optional: why it is safe, who agreed</source>
        <translation>facultatif : pourquoi c’est sûr, qui a donné son accord</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Tick a&amp;ll</source>
        <translation>Tout coc&amp;her</translation>
    </message>
</context>
<context>
    <name>godwit::ChecklistPanel</name>
    <message>
        <source>&amp;Start…</source>
        <translation>&amp;Démarrer…</translation>
    </message>
    <message>
        <source>Run &amp;checks</source>
        <translation>Lancer les vérifica&amp;tions</translation>
    </message>
    <message>
        <source>&amp;Tick…</source>
        <translation>&amp;Cocher…</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge…</source>
        <translation>&amp;Valider…</translation>
    </message>
    <message>
        <source>Rollback &amp;note…</source>
        <translation>&amp;Note de retour arrière…</translation>
    </message>
    <message>
        <source>O&amp;verride…</source>
        <translation>C&amp;ontourner…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Rapport…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lore</translation>
    </message>
    <message>
        <source>The deployment under way on this profile, or a past one (read-only)</source>
        <translation>Le déploiement en cours sur ce profil, ou un déploiement passé (lecture seule)</translation>
    </message>
    <message>
        <source>Select an item to see its evidence.</source>
        <translation>Sélectionnez un élément pour voir sa preuve.</translation>
    </message>
    <message>
        <source>Start a deployment of the pending migrations to this profile, with the project's checklist</source>
        <translation>Démarrer un déploiement des migrations en attente vers ce profil, avec la checklist du projet</translation>
    </message>
    <message>
        <source>Run the automatic items not done yet: backup, staging dry run, reversibility, rollback, estimate, destructive review (after the run: verify)</source>
        <translation>Exécuter les éléments automatiques pas encore faits : sauvegarde, exécution à blanc en préproduction, réversibilité, retour arrière, estimation, examen destructif (après l'exécution : vérification)</translation>
    </message>
    <message>
        <source>Tick the selected manual item, with an optional note</source>
        <translation>Cocher l'élément manuel sélectionné, avec une note facultative</translation>
    </message>
    <message>
        <source>Acknowledge a destructive change of the dry run by name</source>
        <translation>Valider nommément un changement destructif de l'exécution à blanc</translation>
    </message>
    <message>
        <source>Write the manual rollback of a step that has no down script</source>
        <translation>Décrire le retour arrière manuel d'une étape sans script down</translation>
    </message>
    <message>
        <source>Allow Apply on production without the required items; the reason is recorded</source>
        <translation>Autoriser Apply en production sans les éléments requis ; la justification est enregistrée</translation>
    </message>
    <message>
        <source>Apply the deployment's plan to the profile and record the outcome</source>
        <translation>Appliquer le plan du déploiement au profil et enregistrer le résultat</translation>
    </message>
    <message>
        <source>Export the deployment's report as Markdown or HTML</source>
        <translation>Exporter le rapport du déploiement en Markdown ou en HTML</translation>
    </message>
    <message>
        <source>Close the deployment: its record becomes read-only</source>
        <translation>Clore le déploiement : son enregistrement passe en lecture seule</translation>
    </message>
    <message>
        <source>Under way: %1</source>
        <translation>En cours : %1</translation>
    </message>
    <message>
        <source>No deployment under way</source>
        <translation>Aucun déploiement en cours</translation>
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
        <source>%1 — %2 → %3, %4</source>
        <translation>%1 — %2 → %3, %4</translation>
    </message>
    <message>
        <source>Open a project to start a deployment.</source>
        <translation>Ouvrez un projet pour démarrer un déploiement.</translation>
    </message>
    <message>
        <source>No deployment under way on %1. Start one to take a backup, rehearse on staging and review the plan before Apply.</source>
        <translation>Aucun déploiement en cours sur %1. Démarrez-en un pour faire une sauvegarde, répéter en préproduction et examiner le plan avant Apply.</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source> · &lt;i&gt;read-only&lt;/i&gt;</source>
        <translation> · &lt;i&gt;lecture seule&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Gate overridden by %1: %2</source>
        <translation>Blocage contourné par %1 : %2</translation>
    </message>
    <message>
        <source>Apply is blocked on production until: %1</source>
        <translation>Apply est bloqué en production jusqu'à : %1</translation>
    </message>
    <message>
        <source>Every required item is done: Apply is open</source>
        <translation>Tous les éléments requis sont faits : Apply est ouvert</translation>
    </message>
    <message>
        <source>Apply is open (%1 is not production)</source>
        <translation>Apply est ouvert (%1 n'est pas la production)</translation>
    </message>
    <message>
        <source>, required</source>
        <translation>, requis</translation>
    </message>
    <message>
        <source>Stale:</source>
        <translation>Périmé :</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Erreur :</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Preuve :</translation>
    </message>
    <message>
        <source>Signed off:</source>
        <translation>Validé par :</translation>
    </message>
    <message>
        <source>%1 at %2%3</source>
        <translation>%1 à %2%3</translation>
    </message>
    <message>
        <source>no deployment to report</source>
        <translation>aucun déploiement pour un rapport</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>report written to %1</source>
        <translation>rapport écrit dans %1</translation>
    </message>
    <message>
        <source>Tick: %1</source>
        <translation>Cocher : %1</translation>
    </message>
    <message>
        <source>Note (optional): what was done, where the proof is</source>
        <translation>Note (facultative) : ce qui a été fait, où se trouve la preuve</translation>
    </message>
    <message>
        <source>Cannot tick</source>
        <translation>Impossible de cocher</translation>
    </message>
    <message>
        <source>Cannot acknowledge</source>
        <translation>Impossible de valider</translation>
    </message>
    <message>
        <source>Rollback note</source>
        <translation>Note de retour arrière</translation>
    </message>
    <message>
        <source>Step without a down script:</source>
        <translation>Étape sans script down :</translation>
    </message>
    <message>
        <source>Rollback note for %1</source>
        <translation>Note de retour arrière pour %1</translation>
    </message>
    <message>
        <source>How to undo this step by hand:</source>
        <translation>Comment annuler cette étape à la main :</translation>
    </message>
    <message>
        <source>Cannot write the note</source>
        <translation>Impossible d'écrire la note</translation>
    </message>
    <message>
        <source>Override the production gate</source>
        <translation>Contourner le blocage de production</translation>
    </message>
    <message>
        <source>Apply on %1 without: %2.
Type the reason; it is recorded in the deployment and the audit log:</source>
        <translation>Apply sur %1 sans : %2.
Saisissez la justification ; elle est enregistrée dans le déploiement et le journal d'audit :</translation>
    </message>
    <message>
        <source>Not overridden</source>
        <translation>Non contourné</translation>
    </message>
    <message>
        <source>Export the deployment report</source>
        <translation>Exporter le rapport de déploiement</translation>
    </message>
    <message>
        <source>Markdown (*.md);;HTML (*.html)</source>
        <translation>Markdown (*.md);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Cannot write the report</source>
        <translation>Impossible d'écrire le rapport</translation>
    </message>
    <message>
        <source>Close deployment %1</source>
        <translation>Clore le déploiement %1</translation>
    </message>
    <message>
        <source>Its record becomes read-only. Note (optional):</source>
        <translation>Son enregistrement passe en lecture seule. Note (facultative) :</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 (%3) · %4 → %5 · %n step(s) · plan %6 · %7%8</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 (%3) · %4 → %5 · %n étape · plan %6 · %7%8</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 (%3) · %4 → %5 · %n étapes · plan %6 · %7%8</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>Vérifié par :</translation>
    </message>
</context>
<context>
    <name>godwit::ConfirmDialog</name>
    <message>
        <source>%1 on production</source>
        <translation>%1 en production</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a &lt;b&gt;production&lt;/b&gt; profile.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; est un profil de &lt;b&gt;production&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>a réussi</translation>
    </message>
    <message>
        <source>did &lt;b&gt;not&lt;/b&gt; pass</source>
        <translation>n'a &lt;b&gt;pas&lt;/b&gt; réussi</translation>
    </message>
    <message>
        <source>Nothing destructive.</source>
        <translation>Rien de destructif.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lint findings of these scripts:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Constats de lint de ces scripts :&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type the profile's name to %1:</source>
        <translation>Saisissez le nom du profil pour %1 :</translation>
    </message>
    <message numerus="yes">
        <source>The dry run of this plan (%n step(s)) %1.</source>
        <translation>
            <numerusform>La répétition de ce plan (%n étape) %1.</numerusform>
            <numerusform>La répétition de ce plan (%n étapes) %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Time on the target's data:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Durée sur les données de la cible :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Undoes %1 %2</source>
        <translation>Annule %1 %2</translation>
    </message>
    <message>
        <source>Runs %1 %2</source>
        <translation>Exécute %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>It stopped after %n step(s): the steps after it were not rehearsed.</source>
        <translation>
            <numerusform>Elle s’est arrêtée après %n étape : les étapes suivantes n’ont pas été répétées.</numerusform>
            <numerusform>Elle s’est arrêtée après %n étapes : les étapes suivantes n’ont pas été répétées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Find the next match (Enter, F3)</source>
        <translation>Rechercher l'occurrence suivante (Entrée, F3)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Rechercher l'occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacée</numerusform>
            <numerusform>%n remplacées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::MainWindow</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Enregistrer les modifications de %1 ?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open a project folder</source>
        <translation>Ouvrir un dossier de projet</translation>
    </message>
    <message>
        <source>Open a folder with a godwit.json or migration files (Ctrl+O)</source>
        <translation>Ouvrir un dossier contenant un godwit.json ou des fichiers de migration (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;New migration…</source>
        <translation>&amp;Nouvelle migration…</translation>
    </message>
    <message>
        <source>Create the next migration's up and down files in the folder's format (Ctrl+N)</source>
        <translation>Créer les fichiers up et down de la prochaine migration au format du dossier (Ctrl+N)</translation>
    </message>
    <message>
        <source>Connection &amp;profiles…</source>
        <translation>&amp;Profils de connexion…</translation>
    </message>
    <message>
        <source>Add, edit or remove the project's connection profiles (Ctrl+Shift+P)</source>
        <translation>Ajouter, modifier ou supprimer les profils de connexion du projet (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>&amp;Save migration</source>
        <translation>&amp;Enregistrer la migration</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Impossible d'enregistrer</translation>
    </message>
    <message>
        <source>Write the open migration's up and down scripts (Ctrl+S)</source>
        <translation>Écrire les scripts up et down de la migration ouverte (Ctrl+S)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Paramè&amp;tres…</translation>
    </message>
    <message>
        <source>Editor font, theme, dry-run and timeout defaults</source>
        <translation>Police de l'éditeur, thème, valeurs par défaut des exécutions à blanc et des délais</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close Godwit (Ctrl+Q)</source>
        <translation>Fermer Godwit (Ctrl+Q)</translation>
    </message>
    <message>
        <source>&amp;Migrations</source>
        <translation>&amp;Migrations</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the folder and the target's history again (F5)</source>
        <translation>Relire le dossier et l'historique de la cible (F5)</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>E&amp;xécution à blanc</translation>
    </message>
    <message>
        <source>Run the pending migrations without changing the target, and preview the schema diff (F6)</source>
        <translation>Exécuter les migrations en attente sans modifier la cible, et prévisualiser les changements de schéma (F6)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Apply the pending migrations to the target (F7)</source>
        <translation>Appliquer les migrations en attente à la cible (F7)</translation>
    </message>
    <message>
        <source>Roll &amp;back</source>
        <translation>&amp;Retour arrière</translation>
    </message>
    <message>
        <source>Roll back the newest applied migration (F8)</source>
        <translation>Annuler la migration appliquée la plus récente (F8)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>annulation…</translation>
    </message>
    <message>
        <source>Stop the running operation; the statement running now is interrupted (Esc)</source>
        <translation>Arrêter l'opération en cours ; l'instruction en cours est interrompue (Échap)</translation>
    </message>
    <message>
        <source>&amp;Deployment</source>
        <translation>&amp;Déploiement</translation>
    </message>
    <message>
        <source>&amp;Start deployment…</source>
        <translation>&amp;Démarrer un déploiement…</translation>
    </message>
    <message>
        <source>Start a deployment of the pending migrations to this profile, with the project's checklist: backup, staging dry run, reversibility, review (Ctrl+Shift+D)</source>
        <translation>Démarrer un déploiement des migrations en attente vers ce profil, avec la checklist du projet : sauvegarde, exécution à blanc en préproduction, réversibilité, examen (Ctrl+Maj+D)</translation>
    </message>
    <message>
        <source>&amp;Run checks</source>
        <translation>Lancer les &amp;vérifications</translation>
    </message>
    <message>
        <source>Run the deployment's automatic items that are not done yet (Ctrl+Shift+K)</source>
        <translation>Exécuter les éléments automatiques du déploiement pas encore faits (Ctrl+Maj+K)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>The connection profile the window works on</source>
        <translation>Le profil de connexion sur lequel travaille la fenêtre</translation>
    </message>
    <message>
        <source>The profile's environment</source>
        <translation>L'environnement du profil</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrations</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Filter migrations</source>
        <translation>&amp;Filtrer les migrations</translation>
    </message>
    <message>
        <source>Filter the migrations tree (Ctrl+Shift+F)</source>
        <translation>Filtrer l'arbre des migrations (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>no profile "%1" in %2/godwit.json</source>
        <translation>aucun profil « %1 » dans %2/godwit.json</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <source>%1

Password for %2 (kept for this session):</source>
        <translation>%1

Mot de passe pour %2 (conservé pour cette session) :</translation>
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
        <translation>lecture de %1</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>révision %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <source>%1: %2 applied, %3 pending, %4 with problems</source>
        <translation>%1 : %2 appliquées, %3 en attente, %4 avec des problèmes</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <source>dry run on %1</source>
        <translation>exécution à blanc sur %1</translation>
    </message>
    <message>
        <source>dry run cancelled; the target was not changed</source>
        <translation>exécution à blanc annulée ; la cible n'a pas été modifiée</translation>
    </message>
    <message>
        <source>dry run passed; the target was not changed</source>
        <translation>exécution à blanc réussie ; la cible n'a pas été modifiée</translation>
    </message>
    <message>
        <source>dry run failed; the target was not changed</source>
        <translation>exécution à blanc échouée ; la cible n'a pas été modifiée</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4 (%5 ms)</source>
        <translation>%1 %2 %3 : %4 (%5 ms)</translation>
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
        <translation>exécutée</translation>
    </message>
    <message>
        <source>On production, Apply runs a deployment's plan: start one to %1 (Deployment › Start deployment) and complete its checklist</source>
        <translation>En production, Apply exécute le plan d'un déploiement : démarrez-en un pour %1 (Déploiement › Démarrer un déploiement) et complétez sa checklist</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>dry run before: %1 on %2</source>
        <translation>exécution à blanc préalable : %1 sur %2</translation>
    </message>
    <message>
        <source>%1 not confirmed: nothing was run</source>
        <translation>%1 non confirmé : rien n'a été exécuté</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Enregistrer les modifications de %1 avant de fermer ?</translation>
    </message>
    <message>
        <source>everything pending</source>
        <translation>tout ce qui est en attente</translation>
    </message>
    <message>
        <source>up to %1 %2</source>
        <translation>jusqu'à %1 %2</translation>
    </message>
    <message>
        <source>Start a deployment on %1</source>
        <translation>Démarrer un déploiement sur %1</translation>
    </message>
    <message>
        <source>Deploy to %1:</source>
        <translation>Déployer sur %1 :</translation>
    </message>
    <message>
        <source>planning a deployment on %1</source>
        <translation>planification d'un déploiement sur %1</translation>
    </message>
    <message>
        <source>checking deployment %1</source>
        <translation>vérification du déploiement %1</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1 : %2 — %3</translation>
    </message>
    <message>
        <source>no deployment under way on %1: start one first</source>
        <translation>aucun déploiement en cours sur %1 : démarrez-en un d'abord</translation>
    </message>
    <message>
        <source>deployment %1 has run already</source>
        <translation>le déploiement %1 a déjà été exécuté</translation>
    </message>
    <message>
        <source>deployment %1: applying to %2</source>
        <translation>déploiement %1 : application sur %2</translation>
    </message>
    <message>
        <source>nothing ran: %1</source>
        <translation>rien n'a été exécuté : %1</translation>
    </message>
    <message>
        <source>deployment %1 applied</source>
        <translation>déploiement %1 appliqué</translation>
    </message>
    <message>
        <source>deployment %1 failed: %2</source>
        <translation>échec du déploiement %1 : %2</translation>
    </message>
    <message>
        <source>deployment %1: %2</source>
        <translation>déploiement %1 : %2</translation>
    </message>
    <message>
        <source>deployment %1: %2; evidence taken before is stale</source>
        <translation>déploiement %1 : %2 ; les preuves recueillies avant sont périmées</translation>
    </message>
    <message>
        <source>Apply deployment %1's plan to production (F7)</source>
        <translation>Appliquer le plan du déploiement %1 en production (F7)</translation>
    </message>
    <message>
        <source>Blocked on production until the deployment's required items are done: %1</source>
        <translation>Bloqué en production tant que les éléments requis du déploiement ne sont pas faits : %1</translation>
    </message>
    <message>
        <source>On production, Apply runs a deployment: start one (Ctrl+Shift+D)</source>
        <translation>En production, Apply exécute un déploiement : démarrez-en un (Ctrl+Maj+D)</translation>
    </message>
    <message>
        <source>Apply is blocked: %1</source>
        <translation>Apply est bloqué : %1</translation>
    </message>
    <message>
        <source>Adopt…</source>
        <translation>Adopter…</translation>
    </message>
    <message>
        <source>history: %1's, adopted</source>
        <translation>historique : celui de %1, adopté</translation>
    </message>
    <message>
        <source>%1. What Godwit applies is recorded in its own history; %2 is left as it is.</source>
        <translation>%1. Ce que Godwit applique est inscrit dans son propre historique ; %2 reste tel quel.</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>trouvée : %1</translation>
    </message>
    <message>
        <source>History tables of other tools on the target:
%1</source>
        <translation>Tables d'historique d'autres outils sur la cible :
%1</translation>
    </message>
    <message>
        <source>found on %1: %2</source>
        <translation>trouvée sur %1 : %2</translation>
    </message>
    <message>
        <source>Read %1 as the target's past from now on (writes "history" in godwit.json)</source>
        <translation>Lire désormais %1 comme le passé de la cible (écrit « history » dans godwit.json)</translation>
    </message>
    <message>
        <source>Adopt %1's history</source>
        <translation>Adopter l'historique de %1</translation>
    </message>
    <message>
        <source>Read %1 as what %2 already has, and record what Godwit applies from now on in Godwit's own history? %1 is not changed. This writes "history" into %3.</source>
        <translation>Lire %1 comme ce que %2 a déjà, et inscrire ce que Godwit applique désormais dans son propre historique ? %1 n'est pas modifiée. Cela écrit « history » dans %3.</translation>
    </message>
    <message>
        <source>adopted %1's history (%2)</source>
        <translation>historique de %1 adopté (%2)</translation>
    </message>
    <message>
        <source>nothing to record: every migration up to %1 is applied</source>
        <translation>rien à inscrire : chaque migration jusqu'à %1 est appliquée</translation>
    </message>
    <message>
        <source>Mark as applied</source>
        <translation>Marquer comme appliquée</translation>
    </message>
    <message numerus="yes">
        <source>Record %n migration(s) as applied on %1 without running them?</source>
        <translation>
            <numerusform>Inscrire %n migration comme appliquée sur %1 sans l'exécuter ?</numerusform>
            <numerusform>Inscrire %n migrations comme appliquées sur %1 sans les exécuter ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Do this only when the database has them already. Each is written to the audit log.</source>
        <translation>Ne le faites que si la base les a déjà. Chacune est écrite dans le journal d'audit.</translation>
    </message>
    <message>
        <source>Mark as applied on production</source>
        <translation>Marquer comme appliquée en production</translation>
    </message>
    <message>
        <source>Type the profile's name, %1, to go on:</source>
        <translation>Tapez le nom du profil, %1, pour continuer :</translation>
    </message>
    <message>
        <source>mark as applied not confirmed: nothing was recorded</source>
        <translation>marquage comme appliquée non confirmé : rien n'a été inscrit</translation>
    </message>
    <message>
        <source>marking applied up to %1 on %2</source>
        <translation>marquage comme appliquées jusqu'à %1 sur %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>recorded %1 of %n migration(s) as applied</source>
        <translation>
            <numerusform>%1 sur %n migration inscrite comme appliquée</numerusform>
            <numerusform>%1 sur %n migrations inscrites comme appliquées</numerusform>
        </translation>
    </message>
    <message>
        <source>history: %1's, interop</source>
        <translation>historique : celui de %1, interop</translation>
    </message>
    <message>
        <source>%1. What Godwit applies is written to %2 too, as %3 would, in the same transaction; that table says what is applied.</source>
        <translation>%1. Ce que Godwit applique est aussi écrit dans %2, comme %3 le ferait, dans la même transaction ; cette table dit ce qui est appliqué.</translation>
    </message>
    <message>
        <source>Dry run with r&amp;ound trips</source>
        <translation>Essai avec &amp;allers-retours</translation>
    </message>
    <message>
        <source>Dry run that also runs each migration's down right after its up, compares the schema and rows with before, and runs the up again (Shift+F6)</source>
        <translation>Essai qui exécute aussi le down de chaque migration juste après son up, compare le schéma et les lignes avec l'état d'avant, puis relance l'up (Maj+F6)</translation>
    </message>
    <message>
        <source>dry run with round trips on %1</source>
        <translation>essai avec allers-retours sur %1</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Connecter…</translation>
    </message>
    <message>
        <source>Choose the database this project's migrations run on: a SQLite file or a server (Ctrl+Shift+P)</source>
        <translation>Choisir la base sur laquelle s'exécutent les migrations de ce projet : un fichier SQLite ou un serveur (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>New pro&amp;ject…</source>
        <translation>Nouveau pro&amp;jet…</translation>
    </message>
    <message>
        <source>Folder of the new project</source>
        <translation>Dossier du nouveau projet</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>How its migration files are named:</source>
        <translation>Comment ses fichiers de migration sont nommés :</translation>
    </message>
    <message>
        <source>Create a project in a folder: its migrations folder and a godwit.json</source>
        <translation>Créer un projet dans un dossier : son dossier de migrations et un godwit.json</translation>
    </message>
    <message>
        <source>%1 has no godwit.json: Connect… chooses the database its migrations run on</source>
        <translation>%1 n'a pas de godwit.json : Connecter… choisit la base sur laquelle ses migrations s'exécutent</translation>
    </message>
    <message>
        <source>%1/godwit.json has no connection profile: Connect… adds one</source>
        <translation>%1/godwit.json n'a aucun profil de connexion : Connecter… en ajoute un</translation>
    </message>
    <message>
        <source>%1/godwit.json names no defaultProfile: choose a profile in the toolbar</source>
        <translation>%1/godwit.json ne nomme aucun defaultProfile : choisissez un profil dans la barre d'outils</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) in %1, none run: no database is connected</source>
        <translation>
            <numerusform>%n migration dans %1, aucune exécutée : aucune base connectée</numerusform>
            <numerusform>%n migrations dans %1, aucune exécutée : aucune base connectée</numerusform>
        </translation>
    </message>
    <message>
        <source>created %1/godwit.json and %1/migrations</source>
        <translation>%1/godwit.json et %1/migrations créés</translation>
    </message>
    <message>
        <source>the window now works on %1; this ran on %2</source>
        <translation>la fenêtre travaille maintenant sur %1 ; ceci a tourné sur %2</translation>
    </message>
    <message>
        <source>%1 was saved since</source>
        <translation>%1 a été enregistré depuis</translation>
    </message>
    <message>
        <source>Dry run with round trips</source>
        <translation>Exécution à blanc avec allers-retours</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Exécution à blanc</translation>
    </message>
    <message>
        <source>Dry run before %1</source>
        <translation>Exécution à blanc avant %1</translation>
    </message>
    <message>
        <source>%1 was not confirmed and nothing ran; this is the dry run shown for it</source>
        <translation>%1 n'a pas été confirmé et rien n'a tourné ; ceci est l'exécution à blanc montrée pour cela</translation>
    </message>
    <message>
        <source>%1 changed the target since</source>
        <translation>%1 a modifié la cible depuis</translation>
    </message>
    <message>
        <source>deployment %1 changed the target since</source>
        <translation>le déploiement %1 a modifié la cible depuis</translation>
    </message>
    <message>
        <source>Show the %1 dock, or hide it when it is in front (%2)</source>
        <translation>Afficher le panneau %1, ou le masquer s’il est au premier plan (%2)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>Put the docks back where they were at the first start, sized to the window</source>
        <translation>Remettre les panneaux comme au premier démarrage, à la taille de la fenêtre</translation>
    </message>
    <message>
        <source>Save the changes to %1 before opening %2?</source>
        <translation>Enregistrer les modifications de %1 avant d’ouvrir %2 ?</translation>
    </message>
    <message>
        <source>No dry run: a dry run needs a database to run on; choose a profile or Connect… first.</source>
        <translation>Pas d’essai à blanc : un essai à blanc a besoin d’une base de données ; choisissez d’abord un profil ou « Se connecter… ».</translation>
    </message>
    <message numerus="yes">
        <source>Unsaved edits in %n migration(s): %1.</source>
        <translation>
            <numerusform>Modifications non enregistrées dans %n migration : %1.</numerusform>
            <numerusform>Modifications non enregistrées dans %n migrations : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 runs the files as they are on disk.</source>
        <translation>%1 exécute les fichiers tels qu’ils sont sur le disque.</translation>
    </message>
    <message>
        <source>Save and Continue</source>
        <translation>Enregistrer et continuer</translation>
    </message>
    <message>
        <source>Continue Without Saving</source>
        <translation>Continuer sans enregistrer</translation>
    </message>
    <message>
        <source>Marking as applied</source>
        <translation>Le marquage comme appliqué</translation>
    </message>
    <message>
        <source>The dry run</source>
        <translation>L’essai à blanc</translation>
    </message>
    <message>
        <source>On production, Apply runs the reviewed plan of a deployment whose required checklist items are done; the dry run comes first, and your name goes to the audit log.</source>
        <translation>En production, Appliquer exécute le plan revu d’un déploiement dont les points obligatoires de la liste de contrôle sont faits ; l’essai à blanc vient d’abord, et votre nom va au journal d’audit.</translation>
    </message>
    <message>
        <source>On production, Roll back is the emergency path: it needs no checklist, but the dry run comes first, you type the profile's name, and your name goes to the audit log.</source>
        <translation>En production, Revenir en arrière est la voie d’urgence : sans liste de contrôle, mais l’essai à blanc vient d’abord, vous tapez le nom du profil, et votre nom va au journal d’audit.</translation>
    </message>
    <message>
        <source>A deployment</source>
        <translation>Un déploiement</translation>
    </message>
    <message>
        <source>The checks</source>
        <translation>Les vérifications</translation>
    </message>
    <message>
        <source>Apply is blocked on production</source>
        <translation>Appliquer est bloqué en production</translation>
    </message>
    <message>
        <source>Roll back the newest applied migration (F8). On production this is the emergency path: no checklist, but the dry run first and the typed profile name, audited.</source>
        <translation>Revenir sur la dernière migration appliquée (F8). En production, c’est la voie d’urgence : sans liste de contrôle, mais avec l’essai à blanc d’abord et le nom du profil tapé, audité.</translation>
    </message>
    <message>
        <source>&amp;Close migration</source>
        <translation>&amp;Fermer la migration</translation>
    </message>
    <message>
        <source>Close the open migration's tab, asking about unsaved edits (Ctrl+W)</source>
        <translation>Fermer l’onglet de la migration ouverte, en demandant pour les modifications non enregistrées (Ctrl+W)</translation>
    </message>
    <message>
        <source>the window opened %1</source>
        <translation>la fenêtre a ouvert %1</translation>
    </message>
    <message>
        <source>%1 was waiting and is not run: %2</source>
        <translation>%1 attendait et n’est pas lancé : %2</translation>
    </message>
    <message>
        <source>the window now works on %1</source>
        <translation>la fenêtre travaille maintenant sur %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>R&amp;emplacer…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Godwit</source>
        <translation>À &amp;propos de Godwit</translation>
    </message>
    <message>
        <source>About Godwit</source>
        <translation>À propos de Godwit</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Godwit %1&lt;/h3&gt;&lt;p&gt;A workbench for database schema migrations: write them, review them, rehearse them and deploy them with evidence.&lt;/p&gt;&lt;p&gt;Qt %2 · QScintilla %3&lt;br&gt;Qt SQL drivers: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Godwit %1&lt;/h3&gt;&lt;p&gt;Un atelier pour les migrations de schémas de bases de données : les écrire, les relire, les répéter et les déployer avec des preuves.&lt;/p&gt;&lt;p&gt;Qt %2 · QScintilla %3&lt;br&gt;Pilotes Qt SQL : %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Editor: find the next match</source>
        <translation>Éditeur : trouver l’occurrence suivante</translation>
    </message>
    <message>
        <source>Editor: find the previous match</source>
        <translation>Éditeur : trouver l’occurrence précédente</translation>
    </message>
    <message>
        <source>Editor: complete a table or column name</source>
        <translation>Éditeur : compléter un nom de table ou de colonne</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>%1: not started, another job is waiting for the one that runs</source>
        <translation>%1 : non lancé, une autre tâche attend déjà celle en cours</translation>
    </message>
    <message>
        <source>%1: waits for the job that runs</source>
        <translation>%1 : attend la tâche en cours</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the window closes</source>
        <translation>la fenêtre se ferme</translation>
    </message>
    <message>
        <source>%1 not run: it was confirmed for %2 on %3, and the window has moved on</source>
        <translation>%1 non lancé : il a été confirmé pour %2 dans %3, et la fenêtre est passée à autre chose</translation>
    </message>
</context>
<context>
    <name>godwit::MigrationEditor</name>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder les miennes</translation>
    </message>
    <message>
        <source>Up — %1</source>
        <translation>Up — %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Down — %1</source>
        <translation>Down — %1</translation>
    </message>
    <message>
        <source>none (irreversible)</source>
        <translation>aucun (irréversible)</translation>
    </message>
    <message>
        <source>A section of %1: edit the file itself</source>
        <translation>Une section de %1 : modifiez le fichier lui-même</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 changed on disk.</source>
        <translation>%1 a été modifié sur le disque.</translation>
    </message>
    <message>
        <source>Code — %1: run by the application, shown read-only</source>
        <translation>Code — %1 : exécuté par l'application, affiché en lecture seule</translation>
    </message>
    <message>
        <source>The scripts changed on disk since you edited them.</source>
        <translation>Les scripts ont changé sur le disque depuis vos modifications.</translation>
    </message>
</context>
<context>
    <name>godwit::MigrationFilter</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
</context>
<context>
    <name>godwit::MigrationsPanel</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open its up and down scripts (Enter)</source>
        <translation>Ouvrir ses scripts up et down (Entrée)</translation>
    </message>
    <message>
        <source>Dry run to here</source>
        <translation>Exécution à blanc jusqu'ici</translation>
    </message>
    <message>
        <source>Run the plan up to this migration without changing the target</source>
        <translation>Exécuter le plan jusqu'à cette migration sans modifier la cible</translation>
    </message>
    <message>
        <source>Apply to here</source>
        <translation>Appliquer jusqu'ici</translation>
    </message>
    <message>
        <source>Apply the pending migrations up to this one</source>
        <translation>Appliquer les migrations en attente jusqu'à celle-ci</translation>
    </message>
    <message>
        <source>Roll back to here</source>
        <translation>Revenir jusqu'ici</translation>
    </message>
    <message>
        <source>Roll back the migrations newer than this one; it stays applied</source>
        <translation>Annuler les migrations plus récentes que celle-ci ; celle-ci reste appliquée</translation>
    </message>
    <message>
        <source>Reveal in file manager</source>
        <translation>Afficher dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Open the folder that holds its files</source>
        <translation>Ouvrir le dossier qui contient ses fichiers</translation>
    </message>
    <message>
        <source>Copy version</source>
        <translation>Copier la version</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Copier %1 dans le presse-papiers</translation>
    </message>
    <message>
        <source>Mark as applied up to here…</source>
        <translation>Marquer comme appliquées jusqu'ici…</translation>
    </message>
    <message>
        <source>Record this migration and the ones before it as applied without running them (a baseline: the database has them already)</source>
        <translation>Inscrire cette migration et les précédentes comme appliquées sans les exécuter (une baseline : la base les a déjà)</translation>
    </message>
    <message>
        <source>Filter by version, description, status or SQL</source>
        <translation>Filtrer par version, description, état ou SQL</translation>
    </message>
    <message>
        <source>Shows the migrations whose version, description, status or SQL contains the text (Ctrl+Shift+F)</source>
        <translation>Affiche les migrations dont la version, la description, l’état ou le SQL contient le texte (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>No migration matches “%1” in its version, description, status or SQL.</source>
        <translation>Aucune migration ne contient « %1 » dans sa version, sa description, son état ou son SQL.</translation>
    </message>
</context>
<context>
    <name>godwit::NewMigrationDialog</name>
    <message>
        <source>New migration</source>
        <translation>Nouvelle migration</translation>
    </message>
    <message>
        <source>add customer phone</source>
        <translation>ajouter téléphone client</translation>
    </message>
    <message>
        <source>What the migration does, in a few words: it becomes the file names</source>
        <translation>Ce que fait la migration, en quelques mots : cela devient les noms de fichier</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers :</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>(type a name)</source>
        <translation>(saisissez un nom)</translation>
    </message>
</context>
<context>
    <name>godwit::PreviewPanel</name>
    <message>
        <source>Schema changes</source>
        <translation>Changements de schéma</translation>
    </message>
    <message>
        <source>DDL diff</source>
        <translation>Diff DDL</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>No dry run yet: choose Dry run (F6) to see what the pending migrations would do.</source>
        <translation>Pas encore d'exécution à blanc : choisissez Exécution à blanc (F6) pour voir ce que feraient les migrations en attente.</translation>
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
        <source>No change to the schema's DDL.</source>
        <translation>Aucun changement dans le DDL du schéma.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Annulée.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dry run failed.&lt;/b&gt; The target was not changed.</source>
        <translation>&lt;b&gt;Exécution à blanc échouée.&lt;/b&gt; La cible n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 additive, %2 rewriting, %3 destructive</source>
        <translation>%1 additifs, %2 réécritures, %3 destructifs</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Dry run not passed:&lt;/b&gt; %n statement(s) would reach outside the dry run's scratch and were not run. The target was not changed.</source>
        <translation>
            <numerusform>&lt;b&gt;Exécution à blanc non réussie :&lt;/b&gt; %n instruction sortirait de l'espace de travail de l'exécution à blanc et n'a pas été exécutée. La cible n'a pas été modifiée.</numerusform>
            <numerusform>&lt;b&gt;Exécution à blanc non réussie :&lt;/b&gt; %n instructions sortiraient de l'espace de travail de l'exécution à blanc et n'ont pas été exécutées. La cible n'a pas été modifiée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Method %1: %2</source>
        <translation>Méthode %1 : %2</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Dry run passed&lt;/b&gt; (%n migration(s), method %1); the target was not changed.</source>
        <translation>
            <numerusform>&lt;b&gt;Répétition réussie&lt;/b&gt; (%n migration, méthode %1) ; la cible n’a pas été modifiée.</numerusform>
            <numerusform>&lt;b&gt;Répétition réussie&lt;/b&gt; (%n migrations, méthode %1) ; la cible n’a pas été modifiée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimate: %1</source>
        <translation>Estimation : %1</translation>
    </message>
    <message>
        <source>Estimate: %1; longest: %2</source>
        <translation>Estimation : %1 ; la plus longue : %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Out of date:&lt;/b&gt; %1. Run the dry run again (F6) for a current result.</source>
        <translation>&lt;b&gt;Périmé :&lt;/b&gt; %1. Relancez l'exécution à blanc (F6) pour un résultat actuel.</translation>
    </message>
    <message>
        <source>%1 on %2 (%3), %4</source>
        <translation>%1 sur %2 (%3), %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 could not run.&lt;/b&gt; The target was not changed.</source>
        <translation>&lt;b&gt;%1 n’a pas pu s’exécuter.&lt;/b&gt; La cible n’a pas été modifiée.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Not reversible&lt;/b&gt; (%n migration(s)): the down does not bring back what was there before the up. The target was not changed.</source>
        <translation>
            <numerusform>&lt;b&gt;Non réversible&lt;/b&gt; (%n migration) : le down ne rétablit pas ce qui existait avant le up. La cible n’a pas été modifiée.</numerusform>
            <numerusform>&lt;b&gt;Non réversible&lt;/b&gt; (%n migrations) : le down ne rétablit pas ce qui existait avant le up. La cible n’a pas été modifiée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reversible (%n migration(s)): each down restores the schema and rows from before its up, and the up runs again after it.</source>
        <translation>
            <numerusform>Réversible (%n migration) : le down rétablit le schéma et les lignes d’avant le up, et le up s’exécute de nouveau ensuite.</numerusform>
            <numerusform>Réversible (%n migrations) : chaque down rétablit le schéma et les lignes d’avant son up, et le up s’exécute de nouveau ensuite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>godwit::ProblemsPanel</name>
    <message>
        <source>Double-click (or Enter) opens the migration at the line</source>
        <translation>Un double-clic (ou Entrée) ouvre la migration à la ligne</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2, info: %3, suppressed: %4 — godwit-cli lint gives the same in CI</source>
        <translation>Erreurs : %1, avertissements : %2, info : %3, masqués : %4 — godwit-cli lint donne la même chose en CI</translation>
    </message>
</context>
<context>
    <name>godwit::ProfilesDialog</name>
    <message>
        <source>Connection profiles — %1</source>
        <translation>Profils de connexion — %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>valeur par défaut</translation>
    </message>
    <message>
        <source>kept in the keychain, never in godwit.json</source>
        <translation>conservé dans le trousseau, jamais dans godwit.json</translation>
    </message>
    <message>
        <source>a file, relative to the project folder</source>
        <translation>un fichier, relatif au dossier du projet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>&amp;Pilote :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Po&amp;rt :</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Options :</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connect with these settings and show the server's version or its error</source>
        <translation>Se connecter avec ces réglages et afficher la version du serveur ou son erreur</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>Définir par &amp;défaut</translation>
    </message>
    <message>
        <source>the project's default profile</source>
        <translation>le profil par défaut du projet</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>Create godwit.json</source>
        <translation>Créer godwit.json</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no godwit.json. Godwit will create %2 with %n profile(s) (passwords stay in the keychain, never in the file). Create it?</source>
        <translation>
            <numerusform>%1 n'a pas de godwit.json. Godwit va créer %2 avec %n profil (les mots de passe restent dans le trousseau, jamais dans le fichier). Le créer ?</numerusform>
            <numerusform>%1 n'a pas de godwit.json. Godwit va créer %2 avec %n profils (les mots de passe restent dans le trousseau, jamais dans le fichier). Le créer ?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose the SQLite file, or name a new one</source>
        <translation>Choisir le fichier SQLite, ou en nommer un nouveau</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>Fichier de base SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Bases SQLite (*.sqlite *.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>godwit::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>server default (e.g. 5s)</source>
        <translation>valeur par défaut du serveur (p. ex. 5s)</translation>
    </message>
    <message>
        <source>server default (e.g. 10min)</source>
        <translation>valeur par défaut du serveur (p. ex. 10min)</translation>
    </message>
    <message>
        <source>The name recorded when you tick a checklist item or run a deployment</source>
        <translation>Le nom enregistré quand vous cochez un élément de checklist ou exécutez un déploiement</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>&amp;Police de l'éditeur :</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Ta&amp;ille de police :</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>&amp;Dry-run method:</source>
        <translation>&amp;Méthode d'exécution à blanc :</translation>
    </message>
    <message>
        <source>&amp;Lock timeout:</source>
        <translation>Délai d'attente de &amp;verrou :</translation>
    </message>
    <message>
        <source>S&amp;tatement timeout:</source>
        <translation>Délai d'&amp;exécution :</translation>
    </message>
    <message>
        <source>Sign checklists &amp;as:</source>
        <translation>&amp;Signer les checklists en tant que :</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>The language of the window and its messages; it changes when Godwit starts again</source>
        <translation>La langue de la fenêtre et de ses messages ; elle change au prochain démarrage de Godwit</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>auto: a copy on SQLite and MySQL; on PostgreSQL a rolled-back transaction, but on a production profile a schema copy that locks no live table. transaction on production: chosen explicitly, it runs under a short lock_timeout.</source>
        <translation>auto : une copie sur SQLite et MySQL ; sur PostgreSQL une transaction annulée, mais sur un profil de production une copie du schéma qui ne verrouille aucune table réelle. transaction en production : choisie explicitement, elle s'exécute sous un lock_timeout court.</translation>
    </message>
</context>
<context>
    <name>godwit::SqlEditor</name>
    <message>
        <source>%1 [%2] %3
Why: %4
Instead: %5</source>
        <translation>%1 [%2] %3
Pourquoi : %4
À la place : %5</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A workbench for database schema migrations.</source>
        <translation>Un atelier pour les migrations de schéma de base de données.</translation>
    </message>
    <message>
        <source>The connection profile to open.</source>
        <translation>Le profil de connexion à ouvrir.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>A project folder (default: the demo).</source>
        <translation>Un dossier de projet (par défaut : la démo).</translation>
    </message>
    <message>
        <source>Without a project folder it opens the bundled demo project (SQLite), copied to the user's data folder on first run. The command line, for scripts and CI, is godwit-cli.</source>
        <translation>Sans dossier de projet, il ouvre le projet de démonstration fourni (SQLite), copié dans le dossier de données de l'utilisateur au premier lancement. La ligne de commande, pour les scripts et la CI, est godwit-cli.</translation>
    </message>
</context>
</TS>
