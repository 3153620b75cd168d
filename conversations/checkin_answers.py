"""The check-in's answers, read from its flow data: which day it is for, the day before it, the
drinks already logged, and the fields to save. The shell seeds the data (see
`conversations.checkin_records.seed`):

data["today"], data["yesterday"]: ISO dates; data["before_noon"]: bool;
data["recent"]: {iso date: saved check-in as plain values}; data["logged"]: {iso date:
{"count": n, "last": "HH:MM"}} from /coffee.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from bot.core.timeparse import parse_clock_time
from bot.flow import Ctx
from conversations.checkin_labels import level_from_score
from conversations.formats import format_day

__all__ = [
    "SAME",
    "answering",
    "answers",
    "day_before",
    "day_name",
    "exists",
    "level",
    "like_before",
    "logged_drinks",
    "slept",
    "target_day",
]

# "The same as the day before", as an answer to the twitching, where, sleep or caffeine question.
SAME = "same"


def target_day(ctx: Ctx) -> str:
    if chosen := ctx.data.get("for_day"):
        return str(chosen)  # a day of the last week, chosen in /history
    return str(ctx.data["yesterday"] if ctx.data.get("day") == "yesterday" else ctx.data["today"])


def day_before(ctx: Ctx) -> dict[str, Any] | None:
    previous = (date.fromisoformat(target_day(ctx)) - timedelta(days=1)).isoformat()
    found = (ctx.data.get("recent") or {}).get(previous)
    return found if isinstance(found, dict) else None


def logged_drinks(ctx: Ctx) -> dict[str, Any] | None:
    found = (ctx.data.get("logged") or {}).get(target_day(ctx))
    return found if isinstance(found, dict) and found.get("count") else None


def exists(ctx: Ctx) -> bool:
    return target_day(ctx) in (ctx.data.get("recent") or {})


def answering(ctx: Ctx) -> bool:
    return ctx.data.get("existing") != "keep"


def day_name(iso: str) -> str:
    return format_day(date.fromisoformat(iso))


def like_before(ctx: Ctx) -> dict[str, Any] | None:
    """The day before, when it had twitching and where: one tap can say "the same again"."""
    before = day_before(ctx)
    if before and (before.get("twitch_level") or 0) > 0 and before.get("locations"):
        return before
    return None


def slept(ctx: Ctx) -> tuple[str, str] | None:
    """Bed and wake times already logged for the day (the morning sleep log)."""
    found = (ctx.data.get("slept") or {}).get(target_day(ctx))
    if isinstance(found, dict) and found.get("bed") and found.get("wake"):
        return str(found["bed"]), str(found["wake"])
    return None


def level(ctx: Ctx) -> int | None:
    answer = ctx.data.get("twitch")
    if answer == SAME:
        before = like_before(ctx)
        return int(before["twitch_level"]) if before else None
    if answer == "score":
        score = ctx.data.get("twitch_score")
        return level_from_score(int(score)) if score is not None else None
    return int(answer) if answer is not None else None


def _skipped(data: Mapping[str, Any], key: str) -> bool:
    return key in data and data[key] is None


def answers(ctx: Ctx) -> dict[str, Any]:
    """The check-in's fields from this flow's answers. A skipped question leaves the field as
    it was (a morning sleep log, an earlier answer) unless they chose to start afresh."""
    data = ctx.data
    before = day_before(ctx) or {}
    fields: dict[str, Any] = {"twitch_level": level(ctx), "twitch_score": None}
    if data.get("twitch") == "score" and data.get("twitch_score") is not None:
        fields["twitch_score"] = int(data["twitch_score"])
    if data.get("twitch") == SAME:
        fields["twitch_score"] = before.get("twitch_score")
    where = data.get("where")
    if (level(ctx) or 0) == 0:
        fields["locations"] = []
    elif where == SAME or data.get("twitch") == SAME:
        fields["locations"] = list(before.get("locations") or [])
    elif where == "several":
        fields["locations"] = list(data.get("where_many") or [])
    else:
        fields["locations"] = [where] if where else []
    fields["anxiety"] = data.get("anxiety")
    sleep = data.get("sleep")
    bed = wake = None
    if sleep == "logged" and (night := slept(ctx)):
        bed, wake = parse_clock_time(night[0]), parse_clock_time(night[1])
    elif sleep == "usual":
        bed, wake = ctx.profile.bedtime, ctx.profile.wake_time
    elif sleep == SAME:
        bed, wake = parse_clock_time(before["bedtime"]), parse_clock_time(before["wake_time"])
    elif sleep == "different":
        bed, wake = parse_clock_time(data["slept_bed"]), parse_clock_time(data["slept_wake"])
    fields["bedtime"], fields["wake_time"] = bed, wake
    caffeine = data.get("caffeine")
    drinks, last = None, None
    if caffeine == "logged" and (logged := logged_drinks(ctx)):
        drinks, last = int(logged["count"]), logged["last"]
    elif caffeine == SAME:
        drinks, last = before.get("caffeine_drinks"), before.get("caffeine_last")
    elif caffeine is not None:
        drinks, last = int(caffeine), data.get("caffeine_last")
    fields["caffeine_drinks"] = drinks
    fields["caffeine_last"] = parse_clock_time(last) if drinks and last else None
    fields["triggers"] = list(data.get("triggers") or [])
    if data.get("warning_signs") is not None:
        fields["red_flags"] = list(data["warning_signs"])
        fields["warning_words"] = data.get("warning_words") if data["warning_signs"] else None
    if data.get("existing") == "afresh":
        return fields
    # Skipped: keep what is there.
    kept = {
        "twitch": ("twitch_level", "twitch_score", "locations"),
        "where": ("locations",),
        "anxiety": ("anxiety",),
        "sleep": ("bedtime", "wake_time"),
        "caffeine": ("caffeine_drinks", "caffeine_last"),
        "caffeine_last": ("caffeine_last",),
        "triggers": ("triggers",),
    }
    for key, names in kept.items():
        if _skipped(data, key):
            for name in names:
                fields.pop(name, None)
    return fields
