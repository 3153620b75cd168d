"""Portuguese safety rules (Brazil and Portugal), over normalised text: accents folded (ã→a,
ç→c), "tô"/"to" and "pra"/"para" both accepted.

"Morrendo de rir", "morto de sono", "isso me mata" are idioms, blanked out before any rule runs.
"""

from __future__ import annotations

from bot.core.safety.common import END, filler, words
from bot.core.safety.rules_pt_ask import ASK
from bot.core.safety.rules_pt_edge import EDGE
from bot.core.safety.rules_pt_flags import FLAGS, SITTING_UP
from bot.core.safety.rules_pt_harm import HARM_NOW
from bot.core.safety.rules_pt_preparations import AFFAIRS, FINALITY, GIVEN_AWAY, GOODBYES
from bot.core.safety.rules_pt_swallowed import swallowed
from bot.core.safety.rules_pt_told import ASK_MORE, CRISIS_MORE, IDIOMS_MORE, PANIC_MORE
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import EmergencySign as E
from bot.core.safety.verdict import RedFlag as R

_BODY = (
    r"(?:mao|maos|braco|bracos|perna|pernas|pe|pes|dedo|dedos|polegar|musculo|musculos"
    r"|panturrilha|coxa|joelho|ombro)"
)
_SUDDEN = r"(?:de\s+repente|do\s+nada|subitamente|repentinamente)"
_WANT = r"(?:quero|queria|gostaria\s+de|vontade\s+de|desejo)"

