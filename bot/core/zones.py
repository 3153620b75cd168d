"""Resolve the time zone a person names ("berlin", "EST", "UTC+2", a shared location).

Answers are IANA names that zoneinfo.ZoneInfo accepts; anything unclear comes back as suggestions.
"""

from __future__ import annotations

import difflib
import functools
import math
import re
import unicodedata
import zoneinfo
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from importlib import resources
from typing import Any, NamedTuple

from babel import Locale
from timezonefinder import TimezoneFinder

from bot.core.typed import without_marks

MAX_CANDIDATES = 6
# Languages whose city names are understood besides English: those Stillpoint speaks and
# those its safety layer reads.
_CITY_LANGUAGES = ("de", "es", "fr", "pt", "ru", "uk", "it", "pl", "nl", "tr")

# Names in the system zone directory that are not places.
_NOT_ZONES = frozenset({"localtime", "Factory", "posixrules"})
_AREAS = frozenset(
    {"Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe"}
    | {"Indian", "Pacific"}
)

# Abbreviations mean one region in everyday speech even where tzdata has a fixed zone of the
# same name ("EST" is UTC-5 all year, but people who type it live by New York's clock).
_ABBREVIATIONS = {
    "utc": "UTC", "gmt": "UTC", "z": "UTC", "zulu": "UTC",
    "wet": "Europe/Lisbon", "bst": "Europe/London",
    "cet": "Europe/Berlin", "cest": "Europe/Berlin",
    "eet": "Europe/Athens", "eest": "Europe/Athens", "msk": "Europe/Moscow",
    "est": "America/New_York", "edt": "America/New_York", "et": "America/New_York",
    "cst": "America/Chicago", "cdt": "America/Chicago", "ct": "America/Chicago",
    "mst": "America/Denver", "mdt": "America/Denver",
    "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "pt": "America/Los_Angeles",
    "akst": "America/Anchorage", "akdt": "America/Anchorage", "hst": "Pacific/Honolulu",
    "ast": "America/Halifax", "adt": "America/Halifax",
    "nst": "America/St_Johns", "ndt": "America/St_Johns", "brt": "America/Sao_Paulo",
    "ist": "Asia/Kolkata", "pkt": "Asia/Karachi", "npt": "Asia/Kathmandu",
    "ict": "Asia/Bangkok", "wib": "Asia/Jakarta", "sgt": "Asia/Singapore",
    "hkt": "Asia/Hong_Kong", "pht": "Asia/Manila", "jst": "Asia/Tokyo", "kst": "Asia/Seoul",
    "awst": "Australia/Perth", "acst": "Australia/Adelaide", "acdt": "Australia/Adelaide",
    "aest": "Australia/Sydney", "aedt": "Australia/Sydney",
    "nzst": "Pacific/Auckland", "nzdt": "Pacific/Auckland",
    "sast": "Africa/Johannesburg",
}  # fmt: skip

