"""The scripted flows and every word Stillpoint says to a user."""
