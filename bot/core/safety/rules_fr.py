"""French safety rules, over normalised text: accents folded, apostrophes as spaces, so "j'ai",
"jai" and "j ai" are all written `j\\s?ai`.

"Je meurs de faim", "mort de rire", "ça me tue" are idioms, blanked out before any rule runs.
"""

from __future__ import annotations

from bot.core.safety.common import END, filler, words
from bot.core.safety.rules_fr_ask import ASK
from bot.core.safety.rules_fr_edge import EDGE
from bot.core.safety.rules_fr_flags import FLAGS, SITTING_UP
from bot.core.safety.rules_fr_harm import HARM_NOW
from bot.core.safety.rules_fr_idioms import IDIOMS
from bot.core.safety.rules_fr_preparations import AFFAIRS, FINALITY, GIVEN_AWAY, GOODBYES
from bot.core.safety.rules_fr_swallowed import swallowed
from bot.core.safety.rules_fr_told import CRISIS_MORE, PANIC_MORE
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import EmergencySign as E
from bot.core.safety.verdict import RedFlag as R

_BODY = (
    r"(?:main|mains|bras|jambe|jambes|pied|pieds|doigt|doigts|pouce|muscle|muscles|mollet"
    r"|cuisse|genou|epaule|poignet)"
)
_SUDDEN = r"(?:soudain|soudainement|subitement|tout\s+a\s+coup|d\s?un\s+coup|brusquement)"
_I_WANT = r"(?:je\s+veux|jveux|j\s?ai\s+envie\s+de|je\s+voudrais|j\s?aimerais|envie\s+de)"
_NO_MORE = (
    r"(?:ne\s+veux\s+plus|veux\s+plus|jveux\s+plus|n\s?ai\s+plus\s+envie\s+de"
    r"|ai\s+plus\s+envie\s+de)"
)

