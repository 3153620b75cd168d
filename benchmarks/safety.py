"""How long reading a message takes — the rules alone (`bot.core.safety.classify.check_text`)
and the full reading (`bot.core.reading.read`: rules and model, the whole message and every
sentence) — for short messages and 4,096-character messages (Telegram's limit) of ordinary
text, mixed languages and adversarial shapes; and what the model adds to start-up and memory.

    .venv/bin/python benchmarks/safety.py [--quick] [--runs N]

Each input is classified N times (after a warm-up); the garbage collector is paused during the
timed calls. Both wall time and the thread's CPU time are recorded: on a shared machine wall-time
tails mostly measure other processes, CPU time measures the classifier. Prints one line per long
input, then one JSON object as its last line: short_us_p50/p99 (all short phrases of the test
tables), long_us_p50/p99 (every long input together), the same with _cpu, the slowest long input
and its p99 — under "rules" for the rules alone and with a full_ prefix for the full reading —
import_ms (importing the safety and intent rules: every intent regex, the safety rules' scans),
rules_warm_ms (each safety tag's own regex, compiled on first use or by the bot before its first
update: the two together are the rules' start-up), startup_growth_ms (loading the model and its
first reading) and memory_growth_mb (resident memory the model adds).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import random
import resource
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

LIMIT = 4096
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _fill(fragment: str) -> str:
    return (fragment * (LIMIT // len(fragment) + 1))[:LIMIT]


def long_inputs() -> dict[str, str]:
    """Named 4,096-character messages, from ordinary to hostile."""
    rng = random.Random(2026)
    letters = "abcdefghijklmnopqrstuvwxyz     "
    return {
        "prose_en": _fill(
            "Slept badly again and my calf twitched most of the evening, but the breathing "
            "exercise helped a bit and I skipped the second coffee. "
        ),
        "prose_ru": _fill("Плохо спал, икра дёргалась весь вечер, но дыхание немного помогло. "),
        "prose_mixed": _fill(
            "Heute wieder Zucken im Augenlid. Hoy dormí mal. J'ai bu trop de café. "
            "Сегодня тревожно. Bugün biraz yorgunum. Dzisiaj lepiej. "
        ),
        "repeated_a": _fill("a "),
        "no_spaces": "a" * LIMIT,
        "random_letters": "".join(rng.choice(letters) for _ in range(LIMIT)),
        "punctuation": _fill("!?.,;:()"),
        "emoji": _fill("😟 "),
        "near_miss_en": _fill(
            "I'm dying to try it, this deadline is killing me, I could kill for a coffee. "
        ),
        "near_miss_mixed": _fill(
            "me muero de risa, todmüde, je meurs de faim, умираю как хочу спать, doodmoe, "
            "açlıktan ölüyorum, umieram z głodu, muoio di fame, morrendo de rir. "
        ),
        "negated_flags": _fill("no weakness in my hand, no trouble swallowing. "),
        "negated_flags_mixed": _fill(
            "keine Schwäche in der Hand, no tengo debilidad en la mano, рука не слабая, "
            "elimde güçsüzlük yok, ręka nie jest słaba. "
        ),
        "crisis_repeated": _fill("I want to die. "),
        "filler_runs": _fill("my hand is really very quite so " + "very " * 20),
        "long_word": "weak" + "x" * (LIMIT - 8) + " die",
    }


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def _time(check: Callable[[str], object], texts: Iterable[str], runs: int) -> tuple[list, list]:
    wall: list[float] = []
    cpu: list[float] = []
    texts = list(texts)
    for text in texts:
        check(text)  # warm-up
    gc.disable()
    try:
        for _ in range(runs):
            for text in texts:
                wall_start, cpu_start = time.perf_counter_ns(), time.thread_time_ns()
                check(text)
                cpu.append((time.thread_time_ns() - cpu_start) / 1000)
                wall.append((time.perf_counter_ns() - wall_start) / 1000)
    finally:
        gc.enable()
    return wall, cpu


def short_inputs() -> list[str]:
    """Every phrase of the test tables (all tiers, all eleven languages)."""
    tables = importlib.import_module("tests.safety_phrases")
    texts: list[str] = []
    for language in tables.LANGUAGES:
        module = importlib.import_module(f"tests.safety_phrases.{language}")
        texts.extend((*module.CRISIS, *module.EMERGENCY, *module.RED_FLAG, *module.ASK))
        texts.extend(text for text, _ in module.NEAR_MISS)
    return texts


def _rss_mb() -> float:
    """This process's resident memory now (Linux), in MB."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def _measure(check: Callable[[str], object], runs: int) -> dict[str, object]:
    short_wall, short_cpu = _time(check, short_inputs(), runs)
    long_wall: list[float] = []
    long_cpu: list[float] = []
    slowest = ("", 0.0)
    for name, text in long_inputs().items():
        wall, cpu = _time(check, [text], runs)
        long_wall.extend(wall)
        long_cpu.extend(cpu)
        p99 = _percentile(cpu, 0.99)
        print(
            f"{name:22} p50 {statistics.median(wall):7.0f} µs  p99 {_percentile(wall, 0.99):7.0f}"
            f" µs  cpu p50 {statistics.median(cpu):7.0f} µs  cpu p99 {p99:7.0f} µs"
        )
        if p99 > slowest[1]:
            slowest = (name, p99)
    return {
        "short_us_p50": round(statistics.median(short_wall), 1),
        "short_us_p99": round(_percentile(short_wall, 0.99), 1),
        "short_cpu_us_p99": round(_percentile(short_cpu, 0.99), 1),
        "long_us_p50": round(statistics.median(long_wall)),
        "long_us_p99": round(_percentile(long_wall, 0.99)),
        "long_cpu_us_p50": round(statistics.median(long_cpu)),
        "long_cpu_us_p99": round(_percentile(long_cpu, 0.99)),
        "slowest_long_input": slowest[0],
        "slowest_long_cpu_us_p99": round(slowest[1]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="30 runs per input")
    parser.add_argument("--smoke", action="store_true", help="seconds, tiny sizes (CI)")
    parser.add_argument("--runs", type=int, help="default: 200 (30 with --quick)")
    args = parser.parse_args()
    runs = args.runs or (3 if args.smoke else 30 if args.quick else 200)

    # The rules alone are the baseline; the full reading adds the learned model beside them.
    # numpy is loaded by the bot already (charts), so it is loaded before either is measured.
    import numpy  # noqa: F401

    rss_before = _rss_mb()
    started = time.perf_counter()
    from bot.core.intents.classify import classify  # noqa: F401
    from bot.core.safety.classify import check_text as check_rules
    from bot.core.safety.classify import preload

    import_ms = (time.perf_counter() - started) * 1000
    # What the import leaves for first use, and the bot compiles before its first update.
    started = time.perf_counter()
    preload()
    warm_ms = (time.perf_counter() - started) * 1000
    rss_rules = _rss_mb()
    started = time.perf_counter()
    from bot.core.reading import read
    from bot.core.reading.model import model

    model()
    read("warm")
    model_ms = (time.perf_counter() - started) * 1000
    rss_model = _rss_mb()

    print("rules alone:")
    rules = _measure(check_rules, runs)
    print("full reading (rules and model, whole message and every sentence):")
    full = _measure(read, runs)
    result = {
        "runs": runs,
        "import_ms": round(import_ms),
        "rules_warm_ms": round(warm_ms),
        "startup_growth_ms": round(model_ms),
        "memory_rules_mb": round(rss_rules - rss_before, 1),
        "memory_growth_mb": round(rss_model - rss_rules, 1),
        "rules": rules,
        **{f"full_{key}": value for key, value in full.items()},
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
