"""/export in words: what is on its way, and a line on each file."""

from __future__ import annotations

from conversations.i18n import _


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
