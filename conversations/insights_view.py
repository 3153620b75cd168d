"""/insights and the weekly report: the acting user's rows in, charts and words out.

An /insights turn only stores a recipe (`RenderLater`); the data is loaded and drawn when the
reply is sent, after the turn commits, the drawing in a worker thread (a chart takes a few
hundred ms, and on SQLite a turn holds the one write lock).
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.core import stats
from bot.core.stats import DayRecord, Finding, PeriodChange, PeriodSummary, PracticeSummary
from bot.features import Action, Feature, MenuEntry, Needs, TurnContext
from bot.flow import Output, RenderLater, Say, SendPhoto
from bot.storage import repo, userdata
from bot.storage.models import CheckIn, Consent, ExerciseSession, User
from conversations import findings as finding_words
from conversations import insights as words
from conversations.i18n import _, use_language

__all__ = ["Insights", "load_insights", "render_insights", "show_insights", "weekly_report"]

# The weekly report compares factors over four weeks: a single week rarely has 3 days each side.
WEEKLY_FINDINGS_DAYS = 28
WEEKLY_FINDINGS = 3
BREATHING_KINDS = frozenset({"breathe", "now"})
RELAXATION_KINDS = frozenset({"relax"})


@dataclass(frozen=True)
class Insights:
    """Everything one insights view shows, computed; drawing it needs no database."""

    period: int
    first: date
    last: date
    records: tuple[DayRecord, ...]
    current: PeriodSummary
    delta: PeriodChange
    sleep: words.SleepNumbers
    practice: PracticeSummary
    findings: tuple[Finding, ...]
    findings_needed: int
    cutoff: time | None
    target_bed: time | None
    target_wake: time | None

    @property
    def checkins_needed(self) -> int:
        return stats.checkins_needed(self.current.days_with_data)


def _level(value: int | None, high: int) -> int | None:
    # Out-of-range values can't come from the flows; if one is stored anyway, leave it out.
    return value if value is not None and 0 <= value <= high else None


def day_records(
    checkins: list[CheckIn],
    logged: dict[date, list[time]],
    tags: dict[date, set[str]],
    *,
    cutoff: time | None,
) -> list[DayRecord]:
    """One record per day with a check-in or a logged drink, oldest first."""
    by_day = {c.local_date: c for c in checkins}
    records = []
    for day in sorted(set(by_day) | set(logged)):
        c = by_day.get(day)
        caffeine = stats.day_caffeine(
            answered=c.caffeine_drinks if c else None,
            answered_last=c.caffeine_last if c else None,
            logged=logged.get(day, ()),
        )
        late = stats.caffeine_after_cutoff(cutoff, caffeine)
        records.append(
            DayRecord(
                day=day,
                twitch=_level(c.twitch_level, 3) if c else None,
                anxiety=_level(c.anxiety, 10) if c else None,
                bedtime=c.bedtime if c else None,
                wake=c.wake_time if c else None,
                caffeine_after_cutoff=late,
                tags=frozenset((c.triggers if c else []) or []) | frozenset(tags.get(day, ())),
            )
        )
    return records


def _session_record(row: ExerciseSession) -> stats.SessionRecord:
    kind = (
        "breathing"
        if row.kind in BREATHING_KINDS
        else "relaxation"
        if row.kind in RELAXATION_KINDS
        else row.kind
    )
    return stats.SessionRecord(
        kind=kind,
        finished=row.status == "done",
        tension_before=row.tension_before,
        tension_after=row.tension_after,
    )


def _utc_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(), zone).astimezone(ZoneInfo("UTC"))


async def load_insights(
    session: AsyncSession, *, user: User, period: int, now: datetime, default_zone: str
) -> Insights:
    """The acting user's last `period` local days (today included) and the period before."""
    local = local_now(user, now, default_zone)
    zone = ZoneInfo(user.time_zone or default_zone)
    last = local.date()
    first = last - timedelta(days=period - 1)
    before = first - timedelta(days=period)

    checkins = await userdata.checkins_between(session, user=user, first=before, last=last)
    drinks = await userdata.caffeine_between(session, user=user, first=before, last=last)
    logged: dict[date, list[time]] = defaultdict(list)
    for drink in drinks:
        logged[drink.local_date].append(drink.local_time)
    since, until = _utc_midnight(before, zone), _utc_midnight(last + timedelta(days=1), zone)
    tags: dict[date, set[str]] = defaultdict(set)
    for at, entry_tags in await userdata.journal_between(
        session, user=user, since=since, until=until
    ):
        tags[at.astimezone(zone).date()].update(entry_tags)
    sessions = await userdata.sessions_between(
        session, user=user, since=_utc_midnight(first, zone), until=until
    )

    everything = day_records(checkins, logged, tags, cutoff=user.caffeine_cutoff)
    records = tuple(r for r in everything if r.day >= first)
    previous = [r for r in everything if r.day < first]
    current = stats.period_summary(records)
    target_bed = user.bedtime
    return Insights(
        period=period,
        first=first,
        last=last,
        records=records,
        current=current,
        delta=stats.change(current, stats.period_summary(previous)),
        sleep=words.SleepNumbers(
            variation_minutes=stats.timing_variation_minutes(records),
            weekend_shift_hours=stats.weekend_shift_hours(records),
            nights=sum(1 for r in records if r.bedtime is not None or r.wake is not None),
        ),
        practice=stats.practice_summary(_session_record(s) for s in sessions),
        findings=tuple(stats.findings(records, target_bedtime=target_bed)),
        findings_needed=stats.findings_needed(records),
        cutoff=user.caffeine_cutoff,
        target_bed=target_bed,
        target_wake=user.wake_time,
    )


