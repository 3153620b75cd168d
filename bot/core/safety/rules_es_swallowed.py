"""Spanish: someone else has swallowed something dangerous just now — el peque y una pila de
botón, una pastilla del lavavajillas, lejía; el hermano que se bebió matarratas o
anticongelante; las pastillas de la abuela, una caja entera. Llamar al 112 ya.

Quién (mi hijo, el nene, mi hermano) y qué (un hueso de cereza, el chicle o el chocolate del
perro quedan fuera); en pastillas, una cantidad o pastillas ajenas ("se tomó sus antibióticos",
"toma muchas pastillas cada día", "una pastilla para dormir" quedan fuera).
"""

from __future__ import annotations

from bot.core.safety.common import any_order, not_after, swallowed_family
from bot.core.safety.rules_es_seizing import SEIZING

__all__ = ["CHILD_SWALLOWED", "OVERDOSE_MORE", "SWALLOWED_PILLS", "SWALLOWED_POISON", "swallowed"]

_WHO = (
    r"(?:mi|mis|nuestro|nuestra|el|la)\s+(?:\w+\s+)?(?:hijo|hija|hijos|nene|nena|nino|nina|bebe"
    r"|peque|pequeno|pequena|chiquito|chiquita|crio|cria|hermano|hermana|marido|esposo|esposa"
    r"|mujer|novio|novia|pareja|amigo|amiga|madre|mama|padre|papa|abuelo|abuela|nieto|nieta"
    r"|sobrino|sobrina|primo|prima|companero|companera|compi)"
)
_GAP = r"(?:(?!que\s|cuando\s)\w+\s+){0,3}?"
_ATE = (
    r"(?:se\s+)?(?:ha\s+|han\s+|habra\s+|acaba\s+de\s+)?(?:trago|tragado|tragar|comio|comido"
    r"|comer|bebio|bebido|beber|tomo|tomado|tomar|zampo|ingirio|ingerido|chupo|mordio|metio\s+en"
    r"\s+la\s+boca)"
)
_POISON = (
    r"(?:pilas?\b(?!\s+de\s+(?!boton))|baterias?|imanes|iman|pastillas?\s+(?:del|de|para\s+el"
    r"|para)\s+(?:lavavajillas|lavaplatos)|capsulas?\s+(?:de|del)\s+(?:detergente|lavavajillas"
    r"|lavadora|ropa)|detergente|lejia|cloro|amoniaco|desatascador\w*|limpiador\w*|productos?\s+de"
    r"\s+limpieza|friegasuelos|suavizante|quitagrasas|salfuman|agua\s+fuerte|veneno|matarratas"
    r"|raticida|anticongelante|herbicida|pesticida|insecticida|aguarras|gasolina|queroseno"
    r"|disolvente|sosa\s+caustica|alcohol\s+de\s+quemar|liquido\s+del?\s+vaper?|lavandina"
    r"|agua\s+jane|colonia|perfume|garrapaticida|(?:veneno|remedio|liquido)\s+(?:para|de|contra)"
    r"\s+(?:las\s+|los\s+)?(?:garrapatas|pulgas|ratas|cucarachas|hormigas))\b"
)
_PILL = (
    r"(?:pastillas|pastis|pastillitas|comprimidos|medicamentos|medicinas|pildoras|capsulas"
    r"|grageas|paracetamol|ibuprofeno|nolotil\w*|orfidal\w*|lexatin\w*|valium|trankimazin\w*"
    r"|tranquilizantes|somniferos|antidepresivos|ansioliticos)\b"
)
_MANY = (
    r"(?:(?:una?|la|el)\s+(?:caja|blister|tira|tableta|bote|frasco|sobre|punado|monton)"
    r"(?:\s+(?:entera|entero|completa|completo))?|toda\s+la\s+caja|todo\s+el\s+(?:blister|bote)"
    r"|todas\s+(?:las|mis)|todos\s+(?:los|mis)|muchas|muchisimas|un\s+monton\s+de"
    r"|\d\d+)\s+(?:\w+\s+){0,2}?"
)
_KIN = r"(?:abuel[oa]|yay[oa]|abu|madre|mama|padre|papa|tia|tio|otra\s+persona|alguien)"