CRISIS = (
    rf"{_I_WANT}\s+(?:juste\s+|simplement\s+)?(?:mourir|crever|etre\s+mort|etre\s+morte)\b",
    rf"{_I_WANT}\s+(?:me\s+tuer|me\s+suicider|en\s+finir|me\s+foutre\s+en\s+l\s?air)\b",
    r"(?:envie|besoin)\s+d\s?en\s+finir\b",
    r"(?:en\s+finir|me\s+tuer|me\s+suicider)\s+(?:avec\s+la\s+vie|ce\s+soir|bientot)\b",
    r"(?:suicid(?:e|aire|aires|er)|automutilation|scarification)\b",
    r"(?:me\s+suicider|me\s+tuer|me\s+pendre|me\s+foutre\s+en\s+l\s?air)\b",
    # No wish left to live ("j'ai plus envie de vivre"), not existing, not being there: the
    # passive wish, asked about (rules_fr_ask.py); "je ne veux plus vivre" stays a crisis.
    r"(?:ne\s+veux\s+plus|veux\s+plus|jveux\s+plus)\s+(?:vivre|etre\s+en\s+vie)\b"
    r"(?!\s+(?:a|en|avec|ici|la)\b)",
    r"(?:je\s+ne\s+|je\s+|jne\s+)?pense\s+(?:qu\s?)?a\s+(?:sauter|me\s+jeter)\b",
    r"(?:je\s+ne|je|j)\s+veux\s+pas\s+vivre\b(?!\s+(?:a|en|avec|ici|la|sans)\b)",
    r"mettre\s+fin\s+a\s+(?:mes\s+jours|ma\s+vie|tout)\b",
    r"(?:je\s+me|me)\s+(?:scarifie|mutile|coupe\s+(?:encore|volontairement|les\s+bras"
    r"|les\s+poignets)|fais\s+du\s+mal\s+(?:expres|volontairement|encore))\b",
    r"me\s+faire\s+du\s+mal\b",
    # "je me fais du mal à penser à ça" is worry.
    r"je\s+me\s+fais\s+du\s+mal\b(?!\s+(?:a|en|avec|quand|pour|de|d)\b)",
    r"(?:garde|stocke|accumule|mis\s+de\s+cote|cache)\s+(?:\w+\s+){0,2}?(?:medicaments"
    r"|cachets|comprimes|pilules)\b",
    r"(?:overdose|surdose)\b",
    r"prendre\s+tous\s+mes\s+(?:medicaments|cachets|comprimes)\b",
    r"(?:c\s?est\s+un\s+adieu|adieu\s+a\s+tous|adieu\s+pour\s+toujours)\b",
    r"sauter\s+(?:d\s?un|du\s+haut\s+d\s?un|du)\s+(?:pont|immeuble|toit|balcon)\b",
    r"(?:aucune|plus\s+de|pas\s+de)\s+raison\s+de\s+vivre\b",
    r"la\s+vie\s+ne\s+vaut\s+(?:plus\s+)?(?:pas\s+)?la\s+peine\b",
    r"envie\s+d\s?etre\s+mort\w*",
    r"(?:lettres?|mots?|story|messages?)\s+d\s?adieux?\b",
    r"(?:ecrit|redige|fini|termine)\s+mes\s+(?:adieux|lettres)\b",
    # Issue 20: self-harm in everyday and slang forms, stockpiling, a plan with a place or means.
    r"(?:re)?scarif(?!iais\b|iait\b)\w*",
    r"(?:je\s+me|jme|me)\s+(?:suis\s+)?(?:encore\s+)?(?:recoupe|recoupee|griffe\w*|brule\w*"
    r"|tape\s+la\s+tete|cogne\w*\s+la\s+tete|recogne\w*\s+la\s+tete)\s+(?:\w+\s+){0,6}?"
    r"(?:jusqu\s+au\s+sang|jusqu\s+a\s+saigner|au\s+briquet|a\s+la\s+cigarette|au\s+fer|avec\s+le"
    r"\s+fer|ce\s+soir|lame)\b",
    r"(?:je\s+me|jme)\s+recoupe\b",
    r"(?:mets|mis|met|mettre|garde|gardee?)\s+(?:\w+\s+){0,3}?de\s+cote\s+(?:\w+\s+){0,3}?"
    r"(?:comprimes|cachets|medicaments|medocs|boites|insuline|pilules|ampoules)\b",
    r"(?:mets|mis|met|garde)\s+(?:mes|des|mon|ma|le|les)\s+(?:\w+\s+){0,2}?(?:comprimes|cachets"
    r"|medicaments|medocs|insuline|fusil)\s+(?:\w+\s+){0,3}?de\s+cote\b",
    r"(?:sais|connais)\s+(?:exactement\s+|tres\s+bien\s+)?(?:combien\s+il\s+en\s+faut|la\s+dose)\b",
    r"(?:dose|quantite)\s+(?:mortelle|letale)\b",
    r"(?:dose|quantite)\s+(?:\w+\s+){0,3}?dont\s+on\s+ne\s+revient\s+pas\b",
    r"combien\s+(?:\w+\s+){0,6}?(?:faut|faudrait)\s+(?:\w+\s+){0,2}?pour\s+(?:mourir|ne\s+plus\s+se"
    r"\s+reveiller|(?:ne\s+)?pas\s+se\s+rater|en\s+finir|y\s+passer)\b",
    r"medocs\s+sont\s+prets\b",
    r"(?:je\s+(?:vais\s+)?|jvais\s+)(?:sauter|saute|me\s+jeter|me\s+jette)\s+(?:du|de\s+la|d\s?un|dans"
    r"\s+(?:la\s+seine|le\s+vide|le\s+rhone|la\s+loire)|sous)\b",
    r"(?:je\s+vais|jvais|vendredi\s+je|samedi\s+je|dimanche\s+je|ce\s+soir\s+je)\s+sauter?" + END,
    r"(?:pont|viaduc|falaise|toit|fenetre|immeuble|quai)\s+(?:\w+\s+){0,12}?(?:je\s+saute|sauter|me"
    r"\s+jeter|je\s+me\s+jette|me\s+laisse\s+tomber)\b",
    r"me\s+(?:jette|jeter)\s+sous\s+(?:le|un|une|la)\b",
    r"(?:je\s+me|jme)\s+pends?\b",
    r"(?:suis|jsuis)\s+sur\s+les\s+rails\b",
    r"sur\s+la\s+voie\s+(?:ferree|du\s+rer|du\s+train|du\s+metro)\b",
    rf"(?:voiture|auto)\s+{words(4)}garage\s+{words(4)}moteur\b",
    rf"(?:fusil|flingue|arme|corde)\s+{words(14)}(?:sur\s+moi|m\s?en\s+servir\w*|je\s+regle\s+ca"
    r"|c\s?est\s+fini|ce\s+sera\s+fait|ce\s+sera\s+apres)\b",
    r"(?:charge|achete)\s+(?:le\s+fusil|une\s+corde)\b",
    r"(?:fonce|foncer)\s+dans\s+(?:un|le)\s+(?:platane|arbre|mur|pilier)\b",
    r"coup\s+de\s+volant\s+et\s+c\s?est\s+(?:regle|fini)\b",
    r"(?:compte|vais|decide\s+d|prevu\s+d)\s+en\s+finir\b"
    r"(?!\s+avec\s+(?:ce|cette|ces|le|la|les|mon|ma|mes)\b)",
    r"(?:ce\s+sera|c\s?est)\s+(?:surement\s+|probablement\s+)?mon\s+dernier\s+message\b",
    r"(?:partir|m\s?en\s+vais|je\s+pars|log\s+off)\s+pour\s+de\s+bon\b",
    r"et\s+(?:je\s+)?ne\s+reviens\s+pas" + END,
    r"(?:laisser|laisse)\s+le\s+(?:camion|volant|voiture)\s+partir\b",
    r"j\s?ai\s+tout\s+avale\s+(?:il\s+y\s+a|y\s+a)\b",
    r"(?:je\s+le\s+bois|je\s+prends\s+tout)\s+ce\s+soir\b",
    r"(?:refait|fait)\s+des\s+marques\s+avec\b",
    r"combien\s+de\s+(?:\w+\s+){0,6}?(?:il\s+me\s+faudrait|me\s+faudrait\s+il)\b",
    # Issue 20, round 4: a lethal dose looked up, pills taken with drink, a weapon readied.
    r"(?:quelle\s+dose|quelle\s+quantite)\s+(?:\S+\s+){0,6}?(?:est\s+)?(?:mortelle|letale|irreversible)\b",
    r"pris\s+(?:les|mes|tous\s+mes|toutes\s+mes)\s+(?:cachets|medocs|comprimes|medicaments)\s+avec\s+(?:de\s+la"
    r"\s+|du\s+)?(?:vodka|alcool|whisky|rhum|vin|biere)\b",
    r"(?:fusil|flingue|pistolet|carabine|corde)\s+(?:\S+\s+){0,30}?(?:je\s+l\s?ai\s+charge|je\s+regle\s+ca|ce"
    r"\s+sera\s+(?:apres|pour|fait))\b",
    r"(?:ce\s+soir|cette\s+nuit|demain)\s+(?:\S+\s+){0,5}?je\s+(?:prends|prendrai|avale|avalerai)\s+tout\b",
    r"je\s+les\s+prendrai\s+(?:d\s?un\s+coup|tous|toutes)\b",
    r"(?:pique|vole|ramene)\w*\s+des\s+(?:ampoules|fioles|boites)\s+de\s+(?:morphine|insuline|fentanyl)\b",
    r"ce\s+que\s+ca\s+fait\s+a\s+quelqu\s?un\s+qui\s+(?:n\s?)?est\s+pas\s+diabetique\b",
    r"(?:rentre|entre|entrer|rentrer|marcher)\s+dans\s+(?:l\s?eau|la\s+mer)\s+(?:\S+\s+){0,4}?(?:sais|sait)"
    r"\s+pas\s+nager\b",
    r"saute\w*\s+(?:du|d\s?un)\s+(?:\d+\s?e|\w+ieme)\b(?:\s+\S+){0,12}?\s+(?:suis|jsuis)\s+a\s+la\s+fenetre\b",
    r"(?:tout\s+)?au\s+bord\s+(?:\S+\s+){0,4}?compte\s+les\s+secondes\b",
    r"(?:tgv|train|rer|metro)\s+passe\s+(?:\S+\s+){0,12}?j\s?ai\s+choisi\b",
    # Round 5: a dose "pour ne pas se réveiller" looked up, a date told to someone "avant",
    # self-harm again or with a blade, things given away with "je suis prête", letters and
    # insurance papers left out.
    rf"combien\s+(?:de\s+)?{words(8)}(?:pour\s+(?:ne\s+)?(?:pas|plus|jamais)\s+(?:se|me)\s+reveiller"
    r"|pour\s+(?:mourir|en\s+finir|se\s+tuer|me\s+tuer|y\s+rester))\b",
    r"que\s+quelqu\s?un\s+(?:le\s+)?sache\s+avant" + END,
    r"(?:choisi|fixe)\s+(?:une|la)\s+date\s*[.,]?\s+(?:\S+\s+){0,12}?quelqu\s?un\s+le\s+sache\b",
    r"(?:je\s+me\s+fais|jme\s+fais|je\s+me\s+refais|me\s+suis\s+fait)\s+(?:encore|toujours|a\s+nouveau"
    r"|de\s+nouveau)\s+du\s+mal\b",
    r"du\s+mal\s+avec\s+(?:la|une|ma|des|les|mes)\s+(?:lame|lames|rasoir|cutter|compas)\b",
    r"(?:donne|laisse|confie)\s+(?:[\w,]+\s+){0,3}?(?:mon\s+chat|mon\s+chien|ma\s+chatte|mes\s+bijoux"
    r"|mes\s+affaires|mes\s+animaux)\s+(?:[\w,.]+\s+){0,14}?(?:je\s+suis\s+prete?|jsuis\s+prete?"
    r"|adieu)\b",
    r"lettres?\s+pour\s+mes\s+(?:enfants|filles|fils|parents|petits\s+enfants)\s+(?:\S+\s+){0,20}?"
    r"(?:assurance|testament|ne\s+vous\s+inquietez\s+pas\s+pour\s+moi)\b",
    # Set J: a high place visited to see if it is high enough, a lethal height looked up.
    r"(?:pont|viaduc|falaise|immeuble|tour|toit|parking|barrage|passerelle|balcon)\s+"
    r"(?:[\w,]+\s+){0,8}?(?:voir|verifier|savoir|regarder|mesurer)\s+(?:s\s?il|si)\s+"
    r"(?!l\s?eau|la\s+riviere|le\s+niveau|la\s+crue|la\s+maree)(?:\w+\s+){0,2}?"
    r"(?:assez|suffisamment)\s+(?:haut|haute|eleve)\b(?!\s+pour\s+(?:le|la|les|un|une|passer))",
    r"(?:cherche|recherche|regarde|google|calcule)\s+(?:\w+\s+){0,3}?(?:quelle|a\s+partir\s+de"
    r"\s+quelle|de\s+quelle|combien\s+d\s?)\s*(?:hauteur|etages|metres)\s+(?:[\w,]+\s+){0,8}?"
    r"(?:on\s+meurt|mortelle?|tue|mourir|fatale?|sans\s+survivre)\b",
    # Sets K and L: sleeping pills stopped and hoarded ("je les mets de côté", "il y en a assez
    # maintenant"); a high place looked up for having no fence, a railway for an unfenced
    # stretch; fresh cuts made again, laughed off.
    r"(?:somniferes|cachets|comprimes|medicaments|medocs|pilules|gelules|anxiolytiques"
    r"|antidepresseurs|calmants|xanax|lexomil|stilnox|zolpidem|seresta|temesta)\s+(?:[\w,]+\s+)"
    r"{0,8}?(?:je\s+les|jles|j\s+les|les)\s+(?:mets|met|ai\s+mis|planque|ai\s+planques?|stocke"
    r"|ai\s+stockes?|accumule|ai\s+accumules?)\s+(?:\w+\s+)?de\s+cote\b",
    r"(?:somniferes|cachets|comprimes|medicaments|medocs|pilules|gelules|anxiolytiques"
    r"|antidepresseurs|calmants)\s+(?:[\w,.]+\s+){0,20}?(?:il\s+y\s+en\s+a|y\s+en\s+a|j\s?en\s+ai)"
    r"\s+(?:assez|suffisamment)\s*(?:maintenant|now|pour\s+(?:de\s+bon|y\s+aller|le\s+faire))?"
    + END,
    r"(?:mets|met|mis|garde|stocke|accumule)\s+(?:\w+\s+){0,3}?de\s+cote\s+(?:\w+\s+){0,3}?"
    r"(?:somniferes|anxiolytiques|antidepresseurs|calmants)\b",
    r"(?:cherche|recherche|regarde|google|repere|verifie|trouve)\w*\s+(?:[\w,]+\s+){0,4}?"
    r"(?:quel|quels|quelle|quelles|le|les|un|des|ou)\s+(?:\w+\s+)?(?:pont|ponts|parking|parkings"
    r"|immeuble|immeubles|tour|tours|toit|toits|falaise|falaises|viaduc|viaducs|passerelle"
    r"|passerelles|terrasse|terrasses|balcon|barrage)\s+(?:[\w,]+\s+){0,6}?(?:n\s?ont\s+pas"
    r"|n\s?a\s+pas|a\s+pas|ont\s+pas|sans|n\s?ont\s+plus|n\s?a\s+plus)\s+(?:de\s+|d\s?)?"
    r"(?:grillage|grillages|filet|filets|garde\s+corps|rambarde|rambardes|barriere|barrieres"
    r"|protection|grille|grilles|parapet)\b(?!\s+(?:a\s+l\s?entree|pour\s+(?:garer|stationner"
    r"|se\s+garer|entrer|les\s+voitures|le\s+camion)))",
    r"(?:regarde|cherche|repere|verifie|trouve|note)\w*\s+(?:[\w,]+\s+){0,14}?(?:ou|endroit"
    r"|coin|passage)\s+(?:\w+\s+){0,2}?(?:voie|voies|rails|ligne)\s+(?:n\s?)?(?:est|sont)\s+"
    r"(?:pas|plus)\s+(?:cloture\w*|grillag\w*|protege\w*)\b(?!\s+pour\s+(?:mon|ma|mes|le|la|les"
    r"|promener))",
    r"(?:je\s+me\s+suis|jme\s+suis|me\s+suis|je\s+me|jme)\s+(?:encore\s+)?(?:refait|refais"
    r"|re\s+fait)\s+(?:encore\s+)?(?:des|une|deux|trois|quelques|plein\s+de)\s+(?:coupures"
    r"|coupure|entailles|entaille|marques|griffures|brulures)\b(?!\s+(?:au|aux)\s+(?:doigt|doigts"
    r"|pouce))(?![^.!?]{0,40}\ben\s+(?:cuisinant|jardinant|bricolant|taillant|coupant|epluchant"
    r"|rasant|tombant|debroussaillant))",
    r"(?:je\s+me\s+suis|jme\s+suis|me\s+suis|je\s+me|jme)\s+(?:encore\s+)?(?:fait|fais)\s+"
    r"(?:encore\s+)?(?:des|plein\s+de|quelques)\s+(?:coupures|entailles|marques)\s+(?:sur|aux|au"
    r"|dans)\s+(?:le\s+|les\s+|la\s+|mon\s+|mes\s+|ma\s+)?(?:bras|avant\s+bras|poignets?"
    r"|cuisses?|ventre|hanches?|jambes?)\b(?![^.!?]{0,40}\ben\s+(?:cuisinant|jardinant|bricolant"
    r"|taillant|coupant|epluchant|rasant|tombant|debroussaillant))",
)


