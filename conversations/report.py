"""/report in words: the question about journal entries, the caption and the no-data answer in
the chat, and every word printed in the PDF for the clinician (which speaks of "the user", as a
document handed across a desk does)."""

from __future__ import annotations

from datetime import date

from babel import dates, lists

from bot.core.chart_labels import ReportLabels, ReportSection
from bot.core.report_data import ReportData, ReportFigures, WarningAnswer
from bot.flow import Button, Say
from bot.flow.callback_data import menu_button
from conversations import formats
from conversations.checkin_labels import (
    WARNING_SIGNS,
    level_label,
    place_label,
    warning_sign_label,
)
from conversations.formats import (
    format_clock,
    format_day,
    format_day_time,
    format_decimal,
    format_short_date,
    format_weekday,
)
from conversations.i18n import _, ngettext

__all__ = [
    "JOURNAL",
    "PLAIN",
    "caption",
    "journal_question",
    "no_data",
    "offer_button",
    "parse_choice",
    "report_labels",
]

# The arguments of the two answers to "Include your journal entries?" (m:report:<arg>).
JOURNAL = "journal"
PLAIN = "plain"


def offer_button() -> Button:
    """The way to /report from other answers (the red-flag answer, the persistence nudge)."""
    return Button(_("📄 A report for your doctor"), menu_button("report"))


def journal_question(days: int) -> Say:
    return Say(
        ngettext(
            "I'll put your last {n} day into a PDF you can show your doctor. Include your "
            "journal entries?",
            "I'll put your last {n} days into a PDF you can show your doctor. Include your "
            "journal entries?",
            days,
        ).format(n=days),
        buttons=(
            (
                Button(_("Yes, include them"), menu_button("report", JOURNAL)),
                Button(_("No, leave them out"), menu_button("report", PLAIN)),
            ),
            (Button(_("Menu"), menu_button("menu")),),
        ),
    )


def parse_choice(arg: str | None) -> bool | None:
    """True to include the journal, False to leave it out, None for anything else."""
    return {JOURNAL: True, PLAIN: False}.get(arg or "")


def caption(first: date, last: date, *, with_journal: bool) -> str:
    text = _("Your report for {period}, ready to show your doctor.").format(
        period=format_period(first, last)
    )
    if with_journal:
        return text + " " + _("It includes your journal entries, so share it with care.")
    return text + " " + _("It holds only what you entered, and no journal text.")


def no_data(days: int) -> Say:
    return Say(
        ngettext(
            "There's nothing from the last {n} day to put in a report yet. A few check-ins "
            "(/checkin, about a minute each) and I can make one for you.",
            "There's nothing from the last {n} days to put in a report yet. A few check-ins "
            "(/checkin, about a minute each) and I can make one for you.",
            days,
        ).format(n=days),
        buttons=((Button(_("Menu"), menu_button("menu")),),),
    )


def format_period(first: date, last: date) -> str:
    """A date range with the year once: "28 Oct – 26 Nov 2026"."""
    # formats has no range yet; Babel's interval formats know each language's order.
    return dates.format_interval(first, last, "yMMMd", locale=formats._locale())


def _list(items: list[str]) -> str:
    return lists.format_list(items, locale=formats._locale())


# --- the words printed in the PDF ---------------------------------------------------------------


def _twitching(figs: ReportFigures) -> ReportSection:
    lines: list[str] = []
    if figs.mean_twitch is not None:
        lines.append(
            ngettext(
                "Average {m} on {n} day rated — 0 is none, 3 is strong.",
                "Average {m} over {n} days rated — 0 is none, 3 is strong.",
                figs.twitch_days,
            ).format(m=format_decimal(figs.mean_twitch), n=figs.twitch_days)
        )
        lines.append(
            ngettext(
                "Some twitching on {n} day; rated strong on {strong}.",
                "Some twitching on {n} days; rated strong on {strong}.",
                figs.days_with_twitching,
            ).format(n=figs.days_with_twitching, strong=figs.strong_days)
        )
    return ReportSection(_("Twitching by day"), tuple(lines))


