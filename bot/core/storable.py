"""Text as a database can keep it. PostgreSQL's text type refuses the NUL character, and no
UTF-8 column can hold half of a surrogate pair (a JSON escape such as "\\ud83d" alone decodes to
one), so both are dropped from user text before it reaches a flow or storage."""

from __future__ import annotations

import re

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(text: str) -> str:
    """`text` without the characters PostgreSQL (or any UTF-8 store) cannot keep."""
    return _UNSTORABLE.sub("", text)


def is_storable(text: str) -> bool:
    return _UNSTORABLE.search(text) is None
