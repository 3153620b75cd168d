"""Each shipped language, used for real: onboarding, a check-in, /coffee, /history, /breathe
and a reminder through the fake Bot API, and not one English source sentence in what the
person reads. Buttons are pressed by place, not by their (translated) labels."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from babel.messages.pofile import read_po

from bot import catalogues
from bot.app import StillpointApp
from bot.clock import FakeClock
from bot.scheduling import dispatcher_of
from bot.storage import Database
from bot.transport.updates import UpdateFactory
from conversations.i18n import SHIPPED_LANGUAGES, ngettext, use_language
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.auxil.schedule import instant_limiter, run_schedule

TRANSLATED = [code for code in SHIPPED_LANGUAGES if code != "en"]
# A literal run of an English sentence this long that shows up is an untranslated sentence.
MIN_RUN = 14


def english_runs(language: str) -> list[str]:
    """The literal parts of every English source sentence whose translation differs, split at
    placeholders, at least MIN_RUN characters long and made of words."""
    with catalogues.catalogue_path(language).open("rb") as file:
        catalogue = read_po(file)
    runs: set[str] = set()
    for message in catalogue:
        if not message.id:
            continue
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        targets = message.string if isinstance(message.string, tuple) else (message.string,)
        for source in sources:
            if source in targets:
                continue  # the same in both languages ("4-7-8", a name)
            for run in re.split(r"\{[^}]*\}|\n", source):
                run = run.strip(" .,:;!?—–-•()“”\"'")
                if len(run) >= MIN_RUN and re.search(r"[a-z]{3}", run):
                    runs.add(run)
    return sorted(runs)


async def press_nth(chat: Chat, index: int) -> list[str]:
    buttons = chat.buttons()
    assert len(buttons) > index, [label for label, _ in buttons]
    return await chat.press_data(buttons[index][1])


@pytest.mark.parametrize("language", TRANSLATED)
async def test_a_day_in_each_language_has_no_english_sentence(
    app: StillpointApp, api: FakeBotApi, database: Database, clock: FakeClock, language: str
) -> None:
    user = 9000 + TRANSLATED.index(language)
    chat = Chat(app, api, user_id=user, factory=UpdateFactory(app.bot, language=language))
    await chat.send("/start")
    await press_nth(chat, 1)  # set me up (the other is "calm it first")
    await press_nth(chat, 0)  # keep my check-ins
    await chat.send("Europe/Berlin")
    for _ in range(4):  # wake, bed, cut-off, check-in time: the first suggestion each
        await press_nth(chat, 0)
    await chat.send("/checkin")
    await press_nth(chat, 1)  # mild
    await press_nth(chat, 0)  # eyelid
    await press_nth(chat, 4)  # anxiety 4
    await press_nth(chat, 0)  # sleep as usual
    await press_nth(chat, 0)  # no caffeine
    while chat.buttons() and any(data.endswith(":d") for _, data in chat.buttons()):
        # "what was going on" and, once a week, the warning signs: Done.
        [done] = [data for _, data in chat.buttons() if data.endswith(":d")]
        await chat.press_data(done)
    await chat.send("/coffee")
    await chat.send("/history")
    await chat.send("/breathe")
    await press_nth(chat, 0)  # a pattern
    # The evening check-in reminder is done for today; the next morning's reminders come.
    dispatcher = dispatcher_of(app)
    dispatcher.limiter = instant_limiter()
    delivered = await run_schedule(
        dispatcher, database, clock, api, clock.now() + timedelta(days=1)
    )
    assert [d for d in delivered if d.chat_id == user], "no reminder came"

    shown = "\n".join(
        (m.text or m.caption or "") for m in api.chat_messages(user) if m.chat_id == user
    )
    with use_language(language):
        one_drink = ngettext("{count} caffeinated drink", "{count} caffeinated drinks", 1)
    assert one_drink != "{count} caffeinated drink"  # the catalogue really is in use
    leaked = [run for run in english_runs(language) if run in shown]
    assert not leaked, f"{language}: English in what the person read: {leaked[:8]}"
    assert len(shown) > 2000  # they read a whole day's worth of words
