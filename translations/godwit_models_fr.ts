<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Alembic</name>
    <message>
        <source>%1:1: no module-level revision assignment</source>
        <translation>%1:1 : aucune affectation de revision au niveau du module</translation>
    </message>
    <message>
        <source>%1:%2:%3: the revision must be a non-empty string without '@', '-' or '+'</source>
        <translation>%1:%2:%3 : la révision doit être une chaîne non vide sans '@', '-' ni '+'</translation>
    </message>
    <message>
        <source>%1:%2: revision %3 has no module-level down_revision assignment</source>
        <translation>%1:%2 : la révision %3 n'a pas d'affectation de down_revision au niveau du module</translation>
    </message>
    <message>
        <source>%1:%2 and %3:%4 both declare revision %5</source>
        <translation>%1:%2 et %3:%4 déclarent tous deux la révision %5</translation>
    </message>
    <message>
        <source>%1:%2: branch label %3 is already used by revision %4</source>
        <translation>%1:%2 : l'étiquette de branche %3 est déjà utilisée par la révision %4</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4 names revision %5, which no file declares</source>
        <translation>%1:%2:%3 : %4 nomme la révision %5, qu'aucun fichier ne déclare</translation>
    </message>
    <message>
        <source>revisions form a cycle through down_revision or depends_on: %1</source>
        <translation>des révisions forment un cycle par down_revision ou depends_on : %1</translation>
    </message>
    <message>
        <source>the Alembic versions folder %1 does not exist</source>
        <translation>le dossier versions d'Alembic %1 n'existe pas</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>the string is not closed on its line</source>
        <translation>la chaîne ne se ferme pas sur sa ligne</translation>
    </message>
    <message>
        <source>the string is not closed</source>
        <translation>la chaîne n'est pas fermée</translation>
    </message>
    <message>
        <source>no value after '='</source>
        <translation>aucune valeur après '='</translation>
    </message>
    <message>
        <source>None inside a tuple</source>
        <translation>None dans un tuple</translation>
    </message>
    <message>
        <source>unexpected %1 in the value</source>
        <translation>%1 inattendu dans la valeur</translation>
    </message>
    <message>
        <source>expected '%1'</source>
        <translation>'%1' attendu</translation>
    </message>
    <message>
        <source>only plain string literals are read, without b or f prefix</source>
        <translation>seules les chaînes littérales simples sont lues, sans préfixe b ni f</translation>
    </message>
    <message>
        <source>%1 is not a string, None, or a tuple or list of strings</source>
        <translation>%1 n'est ni une chaîne, ni None, ni un tuple ou une liste de chaînes</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 does not start: %2</source>
        <translation>%1 ne démarre pas : %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1 failed (exit %2): %3</source>
        <translation>échec de %1 (code de sortie %2) : %3</translation>
    </message>
    <message>
        <source>%1: VACUUM INTO %2: %3</source>
        <translation>%1 : VACUUM INTO %2 : %3</translation>
    </message>
    <message>
        <source>pg_dump is not installed (Debian: postgresql-client)</source>
        <translation>pg_dump n'est pas installé (Debian : postgresql-client)</translation>
    </message>
    <message>
        <source>mariadb-dump or mysqldump is not installed (Debian: mariadb-client)</source>
        <translation>mariadb-dump ou mysqldump n'est pas installé (Debian : mariadb-client)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 is not the backup that was taken (its SHA-256 differs): not restored</source>
        <translation>%1 n'est pas la sauvegarde effectuée (son SHA-256 diffère) : non restaurée</translation>
    </message>
    <message>
        <source>%1: cannot open the backup</source>
        <translation>%1 : impossible d'ouvrir la sauvegarde</translation>
    </message>
    <message>
        <source>%1: restore failed: %2</source>
        <translation>%1 : échec de la restauration : %2</translation>
    </message>
    <message>
        <source>pg_restore is not installed (Debian: postgresql-client)</source>
        <translation>pg_restore n'est pas installé (Debian : postgresql-client)</translation>
    </message>
    <message>
        <source>the mariadb client is not installed (Debian: mariadb-client)</source>
        <translation>le client MariaDB n'est pas installé (Debian : mariadb-client)</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not installed (Debian: postgresql-client)</source>
        <translation>%1 n'est pas installé (Debian : postgresql-client)</translation>
    </message>
    <message>
        <source>%1 does not exist yet: there is nothing to back up</source>
        <translation>%1 n’existe pas encore : il n’y a rien à sauvegarder</translation>
    </message>
    <message>
        <source>%1: the backup failed without a reason from the driver</source>
        <translation>%1 : la sauvegarde a échoué sans que le pilote dise pourquoi</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Backup taken, with its restore command</source>
        <translation>Sauvegarde effectuée, avec sa commande de restauration</translation>
    </message>
    <message>
        <source>Dry run passed on staging for this plan</source>
        <translation>Exécution à blanc réussie en préproduction pour ce plan</translation>
    </message>
    <message>
        <source>Reversibility checked: up, down, compare</source>
        <translation>Réversibilité vérifiée : up, down, comparaison</translation>
    </message>
    <message>
        <source>Every step has a rollback</source>
        <translation>Chaque étape a un retour arrière</translation>
    </message>
    <message>
        <source>Duration estimated; largest tables touched</source>
        <translation>Durée estimée ; plus grandes tables touchées</translation>
    </message>
    <message>
        <source>Destructive changes reviewed</source>
        <translation>Changements destructifs examinés</translation>
    </message>
    <message>
        <source>Stakeholders notified of the change window</source>
        <translation>Parties prenantes informées de la fenêtre de changement</translation>
    </message>
    <message>
        <source>Migrations applied</source>
        <translation>Migrations appliquées</translation>
    </message>
    <message>
        <source>Locks, replication lag and errors watched during the run</source>
        <translation>Verrous, retard de réplication et erreurs surveillés pendant l'exécution</translation>
    </message>
    <message>
        <source>Schema verified against the applied history</source>
        <translation>Schéma vérifié par rapport à l'historique appliqué</translation>
    </message>
    <message>
        <source>Application checked: functionality and error rates</source>
        <translation>Application vérifiée : fonctionnement et taux d'erreur</translation>
    </message>
    <message>
        <source>Documentation updated</source>
        <translation>Documentation mise à jour</translation>
    </message>
    <message>
        <source>%1: checklist: %2</source>
        <translation>%1 : checklist : %2</translation>
    </message>
    <message>
        <source>stagingProfile "%1" is not among the profiles</source>
        <translation>stagingProfile « %1 » ne fait pas partie des profils</translation>
    </message>
    <message>
        <source>%1 needs an "id" and a "title"</source>
        <translation>%1 doit avoir un « id » et un « title »</translation>
    </message>
    <message>
        <source>%1: the id "%2" is used twice</source>
        <translation>%1 : l'id « %2 » est utilisé deux fois</translation>
    </message>
    <message>
        <source>%1.section: "%2" is not before, during or after</source>
        <translation>%1.section : « %2 » n'est ni before, ni during, ni after</translation>
    </message>
    <message>
        <source>%1.check: unknown check "%2" (known: %3)</source>
        <translation>%1.check : vérification inconnue « %2 » (connues : %3)</translation>
    </message>
    <message>
        <source>no staging profile: tag a profile's environment "staging" or set checklist.stagingProfile in godwit.json</source>
        <translation>aucun profil de préproduction : marquez l'environnement d'un profil « staging » ou définissez checklist.stagingProfile dans godwit.json</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>cannot set %1 to "%2": %3</source>
        <translation>impossible de régler %1 sur « %2 » : %3</translation>
    </message>
    <message>
        <source>"%1" is no duration</source>
        <translation>« %1 » n'est pas une durée</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1 : le dossier %2 n'existe pas</translation>
    </message>
    <message>
        <source>%1: the Qt SQL driver %2 is not installed</source>
        <translation>%1 : le pilote Qt SQL %2 n'est pas installé</translation>
    </message>
    <message>
        <source>cannot read the current schema: %1</source>
        <translation>impossible de lire le schéma courant : %1</translation>
    </message>
    <message>
        <source>cannot reset search_path: %1</source>
        <translation>impossible de réinitialiser search_path : %1</translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <source>profile "%1": unknown driver "%2"</source>
        <translation>profil « %1 » : pilote inconnu « %2 »</translation>
    </message>
    <message>
        <source>profile "%1": a SQLite profile needs a "path"</source>
        <translation>profil « %1 » : un profil SQLite doit avoir un « path »</translation>
    </message>
    <message>
        <source>--url: the URL names no database file</source>
        <translation>--url : l'URL ne désigne aucun fichier de base de données</translation>
    </message>
    <message>
        <source>--url: a sqlite: URL takes no query (key=value); it is not shown here, as it may hold a password</source>
        <translation>--url : une URL sqlite: n'accepte pas de paramètres de requête (key=value) ; ils ne sont pas affichés ici, car ils peuvent contenir un mot de passe</translation>
    </message>
    <message>
        <source>write sqlite:PATH, postgres://user@host:port/database or mysql://user@host:port/database, and give the password in GODWIT_PASSWORD (or PGPASSWORD / MYSQL_PWD) or at the prompt</source>
        <translation>écrivez sqlite:CHEMIN, postgres://user@host:port/database ou mysql://user@host:port/database, et donnez le mot de passe dans GODWIT_PASSWORD (ou PGPASSWORD / MYSQL_PWD) ou à l'invite</translation>
    </message>
    <message>
        <source>--url: a key=value connection string is not accepted (it is not shown here: it may hold a password); %1</source>
        <translation>--url : une chaîne de connexion key=value n'est pas acceptée (elle n'est pas affichée ici : elle peut contenir un mot de passe) ; %1</translation>
    </message>
    <message>
        <source>--url: not a connection URL; %1</source>
        <translation>--url : ce n'est pas une URL de connexion ; %1</translation>
    </message>
    <message>
        <source>--url: the URL's user part holds a password, and a password is never on the command line (ps shows it to every user); %1</source>
        <translation>--url : la partie utilisateur de l'URL contient un mot de passe, et un mot de passe ne va jamais sur la ligne de commande (ps le montre à tous les utilisateurs) ; %1</translation>
    </message>
    <message>
        <source>--url: the query parameter "%1" %2</source>
        <translation>--url : le paramètre de requête « %1 » %2</translation>
    </message>
    <message>
        <source>--url: the URL names no %1; Godwit takes no default for them</source>
        <translation>--url : l'URL n'indique aucune valeur pour %1 ; Godwit n'en suppose aucune par défaut</translation>
    </message>
    <message>
        <source>profile "%1": option "%2" %3</source>
        <translation>profil « %1 » : l'option « %2 » %3</translation>
    </message>
    <message>
        <source>profile "%1" names no %2; Godwit takes no default for them</source>
        <translation>le profil « %1 » n'indique aucune valeur pour %2 ; Godwit n'en suppose aucune par défaut</translation>
    </message>
</context>
<context>
    <name>Containment</name>
    <message>
        <source>%1: not rehearsable on a copy: %2</source>
        <translation>%1 : impossible à tester à blanc sur une copie : %2</translation>
    </message>
    <message>
        <source>%1 %2 acts on a database of the server, not on the scratch</source>
        <translation>%1 %2 agit sur une base du serveur, pas sur la base de travail</translation>
    </message>
    <message>
        <source>%1 %2 changes the server's accounts</source>
        <translation>%1 %2 modifie les comptes du serveur</translation>
    </message>
    <message>
        <source>%1 SERVER changes the server's federated server definitions</source>
        <translation>%1 SERVER modifie les définitions de serveurs fédérés du serveur</translation>
    </message>
    <message>
        <source>%1 %2 acts on the server's files</source>
        <translation>%1 %2 agit sur les fichiers du serveur</translation>
    </message>
    <message>
        <source>%1 EVENT schedules work the server runs outside the dry run</source>
        <translation>%1 EVENT planifie un travail que le serveur exécute en dehors de l'exécution à blanc</translation>
    </message>
    <message>
        <source>ALTER INSTANCE acts on the whole server</source>
        <translation>ALTER INSTANCE agit sur tout le serveur</translation>
    </message>
    <message>
        <source>a function from a shared library is installed on the server</source>
        <translation>une fonction d'une bibliothèque partagée est installée sur le serveur</translation>
    </message>
    <message>
        <source>SET %1 changes the server's accounts</source>
        <translation>SET %1 modifie les comptes du serveur</translation>
    </message>
    <message>
        <source>SET %1 changes a variable for the whole server</source>
        <translation>SET %1 modifie une variable pour tout le serveur</translation>
    </message>
    <message>
        <source>dynamic SQL from %1: its text cannot be checked before it runs</source>
        <translation>SQL dynamique issu de %1 : son texte ne peut pas être vérifié avant son exécution</translation>
    </message>
    <message>
        <source>USE switches the session to another database</source>
        <translation>USE bascule la session sur une autre base</translation>
    </message>
    <message>
        <source>%1 acts on the server, not on the scratch</source>
        <translation>%1 agit sur le serveur, pas sur la base de travail</translation>
    </message>
    <message>
        <source>%1 %2 controls the server's replication</source>
        <translation>%1 %2 pilote la réplication du serveur</translation>
    </message>
    <message>
        <source>%1 %2 acts on the server, not on the scratch</source>
        <translation>%1 %2 agit sur le serveur, pas sur la base de travail</translation>
    </message>
    <message>
        <source>INTO %1 writes a file on the server</source>
        <translation>INTO %1 écrit un fichier sur le serveur</translation>
    </message>
    <message>
        <source>%1 DIRECTORY puts the table's files elsewhere on the server</source>
        <translation>%1 DIRECTORY place les fichiers de la table ailleurs sur le serveur</translation>
    </message>
    <message>
        <source>a CONNECTION table reads and writes another server</source>
        <translation>une table CONNECTION lit et écrit sur un autre serveur</translation>
    </message>
    <message>
        <source>%1() runs a program on the server</source>
        <translation>%1() exécute un programme sur le serveur</translation>
    </message>
    <message>
        <source>it names the database %1, outside the dry run's scratch database</source>
        <translation>désigne la base %1, hors de la base de travail de l'exécution à blanc</translation>
    </message>
    <message>
        <source>%1() runs statements on another database or server</source>
        <translation>%1() exécute des instructions sur une autre base ou un autre serveur</translation>
    </message>
    <message>
        <source>%1() reads or writes a file on the server</source>
        <translation>%1() lit ou écrit un fichier sur le serveur</translation>
    </message>
    <message>
        <source>%1() takes or releases a session-level lock that outlives the transaction</source>
        <translation>%1() prend ou libère un verrou de niveau session qui survit à la transaction</translation>
    </message>
    <message>
        <source>%1() changes the server's replication</source>
        <translation>%1() modifie la réplication du serveur</translation>
    </message>
    <message>
        <source>%1() acts on the server, outside the transaction</source>
        <translation>%1() agit sur le serveur, en dehors de la transaction</translation>
    </message>
    <message>
        <source>%1 %2 acts on the cluster, outside the transaction</source>
        <translation>%1 %2 agit sur le cluster, en dehors de la transaction</translation>
    </message>
    <message>
        <source>ALTER SYSTEM changes the server's configuration file</source>
        <translation>ALTER SYSTEM modifie le fichier de configuration du serveur</translation>
    </message>
    <message>
        <source>%1 SUBSCRIPTION connects to another server</source>
        <translation>%1 SUBSCRIPTION se connecte à un autre serveur</translation>
    </message>
    <message>
        <source>%1 %2 changes the cluster's roles, outside the scratch database</source>
        <translation>%1 %2 modifie les rôles du cluster, en dehors de la base de travail</translation>
    </message>
    <message>
        <source>COPY … PROGRAM runs a program on the server</source>
        <translation>COPY … PROGRAM exécute un programme sur le serveur</translation>
    </message>
    <message>
        <source>COPY reads or writes the server file %1</source>
        <translation>COPY lit ou écrit le fichier serveur %1</translation>
    </message>
    <message>
        <source>it writes the foreign table %1: the rows go to another server</source>
        <translation>écrit dans la table étrangère %1 : les lignes partent vers un autre serveur</translation>
    </message>
    <message>
        <source>LOAD loads a shared library into the server</source>
        <translation>LOAD charge une bibliothèque partagée dans le serveur</translation>
    </message>
    <message>
        <source>IMPORT FOREIGN SCHEMA reads another server and makes tables that write there</source>
        <translation>IMPORT FOREIGN SCHEMA lit un autre serveur et crée des tables qui y écrivent</translation>
    </message>
    <message>
        <source>%1 changes roles or rights outside the scratch database</source>
        <translation>%1 modifie des rôles ou des droits en dehors de la base de travail</translation>
    </message>
    <message>
        <source>EXECUTE of text made at run time: it cannot be checked before it runs</source>
        <translation>EXECUTE d'un texte construit à l'exécution : il ne peut pas être vérifié avant de s'exécuter</translation>
    </message>
    <message>
        <source>ATTACH opens another database file, outside the copy</source>
        <translation>ATTACH ouvre un autre fichier de base de données, en dehors de la copie</translation>
    </message>
    <message>
        <source>VACUUM INTO writes a database file outside the copy</source>
        <translation>VACUUM INTO écrit un fichier de base de données en dehors de la copie</translation>
    </message>
    <message>
        <source>writefile() writes a file outside the copy</source>
        <translation>writefile() écrit un fichier en dehors de la copie</translation>
    </message>
    <message>
        <source>load_extension() loads a shared library into the process</source>
        <translation>load_extension() charge une bibliothèque partagée dans le processus</translation>
    </message>
    <message>
        <source>it writes %1: %2</source>
        <translation>elle écrit %1 : %2</translation>
    </message>
    <message>
        <source>%1() reaches outside the dry run: %2</source>
        <translation>%1() sort de la simulation : %2</translation>
    </message>
    <message>
        <source>it reads %1: %2</source>
        <translation>elle lit %1 : %2</translation>
    </message>
    <message>
        <source>it changes lock_timeout, which a dry run in a transaction on production holds at %1 ms at most, so that it fails rather than queue traffic behind it</source>
        <translation>elle change lock_timeout, qu'une simulation en transaction sur la production maintient à %1 ms au plus, pour échouer plutôt que de faire attendre le trafic derrière elle</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <source>cannot create the demo project at %1</source>
        <translation>impossible de créer le projet de démonstration dans %1</translation>
    </message>
    <message>
        <source>this build carries no demo project</source>
        <translation>cette version ne contient pas de projet de démonstration</translation>
    </message>
    <message>
        <source>cannot build the demo database: %1</source>
        <translation>impossible de construire la base de démonstration : %1</translation>
    </message>
