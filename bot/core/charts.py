"""Insight charts as PNG bytes: plain day records in, a picture sized for a phone out; and the
drawing pieces the clinician's report (bot/core/report.py) puts on paper.

Drawn with matplotlib's object API on the Agg canvas: no pyplot, no global figure or rcParams
state. Matplotlib is not thread-safe (its own docs say to lock), and charts are drawn in worker
threads, so one lock (LOCK, shared with the report) serialises the drawing itself. Every word on
a chart comes in `labels`.
"""

from __future__ import annotations

import io
import math
import threading
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from bot.core.chart_labels import SleepLabels, SymptomLabels
from bot.core.stats import DayRecord, is_short_night, sleep_interval

__all__ = [
    "LOCK",
    "SleepLabels",
    "SymptomLabels",
    "bars",
    "days_between",
    "marker_scale",
    "night_handles",
    "plot_nights",
    "set_day_ticks",
    "sleep_chart",
    "style",
    "symptom_chart",
    "symptom_figure",
    "x_ticks",
]

# Held while any figure is drawn, here or in the report.
LOCK = threading.Lock()

# 1200 x 900 px: wide enough for 90 bars, and text stays legible when a phone shrinks it.
_SIZE = (8.0, 6.0)
_DPI = 150
_TEXT = 13
_TITLE = 15

TWITCH = "#5b7db1"
ANXIETY = "#c46b3d"
COFFEE = "#6b4226"
SHORT = "#7a4fa0"
SLEEP = "#5b7db1"
TARGET = "#2e8b57"
WEEKEND = "#eeeeee"
GRID = "#dddddd"


