<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
  <context>
    <name>ActionDialog</name>
    <message>
      <source>Budget</source>
      <translation>الميزانية</translation>
    </message>
    <message>
      <source>Budget:</source>
      <translation>الميزانية:</translation>
    </message>
    <message>
      <source>Budget: give the currency as three letters (EUR, XOF, USD).</source>
      <translation>الميزانية: اذكر العملة بثلاثة أحرف (EUR، XOF، USD).</translation>
    </message>
    <message>
      <source>Description:</source>
      <translation>الوصف:</translation>
    </message>
    <message>
      <source>EUR</source>
      <translation>EUR</translation>
    </message>
    <message>
      <source>Edit action</source>
      <translation>تعديل الإجراء</translation>
    </message>
    <message>
      <source>Ends:</source>
      <translation>ينتهي في:</translation>
    </message>
    <message>
      <source>Ends: the end date is before the start date.</source>
      <translation>ينتهي في: تاريخ الانتهاء يسبق تاريخ البدء.</translation>
    </message>
    <message>
      <source>Expected outcome:</source>
      <translation>النتيجة المتوقعة:</translation>
    </message>
    <message>
      <source>Lead institution:</source>
      <translation>المؤسسة الرائدة:</translation>
    </message>
    <message>
      <source>New action</source>
      <translation>إجراء جديد</translation>
    </message>
    <message>
      <source>Starts:</source>
      <translation>يبدأ في:</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>الحالة:</translation>
    </message>
    <message>
      <source>Supporting:</source>
      <translation>المؤسسات الداعمة:</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>العنوان:</translation>
    </message>
    <message>
      <source>Title: an action needs a title.</source>
      <translation>العنوان: يحتاج الإجراء إلى عنوان.</translation>
    </message>
    <message>
      <source>amount</source>
      <translation>المبلغ</translation>
    </message>
    <message>
      <source>e.g. Train 300 police officers on the new law</source>
      <translation>مثال: تدريب 300 من أفراد الشرطة على القانون الجديد</translation>
    </message>
  </context>
  <context>
    <name>ActivityPage</name>
    <message numerus="yes">
      <source>Activity (%n change(s) shown, newest first)</source>
      <translation>
        <numerusform>النشاط (لا تغييرات معروضة)</numerusform>
        <numerusform>النشاط (تغيير واحد معروض)</numerusform>
        <numerusform>النشاط (تغييران معروضان، الأحدث أولاً)</numerusform>
        <numerusform>النشاط (%n تغييرات معروضة، الأحدث أولاً)</numerusform>
        <numerusform>النشاط (%n تغييراً معروضاً، الأحدث أولاً)</numerusform>
        <numerusform>النشاط (%n تغيير معروض، الأحدث أولاً)</numerusform>
      </translation>
    </message>
    <message>
      <source>Every institution</source>
      <translation>جميع المؤسسات</translation>
    </message>
    <message>
      <source>Every kind of record</source>
      <translation>جميع أنواع السجلات</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>الجميع</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>المؤسسة:</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>آخر 30 يوماً</translation>
    </message>
    <message>
      <source>Last 7 days</source>
      <translation>آخر 7 أيام</translation>
    </message>
    <message>
      <source>No change matches these filters.</source>
      <translation>لا يوجد تغيير يطابق عوامل التصفية هذه.</translation>
    </message>
    <message>
      <source>Only the changes to the recommendation of this reference and what is attached to it</source>
      <translation>التغييرات التي طرأت على التوصية ذات هذا المرجع وما يرتبط بها فقط</translation>
    </message>
    <message>
      <source>Recommendation:</source>
      <translation>التوصية:</translation>
    </message>
    <message>
      <source>Since the start</source>
      <translation>منذ البداية</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <source>What:</source>
      <translation>ماذا:</translation>
    </message>
    <message>
      <source>When:</source>
      <translation>متى:</translation>
    </message>
    <message>
      <source>Who:</source>
      <translation>من:</translation>
    </message>
    <message>
      <source>e.g. 142.8</source>
      <translation>مثال: 142.8</translation>
    </message>
  </context>
  <context>
    <name>AskWordsDialog</name>
    <message>
      <source>Open {0}</source>
      <translation>فتح {0}</translation>
    </message>
    <message>
      <source>This file is encrypted. The secretariat gives twelve words for it by phone: type them here, in order, separated by spaces.</source>
      <translation>هذا الملف مشفّر. تعطيك الأمانة اثنتي عشرة كلمة له عبر الهاتف: اكتبها هنا بالترتيب، مفصولة بمسافات.</translation>
    </message>
    <message>
      <source>twelve words, e.g. ocean  river  …</source>
      <translation>اثنتا عشرة كلمة، مثلاً ocean  river  …</translation>
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
      <translation>اختر مدى تنفيذها…</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>المؤسسة:</translation>
    </message>
    <message>
      <source>Narrative:</source>
      <translation>السرد:</translation>
    </message>
    <message>
      <source>Narrative: say what was done, even briefly.</source>
      <translation>السرد: اذكر ما أُنجز، ولو باختصار.</translation>
    </message>
    <message>
      <source>Next steps:</source>
      <translation>الخطوات التالية:</translation>
    </message>
    <message>
      <source>Period:</source>
      <translation>الفترة:</translation>
    </message>
    <message>
      <source>Period: say which reporting period (e.g. 2026-H2).</source>
      <translation>الفترة: اذكر فترة الإبلاغ (مثال: 2026-H2).</translation>
    </message>
    <message>
      <source>Period: “{0}” is not a reporting period; write it as 2026, 2026-H1, 2026-Q3, 2026-05 or 2025–2026.</source>
      <translation>الفترة: «{0}» ليست فترة إبلاغ؛ اكتبها بالشكل 2026 أو 2026-H1 أو 2026-Q3 أو 2026-05 أو 2025–2026.</translation>
    </message>
    <message>
      <source>Progress report on {0}</source>
      <translation>التقرير المرحلي عن {0}</translation>
    </message>
    <message>
      <source>Saved as a draft: Submit sends it to your validating authority.</source>
      <translation>حُفظ كمسودة: يرسله الأمر تقديم إلى سلطة المصادقة لديك.</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>الحالة:</translation>
    </message>
    <message>
      <source>Status: choose how far the recommendation is implemented.</source>
      <translation>الحالة: اختر مدى تنفيذ التوصية.</translation>
    </message>
    <message>
      <source>What comes next, by whom, by when</source>
      <translation>ما التالي، ومن يقوم به، ومتى</translation>
    </message>
    <message>
      <source>What was done in the period, with figures and the documents that show it</source>
      <translation>ما أُنجز خلال الفترة، مع الأرقام والوثائق التي تثبته</translation>
    </message>
    <message>
      <source>e.g. 2026-H2</source>
      <translation>مثال: 2026-H2</translation>
    </message>
  </context>
  <context>
    <name>BackupCommandsMixin</name>
    <message>
      <source>A complete copy of the database was written to
{0}</source>
      <translation>كُتبت نسخة كاملة من قاعدة البيانات في
{0}</translation>
    </message>
    <message>
      <source>Backing up</source>
      <translation>جارٍ النسخ الاحتياطي</translation>
    </message>
    <message>
      <source>Backup failed</source>
      <translation>فشل النسخ الاحتياطي</translation>
    </message>
    <message>
      <source>Backup written</source>
      <translation>كُتبت النسخة الاحتياطية</translation>
    </message>
    <message>
      <source>Cannot restore</source>
      <translation>تتعذر الاستعادة</translation>
    </message>
    <message>
      <source>Cannot restore the backup</source>
      <translation>تتعذر استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
      <source>Put the backup taken on {0} in place of {1}?

Everything changed since then disappears from the database; what it holds now is backed up first, so you can come back to it.</source>
      <translation>هل تريد وضع النسخة الاحتياطية المأخوذة في {0} مكان {1}؟