</context>
<context>
    <name>Deployment</name>
    <message>
        <source>%1 %2 left the plan</source>
        <translation>%1 %2 a quitté le plan</translation>
    </message>
    <message>
        <source>the %1 script of %2 %3 was edited</source>
        <translation>le script %1 de %2 %3 a été modifié</translation>
    </message>
    <message>
        <source>%1 %2 joined the plan</source>
        <translation>%1 %2 a rejoint le plan</translation>
    </message>
    <message>
        <source>not a Godwit deployment record ("format" is not godwit-deployment-1)</source>
        <translation>ce n'est pas un enregistrement de déploiement Godwit (« format » n'est pas godwit-deployment-1)</translation>
    </message>
    <message>
        <source>checklist[%1]: an item needs an id, a known section and a known check</source>
        <translation>checklist[%1] : un élément doit avoir un id, une section connue et une vérification connue</translation>
    </message>
    <message>
        <source>the target version changed: %1 → %2</source>
        <translation>la version cible a changé : %1 → %2</translation>
    </message>
    <message>
        <source>everything pending</source>
        <translation>tout ce qui est en attente</translation>
    </message>
    <message>
        <source>the target's revision changed: %1 → %2</source>
        <translation>la révision de la cible a changé : %1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>the plan changed</source>
        <translation>le plan a changé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>DeploymentChecks</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>dry run on %1 failed: %2</source>
        <translation>échec de l'exécution à blanc sur %1 : %2</translation>
    </message>
    <message>
        <source>%1 plans other steps or other scripts (%2, plan %3) than this deployment (plan %4): bring staging to this deployment's starting revision %5 first</source>
        <translation>%1 prévoit d'autres étapes ou d'autres scripts (%2, plan %3) que ce déploiement (plan %4) : amenez d'abord la préproduction à la révision de départ %5 de ce déploiement</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>the plan changed while the dry run ran (%1, bound %2): run the checks again</source>
        <translation>le plan a changé pendant l'exécution à blanc (%1, lié à %2) : relancez les vérifications</translation>
    </message>
    <message>
        <source>dry run (%1) on %2</source>
        <translation>exécution à blanc (%1) sur %2</translation>
    </message>
    <message>
        <source>the dry run destroys nothing; no lint errors</source>
        <translation>l'exécution à blanc ne détruit rien ; aucune erreur de lint</translation>
    </message>
    <message>
        <source>no down script and no rollback note for %1</source>
        <translation>ni script down ni note de retour arrière pour %1</translation>
    </message>
    <message>
        <source>%1 at revision %2 matches the schema its applied history implies</source>
        <translation>%1 à la révision %2 correspond au schéma qu'implique son historique appliqué</translation>
    </message>
    <message>
        <source>deployment %1 has run: only its after-items can be checked</source>
        <translation>le déploiement %1 a été exécuté : seuls ses éléments « après » peuvent être vérifiés</translation>
    </message>
    <message>
        <source>checking: %1</source>
        <translation>vérification : %1</translation>
    </message>
    <message>
        <source>dry run with the downs on %1</source>
        <translation>exécution à blanc avec les downs sur %1</translation>
    </message>
    <message>
        <source>the checklist has no destructive-review item</source>
        <translation>la checklist n'a pas d'élément d'examen des changements destructifs</translation>
    </message>
    <message>
        <source>deployment %1 has run: its record is read-only</source>
        <translation>le déploiement %1 a été exécuté : son enregistrement est en lecture seule</translation>
    </message>
    <message>
        <source>"%1" is not among the destructive changes: %2</source>
        <translation>« %1 » ne fait pas partie des changements destructifs : %2</translation>
    </message>
    <message>
        <source>there are none</source>
        <translation>il n'y en a aucun</translation>
    </message>
    <message>
        <source>no item "%1" in deployment %2</source>
        <translation>aucun élément « %1 » dans le déploiement %2</translation>
    </message>
    <message>
        <source>deployment %1 is closed: its record is read-only</source>
        <translation>le déploiement %1 est clos : son enregistrement est en lecture seule</translation>
    </message>
    <message>
        <source>"%1" is checked by Godwit, not ticked: run it</source>
        <translation>« %1 » est vérifié par Godwit, pas coché : lancez-le</translation>
    </message>
    <message>
        <source>no step %1 in deployment %2</source>
        <translation>aucune étape %1 dans le déploiement %2</translation>
    </message>
    <message>
        <source>an override needs a reason</source>
        <translation>un contournement doit être justifié</translation>
    </message>
    <message>
        <source>nothing to apply</source>
        <translation>rien à appliquer</translation>
    </message>
    <message>
        <source>deployment %1 applied without: %2</source>
        <translation>déploiement %1 appliqué sans : %2</translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation>par %1 : %2</translation>
    </message>
    <message>
        <source>Godwit's tables are not there</source>
        <translation>les tables de Godwit sont absentes</translation>
    </message>
    <message>
        <source>the override could not be written to the audit log: %1</source>
        <translation>le contournement n'a pas pu être écrit dans le journal d'audit : %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>applied scripts changed since they ran: %1</source>
        <translation>des scripts appliqués ont changé depuis leur exécution : %1</translation>
    </message>
    <message>
        <source>the destructive review (%1) has no dry run at this plan yet</source>
        <translation>l'examen des changements destructifs (%1) n'a pas encore d'exécution à blanc pour ce plan</translation>
    </message>
    <message>
        <source>%1, %2, SHA-256 %3…, %4 with %5; restore: %6</source>
        <translation>%1, %2, SHA-256 %3…, %4 avec %5 ; restauration : %6</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s): %1 with a down script, %2 with a written rollback</source>
        <translation>
            <numerusform>%n étape : %1 avec un script down, %2 avec un retour arrière écrit</numerusform>
            <numerusform>%n étapes : %1 avec un script down, %2 avec un retour arrière écrit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 differs from the schema its history implies: %n change(s)</source>
        <translation>
            <numerusform>%1 diffère du schéma qu’implique son historique : %n changement</numerusform>
            <numerusform>%1 diffère du schéma qu’implique son historique : %n changements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>passed on %1 (%2): %n step(s) in %3, plan %4 matches</source>
        <translation>
            <numerusform>réussi sur %1 (%2) : %n étape en %3, le plan %4 correspond</numerusform>
            <numerusform>réussi sur %1 (%2) : %n étapes en %3, le plan %4 correspond</numerusform>
        </translation>
    </message>
    <message>
        <source>to acknowledge: %1, %2</source>
        <translation>à reconnaître : %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n destructive change(s)</source>
        <translation>
            <numerusform>%n changement destructif</numerusform>
            <numerusform>%n changements destructifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lint error(s)</source>
        <translation>
            <numerusform>%n erreur de lint</numerusform>
            <numerusform>%n erreurs de lint</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n destructive change(s), each acknowledged</source>
        <translation>
            <numerusform>%n changement destructif, reconnu</numerusform>
            <numerusform>%n changements destructifs, chacun reconnu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n destructive change(s) acknowledged</source>
        <translation>
            <numerusform>%1 sur %n changement destructif reconnu</numerusform>
            <numerusform>%1 sur %n changements destructifs reconnus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) applied in %1</source>
        <translation>
            <numerusform>%n étape appliquée en %1</numerusform>
            <numerusform>%n étapes appliquées en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up, down and up again for each of %n migration(s), on a %1 dry run: each down restores the schema and rows from before its up</source>
        <translation>
            <numerusform>up, down puis up à nouveau pour %n migration, en essai à blanc (%1) : le down rétablit le schéma et les lignes d'avant le up</numerusform>
            <numerusform>up, down puis up à nouveau pour chacune des %n migrations, en essai à blanc (%1) : chaque down rétablit le schéma et les lignes d'avant son up</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; no statement works on a table with rows</source>
        <translation>%1 ; aucune instruction ne travaille sur une table qui a des lignes</translation>
    </message>
    <message>
        <source>%1; longest: %2</source>
        <translation>%1 ; la plus longue : %2</translation>
    </message>
    <message>
        <source>not checked: the same dry run failed, see %1</source>
        <translation>non vérifié : le même essai à blanc a échoué, voir %1</translation>
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
        <translation> : %1</translation>
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
        <source>closed without running</source>
        <translation>clos sans exécution</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>Deployment %1</source>
        <translation>Déploiement %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>the up script</source>
        <translation>le script up</translation>
    </message>
    <message>
        <source>down script</source>
        <translation>script down</translation>
    </message>
    <message>
        <source>manual: %1</source>
        <translation>manuel : %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Somme de contrôle</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>stale: %1 (was: %2)</source>
        <translation>périmé : %1 (était : %2)</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (requis)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Pendant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Validé par</translation>
    </message>
    <message>
        <source>Schema changes of the dry run</source>
        <translation>Changements de schéma de l'exécution à blanc</translation>
    </message>
    <message>
        <source>No dry run recorded, or it changed nothing.</source>
        <translation>Aucune exécution à blanc enregistrée, ou elle n'a rien changé.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>destructive: %1 — not acknowledged</source>
        <translation>destructif : %1 — non validé</translation>
    </message>
    <message>
        <source>reversibility: %1</source>
        <translation>réversibilité : %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>échec de %1 : %2</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Not run.</source>
        <translation>Non exécuté.</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No check has run yet.</source>
        <translation>Aucune vérification n'a encore été lancée.</translation>
    </message>
    <message>
        <source>destructive: %1 — %2</source>
        <translation>destructif : %1 — %2</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Gate overridden at plan %1 without %2 — %3</source>
        <translation>Barrière levée au plan %1 sans %2 — %3</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2 : %3</translation>
    </message>
    <message>
        <source>Started by %1</source>
        <translation>Commencé par %1</translation>
    </message>
</context>
<context>
    <name>DeploymentSession</name>
    <message>
        <source>nothing to deploy: %1 is at revision %2 and the plan to %3 is empty</source>
        <translation>rien à déployer : %1 est à la révision %2 et le plan jusqu'à %3 est vide</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>the newest migration</source>
        <translation>la migration la plus récente</translation>
    </message>
    <message>
        <source>deployment %1 is already under way for this plan</source>
        <translation>le déploiement %1 est déjà en cours pour ce plan</translation>
    </message>
    <message>
        <source>deployment %1 retargeted: %2</source>
        <translation>déploiement %1 reciblé : %2</translation>
    </message>
    <message>
        <source>superseded by a new deployment</source>
        <translation>remplacé par un nouveau déploiement</translation>
    </message>
    <message>
        <source>no deployment under way on %1</source>
        <translation>aucun déploiement en cours sur %1</translation>
    </message>
    <message>
        <source>deployment %1 cannot be read any more: %2</source>
        <translation>le déploiement %1 ne peut plus être lu : %2</translation>
    </message>
    <message>
        <source>deployment %1 was closed by %2 at %3%4</source>
        <translation>le déploiement %1 a été fermé par %2 à %3%4</translation>
    </message>
    <message numerus="yes">
        <source>deployment %1 started: %2 → %3, %n step(s)</source>
        <translation>
            <numerusform>déploiement %1 commencé : %2 → %3, %n étape</numerusform>
            <numerusform>déploiement %1 commencé : %2 → %3, %n étapes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source> and %1 more</source>
        <translation> et %1 de plus</translation>
    </message>
    <message>
        <source>the migrations folder %1 does not exist</source>
        <translation>le dossier des migrations %1 n'existe pas</translation>
    </message>
    <message>
        <source>%1 follows %2, not the folder's %3; it is ignored</source>
        <translation>%1 suit %2, pas le format %3 du dossier ; il est ignoré</translation>
    </message>
    <message>
        <source>%1 files claim version %2: %3</source>
        <translation>%1 fichiers revendiquent la version %2 : %3</translation>
    </message>
    <message>
        <source>%1 is a down script without an up script</source>
        <translation>%1 est un script down sans script up</translation>
    </message>
    <message>
        <source>%1 has no up section</source>
        <translation>%1 n'a pas de section up</translation>
    </message>
    <message>
        <source>%1 %2 has no down script</source>
        <translation>%1 %2 n'a pas de script down</translation>
    </message>
    <message>
        <source>%1 %2: the %3 script is empty (a no-op)</source>
        <translation>%1 %2 : le script %3 est vide (sans effet)</translation>
    </message>
    <message>
        <source>%1 matches no migration naming</source>
        <translation>%1 ne correspond à aucun nommage de migration</translation>
    </message>
    <message>
        <source>no migration files yet</source>
        <translation>pas encore de fichiers de migration</translation>
    </message>
    <message>
        <source>ignored: %1</source>
        <translation>ignoré : %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 est illisible : %2</translation>
    </message>
    <message>
        <source>the migrations folder %1 cannot be read: %2</source>
        <translation>le dossier des migrations %1 est illisible : %2</translation>
    </message>
    <message numerus="yes">
        <source>format %1 set in godwit.json; %n file(s) matched it</source>
        <translation>
            <numerusform>format %1 défini dans godwit.json ; %n fichier y correspond</numerusform>
            <numerusform>format %1 défini dans godwit.json ; %n fichiers y correspondent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) matched %1</source>
        <translation>
            <numerusform>%n fichier correspond à %1</numerusform>
            <numerusform>%n fichiers correspondent à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) matched another format: %1</source>
        <translation>
            <numerusform>%n fichier correspond à un autre format : %1</numerusform>
            <numerusform>%n fichiers correspondent à un autre format : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) matched nothing: %1</source>
        <translation>
            <numerusform>%n fichier ne correspond à rien : %1</numerusform>
            <numerusform>%n fichiers ne correspondent à rien : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no migration recognised: %n .sql file(s) match no naming Godwit reads (%1); set "format" or "naming" in godwit.json</source>
        <translation>
            <numerusform>aucune migration reconnue : %n fichier .sql ne correspond à aucun nommage que Godwit lit (%1) ; définissez « format » ou « naming » dans godwit.json</numerusform>
            <numerusform>aucune migration reconnue : %n fichiers .sql ne correspondent à aucun nommage que Godwit lit (%1) ; définissez « format » ou « naming » dans godwit.json</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code migration(s), run by the application</source>
        <translation>
            <numerusform>%n migration en code, exécutée par l'application</numerusform>
            <numerusform>%n migrations en code, exécutées par l'application</numerusform>
        </translation>
    </message>
    <message>
        <source>ordered by file name ("order": "name" in godwit.json)</source>
        <translation>ordonnées par nom de fichier ("order": "name" dans godwit.json)</translation>
    </message>
    <message>
        <source>%1 (line %2 of the plan) cannot be read: %3</source>
        <translation>%1 (ligne %2 du plan) ne peut pas être lu : %3</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n'existe pas</translation>
    </message>
    <message numerus="yes">
        <source>sqitch project %1: %n change(s) in %2</source>
        <translation>
            <numerusform>projet sqitch %1 : %n changement dans %2</numerusform>
            <numerusform>projet sqitch %1 : %n changements dans %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alembic revisions in %1: %n revision(s), %2 head(s), applied with Alembic (Godwit reads them, never runs them)</source>
        <translation>
            <numerusform>révisions Alembic dans %1 : %n révision, %2 tête(s), appliquées avec Alembic (Godwit les lit, ne les exécute jamais)</numerusform>
            <numerusform>révisions Alembic dans %1 : %n révisions, %2 tête(s), appliquées avec Alembic (Godwit les lit, ne les exécute jamais)</numerusform>
        </translation>
    </message>
    <message>
        <source>; if their runner orders migrations by the whole file name (knex, node-pg-migrate, maragudk/migrate), set "order": "name" in godwit.json</source>
        <translation> ; si leur outil ordonne les migrations par nom de fichier complet (knex, node-pg-migrate, maragudk/migrate), indiquez "order": "name" dans godwit.json</translation>
    </message>
