"""The evening check-in: twitching, where, anxiety, last night's sleep, caffeine, what was
going on. A day like the one before is six taps from the reminder (tests/test_six_taps.py)."""

from __future__ import annotations

from datetime import date, time

from bot.core.night import is_night
from bot.core.timeparse import format_clock
from bot.core.typed import Word
from bot.features import Action, Effect, Feature, MenuEntry, Needs, TurnContext
from bot.flow import (
    Button,
    Choice,
    ClockTime,
    Ctx,
    Flow,
    FreeText,
    MultiChoice,
    Number,
    Option,
    Output,
    Say,
    ShowMenu,
    earlier_today,
    not_later_than_now,
    waking_day,
)
from bot.flow.callback_data import menu_button
from conversations import checkin_records
from conversations.checkin_answers import (
    SAME,
    answering,
    answers,
    day_before,
    day_name,
    exists,
    level,
    like_before,
    logged_drinks,
    slept,
    target_day,
)
from conversations.checkin_labels import (
    PLACES,
    TRIGGERS,
    WARNING_SIGNS,
    level_label,
    place_label,
    places_in_text,
    trigger_label,
    warning_sign_label,
)
from conversations.checkin_records import SaveCheckIn
from conversations.checkin_summary import HIGH_ANXIETY, reflection, suggestion
from conversations.greetings import greeting
from conversations.i18n import _, pgettext
from conversations.routine import BEDTIME_HOURS, WAKE_HOURS

NAME = "checkin"


# --- steps --------------------------------------------------------------------------------------


def _day_prompt(ctx: Ctx) -> str:
    question = _("Is this check-in for yesterday, or for today so far?")
    hello = greeting(ctx.local_now.time())
    return f"{hello} {question}" if hello else question


def _day_choices(ctx: Ctx) -> list[Option]:
    return [
        Option("yesterday", _("Yesterday ({day})").format(day=day_name(ctx.data["yesterday"]))),
        Option("today", _("Today")),
    ]


def _existing_prompt(ctx: Ctx) -> str:
    return _("You've already checked in for {day}. Update it?").format(
        day=day_name(target_day(ctx))
    )


def _twitch_prompt(ctx: Ctx) -> str:
    return _("How was the twitching on {day}?").format(day=day_name(target_day(ctx)))


def _twitch_choices(ctx: Ctx) -> list[Option]:
    options = [
        Option("0", pgettext("twitching level", "None")),
        Option("1", pgettext("twitching level", "Mild")),
        Option("2", pgettext("twitching level", "Moderate")),
        Option("3", pgettext("twitching level", "Strong")),
        Option("score", _("Score it 0–10")),
    ]
    if before := like_before(ctx):
        # How strong and where in one tap, for the days that are like the one before.
        label = _("Like the day before: {level} ({places})").format(
            level=level_label(int(before["twitch_level"])),
            places=places_in_text(before["locations"]),
        )
        options.append(Option(SAME, label))
    return options


def _where_choices(ctx: Ctx) -> list[Option]:
    options = []
    before = day_before(ctx)
    if before and before.get("locations"):
        names = places_in_text(before["locations"])
        options.append(Option(SAME, _("Same as the day before: {names}").format(names=names)))
    options += [Option(p, place_label(p)) for p in PLACES]
    options.append(Option("several", _("Several places…")))
    return options


def _sleep_choices(ctx: Ctx) -> list[Option]:
    bed, wake = ctx.profile.bedtime, ctx.profile.wake_time
    options = []
    if logged := slept(ctx):
        options.append(
            Option("logged", _("As logged ({bed}–{wake})").format(bed=logged[0], wake=logged[1]))
        )
    if bed and wake and (format_clock(bed), format_clock(wake)) != logged:
        options.append(
            Option(
                "usual",
                _("As usual ({bed}–{wake})").format(
                    bed=format_clock(bed), wake=format_clock(wake)
                ),
            )
        )
    before = day_before(ctx)
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
    if logged := logged_drinks(ctx):
        options.append(
            Option(
                "logged",
                _("As logged: {count}, last at {last}").format(
                    count=logged["count"], last=logged["last"]
                ),
            )
        )
    before = day_before(ctx)
    if before and before.get("caffeine_drinks") is not None:
        drinks, last = before["caffeine_drinks"], before.get("caffeine_last")
        label = (
            _("Same as the day before: {count}, last at {last}").format(count=drinks, last=last)
            if drinks and last
            else _("Same as the day before: {count}").format(count=drinks)
        )
        options.append(Option(SAME, label))
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
    return answer is not None and answer.isdecimal() and int(answer) > 0


