"""Portuguese rules from sets M and N, kept apart from rules_pt.py to keep each file short: a
weapon held or a height looked at and a time to finish, sitting on the edge of a roof, a
height looked up, "that agony again" (panic); and, blanked as idioms, what is only told — a
stroke years ago and recovered, a case a relative saw at A&E, a game's deaths, self-harm at an
age long past. Over normalised text, like every rule.
"""

from __future__ import annotations

from bot.core.safety.common import END

__all__ = ["ASK_MORE", "CRISIS_MORE", "IDIOMS_MORE", "PANIC_MORE"]

_HIGH = (
    r"(?:ponte|viaduto|predio|edificio|laje|telhado|penhasco|barranco|barragem|sacada|varanda"
    r"|terraco)"
)
_WHEN = (
    r"(?:hoje|amanha|essa\s+noite|esta\s+noite|de\s+noite|hj|amanha\s+cedo|domingo|sabado"
    r"|segunda|terca|quarta|quinta|sexta|depois\s+d[oa]\s+\w+|na\s+saida|mais\s+tarde|logo)"
)

CRISIS_MORE = (
    # A weapon held for a long while, then a day to finish ("peguei a espingarda e fiquei um
    # tempão com ela no colo… hoje eu termino"); the end of a clause keeps "hoje eu termino a
    # cerca" out.
    r"(?:espingarda|arma|revolver|pistola|garrucha|carabina|cartucheira|trinta\s+e\s+oito"
    rf"|oitao|corda)\s+(?:[\w,.]+\s+){{0,24}}?{_WHEN}\s+(?:eu\s+|que\s+eu\s+)?(?:termino|acabo"
    r"|resolvo|encerro|vou\s+terminar|vou\s+acabar|vou\s+resolver|faco|vou\s+fazer|acaba|termina"
    r"|resolve)(?:\s+(?:com\s+tudo|com\s+isso|com\s+a\s+minha\s+vida|com\s+minha\s+vida|de\s+vez))?"
    + END,
    # A high place looked at, its height noted, and a time to go.
    rf"{_HIGH}\s+(?:[\w,.]+\s+){{0,20}}?(?:alt[oa]|altura|metros|andar|andares)\s+"
    rf"(?:[\w,.]+\s+){{0,8}}?{_WHEN}\s+(?:[\w,]+\s+){{0,4}}?(?:eu\s+)?(?:vou|pulo|me\s+jogo"
    r"|faco|vou\s+ate\s+o\s+fim)" + END,
    # Sitting on the edge of a roof or a bridge now (a roofer at work, a photo, a sunset keep
    # it clear).
    r"(?:sentad[oa]|em\s+pe|sentei|to|tou|estou|fiquei|me\s+sentei)\s+(?:\w+\s+){0,2}?(?:na\s+beira"
    r"|no\s+parapeito|na\s+beirada|na\s+mureta|no\s+beiral|na\s+grade|no\s+peitoril|na\s+borda)\s+"
    r"(?:do|da|de\s+um|de\s+uma|dum|duma)\s+(?:telhado|ponte|laje|predio|sacada|varanda|viaduto"
    r"|janela|terraco|penhasco|edificio)\b(?![^.!?]{0,50}\b(?:por\s+do\s+sol|foto|fotos|vista"
    r"|telhas?|antena|trabalhando|consertando|arrumando|servico|cinto|pintando|limpando)\b)",
)

ASK_MORE = (
    # The height of a viaduct or a balcony looked up "just to know" (a lorry's clearance, a
    # flat's size keep it clear).
    r"(?:olhei|pesquisei|medi|calculei|procurei|conferi|perguntei|googlei|chequei|vi|olhando"
    r"|pesquisando)\s+(?:\w+\s+){0,3}?(?:quantos\s+metros(?!\s+quadrados)|a\s+altura|que\s+altura"
    r"|qual\s+a\s+altura|quantos\s+andares)\s+(?:[\w,]+\s+){0,6}?"
    rf"{_HIGH}\b(?![^.!?]{{0,40}}\b(?:caminhao|carreta|onibus|van|passar|mudanca|andaime|obra"
    r"|aluguel|antena|cortina\w*|toldo)\b)",
    # Hoping not to wake up ("tomara que eu não acorde", "espero não acordar").
    r"(?:tomara|oxala|espero|rezo\s+pra|rezo\s+para)\s+(?:que\s+)?(?:eu\s+)?(?:nao|n)\s+"
    r"(?:acorde|acordar)\s*(?:mais|amanha)?" + END,
)

