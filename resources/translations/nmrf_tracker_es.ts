<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>ActionDialog</name>
    <message>
      <source>Budget</source>
      <translation>Presupuesto</translation>
    </message>
    <message>
      <source>Budget:</source>
      <translation>Presupuesto:</translation>
    </message>
    <message>
      <source>Budget: give the currency as three letters (EUR, XOF, USD).</source>
      <translation>Presupuesto: indique la moneda con tres letras (EUR, XOF, USD).</translation>
    </message>
    <message>
      <source>Description:</source>
      <translation>Descripción:</translation>
    </message>
    <message>
      <source>EUR</source>
      <translation>EUR</translation>
    </message>
    <message>
      <source>Edit action</source>
      <translation>Editar la acción</translation>
    </message>
    <message>
      <source>Ends:</source>
      <translation>Termina:</translation>
    </message>
    <message>
      <source>Ends: the end date is before the start date.</source>
      <translation>Termina: la fecha de fin es anterior a la de inicio.</translation>
    </message>
    <message>
      <source>Expected outcome:</source>
      <translation>Resultado esperado:</translation>
    </message>
    <message>
      <source>Lead institution:</source>
      <translation>Institución responsable:</translation>
    </message>
    <message>
      <source>New action</source>
      <translation>Nueva acción</translation>
    </message>
    <message>
      <source>Starts:</source>
      <translation>Empieza:</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>Estado:</translation>
    </message>
    <message>
      <source>Supporting:</source>
      <translation>De apoyo:</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Título:</translation>
    </message>
    <message>
      <source>Title: an action needs a title.</source>
      <translation>Título: una acción necesita un título.</translation>
    </message>
    <message>
      <source>amount</source>
      <translation>importe</translation>
    </message>
    <message>
      <source>e.g. Train 300 police officers on the new law</source>
      <translation>p. ej., Capacitar a 300 policías en la nueva ley</translation>
    </message>
  </context>
  <context>
    <name>ActivityPage</name>
    <message numerus="yes">
      <source>Activity (%n change(s) shown, newest first)</source>
      <translation>
        <numerusform>Actividad (%n cambio mostrado, el más reciente primero)</numerusform>
        <numerusform>Actividad (%n cambios mostrados, los más recientes primero)</numerusform>
      </translation>
    </message>
    <message>
      <source>Every institution</source>
      <translation>Todas las instituciones</translation>
    </message>
    <message>
      <source>Every kind of record</source>
      <translation>Todo tipo de registro</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Todos</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>Institución:</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>Últimos 30 días</translation>
    </message>
    <message>
      <source>Last 7 days</source>
      <translation>Últimos 7 días</translation>
    </message>
    <message>
      <source>No change matches these filters.</source>
      <translation>Ningún cambio coincide con estos filtros.</translation>
    </message>
    <message>
      <source>Only the changes to the recommendation of this reference and what is attached to it</source>
      <translation>Solo los cambios de la recomendación con esta referencia y de lo vinculado a ella</translation>
    </message>
    <message>
      <source>Recommendation:</source>
      <translation>Recomendación:</translation>
    </message>
    <message>
      <source>Since the start</source>
      <translation>Desde el inicio</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Hoy</translation>
    </message>
    <message>
      <source>What:</source>
      <translation>Qué:</translation>
    </message>
    <message>
      <source>When:</source>
      <translation>Cuándo:</translation>
    </message>
    <message>
      <source>Who:</source>
      <translation>Quién:</translation>
    </message>
    <message>
      <source>e.g. 142.8</source>
      <translation>p. ej., 142.8</translation>
    </message>
  </context>
  <context>
    <name>AskWordsDialog</name>
    <message>
      <source>Open {0}</source>
      <translation>Abrir {0}</translation>
    </message>
    <message>
      <source>This file is encrypted. The secretariat gives twelve words for it by phone: type them here, in order, separated by spaces.</source>
      <translation>Este archivo está cifrado. La secretaría le da doce palabras por teléfono: escríbalas aquí, en orden, separadas por espacios.</translation>
    </message>
    <message>
      <source>twelve words, e.g. ocean  river  …</source>
      <translation>doce palabras, p. ej. ocean  river  …</translation>
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
      <translation>Elija hasta qué punto está aplicada…</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>Institución:</translation>
    </message>
    <message>
      <source>Narrative:</source>
      <translation>Relato:</translation>
    </message>
    <message>
      <source>Narrative: say what was done, even briefly.</source>
      <translation>Relato: diga lo que se hizo, aunque sea brevemente.</translation>
    </message>
    <message>
      <source>Next steps:</source>
      <translation>Próximos pasos:</translation>
    </message>
    <message>
      <source>Period:</source>
      <translation>Período:</translation>
    </message>
    <message>
      <source>Period: say which reporting period (e.g. 2026-H2).</source>
      <translation>Período: diga qué período de informe (p. ej., 2026-H2).</translation>
    </message>
    <message>
      <source>Period: “{0}” is not a reporting period; write it as 2026, 2026-H1, 2026-Q3, 2026-05 or 2025–2026.</source>
      <translation>Período: «{0}» no es un período de informe; escríbalo como 2026, 2026-H1, 2026-Q3, 2026-05 o 2025–2026.</translation>
    </message>
    <message>
      <source>Progress report on {0}</source>
      <translation>Informe de avance sobre {0}</translation>
    </message>
    <message>
      <source>Saved as a draft: Submit sends it to your validating authority.</source>
      <translation>Guardado como borrador: Presentar lo envía a su autoridad de validación.</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>Estado:</translation>
    </message>
    <message>
      <source>Status: choose how far the recommendation is implemented.</source>
      <translation>Estado: elija hasta qué punto está aplicada la recomendación.</translation>
    </message>
    <message>
      <source>What comes next, by whom, by when</source>
      <translation>Qué viene después, quién lo hace, para cuándo</translation>
    </message>
    <message>
      <source>What was done in the period, with figures and the documents that show it</source>
      <translation>Lo que se hizo en el período, con cifras y los documentos que lo muestran</translation>
    </message>
    <message>
      <source>e.g. 2026-H2</source>
      <translation>p. ej., 2026-H2</translation>
    </message>
  </context>
  <context>
    <name>BackupCommandsMixin</name>
    <message>
      <source>A complete copy of the database was written to
{0}</source>
      <translation>Se escribió una copia completa de la base de datos en
{0}</translation>
    </message>
    <message>
      <source>Backing up</source>
      <translation>Creando la copia de seguridad</translation>
    </message>
    <message>
      <source>Backup failed</source>
      <translation>La copia de seguridad falló</translation>
    </message>
    <message>
      <source>Backup written</source>
      <translation>Copia de seguridad escrita</translation>
    </message>
    <message>
      <source>Cannot restore</source>
      <translation>No se puede restaurar</translation>
    </message>
    <message>
      <source>Cannot restore the backup</source>
      <translation>No se puede restaurar la copia de seguridad</translation>
    </message>
    <message>
      <source>Put the backup taken on {0} in place of {1}?

Everything changed since then disappears from the database; what it holds now is backed up first, so you can come back to it.</source>
      <translation>¿Poner la copia de seguridad del {0} en lugar de {1}?

