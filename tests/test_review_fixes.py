"""The native read of the catalogues: each sentence it quoted, rendered with real values
(dates, counts 1, 2 and 5, exercise names of both genders), reads right now."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from conversations import formats
from conversations.checkin_labels import place_in_text
from conversations.checkin_summary import reflection
from conversations.exercise_words import BREATHE, RELAX, interrupted_text
from conversations.findings import findings_block
from conversations.i18n import _, use_language
from conversations.safety import persistence_message

LOCALE = Path(__file__).parent.parent / "conversations" / "locale"
SUNDAY = date(2026, 12, 6)
EVERY_PART = {
    "twitch_level": 1,
    "locations": ["eyelid", "legs"],
    "anxiety": 4,
    "bedtime": time(23, 0),
    "wake_time": time(7, 0),
    "caffeine_drinks": 2,
    "caffeine_last": time(14, 30),
}


def _all_forms(language: str) -> list[str]:
    with (LOCALE / language / "LC_MESSAGES" / "stillpoint.po").open("rb") as file:
        catalogue = read_po(file, locale=language)
    forms: list[str] = []
    for message in catalogue:
        if message.id:
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            forms += [form for form in strings if form]
    return forms


@pytest.mark.parametrize(
    ("kind", "pattern"), [(BREATHE, "box"), (BREATHE, "sigh"), (RELAX, "short"), (RELAX, "full")]
)
def test_fr_an_interrupted_exercise_agrees_whatever_its_name(kind: str, pattern: str) -> None:
    """ "Respiration carrée" is feminine, "Soupir physiologique" masculine: "l'exercice" fits."""
    with use_language("fr"):
        text = interrupted_text(kind, pattern)
    assert text.startswith("Pardon, l’exercice «\u00a0")
    assert "\u00a0» s’est interrompu de mon côté." in text


def test_fr_see_a_doctor_does_not_say_something_is_wrong() -> None:
    with use_language("fr"):
        text = persistence_message()
    assert "Pas forcément parce que quelque chose ne va pas, mais parce que" in text
    assert "ne va forcément pas" not in text


@pytest.mark.parametrize(
    ("language", "more", "expected"),
    [
        ("en", 1, "1 more check-in with a twitching answer"),
        ("en", 2, "2 more check-ins with a twitching answer"),
        ("pt", 1, "Mais 1 registro com resposta"),
        ("pt", 5, "Mais 5 registros com resposta"),
        ("ru", 1, "Ещё 1 отметка с ответом"),
        ("ru", 2, "Ещё 2 отметки с ответом"),
        ("ru", 5, "Ещё 5 отметок с ответом"),
        ("fr", 1, "Encore 1 point avec"),
        ("de", 1, "Noch 1 Check-in mit"),
        ("es", 1, "Con 1 registro más en el que"),
    ],
)
def test_more_check_ins_take_the_plural_of_their_own_count(
    language: str, more: int, expected: str
) -> None:
    """The plural was chosen by the three days each side needs: "1 more check-ins"."""
    with use_language(language):
        text = findings_block([], more_needed=more)[-1]
    assert expected in text


def test_ru_says_no_border_for_caffeine() -> None:
    forms = _all_forms("ru")
    assert [form for form in forms if re.search(r"\bграниц", form, re.IGNORECASE)] == []
    with use_language("ru"):
        text = _(
            "That's after your {cutoff} cut-off. No harm done — caffeine just lingers for "
            "hours, so keeping the last cup earlier tends to make nights calmer."
        )
    assert text.startswith("Это позже {cutoff} — вашего крайнего времени для кофеина.")


def test_ru_the_journal_line_is_not_a_passive_report() -> None:
    with use_language("ru"):
        text = _("Twitching ({place}). I took a calm minute for it.").format(
            place=place_in_text("eyelid")
        )
    assert text.endswith("). Минута, чтобы успокоиться.")
    assert "Сделана" not in " ".join(_all_forms("ru"))


def test_de_the_anxiety_scale_names_the_top_plainly() -> None:
    with use_language("de"):
        text = _("And anxiety overall, from 0 (calm) to 10 (the most anxious you get)?")
    assert text.endswith("bis 10 (die stärkste Angst, die du kennst)?")


def test_fr_a_date_is_not_followed_by_a_second_full_stop() -> None:
    with use_language("fr"):
        text = _("You've already checked in for {day}. Update it?").format(
            day=formats.format_day(SUNDAY)
        )
        paused = _("⏸ Reminders are paused until {day}.").format(
            day=formats.format_day_time(datetime(2026, 12, 9, 9, 16))
        )
    assert (
        text == "Tu as déjà fait le point de la journée du dim. 6 déc. — le mettre à jour\u00a0?"
    )
    assert ".." not in paused
    assert "point du jour" not in " ".join(_all_forms("fr"))


def test_pt_a_date_and_a_time_are_kept_apart() -> None:
    with use_language("pt"):
        assert formats.format_day_time(datetime(2026, 12, 9, 9, 16)) == "qua., 9 de dez., 09:16"
    with use_language("en"):
        assert formats.format_day_time(datetime(2026, 12, 9, 9, 16)) == "Wed 9 Dec, 09:16"


@pytest.mark.parametrize(
    ("language", "separator"),
    [("en", "; "), ("de", "; "), ("es", "; "), ("fr", "\u00a0; "), ("pt", "; "), ("ru", "; ")],
)
def test_the_check_in_summary_has_one_colon_and_the_languages_separator(
    language: str, separator: str
) -> None:
    with use_language(language):
        text = reflection(EVERY_PART, SUNDAY.isoformat())
    assert re.findall(r":[\s\u00a0]", text) == [text[text.index(":") : text.index(":") + 2]]
    assert text.count(separator) == 3
    assert ".." not in text


def test_es_says_what_people_say_not_cramps() -> None:
    """ "Espasmos" are cramps: people say "me tiembla", clinicians "fasciculaciones"."""
    assert [form for form in _all_forms("es") if "espasmo" in form.casefold()] == []
    with use_language("es"):
        text = reflection({"twitch_level": 1, "locations": ["eyelid"]}, SUNDAY.isoformat())
        question = _("How was the twitching on {day}?").format(day=formats.format_day(SUNDAY))
    assert text == "Anotado para el dom, 6 dic: temblor leve (párpado)."
    assert question == "¿Cómo estuvo el temblor el dom, 6 dic?"
