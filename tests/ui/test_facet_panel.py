"""The filter panel: long groups open closed and get their values when opened."""

from PySide6.QtCore import Qt

from app.services.facets import NO_LEAD, Facet, FacetCount, Selection
from app.ui.widgets.facet_panel import COLLAPSED_ABOVE, FacetPanel


def group_of(panel, facet):
    for index in range(panel.tree.topLevelItemCount()):
        group = panel.tree.topLevelItem(index)
        if group.text(0).startswith(panel.titles()[facet]):
            return group
    raise KeyError(facet)


def shown(group):
    return [(child.text(0), child.text(1), child.checkState(0) == Qt.CheckState.Checked)
            for child in (group.child(row) for row in range(group.childCount()))]


REVIEWS = [FacetCount(f"review-{n}", f"UPR review {n}", 100 - n) for n in range(40)]


def counts():
    return {Facet.MECHANISM: [FacetCount("UPR", "UPR", 1200, "Universal Periodic Review"),
                              FacetCount("CRC", "CRC", 300, "Committee on the Rights of the "
                                         "Child")],
            Facet.REVIEW: REVIEWS,
            Facet.LEAD: [FacetCount(NO_LEAD, "", 900)]}


def test_a_long_group_is_closed_and_gets_its_values_when_opened(qtbot):
    assert len(REVIEWS) > COLLAPSED_ABOVE
    panel = FacetPanel()
    qtbot.addWidget(panel)
    panel.show_counts(counts(), Selection())
    mechanism, reviews = group_of(panel, Facet.MECHANISM), group_of(panel, Facet.REVIEW)
    assert mechanism.isExpanded() and shown(mechanism) == [("UPR", "1,200", False),
                                                           ("CRC", "300", False)]
    assert mechanism.child(0).toolTip(0) == "UPR — Universal Periodic Review"
    assert shown(group_of(panel, Facet.LEAD)) == [("(no lead institution yet)", "900", False)]
    assert not reviews.isExpanded() and reviews.childCount() == 0, "made only when opened"
    assert reviews.childIndicatorPolicy() == reviews.ChildIndicatorPolicy.ShowIndicator

    reviews.setExpanded(True)  # the person opens the group
    assert len(shown(reviews)) == 40 and shown(reviews)[0] == ("UPR review 0", "100", False)
    with qtbot.waitSignal(panel.selection_changed) as ticked:
        reviews.child(3).setCheckState(0, Qt.CheckState.Checked)
    assert ticked.args[0] == Selection.of(review=["review-3"])

    # The next search keeps the group open, with its values made at once, ticks kept.
    panel.show_counts(counts(), ticked.args[0])
    reviews = group_of(panel, Facet.REVIEW)
    assert reviews.text(0) == "Review / cycle  (1)" and reviews.isExpanded()
    assert shown(reviews)[3] == ("UPR review 3", "97", True)


def test_a_value_of_a_closed_group_can_be_ticked_from_elsewhere(qtbot):
    panel = FacetPanel()
    qtbot.addWidget(panel)
    panel.show_counts(counts(), Selection())
    with qtbot.waitSignal(panel.selection_changed) as ticked:
        panel.set_checked(Facet.REVIEW, "review-7")  # "show this review" from another page
    assert ticked.args[0] == Selection.of(review=["review-7"])
    assert shown(group_of(panel, Facet.REVIEW))[7][2]
