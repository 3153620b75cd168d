"""Exercises as sound, to follow with eyes closed and the screen off: the offer beside "In the
chat", the voice message's caption (what each tone means; for relaxation, the parts in order),
its buttons, and the renderer that makes it (`bot.core.breath_sound`) after the turn commits.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.core import breath_sound, typed
from bot.core.night import is_night_at
from bot.core.pacing import Step
from bot.core.voice_encoding import ENCODING, encode_ogg_opus
from bot.flow import Button, Choice, Ctx, Invalid, Option, Output, RenderLater, SendVoice
from bot.flow.callback_data import menu_button
from conversations.common import tap_a_button
from conversations.exercise_args import (
    VOICE_ACTION,
    again_row,
    exercise_arg,
    exercise_from_arg,
    wind_down_button,
)
from conversations.exercise_common import about_minutes, plan_seconds
from conversations.exercise_words import BREATHE, NOW, RELAX, title
from conversations.exercises import pattern_for, twitch_now_plan
from conversations.formats import format_minutes
from conversations.i18n import _, current_language, ngettext, use_language
from conversations.relaxation import PMR_VERSIONS, group_name, pmr_plan

__all__ = [
    "CHAT",
    "RENDERER",
    "SOUND",
    "VOICE_ACTION",
    "FollowChoice",
    "caption",
    "mode_options",
    "night_of",
    "render",
    "sound_hint",
    "voice",
    "voice_buttons",
    "voice_later",
]

RENDERER = "exercise_voice"
# How to follow an exercise: its live message in the chat, or a voice message.
CHAT, SOUND = "chat", "sound"


def night_of(ctx: Ctx) -> bool | None:
    """Night on their clock (None before we know their zone)."""
    profile = ctx.profile
    return is_night_at(ctx.now, profile.time_zone, profile.bedtime, profile.wake_time)


# How people type the two ways to follow an exercise, in the six languages (compared as
# `typed.normalise` leaves them).
_TYPED = {
    SOUND: "sound|with sound|audio|eyes closed|ton|mit ton|augen zu|sonido|con sonido|son"
    "|avec le son|avec son|som|com som|звук|со звуком",
    CHAT: "chat|in the chat|text|im chat|en el chat|dans le chat|no chat|в чате|чат",
}
_TYPED_WORDS = {
    typed.normalise(phrase): value
    for value, phrases in _TYPED.items()
    for phrase in phrases.split("|")
}


@dataclass(frozen=True, kw_only=True)
class FollowChoice(Choice):
    """ "In the chat" or "With sound" (and any other options given); typed "sound", "mit
    Ton" or "в чате" is read as the button it means."""

    def parse_text(self, text: str, ctx: Ctx) -> Any | Invalid:
        option = self.match_option(text, ctx)
        if option is not None:
            return option.value
        found = _TYPED_WORDS.get(typed.normalise(text))
        return found if found is not None else Invalid(tap_a_button())


def mode_options() -> list[Option]:
    return [
        Option(CHAT, _("▶ In the chat")),
        Option(SOUND, _("🎧 With sound (eyes closed)")),
    ]


def sound_hint(night: bool | None) -> str:
    """The line under the offer: at night, to turn the screen down and follow the sound."""
    if night:
        return _(
            "It's late, so turn your screen down, tap With sound, close your eyes and follow "
            "the tones."
        )
    if night is None:
        return _(
            "If it's late where you are, turn your screen down, tap With sound, close your "
            "eyes and follow the tones."
        )
    return _("With sound, you can close your eyes and follow the tones.")


def voice_later(kind: str, pattern: str, cycles: int, night: bool | None) -> RenderLater:
    """The recipe of a voice message, made and sent after the turn commits."""
    return RenderLater(
        RENDERER,
        {
            "kind": kind,
            "pattern": pattern,
            "cycles": cycles,
            "language": current_language(),
            "night": night,
        },
    )


# --- the voice message -----------------------------------------------------------------------


