"""Portuguese: someone else's seizure now, said as the fall and the shaking ("caiu no chão e
está a tremer todo, a espumar, não me responde"; "tá babando e tremendo, não responde").
Joined to the someone-else sign by rules_pt_swallowed.py, so rules_pt.py stays as it is.

Shaking stands with a sign that it is happening now (foam or drool, eyes rolled, stiff arms,
not answering, not waking); "estou a tremer toda" alone is the writer's own fear, and "não
responde às mensagens" is no sign.
"""

from __future__ import annotations

__all__ = ["SEIZING"]

_SHAKE = (
    r"(?:a\s+tremer|tremendo|treme|trem[ei]ndo|a\s+estrebuchar|estrebuchando|se\s+debatendo"
    r"|a\s+debater\s+se|convuls\w*|em\s+convulsao|crise\s+(?:epileptica|convulsiva)|ataque"
    r"\s+epileptico)"
)
_NOW = (
    r"(?:espum\w*|a\s+espumar|baba\w*|nao\s+(?:me\s+|nos\s+)?responde(?!\s+(?:as|aos|a|ao|minhas"
    r"|meus)\b)|nao\s+reage|nao\s+acorda|olhos?\s+virad\w*|olhos\s+revirad\w*|bracos\s+rigidos"
    r"|todo\s+dur[oa]|desacordad\w*|inconsciente|desmaiad\w*)\b"
)
SEIZING = (
    rf"{_SHAKE}\b[^.!?]{{0,80}}?{_NOW}",
    r"(?:babando|espumando|a\s+espumar|a\s+babar)\b[^.!?]{0,40}?(?:a\s+tremer|tremendo|treme)\b",
)
