"""The user's language: resolving Telegram's code, storing it safely, and the /language flow."""

from __future__ import annotations

import gettext
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from bot import i18n
from bot.app import StillpointApp
from bot.flow import (
    ButtonPress,
    FlowState,
    Profile,
    Say,
    ShowMenu,
    TextInput,
    apply,
    start,
)
from bot.storage import Database, repo
from bot.storage.models import FlowStateRow, User
from bot.transport.updates import UpdateFactory
from conversations import language
from conversations.common import tap_a_button
from conversations.i18n import (
    SHIPPED_LANGUAGES,
    current_language,
    resolve_language,
    use_language,
)
from conversations.settings import SaveProfile
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.test_onboarding import onboard

NOW = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)
# A real, valid BCP 47 tag: English (US) with calendar, numbering, hour-cycle and first-day
# extensions. Telegram passes on whatever the client sends; the column holds 16 characters.
LONG_TAG = "en-US-u-ca-gregory-nu-latn-hc-h23-fw-mon"


# --- resolving a language code ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "resolved"),
    [
        ("de", "de"),
        ("de-AT", "de"),
        ("de_CH", "de"),
        ("pt-BR", "pt"),
        ("pt-PT", "pt"),
        ("en-GB", "en"),
        ("ES-419", "es"),
        ("fr-CA", "fr"),
        ("ru", "ru"),
        ("uk", "en"),  # Ukrainian is never answered in Russian
        ("be", "en"),
        ("zh-hans", "en"),
        (LONG_TAG, "en"),
        ("ru-" + "x" * 40, "en"),
        ("", "en"),
        (None, "en"),
        ("  ", "en"),
        ("d", "en"),
        ("deutsch", "en"),
        ("12", "en"),
        ("ru;DROP TABLE", "en"),
        ("de-", "en"),
    ],
)
def test_resolve_language(code: str | None, resolved: str) -> None:
    assert resolve_language(code) == resolved


@given(st.one_of(st.none(), st.text(max_size=80)))
def test_any_code_resolves_to_a_shipped_language_that_fits_the_column(code: str | None) -> None:
    resolved = resolve_language(code)
    assert resolved in SHIPPED_LANGUAGES
    assert len(resolved) <= User.__table__.c.language.type.length
    assert resolve_language(resolved) == resolved


def test_use_language_holds_for_the_block_and_nests() -> None:
    assert current_language() == "en"
    with use_language("pt-BR") as outer:
        assert outer == current_language() == "pt"
        with use_language("uk") as inner:
            assert inner == current_language() == "en"
        assert current_language() == "pt"
    assert current_language() == "en"


# --- storing it --------------------------------------------------------------------------------


async def stored_language(database: Database, telegram_id: int) -> str | None:
    async with database.session() as session:
        result = await session.execute(
            select(User.language).where(User.telegram_id == telegram_id)
        )
        return result.scalar_one()


@pytest.mark.parametrize(
    ("code", "stored"), [(LONG_TAG, "en"), ("pt-BR", "pt"), ("uk", "en"), (None, "en")]
)
async def test_first_contact_stores_the_resolved_language(
    app: StillpointApp, api: FakeBotApi, database: Database, code: str | None, stored: str
) -> None:
    """A 40-character language_code used to overflow the 16-character column on PostgreSQL
    when onboarding saved the new user, so onboarding could never finish."""
    chat = Chat(app, api, user_id=77, factory=UpdateFactory(app.bot, language=code))
    replies = await chat.send("/start")
    with use_language(stored):
        hello, no_thanks, menu_line = (
            i18n._(message)
            for message in (
                "Hi, I'm Stillpoint. 🌿\n"
                "I'm here for the twitchy, anxious moments — and the calm evenings in between.",
                "No, thanks",
                "What would you like to do?",
            )
        )
    assert replies[0] == hello  # in their language from the first word
    with use_language(stored):
        set_me_up = i18n._("Set me up")
    await chat.press(set_me_up)
    replies = await chat.press(no_thanks)
    assert replies[-1] == menu_line
    assert await stored_language(database, 77) == stored


