"""Crisis lines and emergency numbers per country, read from data/helplines.toml, and the
country a person is in: the region of their language code first, then their time zone.
"""

from __future__ import annotations

import functools
import importlib.resources
import logging
import tomllib
from dataclasses import dataclass
from datetime import date
from typing import Any

__all__ = [
    "FINDAHELPLINE",
    "CountryHelp",
    "CrisisLine",
    "EmergencyNumbers",
    "all_countries",
    "country_for",
    "country_for_zone",
    "country_of_person",
    "findahelpline_url",
    "for_country",
    "language_home",
    "region_of",
    "zone_countries",
]

logger = logging.getLogger(__name__)

FINDAHELPLINE = "https://findahelpline.com"
ALWAYS = "24/7"


@dataclass(frozen=True)
class Sourced:
    """Where a fact was seen and when; `verified` only when that page is official."""

    source: str
    checked: date
    verified: bool
    note: str | None = None
    see_also: tuple[str, ...] = ()


@dataclass(frozen=True)
class EmergencyNumbers:
    numbers: tuple[str, ...]  # medical first, then the general number if there is one
    sourced: Sourced


@dataclass(frozen=True)
class CrisisLine:
    name: str
    phones: tuple[str, ...]
    text: str | None  # an SMS number, when texting works
    chat: str | None  # a web address
    hours: str  # ALWAYS, or "HH:MM-HH:MM" every day
    languages: tuple[str, ...]
    sourced: Sourced

    @property
    def texting(self) -> bool:
        return self.text is not None

    @property
    def always_open(self) -> bool:
        return self.hours == ALWAYS

    @property
    def opening(self) -> tuple[str, str] | None:
        """Opening and closing time for lines that are not open day and night."""
        if self.always_open:
            return None
        start, end = self.hours.split("-")
        return start, end


@dataclass(frozen=True)
class CountryHelp:
    """What to offer someone in `country`; `country` is None for the international fallback."""

    country: str | None
    name: str | None
    emergency: EmergencyNumbers | None  # None: say "your local emergency number"
    crisis: tuple[CrisisLine, ...]  # empty: link `directory`
    directory: str
    # Why a country has no crisis line or no emergency number, where it was searched for.
    no_national_line: str | None = None
    no_emergency_number: str | None = None

    @property
    def known(self) -> bool:
        return self.country is not None


def findahelpline_url(country: str | None) -> str:
    return f"{FINDAHELPLINE}/countries/{country.lower()}" if country else FINDAHELPLINE


def _sourced(raw: dict[str, Any]) -> Sourced:
    return Sourced(
        source=raw["source"],
        checked=raw["checked"],
        verified=raw["verified"],
        note=raw.get("note"),
        see_also=tuple(raw.get("see_also", ())),
    )


def _line(raw: dict[str, Any]) -> CrisisLine:
    return CrisisLine(
        name=raw["name"],
        phones=tuple(raw.get("phone", ())),
        text=raw.get("text"),
        chat=raw.get("chat"),
        hours=raw["hours"],
        languages=tuple(raw.get("languages", ())),
        sourced=_sourced(raw),
    )


def _country(code: str, raw: dict[str, Any]) -> CountryHelp:
    emergency = raw.get("emergency")
    return CountryHelp(
        country=code,
        name=raw["name"],
        emergency=(
            EmergencyNumbers(tuple(emergency["numbers"]), _sourced(emergency))
            if emergency
            else None
        ),
        crisis=tuple(_line(line) for line in raw.get("crisis", ())),
        directory=findahelpline_url(code),
        no_national_line=raw.get("no_national_line"),
        no_emergency_number=raw.get("no_emergency_number"),
    )


@functools.cache
def all_countries() -> dict[str, CountryHelp]:
    """Every country in the data file, parsed once."""
    data = importlib.resources.files("bot.core").joinpath("data", "helplines.toml")
    text = data.read_text(encoding="utf-8")
    return {code: _country(code, raw) for code, raw in tomllib.loads(text).items()}


