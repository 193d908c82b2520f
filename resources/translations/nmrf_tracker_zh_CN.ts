<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ActionDialog</name>
    <message>
      <source>Budget</source>
      <translation>预算</translation>
    </message>
    <message>
      <source>Budget:</source>
      <translation>预算：</translation>
    </message>
    <message>
      <source>Budget: give the currency as three letters (EUR, XOF, USD).</source>
      <translation>预算：请用三个字母表示货币（EUR、XOF、USD）。</translation>
    </message>
    <message>
      <source>Description:</source>
      <translation>说明：</translation>
    </message>
    <message>
      <source>EUR</source>
      <translation>EUR</translation>
    </message>
    <message>
      <source>Edit action</source>
      <translation>编辑行动</translation>
    </message>
    <message>
      <source>Ends:</source>
      <translation>结束：</translation>
    </message>
    <message>
      <source>Ends: the end date is before the start date.</source>
      <translation>结束：结束日期早于开始日期。</translation>
    </message>
    <message>
      <source>Expected outcome:</source>
      <translation>预期成果：</translation>
    </message>
    <message>
      <source>Lead institution:</source>
      <translation>牵头机构：</translation>
    </message>
    <message>
      <source>New action</source>
      <translation>新行动</translation>
    </message>
    <message>
      <source>Starts:</source>
      <translation>开始：</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>状态：</translation>
    </message>
    <message>
      <source>Supporting:</source>
      <translation>支持机构：</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>标题：</translation>
    </message>
    <message>
      <source>Title: an action needs a title.</source>
      <translation>标题：行动需要一个标题。</translation>
    </message>
    <message>
      <source>amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>e.g. Train 300 police officers on the new law</source>
      <translation>例如：就新法律培训300名警察</translation>
    </message>
  </context>
  <context>
    <name>ActivityPage</name>
    <message numerus="yes">
      <source>Activity (%n change(s) shown, newest first)</source>
      <translation>
        <numerusform>活动（显示 %n 项更改，最新的在前）</numerusform>
      </translation>
    </message>
    <message>
      <source>Every institution</source>
      <translation>所有机构</translation>
    </message>
    <message>
      <source>Every kind of record</source>
      <translation>所有记录类型</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>所有人</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>机构：</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>最近30天</translation>
    </message>
    <message>
      <source>Last 7 days</source>
      <translation>最近7天</translation>
    </message>
    <message>
      <source>No change matches these filters.</source>
      <translation>没有符合这些筛选条件的更改。</translation>
    </message>
    <message>
      <source>Only the changes to the recommendation of this reference and what is attached to it</source>
      <translation>仅显示此编号的建议及其附属内容的更改</translation>
    </message>
    <message>
      <source>Recommendation:</source>
      <translation>建议：</translation>
    </message>
    <message>
      <source>Since the start</source>
      <translation>从头开始</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <source>What:</source>
      <translation>内容：</translation>
    </message>
    <message>
      <source>When:</source>
      <translation>时间：</translation>
    </message>
    <message>
      <source>Who:</source>
      <translation>人员：</translation>
    </message>
    <message>
      <source>e.g. 142.8</source>
      <translation>例如：142.8</translation>
    </message>
  </context>
  <context>
    <name>AskWordsDialog</name>
    <message>
      <source>Open {0}</source>
      <translation>打开 {0}</translation>
    </message>
    <message>
      <source>This file is encrypted. The secretariat gives twelve words for it by phone: type them here, in order, separated by spaces.</source>
      <translation>此文件已加密。秘书处会通过电话告诉您十二个单词：请在此按顺序输入，以空格分隔。</translation>
    </message>
    <message>
      <source>twelve words, e.g. ocean  river  …</source>
      <translation>十二个单词，例如 ocean  river  …</translation>
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
      <translation>选择落实程度…</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>机构：</translation>
    </message>
    <message>
      <source>Narrative:</source>
      <translation>叙述：</translation>
    </message>
    <message>
      <source>Narrative: say what was done, even briefly.</source>
      <translation>叙述：请说明做了什么，哪怕很简短。</translation>
    </message>
    <message>
      <source>Next steps:</source>
      <translation>下一步：</translation>
    </message>
    <message>
      <source>Period:</source>
      <translation>期间：</translation>
    </message>
    <message>
      <source>Period: say which reporting period (e.g. 2026-H2).</source>
      <translation>期间：请说明报告期（例如 2026-H2）。</translation>
    </message>
    <message>
      <source>Period: “{0}” is not a reporting period; write it as 2026, 2026-H1, 2026-Q3, 2026-05 or 2025–2026.</source>
      <translation>期间：“{0}”不是报告期；请写成 2026、2026-H1、2026-Q3、2026-05 或 2025–2026。</translation>
    </message>
    <message>
      <source>Progress report on {0}</source>
      <translation>关于 {0} 的进展报告</translation>
    </message>
    <message>
      <source>Saved as a draft: Submit sends it to your validating authority.</source>
      <translation>已保存为草稿：“提交”会将其发送给您的审核机构。</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>状态：</translation>
    </message>
    <message>
      <source>Status: choose how far the recommendation is implemented.</source>
      <translation>状态：请选择建议的落实程度。</translation>
    </message>
    <message>
      <source>What comes next, by whom, by when</source>
      <translation>接下来做什么、由谁做、何时完成</translation>
    </message>
    <message>
      <source>What was done in the period, with figures and the documents that show it</source>
      <translation>本期间做了什么，附数字和证明文件</translation>
    </message>
    <message>
      <source>e.g. 2026-H2</source>
      <translation>例如：2026-H2</translation>
    </message>
  </context>
  <context>
    <name>BackupCommandsMixin</name>
    <message>
      <source>A complete copy of the database was written to
{0}</source>
      <translation>数据库的完整副本已写入
{0}</translation>
    </message>
    <message>
      <source>Backing up</source>
      <translation>正在备份</translation>
    </message>
    <message>
      <source>Backup failed</source>
      <translation>备份失败</translation>
    </message>
    <message>
      <source>Backup written</source>
      <translation>备份已写入</translation>
    </message>
    <message>
      <source>Cannot restore</source>
      <translation>无法恢复</translation>
    </message>
    <message>
      <source>Cannot restore the backup</source>
      <translation>无法恢复备份</translation>
    </message>
    <message>
      <source>Put the backup taken on {0} in place of {1}?

Everything changed since then disappears from the database; what it holds now is backed up first, so you can come back to it.</source>
      <translation>用 {0} 的备份替换 {1}？

