"""A typed yes or no answers a yes/no question in each language Stillpoint speaks: at consent
("ja", "sí" and "да" were refused there), at deleting everything, at updating a check-in."""

from __future__ import annotations

import pytest

from bot.app import StillpointApp
from bot.storage import Database, repo
from bot.storage.models import Consent
from bot.transport.updates import UpdateFactory
from conversations import i18n
from conversations.i18n import use_language
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi

USER = 616
YES = {"en": "yes", "de": "ja", "es": "sí", "fr": "oui", "pt": "sim", "ru": "да"}
NO = {"en": "no", "de": "nein", "es": "no gracias", "fr": "non", "pt": "não", "ru": "нет"}


def chat_in(app: StillpointApp, api: FakeBotApi, language: str) -> Chat:
    return Chat(app, api, user_id=USER, factory=UpdateFactory(app.bot, language=language))


async def consent_of(database: Database) -> Consent | None:
    async with database.session() as session:
        user = await repo.get_user(session, telegram_id=USER)
    return user.consent if user is not None else None


async def to_consent(chat: Chat) -> None:
    await chat.send("/start")
    await chat.press_data(chat.buttons()[1][1])  # Set me up, whatever the language


@pytest.mark.parametrize("language", sorted(YES))
async def test_typed_yes_at_consent_goes_on_to_the_zone(
    app: StillpointApp, api: FakeBotApi, language: str
) -> None:
    chat = chat_in(app, api, language)
    await to_consent(chat)
    await chat.send(YES[language].upper() + "!")
    with use_language(language):
        share = i18n._("📍 Share my location")
    # The zone question, with its keyboard: the consent was taken.
    assert share in api.reply_keyboard(USER)


@pytest.mark.parametrize("language", sorted(NO))
async def test_typed_no_at_consent_keeps_nothing(
    app: StillpointApp, api: FakeBotApi, database: Database, language: str
) -> None:
    chat = chat_in(app, api, language)
    await to_consent(chat)
    await chat.send(NO[language])
    assert await consent_of(database) is Consent.DECLINED


@pytest.mark.parametrize("typed", ["maybe", "jein", "да нет", "ok no"])
async def test_other_words_at_consent_ask_again(
    app: StillpointApp, api: FakeBotApi, database: Database, typed: str
) -> None:
    chat = chat_in(app, api, "en")
    await to_consent(chat)
    replies = await chat.send(typed)
    assert "May I keep your check-ins" in replies[-1]
    assert await consent_of(database) is None


async def set_up(chat: Chat) -> None:
    await to_consent(chat)
    await chat.press_data(chat.buttons()[0][1])  # Yes, keep them
    await chat.send("Berlin")
    for _ in range(4):
        await chat.press_data(chat.buttons()[0][1])


@pytest.mark.parametrize(
    ("language", "typed", "kept"), [("de", "nein", True), ("ru", "да", False)]
)
async def test_typed_yes_deletes_everything_and_typed_no_keeps_it(
    app: StillpointApp,
    api: FakeBotApi,
    database: Database,
    language: str,
    typed: str,
    kept: bool,
) -> None:
    chat = chat_in(app, api, language)
    await set_up(chat)
    await chat.send("/delete")
    await chat.send(typed)
    assert (await consent_of(database) is Consent.GIVEN) is kept