# Places people name that are not the last part of any IANA name.
_PLACES: dict[str, tuple[str, ...]] = {
    "America/Los_Angeles": (
        "sf", "san francisco", "la", "seattle", "san diego", "san jose", "las vegas",
        "sacramento", "oakland", "california", "pacific", "pacific time",
    ),
    "America/New_York": (
        "nyc", "new york city", "ny", "boston", "washington", "washington dc", "dc", "miami",
        "atlanta", "philadelphia", "pittsburgh", "baltimore", "orlando", "charlotte",
        "eastern", "eastern time",
    ),
    "America/Chicago": (
        "dallas", "houston", "austin", "san antonio", "minneapolis", "st louis", "nashville",
        "new orleans", "kansas city", "texas", "central", "central time",
    ),
    "America/Denver": ("salt lake city", "albuquerque", "colorado", "mountain", "mountain time"),
    "America/Toronto": ("ottawa", "quebec"),
    "America/Sao_Paulo": ("rio de janeiro", "rio", "brasilia"),
    "America/Mexico_City": ("guadalajara", "monterrey"),
    "America/Argentina/Buenos_Aires": ("argentina",),
    "Europe/London": (
        "manchester", "edinburgh", "birmingham", "glasgow", "liverpool", "leeds", "bristol",
        "uk", "united kingdom", "england", "scotland", "wales", "britain", "great britain",
    ),
    "Europe/Berlin": (
        "munich", "frankfurt", "hamburg", "cologne", "stuttgart", "dusseldorf", "leipzig",
        "germany",
    ),
    "Europe/Paris": ("lyon", "marseille", "toulouse", "france"),
    "Europe/Madrid": ("barcelona", "valencia", "seville", "malaga", "spain"),
    "Europe/Rome": ("milan", "naples", "turin", "florence", "venice", "italy"),
    "Europe/Amsterdam": ("rotterdam", "the hague", "netherlands", "holland"),
    "Europe/Zurich": ("geneva", "bern", "basel", "switzerland"),
    "Europe/Warsaw": ("krakow", "wroclaw"),
    "Europe/Moscow": ("st petersburg", "saint petersburg"),
    "Europe/Istanbul": ("ankara",),
    "Europe/Kyiv": ("ukraine",),
    "Asia/Kolkata": (
        "delhi", "new delhi", "mumbai", "bombay", "bangalore", "bengaluru", "chennai",
        "hyderabad", "pune", "india",
    ),
    "Asia/Shanghai": ("beijing", "shenzhen", "guangzhou", "china"),
    "Asia/Tokyo": ("osaka", "kyoto"),
    "Asia/Seoul": ("busan", "korea", "south korea"),
    "Asia/Dubai": ("abu dhabi", "uae"),
    "Asia/Karachi": ("lahore", "islamabad", "pakistan"),
    "Asia/Ho_Chi_Minh": ("hanoi", "vietnam"),
    "Asia/Manila": ("philippines",),
    "Asia/Jerusalem": ("tel aviv",),
    "Australia/Sydney": ("canberra",),
    "Pacific/Auckland": ("wellington", "new zealand"),
    "Africa/Lagos": ("abuja", "nigeria"),
    "Africa/Johannesburg": ("cape town", "pretoria", "south africa"),
    "Africa/Nairobi": ("kenya",),
}  # fmt: skip

# Countries spanning several zones: suggest rather than guess.
_REGIONS: dict[str, tuple[str, ...]] = {
    "usa": (
        "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
        "America/Anchorage", "Pacific/Honolulu",
    ),
    "canada": (
        "America/Toronto", "America/Vancouver", "America/Edmonton", "America/Winnipeg",
        "America/Halifax", "America/St_Johns",
    ),
    "australia": (
        "Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Perth",
        "Australia/Adelaide", "Australia/Darwin",
    ),
    "brazil": ("America/Sao_Paulo", "America/Manaus", "America/Fortaleza", "America/Noronha"),
    "russia": (
        "Europe/Moscow", "Asia/Yekaterinburg", "Asia/Novosibirsk", "Asia/Vladivostok",
        "Europe/Kaliningrad", "Asia/Kamchatka",
    ),
    "mexico": ("America/Mexico_City", "America/Cancun", "America/Tijuana"),
    "indonesia": ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"),
}  # fmt: skip
_REGIONS |= {"us": _REGIONS["usa"], "united states": _REGIONS["usa"]}

