"""Onboarding: a warm welcome, what Stillpoint is and is not, a first choice between calming
the twitching now and setting up, then consent and the routine."""

from __future__ import annotations

from bot.core.typed import Word
from bot.features import Feature
from bot.flow import Choice, Ctx, Flow, Option, Output, RunAction, SaveProfile, Say, ShowMenu
from conversations import routine
from conversations.breathing import NOW
from conversations.i18n import _

NAME = "onboarding"
CALM, SETUP = "calm", "setup"


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


def _begin_prompt(ctx: Ctx) -> str:
    return _(
        "If a muscle is twitching right now, we can calm it first — that needs nothing from "
        "you. Or I'll set you up: it takes about a minute."
    )


def _begin_choices(ctx: Ctx) -> list[Option]:
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


def _finish(ctx: Ctx) -> list[Output]:
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
    return [
        SaveProfile(fields=routine.routine_fields(ctx), consent="given", onboarded=True),
        Say(
            _("All set. Here's your rhythm:\n\n{summary}").format(summary=routine.summary(ctx))
            + "\n\n"
            + _("You can change any of it in /settings.")
        ),
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