def _legend(kind: str, steps: tuple[Step, ...]) -> list[str]:
    """What each tone means, for the tones this exercise has."""
    kinds = {step.kind for step in steps}
    lines = []
    if "in" in kinds:
        lines.append(_("A rising tone: breathe in."))
    if "top_up" in kinds:
        lines.append(_("A short higher rise: one more sip of air on top."))
    if "hold" in kinds:
        lines.append(_("A soft steady tone: hold gently."))
    if "hold_out" in kinds:
        lines.append(_("A low steady tone: rest with your lungs empty."))
    if "out" in kinds:
        lines.append(_("A falling tone: breathe out slowly."))
    if "tense" in kinds:
        lines.append(
            _("A steady tone: breathe in and tense the part, never to the point of pain.")
        )
    if "release" in kinds:
        lines.append(_("A falling tone: breathe out and let it all go."))
    if "rest" in kinds and kind != RELAX:
        lines.append(_("Quiet: breathe normally."))
    if kind == RELAX:
        lines.append(_("A chime: the next part begins."))
    elif kind == NOW:
        lines.append(_("A chime: the next sigh begins."))
    else:
        lines.append(_("A chime: the next round begins."))
    return lines


def caption(kind: str, pattern: str, steps: tuple[Step, ...], night: bool | None) -> str:
    """The voice message's caption: what it is, how long, what the tones mean, and for muscle
    relaxation the parts in the order they come."""
    minutes = format_minutes(about_minutes(plan_seconds(steps)))
    if kind == BREATHE:
        rounds = steps[-1].cycle
        length = ngettext(
            "{rounds} round, about {duration}.", "{rounds} rounds, about {duration}.", rounds
        ).format(rounds=rounds, duration=minutes)
    else:
        length = _("About {duration}.").format(duration=minutes)
    parts = [f"🎧 {title(kind, pattern)}\n{length}", "\n".join(_legend(kind, steps))]
    if kind == RELAX:
        groups = [s.detail for s in steps if s.kind == "tense" and s.detail]
        order = list(dict.fromkeys(groups))
        named = "\n".join(
            _("{n}. {part}").format(n=n, part=group_name(key))
            for n, key in enumerate(order, start=1)
        )
        parts.append(_("The parts, in order:") + "\n" + named)
    if night:
        parts.append(_("Turn your screen down, close your eyes and follow the tones."))
    else:
        parts.append(_("Tap play, close your eyes and follow the tones."))
    return "\n\n".join(parts)


def voice_buttons(
    kind: str, pattern: str, cycles: int, night: bool | None
) -> tuple[tuple[Button, ...], ...]:
    """Again (the same recording), Longer where there is a longer one, and at night the
    wind-down."""
    first = again_row(kind, pattern, cycles, VOICE_ACTION)
    if kind == NOW:
        first = (*first, Button(_("🫁 Longer breathing"), menu_button(BREATHE)))
    rows = [first]
    if night:
        rows.append((wind_down_button(),))
    return tuple(rows)


def _plan(kind: str, pattern: str, cycles: int) -> tuple[Step, ...]:
    if kind == RELAX:
        return pmr_plan(PMR_VERSIONS[pattern])
    if kind == NOW:
        return twitch_now_plan()
    found = pattern_for(pattern)
    if found is None:
        raise ValueError(f"no such breathing pattern: {pattern!r}")
    return found.plan(cycles)


def voice(kind: str, pattern: str, cycles: int, night: bool | None) -> SendVoice:
    """The voice message of an exercise; its sound is made only if Telegram has no copy."""
    steps = _plan(kind, pattern, cycles)
    cues = breath_sound.cues(steps)

    def make() -> bytes:
        return encode_ogg_opus(breath_sound.render(cues), breath_sound.SAMPLE_RATE)

    return SendVoice(
        key=breath_sound.content_key(cues, encoding=ENCODING),
        make=make,
        duration=round(breath_sound.duration_s(cues)),
        caption=caption(kind, pattern, steps, night),
        buttons=voice_buttons(kind, pattern, cycles, night),
    )


async def render(session: AsyncSession, chat_id: int, args: Mapping[str, Any]) -> list[Output]:
    """The voice message a turn asked for, in the language of that turn."""
    kind, pattern, cycles = args.get("kind"), args.get("pattern"), args.get("cycles")
    found = (
        exercise_from_arg(exercise_arg(kind, str(pattern), int(cycles or 1)))
        if kind in (BREATHE, RELAX, NOW)
        else None
    )
    if found is None:
        return []
    night = args.get("night")
    with use_language(str(args.get("language") or "")):
        return [voice(*found, night=night if isinstance(night, bool) else None)]
