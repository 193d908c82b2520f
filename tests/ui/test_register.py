"""The register driven as the secretariat would: facets, bulk edits, clusters, undo, views."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.db.lifecycle import open_database
from app.models import Assignment, Institution, Recommendation
from app.services import clusters, register
from app.services.facets import NO_LEAD, Facet, Selection
from app.services.reference import find_state
from app.services.register_reader import RegisterReader
from app.settings import Settings
from app.ui import messages
from app.ui.dialogs.choose import ChooseDialog
from app.ui.dialogs.clusters import ClustersDialog
from app.ui.qt_models.recommendations import (
    ID_ROLE,
    SORT_ROLE,
    Column,
    RecommendationTableModel,
)
from app.ui.register_actions import NEW_CLUSTER
from app.ui.widgets.history_table import field_rows, history_rows
from tests.conftest import AUTHOR
from tests.ui.conftest import wait_for_database


def open_demo(qtbot, window, demo_path):
    window.open_path(demo_path)
    wait_for_database(qtbot, window)
    return window.recommendations


def facet_count(page, facet: Facet, value: str) -> int:
    counts = page.model.reader.facet_counts(page.model.query, page.model.selection)
    return next(c.count for c in counts[facet] if c.value == value)


def select_rows(page, rows) -> list[str]:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    return page.selected_ids()


def institution_id(window, code: str) -> str:
    with window.db.read() as session:
        return session.scalar(select(Institution.id).where(Institution.code == code))


def leads(window, ids) -> dict[str, str]:
    with window.db.read() as session:
        return dict(session.execute(
            select(Assignment.recommendation_id, Institution.code).join(Institution)
            .where(Assignment.recommendation_id.in_(ids), Assignment.role == "lead",
                   Assignment.deleted.is_(False))).all())


def fill_indicator(window, rec_id: str, name: str, baseline: str, target: str) -> None:
    """Fills and saves the new-indicator dialog as a person would."""
    dialog = window.register_actions.add_indicator(rec_id)
    dialog.name.setText(name)
    dialog.baseline.setText(baseline)
    dialog.target.setText(target)
    dialog._check_and_accept()


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
    import pytest

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


def test_institutions_page_adds_a_focal_point_and_undoes_it(qtbot, window, demo_path,
                                                          message_log):
    open_demo(qtbot, window, demo_path)
    window.show_page(window.institutions)
    page = window.institutions
    assert page.new_button.isVisible()
    page.select_code("MOJ")
    assert page.people_heading.text() == "People of MOJ"
    before = page.people.rowCount()
    assert before == 3
    dialog = window.register_actions.new_person(page.current_id)
    dialog.full_name.setText("Nadia Haddad")
    dialog.role.setCurrentIndex(dialog.role.findData("focal_point_alternate"))
    dialog.email.setText("nadia.haddad@moj.example")
    dialog.accept()
    assert page.people.rowCount() == before + 1
    names = [page.people.item(r, 0).text() for r in range(page.people.rowCount())]
    assert "Nadia Haddad" in names
    assert page.model.data(page.model.index(page.table.currentIndex().row(), 3))
    window.undo_action.trigger()
    assert page.people.rowCount() == before

    dialog = window.register_actions.new_person(page.current_id)
    dialog.full_name.setText("Bad Mail")
    dialog.email.setText("not-an-address")
    dialog.accept()
    assert bool(message_log)
    assert "should look like" in message_log[-1][2]


def test_reference_data_page_adds_a_theme_and_a_state_spelling(qtbot, window, demo_path,
                                                               monkeypatch):
    from app.services.vocabularies import Vocabulary

    open_demo(qtbot, window, demo_path)
    window.show_page(window.vocabularies)
    page = window.vocabularies
    assert page.vocabulary == Vocabulary.THEMES and page.table.rowCount() > 50
    schemes = {page.table.item(r, 2).text() for r in range(page.table.rowCount())}
    # words, not codes
    assert "Universal Human Rights Index (OHCHR)" in schemes and "uhri" not in schemes
    count = page.table.rowCount()
    dialog = window.register_actions.add_entry(Vocabulary.THEMES.value)
    dialog.code.setText("Z1")
    dialog.name.setText("Digital rights")
    dialog.accept()
    assert page.table.rowCount() == count + 1
    page.select_name("Digital rights")
    assert page.delete_button.isEnabled(), "unused: can go"

    page.choice.setCurrentIndex(page.choice.findData(Vocabulary.STATES.value))
    assert (page.vocabulary == Vocabulary.STATES and
           page.table.rowCount() > 190)
    assert not page.add_button.isVisible() and page.alias_button.isVisible()
    page.select_name("Lao People's Democratic Republic")
    monkeypatch.setattr(window.register_actions, "ask_text", lambda *a, **k: "Laos (PDR)")
    page.alias_button.click()
    assert ("Laos (PDR)" in (
           page.selected_entry().detail if page.selected_entry() else ""))
    page.filter.setText("laos")
    visible = [r for r in range(page.table.rowCount()) if not page.table.isRowHidden(r)]
    assert len(visible) == 1


def test_first_opening_asks_who_is_working_and_a_focal_point_cannot_edit_the_register(
        qtbot, window, demo_path):
    from app.services.permissions import FOCAL_POINT
    from app.ui.dialogs.profile import ProfileDialog

    page = open_demo(qtbot, window, demo_path)
    dialog = next(w for w in window.findChildren(ProfileDialog) if w.isVisible())
    assert window.actor_label.text().startswith("Working as")
    assert page.edit_buttons["lead"].isVisible(), "secretariat by default on its own file"
    dialog.name.setText("Amina Diallo")
    dialog.role.setCurrentIndex(dialog.role.findData(FOCAL_POINT))
    dialog.institution.setCurrentIndex(dialog.institution.findText("MOJ — Ministry of Justice"))
    dialog.accept()
    assert window.actor_label.text() == "Working as Amina Diallo — Focal point of a ministry, MOJ"
    assert not page.edit_buttons["lead"].isVisible()
    assert "only the secretariat edits" in page.selection_label.text()
    assert not window.edit_actions["lead"].isEnabled()
    assert not window.institutions.new_button.isVisible()
    window.close_database()
    # Remembered for this database: no question the second time.
    open_demo(qtbot, window, demo_path)
    assert not any(w.isVisible() for w in window.findChildren(ProfileDialog))
    assert window.db.actor.name == "Amina Diallo"
    assert not window.edit_actions["lead"].isEnabled()


def test_full_cycle_plan_report_validate_accept_through_the_window(qtbot, window, demo_path,
                                                                  monkeypatch):
    from app.services.facets import Facet
    from app.services.permissions import FOCAL_POINT, SECRETARIAT, VALIDATING_AUTHORITY
    from app.services.status import NOT_ASSESSED

    page = open_demo(qtbot, window, demo_path)
    page.facets.set_checked(Facet.STATUS, NOT_ASSESSED)
    # The facet panel and the search box wait for a pause before filtering.
    qtbot.waitUntil(lambda: bool(page.model.selection), timeout=5_000)
    # A recommendation with a lead and no progress report yet.
    row = next(r for r in range(page.model.rowCount()) if page.model.row_data(r).lead)
    page.table.selectRow(row)
    rec_id = page.model.recommendation_id(row)
    lead_code = page.model.row_data(row).lead.split(",")[0]
    lead = institution_id(window, lead_code)
    pane = page.detail
    pane.setCurrentIndex(2)  # the Status tab

    def become(role, institution=None):
        dialog = window.ask_profile()
        dialog.name.setText(f"Test {role}")
        dialog.role.setCurrentIndex(dialog.role.findData(role))
        if institution:
            dialog.institution.setCurrentIndex(dialog.institution.findData(institution))
        dialog.accept()
        assert page.detail.detail is not None
        page.select_ids({rec_id}, rec_id)

    def stage() -> str:
        return pane.assessments.item(0, 3).text()

    become(FOCAL_POINT, lead)
    # The focal point plans: an action and an indicator with a value, for this recommendation.
    action = window.register_actions.add_action(rec_id)
    action.title.setText("Adopt the implementing decree")
    action._check_and_accept()
    assert (any(
           a.title == "Adopt the implementing decree"
           for a in page.model.reader.plan(rec_id)[0]))
    fill_indicator(window, rec_id, "Courts applying the decree", "0", "40")
    assert (any(
           i.name == "Courts applying the decree" for i in page.model.reader.plan(rec_id)[1]))
    indicator_id = next(i.id for i in page.model.reader.plan(rec_id)[1]
                        if i.name == "Courts applying the decree")
    value = window.register_actions.record_value(indicator_id)
    value.value.setText("10")
    value._check_and_accept()
    assert (next(
           i for i in page.model.reader.plan(rec_id)[1] if i.id == indicator_id).latest == 10)
    assert pane.report_button.isVisible()
    dialog = window.register_actions.new_progress_report(rec_id)
    dialog.status.setCurrentIndex(dialog.status.findData("in_progress"))
    dialog.narrative.setPlainText("Bill tabled in Parliament in March.")
    before = len(pane.detail.assessments)
    dialog.accept()
    assert pane.assessments.rowCount() == before + 1
    assert stage() == "Draft"
    assert pane.workflow_buttons["submitted"].isVisible()
    assert not pane.workflow_buttons["validated"].isVisible()
    def dashboard():
        """The dashboard as the person sees it on opening it, then back to the register."""
        window.show_page(window.dashboard)
        board = window.dashboard.board
        window.show_page(page)
        return board

    waiting = dashboard().waiting_validation
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: asked.append(text))
    pane.workflow_buttons["submitted"].click()  # said what it does; cancelled
    assert "validating authority" in asked[-1]
    assert stage() == "Draft"
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: asked.append(text)
                        or True)
    pane.workflow_buttons["submitted"].click()
    assert stage() == "Waiting for validation"
    assert dashboard().waiting_validation == waiting + 1, "the dashboard follows"

    become(VALIDATING_AUTHORITY, lead)
    assert not pane.report_button.isVisible()
    assert pane.workflow_buttons["validated"].isVisible()
    pane.workflow_buttons["validated"].click()
    assert stage() == "Waiting for acceptance"

    page.facets.clear()  # once accepted it is no longer "not assessed": keep it in view
    qtbot.waitUntil(lambda: not page.model.selection, timeout=5_000)
    become(SECRETARIAT)
    accepting = dashboard().waiting_acceptance
    assert pane.workflow_buttons["accepted"].isVisible()
    pane.workflow_buttons["accepted"].click()
    assert stage() == "Accepted"
    assert "Current status: In progress" in pane.status.toPlainText()
    assert dashboard().waiting_acceptance == accepting - 1
    # The register's status column and facet follow.
    assert facet_count(page, Facet.STATUS, "in_progress") >= 1


def test_a_dashboard_bar_opens_the_register_on_what_it_counts(qtbot, window, demo_path):
    from PySide6.QtCore import QPoint

    from app.services.facets import Facet

    page = open_demo(qtbot, window, demo_path)
    window.show_page(window.dashboard)
    chart = window.dashboard.charts[Facet.LEAD]
    assert bool(chart.bars) and chart.width() > 300
    rect, bar, status, count = next(iter(chart._segments()))
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(rect.center().x()), int(rect.center().y())))
    assert window.pages.currentWidget() is page
    assert page.model.selection.values == {Facet.LEAD: {bar.value}, Facet.STATUS: {status}}
    assert page.model.rowCount() == count
    window.show_page(window.dashboard)
    window.dashboard.figures["waiting_validation"].click()
    assert page.model.rowCount() == window.dashboard.board.waiting_validation


def test_plan_tab_action_indicator_and_value_as_a_focal_point(qtbot, window, demo_path):
    from app.services.permissions import FOCAL_POINT

    page = open_demo(qtbot, window, demo_path)
    row = next(r for r in range(page.model.rowCount()) if page.model.row_data(r).lead)
    page.table.selectRow(row)
    rec_id = page.model.recommendation_id(row)
    lead = institution_id(window, page.model.row_data(row).lead)
    profile = window.ask_profile()
    profile.name.setText("Amina")
    profile.role.setCurrentIndex(profile.role.findData(FOCAL_POINT))
    profile.institution.setCurrentIndex(profile.institution.findData(lead))
    profile.accept()
    page.select_ids({rec_id}, rec_id)
    pane = page.detail
    pane.setCurrentWidget(pane.plan)
    plan = pane.plan
    assert plan.add_action_button.isVisible()
    actions_before = plan.actions.rowCount()

    dialog = window.register_actions.add_action(rec_id)
    assert [dialog.lead.itemData(i) for i in range(dialog.lead.count())] == [lead]
    dialog.title.setText("Draft the implementing decree")
    dialog.budget.setText("12 500")
    dialog.currency.setText("eur")
    dialog._check_and_accept()
    assert plan.actions.rowCount() == actions_before + 1
    titles = [plan.actions.item(r, 0).text() for r in range(plan.actions.rowCount())]
    assert "Draft the implementing decree" in titles
    assert "12,500 EUR" in [plan.actions.item(r, 5).text() for r in range(plan.actions.rowCount())]

    dialog = window.register_actions.add_indicator(rec_id)
    # It may measure the new action rather than the recommendation directly.
    dialog.action.setCurrentIndex(dialog.action.findText("Draft the implementing decree"))
    assert dialog.action.currentIndex() > 0
    dialog.name.setText("Decrees adopted")
    dialog.disaggregation.setText("region")
    dialog.baseline.setText("0")
    dialog.target.setText("4")
    dialog._check_and_accept()
    assert (any(
           plan.indicators.item(r, 0).text() == "Decrees adopted"
           for r in range(plan.indicators.rowCount())))
    row = next(r for r in range(plan.indicators.rowCount())
               if plan.indicators.item(r, 0).text() == "Decrees adopted")
    plan.indicators.selectRow(row)
    indicator_id = plan.selected_indicator().id
    dialog = window.register_actions.record_value(indicator_id)
    dialog.value.setText("not a number")
    dialog._check_and_accept()
    assert dialog.isVisible() and "is not a number" in dialog.problem.text()
    dialog.value.setText("1")
    dialog._check_and_accept()
    assert (any(
           plan.indicators.item(r, 4).text() == "25%" for r in range(plan.indicators.rowCount())))

    window.show_page(window.calendar)
    calendar = window.calendar
    calendar.when.setCurrentIndex(calendar.when.findData("overdue"))
    overdue = calendar.table.rowCount()
    calendar.when.setCurrentIndex(calendar.when.findData("all"))
    assert calendar.table.rowCount() > overdue > 0


def test_evidence_attached_to_a_progress_report_opens_as_its_real_type(
        qtbot, window, demo_path, tmp_path, monkeypatch, message_log):
    from app.ui import messages

    page = open_demo(qtbot, window, demo_path)
    pane = page.detail
    pane.setCurrentIndex(2)  # the Status tab
    row = next(r for r in range(page.model.rowCount())
               if (d := page.model.reader.detail(page.model.recommendation_id(r))).assessments
               and not d.assessments[0].evidence)
    page.table.selectRow(row)
    assert pane.attach_button.isVisible(), "the secretariat may attach"
    report = pane.selected_assessment()
    pdf = tmp_path / "circular_2026.exe"  # a PDF with a misleading name
    pdf.write_bytes(b"%PDF-1.4\n% a circular\n%%EOF\n")
    program = tmp_path / "tool.pdf"  # a program with a misleading name
    program.write_bytes(b"MZ\x90\x00 not a document")
    window.register_actions.attach_evidence(report.id, [str(pdf), str(program)])
    assert bool(message_log)
    assert "tool.pdf" in message_log[-1][2] and "not accepted" in message_log[-1][2]
    assert not pane.selected_assessment().evidence, "all or nothing"

    window.register_actions.attach_evidence(report.id, [str(pdf)])
    assert pane.evidence.count() == 1
    assert "circular 2026" in pane.evidence.item(0).text()
    opened = []
    monkeypatch.setattr(messages, "open_file", opened.append)
    warnings = []
    monkeypatch.setattr(messages, "confirm", lambda *args: warnings.append(args) or False)
    pane.evidence.setCurrentRow(0)
    pane.open_button.click()
    assert len(warnings) == 1 and not opened, "a program-looking name warns first"
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    pane.open_button.click()
    assert opened and opened[0].suffix == ".pdf"
    assert opened[0].read_bytes() == pdf.read_bytes()


def test_activity_page_filters_by_who_and_what(qtbot, window, demo_path, monkeypatch):
    page = open_demo(qtbot, window, demo_path)
    select_rows(page, [0])
    monkeypatch.setattr(window.register_actions, "choose",
                        lambda *a, **k: "high")
    page.request_edit("priority")
    assert bool(window.register_actions.undo_steps)
    window.show_page(window.activity)
    activity = window.activity
    assert activity.table.topLevelItemCount() > 0
    activity.what.setCurrentIndex(activity.what.findData("recommendation"))
    rows = history_rows(activity.table)
    reference = page.detail.detail.reference
    assert rows[0][3] == f"Recommendation {reference} changed: Priority"
    assert activity.table.topLevelItem(0).child(0).text(3) == "Priority: — → High"
    assert {row[3].split(" ")[0] for row in rows} == {"Recommendation"}
    assert activity.what.currentText() == "Recommendation"
    activity.who.setCurrentIndex(activity.who.findData("nobody at all"))
    assert activity.who.currentIndex() == 0, "unknown authors are not offered"


def test_edit_an_action_and_a_draft_report_and_complete_a_deadline(qtbot, window, demo_path):
    from app.services.plan import action_rows

    page = open_demo(qtbot, window, demo_path)
    window.show_page(window.plan)
    view = window.plan.view
    assert view.actions.rowCount() > 0
    view.actions.selectRow(0)
    action_id = view.selected_action().id
    dialog = window.register_actions.edit_action(action_id)
    assert not dialog.lead.isEnabled()
    dialog.status.setCurrentIndex(dialog.status.findData("cancelled"))
    dialog.supporting.item(0).setCheckState(Qt.CheckState.Checked)
    dialog._check_and_accept()
    assert bool(window.register_actions.undo_steps)
    with window.db.read() as session:
        edited = next(a for a in action_rows(session) if a.id == action_id)
    assert edited.status == "cancelled" and edited.supporting

    # A draft report of the demo, changed from the Status tab.
    row = next(r for r in range(page.model.rowCount())
               if any(a.workflow_state == "draft" for a in page.model.reader.detail(
                   page.model.recommendation_id(r)).assessments))
    window.show_page(page)
    page.table.selectRow(row)
    pane = page.detail
    pane.setCurrentIndex(2)
    draft_row = next(i for i, a in enumerate(pane.detail.assessments)
                     if a.workflow_state == "draft")
    pane.assessments.selectRow(draft_row)
    assert pane.edit_report_button.isVisible()
    dialog = window.register_actions.edit_report(pane.selected_assessment().id, pane.detail.id)
    dialog.narrative.setPlainText("Rewritten after the meeting.")
    dialog._check_and_accept()
    assert (any(
           a.narrative == "Rewritten after the meeting." for a in pane.detail.assessments))

    window.show_page(window.calendar)
    calendar = window.calendar
    calendar.when.setCurrentIndex(calendar.when.findData("overdue"))
    overdue = calendar.table.rowCount()
    calendar.table.selectRow(0)
    calendar.complete_button.click()
    assert calendar.table.rowCount() == overdue - 1


def test_evidence_on_an_action_and_with_an_indicator_value(qtbot, window, demo_path, tmp_path,
                                                          monkeypatch):
    from app.services.evidence import evidence_of
    from app.ui.dialogs.evidence import EvidenceDetailsDialog

    open_demo(qtbot, window, demo_path)
    window.show_page(window.plan)
    view = window.plan.view
    assert view.actions.rowCount() > 0 and view.indicators.rowCount() > 0
    report = tmp_path / "training_report.pdf"
    report.write_bytes(b"%PDF-1.4\n% training report\n%%EOF\n")
    view.actions.selectRow(0)
    action_id = view.selected_action().id
    dialog = window.register_actions.action_evidence(action_id)
    assert dialog.empty.isVisibleTo(dialog)
    monkeypatch.setattr("app.ui.messages.choose_evidence_files", lambda parent: [report])
    monkeypatch.setattr(EvidenceDetailsDialog, "exec", lambda self: (
        self.title.setText("Training report 2026"), self.public.setChecked(True),
        EvidenceDetailsDialog.DialogCode.Accepted)[-1])
    dialog.attach_button.click()
    assert dialog.list.count() == 1
    assert dialog.list.item(0).text().startswith("Training report 2026")
    assert "internal" not in dialog.list.item(0).text()
    dialog.reject()

    view.indicators.selectRow(0)
    value = window.register_actions.record_value(view.selected_indicator().id)
    value.value.setText("55")
    value.set_evidence(report)
    value._check_and_accept()
    assert (bool(window.register_actions.undo_steps)
           and len(window.register_actions.undo_steps) == 2)
    with window.db.read() as session:
        from sqlalchemy import select as select_

        from app.models import IndicatorValue
        value_id = session.scalar(select_(IndicatorValue.id).where(IndicatorValue.value == 55))
        assert [row.original_name for row in evidence_of(
            session, [value_id], "indicator_value_id")[value_id]] == ["training_report.pdf"]


def test_one_action_for_a_selection_and_its_history(qtbot, window, demo_path):
    from app.services.plan import action_rows
    from app.ui.dialogs.plan_forms import ActionDialog

    page = open_demo(qtbot, window, demo_path)
    chosen = select_rows(page, [0, 1, 2])
    references = {page.model.row_data(r).reference for r in range(3)}
    window.edit_selection("action", chosen)
    dialog = next(d for d in window.findChildren(ActionDialog) if d.isVisible())
    dialog.title.setText("Joint campaign on the three")
    dialog._check_and_accept()
    assert bool(window.register_actions.undo_steps)
    with window.db.read() as session:
        action = next(a for a in action_rows(session) if a.title == "Joint campaign on the three")
    assert set(action.recommendations.split(", ")) == references

    history = window.register_actions.record_history("action", action.id)
    sentences = [row[3] for row in history_rows(history.table)]
    assert "Action “Joint campaign on the three” created" in sentences
    assert "Title: Joint campaign on the three" in field_rows(history.table)
    assert {f"{reference} added to the action “Joint campaign on the three”"
            for reference in references} <= set(sentences)
    lead = action.lead
    assert f"{lead} leads “Joint campaign on the three”" in sentences  # by name, not id


def test_a_review_calendar_derived_from_its_adoption_date(qtbot, window, demo_path):
    from datetime import date

    from PySide6.QtCore import QDate

    from app.services.vocabularies import Vocabulary

    open_demo(qtbot, window, demo_path)
    window.show_page(window.vocabularies)
    page = window.vocabularies
    page.choice.setCurrentIndex(page.choice.findData(Vocabulary.REVIEWS.value))
    assert page.vocabulary == Vocabulary.REVIEWS and page.table.rowCount() > 0
    assert not page.add_button.isVisible() and page.edit_button.isVisible()
    entry = page._entries[0]
    page.table.selectRow(0)
    dialog = window.register_actions.edit_entry(Vocabulary.REVIEWS.value, entry.id)
    dialog.known.setChecked(True)
    dialog.adoption.setDate(QDate(2030, 1, 10))
    assert dialog.values()["midterm_due_date"] == date(2032, 7, 11)
    dialog.accept()
    assert ("adopted 2030-01-10" in next(
           e for e in page._entries if e.id == entry.id).detail)
    window.show_page(window.calendar)
    window.calendar.when.setCurrentIndex(window.calendar.when.findData("open"))
    dues = [window.calendar.table.item(r, 0).text() for r in range(
        window.calendar.table.rowCount())]
    assert "2032-07-11" in dues


def test_deleting_an_indicator_from_the_plan_and_undoing_it(qtbot, window, demo_path,
                                                            monkeypatch):
    from app.ui import messages

    open_demo(qtbot, window, demo_path)
    window.show_page(window.plan)
    view = window.plan.view
    assert view.indicators.rowCount() > 0
    count = view.indicators.rowCount()
    view.indicators.selectRow(0)
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    view.delete_button.click()
    assert view.indicators.rowCount() == count - 1
    window.undo_action.trigger()
    assert view.indicators.rowCount() == count


@pytest.mark.threaded_tasks
def test_while_the_register_loads_it_says_so_rather_than_empty(qtbot, window, demo_path):
    page = open_demo(qtbot, window, demo_path)
    window.refresh()
    assert page.body.currentWidget() is page.no_match
    assert page.no_match.text() == "Loading the register…"
    qtbot.waitUntil(lambda: not window.tasks.busy and page.model.rowCount() > 0,
                    timeout=10_000)
    assert page.body.currentIndex() == 0


def test_reports_menu_writes_the_matrix_of_what_the_register_shows(qtbot, window, demo_path,
                                                                   tmp_path):
    from openpyxl import load_workbook

    from app.services.facets import Facet

    page = open_demo(qtbot, window, demo_path)
    page.facets.set_checked(Facet.MECHANISM, "CRC")
    # The facet panel and the search box wait for a pause before filtering.
    qtbot.waitUntil(lambda: bool(page.model.selection), timeout=5_000)
    shown = page.model.rowCount()
    target = tmp_path / "crc.xlsx"
    dialog = window.export_matrix(target=target)
    assert dialog.scope.currentData() == "register", "the current view by default"
    dialog.group_by.setCurrentIndex(dialog.group_by.findData("institution"))
    dialog.accept()
    assert target.exists()
    sheet = load_workbook(target)["Matrix"]
    assert sum(1 for row in sheet.iter_rows(min_row=2) if not row[0].font.bold) == shown
    assert "written to" in window.statusBar().currentMessage()


def test_closed_dialogs_stop_following_the_data(qtbot, window, demo_path):
    from PySide6.QtCore import SIGNAL

    open_demo(qtbot, window, demo_path)
    actions = window.register_actions
    before = actions.receivers(SIGNAL("changed(PyObject)"))
    for _ in range(3):
        dialog = window.show_clusters()
        assert actions.receivers(SIGNAL("changed(PyObject)")) == before + 1
        dialog.reject()
    assert actions.receivers(SIGNAL("changed(PyObject)")) == before
    window.show_page(window.plan)
    assert window.plan.view.actions.rowCount() > 0
    window.plan.view.actions.selectRow(0)
    evidence = actions.action_evidence(window.plan.view.selected_action().id)
    assert actions.receivers(SIGNAL("changed(PyObject)")) == before + 1
    evidence.reject()
    assert actions.receivers(SIGNAL("changed(PyObject)")) == before


def test_matrix_for_completion_out_and_back_through_the_window(qtbot, window, demo_path,
                                                               tmp_path, monkeypatch):
    from openpyxl import load_workbook

    from app.ui import messages

    open_demo(qtbot, window, demo_path)
    target = tmp_path / "moj.xlsx"
    dialog = window.export_matrix(target=target)
    dialog.for_completion.setChecked(True)
    assert not dialog.ok.isEnabled(), "needs an institution"
    dialog.institution.setCurrentIndex(dialog.institution.findText(
        "MOJ — Ministry of Justice"))
    assert dialog.ok.isEnabled()
    dialog.accept()
    assert target.exists()
    book = load_workbook(target)
    book["For completion"]["F2"] = "In progress"
    book["For completion"]["G2"] = "Circular sent to all courts."
    book.save(target)
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: asked.append(text)
                        or True)
    window.import_completed_matrix(path=target)
    assert bool(window.register_actions.undo_steps)
    assert "1 progress report to submit for MOJ" in asked[0]
    window.show_page(window.dashboard)
    assert window.dashboard.board is not None
    assert "submitted" in window.statusBar().currentMessage()