SWALLOWED_POISON = (rf"{_WHO}\s+{_GAP}{_ATE}\s+(?:\w+\s+){{0,4}}?{_POISON}",)
SWALLOWED_PILLS = (
    rf"{_WHO}\s+{_GAP}{_ATE}\s+(?:\w+\s+)?{_MANY}{_PILL}",
    rf"{_WHO}\s+{_GAP}{_ATE}\s+(?:\w+\s+){{0,2}}?(?:mis\s+(?:\w+\s+)?{_PILL}|(?:las|los|unas"
    rf"|unos)\s+{_PILL}\s+(?:\w+\s+)?de\s+(?:la\s+|el\s+|su\s+|mi\s+)?{_KIN})",
    rf"{_WHO}\s+{_GAP}(?:{_ATE}|(?:ha\s+)?(?:cogido|cogio|pillado))\s+[^.!?]{{0,30}}?{_PILL}"
    r"[^.!?]{0,40}?(?:no\s+se|ni\s+idea\s+de)\s+cuant[ao]s\b",
    # "ha abierto el pastillero de la abuela y se ha tomado varias, faltan por lo menos 5".
    rf"{_WHO}\s+[^.!?]{{0,80}}?{_PILL}[^.!?]{{0,40}}?faltan\s+(?:por\s+lo\s+menos\s+|al\s+menos\s+"
    r"|como\s+)?\d+",
)


# Una sobredosis dicha con una cantidad que las reglas de antes no ven ("me tragué un puñado de
# pastillas", "el resto de mis somníferos"), y la dosis de la semana, doble o todo el pastillero
# tomados por error. Un hábito ("al día", "cada día"), "como me recetaron", "casi" y vitaminas o
# gominolas quedan fuera ("tomo" es presente: solo pasados en primera persona).
_NOT_HABIT = (
    r"(?![^.!?]{0,40}?\b(?:al\s+dia|cada\s+dia|diari\w*|todos\s+los\s+dias|por\s+dia"
    r"|como\s+me\s+(?:dijo|mando|receto|recetaron)|segun\s+(?:la\s+)?receta|desde\s+hace)\b)"
)
_OD_VERB = not_after(
    r"trague|tome|zampe|meti|ingeri|he\s+tragado|he\s+tomado|he\s+zampado|he\s+metido"
    r"|he\s+ingerido",
    r"casi|casi\sme",
)
_ALMOST = r"casi|por\s+poco"
_MISTAKE = not_after(
    r"por\s+error|sin\s+querer|por\s+equivocacion|por\s+despiste|se\s+confundio|se\s+equivoco"
    r"|se\s+lio|me\s+confundi|me\s+equivoque|me\s+lie",
    r"casi|casi\sme|casi\sse|poco\sme|poco\sse",
)
_TOOK = not_after(
    r"tome|tomo|tomado|tomaron|tomaste|trague|trago|tragado|bebi|bebio|ingirio|ingeri",
    r"casi|casi\sme|casi\sse|poco\sme|poco\sse",
)
_DOSE = (
    r"(?:dosis\s+(?:de\s+)?(?:toda\s+la\s+|una\s+|la\s+)?semana\w*|dosis\s+semanal"
    r"|(?:la\s+)?dosis\s+doble|doble\s+dosis|todo\s+el\s+pastillero|el\s+pastillero\s+(?:entero"
    r"|semanal|de\s+(?:toda\s+)?la\s+semana)|(?:las\s+)?(?:pastillas|dosis)\s+de\s+(?:toda\s+la"
    r"\s+semana|varios\s+dias|dos\s+dias|tres\s+dias))"
)
OVERDOSE_MORE = (
    rf"{_OD_VERB}\s+(?:\w+\s+)?(?:un\s+punado|una\s+punada|un\s+mogollon|un\s+porron|un\s+huevo"
    rf"|un\s+buen\s+punado|el\s+resto|lo\s+que\s+(?:me\s+)?quedaba|las\s+que\s+(?:me\s+)?quedaban"
    rf"|los\s+que\s+(?:me\s+)?quedaban|media\s+caja|medio\s+bote|muchisimas|un\s+monton|un\s+sinfin"
    rf")\s+(?:de\s+)?(?:las\s+|los\s+|mis\s+|sus\s+|esas\s+)?(?:\w+\s+)?{_PILL}{_NOT_HABIT}",
    *any_order(_ALMOST, _MISTAKE, _TOOK, _DOSE),
)


