"""French: someone at the edge now, or with the means ready and a moment chosen (sets S, T):
"je suis sur le toit, je sais pas si je saute", "chu dans mon char dans le garage, le moteur
tourne pis la porte est fermée", "j'ai la corde, j'attends que mes parents dorment", charcoal
and tape for the car's windows, "la mort aux rats… ce soir je bois tout". Over normalised text.

Each rule needs two parts (a place and a jump, a means and a moment), so a view from a cliff,
"je sais pas si je saute le repas" or a barbecue stay ordinary.
"""

from __future__ import annotations

__all__ = ["EDGE"]

_HIGH = (
    r"(?:falaise|pont|toit|immeuble|balcon|terrasse|corniche|rambarde|parapet|viaduc|precipice"
    r"|ravin|voies)"
)
_AT_EDGE = (
    r"(?:je\s+suis|j\s+suis|chu|chui|suis|je\s+me\s+trouve)\s+(?:assise?\s+|debout\s+|ici\s+)?"
    r"(?:sur\s+le|sur\s+la|sur\s+l|au\s+bord\s+de\s+la|au\s+bord\s+du|en\s+haut\s+de\s+la"
    rf"|en\s+haut\s+du|de\s+l\s+autre\s+cote\s+de\s+la)\s+(?:\w+\s+)?{_HIGH}\b"
)
_JUMP = (
    r"(?:sauter|je\s+saute|me\s+jeter|je\s+me\s+jette|descendrai\s+pas|veux\s+plus\s+descendre"
    r"|(?:n\s+)?ai\s+plus\s+peur|voulais\s+juste\s+(?:le\s+)?(?:dire|ecrire)|dire\s+adieu|adieu)\b"
)

EDGE = (
    r"(?:appeler|appelle|j\s+appelle)\s+quelqu\s+un\s+ou\s+(?:si\s+je\s+)?(?:saute|sauter"
    r"|me\s+jette|me\s+jeter)\b",
    r"sais\s+(?:pas|plus)\s+si\s+je\s+(?:saute|me\s+jette|me\s+lance)\s*(?:[.!,;]|$|ou\b)",
    rf"{_AT_EDGE}[^?]{{0,140}}?{_JUMP}",
    r"corde\s+[^?]{0,80}?(?:attends|attendre|attendant)\s+que\s+(?:\w+\s+){0,3}?(?:dort|dorment"
    r"|dorme|soient?\s+couche\w*)\b",
    r"(?:descends|descendre|monte|vais|irai)\s+(?:a\s+la\s+cave|au\s+grenier|au\s+garage"
    r"|dans\s+les\s+bois|dans\s+la\s+foret|a\s+la\s+grange)\s+avec\s+(?:la|une|ma)\s+corde\b",
    r"(?:mort\s+aux\s+rats|raticide)\s+[^?]{0,100}?(?:je\s+(?:le\s+|la\s+)?(?:bois|prends|avale)"
    r"\s+tout|je\s+vais\s+(?:le\s+|la\s+|tout\s+)?(?:boire|avaler|prendre))\b",
    # A running engine in a closed garage; charcoal and tape for a car's windows.
    r"garage\s+[^?]{0,60}?moteur\s+(?:tourne|allume|en\s+marche)\s+[^?]{0,40}?portes?\s+"
    r"(?:est\s+|sont\s+)?fermee",
    r"charbon\s+[^?]{0,60}?(?:scotch|ruban|adhesif|calfeutrer)\s+[^?]{0,30}?fenetres\s+de\s+la"
    r"\s+voiture\b",
    # Round 9 (sets S, T): "je ne ferai pas de bêtise, rassurez-vous, mais… la boîte de
    # somnifères… sur la table de nuit": acting denied, the means or the place named anyway.
    r"(?:je\s+ne\s+ferai|je\s+ferai|je\s+vais\s+pas\s+faire|je\s+ne\s+vais\s+pas\s+faire"
    r"|jvais\s+pas\s+faire|je\s+fais)\s+(?:pas\s+|rien\s+|aucune\s+)?(?:de\s+|d\s?)?(?:betise"
    r"|betises|connerie|conneries|folie|folies|geste)\b[^?]{0,60}?\b(?:mais|par\s+contre"
    rf"|sauf\s+que)\b[^?]{{0,160}}?\b(?:{_HIGH}|somniferes|cachets|comprimes|medocs|boite\s+de"
    r"|corde|fusil|fenetre|rambarde|lame|pistolet)\b",
    # A dose looked up "pour que ce soit mortel", or with the boxes at hand.
    r"combien\s+(?:de\s+)?(?:\w+\s+){0,6}?(?:faut|faudrait)\s+(?:\w+\s+){0,2}?pour\s+que"
    r"\s+(?:ce|ca|ce\s+ne)\s+(?:soit|sois)\s+(?:mortel|fatal|letal|definitif|irreversible)\b",
    # A gun in reach told with its key known and a time alone or a secret.
    r"(?:fusil|carabine|pistolet|flingue|arme|armes|revolver)\b[^?]{0,120}?\b(?:je\s+sais|jsais"
    r"|sais)\s+(?:ou\s+(?:est|sont|il\s+(?:met|range|garde))|ou\s+elle\s+est)\s+(?:\w+\s+){0,2}?"
    r"(?:la\s+cle|les\s+cles|la\s+clef|les\s+cartouches|les\s+balles|la\s+combinaison|le\s+code)"
    r"\b[^?]{0,120}?\b(?:j\s?y\s+vais\s+seule?|je\s+serai\s+seule?|(?:le\s+)?dis\s+a\s+personne"
    r"|dis\s+rien)\b",
)
