"""Spanish ask-tier rules (passive signs: no way out, a burden, can't go on, not waking wished),
kept apart from rules_es.py to keep each file short. Over normalised text, like every rule.
"""

from __future__ import annotations

from bot.core.safety.common import END

_MORE = r"(?:mas|ya)"

ASK: tuple[str, ...] = (
    # Round 9, one policy in all languages: a passive wish with no method, plan, time or
    # farewell is asked about ("no tengo ganas de vivir", "quiero dormir y no despertar nunca
    # más", "no quiero estar aquí"), as the blind writers label it.
    r"(?:no|ya\s+no)\s+(?:tengo|siento)\s+(?:(?:ningunas?|nada\s+de)\s+)?ganas\s+de\s+(?:seguir\s+)?"
    r"(?:vivir|viviendo|existir|estar\s+aqui)\b(?!\s+(?:en|con|cerca|alli|aqui)\b)",
    r"(?:no|ya\s+no)\s+(?:quiero|deseo)\s+(?:seguir\s+)?(?:existir|estar\s+aqui)\b"
    r"(?!\s+(?:en|con|cerca|alli|aqui)\b)",
    r"(?:ganas\s+de|ojala|quisiera|quiero)\s+no\s+(?:existir|existiera)\b",
    r"(?:dormir|dormirme)\s+y\s+(?:no|nunca)\s+(?:volver\s+a\s+)?despertar(?:me)?\b"
    r"(?!\s+(?:en|durante|hasta)\b)",
    rf"(?:ya\s+no|no)\s+puedo\s+{_MORE}(?:\s+(?:con\s+esto|con\s+todo|asi))?{END}",
    r"no\s+aguanto\s+(?:mas|esto\s+mas)\b",
    r"(?:quiero|quisiera)\s+desaparecer\b",
    r"(?:cansad[oa]|harto|harta)\s+de\s+todo\b",
    r"no\s+(?:le\s+)?(?:veo|encuentro)\s+(?:ninguna\s+)?salida\b",
    r"(?:soy|me\s+siento|es)\s+(?:una|un)\s+(?:carga|estorbo|molestia)\b",
    r"(?:estarian|estaran|estarias|estaria)\s+mejor\s+sin\s+(?:mi|este|esta)\b",
    r"(?:solo|nomas)\s+(?:estorbo|doy\s+(?:trabajo|gastos))\b",
    r"no\s+pinto\s+nada\b",
    r"(?:mejor|pudiera|gustaria|quisiera)\s+desaparecer\b",
    r"(?:si\s+(?:me\s+esfumo|desapareciera|no\s+estuviera|no\s+existiera|no\s+aparezco)|nadie)\s+"
    r"(?:\w+\s+){0,6}?(?:me\s+extranaria|se\s+daria\s+cuenta|lo\s+notaria|se\s+entera"
    r"|se\s+ahorrarian)\b",
    r"nadie\s+me\s+extranaria\b",
    r"(?:no\s+(?:le\s+)?veo|nada\s+tiene)\s+sentido\s*(?:a\s+(?:nada|levantarme|vivir))?"
    r"(?=\s*(?:[.!?,;]|$|ya|ultimamente))",
    r"(?:no\s+(?:le\s+)?veo|no\s+encuentro)\s+(?:ningun\s+)?(?:sentido|motivo)\s+(?:a|para)"
    r"\s+(?:nada|levantarme|vivir)\b",
    r"(?:para|pa)\s+(?:que|q)\s+(?:sigo|seguir|me\s+levanto)\b",
    r"(?:me\s+siento|estoy|sigo)\s+(?:\w+\s+)?atrapad[oa]\b(?!\s+en\s+(?:el|un)\s+(?:trafico"
    r"|atasco|ascensor))",
    r"atrapad[oa]\s*[.!]",
    r"no\s+(?:hay|veo|le\s+veo)\s+(?:la\s+)?salida\b",
    r"callejon\s+sin\s+salida\b",
    r"no\s+veo\s+(?:ningun\s+)?futuro\b",
    r"no\s+puedo\s+mas\s+con\s+(?:nada|todo|esto|este\s+dolor|mi\s+vida|la\s+vida)\b",
    r"no\s+doy\s+mas\b",
    r"no\s+aguanto\s+otr[oa]\s+(?:noche|dia)\b",
    r"(?:todo|esto|esto\s+ya|la\s+vida|mi\s+vida)\s+(?:es|se\s+ha\s+vuelto)\s+insoportable\b",
    r"(?:se\s+me\s+hacen|se\s+me\s+hace)\s+insoportables?\b",
    r"(?:agotad|cansad|hart|quemad)[oa]s?\s+de\s+(?:vivir|existir|la\s+vida)\b",
    r"agotad[oa]\s+de\s+todo\b",
    r"(?:dormir|dormirme)\s+(?:[\w,]+\s+){0,3}?(?:y\s+)?(?:no\s+)?despertar(?:me)?\s+(?:en"
    r"|cuando|hasta|durante)\b",
    r"deseando\s+no\s+despertar(?:me)?\b",
    r"(?:ojala|me\s+gustaria|quisiera|preferiria)\s+(?:poder\s+)?(?:dormir|dormirme)\s+y\s+(?:no"
    r"|nunca|ya\s+no)\s+(?:volver\s+a\s+)?despertar(?:me)?\b",
    r"(?:sin\s+esperanza|desesperanzad[oa])\b",
    # Round 4: a date chosen, letters left, a pretext for giving things away, "tired of living".
    r"ya\s+(?:tengo|elegi|escogi)\s+(?:la\s+fecha|el\s+dia)\b(?!\s+(?:de|del|para)\b)",
    r"y\s+no\s+vuelvo" + END,
    r"(?:dado|di|dada|regalado|regale)\s+(?:\S+\s+){0,10}?(?:diciendole|le\s+dije|les\s+dije)\s+(?:q|que)\s+me"
    r"\s+voy\s+de\s+viaje\b",
    r"(?:mis\s+cartas\s+ya\s+estan|las\s+van\s+a\s+encontrar\s+(?:\S+\s+){0,3}?cuando\s+no\s+llegue)\b",
    r"(?:ya\s+)?lo\s+(?:he|tengo)\s+(?:decidido|pensado)" + END,
    r"no\s+de\s+\w+\s*,\s*de\s+vivir\b",
    r"(?:ya\s+no|no)\s+(?:puede|podia|pueden)\s+mas\s+con\s+(?:nada|todo|esto|la\s+vida"
    r"|su\s+vida)\b",
    r"(?:dice|dijo|siente|cree)\s+que\s+(?:es\s+una\s+carga|quiere\s+desaparecer|ya\s+no\s+puede"
    r"\s+mas|estariamos\s+mejor\s+sin\s+(?:el|ella)|no\s+le\s+ve\s+sentido\s+a\s+nada)\b",
    r"(?:deje|dejado|dejando|dejar|tengo|puse|poniendo)\s+(?:todo\s+)?en\s+orden\s+(?:los"
    r"\s+papeles|mis\s+(?:cosas|asuntos|papeles)|el\s+seguro|el\s+testamento)\b",
    r"ya\s+no\s+voy\s+a\s+seguir\s+con\s+esto" + END,
    r"(?:paga|pagara|cobra|cobrara)\s+el\s+seguro\s+(?:de\s+vida\s+)?a\s+mi\s+(?:mujer|esposa|marido|familia)\b",
    # Sets K and L: not waking up wished in the subjunctive ("ojalá me duerma y no me
    # despierte"), or said by someone else ("un amigo dice que ojalá no despertarse").
    r"(?:me\s+duerma|me\s+durmiera|me\s+quede\s+dormid[oa]|dormirme)\s+(?:[\w,]+\s+){0,3}?"
    r"y\s+(?:no|nunca|ya\s+no)\s+(?:me\s+)?(?:despierte|despertara|vuelva\s+a\s+despertar"
    r"|volviera\s+a\s+despertar)\b(?!\s+(?:hasta|antes|temprano|pronto|a\s+las|en\s+toda"
    r"|durante|por\s+la)\b)",
    r"(?:ojala|quisiera|preferiria)\s+no\s+(?:me\s+)?(?:despierte|despertara|despertarse"
    r"|vuelva\s+a\s+despertar|volviera\s+a\s+despertar)\b(?!\s+(?:hasta|antes|temprano"
    r"|pronto|a\s+las|en\s+toda|durante|por\s+la)\b)",
    r"(?:dice|dijo|diga|dicen|decia|escribe|escribio|piensa|cree)\s+que\s+(?:ojala\s+)?"
    r"(?:no\s+(?:quiere\s+|quisiera\s+)?(?:despertar\w*|volver\s+a\s+despertar\w*)\s*"
    r"(?:nunca(?:\s+mas)?|mas|jamas|manana)?\s*(?:[.!?,;:)]|$|eso|y)"
    r"|(?:(?:se\s+)?quiere\s+morir(?:se)?|quisiera\s+morir(?:se)?|se\s+quiere\s+matar"
    r"|ojala\s+se\s+muriera)\b(?!\s+(?:de|del|por)\b))",
    # Not waking up wished in the infinitive ("ojalá no despertarme", "no quiero volver a
    # despertar"): a passive wish, which the direct question is for.
    r"(?:no\s+quiero|ojala\s+no|quisiera\s+no|quiero\s+no|preferiria\s+no)\s+(?:volver\s+a\s+)?"
    r"despertar(?:me)?\s*(?:nunca|mas|manana)?" + END,
    # Sets M and N: the height of a balcony, a terrace or a bridge looked up, often with "just
    # out of curiosity" ("solo he mirado cuantos metros hay desde mi terraza, octavo piso");
    # a van's clearance, a flat's square metres or a move keep it clear.
    r"(?:mirado|mire|mirando|buscado|busque|buscando|medido|medi|midiendo|calculado|calcule"
    r"|calculando|comprobado|comprobe|googleado|googlee|contado|conte|preguntado|pregunte"
    r"|investigado|investigue|consultado)\s+(?:\w+\s+){0,3}?(?:cuant[oa]s\s+(?:metros"
    r"(?!\s+cuadrados)|pisos|plantas)|la\s+altura|que\s+altura|lo\s+alto|cuanto\s+mide"
    r"|cuanta\s+altura|cuanta\s+caida)\s+(?:[\w,]+\s+){0,6}?(?:puente|viaducto|terraza|balcon"
    r"|azotea|tejado|ventana|edificio|acantilado|torre|mirador|presa)\b(?![^.!?]{0,40}\b(?:camion"
    r"|furgo\w*|autobus|caravana|galibo|pasar|mudanza|andamio|obra|cortina\w*|toldo|escalera"
    r"|cuadrados|alquiler|antena|parabolica)\b)",
)

