"""Spanish safety rules, over normalised text: accents folded (ñ→n, á→a), ¿ and ¡ set apart.

Spanish says "me muero de risa" and "muerto de cansancio" every day: those are idioms, blanked
out before any rule runs, and no rule reads a bare "morir".
"""

from __future__ import annotations

from bot.core.safety.common import END, filler, words
from bot.core.safety.rules_es_ask import ASK
from bot.core.safety.rules_es_edge import EDGE
from bot.core.safety.rules_es_flags import FLAGS, SITTING_UP
from bot.core.safety.rules_es_harm import HARM_NOW
from bot.core.safety.rules_es_preparations import AFFAIRS, FINALITY, GIVEN_AWAY, GOODBYES
from bot.core.safety.rules_es_swallowed import swallowed
from bot.core.safety.rules_es_told import CRISIS_MORE, IDIOMS_MORE, PANIC_MORE
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import EmergencySign as E
from bot.core.safety.verdict import RedFlag as R

_BODY = (
    r"(?:mano|manos|brazo|brazos|pierna|piernas|pie|pies|dedo|dedos|pulgar|musculo|musculos"
    r"|pantorrilla|muslo|rodilla|hombro|antebrazo|gemelo|gemelos|muneca)"
)
_SUDDEN = r"(?:de\s+repente|de\s+golpe|repentinamente|subitamente|derrepente)"

