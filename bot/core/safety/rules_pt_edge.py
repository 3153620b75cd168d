"""Portuguese: someone at the edge now, or with the means ready and a moment chosen (sets S,
T): "não sei se ligo pra alguém ou se pulo", "estou no carro à beira da falésia… só queria
dizer a alguém", "comprei chumbinho… hoje depois da última entrega eu tomo tudo", "já tenho a
corda, só esperando meus pais dormirem", "sexta eu vou embora de vez, já sei como". Over
normalised text.

Each rule needs two parts (a place and a jump or a farewell, a means and a moment), so a view
from a cliff, chumbinho for the rats or a move abroad stay ordinary.
"""

from __future__ import annotations

__all__ = ["EDGE"]

_HIGH = (
    r"(?:falesia|penhasco|precipicio|ribanceira|barranco|rochedo|ponte|viaduto|predio|edificio"
    r"|laje|telhado|terraco|varanda|sacada|parapeito|passarela|linha\s+do\s+trem)"
)
_AT_EDGE = (
    r"(?:estou|to|tou|ta|sigo|fiquei|parei)\s+(?:no\s+carro\s+|sentad[oa]\s+|parad[oa]\s+"
    r"|de\s+pe\s+|aqui\s+)?(?:na|no|a|em\s+cima\s+d[ao]|no\s+alto\s+d[ao]|no\s+topo\s+d[ao]"
    r"|na\s+beira\s+d[ao]|a\s+beira\s+d[ao]|na\s+borda\s+d[ao]|no\s+parapeito\s+d[ao]"
    rf"|no\s+meio\s+d[ao]|a\s+meio\s+d[ao])\s+(?:\w+\s+)?{_HIGH}\b"
)
_JUMP = (
    r"(?:pulo|pular|me\s+jogo|me\s+jogar|jogar\s+me|me\s+atiro|atirar\s+me|saltar|salto"
    r"|nao\s+(?:quero|vou)\s+(?:mais\s+)?descer|nao\s+tenho\s+mais\s+medo|ja\s+escrevi"
    r"|(?:so\s+)?queria\s+(?:dizer|contar|falar|avisar|escrever)\s+(?:isso\s+)?(?:a|pra|para)"
    r"\s+alguem|me\s+despedir|adeus)\b"
)
_POISON = r"(?:chumbinho|veneno\s+de\s+rato|mata\s+rato|raticida|veneno)"

EDGE = (
    # Undecided between a call and a jump: "não sei se ligo pra alguém ou se pulo".
    r"(?:ligo|ligar|chamo|chamar|falo|falar|escrevo)\s+(?:com\s+|pra\s+|para\s+)?alguem\s+ou"
    r"\s+(?:se\s+)?(?:pulo|pular|me\s+jogo|me\s+atiro|salto|saltar)\b",
    rf"{_AT_EDGE}[^?]{{0,140}}?{_JUMP}",
    # Rat poison with the writer's own taking of it: "eu tomo tudo", "vou tomar qdo…".
    rf"{_POISON}\s+(?![^?]{{0,40}}?\b(?:pros|para\s+os|pra\s+os)\s+ratos\b)[^?]{{0,100}}?"
    r"(?:eu\s+tomo|vou\s+tomar|tomo\s+tudo|tomar\s+tudo|vou\s+beber|bebo\s+tudo|vou\s+comer"
    r"|como\s+tudo)\b",
    r"(?:corda|chumbinho|veneno)\s+[^?]{0,80}?(?:esperando|espero|esperar|quando|qdo|qnd|qd)"
    r"\s+(?:\w+\s+){0,3}?(?:dormir(?:em)?|dormirem|for\s+dormir|estiver\s+dormindo)\b",
    r"(?:deso|desco|subo|vou)\s+(?:pro|pra|para\s+o|para\s+a|ao|a|no|na)\s+(?:porao|sotao"
    r"|garagem|mato|quintal|celeiro|galpao|adega)\s+com\s+(?:a|uma)\s+corda\b",
    # Leaving "de vez" with the how known: "sexta eu vou embora de vez, já sei como".
    r"(?:vou|irei|to\s+indo)\s+embora\s+(?:de\s+vez|pra\s+sempre|para\s+sempre)\s*[,.]?\s+"
    r"(?:\w+\s+){0,2}?sei\s+como\b",
    # Round 9 (sets S, T): "não vou fazer nenhuma asneira, mas hoje parei o carro a meio da
    # ponte": acting denied, the means or the high place named anyway.
    r"(?:nao\s+vou\s+fazer|nao\s+faco|nao\s+farei|n\s+vou\s+fazer|nao\s+vo\s+fazer)\s+(?:nenhuma"
    r"\s+|nada\s+de\s+|nenhum\s+|uma\s+)?(?:asneira|asneiras|besteira|besteiras|bobagem"
    r"|bobagens|loucura|loucuras|burrice|merda|disparate)\b[^?]{0,50}?\b(?:mas|so\s+que"
    r"|porem)\b[^?]{0,160}?\b(?:ponte|viaduto|varanda|janela|parapeito|trilhos|linha\s+do"
    r"\s+comboio|comprimidos|remedios|caixa\s+de|cartelas|corda|arma|veneno|chumbinho"
    r"|lamina|gilete)\b",
    # How many pills are needed, looked up with no purpose said, with the day chosen.
    r"(?:pesquisei|procurei|busquei|googlei|olhei|vi\s+na\s+internet)\s+(?:\w+\s+){0,3}?"
    r"quant[oa]s\s+(?:comprimidos|remedios|cartelas|caixas|gotas|capsulas)\s+(?:de\s+\w+\s+)?"
    r"(?:precisa|e\s+preciso|sao\s+precisos|sao\s+precisas|bastam|chegam)\b"
    r"(?!\s+(?:pra|para|por|ao|a|de|em|no|na)\b)[^?]{0,160}?\b(?:ja\s+decidi|escolhi\s+o\s+dia"
    r"|quando\s+(?:\w+\s+){0,2}?(?:dormir|sair|viajar)|hoje\s+a\s+noite|amanha)\b",
    # A gun in reach told with its key known and a time alone or a secret.
    r"(?:espingarda|arma|armas|revolver|pistola|carabina|cartucheira)\b[^?]{0,120}?\b(?:ja\s+)?sei"
    r"\s+onde\s+(?:fica|ficam|esta|estao|ta|tao|ele\s+guarda|guarda)\s+(?:\w+\s+){0,2}?(?:a\s+chave"
    r"|as\s+chaves|as\s+balas|os\s+cartuchos|a\s+municao|o\s+segredo)\b[^?]{0,120}?\b(?:vou\s+sozinh[oa]"
    r"|vo\s+sozinh[oa]|fico\s+sozinh[oa]|nao\s+conta\s+pra\s+ninguem|nao\s+fala\s+pra\s+ninguem)\b",
)
