"""Encryption at rest for free text (journal entries, check-in notes, the answers of a
conversation still in progress, kept with its flow state) and for replies waiting in the outbox
(their words and files: /history, the journal offer quoting the person, /export's files).

Stored values carry a prefix: `enc1:` + a Fernet token (AES-128-CBC + HMAC-SHA256, from the
`cryptography` package), or `clr1:` + text kept in clear because no key is configured and the
text itself happens to start with a prefix. Anything else is a row written before encryption
existed and reads back unchanged. Keys come from ENCRYPTION_KEYS: the first writes, all read,
so a key is rotated by putting the new one first and running `stillpoint reencrypt`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from sqlalchemy import Dialect, LargeBinary, Table, Text, select, type_coerce, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlalchemy.types import TypeDecorator

from bot.core.storable import storable

logger = logging.getLogger(__name__)

ENCRYPTED = "enc1:"
CLEAR = "clr1:"
_PREFIXES = (ENCRYPTED, CLEAR)
_ENCRYPTED_BYTES, _CLEAR_BYTES = ENCRYPTED.encode("ascii"), CLEAR.encode("ascii")
# Where an engine's keyring is kept: on its dialect, which every engine has its own copy of, so
# two Database objects in one process (tests, tools) can hold different keys.
_ATTRIBUTE = "stillpoint_keyring"


class UnreadableText(Exception):
    """A stored value is encrypted, and none of the configured keys opens it."""


def new_key() -> str:
    """A fresh key for ENCRYPTION_KEYS."""
    return Fernet.generate_key().decode("ascii")


def parse_keys(value: str) -> list[str]:
    """The keys of an ENCRYPTION_KEYS value; ValueError (without the key text) if one is bad."""
    keys = [part.strip() for part in value.split(",") if part.strip()]
    for position, key in enumerate(keys, start=1):
        try:
            Fernet(key.encode("ascii"))
        except (ValueError, UnicodeEncodeError):
            raise ValueError(
                f"key {position} is not a key from `stillpoint new-key` "
                "(32 bytes, url-safe base64)"
            ) from None
    return keys


class Keyring:
    """The configured keys: `encrypt` uses the first, `decrypt` tries them all."""

    def __init__(self, keys: Sequence[str]) -> None:
        if not keys:
            raise ValueError("a keyring needs at least one key")
        self._fernet = MultiFernet([Fernet(key.encode("ascii")) for key in keys])

    def encrypt(self, text: str) -> str:
        return ENCRYPTED + self._fernet.encrypt(text.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str) -> str:
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except (InvalidToken, UnicodeError):
            raise UnreadableText(
                "stored text does not open with any ENCRYPTION_KEYS key"
            ) from None

    def encrypt_bytes(self, data: bytes) -> bytes:
        return _ENCRYPTED_BYTES + self._fernet.encrypt(data)

    def decrypt_bytes(self, token: bytes) -> bytes:
        try:
            return self._fernet.decrypt(token)
        except InvalidToken:
            raise UnreadableText(
                "stored data does not open with any ENCRYPTION_KEYS key"
            ) from None


def seal(value: str, keyring: Keyring | None) -> str:
    """What is stored for `value`: encrypted with a key, else clear (escaped if need be)."""
    if keyring is not None:
        return keyring.encrypt(value)
    return CLEAR + value if value.startswith(_PREFIXES) else value


def unseal(stored: str, keyring: Keyring | None) -> str:
    if stored.startswith(ENCRYPTED):
        if keyring is None:
            raise UnreadableText("stored text is encrypted but ENCRYPTION_KEYS is not set")
        return keyring.decrypt(stored.removeprefix(ENCRYPTED))
    return stored.removeprefix(CLEAR)


def attach(engine: AsyncEngine, keyring: Keyring | None) -> None:
    setattr(engine.dialect, _ATTRIBUTE, keyring)


def keyring_of(dialect: Dialect) -> Keyring | None:
    keyring: Keyring | None = getattr(dialect, _ATTRIBUTE, None)
    return keyring


class EncryptedText(TypeDecorator[str]):
    """Text encrypted with the keyring of the engine it is written through (clear without one).

    Still TEXT in the schema: migrations and `compare_type` see a plain Text column.
    """

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> Any:
        # Defensive: text is cleaned where it arrives, but a NUL reaching PostgreSQL here would
        # fail the whole turn, every time it is retried.
        return None if value is None else seal(storable(value), keyring_of(dialect))

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else unseal(str(value), keyring_of(dialect))


class EncryptedJSON(TypeDecorator[Any]):
    """A JSON value stored as text, encrypted like EncryptedText. For flow state: the answers
    of an unfinished conversation (a journal entry typed but not yet tagged) wait there between
    turns. Rows written as plain JSON before this type read back unchanged."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if not value:
            # Nothing to hide in an empty state (every chat outside a flow, and every turn's
            # insert-if-missing): no encryption to pay for.
            return json.dumps(value)
        # Compact and not ASCII-escaped: less to encrypt. A lone surrogate, which only the
        # escaped form could carry, is dropped with the rest of what text cannot hold.
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        return seal(storable(text), keyring_of(dialect))

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        return None if value is None else json.loads(unseal(str(value), keyring_of(dialect)))


