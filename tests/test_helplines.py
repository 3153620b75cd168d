"""Tests for bot.core.helplines: the data file, the loader, country resolution, and the sentences
conversations.safety builds from the data."""

from __future__ import annotations

import re
import tomllib
from datetime import date
from importlib import resources
from pathlib import Path

import pytest
from phonenumbers import PhoneMetadata, shortnumberinfo

from bot.core.helplines import (
    ALWAYS,
    CrisisLine,
    Sourced,
    all_countries,
    country_for,
    country_for_zone,
    findahelpline_url,
    for_country,
    region_of,
    zone_countries,
)
from bot.core.helplines_sources import markdown
from conversations.safety import _line_sentence, crisis_message

REQUIRED = [
    "US",
    "CA",
    "GB",
    "IE",
    "AU",
    "NZ",
    "DE",
    "AT",
    "CH",
    "FR",
    "BE",
    "NL",
    "ES",
    "PT",
    "BR",
    "MX",
    "AR",
    "IT",
    "PL",
    "UA",
    "TR",
    "IN",
    "RU",
]
# Searched for and not found; each carries a note in the data file saying so.
NO_NATIONAL_LINE = {"TR"}
NO_EMERGENCY_NUMBER = {"AQ", "GN", "GQ", "GS", "IO", "PN", "TF", "TK", "UM"}

# A leading "*" is a mobile short code, as Chile's *4141.
PHONE = re.compile(r"^[+*]?[0-9](?:[0-9 -]*[0-9])?$")
HOURS = re.compile(r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]-(?:[01][0-9]|2[0-4]):[0-5][0-9]$")
DATA = resources.files("bot.core").joinpath("data", "helplines.toml")

LINE_KEYS = {"name", "phone", "text", "chat", "hours", "languages", "source", "see_also"}
LINE_KEYS |= {"checked", "verified", "note"}
EMERGENCY_KEYS = {"numbers", "source", "checked", "verified", "note", "see_also"}
COUNTRY_KEYS = {"name", "emergency", "crisis", "no_national_line", "no_emergency_number"}


def every_line() -> list[tuple[str, CrisisLine]]:
    return [(code, line) for code, help_ in all_countries().items() for line in help_.crisis]


def assert_sourced(sourced: Sourced) -> None:
    for url in (sourced.source, *sourced.see_also):
        assert url.startswith("https://"), url
        assert " " not in url
    assert isinstance(sourced.checked, date)
    assert isinstance(sourced.verified, bool)


# --- the data file ------------------------------------------------------------------------


def test_the_file_parses_with_only_known_keys() -> None:
    raw = tomllib.loads(DATA.read_text(encoding="utf-8"))
    assert raw
    for code, entry in raw.items():
        assert re.fullmatch(r"[A-Z]{2}", code)
        assert set(entry) <= COUNTRY_KEYS, code
        assert set(entry.get("emergency", {})) <= EMERGENCY_KEYS, code
        for line in entry.get("crisis", []):
            assert set(line) <= LINE_KEYS, (code, line)


def test_the_loader_reads_the_file_once() -> None:
    assert all_countries() is all_countries()


def test_every_zone_tab_country_has_an_entry() -> None:
    countries = zone_countries()
    assert len(countries) > 200
    assert countries <= set(all_countries())


def test_every_zone_tab_country_has_an_emergency_number_or_says_why_not() -> None:
    without = {code for code in zone_countries() if all_countries()[code].emergency is None}
    assert without == NO_EMERGENCY_NUMBER
    for code in without:
        assert all_countries()[code].no_emergency_number


def test_the_required_countries_have_a_crisis_line_or_say_why_not() -> None:
    without = {code for code in REQUIRED if not all_countries()[code].crisis}
    assert without == NO_NATIONAL_LINE
    for code in without:
        assert "findahelpline" in (all_countries()[code].no_national_line or "")


