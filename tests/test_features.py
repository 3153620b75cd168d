"""Features declare themselves: /help, the menu, Telegram's "/" list and the router are all
read from the same declarations, so they agree, and the turn runner names no feature."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.app import StillpointApp
from bot.features import (
    Action,
    Catalog,
    Effect,
    Feature,
    MenuEntry,
    Needs,
    TurnContext,
    build_catalog,
    discover,
)
from bot.flow import Output, Record, Say
from bot.storage import Database
from bot.transport.updates import UpdateFactory
from conversations import menu
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.conftest import AppMaker
from tests.test_before_signup import decline
from tests.test_onboarding import onboard

CATALOG = discover()
LISTED = [name for name, _ in CATALOG.command_descriptions()]


async def _nothing(turn: TurnContext, arg: object) -> list[Output]:
    return []


def test_every_feature_module_is_found() -> None:
    names = {feature.name for feature in CATALOG.features}
    # The features the issue names, each found by discovery alone (no central list).
    expected = {"checkin", "journal", "coffee", "history", "tips", "guided", "reminders"}
    expected |= {"insights", "export", "delete", "settings", "onboarding", "core", "safety"}
    assert expected <= names
    assert CATALOG.setup_flow == "onboarding"


async def test_telegram_list_help_and_commands_agree(
    app: StillpointApp, api: FakeBotApi, chat: Chat
) -> None:
    assert app.post_init is not None
    await app.post_init(app)
    [call] = [c for c in api.calls_of("setMyCommands") if "language_code" not in c.params]
    registered = [(c["command"], c["description"]) for c in call.params["commands"]]
    assert registered == CATALOG.command_descriptions()
    [help_text] = await chat.send("/help")
    listed_in_help = re.findall(r"^/([a-z_]+) — ", help_text, flags=re.MULTILINE)
    assert listed_in_help == LISTED
    # Telegram takes 1-32 lower-case letters, digits and underscores, and 1-256 characters.
    for name, description in registered:
        assert re.fullmatch(r"[a-z0-9_]{1,32}", name)
        assert 1 <= len(description) <= 256


@pytest.mark.parametrize("name", LISTED)
async def test_every_listed_command_is_reachable(chat: Chat, name: str) -> None:
    await onboard(chat)
    replies = await chat.send(f"/{name}")
    assert replies, f"/{name} got no answer"
    assert menu.unknown_command() not in replies


async def test_every_menu_button_routes_to_its_declared_action(chat: Chat) -> None:
    await onboard(chat)
    await chat.send("/menu")
    buttons = chat.buttons()
    rows = CATALOG.menu_rows(onboarded=True, consent=True)
    assert [label for label, _ in buttons] == [e.label() for row in rows for e in row]
    for label, data in buttons:
        await chat.send("/menu")
        await chat.press_data(data)
        answers = [a.get("text") for a in chat.callback_answers()]
        assert answers[-1] != menu.refused_button(), label
        await chat.send("/cancel")


@pytest.mark.parametrize(
    "name", ["frobnicate", "onboarding", "twitch_log", "go", "admin", "export_all", "ex_pause"]
)
async def test_nothing_undeclared_is_typed_into_an_action(chat: Chat, name: str) -> None:
    await onboard(chat)
    replies = await chat.send(f"/{name}")
    assert replies[0] == menu.unknown_command()


@pytest.mark.parametrize(
    "data", ["m:frobnicate", "m:onboarding", "m:cancel", "m:twitch_log", "m:go:nothing", "m:go:go"]
)
async def test_nothing_undeclared_is_pressed_into_an_action(chat: Chat, data: str) -> None:
    await onboard(chat)
    before = len(chat.api.texts(chat.user_id))
    await chat.send("/menu")
    await chat.press_data(data)
    assert chat.callback_answers()[-1]["text"] == menu.refused_button()
    assert len(chat.api.texts(chat.user_id)) > before  # the menu comes back


@pytest.mark.parametrize("module", ["turns.py", "dispatch.py"])
def test_the_turn_runner_names_no_feature(module: str) -> None:
    source = (Path(__file__).parents[1] / "bot" / "transport" / module).read_text()
    literals = set(re.findall(r"\"([a-z_]+)\"", source))
    features = set(CATALOG.actions) | set(CATALOG.flows)
    assert not literals & features


def test_older_go_buttons_still_route() -> None:
    found = CATALOG.button("go", "coffee")
    assert found is not None
    assert found[0].name == "coffee_earlier"
    found = CATALOG.button("go", "remtime_wind_down")
    assert found is not None
    assert (found[0].name, found[1]) == ("remtime", "wind_down")
    found = CATALOG.button("go", "checkin")
    assert found is not None
    assert found[0].name == "checkin"
    assert CATALOG.button("go", "cancel") is None  # typed only


def test_two_features_cannot_claim_one_name() -> None:
    one = Feature("one", actions=(Action("same", _nothing),))
    two = Feature("two", actions=(Action("same", _nothing),))
    with pytest.raises(ValueError, match="same"):
        build_catalog([one, two])


def test_a_menu_button_must_name_a_declared_action() -> None:
    feature = Feature("one", menu=(MenuEntry(lambda: "x", "missing", row=1),))
    with pytest.raises(ValueError, match="missing"):
        build_catalog([feature])


def test_an_effect_is_registered_once() -> None:
    one = Feature("one", effects={Counted: Effect(_nothing)})
    two = Feature("two", effects={Counted: Effect(_nothing)})
    with pytest.raises(ValueError, match="effect"):
        build_catalog([one, two])


def test_an_effect_is_only_for_a_record() -> None:
    # A Say is sent, never handed to an effect: declaring one for it is a mistake.
    feature = Feature("one", effects={Say: Effect(_nothing)})  # type: ignore[dict-item]
    with pytest.raises(ValueError, match="not a Record"):
        build_catalog([feature])


@pytest.mark.parametrize("what", ["shell", "safety", "reminders", "paced"])
def test_what_the_engine_asks_of_the_features_is_declared_once(what: str) -> None:
    value = getattr(CATALOG, what)
    one = Feature("one", **{what: value})
    two = Feature("two", **{what: value})
    with pytest.raises(ValueError, match=f"two {what}: one and two"):
        build_catalog([one, two])
    # Declared by no feature: the catalogue says so when the engine asks, rather than a chat
    # failing later without a word.
    with pytest.raises(LookupError, match=what):
        getattr(build_catalog([Feature("bare")]), what)


def test_every_live_exercise_the_features_start_is_described_to_the_engine() -> None:
    """The engine paces only what `paced` describes: every kind the flows can start has a
    plan the engine can rebuild from the stored session."""
    paced = CATALOG.paced
    for kind in ("breathe", "relax", "now"):
        assert paced.kind(kind).plan is not None
    assert paced.plan("now", "now", {})
    with pytest.raises(ValueError, match="no such exercise kind"):
        paced.plan("juggling", "x", {})


def test_the_engine_names_no_feature() -> None:
    """Nothing in the engine imports a feature module: the layers contract holds it in CI, and
    this says it where the tests run (the catalogue finds the features by package name)."""
    engine = Path(__file__).resolve().parent.parent / "bot"
    naming = [
        f"{path.relative_to(engine.parent)}:{number}"
        for path in engine.rglob("*.py")
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if re.match(r"\s*(from conversations|import conversations)\b", line)
    ]
    assert naming == []


# --- a feature's own kind of record ------------------------------------------------------------


@dataclass(frozen=True)
class Counted(Record):
    """A record only this test's feature knows: nothing in bot/ names it."""

    amount: int