EMERGENCY = {
    E.FACE_DROOP: (
        rf"(?:visage|bouche)\s+{filler(3)}(?:tombe|tombant|paralyse|paralysee|de\s+travers"
        r"|tordu|tordue|affaisse)\b",
        r"(?:paralysie|affaissement)\s+(?:faciale|du\s+visage)\b",
        rf"moitie\s+d[ue]\s+(?:son\s+|mon\s+)?visage\s+{words(2)}(?:engourdie|affaisse\w*|s\s?est\s+affaisse\w*)\b",
        rf"sourire\s+{filler(3)}de\s+travers\b",
        r"bouche\s+(?:tire|pend)\s+d\s?un\s+cote\b",
    ),
    E.SUDDEN_SPEECH_LOSS: (
        rf"{_SUDDEN}\s+{words(4)}(?:(?:n\s?)?arrive\s+plus\s+a\s+parler|(?:ne\s+)?peux\s+plus"
        r"\s+parler|(?:ne\s+)?parle\s+plus|mots\s+ne\s+sortent\s+plus)\b",
        rf"(?:parole|elocution)\s+{words(2)}{_SUDDEN}\s+(?:pateuse|confuse|bizarre)\b",
        rf"{_SUDDEN}\s+{words(3)}(?:bafouille|articule\s+mal)\b",
        rf"perdre\s+la\s+parole\s+{_SUDDEN}\b",
        r"(?:n\s?arrive\s+plus|ne\s+parvient\s+plus)\s+a\s+(?:parler|articuler)\s+(?:correctement\s+)?depuis"
        r"\s+(?:dix|cinq|quelques|\d+)\s+minutes\b",
        r"impossible\s+de\s+parler\s+(?:\w+\s+){0,3}?depuis\s+(?:dix|cinq|quelques|\d+)\s+minutes\b",
    ),
    E.ONE_SIDED_WEAKNESS: (
        r"(?:faiblesse|engourdissement|paralysie)\s+(?:soudaine|subite|brutale)\s+(?:d\s?un|du)"
        r"\s+cote\b",
        rf"{_SUDDEN}\s+{words(4)}(?:un|le)\s+cote\s+(?:du|de\s+mon)\s+corps\s+{words(2)}"
        r"(?:engourdi|paralyse|faible|mort|lourd)\b",
        r"(?:moitie|cote)\s+(?:du|de\s+mon)\s+corps\s+(?:\w+\s+){0,2}?(?:paralyse|engourdi"
        r"|ne\s+repond\s+plus)\b",
        r"(?:bras|jambe|main)\s+(?:gauche|droite?)\s+(?:ne\s+repond\s+plus|repond\s+plus|retombe)\b",
    ),
    E.WORST_HEADACHE: (
        r"pire\s+mal\s+de\s+(?:tete|crane)\s+de\s+ma\s+vie\b",
        r"mal\s+de\s+tete\s+(?:brutal|soudain|explosif)\s+(?:et\s+)?(?:terrible|insupportable)\b",
        rf"(?:mal\s+de\s+tete|cephalee|douleur)\s+{words(6)}(?:le\s+pire|pire\s+douleur)\s+de\s+ma\s+vie\b",
        r"(?:mal\s+de\s+tete|cephalee)\s+(?:brutale?|foudroyante?)\b",
        rf"coup\s+de\s+(?:tonnerre|massue|marteau)\s+{words(3)}(?:crane|tete)\b",
    ),
    E.CHEST_PAIN_SPREADING: (
        rf"(?:douleur|serrement|oppression)\s+(?:dans\s+la|a\s+la|de\s+la)\s+poitrine\s+{words(6)}"
        r"(?:bras|machoire|cou)\b",
        rf"mal\s+(?:a\s+la|dans\s+la)\s+poitrine\s+{words(6)}(?:bras|machoire)\b",
        rf"poitrine\s+{words(6)}(?:part|partent|descend|monte|gagne|irradie|traverse)\w*\s+{words(4)}"
        r"(?:bras|machoire|cou|dos|epaule)\b",
    ),
    E.CANNOT_BREATHE: (
        r"(?:n\s?arrive|jn?arrive|arrive)\s+(?:pas|plus)\s+a\s+respirer\b"
        rf"{SITTING_UP}(?!\s+par\s+le\s+nez)",
        r"(?:ne\s+)?peux\s+(?:pas|plus)\s+respirer\b"
        rf"{SITTING_UP}(?!\s+par\s+le\s+nez)",
        # "j'étouffe dans ce camion" is the heat, not the breath.
        r"j\s?etouffe\b"
        rf"{SITTING_UP}(?!\s+(?:de\s+rire|sous|avec|de\s+chaleur|de\s+chaud|ici|la\s+dedans|dans"
        r"\s+(?:ce|cette|ces|le|la|mon|ma)\s+(?:camion|voiture|bagnole|bureau|appart\w*|bus|metro|train"
        r"|piece|salle|chambre|boulot|travail|couple|famille|ville|boite|magasin|cuisine)\b))",
        rf"(?:gonfle|gonflent|gonflee?s?|enfle)\s+{words(10)}(?:respir\w*\s+(?:de\s+plus\s+en\s+plus\s+)?mal"
        r"|du\s+mal\s+a\s+respirer|siffle\w*|sifflement|gorge\s+se\s+serre|avale\s+difficilement"
        r"|arrive\s+presque\s+plus\s+a\s+respirer)\b",
        rf"(?:plaques\s+partout|gorge\s+(?:qui\s+)?(?:se\s+serre|gonfle))\s+{words(8)}(?:respir\w*|langue"
        r"\s+qui\s+gonfle|gorge\s+se\s+serre)\b",
        r"levres\s+(?:\w+\s+){0,2}?(?:virent\s+au\s+|deviennent\s+)?(?:bleu\w*|violet\w*)",
    ),
    E.HEART_ATTACK_OR_STROKE: (
        rf"{_SUDDEN}\s+{words(3)}(?:je\s+vois|jvois|vois)\s+(?:plus|pas)\s+rien\s+(?:de\s+l\s?|d\s?un\s+"
        r"|de\s+mon\s+)oeil\b",
        rf"(?:vois|jvois)\s+plus\s+rien\s+de\s+l\s?oeil\s+{words(5)}{_SUDDEN}\b",
        rf"perdu\s+la\s+vue\s+de\s+l\s?oeil\s+\w+\s+{_SUDDEN}\b",
        r"(?:je\s+fais|je\s+suis\s+en\s+train\s+de\s+faire)\s+un\s+(?:infarctus|avc"
        r"|crise\s+cardiaque)\b",
        r"(?:je\s+fais|je\s+suis\s+en\s+train\s+de\s+faire)\s+une\s+crise\s+cardiaque\b",
    ),
}

