"""/export in words: what is on its way, and a line on each file."""

from __future__ import annotations

import json
import logging
from zoneinfo import ZoneInfo

from bot.features import Action, Feature, Needs, TurnContext
from bot.flow import Output, Say, SendDocument
from bot.storage import export_files, userdata
from bot.storage.models import User
from conversations.i18n import _

logger = logging.getLogger(__name__)


def intro(files: int) -> str:
    return _(
        "Here is everything I hold about you, in {files} file(s): one JSON file with every "
        "record, and spreadsheet-friendly CSV files for what has entries. They're yours to "
        "keep — and they include your notes, so store them somewhere private."
    ).format(files=files)


def json_caption() -> str:
    return _("Everything, complete (JSON).")


def csv_caption(kind: str) -> str:
    return {
        "checkins": _("Check-ins (CSV)"),
        "journal": _("Journal (CSV)"),
        "caffeine": _("Caffeine logs (CSV)"),
        "sleep": _("Sleep: bed and wake times (CSV)"),
        "sessions": _("Breathing and relaxation sessions (CSV)"),
    }[kind]


async def _export(turn: TurnContext, arg: str | None) -> list[Output]:
    """Everything held about the person, onboarded or not, consenting or not: one complete
    JSON file and CSVs for what has rows."""
    rows = await userdata.load_user_rows(turn.session, telegram_id=turn.telegram_id)
    users: list[User] = rows.tables.get("users", [])
    zone = ZoneInfo((users[0].time_zone if users else None) or turn.default_zone)
    stamp = turn.now.astimezone(zone).date().isoformat()
    document = export_files.export_document(rows, now=turn.now)
    documents: list[Output] = [
        SendDocument(
            f"stillpoint-{stamp}.json",
            json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"),
            caption=json_caption(),
        )
    ]
    for kind, data in export_files.csv_files(rows, zone).items():
        documents.append(
            SendDocument(f"stillpoint-{kind}-{stamp}.csv", data, caption=csv_caption(kind))
        )
    logger.info("export prepared (%d files)", len(documents))
    return [Say(intro(len(documents))), *documents]


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