def test_every_emergency_number_has_a_source_and_a_date() -> None:
    for help_ in all_countries().values():
        if help_.emergency is not None:
            assert help_.emergency.numbers, help_.country
            assert_sourced(help_.emergency.sourced)


def test_every_crisis_line_has_a_source_a_date_and_a_way_in() -> None:
    lines = every_line()
    assert len(lines) >= 22
    for code, line in lines:
        assert_sourced(line.sourced)
        assert line.name.strip(), code
        assert line.phones or line.text or line.chat, (code, line.name)
        assert line.chat is None or line.chat.startswith("https://")
        assert line.always_open or HOURS.fullmatch(line.hours), (code, line.hours)


def test_unverified_entries_say_what_was_seen() -> None:
    for code, line in every_line():
        if not line.sourced.verified:
            assert line.sourced.note, (code, line.name)
    for help_ in all_countries().values():
        if help_.emergency is not None and not help_.emergency.sourced.verified:
            assert help_.emergency.sourced.note, help_.country


def test_numbers_look_like_phone_numbers() -> None:
    numbers = [n for _, line in every_line() for n in (*line.phones, line.text) if n]
    numbers += [n for h in all_countries().values() if h.emergency for n in h.emergency.numbers]
    assert len(numbers) > 250
    for number in numbers:
        assert PHONE.fullmatch(number), number


def test_emergency_numbers_are_emergency_numbers_for_libphonenumber() -> None:
    checked = 0
    for code, help_ in all_countries().items():
        metadata = PhoneMetadata.short_metadata_for_region(code)
        if help_.emergency is None or metadata is None or metadata.emergency is None:
            continue
        for number in help_.emergency.numbers:
            assert shortnumberinfo.is_emergency_number(number, code), (code, number)
            checked += 1
    assert checked > 250


def test_the_sources_document_is_generated_from_the_data() -> None:
    document = Path(__file__).parent.parent / "docs" / "helplines-sources.md"
    assert document.read_text(encoding="utf-8") == markdown()


# --- the loader ---------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["DE", "de", " de "])
def test_for_country_finds_a_country_however_it_is_written(code: str) -> None:
    help_ = for_country(code)
    assert help_.known
    assert help_.country == "DE"
    assert help_.emergency is not None
    assert help_.emergency.numbers == ("112",)
    assert help_.crisis[0].name == "TelefonSeelsorge"


@pytest.mark.parametrize("code", [None, "", "ZZ", "XYZ"])
def test_unknown_countries_get_the_international_fallback(code: str | None) -> None:
    help_ = for_country(code)
    assert not help_.known
    assert help_.emergency is None
    assert help_.crisis == ()
    assert help_.directory == "https://findahelpline.com"


def test_a_country_without_a_line_links_its_directory_page() -> None:
    help_ = for_country("TR")
    assert help_.crisis == ()
    assert help_.directory == "https://findahelpline.com/countries/tr"
    assert findahelpline_url("BR") == "https://findahelpline.com/countries/br"


def test_line_properties() -> None:
    us = for_country("US").crisis[0]
    assert us.texting
    assert us.always_open
    assert us.opening is None
    italy = for_country("IT").crisis[0]
    assert not italy.texting
    assert italy.opening == ("10:00", "24:00")


# --- country resolution -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "region"),
    [
        ("es-ES", "ES"),
        ("pt-BR", "BR"),
        ("pt_br", "BR"),
        ("en-GB", "GB"),
        ("zh-Hant-TW", "TW"),
        ("es-419", None),
        ("es", None),
        ("", None),
        (None, None),
    ],
)
def test_region_of(language: str | None, region: str | None) -> None:
    assert region_of(language) == region