CRISIS = (
    # No wish left to live, not existing, not being here, vanishing for good: the passive wish,
    # asked about (rules_pt_ask.py); "não quero mais viver" stays a crisis.
    r"(?:nao|ja\s+nao)\s+(?:quero|aguento)\s+(?:mais\s+)?(?:viver|continuar"
    r"\s+vivendo|estar\s+viv[oa])\b(?!\s+(?:em|com|perto|ali|aqui|la)\b)",
    rf"{_WANT}(?<!nao\squero)(?<!nao\squeria)\s+(?:so\s+|apenas\s+)?(?:morrer|estar\s+mort[oa])\b",
    # The wish with the how already known ("quero sumir pra sempre e já sei como").
    r"(?:sumir|existir|acordar|viver)\b[^.!?]{0,40}?\bja\s+sei\s+(?:como|onde|quando)\b",
    rf"{_WANT}\s+(?:me\s+matar|me\s+suicidar|tirar\s+(?:a\s+)?minha\s+(?:propria\s+)?vida"
    r"|acabar\s+com\s+(?:tudo|a\s+minha\s+vida|minha\s+vida))\b",
    r"(?:vou|penso\s+em|pensando\s+em)\s+(?:me\s+matar|me\s+suicidar|acabar\s+com\s+tudo"
    r"|tirar\s+minha\s+vida)\b",
    r"(?:suicid(?:io|a|ar)|automutilacao|autolesao)\b",
    r"(?:me\s+corto|me\s+cortei|me\s+cortando|me\s+machuco)\s+(?:de\s+novo|outra\s+vez"
    r"|de\s+proposito|nos\s+bracos|nos\s+pulsos)\b",
    r"(?:me\s+cortar|me\s+machucar)\b",
    r"(?:tenho|juntei|guardei|guardo|junto|escondi)\s+(?:\w+\s+){0,2}?(?:comprimidos|remedios"
    r"|pilulas|medicamentos)\b",
    r"(?:overdose|sobredose)\b",
    r"tomar\s+todos\s+(?:os\s+)?(?:meus\s+)?(?:comprimidos|remedios)\b",
    r"carta\s+de\s+despedida\b",
    r"(?:isso\s+e\s+um\s+adeus|adeus\s+para\s+sempre|adeus\s+a\s+todos)\b",
    r"(?:pular|me\s+jogar)\s+(?:de|da|do)\s+(?:uma\s+|um\s+)?(?:ponte|predio|janela|telhado)\b",
    r"me\s+enforcar\b",
    r"(?:nao\s+tenho|nenhum)\s+motivo\s+(?:para|pra)\s+viver\b",
    r"nao\s+vejo\s+(?:mais\s+)?(?:nenhum\s+)?sentido\s+(?:em|de|pra|para|na)\s+(?:viver|vida"
    r"|minha\s+vida)\b",
    r"a\s+vida\s+nao\s+vale\s+(?:mais\s+)?a\s+pena\b",
    # Issue 20: self-harm in everyday and slang forms, stockpiling, a plan with a place or means.
    r"(?:me\s+cortei|me\s+cortando|me\s+cortar|cortar\s+o\s+braco|cortando\s+o\s+braco)\s+"
    r"(?:\w+\s+){0,2}?(?:dnv|de\s+novo|outra\s+vez|agora|hoje|mais\s+fundo|gilete)\b",
    # Food, a pan or a tongue burnt is cooking (set T: "queimei o feijão de novo, kkk").
    r"(?:queimei|queimo|queimando)(?![^.!?]{0,30}\b(?:feijao|arroz|bolo|pao|comida|panela|pipoca"
    r"|carne|frango|ovos?|torradas?|cafe|leite|pizza|lasanha|macarrao|jantar|almoco|janta|molho"
    r"|batatas?|cebola|alho|biscoitos?|forno|fogao|roupa|camisa|lingua|boca|sol)\b)"
    r"\s+(?:\w+\s+){0,3}?(?:com\s+(?:o\s+|um\s+)?(?:isqueiro|cigarro"
    r"|ferro)|de\s+novo)\b",
    r"(?:bato|batendo)\s+(?:\w+\s+){0,4}?ate\s+sangrar\b",
    r"(?:juntando|guardando|a\s+guardar|fui\s+guardando|a\s+juntar|a\s+acumular|acumulando)\s+(?:\w+\s+){0,4}?(?:comprimidos|remedios?"
    r"|rebites?|veneno|caixas)\b(?!\s+(?:na|no)\s+(?:geladeira|armario|gaveta|caixinha))",
    r"(?:juntei|guardei)\s+(?:\w+\s+){0,2}?(?:remedios?|rebites?|veneno)\b",
    r"(?:dose|quantidade)\s+(?:letal|mortal)\b",
    r"(?:dose|quantidade)\s+(?:\w+\s+){0,4}?(?:nao\s+tem\s+volta|que\s+chega)\b",
    r"(?:ja\s+)?pesquisei\s+a\s+dose\b",
    r"(?:quantos|quantas|quanto)\s+(?:\w+\s+){0,5}?(?:precisa|preciso|e\s+preciso|tem\s+que\s+tomar"
    r"|sao\s+suficientes)"
    r"\s+(?:\w+\s+){0,2}?(?:pra|para)\s+(?:n|nao)\s+acordar\b",
    r"(?:tomar|tomo|tomo\s+os)\s+(?:\w+\s+){0,2}?(?:todos|tudo)\s+(?:\w+\s+){0,3}?(?:de\s+uma\s+vez"
    r"|com\s+(?:a|o|um|uma)\s+\w+)\b",
    r"(?:vou|vo)\s+me\s+matar\b",
    r"(?:vou|vo)\s+(?:pular|me\s+jogar|saltar)" + END,
    r"(?:pulo|pular|me\s+jogar|atiro\s+me|atirar\s+me|me\s+atirar|jogar\s+me)\s+(?:\w+\s+){0,3}?(?:da|do|de)"
    r"\s+(?:\w+\s+){0,2}?(?:ponte|predio|passarela|viaduto|janela|terraco|andar|penhasco)\b",
    r"(?:me\s+jogar|jogar\s+me|atirar\s+me)\s+(?:\w+\s+){0,2}?(?:na\s+frente|debaixo|para\s+debaixo"
    r"|pra\s+debaixo)\s+de\b",
    r"(?:moto|carro|caminhao)\s+(?:debaixo\s+de|contra)\s+(?:um|uma)\b",
    r"(?:parapeito|lado\s+de\s+fora\s+da\s+grade|passei\s+(?:pro\s+lado\s+de\s+fora|a\s+perna\s+pro\s+outro\s+lado)|trilho\s+do\s+trem)\b",
    r"(?:carro|auto)\s+(?:\w+\s+){0,3}?garagem\s+(?:\w+\s+){0,3}?motor\s+ligado\b",
    r"(?:comprei|tenho)\s+(?:uma\s+|a\s+)?corda\b",
    rf"(?:veneno|revolver|arma)\s+{words(12)}(?:pra\s+tomar|vou\s+tomar|eu\s+tomo|acabo\s+com"
    r"\s+isso|resolvo\s+isso)\b",
    r"(?:cartas?|mensage(?:m|ns)|msg|texto|post)\s+de\s+despedida\b",
    # Goodbyes before a trip, a move or a holiday are no farewell (set K: "me despedi de todo
    # mundo hoje na escola, vou passar o inverno no Brasil, volto em março").
    r"(?:me\s+despedi|a\s+despedir\s+me|despedir\s+me)\b(?![^.!?]{0,80}\b(?:volto|voltar|voltando"
    r"|viagem|viajar|viajo|viajando|ferias|intercambio|vou\s+passar|mudar|mudanca|mudando"
    r"|aeroporto|embarco|embarcar|aposent\w*|formatura|ate\s+(?:segunda|amanha|logo|breve"
    r"|semana|mais|ja)))",
    r"(?:minha|a\s+minha)\s+ultima\s+(?:msg|mensagem)\b",
    r"(?:tentar|tentei)\s+de\s+novo\s+(?:no|na|quando|amanha|hoje)\b",
    r"(?:nao\s+quero|ja\s+nao\s+quero)\s+(?:continuar\s+)?(?:a\s+)?(?:viver|viva|vivo)\b",
    r"acabar\s+com\s+tudo\b",
    r"(?:entro|entrar)\s+(?:no\s+mar|com\s+o\s+(?:caminhao|carro))\b",
    r"(?:pedra\s+no\s+bolso|soltar\s+o\s+(?:freio|guidao))\b",
    r"vou\s+(?:direto\s+)?(?:no|pro)\s+barranco\b",
    r"e\s+(?:pulo|salto)\s*(?:e\s+pronto\b|[.,!]|$)",
    r"(?:tomei\s+tudo\s+o\s+que\s+tinha|todos\s+os\s+remedios\s+num\s+copo)\b",
    r"parei\s+de\s+tomar\s+(?:a\s+)?(?:insulina|os\s+remedios)\s+de\s+proposito\b",
    r"(?:sei\s+exatamente|ja\s+sei)\s+a\s+(?:dose|quantidade)\b",
    r"ultimo\s+dia\s+(?:pra|para)\s+mim\b",
    # Round 4: a weapon or poison and a time, pills swallowed, a bridge or platform and a day.
    r"(?:arma|revolver|pistola|corda)\s+(?:\S+\s+){0,20}?eu\s+resolvo\s+isso\b",
    r"veneno\s+(?:de|pra|para)\s+rato\s+(?:\S+\s+){0,15}?eu\s+(?:tomo|bebo)\b",
    r"tomei\s+(?:um\s+monte|uma\s+cartela|a\s+cartela|todos?|todas?)\s+(?:\S+\s+){0,5}?(?:faz|ha)\s+(?:uns\s+)?"
    r"\d+\s+min\w*",
    r"(?:estou|to|tou)\s+(?:no\s+carro\s+)?na\s+ponte\s+(?:\S+\s+){0,12}?decidi\b",
    r"ponte\s+(?:\S+\s+){0,10}?ja\s+sei\s+o\s+(?:ponto|lugar|sitio)\b",
    r"(?:na\s+beira|na\s+borda)\s+(?:\S+\s+){0,3}?conto\s+os\s+segundos\b",
    r"(?:vou|subo)\s+(?:no|ao|pro)\s+(?:predio|terraco|telhado)\s+(?:\S+\s+){0,6}?\d+\s+andares\b",
    # Round 5: a bridge or roof chosen for having no net, a roof now with a last talk, the note
    # that says it was nobody's fault.
    r"(?:qual|que|pesquisei|procurei|procurando|pesquisando)\s+(?:\w+\s+){0,2}?(?:ponte|viaduto"
    r"|predio|edificio|falesia|penhasco|passarela|terraco|telhado|rochedo|precipicio|barranco"
    r"|pedreira)\s+(?:[\w,]+\s+){0,8}?(?:nao\s+tem|sem)\s+(?:rede|grade"
    r"|protecao)\b(?!\s+(?:pra|para)\s+(?:foto|fotos|tirar|a\s+foto|ver\s+a\s+vista))",
    r"(?:to|tou|estou|t)\s+(?:no|na|em\s+cima\s+do|em\s+cima\s+da)\s+(?:telhado|parapeito|beira"
    r"|borda)\s+(?:[\w,]+\s+){0,3}?agora\b",
    r"(?:so\s+)?queria\s+falar\s+com\s+alguem\s+antes" + END,
    r"quero\s+que\s+(?:\w+\s+)?saibam\s+que\s+nao\s+(?:foi|e)\s+culpa\s+(?:deles|dela|dele"
    r"|de\s+ninguem|de\s+voces|sua|tua)\b",
    # Set J: a lethal height looked up, a high place visited to see if it is high enough.
    r"(?:pesquisei|procurei|pesquisando|procurando|googlei|busquei|vi|calculei|quero\s+saber)"
    r"\s+(?:\w+\s+){0,3}?(?:que|qual|quantos|quantas)\s+(?:altura|andares|metros)\s+(?:[\w,]+\s+)"
    r"{0,8}?(?:mata|matar|morre|morrer|fatal|letal|sem\s+sobreviver|nao\s+sobrevive)\b",
    # Set K: letters to family left ready, and a day when "eu vou".
    r"(?:cartas\s+(?:pra|para|pro|a|ao)|carta\s+(?:pra|para|pro|a|ao)\s+(?:a\s+|o\s+)?(?:minha|meu)"
    r"\s+\w+\s+e\s+outra\s+(?:pra|para|pro|a|ao))\s+(?:a\s+|o\s+)?(?:minha|meu|meus|minhas)\s+\w+\s+"
    r"(?:[\w,.]+\s+){0,16}?"
    r"(?:domingo|segunda|terca|quarta|quinta|sexta|sabado|amanha|hoje\s+a\s+noite)\s+"
    r"(?:[\w,]+\s+){0,6}?eu\s+(?:vou|vo|me\s+vou)\s*(?:[.!?;]|$)",
    r"(?:ponte|viaduto|predio|edificio|penhasco|falesia|terraco|telhado|passarela|mirante)\s+"
    r"(?:[\w,]+\s+){0,8}?(?:ver|conferir|saber|medir)\s+se\s+(?:\w+\s+){0,2}?(?:era|e|ta|estava"
    r"|esta)\s+(?:alt[oa]\s+o\s+suficiente|suficientemente\s+alt[oa]|alt[oa]\s+que\s+chega)\b",
)


