"""Spanish: someone at the edge now, or with the means ready and a moment chosen (sets S, T):
"estoy a la orilla del acantilado… no sé si llamar a alguien o saltar", "estoy en la azotea…
ya no quiero bajar", "ya tengo la cuerda en el closet, nomás espero a que se duerman mis papás",
pills "que vengo juntando desde marzo". Over normalised text.

Each rule needs two parts (a place and a jump, a means and a wait for the house to sleep), so
a view from a cliff, a rope for the washing or a party tonight stay ordinary.
"""

from __future__ import annotations

__all__ = ["EDGE"]

_HIGH = (
    r"(?:acantilado|barranco|precipicio|risco|puente|viaducto|azotea|edificio|techo|tejado"
    r"|balcon|terraza|cornisa|barandal|baranda|barandilla|pretil|vias)"
)
_AT_EDGE = (
    r"(?:estoy|sigo|ando|toy)\s+(?:parad[oa]\s+|sentad[oa]\s+|aqui\s+)?(?:en|a|al|sobre|arriba"
    r"\s+de)\s+(?:la\s+|el\s+|lo\s+)?(?:orilla|borde|filo|punta|alto|cornisa|azotea|techo"
    rf"|baranda|barandal|pretil|puente|viaducto)\s+(?:(?:del?|de\s+la)\s+(?:\w+\s+)?{_HIGH}\b)?"
)
_JUMP = (
    r"(?:saltar|salto|tirarme|me\s+tiro|lanzarme|me\s+lanzo|aventarme|me\s+aviento"
    r"|(?:ya\s+)?no\s+(?:quiero|voy\s+a|pienso)\s+bajar|ya\s+no\s+tengo\s+miedo"
    r"|(?:solo\s+)?queria\s+(?:decirselo|contarselo|escribirselo|decirle|avisar)\s+a\s+alguien"
    r"|despedirme)\b"
)
_MEANS = r"(?:cuerda|soga|lazo|matarratas|veneno|raticida|escopeta|pistola)"
_ASLEEP = (
    r"(?:esperando|espero|esperar|aguardando)\s+(?:a\s+)?(?:que|q)\s+(?:se\s+)?(?:duerm\w+"
    r"|se\s+vayan|se\s+acuesten|no\s+haya\s+nadie)"
)

EDGE = (
    # Undecided between a call and a jump: "no sé si llamar a alguien o saltar".
    r"(?:llamar|llamo|marcar|marco|hablarle|escribirle)\s+a\s+alguien\s+o\s+(?:saltar|salto"
    r"|tirarme|me\s+tiro|lanzarme|me\s+lanzo|aventarme|me\s+aviento)\b",
    rf"{_AT_EDGE}[^?]{{0,140}}?{_JUMP}",
    rf"{_MEANS}\s+[^?]{{0,80}}?{_ASLEEP}",
    # Going down to the cellar "con la cuerda".
    r"(?:bajo|subo|voy|me\s+voy)\s+(?:al|a\s+la|a)\s+(?:sotano|bodega|desvan|atico|garaje"
    r"|cochera|monte|bosque|granero|galpon)\s+con\s+(?:la|una|mi)\s+(?:cuerda|soga)\b",
    # Pills gathered told the other way round: "blísteres de clonazepam que vengo juntando".
    r"(?:blisteres|blisters|cajas|pastillas|pildoras|comprimidos|ampollas|clonazepam|lorazepam|diazepam|alprazolam|bromazepam)"
    r"\s+(?:que\s+)?(?:vengo|llevo|estoy|he\s+estado)\s+(?:juntando|guardando|acumulando"
    r"|ahorrando|escondiendo)\b",
    # Round 9 (sets S, T): "no voy a hacer ninguna tontería, pero la caja ya la tengo en la
    # mesilla": acting denied, and the means or the high place named all the same.
    r"(?:no\s+voy\s+a\s+hacer|no\s+hare|no\s+pienso\s+hacer|no\s+hago|no\s+vaya\s+a\s+hacer)"
    r"\s+(?:ninguna\s+|nada\s+de\s+|una\s+)?(?:tonteria|tonterias|locura|locuras|estupidez"
    r"|estupideces|nada\s+malo|nada\s+raro)\b[^?]{0,50}?\b(?:pero|aunque|solo\s+que)\b"
    rf"[^?]{{0,160}}?\b(?:{_MEANS}|{_HIGH}|pastillas|pildoras|comprimidos|caja\s+ya|blisteres"
    r"|somniferos|ventana|cuchilla|navaja)\b",
    # "He buscado cuántas pastillas… ; la caja en la mesilla": a lookup, then the box at hand.
    r"(?:buscado|busque|mirado|mire|googleado|consultado)\s+(?:\w+\s+){0,3}?cuant[oa]s\s+"
    r"(?:pastillas|pildoras|comprimidos|capsulas|gotas|cajas)\b[^?]{0,160}?\b(?:caja|cajas"
    r"|pastillas|blister\w*|frasco)\s+(?:\w+\s+){0,3}?(?:en\s+la\s+mesilla|en\s+la\s+mesita"
    r"|en\s+el\s+cajon|en\s+la\s+mesa\s+de\s+noche|al\s+lado\s+de\s+la\s+cama|preparad[oa]s?)\b",
    # A gun in reach told with its key known and a time alone or a secret: "mi viejo tiene la
    # escopeta en el campo, ya sé dónde está la llave del armario. este finde voy solo".
    r"(?:escopeta|pistola|rifle|revolver|arma|armas|fusil)\b[^?]{0,120}?\b(?:se|sabemos)\s+donde"
    r"\s+(?:esta|estan|guarda|guardan|tiene|deja)\s+(?:\w+\s+){0,2}?(?:la\s+llave|las\s+llaves"
    r"|las\s+balas|los\s+cartuchos|la\s+municion|la\s+combinacion)\b[^?]{0,120}?\b(?:voy\s+sol[oa]"
    r"|me\s+voy\s+sol[oa]|estoy\s+sol[oa]|no\s+le\s+digas|no\s+se\s+lo\s+digas|no\s+digas\s+nada)\b",
)
