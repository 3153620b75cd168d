"""Italian: someone else's seizure now where rules_it.py needs a named person first ("il
lavapiatti è caduto a terra e sta avendo le convulsioni"; "trema tutto, ha la schiuma alla
bocca e non risponde"). Joined to the someone-else sign by rules_it_swallowed.py.

Shaking stands with a sign that it is happening now (foam, eyes rolled, not answering):
"tremo tutta" is the writer's own fear, and "non risponde ai messaggi" no sign.
"""

from __future__ import annotations

__all__ = ["SEIZING"]

_FIT = r"(?:convulsion\w*|crisi\s+(?:epilettica|convulsiva)|attacco\s+epilettico)"
_SHAKE = (
    r"(?:scoss[oa]\s+da\s+(?:spasmi|convulsioni)|sbatte\s+(?:braccia|le\s+braccia)|braccia\s+e"
    r"\s+gambe\s+che\s+(?:sbattono|scattano))"
)
# "Mi trema tutto" and "sto tremando tutta" are the writer's own: only with foam or eyes rolled.
_TREMBLES = r"(?:trema|tremando)\s+tutt[oa]"
_FOAM = r"(?:schiuma|bava|occhi\s+(?:rovesciati|all\s+indietro|girati|al\s+cielo)|incosciente)\b"
_NOW = (
    r"(?:schiuma|bava|non\s+(?:mi\s+)?risponde(?!\s+(?:a|ai|al|alle|ad)\b)|non\s+reagisce"
    r"|occhi\s+(?:rovesciati|all\s+indietro|girati|al\s+cielo|sbarrati)|incosciente|svenut[oa])\b"
)
# Round 9 (set S): the sign may come in the next short sentence about the same person
# ("…convulsionar en el sillón!! se está poniendo morada"): one break, a few words.
SEIZING = (
    rf"{_FIT}\b\s+(?:[^\s.!?]+\s+){{0,16}}?(?:[.!]+\s+(?:[^\s.!?]+\s+){{0,4}}?)?(?:{_NOW}|a\s+terra|per\s+terra|da\s+\w+\s+minuti)",
    r"(?:caduto|caduta|crollato|crollata|cade)\s+(?:a"
    rf"|per)\s+terra\b\s+(?:[^\s.!?]+\s+){{0,12}}?{_FIT}",
    rf"{_SHAKE}\b\s+(?:[^\s.!?]+\s+){{0,12}}?{_NOW}",
    rf"{_TREMBLES}\b\s+(?:[^\s.!?]+\s+){{0,12}}?{_FOAM}",
    # Set S's family: a rider fallen and seizing on the road ("è caduto e sta avendo le
    # convulsioni sull'asfalto").
    r"(?:caduto|caduta|crollato|crollata)\s+(?:[^\s.!?]+\s+){0,6}?(?:sta\s+avendo|ha)\s+(?:le\s+"
    rf"|delle\s+|una\s+)?{_FIT}",
    rf"(?:sta\s+avendo|ha)\s+(?:le\s+|delle\s+|una\s+)?{_FIT}\s+(?:sull\s?asfalto|per\s+strada"
    r"|sulla\s+strada|in\s+strada|sul\s+marciapiede|a\s+terra|per\s+terra)\b",
)