def build() -> Flow:
    return Flow(
        name=NAME,
        leaving=lambda: _(
            "You're in the middle of your check-in — leave it? What you've answered so far "
            "won't be kept."
        ),
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
                    Option("update", _("Update it"), means=Word.YES),
                    Option("keep", _("Leave it as it is"), means=Word.NO),
                    # Skipping a question in an update keeps its answer; clearing is this.
                    Option("afresh", _("Start it afresh")),
                ],
                columns=2,
                when=exists,
            ),
            Choice(
                key="twitch",
                prompt=_twitch_prompt,
                choices=_twitch_choices,
                optional=True,
                columns=4,
                when=answering,
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
                when=lambda ctx: answering(ctx) and ctx.data.get("twitch") == "score",
            ),
            Choice(
                key="where",
                prompt=lambda ctx: _("Where did you notice it?"),
                choices=_where_choices,
                optional=True,
                columns=3,
                when=lambda ctx: (
                    answering(ctx) and (level(ctx) or 0) > 0 and ctx.data.get("twitch") != SAME
                ),
            ),
            MultiChoice(
                key="where_many",
                prompt=lambda ctx: _("Tap every place, then Done."),
                choices=lambda ctx: [Option(p, place_label(p)) for p in PLACES],
                minimum=1,
                when=lambda ctx: answering(ctx) and ctx.data.get("where") == "several",
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
                when=answering,
            ),
            Choice(
                key="sleep",
                prompt=lambda ctx: _("How did last night's sleep go?"),
                choices=_sleep_choices,
                optional=True,
                columns=1,
                when=answering,
            ),
            ClockTime(
                key="slept_bed",
                prompt=lambda ctx: _("Roughly when did you go to bed? (like 23:30)"),
                suggestions=lambda ctx: _suggest_around(ctx.profile.bedtime, time(23)),
                plausible=BEDTIME_HOURS,
                when=lambda ctx: answering(ctx) and ctx.data.get("sleep") == "different",
            ),
            ClockTime(
                key="slept_wake",
                prompt=lambda ctx: _("And when did you wake up? (like 7:15)"),
                suggestions=lambda ctx: _suggest_around(ctx.profile.wake_time, time(7)),
                plausible=WAKE_HOURS,
                when=lambda ctx: answering(ctx) and ctx.data.get("sleep") == "different",
            ),
            Choice(
                key="caffeine",
                prompt=lambda ctx: _(
                    "Caffeinated drinks that day (coffee, tea, cola, energy drinks)?"
                ),
                choices=_caffeine_choices,
                optional=True,
                columns=5,
                when=answering,
            ),
            ClockTime(
                key="caffeine_last",
                prompt=lambda ctx: _("When was the last one? (like 15:30)"),
                suggestions=_last_drink_suggestions,
                check=_last_drink_check,
                # "Around 5" after a 06:30 wake-up is 17:00; asked only when both could be.
                fits=lambda ctx: waking_day(ctx, until_now=_for_today(ctx)),
                optional=True,
                when=lambda ctx: answering(ctx) and _typed_drinks(ctx),
            ),
            MultiChoice(
                key="triggers",
                prompt=lambda ctx: _(
                    "Anything going on? Tap any that fit, then Done (or just Done)."
                ),
                choices=lambda ctx: [Option(t, trigger_label(t)) for t in TRIGGERS],
                optional=True,
                columns=3,
                when=answering,
            ),
            MultiChoice(
                key="warning_signs",
                prompt=lambda ctx: _(
                    "One question I ask once a week: in the past week, have you noticed any of "
                    "these? Most people tick none. Tap any that apply, or just Done."
                ),
                choices=lambda ctx: [Option(k, warning_sign_label(k)) for k in WARNING_SIGNS],
                optional=True,
                columns=1,
                # Never at night: a checklist of warning signs is no way into sleep.
                when=lambda ctx: (
                    answering(ctx) and bool(ctx.data.get("weekly_due")) and not _at_night(ctx)
                ),
            ),
            FreeText(
                key="warning_words",
                prompt=lambda ctx: _(
                    "In a few words of your own, what have you noticed? I'll put it in the "
                    "report for your doctor just as you write it."
                ),
                max_length=500,
                optional=True,
                when=lambda ctx: answering(ctx) and bool(ctx.data.get("warning_signs")),
            ),
        ),
        finish=_finish,
    )


def _at_night(ctx: Ctx) -> bool:
    profile = ctx.profile
    return is_night(ctx.local_now.time(), bedtime=profile.bedtime, wake=profile.wake_time)


# --- the end ---------------------------------------------------------------------------------


def _finish(ctx: Ctx) -> list[Output]:
    day = target_day(ctx)
    if not answering(ctx):
        return [ShowMenu(_("Okay, I've left {day} as it was.").format(day=day_name(day)))]
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


def parse_day(arg: str | None) -> date | None:
    """A day from a button or command argument: "20261125" or "2026-11-25"."""
    digits = (arg or "").strip().replace("-", "")
    if len(digits) != 8 or not digits.isdecimal():
        return None
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None


def out_of_reach() -> Say:
    return Say(
        _(
            "I can change or add check-ins for the last 7 days only. Open /history and tap "
            "“✏️ Change or add a day” to pick one."
        ),
        buttons=((Button(_("📅 History"), menu_button("history")),),),
    )


async def _open(turn: TurnContext, arg: str | None) -> list[Output]:
    """/checkin: today (or yesterday, in the morning); with a day of the last week (a button
    in /history), that day's check-in to change, or to add when it was missed."""
    assert turn.user is not None  # declared to need consent
    if arg is None or not arg.strip():
        return turn.start(NAME, await checkin_records.seed(turn, turn.user))
    day = parse_day(arg)
    if day is None or day not in checkin_records.editable_days(turn.local_now().date()):
        return [out_of_reach()]
    return turn.start(NAME, await checkin_records.seed(turn, turn.user, for_day=day))


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
