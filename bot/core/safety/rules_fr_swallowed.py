"""French: someone else has swallowed something dangerous just now — le petit et une pile
bouton, une pastille de lave-vaisselle, de la javel ; le frère qui a bu de la mort-aux-rats ou
de l'antigel ; les médicaments de mamie, une plaquette entière. Appeler le 15 / 112 tout de suite.

Qui (mon fils, le petit, mon frère, avec « a » : « prend beaucoup de médicaments tous les
jours » reste dehors) et quoi (un noyau de cerise, un chewing-gum, le chocolat du chien restent
dehors) ; pour les cachets, une quantité ou ceux d'un autre (« a pris ses antibiotiques »,
« un cachet pour dormir » restent dehors).
"""

from __future__ import annotations

from bot.core.safety.common import any_order, not_after, swallowed_family
from bot.core.safety.rules_fr_seizing import SEIZING

__all__ = ["CHILD_SWALLOWED", "OVERDOSE_MORE", "SWALLOWED_PILLS", "SWALLOWED_POISON", "swallowed"]

_WHO = (
    r"(?:mon|ma|mes|notre|le|la)\s+(?:\w+\s+)?(?:fils|fille|enfant|gamin|gamine|bebe|petit"
    r"|petite|loulou|louloute|p\s?tit|p\s?tite|frere|soeur|mari|femme|copain|copine|pere|mere"
    r"|maman|papa|mamie|papi|pote|ami|amie|neveu|niece|conjoint|conjointe|compagnon|compagne"
    r"|coloc|fiston|cousin|cousine|jumeaux)"
)
# "a avalé", "a peut-être bu", "vient d'avaler"; never the present ("prend", "avale tous les
# jours").
_ATE = (
    r"(?:(?!qui\s|que\s)\w+\s+){0,2}?(?:(?:a|aurait|ont)\s+(?:\w+\s+){0,2}?(?:avale|mange|bu"
    r"|pris|ingere|croque|gobe|englouti|suce|lampe|siffle|mordu|mordille)|vient\s+d\s?(?:avaler|boire|manger"
    r"|prendre|gober))"
)
_POISON = (
    # A battery has an article; "a mangé pile à midi" is "right at noon".
    r"(?:(?:(?<=une\s)|(?<=la\s)|(?<=des\s)|(?<=les\s)|(?<=sa\s)|(?<=ses\s)|(?<=\d\s)|(?<=deux\s)"
    r"|(?<=trois\s))piles?\b(?!\s+de\s+(?!bouton))|batterie\w*|aimant\w*|(?:pastille|tablette"
    r"|capsule"
    r"|dosette)s?\s+(?:de|pour|du)\s+(?:lave\s+vaisselle|lessive)|lessive|javel|deboucheur\w*"
    r"|destop|produits?\s+(?:menagers?|(?:de\s+)?(?:nettoyage|menage|vaisselle)|d\s?entretien"
    r"|wc)"
    r"|mort\s+aux\s+rats|raticide|poison|antigel|lave\s+glace|desherbant|round\s?up"
    r"|pesticide\w*|insecticide\w*|anti\s+limaces?|white\s+spirit|essence|petrole"
    r"|alcool\s+a\s+bruler|ammoniaque|soude|e\s?liquide|huile\s+de\s+lampe|parfum|eau\s+de\s+cologne"
    r"|liquide\s+(?:de|pour)\s+(?:la\s+|sa\s+)?(?:vapoteuse|cigarette\s+electronique|vape|puff)"
    r"|anti\s+(?:tiques|puces)|antiparasitaire\w*)\b"
)
_PILL = (
    r"(?:medicaments|medocs|medoc|cachets|comprimes|pilules|gelules|somniferes|anxiolytiques"
    r"|antidepresseurs|doliprane\w*|dafalgan|efferalgan|paracetamol|ibuprofene|xanax|lexomil"
    r"|tranxene|lysanxia|stilnox|atarax)\b"
)
_MANY = (
    r"(?:(?:toute\s+)?(?:la|une|sa|ma)\s+(?:plaquette|boite|tablette|poignee)(?:\s+entiere)?"
    r"|tous\s+(?:les|mes|ces)|toutes\s+(?:les|mes|ces)|plein\s+de|plusieurs"
    r"|beaucoup\s+de|un\s+tas\s+de|une\s+tonne\s+de|\d\d+)\s+(?:\w+\s+){0,2}?"
)
_KIN = r"(?:mamie|papi|grand\s+mere|grand\s+pere|mere|pere|maman|papa|tante|oncle)"