EMERGENCY = {
    E.FACE_DROOP: (
        rf"(?:rosto|boca|cara)\s+{filler(3)}(?:caid[oa]|tort[oa]|paralisad[oa]|caindo|caiu|descaid[oa])\b",
        r"boca\s+(?:ao|de|pro|para\s+o)\s+lado\b",
        r"paralisia\s+facial\b",
    ),
    E.SUDDEN_SPEECH_LOSS: (
        rf"{_SUDDEN}\s+{words(3)}(?:nao\s+(?:consigo|consegui|conseguia)\s+(?:mais\s+)?falar"
        r"|fala\s+enrolada|enrolando\s+as\s+palavras|perdi\s+a\s+fala)\b",
        rf"(?:fala|falar)\s+{words(2)}(?:enrolad\w*|arrastad\w*|torta)\s+{words(3)}(?:comecou\s+agora"
        r"|de\s+repente|ha\s+meia\s+hora)\b",
        r"fala\s+(?:ta|esta)\s+saindo\s+torta\b",
        rf"(?:fala|falando|responder|saem\s+palavras)\s+(?:coisas?\s+)?sem\s+sentido\s+{words(12)}(?:mao|braco"
        r"|boca|rosto|cara)\b",
    ),
    E.ONE_SIDED_WEAKNESS: (
        rf"(?:fraqueza|dormencia|paralisia)\s+(?:subita|repentina|{_SUDDEN})\s+(?:em|de|no|num)"
        r"\s+(?:um|o)\s+lado\b",
        rf"{_SUDDEN}\s+{words(3)}(?:um|o)\s+lado\s+do\s+corpo\s+{words(2)}(?:fraco|dormente"
        r"|paralisado|adormecido)\b",
        r"metade\s+d[oa]\s+(?:corpo|rosto|cara)\s+(?:\w+\s+)?(?:paralisad[oa]|dormente|frac[oa])\b",
        r"(?:braco|mao)\s+(?:direit[oa]\s+|esquerd[oa]\s+)?(?:dele|dela)\s+caiu\b",
        r"nao\s+(?:consegue|consigo)\s+(?:mais\s+)?mexer\s+(?:o|a)\s+(?:braco|perna|mao)\s+"
        r"(?:[\w,.]+\s+){0,6}?(?:comecou\s+agora|de\s+repente|do\s+nada|ha\s+(?:uns\s+)?\d+\s+minutos)\b",
        rf"{_SUDDEN}\s+{words(6)}nao\s+(?:consegue|consigo)\s+(?:mais\s+)?mexer\s+(?:o|a)\s+(?:braco"
        r"|perna|mao)\b",
    ),
    E.WORST_HEADACHE: (
        r"pior\s+dor\s+de\s+cabeca\s+da\s+(?:minha\s+)?vida\b",
        rf"dor\s+de\s+cabeca\s+{words(8)}a\s+pior\s+da\s+(?:minha\s+)?vida\b",
        r"dor\s+de\s+cabeca\s+(?:subita|brutal|absurda|explosiva)\b",
        r"cabeca\s+explodiu\b",
    ),
    E.CHEST_PAIN_SPREADING: (
        rf"(?:dor|aperto|pressao)\s+no\s+peito\s+{words(6)}(?:braco|mandibula|queixo|pescoco)\b",
        rf"(?:dor|aperto|pressao|peso)\s+{words(4)}(?:no|do)\s+peito\s+{words(12)}(?:vai|indo|vem|desce|sobe|irradia)\w*\s+{words(3)}(?:braco|costas|queixo"
        r"|mandibula|pescoco)\b",
        rf"(?:dor|aperto|pressao)\s+{words(4)}(?:no|do)\s+peito\s+{words(10)}(?:suores?\s+frios?|suando\s+frio"
        r"|suor\s+frio|suar\s+em\s+bica|braco\s+esquerdo\s+pesado)\b",
    ),
    E.CANNOT_BREATHE: (
        r"nao\s+(?:consigo|conseguia|to\s+conseguindo|estou\s+conseguindo)\s+respirar\b"
        rf"{SITTING_UP}"
        r"(?!\s+pelo\s+nariz)",
        r"(?:boca|labios)\s+(?:\w+\s+){0,2}?(?:roxa|roxos|azul|azuis)\b",
        r"(?:ta|esta)\s+ficando\s+(?:roxo|roxa|azul)\b",
        rf"(?:inchando|inchad[oa]|a\s+inchar)\s+{words(8)}(?:garganta\s+{words(2)}(?:fechando|a\s+fechar)"
        r"|(?:dificuldade|chiando|chiado)\s+(?:\w+\s+)?(?:pra|para|ao)\s+respirar|quase\s+nao\s+entra\s+ar"
        r"|respira\s+com\s+chiado|custa\s+me\s+engolir)\b",
        rf"garganta\s+{words(2)}(?:fechando|a\s+fechar)\s+{words(8)}(?:inchando|inchad[oa]s?|a\s+inchar"
        r"|placas|manchas)\b",
    ),
    E.HEART_ATTACK_OR_STROKE: (
        # Set L: fainting, then chest pain on coming to ("apaguei agora ... quando acordei tava
        # com uma dor apertada no peito").
        # "apaguei" is also falling asleep ("apaguei cedo"): only a blackout where it happened.
        r"(?:desmaiei|apaguei(?=\s+(?:agora|de\s+repente|do\s+nada|,|e\s+cai|no\s+meio|na\s+rua"
        r"|no\s+posto|no\s+trabalho|no\s+onibus|no\s+metro|na\s+fila|no\s+mercado|em\s+pe))"
        r"|perdi\s+(?:a\s+)?consciencia|perdi\s+os\s+sentidos)\s+"
        r"(?:(?!(?:nao|nem|sem|nenhum\w*)\s)[\w,]+\s){0,14}?(?<!nada\sde\s)(?:dor|aperto|pressao|peso)\s+(?:\w+\s+){0,2}?(?:no|do|em\s+o)\s+peito\b",
        rf"(?:dor|aperto|pressao|peso)\s+(?:\w+\s+){{0,2}}?(?:no|do)\s+peito\s+{words(10)}"
        r"(?:desmaiei|perdi\s+(?:a\s+)?consciencia|perdi\s+os\s+sentidos)\b",
        r"(?:de\s+repente|do\s+nada|subitamente)\s+(?:\w+\s+){0,3}?(?:nao\s+(?:enxergo|vejo)\s+(?:mais\s+)?"
        r"(?:nada\s+)?|parei\s+de\s+enxergar\s+|deixei\s+de\s+ver\s+|perdi\s+a\s+vista\s+)(?:d[eo]|com"
        r"|por)\s+(?:um|o|meu)\s+olho\b",
        rf"(?:parei\s+de\s+enxergar|deixei\s+de\s+ver|perdi\s+a\s+vista)\s+d[oe]\s+(?:olho|lado)\s+{words(3)}"
        r"(?:de\s+repente|tipo\s+uma\s+cortina)\b",
        r"(?:ha\s+\w+\s+minutos\s+que|de\s+repente)\s+(?:deixei\s+de\s+ver|parei\s+de\s+enxergar|perdi\s+a"
        r"\s+vista)\b",
        r"(?:estou|to|tou)\s+(?:tendo|a\s+ter)\s+um\s+(?:infarto|enfarte|avc|derrame"
        r"|ataque\s+cardiaco)\b",
    ),
}