PANIC_MORE = (
    # "tá me dando aquela agonia de novo": agony is the everyday word for an anxiety attack.
    r"(?:aquela|essa|a\s+mesma|uma|que)\s+agonia\b(?!\s+(?:de\s+(?:ver|saber|esperar)|danada"
    r"\s+de\s+ver))",
    r"agonia\s+(?:de\s+novo|outra\s+vez|no\s+peito|que\s+da|me\s+pegou)\b",
    r"(?:me\s+(?:dando|deu|da)|voltou|bateu)\s+(?:aquela|a|essa)\s+(?:crise|coisa|aflicao|gastura)"
    r"\s+(?:de\s+novo|outra\s+vez)\b",
)

# Who tells of a case at work: a nurse, a doctor, A&E, an ambulance, a shift.
_CARER = (
    r"(?:enfermeir[oa]|medic[oa]|doutor[a]?|pronto\s+socorro|plantao|samu|upa|ambulancia"
    r"|emergencia|bombeir[oa]|socorrista)"
)
_NOT_ME = r"(?:(?!(?:eu|me|tomei|engoli|mim)\s)[\w,.]+\s+)"
_CAME_IN = (
    r"(?:chegou|chegaram|atendeu|atenderam|atendemos|teve|tiveram|tivemos|pegou|pegaram|recebeu"
    r"|receberam|recebemos|entrou|entraram|trouxeram|socorreu|socorreram|deu\s+entrada|deram"
    r"\s+entrada)"
)
_STROKE_PAST = (
    r"(?:teve|tive|tivemos|deu|sofreu|sofri|tinha\s+tido|havia\s+tido|teve\s+um|deu\s+um)\s+"
    r"(?:um\s+|uma\s+)?(?:derrame|avc|acidente\s+vascular(?:\s+cerebral)?|isquemia|trombose"
    r"|embolia)"
)
_LONG_AGO = (
    r"(?:em\s+(?:\d{2,4}|(?:mil\s+novecentos\s+e\s+)?(?:noventa|oitenta|setenta|sessenta)"
    r"(?:\s+e\s+\w+)?|dois\s+mil(?:\s+e\s+\w+)?)|ha\s+(?:\w+\s+){1,2}?anos|faz\s+(?:\w+\s+){1,2}?anos"
    r"|anos\s+atras|quando\s+(?:era|tinha)\s+\w+|ano\s+passado)\b"
)
_THEN = r"(?:(?!(?:agora|hoje|hj|novo|voltou|volta|ontem|denovo)\b)[\w,.]+\s+)"
_RECOVERED = (
    r"(?:se\s+recuperou|recuperou|recuperad[oa]|ficou\s+(?:bom|boa|otim[oa]|bem)|sarou|hoje\s+"
    r"(?:ta|esta|tá)\s+(?:bem|otim[oa])|sem\s+sequelas?|morreu\s+velhinh[oa]|viveu\s+(?:mais\s+)?"
    r"(?:\w+\s+)?anos)\b"
)

IDIOMS_MORE = (
    # A stroke years ago, told with its recovery ("meu pai teve derrame em noventa e oito
    # ficou com a boca torta mas recuperou bem"), never across "agora", "hoje" or "de novo",
    # so a stroke again now stays an emergency.
    rf"{_STROKE_PAST}\s+{_THEN}{{0,4}}?{_LONG_AGO}\s+{_THEN}{{0,30}}?{_RECOVERED}",
    rf"{_LONG_AGO}\s+{_THEN}{{0,6}}?{_STROKE_PAST}\s+{_THEN}{{0,30}}?{_RECOVERED}",
    # A relative at A&E telling of a case that came in.
    rf"{_CARER}\s+{_NOT_ME}{{0,12}}?{_CAME_IN}\s+{_NOT_ME}{{0,5}}?(?:overdose|tentativa\s+de"
    r"\s+suicidio|intoxicacao)\b",
    # A game's deaths and "quero morrer" ("me mataram 20 vezes seguidas, quero morrer kkk").
    r"(?:me\s+mataram|me\s+matam|morri|perdi)\s+(?:\w+\s+){0,2}?(?:\d+|duas|tres|quatro|cinco"
    r"|seis|sete|oito|nove|dez|vinte|cem|mil)\s+(?:vezes|partidas|rounds?|seguidas?)\s+"
    r"(?:[\w,.]+\s+){0,8}?(?:quero\s+morrer|vou\s+me\s+matar|me\s+mato|vou\s+me\s+jogar)\b",
    # Self-harm or an attempt at an age long past, told as over ("Autolesão aos 17. Tenho 38.
    # Recuperada.").
    r"(?:autolesao|autolesoes|automutilacao|me\s+cortava|me\s+machucava|tentativa\s+de\s+suicidio"
    r"|tentei\s+(?:me\s+matar|suicidio))\s+(?:aos|com)\s+\d+\s*(?:anos)?(?=[^!?]{0,80}\b"
    r"(?:recuperad[oa]|superei|superad[oa]|hoje\s+(?:to|tou|estou)\s+bem|estou\s+bem|ja\s+passou"
    r"|tenho\s+\d+))",
)
