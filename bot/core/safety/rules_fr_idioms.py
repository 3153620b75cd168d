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

_FAREWELL = (
    r"(?:(?:pot|fete|soiree|repas|dejeuner|diner|apero|gateau|verre|cadeau)\s+de\s+depart"
    r"|(?:j\s?ai\s+)?(?:dit|fait)\s+(?:adieu|au\s+revoir|mes\s+adieux)|dire\s+(?:adieu|au\s+revoir)"
    r"|faire\s+mes\s+adieux|(?:mon|le|notre)\s+depart)"
)
_JOB = (
    r"(?:equipe|boulot|travail|taf|job|boite|entreprise|bureau|collegues|chef|cheffe|patron"
    r"|clients|service|resto|restaurant|magasin|chantier|atelier|usine|open\s+space|cuisine)"
)
_NEW_JOB = (
    r"(?:nouve(?:au|l|lle)\s+(?:job|boulot|travail|poste|taf|boite|entreprise|equipe|resto)"
    r"|(?:autre|nouvelle)\s+(?:boite|entreprise|resto|restaurant|poste|job|boulot)"
    r"|change\w*\s+de\s+(?:boulot|travail|job|boite|poste|resto)|(?:je\s+)?commence\s+(?:\w+\s+)"
    r"{0,2}?(?:lundi|demain|ailleurs|la\s+bas)|retraite)"
)
# Not across a farewell letter, "forever", a last time or a death.
_NOT_FINAL = r"(?:(?!(?:toujours|mourir|mort|tuer|vie|lettre|mot|dernier\w*|jamais)\b)[\w,.!]+\s+)"
# Nor before words of an end ("never again", "forever", a letter, dying).
_STAYS = (
    r"(?![^!?]{0,80}\b(?:plus\s+jamais|pour\s+toujours|ne\s+me\s+(?:reverrez|verrez|reverront)"
    r"|ne\s+serai\s+plus|lettre|derniere\s+fois|mouri\w*|tuer|suicid\w*))"
)
_WORK = (
    r"(?:chanson|morceau|titre|son|tube|album|film|serie|livre|roman|episode|jeu|single|clip"
    r"|poeme|refrain|paroles|hymne|bande\s+originale)"
)

# An age long past, said as the time of it: "ado", "au lycée", "quand j'étais jeune", "à 15 ans".
_YOUNG = (
    r"(?:adolescente?|ado|a\s+l\s?adolescence|au\s+lycee|au\s+college|en\s+(?:seconde|premiere"
    r"|terminale|fac)|quand\s+j\s?etais\s+(?:\w+\s+)?(?:ado|adolescente?|jeune|petite?|gamine?"
    r"|etudiante?|au\s+lycee|au\s+college)|plus\s+jeune|a\s+\d+\s+ans|vers\s+\d+\s+ans|jeune"
    r"|etudiante?)"
)
_USED_TO = (
    r"(?:je\s+me|jme)\s+(?:scarifiais|coupais|mutilais|faisais\s+du\s+mal|griffais|brulais"
    r"|tailladais)|j\s?ai\s+fait\s+(?:une|des|deux)\s+(?:ts|tentatives?(?:\s+de\s+suicide)?)"
    r"|j\s?avais\s+fait\s+(?:une|des)\s+(?:ts|tentatives?)"
)
# Told as over: years since, care had, "ça va".
_OVER = (
    r"(?=[^!?]{0,120}\b(?:il\s+y\s+a\s+(?:\w+\s+)?(?:ans|\d+\s+ans)|y\s+a\s+\d+\s+ans|ca\s+fait"
    r"\s+(?:\w+\s+)?\d*\s*ans|suivie?|soignee?|ca\s+va\s+(?:bien\s+)?(?:maintenant|aujourd\s?hui)?"
    r"|je\s+vais\s+bien|c\s?est\s+(?:fini|derriere|du\s+passe|loin)|gueri\w*|sortie?\s+de\s+(?:la|ca)"
    r"|pour\s+le\s+contexte)\b)"
)
_NOT_NOW = r"(?![^!?]{0,120}\b(?:recommence\w*|a\s+nouveau|de\s+nouveau|hier|ce\s+matin|ce\s+soir"
_NOT_NOW += (
    r"|cette\s+nuit|en\s+ce\s+moment|depuis\s+(?:quelques|deux|trois)\s+(?:jours|semaines)|rechute"
)
_NOT_NOW += r"|envie\s+de\s+recommencer|me\s+reprend\w*|je\s+me\s+suis\s+(?:re)?coupe\w*)\b)"

IDIOMS = (
    # Set O: self-harm or an attempt at an age long past, told as over ("Adolescente, je me
    # scarifiais. C'était il y a 25 ans, j'ai été suivie, ça va"); never with a relapse now.
    rf"{_YOUNG}\s*,?\s+(?:\w+\s+){{0,2}}?(?:{_USED_TO}){_OVER}{_NOT_NOW}",
    rf"(?:{_USED_TO})\s+(?:\w+\s+){{0,2}}?{_YOUNG}\b{_OVER}{_NOT_NOW}",
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
    # Sets P and Q: a leaving do at work, goodbyes to a team or before a new job ("pot de
    # départ au bureau ce soir, j'ai dit adieu à tout le monde. Nouveau job lundi"), never
    # across a letter, "forever" or a death.
    r"(?:pot|fete|soiree|repas|dejeuner|diner|apero|gateau|verre|cadeau)s?\s+de\s+depart\b",
    rf"{_FAREWELL}\s+(?:\w+\s+){{0,3}}?(?:a|au|aux|a\s+(?:la|l|mes|mon|ma)|de|du|des|d)\s*"
    rf"(?:\w+\s+){{0,2}}?{_JOB}\b{_STAYS}",
    rf"{_FAREWELL}\s+{_NOT_FINAL}{{0,20}}?{_NEW_JOB}\b{_STAYS}",
    # A song's, a film's or a book's name or words ("le morceau s'appelle 'overdose'", "j'ai
    # « je veux mourir ce soir » d'une chanson dans la tête").
    rf"{_WORK}\s+(?:\w+\s+){{0,4}}?(?:s\s?appelle|qui\s+s\s?appelle|intitule\w*|appele\w*"
    r"|qui\s+dit|qui\s+fait|nomme\w*)\s+(?:\"[^\"]{1,80}\"|(?:\w+\s+){0,3}\w+)",
    rf"{_WORK}\s+(?:\w+\s+){{0,4}}?\"[^\"]{{1,80}}\"",
    r"(?:j\s?ai|ai|avoir|chante\w*|fredonne\w*|ecoute\w*|entendu|comme\s+dit|comme\s+dans)\s+"
    r"(?:\w+\s+){0,2}?\"[^\"]{1,80}\"\s+(?:\w+\s+){0,2}?(?:d\s?une|de\s+la|du|de\s+l|de\s+ce"
    rf"|de\s+cette|dans\s+(?:une|la|ce|cette))\s+(?:\w+\s+)?{_WORK}\b",
    # Words of a song sung or heard, quoted or not ("je chantonne je veux mourir d'une chanson").
    r"(?:chante\w*|chantonne\w*|fredonne\w*|ecoute\w*)\s+(?:\w+\s+){1,6}?(?:d\s?une|de\s+la"
    r"|du|de\s+l|de\s+ce|de\s+cette|dans\s+(?:une|la|ce|cette))\s+(?:\w+\s+)?"
    rf"{_WORK}\b",
)
