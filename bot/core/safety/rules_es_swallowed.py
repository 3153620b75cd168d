"""Spanish: someone else has swallowed something dangerous just now — el peque y una pila de
botón, una pastilla del lavavajillas, lejía; el hermano que se bebió matarratas o
anticongelante; las pastillas de la abuela, una caja entera. Llamar al 112 ya.

Quién (mi hijo, el nene, mi hermano) y qué (un hueso de cereza, el chicle o el chocolate del
perro quedan fuera); en pastillas, una cantidad o pastillas ajenas ("se tomó sus antibióticos",
"toma muchas pastillas cada día", "una pastilla para dormir" quedan fuera).
"""

from __future__ import annotations

from bot.core.safety.common import any_order, not_after, swallowed_family

__all__ = ["OVERDOSE_MORE", "SWALLOWED_PILLS", "SWALLOWED_POISON", "swallowed"]

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
    r"|disolvente|sosa\s+caustica|alcohol\s+de\s+quemar|liquido\s+del?\s+vaper?)\b"
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

swallowed = swallowed_family(SWALLOWED_POISON, (*SWALLOWED_PILLS, *OVERDOSE_MORE))
