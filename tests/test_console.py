"""Console mode, scripted the way the README shows: one user message per line on stdin."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_console(tmp_path: Path, lines: list[str], command: str = "console") -> str:
    """Run `python -m bot <command>` with no token, feeding it one message per line."""
    return run_console_process(tmp_path, lines, command).stdout


def run_console_process(
    tmp_path: Path, lines: list[str], command: str = "console"
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"TELEGRAM_BOT_TOKEN", "DATABASE_URL"}}
    env["DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'console.db'}"
    result = subprocess.run(
        [sys.executable, "-m", "bot", command],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result


def test_scripted_onboarding_by_number_and_label(tmp_path: Path) -> None:
    out = run_console(tmp_path, ["1", "Berlin", "07:00", "3", "14:00", "21:00"])
    assert "Stillpoint: Hi, I'm Stillpoint" in out
    assert "[1] Yes, keep them" in out
    assert "Got it: Europe/Berlin" in out
    assert "Wake: 07:00 · Bed: 23:00" in out  # "3" pressed the third bedtime button
    assert "What would you like to do?" in out


def test_console_keeps_the_conversation_between_runs(tmp_path: Path) -> None:
    run_console(tmp_path, ["Yes, keep them", "Lisbon"])
    out = run_console(tmp_path, ["06:30"])
    # The second run starts with /start, which re-asks the pending question, then continues.
    assert "usually wake up" in out
    assert "bedtime" in out


def test_location_button_asks_for_coordinates(tmp_path: Path) -> None:
    out = run_console(tmp_path, ["1", "1", "not numbers", "52.52, 13.40"])
    assert "Type a latitude and longitude" in out
    assert "Got it: Europe/Berlin" in out


def test_run_without_token_says_so_in_one_line_then_chats(tmp_path: Path) -> None:
    out = run_console(tmp_path, [], command="run")
    first = out.splitlines()[0]
    assert first.startswith("No TELEGRAM_BOT_TOKEN set")
    assert "@BotFather" in first
    assert "Hi, I'm Stillpoint" in out


def test_console_logs_go_to_a_file_named_in_the_first_line(tmp_path: Path) -> None:
    result = run_console_process(tmp_path, ["1", "Berlin", "07:00", "23:00", "14:00", "21:00"])
    out = result.stdout
    assert result.stderr == ""
    first = out.splitlines()[0]
    log_file = tmp_path / "stillpoint.log"  # beside the console's database
    assert first.startswith("Stillpoint console")
    assert f"Logs go to {log_file}" in first
    # Nothing but the chat on screen: no migration, scheduler or "profile saved" lines.
    assert " INFO " not in out
    assert "profile saved" not in out
    logged = log_file.read_text(encoding="utf-8")
    assert "profile saved" in logged
    assert "alembic" in logged