Todo lo que cambió desde entonces desaparece de la base de datos; su contenido actual se respalda primero, para que pueda volver a él.</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
      <source>Restoring {0}</source>
      <translation>Restaurando {0}</translation>
    </message>
    <message>
      <source>{0} is on a server: put a backup back there with `nmrf-tracker copy --from BACKUP.db --to postgresql://…` into a new, empty database (or the server's own pg_dump), then open that database.</source>
      <translation>{0} está en un servidor: para restaurar allí una copia de seguridad, use `nmrf-tracker copy --from COPIA.db --to postgresql://…` hacia una base de datos nueva y vacía (o el pg_dump del servidor) y abra esa base de datos.</translation>
    </message>
    <message>
      <source>{0} is read-only here: a backup cannot be put in its place.</source>
      <translation>{0} es de solo lectura aquí: ninguna copia de seguridad puede reemplazarlo.</translation>
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message numerus="yes">
      <source>%n backup(s) of this database. The backups folder takes {0} in all.</source>
      <translation>
        <numerusform>%n copia de seguridad de esta base de datos. La carpeta de copias ocupa {0} en total.</numerusform>
        <numerusform>%n copias de seguridad de esta base de datos. La carpeta de copias ocupa {0} en total.</numerusform>
      </translation>
    </message>
    <message>
      <source>Backed up by hand</source>
      <translation>Copia hecha a mano</translation>
    </message>
    <message>
      <source>Backups of {0}</source>
      <translation>Copias de seguridad de {0}</translation>
    </message>
    <message>
      <source>Before a schema upgrade</source>
      <translation>Antes de una actualización del esquema</translation>
    </message>
    <message>
      <source>Before consolidating ministry files</source>
      <translation>Antes de consolidar archivos de los ministerios</translation>
    </message>
    <message>
      <source>Before protecting it with a password</source>
      <translation>Antes de protegerla con una contraseña</translation>
    </message>
    <message>
      <source>Before removing its password</source>
      <translation>Antes de quitarle la contraseña</translation>
    </message>
    <message>
      <source>Before restoring another backup</source>
      <translation>Antes de restaurar otra copia</translation>
    </message>
    <message>
      <source>Kept: the last {0} and, before them, one a month for {1} months; older ones are removed automatically.</source>
      <translation>Se conservan: las últimas {0} y, antes de ellas, una por mes durante {1} meses; las más antiguas se eliminan automáticamente.</translation>
    </message>
    <message>
      <source>No backup of this database yet. One is taken automatically before every schema upgrade and every consolidation that changes something; File &gt; Back up now… takes one at any time.</source>
      <translation>Todavía no hay copias de seguridad de esta base de datos. Se hace una automáticamente antes de cada actualización del esquema y de cada consolidación que cambie algo; Archivo &gt; Hacer copia ahora… hace una en cualquier momento.</translation>
    </message>
    <message>
      <source>Open the backups folder</source>
      <translation>Abrir la carpeta de copias</translation>
    </message>
    <message>
      <source>Put the chosen backup in place of the database (what is there now is backed up first, so this can be undone).</source>
      <translation>Poner la copia elegida en lugar de la base de datos (lo que hay ahora se respalda primero, así que se puede deshacer).</translation>
    </message>
    <message>
      <source>Restore…</source>
      <translation>Restaurar…</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <source>Taken</source>
      <translation>Hecha el</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Motivo</translation>
    </message>
  </context>
  <context>
    <name>CalendarPage</name>
    <message>
      <source>&lt;span style='color:{0}'&gt;■&lt;/span&gt; overdue &amp;nbsp; &lt;span style='color:{1}'&gt;■&lt;/span&gt; due within 30 days &amp;nbsp; ■ later &amp;nbsp; &lt;span style='color:{2}'&gt;■&lt;/span&gt; completed</source>
      <translation>&lt;span style='color:{0}'&gt;■&lt;/span&gt; vencido &amp;nbsp; &lt;span style='color:{1}'&gt;■&lt;/span&gt; vence en 30 días &amp;nbsp; ■ más adelante &amp;nbsp; &lt;span style='color:{2}'&gt;■&lt;/span&gt; terminado</translation>
    </message>
    <message>
      <source>Add deadline…</source>
      <translation>Añadir plazo…</translation>
    </message>
    <message>
      <source>Calendar: {0} shown, {1} overdue</source>
      <translation>Calendario: {0} mostrados, {1} vencidos</translation>
    </message>
    <message>
      <source>Concerns</source>
      <translation>Se refiere a</translation>
    </message>
    <message>
      <source>Deadlines of</source>
      <translation>Plazos de</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Vence</translation>
    </message>
    <message>
      <source>Every institution</source>
      <translation>Todas las instituciones</translation>
    </message>
    <message>
      <source>Everything still open</source>
      <translation>Todo lo que sigue abierto</translation>
    </message>
    <message>
      <source>Everything, completed too</source>
      <translation>Todo, también lo terminado</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Institución</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>Institución:</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Mark completed</source>
      <translation>Marcar como terminado</translation>
    </message>
    <message>
      <source>Nothing to show for this choice.</source>
      <translation>Nada que mostrar para esta elección.</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Vencido</translation>
    </message>
    <message>
      <source>Overdue or due in 30 days</source>
      <translation>Vencido o vence en 30 días</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Mostrar:</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Qué</translation>
    </message>
  </context>
  <context>
    <name>ChangeSentences</name>
    <message>
      <source>Affected persons</source>
      <translation>Personas afectadas</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>Grupo</translation>
    </message>
    <message>
      <source>Progress report for {0} accepted</source>
      <translation>Informe de avance sobre {0} aceptado</translation>
    </message>
    <message>
      <source>Progress report for {0} back to draft</source>
      <translation>Informe de avance sobre {0} devuelto a borrador</translation>
    </message>
    <message>
      <source>Progress report for {0} deleted</source>
      <translation>Informe de avance sobre {0} eliminado</translation>
    </message>
    <message>
      <source>Progress report for {0} edited: {1}</source>
      <translation>Informe de avance sobre {0} editado: {1}</translation>
    </message>
    <message>
      <source>Progress report for {0} restored</source>
      <translation>Informe de avance sobre {0} restaurado</translation>
    </message>
    <message>
      <source>Progress report for {0} returned for changes</source>
      <translation>Informe de avance sobre {0} devuelto para cambios</translation>
    </message>
    <message>
      <source>Progress report for {0} submitted for validation</source>
      <translation>Informe de avance sobre {0} presentado para validación</translation>
    </message>
    <message>
      <source>Progress report for {0} validated</source>
      <translation>Informe de avance sobre {0} validado</translation>
    </message>
    <message>
      <source>Progress report for {0} written</source>
      <translation>Informe de avance sobre {0} redactado</translation>
    </message>
    <message>
      <source>Recommendation {0} added</source>
      <translation>Recomendación {0} añadida</translation>
    </message>
    <message>
      <source>Recommendation {0} changed: {1}</source>
      <translation>Recomendación {0} modificada: {1}</translation>
    </message>
    <message>
      <source>Recommendation {0} deleted</source>
      <translation>Recomendación {0} eliminada</translation>
    </message>
    <message>
      <source>Recommendation {0} restored</source>
      <translation>Recomendación {0} restaurada</translation>
    </message>
    <message>
      <source>Recommending State</source>
      <translation>Estado recomendante</translation>
    </message>
    <message>
      <source>SDG target</source>
      <translation>Meta de los ODS</translation>
    </message>
    <message>
      <source>Source reference</source>
      <translation>Referencia de la fuente</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Tema</translation>
    </message>
    <message>
      <source>{0} added to the action “{1}”</source>
      <translation>Recomendación {0} añadida a la acción «{1}»</translation>
    </message>
    <message>
      <source>{0} added to {1}</source>
      <translation>Se añadió a {1}: {0}</translation>
    </message>
    <message>
      <source>{0} changed: {1}</source>
      <translation>Se modificó: {0} ({1})</translation>
    </message>
    <message>
      <source>{0} created</source>
      <translation>Se creó: {0}</translation>
    </message>
    <message>
      <source>{0} deleted</source>
      <translation>Se eliminó: {0}</translation>
    </message>
    <message>
      <source>{0} for {1}</source>
      <translation>{0} para {1}</translation>
    </message>
    <message>
      <source>{0} given back to {1}</source>
      <translation>Se restableció en {1}: {0}</translation>
    </message>
    <message>
      <source>{0} leads {1}</source>
      <translation>{0} es responsable de {1}</translation>
    </message>
    <message>
      <source>{0} no longer leads {1}</source>
      <translation>{0} ya no es responsable de {1}</translation>
    </message>
    <message>
      <source>{0} no longer supports {1}</source>
      <translation>{0} ya no apoya {1}</translation>
    </message>
    <message>
      <source>{0} now leads {1}</source>
      <translation>{0} es ahora responsable de {1}</translation>
    </message>
    <message>
      <source>{0} now supports {1}</source>
      <translation>{0} apoya ahora {1}</translation>
    </message>
    <message>
      <source>{0} of {1} changed: {2}</source>
      <translation>Se modificó en {1}: {0} ({2})</translation>
    </message>
    <message>
      <source>{0} removed from {1}</source>
      <translation>Se quitó de {1}: {0}</translation>
    </message>
    <message>
      <source>{0} restored</source>
      <translation>Se restableció: {0}</translation>
    </message>
    <message>
      <source>{0} supports {1}</source>
      <translation>{0} apoya {1}</translation>
    </message>
    <message>
      <source>{0} taken out of the action “{1}”</source>
      <translation>Recomendación {0} retirada de la acción «{1}»</translation>
    </message>
    <message>
      <source>{0} “{1}”</source>
      <translation>{0} «{1}»</translation>
    </message>
    <message>
      <source>“{0}”</source>
      <translation>«{0}»</translation>
    </message>
  </context>
  <context>
    <name>ChangeWords</name>
    <message>
      <source>Accepted by</source>
      <translation>Aceptado por</translation>
    </message>
    <message>
      <source>Accepted on</source>
      <translation>Aceptado el</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <source>Action category</source>
      <translation>Categoría de acción</translation>
    </message>
    <message>
      <source>Action for a recommendation</source>
      <translation>Acción para una recomendación</translation>
    </message>
    <message>
      <source>Adopted on</source>
      <translation>Aprobado el</translation>
    </message>
    <message>
      <source>Affected persons</source>
      <translation>Personas afectadas</translation>
    </message>
    <message>
      <source>Affected persons of a recommendation</source>
      <translation>Personas afectadas de una recomendación</translation>
    </message>
    <message>
      <source>Assignment</source>
      <translation>Asignación</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Autor</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation>Línea de base</translation>
    </message>
    <message>
      <source>Baseline date</source>
      <translation>Fecha de la línea de base</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Presupuesto</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>Grupo</translation>
    </message>
    <message>
      <source>Cluster membership</source>
      <translation>Pertenencia a un grupo</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <source>Completed on</source>
      <translation>Terminado el</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contacto</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Moneda</translation>
    </message>
    <message>
      <source>Cycle</source>
      <translation>Ciclo</translation>
    </message>
    <message>
      <source>Data source</source>
      <translation>Fuente de los datos</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Plazo</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>Eliminado</translation>
    </message>
    <message>
      <source>Demo</source>
      <translation>Demostración</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Descripción</translation>
    </message>
    <message>
      <source>Direction</source>
      <translation>Sentido</translation>
    </message>
    <message>
      <source>Disaggregation</source>
      <translation>Desglose</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>Signatura del documento</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Vence</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Correo electrónico</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Termina</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Evidencias</translation>
    </message>
    <message>
      <source>Expected outcome</source>
      <translation>Resultado esperado</translation>
    </message>
    <message>
      <source>Fictional</source>
      <translation>Ficticio</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Archivo</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>Nombre del archivo</translation>
    </message>
    <message>
      <source>ISO code</source>
      <translation>Código ISO</translation>
    </message>
    <message>
      <source>Identifier</source>
      <translation>Identificador</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Indicador</translation>
    </message>
    <message>
      <source>Indicator measuring</source>
      <translation>Indicador que mide</translation>
    </message>
    <message>
      <source>Indicator value</source>
      <translation>Valor del indicador</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Institución</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Etiqueta</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>Mecanismo</translation>
    </message>
    <message>
      <source>Mid-term report due</source>
      <translation>Informe de mitad de período previsto</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Narrative</source>
      <translation>Relato</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>Próximo examen</translation>
    </message>
    <message>
      <source>Next steps</source>
      <translation>Próximos pasos</translation>
    </message>
    <message>
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Número</translation>
    </message>
    <message>
      <source>Part of</source>
      <translation>Forma parte de</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Período</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Persona</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Posición</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Prioridad</translation>
    </message>
    <message>
      <source>Progress report</source>
      <translation>Informe de avance</translation>
    </message>
    <message>
      <source>Public</source>
      <translation>Público</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>Recomendación</translation>
    </message>
    <message>
      <source>Recommending State</source>
      <translation>Estado recomendante</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Referencia</translation>
    </message>
    <message>
      <source>Returned because</source>
      <translation>Devuelto porque</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Examen</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Función</translation>
    </message>
    <message>
      <source>SDG goal</source>
      <translation>Objetivo de Desarrollo Sostenible</translation>
    </message>
    <message>
      <source>SDG target</source>
      <translation>Meta de los ODS</translation>
    </message>
    <message>
      <source>SDG target of a recommendation</source>
      <translation>Meta de los ODS de una recomendación</translation>
    </message>
    <message>
      <source>Scheme</source>
      <translation>Esquema</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Sesión</translation>
    </message>
    <message>
      <source>Short name</source>
      <translation>Nombre corto</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Fuente</translation>
    </message>
    <message>
      <source>Source of position</source>
      <translation>Fuente de la posición</translation>
    </message>
    <message>
      <source>Source reference</source>
      <translation>Referencia de la fuente</translation>
    </message>
    <message>
      <source>Spelling</source>
      <translation>Grafía</translation>
    </message>
    <message>
      <source>Spelling as compared</source>
      <translation>Grafía comparada</translation>
    </message>
    <message>
      <source>Spelling of a State</source>
      <translation>Grafía de un Estado</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Etapa</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>Empieza</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado de aplicación</translation>
    </message>
    <message>
      <source>Submitted on</source>
      <translation>Presentado el</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Meta</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>Fecha meta</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texto</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Tema</translation>
    </message>
    <message>
      <source>Theme of a recommendation</source>
      <translation>Tema de una recomendación</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>Translation</source>
      <translation>Traducción</translation>
    </message>
    <message>
      <source>Type of file</source>
      <translation>Tipo de archivo</translation>
    </message>
    <message>
      <source>UN status</source>
      <translation>Condición en la ONU</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unidad</translation>
    </message>
    <message>
      <source>Validated by</source>
      <translation>Validado por</translation>
    </message>
    <message>
      <source>Validated on</source>
      <translation>Validado el</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Valor</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Año</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <source>{0} created</source>
      <translation>Se creó: {0}</translation>
    </message>
    <message>
      <source>{0} deleted</source>
      <translation>Se eliminó: {0}</translation>
    </message>
    <message>
      <source>{0} restored</source>
      <translation>Se restableció: {0}</translation>
    </message>
  </context>
  <context>
    <name>ChooseDialog</name>
    <message>
      <source>Nothing matches what you typed.</source>
      <translation>Nada coincide con lo que escribió.</translation>
    </message>
    <message>
      <source>Type to narrow the list</source>
      <translation>Escriba para acotar la lista</translation>
    </message>
  </context>
  <context>
    <name>ClustersDialog</name>
    <message>
      <source>A cluster groups recommendations that are followed up together (one plan, one lead). Add recommendations from the register: select them, then Edit &gt; Add to cluster…</source>
      <translation>Un grupo reúne recomendaciones que se siguen juntas (un plan, un responsable). Añada recomendaciones desde el registro: selecciónelas y luego Edición &gt; Añadir al grupo…</translation>
    </message>
    <message>
      <source>Clusters</source>
      <translation>Grupos</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Eliminar…</translation>
    </message>
    <message>
      <source>Merge selected</source>
      <translation>Fusionar los seleccionados</translation>
    </message>
    <message>
      <source>New…</source>
      <translation>Nuevo…</translation>
    </message>
    <message>
      <source>No clusters yet. Create one with New…, or select recommendations in the register and add them to a new cluster.</source>
      <translation>Todavía no hay grupos. Cree uno con Nuevo…, o seleccione recomendaciones en el registro y añádalas a un grupo nuevo.</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Renombrar…</translation>
    </message>
    <message>
      <source>Select two or more clusters: all their recommendations go into the one highest in the list, and the others are deleted (Edit &gt; Undo brings them back).</source>
      <translation>Seleccione dos o más grupos: todas sus recomendaciones pasan al que está más arriba en la lista y los demás se eliminan (Edición &gt; Deshacer los recupera).</translation>
    </message>
    <message>
      <source>Set lead for all…</source>
      <translation>Responsable para todas…</translation>
    </message>
    <message>
      <source>Show in register</source>
      <translation>Mostrar en el registro</translation>
    </message>
    <message numerus="yes">
      <source>{0}  —  %n recommendation(s)</source>
      <translation>
        <numerusform>{0}  —  %n recomendación</numerusform>
        <numerusform>{0}  —  %n recomendaciones</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CodeLabels</name>
    <message>
      <source>A ministry's device</source>
      <translation>Un dispositivo de un ministerio</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Aceptado</translation>
    </message>
    <message>
      <source>Action milestone</source>
      <translation>Hito de una acción</translation>
    </message>
    <message>
      <source>Added here or by an import</source>
      <translation>Añadido aquí o por una importación</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>Organismo</translation>
    </message>
    <message>
      <source>Already imported — nothing changed</source>
      <translation>Ya importado — nada cambió</translation>
    </message>
    <message>
      <source>Alternate focal point</source>
      <translation>Punto focal suplente</translation>
    </message>
    <message>
      <source>An institution's copy</source>
      <translation>Copia de una institución</translation>
    </message>
    <message>
      <source>Applied</source>
      <translation>Aplicado</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelada</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Terminada</translation>
    </message>
    <message>
      <source>Completed matrix from an institution (Excel)</source>
      <translation>Matriz completada por una institución (Excel)</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>Conflicto</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Borrador</translation>
    </message>
    <message>
      <source>Focal point</source>
      <translation>Punto focal</translation>
    </message>
    <message>
      <source>Fully implemented</source>
      <translation>Plenamente aplicada</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Alta</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>En curso</translation>
    </message>
    <message>
      <source>Indicator reporting</source>
      <translation>Informe de indicadores</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Emitido</translation>
    </message>
    <message>
      <source>Judiciary</source>
      <translation>Poder judicial</translation>
    </message>
    <message>
      <source>Lead</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Baja</translation>
    </message>
    <message>
      <source>Main focal point</source>
      <translation>Punto focal principal</translation>
    </message>
    <message>
      <source>Matrix for completion</source>
      <translation>Matriz para completar</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Media</translation>
    </message>
    <message>
      <source>Mid-term report</source>
      <translation>Informe de mitad de período</translation>
    </message>
    <message>
      <source>Ministry</source>
      <translation>Ministerio</translation>
    </message>
    <message>
      <source>National human rights institution</source>
      <translation>Institución nacional de derechos humanos</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>Próximo examen</translation>
    </message>
    <message>
      <source>No longer relevant</source>
      <translation>Ya no es pertinente</translation>
    </message>
    <message>
      <source>Not applicable</source>
      <translation>No aplicable</translation>
    </message>
    <message>
      <source>Not implemented</source>
      <translation>No aplicada</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>No iniciada</translation>
    </message>
    <message>
      <source>Noted</source>
      <translation>Tomada en cuenta</translation>
    </message>
    <message>
      <source>OHCHR recommendations matrix (Word)</source>
      <translation>Matriz de recomendaciones del ACNUDH (Word)</translation>
    </message>
    <message>
      <source>Ongoing</source>
      <translation>En curso</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>Abierto</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Otro</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <source>Parliament</source>
      <translation>Parlamento</translation>
    </message>
    <message>
      <source>Partially implemented</source>
      <translation>Parcialmente aplicada</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>Pendiente</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Prevista</translation>
    </message>
    <message>
      <source>Prepared</source>
      <translation>Preparado</translation>
    </message>
    <message>
      <source>Process</source>
      <translation>Proceso</translation>
    </message>
    <message>
      <source>Reader</source>
      <translation>Lector</translation>
    </message>
    <message>
      <source>Reader (no editing)</source>
      <translation>Lector (sin edición)</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Recibido</translation>
    </message>
    <message>
      <source>Regional body</source>
      <translation>Organismo regional</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>Registrado</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Rechazada</translation>
    </message>
    <message>
      <source>Rejected — nothing changed</source>
      <translation>Rechazado — nada cambió</translation>
    </message>
    <message>
      <source>Report to a treaty body</source>
      <translation>Informe a un órgano de tratado</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>Resuelto</translation>
    </message>
    <message>
      <source>Returned</source>
      <translation>Devuelto</translation>
    </message>
    <message>
      <source>Revoked</source>
      <translation>Revocado</translation>
    </message>
    <message>
      <source>Secretariat</source>
      <translation>Secretaría</translation>
    </message>
    <message>
      <source>Secretariat staff</source>
      <translation>Personal de la secretaría</translation>
    </message>
    <message>
      <source>Should decrease</source>
      <translation>Debería disminuir</translation>
    </message>
    <message>
      <source>Should increase</source>
      <translation>Debería aumentar</translation>
    </message>
    <message>
      <source>Should reach the target</source>
      <translation>Debería alcanzar la meta</translation>
    </message>
    <message>
      <source>Special procedure</source>
      <translation>Procedimiento especial</translation>
    </message>
    <message>
      <source>Structural</source>
      <translation>Estructural</translation>
    </message>
    <message>
      <source>Supported</source>
      <translation>Aceptada</translation>
    </message>
    <message>
      <source>Supported in part</source>
      <translation>Aceptada en parte</translation>
    </message>
    <message>
      <source>Supporting</source>
      <translation>De apoyo</translation>
    </message>
    <message>
      <source>Table with a column mapping</source>
      <translation>Tabla con correspondencia de columnas</translation>
    </message>
    <message>
      <source>The secretariat's database</source>
      <translation>Base de datos de la secretaría</translation>
    </message>
    <message>
      <source>The secretariat's key</source>
      <translation>Clave de la secretaría</translation>
    </message>
    <message>
      <source>This computer</source>
      <translation>Este equipo</translation>
    </message>
    <message>
      <source>Treaty body</source>
      <translation>Órgano de tratado</translation>
    </message>
    <message>
      <source>UPR Info database export</source>
      <translation>Exportación de la base de datos de UPR Info</translation>
    </message>
    <message>
      <source>UPR Info issues</source>
      <translation>Temas de UPR Info</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>Sin cambios</translation>
    </message>
    <message>
      <source>Universal Human Rights Index (OHCHR)</source>
      <translation>Índice Universal de los Derechos Humanos (ACNUDH)</translation>
    </message>
    <message>
      <source>Universal Human Rights Index export</source>
      <translation>Exportación del Índice Universal de los Derechos Humanos</translation>
    </message>
    <message>
      <source>Universal Periodic Review</source>
      <translation>Examen Periódico Universal</translation>
    </message>
    <message>
      <source>Update</source>
      <translation>Actualización</translation>
    </message>
    <message>
      <source>Validating authority</source>
      <translation>Autoridad de validación</translation>
    </message>
    <message>
      <source>Voluntary pledges</source>
      <translation>Compromisos voluntarios</translation>
    </message>
    <message>
      <source>Waiting for a decision</source>
      <translation>A la espera de una decisión</translation>
    </message>
    <message>
      <source>Waiting for acceptance</source>
      <translation>A la espera de aceptación</translation>
    </message>
    <message>
      <source>Waiting for validation</source>
      <translation>A la espera de validación</translation>
    </message>
    <message>
      <source>Whole copy</source>
      <translation>Copia completa</translation>
    </message>
    <message>
      <source>Would apply</source>
      <translation>Se aplicaría</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>modificado</translation>
    </message>
    <message>
      <source>created</source>
      <translation>creado</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>eliminado</translation>
    </message>
    <message>
      <source>restored</source>
      <translation>restaurado</translation>
    </message>
  </context>
  <context>
    <name>ConflictReviewDialog</name>
    <message>
      <source>&lt;b&gt;Before both changes&lt;/b&gt; (base)</source>
      <translation>&lt;b&gt;Antes de ambos cambios&lt;/b&gt; (base)</translation>
    </message>
    <message>
      <source>&lt;b&gt;Secretariat&lt;/b&gt; (now)</source>
      <translation>&lt;b&gt;Secretaría&lt;/b&gt; (ahora)</translation>
    </message>
    <message>
      <source>&lt;b&gt;{0}&lt;/b&gt; (incoming)</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt; (entrante)</translation>
    </message>
    <message>
      <source>A merged value, if neither side is right</source>
      <translation>Un valor combinado, si ninguna parte tiene razón</translation>
    </message>
    <message>
      <source>Changed by</source>
      <translation>Modificado por</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Institución</translation>
    </message>
    <message>
      <source>Justification</source>
      <translation>Justificación</translation>
    </message>
    <message>
      <source>Keep the secretariat's</source>
      <translation>Conservar el de la secretaría</translation>
    </message>
    <message>
      <source>Merged value</source>
      <translation>Valor combinado</translation>
    </message>
    <message>
      <source>No conflict waits for review.</source>
      <translation>Ningún conflicto espera revisión.</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Registro</translation>
    </message>
    <message>
      <source>Review conflicts</source>
      <translation>Revisar conflictos</translation>
    </message>
    <message>
      <source>Take the institution's</source>
      <translation>Tomar el de la institución</translation>
    </message>
    <message>
      <source>Use the merged value</source>
      <translation>Usar el valor combinado</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <source>Why this value (required; the institution will read it)</source>
      <translation>Por qué este valor (obligatorio; la institución lo leerá)</translation>
    </message>
    <message>
      <source>Write a justification first: the institution will read why this value was kept.</source>
      <translation>Escriba primero una justificación: la institución leerá por qué se conservó este valor.</translation>
    </message>
  </context>
  <context>
    <name>ConsolidationDialog</name>
    <message>
      <source>Applied</source>
      <translation>Aplicado</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Aplicar</translation>
    </message>
    <message>
      <source>Change no.</source>
      <translation>N.º de cambio</translation>
    </message>
    <message>
      <source>Conflicts</source>
      <translation>Conflictos</translation>
    </message>
    <message>
      <source>Consolidation — summary</source>
      <translation>Consolidación — resumen</translation>
    </message>
    <message>
      <source>Consolidation — what would happen</source>
      <translation>Consolidación — lo que ocurriría</translation>
    </message>
    <message>
      <source>Every change applied or was already there.</source>
      <translation>Cada cambio se aplicó o ya estaba.</translation>
    </message>
    <message>
      <source>Export as PDF…</source>
      <translation>Exportar en PDF…</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Archivo</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Institución</translation>
    </message>
    <message>
      <source>Nothing has been changed yet. Apply to merge these files into the database (a backup is taken first), or cancel.</source>
      <translation>Todavía no se cambió nada. Aplique para fusionar estos archivos en la base de datos (se hace antes una copia de seguridad), o cancele.</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>Reason or fields in conflict</source>
      <translation>Motivo o campos en conflicto</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Registro</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Rechazado</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <source>The summary is kept in the exchange ledger and goes back to each institution with the next file issued to it.</source>
      <translation>El resumen se guarda en el registro de intercambios y vuelve a cada institución con el próximo archivo emitido para ella.</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>Sin cambios</translation>
    </message>
    <message>
      <source>new device, key fingerprint {0}</source>
      <translation>dispositivo nuevo, huella de la clave {0}</translation>
    </message>
    <message>
      <source>unsigned changes (a whole database file)</source>
      <translation>cambios sin firmar (un archivo de base de datos completo)</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <source>A deadline of theirs has passed</source>
      <translation>Venció uno de sus plazos</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Panel</translation>
    </message>
    <message>
      <source>Every recommendation</source>
      <translation>Todas las recomendaciones</translation>
    </message>
    <message>
      <source>No changes yet.</source>
      <translation>Todavía no hay cambios.</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>Sin evaluar</translation>
    </message>
    <message>
      <source>Nothing overdue.</source>
      <translation>Nada vencido.</translation>
    </message>
    <message>
      <source>Overdue, by lead institution</source>
      <translation>Vencido, por institución responsable</translation>
    </message>
    <message>
      <source>Progress behind the time elapsed between baseline and target</source>
      <translation>Avance por detrás del tiempo transcurrido entre la línea de base y la meta</translation>
    </message>
    <message>
      <source>Recent activity</source>
      <translation>Actividad reciente</translation>
    </message>
    <message>
      <source>Status by SDG goal</source>
      <translation>Estado por Objetivo de Desarrollo Sostenible</translation>
    </message>
    <message>
      <source>Status by lead institution</source>
      <translation>Estado por institución responsable</translation>
    </message>
    <message>
      <source>Status by mechanism</source>
      <translation>Estado por mecanismo</translation>
    </message>
    <message>
      <source>Status by theme (largest themes)</source>
      <translation>Estado por tema (los temas más grandes)</translation>
    </message>
    <message>
      <source>Submitted, waiting for the ministry's validating authority</source>
      <translation>Presentado, a la espera de la autoridad de validación del ministerio</translation>
    </message>
    <message>
      <source>Those with a lead institution</source>
      <translation>Las que tienen institución responsable</translation>
    </message>
    <message>
      <source>Validated, waiting for the secretariat</source>
      <translation>Validado, a la espera de la secretaría</translation>
    </message>
    <message>
      <source>{0}
indicators off track</source>
      <translation>{0}
indicadores con retraso</translation>
    </message>
    <message>
      <source>{0}
overdue</source>
      <translation>{0}
vencidas</translation>
    </message>
    <message>
      <source>{0}
recommendations</source>
      <translation>{0}
recomendaciones</translation>
    </message>
    <message>
      <source>{0}
waiting for acceptance</source>
      <translation>{0}
a la espera de aceptación</translation>
    </message>
    <message>
      <source>{0}
waiting for validation</source>
      <translation>{0}
a la espera de validación</translation>
    </message>
    <message>
      <source>{0}
with a lead institution</source>
      <translation>{0}
con institución responsable</translation>
    </message>
    <message>
      <source>{0}: {1}</source>
      <translation>{0}: {1}</translation>
    </message>
    <message>
      <source>{0}: {1} overdue</source>
      <translation>{0}: {1} vencidas</translation>
    </message>
    <message>
      <source>{0}: {1} {2}</source>
      <translation>{0}: {1} {2}</translation>
    </message>
  </context>
  <context>
    <name>DatabaseBanners</name>
    <message>
      <source>DEMO — everything here is generated data about a fictional State, not real recommendations.</source>
      <translation>DEMOSTRACIÓN — todo lo que hay aquí son datos generados sobre un Estado ficticio, no recomendaciones reales.</translation>
    </message>
    <message>
      <source>READ-ONLY — {0} is on read-only media or in a folder you cannot write, so nothing here can be changed. To work on it, save a copy to a writable folder (File &gt; Back up now…) and open the copy.</source>
      <translation>SOLO LECTURA — {0} está en un soporte de solo lectura o en una carpeta en la que no puede escribir, así que aquí no se puede cambiar nada. Para trabajar en ella, guarde una copia en una carpeta con permiso de escritura (Archivo &gt; Hacer copia ahora…) y abra la copia.</translation>
    </message>
  </context>
  <context>
    <name>DeadlineDialog</name>
    <message>
      <source>Due on:</source>
      <translation>Vence el:</translation>
    </message>
    <message>
      <source>Indicator reporting</source>
      <translation>Informe de indicadores</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>Institución:</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Tipo:</translation>
    </message>
    <message>
      <source>Mid-term report</source>
      <translation>Informe de mitad de período</translation>
    </message>
    <message>
      <source>New deadline</source>
      <translation>Nuevo plazo</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>Próximo examen</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Otro</translation>
    </message>
    <message>
      <source>Report to a treaty body</source>
      <translation>Informe a un órgano de tratado</translation>
    </message>
    <message>
      <source>What is due:</source>
      <translation>Qué se espera:</translation>
    </message>
    <message>
      <source>What is due: say what the deadline is for.</source>
      <translation>Qué se espera: diga para qué es el plazo.</translation>
    </message>
    <message>
      <source>e.g. Written contribution to the mid-term report</source>
      <translation>p. ej., Contribución escrita al informe de mitad de período</translation>
    </message>
  </context>
  <context>
    <name>DetailPane</name>
    <message>
      <source> · internal</source>
      <translation> · interno</translation>
    </message>
    <message>
      <source>(no reference)</source>
      <translation>(sin referencia)</translation>
    </message>
    <message>
      <source>A draft or returned report can be changed</source>
      <translation>Un informe en borrador o devuelto se puede modificar</translation>
    </message>
    <message>
      <source>Accept</source>
      <translation>Aceptar</translation>
    </message>
    <message>
      <source>Add supporting…</source>
      <translation>Añadir apoyo…</translation>
    </message>
    <message>
      <source>Affected persons</source>
      <translation>Personas afectadas</translation>
    </message>
    <message>
      <source>Alike</source>
      <translation>Parecidas</translation>
    </message>
    <message>
      <source>Assignment</source>
      <translation>Asignación</translation>
    </message>
    <message>
      <source>Attach evidence…</source>
      <translation>Adjuntar evidencias…</translation>
    </message>
    <message>
      <source>Cluster with these…</source>
      <translation>Agrupar con estas…</translation>
    </message>
    <message>
      <source>Clusters</source>
      <translation>Grupos</translation>
    </message>
    <message>
      <source>Correct the reference, text, position, priority or notes (recorded in the history)</source>
      <translation>Corregir la referencia, el texto, la posición, la prioridad o las notas (queda en el historial)</translation>
    </message>
    <message>
      <source>Current status</source>
      <translation>Estado actual</translation>
    </message>
    <message>
      <source>Edit report…</source>
      <translation>Editar el informe…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <source>Files attached to the selected progress report; drop files here to attach them</source>
      <translation>Archivos adjuntos al informe de avance seleccionado; suelte archivos aquí para adjuntarlos</translation>
    </message>
    <message>
      <source>Go to</source>
      <translation>Ir a</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Historial</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Institución</translation>
    </message>
    <message>
      <source>Lead</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>Mecanismo</translation>
    </message>
    <message>
      <source>Narrative</source>
      <translation>Relato</translation>
    </message>
    <message>
      <source>New progress report…</source>
      <translation>Nuevo informe de avance…</translation>
    </message>
    <message>
      <source>Next steps</source>
      <translation>Próximos pasos</translation>
    </message>
    <message>
      <source>No focal point recorded.</source>
      <translation>No hay punto focal registrado.</translation>
    </message>
    <message>
      <source>No institution is assigned yet. Select the recommendation (or several) and use Set lead… (Ctrl+L).</source>
      <translation>Todavía no hay institución asignada. Seleccione la recomendación (o varias) y use Designar responsable… (Ctrl+L).</translation>
    </message>
    <message>
      <source>No other recommendation is much alike.</source>
      <translation>Ninguna otra recomendación es muy parecida.</translation>
    </message>
    <message>
      <source>No progress report yet: the lead institution's focal point writes one with New progress report…</source>
      <translation>Todavía no hay informe de avance: el punto focal de la institución responsable lo redacta con Nuevo informe de avance…</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>Sin evaluar</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>Open evidence</source>
      <translation>Abrir evidencia</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Período</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Posición</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Prioridad</translation>
    </message>
    <message>
      <source>Put this recommendation and the similar ones selected in one cluster</source>
      <translation>Poner esta recomendación y las parecidas seleccionadas en un mismo grupo</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>Recomendación</translation>
    </message>
    <message>
      <source>Recommending States</source>
      <translation>Estados recomendantes</translation>
    </message>
    <message>
      <source>Ref.</source>
      <translation>Ref.</translation>
    </message>
    <message>
      <source>Returned because</source>
      <translation>Devuelto porque</translation>
    </message>
    <message>
      <source>Return…</source>
      <translation>Devolver…</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Examen</translation>
    </message>
    <message>
      <source>SDGs</source>
      <translation>ODS</translation>
    </message>
    <message>
      <source>Set lead…</source>
      <translation>Designar responsable…</translation>
    </message>
    <message>
      <source>Show the selected one in the register (double-click does the same)</source>
      <translation>Mostrar la seleccionada en el registro (el doble clic hace lo mismo)</translation>
    </message>
    <message>
      <source>Similar</source>
      <translation>Parecidas</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Fuentes</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Etapa</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Submit</source>
      <translation>Presentar</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>Temas</translation>
    </message>
    <message>
      <source>Validate</source>
      <translation>Validar</translation>
    </message>
    <message>
      <source>With several institutions, the recommendation is as far along as the least advanced of them.</source>
      <translation>Con varias instituciones, la recomendación avanza tanto como la menos avanzada de ellas.</translation>
    </message>
    <message>
      <source>none</source>
      <translation>ninguno</translation>
    </message>
  </context>
  <context>
    <name>DirectoryCommands</name>
    <message>
      <source>Add institution {0}</source>
      <translation>Añadir la institución {0}</translation>
    </message>
    <message>
      <source>Add spelling</source>
      <translation>Añadir grafía</translation>
    </message>
    <message>
      <source>Add spelling “{0}”</source>
      <translation>Añadir la grafía «{0}»</translation>
    </message>
    <message>
      <source>Add to the list</source>
      <translation>Añadir a la lista</translation>
    </message>
    <message>
      <source>Add {0} to {1}</source>
      <translation>Añadir {0} a {1}</translation>
    </message>
    <message>
      <source>Add “{0}”</source>
      <translation>Añadir «{0}»</translation>
    </message>
    <message>
      <source>Another way documents write this State's name:</source>
      <translation>Otra forma en que los documentos escriben el nombre de este Estado:</translation>
    </message>
    <message>
      <source>Calendar of {0}</source>
      <translation>Calendario de {0}</translation>
    </message>
    <message>
      <source>Calendar of {0} saved.</source>
      <translation>Calendario de {0} guardado.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Delete “{0}”</source>
      <translation>Eliminar «{0}»</translation>
    </message>
    <message>
      <source>Delete “{0}” from the list? Edit &gt; Undo brings it back.</source>
      <translation>¿Eliminar «{0}» de la lista? Edición &gt; Deshacer lo recupera.</translation>
    </message>
    <message>
      <source>Edit institution {0}</source>
      <translation>Editar la institución {0}</translation>
    </message>
    <message>
      <source>Edit {0}</source>
      <translation>Editar {0}</translation>
    </message>
    <message>
      <source>Edit “{0}”</source>
      <translation>Editar «{0}»</translation>
    </message>
    <message>
      <source>Institution {0} added.</source>
      <translation>Institución {0} añadida.</translation>
    </message>
    <message>
      <source>Institution {0} saved.</source>
      <translation>Institución {0} guardada.</translation>
    </message>
    <message>
      <source>Remove person</source>
      <translation>Quitar a la persona</translation>
    </message>
    <message>
      <source>Remove spelling</source>
      <translation>Quitar grafía</translation>
    </message>
    <message>
      <source>Remove spelling “{0}”</source>
      <translation>Quitar la grafía «{0}»</translation>
    </message>
    <message>
      <source>Remove {0}</source>
      <translation>Quitar {0}</translation>
    </message>
    <message>
      <source>Remove {0} from {1}? Edit &gt; Undo brings them back.</source>
      <translation>¿Quitar {0} de {1}? Edición &gt; Deshacer los recupera.</translation>
    </message>
    <message>
      <source>Spelling that imports should no longer recognise:</source>
      <translation>Grafía que las importaciones ya no deben reconocer:</translation>
    </message>
    <message>
      <source>Spelling “{0}” added.</source>
      <translation>Grafía «{0}» añadida.</translation>
    </message>
    <message>
      <source>Spelling “{0}” removed.</source>
      <translation>Grafía «{0}» quitada.</translation>
    </message>
    <message>
      <source>e.g. CMW</source>
      <translation>p. ej., CMW</translation>
    </message>
    <message>
      <source>optional, e.g. X12</source>
      <translation>opcional, p. ej., X12</translation>
    </message>
    <message>
      <source>optional: made from the name</source>
      <translation>opcional: se forma a partir del nombre</translation>
    </message>
    <message>
      <source>{0} added to {1}.</source>
      <translation>{0} añadido a {1}.</translation>
    </message>
    <message>
      <source>{0} removed.</source>
      <translation>{0} quitado.</translation>
    </message>
    <message>
      <source>{0} saved.</source>
      <translation>{0} guardado.</translation>
    </message>
    <message>
      <source>“{0}” added.</source>
      <translation>«{0}» añadido.</translation>
    </message>
    <message>
      <source>“{0}” deleted.</source>
      <translation>«{0}» eliminado.</translation>
    </message>
    <message>
      <source>“{0}” saved.</source>
      <translation>«{0}» guardado.</translation>
    </message>
  </context>
  <context>
    <name>EditRecommendationDialog</name>
    <message>
      <source>Edit recommendation {0}</source>
      <translation>Editar la recomendación {0}</translation>
    </message>
    <message>
      <source>Internal notes of the secretariat (searchable)</source>
      <translation>Notas internas de la secretaría (se pueden buscar)</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>Notas:</translation>
    </message>
    <message>
      <source>Optional: the text in the national language</source>
      <translation>Opcional: el texto en el idioma nacional</translation>
    </message>
    <message>
      <source>Position:</source>
      <translation>Posición:</translation>
    </message>
    <message>
      <source>Priority:</source>
      <translation>Prioridad:</translation>
    </message>
    <message>
      <source>Reference:</source>
      <translation>Referencia:</translation>
    </message>
    <message>
      <source>Source of position:</source>
      <translation>Fuente de la posición:</translation>
    </message>
    <message>
      <source>Text:</source>
      <translation>Texto:</translation>
    </message>
    <message>
      <source>Text: a recommendation cannot be empty.</source>
      <translation>Texto: una recomendación no puede estar vacía.</translation>
    </message>
    <message>
      <source>Translation:</source>
      <translation>Traducción:</translation>
    </message>
    <message>
      <source>e.g. A/HRC/55/12/Add.1, paragraph 4</source>
      <translation>p. ej., A/HRC/55/12/Add.1, párrafo 4</translation>
    </message>
  </context>
  <context>
    <name>EntryDialog</name>
    <message>
      <source>Code:</source>
      <translation>Código:</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Tipo:</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Nombre:</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <source>Copy details</source>
      <translation>Copiar los detalles</translation>
    </message>
    <message>
      <source>Log folder: {0}</source>
      <translation>Carpeta de registros: {0}</translation>
    </message>
    <message>
      <source>NMRF Tracker met an unexpected problem. Your saved data is safe: the last change was not written. Please send the details below to your IT support.</source>
      <translation>NMRF Tracker encontró un problema inesperado. Sus datos guardados están a salvo: el último cambio no se escribió. Envíe los detalles siguientes a su soporte informático.</translation>
    </message>
    <message>
      <source>Open log folder</source>
      <translation>Abrir la carpeta de registros</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>Algo salió mal</translation>
    </message>
  </context>
  <context>
    <name>EvidenceDetailsDialog</name>
    <message>
      <source>Attach {0}</source>
      <translation>Adjuntar {0}</translation>
    </message>
    <message>
      <source>Public (may appear in published reports)</source>
      <translation>Público (puede figurar en los informes publicados)</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Título:</translation>
    </message>
  </context>
  <context>
    <name>EvidenceListDialog</name>
    <message>
      <source> · internal</source>
      <translation> · interno</translation>
    </message>
    <message>
      <source>Attach…</source>
      <translation>Adjuntar…</translation>
    </message>
    <message>
      <source>No file attached yet.</source>
      <translation>Todavía no hay archivos adjuntos.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
  </context>
  <context>
    <name>ExchangeCommandsMixin</name>
    <message numerus="yes">
      <source>%n change(s)</source>
      <translation>
        <numerusform>%n cambio</numerusform>
        <numerusform>%n cambios</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n evidence file(s)</source>
      <translation>
        <numerusform>%n archivo de evidencia</numerusform>
        <numerusform>%n archivos de evidencia</numerusform>
      </translation>
    </message>
    <message>
      <source>Cannot check the files</source>
      <translation>No se pueden comprobar los archivos</translation>
    </message>
    <message>
      <source>Cannot issue the file</source>
      <translation>No se puede emitir el archivo</translation>
    </message>
    <message>
      <source>Cannot open {0}</source>
      <translation>No se puede abrir {0}</translation>
    </message>
    <message>
      <source>Cannot prepare the file</source>
      <translation>No se puede preparar el archivo</translation>
    </message>
    <message>
      <source>Cannot read the conflicts</source>
      <translation>No se pueden leer los conflictos</translation>
    </message>
    <message>
      <source>Cannot read the exchange ledger</source>
      <translation>No se puede leer el registro de intercambios</translation>
    </message>
    <message>
      <source>Cannot write the summary</source>
      <translation>No se puede escribir el resumen</translation>
    </message>
    <message>
      <source>Checking the files</source>
      <translation>Comprobando los archivos</translation>
    </message>
    <message>
      <source>Consolidating</source>
      <translation>Consolidando</translation>
    </message>
    <message>
      <source>Consolidation stopped; the database is as it was before the file being applied</source>
      <translation>La consolidación se detuvo; la base de datos está como antes del archivo que se estaba aplicando</translation>
    </message>
    <message>
      <source>Creating your working copy</source>
      <translation>Creando su copia de trabajo</translation>
    </message>
    <message>
      <source>Encrypted to the registered computers of {0}.</source>
      <translation>Cifrado para los ordenadores registrados de {0}.</translation>
    </message>
    <message>
      <source>Encrypted: it opens only with the twelve words shown next.</source>
      <translation>Cifrado: solo se abre con las doce palabras que se muestran a continuación.</translation>
    </message>
    <message>
      <source>File issued</source>
      <translation>Archivo emitido</translation>
    </message>
    <message>
      <source>File opened</source>
      <translation>Archivo abierto</translation>
    </message>
    <message>
      <source>File ready</source>
      <translation>Archivo listo</translation>
    </message>
    <message>
      <source>Issuing the file for {0}</source>
      <translation>Emitiendo el archivo para {0}</translation>
    </message>
    <message>
      <source>Open a file from the &amp;secretariat…</source>
      <translation>Abrir un archivo de la &amp;secretaría…</translation>
    </message>
    <message>
      <source>Opening {0}</source>
      <translation>Abriendo {0}</translation>
    </message>
    <message>
      <source>Preparing the file</source>
      <translation>Preparando el archivo</translation>
    </message>
    <message>
      <source>Reading the conflicts</source>
      <translation>Leyendo los conflictos</translation>
    </message>
    <message>
      <source>Reading the exchange ledger</source>
      <translation>Leyendo el registro de intercambios</translation>
    </message>
    <message>
      <source>Recording the decision</source>
      <translation>Registrando la decisión</translation>
    </message>
    <message numerus="yes">
      <source>Warning: %n row(s) were changed outside NMRF Tracker (with another program) and left out of this file. Make those changes again in the application:</source>
      <translation>
        <numerusform>Atención: %n fila se modificó fuera de NMRF Tracker (con otro programa) y quedó fuera de este archivo. Vuelva a hacer esos cambios en la aplicación:</numerusform>
        <numerusform>Atención: %n filas se modificaron fuera de NMRF Tracker (con otro programa) y quedaron fuera de este archivo. Vuelva a hacer esos cambios en la aplicación:</numerusform>
      </translation>
    </message>
    <message>
      <source>Writing the summary</source>
      <translation>Escribiendo el resumen</translation>
    </message>
    <message>
      <source>Your working copy is ready</source>
      <translation>Su copia de trabajo está lista</translation>
    </message>
    <message>
      <source>a whole copy</source>
      <translation>una copia completa</translation>
    </message>
    <message>
      <source>the changes since what it acknowledged</source>
      <translation>los cambios desde lo que confirmó haber recibido</translation>
    </message>
    <message>
      <source>{0} holds {1} and {2}, signed by this computer. It was checked after writing: copy it to the USB stick or attach it to an e-mail for the secretariat.</source>
      <translation>{0} contiene {1} y {2}, firmados por este equipo. Se comprobó después de escribirlo: cópielo en la memoria USB o adjúntelo a un correo para la secretaría.</translation>
    </message>
    <message>
      <source>{0} holds {1} for {2}: {3} rows, {4} evidence files.

Signed with the secretariat's key, fingerprint {5} — the focal point compares it when opening the file the first time.</source>
      <translation>{0} contiene {1} para {2}: {3} filas, {4} archivos de evidencia.

Firmado con la clave de la secretaría, huella {5} — el punto focal la compara al abrir el archivo la primera vez.</translation>
    </message>
    <message>
      <source>{0} now holds {1}'s recommendations and everything attached to them.

The secretariat's key is pinned: fingerprint {2}. Compare it with the one the secretariat gives you; files signed by any other key will be refused.</source>
      <translation>{0} contiene ahora las recomendaciones de {1} y todo lo vinculado a ellas.

La clave de la secretaría queda fijada: huella {2}. Compárela con la que le da la secretaría; los archivos firmados con cualquier otra clave se rechazarán.</translation>
    </message>
    <message>
      <source>{0}: {1} rows added, {2} updated; {3} of your changes kept until the secretariat has them.</source>
      <translation>{0}: {1} filas añadidas, {2} actualizadas; {3} de sus cambios se conservan hasta que la secretaría los tenga.</translation>
    </message>
  </context>
  <context>
    <name>ExchangePage</name>
    <message numerus="yes">
      <source>%n change(s) wait to be sent; the secretariat has acknowledged your changes up to number {0}. A file always carries everything not yet acknowledged, so a lost USB stick costs nothing.</source>
      <translation>
        <numerusform>%n cambio espera ser enviado; la secretaría confirmó la recepción de sus cambios hasta el número {0}. Un archivo lleva siempre todo lo que aún no se confirmó, así que perder una memoria USB no cuesta nada.</numerusform>
        <numerusform>%n cambios esperan ser enviados; la secretaría confirmó la recepción de sus cambios hasta el número {0}. Un archivo lleva siempre todo lo que aún no se confirmó, así que perder una memoria USB no cuesta nada.</numerusform>
      </translation>
    </message>
    <message>
      <source>&lt;b&gt;Everything you sent so far was applied&lt;/b&gt; (or nothing was sent yet).</source>
      <translation>&lt;b&gt;Todo lo que envió hasta ahora se aplicó&lt;/b&gt; (o todavía no se envió nada).</translation>
    </message>
    <message>
      <source>&lt;b&gt;Files issued and received&lt;/b&gt;</source>
      <translation>&lt;b&gt;Archivos emitidos y recibidos&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Your changes that did not simply apply&lt;/b&gt; (last file from the secretariat; {0} still wait for its review)</source>
      <translation>&lt;b&gt;Sus cambios que no se aplicaron sin más&lt;/b&gt; (último archivo de la secretaría; {0} siguen esperando su revisión)</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <source>Consolidate files from ministries…</source>
      <translation>Consolidar archivos de los ministerios…</translation>
    </message>
    <message>
      <source>Devices</source>
      <translation>Dispositivos</translation>
    </message>
    <message>
      <source>Direction</source>
      <translation>Sentido</translation>
    </message>
    <message>
      <source>Exchange with the institutions</source>
      <translation>Intercambio con las instituciones</translation>
    </message>
    <message>
      <source>Exchange with the secretariat — {0}</source>
      <translation>Intercambio con la secretaría — {0}</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Archivo</translation>
    </message>
    <message>
      <source>Files are encrypted to the computers the institution already sent files from. For another computer, this file opens with twelve words you read to the focal point instead.</source>
      <translation>Los archivos se cifran para los ordenadores desde los que la institución ya envió archivos. Para otro ordenador, este archivo se abre en cambio con doce palabras que usted lee al punto focal.</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Institución</translation>
    </message>
    <message>
      <source>Issue a file for the selected institution…</source>
      <translation>Emitir un archivo para la institución seleccionada…</translation>
    </message>
    <message>
      <source>Issue each institution its file (a whole copy the first time, then the changes since what it acknowledged), send it by USB stick or e-mail, and consolidate the files they send back. Nothing is applied before its signature, device and scope are checked.</source>
      <translation>Emita para cada institución su archivo (una copia completa la primera vez, luego los cambios desde lo que confirmó haber recibido), envíelo por memoria USB o correo electrónico y consolide los archivos que devuelven. Nada se aplica antes de comprobar su firma, su dispositivo y su alcance.</translation>
    </message>
    <message>
      <source>Issue for a new computer…</source>
      <translation>Emitir para un ordenador nuevo…</translation>
    </message>
    <message>
      <source>Last file issued</source>
      <translation>Último archivo emitido</translation>
    </message>
    <message>
      <source>Last file received</source>
      <translation>Último archivo recibido</translation>
    </message>
    <message>
      <source>No file issued or received yet.</source>
      <translation>Todavía no se emitió ni recibió ningún archivo.</translation>
    </message>
    <message>
      <source>Open a file from the secretariat…</source>
      <translation>Abrir un archivo de la secretaría…</translation>
    </message>
    <message>
      <source>Open conflicts</source>
      <translation>Conflictos abiertos</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <source>Prepare a file for the secretariat…</source>
      <translation>Preparar un archivo para la secretaría…</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Registro</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <source>Review conflicts ({0})</source>
      <translation>Revisar conflictos ({0})</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Enviado</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>The secretariat's key fingerprint: &lt;b&gt;{0}&lt;/b&gt; — compare it with the one the secretariat gives you. This computer's: &lt;b&gt;{1}&lt;/b&gt; — the secretariat will ask you for it the first time you send a file.</source>
      <translation>Huella de la clave de la secretaría: &lt;b&gt;{0}&lt;/b&gt; — compárela con la que le da la secretaría. La de este equipo: &lt;b&gt;{1}&lt;/b&gt; — la secretaría se la pedirá la primera vez que envíe un archivo.</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <source>waits for the secretariat's review ({0})</source>
      <translation>espera la revisión de la secretaría ({0})</translation>
    </message>
  </context>
  <context>
    <name>ExportMatrixDialog</name>
    <message>
      <source>A protected workbook the institution fills in Excel and sends back; import it with Reports &gt; Import a completed matrix…</source>
      <translation>Un libro protegido que la institución completa en Excel y devuelve; impórtelo con Informes &gt; Importar una matriz completada…</translation>
    </message>
    <message>
      <source>Adds the lead (drop-down of institution codes) and supporting institutions (codes separated by ;) as editable columns; changes made there are applied on import for the secretariat only.</source>
      <translation>Añade la institución responsable (lista desplegable de códigos) y las de apoyo (códigos separados por ;) como columnas editables; los cambios hechos allí se aplican al importar solo para la secretaría.</translation>
    </message>
    <message>
      <source>Also one sheet per lead institution</source>
      <translation>También una hoja por institución responsable</translation>
    </message>
    <message>
      <source>Choose the institution that will fill it in.</source>
      <translation>Elija la institución que la completará.</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>Grupo</translation>
    </message>
    <message>
      <source>Every institution</source>
      <translation>Todas las instituciones</translation>
    </message>
    <message>
      <source>For completion by the institution</source>
      <translation>Para que la complete la institución</translation>
    </message>
    <message>
      <source>Group by:</source>
      <translation>Agrupar por:</translation>
    </message>
    <message>
      <source>Implementation matrix (Excel)</source>
      <translation>Matriz de aplicación (Excel)</translation>
    </message>
    <message>
      <source>Language of the headings:</source>
      <translation>Idioma de los títulos:</translation>
    </message>
    <message>
      <source>Lead and supporting institutions editable too (for the secretariat)</source>
      <translation>Instituciones responsables y de apoyo también editables (para la secretaría)</translation>
    </message>
    <message>
      <source>Lead institution</source>
      <translation>Institución responsable</translation>
    </message>
    <message>
      <source>Led or supported by:</source>
      <translation>A cargo o con apoyo de:</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>Mecanismo</translation>
    </message>
    <message>
      <source>One row per recommendation under bold group rows, with the tracking columns; a cover and a summary sheet. Prints on A4 landscape: the essential columns in readable type, the reference repeated on every page.</source>
      <translation>Una fila por recomendación bajo filas de grupo en negrita, con las columnas de seguimiento; una portada y una hoja de resumen. Se imprime en A4 apaisado: las columnas esenciales en letra legible, la referencia repetida en cada página.</translation>
    </message>
    <message>
      <source>Recommendations:</source>
      <translation>Recomendaciones:</translation>
    </message>
    <message>
      <source>SDG goal</source>
      <translation>Objetivo de Desarrollo Sostenible</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Tema</translation>
    </message>
  </context>
  <context>
    <name>FacetPanel</name>
    <message>
      <source>(no lead institution yet)</source>
      <translation>(todavía sin institución responsable)</translation>
    </message>
    <message>
      <source>Affected persons</source>
      <translation>Personas afectadas</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Borrar</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>Grupo</translation>
    </message>
    <message>
      <source>Deadlines</source>
      <translation>Plazos</translation>
    </message>
    <message>
      <source>Due in the next 30 days</source>
      <translation>Vence en los próximos 30 días</translation>
    </message>
    <message>
      <source>Filters</source>
      <translation>Filtros</translation>
    </message>
    <message>
      <source>Lead institution</source>
      <translation>Institución responsable</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>Mecanismo</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>Sin evaluar</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Vencido</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Posición</translation>
    </message>
    <message>
      <source>Progress reports</source>
      <translation>Informes de avance</translation>
    </message>
    <message>
      <source>Review / cycle</source>
      <translation>Examen / ciclo</translation>
    </message>
    <message>
      <source>SDG goal</source>
      <translation>Objetivo de Desarrollo Sostenible</translation>
    </message>
    <message>
      <source>Show all recommendations again</source>
      <translation>Mostrar de nuevo todas las recomendaciones</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Supporting institution</source>
      <translation>Institución de apoyo</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Tema</translation>
    </message>
  </context>
  <context>
    <name>GuideDialog</name>
    <message>
      <source>Focal point</source>
      <translation>Punto focal</translation>
    </message>
    <message>
      <source>Secretariat</source>
      <translation>Secretaría</translation>
    </message>
    <message>
      <source>User guide</source>
      <translation>Guía del usuario</translation>
    </message>
    <message>
      <source>Validating authority</source>
      <translation>Autoridad de validación</translation>
    </message>
  </context>
  <context>
    <name>HelpCommandsMixin</name>
    <message>
      <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Offline follow-up of UN human-rights recommendations for national mechanisms and their ministries.&lt;/p&gt;&lt;p&gt;Python {2}, Qt for Python {3}&lt;/p&gt;</source>
      <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Seguimiento sin conexión de las recomendaciones de derechos humanos de la ONU, para los mecanismos nacionales y sus ministerios.&lt;/p&gt;&lt;p&gt;Python {2}, Qt for Python {3}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Open database&lt;/b&gt;&lt;br&gt;{0}&lt;br&gt;Recommendations: {1} · institutions: {2} · schema {3}&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Base de datos abierta&lt;/b&gt;&lt;br&gt;{0}&lt;br&gt;Recomendaciones: {1} · instituciones: {2} · esquema {3}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Logs: {0}&lt;/p&gt;</source>
      <translation>&lt;p&gt;Registros: {0}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About NMRF Tracker</source>
      <translation>Acerca de NMRF Tracker</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <source>History</source>
      <translation>Historial</translation>
    </message>
    <message>
      <source>No change recorded.</source>
      <translation>No hay cambios registrados.</translation>
    </message>
  </context>
  <context>
    <name>HistoryTable</name>
    <message>
      <source>Click ▸ (or press →) to see the fields a change made</source>
      <translation>Haga clic en ▸ (o pulse →) para ver los campos que cambió una modificación</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>Recomendación</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Qué pasó</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Quién</translation>
    </message>
    <message>
      <source>{0} ({1})</source>
      <translation>{0} ({1})</translation>
    </message>
    <message>
      <source>{0}: {1}</source>
      <translation>{0}: {1}</translation>
    </message>
    <message>
      <source>{0}: {1} → {2}</source>
      <translation>{0}: {1} → {2}</translation>
    </message>
  </context>
  <context>
    <name>ImportHistoryDialog</name>
    <message>
      <source>By</source>
      <translation>Por</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Archivo</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Formato</translation>
    </message>
    <message>
      <source>Import history</source>
      <translation>Historial de importaciones</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nuevas</translation>
    </message>
    <message>
      <source>Nothing has been imported into this database yet.</source>
      <translation>Todavía no se importó nada en esta base de datos.</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Rechazadas</translation>
    </message>
    <message>
      <source>To confirm</source>
      <translation>Por confirmar</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>Sin cambios</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>Actualizadas</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Cuándo</translation>
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
      <translation>Cancelado: no se importó nada.</translation>
    </message>
    <message>
      <source>Checking the files</source>
      <translation>Comprobando los archivos</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importar</translation>
    </message>
    <message>
      <source>Import recommendations</source>
      <translation>Importar recomendaciones</translation>
    </message>
    <message>
      <source>Importing</source>
      <translation>Importando</translation>
    </message>
    <message>
      <source>Matching recommendations with the register: {done:,} of {total:,}</source>
      <translation>Cotejando las recomendaciones con el registro: {done:,} de {total:,}</translation>
    </message>
    <message>
      <source>Reading {file} (file {number} of {count})</source>
      <translation>Leyendo {file} (archivo {number} de {count})</translation>
    </message>
    <message>
      <source>Saving to the database file. This last step cannot be cancelled.</source>
      <translation>Guardando en el archivo de la base de datos. Este último paso no se puede cancelar.</translation>
    </message>
    <message>
      <source>Writing the recommendations, their links and their change records</source>
      <translation>Escribiendo las recomendaciones, sus vínculos y sus registros de cambios</translation>
    </message>
  </context>
  <context>
    <name>IndicatorChart</name>
    <message>
      <source> — off track</source>
      <translation> — con retraso</translation>
    </message>
    <message>
      <source>Select an indicator to see its values against the target.</source>
      <translation>Seleccione un indicador para ver sus valores frente a la meta.</translation>
    </message>
    <message>
      <source>target {0:,.4g} {1}</source>
      <translation>meta {0:,.4g} {1}</translation>
    </message>
    <message>
      <source>{0:.0%} of the way to the target{1}</source>
      <translation>{0:.0%} del camino hacia la meta{1}</translation>
    </message>
  </context>
  <context>
    <name>IndicatorDialog</name>
    <message>
      <source>%, people, cases…</source>
      <translation>%, personas, casos…</translation>
    </message>
    <message>
      <source>(the recommendation itself)</source>
      <translation>(la recomendación misma)</translation>
    </message>
    <message>
      <source>Baseline date:</source>
      <translation>Fecha de la línea de base:</translation>
    </message>
    <message>
      <source>Baseline value</source>
      <translation>Valor de la línea de base</translation>
    </message>
    <message>
      <source>Baseline value:</source>
      <translation>Valor de la línea de base:</translation>
    </message>
    <message>
      <source>Data source:</source>
      <translation>Fuente de los datos:</translation>
    </message>
    <message>
      <source>Direction:</source>
      <translation>Sentido:</translation>
    </message>
    <message>
      <source>Disaggregated by:</source>
      <translation>Desglosado por:</translation>
    </message>
    <message>
      <source>Edit indicator</source>
      <translation>Editar el indicador</translation>
    </message>
    <message>
      <source>Measures:</source>
      <translation>Mide:</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Nombre:</translation>
    </message>
    <message>
      <source>Name: an indicator needs a name.</source>
      <translation>Nombre: un indicador necesita un nombre.</translation>
    </message>
    <message>
      <source>New indicator</source>
      <translation>Nuevo indicador</translation>
    </message>
    <message>
      <source>Responsible institution:</source>
      <translation>Institución responsable:</translation>
    </message>
    <message>
      <source>Target date:</source>
      <translation>Fecha meta:</translation>
    </message>
    <message>
      <source>Target date: it should come after the baseline.</source>
      <translation>Fecha meta: debe ser posterior a la línea de base.</translation>
    </message>
    <message>
      <source>Target value</source>
      <translation>Valor meta</translation>
    </message>
    <message>
      <source>Target value:</source>
      <translation>Valor meta:</translation>
    </message>
    <message>
      <source>Type:</source>
      <translation>Tipo:</translation>
    </message>
    <message>
      <source>Unit:</source>
      <translation>Unidad:</translation>
    </message>
    <message>
      <source>e.g. Civil registry annual statistics</source>
      <translation>p. ej., Estadísticas anuales del registro civil</translation>
    </message>
    <message>
      <source>e.g. Share of births registered within 30 days</source>
      <translation>p. ej., Proporción de nacimientos registrados en 30 días</translation>
    </message>
    <message>
      <source>e.g. sex, age group, region</source>
      <translation>p. ej., sexo, grupo de edad, región</translation>
    </message>
  </context>
  <context>
    <name>InstitutionDialog</name>
    <message>
      <source>Address, switchboard, general e-mail</source>
      <translation>Dirección, centralita, correo general</translation>
    </message>
    <message>
      <source>Code:</source>
      <translation>Código:</translation>
    </message>
    <message>
      <source>Contact:</source>
      <translation>Contacto:</translation>
    </message>
    <message>
      <source>Institution {0}</source>
      <translation>Institución {0}</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Tipo:</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Nombre:</translation>
    </message>
    <message>
      <source>New institution</source>
      <translation>Nueva institución</translation>
    </message>
    <message>
      <source>The code names the institution in files exchanged with the ministries: it cannot change.</source>
      <translation>El código identifica a la institución en los archivos intercambiados con los ministerios: no puede cambiar.</translation>
    </message>
    <message>
      <source>e.g. MOJ — letters, digits, - or _</source>
      <translation>p. ej., MOJ — letras, cifras, - o _</translation>
    </message>
  </context>
  <context>
    <name>InstitutionTableModel</name>
    <message>
      <source>Alternate</source>
      <translation>Suplente</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <source>Focal point</source>
      <translation>Punto focal</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Institución</translation>
    </message>
    <message>
      <source>Leads</source>
      <translation>Responsable de</translation>
    </message>
    <message>
      <source>Supports</source>
      <translation>Apoya</translation>
    </message>
    <message>
      <source>Validating authority</source>
      <translation>Autoridad de validación</translation>
    </message>
  </context>
  <context>
    <name>InstitutionsPage</name>
    <message>
      <source>Add person…</source>
      <translation>Añadir persona…</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Correo electrónico</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <source>Institutions and focal points ({0})</source>
      <translation>Instituciones y puntos focales ({0})</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>New institution…</source>
      <translation>Nueva institución…</translation>
    </message>
    <message>
      <source>Nobody recorded yet. Add the main focal point, an alternate and the validating authority: their names appear in reports and reminder letters.</source>
      <translation>Todavía no hay nadie registrado. Añada el punto focal principal, un suplente y la autoridad de validación: sus nombres figuran en los informes y las cartas de recordatorio.</translation>
    </message>
    <message>
      <source>People of {0}</source>
      <translation>Personas de {0}</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Función</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Cargo</translation>
    </message>
  </context>
  <context>
    <name>KeyCommandsMixin</name>
    <message>
      <source>&amp;Back up the key…</source>
      <translation>&amp;Hacer copia de la clave…</translation>
    </message>
    <message>
      <source>&amp;Restore it from a backup…</source>
      <translation>&amp;Restaurarla desde una copia…</translation>
    </message>
    <message>
      <source>Backing up the key</source>
      <translation>Copiando la clave</translation>
    </message>
    <message>
      <source>Cannot back up the key</source>
      <translation>No se puede copiar la clave</translation>
    </message>
    <message>
      <source>Cannot unlock this computer's key</source>
      <translation>No se puede desbloquear la clave de este ordenador</translation>
    </message>
    <message>
      <source>Key backed up</source>
      <translation>Copia de la clave hecha</translation>
    </message>
    <message>
      <source>Key restored</source>
      <translation>Clave restaurada</translation>
    </message>
    <message>
      <source>Make a new key for the secretariat, in place of one that was lost or copied?

Every ministry must then accept the new key: when a focal point opens your next file, they are shown its fingerprint and compare it with you by phone. Files the ministries encrypted to the old key can no longer be read; they prepare them again (nothing is lost: a file always carries every change not yet acknowledged).</source>
      <translation>¿Crear una clave nueva para la secretaría, en lugar de una perdida o copiada?

Cada ministerio deberá aceptar la clave nueva: cuando un punto focal abra su próximo archivo, verá su huella y la comparará con usted por teléfono. Los archivos que los ministerios cifraron para la clave antigua ya no se pueden leer; los preparan de nuevo (no se pierde nada: un archivo siempre lleva cada cambio aún no confirmado).</translation>
    </message>
    <message>
      <source>New key</source>
      <translation>Clave nueva</translation>
    </message>
    <message>
      <source>Passphrase of the backup</source>
      <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
      <source>Re&amp;place a lost key…</source>
      <translation>Reem&amp;plazar una clave perdida…</translation>
    </message>
    <message>
      <source>Replace the secretariat's key</source>
      <translation>Reemplazar la clave de la secretaría</translation>
    </message>
    <message>
      <source>Replacing the key</source>
      <translation>Reemplazando la clave</translation>
    </message>
    <message>
      <source>Restoring the key</source>
      <translation>Restaurando la clave</translation>
    </message>
    <message>
      <source>The backup holds this computer's exchange key, protected by the passphrase you choose now. Keep the file and the passphrase apart from this computer (a safe, another building): with both, anyone can sign and read files as this computer.</source>
      <translation>La copia contiene la clave de intercambio de este ordenador, protegida por la frase de contraseña que elija ahora. Guarde el archivo y la frase lejos de este ordenador (una caja fuerte, otro edificio): con ambos, cualquiera puede firmar y leer archivos como este ordenador.</translation>
    </message>
    <message>
      <source>The passphrase chosen when {0} was made.</source>
      <translation>La frase de contraseña elegida al crear {0}.</translation>
    </message>
    <message>
      <source>The secretariat's new key has the fingerprint

{0}

Read it to each focal point by phone when they open your next file. Back the new key up now (File &gt; This computer's key &gt; Back up the key…).</source>
      <translation>La nueva clave de la secretaría tiene la huella

{0}

Léasela a cada punto focal por teléfono cuando abra su próximo archivo. Haga ya una copia de la nueva clave (Archivo &gt; Clave de este ordenador &gt; Hacer copia de la clave…).</translation>
    </message>
    <message>
      <source>This computer's &amp;key</source>
      <translation>Clave de este &amp;ordenador</translation>
    </message>
    <message>
      <source>This computer's key is back: fingerprint {0}.</source>
      <translation>La clave de este ordenador ha vuelto: huella {0}.</translation>
    </message>
    <message>
      <source>Unlocking this computer's key</source>
      <translation>Desbloqueando la clave de este ordenador</translation>
    </message>
    <message>
      <source>{0} holds the key of this computer (fingerprint {1}).</source>
      <translation>{0} contiene la clave de este ordenador (huella {1}).</translation>
    </message>
  </context>
  <context>
    <name>KeyPassphraseDialog</name>
    <message>
      <source>Choose a key passphrase</source>
      <translation>Elegir una frase de contraseña para la clave</translation>
    </message>
    <message>
      <source>The exchange key of this computer is protected by your key passphrase. It stays unlocked until you close the application.</source>
      <translation>La clave de intercambio de este ordenador está protegida por su frase de contraseña. Queda desbloqueada hasta que cierre la aplicación.</translation>
    </message>
    <message>
      <source>This computer has no system keyring, so its exchange key is kept in a file protected by a passphrase. Choose one you will remember: nobody can recover it. Back the key up afterwards (File &gt; This computer's key).</source>
      <translation>Este ordenador no tiene llavero del sistema, así que su clave de intercambio se guarda en un archivo protegido por una frase de contraseña. Elija una que vaya a recordar: nadie puede recuperarla. Después haga una copia de la clave (Archivo &gt; Clave de este ordenador).</translation>
    </message>
    <message>
      <source>Unlock this computer's key</source>
      <translation>Desbloquear la clave de este ordenador</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>  •  DEMO DATA (fictional)</source>
      <translation>  •  DATOS DE DEMOSTRACIÓN (ficticios)</translation>
    </message>
    <message>
      <source>&amp;About NMRF Tracker</source>
      <translation>&amp;Acerca de NMRF Tracker</translation>
    </message>
    <message>
      <source>&amp;Back up now…</source>
      <translation>&amp;Hacer copia ahora…</translation>
    </message>
    <message>
      <source>&amp;Close database</source>
      <translation>&amp;Cerrar la base de datos</translation>
    </message>
    <message>
      <source>&amp;Clusters…</source>
      <translation>&amp;Grupos…</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Edición</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>Ay&amp;uda</translation>
    </message>
    <message>
      <source>&amp;Import a completed matrix…</source>
      <translation>&amp;Importar una matriz completada…</translation>
    </message>
    <message>
      <source>&amp;Import recommendations…</source>
      <translation>&amp;Importar recomendaciones…</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
      <source>&amp;New database…</source>
      <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Abrir…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <source>&amp;Register</source>
      <translation>&amp;Registro</translation>
    </message>
    <message>
      <source>&amp;Reminder letters (PDF)…</source>
      <translation>Cartas de &amp;recordatorio (PDF)…</translation>
    </message>
    <message>
      <source>&amp;Save current view…</source>
      <translation>&amp;Guardar la vista actual…</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Deshacer</translation>
    </message>
    <message>
      <source>&amp;User guide</source>
      <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
      <source>&amp;Validation-meeting pack (PDF)…</source>
      <translation>Carpeta de la reunión de &amp;validación (PDF)…</translation>
    </message>
    <message>
      <source>&amp;Who is working…</source>
      <translation>&amp;Quién trabaja…</translation>
    </message>
    <message>
      <source>Activity</source>
      <translation>Actividad</translation>
    </message>
    <message>
      <source>Bac&amp;kups…</source>
      <translation>Co&amp;pias de seguridad…</translation>
    </message>
    <message>
      <source>Building the demo database</source>
      <translation>Creando la base de demostración</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>Calendario</translation>
    </message>
    <message>
      <source>Cannot build the demo</source>
      <translation>No se puede crear la demostración</translation>
    </message>
    <message>
      <source>Cannot create the database</source>
      <translation>No se puede crear la base de datos</translation>
    </message>
    <message>
      <source>Cannot open {0}</source>
      <translation>No se puede abrir {0}</translation>
    </message>
    <message>
      <source>Clear &amp;filters</source>
      <translation>Borrar &amp;filtros</translation>
    </message>
    <message>
      <source>Creating {0}</source>
      <translation>Creando {0}</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Panel</translation>
    </message>
    <message>
      <source>Exchange</source>
      <translation>Intercambio</translation>
    </message>
    <message>
      <source>Implementation &amp;matrix (Excel)…</source>
      <translation>&amp;Matriz de aplicación (Excel)…</translation>
    </message>
    <message>
      <source>Import &amp;history…</source>
      <translation>&amp;Historial de importaciones…</translation>
    </message>
    <message>
      <source>Institution copy</source>
      <translation>Copia de la institución</translation>
    </message>
    <message>
      <source>Institutions</source>
      <translation>Instituciones</translation>
    </message>
    <message>
      <source>Mid-&amp;term report (PDF)…</source>
      <translation>Informe de mi&amp;tad de período (PDF)…</translation>
    </message>
    <message>
      <source>No database open</source>
      <translation>Ninguna base de datos abierta</translation>
    </message>
    <message>
      <source>Open &amp;log folder</source>
      <translation>Abrir la carpeta de re&amp;gistros</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
      <source>Open the &amp;demo</source>
      <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
      <source>Opening {0}</source>
      <translation>Abriendo {0}</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>Re&amp;ports</source>
      <translation>In&amp;formes</translation>
    </message>
    <message>
      <source>Recommendations</source>
      <translation>Recomendaciones</translation>
    </message>
    <message>
      <source>Reference data</source>
      <translation>Datos de referencia</translation>
    </message>
    <message>
      <source>Secretariat database</source>
      <translation>Base de datos de la secretaría</translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <source>(none)</source>
      <translation>(ninguna)</translation>
    </message>
    <message>
      <source>First rows of {0}:</source>
      <translation>Primeras filas de {0}:</translation>
    </message>
    <message>
      <source>Load a mapping…</source>
      <translation>Cargar una correspondencia…</translation>
    </message>
    <message>
      <source>Mapping</source>
      <translation>Correspondencia</translation>
    </message>
    <message>
      <source>Save this mapping…</source>
      <translation>Guardar esta correspondencia…</translation>
    </message>
    <message>
      <source>This table's columns were not recognised. Choose the column for each field; only the recommendation text is required. Save the mapping to reuse it next time.</source>
      <translation>No se reconocieron las columnas de esta tabla. Elija la columna de cada campo; solo el texto de la recomendación es obligatorio. Guarde la correspondencia para reutilizarla la próxima vez.</translation>
    </message>
    <message>
      <source>Which column holds what</source>
      <translation>Qué columna contiene qué</translation>
    </message>
    <message>
      <source>{0}: these columns are not in this table: {1}</source>
      <translation>{0}: estas columnas no están en esta tabla: {1}</translation>
    </message>
  </context>
  <context>
    <name>NewDatabaseWizard</name>
    <message>
      <source>New secretariat database</source>
      <translation>Nueva base de datos de la secretaría</translation>
    </message>
  </context>
  <context>
    <name>PageRefreshMixin</name>
    <message>
      <source>Cannot load the register</source>
      <translation>No se puede cargar el registro</translation>
    </message>
    <message>
      <source>Counting for the dashboard</source>
      <translation>Calculando el panel</translation>
    </message>
    <message>
      <source>Loading the register</source>
      <translation>Cargando el registro</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <source>At least {0} characters: it is all that protects the key if this folder is copied.</source>
      <translation>Al menos {0} caracteres: es todo lo que protege la clave si se copia esta carpeta.</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>Frase de contraseña:</translation>
    </message>
    <message>
      <source>The same again:</source>
      <translation>Otra vez:</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <source>E-mail:</source>
      <translation>Correo electrónico:</translation>
    </message>
    <message>
      <source>Full name:</source>
      <translation>Nombre completo:</translation>
    </message>
    <message>
      <source>New person at {0}</source>
      <translation>Nueva persona en {0}</translation>
    </message>
    <message>
      <source>Phone:</source>
      <translation>Teléfono:</translation>
    </message>
    <message>
      <source>Role:</source>
      <translation>Función:</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Cargo:</translation>
    </message>
    <message>
      <source>e.g. Director of International Cooperation</source>
      <translation>p. ej., Director de Cooperación Internacional</translation>
    </message>
    <message>
      <source>{0} at {1}</source>
      <translation>{0} en {1}</translation>
    </message>
  </context>
  <context>
    <name>PlanCommands</name>
    <message numerus="yes">
      <source>%n evidence file(s) attached.</source>
      <translation>
        <numerusform>%n archivo de evidencia adjuntado.</numerusform>
        <numerusform>%n archivos de evidencia adjuntados.</numerusform>
      </translation>
    </message>
    <message>
      <source>(the secretariat itself)</source>
      <translation>(la propia secretaría)</translation>
    </message>
    <message>
      <source>Accept the progress report</source>
      <translation>Aceptar el informe de avance</translation>
    </message>
    <message>
      <source>Action “{0}” added to the plan.</source>
      <translation>Acción «{0}» añadida al plan.</translation>
    </message>
    <message>
      <source>Action “{0}” saved.</source>
      <translation>Acción «{0}» guardada.</translation>
    </message>
    <message>
      <source>Actions are planned by the secretariat or by a focal point for their own institution.</source>
      <translation>Las acciones las planifica la secretaría o un punto focal para su propia institución.</translation>
    </message>
    <message>
      <source>Add action “{0}”</source>
      <translation>Añadir la acción «{0}»</translation>
    </message>
    <message>
      <source>Add deadline “{0}”</source>
      <translation>Añadir el plazo «{0}»</translation>
    </message>
    <message>
      <source>Add indicator “{0}”</source>
      <translation>Añadir el indicador «{0}»</translation>
    </message>
    <message numerus="yes">
      <source>Attach %n file(s)</source>
      <translation>
        <numerusform>Adjuntar %n archivo</numerusform>
        <numerusform>Adjuntar %n archivos</numerusform>
      </translation>
    </message>
    <message>
      <source>Deadline completed</source>
      <translation>Plazo terminado</translation>
    </message>
    <message>
      <source>Deadline marked completed today.</source>
      <translation>Plazo marcado como terminado hoy.</translation>
    </message>
    <message>
      <source>Deadline “{0}” added.</source>
      <translation>Plazo «{0}» añadido.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Delete “{0}”</source>
      <translation>Eliminar «{0}»</translation>
    </message>
    <message>
      <source>Delete “{0}” from the plan? Edit &gt; Undo brings it back.</source>
      <translation>¿Eliminar «{0}» del plan? Edición &gt; Deshacer lo recupera.</translation>
    </message>
    <message>
      <source>Edit action “{0}”</source>
      <translation>Editar la acción «{0}»</translation>
    </message>
    <message>
      <source>Edit indicator “{0}”</source>
      <translation>Editar el indicador «{0}»</translation>
    </message>
    <message>
      <source>Edit progress report on {0}</source>
      <translation>Editar el informe de avance sobre {0}</translation>
    </message>
    <message>
      <source>Evidence of the action</source>
      <translation>Evidencias de la acción</translation>
    </message>
    <message>
      <source>Indicator “{0}” added.</source>
      <translation>Indicador «{0}» añadido.</translation>
    </message>
    <message>
      <source>Indicator “{0}” saved.</source>
      <translation>Indicador «{0}» guardado.</translation>
    </message>
    <message>
      <source>Indicators are defined by the secretariat or by a focal point for their own institution.</source>
      <translation>Los indicadores los define la secretaría o un punto focal para su propia institución.</translation>
    </message>
    <message>
      <source>It goes to the secretariat, who accepts it or returns it with a comment. Validate it now?</source>
      <translation>Va a la secretaría, que lo acepta o lo devuelve con un comentario. ¿Validarlo ahora?</translation>
    </message>
    <message>
      <source>It goes to your ministry's validating authority, and can no longer be changed here unless it is returned to you. Submit it now?</source>
      <translation>Va a la autoridad de validación de su ministerio y ya no se puede cambiar aquí salvo que se le devuelva. ¿Presentarlo ahora?</translation>
    </message>
    <message>
      <source>Its status becomes the recommendation's current status for this institution, in the register, the matrix and the reports. Accept it now?</source>
      <translation>Su estado pasa a ser el estado actual de la recomendación para esta institución, en el registro, la matriz y los informes. ¿Aceptarlo ahora?</translation>
    </message>
    <message>
      <source>Only a focal point of the lead or a supporting institution (or the secretariat) reports progress on this recommendation.</source>
      <translation>Solo un punto focal de la institución responsable o de una de apoyo (o la secretaría) informa del avance de esta recomendación.</translation>
    </message>
    <message>
      <source>Open evidence</source>
      <translation>Abrir evidencia</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>Progress report</source>
      <translation>Informe de avance</translation>
    </message>
    <message>
      <source>Progress report accepted.</source>
      <translation>Informe de avance aceptado.</translation>
    </message>
    <message>
      <source>Progress report on {0}</source>
      <translation>Informe de avance sobre {0}</translation>
    </message>
    <message>
      <source>Progress report returned.</source>
      <translation>Informe de avance devuelto.</translation>
    </message>
    <message>
      <source>Progress report saved as a draft.</source>
      <translation>Informe de avance guardado como borrador.</translation>
    </message>
    <message>
      <source>Progress report saved.</source>
      <translation>Informe de avance guardado.</translation>
    </message>
    <message>
      <source>Progress report submitted.</source>
      <translation>Informe de avance presentado.</translation>
    </message>
    <message>
      <source>Progress report validated.</source>
      <translation>Informe de avance validado.</translation>
    </message>
    <message>
      <source>Return the progress report</source>
      <translation>Devolver el informe de avance</translation>
    </message>
    <message>
      <source>Submit the progress report</source>
      <translation>Presentar el informe de avance</translation>
    </message>
    <message>
      <source>The file's name looks like a program. Its content was checked when it was attached and it opens as the document type it really is — open it?</source>
      <translation>El nombre del archivo parece el de un programa. Su contenido se comprobó al adjuntarlo y se abre como el tipo de documento que realmente es — ¿abrirlo?</translation>
    </message>
    <message>
      <source>Validate the progress report</source>
      <translation>Validar el informe de avance</translation>
    </message>
    <message>
      <source>Value of “{0}”</source>
      <translation>Valor de «{0}»</translation>
    </message>
    <message>
      <source>Value recorded for “{0}”.</source>
      <translation>Valor registrado para «{0}».</translation>
    </message>
    <message>
      <source>Why is it returned? The focal point sees this comment:</source>
      <translation>¿Por qué se devuelve? El punto focal ve este comentario:</translation>
    </message>
    <message>
      <source>“{0}” deleted from the plan.</source>
      <translation>«{0}» eliminado del plan.</translation>
    </message>
  </context>
  <context>
    <name>PlanPage</name>
    <message>
      <source>Actions led or supported by</source>
      <translation>Acciones a cargo o con apoyo de</translation>
    </message>
    <message>
      <source>Every institution</source>
      <translation>Todas las instituciones</translation>
    </message>
    <message>
      <source>Every status</source>
      <translation>Todos los estados</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>Institución:</translation>
    </message>
    <message>
      <source>Nothing planned yet. Actions and indicators are added from a recommendation (its Plan tab) or here.</source>
      <translation>Todavía no hay nada planificado. Las acciones y los indicadores se añaden desde una recomendación (su pestaña Plan) o aquí.</translation>
    </message>
    <message>
      <source>Plan — actions: {0} ({1} overdue) · indicators: {2} ({3} off track)</source>
      <translation>Plan — acciones: {0} ({1} vencidas) · indicadores: {2} ({3} con retraso)</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>Estado:</translation>
    </message>
  </context>
  <context>
    <name>PlanView</name>
    <message>
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <source>Add action…</source>
      <translation>Añadir acción…</translation>
    </message>
    <message>
      <source>Add indicator…</source>
      <translation>Añadir indicador…</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Presupuesto</translation>
    </message>
    <message>
      <source>Changes to the selected action or indicator</source>
      <translation>Cambios de la acción o el indicador seleccionado</translation>
    </message>
    <message>
      <source>Delete the selected action or indicator (an action that will not happen is better cancelled: it stays in the history of the plan)</source>
      <translation>Eliminar la acción o el indicador seleccionado (es mejor cancelar una acción que no se hará: queda en el historial del plan)</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Eliminar…</translation>
    </message>
    <message>
      <source>Edit action…</source>
      <translation>Editar la acción…</translation>
    </message>
    <message>
      <source>Edit indicator…</source>
      <translation>Editar el indicador…</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Termina</translation>
    </message>
    <message>
      <source>Evidence…</source>
      <translation>Evidencias…</translation>
    </message>
    <message>
      <source>Files showing what the selected action achieved</source>
      <translation>Archivos que muestran lo que logró la acción seleccionada</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>Historial…</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Indicador</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Institución</translation>
    </message>
    <message>
      <source>Latest</source>
      <translation>Último</translation>
    </message>
    <message>
      <source>Lead</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Off track: behind the time elapsed</source>
      <translation>Con retraso: por detrás del tiempo transcurrido</translation>
    </message>
    <message>
      <source>Past its end date and not completed</source>
      <translation>Pasada su fecha de fin y sin terminar</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Avance</translation>
    </message>
    <message>
      <source>Recommendations</source>
      <translation>Recomendaciones</translation>
    </message>
    <message>
      <source>Record value…</source>
      <translation>Registrar un valor…</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Supporting</source>
      <translation>De apoyo</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Meta</translation>
    </message>
  </context>
  <context>
    <name>ProfileDialog</name>
    <message>
      <source>Institution:</source>
      <translation>Institución:</translation>
    </message>
    <message>
      <source>Institution: a focal point or validating authority belongs to an institution; add it first.</source>
      <translation>Institución: un punto focal o una autoridad de validación pertenece a una institución; añádala primero.</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Nombre:</translation>
    </message>
    <message>
      <source>Name: please say who you are.</source>
      <translation>Nombre: diga quién es usted.</translation>
    </message>
    <message>
      <source>Role:</source>
      <translation>Función:</translation>
    </message>
    <message>
      <source>Say who you are in this database. It decides what the window offers you, and your name goes into the history of every change you make.</source>
      <translation>Diga quién es usted en esta base de datos. Eso decide lo que la ventana le ofrece, y su nombre figura en el historial de cada cambio que haga.</translation>
    </message>
    <message>
      <source>Who is working?</source>
      <translation>¿Quién trabaja?</translation>
    </message>
    <message>
      <source>Your full name</source>
      <translation>Su nombre completo</translation>
    </message>
  </context>
  <context>
    <name>ProfileMixin</name>
    <message>
      <source>(no name given)</source>
      <translation>(sin nombre)</translation>
    </message>
    <message>
      <source>Working as {0} — {1}</source>
      <translation>Trabaja como {0} — {1}</translation>
    </message>
    <message>
      <source>Working as {0} — {1}, {2}</source>
      <translation>Trabaja como {0} — {1}, {2}</translation>
    </message>
  </context>
  <context>
    <name>ProtectCommandsMixin</name>
    <message>
      <source>&amp;Protect with a password…</source>
      <translation>&amp;Proteger con una contraseña…</translation>
    </message>
    <message>
      <source>Every page of the database — recommendations, people, progress reports, evidence files — is then encrypted, and so are its backups; it opens only with this password. Nobody can recover a forgotten password: keep it where the secretariat keeps its other secrets. A backup is taken first.</source>
      <translation>Cada página de la base de datos —recomendaciones, personas, informes de avance, archivos de evidencia— queda cifrada, al igual que sus copias; solo se abre con esta contraseña. Nadie puede recuperar una contraseña olvidada: guárdela donde la secretaría guarda sus otros secretos. Primero se hace una copia.</translation>
    </message>
    <message>
      <source>Open {0}</source>
      <translation>Abrir {0}</translation>
    </message>
    <message>
      <source>Protect {0} with a password</source>
      <translation>Proteger {0} con una contraseña</translation>
    </message>
    <message>
      <source>Protecting {0}</source>
      <translation>Protegiendo {0}</translation>
    </message>
    <message>
      <source>Remove the &amp;password…</source>
      <translation>Quitar la &amp;contraseña…</translation>
    </message>
    <message>
      <source>Remove the password</source>
      <translation>Quitar la contraseña</translation>
    </message>
    <message>
      <source>Remove the password of {0}? Anyone who gets the file can then read it with any SQLite tool. A protected backup is taken first.</source>
      <translation>¿Quitar la contraseña de {0}? Cualquiera que obtenga el archivo podrá leerlo con cualquier herramienta SQLite. Primero se hace una copia protegida.</translation>
    </message>
    <message>
      <source>Removing the password of {0}</source>
      <translation>Quitando la contraseña de {0}</translation>
    </message>
    <message>
      <source>{0} has no password any more. The backup taken first keeps it.</source>
      <translation>{0} ya no tiene contraseña. La copia hecha antes la conserva.</translation>
    </message>
    <message>
      <source>{0} is protected by a password. Type it to open the database; it is kept only until the application closes.</source>
      <translation>{0} está protegida por una contraseña. Escríbala para abrir la base de datos; solo se guarda hasta que se cierre la aplicación.</translation>
    </message>
    <message>
      <source>{0} is protected by its password now. The backup taken first, and the older ones, are protected with it.</source>
      <translation>{0} está protegida ahora por su contraseña. La copia hecha antes, y las más antiguas, quedan protegidas con ella.</translation>
    </message>
  </context>
  <context>
    <name>RecommendationTableModel</name>
    <message>
      <source>Lead</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>Mecanismo</translation>
    </message>
    <message>
      <source>Next deadline</source>
      <translation>Próximo plazo</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>Sin evaluar</translation>
    </message>
    <message>
      <source>Overdue since {0}</source>
      <translation>Vencida desde el {0}</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Posición</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>Recomendación</translation>
    </message>
    <message>
      <source>Ref.</source>
      <translation>Ref.</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Examen</translation>
    </message>
    <message>
      <source>SDGs</source>
      <translation>ODS</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Supporting</source>
      <translation>De apoyo</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>Temas</translation>
    </message>
  </context>
  <context>
    <name>RecommendationsPage</name>
    <message>
      <source> with the filters ticked</source>
      <translation> con los filtros marcados</translation>
    </message>
    <message numerus="yes">
      <source>%n selected (only the secretariat edits the register)</source>
      <translation>
        <numerusform>%n seleccionada (solo la secretaría edita el registro)</numerusform>
        <numerusform>%n seleccionadas (solo la secretaría edita el registro)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n selected:</source>
      <translation>
        <numerusform>%n seleccionada:</numerusform>
        <numerusform>%n seleccionadas:</numerusform>
      </translation>
    </message>
    <message>
      <source>Add SDG target…</source>
      <translation>Añadir meta de los ODS…</translation>
    </message>
    <message>
      <source>Add supporting…</source>
      <translation>Añadir apoyo…</translation>
    </message>
    <message>
      <source>Add theme…</source>
      <translation>Añadir tema…</translation>
    </message>
    <message>
      <source>Add to cluster…</source>
      <translation>Añadir al grupo…</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Copiar</translation>
    </message>
    <message>
      <source>Copy the selected rows (tab-separated, for Excel or Word)</source>
      <translation>Copiar las filas seleccionadas (separadas por tabulaciones, para Excel o Word)</translation>
    </message>
    <message>
      <source>Keep the current search, filters and sort under a name</source>
      <translation>Guardar la búsqueda, los filtros y el orden actuales con un nombre</translation>
    </message>
    <message>
      <source>Loading the register…</source>
      <translation>Cargando el registro…</translation>
    </message>
    <message>
      <source>No action or indicator yet for this recommendation. The lead institution plans them with Add action… and Add indicator…</source>
      <translation>Todavía no hay acciones ni indicadores para esta recomendación. La institución responsable los planifica con Añadir acción… y Añadir indicador…</translation>
    </message>
    <message>
      <source>No recommendation has all the values ticked.

Untick some filters, or Clear them.</source>
      <translation>Ninguna recomendación tiene todos los valores marcados.

Desmarque algunos filtros, o bórrelos.</translation>
    </message>
    <message>
      <source>No recommendation matches “{0}”{1}.

Every word must appear (as the start of a word); try fewer or shorter words.</source>
      <translation>Ninguna recomendación coincide con «{0}»{1}.

Cada palabra debe aparecer (como inicio de una palabra); pruebe con menos palabras o más cortas.</translation>
    </message>
    <message>
      <source>No recommendations in this database yet.

Import them with File &gt; Import recommendations… (Ctrl+I): OHCHR matrices of recommendations (.docx) and UPR Info exports (.csv).</source>
      <translation>Todavía no hay recomendaciones en esta base de datos.

Impórtelas con Archivo &gt; Importar recomendaciones… (Ctrl+I): matrices de recomendaciones del ACNUDH (.docx) y exportaciones de UPR Info (.csv).</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>Sin evaluar</translation>
    </message>
    <message>
      <source>Plan an action for these…</source>
      <translation>Planificar una acción para estas…</translation>
    </message>
    <message>
      <source>Priority…</source>
      <translation>Prioridad…</translation>
    </message>
    <message>
      <source>Recommendations</source>
      <translation>Recomendaciones</translation>
    </message>
    <message>
      <source>Recommendations ({0} of {1})</source>
      <translation>Recomendaciones ({0} de {1})</translation>
    </message>
    <message>
      <source>Recommendations ({0})</source>
      <translation>Recomendaciones ({0})</translation>
    </message>
    <message>
      <source>Reopen a saved view: its search, filters and sort</source>
      <translation>Volver a abrir una vista guardada: su búsqueda, filtros y orden</translation>
    </message>
    <message>
      <source>Reset columns</source>
      <translation>Restablecer columnas</translation>
    </message>
    <message>
      <source>Save view…</source>
      <translation>Guardar vista…</translation>
    </message>
    <message>
      <source>Search reference, text and notes (Ctrl+F) — “cote ratif” finds “Côte … ratify”</source>
      <translation>Buscar en referencia, texto y notas (Ctrl+F) — «cote ratif» encuentra «Côte … ratify»</translation>
    </message>
    <message>
      <source>Search the register</source>
      <translation>Buscar en el registro</translation>
    </message>
    <message>
      <source>Select a recommendation to read it in full.</source>
      <translation>Seleccione una recomendación para leerla completa.</translation>
    </message>
    <message>
      <source>Select rows to edit:</source>
      <translation>Seleccione filas para editar:</translation>
    </message>
    <message>
      <source>Set lead…</source>
      <translation>Designar responsable…</translation>
    </message>
    <message>
      <source>This recommendation was deleted meanwhile.</source>
      <translation>Esta recomendación se eliminó mientras tanto.</translation>
    </message>
    <message>
      <source>View:</source>
      <translation>Vista:</translation>
    </message>
  </context>
  <context>
    <name>RegisterActions</name>
    <message numerus="yes">
      <source>%n recommendation(s)</source>
      <translation>
        <numerusform>%n recomendación</numerusform>
        <numerusform>%n recomendaciones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n recommendation(s) changed</source>
      <translation>
        <numerusform>%n recomendación modificada</numerusform>
        <numerusform>%n recomendaciones modificadas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n recommendation(s) moved into “{0}”.</source>
      <translation>
        <numerusform>%n recomendación movida a «{0}».</numerusform>
        <numerusform>%n recomendaciones movidas a «{0}».</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Deshacer</translation>
    </message>
    <message>
      <source>&amp;Undo: {0}</source>
      <translation>&amp;Deshacer: {0}</translation>
    </message>
    <message numerus="yes">
      <source>Add %n recommendation(s) to a cluster</source>
      <translation>
        <numerusform>Añadir %n recomendación a un grupo</numerusform>
        <numerusform>Añadir %n recomendaciones a un grupo</numerusform>
      </translation>
    </message>
    <message>
      <source>Add SDG target</source>
      <translation>Añadir meta de los ODS</translation>
    </message>
    <message numerus="yes">
      <source>Add SDG target {0} to %n recommendation(s)</source>
      <translation>
        <numerusform>Añadir la meta de los ODS {0} a %n recomendación</numerusform>
        <numerusform>Añadir la meta de los ODS {0} a %n recomendaciones</numerusform>
      </translation>
    </message>
    <message>
      <source>Add supporting institution</source>
      <translation>Añadir institución de apoyo</translation>
    </message>
    <message numerus="yes">
      <source>Add supporting {0} on %n recommendation(s)</source>
      <translation>
        <numerusform>Añadir el apoyo de {0} en %n recomendación</numerusform>
        <numerusform>Añadir el apoyo de {0} en %n recomendaciones</numerusform>
      </translation>
    </message>
    <message>
      <source>Add theme</source>
      <translation>Añadir tema</translation>
    </message>
    <message numerus="yes">
      <source>Add theme to %n recommendation(s)</source>
      <translation>
        <numerusform>Añadir un tema a %n recomendación</numerusform>
        <numerusform>Añadir un tema a %n recomendaciones</numerusform>
      </translation>
    </message>
    <message>
      <source>Add to cluster</source>
      <translation>Añadir al grupo</translation>
    </message>
    <message>
      <source>Cannot undo</source>
      <translation>No se puede deshacer</translation>
    </message>
    <message numerus="yes">
      <source>Cluster for the %n selected recommendation(s).</source>
      <translation>
        <numerusform>Grupo para la recomendación seleccionada.</numerusform>
        <numerusform>Grupo para las %n recomendaciones seleccionadas.</numerusform>
      </translation>
    </message>
    <message>
      <source>Cluster renamed to “{0}”.</source>
      <translation>Grupo renombrado como «{0}».</translation>
    </message>
    <message>
      <source>Cluster “{0}” created.</source>
      <translation>Grupo «{0}» creado.</translation>
    </message>
    <message>
      <source>Cluster “{0}” deleted.</source>
      <translation>Grupo «{0}» eliminado.</translation>
    </message>
    <message>
      <source>Create cluster “{0}”</source>
      <translation>Crear el grupo «{0}»</translation>
    </message>
    <message numerus="yes">
      <source>Create cluster “{0}” with %n recommendation(s)</source>
      <translation>
        <numerusform>Crear el grupo «{0}» con %n recomendación</numerusform>
        <numerusform>Crear el grupo «{0}» con %n recomendaciones</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete cluster</source>
      <translation>Eliminar el grupo</translation>
    </message>
    <message>
      <source>Delete cluster “{0}”</source>
      <translation>Eliminar el grupo «{0}»</translation>
    </message>
    <message numerus="yes">
      <source>Delete the cluster “{0}”? Its %n recommendation(s) stay in the register; only the grouping goes. Edit &gt; Undo brings it back.</source>
      <translation>
        <numerusform>¿Eliminar el grupo «{0}»? Su recomendación sigue en el registro; solo desaparece la agrupación. Edición &gt; Deshacer lo recupera.</numerusform>
        <numerusform>¿Eliminar el grupo «{0}»? Sus %n recomendaciones siguen en el registro; solo desaparece la agrupación. Edición &gt; Deshacer lo recupera.</numerusform>
      </translation>
    </message>
    <message>
      <source>Edit recommendation {0}</source>
      <translation>Editar la recomendación {0}</translation>
    </message>
    <message>
      <source>Empty cluster</source>
      <translation>Grupo vacío</translation>
    </message>
    <message numerus="yes">
      <source>Lead institution for the %n selected recommendation(s). A previous lead steps down; a supporting institution made lead stops supporting.</source>
      <translation>
        <numerusform>Institución responsable de la recomendación seleccionada. La responsable anterior se retira; una institución de apoyo designada responsable deja de apoyar.</numerusform>
        <numerusform>Institución responsable de las %n recomendaciones seleccionadas. La responsable anterior se retira; una institución de apoyo designada responsable deja de apoyar.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Merge %n cluster(s) into “{0}”</source>
      <translation>
        <numerusform>Fusionar %n grupo en «{0}»</numerusform>
        <numerusform>Fusionar %n grupos en «{0}»</numerusform>
      </translation>
    </message>
    <message>
      <source>Name of the new cluster:</source>
      <translation>Nombre del grupo nuevo:</translation>
    </message>
    <message>
      <source>New cluster</source>
      <translation>Nuevo grupo</translation>
    </message>
    <message>
      <source>New cluster…</source>
      <translation>Nuevo grupo…</translation>
    </message>
    <message>
      <source>New name:</source>
      <translation>Nombre nuevo:</translation>
    </message>
    <message>
      <source>No priority</source>
      <translation>Sin prioridad</translation>
    </message>
    <message numerus="yes">
      <source>Priority of the %n selected recommendation(s).</source>
      <translation>
        <numerusform>Prioridad de la recomendación seleccionada.</numerusform>
        <numerusform>Prioridad de las %n recomendaciones seleccionadas.</numerusform>
      </translation>
    </message>
    <message>
      <source>Recommendation {0} saved.</source>
      <translation>Recomendación {0} guardada.</translation>
    </message>
    <message>
      <source>Rename cluster</source>
      <translation>Renombrar el grupo</translation>
    </message>
    <message>
      <source>Rename cluster “{0}”</source>
      <translation>Renombrar el grupo «{0}»</translation>
    </message>
    <message numerus="yes">
      <source>SDG target to add to the %n selected recommendation(s).</source>
      <translation>
        <numerusform>Meta de los ODS que se añade a la recomendación seleccionada.</numerusform>
        <numerusform>Meta de los ODS que se añade a las %n recomendaciones seleccionadas.</numerusform>
      </translation>
    </message>
    <message>
      <source>Set lead institution</source>
      <translation>Designar la institución responsable</translation>
    </message>
    <message numerus="yes">
      <source>Set lead {0} on %n recommendation(s)</source>
      <translation>
        <numerusform>Designar a {0} responsable en %n recomendación</numerusform>
        <numerusform>Designar a {0} responsable en %n recomendaciones</numerusform>
      </translation>
    </message>
    <message>
      <source>Set priority</source>
      <translation>Fijar la prioridad</translation>
    </message>
    <message numerus="yes">
      <source>Set priority {0} on %n recommendation(s)</source>
      <translation>
        <numerusform>Fijar la prioridad {0} en %n recomendación</numerusform>
        <numerusform>Fijar la prioridad {0} en %n recomendaciones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Supporting institution for the %n selected recommendation(s).</source>
      <translation>
        <numerusform>Institución de apoyo para la recomendación seleccionada.</numerusform>
        <numerusform>Institución de apoyo para las %n recomendaciones seleccionadas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Theme to add to the %n selected recommendation(s).</source>
      <translation>
        <numerusform>Tema que se añade a la recomendación seleccionada.</numerusform>
        <numerusform>Tema que se añade a las %n recomendaciones seleccionadas.</numerusform>
      </translation>
    </message>
    <message>
      <source>This cluster has no recommendations yet: add some from the register first.</source>
      <translation>Este grupo todavía no tiene recomendaciones: añada algunas desde el registro primero.</translation>
    </message>
    <message>
      <source>Undoing</source>
      <translation>Deshaciendo</translation>
    </message>
    <message>
      <source>Undone: {0}.</source>
      <translation>Deshecho: {0}.</translation>
    </message>
    <message numerus="yes">
      <source>{0} (%n recommendation(s))</source>
      <translation>
        <numerusform>{0} (%n recomendación)</numerusform>
        <numerusform>{0} (%n recomendaciones)</numerusform>
      </translation>
    </message>
    <message>
      <source>{0}, {1} already so</source>
      <translation>{0}, {1} ya lo estaban</translation>
    </message>
  </context>
  <context>
    <name>RegisterLayoutMixin</name>
    <message>
      <source>Give the table and the detail the whole width; the filters still apply</source>
      <translation>Dar todo el ancho a la tabla y al detalle; los filtros siguen aplicándose</translation>
    </message>
    <message>
      <source>Hide filters</source>
      <translation>Ocultar filtros</translation>
    </message>
    <message>
      <source>Show filters</source>
      <translation>Mostrar filtros</translation>
    </message>
  </context>
  <context>
    <name>ReportCommandsMixin</name>
    <message numerus="yes">
      <source>%n assignment change(s):</source>
      <translation>
        <numerusform>%n cambio de asignación:</numerusform>
        <numerusform>%n cambios de asignación:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n progress report(s) to submit for {0}.</source>
      <translation>
        <numerusform>%n informe de avance por presentar para {0}.</numerusform>
        <numerusform>%n informes de avance por presentar para {0}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n reminder letter(s) ({0} overdue, {1} due soon) written to {2}</source>
      <translation>
        <numerusform>%n carta de recordatorio ({0} vencidos, {1} por vencer) escrita en {2}</numerusform>
        <numerusform>%n cartas de recordatorio ({0} vencidos, {1} por vencer) escritas en {2}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) applied (progress reports submitted, assignments changed).</source>
      <translation>
        <numerusform>%n fila aplicada (informes de avance presentados, asignaciones modificadas).</numerusform>
        <numerusform>%n filas aplicadas (informes de avance presentados, asignaciones modificadas).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) were rejected. Import the other rows on their own?</source>
      <translation>
        <numerusform>%n fila fue rechazada. ¿Importar las demás filas por separado?</numerusform>
        <numerusform>%n filas fueron rechazadas. ¿Importar las demás filas por separado?</numerusform>
      </translation>
    </message>
    <message>
      <source>Apply them now?</source>
      <translation>¿Aplicarlos ahora?</translation>
    </message>
    <message>
      <source>Cannot read {0}</source>
      <translation>No se puede leer {0}</translation>
    </message>
    <message>
      <source>Cannot write the matrix</source>
      <translation>No se puede escribir la matriz</translation>
    </message>
    <message>
      <source>Cannot write the report</source>
      <translation>No se puede escribir el informe</translation>
    </message>
    <message>
      <source>Conflict, row {0} ({1}): not applied — {2}</source>
      <translation>Conflicto, fila {0} ({1}): no aplicado — {2}</translation>
    </message>
    <message>
      <source>Import completed matrix {0}</source>
      <translation>Importar la matriz completada {0}</translation>
    </message>
    <message>
      <source>Import the completed matrix</source>
      <translation>Importar la matriz completada</translation>
    </message>
    <message>
      <source>Matrix for completion ({0} recommendations) written to {1}</source>
      <translation>Matriz para completar ({0} recomendaciones) escrita en {1}</translation>
    </message>
    <message>
      <source>Matrix of {0} recommendations written to {1}</source>
      <translation>Matriz de {0} recomendaciones escrita en {1}</translation>
    </message>
    <message>
      <source>Mid-term report written to {2} (recommendations: {0}, pages: {1})</source>
      <translation>Informe de mitad de período escrito en {2} (recomendaciones: {0}, páginas: {1})</translation>
    </message>
    <message>
      <source>Nothing to submit</source>
      <translation>Nada que presentar</translation>
    </message>
    <message>
      <source>Reading {0}</source>
      <translation>Leyendo {0}</translation>
    </message>
    <message>
      <source>Rejected, {0}</source>
      <translation>Rechazado, {0}</translation>
    </message>
    <message>
      <source>Report written</source>
      <translation>Informe escrito</translation>
    </message>
    <message>
      <source>Row {0} ({1}): {2}</source>
      <translation>Fila {0} ({1}): {2}</translation>
    </message>
    <message numerus="yes">
      <source>Validation pack of {0} (%n recommendation(s)) written to {1}</source>
      <translation>
        <numerusform>Carpeta de validación de {0} (%n recomendación) escrita en {1}</numerusform>
        <numerusform>Carpeta de validación de {0} (%n recomendaciones) escrita en {1}</numerusform>
      </translation>
    </message>
    <message>
      <source>Workbook written</source>
      <translation>Libro escrito</translation>
    </message>
    <message>
      <source>Writing the implementation matrix</source>
      <translation>Escribiendo la matriz de aplicación</translation>
    </message>
    <message>
      <source>Writing the matrix for completion</source>
      <translation>Escribiendo la matriz para completar</translation>
    </message>
    <message>
      <source>Writing the mid-term report</source>
      <translation>Escribiendo el informe de mitad de período</translation>
    </message>
    <message>
      <source>Writing the reminder letters</source>
      <translation>Escribiendo las cartas de recordatorio</translation>
    </message>
    <message>
      <source>Writing the validation-meeting pack</source>
      <translation>Escribiendo la carpeta de la reunión de validación</translation>
    </message>
  </context>
  <context>
    <name>ReportOptionsDialog</name>
    <message>
      <source> days</source>
      <translation> días</translation>
    </message>
    <message>
      <source>A letter to each institution listing what is overdue and what falls due soon, ready to print and sign.</source>
      <translation>Una carta a cada institución con lo que está vencido y lo que vence pronto, lista para imprimir y firmar.</translation>
    </message>
    <message>
      <source>Also what falls due within:</source>
      <translation>También lo que vence en:</translation>
    </message>
    <message>
      <source>Choose an institution…</source>
      <translation>Elija una institución…</translation>
    </message>
    <message>
      <source>Choose the institution whose meeting it is.</source>
      <translation>Elija la institución cuya reunión es.</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>Grupo</translation>
    </message>
    <message>
      <source>Cover, table of contents, executive summary with key figures and charts, one section per theme or cluster (each recommendation with its institutions, status, accepted progress, actions, indicators and evidence), and the whole matrix in annex.</source>
      <translation>Portada, índice, resumen ejecutivo con las cifras clave y gráficos, una sección por tema o grupo (cada recomendación con sus instituciones, estado, avance aceptado, acciones, indicadores y evidencias), y la matriz completa en anexo.</translation>
    </message>
    <message>
      <source>Every institution</source>
      <translation>Todas las instituciones</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>Institución:</translation>
    </message>
    <message>
      <source>Language of the headings:</source>
      <translation>Idioma de los títulos:</translation>
    </message>
    <message>
      <source>Led or supported by:</source>
      <translation>A cargo o con apoyo de:</translation>
    </message>
    <message>
      <source>Letters to:</source>
      <translation>Cartas a:</translation>
    </message>
    <message>
      <source>Mid-term report (PDF)</source>
      <translation>Informe de mitad de período (PDF)</translation>
    </message>
    <message>
      <source>Mid-term report on the implementation of recommendations</source>
      <translation>Informe de mitad de período sobre la aplicación de las recomendaciones</translation>
    </message>
    <message>
      <source>One institution's recommendations with their status and latest accepted progress, a column for the meeting's comments and a signature block.</source>
      <translation>Las recomendaciones de una institución con su estado y el último avance aceptado, una columna para los comentarios de la reunión y un bloque de firma.</translation>
    </message>
    <message>
      <source>One section per:</source>
      <translation>Una sección por:</translation>
    </message>
    <message>
      <source>Period covered:</source>
      <translation>Período cubierto:</translation>
    </message>
    <message>
      <source>Recommendations:</source>
      <translation>Recomendaciones:</translation>
    </message>
    <message>
      <source>Reminder letters (PDF)</source>
      <translation>Cartas de recordatorio (PDF)</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Tema</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Título:</translation>
    </message>
    <message>
      <source>Validation-meeting pack (PDF)</source>
      <translation>Carpeta de la reunión de validación (PDF)</translation>
    </message>
  </context>
  <context>
    <name>ReviewCalendarDialog</name>
    <message>
      <source>Adopted on:</source>
      <translation>Aprobado el:</translation>
    </message>
    <message>
      <source>Calendar of {0}</source>
      <translation>Calendario de {0}</translation>
    </message>
    <message>
      <source>Changing the adoption date proposes the usual rhythm (mid-term report after about 2½ years, next review after about 4½); both dates can then be adjusted.</source>
      <translation>Cambiar la fecha de aprobación propone el ritmo habitual (informe de mitad de período a los 2 años y medio aproximadamente, próximo examen a los 4 años y medio aproximadamente); después se pueden ajustar ambas fechas.</translation>
    </message>
    <message>
      <source>Mid-term report due:</source>
      <translation>Informe de mitad de período previsto:</translation>
    </message>
    <message>
      <source>Next review:</source>
      <translation>Próximo examen:</translation>
    </message>
    <message>
      <source>The adoption date is known</source>
      <translation>Se conoce la fecha de aprobación</translation>
    </message>
  </context>
  <context>
    <name>SavedViewsMixin</name>
    <message>
      <source>A view called “{0}” exists. Replace it?</source>
      <translation>Ya existe una vista llamada «{0}». ¿Reemplazarla?</translation>
    </message>
    <message>
      <source>All recommendations</source>
      <translation>Todas las recomendaciones</translation>
    </message>
    <message>
      <source>Name of this view (search, filters and sort), e.g. “Health, no lead yet”:</source>
      <translation>Nombre de esta vista (búsqueda, filtros y orden), p. ej., «Salud, sin responsable»:</translation>
    </message>
    <message>
      <source>Save view</source>
      <translation>Guardar vista</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Atajos de teclado</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Teclas</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Qué</translation>
    </message>
  </context>
  <context>
    <name>ShowWordsDialog</name>
    <message>
      <source>I have read them to the focal point</source>
      <translation>Se las he leído al punto focal</translation>
    </message>
    <message>
      <source>Twelve words for {0}</source>
      <translation>Doce palabras para {0}</translation>
    </message>
    <message>
      <source>{0} is encrypted: it opens only with these twelve words. Read them to the focal point of {1} by phone — never in the same e-mail or on the same stick as the file. They are not shown again; if they are lost, issue the file again.</source>
      <translation>{0} está cifrado: solo se abre con estas doce palabras. Léaselas al punto focal de {1} por teléfono, nunca en el mismo correo ni en la misma memoria USB que el archivo. No se volverán a mostrar; si se pierden, emita el archivo de nuevo.</translation>
    </message>
  </context>
  <context>
    <name>SideBar</name>
    <message>
      <source>Only symbols: more room for the pages</source>
      <translation>Solo símbolos: más espacio para las páginas</translation>
    </message>
    <message>
      <source>Show the names of the pages</source>
      <translation>Mostrar los nombres de las páginas</translation>
    </message>
  </context>
  <context>
    <name>StackedBars</name>
    <message>
      <source>{0} — {1}: {2} (click to see them)</source>
      <translation>{0} — {1}: {2} (haga clic para verlas)</translation>
    </message>
  </context>
  <context>
    <name>TaskRunner</name>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
  </context>
  <context>
    <name>TrackingPagesMixin</name>
    <message>
      <source>Cannot compare recommendations</source>
      <translation>No se pueden comparar las recomendaciones</translation>
    </message>
    <message>
      <source>Comparing the recommendations (first time only)…</source>
      <translation>Comparando las recomendaciones (solo la primera vez)…</translation>
    </message>
    <message>
      <source>Reading the activity</source>
      <translation>Leyendo la actividad</translation>
    </message>
    <message>
      <source>Reading the deadlines</source>
      <translation>Leyendo los plazos</translation>
    </message>
    <message>
      <source>Reading the plan</source>
      <translation>Leyendo el plan</translation>
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
      <translation>Elegir archivo…</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>Fecha:</translation>
    </message>
    <message>
      <source>Note:</source>
      <translation>Nota:</translation>
    </message>
    <message>
      <source>Period:</source>
      <translation>Período:</translation>
    </message>
    <message>
      <source>Period: say which period the value is for.</source>
      <translation>Período: diga a qué período corresponde el valor.</translation>
    </message>
    <message>
      <source>Source document:</source>
      <translation>Documento de origen:</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Valor</translation>
    </message>
    <message>
      <source>Value of “{0}”</source>
      <translation>Valor de «{0}»</translation>
    </message>
    <message>
      <source>Value:</source>
      <translation>Valor:</translation>
    </message>
    <message>
      <source>Where the figure comes from, anything unusual</source>
      <translation>De dónde sale la cifra, cualquier cosa inusual</translation>
    </message>
    <message>
      <source>none</source>
      <translation>ninguno</translation>
    </message>
  </context>
  <context>
    <name>VocabulariesPage</name>
    <message>
      <source>Add spelling…</source>
      <translation>Añadir grafía…</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Añadir…</translation>
    </message>
    <message>
      <source>Affected persons</source>
      <translation>Personas afectadas</translation>
    </message>
    <message>
      <source>Another way documents write this State's name, so imports recognise it</source>
      <translation>Otra forma en que los documentos escriben el nombre de este Estado, para que las importaciones lo reconozcan</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>Calendario</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Each review's adoption date gives its calendar: the mid-term report about 2½ years later, the next review about 4½ years later (Edit… to adjust). The dates appear in the Calendar as deadlines.</source>
      <translation>La fecha de aprobación de cada examen da su calendario: el informe de mitad de período unos 2 años y medio después, el próximo examen unos 4 años y medio después (Editar… para ajustar). Las fechas aparecen en el Calendario como plazos.</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <source>Groups of persons recommendations are about.</source>
      <translation>Grupos de personas a los que se refieren las recomendaciones.</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Mechanisms</source>
      <translation>Mecanismos</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Other spellings</source>
      <translation>Otras grafías</translation>
    </message>
    <message>
      <source>Recommendations</source>
      <translation>Recomendaciones</translation>
    </message>
    <message>
      <source>Reference data</source>
      <translation>Datos de referencia</translation>
    </message>
    <message>
      <source>Remove spelling…</source>
      <translation>Quitar grafía…</translation>
    </message>
    <message>
      <source>Reviews</source>
      <translation>Exámenes</translation>
    </message>
    <message>
      <source>Reviews and their calendar</source>
      <translation>Exámenes y su calendario</translation>
    </message>
    <message>
      <source>Scheme</source>
      <translation>Esquema</translation>
    </message>
    <message>
      <source>States and their spellings</source>
      <translation>Estados y sus grafías</translation>
    </message>
    <message>
      <source>Still used: rename it instead</source>
      <translation>Todavía se usa: cámbiele el nombre en su lugar</translation>
    </message>
    <message>
      <source>The UHRI themes ship with the application; themes of UPR Info exports and your own are added here or by imports.</source>
      <translation>Los temas del Índice Universal vienen con la aplicación; los temas de las exportaciones de UPR Info y los suyos se añaden aquí o con las importaciones.</translation>
    </message>
    <message>
      <source>The UN member and observer States. Add the spellings your documents use (e.g. “Lao PDR”) so that imports recognise them.</source>
      <translation>Los Estados Miembros y observadores de la ONU. Añada las grafías que usan sus documentos (p. ej., «RDP Lao») para que las importaciones los reconozcan.</translation>
    </message>
    <message>
      <source>The UPR, treaty bodies, special procedures and regional mechanisms.</source>
      <translation>El EPU, los órganos de tratados, los procedimientos especiales y los mecanismos regionales.</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>Temas</translation>
    </message>
    <message>
      <source>Type to narrow the list</source>
      <translation>Escriba para acotar la lista</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>A complete example about a fictional State, to see how the follow-up works before entering real data. Changes stay in the demo file.</source>
      <translation>Un ejemplo completo sobre un Estado ficticio, para ver cómo funciona el seguimiento antes de introducir datos reales. Los cambios quedan en el archivo de demostración.</translation>
    </message>
    <message>
      <source>Continue with a database kept on this computer or on a USB stick.</source>
      <translation>Continuar con una base de datos guardada en este equipo o en una memoria USB.</translation>
    </message>
    <message>
      <source>Explore the demo</source>
      <translation>Explorar la demostración</translation>
    </message>
    <message>
      <source>Focal point: a file from the secretariat</source>
      <translation>Punto focal: un archivo de la secretaría</translation>
    </message>
    <message>
      <source>Follow up the recommendations your State received from the Universal Periodic Review, the treaty bodies and the special procedures: who does what, by when, and how far it has gone. Everything stays on this computer and works offline.</source>
      <translation>Dé seguimiento a las recomendaciones que su Estado recibió del Examen Periódico Universal, los órganos de tratados y los procedimientos especiales: quién hace qué, para cuándo y hasta dónde se ha avanzado. Todo queda en este equipo y funciona sin conexión.</translation>
    </message>
    <message>
      <source>For a ministry's focal point who received a file (.nmrf) from the secretariat by USB stick or e-mail: it becomes your working copy, with your institution's recommendations.</source>
      <translation>Para el punto focal de un ministerio que recibió un archivo (.nmrf) de la secretaría por memoria USB o correo electrónico: se convierte en su copia de trabajo, con las recomendaciones de su institución.</translation>
    </message>
    <message>
      <source>For the secretariat of the national mechanism: choose the State and list the institutions; recommendations are imported afterwards.</source>
      <translation>Para la secretaría del mecanismo nacional: elija el Estado y enumere las instituciones; las recomendaciones se importan después.</translation>
    </message>
    <message>
      <source>Open a database file…</source>
      <translation>Abrir un archivo de base de datos…</translation>
    </message>
    <message>
      <source>Open an existing database</source>
      <translation>Abrir una base de datos existente</translation>
    </message>
    <message>
      <source>Open the secretariat's file…</source>
      <translation>Abrir el archivo de la secretaría…</translation>
    </message>
    <message>
      <source>Recently opened</source>
      <translation>Abiertos recientemente</translation>
    </message>
    <message>
      <source>Secretariat: start a new database</source>
      <translation>Secretaría: crear una base de datos nueva</translation>
    </message>
    <message>
      <source>Start a new database…</source>
      <translation>Crear una base de datos nueva…</translation>
    </message>
    <message>
      <source>Welcome to NMRF Tracker</source>
      <translation>Bienvenido a NMRF Tracker</translation>
    </message>
  </context>
  <context>
    <name>_FilePage</name>
    <message>
      <source>Browse…</source>
      <translation>Examinar…</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>Archivo:</translation>
    </message>
    <message>
      <source>Keep it on this computer's disk (not on a USB stick) and back it up regularly with File &gt; Back up now.</source>
      <translation>Guárdela en el disco de este equipo (no en una memoria USB) y haga copias con regularidad con Archivo &gt; Hacer copia ahora.</translation>
    </message>
    <message>
      <source>This file already exists; choose another name.</source>
      <translation>Este archivo ya existe; elija otro nombre.</translation>
    </message>
    <message>
      <source>Where to keep the database</source>
      <translation>Dónde guardar la base de datos</translation>
    </message>
    <message>
      <source>{0} cannot be written by this account (or is on read-only media); choose a folder of your own, such as Documents.</source>
      <translation>Esta cuenta no puede escribir en {0} (o está en un soporte de solo lectura); elija una carpeta propia, como Documentos.</translation>
    </message>
  </context>
  <context>
    <name>_FilesPage</name>
    <message>
      <source>(as the file says)</source>
      <translation>(según el archivo)</translation>
    </message>
    <message>
      <source>Add files…</source>
      <translation>Añadir archivos…</translation>
    </message>
    <message>
      <source>Files to import</source>
      <translation>Archivos por importar</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importar</translation>
    </message>
    <message>
      <source>OHCHR matrices (.docx), UPR Info and UHRI exports, and your own tables (.csv, .xlsx). The same recommendation from two sources becomes one; importing a file again changes nothing.</source>
      <translation>Matrices del ACNUDH (.docx), exportaciones de UPR Info y del Índice Universal, y sus propias tablas (.csv, .xlsx). La misma recomendación de dos fuentes se convierte en una; volver a importar un archivo no cambia nada.</translation>
    </message>
    <message>
      <source>Only if the file does not say it</source>
      <translation>Solo si el archivo no lo dice</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <source>Report symbol:</source>
      <translation>Signatura del informe:</translation>
    </message>
    <message>
      <source>Session:</source>
      <translation>Sesión:</translation>
    </message>
    <message>
      <source>State under review:</source>
      <translation>Estado examinado:</translation>
    </message>
    <message>
      <source>UPR cycle:</source>
      <translation>Ciclo del EPU:</translation>
    </message>
    <message>
      <source>Year:</source>
      <translation>Año:</translation>
    </message>
    <message>
      <source>e.g. A/HRC/40/6</source>
      <translation>p. ej., A/HRC/40/6</translation>
    </message>
  </context>
  <context>
    <name>_Form</name>
    <message>
      <source>{0}: a number is needed.</source>
      <translation>{0}: se necesita un número.</translation>
    </message>
    <message>
      <source>{0}: “{1}” is not a number.</source>
      <translation>{0}: «{1}» no es un número.</translation>
    </message>
  </context>
  <context>
    <name>_InstitutionsPage</name>
    <message>
      <source>Institutions</source>
      <translation>Instituciones</translation>
    </message>
    <message>
      <source>Ministries and other institutions:</source>
      <translation>Ministerios y otras instituciones:</translation>
    </message>
    <message>
      <source>National mechanism secretariat</source>
      <translation>Secretaría del mecanismo nacional</translation>
    </message>
    <message>
      <source>One institution a line: a short code, a comma, then its name (for example: MOJ, Ministry of Justice).</source>
      <translation>Una institución por línea: un código corto, una coma y su nombre (por ejemplo: MOJ, Ministerio de Justicia).</translation>
    </message>
    <message>
      <source>Secretariat name:</source>
      <translation>Nombre de la secretaría:</translation>
    </message>
    <message>
      <source>Secretariat name: please give it a name.</source>
      <translation>Nombre de la secretaría: dele un nombre.</translation>
    </message>
  </context>
  <context>
    <name>_RunPage</name>
    <message>
      <source>A dry run: nothing has been written yet.</source>
      <translation>Un ensayo: todavía no se ha escrito nada.</translation>
    </message>
    <message>
      <source>Dry run finished.</source>
      <translation>Ensayo terminado.</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importar</translation>
    </message>
    <message>
      <source>Import the similar texts not ticked “same?” as new recommendations (instead of leaving them out)</source>
      <translation>Importar como recomendaciones nuevas los textos parecidos no marcados «¿igual?» (en lugar de dejarlos fuera)</translation>
    </message>
    <message>
      <source>Import the valid rows even though some rows are rejected</source>
      <translation>Importar las filas válidas aunque se rechacen algunas</translation>
    </message>
    <message>
      <source>Imported. The register now shows the new recommendations.</source>
      <translation>Importado. El registro muestra ahora las recomendaciones nuevas.</translation>
    </message>
    <message>
      <source>Nothing was imported: some rows are rejected.</source>
      <translation>No se importó nada: se rechazaron algunas filas.</translation>
    </message>
    <message>
      <source>Run the dry run again</source>
      <translation>Repetir el ensayo</translation>
    </message>
    <message>
      <source>What the import would do</source>
      <translation>Lo que haría la importación</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>Trabajando…</translation>
    </message>
  </context>
  <context>
    <name>_StatePage</name>
    <message>
      <source>State under review</source>
      <translation>Estado examinado</translation>
    </message>
    <message>
      <source>State under review:</source>
      <translation>Estado examinado:</translation>
    </message>
    <message>
      <source>The State under review. Type to search by name.</source>
      <translation>El Estado examinado. Escriba para buscarlo por su nombre.</translation>
    </message>
    <message>
      <source>Title (optional):</source>
      <translation>Título (opcional):</translation>
    </message>
    <message>
      <source>Which State does this database follow up?</source>
      <translation>¿A qué Estado da seguimiento esta base de datos?</translation>
    </message>
    <message>
      <source>e.g. National recommendations tracker 2025–2030</source>
      <translation>p. ej., Seguimiento nacional de recomendaciones 2025–2030</translation>
    </message>
  </context>
  <context>
    <name>_SummaryView</name>
    <message>
      <source>&lt;b&gt;First rows:&lt;/b&gt;</source>
      <translation>&lt;b&gt;Primeras filas:&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Found:&lt;/b&gt; {0}</source>
      <translation>&lt;b&gt;Encontrado:&lt;/b&gt; {0}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Left out, not recommendations:&lt;/b&gt; {0}</source>
      <translation>&lt;b&gt;Omitidas, no son recomendaciones:&lt;/b&gt; {0}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Read as:&lt;/b&gt; {0}</source>
      <translation>&lt;b&gt;Leído como:&lt;/b&gt; {0}</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Archivo</translation>
    </message>
    <message>
      <source>Recommendations: &lt;b&gt;{0:,}&lt;/b&gt; new, &lt;b&gt;{1:,}&lt;/b&gt; updated, &lt;b&gt;{2:,}&lt;/b&gt; unchanged. New reviews: {3:,}. Rows rejected: &lt;b&gt;{4:,}&lt;/b&gt;. Similar texts to confirm: &lt;b&gt;{5:,}&lt;/b&gt;.</source>
      <translation>Recomendaciones: &lt;b&gt;{0:,}&lt;/b&gt; nuevas, &lt;b&gt;{1:,}&lt;/b&gt; actualizadas, &lt;b&gt;{2:,}&lt;/b&gt; sin cambios. Exámenes nuevos: {3:,}. Filas rechazadas: &lt;b&gt;{4:,}&lt;/b&gt;. Textos parecidos por confirmar: &lt;b&gt;{5:,}&lt;/b&gt;.</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Fila</translation>
    </message>
    <message>
      <source>These files are about {0}, not the State this database follows; check that they are the right ones before importing.</source>
      <translation>Estos archivos tratan de {0}, no del Estado que sigue esta base de datos; compruebe que son los correctos antes de importar.</translation>
    </message>
    <message>
      <source>What is wrong / what to confirm</source>
      <translation>Qué está mal / qué confirmar</translation>
    </message>
    <message>
      <source>an existing recommendation</source>
      <translation>una recomendación existente</translation>
    </message>
    <message numerus="yes">
      <source>and %n other review(s)</source>
      <translation>
        <numerusform>y %n examen más</numerusform>
        <numerusform>y %n exámenes más</numerusform>
      </translation>
    </message>
    <message>
      <source>same?</source>
      <translation>¿igual?</translation>
    </message>
    <message>
      <source>{0:.1%} like {1}: “{2}” — tick “same?” to merge it, else it is left out</source>
      <translation>{0:.1%} parecida a {1}: «{2}» — marque «¿igual?» para fusionarla; si no, queda fuera</translation>
    </message>
    <message numerus="yes">
      <source>{0} (%n rows)</source>
      <translation>
        <numerusform>{0} (%n fila)</numerusform>
        <numerusform>{0} (%n filas)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{0}: %n recommendation(s)</source>
      <translation>
        <numerusform>{0}: %n recomendación</numerusform>
        <numerusform>{0}: %n recomendaciones</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>_ValueChooser</name>
    <message>
      <source>(leave these rows rejected)</source>
      <translation>(dejar estas filas rechazadas)</translation>
    </message>
    <message>
      <source>Then run the dry run again.</source>
      <translation>Luego repita el ensayo.</translation>
    </message>
    <message>
      <source>Words this database does not know</source>
      <translation>Palabras que esta base de datos no conoce</translation>
    </message>
    <message numerus="yes">
      <source>“{0}” ({1}, %n row(s)) means:</source>
      <translation>
        <numerusform>«{0}» ({1}, %n fila) significa:</numerusform>
        <numerusform>«{0}» ({1}, %n filas) significa:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>add_language_menu</name>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Idioma</translation>
    </message>
    <message>
      <source>As the system ({0})</source>
      <translation>Como el sistema ({0})</translation>
    </message>
  </context>
  <context>
    <name>field_labels</name>
    <message>
      <source>Action category (1–5)</source>
      <translation>Categoría de acción (1–5)</translation>
    </message>
    <message>
      <source>Affected persons</source>
      <translation>Personas afectadas</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>Signatura del documento</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>Mecanismo</translation>
    </message>
    <message>
      <source>Paragraph / reference</source>
      <translation>Párrafo / referencia</translation>
    </message>
    <message>
      <source>Position / response</source>
      <translation>Posición / respuesta</translation>
    </message>
    <message>
      <source>Recommendation text (required)</source>
      <translation>Texto de la recomendación (obligatorio)</translation>
    </message>
    <message>
      <source>Recommending States</source>
      <translation>Estados recomendantes</translation>
    </message>
    <message>
      <source>SDG goals</source>
      <translation>Objetivos de Desarrollo Sostenible</translation>
    </message>
    <message>
      <source>SDG targets</source>
      <translation>Metas de los ODS</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Período de sesiones</translation>
    </message>
    <message>
      <source>Source of position</source>
      <translation>Fuente de la posición</translation>
    </message>
    <message>
      <source>Special procedure</source>
      <translation>Procedimiento especial</translation>
    </message>
    <message>
      <source>State under review</source>
      <translation>Estado examinado</translation>
    </message>
    <message>
      <source>The source's own identifier</source>
      <translation>Identificador propio de la fuente</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>Temas</translation>
    </message>
    <message>
      <source>Treaty body</source>
      <translation>Órgano de tratado</translation>
    </message>
    <message>
      <source>Type (rows not of a recommendation are left out)</source>
      <translation>Tipo (las filas que no son recomendaciones se omiten)</translation>
    </message>
    <message>
      <source>UPR cycle</source>
      <translation>Ciclo del EPU</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Año</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>A new key of the secretariat</source>
      <translation>Una clave nueva de la secretaría</translation>
    </message>
    <message>
      <source>Attach evidence</source>
      <translation>Adjuntar evidencias</translation>
    </message>
    <message>
      <source>Back up the database to</source>
      <translation>Copiar la base de datos en</translation>
    </message>
    <message>
      <source>Choose files to import</source>
      <translation>Elegir los archivos por importar</translation>
    </message>
    <message>
      <source>Choose the ministries' files</source>
      <translation>Elegir los archivos de los ministerios</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>Column mapping (*.json)</source>
      <translation>Correspondencia de columnas (*.json)</translation>
    </message>
    <message>
      <source>Confirm before consolidating</source>
      <translation>Confirmar antes de consolidar</translation>
    </message>
    <message>
      <source>Evidence (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx *.pptx *.odt *.ods *.txt *.csv);;All files (*)</source>
      <translation>Evidencias (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx *.pptx *.odt *.ods *.txt *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Exchange files (*.nmrf)</source>
      <translation>Archivos de intercambio (*.nmrf)</translation>
    </message>
    <message>
      <source>Exchange files (*.nmrf);;All files (*)</source>
      <translation>Archivos de intercambio (*.nmrf);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Exchange files (*.nmrf);;Whole databases mailed instead (*.db);;All files (*)</source>
      <translation>Archivos de intercambio (*.nmrf);;Bases de datos completas enviadas en su lugar (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Import a completed matrix</source>
      <translation>Importar una matriz completada</translation>
    </message>
    <message>
      <source>Key backups (*.nmrfkey)</source>
      <translation>Copias de clave (*.nmrfkey)</translation>
    </message>
    <message>
      <source>Key backups (*.nmrfkey);;All files (*)</source>
      <translation>Copias de clave (*.nmrfkey);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Load a column mapping</source>
      <translation>Cargar una correspondencia de columnas</translation>
    </message>
    <message>
      <source>NMRF Tracker database (*.db *.nmrf);;All files (*)</source>
      <translation>Base de datos de NMRF Tracker (*.db *.nmrf);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <source>Open a database</source>
      <translation>Abrir una base de datos</translation>
    </message>
    <message>
      <source>Open a file from the secretariat</source>
      <translation>Abrir un archivo de la secretaría</translation>
    </message>
    <message>
      <source>Open a key backup</source>
      <translation>Abrir una copia de clave</translation>
    </message>
    <message>
      <source>PDF document (*.pdf)</source>
      <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Imprimir…</translation>
    </message>
    <message>
      <source>Recommendations (*.docx *.csv *.xlsx);;OHCHR matrix (*.docx);;UPR Info or UHRI export, other tables (*.csv *.xlsx)</source>
      <translation>Recomendaciones (*.docx *.csv *.xlsx);;Matriz del ACNUDH (*.docx);;Exportación de UPR Info o del Índice Universal, otras tablas (*.csv *.xlsx)</translation>
    </message>
    <message>
      <source>Save the column mapping</source>
      <translation>Guardar la correspondencia de columnas</translation>
    </message>
    <message>
      <source>Save the exchange file</source>
      <translation>Guardar el archivo de intercambio</translation>
    </message>
    <message>
      <source>Save the implementation matrix</source>
      <translation>Guardar la matriz de aplicación</translation>
    </message>
    <message>
      <source>Save the key backup</source>
      <translation>Guardar la copia de la clave</translation>
    </message>
    <message>
      <source>Save the new database as</source>
      <translation>Guardar la base de datos nueva como</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>Guardar el informe</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
      <source>{0} comes from a device of {1} that is not registered here (seen for the first time, or revoked). Its key fingerprint is

{2}

Read it to the focal point (by phone, not by e-mail) and register the device only if it matches theirs.</source>
      <translation>{0} viene de un dispositivo de {1} que no está registrado aquí (visto por primera vez, o revocado). La huella de su clave es

{2}

Léasela al punto focal (por teléfono, no por correo) y registre el dispositivo solo si coincide con la suya.</translation>
    </message>
    <message>
      <source>{0} is a whole database of {1}, not a signed exchange file: its changes are unsigned and anyone could have made it. Apply them only if you have confirmed with the focal point that they sent it.</source>
      <translation>{0} es una base de datos completa de {1}, no un archivo de intercambio firmado: sus cambios no están firmados y cualquiera podría haberla hecho. Aplíquelos solo si confirmó con el punto focal que la envió.</translation>
    </message>
    <message>
      <source>{0} is signed by a new key of the secretariat, fingerprint

{1}

The secretariat replaces its key only when the old one was lost or copied. Call the secretariat (not by e-mail), read this fingerprint to them, and accept the new key only if it matches theirs. Otherwise, do not open the file.</source>
      <translation>{0} está firmado por una clave nueva de la secretaría, con huella

{1}

La secretaría solo reemplaza su clave cuando la antigua se perdió o fue copiada. Llame a la secretaría (no por correo), léale esta huella y acepte la clave nueva solo si coincide con la suya. Si no, no abra el archivo.</translation>
    </message>
  </context>
  <context>
    <name>print_pdf</name>
    <message>
      <source>Print {0}</source>
      <translation>Imprimir {0}</translation>
    </message>
  </context>
  <context>
    <name>role_labels</name>
    <message>
      <source>Focal point of a ministry</source>
      <translation>Punto focal de un ministerio</translation>
    </message>
    <message>
      <source>Reader (no changes)</source>
      <translation>Lector (sin cambios)</translation>
    </message>
    <message>
      <source>Secretariat</source>
      <translation>Secretaría</translation>
    </message>
    <message>
      <source>Validating authority of a ministry</source>
      <translation>Autoridad de validación de un ministerio</translation>
    </message>
  </context>
  <context>
    <name>scope_fields</name>
    <message>
      <source>Every recommendation</source>
      <translation>Todas las recomendaciones</translation>
    </message>
    <message>
      <source>What the register shows now (search and filters)</source>
      <translation>Lo que muestra ahora el registro (búsqueda y filtros)</translation>
    </message>
  </context>
  <context>
    <name>switch_language</name>
    <message>
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <source>Wait until the work in progress has finished, then choose the language again.</source>
      <translation>Espere a que termine el trabajo en curso y vuelva a elegir el idioma.</translation>
    </message>
  </context>
</TS>
