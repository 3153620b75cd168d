"""Resolve the time zone a person names ("berlin", "München", "EST", "UTC+2", a shared location),
and name a zone the way people know it ("São Paulo (UTC−3)").

Answers are IANA names that zoneinfo.ZoneInfo accepts; anything unclear comes back as suggestions.
"""

from __future__ import annotations

import functools
import math
import re
import zoneinfo
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from importlib import resources
from typing import Any, NamedTuple

from babel import Locale, UnknownLocaleError
from babel.dates import get_timezone_location
from rapidfuzz import fuzz, process
from timezonefinder import TimezoneFinder

from bot.core import gazetteer
from bot.core.gazetteer import fold as _fold
from bot.core.gazetteer import place_key as _place_key

MAX_CANDIDATES = 6
# Languages whose city names are understood besides English: those Stillpoint speaks and
# those its safety layer reads.
_CITY_LANGUAGES = ("en", "de", "es", "fr", "pt", "ru", "uk", "it", "pl", "nl", "tr")
# A misspelt name is offered only among the closest matches of the zones' cities and the
# bigger cities: "Porto Alegr" suggests Porto Alegre, not Porto Acre two hours away.
_FUZZY_CUTOFF = 85.0
_FUZZY_MARGIN = 3.0

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

# Where these names are said, the place above is meant (Manchester, not Manchester NH).
_CHOSEN = frozenset(place for places in _PLACES.values() for place in places)

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

# A zone as labelled on a button: "São Paulo (UTC−3)", "UTC+5:30".
_LABELLED = re.compile(r"(?P<name>.+?)\s*\((?P<offset>(?:utc|gmt)[^()]*)\)")
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
    # Place names known only as another language's name for a zone ("Moskau", "Granada").
    translated: frozenset[str]
    # Loaded once: ZoneInfo keeps only a few zones strongly cached, and reloading is slow.
    real: tuple[zoneinfo.ZoneInfo, ...]


def resolve_zone(text: str, now_utc: datetime) -> ZoneAnswer:
    """Resolve a zone name, city, abbreviation, UTC offset or a zone's own label.

    Offsets are matched against real zones at now_utc (a naive value is taken as UTC).
    """
    now = now_utc if now_utc.tzinfo is not None else now_utc.replace(tzinfo=UTC)
    raw = _fold(text)
    if (labelled := _LABELLED.fullmatch(raw)) is not None:
        # A button's label: the offset picks one zone among places of the same name.
        name, offset_text = labelled["name"], labelled["offset"][3:].strip()
        offset = _parse_offset(offset_text) if offset_text else 0
        named_as = resolve_zone(name, now)
        matching = _with_offset((named_as.zone, *named_as.candidates), offset, now)
        # Two places of that name may share the offset today (Tripoli in Libya and Lebanon
        # in winter): the label was a zone's own city name.
        named = tuple(zone for zone in matching if _place_key(name) in _city_keys(zone))
        if named or len(matching) == 1:
            return ZoneAnswer((named or matching)[0])
        return named_as
    for part in dict.fromkeys((raw, raw.split(",")[0].strip())):
        if (answer := _by_name(part)) is not None:
            return answer
    if (offset := _parse_offset(raw)) is not None:
        return _by_offset(offset, now)
    return ZoneAnswer(None, _fuzzy(_place_key(raw)))


def zone_label(zone: str, language: str, now_utc: datetime) -> str:
    """The zone as people know it, in their language, with its offset now: "São Paulo (UTC−3)",
    "Lisboa (UTC+0)"; fixed offsets are just "UTC+2". resolve_zone reads it back."""
    now = now_utc if now_utc.tzinfo is not None else now_utc.replace(tzinfo=UTC)
    offset = now.astimezone(zoneinfo.ZoneInfo(zone)).utcoffset() or timedelta()
    minutes = int(offset.total_seconds()) // 60
    hours, rest = divmod(abs(minutes), 60)
    utc = f"UTC{'−' if minutes < 0 else '+'}{hours}"
    if rest:
        utc += f":{rest:02d}"
    if zone == "UTC" or zone.startswith("Etc/"):
        return "UTC" if minutes == 0 else utc
    return f"{_city(zone, language)} ({utc})"


