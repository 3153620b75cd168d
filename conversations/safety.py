"""What Stillpoint says when a message raises a safety concern: crisis, red flags, persistence
and health anxiety. Warm and short; it never diagnoses and never promises.
"""

from __future__ import annotations

import functools
import importlib.resources
import logging
from collections.abc import Iterable
from dataclasses import dataclass

from bot.core.safety import RedFlag
from bot.features import Action, Feature, Needs, TurnContext
from bot.flow import Button, Output, Say
from bot.flow.callback_data import menu_button
from conversations.i18n import _

__all__ = [
    "country_for_zone",
    "crisis_message",
    "health_anxiety_message",
    "persistence_message",
    "red_flag_message",
]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Helpline:
    lines: tuple[str, ...]
    emergency: str


def _helplines() -> dict[str, _Helpline]:
    # Built per call so that `_()` sees the language in force at the time.
    samaritans = _("Samaritans: call 116 123, free, day or night")
    return {
        "US": _Helpline((_("988 Suicide and Crisis Lifeline: call or text 988"),), "911"),
        "CA": _Helpline((_("9-8-8 Suicide Crisis Helpline: call or text 988"),), "911"),
        "GB": _Helpline((samaritans,), "999"),
        "IE": _Helpline((samaritans,), _("112 or 999")),
        "AU": _Helpline((_("Lifeline: call 13 11 14"),), "000"),
        "NZ": _Helpline((_("Need to talk? Call or text 1737"),), "111"),
        "DE": _Helpline((_("TelefonSeelsorge: call 0800 111 0 111 or 0800 111 0 222"),), "112"),
        "FR": _Helpline((_("Suicide prevention line: call 3114"),), "112"),
        "NL": _Helpline((_("113 Zelfmoordpreventie: call 113 or 0800-0113"),), "112"),
        "ES": _Helpline((_("Suicide crisis line: call 024"),), "112"),
        "IN": _Helpline((_("Tele-MANAS: call 14416"),), "112"),
    }


def _international() -> _Helpline:
    return _Helpline(
        (_("Find a free, confidential helpline in your country at findahelpline.com"),),
        _("your local emergency number"),
    )


def crisis_message(country: str | None) -> str:
    """The first reply to crisis language: kind, with helplines for `country` (ISO alpha-2)."""
    helpline = _helplines().get((country or "").strip().upper()) or _international()
    lines = "\n".join(f"• {line}" for line in helpline.lines)
    return "\n\n".join(
        (
            _(
                "I'm really glad you told me. You matter, and you don't have to carry this "
                "on your own."
            ),
            _("Please reach out to someone right now. They are there for exactly this:")
            + "\n"
            + lines,
            _("If you are in immediate danger, call {number} now.").format(
                number=helpline.emergency
            ),
            _("I'm still here. When you're ready, we can carry on with what we were doing."),
        )
    )


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


def _flag_descriptions() -> dict[RedFlag, str]:
    return {
        RedFlag.WEAKNESS: _("weakness, or things getting harder to grip or lift"),
        RedFlag.WASTING: _("a muscle looking smaller or thinner"),
        RedFlag.SWALLOWING: _("trouble swallowing"),
        RedFlag.SPEECH: _("changes in your speech"),
        RedFlag.FALLS: _("falling, tripping or dropping things"),
        RedFlag.SPREADING_WITH_WEAKNESS: _("twitching that spreads, together with weakness"),
        RedFlag.NUMBNESS_AFTER_INJURY: _("numbness or tingling after an injury"),
    }


def red_flag_message(flags: Iterable[RedFlag]) -> str:
    """A calm nudge to see a clinician soon about `flags`, and what to tell them."""
    descriptions = _flag_descriptions()
    # Enum order, not set order, so the same flags always read the same way.
    chosen = set(flags)
    mentioned = [descriptions[flag] for flag in RedFlag if flag in chosen]
    parts = [_("Thank you for telling me.")]
    if mentioned:
        parts.append(_("You mentioned:") + "\n" + "\n".join(f"• {m}" for m in mentioned))
    parts.append(
        _(
            "That is worth showing to a doctor soon, ideally in the next few days. It isn't "
            "usually an emergency, but if it came on suddenly or is getting worse quickly, "
            "please get urgent care today or call your local emergency number."
        )
    )
    if RedFlag.NUMBNESS_AFTER_INJURY in chosen:
        parts.append(
            _(
                "After a fall or an injury, especially to your head, neck or back, please get "
                "checked today rather than waiting."
            )
        )
    parts.append(
        _("It can help to tell them:")
        + "\n"
        + "\n".join(
            f"• {item}"
            for item in (
                _("when it started"),
                _("where you notice it, and whether it has spread"),
                _("any weakness, or things that have become harder to do"),
                _("any trouble swallowing or speaking"),
                _("what makes it better or worse"),
            )
        )
    )
    parts.append(
        _(
            "Most twitching turns out to be harmless. A proper check is how you find out what "
            "is going on for you."
        )
    )
    return "\n\n".join(parts)


def persistence_message() -> str:
    """Sent when twitching has been moderate or strong on most of the last two weeks."""
    return "\n\n".join(
        (
            _(
                "Your twitching has been moderate or strong on most days for the last two "
                "weeks. That's a long stretch to live with."
            ),
            _(
                "It's a good time to see a doctor. Not because something must be wrong, but "
                "because it has gone on a while and you deserve a proper look and support."
            ),
            _(
                "It can help to bring a note of your recent days: how strong it was, where, and "
                "anything that seemed to make a difference, like sleep or caffeine."
            ),
        )
    )


def health_anxiety_message() -> str:
    """The same steady reply each time a worried "is it ALS?" kind of question comes in."""
    return "\n\n".join(
        (
            _(
                "That fear makes sense. Twitching can be really frightening, and searching for "
                "answers often makes the worry louder."
            ),
            _(
                "I can't tell you what is causing it, and I won't try. A doctor who can examine "
                "you is the right person for that question. If you haven't seen one, or "
                "something new has changed, it's worth booking an appointment."
            ),
            _("For right now, would you like to try a short grounding exercise with me?"),
        )
    )


def health_anxiety_reply() -> Say:
    """The steady answer with a button that starts the grounding exercise."""
    ground = Button(grounding_label(), menu_button("ground"))
    return Say(health_anxiety_message(), buttons=((ground,),))


def grounding_label() -> str:
    return _("🌿 Try a grounding exercise")


def grounding_exercise() -> str:
    """5-4-3-2-1: steering attention out to the senses, away from checking the body."""
    return _(
        "Let's come back to the room for a minute.\n\n"
        "• Name 5 things you can see.\n"
        "• 4 things you can touch — notice their texture.\n"
        "• 3 things you can hear.\n"
        "• 2 things you can smell.\n"
        "• 1 slow breath: in for 4, out for 6.\n\n"
        "There's no right way to do it. If the worry comes back, that's fine — "
        "just start again from 5."
    )


async def _ground(turn: TurnContext, arg: str | None) -> list[Output]:
    return [Say(grounding_exercise()), *turn.reask()]


FEATURE = Feature(
    name="safety",
    actions=(Action("ground", _ground, needs=Needs.NOTHING),),
)