def _international() -> CountryHelp:
    return CountryHelp(None, None, None, (), findahelpline_url(None))


def for_country(country: str | None) -> CountryHelp:
    """The help for an ISO 3166 alpha-2 code; the international fallback when it is unknown."""
    code = (country or "").strip().upper()
    return all_countries().get(code) or _international()


def region_of(language_code: str | None) -> str | None:
    """The country in a language tag ("es-ES", "pt_BR", "en-GB"); None for a bare language."""
    if not language_code:
        return None
    for part in language_code.replace("_", "-").split("-")[1:]:
        # A script subtag ("zh-Hant-TW") is four letters; the region is the two-letter part.
        if len(part) == 2 and part.isalpha():
            return part.upper()
    return None


# Where a bare language code ("es", with no region) most likely comes from, for the languages
# the safety layer reads. English is left out: "en" says nothing about the country.
LANGUAGE_HOMES = {
    "de": "DE",
    "es": "ES",
    "fr": "FR",
    "it": "IT",
    "nl": "NL",
    "pl": "PL",
    "pt": "PT",
    "ru": "RU",
    "tr": "TR",
    "uk": "UA",
}


def country_for(language_code: str | None, zone: str | None) -> str | None:
    """Where to look for help: the language's region first, then the time zone's country,
    then the home country of a bare language ("es" → Spain)."""
    region = region_of(language_code)
    if region is not None and region in all_countries():
        return region
    return country_for_zone(zone) or language_home(language_code)


def country_of_person(language_code: str | None, own_zone: str | None) -> str | None:
    """For someone who told us where they live (their own time zone), that country first;
    otherwise what their language says (`country_for`)."""
    return country_for_zone(own_zone) or country_for(language_code, None)


def language_home(language_code: str | None) -> str | None:
    primary = (language_code or "").replace("_", "-").split("-")[0].lower()
    return LANGUAGE_HOMES.get(primary)


# Links that zone.tab leaves out but older phones and clients still report.
_LEGACY_ZONES = {
    "Asia/Calcutta": "IN",
    "Europe/Belfast": "GB",
    "GB": "GB",
    "GB-Eire": "GB",
    "Eire": "IE",
    "NZ": "NZ",
    "America/Montreal": "CA",
    "America/Indianapolis": "US",
    "America/Fort_Wayne": "US",
    "America/Knox_IN": "US",
    "America/Louisville": "US",
    "Navajo": "US",
}
_LEGACY_PREFIXES = (("US/", "US"), ("Canada/", "CA"), ("Australia/", "AU"))


@functools.cache
def _zone_countries() -> dict[str, str]:
    # tzdata (a dependency) ships zone.tab, which gives each zone the one country it is in;
    # zone1970.tab would list several countries for shared zones such as Europe/Berlin.
    try:
        table = (
            importlib.resources.files("tzdata.zoneinfo")
            .joinpath("zone.tab")
            .read_text(encoding="utf-8")
        )
    except (ModuleNotFoundError, FileNotFoundError):
        logger.warning("tzdata zone.tab not found; crisis replies use the international line")
        return {}
    countries: dict[str, str] = {}
    for line in table.splitlines():
        if line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) >= 3:
            countries[fields[2]] = fields[0]
    return countries


def country_for_zone(zone: str | None) -> str | None:
    """The ISO 3166 alpha-2 country of an IANA time zone, or None when unknown."""
    if not zone:
        return None
    country = _zone_countries().get(zone) or _LEGACY_ZONES.get(zone)
    if country is not None:
        return country
    for prefix, prefix_country in _LEGACY_PREFIXES:
        if zone.startswith(prefix):
            return prefix_country
    return None


def zone_countries() -> frozenset[str]:
    """Every country zone.tab maps a zone to (what the data file must cover)."""
    return frozenset(_zone_countries().values())