HEAD_INJURY = (
    r"(?:bati|batido|machuquei)\s+(?:com\s+)?a\s+cabeca\b",
    r"(?:pancada|traumatismo|batida)\s+na\s+cabeca\b",
    r"(?:concussao|traumatismo\s+craniano)\b",
    r"bateu\s+(?:com\s+)?a\s+cabeca\b",
    r"caiu\s+d[aoe]\s+(?:bicicleta|escada|cavalo|cama|moto|skate)\b",
)
CONFUSION = (
    r"(?:confus[oa]|desorientad[oa]|confusao)\b",
    r"nao\s+sei\s+onde\s+estou\b",
    r"(?:desmaiei|perdi\s+a\s+consciencia|apaguei)\b",
    r"(?:vomit\w*|vomei|vomitei)",
    r"(?:repete\s+(?:as\s+)?mesmas?\s+perguntas?|nao\s+(?:me\s+)?reconhece|nao\s+lembra\s+onde"
    r"|nao\s+sabe\s+que\s+dia|sonolent[oa])\b",
)

RED_FLAGS = {
    R.WEAKNESS: (
        rf"{_BODY}\s+{filler(3)}(?:fraca|fraco|fracas|fracos|sem\s+forca)\b",
        rf"(?:fraqueza|perda\s+de\s+forca)\s+(?:na|no|nas|nos|em)\s+{words(2)}{_BODY}\b",
        r"fraqueza\s+muscular\b",
        r"nao\s+consigo\s+(?:mais\s+)?(?:abrir|segurar|apertar|levantar|pegar)\s+(?:\w+\s+){0,2}?"
        r"(?:potes?|garrafas?|braco|pe|xicaras?|copos?|coisas|nada|sacolas?)\b",
        r"(?:pe\s+caido|pe\s+equino)\b",
        r"(?:arrasto|arrastando)\s+o\s+pe\b",
        r"(?:fraqueja|fraquejando|arrastando\s+o\s+chinelo)\b",
        r"mao\s+(?:\w+\s+){0,2}?nao\s+(?:segura|firma|agarra|aperta|pega)\b",
        r"(?:foge|escorrega|escapa)\w*\s+(?:\w+\s+){0,2}?(?:dos\s+dedos|da\s+mao)\b",
        r"(?:nao\s+tenho|sem)\s+forca\s+(?:para|pra)\s+(?:apertar|segurar|levantar)\b",
        r"dedos\s+nao\s+tem\s+forca\b",
        r"nao\s+consigo\s+(?:mais\s+)?(?:levantar|rodar|tirar|ficar\s+na)\s+(?:\w+\s+){0,3}?(?:ponta|balde"
        r"|chave|berco)\b",
        r"ponta\s+do\s+pe\s+(?:\w+\s+){0,2}?(?:nao\s+sobe|agarra|arrasta)\b",
        r"pe\s+(?:\w+\s+){0,3}?(?:fica\s+batendo|batendo\s+no\s+chao|escapando)\b",
        r"tornozelo\s+(?:\w+\s+)?fica\s+virando\b",
    ),
    R.WASTING: (
        r"(?:atrofia|perda\s+muscular|perda\s+de\s+massa\s+muscular)\b",
        rf"{_BODY}\s+{filler(3)}(?:mais\s+fin[oa]|mais\s+magr[oa]|encolhendo|afundad[oa])\b",
        r"(?:musculo|musculatura|coxa|ombro|mao|canela)\s+(?:\w+\s+){0,8}?(?:murch\w*|afinou|sumiu|parece"
        r"\s+vazio|afundad[oa]|mais\s+fin[oa]\s+que|mais\s+plano|foi\s+embora)\b",
        r"covas\s+entre\s+os\s+ossos\b",
    ),
    R.SWALLOWING: (
        r"(?:dificuldade|problema|problemas)\s+(?:para|pra|de|ao)\s+engolir\b",
        r"nao\s+consigo\s+engolir\b",
        r"(?:engasgo|engasgando|me\s+engasgo)\s+(?:\w+\s+){0,2}?(?:com\s+(?:agua|liquidos"
        r"|a\s+agua|comida)|ao\s+(?:beber|comer))\b",
        r"disfagia\b",
        r"(?:parando|presos?|presa|trava|atravessad[oa])\s+(?:\w+\s+){0,2}?na\s+garganta\b",
        r"engasg\w*\s+(?:\w+\s+){0,2}?(?:com\s+(?:a\s+)?(?:sopa|agua|saliva)|a\s+comer)\b",
        r"(?:vai|vai\s+me)\s+para\s+o\s+lado\s+errado\b",
        r"dificil\s+engolir\b",
    ),
    R.SPEECH: (
        r"(?:fala|voz)\s+(?:\w+\s+)?(?:enrolada|arrastada|pastosa)\b",
        r"(?:dificuldade|problema)\s+(?:para|pra|de)\s+(?:falar|pronunciar|articular)\b",
        r"enrolando\s+as\s+palavras\b",
        r"disartria\b",
        r"(?:fala|falo|falar)\s+(?:\w+\s+){0,3}?arrastad[oa]\b",
        r"voz\s+(?:\w+\s+){0,2}?(?:fanha|fanhosa|anasalada)\b",
        r"(?:articular\s+as\s+palavras|lingua\s+(?:\w+\s+)?pesada)\b",
    ),
    R.FALLS: (
        r"(?:caio|tropeco|tropecando|caindo)\s+(?:\w+\s+)?(?:muito|com\s+frequencia|toda\s+hora"
        r"|o\s+tempo\s+todo|direto|sempre)\b",
        r"(?:deixo|deixando)\s+(?:\w+\s+)?(?:tudo|as\s+coisas|objetos)\s+cair\b",
        r"(?:deixo|deixando)\s+cair\s+(?:tudo|as\s+coisas|objetos|coisas)\b",
        r"derrubo\s+(?:tudo|as\s+coisas)\s+(?:o\s+tempo\s+todo|sempre|toda\s+hora)\b",
        r"(?:cai|tenho\s+caido)\s+(?:duas|tres|quatro|cinco|\d+|algumas)\s*(?:x|vezes)\b",
        r"(?:pernas|joelhos?)\s+(?:simplesmente\s+)?(?:falham|falharam|dobram|dobra)\b",
        r"tropeco\s+em\s+nada\b",
    ),
}