HEAD_INJURY = (
    r"(?:cogne\w*|tape|heurte|frappe)\s+(?:\w+\s+){0,2}?(?:la\s+)?tete\b",
    r"(?:tombe\w*|pris)\s+(?:\w+\s+){0,4}?sur\s+la\s+tete\b",
    r"(?:coup\s+de\s+tete|en\s+pleine\s+tete|ma\s+tete\s+a\s+tape|mange\s+le\s+bitume)\b",
    r"tombee?\s+de\s+(?:cheval|trottinette|velo|l\s?echelle)\b",
    r"(?:traumatisme\s+cranien|commotion\s+cerebrale|choc\s+a\s+la\s+tete|coup\s+sur\s+la"
    r"\s+tete)\b",
    r"tombe\s+sur\s+la\s+tete\b",
)
CONFUSION = (
    r"(?:confus|confuse|desoriente|desorientee|confusion)\b",
    r"(?:ne\s+)?sais\s+plus\s+(?:trop\s+|tres\s+bien\s+|vraiment\s+)?ou\s+je\s+suis\b",
    r"vomi\w*",
    r"(?:perdu|perte\s+de)\s+connaissance\b",
    r"(?:evanoui|evanouie)\b",
    r"(?:n\s?importe\s+quoi|a\s+l\s?ouest|paumee?|tout\s+ralenti|somnolente?|confond\w*)\b",
    r"(?:repete\s+(?:tout\s+le\s+temps\s+)?la\s+meme\s+question|demande\s+trois\s+fois)\b",
    r"(?:me\s+rappelle\s+(?:pas|plus)|sais\s+plus\s+trop\s+ce\s+que)\b",
)

