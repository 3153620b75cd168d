"""The clinician's report as PDF bytes: plain report data and its words in, A4 pages out.

Page one holds twitching by day, the body areas and anxiety; page two sleep, caffeine and the
warning-sign answers; the user's own notes follow only when they asked for them. Drawn with
matplotlib's object API on the PDF backend, holding the charts' lock (matplotlib is not
thread-safe). Every word comes in `labels`; nothing here knows the language.
"""

from __future__ import annotations

import functools
import io
import math
import textwrap
from collections.abc import Sequence
from datetime import date

from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.ft2font import FT2Font
from matplotlib.lines import Line2D
from matplotlib.patches import FancyBboxPatch, Patch
from matplotlib.text import Text
from matplotlib.ticker import MaxNLocator

from bot.core import charts
from bot.core.chart_labels import ReportLabels, ReportSection
from bot.core.report_data import ReportData, ReportDay, figures

__all__ = ["clinician_report"]

# A4 portrait, in inches; everything below is laid out in inches from the top-left corner.
_PAGE_W, _PAGE_H = 8.27, 11.69
_MARGIN = 0.6
_FOOTER = 0.45
_Y_LABELS = 0.7  # room left of a chart for its y tick labels
_X_LABELS = 0.3  # room under a chart for its day labels

_TITLE = 16.0
_HEADING = 12.0
_BODY = 9.5
_SMALL = 8.0
_LEADING = 1.4
# DejaVu Sans averages about 0.55 em a character: enough to wrap lines before the margin.
_EM_PER_CHAR = 0.56

# The summary box: its shade, its edge, and the width of its field names (inches).
_BOX = "#f1f4f8"
_BOX_EDGE = "#c9d3e0"
_BOX_NAME = 1.75
# Text is extracted, searched and read aloud as words: no ligatures. The "ff" of "Caffeine"
# drawn as one glyph (U+FB00) extracts as "Ca eine" in many readers. The fonts are embedded
# (matplotlib's Type 3 glyphs, each named for its character); Type 42 would add 1.5 s a report.
_NO_LIGATURES = ("-liga", "-clig", "-dlig")

_INK = "#222222"
_QUIET = "#555555"
_ALERT = "#b00020"

_TWITCH_H = 1.35
_ANXIETY_H = 1.25
_SLEEP_H = 2.6
_CAFFEINE_H = 1.5
_AREA_ROW = 0.2
# Each note is cut here; a month of long notes should not become a book.
_NOTE_CHARS = 1500
_JOURNAL_PAGES = 3


@functools.cache
def _glyphs() -> frozenset[int]:
    """Code points the default font can draw; anything else would only print as a box."""
    path = font_manager.findfont(font_manager.FontProperties())
    return frozenset(FT2Font(path).get_charmap())


def _printable(text: str) -> str:
    glyphs = _glyphs()
    return "".join(ch for ch in text if ord(ch) in glyphs or ch in "\n\t")


def _wrap(text: str, indent: float) -> list[str]:
    width = int((_PAGE_W - 2 * _MARGIN - indent) * 72 / (_BODY * _EM_PER_CHAR))
    return [
        piece
        for part in (text.splitlines() or [""])
        for piece in (textwrap.wrap(part, width=width) or [""])
    ]


