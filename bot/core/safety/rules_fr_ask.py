"""French ask-tier rules (passive signs: no way out, a burden, can't go on, a date chosen), kept
apart from rules_fr.py to keep each file short. Over normalised text, like every rule.
"""

from __future__ import annotations

from bot.core.safety.common import END, words

ASK: tuple[str, ...] = (
    # Round 9, one policy in all languages: a passive wish with no method, plan, time or
    # farewell is asked about, as the blind writers label it.
    r"(?:plus|pas)\s+(?:trop\s+|vraiment\s+|du\s+tout\s+)?envie\s+de\s+(?:vivre|exister|etre\s+la)\b"
    r"(?!\s+(?:a|en|avec|ici|la)\b)",
    r"(?:ne\s+veux\s+plus|veux\s+plus|jveux\s+plus)\s+(?:exister|etre\s+la)\b(?!\s+(?:a|en|avec|ici|la)\b)",
    # "je n'en peux plus de ce bruit" is about the noise.
    r"(?:je\s+n\s?en|j\s?en|n\s?en)\s+peux\s+plus\b"
    r"(?!\s+(?:de\s+(?:ce|cette|ces|mon|ma|mes)|du|des)\b)",
    r"(?:je\s+veux|j\s?ai\s+envie\s+de|je\s+voudrais)\s+disparaitre\b",
    r"(?:fatigue|fatiguee|epuise|epuisee|las|lasse)\s+de\s+tout\b",
    r"(?:ne\s+)?vois\s+(?:pas|plus|aucune)\s+(?:d\s?)?(?:issue|sortie|solution)\b",
    r"(?:je\s+suis|suis)\s+un\s+(?:fardeau|poids)\b",
    r"(?:je\s+)?(?:tiens|supporte)\s+plus\s*(?:le\s+coup)?" + END,
    r"(?:sans\s+espoir|desespere|desesperee)\b",
    # A passive wish, a burden, no way out, what's the point (issue 20).
    r"(?:dormir|m\s?endormir)\s+(?:\w+\s+){0,3}?et\s+(?:de\s+)?(?:ne\s+)?(?:pas|plus|jamais)\s+(?:me\s+)?"
    r"reveiller\b",
    r"(?:voudrais|veux|aimerais)\s+ne\s+(?:plus|jamais)\s+me\s+reveiller\b",
    r"(?:seraient|serait|serez)\s+(?:bien\s+)?(?:plus\s+)?(?:mieux|tranquilles?|heureux)\s+sans\s+"
    r"(?:moi|elle|lui)\b",
    r"(?:suis|etre|sens)\s+(?:\w+\s+){0,3}?(?:un|une)\s+(?:poids|fardeau|charge)\s+pour\b",
    r"(?:suis|devenu|devenue)\s+(?:\w+\s+)?(?:de\s+trop|encombrant\w*)\b",
    r"gache\s+la\s+vie\s+de\s+tout\b",
    r"a\s+quoi\s+bon\b",
    r"a\s+quoi\s+(?:ca\s+sert|sert)\s+tout\s+ca\b",
    r"plus\s+rien\s+n\s?a\s+de\s+sens\b",
    r"(?:plus\s+)?aucun\s+(?:espoir|avenir)\b",
    r"(?:aucune\s+(?:porte\s+de\s+)?(?:sortie|issue)|(?:y\s+a|n\s?y\s+a)\s+pas\s+de\s+sortie)\b",
    r"(?:me\s+sens|je\s+suis|suis)\s+(?:\w+\s+)?(?:piege|piegee|dans\s+une\s+impasse)\b",
    r"(?:jveux|j\s?aimerais|voudrais|envie\s+de)\s+(?:juste\s+)?(?:disparaitre|me\s+volatiliser)\b",
    r"si\s+(?:moi\s+)?je\s+(?:disparais|disparaissais|rentrais\s+plus)\s+(?:\w+\s+){0,3}?personne\b",
    r"(?:voudrais|veux|jvoudrais)\s+(?:juste\s+)?(?:pas|plus)\s+exister\b",
    r"fatigue\w*\s+d\s?exister\b",
    r"marre\s+de\s+tout\b",
    r"plus\s+envie\s+de\s+continuer\b",
    r"(?:tiens|supporte)\s+pu\b",
    r"tiendrai\s+pas\s+longtemps\s+comme\s+ca\b",
    r"(?:peux|peu)\s+plus\s+(?:continuer\s+)?comme\s+ca\b",
    r"(?:a\s+boutte|au\s+bout\s+du\s+rouleau)\b",
    r"(?:suis|jsuis|chu)\s+au\s+bout" + END,
    r"(?:tanne\w*|fatigue\w*|marre)\s+de\s+me\s+battre\b",
    r"voudrais\s+que\s+tout\s+s\s?arrete\b",
    r"pourquoi\s+je\s+me\s+leve\s+encore\b",
    r"plus\s+gout\s+a\s+rien\b",
    r"(?:a\s+quoi\s+je\s+sers|je\s+sers\s+a\s+rien)\b",
    r"l\s?interet\s+de\s+rien\b",
    r"personne\s+(?:ne\s+)?(?:le\s+|me\s+)?(?:remarquerait|capte)\b(?!\s+que)",
    r"(?:je\s+serai|jserai|j\s?serai|je\s+ne\s+serai)\s+plus\s+la\b",
    r"(?:n\s?)?(?:en\s+)?aurai\s+plus\s+(?:besoin|l\s?usage)\b",
    r"(?:je\s+serai|jserai|moi\s+je\s+serai)\s+partie?\b",
    r"(?:j\s?ai|g|jai)\s+(?:deja\s+)?(?:tout\s+prevu|choisi\s+la\s+date|pris\s+ma\s+decision)\b"
    r"(?!\s+(?:du|de(?!\s+notre\s+anniversaire)|des|pour\s+(?:les|la|le)\s+(?:vacances|mariage|fete))\b)",
    r"si\s+(?:je|j|jre\w*)\s+(?:\w+\s+)?(?:repond|reponds)\s+pas\s+demain\b",
    r"c\s?est\s+decide\s*,?\s+(?:\w+\s+){0,5}?je\s+le\s+fais\b",
    r"(?:je\s+pese\s+sur|un\s+vieux\s+qui\s+encombre|plus\s+jamais\s+revenir)\b",
    r"(?:est|etre)\s+un\s+(?:poids|fardeau)\s+pour\s+tout\b",
    r"(?:voudrait|voudrais)\s+disparaitre\b",
    r"me\s+reveiller\s+quand\s+tout\s+sera\s+fini\b",
    r"insupportables?\s+et\s+je\s+ne\s+vois\s+pas\s+comment\b",
    rf"si\s+(?:moi\s+)?je\s+disparais\s+{words(3)}personne\b",
    # Round 4: affairs put in order for after, a life insurance that will pay, letters and calm.
    r"assurance\s+vie\s+(?:paiera|payera|couvrira)\b",
    r"(?:retrouve\w*|debrouille\w*)\s+apres\s+moi\b",
    r"partir\s+propre\b",
    r"si\s+(?:je\s+|j\s+|jne\s+)?(?:ne\s+)?j?(?:repond|reponds)\s+pas\s+demain\b",
    r"(?:j\s?vais|je\s+vais|jvais)\s+(?:pu|plus)\s+etre\s+la\b(?!\s+(?:le|la|les|pour|a|au|en|ce|cette"
    r"|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)",
    r"lettre\s+(?:a|pour)\s+chac\w+\s+(?:\S+\s+){0,15}?(?:je\s+me\s+sens|suis)\s+(?:\w+\s+)?calme\b",
    r"(?:dit|raconte)\s+que\s+je\s+(?:partais|pars|demenageais)\s+(?:\S+\s+){0,2}?c\s?est\s+vrai\s+dans\s+un"
    r"\s+sens\b",
    r"c\s?est\s+decide\s*,?\s+(?:\w+\s+){0,9}?je\s+le\s+fais\b",
    # Round 5: at the end of one's rope, no sense in anything, a date chosen and nothing more.
    r"(?:je\s+suis|jsuis|chu|suis|j\s?suis)\s+(?:completement\s+|vraiment\s+)?a\s+bout\b(?!\s+de\b)",
    r"(?:jpeux|j\s?peux|je\s+peux|je\s+ne\s+peux|jpeu)\s+plus\s*(?:[.!?]|$)",
    r"(?:ne\s+)?vois\s+(?:plus|pas)\s+(?:le|aucun)\s+sens\s+(?:de|a|dans)\s+(?:rien|la\s+vie|ma\s+vie"
    r"|tout\s+ca|vivre)\b",
    r"(?:j\s?ai|g|jai)\s+(?:deja\s+)?choisi\s+(?:une|la|ma)\s+date" + END,
    # Set L: no strength left to go on ("plus la force de continuer comme ça").
    r"(?:plus|pas|aucune|perdu\s+la)\s+(?:la\s+|de\s+|d\s?)?(?:force|courage|energie)\s+(?:de|d)\s+"
    r"(?:continuer|me\s+battre|lutter|tenir|vivre|avancer|me\s+lever|exister)\b"
    r"(?!\s+(?:le|la|les|mon|ma|mes|ce|cette|a|au|aux|l\s?)\b)",
    # Sets M and N: not waking up wished, said of oneself or of someone else ("elle dit
    # qu'elle aimerait ne plus se réveiller le matin"); waking at night is insomnia.
    r"(?:voudrai[st]|veu[xt]|aimerai[st]|souhaite\w*|prefererai[st]|espere|esperais)\s+(?:ne\s+)?"
    r"(?:plus|jamais|pas)\s+(?:me|se)\s+reveiller\b(?!\s+(?:avant|trop|tot|tard|la\s+nuit"
    r"|pendant|en\s+pleine|au\s+milieu|a\s+\d|toutes\s+les\s+nuits|(?:le\s+matin\s+)?(?:avec"
    r"|fatigue\w*|epuise\w*|en\s+sueur|courbatu\w*)))",
    r"pourvu\s+que\s+je\s+ne\s+me\s+reveille\s+pas\b",
    # Set O: not waking up as an "if", and it would be no loss ("si je me réveillais pas demain ce
    # serait pas plus mal", "si je me réveille plus, tant mieux").
    r"si\s+(?:un\s+jour\s+|demain\s+)?(?:je\s+ne\s+|je\s+|jne\s+|j\s+)?me\s+(?:reveillais|reveille"
    r"|reveillerais)\s+(?:pas|plus|jamais)\b(?:\s+(?:\w+\s+){0,3}?)?[\s,]*(?:\w+\s+){0,2}?(?:ce\s+serait"
    r"|ca\s+serait|c\s?serait|ce\s+ne\s+serait|tant|ca\s+m\s?arrangerait|personne|ca\s+(?:me\s+)?"
    r"(?:derangerait|gene\w*|irait)|je\s+(?:m\s?en|ne\s+m\s?en)\s+plaindrais|bon\s+debarras"
    r"|pas\s+grave|ca\s+changerait)\b(?!\s+(?:en\s+retard|la\s+cata\w*|catastroph\w*|grave\s+pour"
    r"|la\s+panique|le\s+drame))",
    # The height of a balcony or a bridge looked up "just to know" (a lorry's clearance, a
    # flat's size keep it clear).
    r"(?:regarde|cherche|recherche|verifie|calcule|mesure|google|demande|compte)\w*\s+(?:\w+\s+)"
    r"{0,3}?(?:combien\s+de\s+metres|combien\s+d\s?etages|la\s+hauteur|quelle\s+hauteur"
    r"|combien\s+(?:mesure|fait))\s+(?:[\w,]+\s+){0,6}?(?:pont|viaduc|balcon|terrasse|toit"
    r"|fenetre|immeuble|falaise|tour|barrage|passerelle)\b(?![^.!?]{0,40}\b(?:camion|poids\s+lourd"
    r"|remorque|gabarit|passer|caravane|camping\s+car|demenagement|echafaudage|carres|loyer"
    r"|antenne|rideaux?|store)\b)",
)

