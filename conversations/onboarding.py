"""Onboarding: a warm welcome, what Stillpoint is and is not, a first choice between calming
the twitching now and setting up, then consent and the routine."""

from __future__ import annotations

from datetime import time
from zoneinfo import ZoneInfo

from bot.core.night import is_night
from bot.core.timeparse import parse_clock_time
from bot.core.typed import Word
from bot.features import Feature
from bot.flow import (
    Button,
    Choice,
    Ctx,
    Flow,
    Option,
    Output,
    RunAction,
    Say,
    ShowMenu,
)
from bot.flow.callback_data import menu_button
from conversations import menu, routine
from conversations.breathing import NOW
from conversations.i18n import _
from conversations.settings import SaveProfile

NAME = "onboarding"
CALM, SETUP, MORNING = "calm", "setup", "morning"


def _intro(ctx: Ctx) -> list[Output]:
    return [
        Say(
            _(
                "Hi, I'm Stillpoint. 🌿\n"
                "I'm here for the twitchy, anxious moments — and the calm evenings in between."
            )
        ),
        Say(
            _(
                "What I can do: short daily check-ins, breathing and relaxation you can follow "
                "right here, gentle reminders around caffeine and sleep, and a look at your own "
                "patterns over time.\n\n"
                "What I'm not: a doctor. I can't tell you why a muscle twitches — twitching has "
                "other causes too, and a clinician should rule those out.\n\n"
                "Please see one soon if you notice real weakness, muscles getting thinner, "
                "trouble swallowing or speaking, falls or dropping things, or twitching that "
                "spreads along with weakness."
            )
        ),
    ]


def _late(ctx: Ctx) -> bool:
    """Night on their clock, by the times they usually keep (not known yet: the usual ones)."""
    return is_night(ctx.local_now.time(), bedtime=None, wake=None)


def _begin_prompt(ctx: Ctx) -> str:
    if _late(ctx):
        return _(
            "It's late, so let's keep tonight simple. If a muscle is twitching or your mind "
            "is racing, we can settle that first — setting up can wait for the morning."
        )
    return _(
        "If a muscle is twitching right now, we can calm it first — that needs nothing from "
        "you. Or I'll set you up: it takes about a minute."
    )


def _begin_choices(ctx: Ctx) -> list[Option]:
    if _late(ctx):
        return [
            Option(CALM, _("🌊 Calm it first")),
            Option(MORNING, _("🌙 Set up in the morning")),
            Option(SETUP, _("Set me up")),
        ]
    return [
        Option(CALM, _("🌊 Twitching now? Calm it first")),
        Option(SETUP, _("Set me up")),
    ]


def _setting_up(ctx: Ctx) -> bool:
    return ctx.data.get("begin") == SETUP


def _consent_prompt(ctx: Ctx) -> str:
    return _(
        "May I keep your check-ins, so I can show you your own patterns? They're yours: "
        "you can export or delete everything at any time.\n"
        "If you'd rather not, that's fine — the breathing and relaxation exercises work "
        "without keeping anything."
    )


def _consented(ctx: Ctx) -> bool:
    return ctx.data.get("consent") == "given"


def _past_their_bedtime(ctx: Ctx) -> bool:
    """Whether it is night by the zone and times they have just chosen."""
    zone = ctx.data.get("time_zone") or ctx.profile.time_zone
    if not zone:
        return False
    local = ctx.now.astimezone(ZoneInfo(zone)).time()
    return is_night(local, bedtime=_chosen(ctx, "bedtime"), wake=_chosen(ctx, "wake_time"))


def _chosen(ctx: Ctx, key: str) -> time | None:
    value = ctx.data.get(key)
    return parse_clock_time(value) if value else None


def in_the_morning() -> str:
    return _(
        "Sleep well. Send /start in the morning and we'll set up in about a minute. If the "
        "twitching keeps you awake, /now is here at any hour."
    )


def _finish(ctx: Ctx) -> list[Output]:
    if ctx.data.get("begin") == MORNING:
        # Nothing is kept: in the morning /start begins again.
        return [
            Say(in_the_morning(), buttons=((Button(_("🌊 A calm minute"), menu_button(NOW)),),))
        ]
    if not _setting_up(ctx):
        # Help before sign-up: nothing is saved, and /start offers the set-up again later.
        return [RunAction(NOW)]
    if not _consented(ctx):
        return [
            SaveProfile(consent="declined", onboarded=True),
            Say(
                _(
                    "Understood — I won't keep any check-ins. The exercises are all yours, "
                    "and you can change your mind in /settings."
                )
            ),
            ShowMenu(),
        ]
    saved = SaveProfile(fields=routine.routine_fields(ctx), consent="given", onboarded=True)
    rhythm = _("All set. Here's your rhythm:\n\n{summary}").format(summary=routine.summary(ctx))
    if _past_their_bedtime(ctx):
        # Past their bedtime: only what helps now; the first check-in waits for the morning.
        later = _(
            "It's past your bedtime, so the rest can wait: your first check-in is for the "
            "morning. If you'd like to settle first, a calm minute is here."
        )
        calm = Button(_("🌊 A calm minute"), menu_button(NOW))
        return [saved, Say(f"{rhythm}\n\n{later}", buttons=((calm,), menu.menu_row()))]
    return [
        saved,
        Say(rhythm + "\n\n" + _("You can change any of it in /settings.")),
        ShowMenu(),
    ]


def build() -> Flow:
    return Flow(
        name=NAME,
        leaving=lambda: _(
            "We're in the middle of setting you up — leave it for now? You can pick it up "
            "again with /start."
        ),
        intro=_intro,
        steps=(
            Choice(key="begin", prompt=_begin_prompt, choices=_begin_choices, columns=1),
            Choice(
                key="consent",
                prompt=_consent_prompt,
                choices=lambda ctx: [
                    Option("given", _("Yes, keep them"), means=Word.YES),
                    Option("declined", _("No, thanks"), means=Word.NO),
                ],
                columns=2,
                when=_setting_up,
            ),
            routine.zone_step(when=_consented),
            routine.wake_step(when=_consented),
            routine.bed_step(when=_consented),
            routine.cutoff_step(when=_consented),
            routine.checkin_step(when=_consented),
        ),
        finish=_finish,
    )


FEATURE = Feature(name=NAME, flows=lambda: (build(),), setup=NAME)
