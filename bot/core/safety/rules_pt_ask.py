"""Portuguese ask-tier rules (passive signs: no way out, a burden, can't go on, God asked to take
one), kept apart from rules_pt.py to keep each file short. Over normalised text, like every rule.
"""

from __future__ import annotations

from bot.core.safety.common import END

ASK: tuple[str, ...] = (
    # Round 9, one policy in all languages: a passive wish with no method, plan, time or
    # farewell is asked about, as the blind writers label it.
    r"(?:nao|ja\s+nao)\s+(?:tenho|sinto)\s+(?:mais\s+)?(?:nenhuma\s+)?vontade\s+de\s+(?:viver|existir"
    r"|estar\s+aqui|continuar\s+vivendo)\b(?!\s+(?:em|com|perto|ali|aqui|la)\b)",
    r"(?:nao|ja\s+nao)\s+quero\s+(?:mais\s+)?(?:existir|estar\s+aqui|acordar)\b"
    r"(?!\s+(?:em|com|perto|ali|aqui|la|cedo|as|antes)\b)",
    r"(?:queria|quero|preferia|gostaria\s+de)\s+(?:so\s+|apenas\s+)?nao\s+existir\b",
    r"(?:quero|queria)\s+(?:so\s+|apenas\s+)?sumir\s+(?:para|pra)\s+sempre\b",
    r"nao\s+(?:aguento|consigo|suporto)\s+mais" + END,
    r"nao\s+aguento\s+mais\s+(?:isso|essa\s+vida|nada)\b",
    r"(?:quero|queria)\s+(?:desaparecer|sumir)" + END,
    r"(?:cansad[oa]|exaust[oa])\s+de\s+tudo\b",
    r"nao\s+vejo\s+(?:nenhuma\s+)?saida\b",
    r"(?:sou|me\s+sinto)\s+um\s+(?:peso|fardo)\b",
    r"(?:sem\s+esperanca)\b",
    # A passive wish, a burden, no way out, what's the point (issue 20).
    r"(?:dormir|adormecer)\s+(?:\w+\s+){0,3}?e\s+(?:nao|nunca\s+mais)\s+(?:mais\s+)?acordar\b",
    r"(?:queria|quero)\s+nao\s+acordar\s*(?:mais|nunca\s+mais|amanha)?" + END,
    r"fechar\s+os\s+olhos\s+e\s+nao\s+abrir\s+mais\b",
    r"(?:estariam|ficariam|seriam|estaria|taria|ficaria|ia\s+ficar)\s+(?:melhor|mais\s+felizes"
    r"|mais\s+tranquil[oa]s?)\s+sem\s+(?:mim|eu)\b",
    r"(?:sou|virei|sinto\s+que\s+sou|tornei\s+me|e)\s+(?:apenas\s+|so\s+)?um\s+(?:peso|fardo|estorvo)\b",
    r"(?:so\s+atrapalho|queria\s+sumir|vontade\s+de\s+sumir|sumir\s+do\s+mapa)\b",
    r"(?:quero|queria)\s+(?:so\s+)?(?:desaparecer|sumir)\s+(?:um\s+tempo|pra\s+sempre|mano)\b",
    r"se\s+eu\s+(?:sumisse|sumir|nao\s+voltasse|deixasse\s+de\s+aparecer|n\s+tivesse|nao\s+tivesse)\b",
    r"(?:ninguem|ngm)\s+(?:ia\s+)?(?:nem\s+)?(?:notar|perceber|percebe|sentir\s+falta)\b",
    r"(?:qual|q|que)\s+(?:o\s+)?sentido\s+(?:de|disso|tem)\s+tudo\b",
    r"(?:nada|ja\s+nada)\s+(?:mais\s+)?faz\s+sentido\b",
    r"(?:nao\s+vejo|ja\s+nao\s+vejo)\s+(?:mais\s+)?sentido\s+em\s+nada\b",
    # Sets P and Q: no sense in going on, said of life and nothing named ("já não vejo sentido
    # em continuar", "não encontro mais sentido em seguir"); going on with a course, a diet or
    # a job named after it is another matter.
    r"(?:nao|ja\s+nao|n)\s+(?:vejo|encontro|acho|consigo\s+ver)\s+(?:mais\s+)?(?:nenhum\s+)?"
    r"(?:o\s+)?sentido\s+(?:em|de|pra|para|nenhum\s+em)\s+(?:continuar|seguir(?:\s+em\s+frente)?"
    r"|prosseguir|ir\s+em\s+frente|ir\s+adiante|aguentar|lutar|levantar\s+me|me\s+levantar"
    r"|acordar|existir|estar\s+aqui|tudo\s+isto|tudo\s+isso|nada\s+disto|nada\s+disso)"
    r"(?:\s+(?:assim|vivo|viva|a\s+viver|vivendo|com\s+(?:isto|isso|a\s+vida|tudo)))?" + END,
    r"(?:pra|para)\s+(?:q|que)\s+(?:continuar|ainda\s+levanto)\b",
    r"(?:cansad[oa])\s+de\s+(?:existir|viver)\b",
    r"nao\s+da\s+mais\s+(?:pra|para)\s+continuar\b",
    r"(?:nao\s+(?:ha|tem)\s+saida|saida\s+nenhuma|numa\s+armadilha|numa\s+jaula)\b",
    r"(?:nao\s+vejo|nao\s+encontro)\s+(?:\w+\s+)?(?:futuro|razao)\s+(?:nenhum\w*\s+)?(?:em|para|pra)\b",
    r"(?:deixei\s+de\s+ver|nao\s+vejo)\s+razao\s+para\s+continuar\b",
    r"(?:tudo\s+(?:\w+\s+)?insuportavel|insuportavel\s+tudo|semanas\s+(?:\w+\s+)?insuportaveis)\b",
    r"(?:ja\s+)?nao\s+aguento\s+mais\s+aqui\b",
    r"(?:quanto\s+tempo\s+mais|ate\s+quando)\s+(?:eu\s+)?(?:vou\s+)?aguent\w*\b",
    r"nao\s+tenho\s+mais\s+forca\s+(?:pra|para)\s+nada\b",
    r"(?:deus|que\s+deus)\s+me\s+leve\b",
    r"(?:dormir|adormecer)\s+(?:\w+\s+){0,3}?e\s+acordar\s+quando\s+tudo\b",
    r"(?:nao\s+vou\s+mais\s+(?:estar|ta|tar)\s+aqui|ja\s+nao\s+vou\s+ca\s+estar|ja\s+ca\s+nao\s+estiver"
    r"|nao\s+to\s+mais\s+aqui|nao\s+vou\s+(?:mais\s+)?precisar\s+de\s+nada|ja\s+nao\s+preciso\s+de\s+nada)\b",
    r"(?:ja\s+)?escolhi\s+(?:o\s+dia|a\s+data|a\s+curva)\b(?!\s+(?:do|da|de|dos|das)\b)",
    r"ja\s+escrevi\s+a\s+carta\b",
    r"se\s+eu\s+(?:n|nao)\s+responder\s+amanha\b",
    # Round 4: the plan thought out, things given away under a pretext, letters left, cornered.
    r"ja\s+tenho\s+tudo\s+pensado\b",
    r"nao\s+(?:aguento|suporto)\s+mais\s+(?:mano|mana|cara|gente|serio|velho|veio|pqp|porra"
    r"|sinceramente|de\s+verdade)\b",
    r"(?:diz|disse|fala|falou|acha)\s+que\s+(?:\w+\s+){0,5}?nao\s+(?:aguenta|suporta)\s+mais\b",
    r"(?:se\s+sente|me\s+sinto|sinto\s+me|sentindo\s+me|me\s+sentindo)\s+(?:tao\s+|muito\s+)?"
    r"pres[oa]s?\b",
    r"e\s+nao\s+volto" + END,
    r"nao\s+vou\s+(?:estar|ta|tar)\s+mais\s+aqui\b",
    r"encurralad[oa]\b",
    r"(?:deixei|escrevi)\s+as\s+senhas\s+(?:do\s+banco\s+)?num\s+envelope\b",
    r"cartas?\s+(?:pra|para|a)\s+cada\s+(?:\S+\s+){0,12}?(?:to|estou|fico)\s+(?:\w+\s+)?calm[ao]\b",
    r"depois\s+que\s+eu\s+(?:for|partir|morrer)" + END,
    r"eu\s+nao\s+vou\s+(?:la|ca)\s+estar" + END,
    r"deixei\s+(?:o\s+|meu\s+|minha\s+|a\s+)(?:gato|gata|cao|cachorro|cadela|canario|passaro)\s+com\s+(?:\S+\s+)"
    r"{0,4}?escrevi\s+a\s+carta\b",
    r"ninguem\s+desconfiou\b",
    r"(?:dei|deixei)\s+(?:\S+\s+){0,16}?(?:disse|falei)\s+(?:\S+\s+){0,8}?(?:nao\s+vou\s+para\s+\w+\s+nenhum"
    r"|nao\s+e\s+verdade|e\s+mentira)\b",
    # Set L: God asked to take one ("peço pra Deus me levar logo"), a burden to one's children.
    r"(?:peco|pedindo|pedi|rezo|rezando|oro|orando|imploro)\s+(?:pra|para|a|ao)\s+(?:deus|jesus"
    r"|senhor|nossa\s+senhora|ceu)\s+(?:que\s+)?(?:me\s+)?(?:levar|leve|buscar|busque|chamar"
    r"|chame|recolher|recolha)\b(?!\s+(?:a|ao|pra|para|pro|de|ate|em)\b(?!\s+(?:logo|embora"
    r"|junto|consigo)\b))",
    r"deus\s+me\s+(?:levar|levasse|buscar|buscasse|chamar|chamasse|recolher|recolhesse)\b"
    r"(?!\s+(?:a|ao|pra|para|pro|de|ate|em)\b)",
    r"(?:so|apenas)\s+(?:dou|to\s+dando|estou\s+dando|sirvo\s+pra\s+dar)\s+(?:trabalho|despesa"
    r"|preocupacao|problema)\s+(?:pra|para|pros|pras|aos|as|a)\s+(?:os\s+|as\s+)?(?:meus|minhas"
    r"|minha|meu)\s+(?:filhos|filhas|filho|filha|familia|netos|pais)\b",
)

