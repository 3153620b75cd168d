"""How the command line sets up logging: an idle bot at INFO stays quiet, console logs go to
a file, and libraries never log what users type."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from apscheduler.executors.base import run_coroutine_job

from bot.app import StillpointApp
from bot.cli import configure_logging, console_log_path
from bot.config import Settings
from tests.conftest import make_settings

# The logger APScheduler's default executor writes "Running job …" to.
EXECUTOR_LOGGER = "apscheduler.executors.default"


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """configure_logging changes process-wide state: put it back afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    names = ("apscheduler", "telegram", "httpx", "aiosqlite", "sqlalchemy", "asyncpg")
    levels = {name: logging.getLogger(name).level for name in names}
    yield
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)
    for name, old in levels.items():
        logging.getLogger(name).setLevel(old)


@pytest.fixture
async def paused(app: StillpointApp) -> AsyncIterator[StillpointApp]:
    """The app's scheduler started paused: its jobs are complete (defaults applied) but it
    never runs them by itself."""
    assert app.job_queue is not None
    app.job_queue.scheduler.start(paused=True)
    yield app
    app.job_queue.scheduler.shutdown(wait=False)


async def run_idle_minute(app: StillpointApp) -> None:
    """Every repeating job of the app, run by APScheduler's own executor as often as it would
    run in a minute (the reminder tick each second, the exercise sweep twice). Run times are
    "now" only so APScheduler does not count them as missed; nothing waits."""
    assert app.job_queue is not None
    jobs = {job.name: job.job for job in app.job_queue.jobs()}
    assert {"reminders:tick", "exercises:sweep"} <= set(jobs)
    for second in range(60):
        for job in jobs.values():
            interval = int(max(job.trigger.interval.total_seconds(), 1))
            if second % interval == 0:
                await run_coroutine_job(job, "default", [datetime.now(UTC)], EXECUTOR_LOGGER)


def log_lines(path: Path) -> list[str]:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


@pytest.mark.usefixtures("restore_logging")
async def test_an_idle_bot_at_info_writes_at_most_a_line_a_minute(
    paused: StillpointApp, tmp_path: Path
) -> None:
    app = paused
    log_file = tmp_path / "bot.log"
    configure_logging(make_settings(), log_file=log_file)
    assert logging.getLogger().getEffectiveLevel() == logging.INFO

    # Without the configured levels the same minute writes two lines a tick: the harness works.
    logging.getLogger("apscheduler").setLevel(logging.INFO)
    await run_idle_minute(app)
    assert len(log_lines(log_file)) >= 120

    configure_logging(make_settings(), log_file=log_file)
    before = len(log_lines(log_file))
    await run_idle_minute(app)
    assert len(log_lines(log_file)) - before <= 1


@pytest.mark.usefixtures("restore_logging")
def test_scheduler_warnings_still_reach_the_log(tmp_path: Path) -> None:
    log_file = tmp_path / "bot.log"
    configure_logging(make_settings(), log_file=log_file)
    logging.getLogger(EXECUTOR_LOGGER).warning("Run time of job was missed")
    logging.getLogger(EXECUTOR_LOGGER).info("Running job")
    assert [line.split(": ", 1)[1] for line in log_lines(log_file)] == [
        "Run time of job was missed"
    ]


def test_console_logs_live_beside_the_sqlite_file(tmp_path: Path) -> None:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, database_url=f"sqlite+aiosqlite:///{tmp_path / 'db' / 'x.db'}"
    )
    assert console_log_path(settings) == tmp_path / "db" / "stillpoint.log"
    postgres = Settings(  # type: ignore[call-arg]
        _env_file=None, database_url="postgresql+asyncpg://u@localhost/stillpoint"
    )
    assert console_log_path(postgres) == Path("data") / "stillpoint.log"
