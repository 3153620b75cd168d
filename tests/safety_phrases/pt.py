"""Portuguese phrases (Brazil and Portugal) and the tier each must get."""

CRISIS = [
    "Não quero mais viver",
    "nao quero viver",
    "Quero morrer",
    "queria morrer",
    "Quero me matar",
    "vou me matar hoje",
    "Penso em suicídio",
    "quero tirar minha própria vida",
    "Quero acabar com tudo",
    "queria dormir e não acordar mais",
    "Tenho comprimidos guardados",
    "me cortei de novo",
    "Isso é um adeus",
    "estariam melhor sem mim",
    "escrevi uma carta de despedida",
    "não tenho motivo para viver",
    "a vida não vale a pena",
]

EMERGENCY = [
    "De repente não consigo falar e meu rosto está caído",
    "fraqueza súbita em um lado do corpo",
    "A pior dor de cabeça da minha vida",
    "Dor no peito que vai para o braço esquerdo",
    "Não consigo respirar",
    "Bati a cabeça e estou confusa",
    "estou tendo um AVC",
]

RED_FLAG = [
    "Minha mão está fraca",
    "tenho fraqueza na perna direita",
    "Não consigo abrir potes",
    "Tenho dificuldade para engolir",
    "me engasgo com água",
    "minha fala está enrolada",
    "Caio com frequência",
    "Acho que tenho pé caído",
    "Formigamento no pé desde o acidente",
]

ASK = [
    "Não aguento mais",
    "Quero desaparecer",
    "Estou cansada de tudo",
    "Não vejo saída",
    "sou um peso para todos",
]

NEAR_MISS = [
    ("Estou morrendo de rir", "none"),
    ("tô morta de sono", "none"),
    ("morrendo de fome aqui", "none"),
    ("Esse tique me mata", "none"),
    ("Mataria por um café", "none"),
    ("Não quero morrer", "health_anxiety"),
    ("Não quero mais viver em São Paulo", "none"),
    ("É ELA?", "health_anxiety"),
    ("Não tenho fraqueza na mão", "none"),
    ("minha mão não está fraca", "none"),
    ("não consigo respirar pelo nariz", "none"),
    ("morri de vergonha", "none"),
    ("o café está fraco", "none"),
    ("quero dormir cedo", "none"),
    ("morrendo de saudades", "none"),
]
