"""What finding places costs: building the zone tables (the baseline, as before the
gazetteer), then GeoNames' cities (once per process, at the first place typed), and one typed
city, misspelling or label.

    .venv/bin/python benchmarks/places.py

Each part runs in a fresh process so its memory is its own. Prints one JSON object as its
last line.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

_PART = """
import json, resource, time, tracemalloc
from datetime import UTC, datetime
from bot.core import gazetteer, zones
now = datetime(2025, 1, 15, 12, tzinfo=UTC)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
zones._tables()
tables = time.perf_counter() - started
middle = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
gazetteer.load()
load = time.perf_counter() - started
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
def per_call(text, runs):
    zones.resolve_zone(text, now)
    started = time.perf_counter()
    for _ in range(runs):
        zones.resolve_zone(text, now)
    return (time.perf_counter() - started) / runs * 1000
print(json.dumps({
    "zone_tables_s": round(tables, 3),
    "zone_tables_rss_mb": round((middle - before) / 1024, 1),
    "gazetteer_s": round(load, 3),
    "gazetteer_rss_mb": round((after - middle) / 1024, 1),
    "names": len(gazetteer.cities()),
    "city_ms": round(per_call("Curitiba", 2000), 3),
    "label_ms": round(per_call("São Paulo (UTC−3)", 2000), 3),
    "misspelt_ms": round(per_call("Porto Alegr", 50), 3),
}))
"""
# Python's own allocations while loading (slow to trace, so a process of its own).
_TRACED = """
import json, tracemalloc
from bot.core import gazetteer, zones
zones._tables()
tracemalloc.start()
gazetteer.load()
kept, peak = tracemalloc.get_traced_memory()
print(json.dumps({"gazetteer_kept_mb": kept / 1e6, "gazetteer_peak_mb": peak / 1e6}))
"""


def _run(code: str) -> dict[str, object]:
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # Already seconds: --smoke (CI) runs the same parts.
    parser.add_argument("--smoke", action="store_true", help="the same run (it takes seconds)")
    parser.parse_args()
    print(json.dumps(_run(_PART) | _run(_TRACED)))


if __name__ == "__main__":
    main()