CRISIS = (
    # No wish left to live, not existing, not being here, sleeping and not waking: the passive
    # wish, asked about (rules_es_ask.py); "no quiero vivir" stays a crisis.
    r"(?:no|ya\s+no)\s+(?:quiero|deseo)\s+(?:seguir\s+)?(?:vivir|viviendo"
    r"|estar\s+vivo|estar\s+viva)\b(?!\s+(?:en|con|cerca|alli|aqui)\b)",
    r"cuant[oa]s?\s+(?:[\w,]+\s+){0,8}?(?:para|pa)\s+dormir(?:me|se)?\s+y\s+no\s+despertar",
    # "no quiero morir" is fear of illness, not a wish to die.
    r"(?:quiero|quisiera|queria|deseo)(?<!no\squiero)(?<!no\squisiera)(?<!no\squeria)"
    r"\s+(?:solo\s+|simplemente\s+)?(?:morir|morirme|estar\s+muert[oa])\b",
    r"me(?<!no\sme)\s+(?:quiero|quisiera|queria|kiero)\s+morir\b",
    r"(?:quiero|kiero|qiero)(?<!no\squiero)\s+morir(?:me)?\b",
    r"ganas(?<!no\stengo\sganas)\s+de\s+(?:morir|morirme|estar\s+muert[oa]|no\s+vivir"
    r")\b",
    r"ojala\s+(?:me\s+muriera|me\s+muera|muriera|no\s+hubiera\s+nacido"
    r"|nunca\s+hubiera\s+nacido)\b",
    r"(?:ojala|quisiera)\s+(?:estar|estuviera)\s+muert[oa]\b",
    r"(?:quiero|voy\s+a|pienso|pensando\s+en|ganas\s+de)\s+(?:matarme|suicidarme|quitarme\s+la"
    r"\s+vida|acabar\s+con\s+mi\s+vida)\b",
    r"me\s+(?:quiero|voy\s+a)\s+(?:matar|suicidar|quitar\s+la\s+vida)\b",
    r"(?:suicid(?:io|a|arme|arse)|autolesion\w*)\b",
    r"(?:acabar|terminar)\s+con\s+(?:todo|mi\s+vida|esto\s+de\s+una\s+vez)\b",
    # Not waking up wished ("ojalá no despertar") is the passive wish: rules_es_ask.py.
    r"me\s+(?:corto|he\s+cortado|estoy\s+cortando|hago\s+dano|lastimo)\b(?!\s+(?:el\s+pelo"
    r"|las\s+unas|con\s+el\s+papel|afeitando|cocinando)\b)",
    r"(?:cortarme|hacerme\s+dano|lastimarme)\s+(?:otra\s+vez|a\s+proposito|de\s+nuevo)\b",
    r"(?:tengo|he\s+juntado|he\s+guardado|guardo|junto)\s+(?:\w+\s+){0,2}?(?:pastillas"
    r"|pildoras|medicamentos)\s*(?:guardadas|guardados|escondidas|ahorradas)?\s*(?:para\s+\w+)?"
    + END,
    r"(?:sobredosis)\b",
    # Issue 20: plans with a place or a means, slang, stockpiles, lethal amounts, farewells.
    r"(?:me\s+voy\s+a\s+tirar|me\s+tiro|tirarme|me\s+aviento|aventarme|lanzarme|me\s+lanzo"
    r"|saltar|me\s+pongo\s+delante)\s+(?:de|del|desde|a|al|a\s+la|a\s+las|delante\s+del?)?"
    r"\s*(?:la\s+|el\s+|un\s+|una\s+|las\s+)?(?:puente|balcon|azotea|terraza|viaducto|vias"
    r"|tren|metro|cercanias|edificio|ventana|barranco|precipicio|acantilado|mercancias|camion)\b",
    r"(?:y\s+)?me\s+(?:tiro|cuelgo|mato)(?:\s+cuando\s+pase\b|\s*(?:[.!;]|$|,\s+ya\b))",
    r"me\s+voy\s+a\s+tirar\s+o\s+no\b",
    r"(?:colgarme|me\s+cuelgo\s+de|pegarme\s+un\s+tiro|me\s+pego\s+un\s+tiro|unalive\w*)\b",
    r"(?:me\s+la\s+pongo|ponermela)\s+en\s+la\s+cabeza\b",
    rf"(?:escopeta|pistola)\s+{words(5)}(?:cargada|en\s+la\s+cabeza)\b",
    r"(?:ate|atado|colgado|eche|he\s+echado)\s+(?:la\s+cuerda|el\s+lazo|la\s+soga)\b",
    r"(?:veneno|matarratas|lejia)\s+(?:[\w,]+\s+){0,12}?(?:me\s+lo\s+(?:tomo|bebo)|tomarmelo"
    r"|bebermelo)\b",
    r"garaje\s+(?:\w+\s+){0,4}?motor\s+encendido\b",
    r"llave\s+del\s+gas\s+y\s+me\s+acuesto\b",
    r"(?:parezca|pareciera)\s+(?:un\s+)?accidente\b",
    r"hasta\s+(?:que|q)\s+no\s+pueda\s+volver\b",
    r"(?:puente|azotea|balcon|viaducto|vias)\s+(?:[\w,]+\s+){0,6}?y\s+me\s+tiro\b",
    r"me\s+voy\s+al\s+(?:barranco|precipicio|acantilado)\b",
    r"carbon\s+(?:\w+\s+){0,3}?(?:para|en)\s+el\s+coche\b",
    r"(?:borde|cornisa)\s+de\s+la\s+azotea\b",
    r"(?:afuera|fuera)\s+de\s+la\s+(?:baranda|barandilla)\b",
    r"(?:subi|me\s+subi|subido)\s+al?\s+(?:barandal|baranda|barandilla|pretil)\b",
    r"(?:calculo|mirando|mire)\s+(?:cuando|a\s+que\s+hora)\s+(?:entra|pasa)\s+el\s+(?:tren"
    r"|mercancias|metro)\b",
    r"(?:pensando|pienso)\s+en\s+saltar" + END,
    r"(?:decidido|decidi)\s+quitarme\s+la\s+vida\b",
    r"estar\s+en\s+este\s+mundo\b",
    r"(?:me\s+(?:volvi|he\s+vuelto)\s+a|volvi\s+a|vuelvo\s+a|sigo|otra\s+vez\s+me)\s+"
    r"(?:cortar(?:me)?|cortandome|corte|quemar(?:me)?|quemandome|hacer\s+cortes)\b",
    r"me\s+(?:corte|queme)\s+(?:en\s+el\s+bano|con\s+el\s+mechero|otra\s+vez|de\s+nuevo)\b",
    r"(?:hacerme|me\s+hice|me\s+hago|me\s+he\s+hecho)\s+cortes\b",
    r"(?:hasta\s+sangrar|una\s+cuchilla)\b",
    r"(?:guardando|juntando|acumulando|ahorrando|afanando|apartando)\s+(?:las\s+|mis\s+)?"
    r"(?:\w+\s+){0,3}?(?:pastillas|pildoras|ampollas|lorazepam|clonazepam|medicacion)\b",
    r"(?:pastillas|ampollas)\s+(?:que\s+)?(?:\w+\s+){0,5}?(?:guardando|juntando|guardadas"
    r"|apartadas)\b",
    r"(?:ya\s+tengo|tengo)\s+(?:suficientes|casi\s+\d+|mas\s+de\s+\d+)\b",
    r"(?:me\s+las|me\s+los)\s+(?:tomo|trago|inyecto|tomare)\s+todas?\b",
    r"(?:me\s+)?(?:tomo|tomare)\s+todas\s+las\s+pastillas\b",
    r"(?:cuant[oa]s?|que\s+(?:dosis|cantidad))\s+(?:[\w,]+\s+){0,8}?(?:mortal|letal|(?:para|pa|xa)\s+no"
    r"\s+despertar(?:se|me)?|para\s+morir)\b",
    r"(?:dosis|cantidad)\s+(?:\w+\s+){0,4}?(?:mortal|letal)\b",
    r"ya\s+no\s+(?:los|las|lo|la)?\s*voy\s+a\s+(?:ocupar|necesitar)\b",
    r"(?:cuando|despues\s+de\s+esta\s+noche|manana)\s+ya\s+no\s+(?:este|estoy|me\s+van\s+a"
    r"\s+ver)\b",
    r"no\s+voy\s+a\s+estar\s+mucho\s+mas\b",
    r"ya\s+no\s+voy\s+a\s+estar" + END,
    r"ya\s+no\s+amanezco\b",
    r"ya\s+no\s+vas\s+a\s+saber\s+(?:nada\s+)?de\s+mi\b",
    r"(?:para\s+despedirme|esta\s+es\s+mi\s+despedida|no\s+me\s+busquen|me\s+voy\s+para"
    r"\s+siempre|adios\s+a\s+todos)\b",
    r"mi\s+ultim[oa]\s+(?:mensaje|conversacion)\b(?!\s+(?:del|de\s+hoy|antes|por\s+hoy))",
    r"(?:tomar|tomarme)\s+todas\s+(?:las|mis)\s+(?:pastillas|pildoras)\b",
    r"carta\s+de\s+despedida\b",
    r"(?:esto\s+es\s+un\s+adios|adios\s+para\s+siempre|me\s+despido\s+para\s+siempre)\b",
    r"(?:tirarme|lanzarme|saltar)\s+(?:de|desde)\s+(?:un|el|la|una)\s+(?:puente|edificio"
    r"|azotea|balcon|ventana)\b",
    r"(?:tirarme|lanzarme)\s+(?:a|al)\s+(?:las\s+vias|tren|metro)\b",
    r"ahorcarme\b",
    r"no\s+(?:tengo|hay)\s+(?:razones|motivos|razon|motivo)\s+para\s+(?:vivir|seguir)\b",
    r"no\s+vale\s+la\s+pena\s+(?:vivir|seguir\s+viviendo)\b",
    r"no\s+(?:le\s+)?(?:veo|encuentro)\s+(?:ningun\s+)?sentido\s+(?:a|en)\s+(?:la\s+vida|mi\s+vida"
    r"|vivir|seguir\s+viviendo)\b",
    # Round 4: the how decided, a place chosen, pills taken with drink, a rope bought.
    r"ya\s+(?:tengo|lo\s+tengo)\s+pensado\s+como\s+hacerlo\b",
    r"(?:elegi|escogi)\s+el\s+puente\b",
    r"se\s+necesitan\s+(?:\S+\s+){0,3}?ya\s+tengo\s+las\s+(?:cajas|pastillas)\b",
    r"(?:cuerda|soga)\s+(?:\S+\s+){0,20}?no\s+es\s+(?:pa|para)\s+eso\b",
    r"(?:tome|trague)\s+(?:\S+\s+){0,4}?(?:mitad|todo|todas)\s+(?:\S+\s+){0,2}?(?:frasco|caja|blister)\b",
    r"todo\s+lo\s+que\s+habia\s+en\s+el\s+botiquin\b",
    r"(?:subo|subir)\s+a\s+la\s+azotea\s+(?:\S+\s+){0,15}?lo\s+(?:he|tengo)\s+decidido\b",
    r"he\s+decidido\s+que\s+(?:es|sera)\s+(?:hoy|esta\s+noche|manana)\b",
    # Round 5: pills counted or gathered, the lethal amount looked up, a bridge watched for
    # when nobody passes, letters left with affairs in order, leaving "for good".
    r"(?:guardad|juntad|acumulad|ahorrad|escondid|apartad)[oa]s\s+(?:como\s+|unas\s+|unos\s+"
    r"|mas\s+de\s+|casi\s+)?\d+\s+(?:pastillas|pildoras|comprimidos|cajas|blisters|ampollas)\b",
    r"(?:pastillas|pildoras|comprimidos|ampollas)\s+(?:ya\s+)?(?:juntadas|acumuladas|ahorradas)\b",
    r"(?:cuant[oa]s?|que\s+(?:dosis|cantidad))\s+(?:[\w,]+\s+){0,8}?(?:para|pa)\s+(?:matarse"
    r"|matarme|suicidarse|suicidarme|morirse|no\s+despertar)\b",
    r"(?:como|formas?\s+de|maneras?\s+de|metodos?\s+(?:de|para))\s+(?:matarme|matarse"
    r"|suicidarme|suicidarse|quitarme\s+la\s+vida|quitarse\s+la\s+vida)\b",
    r"(?:puente|viaducto|azotea|acantilado|vias)\s+(?:[\w,]+\s+){0,8}?(?:a\s+que\s+hora|cuando)"
    r"\s+no\s+(?:pasa|hay)\s+nadie\b",
    r"(?:es\s+hora\s+de|quiero|voy\s+a|me\s+toca)\s+(?:irme|marcharme|partir)\s+para\s+siempre"
    r"\b(?!\s+(?:de|a|al|del|con)\b)",
    r"cartas?\s+(?:[\w,]+\s+){0,12}?(?:todo\s+en\s+orden|en\s+orden\s+(?:los\s+papeles|mis"
    r"\s+cosas|todo))\b",
    r"decidido\s*[.,]?\s+(?:solo\s+)?(?:queria|quiero|quisiera)\s+que\s+alguien\s+lo"
    r"\s+(?:supiera|sepa)\b",
    # Set J's meaning: a lethal height looked up, a high place visited to see if it is enough.
    r"(?:busque|buscando|mire|googlee|investigue|calcule|quiero\s+saber)\s+(?:\w+\s+){0,3}?"
    r"(?:que|cuanta|cuantos|cuantas)\s+(?:altura|pisos|metros)\s+(?:[\w,]+\s+){0,8}?(?:mata"
    r"|matarse|morir|mortal|letal|no\s+sobrevive)\b",
    r"(?:puente|viaducto|edificio|azotea|acantilado|terraza|mirador)\s+(?:[\w,]+\s+){0,8}?"
    r"(?:ver|comprobar|saber|medir)\s+si\s+(?:\w+\s+){0,2}?(?:era|es|esta|estaba)\s+(?:lo\s+)?"
    r"(?:bastante|suficientemente|lo\s+suficientemente)\s+alto\b",
    # Sets K and L: how many pills "hacen falta" looked up with no purpose said (a purpose like
    # "para dormir" is a dosing question); a jump told with its end ("me tiro y se acabó"), or
    # a high place and a decision in one breath of voice-to-text.
    r"(?:mirando|mire|mirado|buscando|busque|buscado|googleando|googlee|googleado|investigando"
    r"|investigue|investigado|consultando|consultado|leyendo|calculando|calcule)\s+"
    r"(?:\w+\s+){0,3}?cuant[oa]s\s+(?:pastillas|pildoras"
    r"|comprimidos|capsulas|ampollas|cajas|blisters)\s+(?!de\s+(?:magnesio|melatonina|vitamina"
    r"|hierro|omega|colageno|zinc|valeriana|probioticos|creatina|proteina|cafeina)\b)"
    r"(?:[\w,]+\s+){0,6}?(?:hacen\s+falta"
    r"|harian\s+falta|se\s+necesitan|se\s+necesitarian|bastan|bastarian|harian\s+efecto)\b"
    r"(?!\s+(?:para|pa|por|al|cada|en|con|de)\b)",
    r"me\s+(?:tiro|lanzo|tirare|lanzare|cuelgo|mato)\s+y\s+(?:ya\s+)?(?:se\s+acab(?:o|a|ara)"
    r"|se\s+termin(?:o|a|ara)|fin\b|adios|no\s+sufro\s+mas|dejo\s+de\s+sufrir)",
    r"(?:lo\s+tengo|lo\s+he|ya\s+esta|esta|estoy|estoy\s+ya)\s+(?:muy\s+)?decidid[oa]\s+"
    r"(?:[\w,]+\s+){0,14}?(?:me\s+tiro|me\s+lanzo|tirarme|lanzarme|me\s+cuelgo|colgarme)"
    r"(?:\s*(?:[.!;,]|$)|\s+y\b|\s+(?:de|desde|del)\s+(?:\w+\s+)?(?:puente|viaducto|azotea"
    r"|balcon|edificio|acantilado|ventana|terraza|tren)\b)",
)


