"""A tree widget's items as lists: Qt hands each one back as "item or None"."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem


def top_level_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    items = (tree.topLevelItem(index) for index in range(tree.topLevelItemCount()))
    return [item for item in items if item is not None]


def children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    found = (item.child(index) for index in range(item.childCount()))
    return [child for child in found if child is not None]
