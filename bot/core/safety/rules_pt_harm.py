"""Portuguese self-harm happening now (set R): "tô me cortando com o apontador", burning an arm
with a lighter, the blade taken again, a head banged against the wall until it bleeds. Over
normalised text, like every rule; shaving, cooking or the sun is no such act.
"""

from __future__ import annotations

__all__ = ["HARM_NOW"]

_ACCIDENT = (
    r"(?![^.!?]{0,60}\b(?:cabelo|unhas|barba|depil\w*|barbe\w*|cozinh\w*|fogao|forno|panela"
    r"|sol|praia|cebola\w*|febre)\b)"
)

_BODY = r"(?:pulso|pulsos|braco|bracos|perna|pernas|coxa|coxas|pele|barriga)"
_FIRE = r"(?:isqueiro|cigarro|fosforo\w*)"

HARM_NOW = (
    r"(?:estou|to|tou|ta|tava|estava|fico|continuo)\s+me\s+(?:cortando|machucando|ferindo"
    rf"|mutilando)\b{_ACCIDENT}",
    # Burning needs the body or the means: "me queimando de raiva" is anger.
    r"(?:estou|to|tou|ta|tava|estava|fico|continuo)\s+me\s+queimando\s+(?:\w+\s+){0,2}?"
    rf"(?:{_BODY}|com\s+(?:o|a|um|uma)\s+{_FIRE})\b{_ACCIDENT}",
    rf"(?:estou|to|tou)\s+a\s+(?:cortar|queimar|magoar|ferir)\s+me\b{_ACCIDENT}",
    r"(?:batendo|bater|bato|bati|dando)\s+(?:com\s+)?a\s+cabeca\s+(?:na|contra\s+a|no|contra"
    r"\s+o)\s+(?:parede|muro|chao|porta)\s+(?:[\w,]+\s+){0,12}?(?:sangr\w+|sangue|nao\s+consigo"
    r"\s+parar)\b",
    r"(?:peguei|pego|tirei|puxei|peguei\s+de\s+novo)\s+(?:a|as|uma|minha|minhas)\s+(?:lamina"
    r"|laminas|gilete|giletes|navalha|navalhas)\s+(?:\w+\s+)?(?:de\s+novo|outra\s+vez"
    r"|novamente)\b",
    r"(?:de\s+novo|outra\s+vez)\s+(?:peguei|tirei)\s+(?:a|as|uma)\s+(?:lamina|laminas|gilete"
    r"|navalha)\b",
    # Set S: just done and again ("acabei de me queimar com o isqueiro de novo, não consigo
    # parar"): the means, "again" or "on purpose" named, so a kitchen cut stays out.
    rf"acabei\s+de\s+me\s+(?:queimar|cortar|machucar|ferir){_ACCIDENT}\s+(?:[\w,]+\s+){{0,4}}?(?:isqueiro"
    r"|cigarro|lamina|gilete|estilete|apontador|navalha|de\s+novo|outra\s+vez|de\s+proposito"
    rf"|varias\s+vezes)\b{_ACCIDENT}",
)
