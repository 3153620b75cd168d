"""Dutch: someone else's seizure now where rules_nl.py needs the words right after the person
("mijn vrouw heeft al vijf minuten een aanval en schokt", "man schokt op grond in tram").
Joined to the someone-else sign by rules_nl_swallowed.py, so rules_nl.py stays as it is.

Jerking stands with a person and a sign that it is happening now (on the ground, foam, eyes
rolled, not responding): "mijn hele lijf schokt" is the writer's own twitching, and a panic or
asthma attack ("paniekaanval", "astma-aanval") is no seizure.
"""

from __future__ import annotations

__all__ = ["SEIZING"]

_WHO = (
    r"(?:man|vrouw|jongen|meisje|iemand|hij|ze|zij|collega|vriend|vriendin|vader|moeder|broer"
    r"|zus|zoon|dochter|opa|oma|partner|kind|baby|huisgenoot|buurman|buurvrouw|meneer|mevrouw"
    r"|klant|leerling|cli[e]nt|passagier)"
)
_JERK = r"(?:schokt|schokken|te\s+schokken|krampt|trekt\s+(?:helemaal|over\s+zijn\s+hele\s+lijf))"
_NOW = (
    r"(?:op\s+(?:de\s+)?(?:grond|vloer|straat)|schuim|reageert\s+(?:niet|nergens|nauwelijks)"
    r"|ogen\s+(?:weggedraaid|draaien|rollen)|bewusteloos|niet\s+aanspreekbaar|blauw)\b"
)
SEIZING = (
    rf"{_WHO}\s+(?:\w+\s+){{0,4}}?{_JERK}\b\s+(?:[^\s.!?]+\s+){{0,12}}?{_NOW}",
    r"(?:heeft|krijgt|kreeg|had)\s+(?:\w+\s+){0,4}?(?:een\s+)?(?:epileptische\s+aanval|toeval"
    r"|insult|stuipen|aanval\s+(?:en|,)\s+(?:\w+\s+)?(?:schokt|schuimt|reageert))\b",
)
