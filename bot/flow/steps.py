"""The kinds of question a flow can ask, each with its own parsing and re-prompt."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from bot.core import timeparse, typed, zones
from bot.core.typed import Word
from bot.flow import words
from bot.flow.outputs import ReplyKey


@dataclass(frozen=True)
class Profile:
    """What a flow may know of its user: a read-only snapshot taken for one turn."""

    time_zone: str | None = None
    wake_time: time | None = None
    bedtime: time | None = None
    caffeine_cutoff: time | None = None
    checkin_time: time | None = None
    consent: str | None = None
    language: str | None = None
    # The zone assumed until they have told us theirs (the deployment's default).
    default_zone: str | None = None


@dataclass(frozen=True)
class Ctx:
    data: Mapping[str, Any]
    profile: Profile
    now: datetime

    @property
    def local_now(self) -> datetime:
        """Now on the user's clock (the default zone until they have told us theirs)."""
        zone = self.profile.time_zone or self.profile.default_zone or "UTC"
        return self.now.astimezone(ZoneInfo(zone))


def earlier_today(times: Sequence[time], ctx: Ctx) -> list[time]:
    """The `times` not in the future on the user's clock; when fewer than three are left
    (early in the day), the last half hours up to now join them."""
    now = ctx.local_now.time()
    past = {t for t in times if t <= now}
    if len(past) < 3:
        latest = now.hour * 60 + now.minute - now.minute % 30
        past |= {time(m // 60, m % 60) for m in range(latest, max(-1, latest - 90), -30)}
    return sorted(past)


# Where a day is taken to start when the person hasn't said when they wake.
USUAL_WAKE = time(6)


def waking_day(ctx: Ctx, *, until_now: bool) -> tuple[time, time]:
    """The person's waking day on their clock: from their wake time until now (`until_now`, for
    a time earlier today) or until their bedtime (a whole day, such as yesterday)."""
    start = ctx.profile.wake_time or USUAL_WAKE
    if until_now:
        now = ctx.local_now.time().replace(second=0, microsecond=0)
        return (start, now) if now >= start else (time(0), now)
    bed = ctx.profile.bedtime
    return (start, bed if bed is not None and bed > start else time(23, 59))


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    # The typed word that picks this option at a yes/no question ("ja", "sí", "да" for Yes).
    means: Word | None = None


@dataclass(frozen=True)
class Invalid:
    """Why an answer was not taken; the question is asked again beneath it. `options` are
    clarifying buttons ("23:00" / "11:00"): tapping one answers the step with its value, read
    as if typed, so it must be an answer the step takes without asking again."""

    reason: str
    reply_keys: tuple[tuple[ReplyKey, ...], ...] = ()
    options: tuple[Option, ...] = ()


Text = str | Callable[[Ctx], str]
Check = Callable[[Any, Ctx], str | None]


EXCERPT_LENGTH = 30


def excerpt(text: str, limit: int = EXCERPT_LENGTH) -> str:
    """At most `limit` characters of what someone typed, to quote back to them."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    # At a word's end where one is near, so no quoted word is left half-written.
    space = cut.rfind(" ")
    return (cut[:space] if space >= limit // 2 else cut).rstrip(" ,;:") + "…"


def not_later_than_now(value: time, ctx: Ctx) -> str | None:
    """A `check` for a time earlier today: refuses one still to come on the user's clock."""
    now = ctx.local_now.time().replace(second=0, microsecond=0)
    return words.later_than_now(timeparse.format_clock(now)) if value > now else None


def render(text: Text, ctx: Ctx) -> str:
    return text(ctx) if callable(text) else text


def _normalise(label: str) -> str:
    # Emoji and punctuation don't matter when matching a typed label; a minus sign does.
    return re.sub(r"[^\w-]+", " ", typed.without_marks(label).casefold()).strip()


@dataclass(frozen=True, kw_only=True)
class Step:
    """A question. `key` names the answer in the flow's data; `when` can leave it out."""

    key: str
    prompt: Text
    optional: bool = False
    when: Callable[[Ctx], bool] | None = None
    check: Check | None = None
    columns: int = 3

    def options(self, ctx: Ctx) -> Sequence[Option]:
        return ()

    def reply_keys(self, ctx: Ctx) -> tuple[tuple[ReplyKey, ...], ...]:
        return ()

    def parse_text(self, text: str, ctx: Ctx) -> Any | Invalid:
        raise NotImplementedError

    def parse_location(self, latitude: float, longitude: float, ctx: Ctx) -> Any | Invalid:
        return Invalid(words.only_text_here())

    def confirm(self, value: Any, ctx: Ctx) -> str | None:
        """A line said once the answer is taken (used to take a reply keyboard away)."""
        return None

    def validate(self, value: Any, ctx: Ctx) -> Any | Invalid:
        if self.check is not None and (reason := self.check(value, ctx)):
            return Invalid(reason)
        return value

    def match_option(self, text: str, ctx: Ctx) -> Option | None:
        wanted = _normalise(text)
        for option in self.options(ctx):
            if wanted and wanted in (_normalise(option.label), _normalise(option.value)):
                return option
        return None


@dataclass(frozen=True, kw_only=True)
class Choice(Step):
    """One of a few buttons."""

    choices: Callable[[Ctx], Sequence[Option]] | Sequence[Option]

    def options(self, ctx: Ctx) -> Sequence[Option]:
        return self.choices(ctx) if callable(self.choices) else self.choices

    def parse_text(self, text: str, ctx: Ctx) -> Any | Invalid:
        option = self.match_option(text, ctx) or self._meant(text, ctx)
        return option.value if option else Invalid(words.tap_a_button())

    def _meant(self, text: str, ctx: Ctx) -> Option | None:
        """The one option a typed yes or no stands for, in any language Stillpoint reads."""
        word = typed.recognise(text)
        if word not in (Word.YES, Word.NO):
            return None
        meant = [option for option in self.options(ctx) if option.means is word]
        return meant[0] if len(meant) == 1 else None


@dataclass(frozen=True, kw_only=True)
class MultiChoice(Step):
    """Several toggle buttons and Done; the answer is the list of chosen values."""

    # A callable builds the labels when shown, in the language of the moment.
    choices: Callable[[Ctx], Sequence[Option]] | Sequence[Option]
    minimum: int = 0

    def options(self, ctx: Ctx) -> Sequence[Option]:
        return self.choices(ctx) if callable(self.choices) else self.choices

    def parse_text(self, text: str, ctx: Ctx) -> Any | Invalid:
        word = typed.recognise(text) if self.match_option(text, ctx) is None else None
        if word is Word.DONE:
            return self.validate_count(list(ctx.data.get(self.key) or []))
        if word in (Word.NONE, Word.NO):
            return self.validate_count([])
        parts = [p.strip() for p in re.split(r",|;|\band\b|\n", text) if p.strip()]
        if not parts:
            return Invalid(words.choices_expected())
        chosen, unknown = [], []
        for part in parts:
            option = self.match_option(part, ctx)
            if option is None:
                unknown.append(part)
            elif option.value not in chosen:
                chosen.append(option.value)
        if unknown:
            return Invalid(words.unknown_choices(excerpt(", ".join(unknown))))
        return self.validate_count(chosen)

    def validate_count(self, chosen: list[str]) -> list[str] | Invalid:
        if len(chosen) < self.minimum:
            return Invalid(words.pick_at_least(self.minimum))
        return chosen


@dataclass(frozen=True, kw_only=True)
class Number(Step):
    """A whole number in a range; buttons for the common values."""

    low: int
    high: int
    buttons: Sequence[int] = ()

    def options(self, ctx: Ctx) -> Sequence[Option]:
        return [Option(str(n), str(n)) for n in self.buttons]

    def parse_text(self, text: str, ctx: Ctx) -> Any | Invalid:
        value = timeparse.parse_int_in_range(text, self.low, self.high)
        return Invalid(words.number_expected(self.low, self.high)) if value is None else value

    def validate(self, value: Any, ctx: Ctx) -> Any | Invalid:
        return super().validate(int(value), ctx)


@dataclass(frozen=True, kw_only=True)
class ClockTime(Step):
    """A time of day, typed freely ("7", "7am", "19:30", "7.30 pm") or picked; kept as "HH:MM".

    `plausible` is the stretch of the day (from, until; it may wrap past midnight) where
    answers usually fall, such as a bedtime in the evening (or a function of the context that
    gives it, when it depends on what is being asked). A bare hour from 1 to 12 outside it
    whose twelve-hours-later twin is inside ("11" at a bedtime) is asked about, with both.

    `fits` is the stretch of the person's day the answer has to lie in (a drink earlier today:
    from waking until now). A bare hour is read as whichever of its two readings lies inside
    ("around 5" after a 06:30 wake-up is 17:00), asked about only when both do, and taken as
    typed when neither does (for `check` to judge).
    """

    suggestions: Callable[[Ctx], Sequence[time]] | Sequence[time] = ()
    columns: int = 3
    plausible: Callable[[Ctx], tuple[time, time] | None] | tuple[time, time] | None = None
    fits: Callable[[Ctx], tuple[time, time] | None] | None = None

    def options(self, ctx: Ctx) -> Sequence[Option]:
        times = self.suggestions(ctx) if callable(self.suggestions) else self.suggestions
        return [Option(timeparse.format_clock(t), timeparse.format_clock(t)) for t in times]

    def parse_text(self, text: str, ctx: Ctx) -> Any | Invalid:
        reading = timeparse.read_clock_time(text)
        if reading is None:
            return Invalid(words.clock_time_expected())
        day = self.fits(ctx) if self.fits is not None else None
        if reading.bare_hour and day is not None:
            return _fitting(reading.time, day)
        span = self.plausible(ctx) if callable(self.plausible) else self.plausible
        if reading.bare_hour and span is not None:
            other = time((reading.time.hour + 12) % 24, reading.time.minute)
            if not _within(reading.time, span) and _within(other, span):
                likely, typed_as = (
                    timeparse.format_clock(other),
                    timeparse.format_clock(reading.time),
                )
                return Invalid(
                    words.did_you_mean(likely, typed_as),
                    options=(Option(likely, likely), Option(typed_as, typed_as)),
                )
        return reading.time

    def validate(self, value: Any, ctx: Ctx) -> Any | Invalid:
        parsed = value if isinstance(value, time) else timeparse.parse_clock_time(str(value))
        if parsed is None:
            return Invalid(words.clock_time_expected())
        checked = super().validate(parsed, ctx)
        return checked if isinstance(checked, Invalid) else timeparse.format_clock(parsed)


def _fitting(typed_as: time, day: tuple[time, time]) -> time | Invalid:
    """The reading of a bare hour that lies within `day`; both, when both do, as a question."""
    twin = time((typed_as.hour + 12) % 24, typed_as.minute)
    inside, twin_inside = _within(typed_as, day), _within(twin, day)
    if twin_inside and not inside:
        return twin
    if inside and twin_inside:
        later, earlier = sorted((typed_as, twin), reverse=True)
        a, b = timeparse.format_clock(later), timeparse.format_clock(earlier)
        return Invalid(words.did_you_mean(a, b), options=(Option(a, a), Option(b, b)))
    return typed_as


def _within(t: time, span: tuple[time, time]) -> bool:
    start, end = span
    return start <= t <= end if start <= end else t >= start or t <= end


@dataclass(frozen=True, kw_only=True)
class TimeZone(Step):
    """An IANA zone from a shared location, a city, a zone name or a UTC offset."""

    # Zones offered as keys, for the person asked (their language tells where they may be).
    popular: Callable[[Ctx], Sequence[str]] = lambda ctx: ()
    confirmation: Callable[[str, Ctx], str] | None = None
    # What a zone's key says ("São Paulo (UTC−3)"); resolve_zone reads it back.
    label: Callable[[str, Ctx], str] = lambda zone, ctx: zone

    def reply_keys(self, ctx: Ctx) -> tuple[tuple[ReplyKey, ...], ...]:
        rows: list[tuple[ReplyKey, ...]] = [(ReplyKey(words.share_location_label(), True),)]
        names = [self.label(zone, ctx) for zone in self.popular(ctx)]
        rows += [tuple(ReplyKey(n) for n in names[i : i + 2]) for i in range(0, len(names), 2)]
        return tuple(rows)

    def parse_text(self, text: str, ctx: Ctx) -> Any | Invalid:
        answer = zones.resolve_zone(text, ctx.now)
        if answer.zone:
            return answer.zone
        if answer.candidates:
            keys = tuple((ReplyKey(self.label(c, ctx)),) for c in answer.candidates)
            return Invalid(words.zone_did_you_mean(), reply_keys=keys)
        return Invalid(words.zone_not_found())

    def parse_location(self, latitude: float, longitude: float, ctx: Ctx) -> Any | Invalid:
        zone = zones.zone_for_location(latitude, longitude)
        return zone if zone else Invalid(words.location_not_usable())

    def confirm(self, value: Any, ctx: Ctx) -> str | None:
        return self.confirmation(value, ctx) if self.confirmation else None


@dataclass(frozen=True, kw_only=True)
class FreeText(Step):
    """A few words in the user's own voice."""

    max_length: int = 2000
    hints: Sequence[Option] = field(default_factory=tuple)

    def options(self, ctx: Ctx) -> Sequence[Option]:
        return self.hints

    def parse_text(self, text: str, ctx: Ctx) -> Any | Invalid:
        stripped = text.strip()
        if not stripped:
            return Invalid(words.text_expected())
        if len(stripped) > self.max_length:
            return Invalid(words.text_too_long(self.max_length))
        return stripped
