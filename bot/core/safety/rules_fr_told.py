"""French rules from sets M to Q, kept apart from rules_fr.py to keep each file short: a
bridge looked at and a time to go through with it, sitting on the edge of a roof, blades made
ready by the bath and a night set, breathless
"like last time" and a heart in a flutter (panic). Over normalised text, like every rule.
"""

from __future__ import annotations

from bot.core.safety.common import END, looked_up

__all__ = ["CRISIS_MORE", "PANIC_MORE"]

CRISIS_MORE: tuple[str, ...] = (
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

# Cut oneself, not the hair, the nails or a finger in the kitchen.
_CUT_SELF = (
    r"(?:je\s+me\s+suis|jme\s+suis|j\s?me\s+suis|me\s+suis|je\s+me|jme)\s+(?:encore\s+|re\s?)?"
    r"(?:coupe|coupee|coupes|coupees|recoupe\w*|taillade\w*|entaille\w*)\b"
    r"(?!\s+(?:\w+\s+)?(?:les\s+|mes\s+|la\s+|le\s+|un\s+|une\s+)?(?:cheveux|ongles|frange|barbe"
    r"|meche\w*|doigt|doigts|pouce|pied|levre|langue|joue|tifs|pointes))"
    r"(?![^.!?]{0,60}\b(?:cuisin\w*|couteau\s+de\s+cuisine|legumes?|oignons?|epluch\w*|ras\w*"
    r"|papier|feuille|verre\s+casse|bricol\w*|jardin\w*|tomb\w*|boite\s+de\s+conserve"
    r"|canette|pain|tomate\w*)\b)"
)

CRISIS_MORE += (
    # Set O: cut oneself again, or to cope ("je me suis coupée hier soir et encore ce matin",
    # "je me suis recoupée, c'est le seul moyen de me calmer"). A finger in the kitchen, the
    # hair or shaving keep it clear.
    rf"{_CUT_SELF}\s+(?:[\w,]+\s+){{0,6}}?(?:et\s+)?(?:encore|a\s+nouveau|de\s+nouveau"
    r"|une\s+nouvelle\s+fois|plusieurs\s+fois|deux\s+fois|trois\s+fois|tous\s+les\s+soirs"
    r"|toutes\s+les\s+nuits|chaque\s+(?:soir|nuit|jour))\b",
    rf"{_CUT_SELF}\s+[^?]{{0,120}}?(?:(?:le\s+)?seul\s+(?:moyen|truc|chose|facon)\s+(?:de|d|qui|pour)"
    r"|pour\s+(?:me\s+calmer|me\s+soulager|tenir|supporter|arreter\s+d\s?y\s+penser|ne\s+plus"
    r"\s+(?:sentir|penser))|ca\s+(?:me\s+)?(?:calme|soulage|apaise|fait\s+du\s+bien)|personne\s+"
    r"(?:ne\s+)?(?:le\s+)?sait|personne\s+n\s?est\s+au\s+courant)",
    r"(?:me\s+couper|me\s+scarifier|me\s+faire\s+du\s+mal)\s+(?:c\s?est|reste|est)\s+(?:\w+\s+){0,2}?"
    r"(?:le\s+seul|la\s+seule)\s+(?:moyen|chose|truc|facon)\b",
)

PANIC_MORE = (
    # Set O: the heart "flat out" or "like mad", and fear of dying while shaking ("coeur qui
    # bat à fond j'arrive pas à respirer je tremble j'ai peur de mourir").
    r"coeur\s+(?:qui\s+)?(?:\w+\s+)?(?:bat|cogne|tape|tambourine)\s+(?:a\s+fond|a\s+mille|a\s+cent"
    r"|a\s+200|comme\s+(?:un\s+)?(?:fou|dingue|malade|tare|taree)|a\s+toute\s+vitesse|dans\s+tous"
    r"\s+les\s+sens|dans\s+ma\s+gorge|dans\s+mes\s+oreilles)\b",
    r"(?:je\s+tremble|jtremble|tremble\w*|je\s+grelotte)\s+(?:[\w,]+\s+){0,5}?(?:j\s?ai\s+|jai\s+|g\s+)?"
    r"(?:(?:tellement|trop|tres)\s+)?peur\s+(?:de\s+mourir|de\s+crever|de\s+devenir\s+fou\w*"
    r"|de\s+m\s?evanouir)\b",
    r"peur\s+de\s+(?:mourir|crever)\s+(?:[\w,]+\s+){0,5}?(?:je\s+tremble|tremble\w*|coeur"
    r"|suis\s+enferme\w*|m\s?enferme\w*)",
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

# Set R: a fall's height looked up with what would make it sure ("googled from which floor it is
# certain"), with or without a denial beside it.
CRISIS_MORE += looked_up(
    r"(?:cherche|google|googlise|regarde|verifie|lu|renseignee?)",
    r"(?:(?:a\s+partir\s+de\s+|de\s+)?quel\s+(?:etage|hauteur)|combien\s+d\s?etages|combien\s+de\s+metres)",
    r"(?:(?:c\s+est|est|soit|serait)\s+sur\w*|a\s+coup\s+sur|mortel\w*|fatal\w*|suffit|suffisant\w*|survit|survivre|meurt|mourir)",
)