كل ما تغيّر منذ ذلك الحين سيختفي من قاعدة البيانات؛ ويُنسخ احتياطياً ما تحتويه الآن أولاً، لكي تتمكن من العودة إليه.</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
      <source>Restoring {0}</source>
      <translation>جارٍ استعادة {0}</translation>
    </message>
    <message>
      <source>{0} is on a server: put a backup back there with `nmrf-tracker copy --from BACKUP.db --to postgresql://…` into a new, empty database (or the server's own pg_dump), then open that database.</source>
      <translation>{0} موجودة على خادم: لإعادة نسخة احتياطية إليه استخدم `nmrf-tracker copy --from BACKUP.db --to postgresql://…` إلى قاعدة بيانات جديدة فارغة (أو pg_dump الخاص بالخادم)، ثم افتح تلك القاعدة.</translation>
    </message>
    <message>
      <source>{0} is read-only here: a backup cannot be put in its place.</source>
      <translation>{0} للقراءة فقط هنا: لا يمكن وضع نسخة احتياطية مكانه.</translation>
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message numerus="yes">
      <source>%n backup(s) of this database. The backups folder takes {0} in all.</source>
      <translation>
        <numerusform>لا توجد نسخ احتياطية لقاعدة البيانات هذه. يشغل مجلد النسخ الاحتياطية {0} في المجموع.</numerusform>
        <numerusform>نسخة احتياطية واحدة لقاعدة البيانات هذه. يشغل مجلد النسخ الاحتياطية {0} في المجموع.</numerusform>
        <numerusform>نسختان احتياطيتان لقاعدة البيانات هذه. يشغل مجلد النسخ الاحتياطية {0} في المجموع.</numerusform>
        <numerusform>%n نسخ احتياطية لقاعدة البيانات هذه. يشغل مجلد النسخ الاحتياطية {0} في المجموع.</numerusform>
        <numerusform>%n نسخة احتياطية لقاعدة البيانات هذه. يشغل مجلد النسخ الاحتياطية {0} في المجموع.</numerusform>
        <numerusform>%n نسخة احتياطية لقاعدة البيانات هذه. يشغل مجلد النسخ الاحتياطية {0} في المجموع.</numerusform>
      </translation>
    </message>
    <message>
      <source>Backed up by hand</source>
      <translation>نسخ احتياطي يدوي</translation>
    </message>
    <message>
      <source>Backups of {0}</source>
      <translation>النسخ الاحتياطية لـ {0}</translation>
    </message>
    <message>
      <source>Before a schema upgrade</source>
      <translation>قبل ترقية المخطط</translation>
    </message>
    <message>
      <source>Before consolidating ministry files</source>
      <translation>قبل توحيد ملفات الوزارات</translation>
    </message>
    <message>
      <source>Before protecting it with a password</source>
      <translation>قبل حمايتها بكلمة مرور</translation>
    </message>
    <message>
      <source>Before removing its password</source>
      <translation>قبل إزالة كلمة مرورها</translation>
    </message>
    <message>
      <source>Before restoring another backup</source>
      <translation>قبل استعادة نسخة احتياطية أخرى</translation>
    </message>
    <message>
      <source>Kept: the last {0} and, before them, one a month for {1} months; older ones are removed automatically.</source>
      <translation>يُحتفظ بآخر {0} نسخ، وقبلها بنسخة واحدة لكل شهر لمدة {1} شهراً؛ وتُحذف النسخ الأقدم تلقائياً.</translation>
    </message>
    <message>
      <source>No backup of this database yet. One is taken automatically before every schema upgrade and every consolidation that changes something; File &gt; Back up now… takes one at any time.</source>
      <translation>لا توجد نسخة احتياطية لقاعدة البيانات هذه بعد. تؤخذ نسخة تلقائياً قبل كل ترقية للمخطط وكل توحيد يغيّر شيئاً؛ ويأخذ الأمر ملف &gt; نسخ احتياطي الآن… نسخة في أي وقت.</translation>
    </message>
    <message>
      <source>Open the backups folder</source>
      <translation>فتح مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
      <source>Put the chosen backup in place of the database (what is there now is backed up first, so this can be undone).</source>
      <translation>وضع النسخة الاحتياطية المختارة مكان قاعدة البيانات (يُنسخ ما هو موجود الآن احتياطياً أولاً، لذا يمكن التراجع عن ذلك).</translation>
    </message>
    <message>
      <source>Restore…</source>
      <translation>استعادة…</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>الحجم</translation>
    </message>
    <message>
      <source>Taken</source>
      <translation>أُخذت في</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>السبب</translation>
    </message>
  </context>
  <context>
    <name>CalendarPage</name>
    <message>
      <source>&lt;span style='color:{0}'&gt;■&lt;/span&gt; overdue &amp;nbsp; &lt;span style='color:{1}'&gt;■&lt;/span&gt; due within 30 days &amp;nbsp; ■ later &amp;nbsp; &lt;span style='color:{2}'&gt;■&lt;/span&gt; completed</source>
      <translation>&lt;span style='color:{0}'&gt;■&lt;/span&gt; متأخر &amp;nbsp; &lt;span style='color:{1}'&gt;■&lt;/span&gt; مستحق خلال 30 يوماً &amp;nbsp; ■ لاحقاً &amp;nbsp; &lt;span style='color:{2}'&gt;■&lt;/span&gt; منجز</translation>
    </message>
    <message>
      <source>Add deadline…</source>
      <translation>إضافة موعد نهائي…</translation>
    </message>
    <message>
      <source>Calendar: {0} shown, {1} overdue</source>
      <translation>التقويم: {0} معروضة، {1} متأخرة</translation>
    </message>
    <message>
      <source>Concerns</source>
      <translation>يخص</translation>
    </message>
    <message>
      <source>Deadlines of</source>
      <translation>المواعيد النهائية لـ</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>الاستحقاق</translation>
    </message>
    <message>
      <source>Every institution</source>
      <translation>جميع المؤسسات</translation>
    </message>
    <message>
      <source>Everything still open</source>
      <translation>كل ما لا يزال مفتوحاً</translation>
    </message>
    <message>
      <source>Everything, completed too</source>
      <translation>كل شيء، بما في ذلك المنجز</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>المؤسسة</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>المؤسسة:</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Mark completed</source>
      <translation>وضع علامة منجز</translation>
    </message>
    <message>
      <source>Nothing to show for this choice.</source>
      <translation>لا شيء لعرضه لهذا الاختيار.</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>متأخر</translation>
    </message>
    <message>
      <source>Overdue or due in 30 days</source>
      <translation>متأخر أو مستحق خلال 30 يوماً</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>عرض:</translation>
    </message>
    <message>
      <source>What</source>
      <translation>ماذا</translation>
    </message>
  </context>
  <context>
    <name>ChangeSentences</name>
    <message>
      <source>Affected persons</source>
      <translation>الأشخاص المعنيون</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>مجموعة</translation>
    </message>
    <message>
      <source>Progress report for {0} accepted</source>
      <translation>قُبل التقرير المرحلي عن {0}</translation>
    </message>
    <message>
      <source>Progress report for {0} back to draft</source>
      <translation>أُعيد التقرير المرحلي عن {0} إلى مسودة</translation>
    </message>
    <message>
      <source>Progress report for {0} deleted</source>
      <translation>حُذف التقرير المرحلي عن {0}</translation>
    </message>
    <message>
      <source>Progress report for {0} edited: {1}</source>
      <translation>عُدّل التقرير المرحلي عن {0}: {1}</translation>
    </message>
    <message>
      <source>Progress report for {0} restored</source>
      <translation>استُعيد التقرير المرحلي عن {0}</translation>
    </message>
    <message>
      <source>Progress report for {0} returned for changes</source>
      <translation>أُعيد التقرير المرحلي عن {0} لإدخال تعديلات</translation>
    </message>
    <message>
      <source>Progress report for {0} submitted for validation</source>
      <translation>قُدّم التقرير المرحلي عن {0} للمصادقة</translation>
    </message>
    <message>
      <source>Progress report for {0} validated</source>
      <translation>صودق على التقرير المرحلي عن {0}</translation>
    </message>
    <message>
      <source>Progress report for {0} written</source>
      <translation>كُتب التقرير المرحلي عن {0}</translation>
    </message>
    <message>
      <source>Recommendation {0} added</source>
      <translation>أُضيفت التوصية {0}</translation>
    </message>
    <message>
      <source>Recommendation {0} changed: {1}</source>
      <translation>عُدّلت التوصية {0}: {1}</translation>
    </message>
    <message>
      <source>Recommendation {0} deleted</source>
      <translation>حُذفت التوصية {0}</translation>
    </message>
    <message>
      <source>Recommendation {0} restored</source>
      <translation>استُعيدت التوصية {0}</translation>
    </message>
    <message>
      <source>Recommending State</source>
      <translation>الدولة المقدِّمة للتوصية</translation>
    </message>
    <message>
      <source>SDG target</source>
      <translation>غاية من أهداف التنمية المستدامة</translation>
    </message>
    <message>
      <source>Source reference</source>
      <translation>مرجع المصدر</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <source>{0} added to the action “{1}”</source>
      <translation>إضافة التوصية {0} إلى الإجراء «{1}»</translation>
    </message>
    <message>
      <source>{0} added to {1}</source>
      <translation>إضافة {0} إلى {1}</translation>
    </message>
    <message>
      <source>{0} changed: {1}</source>
      <translation>تعديل {0}: {1}</translation>
    </message>
    <message>
      <source>{0} created</source>
      <translation>إنشاء: {0}</translation>
    </message>
    <message>
      <source>{0} deleted</source>
      <translation>حذف: {0}</translation>
    </message>
    <message>
      <source>{0} for {1}</source>
      <translation>{0} لـ {1}</translation>
    </message>
    <message>
      <source>{0} given back to {1}</source>
      <translation>إعادة {0} إلى {1}</translation>
    </message>
    <message>
      <source>{0} leads {1}</source>
      <translation>{0} تقود {1}</translation>
    </message>
    <message>
      <source>{0} no longer leads {1}</source>
      <translation>لم تعد {0} تقود {1}</translation>
    </message>
    <message>
      <source>{0} no longer supports {1}</source>
      <translation>لم تعد {0} تدعم {1}</translation>
    </message>
    <message>
      <source>{0} now leads {1}</source>
      <translation>أصبحت {0} تقود {1}</translation>
    </message>
    <message>
      <source>{0} now supports {1}</source>
      <translation>أصبحت {0} تدعم {1}</translation>
    </message>
    <message>
      <source>{0} of {1} changed: {2}</source>
      <translation>تعديل {0} لـ {1}: {2}</translation>
    </message>
    <message>
      <source>{0} removed from {1}</source>
      <translation>إزالة {0} من {1}</translation>
    </message>
    <message>
      <source>{0} restored</source>
      <translation>استعادة: {0}</translation>
    </message>
    <message>
      <source>{0} supports {1}</source>
      <translation>{0} تدعم {1}</translation>
    </message>
    <message>
      <source>{0} taken out of the action “{1}”</source>
      <translation>إخراج التوصية {0} من الإجراء «{1}»</translation>
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
      <translation>قبله</translation>
    </message>
    <message>
      <source>Accepted on</source>
      <translation>قُبل في</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>إجراء</translation>
    </message>
    <message>
      <source>Action category</source>
      <translation>فئة الإجراء</translation>
    </message>
    <message>
      <source>Action for a recommendation</source>
      <translation>إجراء لتوصية</translation>
    </message>
    <message>
      <source>Adopted on</source>
      <translation>اعتُمد في</translation>
    </message>
    <message>
      <source>Affected persons</source>
      <translation>الأشخاص المعنيون</translation>
    </message>
    <message>
      <source>Affected persons of a recommendation</source>
      <translation>الأشخاص المعنيون بتوصية</translation>
    </message>
    <message>
      <source>Assignment</source>
      <translation>إسناد</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>المؤلف</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation>خط الأساس</translation>
    </message>
    <message>
      <source>Baseline date</source>
      <translation>تاريخ خط الأساس</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>الميزانية</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>مجموعة</translation>
    </message>
    <message>
      <source>Cluster membership</source>
      <translation>العضوية في مجموعة</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>الرمز</translation>
    </message>
    <message>
      <source>Completed on</source>
      <translation>أُنجز في</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>جهة الاتصال</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>العملة</translation>
    </message>
    <message>
      <source>Cycle</source>
      <translation>الدورة</translation>
    </message>
    <message>
      <source>Data source</source>
      <translation>مصدر البيانات</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>موعد نهائي</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>محذوف</translation>
    </message>
    <message>
      <source>Demo</source>
      <translation>عرض توضيحي</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>الوصف</translation>
    </message>
    <message>
      <source>Direction</source>
      <translation>الاتجاه</translation>
    </message>
    <message>
      <source>Disaggregation</source>
      <translation>التصنيف</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>رمز الوثيقة</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>الاستحقاق</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>ينتهي في</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>الأدلة الداعمة</translation>
    </message>
    <message>
      <source>Expected outcome</source>
      <translation>النتيجة المتوقعة</translation>
    </message>
    <message>
      <source>Fictional</source>
      <translation>وهمي</translation>
    </message>
    <message>
      <source>File</source>
      <translation>ملف</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>اسم الملف</translation>
    </message>
    <message>
      <source>ISO code</source>
      <translation>رمز ISO</translation>
    </message>
    <message>
      <source>Identifier</source>
      <translation>المعرّف</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>مؤشر</translation>
    </message>
    <message>
      <source>Indicator measuring</source>
      <translation>المؤشر يقيس</translation>
    </message>
    <message>
      <source>Indicator value</source>
      <translation>قيمة مؤشر</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>المؤسسة</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>التسمية</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>الآلية</translation>
    </message>
    <message>
      <source>Mid-term report due</source>
      <translation>موعد تقرير منتصف المدة</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Narrative</source>
      <translation>السرد</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>الاستعراض التالي</translation>
    </message>
    <message>
      <source>Next steps</source>
      <translation>الخطوات التالية</translation>
    </message>
    <message>
      <source>No</source>
      <translation>لا</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>الرقم</translation>
    </message>
    <message>
      <source>Part of</source>
      <translation>جزء من</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>الفترة</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>شخص</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>الموقف</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>الأولوية</translation>
    </message>
    <message>
      <source>Progress report</source>
      <translation>تقرير مرحلي</translation>
    </message>
    <message>
      <source>Public</source>
      <translation>علني</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>توصية</translation>
    </message>
    <message>
      <source>Recommending State</source>
      <translation>الدولة المقدِّمة للتوصية</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>المرجع</translation>
    </message>
    <message>
      <source>Returned because</source>
      <translation>أُعيد لأن</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>الاستعراض</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>الدور</translation>
    </message>
    <message>
      <source>SDG goal</source>
      <translation>هدف من أهداف التنمية المستدامة</translation>
    </message>
    <message>
      <source>SDG target</source>
      <translation>غاية من أهداف التنمية المستدامة</translation>
    </message>
    <message>
      <source>SDG target of a recommendation</source>
      <translation>غاية من أهداف التنمية المستدامة لتوصية</translation>
    </message>
    <message>
      <source>Scheme</source>
      <translation>النظام</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>الدورة</translation>
    </message>
    <message>
      <source>Short name</source>
      <translation>الاسم المختصر</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>الحجم</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>المصدر</translation>
    </message>
    <message>
      <source>Source of position</source>
      <translation>مصدر الموقف</translation>
    </message>
    <message>
      <source>Source reference</source>
      <translation>مرجع المصدر</translation>
    </message>
    <message>
      <source>Spelling</source>
      <translation>الكتابة</translation>
    </message>
    <message>
      <source>Spelling as compared</source>
      <translation>الكتابة كما قورنت</translation>
    </message>
    <message>
      <source>Spelling of a State</source>
      <translation>كتابة اسم دولة</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>المرحلة</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>يبدأ في</translation>
    </message>
    <message>
      <source>State</source>
      <translation>الدولة</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Submitted on</source>
      <translation>قُدّم في</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>الهدف</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>التاريخ المستهدف</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>النص</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <source>Theme of a recommendation</source>
      <translation>موضوع توصية</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Translation</source>
      <translation>الترجمة</translation>
    </message>
    <message>
      <source>Type of file</source>
      <translation>نوع الملف</translation>
    </message>
    <message>
      <source>UN status</source>
      <translation>الحالة في الأمم المتحدة</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>الوحدة</translation>
    </message>
    <message>
      <source>Validated by</source>
      <translation>صادق عليه</translation>
    </message>
    <message>
      <source>Validated on</source>
      <translation>صودق عليه في</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>القيمة</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>السنة</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <source>{0} created</source>
      <translation>إنشاء: {0}</translation>
    </message>
    <message>
      <source>{0} deleted</source>
      <translation>حذف: {0}</translation>
    </message>
    <message>
      <source>{0} restored</source>
      <translation>استعادة: {0}</translation>
    </message>
  </context>
  <context>
    <name>ChooseDialog</name>
    <message>
      <source>Nothing matches what you typed.</source>
      <translation>لا شيء يطابق ما كتبته.</translation>
    </message>
    <message>
      <source>Type to narrow the list</source>
      <translation>اكتب لتضييق القائمة</translation>
    </message>
  </context>
  <context>
    <name>ClustersDialog</name>
    <message>
      <source>A cluster groups recommendations that are followed up together (one plan, one lead). Add recommendations from the register: select them, then Edit &gt; Add to cluster…</source>
      <translation>تجمع المجموعة توصيات تُتابَع معاً (خطة واحدة، جهة رائدة واحدة). أضف توصيات من السجل: حددها، ثم تحرير &gt; إضافة إلى مجموعة…</translation>
    </message>
    <message>
      <source>Clusters</source>
      <translation>المجموعات</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>حذف…</translation>
    </message>
    <message>
      <source>Merge selected</source>
      <translation>دمج المحدد</translation>
    </message>
    <message>
      <source>New…</source>
      <translation>جديد…</translation>
    </message>
    <message>
      <source>No clusters yet. Create one with New…, or select recommendations in the register and add them to a new cluster.</source>
      <translation>لا توجد مجموعات بعد. أنشئ واحدة بالأمر جديد…، أو حدد توصيات في السجل وأضفها إلى مجموعة جديدة.</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>إعادة تسمية…</translation>
    </message>
    <message>
      <source>Select two or more clusters: all their recommendations go into the one highest in the list, and the others are deleted (Edit &gt; Undo brings them back).</source>
      <translation>حدد مجموعتين أو أكثر: تنتقل جميع توصياتها إلى المجموعة الأعلى في القائمة، وتُحذف المجموعات الأخرى (تحرير &gt; تراجع يعيدها).</translation>
    </message>
    <message>
      <source>Set lead for all…</source>
      <translation>تعيين الجهة الرائدة للجميع…</translation>
    </message>
    <message>
      <source>Show in register</source>
      <translation>عرض في السجل</translation>
    </message>
    <message numerus="yes">
      <source>{0}  —  %n recommendation(s)</source>
      <translation>
        <numerusform>{0}  —  لا توصيات</numerusform>
        <numerusform>{0}  —  توصية واحدة</numerusform>
        <numerusform>{0}  —  توصيتان</numerusform>
        <numerusform>{0}  —  %n توصيات</numerusform>
        <numerusform>{0}  —  %n توصية</numerusform>
        <numerusform>{0}  —  %n توصية</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CodeLabels</name>
    <message>
      <source>A ministry's device</source>
      <translation>جهاز تابع لوزارة</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>مقبول</translation>
    </message>
    <message>
      <source>Action milestone</source>
      <translation>مرحلة من مراحل إجراء</translation>
    </message>
    <message>
      <source>Added here or by an import</source>
      <translation>أُضيف هنا أو عن طريق استيراد</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>وكالة</translation>
    </message>
    <message>
      <source>Already imported — nothing changed</source>
      <translation>مستورد من قبل — لم يتغير شيء</translation>
    </message>
    <message>
      <source>Alternate focal point</source>
      <translation>جهة تنسيق مناوبة</translation>
    </message>
    <message>
      <source>An institution's copy</source>
      <translation>نسخة مؤسسة</translation>
    </message>
    <message>
      <source>Applied</source>
      <translation>طُبّق</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>ملغى</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>منجز</translation>
    </message>
    <message>
      <source>Completed matrix from an institution (Excel)</source>
      <translation>مصفوفة استكملتها مؤسسة (Excel)</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>تعارض</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>مسودة</translation>
    </message>
    <message>
      <source>Focal point</source>
      <translation>جهة تنسيق</translation>
    </message>
    <message>
      <source>Fully implemented</source>
      <translation>منفذة بالكامل</translation>
    </message>
    <message>
      <source>High</source>
      <translation>عالية</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>قيد التنفيذ</translation>
    </message>
    <message>
      <source>Indicator reporting</source>
      <translation>الإبلاغ عن المؤشرات</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>صادر</translation>
    </message>
    <message>
      <source>Judiciary</source>
      <translation>السلطة القضائية</translation>
    </message>
    <message>
      <source>Lead</source>
      <translation>رائدة</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>منخفضة</translation>
    </message>
    <message>
      <source>Main focal point</source>
      <translation>جهة التنسيق الرئيسية</translation>
    </message>
    <message>
      <source>Matrix for completion</source>
      <translation>مصفوفة للاستكمال</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>متوسطة</translation>
    </message>
    <message>
      <source>Mid-term report</source>
      <translation>تقرير منتصف المدة</translation>
    </message>
    <message>
      <source>Ministry</source>
      <translation>وزارة</translation>
    </message>
    <message>
      <source>National human rights institution</source>
      <translation>مؤسسة وطنية لحقوق الإنسان</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>الاستعراض التالي</translation>
    </message>
    <message>
      <source>No longer relevant</source>
      <translation>لم تعد ذات صلة</translation>
    </message>
    <message>
      <source>Not applicable</source>
      <translation>لا ينطبق</translation>
    </message>
    <message>
      <source>Not implemented</source>
      <translation>غير منفذة</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>لم يبدأ تنفيذها</translation>
    </message>
    <message>
      <source>Noted</source>
      <translation>أُحيط بها علماً</translation>
    </message>
    <message>
      <source>OHCHR recommendations matrix (Word)</source>
      <translation>مصفوفة توصيات المفوضية السامية لحقوق الإنسان (Word)</translation>
    </message>
    <message>
      <source>Ongoing</source>
      <translation>جارٍ</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>فُتح</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>أخرى</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <source>Parliament</source>
      <translation>البرلمان</translation>
    </message>
    <message>
      <source>Partially implemented</source>
      <translation>منفذة جزئياً</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>قيد النظر</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>مخطط له</translation>
    </message>
    <message>
      <source>Prepared</source>
      <translation>أُعدّ</translation>
    </message>
    <message>
      <source>Process</source>
      <translation>العملية</translation>
    </message>
    <message>
      <source>Reader</source>
      <translation>قارئ</translation>
    </message>
    <message>
      <source>Reader (no editing)</source>
      <translation>قارئ (بدون تعديل)</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>وارد</translation>
    </message>
    <message>
      <source>Regional body</source>
      <translation>هيئة إقليمية</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>مسجّل</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>مرفوضة</translation>
    </message>
    <message>
      <source>Rejected — nothing changed</source>
      <translation>مرفوض — لم يتغير شيء</translation>
    </message>
    <message>
      <source>Report to a treaty body</source>
      <translation>تقرير إلى هيئة معاهدة</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>تمت التسوية</translation>
    </message>
    <message>
      <source>Returned</source>
      <translation>أُعيد</translation>
    </message>
    <message>
      <source>Revoked</source>
      <translation>أُلغي</translation>
    </message>
    <message>
      <source>Secretariat</source>
      <translation>الأمانة</translation>
    </message>
    <message>
      <source>Secretariat staff</source>
      <translation>موظفو الأمانة</translation>
    </message>
    <message>
      <source>Should decrease</source>
      <translation>ينبغي أن ينخفض</translation>
    </message>
    <message>
      <source>Should increase</source>
      <translation>ينبغي أن يرتفع</translation>
    </message>
    <message>
      <source>Should reach the target</source>
      <translation>ينبغي أن يبلغ الهدف</translation>
    </message>
    <message>
      <source>Special procedure</source>
      <translation>إجراء خاص</translation>
    </message>
    <message>
      <source>Structural</source>
      <translation>هيكلي</translation>
    </message>
    <message>
      <source>Supported</source>
      <translation>مؤيَّدة</translation>
    </message>
    <message>
      <source>Supported in part</source>
      <translation>مؤيَّدة جزئياً</translation>
    </message>
    <message>
      <source>Supporting</source>
      <translation>داعمة</translation>
    </message>
    <message>
      <source>Table with a column mapping</source>
      <translation>جدول مع مطابقة للأعمدة</translation>
    </message>
    <message>
      <source>The secretariat's database</source>
      <translation>قاعدة بيانات الأمانة</translation>
    </message>
    <message>
      <source>The secretariat's key</source>
      <translation>مفتاح الأمانة</translation>
    </message>
    <message>
      <source>This computer</source>
      <translation>هذا الحاسوب</translation>
    </message>
    <message>
      <source>Treaty body</source>
      <translation>هيئة معاهدة</translation>
    </message>
    <message>
      <source>UPR Info database export</source>
      <translation>تصدير قاعدة بيانات UPR Info</translation>
    </message>
    <message>
      <source>UPR Info issues</source>
      <translation>مواضيع UPR Info</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>دون تغيير</translation>
    </message>
    <message>
      <source>Universal Human Rights Index (OHCHR)</source>
      <translation>الفهرس العالمي لحقوق الإنسان (المفوضية السامية)</translation>
    </message>
    <message>
      <source>Universal Human Rights Index export</source>
      <translation>تصدير من الفهرس العالمي لحقوق الإنسان</translation>
    </message>
    <message>
      <source>Universal Periodic Review</source>
      <translation>الاستعراض الدوري الشامل</translation>
    </message>
    <message>
      <source>Update</source>
      <translation>تحديث</translation>
    </message>
    <message>
      <source>Validating authority</source>
      <translation>سلطة المصادقة</translation>
    </message>
    <message>
      <source>Voluntary pledges</source>
      <translation>التعهدات الطوعية</translation>
    </message>
    <message>
      <source>Waiting for a decision</source>
      <translation>بانتظار قرار</translation>
    </message>
    <message>
      <source>Waiting for acceptance</source>
      <translation>بانتظار القبول</translation>
    </message>
    <message>
      <source>Waiting for validation</source>
      <translation>بانتظار المصادقة</translation>
    </message>
    <message>
      <source>Whole copy</source>
      <translation>نسخة كاملة</translation>
    </message>
    <message>
      <source>Would apply</source>
      <translation>سيُطبَّق</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>عُدّل</translation>
    </message>
    <message>
      <source>created</source>
      <translation>أُنشئ</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>حُذف</translation>
    </message>
    <message>
      <source>restored</source>
      <translation>استُعيد</translation>
    </message>
  </context>
  <context>
    <name>ConflictReviewDialog</name>
    <message>
      <source>&lt;b&gt;Before both changes&lt;/b&gt; (base)</source>
      <translation>&lt;b&gt;قبل التغييرين&lt;/b&gt; (الأساس)</translation>
    </message>
    <message>
      <source>&lt;b&gt;Secretariat&lt;/b&gt; (now)</source>
      <translation>&lt;b&gt;الأمانة&lt;/b&gt; (الآن)</translation>
    </message>
    <message>
      <source>&lt;b&gt;{0}&lt;/b&gt; (incoming)</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt; (وارد)</translation>
    </message>
    <message>
      <source>A merged value, if neither side is right</source>
      <translation>قيمة مدمجة، إذا لم يكن أي من الطرفين محقاً</translation>
    </message>
    <message>
      <source>Changed by</source>
      <translation>عدّله</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>الحقل</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>المؤسسة</translation>
    </message>
    <message>
      <source>Justification</source>
      <translation>التبرير</translation>
    </message>
    <message>
      <source>Keep the secretariat's</source>
      <translation>الإبقاء على قيمة الأمانة</translation>
    </message>
    <message>
      <source>Merged value</source>
      <translation>القيمة المدمجة</translation>
    </message>
    <message>
      <source>No conflict waits for review.</source>
      <translation>لا يوجد تعارض ينتظر المراجعة.</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>السجل</translation>
    </message>
    <message>
      <source>Review conflicts</source>
      <translation>مراجعة التعارضات</translation>
    </message>
    <message>
      <source>Take the institution's</source>
      <translation>أخذ قيمة المؤسسة</translation>
    </message>
    <message>
      <source>Use the merged value</source>
      <translation>استخدام القيمة المدمجة</translation>
    </message>
    <message>
      <source>When</source>
      <translation>متى</translation>
    </message>
    <message>
      <source>Why this value (required; the institution will read it)</source>
      <translation>لماذا هذه القيمة (مطلوب؛ ستقرؤه المؤسسة)</translation>
    </message>
    <message>
      <source>Write a justification first: the institution will read why this value was kept.</source>
      <translation>اكتب تبريراً أولاً: ستقرأ المؤسسة سبب الإبقاء على هذه القيمة.</translation>
    </message>
  </context>
  <context>
    <name>ConsolidationDialog</name>
    <message>
      <source>Applied</source>
      <translation>طُبّق</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>تطبيق</translation>
    </message>
    <message>
      <source>Change no.</source>
      <translation>رقم التغيير</translation>
    </message>
    <message>
      <source>Conflicts</source>
      <translation>التعارضات</translation>
    </message>
    <message>
      <source>Consolidation — summary</source>
      <translation>التوحيد — ملخص</translation>
    </message>
    <message>
      <source>Consolidation — what would happen</source>
      <translation>التوحيد — ما سيحدث</translation>
    </message>
    <message>
      <source>Every change applied or was already there.</source>
      <translation>طُبّق كل تغيير أو كان موجوداً من قبل.</translation>
    </message>
    <message>
      <source>Export as PDF…</source>
      <translation>تصدير بصيغة PDF…</translation>
    </message>
    <message>
      <source>File</source>
      <translation>الملف</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>المؤسسة</translation>
    </message>
    <message>
      <source>Nothing has been changed yet. Apply to merge these files into the database (a backup is taken first), or cancel.</source>
      <translation>لم يتغير شيء بعد. اختر تطبيق لدمج هذه الملفات في قاعدة البيانات (تؤخذ نسخة احتياطية أولاً)، أو ألغِ.</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <source>Reason or fields in conflict</source>
      <translation>السبب أو الحقول المتعارضة</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>السجل</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>مرفوض</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <source>The summary is kept in the exchange ledger and goes back to each institution with the next file issued to it.</source>
      <translation>يُحفظ الملخص في سجل التبادل ويعود إلى كل مؤسسة مع الملف التالي الصادر إليها.</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>دون تغيير</translation>
    </message>
    <message>
      <source>new device, key fingerprint {0}</source>
      <translation>جهاز جديد، بصمة المفتاح {0}</translation>
    </message>
    <message>
      <source>unsigned changes (a whole database file)</source>
      <translation>تغييرات غير موقّعة (ملف قاعدة بيانات كامل)</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <source>A deadline of theirs has passed</source>
      <translation>انقضى أحد مواعيدها النهائية</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>لوحة المتابعة</translation>
    </message>
    <message>
      <source>Every recommendation</source>
      <translation>جميع التوصيات</translation>
    </message>
    <message>
      <source>No changes yet.</source>
      <translation>لا توجد تغييرات بعد.</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>لم تُقيَّم</translation>
    </message>
    <message>
      <source>Nothing overdue.</source>
      <translation>لا شيء متأخر.</translation>
    </message>
    <message>
      <source>Overdue, by lead institution</source>
      <translation>المتأخر، حسب المؤسسة الرائدة</translation>
    </message>
    <message>
      <source>Progress behind the time elapsed between baseline and target</source>
      <translation>التقدم متأخر عن الوقت المنقضي بين خط الأساس والهدف</translation>
    </message>
    <message>
      <source>Recent activity</source>
      <translation>النشاط الأخير</translation>
    </message>
    <message>
      <source>Status by SDG goal</source>
      <translation>الحالة حسب هدف التنمية المستدامة</translation>
    </message>
    <message>
      <source>Status by lead institution</source>
      <translation>الحالة حسب المؤسسة الرائدة</translation>
    </message>
    <message>
      <source>Status by mechanism</source>
      <translation>الحالة حسب الآلية</translation>
    </message>
    <message>
      <source>Status by theme (largest themes)</source>
      <translation>الحالة حسب الموضوع (أكبر المواضيع)</translation>
    </message>
    <message>
      <source>Submitted, waiting for the ministry's validating authority</source>
      <translation>مقدَّم، بانتظار سلطة المصادقة في الوزارة</translation>
    </message>
    <message>
      <source>Those with a lead institution</source>
      <translation>التوصيات التي لها مؤسسة رائدة</translation>
    </message>
    <message>
      <source>Validated, waiting for the secretariat</source>
      <translation>مصادَق عليه، بانتظار الأمانة</translation>
    </message>
    <message>
      <source>{0}
indicators off track</source>
      <translation>{0}
مؤشرات خارج المسار</translation>
    </message>
    <message>
      <source>{0}
overdue</source>
      <translation>{0}
متأخرة</translation>
    </message>
    <message>
      <source>{0}
recommendations</source>
      <translation>{0}
توصيات</translation>
    </message>
    <message>
      <source>{0}
waiting for acceptance</source>
      <translation>{0}
بانتظار القبول</translation>
    </message>
    <message>
      <source>{0}
waiting for validation</source>
      <translation>{0}
بانتظار المصادقة</translation>
    </message>
    <message>
      <source>{0}
with a lead institution</source>
      <translation>{0}
لها مؤسسة رائدة</translation>
    </message>
    <message>
      <source>{0}: {1}</source>
      <translation>{0}: {1}</translation>
    </message>
    <message>
      <source>{0}: {1} overdue</source>
      <translation>{0}: {1} متأخرة</translation>
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
      <translation>عرض توضيحي — كل ما هنا بيانات مولَّدة عن دولة وهمية، وليست توصيات حقيقية.</translation>
    </message>
    <message>
      <source>READ-ONLY — {0} is on read-only media or in a folder you cannot write, so nothing here can be changed. To work on it, save a copy to a writable folder (File &gt; Back up now…) and open the copy.</source>
      <translation>للقراءة فقط — {0} موجود على وسيط للقراءة فقط أو في مجلد لا يمكنك الكتابة فيه، لذا لا يمكن تغيير أي شيء هنا. للعمل عليه، احفظ نسخة في مجلد قابل للكتابة (ملف &gt; نسخ احتياطي الآن…) وافتح النسخة.</translation>
    </message>
  </context>
  <context>
    <name>DeadlineDialog</name>
    <message>
      <source>Due on:</source>
      <translation>مستحق في:</translation>
    </message>
    <message>
      <source>Indicator reporting</source>
      <translation>الإبلاغ عن المؤشرات</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>المؤسسة:</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>النوع:</translation>
    </message>
    <message>
      <source>Mid-term report</source>
      <translation>تقرير منتصف المدة</translation>
    </message>
    <message>
      <source>New deadline</source>
      <translation>موعد نهائي جديد</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>الاستعراض التالي</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>أخرى</translation>
    </message>
    <message>
      <source>Report to a treaty body</source>
      <translation>تقرير إلى هيئة معاهدة</translation>
    </message>
    <message>
      <source>What is due:</source>
      <translation>المطلوب:</translation>
    </message>
    <message>
      <source>What is due: say what the deadline is for.</source>
      <translation>المطلوب: اذكر الغرض من الموعد النهائي.</translation>
    </message>
    <message>
      <source>e.g. Written contribution to the mid-term report</source>
      <translation>مثال: مساهمة مكتوبة في تقرير منتصف المدة</translation>
    </message>
  </context>
  <context>
    <name>DetailPane</name>
    <message>
      <source> · internal</source>
      <translation> · داخلي</translation>
    </message>
    <message>
      <source>(no reference)</source>
      <translation>(بدون مرجع)</translation>
    </message>
    <message>
      <source>A draft or returned report can be changed</source>
      <translation>يمكن تعديل تقرير في حالة مسودة أو مُعاد</translation>
    </message>
    <message>
      <source>Accept</source>
      <translation>قبول</translation>
    </message>
    <message>
      <source>Add supporting…</source>
      <translation>إضافة مؤسسة داعمة…</translation>
    </message>
    <message>
      <source>Affected persons</source>
      <translation>الأشخاص المعنيون</translation>
    </message>
    <message>
      <source>Alike</source>
      <translation>متشابهة</translation>
    </message>
    <message>
      <source>Assignment</source>
      <translation>الإسناد</translation>
    </message>
    <message>
      <source>Attach evidence…</source>
      <translation>إرفاق أدلة داعمة…</translation>
    </message>
    <message>
      <source>Cluster with these…</source>
      <translation>تجميع مع هذه…</translation>
    </message>
    <message>
      <source>Clusters</source>
      <translation>المجموعات</translation>
    </message>
    <message>
      <source>Correct the reference, text, position, priority or notes (recorded in the history)</source>
      <translation>تصحيح المرجع أو النص أو الموقف أو الأولوية أو الملاحظات (يُسجَّل في السجل التاريخي)</translation>
    </message>
    <message>
      <source>Current status</source>
      <translation>الحالة الحالية</translation>
    </message>
    <message>
      <source>Edit report…</source>
      <translation>تعديل التقرير…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>تعديل…</translation>
    </message>
    <message>
      <source>Files attached to the selected progress report; drop files here to attach them</source>
      <translation>الملفات المرفقة بالتقرير المرحلي المحدد؛ أفلت الملفات هنا لإرفاقها</translation>
    </message>
    <message>
      <source>Go to</source>
      <translation>انتقال إلى</translation>
    </message>
    <message>
      <source>History</source>
      <translation>السجل التاريخي</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>المؤسسة</translation>
    </message>
    <message>
      <source>Lead</source>
      <translation>رائدة</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>الآلية</translation>
    </message>
    <message>
      <source>Narrative</source>
      <translation>السرد</translation>
    </message>
    <message>
      <source>New progress report…</source>
      <translation>تقرير مرحلي جديد…</translation>
    </message>
    <message>
      <source>Next steps</source>
      <translation>الخطوات التالية</translation>
    </message>
    <message>
      <source>No focal point recorded.</source>
      <translation>لم تُسجَّل أي جهة تنسيق.</translation>
    </message>
    <message>
      <source>No institution is assigned yet. Select the recommendation (or several) and use Set lead… (Ctrl+L).</source>
      <translation>لم تُسند أي مؤسسة بعد. حدد التوصية (أو عدة توصيات) واستخدم تعيين الجهة الرائدة… (Ctrl+L).</translation>
    </message>
    <message>
      <source>No other recommendation is much alike.</source>
      <translation>لا توجد توصية أخرى مشابهة كثيراً.</translation>
    </message>
    <message>
      <source>No progress report yet: the lead institution's focal point writes one with New progress report…</source>
      <translation>لا يوجد تقرير مرحلي بعد: تكتبه جهة التنسيق في المؤسسة الرائدة بالأمر تقرير مرحلي جديد…</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>لم تُقيَّم</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <source>Open evidence</source>
      <translation>فتح الأدلة الداعمة</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>الفترة</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>الخطة</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>الموقف</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>الأولوية</translation>
    </message>
    <message>
      <source>Put this recommendation and the similar ones selected in one cluster</source>
      <translation>وضع هذه التوصية والتوصيات المشابهة المحددة في مجموعة واحدة</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>التوصية</translation>
    </message>
    <message>
      <source>Recommending States</source>
      <translation>الدول المقدِّمة للتوصية</translation>
    </message>
    <message>
      <source>Ref.</source>
      <translation>المرجع</translation>
    </message>
    <message>
      <source>Returned because</source>
      <translation>أُعيد لأن</translation>
    </message>
    <message>
      <source>Return…</source>
      <translation>إعادة…</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>الاستعراض</translation>
    </message>
    <message>
      <source>SDGs</source>
      <translation>أهداف التنمية المستدامة</translation>
    </message>
    <message>
      <source>Set lead…</source>
      <translation>تعيين الجهة الرائدة…</translation>
    </message>
    <message>
      <source>Show the selected one in the register (double-click does the same)</source>
      <translation>عرض التوصية المحددة في السجل (النقر المزدوج يفعل ذلك أيضاً)</translation>
    </message>
    <message>
      <source>Similar</source>
      <translation>مشابهة</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>المصادر</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>المرحلة</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Submit</source>
      <translation>تقديم</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>المواضيع</translation>
    </message>
    <message>
      <source>Validate</source>
      <translation>مصادقة</translation>
    </message>
    <message>
      <source>With several institutions, the recommendation is as far along as the least advanced of them.</source>
      <translation>عند وجود عدة مؤسسات، يكون تقدم التوصية بقدر تقدم أقلها تقدماً.</translation>
    </message>
    <message>
      <source>none</source>
      <translation>لا شيء</translation>
    </message>
  </context>
  <context>
    <name>DirectoryCommands</name>
    <message>
      <source>Add institution {0}</source>
      <translation>إضافة المؤسسة {0}</translation>
    </message>
    <message>
      <source>Add spelling</source>
      <translation>إضافة كتابة</translation>
    </message>
    <message>
      <source>Add spelling “{0}”</source>
      <translation>إضافة الكتابة «{0}»</translation>
    </message>
    <message>
      <source>Add to the list</source>
      <translation>إضافة إلى القائمة</translation>
    </message>
    <message>
      <source>Add {0} to {1}</source>
      <translation>إضافة {0} إلى {1}</translation>
    </message>
    <message>
      <source>Add “{0}”</source>
      <translation>إضافة «{0}»</translation>
    </message>
    <message>
      <source>Another way documents write this State's name:</source>
      <translation>طريقة أخرى تكتب بها الوثائق اسم هذه الدولة:</translation>
    </message>
    <message>
      <source>Calendar of {0}</source>
      <translation>تقويم {0}</translation>
    </message>
    <message>
      <source>Calendar of {0} saved.</source>
      <translation>حُفظ تقويم {0}.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Delete “{0}”</source>
      <translation>حذف «{0}»</translation>
    </message>
    <message>
      <source>Delete “{0}” from the list? Edit &gt; Undo brings it back.</source>
      <translation>هل تريد حذف «{0}» من القائمة؟ تحرير &gt; تراجع يعيده.</translation>
    </message>
    <message>
      <source>Edit institution {0}</source>
      <translation>تعديل المؤسسة {0}</translation>
    </message>
    <message>
      <source>Edit {0}</source>
      <translation>تعديل {0}</translation>
    </message>
    <message>
      <source>Edit “{0}”</source>
      <translation>تعديل «{0}»</translation>
    </message>
    <message>
      <source>Institution {0} added.</source>
      <translation>أُضيفت المؤسسة {0}.</translation>
    </message>
    <message>
      <source>Institution {0} saved.</source>
      <translation>حُفظت المؤسسة {0}.</translation>
    </message>
    <message>
      <source>Remove person</source>
      <translation>إزالة الشخص</translation>
    </message>
    <message>
      <source>Remove spelling</source>
      <translation>إزالة الكتابة</translation>
    </message>
    <message>
      <source>Remove spelling “{0}”</source>
      <translation>إزالة الكتابة «{0}»</translation>
    </message>
    <message>
      <source>Remove {0}</source>
      <translation>إزالة {0}</translation>
    </message>
    <message>
      <source>Remove {0} from {1}? Edit &gt; Undo brings them back.</source>
      <translation>هل تريد إزالة {0} من {1}؟ تحرير &gt; تراجع يعيدهم.</translation>
    </message>
    <message>
      <source>Spelling that imports should no longer recognise:</source>
      <translation>كتابة لم يعد ينبغي أن تتعرف عليها عمليات الاستيراد:</translation>
    </message>
    <message>
      <source>Spelling “{0}” added.</source>
      <translation>أُضيفت الكتابة «{0}».</translation>
    </message>
    <message>
      <source>Spelling “{0}” removed.</source>
      <translation>أُزيلت الكتابة «{0}».</translation>
    </message>
    <message>
      <source>e.g. CMW</source>
      <translation>مثال: CMW</translation>
    </message>
    <message>
      <source>optional, e.g. X12</source>
      <translation>اختياري، مثال: X12</translation>
    </message>
    <message>
      <source>optional: made from the name</source>
      <translation>اختياري: يُستخرج من الاسم</translation>
    </message>
    <message>
      <source>{0} added to {1}.</source>
      <translation>أُضيف {0} إلى {1}.</translation>
    </message>
    <message>
      <source>{0} removed.</source>
      <translation>أُزيل {0}.</translation>
    </message>
    <message>
      <source>{0} saved.</source>
      <translation>حُفظ {0}.</translation>
    </message>
    <message>
      <source>“{0}” added.</source>
      <translation>أُضيف «{0}».</translation>
    </message>
    <message>
      <source>“{0}” deleted.</source>
      <translation>حُذف «{0}».</translation>
    </message>
    <message>
      <source>“{0}” saved.</source>
      <translation>حُفظ «{0}».</translation>
    </message>
  </context>
  <context>
    <name>EditRecommendationDialog</name>
    <message>
      <source>Edit recommendation {0}</source>
      <translation>تعديل التوصية {0}</translation>
    </message>
    <message>
      <source>Internal notes of the secretariat (searchable)</source>
      <translation>ملاحظات داخلية للأمانة (قابلة للبحث)</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>ملاحظات:</translation>
    </message>
    <message>
      <source>Optional: the text in the national language</source>
      <translation>اختياري: النص باللغة الوطنية</translation>
    </message>
    <message>
      <source>Position:</source>
      <translation>الموقف:</translation>
    </message>
    <message>
      <source>Priority:</source>
      <translation>الأولوية:</translation>
    </message>
    <message>
      <source>Reference:</source>
      <translation>المرجع:</translation>
    </message>
    <message>
      <source>Source of position:</source>
      <translation>مصدر الموقف:</translation>
    </message>
    <message>
      <source>Text:</source>
      <translation>النص:</translation>
    </message>
    <message>
      <source>Text: a recommendation cannot be empty.</source>
      <translation>النص: لا يمكن أن تكون التوصية فارغة.</translation>
    </message>
    <message>
      <source>Translation:</source>
      <translation>الترجمة:</translation>
    </message>
    <message>
      <source>e.g. A/HRC/55/12/Add.1, paragraph 4</source>
      <translation>مثال: A/HRC/55/12/Add.1، الفقرة 4</translation>
    </message>
  </context>
  <context>
    <name>EntryDialog</name>
    <message>
      <source>Code:</source>
      <translation>الرمز:</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>النوع:</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>الاسم:</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <source>Copy details</source>
      <translation>نسخ التفاصيل</translation>
    </message>
    <message>
      <source>Log folder: {0}</source>
      <translation>مجلد السجلات: {0}</translation>
    </message>
    <message>
      <source>NMRF Tracker met an unexpected problem. Your saved data is safe: the last change was not written. Please send the details below to your IT support.</source>
      <translation>واجه NMRF Tracker مشكلة غير متوقعة. بياناتك المحفوظة سليمة: لم يُكتب التغيير الأخير. يُرجى إرسال التفاصيل أدناه إلى الدعم التقني لديك.</translation>
    </message>
    <message>
      <source>Open log folder</source>
      <translation>فتح مجلد السجلات</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>حدث خطأ ما</translation>
    </message>
  </context>
  <context>
    <name>EvidenceDetailsDialog</name>
    <message>
      <source>Attach {0}</source>
      <translation>إرفاق {0}</translation>
    </message>
    <message>
      <source>Public (may appear in published reports)</source>
      <translation>علني (قد يظهر في التقارير المنشورة)</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>العنوان:</translation>
    </message>
  </context>
  <context>
    <name>EvidenceListDialog</name>
    <message>
      <source> · internal</source>
      <translation> · داخلي</translation>
    </message>
    <message>
      <source>Attach…</source>
      <translation>إرفاق…</translation>
    </message>
    <message>
      <source>No file attached yet.</source>
      <translation>لم يُرفق أي ملف بعد.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>فتح</translation>
    </message>
  </context>
  <context>
    <name>ExchangeCommandsMixin</name>
    <message numerus="yes">
      <source>%n change(s)</source>
      <translation>
        <numerusform>لا تغييرات</numerusform>
        <numerusform>تغيير واحد</numerusform>
        <numerusform>تغييران</numerusform>
        <numerusform>%n تغييرات</numerusform>
        <numerusform>%n تغييراً</numerusform>
        <numerusform>%n تغيير</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n evidence file(s)</source>
      <translation>
        <numerusform>لا ملفات أدلة</numerusform>
        <numerusform>ملف أدلة واحد</numerusform>
        <numerusform>ملفا أدلة</numerusform>
        <numerusform>%n ملفات أدلة</numerusform>
        <numerusform>%n ملف أدلة</numerusform>
        <numerusform>%n ملف أدلة</numerusform>
      </translation>
    </message>
    <message>
      <source>Cannot check the files</source>
      <translation>تتعذر مراجعة الملفات</translation>
    </message>
    <message>
      <source>Cannot issue the file</source>
      <translation>يتعذر إصدار الملف</translation>
    </message>
    <message>
      <source>Cannot open {0}</source>
      <translation>يتعذر فتح {0}</translation>
    </message>
    <message>
      <source>Cannot prepare the file</source>
      <translation>يتعذر إعداد الملف</translation>
    </message>
    <message>
      <source>Cannot read the conflicts</source>
      <translation>تتعذر قراءة التعارضات</translation>
    </message>
    <message>
      <source>Cannot read the exchange ledger</source>
      <translation>تتعذر قراءة سجل التبادل</translation>
    </message>
    <message>
      <source>Cannot write the summary</source>
      <translation>تتعذر كتابة الملخص</translation>
    </message>
    <message>
      <source>Checking the files</source>
      <translation>جارٍ التحقق من الملفات</translation>
    </message>
    <message>
      <source>Consolidating</source>
      <translation>جارٍ التوحيد</translation>
    </message>
    <message>
      <source>Consolidation stopped; the database is as it was before the file being applied</source>
      <translation>توقف التوحيد؛ قاعدة البيانات كما كانت قبل الملف الجاري تطبيقه</translation>
    </message>
    <message>
      <source>Creating your working copy</source>
      <translation>جارٍ إنشاء نسخة العمل الخاصة بك</translation>
    </message>
    <message>
      <source>Encrypted to the registered computers of {0}.</source>
      <translation>مشفّر لأجهزة الحاسوب المسجلة لـ {0}.</translation>
    </message>
    <message>
      <source>Encrypted: it opens only with the twelve words shown next.</source>
      <translation>مشفّر: لا يُفتح إلا بالكلمات الاثنتي عشرة المعروضة بعد ذلك.</translation>
    </message>
    <message>
      <source>File issued</source>
      <translation>صدر الملف</translation>
    </message>
    <message>
      <source>File opened</source>
      <translation>فُتح الملف</translation>
    </message>
    <message>
      <source>File ready</source>
      <translation>الملف جاهز</translation>
    </message>
    <message>
      <source>Issuing the file for {0}</source>
      <translation>جارٍ إصدار الملف لـ {0}</translation>
    </message>
    <message>
      <source>Open a file from the &amp;secretariat…</source>
      <translation>فتح ملف من الأ&amp;مانة…</translation>
    </message>
    <message>
      <source>Opening {0}</source>
      <translation>جارٍ فتح {0}</translation>
    </message>
    <message>
      <source>Preparing the file</source>
      <translation>جارٍ إعداد الملف</translation>
    </message>
    <message>
      <source>Reading the conflicts</source>
      <translation>جارٍ قراءة التعارضات</translation>
    </message>
    <message>
      <source>Reading the exchange ledger</source>
      <translation>جارٍ قراءة سجل التبادل</translation>
    </message>
    <message>
      <source>Recording the decision</source>
      <translation>جارٍ تسجيل القرار</translation>
    </message>
    <message numerus="yes">
      <source>Warning: %n row(s) were changed outside NMRF Tracker (with another program) and left out of this file. Make those changes again in the application:</source>
      <translation>
        <numerusform>تحذير: لم يُغيَّر أي صف خارج NMRF Tracker.</numerusform>
        <numerusform>تحذير: غُيّر صف واحد خارج NMRF Tracker (ببرنامج آخر) وتُرك خارج هذا الملف. أعد إجراء هذه التغييرات في التطبيق:</numerusform>
        <numerusform>تحذير: غُيّر صفان خارج NMRF Tracker (ببرنامج آخر) وتُركا خارج هذا الملف. أعد إجراء هذه التغييرات في التطبيق:</numerusform>
        <numerusform>تحذير: غُيّرت %n صفوف خارج NMRF Tracker (ببرنامج آخر) وتُركت خارج هذا الملف. أعد إجراء هذه التغييرات في التطبيق:</numerusform>
        <numerusform>تحذير: غُيّر %n صفاً خارج NMRF Tracker (ببرنامج آخر) وتُرك خارج هذا الملف. أعد إجراء هذه التغييرات في التطبيق:</numerusform>
        <numerusform>تحذير: غُيّر %n صف خارج NMRF Tracker (ببرنامج آخر) وتُرك خارج هذا الملف. أعد إجراء هذه التغييرات في التطبيق:</numerusform>
      </translation>
    </message>
    <message>
      <source>Writing the summary</source>
      <translation>جارٍ كتابة الملخص</translation>
    </message>
    <message>
      <source>Your working copy is ready</source>
      <translation>نسخة العمل الخاصة بك جاهزة</translation>
    </message>
    <message>
      <source>a whole copy</source>
      <translation>نسخة كاملة</translation>
    </message>
    <message>
      <source>the changes since what it acknowledged</source>
      <translation>التغييرات منذ آخر ما أقرّت باستلامه</translation>
    </message>
    <message>
      <source>{0} holds {1} and {2}, signed by this computer. It was checked after writing: copy it to the USB stick or attach it to an e-mail for the secretariat.</source>
      <translation>يحتوي {0} على {1} و{2}، موقّعة من هذا الحاسوب. جرى التحقق منه بعد الكتابة: انسخه إلى ذاكرة USB أو أرفقه برسالة بريد إلكتروني إلى الأمانة.</translation>
    </message>
    <message>
      <source>{0} holds {1} for {2}: {3} rows, {4} evidence files.

Signed with the secretariat's key, fingerprint {5} — the focal point compares it when opening the file the first time.</source>
      <translation>يحتوي {0} على {1} لـ {2}: {3} صفاً، {4} ملفات أدلة.

موقّع بمفتاح الأمانة، البصمة {5} — تقارنها جهة التنسيق عند فتح الملف أول مرة.</translation>
    </message>
    <message>
      <source>{0} now holds {1}'s recommendations and everything attached to them.

The secretariat's key is pinned: fingerprint {2}. Compare it with the one the secretariat gives you; files signed by any other key will be refused.</source>
      <translation>يحتوي {0} الآن على توصيات {1} وكل ما يرتبط بها.

مفتاح الأمانة مثبَّت: البصمة {2}. قارنها بالبصمة التي تعطيك إياها الأمانة؛ وستُرفض الملفات الموقّعة بأي مفتاح آخر.</translation>
    </message>
    <message>
      <source>{0}: {1} rows added, {2} updated; {3} of your changes kept until the secretariat has them.</source>
      <translation>{0}: أُضيف {1} صفاً، وحُدّث {2}؛ ويُحتفظ بـ {3} من تغييراتك إلى أن تتسلمها الأمانة.</translation>
    </message>
  </context>
  <context>
    <name>ExchangePage</name>
    <message numerus="yes">
      <source>%n change(s) wait to be sent; the secretariat has acknowledged your changes up to number {0}. A file always carries everything not yet acknowledged, so a lost USB stick costs nothing.</source>
      <translation>
        <numerusform>لا تغييرات تنتظر الإرسال؛ أقرّت الأمانة باستلام تغييراتك حتى الرقم {0}. يحمل الملف دائماً كل ما لم يُقرّ باستلامه بعد، لذا لا يكلّف ضياع ذاكرة USB شيئاً.</numerusform>
        <numerusform>تغيير واحد ينتظر الإرسال؛ أقرّت الأمانة باستلام تغييراتك حتى الرقم {0}. يحمل الملف دائماً كل ما لم يُقرّ باستلامه بعد، لذا لا يكلّف ضياع ذاكرة USB شيئاً.</numerusform>
        <numerusform>تغييران ينتظران الإرسال؛ أقرّت الأمانة باستلام تغييراتك حتى الرقم {0}. يحمل الملف دائماً كل ما لم يُقرّ باستلامه بعد، لذا لا يكلّف ضياع ذاكرة USB شيئاً.</numerusform>
        <numerusform>%n تغييرات تنتظر الإرسال؛ أقرّت الأمانة باستلام تغييراتك حتى الرقم {0}. يحمل الملف دائماً كل ما لم يُقرّ باستلامه بعد، لذا لا يكلّف ضياع ذاكرة USB شيئاً.</numerusform>
        <numerusform>%n تغييراً ينتظر الإرسال؛ أقرّت الأمانة باستلام تغييراتك حتى الرقم {0}. يحمل الملف دائماً كل ما لم يُقرّ باستلامه بعد، لذا لا يكلّف ضياع ذاكرة USB شيئاً.</numerusform>
        <numerusform>%n تغيير ينتظر الإرسال؛ أقرّت الأمانة باستلام تغييراتك حتى الرقم {0}. يحمل الملف دائماً كل ما لم يُقرّ باستلامه بعد، لذا لا يكلّف ضياع ذاكرة USB شيئاً.</numerusform>
      </translation>
    </message>
    <message>
      <source>&lt;b&gt;Everything you sent so far was applied&lt;/b&gt; (or nothing was sent yet).</source>
      <translation>&lt;b&gt;طُبّق كل ما أرسلته حتى الآن&lt;/b&gt; (أو لم يُرسَل شيء بعد).</translation>
    </message>
    <message>
      <source>&lt;b&gt;Files issued and received&lt;/b&gt;</source>
      <translation>&lt;b&gt;الملفات الصادرة والواردة&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Your changes that did not simply apply&lt;/b&gt; (last file from the secretariat; {0} still wait for its review)</source>
      <translation>&lt;b&gt;تغييراتك التي لم تُطبَّق ببساطة&lt;/b&gt; (آخر ملف من الأمانة؛ {0} لا تزال تنتظر مراجعتها)</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>الرمز</translation>
    </message>
    <message>
      <source>Consolidate files from ministries…</source>
      <translation>توحيد الملفات الواردة من الوزارات…</translation>
    </message>
    <message>
      <source>Devices</source>
      <translation>الأجهزة</translation>
    </message>
    <message>
      <source>Direction</source>
      <translation>الاتجاه</translation>
    </message>
    <message>
      <source>Exchange with the institutions</source>
      <translation>التبادل مع المؤسسات</translation>
    </message>
    <message>
      <source>Exchange with the secretariat — {0}</source>
      <translation>التبادل مع الأمانة — {0}</translation>
    </message>
    <message>
      <source>File</source>
      <translation>الملف</translation>
    </message>
    <message>
      <source>Files are encrypted to the computers the institution already sent files from. For another computer, this file opens with twelve words you read to the focal point instead.</source>
      <translation>تُشفَّر الملفات لأجهزة الحاسوب التي سبق أن أرسلت منها المؤسسة ملفات. أما لجهاز آخر، فيُفتح هذا الملف باثنتي عشرة كلمة تقرؤها على جهة التنسيق.</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>المؤسسة</translation>
    </message>
    <message>
      <source>Issue a file for the selected institution…</source>
      <translation>إصدار ملف للمؤسسة المحددة…</translation>
    </message>
    <message>
      <source>Issue each institution its file (a whole copy the first time, then the changes since what it acknowledged), send it by USB stick or e-mail, and consolidate the files they send back. Nothing is applied before its signature, device and scope are checked.</source>
      <translation>أصدر لكل مؤسسة ملفها (نسخة كاملة في المرة الأولى، ثم التغييرات منذ آخر ما أقرّت باستلامه)، وأرسله بذاكرة USB أو بالبريد الإلكتروني، ووحّد الملفات التي تعيدها. لا يُطبَّق شيء قبل التحقق من توقيعه وجهازه ونطاقه.</translation>
    </message>
    <message>
      <source>Issue for a new computer…</source>
      <translation>إصدار لجهاز حاسوب جديد…</translation>
    </message>
    <message>
      <source>Last file issued</source>
      <translation>آخر ملف صادر</translation>
    </message>
    <message>
      <source>Last file received</source>
      <translation>آخر ملف وارد</translation>
    </message>
    <message>
      <source>No file issued or received yet.</source>
      <translation>لم يصدر أو يرد أي ملف بعد.</translation>
    </message>
    <message>
      <source>Open a file from the secretariat…</source>
      <translation>فتح ملف من الأمانة…</translation>
    </message>
    <message>
      <source>Open conflicts</source>
      <translation>التعارضات المفتوحة</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <source>Prepare a file for the secretariat…</source>
      <translation>إعداد ملف للأمانة…</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>السجل</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <source>Review conflicts ({0})</source>
      <translation>مراجعة التعارضات ({0})</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>مُرسَل</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>The secretariat's key fingerprint: &lt;b&gt;{0}&lt;/b&gt; — compare it with the one the secretariat gives you. This computer's: &lt;b&gt;{1}&lt;/b&gt; — the secretariat will ask you for it the first time you send a file.</source>
      <translation>بصمة مفتاح الأمانة: &lt;b&gt;{0}&lt;/b&gt; — قارنها بالبصمة التي تعطيك إياها الأمانة. بصمة هذا الحاسوب: &lt;b&gt;{1}&lt;/b&gt; — ستطلبها منك الأمانة في أول مرة ترسل فيها ملفاً.</translation>
    </message>
    <message>
      <source>When</source>
      <translation>متى</translation>
    </message>
    <message>
      <source>waits for the secretariat's review ({0})</source>
      <translation>ينتظر مراجعة الأمانة ({0})</translation>
    </message>
  </context>
  <context>
    <name>ExportMatrixDialog</name>
    <message>
      <source>A protected workbook the institution fills in Excel and sends back; import it with Reports &gt; Import a completed matrix…</source>
      <translation>مصنف محمي تملؤه المؤسسة في Excel وتعيده؛ استورده بالأمر تقارير &gt; استيراد مصفوفة مستكملة…</translation>
    </message>
    <message>
      <source>Adds the lead (drop-down of institution codes) and supporting institutions (codes separated by ;) as editable columns; changes made there are applied on import for the secretariat only.</source>
      <translation>يضيف المؤسسة الرائدة (قائمة منسدلة برموز المؤسسات) والمؤسسات الداعمة (رموز يفصل بينها ;) كأعمدة قابلة للتعديل؛ ولا تُطبَّق التغييرات التي تُجرى فيها عند الاستيراد إلا للأمانة.</translation>
    </message>
    <message>
      <source>Also one sheet per lead institution</source>
      <translation>وأيضاً ورقة لكل مؤسسة رائدة</translation>
    </message>
    <message>
      <source>Choose the institution that will fill it in.</source>
      <translation>اختر المؤسسة التي ستملؤها.</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>مجموعة</translation>
    </message>
    <message>
      <source>Every institution</source>
      <translation>جميع المؤسسات</translation>
    </message>
    <message>
      <source>For completion by the institution</source>
      <translation>للاستكمال من قبل المؤسسة</translation>
    </message>
    <message>
      <source>Group by:</source>
      <translation>التجميع حسب:</translation>
    </message>
    <message>
      <source>Implementation matrix (Excel)</source>
      <translation>مصفوفة التنفيذ (Excel)</translation>
    </message>
    <message>
      <source>Language of the headings:</source>
      <translation>لغة العناوين:</translation>
    </message>
    <message>
      <source>Lead and supporting institutions editable too (for the secretariat)</source>
      <translation>المؤسسات الرائدة والداعمة قابلة للتعديل أيضاً (للأمانة)</translation>
    </message>
    <message>
      <source>Lead institution</source>
      <translation>المؤسسة الرائدة</translation>
    </message>
    <message>
      <source>Led or supported by:</source>
      <translation>تقودها أو تدعمها:</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>الآلية</translation>
    </message>
    <message>
      <source>One row per recommendation under bold group rows, with the tracking columns; a cover and a summary sheet. Prints on A4 landscape: the essential columns in readable type, the reference repeated on every page.</source>
      <translation>صف لكل توصية تحت صفوف مجموعات بخط عريض، مع أعمدة المتابعة؛ وورقة غلاف وورقة ملخص. يُطبع على ورق A4 أفقي: الأعمدة الأساسية بخط مقروء، والمرجع مكرر في كل صفحة.</translation>
    </message>
    <message>
      <source>Recommendations:</source>
      <translation>التوصيات:</translation>
    </message>
    <message>
      <source>SDG goal</source>
      <translation>هدف التنمية المستدامة</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>الموضوع</translation>
    </message>
  </context>
  <context>
    <name>FacetPanel</name>
    <message>
      <source>(no lead institution yet)</source>
      <translation>(لا مؤسسة رائدة بعد)</translation>
    </message>
    <message>
      <source>Affected persons</source>
      <translation>الأشخاص المعنيون</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>مسح</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>مجموعة</translation>
    </message>
    <message>
      <source>Deadlines</source>
      <translation>المواعيد النهائية</translation>
    </message>
    <message>
      <source>Due in the next 30 days</source>
      <translation>مستحق خلال الأيام الثلاثين القادمة</translation>
    </message>
    <message>
      <source>Filters</source>
      <translation>عوامل التصفية</translation>
    </message>
    <message>
      <source>Lead institution</source>
      <translation>المؤسسة الرائدة</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>الآلية</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>لم تُقيَّم</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>متأخر</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>الموقف</translation>
    </message>
    <message>
      <source>Progress reports</source>
      <translation>التقارير المرحلية</translation>
    </message>
    <message>
      <source>Review / cycle</source>
      <translation>الاستعراض / الدورة</translation>
    </message>
    <message>
      <source>SDG goal</source>
      <translation>هدف التنمية المستدامة</translation>
    </message>
    <message>
      <source>Show all recommendations again</source>
      <translation>عرض جميع التوصيات مرة أخرى</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Supporting institution</source>
      <translation>المؤسسة الداعمة</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>الموضوع</translation>
    </message>
  </context>
  <context>
    <name>GuideDialog</name>
    <message>
      <source>Focal point</source>
      <translation>جهة التنسيق</translation>
    </message>
    <message>
      <source>Secretariat</source>
      <translation>الأمانة</translation>
    </message>
    <message>
      <source>User guide</source>
      <translation>دليل المستخدم</translation>
    </message>
    <message>
      <source>Validating authority</source>
      <translation>سلطة المصادقة</translation>
    </message>
  </context>
  <context>
    <name>HelpCommandsMixin</name>
    <message>
      <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Offline follow-up of UN human-rights recommendations for national mechanisms and their ministries.&lt;/p&gt;&lt;p&gt;Python {2}, Qt for Python {3}&lt;/p&gt;</source>
      <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;متابعة توصيات الأمم المتحدة في مجال حقوق الإنسان دون اتصال بالإنترنت، للآليات الوطنية ووزاراتها.&lt;/p&gt;&lt;p&gt;Python {2}، Qt for Python {3}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Open database&lt;/b&gt;&lt;br&gt;{0}&lt;br&gt;Recommendations: {1} · institutions: {2} · schema {3}&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;قاعدة البيانات المفتوحة&lt;/b&gt;&lt;br&gt;{0}&lt;br&gt;التوصيات: {1} · المؤسسات: {2} · المخطط {3}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Logs: {0}&lt;/p&gt;</source>
      <translation>&lt;p&gt;السجلات: {0}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About NMRF Tracker</source>
      <translation>حول NMRF Tracker</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <source>History</source>
      <translation>السجل التاريخي</translation>
    </message>
    <message>
      <source>No change recorded.</source>
      <translation>لم يُسجَّل أي تغيير.</translation>
    </message>
  </context>
  <context>
    <name>HistoryTable</name>
    <message>
      <source>Click ▸ (or press →) to see the fields a change made</source>
      <translation>انقر ▸ (أو اضغط →) لرؤية الحقول التي غيّرها التغيير</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>التوصية</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>ما حدث</translation>
    </message>
    <message>
      <source>When</source>
      <translation>متى</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>من</translation>
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
      <translation>بواسطة</translation>
    </message>
    <message>
      <source>File</source>
      <translation>الملف</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>الصيغة</translation>
    </message>
    <message>
      <source>Import history</source>
      <translation>سجل الاستيراد</translation>
    </message>
    <message>
      <source>New</source>
      <translation>جديدة</translation>
    </message>
    <message>
      <source>Nothing has been imported into this database yet.</source>
      <translation>لم يُستورد شيء إلى قاعدة البيانات هذه بعد.</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>مرفوضة</translation>
    </message>
    <message>
      <source>To confirm</source>
      <translation>للتأكيد</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>دون تغيير</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>محدَّثة</translation>
    </message>
    <message>
      <source>When</source>
      <translation>متى</translation>
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
      <translation>أُلغي: لم يُستورد شيء.</translation>
    </message>
    <message>
      <source>Checking the files</source>
      <translation>جارٍ التحقق من الملفات</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>استيراد</translation>
    </message>
    <message>
      <source>Import recommendations</source>
      <translation>استيراد التوصيات</translation>
    </message>
    <message>
      <source>Importing</source>
      <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
      <source>Matching recommendations with the register: {done:,} of {total:,}</source>
      <translation>مطابقة التوصيات مع السجل: {done:,} من {total:,}</translation>
    </message>
    <message>
      <source>Reading {file} (file {number} of {count})</source>
      <translation>جارٍ قراءة {file} (الملف {number} من {count})</translation>
    </message>
    <message>
      <source>Saving to the database file. This last step cannot be cancelled.</source>
      <translation>جارٍ الحفظ في ملف قاعدة البيانات. لا يمكن إلغاء هذه الخطوة الأخيرة.</translation>
    </message>
    <message>
      <source>Writing the recommendations, their links and their change records</source>
      <translation>جارٍ كتابة التوصيات وروابطها وسجلات تغييرها</translation>
    </message>
  </context>
  <context>
    <name>IndicatorChart</name>
    <message>
      <source> — off track</source>
      <translation> — خارج المسار</translation>
    </message>
    <message>
      <source>Select an indicator to see its values against the target.</source>
      <translation>حدد مؤشراً لرؤية قيمه مقارنة بالهدف.</translation>
    </message>
    <message>
      <source>target {0:,.4g} {1}</source>
      <translation>الهدف {0:,.4g} {1}</translation>
    </message>
    <message>
      <source>{0:.0%} of the way to the target{1}</source>
      <translation>{0:.0%} من الطريق إلى الهدف{1}</translation>
    </message>
  </context>
  <context>
    <name>IndicatorDialog</name>
    <message>
      <source>%, people, cases…</source>
      <translation>%، أشخاص، حالات…</translation>
    </message>
    <message>
      <source>(the recommendation itself)</source>
      <translation>(التوصية نفسها)</translation>
    </message>
    <message>
      <source>Baseline date:</source>
      <translation>تاريخ خط الأساس:</translation>
    </message>
    <message>
      <source>Baseline value</source>
      <translation>قيمة خط الأساس</translation>
    </message>
    <message>
      <source>Baseline value:</source>
      <translation>قيمة خط الأساس:</translation>
    </message>
    <message>
      <source>Data source:</source>
      <translation>مصدر البيانات:</translation>
    </message>
    <message>
      <source>Direction:</source>
      <translation>الاتجاه:</translation>
    </message>
    <message>
      <source>Disaggregated by:</source>
      <translation>مصنف حسب:</translation>
    </message>
    <message>
      <source>Edit indicator</source>
      <translation>تعديل المؤشر</translation>
    </message>
    <message>
      <source>Measures:</source>
      <translation>يقيس:</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>الاسم:</translation>
    </message>
    <message>
      <source>Name: an indicator needs a name.</source>
      <translation>الاسم: يحتاج المؤشر إلى اسم.</translation>
    </message>
    <message>
      <source>New indicator</source>
      <translation>مؤشر جديد</translation>
    </message>
    <message>
      <source>Responsible institution:</source>
      <translation>المؤسسة المسؤولة:</translation>
    </message>
    <message>
      <source>Target date:</source>
      <translation>التاريخ المستهدف:</translation>
    </message>
    <message>
      <source>Target date: it should come after the baseline.</source>
      <translation>التاريخ المستهدف: ينبغي أن يأتي بعد خط الأساس.</translation>
    </message>
    <message>
      <source>Target value</source>
      <translation>القيمة المستهدفة</translation>
    </message>
    <message>
      <source>Target value:</source>
      <translation>القيمة المستهدفة:</translation>
    </message>
    <message>
      <source>Type:</source>
      <translation>النوع:</translation>
    </message>
    <message>
      <source>Unit:</source>
      <translation>الوحدة:</translation>
    </message>
    <message>
      <source>e.g. Civil registry annual statistics</source>
      <translation>مثال: الإحصاءات السنوية للسجل المدني</translation>
    </message>
    <message>
      <source>e.g. Share of births registered within 30 days</source>
      <translation>مثال: نسبة المواليد المسجلين خلال 30 يوماً</translation>
    </message>
    <message>
      <source>e.g. sex, age group, region</source>
      <translation>مثال: الجنس، الفئة العمرية، المنطقة</translation>
    </message>
  </context>
  <context>
    <name>InstitutionDialog</name>
    <message>
      <source>Address, switchboard, general e-mail</source>
      <translation>العنوان، المقسم، البريد الإلكتروني العام</translation>
    </message>
    <message>
      <source>Code:</source>
      <translation>الرمز:</translation>
    </message>
    <message>
      <source>Contact:</source>
      <translation>جهة الاتصال:</translation>
    </message>
    <message>
      <source>Institution {0}</source>
      <translation>المؤسسة {0}</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>النوع:</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>الاسم:</translation>
    </message>
    <message>
      <source>New institution</source>
      <translation>مؤسسة جديدة</translation>
    </message>
    <message>
      <source>The code names the institution in files exchanged with the ministries: it cannot change.</source>
      <translation>يسمّي الرمز المؤسسة في الملفات المتبادلة مع الوزارات: لا يمكن تغييره.</translation>
    </message>
    <message>
      <source>e.g. MOJ — letters, digits, - or _</source>
      <translation>مثال: MOJ — أحرف لاتينية أو أرقام أو - أو _</translation>
    </message>
  </context>
  <context>
    <name>InstitutionTableModel</name>
    <message>
      <source>Alternate</source>
      <translation>مناوب</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>الرمز</translation>
    </message>
    <message>
      <source>Focal point</source>
      <translation>جهة التنسيق</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>المؤسسة</translation>
    </message>
    <message>
      <source>Leads</source>
      <translation>تقود</translation>
    </message>
    <message>
      <source>Supports</source>
      <translation>تدعم</translation>
    </message>
    <message>
      <source>Validating authority</source>
      <translation>سلطة المصادقة</translation>
    </message>
  </context>
  <context>
    <name>InstitutionsPage</name>
    <message>
      <source>Add person…</source>
      <translation>إضافة شخص…</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>تعديل…</translation>
    </message>
    <message>
      <source>Institutions and focal points ({0})</source>
      <translation>المؤسسات وجهات التنسيق ({0})</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>New institution…</source>
      <translation>مؤسسة جديدة…</translation>
    </message>
    <message>
      <source>Nobody recorded yet. Add the main focal point, an alternate and the validating authority: their names appear in reports and reminder letters.</source>
      <translation>لم يُسجَّل أحد بعد. أضف جهة التنسيق الرئيسية ومناوباً وسلطة المصادقة: تظهر أسماؤهم في التقارير ورسائل التذكير.</translation>
    </message>
    <message>
      <source>People of {0}</source>
      <translation>أشخاص {0}</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>إزالة</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>الدور</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>المسمى الوظيفي</translation>
    </message>
  </context>
  <context>
    <name>KeyCommandsMixin</name>
    <message>
      <source>&amp;Back up the key…</source>
      <translation>&amp;نسخ المفتاح احتياطياً…</translation>
    </message>
    <message>
      <source>&amp;Restore it from a backup…</source>
      <translation>&amp;استعادته من نسخة احتياطية…</translation>
    </message>
    <message>
      <source>Backing up the key</source>
      <translation>جارٍ نسخ المفتاح احتياطياً</translation>
    </message>
    <message>
      <source>Cannot back up the key</source>
      <translation>تعذّر نسخ المفتاح احتياطياً</translation>
    </message>
    <message>
      <source>Cannot unlock this computer's key</source>
      <translation>تعذّر فتح قفل مفتاح هذا الحاسوب</translation>
    </message>
    <message>
      <source>Key backed up</source>
      <translation>نُسخ المفتاح احتياطياً</translation>
    </message>
    <message>
      <source>Key restored</source>
      <translation>استُعيد المفتاح</translation>
    </message>
    <message>
      <source>Make a new key for the secretariat, in place of one that was lost or copied?

Every ministry must then accept the new key: when a focal point opens your next file, they are shown its fingerprint and compare it with you by phone. Files the ministries encrypted to the old key can no longer be read; they prepare them again (nothing is lost: a file always carries every change not yet acknowledged).</source>
      <translation>إنشاء مفتاح جديد للأمانة بدلاً من مفتاح ضاع أو نُسخ؟

على كل وزارة عندئذ أن تقبل المفتاح الجديد: عندما تفتح جهة التنسيق ملفك التالي تُعرض عليها بصمته فتقارنها معك عبر الهاتف. لم يعد ممكناً قراءة الملفات التي شفّرتها الوزارات للمفتاح القديم؛ فتعدّها من جديد (لا يضيع شيء: يحمل الملف دائماً كل تغيير لم يُؤكَّد استلامه بعد).</translation>
    </message>
    <message>
      <source>New key</source>
      <translation>مفتاح جديد</translation>
    </message>
    <message>
      <source>Passphrase of the backup</source>
      <translation>عبارة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
      <source>Re&amp;place a lost key…</source>
      <translation>است&amp;بدال مفتاح ضائع…</translation>
    </message>
    <message>
      <source>Replace the secretariat's key</source>
      <translation>استبدال مفتاح الأمانة</translation>
    </message>
    <message>
      <source>Replacing the key</source>
      <translation>جارٍ استبدال المفتاح</translation>
    </message>
    <message>
      <source>Restoring the key</source>
      <translation>جارٍ استعادة المفتاح</translation>
    </message>
    <message>
      <source>The backup holds this computer's exchange key, protected by the passphrase you choose now. Keep the file and the passphrase apart from this computer (a safe, another building): with both, anyone can sign and read files as this computer.</source>
      <translation>تحتوي النسخة الاحتياطية على مفتاح التبادل لهذا الحاسوب، محمياً بعبارة المرور التي تختارها الآن. احفظ الملف وعبارة المرور بعيداً عن هذا الحاسوب (خزنة، مبنى آخر): من يملكهما معاً يستطيع توقيع الملفات وقراءتها باسم هذا الحاسوب.</translation>
    </message>
    <message>
      <source>The passphrase chosen when {0} was made.</source>
      <translation>عبارة المرور التي اختيرت عند إنشاء {0}.</translation>
    </message>
    <message>
      <source>The secretariat's new key has the fingerprint

{0}

Read it to each focal point by phone when they open your next file. Back the new key up now (File &gt; This computer's key &gt; Back up the key…).</source>
      <translation>بصمة المفتاح الجديد للأمانة هي

{0}

اقرأها على كل جهة تنسيق عبر الهاتف عندما تفتح ملفك التالي. انسخ المفتاح الجديد احتياطياً الآن (ملف &gt; مفتاح هذا الحاسوب &gt; نسخ المفتاح احتياطياً…).</translation>
    </message>
    <message>
      <source>This computer's &amp;key</source>
      <translation>مفتاح هذا ال&amp;حاسوب</translation>
    </message>
    <message>
      <source>This computer's key is back: fingerprint {0}.</source>
      <translation>عاد مفتاح هذا الحاسوب: البصمة {0}.</translation>
    </message>
    <message>
      <source>Unlocking this computer's key</source>
      <translation>جارٍ فتح قفل مفتاح هذا الحاسوب</translation>
    </message>
    <message>
      <source>{0} holds the key of this computer (fingerprint {1}).</source>
      <translation>يحتوي {0} على مفتاح هذا الحاسوب (البصمة {1}).</translation>
    </message>
  </context>
  <context>
    <name>KeyPassphraseDialog</name>
    <message>
      <source>Choose a key passphrase</source>
      <translation>اختيار عبارة مرور للمفتاح</translation>
    </message>
    <message>
      <source>The exchange key of this computer is protected by your key passphrase. It stays unlocked until you close the application.</source>
      <translation>مفتاح التبادل لهذا الحاسوب محمي بعبارة مرور المفتاح الخاصة بك. يبقى مفتوح القفل حتى تغلق التطبيق.</translation>
    </message>
    <message>
      <source>This computer has no system keyring, so its exchange key is kept in a file protected by a passphrase. Choose one you will remember: nobody can recover it. Back the key up afterwards (File &gt; This computer's key).</source>
      <translation>لا توجد في هذا الحاسوب حافظة مفاتيح للنظام، لذا يُحفظ مفتاح التبادل في ملف محمي بعبارة مرور. اختر عبارة تتذكرها: لا يمكن لأحد استرجاعها. انسخ المفتاح احتياطياً بعد ذلك (ملف &gt; مفتاح هذا الحاسوب).</translation>
    </message>
    <message>
      <source>Unlock this computer's key</source>
      <translation>فتح قفل مفتاح هذا الحاسوب</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>  •  DEMO DATA (fictional)</source>
      <translation>  •  بيانات توضيحية (وهمية)</translation>
    </message>
    <message>
      <source>&amp;About NMRF Tracker</source>
      <translation>&amp;حول NMRF Tracker</translation>
    </message>
    <message>
      <source>&amp;Back up now…</source>
      <translation>&amp;نسخ احتياطي الآن…</translation>
    </message>
    <message>
      <source>&amp;Close database</source>
      <translation>إ&amp;غلاق قاعدة البيانات</translation>
    </message>
    <message>
      <source>&amp;Clusters…</source>
      <translation>ال&amp;مجموعات…</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;تحرير</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;ملف</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>م&amp;ساعدة</translation>
    </message>
    <message>
      <source>&amp;Import a completed matrix…</source>
      <translation>ا&amp;ستيراد مصفوفة مستكملة…</translation>
    </message>
    <message>
      <source>&amp;Import recommendations…</source>
      <translation>ا&amp;ستيراد التوصيات…</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <source>&amp;New database…</source>
      <translation>قاعدة بيانات &amp;جديدة…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;فتح…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;خروج</translation>
    </message>
    <message>
      <source>&amp;Register</source>
      <translation>ال&amp;سجل</translation>
    </message>
    <message>
      <source>&amp;Reminder letters (PDF)…</source>
      <translation>رسائل ال&amp;تذكير (PDF)…</translation>
    </message>
    <message>
      <source>&amp;Save current view…</source>
      <translation>&amp;حفظ العرض الحالي…</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;تراجع</translation>
    </message>
    <message>
      <source>&amp;User guide</source>
      <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
      <source>&amp;Validation-meeting pack (PDF)…</source>
      <translation>ملف اجتماع الم&amp;صادقة (PDF)…</translation>
    </message>
    <message>
      <source>&amp;Who is working…</source>
      <translation>&amp;من يعمل…</translation>
    </message>
    <message>
      <source>Activity</source>
      <translation>النشاط</translation>
    </message>
    <message>
      <source>Bac&amp;kups…</source>
      <translation>النسخ الا&amp;حتياطية…</translation>
    </message>
    <message>
      <source>Building the demo database</source>
      <translation>جارٍ إنشاء قاعدة البيانات التوضيحية</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>التقويم</translation>
    </message>
    <message>
      <source>Cannot build the demo</source>
      <translation>يتعذر إنشاء العرض التوضيحي</translation>
    </message>
    <message>
      <source>Cannot create the database</source>
      <translation>يتعذر إنشاء قاعدة البيانات</translation>
    </message>
    <message>
      <source>Cannot open {0}</source>
      <translation>يتعذر فتح {0}</translation>
    </message>
    <message>
      <source>Clear &amp;filters</source>
      <translation>مسح &amp;عوامل التصفية</translation>
    </message>
    <message>
      <source>Creating {0}</source>
      <translation>جارٍ إنشاء {0}</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>لوحة المتابعة</translation>
    </message>
    <message>
      <source>Exchange</source>
      <translation>التبادل</translation>
    </message>
    <message>
      <source>Implementation &amp;matrix (Excel)…</source>
      <translation>&amp;مصفوفة التنفيذ (Excel)…</translation>
    </message>
    <message>
      <source>Import &amp;history…</source>
      <translation>&amp;سجل الاستيراد…</translation>
    </message>
    <message>
      <source>Institution copy</source>
      <translation>نسخة المؤسسة</translation>
    </message>
    <message>
      <source>Institutions</source>
      <translation>المؤسسات</translation>
    </message>
    <message>
      <source>Mid-&amp;term report (PDF)…</source>
      <translation>تقرير &amp;منتصف المدة (PDF)…</translation>
    </message>
    <message>
      <source>No database open</source>
      <translation>لا توجد قاعدة بيانات مفتوحة</translation>
    </message>
    <message>
      <source>Open &amp;log folder</source>
      <translation>فتح مجلد ال&amp;سجلات</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>فتح &amp;الأخيرة</translation>
    </message>
    <message>
      <source>Open the &amp;demo</source>
      <translation>فتح ال&amp;عرض التوضيحي</translation>
    </message>
    <message>
      <source>Opening {0}</source>
      <translation>جارٍ فتح {0}</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>الخطة</translation>
    </message>
    <message>
      <source>Re&amp;ports</source>
      <translation>ال&amp;تقارير</translation>
    </message>
    <message>
      <source>Recommendations</source>
      <translation>التوصيات</translation>
    </message>
    <message>
      <source>Reference data</source>
      <translation>البيانات المرجعية</translation>
    </message>
    <message>
      <source>Secretariat database</source>
      <translation>قاعدة بيانات الأمانة</translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <source>(none)</source>
      <translation>(لا شيء)</translation>
    </message>
    <message>
      <source>First rows of {0}:</source>
      <translation>الصفوف الأولى من {0}:</translation>
    </message>
    <message>
      <source>Load a mapping…</source>
      <translation>تحميل مطابقة…</translation>
    </message>
    <message>
      <source>Mapping</source>
      <translation>المطابقة</translation>
    </message>
    <message>
      <source>Save this mapping…</source>
      <translation>حفظ هذه المطابقة…</translation>
    </message>
    <message>
      <source>This table's columns were not recognised. Choose the column for each field; only the recommendation text is required. Save the mapping to reuse it next time.</source>
      <translation>لم يُتعرّف على أعمدة هذا الجدول. اختر العمود لكل حقل؛ نص التوصية وحده مطلوب. احفظ المطابقة لإعادة استخدامها في المرة القادمة.</translation>
    </message>
    <message>
      <source>Which column holds what</source>
      <translation>أي عمود يحتوي على ماذا</translation>
    </message>
    <message>
      <source>{0}: these columns are not in this table: {1}</source>
      <translation>{0}: هذه الأعمدة غير موجودة في هذا الجدول: {1}</translation>
    </message>
  </context>
  <context>
    <name>NewDatabaseWizard</name>
    <message>
      <source>New secretariat database</source>
      <translation>قاعدة بيانات جديدة للأمانة</translation>
    </message>
  </context>
  <context>
    <name>PageRefreshMixin</name>
    <message>
      <source>Cannot load the register</source>
      <translation>يتعذر تحميل السجل</translation>
    </message>
    <message>
      <source>Counting for the dashboard</source>
      <translation>جارٍ حساب لوحة المتابعة</translation>
    </message>
    <message>
      <source>Loading the register</source>
      <translation>جارٍ تحميل السجل</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <source>At least {0} characters: it is all that protects the key if this folder is copied.</source>
      <translation>{0} أحرف على الأقل: فهي كل ما يحمي المفتاح إذا نُسخ هذا المجلد.</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>عبارة المرور:</translation>
    </message>
    <message>
      <source>The same again:</source>
      <translation>مرة أخرى:</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>عبارتا المرور مختلفتان.</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <source>E-mail:</source>
      <translation>البريد الإلكتروني:</translation>
    </message>
    <message>
      <source>Full name:</source>
      <translation>الاسم الكامل:</translation>
    </message>
    <message>
      <source>New person at {0}</source>
      <translation>شخص جديد في {0}</translation>
    </message>
    <message>
      <source>Phone:</source>
      <translation>الهاتف:</translation>
    </message>
    <message>
      <source>Role:</source>
      <translation>الدور:</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>المسمى الوظيفي:</translation>
    </message>
    <message>
      <source>e.g. Director of International Cooperation</source>
      <translation>مثال: مدير التعاون الدولي</translation>
    </message>
    <message>
      <source>{0} at {1}</source>
      <translation>{0} في {1}</translation>
    </message>
  </context>
  <context>
    <name>PlanCommands</name>
    <message numerus="yes">
      <source>%n evidence file(s) attached.</source>
      <translation>
        <numerusform>لم يُرفق أي ملف أدلة.</numerusform>
        <numerusform>أُرفق ملف أدلة واحد.</numerusform>
        <numerusform>أُرفق ملفا أدلة.</numerusform>
        <numerusform>أُرفقت %n ملفات أدلة.</numerusform>
        <numerusform>أُرفق %n ملف أدلة.</numerusform>
        <numerusform>أُرفق %n ملف أدلة.</numerusform>
      </translation>
    </message>
    <message>
      <source>(the secretariat itself)</source>
      <translation>(الأمانة نفسها)</translation>
    </message>
    <message>
      <source>Accept the progress report</source>
      <translation>قبول التقرير المرحلي</translation>
    </message>
    <message>
      <source>Action “{0}” added to the plan.</source>
      <translation>أُضيف الإجراء «{0}» إلى الخطة.</translation>
    </message>
    <message>
      <source>Action “{0}” saved.</source>
      <translation>حُفظ الإجراء «{0}».</translation>
    </message>
    <message>
      <source>Actions are planned by the secretariat or by a focal point for their own institution.</source>
      <translation>تخطط الأمانة للإجراءات، أو جهة تنسيق لمؤسستها.</translation>
    </message>
    <message>
      <source>Add action “{0}”</source>
      <translation>إضافة الإجراء «{0}»</translation>
    </message>
    <message>
      <source>Add deadline “{0}”</source>
      <translation>إضافة الموعد النهائي «{0}»</translation>
    </message>
    <message>
      <source>Add indicator “{0}”</source>
      <translation>إضافة المؤشر «{0}»</translation>
    </message>
    <message numerus="yes">
      <source>Attach %n file(s)</source>
      <translation>
        <numerusform>إرفاق %n ملف</numerusform>
        <numerusform>إرفاق ملف واحد</numerusform>
        <numerusform>إرفاق ملفين</numerusform>
        <numerusform>إرفاق %n ملفات</numerusform>
        <numerusform>إرفاق %n ملفاً</numerusform>
        <numerusform>إرفاق %n ملف</numerusform>
      </translation>
    </message>
    <message>
      <source>Deadline completed</source>
      <translation>أُنجز الموعد النهائي</translation>
    </message>
    <message>
      <source>Deadline marked completed today.</source>
      <translation>وُضعت علامة منجز على الموعد النهائي اليوم.</translation>
    </message>
    <message>
      <source>Deadline “{0}” added.</source>
      <translation>أُضيف الموعد النهائي «{0}».</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Delete “{0}”</source>
      <translation>حذف «{0}»</translation>
    </message>
    <message>
      <source>Delete “{0}” from the plan? Edit &gt; Undo brings it back.</source>
      <translation>هل تريد حذف «{0}» من الخطة؟ تحرير &gt; تراجع يعيده.</translation>
    </message>
    <message>
      <source>Edit action “{0}”</source>
      <translation>تعديل الإجراء «{0}»</translation>
    </message>
    <message>
      <source>Edit indicator “{0}”</source>
      <translation>تعديل المؤشر «{0}»</translation>
    </message>
    <message>
      <source>Edit progress report on {0}</source>
      <translation>تعديل التقرير المرحلي عن {0}</translation>
    </message>
    <message>
      <source>Evidence of the action</source>
      <translation>الأدلة الداعمة للإجراء</translation>
    </message>
    <message>
      <source>Indicator “{0}” added.</source>
      <translation>أُضيف المؤشر «{0}».</translation>
    </message>
    <message>
      <source>Indicator “{0}” saved.</source>
      <translation>حُفظ المؤشر «{0}».</translation>
    </message>
    <message>
      <source>Indicators are defined by the secretariat or by a focal point for their own institution.</source>
      <translation>تحدد الأمانة المؤشرات، أو جهة تنسيق لمؤسستها.</translation>
    </message>
    <message>
      <source>It goes to the secretariat, who accepts it or returns it with a comment. Validate it now?</source>
      <translation>يذهب إلى الأمانة التي تقبله أو تعيده مع تعليق. هل تصادق عليه الآن؟</translation>
    </message>
    <message>
      <source>It goes to your ministry's validating authority, and can no longer be changed here unless it is returned to you. Submit it now?</source>
      <translation>يذهب إلى سلطة المصادقة في وزارتك، ولا يمكن تغييره هنا بعد ذلك إلا إذا أُعيد إليك. هل تقدمه الآن؟</translation>
    </message>
    <message>
      <source>Its status becomes the recommendation's current status for this institution, in the register, the matrix and the reports. Accept it now?</source>
      <translation>تصبح حالته الحالة الحالية للتوصية بالنسبة لهذه المؤسسة، في السجل والمصفوفة والتقارير. هل تقبله الآن؟</translation>
    </message>
    <message>
      <source>Only a focal point of the lead or a supporting institution (or the secretariat) reports progress on this recommendation.</source>
      <translation>لا يبلّغ عن التقدم في هذه التوصية إلا جهة تنسيق في المؤسسة الرائدة أو في مؤسسة داعمة (أو الأمانة).</translation>
    </message>
    <message>
      <source>Open evidence</source>
      <translation>فتح الأدلة الداعمة</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>الخطة</translation>
    </message>
    <message>
      <source>Progress report</source>
      <translation>التقرير المرحلي</translation>
    </message>
    <message>
      <source>Progress report accepted.</source>
      <translation>قُبل التقرير المرحلي.</translation>
    </message>
    <message>
      <source>Progress report on {0}</source>
      <translation>التقرير المرحلي عن {0}</translation>
    </message>
    <message>
      <source>Progress report returned.</source>
      <translation>أُعيد التقرير المرحلي.</translation>
    </message>
    <message>
      <source>Progress report saved as a draft.</source>
      <translation>حُفظ التقرير المرحلي كمسودة.</translation>
    </message>
    <message>
      <source>Progress report saved.</source>
      <translation>حُفظ التقرير المرحلي.</translation>
    </message>
    <message>
      <source>Progress report submitted.</source>
      <translation>قُدّم التقرير المرحلي.</translation>
    </message>
    <message>
      <source>Progress report validated.</source>
      <translation>صودق على التقرير المرحلي.</translation>
    </message>
    <message>
      <source>Return the progress report</source>
      <translation>إعادة التقرير المرحلي</translation>
    </message>
    <message>
      <source>Submit the progress report</source>
      <translation>تقديم التقرير المرحلي</translation>
    </message>
    <message>
      <source>The file's name looks like a program. Its content was checked when it was attached and it opens as the document type it really is — open it?</source>
      <translation>يبدو اسم الملف كاسم برنامج. جرى التحقق من محتواه عند إرفاقه، ويُفتح بوصفه نوع المستند الذي هو عليه فعلاً — هل تريد فتحه؟</translation>
    </message>
    <message>
      <source>Validate the progress report</source>
      <translation>المصادقة على التقرير المرحلي</translation>
    </message>
    <message>
      <source>Value of “{0}”</source>
      <translation>قيمة «{0}»</translation>
    </message>
    <message>
      <source>Value recorded for “{0}”.</source>
      <translation>سُجّلت قيمة لـ «{0}».</translation>
    </message>
    <message>
      <source>Why is it returned? The focal point sees this comment:</source>
      <translation>لماذا يُعاد؟ ترى جهة التنسيق هذا التعليق:</translation>
    </message>
    <message>
      <source>“{0}” deleted from the plan.</source>
      <translation>حُذف «{0}» من الخطة.</translation>
    </message>
  </context>
  <context>
    <name>PlanPage</name>
    <message>
      <source>Actions led or supported by</source>
      <translation>الإجراءات التي تقودها أو تدعمها</translation>
    </message>
    <message>
      <source>Every institution</source>
      <translation>جميع المؤسسات</translation>
    </message>
    <message>
      <source>Every status</source>
      <translation>جميع الحالات</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>المؤسسة:</translation>
    </message>
    <message>
      <source>Nothing planned yet. Actions and indicators are added from a recommendation (its Plan tab) or here.</source>
      <translation>لا شيء مخطط له بعد. تُضاف الإجراءات والمؤشرات من توصية (علامة التبويب الخطة) أو من هنا.</translation>
    </message>
    <message>
      <source>Plan — actions: {0} ({1} overdue) · indicators: {2} ({3} off track)</source>
      <translation>الخطة — الإجراءات: {0} ({1} متأخرة) · المؤشرات: {2} ({3} خارج المسار)</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>الحالة:</translation>
    </message>
  </context>
  <context>
    <name>PlanView</name>
    <message>
      <source>Action</source>
      <translation>الإجراء</translation>
    </message>
    <message>
      <source>Add action…</source>
      <translation>إضافة إجراء…</translation>
    </message>
    <message>
      <source>Add indicator…</source>
      <translation>إضافة مؤشر…</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>الميزانية</translation>
    </message>
    <message>
      <source>Changes to the selected action or indicator</source>
      <translation>التغييرات على الإجراء أو المؤشر المحدد</translation>
    </message>
    <message>
      <source>Delete the selected action or indicator (an action that will not happen is better cancelled: it stays in the history of the plan)</source>
      <translation>حذف الإجراء أو المؤشر المحدد (الأفضل إلغاء الإجراء الذي لن يحدث: فهو يبقى في سجل الخطة)</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>حذف…</translation>
    </message>
    <message>
      <source>Edit action…</source>
      <translation>تعديل الإجراء…</translation>
    </message>
    <message>
      <source>Edit indicator…</source>
      <translation>تعديل المؤشر…</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>ينتهي في</translation>
    </message>
    <message>
      <source>Evidence…</source>
      <translation>الأدلة الداعمة…</translation>
    </message>
    <message>
      <source>Files showing what the selected action achieved</source>
      <translation>ملفات تبيّن ما حققه الإجراء المحدد</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>السجل التاريخي…</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>المؤشر</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>المؤسسة</translation>
    </message>
    <message>
      <source>Latest</source>
      <translation>الأحدث</translation>
    </message>
    <message>
      <source>Lead</source>
      <translation>رائدة</translation>
    </message>
    <message>
      <source>Off track: behind the time elapsed</source>
      <translation>خارج المسار: متأخر عن الوقت المنقضي</translation>
    </message>
    <message>
      <source>Past its end date and not completed</source>
      <translation>تجاوز تاريخ انتهائه ولم يُنجز</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>التقدم</translation>
    </message>
    <message>
      <source>Recommendations</source>
      <translation>التوصيات</translation>
    </message>
    <message>
      <source>Record value…</source>
      <translation>تسجيل قيمة…</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Supporting</source>
      <translation>داعمة</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>الهدف</translation>
    </message>
  </context>
  <context>
    <name>ProfileDialog</name>
    <message>
      <source>Institution:</source>
      <translation>المؤسسة:</translation>
    </message>
    <message>
      <source>Institution: a focal point or validating authority belongs to an institution; add it first.</source>
      <translation>المؤسسة: تنتمي جهة التنسيق أو سلطة المصادقة إلى مؤسسة؛ أضفها أولاً.</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>الاسم:</translation>
    </message>
    <message>
      <source>Name: please say who you are.</source>
      <translation>الاسم: يُرجى ذكر من أنت.</translation>
    </message>
    <message>
      <source>Role:</source>
      <translation>الدور:</translation>
    </message>
    <message>
      <source>Say who you are in this database. It decides what the window offers you, and your name goes into the history of every change you make.</source>
      <translation>اذكر من أنت في قاعدة البيانات هذه. يحدد ذلك ما تعرضه عليك النافذة، ويُدرج اسمك في السجل التاريخي لكل تغيير تجريه.</translation>
    </message>
    <message>
      <source>Who is working?</source>
      <translation>من يعمل؟</translation>
    </message>
    <message>
      <source>Your full name</source>
      <translation>اسمك الكامل</translation>
    </message>
  </context>
  <context>
    <name>ProfileMixin</name>
    <message>
      <source>(no name given)</source>
      <translation>(لم يُذكر اسم)</translation>
    </message>
    <message>
      <source>Working as {0} — {1}</source>
      <translation>تعمل بصفة {0} — {1}</translation>
    </message>
    <message>
      <source>Working as {0} — {1}, {2}</source>
      <translation>تعمل بصفة {0} — {1}، {2}</translation>
    </message>
  </context>
  <context>
    <name>ProtectCommandsMixin</name>
    <message>
      <source>&amp;Protect with a password…</source>
      <translation>&amp;حماية بكلمة مرور…</translation>
    </message>
    <message>
      <source>Every page of the database — recommendations, people, progress reports, evidence files — is then encrypted, and so are its backups; it opens only with this password. Nobody can recover a forgotten password: keep it where the secretariat keeps its other secrets. A backup is taken first.</source>
      <translation>تُشفَّر عندئذ كل صفحة من قاعدة البيانات — التوصيات والأشخاص وتقارير التقدم وملفات الأدلة — وكذلك نسخها الاحتياطية؛ ولا تُفتح إلا بكلمة المرور هذه. لا يمكن لأحد استرجاع كلمة مرور منسية: احفظها حيث تحفظ الأمانة أسرارها الأخرى. تؤخذ نسخة احتياطية أولاً.</translation>
    </message>
    <message>
      <source>Open {0}</source>
      <translation>فتح {0}</translation>
    </message>
    <message>
      <source>Protect {0} with a password</source>
      <translation>حماية {0} بكلمة مرور</translation>
    </message>
    <message>
      <source>Protecting {0}</source>
      <translation>جارٍ حماية {0}</translation>
    </message>
    <message>
      <source>Remove the &amp;password…</source>
      <translation>إزالة &amp;كلمة المرور…</translation>
    </message>
    <message>
      <source>Remove the password</source>
      <translation>إزالة كلمة المرور</translation>
    </message>
    <message>
      <source>Remove the password of {0}? Anyone who gets the file can then read it with any SQLite tool. A protected backup is taken first.</source>
      <translation>إزالة كلمة مرور {0}؟ سيتمكن أي شخص يحصل على الملف من قراءته بأي أداة SQLite. تؤخذ نسخة احتياطية محمية أولاً.</translation>
    </message>
    <message>
      <source>Removing the password of {0}</source>
      <translation>جارٍ إزالة كلمة مرور {0}</translation>
    </message>
    <message>
      <source>{0} has no password any more. The backup taken first keeps it.</source>
      <translation>لم تعد لـ {0} كلمة مرور. النسخة الاحتياطية المأخوذة أولاً تحتفظ بها.</translation>
    </message>
    <message>
      <source>{0} is protected by a password. Type it to open the database; it is kept only until the application closes.</source>
      <translation>{0} محمية بكلمة مرور. اكتبها لفتح قاعدة البيانات؛ لا تُحفظ إلا حتى إغلاق التطبيق.</translation>
    </message>
    <message>
      <source>{0} is protected by its password now. The backup taken first, and the older ones, are protected with it.</source>
      <translation>{0} محمية الآن بكلمة مرورها. والنسخة الاحتياطية المأخوذة أولاً والنسخ الأقدم محمية بها أيضاً.</translation>
    </message>
  </context>
  <context>
    <name>RecommendationTableModel</name>
    <message>
      <source>Lead</source>
      <translation>رائدة</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>الآلية</translation>
    </message>
    <message>
      <source>Next deadline</source>
      <translation>الموعد النهائي التالي</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>لم تُقيَّم</translation>
    </message>
    <message>
      <source>Overdue since {0}</source>
      <translation>متأخرة منذ {0}</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>الموقف</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>التوصية</translation>
    </message>
    <message>
      <source>Ref.</source>
      <translation>المرجع</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>الاستعراض</translation>
    </message>
    <message>
      <source>SDGs</source>
      <translation>أهداف التنمية المستدامة</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Supporting</source>
      <translation>داعمة</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>المواضيع</translation>
    </message>
  </context>
  <context>
    <name>RecommendationsPage</name>
    <message>
      <source> with the filters ticked</source>
      <translation> مع عوامل التصفية المحددة</translation>
    </message>
    <message numerus="yes">
      <source>%n selected (only the secretariat edits the register)</source>
      <translation>
        <numerusform>لا تحديد (لا يعدّل السجل إلا الأمانة)</numerusform>
        <numerusform>محددة واحدة (لا يعدّل السجل إلا الأمانة)</numerusform>
        <numerusform>محددتان (لا يعدّل السجل إلا الأمانة)</numerusform>
        <numerusform>%n محددة (لا يعدّل السجل إلا الأمانة)</numerusform>
        <numerusform>%n محددة (لا يعدّل السجل إلا الأمانة)</numerusform>
        <numerusform>%n محددة (لا يعدّل السجل إلا الأمانة)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n selected:</source>
      <translation>
        <numerusform>لا تحديد:</numerusform>
        <numerusform>محددة واحدة:</numerusform>
        <numerusform>محددتان:</numerusform>
        <numerusform>%n محددة:</numerusform>
        <numerusform>%n محددة:</numerusform>
        <numerusform>%n محددة:</numerusform>
      </translation>
    </message>
    <message>
      <source>Add SDG target…</source>
      <translation>إضافة غاية من أهداف التنمية المستدامة…</translation>
    </message>
    <message>
      <source>Add supporting…</source>
      <translation>إضافة مؤسسة داعمة…</translation>
    </message>
    <message>
      <source>Add theme…</source>
      <translation>إضافة موضوع…</translation>
    </message>
    <message>
      <source>Add to cluster…</source>
      <translation>إضافة إلى مجموعة…</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>نسخ</translation>
    </message>
    <message>
      <source>Copy the selected rows (tab-separated, for Excel or Word)</source>
      <translation>نسخ الصفوف المحددة (مفصولة بعلامات جدولة، لبرنامج Excel أو Word)</translation>
    </message>
    <message>
      <source>Keep the current search, filters and sort under a name</source>
      <translation>الاحتفاظ بالبحث وعوامل التصفية والترتيب الحالية تحت اسم</translation>
    </message>
    <message>
      <source>Loading the register…</source>
      <translation>جارٍ تحميل السجل…</translation>
    </message>
    <message>
      <source>No action or indicator yet for this recommendation. The lead institution plans them with Add action… and Add indicator…</source>
      <translation>لا يوجد إجراء أو مؤشر لهذه التوصية بعد. تخطط لها المؤسسة الرائدة بالأمرين إضافة إجراء… وإضافة مؤشر…</translation>
    </message>
    <message>
      <source>No recommendation has all the values ticked.

Untick some filters, or Clear them.</source>
      <translation>لا توجد توصية تحمل جميع القيم المحددة.

ألغِ تحديد بعض عوامل التصفية، أو امسحها.</translation>
    </message>
    <message>
      <source>No recommendation matches “{0}”{1}.

Every word must appear (as the start of a word); try fewer or shorter words.</source>
      <translation>لا توجد توصية تطابق «{0}»{1}.

يجب أن تظهر كل كلمة (كبداية كلمة)؛ جرّب كلمات أقل أو أقصر.</translation>
    </message>
    <message>
      <source>No recommendations in this database yet.

Import them with File &gt; Import recommendations… (Ctrl+I): OHCHR matrices of recommendations (.docx) and UPR Info exports (.csv).</source>
      <translation>لا توجد توصيات في قاعدة البيانات هذه بعد.

استوردها بالأمر ملف &gt; استيراد التوصيات… (Ctrl+I): مصفوفات توصيات المفوضية السامية (.docx) وتصديرات UPR Info (.csv).</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>لم تُقيَّم</translation>
    </message>
    <message>
      <source>Plan an action for these…</source>
      <translation>التخطيط لإجراء لهذه…</translation>
    </message>
    <message>
      <source>Priority…</source>
      <translation>الأولوية…</translation>
    </message>
    <message>
      <source>Recommendations</source>
      <translation>التوصيات</translation>
    </message>
    <message>
      <source>Recommendations ({0} of {1})</source>
      <translation>التوصيات ({0} من {1})</translation>
    </message>
    <message>
      <source>Recommendations ({0})</source>
      <translation>التوصيات ({0})</translation>
    </message>
    <message>
      <source>Reopen a saved view: its search, filters and sort</source>
      <translation>إعادة فتح عرض محفوظ: بحثه وعوامل تصفيته وترتيبه</translation>
    </message>
    <message>
      <source>Reset columns</source>
      <translation>إعادة تعيين الأعمدة</translation>
    </message>
    <message>
      <source>Save view…</source>
      <translation>حفظ العرض…</translation>
    </message>
    <message>
      <source>Search reference, text and notes (Ctrl+F) — “cote ratif” finds “Côte … ratify”</source>
      <translation>البحث في المرجع والنص والملاحظات (Ctrl+F) — «cote ratif» تجد «Côte … ratify»</translation>
    </message>
    <message>
      <source>Search the register</source>
      <translation>البحث في السجل</translation>
    </message>
    <message>
      <source>Select a recommendation to read it in full.</source>
      <translation>حدد توصية لقراءتها كاملة.</translation>
    </message>
    <message>
      <source>Select rows to edit:</source>
      <translation>حدد صفوفاً لتعديلها:</translation>
    </message>
    <message>
      <source>Set lead…</source>
      <translation>تعيين الجهة الرائدة…</translation>
    </message>
    <message>
      <source>This recommendation was deleted meanwhile.</source>
      <translation>حُذفت هذه التوصية في أثناء ذلك.</translation>
    </message>
    <message>
      <source>View:</source>
      <translation>العرض:</translation>
    </message>
  </context>
  <context>
    <name>RegisterActions</name>
    <message numerus="yes">
      <source>%n recommendation(s)</source>
      <translation>
        <numerusform>لا توصيات</numerusform>
        <numerusform>توصية واحدة</numerusform>
        <numerusform>توصيتان</numerusform>
        <numerusform>%n توصيات</numerusform>
        <numerusform>%n توصية</numerusform>
        <numerusform>%n توصية</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n recommendation(s) changed</source>
      <translation>
        <numerusform>لم تتغير أي توصية</numerusform>
        <numerusform>تغيرت توصية واحدة</numerusform>
        <numerusform>تغيرت توصيتان</numerusform>
        <numerusform>تغيرت %n توصيات</numerusform>
        <numerusform>تغيرت %n توصية</numerusform>
        <numerusform>تغيرت %n توصية</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n recommendation(s) moved into “{0}”.</source>
      <translation>
        <numerusform>لم تُنقل أي توصية إلى «{0}».</numerusform>
        <numerusform>نُقلت توصية واحدة إلى «{0}».</numerusform>
        <numerusform>نُقلت توصيتان إلى «{0}».</numerusform>
        <numerusform>نُقلت %n توصيات إلى «{0}».</numerusform>
        <numerusform>نُقلت %n توصية إلى «{0}».</numerusform>
        <numerusform>نُقلت %n توصية إلى «{0}».</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;تراجع</translation>
    </message>
    <message>
      <source>&amp;Undo: {0}</source>
      <translation>&amp;تراجع: {0}</translation>
    </message>
    <message numerus="yes">
      <source>Add %n recommendation(s) to a cluster</source>
      <translation>
        <numerusform>إضافة %n توصية إلى مجموعة</numerusform>
        <numerusform>إضافة توصية واحدة إلى مجموعة</numerusform>
        <numerusform>إضافة توصيتين إلى مجموعة</numerusform>
        <numerusform>إضافة %n توصيات إلى مجموعة</numerusform>
        <numerusform>إضافة %n توصية إلى مجموعة</numerusform>
        <numerusform>إضافة %n توصية إلى مجموعة</numerusform>
      </translation>
    </message>
    <message>
      <source>Add SDG target</source>
      <translation>إضافة غاية من أهداف التنمية المستدامة</translation>
    </message>
    <message numerus="yes">
      <source>Add SDG target {0} to %n recommendation(s)</source>
      <translation>
        <numerusform>إضافة الغاية {0} إلى %n توصية</numerusform>
        <numerusform>إضافة الغاية {0} إلى توصية واحدة</numerusform>
        <numerusform>إضافة الغاية {0} إلى توصيتين</numerusform>
        <numerusform>إضافة الغاية {0} إلى %n توصيات</numerusform>
        <numerusform>إضافة الغاية {0} إلى %n توصية</numerusform>
        <numerusform>إضافة الغاية {0} إلى %n توصية</numerusform>
      </translation>
    </message>
    <message>
      <source>Add supporting institution</source>
      <translation>إضافة مؤسسة داعمة</translation>
    </message>
    <message numerus="yes">
      <source>Add supporting {0} on %n recommendation(s)</source>
      <translation>
        <numerusform>إضافة {0} مؤسسةً داعمة في %n توصية</numerusform>
        <numerusform>إضافة {0} مؤسسةً داعمة في توصية واحدة</numerusform>
        <numerusform>إضافة {0} مؤسسةً داعمة في توصيتين</numerusform>
        <numerusform>إضافة {0} مؤسسةً داعمة في %n توصيات</numerusform>
        <numerusform>إضافة {0} مؤسسةً داعمة في %n توصية</numerusform>
        <numerusform>إضافة {0} مؤسسةً داعمة في %n توصية</numerusform>
      </translation>
    </message>
    <message>
      <source>Add theme</source>
      <translation>إضافة موضوع</translation>
    </message>
    <message numerus="yes">
      <source>Add theme to %n recommendation(s)</source>
      <translation>
        <numerusform>إضافة موضوع إلى %n توصية</numerusform>
        <numerusform>إضافة موضوع إلى توصية واحدة</numerusform>
        <numerusform>إضافة موضوع إلى توصيتين</numerusform>
        <numerusform>إضافة موضوع إلى %n توصيات</numerusform>
        <numerusform>إضافة موضوع إلى %n توصية</numerusform>
        <numerusform>إضافة موضوع إلى %n توصية</numerusform>
      </translation>
    </message>
    <message>
      <source>Add to cluster</source>
      <translation>إضافة إلى مجموعة</translation>
    </message>
    <message>
      <source>Cannot undo</source>
      <translation>يتعذر التراجع</translation>
    </message>
    <message numerus="yes">
      <source>Cluster for the %n selected recommendation(s).</source>
      <translation>
        <numerusform>مجموعة للتوصيات المحددة (%n).</numerusform>
        <numerusform>مجموعة للتوصية المحددة.</numerusform>
        <numerusform>مجموعة للتوصيتين المحددتين.</numerusform>
        <numerusform>مجموعة للتوصيات الـ %n المحددة.</numerusform>
        <numerusform>مجموعة للتوصيات الـ %n المحددة.</numerusform>
        <numerusform>مجموعة للتوصيات الـ %n المحددة.</numerusform>
      </translation>
    </message>
    <message>
      <source>Cluster renamed to “{0}”.</source>
      <translation>أُعيدت تسمية المجموعة إلى «{0}».</translation>
    </message>
    <message>
      <source>Cluster “{0}” created.</source>
      <translation>أُنشئت المجموعة «{0}».</translation>
    </message>
    <message>
      <source>Cluster “{0}” deleted.</source>
      <translation>حُذفت المجموعة «{0}».</translation>
    </message>
    <message>
      <source>Create cluster “{0}”</source>
      <translation>إنشاء المجموعة «{0}»</translation>
    </message>
    <message numerus="yes">
      <source>Create cluster “{0}” with %n recommendation(s)</source>
      <translation>
        <numerusform>إنشاء المجموعة «{0}» بـ %n توصية</numerusform>
        <numerusform>إنشاء المجموعة «{0}» بتوصية واحدة</numerusform>
        <numerusform>إنشاء المجموعة «{0}» بتوصيتين</numerusform>
        <numerusform>إنشاء المجموعة «{0}» بـ %n توصيات</numerusform>
        <numerusform>إنشاء المجموعة «{0}» بـ %n توصية</numerusform>
        <numerusform>إنشاء المجموعة «{0}» بـ %n توصية</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete cluster</source>
      <translation>حذف المجموعة</translation>
    </message>
    <message>
      <source>Delete cluster “{0}”</source>
      <translation>حذف المجموعة «{0}»</translation>
    </message>
    <message numerus="yes">
      <source>Delete the cluster “{0}”? Its %n recommendation(s) stay in the register; only the grouping goes. Edit &gt; Undo brings it back.</source>
      <translation>
        <numerusform>هل تريد حذف المجموعة «{0}»؟ تبقى توصياتها (%n) في السجل؛ ولا يزول إلا التجميع. تحرير &gt; تراجع يعيدها.</numerusform>
        <numerusform>هل تريد حذف المجموعة «{0}»؟ تبقى توصيتها الوحيدة في السجل؛ ولا يزول إلا التجميع. تحرير &gt; تراجع يعيدها.</numerusform>
        <numerusform>هل تريد حذف المجموعة «{0}»؟ تبقى توصيتاها في السجل؛ ولا يزول إلا التجميع. تحرير &gt; تراجع يعيدها.</numerusform>
        <numerusform>هل تريد حذف المجموعة «{0}»؟ تبقى توصياتها الـ %n في السجل؛ ولا يزول إلا التجميع. تحرير &gt; تراجع يعيدها.</numerusform>
        <numerusform>هل تريد حذف المجموعة «{0}»؟ تبقى توصياتها الـ %n في السجل؛ ولا يزول إلا التجميع. تحرير &gt; تراجع يعيدها.</numerusform>
        <numerusform>هل تريد حذف المجموعة «{0}»؟ تبقى توصياتها الـ %n في السجل؛ ولا يزول إلا التجميع. تحرير &gt; تراجع يعيدها.</numerusform>
      </translation>
    </message>
    <message>
      <source>Edit recommendation {0}</source>
      <translation>تعديل التوصية {0}</translation>
    </message>
    <message>
      <source>Empty cluster</source>
      <translation>مجموعة فارغة</translation>
    </message>
    <message numerus="yes">
      <source>Lead institution for the %n selected recommendation(s). A previous lead steps down; a supporting institution made lead stops supporting.</source>
      <translation>
        <numerusform>المؤسسة الرائدة للتوصيات المحددة (%n). تتنحى الجهة الرائدة السابقة؛ وتتوقف المؤسسة الداعمة التي تصبح رائدة عن الدعم.</numerusform>
        <numerusform>المؤسسة الرائدة للتوصية المحددة. تتنحى الجهة الرائدة السابقة؛ وتتوقف المؤسسة الداعمة التي تصبح رائدة عن الدعم.</numerusform>
        <numerusform>المؤسسة الرائدة للتوصيتين المحددتين. تتنحى الجهة الرائدة السابقة؛ وتتوقف المؤسسة الداعمة التي تصبح رائدة عن الدعم.</numerusform>
        <numerusform>المؤسسة الرائدة للتوصيات الـ %n المحددة. تتنحى الجهة الرائدة السابقة؛ وتتوقف المؤسسة الداعمة التي تصبح رائدة عن الدعم.</numerusform>
        <numerusform>المؤسسة الرائدة للتوصيات الـ %n المحددة. تتنحى الجهة الرائدة السابقة؛ وتتوقف المؤسسة الداعمة التي تصبح رائدة عن الدعم.</numerusform>
        <numerusform>المؤسسة الرائدة للتوصيات الـ %n المحددة. تتنحى الجهة الرائدة السابقة؛ وتتوقف المؤسسة الداعمة التي تصبح رائدة عن الدعم.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Merge %n cluster(s) into “{0}”</source>
      <translation>
        <numerusform>دمج %n مجموعة في «{0}»</numerusform>
        <numerusform>دمج مجموعة واحدة في «{0}»</numerusform>
        <numerusform>دمج مجموعتين في «{0}»</numerusform>
        <numerusform>دمج %n مجموعات في «{0}»</numerusform>
        <numerusform>دمج %n مجموعة في «{0}»</numerusform>
        <numerusform>دمج %n مجموعة في «{0}»</numerusform>
      </translation>
    </message>
    <message>
      <source>Name of the new cluster:</source>
      <translation>اسم المجموعة الجديدة:</translation>
    </message>
    <message>
      <source>New cluster</source>
      <translation>مجموعة جديدة</translation>
    </message>
    <message>
      <source>New cluster…</source>
      <translation>مجموعة جديدة…</translation>
    </message>
    <message>
      <source>New name:</source>
      <translation>الاسم الجديد:</translation>
    </message>
    <message>
      <source>No priority</source>
      <translation>بلا أولوية</translation>
    </message>
    <message numerus="yes">
      <source>Priority of the %n selected recommendation(s).</source>
      <translation>
        <numerusform>أولوية التوصيات المحددة (%n).</numerusform>
        <numerusform>أولوية التوصية المحددة.</numerusform>
        <numerusform>أولوية التوصيتين المحددتين.</numerusform>
        <numerusform>أولوية التوصيات الـ %n المحددة.</numerusform>
        <numerusform>أولوية التوصيات الـ %n المحددة.</numerusform>
        <numerusform>أولوية التوصيات الـ %n المحددة.</numerusform>
      </translation>
    </message>
    <message>
      <source>Recommendation {0} saved.</source>
      <translation>حُفظت التوصية {0}.</translation>
    </message>
    <message>
      <source>Rename cluster</source>
      <translation>إعادة تسمية المجموعة</translation>
    </message>
    <message>
      <source>Rename cluster “{0}”</source>
      <translation>إعادة تسمية المجموعة «{0}»</translation>
    </message>
    <message numerus="yes">
      <source>SDG target to add to the %n selected recommendation(s).</source>
      <translation>
        <numerusform>غاية من أهداف التنمية المستدامة تُضاف إلى التوصيات المحددة (%n).</numerusform>
        <numerusform>غاية من أهداف التنمية المستدامة تُضاف إلى التوصية المحددة.</numerusform>
        <numerusform>غاية من أهداف التنمية المستدامة تُضاف إلى التوصيتين المحددتين.</numerusform>
        <numerusform>غاية من أهداف التنمية المستدامة تُضاف إلى التوصيات الـ %n المحددة.</numerusform>
        <numerusform>غاية من أهداف التنمية المستدامة تُضاف إلى التوصيات الـ %n المحددة.</numerusform>
        <numerusform>غاية من أهداف التنمية المستدامة تُضاف إلى التوصيات الـ %n المحددة.</numerusform>
      </translation>
    </message>
    <message>
      <source>Set lead institution</source>
      <translation>تعيين المؤسسة الرائدة</translation>
    </message>
    <message numerus="yes">
      <source>Set lead {0} on %n recommendation(s)</source>
      <translation>
        <numerusform>تعيين {0} جهةً رائدة في %n توصية</numerusform>
        <numerusform>تعيين {0} جهةً رائدة في توصية واحدة</numerusform>
        <numerusform>تعيين {0} جهةً رائدة في توصيتين</numerusform>
        <numerusform>تعيين {0} جهةً رائدة في %n توصيات</numerusform>
        <numerusform>تعيين {0} جهةً رائدة في %n توصية</numerusform>
        <numerusform>تعيين {0} جهةً رائدة في %n توصية</numerusform>
      </translation>
    </message>
    <message>
      <source>Set priority</source>
      <translation>تعيين الأولوية</translation>
    </message>
    <message numerus="yes">
      <source>Set priority {0} on %n recommendation(s)</source>
      <translation>
        <numerusform>تعيين الأولوية {0} في %n توصية</numerusform>
        <numerusform>تعيين الأولوية {0} في توصية واحدة</numerusform>
        <numerusform>تعيين الأولوية {0} في توصيتين</numerusform>
        <numerusform>تعيين الأولوية {0} في %n توصيات</numerusform>
        <numerusform>تعيين الأولوية {0} في %n توصية</numerusform>
        <numerusform>تعيين الأولوية {0} في %n توصية</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Supporting institution for the %n selected recommendation(s).</source>
      <translation>
        <numerusform>المؤسسة الداعمة للتوصيات المحددة (%n).</numerusform>
        <numerusform>المؤسسة الداعمة للتوصية المحددة.</numerusform>
        <numerusform>المؤسسة الداعمة للتوصيتين المحددتين.</numerusform>
        <numerusform>المؤسسة الداعمة للتوصيات الـ %n المحددة.</numerusform>
        <numerusform>المؤسسة الداعمة للتوصيات الـ %n المحددة.</numerusform>
        <numerusform>المؤسسة الداعمة للتوصيات الـ %n المحددة.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Theme to add to the %n selected recommendation(s).</source>
      <translation>
        <numerusform>موضوع يُضاف إلى التوصيات المحددة (%n).</numerusform>
        <numerusform>موضوع يُضاف إلى التوصية المحددة.</numerusform>
        <numerusform>موضوع يُضاف إلى التوصيتين المحددتين.</numerusform>
        <numerusform>موضوع يُضاف إلى التوصيات الـ %n المحددة.</numerusform>
        <numerusform>موضوع يُضاف إلى التوصيات الـ %n المحددة.</numerusform>
        <numerusform>موضوع يُضاف إلى التوصيات الـ %n المحددة.</numerusform>
      </translation>
    </message>
    <message>
      <source>This cluster has no recommendations yet: add some from the register first.</source>
      <translation>لا توجد توصيات في هذه المجموعة بعد: أضف بعضها من السجل أولاً.</translation>
    </message>
    <message>
      <source>Undoing</source>
      <translation>جارٍ التراجع</translation>
    </message>
    <message>
      <source>Undone: {0}.</source>
      <translation>تم التراجع: {0}.</translation>
    </message>
    <message numerus="yes">
      <source>{0} (%n recommendation(s))</source>
      <translation>
        <numerusform>{0} (%n توصية)</numerusform>
        <numerusform>{0} (توصية واحدة)</numerusform>
        <numerusform>{0} (توصيتان)</numerusform>
        <numerusform>{0} (%n توصيات)</numerusform>
        <numerusform>{0} (%n توصية)</numerusform>
        <numerusform>{0} (%n توصية)</numerusform>
      </translation>
    </message>
    <message>
      <source>{0}, {1} already so</source>
      <translation>{0}، منها {1} كذلك من قبل</translation>
    </message>
  </context>
  <context>
    <name>RegisterLayoutMixin</name>
    <message>
      <source>Give the table and the detail the whole width; the filters still apply</source>
      <translation>منح الجدول والتفاصيل العرض بالكامل؛ تبقى عوامل التصفية سارية</translation>
    </message>
    <message>
      <source>Hide filters</source>
      <translation>إخفاء عوامل التصفية</translation>
    </message>
    <message>
      <source>Show filters</source>
      <translation>إظهار عوامل التصفية</translation>
    </message>
  </context>
  <context>
    <name>ReportCommandsMixin</name>
    <message numerus="yes">
      <source>%n assignment change(s):</source>
      <translation>
        <numerusform>لا تغييرات في الإسناد:</numerusform>
        <numerusform>تغيير واحد في الإسناد:</numerusform>
        <numerusform>تغييران في الإسناد:</numerusform>
        <numerusform>%n تغييرات في الإسناد:</numerusform>
        <numerusform>%n تغييراً في الإسناد:</numerusform>
        <numerusform>%n تغيير في الإسناد:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n progress report(s) to submit for {0}.</source>
      <translation>
        <numerusform>لا تقارير مرحلية للتقديم عن {0}.</numerusform>
        <numerusform>تقرير مرحلي واحد للتقديم عن {0}.</numerusform>
        <numerusform>تقريران مرحليان للتقديم عن {0}.</numerusform>
        <numerusform>%n تقارير مرحلية للتقديم عن {0}.</numerusform>
        <numerusform>%n تقريراً مرحلياً للتقديم عن {0}.</numerusform>
        <numerusform>%n تقرير مرحلي للتقديم عن {0}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n reminder letter(s) ({0} overdue, {1} due soon) written to {2}</source>
      <translation>
        <numerusform>لم تُكتب رسائل تذكير ({0} متأخرة، {1} مستحقة قريباً) في {2}</numerusform>
        <numerusform>كُتبت رسالة تذكير واحدة ({0} متأخرة، {1} مستحقة قريباً) في {2}</numerusform>
        <numerusform>كُتبت رسالتا تذكير ({0} متأخرة، {1} مستحقة قريباً) في {2}</numerusform>
        <numerusform>كُتبت %n رسائل تذكير ({0} متأخرة، {1} مستحقة قريباً) في {2}</numerusform>
        <numerusform>كُتبت %n رسالة تذكير ({0} متأخرة، {1} مستحقة قريباً) في {2}</numerusform>
        <numerusform>كُتبت %n رسالة تذكير ({0} متأخرة، {1} مستحقة قريباً) في {2}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) applied (progress reports submitted, assignments changed).</source>
      <translation>
        <numerusform>لم يُطبَّق أي صف.</numerusform>
        <numerusform>طُبّق صف واحد (تقارير مرحلية مقدَّمة، إسنادات معدَّلة).</numerusform>
        <numerusform>طُبّق صفان (تقارير مرحلية مقدَّمة، إسنادات معدَّلة).</numerusform>
        <numerusform>طُبّقت %n صفوف (تقارير مرحلية مقدَّمة، إسنادات معدَّلة).</numerusform>
        <numerusform>طُبّق %n صفاً (تقارير مرحلية مقدَّمة، إسنادات معدَّلة).</numerusform>
        <numerusform>طُبّق %n صف (تقارير مرحلية مقدَّمة، إسنادات معدَّلة).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) were rejected. Import the other rows on their own?</source>
      <translation>
        <numerusform>لم يُرفض أي صف. هل تريد استيراد الصفوف الأخرى وحدها؟</numerusform>
        <numerusform>رُفض صف واحد. هل تريد استيراد الصفوف الأخرى وحدها؟</numerusform>
        <numerusform>رُفض صفان. هل تريد استيراد الصفوف الأخرى وحدها؟</numerusform>
        <numerusform>رُفضت %n صفوف. هل تريد استيراد الصفوف الأخرى وحدها؟</numerusform>
        <numerusform>رُفض %n صفاً. هل تريد استيراد الصفوف الأخرى وحدها؟</numerusform>
        <numerusform>رُفض %n صف. هل تريد استيراد الصفوف الأخرى وحدها؟</numerusform>
      </translation>
    </message>
    <message>
      <source>Apply them now?</source>
      <translation>هل تريد تطبيقها الآن؟</translation>
    </message>
    <message>
      <source>Cannot read {0}</source>
      <translation>تتعذر قراءة {0}</translation>
    </message>
    <message>
      <source>Cannot write the matrix</source>
      <translation>تتعذر كتابة المصفوفة</translation>
    </message>
    <message>
      <source>Cannot write the report</source>
      <translation>تتعذر كتابة التقرير</translation>
    </message>
    <message>
      <source>Conflict, row {0} ({1}): not applied — {2}</source>
      <translation>تعارض، الصف {0} ({1}): لم يُطبَّق — {2}</translation>
    </message>
    <message>
      <source>Import completed matrix {0}</source>
      <translation>استيراد المصفوفة المستكملة {0}</translation>
    </message>
    <message>
      <source>Import the completed matrix</source>
      <translation>استيراد المصفوفة المستكملة</translation>
    </message>
    <message>
      <source>Matrix for completion ({0} recommendations) written to {1}</source>
      <translation>كُتبت مصفوفة للاستكمال ({0} توصية) في {1}</translation>
    </message>
    <message>
      <source>Matrix of {0} recommendations written to {1}</source>
      <translation>كُتبت مصفوفة تضم {0} توصية في {1}</translation>
    </message>
    <message>
      <source>Mid-term report written to {2} (recommendations: {0}, pages: {1})</source>
      <translation>كُتب تقرير منتصف المدة في {2} (التوصيات: {0}، الصفحات: {1})</translation>
    </message>
    <message>
      <source>Nothing to submit</source>
      <translation>لا شيء للتقديم</translation>
    </message>
    <message>
      <source>Reading {0}</source>
      <translation>جارٍ قراءة {0}</translation>
    </message>
    <message>
      <source>Rejected, {0}</source>
      <translation>مرفوض، {0}</translation>
    </message>
    <message>
      <source>Report written</source>
      <translation>كُتب التقرير</translation>
    </message>
    <message>
      <source>Row {0} ({1}): {2}</source>
      <translation>الصف {0} ({1}): {2}</translation>
    </message>
    <message numerus="yes">
      <source>Validation pack of {0} (%n recommendation(s)) written to {1}</source>
      <translation>
        <numerusform>كُتب ملف المصادقة لـ {0} (%n توصية) في {1}</numerusform>
        <numerusform>كُتب ملف المصادقة لـ {0} (توصية واحدة) في {1}</numerusform>
        <numerusform>كُتب ملف المصادقة لـ {0} (توصيتان) في {1}</numerusform>
        <numerusform>كُتب ملف المصادقة لـ {0} (%n توصيات) في {1}</numerusform>
        <numerusform>كُتب ملف المصادقة لـ {0} (%n توصية) في {1}</numerusform>
        <numerusform>كُتب ملف المصادقة لـ {0} (%n توصية) في {1}</numerusform>
      </translation>
    </message>
    <message>
      <source>Workbook written</source>
      <translation>كُتب المصنف</translation>
    </message>
    <message>
      <source>Writing the implementation matrix</source>
      <translation>جارٍ كتابة مصفوفة التنفيذ</translation>
    </message>
    <message>
      <source>Writing the matrix for completion</source>
      <translation>جارٍ كتابة المصفوفة للاستكمال</translation>
    </message>
    <message>
      <source>Writing the mid-term report</source>
      <translation>جارٍ كتابة تقرير منتصف المدة</translation>
    </message>
    <message>
      <source>Writing the reminder letters</source>
      <translation>جارٍ كتابة رسائل التذكير</translation>
    </message>
    <message>
      <source>Writing the validation-meeting pack</source>
      <translation>جارٍ كتابة ملف اجتماع المصادقة</translation>
    </message>
  </context>
  <context>
    <name>ReportOptionsDialog</name>
    <message>
      <source> days</source>
      <translation> يوماً</translation>
    </message>
    <message>
      <source>A letter to each institution listing what is overdue and what falls due soon, ready to print and sign.</source>
      <translation>رسالة إلى كل مؤسسة تسرد ما هو متأخر وما يحين موعده قريباً، جاهزة للطباعة والتوقيع.</translation>
    </message>
    <message>
      <source>Also what falls due within:</source>
      <translation>وأيضاً ما يحين موعده خلال:</translation>
    </message>
    <message>
      <source>Choose an institution…</source>
      <translation>اختر مؤسسة…</translation>
    </message>
    <message>
      <source>Choose the institution whose meeting it is.</source>
      <translation>اختر المؤسسة التي يخصها الاجتماع.</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>مجموعة</translation>
    </message>
    <message>
      <source>Cover, table of contents, executive summary with key figures and charts, one section per theme or cluster (each recommendation with its institutions, status, accepted progress, actions, indicators and evidence), and the whole matrix in annex.</source>
      <translation>غلاف، وجدول محتويات، وملخص تنفيذي بالأرقام الرئيسية والرسوم البيانية، وقسم لكل موضوع أو مجموعة (كل توصية مع مؤسساتها وحالتها والتقدم المقبول والإجراءات والمؤشرات والأدلة الداعمة)، والمصفوفة كاملة في مرفق.</translation>
    </message>
    <message>
      <source>Every institution</source>
      <translation>جميع المؤسسات</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>المؤسسة:</translation>
    </message>
    <message>
      <source>Language of the headings:</source>
      <translation>لغة العناوين:</translation>
    </message>
    <message>
      <source>Led or supported by:</source>
      <translation>تقودها أو تدعمها:</translation>
    </message>
    <message>
      <source>Letters to:</source>
      <translation>الرسائل إلى:</translation>
    </message>
    <message>
      <source>Mid-term report (PDF)</source>
      <translation>تقرير منتصف المدة (PDF)</translation>
    </message>
    <message>
      <source>Mid-term report on the implementation of recommendations</source>
      <translation>تقرير منتصف المدة عن تنفيذ التوصيات</translation>
    </message>
    <message>
      <source>One institution's recommendations with their status and latest accepted progress, a column for the meeting's comments and a signature block.</source>
      <translation>توصيات مؤسسة واحدة مع حالتها وآخر تقدم مقبول، وعمود لتعليقات الاجتماع وخانة للتوقيع.</translation>
    </message>
    <message>
      <source>One section per:</source>
      <translation>قسم لكل:</translation>
    </message>
    <message>
      <source>Period covered:</source>
      <translation>الفترة المشمولة:</translation>
    </message>
    <message>
      <source>Recommendations:</source>
      <translation>التوصيات:</translation>
    </message>
    <message>
      <source>Reminder letters (PDF)</source>
      <translation>رسائل التذكير (PDF)</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>موضوع</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>العنوان:</translation>
    </message>
    <message>
      <source>Validation-meeting pack (PDF)</source>
      <translation>ملف اجتماع المصادقة (PDF)</translation>
    </message>
  </context>
  <context>
    <name>ReviewCalendarDialog</name>
    <message>
      <source>Adopted on:</source>
      <translation>اعتُمد في:</translation>
    </message>
    <message>
      <source>Calendar of {0}</source>
      <translation>تقويم {0}</translation>
    </message>
    <message>
      <source>Changing the adoption date proposes the usual rhythm (mid-term report after about 2½ years, next review after about 4½); both dates can then be adjusted.</source>
      <translation>يقترح تغيير تاريخ الاعتماد الإيقاع المعتاد (تقرير منتصف المدة بعد نحو سنتين ونصف، والاستعراض التالي بعد نحو أربع سنوات ونصف)؛ ويمكن بعد ذلك تعديل التاريخين.</translation>
    </message>
    <message>
      <source>Mid-term report due:</source>
      <translation>موعد تقرير منتصف المدة:</translation>
    </message>
    <message>
      <source>Next review:</source>
      <translation>الاستعراض التالي:</translation>
    </message>
    <message>
      <source>The adoption date is known</source>
      <translation>تاريخ الاعتماد معروف</translation>
    </message>
  </context>
  <context>
    <name>SavedViewsMixin</name>
    <message>
      <source>A view called “{0}” exists. Replace it?</source>
      <translation>يوجد عرض باسم «{0}». هل تريد استبداله؟</translation>
    </message>
    <message>
      <source>All recommendations</source>
      <translation>جميع التوصيات</translation>
    </message>
    <message>
      <source>Name of this view (search, filters and sort), e.g. “Health, no lead yet”:</source>
      <translation>اسم هذا العرض (البحث وعوامل التصفية والترتيب)، مثال: «الصحة، بلا جهة رائدة بعد»:</translation>
    </message>
    <message>
      <source>Save view</source>
      <translation>حفظ العرض</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>المفاتيح</translation>
    </message>
    <message>
      <source>What</source>
      <translation>الوظيفة</translation>
    </message>
  </context>
  <context>
    <name>ShowWordsDialog</name>
    <message>
      <source>I have read them to the focal point</source>
      <translation>قرأتها على جهة التنسيق</translation>
    </message>
    <message>
      <source>Twelve words for {0}</source>
      <translation>اثنتا عشرة كلمة لـ {0}</translation>
    </message>
    <message>
      <source>{0} is encrypted: it opens only with these twelve words. Read them to the focal point of {1} by phone — never in the same e-mail or on the same stick as the file. They are not shown again; if they are lost, issue the file again.</source>
      <translation>{0} مشفّر: لا يُفتح إلا بهذه الكلمات الاثنتي عشرة. اقرأها على جهة التنسيق في {1} عبر الهاتف — ولا ترسلها أبداً في البريد الإلكتروني نفسه أو على ذاكرة USB نفسها مع الملف. لن تُعرض مرة أخرى؛ وإن ضاعت فأصدر الملف من جديد.</translation>
    </message>
  </context>
  <context>
    <name>SideBar</name>
    <message>
      <source>Only symbols: more room for the pages</source>
      <translation>الرموز فقط: مساحة أكبر للصفحات</translation>
    </message>
    <message>
      <source>Show the names of the pages</source>
      <translation>إظهار أسماء الصفحات</translation>
    </message>
  </context>
  <context>
    <name>StackedBars</name>
    <message>
      <source>{0} — {1}: {2} (click to see them)</source>
      <translation>{0} — {1}: {2} (انقر لرؤيتها)</translation>
    </message>
  </context>
  <context>
    <name>TaskRunner</name>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
  </context>
  <context>
    <name>TrackingPagesMixin</name>
    <message>
      <source>Cannot compare recommendations</source>
      <translation>تتعذر مقارنة التوصيات</translation>
    </message>
    <message>
      <source>Comparing the recommendations (first time only)…</source>
      <translation>جارٍ مقارنة التوصيات (في المرة الأولى فقط)…</translation>
    </message>
    <message>
      <source>Reading the activity</source>
      <translation>قراءة سجل النشاط</translation>
    </message>
    <message>
      <source>Reading the deadlines</source>
      <translation>قراءة المواعيد النهائية</translation>
    </message>
    <message>
      <source>Reading the plan</source>
      <translation>قراءة الخطة</translation>
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
      <translation>اختيار ملف…</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>التاريخ:</translation>
    </message>
    <message>
      <source>Note:</source>
      <translation>ملاحظة:</translation>
    </message>
    <message>
      <source>Period:</source>
      <translation>الفترة:</translation>
    </message>
    <message>
      <source>Period: say which period the value is for.</source>
      <translation>الفترة: اذكر الفترة التي تخصها القيمة.</translation>
    </message>
    <message>
      <source>Source document:</source>
      <translation>الوثيقة المصدر:</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>القيمة</translation>
    </message>
    <message>
      <source>Value of “{0}”</source>
      <translation>قيمة «{0}»</translation>
    </message>
    <message>
      <source>Value:</source>
      <translation>القيمة:</translation>
    </message>
    <message>
      <source>Where the figure comes from, anything unusual</source>
      <translation>مصدر الرقم، وأي أمر غير معتاد</translation>
    </message>
    <message>
      <source>none</source>
      <translation>لا شيء</translation>
    </message>
  </context>
  <context>
    <name>VocabulariesPage</name>
    <message>
      <source>Add spelling…</source>
      <translation>إضافة كتابة…</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>إضافة…</translation>
    </message>
    <message>
      <source>Affected persons</source>
      <translation>الأشخاص المعنيون</translation>
    </message>
    <message>
      <source>Another way documents write this State's name, so imports recognise it</source>
      <translation>طريقة أخرى تكتب بها الوثائق اسم هذه الدولة، كي تتعرف عليها عمليات الاستيراد</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>التقويم</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>الرمز</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Each review's adoption date gives its calendar: the mid-term report about 2½ years later, the next review about 4½ years later (Edit… to adjust). The dates appear in the Calendar as deadlines.</source>
      <translation>يحدد تاريخ اعتماد كل استعراض تقويمه: تقرير منتصف المدة بعد نحو سنتين ونصف، والاستعراض التالي بعد نحو أربع سنوات ونصف (تعديل… للتعديل). وتظهر التواريخ في التقويم بوصفها مواعيد نهائية.</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>تعديل…</translation>
    </message>
    <message>
      <source>Groups of persons recommendations are about.</source>
      <translation>فئات الأشخاص الذين تتناولهم التوصيات.</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Mechanisms</source>
      <translation>الآليات</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Other spellings</source>
      <translation>كتابات أخرى</translation>
    </message>
    <message>
      <source>Recommendations</source>
      <translation>التوصيات</translation>
    </message>
    <message>
      <source>Reference data</source>
      <translation>البيانات المرجعية</translation>
    </message>
    <message>
      <source>Remove spelling…</source>
      <translation>إزالة كتابة…</translation>
    </message>
    <message>
      <source>Reviews</source>
      <translation>الاستعراضات</translation>
    </message>
    <message>
      <source>Reviews and their calendar</source>
      <translation>الاستعراضات وتقويمها</translation>
    </message>
    <message>
      <source>Scheme</source>
      <translation>النظام</translation>
    </message>
    <message>
      <source>States and their spellings</source>
      <translation>الدول وكتابات أسمائها</translation>
    </message>
    <message>
      <source>Still used: rename it instead</source>
      <translation>لا يزال مستخدماً: أعد تسميته بدلاً من ذلك</translation>
    </message>
    <message>
      <source>The UHRI themes ship with the application; themes of UPR Info exports and your own are added here or by imports.</source>
      <translation>تأتي مواضيع الفهرس العالمي لحقوق الإنسان مع التطبيق؛ وتُضاف هنا أو عن طريق الاستيراد مواضيع تصديرات UPR Info ومواضيعك الخاصة.</translation>
    </message>
    <message>
      <source>The UN member and observer States. Add the spellings your documents use (e.g. “Lao PDR”) so that imports recognise them.</source>
      <translation>الدول الأعضاء والدول المراقبة في الأمم المتحدة. أضف الكتابات التي تستخدمها وثائقك (مثال: «Lao PDR») كي تتعرف عليها عمليات الاستيراد.</translation>
    </message>
    <message>
      <source>The UPR, treaty bodies, special procedures and regional mechanisms.</source>
      <translation>الاستعراض الدوري الشامل، وهيئات المعاهدات، والإجراءات الخاصة، والآليات الإقليمية.</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>المواضيع</translation>
    </message>
    <message>
      <source>Type to narrow the list</source>
      <translation>اكتب لتضييق القائمة</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>A complete example about a fictional State, to see how the follow-up works before entering real data. Changes stay in the demo file.</source>
      <translation>مثال كامل عن دولة وهمية، لرؤية كيفية سير المتابعة قبل إدخال بيانات حقيقية. تبقى التغييرات في الملف التوضيحي.</translation>
    </message>
    <message>
      <source>Continue with a database kept on this computer or on a USB stick.</source>
      <translation>المتابعة بقاعدة بيانات محفوظة على هذا الحاسوب أو على ذاكرة USB.</translation>
    </message>
    <message>
      <source>Explore the demo</source>
      <translation>استكشاف العرض التوضيحي</translation>
    </message>
    <message>
      <source>Focal point: a file from the secretariat</source>
      <translation>جهة التنسيق: ملف من الأمانة</translation>
    </message>
    <message>
      <source>Follow up the recommendations your State received from the Universal Periodic Review, the treaty bodies and the special procedures: who does what, by when, and how far it has gone. Everything stays on this computer and works offline.</source>
      <translation>تابع التوصيات التي تلقتها دولتك من الاستعراض الدوري الشامل وهيئات المعاهدات والإجراءات الخاصة: من يفعل ماذا، ومتى، وإلى أين وصل التنفيذ. يبقى كل شيء على هذا الحاسوب ويعمل دون اتصال بالإنترنت.</translation>
    </message>
    <message>
      <source>For a ministry's focal point who received a file (.nmrf) from the secretariat by USB stick or e-mail: it becomes your working copy, with your institution's recommendations.</source>
      <translation>لجهة التنسيق في وزارة تلقت ملفاً (.nmrf) من الأمانة بذاكرة USB أو بالبريد الإلكتروني: يصبح نسخة العمل الخاصة بك، مع توصيات مؤسستك.</translation>
    </message>
    <message>
      <source>For the secretariat of the national mechanism: choose the State and list the institutions; recommendations are imported afterwards.</source>
      <translation>لأمانة الآلية الوطنية: اختر الدولة وأدرج المؤسسات؛ وتُستورد التوصيات بعد ذلك.</translation>
    </message>
    <message>
      <source>Open a database file…</source>
      <translation>فتح ملف قاعدة بيانات…</translation>
    </message>
    <message>
      <source>Open an existing database</source>
      <translation>فتح قاعدة بيانات موجودة</translation>
    </message>
    <message>
      <source>Open the secretariat's file…</source>
      <translation>فتح ملف الأمانة…</translation>
    </message>
    <message>
      <source>Recently opened</source>
      <translation>المفتوحة مؤخراً</translation>
    </message>
    <message>
      <source>Secretariat: start a new database</source>
      <translation>الأمانة: بدء قاعدة بيانات جديدة</translation>
    </message>
    <message>
      <source>Start a new database…</source>
      <translation>بدء قاعدة بيانات جديدة…</translation>
    </message>
    <message>
      <source>Welcome to NMRF Tracker</source>
      <translation>مرحباً بك في NMRF Tracker</translation>
    </message>
  </context>
  <context>
    <name>_FilePage</name>
    <message>
      <source>Browse…</source>
      <translation>استعراض…</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>الملف:</translation>
    </message>
    <message>
      <source>Keep it on this computer's disk (not on a USB stick) and back it up regularly with File &gt; Back up now.</source>
      <translation>احتفظ بها على قرص هذا الحاسوب (لا على ذاكرة USB) وانسخها احتياطياً بانتظام بالأمر ملف &gt; نسخ احتياطي الآن.</translation>
    </message>
    <message>
      <source>This file already exists; choose another name.</source>
      <translation>هذا الملف موجود بالفعل؛ اختر اسماً آخر.</translation>
    </message>
    <message>
      <source>Where to keep the database</source>
      <translation>أين تُحفظ قاعدة البيانات</translation>
    </message>
    <message>
      <source>{0} cannot be written by this account (or is on read-only media); choose a folder of your own, such as Documents.</source>
      <translation>لا يستطيع هذا الحساب الكتابة في {0} (أو أنه على وسيط للقراءة فقط)؛ اختر مجلداً خاصاً بك، مثل المستندات.</translation>
    </message>
  </context>
  <context>
    <name>_FilesPage</name>
    <message>
      <source>(as the file says)</source>
      <translation>(كما يذكر الملف)</translation>
    </message>
    <message>
      <source>Add files…</source>
      <translation>إضافة ملفات…</translation>
    </message>
    <message>
      <source>Files to import</source>
      <translation>الملفات المراد استيرادها</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>استيراد</translation>
    </message>
    <message>
      <source>OHCHR matrices (.docx), UPR Info and UHRI exports, and your own tables (.csv, .xlsx). The same recommendation from two sources becomes one; importing a file again changes nothing.</source>
      <translation>مصفوفات المفوضية السامية (.docx)، وتصديرات UPR Info والفهرس العالمي، وجداولك الخاصة (.csv، .xlsx). تصبح التوصية نفسها الواردة من مصدرين توصية واحدة؛ ولا يغيّر استيراد الملف مرة أخرى شيئاً.</translation>
    </message>
    <message>
      <source>Only if the file does not say it</source>
      <translation>فقط إذا لم يذكره الملف</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>إزالة</translation>
    </message>
    <message>
      <source>Report symbol:</source>
      <translation>رمز التقرير:</translation>
    </message>
    <message>
      <source>Session:</source>
      <translation>الدورة:</translation>
    </message>
    <message>
      <source>State under review:</source>
      <translation>الدولة قيد الاستعراض:</translation>
    </message>
    <message>
      <source>UPR cycle:</source>
      <translation>جولة الاستعراض الدوري الشامل:</translation>
    </message>
    <message>
      <source>Year:</source>
      <translation>السنة:</translation>
    </message>
    <message>
      <source>e.g. A/HRC/40/6</source>
      <translation>مثال: A/HRC/40/6</translation>
    </message>
  </context>
  <context>
    <name>_Form</name>
    <message>
      <source>{0}: a number is needed.</source>
      <translation>{0}: يلزم رقم.</translation>
    </message>
    <message>
      <source>{0}: “{1}” is not a number.</source>
      <translation>{0}: «{1}» ليس رقماً.</translation>
    </message>
  </context>
  <context>
    <name>_InstitutionsPage</name>
    <message>
      <source>Institutions</source>
      <translation>المؤسسات</translation>
    </message>
    <message>
      <source>Ministries and other institutions:</source>
      <translation>الوزارات والمؤسسات الأخرى:</translation>
    </message>
    <message>
      <source>National mechanism secretariat</source>
      <translation>أمانة الآلية الوطنية</translation>
    </message>
    <message>
      <source>One institution a line: a short code, a comma, then its name (for example: MOJ, Ministry of Justice).</source>
      <translation>مؤسسة واحدة في كل سطر: رمز قصير، ثم فاصلة، ثم اسمها (مثال: MOJ, وزارة العدل).</translation>
    </message>
    <message>
      <source>Secretariat name:</source>
      <translation>اسم الأمانة:</translation>
    </message>
    <message>
      <source>Secretariat name: please give it a name.</source>
      <translation>اسم الأمانة: يُرجى إعطاؤها اسماً.</translation>
    </message>
  </context>
  <context>
    <name>_RunPage</name>
    <message>
      <source>A dry run: nothing has been written yet.</source>
      <translation>تشغيل تجريبي: لم يُكتب شيء بعد.</translation>
    </message>
    <message>
      <source>Dry run finished.</source>
      <translation>انتهى التشغيل التجريبي.</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>استيراد</translation>
    </message>
    <message>
      <source>Import the similar texts not ticked “same?” as new recommendations (instead of leaving them out)</source>
      <translation>استيراد النصوص المتشابهة غير المحددة بعلامة «نفسها؟» كتوصيات جديدة (بدلاً من استبعادها)</translation>
    </message>
    <message>
      <source>Import the valid rows even though some rows are rejected</source>
      <translation>استيراد الصفوف الصحيحة رغم رفض بعض الصفوف</translation>
    </message>
    <message>
      <source>Imported. The register now shows the new recommendations.</source>
      <translation>تم الاستيراد. يعرض السجل الآن التوصيات الجديدة.</translation>
    </message>
    <message>
      <source>Nothing was imported: some rows are rejected.</source>
      <translation>لم يُستورد شيء: بعض الصفوف مرفوضة.</translation>
    </message>
    <message>
      <source>Run the dry run again</source>
      <translation>إعادة التشغيل التجريبي</translation>
    </message>
    <message>
      <source>What the import would do</source>
      <translation>ما سيفعله الاستيراد</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>جارٍ العمل…</translation>
    </message>
  </context>
  <context>
    <name>_StatePage</name>
    <message>
      <source>State under review</source>
      <translation>الدولة قيد الاستعراض</translation>
    </message>
    <message>
      <source>State under review:</source>
      <translation>الدولة قيد الاستعراض:</translation>
    </message>
    <message>
      <source>The State under review. Type to search by name.</source>
      <translation>الدولة قيد الاستعراض. اكتب للبحث بالاسم.</translation>
    </message>
    <message>
      <source>Title (optional):</source>
      <translation>العنوان (اختياري):</translation>
    </message>
    <message>
      <source>Which State does this database follow up?</source>
      <translation>أي دولة تتابعها قاعدة البيانات هذه؟</translation>
    </message>
    <message>
      <source>e.g. National recommendations tracker 2025–2030</source>
      <translation>مثال: متتبع التوصيات الوطني 2025–2030</translation>
    </message>
  </context>
  <context>
    <name>_SummaryView</name>
    <message>
      <source>&lt;b&gt;First rows:&lt;/b&gt;</source>
      <translation>&lt;b&gt;الصفوف الأولى:&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Found:&lt;/b&gt; {0}</source>
      <translation>&lt;b&gt;وُجد:&lt;/b&gt; {0}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Left out, not recommendations:&lt;/b&gt; {0}</source>
      <translation>&lt;b&gt;صفوف مستبعدة، ليست توصيات:&lt;/b&gt; {0}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Read as:&lt;/b&gt; {0}</source>
      <translation>&lt;b&gt;قُرئ بترميز:&lt;/b&gt; {0}</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>الحقل</translation>
    </message>
    <message>
      <source>File</source>
      <translation>الملف</translation>
    </message>
    <message>
      <source>Recommendations: &lt;b&gt;{0:,}&lt;/b&gt; new, &lt;b&gt;{1:,}&lt;/b&gt; updated, &lt;b&gt;{2:,}&lt;/b&gt; unchanged. New reviews: {3:,}. Rows rejected: &lt;b&gt;{4:,}&lt;/b&gt;. Similar texts to confirm: &lt;b&gt;{5:,}&lt;/b&gt;.</source>
      <translation>التوصيات: &lt;b&gt;{0:,}&lt;/b&gt; جديدة، &lt;b&gt;{1:,}&lt;/b&gt; محدَّثة، &lt;b&gt;{2:,}&lt;/b&gt; دون تغيير. استعراضات جديدة: {3:,}. الصفوف المرفوضة: &lt;b&gt;{4:,}&lt;/b&gt;. نصوص متشابهة للتأكيد: &lt;b&gt;{5:,}&lt;/b&gt;.</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>الصف</translation>
    </message>
    <message>
      <source>These files are about {0}, not the State this database follows; check that they are the right ones before importing.</source>
      <translation>تخص هذه الملفات {0}، لا الدولة التي تتابعها قاعدة البيانات هذه؛ تحقق من أنها الملفات الصحيحة قبل الاستيراد.</translation>
    </message>
    <message>
      <source>What is wrong / what to confirm</source>
      <translation>ما الخطأ / ما المطلوب تأكيده</translation>
    </message>
    <message>
      <source>an existing recommendation</source>
      <translation>توصية موجودة</translation>
    </message>
    <message numerus="yes">
      <source>and %n other review(s)</source>
      <translation>
        <numerusform>ولا استعراضات أخرى</numerusform>
        <numerusform>واستعراض آخر</numerusform>
        <numerusform>واستعراضان آخران</numerusform>
        <numerusform>و%n استعراضات أخرى</numerusform>
        <numerusform>و%n استعراضاً آخر</numerusform>
        <numerusform>و%n استعراض آخر</numerusform>
      </translation>
    </message>
    <message>
      <source>same?</source>
      <translation>نفسها؟</translation>
    </message>
    <message>
      <source>{0:.1%} like {1}: “{2}” — tick “same?” to merge it, else it is left out</source>
      <translation>{0:.1%} مثل {1}: «{2}» — حدد «نفسها؟» لدمجها، وإلا تُستبعد</translation>
    </message>
    <message numerus="yes">
      <source>{0} (%n rows)</source>
      <translation>
        <numerusform>{0} (%n صفوف)</numerusform>
        <numerusform>{0} (صف واحد %n)</numerusform>
        <numerusform>{0} (صفّان %n)</numerusform>
        <numerusform>{0} (%n صفوف)</numerusform>
        <numerusform>{0} (%n صفاً)</numerusform>
        <numerusform>{0} (%n صف)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{0}: %n recommendation(s)</source>
      <translation>
        <numerusform>{0}: %n توصية</numerusform>
        <numerusform>{0}: توصية واحدة</numerusform>
        <numerusform>{0}: توصيتان</numerusform>
        <numerusform>{0}: %n توصيات</numerusform>
        <numerusform>{0}: %n توصية</numerusform>
        <numerusform>{0}: %n توصية</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>_ValueChooser</name>
    <message>
      <source>(leave these rows rejected)</source>
      <translation>(إبقاء هذه الصفوف مرفوضة)</translation>
    </message>
    <message>
      <source>Then run the dry run again.</source>
      <translation>ثم أعد تشغيل التجربة.</translation>
    </message>
    <message>
      <source>Words this database does not know</source>
      <translation>كلمات لا تعرفها قاعدة البيانات هذه</translation>
    </message>
    <message numerus="yes">
      <source>“{0}” ({1}, %n row(s)) means:</source>
      <translation>
        <numerusform>«{0}» ({1}، %n صفوف) تعني:</numerusform>
        <numerusform>«{0}» ({1}، صف واحد %n) تعني:</numerusform>
        <numerusform>«{0}» ({1}، صفّان %n) تعني:</numerusform>
        <numerusform>«{0}» ({1}، %n صفوف) تعني:</numerusform>
        <numerusform>«{0}» ({1}، %n صفاً) تعني:</numerusform>
        <numerusform>«{0}» ({1}، %n صف) تعني:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>add_language_menu</name>
    <message>
      <source>&amp;Language</source>
      <translation>ال&amp;لغة</translation>
    </message>
    <message>
      <source>As the system ({0})</source>
      <translation>حسب النظام ({0})</translation>
    </message>
  </context>
  <context>
    <name>field_labels</name>
    <message>
      <source>Action category (1–5)</source>
      <translation>فئة الإجراء (1–5)</translation>
    </message>
    <message>
      <source>Affected persons</source>
      <translation>الأشخاص المعنيون</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>رمز الوثيقة</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>الآلية</translation>
    </message>
    <message>
      <source>Paragraph / reference</source>
      <translation>الفقرة / المرجع</translation>
    </message>
    <message>
      <source>Position / response</source>
      <translation>الموقف / الرد</translation>
    </message>
    <message>
      <source>Recommendation text (required)</source>
      <translation>نص التوصية (إلزامي)</translation>
    </message>
    <message>
      <source>Recommending States</source>
      <translation>الدول الموصية</translation>
    </message>
    <message>
      <source>SDG goals</source>
      <translation>أهداف التنمية المستدامة</translation>
    </message>
    <message>
      <source>SDG targets</source>
      <translation>غايات أهداف التنمية المستدامة</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>الدورة</translation>
    </message>
    <message>
      <source>Source of position</source>
      <translation>مصدر الموقف</translation>
    </message>
    <message>
      <source>Special procedure</source>
      <translation>الإجراء الخاص</translation>
    </message>
    <message>
      <source>State under review</source>
      <translation>الدولة قيد الاستعراض</translation>
    </message>
    <message>
      <source>The source's own identifier</source>
      <translation>المعرّف الخاص بالمصدر</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>المواضيع</translation>
    </message>
    <message>
      <source>Treaty body</source>
      <translation>هيئة المعاهدة</translation>
    </message>
    <message>
      <source>Type (rows not of a recommendation are left out)</source>
      <translation>النوع (تُستبعد الصفوف التي ليست توصيات)</translation>
    </message>
    <message>
      <source>UPR cycle</source>
      <translation>دورة الاستعراض الدوري الشامل</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>السنة</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>A new key of the secretariat</source>
      <translation>مفتاح جديد للأمانة</translation>
    </message>
    <message>
      <source>Attach evidence</source>
      <translation>إرفاق أدلة داعمة</translation>
    </message>
    <message>
      <source>Back up the database to</source>
      <translation>نسخ قاعدة البيانات احتياطياً إلى</translation>
    </message>
    <message>
      <source>Choose files to import</source>
      <translation>اختيار الملفات المراد استيرادها</translation>
    </message>
    <message>
      <source>Choose the ministries' files</source>
      <translation>اختيار ملفات الوزارات</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <source>Column mapping (*.json)</source>
      <translation>مطابقة الأعمدة (*.json)</translation>
    </message>
    <message>
      <source>Confirm before consolidating</source>
      <translation>التأكيد قبل التوحيد</translation>
    </message>
    <message>
      <source>Evidence (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx *.pptx *.odt *.ods *.txt *.csv);;All files (*)</source>
      <translation>الأدلة الداعمة (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx *.pptx *.odt *.ods *.txt *.csv);;جميع الملفات (*)</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Exchange files (*.nmrf)</source>
      <translation>ملفات التبادل (*.nmrf)</translation>
    </message>
    <message>
      <source>Exchange files (*.nmrf);;All files (*)</source>
      <translation>ملفات التبادل (*.nmrf);;جميع الملفات (*)</translation>
    </message>
    <message>
      <source>Exchange files (*.nmrf);;Whole databases mailed instead (*.db);;All files (*)</source>
      <translation>ملفات التبادل (*.nmrf);;قواعد بيانات كاملة أُرسلت بدلاً منها (*.db);;جميع الملفات (*)</translation>
    </message>
    <message>
      <source>Import a completed matrix</source>
      <translation>استيراد مصفوفة مستكملة</translation>
    </message>
    <message>
      <source>Key backups (*.nmrfkey)</source>
      <translation>نسخ المفاتيح الاحتياطية (*.nmrfkey)</translation>
    </message>
    <message>
      <source>Key backups (*.nmrfkey);;All files (*)</source>
      <translation>نسخ المفاتيح الاحتياطية (*.nmrfkey);;كل الملفات (*)</translation>
    </message>
    <message>
      <source>Load a column mapping</source>
      <translation>تحميل مطابقة أعمدة</translation>
    </message>
    <message>
      <source>NMRF Tracker database (*.db *.nmrf);;All files (*)</source>
      <translation>قاعدة بيانات NMRF Tracker (*.db *.nmrf);;جميع الملفات (*)</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>فتح</translation>
    </message>
    <message>
      <source>Open a database</source>
      <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
      <source>Open a file from the secretariat</source>
      <translation>فتح ملف من الأمانة</translation>
    </message>
    <message>
      <source>Open a key backup</source>
      <translation>فتح نسخة احتياطية لمفتاح</translation>
    </message>
    <message>
      <source>PDF document (*.pdf)</source>
      <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>طباعة…</translation>
    </message>
    <message>
      <source>Recommendations (*.docx *.csv *.xlsx);;OHCHR matrix (*.docx);;UPR Info or UHRI export, other tables (*.csv *.xlsx)</source>
      <translation>التوصيات (*.docx *.csv *.xlsx);;مصفوفة المفوضية السامية (*.docx);;تصدير UPR Info أو الفهرس العالمي، جداول أخرى (*.csv *.xlsx)</translation>
    </message>
    <message>
      <source>Save the column mapping</source>
      <translation>حفظ مطابقة الأعمدة</translation>
    </message>
    <message>
      <source>Save the exchange file</source>
      <translation>حفظ ملف التبادل</translation>
    </message>
    <message>
      <source>Save the implementation matrix</source>
      <translation>حفظ مصفوفة التنفيذ</translation>
    </message>
    <message>
      <source>Save the key backup</source>
      <translation>حفظ النسخة الاحتياطية للمفتاح</translation>
    </message>
    <message>
      <source>Save the new database as</source>
      <translation>حفظ قاعدة البيانات الجديدة باسم</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>حفظ التقرير</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>عرض في المجلد</translation>
    </message>
    <message>
      <source>{0} comes from a device of {1} that is not registered here (seen for the first time, or revoked). Its key fingerprint is

{2}

Read it to the focal point (by phone, not by e-mail) and register the device only if it matches theirs.</source>
      <translation>يأتي {0} من جهاز تابع لـ {1} غير مسجل هنا (يُرى لأول مرة، أو أُلغي). بصمة مفتاحه هي

{2}

اقرأها لجهة التنسيق (بالهاتف، لا بالبريد الإلكتروني) ولا تسجّل الجهاز إلا إذا طابقت بصمتهم.</translation>
    </message>
    <message>
      <source>{0} is a whole database of {1}, not a signed exchange file: its changes are unsigned and anyone could have made it. Apply them only if you have confirmed with the focal point that they sent it.</source>
      <translation>{0} قاعدة بيانات كاملة لـ {1}، وليس ملف تبادل موقّعاً: تغييراته غير موقّعة وكان يمكن لأي شخص أن يصنعه. لا تطبّقها إلا إذا تأكدت مع جهة التنسيق أنهم أرسلوه.</translation>
    </message>
    <message>
      <source>{0} is signed by a new key of the secretariat, fingerprint

{1}

The secretariat replaces its key only when the old one was lost or copied. Call the secretariat (not by e-mail), read this fingerprint to them, and accept the new key only if it matches theirs. Otherwise, do not open the file.</source>
      <translation>{0} موقّع بمفتاح جديد للأمانة، بصمته

{1}

لا تستبدل الأمانة مفتاحها إلا إذا ضاع القديم أو نُسخ. اتصل بالأمانة (لا عبر البريد الإلكتروني)، واقرأ عليها هذه البصمة، ولا تقبل المفتاح الجديد إلا إذا طابق بصمتها. وإلا فلا تفتح الملف.</translation>
    </message>
  </context>
  <context>
    <name>print_pdf</name>
    <message>
      <source>Print {0}</source>
      <translation>طباعة {0}</translation>
    </message>
  </context>
  <context>
    <name>role_labels</name>
    <message>
      <source>Focal point of a ministry</source>
      <translation>جهة تنسيق في وزارة</translation>
    </message>
    <message>
      <source>Reader (no changes)</source>
      <translation>قارئ (بدون تغييرات)</translation>
    </message>
    <message>
      <source>Secretariat</source>
      <translation>الأمانة</translation>
    </message>
    <message>
      <source>Validating authority of a ministry</source>
      <translation>سلطة المصادقة في وزارة</translation>
    </message>
  </context>
  <context>
    <name>scope_fields</name>
    <message>
      <source>Every recommendation</source>
      <translation>جميع التوصيات</translation>
    </message>
    <message>
      <source>What the register shows now (search and filters)</source>
      <translation>ما يعرضه السجل الآن (البحث وعوامل التصفية)</translation>
    </message>
  </context>
  <context>
    <name>switch_language</name>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>Wait until the work in progress has finished, then choose the language again.</source>
      <translation>انتظر حتى ينتهي العمل الجاري، ثم اختر اللغة مرة أخرى.</translation>
    </message>
  </context>
</TS>