# Set R: un niño pequeño, a menudo con su edad ("mi hijo de 2 años"), con algo que hace daño
# aunque de momento parezca estar bien: pila de botón, imanes, hierro (pastillas, gominolas de
# vitaminas con hierro), una cápsula de detergente mordida, pastillas del corazón o de la
# tensión de la abuela, somníferos. El niño y la cosa se nombran: un hueso de cereza, un chicle,
# "se tomó sus vitaminas" y una noticia sobre pilas quedan fuera.
_KID = (
    r"(?:mi|mis|nuestro|nuestra|el|la|los)\s+(?:\w+\s+)?(?:hijo|hija|hijito|hijita|nene|nena"
    r"|nino|nina|ninos|bebe|peque|pequeno|pequena|chiquito|chiquita|crio|cria|nieto|nieta"
    r"|nietito|nietita|sobrino|sobrina|gemelos|mellizos|chamaco|chamaca|guagua|chiqui)\b"
)
_EAT = (
    r"(?:trago|tragado|comio|comido|mordio|mordido|mordisqueo|mordisqueado|mastico|masticado"
    r"|chupo|chupado|lamio|lamido|chupeteo|metio\s+(?:\w+\s+){0,2}?en\s+la\s+boca)\b"
)
_OTHERS = (
    r"(?:pastillas|comprimidos|medicamentos|medicinas|pildoras|remedios|capsulas)\s+(?:\w+\s+)"
    r"{0,4}?de\s+(?:la|el|mi|su|sus)\s+(?:abuela|abuelo|abu|yaya|madre|mama|padre|papa|tia|tio"
    r"|marido|mujer)"
)
_HARM = (
    r"(?:pilas?\s+(?:de\s+)?(?:boton|reloj|mando|litio)|pila\s+del\s+mando|baterias?\s+(?:de"
    r"\s+)?boton|imanes|iman|(?:\w+\s+){0,2}?(?:con|de)\s+hierro|(?:capsulas?|pastillas?|pods?"
    r"|bolitas?)\s+(?:\w+\s+)?(?:de|del|para)\s+(?:la\s+|el\s+)?(?:detergente|lavavajillas"
    r"|lavadora|ropa|lavaplatos)|detergente|lejia|(?:pastillas?|comprimidos?|medicamentos?"
    r"|pildoras?|capsulas?|remedios?)\s+(?:\w+\s+)?(?:de|para|del)\s+(?:la\s+|el\s+)?(?:corazon"
    r"|tension|presion|dormir|diabetes|azucar|tiroides|epilepsia)|somniferos|antidepresivos"
    r"|ansioliticos|tranquilizantes|{_OTHERS}|productos?\s+de\s+limpieza|desatascador\w*)\b"
).replace("{_OTHERS}", _OTHERS)
# Entre el verbo y la cosa, ni "y", ni "luego", ni coma: son dos cosas.
_NEAR = r"\s+(?:(?!(?:y|luego|despues|pero)\s)[^\s.!?,]+\s+){0,6}?"
CHILD_SWALLOWED = (
    rf"{_KID}\s+(?:[^\s.!?]+\s+){{0,10}}?{_EAT}{_NEAR}{_HARM}",
    # "se ha tomado pastillas para el corazón de la abuela": taken, but someone else's.
    rf"{_KID}\s+(?:[^\s.!?]+\s+){{0,10}}?(?:tomo|tomado){_NEAR}{_OTHERS}",
    # No one knows how many: "mi hermano se tomó no sé cuántas pastillas de mi madre".
    rf"{_WHO}\s+{_GAP}{_ATE}\s+(?:no\s+se|quien\s+sabe|ni\s+idea\s+de)\s+cuant[ao]s\s+"
    rf"(?:\w+\s+)?{_PILL}",
)

# Someone else's seizure (rules_es_seizing.py) joins the someone-else sign here, beside the
# poisons, so rules_es.py need not change.
swallowed = swallowed_family(
    (*SWALLOWED_POISON, *CHILD_SWALLOWED, *SEIZING), (*SWALLOWED_PILLS, *OVERDOSE_MORE)
)
