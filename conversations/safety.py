"""What Stillpoint says when a message raises a safety concern: crisis, red flags, persistence
and health anxiety. Warm and short; it never diagnoses and never promises.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from babel import lists

from bot.core.helplines import CountryHelp, CrisisLine, country_for_zone, for_country
from bot.core.safety import RedFlag
from bot.features import Action, Feature, Needs, TurnContext
from bot.flow import Output, Say
from conversations import menu, report
from conversations.i18n import _, current_language

__all__ = [
    "country_for_zone",
    "crisis_message",
    "persistence_message",
    "persistence_reply",
    "red_flag_message",
]

logger = logging.getLogger(__name__)


def _either(items: Iterable[str]) -> str:
    """ "112", "15 or 112", "113, 0800-0113 or 0900-0113" in the turn's language."""
    return lists.format_list(list(items), style="or", locale=current_language())


def _line_sentence(line: CrisisLine) -> str:
    """One whole sentence per way of reaching a line, with its hours; a chat link follows."""
    phone = _either(line.phones) if line.phones else None
    opening = line.opening
    if phone and line.text == phone:
        sentence = (
            _("{name}: call or text {phone}, day or night.")
            if opening is None
            else _("{name}: call or text {phone}, every day from {start} to {end}.")
        )
    elif phone and line.text:
        sentence = (
            _("{name}: call {phone} or text {text}, day or night.")
            if opening is None
            else _("{name}: call {phone} or text {text}, every day from {start} to {end}.")
        )
    elif phone:
        sentence = (
            _("{name}: call {phone}, day or night.")
            if opening is None
            else _("{name}: call {phone}, every day from {start} to {end}.")
        )
    elif line.text:
        sentence = (
            _("{name}: text {text}, day or night.")
            if opening is None
            else _("{name}: text {text}, every day from {start} to {end}.")
        )
    else:
        sentence = (
            _("{name}: chat at {chat}, day or night.")
            if opening is None
            else _("{name}: chat at {chat}, every day from {start} to {end}.")
        )
    start, end = opening or ("", "")
    text = sentence.format(
        name=line.name, phone=phone, text=line.text, chat=line.chat, start=start, end=end
    )
    if line.chat and (phone or line.text):
        text += " " + _("You can also chat with them at {chat}.").format(chat=line.chat)
    return text


def helpline_sentences(help_: CountryHelp) -> list[str]:
    """The country's crisis lines, or where to find one when we list none."""
    if help_.crisis:
        return [_line_sentence(line) for line in help_.crisis]
    return [_("Find a free, confidential helpline near you at {url}.").format(url=help_.directory)]


def _emergency(help_: CountryHelp) -> str:
    if help_.emergency is None:
        return _("If you are in immediate danger, call your local emergency number now.")
    return _("If you are in immediate danger, call {number} now.").format(
        number=_either(help_.emergency.numbers)
    )


def crisis_message(country: str | None, *, in_flow: bool = True) -> str:
    """The first reply to crisis language: kind, with helplines for `country` (ISO alpha-2)."""
    help_ = for_country(country)
    glad = _(
        "I'm really glad you told me. You matter, and you don't have to carry this on your own."
    )
    if help_.crisis:
        lines = "\n".join(f"• {line}" for line in helpline_sentences(help_))
        reach_out = (
            _("Please reach out to someone right now. They are there for exactly this:")
            + "\n"
            + lines
        )
    else:
        # No line we could confirm: one whole sentence around the directory, not a list of one.
        reach_out = _(
            "Please reach out to someone right now. Free, confidential helplines near you, "
            "there for exactly this, are listed at {url}."
        ).format(url=help_.directory)
    return "\n\n".join(
        (
            glad,
            reach_out,
            _emergency(help_),
            _("I'm still here. When you're ready, we can carry on with what we were doing.")
            if in_flow
            else _("I'm still here, whenever you want to write."),
        )
    )


def emergency_number(country: str | None) -> str | None:
    """The number(s) to call in `country`, written out ("112", "911"); None when unknown."""
    help_ = for_country(country)
    return _either(help_.emergency.numbers) if help_.emergency is not None else None


def _flag_descriptions() -> dict[RedFlag, str]:
    return {
        RedFlag.WEAKNESS: _("weakness, or things getting harder to grip or lift"),
        RedFlag.WASTING: _("a muscle looking smaller or thinner"),
        RedFlag.SWALLOWING: _("trouble swallowing"),
        RedFlag.SPEECH: _("changes in your speech"),
        RedFlag.FALLS: _("falling, tripping or dropping things"),
        RedFlag.SPREADING_WITH_WEAKNESS: _("twitching that spreads, together with weakness"),
        RedFlag.NUMBNESS_AFTER_INJURY: _("numbness or tingling after an injury"),
        RedFlag.BREATHLESS_LYING_FLAT: _("getting out of breath when you lie flat"),
        RedFlag.NUMBNESS_SPREADING: _("numbness or tingling that has been spreading for weeks"),
        RedFlag.WEIGHT_LOSS: _("losing weight without trying"),
        RedFlag.NEW_MEDICINE: _("restlessness, sweating or jerking since starting a new medicine"),
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
    # One urgency per message: after an injury or with a new medicine, today; otherwise, soon.
    if RedFlag.NUMBNESS_AFTER_INJURY in chosen:
        parts.append(
            _(
                "After a fall or an injury, especially to your head, neck or back, please get "
                "checked today rather than waiting."
            )
        )
    elif RedFlag.NEW_MEDICINE in chosen:
        parts.append(
            _(
                "Because it started with a new medicine, please call your doctor or a "
                "pharmacist about it today."
            )
        )
    else:
        parts.append(_("That is worth showing to a doctor soon, ideally in the next few days."))
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


def persistence_reply() -> Say:
    """The persistence nudge with the way to a report for the doctor, and back to the menu."""
    return Say(
        persistence_message(),
        buttons=((report.offer_button(),), menu.menu_row()),
    )


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