# Set R: a passive wish asked about, not a crisis: not waking up accepted ("if I don't wake up
# tomorrow, that's fine too") and a prayer to be taken soon.
ASK += (
    # Or the other way round: "it would be better not to wake up".
    r"(?:seria|es|estaria|sera)\s+(?:\w+\s+)?(?:mejor|mas\s+facil|un\s+alivio)\s+(?:no\s+(?:volver\s+a\s+)?despertar(?:me)?|que\s+no\s+(?:me\s+)?despierte|si\s+no\s+(?:me\s+)?despertara)\b(?!\s+(?:a|al|temprano|antes|con)\b)",
    r"si\s+(?:\w+\s+){0,2}?no\s+(?:me\s+)?(?:despierto|despertara|despertase|vuelvo\s+a\s+despertar)\s+(?:\w+\s+)?(?:,\s+)?(?:pues\s+)?(?:tampoco\s+pasa\s+nada|no\s+pasa\s+nada|me\s+da\s+igual|mejor|estaria\s+bien|tan\s+mal\s+no\s+estaria|no\s+seria\s+tan\s+malo)\b",
    r"(?:dios|senor|diosito|virgen)\s+(?:mio\s+)?(?:,\s+)?(?:por\s+favor\s+)?(?:llevame|recogeme)\b(?!\s+(?:a|al|hasta)\s)",
    r"(?:le\s+)?(?:pido|ruego|rezo)\s+(?:a\s+(?:dios|diosito|la\s+virgen)\s+)?(?:\w+\s+){0,3}?(?:que|para\s+que)\s+me\s+(?:lleve|recoja)\b(?!\s+(?:a|al|hasta)\s)",
)

# Set S: being a burden, with a wish to vanish, asked about ("siento que estorbo… como que si
# desapareciera todos estarían más tranquilos").
ASK += (
    r"si\s+(?:yo\s+)?(?:desapareciera|desaparezco|no\s+estuviera|no\s+existiera)\s+(?:[\w,]+\s+)"
    r"{0,3}?(?:estarian|estaria|serian|vivirian)\s+(?:mas\s+|mucho\s+mas\s+)?(?:tranquil"
    r"[oa]s?|mejor|felices|a\s+gusto)\b",
)