RED_FLAGS = {
    R.WEAKNESS: (
        rf"{_BODY}\s+{filler(3)}(?:faible|faibles|sans\s+force)\b",
        rf"(?:faiblesse|perte\s+de\s+force)\s+(?:dans|a|au|aux|de)\s+{words(2)}{_BODY}\b",
        r"faiblesse\s+musculaire\b",
        r"(?:main|mains|jambe|jambes)\s+(?:droite\s+|gauche\s+)?(?:me\s+)?lache(?:nt)?\b",
        r"(?:n\s?arrive|arrive)\s+(?:plus|pas)\s+a\s+(?:ouvrir|serrer|tenir|attraper|soulever|lever)"
        r"\s+(?:\w+\s+){0,2}?(?:bocaux|bocal|bouteilles?|bras|pied|tasse|verre|objets|rien"
        r"|choses|pots?)\b",
        r"(?:pied\s+tombant|steppage)\b",
        r"(?:traine|trainer)\s+(?:le|du)\s+pied\b",
        r"(?:jambes?|genoux?)\s+(?:se\s+)?(?:derobe|derobent|lache|lachent)\b",
        r"(?:jambes|genoux)\s+(?:\w+\s+)?(?:lachent|flanchent|se\s+derobent)\b",
        r"(?:n\s?arrive|arrive)\s+plus\s+a\s+(?:tourner|fermer|relever|serrer|faconner)\s+(?:\w+\s+){0,3}?"
        r"(?:cle|boutons|pointe|secateur|baguettes)\b",
        r"(?:glisse|glissent|tombe)\s+(?:\w+\s+){0,2}?(?:de\s+la\s+main|des\s+doigts)\b",
        r"(?:plus|pas)\s+de\s+force\s+pour\s+serrer\b",
        r"(?:jambe|bras)\s+(?:\w+\s+)?lache\s+(?:dans|au\s+bout)\b",
        r"(?:cuisses|jambes|doigts)\s+(?:ne\s+)?suivent\s+plus\b",
        r"(?:me\s+relever|me\s+lever)\s+d\s?une\s+chaise\b",
        r"(?:pied|pointe\s+du\s+pied)\s+(?:\w+\s+){0,2}?(?:accroche|claque|se\s+leve\s+pas)\b",
    ),
    R.WASTING: (
        r"(?:atrophie|fonte\s+musculaire|perte\s+musculaire)\b",
        rf"fonte\s+(?:du|de\s+la|des|de\s+l)\s?{_BODY}\b",
        rf"{_BODY}\s+{filler(3)}(?:maigrit|plus\s+fin|plus\s+mince|fondu|creuse)\b",
        r"muscle\s+(?:\w+\s+){0,6}?(?:a\s+fondu|est\s+creux|creux\s+maintenant|enfonce)\b",
        r"(?:creux|creuse)\s+(?:\w+\s+){0,5}?(?:entre\s+(?:le\s+)?pouce\s+et|entre\s+les\s+os)\b",
        r"(?:cuisse|epaule|mollet|bras|main)\s+(?:\w+\s+){0,4}?(?:a\s+fondu|toute\s+plate|plus\s+fine\s+que)\b",
        r"langue\s+(?:\w+\s+){0,4}?(?:fripee|plus\s+fine)\b",
    ),
    R.SWALLOWING: (
        r"(?:difficulte|difficultes|mal|probleme|problemes)\s+(?:a|pour)\s+(?:avaler|deglutir)\b",
        r"(?:ne\s+)?(?:peux|arrive)\s+(?:plus|pas)\s+(?:a\s+)?(?:avaler|deglutir)\b",
        r"(?:m\s?etouffe|m\s?etrangle)\s+(?:\w+\s+)?(?:en\s+buvant|en\s+mangeant|avec\s+l\s?eau"
        r"|avec\s+les\s+liquides)\b",
        r"fausses?\s+routes?\b",
        r"dysphagie\b",
        r"avale\w*\s+de\s+travers\s+(?:\w+\s+){0,3}?(?:tout\s+le\s+temps|plusieurs\s+fois|souvent"
        r"|sans\s+arret)\b",
        r"reste\w*\s+coince\w*\s+dans\s+la\s+gorge\b",
        r"(?:eau|liquide)\s+(?:\w+\s+){0,2}?(?:ressort|part)\s+(?:par|dans)\s+le\s+nez\b",
        r"tousse\s+a\s+chaque\s+repas\b",
        r"m\s?etouffe\s+avec\s+ma\s+salive\b",
        r"avaler\s+(?:\w+\s+){0,2}?devient\s+(?:de\s+plus\s+en\s+plus\s+)?dur\b",
    ),
    R.SPEECH: (
        r"(?:parole|elocution|voix)\s+(?:\w+\s+){0,2}?(?:pateuse|empatee|confuse|trainante)\b",
        r"(?:du\s+mal|difficulte)\s+a\s+(?:parler|articuler|prononcer)\b",
        r"(?:j\s?articule|je\s+parle)\s+(?:\w+\s+)?mal\b",
        r"dysarthrie\b",
        r"voix\s+(?:\w+\s+){0,2}?(?:nasillarde|nasale)\b",
        r"langue\s+(?:est\s+)?lente\b",
    ),
    R.FALLS: (
        r"(?:je\s+tombe|je\s+trebuche|trebuche|tombe)\s+(?:\w+\s+)?(?:souvent|tout\s+le\s+temps"
        r"|sans\s+arret|beaucoup|regulierement)\b",
        r"(?:je\s+)?(?:lache|laisse\s+tomber|fais\s+tomber)\s+(?:\w+\s+)?(?:tout|les\s+objets"
        r"|les\s+choses|mes\s+affaires)\b",
        r"(?:suis\s+tombee?|je\s+tombe|vautre\w*)\s+(?:deux|trois|quatre|cinq|\d+)\s+fois\b",
        r"trebuche\s+(?:sur\s+(?:rien|le\s+bord)|de\s+plus\s+en\s+plus)\b",
    ),
}