EMERGENCY = {
    E.FACE_DROOP: (
        rf"(?:cara|boca)\s+{filler(3)}(?:caida|torcida|paralizada|colgando|desviada)\b",
        r"se\s+(?:me|le|te)\s+(?:cae|cayo|ha\s+caido|tuerce|torcio|ha\s+torcido|esta\s+torciendo"
        r"|esta\s+cayendo|quedo\s+torcida|ha\s+quedado\s+torcida)\s+(?:la\s+)?(?:cara|boca)\b",
        r"(?:paralisis|caida)\s+facial\b",
    ),
    E.SUDDEN_SPEECH_LOSS: (
        rf"{_SUDDEN}\s+{words(3)}no\s+(?:puedo|pude|podia)\s+(?:hablar|articular)\b",
        rf"{_SUDDEN}\s+{words(3)}(?:arrastro|arrastraba|trabo)\s+(?:las\s+)?palabras\b",
        rf"{_SUDDEN}\s+{words(2)}(?:perdi|he\s+perdido)\s+el\s+habla\b",
        r"(?:intento|quiero|trato\s+de)\s+hablar\s+(?:y\s+)?me\s+salen\s+(?:las\s+)?palabras\s+"
        r"(?:raras|equivocadas|sin\s+sentido|que\s+no\s+son|al\s+reves|mezcladas)\b",
    ),
    E.ONE_SIDED_WEAKNESS: (
        rf"(?:debilidad|entumecimiento|adormecimiento|paralisis)\s+(?:repentina|subita|{_SUDDEN})"
        r"\s+(?:en|de)\s+(?:un|el)\s+(?:lado|costado)\b",
        rf"{_SUDDEN}\s+{words(4)}(?:un|el)\s+lado\s+del\s+cuerpo\s+{words(2)}(?:debil|dormido"
        r"|entumecido|paralizado)\b",
        rf"{_SUDDEN}\s+{words(2)}(?:debilidad|entumecimiento)\s+en\s+(?:un|el)\s+lado\b",
        rf"{_SUDDEN}\s+{words(6)}no\s+(?:puede|puedo)\s+mover\s+(?:el|la)\s+(?:brazo|pierna|mano)\b",
        r"(?:medio|mitad\s+del)\s+cuerpo\s+(?:\w+\s+)?(?:paralizad[oa]|dormid[oa]|entumecid[oa])\b",
        # Set T: "se me durmió de golpe todo el lado" (speech above: "me salen palabras raras").
        rf"se\s+me\s+(?:durmio|adormecio|entumecio|paralizo|quedo\s+dormido)\s+{_SUDDEN}\s+(?:todo\s+)?"
        r"el\s+lado\s+(?:izquierdo|derecho)\b",
    ),
    E.WORST_HEADACHE: (
        r"peor\s+dolor\s+de\s+cabeza\s+de\s+(?:mi|toda\s+mi)\s+vida\b",
        r"dolor\s+de\s+cabeza\s+(?:subito|repentino|explosivo)\s+(?:y\s+)?(?:brutal|insoportable"
        r"|terrible)\b",
    ),
    E.CHEST_PAIN_SPREADING: (
        rf"(?:dolor|duele)\s+{words(4)}pecho\s+{words(8)}(?:brazo|mandibula|cuello)\b",
        rf"(?:dolor|opresion|presion|duele)\s+{words(4)}pecho\s+{words(6)}(?:va|baja|sube|irradia"
        rf"|extiende|pasa|corre|llega)\w*\s+{words(3)}(?:espalda|hombro)\b",
        rf"(?:dolor|opresion|presion|duele)\s+{words(4)}pecho\s+{words(10)}(?:sudando\s+frio"
        r"|sudor\s+frio|sudores\s+frios)\b",
        rf"(?:opresion|presion)\s+en\s+el\s+pecho\s+{words(6)}(?:brazo|mandibula)\b",
        # Set S: "me duele el pecho como si me aplastaran, se me va a la espalda y a la mandíbula".
        rf"(?:dolor|opresion|presion|duele)\s+{words(4)}pecho\s+{words(10)}(?:va|baja|sube|irradia"
        rf"|extiende|pasa|corre|llega)\w*\s+{words(6)}(?:mandibula|brazo\s+izquierdo|cuello)\b",
    ),
    E.CANNOT_BREATHE: (
        r"no\s+(?:puedo|podia|consigo|logro)\s+respirar\b"
        rf"{SITTING_UP}(?!\s+(?:por\s+la\s+nariz|de\s+la\s+risa))",
        r"me\s+(?:estoy\s+)?ahogando\b(?!\s+en\s+(?:trabajo|deudas|un\s+vaso))",
        # "me ahogo con el agua" is swallowing, "me ahogo en un vaso de agua" an idiom.
        r"siento\s+que\s+me\s+ahogo\b(?!\s+(?:con|al|en|de|cuando)\b)",
        # Anaphylaxis: the throat closing or the tongue swelling, beside an allergen or breath.
        rf"(?:garganta\s+{words(2)}(?:cerrando|cierra|hinchad[oa]|hinchando)|(?:cerrando|cierra"
        rf"|hinchando|hincha)\s+(?:la\s+)?garganta)\s+{words(10)}(?:mani|cacahuetes?|nueces"
        r"|marisco|gambas|alergi\w*|picadura|avispa|abeja|antibiotico|urticaria|ronchas"
        r"|pica\s+todo|lengua|labios)\b",
        rf"(?:hinchando|hinchad[oa]s?|hincha|hinchan)\s+{words(6)}(?:lengua|labios|garganta)\s+"
        rf"{words(12)}(?:respirar|respiro|aire|tragar)\b",
    ),
    E.HEART_ATTACK_OR_STROKE: (
        r"(?:me\s+esta\s+dando|estoy\s+teniendo|tengo)\s+un\s+(?:infarto|ictus|derrame"
        r"|ataque\s+al\s+corazon)\b",
        # Sight lost in one eye all at once (set L: "de golpe no veo nada por el ojo izquierdo").
        # The "no" inside the rule is the symptom, not a denial of it.
        rf"{_SUDDEN}\s+{words(3)}(?:no\s+veo\s+(?:nada\s+)?|deje\s+de\s+ver\s+|he\s+dejado\s+de"
        r"\s+ver\s+|perdi\s+la\s+vista\s+|he\s+perdido\s+la\s+vista\s+|se\s+me\s+(?:ha\s+)?"
        r"(?:apagado|ido\s+la\s+vista)\s+)(?:por|de|del|con|en)\s+(?:el|un|mi)\s+ojo\b",
        rf"(?:no\s+veo\s+(?:nada\s+)?|deje\s+de\s+ver\s+|perdi\s+la\s+vista\s+)(?:por|de|del|con"
        rf"|en)\s+(?:el|un|mi)\s+ojo\s+{words(5)}{_SUDDEN}\b",
        # Fainting with chest pain on waking up.
        rf"(?:me\s+desmaye|me\s+he\s+desmayado|perdi\s+el\s+conocimiento)\s+{filler(12)}"
        r"(?<!nada\sde\s)(?<!nada\s)(?:dolor"
        r"|opresion|presion)\s+(?:\w+\s+){0,2}?(?:en\s+el|del|de)\s+pecho\b",
        rf"(?:dolor|opresion|presion)\s+(?:\w+\s+){{0,2}}?(?:en\s+el|del|de)\s+pecho\s+{words(10)}"
        r"(?:me\s+desmaye|me\s+he\s+desmayado|perdi\s+el\s+conocimiento)\b",
    ),
}