async def test_a_saved_language_is_always_a_shipped_one(database: Database) -> None:
    async with database.session() as session, session.begin():
        user = await repo.get_or_create_user(
            session, telegram_id=5, chat_id=5, language="de-AT", now=NOW
        )
        assert user.language == "de"
        await repo.update_profile(session, user=user, fields={"language": LONG_TAG}, now=NOW)
        assert user.language == "en"
        await repo.update_profile(session, user=user, fields={"language": "ru"}, now=NOW)
    assert await stored_language(database, 5) == "ru"


# --- the /language flow ------------------------------------------------------------------------

FLOW = language.build()


def begin(current: str | None = "en", **data: str) -> tuple[FlowState, list[object]]:
    return start(FLOW, seq=1, profile=Profile(language=current), now=NOW, data=dict(data))


def answer(
    state: FlowState, event: ButtonPress | TextInput, current: str | None = "en"
) -> tuple[FlowState, list[object]]:
    new, outputs = apply(FLOW, state, event, profile=Profile(language=current), now=NOW)
    return new, list(outputs)


def test_offers_every_language_in_its_own_words_and_cancel() -> None:
    state, [question] = begin(current="de")
    assert isinstance(question, Say)
    labels = [button.label for row in question.buttons for button in row]
    assert labels == [
        "English",
        "✓ Deutsch",
        "Español",
        "Français",
        "Português",
        "Русский",
        "Cancel",
    ]
    assert state.step == language.NAME


