"""An indicator's series: baseline, recorded values and the target, with progress."""

from __future__ import annotations

import math
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.services.plan import IndicatorRow

MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 56, 16, 22, 26
VALUE_COLOUR = "#1f6fb2"
TARGET_COLOUR = "#27ae60"
BASELINE_COLOUR = "#7f8c8d"


def axis_ticks(low: float, high: float, most: int = 5) -> list[float]:
    """Round values between low and high for the axis: 0, 25, 50… or 0.2, 0.4…"""
    span = high - low
    if span <= 0:
        return [low]
    raw = span / most
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.ceil(low / step) * step
    count = math.floor((high - first) / step + 1e-9) + 1
    return [round(first + index * step, 10) for index in range(count)]


class IndicatorChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.indicator: IndicatorRow | None = None
        self.setMinimumHeight(140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_indicator(self, indicator: IndicatorRow | None) -> None:
        self.indicator = indicator
        self.update()

    def points(self) -> list[tuple[date, float, str]]:
        """Baseline, values, target: everything the chart places, as (date, value, kind)."""
        row = self.indicator
        if row is None:
            return []
        found = []
        if row.baseline[0] and row.baseline[1] is not None:
            found.append((row.baseline[0], row.baseline[1], "baseline"))
        found += [(when, value, "value") for when, value, _ in row.values]
        if row.target[0] and row.target[1] is not None:
            found.append((row.target[0], row.target[1], "target"))
        return found

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().text().color()
        points = self.points()
        if not points:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr(
                "Select an indicator to see its values against the target."))
            return
        plot = QRectF(MARGIN_LEFT, MARGIN_TOP, self.width() - MARGIN_LEFT - MARGIN_RIGHT,
                      self.height() - MARGIN_TOP - MARGIN_BOTTOM)
        first = min(p[0] for p in points).toordinal()
        last = max(p[0] for p in points).toordinal()
        low = min(p[1] for p in points)
        high = max(p[1] for p in points)
        if high == low:
            high, low = high + 1, low - 1
        # Room above and below, so that no point or its label sits on the frame.
        padding = (high - low) * 0.12
        high, low = high + padding, low - padding

        def place(when: date, value: float) -> QPointF:
            x = plot.left() + plot.width() * ((when.toordinal() - first) / max(1, last - first))
            y = plot.bottom() - plot.height() * ((value - low) / (high - low))
            return QPointF(x, y)

        painter.setPen(QPen(self.palette().mid().color()))
        painter.drawRect(plot)
        for value in axis_ticks(low, high):
            point = place(date.fromordinal(first), value)
            painter.setPen(QPen(self.palette().midlight().color(), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(plot.left(), point.y()), QPointF(plot.right(), point.y()))
            painter.setPen(text_colour)
            painter.drawLine(QPointF(plot.left() - 4, point.y()), QPointF(plot.left(), point.y()))
            painter.drawText(QRectF(0, point.y() - 9, MARGIN_LEFT - 8, 18),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{value:,.4g}")
        painter.setPen(text_colour)
        # The first and last dates, kept inside the plot's width (centred, the last was cut).
        painter.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width() / 2, 18),
                         Qt.AlignmentFlag.AlignLeft, date.fromordinal(first).isoformat())
        if last != first:
            painter.drawText(QRectF(plot.center().x(), plot.bottom() + 4, plot.width() / 2, 18),
                             Qt.AlignmentFlag.AlignRight, date.fromordinal(last).isoformat())
        row = self.indicator
        if row is None:  # points() is empty without one: not reached
            return
        if row.target[1] is not None:
            target_y = place(date.fromordinal(first), row.target[1]).y()
            painter.setPen(QPen(QColor(TARGET_COLOUR), 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), target_y), QPointF(plot.right(), target_y))
            painter.drawText(QRectF(plot.left() + 4, target_y - 18, 200, 16),
                             Qt.AlignmentFlag.AlignLeft,
                             self.tr("target {0:,.4g} {1}").format(row.target[1], row.unit))
        series = [p for p in points if p[2] in ("baseline", "value")]
        painter.setPen(QPen(QColor(VALUE_COLOUR), 2))
        for (when_a, value_a, _), (when_b, value_b, _) in pairwise(series):
            painter.drawLine(place(when_a, value_a), place(when_b, value_b))
        for when, value, kind in points:
            colour = {"baseline": BASELINE_COLOUR, "target": TARGET_COLOUR}.get(kind,
                                                                                VALUE_COLOUR)
            painter.setBrush(QColor(colour))
            painter.setPen(Qt.PenStyle.NoPen)
            point = place(when, value)
            painter.drawEllipse(point, 4, 4)
            if kind != "target":  # the target line has its own label
                painter.setPen(QColor(colour))
                painter.drawText(QRectF(point.x() - 40, point.y() - 22, 80, 16),
                                 Qt.AlignmentFlag.AlignHCenter, f"{value:,.4g}")
        progress = row.progress
        if progress is not None:
            painter.setPen(text_colour)
            state = self.tr(" — off track") if row.off_track() else ""
            painter.drawText(QRectF(plot.left(), 2, plot.width(), 18), Qt.AlignmentFlag.AlignRight,
                             self.tr("{0:.0%} of the way to the target{1}").format(progress,
                                                                                 state))
        painter.end()