</context>
<context>
    <name>DriverOptions</name>
    <message>
        <source>holds a password; a password comes from the keychain (window), GODWIT_PASSWORD or the engine's own variable (command line) or the prompt, never from a file or the command line</source>
        <translation>contient un mot de passe ; un mot de passe vient du trousseau (fenêtre), de GODWIT_PASSWORD ou de la variable propre au moteur (ligne de commande) ou de l'invite, jamais d'un fichier ni de la ligne de commande</translation>
    </message>
    <message>
        <source>a SQLite target takes no driver options</source>
        <translation>une cible SQLite n'accepte pas d'options de pilote</translation>
    </message>
    <message>
        <source>not a driver option Godwit passes on (known: %1)</source>
        <translation>n'est pas une option de pilote que Godwit transmet (connues : %1)</translation>
    </message>
    <message>
        <source>needs a value</source>
        <translation>doit avoir une valeur</translation>
    </message>
    <message>
        <source>the value may not hold spaces, quotes, backslashes, ';' or control characters: the driver would read them as further options</source>
        <translation>la valeur ne peut contenir ni espaces, ni guillemets, ni barres obliques inverses, ni ';', ni caractères de contrôle : le pilote les lirait comme des options supplémentaires</translation>
    </message>
</context>
<context>
    <name>DryRun</name>
    <message>
        <source>sequence %1 was moved by the dry run (PostgreSQL does not roll sequences back) and has been put back</source>
        <translation>la séquence %1 a été avancée par l'exécution à blanc (PostgreSQL n'annule pas les séquences) et a été remise en place</translation>
    </message>
    <message>
        <source>sequence %1 was moved by the dry run and, used by another session meanwhile, is left at %2</source>
        <translation>la séquence %1 a été avancée par l'exécution à blanc et, utilisée entre-temps par une autre session, reste à %2</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <source>%1 is applied but its file is gone: the history cannot be replayed</source>
        <translation>%1 est appliqué mais son fichier a disparu : l'historique ne peut pas être rejoué</translation>
    </message>
    <message>
        <source>replaying the history %1/%2: %3</source>
        <translation>rejeu de l'historique %1/%2 : %3</translation>
    </message>
    <message>
        <source>replaying the applied migrations failed at %1: %2</source>
        <translation>le rejeu des migrations appliquées a échoué à %1 : %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>the dry run could not be recorded in the audit log: %1</source>
        <translation>l'exécution à blanc n'a pas pu être écrite dans le journal d'audit : %1</translation>
    </message>
    <message>
        <source>the reversibility check runs an up plan and then its downs; this plan goes down</source>
        <translation>la vérification de réversibilité exécute un plan up puis ses downs ; ce plan descend</translation>
    </message>
    <message>
        <source>creating the shadow database</source>
        <translation>création de la base fantôme</translation>
    </message>
    <message>
        <source>copying the database (VACUUM INTO)</source>
        <translation>copie de la base (VACUUM INTO)</translation>
    </message>
    <message>
        <source>copying the schema to a scratch database</source>
        <translation>copie du schéma dans une base de travail</translation>
    </message>
    <message>
        <source>reading the schema before</source>
        <translation>lecture du schéma avant</translation>
    </message>
    <message numerus="yes">
        <source>the scratch copy differs from the target in %n change(s)</source>
        <translation>
            <numerusform>la copie de travail diffère de la cible par %n changement</numerusform>
            <numerusform>la copie de travail diffère de la cible par %n changements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot begin the dry run's transaction: %2</source>
        <translation>%1 : impossible de commencer la transaction de l'exécution à blanc : %2</translation>
    </message>
    <message>
        <source>%1: the dry run's transaction could not be rolled back: %2</source>
        <translation>%1 : la transaction de l'exécution à blanc n'a pas pu être annulée : %2</translation>
    </message>
    <message>
        <source>up %1/%2: %3</source>
        <translation>up %1/%2 : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>reading the schema after</source>
        <translation>lecture du schéma après</translation>
    </message>
    <message>
        <source>%1 has no down script: its up cannot be reversed</source>
        <translation>%1 n'a pas de script down : son up ne peut pas être inversé</translation>
    </message>
    <message>
        <source>creating the scratch database</source>
        <translation>création de la base de travail</translation>
    </message>
    <message>
        <source>reading both schemas</source>
        <translation>lecture des deux schémas</translation>
    </message>
    <message>
        <source>SQLite: a copy of the file is made without write-locking it</source>
        <translation>SQLite : une copie du fichier est faite sans le verrouiller en écriture</translation>
    </message>
    <message>
        <source>MySQL and MariaDB commit DDL implicitly: no transaction can hold a dry run</source>
        <translation>MySQL et MariaDB valident le DDL implicitement : aucune transaction ne peut contenir une exécution à blanc</translation>
    </message>
    <message>
        <source>PostgreSQL: one transaction on the target, rolled back</source>
        <translation>PostgreSQL : une transaction sur la cible, annulée</translation>
    </message>
    <message>
        <source>production PostgreSQL: rehearsed on a schema copy so that no live table is locked</source>
        <translation>PostgreSQL en production : répété sur une copie du schéma pour ne verrouiller aucune table réelle</translation>
    </message>
    <message>
        <source>chosen explicitly</source>
        <translation>choisie explicitement</translation>
    </message>
    <message>
        <source>production: the rehearsal ran in a transaction on the live tables, chosen explicitly, under lock_timeout %1 ms, so that it fails rather than queue traffic behind it</source>
        <translation>production : la répétition s'est déroulée dans une transaction sur les tables réelles, choisie explicitement, sous lock_timeout %1 ms, afin d'échouer plutôt que de faire attendre le trafic derrière elle</translation>
    </message>
    <message>
        <source>profile "%1" (%2) names the same database as production profile "%3" (%4): a rehearsal there would run on production; point "%1" at a database of its own</source>
        <translation>le profil « %1 » (%2) désigne la même base que le profil de production « %3 » (%4) : une répétition y tournerait en production ; faites pointer « %1 » vers une base qui lui est propre</translation>
    </message>
    <message>
        <source>%1: cannot set the dry run's lock_timeout: %2</source>
        <translation>%1 : impossible de régler le lock_timeout de l'exécution à blanc : %2</translation>
    </message>
    <message>
        <source>sequence %1 cannot be read by this user: if the dry run used it, it stays moved</source>
        <translation>la séquence %1 est illisible pour cet utilisateur : si l'exécution à blanc l'a utilisée, elle reste avancée</translation>
    </message>
    <message>
        <source>sequence %1 was moved by the dry run to %2 and could not be put back to %3: %4</source>
        <translation>la séquence %1 a été avancée à %2 par l'exécution à blanc et n'a pas pu être remise à %3 : %4</translation>
    </message>
    <message>
        <source>%1: cannot read which of the database's routines reach outside: %2</source>
        <translation>%1 : impossible de lire quelles routines de la base sortent de la simulation : %2</translation>
    </message>
    <message numerus="yes">
        <source>the target differs from what its history implies in %n change(s)</source>
        <translation>
            <numerusform>la cible diffère de ce qu'implique son historique par %n changement</numerusform>
            <numerusform>la cible diffère de ce qu'implique son historique par %n changements</numerusform>
        </translation>
    </message>
    <message>
        <source>MySQL and MariaDB commit DDL implicitly, so no transaction can hold a dry run</source>
        <translation>MySQL et MariaDB valident le DDL implicitement, aucune transaction ne peut donc contenir une exécution à blanc</translation>
    </message>
    <message>
        <source>%1: gave up waiting for a lock after lock_timeout (at most %2 ms on production): another session holds a lock on that table, and a production dry run in a transaction does not queue traffic behind it</source>
        <translation>%1 : attente d'un verrou abandonnée après lock_timeout (%2 ms au plus en production) : une autre session détient un verrou sur cette table, et une exécution à blanc en production dans une transaction ne fait pas attendre le trafic derrière elle</translation>
    </message>
    <message>
        <source>rewrites %1</source>
        <translation>réécrit %1</translation>
    </message>
    <message numerus="yes">
        <source>rewrites %1 (%2, about %n row(s))</source>
        <translation>
            <numerusform>réécrit %1 (%2, environ %n ligne)</numerusform>
            <numerusform>réécrit %1 (%2, environ %n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>rewrites %1 (%2)</source>
        <translation>réécrit %1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2: %3 until the migration commits (held %4 ms in the dry run)</source>
        <translation>%1 sur %2 : %3 jusqu'au COMMIT de la migration (tenu %4 ms pendant l'essai à blanc)</translation>
    </message>
    <message>
        <source>%1's down leaves %2 %3%4</source>
        <translation>le down de %1 laisse %2 %3%4</translation>
    </message>
    <message>
        <source>%1's down does not restore %2 %3%4</source>
        <translation>le down de %1 ne rétablit pas %2 %3%4</translation>
    </message>
    <message>
        <source>%1's down leaves %2 %3%4 renamed to %5</source>
        <translation>le down de %1 laisse %2 %3%4 renommé en %5</translation>
    </message>
    <message>
        <source>%1's down restores %2 without its default %3</source>
        <translation>le down de %1 rétablit %2 sans sa valeur par défaut %3</translation>
    </message>
    <message>
        <source>%1's down restores %2 %3%4 differently</source>
        <translation>le down de %1 rétablit %2 %3%4 autrement</translation>
    </message>
    <message>
        <source>%1's down restores %2 %3%4 differently: %5</source>
        <translation>le down de %1 rétablit %2 %3%4 autrement : %5</translation>
    </message>
    <message>
        <source>the round trip cannot run %1: %2</source>
        <translation>l'aller-retour ne peut pas exécuter %1 : %2</translation>
    </message>
    <message>
        <source>round trip %1/%2: %3 down and up again</source>
        <translation>aller-retour %1/%2 : %3 down puis up à nouveau</translation>
    </message>
    <message>
        <source>%1's down fails: %2</source>
        <translation>le down de %1 échoue : %2</translation>
    </message>
    <message>
        <source>the round trips after %1 were not run: its down stopped part-way, and this engine cannot roll DDL back to where the up left it</source>
        <translation>les allers-retours après %1 n'ont pas été exécutés : son down s'est arrêté en cours de route, et ce moteur ne peut pas annuler le DDL jusqu'à l'état laissé par le up</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>avant %1</translation>
    </message>
    <message>
        <source>after %1's down</source>
        <translation>après le down de %1</translation>
    </message>
    <message>
        <source>%1's up fails when run again after its down: %2</source>
        <translation>le up de %1 échoue lorsqu'il est exécuté à nouveau après son down : %2</translation>
    </message>
    <message>
        <source>the round trips after %1 were not run: its up failed when run again after its down, and this engine cannot roll DDL back to where the up left it</source>
        <translation>les allers-retours après %1 n'ont pas été exécutés : son up a échoué à nouveau après son down, et ce moteur ne peut pas annuler le DDL jusqu'à l'état laissé par le up</translation>
    </message>
    <message numerus="yes">
        <source>%1's down changes %n row(s) of %2</source>
        <translation>
            <numerusform>le down de %1 modifie %n ligne de %2</numerusform>
            <numerusform>le down de %1 modifie %n lignes de %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1's down loses %n row(s) of %2 and leaves others in their place</source>
        <translation>
            <numerusform>le down de %1 perd %n ligne de %2 et en laisse d'autres à sa place</numerusform>
            <numerusform>le down de %1 perd %n lignes de %2 et en laisse d'autres à leur place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1's down loses %n row(s) of %2</source>
        <translation>
            <numerusform>le down de %1 perd %n ligne de %2</numerusform>
            <numerusform>le down de %1 perd %n lignes de %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1's down leaves %n row(s) added to %2</source>
        <translation>
            <numerusform>le down de %1 laisse %n ligne ajoutée à %2</numerusform>
            <numerusform>le down de %1 laisse %n lignes ajoutées à %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the rows of %1 are not compared through the round trip: %2</source>
        <translation>les lignes de %1 ne sont pas comparées pendant l'aller-retour : %2</translation>
    </message>
    <message>
        <source>the rows of %1 are not compared through the round trip: more than %2 rows</source>
        <translation>les lignes de %1 ne sont pas comparées pendant l'aller-retour : plus de %2 lignes</translation>
    </message>
    <message>
        <source>the database's write lock</source>
        <translation>le verrou d'écriture de la base</translation>
    </message>
    <message numerus="yes">
        <source>not measured on rows: %1 holds %n row(s) on the target, none in the dry run's copy (%2 there)</source>
        <translation>
            <numerusform>non mesuré sur des lignes : %1 a %n ligne sur la cible, aucune dans la copie de l'essai (%2 là)</numerusform>
            <numerusform>non mesuré sur des lignes : %1 a %n lignes sur la cible, aucune dans la copie de l'essai (%2 là)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>estimated %1 on %2 (%n row(s))</source>
        <translation>
            <numerusform>estimé %1 sur %2 (%n ligne)</numerusform>
            <numerusform>estimé %1 sur %2 (%n lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>estimated %1 holding %2 on %3 (%n row(s))</source>
        <translation>
            <numerusform>estimé %1 en tenant %2 sur %3 (%n ligne)</numerusform>
            <numerusform>estimé %1 en tenant %2 sur %3 (%n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>at least %1 on the target's data (the dry run's copy held no rows)</source>
        <translation>au moins %1 sur les données de la cible (la copie de l'essai n'avait aucune ligne)</translation>
    </message>
    <message>
        <source>about %1 on the target's data</source>
        <translation>environ %1 sur les données de la cible</translation>
    </message>
    <message>
        <source>%1 statement %2 (%3): %4</source>
        <translation>%1 instruction %2 (%3) : %4</translation>
    </message>
    <message>
        <source>%1 on %2: %3 while the statement runs, and waits for every open transaction that used %2 while later queries on it wait behind (%4 ms in the dry run)</source>
        <translation>%1 sur %2 : %3 pendant l'instruction, et attend chaque transaction ouverte qui a utilisé %2 pendant que les requêtes suivantes sur elle attendent derrière (%4 ms pendant l'essai)</translation>
    </message>
    <message>
        <source>%1 on %2: %3 while the statement runs (%4 ms in the dry run)</source>
        <translation>%1 sur %2 : %3 pendant l'instruction (%4 ms pendant l'essai)</translation>
    </message>
    <message>
        <source>ALGORITHM=INSTANT: the server changes only the table's definition</source>
        <translation>ALGORITHM=INSTANT : le serveur ne change que la définition de la table</translation>
    </message>
    <message>
        <source>ALGORITHM=COPY: the server copies the table row by row; writes wait while it runs</source>
        <translation>ALGORITHM=COPY : le serveur copie la table ligne par ligne ; les écritures attendent pendant ce temps</translation>
    </message>
    <message>
        <source>the statement names its own ALGORITHM or LOCK</source>
        <translation>l'instruction indique elle-même son ALGORITHM ou son LOCK</translation>
    </message>
    <message>
        <source>done in place without rebuilding the table</source>
        <translation>fait sur place sans reconstruire la table</translation>
    </message>
    <message>
        <source>done in place</source>
        <translation>fait sur place</translation>
    </message>
    <message>
        <source>reads and writes go on while it runs</source>
        <translation>lectures et écritures continuent pendant ce temps</translation>
    </message>
    <message>
        <source>writes wait while it runs</source>
        <translation>les écritures attendent pendant ce temps</translation>
    </message>
    <message>
        <source>reads and writes wait while it runs</source>
        <translation>lectures et écritures attendent pendant ce temps</translation>
    </message>
    <message>
        <source>ALGORITHM=%1: %2; %3</source>
        <translation>ALGORITHM=%1 : %2 ; %3</translation>
    </message>
    <message>
        <source>estimated %1 on %2 (rows unknown)</source>
        <translation>estimé %1 sur %2 (lignes inconnues)</translation>
    </message>
    <message>
        <source>estimated %1 holding %2 on %3 (rows unknown)</source>
        <translation>estimé %1 en tenant %2 sur %3 (lignes inconnues)</translation>
    </message>
    <message>
        <source>no rows of the target were copied into the scratch database: %1</source>
        <translation>aucune ligne de la cible n'a été copiée dans la base de travail : %1</translation>
    </message>
    <message numerus="yes">
        <source>the scratch database holds the first rows of %n table(s) the plan names, copied from the target</source>
        <translation>
            <numerusform>la base de travail contient les premières lignes de %n table nommée par le plan, copiées depuis la cible</numerusform>
            <numerusform>la base de travail contient les premières lignes de %n tables nommées par le plan, copiées depuis la cible</numerusform>
        </translation>
    </message>
    <message>
        <source>rehearsed on a copy of the target's schema holding only the first rows of the tables the plan names, so failures that depend on the other rows (a unique index over duplicates, NOT NULL over NULLs, a cast that fails) may not show; the timings are scaled from those rows to the target's (pg_class)</source>
        <translation>répété sur une copie du schéma de la cible ne contenant que les premières lignes des tables nommées par le plan : les échecs qui dépendent des autres lignes (un index unique sur des doublons, NOT NULL sur des NULL, une conversion qui échoue) peuvent ne pas apparaître ; les durées sont extrapolées de ces lignes à celles de la cible (pg_class)</translation>
    </message>
    <message numerus="yes">
        <source>the dry run stopped after %n migration(s) of %1: %2</source>
        <translation>
            <numerusform>l’essai à blanc s’est arrêté après %n migration sur %1 : %2</numerusform>
            <numerusform>l’essai à blanc s’est arrêté après %n migrations sur %1 : %2</numerusform>
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
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>in %1 with %2</source>
        <translation>en %1 avec %2</translation>
    </message>
    <message>
        <source>in %1 with %2 (%3)</source>
        <translation>en %1 avec %2 (%3)</translation>
    </message>
    <message>
        <source>Restore with</source>
        <translation>Restaurer avec</translation>
    </message>
    <message>
        <source>Rehearsed on</source>
        <translation>Répété sur</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Ran</source>
        <translation>Exécuté</translation>
    </message>
    <message>
        <source>Schema change</source>
        <translation>Changement de schéma</translation>
    </message>
    <message>
        <source>Down steps run</source>
        <translation>Étapes down exécutées</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Non restauré</translation>
    </message>
    <message>
        <source>Rollback of %1</source>
        <translation>Retour arrière de %1</translation>
    </message>
    <message>
        <source>Estimated duration</source>
        <translation>Durée estimée</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>rows unknown</source>
        <translation>lignes inconnues</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, d'après %2</translation>
    </message>
    <message>
        <source>Destructive</source>
        <translation>Destructif</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>non validé</translation>
    </message>
    <message>
        <source>Rewrites a table</source>
        <translation>Réécrit une table</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Dérive</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
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
        <translation>validé par %1 le %2</translation>
    </message>
    <message>
        <source>acknowledged by %1 at %2: %3</source>
        <translation>validé par %1 le %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) in %1</source>
        <translation>
            <numerusform>%n étape en %1</numerusform>
            <numerusform>%n étapes en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 ligne</numerusform>
            <numerusform>%1 lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>périmé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>apply the up script again</source>
        <translation>appliquer à nouveau le script up</translation>
    </message>
    <message>
        <source>down script</source>
        <translation>script down</translation>
    </message>
    <message>
        <source>down script; written: %1</source>
        <translation>script down ; écrit : %1</translation>
    </message>
    <message>
        <source>manual: %1</source>
        <translation>manuel : %1</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>La plus longue</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
