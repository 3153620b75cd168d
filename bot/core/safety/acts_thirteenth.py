"""Acts under way and passive wishes missed in sets AB and AC (round thirteen): self-harm now,
an overdose already taken, wishes to be gone without a plan, someone else in danger, in the
eleven languages, over normalised text.

(Filled in this round; the wiring in more_families.py reads CRISIS, ASK and EMERGENCY.)
"""

from __future__ import annotations

from bot.core.safety.verdict import EmergencySign

__all__ = ["ASK", "CRISIS", "EMERGENCY"]

CRISIS: dict[str, tuple[str, ...]] = {}
ASK: dict[str, tuple[str, ...]] = {}
EMERGENCY: dict[str, dict[EmergencySign, tuple[str, ...]]] = {}
