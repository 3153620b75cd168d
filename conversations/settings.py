"""Settings: change one part of the routine (or consent); dependent answers are re-asked."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot.features import Action, Effect, Feature, MenuEntry, TurnContext
from bot.flow import (
    Choice,
    Ctx,
    Flow,
    Option,
    Output,
    Record,
    RunAction,
    Say,
    ShowMenu,
    StartFlow,
)
from bot.storage import reminders as reminder_store
from bot.storage import repo
from bot.storage.models import Consent
from conversations import routine
from conversations.i18n import _, switch_language


@dataclass(frozen=True)
class SaveProfile(Record):
    """Write profile fields (time zone, routine times) of the acting user, creating the user
    if needed; `consent` records their choice, `onboarded` marks onboarding complete."""

    fields: dict[str, Any] = field(default_factory=dict)
    consent: str | None = None
    onboarded: bool = False


logger = logging.getLogger(__name__)

NAME = "settings"
# The choice (and the action it runs) for the report's start date and medications.
DOCTOR = "report_details"


def _what_prompt(ctx: Ctx) -> str:
    if ctx.profile.consent != "given":
        return _("I'm not keeping any check-ins for you right now. What would you like to change?")
    return _("Here's what I have:\n\n{summary}\n\nWhat would you like to change?").format(
        summary=routine.summary(ctx)
    )


def _choices(ctx: Ctx) -> list[Option]:
    if ctx.profile.consent != "given":
        return [
            Option("consent", _("Start keeping check-ins")),
            Option("language", _("Language")),
        ]
    return [
        Option("time_zone", _("Time zone")),
        Option("wake_time", _("Wake time")),
        Option("bedtime", _("Bedtime")),
        Option("caffeine_cutoff", _("Caffeine cut-off")),
        Option("checkin_time", _("Check-in time")),
        Option(DOCTOR, _("Doctor: start, medications")),
        Option("consent", _("Stop keeping check-ins")),
        Option("language", _("Language")),
    ]


def _starting_consent(ctx: Ctx) -> bool:
    return ctx.data.get("what") == "consent" and ctx.profile.consent != "given"


def _asks(key: str) -> Callable[[Ctx], bool]:
    """Ask `key` when it is what they chose, when it is still unset after consenting, or when
    an earlier answer in this flow has made the stored value impossible."""

    def when(ctx: Ctx) -> bool:
        if ctx.data.get("what") == key:
            return True
        if _starting_consent(ctx):
            if key == "time_zone":
                return ctx.profile.time_zone is None
            return routine.current(ctx, key) is None
        wake, bed = routine.current(ctx, "wake_time"), routine.current(ctx, "bedtime")
        if key == "bedtime" and "wake_time" in ctx.data and not routine.night_fits(wake, bed):
            return True
        if key == "caffeine_cutoff" and (cutoff := routine.current(ctx, key)):
            return not routine.cutoff_fits(cutoff, wake, bed)
        if key == "checkin_time" and (checkin := routine.current(ctx, key)):
            return not routine.checkin_fits(checkin, wake, bed)
        return False

    return when


def _finish(ctx: Ctx) -> list[Output]:
    if ctx.data.get("what") == "language":
        return [StartFlow("language")]
    if ctx.data.get("what") == DOCTOR:
        return [RunAction(DOCTOR)]
    if ctx.data.get("what") == "consent":
        if ctx.profile.consent == "given":
            return [
                SaveProfile(consent="declined"),
                Say(_("Okay — from now on I won't keep new check-ins.")),
                ShowMenu(),
            ]
        return [
            SaveProfile(fields=routine.routine_fields(ctx), consent="given"),
            Say(
                _("Thank you. I'll keep your check-ins from now on.\n\n{summary}").format(
                    summary=routine.summary(ctx)
                )
            ),
            ShowMenu(),
        ]
    return [
        SaveProfile(fields=routine.routine_fields(ctx)),
        Say(_("Saved.\n\n{summary}").format(summary=routine.summary(ctx))),
        ShowMenu(),
    ]


def _bed_prompt(ctx: Ctx) -> str:
    # "And the bedtime…?" follows a new wake-up; chosen on its own, it is asked on its own.
    if ctx.data.get("what") == "bedtime":
        return routine.bed_question(ctx)
    return routine.bed_prompt(ctx)


def build() -> Flow:
    return Flow(
        name=NAME,
        leaving=lambda: _("You're in the middle of changing your settings — leave it unsaved?"),
        steps=(
            Choice(key="what", prompt=_what_prompt, choices=_choices, columns=2),
            routine.zone_step(when=_asks("time_zone")),
            routine.wake_step(when=_asks("wake_time")),
            routine.bed_step(when=_asks("bedtime"), prompt=_bed_prompt),
            routine.cutoff_step(when=_asks("caffeine_cutoff")),
            # Onboarding's "Last one:" is no last of anything here.
            routine.checkin_step(when=_asks("checkin_time"), prompt=routine.checkin_question),
        ),
        finish=_finish,
    )


async def _open(turn: TurnContext, arg: str | None) -> list[Output]:
    return turn.start(NAME)


async def save_profile(turn: TurnContext, output: SaveProfile) -> list[Output]:
    """Write the acting user's profile (creating the user at the end of onboarding); a new
    zone, routine time or consent reschedules every reminder at once."""
    user = turn.user
    new = user is None
    if user is None:
        # The turn found no row for them under the chat's lock: this makes it, written with
        # everything this save sets in one statement below.
        user = repo.new_user(
            telegram_id=turn.telegram_id,
            chat_id=turn.chat_id,
            language=turn.language_code,
            now=turn.now,
        )
    if output.fields:
        await repo.update_profile(turn.session, user=user, fields=output.fields, now=turn.now)
        if "language" in output.fields:
            # The rest of this turn (the menu after the confirmation) is in the new language.
            switch_language(user.language)
    if output.consent is not None:
        await repo.set_consent(
            turn.session, user=user, consent=Consent(output.consent), now=turn.now
        )
    if output.onboarded:
        await repo.mark_onboarded(turn.session, user=user, now=turn.now)
    if new:
        await repo.insert_user(turn.session, user=user)
        turn.user = user
        await reminder_store.schedule_new(
            turn.session, user=user, now=turn.now, default_zone=turn.default_zone
        )
    else:
        await reminder_store.sync_reminders(
            turn.session, user=user, now=turn.now, default_zone=turn.default_zone
        )
    logger.info("profile saved (fields: %s)", ",".join(sorted(output.fields)) or "-")
    return []


FEATURE = Feature(
    name=NAME,
    actions=(
        Action(
            NAME,
            _open,
            order=130,
            describe=lambda: _(
                "Change your time zone, sleep times, caffeine cut-off or check-in time"
            ),
        ),
    ),
    menu=(MenuEntry(lambda: _("⚙️ Settings"), NAME, row=50, column=1),),
    flows=lambda: (build(),),
    effects={SaveProfile: Effect(save_profile)},
)
