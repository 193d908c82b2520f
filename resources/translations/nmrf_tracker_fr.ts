<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>ActionDialog</name>
    <message>
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <source>Budget:</source>
      <translation>Budget :</translation>
    </message>
    <message>
      <source>Budget: give the currency as three letters (EUR, XOF, USD).</source>
      <translation>Budget : indiquez la devise en trois lettres (EUR, XOF, USD).</translation>
    </message>
    <message>
      <source>Description:</source>
      <translation>Description :</translation>
    </message>
    <message>
      <source>EUR</source>
      <translation>EUR</translation>
    </message>
    <message>
      <source>Edit action</source>
      <translation>Modifier l’action</translation>
    </message>
    <message>
      <source>Ends:</source>
      <translation>Fin :</translation>
    </message>
    <message>
      <source>Ends: the end date is before the start date.</source>
      <translation>Fin : la date de fin précède la date de début.</translation>
    </message>
    <message>
      <source>Expected outcome:</source>
      <translation>Résultat attendu :</translation>
    </message>
    <message>
      <source>Lead institution:</source>
      <translation>Institution chef de file :</translation>
    </message>
    <message>
      <source>New action</source>
      <translation>Nouvelle action</translation>
    </message>
    <message>
      <source>Starts:</source>
      <translation>Début :</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>État :</translation>
    </message>
    <message>
      <source>Supporting:</source>
      <translation>En appui :</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Titre :</translation>
    </message>
    <message>
      <source>Title: an action needs a title.</source>
      <translation>Titre : une action doit avoir un titre.</translation>
    </message>
    <message>
      <source>amount</source>
      <translation>montant</translation>
    </message>
    <message>
      <source>e.g. Train 300 police officers on the new law</source>
      <translation>p. ex. Former 300 policiers à la nouvelle loi</translation>
    </message>
  </context>
  <context>
    <name>ActivityPage</name>
    <message numerus="yes">
      <source>Activity (%n change(s) shown, newest first)</source>
      <translation>
        <numerusform>Activité (%n modification affichée, la plus récente en premier)</numerusform>
        <numerusform>Activité (%n modifications affichées, les plus récentes en premier)</numerusform>
      </translation>
    </message>
    <message>
      <source>Every institution</source>
      <translation>Toutes les institutions</translation>
    </message>
    <message>
      <source>Every kind of record</source>
      <translation>Tous les types d’enregistrement</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Tout le monde</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>Institution :</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>30 derniers jours</translation>
    </message>
    <message>
      <source>Last 7 days</source>
      <translation>7 derniers jours</translation>
    </message>
    <message>
      <source>No change matches these filters.</source>
      <translation>Aucune modification ne correspond à ces filtres.</translation>
    </message>
    <message>
      <source>Only the changes to the recommendation of this reference and what is attached to it</source>
      <translation>Seulement les modifications de la recommandation portant cette référence et de ce qui lui est rattaché</translation>
    </message>
    <message>
      <source>Recommendation:</source>
      <translation>Recommandation :</translation>
    </message>
    <message>
      <source>Since the start</source>
      <translation>Depuis le début</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Aujourd’hui</translation>
    </message>
    <message>
      <source>What:</source>
      <translation>Quoi :</translation>
    </message>
    <message>
      <source>When:</source>
      <translation>Quand :</translation>
    </message>
    <message>
      <source>Who:</source>
      <translation>Qui :</translation>
    </message>
    <message>
      <source>e.g. 142.8</source>
      <translation>p. ex. 142.8</translation>
    </message>
  </context>
  <context>
    <name>AskWordsDialog</name>
    <message>
      <source>Open {0}</source>
      <translation>Ouvrir {0}</translation>
    </message>
    <message>
      <source>This file is encrypted. The secretariat gives twelve words for it by phone: type them here, in order, separated by spaces.</source>
      <translation>Ce fichier est chiffré. Le secrétariat vous donne douze mots par téléphone : tapez-les ici, dans l’ordre, séparés par des espaces.</translation>
    </message>
    <message>
      <source>twelve words, e.g. ocean  river  …</source>
      <translation>douze mots, par ex. ocean  river  …</translation>
    </message>
  </context>
  <context>
    <name>AssessmentDialog</name>
    <message>
      <source>&lt;b&gt;{0}&lt;/b&gt; — {1}</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt; — {1}</translation>
    </message>
    <message>
      <source>Choose how far it is implemented…</source>
      <translation>Choisissez le degré de mise en œuvre…</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>Institution :</translation>
    </message>
    <message>
      <source>Narrative:</source>
      <translation>Exposé :</translation>
    </message>
    <message>
      <source>Narrative: say what was done, even briefly.</source>
      <translation>Exposé : dites ce qui a été fait, même brièvement.</translation>
    </message>
    <message>
      <source>Next steps:</source>
      <translation>Prochaines étapes :</translation>
    </message>
    <message>
      <source>Period:</source>
      <translation>Période :</translation>
    </message>
    <message>
      <source>Period: say which reporting period (e.g. 2026-H2).</source>
      <translation>Période : indiquez la période de rapport (p. ex. 2026-H2).</translation>
    </message>
    <message>
      <source>Period: “{0}” is not a reporting period; write it as 2026, 2026-H1, 2026-Q3, 2026-05 or 2025–2026.</source>
      <translation>Période : « {0} » n’est pas une période de rapport ; écrivez-la sous la forme 2026, 2026-H1, 2026-Q3, 2026-05 ou 2025–2026.</translation>
    </message>
    <message>
      <source>Progress report on {0}</source>
      <translation>Rapport d’avancement sur {0}</translation>
    </message>
    <message>
      <source>Saved as a draft: Submit sends it to your validating authority.</source>
      <translation>Enregistré comme brouillon : Soumettre l’envoie à votre autorité de validation.</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>État d’avancement :</translation>
    </message>
    <message>
      <source>Status: choose how far the recommendation is implemented.</source>
      <translation>État d’avancement : choisissez le degré de mise en œuvre de la recommandation.</translation>
    </message>
    <message>
      <source>What comes next, by whom, by when</source>
      <translation>Ce qui vient ensuite, par qui, pour quand</translation>
    </message>
    <message>
      <source>What was done in the period, with figures and the documents that show it</source>
      <translation>Ce qui a été fait pendant la période, avec des chiffres et les documents qui le montrent</translation>
    </message>
    <message>
      <source>e.g. 2026-H2</source>
      <translation>p. ex. 2026-H2</translation>
    </message>
  </context>
  <context>
    <name>BackupCommandsMixin</name>
    <message>
      <source>A complete copy of the database was written to
{0}</source>
      <translation>Une copie complète de la base de données a été écrite dans
{0}</translation>
    </message>
    <message>
      <source>Backing up</source>
      <translation>Sauvegarde en cours</translation>
    </message>
    <message>
      <source>Backup failed</source>
      <translation>La sauvegarde a échoué</translation>
    </message>
    <message>
      <source>Backup written</source>
      <translation>Sauvegarde écrite</translation>
    </message>
    <message>
      <source>Cannot restore</source>
      <translation>Restauration impossible</translation>
    </message>
    <message>
      <source>Cannot restore the backup</source>
      <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
      <source>Put the backup taken on {0} in place of {1}?

Everything changed since then disappears from the database; what it holds now is backed up first, so you can come back to it.</source>
      <translation>Remplacer {1} par la sauvegarde du {0} ?

