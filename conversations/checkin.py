"""The evening check-in: twitching, where, anxiety, last night's sleep, caffeine, what was
going on. A typical day is six taps and no typing; every step has Back and Skip."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

from bot.core.timeparse import format_clock, parse_clock_time
from bot.features import Action, Effect, Feature, MenuEntry, Needs, TurnContext
from bot.flow import (
    Button,
    Choice,
    ClockTime,
    Ctx,
    Flow,
    MultiChoice,
    Number,
    Option,
    Output,
    SaveCheckIn,
    Say,
    ShowMenu,
    earlier_today,
    not_later_than_now,
)
from bot.flow.callback_data import menu_button
from conversations import checkin_records

# The vocabulary lives in checkin_labels; it is re-exported for modules that read it here.
from conversations.checkin_labels import LEVELS as LEVELS
from conversations.checkin_labels import (
    PLACES,
    TRIGGERS,
    WARNING_SIGNS,
    level_from_score,
    level_label,
    place_label,
    places_in_text,
    trigger_label,
    warning_sign_label,
)
from conversations.checkin_labels import place_in_text as place_in_text
from conversations.checkin_labels import trigger_in_text as trigger_in_text
from conversations.formats import format_day, format_hours
from conversations.greetings import greeting
from conversations.i18n import _, ngettext, pgettext
from conversations.routine import BEDTIME_HOURS, WAKE_HOURS

NAME = "checkin"

SHORT_SLEEP_HOURS = 6
HIGH_ANXIETY = 7


# --- what the shell seeds the flow with ----------------------------------------------------------
# data["today"], data["yesterday"]: ISO dates; data["before_noon"]: bool;
# data["recent"]: {iso date: saved check-in as plain values}; data["logged"]: {iso date:
# {"count": n, "last": "HH:MM"}} from /coffee.


def target_day(ctx: Ctx) -> str:
    return str(ctx.data["yesterday"] if ctx.data.get("day") == "yesterday" else ctx.data["today"])


def _day_before(ctx: Ctx) -> dict[str, Any] | None:
    previous = (date.fromisoformat(target_day(ctx)) - timedelta(days=1)).isoformat()
    found = (ctx.data.get("recent") or {}).get(previous)
    return found if isinstance(found, dict) else None


def _logged(ctx: Ctx) -> dict[str, Any] | None:
    found = (ctx.data.get("logged") or {}).get(target_day(ctx))
    return found if isinstance(found, dict) and found.get("count") else None


def _exists(ctx: Ctx) -> bool:
    return target_day(ctx) in (ctx.data.get("recent") or {})


def _answering(ctx: Ctx) -> bool:
    return ctx.data.get("existing") != "keep"


def _day_name(iso: str) -> str:
    return format_day(date.fromisoformat(iso))


# --- steps --------------------------------------------------------------------------------------


def _day_prompt(ctx: Ctx) -> str:
    question = _("Is this check-in for yesterday, or for today so far?")
    hello = greeting(ctx.local_now.time())
    return f"{hello} {question}" if hello else question


def _day_choices(ctx: Ctx) -> list[Option]:
    return [
        Option("yesterday", _("Yesterday ({day})").format(day=_day_name(ctx.data["yesterday"]))),
        Option("today", _("Today")),
    ]


def _existing_prompt(ctx: Ctx) -> str:
    return _("You've already checked in for {day}. Update it?").format(
        day=_day_name(target_day(ctx))
    )


def _twitch_prompt(ctx: Ctx) -> str:
    return _("How was the twitching on {day}?").format(day=_day_name(target_day(ctx)))


def _twitch_choices(ctx: Ctx) -> list[Option]:
    return [
        Option("0", pgettext("twitching level", "None")),
        Option("1", pgettext("twitching level", "Mild")),
        Option("2", pgettext("twitching level", "Moderate")),
        Option("3", pgettext("twitching level", "Strong")),
        Option("score", _("Score it 0–10")),
    ]


def _level(ctx: Ctx) -> int | None:
    answer = ctx.data.get("twitch")
    if answer == "score":
        score = ctx.data.get("twitch_score")
        return level_from_score(int(score)) if score is not None else None
    return int(answer) if answer is not None else None


def _where_choices(ctx: Ctx) -> list[Option]:
    options = []
    before = _day_before(ctx)
    if before and before.get("locations"):
        names = places_in_text(before["locations"])
        options.append(Option("same", _("Same as the day before: {names}").format(names=names)))
    options += [Option(p, place_label(p)) for p in PLACES]
    options.append(Option("several", _("Several places…")))
    return options


def _sleep_choices(ctx: Ctx) -> list[Option]:
    bed, wake = ctx.profile.bedtime, ctx.profile.wake_time
    options = []
    if bed and wake:
        options.append(
            Option(
                "usual",
                _("As usual ({bed}–{wake})").format(
                    bed=format_clock(bed), wake=format_clock(wake)
                ),
            )
        )
    before = _day_before(ctx)
    if before and before.get("bedtime") and before.get("wake_time"):
        same = (before["bedtime"], before["wake_time"])
        if not (bed and wake) or same != (format_clock(bed), format_clock(wake)):
            options.append(
                Option(
                    "same",
                    _("Same as the night before ({bed}–{wake})").format(bed=same[0], wake=same[1]),
                )
            )
    options.append(Option("different", pgettext("last night's sleep", "Different")))
    return options


def _suggest_around(usual: time | None, default: time) -> list[time]:
    centre = usual or default
    minutes = centre.hour * 60 + centre.minute
    return [
        time(((minutes + delta) % 1440) // 60, ((minutes + delta) % 1440) % 60)
        for delta in (-60, -30, 0, 30, 60, 90)
    ]


def _caffeine_choices(ctx: Ctx) -> list[Option]:
    options = []
    if logged := _logged(ctx):
        options.append(
            Option(
                "logged",
                _("As logged: {count}, last at {last}").format(
                    count=logged["count"], last=logged["last"]
                ),
            )
        )
    before = _day_before(ctx)
    if before and before.get("caffeine_drinks") is not None:
        drinks, last = before["caffeine_drinks"], before.get("caffeine_last")
        label = (
            _("Same as the day before: {count}, last at {last}").format(count=drinks, last=last)
            if drinks and last
            else _("Same as the day before: {count}").format(count=drinks)
        )
        options.append(Option("same", label))
    options += [Option(str(n), str(n)) for n in range(4)] + [Option("4", "4+")]
    return options


LAST_DRINK_TIMES = (time(8), time(10), time(12), time(14), time(16), time(18))


def _for_today(ctx: Ctx) -> bool:
    return target_day(ctx) == ctx.data.get("today")


def _last_drink_suggestions(ctx: Ctx) -> list[time]:
    # A check-in for today so far can't have a drink later than now.
    return earlier_today(LAST_DRINK_TIMES, ctx) if _for_today(ctx) else list(LAST_DRINK_TIMES)


def _last_drink_check(value: time, ctx: Ctx) -> str | None:
    return not_later_than_now(value, ctx) if _for_today(ctx) else None


def _typed_drinks(ctx: Ctx) -> bool:
    answer = ctx.data.get("caffeine")
    return answer is not None and answer.isdigit() and int(answer) > 0


def build() -> Flow:
    return Flow(
        name=NAME,
        steps=(
            Choice(
                key="day",
                prompt=_day_prompt,
                choices=_day_choices,
                columns=2,
                when=lambda ctx: (
                    bool(ctx.data.get("before_noon"))
                    and ctx.data["yesterday"] not in (ctx.data.get("recent") or {})
                ),
            ),
            Choice(
                key="existing",
                prompt=_existing_prompt,
                choices=lambda ctx: [
                    Option("update", _("Update it")),
                    Option("keep", _("Leave it as it is")),
                ],
                columns=2,
                when=_exists,
            ),
            Choice(
                key="twitch",
                prompt=_twitch_prompt,
                choices=_twitch_choices,
                optional=True,
                columns=4,
                when=_answering,
            ),
            Number(
                key="twitch_score",
                prompt=lambda ctx: _(
                    "On a scale of 0 (none) to 10 (the strongest you can imagine)?"
                ),
                low=0,
                high=10,
                buttons=range(11),
                columns=6,
                when=lambda ctx: _answering(ctx) and ctx.data.get("twitch") == "score",
            ),
            Choice(
                key="where",
                prompt=lambda ctx: _("Where did you notice it?"),
                choices=_where_choices,
                optional=True,
                columns=3,
                when=lambda ctx: _answering(ctx) and (_level(ctx) or 0) > 0,
            ),
            MultiChoice(
                key="where_many",
                prompt=lambda ctx: _("Tap every place, then Done."),
                choices=lambda ctx: [Option(p, place_label(p)) for p in PLACES],
                minimum=1,
                when=lambda ctx: _answering(ctx) and ctx.data.get("where") == "several",
            ),
            Number(
                key="anxiety",
                prompt=lambda ctx: _(
                    "And anxiety overall, from 0 (calm) to 10 (the most anxious you get)?"
                ),
                low=0,
                high=10,
                buttons=range(11),
                columns=6,
                optional=True,
                when=_answering,
            ),
            Choice(
                key="sleep",
                prompt=lambda ctx: _("How did last night's sleep go?"),
                choices=_sleep_choices,
                optional=True,
                columns=1,
                when=_answering,
            ),
            ClockTime(
                key="slept_bed",
                prompt=lambda ctx: _("Roughly when did you go to bed? (like 23:30)"),
                suggestions=lambda ctx: _suggest_around(ctx.profile.bedtime, time(23)),
                plausible=BEDTIME_HOURS,
                when=lambda ctx: _answering(ctx) and ctx.data.get("sleep") == "different",
            ),
            ClockTime(
                key="slept_wake",
                prompt=lambda ctx: _("And when did you wake up? (like 7:15)"),
                suggestions=lambda ctx: _suggest_around(ctx.profile.wake_time, time(7)),
                plausible=WAKE_HOURS,
                when=lambda ctx: _answering(ctx) and ctx.data.get("sleep") == "different",
            ),
            Choice(
                key="caffeine",
                prompt=lambda ctx: _(
                    "Caffeinated drinks that day (coffee, tea, cola, energy drinks)?"
                ),
                choices=_caffeine_choices,
                optional=True,
                columns=5,
                when=_answering,
            ),
            ClockTime(
                key="caffeine_last",
                prompt=lambda ctx: _("When was the last one? (like 15:30)"),
                suggestions=_last_drink_suggestions,
                check=_last_drink_check,
                optional=True,
                when=lambda ctx: _answering(ctx) and _typed_drinks(ctx),
            ),
            MultiChoice(
                key="triggers",
                prompt=lambda ctx: _(
                    "Anything going on? Tap any that fit, then Done (or just Done)."
                ),
                choices=lambda ctx: [Option(t, trigger_label(t)) for t in TRIGGERS],
                optional=True,
                columns=3,
                when=_answering,
            ),
            MultiChoice(
                key="warning_signs",
                prompt=lambda ctx: _(
                    "One question I ask once a week: in the past week, have you noticed any of "
                    "these? Tap any that apply, or just Done if none."
                ),
                choices=lambda ctx: [Option(k, warning_sign_label(k)) for k in WARNING_SIGNS],
                optional=True,
                columns=1,
                when=lambda ctx: _answering(ctx) and bool(ctx.data.get("weekly_due")),
            ),
        ),
        finish=_finish,
    )


# --- the end ---------------------------------------------------------------------------------


def answers(ctx: Ctx) -> dict[str, Any]:
    """The check-in's fields from this flow's answers (skipped questions stay empty)."""
    data = ctx.data
    before = _day_before(ctx) or {}
    fields: dict[str, Any] = {"twitch_level": _level(ctx), "twitch_score": None}
    if data.get("twitch") == "score" and data.get("twitch_score") is not None:
        fields["twitch_score"] = int(data["twitch_score"])
    where = data.get("where")
    if (_level(ctx) or 0) == 0:
        fields["locations"] = []
    elif where == "same":
        fields["locations"] = list(before.get("locations") or [])
    elif where == "several":
        fields["locations"] = list(data.get("where_many") or [])
    else:
        fields["locations"] = [where] if where else []
    fields["anxiety"] = data.get("anxiety")
    sleep = data.get("sleep")
    bed = wake = None
    if sleep == "usual":
        bed, wake = ctx.profile.bedtime, ctx.profile.wake_time
    elif sleep == "same":
        bed, wake = parse_clock_time(before["bedtime"]), parse_clock_time(before["wake_time"])
    elif sleep == "different":
        bed, wake = parse_clock_time(data["slept_bed"]), parse_clock_time(data["slept_wake"])
    fields["bedtime"], fields["wake_time"] = bed, wake
    caffeine = data.get("caffeine")
    drinks, last = None, None
    if caffeine == "logged" and (logged := _logged(ctx)):
        drinks, last = int(logged["count"]), logged["last"]
    elif caffeine == "same":
        drinks, last = before.get("caffeine_drinks"), before.get("caffeine_last")
    elif caffeine is not None:
        drinks, last = int(caffeine), data.get("caffeine_last")
    fields["caffeine_drinks"] = drinks
    fields["caffeine_last"] = parse_clock_time(last) if drinks and last else None
    fields["triggers"] = list(data.get("triggers") or [])
    if data.get("warning_signs") is not None:
        fields["red_flags"] = list(data["warning_signs"])
    return fields


def sleep_hours(bed: time | None, wake: time | None) -> float | None:
    if bed is None or wake is None:
        return None
    minutes = ((wake.hour * 60 + wake.minute) - (bed.hour * 60 + bed.minute)) % 1440
    return minutes / 60


def reflection(fields: dict[str, Any], day: str) -> str:
    """One line that says back what they told us, without judging or explaining it."""
    parts = []
    level = fields.get("twitch_level")
    if level is not None:
        where = places_in_text(fields.get("locations") or [])
        parts.append(
            _("twitching {level} ({places})").format(level=level_label(level), places=where)
            if where
            else _("twitching {level}").format(level=level_label(level))
        )
    if fields.get("anxiety") is not None:
        parts.append(_("anxiety {n}/10").format(n=fields["anxiety"]))
    hours = sleep_hours(fields.get("bedtime"), fields.get("wake_time"))
    if hours is not None:
        parts.append(_("{hours} of sleep").format(hours=format_hours(hours)))
    if fields.get("caffeine_drinks") is not None:
        drinks = fields["caffeine_drinks"]
        last = fields.get("caffeine_last")
        parts.append(
            ngettext(
                "{count} caffeinated drink, the last at {last}",
                "{count} caffeinated drinks, the last at {last}",
                drinks,
            ).format(count=drinks, last=format_clock(last))
            if drinks and last
            else ngettext(
                "{count} caffeinated drink", "{count} caffeinated drinks", drinks
            ).format(count=drinks)
        )
    if not parts:
        return _("Saved {day} — even an empty check-in keeps the habit going.").format(
            day=_day_name(day)
        )
    return _("Noted for {day}: {parts}.").format(day=_day_name(day), parts="; ".join(parts))


def suggestion(fields: dict[str, Any], cutoff: time | None) -> str | None:
    """At most one tip, the most pressing first: high anxiety now, then sleep, then caffeine."""
    if (fields.get("anxiety") or 0) >= HIGH_ANXIETY:
        # The offer itself is a button (see _finish) that starts a live, paced session.
        return _(
            "That sounds like a heavy day. If you'd like, we can take a few slow breaths "
            "together now: in for 4, hold for 5, out for 6, paced right here in the chat."
        )
    hours = sleep_hours(fields.get("bedtime"), fields.get("wake_time"))
    if hours is not None and hours < SHORT_SLEEP_HOURS:
        return _(
            "A short night. A calm half hour before bed — screens off, lights low, a quiet "
            "room — can make the next one easier."
        )
    last = fields.get("caffeine_last")
    if cutoff and last and last > cutoff:
        return _(
            "The last drink came after your {cutoff} cut-off. Caffeine lingers for hours, and "
            "an earlier last cup can mean a calmer night."
        ).format(cutoff=format_clock(cutoff))
    return None


def _finish(ctx: Ctx) -> list[Output]:
    day = target_day(ctx)
    if not _answering(ctx):
        return [ShowMenu(_("Okay, I've left {day} as it was.").format(day=_day_name(day)))]
    fields = answers(ctx)
    text = reflection(fields, day)
    if tip := suggestion(fields, ctx.profile.caffeine_cutoff):
        text += "\n\n" + tip
    buttons: tuple[tuple[Button, ...], ...] = (
        (Button(_("📝 Add a note"), menu_button("note", day.replace("-", ""))),),
        (Button(_("Menu"), menu_button("menu")),),
    )
    if (fields.get("anxiety") or 0) >= HIGH_ANXIETY:
        # "456" names the 4-5-6 pattern (callback data has no dashes).
        breathe = Button(_("🫁 Breathe with me"), menu_button("breathe", "456"))
        buttons = ((breathe,), *buttons)
    return [SaveCheckIn(day=day, fields=fields), Say(text, buttons=buttons)]


async def _open(turn: TurnContext, arg: str | None) -> list[Output]:
    assert turn.user is not None  # declared to need consent
    return turn.start(NAME, await checkin_records.seed(turn, turn.user))


FEATURE = Feature(
    name=NAME,
    actions=(
        Action(
            NAME,
            _open,
            needs=Needs.CONSENT,
            order=10,
            describe=lambda: _("Tell me how today went (about a minute)"),
        ),
    ),
    menu=(MenuEntry(lambda: _("📝 Check in"), NAME, row=10),),
    flows=lambda: (build(),),
    effects={SaveCheckIn: Effect(checkin_records.save, needs=Needs.CONSENT)},
)
