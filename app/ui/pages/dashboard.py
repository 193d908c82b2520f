"""Dashboard: where implementation stands, by theme, institution, mechanism and SDG goal.

Every bar segment, figure and overdue line opens the register filtered to what it counts.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.local_time import local_time_text
from app.models.codes import StatusCode
from app.services.dashboard import Bar, Dashboard
from app.services.facets import OVERDUE, Facet, Selection
from app.services.status import NOT_ASSESSED, STATUS_COLOURS
from app.ui.bidi import shown
from app.ui.change_words import ChangeWords
from app.ui.code_labels import code_label
from app.ui.widgets.heading import page_heading

ROW_HEIGHT = 20
LABEL_WIDTH = 150


class StackedBars(QWidget):
    """Horizontal bars split by status; a click on a segment reports (value, status)."""

    segment_clicked = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.status_labels: dict[str, str] = {}
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar], status_labels: dict[str, str]) -> None:
        self.bars, self.status_labels = bars, status_labels
        self.setFixedHeight(max(1, len(bars)) * ROW_HEIGHT + 4)
        self.update()

    def _segments(self):
        """(rectangle, bar, status, count) of every segment, as painted."""
        widest = max((bar.total for bar in self.bars), default=0) or 1
        room = max(10, self.width() - LABEL_WIDTH - 50)
        for row, bar in enumerate(self.bars):
            left = float(LABEL_WIDTH)
            for status, count in bar.segments:
                width = room * count / widest
                yield self._placed(QRectF(left, row * ROW_HEIGHT + 3, width, ROW_HEIGHT - 6)), \
                    bar, status, count
                left += width

    def _placed(self, rect: QRectF) -> QRectF:
        """Right to left, the labels are on the right and the bars grow leftwards."""
        if not self.isRightToLeft():
            return rect
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        widest = max((bar.total for bar in self.bars), default=0) or 1
        room = max(10, self.width() - LABEL_WIDTH - 50)
        for row, bar in enumerate(self.bars):
            label = shown(metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight,
                                             LABEL_WIDTH - 8))
            painter.setPen(self.palette().text().color())
            # Alignment is by reading direction: towards the bar on either side.
            painter.drawText(self._placed(QRectF(0, row * ROW_HEIGHT, LABEL_WIDTH - 8,
                                                 ROW_HEIGHT)),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
            painter.drawText(self._placed(QRectF(LABEL_WIDTH + room * bar.total / widest + 4,
                                                 row * ROW_HEIGHT, 46, ROW_HEIGHT)),
                             Qt.AlignmentFlag.AlignVCenter, str(bar.total))
        painter.setPen(Qt.PenStyle.NoPen)
        for rect, _bar, status, _count in self._segments():
            painter.setBrush(QColor(STATUS_COLOURS.get(status, "#bbbbbb")))
            painter.drawRect(rect)
        painter.end()

    def segment_at(self, x: float, y: float):
        for rect, bar, status, count in self._segments():
            if rect.contains(x, y):
                return bar, status, count
        return None

    def mouseMoveEvent(self, event) -> None:
        found = self.segment_at(event.position().x(), event.position().y())
        if found is None:
            self.setToolTip("")
            return
        bar, status, count = found
        self.setToolTip(self.tr("{0} — {1}: {2} (click to see them)").format(
            bar.label, self.status_labels.get(status, status), count))

    def mousePressEvent(self, event) -> None:
        found = self.segment_at(event.position().x(), event.position().y())
        if found is not None:
            self.segment_clicked.emit(found[0].value, found[1])


class DashboardPage(QWidget):
    show_requested = Signal(object)  # Selection for the register
    plan_requested = Signal()  # the indicators off track are on the Plan page

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = page_heading()
        self.heading.setText(self.tr("Dashboard"))
        self.figures: dict[str, QPushButton] = {}
        figures = QHBoxLayout()
        for key, tip in (("total", self.tr("Every recommendation")),
                         ("with_lead", self.tr("Those with a lead institution")),
                         ("overdue", self.tr("A deadline of theirs has passed")),
                         ("waiting_validation", self.tr("Submitted, waiting for the ministry's "
                                                        "validating authority")),
                         ("waiting_acceptance", self.tr("Validated, waiting for the "
                                                        "secretariat")),
                         ("indicators_off_track", self.tr("Progress behind the time elapsed "
                                                          "between baseline and target"))):
            button = QPushButton()
            button.setToolTip(tip)
            button.setMinimumHeight(48)
            button.clicked.connect(lambda _=False, k=key: self._figure_clicked(k))
            self.figures[key] = button
            figures.addWidget(button)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.charts: dict[Facet, StackedBars] = {}
        grid = QGridLayout()
        titles = {Facet.THEME: self.tr("Status by theme (largest themes)"),
                  Facet.LEAD: self.tr("Status by lead institution"),
                  Facet.MECHANISM: self.tr("Status by mechanism"),
                  Facet.SDG: self.tr("Status by SDG goal")}
        for position, (facet, title) in enumerate(titles.items()):
            box = QGroupBox(title)
            chart = StackedBars()
            chart.segment_clicked.connect(
                lambda value, status, f=facet: self.show_requested.emit(
                    Selection({f: frozenset({value}), Facet.STATUS: frozenset({status})})))
            self.charts[facet] = chart
            column = QVBoxLayout(box)
            column.addWidget(chart)
            column.addStretch(1)
            grid.addWidget(box, position // 2, position % 2)
        self.overdue = QListWidget()
        self.overdue.itemActivated.connect(self._overdue_clicked)
        self.overdue.itemClicked.connect(self._overdue_clicked)
        self.recent = QLabel()
        self.recent.setWordWrap(True)
        self.recent.setTextFormat(Qt.TextFormat.RichText)
        self.recent.setAlignment(Qt.AlignmentFlag.AlignTop)
        overdue_box = QGroupBox(self.tr("Overdue, by lead institution"))
        QVBoxLayout(overdue_box).addWidget(self.overdue)
        recent_box = QGroupBox(self.tr("Recent activity"))
        QVBoxLayout(recent_box).addWidget(self.recent)
        grid.addWidget(overdue_box, 2, 0)
        grid.addWidget(recent_box, 2, 1)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addLayout(figures)
        column.addWidget(self.legend)
        column.addLayout(grid)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        self.board: Dashboard | None = None

    def show_dashboard(self, board: Dashboard) -> None:
        self.board = board
        texts = {"total": self.tr("{0}\nrecommendations"),
                 "with_lead": self.tr("{0}\nwith a lead institution"),
                 "overdue": self.tr("{0}\noverdue"),
                 "waiting_validation": self.tr("{0}\nwaiting for validation"),
                 "waiting_acceptance": self.tr("{0}\nwaiting for acceptance"),
                 "indicators_off_track": self.tr("{0}\nindicators off track")}
        for key, button in self.figures.items():
            button.setText(texts[key].format(f"{getattr(board, key):,}"))
        labels = {code: code_label(StatusCode, code) for code, _ in board.statuses}
        labels[NOT_ASSESSED] = self.tr("Not assessed")
        self.legend.setText("  ".join(
            f"<span style='background:{STATUS_COLOURS.get(code, '#bbb')}'>&nbsp;&nbsp;&nbsp;"
            f"</span> {escape(labels[code])}" for code, _ in board.statuses))
        for facet, chart in self.charts.items():
            chart.set_bars(board.breakdowns.get(facet, []), labels)
        self.overdue.clear()
        for institution_id, code, count in board.overdue_by_institution:
            item = QListWidgetItem(self.tr("{0}: {1} overdue").format(code, count))
            item.setData(Qt.ItemDataRole.UserRole, institution_id)
            self.overdue.addItem(item)
        if not board.overdue_by_institution:
            self.overdue.addItem(self.tr("Nothing overdue."))
        words = ChangeWords()

        def said(change) -> str:
            if change.table == "assessment" and change.stage:
                return self.tr("{0}: {1}").format(words.kind(change.table),
                                                  words.value("workflow_state", change.stage))
            if change.table == "assignment" and change.institution:
                return self.tr("{0}: {1} {2}").format(
                    words.what(change.table, change.operation),
                    words.value("role", change.role), change.institution)
            shown = ", ".join(words.field(name) for name in change.fields
                              if name not in ("id", "deleted"))[:80]
            return words.what(change.table, change.operation) + (f": {shown}" if shown
                                                                  and change.operation
                                                                  == "update" else "")

        self.recent.setText("<br>".join(
            f"<span style='color:gray'>{local_time_text(a.when)}</span> {escape(a.author)} — "
            f"{escape(said(a))}" for a in board.recent) or self.tr("No changes yet."))

    def _overdue_clicked(self, item: QListWidgetItem) -> None:
        institution_id = item.data(Qt.ItemDataRole.UserRole)
        if institution_id:
            self.show_requested.emit(Selection.of(lead=[institution_id], deadline=[OVERDUE]))

    def _figure_clicked(self, key: str) -> None:
        if key == "indicators_off_track":
            self.plan_requested.emit()
            return
        selection = {"total": Selection(), "overdue": Selection.of(deadline=[OVERDUE]),
                     "waiting_validation": Selection.of(report=["submitted"]),
                     "waiting_acceptance": Selection.of(report=["validated"])}.get(key)
        if key == "with_lead" and self.board is not None:
            selection = Selection.of(lead=self.board.leads)
        if selection is not None:
            self.show_requested.emit(selection)