# Set R: a passive wish asked about, not a crisis: not waking up accepted ("if I don't wake up
# tomorrow, that's fine too") and a prayer to be taken soon.
ASK += (
    # Or the other way round: "it would be better not to wake up".
    r"(?:ce\s+serait|ca\s+serait|c\s+est|ce\s+sera)\s+(?:\w+\s+)?(?:mieux|plus\s+simple|plus\s+facile|un\s+soulagement)\s+(?:de\s+(?:ne\s+)?(?:pas|plus)\s+me\s+reveiller|si\s+je\s+(?:ne\s+)?me\s+reveillais\s+(?:pas|plus))\b(?!\s+(?:a|avant|tot|avec)\b)",
    r"si\s+je\s+(?:ne\s+)?me\s+(?:reveille|reveillais|reveillerais)\s+(?:pas|plus)\s+(?:\w+\s+){0,2}?(?:,\s+)?(?:ca\s+me\s+va|ca\s+m\s+irait|tant\s+mieux|ce\s+serait\s+pas\s+plus\s+mal|ce\s+ne\s+serait\s+pas\s+plus\s+mal|tant\s+pis|ca\s+serait\s+bien)\b",
    r"(?:mon\s+dieu|seigneur|bon\s+dieu)\s+(?:,\s+)?(?:prends|rappelle|emporte)\s+moi\b(?!\s+(?:a|au|dans|en)\s)",
    r"(?:que\s+)?(?:le\s+bon\s+)?dieu\s+(?:me\s+prenne|me\s+rappelle|vienne\s+me\s+chercher)\b",
)

