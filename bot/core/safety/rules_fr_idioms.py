"""French idioms and talk at a distance, blanked out before any rule runs ("je meurs de faim",
"ça me tue", a song about suicide, a client who spoke of it), kept apart from rules_fr.py to
keep each file short. Over normalised text, like every rule.
"""

from __future__ import annotations

# Who tells of a case at work: a nurse, a doctor, A&E, the SAMU, the fire brigade, a shift.
_CARER = (
    r"(?:infirmier|infirmiere|medecin|docteur|urgences|urgentiste|samu|smur|pompiers?"
    r"|ambulanci\w*|garde|aide\s+soignante?)"
)
# Not across the writer's own act ("j'ai", "je", "moi").
_NOT_ME = r"(?:(?!(?:je|j|jai|moi|me|m)\s)[\w,.]+\s+)"
_CAME_IN = (
    r"(?:a\s+eu|ont\s+eu|on\s+a\s+eu|avons\s+eu|est\s+arrive\w*|sont\s+arrive\w*|a\s+recu"
    r"|ont\s+recu|a\s+pris\s+en\s+charge|ont\s+pris\s+en\s+charge|ont\s+amene|a\s+soigne"
    r"|ont\s+soigne|a\s+ramasse|ont\s+ramasse|lui\s+est\s+tombe\s+dessus|a\s+gere|a\s+traite)"
)
_STROKE_PAST = (
    r"(?:avait\s+fait|a\s+fait|avait\s+eu|a\s+eu|j\s?avais\s+fait|j\s?ai\s+fait|fit|eut)\s+"
    r"(?:un|une)\s+(?:avc|accident\s+vasculaire(?:\s+cerebral)?|attaque\s+cerebrale|infarctus"
    r"\s+cerebral|hemorragie\s+cerebrale|ischemie)"
)
_LONG_AGO = (
    r"(?:en\s+(?:\d{4}|l\s?an\s+\d+)|il\s+y\s+a\s+(?:\w+\s+){1,2}?(?:ans|an|mois)|y\s+a\s+(?:\w+\s+)"
    r"{1,2}?ans|a\s+l\s?epoque|l\s?an\s+dernier|l\s?annee\s+derniere|autrefois|jadis)\b"
)
_THEN = (
    r"(?:(?!(?:maintenant|aujourd|encore|nouveau|recommence|revient|revenu|ce\s+matin|ce\s+soir"
    r"|hier)\b)[\w,.]+\s+)"
)
_RECOVERED = (
    r"(?:s\s?en\s+(?:etait|est|etaient|sont)\s+(?:\w+\s+)?(?:remis|remise|sorti|sortie)|(?:bien|completement"
    r"|totalement)\s+remise?|recupere\w*|sans\s+(?:aucune\s+)?sequelles?|aucune\s+sequelle"
    r"|gueri\w*|(?:il|elle)\s+va\s+(?:tres\s+)?bien\s+maintenant)"
)

