"""The fields the export dialogs share: which recommendations, which institution, which
language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from app.exports.headings import LANGUAGES
from app.i18n import current_language


def tr(text: str) -> str:
    return QCoreApplication.translate("scope_fields", text)


def register_scope(filtered: bool) -> QComboBox:
    """Every recommendation, or what the register shows (the default when it is filtered)."""
    scope = QComboBox()
    scope.addItem(tr("Every recommendation"), "all")
    if filtered:
        scope.addItem(tr("What the register shows now (search and filters)"), "register")
        scope.setCurrentIndex(1)
    return scope


def institution_choice(institutions: list[tuple[str, str]], first: str) -> QComboBox:
    """`first` (no institution: data None), then each (id, label)."""
    combo = QComboBox()
    combo.addItem(first, None)
    for institution_id, label in institutions:
        combo.addItem(label, institution_id)
    return combo


def document_language() -> QComboBox:
    """The six UN languages, each in its own name; the window's language first chosen."""
    combo = QComboBox()
    for code, name in LANGUAGES.items():
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(current_language())))
    return combo
