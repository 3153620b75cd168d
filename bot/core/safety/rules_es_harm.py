"""Spanish self-harm happening now (set R): "estoy cortándome", "llevo un rato quemándome con
el mechero", the blade taken out again, a head banged against the wall until it bleeds. Over
normalised text, like every rule; shaving, cooking or the sun is no such act.
"""

from __future__ import annotations

__all__ = ["HARM_NOW"]

_ACCIDENT = (
    r"(?![^.!?]{0,60}\b(?:pelo|flequillo|puntas|unas|barba|afeit\w*|cocin\w*|horno|plancha|sarten|sol|playa"
    r"|cebolla\w*)\b)"
)
_TOOL = r"(?:mechero|encendedor|cigarro|cigarrillo|cuchilla|cuchillas|navaja|cutter|sacapuntas)"

_BODY = r"(?:muneca|munecas|brazo|brazos|pierna|piernas|muslo|muslos|piel|panza|barriga)"

HARM_NOW = (
    rf"(?:estoy\s+|sigo\s+|llevo\s+(?:\w+\s+){{0,3}}?)(?:cortandome|rajandome|lastimandome"
    rf"|haciendome\s+dano)\b{_ACCIDENT}",
    # Burning needs the body or the means: "quemándome las pestañas" is studying hard.
    rf"(?:estoy\s+|sigo\s+|llevo\s+(?:\w+\s+){{0,3}}?)quemandome\s+(?:\w+\s+){{0,2}}?(?:{_BODY}"
    rf"|con\s+(?:el|un|una|la|mi)\s+{_TOOL})\b{_ACCIDENT}",
    rf"me\s+estoy\s+quemando\s+(?:\w+\s+){{0,3}}?con\s+(?:el|un|una|la|mi)\s+{_TOOL}\b",
    r"(?:me\s+estoy\s+golpeando|me\s+golpeo|me\s+estoy\s+dando|estoy\s+golpeando|golpeandome"
    r"|dandome)\s+(?:\w+\s+){0,2}?(?:la\s+cabeza|cabezazos|golpes)\s+(?:contra|en)\s+(?:la|el)"
    r"\s+(?:pared|muro|suelo|puerta)\s+(?:[\w,]+\s+){0,10}?(?:sangr\w+|no\s+puedo\s+parar)\b",
    r"(?:saque|saco|agarre|agarro|cogi|volvi\s+a\s+sacar|vuelvo\s+a\s+sacar)\s+(?:la|las|una"
    r"|mi|mis)\s+(?:cuchilla|cuchillas|hoja|hojas|navaja|gillette)\s+(?:\w+\s+){0,2}?(?:otra"
    r"\s+vez|de\s+nuevo|ya\s+van)\b",
    # Set S: just done and again ("me acabo de quemar con el mechero otra vez, no puedo parar"):
    # the means, "again" or "on purpose" named, so a kitchen cut stays out.
    r"(?:me\s+acabo\s+de|acabo\s+de)\s+(?:quemar|cortar|lastimar|hacer\s+cortes)(?:me)?"
    rf"{_ACCIDENT}\s+"
    r"(?:[\w,]+\s+){0,4}?(?:mechero|encendedor|cigarro|cuchilla|navaja|gillette|cutter|otra\s+vez"
    rf"|de\s+nuevo|a\s+proposito|varias\s+veces)\b{_ACCIDENT}",
)
