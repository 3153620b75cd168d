"""/history: a compact line per day and the latest journal entries, a week per page."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from bot.core import stats
from bot.features import Action, Feature, MenuEntry, Needs, TurnContext
from bot.flow import Button, Output, Say
from bot.flow.callback_data import menu_button
from bot.storage import repo, userdata
from bot.storage.rows import CheckInRow
from conversations import checkin_records, common
from conversations.checkin_labels import level_label, places_in_text
from conversations.checkin_summary import sleep_hours
from conversations.formats import format_day, format_day_time, format_hours
from conversations.i18n import _, ngettext

DAYS_PER_PAGE = 7
ENTRIES_PER_PAGE = 3
MAX_PAGES = 52  # a year back is as far as the buttons go
# The argument that shows the days whose check-in can be changed or added.
DAYS = "days"


@dataclass(frozen=True)
class DayLine:
    day: date
    twitch_level: int | None
    locations: Sequence[str]
    anxiety: int | None
    bedtime: time | None
    wake_time: time | None
    caffeine_drinks: int | None
    note: str | None


@dataclass(frozen=True)
class Entry:
    at_local: datetime
    text: str


def day_line(line: DayLine | None, day: date) -> str:
    label = format_day(day)
    if line is None:
        return f"{label} · —"
    parts = []
    if line.twitch_level is not None:
        where = places_in_text(line.locations, separator="/")
        level = level_label(line.twitch_level)
        parts.append(
            _("twitch {level} ({places})").format(level=level, places=where)
            if where
            else _("twitch {level}").format(level=level)
        )
    if line.anxiety is not None:
        parts.append(_("anxiety {n}").format(n=line.anxiety))
    hours = sleep_hours(line.bedtime, line.wake_time)
    if hours is not None:
        parts.append(_("sleep {hours}").format(hours=format_hours(hours)))
    if line.caffeine_drinks is not None:
        count = line.caffeine_drinks
        # Translators: a short entry in a one-line summary of a day: how many caffeinated
        # drinks there were ("caffeine 2").
        parts.append(ngettext("caffeine {count}", "caffeine {count}", count).format(count=count))
    if line.note:
        parts.append("📝")
    return f"{label} · " + (" · ".join(parts) if parts else _("checked in"))


def page(
    *, page_number: int, last_day: date, lines: dict[date, DayLine], entries: Sequence[Entry]
) -> list[Say]:
    """The week's lines in one message; notes and journal entries each in their own, whole
    (an entry can be up to 3,500 characters, and two would not fit one Telegram message)."""
    days = [last_day - timedelta(days=i) for i in range(DAYS_PER_PAGE)]
    summary = [_("Your days, newest first:"), ""] + [day_line(lines.get(d), d) for d in days]
    texts = ["\n".join(summary)]
    for d in days:
        line = lines.get(d)
        if line is not None and line.note:
            texts.append(f"📝 {format_day(d)}\n{line.note}")
    for entry in entries:
        texts.append(f"📓 {format_day_time(entry.at_local)}\n{entry.text}")
    if not entries and page_number == 0:
        texts.append(_("No journal entries yet — /journal whenever something's on your mind."))
    nav = []
    rows: list[tuple[Button, ...]] = []
    if page_number == 0:
        rows.append((Button(_("✏️ Change or add a day"), menu_button("history", DAYS)),))
    if page_number < MAX_PAGES:
        nav.append(Button(_("← Older"), menu_button("history", str(page_number + 1))))
    if page_number > 0:
        nav.append(Button(_("Newer →"), menu_button("history", str(page_number - 1))))
    buttons = (*rows, tuple(nav), (Button(_("Menu"), menu_button("menu")),))
    return [Say(t) for t in texts[:-1]] + [Say(texts[-1], buttons=buttons)]


def day_lines(
    checkins: Sequence[CheckInRow], logged: dict[date, list[time]]
) -> dict[date, DayLine]:
    """A line for each day with a check-in or a drink logged with /coffee."""
    by_day = {c.local_date: c for c in checkins}
    lines = {}
    for day in set(by_day) | set(logged):
        c = by_day.get(day)
        caffeine = stats.day_caffeine(
            answered=c.caffeine_drinks if c else None,
            answered_last=c.caffeine_last if c else None,
            logged=logged.get(day, ()),
        )
        lines[day] = DayLine(
            day=day,
            twitch_level=c.twitch_level if c else None,
            locations=list(c.locations or []) if c else [],
            anxiety=c.anxiety if c else None,
            bedtime=c.bedtime if c else None,
            wake_time=c.wake_time if c else None,
            caffeine_drinks=caffeine.drinks,
            note=c.note if c else None,
        )
    return lines


def day_picker(days: Sequence[date], checked_in: set[date]) -> Say:
    """The last week's days: ✏️ opens a check-in to change, ➕ one missed, to add."""
    buttons = [
        Button(
            (_("✏️ {day}") if d in checked_in else _("➕ {day}")).format(day=format_day(d)),
            menu_button("checkin", d.strftime("%Y%m%d")),
        )
        for d in days
    ]
    rows = [tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2)]
    return Say(
        _("Which day? ✏️ changes its check-in, ➕ adds one you missed."),
        buttons=(
            *rows,
            (
                Button(common.back_label(), menu_button("history")),
                Button(_("Menu"), menu_button("menu")),
            ),
        ),
    )


def parse_page(arg: str | None) -> int:
    return min(int(arg), MAX_PAGES) if arg and arg.isdecimal() else 0


async def _show(turn: TurnContext, arg: str | None) -> list[Output]:
    """A week of days (and the newest journal entries) per page; `arg` is the page number."""
    assert turn.user is not None  # declared to need consent
    user, page_number = turn.user, parse_page(arg)
    local = turn.local_now()
    if arg == DAYS:
        days = checkin_records.editable_days(local.date())
        recent = await repo.recent_checkins(
            turn.session, user=user, until=local.date(), days=len(days)
        )
        return [day_picker(days, {c.local_date for c in recent})]
    last_day = local.date() - timedelta(days=DAYS_PER_PAGE * page_number)
    checkins = await repo.recent_checkins(
        turn.session, user=user, until=last_day, days=DAYS_PER_PAGE
    )
    first_day = last_day - timedelta(days=DAYS_PER_PAGE - 1)
    logged: dict[date, list[time]] = defaultdict(list)
    for drink in await userdata.caffeine_between(
        turn.session, user=user, first=first_day, last=last_day
    ):
        logged[drink.local_date].append(drink.local_time)
    lines = day_lines(checkins, logged)
    entries = await repo.journal_page(
        turn.session,
        user=user,
        offset=ENTRIES_PER_PAGE * page_number,
        limit=ENTRIES_PER_PAGE,
    )
    zone = local.tzinfo
    return list(
        page(
            page_number=page_number,
            last_day=last_day,
            lines=lines,
            entries=[Entry(e.at.astimezone(zone), e.text) for e in entries],
        )
    )


FEATURE = Feature(
    name="history",
    actions=(
        Action(
            "history",
            _show,
            needs=Needs.CONSENT,
            order=40,
            describe=lambda: _("Your last days at a glance, and your journal"),
        ),
    ),
    menu=(MenuEntry(lambda: _("📅 History"), "history", row=20, column=1),),
)