def test_choosing_a_language_saves_it_and_confirms_in_that_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spoken: list[str] = []

    class Listening(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            spoken.append(current_language())
            return message

    listening = Listening()
    monkeypatch.setattr(i18n, "_translations", lambda: listening)
    state, _ = begin()
    spoken.clear()
    done, outputs = answer(state, ButtonPress("o", SHIPPED_LANGUAGES.index("ru")))
    assert not done.active
    save, said, menu = outputs
    assert save == SaveProfile(fields={"language": "ru"})
    assert isinstance(said, Say)
    assert "по-русски" in said.text  # the language as a Russian sentence names it
    assert spoken == ["ru"]  # the confirmation was looked up in Russian
    assert menu == ShowMenu()


@pytest.mark.parametrize("typed", ["Deutsch", "deutsch", "de", "✓ Deutsch"])
def test_a_language_can_be_typed_by_name_or_code(typed: str) -> None:
    state, _ = begin()
    _done, outputs = answer(state, TextInput(typed))
    assert outputs[0] == SaveProfile(fields={"language": "de"})


def test_cancel_and_the_same_language_change_nothing() -> None:
    state, _ = begin(current="fr")
    _done, outputs = answer(state, ButtonPress("o", len(SHIPPED_LANGUAGES)), current="fr")
    assert outputs == [ShowMenu(language.unchanged())]
    _done, outputs = answer(state, TextInput("Français"), current="fr")
    assert outputs == [ShowMenu(language.unchanged())]


def test_an_unknown_answer_gets_the_question_again() -> None:
    state, _ = begin()
    same, [again] = answer(state, TextInput("Klingon"))
    assert same == state
    assert isinstance(again, Say)
    assert again.text.startswith(tap_a_button())
    assert again.text.endswith(
        "Which language shall I use? You can change it again any time in /settings."
    )


@pytest.mark.parametrize(
    ("arg", "seeded"),
    [
        ("de", {"language": "de"}),
        ("pt-BR", {"language": "pt"}),
        ("Русский", {"language": "ru"}),
        ("en-GB", {"language": "en"}),
        ("uk", None),
        ("klingon", None),
        ("", None),
        (None, None),
    ],
)
def test_language_named_with_the_command(arg: str | None, seeded: dict[str, str] | None) -> None:
    assert language.seed(arg) == seeded


def test_a_seeded_language_needs_no_question() -> None:
    seeded = language.seed("es")
    assert seeded is not None
    _state, outputs = begin(current="en", **seeded)
    assert outputs[0] == SaveProfile(fields={"language": "es"})


# --- /language in the middle of a check-in ------------------------------------------------------


async def test_language_mid_checkin_switches_and_asks_the_same_question_again(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await chat.press("Mild")
    [where] = chat.api.texts(chat.user_id)[-1:]
    assert where.startswith("Where did you notice it?")
    replies = await chat.send("/language de")
    with use_language("de"):
        confirmation = language.changed("de")
        again = i18n._("Where did you notice it?")
    assert replies[0] == confirmation
    assert replies[-1].startswith(again)
    assert again != "Where did you notice it?"
    assert await stored_language(database, chat.user_id) == "de"
    # The check-in goes on, in German, from where it was.
    async with database.session() as session:
        state = await session.get(FlowStateRow, chat.user_id)
    assert state is not None
    assert (state.flow, state.step) == ("checkin", "where")


async def test_language_without_a_code_mid_checkin_offers_the_languages_as_buttons(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await chat.press("Mild")
    await chat.send("/language")
    assert "Русский" in chat.labels()
    replies = await chat.press("Русский")
    with use_language("ru"):
        again = i18n._("Where did you notice it?")
    assert replies[-1].startswith(again)
    async with database.session() as session:
        state = await session.get(FlowStateRow, chat.user_id)
    assert state is not None
    assert state.step == "where"


@pytest.mark.parametrize(
    ("code", "typed", "offered", "zone"),
    [
        ("ru", "Москва", "Москва (UTC+3)", "Москва (UTC+3)"),
        ("ru", "новосибирск", "Новосибирск (UTC+7)", "Новосибирск (UTC+7)"),
        ("ru", "Санкт-Петербург", "Екатеринбург (UTC+5)", "Москва (UTC+3)"),
        ("de", "Wien", "Wien (UTC+1)", "Wien (UTC+1)"),
        ("de", "München", "Berlin (UTC+1)", "Berlin (UTC+1)"),
        ("es", "Ciudad de México", "Ciudad de México (UTC−6)", "Ciudad de México (UTC−6)"),
        ("es", "Sevilla", "Madrid (UTC+1)", "Madrid (UTC+1)"),
        ("fr", "Genève", "Paris (UTC+1)", "Zurich (UTC+1)"),
        ("pt", "Lisboa", "São Paulo (UTC−3)", "Lisboa (UTC+0)"),
        ("pt", "Porto Alegre", "Manaus (UTC−4)", "São Paulo (UTC−3)"),
        ("en", "London", "London (UTC+0)", "London (UTC+0)"),
    ],
)
async def test_the_zone_question_offers_places_of_the_language_and_reads_their_names(
    app: StillpointApp, api: FakeBotApi, code: str, typed: str, offered: str, zone: str
) -> None:
    """A Russian speaker was offered London, Berlin, New York… and "Москва" was not a place."""
    chat = Chat(app, api, user_id=78, factory=UpdateFactory(app.bot, language=code))
    await chat.send("/start")
    with use_language(code):
        set_me_up, keep = i18n._("Set me up"), i18n._("Yes, keep them")
    await chat.press(set_me_up)
    await chat.press(keep)
    assert offered in api.reply_keyboard(78)
    replies = await chat.send(typed)
    with use_language(code):
        got_it = i18n._("Got it: {zone}. It's {clock} there now.").split("{zone}")[0]
    assert replies[0].startswith(f"{got_it}{zone}")


@pytest.mark.parametrize(
    ("code", "written"),
    [
        ("en", "English"),
        ("de", "Deutsch"),
        ("es", "español"),
        ("fr", "français"),
        ("pt", "português"),
        ("ru", "по-русски"),
    ],
)
def test_the_confirmation_names_the_language_as_a_sentence_of_it_would(
    code: str, written: str
) -> None:
    """The button says "Português"; inside a sentence it is "português" (and Russian says
    "по-русски"), not the capitalised label dropped mid-sentence."""
    said = language.changed(code)
    assert written in said
    if code not in ("en", "de"):
        assert language.NATIVE_NAMES[code] not in said