SWALLOWED_POISON = (
    rf"{_WHO}\s+{_ATE}\s+(?:\w+\s+){{0,4}}?{_POISON}",
    # "a mis une capsule de lessive dans sa bouche" (not "une pile dans la télécommande").
    rf"{_WHO}\s+(?:\w+\s+){{0,2}}?a\s+mis\s+(?:\w+\s+){{0,3}}?{_POISON}\s+(?:\w+\s+){{0,2}}?"
    r"dans\s+sa\s+bouche",
)
SWALLOWED_PILLS = (
    rf"{_WHO}\s+{_ATE}\s+(?:\w+\s+)?{_MANY}{_PILL}",
    rf"{_WHO}\s+{_ATE}\s+(?:\w+\s+){{0,2}}?(?:mes\s+(?:\w+\s+)?{_PILL}|(?:des|les)\s+{_PILL}\s+"
    rf"(?:de|d)\s+(?:sa\s+|ma\s+|la\s+|mon\s+|son\s+)?{_KIN})",
    rf"{_WHO}\s+{_ATE}\s+[^.!?]{{0,30}}?{_PILL}[^.!?]{{0,40}}?(?:sais\s+pas|sait\s+pas"
    r"|aucune\s+idee\s+de)\s+combien\b",
    # "a trouvé les médicaments de la grand-mère et il a mangé plusieurs, je ne sais pas combien".
    rf"{_WHO}\s+[^.!?]{{0,60}}?{_PILL}[^.!?]{{0,60}}?(?:a|ont)\s+(?:\w+\s+)?(?:mange|avale|pris"
    r"|bu)\b[^.!?]{0,30}?(?:sais\s+pas|sait\s+pas|aucune\s+idee\s+de)\s+combien\b",
)


# Une surdose dite avec une quantité que les anciennes règles ne voient pas ("j'ai avalé une
# poignée de cachets", "le reste de mes somnifères"), et la dose de la semaine, une double dose ou
# tout le pilulier pris par erreur. Une habitude ("par jour", "tous les jours"), "comme prescrit",
# "presque" et les vitamines ou bonbons restent dehors.
_NOT_HABIT = (
    r"(?![^.!?]{0,40}?\b(?:par\s+jour|chaque\s+jour|tous\s+les\s+(?:jours|matins|soirs)"
    r"|quotidien\w*|comme\s+(?:prescrit|prevu|d\s+habitude)|depuis\s+des)\b)"
)
_OD_VERB = not_after(
    r"j\s+ai\s+avale|j\s+ai\s+pris|j\s+ai\s+gobe|j\s+ai\s+englouti|j\s+ai\s+ingere|j\s+ai\s+bouffe"
    r"|j\s+ai\s+descendu|je\s+me\s+suis\s+enfile|j\s+ai\s+tout\s+avale|j\s+ai\s+deja\s+avale"
    r"|j\s+ai\s+deja\s+pris",
    r"presque",
)
_ALMOST = r"presque|failli"
_MISTAKE = not_after(
    r"par\s+erreur|par\s+megarde|sans\s+faire\s+expres|sans\s+le\s+faire\s+expres"
    r"|par\s+accident|s\s+est\s+trompee?|je\s+me\s+suis\s+trompee?|a\s+confondu|ai\s+confondu"
    r"|a\s+tout\s+confondu|ai\s+tout\s+confondu",
    r"presque|failli|j\sai\sfailli",
)
_TOOK = not_after(
    r"pris|avale|gobe|ingere|prendre|avaler",
    r"presque|failli|j\sai\sfailli",
)
_DOSE = (
    r"(?:dose\s+(?:de\s+(?:toute\s+)?(?:la|une)\s+semaine|hebdomadaire|double)"
    r"|double\s+dose|tout\s+le\s+pilulier|le\s+pilulier\s+(?:entier|de\s+(?:toute\s+)?la\s+semaine)"
    r"|(?:les\s+)?(?:medicaments|cachets|comprimes|pilules)\s+de\s+(?:toute\s+)?la\s+semaine"
    r"|une\s+semaine\s+de\s+(?:medicaments|traitement|cachets|comprimes))"
)
OVERDOSE_MORE = (
    rf"{_OD_VERB}\s+(?:une\s+(?:grosse\s+|bonne\s+)?poignee|des\s+poignees|un\s+tas|une\s+tonne"
    rf"|une\s+dizaine|des\s+dizaines|plein|le\s+reste|ce\s+qui\s+(?:me\s+)?restait|tout\s+ce\s+qui"
    rf"\s+(?:me\s+)?restait|la\s+moitie\s+de\s+la\s+boite)\s+(?:de\s+|d\s+|des\s+)?(?:mes\s+|ses\s+"
    rf"|les\s+|ces\s+)?(?:\w+\s+)?{_PILL}{_NOT_HABIT}",
    *any_order(_ALMOST, _MISTAKE, _TOOK, _DOSE),
    # Set M: the same pills taken again and again by mistake, counted ("mes comprimés pour le
    # cœur ce matin puis encore à midi puis encore, une douzaine en tout").
    rf"{_TOOK}\s+(?:\w+\s+){{0,2}}?(?:mes\s+|les\s+|ses\s+)?{_PILL}\s+(?:[\w,.]+\s+){{0,16}}?"
    r"(?:une\s+douzaine|une\s+dizaine|une\s+quinzaine|une\s+vingtaine|une\s+trentaine|\d\d+)\s+"
    r"(?:en\s+tout|au\s+total|d\s?un\s+coup|a\s+la\s+suite)\b" + _NOT_HABIT,
    rf"(?:trompee?|par\s+erreur|confondu)\s+(?:[\w,.]+\s+){{0,12}}?{_TOOK}\s+(?:[\w,.]+\s+)"
    r"{0,12}?(?:deux|trois|quatre|2|3|4)\s+fois\b" + _NOT_HABIT,
)


