"""The exercises as sound, decoded again: every phase starts where the schedule says, in the
direction its cue promises (rising in, falling out, steady hold), for as long as the session,
in at most 200 KB a minute."""

from __future__ import annotations

import io

import av
import numpy as np
import numpy.typing as npt
import pytest

from bot.core import breath_sound
from bot.core.own_breathing import OwnPattern
from bot.core.pacing import Step, schedule, total_seconds
from bot.core.voice_encoding import encode_ogg_opus
from conversations.exercises import (
    PATTERNS,
    PMR_FULL,
    PMR_SHORT,
    own_pattern,
    pmr_plan,
    twitch_now_plan,
)

# An onset must be found within this of its scheduled offset.
TOLERANCE_S = 0.05
HOP_S = 0.005
ON, OFF = 0.03, 0.015  # envelope thresholds (RMS), with hysteresis


def _decode(data: bytes) -> tuple[npt.NDArray[np.float32], int]:
    with av.open(io.BytesIO(data), "r") as container:
        stream = container.streams.audio[0]
        rate = stream.codec_context.sample_rate
        frames = [frame.to_ndarray().reshape(-1) for frame in container.decode(stream)]
    return np.concatenate(frames).astype(np.float32), rate


def _envelope(samples: npt.NDArray[np.float32], rate: int) -> npt.NDArray[np.float64]:
    hop = int(rate * HOP_S)
    usable = len(samples) // hop * hop
    return np.sqrt(np.mean(samples[:usable].astype(np.float64).reshape(-1, hop) ** 2, axis=1))


def _edges(envelope: npt.NDArray[np.float64]) -> tuple[list[float], list[float]]:
    """Where the sound starts (rises past ON) and stops (falls under OFF)."""
    onsets: list[float] = []
    ends: list[float] = []
    sounding = False
    for index, value in enumerate(envelope):
        if not sounding and value > ON:
            sounding = True
            onsets.append(index * HOP_S)
        elif sounding and value < OFF:
            sounding = False
            ends.append(index * HOP_S)
    return onsets, ends


def _pitch(samples: npt.NDArray[np.float32], rate: int, start_s: float, end_s: float) -> float:
    """The strongest frequency between two instants, below 600 Hz (the breath, not the chime)."""
    piece = samples[int(start_s * rate) : int(end_s * rate)].astype(np.float64)
    spectrum = np.abs(np.fft.rfft(piece * np.hanning(len(piece)), n=1 << 16))
    freqs = np.fft.rfftfreq(1 << 16, 1 / rate)
    band = (freqs > 100) & (freqs < 600)
    return float(freqs[band][np.argmax(spectrum[band])])


def _plans() -> list[tuple[str, tuple[Step, ...]]]:
    plans = [(key, pattern.plan()) for key, pattern in PATTERNS.items()]
    plans.append(("4-7-8 x8", PATTERNS["4-7-8"].plan(8)))
    plans.append(("own 3-1-5-2", own_pattern(OwnPattern(3, 1, 5, 2)).plan()))
    plans.append(("own 2-0-9", own_pattern(OwnPattern(2, 0, 9)).plan()))
    plans.append(("now", twitch_now_plan()))
    plans.append(("relax short", pmr_plan(PMR_SHORT)))
    plans.append(("relax full", pmr_plan(PMR_FULL)))
    return plans


@pytest.fixture(scope="module", params=_plans(), ids=lambda p: p[0])
def recorded(
    request: pytest.FixtureRequest,
) -> tuple[tuple[Step, ...], bytes, npt.NDArray[np.float32], int]:
    steps = request.param[1]
    data = encode_ogg_opus(
        breath_sound.render(breath_sound.cues(steps)), breath_sound.SAMPLE_RATE
    )
    samples, rate = _decode(data)
    return steps, data, samples, rate