@dataclass(frozen=True)
class Forgotten(Record):
    """A record no feature declares an effect for."""


def counting(kept: list[tuple[int, int]]) -> Feature:
    """A feature with its own record: `/count N` returns it, and its effect keeps it (for the
    person the turn has loaded) and says so."""

    async def count(turn: TurnContext, arg: str | None) -> list[Output]:
        return [Counted(int(arg or "1"))]

    async def forget(turn: TurnContext, arg: str | None) -> list[Output]:
        return [Forgotten()]

    async def keep(turn: TurnContext, output: Counted) -> list[Output]:
        assert turn.user is not None  # declared to need consent
        kept.append((turn.user.telegram_id, output.amount))
        return [Say(f"Counted {output.amount}.")]

    return Feature(
        "counting",
        actions=(
            Action("count", count, needs=Needs.CONSENT, quick=True),
            Action("forget", forget, needs=Needs.CONSENT),
        ),
        effects={Counted: Effect(keep, needs=Needs.CONSENT)},
    )


@pytest.fixture
def kept() -> list[tuple[int, int]]:
    return []


@pytest.fixture
def counting_catalog(kept: list[tuple[int, int]]) -> Catalog:
    return build_catalog([*CATALOG.features, counting(kept)])


@pytest.fixture
async def counting_chat(
    make_app: AppMaker, database: Database, api: FakeBotApi, counting_catalog: Catalog
) -> Chat:
    app = await make_app(database, catalog=counting_catalog)
    return Chat(app, api, user_id=4242, factory=UpdateFactory(app.bot))


async def test_a_features_own_record_is_carried_out_by_its_effect(
    counting_chat: Chat, kept: list[tuple[int, int]]
) -> None:
    await onboard(counting_chat)
    assert await counting_chat.send("/count 3") == ["Counted 3."]
    assert await counting_chat.send("/count 4") == ["Counted 4."]
    assert kept == [(4242, 3), (4242, 4)]


async def test_a_features_own_record_keeps_nothing_without_consent(
    counting_chat: Chat, kept: list[tuple[int, int]]
) -> None:
    await decline(counting_chat)
    replies = await counting_chat.send("/count 3")
    assert replies[0] == menu.not_keeping_records()
    assert kept == []


async def test_a_record_no_feature_carries_out_fails_the_turn_loudly(
    counting_chat: Chat, kept: list[tuple[int, int]], caplog: pytest.LogCaptureFixture
) -> None:
    await onboard(counting_chat)
    # Silently dropped, its write would be lost: the turn fails and the person is told.
    assert await counting_chat.send("/forget") == [menu.something_went_wrong()]
    assert "LookupError" in caplog.text
    assert await counting_chat.send("/count 2") == ["Counted 2."]
    assert kept == [(4242, 2)]


def test_menu_shows_only_what_the_user_may_use() -> None:
    def labels(rows: list[list[MenuEntry]]) -> set[str]:
        return {entry.action for row in rows for entry in row}

    everyone = labels(CATALOG.menu_rows(onboarded=False, consent=False))
    declined = labels(CATALOG.menu_rows(onboarded=True, consent=False))
    keeping = labels(CATALOG.menu_rows(onboarded=True, consent=True))
    assert everyone <= declined <= keeping
    for name in keeping - declined:
        assert CATALOG.actions[name].needs is Needs.CONSENT
    assert "checkin" in keeping
    assert "checkin" not in declined