# Set S: a wish not to be there with no plan ("des fois j'aimerais juste pu être là", "ce serait
# plus simple de ne plus exister", "la mort ce serait un soulagement"), asked about.
ASK += (
    r"(?:j\s?aimerais|jaimerais|je\s+voudrais|j\s?voudrais|je\s+souhaiterais)\s+(?:juste\s+"
    r"|simplement\s+|tellement\s+)?(?:ne\s+plus|ne\s+pas|pu|plus)\s+(?:etre\s+la|exister)\b"
    r"(?!\s+(?:pour|avec|a|au|aux|quand|le|la|ce|demain|ce\s+soir|ici|ou)\b)",
    r"(?:ce\s+serait|ca\s+serait|c\s+serait|ce\s+serai)\s+(?:\w+\s+)?(?:plus\s+simple|plus"
    r"\s+facile|mieux|plus\s+reposant)\s+de\s+(?:ne\s+plus|ne\s+pas|pu|plus)\s+(?:exister"
    r"|etre\s+la)\b",
    r"la\s+mort\s+(?:ce\s+)?(?:serait|ca\s+serait|c\s+est)\s+(?:un\s+|une\s+)?(?:soulagement"
    r"|delivrance|repos)\b",
    r"(?:fatigue|fatiguee|lasse?|epuisee?)\s+de\s+vivre\b",
    r"(?:pourquoi|a\s+quoi\s+bon)\s+je\s+me\s+reveille\s+encore\b",
)