# Set R: a passive wish asked about, not a crisis: not waking up accepted ("if I don't wake up
# tomorrow, that's fine too") and a prayer to be taken soon.
ASK += (
    # Or the other way round: "it would be better not to wake up".
    r"(?:era|seria|e)\s+(?:\w+\s+)?(?:mais\s+facil|melhor|um\s+alivio)\s+(?:eu\s+)?(?:nao\s+acordar|se\s+eu\s+nao\s+acordasse)\b(?!\s+(?:cedo|as|antes|com)\b)",
    r"se\s+(?:\w+\s+){0,2}?(?:eu\s+)?nao\s+(?:acordar|acordasse|acordo)\s+(?:mais\s+)?(?:\w+\s+)?(?:,\s+)?(?:tudo\s+bem|tanto\s+faz|seria\s+bom|melhor|nao\s+faz\s+mal|ta\s+bom|ta\s+tudo\s+bem)\b",
    r"(?:deus|senhor|jesus|nossa\s+senhora)\s+(?:,\s+)?(?:por\s+favor\s+)?(?:me\s+leva|leva\s+me|me\s+busca)\b(?!\s+(?:pra|para|a|ao)\s)",
    r"(?:peco|rezo)\s+(?:a\s+deus\s+)?(?:\w+\s+){0,3}?(?:que|pra\s+que|para\s+que)\s+(?:ele\s+)?me\s+(?:leve|busque)\b(?!\s+(?:pra|para|a|ao)\s)",
)