def _areas(figs: ReportFigures) -> ReportSection:
    if not figs.areas:
        return ReportSection(_("Where the twitching was"))
    return ReportSection(
        _("Where the twitching was"),
        (_("Where the user felt it, in days; one day can name several places."),),
    )


def _anxiety(figs: ReportFigures) -> ReportSection:
    lines: list[str] = []
    if figs.mean_anxiety is not None:
        lines.append(
            ngettext(
                "Average {m} on {n} day rated — the user's own rating, 0 calm to 10 the most "
                "anxious.",
                "Average {m} over {n} days rated — the user's own rating, 0 calm to 10 the most "
                "anxious.",
                figs.anxiety_days,
            ).format(m=format_decimal(figs.mean_anxiety), n=figs.anxiety_days)
        )
        lines.append(
            ngettext(
                "At 7 or more on {n} day.", "At 7 or more on {n} days.", figs.high_anxiety_days
            ).format(n=figs.high_anxiety_days)
        )
    return ReportSection(_("Anxiety"), tuple(lines))


def _sleep(figs: ReportFigures, data: ReportData) -> ReportSection:
    lines: list[str] = []
    if figs.usual_bedtime is not None and figs.usual_wake is not None:
        lines.append(
            _(
                "Usual bedtime {bed}, usual time up {wake} (the middle of the times entered)."
            ).format(bed=format_clock(figs.usual_bedtime), wake=format_clock(figs.usual_wake))
        )
    if figs.mean_hours_in_bed is not None:
        lines.append(
            ngettext(
                "Time in bed: {h} hours on average over {n} night; under 6 hours on {short}.",
                "Time in bed: {h} hours on average over {n} nights; under 6 hours on {short}.",
                figs.nights,
            ).format(
                h=format_decimal(figs.mean_hours_in_bed), n=figs.nights, short=figs.short_nights
            )
        )
    if figs.variation_minutes is not None:
        # To the nearest 5 minutes: reported times are rarely more exact than that.
        minutes = int(5 * round(figs.variation_minutes / 5))
        lines.append(
            ngettext(
                "Bed and wake times vary by about {m} minute from night to night.",
                "Bed and wake times vary by about {m} minutes from night to night.",
                minutes,
            ).format(m=minutes)
            if minutes
            else _("Bed and wake times stay the same from night to night.")
        )
    if data.target_bed is not None and data.target_wake is not None:
        lines.append(
            _("The user's own targets: to bed at {bed}, up at {wake} (dashed lines).").format(
                bed=format_clock(data.target_bed), wake=format_clock(data.target_wake)
            )
        )
    return ReportSection(_("Sleep times and regularity"), tuple(lines))


def _caffeine(figs: ReportFigures, data: ReportData) -> ReportSection:
    lines: list[str] = []
    if figs.mean_drinks is not None:
        lines.append(
            ngettext(
                "Caffeinated drinks: {m} a day on average, on {n} day with an answer.",
                "Caffeinated drinks: {m} a day on average, over {n} days with an answer.",
                figs.caffeine_days,
            ).format(m=format_decimal(figs.mean_drinks), n=figs.caffeine_days)
        )
    if data.cutoff is not None and figs.caffeine_days:
        lines.append(
            ngettext(
                "Caffeine after the user's {t} cut-off on {n} day.",
                "Caffeine after the user's {t} cut-off on {n} days.",
                figs.late_caffeine_days,
            ).format(t=format_clock(data.cutoff), n=figs.late_caffeine_days)
        )
    return ReportSection(_("Caffeine"), tuple(lines))


def _sign(key: str) -> str:
    # A sign the check-in no longer asks about still prints, by its stored name.
    return warning_sign_label(key) if key in WARNING_SIGNS else key


