"""What an exercise as sound costs: making the samples and encoding them to Ogg/Opus, per minute
of audio, on one core (the process is pinned to one CPU where the system allows); the size per
minute; and the cache-hit path that every later request takes (the plan's content key and the
file_id looked up in the database), which never makes a sound.

    .venv/bin/python benchmarks/audio.py [--runs N]

Prints one JSON object as its last line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import time
from datetime import UTC, datetime

from scratch_db import fresh_database

from bot.core import breath_sound
from bot.core.pacing import Step
from bot.core.voice_encoding import ENCODING, encode_ogg_opus
from bot.storage import Database, migrate, voice_files
from conversations import exercise_sound
from conversations.exercises import (
    PATTERNS,
    PMR_FULL,
    PMR_SHORT,
    pmr_plan,
    twitch_now_plan,
)

BOT_ID = 7000000001
# The limits the issue sets: 300 ms of one core per minute of audio, 200 KB per minute.
LIMIT_MS_PER_MINUTE = 300.0
LIMIT_KB_PER_MINUTE = 200.0


def plans() -> dict[str, tuple[Step, ...]]:
    found = {f"{key} default": p.plan() for key, p in PATTERNS.items()}
    found["4-7-8 x8"] = PATTERNS["4-7-8"].plan(8)
    found["slow 5 min"] = PATTERNS["slow"].plan(PATTERNS["slow"].max_cycles)
    found["now"] = twitch_now_plan()
    found["relax short"] = pmr_plan(PMR_SHORT)
    found["relax full"] = pmr_plan(PMR_FULL)
    return found


def cpu_ms(call: object, runs: int) -> float:
    """Median CPU milliseconds of `call()` (CPU time: other processes on the machine don't
    count, and a second thread would)."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        call()  # type: ignore[operator]
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times)


def making(runs: int) -> dict[str, dict[str, float]]:
    results = {}
    for name, steps in plans().items():
        cues = breath_sound.cues(steps)
        minutes = breath_sound.duration_s(cues) / 60
        samples = breath_sound.render(cues)
        data = encode_ogg_opus(samples, breath_sound.SAMPLE_RATE)
        render = cpu_ms(lambda cues=cues: breath_sound.render(cues), runs)
        encode = cpu_ms(
            lambda samples=samples: encode_ogg_opus(samples, breath_sound.SAMPLE_RATE), runs
        )
        results[name] = {
            "audio_s": round(minutes * 60, 1),
            "render_ms_per_min": round(render / minutes, 1),
            "encode_ms_per_min": round(encode / minutes, 1),
            "total_ms_per_min": round((render + encode) / minutes, 1),
            "kb_per_min": round(len(data) / 1024 / minutes, 1),
            "kb": round(len(data) / 1024, 1),
        }
    return results


def libopus_default(runs: int) -> dict[str, float]:
    """The same 4-7-8 recording encoded at libopus's default complexity (10), for comparison
    with ours (0)."""
    cues = breath_sound.cues(PATTERNS["4-7-8"].plan())
    minutes = breath_sound.duration_s(cues) / 60
    samples = breath_sound.render(cues)
    data = encode_ogg_opus(samples, breath_sound.SAMPLE_RATE, complexity=10)
    encode = cpu_ms(
        lambda: encode_ogg_opus(samples, breath_sound.SAMPLE_RATE, complexity=10), runs
    )
    return {
        "encode_ms_per_min": round(encode / minutes, 1),
        "kb_per_min": round(len(data) / 1024 / minutes, 1),
    }


async def cache_hit(runs: int) -> dict[str, float]:
    """Microseconds per request once Telegram holds the recording: the voice message is built
    (plan, cues, key, caption), the file_id found; nothing is rendered or encoded."""
    async with fresh_database(None) as url:
        database = Database(url)
        await migrate(database.engine)
        voice = exercise_sound.voice("breathe", "4-7-8", 4, None)
        async with database.session() as session, session.begin():
            await voice_files.remember(
                session,
                bot_id=BOT_ID,
                content_key=voice.key,
                file_id="AwACAgIAAxkBAAI",
                duration_s=voice.duration,
                now=datetime.now(UTC),
            )
        build, lookup = [], []
        for _ in range(runs):
            start = time.perf_counter()
            built = exercise_sound.voice("breathe", "4-7-8", 4, None)
            middle = time.perf_counter()
            async with database.session() as session:
                found = await voice_files.find(session, bot_id=BOT_ID, content_key=built.key)
            end = time.perf_counter()
            assert found is not None
            build.append((middle - start) * 1e6)
            lookup.append((end - middle) * 1e6)
        await database.dispose()
    return {
        "build_voice_us": round(statistics.median(build), 1),
        "find_file_id_us": round(statistics.median(lookup), 1),
        "total_us": round(statistics.median(build) + statistics.median(lookup), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--smoke", action="store_true", help="seconds, tiny sizes (CI)")
    args = parser.parse_args()
    if args.smoke:
        args.runs = 1
    pinned = False
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        pinned = True
    made = making(args.runs)
    for name, row in made.items():
        print(f"{name:>16}: {row}")
    baseline = libopus_default(args.runs)
    print(f"baseline, libopus's default complexity: {baseline}")
    hit = asyncio.run(cache_hit(max(args.runs * 40, 200)))
    print(f"cache hit: {hit}")
    worst_ms = max(r["total_ms_per_min"] for r in made.values())
    worst_kb = max(r["kb_per_min"] for r in made.values())
    summary = {
        "benchmark": "audio",
        "encoding": ENCODING,
        "sample_rate": breath_sound.SAMPLE_RATE,
        "pinned_to_one_core": pinned,
        "ms_per_minute_of_audio_worst": worst_ms,
        "ms_per_minute_limit": LIMIT_MS_PER_MINUTE,
        "kb_per_minute_worst": worst_kb,
        "kb_per_minute_limit": LIMIT_KB_PER_MINUTE,
        "largest_kb": max(r["kb"] for r in made.values()),
        "within_limits": worst_ms <= LIMIT_MS_PER_MINUTE and worst_kb <= LIMIT_KB_PER_MINUTE,
        "baseline_complexity_10": baseline,
        "cache_hit_us": hit,
        "per_exercise": made,
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