SPREADING = (r"(?:espalhando|se\s+espalha|espalhou|pelo\s+corpo\s+todo|pelo\s+corpo\s+inteiro)\b",)
NUMBNESS = (r"(?:formigamento|formigando|dormencia|dormente|adormecid[oa])\b",)
INJURY = (r"(?:acidente|queda|cai|lesao|batida|fratura|torci)\b",)

HEALTH_ANXIETY = (
    r"(?:e|sera|sera\s+que\s+e|tenho|sera\s+que\s+tenho|medo\s+de\s+ter|e\s+se\s+for)\s+"
    r"(?:\w+\s+){0,2}?(?:ela|esclerose|cancer|um\s+tumor|algo\s+grave|parkinson)\b",
    r"esclerose\s+lateral\s+amiotrofica\b",
    r"(?:estou\s+morrendo|vou\s+morrer\s+de)\b",
    r"nao\s+quero\s+morrer\b",
    r"(?:e|isso\s+e)\s+grave\b",
)

IDIOMS = (
    # "Out of nowhere": the negator in it denies nothing ("do nada a pior dor de cabeça").
    r"do\s+nada\b",
    r"(?:de|sem)\s+mais\s+nem\s+menos\b",
    r"esquadrao\s+suicida\b",  # the film "Suicide Squad"
    r"(?:morrendo|morri|morro|morrer|morria)\s+de\s+(?:rir|fome|sono|sede|vontade|calor|frio"
    r"|vergonha|medo|cansaco|saudade|saudades|tedio|inveja|curiosidade)\b",
    r"(?:mort[oa]s?)\s+de\s+(?:cansaco|sono|fome|rir|medo|frio|calor|sede|tedio)\b",
    r"(?:isso|esse\s+\w+|essa\s+\w+)\s+(?:me\s+mata|ta\s+me\s+matando|esta\s+me\s+matando)\b",
    r"mataria\s+por\s+(?:um|uma)\b",
    # Round 4: a game, a vitamin, suicide as a subject, a past lived through, a pretend faint.
    r"morri\s+\d+\s+vezes\s+(?:\S+\s+){0,6}?vou\s+me\s+matar\b",
    r"overdose\s+de\s+(?:vitamina\s+\w+|acucar|cafe|chocolate|series|trabalho)\b",
    r"(?:sinais\s+de\s+(?:risco|alerta)\s+de|prevencao\s+(?:do\s+|ao\s+)?)\s*suicidio\b"
    r"|(?:o|do)\s+suicidio\s+(?:nas|nos|entre)\b",
    r"(?:tive|tinha)\s+(?:uma\s+fase\s+(?:\w+\s+){0,3}?com\s+)?pensamentos\s+de\s+me\s+(?:machucar|matar)\s+(?:\S+\s+)"
    r"{0,4}?(?:fiz|fazendo)\s+terapia\b",
    r"tive\s+ideacao\s+suicida\s+(?:em|ha|aos)\s+\S+",
    r"(?:ha|faz)\s+\w+\s+anos\s+eu\s+tinha\s+(?:\S+\s+){0,5}?queria\s+morrer\b",
    r"desmai\w*\s+de\s+mentirinha\b",
    # Set K: a phase of self-harm long ago, told as over ("tive uma fase de me machucar com 15
    # anos, hoje tô bem").
    r"(?:tive|tinha|passei\s+por)\s+uma\s+(?:fase|epoca)\s+(?:de|em\s+que\s+(?:eu\s+)?)\s*"
    r"(?:me\s+machucar|me\s+cortar|me\s+machucava|me\s+cortava|automutila\w*|autolesao)\b"
    r"(?=[^!?]{0,60}\b(?:hoje|agora|ja)\s+(?:to|tou|estou|t)\s+(?:bem|otim[oa]|melhor)\b)",
    # Set L: a customer's hyperbole quoted ("cliente falou 'vou me matar se essa fatura vier
    # errada'"), a threat made on a condition of everyday trouble.
    r"(?:cliente|freguesa?|chefe|colega|aluno|aluna|professora?|paciente|usuario|passageiro"
    r"|passageira|atendente|vizinho|vizinha)\s+(?:\w+\s+)?(?:falou|disse|gritou|escreveu|mandou"
    r"|soltou|reclamou)\s+(?:que\s+)?(?:vou\s+me\s+matar|vai\s+se\s+matar|ia\s+se\s+matar"
    r"|me\s+mato|se\s+matava)\s+se\b",
)

