<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>ActivityPage</name>
    <message numerus="yes">
      <source>Activity (%n change(s) shown, newest first)</source>
      <translation>
        <numerusform>Activity (%n change shown, newest first)</numerusform>
        <numerusform>Activity (%n changes shown, newest first)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message numerus="yes">
      <source>%n backup(s) of this database. The backups folder takes {0} in all.</source>
      <translation>
        <numerusform>%n backup of this database. The backups folder takes {0} in all.</numerusform>
        <numerusform>%n backups of this database. The backups folder takes {0} in all.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ClustersDialog</name>
    <message numerus="yes">
      <source>{0}  —  %n recommendation(s)</source>
      <translation>
        <numerusform>{0}  —  %n recommendation</numerusform>
        <numerusform>{0}  —  %n recommendations</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExchangeCommandsMixin</name>
    <message numerus="yes">
      <source>%n change(s)</source>
      <translation>
        <numerusform>%n change</numerusform>
        <numerusform>%n changes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n evidence file(s)</source>
      <translation>
        <numerusform>%n evidence file</numerusform>
        <numerusform>%n evidence files</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Warning: %n row(s) were changed outside NMRF Tracker (with another program) and left out of this file. Make those changes again in the application:</source>
      <translation>
        <numerusform>Warning: %n row was changed outside NMRF Tracker (with another program) and left out of this file. Make those changes again in the application:</numerusform>
        <numerusform>Warning: %n rows were changed outside NMRF Tracker (with another program) and left out of this file. Make those changes again in the application:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExchangePage</name>
    <message numerus="yes">
      <source>%n change(s) wait to be sent; the secretariat has acknowledged your changes up to number {0}. A file always carries everything not yet acknowledged, so a lost USB stick costs nothing.</source>
      <translation>
        <numerusform>%n change waits to be sent; the secretariat has acknowledged your changes up to number {0}. A file always carries everything not yet acknowledged, so a lost USB stick costs nothing.</numerusform>
        <numerusform>%n changes wait to be sent; the secretariat has acknowledged your changes up to number {0}. A file always carries everything not yet acknowledged, so a lost USB stick costs nothing.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PlanCommands</name>
    <message numerus="yes">
      <source>%n evidence file(s) attached.</source>
      <translation>
        <numerusform>%n evidence file attached.</numerusform>
        <numerusform>%n evidence files attached.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Attach %n file(s)</source>
      <translation>
        <numerusform>Attach %n file</numerusform>
        <numerusform>Attach %n files</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RecommendationsPage</name>
    <message numerus="yes">
      <source>%n selected (only the secretariat edits the register)</source>
      <translation>
        <numerusform>%n selected (only the secretariat edits the register)</numerusform>
        <numerusform>%n selected (only the secretariat edits the register)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n selected:</source>
      <translation>
        <numerusform>%n selected:</numerusform>
        <numerusform>%n selected:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RegisterActions</name>
    <message numerus="yes">
      <source>%n recommendation(s)</source>
      <translation>
        <numerusform>%n recommendation</numerusform>
        <numerusform>%n recommendations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n recommendation(s) changed</source>
      <translation>
        <numerusform>%n recommendation changed</numerusform>
        <numerusform>%n recommendations changed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n recommendation(s) moved into “{0}”.</source>
      <translation>
        <numerusform>%n recommendation moved into “{0}”.</numerusform>
        <numerusform>%n recommendations moved into “{0}”.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Add %n recommendation(s) to a cluster</source>
      <translation>
        <numerusform>Add %n recommendation to a cluster</numerusform>
        <numerusform>Add %n recommendations to a cluster</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Add SDG target {0} to %n recommendation(s)</source>
      <translation>
        <numerusform>Add SDG target {0} to %n recommendation</numerusform>
        <numerusform>Add SDG target {0} to %n recommendations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Add supporting {0} on %n recommendation(s)</source>
      <translation>
        <numerusform>Add supporting {0} on %n recommendation</numerusform>
        <numerusform>Add supporting {0} on %n recommendations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Add theme to %n recommendation(s)</source>
      <translation>
        <numerusform>Add theme to %n recommendation</numerusform>
        <numerusform>Add theme to %n recommendations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Cluster for the %n selected recommendation(s).</source>
      <translation>
        <numerusform>Cluster for the %n selected recommendation.</numerusform>
        <numerusform>Cluster for the %n selected recommendations.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Create cluster “{0}” with %n recommendation(s)</source>
      <translation>
        <numerusform>Create cluster “{0}” with %n recommendation</numerusform>
        <numerusform>Create cluster “{0}” with %n recommendations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Delete the cluster “{0}”? Its %n recommendation(s) stay in the register; only the grouping goes. Edit &gt; Undo brings it back.</source>
      <translation>
        <numerusform>Delete the cluster “{0}”? Its %n recommendation stays in the register; only the grouping goes. Edit &gt; Undo brings it back.</numerusform>
        <numerusform>Delete the cluster “{0}”? Its %n recommendations stay in the register; only the grouping goes. Edit &gt; Undo brings it back.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Lead institution for the %n selected recommendation(s). A previous lead steps down; a supporting institution made lead stops supporting.</source>
      <translation>
        <numerusform>Lead institution for the %n selected recommendation. A previous lead steps down; a supporting institution made lead stops supporting.</numerusform>
        <numerusform>Lead institution for the %n selected recommendations. A previous lead steps down; a supporting institution made lead stops supporting.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Merge %n cluster(s) into “{0}”</source>
      <translation>
        <numerusform>Merge %n cluster into “{0}”</numerusform>
        <numerusform>Merge %n clusters into “{0}”</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Priority of the %n selected recommendation(s).</source>
      <translation>
        <numerusform>Priority of the %n selected recommendation.</numerusform>
        <numerusform>Priority of the %n selected recommendations.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>SDG target to add to the %n selected recommendation(s).</source>
      <translation>
        <numerusform>SDG target to add to the %n selected recommendation.</numerusform>
        <numerusform>SDG target to add to the %n selected recommendations.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Set lead {0} on %n recommendation(s)</source>
      <translation>
        <numerusform>Set lead {0} on %n recommendation</numerusform>
        <numerusform>Set lead {0} on %n recommendations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Set priority {0} on %n recommendation(s)</source>
      <translation>
        <numerusform>Set priority {0} on %n recommendation</numerusform>
        <numerusform>Set priority {0} on %n recommendations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Supporting institution for the %n selected recommendation(s).</source>
      <translation>
        <numerusform>Supporting institution for the %n selected recommendation.</numerusform>
        <numerusform>Supporting institution for the %n selected recommendations.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Theme to add to the %n selected recommendation(s).</source>
      <translation>
        <numerusform>Theme to add to the %n selected recommendation.</numerusform>
        <numerusform>Theme to add to the %n selected recommendations.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{0} (%n recommendation(s))</source>
      <translation>
        <numerusform>{0} (%n recommendation)</numerusform>
        <numerusform>{0} (%n recommendations)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReportCommandsMixin</name>
    <message numerus="yes">
      <source>%n assignment change(s):</source>
      <translation>
        <numerusform>%n assignment change:</numerusform>
        <numerusform>%n assignment changes:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n progress report(s) to submit for {0}.</source>
      <translation>
        <numerusform>%n progress report to submit for {0}.</numerusform>
        <numerusform>%n progress reports to submit for {0}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n reminder letter(s) ({0} overdue, {1} due soon) written to {2}</source>
      <translation>
        <numerusform>%n reminder letter ({0} overdue, {1} due soon) written to {2}</numerusform>
        <numerusform>%n reminder letters ({0} overdue, {1} due soon) written to {2}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) applied (progress reports submitted, assignments changed).</source>
      <translation>
        <numerusform>%n row applied (progress reports submitted, assignments changed).</numerusform>
        <numerusform>%n rows applied (progress reports submitted, assignments changed).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) were rejected. Import the other rows on their own?</source>
      <translation>
        <numerusform>%n row was rejected. Import the other rows on their own?</numerusform>
        <numerusform>%n rows were rejected. Import the other rows on their own?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Validation pack of {0} (%n recommendation(s)) written to {1}</source>
      <translation>
        <numerusform>Validation pack of {0} (%n recommendation) written to {1}</numerusform>
        <numerusform>Validation pack of {0} (%n recommendations) written to {1}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>_SummaryView</name>
    <message numerus="yes">
      <source>and %n other review(s)</source>
      <translation>
        <numerusform>and %n other review</numerusform>
        <numerusform>and %n other reviews</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{0} (%n rows)</source>
      <translation>
        <numerusform>{0} (%n rows)</numerusform>
        <numerusform>{0} (%n rows)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{0}: %n recommendation(s)</source>
      <translation>
        <numerusform>{0}: %n recommendation</numerusform>
        <numerusform>{0}: %n recommendations</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>_ValueChooser</name>
    <message numerus="yes">
      <source>“{0}” ({1}, %n row(s)) means:</source>
      <translation>
        <numerusform>“{0}” ({1}, %n row) means:</numerusform>
        <numerusform>“{0}” ({1}, %n rows) means:</numerusform>
      </translation>
    </message>
  </context>
</TS>
