"""Portuguese: someone else has swallowed something dangerous just now — o bebê e uma pilha de
botão, uma pastilha da máquina de lavar louça, água sanitária; o irmão que bebeu veneno de rato
ou anticongelante; os remédios da avó, uma cartela inteira. Ligar já para o 192 / 112.

Quem (meu filho, o bebê, meu irmão) e o quê (um caroço de cereja, o chiclete, o chocolate do
cachorro ficam de fora); nos comprimidos uma quantidade ou remédios de outra pessoa ("tomou os
antibióticos dele", "toma muitos remédios todo dia", "um comprimido para dormir" ficam de fora).
"""

from __future__ import annotations

from bot.core.safety.common import any_order, not_after, swallowed_family
from bot.core.safety.rules_pt_seizing import SEIZING

__all__ = ["CHILD_SWALLOWED", "OVERDOSE_MORE", "SWALLOWED_PILLS", "SWALLOWED_POISON", "swallowed"]

_WHO = (
    r"(?:(?:o\s+|a\s+)?(?:meu|minha|nosso|nossa)\s+(?:\w+\s+)?(?:filho|filha|filhos|bebe|nene"
    r"|menino|menina|crianca|pequeno|pequena|garoto|garota|irmao|irma|marido|esposo|esposa"
    r"|mulher|namorado|namorada|amigo|amiga|mae|pai|avo|vovo|neto|neta|sobrinho|sobrinha|primo"
    r"|prima|companheiro|companheira|parceiro|parceira)|o\s+(?:bebe|nene|menino|pequeno|miudo)"
    r"|a\s+(?:bebe|nene|menina|pequena|miuda))"
)
_GAP = r"(?:(?!que\s|quando\s)\w+\s+){0,3}?"
_ATE = (
    r"(?:engoliu|comeu|bebeu|tomou|ingeriu|mastigou|chupou|lambeu|(?:meteu|colocou|botou|pos)"
    r"\s+na\s+boca|acabou\s+de\s+(?:engolir|comer|beber|tomar))"
)
_POISON = (
    r"(?:pilhas?\b(?!\s+de\s+(?!botao))|baterias?|imas?|(?:pastilha|capsula)s?\s+(?:da|de|para)"
    r"\s+(?:maquina|lava\s+loi?ca|lavar|detergente|roupa)|detergente|lixivia|agua\s+sanitaria"
    r"|cloro|candida|qboa|soda\s+caustica|desentupidor|diabo\s+verde|produtos?\s+de\s+limpeza"
    r"|amaciante|veneno\w*|raticida|chumbinho|mata\s+ratos?|anticongelante|herbicida|pesticida"
    r"|inseticida|agrotoxico|aguarras|gasolina|querosene|amoniaco|solvente|thinner|tiner"
    r"|removedor|liquido\s+d[eo]\s+(?:vape|pod|cigarro\s+eletronico)|perfume|colonia|carrapaticida"
    r"|(?:remedio|veneno|liquido)\s+(?:de|pra|para|contra)\s+(?:o\s+|a\s+)?(?:carrapatos?"
    r"|pulgas?|ratos?|baratas?|formigas?))\b"
)
_PILL = (
    r"(?:comprimidos|remedios|remedio|medicamentos|pilulas|capsulas|rivotril|clonazepam"
    r"|paracetamol|dipirona|tylenol|ibuprofeno|calmantes|antidepressivos|soniferos|ansioliticos"
    r")\b"
)
_MANY = (
    r"(?:uma\s+(?:cartela|caixa|embalagem|carteira)(?:\s+inteira)?|a\s+(?:cartela|caixa"
    r"|embalagem)\s+(?:toda|inteira)|toda\s+a\s+(?:cartela|caixa)|todos\s+os|todas\s+as"
    r"|um\s+monte\s+de|um\s+punhado\s+de|\d\d+)\s+(?:\w+\s+){0,2}?"
)
_KIN = r"(?:avo|vovo|mae|pai|tia|tio|madrinha|bisa)"

