"""The Telegram boundary: handlers, the turn runner, console transport and a local Bot API."""
