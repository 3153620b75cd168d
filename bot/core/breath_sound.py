"""A paced exercise as sound, with no words, so it serves every language: a rising tone to
breathe in, a soft steady tone to hold, a falling tone to breathe out, a steady tone to tense
and a falling one to let go, silence to rest, and a soft chime as each round (or part) begins.

Pure: a plan of steps becomes cues (`cues`), cues become samples (`render`); the same plan
always gives the same cues and the same `content_key`, so a recording made once can be reused.
Each tone fades out just before its phase ends and the next fades in from its first instant, so
the phases can be told apart by ear, and found in the signal by a test.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

import numpy as np
import numpy.typing as npt

from bot.core.pacing import Step

__all__ = [
    "SAMPLE_RATE",
    "Cue",
    "content_key",
    "cues",
    "duration_s",
    "render",
]

# Enough for tones below 1 kHz and a chime; a quarter of 48 kHz's work to make and encode.
SAMPLE_RATE = 16_000
# Bumped whenever the sound of a cue changes, so recordings kept under the old key are not
# reused for the new sound.
VERSION = 1
# Fades at either end of a tone: long enough to sound soft, short enough to mark the boundary.
FADE_IN_S = 0.04
FADE_OUT_S = 0.06

# (start Hz, end Hz, level) per kind of step; equal ends make a steady tone, level 0 silence.
# Breathing sits around G3–D4, low and unhurried; holds are quieter than breaths.
_TONES: dict[str, tuple[float, float, float]] = {
    "in": (196.0, 294.0, 0.45),
    "top_up": (294.0, 370.0, 0.40),
    "hold": (247.0, 247.0, 0.18),
    "hold_out": (196.0, 196.0, 0.14),
    "out": (294.0, 196.0, 0.45),
    "tense": (330.0, 330.0, 0.35),
    "release": (330.0, 165.0, 0.40),
    "rest": (0.0, 0.0, 0.0),
}
# The chime: two bell-like partials that die away over about a second.
_CHIME_HZ = (880.0, 1320.0)
_CHIME_LEVEL = 0.16
_CHIME_DECAY_S = 0.35
_CHIME_LENGTH_S = 1.5


@dataclass(frozen=True, slots=True)
class Cue:
    """One phase as sound: from `start_s` for `seconds`, a tone gliding from `from_hz` to
    `to_hz` at `level` (0 is silence), with a chime at its start when `chime` is set."""

    start_s: float
    seconds: float
    from_hz: float
    to_hz: float
    level: float
    chime: bool = False


def cues(steps: Sequence[Step]) -> tuple[Cue, ...]:
    """The cues of a plan, one per step, at the offsets `pacing.schedule` gives them; a chime
    where a new round (or muscle group) begins. A settling pause (round 0) has none."""
    out: list[Cue] = []
    elapsed = Fraction(0)
    previous_cycle: int | None = None
    for step in steps:
        try:
            low, high, level = _TONES[step.kind]
        except KeyError:
            raise ValueError(f"no sound for a {step.kind!r} step") from None
        chime = step.cycle >= 1 and step.cycle != previous_cycle and step.kind != "rest"
        if step.kind != "rest":
            previous_cycle = step.cycle
        out.append(Cue(float(elapsed), step.seconds, low, high, level, chime))
        elapsed += Fraction(step.seconds)
    return tuple(out)


def duration_s(plan: Sequence[Cue]) -> float:
    """How long the recording of these cues lasts: to the end of the last one."""
    return plan[-1].start_s + plan[-1].seconds if plan else 0.0


def content_key(plan: Sequence[Cue], *, encoding: str = "") -> str:
    """A name for the recording these cues make (with `encoding`, how it is stored): equal
    plans share it, and any change to a cue, the sound of cues or the encoding changes it."""
    digest = hashlib.sha256(f"v{VERSION};{SAMPLE_RATE};{encoding}".encode())
    for cue in plan:
        digest.update(
            f"|{cue.start_s!r},{cue.seconds!r},{cue.from_hz!r},{cue.to_hz!r},"
            f"{cue.level!r},{int(cue.chime)}".encode()
        )
    return digest.hexdigest()


def _fades(count: int, rate: int) -> npt.NDArray[np.float32]:
    """A raised-cosine fade in at the start and out at the end of `count` samples."""
    envelope = np.ones(count, dtype=np.float32)
    fade_in = min(int(FADE_IN_S * rate), count // 2)
    fade_out = min(int(FADE_OUT_S * rate), count - fade_in)
    if fade_in:
        envelope[:fade_in] = 0.5 - 0.5 * np.cos(np.linspace(0.0, math.pi, fade_in))
    if fade_out:
        envelope[count - fade_out :] = 0.5 + 0.5 * np.cos(np.linspace(0.0, math.pi, fade_out))
    return envelope


def _tone(cue: Cue, count: int, rate: int) -> npt.NDArray[np.float32]:
    t = np.arange(count, dtype=np.float64) / rate
    # An exponential glide: equal steps in pitch, as the ear hears them, not in Hz.
    ratio = cue.to_hz / cue.from_hz
    frequency = cue.from_hz * np.power(ratio, t / cue.seconds)
    phase = 2.0 * math.pi * np.cumsum(frequency) / rate
    # A touch of the octave makes it warmer than a bare sine without making it bright.
    wave = np.sin(phase) + 0.2 * np.sin(2.0 * phase)
    return (cue.level / 1.2 * wave).astype(np.float32) * _fades(count, rate)


def _chime(rate: int) -> npt.NDArray[np.float32]:
    t = np.arange(int(_CHIME_LENGTH_S * rate), dtype=np.float64) / rate
    bell = sum(np.sin(2.0 * math.pi * hz * t) / (n + 1) for n, hz in enumerate(_CHIME_HZ))
    decay = np.exp(-t / _CHIME_DECAY_S)
    attack = np.minimum(t / 0.005, 1.0)  # 5 ms, so it does not click
    return (_CHIME_LEVEL / 1.5 * bell * decay * attack).astype(np.float32)


def render(plan: Sequence[Cue], rate: int = SAMPLE_RATE) -> npt.NDArray[np.float32]:
    """The samples (mono, -1..1) of a plan's cues, exactly as long as the plan."""
    total = round(duration_s(plan) * rate)
    samples = np.zeros(total, dtype=np.float32)
    chime = _chime(rate)
    for cue in plan:
        start = round(cue.start_s * rate)
        end = min(round((cue.start_s + cue.seconds) * rate), total)
        if cue.level > 0 and end > start:
            samples[start:end] += _tone(cue, end - start, rate)
        if cue.chime:
            # A chime rings on into the next phase, but never past the end.
            length = min(len(chime), total - start, end - start)
            samples[start : start + length] += chime[:length] * _fades(length, rate)
    np.clip(samples, -1.0, 1.0, out=samples)
    return samples
