"""Portuguese: someone else's seizure now, said as the fall and the shaking ("caiu no chão e
está a tremer todo, a espumar, não me responde"; "tá babando e tremendo, não responde").
Joined to the someone-else sign by rules_pt_swallowed.py, so rules_pt.py stays as it is.

Shaking is said in the third person ("está a tremer", "tá tremendo", "treme todo") and stands
with a sign that it is happening now (foam or drool, eyes rolled, stiff arms,
not answering, not waking); "estou a tremer toda", "tô tremendo" is the writer's own fear, and "não
responde às mensagens" is no sign.
"""

from __future__ import annotations

__all__ = ["SEIZING"]

_SHAKE = (
    r"(?:(?:esta|ta|fica|ficou|anda|comecou\s+a|continua)\s+(?:a\s+tremer|tremendo|se\s+tremendo|a\s+estrebuchar"
    r"|estrebuchando|se\s+debatendo)|treme\s+tod[oa]|convuls\w*|em\s+convulsao"
    r"|crise\s+(?:epileptica"
    r"|convulsiva)|ataque\s+epileptico)"
)
_NOW = (
    r"(?:espum\w*|a\s+espumar|baba\w*|nao\s+(?:me\s+|nos\s+)?responde(?!\s+(?:as|aos|a|ao|minhas"
    r"|meus)\b)|nao\s+reage|nao\s+acorda|olhos?\s+virad\w*|olhos\s+revirad\w*|bracos\s+rigidos"
    r"|todo\s+dur[oa]|desacordad\w*|inconsciente|desmaiad\w*|olhos?\s+revirad\w*)\b"
)
# Round 9 (set S): the sign may come in the next short sentence about the same person
# ("…convulsionar en el sillón!! se está poniendo morada"): one break, a few words.
SEIZING = (
    rf"{_SHAKE}\b\s+(?:[^\s.!?]+\s+){{0,16}}?(?:[.!]+\s+(?:[^\s.!?]+\s+){{0,4}}?)?{_NOW}",
    r"(?:babando|espumando|a\s+espumar|a\s+babar)\b\s+(?:[^\s.!?]+\s+){0,8}?(?:a\s+tremer"
    r"|tremendo|treme)\b",
    # Set S: a seizure on the road, told with the fall ("um motoboy caiu na minha frente e tá
    # tendo convulsão no asfalto").
    r"(?:caiu|desabou|tombou)\s+(?:[^\s.!?]+\s+){0,8}?(?:ta|esta)\s+(?:tendo|com|a\s+ter)"
    r"\s+(?:uma\s+)?(?:convuls\w*|crise\s+(?:epileptica|convulsiva)|ataque\s+epileptico)",
    r"(?:tendo|teve|com|a\s+ter)\s+(?:uma\s+)?(?:convuls\w*|crise\s+convulsiva)\s+(?:no|na)\s+"
    r"(?:asfalto|chao|rua|calcada|pista|estrada|marginal|meio\s+da\s+rua)\b",
    # Set S's family: pills at a party, "não acorda, respira bem devagar".
    r"(?:nao\s+acorda|nao\s+reage|nao\s+responde)\s+(?:[\w,]+\s+){0,8}?respira(?:ndo)?\s+(?:bem\s+"
    r"|muito\s+|super\s+)?(?:devagar|devagarinho|fraco|fraquinho|pouco|estranho)\b",
)