</context>
<context>
    <name>Executor</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: cannot read the history: %2</source>
        <translation>%1 : impossible de lire l'historique : %2</translation>
    </message>
    <message>
        <source>%1: cannot create the history tables: %2</source>
        <translation>%1 : impossible de créer les tables d'historique : %2</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>annulé avant de commencer</translation>
    </message>
    <message>
        <source>cannot take the write lock: %1</source>
        <translation>impossible de prendre le verrou d'écriture : %1</translation>
    </message>
    <message>
        <source>cannot create the history tables: %1</source>
        <translation>impossible de créer les tables d'historique : %1</translation>
    </message>
    <message>
        <source>cannot read the history: %1</source>
        <translation>impossible de lire l'historique : %1</translation>
    </message>
    <message>
        <source>already applied (by another run)</source>
        <translation>déjà appliquée (par une autre exécution)</translation>
    </message>
    <message>
        <source>already rolled back (by another run)</source>
        <translation>déjà annulée (par une autre exécution)</translation>
    </message>
    <message>
        <source>cancelled before statement %1 of %2; rolled back</source>
        <translation>annulé avant l'instruction %1 sur %2 ; annulé en bloc</translation>
    </message>
    <message>
        <source>cancelled while statement %1 of %2 at %3 ran (%4); rolled back</source>
        <translation>annulé pendant l'instruction %1 sur %2 à %3 (%4) ; annulé en bloc</translation>
    </message>
    <message>
        <source>statement %1 of %2 at %3 failed: %4; the migration was rolled back</source>
        <translation>l'instruction %1 sur %2 à %3 a échoué : %4 ; la migration a été annulée</translation>
    </message>
    <message>
        <source>cannot write the history: %1</source>
        <translation>impossible d'écrire l'historique : %1</translation>
    </message>
    <message>
        <source>commit failed: %1</source>
        <translation>échec du commit : %1</translation>
    </message>
    <message>
        <source>none of its statements ran</source>
        <translation>aucune de ses instructions n'a été exécutée</translation>
    </message>
    <message>
        <source>statement 1 ran and stays applied</source>
        <translation>l'instruction 1 a été exécutée et reste appliquée</translation>
    </message>
    <message>
        <source>statements 1 to %1 ran and stay applied</source>
        <translation>les instructions 1 à %1 ont été exécutées et restent appliquées</translation>
    </message>
    <message>
        <source>%1 (statement %2 of %3)</source>
        <translation>%1 (instruction %2 sur %3)</translation>
    </message>
    <message>
        <source>statement %1 of %2 failed at %3</source>
        <translation>l'instruction %1 sur %2 à %3 a échoué</translation>
    </message>
    <message>
        <source>%1; this migration runs without a transaction: %2</source>
        <translation>%1 ; cette migration s'exécute sans transaction : %2</translation>
    </message>
    <message>
        <source>cannot record the progress: %1</source>
        <translation>impossible d'enregistrer la progression : %1</translation>
    </message>
    <message>
        <source>cancelled while it ran at %1: %2</source>
        <translation>annulé pendant l'exécution à %1 : %2</translation>
    </message>
    <message>
        <source>all statements ran, but the history could not be written: %1</source>
        <translation>toutes les instructions ont été exécutées, mais l'historique n'a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>%1 %2 has not failed: there is nothing to repair</source>
        <translation>%1 %2 n'a pas échoué : il n'y a rien à réparer</translation>
    </message>
    <message>
        <source>marked applied; statements %1 to %2 were not run by Godwit</source>
        <translation>marquée comme appliquée ; les instructions %1 à %2 n'ont pas été exécutées par Godwit</translation>
    </message>
    <message>
        <source>%1 %2 has no down script</source>
        <translation>%1 %2 n'a pas de script down</translation>
    </message>
    <message>
        <source>retry from statement %1: the migration has statements 1 to %2</source>
        <translation>reprise à l'instruction %1 : la migration a les instructions 1 à %2</translation>
    </message>
    <message>
        <source>statement %1 failed: a retry can start there or earlier, not at %2</source>
        <translation>l'instruction %1 a échoué : une reprise peut commencer là ou avant, pas à %2</translation>
    </message>
    <message>
        <source>statement %1 at %2</source>
        <translation>instruction %1 à %2</translation>
    </message>
    <message>
        <source>the statements before %1 changed since they ran, so what the database holds is not what the file says:
  %2</source>
        <translation>les instructions avant %1 ont changé depuis leur exécution ; ce que contient la base n'est pas ce que dit le fichier :
  %2</translation>
    </message>
    <message>
        <source>%1; statements %2 to %3 were rolled back with the script's own transaction</source>
        <translation>%1 ; les instructions %2 à %3 ont été annulées avec la transaction propre au script</translation>
    </message>
    <message>
        <source>%1; the migration was rolled back</source>
        <translation>%1 ; la migration a été annulée</translation>
    </message>
    <message>
        <source>%1; the migration was rolled back, but its history row could not be restored: %2</source>
        <translation>%1 ; la migration a été annulée, mais sa ligne d'historique n'a pas pu être rétablie : %2</translation>
    </message>
    <message>
        <source>%1: the script ends inside the transaction this statement began, which was rolled back</source>
        <translation>%1 : le script se termine à l'intérieur de la transaction ouverte par cette instruction, qui a été annulée</translation>
    </message>
    <message>
        <source>%1; its history row could not be marked failed (it still says started): %2</source>
        <translation>%1 ; sa ligne d’historique n’a pas pu être marquée en échec (elle indique toujours « started ») : %2</translation>
    </message>
    <message>
        <source>its own BEGIN … COMMIT was taken as the migration's transaction: the statements and the history row were committed together</source>
        <translation>son propre BEGIN … COMMIT a été pris comme transaction de la migration : les instructions et la ligne d'historique ont été validées ensemble</translation>
    </message>
    <message>
        <source>%1 %2 is a code migration: the application runs it, Godwit cannot</source>
        <translation>%1 %2 est une migration en code : l'application l'exécute, Godwit ne le peut pas</translation>
    </message>
    <message>
        <source>%1 %2 is in the history already (%3)</source>
        <translation>%1 %2 est déjà dans l'historique (%3)</translation>
    </message>
    <message>
        <source>marked applied: the application ran %1</source>
        <translation>marquée appliquée : l'application a exécuté %1</translation>
    </message>
    <message>
        <source>recorded as applied; Godwit did not run it</source>
        <translation>inscrite comme appliquée ; Godwit ne l'a pas exécutée</translation>
    </message>
    <message>
        <source>%1 %2 is a code migration: the application runs it; once it has, mark it applied</source>
        <translation>%1 %2 est une migration de code : l'application l'exécute ; une fois fait, marquez-la appliquée</translation>
    </message>
    <message>
        <source>only %1's table records that %2 %3 failed, not which of its statements ran: put the database right by hand, then mark it applied</source>
        <translation>seule la table de %1 indique que %2 %3 a échoué, pas lesquelles de ses instructions ont tourné : remettez la base en ordre à la main, puis marquez-la appliquée</translation>
    </message>
    <message>
        <source>marked applied; %1's table no longer says it failed</source>
        <translation>marquée appliquée ; la table de %1 n'indique plus d'échec</translation>
    </message>
    <message>
        <source>%1: nothing ran: %2</source>
        <translation>%1 : rien n’a été exécuté : %2</translation>
    </message>
    <message>
        <source>%1 %2 is not applied in Godwit's history: there is nothing to write to the other tool's table</source>
        <translation>%1 %2 n’est pas appliquée dans l’historique de Godwit : il n’y a rien à écrire dans la table de l’autre outil</translation>
    </message>
    <message>
        <source>cannot write %1's table: %2</source>
        <translation>impossible d’écrire la table de %1 : %2</translation>
    </message>
    <message>
        <source>recorded in %1 as %2 would; Godwit applied it before</source>
        <translation>inscrite dans %1 comme %2 le ferait ; Godwit l’avait appliquée avant</translation>
    </message>
