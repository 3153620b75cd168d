"""Tests for bot.core.charts: real PNGs of a sensible size, drawn safely from several threads."""

from __future__ import annotations

import math
import struct
from concurrent.futures import ThreadPoolExecutor
from datetime import date, time, timedelta

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from bot.core.charts import LOCK, sleep_chart, symptom_chart, symptom_figure
from bot.core.stats import DayRecord
from conversations.insights import sleep_labels, symptom_labels

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
LAST = date(2026, 11, 25)


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which must come first."""
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def days(n: int) -> list[DayRecord]:
    records = []
    for i in range(n):
        d = LAST - timedelta(days=i)
        if i % 5 == 3:
            continue  # a gap: a day without a check-in
        records.append(
            DayRecord(
                day=d,
                twitch=i % 4,
                anxiety=(i * 3) % 11,
                bedtime=time(23 if i % 2 else 0, 30),
                wake=time(7 if i % 3 else 5, 0),
                caffeine_after_cutoff=i % 3 == 0,
            )
        )
    return records


@pytest.mark.parametrize("period", [7, 30, 90])
def test_both_charts_are_phone_sized_pngs(period: int) -> None:
    records = days(period)
    first = LAST - timedelta(days=period - 1)
    symptoms = symptom_chart(records, first=first, last=LAST, labels=symptom_labels(period))
    sleep = sleep_chart(
        records,
        first=first,
        last=LAST,
        target_bed=time(23, 0),
        target_wake=time(7, 0),
        labels=sleep_labels(period),
    )
    for png in (symptoms, sleep):
        assert png_size(png) == (1200, 900)
        assert 15_000 < len(png) < 400_000
        assert png.endswith(b"IEND\xaeB`\x82")


def test_a_day_with_nothing_but_gaps_still_draws() -> None:
    # One record only, without sleep times: no bars, no crash, no empty axis range error.
    records = [DayRecord(day=LAST, twitch=0)]
    first = LAST - timedelta(days=6)
    png = sleep_chart(
        records, first=first, last=LAST, target_bed=None, target_wake=None, labels=sleep_labels(7)
    )
    assert png_size(png) == (1200, 900)
    png = symptom_chart(records, first=first, last=LAST, labels=symptom_labels(7))
    assert png_size(png) == (1200, 900)


def test_drawing_from_several_threads_gives_identical_pictures() -> None:
    records = days(30)
    first = LAST - timedelta(days=29)

    def draw(_: int) -> bytes:
        return symptom_chart(records, first=first, last=LAST, labels=symptom_labels(30))

    with ThreadPoolExecutor(max_workers=4) as pool:
        pictures = list(pool.map(draw, range(8)))
    assert len(set(pictures)) == 1


def drawn_figure(period: int) -> Figure:
    """The symptom chart of `period` days, laid out as it is when saved."""
    first = LAST - timedelta(days=period - 1)
    with LOCK:
        figure = symptom_figure(
            days(period), first=first, last=LAST, labels=symptom_labels(period)
        )
        FigureCanvasAgg(figure).draw()
    return figure


def test_a_week_names_each_day_by_weekday_and_date() -> None:
    figure = drawn_figure(7)
    names = [t.get_text() for t in figure.axes[1].get_xticklabels()]
    assert names[0] == "Thu\n19 Nov"
    assert names[-1] == "Wed\n25 Nov"


@pytest.mark.parametrize("period", [7, 30, 90])
def test_the_last_day_label_ends_within_the_chart(period: int) -> None:
    # Today's label sits at the right edge: centred there it would stick out past the chart
    # (and be cut off wherever the layout leaves no room for it).
    figure = drawn_figure(period)
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    axes = figure.axes[1]
    last = axes.get_xticklabels()[-1]
    assert last.get_text().endswith("25 Nov")
    assert last.get_window_extent(renderer).x1 <= axes.get_window_extent(renderer).x1


def test_ninety_days_of_markers_stay_apart() -> None:
    figure = drawn_figure(90)
    top = figure.axes[0]
    # Pixels between two neighbouring days, and the widest marker's width in pixels.
    day_px = top.transData.transform((1, 0))[0] - top.transData.transform((0, 0))[0]
    for markers in top.collections[1:]:  # the bars first, then ▼ and ■
        area = max(markers.get_sizes())  # points squared
        width_px = math.sqrt(area) * figure.dpi / 72
        assert width_px < day_px
