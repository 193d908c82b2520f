"""First page a new user sees: start a database, open one, or explore the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.heading import page_heading

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class _Choice(QFrame):
    def __init__(self, title: str, text: str, button: QPushButton):
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(220)
        heading = QLabel(f"<b>{title}</b>")
        body = QLabel(text)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body, 1)
        layout.addWidget(button)


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    received_file_requested = Signal()
    recent_requested = Signal(Path)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        title = page_heading(1.8)
        title.setText(self.tr("Welcome to NMRF Tracker"))
        intro = QLabel(
            self.tr(
                "Follow up the recommendations your State received from the Universal Periodic "
                "Review, the treaty bodies and the special procedures: who does what, by when, "
                "and how far it has gone. Everything stays on this computer and works offline."
            )
        )
        intro.setWordWrap(True)

        self.new_button = QPushButton(self.tr("Start a new database…"))
        self.open_button = QPushButton(self.tr("Open a database file…"))
        self.demo_button = QPushButton(self.tr("Explore the demo"))
        self.received_button = QPushButton(self.tr("Open the secretariat's file…"))
        self.received_button.clicked.connect(self.received_file_requested)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)

        choices = QHBoxLayout()
        choices.addWidget(_Choice(
            self.tr("Secretariat: start a new database"),
            self.tr("For the secretariat of the national mechanism: choose the State and list "
                    "the institutions; recommendations are imported afterwards."),
            self.new_button,
        ))
        choices.addWidget(_Choice(
            self.tr("Focal point: a file from the secretariat"),
            self.tr("For a ministry's focal point who received a file (.nmrf) from the "
                    "secretariat by USB stick or e-mail: it becomes your working copy, with "
                    "your institution's recommendations."),
            self.received_button,
        ))
        choices.addWidget(_Choice(
            self.tr("Open an existing database"),
            self.tr("Continue with a database kept on this computer or on a USB stick."),
            self.open_button,
        ))
        choices.addWidget(_Choice(
            self.tr("Explore the demo"),
            self.tr("A complete example about a fictional State, to see how the follow-up "
                    "works before entering real data. Changes stay in the demo file."),
            self.demo_button,
        ))

        self.recent_label = QLabel(self.tr("Recently opened"))
        self.recent_list = QListWidget()
        self.recent_list.setMaximumHeight(160)
        self.recent_list.itemActivated.connect(
            lambda item: self.recent_requested.emit(Path(item.data(PATH_ROLE)))
        )

        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(16)
        column.addLayout(choices)
        column.addSpacing(16)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent_list)
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        holder = QWidget()
        holder.setMaximumWidth(1180)
        holder.setLayout(column)
        outer.addWidget(holder, 8)
        outer.addStretch(1)

    def set_recent(self, paths: list[str]) -> None:
        self.recent_list.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).name}   —   {path}")
            item.setData(PATH_ROLE, path)
            self.recent_list.addItem(item)
        self.recent_label.setVisible(bool(paths))
        self.recent_list.setVisible(bool(paths))