# Order for suggestions sharing one UTC offset: zones most people would recognise first.
_POPULAR = (
    "Europe/London", "Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Rome",
    "Europe/Amsterdam", "Europe/Athens", "Europe/Kyiv", "Europe/Istanbul", "Europe/Moscow",
    "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
    "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Toronto",
    "America/Vancouver", "America/Halifax", "America/St_Johns", "America/Mexico_City",
    "America/Bogota", "America/Lima", "America/Caracas", "America/Santiago",
    "America/Sao_Paulo", "America/Argentina/Buenos_Aires", "Atlantic/Azores",
    "Atlantic/Reykjavik", "Africa/Lagos", "Africa/Cairo", "Africa/Johannesburg",
    "Africa/Nairobi", "Asia/Dubai", "Asia/Tehran", "Asia/Kabul", "Asia/Karachi",
    "Asia/Kolkata", "Asia/Kathmandu", "Asia/Dhaka", "Asia/Yangon", "Asia/Bangkok",
    "Asia/Jakarta", "Asia/Singapore", "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Manila",
    "Asia/Tokyo", "Asia/Seoul", "Australia/Perth", "Australia/Eucla", "Australia/Adelaide",
    "Australia/Darwin", "Australia/Brisbane", "Australia/Sydney", "Australia/Melbourne",
    "Australia/Lord_Howe", "Pacific/Auckland", "Pacific/Chatham", "Pacific/Marquesas",
    "Pacific/Kiritimati",
)  # fmt: skip
_POPULAR_RANK = {zone: rank for rank, zone in enumerate(_POPULAR)}

_OFFSET = re.compile(
    r"(?:utc|gmt|ut|z)?\s*(?P<sign>[+-])\s*(?P<h>\d{1,2})(?:[:.h]?(?P<m>\d{2}))?(?:\s*h)?"
)


@dataclass(frozen=True)
class ZoneAnswer:
    """A resolved zone, or None with suggestions to offer when the text was not clear."""

    zone: str | None
    candidates: tuple[str, ...] = ()


class _Tables(NamedTuple):
    zones: frozenset[str]
    by_name: dict[str, str]
    by_place: dict[str, tuple[str, ...]]
    # Loaded once: ZoneInfo keeps only a few zones strongly cached, and reloading is slow.
    real: tuple[zoneinfo.ZoneInfo, ...]


def resolve_zone(text: str, now_utc: datetime) -> ZoneAnswer:
    """Resolve a zone name, city, abbreviation or UTC offset.

    Offsets are matched against real zones at now_utc (a naive value is taken as UTC).
    """
    raw = _fold(text)
    for part in dict.fromkeys((raw, raw.split(",")[0].strip())):
        if (answer := _by_name(part)) is not None:
            return answer
    if (offset := _parse_offset(raw)) is not None:
        return _by_offset(offset, now_utc)
    return ZoneAnswer(None, _fuzzy(_place_key(raw)))


def zone_for_location(latitude: float, longitude: float) -> str | None:
    """The zone at a point on the map, e.g. from a location a user shared."""
    if not (math.isfinite(latitude) and math.isfinite(longitude)):
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    name = _finder().timezone_at(lat=latitude, lng=longitude)
    return name if isinstance(name, str) and is_valid_zone(name) else None


def is_valid_zone(name: str) -> bool:
    """True for an exact IANA name zoneinfo can load."""
    return name in _tables().zones


def preload() -> None:
    """Build the tables of zone and place names now, before the first person types a city."""
    _tables()


@functools.cache
def _finder() -> Any:
    # Loading the boundary data is slow and memory-hungry: do it once, on first use.
    return TimezoneFinder()


@functools.cache
def _tables() -> _Tables:
    zones = frozenset(zoneinfo.available_timezones() - _NOT_ZONES)
    by_place: dict[str, list[str]] = {}
    for zone in sorted(zones):
        if zone.split("/")[0] in _AREAS:
            by_place.setdefault(_place_key(zone.rsplit("/", 1)[-1]), []).append(zone)
    real = _listed_zones(zones)
    # Backward-compatible links share a city with their canonical zone; keep the listed one.
    for key, found in by_place.items():
        listed = [zone for zone in found if zone in real]
        if listed and len(found) > 1:
            by_place[key] = listed
    for zone, places in _PLACES.items():
        for place in places:
            by_place[place] = [zone]
    # Cities as people write them in their own language and script ("Москва", "Wien",
    # "Ciudad de México"), from the CLDR names Babel ships.
    # A name the zone table already knows keeps its meaning ("Calcutta" is Asia/Calcutta,
    # not also the Italian name of Asia/Kolkata); one name for two zones offers both.
    known = set(by_place)
    for language in _CITY_LANGUAGES:
        for zone, names in Locale.parse(language).time_zones.items():
            city = names.get("city")
            key = _place_key(_fold(city)) if city else ""
            if key and key not in known and zone in real:
                found = by_place.setdefault(key, [])
                if zone not in found:
                    found.append(zone)
    return _Tables(
        zones=zones,
        by_name={zone.casefold(): zone for zone in zones},
        by_place={key: tuple(found) for key, found in by_place.items()},
        real=tuple(
            zoneinfo.ZoneInfo(zone)
            for zone in sorted(
                real, key=lambda zone: (_POPULAR_RANK.get(zone, len(_POPULAR)), zone)
            )
        ),
    )


