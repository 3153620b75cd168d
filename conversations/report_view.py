"""/report: the acting user's last 30 days in, a PDF for their clinician out.

A /report turn stores a recipe (`RenderLater`); the data is loaded and the PDF drawn (in a
worker thread) when the reply is sent, after the turn commits.
Journal text is read only when the user asked for it to be included.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.core import stats
from bot.core.report_data import JournalNote, ReportData, ReportDay, figures
from bot.features import Action, Feature, Needs, TurnContext
from bot.flow import Output, RenderLater, RunAction, Say, SendDocument
from bot.storage import repo, userdata
from bot.storage.models import CheckIn, Consent, User
from conversations import findings as finding_words
from conversations import menu, report_details
from conversations import report as words
from conversations.checkin_labels import PLACES, place_in_text
from conversations.i18n import SHIPPED_LANGUAGES, _, use_language
from conversations.insights_view import load_insights, local_now

__all__ = ["REPORT_DAYS", "build_report", "load_report", "report_days"]

logger = logging.getLogger(__name__)

REPORT_DAYS = 30


def _level(value: int | None, high: int) -> int | None:
    # Out-of-range values can't come from the flows; if one is stored anyway, leave it out.
    return value if value is not None and 0 <= value <= high else None


def _report_day(
    c: CheckIn | None, day: date, logged: list[time], cutoff: time | None
) -> ReportDay:
    caffeine = stats.day_caffeine(
        answered=c.caffeine_drinks if c else None,
        answered_last=c.caffeine_last if c else None,
        logged=logged,
    )
    return ReportDay(
        day=day,
        twitch=_level(c.twitch_level, 3) if c else None,
        anxiety=_level(c.anxiety, 10) if c else None,
        bedtime=c.bedtime if c else None,
        wake=c.wake_time if c else None,
        caffeine_drinks=caffeine.drinks,
        caffeine_late=stats.caffeine_after_cutoff(cutoff, caffeine),
        locations=tuple(c.locations or ()) if c else (),
        warning_signs=tuple(c.red_flags) if c and c.red_flags is not None else None,
        warning_words=c.warning_words if c else None,
        checked_in=c is not None,
    )


def report_days(
    checkins: list[CheckIn], logged: dict[date, list[time]], *, cutoff: time | None
) -> tuple[ReportDay, ...]:
    """One day for each day with a check-in or a logged drink, oldest first."""
    by_day = {c.local_date: c for c in checkins}
    return tuple(
        _report_day(by_day.get(day), day, logged.get(day, []), cutoff)
        for day in sorted(set(by_day) | set(logged))
    )


def _utc_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(), zone).astimezone(ZoneInfo("UTC"))


@functools.cache
def _stillpoint_notes() -> frozenset[str]:
    """The journal lines Stillpoint writes itself (after a calm minute for twitching), in
    every language: entries hold no author, and the report must not print these as the
    person's own words."""
    texts = set()
    for language in SHIPPED_LANGUAGES:
        with use_language(language):
            texts.add(_("Twitching. I took a calm minute for it."))
            texts |= {
                _("Twitching ({place}). I took a calm minute for it.").format(
                    place=place_in_text(p)
                )
                for p in PLACES
            }
    return frozenset(texts)


async def _notes(
    session: AsyncSession,
    *,
    user: User,
    checkins: list[CheckIn],
    first: date,
    last: date,
    zone: ZoneInfo,
) -> tuple[JournalNote, ...]:
    """Journal entries and check-in notes of the period, oldest first, at local wall time."""
    entries = await userdata.journal_entries_between(
        session,
        user=user,
        since=_utc_midnight(first, zone),
        until=_utc_midnight(last + timedelta(days=1), zone),
    )
    written_by_stillpoint = _stillpoint_notes()
    notes = [
        JournalNote(
            entry.at.astimezone(zone).replace(tzinfo=None),
            entry.text,
            by_stillpoint=entry.text in written_by_stillpoint,
        )
        for entry in entries
    ]
    notes += [
        JournalNote(c.created_at.astimezone(zone).replace(tzinfo=None), c.note)
        for c in checkins
        if c.note
    ]
    return tuple(sorted(notes, key=lambda note: note.at))