class _Pages:
    """A cursor running down A4 pages: text lines and charts go where it is, and a new page
    starts when the next piece does not fit."""

    def __init__(self) -> None:
        self.figures: list[Figure] = []
        self.y = 0.0
        self.new_page()

    @property
    def figure(self) -> Figure:
        return self.figures[-1]

    def new_page(self) -> None:
        self.figures.append(Figure(figsize=(_PAGE_W, _PAGE_H)))
        self.y = _MARGIN

    def room(self) -> float:
        return _PAGE_H - _MARGIN - _FOOTER - self.y

    def need(self, height: float) -> None:
        if height > self.room():
            self.new_page()

    def gap(self, inches: float) -> None:
        self.y += inches

    def line(
        self,
        text: str,
        *,
        size: float = _BODY,
        bold: bool = False,
        italic: bool = False,
        color: str = _INK,
        indent: float = 0.0,
    ) -> None:
        height = size * _LEADING / 72
        self.need(height)
        self.y += height
        self.figure.text(
            (_MARGIN + indent) / _PAGE_W,
            1 - (self.y - size * 0.35 / 72) / _PAGE_H,
            _printable(text),
            fontsize=size,
            fontweight="bold" if bold else "normal",
            fontstyle="italic" if italic else "normal",
            color=color,
            parse_math=False,
        )

    def paragraph(
        self,
        text: str,
        *,
        indent: float = 0.0,
        bold: bool = False,
        color: str = _INK,
    ) -> None:
        self.block(_wrap(text, indent), indent=indent, bold=bold, color=color)

    def block(
        self, pieces: Sequence[str], *, indent: float = 0.0, bold: bool = False, color: str = _INK
    ) -> None:
        """Lines of body text, drawn as one text when they fit on the page: a report with a
        month of notes draws a good deal faster with fewer, longer texts."""
        height = _BODY * _LEADING / 72
        if len(pieces) < 2 or len(pieces) * height > self.room():
            for piece in pieces:
                self.line(piece, indent=indent, bold=bold, color=color)
            return
        self.y += len(pieces) * height
        # A text of several lines sits on the baseline of its last one.
        self.figure.text(
            (_MARGIN + indent) / _PAGE_W,
            1 - (self.y - _BODY * 0.35 / 72) / _PAGE_H,
            "\n".join(_printable(p) for p in pieces),
            fontsize=_BODY,
            fontweight="bold" if bold else "normal",
            color=color,
            linespacing=_LEADING,
            parse_math=False,
        )

    def section(self, section: ReportSection, *, keep: float) -> None:
        """A heading and its sentences, kept on one page with the next `keep` inches."""
        lines = sum(len(_wrap(t, 0.0)) for t in section.lines)
        self.need(0.25 + (_HEADING + lines * _BODY) * _LEADING / 72 + keep)
        self.gap(0.2)
        self.line(section.heading, size=_HEADING, bold=True)
        for text in section.lines:
            self.paragraph(text)
        self.gap(0.06)

    def box(self, heading: str, rows: Sequence[tuple[str, Sequence[str]]]) -> None:
        """A shaded box of fields, each name in bold on the left and its lines beside it."""
        line = _BODY * _LEADING / 72
        name_width = int((_BOX_NAME - 0.1) * 72 / (_BODY * _EM_PER_CHAR))
        wrapped = [
            (
                textwrap.wrap(name, width=name_width) or [""],
                [piece for text in lines for piece in _wrap(text, _BOX_NAME + 0.3)] or [""],
            )
            for name, lines in rows
        ]
        height = (
            0.2 + _HEADING * _LEADING / 72 + sum(max(len(n), len(v)) for n, v in wrapped) * line
        )
        self.need(height + 0.2)
        self.gap(0.15)
        top = self.y
        self.figure.patches.append(
            FancyBboxPatch(
                (_MARGIN / _PAGE_W, 1 - (top + height) / _PAGE_H),
                (_PAGE_W - 2 * _MARGIN) / _PAGE_W,
                height / _PAGE_H,
                boxstyle="round,pad=0,rounding_size=0.006",
                transform=self.figure.transFigure,
                facecolor=_BOX,
                edgecolor=_BOX_EDGE,
                linewidth=0.8,
                zorder=0,
            )
        )
        self.gap(0.05)
        self.line(heading, size=_HEADING, bold=True, indent=0.12)
        for names, pieces in wrapped:
            start = self.y
            for name in names:
                self.line(name, bold=True, indent=0.12)
            below_names, self.y = self.y, start
            self.block(pieces, indent=_BOX_NAME + 0.2)
            self.y = max(self.y, below_names)
        self.y = top + height

    def axes(self, height: float) -> Axes:
        self.need(height)
        left = _MARGIN + _Y_LABELS
        bottom = self.y + height - _X_LABELS
        axes = self.figure.add_axes(
            (
                left / _PAGE_W,
                1 - bottom / _PAGE_H,
                (_PAGE_W - _MARGIN - left) / _PAGE_W,
                (height - _X_LABELS - 0.05) / _PAGE_H,
            )
        )
        self.y += height
        return axes

    def footers(self, labels: ReportLabels) -> None:
        total = len(self.figures)
        for number, figure in enumerate(self.figures, start=1):
            y = (_MARGIN - 0.15) / _PAGE_H
            figure.text(
                _MARGIN / _PAGE_W,
                y,
                _printable(labels.footer),
                fontsize=_SMALL,
                color=_QUIET,
                parse_math=False,
            )
            figure.text(
                1 - _MARGIN / _PAGE_W,
                y,
                _printable(labels.page(number, total)),
                fontsize=_SMALL,
                color=_QUIET,
                ha="right",
                parse_math=False,
            )