IDIOMS = (
    # "Out of nowhere": the negator in it denies nothing ("do nada a pior dor de cabeça").
    r"sans\s+prevenir\b",
    # But weight lost "sans raison" is weight lost without trying, a red flag.
    r"sans(?<!kilos\ssans)(?<!kilo\ssans)(?<!kg\ssans)(?<!poids\ssans)(?<!maigris\ssans)"
    r"(?<!maigrit\ssans)(?<!maigri\ssans)\s+raison\b",
    r"(?:je\s+meurs|je\s+mourais|mourir|mourant|creve|crever|je\s+creve|j\s?ai\s+cru\s+mourir)"
    r"\s+(?:de|d)\s+(?:faim|soif|froid|chaud|rire|envie|sommeil|fatigue|peur|honte|ennui|chaleur"
    r"|impatience)\b",
    r"(?:mort|morte|morts|mortes)\s+de\s+(?:rire|fatigue|faim|peur|froid|honte|ennui)\b",
    r"(?:ca|cela|ce\s+\w+)\s+me\s+tue\b",
    r"(?:je\s+)?tuerais\s+pour\s+(?:un|une)\b",
    r"(?:a\s+mourir|mortellement)\s+(?:d\s?ennui|ennuyeux)\b",
    # "ce jeu va me tuer", "ma mère va me tuer": someone or something else, a figure of speech.
    r"(?:va|vont|allait|allaient|ira|iront)\s+me\s+tuer\b",
    r"(?:mort|morte|fait\s+tuer)\s+(?:\d+|\w+)\s+fois\s+(?:\S+\s+){0,6}?(?:jvais|je\s+vais)\s+me\s+(?:pendre|tuer)\b",
    r"(?:jvais|je\s+vais)\s+me\s+pendre\s+si\s+(?:j\s?ai|jai|je\s+dois)\s+encore\b",
    r"overdose\s+de\s+(?:sucre|chocolat|bonbons|cafe|series|travail|boulot)\b",
    # Suicide as a subject: a book, a rate, prevention training, an anti-suicide net.
    r"(?:livre|film|roman|serie|article|reportage|documentaire)\s+sur\s+(?:un|une|le|la|les)\s+(?:\w+\s+){0,3}?"
    r"(?:qui\s+se\s+)?suicid\w*",
    r"(?:taux\s+de|prevention\s+(?:du\s+)?|reperage\s+du\s+risque|anti\s?)\s*suicid\w*",
    r"le\s+suicide\s+d\s?(?!un\b|une\b)\w+\b",
    r"tentative\s+de\s+suicide\s+a\s+\d+\s+ans\b",
    # A song or an album: Orelsan's "Suicide social", a track about suicide on repeat.
    r"suicide\s+social\b",
    r"(?:chanson|son|morceau|titre|album|clip)s?\s+(?:\w+\s+){0,3}?(?:sur|parle\s+du)\s+(?:le\s+)?"
    r"suicide\b",
    # Someone met at work who spoke of suicide, told by whoever answered (set L: "un client qui
    # parlait de se suicider au téléphone, on a appelé le SAMU pour lui").
    r"(?:un|une|le|la|ce|cette|d\s?un|d\s?une)\s+(?:client|cliente|patient|patiente|appelant"
    r"|appelante|usager|usagere|passager|passagere|beneficiaire|eleve|etudiant|etudiante|detenu"
    r"|resident|residente)\s+(?:\w+\s+){0,2}?qui\s+(?:parlait|parle|a\s+parle|menacait|menace"
    r"|a\s+menace|voulait|disait|a\s+dit|avait\s+parle|evoquait|a\s+evoque)\s+(?:de\s+|d\s?)?"
    r"(?:se\s+suicider|suicide|se\s+tuer|en\s+finir|se\s+foutre\s+en\s+l\s?air|mettre\s+fin"
    r"\s+a\s+ses\s+jours)\b",
    # Sets M and N: a relative at A&E or on an ambulance telling of a case that came in ("ma
    # fille est infirmière aux urgences, cette nuit ils ont eu une overdose").
    rf"{_CARER}\s+{_NOT_ME}{{0,12}}?{_CAME_IN}\s+{_NOT_ME}{{0,5}}?(?:overdose|surdose"
    r"|tentative\s+de\s+suicide|tentatives\s+de\s+suicide|intoxication\s+volontaire)\b",
    # A stroke years ago, told with its recovery ("avait fait un AVC en 2012, la bouche de
    # travers … il s'en était bien remis"), never across "maintenant", "encore" or "ce matin",
    # so a stroke again now stays an emergency.
    rf"{_STROKE_PAST}\s+{_THEN}{{0,4}}?{_LONG_AGO}\s+{_THEN}{{0,30}}?{_RECOVERED}",
    rf"{_LONG_AGO}\s+{_THEN}{{0,6}}?{_STROKE_PAST}\s+{_THEN}{{0,30}}?{_RECOVERED}",
)