# Set R : un petit enfant, souvent avec son âge ("mon gars de 4 ans"), dans ce qui fait du mal
# même s'il a l'air correct pour l'instant : pile bouton, aimants, fer (comprimés, gommes de
# vitamines avec du fer), capsule de lessive mordue, cachets pour le cœur ou la tension de
# mamie, somnifères. L'enfant et la chose sont nommés : un noyau de cerise, un chewing-gum,
# "a pris ses vitamines" et un article sur les piles restent dehors.
_KID = (
    r"(?:mon|ma|mes|notre|nos|le|la|les)\s+(?:\w+\s+)?(?:fils|fille|fillette|enfant|enfants"
    r"|gamin|gamine|bebe|petit|petite|petits|loulou|louloute|p\s?tit|p\s?tite|gars|garcon"
    r"|fiston|neveu|niece|jumeaux|jumelles|puce|cocotte|coco|minot|minote)\b"
)
_INTO = (
    r"(?:avale|avalee|avales|mange|mangee|manges|croque|croquee|machouille\w*|mordu|mordue"
    r"|mordille|leche|lechee|suce|sucee|bu|ingere|mis\s+(?:\w+\s+){0,2}?dans\s+sa\s+bouche)\b"
)
_HARM = (
    r"(?:piles?\s+(?:bouton|plate|au\s+lithium|de\s+(?:la\s+)?(?:telecommande|montre|balance))"
    r"|batterie\w*|aimant\w*|magnet\w*|(?:comprime|cachet|gelule|gomme|bonbon|vitamine|gummie"
    r"|gummies|supplement)s?\s+(?:\w+\s+){0,2}?(?:avec\s+du|au|de|en)\s+fer|fer\s+en\s+comprime\w*"
    r"|(?:capsule|dosette|pastille|tablette|pod)s?\s+(?:\w+\s+)?(?:de|pour|du|a)\s+(?:la\s+)?"
    r"(?:lessive|lave\s+vaisselle|lave\s+linge|machine)|lessive|(?:cachet|comprime|medicament"
    r"|pilule|gelule|traitement)s?\s+(?:\w+\s+)?(?:pour|contre|de|du)\s+(?:le\s+|la\s+|l\s?)?"
    r"(?:coeur|tension|cardiaque|dormir|diabete|thyroide|epilepsie)|somnifere\w*"
    r"|antidepresseur\w*|anxiolytique\w*|(?:medicament|cachet|comprime|pilule|gelule)s?\s+de\s+"
    r"(?:sa|ma|la|son|mon)\s+(?:mamie|grand\s+mere|mere|maman|papi|grand\s+pere|pere|papa|mamy)"
    r"|eau\s+de\s+javel|javel|produit\w*\s+(?:menager\w*|d\s?entretien|de\s+nettoyage|vaisselle)"
    r"|deboucheur\w*|destop)\b"
)
# Entre le verbe et la chose, ni "et", ni "puis", ni virgule : deux choses différentes.
_NEAR = r"\s+(?:(?!(?:et|puis|mais|ensuite)\s)[^\s.!?,]+\s+){0,6}?"
CHILD_SWALLOWED = (rf"{_KID}\s+(?:[^\s.!?]+\s+){{0,10}}?{_INTO}{_NEAR}{_HARM}",)

# Someone else's seizure (rules_fr_seizing.py) joins the someone-else sign here, beside the
# poisons, so rules_fr.py need not change.
swallowed = swallowed_family(
    (*SWALLOWED_POISON, *CHILD_SWALLOWED, *SEIZING), (*SWALLOWED_PILLS, *OVERDOSE_MORE)
)
