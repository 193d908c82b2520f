"""A list of changes, one row each — when, who, which recommendation, what happened in a
sentence — opening onto the fields it changed (before → after)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from app.local_time import local_time_text
from app.models.codes import ChangeOperation
from app.services.history import Change
from app.ui.change_sentences import ChangeSentences
from app.ui.change_words import ChangeWords
from app.ui.widgets.tree_items import children, top_level_items

WHEN, WHO, RECOMMENDATION, WHAT = range(4)


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryTable", text)


def history_table() -> QTreeWidget:
    tree = QTreeWidget()
    tree.setColumnCount(4)
    tree.setHeaderLabels([_tr("When"), _tr("Who"), _tr("Recommendation"), _tr("What happened")])
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tree.setUniformRowHeights(True)
    tree.setWordWrap(False)
    tree.setToolTip(_tr("Click ▸ (or press →) to see the fields a change made"))
    header = tree.header()
    # Sized once after filling: ResizeToContents would re-measure every row at every item.
    for column in (WHEN, WHO, RECOMMENDATION):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
    return tree


def _where(change: Change) -> str:
    if change.reference and change.review:
        return _tr("{0} ({1})").format(change.reference, change.review)
    return change.reference


def fill_history(tree: QTreeWidget, changes: list[Change]) -> None:
    tree.setUpdatesEnabled(False)
    tree.clear()
    words = ChangeWords()
    sentences = ChangeSentences(words)
    items = []
    for change in changes:
        sentence = sentences.sentence(change)
        item = QTreeWidgetItem([local_time_text(change.when), change.author, _where(change),
                                " ".join(sentence.split())])
        item.setToolTip(WHAT, sentence)
        for field in change.fields:
            if field.field == "deleted" and change.operation != ChangeOperation.UPDATE:
                continue  # the sentence says it
            before, after = words.value(field.field, field.old), words.value(field.field,
                                                                             field.new)
            text = _tr("{0}: {1} → {2}").format(words.field(field.field), before, after) \
                if change.operation == ChangeOperation.UPDATE else \
                _tr("{0}: {1}").format(words.field(field.field), after)
            child = QTreeWidgetItem(["", "", "", " ".join(text.split())])
            child.setToolTip(WHAT, text)
            item.addChild(child)
        items.append(item)
    tree.addTopLevelItems(items)
    for column in (WHEN, WHO, RECOMMENDATION):
        tree.resizeColumnToContents(column)
    tree.setUpdatesEnabled(True)
    tree.scrollToTop()


def history_rows(tree: QTreeWidget) -> list[list[str]]:
    """The top-level rows as shown (tests and the printed history)."""
    return [[item.text(column) for column in range(tree.columnCount())]
            for item in top_level_items(tree)]


def field_rows(tree: QTreeWidget) -> list[str]:
    return [child.text(WHAT) for item in top_level_items(tree) for child in children(item)]
