"""Every translated sentence read as a person gets it, with real dates and lengths in place:
no "6 déc.." where a sentence ends after an abbreviated date or length ("5 Min..")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from conversations import formats
from conversations.i18n import use_language
from conversations.report import format_period

LOCALE = Path(__file__).parent.parent / "conversations" / "locale"
LANGUAGES = ("de", "es", "fr", "pt", "ru")
DAYS = (date(2026, 12, 6), date(2026, 5, 3))
DOUBLE_DOT = re.compile(r"(?<![.…])\.\.(?![.…])")


class _Any(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "Word"


def _values(language: str) -> Iterator[_Any]:
    """Placeholders filled as the code fills them: each date and length form of the language."""
    with use_language(language):
        days = [
            form(day)
            for day in DAYS
            for form in (formats.format_day, formats.format_short_date, formats.format_long_date)
        ]
        days += [formats.format_day_time(datetime(2026, 12, 9, 9, 16))]
        lengths = [formats.format_minutes(5), formats.format_duration(95)]
        hours = formats.format_hours(7.5)
        period = format_period(DAYS[1], DAYS[0])
    for day, length in zip(days, lengths * len(days), strict=False):
        yield _Any(day=day, duration=length, length=length, hours=hours, period=period)


def _catalogue(language: str) -> Catalog:
    with (LOCALE / language / "LC_MESSAGES" / "stillpoint.po").open("rb") as file:
        return read_po(file, locale=language)


def _forms(message: Message) -> list[str]:
    forms = message.string if isinstance(message.string, tuple) else (message.string,)
    return [form for form in forms if form]


def _rendered(language: str) -> Iterator[tuple[str, str]]:
    for message in _catalogue(language):
        if not message.id:
            continue
        msgid = message.id[0] if isinstance(message.id, tuple) else message.id
        for form in _forms(message):
            if "{" not in form:
                yield msgid, form
                continue
            for values in _values(language):
                try:
                    yield msgid, form.format_map(values)
                except (ValueError, IndexError, AttributeError):
                    yield msgid, form


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_sentence_ends_twice(language: str) -> None:
    wrong = {msgid: text for msgid, text in _rendered(language) if DOUBLE_DOT.search(text)}
    assert wrong == {}


def test_the_checks_catch_what_they_are_for() -> None:
    assert DOUBLE_DOT.search("Tu as déjà fait le point pour le dim. 6 déc.. Le mettre à jour ?")
    assert not DOUBLE_DOT.search("Attends…")
    assert not DOUBLE_DOT.search("Wait...")