@functools.lru_cache(maxsize=1024)
def _city(zone: str, language: str) -> str:
    """The zone's city in `language` (Babel's data never changes in a process: looking it up
    on every turn that shows a zone cost more than the turn's own statements)."""
    try:
        return str(get_timezone_location(zone, locale=language, return_city=True))
    except (UnknownLocaleError, ValueError, LookupError):
        return str(get_timezone_location(zone, locale="en", return_city=True))


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


def listed_zones() -> tuple[str, ...]:
    """Every zone of an inhabited region (tzdata's zone.tab), without legacy aliases."""
    return tuple(zone.key for zone in _tables().real)


def preload() -> None:
    """Build the tables of zone and place names now, before the first person types a city.

    GeoNames' cities wait for the first place typed or tapped (about a second, 25 MB kept):
    most processes never need them, and start-up stays as quick as it was."""
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
    translated = set()
    for language in _CITY_LANGUAGES:
        for zone, names in Locale.parse(language).time_zones.items():
            city = names.get("city")
            key = _place_key(_fold(city)) if city else ""
            if key and key not in known and zone in real:
                translated.add(key)
                found = by_place.setdefault(key, [])
                if zone not in found:
                    found.append(zone)
    return _Tables(
        zones=zones,
        by_name={zone.casefold(): zone for zone in zones},
        by_place={key: tuple(found) for key, found in by_place.items()},
        translated=frozenset(translated),
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
    if key not in _CHOSEN:
        cities = gazetteer.cities().get(key, ())
        if key in tables.translated:
            # Another language's name for a zone may be a city's own name elsewhere: Spanish
            # calls Grenada "Granada". The city comes first, the zone stays a choice.
            found = _one_per_clock((*cities, *found))
        elif not found or len(cities) > 1:
            # A zone's city keeps its meaning, but another city of that name with another
            # clock makes it a question (Córdoba in Argentina and in Spain).
            found = _one_per_clock((*found, *cities))
    if len(found) == 1:
        return ZoneAnswer(found[0])
    return ZoneAnswer(None, found[:MAX_CANDIDATES]) if found else None


@functools.cache
def _city_keys(zone: str) -> frozenset[str]:
    """The zone's city as each language Stillpoint reads names it, folded."""
    return frozenset(
        _place_key(_fold(get_timezone_location(zone, locale=language, return_city=True)))
        for language in _CITY_LANGUAGES
    )


def _one_per_clock(zones: tuple[str, ...]) -> tuple[str, ...]:
    """The zones in order, without those keeping the same clock as an earlier one."""
    clocks: dict[object, str] = {}
    for zone in zones:
        clocks.setdefault(gazetteer.clock(zone), zone)
    return tuple(clocks.values())


def _with_offset(
    zones: tuple[str | None, ...], minutes: int | None, now: datetime
) -> tuple[str, ...]:
    if minutes is None:
        return ()
    wanted = timedelta(minutes=minutes)
    return tuple(
        zone
        for zone in dict.fromkeys(zones)
        if zone is not None and now.astimezone(zoneinfo.ZoneInfo(zone)).utcoffset() == wanted
    )


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
    now = now_utc
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
    """Zones of the places spelled closest to key ("berln", "sao palo"), best known first."""
    if len(key) < 4:
        return ()
    close = process.extract(
        key, _fuzzy_pool(), scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF, limit=MAX_CANDIDATES * 2
    )
    if not close:
        return ()
    best = close[0][1]
    by_place, known = _tables().by_place, gazetteer.load().well_known
    places = sorted(
        (place for place, score, _index in close if score >= best - _FUZZY_MARGIN),
        key=lambda place: -known.get(place, 0),
    )
    zones = (zone for place in places for zone in by_place.get(place) or gazetteer.cities()[place])
    return tuple(dict.fromkeys(zones))[:MAX_CANDIDATES]


@functools.cache
def _fuzzy_pool() -> tuple[str, ...]:
    names = dict.fromkeys((*_tables().by_place, *gazetteer.load().well_known))
    return tuple(name for name in names if len(name) >= 4)