def _warning_line(answer: WarningAnswer) -> tuple[str, bool]:
    if not answer.signs:
        return _("{day}: none of these.").format(day=format_day(answer.day)), False
    signs = _list([_sign(s) for s in answer.signs])
    if answer.words:
        return _("{day}: {signs}. In the user's own words: “{words}”").format(
            day=format_day(answer.day), signs=signs, words=answer.words
        ), True
    return _("{day}: {signs}.").format(day=format_day(answer.day), signs=signs), True


def _started(data: ReportData) -> str:
    first = data.first_checkin
    if data.onset is not None and first is not None:
        return _("{onset}, as the user recalls it; first check-in {first}.").format(
            onset=formats.format_long_date(data.onset), first=formats.format_long_date(first)
        )
    if data.onset is not None:
        return _("{onset}, as the user recalls it.").format(
            onset=formats.format_long_date(data.onset)
        )
    if first is not None:
        return _("Not given; first check-in {first}.").format(
            first=formats.format_long_date(first)
        )
    return _("Not given.")


def _areas_named(data: ReportData) -> str:
    if not data.areas_first_named:
        return _("None named yet.")
    return _list(
        [
            _("{area} (from {day})").format(area=place_label(area), day=format_short_date(day))
            for area, day in data.areas_first_named
        ]
    )


def _summary_warnings(figs: ReportFigures) -> tuple[str, ...]:
    ticked = [a for a in figs.warning_answers if a.signs]
    if ticked:
        return tuple(_warning_line(a)[0] for a in ticked)
    if figs.warning_answers:
        return (
            ngettext(
                "None ticked, asked {n} time in this period.",
                "None ticked, asked {n} times in this period.",
                len(figs.warning_answers),
            ).format(n=len(figs.warning_answers)),
        )
    return (_("Not asked in this period."),)


def _summary_caffeine(figs: ReportFigures, data: ReportData) -> str:
    if figs.mean_drinks is None:
        return _("Nothing entered.")
    text = _("{m} drinks a day on average.").format(m=format_decimal(figs.mean_drinks))
    if data.cutoff is None:
        return text
    late = ngettext(
        "After the {t} cut-off on {n} day.",
        "After the {t} cut-off on {n} days.",
        figs.late_caffeine_days,
    ).format(t=format_clock(data.cutoff), n=figs.late_caffeine_days)
    return f"{text} {late}"


def _summary_sleep(figs: ReportFigures) -> str:
    if figs.mean_hours_in_bed is None:
        return _("Nothing entered.")
    return ngettext(
        "{h} hours in bed on average; under 6 hours on {short} of {n} night.",
        "{h} hours in bed on average; under 6 hours on {short} of {n} nights.",
        figs.nights,
    ).format(h=format_decimal(figs.mean_hours_in_bed), short=figs.short_nights, n=figs.nights)


def _summary_anxiety(figs: ReportFigures) -> str:
    if figs.mean_anxiety is None:
        return _("Nothing entered.")
    return ngettext(
        "{m} out of 10 on average; 7 or more on {n} day.",
        "{m} out of 10 on average; 7 or more on {n} days.",
        figs.high_anxiety_days,
    ).format(m=format_decimal(figs.mean_anxiety), n=figs.high_anxiety_days)


