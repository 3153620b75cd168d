"""Spanish: someone else's seizure now where rules_es.py needs the present ("mi amiga tuvo una
convulsión hace 5 min y sigue sin despertar", "tiembla entero, echa baba y no responde").
Joined to the someone-else sign by rules_es_swallowed.py, so rules_es.py stays as it is.

A seizure word stands with a sign that it is happening now (foam or drool, eyes rolled, not
answering, not waking); "temblando toda" alone is the writer's own fear, and "no responde a
mis mensajes" is no sign.
"""

from __future__ import annotations

__all__ = ["SEIZING"]

_FIT = (
    r"(?:convulsion\w*|convulsiona\w*|crisis\s+epileptica|ataque\s+(?:epileptico"
    r"|de\s+epilepsia))"
)
# In the third person: "me tiembla todo" and "estoy temblando" are the writer's own.
_SHAKE = (
    r"(?:(?:esta|sigue|anda|se\s+quedo)\s+(?:temblando|sacudiendose)|se\s+sacude)\s+(?:toda|todo"
    r"|entera|entero|enterita)"
)
_NOW = (
    r"(?:espuma|baba\w*|babea\w*|no\s+(?:me\s+)?responde(?!\s+(?:a|al|los|las|mis)\b)"
    r"|no\s+reacciona|sin\s+(?:despertar|reaccionar|responder)|no\s+(?:se\s+)?despierta"
    r"|ojos\s+(?:en\s+blanco|volteados|virados|para\s+arriba)|inconsciente"
    r"|(?:poniendo|puesto|puso|esta)\s+(?:morad[oa]|azul))\b"
)
# Round 9 (set S): the sign may come in the next short sentence about the same person
# ("…convulsionar en el sillón!! se está poniendo morada"): one break, a few words.
SEIZING = (
    rf"{_FIT}\b\s+(?:[^\s.!?]+\s+){{0,16}}?(?:[.!]+\s+(?:[^\s.!?]+\s+){{0,4}}?)?(?:{_NOW}|en\s+el\s+suelo|en\s+el\s+piso)",
    rf"(?:se\s+cayo|cayo\s+al\s+(?:suelo|piso)|esta\s+en\s+el\s+(?:suelo|piso)|tirad[oa]\s+en\s+el"
    rf"\s+(?:suelo|piso))\b\s+(?:[^\s.!?]+\s+){{0,12}}?{_FIT}",
    rf"{_SHAKE}\b\s+(?:[^\s.!?]+\s+){{0,12}}?{_NOW}",
)