async def load_report(
    session: AsyncSession, *, user: User, now: datetime, default_zone: str, include_journal: bool
) -> ReportData:
    """The acting user's last REPORT_DAYS local days, today included."""
    zone = ZoneInfo(user.time_zone or default_zone)
    last = local_now(user, now, default_zone).date()
    first = last - timedelta(days=REPORT_DAYS - 1)
    checkins = await userdata.checkins_between(session, user=user, first=first, last=last)
    logged: dict[date, list[time]] = defaultdict(list)
    for drink in await userdata.caffeine_between(session, user=user, first=first, last=last):
        logged[drink.local_date].append(drink.local_time)
    journal = None
    if include_journal:
        journal = await _notes(
            session, user=user, checkins=checkins, first=first, last=last, zone=zone
        )
    return ReportData(
        first=first,
        last=last,
        days=report_days(checkins, logged, cutoff=user.caffeine_cutoff),
        target_bed=user.bedtime,
        target_wake=user.wake_time,
        cutoff=user.caffeine_cutoff,
        journal=journal,
        first_checkin=await repo.first_checkin_day(session, user=user),
        areas_first_named=tuple(await repo.areas_first_named(session, user=user, until=last)),
        onset=user.onset_date,
        medications=user.medications,
    )


async def _pattern(
    session: AsyncSession, *, user: User, now: datetime, default_zone: str
) -> str | None:
    """The line /insights shows for the clearest pattern of the same 30 days, if there is one."""
    insights = await load_insights(
        session, user=user, period=REPORT_DAYS, now=now, default_zone=default_zone
    )
    clear = [f for f in insights.findings if f.clear]
    if not clear:
        return None
    return finding_words.finding_line(
        clear[0], cutoff=insights.cutoff, bedtime=insights.target_bed
    ).removeprefix("• ")


RENDERER = "report"


async def build_report(
    session: AsyncSession, *, user: User, now: datetime, default_zone: str, include_journal: bool
) -> list[Output]:
    """The PDF report of the last 30 days as a document with a short caption (drawn in a
    worker thread); a kind line instead when there is nothing to report or no records are
    kept."""
    if user.consent is not Consent.GIVEN:
        return [Say(menu.not_keeping_records())]
    data = await load_report(
        session, user=user, now=now, default_zone=default_zone, include_journal=include_journal
    )
    if not data.days and not data.journal:
        return [words.no_data(REPORT_DAYS)]
    data = replace(
        data, pattern=await _pattern(session, user=user, now=now, default_zone=default_zone)
    )
    # The words are chosen here, in the reply's language; the thread only draws them.
    labels = words.report_labels(data, figures(data))
    caption = words.caption(data.first, data.last, with_journal=include_journal)
    filename = f"stillpoint-report-{data.last.isoformat()}.pdf"

    def draw() -> list[Output]:
        from bot.core.report import clinician_report  # matplotlib loads on first use

        return [SendDocument(filename, clinician_report(data, labels), caption=caption)]

    logger.info("report prepared (%d days, journal: %s)", len(data.days), include_journal)
    return await asyncio.to_thread(draw)


async def render(session: AsyncSession, telegram_id: int, args: Mapping[str, Any]) -> list[Output]:
    """The report a /report turn asked for, made when its reply is sent."""
    user = await repo.get_user(session, telegram_id=telegram_id)
    if user is None:
        return []
    with use_language(user.language):
        return await build_report(
            session,
            user=user,
            now=datetime.fromisoformat(str(args["now"])),
            default_zone=str(args["zone"]),
            include_journal=bool(args["journal"]),
        )


async def _anything_to_report(turn: TurnContext) -> bool:
    """Whether the period holds a check-in, a logged drink or a journal entry (its text
    unread)."""
    assert turn.user is not None
    data = await load_report(
        turn.session,
        user=turn.user,
        now=turn.now,
        default_zone=turn.default_zone,
        include_journal=False,
    )
    if data.days:
        return True
    zone = ZoneInfo(turn.user.time_zone or turn.default_zone)
    entries = await userdata.journal_between(
        turn.session,
        user=turn.user,
        since=_utc_midnight(data.first, zone),
        until=_utc_midnight(data.last + timedelta(days=1), zone),
    )
    return bool(entries)


async def _report(turn: TurnContext, arg: str | None) -> list[Output]:
    """/report asks whether to include the journal; its two buttons make the PDF."""
    assert turn.user is not None  # declared to need consent
    include = words.parse_choice(arg)
    if include is None:
        # Nothing to report: say so now, not after asking about a journal that isn't there.
        if not await _anything_to_report(turn):
            return [words.no_data(REPORT_DAYS)]
        if turn.user.report_asked_at is None:
            # Asked once: when it started and what they take, then this question.
            return [RunAction(report_details.NAME, report_details.THEN_REPORT)]
        return [words.journal_question(REPORT_DAYS)]
    args = {"journal": include, "now": turn.now.isoformat(), "zone": turn.default_zone}
    return [RenderLater(RENDERER, args)]


FEATURE = Feature(
    name="report",
    actions=(
        Action(
            "report",
            _report,
            needs=Needs.CONSENT,
            order=95,
            describe=lambda: _("A PDF of your last 30 days to show your doctor"),
        ),
    ),
    renderers={RENDERER: render},
)