def days_between(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    FigureCanvasAgg(figure).print_png(buffer)
    return buffer.getvalue()


def x_ticks(
    days: Sequence[date], day: Callable[[date], str], weekday: Callable[[date], str]
) -> tuple[list[int], list[str]]:
    """About seven tick labels whatever the span: every day for a week (its weekday above its
    date: a weekday alone does not say which week), weekly beyond."""
    if len(days) <= 8:
        return list(range(len(days))), [f"{weekday(d)}\n{day(d)}" for d in days]
    step = max(7, 7 * math.ceil(len(days) / 7 / 6))
    # Count back from the last day so "today" always has a label.
    positions = list(range(len(days) - 1, -1, -step))[::-1]
    return positions, [day(days[i]) for i in positions]


def set_day_ticks(axes: Axes, positions: Sequence[int], names: Sequence[str]) -> None:
    """Day labels under `axes`; the last (today, at the right edge) ends at its tick instead of
    being centred on it, so it is never cut off by the edge of the picture."""
    ticks = axes.set_xticks(positions, names)
    if len(positions) > 1 and ticks:
        ticks[-1].label1.set_horizontalalignment("right")


def marker_scale(days: int) -> float:
    """How much to shrink day markers so neighbours stay apart: 1 up to a month, less beyond
    (a 90-day chart's markers would otherwise run together into blobs)."""
    return min(1.0, 31 / max(days, 1))


def style(axes: Axes, size: float = _TEXT) -> None:
    axes.tick_params(labelsize=size, length=0)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.spines["left"].set_color(GRID)
    axes.spines["bottom"].set_color(GRID)
    axes.grid(axis="y", color=GRID, linewidth=0.8)
    axes.set_axisbelow(True)


def symptom_chart(
    records: Sequence[DayRecord], *, first: date, last: date, labels: SymptomLabels
) -> bytes:
    """Twitching (bars, 0-3) above anxiety (line, 0-10) for each day from `first` to `last`,
    with days of caffeine after the cut-off and nights under 6 hours marked above the bars."""
    with LOCK:
        return _png(symptom_figure(records, first=first, last=last, labels=labels))


def symptom_figure(
    records: Sequence[DayRecord], *, first: date, last: date, labels: SymptomLabels
) -> Figure:
    """The symptom chart as a figure, not yet drawn (tests read its parts). Hold LOCK."""
    days = days_between(first, last)
    by_day = {r.day: r for r in records}
    index = range(len(days))
    twitch = [by_day[d].twitch if d in by_day else None for d in days]
    anxiety = [by_day[d].anxiety if d in by_day else None for d in days]
    coffee = [i for i, d in enumerate(days) if d in by_day and by_day[d].caffeine_after_cutoff]
    short = [i for i, d in enumerate(days) if d in by_day and is_short_night(by_day[d])]
    positions, tick_labels = x_ticks(days, labels.day, labels.weekday)
    width = 0.7 if len(days) <= 31 else 0.85
    scale = marker_scale(len(days))

    figure = Figure(figsize=_SIZE, dpi=_DPI, layout="constrained")
    top, bottom = figure.subplots(2, 1, sharex=True, height_ratios=(1.15, 1))
    figure.suptitle(labels.title, fontsize=_TITLE, fontweight="bold")

    # A day checked in with "none" still gets a visible sliver, unlike a day not checked in.
    heights = [0.06 if t == 0 else (t if t is not None else 0) for t in twitch]
    top.add_collection(bars(index, [0.0] * len(days), heights, width, TWITCH))
    top.set_ylim(0, 4.1)
    top.set_yticks(range(4), labels.levels)
    top.set_title(labels.twitch, fontsize=_TEXT, loc="left")
    style(top)
    top.scatter(coffee, [3.75] * len(coffee), marker="v", s=70 * scale, color=COFFEE, zorder=3)
    top.scatter(short, [3.35] * len(short), marker="s", s=45 * scale, color=SHORT, zorder=3)

    values = [math.nan if a is None else float(a) for a in anxiety]
    bottom.plot(
        index,
        values,
        color=ANXIETY,
        linewidth=2.5 * math.sqrt(scale),
        marker="o",
        markersize=5 * math.sqrt(scale),
    )
    bottom.set_ylim(-0.5, 10.5)
    bottom.set_yticks([0, 5, 10])
    bottom.set_title(labels.anxiety, fontsize=_TEXT, loc="left")
    style(bottom)
    bottom.set_xlim(-0.7, len(days) - 0.3)
    set_day_ticks(bottom, positions, tick_labels)

    handles = [
        Line2D([], [], marker="v", linestyle="", color=COFFEE, markersize=9),
        Line2D([], [], marker="s", linestyle="", color=SHORT, markersize=8),
    ]
    figure.legend(
        handles,
        [labels.coffee_late, labels.short_night],
        loc="outside lower center",
        ncols=2,
        frameon=False,
        fontsize=_TEXT,
    )
    return figure


def bars(
    xs: Sequence[float], lows: Sequence[float], highs: Sequence[float], width: float, color: str
) -> PolyCollection:
    """Vertical bars as one collection: a year of days stays one artist, not 365 patches."""
    half = width / 2
    boxes = [
        [(x - half, low), (x + half, low), (x + half, high), (x - half, high)]
        for x, low, high in zip(xs, lows, highs, strict=True)
        if high != low
    ]
    return PolyCollection(boxes, facecolors=color, edgecolors="none", zorder=2)


def _runs(flags: Sequence[bool | None]) -> list[tuple[int, int]]:
    """[start, stop) index ranges of consecutive true flags (a weekend is one shaded span)."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for i, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            runs.append((start, i))
            start = None
    return runs


def _noon_before(day: date) -> datetime:
    return datetime.combine(day - timedelta(days=1), time(12, 0))


def _hours_since_noon(t: time) -> float:
    hours = t.hour + t.minute / 60
    return hours - 12 if hours >= 12 else hours + 12


def _clock(hours_since_noon: float) -> str:
    return f"{int(hours_since_noon + 12) % 24:02d}:00"


def plot_nights(
    axes: Axes,
    records: Sequence[DayRecord],
    days: Sequence[date],
    *,
    target_bed: time | None,
    target_wake: time | None,
    size: float = _TEXT,
) -> None:
    """Each night on `axes` as a bar from bedtime down to wake time (x: the index of the day
    they woke in `days`), a lone bed or wake time as a dot, the target times as dashed lines
    and free days (weekends unless a record says otherwise) shaded. Call it holding LOCK."""
    by_day = {r.day: r for r in records}
    width = 0.6 if len(days) <= 31 else 0.8
    nights: list[tuple[int, float, float]] = []
    beds: list[tuple[int, float]] = []
    wakes: list[tuple[int, float]] = []
    for i, d in enumerate(days):
        rec = by_day.get(d)
        if rec is None:
            continue
        interval = sleep_interval(rec)
        if interval is not None:
            onset, wake = interval
            start = (onset - _noon_before(d)) / timedelta(hours=1)
            end = (wake - _noon_before(d)) / timedelta(hours=1)
            nights.append((i, start, end))
        else:
            if rec.bedtime is not None:
                beds.append((i, _hours_since_noon(rec.bedtime)))
            if rec.wake is not None:
                wakes.append((i, _hours_since_noon(rec.wake)))

    marks = [v for _, s, e in nights for v in (s, e)] + [v for _, v in beds + wakes]
    marks += [_hours_since_noon(t) for t in (target_bed, target_wake) if t is not None]
    low = max(0.0, math.floor(min(marks, default=10.0)) - 1)
    high = min(24.0, math.ceil(max(marks, default=20.0)) + 1)

    free = [by_day[d].is_free_day if d in by_day else d.weekday() >= 5 for d in days]
    for start_i, stop_i in _runs(free):
        axes.axvspan(start_i - 0.5, stop_i - 0.5, color=WEEKEND, linewidth=0, zorder=0)
    if nights:
        axes.add_collection(
            bars(
                [i for i, _, _ in nights],
                [s for _, s, _ in nights],
                [e for _, _, e in nights],
                width,
                SLEEP,
            )
        )
    dot = 40 * (size / _TEXT) ** 2 * marker_scale(len(days))
    for points in (beds, wakes):
        if points:
            xs, ys = [x for x, _ in points], [y for _, y in points]
            axes.scatter(xs, ys, s=dot, color=SLEEP, zorder=3)
    line = 2 * size / _TEXT
    for target in (target_bed, target_wake):
        if target is not None:
            axes.axhline(_hours_since_noon(target), color=TARGET, linestyle="--", linewidth=line)
    ticks = list(range(int(low) + int(low) % 2, int(high) + 1, 2))
    axes.set_yticks(ticks, [_clock(t) for t in ticks])
    # Evening at the top, morning below: time runs down the page, as on a calendar.
    axes.set_ylim(high, low)
    axes.set_xlim(-0.5, len(days) - 0.5)


def night_handles(size: float = _TEXT) -> list[Artist]:
    """Legend keys for plot_nights: in bed, targets, weekend."""
    return [
        Patch(color=SLEEP),
        Line2D([], [], color=TARGET, linestyle="--", linewidth=2 * size / _TEXT),
        Patch(color=WEEKEND),
    ]


def sleep_chart(
    records: Sequence[DayRecord],
    *,
    first: date,
    last: date,
    target_bed: time | None,
    target_wake: time | None,
    labels: SleepLabels,
) -> bytes:
    """Bed and wake times of each night from `first` to `last` (see plot_nights), phone-sized."""
    days = days_between(first, last)
    positions, tick_labels = x_ticks(days, labels.day, labels.weekday)
    with LOCK:
        figure = Figure(figsize=_SIZE, dpi=_DPI, layout="constrained")
        axes = figure.subplots()
        figure.suptitle(labels.title, fontsize=_TITLE, fontweight="bold")
        plot_nights(axes, records, days, target_bed=target_bed, target_wake=target_wake)
        set_day_ticks(axes, positions, tick_labels)
        style(axes)
        figure.legend(
            night_handles(),
            [labels.asleep, labels.target, labels.weekend],
            loc="outside lower center",
            ncols=3,
            frameon=False,
            fontsize=_TEXT,
        )
        return _png(figure)