def _summary(data: ReportData, figs: ReportFigures) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The box a doctor with ten minutes reads first: each field and its lines."""
    pattern = (
        _("As /insights words it for the user: {line}").format(line=data.pattern)
        if data.pattern
        else _("No clear pattern in these days yet.")
    )
    return (
        (_("When it started"), (_started(data),)),
        (_("Body areas, first named"), (_areas_named(data),)),
        (_("Warning signs"), _summary_warnings(figs)),
        (_("Caffeine"), (_summary_caffeine(figs, data),)),
        (_("Sleep"), (_summary_sleep(figs),)),
        (_("Anxiety"), (_summary_anxiety(figs),)),
        (_("Pattern"), (pattern,)),
        (
            _("Medications and supplements"),
            (data.medications or _("Not given."),),
        ),
    )


def _warnings(
    figs: ReportFigures, days: int
) -> tuple[ReportSection, tuple[tuple[str, bool], ...]]:
    intro = _(
        "Once a week the check-in asks about signs that should be seen by a doctor soon: {signs}."
    ).format(signs=_list([warning_sign_label(s) for s in WARNING_SIGNS]))
    section = ReportSection(_("Warning-sign questions"), (intro,))
    if not figs.warning_answers:
        none = ngettext(
            "The question was not answered in these {n} day.",
            "The question was not answered in these {n} days.",
            days,
        ).format(n=days)
        return section, ((none, False),)
    return section, tuple(_warning_line(a) for a in figs.warning_answers)


def _journal(data: ReportData) -> tuple[ReportSection | None, tuple[tuple[str, str], ...]]:
    if data.journal is None:
        return None, ()
    section = ReportSection(
        _("Journal entries and check-in notes"),
        (
            _(
                "Included because the user asked for it; their own words, unedited. Lines "
                "Stillpoint wrote for them are marked as such."
            ),
        ),
    )
    return section, tuple(
        (
            _("{when} · written by Stillpoint, not the user's words").format(
                when=format_day_time(note.at)
            )
            if note.by_stillpoint
            else format_day_time(note.at),
            note.text,
        )
        for note in data.journal
    )


def report_labels(data: ReportData, figs: ReportFigures) -> ReportLabels:
    """Every word of the PDF, in the language of the turn."""
    warnings, warning_lines = _warnings(figs, figs.period_days)
    journal, entries = _journal(data)
    levels = (level_label(0), level_label(1), level_label(2), level_label(3))
    coverage = " ".join(
        (
            ngettext(
                "Days with a check-in: {checkins} of {n} since the first check-in.",
                "Days with a check-in: {checkins} of {n} since the first check-in.",
                figs.counted_days,
            ).format(checkins=figs.checkin_days, n=figs.counted_days)
            if figs.since_first_checkin
            else ngettext(
                "Days with a check-in: {checkins} of {n}.",
                "Days with a check-in: {checkins} of {n}.",
                figs.period_days,
            ).format(checkins=figs.checkin_days, n=figs.period_days),
            _(
                "Twitching is rated 0 {none}, 1 {mild}, 2 {moderate}, 3 {strong}; anxiety from "
                "0 (calm) to 10 (the most anxious)."
            ).format(none=levels[0], mild=levels[1], moderate=levels[2], strong=levels[3]),
        )
    )
    return ReportLabels(
        title=_("Stillpoint report: {period}").format(period=format_period(data.first, data.last)),
        disclaimer=_("Prepared by Stillpoint from the user's own entries — not a diagnosis."),
        coverage=coverage,
        summary_heading=_("At a glance"),
        summary=_summary(data, figs),
        twitching=_twitching(figs),
        areas=_areas(figs),
        anxiety=_anxiety(figs),
        sleep=_sleep(figs, data),
        caffeine=_caffeine(figs, data),
        warnings=warnings,
        warning_lines=warning_lines,
        journal=journal,
        journal_entries=entries,
        journal_left_out=lambda n: ngettext(
            "{n} more entry is not shown here; /export holds them all.",
            "{n} more entries are not shown here; /export holds them all.",
            n,
        ).format(n=n),
        levels=levels,
        drinks=_("Caffeinated drinks"),
        late_drinks=_("After the cut-off"),
        in_bed=_("In bed"),
        target=_("The user's targets"),
        weekend=_("Weekend"),
        nothing_entered=_("Nothing entered in this period."),
        footer=_("Stillpoint · from the user's own entries · not a diagnosis"),
        area=place_label,
        area_days=lambda area, n: ngettext("{area} ({n} day)", "{area} ({n} days)", n).format(
            area=area, n=n
        ),
        page=lambda n, total: _("Page {n} of {total}").format(n=n, total=total),
        day=format_short_date,
        weekday=format_weekday,
    )
