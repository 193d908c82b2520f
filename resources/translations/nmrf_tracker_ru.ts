<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
  <context>
    <name>ActionDialog</name>
    <message>
      <source>Budget</source>
      <translation>Бюджет</translation>
    </message>
    <message>
      <source>Budget:</source>
      <translation>Бюджет:</translation>
    </message>
    <message>
      <source>Budget: give the currency as three letters (EUR, XOF, USD).</source>
      <translation>Бюджет: укажите валюту тремя буквами (EUR, XOF, USD).</translation>
    </message>
    <message>
      <source>Description:</source>
      <translation>Описание:</translation>
    </message>
    <message>
      <source>EUR</source>
      <translation>EUR</translation>
    </message>
    <message>
      <source>Edit action</source>
      <translation>Изменить мероприятие</translation>
    </message>
    <message>
      <source>Ends:</source>
      <translation>Окончание:</translation>
    </message>
    <message>
      <source>Ends: the end date is before the start date.</source>
      <translation>Окончание: дата окончания раньше даты начала.</translation>
    </message>
    <message>
      <source>Expected outcome:</source>
      <translation>Ожидаемый результат:</translation>
    </message>
    <message>
      <source>Lead institution:</source>
      <translation>Ведущее учреждение:</translation>
    </message>
    <message>
      <source>New action</source>
      <translation>Новое мероприятие</translation>
    </message>
    <message>
      <source>Starts:</source>
      <translation>Начало:</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>Статус:</translation>
    </message>
    <message>
      <source>Supporting:</source>
      <translation>Вспомогательные:</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Название:</translation>
    </message>
    <message>
      <source>Title: an action needs a title.</source>
      <translation>Название: у мероприятия должно быть название.</translation>
    </message>
    <message>
      <source>amount</source>
      <translation>сумма</translation>
    </message>
    <message>
      <source>e.g. Train 300 police officers on the new law</source>
      <translation>например, Обучить 300 сотрудников полиции новому закону</translation>
    </message>
  </context>
  <context>
    <name>ActivityPage</name>
    <message numerus="yes">
      <source>Activity (%n change(s) shown, newest first)</source>
      <translation>
        <numerusform>Журнал действий (показано %n изменение, сначала новые)</numerusform>
        <numerusform>Журнал действий (показано %n изменения, сначала новые)</numerusform>
        <numerusform>Журнал действий (показано %n изменений, сначала новые)</numerusform>
      </translation>
    </message>
    <message>
      <source>Every institution</source>
      <translation>Все учреждения</translation>
    </message>
    <message>
      <source>Every kind of record</source>
      <translation>Все виды записей</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Все</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>Учреждение:</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>Последние 30 дней</translation>
    </message>
    <message>
      <source>Last 7 days</source>
      <translation>Последние 7 дней</translation>
    </message>
    <message>
      <source>No change matches these filters.</source>
      <translation>Нет изменений, соответствующих этим фильтрам.</translation>
    </message>
    <message>
      <source>Only the changes to the recommendation of this reference and what is attached to it</source>
      <translation>Только изменения рекомендации с этим номером и того, что к ней относится</translation>
    </message>
    <message>
      <source>Recommendation:</source>
      <translation>Рекомендация:</translation>
    </message>
    <message>
      <source>Since the start</source>
      <translation>С самого начала</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Сегодня</translation>
    </message>
    <message>
      <source>What:</source>
      <translation>Что:</translation>
    </message>
    <message>
      <source>When:</source>
      <translation>Когда:</translation>
    </message>
    <message>
      <source>Who:</source>
      <translation>Кто:</translation>
    </message>
    <message>
      <source>e.g. 142.8</source>
      <translation>например, 142.8</translation>
    </message>
  </context>
  <context>
    <name>AskWordsDialog</name>
    <message>
      <source>Open {0}</source>
      <translation>Открыть {0}</translation>
    </message>
    <message>
      <source>This file is encrypted. The secretariat gives twelve words for it by phone: type them here, in order, separated by spaces.</source>
      <translation>Этот файл зашифрован. Секретариат сообщает для него двенадцать слов по телефону: введите их здесь по порядку через пробел.</translation>
    </message>
    <message>
      <source>twelve words, e.g. ocean  river  …</source>
      <translation>двенадцать слов, напр. ocean  river  …</translation>
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
      <translation>Выберите степень выполнения…</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>Учреждение:</translation>
    </message>
    <message>
      <source>Narrative:</source>
      <translation>Описание:</translation>
    </message>
    <message>
      <source>Narrative: say what was done, even briefly.</source>
      <translation>Описание: расскажите, что сделано, хотя бы кратко.</translation>
    </message>
    <message>
      <source>Next steps:</source>
      <translation>Дальнейшие шаги:</translation>
    </message>
    <message>
      <source>Period:</source>
      <translation>Период:</translation>
    </message>
    <message>
      <source>Period: say which reporting period (e.g. 2026-H2).</source>
      <translation>Период: укажите отчётный период (например, 2026-H2).</translation>
    </message>
    <message>
      <source>Period: “{0}” is not a reporting period; write it as 2026, 2026-H1, 2026-Q3, 2026-05 or 2025–2026.</source>
      <translation>Период: «{0}» — не отчётный период; запишите его как 2026, 2026-H1, 2026-Q3, 2026-05 или 2025–2026.</translation>
    </message>
    <message>
      <source>Progress report on {0}</source>
      <translation>Доклад о ходе работы по {0}</translation>
    </message>
    <message>
      <source>Saved as a draft: Submit sends it to your validating authority.</source>
      <translation>Сохранено как черновик: «Представить» отправляет доклад вашему утверждающему органу.</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>Статус:</translation>
    </message>
    <message>
      <source>Status: choose how far the recommendation is implemented.</source>
      <translation>Статус: выберите степень выполнения рекомендации.</translation>
    </message>
    <message>
      <source>What comes next, by whom, by when</source>
      <translation>Что дальше, кто и к какому сроку</translation>
    </message>
    <message>
      <source>What was done in the period, with figures and the documents that show it</source>
      <translation>Что сделано за период, с цифрами и подтверждающими документами</translation>
    </message>
    <message>
      <source>e.g. 2026-H2</source>
      <translation>например, 2026-H2</translation>
    </message>
  </context>
  <context>
    <name>BackupCommandsMixin</name>
    <message>
      <source>A complete copy of the database was written to
{0}</source>
      <translation>Полная копия базы данных записана в
{0}</translation>
    </message>
    <message>
      <source>Backing up</source>
      <translation>Резервное копирование</translation>
    </message>
    <message>
      <source>Backup failed</source>
      <translation>Резервное копирование не удалось</translation>
    </message>
    <message>
      <source>Backup written</source>
      <translation>Резервная копия записана</translation>
    </message>
    <message>
      <source>Cannot restore</source>
      <translation>Восстановление невозможно</translation>
    </message>
    <message>
      <source>Cannot restore the backup</source>
      <translation>Не удаётся восстановить резервную копию</translation>
    </message>
    <message>
      <source>Put the backup taken on {0} in place of {1}?

Everything changed since then disappears from the database; what it holds now is backed up first, so you can come back to it.</source>
      <translation>Заменить {1} резервной копией от {0}?

