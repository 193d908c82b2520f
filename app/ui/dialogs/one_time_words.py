"""The twelve words that open an institution's first file: shown once to the secretariat, to
be read by phone; typed by the focal point when the file is opened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

COLUMNS = 3  # four lines of three: easy to read out and to check back


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class ShowWordsDialog(QDialog):
    def __init__(self, file_name: str, institution: str, words: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Twelve words for {0}").format(institution))
        self.setMinimumWidth(560)
        self.explanation = _wrapped(self.tr(
            "{0} is encrypted: it opens only with these twelve words. Read them to the focal "
            "point of {1} by phone — never in the same e-mail or on the same stick as the "
            "file. They are not shown again; if they are lost, issue the file again.").format(
            file_name, institution))
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.word_labels: list[QLabel] = []
        for position, word in enumerate(words.split()):
            label = QLabel(f"{position + 1}. {word}")
            label.setFont(font)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # Numbered words read left to right in every language: the list is not text.
            label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            grid.addWidget(label, position // COLUMNS, position % COLUMNS)
            self.word_labels.append(label)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("I have read them to the focal point"),
                          QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(buttons)


class AskWordsDialog(QDialog):
    def __init__(self, file_name: str, problem: str, parent: QWidget | None = None, *,
                 wrong: bool = False):
        """`problem`: why the file did not open yet; `wrong`: words were typed and did not
        open it (said in red)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open {0}").format(file_name))
        self.setMinimumWidth(560)
        self.explanation = _wrapped(self.tr(
            "This file is encrypted. The secretariat gives twelve words for it by phone: "
            "type them here, in order, separated by spaces."))
        self.problem = _wrapped(problem)
        self.problem.setStyleSheet("color: #a40000;" if wrong else "color: #555;")
        self.words = QLineEdit()
        self.words.setPlaceholderText(self.tr("twelve words, e.g. ocean  river  …"))
        self.words.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.problem)
        layout.addWidget(self.words)
        layout.addWidget(self.buttons)
        self.words.setFocus()


def show_words(parent: QWidget | None, file_name: str, institution: str, words: str) -> None:
    ShowWordsDialog(file_name, institution, words, parent).exec()


def ask_words(parent: QWidget | None, file_name: str, problem: str, wrong: bool) -> str | None:
    """The words typed, or None when the person cancelled."""
    dialog = AskWordsDialog(file_name, problem, parent, wrong=wrong)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.words.text().strip():
        return None
    return dialog.words.text()
