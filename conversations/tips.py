"""Short self-care tip cards, browsed one at a time with Previous / Next buttons.

The wording is our own: warm, plain, and careful never to diagnose or promise an outcome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.features import Action, Feature, MenuEntry, Needs, TurnContext
from bot.flow import Button, Output, Say
from bot.flow.callback_data import menu_button
from conversations.i18n import _, pgettext

# Plain ASCII digits only: str.isdigit() would also accept "²", which int() refuses.
_DIGITS = re.compile(r"[0-9]+")


@dataclass(frozen=True)
class Card:
    key: str
    title: str
    body: str


def cards() -> list[Card]:
    """Every tip card, in the order they are shown; built per call so `_()` sees the
    language that is current now."""
    return [
        Card(
            "magnesium",
            _("🥬 Magnesium"),
            _(
                "Nerves and muscles rely on magnesium to pass signals and to contract. "
                "Before starting any supplement, please check with a clinician or "
                "pharmacist first. Leafy greens, nuts, seeds, beans and whole grains are "
                "everyday foods that contain it."
            ),
        ),
        Card(
            "sleep",
            _("😴 A steady sleep rhythm"),
            _(
                "Twitches often feel louder after a short night. Many people find it helps "
                "to go to bed and get up at the same times every day, weekends included, in "
                "a room that's dark, quiet and free of screens. If you nap, try to keep it "
                "under 20 minutes so tonight's sleep stays whole."
            ),
        ),
        Card(
            "caffeine",
            _("☕ Caffeine timing"),
            _(
                "There's no need to give up coffee or tea. Many people feel calmer when they "
                "keep caffeine to the morning or early afternoon and stop at a set cut-off "
                "time. You can choose your own cut-off in /settings."
            ),
        ),
        Card(
            "breathing",
            _("🌬️ Slow breathing"),
            _(
                "Slow breaths can signal to your body that it's safe to settle. Try 4-5-6: "
                "in for 4 counts, hold for 5, out for 6. Or 4-7-8: in for 4, hold for 7, "
                "out for 8. If holding feels uncomfortable, shorten it – there's no wrong "
                "way to slow down."
            ),
        ),
        Card(
            "journaling",
            _("📓 Write it down"),
            _(
                "Worries kept inside tend to grow louder. Putting a few lines on paper may "
                "help you untangle what you're feeling and ease some of the pressure. Over "
                "a few weeks, your notes can also show patterns – the times, places or "
                "thoughts that tend to set things off."
            ),
        ),
        Card(
            "relaxation",
            _("💆 Tense and release"),
            _(
                "Progressive muscle relaxation moves through your body one area at a time. "
                "As you breathe in, gently tighten one group of muscles; as you breathe out, "
                "slowly let it go. Start at your head and work down to your toes. Many "
                "people find it loosens the tightness that stress leaves behind."
            ),
        ),
        Card(
            "hydration",
            _("💧 Sip some water"),
            _(
                "Running low on fluids can leave you tired and on edge. Keeping a glass or "
                "bottle within reach makes it easier to drink through the day. It's a small "
                "habit, and small steady habits add up."
            ),
        ),
        Card(
            "exercise",
            _("🚶 Move your body"),
            _(
                "Regular movement gives restless, stressed energy somewhere to go. It doesn't "
                "need to be intense: a brisk walk, a bike ride or dancing in the kitchen all "
                "count. Many people notice they sleep better on days they've moved."
            ),
        ),
        Card(
            "nature",
            _("🌳 Time outside"),
            _(
                "Time among trees, water or open sky may help a busy mind slow down. Even "
                "ten minutes in a park or garden counts. Try leaving your phone in your "
                "pocket and noticing what you can see, hear and smell."
            ),
        ),
        Card(
            "mantras",
            _("🧘 A phrase to lean on"),
            _(
                "A short phrase repeated slowly can steady you when worry speeds up. Some "
                "people use “I've felt this before, and I got through it.” Others prefer "
                "“Right now, I can breathe slowly.” Choose words that feel true to you."
            ),
        ),
        Card(
            "benign",
            _("🔎 Twitching without weakness"),
            _(
                "Twitching on its own, without weakness, is very common and usually harmless. "
                "In a Mayo Clinic study that followed 121 such people for 2 to 32 years, none "
                "developed motor neurone disease. What would change that is real weakness, a "
                "muscle getting thinner, or trouble swallowing or speaking: then see a doctor."
            ),
        ),
        Card(
            "checking",
            _("🔁 The checking loop"),
            _(
                "Testing your grip, searching symptoms, asking again: each check calms for a "
                "moment and then feeds the fear. Try putting a check off by ten minutes, then "
                "longer. /worry walks you through one fearful thought, step by step."
            ),
        ),
        Card(
            "therapy",
            _("🤝 Therapy and CBT"),
            _(
                "There are effective treatments for anxiety, and you don't have to manage it "
                "alone. Cognitive behavioural therapy (CBT) helps you notice anxious thought "
                "loops and answer them differently. A therapist or clinician can talk "
                "through what might suit you, including other therapies or medication."
            ),
        ),
        Card(
            "checkups",
            _("🩺 Keep in touch with your clinician"),
            _(
                "Regular health checkups are a kind way to look after yourself. If a twitch "
                "is new or sudden, or you notice real weakness, muscles getting thinner, or "
                "trouble swallowing or speaking, please see a clinician soon."
            ),
        ),
    ]


def card_count() -> int:
    return len(cards())


def _clamp(index: int) -> int:
    return max(0, min(index, card_count() - 1))


def parse_index(arg: str | None) -> int:
    """The card index carried by a button's argument, always a valid one: junk or a missing
    argument means the first card, and a number past the end means the last."""
    if arg is None or not _DIGITS.fullmatch(arg):
        return 0
    # Past any card anyway; checked by length so a huge number never reaches int().
    significant = arg.lstrip("0")
    if len(significant) > 9:
        return card_count() - 1
    return _clamp(int(significant or "0"))


def show(index: int) -> Say:
    """One card with its position and Previous / Next / Done buttons; a stale or forged
    index is clamped rather than refused, so an old message's buttons keep working."""
    all_cards = cards()
    index = _clamp(index)
    card = all_cards[index]
    position = _("({position} of {total})").format(position=index + 1, total=len(all_cards))
    nav: list[Button] = []
    if index > 0:
        nav.append(Button(_("← Previous"), menu_button("tip", str(index - 1))))
    if index < len(all_cards) - 1:
        nav.append(Button(_("Next →"), menu_button("tip", str(index + 1))))
    done = (Button(pgettext("button", "Done"), menu_button("menu")),)
    rows = (tuple(nav), done) if nav else (done,)
    return Say(f"{card.title}\n\n{card.body}\n\n{position}", buttons=rows)


async def _show(turn: TurnContext, arg: str | None) -> list[Output]:
    return [show(parse_index(arg))]


FEATURE = Feature(
    name="tips",
    actions=(
        Action(
            "tips",
            _show,
            needs=Needs.NOTHING,
            order=80,
            describe=lambda: _("Short cards on sleep, caffeine, breathing and more"),
        ),
        # The cards' own Previous / Next buttons (and a typed /tip 3).
        Action("tip", _show, needs=Needs.NOTHING),
    ),
    menu=(MenuEntry(lambda: _("💡 Tips"), "tip", row=50, arg="0"),),
)