def _symptom_png(data: Insights) -> bytes:
    from bot.core import charts  # matplotlib loads on the first chart, not at start-up

    return charts.symptom_chart(
        data.records,
        first=data.first,
        last=data.last,
        labels=words.symptom_labels(data.period),
    )


def render_insights(data: Insights) -> list[Output]:
    """The charts and the words under them. Blocking (it draws): run it in a worker thread."""
    from bot.core import charts

    outputs: list[Output] = [
        SendPhoto(_symptom_png(data), caption=words.symptom_caption(data.period))
    ]
    if data.sleep.nights >= stats.MIN_CHECKINS:
        sleep_png = charts.sleep_chart(
            data.records,
            first=data.first,
            last=data.last,
            target_bed=data.target_bed,
            target_wake=data.target_wake,
            labels=words.sleep_labels(data.period),
        )
        outputs.append(
            SendPhoto(sleep_png, caption=words.sleep_caption(data.target_bed, data.target_wake))
        )
    head = words.numbers(
        period=data.period,
        current=data.current,
        delta=data.delta,
        sleep=data.sleep,
        practice=data.practice,
    )
    block = finding_words.findings_block(
        data.findings,
        more_needed=data.findings_needed,
        cutoff=data.cutoff,
        bedtime=data.target_bed,
    )
    outputs.append(words.summary(head, block))
    return outputs


RENDERER = "insights"


async def show_insights(
    session: AsyncSession, *, user: User, arg: str | None, now: datetime, default_zone: str
) -> list[Output]:
    """/insights [7|30|90]: the choice of period, or the period's charts and findings, which
    are loaded and drawn after the turn commits (`render`)."""
    if arg is None or not arg.strip():
        return [words.choose_period()]
    period = words.parse_period(arg)
    if period is None:
        return [words.unknown_period()]
    args = {"period": period, "now": now.isoformat(), "zone": default_zone}
    return [RenderLater(RENDERER, args)]


async def render(session: AsyncSession, telegram_id: int, args: Mapping[str, Any]) -> list[Output]:
    """The charts and findings an /insights turn asked for (the drawing in a worker thread)."""
    user = await repo.get_user(session, telegram_id=telegram_id)
    if user is None or user.consent is not Consent.GIVEN:
        return []
    with use_language(user.language):
        return await _render(session, user, args)


async def _render(session: AsyncSession, user: User, args: Mapping[str, Any]) -> list[Output]:
    period = int(args["period"])
    data = await load_insights(
        session,
        user=user,
        period=period,
        now=datetime.fromisoformat(str(args["now"])),
        default_zone=str(args["zone"]),
    )
    if data.checkins_needed > 0:
        return [words.not_enough(data.checkins_needed, data.current.days_with_data, period)]
    return await asyncio.to_thread(render_insights, data)


async def weekly_report(
    session: AsyncSession, *, user: User, now: datetime, default_zone: str
) -> list[Output]:
    """The Sunday report: the 7-day chart, the strongest findings of the last four weeks and one
    suggestion tied to them; a short kind note when the week had too few check-ins. Empty
    when the user keeps no records. The chart is drawn in a worker thread."""
    if user.consent is not Consent.GIVEN:
        return []
    week = await load_insights(session, user=user, period=7, now=now, default_zone=default_zone)
    if week.checkins_needed > 0:
        return [words.weekly_too_little(week.current.days_with_data)]
    month = await load_insights(
        session, user=user, period=WEEKLY_FINDINGS_DAYS, now=now, default_zone=default_zone
    )
    photo = await asyncio.to_thread(_symptom_png, week)
    # Only patterns bigger than day-to-day noise make the weekly note; the rest wait for /insights.
    found = [f for f in month.findings if f.clear][:WEEKLY_FINDINGS]
    lines = [words.weekly_summary(week.current, week.delta), ""]
    if found:
        lines.append(finding_words.weekly_findings_head(WEEKLY_FINDINGS_DAYS))
        lines += [
            finding_words.finding_line(f, cutoff=month.cutoff, bedtime=month.target_bed)
            for f in found
        ]
        lines.append("")
    lines.append(finding_words.suggestion(found, cutoff=month.cutoff, bedtime=month.target_bed))
    return [
        SendPhoto(photo, caption=words.weekly_intro()),
        Say("\n".join(lines), buttons=words.period_buttons()),
    ]


def local_now(user: User, now: datetime, default_zone: str) -> datetime:
    return now.astimezone(ZoneInfo(user.time_zone or default_zone))


async def _show(turn: TurnContext, arg: str | None) -> list[Output]:
    assert turn.user is not None  # declared to need consent
    return await show_insights(
        turn.session, user=turn.user, arg=arg, now=turn.now, default_zone=turn.default_zone
    )


FEATURE = Feature(
    name="insights",
    actions=(
        Action(
            "insights",
            _show,
            needs=Needs.CONSENT,
            order=90,
            describe=lambda: _(
                "Charts of your last 7, 30 or 90 days, and what goes with your twitching"
            ),
        ),
    ),
    menu=(MenuEntry(lambda: _("📈 Insights"), "insights", row=30, arg="30"),),
    renderers={RENDERER: render},
)