def _day_axis(axes: Axes, days: Sequence[date], labels: ReportLabels) -> None:
    positions, names = charts.x_ticks(days, labels.day, labels.weekday)
    axes.set_xlim(-0.6, len(days) - 0.4)
    charts.set_day_ticks(axes, positions, [_printable(n) for n in names])
    charts.style(axes, _SMALL)


def _twitching(
    axes: Axes, days: Sequence[date], by_day: dict[date, ReportDay], labels: ReportLabels
) -> None:
    levels = [by_day[d].twitch if d in by_day else None for d in days]
    # A day checked in with "none" still gets a visible sliver, unlike a day not checked in.
    heights = [0.06 if t == 0 else float(t or 0) for t in levels]
    axes.add_collection(
        charts.bars(range(len(days)), [0.0] * len(days), heights, 0.7, charts.TWITCH)
    )
    axes.set_ylim(0, 3.3)
    axes.set_yticks(range(4), [_printable(w) for w in labels.levels])
    _day_axis(axes, days, labels)


def _areas(
    axes: Axes,
    days: Sequence[date],
    by_day: dict[date, ReportDay],
    areas: Sequence[str],
    names: Sequence[str],
    labels: ReportLabels,
) -> None:
    """A strip per body area, a mark on each day it was named: where, and since when."""
    xs, ys = [], []
    for row, area in enumerate(areas):
        for i, d in enumerate(days):
            day = by_day.get(d)
            if day is not None and day.twitch and area in day.locations:
                xs.append(i)
                ys.append(row)
    # Markers shrink as days multiply, so neighbouring days stay apart.
    size = max(4.0, min(40.0, 900.0 / max(len(days), 1)))
    axes.scatter(xs, ys, marker="s", s=size, color=charts.TWITCH, linewidths=0)
    axes.set_ylim(len(areas) - 0.5, -0.5)
    axes.set_yticks(range(len(areas)), [_printable(n) for n in names])
    _day_axis(axes, days, labels)
    axes.grid(axis="y", visible=False)


def _anxiety(
    axes: Axes, days: Sequence[date], by_day: dict[date, ReportDay], labels: ReportLabels
) -> None:
    values = [
        math.nan if d not in by_day or by_day[d].anxiety is None else float(by_day[d].anxiety or 0)
        for d in days
    ]
    axes.plot(
        range(len(days)), values, color=charts.ANXIETY, linewidth=1.8, marker="o", markersize=3.5
    )
    axes.set_ylim(-0.5, 10.5)
    axes.set_yticks([0, 5, 10])
    _day_axis(axes, days, labels)


def _sleep(axes: Axes, days: Sequence[date], data: ReportData, labels: ReportLabels) -> None:
    charts.plot_nights(
        axes,
        [d.record() for d in data.days],
        days,
        target_bed=data.target_bed,
        target_wake=data.target_wake,
        size=_SMALL,
    )
    _day_axis(axes, days, labels)
    axes.legend(
        charts.night_handles(_SMALL),
        [_printable(t) for t in (labels.in_bed, labels.target, labels.weekend)],
        loc="lower left",
        bbox_to_anchor=(0, 1.0),
        ncols=3,
        frameon=False,
        fontsize=_SMALL,
        borderaxespad=0.1,
    )


def _caffeine(
    axes: Axes, days: Sequence[date], by_day: dict[date, ReportDay], labels: ReportLabels
) -> None:
    drinks = [float(by_day[d].caffeine_drinks or 0) if d in by_day else 0.0 for d in days]
    top = max(drinks, default=0.0)
    axes.add_collection(
        charts.bars(range(len(days)), [0.0] * len(days), drinks, 0.7, charts.COFFEE)
    )
    late = [i for i, d in enumerate(days) if d in by_day and by_day[d].caffeine_late]
    axes.scatter(late, [top + 0.6] * len(late), marker="v", s=22, color=charts.ANXIETY, zorder=3)
    axes.set_ylim(0, top + 1.1)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=4))
    _day_axis(axes, days, labels)
    axes.legend(
        [
            Patch(color=charts.COFFEE),
            Line2D([], [], marker="v", linestyle="", color=charts.ANXIETY, markersize=5),
        ],
        [_printable(labels.drinks), _printable(labels.late_drinks)],
        loc="lower left",
        bbox_to_anchor=(0, 1.0),
        ncols=2,
        frameon=False,
        fontsize=_SMALL,
        borderaxespad=0.1,
    )


def _nothing(pages: _Pages, labels: ReportLabels) -> None:
    pages.line(labels.nothing_entered, italic=True, color=_QUIET)