HEAD_INJURY = (
    r"(?:golpee|me\s+pegue|me\s+di\s+un\s+golpe\s+en)\s+(?:la\s+)?cabeza\b",
    r"(?:golpe|traumatismo|contusion)\s+(?:en\s+la\s+cabeza|craneal|craneoencefalico)\b",
    r"conmocion\s+cerebral\b",
)
CONFUSION = (
    r"(?:confundid[oa]|desorientad[oa]|confusion)\b",
    r"no\s+se\s+donde\s+estoy\b",
    r"(?:perdi|perdio)\s+el\s+conocimiento\b",
    r"me\s+desmaye\b",
    r"vomit\w*",
)

RED_FLAGS = {
    R.WEAKNESS: (
        rf"{_BODY}\s+{filler(3)}(?:debil|debiles|sin\s+fuerza|floja|flojo)\b",
        rf"(?:debilidad|perdida\s+de\s+fuerza)\s+(?:en|de)\s+{words(2)}{_BODY}\b",
        r"debilidad\s+muscular\b",
        r"no\s+(?:puedo|consigo)\s+(?:\w+\s+)?(?:agarrar|sujetar|abrir|levantar|apretar)\s+"
        r"(?:\w+\s+){0,2}?(?:frascos?|botes?|botellas?|brazo|pie|taza|vaso|cosas|nada|bolsa)\b",
        r"(?:me\s+cuesta|dificultad\s+para)\s+(?:agarrar|sujetar|apretar)\b",
        r"(?:pie\s+caido|pie\s+equino)\b",
        r"(?:arrastro|arrastrando)\s+(?:el|un)\s+pie\b",
        r"(?:las\s+)?piernas\s+(?:\w+\s+)?(?:fallan|flaquean|ceden)\b",
    ),
    R.WASTING: (
        r"(?:atrofia|perdida\s+muscular|perdida\s+de\s+masa\s+muscular)\b",
        rf"{_BODY}\s+{filler(3)}(?:esta\s+|se\s+ve\s+|parece\s+)?(?:mas\s+delgad[oa]|mas\s+pequen[oa]|encogid[oa]|hundid[oa])\b",
    ),
    R.SWALLOWING: (
        r"(?:dificultad|problemas?|me\s+cuesta)\s+(?:para|al|a\s+la\s+hora\s+de)?\s*tragar\b",
        r"no\s+puedo\s+tragar\b",
        r"me\s+(?:atraganto|ahogo)\s+(?:\w+\s+){0,2}?(?:con\s+(?:el\s+agua|agua|liquidos"
        r"|la\s+comida|la\s+saliva)|al\s+(?:beber|comer|tragar))\b",
        r"disfagia\b",
    ),
    R.SPEECH: (
        r"(?:arrastro|arrastrando)\s+las\s+palabras\b",
        r"(?:habla|voz)\s+(?:\w+\s+)?(?:arrastrada|pastosa|torpe|farfullada)\b",
        r"(?:dificultad|problemas?)\s+para\s+(?:hablar|pronunciar|articular)\b",
        r"disartria\b",
    ),
    R.FALLS: (
        r"me\s+caigo\s+(?:\w+\s+)?(?:mucho|a\s+menudo|seguido|cada\s+dos\s+por\s+tres"
        r"|constantemente|sin\s+razon)\b",
        r"(?:me\s+)?tropiezo\s+(?:\w+\s+)?(?:mucho|a\s+menudo|constantemente|todo\s+el\s+rato"
        r"|todo\s+el\s+tiempo|seguido)\b",
        r"se\s+me\s+caen\s+las\s+cosas\b",
        r"se\s+me\s+cae\s+todo\s+de\s+(?:las\s+manos|la\s+mano)\b",
        r"(?:siempre|constantemente)\s+se\s+me\s+caen\b",
    ),
}

