"""French rules from sets M to Q, kept apart from rules_fr.py to keep each file short: a
bridge looked at and a time to go through with it, sitting on the edge of a roof, blades made
ready by the bath and a night set, breathless
"like last time" and a heart in a flutter (panic). Over normalised text, like every rule.
"""

from __future__ import annotations

from bot.core.safety.common import END

__all__ = ["CRISIS_MORE", "PANIC_MORE"]

CRISIS_MORE = (
    # Sets M and N: a bridge or a height gone to and looked at, then a time to go through with
    # it ("j'ai regardé l'eau très longtemps. Je crois que demain j'irai jusqu'au bout");
    # sitting on the edge of a roof or a bridge now (a roofer, a photo or a sunset keep it
    # clear).
    r"(?:pont|viaduc|falaise|toit|quai|passerelle|barrage|immeuble|balcon|terrasse|parking"
    r"|rails|voie\s+ferree)\s+(?:[\w,.]+\s+){0,24}?(?:demain|ce\s+soir|cette\s+nuit|bientot"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|tout\s+a\s+l\s?heure|apres\s+\w+)\s+"
    r"(?:[\w,]+\s+){0,3}?(?:(?:j\s?irai|je\s+vais\s+aller|jvais\s+aller|je\s+vais|jvais|aller|j\s?y\s+vais"
    r"|j\s?y\s+retourne\w*)\s+jusqu\s+au\s+bout|je\s+le\s+fais|je\s+le\s+ferai|je\s+saute"
    r"|je\s+sauterai|je\s+me\s+jette|je\s+me\s+jetterai)" + END,
    r"(?:assise?|debout|installee?|perchee?|je\s+suis|jsuis|suis|reste)\s+(?:\w+\s+){0,2}?"
    r"(?:au\s+bord|sur\s+le\s+bord|sur\s+le\s+rebord|sur\s+la\s+rambarde|sur\s+le\s+parapet"
    r"|sur\s+la\s+balustrade|sur\s+le\s+garde\s+corps)\s+(?:du|de\s+la|de\s+mon|de\s+ma"
    r"|d\s?un|d\s?une)\s+(?:toit|pont|balcon|terrasse|viaduc|immeuble|fenetre|falaise)\b"
    r"(?![^.!?]{0,50}\b(?:coucher\s+de\s+soleil|photos?|vue|tuiles|antenne|reparer|repare"
    r"|travaille|chantier|harnais|pique\s+nique|randonnee|peindre|nettoyer)\b)",
    # Sets P and Q: the means made ready beside the bath and a time to end it ("la baignoire se
    # remplit, les lames sont à côté. ce soir c'est fini"); shaving keeps a razor clear.
    r"(?:baignoire|bain)\s+(?:[\w,.]+\s+){0,12}?(?:lames?|rasoirs?|cutter|scalpel)\s+(?:\w+\s+)"
    r"{0,2}?(?:a\s+cote|pretes?|sur\s+le\s+bord|sortie?s?|posee?s?|alignee?s?)\b(?![^.!?]{0,60}"
    r"\b(?:jambes?|raser|rase|epil\w*|barbe|aisselles?|maillot)\b)",
    r"(?:lames?|rasoirs?|cutter|scalpel)\s+(?:\w+\s+){0,3}?(?:pretes?|posee?s?|sortie?s?|alignee?s?"
    r"|a\s+cote)\s+(?:\w+\s+){0,3}?(?:de\s+la\s+baignoire|du\s+bain|sur\s+le\s+bord\s+de\s+la"
    r"\s+baignoire)\b(?![^.!?]{0,60}\b(?:jambes?|raser|rase|epil\w*|barbe|aisselles?|maillot)\b)",
    r"(?:lames?|rasoirs?|cutter|scalpel|corde|baignoire|flingue|fusil|arme)\s+(?:[\w,.]+\s+)"
    r"{0,16}?(?:ce\s+soir|cette\s+nuit|demain|tout\s+a\s+l\s?heure)\s*,?\s+(?:c\s?est\s+(?:fini"
    r"|la\s+fin|termine)|tout\s+(?:sera\s+fini|s\s?arrete|se\s+termine|est\s+fini)|j\s?en"
    r"\s+finis|je\s+mets\s+fin|je\s+termine\s+tout|j\s?arrete\s+tout)" + END,
)

PANIC_MORE = (
    # Sets M and N: the heart beating "so fast", a heart in a flutter on waking with a start,
    # "I know it's anxiety", breathlessness "like last time", "ça recommence".
    r"coeur\s+(?:\w+\s+){0,2}?(?:bat|cogne|tape)\s+(?:tellement|si|hyper|vraiment|beaucoup"
    r"\s+trop|trop|super)\s+(?:vite|fort)\b",
    r"coeur\s+(?:qui\s+|s\s?est\s+)?(?:s\s?)?affol\w*",
    r"(?:je\s+sais|jsais|je\s+sais\s+bien)\s+que\s+c\s?est\s+(?:juste\s+|que\s+|encore\s+|rien"
    r"\s+que\s+)?(?:de\s+l\s?|l\s?|mon\s+|ma\s+|mes\s+|du\s+)?(?:angoisse|anxiete|stress|panique"
    r"|crise)\b",
    r"(?:respir\w*|etouffe|souffle|air|coeur|tourne|tremble)\s+(?:[\w,.]+\s+){0,10}?(?:c\s?est\s+)?"
    r"(?:comme|pareil\s+que)\s+(?:l\s?autre\s+fois|la\s+derniere\s+fois|la\s+fois\s+d\s?avant"
    r"|les\s+autres\s+fois|d\s?habitude)\b",
    r"ca\s+recommence\s+(?:[\w,.]+\s+){0,10}?(?:coeur|respir\w*|tremble|etouffe|souffle)",
    r"reveille\w*\s+en\s+sursaut\s+(?:[\w,.]+\s+){0,6}?(?:coeur|sueurs?|moites?|peur|angoisse"
    r"|panique)\b",
)