此后的所有更改都将从数据库中消失；当前内容会先备份，以便您可以恢复。</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>恢复备份</translation>
    </message>
    <message>
      <source>Restoring {0}</source>
      <translation>正在恢复 {0}</translation>
    </message>
    <message>
      <source>{0} is on a server: put a backup back there with `nmrf-tracker copy --from BACKUP.db --to postgresql://…` into a new, empty database (or the server's own pg_dump), then open that database.</source>
      <translation>{0} 位于服务器上：要在那里恢复备份，请用 `nmrf-tracker copy --from BACKUP.db --to postgresql://…` 复制到一个新的空数据库（或使用服务器自己的 pg_dump），然后打开该数据库。</translation>
    </message>
    <message>
      <source>{0} is read-only here: a backup cannot be put in its place.</source>
      <translation>{0} 在此处为只读：不能用备份替换。</translation>
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message numerus="yes">
      <source>%n backup(s) of this database. The backups folder takes {0} in all.</source>
      <translation>
        <numerusform>此数据库有 %n 个备份。备份文件夹共占用 {0}。</numerusform>
      </translation>
    </message>
    <message>
      <source>Backed up by hand</source>
      <translation>手动备份</translation>
    </message>
    <message>
      <source>Backups of {0}</source>
      <translation>{0} 的备份</translation>
    </message>
    <message>
      <source>Before a schema upgrade</source>
      <translation>架构升级之前</translation>
    </message>
    <message>
      <source>Before consolidating ministry files</source>
      <translation>合并各部委文件之前</translation>
    </message>
    <message>
      <source>Before protecting it with a password</source>
      <translation>用密码保护之前</translation>
    </message>
    <message>
      <source>Before removing its password</source>
      <translation>移除其密码之前</translation>
    </message>
    <message>
      <source>Before restoring another backup</source>
      <translation>恢复另一个备份之前</translation>
    </message>
    <message>
      <source>Kept: the last {0} and, before them, one a month for {1} months; older ones are removed automatically.</source>
      <translation>保留：最近 {0} 个，以及在此之前 {1} 个月内每月一个；更早的备份会自动删除。</translation>
    </message>
    <message>
      <source>No backup of this database yet. One is taken automatically before every schema upgrade and every consolidation that changes something; File &gt; Back up now… takes one at any time.</source>
      <translation>此数据库尚无备份。每次架构升级和每次有更改的合并之前都会自动备份；“文件 &gt; 立即备份…”可随时备份。</translation>
    </message>
    <message>
      <source>Open the backups folder</source>
      <translation>打开备份文件夹</translation>
    </message>
    <message>
      <source>Put the chosen backup in place of the database (what is there now is backed up first, so this can be undone).</source>
      <translation>用所选备份替换数据库（当前内容会先备份，因此可以撤消）。</translation>
    </message>
    <message>
      <source>Restore…</source>
      <translation>恢复…</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <source>Taken</source>
      <translation>备份时间</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>原因</translation>
    </message>
  </context>
  <context>
    <name>CalendarPage</name>
    <message>
      <source>&lt;span style='color:{0}'&gt;■&lt;/span&gt; overdue &amp;nbsp; &lt;span style='color:{1}'&gt;■&lt;/span&gt; due within 30 days &amp;nbsp; ■ later &amp;nbsp; &lt;span style='color:{2}'&gt;■&lt;/span&gt; completed</source>
      <translation>&lt;span style='color:{0}'&gt;■&lt;/span&gt; 逾期 &amp;nbsp; &lt;span style='color:{1}'&gt;■&lt;/span&gt; 30天内到期 &amp;nbsp; ■ 以后 &amp;nbsp; &lt;span style='color:{2}'&gt;■&lt;/span&gt; 已完成</translation>
    </message>
    <message>
      <source>Add deadline…</source>
      <translation>添加截止日期…</translation>
    </message>
    <message>
      <source>Calendar: {0} shown, {1} overdue</source>
      <translation>日历：显示 {0} 项，逾期 {1} 项</translation>
    </message>
    <message>
      <source>Concerns</source>
      <translation>涉及</translation>
    </message>
    <message>
      <source>Deadlines of</source>
      <translation>截止日期：</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>到期</translation>
    </message>
    <message>
      <source>Every institution</source>
      <translation>所有机构</translation>
    </message>
    <message>
      <source>Everything still open</source>
      <translation>所有未完成事项</translation>
    </message>
    <message>
      <source>Everything, completed too</source>
      <translation>全部，包括已完成的</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>机构：</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Mark completed</source>
      <translation>标记为已完成</translation>
    </message>
    <message>
      <source>Nothing to show for this choice.</source>
      <translation>此选择没有可显示的内容。</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <source>Overdue or due in 30 days</source>
      <translation>逾期或30天内到期</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>显示：</translation>
    </message>
    <message>
      <source>What</source>
      <translation>内容</translation>
    </message>
  </context>
  <context>
    <name>ChangeSentences</name>
    <message>
      <source>Affected persons</source>
      <translation>受影响人群</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>组</translation>
    </message>
    <message>
      <source>Progress report for {0} accepted</source>
      <translation>关于 {0} 的进展报告已接受</translation>
    </message>
    <message>
      <source>Progress report for {0} back to draft</source>
      <translation>关于 {0} 的进展报告已退回草稿</translation>
    </message>
    <message>
      <source>Progress report for {0} deleted</source>
      <translation>关于 {0} 的进展报告已删除</translation>
    </message>
    <message>
      <source>Progress report for {0} edited: {1}</source>
      <translation>关于 {0} 的进展报告已编辑：{1}</translation>
    </message>
    <message>
      <source>Progress report for {0} restored</source>
      <translation>关于 {0} 的进展报告已恢复</translation>
    </message>
    <message>
      <source>Progress report for {0} returned for changes</source>
      <translation>关于 {0} 的进展报告已退回修改</translation>
    </message>
    <message>
      <source>Progress report for {0} submitted for validation</source>
      <translation>关于 {0} 的进展报告已提交审核</translation>
    </message>
    <message>
      <source>Progress report for {0} validated</source>
      <translation>关于 {0} 的进展报告已审核通过</translation>
    </message>
    <message>
      <source>Progress report for {0} written</source>
      <translation>关于 {0} 的进展报告已撰写</translation>
    </message>
    <message>
      <source>Recommendation {0} added</source>
      <translation>建议 {0} 已添加</translation>
    </message>
    <message>
      <source>Recommendation {0} changed: {1}</source>
      <translation>建议 {0} 已更改：{1}</translation>
    </message>
    <message>
      <source>Recommendation {0} deleted</source>
      <translation>建议 {0} 已删除</translation>
    </message>
    <message>
      <source>Recommendation {0} restored</source>
      <translation>建议 {0} 已恢复</translation>
    </message>
    <message>
      <source>Recommending State</source>
      <translation>提出建议的国家</translation>
    </message>
    <message>
      <source>SDG target</source>
      <translation>可持续发展目标具体目标</translation>
    </message>
    <message>
      <source>Source reference</source>
      <translation>来源编号</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>{0} added to the action “{1}”</source>
      <translation>{0} 已添加到行动“{1}”</translation>
    </message>
    <message>
      <source>{0} added to {1}</source>
      <translation>{0} 已添加到 {1}</translation>
    </message>
    <message>
      <source>{0} changed: {1}</source>
      <translation>{0} 已更改：{1}</translation>
    </message>
    <message>
      <source>{0} created</source>
      <translation>{0} 已创建</translation>
    </message>
    <message>
      <source>{0} deleted</source>
      <translation>{0} 已删除</translation>
    </message>
    <message>
      <source>{0} for {1}</source>
      <translation>{1} 的 {0}</translation>
    </message>
    <message>
      <source>{0} given back to {1}</source>
      <translation>{0} 已退回给 {1}</translation>
    </message>
    <message>
      <source>{0} leads {1}</source>
      <translation>{0} 牵头 {1}</translation>
    </message>
    <message>
      <source>{0} no longer leads {1}</source>
      <translation>{0} 不再牵头 {1}</translation>
    </message>
    <message>
      <source>{0} no longer supports {1}</source>
      <translation>{0} 不再支持 {1}</translation>
    </message>
    <message>
      <source>{0} now leads {1}</source>
      <translation>{0} 现在牵头 {1}</translation>
    </message>
    <message>
      <source>{0} now supports {1}</source>
      <translation>{0} 现在支持 {1}</translation>
    </message>
    <message>
      <source>{0} of {1} changed: {2}</source>
      <translation>{1} 的 {0} 已更改：{2}</translation>
    </message>
    <message>
      <source>{0} removed from {1}</source>
      <translation>{0} 已从 {1} 中移除</translation>
    </message>
    <message>
      <source>{0} restored</source>
      <translation>{0} 已恢复</translation>
    </message>
    <message>
      <source>{0} supports {1}</source>
      <translation>{0} 支持 {1}</translation>
    </message>
    <message>
      <source>{0} taken out of the action “{1}”</source>
      <translation>{0} 已从行动“{1}”中移出</translation>
    </message>
    <message>
      <source>{0} “{1}”</source>
      <translation>{0}“{1}”</translation>
    </message>
    <message>
      <source>“{0}”</source>
      <translation>“{0}”</translation>
    </message>
  </context>
  <context>
    <name>ChangeWords</name>
    <message>
      <source>Accepted by</source>
      <translation>接受人</translation>
    </message>
    <message>
      <source>Accepted on</source>
      <translation>接受日期</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>行动</translation>
    </message>
    <message>
      <source>Action category</source>
      <translation>行动类别</translation>
    </message>
    <message>
      <source>Action for a recommendation</source>
      <translation>建议的行动</translation>
    </message>
    <message>
      <source>Adopted on</source>
      <translation>通过日期</translation>
    </message>
    <message>
      <source>Affected persons</source>
      <translation>受影响人群</translation>
    </message>
    <message>
      <source>Affected persons of a recommendation</source>
      <translation>建议的受影响人群</translation>
    </message>
    <message>
      <source>Assignment</source>
      <translation>分配</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>作者</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation>基线</translation>
    </message>
    <message>
      <source>Baseline date</source>
      <translation>基线日期</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>预算</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>组</translation>
    </message>
    <message>
      <source>Cluster membership</source>
      <translation>组成员</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <source>Completed on</source>
      <translation>完成日期</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>联系方式</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>货币</translation>
    </message>
    <message>
      <source>Cycle</source>
      <translation>周期</translation>
    </message>
    <message>
      <source>Data source</source>
      <translation>数据来源</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>已删除</translation>
    </message>
    <message>
      <source>Demo</source>
      <translation>演示</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Direction</source>
      <translation>方向</translation>
    </message>
    <message>
      <source>Disaggregation</source>
      <translation>分类</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>文件编号</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>到期</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>结束</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>证明材料</translation>
    </message>
    <message>
      <source>Expected outcome</source>
      <translation>预期成果</translation>
    </message>
    <message>
      <source>Fictional</source>
      <translation>虚构</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>文件名</translation>
    </message>
    <message>
      <source>ISO code</source>
      <translation>ISO代码</translation>
    </message>
    <message>
      <source>Identifier</source>
      <translation>标识符</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>指标</translation>
    </message>
    <message>
      <source>Indicator measuring</source>
      <translation>指标衡量</translation>
    </message>
    <message>
      <source>Indicator value</source>
      <translation>指标值</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>标签</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>机制</translation>
    </message>
    <message>
      <source>Mid-term report due</source>
      <translation>中期报告截止日期</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Narrative</source>
      <translation>叙述</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>下一次审议</translation>
    </message>
    <message>
      <source>Next steps</source>
      <translation>下一步</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Part of</source>
      <translation>属于</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>期间</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>人员</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>立场</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>优先级</translation>
    </message>
    <message>
      <source>Progress report</source>
      <translation>进展报告</translation>
    </message>
    <message>
      <source>Public</source>
      <translation>公开</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>建议</translation>
    </message>
    <message>
      <source>Recommending State</source>
      <translation>提出建议的国家</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Returned because</source>
      <translation>退回原因</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>审议</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>SDG goal</source>
      <translation>可持续发展目标</translation>
    </message>
    <message>
      <source>SDG target</source>
      <translation>可持续发展目标具体目标</translation>
    </message>
    <message>
      <source>SDG target of a recommendation</source>
      <translation>建议的可持续发展目标具体目标</translation>
    </message>
    <message>
      <source>Scheme</source>
      <translation>分类体系</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>届会</translation>
    </message>
    <message>
      <source>Short name</source>
      <translation>简称</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Source of position</source>
      <translation>立场来源</translation>
    </message>
    <message>
      <source>Source reference</source>
      <translation>来源编号</translation>
    </message>
    <message>
      <source>Spelling</source>
      <translation>写法</translation>
    </message>
    <message>
      <source>Spelling as compared</source>
      <translation>比较时的写法</translation>
    </message>
    <message>
      <source>Spelling of a State</source>
      <translation>国家名称写法</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>阶段</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>开始</translation>
    </message>
    <message>
      <source>State</source>
      <translation>国家</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Submitted on</source>
      <translation>提交日期</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目标</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>目标日期</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>文本</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>Theme of a recommendation</source>
      <translation>建议的主题</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Translation</source>
      <translation>译文</translation>
    </message>
    <message>
      <source>Type of file</source>
      <translation>文件类型</translation>
    </message>
    <message>
      <source>UN status</source>
      <translation>联合国地位</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Validated by</source>
      <translation>审核人</translation>
    </message>
    <message>
      <source>Validated on</source>
      <translation>审核日期</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>数值</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年份</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>{0} created</source>
      <translation>已创建：{0}</translation>
    </message>
    <message>
      <source>{0} deleted</source>
      <translation>已删除：{0}</translation>
    </message>
    <message>
      <source>{0} restored</source>
      <translation>已恢复：{0}</translation>
    </message>
  </context>
  <context>
    <name>ChooseDialog</name>
    <message>
      <source>Nothing matches what you typed.</source>
      <translation>没有与您输入的内容匹配的项。</translation>
    </message>
    <message>
      <source>Type to narrow the list</source>
      <translation>输入文字以缩小列表</translation>
    </message>
  </context>
  <context>
    <name>ClustersDialog</name>
    <message>
      <source>A cluster groups recommendations that are followed up together (one plan, one lead). Add recommendations from the register: select them, then Edit &gt; Add to cluster…</source>
      <translation>组将一起跟进的建议归在一起（一个计划、一个牵头机构）。从登记册添加建议：选中它们，然后“编辑 &gt; 添加到组…”</translation>
    </message>
    <message>
      <source>Clusters</source>
      <translation>组</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>删除…</translation>
    </message>
    <message>
      <source>Merge selected</source>
      <translation>合并所选</translation>
    </message>
    <message>
      <source>New…</source>
      <translation>新建…</translation>
    </message>
    <message>
      <source>No clusters yet. Create one with New…, or select recommendations in the register and add them to a new cluster.</source>
      <translation>尚无组。用“新建…”创建一个，或在登记册中选中建议并将其添加到新组。</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>重命名…</translation>
    </message>
    <message>
      <source>Select two or more clusters: all their recommendations go into the one highest in the list, and the others are deleted (Edit &gt; Undo brings them back).</source>
      <translation>选择两个或更多组：其所有建议都并入列表中最靠上的组，其余组被删除（“编辑 &gt; 撤消”可恢复）。</translation>
    </message>
    <message>
      <source>Set lead for all…</source>
      <translation>为全部设置牵头机构…</translation>
    </message>
    <message>
      <source>Show in register</source>
      <translation>在登记册中显示</translation>
    </message>
    <message numerus="yes">
      <source>{0}  —  %n recommendation(s)</source>
      <translation>
        <numerusform>{0}  —  %n 项建议</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CodeLabels</name>
    <message>
      <source>A ministry's device</source>
      <translation>某部委的设备</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>已接受</translation>
    </message>
    <message>
      <source>Action milestone</source>
      <translation>行动里程碑</translation>
    </message>
    <message>
      <source>Added here or by an import</source>
      <translation>在此处或通过导入添加</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>机构（联合国）</translation>
    </message>
    <message>
      <source>Already imported — nothing changed</source>
      <translation>已导入 — 未作更改</translation>
    </message>
    <message>
      <source>Alternate focal point</source>
      <translation>候补协调人</translation>
    </message>
    <message>
      <source>An institution's copy</source>
      <translation>机构副本</translation>
    </message>
    <message>
      <source>Applied</source>
      <translation>已应用</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>Completed matrix from an institution (Excel)</source>
      <translation>机构填写完成的矩阵（Excel）</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>冲突</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <source>Focal point</source>
      <translation>协调人</translation>
    </message>
    <message>
      <source>Fully implemented</source>
      <translation>已全面落实</translation>
    </message>
    <message>
      <source>High</source>
      <translation>高</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>进行中</translation>
    </message>
    <message>
      <source>Indicator reporting</source>
      <translation>指标报告</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>已发出</translation>
    </message>
    <message>
      <source>Judiciary</source>
      <translation>司法机构</translation>
    </message>
    <message>
      <source>Lead</source>
      <translation>牵头</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>低</translation>
    </message>
    <message>
      <source>Main focal point</source>
      <translation>主要协调人</translation>
    </message>
    <message>
      <source>Matrix for completion</source>
      <translation>待填写的矩阵</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>中</translation>
    </message>
    <message>
      <source>Mid-term report</source>
      <translation>中期报告</translation>
    </message>
    <message>
      <source>Ministry</source>
      <translation>部委</translation>
    </message>
    <message>
      <source>National human rights institution</source>
      <translation>国家人权机构</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>下一次审议</translation>
    </message>
    <message>
      <source>No longer relevant</source>
      <translation>不再相关</translation>
    </message>
    <message>
      <source>Not applicable</source>
      <translation>不适用</translation>
    </message>
    <message>
      <source>Not implemented</source>
      <translation>未落实</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>尚未开始</translation>
    </message>
    <message>
      <source>Noted</source>
      <translation>已注意到</translation>
    </message>
    <message>
      <source>OHCHR recommendations matrix (Word)</source>
      <translation>人权高专办建议矩阵（Word）</translation>
    </message>
    <message>
      <source>Ongoing</source>
      <translation>持续进行</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>已打开</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>成果</translation>
    </message>
    <message>
      <source>Parliament</source>
      <translation>议会</translation>
    </message>
    <message>
      <source>Partially implemented</source>
      <translation>部分落实</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>待定</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>已计划</translation>
    </message>
    <message>
      <source>Prepared</source>
      <translation>已准备</translation>
    </message>
    <message>
      <source>Process</source>
      <translation>过程</translation>
    </message>
    <message>
      <source>Reader</source>
      <translation>读者</translation>
    </message>
    <message>
      <source>Reader (no editing)</source>
      <translation>读者（不可编辑）</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>已收到</translation>
    </message>
    <message>
      <source>Regional body</source>
      <translation>区域机构</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>已登记</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>已拒绝</translation>
    </message>
    <message>
      <source>Rejected — nothing changed</source>
      <translation>已拒绝 — 未作更改</translation>
    </message>
    <message>
      <source>Report to a treaty body</source>
      <translation>向条约机构提交报告</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>已解决</translation>
    </message>
    <message>
      <source>Returned</source>
      <translation>已退回</translation>
    </message>
    <message>
      <source>Revoked</source>
      <translation>已撤销</translation>
    </message>
    <message>
      <source>Secretariat</source>
      <translation>秘书处</translation>
    </message>
    <message>
      <source>Secretariat staff</source>
      <translation>秘书处工作人员</translation>
    </message>
    <message>
      <source>Should decrease</source>
      <translation>应当下降</translation>
    </message>
    <message>
      <source>Should increase</source>
      <translation>应当上升</translation>
    </message>
    <message>
      <source>Should reach the target</source>
      <translation>应当达到目标</translation>
    </message>
    <message>
      <source>Special procedure</source>
      <translation>特别程序</translation>
    </message>
    <message>
      <source>Structural</source>
      <translation>结构</translation>
    </message>
    <message>
      <source>Supported</source>
      <translation>获得支持</translation>
    </message>
    <message>
      <source>Supported in part</source>
      <translation>部分获得支持</translation>
    </message>
    <message>
      <source>Supporting</source>
      <translation>支持</translation>
    </message>
    <message>
      <source>Table with a column mapping</source>
      <translation>带列映射的表格</translation>
    </message>
    <message>
      <source>The secretariat's database</source>
      <translation>秘书处数据库</translation>
    </message>
    <message>
      <source>The secretariat's key</source>
      <translation>秘书处密钥</translation>
    </message>
    <message>
      <source>This computer</source>
      <translation>本计算机</translation>
    </message>
    <message>
      <source>Treaty body</source>
      <translation>条约机构</translation>
    </message>
    <message>
      <source>UPR Info database export</source>
      <translation>UPR Info 数据库导出</translation>
    </message>
    <message>
      <source>UPR Info issues</source>
      <translation>UPR Info 议题</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>未更改</translation>
    </message>
    <message>
      <source>Universal Human Rights Index (OHCHR)</source>
      <translation>世界人权索引（人权高专办）</translation>
    </message>
    <message>
      <source>Universal Human Rights Index export</source>
      <translation>世界人权索引导出</translation>
    </message>
    <message>
      <source>Universal Periodic Review</source>
      <translation>普遍定期审议</translation>
    </message>
    <message>
      <source>Update</source>
      <translation>更新</translation>
    </message>
    <message>
      <source>Validating authority</source>
      <translation>审核机构</translation>
    </message>
    <message>
      <source>Voluntary pledges</source>
      <translation>自愿承诺</translation>
    </message>
    <message>
      <source>Waiting for a decision</source>
      <translation>等待决定</translation>
    </message>
    <message>
      <source>Waiting for acceptance</source>
      <translation>等待接受</translation>
    </message>
    <message>
      <source>Waiting for validation</source>
      <translation>等待审核</translation>
    </message>
    <message>
      <source>Whole copy</source>
      <translation>完整副本</translation>
    </message>
    <message>
      <source>Would apply</source>
      <translation>将会应用</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>已更改</translation>
    </message>
    <message>
      <source>created</source>
      <translation>已创建</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>已删除</translation>
    </message>
    <message>
      <source>restored</source>
      <translation>已恢复</translation>
    </message>
  </context>
  <context>
    <name>ConflictReviewDialog</name>
    <message>
      <source>&lt;b&gt;Before both changes&lt;/b&gt; (base)</source>
      <translation>&lt;b&gt;两项更改之前&lt;/b&gt;（基准）</translation>
    </message>
    <message>
      <source>&lt;b&gt;Secretariat&lt;/b&gt; (now)</source>
      <translation>&lt;b&gt;秘书处&lt;/b&gt;（当前）</translation>
    </message>
    <message>
      <source>&lt;b&gt;{0}&lt;/b&gt; (incoming)</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt;（传入）</translation>
    </message>
    <message>
      <source>A merged value, if neither side is right</source>
      <translation>合并后的值（如果双方都不对）</translation>
    </message>
    <message>
      <source>Changed by</source>
      <translation>更改人</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>Justification</source>
      <translation>理由</translation>
    </message>
    <message>
      <source>Keep the secretariat's</source>
      <translation>保留秘书处的值</translation>
    </message>
    <message>
      <source>Merged value</source>
      <translation>合并后的值</translation>
    </message>
    <message>
      <source>No conflict waits for review.</source>
      <translation>没有等待审查的冲突。</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <source>Review conflicts</source>
      <translation>审查冲突</translation>
    </message>
    <message>
      <source>Take the institution's</source>
      <translation>采用机构的值</translation>
    </message>
    <message>
      <source>Use the merged value</source>
      <translation>使用合并后的值</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Why this value (required; the institution will read it)</source>
      <translation>为何采用此值（必填；机构会看到）</translation>
    </message>
    <message>
      <source>Write a justification first: the institution will read why this value was kept.</source>
      <translation>请先填写理由：机构会看到为何保留此值。</translation>
    </message>
  </context>
  <context>
    <name>ConsolidationDialog</name>
    <message>
      <source>Applied</source>
      <translation>已应用</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>应用</translation>
    </message>
    <message>
      <source>Change no.</source>
      <translation>更改编号</translation>
    </message>
    <message>
      <source>Conflicts</source>
      <translation>冲突</translation>
    </message>
    <message>
      <source>Consolidation — summary</source>
      <translation>合并 — 摘要</translation>
    </message>
    <message>
      <source>Consolidation — what would happen</source>
      <translation>合并 — 将会发生的情况</translation>
    </message>
    <message>
      <source>Every change applied or was already there.</source>
      <translation>每项更改都已应用或本已存在。</translation>
    </message>
    <message>
      <source>Export as PDF…</source>
      <translation>导出为 PDF…</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>Nothing has been changed yet. Apply to merge these files into the database (a backup is taken first), or cancel.</source>
      <translation>尚未作任何更改。点击“应用”将这些文件合并到数据库中（会先备份），或取消。</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Reason or fields in conflict</source>
      <translation>原因或冲突的字段</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>已拒绝</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>The summary is kept in the exchange ledger and goes back to each institution with the next file issued to it.</source>
      <translation>摘要保存在交换登记中，并随下一个发给各机构的文件返回给它们。</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>未更改</translation>
    </message>
    <message>
      <source>new device, key fingerprint {0}</source>
      <translation>新设备，密钥指纹 {0}</translation>
    </message>
    <message>
      <source>unsigned changes (a whole database file)</source>
      <translation>未签名的更改（整个数据库文件）</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <source>A deadline of theirs has passed</source>
      <translation>其某个截止日期已过</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>仪表板</translation>
    </message>
    <message>
      <source>Every recommendation</source>
      <translation>所有建议</translation>
    </message>
    <message>
      <source>No changes yet.</source>
      <translation>尚无更改。</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>未评估</translation>
    </message>
    <message>
      <source>Nothing overdue.</source>
      <translation>没有逾期事项。</translation>
    </message>
    <message>
      <source>Overdue, by lead institution</source>
      <translation>逾期情况（按牵头机构）</translation>
    </message>
    <message>
      <source>Progress behind the time elapsed between baseline and target</source>
      <translation>进展落后于从基线到目标所经过的时间</translation>
    </message>
    <message>
      <source>Recent activity</source>
      <translation>最近活动</translation>
    </message>
    <message>
      <source>Status by SDG goal</source>
      <translation>按可持续发展目标的状态</translation>
    </message>
    <message>
      <source>Status by lead institution</source>
      <translation>按牵头机构的状态</translation>
    </message>
    <message>
      <source>Status by mechanism</source>
      <translation>按机制的状态</translation>
    </message>
    <message>
      <source>Status by theme (largest themes)</source>
      <translation>按主题的状态（最大的主题）</translation>
    </message>
    <message>
      <source>Submitted, waiting for the ministry's validating authority</source>
      <translation>已提交，等待部委审核机构</translation>
    </message>
    <message>
      <source>Those with a lead institution</source>
      <translation>有牵头机构的建议</translation>
    </message>
    <message>
      <source>Validated, waiting for the secretariat</source>
      <translation>已审核，等待秘书处</translation>
    </message>
    <message>
      <source>{0}
indicators off track</source>
      <translation>{0}
项指标偏离轨道</translation>
    </message>
    <message>
      <source>{0}
overdue</source>
      <translation>{0}
项逾期</translation>
    </message>
    <message>
      <source>{0}
recommendations</source>
      <translation>{0}
项建议</translation>
    </message>
    <message>
      <source>{0}
waiting for acceptance</source>
      <translation>{0}
项等待接受</translation>
    </message>
    <message>
      <source>{0}
waiting for validation</source>
      <translation>{0}
项等待审核</translation>
    </message>
    <message>
      <source>{0}
with a lead institution</source>
      <translation>{0}
项有牵头机构</translation>
    </message>
    <message>
      <source>{0}: {1}</source>
      <translation>{0}：{1}</translation>
    </message>
    <message>
      <source>{0}: {1} overdue</source>
      <translation>{0}：{1} 项逾期</translation>
    </message>
    <message>
      <source>{0}: {1} {2}</source>
      <translation>{0}：{1} {2}</translation>
    </message>
  </context>
  <context>
    <name>DatabaseBanners</name>
    <message>
      <source>DEMO — everything here is generated data about a fictional State, not real recommendations.</source>
      <translation>演示 — 这里的所有内容都是关于一个虚构国家的生成数据，不是真实的建议。</translation>
    </message>
    <message>
      <source>READ-ONLY — {0} is on read-only media or in a folder you cannot write, so nothing here can be changed. To work on it, save a copy to a writable folder (File &gt; Back up now…) and open the copy.</source>
      <translation>只读 — {0} 位于只读介质上或您无法写入的文件夹中，因此这里的任何内容都不能更改。如需处理，请将副本保存到可写文件夹（文件 &gt; 立即备份…）并打开副本。</translation>
    </message>
  </context>
  <context>
    <name>DeadlineDialog</name>
    <message>
      <source>Due on:</source>
      <translation>到期日：</translation>
    </message>
    <message>
      <source>Indicator reporting</source>
      <translation>指标报告</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>机构：</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>类型：</translation>
    </message>
    <message>
      <source>Mid-term report</source>
      <translation>中期报告</translation>
    </message>
    <message>
      <source>New deadline</source>
      <translation>新截止日期</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>下一次审议</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Report to a treaty body</source>
      <translation>向条约机构提交报告</translation>
    </message>
    <message>
      <source>What is due:</source>
      <translation>应交内容：</translation>
    </message>
    <message>
      <source>What is due: say what the deadline is for.</source>
      <translation>应交内容：请说明截止日期的用途。</translation>
    </message>
    <message>
      <source>e.g. Written contribution to the mid-term report</source>
      <translation>例如：对中期报告的书面意见</translation>
    </message>
  </context>
  <context>
    <name>DetailPane</name>
    <message>
      <source> · internal</source>
      <translation> · 内部</translation>
    </message>
    <message>
      <source>(no reference)</source>
      <translation>（无编号）</translation>
    </message>
    <message>
      <source>A draft or returned report can be changed</source>
      <translation>草稿或已退回的报告可以修改</translation>
    </message>
    <message>
      <source>Accept</source>
      <translation>接受</translation>
    </message>
    <message>
      <source>Add supporting…</source>
      <translation>添加支持机构…</translation>
    </message>
    <message>
      <source>Affected persons</source>
      <translation>受影响人群</translation>
    </message>
    <message>
      <source>Alike</source>
      <translation>相似</translation>
    </message>
    <message>
      <source>Assignment</source>
      <translation>分配</translation>
    </message>
    <message>
      <source>Attach evidence…</source>
      <translation>附加证明材料…</translation>
    </message>
    <message>
      <source>Cluster with these…</source>
      <translation>与这些归为一组…</translation>
    </message>
    <message>
      <source>Clusters</source>
      <translation>组</translation>
    </message>
    <message>
      <source>Correct the reference, text, position, priority or notes (recorded in the history)</source>
      <translation>更正编号、文本、立场、优先级或备注（记入历史）</translation>
    </message>
    <message>
      <source>Current status</source>
      <translation>当前状态</translation>
    </message>
    <message>
      <source>Edit report…</source>
      <translation>编辑报告…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Files attached to the selected progress report; drop files here to attach them</source>
      <translation>附在所选进展报告上的文件；将文件拖放到此处即可附加</translation>
    </message>
    <message>
      <source>Go to</source>
      <translation>转到</translation>
    </message>
    <message>
      <source>History</source>
      <translation>历史</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>Lead</source>
      <translation>牵头</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>机制</translation>
    </message>
    <message>
      <source>Narrative</source>
      <translation>叙述</translation>
    </message>
    <message>
      <source>New progress report…</source>
      <translation>新进展报告…</translation>
    </message>
    <message>
      <source>Next steps</source>
      <translation>下一步</translation>
    </message>
    <message>
      <source>No focal point recorded.</source>
      <translation>未登记协调人。</translation>
    </message>
    <message>
      <source>No institution is assigned yet. Select the recommendation (or several) and use Set lead… (Ctrl+L).</source>
      <translation>尚未分配机构。选中该建议（或多项），使用“设置牵头机构…”（Ctrl+L）。</translation>
    </message>
    <message>
      <source>No other recommendation is much alike.</source>
      <translation>没有很相似的其他建议。</translation>
    </message>
    <message>
      <source>No progress report yet: the lead institution's focal point writes one with New progress report…</source>
      <translation>尚无进展报告：由牵头机构的协调人通过“新进展报告…”撰写。</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>未评估</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Open evidence</source>
      <translation>打开证明材料</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>期间</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>计划</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>立场</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>优先级</translation>
    </message>
    <message>
      <source>Put this recommendation and the similar ones selected in one cluster</source>
      <translation>将此建议和所选的相似建议归入一个组</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>建议</translation>
    </message>
    <message>
      <source>Recommending States</source>
      <translation>提出建议的国家</translation>
    </message>
    <message>
      <source>Ref.</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Returned because</source>
      <translation>退回原因</translation>
    </message>
    <message>
      <source>Return…</source>
      <translation>退回…</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>审议</translation>
    </message>
    <message>
      <source>SDGs</source>
      <translation>可持续发展目标</translation>
    </message>
    <message>
      <source>Set lead…</source>
      <translation>设置牵头机构…</translation>
    </message>
    <message>
      <source>Show the selected one in the register (double-click does the same)</source>
      <translation>在登记册中显示所选项（双击效果相同）</translation>
    </message>
    <message>
      <source>Similar</source>
      <translation>相似</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>阶段</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Submit</source>
      <translation>提交</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>Validate</source>
      <translation>审核</translation>
    </message>
    <message>
      <source>With several institutions, the recommendation is as far along as the least advanced of them.</source>
      <translation>涉及多个机构时，建议的进展以其中进展最慢的机构为准。</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
  </context>
  <context>
    <name>DirectoryCommands</name>
    <message>
      <source>Add institution {0}</source>
      <translation>添加机构 {0}</translation>
    </message>
    <message>
      <source>Add spelling</source>
      <translation>添加写法</translation>
    </message>
    <message>
      <source>Add spelling “{0}”</source>
      <translation>添加写法“{0}”</translation>
    </message>
    <message>
      <source>Add to the list</source>
      <translation>添加到列表</translation>
    </message>
    <message>
      <source>Add {0} to {1}</source>
      <translation>将 {0} 添加到 {1}</translation>
    </message>
    <message>
      <source>Add “{0}”</source>
      <translation>添加“{0}”</translation>
    </message>
    <message>
      <source>Another way documents write this State's name:</source>
      <translation>文件中该国名称的另一种写法：</translation>
    </message>
    <message>
      <source>Calendar of {0}</source>
      <translation>{0} 的日历</translation>
    </message>
    <message>
      <source>Calendar of {0} saved.</source>
      <translation>{0} 的日历已保存。</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Delete “{0}”</source>
      <translation>删除“{0}”</translation>
    </message>
    <message>
      <source>Delete “{0}” from the list? Edit &gt; Undo brings it back.</source>
      <translation>从列表中删除“{0}”？“编辑 &gt; 撤消”可恢复。</translation>
    </message>
    <message>
      <source>Edit institution {0}</source>
      <translation>编辑机构 {0}</translation>
    </message>
    <message>
      <source>Edit {0}</source>
      <translation>编辑 {0}</translation>
    </message>
    <message>
      <source>Edit “{0}”</source>
      <translation>编辑“{0}”</translation>
    </message>
    <message>
      <source>Institution {0} added.</source>
      <translation>机构 {0} 已添加。</translation>
    </message>
    <message>
      <source>Institution {0} saved.</source>
      <translation>机构 {0} 已保存。</translation>
    </message>
    <message>
      <source>Remove person</source>
      <translation>移除人员</translation>
    </message>
    <message>
      <source>Remove spelling</source>
      <translation>移除写法</translation>
    </message>
    <message>
      <source>Remove spelling “{0}”</source>
      <translation>移除写法“{0}”</translation>
    </message>
    <message>
      <source>Remove {0}</source>
      <translation>移除 {0}</translation>
    </message>
    <message>
      <source>Remove {0} from {1}? Edit &gt; Undo brings them back.</source>
      <translation>从 {1} 中移除 {0}？“编辑 &gt; 撤消”可恢复。</translation>
    </message>
    <message>
      <source>Spelling that imports should no longer recognise:</source>
      <translation>导入时不应再识别的写法：</translation>
    </message>
    <message>
      <source>Spelling “{0}” added.</source>
      <translation>写法“{0}”已添加。</translation>
    </message>
    <message>
      <source>Spelling “{0}” removed.</source>
      <translation>写法“{0}”已移除。</translation>
    </message>
    <message>
      <source>e.g. CMW</source>
      <translation>例如：CMW</translation>
    </message>
    <message>
      <source>optional, e.g. X12</source>
      <translation>可选，例如：X12</translation>
    </message>
    <message>
      <source>optional: made from the name</source>
      <translation>可选：根据名称生成</translation>
    </message>
    <message>
      <source>{0} added to {1}.</source>
      <translation>{0} 已添加到 {1}。</translation>
    </message>
    <message>
      <source>{0} removed.</source>
      <translation>{0} 已移除。</translation>
    </message>
    <message>
      <source>{0} saved.</source>
      <translation>{0} 已保存。</translation>
    </message>
    <message>
      <source>“{0}” added.</source>
      <translation>“{0}”已添加。</translation>
    </message>
    <message>
      <source>“{0}” deleted.</source>
      <translation>“{0}”已删除。</translation>
    </message>
    <message>
      <source>“{0}” saved.</source>
      <translation>“{0}”已保存。</translation>
    </message>
  </context>
  <context>
    <name>EditRecommendationDialog</name>
    <message>
      <source>Edit recommendation {0}</source>
      <translation>编辑建议 {0}</translation>
    </message>
    <message>
      <source>Internal notes of the secretariat (searchable)</source>
      <translation>秘书处内部备注（可搜索）</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>备注：</translation>
    </message>
    <message>
      <source>Optional: the text in the national language</source>
      <translation>可选：国家语言的文本</translation>
    </message>
    <message>
      <source>Position:</source>
      <translation>立场：</translation>
    </message>
    <message>
      <source>Priority:</source>
      <translation>优先级：</translation>
    </message>
    <message>
      <source>Reference:</source>
      <translation>编号：</translation>
    </message>
    <message>
      <source>Source of position:</source>
      <translation>立场来源：</translation>
    </message>
    <message>
      <source>Text:</source>
      <translation>文本：</translation>
    </message>
    <message>
      <source>Text: a recommendation cannot be empty.</source>
      <translation>文本：建议不能为空。</translation>
    </message>
    <message>
      <source>Translation:</source>
      <translation>译文：</translation>
    </message>
    <message>
      <source>e.g. A/HRC/55/12/Add.1, paragraph 4</source>
      <translation>例如：A/HRC/55/12/Add.1，第4段</translation>
    </message>
  </context>
  <context>
    <name>EntryDialog</name>
    <message>
      <source>Code:</source>
      <translation>代码：</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>类型：</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>名称：</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <source>Copy details</source>
      <translation>复制详细信息</translation>
    </message>
    <message>
      <source>Log folder: {0}</source>
      <translation>日志文件夹：{0}</translation>
    </message>
    <message>
      <source>NMRF Tracker met an unexpected problem. Your saved data is safe: the last change was not written. Please send the details below to your IT support.</source>
      <translation>NMRF Tracker 遇到意外问题。您已保存的数据是安全的：最后一项更改未被写入。请将以下详细信息发送给您的IT支持人员。</translation>
    </message>
    <message>
      <source>Open log folder</source>
      <translation>打开日志文件夹</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>出现问题</translation>
    </message>
  </context>
  <context>
    <name>EvidenceDetailsDialog</name>
    <message>
      <source>Attach {0}</source>
      <translation>附加 {0}</translation>
    </message>
    <message>
      <source>Public (may appear in published reports)</source>
      <translation>公开（可能出现在发布的报告中）</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>标题：</translation>
    </message>
  </context>
  <context>
    <name>EvidenceListDialog</name>
    <message>
      <source> · internal</source>
      <translation> · 内部</translation>
    </message>
    <message>
      <source>Attach…</source>
      <translation>附加…</translation>
    </message>
    <message>
      <source>No file attached yet.</source>
      <translation>尚未附加文件。</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>打开</translation>
    </message>
  </context>
  <context>
    <name>ExchangeCommandsMixin</name>
    <message numerus="yes">
      <source>%n change(s)</source>
      <translation>
        <numerusform>%n 项更改</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n evidence file(s)</source>
      <translation>
        <numerusform>%n 个证明材料文件</numerusform>
      </translation>
    </message>
    <message>
      <source>Cannot check the files</source>
      <translation>无法检查文件</translation>
    </message>
    <message>
      <source>Cannot issue the file</source>
      <translation>无法发出文件</translation>
    </message>
    <message>
      <source>Cannot open {0}</source>
      <translation>无法打开 {0}</translation>
    </message>
    <message>
      <source>Cannot prepare the file</source>
      <translation>无法准备文件</translation>
    </message>
    <message>
      <source>Cannot read the conflicts</source>
      <translation>无法读取冲突</translation>
    </message>
    <message>
      <source>Cannot read the exchange ledger</source>
      <translation>无法读取交换登记</translation>
    </message>
    <message>
      <source>Cannot write the summary</source>
      <translation>无法写入摘要</translation>
    </message>
    <message>
      <source>Checking the files</source>
      <translation>正在检查文件</translation>
    </message>
    <message>
      <source>Consolidating</source>
      <translation>正在合并</translation>
    </message>
    <message>
      <source>Consolidation stopped; the database is as it was before the file being applied</source>
      <translation>合并已停止；数据库保持在应用当前文件之前的状态</translation>
    </message>
    <message>
      <source>Creating your working copy</source>
      <translation>正在创建您的工作副本</translation>
    </message>
    <message>
      <source>Encrypted to the registered computers of {0}.</source>
      <translation>已为 {0} 的已登记电脑加密。</translation>
    </message>
    <message>
      <source>Encrypted: it opens only with the twelve words shown next.</source>
      <translation>已加密：只有用接下来显示的十二个单词才能打开。</translation>
    </message>
    <message>
      <source>File issued</source>
      <translation>文件已发出</translation>
    </message>
    <message>
      <source>File opened</source>
      <translation>文件已打开</translation>
    </message>
    <message>
      <source>File ready</source>
      <translation>文件已就绪</translation>
    </message>
    <message>
      <source>Issuing the file for {0}</source>
      <translation>正在为 {0} 发出文件</translation>
    </message>
    <message>
      <source>Open a file from the &amp;secretariat…</source>
      <translation>打开秘书处的文件(&amp;S)…</translation>
    </message>
    <message>
      <source>Opening {0}</source>
      <translation>正在打开 {0}</translation>
    </message>
    <message>
      <source>Preparing the file</source>
      <translation>正在准备文件</translation>
    </message>
    <message>
      <source>Reading the conflicts</source>
      <translation>正在读取冲突</translation>
    </message>
    <message>
      <source>Reading the exchange ledger</source>
      <translation>正在读取交换登记</translation>
    </message>
    <message>
      <source>Recording the decision</source>
      <translation>正在记录决定</translation>
    </message>
    <message numerus="yes">
      <source>Warning: %n row(s) were changed outside NMRF Tracker (with another program) and left out of this file. Make those changes again in the application:</source>
      <translation>
        <numerusform>警告：有 %n 行在 NMRF Tracker 之外（用其他程序）被更改，未包含在此文件中。请在本应用中重新进行这些更改：</numerusform>
      </translation>
    </message>
    <message>
      <source>Writing the summary</source>
      <translation>正在写入摘要</translation>
    </message>
    <message>
      <source>Your working copy is ready</source>
      <translation>您的工作副本已就绪</translation>
    </message>
    <message>
      <source>a whole copy</source>
      <translation>完整副本</translation>
    </message>
    <message>
      <source>the changes since what it acknowledged</source>
      <translation>自其确认收到以来的更改</translation>
    </message>
    <message>
      <source>{0} holds {1} and {2}, signed by this computer. It was checked after writing: copy it to the USB stick or attach it to an e-mail for the secretariat.</source>
      <translation>{0} 包含 {1} 和 {2}，由本计算机签名。写入后已经检查：请将其复制到U盘或作为电子邮件附件发给秘书处。</translation>
    </message>
    <message>
      <source>{0} holds {1} for {2}: {3} rows, {4} evidence files.

Signed with the secretariat's key, fingerprint {5} — the focal point compares it when opening the file the first time.</source>
      <translation>{0} 包含给 {2} 的 {1}：{3} 行，{4} 个证明材料文件。

已用秘书处密钥签名，指纹 {5} — 协调人首次打开文件时会核对。</translation>
    </message>
    <message>
      <source>{0} now holds {1}'s recommendations and everything attached to them.

The secretariat's key is pinned: fingerprint {2}. Compare it with the one the secretariat gives you; files signed by any other key will be refused.</source>
      <translation>{0} 现在包含 {1} 的建议及其所有附属内容。

秘书处密钥已固定：指纹 {2}。请与秘书处告知您的指纹核对；用任何其他密钥签名的文件都将被拒绝。</translation>
    </message>
    <message>
      <source>{0}: {1} rows added, {2} updated; {3} of your changes kept until the secretariat has them.</source>
      <translation>{0}：添加 {1} 行，更新 {2} 行；在秘书处收到之前保留您的 {3} 项更改。</translation>
    </message>
  </context>
  <context>
    <name>ExchangePage</name>
    <message numerus="yes">
      <source>%n change(s) wait to be sent; the secretariat has acknowledged your changes up to number {0}. A file always carries everything not yet acknowledged, so a lost USB stick costs nothing.</source>
      <translation>
        <numerusform>有 %n 项更改等待发送；秘书处已确认收到您编号 {0} 及之前的更改。文件总是包含所有尚未确认的内容，因此丢失U盘不会造成任何损失。</numerusform>
      </translation>
    </message>
    <message>
      <source>&lt;b&gt;Everything you sent so far was applied&lt;/b&gt; (or nothing was sent yet).</source>
      <translation>&lt;b&gt;您迄今发送的所有内容均已应用&lt;/b&gt;（或尚未发送任何内容）。</translation>
    </message>
    <message>
      <source>&lt;b&gt;Files issued and received&lt;/b&gt;</source>
      <translation>&lt;b&gt;已发出和已收到的文件&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Your changes that did not simply apply&lt;/b&gt; (last file from the secretariat; {0} still wait for its review)</source>
      <translation>&lt;b&gt;未能直接应用的更改&lt;/b&gt;（秘书处的最新文件；{0} 项仍在等待其审查）</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <source>Consolidate files from ministries…</source>
      <translation>合并各部委的文件…</translation>
    </message>
    <message>
      <source>Devices</source>
      <translation>设备</translation>
    </message>
    <message>
      <source>Direction</source>
      <translation>方向</translation>
    </message>
    <message>
      <source>Exchange with the institutions</source>
      <translation>与各机构交换</translation>
    </message>
    <message>
      <source>Exchange with the secretariat — {0}</source>
      <translation>与秘书处交换 — {0}</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Files are encrypted to the computers the institution already sent files from. For another computer, this file opens with twelve words you read to the focal point instead.</source>
      <translation>文件会为该机构已发送过文件的电脑加密。若用于另一台电脑，此文件改为用您读给联络人的十二个单词打开。</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>Issue a file for the selected institution…</source>
      <translation>为所选机构发出文件…</translation>
    </message>
    <message>
      <source>Issue each institution its file (a whole copy the first time, then the changes since what it acknowledged), send it by USB stick or e-mail, and consolidate the files they send back. Nothing is applied before its signature, device and scope are checked.</source>
      <translation>为每个机构发出其文件（第一次为完整副本，之后为自其确认收到以来的更改），通过U盘或电子邮件发送，并合并它们发回的文件。在核实签名、设备和范围之前，不会应用任何内容。</translation>
    </message>
    <message>
      <source>Issue for a new computer…</source>
      <translation>为新电脑发出…</translation>
    </message>
    <message>
      <source>Last file issued</source>
      <translation>最近发出的文件</translation>
    </message>
    <message>
      <source>Last file received</source>
      <translation>最近收到的文件</translation>
    </message>
    <message>
      <source>No file issued or received yet.</source>
      <translation>尚未发出或收到任何文件。</translation>
    </message>
    <message>
      <source>Open a file from the secretariat…</source>
      <translation>打开秘书处的文件…</translation>
    </message>
    <message>
      <source>Open conflicts</source>
      <translation>未解决的冲突</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Prepare a file for the secretariat…</source>
      <translation>为秘书处准备文件…</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Review conflicts ({0})</source>
      <translation>审查冲突（{0}）</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>已发送</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>The secretariat's key fingerprint: &lt;b&gt;{0}&lt;/b&gt; — compare it with the one the secretariat gives you. This computer's: &lt;b&gt;{1}&lt;/b&gt; — the secretariat will ask you for it the first time you send a file.</source>
      <translation>秘书处密钥指纹：&lt;b&gt;{0}&lt;/b&gt; — 请与秘书处告知您的指纹核对。本计算机的指纹：&lt;b&gt;{1}&lt;/b&gt; — 您第一次发送文件时秘书处会向您询问。</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>waits for the secretariat's review ({0})</source>
      <translation>等待秘书处审查（{0}）</translation>
    </message>
  </context>
  <context>
    <name>ExportMatrixDialog</name>
    <message>
      <source>A protected workbook the institution fills in Excel and sends back; import it with Reports &gt; Import a completed matrix…</source>
      <translation>受保护的工作簿，由机构在 Excel 中填写后发回；用“报告 &gt; 导入已填写的矩阵…”导入。</translation>
    </message>
    <message>
      <source>Adds the lead (drop-down of institution codes) and supporting institutions (codes separated by ;) as editable columns; changes made there are applied on import for the secretariat only.</source>
      <translation>将牵头机构（机构代码下拉列表）和支持机构（用 ; 分隔的代码）添加为可编辑的列；其中所作的更改仅在秘书处导入时应用。</translation>
    </message>
    <message>
      <source>Also one sheet per lead institution</source>
      <translation>另外为每个牵头机构各建一个工作表</translation>
    </message>
    <message>
      <source>Choose the institution that will fill it in.</source>
      <translation>选择将填写它的机构。</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>组</translation>
    </message>
    <message>
      <source>Every institution</source>
      <translation>所有机构</translation>
    </message>
    <message>
      <source>For completion by the institution</source>
      <translation>由机构填写</translation>
    </message>
    <message>
      <source>Group by:</source>
      <translation>分组依据：</translation>
    </message>
    <message>
      <source>Implementation matrix (Excel)</source>
      <translation>落实情况矩阵（Excel）</translation>
    </message>
    <message>
      <source>Language of the headings:</source>
      <translation>标题语言：</translation>
    </message>
    <message>
      <source>Lead and supporting institutions editable too (for the secretariat)</source>
      <translation>牵头机构和支持机构也可编辑（供秘书处使用）</translation>
    </message>
    <message>
      <source>Lead institution</source>
      <translation>牵头机构</translation>
    </message>
    <message>
      <source>Led or supported by:</source>
      <translation>牵头或支持机构：</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>机制</translation>
    </message>
    <message>
      <source>One row per recommendation under bold group rows, with the tracking columns; a cover and a summary sheet. Prints on A4 landscape: the essential columns in readable type, the reference repeated on every page.</source>
      <translation>每项建议一行，位于加粗的分组行之下，并带有跟进列；另有封面和摘要工作表。以A4横向打印：主要列字号清晰易读，每页都重复编号。</translation>
    </message>
    <message>
      <source>Recommendations:</source>
      <translation>建议：</translation>
    </message>
    <message>
      <source>SDG goal</source>
      <translation>可持续发展目标</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>主题</translation>
    </message>
  </context>
  <context>
    <name>FacetPanel</name>
    <message>
      <source>(no lead institution yet)</source>
      <translation>（尚无牵头机构）</translation>
    </message>
    <message>
      <source>Affected persons</source>
      <translation>受影响人群</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>组</translation>
    </message>
    <message>
      <source>Deadlines</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <source>Due in the next 30 days</source>
      <translation>未来30天内到期</translation>
    </message>
    <message>
      <source>Filters</source>
      <translation>筛选</translation>
    </message>
    <message>
      <source>Lead institution</source>
      <translation>牵头机构</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>机制</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>未评估</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>立场</translation>
    </message>
    <message>
      <source>Progress reports</source>
      <translation>进展报告</translation>
    </message>
    <message>
      <source>Review / cycle</source>
      <translation>审议 / 周期</translation>
    </message>
    <message>
      <source>SDG goal</source>
      <translation>可持续发展目标</translation>
    </message>
    <message>
      <source>Show all recommendations again</source>
      <translation>再次显示所有建议</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Supporting institution</source>
      <translation>支持机构</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>主题</translation>
    </message>
  </context>
  <context>
    <name>GuideDialog</name>
    <message>
      <source>Focal point</source>
      <translation>协调人</translation>
    </message>
    <message>
      <source>Secretariat</source>
      <translation>秘书处</translation>
    </message>
    <message>
      <source>User guide</source>
      <translation>用户指南</translation>
    </message>
    <message>
      <source>Validating authority</source>
      <translation>审核机构</translation>
    </message>
  </context>
  <context>
    <name>HelpCommandsMixin</name>
    <message>
      <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Offline follow-up of UN human-rights recommendations for national mechanisms and their ministries.&lt;/p&gt;&lt;p&gt;Python {2}, Qt for Python {3}&lt;/p&gt;</source>
      <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;供国家机制及其部委离线跟进联合国人权建议。&lt;/p&gt;&lt;p&gt;Python {2}，Qt for Python {3}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Open database&lt;/b&gt;&lt;br&gt;{0}&lt;br&gt;Recommendations: {1} · institutions: {2} · schema {3}&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;已打开的数据库&lt;/b&gt;&lt;br&gt;{0}&lt;br&gt;建议：{1} · 机构：{2} · 架构 {3}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Logs: {0}&lt;/p&gt;</source>
      <translation>&lt;p&gt;日志：{0}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About NMRF Tracker</source>
      <translation>关于 NMRF Tracker</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <source>History</source>
      <translation>历史</translation>
    </message>
    <message>
      <source>No change recorded.</source>
      <translation>没有记录的更改。</translation>
    </message>
  </context>
  <context>
    <name>HistoryTable</name>
    <message>
      <source>Click ▸ (or press →) to see the fields a change made</source>
      <translation>点击 ▸（或按 →）查看某项更改改动的字段</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>建议</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>发生的事</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>人员</translation>
    </message>
    <message>
      <source>{0} ({1})</source>
      <translation>{0}（{1}）</translation>
    </message>
    <message>
      <source>{0}: {1}</source>
      <translation>{0}：{1}</translation>
    </message>
    <message>
      <source>{0}: {1} → {2}</source>
      <translation>{0}：{1} → {2}</translation>
    </message>
  </context>
  <context>
    <name>ImportHistoryDialog</name>
    <message>
      <source>By</source>
      <translation>操作人</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>格式</translation>
    </message>
    <message>
      <source>Import history</source>
      <translation>导入历史</translation>
    </message>
    <message>
      <source>New</source>
      <translation>新增</translation>
    </message>
    <message>
      <source>Nothing has been imported into this database yet.</source>
      <translation>尚未向此数据库导入任何内容。</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>已拒绝</translation>
    </message>
    <message>
      <source>To confirm</source>
      <translation>待确认</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>未更改</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>已更新</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
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
      <translation>已取消：未导入任何内容。</translation>
    </message>
    <message>
      <source>Checking the files</source>
      <translation>正在检查文件</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <source>Import recommendations</source>
      <translation>导入建议</translation>
    </message>
    <message>
      <source>Importing</source>
      <translation>正在导入</translation>
    </message>
    <message>
      <source>Matching recommendations with the register: {done:,} of {total:,}</source>
      <translation>正在将建议与登记册匹配：{done:,} / {total:,}</translation>
    </message>
    <message>
      <source>Reading {file} (file {number} of {count})</source>
      <translation>正在读取 {file}（第 {number} 个文件，共 {count} 个）</translation>
    </message>
    <message>
      <source>Saving to the database file. This last step cannot be cancelled.</source>
      <translation>正在保存到数据库文件。最后这一步不能取消。</translation>
    </message>
    <message>
      <source>Writing the recommendations, their links and their change records</source>
      <translation>正在写入建议、其关联及其更改记录</translation>
    </message>
  </context>
  <context>
    <name>IndicatorChart</name>
    <message>
      <source> — off track</source>
      <translation> — 偏离轨道</translation>
    </message>
    <message>
      <source>Select an indicator to see its values against the target.</source>
      <translation>选择一个指标以查看其数值与目标的对比。</translation>
    </message>
    <message>
      <source>target {0:,.4g} {1}</source>
      <translation>目标 {0:,.4g} {1}</translation>
    </message>
    <message>
      <source>{0:.0%} of the way to the target{1}</source>
      <translation>已完成到目标距离的 {0:.0%}{1}</translation>
    </message>
  </context>
  <context>
    <name>IndicatorDialog</name>
    <message>
      <source>%, people, cases…</source>
      <translation>%、人数、案件数…</translation>
    </message>
    <message>
      <source>(the recommendation itself)</source>
      <translation>（建议本身）</translation>
    </message>
    <message>
      <source>Baseline date:</source>
      <translation>基线日期：</translation>
    </message>
    <message>
      <source>Baseline value</source>
      <translation>基线值</translation>
    </message>
    <message>
      <source>Baseline value:</source>
      <translation>基线值：</translation>
    </message>
    <message>
      <source>Data source:</source>
      <translation>数据来源：</translation>
    </message>
    <message>
      <source>Direction:</source>
      <translation>方向：</translation>
    </message>
    <message>
      <source>Disaggregated by:</source>
      <translation>分类依据：</translation>
    </message>
    <message>
      <source>Edit indicator</source>
      <translation>编辑指标</translation>
    </message>
    <message>
      <source>Measures:</source>
      <translation>衡量：</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>名称：</translation>
    </message>
    <message>
      <source>Name: an indicator needs a name.</source>
      <translation>名称：指标需要一个名称。</translation>
    </message>
    <message>
      <source>New indicator</source>
      <translation>新指标</translation>
    </message>
    <message>
      <source>Responsible institution:</source>
      <translation>负责机构：</translation>
    </message>
    <message>
      <source>Target date:</source>
      <translation>目标日期：</translation>
    </message>
    <message>
      <source>Target date: it should come after the baseline.</source>
      <translation>目标日期：应晚于基线日期。</translation>
    </message>
    <message>
      <source>Target value</source>
      <translation>目标值</translation>
    </message>
    <message>
      <source>Target value:</source>
      <translation>目标值：</translation>
    </message>
    <message>
      <source>Type:</source>
      <translation>类型：</translation>
    </message>
    <message>
      <source>Unit:</source>
      <translation>单位：</translation>
    </message>
    <message>
      <source>e.g. Civil registry annual statistics</source>
      <translation>例如：民事登记年度统计</translation>
    </message>
    <message>
      <source>e.g. Share of births registered within 30 days</source>
      <translation>例如：30天内登记的出生所占比例</translation>
    </message>
    <message>
      <source>e.g. sex, age group, region</source>
      <translation>例如：性别、年龄组、地区</translation>
    </message>
  </context>
  <context>
    <name>InstitutionDialog</name>
    <message>
      <source>Address, switchboard, general e-mail</source>
      <translation>地址、总机、公共电子邮件</translation>
    </message>
    <message>
      <source>Code:</source>
      <translation>代码：</translation>
    </message>
    <message>
      <source>Contact:</source>
      <translation>联系方式：</translation>
    </message>
    <message>
      <source>Institution {0}</source>
      <translation>机构 {0}</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>类型：</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>名称：</translation>
    </message>
    <message>
      <source>New institution</source>
      <translation>新机构</translation>
    </message>
    <message>
      <source>The code names the institution in files exchanged with the ministries: it cannot change.</source>
      <translation>代码在与各部委交换的文件中标识该机构：不能更改。</translation>
    </message>
    <message>
      <source>e.g. MOJ — letters, digits, - or _</source>
      <translation>例如：MOJ — 字母、数字、- 或 _</translation>
    </message>
  </context>
  <context>
    <name>InstitutionTableModel</name>
    <message>
      <source>Alternate</source>
      <translation>候补</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <source>Focal point</source>
      <translation>协调人</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>Leads</source>
      <translation>牵头</translation>
    </message>
    <message>
      <source>Supports</source>
      <translation>支持</translation>
    </message>
    <message>
      <source>Validating authority</source>
      <translation>审核机构</translation>
    </message>
  </context>
  <context>
    <name>InstitutionsPage</name>
    <message>
      <source>Add person…</source>
      <translation>添加人员…</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Institutions and focal points ({0})</source>
      <translation>机构和协调人（{0}）</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>New institution…</source>
      <translation>新机构…</translation>
    </message>
    <message>
      <source>Nobody recorded yet. Add the main focal point, an alternate and the validating authority: their names appear in reports and reminder letters.</source>
      <translation>尚未登记任何人。请添加主要协调人、候补协调人和审核机构：他们的姓名会出现在报告和提醒函中。</translation>
    </message>
    <message>
      <source>People of {0}</source>
      <translation>{0} 的人员</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>职务</translation>
    </message>
  </context>
  <context>
    <name>KeyCommandsMixin</name>
    <message>
      <source>&amp;Back up the key…</source>
      <translation>备份密钥(&amp;B)…</translation>
    </message>
    <message>
      <source>&amp;Restore it from a backup…</source>
      <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
      <source>Backing up the key</source>
      <translation>正在备份密钥</translation>
    </message>
    <message>
      <source>Cannot back up the key</source>
      <translation>无法备份密钥</translation>
    </message>
    <message>
      <source>Cannot unlock this computer's key</source>
      <translation>无法解锁本电脑的密钥</translation>
    </message>
    <message>
      <source>Key backed up</source>
      <translation>密钥已备份</translation>
    </message>
    <message>
      <source>Key restored</source>
      <translation>密钥已恢复</translation>
    </message>
    <message>
      <source>Make a new key for the secretariat, in place of one that was lost or copied?

Every ministry must then accept the new key: when a focal point opens your next file, they are shown its fingerprint and compare it with you by phone. Files the ministries encrypted to the old key can no longer be read; they prepare them again (nothing is lost: a file always carries every change not yet acknowledged).</source>
      <translation>为秘书处创建新密钥，替换丢失或被复制的密钥？

之后每个部委都必须接受新密钥：联络人打开您的下一个文件时，会看到其指纹，并通过电话与您核对。各部委为旧密钥加密的文件将无法再读取；他们需重新准备（不会丢失任何内容：文件总是包含所有尚未确认的更改）。</translation>
    </message>
    <message>
      <source>New key</source>
      <translation>新密钥</translation>
    </message>
    <message>
      <source>Passphrase of the backup</source>
      <translation>备份的密码短语</translation>
    </message>
    <message>
      <source>Re&amp;place a lost key…</source>
      <translation>替换丢失的密钥(&amp;P)…</translation>
    </message>
    <message>
      <source>Replace the secretariat's key</source>
      <translation>替换秘书处的密钥</translation>
    </message>
    <message>
      <source>Replacing the key</source>
      <translation>正在替换密钥</translation>
    </message>
    <message>
      <source>Restoring the key</source>
      <translation>正在恢复密钥</translation>
    </message>
    <message>
      <source>The backup holds this computer's exchange key, protected by the passphrase you choose now. Keep the file and the passphrase apart from this computer (a safe, another building): with both, anyone can sign and read files as this computer.</source>
      <translation>备份包含本电脑的交换密钥，由您现在选择的密码短语保护。请将文件和密码短语存放在远离本电脑的地方（保险柜、另一栋楼）：同时拥有两者的人可以以本电脑的名义签名和读取文件。</translation>
    </message>
    <message>
      <source>The passphrase chosen when {0} was made.</source>
      <translation>创建 {0} 时选择的密码短语。</translation>
    </message>
    <message>
      <source>The secretariat's new key has the fingerprint

{0}

Read it to each focal point by phone when they open your next file. Back the new key up now (File &gt; This computer's key &gt; Back up the key…).</source>
      <translation>秘书处新密钥的指纹为

{0}

当各联络人打开您的下一个文件时，请通过电话读给他们。请立即备份新密钥（文件 &gt; 本电脑的密钥 &gt; 备份密钥…）。</translation>
    </message>
    <message>
      <source>This computer's &amp;key</source>
      <translation>本电脑的密钥(&amp;K)</translation>
    </message>
    <message>
      <source>This computer's key is back: fingerprint {0}.</source>
      <translation>本电脑的密钥已恢复：指纹 {0}。</translation>
    </message>
    <message>
      <source>Unlocking this computer's key</source>
      <translation>正在解锁本电脑的密钥</translation>
    </message>
    <message>
      <source>{0} holds the key of this computer (fingerprint {1}).</source>
      <translation>{0} 包含本电脑的密钥（指纹 {1}）。</translation>
    </message>
  </context>
  <context>
    <name>KeyPassphraseDialog</name>
    <message>
      <source>Choose a key passphrase</source>
      <translation>选择密钥密码短语</translation>
    </message>
    <message>
      <source>The exchange key of this computer is protected by your key passphrase. It stays unlocked until you close the application.</source>
      <translation>本电脑的交换密钥由您的密钥密码短语保护。在您关闭应用程序之前保持解锁。</translation>
    </message>
    <message>
      <source>This computer has no system keyring, so its exchange key is kept in a file protected by a passphrase. Choose one you will remember: nobody can recover it. Back the key up afterwards (File &gt; This computer's key).</source>
      <translation>本电脑没有系统密钥环，因此其交换密钥保存在由密码短语保护的文件中。请选择一个您能记住的密码短语：没有人能找回它。之后请备份密钥（文件 &gt; 本电脑的密钥）。</translation>
    </message>
    <message>
      <source>Unlock this computer's key</source>
      <translation>解锁本电脑的密钥</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>  •  DEMO DATA (fictional)</source>
      <translation>  •  演示数据（虚构）</translation>
    </message>
    <message>
      <source>&amp;About NMRF Tracker</source>
      <translation>关于 NMRF Tracker(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Back up now…</source>
      <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
      <source>&amp;Close database</source>
      <translation>关闭数据库(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Clusters…</source>
      <translation>组(&amp;C)…</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Import a completed matrix…</source>
      <translation>导入已填写的矩阵(&amp;I)…</translation>
    </message>
    <message>
      <source>&amp;Import recommendations…</source>
      <translation>导入建议(&amp;I)…</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
      <source>&amp;New database…</source>
      <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>打开(&amp;O)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Register</source>
      <translation>登记册(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Reminder letters (PDF)…</source>
      <translation>提醒函（PDF）(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Save current view…</source>
      <translation>保存当前视图(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>撤消(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;User guide</source>
      <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Validation-meeting pack (PDF)…</source>
      <translation>审核会议材料（PDF）(&amp;V)…</translation>
    </message>
    <message>
      <source>&amp;Who is working…</source>
      <translation>当前用户(&amp;W)…</translation>
    </message>
    <message>
      <source>Activity</source>
      <translation>活动</translation>
    </message>
    <message>
      <source>Bac&amp;kups…</source>
      <translation>备份(&amp;K)…</translation>
    </message>
    <message>
      <source>Building the demo database</source>
      <translation>正在创建演示数据库</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>日历</translation>
    </message>
    <message>
      <source>Cannot build the demo</source>
      <translation>无法创建演示</translation>
    </message>
    <message>
      <source>Cannot create the database</source>
      <translation>无法创建数据库</translation>
    </message>
    <message>
      <source>Cannot open {0}</source>
      <translation>无法打开 {0}</translation>
    </message>
    <message>
      <source>Clear &amp;filters</source>
      <translation>清除筛选(&amp;F)</translation>
    </message>
    <message>
      <source>Creating {0}</source>
      <translation>正在创建 {0}</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>仪表板</translation>
    </message>
    <message>
      <source>Exchange</source>
      <translation>交换</translation>
    </message>
    <message>
      <source>Implementation &amp;matrix (Excel)…</source>
      <translation>落实情况矩阵（Excel）(&amp;M)…</translation>
    </message>
    <message>
      <source>Import &amp;history…</source>
      <translation>导入历史(&amp;H)…</translation>
    </message>
    <message>
      <source>Institution copy</source>
      <translation>机构副本</translation>
    </message>
    <message>
      <source>Institutions</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>Mid-&amp;term report (PDF)…</source>
      <translation>中期报告（PDF）(&amp;T)…</translation>
    </message>
    <message>
      <source>No database open</source>
      <translation>未打开数据库</translation>
    </message>
    <message>
      <source>Open &amp;log folder</source>
      <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
      <source>Open the &amp;demo</source>
      <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
      <source>Opening {0}</source>
      <translation>正在打开 {0}</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>计划</translation>
    </message>
    <message>
      <source>Re&amp;ports</source>
      <translation>报告(&amp;P)</translation>
    </message>
    <message>
      <source>Recommendations</source>
      <translation>建议</translation>
    </message>
    <message>
      <source>Reference data</source>
      <translation>参考数据</translation>
    </message>
    <message>
      <source>Secretariat database</source>
      <translation>秘书处数据库</translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <source>First rows of {0}:</source>
      <translation>{0} 的前几行：</translation>
    </message>
    <message>
      <source>Load a mapping…</source>
      <translation>加载映射…</translation>
    </message>
    <message>
      <source>Mapping</source>
      <translation>映射</translation>
    </message>
    <message>
      <source>Save this mapping…</source>
      <translation>保存此映射…</translation>
    </message>
    <message>
      <source>This table's columns were not recognised. Choose the column for each field; only the recommendation text is required. Save the mapping to reuse it next time.</source>
      <translation>未能识别此表格的列。请为每个字段选择列；只有建议文本是必需的。保存映射以便下次再用。</translation>
    </message>
    <message>
      <source>Which column holds what</source>
      <translation>哪一列包含什么</translation>
    </message>
    <message>
      <source>{0}: these columns are not in this table: {1}</source>
      <translation>{0}：此表格中没有这些列：{1}</translation>
    </message>
  </context>
  <context>
    <name>NewDatabaseWizard</name>
    <message>
      <source>New secretariat database</source>
      <translation>新的秘书处数据库</translation>
    </message>
  </context>
  <context>
    <name>PageRefreshMixin</name>
    <message>
      <source>Cannot load the register</source>
      <translation>无法加载登记册</translation>
    </message>
    <message>
      <source>Counting for the dashboard</source>
      <translation>正在统计仪表板</translation>
    </message>
    <message>
      <source>Loading the register</source>
      <translation>正在加载登记册</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <source>At least {0} characters: it is all that protects the key if this folder is copied.</source>
      <translation>至少 {0} 个字符：如果此文件夹被复制，这是保护密钥的唯一屏障。</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>密码短语：</translation>
    </message>
    <message>
      <source>The same again:</source>
      <translation>再输入一次：</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>两次输入的密码短语不一致。</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <source>E-mail:</source>
      <translation>电子邮件：</translation>
    </message>
    <message>
      <source>Full name:</source>
      <translation>全名：</translation>
    </message>
    <message>
      <source>New person at {0}</source>
      <translation>{0} 的新人员</translation>
    </message>
    <message>
      <source>Phone:</source>
      <translation>电话：</translation>
    </message>
    <message>
      <source>Role:</source>
      <translation>角色：</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>职务：</translation>
    </message>
    <message>
      <source>e.g. Director of International Cooperation</source>
      <translation>例如：国际合作司司长</translation>
    </message>
    <message>
      <source>{0} at {1}</source>
      <translation>{1} 的 {0}</translation>
    </message>
  </context>
  <context>
    <name>PlanCommands</name>
    <message numerus="yes">
      <source>%n evidence file(s) attached.</source>
      <translation>
        <numerusform>已附加 %n 个证明材料文件。</numerusform>
      </translation>
    </message>
    <message>
      <source>(the secretariat itself)</source>
      <translation>（秘书处本身）</translation>
    </message>
    <message>
      <source>Accept the progress report</source>
      <translation>接受进展报告</translation>
    </message>
    <message>
      <source>Action “{0}” added to the plan.</source>
      <translation>行动“{0}”已添加到计划。</translation>
    </message>
    <message>
      <source>Action “{0}” saved.</source>
      <translation>行动“{0}”已保存。</translation>
    </message>
    <message>
      <source>Actions are planned by the secretariat or by a focal point for their own institution.</source>
      <translation>行动由秘书处或协调人为其本机构计划。</translation>
    </message>
    <message>
      <source>Add action “{0}”</source>
      <translation>添加行动“{0}”</translation>
    </message>
    <message>
      <source>Add deadline “{0}”</source>
      <translation>添加截止日期“{0}”</translation>
    </message>
    <message>
      <source>Add indicator “{0}”</source>
      <translation>添加指标“{0}”</translation>
    </message>
    <message numerus="yes">
      <source>Attach %n file(s)</source>
      <translation>
        <numerusform>附加 %n 个文件</numerusform>
      </translation>
    </message>
    <message>
      <source>Deadline completed</source>
      <translation>截止日期已完成</translation>
    </message>
    <message>
      <source>Deadline marked completed today.</source>
      <translation>截止日期今天已标记为完成。</translation>
    </message>
    <message>
      <source>Deadline “{0}” added.</source>
      <translation>截止日期“{0}”已添加。</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Delete “{0}”</source>
      <translation>删除“{0}”</translation>
    </message>
    <message>
      <source>Delete “{0}” from the plan? Edit &gt; Undo brings it back.</source>
      <translation>从计划中删除“{0}”？“编辑 &gt; 撤消”可恢复。</translation>
    </message>
    <message>
      <source>Edit action “{0}”</source>
      <translation>编辑行动“{0}”</translation>
    </message>
    <message>
      <source>Edit indicator “{0}”</source>
      <translation>编辑指标“{0}”</translation>
    </message>
    <message>
      <source>Edit progress report on {0}</source>
      <translation>编辑关于 {0} 的进展报告</translation>
    </message>
    <message>
      <source>Evidence of the action</source>
      <translation>行动的证明材料</translation>
    </message>
    <message>
      <source>Indicator “{0}” added.</source>
      <translation>指标“{0}”已添加。</translation>
    </message>
    <message>
      <source>Indicator “{0}” saved.</source>
      <translation>指标“{0}”已保存。</translation>
    </message>
    <message>
      <source>Indicators are defined by the secretariat or by a focal point for their own institution.</source>
      <translation>指标由秘书处或协调人为其本机构设定。</translation>
    </message>
    <message>
      <source>It goes to the secretariat, who accepts it or returns it with a comment. Validate it now?</source>
      <translation>报告将交给秘书处，由其接受或附意见退回。现在审核通过？</translation>
    </message>
    <message>
      <source>It goes to your ministry's validating authority, and can no longer be changed here unless it is returned to you. Submit it now?</source>
      <translation>报告将交给您所在部委的审核机构，除非退回给您，否则不能再在此修改。现在提交？</translation>
    </message>
    <message>
      <source>Its status becomes the recommendation's current status for this institution, in the register, the matrix and the reports. Accept it now?</source>
      <translation>其状态将成为该建议对此机构的当前状态，体现在登记册、矩阵和报告中。现在接受？</translation>
    </message>
    <message>
      <source>Only a focal point of the lead or a supporting institution (or the secretariat) reports progress on this recommendation.</source>
      <translation>只有牵头机构或支持机构的协调人（或秘书处）才报告此建议的进展。</translation>
    </message>
    <message>
      <source>Open evidence</source>
      <translation>打开证明材料</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>计划</translation>
    </message>
    <message>
      <source>Progress report</source>
      <translation>进展报告</translation>
    </message>
    <message>
      <source>Progress report accepted.</source>
      <translation>进展报告已接受。</translation>
    </message>
    <message>
      <source>Progress report on {0}</source>
      <translation>关于 {0} 的进展报告</translation>
    </message>
    <message>
      <source>Progress report returned.</source>
      <translation>进展报告已退回。</translation>
    </message>
    <message>
      <source>Progress report saved as a draft.</source>
      <translation>进展报告已保存为草稿。</translation>
    </message>
    <message>
      <source>Progress report saved.</source>
      <translation>进展报告已保存。</translation>
    </message>
    <message>
      <source>Progress report submitted.</source>
      <translation>进展报告已提交。</translation>
    </message>
    <message>
      <source>Progress report validated.</source>
      <translation>进展报告已审核通过。</translation>
    </message>
    <message>
      <source>Return the progress report</source>
      <translation>退回进展报告</translation>
    </message>
    <message>
      <source>Submit the progress report</source>
      <translation>提交进展报告</translation>
    </message>
    <message>
      <source>The file's name looks like a program. Its content was checked when it was attached and it opens as the document type it really is — open it?</source>
      <translation>该文件名看起来像一个程序。附加时已检查其内容，它将按其实际的文档类型打开 — 是否打开？</translation>
    </message>
    <message>
      <source>Validate the progress report</source>
      <translation>审核进展报告</translation>
    </message>
    <message>
      <source>Value of “{0}”</source>
      <translation>“{0}”的数值</translation>
    </message>
    <message>
      <source>Value recorded for “{0}”.</source>
      <translation>已记录“{0}”的数值。</translation>
    </message>
    <message>
      <source>Why is it returned? The focal point sees this comment:</source>
      <translation>为何退回？协调人会看到此意见：</translation>
    </message>
    <message>
      <source>“{0}” deleted from the plan.</source>
      <translation>“{0}”已从计划中删除。</translation>
    </message>
  </context>
  <context>
    <name>PlanPage</name>
    <message>
      <source>Actions led or supported by</source>
      <translation>牵头或支持的行动：</translation>
    </message>
    <message>
      <source>Every institution</source>
      <translation>所有机构</translation>
    </message>
    <message>
      <source>Every status</source>
      <translation>所有状态</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>机构：</translation>
    </message>
    <message>
      <source>Nothing planned yet. Actions and indicators are added from a recommendation (its Plan tab) or here.</source>
      <translation>尚未计划任何内容。行动和指标可从建议（其“计划”选项卡）或在此处添加。</translation>
    </message>
    <message>
      <source>Plan — actions: {0} ({1} overdue) · indicators: {2} ({3} off track)</source>
      <translation>计划 — 行动：{0}（{1} 项逾期）· 指标：{2}（{3} 项偏离轨道）</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>状态：</translation>
    </message>
  </context>
  <context>
    <name>PlanView</name>
    <message>
      <source>Action</source>
      <translation>行动</translation>
    </message>
    <message>
      <source>Add action…</source>
      <translation>添加行动…</translation>
    </message>
    <message>
      <source>Add indicator…</source>
      <translation>添加指标…</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>预算</translation>
    </message>
    <message>
      <source>Changes to the selected action or indicator</source>
      <translation>所选行动或指标的更改</translation>
    </message>
    <message>
      <source>Delete the selected action or indicator (an action that will not happen is better cancelled: it stays in the history of the plan)</source>
      <translation>删除所选行动或指标（不会进行的行动最好取消：它会保留在计划的历史中）</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>删除…</translation>
    </message>
    <message>
      <source>Edit action…</source>
      <translation>编辑行动…</translation>
    </message>
    <message>
      <source>Edit indicator…</source>
      <translation>编辑指标…</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>结束</translation>
    </message>
    <message>
      <source>Evidence…</source>
      <translation>证明材料…</translation>
    </message>
    <message>
      <source>Files showing what the selected action achieved</source>
      <translation>显示所选行动成果的文件</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>历史…</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>指标</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>Latest</source>
      <translation>最新</translation>
    </message>
    <message>
      <source>Lead</source>
      <translation>牵头</translation>
    </message>
    <message>
      <source>Off track: behind the time elapsed</source>
      <translation>偏离轨道：落后于已过去的时间</translation>
    </message>
    <message>
      <source>Past its end date and not completed</source>
      <translation>已过结束日期且未完成</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>进展</translation>
    </message>
    <message>
      <source>Recommendations</source>
      <translation>建议</translation>
    </message>
    <message>
      <source>Record value…</source>
      <translation>记录数值…</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Supporting</source>
      <translation>支持</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目标</translation>
    </message>
  </context>
  <context>
    <name>ProfileDialog</name>
    <message>
      <source>Institution:</source>
      <translation>机构：</translation>
    </message>
    <message>
      <source>Institution: a focal point or validating authority belongs to an institution; add it first.</source>
      <translation>机构：协调人或审核机构隶属于某个机构；请先添加该机构。</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>姓名：</translation>
    </message>
    <message>
      <source>Name: please say who you are.</source>
      <translation>姓名：请说明您是谁。</translation>
    </message>
    <message>
      <source>Role:</source>
      <translation>角色：</translation>
    </message>
    <message>
      <source>Say who you are in this database. It decides what the window offers you, and your name goes into the history of every change you make.</source>
      <translation>请说明您在此数据库中的身份。这决定窗口为您提供哪些功能，您的姓名会记入您每项更改的历史。</translation>
    </message>
    <message>
      <source>Who is working?</source>
      <translation>谁在工作？</translation>
    </message>
    <message>
      <source>Your full name</source>
      <translation>您的全名</translation>
    </message>
  </context>
  <context>
    <name>ProfileMixin</name>
    <message>
      <source>(no name given)</source>
      <translation>（未填姓名）</translation>
    </message>
    <message>
      <source>Working as {0} — {1}</source>
      <translation>当前身份：{0} — {1}</translation>
    </message>
    <message>
      <source>Working as {0} — {1}, {2}</source>
      <translation>当前身份：{0} — {1}，{2}</translation>
    </message>
  </context>
  <context>
    <name>ProtectCommandsMixin</name>
    <message>
      <source>&amp;Protect with a password…</source>
      <translation>用密码保护(&amp;P)…</translation>
    </message>
    <message>
      <source>Every page of the database — recommendations, people, progress reports, evidence files — is then encrypted, and so are its backups; it opens only with this password. Nobody can recover a forgotten password: keep it where the secretariat keeps its other secrets. A backup is taken first.</source>
      <translation>之后数据库的每一页——建议、人员、进展报告、证据文件——都会被加密，其备份也一样；只有用此密码才能打开。忘记的密码无人能找回：请将其保存在秘书处保存其他机密的地方。会先进行一次备份。</translation>
    </message>
    <message>
      <source>Open {0}</source>
      <translation>打开 {0}</translation>
    </message>
    <message>
      <source>Protect {0} with a password</source>
      <translation>用密码保护 {0}</translation>
    </message>
    <message>
      <source>Protecting {0}</source>
      <translation>正在保护 {0}</translation>
    </message>
    <message>
      <source>Remove the &amp;password…</source>
      <translation>移除密码(&amp;P)…</translation>
    </message>
    <message>
      <source>Remove the password</source>
      <translation>移除密码</translation>
    </message>
    <message>
      <source>Remove the password of {0}? Anyone who gets the file can then read it with any SQLite tool. A protected backup is taken first.</source>
      <translation>移除 {0} 的密码？之后任何拿到该文件的人都可以用任何 SQLite 工具读取它。会先进行一次受保护的备份。</translation>
    </message>
    <message>
      <source>Removing the password of {0}</source>
      <translation>正在移除 {0} 的密码</translation>
    </message>
    <message>
      <source>{0} has no password any more. The backup taken first keeps it.</source>
      <translation>{0} 已没有密码。之前进行的备份保留着它。</translation>
    </message>
    <message>
      <source>{0} is protected by a password. Type it to open the database; it is kept only until the application closes.</source>
      <translation>{0} 受密码保护。请输入密码以打开数据库；密码仅保留到应用程序关闭。</translation>
    </message>
    <message>
      <source>{0} is protected by its password now. The backup taken first, and the older ones, are protected with it.</source>
      <translation>{0} 现在受其密码保护。之前进行的备份以及更早的备份也一并受到保护。</translation>
    </message>
  </context>
  <context>
    <name>RecommendationTableModel</name>
    <message>
      <source>Lead</source>
      <translation>牵头</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>机制</translation>
    </message>
    <message>
      <source>Next deadline</source>
      <translation>下一个截止日期</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>未评估</translation>
    </message>
    <message>
      <source>Overdue since {0}</source>
      <translation>自 {0} 起逾期</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>立场</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>建议</translation>
    </message>
    <message>
      <source>Ref.</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>审议</translation>
    </message>
    <message>
      <source>SDGs</source>
      <translation>可持续发展目标</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Supporting</source>
      <translation>支持</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>主题</translation>
    </message>
  </context>
  <context>
    <name>RecommendationsPage</name>
    <message>
      <source> with the filters ticked</source>
      <translation> （按所选筛选条件）</translation>
    </message>
    <message numerus="yes">
      <source>%n selected (only the secretariat edits the register)</source>
      <translation>
        <numerusform>已选 %n 项（只有秘书处可编辑登记册）</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n selected:</source>
      <translation>
        <numerusform>已选 %n 项：</numerusform>
      </translation>
    </message>
    <message>
      <source>Add SDG target…</source>
      <translation>添加可持续发展目标具体目标…</translation>
    </message>
    <message>
      <source>Add supporting…</source>
      <translation>添加支持机构…</translation>
    </message>
    <message>
      <source>Add theme…</source>
      <translation>添加主题…</translation>
    </message>
    <message>
      <source>Add to cluster…</source>
      <translation>添加到组…</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>复制</translation>
    </message>
    <message>
      <source>Copy the selected rows (tab-separated, for Excel or Word)</source>
      <translation>复制所选行（制表符分隔，供 Excel 或 Word 使用）</translation>
    </message>
    <message>
      <source>Keep the current search, filters and sort under a name</source>
      <translation>以一个名称保存当前的搜索、筛选和排序</translation>
    </message>
    <message>
      <source>Loading the register…</source>
      <translation>正在加载登记册…</translation>
    </message>
    <message>
      <source>No action or indicator yet for this recommendation. The lead institution plans them with Add action… and Add indicator…</source>
      <translation>此建议尚无行动或指标。牵头机构通过“添加行动…”和“添加指标…”进行计划。</translation>
    </message>
    <message>
      <source>No recommendation has all the values ticked.

Untick some filters, or Clear them.</source>
      <translation>没有建议同时具有所有选中的值。

请取消部分筛选条件，或清除筛选。</translation>
    </message>
    <message>
      <source>No recommendation matches “{0}”{1}.

Every word must appear (as the start of a word); try fewer or shorter words.</source>
      <translation>没有与“{0}”{1}匹配的建议。

每个词都必须出现（作为词的开头）；请尝试更少或更短的词。</translation>
    </message>
    <message>
      <source>No recommendations in this database yet.

Import them with File &gt; Import recommendations… (Ctrl+I): OHCHR matrices of recommendations (.docx) and UPR Info exports (.csv).</source>
      <translation>此数据库中尚无建议。

请通过“文件 &gt; 导入建议…”（Ctrl+I）导入：人权高专办建议矩阵（.docx）和 UPR Info 导出（.csv）。</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>未评估</translation>
    </message>
    <message>
      <source>Plan an action for these…</source>
      <translation>为这些建议计划行动…</translation>
    </message>
    <message>
      <source>Priority…</source>
      <translation>优先级…</translation>
    </message>
    <message>
      <source>Recommendations</source>
      <translation>建议</translation>
    </message>
    <message>
      <source>Recommendations ({0} of {1})</source>
      <translation>建议（{0} / {1}）</translation>
    </message>
    <message>
      <source>Recommendations ({0})</source>
      <translation>建议（{0}）</translation>
    </message>
    <message>
      <source>Reopen a saved view: its search, filters and sort</source>
      <translation>重新打开已保存的视图：其搜索、筛选和排序</translation>
    </message>
    <message>
      <source>Reset columns</source>
      <translation>重置列</translation>
    </message>
    <message>
      <source>Save view…</source>
      <translation>保存视图…</translation>
    </message>
    <message>
      <source>Search reference, text and notes (Ctrl+F) — “cote ratif” finds “Côte … ratify”</source>
      <translation>搜索编号、文本和备注（Ctrl+F）— “cote ratif”可找到“Côte … ratify”</translation>
    </message>
    <message>
      <source>Search the register</source>
      <translation>搜索登记册</translation>
    </message>
    <message>
      <source>Select a recommendation to read it in full.</source>
      <translation>选择一项建议以阅读全文。</translation>
    </message>
    <message>
      <source>Select rows to edit:</source>
      <translation>选择要编辑的行：</translation>
    </message>
    <message>
      <source>Set lead…</source>
      <translation>设置牵头机构…</translation>
    </message>
    <message>
      <source>This recommendation was deleted meanwhile.</source>
      <translation>此建议在此期间已被删除。</translation>
    </message>
    <message>
      <source>View:</source>
      <translation>视图：</translation>
    </message>
  </context>
  <context>
    <name>RegisterActions</name>
    <message numerus="yes">
      <source>%n recommendation(s)</source>
      <translation>
        <numerusform>%n 项建议</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n recommendation(s) changed</source>
      <translation>
        <numerusform>%n 项建议已更改</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n recommendation(s) moved into “{0}”.</source>
      <translation>
        <numerusform>%n 项建议已移入“{0}”。</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>撤消(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Undo: {0}</source>
      <translation>撤消(&amp;U)：{0}</translation>
    </message>
    <message numerus="yes">
      <source>Add %n recommendation(s) to a cluster</source>
      <translation>
        <numerusform>将 %n 项建议添加到组</numerusform>
      </translation>
    </message>
    <message>
      <source>Add SDG target</source>
      <translation>添加可持续发展目标具体目标</translation>
    </message>
    <message numerus="yes">
      <source>Add SDG target {0} to %n recommendation(s)</source>
      <translation>
        <numerusform>为 %n 项建议添加具体目标 {0}</numerusform>
      </translation>
    </message>
    <message>
      <source>Add supporting institution</source>
      <translation>添加支持机构</translation>
    </message>
    <message numerus="yes">
      <source>Add supporting {0} on %n recommendation(s)</source>
      <translation>
        <numerusform>在 %n 项建议上添加支持机构 {0}</numerusform>
      </translation>
    </message>
    <message>
      <source>Add theme</source>
      <translation>添加主题</translation>
    </message>
    <message numerus="yes">
      <source>Add theme to %n recommendation(s)</source>
      <translation>
        <numerusform>为 %n 项建议添加主题</numerusform>
      </translation>
    </message>
    <message>
      <source>Add to cluster</source>
      <translation>添加到组</translation>
    </message>
    <message>
      <source>Cannot undo</source>
      <translation>无法撤消</translation>
    </message>
    <message numerus="yes">
      <source>Cluster for the %n selected recommendation(s).</source>
      <translation>
        <numerusform>所选 %n 项建议的组。</numerusform>
      </translation>
    </message>
    <message>
      <source>Cluster renamed to “{0}”.</source>
      <translation>组已重命名为“{0}”。</translation>
    </message>
    <message>
      <source>Cluster “{0}” created.</source>
      <translation>组“{0}”已创建。</translation>
    </message>
    <message>
      <source>Cluster “{0}” deleted.</source>
      <translation>组“{0}”已删除。</translation>
    </message>
    <message>
      <source>Create cluster “{0}”</source>
      <translation>创建组“{0}”</translation>
    </message>
    <message numerus="yes">
      <source>Create cluster “{0}” with %n recommendation(s)</source>
      <translation>
        <numerusform>以 %n 项建议创建组“{0}”</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete cluster</source>
      <translation>删除组</translation>
    </message>
    <message>
      <source>Delete cluster “{0}”</source>
      <translation>删除组“{0}”</translation>
    </message>
    <message numerus="yes">
      <source>Delete the cluster “{0}”? Its %n recommendation(s) stay in the register; only the grouping goes. Edit &gt; Undo brings it back.</source>
      <translation>
        <numerusform>删除组“{0}”？其 %n 项建议仍保留在登记册中；只删除分组。“编辑 &gt; 撤消”可恢复。</numerusform>
      </translation>
    </message>
    <message>
      <source>Edit recommendation {0}</source>
      <translation>编辑建议 {0}</translation>
    </message>
    <message>
      <source>Empty cluster</source>
      <translation>空组</translation>
    </message>
    <message numerus="yes">
      <source>Lead institution for the %n selected recommendation(s). A previous lead steps down; a supporting institution made lead stops supporting.</source>
      <translation>
        <numerusform>所选 %n 项建议的牵头机构。原牵头机构退出；被设为牵头的支持机构不再作为支持机构。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Merge %n cluster(s) into “{0}”</source>
      <translation>
        <numerusform>将 %n 个组合并到“{0}”</numerusform>
      </translation>
    </message>
    <message>
      <source>Name of the new cluster:</source>
      <translation>新组的名称：</translation>
    </message>
    <message>
      <source>New cluster</source>
      <translation>新组</translation>
    </message>
    <message>
      <source>New cluster…</source>
      <translation>新组…</translation>
    </message>
    <message>
      <source>New name:</source>
      <translation>新名称：</translation>
    </message>
    <message>
      <source>No priority</source>
      <translation>无优先级</translation>
    </message>
    <message numerus="yes">
      <source>Priority of the %n selected recommendation(s).</source>
      <translation>
        <numerusform>所选 %n 项建议的优先级。</numerusform>
      </translation>
    </message>
    <message>
      <source>Recommendation {0} saved.</source>
      <translation>建议 {0} 已保存。</translation>
    </message>
    <message>
      <source>Rename cluster</source>
      <translation>重命名组</translation>
    </message>
    <message>
      <source>Rename cluster “{0}”</source>
      <translation>重命名组“{0}”</translation>
    </message>
    <message numerus="yes">
      <source>SDG target to add to the %n selected recommendation(s).</source>
      <translation>
        <numerusform>要添加到所选 %n 项建议的可持续发展目标具体目标。</numerusform>
      </translation>
    </message>
    <message>
      <source>Set lead institution</source>
      <translation>设置牵头机构</translation>
    </message>
    <message numerus="yes">
      <source>Set lead {0} on %n recommendation(s)</source>
      <translation>
        <numerusform>在 %n 项建议上将 {0} 设为牵头机构</numerusform>
      </translation>
    </message>
    <message>
      <source>Set priority</source>
      <translation>设置优先级</translation>
    </message>
    <message numerus="yes">
      <source>Set priority {0} on %n recommendation(s)</source>
      <translation>
        <numerusform>在 %n 项建议上设置优先级 {0}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Supporting institution for the %n selected recommendation(s).</source>
      <translation>
        <numerusform>所选 %n 项建议的支持机构。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Theme to add to the %n selected recommendation(s).</source>
      <translation>
        <numerusform>要添加到所选 %n 项建议的主题。</numerusform>
      </translation>
    </message>
    <message>
      <source>This cluster has no recommendations yet: add some from the register first.</source>
      <translation>此组尚无建议：请先从登记册添加。</translation>
    </message>
    <message>
      <source>Undoing</source>
      <translation>正在撤消</translation>
    </message>
    <message>
      <source>Undone: {0}.</source>
      <translation>已撤消：{0}。</translation>
    </message>
    <message numerus="yes">
      <source>{0} (%n recommendation(s))</source>
      <translation>
        <numerusform>{0}（%n 项建议）</numerusform>
      </translation>
    </message>
    <message>
      <source>{0}, {1} already so</source>
      <translation>{0}，其中 {1} 项原已如此</translation>
    </message>
  </context>
  <context>
    <name>RegisterLayoutMixin</name>
    <message>
      <source>Give the table and the detail the whole width; the filters still apply</source>
      <translation>将整个宽度留给表格和详细信息；筛选仍然有效</translation>
    </message>
    <message>
      <source>Hide filters</source>
      <translation>隐藏筛选</translation>
    </message>
    <message>
      <source>Show filters</source>
      <translation>显示筛选</translation>
    </message>
  </context>
  <context>
    <name>ReportCommandsMixin</name>
    <message numerus="yes">
      <source>%n assignment change(s):</source>
      <translation>
        <numerusform>%n 项分配更改：</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n progress report(s) to submit for {0}.</source>
      <translation>
        <numerusform>{0} 有 %n 份进展报告待提交。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n reminder letter(s) ({0} overdue, {1} due soon) written to {2}</source>
      <translation>
        <numerusform>%n 封提醒函（{0} 项逾期，{1} 项即将到期）已写入 {2}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) applied (progress reports submitted, assignments changed).</source>
      <translation>
        <numerusform>已应用 %n 行（提交了进展报告，更改了分配）。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) were rejected. Import the other rows on their own?</source>
      <translation>
        <numerusform>有 %n 行被拒绝。是否单独导入其他行？</numerusform>
      </translation>
    </message>
    <message>
      <source>Apply them now?</source>
      <translation>现在应用？</translation>
    </message>
    <message>
      <source>Cannot read {0}</source>
      <translation>无法读取 {0}</translation>
    </message>
    <message>
      <source>Cannot write the matrix</source>
      <translation>无法写入矩阵</translation>
    </message>
    <message>
      <source>Cannot write the report</source>
      <translation>无法写入报告</translation>
    </message>
    <message>
      <source>Conflict, row {0} ({1}): not applied — {2}</source>
      <translation>冲突，第 {0} 行（{1}）：未应用 — {2}</translation>
    </message>
    <message>
      <source>Import completed matrix {0}</source>
      <translation>导入已填写的矩阵 {0}</translation>
    </message>
    <message>
      <source>Import the completed matrix</source>
      <translation>导入已填写的矩阵</translation>
    </message>
    <message>
      <source>Matrix for completion ({0} recommendations) written to {1}</source>
      <translation>待填写的矩阵（{0} 项建议）已写入 {1}</translation>
    </message>
    <message>
      <source>Matrix of {0} recommendations written to {1}</source>
      <translation>包含 {0} 项建议的矩阵已写入 {1}</translation>
    </message>
    <message>
      <source>Mid-term report written to {2} (recommendations: {0}, pages: {1})</source>
      <translation>中期报告已写入 {2}（建议：{0}，页数：{1}）</translation>
    </message>
    <message>
      <source>Nothing to submit</source>
      <translation>没有要提交的内容</translation>
    </message>
    <message>
      <source>Reading {0}</source>
      <translation>正在读取 {0}</translation>
    </message>
    <message>
      <source>Rejected, {0}</source>
      <translation>已拒绝，{0}</translation>
    </message>
    <message>
      <source>Report written</source>
      <translation>报告已写入</translation>
    </message>
    <message>
      <source>Row {0} ({1}): {2}</source>
      <translation>第 {0} 行（{1}）：{2}</translation>
    </message>
    <message numerus="yes">
      <source>Validation pack of {0} (%n recommendation(s)) written to {1}</source>
      <translation>
        <numerusform>{0} 的审核材料（%n 项建议）已写入 {1}</numerusform>
      </translation>
    </message>
    <message>
      <source>Workbook written</source>
      <translation>工作簿已写入</translation>
    </message>
    <message>
      <source>Writing the implementation matrix</source>
      <translation>正在写入落实情况矩阵</translation>
    </message>
    <message>
      <source>Writing the matrix for completion</source>
      <translation>正在写入待填写的矩阵</translation>
    </message>
    <message>
      <source>Writing the mid-term report</source>
      <translation>正在写入中期报告</translation>
    </message>
    <message>
      <source>Writing the reminder letters</source>
      <translation>正在写入提醒函</translation>
    </message>
    <message>
      <source>Writing the validation-meeting pack</source>
      <translation>正在写入审核会议材料</translation>
    </message>
  </context>
  <context>
    <name>ReportOptionsDialog</name>
    <message>
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <source>A letter to each institution listing what is overdue and what falls due soon, ready to print and sign.</source>
      <translation>致每个机构的信函，列出逾期事项和即将到期的事项，可直接打印和签署。</translation>
    </message>
    <message>
      <source>Also what falls due within:</source>
      <translation>另外包括在以下天数内到期的事项：</translation>
    </message>
    <message>
      <source>Choose an institution…</source>
      <translation>选择机构…</translation>
    </message>
    <message>
      <source>Choose the institution whose meeting it is.</source>
      <translation>选择召开会议的机构。</translation>
    </message>
    <message>
      <source>Cluster</source>
      <translation>组</translation>
    </message>
    <message>
      <source>Cover, table of contents, executive summary with key figures and charts, one section per theme or cluster (each recommendation with its institutions, status, accepted progress, actions, indicators and evidence), and the whole matrix in annex.</source>
      <translation>封面、目录、含关键数字和图表的执行摘要、每个主题或组一节（每项建议及其机构、状态、已接受的进展、行动、指标和证明材料），以及附件中的完整矩阵。</translation>
    </message>
    <message>
      <source>Every institution</source>
      <translation>所有机构</translation>
    </message>
    <message>
      <source>Institution:</source>
      <translation>机构：</translation>
    </message>
    <message>
      <source>Language of the headings:</source>
      <translation>标题语言：</translation>
    </message>
    <message>
      <source>Led or supported by:</source>
      <translation>牵头或支持机构：</translation>
    </message>
    <message>
      <source>Letters to:</source>
      <translation>致函对象：</translation>
    </message>
    <message>
      <source>Mid-term report (PDF)</source>
      <translation>中期报告（PDF）</translation>
    </message>
    <message>
      <source>Mid-term report on the implementation of recommendations</source>
      <translation>建议落实情况中期报告</translation>
    </message>
    <message>
      <source>One institution's recommendations with their status and latest accepted progress, a column for the meeting's comments and a signature block.</source>
      <translation>一个机构的建议及其状态和最新接受的进展，一列供会议填写意见，并有签名栏。</translation>
    </message>
    <message>
      <source>One section per:</source>
      <translation>每节按：</translation>
    </message>
    <message>
      <source>Period covered:</source>
      <translation>涵盖期间：</translation>
    </message>
    <message>
      <source>Recommendations:</source>
      <translation>建议：</translation>
    </message>
    <message>
      <source>Reminder letters (PDF)</source>
      <translation>提醒函（PDF）</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>标题：</translation>
    </message>
    <message>
      <source>Validation-meeting pack (PDF)</source>
      <translation>审核会议材料（PDF）</translation>
    </message>
  </context>
  <context>
    <name>ReviewCalendarDialog</name>
    <message>
      <source>Adopted on:</source>
      <translation>通过日期：</translation>
    </message>
    <message>
      <source>Calendar of {0}</source>
      <translation>{0} 的日历</translation>
    </message>
    <message>
      <source>Changing the adoption date proposes the usual rhythm (mid-term report after about 2½ years, next review after about 4½); both dates can then be adjusted.</source>
      <translation>更改通过日期会提出通常的节奏（约2年半后提交中期报告，约4年半后进行下一次审议）；之后两个日期都可以调整。</translation>
    </message>
    <message>
      <source>Mid-term report due:</source>
      <translation>中期报告截止日期：</translation>
    </message>
    <message>
      <source>Next review:</source>
      <translation>下一次审议：</translation>
    </message>
    <message>
      <source>The adoption date is known</source>
      <translation>通过日期已知</translation>
    </message>
  </context>
  <context>
    <name>SavedViewsMixin</name>
    <message>
      <source>A view called “{0}” exists. Replace it?</source>
      <translation>已存在名为“{0}”的视图。是否替换？</translation>
    </message>
    <message>
      <source>All recommendations</source>
      <translation>所有建议</translation>
    </message>
    <message>
      <source>Name of this view (search, filters and sort), e.g. “Health, no lead yet”:</source>
      <translation>此视图的名称（搜索、筛选和排序），例如“卫生，尚无牵头机构”：</translation>
    </message>
    <message>
      <source>Save view</source>
      <translation>保存视图</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>键盘快捷键</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>按键</translation>
    </message>
    <message>
      <source>What</source>
      <translation>功能</translation>
    </message>
  </context>
  <context>
    <name>ShowWordsDialog</name>
    <message>
      <source>I have read them to the focal point</source>
      <translation>我已读给联络人</translation>
    </message>
    <message>
      <source>Twelve words for {0}</source>
      <translation>{0} 的十二个单词</translation>
    </message>
    <message>
      <source>{0} is encrypted: it opens only with these twelve words. Read them to the focal point of {1} by phone — never in the same e-mail or on the same stick as the file. They are not shown again; if they are lost, issue the file again.</source>
      <translation>{0} 已加密：只有用这十二个单词才能打开。请通过电话读给 {1} 的联络人——切勿与文件放在同一封电子邮件或同一个U盘中。它们不会再次显示；如果丢失，请重新发出文件。</translation>
    </message>
  </context>
  <context>
    <name>SideBar</name>
    <message>
      <source>Only symbols: more room for the pages</source>
      <translation>仅显示图标：为页面留出更多空间</translation>
    </message>
    <message>
      <source>Show the names of the pages</source>
      <translation>显示页面名称</translation>
    </message>
  </context>
  <context>
    <name>StackedBars</name>
    <message>
      <source>{0} — {1}: {2} (click to see them)</source>
      <translation>{0} — {1}：{2}（点击查看）</translation>
    </message>
  </context>
  <context>
    <name>TaskRunner</name>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>TrackingPagesMixin</name>
    <message>
      <source>Cannot compare recommendations</source>
      <translation>无法比较建议</translation>
    </message>
    <message>
      <source>Comparing the recommendations (first time only)…</source>
      <translation>正在比较建议（仅第一次）…</translation>
    </message>
    <message>
      <source>Reading the activity</source>
      <translation>正在读取活动记录</translation>
    </message>
    <message>
      <source>Reading the deadlines</source>
      <translation>正在读取截止日期</translation>
    </message>
    <message>
      <source>Reading the plan</source>
      <translation>正在读取计划</translation>
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
      <translation>选择文件…</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>日期：</translation>
    </message>
    <message>
      <source>Note:</source>
      <translation>备注：</translation>
    </message>
    <message>
      <source>Period:</source>
      <translation>期间：</translation>
    </message>
    <message>
      <source>Period: say which period the value is for.</source>
      <translation>期间：请说明该数值所属的期间。</translation>
    </message>
    <message>
      <source>Source document:</source>
      <translation>来源文件：</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>数值</translation>
    </message>
    <message>
      <source>Value of “{0}”</source>
      <translation>“{0}”的数值</translation>
    </message>
    <message>
      <source>Value:</source>
      <translation>数值：</translation>
    </message>
    <message>
      <source>Where the figure comes from, anything unusual</source>
      <translation>数字的来源，任何不寻常之处</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
  </context>
  <context>
    <name>VocabulariesPage</name>
    <message>
      <source>Add spelling…</source>
      <translation>添加写法…</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>添加…</translation>
    </message>
    <message>
      <source>Affected persons</source>
      <translation>受影响人群</translation>
    </message>
    <message>
      <source>Another way documents write this State's name, so imports recognise it</source>
      <translation>文件中该国名称的另一种写法，以便导入时识别</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>日历</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Each review's adoption date gives its calendar: the mid-term report about 2½ years later, the next review about 4½ years later (Edit… to adjust). The dates appear in the Calendar as deadlines.</source>
      <translation>每次审议的通过日期决定其日历：约2年半后提交中期报告，约4年半后进行下一次审议（用“编辑…”调整）。这些日期作为截止日期显示在日历中。</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Groups of persons recommendations are about.</source>
      <translation>建议所涉及的人群。</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Mechanisms</source>
      <translation>机制</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Other spellings</source>
      <translation>其他写法</translation>
    </message>
    <message>
      <source>Recommendations</source>
      <translation>建议</translation>
    </message>
    <message>
      <source>Reference data</source>
      <translation>参考数据</translation>
    </message>
    <message>
      <source>Remove spelling…</source>
      <translation>移除写法…</translation>
    </message>
    <message>
      <source>Reviews</source>
      <translation>审议</translation>
    </message>
    <message>
      <source>Reviews and their calendar</source>
      <translation>审议及其日历</translation>
    </message>
    <message>
      <source>Scheme</source>
      <translation>分类体系</translation>
    </message>
    <message>
      <source>States and their spellings</source>
      <translation>国家及其名称写法</translation>
    </message>
    <message>
      <source>Still used: rename it instead</source>
      <translation>仍在使用：请改为重命名</translation>
    </message>
    <message>
      <source>The UHRI themes ship with the application; themes of UPR Info exports and your own are added here or by imports.</source>
      <translation>世界人权索引的主题随应用提供；UPR Info 导出的主题和您自己的主题在此处或通过导入添加。</translation>
    </message>
    <message>
      <source>The UN member and observer States. Add the spellings your documents use (e.g. “Lao PDR”) so that imports recognise them.</source>
      <translation>联合国会员国和观察员国。添加您文件中使用的写法（例如“Lao PDR”），以便导入时识别。</translation>
    </message>
    <message>
      <source>The UPR, treaty bodies, special procedures and regional mechanisms.</source>
      <translation>普遍定期审议、条约机构、特别程序和区域机制。</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>Type to narrow the list</source>
      <translation>输入文字以缩小列表</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>A complete example about a fictional State, to see how the follow-up works before entering real data. Changes stay in the demo file.</source>
      <translation>关于一个虚构国家的完整示例，可在输入真实数据之前了解跟进工作如何进行。更改保留在演示文件中。</translation>
    </message>
    <message>
      <source>Continue with a database kept on this computer or on a USB stick.</source>
      <translation>继续使用保存在本计算机或U盘上的数据库。</translation>
    </message>
    <message>
      <source>Explore the demo</source>
      <translation>浏览演示</translation>
    </message>
    <message>
      <source>Focal point: a file from the secretariat</source>
      <translation>协调人：秘书处的文件</translation>
    </message>
    <message>
      <source>Follow up the recommendations your State received from the Universal Periodic Review, the treaty bodies and the special procedures: who does what, by when, and how far it has gone. Everything stays on this computer and works offline.</source>
      <translation>跟进您的国家从普遍定期审议、条约机构和特别程序收到的建议：谁做什么、何时完成、进展如何。所有内容都保留在本计算机上并可离线工作。</translation>
    </message>
    <message>
      <source>For a ministry's focal point who received a file (.nmrf) from the secretariat by USB stick or e-mail: it becomes your working copy, with your institution's recommendations.</source>
      <translation>供通过U盘或电子邮件从秘书处收到文件（.nmrf）的部委协调人使用：它将成为您的工作副本，包含您所在机构的建议。</translation>
    </message>
    <message>
      <source>For the secretariat of the national mechanism: choose the State and list the institutions; recommendations are imported afterwards.</source>
      <translation>供国家机制秘书处使用：选择国家并列出各机构；建议随后导入。</translation>
    </message>
    <message>
      <source>Open a database file…</source>
      <translation>打开数据库文件…</translation>
    </message>
    <message>
      <source>Open an existing database</source>
      <translation>打开现有数据库</translation>
    </message>
    <message>
      <source>Open the secretariat's file…</source>
      <translation>打开秘书处的文件…</translation>
    </message>
    <message>
      <source>Recently opened</source>
      <translation>最近打开</translation>
    </message>
    <message>
      <source>Secretariat: start a new database</source>
      <translation>秘书处：新建数据库</translation>
    </message>
    <message>
      <source>Start a new database…</source>
      <translation>新建数据库…</translation>
    </message>
    <message>
      <source>Welcome to NMRF Tracker</source>
      <translation>欢迎使用 NMRF Tracker</translation>
    </message>
  </context>
  <context>
    <name>_FilePage</name>
    <message>
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>文件：</translation>
    </message>
    <message>
      <source>Keep it on this computer's disk (not on a USB stick) and back it up regularly with File &gt; Back up now.</source>
      <translation>请将其保存在本计算机的磁盘上（而不是U盘上），并经常通过“文件 &gt; 立即备份”进行备份。</translation>
    </message>
    <message>
      <source>This file already exists; choose another name.</source>
      <translation>此文件已存在；请选择其他名称。</translation>
    </message>
    <message>
      <source>Where to keep the database</source>
      <translation>数据库保存位置</translation>
    </message>
    <message>
      <source>{0} cannot be written by this account (or is on read-only media); choose a folder of your own, such as Documents.</source>
      <translation>此帐户无法写入 {0}（或其位于只读介质上）；请选择您自己的文件夹，例如“文档”。</translation>
    </message>
  </context>
  <context>
    <name>_FilesPage</name>
    <message>
      <source>(as the file says)</source>
      <translation>（按文件所述）</translation>
    </message>
    <message>
      <source>Add files…</source>
      <translation>添加文件…</translation>
    </message>
    <message>
      <source>Files to import</source>
      <translation>要导入的文件</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <source>OHCHR matrices (.docx), UPR Info and UHRI exports, and your own tables (.csv, .xlsx). The same recommendation from two sources becomes one; importing a file again changes nothing.</source>
      <translation>人权高专办矩阵（.docx）、UPR Info 和世界人权索引的导出，以及您自己的表格（.csv、.xlsx）。来自两个来源的同一建议会合并为一项；再次导入同一文件不会有任何更改。</translation>
    </message>
    <message>
      <source>Only if the file does not say it</source>
      <translation>仅在文件未说明时</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <source>Report symbol:</source>
      <translation>报告文号：</translation>
    </message>
    <message>
      <source>Session:</source>
      <translation>届会：</translation>
    </message>
    <message>
      <source>State under review:</source>
      <translation>受审议国：</translation>
    </message>
    <message>
      <source>UPR cycle:</source>
      <translation>普遍定期审议周期：</translation>
    </message>
    <message>
      <source>Year:</source>
      <translation>年份：</translation>
    </message>
    <message>
      <source>e.g. A/HRC/40/6</source>
      <translation>例如：A/HRC/40/6</translation>
    </message>
  </context>
  <context>
    <name>_Form</name>
    <message>
      <source>{0}: a number is needed.</source>
      <translation>{0}：需要一个数字。</translation>
    </message>
    <message>
      <source>{0}: “{1}” is not a number.</source>
      <translation>{0}：“{1}”不是数字。</translation>
    </message>
  </context>
  <context>
    <name>_InstitutionsPage</name>
    <message>
      <source>Institutions</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>Ministries and other institutions:</source>
      <translation>部委和其他机构：</translation>
    </message>
    <message>
      <source>National mechanism secretariat</source>
      <translation>国家机制秘书处</translation>
    </message>
    <message>
      <source>One institution a line: a short code, a comma, then its name (for example: MOJ, Ministry of Justice).</source>
      <translation>每行一个机构：简短代码、逗号，然后是名称（例如：MOJ, 司法部）。</translation>
    </message>
    <message>
      <source>Secretariat name:</source>
      <translation>秘书处名称：</translation>
    </message>
    <message>
      <source>Secretariat name: please give it a name.</source>
      <translation>秘书处名称：请填写名称。</translation>
    </message>
  </context>
  <context>
    <name>_RunPage</name>
    <message>
      <source>A dry run: nothing has been written yet.</source>
      <translation>试运行：尚未写入任何内容。</translation>
    </message>
    <message>
      <source>Dry run finished.</source>
      <translation>试运行已完成。</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <source>Import the similar texts not ticked “same?” as new recommendations (instead of leaving them out)</source>
      <translation>将未勾选“相同？”的相似文本作为新建议导入（而不是排除）</translation>
    </message>
    <message>
      <source>Import the valid rows even though some rows are rejected</source>
      <translation>即使部分行被拒绝，也导入有效的行</translation>
    </message>
    <message>
      <source>Imported. The register now shows the new recommendations.</source>
      <translation>已导入。登记册现在显示新建议。</translation>
    </message>
    <message>
      <source>Nothing was imported: some rows are rejected.</source>
      <translation>未导入任何内容：部分行被拒绝。</translation>
    </message>
    <message>
      <source>Run the dry run again</source>
      <translation>再次试运行</translation>
    </message>
    <message>
      <source>What the import would do</source>
      <translation>导入将会做什么</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>正在处理…</translation>
    </message>
  </context>
  <context>
    <name>_StatePage</name>
    <message>
      <source>State under review</source>
      <translation>受审议国</translation>
    </message>
    <message>
      <source>State under review:</source>
      <translation>受审议国：</translation>
    </message>
    <message>
      <source>The State under review. Type to search by name.</source>
      <translation>受审议国。输入名称进行搜索。</translation>
    </message>
    <message>
      <source>Title (optional):</source>
      <translation>标题（可选）：</translation>
    </message>
    <message>
      <source>Which State does this database follow up?</source>
      <translation>此数据库跟进哪个国家？</translation>
    </message>
    <message>
      <source>e.g. National recommendations tracker 2025–2030</source>
      <translation>例如：国家建议跟进系统 2025–2030</translation>
    </message>
  </context>
  <context>
    <name>_SummaryView</name>
    <message>
      <source>&lt;b&gt;First rows:&lt;/b&gt;</source>
      <translation>&lt;b&gt;前几行：&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Found:&lt;/b&gt; {0}</source>
      <translation>&lt;b&gt;发现：&lt;/b&gt;{0}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Left out, not recommendations:&lt;/b&gt; {0}</source>
      <translation>&lt;b&gt;已略去（不是建议）：&lt;/b&gt;{0}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Read as:&lt;/b&gt; {0}</source>
      <translation>&lt;b&gt;读取编码：&lt;/b&gt;{0}</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Recommendations: &lt;b&gt;{0:,}&lt;/b&gt; new, &lt;b&gt;{1:,}&lt;/b&gt; updated, &lt;b&gt;{2:,}&lt;/b&gt; unchanged. New reviews: {3:,}. Rows rejected: &lt;b&gt;{4:,}&lt;/b&gt;. Similar texts to confirm: &lt;b&gt;{5:,}&lt;/b&gt;.</source>
      <translation>建议：新增 &lt;b&gt;{0:,}&lt;/b&gt;，更新 &lt;b&gt;{1:,}&lt;/b&gt;，未更改 &lt;b&gt;{2:,}&lt;/b&gt;。新审议：{3:,}。被拒绝的行：&lt;b&gt;{4:,}&lt;/b&gt;。待确认的相似文本：&lt;b&gt;{5:,}&lt;/b&gt;。</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>行</translation>
    </message>
    <message>
      <source>These files are about {0}, not the State this database follows; check that they are the right ones before importing.</source>
      <translation>这些文件涉及 {0}，而不是此数据库跟进的国家；导入前请确认文件是否正确。</translation>
    </message>
    <message>
      <source>What is wrong / what to confirm</source>
      <translation>问题 / 待确认内容</translation>
    </message>
    <message>
      <source>an existing recommendation</source>
      <translation>一项现有建议</translation>
    </message>
    <message numerus="yes">
      <source>and %n other review(s)</source>
      <translation>
        <numerusform>以及另外 %n 次审议</numerusform>
      </translation>
    </message>
    <message>
      <source>same?</source>
      <translation>相同？</translation>
    </message>
    <message>
      <source>{0:.1%} like {1}: “{2}” — tick “same?” to merge it, else it is left out</source>
      <translation>与 {1} 的相似度 {0:.1%}：“{2}” — 勾选“相同？”以合并，否则将被排除</translation>
    </message>
    <message numerus="yes">
      <source>{0} (%n rows)</source>
      <translation>
        <numerusform>{0}（%n 行）</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{0}: %n recommendation(s)</source>
      <translation>
        <numerusform>{0}：%n 项建议</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>_ValueChooser</name>
    <message>
      <source>(leave these rows rejected)</source>
      <translation>（这些行仍予拒绝）</translation>
    </message>
    <message>
      <source>Then run the dry run again.</source>
      <translation>然后再次试运行。</translation>
    </message>
    <message>
      <source>Words this database does not know</source>
      <translation>本数据库不认识的用词</translation>
    </message>
    <message numerus="yes">
      <source>“{0}” ({1}, %n row(s)) means:</source>
      <translation>
        <numerusform>“{0}”（{1}，%n 行）的意思是：</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>add_language_menu</name>
    <message>
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <source>As the system ({0})</source>
      <translation>跟随系统（{0}）</translation>
    </message>
  </context>
  <context>
    <name>field_labels</name>
    <message>
      <source>Action category (1–5)</source>
      <translation>行动类别（1–5）</translation>
    </message>
    <message>
      <source>Affected persons</source>
      <translation>受影响人群</translation>
    </message>
    <message>
      <source>Document symbol</source>
      <translation>文件编号</translation>
    </message>
    <message>
      <source>Mechanism</source>
      <translation>机制</translation>
    </message>
    <message>
      <source>Paragraph / reference</source>
      <translation>段落 / 编号</translation>
    </message>
    <message>
      <source>Position / response</source>
      <translation>立场 / 答复</translation>
    </message>
    <message>
      <source>Recommendation text (required)</source>
      <translation>建议文本（必填）</translation>
    </message>
    <message>
      <source>Recommending States</source>
      <translation>提出建议的国家</translation>
    </message>
    <message>
      <source>SDG goals</source>
      <translation>可持续发展目标</translation>
    </message>
    <message>
      <source>SDG targets</source>
      <translation>可持续发展目标具体目标</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>届会</translation>
    </message>
    <message>
      <source>Source of position</source>
      <translation>立场来源</translation>
    </message>
    <message>
      <source>Special procedure</source>
      <translation>特别程序</translation>
    </message>
    <message>
      <source>State under review</source>
      <translation>受审议国</translation>
    </message>
    <message>
      <source>The source's own identifier</source>
      <translation>来源自身的标识符</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>Treaty body</source>
      <translation>条约机构</translation>
    </message>
    <message>
      <source>Type (rows not of a recommendation are left out)</source>
      <translation>类型（不是建议的行会被略去）</translation>
    </message>
    <message>
      <source>UPR cycle</source>
      <translation>普遍定期审议周期</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年份</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>A new key of the secretariat</source>
      <translation>秘书处的新密钥</translation>
    </message>
    <message>
      <source>Attach evidence</source>
      <translation>附加证明材料</translation>
    </message>
    <message>
      <source>Back up the database to</source>
      <translation>将数据库备份到</translation>
    </message>
    <message>
      <source>Choose files to import</source>
      <translation>选择要导入的文件</translation>
    </message>
    <message>
      <source>Choose the ministries' files</source>
      <translation>选择各部委的文件</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Column mapping (*.json)</source>
      <translation>列映射（*.json）</translation>
    </message>
    <message>
      <source>Confirm before consolidating</source>
      <translation>合并前确认</translation>
    </message>
    <message>
      <source>Evidence (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx *.pptx *.odt *.ods *.txt *.csv);;All files (*)</source>
      <translation>证明材料 (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx *.pptx *.odt *.ods *.txt *.csv);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Exchange files (*.nmrf)</source>
      <translation>交换文件 (*.nmrf)</translation>
    </message>
    <message>
      <source>Exchange files (*.nmrf);;All files (*)</source>
      <translation>交换文件 (*.nmrf);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Exchange files (*.nmrf);;Whole databases mailed instead (*.db);;All files (*)</source>
      <translation>交换文件 (*.nmrf);;改为发送的完整数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Import a completed matrix</source>
      <translation>导入已填写的矩阵</translation>
    </message>
    <message>
      <source>Key backups (*.nmrfkey)</source>
      <translation>密钥备份 (*.nmrfkey)</translation>
    </message>
    <message>
      <source>Key backups (*.nmrfkey);;All files (*)</source>
      <translation>密钥备份 (*.nmrfkey);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Load a column mapping</source>
      <translation>加载列映射</translation>
    </message>
    <message>
      <source>NMRF Tracker database (*.db *.nmrf);;All files (*)</source>
      <translation>NMRF Tracker 数据库 (*.db *.nmrf);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <source>Open a database</source>
      <translation>打开数据库</translation>
    </message>
    <message>
      <source>Open a file from the secretariat</source>
      <translation>打开秘书处的文件</translation>
    </message>
    <message>
      <source>Open a key backup</source>
      <translation>打开密钥备份</translation>
    </message>
    <message>
      <source>PDF document (*.pdf)</source>
      <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <source>Recommendations (*.docx *.csv *.xlsx);;OHCHR matrix (*.docx);;UPR Info or UHRI export, other tables (*.csv *.xlsx)</source>
      <translation>建议 (*.docx *.csv *.xlsx);;人权高专办矩阵 (*.docx);;UPR Info 或世界人权索引导出、其他表格 (*.csv *.xlsx)</translation>
    </message>
    <message>
      <source>Save the column mapping</source>
      <translation>保存列映射</translation>
    </message>
    <message>
      <source>Save the exchange file</source>
      <translation>保存交换文件</translation>
    </message>
    <message>
      <source>Save the implementation matrix</source>
      <translation>保存落实情况矩阵</translation>
    </message>
    <message>
      <source>Save the key backup</source>
      <translation>保存密钥备份</translation>
    </message>
    <message>
      <source>Save the new database as</source>
      <translation>将新数据库另存为</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>保存报告</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>在文件夹中显示</translation>
    </message>
    <message>
      <source>{0} comes from a device of {1} that is not registered here (seen for the first time, or revoked). Its key fingerprint is

{2}

Read it to the focal point (by phone, not by e-mail) and register the device only if it matches theirs.</source>
      <translation>{0} 来自 {1} 的一台未在此登记的设备（首次出现或已撤销）。其密钥指纹为

{2}

请（通过电话而不是电子邮件）向协调人读出该指纹，只有与其一致时才登记该设备。</translation>
    </message>
    <message>
      <source>{0} is a whole database of {1}, not a signed exchange file: its changes are unsigned and anyone could have made it. Apply them only if you have confirmed with the focal point that they sent it.</source>
      <translation>{0} 是 {1} 的完整数据库，而不是已签名的交换文件：其更改未签名，任何人都可能制作它。只有在与协调人确认是他们发送的之后才应用这些更改。</translation>
    </message>
    <message>
      <source>{0} is signed by a new key of the secretariat, fingerprint

{1}

The secretariat replaces its key only when the old one was lost or copied. Call the secretariat (not by e-mail), read this fingerprint to them, and accept the new key only if it matches theirs. Otherwise, do not open the file.</source>
      <translation>{0} 由秘书处的新密钥签名，指纹为

{1}

秘书处只有在旧密钥丢失或被复制时才会更换密钥。请致电秘书处（不要用电子邮件），向他们读出此指纹，只有与他们的一致时才接受新密钥。否则请不要打开该文件。</translation>
    </message>
  </context>
  <context>
    <name>print_pdf</name>
    <message>
      <source>Print {0}</source>
      <translation>打印 {0}</translation>
    </message>
  </context>
  <context>
    <name>role_labels</name>
    <message>
      <source>Focal point of a ministry</source>
      <translation>部委协调人</translation>
    </message>
    <message>
      <source>Reader (no changes)</source>
      <translation>读者（不可更改）</translation>
    </message>
    <message>
      <source>Secretariat</source>
      <translation>秘书处</translation>
    </message>
    <message>
      <source>Validating authority of a ministry</source>
      <translation>部委审核机构</translation>
    </message>
  </context>
  <context>
    <name>scope_fields</name>
    <message>
      <source>Every recommendation</source>
      <translation>所有建议</translation>
    </message>
    <message>
      <source>What the register shows now (search and filters)</source>
      <translation>登记册当前显示的内容（搜索和筛选）</translation>
    </message>
  </context>
  <context>
    <name>switch_language</name>
    <message>
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>Wait until the work in progress has finished, then choose the language again.</source>
      <translation>请等待当前工作完成，然后再次选择语言。</translation>
    </message>
  </context>
</TS>
