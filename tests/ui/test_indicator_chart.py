"""The indicator chart follows every change of its indicator, with ticks and value labels."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.plan import IndicatorRow
from app.ui.widgets.indicator_chart import axis_ticks
from app.ui.widgets.plan_view import PlanView


def _indicator(identifier: str, target: float, values: list[float]) -> IndicatorRow:
    return IndicatorRow(identifier, f"Indicator {identifier}", "outcome", "%", "increase",
                        "MOJ", None, (date(2024, 1, 1), 10.0), (date(2027, 12, 31), target),
                        [(date(2025 + n, 6, 30), value, f"{2025 + n}")
                         for n, value in enumerate(values)])


def test_the_chart_redraws_the_same_indicator_when_its_values_or_target_change(qtbot,
                                                                              tmp_path):
    view = PlanView()
    qtbot.addWidget(view)
    view.resize(900, 420)
    view.show()
    view.show_plan([], [_indicator("a", 50, [20]), _indicator("b", 80, [30])])
    view.indicators.selectRow(1)
    assert view.chart.indicator.id == "b"
    view.show_plan([], [_indicator("a", 50, [20]), _indicator("b", 90, [30, 55])])
    assert view.selected_indicator().id == "b"  # the same one stays selected
    assert view.chart.indicator.target[1] == 90
    assert [value for _, value, _ in view.chart.indicator.values] == [30, 55]
    view.chart.grab().save(str(tmp_path / "chart.png"))
    view.show_plan([], [])
    assert view.chart.indicator is None


@pytest.mark.parametrize(("low", "high", "ticks"), [
    (0, 100, [0, 20, 40, 60, 80, 100]), (12, 87, [20, 40, 60, 80]),
    (0.1, 0.93, [0.2, 0.4, 0.6, 0.8]), (70, 75, [70, 71, 72, 73, 74, 75]),
    (-1, 1, [-1, -0.5, 0, 0.5, 1]), (5, 5, [5])])
def test_axis_ticks_are_round_values_within_the_range(low, high, ticks):
    assert axis_ticks(low, high) == pytest.approx(ticks)
