"""Live (paced) exercises as the features describe them to the engine that paces them: each kind's
plan (every step, rebuilt from a session's stored kind, pattern and options), what its controls
allow, and every word of the progress message and of how a session ends. The engine
(`bot.transport.exercises`) stores, paces and edits; it names no exercise and holds no words."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.core.pacing import Step
from bot.flow import Button, Record, Say

__all__ = ["Paced", "PacedKind", "PacedWords"]

Rows = tuple[tuple[Button, ...], ...]


@dataclass(frozen=True)
class StartExercise(Record):
    """Begin a live, paced exercise in this chat (bot.transport.exercises runs it)."""

    kind: str
    pattern: str
    options: dict[str, Any] = field(default_factory=dict)
    tension_before: int | None = None


@dataclass(frozen=True)
class PacedKind:
    """One kind of live exercise (as stored in `exercise_sessions.kind`).

    `plan` rebuilds every step from (pattern, options); `skips_parts`: its Skip button jumps to
    the next part (muscle relaxation's groups); `after_flow`: the flow its "Note this twitch"
    button opens once it has ended, for a person who keeps records."""

    plan: Callable[[str, Mapping[str, Any]], tuple[Step, ...]]
    skips_parts: bool = False
    after_flow: str | None = None


@dataclass(frozen=True)
class PacedWords:
    """Every word a live session shows, in the language of the moment. Most take the session's
    kind and pattern; `after_buttons` and `done_without_rating` take `pattern`, `steps` and
    `night` by keyword (what "▶ Again", "Longer" and the wind-down need), `progress_text` and
    `progress_buttons` take `paused`. `skipped` names the part skipped, by its step's key."""

    progress_text: Callable[..., str]  # (kind, pattern, steps, position, *, paused)
    progress_buttons: Callable[..., Rows]  # (session id, kind, *, paused)
    done_text: Callable[[str, str], str]
    stopped_text: Callable[[str, str], str]
    interrupted_text: Callable[[str, str], str]
    again_buttons: Callable[[int], Rows]
    start_over_buttons: Callable[[str, str], Rows]
    busy_note: Callable[[str, str], str]
    after_question: Callable[[int], Say]
    rated_text: Callable[[int | None, int | None], str]
    after_buttons: Callable[..., Rows]  # (session id, kind, *, keeps_records, pattern, ...)
    done_without_rating: Callable[..., Say]  # (session id, kind, *, pattern, steps, night)
    skipped: Callable[[str], str]
    session_over: Callable[[], str]
    paused_toast: Callable[[], str]
    resumed_toast: Callable[[], str]
    stopped_toast: Callable[[], str]
    already_paused: Callable[[], str]
    already_saved: Callable[[], str]
    not_paused: Callable[[], str]
    nothing_to_skip: Callable[[], str]
    refused: Callable[[], str]


@dataclass(frozen=True)
class Paced:
    """The live exercises, declared as `Feature(paced=...)` by exactly one feature."""

    kinds: Mapping[str, PacedKind]
    words: PacedWords

    def kind(self, kind: str) -> PacedKind:
        found = self.kinds.get(kind)
        if found is None:
            raise ValueError(f"no such exercise kind: {kind!r}")
        return found

    def plan(self, kind: str, pattern: str, options: Mapping[str, Any]) -> tuple[Step, ...]:
        """Every step of a stored session, rebuilt from its kind, pattern and options."""
        return self.kind(kind).plan(pattern, options)
