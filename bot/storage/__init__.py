"""Storage: the schema, the engine, migrations and the repository functions."""

from bot.storage.db import Database
from bot.storage.migrate import migrate

__all__ = ["Database", "migrate"]
