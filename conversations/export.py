"""/export in words: what is on its way, a line on each file, and the README that explains the
files. Column names and values stay in English (they are for programs); the README says what
they mean in the reader's language.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from zoneinfo import ZoneInfo

from bot.features import Action, Feature, Needs, TurnContext
from bot.flow import Output, Say, SendDocument
from bot.storage import export_files, userdata
from bot.storage.models import User
from conversations import menu
from conversations.checkin_labels import (
    LEVELS,
    PLACES,
    TRIGGERS,
    WARNING_SIGNS,
    level_label,
    place_label,
    trigger_label,
    warning_sign_label,
)
from conversations.formats import format_long_date
from conversations.i18n import _, ngettext

__all__ = [
    "CSV_KINDS",
    "FEATURE",
    "csv_caption",
    "intro",
    "json_caption",
    "readme",
    "readme_caption",
]

logger = logging.getLogger(__name__)

CSV_KINDS = ("checkins", "journal", "caffeine", "caffeine_days", "sleep", "sessions")

logger = logging.getLogger(__name__)


def intro(files: int) -> str:
    return ngettext(
        "Here is everything I hold about you, in {count} file: one JSON file with every "
        "record, spreadsheet-friendly CSV files for what has entries, and a README that "
        "explains them. They're yours to keep — and they include your notes, so store them "
        "somewhere private.",
        "Here is everything I hold about you, in {count} files: one JSON file with every "
        "record, spreadsheet-friendly CSV files for what has entries, and a README that "
        "explains them. They're yours to keep — and they include your notes, so store them "
        "somewhere private.",
        files,
    ).format(count=files)


def intro_without_tables() -> str:
    """The intro when nothing has rows for a spreadsheet yet: only the JSON and the README."""
    return _(
        "Here is everything I hold about you: one JSON file with every record, and a README "
        "that explains it. There's nothing yet for spreadsheet files. They're yours to keep, "
        "so store them somewhere private."
    )


def json_caption() -> str:
    return _("Everything, complete (JSON).")


def readme_caption() -> str:
    return _("README: what each file holds and what its columns mean.")


def csv_caption(kind: str) -> str:
    return {
        "checkins": _("Check-ins (CSV)"),
        "journal": _("Journal (CSV)"),
        "caffeine": _("Caffeine logs (CSV)"),
        "caffeine_days": _("Caffeine by day (CSV)"),
        "sleep": _("Sleep: bed and wake times (CSV)"),
        "sessions": _("Breathing and relaxation sessions (CSV)"),
    }[kind]


def _keys(keys: Sequence[str], label: Callable[[str], str]) -> str:
    return ", ".join(f"{key} = {label(key)}" for key in keys)


def _file_descriptions() -> dict[str, str]:
    return {
        "checkins": _("One row per check-in."),
        "journal": _("One row per journal entry, oldest first."),
        "caffeine": _("One row per caffeinated drink logged with /coffee."),
        "caffeine_days": _(
            "One row per day with caffeine: the count that your history, insights and report "
            "use — your check-in answer where you gave one, otherwise the drinks you logged."
        ),
        "sleep": _("One row per night with a bedtime or a wake time."),
        "sessions": _("One row per breathing or relaxation session."),
    }


def column_descriptions(kind: str) -> dict[str, str]:
    """What each column of one CSV file means, by its (English) column name."""
    levels = ", ".join(f"{number} = {level_label(number)}" for number in range(len(LEVELS)))
    day = _("the day (YYYY-MM-DD)")
    clock = _("the local time (HH:MM, 24-hour clock)")
    return {
        "checkins": {
            "date": _("the day the check-in is for (YYYY-MM-DD)"),
            "twitching_0_3": _("how strong the twitching was: {levels}").format(levels=levels),
            "twitching_score_0_10": _("the twitching as a score from 0 to 10, when you gave one"),
            "where": _("where you noticed it: {places}").format(places=_keys(PLACES, place_label)),
            "anxiety_0_10": _("anxiety overall, from 0 (calm) to 10"),
            "bedtime_night_before": _("when you went to bed the night before (HH:MM)"),
            "wake_time": _("when you woke up (HH:MM)"),
            "caffeine_drinks": _("how many caffeinated drinks you had"),
            "last_caffeine": _("when you had the last one (HH:MM)"),
            "going_on": _("what was going on: {tags}").format(tags=_keys(TRIGGERS, trigger_label)),
            # Translators: "none" is a value in the file; keep it in English.
            "warning_signs": _(
                "warning signs you ticked in the weekly question: {signs}; none = asked, and "
                "none applied; empty = not asked that day"
            ).format(signs=_keys(WARNING_SIGNS, warning_sign_label)),
            "note": _("the note you added to that day"),
        },
        "journal": {
            "date": day,
            "time": clock,
            "tags": _("what was going on, as in check-ins (going_on)"),
            "text": _("what you wrote"),
        },
        "caffeine": {"date": day, "time": clock},
        "caffeine_days": {
            "date": day,
            "caffeine_drinks": _("how many caffeinated drinks that day"),
            "last_caffeine": _("when the last one was (HH:MM), if known"),
            # Translators: the values (checkin, coffee_log) stay in English.
            "counted_from": _(
                "where the count comes from: checkin = your check-in answer, coffee_log = "
                "the drinks logged with /coffee"
            ),
        },
        "sleep": {
            "night_ending_on": _("the morning the night ended on (YYYY-MM-DD)"),
            "bedtime": _("when you went to bed (HH:MM)"),
            "wake_time": _("when you woke up (HH:MM)"),
            "hours_in_bed": _("hours from bedtime to waking, as a decimal number"),
        },
        "sessions": {
            "date": day,
            "time": _("the local time it started (HH:MM, 24-hour clock)"),
            # Translators: the words before "=" are values in the file; keep them in English.
            "kind": _(
                "which kind: breathe = guided breathing, relax = muscle relaxation, "
                "now = a calm minute"
            ),
            # Translators: the values (4-7-8, box, sigh, slow, full, short) stay in English.
            "pattern": _(
                "which exercise: 4-7-8, 4-5-6, box, sigh (physiological sigh), slow; for "
                "muscle relaxation full or short"
            ),
            # Translators: the values (done, stopped, ...) stay in English.
            "status": _(
                "how it ended: done, stopped (by you), interrupted (on my side); running or "
                "paused while it is still going"
            ),
            "minutes": _("how long it ran, in minutes"),
            "cycles": _("how many rounds or muscle groups were finished"),
            "tension_before_0_10": _("how tense you felt before, from 0 to 10, if you said"),
            "tension_after_0_10": _("how tense you felt after, from 0 to 10, if you said"),
        },
    }[kind]


def readme(
    *, exported_on: date, json_name: str, csv_files: Mapping[str, tuple[str, Sequence[str]]]
) -> str:
    """The README sent with an export: each file, and each column of each CSV file.

    `csv_files` maps a file name to its kind and column names, in the order they are sent.
    """
    descriptions = _file_descriptions()
    lines = [
        _("Your data from Stillpoint, exported on {day}.").format(
            day=format_long_date(exported_on)
        ),
        "",
        _(
            "Column names and the values in them stay in English, so that programs read every "
            "export the same way, whatever language you chat in. This file says what they "
            "mean. Your notes and journal entries are exactly as you wrote them."
        ),
        "",
        json_name,
        _(
            "Everything I hold about you, complete: every table and every row. Times with a "
            "date are in UTC (ISO 8601)."
        ),
    ]
    for name, (kind, columns) in csv_files.items():
        meaning = column_descriptions(kind)
        lines += ["", name, descriptions[kind]]
        lines += [f"• {column}: {meaning[column]}" for column in columns]
    return "\n".join(lines) + "\n"


async def _export(turn: TurnContext, arg: str | None) -> list[Output]:
    """Everything held about the person, onboarded or not, consenting or not: a README in
    their language, one complete JSON file and CSVs for what has rows."""
    rows = await userdata.load_user_rows(turn.session, telegram_id=turn.telegram_id)
    users: list[User] = rows.tables.get("users", [])
    zone = ZoneInfo((users[0].time_zone if users else None) or turn.default_zone)
    today = turn.now.astimezone(zone).date()
    stamp = today.isoformat()
    json_name = f"stillpoint-{stamp}.json"
    document = export_files.export_document(rows, now=turn.now)
    data_files: list[Output] = [
        SendDocument(
            json_name,
            json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"),
            caption=json_caption(),
        )
    ]
    described: dict[str, tuple[str, tuple[str, ...]]] = {}
    for kind, data in export_files.csv_files(rows, zone).items():
        name = f"stillpoint-{kind}-{stamp}.csv"
        described[name] = (kind, export_files.CSV_COLUMNS[kind])
        data_files.append(SendDocument(name, data, caption=csv_caption(kind)))
    text = readme(exported_on=today, json_name=json_name, csv_files=described)
    documents: list[Output] = [
        SendDocument(
            f"stillpoint-README-{stamp}.txt", text.encode("utf-8"), caption=readme_caption()
        ),
        *data_files,
    ]
    logger.info("export prepared (%d files)", len(documents))
    said = intro(len(documents)) if described else intro_without_tables()
    return [Say(said, buttons=(menu.menu_row(),)), *documents]


FEATURE = Feature(
    name="export",
    actions=(
        Action(
            "export",
            _export,
            needs=Needs.NOTHING,
            order=140,
            describe=lambda: _("Get a copy of everything I hold about you"),
        ),
    ),
)