SPREADING = (
    r"(?:se\s+extiende|se\s+esta\s+extendiendo|se\s+expande|se\s+mueve\s+por)\b",
    r"por\s+todo\s+el\s+cuerpo\b",
)
NUMBNESS = (
    r"(?:hormigueo|entumecimiento|adormecimiento|entumecid[oa])\b",
    rf"{_BODY}\s+{filler(2)}(?:dormid[oa]|entumecid[oa])\b",
)
# "de golpe" is "all at once", no blow.
INJURY = (
    r"(?:accidente|caida|golpe(?<!de\sgolpe)|lesion|esguince|fractura|me\s+cai|me\s+he\s+caido"
    r"|choque)\b",
)

HEALTH_ANXIETY = (
    r"(?:es|sera|y\s+si\s+es|tengo|tendre|miedo\s+(?:a|de)\s+tener)\s+(?:\w+\s+){0,2}?"
    r"(?:ela|esclerosis|cancer|un\s+tumor|algo\s+grave|parkinson)\b",
    r"esclerosis\s+lateral\s+amiotrofica\b",
    r"(?:me\s+estoy\s+muriendo|me\s+voy\s+a\s+morir\s+de)\b",
    r"no\s+(?:me\s+)?quiero\s+morir\b",
    r"es\s+(?:grave|peligroso)\b",
)