Всё, что изменилось с тех пор, исчезнет из базы данных; её текущее содержимое сначала будет сохранено, чтобы к нему можно было вернуться.</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>Восстановить резервную копию</translation>
    </message>
    <message>
      <source>Restoring {0}</source>
      <translation>Восстановление {0}</translation>
    </message>
    <message>
      <source>{0} is on a server: put a backup back there with `nmrf-tracker copy --from BACKUP.db --to postgresql://…` into a new, empty database (or the server's own pg_dump), then open that database.</source>
      <translation>{0} находится на сервере: чтобы вернуть туда резервную копию, выполните `nmrf-tracker copy --from BACKUP.db --to postgresql://…` в новую пустую базу данных (или используйте pg_dump сервера), затем откройте эту базу.</translation>
    </message>
    <message>
      <source>{0} is read-only here: a backup cannot be put in its place.</source>
      <translation>{0} здесь доступен только для чтения: заменить его резервной копией нельзя.</translation>
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message numerus="yes">
      <source>%n backup(s) of this database. The backups folder takes {0} in all.</source>
      <translation>
        <numerusform>%n резервная копия этой базы данных. Папка резервных копий занимает всего {0}.</numerusform>
        <numerusform>%n резервные копии этой базы данных. Папка резервных копий занимает всего {0}.</numerusform>
        <numerusform>%n резервных копий этой базы данных. Папка резервных копий занимает всего {0}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Backed up by hand</source>
      <translation>Создана вручную</translation>
    </message>
    <message>
      <source>Backups of {0}</source>
      <translation>Резервные копии {0}</translation>
    </message>
    <message>
      <source>Before a schema upgrade</source>
      <translation>Перед обновлением схемы</translation>
    </message>
    <message>
      <source>Before consolidating ministry files</source>
      <translation>Перед сведением файлов министерств</translation>
    </message>
    <message>
      <source>Before protecting it with a password</source>
      <translation>Перед защитой паролем</translation>
    </message>
    <message>
      <source>Before removing its password</source>
      <translation>Перед снятием пароля</translation>
    </message>
    <message>
      <source>Before restoring another backup</source>
      <translation>Перед восстановлением другой копии</translation>
    </message>
    <message>
      <source>Kept: the last {0} and, before them, one a month for {1} months; older ones are removed automatically.</source>
      <translation>Хранятся: последние {0} и до них по одной в месяц за {1} мес.; более старые удаляются автоматически.</translation>
    </message>
    <message>
      <source>No backup of this database yet. One is taken automatically before every schema upgrade and every consolidation that changes something; File &gt; Back up now… takes one at any time.</source>
      <translation>Резервных копий этой базы данных пока нет. Копия создаётся автоматически перед каждым обновлением схемы и каждым сведением, которое что-то меняет; Файл &gt; Создать резервную копию… создаёт её в любой момент.</translation>
    </message>
    <message>
      <source>Open the backups folder</source>
      <translation>Открыть папку резервных копий</translation>
    </message>
    <message>
      <source>Put the chosen backup in place of the database (what is there now is backed up first, so this can be undone).</source>
      <translation>Заменить базу данных выбранной копией (текущее содержимое сначала сохраняется, так что это можно отменить).</translation>
    </message>
    <message>
      <source>Restore…</source>
      <translation>Восстановить…</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <source>Taken</source>
      <translation>Создана</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Причина</translation>
    </message>
  </context>
  <context>
    <name>CalendarPage</name>
    <message>
      <source>&lt;span style='color:{0}'&gt;■&lt;/span&gt; overdue &amp;nbsp; &lt;span style='color:{1}'&gt;■&lt;/span&gt; due within 30 days &amp;nbsp; ■ later &amp;nbsp; &lt;span style='color:{2}'&gt;■&lt;/span&gt; completed</source>
      <translation>&lt;span style='color:{0}'&gt;■&lt;/span&gt; просрочено &amp;nbsp; &lt;span style='color:{1}'&gt;■&lt;/span&gt; срок в ближайшие 30 дней &amp;nbsp; ■ позже &amp;nbsp; &lt;span style='color:{2}'&gt;■&lt;/span&gt; выполнено</translation>
    </message>
    <message>
      <source>Add deadline…</source>
      <translation>Добавить срок…</translation>
    </message>
    <message>
      <source>Calendar: {0} shown, {1} overdue</source>
      <translation>Календарь: показано {0}, просрочено {1}</translation>
    </message>
    <message>
      <source>Concerns</source>
      <translation>Относится к</translation>
    </message>
    <message>
      <source>Deadlines of</source>
      <translation>Сроки для</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Срок</translation>
    </message>
    <message>
      <source>Every institution</source>
      <translation>Все учреждения</translation>
    </message>
    <message>
      <source>Everything still open</source>
      <translation>Всё, что ещё открыто</translation>
    </message>
    <message>
      <source>Everything, completed too</source>
      <translation>Всё, включая выполненное</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Учреждение</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>Учреждение:</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>Mark completed</source>
      <translation>Отметить как выполненное</translation>
    </message>
    <message>
      <source>Nothing to show for this choice.</source>
      <translation>Для этого выбора показывать нечего.</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Просрочено</translation>
    </message>
    <message>
      <source>Overdue or due in 30 days</source>
      <translation>Просрочено или срок в ближайшие 30 дней</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Показать:</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Что</translation>
    </message>
  </context>
  <context>
    <name>ChangeSentences</name>
    <message>
      <source>Affected persons</source>
      <translation>Затрагиваемые лица</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>Группа</translation>
    </message>
    <message>
      <source>Progress report for {0} accepted</source>
      <translation>Доклад о ходе работы по {0} принят</translation>
    </message>
    <message>
      <source>Progress report for {0} back to draft</source>
      <translation>Доклад о ходе работы по {0} возвращён в черновик</translation>
    </message>
    <message>
      <source>Progress report for {0} deleted</source>
      <translation>Доклад о ходе работы по {0} удалён</translation>
    </message>
    <message>
      <source>Progress report for {0} edited: {1}</source>
      <translation>Доклад о ходе работы по {0} изменён: {1}</translation>
    </message>
    <message>
      <source>Progress report for {0} restored</source>
      <translation>Доклад о ходе работы по {0} восстановлен</translation>
    </message>
    <message>
      <source>Progress report for {0} returned for changes</source>
      <translation>Доклад о ходе работы по {0} возвращён на доработку</translation>
    </message>
    <message>
      <source>Progress report for {0} submitted for validation</source>
      <translation>Доклад о ходе работы по {0} представлен на утверждение</translation>
    </message>
    <message>
      <source>Progress report for {0} validated</source>
      <translation>Доклад о ходе работы по {0} утверждён</translation>
    </message>
    <message>
      <source>Progress report for {0} written</source>
      <translation>Доклад о ходе работы по {0} написан</translation>
    </message>
    <message>
      <source>Recommendation {0} added</source>
      <translation>Рекомендация {0} добавлена</translation>
    </message>
    <message>
      <source>Recommendation {0} changed: {1}</source>
      <translation>Рекомендация {0} изменена: {1}</translation>
    </message>
    <message>
      <source>Recommendation {0} deleted</source>
      <translation>Рекомендация {0} удалена</translation>
    </message>
    <message>
      <source>Recommendation {0} restored</source>
      <translation>Рекомендация {0} восстановлена</translation>
    </message>
    <message>
      <source>Recommending State</source>
      <translation>Государство, вынесшее рекомендацию</translation>
    </message>
    <message>
      <source>SDG target</source>
      <translation>Задача ЦУР</translation>
    </message>
    <message>
      <source>Source reference</source>
      <translation>Ссылка на источник</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Тема</translation>
    </message>
    <message>
      <source>{0} added to the action “{1}”</source>
      <translation>Рекомендация {0} добавлена к мероприятию «{1}»</translation>
    </message>
    <message>
      <source>{0} added to {1}</source>
      <translation>{0}: добавлено к {1}</translation>
    </message>
    <message>
      <source>{0} changed: {1}</source>
      <translation>{0}: изменено: {1}</translation>
    </message>
    <message>
      <source>{0} created</source>
      <translation>{0}: создано</translation>
    </message>
    <message>
      <source>{0} deleted</source>
      <translation>{0}: удалено</translation>
    </message>
    <message>
      <source>{0} for {1}</source>
      <translation>{0} для {1}</translation>
    </message>
    <message>
      <source>{0} given back to {1}</source>
      <translation>{0}: возвращено {1}</translation>
    </message>
    <message>
      <source>{0} leads {1}</source>
      <translation>{0} ведёт {1}</translation>
    </message>
    <message>
      <source>{0} no longer leads {1}</source>
      <translation>{0} больше не ведёт {1}</translation>
    </message>
    <message>
      <source>{0} no longer supports {1}</source>
      <translation>{0} больше не поддерживает {1}</translation>
    </message>
    <message>
      <source>{0} now leads {1}</source>
      <translation>{0} теперь ведёт {1}</translation>
    </message>
    <message>
      <source>{0} now supports {1}</source>
      <translation>{0} теперь поддерживает {1}</translation>
    </message>
    <message>
      <source>{0} of {1} changed: {2}</source>
      <translation>{0} по {1} изменено: {2}</translation>
    </message>
    <message>
      <source>{0} removed from {1}</source>
      <translation>{0}: удалено из {1}</translation>
    </message>
    <message>
      <source>{0} restored</source>
      <translation>{0}: восстановлено</translation>
    </message>
    <message>
      <source>{0} supports {1}</source>
      <translation>{0} поддерживает {1}</translation>
    </message>
    <message>
      <source>{0} taken out of the action “{1}”</source>
      <translation>Рекомендация {0} исключена из мероприятия «{1}»</translation>
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
      <translation>Принял</translation>
    </message>
    <message>
      <source>Accepted on</source>
      <translation>Принято</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Мероприятие</translation>
    </message>
    <message>
      <source>Action category</source>
      <translation>Категория мероприятия</translation>
    </message>
    <message>
      <source>Action for a recommendation</source>
      <translation>Мероприятие по рекомендации</translation>
    </message>
    <message>
      <source>Adopted on</source>
      <translation>Принято (дата)</translation>
    </message>
    <message>
      <source>Affected persons</source>
      <translation>Затрагиваемые лица</translation>
    </message>
    <message>
      <source>Affected persons of a recommendation</source>
      <translation>Лица, затрагиваемые рекомендацией</translation>
    </message>
    <message>
      <source>Assignment</source>
      <translation>Назначение</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Автор</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation>Исходное значение</translation>
    </message>
    <message>
      <source>Baseline date</source>
      <translation>Дата исходного значения</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Бюджет</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>Группа</translation>
    </message>
    <message>
      <source>Cluster membership</source>
      <translation>Членство в группе</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Код</translation>
    </message>
    <message>
      <source>Completed on</source>
      <translation>Выполнено</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Контакт</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Валюта</translation>
    </message>
    <message>
      <source>Cycle</source>
      <translation>Цикл</translation>
    </message>
    <message>
      <source>Data source</source>
      <translation>Источник данных</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Срок</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>Удалено</translation>
    </message>
    <message>
      <source>Demo</source>
      <translation>Демонстрация</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Описание</translation>
    </message>
    <message>
      <source>Direction</source>
      <translation>Направление</translation>
    </message>
    <message>
      <source>Disaggregation</source>
      <translation>Дезагрегация</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>Условное обозначение документа</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Срок</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Электронная почта</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Окончание</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Подтверждающие документы</translation>
    </message>
    <message>
      <source>Expected outcome</source>
      <translation>Ожидаемый результат</translation>
    </message>
    <message>
      <source>Fictional</source>
      <translation>Вымышленный</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>Имя файла</translation>
    </message>
    <message>
      <source>ISO code</source>
      <translation>Код ISO</translation>
    </message>
    <message>
      <source>Identifier</source>
      <translation>Идентификатор</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Показатель</translation>
    </message>
    <message>
      <source>Indicator measuring</source>
      <translation>Показатель измеряет</translation>
    </message>
    <message>
      <source>Indicator value</source>
      <translation>Значение показателя</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Учреждение</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Метка</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>Механизм</translation>
    </message>
    <message>
      <source>Mid-term report due</source>
      <translation>Срок среднесрочного доклада</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Narrative</source>
      <translation>Описание хода работы</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>Следующий обзор</translation>
    </message>
    <message>
      <source>Next steps</source>
      <translation>Дальнейшие шаги</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Нет</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Примечание</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Номер</translation>
    </message>
    <message>
      <source>Part of</source>
      <translation>Входит в</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Период</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Лицо</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Позиция</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Приоритет</translation>
    </message>
    <message>
      <source>Progress report</source>
      <translation>Доклад о ходе работы</translation>
    </message>
    <message>
      <source>Public</source>
      <translation>Открытый</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>Рекомендация</translation>
    </message>
    <message>
      <source>Recommending State</source>
      <translation>Государство, вынесшее рекомендацию</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Номер</translation>
    </message>
    <message>
      <source>Returned because</source>
      <translation>Возвращено, потому что</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Обзор</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <source>SDG goal</source>
      <translation>Цель в области устойчивого развития</translation>
    </message>
    <message>
      <source>SDG target</source>
      <translation>Задача ЦУР</translation>
    </message>
    <message>
      <source>SDG target of a recommendation</source>
      <translation>Задача ЦУР для рекомендации</translation>
    </message>
    <message>
      <source>Scheme</source>
      <translation>Классификация</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Сессия</translation>
    </message>
    <message>
      <source>Short name</source>
      <translation>Краткое название</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Источник</translation>
    </message>
    <message>
      <source>Source of position</source>
      <translation>Источник позиции</translation>
    </message>
    <message>
      <source>Source reference</source>
      <translation>Ссылка на источник</translation>
    </message>
    <message>
      <source>Spelling</source>
      <translation>Написание</translation>
    </message>
    <message>
      <source>Spelling as compared</source>
      <translation>Написание при сравнении</translation>
    </message>
    <message>
      <source>Spelling of a State</source>
      <translation>Написание названия государства</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Этап</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>Начало</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Государство</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Submitted on</source>
      <translation>Представлено</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Цель</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>Целевая дата</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Текст</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Тема</translation>
    </message>
    <message>
      <source>Theme of a recommendation</source>
      <translation>Тема рекомендации</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Translation</source>
      <translation>Перевод</translation>
    </message>
    <message>
      <source>Type of file</source>
      <translation>Тип файла</translation>
    </message>
    <message>
      <source>UN status</source>
      <translation>Статус в ООН</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Единица</translation>
    </message>
    <message>
      <source>Validated by</source>
      <translation>Утвердил</translation>
    </message>
    <message>
      <source>Validated on</source>
      <translation>Утверждено</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Значение</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Год</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Да</translation>
    </message>
    <message>
      <source>{0} created</source>
      <translation>Создано: {0}</translation>
    </message>
    <message>
      <source>{0} deleted</source>
      <translation>Удалено: {0}</translation>
    </message>
    <message>
      <source>{0} restored</source>
      <translation>Восстановлено: {0}</translation>
    </message>
  </context>
  <context>
    <name>ChooseDialog</name>
    <message>
      <source>Nothing matches what you typed.</source>
      <translation>Ничто не соответствует введённому.</translation>
    </message>
    <message>
      <source>Type to narrow the list</source>
      <translation>Введите текст, чтобы сузить список</translation>
    </message>
  </context>
  <context>
    <name>ClustersDialog</name>
    <message>
      <source>A cluster groups recommendations that are followed up together (one plan, one lead). Add recommendations from the register: select them, then Edit &gt; Add to cluster…</source>
      <translation>Группа объединяет рекомендации, которые выполняются вместе (один план, одно ведущее учреждение). Добавляйте рекомендации из реестра: выделите их, затем Правка &gt; Добавить в группу…</translation>
    </message>
    <message>
      <source>Clusters</source>
      <translation>Группы</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Удалить…</translation>
    </message>
    <message>
      <source>Merge selected</source>
      <translation>Объединить выбранные</translation>
    </message>
    <message>
      <source>New…</source>
      <translation>Создать…</translation>
    </message>
    <message>
      <source>No clusters yet. Create one with New…, or select recommendations in the register and add them to a new cluster.</source>
      <translation>Групп пока нет. Создайте группу кнопкой «Создать…» или выделите рекомендации в реестре и добавьте их в новую группу.</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Переименовать…</translation>
    </message>
    <message>
      <source>Select two or more clusters: all their recommendations go into the one highest in the list, and the others are deleted (Edit &gt; Undo brings them back).</source>
      <translation>Выберите две группы или больше: все их рекомендации перейдут в ту, что выше в списке, а остальные будут удалены (Правка &gt; Отменить возвращает их).</translation>
    </message>
    <message>
      <source>Set lead for all…</source>
      <translation>Назначить ведущее для всех…</translation>
    </message>
    <message>
      <source>Show in register</source>
      <translation>Показать в реестре</translation>
    </message>
    <message numerus="yes">
      <source>{0}  —  %n recommendation(s)</source>
      <translation>
        <numerusform>{0}  —  %n рекомендация</numerusform>
        <numerusform>{0}  —  %n рекомендации</numerusform>
        <numerusform>{0}  —  %n рекомендаций</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CodeLabels</name>
    <message>
      <source>A ministry's device</source>
      <translation>Устройство министерства</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Принят</translation>
    </message>
    <message>
      <source>Action milestone</source>
      <translation>Этап мероприятия</translation>
    </message>
    <message>
      <source>Added here or by an import</source>
      <translation>Добавлено здесь или при импорте</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>Агентство</translation>
    </message>
    <message>
      <source>Already imported — nothing changed</source>
      <translation>Уже импортировано — ничего не изменилось</translation>
    </message>
    <message>
      <source>Alternate focal point</source>
      <translation>Заместитель координатора</translation>
    </message>
    <message>
      <source>An institution's copy</source>
      <translation>Копия учреждения</translation>
    </message>
    <message>
      <source>Applied</source>
      <translation>Применено</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Отменено</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Выполнено</translation>
    </message>
    <message>
      <source>Completed matrix from an institution (Excel)</source>
      <translation>Матрица, заполненная учреждением (Excel)</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>Конфликт</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Черновик</translation>
    </message>
    <message>
      <source>Focal point</source>
      <translation>Координатор</translation>
    </message>
    <message>
      <source>Fully implemented</source>
      <translation>Выполнена полностью</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Высокий</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>Выполняется</translation>
    </message>
    <message>
      <source>Indicator reporting</source>
      <translation>Отчётность по показателям</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Выдан</translation>
    </message>
    <message>
      <source>Judiciary</source>
      <translation>Судебная власть</translation>
    </message>
    <message>
      <source>Lead</source>
      <translation>Ведущее</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Низкий</translation>
    </message>
    <message>
      <source>Main focal point</source>
      <translation>Основной координатор</translation>
    </message>
    <message>
      <source>Matrix for completion</source>
      <translation>Матрица для заполнения</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Средний</translation>
    </message>
    <message>
      <source>Mid-term report</source>
      <translation>Среднесрочный доклад</translation>
    </message>
    <message>
      <source>Ministry</source>
      <translation>Министерство</translation>
    </message>
    <message>
      <source>National human rights institution</source>
      <translation>Национальное правозащитное учреждение</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>Следующий обзор</translation>
    </message>
    <message>
      <source>No longer relevant</source>
      <translation>Утратила актуальность</translation>
    </message>
    <message>
      <source>Not applicable</source>
      <translation>Неприменимо</translation>
    </message>
    <message>
      <source>Not implemented</source>
      <translation>Не выполнена</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>Не начата</translation>
    </message>
    <message>
      <source>Noted</source>
      <translation>Принята к сведению</translation>
    </message>
    <message>
      <source>OHCHR recommendations matrix (Word)</source>
      <translation>Матрица рекомендаций УВКПЧ (Word)</translation>
    </message>
    <message>
      <source>Ongoing</source>
      <translation>Ведётся</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>Открыт</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Другое</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Результат</translation>
    </message>
    <message>
      <source>Parliament</source>
      <translation>Парламент</translation>
    </message>
    <message>
      <source>Partially implemented</source>
      <translation>Выполнена частично</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>На рассмотрении</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Запланировано</translation>
    </message>
    <message>
      <source>Prepared</source>
      <translation>Подготовлен</translation>
    </message>
    <message>
      <source>Process</source>
      <translation>Процесс</translation>
    </message>
    <message>
      <source>Reader</source>
      <translation>Читатель</translation>
    </message>
    <message>
      <source>Reader (no editing)</source>
      <translation>Читатель (без правки)</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Получен</translation>
    </message>
    <message>
      <source>Regional body</source>
      <translation>Региональный орган</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>Зарегистрирован</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Отклонена</translation>
    </message>
    <message>
      <source>Rejected — nothing changed</source>
      <translation>Отклонено — ничего не изменилось</translation>
    </message>
    <message>
      <source>Report to a treaty body</source>
      <translation>Доклад договорному органу</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>Урегулирован</translation>
    </message>
    <message>
      <source>Returned</source>
      <translation>Возвращён</translation>
    </message>
    <message>
      <source>Revoked</source>
      <translation>Отозван</translation>
    </message>
    <message>
      <source>Secretariat</source>
      <translation>Секретариат</translation>
    </message>
    <message>
      <source>Secretariat staff</source>
      <translation>Сотрудник секретариата</translation>
    </message>
    <message>
      <source>Should decrease</source>
      <translation>Должно снижаться</translation>
    </message>
    <message>
      <source>Should increase</source>
      <translation>Должно расти</translation>
    </message>
    <message>
      <source>Should reach the target</source>
      <translation>Должно достичь цели</translation>
    </message>
    <message>
      <source>Special procedure</source>
      <translation>Специальная процедура</translation>
    </message>
    <message>
      <source>Structural</source>
      <translation>Структурный</translation>
    </message>
    <message>
      <source>Supported</source>
      <translation>Поддержана</translation>
    </message>
    <message>
      <source>Supported in part</source>
      <translation>Поддержана частично</translation>
    </message>
    <message>
      <source>Supporting</source>
      <translation>Вспомогательное</translation>
    </message>
    <message>
      <source>Table with a column mapping</source>
      <translation>Таблица с сопоставлением столбцов</translation>
    </message>
    <message>
      <source>The secretariat's database</source>
      <translation>База данных секретариата</translation>
    </message>
    <message>
      <source>The secretariat's key</source>
      <translation>Ключ секретариата</translation>
    </message>
    <message>
      <source>This computer</source>
      <translation>Этот компьютер</translation>
    </message>
    <message>
      <source>Treaty body</source>
      <translation>Договорный орган</translation>
    </message>
    <message>
      <source>UPR Info database export</source>
      <translation>Выгрузка базы данных UPR Info</translation>
    </message>
    <message>
      <source>UPR Info issues</source>
      <translation>Темы UPR Info</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>Без изменений</translation>
    </message>
    <message>
      <source>Universal Human Rights Index (OHCHR)</source>
      <translation>Универсальный индекс прав человека (УВКПЧ)</translation>
    </message>
    <message>
      <source>Universal Human Rights Index export</source>
      <translation>Выгрузка Универсального индекса прав человека</translation>
    </message>
    <message>
      <source>Universal Periodic Review</source>
      <translation>Универсальный периодический обзор</translation>
    </message>
    <message>
      <source>Update</source>
      <translation>Обновление</translation>
    </message>
    <message>
      <source>Validating authority</source>
      <translation>Утверждающий орган</translation>
    </message>
    <message>
      <source>Voluntary pledges</source>
      <translation>Добровольные обязательства</translation>
    </message>
    <message>
      <source>Waiting for a decision</source>
      <translation>Ожидает решения</translation>
    </message>
    <message>
      <source>Waiting for acceptance</source>
      <translation>Ожидает принятия</translation>
    </message>
    <message>
      <source>Waiting for validation</source>
      <translation>Ожидает утверждения</translation>
    </message>
    <message>
      <source>Whole copy</source>
      <translation>Полная копия</translation>
    </message>
    <message>
      <source>Would apply</source>
      <translation>Будет применено</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>изменено</translation>
    </message>
    <message>
      <source>created</source>
      <translation>создано</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>удалено</translation>
    </message>
    <message>
      <source>restored</source>
      <translation>восстановлено</translation>
    </message>
  </context>
  <context>
    <name>ConflictReviewDialog</name>
    <message>
      <source>&lt;b&gt;Before both changes&lt;/b&gt; (base)</source>
      <translation>&lt;b&gt;До обоих изменений&lt;/b&gt; (основа)</translation>
    </message>
    <message>
      <source>&lt;b&gt;Secretariat&lt;/b&gt; (now)</source>
      <translation>&lt;b&gt;Секретариат&lt;/b&gt; (сейчас)</translation>
    </message>
    <message>
      <source>&lt;b&gt;{0}&lt;/b&gt; (incoming)</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt; (входящее)</translation>
    </message>
    <message>
      <source>A merged value, if neither side is right</source>
      <translation>Объединённое значение, если ни одна сторона не права</translation>
    </message>
    <message>
      <source>Changed by</source>
      <translation>Изменил</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Учреждение</translation>
    </message>
    <message>
      <source>Justification</source>
      <translation>Обоснование</translation>
    </message>
    <message>
      <source>Keep the secretariat's</source>
      <translation>Оставить значение секретариата</translation>
    </message>
    <message>
      <source>Merged value</source>
      <translation>Объединённое значение</translation>
    </message>
    <message>
      <source>No conflict waits for review.</source>
      <translation>Нет конфликтов, ожидающих рассмотрения.</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Запись</translation>
    </message>
    <message>
      <source>Review conflicts</source>
      <translation>Рассмотреть конфликты</translation>
    </message>
    <message>
      <source>Take the institution's</source>
      <translation>Принять значение учреждения</translation>
    </message>
    <message>
      <source>Use the merged value</source>
      <translation>Использовать объединённое значение</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Когда</translation>
    </message>
    <message>
      <source>Why this value (required; the institution will read it)</source>
      <translation>Почему это значение (обязательно; учреждение прочтёт это)</translation>
    </message>
    <message>
      <source>Write a justification first: the institution will read why this value was kept.</source>
      <translation>Сначала напишите обоснование: учреждение прочтёт, почему оставлено это значение.</translation>
    </message>
  </context>
  <context>
    <name>ConsolidationDialog</name>
    <message>
      <source>Applied</source>
      <translation>Применено</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Применить</translation>
    </message>
    <message>
      <source>Change no.</source>
      <translation>№ изменения</translation>
    </message>
    <message>
      <source>Conflicts</source>
      <translation>Конфликты</translation>
    </message>
    <message>
      <source>Consolidation — summary</source>
      <translation>Сведение — итоги</translation>
    </message>
    <message>
      <source>Consolidation — what would happen</source>
      <translation>Сведение — что произойдёт</translation>
    </message>
    <message>
      <source>Every change applied or was already there.</source>
      <translation>Каждое изменение применено или уже было.</translation>
    </message>
    <message>
      <source>Export as PDF…</source>
      <translation>Экспорт в PDF…</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Учреждение</translation>
    </message>
    <message>
      <source>Nothing has been changed yet. Apply to merge these files into the database (a backup is taken first), or cancel.</source>
      <translation>Пока ничего не изменено. Нажмите «Применить», чтобы объединить эти файлы с базой данных (сначала создаётся резервная копия), или отмените.</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Результат</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
    <message>
      <source>Reason or fields in conflict</source>
      <translation>Причина или поля в конфликте</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Запись</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Отклонено</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Результат</translation>
    </message>
    <message>
      <source>The summary is kept in the exchange ledger and goes back to each institution with the next file issued to it.</source>
      <translation>Итоги хранятся в журнале обмена и возвращаются каждому учреждению со следующим выданным ему файлом.</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>Без изменений</translation>
    </message>
    <message>
      <source>new device, key fingerprint {0}</source>
      <translation>новое устройство, отпечаток ключа {0}</translation>
    </message>
    <message>
      <source>unsigned changes (a whole database file)</source>
      <translation>неподписанные изменения (целый файл базы данных)</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <source>A deadline of theirs has passed</source>
      <translation>Один из их сроков истёк</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Сводка</translation>
    </message>
    <message>
      <source>Every recommendation</source>
      <translation>Все рекомендации</translation>
    </message>
    <message>
      <source>No changes yet.</source>
      <translation>Изменений пока нет.</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>Не оценена</translation>
    </message>
    <message>
      <source>Nothing overdue.</source>
      <translation>Ничего не просрочено.</translation>
    </message>
    <message>
      <source>Overdue, by lead institution</source>
      <translation>Просрочено, по ведущим учреждениям</translation>
    </message>
    <message>
      <source>Progress behind the time elapsed between baseline and target</source>
      <translation>Прогресс отстаёт от времени, прошедшего между исходным значением и целью</translation>
    </message>
    <message>
      <source>Recent activity</source>
      <translation>Последние действия</translation>
    </message>
    <message>
      <source>Status by SDG goal</source>
      <translation>Статус по целям в области устойчивого развития</translation>
    </message>
    <message>
      <source>Status by lead institution</source>
      <translation>Статус по ведущим учреждениям</translation>
    </message>
    <message>
      <source>Status by mechanism</source>
      <translation>Статус по механизмам</translation>
    </message>
    <message>
      <source>Status by theme (largest themes)</source>
      <translation>Статус по темам (крупнейшие темы)</translation>
    </message>
    <message>
      <source>Submitted, waiting for the ministry's validating authority</source>
      <translation>Представлено, ожидает утверждающего органа министерства</translation>
    </message>
    <message>
      <source>Those with a lead institution</source>
      <translation>Рекомендации, у которых есть ведущее учреждение</translation>
    </message>
    <message>
      <source>Validated, waiting for the secretariat</source>
      <translation>Утверждено, ожидает секретариата</translation>
    </message>
    <message>
      <source>{0}
indicators off track</source>
      <translation>{0}
показателей отстают</translation>
    </message>
    <message>
      <source>{0}
overdue</source>
      <translation>{0}
просрочено</translation>
    </message>
    <message>
      <source>{0}
recommendations</source>
      <translation>{0}
рекомендаций</translation>
    </message>
    <message>
      <source>{0}
waiting for acceptance</source>
      <translation>{0}
ожидают принятия</translation>
    </message>
    <message>
      <source>{0}
waiting for validation</source>
      <translation>{0}
ожидают утверждения</translation>
    </message>
    <message>
      <source>{0}
with a lead institution</source>
      <translation>{0}
с ведущим учреждением</translation>
    </message>
    <message>
      <source>{0}: {1}</source>
      <translation>{0}: {1}</translation>
    </message>
    <message>
      <source>{0}: {1} overdue</source>
      <translation>{0}: просрочено {1}</translation>
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
      <translation>ДЕМОНСТРАЦИЯ — всё здесь — сгенерированные данные о вымышленном государстве, а не настоящие рекомендации.</translation>
    </message>
    <message>
      <source>READ-ONLY — {0} is on read-only media or in a folder you cannot write, so nothing here can be changed. To work on it, save a copy to a writable folder (File &gt; Back up now…) and open the copy.</source>
      <translation>ТОЛЬКО ЧТЕНИЕ — {0} находится на носителе только для чтения или в папке, куда вы не можете записывать, поэтому здесь ничего нельзя изменить. Чтобы работать с базой, сохраните копию в доступную для записи папку (Файл &gt; Создать резервную копию…) и откройте копию.</translation>
    </message>
  </context>
  <context>
    <name>DeadlineDialog</name>
    <message>
      <source>Due on:</source>
      <translation>Срок:</translation>
    </message>
    <message>
      <source>Indicator reporting</source>
      <translation>Отчётность по показателям</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>Учреждение:</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Вид:</translation>
    </message>
    <message>
      <source>Mid-term report</source>
      <translation>Среднесрочный доклад</translation>
    </message>
    <message>
      <source>New deadline</source>
      <translation>Новый срок</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>Следующий обзор</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Другое</translation>
    </message>
    <message>
      <source>Report to a treaty body</source>
      <translation>Доклад договорному органу</translation>
    </message>
    <message>
      <source>What is due:</source>
      <translation>Что требуется:</translation>
    </message>
    <message>
      <source>What is due: say what the deadline is for.</source>
      <translation>Что требуется: укажите, к чему относится срок.</translation>
    </message>
    <message>
      <source>e.g. Written contribution to the mid-term report</source>
      <translation>например, Письменный вклад в среднесрочный доклад</translation>
    </message>
  </context>
  <context>
    <name>DetailPane</name>
    <message>
      <source> · internal</source>
      <translation> · внутренний</translation>
    </message>
    <message>
      <source>(no reference)</source>
      <translation>(без номера)</translation>
    </message>
    <message>
      <source>A draft or returned report can be changed</source>
      <translation>Доклад в статусе черновика или возвращённый можно изменить</translation>
    </message>
    <message>
      <source>Accept</source>
      <translation>Принять</translation>
    </message>
    <message>
      <source>Add supporting…</source>
      <translation>Добавить вспомогательное…</translation>
    </message>
    <message>
      <source>Affected persons</source>
      <translation>Затрагиваемые лица</translation>
    </message>
    <message>
      <source>Alike</source>
      <translation>Похожие</translation>
    </message>
    <message>
      <source>Assignment</source>
      <translation>Назначение</translation>
    </message>
    <message>
      <source>Attach evidence…</source>
      <translation>Прикрепить документы…</translation>
    </message>
    <message>
      <source>Cluster with these…</source>
      <translation>Сгруппировать с этими…</translation>
    </message>
    <message>
      <source>Clusters</source>
      <translation>Группы</translation>
    </message>
    <message>
      <source>Correct the reference, text, position, priority or notes (recorded in the history)</source>
      <translation>Исправить номер, текст, позицию, приоритет или примечания (записывается в историю)</translation>
    </message>
    <message>
      <source>Current status</source>
      <translation>Текущий статус</translation>
    </message>
    <message>
      <source>Edit report…</source>
      <translation>Изменить доклад…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Изменить…</translation>
    </message>
    <message>
      <source>Files attached to the selected progress report; drop files here to attach them</source>
      <translation>Файлы, прикреплённые к выбранному докладу о ходе работы; перетащите файлы сюда, чтобы прикрепить их</translation>
    </message>
    <message>
      <source>Go to</source>
      <translation>Перейти</translation>
    </message>
    <message>
      <source>History</source>
      <translation>История</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Учреждение</translation>
    </message>
    <message>
      <source>Lead</source>
      <translation>Ведущее</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>Механизм</translation>
    </message>
    <message>
      <source>Narrative</source>
      <translation>Описание хода работы</translation>
    </message>
    <message>
      <source>New progress report…</source>
      <translation>Новый доклад о ходе работы…</translation>
    </message>
    <message>
      <source>Next steps</source>
      <translation>Дальнейшие шаги</translation>
    </message>
    <message>
      <source>No focal point recorded.</source>
      <translation>Координатор не указан.</translation>
    </message>
    <message>
      <source>No institution is assigned yet. Select the recommendation (or several) and use Set lead… (Ctrl+L).</source>
      <translation>Учреждение ещё не назначено. Выделите рекомендацию (или несколько) и нажмите «Назначить ведущее…» (Ctrl+L).</translation>
    </message>
    <message>
      <source>No other recommendation is much alike.</source>
      <translation>Других очень похожих рекомендаций нет.</translation>
    </message>
    <message>
      <source>No progress report yet: the lead institution's focal point writes one with New progress report…</source>
      <translation>Докладов о ходе работы пока нет: координатор ведущего учреждения пишет его кнопкой «Новый доклад о ходе работы…»</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>Не оценена</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>Open evidence</source>
      <translation>Открыть документ</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Период</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>План</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Позиция</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Приоритет</translation>
    </message>
    <message>
      <source>Put this recommendation and the similar ones selected in one cluster</source>
      <translation>Объединить эту рекомендацию и выбранные похожие в одну группу</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>Рекомендация</translation>
    </message>
    <message>
      <source>Recommending States</source>
      <translation>Государства, вынесшие рекомендацию</translation>
    </message>
    <message>
      <source>Ref.</source>
      <translation>№</translation>
    </message>
    <message>
      <source>Returned because</source>
      <translation>Возвращено, потому что</translation>
    </message>
    <message>
      <source>Return…</source>
      <translation>Вернуть…</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Обзор</translation>
    </message>
    <message>
      <source>SDGs</source>
      <translation>ЦУР</translation>
    </message>
    <message>
      <source>Set lead…</source>
      <translation>Назначить ведущее…</translation>
    </message>
    <message>
      <source>Show the selected one in the register (double-click does the same)</source>
      <translation>Показать выбранную в реестре (двойной щелчок делает то же)</translation>
    </message>
    <message>
      <source>Similar</source>
      <translation>Похожие</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Источники</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Этап</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Submit</source>
      <translation>Представить</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>Темы</translation>
    </message>
    <message>
      <source>Validate</source>
      <translation>Утвердить</translation>
    </message>
    <message>
      <source>With several institutions, the recommendation is as far along as the least advanced of them.</source>
      <translation>При нескольких учреждениях рекомендация продвинулась настолько, насколько продвинулось наименее продвинувшееся из них.</translation>
    </message>
    <message>
      <source>none</source>
      <translation>нет</translation>
    </message>
  </context>
  <context>
    <name>DirectoryCommands</name>
    <message>
      <source>Add institution {0}</source>
      <translation>Добавить учреждение {0}</translation>
    </message>
    <message>
      <source>Add spelling</source>
      <translation>Добавить написание</translation>
    </message>
    <message>
      <source>Add spelling “{0}”</source>
      <translation>Добавить написание «{0}»</translation>
    </message>
    <message>
      <source>Add to the list</source>
      <translation>Добавить в список</translation>
    </message>
    <message>
      <source>Add {0} to {1}</source>
      <translation>Добавить {0} в {1}</translation>
    </message>
    <message>
      <source>Add “{0}”</source>
      <translation>Добавить «{0}»</translation>
    </message>
    <message>
      <source>Another way documents write this State's name:</source>
      <translation>Ещё один способ, которым документы пишут название этого государства:</translation>
    </message>
    <message>
      <source>Calendar of {0}</source>
      <translation>Календарь {0}</translation>
    </message>
    <message>
      <source>Calendar of {0} saved.</source>
      <translation>Календарь {0} сохранён.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Delete “{0}”</source>
      <translation>Удалить «{0}»</translation>
    </message>
    <message>
      <source>Delete “{0}” from the list? Edit &gt; Undo brings it back.</source>
      <translation>Удалить «{0}» из списка? Правка &gt; Отменить возвращает.</translation>
    </message>
    <message>
      <source>Edit institution {0}</source>
      <translation>Изменить учреждение {0}</translation>
    </message>
    <message>
      <source>Edit {0}</source>
      <translation>Изменить {0}</translation>
    </message>
    <message>
      <source>Edit “{0}”</source>
      <translation>Изменить «{0}»</translation>
    </message>
    <message>
      <source>Institution {0} added.</source>
      <translation>Учреждение {0} добавлено.</translation>
    </message>
    <message>
      <source>Institution {0} saved.</source>
      <translation>Учреждение {0} сохранено.</translation>
    </message>
    <message>
      <source>Remove person</source>
      <translation>Удалить лицо</translation>
    </message>
    <message>
      <source>Remove spelling</source>
      <translation>Удалить написание</translation>
    </message>
    <message>
      <source>Remove spelling “{0}”</source>
      <translation>Удалить написание «{0}»</translation>
    </message>
    <message>
      <source>Remove {0}</source>
      <translation>Удалить {0}</translation>
    </message>
    <message>
      <source>Remove {0} from {1}? Edit &gt; Undo brings them back.</source>
      <translation>Удалить {0} из {1}? Правка &gt; Отменить возвращает.</translation>
    </message>
    <message>
      <source>Spelling that imports should no longer recognise:</source>
      <translation>Написание, которое импорт больше не должен распознавать:</translation>
    </message>
    <message>
      <source>Spelling “{0}” added.</source>
      <translation>Написание «{0}» добавлено.</translation>
    </message>
    <message>
      <source>Spelling “{0}” removed.</source>
      <translation>Написание «{0}» удалено.</translation>
    </message>
    <message>
      <source>e.g. CMW</source>
      <translation>например, CMW</translation>
    </message>
    <message>
      <source>optional, e.g. X12</source>
      <translation>необязательно, например, X12</translation>
    </message>
    <message>
      <source>optional: made from the name</source>
      <translation>необязательно: образуется из названия</translation>
    </message>
    <message>
      <source>{0} added to {1}.</source>
      <translation>{0} добавлено в {1}.</translation>
    </message>
    <message>
      <source>{0} removed.</source>
      <translation>{0} удалено.</translation>
    </message>
    <message>
      <source>{0} saved.</source>
      <translation>{0} сохранено.</translation>
    </message>
    <message>
      <source>“{0}” added.</source>
      <translation>«{0}» добавлено.</translation>
    </message>
    <message>
      <source>“{0}” deleted.</source>
      <translation>«{0}» удалено.</translation>
    </message>
    <message>
      <source>“{0}” saved.</source>
      <translation>«{0}» сохранено.</translation>
    </message>
  </context>
  <context>
    <name>EditRecommendationDialog</name>
    <message>
      <source>Edit recommendation {0}</source>
      <translation>Изменить рекомендацию {0}</translation>
    </message>
    <message>
      <source>Internal notes of the secretariat (searchable)</source>
      <translation>Внутренние примечания секретариата (доступны для поиска)</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>Примечания:</translation>
    </message>
    <message>
      <source>Optional: the text in the national language</source>
      <translation>Необязательно: текст на национальном языке</translation>
    </message>
    <message>
      <source>Position:</source>
      <translation>Позиция:</translation>
    </message>
    <message>
      <source>Priority:</source>
      <translation>Приоритет:</translation>
    </message>
    <message>
      <source>Reference:</source>
      <translation>Номер:</translation>
    </message>
    <message>
      <source>Source of position:</source>
      <translation>Источник позиции:</translation>
    </message>
    <message>
      <source>Text:</source>
      <translation>Текст:</translation>
    </message>
    <message>
      <source>Text: a recommendation cannot be empty.</source>
      <translation>Текст: рекомендация не может быть пустой.</translation>
    </message>
    <message>
      <source>Translation:</source>
      <translation>Перевод:</translation>
    </message>
    <message>
      <source>e.g. A/HRC/55/12/Add.1, paragraph 4</source>
      <translation>например, A/HRC/55/12/Add.1, пункт 4</translation>
    </message>
  </context>
  <context>
    <name>EntryDialog</name>
    <message>
      <source>Code:</source>
      <translation>Код:</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Вид:</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Название:</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <source>Copy details</source>
      <translation>Копировать подробности</translation>
    </message>
    <message>
      <source>Log folder: {0}</source>
      <translation>Папка журналов: {0}</translation>
    </message>
    <message>
      <source>NMRF Tracker met an unexpected problem. Your saved data is safe: the last change was not written. Please send the details below to your IT support.</source>
      <translation>В NMRF Tracker возникла непредвиденная проблема. Сохранённые данные в безопасности: последнее изменение не было записано. Отправьте подробности ниже в вашу службу ИТ-поддержки.</translation>
    </message>
    <message>
      <source>Open log folder</source>
      <translation>Открыть папку журналов</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>Что-то пошло не так</translation>
    </message>
  </context>
  <context>
    <name>EvidenceDetailsDialog</name>
    <message>
      <source>Attach {0}</source>
      <translation>Прикрепить {0}</translation>
    </message>
    <message>
      <source>Public (may appear in published reports)</source>
      <translation>Открытый (может появиться в опубликованных докладах)</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Название:</translation>
    </message>
  </context>
  <context>
    <name>EvidenceListDialog</name>
    <message>
      <source> · internal</source>
      <translation> · внутренний</translation>
    </message>
    <message>
      <source>Attach…</source>
      <translation>Прикрепить…</translation>
    </message>
    <message>
      <source>No file attached yet.</source>
      <translation>Файлов пока не прикреплено.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
  </context>
  <context>
    <name>ExchangeCommandsMixin</name>
    <message numerus="yes">
      <source>%n change(s)</source>
      <translation>
        <numerusform>%n изменение</numerusform>
        <numerusform>%n изменения</numerusform>
        <numerusform>%n изменений</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n evidence file(s)</source>
      <translation>
        <numerusform>%n файл документов</numerusform>
        <numerusform>%n файла документов</numerusform>
        <numerusform>%n файлов документов</numerusform>
      </translation>
    </message>
    <message>
      <source>Cannot check the files</source>
      <translation>Не удаётся проверить файлы</translation>
    </message>
    <message>
      <source>Cannot issue the file</source>
      <translation>Не удаётся выдать файл</translation>
    </message>
    <message>
      <source>Cannot open {0}</source>
      <translation>Не удаётся открыть {0}</translation>
    </message>
    <message>
      <source>Cannot prepare the file</source>
      <translation>Не удаётся подготовить файл</translation>
    </message>
    <message>
      <source>Cannot read the conflicts</source>
      <translation>Не удаётся прочитать конфликты</translation>
    </message>
    <message>
      <source>Cannot read the exchange ledger</source>
      <translation>Не удаётся прочитать журнал обмена</translation>
    </message>
    <message>
      <source>Cannot write the summary</source>
      <translation>Не удаётся записать итоги</translation>
    </message>
    <message>
      <source>Checking the files</source>
      <translation>Проверка файлов</translation>
    </message>
    <message>
      <source>Consolidating</source>
      <translation>Сведение</translation>
    </message>
    <message>
      <source>Consolidation stopped; the database is as it was before the file being applied</source>
      <translation>Сведение остановлено; база данных такая же, как до применявшегося файла</translation>
    </message>
    <message>
      <source>Creating your working copy</source>
      <translation>Создание вашей рабочей копии</translation>
    </message>
    <message>
      <source>Encrypted to the registered computers of {0}.</source>
      <translation>Зашифрован для зарегистрированных компьютеров {0}.</translation>
    </message>
    <message>
      <source>Encrypted: it opens only with the twelve words shown next.</source>
      <translation>Зашифрован: открывается только двенадцатью словами, которые будут показаны далее.</translation>
    </message>
    <message>
      <source>File issued</source>
      <translation>Файл выдан</translation>
    </message>
    <message>
      <source>File opened</source>
      <translation>Файл открыт</translation>
    </message>
    <message>
      <source>File ready</source>
      <translation>Файл готов</translation>
    </message>
    <message>
      <source>Issuing the file for {0}</source>
      <translation>Выдача файла для {0}</translation>
    </message>
    <message>
      <source>Open a file from the &amp;secretariat…</source>
      <translation>Открыть файл от &amp;секретариата…</translation>
    </message>
    <message>
      <source>Opening {0}</source>
      <translation>Открытие {0}</translation>
    </message>
    <message>
      <source>Preparing the file</source>
      <translation>Подготовка файла</translation>
    </message>
    <message>
      <source>Reading the conflicts</source>
      <translation>Чтение конфликтов</translation>
    </message>
    <message>
      <source>Reading the exchange ledger</source>
      <translation>Чтение журнала обмена</translation>
    </message>
    <message>
      <source>Recording the decision</source>
      <translation>Запись решения</translation>
    </message>
    <message numerus="yes">
      <source>Warning: %n row(s) were changed outside NMRF Tracker (with another program) and left out of this file. Make those changes again in the application:</source>
      <translation>
        <numerusform>Внимание: %n строка изменена вне NMRF Tracker (другой программой) и не включена в этот файл. Повторите эти изменения в приложении:</numerusform>
        <numerusform>Внимание: %n строки изменены вне NMRF Tracker (другой программой) и не включены в этот файл. Повторите эти изменения в приложении:</numerusform>
        <numerusform>Внимание: %n строк изменено вне NMRF Tracker (другой программой) и не включено в этот файл. Повторите эти изменения в приложении:</numerusform>
      </translation>
    </message>
    <message>
      <source>Writing the summary</source>
      <translation>Запись итогов</translation>
    </message>
    <message>
      <source>Your working copy is ready</source>
      <translation>Ваша рабочая копия готова</translation>
    </message>
    <message>
      <source>a whole copy</source>
      <translation>полную копию</translation>
    </message>
    <message>
      <source>the changes since what it acknowledged</source>
      <translation>изменения с момента последнего подтверждения</translation>
    </message>
    <message>
      <source>{0} holds {1} and {2}, signed by this computer. It was checked after writing: copy it to the USB stick or attach it to an e-mail for the secretariat.</source>
      <translation>{0} содержит {1} и {2}, подписанные этим компьютером. Файл проверен после записи: скопируйте его на USB-накопитель или приложите к письму для секретариата.</translation>
    </message>
    <message>
      <source>{0} holds {1} for {2}: {3} rows, {4} evidence files.

Signed with the secretariat's key, fingerprint {5} — the focal point compares it when opening the file the first time.</source>
      <translation>{0} содержит {1} для {2}: строк — {3}, файлов документов — {4}.

Подписано ключом секретариата, отпечаток {5} — координатор сверяет его, когда открывает файл впервые.</translation>
    </message>
    <message>
      <source>{0} now holds {1}'s recommendations and everything attached to them.

The secretariat's key is pinned: fingerprint {2}. Compare it with the one the secretariat gives you; files signed by any other key will be refused.</source>
      <translation>{0} теперь содержит рекомендации {1} и всё, что к ним относится.

Ключ секретариата закреплён: отпечаток {2}. Сверьте его с тем, который вам сообщит секретариат; файлы, подписанные любым другим ключом, будут отклонены.</translation>
    </message>
    <message>
      <source>{0}: {1} rows added, {2} updated; {3} of your changes kept until the secretariat has them.</source>
      <translation>{0}: добавлено строк — {1}, обновлено — {2}; ваших изменений сохраняется до получения секретариатом — {3}.</translation>
    </message>
  </context>
  <context>
    <name>ExchangePage</name>
    <message numerus="yes">
      <source>%n change(s) wait to be sent; the secretariat has acknowledged your changes up to number {0}. A file always carries everything not yet acknowledged, so a lost USB stick costs nothing.</source>
      <translation>
        <numerusform>%n изменение ждёт отправки; секретариат подтвердил получение ваших изменений до номера {0}. Файл всегда содержит всё, что ещё не подтверждено, так что потерянный USB-накопитель ничего не стоит.</numerusform>
        <numerusform>%n изменения ждут отправки; секретариат подтвердил получение ваших изменений до номера {0}. Файл всегда содержит всё, что ещё не подтверждено, так что потерянный USB-накопитель ничего не стоит.</numerusform>
        <numerusform>%n изменений ждут отправки; секретариат подтвердил получение ваших изменений до номера {0}. Файл всегда содержит всё, что ещё не подтверждено, так что потерянный USB-накопитель ничего не стоит.</numerusform>
      </translation>
    </message>
    <message>
      <source>&lt;b&gt;Everything you sent so far was applied&lt;/b&gt; (or nothing was sent yet).</source>
      <translation>&lt;b&gt;Всё, что вы отправили, применено&lt;/b&gt; (или ещё ничего не отправлено).</translation>
    </message>
    <message>
      <source>&lt;b&gt;Files issued and received&lt;/b&gt;</source>
      <translation>&lt;b&gt;Выданные и полученные файлы&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Your changes that did not simply apply&lt;/b&gt; (last file from the secretariat; {0} still wait for its review)</source>
      <translation>&lt;b&gt;Ваши изменения, которые не были просто применены&lt;/b&gt; (последний файл от секретариата; {0} ещё ждут его рассмотрения)</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Код</translation>
    </message>
    <message>
      <source>Consolidate files from ministries…</source>
      <translation>Свести файлы министерств…</translation>
    </message>
    <message>
      <source>Devices</source>
      <translation>Устройства</translation>
    </message>
    <message>
      <source>Direction</source>
      <translation>Направление</translation>
    </message>
    <message>
      <source>Exchange with the institutions</source>
      <translation>Обмен с учреждениями</translation>
    </message>
    <message>
      <source>Exchange with the secretariat — {0}</source>
      <translation>Обмен с секретариатом — {0}</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>Files are encrypted to the computers the institution already sent files from. For another computer, this file opens with twelve words you read to the focal point instead.</source>
      <translation>Файлы шифруются для компьютеров, с которых учреждение уже присылало файлы. Для другого компьютера этот файл открывается двенадцатью словами, которые вы прочитаете координатору.</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Учреждение</translation>
    </message>
    <message>
      <source>Issue a file for the selected institution…</source>
      <translation>Выдать файл выбранному учреждению…</translation>
    </message>
    <message>
      <source>Issue each institution its file (a whole copy the first time, then the changes since what it acknowledged), send it by USB stick or e-mail, and consolidate the files they send back. Nothing is applied before its signature, device and scope are checked.</source>
      <translation>Выдайте каждому учреждению его файл (в первый раз полную копию, затем изменения с момента последнего подтверждения), отправьте его на USB-накопителе или по электронной почте и сведите файлы, которые присылают обратно. Ничего не применяется до проверки подписи, устройства и области доступа.</translation>
    </message>
    <message>
      <source>Issue for a new computer…</source>
      <translation>Выпустить для нового компьютера…</translation>
    </message>
    <message>
      <source>Last file issued</source>
      <translation>Последний выданный файл</translation>
    </message>
    <message>
      <source>Last file received</source>
      <translation>Последний полученный файл</translation>
    </message>
    <message>
      <source>No file issued or received yet.</source>
      <translation>Файлы ещё не выдавались и не поступали.</translation>
    </message>
    <message>
      <source>Open a file from the secretariat…</source>
      <translation>Открыть файл от секретариата…</translation>
    </message>
    <message>
      <source>Open conflicts</source>
      <translation>Открытые конфликты</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Результат</translation>
    </message>
    <message>
      <source>Prepare a file for the secretariat…</source>
      <translation>Подготовить файл для секретариата…</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Запись</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Результат</translation>
    </message>
    <message>
      <source>Review conflicts ({0})</source>
      <translation>Рассмотреть конфликты ({0})</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Отправлен</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>The secretariat's key fingerprint: &lt;b&gt;{0}&lt;/b&gt; — compare it with the one the secretariat gives you. This computer's: &lt;b&gt;{1}&lt;/b&gt; — the secretariat will ask you for it the first time you send a file.</source>
      <translation>Отпечаток ключа секретариата: &lt;b&gt;{0}&lt;/b&gt; — сверьте его с тем, который сообщит секретариат. Отпечаток этого компьютера: &lt;b&gt;{1}&lt;/b&gt; — секретариат спросит его, когда вы впервые отправите файл.</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Когда</translation>
    </message>
    <message>
      <source>waits for the secretariat's review ({0})</source>
      <translation>ожидает рассмотрения секретариатом ({0})</translation>
    </message>
  </context>
  <context>
    <name>ExportMatrixDialog</name>
    <message>
      <source>A protected workbook the institution fills in Excel and sends back; import it with Reports &gt; Import a completed matrix…</source>
      <translation>Защищённая книга, которую учреждение заполняет в Excel и возвращает; импортируйте её через Отчёты &gt; Импорт заполненной матрицы…</translation>
    </message>
    <message>
      <source>Adds the lead (drop-down of institution codes) and supporting institutions (codes separated by ;) as editable columns; changes made there are applied on import for the secretariat only.</source>
      <translation>Добавляет ведущее учреждение (раскрывающийся список кодов) и вспомогательные (коды через ;) как редактируемые столбцы; изменения в них при импорте применяются только для секретариата.</translation>
    </message>
    <message>
      <source>Also one sheet per lead institution</source>
      <translation>А также отдельный лист для каждого ведущего учреждения</translation>
    </message>
    <message>
      <source>Choose the institution that will fill it in.</source>
      <translation>Выберите учреждение, которое будет её заполнять.</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>Группа</translation>
    </message>
    <message>
      <source>Every institution</source>
      <translation>Все учреждения</translation>
    </message>
    <message>
      <source>For completion by the institution</source>
      <translation>Для заполнения учреждением</translation>
    </message>
    <message>
      <source>Group by:</source>
      <translation>Группировать по:</translation>
    </message>
    <message>
      <source>Implementation matrix (Excel)</source>
      <translation>Матрица выполнения (Excel)</translation>
    </message>
    <message>
      <source>Language of the headings:</source>
      <translation>Язык заголовков:</translation>
    </message>
    <message>
      <source>Lead and supporting institutions editable too (for the secretariat)</source>
      <translation>Ведущие и вспомогательные учреждения тоже редактируемые (для секретариата)</translation>
    </message>
    <message>
      <source>Lead institution</source>
      <translation>Ведущее учреждение</translation>
    </message>
    <message>
      <source>Led or supported by:</source>
      <translation>Ведёт или поддерживает:</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>Механизм</translation>
    </message>
    <message>
      <source>One row per recommendation under bold group rows, with the tracking columns; a cover and a summary sheet. Prints on A4 landscape: the essential columns in readable type, the reference repeated on every page.</source>
      <translation>По строке на рекомендацию под жирными строками групп, со столбцами отслеживания; титульный лист и лист сводки. Печатается на A4 в альбомной ориентации: основные столбцы читаемым шрифтом, номер повторяется на каждой странице.</translation>
    </message>
    <message>
      <source>Recommendations:</source>
      <translation>Рекомендации:</translation>
    </message>
    <message>
      <source>SDG goal</source>
      <translation>Цель в области устойчивого развития</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Тема</translation>
    </message>
  </context>
  <context>
    <name>FacetPanel</name>
    <message>
      <source>(no lead institution yet)</source>
      <translation>(ведущего учреждения пока нет)</translation>
    </message>
    <message>
      <source>Affected persons</source>
      <translation>Затрагиваемые лица</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Сбросить</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>Группа</translation>
    </message>
    <message>
      <source>Deadlines</source>
      <translation>Сроки</translation>
    </message>
    <message>
      <source>Due in the next 30 days</source>
      <translation>Срок в ближайшие 30 дней</translation>
    </message>
    <message>
      <source>Filters</source>
      <translation>Фильтры</translation>
    </message>
    <message>
      <source>Lead institution</source>
      <translation>Ведущее учреждение</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>Механизм</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>Не оценена</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Просрочено</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Позиция</translation>
    </message>
    <message>
      <source>Progress reports</source>
      <translation>Доклады о ходе работы</translation>
    </message>
    <message>
      <source>Review / cycle</source>
      <translation>Обзор / цикл</translation>
    </message>
    <message>
      <source>SDG goal</source>
      <translation>Цель в области устойчивого развития</translation>
    </message>
    <message>
      <source>Show all recommendations again</source>
      <translation>Снова показать все рекомендации</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Supporting institution</source>
      <translation>Вспомогательное учреждение</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Тема</translation>
    </message>
  </context>
  <context>
    <name>GuideDialog</name>
    <message>
      <source>Focal point</source>
      <translation>Координатор</translation>
    </message>
    <message>
      <source>Secretariat</source>
      <translation>Секретариат</translation>
    </message>
    <message>
      <source>User guide</source>
      <translation>Руководство пользователя</translation>
    </message>
    <message>
      <source>Validating authority</source>
      <translation>Утверждающий орган</translation>
    </message>
  </context>
  <context>
    <name>HelpCommandsMixin</name>
    <message>
      <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Offline follow-up of UN human-rights recommendations for national mechanisms and their ministries.&lt;/p&gt;&lt;p&gt;Python {2}, Qt for Python {3}&lt;/p&gt;</source>
      <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Автономное отслеживание выполнения рекомендаций ООН по правам человека для национальных механизмов и их министерств.&lt;/p&gt;&lt;p&gt;Python {2}, Qt for Python {3}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Open database&lt;/b&gt;&lt;br&gt;{0}&lt;br&gt;Recommendations: {1} · institutions: {2} · schema {3}&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Открытая база данных&lt;/b&gt;&lt;br&gt;{0}&lt;br&gt;Рекомендаций: {1} · учреждений: {2} · схема {3}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Logs: {0}&lt;/p&gt;</source>
      <translation>&lt;p&gt;Журналы: {0}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About NMRF Tracker</source>
      <translation>О программе NMRF Tracker</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <source>History</source>
      <translation>История</translation>
    </message>
    <message>
      <source>No change recorded.</source>
      <translation>Изменений не записано.</translation>
    </message>
  </context>
  <context>
    <name>HistoryTable</name>
    <message>
      <source>Click ▸ (or press →) to see the fields a change made</source>
      <translation>Нажмите ▸ (или →), чтобы увидеть поля, которые изменило изменение</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>Рекомендация</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Что произошло</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Когда</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Кто</translation>
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
      <translation>Кем</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Формат</translation>
    </message>
    <message>
      <source>Import history</source>
      <translation>История импорта</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Новые</translation>
    </message>
    <message>
      <source>Nothing has been imported into this database yet.</source>
      <translation>В эту базу данных ещё ничего не импортировалось.</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Отклонено</translation>
    </message>
    <message>
      <source>To confirm</source>
      <translation>Подтвердить</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>Без изменений</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>Обновлено</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Когда</translation>
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
      <translation>Отменено: ничего не импортировано.</translation>
    </message>
    <message>
      <source>Checking the files</source>
      <translation>Проверка файлов</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Импорт</translation>
    </message>
    <message>
      <source>Import recommendations</source>
      <translation>Импорт рекомендаций</translation>
    </message>
    <message>
      <source>Importing</source>
      <translation>Импорт</translation>
    </message>
    <message>
      <source>Matching recommendations with the register: {done:,} of {total:,}</source>
      <translation>Сопоставление рекомендаций с реестром: {done:,} из {total:,}</translation>
    </message>
    <message>
      <source>Reading {file} (file {number} of {count})</source>
      <translation>Чтение {file} (файл {number} из {count})</translation>
    </message>
    <message>
      <source>Saving to the database file. This last step cannot be cancelled.</source>
      <translation>Сохранение в файл базы данных. Этот последний шаг нельзя отменить.</translation>
    </message>
    <message>
      <source>Writing the recommendations, their links and their change records</source>
      <translation>Запись рекомендаций, их связей и записей об изменениях</translation>
    </message>
  </context>
  <context>
    <name>IndicatorChart</name>
    <message>
      <source> — off track</source>
      <translation> — отстаёт</translation>
    </message>
    <message>
      <source>Select an indicator to see its values against the target.</source>
      <translation>Выберите показатель, чтобы увидеть его значения относительно цели.</translation>
    </message>
    <message>
      <source>target {0:,.4g} {1}</source>
      <translation>цель {0:,.4g} {1}</translation>
    </message>
    <message>
      <source>{0:.0%} of the way to the target{1}</source>
      <translation>{0:.0%} пути к цели{1}</translation>
    </message>
  </context>
  <context>
    <name>IndicatorDialog</name>
    <message>
      <source>%, people, cases…</source>
      <translation>%, человек, случаев…</translation>
    </message>
    <message>
      <source>(the recommendation itself)</source>
      <translation>(сама рекомендация)</translation>
    </message>
    <message>
      <source>Baseline date:</source>
      <translation>Дата исходного значения:</translation>
    </message>
    <message>
      <source>Baseline value</source>
      <translation>Исходное значение</translation>
    </message>
    <message>
      <source>Baseline value:</source>
      <translation>Исходное значение:</translation>
    </message>
    <message>
      <source>Data source:</source>
      <translation>Источник данных:</translation>
    </message>
    <message>
      <source>Direction:</source>
      <translation>Направление:</translation>
    </message>
    <message>
      <source>Disaggregated by:</source>
      <translation>С разбивкой по:</translation>
    </message>
    <message>
      <source>Edit indicator</source>
      <translation>Изменить показатель</translation>
    </message>
    <message>
      <source>Measures:</source>
      <translation>Измеряет:</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Название:</translation>
    </message>
    <message>
      <source>Name: an indicator needs a name.</source>
      <translation>Название: у показателя должно быть название.</translation>
    </message>
    <message>
      <source>New indicator</source>
      <translation>Новый показатель</translation>
    </message>
    <message>
      <source>Responsible institution:</source>
      <translation>Ответственное учреждение:</translation>
    </message>
    <message>
      <source>Target date:</source>
      <translation>Целевая дата:</translation>
    </message>
    <message>
      <source>Target date: it should come after the baseline.</source>
      <translation>Целевая дата: она должна быть позже исходной.</translation>
    </message>
    <message>
      <source>Target value</source>
      <translation>Целевое значение</translation>
    </message>
    <message>
      <source>Target value:</source>
      <translation>Целевое значение:</translation>
    </message>
    <message>
      <source>Type:</source>
      <translation>Тип:</translation>
    </message>
    <message>
      <source>Unit:</source>
      <translation>Единица:</translation>
    </message>
    <message>
      <source>e.g. Civil registry annual statistics</source>
      <translation>например, Ежегодная статистика органов ЗАГС</translation>
    </message>
    <message>
      <source>e.g. Share of births registered within 30 days</source>
      <translation>например, Доля рождений, зарегистрированных в течение 30 дней</translation>
    </message>
    <message>
      <source>e.g. sex, age group, region</source>
      <translation>например, пол, возрастная группа, регион</translation>
    </message>
  </context>
  <context>
    <name>InstitutionDialog</name>
    <message>
      <source>Address, switchboard, general e-mail</source>
      <translation>Адрес, коммутатор, общая электронная почта</translation>
    </message>
    <message>
      <source>Code:</source>
      <translation>Код:</translation>
    </message>
    <message>
      <source>Contact:</source>
      <translation>Контакт:</translation>
    </message>
    <message>
      <source>Institution {0}</source>
      <translation>Учреждение {0}</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Вид:</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Название:</translation>
    </message>
    <message>
      <source>New institution</source>
      <translation>Новое учреждение</translation>
    </message>
    <message>
      <source>The code names the institution in files exchanged with the ministries: it cannot change.</source>
      <translation>Код обозначает учреждение в файлах обмена с министерствами: его нельзя изменить.</translation>
    </message>
    <message>
      <source>e.g. MOJ — letters, digits, - or _</source>
      <translation>например, MOJ — латинские буквы, цифры, - или _</translation>
    </message>
  </context>
  <context>
    <name>InstitutionTableModel</name>
    <message>
      <source>Alternate</source>
      <translation>Заместитель</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Код</translation>
    </message>
    <message>
      <source>Focal point</source>
      <translation>Координатор</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Учреждение</translation>
    </message>
    <message>
      <source>Leads</source>
      <translation>Ведёт</translation>
    </message>
    <message>
      <source>Supports</source>
      <translation>Поддерживает</translation>
    </message>
    <message>
      <source>Validating authority</source>
      <translation>Утверждающий орган</translation>
    </message>
  </context>
  <context>
    <name>InstitutionsPage</name>
    <message>
      <source>Add person…</source>
      <translation>Добавить лицо…</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Электронная почта</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Изменить…</translation>
    </message>
    <message>
      <source>Institutions and focal points ({0})</source>
      <translation>Учреждения и координаторы ({0})</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>New institution…</source>
      <translation>Новое учреждение…</translation>
    </message>
    <message>
      <source>Nobody recorded yet. Add the main focal point, an alternate and the validating authority: their names appear in reports and reminder letters.</source>
      <translation>Пока никто не указан. Добавьте основного координатора, заместителя и утверждающий орган: их имена появляются в докладах и письмах-напоминаниях.</translation>
    </message>
    <message>
      <source>People of {0}</source>
      <translation>Сотрудники {0}</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Должность</translation>
    </message>
  </context>
  <context>
    <name>KeyCommandsMixin</name>
    <message>
      <source>&amp;Back up the key…</source>
      <translation>&amp;Резервная копия ключа…</translation>
    </message>
    <message>
      <source>&amp;Restore it from a backup…</source>
      <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
      <source>Backing up the key</source>
      <translation>Создание резервной копии ключа</translation>
    </message>
    <message>
      <source>Cannot back up the key</source>
      <translation>Не удаётся создать резервную копию ключа</translation>
    </message>
    <message>
      <source>Cannot unlock this computer's key</source>
      <translation>Не удаётся разблокировать ключ этого компьютера</translation>
    </message>
    <message>
      <source>Key backed up</source>
      <translation>Резервная копия ключа создана</translation>
    </message>
    <message>
      <source>Key restored</source>
      <translation>Ключ восстановлен</translation>
    </message>
    <message>
      <source>Make a new key for the secretariat, in place of one that was lost or copied?

Every ministry must then accept the new key: when a focal point opens your next file, they are shown its fingerprint and compare it with you by phone. Files the ministries encrypted to the old key can no longer be read; they prepare them again (nothing is lost: a file always carries every change not yet acknowledged).</source>
      <translation>Создать новый ключ секретариата вместо утерянного или скопированного?

Каждое министерство должно будет принять новый ключ: когда координатор откроет ваш следующий файл, ему покажут отпечаток ключа, и он сверит его с вами по телефону. Файлы, которые министерства зашифровали для старого ключа, больше не читаются; они подготовят их заново (ничего не теряется: файл всегда содержит все ещё не подтверждённые изменения).</translation>
    </message>
    <message>
      <source>New key</source>
      <translation>Новый ключ</translation>
    </message>
    <message>
      <source>Passphrase of the backup</source>
      <translation>Парольная фраза резервной копии</translation>
    </message>
    <message>
      <source>Re&amp;place a lost key…</source>
      <translation>За&amp;менить утерянный ключ…</translation>
    </message>
    <message>
      <source>Replace the secretariat's key</source>
      <translation>Заменить ключ секретариата</translation>
    </message>
    <message>
      <source>Replacing the key</source>
      <translation>Замена ключа</translation>
    </message>
    <message>
      <source>Restoring the key</source>
      <translation>Восстановление ключа</translation>
    </message>
    <message>
      <source>The backup holds this computer's exchange key, protected by the passphrase you choose now. Keep the file and the passphrase apart from this computer (a safe, another building): with both, anyone can sign and read files as this computer.</source>
      <translation>Резервная копия содержит ключ обмена этого компьютера, защищённый парольной фразой, которую вы выберете сейчас. Храните файл и фразу вдали от этого компьютера (сейф, другое здание): имея и то и другое, любой может подписывать и читать файлы от имени этого компьютера.</translation>
    </message>
    <message>
      <source>The passphrase chosen when {0} was made.</source>
      <translation>Парольная фраза, выбранная при создании {0}.</translation>
    </message>
    <message>
      <source>The secretariat's new key has the fingerprint

{0}

Read it to each focal point by phone when they open your next file. Back the new key up now (File &gt; This computer's key &gt; Back up the key…).</source>
      <translation>Отпечаток нового ключа секретариата

{0}

Прочитайте его каждому координатору по телефону, когда он откроет ваш следующий файл. Сделайте резервную копию нового ключа сейчас (Файл &gt; Ключ этого компьютера &gt; Резервная копия ключа…).</translation>
    </message>
    <message>
      <source>This computer's &amp;key</source>
      <translation>Ключ этого &amp;компьютера</translation>
    </message>
    <message>
      <source>This computer's key is back: fingerprint {0}.</source>
      <translation>Ключ этого компьютера восстановлен: отпечаток {0}.</translation>
    </message>
    <message>
      <source>Unlocking this computer's key</source>
      <translation>Разблокировка ключа этого компьютера</translation>
    </message>
    <message>
      <source>{0} holds the key of this computer (fingerprint {1}).</source>
      <translation>{0} содержит ключ этого компьютера (отпечаток {1}).</translation>
    </message>
  </context>
  <context>
    <name>KeyPassphraseDialog</name>
    <message>
      <source>Choose a key passphrase</source>
      <translation>Выберите парольную фразу ключа</translation>
    </message>
    <message>
      <source>The exchange key of this computer is protected by your key passphrase. It stays unlocked until you close the application.</source>
      <translation>Ключ обмена этого компьютера защищён вашей парольной фразой. Он остаётся разблокированным до закрытия приложения.</translation>
    </message>
    <message>
      <source>This computer has no system keyring, so its exchange key is kept in a file protected by a passphrase. Choose one you will remember: nobody can recover it. Back the key up afterwards (File &gt; This computer's key).</source>
      <translation>На этом компьютере нет системного хранилища ключей, поэтому ключ обмена хранится в файле, защищённом парольной фразой. Выберите фразу, которую запомните: восстановить её невозможно. Затем сделайте резервную копию ключа (Файл &gt; Ключ этого компьютера).</translation>
    </message>
    <message>
      <source>Unlock this computer's key</source>
      <translation>Разблокировать ключ этого компьютера</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>  •  DEMO DATA (fictional)</source>
      <translation>  •  ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ (вымышленные)</translation>
    </message>
    <message>
      <source>&amp;About NMRF Tracker</source>
      <translation>&amp;О программе NMRF Tracker</translation>
    </message>
    <message>
      <source>&amp;Back up now…</source>
      <translation>&amp;Создать резервную копию…</translation>
    </message>
    <message>
      <source>&amp;Close database</source>
      <translation>&amp;Закрыть базу данных</translation>
    </message>
    <message>
      <source>&amp;Clusters…</source>
      <translation>&amp;Группы…</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Правка</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <source>&amp;Import a completed matrix…</source>
      <translation>&amp;Импорт заполненной матрицы…</translation>
    </message>
    <message>
      <source>&amp;Import recommendations…</source>
      <translation>&amp;Импорт рекомендаций…</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
      <source>&amp;New database…</source>
      <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Открыть…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>В&amp;ыход</translation>
    </message>
    <message>
      <source>&amp;Register</source>
      <translation>&amp;Реестр</translation>
    </message>
    <message>
      <source>&amp;Reminder letters (PDF)…</source>
      <translation>Письма-&amp;напоминания (PDF)…</translation>
    </message>
    <message>
      <source>&amp;Save current view…</source>
      <translation>&amp;Сохранить текущий вид…</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message>
      <source>&amp;User guide</source>
      <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
      <source>&amp;Validation-meeting pack (PDF)…</source>
      <translation>Пакет для &amp;совещания по утверждению (PDF)…</translation>
    </message>
    <message>
      <source>&amp;Who is working…</source>
      <translation>&amp;Кто работает…</translation>
    </message>
    <message>
      <source>Activity</source>
      <translation>Журнал действий</translation>
    </message>
    <message>
      <source>Bac&amp;kups…</source>
      <translation>Р&amp;езервные копии…</translation>
    </message>
    <message>
      <source>Building the demo database</source>
      <translation>Создание демонстрационной базы данных</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>Календарь</translation>
    </message>
    <message>
      <source>Cannot build the demo</source>
      <translation>Не удаётся создать демонстрацию</translation>
    </message>
    <message>
      <source>Cannot create the database</source>
      <translation>Не удаётся создать базу данных</translation>
    </message>
    <message>
      <source>Cannot open {0}</source>
      <translation>Не удаётся открыть {0}</translation>
    </message>
    <message>
      <source>Clear &amp;filters</source>
      <translation>Сбросить &amp;фильтры</translation>
    </message>
    <message>
      <source>Creating {0}</source>
      <translation>Создание {0}</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Сводка</translation>
    </message>
    <message>
      <source>Exchange</source>
      <translation>Обмен</translation>
    </message>
    <message>
      <source>Implementation &amp;matrix (Excel)…</source>
      <translation>&amp;Матрица выполнения (Excel)…</translation>
    </message>
    <message>
      <source>Import &amp;history…</source>
      <translation>&amp;История импорта…</translation>
    </message>
    <message>
      <source>Institution copy</source>
      <translation>Копия учреждения</translation>
    </message>
    <message>
      <source>Institutions</source>
      <translation>Учреждения</translation>
    </message>
    <message>
      <source>Mid-&amp;term report (PDF)…</source>
      <translation>Сре&amp;днесрочный доклад (PDF)…</translation>
    </message>
    <message>
      <source>No database open</source>
      <translation>База данных не открыта</translation>
    </message>
    <message>
      <source>Open &amp;log folder</source>
      <translation>Открыть папку &amp;журналов</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
      <source>Open the &amp;demo</source>
      <translation>Открыть &amp;демонстрацию</translation>
    </message>
    <message>
      <source>Opening {0}</source>
      <translation>Открытие {0}</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>План</translation>
    </message>
    <message>
      <source>Re&amp;ports</source>
      <translation>&amp;Отчёты</translation>
    </message>
    <message>
      <source>Recommendations</source>
      <translation>Рекомендации</translation>
    </message>
    <message>
      <source>Reference data</source>
      <translation>Справочные данные</translation>
    </message>
    <message>
      <source>Secretariat database</source>
      <translation>База данных секретариата</translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <source>(none)</source>
      <translation>(нет)</translation>
    </message>
    <message>
      <source>First rows of {0}:</source>
      <translation>Первые строки {0}:</translation>
    </message>
    <message>
      <source>Load a mapping…</source>
      <translation>Загрузить сопоставление…</translation>
    </message>
    <message>
      <source>Mapping</source>
      <translation>Сопоставление</translation>
    </message>
    <message>
      <source>Save this mapping…</source>
      <translation>Сохранить это сопоставление…</translation>
    </message>
    <message>
      <source>This table's columns were not recognised. Choose the column for each field; only the recommendation text is required. Save the mapping to reuse it next time.</source>
      <translation>Столбцы этой таблицы не распознаны. Выберите столбец для каждого поля; обязателен только текст рекомендации. Сохраните сопоставление, чтобы использовать его в следующий раз.</translation>
    </message>
    <message>
      <source>Which column holds what</source>
      <translation>Какой столбец что содержит</translation>
    </message>
    <message>
      <source>{0}: these columns are not in this table: {1}</source>
      <translation>{0}: этих столбцов нет в таблице: {1}</translation>
    </message>
  </context>
  <context>
    <name>NewDatabaseWizard</name>
    <message>
      <source>New secretariat database</source>
      <translation>Новая база данных секретариата</translation>
    </message>
  </context>
  <context>
    <name>PageRefreshMixin</name>
    <message>
      <source>Cannot load the register</source>
      <translation>Не удаётся загрузить реестр</translation>
    </message>
    <message>
      <source>Counting for the dashboard</source>
      <translation>Подсчёт для сводки</translation>
    </message>
    <message>
      <source>Loading the register</source>
      <translation>Загрузка реестра</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <source>At least {0} characters: it is all that protects the key if this folder is copied.</source>
      <translation>Не менее {0} символов: только это защищает ключ, если папку скопируют.</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>Парольная фраза:</translation>
    </message>
    <message>
      <source>The same again:</source>
      <translation>Ещё раз:</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>Фразы не совпадают.</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <source>E-mail:</source>
      <translation>Электронная почта:</translation>
    </message>
    <message>
      <source>Full name:</source>
      <translation>Полное имя:</translation>
    </message>
    <message>
      <source>New person at {0}</source>
      <translation>Новый сотрудник {0}</translation>
    </message>
    <message>
      <source>Phone:</source>
      <translation>Телефон:</translation>
    </message>
    <message>
      <source>Role:</source>
      <translation>Роль:</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Должность:</translation>
    </message>
    <message>
      <source>e.g. Director of International Cooperation</source>
      <translation>например, Директор департамента международного сотрудничества</translation>
    </message>
    <message>
      <source>{0} at {1}</source>
      <translation>{0}, {1}</translation>
    </message>
  </context>
  <context>
    <name>PlanCommands</name>
    <message numerus="yes">
      <source>%n evidence file(s) attached.</source>
      <translation>
        <numerusform>Прикреплён %n файл документов.</numerusform>
        <numerusform>Прикреплено %n файла документов.</numerusform>
        <numerusform>Прикреплено %n файлов документов.</numerusform>
      </translation>
    </message>
    <message>
      <source>(the secretariat itself)</source>
      <translation>(сам секретариат)</translation>
    </message>
    <message>
      <source>Accept the progress report</source>
      <translation>Принять доклад о ходе работы</translation>
    </message>
    <message>
      <source>Action “{0}” added to the plan.</source>
      <translation>Мероприятие «{0}» добавлено в план.</translation>
    </message>
    <message>
      <source>Action “{0}” saved.</source>
      <translation>Мероприятие «{0}» сохранено.</translation>
    </message>
    <message>
      <source>Actions are planned by the secretariat or by a focal point for their own institution.</source>
      <translation>Мероприятия планирует секретариат или координатор для своего учреждения.</translation>
    </message>
    <message>
      <source>Add action “{0}”</source>
      <translation>Добавить мероприятие «{0}»</translation>
    </message>
    <message>
      <source>Add deadline “{0}”</source>
      <translation>Добавить срок «{0}»</translation>
    </message>
    <message>
      <source>Add indicator “{0}”</source>
      <translation>Добавить показатель «{0}»</translation>
    </message>
    <message numerus="yes">
      <source>Attach %n file(s)</source>
      <translation>
        <numerusform>Прикрепить %n файл</numerusform>
        <numerusform>Прикрепить %n файла</numerusform>
        <numerusform>Прикрепить %n файлов</numerusform>
      </translation>
    </message>
    <message>
      <source>Deadline completed</source>
      <translation>Срок выполнен</translation>
    </message>
    <message>
      <source>Deadline marked completed today.</source>
      <translation>Срок отмечен как выполненный сегодня.</translation>
    </message>
    <message>
      <source>Deadline “{0}” added.</source>
      <translation>Срок «{0}» добавлен.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Delete “{0}”</source>
      <translation>Удалить «{0}»</translation>
    </message>
    <message>
      <source>Delete “{0}” from the plan? Edit &gt; Undo brings it back.</source>
      <translation>Удалить «{0}» из плана? Правка &gt; Отменить возвращает.</translation>
    </message>
    <message>
      <source>Edit action “{0}”</source>
      <translation>Изменить мероприятие «{0}»</translation>
    </message>
    <message>
      <source>Edit indicator “{0}”</source>
      <translation>Изменить показатель «{0}»</translation>
    </message>
    <message>
      <source>Edit progress report on {0}</source>
      <translation>Изменить доклад о ходе работы по {0}</translation>
    </message>
    <message>
      <source>Evidence of the action</source>
      <translation>Документы по мероприятию</translation>
    </message>
    <message>
      <source>Indicator “{0}” added.</source>
      <translation>Показатель «{0}» добавлен.</translation>
    </message>
    <message>
      <source>Indicator “{0}” saved.</source>
      <translation>Показатель «{0}» сохранён.</translation>
    </message>
    <message>
      <source>Indicators are defined by the secretariat or by a focal point for their own institution.</source>
      <translation>Показатели определяет секретариат или координатор для своего учреждения.</translation>
    </message>
    <message>
      <source>It goes to the secretariat, who accepts it or returns it with a comment. Validate it now?</source>
      <translation>Доклад уходит в секретариат, который принимает его или возвращает с комментарием. Утвердить сейчас?</translation>
    </message>
    <message>
      <source>It goes to your ministry's validating authority, and can no longer be changed here unless it is returned to you. Submit it now?</source>
      <translation>Доклад уходит утверждающему органу вашего министерства и больше не может быть изменён здесь, если его не вернут вам. Представить сейчас?</translation>
    </message>
    <message>
      <source>Its status becomes the recommendation's current status for this institution, in the register, the matrix and the reports. Accept it now?</source>
      <translation>Его статус становится текущим статусом рекомендации для этого учреждения в реестре, матрице и докладах. Принять сейчас?</translation>
    </message>
    <message>
      <source>Only a focal point of the lead or a supporting institution (or the secretariat) reports progress on this recommendation.</source>
      <translation>О ходе выполнения этой рекомендации докладывает только координатор ведущего или вспомогательного учреждения (или секретариат).</translation>
    </message>
    <message>
      <source>Open evidence</source>
      <translation>Открыть документ</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>План</translation>
    </message>
    <message>
      <source>Progress report</source>
      <translation>Доклад о ходе работы</translation>
    </message>
    <message>
      <source>Progress report accepted.</source>
      <translation>Доклад о ходе работы принят.</translation>
    </message>
    <message>
      <source>Progress report on {0}</source>
      <translation>Доклад о ходе работы по {0}</translation>
    </message>
    <message>
      <source>Progress report returned.</source>
      <translation>Доклад о ходе работы возвращён.</translation>
    </message>
    <message>
      <source>Progress report saved as a draft.</source>
      <translation>Доклад о ходе работы сохранён как черновик.</translation>
    </message>
    <message>
      <source>Progress report saved.</source>
      <translation>Доклад о ходе работы сохранён.</translation>
    </message>
    <message>
      <source>Progress report submitted.</source>
      <translation>Доклад о ходе работы представлен.</translation>
    </message>
    <message>
      <source>Progress report validated.</source>
      <translation>Доклад о ходе работы утверждён.</translation>
    </message>
    <message>
      <source>Return the progress report</source>
      <translation>Вернуть доклад о ходе работы</translation>
    </message>
    <message>
      <source>Submit the progress report</source>
      <translation>Представить доклад о ходе работы</translation>
    </message>
    <message>
      <source>The file's name looks like a program. Its content was checked when it was attached and it opens as the document type it really is — open it?</source>
      <translation>Имя файла похоже на имя программы. Его содержимое проверено при прикреплении, и он открывается как документ того типа, которым действительно является, — открыть?</translation>
    </message>
    <message>
      <source>Validate the progress report</source>
      <translation>Утвердить доклад о ходе работы</translation>
    </message>
    <message>
      <source>Value of “{0}”</source>
      <translation>Значение «{0}»</translation>
    </message>
    <message>
      <source>Value recorded for “{0}”.</source>
      <translation>Значение для «{0}» записано.</translation>
    </message>
    <message>
      <source>Why is it returned? The focal point sees this comment:</source>
      <translation>Почему доклад возвращается? Координатор увидит этот комментарий:</translation>
    </message>
    <message>
      <source>“{0}” deleted from the plan.</source>
      <translation>«{0}» удалено из плана.</translation>
    </message>
  </context>
  <context>
    <name>PlanPage</name>
    <message>
      <source>Actions led or supported by</source>
      <translation>Мероприятия, которые ведёт или поддерживает</translation>
    </message>
    <message>
      <source>Every institution</source>
      <translation>Все учреждения</translation>
    </message>
    <message>
      <source>Every status</source>
      <translation>Все статусы</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>Учреждение:</translation>
    </message>
    <message>
      <source>Nothing planned yet. Actions and indicators are added from a recommendation (its Plan tab) or here.</source>
      <translation>Пока ничего не запланировано. Мероприятия и показатели добавляются из рекомендации (её вкладка «План») или здесь.</translation>
    </message>
    <message>
      <source>Plan — actions: {0} ({1} overdue) · indicators: {2} ({3} off track)</source>
      <translation>План — мероприятий: {0} (просрочено {1}) · показателей: {2} (отстают {3})</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>Статус:</translation>
    </message>
  </context>
  <context>
    <name>PlanView</name>
    <message>
      <source>Action</source>
      <translation>Мероприятие</translation>
    </message>
    <message>
      <source>Add action…</source>
      <translation>Добавить мероприятие…</translation>
    </message>
    <message>
      <source>Add indicator…</source>
      <translation>Добавить показатель…</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Бюджет</translation>
    </message>
    <message>
      <source>Changes to the selected action or indicator</source>
      <translation>Изменения выбранного мероприятия или показателя</translation>
    </message>
    <message>
      <source>Delete the selected action or indicator (an action that will not happen is better cancelled: it stays in the history of the plan)</source>
      <translation>Удалить выбранное мероприятие или показатель (мероприятие, которое не состоится, лучше отменить: оно останется в истории плана)</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Удалить…</translation>
    </message>
    <message>
      <source>Edit action…</source>
      <translation>Изменить мероприятие…</translation>
    </message>
    <message>
      <source>Edit indicator…</source>
      <translation>Изменить показатель…</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Окончание</translation>
    </message>
    <message>
      <source>Evidence…</source>
      <translation>Документы…</translation>
    </message>
    <message>
      <source>Files showing what the selected action achieved</source>
      <translation>Файлы, показывающие, чего достигло выбранное мероприятие</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>История…</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Показатель</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Учреждение</translation>
    </message>
    <message>
      <source>Latest</source>
      <translation>Последнее</translation>
    </message>
    <message>
      <source>Lead</source>
      <translation>Ведущее</translation>
    </message>
    <message>
      <source>Off track: behind the time elapsed</source>
      <translation>Отстаёт: позади прошедшего времени</translation>
    </message>
    <message>
      <source>Past its end date and not completed</source>
      <translation>Дата окончания прошла, не выполнено</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Прогресс</translation>
    </message>
    <message>
      <source>Recommendations</source>
      <translation>Рекомендации</translation>
    </message>
    <message>
      <source>Record value…</source>
      <translation>Записать значение…</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Supporting</source>
      <translation>Вспомогательные</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Цель</translation>
    </message>
  </context>
  <context>
    <name>ProfileDialog</name>
    <message>
      <source>Institution:</source>
      <translation>Учреждение:</translation>
    </message>
    <message>
      <source>Institution: a focal point or validating authority belongs to an institution; add it first.</source>
      <translation>Учреждение: координатор или утверждающий орган относится к учреждению; сначала добавьте его.</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Имя:</translation>
    </message>
    <message>
      <source>Name: please say who you are.</source>
      <translation>Имя: укажите, кто вы.</translation>
    </message>
    <message>
      <source>Role:</source>
      <translation>Роль:</translation>
    </message>
    <message>
      <source>Say who you are in this database. It decides what the window offers you, and your name goes into the history of every change you make.</source>
      <translation>Укажите, кто вы в этой базе данных. От этого зависит, что предлагает окно, а ваше имя попадает в историю каждого вашего изменения.</translation>
    </message>
    <message>
      <source>Who is working?</source>
      <translation>Кто работает?</translation>
    </message>
    <message>
      <source>Your full name</source>
      <translation>Ваше полное имя</translation>
    </message>
  </context>
  <context>
    <name>ProfileMixin</name>
    <message>
      <source>(no name given)</source>
      <translation>(имя не указано)</translation>
    </message>
    <message>
      <source>Working as {0} — {1}</source>
      <translation>Вы работаете как {0} — {1}</translation>
    </message>
    <message>
      <source>Working as {0} — {1}, {2}</source>
      <translation>Вы работаете как {0} — {1}, {2}</translation>
    </message>
  </context>
  <context>
    <name>ProtectCommandsMixin</name>
    <message>
      <source>&amp;Protect with a password…</source>
      <translation>&amp;Защитить паролем…</translation>
    </message>
    <message>
      <source>Every page of the database — recommendations, people, progress reports, evidence files — is then encrypted, and so are its backups; it opens only with this password. Nobody can recover a forgotten password: keep it where the secretariat keeps its other secrets. A backup is taken first.</source>
      <translation>Тогда каждая страница базы — рекомендации, люди, отчёты о ходе работы, файлы доказательств — будет зашифрована, как и её резервные копии; она открывается только этим паролем. Забытый пароль никто не восстановит: храните его там, где секретариат хранит другие секреты. Сначала создаётся резервная копия.</translation>
    </message>
    <message>
      <source>Open {0}</source>
      <translation>Открыть {0}</translation>
    </message>
    <message>
      <source>Protect {0} with a password</source>
      <translation>Защитить {0} паролем</translation>
    </message>
    <message>
      <source>Protecting {0}</source>
      <translation>Защита {0}</translation>
    </message>
    <message>
      <source>Remove the &amp;password…</source>
      <translation>Снять &amp;пароль…</translation>
    </message>
    <message>
      <source>Remove the password</source>
      <translation>Снять пароль</translation>
    </message>
    <message>
      <source>Remove the password of {0}? Anyone who gets the file can then read it with any SQLite tool. A protected backup is taken first.</source>
      <translation>Снять пароль с {0}? Тогда любой, кто получит файл, сможет прочитать его любым инструментом SQLite. Сначала создаётся защищённая резервная копия.</translation>
    </message>
    <message>
      <source>Removing the password of {0}</source>
      <translation>Снятие пароля с {0}</translation>
    </message>
    <message>
      <source>{0} has no password any more. The backup taken first keeps it.</source>
      <translation>У {0} больше нет пароля. Резервная копия, созданная перед этим, сохраняет его.</translation>
    </message>
    <message>
      <source>{0} is protected by a password. Type it to open the database; it is kept only until the application closes.</source>
      <translation>{0} защищена паролем. Введите его, чтобы открыть базу; он хранится только до закрытия приложения.</translation>
    </message>
    <message>
      <source>{0} is protected by its password now. The backup taken first, and the older ones, are protected with it.</source>
      <translation>{0} теперь защищена паролем. Резервная копия, созданная перед этим, и более старые защищены вместе с ней.</translation>
    </message>
  </context>
  <context>
    <name>RecommendationTableModel</name>
    <message>
      <source>Lead</source>
      <translation>Ведущее</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>Механизм</translation>
    </message>
    <message>
      <source>Next deadline</source>
      <translation>Ближайший срок</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>Не оценена</translation>
    </message>
    <message>
      <source>Overdue since {0}</source>
      <translation>Просрочено с {0}</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Позиция</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>Рекомендация</translation>
    </message>
    <message>
      <source>Ref.</source>
      <translation>№</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Обзор</translation>
    </message>
    <message>
      <source>SDGs</source>
      <translation>ЦУР</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Supporting</source>
      <translation>Вспомогательные</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>Темы</translation>
    </message>
  </context>
  <context>
    <name>RecommendationsPage</name>
    <message>
      <source> with the filters ticked</source>
      <translation> с отмеченными фильтрами</translation>
    </message>
    <message numerus="yes">
      <source>%n selected (only the secretariat edits the register)</source>
      <translation>
        <numerusform>Выбрана %n (реестр правит только секретариат)</numerusform>
        <numerusform>Выбрано %n (реестр правит только секретариат)</numerusform>
        <numerusform>Выбрано %n (реестр правит только секретариат)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n selected:</source>
      <translation>
        <numerusform>Выбрана %n:</numerusform>
        <numerusform>Выбрано %n:</numerusform>
        <numerusform>Выбрано %n:</numerusform>
      </translation>
    </message>
    <message>
      <source>Add SDG target…</source>
      <translation>Добавить задачу ЦУР…</translation>
    </message>
    <message>
      <source>Add supporting…</source>
      <translation>Добавить вспомогательное…</translation>
    </message>
    <message>
      <source>Add theme…</source>
      <translation>Добавить тему…</translation>
    </message>
    <message>
      <source>Add to cluster…</source>
      <translation>Добавить в группу…</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Копировать</translation>
    </message>
    <message>
      <source>Copy the selected rows (tab-separated, for Excel or Word)</source>
      <translation>Копировать выбранные строки (через табуляцию, для Excel или Word)</translation>
    </message>
    <message>
      <source>Keep the current search, filters and sort under a name</source>
      <translation>Сохранить текущий поиск, фильтры и сортировку под именем</translation>
    </message>
    <message>
      <source>Loading the register…</source>
      <translation>Загрузка реестра…</translation>
    </message>
    <message>
      <source>No action or indicator yet for this recommendation. The lead institution plans them with Add action… and Add indicator…</source>
      <translation>Для этой рекомендации пока нет мероприятий и показателей. Ведущее учреждение планирует их кнопками «Добавить мероприятие…» и «Добавить показатель…»</translation>
    </message>
    <message>
      <source>No recommendation has all the values ticked.

Untick some filters, or Clear them.</source>
      <translation>Ни одна рекомендация не имеет всех отмеченных значений.

Снимите некоторые фильтры или сбросьте их.</translation>
    </message>
    <message>
      <source>No recommendation matches “{0}”{1}.

Every word must appear (as the start of a word); try fewer or shorter words.</source>
      <translation>Ни одна рекомендация не соответствует «{0}»{1}.

Должно встречаться каждое слово (как начало слова); попробуйте меньше или более короткие слова.</translation>
    </message>
    <message>
      <source>No recommendations in this database yet.

Import them with File &gt; Import recommendations… (Ctrl+I): OHCHR matrices of recommendations (.docx) and UPR Info exports (.csv).</source>
      <translation>В этой базе данных пока нет рекомендаций.

Импортируйте их через Файл &gt; Импорт рекомендаций… (Ctrl+I): матрицы рекомендаций УВКПЧ (.docx) и выгрузки UPR Info (.csv).</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>Не оценена</translation>
    </message>
    <message>
      <source>Plan an action for these…</source>
      <translation>Запланировать мероприятие для них…</translation>
    </message>
    <message>
      <source>Priority…</source>
      <translation>Приоритет…</translation>
    </message>
    <message>
      <source>Recommendations</source>
      <translation>Рекомендации</translation>
    </message>
    <message>
      <source>Recommendations ({0} of {1})</source>
      <translation>Рекомендации ({0} из {1})</translation>
    </message>
    <message>
      <source>Recommendations ({0})</source>
      <translation>Рекомендации ({0})</translation>
    </message>
    <message>
      <source>Reopen a saved view: its search, filters and sort</source>
      <translation>Открыть сохранённый вид: его поиск, фильтры и сортировку</translation>
    </message>
    <message>
      <source>Reset columns</source>
      <translation>Сбросить столбцы</translation>
    </message>
    <message>
      <source>Save view…</source>
      <translation>Сохранить вид…</translation>
    </message>
    <message>
      <source>Search reference, text and notes (Ctrl+F) — “cote ratif” finds “Côte … ratify”</source>
      <translation>Поиск по номеру, тексту и примечаниям (Ctrl+F) — «cote ratif» найдёт «Côte … ratify»</translation>
    </message>
    <message>
      <source>Search the register</source>
      <translation>Поиск в реестре</translation>
    </message>
    <message>
      <source>Select a recommendation to read it in full.</source>
      <translation>Выберите рекомендацию, чтобы прочитать её полностью.</translation>
    </message>
    <message>
      <source>Select rows to edit:</source>
      <translation>Выделите строки для правки:</translation>
    </message>
    <message>
      <source>Set lead…</source>
      <translation>Назначить ведущее…</translation>
    </message>
    <message>
      <source>This recommendation was deleted meanwhile.</source>
      <translation>Эта рекомендация тем временем была удалена.</translation>
    </message>
    <message>
      <source>View:</source>
      <translation>Вид:</translation>
    </message>
  </context>
  <context>
    <name>RegisterActions</name>
    <message numerus="yes">
      <source>%n recommendation(s)</source>
      <translation>
        <numerusform>%n рекомендация</numerusform>
        <numerusform>%n рекомендации</numerusform>
        <numerusform>%n рекомендаций</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n recommendation(s) changed</source>
      <translation>
        <numerusform>Изменена %n рекомендация</numerusform>
        <numerusform>Изменено %n рекомендации</numerusform>
        <numerusform>Изменено %n рекомендаций</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n recommendation(s) moved into “{0}”.</source>
      <translation>
        <numerusform>%n рекомендация перенесена в «{0}».</numerusform>
        <numerusform>%n рекомендации перенесены в «{0}».</numerusform>
        <numerusform>%n рекомендаций перенесено в «{0}».</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message>
      <source>&amp;Undo: {0}</source>
      <translation>&amp;Отменить: {0}</translation>
    </message>
    <message numerus="yes">
      <source>Add %n recommendation(s) to a cluster</source>
      <translation>
        <numerusform>Добавить %n рекомендацию в группу</numerusform>
        <numerusform>Добавить %n рекомендации в группу</numerusform>
        <numerusform>Добавить %n рекомендаций в группу</numerusform>
      </translation>
    </message>
    <message>
      <source>Add SDG target</source>
      <translation>Добавить задачу ЦУР</translation>
    </message>
    <message numerus="yes">
      <source>Add SDG target {0} to %n recommendation(s)</source>
      <translation>
        <numerusform>Добавить задачу ЦУР {0} к %n рекомендации</numerusform>
        <numerusform>Добавить задачу ЦУР {0} к %n рекомендациям</numerusform>
        <numerusform>Добавить задачу ЦУР {0} к %n рекомендациям</numerusform>
      </translation>
    </message>
    <message>
      <source>Add supporting institution</source>
      <translation>Добавить вспомогательное учреждение</translation>
    </message>
    <message numerus="yes">
      <source>Add supporting {0} on %n recommendation(s)</source>
      <translation>
        <numerusform>Добавить {0} как вспомогательное в %n рекомендации</numerusform>
        <numerusform>Добавить {0} как вспомогательное в %n рекомендациях</numerusform>
        <numerusform>Добавить {0} как вспомогательное в %n рекомендациях</numerusform>
      </translation>
    </message>
    <message>
      <source>Add theme</source>
      <translation>Добавить тему</translation>
    </message>
    <message numerus="yes">
      <source>Add theme to %n recommendation(s)</source>
      <translation>
        <numerusform>Добавить тему к %n рекомендации</numerusform>
        <numerusform>Добавить тему к %n рекомендациям</numerusform>
        <numerusform>Добавить тему к %n рекомендациям</numerusform>
      </translation>
    </message>
    <message>
      <source>Add to cluster</source>
      <translation>Добавить в группу</translation>
    </message>
    <message>
      <source>Cannot undo</source>
      <translation>Отмена невозможна</translation>
    </message>
    <message numerus="yes">
      <source>Cluster for the %n selected recommendation(s).</source>
      <translation>
        <numerusform>Группа для %n выбранной рекомендации.</numerusform>
        <numerusform>Группа для %n выбранных рекомендаций.</numerusform>
        <numerusform>Группа для %n выбранных рекомендаций.</numerusform>
      </translation>
    </message>
    <message>
      <source>Cluster renamed to “{0}”.</source>
      <translation>Группа переименована в «{0}».</translation>
    </message>
    <message>
      <source>Cluster “{0}” created.</source>
      <translation>Группа «{0}» создана.</translation>
    </message>
    <message>
      <source>Cluster “{0}” deleted.</source>
      <translation>Группа «{0}» удалена.</translation>
    </message>
    <message>
      <source>Create cluster “{0}”</source>
      <translation>Создать группу «{0}»</translation>
    </message>
    <message numerus="yes">
      <source>Create cluster “{0}” with %n recommendation(s)</source>
      <translation>
        <numerusform>Создать группу «{0}» с %n рекомендацией</numerusform>
        <numerusform>Создать группу «{0}» с %n рекомендациями</numerusform>
        <numerusform>Создать группу «{0}» с %n рекомендациями</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete cluster</source>
      <translation>Удалить группу</translation>
    </message>
    <message>
      <source>Delete cluster “{0}”</source>
      <translation>Удалить группу «{0}»</translation>
    </message>
    <message numerus="yes">
      <source>Delete the cluster “{0}”? Its %n recommendation(s) stay in the register; only the grouping goes. Edit &gt; Undo brings it back.</source>
      <translation>
        <numerusform>Удалить группу «{0}»? Её %n рекомендация останется в реестре; исчезнет только группировка. Правка &gt; Отменить возвращает её.</numerusform>
        <numerusform>Удалить группу «{0}»? Её %n рекомендации останутся в реестре; исчезнет только группировка. Правка &gt; Отменить возвращает её.</numerusform>
        <numerusform>Удалить группу «{0}»? Её %n рекомендаций останутся в реестре; исчезнет только группировка. Правка &gt; Отменить возвращает её.</numerusform>
      </translation>
    </message>
    <message>
      <source>Edit recommendation {0}</source>
      <translation>Изменить рекомендацию {0}</translation>
    </message>
    <message>
      <source>Empty cluster</source>
      <translation>Пустая группа</translation>
    </message>
    <message numerus="yes">
      <source>Lead institution for the %n selected recommendation(s). A previous lead steps down; a supporting institution made lead stops supporting.</source>
      <translation>
        <numerusform>Ведущее учреждение для %n выбранной рекомендации. Прежнее ведущее уходит; вспомогательное учреждение, ставшее ведущим, перестаёт быть вспомогательным.</numerusform>
        <numerusform>Ведущее учреждение для %n выбранных рекомендаций. Прежнее ведущее уходит; вспомогательное учреждение, ставшее ведущим, перестаёт быть вспомогательным.</numerusform>
        <numerusform>Ведущее учреждение для %n выбранных рекомендаций. Прежнее ведущее уходит; вспомогательное учреждение, ставшее ведущим, перестаёт быть вспомогательным.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Merge %n cluster(s) into “{0}”</source>
      <translation>
        <numerusform>Объединить %n группу в «{0}»</numerusform>
        <numerusform>Объединить %n группы в «{0}»</numerusform>
        <numerusform>Объединить %n групп в «{0}»</numerusform>
      </translation>
    </message>
    <message>
      <source>Name of the new cluster:</source>
      <translation>Название новой группы:</translation>
    </message>
    <message>
      <source>New cluster</source>
      <translation>Новая группа</translation>
    </message>
    <message>
      <source>New cluster…</source>
      <translation>Новая группа…</translation>
    </message>
    <message>
      <source>New name:</source>
      <translation>Новое название:</translation>
    </message>
    <message>
      <source>No priority</source>
      <translation>Без приоритета</translation>
    </message>
    <message numerus="yes">
      <source>Priority of the %n selected recommendation(s).</source>
      <translation>
        <numerusform>Приоритет %n выбранной рекомендации.</numerusform>
        <numerusform>Приоритет %n выбранных рекомендаций.</numerusform>
        <numerusform>Приоритет %n выбранных рекомендаций.</numerusform>
      </translation>
    </message>
    <message>
      <source>Recommendation {0} saved.</source>
      <translation>Рекомендация {0} сохранена.</translation>
    </message>
    <message>
      <source>Rename cluster</source>
      <translation>Переименовать группу</translation>
    </message>
    <message>
      <source>Rename cluster “{0}”</source>
      <translation>Переименовать группу «{0}»</translation>
    </message>
    <message numerus="yes">
      <source>SDG target to add to the %n selected recommendation(s).</source>
      <translation>
        <numerusform>Задача ЦУР для %n выбранной рекомендации.</numerusform>
        <numerusform>Задача ЦУР для %n выбранных рекомендаций.</numerusform>
        <numerusform>Задача ЦУР для %n выбранных рекомендаций.</numerusform>
      </translation>
    </message>
    <message>
      <source>Set lead institution</source>
      <translation>Назначить ведущее учреждение</translation>
    </message>
    <message numerus="yes">
      <source>Set lead {0} on %n recommendation(s)</source>
      <translation>
        <numerusform>Назначить {0} ведущим в %n рекомендации</numerusform>
        <numerusform>Назначить {0} ведущим в %n рекомендациях</numerusform>
        <numerusform>Назначить {0} ведущим в %n рекомендациях</numerusform>
      </translation>
    </message>
    <message>
      <source>Set priority</source>
      <translation>Задать приоритет</translation>
    </message>
    <message numerus="yes">
      <source>Set priority {0} on %n recommendation(s)</source>
      <translation>
        <numerusform>Задать приоритет {0} для %n рекомендации</numerusform>
        <numerusform>Задать приоритет {0} для %n рекомендаций</numerusform>
        <numerusform>Задать приоритет {0} для %n рекомендаций</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Supporting institution for the %n selected recommendation(s).</source>
      <translation>
        <numerusform>Вспомогательное учреждение для %n выбранной рекомендации.</numerusform>
        <numerusform>Вспомогательное учреждение для %n выбранных рекомендаций.</numerusform>
        <numerusform>Вспомогательное учреждение для %n выбранных рекомендаций.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Theme to add to the %n selected recommendation(s).</source>
      <translation>
        <numerusform>Тема для %n выбранной рекомендации.</numerusform>
        <numerusform>Тема для %n выбранных рекомендаций.</numerusform>
        <numerusform>Тема для %n выбранных рекомендаций.</numerusform>
      </translation>
    </message>
    <message>
      <source>This cluster has no recommendations yet: add some from the register first.</source>
      <translation>В этой группе пока нет рекомендаций: сначала добавьте их из реестра.</translation>
    </message>
    <message>
      <source>Undoing</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Undone: {0}.</source>
      <translation>Отменено: {0}.</translation>
    </message>
    <message numerus="yes">
      <source>{0} (%n recommendation(s))</source>
      <translation>
        <numerusform>{0} (%n рекомендация)</numerusform>
        <numerusform>{0} (%n рекомендации)</numerusform>
        <numerusform>{0} (%n рекомендаций)</numerusform>
      </translation>
    </message>
    <message>
      <source>{0}, {1} already so</source>
      <translation>{0}, из них {1} уже так</translation>
    </message>
  </context>
  <context>
    <name>RegisterLayoutMixin</name>
    <message>
      <source>Give the table and the detail the whole width; the filters still apply</source>
      <translation>Отдать таблице и подробностям всю ширину; фильтры продолжают действовать</translation>
    </message>
    <message>
      <source>Hide filters</source>
      <translation>Скрыть фильтры</translation>
    </message>
    <message>
      <source>Show filters</source>
      <translation>Показать фильтры</translation>
    </message>
  </context>
  <context>
    <name>ReportCommandsMixin</name>
    <message numerus="yes">
      <source>%n assignment change(s):</source>
      <translation>
        <numerusform>%n изменение назначения:</numerusform>
        <numerusform>%n изменения назначения:</numerusform>
        <numerusform>%n изменений назначения:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n progress report(s) to submit for {0}.</source>
      <translation>
        <numerusform>%n доклад о ходе работы к представлению для {0}.</numerusform>
        <numerusform>%n доклада о ходе работы к представлению для {0}.</numerusform>
        <numerusform>%n докладов о ходе работы к представлению для {0}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n reminder letter(s) ({0} overdue, {1} due soon) written to {2}</source>
      <translation>
        <numerusform>%n письмо-напоминание (просрочено {0}, скоро срок {1}) записано в {2}</numerusform>
        <numerusform>%n письма-напоминания (просрочено {0}, скоро срок {1}) записаны в {2}</numerusform>
        <numerusform>%n писем-напоминаний (просрочено {0}, скоро срок {1}) записано в {2}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) applied (progress reports submitted, assignments changed).</source>
      <translation>
        <numerusform>Применена %n строка (представлены доклады о ходе работы, изменены назначения).</numerusform>
        <numerusform>Применено %n строки (представлены доклады о ходе работы, изменены назначения).</numerusform>
        <numerusform>Применено %n строк (представлены доклады о ходе работы, изменены назначения).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) were rejected. Import the other rows on their own?</source>
      <translation>
        <numerusform>%n строка отклонена. Импортировать остальные строки отдельно?</numerusform>
        <numerusform>%n строки отклонены. Импортировать остальные строки отдельно?</numerusform>
        <numerusform>%n строк отклонено. Импортировать остальные строки отдельно?</numerusform>
      </translation>
    </message>
    <message>
      <source>Apply them now?</source>
      <translation>Применить их сейчас?</translation>
    </message>
    <message>
      <source>Cannot read {0}</source>
      <translation>Не удаётся прочитать {0}</translation>
    </message>
    <message>
      <source>Cannot write the matrix</source>
      <translation>Не удаётся записать матрицу</translation>
    </message>
    <message>
      <source>Cannot write the report</source>
      <translation>Не удаётся записать доклад</translation>
    </message>
    <message>
      <source>Conflict, row {0} ({1}): not applied — {2}</source>
      <translation>Конфликт, строка {0} ({1}): не применено — {2}</translation>
    </message>
    <message>
      <source>Import completed matrix {0}</source>
      <translation>Импорт заполненной матрицы {0}</translation>
    </message>
    <message>
      <source>Import the completed matrix</source>
      <translation>Импорт заполненной матрицы</translation>
    </message>
    <message>
      <source>Matrix for completion ({0} recommendations) written to {1}</source>
      <translation>Матрица для заполнения (рекомендаций: {0}) записана в {1}</translation>
    </message>
    <message>
      <source>Matrix of {0} recommendations written to {1}</source>
      <translation>Матрица (рекомендаций: {0}) записана в {1}</translation>
    </message>
    <message>
      <source>Mid-term report written to {2} (recommendations: {0}, pages: {1})</source>
      <translation>Среднесрочный доклад записан в {2} (рекомендаций: {0}, страниц: {1})</translation>
    </message>
    <message>
      <source>Nothing to submit</source>
      <translation>Нечего представлять</translation>
    </message>
    <message>
      <source>Reading {0}</source>
      <translation>Чтение {0}</translation>
    </message>
    <message>
      <source>Rejected, {0}</source>
      <translation>Отклонено, {0}</translation>
    </message>
    <message>
      <source>Report written</source>
      <translation>Доклад записан</translation>
    </message>
    <message>
      <source>Row {0} ({1}): {2}</source>
      <translation>Строка {0} ({1}): {2}</translation>
    </message>
    <message numerus="yes">
      <source>Validation pack of {0} (%n recommendation(s)) written to {1}</source>
      <translation>
        <numerusform>Пакет для утверждения {0} (%n рекомендация) записан в {1}</numerusform>
        <numerusform>Пакет для утверждения {0} (%n рекомендации) записан в {1}</numerusform>
        <numerusform>Пакет для утверждения {0} (%n рекомендаций) записан в {1}</numerusform>
      </translation>
    </message>
    <message>
      <source>Workbook written</source>
      <translation>Книга записана</translation>
    </message>
    <message>
      <source>Writing the implementation matrix</source>
      <translation>Запись матрицы выполнения</translation>
    </message>
    <message>
      <source>Writing the matrix for completion</source>
      <translation>Запись матрицы для заполнения</translation>
    </message>
    <message>
      <source>Writing the mid-term report</source>
      <translation>Запись среднесрочного доклада</translation>
    </message>
    <message>
      <source>Writing the reminder letters</source>
      <translation>Запись писем-напоминаний</translation>
    </message>
    <message>
      <source>Writing the validation-meeting pack</source>
      <translation>Запись пакета для совещания по утверждению</translation>
    </message>
  </context>
  <context>
    <name>ReportOptionsDialog</name>
    <message>
      <source> days</source>
      <translation> дн.</translation>
    </message>
    <message>
      <source>A letter to each institution listing what is overdue and what falls due soon, ready to print and sign.</source>
      <translation>Письмо каждому учреждению со списком просроченного и того, чей срок скоро наступит, готовое к печати и подписи.</translation>
    </message>
    <message>
      <source>Also what falls due within:</source>
      <translation>А также то, чей срок наступает в течение:</translation>
    </message>
    <message>
      <source>Choose an institution…</source>
      <translation>Выберите учреждение…</translation>
    </message>
    <message>
      <source>Choose the institution whose meeting it is.</source>
      <translation>Выберите учреждение, чьё это совещание.</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>Группа</translation>
    </message>
    <message>
      <source>Cover, table of contents, executive summary with key figures and charts, one section per theme or cluster (each recommendation with its institutions, status, accepted progress, actions, indicators and evidence), and the whole matrix in annex.</source>
      <translation>Титульный лист, содержание, резюме с ключевыми цифрами и диаграммами, по разделу на тему или группу (каждая рекомендация с учреждениями, статусом, принятым прогрессом, мероприятиями, показателями и документами) и вся матрица в приложении.</translation>
    </message>
    <message>
      <source>Every institution</source>
      <translation>Все учреждения</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>Учреждение:</translation>
    </message>
    <message>
      <source>Language of the headings:</source>
      <translation>Язык заголовков:</translation>
    </message>
    <message>
      <source>Led or supported by:</source>
      <translation>Ведёт или поддерживает:</translation>
    </message>
    <message>
      <source>Letters to:</source>
      <translation>Письма для:</translation>
    </message>
    <message>
      <source>Mid-term report (PDF)</source>
      <translation>Среднесрочный доклад (PDF)</translation>
    </message>
    <message>
      <source>Mid-term report on the implementation of recommendations</source>
      <translation>Среднесрочный доклад о выполнении рекомендаций</translation>
    </message>
    <message>
      <source>One institution's recommendations with their status and latest accepted progress, a column for the meeting's comments and a signature block.</source>
      <translation>Рекомендации одного учреждения с их статусом и последним принятым прогрессом, столбец для комментариев совещания и блок для подписи.</translation>
    </message>
    <message>
      <source>One section per:</source>
      <translation>По разделу на:</translation>
    </message>
    <message>
      <source>Period covered:</source>
      <translation>Охватываемый период:</translation>
    </message>
    <message>
      <source>Recommendations:</source>
      <translation>Рекомендации:</translation>
    </message>
    <message>
      <source>Reminder letters (PDF)</source>
      <translation>Письма-напоминания (PDF)</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Тема</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Название:</translation>
    </message>
    <message>
      <source>Validation-meeting pack (PDF)</source>
      <translation>Пакет для совещания по утверждению (PDF)</translation>
    </message>
  </context>
  <context>
    <name>ReviewCalendarDialog</name>
    <message>
      <source>Adopted on:</source>
      <translation>Принято:</translation>
    </message>
    <message>
      <source>Calendar of {0}</source>
      <translation>Календарь {0}</translation>
    </message>
    <message>
      <source>Changing the adoption date proposes the usual rhythm (mid-term report after about 2½ years, next review after about 4½); both dates can then be adjusted.</source>
      <translation>Изменение даты принятия предлагает обычный ритм (среднесрочный доклад примерно через 2,5 года, следующий обзор примерно через 4,5 года); затем обе даты можно скорректировать.</translation>
    </message>
    <message>
      <source>Mid-term report due:</source>
      <translation>Срок среднесрочного доклада:</translation>
    </message>
    <message>
      <source>Next review:</source>
      <translation>Следующий обзор:</translation>
    </message>
    <message>
      <source>The adoption date is known</source>
      <translation>Дата принятия известна</translation>
    </message>
  </context>
  <context>
    <name>SavedViewsMixin</name>
    <message>
      <source>A view called “{0}” exists. Replace it?</source>
      <translation>Вид «{0}» уже существует. Заменить его?</translation>
    </message>
    <message>
      <source>All recommendations</source>
      <translation>Все рекомендации</translation>
    </message>
    <message>
      <source>Name of this view (search, filters and sort), e.g. “Health, no lead yet”:</source>
      <translation>Название этого вида (поиск, фильтры и сортировка), например, «Здравоохранение, без ведущего»:</translation>
    </message>
    <message>
      <source>Save view</source>
      <translation>Сохранить вид</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Сочетания клавиш</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Клавиши</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Что</translation>
    </message>
  </context>
  <context>
    <name>ShowWordsDialog</name>
    <message>
      <source>I have read them to the focal point</source>
      <translation>Я прочитал их координатору</translation>
    </message>
    <message>
      <source>Twelve words for {0}</source>
      <translation>Двенадцать слов для {0}</translation>
    </message>
    <message>
      <source>{0} is encrypted: it opens only with these twelve words. Read them to the focal point of {1} by phone — never in the same e-mail or on the same stick as the file. They are not shown again; if they are lost, issue the file again.</source>
      <translation>{0} зашифрован: открывается только этими двенадцатью словами. Прочитайте их координатору {1} по телефону — никогда не в том же письме и не на той же флешке, что и файл. Больше они показаны не будут; если они потеряны, выпустите файл заново.</translation>
    </message>
  </context>
  <context>
    <name>SideBar</name>
    <message>
      <source>Only symbols: more room for the pages</source>
      <translation>Только значки: больше места для страниц</translation>
    </message>
    <message>
      <source>Show the names of the pages</source>
      <translation>Показать названия страниц</translation>
    </message>
  </context>
  <context>
    <name>StackedBars</name>
    <message>
      <source>{0} — {1}: {2} (click to see them)</source>
      <translation>{0} — {1}: {2} (нажмите, чтобы увидеть их)</translation>
    </message>
  </context>
  <context>
    <name>TaskRunner</name>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
  </context>
  <context>
    <name>TrackingPagesMixin</name>
    <message>
      <source>Cannot compare recommendations</source>
      <translation>Не удаётся сравнить рекомендации</translation>
    </message>
    <message>
      <source>Comparing the recommendations (first time only)…</source>
      <translation>Сравнение рекомендаций (только в первый раз)…</translation>
    </message>
    <message>
      <source>Reading the activity</source>
      <translation>Чтение журнала действий</translation>
    </message>
    <message>
      <source>Reading the deadlines</source>
      <translation>Чтение сроков</translation>
    </message>
    <message>
      <source>Reading the plan</source>
      <translation>Чтение плана</translation>
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
      <translation>Выбрать файл…</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>Дата:</translation>
    </message>
    <message>
      <source>Note:</source>
      <translation>Примечание:</translation>
    </message>
    <message>
      <source>Period:</source>
      <translation>Период:</translation>
    </message>
    <message>
      <source>Period: say which period the value is for.</source>
      <translation>Период: укажите, к какому периоду относится значение.</translation>
    </message>
    <message>
      <source>Source document:</source>
      <translation>Исходный документ:</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Значение</translation>
    </message>
    <message>
      <source>Value of “{0}”</source>
      <translation>Значение «{0}»</translation>
    </message>
    <message>
      <source>Value:</source>
      <translation>Значение:</translation>
    </message>
    <message>
      <source>Where the figure comes from, anything unusual</source>
      <translation>Откуда взята цифра, всё необычное</translation>
    </message>
    <message>
      <source>none</source>
      <translation>нет</translation>
    </message>
  </context>
  <context>
    <name>VocabulariesPage</name>
    <message>
      <source>Add spelling…</source>
      <translation>Добавить написание…</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Добавить…</translation>
    </message>
    <message>
      <source>Affected persons</source>
      <translation>Затрагиваемые лица</translation>
    </message>
    <message>
      <source>Another way documents write this State's name, so imports recognise it</source>
      <translation>Ещё один способ, которым документы пишут название этого государства, чтобы импорт его распознавал</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>Календарь</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Код</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Each review's adoption date gives its calendar: the mid-term report about 2½ years later, the next review about 4½ years later (Edit… to adjust). The dates appear in the Calendar as deadlines.</source>
      <translation>Дата принятия каждого обзора задаёт его календарь: среднесрочный доклад примерно через 2,5 года, следующий обзор примерно через 4,5 года («Изменить…» для корректировки). Даты появляются в календаре как сроки.</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Изменить…</translation>
    </message>
    <message>
      <source>Groups of persons recommendations are about.</source>
      <translation>Группы лиц, к которым относятся рекомендации.</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>Mechanisms</source>
      <translation>Механизмы</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Other spellings</source>
      <translation>Другие написания</translation>
    </message>
    <message>
      <source>Recommendations</source>
      <translation>Рекомендации</translation>
    </message>
    <message>
      <source>Reference data</source>
      <translation>Справочные данные</translation>
    </message>
    <message>
      <source>Remove spelling…</source>
      <translation>Удалить написание…</translation>
    </message>
    <message>
      <source>Reviews</source>
      <translation>Обзоры</translation>
    </message>
    <message>
      <source>Reviews and their calendar</source>
      <translation>Обзоры и их календарь</translation>
    </message>
    <message>
      <source>Scheme</source>
      <translation>Классификация</translation>
    </message>
    <message>
      <source>States and their spellings</source>
      <translation>Государства и написания их названий</translation>
    </message>
    <message>
      <source>Still used: rename it instead</source>
      <translation>Ещё используется: лучше переименуйте</translation>
    </message>
    <message>
      <source>The UHRI themes ship with the application; themes of UPR Info exports and your own are added here or by imports.</source>
      <translation>Темы Универсального индекса поставляются с приложением; темы выгрузок UPR Info и ваши собственные добавляются здесь или при импорте.</translation>
    </message>
    <message>
      <source>The UN member and observer States. Add the spellings your documents use (e.g. “Lao PDR”) so that imports recognise them.</source>
      <translation>Государства — члены и наблюдатели ООН. Добавьте написания, которые используют ваши документы (например, «Lao PDR»), чтобы импорт их распознавал.</translation>
    </message>
    <message>
      <source>The UPR, treaty bodies, special procedures and regional mechanisms.</source>
      <translation>УПО, договорные органы, специальные процедуры и региональные механизмы.</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>Темы</translation>
    </message>
    <message>
      <source>Type to narrow the list</source>
      <translation>Введите текст, чтобы сузить список</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>A complete example about a fictional State, to see how the follow-up works before entering real data. Changes stay in the demo file.</source>
      <translation>Полный пример о вымышленном государстве, чтобы увидеть, как идёт отслеживание, до ввода настоящих данных. Изменения остаются в демонстрационном файле.</translation>
    </message>
    <message>
      <source>Continue with a database kept on this computer or on a USB stick.</source>
      <translation>Продолжить работу с базой данных на этом компьютере или на USB-накопителе.</translation>
    </message>
    <message>
      <source>Explore the demo</source>
      <translation>Открыть демонстрацию</translation>
    </message>
    <message>
      <source>Focal point: a file from the secretariat</source>
      <translation>Координатор: файл от секретариата</translation>
    </message>
    <message>
      <source>Follow up the recommendations your State received from the Universal Periodic Review, the treaty bodies and the special procedures: who does what, by when, and how far it has gone. Everything stays on this computer and works offline.</source>
      <translation>Отслеживайте рекомендации, которые ваше государство получило в рамках универсального периодического обзора, от договорных органов и специальных процедур: кто что делает, к какому сроку и как далеко продвинулось выполнение. Всё остаётся на этом компьютере и работает без сети.</translation>
    </message>
    <message>
      <source>For a ministry's focal point who received a file (.nmrf) from the secretariat by USB stick or e-mail: it becomes your working copy, with your institution's recommendations.</source>
      <translation>Для координатора министерства, получившего файл (.nmrf) от секретариата на USB-накопителе или по электронной почте: он становится вашей рабочей копией с рекомендациями вашего учреждения.</translation>
    </message>
    <message>
      <source>For the secretariat of the national mechanism: choose the State and list the institutions; recommendations are imported afterwards.</source>
      <translation>Для секретариата национального механизма: выберите государство и перечислите учреждения; рекомендации импортируются потом.</translation>
    </message>
    <message>
      <source>Open a database file…</source>
      <translation>Открыть файл базы данных…</translation>
    </message>
    <message>
      <source>Open an existing database</source>
      <translation>Открыть существующую базу данных</translation>
    </message>
    <message>
      <source>Open the secretariat's file…</source>
      <translation>Открыть файл от секретариата…</translation>
    </message>
    <message>
      <source>Recently opened</source>
      <translation>Недавно открытые</translation>
    </message>
    <message>
      <source>Secretariat: start a new database</source>
      <translation>Секретариат: создать новую базу данных</translation>
    </message>
    <message>
      <source>Start a new database…</source>
      <translation>Создать новую базу данных…</translation>
    </message>
    <message>
      <source>Welcome to NMRF Tracker</source>
      <translation>Добро пожаловать в NMRF Tracker</translation>
    </message>
  </context>
  <context>
    <name>_FilePage</name>
    <message>
      <source>Browse…</source>
      <translation>Обзор…</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>Файл:</translation>
    </message>
    <message>
      <source>Keep it on this computer's disk (not on a USB stick) and back it up regularly with File &gt; Back up now.</source>
      <translation>Храните её на диске этого компьютера (не на USB-накопителе) и регулярно создавайте резервные копии через Файл &gt; Создать резервную копию.</translation>
    </message>
    <message>
      <source>This file already exists; choose another name.</source>
      <translation>Этот файл уже существует; выберите другое имя.</translation>
    </message>
    <message>
      <source>Where to keep the database</source>
      <translation>Где хранить базу данных</translation>
    </message>
    <message>
      <source>{0} cannot be written by this account (or is on read-only media); choose a folder of your own, such as Documents.</source>
      <translation>Эта учётная запись не может записывать в {0} (или это носитель только для чтения); выберите собственную папку, например «Документы».</translation>
    </message>
  </context>
  <context>
    <name>_FilesPage</name>
    <message>
      <source>(as the file says)</source>
      <translation>(как указано в файле)</translation>
    </message>
    <message>
      <source>Add files…</source>
      <translation>Добавить файлы…</translation>
    </message>
    <message>
      <source>Files to import</source>
      <translation>Файлы для импорта</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Импорт</translation>
    </message>
    <message>
      <source>OHCHR matrices (.docx), UPR Info and UHRI exports, and your own tables (.csv, .xlsx). The same recommendation from two sources becomes one; importing a file again changes nothing.</source>
      <translation>Матрицы УВКПЧ (.docx), выгрузки UPR Info и Универсального индекса, а также ваши таблицы (.csv, .xlsx). Одна и та же рекомендация из двух источников становится одной; повторный импорт файла ничего не меняет.</translation>
    </message>
    <message>
      <source>Only if the file does not say it</source>
      <translation>Только если в файле этого нет</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Report symbol:</source>
      <translation>Условное обозначение доклада:</translation>
    </message>
    <message>
      <source>Session:</source>
      <translation>Сессия:</translation>
    </message>
    <message>
      <source>State under review:</source>
      <translation>Государство под обзором:</translation>
    </message>
    <message>
      <source>UPR cycle:</source>
      <translation>Цикл УПО:</translation>
    </message>
    <message>
      <source>Year:</source>
      <translation>Год:</translation>
    </message>
    <message>
      <source>e.g. A/HRC/40/6</source>
      <translation>например, A/HRC/40/6</translation>
    </message>
  </context>
  <context>
    <name>_Form</name>
    <message>
      <source>{0}: a number is needed.</source>
      <translation>{0}: нужно число.</translation>
    </message>
    <message>
      <source>{0}: “{1}” is not a number.</source>
      <translation>{0}: «{1}» — не число.</translation>
    </message>
  </context>
  <context>
    <name>_InstitutionsPage</name>
    <message>
      <source>Institutions</source>
      <translation>Учреждения</translation>
    </message>
    <message>
      <source>Ministries and other institutions:</source>
      <translation>Министерства и другие учреждения:</translation>
    </message>
    <message>
      <source>National mechanism secretariat</source>
      <translation>Секретариат национального механизма</translation>
    </message>
    <message>
      <source>One institution a line: a short code, a comma, then its name (for example: MOJ, Ministry of Justice).</source>
      <translation>По одному учреждению в строке: краткий код, запятая, затем название (например: MOJ, Министерство юстиции).</translation>
    </message>
    <message>
      <source>Secretariat name:</source>
      <translation>Название секретариата:</translation>
    </message>
    <message>
      <source>Secretariat name: please give it a name.</source>
      <translation>Название секретариата: укажите название.</translation>
    </message>
  </context>
  <context>
    <name>_RunPage</name>
    <message>
      <source>A dry run: nothing has been written yet.</source>
      <translation>Пробный прогон: пока ничего не записано.</translation>
    </message>
    <message>
      <source>Dry run finished.</source>
      <translation>Пробный прогон завершён.</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Импорт</translation>
    </message>
    <message>
      <source>Import the similar texts not ticked “same?” as new recommendations (instead of leaving them out)</source>
      <translation>Импортировать похожие тексты без отметки «то же?» как новые рекомендации (вместо того чтобы пропускать их)</translation>
    </message>
    <message>
      <source>Import the valid rows even though some rows are rejected</source>
      <translation>Импортировать допустимые строки, даже если некоторые строки отклонены</translation>
    </message>
    <message>
      <source>Imported. The register now shows the new recommendations.</source>
      <translation>Импортировано. Реестр теперь показывает новые рекомендации.</translation>
    </message>
    <message>
      <source>Nothing was imported: some rows are rejected.</source>
      <translation>Ничего не импортировано: некоторые строки отклонены.</translation>
    </message>
    <message>
      <source>Run the dry run again</source>
      <translation>Повторить пробный прогон</translation>
    </message>
    <message>
      <source>What the import would do</source>
      <translation>Что сделает импорт</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>Выполняется…</translation>
    </message>
  </context>
  <context>
    <name>_StatePage</name>
    <message>
      <source>State under review</source>
      <translation>Государство под обзором</translation>
    </message>
    <message>
      <source>State under review:</source>
      <translation>Государство под обзором:</translation>
    </message>
    <message>
      <source>The State under review. Type to search by name.</source>
      <translation>Государство под обзором. Начните вводить название для поиска.</translation>
    </message>
    <message>
      <source>Title (optional):</source>
      <translation>Название (необязательно):</translation>
    </message>
    <message>
      <source>Which State does this database follow up?</source>
      <translation>Какое государство отслеживает эта база данных?</translation>
    </message>
    <message>
      <source>e.g. National recommendations tracker 2025–2030</source>
      <translation>например, Национальный реестр рекомендаций 2025–2030</translation>
    </message>
  </context>
  <context>
    <name>_SummaryView</name>
    <message>
      <source>&lt;b&gt;First rows:&lt;/b&gt;</source>
      <translation>&lt;b&gt;Первые строки:&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Found:&lt;/b&gt; {0}</source>
      <translation>&lt;b&gt;Найдено:&lt;/b&gt; {0}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Left out, not recommendations:&lt;/b&gt; {0}</source>
      <translation>&lt;b&gt;Пропущены, это не рекомендации:&lt;/b&gt; {0}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Read as:&lt;/b&gt; {0}</source>
      <translation>&lt;b&gt;Прочитано как:&lt;/b&gt; {0}</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>Recommendations: &lt;b&gt;{0:,}&lt;/b&gt; new, &lt;b&gt;{1:,}&lt;/b&gt; updated, &lt;b&gt;{2:,}&lt;/b&gt; unchanged. New reviews: {3:,}. Rows rejected: &lt;b&gt;{4:,}&lt;/b&gt;. Similar texts to confirm: &lt;b&gt;{5:,}&lt;/b&gt;.</source>
      <translation>Рекомендации: новых &lt;b&gt;{0:,}&lt;/b&gt;, обновлённых &lt;b&gt;{1:,}&lt;/b&gt;, без изменений &lt;b&gt;{2:,}&lt;/b&gt;. Новых обзоров: {3:,}. Отклонено строк: &lt;b&gt;{4:,}&lt;/b&gt;. Похожих текстов для подтверждения: &lt;b&gt;{5:,}&lt;/b&gt;.</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Строка</translation>
    </message>
    <message>
      <source>These files are about {0}, not the State this database follows; check that they are the right ones before importing.</source>
      <translation>Эти файлы относятся к {0}, а не к государству, которое отслеживает эта база данных; проверьте, те ли это файлы, прежде чем импортировать.</translation>
    </message>
    <message>
      <source>What is wrong / what to confirm</source>
      <translation>Что не так / что подтвердить</translation>
    </message>
    <message>
      <source>an existing recommendation</source>
      <translation>существующая рекомендация</translation>
    </message>
    <message numerus="yes">
      <source>and %n other review(s)</source>
      <translation>
        <numerusform>и ещё %n обзор</numerusform>
        <numerusform>и ещё %n обзора</numerusform>
        <numerusform>и ещё %n обзоров</numerusform>
      </translation>
    </message>
    <message>
      <source>same?</source>
      <translation>то же?</translation>
    </message>
    <message>
      <source>{0:.1%} like {1}: “{2}” — tick “same?” to merge it, else it is left out</source>
      <translation>{0:.1%} сходства с {1}: «{2}» — отметьте «то же?», чтобы объединить, иначе она пропускается</translation>
    </message>
    <message numerus="yes">
      <source>{0} (%n rows)</source>
      <translation>
        <numerusform>{0} (%n строка)</numerusform>
        <numerusform>{0} (%n строки)</numerusform>
        <numerusform>{0} (%n строк)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{0}: %n recommendation(s)</source>
      <translation>
        <numerusform>{0}: %n рекомендация</numerusform>
        <numerusform>{0}: %n рекомендации</numerusform>
        <numerusform>{0}: %n рекомендаций</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>_ValueChooser</name>
    <message>
      <source>(leave these rows rejected)</source>
      <translation>(оставить эти строки отклонёнными)</translation>
    </message>
    <message>
      <source>Then run the dry run again.</source>
      <translation>Затем снова запустите пробный прогон.</translation>
    </message>
    <message>
      <source>Words this database does not know</source>
      <translation>Слова, которых эта база данных не знает</translation>
    </message>
    <message numerus="yes">
      <source>“{0}” ({1}, %n row(s)) means:</source>
      <translation>
        <numerusform>«{0}» ({1}, %n строка) означает:</numerusform>
        <numerusform>«{0}» ({1}, %n строки) означает:</numerusform>
        <numerusform>«{0}» ({1}, %n строк) означает:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>add_language_menu</name>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Язык</translation>
    </message>
    <message>
      <source>As the system ({0})</source>
      <translation>Как в системе ({0})</translation>
    </message>
  </context>
  <context>
    <name>field_labels</name>
    <message>
      <source>Action category (1–5)</source>
      <translation>Категория действия (1–5)</translation>
    </message>
    <message>
      <source>Affected persons</source>
      <translation>Затрагиваемые лица</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>Условное обозначение документа</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>Механизм</translation>
    </message>
    <message>
      <source>Paragraph / reference</source>
      <translation>Пункт / ссылка</translation>
    </message>
    <message>
      <source>Position / response</source>
      <translation>Позиция / ответ</translation>
    </message>
    <message>
      <source>Recommendation text (required)</source>
      <translation>Текст рекомендации (обязательно)</translation>
    </message>
    <message>
      <source>Recommending States</source>
      <translation>Рекомендующие государства</translation>
    </message>
    <message>
      <source>SDG goals</source>
      <translation>Цели устойчивого развития</translation>
    </message>
    <message>
      <source>SDG targets</source>
      <translation>Задачи ЦУР</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Сессия</translation>
    </message>
    <message>
      <source>Source of position</source>
      <translation>Источник позиции</translation>
    </message>
    <message>
      <source>Special procedure</source>
      <translation>Специальная процедура</translation>
    </message>
    <message>
      <source>State under review</source>
      <translation>Государство под обзором</translation>
    </message>
    <message>
      <source>The source's own identifier</source>
      <translation>Собственный идентификатор источника</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>Темы</translation>
    </message>
    <message>
      <source>Treaty body</source>
      <translation>Договорный орган</translation>
    </message>
    <message>
      <source>Type (rows not of a recommendation are left out)</source>
      <translation>Тип (строки, не являющиеся рекомендациями, пропускаются)</translation>
    </message>
    <message>
      <source>UPR cycle</source>
      <translation>Цикл УПО</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Год</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>A new key of the secretariat</source>
      <translation>Новый ключ секретариата</translation>
    </message>
    <message>
      <source>Attach evidence</source>
      <translation>Прикрепить документы</translation>
    </message>
    <message>
      <source>Back up the database to</source>
      <translation>Сохранить резервную копию базы данных в</translation>
    </message>
    <message>
      <source>Choose files to import</source>
      <translation>Выбрать файлы для импорта</translation>
    </message>
    <message>
      <source>Choose the ministries' files</source>
      <translation>Выбрать файлы министерств</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Column mapping (*.json)</source>
      <translation>Сопоставление столбцов (*.json)</translation>
    </message>
    <message>
      <source>Confirm before consolidating</source>
      <translation>Подтвердить перед сведением</translation>
    </message>
    <message>
      <source>Evidence (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx *.pptx *.odt *.ods *.txt *.csv);;All files (*)</source>
      <translation>Документы (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx *.pptx *.odt *.ods *.txt *.csv);;Все файлы (*)</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Exchange files (*.nmrf)</source>
      <translation>Файлы обмена (*.nmrf)</translation>
    </message>
    <message>
      <source>Exchange files (*.nmrf);;All files (*)</source>
      <translation>Файлы обмена (*.nmrf);;Все файлы (*)</translation>
    </message>
    <message>
      <source>Exchange files (*.nmrf);;Whole databases mailed instead (*.db);;All files (*)</source>
      <translation>Файлы обмена (*.nmrf);;Целые базы данных, присланные вместо них (*.db);;Все файлы (*)</translation>
    </message>
    <message>
      <source>Import a completed matrix</source>
      <translation>Импорт заполненной матрицы</translation>
    </message>
    <message>
      <source>Key backups (*.nmrfkey)</source>
      <translation>Резервные копии ключа (*.nmrfkey)</translation>
    </message>
    <message>
      <source>Key backups (*.nmrfkey);;All files (*)</source>
      <translation>Резервные копии ключа (*.nmrfkey);;Все файлы (*)</translation>
    </message>
    <message>
      <source>Load a column mapping</source>
      <translation>Загрузить сопоставление столбцов</translation>
    </message>
    <message>
      <source>NMRF Tracker database (*.db *.nmrf);;All files (*)</source>
      <translation>База данных NMRF Tracker (*.db *.nmrf);;Все файлы (*)</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
    <message>
      <source>Open a database</source>
      <translation>Открыть базу данных</translation>
    </message>
    <message>
      <source>Open a file from the secretariat</source>
      <translation>Открыть файл от секретариата</translation>
    </message>
    <message>
      <source>Open a key backup</source>
      <translation>Открыть резервную копию ключа</translation>
    </message>
    <message>
      <source>PDF document (*.pdf)</source>
      <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Печать…</translation>
    </message>
    <message>
      <source>Recommendations (*.docx *.csv *.xlsx);;OHCHR matrix (*.docx);;UPR Info or UHRI export, other tables (*.csv *.xlsx)</source>
      <translation>Рекомендации (*.docx *.csv *.xlsx);;Матрица УВКПЧ (*.docx);;Выгрузка UPR Info или Универсального индекса, другие таблицы (*.csv *.xlsx)</translation>
    </message>
    <message>
      <source>Save the column mapping</source>
      <translation>Сохранить сопоставление столбцов</translation>
    </message>
    <message>
      <source>Save the exchange file</source>
      <translation>Сохранить файл обмена</translation>
    </message>
    <message>
      <source>Save the implementation matrix</source>
      <translation>Сохранить матрицу выполнения</translation>
    </message>
    <message>
      <source>Save the key backup</source>
      <translation>Сохранить резервную копию ключа</translation>
    </message>
    <message>
      <source>Save the new database as</source>
      <translation>Сохранить новую базу данных как</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>Сохранить доклад</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>Показать в папке</translation>
    </message>
    <message>
      <source>{0} comes from a device of {1} that is not registered here (seen for the first time, or revoked). Its key fingerprint is

{2}

Read it to the focal point (by phone, not by e-mail) and register the device only if it matches theirs.</source>
      <translation>{0} получен с устройства {1}, не зарегистрированного здесь (впервые или отозванного). Отпечаток его ключа:

{2}

Прочитайте его координатору (по телефону, а не по электронной почте) и регистрируйте устройство, только если отпечатки совпадают.</translation>
    </message>
    <message>
      <source>{0} is a whole database of {1}, not a signed exchange file: its changes are unsigned and anyone could have made it. Apply them only if you have confirmed with the focal point that they sent it.</source>
      <translation>{0} — целая база данных {1}, а не подписанный файл обмена: её изменения не подписаны, и её мог создать кто угодно. Применяйте их, только если координатор подтвердил вам, что отправил её.</translation>
    </message>
    <message>
      <source>{0} is signed by a new key of the secretariat, fingerprint

{1}

The secretariat replaces its key only when the old one was lost or copied. Call the secretariat (not by e-mail), read this fingerprint to them, and accept the new key only if it matches theirs. Otherwise, do not open the file.</source>
      <translation>{0} подписан новым ключом секретариата с отпечатком

{1}

Секретариат заменяет ключ только тогда, когда старый утерян или скопирован. Позвоните в секретариат (не по электронной почте), прочитайте им этот отпечаток и принимайте новый ключ, только если он совпадает с их отпечатком. Иначе не открывайте файл.</translation>
    </message>
  </context>
  <context>
    <name>print_pdf</name>
    <message>
      <source>Print {0}</source>
      <translation>Печать {0}</translation>
    </message>
  </context>
  <context>
    <name>role_labels</name>
    <message>
      <source>Focal point of a ministry</source>
      <translation>Координатор министерства</translation>
    </message>
    <message>
      <source>Reader (no changes)</source>
      <translation>Читатель (без изменений)</translation>
    </message>
    <message>
      <source>Secretariat</source>
      <translation>Секретариат</translation>
    </message>
    <message>
      <source>Validating authority of a ministry</source>
      <translation>Утверждающий орган министерства</translation>
    </message>
  </context>
  <context>
    <name>scope_fields</name>
    <message>
      <source>Every recommendation</source>
      <translation>Все рекомендации</translation>
    </message>
    <message>
      <source>What the register shows now (search and filters)</source>
      <translation>То, что сейчас показывает реестр (поиск и фильтры)</translation>
    </message>
  </context>
  <context>
    <name>switch_language</name>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>Wait until the work in progress has finished, then choose the language again.</source>
      <translation>Дождитесь окончания текущей работы, затем снова выберите язык.</translation>
    </message>
  </context>
</TS>