def _journal(pages: _Pages, labels: ReportLabels) -> None:
    if labels.journal is None:
        return
    # The notes follow the two pages of figures on pages of their own.
    pages.new_page()
    pages.section(labels.journal, keep=0.5)
    if not labels.journal_entries:
        _nothing(pages, labels)
        return
    last_page = len(pages.figures) + _JOURNAL_PAGES - 1
    line = _BODY * _LEADING / 72
    entries = labels.journal_entries
    for shown, (when, text) in enumerate(entries):
        note = text if len(text) <= _NOTE_CHARS else text[:_NOTE_CHARS].rstrip() + "…"
        height = 0.08 + (1 + len(_wrap(note, 0.15))) * line
        # On the last page a note must fit whole, and leave room to say what is left out.
        room_for_rest = 0.1 + line if shown < len(entries) - 1 else 0.0
        if len(pages.figures) >= last_page and height + room_for_rest > pages.room():
            pages.gap(0.1)
            pages.line(labels.journal_left_out(len(entries) - shown), italic=True)
            return
        pages.gap(0.08)
        pages.need(2 * line)  # a date is never the last line of a page
        pages.line(when, bold=True)
        pages.paragraph(note, indent=0.15)


def clinician_report(data: ReportData, labels: ReportLabels) -> bytes:
    """The report as PDF bytes: two A4 pages, more only for the user's notes."""
    # The charts start at the first entry: two weeks of data are not drawn as a blank month.
    days = charts.days_between(data.start, data.last)
    by_day = {d.day: d for d in data.days if data.first <= d.day <= data.last}
    twitch_days = any(d.twitch is not None for d in by_day.values())
    anxiety_days = any(d.anxiety is not None for d in by_day.values())
    nights = any(d.bedtime is not None or d.wake is not None for d in by_day.values())
    drinks = any(d.caffeine_drinks for d in by_day.values())

    with charts.LOCK:
        pages = _Pages()
        pages.line(labels.title, size=_TITLE, bold=True)
        pages.gap(0.04)
        pages.line(labels.disclaimer, italic=True, color=_QUIET)
        pages.paragraph(labels.coverage)
        pages.box(labels.summary_heading, labels.summary)

        pages.section(labels.twitching, keep=_TWITCH_H if twitch_days else 0.2)
        if twitch_days:
            _twitching(pages.axes(_TWITCH_H), days, by_day, labels)
        else:
            _nothing(pages, labels)

        areas = figures(data).areas
        area_height = 0.45 + _AREA_ROW * len(areas)
        pages.section(labels.areas, keep=area_height if areas else 0.2)
        if areas:
            # In the order first named, so spreading reads top to bottom.
            first_named = [a for a, _ in data.areas_first_named]
            order = sorted(
                (key for key, _ in areas),
                key=lambda k: first_named.index(k) if k in first_named else len(first_named),
            )
            counts = dict(areas)
            _areas(
                pages.axes(area_height),
                days,
                by_day,
                order,
                [labels.area_days(labels.area(key), counts[key]) for key in order],
                labels,
            )
        else:
            _nothing(pages, labels)

        pages.section(labels.anxiety, keep=_ANXIETY_H if anxiety_days else 0.2)
        if anxiety_days:
            _anxiety(pages.axes(_ANXIETY_H), days, by_day, labels)
        else:
            _nothing(pages, labels)

        if len(pages.figures) == 1:
            pages.new_page()  # sleep and caffeine start page two, unless it has begun
        pages.section(labels.sleep, keep=_SLEEP_H if nights else 0.2)
        if nights:
            pages.gap(0.15)  # the legend sits above the chart
            _sleep(pages.axes(_SLEEP_H), days, data, labels)
        else:
            _nothing(pages, labels)

        pages.section(labels.caffeine, keep=_CAFFEINE_H if drinks else 0.2)
        if drinks:
            pages.gap(0.15)
            _caffeine(pages.axes(_CAFFEINE_H), days, by_day, labels)
        else:
            _nothing(pages, labels)

        pages.section(labels.warnings, keep=0.3)
        for text, alert in labels.warning_lines:
            pages.paragraph(text, bold=alert, color=_ALERT if alert else _INK)

        _journal(pages, labels)
        pages.footers(labels)

        buffer = io.BytesIO()
        metadata = {"Title": _printable(labels.title), "Creator": "Stillpoint"}
        with PdfPages(buffer, metadata=metadata) as pdf:
            for figure in pages.figures:
                for artist in figure.findobj(Text):
                    artist.set_fontfeatures(_NO_LIGATURES)
                pdf.savefig(figure)
        return buffer.getvalue()
