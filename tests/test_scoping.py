"""Every query is scoped to the acting user: callback data forged to carry another user's ids,
dates or pages changes nothing of theirs and shows nothing of theirs."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from bot.app import StillpointApp
from bot.storage import Database, repo
from bot.storage.models import CheckIn, ExerciseSession, FlowStateRow, JournalEntry, Reminder
from bot.transport.updates import UpdateFactory
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.test_onboarding import onboard

ALICE, BOB = 4242, 5151
ALICE_SECRET = "Alice private words about her brother"


async def snapshot(database: Database, telegram_id: int) -> dict[str, Any]:
    """Everything stored for one user, as plain values."""
    async with database.session() as session:
        user = await repo.get_user(session, telegram_id=telegram_id)
        assert user is not None

        async def rows(model: Any) -> list[dict[str, Any]]:
            result = await session.execute(
                select(model).where(model.user_id == user.id).order_by(model.id)
            )
            return [
                {
                    c.key: getattr(r, c.key)
                    for c in model.__table__.columns
                    if c.key != "updated_at"
                }
                for r in result.scalars()
            ]

        flow = await session.get(FlowStateRow, telegram_id)
        return {
            "journal": await rows(JournalEntry),
            "checkins": await rows(CheckIn),
            "sessions": await rows(ExerciseSession),
            "reminders": await rows(Reminder),
            "flow": None if flow is None else (flow.flow, flow.step, flow.seq, flow.data),
        }


async def test_forged_presses_never_reach_another_users_rows(
    app: StillpointApp, api: FakeBotApi, database: Database
) -> None:
    factory = UpdateFactory(app.bot)
    alice, bob = Chat(app, api, ALICE, factory), Chat(app, api, BOB, factory)
    await onboard(alice)
    await onboard(bob)
    await alice.send("/journal")
    await alice.send(ALICE_SECRET)
    await alice.press("Done ✓")
    now = datetime.now(UTC)
    async with database.session() as session, session.begin():
        user = await repo.get_user(session, telegram_id=ALICE)
        assert user is not None
        session.add(
            ExerciseSession(
                user_id=user.id,
                chat_id=ALICE,
                kind="breathe",
                pattern="478",
                options={},
                status="running",
                started_at=now,
                updated_at=now,
            )
        )
    await alice.send("/checkin")  # Alice is mid-flow: her state must not move either
    alice_message = api.latest_with_buttons(ALICE)
    assert alice_message is not None
    before = await snapshot(database, ALICE)
    session_id = before["sessions"][0]["id"]
    entry_id = before["journal"][0]["id"]
    seq = before["flow"][2]

    forged = [
        f"f{seq}:o0",
        f"f{seq}:d",
        f"f{seq}:s",
        "m:history:0",
        "m:history:1",
        f"m:note:{now.date().isoformat()}",
        f"m:ex_stop:{session_id}",
        f"m:ex_pause:{session_id}",
        f"m:ex_resume:{session_id}",
        f"m:ex_skip:{session_id}",
        f"m:ex_again:{session_id}",
        f"m:ex_rate:{session_id}_3",
        f"m:ex_log:{session_id}",
        "m:remind:checkin_toggle",
        "m:pause:forever",
        f"m:journal:{entry_id}",
        f"m:delete:{entry_id}",
    ]
    bob_message = api.latest_with_buttons(BOB)
    for data in forged:
        await bob.press_data(data, bob_message)
    # The same forgeries attached to Alice's own message (Telegram never delivers such a press;
    # a forged update that got past the webhook secret would look like this).
    for data in forged:
        await app.process_update(factory.press(BOB, data, alice_message))

    assert await snapshot(database, ALICE) == before
    everything_bob_saw = "\n".join(api.texts(BOB))
    assert ALICE_SECRET not in everything_bob_saw
    assert "brother" not in everything_bob_saw
