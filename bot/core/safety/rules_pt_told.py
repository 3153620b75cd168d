"""Portuguese rules from sets M and N, kept apart from rules_pt.py to keep each file short: a
weapon held or a height looked at and a time to finish, sitting on the edge of a roof, a
height looked up, "that agony again" (panic); and, blanked as idioms, what is only told — a
stroke years ago and recovered, a case a relative saw at A&E, a game's deaths, self-harm at an
age long past. Over normalised text, like every rule.
"""

from __future__ import annotations

from bot.core.safety.common import END, looked_up

__all__ = ["ASK_MORE", "CRISIS_MORE", "IDIOMS_MORE", "PANIC_MORE"]

_HIGH = (
    r"(?:ponte|viaduto|predio|edificio|laje|telhado|penhasco|barranco|barragem|sacada|varanda"
    r"|terraco)"
)
_WHEN = (
    r"(?:hoje|amanha|essa\s+noite|esta\s+noite|de\s+noite|hj|amanha\s+cedo|domingo|sabado"
    r"|segunda|terca|quarta|quinta|sexta|depois\s+d[oa]\s+\w+|na\s+saida|mais\s+tarde|logo)"
)

CRISIS_MORE: tuple[str, ...] = (
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

# A finger in the kitchen, shaving, glass or paper keep a cut an accident.
_ACCIDENT = (
    r"(?![^.!?]{0,60}\b(?:dedo|dedos|faca\s+de\s+cozinha|cozinh\w*|descasc\w*|jantar|almoco"
    r"|legumes|cebola|batatas?|barb\w*|depil\w*|papel|folha|vidro|lata|jardim|tomb\w*|cai)\b)"
)

CRISIS_MORE += (
    # Set O: cut again, in the European order with the pronoun after ("cortei-me outra vez ontem
    # à noite. ninguém sabe", "voltei a cortar-me"), and a cut nobody knows of.
    r"(?:cortei|corto|cortava|magoei|magoo|queimei|queimo|arranhei)\s+me\s+(?:\w+\s+){0,2}?"
    r"(?:dnv|de\s+novo|outra\s+vez|mais\s+uma\s+vez|novamente|agora|hoje|ontem|esta\s+noite"
    r"|mais\s+fundo|nos\s+bracos|nos\s+pulsos|nas\s+pernas|nas\s+coxas|de\s+proposito|gilete"
    r"|lamina|x\s?ato)\b" + _ACCIDENT,
    r"(?:voltei|tornei)\s+a\s+(?:cortar\s+me|me\s+cortar|magoar\s+me|me\s+magoar|me\s+machucar"
    r"|queimar\s+me|me\s+queimar)\b" + _ACCIDENT,
    r"(?:cortei\s+me|me\s+cortei|me\s+corto|corto\s+me|me\s+cortando)\s+[^?]{0,60}?(?:ninguem"
    r"\s+(?:sabe|percebe|viu|desconfia)|(?:e\s+)?(?:o\s+)?unic[oa]\s+(?:jeito|forma|maneira|coisa)"
    r"|(?:pra|para)\s+(?:me\s+acalmar|aliviar|aguentar)|(?:me\s+)?(?:alivia|acalma))" + _ACCIDENT,
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
    # Sets P and Q: the heart fast and the breath short, in few words ("coração muito rápido,
    # falta ar, tremo, medo"); shaking with fear.
    r"coracao\s+(?:\w+\s+){0,2}?(?:muito|mto|super|mega|tao|bem|demasiado|mais)\s+(?:rapido"
    r"|acelerado|depressa|forte)\b",
    r"coracao\s+(?:(?:a|aos|que\s+nem|como)\s+)?(?:a\s+galope|aos\s+saltos|a\s+correr|correndo"
    r"|disparad[oa]|aos\s+pulos|na\s+boca)\b",
    r"(?:tremo|tremendo|a\s+tremer|tremedeira|tremer)\s+(?:[\w,]+\s+){0,4}?(?:medo|pavor|panico"
    r"|aflicao)\b",
    r"(?:falta\s+(?:de\s+)?ar|sem\s+ar|ar\s+nao\s+entra)\s+(?:[\w,]+\s+){0,5}?(?:tremo|tremendo"
    r"|a\s+tremer|medo|pavor|aflicao)\b",
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

_FAREWELL = (
    r"(?:me\s+despedi|despedi\s+me|me\s+despedindo|despedindo\s+me|me\s+despedir|despedir\s+me"
    r"|nos\s+despedimos|despedimo\s+nos|disse\s+adeus|dei\s+tchau|dizer\s+adeus|(?:festa|jantar"
    r"|almoco|lanche|bolo|churrasco|happy\s+hour|cafe|copo)\s+de\s+despedida|(?:minha|a\s+minha"
    r"|nossa|a\s+nossa|sua|a\s+sua)\s+despedida)"
)
_JOB = (
    r"(?:equipe|equipa|trabalho|emprego|empresa|escritorio|firma|loja|restaurante|obra|fabrica"
    r"|colegas|chefe|clientes|servico|turno|pessoal\s+do\s+trabalho|galera\s+do\s+trabalho"
    r"|malta\s+do\s+trabalho|time|firma|oficina|cozinha|setor|departamento)"
)
_NEW_JOB = (
    r"(?:nov[oa]\s+(?:emprego|trabalho|job|cargo|empresa|equipe|equipa|restaurante|posto)"
    r"|outr[oa]\s+(?:restaurante|emprego|trabalho|empresa|loja|firma|escritorio|posto|job)"
    r"|(?:mudar|mudo|troco|trocar|trocando|mudando)\s+de\s+(?:emprego|trabalho|empresa|job"
    r"|restaurante)|(?:comeco|comecar|entro)\s+(?:\w+\s+){0,2}?(?:no\s+novo|na\s+nova|segunda"
    r"|amanha)|aposentadoria|me\s+aposentei|reforma)"
)
# Not across a farewell letter, "forever", a last time or a death.
_NOT_FINAL = (
    r"(?:(?!(?:sempre|morrer|morte|matar|vida|carta|bilhete|ultim[oa]|nunca|adeus)\b)[\w,.!]+\s+)"
)
# Nor before words of an end ("never again", "forever", a letter, dying).
_STAYS = (
    r"(?![^!?]{0,80}\b(?:nunca\s+mais|para\s+sempre|pra\s+sempre|nao\s+vao\s+(?:mais\s+)?me"
    r"\s+ver|ja\s+nao\s+(?:vou\s+)?estar|carta|ultima\s+vez|morr\w*|matar\w*|suicid\w*))"
)
_WORK = (
    r"(?:musica|cancao|faixa|som|album|filme|serie|livro|episodio|jogo|single|clipe|poema|refrao"
    r"|letra|tema|hino|peca|trilha)"
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
    # Sets P and Q: a goodbye at work, to a team or before a new job ("hoje me despedi da
    # equipe, vou pra outro restaurante"), never across a letter, "forever" or a death.
    rf"{_FAREWELL}\s+(?:\w+\s+){{0,3}}?(?:d[oa]s?|ao|aos|com\s+(?:[oa]s?\s+)?|no|na|em)\s*"
    rf"(?:\w+\s+){{0,2}}?{_JOB}\b{_STAYS}",
    rf"{_FAREWELL}\s+{_NOT_FINAL}{{0,20}}?{_NEW_JOB}\b{_STAYS}",
    # A song's, a film's or a book's name or words ("a música nova chama-se 'overdose'", "tenho
    # 'quero morrer' de uma música na cabeça").
    rf"{_WORK}\s+(?:\w+\s+){{0,4}}?(?:se\s+chama|chama\s+se|chamad[oa]|intitulad[oa]|com\s+o"
    r"\s+(?:nome|titulo)(?:\s+de)?|que\s+diz|que\s+fala)\s+(?:\"[^\"]{1,80}\"|(?:\w+\s+){0,3}\w+)",
    rf"{_WORK}\s+(?:\w+\s+){{0,4}}?\"[^\"]{{1,80}}\"",
    r"(?:tenho|ter|to\s+com|estou\s+com|cantando|cantar|canto|ouvi|ouvindo|ouvir|como\s+diz"
    r"|como\s+na)\s+(?:\w+\s+){0,2}?\"[^\"]{1,80}\"\s+(?:\w+\s+){0,2}?(?:d[ea]|duma|dum"
    rf"|numa|num|na|no)\s+(?:\w+\s+)?{_WORK}\b",
    # Words of a song sung or heard, quoted or not ("cantando quero morrer daquela música").
    r"(?:cantando|canto|cantar|cantarolando|ouvindo|ouco|escutando)\s+(?:\w+\s+){1,6}?"
    r"(?:d[ea]|duma|dum|numa|num|dessa|desse|daquela|daquele)\s+(?:\w+\s+)?"
    rf"{_WORK}\b",
)

# Set R: a fall's height looked up with what would make it sure ("googled from which floor it is
# certain"), with or without a denial beside it.
CRISIS_MORE += looked_up(
    r"(?:pesquisei|pesquisado|procurei|busquei|googlei|olhei|li|chequei|vi)",
    r"(?:(?:de|a\s+partir\s+de)\s+(?:que|qual)\s+(?:andar|altura)|quantos\s+(?:andares|metros))",
    r"(?:cert\w*|segur\w*|fatal|letal|mortal|basta|suficiente|sobrevive|morre)",
)
