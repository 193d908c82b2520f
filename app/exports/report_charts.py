"""The charts of the PDF reports (reportlab graphics, vector, no image files)."""

from __future__ import annotations

import textwrap

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from app.exports.pdf_common import BOLD, FONT
from app.exports.scripts import drawn
from app.services.status import STATUS_COLOURS

BAR = 13  # points per bar
LABEL_CHARACTERS = 38


def _short(label: str) -> str:
    """A long name on two lines rather than cut: "Ministry of Women, Children and Social
    Welfare" stays whole; only a third line's worth is elided."""
    lines = textwrap.wrap(label, LABEL_CHARACTERS) or [""]
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), LABEL_CHARACTERS,
                                            placeholder="…")]
    return "\n".join(lines)


def status_bars(title: str, bars: list[tuple[str, dict[str, int]]],
                statuses: list[tuple[str, str]], width: float, legend: bool = True, *,
                right_to_left: bool = False) -> Drawing:
    """One horizontal bar per category, stacked by status (in rank order), the count at the
    end of each bar, a legend below. statuses: (code, label) pairs; bars: label → counts by
    status code. Right to left, the names stand on the right and the bars grow leftwards."""
    label_width = 0.36 * width
    legend_height = 14 * ((len(statuses) + 2) // 3) + 14 if legend else 0
    height = 40 + BAR * len(bars) * 1.35 + legend_height
    drawing = Drawing(width, height, initialFontName=FONT)
    shown, font = drawn(title, BOLD, 10)
    drawing.add(String(width if right_to_left else 0, height - 12, shown, fontName=font,
                       fontSize=10, textAnchor="end" if right_to_left else "start"))
    if not bars:
        return drawing
    chart = HorizontalBarChart()
    chart.x, chart.y = (30 if right_to_left else label_width), legend_height + 14
    chart.width = width - label_width - 30
    chart.height = BAR * len(bars) * 1.35
    # reportlab draws the first category at the bottom: reversed so the list reads downwards.
    ordered = list(reversed(bars))
    chart.data = [[counts.get(code, 0) for _, counts in ordered] for code, _ in statuses]
    names = [_drawn_lines(_short(label)) for label, _ in ordered]
    chart.categoryAxis.categoryNames = [name for name, _ in names]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.labels.fontName = next(
        (font for _, font in names if font != FONT), FONT)
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.leading = 8
    chart.categoryAxis.labels.boxAnchor = "w" if right_to_left else "e"
    chart.categoryAxis.labels.dx = 4 if right_to_left else -4
    if right_to_left:
        chart.categoryAxis.joinAxisMode = "right"
        chart.valueAxis.reverseDirection = 1
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = 1
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.barSpacing = 0
    chart.groupSpacing = BAR * 0.35
    chart.bars.strokeColor = colors.white
    chart.bars.strokeWidth = 0.3
    for index, (code, _) in enumerate(statuses):
        chart.bars[index].fillColor = colors.HexColor(STATUS_COLOURS.get(code, "#bbbbbb"))
    biggest = max(sum(counts.values()) for _, counts in bars) or 1
    chart.valueAxis.valueMax = biggest
    chart.valueAxis.valueStep = _step(biggest)
    drawing.add(chart)
    slot = chart.height / len(ordered)
    for position, (_, counts) in enumerate(ordered):
        total = sum(counts.values())
        reach = chart.width * total / biggest + 3
        drawing.add(String(chart.x + chart.width - reach if right_to_left else chart.x + reach,
                           chart.y + slot * (position + 0.5) - 3, str(total),
                           fontName=FONT, fontSize=7,
                           textAnchor="end" if right_to_left else "start"))
    if legend:
        drawing.add(_legend(statuses, width, legend_height - 14, right_to_left))
    return drawing


def _drawn_lines(text: str) -> tuple[str, str]:
    """Each line of a category name as it is drawn (Arabic shaped, right to left)."""
    lines = [drawn(line, FONT, 7.5) for line in text.split("\n")]
    font = next((font for _, font in lines if font != FONT), FONT)
    return "\n".join(shown for shown, _ in lines), font


def _step(biggest: int) -> int:
    """A round axis step giving four to eight grid lines."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if biggest / step <= 8:
            return step
    return max(1, biggest // 5)


def _legend(statuses: list[tuple[str, str]], width: float, height: float,
            right_to_left: bool = False) -> Legend:
    legend = Legend()
    legend.x, legend.y = 0, height
    # Right to left, each swatch after its label, read from the right.
    legend.alignment = "left" if right_to_left else "right"
    legend.columnMaximum = 1 if len(statuses) <= 3 else (len(statuses) + 2) // 3
    labels = [drawn(label, FONT, 7.5) for _, label in statuses]
    legend.fontName = next((font for _, font in labels if font != FONT), FONT)
    legend.fontSize = 7.5
    legend.dx = legend.dy = 7
    legend.deltax = width / 3
    legend.dxTextSpace = 4
    legend.strokeWidth = 0
    legend.colorNamePairs = [(colors.HexColor(STATUS_COLOURS.get(code, "#bbbbbb")), shown)
                             for (code, _), (shown, _) in zip(statuses, labels, strict=True)]
    legend.boxAnchor = "nw"
    return legend