def test_every_phase_starts_on_schedule(
    recorded: tuple[tuple[Step, ...], bytes, npt.NDArray[np.float32], int],
) -> None:
    steps, _data, samples, rate = recorded
    onsets, ends = _edges(_envelope(samples, rate))
    plan = schedule(steps)
    sounding = [b for b in plan if b.phase != "rest"]
    # A silent rest starts where the sound before it stops.
    quiet = [b for b in plan if b.phase == "rest" and b.step_index > 0]
    assert len(onsets) == len(sounding)
    for boundary, onset in zip(sounding, onsets, strict=True):
        assert abs(onset - boundary.offset_s) <= TOLERANCE_S, (boundary, onset)
    for boundary in quiet:
        assert min(abs(end - boundary.offset_s) for end in ends) <= TOLERANCE_S, boundary


def test_each_cue_moves_the_way_its_phase_does(
    recorded: tuple[tuple[Step, ...], bytes, npt.NDArray[np.float32], int],
) -> None:
    steps, _data, samples, rate = recorded
    for boundary in schedule(steps):
        if boundary.phase == "rest" or boundary.seconds < 1.2:
            continue
        edge = min(0.4, boundary.seconds / 4)
        first = _pitch(samples, rate, boundary.offset_s + 0.1, boundary.offset_s + 0.1 + edge)
        last = _pitch(samples, rate, boundary.end_s - 0.1 - edge, boundary.end_s - 0.1)
        if boundary.phase in ("in", "top_up"):
            assert last > first * 1.1, boundary
        elif boundary.phase in ("out", "release"):
            assert last < first / 1.1, boundary
        else:
            assert abs(last - first) < first * 0.05, boundary


def test_lasts_as_long_as_the_session_and_stays_small(
    recorded: tuple[tuple[Step, ...], bytes, npt.NDArray[np.float32], int],
) -> None:
    steps, data, samples, rate = recorded
    session_s = total_seconds(schedule(steps))
    assert len(samples) / rate == pytest.approx(session_s, abs=0.02)
    assert len(data) <= 200 * 1024 * session_s / 60


def test_the_longest_session_fits_in_a_voice_message_played_inline() -> None:
    steps = pmr_plan(PMR_FULL)
    data = encode_ogg_opus(
        breath_sound.render(breath_sound.cues(steps)), breath_sound.SAMPLE_RATE
    )
    assert len(data) < 1_000_000


def test_a_chime_starts_each_round_and_only_then() -> None:
    cues = breath_sound.cues(PATTERNS["box"].plan(3))
    assert [c.chime for c in cues] == [True, False, False, False] * 3
    relax = breath_sound.cues(pmr_plan(PMR_SHORT))
    # The settling rest and the rests between parts have none; each part's first tense has.
    assert sum(c.chime for c in relax) == len(PMR_SHORT.groups)
    assert not relax[0].chime


def test_the_same_plan_has_the_same_key_and_another_plan_another() -> None:
    four = breath_sound.cues(PATTERNS["4-7-8"].plan(4))
    assert breath_sound.content_key(four) == breath_sound.content_key(
        breath_sound.cues(PATTERNS["4-7-8"].plan(4))
    )
    keys = {
        breath_sound.content_key(four),
        breath_sound.content_key(breath_sound.cues(PATTERNS["4-7-8"].plan(6))),
        breath_sound.content_key(breath_sound.cues(own_pattern(OwnPattern(4, 7, 9)).plan(4))),
        breath_sound.content_key(four, encoding="another"),
    }
    assert len(keys) == 4


def test_a_step_with_no_sound_is_refused() -> None:
    with pytest.raises(ValueError, match="no sound"):
        breath_sound.cues((Step("wobble", 2.0),))


def test_nothing_to_encode_is_refused() -> None:
    with pytest.raises(ValueError, match="samples"):
        encode_ogg_opus(np.zeros(0, dtype=np.float32), breath_sound.SAMPLE_RATE)