SWALLOWED_POISON = (rf"{_WHO}\s+{_GAP}{_ATE}\s+(?:\w+\s+){{0,4}}?{_POISON}",)
SWALLOWED_PILLS = (
    rf"{_WHO}\s+{_GAP}{_ATE}\s+(?:\w+\s+)?{_MANY}{_PILL}",
    rf"{_WHO}\s+{_GAP}{_ATE}\s+(?:\w+\s+){{0,2}}?(?:(?:meus|minhas)\s+(?:\w+\s+)?{_PILL}|(?:os|as"
    rf"|uns)\s+{_PILL}\s+(?:\w+\s+)?(?:da|do)\s+(?:minha\s+|sua\s+|meu\s+|seu\s+)?{_KIN})",
    rf"{_WHO}\s+{_GAP}{_ATE}\s+[^.!?]{{0,30}}?{_PILL}[^.!?]{{0,40}}?nao\s+sei\s+quant[oa]s\b",
)


# Uma overdose dita com uma quantidade que as regras antigas não veem ("engoli um punhado de
# comprimidos", "o resto dos meus remédios", "tomei remédio demais"), e a dose da semana, dose
# dupla ou a caixinha toda tomadas sem querer. Um hábito ("por dia", "todo dia"), "como o médico
# mandou", "quase" e vitaminas ou balas ficam de fora.
_NOT_HABIT = (
    r"(?![^.!?]{0,40}?\b(?:por\s+dia|ao\s+dia|todo\s+(?:dia|santo\s+dia)|todos\s+os\s+dias"
    r"|diari\w*|como\s+(?:o\s+medico\s+)?(?:mandou|receitou|prescrito)|ha\s+anos)\b)"
)
_OD_VERB = not_after(
    r"engoli|tomei|mandei|enfiei|ingeri|tinha\s+tomado|acabei\s+de\s+tomar|acabei\s+de\s+engolir",
    r"quase",
)
_ALMOST = r"quase|por\s+pouco"
_MISTAKE = not_after(
    r"sem\s+querer|por\s+engano|por\s+erro|por\s+descuido|se\s+confundiu|me\s+confundi"
    r"|confundiu|confundi|trocou|troquei",
    r"quase|quase\sque",
)
_TOOK = not_after(
    r"tomei|tomou|tomaram|tomado|engoli|engoliu|engolido|ingeri|ingeriu",
    r"quase|quase\sque",
)
_DOSE = (
    r"(?:dose\s+(?:da\s+semana(?:\s+toda|\s+inteira)?|de\s+(?:uma|a)\s+semana|semanal"
    r"|dupla|dobrada)|dose\s+dobrada|o\s+dobro\s+da\s+dose|(?:a\s+)?(?:caixinha|porta\s+comprimidos"
    r"|organizador|pilulero)\s+(?:tod[ao]|inteir[ao]|da\s+semana)|(?:os\s+)?(?:remedios|comprimidos"
    r")\s+da\s+semana(?:\s+toda|\s+inteira)?)"
)
OVERDOSE_MORE = (
    rf"{_OD_VERB}\s+(?:\w+\s+)?(?:um\s+punhado|uma\s+mao\s+cheia|um\s+monte|uma\s+porrada|uma\s+penca"
    rf"|um\s+bando|uma\s+pancada|o\s+resto|o\s+que\s+(?:me\s+)?(?:restava|sobrou|tinha\s+sobrado)"
    rf"|meia\s+caixa|meia\s+cartela)\s+(?:de\s+|dos\s+|das\s+)?(?:meus\s+|minhas\s+|seus\s+|os\s+)?"
    rf"{_PILL}{_NOT_HABIT}",
    rf"{_OD_VERB}\s+(?:\w+\s+)?{_PILL}\s+(?:demais|a\s+mais|em\s+excesso)\b{_NOT_HABIT}",
    *any_order(_ALMOST, _MISTAKE, _TOOK, _DOSE),
)