_SOMEONE = (
    r"(?:ele|ela|meu\s+(?:marido|pai|filho|amigo|namorado|irmao|bebe|avo|colega|vizinho|tio)"
    r"|minha\s+(?:esposa|mulher|mae|filha|amiga|namorada|irma|avo|colega|vizinha|tia)|alguem"
    r"|um\s+homem|uma\s+mulher|um\s+senhor|uma\s+senhora|um\s+colega|uma\s+colega|um\s+cara"
    r"|o\s+meu\s+marido|a\s+minha\s+mae|o\s+vizinho|um\s+ajudante|cara"
    # Sets P and Q: a cousin, a nephew, an in-law, a child seizing ("meu primo tá tendo
    # convulsão no chão").
    r"|(?:o\s+)?meu\s+(?:primo|sobrinho|cunhado|neto|sogro|enteado|padrasto|noivo|chefe|menino"
    r"|companheiro|parceiro|colega\s+de\s+\w+)|(?:a\s+)?minha\s+(?:prima|sobrinha|cunhada|neta"
    r"|sogra|enteada|madrasta|noiva|chefe|menina|companheira|parceira)|o\s+menino|a\s+menina"
    r"|a\s+crianca|o\s+bebe|um\s+menino|uma\s+menina|uma\s+crianca|um\s+rapaz|uma\s+moca)"
)
SOMEONE_ELSE = (
    rf"{_SOMEONE}\s+(?:\w+\s+){{0,3}}?(?:desmaiou|desabou|caiu\s+desacordad\w*|nao\s+(?:esta\s+)?"
    r"respira\w*|parou\s+de\s+respirar|esta\s+inconsciente|inconsciente|desacordad\w*"
    r"|nao\s+responde|nao\s+reage|esta\s+convulsionando|convulsionando|teve\s+uma\s+convulsao"
    r"|esta\s+tendo\s+uma\s+convulsao|nao\s+acorda|esta\s+ficando\s+(?:azul|roxo|roxa)"
    r"|caiu\s+(?:\w+\s+){0,4}?nao\s+(?:responde|respira|se\s+mexe)|(?:ta|esta)\s+(?:ficando\s+)?roxo"
    r"|nao\s+(?:ta|esta)\s+respirando|nao\s+se\s+mexe|sem\s+acordar|(?:(?:ta|esta|ficou)\s+)?"
    r"(?:tendo|com|a\s+ter|teve)\s+(?:uma\s+|umas\s+)?(?:convuls(?:ao|oes)|crise\s+convulsiva"
    r"|crise\s+epil[e]?\w*|ataque\s+epil\w*)|a\s+convulsionar|a\s+tremer\s+todo\s+no\s+chao"
    r"|se\s+debatendo\s+no\s+chao)\b",
    r"nao\s+consigo\s+acorda\w*\b",
    r"(?:caiu|desabou|apagou|desmaiou|caid[oa])\s+(?:(?:no|na|em|do|da|dentro\s+do)\s+(?:\w+\s+){1,3}?)?"
    r"(?:,\s+)?(?:e\s+)?(?:(?:ta|esta)\s+\w+\s+(?:\w+\s+)?(?:,\s+|e\s+)?){0,3}(?:nao\s+(?:responde|respira"
    r"|se\s+mexe|acorda|(?:ta|esta)\s+respirando)|sem\s+acordar)\b",
    r"(?:roxo|roxa|azul)\s+e\s+nao\s+respira\b",
    r"engasgou\s+(?:\w+\s+){0,6}?(?:nao\s+sai\s+som|ficando\s+roxo|nao\s+consegue\s+(?:respirar|falar|tossir))\b",
    r"(?:nao\s+acorda\s+nem\s+sacudindo|eu\s+sacudo\s+e\s+nada|abano\s+o\s+e\s+nada)\b",
    rf"(?:caiu|desmaiou|apagou|caid[oa]|desabou)\s+{words(10)}(?:respirando\s+(?:tipo\s+ronco|estranho"
    r"|muito\s+devagar)|barulho\s+estranho)\b",
    r"convulsionando\b",
)
OVERDOSE_TAKEN = (
    r"(?:tomei|engoli|eu\s+tomei)\s+(?:\w+\s+){0,2}?(?:todos|todas|a\s+cartela|a\s+caixa"
    r"|o\s+frasco|remedio\s+demais|demais|um\s+monte\s+de|\d\d+)\s+(?:\w+\s+){0,3}?"
    r"(?:remedios|comprimidos|pilulas|cartela|caixa|frasco|de\s+uma\s+vez|medicamentos)\b",
    r"tomei\s+uma\s+overdose\b",
    r"(?:tomei|engoli|tomou|engoliu)\s+(?:a|uma)\s+(?:caixa|cartela|frasco|embalagem)\s+(?:toda"
    r"|inteira|todo|inteiro)\b",
    r"(?:tomei|tomou|engoli|engoliu)\s+(?:uma|a)\s+cartela\s+inteira\b",
    r"(?:tomei|tomou)\s+(?:coisa|bala|balas|droga|drogas)\s+demais\b",
    rf"comprimidos\s+{words(8)}(?:comeu|engoliu)\s+(?:alguns|varios|uns|nao\s+sei\s+quantos)\b",
    r"faltam\s+\d+\s+comprimidos\b",
    r"(?:tomei|tomou)\s+(?:os\s+)?comprimidos\s+(?:\w+\s+){0,3}?(?:tres|duas|3|2)\s+vezes\b",
)
PANIC = (
    r"(?:ataque|crise)\s+de\s+(?:panico|ansiedade)\b",
    r"panico\b",
    r"coracao\s+(?:\w+\s+){0,3}?(?:acelerado|disparado|disparou|a\s+mil|batendo\s+(?:muito\s+|mto\s+)?"
    r"(?:rapido|forte))\b",
    r"taquicardia\b",
    r"hiperventil\w*",
    # Issue 20: unreality, fear of going mad, a familiar anxiety crisis.
    r"(?:irreal|fora\s+do\s+meu\s+corpo|fora\s+de\s+mim|ficando\s+louc[oa]|enlouquecer)\b",
    r"crises?\s+de\s+ansiedade\b",
    r"coracao\s+(?:da\s+saltos|(?:comecou\s+a\s+)?bater\s+muito\s+forte)\b",
    r"pulsacao\s+\d{3}\b",
    r"(?:e|e\s+a)\s+ansiedade\s+de\s+novo\b",
    r"(?:bateu\s+a\s+crise|me\s+deu\s+uma\s+crise|crise\s+no\s+meio)\b",
    r"(?:puxar\s+o\s+ar|bocejando\s+sem\s+parar|e\s+sempre\s+assim)\b",
    r"(?:falta\s+de\s+ar|sem\s+ar|respirar)\s+(?:[\w,]+\s+){0,10}?sei\s+que\s+e\s+(?:so\s+)?"
    r"(?:a\s+)?ansiedade\b",
    r"(?:medic[oa]|doutor|doutora|cardiologista|psiquiatra)\s+(?:\w+\s+){0,2}?(?:disse|falou"
    r"|diz|fala|garantiu|confirmou)\s+que\s+(?:e|era|foi)\s+(?:so\s+|apenas\s+)?(?:ansiedade"
    r"|panico|emocional|nervoso)\b",
    r"(?:falta\s+de\s+ar|sem\s+ar)\s+(?:\w+\s+){0,2}?(?:igual|como|que\s+nem)\s+(?:d?a\s+)?(?:outra"
    r"\s+vez|ultima\s+vez|das\s+outras\s+vezes)\b",
)
PANIC_DANGER = (
    r"labios\s+(?:\w+\s+)?(?:azuis|roxos)\b",
    r"(?:desmai\w*|perdi\s+(?:a\s+)?consciencia|dor\s+no\s+peito)\b",
)

RULES = LanguageRules(
    language="pt",
    crisis=(*CRISIS, *CRISIS_MORE, *HARM_NOW, *EDGE),
    ask=(*ASK, *ASK_MORE),
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
    idioms=(*IDIOMS, *IDIOMS_MORE),
    negators=("nao", "nunca", "sem", "nem", "nenhum", "nenhuma", "nada"),
    hedges=("sei",),
    clause_breaks=("mas", "e", "porem", "embora", "entretanto"),
    given_away=GIVEN_AWAY,
    affairs=AFFAIRS,
    goodbyes=GOODBYES,
    finality=FINALITY,
)