IDIOMS = (
    # "Out of nowhere": the negator in it denies nothing ("do nada a pior dor de cabeça").
    r"de\s+la\s+nada\b",
    r"sin\s+mas\b",
    r"sin\s+previo\s+aviso\b",
    r"escuadron\s+suicida\b",  # the film "Suicide Squad"
    # A suicide in a series, film or book watched or read.
    r"(?:serie|pelicula|peli|documental|libro|novela|cancion|capitulo|episodio|anime)\s+(?:donde"
    r"|en\s+(?:la|el)\s+que|sobre|que\s+trata\s+de)\s+(?:\w+\s+){0,4}?(?:se\s+suicida|se\s+mata"
    r"|se\s+quita\s+la\s+vida)\b",
    r"(?:sobredosis\s+de\s+(?:chocolate|azucar|cafe|series|vitamina\s+\w+)|los\s+suicidas\s+de"
    r"|conducta\s+suicida|tema\s+sobredosis"
    r"|(?:preguntar|pregunta)\s+(?:directamente\s+)?por\s+ideas\s+suicidas"
    r"|llamada\s+de\s+alguien\s+con\s+ideas\s+suicidas)\b",
    r"(?:me\s+muero|me\s+moria|muriendome|me\s+mori|me\s+quiero\s+morir|me\s+queria\s+morir)"
    r"\s+(?:de|del|por)\s+(?:la\s+)?(?:risa|hambre|sueno|ganas|calor|frio|verguenza"
    r"|aburrimiento|miedo|sed|envidia|amor|pena|cansancio|un|una|verte|ir|probar|saber)\b",
    r"muert[oa]s?\s+de\s+(?:cansancio|sueno|hambre|risa|miedo|frio|calor|sed|aburrimiento)\b",
    r"(?:mataria|mato)\s+por\s+(?:un|una)\b",
    r"(?:morir|morirme|morirse)\s+de\s+(?:la\s+)?(?:risa|verguenza|aburrimiento|hambre|sueno|calor|frio"
    r"|envidia|ganas)\b",
    r"me\s+(?:esta\s+)?(?:mata|matan|matando)\b",
    # Self-harm in the imperfect, years ago: a past habit, not a present act.
    r"(?:hace\s+(?:\w+\s+)?anos|de\s+(?:adolescente|joven|chic[oa]))\s+me\s+autolesionaba\b",
    # A suicide attempt someone else came in with, told by whoever treated it (set L: "mi prima
    # es enfermera en urgencias y hoy le tocó un intento de suicidio").
    r"(?:le|les|nos)\s+(?:toco|ha\s+tocado|tocaron|han\s+tocado|llego|llegaron|entro|entraron)"
    r"\s+(?:\w+\s+){0,2}?(?:un|una|otro|otra|dos|tres)\s+(?:intentos?|tentativas?)\s+de"
    r"\s+suicidio\b",
    r"(?:atendi|atendio|atendimos|atendieron|ingresaron|trajeron|vimos|tuvimos)\s+(?:\w+\s+){0,2}?"
    r"(?:un|una|otro|otra|dos|tres|a\s+(?:un|una))\s+(?:\w+\s+)?(?:intentos?|tentativas?)\s+de"
    r"\s+suicidio\b",
    r"(?:paciente|chico|chica|senor|senora|hombre|mujer)\s+(?:con|por)\s+(?:un\s+)?intento\s+de"
    r"\s+suicidio\b",
    # "me quiero morir" over a mishap just told: a flat tyre, a broken phone, a burnt dinner.
    r"(?:me\s+quiero\s+morir|quiero\s+morirme|me\s+muero)\s*[,.!]*\s+(?:que\s+|porque\s+)?"
    r"se\s+me\s+(?:ha\s+|han\s+|acaba\s+de\s+|acaban\s+de\s+)?(?:pinchad|pinchar|roto|romper"
    r"|quemad|quemar|olvidad|olvidar|estropead|estropear|averiad|averiar|borrad|borrar|manchad"
    r"|manchar|derramad|derramar|escapad|escapar|colad|colar)\w*",
    r"se\s+me\s+(?:ha\s+|han\s+)?(?:pinchado|roto|quemado|olvidado|estropeado|averiado|borrado"
    r"|manchado|derramado|escapado|colado)\s+(?:[\w,]+\s+){0,8}?(?:me\s+quiero\s+morir"
    r"|quiero\s+morirme)\b",
)