SPREADING = (r"(?:se\s+propage|se\s+repand|s\s?etend|se\s+deplace|partout\s+dans\s+le\s+corps)\b",)
NUMBNESS = (
    r"(?:fourmillements?|fourmis|engourdissements?|engourdi|engourdie|picotements?)\b",
    r"(?:perte|plus)\s+de\s+sensation\b",
)
INJURY = (r"(?:accident|chute|blessure|entorse|fracture|tombe|tombee|chute\s+de\s+velo|choc)\b",)

HEALTH_ANXIETY = (
    r"(?:est\s+ce|c\s?est|j\s?ai|si\s+c\s?etait|peur\s+d\s?avoir|peur\s+que\s+ce\s+soit)\s+"
    r"(?:\w+\s+){0,2}?(?:sla|la\s+sla|sclerose|cancer|une\s+tumeur|grave|parkinson|charcot)\b",
    r"(?:maladie\s+de\s+charcot|sclerose\s+laterale\s+amyotrophique)\b",
    r"(?:est\s+ce\s+que\s+je\s+vais\s+mourir|je\s+vais\s+mourir\s+de)\b",
    r"(?:je\s+ne\s+veux\s+pas|veux\s+pas|peur\s+de)\s+mourir\b",
)

_SOMEONE = (
    r"(?:il|elle|mon\s+(?:mari|pere|fils|ami|copain|frere|bebe|grand\s+pere|collegue|voisin"
    r"|compagnon|oncle|pote|coloc)|ma\s+(?:femme|mere|fille|amie|copine|soeur|grand\s+mere|collegue"
    r"|voisine|compagne|tante|pote|coloc)|quelqu\s?un|un\s+homme|une\s+femme|maman|papa|un\s+mec|une\s+fille|un\s+garcon"
    r"|une\s+dame|un\s+monsieur|un\s+client|une\s+cliente)"
)
SOMEONE_ELSE = (
    rf"{_SOMEONE}\s+(?:\w+\s+){{0,3}}?(?:s\s?est\s+effondre\w*|s\s?est\s+evanoui\w*|est\s+tombe\w*"
    r"\s+inconscient\w*|ne\s+respire\s+(?:plus|pas)|respire\s+plus|est\s+inconscient\w*"
    r"|inconscient\w*|ne\s+repond\s+(?:plus|pas)|ne\s+reagit\s+(?:plus|pas)|fait\s+une\s+crise"
    r"\s+d\s?epilepsie|convulse|fait\s+des\s+convulsions|devient\s+bleu\w*|ne\s+se\s+reveille"
    r"\s+pas|s\s?est\s+ecroule\w*|s\s?ecroule\w*|repond\s+plus(?!\s+(?:a|aux|au)\b)|convuls\w*"
    r"|se\s+met\s+a\s+convulser|respire\s+a\s+peine|bouge\s+plus|devient\s+violet\w*"
    r"|(?:ne\s+)?se\s+reveille\s+pas|repond\s+pas(?!\s+(?:a|aux|au)\b)|tremble\s+(?:de\s+partout"
    r"|tout\s+le\s+corps)|s\s?est\s+etouffe\w*|bleute\w*|tout\s+mou"
    r"|est\s+(?:tout\s+|toute\s+)?(?:bleu\w*|violet\w*)|respire\s+presque\s+(?:plus|pas)"
    r"|reagit\s+(?:pas|plus))\b",
    r"(?:j\s?arrive|je\s+n\s?arrive)\s+pas\s+a\s+(?:le|la)\s+reveiller\b",
)
OVERDOSE_TAKEN = (
    r"(?:j\s?ai|jai|g)\s+(?:\w+\s+){0,2}?(?:pris|avale)\s+(?:toute\s+la|toute\s+une|tout\s+le"
    r"|toutes\s+mes|tous\s+mes|trop\s+de|une\s+boite|la\s+boite|\d\d+)\s+(?:\w+\s+){0,3}?"
    r"(?:cachets|comprimes|medicaments|pilules|boite|plaquette|doliprane|paracetamol)\b",
    r"(?:j\s?ai|jai)\s+fait\s+une\s+(?:overdose|surdose)\b",
    r"(?:pris|avale)\s+une\s+plaquette\s+entiere\b",
    r"(?:vide|vider)\s+la\s+boite\s+de\b",
    r"avale\s+toutes\s+les\s+cases\b",
    r"(?:pris|avale)\s+(?:une\s+vingtaine|une\s+dizaine|une\s+trentaine)\s+de\s+(?:cachets|comprimes)\b",
    rf"medicaments\s+{words(8)}(?:mange|avale)\s+plusieurs\b",
    r"(?:j\s?ai|jai)\s+(?:\w+\s+){0,2}?(?:pris|avale)\s+(?:beaucoup\s+)?trop\s+de\s+(?:trucs|drogues?"
    r"|ecstas?|pilules|cachets|comprimes|medocs)\b",
    r"(?:pris|avale|vide)\s+(?:toute\s+ma|tout\s+mon|une|la|ma)\s+(?:plaquette|boite|flacon)\s+(?:entiere\s+)?"
    r"(?:de|d)\s+\w+\s+(?:avec|il\s+y\s+a|y\s+a)\b",
)
PANIC = (
    r"crise\s+(?:de\s+)?(?:panique|d\s?angoisse|angoisse)\b",
    r"attaque\s+de\s+panique\b",
    r"(?:medecin|docteur|toubib|cardiologue|psychiatre)\s+(?:\w+\s+){0,2}?(?:a\s+dit|dit|m\s?a\s+dit"
    r"|assure)\s+que\s+(?:c\s?est|c\s?etait)\s+(?:juste\s+|que\s+)?(?:de\s+l\s?)?(?:angoisse"
    r"|anxiete|panique|stress)\b",
    r"paniqu\w*",
    r"coeur\s+(?:\w+\s+){0,3}?(?:bat\s+(?:tres\s+|trop\s+|super\s+|a\s+)?(?:vite|fort|cent\s+a"
    r"\s+l\s?heure|la\s+chamade)|s\s?emballe|tambourine)\b",
    r"tachycardie\b",
    r"hyperventil\w*",
    # Issue 20: a pounding heart, unreality, fear of going mad, "c'est l'angoisse".
    r"coeur\s+(?:qui\s+|s\s?est\s+mis\s+a\s+)?(?:cogne|tape|taper|emballe|s\s?emballe)\b",
    r"(?:coeur|pouls)\s+a\s+(?:fond|\d{3})\b",
    r"(?:irreel\w*|irrealite|derealisation|depersonnalisation)\b",
    r"a\s+cote\s+de\s+(?:mon\s+corps|moi)\b",
    r"(?:devenir|deviens)\s+(?:fou|folle)\b",
    r"(?:crises|attaques)\s+d\s?angoisse\b",
    r"c\s?est\s+(?:encore\s+)?(?:l\s?angoisse|ma\s+crise)\b",
    r"(?:respirer|respire)\s+trop\s+vite\b",
    r"l\s?angoisse\s+est\s+montee\b",
    r"(?:prendre\s+une\s+vraie\s+inspiration|baille\s+sans\s+arret)\b",
)
PANIC_DANGER = (
    r"levres\s+(?:\w+\s+)?bleu\w*",
    r"(?:evanoui\w*|perdu\s+connaissance|douleur\s+(?:dans\s+la\s+|a\s+la\s+)?poitrine)\b",
)

RULES = LanguageRules(
    language="fr",
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
    idioms=IDIOMS,
    negators=("pas", "ne", "n", "jamais", "sans", "aucun", "aucune", "ni"),
    hedges=("sais", "sur", "sure"),
    clause_breaks=("mais", "et", "pourtant", "cependant", "alors"),
    given_away=GIVEN_AWAY,
    affairs=AFFAIRS,
    goodbyes=GOODBYES,
    finality=FINALITY,
)
