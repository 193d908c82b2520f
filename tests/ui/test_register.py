"""The register driven as the secretariat would: facets, bulk edits, clusters, undo, views,
the table models, the detail pane and the marks of a search."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.db.lifecycle import open_database
from app.models import Recommendation
from app.services import clusters, register
from app.services.facets import NO_LEAD, Facet, Selection
from app.services.reference import find_state
from app.services.register_reader import RegisterReader
from app.settings import Settings
from app.ui.dialogs.choose import ChooseDialog
from app.ui.dialogs.clusters import ClustersDialog
from app.ui.qt_models.recommendations import (
    ID_ROLE,
    SORT_ROLE,
    Column,
    RecommendationTableModel,
)
from app.ui.register_actions import NEW_CLUSTER
from app.ui.widgets.history_table import field_rows
from tests.conftest import AUTHOR
from tests.ui.conftest import wait_for_database
from tests.ui.window_helpers import (
    facet_count,
    institution_id,
    leads,
    open_demo,
    select_rows,
)


def test_ticking_facets_combines_them_with_the_search(qtbot, window, demo_path):
    page = open_demo(qtbot, window, demo_path)
    total = page.model.rowCount()
    upr = facet_count(page, Facet.MECHANISM, "UPR")
    page.facets.set_checked(Facet.MECHANISM, "UPR")
    # The facet panel and the search box wait for a pause before filtering.
    qtbot.waitUntil(lambda: page.model.rowCount() == upr, timeout=5_000)
    assert page.heading.text() == f"Recommendations ({upr} of {total})"
    # Counts in the other facets now count within UPR; ticking one narrows further.
    no_lead = facet_count(page, Facet.LEAD, NO_LEAD)
    assert 0 < no_lead < upr
    page.facets.set_checked(Facet.LEAD, NO_LEAD)
    qtbot.waitUntil(lambda: page.model.rowCount() == no_lead, timeout=5_000)
    page.search.setText("ratif")
    page.apply_search()
    with window.db.read() as session:
        for row in range(page.model.rowCount()):
            rec = session.get(Recommendation, page.model.recommendation_id(row))
            assert "ratif" in rec.text.casefold()
    assert leads(window, [page.model.recommendation_id(r)
                          for r in range(page.model.rowCount())]) == {}
    page.search.setText("zzzz")
    page.apply_search()
    assert page.body.currentWidget() is page.no_match
    assert "with the filters ticked" in page.no_match.text()
    page.search.clear()
    page.facets.clear_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == total, timeout=5_000)


def test_bulk_set_lead_then_undo(qtbot, window, demo_path, monkeypatch):
    page = open_demo(qtbot, window, demo_path)
    page.facets.set_checked(Facet.LEAD, NO_LEAD)
    # The facet panel and the search box wait for a pause before filtering.
    qtbot.waitUntil(lambda: page.model.selection == Selection.of(lead=[NO_LEAD]), timeout=5_000)
    before = page.model.rowCount()
    chosen = select_rows(page, [0, 1, 2])
    assert page.selection_label.text() == "3 selected:"
    moj = institution_id(window, "MOJ")
    offered = []
    monkeypatch.setattr(window.register_actions, "choose",
                        lambda title, prompt, items, extra=None: offered.extend(items) or moj)
    window.edit_actions["lead"].trigger()
    assert window.undo_action.isEnabled()
    assert any(label.startswith("MOJ — ") for _, label in offered)
    assert leads(window, chosen) == dict.fromkeys(chosen, "MOJ")
    # The filter still applies: the three now have a lead and leave the "no lead" list.
    assert page.model.rowCount() == before - 3
    assert "3 recommendations changed" in window.statusBar().currentMessage()
    assert window.undo_action.text().startswith("&Undo: Set lead MOJ on 3")

    window.undo_action.trigger()
    assert page.model.rowCount() == before
    assert leads(window, chosen) == {}
    assert not window.undo_action.isEnabled()


def test_add_to_a_new_cluster_and_manage_clusters(qtbot, window, demo_path, monkeypatch,
                                                  message_log):
    page = open_demo(qtbot, window, demo_path)
    chosen = select_rows(page, [3, 4, 5, 6])
    actions = window.register_actions
    monkeypatch.setattr(actions, "choose", lambda *args, **kwargs: NEW_CLUSTER)
    monkeypatch.setattr(actions, "ask_text", lambda *args, **kwargs: "Water and sanitation")
    page.request_edit("cluster")
    assert bool(actions.undo_steps)
    with window.db.read() as session:
        listed = {name: (cid, count) for cid, name, count in clusters.cluster_list(session)}
    water_id, count = listed["Water and sanitation"]
    assert count == 4

    with window.db.read() as session:
        union = set(clusters.member_ids(session, water_id)) | set(
            clusters.member_ids(session, listed["Children's rights"][0]))
    dialog = window.show_clusters()
    assert isinstance(dialog, ClustersDialog)
    dialog.select("Water and sanitation")
    assert dialog.rename_button.isEnabled() and not dialog.merge_button.isEnabled()
    dialog.select("Children's rights", add=True)
    assert dialog.merge_button.isEnabled()
    dialog.merge_button.click()
    assert dialog.list.count() == len(listed) - 1
    with window.db.read() as session:
        after = {name: count for _, name, count in clusters.cluster_list(session)}
    first = min(("Water and sanitation", "Children's rights"), key=str.casefold)
    assert after[first] == len(union)

    # Undo brings the merged cluster back with its members.
    window.undo_action.trigger()
    assert dialog.list.count() == len(listed)

    dialog.select("Water and sanitation")
    dialog.show_button.click()
    assert set(page.model.selection.values[Facet.CLUSTER]) == {water_id}
    assert {page.model.recommendation_id(r) for r in range(page.model.rowCount())} == set(chosen)
    assert message_log == []


def test_save_and_reopen_a_view_even_after_a_restart(qtbot, window, demo_path, home):
    page = open_demo(qtbot, window, demo_path)
    page.facets.set_checked(Facet.MECHANISM, "UPR")
    # The facet panel and the search box wait for a pause before filtering.
    qtbot.waitUntil(lambda: bool(page.model.selection), timeout=5_000)
    page.search.setText("women")
    page.apply_search()
    page.table.sortByColumn(Column.LEAD, Qt.SortOrder.DescendingOrder)
    expected = [page.model.recommendation_id(r) for r in range(page.model.rowCount())]
    assert expected
    page.save_view("UPR about women")
    page.open_named_view("All recommendations")
    assert page.model.rowCount() > len(expected) and page.search.text() == ""

    page.open_named_view("UPR about women")
    assert [page.model.recommendation_id(r) for r in range(page.model.rowCount())] == expected
    assert page.search.text() == "women"
    window.close_database()

    settings = Settings.load(window.paths.settings_file)
    assert any("UPR about women" in views for views in settings.saved_views.values())
    page = open_demo(qtbot, window, demo_path)
    assert page.view_box.findText("UPR about women") > 0


def test_copy_selected_rows_as_text(qtbot, window, demo_path):
    page = open_demo(qtbot, window, demo_path)
    select_rows(page, [0, 1])
    page.table.setFocus()
    page.copy_selection()
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0].split("\t")[:2] == ["Ref.", "Recommendation"]
    assert len(lines) == 3
    assert lines[1].split("\t")[0] == page.model.row_data(0).reference


def test_hidden_and_resized_columns_are_remembered(qtbot, home, demo_path):
    from app.main import build_window

    first = build_window(database=demo_path)
    qtbot.addWidget(first)
    wait_for_database(qtbot, first)
    first.recommendations.set_column_shown(Column.MECHANISM, False)
    first.recommendations.table.horizontalHeader().resizeSection(Column.STATUS, 200)
    first.close()
    second = build_window()
    qtbot.addWidget(second)
    wait_for_database(qtbot, second)
    header = second.recommendations.table.horizontalHeader()
    assert header.isSectionHidden(Column.MECHANISM)
    assert header.sectionSize(Column.STATUS) == 200
    second.recommendations.reset_columns()
    assert not header.isSectionHidden(Column.MECHANISM)
    second.close()


def test_filtered_model_passes_the_model_tester(qtmodeltester, demo_path):
    with open_database(demo_path, author=AUTHOR) as db:
        reader = RegisterReader(db)
        model = RecommendationTableModel()
        model.set_reader(reader, reader.ids())
        model.set_filter("rights", Selection.of(mechanism=["UPR"]))
        assert 0 < model.rowCount() < len(reader.ids())
        qtmodeltester.check(model)
        model.sort(Column.STATUS, Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(model)



def test_a_search_model_passes_the_model_tester_and_its_cells_follow_each_new_search(
        qtmodeltester, demo_path):
    with open_database(demo_path, author=AUTHOR) as db:
        reader = RegisterReader(db)
        model = RecommendationTableModel()
        model.set_reader(reader, reader.ids())
        model.set_query("rights")
        qtmodeltester.check(model)
        wide = model.rowCount()
        far = model.index(wide - 1, Column.REFERENCE)
        assert far.isValid() and far.data(ID_ROLE) == reader.ids(query="rights")[-1]

        model.set_query("ratif")  # fewer rows: the ones past its end are gone
        assert 0 < model.rowCount() < wide
        assert not model.index(wide - 1, Column.REFERENCE).isValid()
        ratif = reader.ids(query="ratif")
        cell = model.index(1, Column.REFERENCE)
        assert (cell.row(), cell.column(), cell.model()) == (1, Column.REFERENCE, model)
        assert cell.data(ID_ROLE) == ratif[1]
        assert cell.data() == reader.rows([ratif[1]])[0].reference
        assert model.index(1, Column.REFERENCE, cell) == QModelIndex()  # a table has no children
        qtmodeltester.check(model)

def test_cells_show_excerpts_and_tooltips_give_values_whole(demo_path):
    long_text = " ".join(["Adopt a comprehensive national action plan on business and human "
                          "rights"] * 5)
    with open_database(demo_path, author=AUTHOR) as db:
        with db.write() as session:
            review = register.add_review(session, register.ReviewSpec(
                mechanism_code="CRC", state_id=find_state(session, "FRA").id, year=2024))
            register.add_recommendation(session, register.RecommendationSpec(
                review_id=review, text=long_text, reference="9.1",
                position_code="not_applicable"))
        reader = RegisterReader(db)
        model = RecommendationTableModel()
        model.set_reader(reader, reader.ids())
        rows = [model.row_data(row) for row in range(model.rowCount())]
        long_row = next(n for n, row in enumerate(rows) if row.text == long_text)
        text = model.index(long_row, Column.TEXT)
        shown = model.data(text)
        assert shown.endswith("…") and len(shown) < len(rows[long_row].text)
        assert model.data(text, Qt.ItemDataRole.ToolTipRole) == rows[long_row].text
        assert model.data(text, SORT_ROLE) == rows[long_row].text
        unassessed = next(n for n, row in enumerate(rows) if not row.status)
        assert model.data(model.index(unassessed, Column.STATUS)) == "Not assessed"
        assert model.data(model.index(0, Column.REFERENCE), ID_ROLE) == rows[0].id
        assert model.data(model.index(0, Column.REFERENCE), Qt.ItemDataRole.DecorationRole) \
            is None
        assert model.data(QModelIndex()) is None


def test_choose_dialog_narrows_as_you_type(qtbot):
    dialog = ChooseDialog("Set lead", "Lead institution", [
        ("1", "MOJ — Ministry of Justice"), ("2", "MOH — Ministry of Health"),
        ("3", "MOE — Ministry of Education")])
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.filter, "heal")
    assert dialog.chosen_id() == "2"
    qtbot.keyClicks(dialog.filter, "zzz")
    assert dialog.empty.isVisibleTo(dialog)
    assert not dialog.buttons.buttons()[0].isEnabled()


def test_priority_theme_and_sdg_target_for_a_selection(qtbot, window, demo_path, monkeypatch):
    from app.models import RecommendationSdg, RecommendationTheme, SdgTarget, Theme

    page = open_demo(qtbot, window, demo_path)
    chosen = select_rows(page, [7, 8])
    with window.db.read() as session:
        theme = session.scalars(select(Theme.id).order_by(Theme.name)).first()
        target = session.scalar(select(SdgTarget.id).where(SdgTarget.code == "5.2"))
    actions = window.register_actions
    for kind, answer in (("priority", "high"), ("theme", theme), ("sdg", target)):
        steps = len(actions.undo_steps)
        monkeypatch.setattr(actions, "choose", lambda *args, a=answer, **kwargs: a)
        page.request_edit(kind)
        qtbot.waitUntil(lambda s=steps: not window.tasks.busy and len(actions.undo_steps) > s,
                        timeout=10_000)
    with window.db.read() as session:
        assert {session.get(Recommendation, i).priority for i in chosen} == {"high"}
        assert set(session.scalars(select(RecommendationTheme.recommendation_id).where(
            RecommendationTheme.theme_id == theme, RecommendationTheme.deleted.is_(False)))) \
            >= set(chosen)
        assert set(session.scalars(select(RecommendationSdg.recommendation_id).where(
            RecommendationSdg.target_id == target))) >= set(chosen)
    assert window.undo_action.text().startswith("&Undo: Add SDG target 5.2 to 2")
    assert set(page.selected_ids()) == set(chosen), "the selection survives the refresh"


def test_detail_tabs_show_assignment_status_and_history_of_an_edit(qtbot, window, demo_path):
    page = open_demo(qtbot, window, demo_path)
    pane = page.detail
    detail = pane.detail
    assert detail is not None and detail.text in pane.overview.toPlainText()
    assert "Recommending States" in pane.overview.toPlainText()
    lead = next(role for role in detail.roles if role.role == "lead")
    assert f"Lead: {lead.code}" in pane.assignment.toPlainText()
    assert "Current status" in pane.status.toPlainText()

    dialog = window.register_actions.edit_recommendation(detail.id)
    dialog.notes.setPlainText("Discussed at the March meeting")
    dialog.priority.setCurrentIndex(dialog.priority.findData("high"))
    dialog.accept()
    assert bool(window.register_actions.undo_steps)
    assert "Discussed at the March meeting" in pane.overview.toPlainText()
    pane.setCurrentWidget(pane.history)
    history = pane.history_texts()
    reference = detail.reference
    assert history[0][2].startswith(reference)  # the recommendation and its review
    assert history[0][3] == f"Recommendation {reference} changed: Notes, Priority"
    fields = field_rows(pane.history)
    assert "Notes: — → Discussed at the March meeting" in fields
    assert "Priority: — → High" in fields
    assert f"{lead.code} leads {reference}" in [row[3] for row in history]


def test_an_empty_text_is_refused_in_the_edit_dialog(qtbot, window, demo_path):
    page = open_demo(qtbot, window, demo_path)
    dialog = window.register_actions.edit_recommendation(page.detail.detail.id)
    dialog.text.setPlainText("   ")
    dialog._check_and_accept()
    assert dialog.isVisible() and "cannot be empty" in dialog.problem.text()
    dialog.reject()


def test_an_edit_based_on_a_stale_copy_is_refused(demo_path):

    from app.errors import ValidationError
    from app.services import register

    with open_database(demo_path, author=AUTHOR) as db:
        with db.read() as session:
            rec_id, seen_version = session.execute(
                select(Recommendation.id, Recommendation.row_version)).first()
        with db.write(author="amina") as session:
            register.update_recommendation(session, rec_id, notes="first")
        with pytest.raises(ValidationError, match="changed by amina"), db.write() as session:
            register.update_recommendation(session, rec_id, expected_version=seen_version,
                                           notes="second")


def test_similar_tab_lists_alike_recommendations_and_clusters_them(qtbot, window, demo_path,
                                                                    monkeypatch):
    page = open_demo(qtbot, window, demo_path)
    pane = page.detail
    pane.setCurrentWidget(pane.similar_tab)
    assert bool(pane.similar_ids)
    current = pane.detail.id
    assert current not in pane.similar_ids
    assert pane.similar.item(0, 0).text().endswith("%")
    pane.similar.selectRow(0)
    clustered = []
    monkeypatch.setattr(window.register_actions, "add_to_cluster", clustered.append)
    pane.cluster_similar_button.click()
    assert clustered == [[current, pane.similar_ids[0]]]
    target = pane.similar_ids[0]
    page.search.setText("zzzz")
    page.apply_search()
    pane.show_detail(window.recommendations.model.reader.detail(current))
    pane.show_similar(current, window.recommendations.model.reader.similar(current))
    pane.similar.selectRow(0)
    pane.go_to_button.click()
    assert page.selected_ids() == [target] and page.search.text() == ""


def test_searched_words_are_marked_in_the_table_cells(qtbot, window, demo_path):
    from PySide6.QtGui import QColor

    page = open_demo(qtbot, window, demo_path)

    def marked_pixels() -> int:
        page.table.viewport().repaint()
        image = page.table.viewport().grab().toImage()
        rect = page.table.visualRect(page.model.index(1, Column.TEXT))
        mark = QColor("#ffe866").rgb()
        return sum(1 for x in range(rect.left(), rect.right(), 2)
                   for y in range(rect.top(), rect.bottom(), 2) if image.pixel(x, y) == mark)

    assert marked_pixels() == 0
    page.search.setText("ratif")
    page.apply_search()
    assert marked_pixels() > 20



def test_a_marked_cell_too_narrow_for_its_text_ends_with_an_ellipsis(qtbot):
    import re
    from html import unescape

    from PySide6.QtGui import QFontMetrics

    from app.ui.widgets.highlight_delegate import marked_to_fit

    metrics = QFontMetrics(QApplication.font())
    text = ("The State should ratify the Optional Protocol to the Convention against Torture "
            "and establish a national preventive mechanism")
    width = metrics.horizontalAdvance("The State should ratify the Optional")

    marked = marked_to_fit(text, "ratif", metrics, width)
    shown = unescape(re.sub(r"<[^>]+>", "", marked))
    assert "<span" in marked and ">ratify</span>" in marked
    assert shown.endswith("…") and text.startswith(shown[:-1])
    assert metrics.horizontalAdvance(shown) <= width
    # A match past the cut is not drawn at all: the cell is left to Qt's plain drawing.
    assert "<span" not in marked_to_fit(text, "mechanism", metrics, width)
    assert marked_to_fit(text, "ratif", metrics, metrics.horizontalAdvance(text) + 10).endswith(
        "preventive mechanism")


def test_marks_find_words_whatever_their_accents_and_case_and_mark_exactly_them():
    from app.ui.widgets.highlight import MARK_STYLE, fold, highlight

    mark = f"<span style='{MARK_STYLE}'>"
    assert highlight("Côte d'Ivoire", "cote") == f"{mark}Côte</span> d&#x27;Ivoire"
    assert highlight("ÉDUCATION en zone rurale", "educ rural") == (
        f"{mark}ÉDUCATION</span> en zone {mark}rurale</span>")
    # Letters that fold to more than one (ß -> ss) or carry several accents keep the marks
    # on the letters typed.
    assert highlight("Straße Schutz für Ồng", "schutz ong") == (
        f"Straße {mark}Schutz</span> für {mark}Ồng</span>")
    mixed = "Ἀθῆναι · القاهرة · Đà Nẵng · 東京 · ﬁnance · İstanbul · 🙂"
    assert len(fold(mixed)) == len(mixed)
    assert fold("Đà Nẵng İstanbul ÅSA") == "đa nang istanbul asa"
    assert highlight("<b>Torture</b>", "torture") == f"&lt;b&gt;{mark}Torture</span>&lt;/b&gt;"

def test_deadline_themes_and_sdg_columns_sort_and_show(demo_path):
    from datetime import date

    with open_database(demo_path, author=AUTHOR) as db:
        reader = RegisterReader(db)
        model = RecommendationTableModel()
        model.set_reader(reader, reader.ids())
        model.sort(Column.DEADLINE, Qt.SortOrder.AscendingOrder)
        dates = [model.data(model.index(r, Column.DEADLINE)) for r in range(model.rowCount())]
        dated = [d for d in dates if d]
        assert dated == sorted(dated) and dates[:len(dated)] == dated, "undated last"
        assert dated[0] < date.today().isoformat(), "the demo has overdue work"
        assert model.data(model.index(0, Column.DEADLINE), Qt.ItemDataRole.ForegroundRole)
        assert model.data(model.index(0, Column.DEADLINE),
                          Qt.ItemDataRole.ToolTipRole).startswith("Overdue since")
        model.sort(Column.SDGS, Qt.SortOrder.AscendingOrder)
        goals = [model.data(model.index(r, Column.SDGS)) for r in range(model.rowCount())]
        firsts = [int(g.split(",")[0]) for g in goals if g]
        assert firsts == sorted(firsts) and goals[-1] == ""
        model.sort(Column.THEMES, Qt.SortOrder.AscendingOrder)
        assert model.data(model.index(0, Column.THEMES))