class EncryptedBytes(TypeDecorator[bytes]):
    """Bytes (a file waiting to be sent) encrypted like EncryptedText: `enc1:` + a Fernet
    token with a key, else as they are (`clr1:` first if they happen to start with a prefix).
    Still a binary column in the schema."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value: bytes | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        keyring = keyring_of(dialect)
        if keyring is not None:
            return keyring.encrypt_bytes(bytes(value))
        if value.startswith((_ENCRYPTED_BYTES, _CLEAR_BYTES)):
            return _CLEAR_BYTES + value
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> bytes | None:
        if value is None:
            return None
        stored = bytes(value)
        if stored.startswith(_ENCRYPTED_BYTES):
            keyring = keyring_of(dialect)
            if keyring is None:
                raise UnreadableText("stored data is encrypted but ENCRYPTION_KEYS is not set")
            return keyring.decrypt_bytes(stored.removeprefix(_ENCRYPTED_BYTES))
        return stored.removeprefix(_CLEAR_BYTES)


def announce(keyring: Keyring | None) -> None:
    """Said once at start-up, so whoever runs the bot knows where the notes stand."""
    if keyring is None:
        logger.warning(
            "ENCRYPTION_KEYS is not set: journal entries, notes, conversations in "
            "progress and replies waiting to be sent are stored in clear. Generate a key "
            "with `stillpoint new-key` to encrypt them."
        )
    else:
        logger.info(
            "journal entries, notes, conversations in progress and waiting replies are "
            "encrypted at rest"
        )


@dataclass
class Reencrypted:
    rows: int = 0  # rewritten with the newest key
    unreadable: int = 0  # left as they were: no configured key opens them


async def reencrypt(
    engine: AsyncEngine, columns: Sequence[tuple[Table, str]], *, batch: int = 500
) -> Reencrypted:
    """Rewrite every value of `columns` with the engine's newest key, one batch per transaction.

    Clear legacy rows get encrypted too. Reads the stored strings raw (as plain Text), so a row
    no key opens is counted and skipped instead of stopping the run. Each row is rewritten only
    if it still holds what was read: a conversation that moved on meanwhile was written by the
    bot itself (with its own newest key) and is left alone.
    """
    keyring = keyring_of(engine.dialect)
    if keyring is None:
        raise ValueError("ENCRYPTION_KEYS is not set: there is no key to encrypt with")
    done = Reencrypted()
    for table, name in columns:
        (key_column,) = table.primary_key.columns
        column = table.c[name]
        raw = type_coerce(column, Text)
        last: Any = None  # keys may be negative (group chat ids), so no starting number
        while True:
            async with engine.begin() as connection:
                query = select(key_column, raw).where(column.is_not(None))
                if last is not None:
                    query = query.where(key_column > last)
                rows = (await connection.execute(query.order_by(key_column).limit(batch))).all()
                for row_key, stored in rows:
                    try:
                        plain = unseal(stored, keyring)
                    except UnreadableText:
                        done.unreadable += 1
                        continue
                    done.rows += await rewrite(
                        connection, table, name, row_key, stored, keyring.encrypt(plain)
                    )
            if len(rows) < batch:
                break
            last = rows[-1][0]
    return done


async def rewrite(
    connection: AsyncConnection, table: Table, name: str, key: Any, stored: str, new: str
) -> int:
    """Store `new` in the row's column if it still holds `stored`; the rows changed (0 or 1)."""
    (key_column,) = table.primary_key.columns
    raw = type_coerce(table.c[name], Text)
    result = await connection.execute(
        update(table)
        .where(key_column == key, raw == stored)
        .values({name: type_coerce(new, Text)})
    )
    return result.rowcount