@pytest.mark.parametrize(
    ("language", "zone", "country"),
    [
        ("es-ES", None, "ES"),
        ("pt-BR", "Europe/Lisbon", "BR"),  # the region wins over the zone
        ("en-GB", "America/New_York", "GB"),
        ("es", "Europe/Madrid", "ES"),  # no region: the zone decides
        ("es", None, "ES"),  # a bare language: its home country (the acceptance case)
        ("en", None, None),  # English says nothing about where someone is
        ("uk", None, "UA"),
        ("en-XX", "Europe/Berlin", "DE"),  # a region we have no entry for: the zone decides
        ("es-419", "America/Mexico_City", "MX"),
        (None, "Asia/Calcutta", "IN"),  # legacy zone
        (None, "US/Eastern", "US"),  # legacy prefix
        (None, "Europe/Belfast", "GB"),
        (None, "Etc/UTC", None),
        (None, None, None),
        ("", "", None),
    ],
)
def test_country_for(language: str | None, zone: str | None, country: str | None) -> None:
    assert country_for(language, zone) == country


def test_the_old_import_path_still_works() -> None:
    from conversations.safety import country_for_zone as old

    assert old is country_for_zone
    assert old("Australia/NSW") == "AU"


# --- the sentences built from the data ----------------------------------------------------


def line(**fields: object) -> CrisisLine:
    values: dict[str, object] = {
        "name": "Line",
        "phones": (),
        "text": None,
        "chat": None,
        "hours": ALWAYS,
        "languages": (),
        "sourced": Sourced("https://example.org", date(2026, 11, 27), True),
    }
    values.update(fields)
    return CrisisLine(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "sentence"),
    [
        ({"phones": ("116 123",)}, "Line: call 116 123, day or night."),
        ({"phones": ("988",), "text": "988"}, "Line: call or text 988, day or night."),
        (
            {"phones": ("13 11 14",), "text": "0477 13 11 14"},
            "Line: call 13 11 14 or text 0477 13 11 14, day or night.",
        ),
        ({"text": "85258"}, "Line: text 85258, day or night."),
        (
            {"chat": "https://example.org/chat"},
            "Line: chat at https://example.org/chat, day or night.",
        ),
        (
            {"phones": ("02 2327 2327",), "hours": "10:00-24:00"},
            "Line: call 02 2327 2327, every day from 10:00 to 24:00.",
        ),
        (
            {"phones": ("113", "0800-0113"), "chat": "https://www.113.nl"},
            "Line: call 113 or 0800-0113, day or night. "
            "You can also chat with them at https://www.113.nl.",
        ),
    ],
)
def test_line_sentences(fields: dict[str, object], sentence: str) -> None:
    assert _line_sentence(line(**fields)) == sentence


@pytest.mark.parametrize(
    ("country", "emergency"),
    [
        ("DE", "call 112 now"),
        ("US", "call 911 now"),
        ("AU", "call 000 or 112 now"),
        ("ZA", "call 10177 or 112 now"),
        ("GN", "call your local emergency number now"),
        (None, "call your local emergency number now"),
    ],
)
def test_crisis_message_writes_the_emergency_number_out(
    country: str | None, emergency: str
) -> None:
    assert f"If you are in immediate danger, {emergency}." in crisis_message(country)


def test_crisis_message_lists_every_line_of_the_country() -> None:
    message = crisis_message("BE")
    assert "Centre de Prévention du Suicide: call 0800 32 123, day or night." in message
    assert "Zelfmoordlijn 1813: call 1813, day or night." in message


def test_crisis_message_in_russia_lists_a_national_line_and_moscows() -> None:
    message = crisis_message("RU")
    assert "Единый общероссийский телефон доверия: call 8 800 2000 122, day or night." in message
    assert "(Москва): call 051 or +7 495 051, day or night." in message
    assert "findahelpline" not in message


def test_crisis_message_without_a_line_is_one_sentence_around_the_directory() -> None:
    """Turkey has no line we could confirm: no bullet list of one, no dangling colon."""
    message = crisis_message("TR")
    assert (
        "Please reach out to someone right now. Free, confidential helplines near you, "
        "there for exactly this, are listed at https://findahelpline.com/countries/tr."
    ) in message
    assert "•" not in message
    assert ":\n" not in message