_SOMEONE = (
    r"(?:el|ella|mi\s+(?:marido|esposo|esposa|mujer|pareja|padre|papa|madre|mama|hijo|hija"
    r"|amigo|amiga|novio|novia|hermano|hermana|bebe|abuelo|abuela|companero|companera|tio|tia"
    r"|vecino|vecina|nieto|nieta|compi|peque|primo|prima|sobrino|sobrina|cunado|cunada|suegro"
    r"|suegra|nene|nena|chaval|chavala|hijastro|hijastra|jefe|jefa|compa|cuate|pana|parce|parcero"
    r"|colega|carnal|bro)|alguien|un\s+(?:senor|hombre|chico"
    r"|pasajero|nino|invitado|albanil|cliente|companero)|una\s+(?:senora|mujer|chica|nina))"
)
SOMEONE_ELSE = (
    rf"{_SOMEONE}\s+(?:[\w,]+\s+){{0,8}}?(?:se\s+)?(?:desmayo|desplom\w*|caido\s+redondo"
    r"|no\s+reacciona|inconsciente|no\s+despierta|sin\s+contestar|poniendose\s+morado"
    r"|esta\s+morado|cayo\s+redondo|no\s+respira"
    r"|dejo\s+de\s+respirar|esta\s+inconsciente|inconsciente|no\s+responde|no\s+reacciona"
    r"|esta\s+convulsionando|convulsiona|tiene\s+(?:una\s+)?convulsion\w*|no\s+se\s+despierta"
    r"|se\s+esta\s+poniendo\s+azul|esta\s+morado|(?:esta\s+)?teniendo\s+(?:una\s+|unas\s+)?"
    r"(?:convulsion\w*|crisis\s+epileptica|ataque\s+epileptico)|le\s+(?:esta\s+)?(?:dando|dio)"
    r"\s+(?:una\s+)?(?:convulsion\w*|crisis\s+epileptica|ataque\s+epileptico))\b",
    r"no\s+(?:puedo|consigo)\s+despertar(?:lo|la)\b",
    r"no\s+hay\s+manera\s+de\s+despertar(?:lo|la|le)\b",
    r"(?:echando|echa|tiene|con)\s+espuma\s+(?:en|por)\s+la\s+boca\b",
    r"(?:con\s+)?los\s+ojos\s+en\s+blanco\b",
    r"(?:creo\s+que|no\s+se\s+si)\s+(?:no\s+)?respira\b",
    # Set S: "ya no despierta, lo movemos y nada, respira bien lento" after pills at a party.
    r"(?:no\s+(?:se\s+)?despierta|no\s+reacciona|no\s+responde)\s+(?:[\w,]+\s+){0,8}?respira\s+"
    r"(?:muy\s+|bien\s+|super\s+|re\s+)?(?:lento|despacio|lentito|poquito|raro)\b",
)
OVERDOSE_TAKEN = (
    r"(?:me\s+|se\s+)?(?:tome|trague|he\s+tomado|me\s+he\s+tomado|se\s+ha\s+tomado|se\s+tomo"
    r"|se\s+trago|se\s+ha\s+tragado|ha\s+tomado)\s+(?:\w+\s+){0,2}?(?:todas|toda"
    r"|todo|la\s+caja|el\s+bote|un\s+bote|una\s+caja|un\s+frasco|el\s+frasco|un\s+blister"
    r"|demasiadas|un\s+monton\s+de|\d\d+)\s+(?:\w+\s+){0,3}?"
    r"(?:pastillas|pildoras|comprimidos|caja|blister|medicamentos|paracetamol|ibuprofeno)\b",
    r"(?:tome|he\s+tomado)\s+una\s+sobredosis\b",
)
PANIC = (
    r"(?:ataque|crisis)\s+de\s+(?:panico|ansiedad)\b",
    r"panico\b",
    r"corazon\s+(?:\w+\s+){0,3}?(?:acelerado|a\s+mil|late\s+(?:muy\s+|super\s+)?(?:rapido|fuerte)"
    r"|se\s+me\s+sale|desbocado)\b",
    r"taquicardia\b",
    # "siento que me ahogo y que me voy a volver loca" (set L): the fear of going mad.
    r"me\s+(?:voy\s+a\s+volver|estoy\s+volviendo|vuelvo|voy\s+a\s+poner)\s+loc[oa]\b",
    r"(?:irreal|como\s+si\s+no\s+fuera\s+(?:yo|real)|volverme\s+loca|volviendo\s+loca"
    r"|volverme\s+loco|volviendo\s+loco|crisis\s+de\s+angustia|me\s+dio\s+el\s+ataque"
    r"|corazon\s+a\s+(?:tope|galope|mil)|(?:siento\s+que\s+me\s+voy|sensacion\s+de\s+que\s+me"
    r"\s+voy)\s+a\s+desmayar)\b",
    r"me\s+late\s+el\s+corazon\s+(?:muy|super)\s+(?:rapido|deprisa)\b",
    r"(?:medic[oa]|doctor|doctora|cardiologo|psiquiatra)\s+(?:\w+\s+){0,2}?(?:dijo|dice|ha\s+dicho"
    r"|confirmo|aseguro)\s+que\s+(?:es|era|fue)\s+(?:solo\s+)?(?:ansiedad|panico|nervios)\b",
    r"hiperventil\w*",
)
PANIC_DANGER = (
    r"labios\s+(?:\w+\s+)?(?:azules|morados)\b",
    r"(?:desmay\w*|perdi\s+el\s+conocimiento|dolor\s+(?:en\s+el\s+|de\s+)?pecho)\b",
)

RULES = LanguageRules(
    language="es",
    crisis=(*CRISIS, *CRISIS_MORE, *HARM_NOW, *EDGE),
    ask=ASK,
    emergency={**EMERGENCY, **swallowed(SOMEONE_ELSE, OVERDOSE_TAKEN)},
    panic=(*PANIC, *PANIC_MORE),
    panic_danger=PANIC_DANGER,
    red_flags={**RED_FLAGS, **FLAGS},
    health_anxiety=HEALTH_ANXIETY,
    spreading=SPREADING,
    numbness=NUMBNESS,
    injury=INJURY,
    head_injury=HEAD_INJURY,
    confusion=CONFUSION,
    idioms=(*IDIOMS, *IDIOMS_MORE),
    negators=("no", "nunca", "sin", "ni", "tampoco", "ningun", "ninguna", "ninguno", "nada"),
    hedges=("se", "estoy"),
    clause_breaks=("pero", "y", "aunque", "sino", "mientras"),
    given_away=GIVEN_AWAY,
    affairs=AFFAIRS,
    goodbyes=GOODBYES,
    finality=FINALITY,
)
