"""Console mode, scripted the way the README shows: one user message per line on stdin."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from bot.console import CONSOLE_USER


def console_process(
    tmp_path: Path, lines: list[str], *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m bot <args>` with no token, feeding it one message per line."""
    unset = {"TELEGRAM_BOT_TOKEN", "DATABASE_URL", "CONSOLE_LANGUAGE"}
    environment = {k: v for k, v in os.environ.items() if k not in unset}
    environment["DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'console.db'}"
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**environment, **(env or {})},
        timeout=60,
        check=False,
    )


def run_console(tmp_path: Path, lines: list[str], command: str = "console") -> str:
    """Run `python -m bot <command>` with no token, feeding it one message per line."""
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
    return result.stdout


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


def console_user_language(tmp_path: Path) -> str:
    with contextlib.closing(sqlite3.connect(tmp_path / "console.db")) as db:
        query = "SELECT language FROM users WHERE telegram_id = ?"
        [(language,)] = db.execute(query, (CONSOLE_USER,))
    return str(language)


def test_console_language_flag_and_setting_give_the_user_that_language_code(
    tmp_path: Path,
) -> None:
    declined = ["No, thanks"]  # onboarding ends, and the user is saved
    first = console_process(tmp_path, declined, "console", "--language", "pt-BR")
    assert first.returncode == 0, first.stderr
    assert console_user_language(tmp_path) == "pt"
    # An existing console user takes the new language too, here from the setting.
    second = console_process(tmp_path, [], "console", env={"CONSOLE_LANGUAGE": "ru"})
    assert second.returncode == 0, second.stderr
    assert console_user_language(tmp_path) == "ru"
    # The flag wins over the setting.
    third = console_process(
        tmp_path, [], "console", "--language", "de", env={"CONSOLE_LANGUAGE": "ru"}
    )
    assert third.returncode == 0, third.stderr
    assert console_user_language(tmp_path) == "de"


def test_a_bad_console_language_is_refused_in_one_line(tmp_path: Path) -> None:
    flag = console_process(tmp_path, [], "console", "--language", "no such thing")
    assert flag.returncode == 2
    assert "expected a language code such as en, de, es, fr, pt, ru" in flag.stderr
    setting = console_process(tmp_path, [], "console", env={"CONSOLE_LANGUAGE": "!!"})
    assert setting.returncode == 2
    assert setting.stderr.strip().endswith(
        "CONSOLE_LANGUAGE: expected a language code such as en, de, es, fr, pt, ru"
    )
