"""French phrases and the tier each must get."""

CRISIS = [
    "Je veux mourir",
    "j'ai envie de mourir",
    "J'ai envie d'en finir",
    "je veux en finir avec la vie",
    "Je pense au suicide",
    "je veux me tuer",
    "Je ne veux plus vivre",
    "jai plus envie de vivre",
    "Je veux mettre fin à mes jours",
    "je voudrais dormir et ne plus me réveiller",
    "Je me scarifie encore",
    "J'ai gardé des médicaments pour ça",
    "C'est un adieu. Adieu à tous",
    "ils seraient mieux sans moi",
    "j'ai écrit une lettre d'adieu",
    "je veux sauter d'un pont",
    "je suis suicidaire",
]

EMERGENCY = [
    "Tout à coup je n'arrive plus à parler et mon visage tombe",
    "faiblesse soudaine d'un côté",
    "Le pire mal de tête de ma vie",
    "Douleur dans la poitrine qui descend dans le bras gauche",
    "Je n'arrive pas à respirer",
    "Je me suis cogné la tête et je suis confus",
    "je fais un AVC",
]

RED_FLAG = [
    "Ma main est faible",
    "J'ai une faiblesse dans la jambe droite",
    "je n'arrive plus à ouvrir les bocaux",
    "j'ai du mal à avaler",
    "je m'étouffe en buvant",
    "ma parole est pâteuse",
    "Je tombe souvent",
    "J'ai un pied tombant",
    "Des fourmillements dans le pied depuis ma chute",
]

ASK = [
    "Je n'en peux plus",
    "je veux disparaître",
    "Je suis fatiguée de tout",
    "Je ne vois pas d'issue",
    "je suis un fardeau",
    "j'en peux plus",
]

NEAR_MISS = [
    ("Je meurs de faim", "none"),
    ("je suis mort de rire", "none"),
    ("Je meurs d'envie de te voir", "none"),
    ("Ce tic me tue", "none"),
    ("Je tuerais pour un café", "none"),
    ("Je ne veux pas mourir", "health_anxiety"),
    ("Je ne veux plus vivre à Paris", "none"),
    ("Est-ce que c'est la SLA ?", "health_anxiety"),
    ("Je n'ai pas de faiblesse dans la main", "none"),
    ("ma main n'est pas faible", "none"),
    ("je ne peux pas respirer par le nez", "none"),
    ("mort de fatigue ce soir", "none"),
    ("j'ai cru mourir de honte", "none"),
    ("un café faible", "none"),
    ("je suis tombée amoureuse", "none"),
    ("je veux dormir", "none"),
    ("Je n'en peux plus de ce bruit", "none"),
]