Tout ce qui a changé depuis disparaît de la base de données ; son contenu actuel est d’abord sauvegardé, pour que vous puissiez y revenir.</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
      <source>Restoring {0}</source>
      <translation>Restauration de {0}</translation>
    </message>
    <message>
      <source>{0} is on a server: put a backup back there with `nmrf-tracker copy --from BACKUP.db --to postgresql://…` into a new, empty database (or the server's own pg_dump), then open that database.</source>
      <translation>{0} est sur un serveur : pour y remettre une sauvegarde, utilisez `nmrf-tracker copy --from SAUVEGARDE.db --to postgresql://…` vers une base neuve et vide (ou le pg_dump du serveur), puis ouvrez cette base.</translation>
    </message>
    <message>
      <source>{0} is read-only here: a backup cannot be put in its place.</source>
      <translation>{0} est en lecture seule ici : aucune sauvegarde ne peut le remplacer.</translation>
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message numerus="yes">
      <source>%n backup(s) of this database. The backups folder takes {0} in all.</source>
      <translation>
        <numerusform>%n sauvegarde de cette base de données. Le dossier des sauvegardes occupe {0} au total.</numerusform>
        <numerusform>%n sauvegardes de cette base de données. Le dossier des sauvegardes occupe {0} au total.</numerusform>
      </translation>
    </message>
    <message>
      <source>Backed up by hand</source>
      <translation>Sauvegardée à la main</translation>
    </message>
    <message>
      <source>Backups of {0}</source>
      <translation>Sauvegardes de {0}</translation>
    </message>
    <message>
      <source>Before a schema upgrade</source>
      <translation>Avant une mise à niveau du schéma</translation>
    </message>
    <message>
      <source>Before consolidating ministry files</source>
      <translation>Avant la consolidation des fichiers des ministères</translation>
    </message>
    <message>
      <source>Before protecting it with a password</source>
      <translation>Avant de la protéger par un mot de passe</translation>
    </message>
    <message>
      <source>Before removing its password</source>
      <translation>Avant de retirer son mot de passe</translation>
    </message>
    <message>
      <source>Before restoring another backup</source>
      <translation>Avant la restauration d’une autre sauvegarde</translation>
    </message>
    <message>
      <source>Kept: the last {0} and, before them, one a month for {1} months; older ones are removed automatically.</source>
      <translation>Conservées : les {0} dernières et, avant elles, une par mois pendant {1} mois ; les plus anciennes sont supprimées automatiquement.</translation>
    </message>
    <message>
      <source>No backup of this database yet. One is taken automatically before every schema upgrade and every consolidation that changes something; File &gt; Back up now… takes one at any time.</source>
      <translation>Aucune sauvegarde de cette base de données pour l’instant. Une sauvegarde est faite automatiquement avant chaque mise à niveau du schéma et chaque consolidation qui modifie quelque chose ; Fichier &gt; Sauvegarder maintenant… en fait une à tout moment.</translation>
    </message>
    <message>
      <source>Open the backups folder</source>
      <translation>Ouvrir le dossier des sauvegardes</translation>
    </message>
    <message>
      <source>Put the chosen backup in place of the database (what is there now is backed up first, so this can be undone).</source>
      <translation>Remplacer la base de données par la sauvegarde choisie (son contenu actuel est d’abord sauvegardé : l’opération peut donc être annulée).</translation>
    </message>
    <message>
      <source>Restore…</source>
      <translation>Restaurer…</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <source>Taken</source>
      <translation>Faite le</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Motif</translation>
    </message>
  </context>
  <context>
    <name>CalendarPage</name>
    <message>
      <source>&lt;span style='color:{0}'&gt;■&lt;/span&gt; overdue &amp;nbsp; &lt;span style='color:{1}'&gt;■&lt;/span&gt; due within 30 days &amp;nbsp; ■ later &amp;nbsp; &lt;span style='color:{2}'&gt;■&lt;/span&gt; completed</source>
      <translation>&lt;span style='color:{0}'&gt;■&lt;/span&gt; en retard &amp;nbsp; &lt;span style='color:{1}'&gt;■&lt;/span&gt; échéance dans les 30 jours &amp;nbsp; ■ plus tard &amp;nbsp; &lt;span style='color:{2}'&gt;■&lt;/span&gt; terminé</translation>
    </message>
    <message>
      <source>Add deadline…</source>
      <translation>Ajouter une échéance…</translation>
    </message>
    <message>
      <source>Calendar: {0} shown, {1} overdue</source>
      <translation>Calendrier : {0} affichées, {1} en retard</translation>
    </message>
    <message>
      <source>Concerns</source>
      <translation>Concerne</translation>
    </message>
    <message>
      <source>Deadlines of</source>
      <translation>Échéances de</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Every institution</source>
      <translation>Toutes les institutions</translation>
    </message>
    <message>
      <source>Everything still open</source>
      <translation>Tout ce qui reste ouvert</translation>
    </message>
    <message>
      <source>Everything, completed too</source>
      <translation>Tout, y compris ce qui est terminé</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Institution</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>Institution :</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Mark completed</source>
      <translation>Marquer comme terminée</translation>
    </message>
    <message>
      <source>Nothing to show for this choice.</source>
      <translation>Rien à afficher pour ce choix.</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <source>Overdue or due in 30 days</source>
      <translation>En retard ou échéance dans les 30 jours</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Afficher :</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Quoi</translation>
    </message>
  </context>
  <context>
    <name>ChangeSentences</name>
    <message>
      <source>Affected persons</source>
      <translation>Personnes concernées</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>Groupe</translation>
    </message>
    <message>
      <source>Progress report for {0} accepted</source>
      <translation>Rapport d’avancement pour {0} accepté</translation>
    </message>
    <message>
      <source>Progress report for {0} back to draft</source>
      <translation>Rapport d’avancement pour {0} remis à l’état de brouillon</translation>
    </message>
    <message>
      <source>Progress report for {0} deleted</source>
      <translation>Rapport d’avancement pour {0} supprimé</translation>
    </message>
    <message>
      <source>Progress report for {0} edited: {1}</source>
      <translation>Rapport d’avancement pour {0} modifié : {1}</translation>
    </message>
    <message>
      <source>Progress report for {0} restored</source>
      <translation>Rapport d’avancement pour {0} rétabli</translation>
    </message>
    <message>
      <source>Progress report for {0} returned for changes</source>
      <translation>Rapport d’avancement pour {0} renvoyé pour modification</translation>
    </message>
    <message>
      <source>Progress report for {0} submitted for validation</source>
      <translation>Rapport d’avancement pour {0} soumis pour validation</translation>
    </message>
    <message>
      <source>Progress report for {0} validated</source>
      <translation>Rapport d’avancement pour {0} validé</translation>
    </message>
    <message>
      <source>Progress report for {0} written</source>
      <translation>Rapport d’avancement pour {0} rédigé</translation>
    </message>
    <message>
      <source>Recommendation {0} added</source>
      <translation>Recommandation {0} ajoutée</translation>
    </message>
    <message>
      <source>Recommendation {0} changed: {1}</source>
      <translation>Recommandation {0} modifiée : {1}</translation>
    </message>
    <message>
      <source>Recommendation {0} deleted</source>
      <translation>Recommandation {0} supprimée</translation>
    </message>
    <message>
      <source>Recommendation {0} restored</source>
      <translation>Recommandation {0} rétablie</translation>
    </message>
    <message>
      <source>Recommending State</source>
      <translation>État auteur de la recommandation</translation>
    </message>
    <message>
      <source>SDG target</source>
      <translation>Cible des ODD</translation>
    </message>
    <message>
      <source>Source reference</source>
      <translation>Référence de la source</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Thème</translation>
    </message>
    <message>
      <source>{0} added to the action “{1}”</source>
      <translation>Recommandation {0} ajoutée à l’action « {1} »</translation>
    </message>
    <message>
      <source>{0} added to {1}</source>
      <translation>Ajout à {1} : {0}</translation>
    </message>
    <message>
      <source>{0} changed: {1}</source>
      <translation>Modification : {0} ({1})</translation>
    </message>
    <message>
      <source>{0} created</source>
      <translation>Création : {0}</translation>
    </message>
    <message>
      <source>{0} deleted</source>
      <translation>Suppression : {0}</translation>
    </message>
    <message>
      <source>{0} for {1}</source>
      <translation>{0} pour {1}</translation>
    </message>
    <message>
      <source>{0} given back to {1}</source>
      <translation>Rétablissement dans {1} : {0}</translation>
    </message>
    <message>
      <source>{0} leads {1}</source>
      <translation>{0} est chef de file pour {1}</translation>
    </message>
    <message>
      <source>{0} no longer leads {1}</source>
      <translation>{0} n’est plus chef de file pour {1}</translation>
    </message>
    <message>
      <source>{0} no longer supports {1}</source>
      <translation>{0} n’appuie plus {1}</translation>
    </message>
    <message>
      <source>{0} now leads {1}</source>
      <translation>{0} est désormais chef de file pour {1}</translation>
    </message>
    <message>
      <source>{0} now supports {1}</source>
      <translation>{0} appuie désormais {1}</translation>
    </message>
    <message>
      <source>{0} of {1} changed: {2}</source>
      <translation>Modification de {1} : {0} ({2})</translation>
    </message>
    <message>
      <source>{0} removed from {1}</source>
      <translation>Retrait de {1} : {0}</translation>
    </message>
    <message>
      <source>{0} restored</source>
      <translation>Rétablissement : {0}</translation>
    </message>
    <message>
      <source>{0} supports {1}</source>
      <translation>{0} appuie {1}</translation>
    </message>
    <message>
      <source>{0} taken out of the action “{1}”</source>
      <translation>Recommandation {0} retirée de l’action « {1} »</translation>
    </message>
    <message>
      <source>{0} “{1}”</source>
      <translation>{0} « {1} »</translation>
    </message>
    <message>
      <source>“{0}”</source>
      <translation>« {0} »</translation>
    </message>
  </context>
  <context>
    <name>ChangeWords</name>
    <message>
      <source>Accepted by</source>
      <translation>Accepté par</translation>
    </message>
    <message>
      <source>Accepted on</source>
      <translation>Accepté le</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Action category</source>
      <translation>Catégorie d’action</translation>
    </message>
    <message>
      <source>Action for a recommendation</source>
      <translation>Action pour une recommandation</translation>
    </message>
    <message>
      <source>Adopted on</source>
      <translation>Adopté le</translation>
    </message>
    <message>
      <source>Affected persons</source>
      <translation>Personnes concernées</translation>
    </message>
    <message>
      <source>Affected persons of a recommendation</source>
      <translation>Personnes concernées par une recommandation</translation>
    </message>
    <message>
      <source>Assignment</source>
      <translation>Attribution</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Auteur</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation>Valeur de référence</translation>
    </message>
    <message>
      <source>Baseline date</source>
      <translation>Date de référence</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>Groupe</translation>
    </message>
    <message>
      <source>Cluster membership</source>
      <translation>Appartenance à un groupe</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Completed on</source>
      <translation>Terminé le</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Devise</translation>
    </message>
    <message>
      <source>Cycle</source>
      <translation>Cycle</translation>
    </message>
    <message>
      <source>Data source</source>
      <translation>Source des données</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>Supprimé</translation>
    </message>
    <message>
      <source>Demo</source>
      <translation>Démo</translation>
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
      <source>Disaggregation</source>
      <translation>Ventilation</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>Cote du document</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Fin</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Pièce justificative</translation>
    </message>
    <message>
      <source>Expected outcome</source>
      <translation>Résultat attendu</translation>
    </message>
    <message>
      <source>Fictional</source>
      <translation>Fictif</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>Nom du fichier</translation>
    </message>
    <message>
      <source>ISO code</source>
      <translation>Code ISO</translation>
    </message>
    <message>
      <source>Identifier</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Indicateur</translation>
    </message>
    <message>
      <source>Indicator measuring</source>
      <translation>Indicateur mesurant</translation>
    </message>
    <message>
      <source>Indicator value</source>
      <translation>Valeur d’indicateur</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Institution</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>Mécanisme</translation>
    </message>
    <message>
      <source>Mid-term report due</source>
      <translation>Rapport à mi-parcours attendu le</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Narrative</source>
      <translation>Exposé</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>Prochain examen</translation>
    </message>
    <message>
      <source>Next steps</source>
      <translation>Prochaines étapes</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Numéro</translation>
    </message>
    <message>
      <source>Part of</source>
      <translation>Fait partie de</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <source>Progress report</source>
      <translation>Rapport d’avancement</translation>
    </message>
    <message>
      <source>Public</source>
      <translation>Public</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>Recommandation</translation>
    </message>
    <message>
      <source>Recommending State</source>
      <translation>État auteur de la recommandation</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Référence</translation>
    </message>
    <message>
      <source>Returned because</source>
      <translation>Renvoyé parce que</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Examen</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <source>SDG goal</source>
      <translation>Objectif de développement durable</translation>
    </message>
    <message>
      <source>SDG target</source>
      <translation>Cible des ODD</translation>
    </message>
    <message>
      <source>SDG target of a recommendation</source>
      <translation>Cible des ODD d’une recommandation</translation>
    </message>
    <message>
      <source>Scheme</source>
      <translation>Schéma</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <source>Short name</source>
      <translation>Nom court</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Source of position</source>
      <translation>Source de la position</translation>
    </message>
    <message>
      <source>Source reference</source>
      <translation>Référence de la source</translation>
    </message>
    <message>
      <source>Spelling</source>
      <translation>Graphie</translation>
    </message>
    <message>
      <source>Spelling as compared</source>
      <translation>Graphie comparée</translation>
    </message>
    <message>
      <source>Spelling of a State</source>
      <translation>Graphie d’un État</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Étape</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>Début</translation>
    </message>
    <message>
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État d’avancement</translation>
    </message>
    <message>
      <source>Submitted on</source>
      <translation>Soumis le</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Cible</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>Date cible</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Thème</translation>
    </message>
    <message>
      <source>Theme of a recommendation</source>
      <translation>Thème d’une recommandation</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Translation</source>
      <translation>Traduction</translation>
    </message>
    <message>
      <source>Type of file</source>
      <translation>Type de fichier</translation>
    </message>
    <message>
      <source>UN status</source>
      <translation>Statut ONU</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unité</translation>
    </message>
    <message>
      <source>Validated by</source>
      <translation>Validé par</translation>
    </message>
    <message>
      <source>Validated on</source>
      <translation>Validé le</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Année</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <source>{0} created</source>
      <translation>Création : {0}</translation>
    </message>
    <message>
      <source>{0} deleted</source>
      <translation>Suppression : {0}</translation>
    </message>
    <message>
      <source>{0} restored</source>
      <translation>Rétablissement : {0}</translation>
    </message>
  </context>
  <context>
    <name>ChooseDialog</name>
    <message>
      <source>Nothing matches what you typed.</source>
      <translation>Rien ne correspond à ce que vous avez saisi.</translation>
    </message>
    <message>
      <source>Type to narrow the list</source>
      <translation>Saisissez du texte pour filtrer la liste</translation>
    </message>
  </context>
  <context>
    <name>ClustersDialog</name>
    <message>
      <source>A cluster groups recommendations that are followed up together (one plan, one lead). Add recommendations from the register: select them, then Edit &gt; Add to cluster…</source>
      <translation>Un groupe réunit des recommandations suivies ensemble (un plan, un chef de file). Ajoutez-y des recommandations depuis le registre : sélectionnez-les, puis Édition &gt; Ajouter au groupe…</translation>
    </message>
    <message>
      <source>Clusters</source>
      <translation>Groupes</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Supprimer…</translation>
    </message>
    <message>
      <source>Merge selected</source>
      <translation>Fusionner la sélection</translation>
    </message>
    <message>
      <source>New…</source>
      <translation>Nouveau…</translation>
    </message>
    <message>
      <source>No clusters yet. Create one with New…, or select recommendations in the register and add them to a new cluster.</source>
      <translation>Aucun groupe pour l’instant. Créez-en un avec Nouveau…, ou sélectionnez des recommandations dans le registre et ajoutez-les à un nouveau groupe.</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Renommer…</translation>
    </message>
    <message>
      <source>Select two or more clusters: all their recommendations go into the one highest in the list, and the others are deleted (Edit &gt; Undo brings them back).</source>
      <translation>Sélectionnez au moins deux groupes : toutes leurs recommandations vont dans celui qui est le plus haut dans la liste, et les autres sont supprimés (Édition &gt; Annuler les rétablit).</translation>
    </message>
    <message>
      <source>Set lead for all…</source>
      <translation>Chef de file pour tout…</translation>
    </message>
    <message>
      <source>Show in register</source>
      <translation>Afficher dans le registre</translation>
    </message>
    <message numerus="yes">
      <source>{0}  —  %n recommendation(s)</source>
      <translation>
        <numerusform>{0}  —  %n recommandation</numerusform>
        <numerusform>{0}  —  %n recommandations</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CodeLabels</name>
    <message>
      <source>A ministry's device</source>
      <translation>L’appareil d’un ministère</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Acceptée</translation>
    </message>
    <message>
      <source>Action milestone</source>
      <translation>Jalon d’action</translation>
    </message>
    <message>
      <source>Added here or by an import</source>
      <translation>Ajouté ici ou par une importation</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>Agence</translation>
    </message>
    <message>
      <source>Already imported — nothing changed</source>
      <translation>Déjà importé — rien n’a changé</translation>
    </message>
    <message>
      <source>Alternate focal point</source>
      <translation>Point focal suppléant</translation>
    </message>
    <message>
      <source>An institution's copy</source>
      <translation>Copie d’une institution</translation>
    </message>
    <message>
      <source>Applied</source>
      <translation>Appliqué</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Annulée</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Terminée</translation>
    </message>
    <message>
      <source>Completed matrix from an institution (Excel)</source>
      <translation>Matrice complétée par une institution (Excel)</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>Conflit</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Brouillon</translation>
    </message>
    <message>
      <source>Focal point</source>
      <translation>Point focal</translation>
    </message>
    <message>
      <source>Fully implemented</source>
      <translation>Pleinement mise en œuvre</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Haute</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>En cours</translation>
    </message>
    <message>
      <source>Indicator reporting</source>
      <translation>Rapport sur les indicateurs</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Émis</translation>
    </message>
    <message>
      <source>Judiciary</source>
      <translation>Pouvoir judiciaire</translation>
    </message>
    <message>
      <source>Lead</source>
      <translation>Chef de file</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Basse</translation>
    </message>
    <message>
      <source>Main focal point</source>
      <translation>Point focal principal</translation>
    </message>
    <message>
      <source>Matrix for completion</source>
      <translation>Matrice à compléter</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Moyenne</translation>
    </message>
    <message>
      <source>Mid-term report</source>
      <translation>Rapport à mi-parcours</translation>
    </message>
    <message>
      <source>Ministry</source>
      <translation>Ministère</translation>
    </message>
    <message>
      <source>National human rights institution</source>
      <translation>Institution nationale des droits de l’homme</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>Prochain examen</translation>
    </message>
    <message>
      <source>No longer relevant</source>
      <translation>N’est plus pertinente</translation>
    </message>
    <message>
      <source>Not applicable</source>
      <translation>Sans objet</translation>
    </message>
    <message>
      <source>Not implemented</source>
      <translation>Non mise en œuvre</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>Non commencée</translation>
    </message>
    <message>
      <source>Noted</source>
      <translation>Notée</translation>
    </message>
    <message>
      <source>OHCHR recommendations matrix (Word)</source>
      <translation>Matrice des recommandations du HCDH (Word)</translation>
    </message>
    <message>
      <source>Ongoing</source>
      <translation>En cours</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>Ouvert</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <source>Parliament</source>
      <translation>Parlement</translation>
    </message>
    <message>
      <source>Partially implemented</source>
      <translation>Partiellement mise en œuvre</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>En attente</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Prévue</translation>
    </message>
    <message>
      <source>Prepared</source>
      <translation>Préparé</translation>
    </message>
    <message>
      <source>Process</source>
      <translation>Processus</translation>
    </message>
    <message>
      <source>Reader</source>
      <translation>Lecteur</translation>
    </message>
    <message>
      <source>Reader (no editing)</source>
      <translation>Lecteur (sans modification)</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Reçu</translation>
    </message>
    <message>
      <source>Regional body</source>
      <translation>Organisme régional</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>Enregistré</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Rejetée</translation>
    </message>
    <message>
      <source>Rejected — nothing changed</source>
      <translation>Rejeté — rien n’a changé</translation>
    </message>
    <message>
      <source>Report to a treaty body</source>
      <translation>Rapport à un organe conventionnel</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>Résolu</translation>
    </message>
    <message>
      <source>Returned</source>
      <translation>Renvoyé</translation>
    </message>
    <message>
      <source>Revoked</source>
      <translation>Révoqué</translation>
    </message>
    <message>
      <source>Secretariat</source>
      <translation>Secrétariat</translation>
    </message>
    <message>
      <source>Secretariat staff</source>
      <translation>Personnel du secrétariat</translation>
    </message>
    <message>
      <source>Should decrease</source>
      <translation>Devrait diminuer</translation>
    </message>
    <message>
      <source>Should increase</source>
      <translation>Devrait augmenter</translation>
    </message>
    <message>
      <source>Should reach the target</source>
      <translation>Devrait atteindre la cible</translation>
    </message>
    <message>
      <source>Special procedure</source>
      <translation>Procédure spéciale</translation>
    </message>
    <message>
      <source>Structural</source>
      <translation>Structurel</translation>
    </message>
    <message>
      <source>Supported</source>
      <translation>Acceptée</translation>
    </message>
    <message>
      <source>Supported in part</source>
      <translation>Acceptée en partie</translation>
    </message>
    <message>
      <source>Supporting</source>
      <translation>En appui</translation>
    </message>
    <message>
      <source>Table with a column mapping</source>
      <translation>Tableau avec correspondance des colonnes</translation>
    </message>
    <message>
      <source>The secretariat's database</source>
      <translation>Base de données du secrétariat</translation>
    </message>
    <message>
      <source>The secretariat's key</source>
      <translation>Clé du secrétariat</translation>
    </message>
    <message>
      <source>This computer</source>
      <translation>Cet ordinateur</translation>
    </message>
    <message>
      <source>Treaty body</source>
      <translation>Organe conventionnel</translation>
    </message>
    <message>
      <source>UPR Info database export</source>
      <translation>Export de la base de données UPR Info</translation>
    </message>
    <message>
      <source>UPR Info issues</source>
      <translation>Thèmes UPR Info</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>Inchangé</translation>
    </message>
    <message>
      <source>Universal Human Rights Index (OHCHR)</source>
      <translation>Index universel des droits de l’homme (HCDH)</translation>
    </message>
    <message>
      <source>Universal Human Rights Index export</source>
      <translation>Export de l’Index universel des droits de l’homme</translation>
    </message>
    <message>
      <source>Universal Periodic Review</source>
      <translation>Examen périodique universel</translation>
    </message>
    <message>
      <source>Update</source>
      <translation>Mise à jour</translation>
    </message>
    <message>
      <source>Validating authority</source>
      <translation>Autorité de validation</translation>
    </message>
    <message>
      <source>Voluntary pledges</source>
      <translation>Engagements volontaires</translation>
    </message>
    <message>
      <source>Waiting for a decision</source>
      <translation>En attente d’une décision</translation>
    </message>
    <message>
      <source>Waiting for acceptance</source>
      <translation>En attente d’acceptation</translation>
    </message>
    <message>
      <source>Waiting for validation</source>
      <translation>En attente de validation</translation>
    </message>
    <message>
      <source>Whole copy</source>
      <translation>Copie intégrale</translation>
    </message>
    <message>
      <source>Would apply</source>
      <translation>Serait appliqué</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>modifié</translation>
    </message>
    <message>
      <source>created</source>
      <translation>créé</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>supprimé</translation>
    </message>
    <message>
      <source>restored</source>
      <translation>rétabli</translation>
    </message>
  </context>
  <context>
    <name>ConflictReviewDialog</name>
    <message>
      <source>&lt;b&gt;Before both changes&lt;/b&gt; (base)</source>
      <translation>&lt;b&gt;Avant les deux modifications&lt;/b&gt; (base)</translation>
    </message>
    <message>
      <source>&lt;b&gt;Secretariat&lt;/b&gt; (now)</source>
      <translation>&lt;b&gt;Secrétariat&lt;/b&gt; (actuel)</translation>
    </message>
    <message>
      <source>&lt;b&gt;{0}&lt;/b&gt; (incoming)</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt; (reçu)</translation>
    </message>
    <message>
      <source>A merged value, if neither side is right</source>
      <translation>Une valeur fusionnée, si aucune des deux n’est juste</translation>
    </message>
    <message>
      <source>Changed by</source>
      <translation>Modifié par</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Institution</translation>
    </message>
    <message>
      <source>Justification</source>
      <translation>Justification</translation>
    </message>
    <message>
      <source>Keep the secretariat's</source>
      <translation>Garder celle du secrétariat</translation>
    </message>
    <message>
      <source>Merged value</source>
      <translation>Valeur fusionnée</translation>
    </message>
    <message>
      <source>No conflict waits for review.</source>
      <translation>Aucun conflit n’attend d’examen.</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Enregistrement</translation>
    </message>
    <message>
      <source>Review conflicts</source>
      <translation>Examiner les conflits</translation>
    </message>
    <message>
      <source>Take the institution's</source>
      <translation>Prendre celle de l’institution</translation>
    </message>
    <message>
      <source>Use the merged value</source>
      <translation>Utiliser la valeur fusionnée</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>Why this value (required; the institution will read it)</source>
      <translation>Pourquoi cette valeur (obligatoire ; l’institution le lira)</translation>
    </message>
    <message>
      <source>Write a justification first: the institution will read why this value was kept.</source>
      <translation>Rédigez d’abord une justification : l’institution lira pourquoi cette valeur a été retenue.</translation>
    </message>
  </context>
  <context>
    <name>ConsolidationDialog</name>
    <message>
      <source>Applied</source>
      <translation>Appliqué</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Appliquer</translation>
    </message>
    <message>
      <source>Change no.</source>
      <translation>N° de modification</translation>
    </message>
    <message>
      <source>Conflicts</source>
      <translation>Conflits</translation>
    </message>
    <message>
      <source>Consolidation — summary</source>
      <translation>Consolidation — récapitulatif</translation>
    </message>
    <message>
      <source>Consolidation — what would happen</source>
      <translation>Consolidation — ce qui se passerait</translation>
    </message>
    <message>
      <source>Every change applied or was already there.</source>
      <translation>Chaque modification a été appliquée ou était déjà présente.</translation>
    </message>
    <message>
      <source>Export as PDF…</source>
      <translation>Exporter en PDF…</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Institution</translation>
    </message>
    <message>
      <source>Nothing has been changed yet. Apply to merge these files into the database (a backup is taken first), or cancel.</source>
      <translation>Rien n’a encore été modifié. Appliquez pour fusionner ces fichiers dans la base de données (une sauvegarde est faite d’abord), ou annulez.</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>Reason or fields in conflict</source>
      <translation>Motif ou champs en conflit</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Enregistrement</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Rejeté</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <source>The summary is kept in the exchange ledger and goes back to each institution with the next file issued to it.</source>
      <translation>Le récapitulatif est conservé dans le registre des échanges et retourne à chaque institution avec le prochain fichier qui lui est émis.</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>Inchangé</translation>
    </message>
    <message>
      <source>new device, key fingerprint {0}</source>
      <translation>nouvel appareil, empreinte de clé {0}</translation>
    </message>
    <message>
      <source>unsigned changes (a whole database file)</source>
      <translation>modifications non signées (un fichier de base de données entier)</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <source>A deadline of theirs has passed</source>
      <translation>Une de leurs échéances est dépassée</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Tableau de bord</translation>
    </message>
    <message>
      <source>Every recommendation</source>
      <translation>Toutes les recommandations</translation>
    </message>
    <message>
      <source>No changes yet.</source>
      <translation>Aucune modification pour l’instant.</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>Non évaluée</translation>
    </message>
    <message>
      <source>Nothing overdue.</source>
      <translation>Rien en retard.</translation>
    </message>
    <message>
      <source>Overdue, by lead institution</source>
      <translation>En retard, par institution chef de file</translation>
    </message>
    <message>
      <source>Progress behind the time elapsed between baseline and target</source>
      <translation>Progrès en retard sur le temps écoulé entre la valeur de référence et la cible</translation>
    </message>
    <message>
      <source>Recent activity</source>
      <translation>Activité récente</translation>
    </message>
    <message>
      <source>Status by SDG goal</source>
      <translation>État d’avancement par objectif de développement durable</translation>
    </message>
    <message>
      <source>Status by lead institution</source>
      <translation>État d’avancement par institution chef de file</translation>
    </message>
    <message>
      <source>Status by mechanism</source>
      <translation>État d’avancement par mécanisme</translation>
    </message>
    <message>
      <source>Status by theme (largest themes)</source>
      <translation>État d’avancement par thème (thèmes principaux)</translation>
    </message>
    <message>
      <source>Submitted, waiting for the ministry's validating authority</source>
      <translation>Soumis, en attente de l’autorité de validation du ministère</translation>
    </message>
    <message>
      <source>Those with a lead institution</source>
      <translation>Celles qui ont une institution chef de file</translation>
    </message>
    <message>
      <source>Validated, waiting for the secretariat</source>
      <translation>Validé, en attente du secrétariat</translation>
    </message>
    <message>
      <source>{0}
indicators off track</source>
      <translation>{0}
indicateurs hors trajectoire</translation>
    </message>
    <message>
      <source>{0}
overdue</source>
      <translation>{0}
en retard</translation>
    </message>
    <message>
      <source>{0}
recommendations</source>
      <translation>{0}
recommandations</translation>
    </message>
    <message>
      <source>{0}
waiting for acceptance</source>
      <translation>{0}
en attente d’acceptation</translation>
    </message>
    <message>
      <source>{0}
waiting for validation</source>
      <translation>{0}
en attente de validation</translation>
    </message>
    <message>
      <source>{0}
with a lead institution</source>
      <translation>{0}
avec une institution chef de file</translation>
    </message>
    <message>
      <source>{0}: {1}</source>
      <translation>{0} : {1}</translation>
    </message>
    <message>
      <source>{0}: {1} overdue</source>
      <translation>{0} : {1} en retard</translation>
    </message>
    <message>
      <source>{0}: {1} {2}</source>
      <translation>{0} : {1} {2}</translation>
    </message>
  </context>
  <context>
    <name>DatabaseBanners</name>
    <message>
      <source>DEMO — everything here is generated data about a fictional State, not real recommendations.</source>
      <translation>DÉMO — tout ce qui figure ici est généré pour un État fictif ; ce ne sont pas de vraies recommandations.</translation>
    </message>
    <message>
      <source>READ-ONLY — {0} is on read-only media or in a folder you cannot write, so nothing here can be changed. To work on it, save a copy to a writable folder (File &gt; Back up now…) and open the copy.</source>
      <translation>LECTURE SEULE — {0} se trouve sur un support en lecture seule ou dans un dossier où vous ne pouvez pas écrire : rien ne peut y être modifié. Pour y travailler, enregistrez-en une copie dans un dossier accessible en écriture (Fichier &gt; Sauvegarder maintenant…) et ouvrez la copie.</translation>
    </message>
  </context>
  <context>
    <name>DeadlineDialog</name>
    <message>
      <source>Due on:</source>
      <translation>Échéance le :</translation>
    </message>
    <message>
      <source>Indicator reporting</source>
      <translation>Rapport sur les indicateurs</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>Institution :</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Type :</translation>
    </message>
    <message>
      <source>Mid-term report</source>
      <translation>Rapport à mi-parcours</translation>
    </message>
    <message>
      <source>New deadline</source>
      <translation>Nouvelle échéance</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>Prochain examen</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <source>Report to a treaty body</source>
      <translation>Rapport à un organe conventionnel</translation>
    </message>
    <message>
      <source>What is due:</source>
      <translation>Ce qui est attendu :</translation>
    </message>
    <message>
      <source>What is due: say what the deadline is for.</source>
      <translation>Ce qui est attendu : indiquez à quoi correspond l’échéance.</translation>
    </message>
    <message>
      <source>e.g. Written contribution to the mid-term report</source>
      <translation>p. ex. Contribution écrite au rapport à mi-parcours</translation>
    </message>
  </context>
  <context>
    <name>DetailPane</name>
    <message>
      <source> · internal</source>
      <translation> · interne</translation>
    </message>
    <message>
      <source>(no reference)</source>
      <translation>(sans référence)</translation>
    </message>
    <message>
      <source>A draft or returned report can be changed</source>
      <translation>Un rapport en brouillon ou renvoyé peut être modifié</translation>
    </message>
    <message>
      <source>Accept</source>
      <translation>Accepter</translation>
    </message>
    <message>
      <source>Add supporting…</source>
      <translation>Ajouter une institution en appui…</translation>
    </message>
    <message>
      <source>Affected persons</source>
      <translation>Personnes concernées</translation>
    </message>
    <message>
      <source>Alike</source>
      <translation>Semblables</translation>
    </message>
    <message>
      <source>Assignment</source>
      <translation>Attribution</translation>
    </message>
    <message>
      <source>Attach evidence…</source>
      <translation>Joindre une pièce justificative…</translation>
    </message>
    <message>
      <source>Cluster with these…</source>
      <translation>Grouper avec celles-ci…</translation>
    </message>
    <message>
      <source>Clusters</source>
      <translation>Groupes</translation>
    </message>
    <message>
      <source>Correct the reference, text, position, priority or notes (recorded in the history)</source>
      <translation>Corriger la référence, le texte, la position, la priorité ou les notes (consigné dans l’historique)</translation>
    </message>
    <message>
      <source>Current status</source>
      <translation>État d’avancement actuel</translation>
    </message>
    <message>
      <source>Edit report…</source>
      <translation>Modifier le rapport…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <source>Files attached to the selected progress report; drop files here to attach them</source>
      <translation>Fichiers joints au rapport d’avancement sélectionné ; déposez des fichiers ici pour les joindre</translation>
    </message>
    <message>
      <source>Go to</source>
      <translation>Aller à</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Institution</translation>
    </message>
    <message>
      <source>Lead</source>
      <translation>Chef de file</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>Mécanisme</translation>
    </message>
    <message>
      <source>Narrative</source>
      <translation>Exposé</translation>
    </message>
    <message>
      <source>New progress report…</source>
      <translation>Nouveau rapport d’avancement…</translation>
    </message>
    <message>
      <source>Next steps</source>
      <translation>Prochaines étapes</translation>
    </message>
    <message>
      <source>No focal point recorded.</source>
      <translation>Aucun point focal enregistré.</translation>
    </message>
    <message>
      <source>No institution is assigned yet. Select the recommendation (or several) and use Set lead… (Ctrl+L).</source>
      <translation>Aucune institution n’est encore désignée. Sélectionnez la recommandation (ou plusieurs) et utilisez Désigner le chef de file… (Ctrl+L).</translation>
    </message>
    <message>
      <source>No other recommendation is much alike.</source>
      <translation>Aucune autre recommandation n’est vraiment semblable.</translation>
    </message>
    <message>
      <source>No progress report yet: the lead institution's focal point writes one with New progress report…</source>
      <translation>Pas encore de rapport d’avancement : le point focal de l’institution chef de file en rédige un avec Nouveau rapport d’avancement…</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>Non évaluée</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Open evidence</source>
      <translation>Ouvrir la pièce justificative</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <source>Put this recommendation and the similar ones selected in one cluster</source>
      <translation>Réunir cette recommandation et les recommandations semblables sélectionnées dans un groupe</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>Recommandation</translation>
    </message>
    <message>
      <source>Recommending States</source>
      <translation>États auteurs de la recommandation</translation>
    </message>
    <message>
      <source>Ref.</source>
      <translation>Réf.</translation>
    </message>
    <message>
      <source>Returned because</source>
      <translation>Renvoyé parce que</translation>
    </message>
    <message>
      <source>Return…</source>
      <translation>Renvoyer…</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Examen</translation>
    </message>
    <message>
      <source>SDGs</source>
      <translation>ODD</translation>
    </message>
    <message>
      <source>Set lead…</source>
      <translation>Désigner le chef de file…</translation>
    </message>
    <message>
      <source>Show the selected one in the register (double-click does the same)</source>
      <translation>Afficher celle qui est sélectionnée dans le registre (un double clic fait de même)</translation>
    </message>
    <message>
      <source>Similar</source>
      <translation>Semblables</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Sources</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Étape</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État d’avancement</translation>
    </message>
    <message>
      <source>Submit</source>
      <translation>Soumettre</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>Thèmes</translation>
    </message>
    <message>
      <source>Validate</source>
      <translation>Valider</translation>
    </message>
    <message>
      <source>With several institutions, the recommendation is as far along as the least advanced of them.</source>
      <translation>Avec plusieurs institutions, la recommandation en est au point de la moins avancée d’entre elles.</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucun</translation>
    </message>
  </context>
  <context>
    <name>DirectoryCommands</name>
    <message>
      <source>Add institution {0}</source>
      <translation>Ajouter l’institution {0}</translation>
    </message>
    <message>
      <source>Add spelling</source>
      <translation>Ajouter une graphie</translation>
    </message>
    <message>
      <source>Add spelling “{0}”</source>
      <translation>Ajouter la graphie « {0} »</translation>
    </message>
    <message>
      <source>Add to the list</source>
      <translation>Ajouter à la liste</translation>
    </message>
    <message>
      <source>Add {0} to {1}</source>
      <translation>Ajouter {0} à {1}</translation>
    </message>
    <message>
      <source>Add “{0}”</source>
      <translation>Ajouter « {0} »</translation>
    </message>
    <message>
      <source>Another way documents write this State's name:</source>
      <translation>Une autre façon dont les documents écrivent le nom de cet État :</translation>
    </message>
    <message>
      <source>Calendar of {0}</source>
      <translation>Calendrier de {0}</translation>
    </message>
    <message>
      <source>Calendar of {0} saved.</source>
      <translation>Calendrier de {0} enregistré.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Delete “{0}”</source>
      <translation>Supprimer « {0} »</translation>
    </message>
    <message>
      <source>Delete “{0}” from the list? Edit &gt; Undo brings it back.</source>
      <translation>Supprimer « {0} » de la liste ? Édition &gt; Annuler le rétablit.</translation>
    </message>
    <message>
      <source>Edit institution {0}</source>
      <translation>Modifier l’institution {0}</translation>
    </message>
    <message>
      <source>Edit {0}</source>
      <translation>Modifier {0}</translation>
    </message>
    <message>
      <source>Edit “{0}”</source>
      <translation>Modifier « {0} »</translation>
    </message>
    <message>
      <source>Institution {0} added.</source>
      <translation>Institution {0} ajoutée.</translation>
    </message>
    <message>
      <source>Institution {0} saved.</source>
      <translation>Institution {0} enregistrée.</translation>
    </message>
    <message>
      <source>Remove person</source>
      <translation>Retirer la personne</translation>
    </message>
    <message>
      <source>Remove spelling</source>
      <translation>Retirer la graphie</translation>
    </message>
    <message>
      <source>Remove spelling “{0}”</source>
      <translation>Retirer la graphie « {0} »</translation>
    </message>
    <message>
      <source>Remove {0}</source>
      <translation>Retirer {0}</translation>
    </message>
    <message>
      <source>Remove {0} from {1}? Edit &gt; Undo brings them back.</source>
      <translation>Retirer {0} de {1} ? Édition &gt; Annuler les rétablit.</translation>
    </message>
    <message>
      <source>Spelling that imports should no longer recognise:</source>
      <translation>Graphie que les importations ne doivent plus reconnaître :</translation>
    </message>
    <message>
      <source>Spelling “{0}” added.</source>
      <translation>Graphie « {0} » ajoutée.</translation>
    </message>
    <message>
      <source>Spelling “{0}” removed.</source>
      <translation>Graphie « {0} » retirée.</translation>
    </message>
    <message>
      <source>e.g. CMW</source>
      <translation>p. ex. CMW</translation>
    </message>
    <message>
      <source>optional, e.g. X12</source>
      <translation>facultatif, p. ex. X12</translation>
    </message>
    <message>
      <source>optional: made from the name</source>
      <translation>facultatif : formé à partir du nom</translation>
    </message>
    <message>
      <source>{0} added to {1}.</source>
      <translation>{0} ajouté à {1}.</translation>
    </message>
    <message>
      <source>{0} removed.</source>
      <translation>{0} retiré.</translation>
    </message>
    <message>
      <source>{0} saved.</source>
      <translation>{0} enregistré.</translation>
    </message>
    <message>
      <source>“{0}” added.</source>
      <translation>« {0} » ajouté.</translation>
    </message>
    <message>
      <source>“{0}” deleted.</source>
      <translation>« {0} » supprimé.</translation>
    </message>
    <message>
      <source>“{0}” saved.</source>
      <translation>« {0} » enregistré.</translation>
    </message>
  </context>
  <context>
    <name>EditRecommendationDialog</name>
    <message>
      <source>Edit recommendation {0}</source>
      <translation>Modifier la recommandation {0}</translation>
    </message>
    <message>
      <source>Internal notes of the secretariat (searchable)</source>
      <translation>Notes internes du secrétariat (consultables par la recherche)</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>Notes :</translation>
    </message>
    <message>
      <source>Optional: the text in the national language</source>
      <translation>Facultatif : le texte dans la langue nationale</translation>
    </message>
    <message>
      <source>Position:</source>
      <translation>Position :</translation>
    </message>
    <message>
      <source>Priority:</source>
      <translation>Priorité :</translation>
    </message>
    <message>
      <source>Reference:</source>
      <translation>Référence :</translation>
    </message>
    <message>
      <source>Source of position:</source>
      <translation>Source de la position :</translation>
    </message>
    <message>
      <source>Text:</source>
      <translation>Texte :</translation>
    </message>
    <message>
      <source>Text: a recommendation cannot be empty.</source>
      <translation>Texte : une recommandation ne peut pas être vide.</translation>
    </message>
    <message>
      <source>Translation:</source>
      <translation>Traduction :</translation>
    </message>
    <message>
      <source>e.g. A/HRC/55/12/Add.1, paragraph 4</source>
      <translation>p. ex. A/HRC/55/12/Add.1, paragraphe 4</translation>
    </message>
  </context>
  <context>
    <name>EntryDialog</name>
    <message>
      <source>Code:</source>
      <translation>Code :</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Type :</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Nom :</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <source>Copy details</source>
      <translation>Copier les détails</translation>
    </message>
    <message>
      <source>Log folder: {0}</source>
      <translation>Dossier des journaux : {0}</translation>
    </message>
    <message>
      <source>NMRF Tracker met an unexpected problem. Your saved data is safe: the last change was not written. Please send the details below to your IT support.</source>
      <translation>NMRF Tracker a rencontré un problème inattendu. Vos données enregistrées sont intactes : la dernière modification n’a pas été écrite. Veuillez envoyer les détails ci-dessous à votre support informatique.</translation>
    </message>
    <message>
      <source>Open log folder</source>
      <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>Un problème est survenu</translation>
    </message>
  </context>
  <context>
    <name>EvidenceDetailsDialog</name>
    <message>
      <source>Attach {0}</source>
      <translation>Joindre {0}</translation>
    </message>
    <message>
      <source>Public (may appear in published reports)</source>
      <translation>Public (peut figurer dans les rapports publiés)</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Titre :</translation>
    </message>
  </context>
  <context>
    <name>EvidenceListDialog</name>
    <message>
      <source> · internal</source>
      <translation> · interne</translation>
    </message>
    <message>
      <source>Attach…</source>
      <translation>Joindre…</translation>
    </message>
    <message>
      <source>No file attached yet.</source>
      <translation>Aucun fichier joint pour l’instant.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
  </context>
  <context>
    <name>ExchangeCommandsMixin</name>
    <message numerus="yes">
      <source>%n change(s)</source>
      <translation>
        <numerusform>%n modification</numerusform>
        <numerusform>%n modifications</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n evidence file(s)</source>
      <translation>
        <numerusform>%n pièce justificative</numerusform>
        <numerusform>%n pièces justificatives</numerusform>
      </translation>
    </message>
    <message>
      <source>Cannot check the files</source>
      <translation>Impossible de vérifier les fichiers</translation>
    </message>
    <message>
      <source>Cannot issue the file</source>
      <translation>Impossible d’émettre le fichier</translation>
    </message>
    <message>
      <source>Cannot open {0}</source>
      <translation>Impossible d’ouvrir {0}</translation>
    </message>
    <message>
      <source>Cannot prepare the file</source>
      <translation>Impossible de préparer le fichier</translation>
    </message>
    <message>
      <source>Cannot read the conflicts</source>
      <translation>Impossible de lire les conflits</translation>
    </message>
    <message>
      <source>Cannot read the exchange ledger</source>
      <translation>Impossible de lire le registre des échanges</translation>
    </message>
    <message>
      <source>Cannot write the summary</source>
      <translation>Impossible d’écrire le récapitulatif</translation>
    </message>
    <message>
      <source>Checking the files</source>
      <translation>Vérification des fichiers</translation>
    </message>
    <message>
      <source>Consolidating</source>
      <translation>Consolidation en cours</translation>
    </message>
    <message>
      <source>Consolidation stopped; the database is as it was before the file being applied</source>
      <translation>Consolidation interrompue ; la base de données est telle qu’elle était avant le fichier en cours d’application</translation>
    </message>
    <message>
      <source>Creating your working copy</source>
      <translation>Création de votre copie de travail</translation>
    </message>
    <message>
      <source>Encrypted to the registered computers of {0}.</source>
      <translation>Chiffré pour les ordinateurs enregistrés de {0}.</translation>
    </message>
    <message>
      <source>Encrypted: it opens only with the twelve words shown next.</source>
      <translation>Chiffré : il ne s’ouvre qu’avec les douze mots affichés ensuite.</translation>
    </message>
    <message>
      <source>File issued</source>
      <translation>Fichier émis</translation>
    </message>
    <message>
      <source>File opened</source>
      <translation>Fichier ouvert</translation>
    </message>
    <message>
      <source>File ready</source>
      <translation>Fichier prêt</translation>
    </message>
    <message>
      <source>Issuing the file for {0}</source>
      <translation>Émission du fichier pour {0}</translation>
    </message>
    <message>
      <source>Open a file from the &amp;secretariat…</source>
      <translation>Ouvrir un fichier du &amp;secrétariat…</translation>
    </message>
    <message>
      <source>Opening {0}</source>
      <translation>Ouverture de {0}</translation>
    </message>
    <message>
      <source>Preparing the file</source>
      <translation>Préparation du fichier</translation>
    </message>
    <message>
      <source>Reading the conflicts</source>
      <translation>Lecture des conflits</translation>
    </message>
    <message>
      <source>Reading the exchange ledger</source>
      <translation>Lecture du registre des échanges</translation>
    </message>
    <message>
      <source>Recording the decision</source>
      <translation>Enregistrement de la décision</translation>
    </message>
    <message numerus="yes">
      <source>Warning: %n row(s) were changed outside NMRF Tracker (with another program) and left out of this file. Make those changes again in the application:</source>
      <translation>
        <numerusform>Attention : %n ligne a été modifiée en dehors de NMRF Tracker (avec un autre programme) et laissée hors de ce fichier. Refaites ces modifications dans l’application :</numerusform>
        <numerusform>Attention : %n lignes ont été modifiées en dehors de NMRF Tracker (avec un autre programme) et laissées hors de ce fichier. Refaites ces modifications dans l’application :</numerusform>
      </translation>
    </message>
    <message>
      <source>Writing the summary</source>
      <translation>Écriture du récapitulatif</translation>
    </message>
    <message>
      <source>Your working copy is ready</source>
      <translation>Votre copie de travail est prête</translation>
    </message>
    <message>
      <source>a whole copy</source>
      <translation>une copie intégrale</translation>
    </message>
    <message>
      <source>the changes since what it acknowledged</source>
      <translation>les modifications depuis ce dont elle a accusé réception</translation>
    </message>
    <message>
      <source>{0} holds {1} and {2}, signed by this computer. It was checked after writing: copy it to the USB stick or attach it to an e-mail for the secretariat.</source>
      <translation>{0} contient {1} et {2}, signés par cet ordinateur. Le fichier a été vérifié après écriture : copiez-le sur la clé USB ou joignez-le à un courriel pour le secrétariat.</translation>
    </message>
    <message>
      <source>{0} holds {1} for {2}: {3} rows, {4} evidence files.

Signed with the secretariat's key, fingerprint {5} — the focal point compares it when opening the file the first time.</source>
      <translation>{0} contient {1} pour {2} : {3} lignes, {4} pièces justificatives.

Signé avec la clé du secrétariat, empreinte {5} — le point focal la compare lorsqu’il ouvre le fichier la première fois.</translation>
    </message>
    <message>
      <source>{0} now holds {1}'s recommendations and everything attached to them.

The secretariat's key is pinned: fingerprint {2}. Compare it with the one the secretariat gives you; files signed by any other key will be refused.</source>
      <translation>{0} contient désormais les recommandations de {1} et tout ce qui leur est rattaché.

La clé du secrétariat est épinglée : empreinte {2}. Comparez-la avec celle que le secrétariat vous donne ; les fichiers signés par toute autre clé seront refusés.</translation>
    </message>
    <message>
      <source>{0}: {1} rows added, {2} updated; {3} of your changes kept until the secretariat has them.</source>
      <translation>{0} : {1} lignes ajoutées, {2} mises à jour ; {3} de vos modifications conservées jusqu’à ce que le secrétariat les ait reçues.</translation>
    </message>
  </context>
  <context>
    <name>ExchangePage</name>
    <message numerus="yes">
      <source>%n change(s) wait to be sent; the secretariat has acknowledged your changes up to number {0}. A file always carries everything not yet acknowledged, so a lost USB stick costs nothing.</source>
      <translation>
        <numerusform>%n modification attend d’être envoyée ; le secrétariat a accusé réception de vos modifications jusqu’au numéro {0}. Un fichier contient toujours tout ce dont il n’a pas été accusé réception : une clé USB perdue ne coûte rien.</numerusform>
        <numerusform>%n modifications attendent d’être envoyées ; le secrétariat a accusé réception de vos modifications jusqu’au numéro {0}. Un fichier contient toujours tout ce dont il n’a pas été accusé réception : une clé USB perdue ne coûte rien.</numerusform>
      </translation>
    </message>
    <message>
      <source>&lt;b&gt;Everything you sent so far was applied&lt;/b&gt; (or nothing was sent yet).</source>
      <translation>&lt;b&gt;Tout ce que vous avez envoyé jusqu’ici a été appliqué&lt;/b&gt; (ou rien n’a encore été envoyé).</translation>
    </message>
    <message>
      <source>&lt;b&gt;Files issued and received&lt;/b&gt;</source>
      <translation>&lt;b&gt;Fichiers émis et reçus&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Your changes that did not simply apply&lt;/b&gt; (last file from the secretariat; {0} still wait for its review)</source>
      <translation>&lt;b&gt;Vos modifications qui n’ont pas été simplement appliquées&lt;/b&gt; (dernier fichier du secrétariat ; {0} attendent encore son examen)</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Consolidate files from ministries…</source>
      <translation>Consolider les fichiers des ministères…</translation>
    </message>
    <message>
      <source>Devices</source>
      <translation>Appareils</translation>
    </message>
    <message>
      <source>Direction</source>
      <translation>Sens</translation>
    </message>
    <message>
      <source>Exchange with the institutions</source>
      <translation>Échanges avec les institutions</translation>
    </message>
    <message>
      <source>Exchange with the secretariat — {0}</source>
      <translation>Échanges avec le secrétariat — {0}</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <source>Files are encrypted to the computers the institution already sent files from. For another computer, this file opens with twelve words you read to the focal point instead.</source>
      <translation>Les fichiers sont chiffrés pour les ordinateurs depuis lesquels l’institution a déjà envoyé des fichiers. Pour un autre ordinateur, ce fichier s’ouvre plutôt avec douze mots que vous lisez au point focal.</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Institution</translation>
    </message>
    <message>
      <source>Issue a file for the selected institution…</source>
      <translation>Émettre un fichier pour l’institution sélectionnée…</translation>
    </message>
    <message>
      <source>Issue each institution its file (a whole copy the first time, then the changes since what it acknowledged), send it by USB stick or e-mail, and consolidate the files they send back. Nothing is applied before its signature, device and scope are checked.</source>
      <translation>Émettez pour chaque institution son fichier (une copie intégrale la première fois, puis les modifications depuis ce dont elle a accusé réception), envoyez-le par clé USB ou par courriel, et consolidez les fichiers qu’elles renvoient. Rien n’est appliqué avant la vérification de la signature, de l’appareil et du périmètre.</translation>
    </message>
    <message>
      <source>Issue for a new computer…</source>
      <translation>Émettre pour un nouvel ordinateur…</translation>
    </message>
    <message>
      <source>Last file issued</source>
      <translation>Dernier fichier émis</translation>
    </message>
    <message>
      <source>Last file received</source>
      <translation>Dernier fichier reçu</translation>
    </message>
    <message>
      <source>No file issued or received yet.</source>
      <translation>Aucun fichier émis ni reçu pour l’instant.</translation>
    </message>
    <message>
      <source>Open a file from the secretariat…</source>
      <translation>Ouvrir un fichier du secrétariat…</translation>
    </message>
    <message>
      <source>Open conflicts</source>
      <translation>Conflits ouverts</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <source>Prepare a file for the secretariat…</source>
      <translation>Préparer un fichier pour le secrétariat…</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Enregistrement</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <source>Review conflicts ({0})</source>
      <translation>Examiner les conflits ({0})</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Envoyé</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>The secretariat's key fingerprint: &lt;b&gt;{0}&lt;/b&gt; — compare it with the one the secretariat gives you. This computer's: &lt;b&gt;{1}&lt;/b&gt; — the secretariat will ask you for it the first time you send a file.</source>
      <translation>Empreinte de la clé du secrétariat : &lt;b&gt;{0}&lt;/b&gt; — comparez-la avec celle que le secrétariat vous donne. Celle de cet ordinateur : &lt;b&gt;{1}&lt;/b&gt; — le secrétariat vous la demandera la première fois que vous enverrez un fichier.</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>waits for the secretariat's review ({0})</source>
      <translation>en attente de l’examen du secrétariat ({0})</translation>
    </message>
  </context>
  <context>
    <name>ExportMatrixDialog</name>
    <message>
      <source>A protected workbook the institution fills in Excel and sends back; import it with Reports &gt; Import a completed matrix…</source>
      <translation>Un classeur protégé que l’institution remplit dans Excel et renvoie ; importez-le avec Rapports &gt; Importer une matrice complétée…</translation>
    </message>
    <message>
      <source>Adds the lead (drop-down of institution codes) and supporting institutions (codes separated by ;) as editable columns; changes made there are applied on import for the secretariat only.</source>
      <translation>Ajoute l’institution chef de file (liste déroulante des codes d’institution) et les institutions en appui (codes séparés par ;) comme colonnes modifiables ; les changements qui y sont faits ne sont appliqués à l’importation que pour le secrétariat.</translation>
    </message>
    <message>
      <source>Also one sheet per lead institution</source>
      <translation>Également une feuille par institution chef de file</translation>
    </message>
    <message>
      <source>Choose the institution that will fill it in.</source>
      <translation>Choisissez l’institution qui la remplira.</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>Groupe</translation>
    </message>
    <message>
      <source>Every institution</source>
      <translation>Toutes les institutions</translation>
    </message>
    <message>
      <source>For completion by the institution</source>
      <translation>À compléter par l’institution</translation>
    </message>
    <message>
      <source>Group by:</source>
      <translation>Regrouper par :</translation>
    </message>
    <message>
      <source>Implementation matrix (Excel)</source>
      <translation>Matrice de mise en œuvre (Excel)</translation>
    </message>
    <message>
      <source>Language of the headings:</source>
      <translation>Langue des intitulés :</translation>
    </message>
    <message>
      <source>Lead and supporting institutions editable too (for the secretariat)</source>
      <translation>Institutions chef de file et en appui également modifiables (pour le secrétariat)</translation>
    </message>
    <message>
      <source>Lead institution</source>
      <translation>Institution chef de file</translation>
    </message>
    <message>
      <source>Led or supported by:</source>
      <translation>Dirigées ou appuyées par :</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>Mécanisme</translation>
    </message>
    <message>
      <source>One row per recommendation under bold group rows, with the tracking columns; a cover and a summary sheet. Prints on A4 landscape: the essential columns in readable type, the reference repeated on every page.</source>
      <translation>Une ligne par recommandation sous des lignes de groupe en gras, avec les colonnes de suivi ; une feuille de couverture et une feuille de synthèse. S’imprime en A4 paysage : les colonnes essentielles en caractères lisibles, la référence répétée sur chaque page.</translation>
    </message>
    <message>
      <source>Recommendations:</source>
      <translation>Recommandations :</translation>
    </message>
    <message>
      <source>SDG goal</source>
      <translation>Objectif de développement durable</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Thème</translation>
    </message>
  </context>
  <context>
    <name>FacetPanel</name>
    <message>
      <source>(no lead institution yet)</source>
      <translation>(pas encore d’institution chef de file)</translation>
    </message>
    <message>
      <source>Affected persons</source>
      <translation>Personnes concernées</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Effacer</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>Groupe</translation>
    </message>
    <message>
      <source>Deadlines</source>
      <translation>Échéances</translation>
    </message>
    <message>
      <source>Due in the next 30 days</source>
      <translation>Échéance dans les 30 prochains jours</translation>
    </message>
    <message>
      <source>Filters</source>
      <translation>Filtres</translation>
    </message>
    <message>
      <source>Lead institution</source>
      <translation>Institution chef de file</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>Mécanisme</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>Non évaluée</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Progress reports</source>
      <translation>Rapports d’avancement</translation>
    </message>
    <message>
      <source>Review / cycle</source>
      <translation>Examen / cycle</translation>
    </message>
    <message>
      <source>SDG goal</source>
      <translation>Objectif de développement durable</translation>
    </message>
    <message>
      <source>Show all recommendations again</source>
      <translation>Afficher de nouveau toutes les recommandations</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État d’avancement</translation>
    </message>
    <message>
      <source>Supporting institution</source>
      <translation>Institution en appui</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Thème</translation>
    </message>
  </context>
  <context>
    <name>GuideDialog</name>
    <message>
      <source>Focal point</source>
      <translation>Point focal</translation>
    </message>
    <message>
      <source>Secretariat</source>
      <translation>Secrétariat</translation>
    </message>
    <message>
      <source>User guide</source>
      <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
      <source>Validating authority</source>
      <translation>Autorité de validation</translation>
    </message>
  </context>
  <context>
    <name>HelpCommandsMixin</name>
    <message>
      <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Offline follow-up of UN human-rights recommendations for national mechanisms and their ministries.&lt;/p&gt;&lt;p&gt;Python {2}, Qt for Python {3}&lt;/p&gt;</source>
      <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Suivi hors ligne des recommandations des Nations Unies relatives aux droits de l’homme, pour les mécanismes nationaux et leurs ministères.&lt;/p&gt;&lt;p&gt;Python {2}, Qt for Python {3}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Open database&lt;/b&gt;&lt;br&gt;{0}&lt;br&gt;Recommendations: {1} · institutions: {2} · schema {3}&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Base de données ouverte&lt;/b&gt;&lt;br&gt;{0}&lt;br&gt;Recommandations : {1} · institutions : {2} · schéma {3}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Logs: {0}&lt;/p&gt;</source>
      <translation>&lt;p&gt;Journaux : {0}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About NMRF Tracker</source>
      <translation>À propos de NMRF Tracker</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <source>No change recorded.</source>
      <translation>Aucune modification enregistrée.</translation>
    </message>
  </context>
  <context>
    <name>HistoryTable</name>
    <message>
      <source>Click ▸ (or press →) to see the fields a change made</source>
      <translation>Cliquez sur ▸ (ou appuyez sur →) pour voir les champs qu’une modification a changés</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>Recommandation</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Ce qui s’est passé</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <source>{0} ({1})</source>
      <translation>{0} ({1})</translation>
    </message>
    <message>
      <source>{0}: {1}</source>
      <translation>{0} : {1}</translation>
    </message>
    <message>
      <source>{0}: {1} → {2}</source>
      <translation>{0} : {1} → {2}</translation>
    </message>
  </context>
  <context>
    <name>ImportHistoryDialog</name>
    <message>
      <source>By</source>
      <translation>Par</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Import history</source>
      <translation>Historique des importations</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nouvelles</translation>
    </message>
    <message>
      <source>Nothing has been imported into this database yet.</source>
      <translation>Rien n’a encore été importé dans cette base de données.</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Rejetées</translation>
    </message>
    <message>
      <source>To confirm</source>
      <translation>À confirmer</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>Inchangées</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>Mises à jour</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>{0}
SHA-256 {1}</source>
      <translation>{0}
SHA-256 {1}</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <source>Cancelled: nothing was imported.</source>
      <translation>Annulé : rien n’a été importé.</translation>
    </message>
    <message>
      <source>Checking the files</source>
      <translation>Vérification des fichiers</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <source>Import recommendations</source>
      <translation>Importer des recommandations</translation>
    </message>
    <message>
      <source>Importing</source>
      <translation>Importation en cours</translation>
    </message>
    <message>
      <source>Matching recommendations with the register: {done:,} of {total:,}</source>
      <translation>Rapprochement des recommandations avec le registre : {done:,} sur {total:,}</translation>
    </message>
    <message>
      <source>Reading {file} (file {number} of {count})</source>
      <translation>Lecture de {file} (fichier {number} sur {count})</translation>
    </message>
    <message>
      <source>Saving to the database file. This last step cannot be cancelled.</source>
      <translation>Enregistrement dans le fichier de la base de données. Cette dernière étape ne peut pas être annulée.</translation>
    </message>
    <message>
      <source>Writing the recommendations, their links and their change records</source>
      <translation>Écriture des recommandations, de leurs liens et de leurs traces de modification</translation>
    </message>
  </context>
  <context>
    <name>IndicatorChart</name>
    <message>
      <source> — off track</source>
      <translation> — hors trajectoire</translation>
    </message>
    <message>
      <source>Select an indicator to see its values against the target.</source>
      <translation>Sélectionnez un indicateur pour voir ses valeurs par rapport à la cible.</translation>
    </message>
    <message>
      <source>target {0:,.4g} {1}</source>
      <translation>cible {0:,.4g} {1}</translation>
    </message>
    <message>
      <source>{0:.0%} of the way to the target{1}</source>
      <translation>{0:.0%} du chemin vers la cible{1}</translation>
    </message>
  </context>
  <context>
    <name>IndicatorDialog</name>
    <message>
      <source>%, people, cases…</source>
      <translation>%, personnes, cas…</translation>
    </message>
    <message>
      <source>(the recommendation itself)</source>
      <translation>(la recommandation elle-même)</translation>
    </message>
    <message>
      <source>Baseline date:</source>
      <translation>Date de référence :</translation>
    </message>
    <message>
      <source>Baseline value</source>
      <translation>Valeur de référence</translation>
    </message>
    <message>
      <source>Baseline value:</source>
      <translation>Valeur de référence :</translation>
    </message>
    <message>
      <source>Data source:</source>
      <translation>Source des données :</translation>
    </message>
    <message>
      <source>Direction:</source>
      <translation>Sens :</translation>
    </message>
    <message>
      <source>Disaggregated by:</source>
      <translation>Ventilé par :</translation>
    </message>
    <message>
      <source>Edit indicator</source>
      <translation>Modifier l’indicateur</translation>
    </message>
    <message>
      <source>Measures:</source>
      <translation>Mesure :</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Nom :</translation>
    </message>
    <message>
      <source>Name: an indicator needs a name.</source>
      <translation>Nom : un indicateur doit avoir un nom.</translation>
    </message>
    <message>
      <source>New indicator</source>
      <translation>Nouvel indicateur</translation>
    </message>
    <message>
      <source>Responsible institution:</source>
      <translation>Institution responsable :</translation>
    </message>
    <message>
      <source>Target date:</source>
      <translation>Date cible :</translation>
    </message>
    <message>
      <source>Target date: it should come after the baseline.</source>
      <translation>Date cible : elle doit venir après la date de référence.</translation>
    </message>
    <message>
      <source>Target value</source>
      <translation>Valeur cible</translation>
    </message>
    <message>
      <source>Target value:</source>
      <translation>Valeur cible :</translation>
    </message>
    <message>
      <source>Type:</source>
      <translation>Type :</translation>
    </message>
    <message>
      <source>Unit:</source>
      <translation>Unité :</translation>
    </message>
    <message>
      <source>e.g. Civil registry annual statistics</source>
      <translation>p. ex. Statistiques annuelles de l’état civil</translation>
    </message>
    <message>
      <source>e.g. Share of births registered within 30 days</source>
      <translation>p. ex. Part des naissances enregistrées dans les 30 jours</translation>
    </message>
    <message>
      <source>e.g. sex, age group, region</source>
      <translation>p. ex. sexe, tranche d’âge, région</translation>
    </message>
  </context>
  <context>
    <name>InstitutionDialog</name>
    <message>
      <source>Address, switchboard, general e-mail</source>
      <translation>Adresse, standard, courriel général</translation>
    </message>
    <message>
      <source>Code:</source>
      <translation>Code :</translation>
    </message>
    <message>
      <source>Contact:</source>
      <translation>Contact :</translation>
    </message>
    <message>
      <source>Institution {0}</source>
      <translation>Institution {0}</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Type :</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Nom :</translation>
    </message>
    <message>
      <source>New institution</source>
      <translation>Nouvelle institution</translation>
    </message>
    <message>
      <source>The code names the institution in files exchanged with the ministries: it cannot change.</source>
      <translation>Le code désigne l’institution dans les fichiers échangés avec les ministères : il ne peut pas changer.</translation>
    </message>
    <message>
      <source>e.g. MOJ — letters, digits, - or _</source>
      <translation>p. ex. MOJ — lettres, chiffres, - ou _</translation>
    </message>
  </context>
  <context>
    <name>InstitutionTableModel</name>
    <message>
      <source>Alternate</source>
      <translation>Suppléant</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Focal point</source>
      <translation>Point focal</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Institution</translation>
    </message>
    <message>
      <source>Leads</source>
      <translation>Chef de file</translation>
    </message>
    <message>
      <source>Supports</source>
      <translation>En appui</translation>
    </message>
    <message>
      <source>Validating authority</source>
      <translation>Autorité de validation</translation>
    </message>
  </context>
  <context>
    <name>InstitutionsPage</name>
    <message>
      <source>Add person…</source>
      <translation>Ajouter une personne…</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <source>Institutions and focal points ({0})</source>
      <translation>Institutions et points focaux ({0})</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>New institution…</source>
      <translation>Nouvelle institution…</translation>
    </message>
    <message>
      <source>Nobody recorded yet. Add the main focal point, an alternate and the validating authority: their names appear in reports and reminder letters.</source>
      <translation>Personne n’est encore enregistré. Ajoutez le point focal principal, un suppléant et l’autorité de validation : leurs noms figurent dans les rapports et les lettres de rappel.</translation>
    </message>
    <message>
      <source>People of {0}</source>
      <translation>Personnes de {0}</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Fonction</translation>
    </message>
  </context>
  <context>
    <name>KeyCommandsMixin</name>
    <message>
      <source>&amp;Back up the key…</source>
      <translation>&amp;Sauvegarder la clé…</translation>
    </message>
    <message>
      <source>&amp;Restore it from a backup…</source>
      <translation>&amp;Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
      <source>Backing up the key</source>
      <translation>Sauvegarde de la clé</translation>
    </message>
    <message>
      <source>Cannot back up the key</source>
      <translation>Impossible de sauvegarder la clé</translation>
    </message>
    <message>
      <source>Cannot unlock this computer's key</source>
      <translation>Impossible de déverrouiller la clé de cet ordinateur</translation>
    </message>
    <message>
      <source>Key backed up</source>
      <translation>Clé sauvegardée</translation>
    </message>
    <message>
      <source>Key restored</source>
      <translation>Clé restaurée</translation>
    </message>
    <message>
      <source>Make a new key for the secretariat, in place of one that was lost or copied?

Every ministry must then accept the new key: when a focal point opens your next file, they are shown its fingerprint and compare it with you by phone. Files the ministries encrypted to the old key can no longer be read; they prepare them again (nothing is lost: a file always carries every change not yet acknowledged).</source>
      <translation>Créer une nouvelle clé pour le secrétariat, à la place d’une clé perdue ou copiée ?

Chaque ministère devra alors accepter la nouvelle clé : lorsqu’un point focal ouvrira votre prochain fichier, son empreinte lui sera montrée et il la comparera avec vous par téléphone. Les fichiers que les ministères ont chiffrés pour l’ancienne clé ne peuvent plus être lus ; ils les préparent de nouveau (rien n’est perdu : un fichier contient toujours chaque modification pas encore confirmée).</translation>
    </message>
    <message>
      <source>New key</source>
      <translation>Nouvelle clé</translation>
    </message>
    <message>
      <source>Passphrase of the backup</source>
      <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
      <source>Re&amp;place a lost key…</source>
      <translation>Rem&amp;placer une clé perdue…</translation>
    </message>
    <message>
      <source>Replace the secretariat's key</source>
      <translation>Remplacer la clé du secrétariat</translation>
    </message>
    <message>
      <source>Replacing the key</source>
      <translation>Remplacement de la clé</translation>
    </message>
    <message>
      <source>Restoring the key</source>
      <translation>Restauration de la clé</translation>
    </message>
    <message>
      <source>The backup holds this computer's exchange key, protected by the passphrase you choose now. Keep the file and the passphrase apart from this computer (a safe, another building): with both, anyone can sign and read files as this computer.</source>
      <translation>La sauvegarde contient la clé d’échange de cet ordinateur, protégée par la phrase secrète que vous choisissez maintenant. Gardez le fichier et la phrase secrète loin de cet ordinateur (un coffre, un autre bâtiment) : avec les deux, n’importe qui peut signer et lire des fichiers comme cet ordinateur.</translation>
    </message>
    <message>
      <source>The passphrase chosen when {0} was made.</source>
      <translation>La phrase secrète choisie lors de la création de {0}.</translation>
    </message>
    <message>
      <source>The secretariat's new key has the fingerprint

{0}

Read it to each focal point by phone when they open your next file. Back the new key up now (File &gt; This computer's key &gt; Back up the key…).</source>
      <translation>La nouvelle clé du secrétariat a l’empreinte

{0}

Lisez-la à chaque point focal par téléphone lorsqu’il ouvrira votre prochain fichier. Sauvegardez la nouvelle clé dès maintenant (Fichier &gt; Clé de cet ordinateur &gt; Sauvegarder la clé…).</translation>
    </message>
    <message>
      <source>This computer's &amp;key</source>
      <translation>Clé de cet &amp;ordinateur</translation>
    </message>
    <message>
      <source>This computer's key is back: fingerprint {0}.</source>
      <translation>La clé de cet ordinateur est de retour : empreinte {0}.</translation>
    </message>
    <message>
      <source>Unlocking this computer's key</source>
      <translation>Déverrouillage de la clé de cet ordinateur</translation>
    </message>
    <message>
      <source>{0} holds the key of this computer (fingerprint {1}).</source>
      <translation>{0} contient la clé de cet ordinateur (empreinte {1}).</translation>
    </message>
  </context>
  <context>
    <name>KeyPassphraseDialog</name>
    <message>
      <source>Choose a key passphrase</source>
      <translation>Choisir une phrase secrète pour la clé</translation>
    </message>
    <message>
      <source>The exchange key of this computer is protected by your key passphrase. It stays unlocked until you close the application.</source>
      <translation>La clé d’échange de cet ordinateur est protégée par votre phrase secrète. Elle reste déverrouillée jusqu’à la fermeture de l’application.</translation>
    </message>
    <message>
      <source>This computer has no system keyring, so its exchange key is kept in a file protected by a passphrase. Choose one you will remember: nobody can recover it. Back the key up afterwards (File &gt; This computer's key).</source>
      <translation>Cet ordinateur n’a pas de trousseau système : sa clé d’échange est donc conservée dans un fichier protégé par une phrase secrète. Choisissez-en une dont vous vous souviendrez : personne ne peut la récupérer. Sauvegardez ensuite la clé (Fichier &gt; Clé de cet ordinateur).</translation>
    </message>
    <message>
      <source>Unlock this computer's key</source>
      <translation>Déverrouiller la clé de cet ordinateur</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>  •  DEMO DATA (fictional)</source>
      <translation>  •  DONNÉES DE DÉMONSTRATION (fictives)</translation>
    </message>
    <message>
      <source>&amp;About NMRF Tracker</source>
      <translation>À &amp;propos de NMRF Tracker</translation>
    </message>
    <message>
      <source>&amp;Back up now…</source>
      <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
      <source>&amp;Close database</source>
      <translation>&amp;Fermer la base de données</translation>
    </message>
    <message>
      <source>&amp;Clusters…</source>
      <translation>&amp;Groupes…</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Édition</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <source>&amp;Import a completed matrix…</source>
      <translation>&amp;Importer une matrice complétée…</translation>
    </message>
    <message>
      <source>&amp;Import recommendations…</source>
      <translation>&amp;Importer des recommandations…</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
      <source>&amp;New database…</source>
      <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>&amp;Register</source>
      <translation>&amp;Registre</translation>
    </message>
    <message>
      <source>&amp;Reminder letters (PDF)…</source>
      <translation>&amp;Lettres de rappel (PDF)…</translation>
    </message>
    <message>
      <source>&amp;Save current view…</source>
      <translation>&amp;Enregistrer la vue actuelle…</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <source>&amp;User guide</source>
      <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
      <source>&amp;Validation-meeting pack (PDF)…</source>
      <translation>Dossier de la réunion de &amp;validation (PDF)…</translation>
    </message>
    <message>
      <source>&amp;Who is working…</source>
      <translation>&amp;Qui travaille…</translation>
    </message>
    <message>
      <source>Activity</source>
      <translation>Activité</translation>
    </message>
    <message>
      <source>Bac&amp;kups…</source>
      <translation>Sau&amp;vegardes…</translation>
    </message>
    <message>
      <source>Building the demo database</source>
      <translation>Création de la base de démonstration</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>Calendrier</translation>
    </message>
    <message>
      <source>Cannot build the demo</source>
      <translation>Impossible de créer la démonstration</translation>
    </message>
    <message>
      <source>Cannot create the database</source>
      <translation>Impossible de créer la base de données</translation>
    </message>
    <message>
      <source>Cannot open {0}</source>
      <translation>Impossible d’ouvrir {0}</translation>
    </message>
    <message>
      <source>Clear &amp;filters</source>
      <translation>Effacer les &amp;filtres</translation>
    </message>
    <message>
      <source>Creating {0}</source>
      <translation>Création de {0}</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Tableau de bord</translation>
    </message>
    <message>
      <source>Exchange</source>
      <translation>Échanges</translation>
    </message>
    <message>
      <source>Implementation &amp;matrix (Excel)…</source>
      <translation>&amp;Matrice de mise en œuvre (Excel)…</translation>
    </message>
    <message>
      <source>Import &amp;history…</source>
      <translation>&amp;Historique des importations…</translation>
    </message>
    <message>
      <source>Institution copy</source>
      <translation>Copie de l’institution</translation>
    </message>
    <message>
      <source>Institutions</source>
      <translation>Institutions</translation>
    </message>
    <message>
      <source>Mid-&amp;term report (PDF)…</source>
      <translation>Rapport à mi-&amp;parcours (PDF)…</translation>
    </message>
    <message>
      <source>No database open</source>
      <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
      <source>Open &amp;log folder</source>
      <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
      <source>Open the &amp;demo</source>
      <translation>Ouvrir la &amp;démonstration</translation>
    </message>
    <message>
      <source>Opening {0}</source>
      <translation>Ouverture de {0}</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>Re&amp;ports</source>
      <translation>Ra&amp;pports</translation>
    </message>
    <message>
      <source>Recommendations</source>
      <translation>Recommandations</translation>
    </message>
    <message>
      <source>Reference data</source>
      <translation>Données de référence</translation>
    </message>
    <message>
      <source>Secretariat database</source>
      <translation>Base de données du secrétariat</translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <source>(none)</source>
      <translation>(aucune)</translation>
    </message>
    <message>
      <source>First rows of {0}:</source>
      <translation>Premières lignes de {0} :</translation>
    </message>
    <message>
      <source>Load a mapping…</source>
      <translation>Charger une correspondance…</translation>
    </message>
    <message>
      <source>Mapping</source>
      <translation>Correspondance</translation>
    </message>
    <message>
      <source>Save this mapping…</source>
      <translation>Enregistrer cette correspondance…</translation>
    </message>
    <message>
      <source>This table's columns were not recognised. Choose the column for each field; only the recommendation text is required. Save the mapping to reuse it next time.</source>
      <translation>Les colonnes de ce tableau n’ont pas été reconnues. Choisissez la colonne de chaque champ ; seul le texte de la recommandation est obligatoire. Enregistrez la correspondance pour la réutiliser la prochaine fois.</translation>
    </message>
    <message>
      <source>Which column holds what</source>
      <translation>Quelle colonne contient quoi</translation>
    </message>
    <message>
      <source>{0}: these columns are not in this table: {1}</source>
      <translation>{0} : ces colonnes ne figurent pas dans ce tableau : {1}</translation>
    </message>
  </context>
  <context>
    <name>NewDatabaseWizard</name>
    <message>
      <source>New secretariat database</source>
      <translation>Nouvelle base de données du secrétariat</translation>
    </message>
  </context>
  <context>
    <name>PageRefreshMixin</name>
    <message>
      <source>Cannot load the register</source>
      <translation>Impossible de charger le registre</translation>
    </message>
    <message>
      <source>Counting for the dashboard</source>
      <translation>Calcul du tableau de bord</translation>
    </message>
    <message>
      <source>Loading the register</source>
      <translation>Chargement du registre</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <source>At least {0} characters: it is all that protects the key if this folder is copied.</source>
      <translation>Au moins {0} caractères : c’est tout ce qui protège la clé si ce dossier est copié.</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>Phrase secrète :</translation>
    </message>
    <message>
      <source>The same again:</source>
      <translation>Encore une fois :</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <source>E-mail:</source>
      <translation>Courriel :</translation>
    </message>
    <message>
      <source>Full name:</source>
      <translation>Nom complet :</translation>
    </message>
    <message>
      <source>New person at {0}</source>
      <translation>Nouvelle personne à {0}</translation>
    </message>
    <message>
      <source>Phone:</source>
      <translation>Téléphone :</translation>
    </message>
    <message>
      <source>Role:</source>
      <translation>Rôle :</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Fonction :</translation>
    </message>
    <message>
      <source>e.g. Director of International Cooperation</source>
      <translation>p. ex. Directeur de la coopération internationale</translation>
    </message>
    <message>
      <source>{0} at {1}</source>
      <translation>{0} à {1}</translation>
    </message>
  </context>
  <context>
    <name>PlanCommands</name>
    <message numerus="yes">
      <source>%n evidence file(s) attached.</source>
      <translation>
        <numerusform>%n pièce justificative jointe.</numerusform>
        <numerusform>%n pièces justificatives jointes.</numerusform>
      </translation>
    </message>
    <message>
      <source>(the secretariat itself)</source>
      <translation>(le secrétariat lui-même)</translation>
    </message>
    <message>
      <source>Accept the progress report</source>
      <translation>Accepter le rapport d’avancement</translation>
    </message>
    <message>
      <source>Action “{0}” added to the plan.</source>
      <translation>Action « {0} » ajoutée au plan.</translation>
    </message>
    <message>
      <source>Action “{0}” saved.</source>
      <translation>Action « {0} » enregistrée.</translation>
    </message>
    <message>
      <source>Actions are planned by the secretariat or by a focal point for their own institution.</source>
      <translation>Les actions sont planifiées par le secrétariat ou par un point focal pour sa propre institution.</translation>
    </message>
    <message>
      <source>Add action “{0}”</source>
      <translation>Ajouter l’action « {0} »</translation>
    </message>
    <message>
      <source>Add deadline “{0}”</source>
      <translation>Ajouter l’échéance « {0} »</translation>
    </message>
    <message>
      <source>Add indicator “{0}”</source>
      <translation>Ajouter l’indicateur « {0} »</translation>
    </message>
    <message numerus="yes">
      <source>Attach %n file(s)</source>
      <translation>
        <numerusform>Joindre %n fichier</numerusform>
        <numerusform>Joindre %n fichiers</numerusform>
      </translation>
    </message>
    <message>
      <source>Deadline completed</source>
      <translation>Échéance terminée</translation>
    </message>
    <message>
      <source>Deadline marked completed today.</source>
      <translation>Échéance marquée comme terminée aujourd’hui.</translation>
    </message>
    <message>
      <source>Deadline “{0}” added.</source>
      <translation>Échéance « {0} » ajoutée.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Delete “{0}”</source>
      <translation>Supprimer « {0} »</translation>
    </message>
    <message>
      <source>Delete “{0}” from the plan? Edit &gt; Undo brings it back.</source>
      <translation>Supprimer « {0} » du plan ? Édition &gt; Annuler le rétablit.</translation>
    </message>
    <message>
      <source>Edit action “{0}”</source>
      <translation>Modifier l’action « {0} »</translation>
    </message>
    <message>
      <source>Edit indicator “{0}”</source>
      <translation>Modifier l’indicateur « {0} »</translation>
    </message>
    <message>
      <source>Edit progress report on {0}</source>
      <translation>Modifier le rapport d’avancement sur {0}</translation>
    </message>
    <message>
      <source>Evidence of the action</source>
      <translation>Pièces justificatives de l’action</translation>
    </message>
    <message>
      <source>Indicator “{0}” added.</source>
      <translation>Indicateur « {0} » ajouté.</translation>
    </message>
    <message>
      <source>Indicator “{0}” saved.</source>
      <translation>Indicateur « {0} » enregistré.</translation>
    </message>
    <message>
      <source>Indicators are defined by the secretariat or by a focal point for their own institution.</source>
      <translation>Les indicateurs sont définis par le secrétariat ou par un point focal pour sa propre institution.</translation>
    </message>
    <message>
      <source>It goes to the secretariat, who accepts it or returns it with a comment. Validate it now?</source>
      <translation>Il va au secrétariat, qui l’accepte ou le renvoie avec un commentaire. Le valider maintenant ?</translation>
    </message>
    <message>
      <source>It goes to your ministry's validating authority, and can no longer be changed here unless it is returned to you. Submit it now?</source>
      <translation>Il va à l’autorité de validation de votre ministère et ne peut plus être modifié ici, sauf s’il vous est renvoyé. Le soumettre maintenant ?</translation>
    </message>
    <message>
      <source>Its status becomes the recommendation's current status for this institution, in the register, the matrix and the reports. Accept it now?</source>
      <translation>Son état d’avancement devient l’état actuel de la recommandation pour cette institution, dans le registre, la matrice et les rapports. L’accepter maintenant ?</translation>
    </message>
    <message>
      <source>Only a focal point of the lead or a supporting institution (or the secretariat) reports progress on this recommendation.</source>
      <translation>Seul un point focal de l’institution chef de file ou d’une institution en appui (ou le secrétariat) rend compte des progrès sur cette recommandation.</translation>
    </message>
    <message>
      <source>Open evidence</source>
      <translation>Ouvrir la pièce justificative</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>Progress report</source>
      <translation>Rapport d’avancement</translation>
    </message>
    <message>
      <source>Progress report accepted.</source>
      <translation>Rapport d’avancement accepté.</translation>
    </message>
    <message>
      <source>Progress report on {0}</source>
      <translation>Rapport d’avancement sur {0}</translation>
    </message>
    <message>
      <source>Progress report returned.</source>
      <translation>Rapport d’avancement renvoyé.</translation>
    </message>
    <message>
      <source>Progress report saved as a draft.</source>
      <translation>Rapport d’avancement enregistré comme brouillon.</translation>
    </message>
    <message>
      <source>Progress report saved.</source>
      <translation>Rapport d’avancement enregistré.</translation>
    </message>
    <message>
      <source>Progress report submitted.</source>
      <translation>Rapport d’avancement soumis.</translation>
    </message>
    <message>
      <source>Progress report validated.</source>
      <translation>Rapport d’avancement validé.</translation>
    </message>
    <message>
      <source>Return the progress report</source>
      <translation>Renvoyer le rapport d’avancement</translation>
    </message>
    <message>
      <source>Submit the progress report</source>
      <translation>Soumettre le rapport d’avancement</translation>
    </message>
    <message>
      <source>The file's name looks like a program. Its content was checked when it was attached and it opens as the document type it really is — open it?</source>
      <translation>Le nom du fichier ressemble à celui d’un programme. Son contenu a été vérifié lorsqu’il a été joint et il s’ouvre comme le type de document qu’il est réellement — l’ouvrir ?</translation>
    </message>
    <message>
      <source>Validate the progress report</source>
      <translation>Valider le rapport d’avancement</translation>
    </message>
    <message>
      <source>Value of “{0}”</source>
      <translation>Valeur de « {0} »</translation>
    </message>
    <message>
      <source>Value recorded for “{0}”.</source>
      <translation>Valeur enregistrée pour « {0} ».</translation>
    </message>
    <message>
      <source>Why is it returned? The focal point sees this comment:</source>
      <translation>Pourquoi est-il renvoyé ? Le point focal voit ce commentaire :</translation>
    </message>
    <message>
      <source>“{0}” deleted from the plan.</source>
      <translation>« {0} » supprimé du plan.</translation>
    </message>
  </context>
  <context>
    <name>PlanPage</name>
    <message>
      <source>Actions led or supported by</source>
      <translation>Actions dirigées ou appuyées par</translation>
    </message>
    <message>
      <source>Every institution</source>
      <translation>Toutes les institutions</translation>
    </message>
    <message>
      <source>Every status</source>
      <translation>Tous les états</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>Institution :</translation>
    </message>
    <message>
      <source>Nothing planned yet. Actions and indicators are added from a recommendation (its Plan tab) or here.</source>
      <translation>Rien n’est encore planifié. Les actions et les indicateurs s’ajoutent depuis une recommandation (son onglet Plan) ou ici.</translation>
    </message>
    <message>
      <source>Plan — actions: {0} ({1} overdue) · indicators: {2} ({3} off track)</source>
      <translation>Plan — actions : {0} ({1} en retard) · indicateurs : {2} ({3} hors trajectoire)</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>État :</translation>
    </message>
  </context>
  <context>
    <name>PlanView</name>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Add action…</source>
      <translation>Ajouter une action…</translation>
    </message>
    <message>
      <source>Add indicator…</source>
      <translation>Ajouter un indicateur…</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <source>Changes to the selected action or indicator</source>
      <translation>Modifications de l’action ou de l’indicateur sélectionné</translation>
    </message>
    <message>
      <source>Delete the selected action or indicator (an action that will not happen is better cancelled: it stays in the history of the plan)</source>
      <translation>Supprimer l’action ou l’indicateur sélectionné (mieux vaut annuler une action qui n’aura pas lieu : elle reste dans l’historique du plan)</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Supprimer…</translation>
    </message>
    <message>
      <source>Edit action…</source>
      <translation>Modifier l’action…</translation>
    </message>
    <message>
      <source>Edit indicator…</source>
      <translation>Modifier l’indicateur…</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Fin</translation>
    </message>
    <message>
      <source>Evidence…</source>
      <translation>Pièces justificatives…</translation>
    </message>
    <message>
      <source>Files showing what the selected action achieved</source>
      <translation>Fichiers montrant ce que l’action sélectionnée a permis d’obtenir</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>Historique…</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Indicateur</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Institution</translation>
    </message>
    <message>
      <source>Latest</source>
      <translation>Dernière valeur</translation>
    </message>
    <message>
      <source>Lead</source>
      <translation>Chef de file</translation>
    </message>
    <message>
      <source>Off track: behind the time elapsed</source>
      <translation>Hors trajectoire : en retard sur le temps écoulé</translation>
    </message>
    <message>
      <source>Past its end date and not completed</source>
      <translation>Date de fin dépassée et non terminée</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Progrès</translation>
    </message>
    <message>
      <source>Recommendations</source>
      <translation>Recommandations</translation>
    </message>
    <message>
      <source>Record value…</source>
      <translation>Enregistrer une valeur…</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Supporting</source>
      <translation>En appui</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Cible</translation>
    </message>
  </context>
  <context>
    <name>ProfileDialog</name>
    <message>
      <source>Institution:</source>
      <translation>Institution :</translation>
    </message>
    <message>
      <source>Institution: a focal point or validating authority belongs to an institution; add it first.</source>
      <translation>Institution : un point focal ou une autorité de validation appartient à une institution ; ajoutez-la d’abord.</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Nom :</translation>
    </message>
    <message>
      <source>Name: please say who you are.</source>
      <translation>Nom : veuillez indiquer qui vous êtes.</translation>
    </message>
    <message>
      <source>Role:</source>
      <translation>Rôle :</translation>
    </message>
    <message>
      <source>Say who you are in this database. It decides what the window offers you, and your name goes into the history of every change you make.</source>
      <translation>Indiquez qui vous êtes dans cette base de données. Cela détermine ce que la fenêtre vous propose, et votre nom figure dans l’historique de chaque modification que vous faites.</translation>
    </message>
    <message>
      <source>Who is working?</source>
      <translation>Qui travaille ?</translation>
    </message>
    <message>
      <source>Your full name</source>
      <translation>Votre nom complet</translation>
    </message>
  </context>
  <context>
    <name>ProfileMixin</name>
    <message>
      <source>(no name given)</source>
      <translation>(aucun nom indiqué)</translation>
    </message>
    <message>
      <source>Working as {0} — {1}</source>
      <translation>Vous travaillez en tant que {0} — {1}</translation>
    </message>
    <message>
      <source>Working as {0} — {1}, {2}</source>
      <translation>Vous travaillez en tant que {0} — {1}, {2}</translation>
    </message>
  </context>
  <context>
    <name>ProtectCommandsMixin</name>
    <message>
      <source>&amp;Protect with a password…</source>
      <translation>&amp;Protéger par un mot de passe…</translation>
    </message>
    <message>
      <source>Every page of the database — recommendations, people, progress reports, evidence files — is then encrypted, and so are its backups; it opens only with this password. Nobody can recover a forgotten password: keep it where the secretariat keeps its other secrets. A backup is taken first.</source>
      <translation>Chaque page de la base — recommandations, personnes, rapports d’avancement, pièces justificatives — est alors chiffrée, de même que ses sauvegardes ; elle ne s’ouvre qu’avec ce mot de passe. Personne ne peut récupérer un mot de passe oublié : gardez-le là où le secrétariat garde ses autres secrets. Une sauvegarde est faite d’abord.</translation>
    </message>
    <message>
      <source>Open {0}</source>
      <translation>Ouvrir {0}</translation>
    </message>
    <message>
      <source>Protect {0} with a password</source>
      <translation>Protéger {0} par un mot de passe</translation>
    </message>
    <message>
      <source>Protecting {0}</source>
      <translation>Protection de {0}</translation>
    </message>
    <message>
      <source>Remove the &amp;password…</source>
      <translation>Retirer le &amp;mot de passe…</translation>
    </message>
    <message>
      <source>Remove the password</source>
      <translation>Retirer le mot de passe</translation>
    </message>
    <message>
      <source>Remove the password of {0}? Anyone who gets the file can then read it with any SQLite tool. A protected backup is taken first.</source>
      <translation>Retirer le mot de passe de {0} ? Quiconque obtient le fichier pourra alors le lire avec n’importe quel outil SQLite. Une sauvegarde protégée est faite d’abord.</translation>
    </message>
    <message>
      <source>Removing the password of {0}</source>
      <translation>Retrait du mot de passe de {0}</translation>
    </message>
    <message>
      <source>{0} has no password any more. The backup taken first keeps it.</source>
      <translation>{0} n’a plus de mot de passe. La sauvegarde faite d’abord le conserve.</translation>
    </message>
    <message>
      <source>{0} is protected by a password. Type it to open the database; it is kept only until the application closes.</source>
      <translation>{0} est protégée par un mot de passe. Tapez-le pour ouvrir la base ; il n’est gardé que jusqu’à la fermeture de l’application.</translation>
    </message>
    <message>
      <source>{0} is protected by its password now. The backup taken first, and the older ones, are protected with it.</source>
      <translation>{0} est maintenant protégée par son mot de passe. La sauvegarde faite d’abord, et les plus anciennes, sont protégées avec elle.</translation>
    </message>
  </context>
  <context>
    <name>RecommendationTableModel</name>
    <message>
      <source>Lead</source>
      <translation>Chef de file</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>Mécanisme</translation>
    </message>
    <message>
      <source>Next deadline</source>
      <translation>Prochaine échéance</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>Non évaluée</translation>
    </message>
    <message>
      <source>Overdue since {0}</source>
      <translation>En retard depuis le {0}</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>Recommandation</translation>
    </message>
    <message>
      <source>Ref.</source>
      <translation>Réf.</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Examen</translation>
    </message>
    <message>
      <source>SDGs</source>
      <translation>ODD</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État d’avancement</translation>
    </message>
    <message>
      <source>Supporting</source>
      <translation>En appui</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>Thèmes</translation>
    </message>
  </context>
  <context>
    <name>RecommendationsPage</name>
    <message>
      <source> with the filters ticked</source>
      <translation> avec les filtres cochés</translation>
    </message>
    <message numerus="yes">
      <source>%n selected (only the secretariat edits the register)</source>
      <translation>
        <numerusform>%n sélectionnée (seul le secrétariat modifie le registre)</numerusform>
        <numerusform>%n sélectionnées (seul le secrétariat modifie le registre)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n selected:</source>
      <translation>
        <numerusform>%n sélectionnée :</numerusform>
        <numerusform>%n sélectionnées :</numerusform>
      </translation>
    </message>
    <message>
      <source>Add SDG target…</source>
      <translation>Ajouter une cible des ODD…</translation>
    </message>
    <message>
      <source>Add supporting…</source>
      <translation>Ajouter une institution en appui…</translation>
    </message>
    <message>
      <source>Add theme…</source>
      <translation>Ajouter un thème…</translation>
    </message>
    <message>
      <source>Add to cluster…</source>
      <translation>Ajouter au groupe…</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
    <message>
      <source>Copy the selected rows (tab-separated, for Excel or Word)</source>
      <translation>Copier les lignes sélectionnées (séparées par des tabulations, pour Excel ou Word)</translation>
    </message>
    <message>
      <source>Keep the current search, filters and sort under a name</source>
      <translation>Garder la recherche, les filtres et le tri actuels sous un nom</translation>
    </message>
    <message>
      <source>Loading the register…</source>
      <translation>Chargement du registre…</translation>
    </message>
    <message>
      <source>No action or indicator yet for this recommendation. The lead institution plans them with Add action… and Add indicator…</source>
      <translation>Aucune action ni aucun indicateur pour cette recommandation. L’institution chef de file les planifie avec Ajouter une action… et Ajouter un indicateur…</translation>
    </message>
    <message>
      <source>No recommendation has all the values ticked.

Untick some filters, or Clear them.</source>
      <translation>Aucune recommandation n’a toutes les valeurs cochées.

Décochez certains filtres, ou effacez-les.</translation>
    </message>
    <message>
      <source>No recommendation matches “{0}”{1}.

Every word must appear (as the start of a word); try fewer or shorter words.</source>
      <translation>Aucune recommandation ne correspond à « {0} »{1}.

Chaque mot doit apparaître (comme début d’un mot) ; essayez des mots moins nombreux ou plus courts.</translation>
    </message>
    <message>
      <source>No recommendations in this database yet.

Import them with File &gt; Import recommendations… (Ctrl+I): OHCHR matrices of recommendations (.docx) and UPR Info exports (.csv).</source>
      <translation>Aucune recommandation dans cette base de données pour l’instant.

Importez-les avec Fichier &gt; Importer des recommandations… (Ctrl+I) : matrices de recommandations du HCDH (.docx) et exports d’UPR Info (.csv).</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>Non évaluée</translation>
    </message>
    <message>
      <source>Plan an action for these…</source>
      <translation>Planifier une action pour celles-ci…</translation>
    </message>
    <message>
      <source>Priority…</source>
      <translation>Priorité…</translation>
    </message>
    <message>
      <source>Recommendations</source>
      <translation>Recommandations</translation>
    </message>
    <message>
      <source>Recommendations ({0} of {1})</source>
      <translation>Recommandations ({0} sur {1})</translation>
    </message>
    <message>
      <source>Recommendations ({0})</source>
      <translation>Recommandations ({0})</translation>
    </message>
    <message>
      <source>Reopen a saved view: its search, filters and sort</source>
      <translation>Rouvrir une vue enregistrée : sa recherche, ses filtres et son tri</translation>
    </message>
    <message>
      <source>Reset columns</source>
      <translation>Rétablir les colonnes</translation>
    </message>
    <message>
      <source>Save view…</source>
      <translation>Enregistrer la vue…</translation>
    </message>
    <message>
      <source>Search reference, text and notes (Ctrl+F) — “cote ratif” finds “Côte … ratify”</source>
      <translation>Rechercher dans la référence, le texte et les notes (Ctrl+F) — « cote ratif » trouve « Côte … ratifier »</translation>
    </message>
    <message>
      <source>Search the register</source>
      <translation>Rechercher dans le registre</translation>
    </message>
    <message>
      <source>Select a recommendation to read it in full.</source>
      <translation>Sélectionnez une recommandation pour la lire en entier.</translation>
    </message>
    <message>
      <source>Select rows to edit:</source>
      <translation>Sélectionnez des lignes à modifier :</translation>
    </message>
    <message>
      <source>Set lead…</source>
      <translation>Désigner le chef de file…</translation>
    </message>
    <message>
      <source>This recommendation was deleted meanwhile.</source>
      <translation>Cette recommandation a été supprimée entre-temps.</translation>
    </message>
    <message>
      <source>View:</source>
      <translation>Vue :</translation>
    </message>
  </context>
  <context>
    <name>RegisterActions</name>
    <message numerus="yes">
      <source>%n recommendation(s)</source>
      <translation>
        <numerusform>%n recommandation</numerusform>
        <numerusform>%n recommandations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n recommendation(s) changed</source>
      <translation>
        <numerusform>%n recommandation modifiée</numerusform>
        <numerusform>%n recommandations modifiées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n recommendation(s) moved into “{0}”.</source>
      <translation>
        <numerusform>%n recommandation déplacée dans « {0} ».</numerusform>
        <numerusform>%n recommandations déplacées dans « {0} ».</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <source>&amp;Undo: {0}</source>
      <translation>&amp;Annuler : {0}</translation>
    </message>
    <message numerus="yes">
      <source>Add %n recommendation(s) to a cluster</source>
      <translation>
        <numerusform>Ajouter %n recommandation à un groupe</numerusform>
        <numerusform>Ajouter %n recommandations à un groupe</numerusform>
      </translation>
    </message>
    <message>
      <source>Add SDG target</source>
      <translation>Ajouter une cible des ODD</translation>
    </message>
    <message numerus="yes">
      <source>Add SDG target {0} to %n recommendation(s)</source>
      <translation>
        <numerusform>Ajouter la cible des ODD {0} à %n recommandation</numerusform>
        <numerusform>Ajouter la cible des ODD {0} à %n recommandations</numerusform>
      </translation>
    </message>
    <message>
      <source>Add supporting institution</source>
      <translation>Ajouter une institution en appui</translation>
    </message>
    <message numerus="yes">
      <source>Add supporting {0} on %n recommendation(s)</source>
      <translation>
        <numerusform>Ajouter {0} en appui sur %n recommandation</numerusform>
        <numerusform>Ajouter {0} en appui sur %n recommandations</numerusform>
      </translation>
    </message>
    <message>
      <source>Add theme</source>
      <translation>Ajouter un thème</translation>
    </message>
    <message numerus="yes">
      <source>Add theme to %n recommendation(s)</source>
      <translation>
        <numerusform>Ajouter un thème à %n recommandation</numerusform>
        <numerusform>Ajouter un thème à %n recommandations</numerusform>
      </translation>
    </message>
    <message>
      <source>Add to cluster</source>
      <translation>Ajouter au groupe</translation>
    </message>
    <message>
      <source>Cannot undo</source>
      <translation>Annulation impossible</translation>
    </message>
    <message numerus="yes">
      <source>Cluster for the %n selected recommendation(s).</source>
      <translation>
        <numerusform>Groupe pour la recommandation sélectionnée.</numerusform>
        <numerusform>Groupe pour les %n recommandations sélectionnées.</numerusform>
      </translation>
    </message>
    <message>
      <source>Cluster renamed to “{0}”.</source>
      <translation>Groupe renommé en « {0} ».</translation>
    </message>
    <message>
      <source>Cluster “{0}” created.</source>
      <translation>Groupe « {0} » créé.</translation>
    </message>
    <message>
      <source>Cluster “{0}” deleted.</source>
      <translation>Groupe « {0} » supprimé.</translation>
    </message>
    <message>
      <source>Create cluster “{0}”</source>
      <translation>Créer le groupe « {0} »</translation>
    </message>
    <message numerus="yes">
      <source>Create cluster “{0}” with %n recommendation(s)</source>
      <translation>
        <numerusform>Créer le groupe « {0} » avec %n recommandation</numerusform>
        <numerusform>Créer le groupe « {0} » avec %n recommandations</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete cluster</source>
      <translation>Supprimer le groupe</translation>
    </message>
    <message>
      <source>Delete cluster “{0}”</source>
      <translation>Supprimer le groupe « {0} »</translation>
    </message>
    <message numerus="yes">
      <source>Delete the cluster “{0}”? Its %n recommendation(s) stay in the register; only the grouping goes. Edit &gt; Undo brings it back.</source>
      <translation>
        <numerusform>Supprimer le groupe « {0} » ? Sa recommandation reste dans le registre ; seul le regroupement disparaît. Édition &gt; Annuler le rétablit.</numerusform>
        <numerusform>Supprimer le groupe « {0} » ? Ses %n recommandations restent dans le registre ; seul le regroupement disparaît. Édition &gt; Annuler le rétablit.</numerusform>
      </translation>
    </message>
    <message>
      <source>Edit recommendation {0}</source>
      <translation>Modifier la recommandation {0}</translation>
    </message>
    <message>
      <source>Empty cluster</source>
      <translation>Groupe vide</translation>
    </message>
    <message numerus="yes">
      <source>Lead institution for the %n selected recommendation(s). A previous lead steps down; a supporting institution made lead stops supporting.</source>
      <translation>
        <numerusform>Institution chef de file pour la recommandation sélectionnée. Un ancien chef de file se retire ; une institution en appui désignée chef de file cesse d’appuyer.</numerusform>
        <numerusform>Institution chef de file pour les %n recommandations sélectionnées. Un ancien chef de file se retire ; une institution en appui désignée chef de file cesse d’appuyer.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Merge %n cluster(s) into “{0}”</source>
      <translation>
        <numerusform>Fusionner %n groupe dans « {0} »</numerusform>
        <numerusform>Fusionner %n groupes dans « {0} »</numerusform>
      </translation>
    </message>
    <message>
      <source>Name of the new cluster:</source>
      <translation>Nom du nouveau groupe :</translation>
    </message>
    <message>
      <source>New cluster</source>
      <translation>Nouveau groupe</translation>
    </message>
    <message>
      <source>New cluster…</source>
      <translation>Nouveau groupe…</translation>
    </message>
    <message>
      <source>New name:</source>
      <translation>Nouveau nom :</translation>
    </message>
    <message>
      <source>No priority</source>
      <translation>Aucune priorité</translation>
    </message>
    <message numerus="yes">
      <source>Priority of the %n selected recommendation(s).</source>
      <translation>
        <numerusform>Priorité de la recommandation sélectionnée.</numerusform>
        <numerusform>Priorité des %n recommandations sélectionnées.</numerusform>
      </translation>
    </message>
    <message>
      <source>Recommendation {0} saved.</source>
      <translation>Recommandation {0} enregistrée.</translation>
    </message>
    <message>
      <source>Rename cluster</source>
      <translation>Renommer le groupe</translation>
    </message>
    <message>
      <source>Rename cluster “{0}”</source>
      <translation>Renommer le groupe « {0} »</translation>
    </message>
    <message numerus="yes">
      <source>SDG target to add to the %n selected recommendation(s).</source>
      <translation>
        <numerusform>Cible des ODD à ajouter à la recommandation sélectionnée.</numerusform>
        <numerusform>Cible des ODD à ajouter aux %n recommandations sélectionnées.</numerusform>
      </translation>
    </message>
    <message>
      <source>Set lead institution</source>
      <translation>Désigner l’institution chef de file</translation>
    </message>
    <message numerus="yes">
      <source>Set lead {0} on %n recommendation(s)</source>
      <translation>
        <numerusform>Désigner {0} chef de file sur %n recommandation</numerusform>
        <numerusform>Désigner {0} chef de file sur %n recommandations</numerusform>
      </translation>
    </message>
    <message>
      <source>Set priority</source>
      <translation>Fixer la priorité</translation>
    </message>
    <message numerus="yes">
      <source>Set priority {0} on %n recommendation(s)</source>
      <translation>
        <numerusform>Fixer la priorité {0} sur %n recommandation</numerusform>
        <numerusform>Fixer la priorité {0} sur %n recommandations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Supporting institution for the %n selected recommendation(s).</source>
      <translation>
        <numerusform>Institution en appui pour la recommandation sélectionnée.</numerusform>
        <numerusform>Institution en appui pour les %n recommandations sélectionnées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Theme to add to the %n selected recommendation(s).</source>
      <translation>
        <numerusform>Thème à ajouter à la recommandation sélectionnée.</numerusform>
        <numerusform>Thème à ajouter aux %n recommandations sélectionnées.</numerusform>
      </translation>
    </message>
    <message>
      <source>This cluster has no recommendations yet: add some from the register first.</source>
      <translation>Ce groupe n’a pas encore de recommandations : ajoutez-en d’abord depuis le registre.</translation>
    </message>
    <message>
      <source>Undoing</source>
      <translation>Annulation en cours</translation>
    </message>
    <message>
      <source>Undone: {0}.</source>
      <translation>Annulé : {0}.</translation>
    </message>
    <message numerus="yes">
      <source>{0} (%n recommendation(s))</source>
      <translation>
        <numerusform>{0} (%n recommandation)</numerusform>
        <numerusform>{0} (%n recommandations)</numerusform>
      </translation>
    </message>
    <message>
      <source>{0}, {1} already so</source>
      <translation>{0}, dont {1} déjà ainsi</translation>
    </message>
  </context>
  <context>
    <name>RegisterLayoutMixin</name>
    <message>
      <source>Give the table and the detail the whole width; the filters still apply</source>
      <translation>Donner toute la largeur au tableau et au détail ; les filtres restent appliqués</translation>
    </message>
    <message>
      <source>Hide filters</source>
      <translation>Masquer les filtres</translation>
    </message>
    <message>
      <source>Show filters</source>
      <translation>Afficher les filtres</translation>
    </message>
  </context>
  <context>
    <name>ReportCommandsMixin</name>
    <message numerus="yes">
      <source>%n assignment change(s):</source>
      <translation>
        <numerusform>%n changement d’attribution :</numerusform>
        <numerusform>%n changements d’attribution :</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n progress report(s) to submit for {0}.</source>
      <translation>
        <numerusform>%n rapport d’avancement à soumettre pour {0}.</numerusform>
        <numerusform>%n rapports d’avancement à soumettre pour {0}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n reminder letter(s) ({0} overdue, {1} due soon) written to {2}</source>
      <translation>
        <numerusform>%n lettre de rappel ({0} en retard, {1} à échéance prochaine) écrite dans {2}</numerusform>
        <numerusform>%n lettres de rappel ({0} en retard, {1} à échéance prochaine) écrites dans {2}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) applied (progress reports submitted, assignments changed).</source>
      <translation>
        <numerusform>%n ligne appliquée (rapports d’avancement soumis, attributions modifiées).</numerusform>
        <numerusform>%n lignes appliquées (rapports d’avancement soumis, attributions modifiées).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) were rejected. Import the other rows on their own?</source>
      <translation>
        <numerusform>%n ligne a été rejetée. Importer les autres lignes seules ?</numerusform>
        <numerusform>%n lignes ont été rejetées. Importer les autres lignes seules ?</numerusform>
      </translation>
    </message>
    <message>
      <source>Apply them now?</source>
      <translation>Les appliquer maintenant ?</translation>
    </message>
    <message>
      <source>Cannot read {0}</source>
      <translation>Impossible de lire {0}</translation>
    </message>
    <message>
      <source>Cannot write the matrix</source>
      <translation>Impossible d’écrire la matrice</translation>
    </message>
    <message>
      <source>Cannot write the report</source>
      <translation>Impossible d’écrire le rapport</translation>
    </message>
    <message>
      <source>Conflict, row {0} ({1}): not applied — {2}</source>
      <translation>Conflit, ligne {0} ({1}) : non appliqué — {2}</translation>
    </message>
    <message>
      <source>Import completed matrix {0}</source>
      <translation>Importer la matrice complétée {0}</translation>
    </message>
    <message>
      <source>Import the completed matrix</source>
      <translation>Importer la matrice complétée</translation>
    </message>
    <message>
      <source>Matrix for completion ({0} recommendations) written to {1}</source>
      <translation>Matrice à compléter ({0} recommandations) écrite dans {1}</translation>
    </message>
    <message>
      <source>Matrix of {0} recommendations written to {1}</source>
      <translation>Matrice de {0} recommandations écrite dans {1}</translation>
    </message>
    <message>
      <source>Mid-term report written to {2} (recommendations: {0}, pages: {1})</source>
      <translation>Rapport à mi-parcours écrit dans {2} (recommandations : {0}, pages : {1})</translation>
    </message>
    <message>
      <source>Nothing to submit</source>
      <translation>Rien à soumettre</translation>
    </message>
    <message>
      <source>Reading {0}</source>
      <translation>Lecture de {0}</translation>
    </message>
    <message>
      <source>Rejected, {0}</source>
      <translation>Rejeté, {0}</translation>
    </message>
    <message>
      <source>Report written</source>
      <translation>Rapport écrit</translation>
    </message>
    <message>
      <source>Row {0} ({1}): {2}</source>
      <translation>Ligne {0} ({1}) : {2}</translation>
    </message>
    <message numerus="yes">
      <source>Validation pack of {0} (%n recommendation(s)) written to {1}</source>
      <translation>
        <numerusform>Dossier de validation de {0} (%n recommandation) écrit dans {1}</numerusform>
        <numerusform>Dossier de validation de {0} (%n recommandations) écrit dans {1}</numerusform>
      </translation>
    </message>
    <message>
      <source>Workbook written</source>
      <translation>Classeur écrit</translation>
    </message>
    <message>
      <source>Writing the implementation matrix</source>
      <translation>Écriture de la matrice de mise en œuvre</translation>
    </message>
    <message>
      <source>Writing the matrix for completion</source>
      <translation>Écriture de la matrice à compléter</translation>
    </message>
    <message>
      <source>Writing the mid-term report</source>
      <translation>Écriture du rapport à mi-parcours</translation>
    </message>
    <message>
      <source>Writing the reminder letters</source>
      <translation>Écriture des lettres de rappel</translation>
    </message>
    <message>
      <source>Writing the validation-meeting pack</source>
      <translation>Écriture du dossier de la réunion de validation</translation>
    </message>
  </context>
  <context>
    <name>ReportOptionsDialog</name>
    <message>
      <source> days</source>
      <translation> jours</translation>
    </message>
    <message>
      <source>A letter to each institution listing what is overdue and what falls due soon, ready to print and sign.</source>
      <translation>Une lettre à chaque institution énumérant ce qui est en retard et ce qui arrive bientôt à échéance, prête à imprimer et à signer.</translation>
    </message>
    <message>
      <source>Also what falls due within:</source>
      <translation>Et aussi ce qui arrive à échéance dans :</translation>
    </message>
    <message>
      <source>Choose an institution…</source>
      <translation>Choisissez une institution…</translation>
    </message>
    <message>
      <source>Choose the institution whose meeting it is.</source>
      <translation>Choisissez l’institution dont c’est la réunion.</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>Groupe</translation>
    </message>
    <message>
      <source>Cover, table of contents, executive summary with key figures and charts, one section per theme or cluster (each recommendation with its institutions, status, accepted progress, actions, indicators and evidence), and the whole matrix in annex.</source>
      <translation>Couverture, table des matières, résumé avec les chiffres clés et des graphiques, une section par thème ou par groupe (chaque recommandation avec ses institutions, son état d’avancement, les progrès acceptés, les actions, les indicateurs et les pièces justificatives), et toute la matrice en annexe.</translation>
    </message>
    <message>
      <source>Every institution</source>
      <translation>Toutes les institutions</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>Institution :</translation>
    </message>
    <message>
      <source>Language of the headings:</source>
      <translation>Langue des intitulés :</translation>
    </message>
    <message>
      <source>Led or supported by:</source>
      <translation>Dirigées ou appuyées par :</translation>
    </message>
    <message>
      <source>Letters to:</source>
      <translation>Lettres à :</translation>
    </message>
    <message>
      <source>Mid-term report (PDF)</source>
      <translation>Rapport à mi-parcours (PDF)</translation>
    </message>
    <message>
      <source>Mid-term report on the implementation of recommendations</source>
      <translation>Rapport à mi-parcours sur la mise en œuvre des recommandations</translation>
    </message>
    <message>
      <source>One institution's recommendations with their status and latest accepted progress, a column for the meeting's comments and a signature block.</source>
      <translation>Les recommandations d’une institution avec leur état d’avancement et les derniers progrès acceptés, une colonne pour les commentaires de la réunion et un bloc de signature.</translation>
    </message>
    <message>
      <source>One section per:</source>
      <translation>Une section par :</translation>
    </message>
    <message>
      <source>Period covered:</source>
      <translation>Période couverte :</translation>
    </message>
    <message>
      <source>Recommendations:</source>
      <translation>Recommandations :</translation>
    </message>
    <message>
      <source>Reminder letters (PDF)</source>
      <translation>Lettres de rappel (PDF)</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Thème</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Titre :</translation>
    </message>
    <message>
      <source>Validation-meeting pack (PDF)</source>
      <translation>Dossier de la réunion de validation (PDF)</translation>
    </message>
  </context>
  <context>
    <name>ReviewCalendarDialog</name>
    <message>
      <source>Adopted on:</source>
      <translation>Adopté le :</translation>
    </message>
    <message>
      <source>Calendar of {0}</source>
      <translation>Calendrier de {0}</translation>
    </message>
    <message>
      <source>Changing the adoption date proposes the usual rhythm (mid-term report after about 2½ years, next review after about 4½); both dates can then be adjusted.</source>
      <translation>Modifier la date d’adoption propose le rythme habituel (rapport à mi-parcours après environ 2 ans et demi, examen suivant après environ 4 ans et demi) ; les deux dates peuvent ensuite être ajustées.</translation>
    </message>
    <message>
      <source>Mid-term report due:</source>
      <translation>Rapport à mi-parcours attendu le :</translation>
    </message>
    <message>
      <source>Next review:</source>
      <translation>Prochain examen :</translation>
    </message>
    <message>
      <source>The adoption date is known</source>
      <translation>La date d’adoption est connue</translation>
    </message>
  </context>
  <context>
    <name>SavedViewsMixin</name>
    <message>
      <source>A view called “{0}” exists. Replace it?</source>
      <translation>Une vue nommée « {0} » existe. La remplacer ?</translation>
    </message>
    <message>
      <source>All recommendations</source>
      <translation>Toutes les recommandations</translation>
    </message>
    <message>
      <source>Name of this view (search, filters and sort), e.g. “Health, no lead yet”:</source>
      <translation>Nom de cette vue (recherche, filtres et tri), p. ex. « Santé, sans chef de file » :</translation>
    </message>
    <message>
      <source>Save view</source>
      <translation>Enregistrer la vue</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Touches</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Action</translation>
    </message>
  </context>
  <context>
    <name>ShowWordsDialog</name>
    <message>
      <source>I have read them to the focal point</source>
      <translation>Je les ai lus au point focal</translation>
    </message>
    <message>
      <source>Twelve words for {0}</source>
      <translation>Douze mots pour {0}</translation>
    </message>
    <message>
      <source>{0} is encrypted: it opens only with these twelve words. Read them to the focal point of {1} by phone — never in the same e-mail or on the same stick as the file. They are not shown again; if they are lost, issue the file again.</source>
      <translation>{0} est chiffré : il ne s’ouvre qu’avec ces douze mots. Lisez-les au point focal de {1} par téléphone — jamais dans le même courriel ni sur la même clé USB que le fichier. Ils ne seront plus affichés ; s’ils sont perdus, émettez de nouveau le fichier.</translation>
    </message>
  </context>
  <context>
    <name>SideBar</name>
    <message>
      <source>Only symbols: more room for the pages</source>
      <translation>Symboles seulement : plus de place pour les pages</translation>
    </message>
    <message>
      <source>Show the names of the pages</source>
      <translation>Afficher le nom des pages</translation>
    </message>
  </context>
  <context>
    <name>StackedBars</name>
    <message>
      <source>{0} — {1}: {2} (click to see them)</source>
      <translation>{0} — {1} : {2} (cliquez pour les voir)</translation>
    </message>
  </context>
  <context>
    <name>TaskRunner</name>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
  </context>
  <context>
    <name>TrackingPagesMixin</name>
    <message>
      <source>Cannot compare recommendations</source>
      <translation>Impossible de comparer les recommandations</translation>
    </message>
    <message>
      <source>Comparing the recommendations (first time only)…</source>
      <translation>Comparaison des recommandations (la première fois seulement)…</translation>
    </message>
    <message>
      <source>Reading the activity</source>
      <translation>Lecture du journal d’activité</translation>
    </message>
    <message>
      <source>Reading the deadlines</source>
      <translation>Lecture des échéances</translation>
    </message>
    <message>
      <source>Reading the plan</source>
      <translation>Lecture du plan</translation>
    </message>
    <message>
      <source>{0}…</source>
      <translation>{0}…</translation>
    </message>
  </context>
  <context>
    <name>ValueDialog</name>
    <message>
      <source>Choose file…</source>
      <translation>Choisir un fichier…</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>Date :</translation>
    </message>
    <message>
      <source>Note:</source>
      <translation>Note :</translation>
    </message>
    <message>
      <source>Period:</source>
      <translation>Période :</translation>
    </message>
    <message>
      <source>Period: say which period the value is for.</source>
      <translation>Période : indiquez la période à laquelle se rapporte la valeur.</translation>
    </message>
    <message>
      <source>Source document:</source>
      <translation>Document source :</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <source>Value of “{0}”</source>
      <translation>Valeur de « {0} »</translation>
    </message>
    <message>
      <source>Value:</source>
      <translation>Valeur :</translation>
    </message>
    <message>
      <source>Where the figure comes from, anything unusual</source>
      <translation>D’où vient le chiffre, tout élément inhabituel</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucun</translation>
    </message>
  </context>
  <context>
    <name>VocabulariesPage</name>
    <message>
      <source>Add spelling…</source>
      <translation>Ajouter une graphie…</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Ajouter…</translation>
    </message>
    <message>
      <source>Affected persons</source>
      <translation>Personnes concernées</translation>
    </message>
    <message>
      <source>Another way documents write this State's name, so imports recognise it</source>
      <translation>Une autre façon dont les documents écrivent le nom de cet État, pour que les importations le reconnaissent</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>Calendrier</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Each review's adoption date gives its calendar: the mid-term report about 2½ years later, the next review about 4½ years later (Edit… to adjust). The dates appear in the Calendar as deadlines.</source>
      <translation>La date d’adoption de chaque examen donne son calendrier : le rapport à mi-parcours environ 2 ans et demi plus tard, l’examen suivant environ 4 ans et demi plus tard (Modifier… pour ajuster). Les dates apparaissent dans le Calendrier comme des échéances.</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <source>Groups of persons recommendations are about.</source>
      <translation>Groupes de personnes que visent les recommandations.</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Mechanisms</source>
      <translation>Mécanismes</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Other spellings</source>
      <translation>Autres graphies</translation>
    </message>
    <message>
      <source>Recommendations</source>
      <translation>Recommandations</translation>
    </message>
    <message>
      <source>Reference data</source>
      <translation>Données de référence</translation>
    </message>
    <message>
      <source>Remove spelling…</source>
      <translation>Retirer une graphie…</translation>
    </message>
    <message>
      <source>Reviews</source>
      <translation>Examens</translation>
    </message>
    <message>
      <source>Reviews and their calendar</source>
      <translation>Examens et leur calendrier</translation>
    </message>
    <message>
      <source>Scheme</source>
      <translation>Schéma</translation>
    </message>
    <message>
      <source>States and their spellings</source>
      <translation>États et leurs graphies</translation>
    </message>
    <message>
      <source>Still used: rename it instead</source>
      <translation>Encore utilisé : renommez-le plutôt</translation>
    </message>
    <message>
      <source>The UHRI themes ship with the application; themes of UPR Info exports and your own are added here or by imports.</source>
      <translation>Les thèmes de l’Index universel des droits de l’homme sont fournis avec l’application ; les thèmes des exports d’UPR Info et les vôtres s’ajoutent ici ou par les importations.</translation>
    </message>
    <message>
      <source>The UN member and observer States. Add the spellings your documents use (e.g. “Lao PDR”) so that imports recognise them.</source>
      <translation>Les États membres et observateurs de l’ONU. Ajoutez les graphies qu’utilisent vos documents (p. ex. « RDP lao ») pour que les importations les reconnaissent.</translation>
    </message>
    <message>
      <source>The UPR, treaty bodies, special procedures and regional mechanisms.</source>
      <translation>L’EPU, les organes conventionnels, les procédures spéciales et les mécanismes régionaux.</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>Thèmes</translation>
    </message>
    <message>
      <source>Type to narrow the list</source>
      <translation>Saisissez du texte pour filtrer la liste</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>A complete example about a fictional State, to see how the follow-up works before entering real data. Changes stay in the demo file.</source>
      <translation>Un exemple complet sur un État fictif, pour voir comment fonctionne le suivi avant de saisir des données réelles. Les modifications restent dans le fichier de démonstration.</translation>
    </message>
    <message>
      <source>Continue with a database kept on this computer or on a USB stick.</source>
      <translation>Reprendre une base de données conservée sur cet ordinateur ou sur une clé USB.</translation>
    </message>
    <message>
      <source>Explore the demo</source>
      <translation>Découvrir la démonstration</translation>
    </message>
    <message>
      <source>Focal point: a file from the secretariat</source>
      <translation>Point focal : un fichier du secrétariat</translation>
    </message>
    <message>
      <source>Follow up the recommendations your State received from the Universal Periodic Review, the treaty bodies and the special procedures: who does what, by when, and how far it has gone. Everything stays on this computer and works offline.</source>
      <translation>Suivez les recommandations que votre État a reçues de l’Examen périodique universel, des organes conventionnels et des procédures spéciales : qui fait quoi, pour quand, et où en est la mise en œuvre. Tout reste sur cet ordinateur et fonctionne hors ligne.</translation>
    </message>
    <message>
      <source>For a ministry's focal point who received a file (.nmrf) from the secretariat by USB stick or e-mail: it becomes your working copy, with your institution's recommendations.</source>
      <translation>Pour le point focal d’un ministère qui a reçu un fichier (.nmrf) du secrétariat par clé USB ou par courriel : il devient votre copie de travail, avec les recommandations de votre institution.</translation>
    </message>
    <message>
      <source>For the secretariat of the national mechanism: choose the State and list the institutions; recommendations are imported afterwards.</source>
      <translation>Pour le secrétariat du mécanisme national : choisissez l’État et énumérez les institutions ; les recommandations sont importées ensuite.</translation>
    </message>
    <message>
      <source>Open a database file…</source>
      <translation>Ouvrir un fichier de base de données…</translation>
    </message>
    <message>
      <source>Open an existing database</source>
      <translation>Ouvrir une base de données existante</translation>
    </message>
    <message>
      <source>Open the secretariat's file…</source>
      <translation>Ouvrir le fichier du secrétariat…</translation>
    </message>
    <message>
      <source>Recently opened</source>
      <translation>Ouverts récemment</translation>
    </message>
    <message>
      <source>Secretariat: start a new database</source>
      <translation>Secrétariat : créer une nouvelle base de données</translation>
    </message>
    <message>
      <source>Start a new database…</source>
      <translation>Créer une nouvelle base de données…</translation>
    </message>
    <message>
      <source>Welcome to NMRF Tracker</source>
      <translation>Bienvenue dans NMRF Tracker</translation>
    </message>
  </context>
  <context>
    <name>_FilePage</name>
    <message>
      <source>Browse…</source>
      <translation>Parcourir…</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>Fichier :</translation>
    </message>
    <message>
      <source>Keep it on this computer's disk (not on a USB stick) and back it up regularly with File &gt; Back up now.</source>
      <translation>Conservez-la sur le disque de cet ordinateur (pas sur une clé USB) et sauvegardez-la régulièrement avec Fichier &gt; Sauvegarder maintenant.</translation>
    </message>
    <message>
      <source>This file already exists; choose another name.</source>
      <translation>Ce fichier existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
      <source>Where to keep the database</source>
      <translation>Où conserver la base de données</translation>
    </message>
    <message>
      <source>{0} cannot be written by this account (or is on read-only media); choose a folder of your own, such as Documents.</source>
      <translation>{0} n’est pas accessible en écriture pour ce compte (ou se trouve sur un support en lecture seule) ; choisissez un dossier à vous, comme Documents.</translation>
    </message>
  </context>
  <context>
    <name>_FilesPage</name>
    <message>
      <source>(as the file says)</source>
      <translation>(comme l’indique le fichier)</translation>
    </message>
    <message>
      <source>Add files…</source>
      <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
      <source>Files to import</source>
      <translation>Fichiers à importer</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <source>OHCHR matrices (.docx), UPR Info and UHRI exports, and your own tables (.csv, .xlsx). The same recommendation from two sources becomes one; importing a file again changes nothing.</source>
      <translation>Matrices du HCDH (.docx), exports d’UPR Info et de l’Index universel, et vos propres tableaux (.csv, .xlsx). La même recommandation venant de deux sources n’en fait qu’une ; importer de nouveau un fichier ne change rien.</translation>
    </message>
    <message>
      <source>Only if the file does not say it</source>
      <translation>Seulement si le fichier ne l’indique pas</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <source>Report symbol:</source>
      <translation>Cote du rapport :</translation>
    </message>
    <message>
      <source>Session:</source>
      <translation>Session :</translation>
    </message>
    <message>
      <source>State under review:</source>
      <translation>État examiné :</translation>
    </message>
    <message>
      <source>UPR cycle:</source>
      <translation>Cycle de l’EPU :</translation>
    </message>
    <message>
      <source>Year:</source>
      <translation>Année :</translation>
    </message>
    <message>
      <source>e.g. A/HRC/40/6</source>
      <translation>p. ex. A/HRC/40/6</translation>
    </message>
  </context>
  <context>
    <name>_Form</name>
    <message>
      <source>{0}: a number is needed.</source>
      <translation>{0} : un nombre est requis.</translation>
    </message>
    <message>
      <source>{0}: “{1}” is not a number.</source>
      <translation>{0} : « {1} » n’est pas un nombre.</translation>
    </message>
  </context>
  <context>
    <name>_InstitutionsPage</name>
    <message>
      <source>Institutions</source>
      <translation>Institutions</translation>
    </message>
    <message>
      <source>Ministries and other institutions:</source>
      <translation>Ministères et autres institutions :</translation>
    </message>
    <message>
      <source>National mechanism secretariat</source>
      <translation>Secrétariat du mécanisme national</translation>
    </message>
    <message>
      <source>One institution a line: a short code, a comma, then its name (for example: MOJ, Ministry of Justice).</source>
      <translation>Une institution par ligne : un code court, une virgule, puis son nom (par exemple : MOJ, Ministère de la Justice).</translation>
    </message>
    <message>
      <source>Secretariat name:</source>
      <translation>Nom du secrétariat :</translation>
    </message>
    <message>
      <source>Secretariat name: please give it a name.</source>
      <translation>Nom du secrétariat : veuillez lui donner un nom.</translation>
    </message>
  </context>
  <context>
    <name>_RunPage</name>
    <message>
      <source>A dry run: nothing has been written yet.</source>
      <translation>Un essai à blanc : rien n’a encore été écrit.</translation>
    </message>
    <message>
      <source>Dry run finished.</source>
      <translation>Essai à blanc terminé.</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <source>Import the similar texts not ticked “same?” as new recommendations (instead of leaving them out)</source>
      <translation>Importer comme nouvelles recommandations les textes semblables non cochés « identique ? » (au lieu de les laisser de côté)</translation>
    </message>
    <message>
      <source>Import the valid rows even though some rows are rejected</source>
      <translation>Importer les lignes valides même si certaines lignes sont rejetées</translation>
    </message>
    <message>
      <source>Imported. The register now shows the new recommendations.</source>
      <translation>Importé. Le registre affiche maintenant les nouvelles recommandations.</translation>
    </message>
    <message>
      <source>Nothing was imported: some rows are rejected.</source>
      <translation>Rien n’a été importé : certaines lignes sont rejetées.</translation>
    </message>
    <message>
      <source>Run the dry run again</source>
      <translation>Refaire l’essai à blanc</translation>
    </message>
    <message>
      <source>What the import would do</source>
      <translation>Ce que ferait l’importation</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>Traitement en cours…</translation>
    </message>
  </context>
  <context>
    <name>_StatePage</name>
    <message>
      <source>State under review</source>
      <translation>État examiné</translation>
    </message>
    <message>
      <source>State under review:</source>
      <translation>État examiné :</translation>
    </message>
    <message>
      <source>The State under review. Type to search by name.</source>
      <translation>L’État examiné. Saisissez son nom pour le rechercher.</translation>
    </message>
    <message>
      <source>Title (optional):</source>
      <translation>Titre (facultatif) :</translation>
    </message>
    <message>
      <source>Which State does this database follow up?</source>
      <translation>Quel État cette base de données suit-elle ?</translation>
    </message>
    <message>
      <source>e.g. National recommendations tracker 2025–2030</source>
      <translation>p. ex. Suivi national des recommandations 2025–2030</translation>
    </message>
  </context>
  <context>
    <name>_SummaryView</name>
    <message>
      <source>&lt;b&gt;First rows:&lt;/b&gt;</source>
      <translation>&lt;b&gt;Premières lignes :&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Found:&lt;/b&gt; {0}</source>
      <translation>&lt;b&gt;Trouvé :&lt;/b&gt; {0}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Left out, not recommendations:&lt;/b&gt; {0}</source>
      <translation>&lt;b&gt;Laissées de côté, ce ne sont pas des recommandations :&lt;/b&gt; {0}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Read as:&lt;/b&gt; {0}</source>
      <translation>&lt;b&gt;Lu comme :&lt;/b&gt; {0}</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <source>Recommendations: &lt;b&gt;{0:,}&lt;/b&gt; new, &lt;b&gt;{1:,}&lt;/b&gt; updated, &lt;b&gt;{2:,}&lt;/b&gt; unchanged. New reviews: {3:,}. Rows rejected: &lt;b&gt;{4:,}&lt;/b&gt;. Similar texts to confirm: &lt;b&gt;{5:,}&lt;/b&gt;.</source>
      <translation>Recommandations : &lt;b&gt;{0:,}&lt;/b&gt; nouvelles, &lt;b&gt;{1:,}&lt;/b&gt; mises à jour, &lt;b&gt;{2:,}&lt;/b&gt; inchangées. Nouveaux examens : {3:,}. Lignes rejetées : &lt;b&gt;{4:,}&lt;/b&gt;. Textes semblables à confirmer : &lt;b&gt;{5:,}&lt;/b&gt;.</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Ligne</translation>
    </message>
    <message>
      <source>These files are about {0}, not the State this database follows; check that they are the right ones before importing.</source>
      <translation>Ces fichiers concernent {0}, et non l’État que suit cette base de données ; vérifiez que ce sont les bons avant d’importer.</translation>
    </message>
    <message>
      <source>What is wrong / what to confirm</source>
      <translation>Ce qui ne va pas / ce qu’il faut confirmer</translation>
    </message>
    <message>
      <source>an existing recommendation</source>
      <translation>une recommandation existante</translation>
    </message>
    <message numerus="yes">
      <source>and %n other review(s)</source>
      <translation>
        <numerusform>et %n autre examen</numerusform>
        <numerusform>et %n autres examens</numerusform>
      </translation>
    </message>
    <message>
      <source>same?</source>
      <translation>identique ?</translation>
    </message>
    <message>
      <source>{0:.1%} like {1}: “{2}” — tick “same?” to merge it, else it is left out</source>
      <translation>{0:.1%} semblable à {1} : « {2} » — cochez « identique ? » pour la fusionner, sinon elle est laissée de côté</translation>
    </message>
    <message numerus="yes">
      <source>{0} (%n rows)</source>
      <translation>
        <numerusform>{0} (%n ligne)</numerusform>
        <numerusform>{0} (%n lignes)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{0}: %n recommendation(s)</source>
      <translation>
        <numerusform>{0} : %n recommandation</numerusform>
        <numerusform>{0} : %n recommandations</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>_ValueChooser</name>
    <message>
      <source>(leave these rows rejected)</source>
      <translation>(laisser ces lignes rejetées)</translation>
    </message>
    <message>
      <source>Then run the dry run again.</source>
      <translation>Puis refaites l’essai à blanc.</translation>
    </message>
    <message>
      <source>Words this database does not know</source>
      <translation>Mots que cette base ne connaît pas</translation>
    </message>
    <message numerus="yes">
      <source>“{0}” ({1}, %n row(s)) means:</source>
      <translation>
        <numerusform>« {0} » ({1}, %n ligne) signifie :</numerusform>
        <numerusform>« {0} » ({1}, %n lignes) signifie :</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>add_language_menu</name>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <source>As the system ({0})</source>
      <translation>Comme le système ({0})</translation>
    </message>
  </context>
  <context>
    <name>field_labels</name>
    <message>
      <source>Action category (1–5)</source>
      <translation>Catégorie d’action (1–5)</translation>
    </message>
    <message>
      <source>Affected persons</source>
      <translation>Personnes concernées</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>Cote du document</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>Mécanisme</translation>
    </message>
    <message>
      <source>Paragraph / reference</source>
      <translation>Paragraphe / référence</translation>
    </message>
    <message>
      <source>Position / response</source>
      <translation>Position / réponse</translation>
    </message>
    <message>
      <source>Recommendation text (required)</source>
      <translation>Texte de la recommandation (obligatoire)</translation>
    </message>
    <message>
      <source>Recommending States</source>
      <translation>États auteurs de la recommandation</translation>
    </message>
    <message>
      <source>SDG goals</source>
      <translation>Objectifs de développement durable</translation>
    </message>
    <message>
      <source>SDG targets</source>
      <translation>Cibles des ODD</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <source>Source of position</source>
      <translation>Source de la position</translation>
    </message>
    <message>
      <source>Special procedure</source>
      <translation>Procédure spéciale</translation>
    </message>
    <message>
      <source>State under review</source>
      <translation>État examiné</translation>
    </message>
    <message>
      <source>The source's own identifier</source>
      <translation>Identifiant propre à la source</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>Thèmes</translation>
    </message>
    <message>
      <source>Treaty body</source>
      <translation>Organe conventionnel</translation>
    </message>
    <message>
      <source>Type (rows not of a recommendation are left out)</source>
      <translation>Type (les lignes qui ne sont pas des recommandations sont laissées de côté)</translation>
    </message>
    <message>
      <source>UPR cycle</source>
      <translation>Cycle de l’EPU</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Année</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>A new key of the secretariat</source>
      <translation>Une nouvelle clé du secrétariat</translation>
    </message>
    <message>
      <source>Attach evidence</source>
      <translation>Joindre une pièce justificative</translation>
    </message>
    <message>
      <source>Back up the database to</source>
      <translation>Sauvegarder la base de données dans</translation>
    </message>
    <message>
      <source>Choose files to import</source>
      <translation>Choisir les fichiers à importer</translation>
    </message>
    <message>
      <source>Choose the ministries' files</source>
      <translation>Choisir les fichiers des ministères</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Column mapping (*.json)</source>
      <translation>Correspondance des colonnes (*.json)</translation>
    </message>
    <message>
      <source>Confirm before consolidating</source>
      <translation>Confirmer avant de consolider</translation>
    </message>
    <message>
      <source>Evidence (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx *.pptx *.odt *.ods *.txt *.csv);;All files (*)</source>
      <translation>Pièces justificatives (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx *.pptx *.odt *.ods *.txt *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Exchange files (*.nmrf)</source>
      <translation>Fichiers d’échange (*.nmrf)</translation>
    </message>
    <message>
      <source>Exchange files (*.nmrf);;All files (*)</source>
      <translation>Fichiers d’échange (*.nmrf);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Exchange files (*.nmrf);;Whole databases mailed instead (*.db);;All files (*)</source>
      <translation>Fichiers d’échange (*.nmrf);;Bases de données entières envoyées à la place (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Import a completed matrix</source>
      <translation>Importer une matrice complétée</translation>
    </message>
    <message>
      <source>Key backups (*.nmrfkey)</source>
      <translation>Sauvegardes de clé (*.nmrfkey)</translation>
    </message>
    <message>
      <source>Key backups (*.nmrfkey);;All files (*)</source>
      <translation>Sauvegardes de clé (*.nmrfkey);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Load a column mapping</source>
      <translation>Charger une correspondance des colonnes</translation>
    </message>
    <message>
      <source>NMRF Tracker database (*.db *.nmrf);;All files (*)</source>
      <translation>Base de données NMRF Tracker (*.db *.nmrf);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <source>Open a database</source>
      <translation>Ouvrir une base de données</translation>
    </message>
    <message>
      <source>Open a file from the secretariat</source>
      <translation>Ouvrir un fichier du secrétariat</translation>
    </message>
    <message>
      <source>Open a key backup</source>
      <translation>Ouvrir une sauvegarde de clé</translation>
    </message>
    <message>
      <source>PDF document (*.pdf)</source>
      <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Imprimer…</translation>
    </message>
    <message>
      <source>Recommendations (*.docx *.csv *.xlsx);;OHCHR matrix (*.docx);;UPR Info or UHRI export, other tables (*.csv *.xlsx)</source>
      <translation>Recommandations (*.docx *.csv *.xlsx);;Matrice du HCDH (*.docx);;Export d’UPR Info ou de l’Index universel, autres tableaux (*.csv *.xlsx)</translation>
    </message>
    <message>
      <source>Save the column mapping</source>
      <translation>Enregistrer la correspondance des colonnes</translation>
    </message>
    <message>
      <source>Save the exchange file</source>
      <translation>Enregistrer le fichier d’échange</translation>
    </message>
    <message>
      <source>Save the implementation matrix</source>
      <translation>Enregistrer la matrice de mise en œuvre</translation>
    </message>
    <message>
      <source>Save the key backup</source>
      <translation>Enregistrer la sauvegarde de clé</translation>
    </message>
    <message>
      <source>Save the new database as</source>
      <translation>Enregistrer la nouvelle base de données sous</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>Enregistrer le rapport</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>Afficher dans le dossier</translation>
    </message>
    <message>
      <source>{0} comes from a device of {1} that is not registered here (seen for the first time, or revoked). Its key fingerprint is

{2}

Read it to the focal point (by phone, not by e-mail) and register the device only if it matches theirs.</source>
      <translation>{0} provient d’un appareil de {1} qui n’est pas enregistré ici (vu pour la première fois, ou révoqué). L’empreinte de sa clé est

{2}

Lisez-la au point focal (par téléphone, pas par courriel) et n’enregistrez l’appareil que si elle correspond à la sienne.</translation>
    </message>
    <message>
      <source>{0} is a whole database of {1}, not a signed exchange file: its changes are unsigned and anyone could have made it. Apply them only if you have confirmed with the focal point that they sent it.</source>
      <translation>{0} est une base de données entière de {1}, et non un fichier d’échange signé : ses modifications ne sont pas signées et n’importe qui aurait pu la créer. Ne les appliquez que si vous avez confirmé avec le point focal qu’il l’a envoyée.</translation>
    </message>
    <message>
      <source>{0} is signed by a new key of the secretariat, fingerprint

{1}

The secretariat replaces its key only when the old one was lost or copied. Call the secretariat (not by e-mail), read this fingerprint to them, and accept the new key only if it matches theirs. Otherwise, do not open the file.</source>
      <translation>{0} est signé par une nouvelle clé du secrétariat, d’empreinte

{1}

Le secrétariat ne remplace sa clé que si l’ancienne a été perdue ou copiée. Appelez le secrétariat (pas par courriel), lisez-lui cette empreinte et n’acceptez la nouvelle clé que si elle correspond à la sienne. Sinon, n’ouvrez pas le fichier.</translation>
    </message>
  </context>
  <context>
    <name>print_pdf</name>
    <message>
      <source>Print {0}</source>
      <translation>Imprimer {0}</translation>
    </message>
  </context>
  <context>
    <name>role_labels</name>
    <message>
      <source>Focal point of a ministry</source>
      <translation>Point focal d’un ministère</translation>
    </message>
    <message>
      <source>Reader (no changes)</source>
      <translation>Lecteur (sans modification)</translation>
    </message>
    <message>
      <source>Secretariat</source>
      <translation>Secrétariat</translation>
    </message>
    <message>
      <source>Validating authority of a ministry</source>
      <translation>Autorité de validation d’un ministère</translation>
    </message>
  </context>
  <context>
    <name>scope_fields</name>
    <message>
      <source>Every recommendation</source>
      <translation>Toutes les recommandations</translation>
    </message>
    <message>
      <source>What the register shows now (search and filters)</source>
      <translation>Ce que le registre affiche maintenant (recherche et filtres)</translation>
    </message>
  </context>
  <context>
    <name>switch_language</name>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Wait until the work in progress has finished, then choose the language again.</source>
      <translation>Attendez que le travail en cours soit terminé, puis choisissez de nouveau la langue.</translation>
    </message>
  </context>
</TS>