</context>
<context>
    <name>FolderReader</name>
    <message>
        <source>a directory, not a file</source>
        <translation>un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>a FIFO, not a regular file</source>
        <translation>une FIFO, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>a socket, not a regular file</source>
        <translation>un socket, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>a device, not a regular file</source>
        <translation>un périphérique, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>a symbolic link loop</source>
        <translation>une boucle de liens symboliques</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>a dangling symbolic link to %1</source>
        <translation>un lien symbolique brisé vers %1</translation>
    </message>
    <message>
        <source>no such file (it was removed while the folder was read)</source>
        <translation>fichier introuvable (il a été supprimé pendant la lecture du dossier)</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>golang-migrate naming (NNN_name.up.sql / NNN_name.down.sql)</source>
        <translation>nommage golang-migrate (NNN_nom.up.sql / NNN_nom.down.sql)</translation>
    </message>
    <message>
        <source>Flyway naming (V1__desc.sql, U1__desc.sql, R__desc.sql)</source>
        <translation>nommage Flyway (V1__desc.sql, U1__desc.sql, R__desc.sql)</translation>
    </message>
    <message>
        <source>dbmate files (-- migrate:up / -- migrate:down)</source>
        <translation>fichiers dbmate (-- migrate:up / -- migrate:down)</translation>
    </message>
    <message>
        <source>goose SQL annotations (-- +goose Up / Down)</source>
        <translation>annotations SQL goose (-- +goose Up / Down)</translation>
    </message>
    <message>
        <source>paired files (NNN_desc.sql + NNN_desc_down.sql)</source>
        <translation>paires de fichiers (NNN_desc.sql + NNN_desc_down.sql)</translation>
    </message>
    <message>
        <source>single files with -- UP / -- DOWN sections</source>
        <translation>fichiers uniques avec des sections -- UP / -- DOWN</translation>
    </message>
    <message>
        <source>diesel folders (TIMESTAMP_name/up.sql + down.sql)</source>
        <translation>dossiers diesel (HORODATAGE_nom/up.sql + down.sql)</translation>
    </message>
    <message>
        <source>the naming pattern in godwit.json</source>
        <translation>le motif de nommage de godwit.json</translation>
    </message>
    <message>
        <source>no known format</source>
        <translation>aucun format connu</translation>
    </message>
    <message>
        <source>Prisma Migrate folders (NAME/migration.sql, migration_lock.toml)</source>
        <translation>dossiers Prisma Migrate (NOM/migration.sql, migration_lock.toml)</translation>
    </message>
    <message>
        <source>a sqitch project (sqitch.plan with deploy/, revert/, verify/)</source>
        <translation>un projet sqitch (sqitch.plan avec deploy/, revert/, verify/)</translation>
    </message>
    <message>
        <source>Alembic revisions (versions/*.py), applied with Alembic</source>
        <translation>révisions Alembic (versions/*.py), appliquées avec Alembic</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <source>deployment %1 has run already: start a new one</source>
        <translation>le déploiement %1 a déjà été exécuté : démarrez-en un nouveau</translation>
    </message>
    <message>
        <source>the plan (%1) is not the one deployment %2 reviewed (%3): the folder or the target changed</source>
        <translation>le plan (%1) n'est pas celui qu'a examiné le déploiement %2 (%3) : le dossier ou la cible a changé</translation>
    </message>
    <message>
        <source>deployment %1's required items are not done for this plan: %2</source>
        <translation>les éléments requis du déploiement %1 ne sont pas faits pour ce plan : %2</translation>
    </message>
    <message>
        <source>roll back</source>
        <translation>le retour arrière</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>la réparation</translation>
    </message>
    <message>
        <source>passed on a reason, without: %1</source>
        <translation>passé sur justification, sans : %1</translation>
    </message>
    <message>
        <source>the typed name</source>
        <translation>le nom saisi</translation>
    </message>
    <message>
        <source>confirmed by typing the profile's name</source>
        <translation>confirmé par la saisie du nom du profil</translation>
    </message>
    <message>
        <source>deployment %1 overridden in its record, without: %2</source>
        <translation>déploiement %1 contourné dans son enregistrement, sans : %2</translation>
    </message>
    <message>
        <source>deployment %1's required items done</source>
        <translation>éléments requis du déploiement %1 faits</translation>
    </message>
    <message>
        <source>; the profile's name typed</source>
        <translation> ; nom du profil saisi</translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation>par %1 : %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>no deployment under way on production profile %1</source>
        <translation>aucun déploiement en cours sur le profil de production %1</translation>
    </message>
    <message>
        <source>%1 on production profile %2 needs the profile's name typed by a person, or a reason to pass without one</source>
        <translation>%1 sur le profil de production %2 exige le nom du profil saisi par une personne, ou, sans elle, une raison</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>%1: cannot read the history: %2</source>
        <translation>%1 : impossible de lire l'historique : %2</translation>
    </message>
    <message>
        <source>cannot make %1 append-only: %2</source>
        <translation>impossible de rendre %1 append-only : %2</translation>
    </message>
</context>
<context>
    <name>Introspection</name>
    <message>
        <source>%1: cannot read the schema: %2</source>
        <translation>%1 : impossible de lire le schéma : %2</translation>
    </message>
</context>
<context>
    <name>JsonTree</name>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
</context>
<context>
    <name>Lint</name>
    <message>
        <source>"%1…" is %2 bytes; PostgreSQL keeps 63</source>
        <translation>« %1… » fait %2 octets ; PostgreSQL en garde 63</translation>
    </message>
    <message>
        <source>%1.%2 is char(n)</source>
        <translation>%1.%2 est char(n)</translation>
    </message>
    <message>
        <source>%1.%2 is %3</source>
        <translation>%1.%2 est %3</translation>
    </message>
    <message>
        <source>%1.%2 is a 32-bit primary key</source>
        <translation>%1.%2 est une clé primaire sur 32 bits</translation>
    </message>
    <message>
        <source>%1.%2 is %3 without time zone</source>
        <translation>%1.%2 est %3 sans fuseau horaire</translation>
    </message>
    <message>
        <source>drops column %1.%2</source>
        <translation>supprime la colonne %1.%2</translation>
    </message>
    <message>
        <source>drops constraint %1 on %2</source>
        <translation>supprime la contrainte %1 sur %2</translation>
    </message>
    <message>
        <source>changes the type of %1.%2 to %3: PostgreSQL rewrites the table unless the new type is binary-compatible</source>
        <translation>change le type de %1.%2 en %3 : PostgreSQL réécrit la table sauf si le nouveau type est compatible en binaire</translation>
    </message>
    <message>
        <source>sets %1.%2 NOT NULL</source>
        <translation>rend %1.%2 NOT NULL</translation>
    </message>
    <message>
        <source>adds %1.%2 with a volatile default</source>
        <translation>ajoute %1.%2 avec une valeur par défaut volatile</translation>
    </message>
    <message>
        <source>adds %1.%2 NOT NULL without a default</source>
        <translation>ajoute %1.%2 NOT NULL sans valeur par défaut</translation>
    </message>
    <message>
        <source>adds foreign key %1 on %2 and validates it at once</source>
        <translation>ajoute la clé étrangère %1 sur %2 et la valide immédiatement</translation>
    </message>
    <message>
        <source>adds check %1 on %2 and validates it at once</source>
        <translation>ajoute le check %1 sur %2 et le valide immédiatement</translation>
    </message>
    <message>
        <source>adds %1 on %2 with a blocking index build</source>
        <translation>ajoute %1 sur %2 avec une construction d'index bloquante</translation>
    </message>
    <message>
        <source> without CONCURRENTLY</source>
        <translation> sans CONCURRENTLY</translation>
    </message>
    <message>
        <source>drops %1</source>
        <translation>supprime %1</translation>
    </message>
    <message>
        <source>DROP INDEX CONCURRENTLY inside BEGIN … COMMIT</source>
        <translation>DROP INDEX CONCURRENTLY à l'intérieur de BEGIN … COMMIT</translation>
    </message>
    <message>
        <source>drops database %1</source>
        <translation>supprime la base de données %1</translation>
    </message>
    <message>
        <source>empties %1%2</source>
        <translation>vide %1%2</translation>
    </message>
    <message>
        <source> and every table referencing it</source>
        <translation> et toutes les tables qui y font référence</translation>
    </message>
    <message>
        <source>deletes every row of %1</source>
        <translation>supprime toutes les lignes de %1</translation>
    </message>
    <message>
        <source>updates every row of %1</source>
        <translation>modifie toutes les lignes de %1</translation>
    </message>
    <message>
        <source>renames table %1 to %2</source>
        <translation>renomme la table %1 en %2</translation>
    </message>
    <message>
        <source>renames column %1.%2 to %3</source>
        <translation>renomme la colonne %1.%2 en %3</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY inside BEGIN … COMMIT</source>
        <translation>CREATE INDEX CONCURRENTLY à l'intérieur de BEGIN … COMMIT</translation>
    </message>
    <message>
        <source>builds index %1 on %2 while writes wait</source>
        <translation>construit l'index %1 sur %2 pendant que les écritures attendent</translation>
    </message>
    <message>
        <source>adds '%1' to %2 at the end</source>
        <translation>ajoute '%1' à la fin de %2</translation>
    </message>
    <message>
        <source>%1 inside a migration Godwit runs in a transaction</source>
        <translation>%1 dans une migration que Godwit exécute dans une transaction</translation>
    </message>
    <message>
        <source>INSTANT from MariaDB %1</source>
        <translation>INSTANT à partir de MariaDB %1</translation>
    </message>
    <message>
        <source>INSTANT from MySQL %1</source>
        <translation>INSTANT à partir de MySQL %1</translation>
    </message>
    <message>
        <source>INSTANT from MySQL %1 and MariaDB %2</source>
        <translation>INSTANT à partir de MySQL %1 et de MariaDB %2</translation>
    </message>
    <message>
        <source>the server's version is unknown: name it with lint.server in godwit.json or lint against the target</source>
        <translation>la version du serveur est inconnue : indiquez-la avec lint.server dans godwit.json ou analysez par rapport à la cible</translation>
    </message>
    <message>
        <source>%1 is refused for %2 on %3: the ALTER fails</source>
        <translation>%1 est refusé pour %2 sur %3 : l'ALTER échoue</translation>
    </message>
    <message>
        <source>%1 is refused for %2 on every MySQL and MariaDB version: the ALTER fails</source>
        <translation>%1 est refusé pour %2 sur toutes les versions de MySQL et de MariaDB : l'ALTER échoue</translation>
    </message>
    <message>
        <source>older servers</source>
        <translation>les serveurs plus anciens</translation>
    </message>
    <message>
        <source>ALGORITHM=COPY copies %1: writes wait for the whole copy</source>
        <translation>ALGORITHM=COPY copie %1 : les écritures attendent toute la copie</translation>
    </message>
    <message>
        <source>%1 copies %2 on %3: writes wait for the whole copy</source>
        <translation>%1 copie %2 sur %3 : les écritures attendent toute la copie</translation>
    </message>
    <message>
        <source>%1 rebuilds %2 on %3 and blocks writes meanwhile</source>
        <translation>%1 reconstruit %2 sur %3 et bloque les écritures pendant ce temps</translation>
    </message>
    <message>
        <source>%1 rebuilds %2 in place on %3: writes go on, but it takes time and disk space in proportion to the table</source>
        <translation>%1 reconstruit %2 sur place sur %3 : les écritures continuent, mais cela prend du temps et de l'espace disque en proportion de la table</translation>
    </message>
    <message>
        <source>INSTANT from %1</source>
        <translation>INSTANT à partir de %1</translation>
    </message>
    <message>
        <source>drops %1 %2</source>
        <translation>supprime %1 %2</translation>
    </message>
    <message>
        <source>empties %1</source>
        <translation>vide %1</translation>
    </message>
    <message>
        <source>drops index %1 on %2</source>
        <translation>supprime l'index %1 sur %2</translation>
    </message>
    <message>
        <source>drops %1 %2 on %3</source>
        <translation>supprime %1 %2 sur %3</translation>
    </message>
    <message>
        <source>redefines column %1.%2</source>
        <translation>redéfinit la colonne %1.%2</translation>
    </message>
    <message>
        <source>SQLite cannot %1 on %2</source>
        <translation>SQLite ne sait pas faire %1 sur %2</translation>
    </message>
    <message>
        <source>SQLite cannot add a %1 column to %2</source>
        <translation>SQLite ne peut pas ajouter de colonne %1 à %2</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>libpg_query does not parse it (%1): not analysed</source>
        <translation>libpg_query ne l'analyse pas (%1) : non analysée</translation>
    </message>
    <message>
        <source>BEGIN is never committed in this script</source>
        <translation>le BEGIN n'est jamais validé dans ce script</translation>
    </message>
    <message>
        <source>takes a strong lock with no lock timeout set in the script or the project</source>
        <translation>prend un verrou fort sans délai d'attente de verrou défini dans le script ou le projet</translation>
    </message>
    <message>
        <source>takes a strong lock with no statement timeout set</source>
        <translation>prend un verrou fort sans délai d'exécution défini</translation>
    </message>
    <message>
        <source>%1/godwit.json: lint.server: "%2" is not a MySQL or MariaDB version such as "mysql 8.0.35" or "mariadb 10.11"</source>
        <translation>%1/godwit.json : lint.server : « %2 » n'est pas une version de MySQL ou de MariaDB comme « mysql 8.0.35 » ou « mariadb 10.11 »</translation>
    </message>
    <message>
        <source>%1/godwit.json: lint.rules: unknown rule "%2"</source>
        <translation>%1/godwit.json : lint.rules : règle inconnue « %2 »</translation>
    </message>
    <message>
        <source>%1/godwit.json: lint.rules.%2: "%3" is not off, info, warning or error</source>
        <translation>%1/godwit.json : lint.rules.%2 : « %3 » n'est ni off, ni info, ni warning, ni error</translation>
    </message>
    <message>
        <source>%1 %2 has no down script</source>
        <translation>%1 %2 n'a pas de script down</translation>
    </message>
    <message>
        <source>narrows %1.%2 from %3 to %4: possible data loss</source>
        <translation>restreint %1.%2 de %3 à %4 : perte de données possible</translation>
    </message>
    <message>
        <source>Instead: %1</source>
        <translation>À la place : %1</translation>
    </message>
    <message>
        <source>%1: rows unknown</source>
        <translation>%1 : lignes inconnues</translation>
    </message>
    <message>
        <source>will fail: %1 has rows</source>
        <translation>échouera : %1 contient des lignes</translation>
    </message>
    <message>
        <source>will fail: %1 duplicate (%2) values, e.g. %3</source>
        <translation>échouera : %1 valeurs (%2) en double, p. ex. %3</translation>
    </message>
    <message>
        <source>will fail: %1 values of %2.%3 do not fit the new type</source>
        <translation>échouera : %1 valeurs de %2.%3 n'entrent pas dans le nouveau type</translation>
    </message>
    <message>
        <source>the reversibility check of %1 could not run: %2</source>
        <translation>la vérification de réversibilité de %1 n'a pas pu s'exécuter : %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: ~%2 row(s)</source>
        <translation>
            <numerusform>%1 : ~%2 ligne</numerusform>
            <numerusform>%1 : ~%2 lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>will fail: %1 row(s) of %2 have NULL in %3</source>
        <translation>
            <numerusform>échouera : %1 ligne de %2 a NULL dans %3</numerusform>
            <numerusform>échouera : %1 lignes de %2 ont NULL dans %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LintRules</name>
    <message>
        <source>drop table</source>
        <translation>suppression de table</translation>
    </message>
    <message>
        <source>the table and every row in it are gone; a running application that still reads it fails</source>
        <translation>la table et toutes ses lignes disparaissent ; une application en cours qui la lit encore échoue</translation>
    </message>
    <message>
        <source>contract last: stop every reader and writer first, keep a backup, rename the table away for a release before dropping it</source>
        <translation>à retirer en dernier : arrêtez d'abord tous les lecteurs et écrivains, gardez une sauvegarde, renommez la table le temps d'une version avant de la supprimer</translation>
    </message>
    <message>
        <source>drop column</source>
        <translation>suppression de colonne</translation>
    </message>
    <message>
        <source>the column's data is gone, and code that still selects or inserts it fails at once</source>
        <translation>les données de la colonne disparaissent, et le code qui la sélectionne ou l'insère encore échoue aussitôt</translation>
    </message>
    <message>
        <source>expand → backfill → contract: deploy code that no longer uses the column, then drop it in a later migration</source>
        <translation>étendre → remplir → contracter : déployez du code qui n'utilise plus la colonne, puis supprimez-la dans une migration ultérieure</translation>
    </message>
    <message>
        <source>drop database</source>
        <translation>suppression de base de données</translation>
    </message>
    <message>
        <source>everything in the database is gone</source>
        <translation>tout le contenu de la base disparaît</translation>
    </message>
    <message>
        <source>do not drop databases from a migration; do it by hand, after a backup</source>
        <translation>ne supprimez pas de base depuis une migration ; faites-le à la main, après une sauvegarde</translation>
    </message>
    <message>
        <source>drop schema</source>
        <translation>suppression de schéma</translation>
    </message>
    <message>
        <source>every object in the schema, and its data, is gone</source>
        <translation>chaque objet du schéma et ses données disparaissent</translation>
    </message>
    <message>
        <source>drop the objects one by one in a contract step, after their readers are gone</source>
        <translation>supprimez les objets un par un lors d'une étape de contraction, une fois leurs lecteurs partis</translation>
    </message>
    <message>
        <source>drop index</source>
        <translation>suppression d'index</translation>
    </message>
    <message>
        <source>queries that used the index slow down; a plain DROP INDEX on PostgreSQL takes an ACCESS EXCLUSIVE lock on the table</source>
        <translation>les requêtes qui utilisaient l'index ralentissent ; un simple DROP INDEX sur PostgreSQL prend un verrou ACCESS EXCLUSIVE sur la table</translation>
    </message>
    <message>
        <source>check the index is unused (pg_stat_user_indexes.idx_scan); on PostgreSQL use DROP INDEX CONCURRENTLY</source>
        <translation>vérifiez que l'index est inutilisé (pg_stat_user_indexes.idx_scan) ; sur PostgreSQL utilisez DROP INDEX CONCURRENTLY</translation>
    </message>
    <message>
        <source>drop view</source>
        <translation>suppression de vue</translation>
    </message>
    <message>
        <source>readers of the view fail</source>
        <translation>les lecteurs de la vue échouent</translation>
    </message>
    <message>
        <source>drop it once nothing reads it; re-create with CREATE OR REPLACE VIEW where the columns stay</source>
        <translation>supprimez-la quand plus rien ne la lit ; recréez-la avec CREATE OR REPLACE VIEW si les colonnes restent</translation>
    </message>
    <message>
        <source>drop function or procedure</source>
        <translation>suppression de fonction ou de procédure</translation>
    </message>
    <message>
        <source>callers, triggers and defaults that use it fail</source>
        <translation>les appelants, déclencheurs et valeurs par défaut qui l'utilisent échouent</translation>
    </message>
    <message>
        <source>drop it once nothing calls it</source>
        <translation>supprimez-la quand plus rien ne l'appelle</translation>
    </message>
    <message>
        <source>drop type</source>
        <translation>suppression de type</translation>
    </message>
    <message>
        <source>columns and functions using the type must go first</source>
        <translation>les colonnes et fonctions qui utilisent le type doivent partir d'abord</translation>
    </message>
    <message>
        <source>drop it in a contract step after its users</source>
        <translation>supprimez-le lors d'une étape de contraction, après ses utilisateurs</translation>
    </message>
    <message>
        <source>drop constraint</source>
        <translation>suppression de contrainte</translation>
    </message>
    <message>
        <source>the rule it enforced no longer holds; bad rows can arrive from then on</source>
        <translation>la règle qu'elle imposait ne tient plus ; des lignes incorrectes peuvent arriver dès lors</translation>
    </message>
    <message>
        <source>make sure the application enforces what the constraint did, or replace it first</source>
        <translation>assurez-vous que l'application impose ce que faisait la contrainte, ou remplacez-la d'abord</translation>
    </message>
    <message>
        <source>truncate</source>
        <translation>truncate</translation>
    </message>
    <message>
        <source>every row of the table is gone, without a trace in triggers</source>
        <translation>toutes les lignes de la table disparaissent, sans trace dans les déclencheurs</translation>
    </message>
    <message>
        <source>delete what you mean with a WHERE, in batches; keep a backup</source>
        <translation>supprimez ce que vous visez avec un WHERE, par lots ; gardez une sauvegarde</translation>
    </message>
    <message>
        <source>truncate cascade</source>
        <translation>truncate cascade</translation>
    </message>
    <message>
        <source>CASCADE also empties every table that references this one, which the statement does not name</source>
        <translation>CASCADE vide aussi toutes les tables qui référencent celle-ci, que l'instruction ne nomme pas</translation>
    </message>
    <message>
        <source>name the tables to empty; never CASCADE in a migration</source>
        <translation>nommez les tables à vider ; jamais de CASCADE dans une migration</translation>
    </message>
    <message>
        <source>DELETE without WHERE</source>
        <translation>DELETE sans WHERE</translation>
    </message>
    <message>
        <source>every row of the table is deleted</source>
        <translation>toutes les lignes de la table sont supprimées</translation>
    </message>
    <message>
        <source>add the WHERE you mean; delete in batches of a few thousand rows</source>
        <translation>ajoutez le WHERE voulu ; supprimez par lots de quelques milliers de lignes</translation>
    </message>
    <message>
        <source>UPDATE without WHERE</source>
        <translation>UPDATE sans WHERE</translation>
    </message>
    <message>
        <source>every row is rewritten in one transaction: the table is locked row by row for the whole run and bloats</source>
        <translation>chaque ligne est réécrite dans une seule transaction : la table est verrouillée ligne par ligne pendant toute l'exécution et gonfle</translation>
    </message>
    <message>
        <source>add a WHERE; backfill in batches (WHERE id BETWEEN …, or WHERE col IS NULL LIMIT …)</source>
        <translation>ajoutez un WHERE ; remplissez par lots (WHERE id BETWEEN …, ou WHERE col IS NULL LIMIT …)</translation>
    </message>
    <message>
        <source>rename table</source>
        <translation>renommage de table</translation>
    </message>
    <message>
        <source>code that uses the old name fails at once</source>
        <translation>le code qui utilise l'ancien nom échoue aussitôt</translation>
    </message>
    <message>
        <source>expand → contract: create a view under the new (or old) name, move readers, then rename</source>
        <translation>étendre → contracter : créez une vue sous le nouveau (ou l'ancien) nom, déplacez les lecteurs, puis renommez</translation>
    </message>
    <message>
        <source>rename column</source>
        <translation>renommage de colonne</translation>
    </message>
    <message>
        <source>expand → backfill → contract: add the new column, write both, backfill, move readers, drop the old</source>
        <translation>étendre → remplir → contracter : ajoutez la nouvelle colonne, écrivez les deux, remplissez, déplacez les lecteurs, supprimez l'ancienne</translation>
    </message>
    <message>
        <source>column type change</source>
        <translation>changement de type de colonne</translation>
    </message>
    <message>
        <source>the table is rewritten under an exclusive lock (PostgreSQL, MySQL COPY); a narrower type loses or rejects data</source>
        <translation>la table est réécrite sous un verrou exclusif (PostgreSQL, MySQL COPY) ; un type plus étroit perd ou refuse des données</translation>
    </message>
    <message>
        <source>add a column of the new type, backfill in batches, switch readers, drop the old column</source>
        <translation>ajoutez une colonne du nouveau type, remplissez par lots, basculez les lecteurs, supprimez l'ancienne colonne</translation>
    </message>
    <message>
        <source>NOT NULL column without a default</source>
        <translation>colonne NOT NULL sans valeur par défaut</translation>
    </message>
    <message>
        <source>fails on a table that has rows (PostgreSQL, SQLite), or fills them with an implicit value (MySQL)</source>
        <translation>échoue sur une table qui a des lignes (PostgreSQL, SQLite), ou les remplit d'une valeur implicite (MySQL)</translation>
    </message>
    <message>
        <source>add the column nullable, backfill, then add the NOT NULL; or give it a constant default</source>
        <translation>ajoutez la colonne nullable, remplissez-la, puis ajoutez le NOT NULL ; ou donnez-lui une valeur par défaut constante</translation>
    </message>
    <message>
        <source>SET NOT NULL</source>
        <translation>SET NOT NULL</translation>
    </message>
    <message>
        <source>the whole table is scanned under an ACCESS EXCLUSIVE lock to check for NULLs</source>
        <translation>toute la table est parcourue sous un verrou ACCESS EXCLUSIVE pour chercher des NULL</translation>
    </message>
    <message>
        <source>ADD CONSTRAINT … CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT; then SET NOT NULL (PostgreSQL 12+ uses the validated check and skips the scan)</source>
        <translation>ADD CONSTRAINT … CHECK (col IS NOT NULL) NOT VALID ; VALIDATE CONSTRAINT ; puis SET NOT NULL (PostgreSQL 12+ utilise le check validé et évite le parcours)</translation>
    </message>
    <message>
        <source>volatile default</source>
        <translation>valeur par défaut volatile</translation>
    </message>
    <message>
        <source>a column added with a volatile default (random(), clock_timestamp(), gen_random_uuid()…) rewrites the whole table under an exclusive lock</source>
        <translation>une colonne ajoutée avec une valeur par défaut volatile (random(), clock_timestamp(), gen_random_uuid()…) réécrit toute la table sous un verrou exclusif</translation>
    </message>
    <message>
        <source>add the column without a default, set the default, backfill in batches</source>
        <translation>ajoutez la colonne sans valeur par défaut, définissez la valeur par défaut, remplissez par lots</translation>
    </message>
    <message>
        <source>foreign key without NOT VALID</source>
        <translation>clé étrangère sans NOT VALID</translation>
    </message>
    <message>
        <source>adding it scans the table while blocking writes to both tables</source>
        <translation>l'ajout parcourt la table en bloquant les écritures sur les deux tables</translation>
    </message>
    <message>
        <source>ADD CONSTRAINT … NOT VALID, then VALIDATE CONSTRAINT in a later statement (a lighter lock)</source>
        <translation>ADD CONSTRAINT … NOT VALID, puis VALIDATE CONSTRAINT dans une instruction ultérieure (un verrou plus léger)</translation>
    </message>
    <message>
        <source>check constraint without NOT VALID</source>
        <translation>contrainte check sans NOT VALID</translation>
    </message>
    <message>
        <source>adding it scans the whole table under an ACCESS EXCLUSIVE lock</source>
        <translation>l'ajout parcourt toute la table sous un verrou ACCESS EXCLUSIVE</translation>
    </message>
    <message>
        <source>ADD CONSTRAINT … NOT VALID, then VALIDATE CONSTRAINT</source>
        <translation>ADD CONSTRAINT … NOT VALID, puis VALIDATE CONSTRAINT</translation>
    </message>
    <message>
        <source>unique constraint with a blocking index build</source>
        <translation>contrainte d'unicité avec construction d'index bloquante</translation>
    </message>
    <message>
        <source>the index behind it is built while writes to the table wait</source>
        <translation>l'index sous-jacent est construit pendant que les écritures sur la table attendent</translation>
    </message>
    <message>
        <source>CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … UNIQUE USING INDEX</source>
        <translation>CREATE UNIQUE INDEX CONCURRENTLY, puis ADD CONSTRAINT … UNIQUE USING INDEX</translation>
    </message>
    <message>
        <source>primary key with a blocking index build</source>
        <translation>clé primaire avec construction d'index bloquante</translation>
    </message>
    <message>
        <source>CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … PRIMARY KEY USING INDEX</source>
        <translation>CREATE UNIQUE INDEX CONCURRENTLY, puis ADD CONSTRAINT … PRIMARY KEY USING INDEX</translation>
    </message>
    <message>
        <source>index built without CONCURRENTLY</source>
        <translation>index construit sans CONCURRENTLY</translation>
    </message>
    <message>
        <source>writes to the table wait until the index is built</source>
        <translation>les écritures sur la table attendent que l'index soit construit</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY (Godwit runs it outside a transaction)</source>
        <translation>CREATE INDEX CONCURRENTLY (Godwit l'exécute hors transaction)</translation>
    </message>
    <message>
        <source>CONCURRENTLY inside a transaction</source>
        <translation>CONCURRENTLY à l'intérieur d'une transaction</translation>
    </message>
    <message>
        <source>PostgreSQL refuses CONCURRENTLY inside a transaction block</source>
        <translation>PostgreSQL refuse CONCURRENTLY dans un bloc de transaction</translation>
    </message>
    <message>
        <source>remove the BEGIN/COMMIT around it; Godwit runs such statements on their own</source>
        <translation>retirez le BEGIN/COMMIT autour ; Godwit exécute ces instructions à part</translation>
    </message>
    <message>
        <source>transaction statement in a migration</source>
        <translation>instruction de transaction dans une migration</translation>
    </message>
    <message>
        <source>BEGIN without COMMIT</source>
        <translation>BEGIN sans COMMIT</translation>
    </message>
    <message>
        <source>the transaction stays open to the end of the script</source>
        <translation>la transaction reste ouverte jusqu'à la fin du script</translation>
    </message>
    <message>
        <source>remove the BEGIN, or end it</source>
        <translation>retirez le BEGIN, ou terminez-le</translation>
    </message>
    <message>
        <source>lock timeout not set</source>
        <translation>délai d'attente de verrou non défini</translation>
    </message>
    <message>
        <source>a statement that waits for a lock makes every later query on the table wait behind it</source>
        <translation>une instruction qui attend un verrou fait attendre derrière elle toutes les requêtes suivantes sur la table</translation>
    </message>
    <message>
        <source>SET lock_timeout = '5s' at the top (or settings.lockTimeout in godwit.json) and retry on timeout</source>
        <translation>SET lock_timeout = '5s' au début (ou settings.lockTimeout dans godwit.json) et réessayez en cas d'expiration</translation>
    </message>
    <message>
        <source>statement timeout not set</source>
        <translation>délai d'exécution non défini</translation>
    </message>
    <message>
        <source>a statement that runs longer than expected holds its locks for as long as it runs</source>
        <translation>une instruction plus longue que prévu garde ses verrous tant qu'elle s'exécute</translation>
    </message>
    <message>
        <source>SET statement_timeout (or settings.statementTimeout in godwit.json)</source>
        <translation>SET statement_timeout (ou settings.statementTimeout dans godwit.json)</translation>
    </message>
    <message>
        <source>char(n)</source>
        <translation>char(n)</translation>
    </message>
    <message>
        <source>char(n) pads with spaces and is no faster than text or varchar</source>
        <translation>char(n) complète avec des espaces et n'est pas plus rapide que text ou varchar</translation>
    </message>
    <message>
        <source>use text (PostgreSQL) or varchar(n)</source>
        <translation>utilisez text (PostgreSQL) ou varchar(n)</translation>
    </message>
    <message>
        <source>int primary key</source>
        <translation>clé primaire int</translation>
    </message>
    <message>
        <source>a 32-bit key runs out at 2,147,483,647; changing it later rewrites the table and its references</source>
        <translation>une clé sur 32 bits s'épuise à 2 147 483 647 ; la changer plus tard réécrit la table et ses références</translation>
    </message>
    <message>
        <source>use bigint</source>
        <translation>utilisez bigint</translation>
    </message>
    <message>
        <source>serial over identity</source>
        <translation>serial plutôt qu'identity</translation>
    </message>
    <message>
        <source>serial's sequence is a separate object with its own grants and ownership quirks</source>
        <translation>la séquence d'un serial est un objet séparé, avec ses propres droits et ses bizarreries de propriété</translation>
    </message>
    <message>
        <source>use bigint GENERATED ALWAYS AS IDENTITY</source>
        <translation>utilisez bigint GENERATED ALWAYS AS IDENTITY</translation>
    </message>
    <message>
        <source>timestamp without time zone</source>
        <translation>timestamp sans fuseau horaire</translation>
    </message>
    <message>
        <source>the value means a different instant depending on who reads it</source>
        <translation>la valeur désigne un instant différent selon qui la lit</translation>
    </message>
    <message>
        <source>use timestamptz</source>
        <translation>utilisez timestamptz</translation>
    </message>
    <message>
        <source>identifier over 63 bytes</source>
        <translation>identifiant de plus de 63 octets</translation>
    </message>
    <message>
        <source>PostgreSQL truncates it silently: two names can become one, and later migrations miss it</source>
        <translation>PostgreSQL le tronque silencieusement : deux noms peuvent n'en faire qu'un, et les migrations suivantes le manquent</translation>
    </message>
    <message>
        <source>use a name of 63 bytes or fewer</source>
        <translation>utilisez un nom de 63 octets au plus</translation>
    </message>
    <message>
        <source>enum value added without position</source>
        <translation>valeur d'enum ajoutée sans position</translation>
    </message>
    <message>
        <source>the new value sorts last, which changes ORDER BY on the column</source>
        <translation>la nouvelle valeur se trie en dernier, ce qui change ORDER BY sur la colonne</translation>
    </message>
    <message>
        <source>say where it goes: ADD VALUE 'x' BEFORE 'y' / AFTER 'y'</source>
        <translation>dites où elle va : ADD VALUE 'x' BEFORE 'y' / AFTER 'y'</translation>
    </message>
    <message>
        <source>SQLite ALTER that needs a table rebuild</source>
        <translation>ALTER SQLite qui exige une reconstruction de table</translation>
    </message>
    <message>
        <source>SQLite's ALTER TABLE cannot do this; it fails or needs the table rebuilt</source>
        <translation>l'ALTER TABLE de SQLite ne sait pas faire cela ; il échoue ou exige de reconstruire la table</translation>
    </message>
    <message>
        <source>SQLite's recipe: create the new table, copy the rows, drop the old, rename the new, re-create indexes, triggers and views, in one transaction with foreign_keys off</source>
        <translation>la recette de SQLite : créez la nouvelle table, copiez les lignes, supprimez l'ancienne, renommez la nouvelle, recréez index, déclencheurs et vues, dans une transaction avec foreign_keys désactivé</translation>
    </message>
    <message>
        <source>MySQL ALTER that copies the table or blocks writes</source>
        <translation>ALTER MySQL qui copie la table ou bloque les écritures</translation>
    </message>
    <message>
        <source>the server copies the table row by row (ALGORITHM=COPY) or rebuilds it under a lock: writes wait for the whole of it, and replicas replay it as long again</source>
        <translation>le serveur copie la table ligne par ligne (ALGORITHM=COPY) ou la reconstruit sous un verrou : les écritures attendent tout du long, et les réplicas la rejouent aussi longtemps</translation>
    </message>
    <message>
        <source>use a change this server does INSTANT or INPLACE, state ALGORITHM=INPLACE, LOCK=NONE so it fails instead of copying, or use an online schema change tool (gh-ost, pt-online-schema-change)</source>
        <translation>utilisez un changement que ce serveur fait en INSTANT ou INPLACE, indiquez ALGORITHM=INPLACE, LOCK=NONE pour qu'il échoue au lieu de copier, ou utilisez un outil de changement de schéma en ligne (gh-ost, pt-online-schema-change)</translation>
    </message>
    <message>
        <source>MySQL ALTER that rebuilds the table in place</source>
        <translation>ALTER MySQL qui reconstruit la table sur place</translation>
    </message>
    <message>
        <source>InnoDB rebuilds the table (ALGORITHM=INPLACE): writes go on, but it needs time and free disk space in proportion to the table, and replicas lag while they replay it</source>
        <translation>InnoDB reconstruit la table (ALGORITHM=INPLACE) : les écritures continuent, mais cela demande du temps et de l'espace disque libre en proportion de la table, et les réplicas prennent du retard en la rejouant</translation>
    </message>
    <message>
        <source>on a large table run it off-peak or with an online schema change tool; on a newer server the same change may be INSTANT</source>
        <translation>sur une grande table, exécutez-le en heures creuses ou avec un outil de changement de schéma en ligne ; sur un serveur plus récent, le même changement peut être INSTANT</translation>
    </message>
    <message>
        <source>ALGORITHM or LOCK the server refuses</source>
        <translation>ALGORITHM ou LOCK que le serveur refuse</translation>
    </message>
    <message>
        <source>the server cannot do this change with the ALGORITHM or LOCK asked for, so the ALTER stops with ER_ALTER_OPERATION_NOT_SUPPORTED and the migration fails</source>
        <translation>le serveur ne peut pas faire ce changement avec l'ALGORITHM ou le LOCK demandé, l'ALTER s'arrête donc sur ER_ALTER_OPERATION_NOT_SUPPORTED et la migration échoue</translation>
    </message>
    <message>
        <source>ask for an algorithm the server supports for this change, split the ALTER so the cheap clauses keep their algorithm, or use an online schema change tool</source>
        <translation>demandez un algorithme que le serveur accepte pour ce changement, découpez l'ALTER pour que les clauses peu coûteuses gardent leur algorithme, ou utilisez un outil de changement de schéma en ligne</translation>
    </message>
    <message>
        <source>migration without a down script</source>
        <translation>migration sans script down</translation>
    </message>
    <message>
        <source>there is no tested way back if the deployment goes wrong</source>
        <translation>il n'existe aucun chemin de retour testé si le déploiement tourne mal</translation>
    </message>
    <message>
        <source>write the down script, or a manual rollback note in the deployment</source>
        <translation>écrivez le script down, ou une note de retour arrière manuel dans le déploiement</translation>
    </message>
    <message>
        <source>down script that does not undo its up</source>
        <translation>script down qui n'annule pas son up</translation>
    </message>
    <message>
        <source>the reversibility check (up, down, compare on a dry run) found the schema not as it was: a rollback would not restore it</source>
        <translation>la vérification de réversibilité (up, down, comparaison lors d'une exécution à blanc) n'a pas retrouvé le schéma d'avant : un retour arrière ne le rétablirait pas</translation>
    </message>
    <message>
        <source>make the down drop what the up creates and restore what it changes, or write the manual rollback in the deployment</source>
        <translation>faites supprimer par le down ce que le up crée et rétablir ce qu'il change, ou décrivez le retour arrière manuel dans le déploiement</translation>
    </message>
    <message>
        <source>statement not analysed</source>
        <translation>instruction non analysée</translation>
    </message>
    <message>
        <source>the parser does not know this syntax, so no rule looked at it</source>
        <translation>l'analyseur ne connaît pas cette syntaxe, aucune règle ne l'a donc examinée</translation>
    </message>
    <message>
        <source>review it by hand</source>
        <translation>examinez-la à la main</translation>
    </message>
    <message>
        <source>Godwit runs a migration in a transaction with its history row; one that commits or rolls back itself runs statement by statement instead, and a failure after its COMMIT leaves it half applied, recorded as failed until it is repaired</source>
        <translation>Godwit exécute une migration dans une transaction avec sa ligne d'historique ; une migration qui valide ou annule elle-même s'exécute plutôt instruction par instruction, et un échec après son COMMIT la laisse à moitié appliquée, enregistrée comme échouée jusqu'à sa réparation</translation>
    </message>
    <message>
        <source>remove BEGIN/COMMIT and let Godwit's transaction hold the migration; split it into two migrations where a part must be committed first</source>
        <translation>retirez BEGIN/COMMIT et laissez la transaction de Godwit contenir la migration ; scindez-la en deux migrations là où une partie doit être validée d'abord</translation>
    </message>
</context>
<context>
    <name>LintRun</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>does not split into statements: %1</source>
        <translation>ne se découpe pas en instructions : %1</translation>
    </message>
    <message>
        <source>Godwit runs nothing of a script that does not split, and can check nothing else in it</source>
        <translation>Godwit n’exécute rien d’un script qui ne se découpe pas, et ne peut rien y vérifier d’autre</translation>
    </message>
    <message>
        <source>close what the excerpt points at: a string, a quoted name, a comment or a dollar quote</source>
        <translation>fermez ce que montre l’extrait : une chaîne, un nom entre guillemets, un commentaire ou un dollar-quote</translation>
    </message>
    <message>
        <source>Godwit can neither run nor check a script it cannot read as the folder listed it</source>
        <translation>Godwit ne peut ni exécuter ni vérifier un script qu’il ne peut pas lire tel que le dossier l’a listé</translation>
    </message>
    <message>
        <source>read the folder again (Refresh); if the file is gone or unreadable, restore it</source>
        <translation>relisez le dossier (Actualiser) ; si le fichier a disparu ou est illisible, restaurez-le</translation>
    </message>
</context>
<context>
    <name>Locks</name>
    <message>
        <source>blocks EXCLUSIVE and ACCESS EXCLUSIVE locks on %1; reads and writes go on</source>
        <translation>bloque les verrous EXCLUSIVE et ACCESS EXCLUSIVE sur %1 ; lectures et écritures continuent</translation>
    </message>
    <message>
        <source>blocks CREATE INDEX (without CONCURRENTLY) and most ALTER TABLE on %1; reads and writes go on</source>
        <translation>bloque CREATE INDEX (sans CONCURRENTLY) et la plupart des ALTER TABLE sur %1 ; lectures et écritures continuent</translation>
    </message>
    <message>
        <source>blocks VACUUM, CREATE INDEX CONCURRENTLY and other schema changes of %1; reads and writes go on</source>
        <translation>bloque VACUUM, CREATE INDEX CONCURRENTLY et les autres changements de schéma de %1 ; lectures et écritures continuent</translation>
    </message>
    <message>
        <source>blocks writes to %1 (INSERT, UPDATE, DELETE); reads go on</source>
        <translation>bloque les écritures sur %1 (INSERT, UPDATE, DELETE) ; les lectures continuent</translation>
    </message>
    <message>
        <source>blocks writes to %1 and other schema changes; reads go on</source>
        <translation>bloque les écritures sur %1 et les autres changements de schéma ; les lectures continuent</translation>
    </message>
    <message>
        <source>blocks writes to %1 and SELECT ... FOR UPDATE; only plain reads go on</source>
        <translation>bloque les écritures sur %1 et SELECT ... FOR UPDATE ; seules les lectures simples continuent</translation>
    </message>
    <message>
        <source>blocks reads and writes of %1</source>
        <translation>bloque les lectures et les écritures de %1</translation>
    </message>
    <message>
        <source>blocks schema changes of %1; reads and writes go on</source>
        <translation>bloque les changements de schéma de %1 ; lectures et écritures continuent</translation>
    </message>
    <message>
        <source>blocks other schema changes of %1; reads and writes go on</source>
        <translation>bloque les autres changements de schéma de %1 ; lectures et écritures continuent</translation>
    </message>
    <message>
        <source>blocks writes to %1; reads go on</source>
        <translation>bloque les écritures dans %1 ; les lectures continuent</translation>
    </message>
</context>
<context>
    <name>MigrationTreeModel</name>
    <message>
        <source>Applied</source>
        <translation>Appliquées</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Repeatable</source>
        <translation>Répétables</translation>
    </message>
    <message>
        <source>failed — stopped at statement %1 of %2</source>
        <translation>échouée — arrêtée à l'instruction %1 sur %2</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliqué</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>modified since applied</source>
        <translation>modifiée depuis son application</translation>
    </message>
    <message>
        <source>applied, file missing</source>
        <translation>appliquée, fichier manquant</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>pending, out of order</source>
        <translation>en attente, hors séquence</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <source>%1 info</source>
        <translation>%1 info</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Appliquée le</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Somme de contrôle</translation>
    </message>
    <message>
        <source>applied — Alembic revision</source>
        <translation>appliquée — révision Alembic</translation>
    </message>
    <message>
        <source>pending — Alembic revision, applied with Alembic</source>
        <translation>en attente — révision Alembic, à appliquer avec Alembic</translation>
    </message>
    <message>
        <source>applied — code migration</source>
        <translation>appliquée — migration en code</translation>
    </message>
    <message>
        <source>pending — code migration, run by the application</source>
        <translation>en attente — migration en code, exécutée par l'application</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+ %n hook(s), run by the application)</source>
        <translation>
            <numerusform>%1 (+ %n hook, exécuté par l'application)</numerusform>
            <numerusform>%1 (+ %n hooks, exécutés par l'application)</numerusform>
        </translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>après : %1</translation>
    </message>
    <message>
        <source>hook, run by the application: %1</source>
        <translation>hook, exécuté par l'application : %1</translation>
    </message>
    <message>
        <source>applied — baseline</source>
        <translation>appliquée — baseline</translation>
    </message>
    <message>
        <source>baseline — runs only on a database with no history</source>
        <translation>baseline — ne s'exécute que sur une base sans historique</translation>
    </message>
</context>
<context>
    <name>NewMigration</name>
    <message>
        <source>"%1" makes no file name: use letters and digits</source>
        <translation>« %1 » ne donne pas de nom de fichier : utilisez des lettres et des chiffres</translation>
    </message>
    <message>
        <source>cannot make file names from a custom naming pattern; create the files by hand</source>
        <translation>impossible de former des noms de fichier à partir d'un motif de nommage personnalisé ; créez les fichiers à la main</translation>
    </message>
    <message>
        <source>%1 exists already; nothing was created</source>
        <translation>%1 existe déjà ; rien n'a été créé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>sqitch plans its changes itself: add one with "sqitch add %1"</source>
        <translation>sqitch planifie ses changements lui-même : ajoutez-en un avec "sqitch add %1"</translation>
    </message>
    <message>
        <source>Alembic revisions are Python: add one with "alembic revision -m %1"</source>
        <translation>les révisions Alembic sont en Python : ajoutez-en une avec "alembic revision -m %1"</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>%1 does not exist yet: there is no transaction to run in</source>
        <translation>%1 n'existe pas encore : il n'y a pas de transaction dans laquelle s'exécuter</translation>
    </message>
    <message>
        <source>the plan is not the one reviewed (plan %1, reviewed %2): the folder or the target changed; nothing was run</source>
        <translation>le plan n'est pas celui qui a été examiné (plan %1, examiné %2) : le dossier ou la cible a changé ; rien n'a été exécuté</translation>
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
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>%1: cannot write the audit log: %2</source>
        <translation>%1 : impossible d'écrire le journal d'audit : %2</translation>
    </message>
    <message>
        <source>waiting for the migration lock: %1</source>
        <translation>attente du verrou des migrations : %1</translation>
    </message>
    <message>
        <source>cancelled before the first step: nothing ran</source>
        <translation>annulé avant la première étape : rien n’a été exécuté</translation>
    </message>
    <message>
        <source>the history changed since the list was confirmed: nothing was recorded; look again</source>
        <translation>l'historique a changé depuis la confirmation de la liste : rien n'a été inscrit ; regardez à nouveau</translation>
    </message>
    <message>
        <source>%1 has no sqitch registry, and Godwit does not create one: let sqitch record what Godwit applied without running it (sqitch deploy --log-only --to CHANGE, the last change Godwit applied), then adopt again</source>
        <translation>%1 n’a pas de registre sqitch, et Godwit n’en crée pas : laissez sqitch inscrire ce que Godwit a appliqué sans l’exécuter (sqitch deploy --log-only --to CHANGE, la dernière modification appliquée par Godwit), puis adoptez de nouveau</translation>
    </message>
</context>
<context>
    <name>PeerHistory</name>
    <message>
        <source>%1 recorded it as failed</source>
        <translation>%1 l'a inscrite en échec</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: no migration applied</source>
        <translation>%1 : aucune migration appliquée</translation>
    </message>
    <message>
        <source>%1: at version %2, dirty (it failed or was interrupted)</source>
        <translation>%1 : à la version %2, dirty (échouée ou interrompue)</translation>
    </message>
    <message>
        <source>%1: at version %2</source>
        <translation>%1 : à la version %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n applied, last %2</source>
        <translation>
            <numerusform>%1 : %n appliquée, dernière %2</numerusform>
            <numerusform>%1 : %n appliquées, dernière %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n applied, last %2 on %3</source>
        <translation>
            <numerusform>%1 : %n appliquée, dernière %2 le %3</numerusform>
            <numerusform>%1 : %n appliquées, dernière %2 le %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n failed</source>
        <translation>
            <numerusform>%1 ; %n en échec</numerusform>
            <numerusform>%1 ; %n en échec</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeerTables</name>
    <message>
        <source>%1: cannot read %2 (%3's history): %4</source>
        <translation>%1 : impossible de lire %2 (historique de %3) : %4</translation>
    </message>
    <message>
        <source>%1: cannot read %2 (%3's history): it has no column %4</source>
        <translation>%1 : impossible de lire %2 (historique de %3) : elle n'a pas de colonne %4</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>the migrations folder has errors:</source>
        <translation>le dossier des migrations contient des erreurs :</translation>
    </message>
    <message>
        <source>there is no migration with version %1</source>
        <translation>il n'y a pas de migration de version %1</translation>
    </message>
    <message>
        <source>a failed migration must be repaired first:</source>
        <translation>une migration échouée doit d'abord être réparée :</translation>
    </message>
    <message>
        <source>applied migrations changed since they ran (checksum differs):</source>
        <translation>des migrations appliquées ont changé depuis leur exécution (somme de contrôle différente) :</translation>
    </message>
    <message>
        <source> (its files are gone)</source>
        <translation> (ses fichiers ont disparu)</translation>
    </message>
    <message>
        <source>cannot roll back: these migrations have no down script:</source>
        <translation>retour arrière impossible : ces migrations n'ont pas de script down :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n script(s) of the plan cannot run, so nothing was run:</source>
        <translation>
            <numerusform>%n script du plan ne peut pas s'exécuter, rien n'a donc été exécuté :</numerusform>
            <numerusform>%n scripts du plan ne peuvent pas s'exécuter, rien n'a donc été exécuté :</numerusform>
        </translation>
    </message>
    <message>
        <source>pending migrations are older than the newest applied one:</source>
        <translation>des migrations en attente sont plus anciennes que la plus récente appliquée :</translation>
    </message>
    <message>
        <source>%1 %2 is an Alembic revision (%3): Godwit does not run Python; apply it with "alembic upgrade", then run up again</source>
        <translation>%1 %2 est une révision Alembic (%3) : Godwit n'exécute pas de Python ; appliquez-la avec "alembic upgrade", puis relancez up</translation>
    </message>
    <message>
        <source>the plan's dependencies are not met:</source>
        <translation>les dépendances du plan ne sont pas satisfaites :</translation>
    </message>
    <message>
        <source> (a code migration: the application rolls it back)</source>
        <translation> (une migration en code : l'application l'annule)</translation>
    </message>
    <message>
        <source>%1 %2 wraps itself in BEGIN … COMMIT: its statements run in Godwit's transaction, with the history row</source>
        <translation>%1 %2 s'enveloppe dans BEGIN … COMMIT : ses instructions s'exécutent dans la transaction de Godwit, avec la ligne d'historique</translation>
    </message>
    <message>
        <source>%1 %2 is a code migration, run by the application (%3): run the application's migrator, then "repair %4 --mark-applied" and run up again; the steps stop before it</source>
        <translation>%1 %2 est une migration de code, exécutée par l'application (%3) : lancez le migrateur de l'application, puis « repair %4 --mark-applied » et relancez up ; les étapes s'arrêtent avant elle</translation>
    </message>
    <message>
        <source>%1%2 requires %3, which is neither applied nor planned before it</source>
        <translation>%1%2 requiert %3, qui n'est ni appliquée ni prévue avant elle</translation>
    </message>
    <message>
        <source>%1%2 conflicts with %3, which is applied or planned before it</source>
        <translation>%1%2 est en conflit avec %3, qui est appliquée ou prévue avant elle</translation>
    </message>
    <message>
        <source>%1 is not a version of the folder or the history</source>
        <translation>%1 n'est pas une version du dossier ni de l'historique</translation>
    </message>
    <message>
        <source>failed migrations up to %1: repair them first (godwit-cli repair)</source>
        <translation>migrations en échec jusqu'à %1 : réparez-les d'abord (godwit-cli repair)</translation>
    </message>
    <message>
        <source>%1 (recorded by %2)</source>
        <translation>%1 (inscrite par %2)</translation>
    </message>
    <message>
        <source>cannot roll back: the adopted tool's table is all that records these, and Godwit does not write it (adopt mode); roll them back with that tool:</source>
        <translation>impossible d'annuler : seule la table de l'outil adopté les inscrit, et Godwit ne l'écrit pas (mode adopt) ; annulez-les avec cet outil :</translation>
    </message>
</context>
<context>
    <name>PostgresEscapes</name>
    <message>
        <source>it is written in C, which can do anything the server can</source>
        <translation>elle est écrite en C, qui peut faire tout ce que peut le serveur</translation>
    </message>
    <message>
        <source>it is written in the untrusted language %1, which can reach outside the database</source>
        <translation>elle est écrite dans le langage non sûr %1, qui peut sortir de la base</translation>
    </message>
    <message>
        <source>%1(), which reaches outside the dry run: %2</source>
        <translation>%1(), qui sort de la simulation : %2</translation>
    </message>
    <message>
        <source>the view calls %1</source>
        <translation>la vue appelle %1</translation>
    </message>
    <message>
        <source>its rule %1 calls %2</source>
        <translation>sa règle %1 appelle %2</translation>
    </message>
    <message>
        <source>its trigger %1 calls %2</source>
        <translation>son déclencheur %1 appelle %2</translation>
    </message>
    <message>
        <source>its constraint %1 calls %2</source>
        <translation>sa contrainte %1 appelle %2</translation>
    </message>
    <message>
        <source>a column default calls %1</source>
        <translation>une valeur par défaut de colonne appelle %1</translation>
    </message>
    <message>
        <source>an index expression calls %1</source>
        <translation>une expression d'index appelle %1</translation>
    </message>
    <message>
        <source>the event trigger %1 runs on DDL and calls %2(), which reaches outside the dry run: %3</source>
        <translation>le déclencheur d'événement %1 s'exécute sur le DDL et appelle %2(), qui sort de la simulation : %3</translation>
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
        <translation>ALTER TYPE … ADD VALUE (avant PostgreSQL 12)</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>%1: no such folder</source>
        <translation>%1 : dossier introuvable</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>not JSON that Godwit can read</source>
        <translation>ce n'est pas du JSON que Godwit sait lire</translation>
    </message>
    <message>
        <source>%1
nothing was saved</source>
        <translation>%1
rien n'a été enregistré</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>attendu : %1, obtenu : %2</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>une chaîne non vide</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>un entier de %1 à %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a duration such as "5s", "500ms" or "10min"</source>
        <translation>une durée comme « 5s », « 500ms » ou « 10min »</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>une des valeurs %1</translation>
    </message>
    <message>
        <source>unknown %1 %2 (known: %3)</source>
        <translation>valeur %2 inconnue pour %1 (connues : %3)</translation>
    </message>
    <message>
        <source>written twice (first at line %1, column %2); only one would be read</source>
        <translation>écrit deux fois (d'abord ligne %1, colonne %2) ; une seule occurrence serait lue</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>unknown key (known: %1)</source>
        <translation>clé inconnue (connues : %1)</translation>
    </message>
    <message>
        <source>unknown key; did you mean "%1"?</source>
        <translation>clé inconnue ; vouliez-vous dire « %1 » ?</translation>
    </message>
    <message>
        <source>missing "driver" (sqlite, postgresql or mysql)</source>
        <translation>« driver » manquant (sqlite, postgresql ou mysql)</translation>
    </message>
    <message>
        <source>not read for a %1 profile (it reads %2)</source>
        <translation>non lu pour un profil %1 (il lit %2)</translation>
    </message>
    <message>
        <source>a %1 profile needs "%2"; there is no default</source>
        <translation>un profil %1 doit avoir « %2 » ; il n'y a pas de valeur par défaut</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 à la position %2</translation>
    </message>
    <message>
        <source>needs a named group "version"</source>
        <translation>doit avoir un groupe nommé « version »</translation>
    </message>
    <message>
        <source>%1 is not among the profiles (known: %2)</source>
        <translation>%1 ne fait pas partie des profils (connus : %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1: %2; fix it before saving</source>
        <translation>%1 : %2 ; corrigez-le avant d'enregistrer</translation>
    </message>
    <message>
        <source>missing "adopt" (the tool whose history table to read)</source>
        <translation>« adopt » manque (l'outil dont lire la table d'historique)</translation>
    </message>
    <message>
        <source>a custom history needs "%1"</source>
        <translation>un historique propre demande « %1 »</translation>
    </message>
    <message>
        <source>read for a custom history only: %1 keeps its own columns</source>
        <translation>lu pour un historique propre seulement : %1 a ses propres colonnes</translation>
    </message>
    <message>
        <source>%1 already holds a godwit.json: open it instead</source>
        <translation>%1 contient déjà un godwit.json : ouvrez-le plutôt</translation>
    </message>
    <message>
        <source>%1: cannot create the folder migrations</source>
        <translation>%1 : impossible de créer le dossier migrations</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Pendant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 done)</source>
        <translation>%1 (%2 sur %3 faits)</translation>
    </message>
    <message>
        <source> — required before Apply on production</source>
        <translation> — requis avant Apply en production</translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation>Périmé : %1</translation>
    </message>
    <message>
        <source>stale: %1</source>
        <translation>périmé : %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Item (* required)</source>
        <translation>Élément (* requis)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Validé par</translation>
    </message>
</context>
<context>
    <name>RunLock</name>
    <message>
        <source>another run holds the migration lock</source>
        <translation>une autre exécution détient le verrou des migrations</translation>
    </message>
    <message>
        <source>another run holds the migration lock: server process %1 (%2, user %3, from %4), connected since %5</source>
        <translation>une autre exécution détient le verrou des migrations : processus serveur %1 (%2, utilisateur %3, depuis %4), connecté depuis %5</translation>
    </message>
    <message>
        <source>another run holds the migration lock: connection %1 (user %2 from %3, database %4), for %5 s</source>
        <translation>une autre exécution détient le verrou des migrations : connexion %1 (utilisateur %2 depuis %3, base %4), depuis %5 s</translation>
    </message>
    <message>
        <source>cancelled while waiting for the migration lock</source>
        <translation>annulé pendant l'attente du verrou des migrations</translation>
    </message>
</context>
<context>
    <name>SchemaDiff</name>
    <message>
        <source>type %1 → %2</source>
        <translation>type %1 → %2</translation>
    </message>
    <message>
        <source>NOT NULL added</source>
        <translation>NOT NULL ajouté</translation>
    </message>
    <message>
        <source>NOT NULL dropped</source>
        <translation>NOT NULL retiré</translation>
    </message>
    <message>
        <source>default %1 added</source>
        <translation>valeur par défaut %1 ajoutée</translation>
    </message>
    <message>
        <source>default %1 dropped</source>
        <translation>valeur par défaut %1 retirée</translation>
    </message>
    <message>
        <source>default %1 → %2</source>
        <translation>valeur par défaut %1 → %2</translation>
    </message>
    <message>
        <source>generated expression (%1) → (%2)</source>
        <translation>expression générée (%1) → (%2)</translation>
    </message>
    <message>
        <source>collation %1 → %2</source>
        <translation>collation %1 → %2</translation>
    </message>
    <message>
        <source>default</source>
        <translation>valeur par défaut</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>label '%1' added</source>
        <translation>libellé '%1' ajouté</translation>
    </message>
    <message>
        <source>label '%1' removed</source>
        <translation>libellé '%1' retiré</translation>
    </message>
    <message>
        <source>labels reordered</source>
        <translation>libellés réordonnés</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <source>add %1 %2%3</source>
        <translation>ajout de %1 %2%3</translation>
    </message>
    <message>
        <source>drop %1 %2%3</source>
        <translation>suppression de %1 %2%3</translation>
    </message>
    <message>
        <source>rename %1 %2 → %3%4</source>
        <translation>renommage de %1 %2 → %3%4</translation>
    </message>
    <message>
        <source>change %1 %2%3</source>
        <translation>modification de %1 %2%3</translation>
    </message>
    <message>
        <source>change %1 %2%3: %4</source>
        <translation>modification de %1 %2%3 : %4</translation>
    </message>
    <message>
        <source>additive</source>
        <translation>additif</translation>
    </message>
    <message>
        <source>rewriting</source>
        <translation>réécriture</translation>
    </message>
    <message>
        <source>destructive</source>
        <translation>destructif</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>contrainte</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>séquence</translation>
    </message>
    <message>
        <source>enum</source>
        <translation>enum</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>déclencheur</translation>
    </message>
    <message>
        <source>function</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>procédure</translation>
    </message>
</context>
<context>
    <name>ScratchDatabase</name>
    <message>
        <source>%1: cannot make a scratch database: %2</source>
        <translation>%1 : impossible de créer une base de travail : %2</translation>
    </message>
    <message>
        <source>a file copy is only made of SQLite databases</source>
        <translation>une copie de fichier ne se fait que pour les bases SQLite</translation>
    </message>
    <message>
        <source>SHOW CREATE TABLE %1: %2</source>
        <translation>SHOW CREATE TABLE %1 : %2</translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation>table %1 : %2</translation>
    </message>
    <message>
        <source>SHOW CREATE VIEW %1: %2</source>
        <translation>SHOW CREATE VIEW %1 : %2</translation>
    </message>
    <message>
        <source>view %1: %2</source>
        <translation>vue %1 : %2</translation>
    </message>
    <message>
        <source>SHOW CREATE %1 %2: %3</source>
        <translation>SHOW CREATE %1 %2 : %3</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>%1 is a scratch database whose owner cannot be told (made by an older Godwit): drop it by hand once no dry run is running</source>
        <translation>%1 est une base de travail dont le propriétaire ne peut pas être déterminé (créée par une version antérieure de Godwit) : supprimez-la à la main quand aucune exécution à blanc n'est en cours</translation>
    </message>
    <message>
        <source>dropped %1 left by a run that died</source>
        <translation>%1 supprimée, laissée par une exécution interrompue brutalement</translation>
    </message>
    <message>
        <source>%1 was left by a run that died and cannot be dropped: %2</source>
        <translation>%1 a été laissée par une exécution interrompue brutalement et ne peut pas être supprimée : %2</translation>
    </message>
    <message>
        <source>cannot mark the session that owns %1: %2</source>
        <translation>impossible de marquer la session propriétaire de %1 : %2</translation>
    </message>
    <message>
        <source>no temporary folder for the schema: %1</source>
        <translation>pas de dossier temporaire pour le schéma : %1</translation>
    </message>
    <message>
        <source>pg_dump --schema-only of the target: %1</source>
        <translation>pg_dump --schema-only de la cible : %1</translation>
    </message>
    <message>
        <source>the view %1 could not be made without the views that read another database (%2): %3</source>
        <translation>la vue %1 n'a pas pu être créée sans les vues qui lisent une autre base (%2) : %3</translation>
    </message>
    <message>
        <source>psql is not installed (Debian: postgresql-client)</source>
        <translation>psql n'est pas installé (Debian : postgresql-client)</translation>
    </message>
    <message>
        <source>psql does not start: %1</source>
        <translation>psql ne démarre pas : %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>psql failed (exit %1): %2</source>
        <translation>psql a échoué (code %1) : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>restoring the target's schema with pg_restore: %1</source>
        <translation>restauration du schéma de la cible avec pg_restore : %1</translation>
    </message>
    <message>
        <source>rows whose parent rows were not copied still turned up after %1 passes</source>
        <translation>des lignes dont les lignes parentes n'ont pas été copiées apparaissaient encore après %1 passes</translation>
    </message>
    <message>
        <source>removed %1 left by a run that died</source>
        <translation>%1, laissé par une exécution interrompue, a été supprimé</translation>
    </message>
    <message>
        <source>%1 was left by a run that died and cannot be removed</source>
        <translation>%1 a été laissé par une exécution interrompue et ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>psql ended abnormally: %1</source>
        <translation>psql s'est terminé anormalement : %1</translation>
    </message>
    <message>
        <source>sequence %1: %2</source>
        <translation>séquence %1 : %2</translation>
    </message>
    <message>
        <source>%1 could not be emptied again: %2</source>
        <translation>%1 n'a pas pu être vidé à nouveau : %2</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>impossible de verrouiller %1 : %2</translation>
    </message>
</context>
<context>
    <name>ScriptLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>the file changed after the folder was read; read it again</source>
        <translation>le fichier a changé après la lecture du dossier ; relisez-le</translation>
    </message>
</context>
<context>
    <name>ScriptRunner</name>
    <message>
        <source>%1 has no down script</source>
        <translation>%1 n'a pas de script down</translation>
    </message>
    <message>
        <source>cancelled before statement %1 of %2</source>
        <translation>annulé avant l'instruction %1 sur %2</translation>
    </message>
    <message>
        <source>statement %1 of %2 at %3 %4: %5</source>
        <translation>instruction %1 sur %2 à %3 %4 : %5</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>a été annulée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>not a Godwit snapshot (no "godwitSnapshot": 1)</source>
        <translation>ce n'est pas un instantané Godwit (pas de « godwitSnapshot » : 1)</translation>
    </message>
    <message>
        <source>unknown dialect "%1"</source>
        <translation>dialecte inconnu « %1 »</translation>
    </message>
    <message>
        <source>table %1: a constraint of unknown kind "%2"</source>
        <translation>table %1 : une contrainte de type inconnu « %2 »</translation>
    </message>
</context>
<context>
    <name>SourceText</name>
    <message>
        <source>NUL byte in script</source>
        <translation>octet NUL dans le script</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte 0x%1</source>
        <translation>octet UTF-8 invalide 0x%1</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>le niveau supérieur doit être un objet</translation>
    </message>
</context>
<context>
    <name>Sqitch</name>
    <message>
        <source>no sqitch engine is set (core.engine in %1): the project's SQL dialect is not known</source>
        <translation>aucun moteur sqitch n'est défini (core.engine dans %1) : le dialecte SQL du projet est inconnu</translation>
    </message>
    <message>
        <source>%1: sqitch has no engine "%2"</source>
        <translation>%1 : sqitch n'a pas de moteur "%2"</translation>
    </message>
    <message>
        <source>the sqitch engine %1 is not one Godwit runs: the plan is shown, not deployed</source>
        <translation>le moteur sqitch %1 n'est pas pris en charge par Godwit : le plan est affiché, pas déployé</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>the plan %1 cannot be read: %2</source>
        <translation>le plan %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <source>the line is not UTF-8</source>
        <translation>la ligne n'est pas en UTF-8</translation>
    </message>
    <message>
        <source>invalid pragma; a blank line must come between pragmas and changes</source>
        <translation>pragma invalide ; une ligne vide doit séparer les pragmas des changements</translation>
    </message>
    <message>
        <source>invalid project name "%1": project names must not begin with punctuation, contain "@", ":", "#", "\" or blanks, or end in punctuation or digits following punctuation</source>
        <translation>nom de projet invalide "%1" : un nom de projet ne doit pas commencer par une ponctuation, contenir "@", ":", "#", "\" ou des blancs, ni finir par une ponctuation ou des chiffres suivant une ponctuation</translation>
    </message>
    <message>
        <source>no %project pragma</source>
        <translation>pas de pragma %project</translation>
    </message>
    <message>
        <source>invalid name; names must not begin with punctuation, contain "@", ":", "#", "\" or blanks, or end in punctuation or digits following punctuation</source>
        <translation>nom invalide ; un nom ne doit pas commencer par une ponctuation, contenir "@", ":", "#", "\" ou des blancs, ni finir par une ponctuation ou des chiffres suivant une ponctuation</translation>
    </message>
    <message>
        <source>missing timestamp and planner name and email</source>
        <translation>horodatage, nom et courriel du planificateur manquants</translation>
    </message>
    <message>
        <source>missing timestamp</source>
        <translation>horodatage manquant</translation>
    </message>
    <message>
        <source>missing planner name and email</source>
        <translation>nom et courriel du planificateur manquants</translation>
    </message>
    <message>
        <source>"%1" is a reserved name</source>
        <translation>"%1" est un nom réservé</translation>
    </message>
    <message>
        <source>"%1" could be confused with a SHA1 ID</source>
        <translation>"%1" pourrait être confondu avec un identifiant SHA1</translation>
    </message>
    <message>
        <source>%1 is no date and time</source>
        <translation>%1 n'est pas une date et heure</translation>
    </message>
    <message>
        <source>tag "%1" contains the illegal character /</source>
        <translation>l'étiquette "%1" contient le caractère interdit /</translation>
    </message>
    <message>
        <source>tag "%1" declared without a preceding change</source>
        <translation>l'étiquette "%1" est déclarée sans changement avant elle</translation>
    </message>
    <message>
        <source>tag "%1" duplicates the one on line %2</source>
        <translation>l'étiquette "%1" répète celle de la ligne %2</translation>
    </message>
    <message>
        <source>tags may not specify dependencies</source>
        <translation>une étiquette ne peut pas indiquer de dépendances</translation>
    </message>
    <message>
        <source>change "%1" duplicates the one on line %2 with no tag between them</source>
        <translation>le changement "%1" répète celui de la ligne %2 sans étiquette entre eux</translation>
    </message>
    <message>
        <source>duplicate dependency "%1"</source>
        <translation>dépendance en double "%1"</translation>
    </message>
    <message>
        <source>"%1" is not a valid dependency specification</source>
        <translation>"%1" n'est pas une dépendance valide</translation>
    </message>
    <message>
        <source>change "%1" cannot require itself</source>
        <translation>le changement "%1" ne peut pas se requérir lui-même</translation>
    </message>
    <message numerus="yes">
        <source>change "%1" is planned %n change(s) before the change "%2" it requires</source>
        <translation>
            <numerusform>le changement "%1" est planifié %n changement avant le changement "%2" qu'il requiert</numerusform>
            <numerusform>le changement "%1" est planifié %n changements avant le changement "%2" qu'il requiert</numerusform>
        </translation>
    </message>
    <message>
        <source>change "%1" requires "%2", which is planned nowhere before it</source>
        <translation>le changement "%1" requiert "%2", planifié nulle part avant lui</translation>
    </message>
</context>
<context>
    <name>SqlSplitter</name>
    <message>
        <source>unterminated string literal</source>
        <translation>littéral de chaîne non terminé</translation>
    </message>
    <message>
        <source>unterminated quoted identifier</source>
        <translation>identifiant entre guillemets non terminé</translation>
    </message>
    <message>
        <source>unterminated block comment</source>
        <translation>commentaire de bloc non terminé</translation>
    </message>
    <message>
        <source>statement is not complete (a CREATE TRIGGER body without END?)</source>
        <translation>l'instruction est incomplète (un corps de CREATE TRIGGER sans END ?)</translation>
    </message>
    <message>
        <source>psql meta-command %1 is not supported</source>
        <translation>la méta-commande psql %1 n'est pas prise en charge</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>the run was interrupted (its process ended) while statement 1 of %1 was under way (or that run is still going); it may have completed</source>
        <translation>l'exécution a été interrompue (son processus s'est terminé) pendant l'instruction 1 sur %1 (ou cette exécution est toujours en cours) ; elle a peut-être abouti</translation>
    </message>
    <message>
        <source>the run was interrupted (its process ended) after statement %1 of %2, while statement %3 was under way (or that run is still going); it may have completed</source>
        <translation>l'exécution a été interrompue (son processus s'est terminé) après l'instruction %1 sur %2, pendant l'instruction %3 (ou cette exécution est toujours en cours) ; celle-ci a peut-être abouti</translation>
    </message>
    <message>
        <source>the run ended at statement %1 of %2 without recording why</source>
        <translation>l'exécution s'est terminée à l'instruction %1 sur %2 sans en enregistrer la raison</translation>
    </message>
    <message>
        <source>%1 changed since it was applied (checksum then %2, now %3)</source>
        <translation>%1 a changé depuis son application (somme de contrôle alors %2, maintenant %3)</translation>
    </message>
    <message>
        <source>%1 was applied, but its file is gone</source>
        <translation>%1 a été appliqué, mais son fichier a disparu</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>échec de %1 : %2</translation>
    </message>
    <message>
        <source>no migration has failed: there is nothing to repair</source>
        <translation>aucune migration n’a échoué : il n’y a rien à réparer</translation>
    </message>
    <message>
        <source>%1 has not failed: there is nothing to repair</source>
        <translation>%1 n’a pas échoué : il n’y a rien à réparer</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) have failed: name the one to repair</source>
        <translation>
            <numerusform>%n migration a échoué : nommez celle à réparer</numerusform>
            <numerusform>%n migrations ont échoué : nommez celle à réparer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: its files are gone; restore them first</source>
        <translation>%1 : ses fichiers ont disparu ; restaurez-les d’abord</translation>
    </message>
    <message>
        <source>below the baseline B%1 — not run on this database; the baseline stands for it</source>
        <translation>sous la baseline B%1 — non exécutée sur cette base ; la baseline la remplace</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot make the folder %1 private</source>
        <translation>impossible de rendre le dossier %1 privé</translation>
    </message>
</context>
<context>
    <name>Transactions</name>
    <message>
        <source>a failed CREATE INDEX CONCURRENTLY leaves the index %1 behind, INVALID: drop it with DROP INDEX CONCURRENTLY IF EXISTS %1; before running the migration again</source>
        <translation>un CREATE INDEX CONCURRENTLY échoué laisse l'index %1 derrière lui, INVALID : supprimez-le avec DROP INDEX CONCURRENTLY IF EXISTS %1; avant de relancer la migration</translation>
    </message>
    <message>
        <source>skipped: transaction control would end the dry run's transaction</source>
        <translation>ignorée : le contrôle de transaction terminerait la transaction de l'exécution à blanc</translation>
    </message>
    <message>
        <source>skipped: VACUUM cannot run inside a transaction</source>
        <translation>ignorée : VACUUM ne peut pas s'exécuter dans une transaction</translation>
    </message>
    <message>
        <source>ran without CONCURRENTLY: %1 cannot run inside a transaction</source>
        <translation>exécutée sans CONCURRENTLY : %1 ne peut pas s'exécuter dans une transaction</translation>
    </message>
    <message>
        <source>skipped: %1 cannot run inside a transaction</source>
        <translation>ignorée : %1 ne peut pas s'exécuter dans une transaction</translation>
    </message>
    <message>
        <source>it controls its own transactions (%1 at %2)</source>
        <translation>le script gère lui-même ses transactions (%1 à %2)</translation>
    </message>
    <message>
        <source>MySQL and MariaDB commit %1 implicitly (at %2)</source>
        <translation>MySQL et MariaDB valident %1 implicitement (à %2)</translation>
    </message>
</context>
<context>
    <name>godwit::ProblemsModel</name>
    <message>
        <source>%1 (suppressed)</source>
        <translation>%1 (masqué)</translation>
    </message>
    <message>
        <source>%1
Why: %2
Instead: %3%4</source>
        <translation>%1
Pourquoi : %2
À la place : %3%4</translation>
    </message>
    <message>
        <source>
Suppressed: %1</source>
        <translation>
Masqué : %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
</context>
<context>
    <name>godwit::SchemaDiffModel</name>
    <message>
        <source>Before:
%1</source>
        <translation>Avant :
%1</translation>
    </message>
    <message>
        <source>After:
%1</source>
        <translation>Après :
%1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
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
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>Verrous</translation>
    </message>
</context>
</TS>