def _listed_zones(zones: frozenset[str]) -> frozenset[str]:
    """Zones in tzdata's zone.tab: one per inhabited region, without legacy aliases."""
    try:
        table = resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset(zone for zone in zones if zone.split("/")[0] in _AREAS)
    rows = (line.split("\t") for line in table.splitlines() if not line.startswith("#"))
    return frozenset(row[2] for row in rows if len(row) > 2) & zones


def _fold(text: str) -> str:
    """Casefold, drop accents ("São Paulo"), and tidy spaces and minus signs."""
    decomposed = unicodedata.normalize("NFKD", without_marks(text).replace("\u2212", "-"))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"\s*/\s*", "/", " ".join(plain.casefold().split()))


def _place_key(text: str) -> str:
    """Compare places by letters only: "Port-au-Prince", "port au prince", "St. Louis"."""
    return " ".join(re.sub(r"[_.\-]", " ", text.casefold()).split())


def _by_name(text: str) -> ZoneAnswer | None:
    tables = _tables()
    if text in _ABBREVIATIONS:
        return ZoneAnswer(_ABBREVIATIONS[text])
    if (zone := tables.by_name.get(text.replace(" ", "_"))) is not None:
        return ZoneAnswer(zone)
    key = _place_key(text)
    if key in _REGIONS:
        return ZoneAnswer(None, _REGIONS[key])
    found = tables.by_place.get(key, ())
    if len(found) == 1:
        return ZoneAnswer(found[0])
    return ZoneAnswer(None, found[:MAX_CANDIDATES]) if found else None


def _parse_offset(text: str) -> int | None:
    """Minutes east of UTC for "UTC+2", "-0330", "+5:45"; None if not an offset."""
    match = _OFFSET.fullmatch(text)
    if match is None:
        return None
    hours, minutes = int(match["h"]), int(match["m"] or 0)
    if minutes > 59:
        return None
    return (hours * 60 + minutes) * (-1 if match["sign"] == "-" else 1)


def _by_offset(minutes: int, now_utc: datetime) -> ZoneAnswer:
    if not -12 * 60 <= minutes <= 14 * 60:
        return ZoneAnswer(None)
    now = now_utc if now_utc.tzinfo is not None else now_utc.replace(tzinfo=UTC)
    wanted = timedelta(minutes=minutes)
    real = _tables().real
    matching = tuple(zone.key for zone in real if now.astimezone(zone).utcoffset() == wanted)
    matching = matching[:MAX_CANDIDATES]
    hours, rest = divmod(minutes, 60)
    if rest:
        return ZoneAnswer(matching[0] if matching else None, matching)
    # Etc zones use the POSIX sign: UTC+2 is "Etc/GMT-2".
    return ZoneAnswer("UTC" if hours == 0 else f"Etc/GMT{-hours:+d}", matching)


def _fuzzy(key: str) -> tuple[str, ...]:
    """Zones whose city or place name is spelled close to key, e.g. "berln"."""
    if len(key) < 4:
        return ()
    by_place = _tables().by_place
    pool = [place for place in by_place if len(place) >= 4]
    close = difflib.get_close_matches(key, pool, n=MAX_CANDIDATES, cutoff=0.8)
    zones = dict.fromkeys(zone for place in close for zone in by_place[place])
    return tuple(zones)[:MAX_CANDIDATES]