# Set R: uma criança pequena, muitas vezes com a idade ("meu filho de 2 anos"), com algo que faz
# mal mesmo que por agora pareça bem: pilha de botão, ímanes, ferro (comprimidos, gomas de
# vitamina com ferro), uma cápsula de detergente mordida, comprimidos do coração ou da pressão da
# avó, soníferos. A criança e a coisa estão nomeadas: um caroço de cereja, um chiclete, "tomou as
# vitaminas dele" e uma notícia sobre pilhas ficam de fora.
_KID = (
    r"(?:meu|minha|nosso|nossa|o|a)\s+(?:\w+\s+)?(?:filho|filha|filhinho|filhinha|bebe|nene"
    r"|menino|menina|miudo|miuda|neto|neta|netinho|netinha|sobrinho|sobrinha|crianca|pequeno"
    r"|pequena|pequenino|pequenina|gemeos|cacula)\b"
)
_EAT = (
    r"(?:engoliu|comeu|mordeu|mordiscou|mastigou|chupou|lambeu|trincou|ingeriu|(?:botou|pos|meteu)"
    r"\s+(?:\w+\s+){0,2}?na\s+boca)\b"
)
_OTHERS = (
    r"(?:remedios|comprimidos|medicamentos|pilulas|capsulas)\s+(?:\w+\s+){0,4}?(?:da|do|de)\s+"
    r"(?:minha\s+|sua\s+|meu\s+|seu\s+)?(?:avo|vovo|vo|mae|mamae|pai|papai|tia|tio)"
)
_HARM = (
    r"(?:pilhas?\s+(?:de\s+)?(?:botao|moeda|relogio|litio)|baterias?\s+(?:de\s+)?(?:botao|moeda"
    r"|relogio)|baterias?|imas|ima|iman|imanes|(?:\w+\s+){0,2}?(?:com|de)\s+ferro|(?:capsulas?"
    r"|pastilhas?|tabletes?|saquetas?)\s+(?:\w+\s+)?(?:de|da|do|para)\s+(?:a\s+|o\s+)?(?:sabao"
    r"|detergente|maquina|lava\s+loucas?|lava\s+roupas?|roupa|lavar)|detergente|lixivia|agua"
    r"\s+sanitaria|(?:comprimidos?|remedios?|pilulas?|medicamentos?|capsulas?)\s+(?:\w+\s+)?"
    r"(?:de|do|da|para)\s+(?:o\s+|a\s+)?(?:coracao|pressao|tensao|dormir|diabetes|tiroide|acucar"
    r"|epilepsia)|soniferos?|antidepressivos?|calmantes|ansioliticos|{_OTHERS}|produtos?\s+de"
    r"\s+limpeza|desentupidor\w*|soda\s+caustica)\b"
).replace("{_OTHERS}", _OTHERS)
# Entre o verbo e a coisa, nem "e", nem "depois", nem vírgula: são duas coisas.
_NEAR = r"\s+(?:(?!(?:e|depois|mas)\s)[^\s.!?,]+\s+){0,6}?"
CHILD_SWALLOWED = (
    rf"{_KID}\s+(?:[^\s.!?]+\s+){{0,10}}?{_EAT}{_NEAR}{_HARM}",
    rf"{_KID}\s+(?:[^\s.!?]+\s+){{0,10}}?(?:tomou){_NEAR}{_OTHERS}",
)

# Someone else's seizure (rules_pt_seizing.py) joins the someone-else sign here, beside the
# poisons, so rules_pt.py need not change.
swallowed = swallowed_family(
    (*SWALLOWED_POISON, *CHILD_SWALLOWED, *SEIZING), (*SWALLOWED_PILLS, *OVERDOSE_MORE)
)
