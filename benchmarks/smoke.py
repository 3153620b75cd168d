"""Runs every benchmark with `--smoke` and checks its last line is one JSON object with the keys
benchmarks/README.md documents for it, so a benchmark cannot rot unseen. No timing is asserted.

    .venv/bin/python benchmarks/smoke.py [NAME ...]
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROW = re.compile(r"^\| (\w+\.py) \| ([\w, ]+) \|$")
# Helpers of the benchmarks, not benchmarks themselves.
NOT_BENCHMARKS = {"smoke.py", "scratch_db.py"}


def documented() -> dict[str, list[str]]:
    """Each script's required keys, read from the README's table."""
    table: dict[str, list[str]] = {}
    for line in (HERE / "README.md").read_text(encoding="utf-8").splitlines():
        if match := ROW.match(line.strip()):
            table[match[1]] = [key.strip() for key in match[2].split(",")]
    return table


def run(script: str, keys: list[str]) -> str | None:
    """None when `script --smoke` printed its JSON with every key, else what went wrong."""
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(HERE / script), "--smoke"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    seconds = time.monotonic() - started
    print(f"{script}: exit {done.returncode} in {seconds:.1f} s", flush=True)
    if done.returncode != 0:
        return f"exit {done.returncode}: {done.stderr.strip()[-2000:]}"
    lines = done.stdout.strip().splitlines()
    try:
        result = json.loads(lines[-1]) if lines else None
    except json.JSONDecodeError:
        result = None
    if not isinstance(result, dict):
        return "the last line is not one JSON object"
    missing = [key for key in keys if key not in result]
    return f"missing keys: {', '.join(missing)}" if missing else None


def main() -> int:
    table = documented()
    scripts = sorted(p.name for p in HERE.glob("*.py") if p.name not in NOT_BENCHMARKS)
    undocumented = [name for name in scripts if name not in table]
    gone = [name for name in table if name not in scripts]
    failures = [f"{name}: not in benchmarks/README.md's table" for name in undocumented]
    failures += [f"{name}: in the README's table but not in benchmarks/" for name in gone]
    wanted = sys.argv[1:] or [name for name in scripts if name in table]
    for name in wanted:
        problem = run(name, table[name])
        if problem:
            failures.append(f"{name}: {problem}")
    for failure in failures:
        print(f"FAILED {failure}", file=sys.stderr)
    # Not "N passed, N failed": CI reads that line as the test runner's count.
    print(f"benchmark smoke runs: {len(wanted)} run, {len(failures)} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
