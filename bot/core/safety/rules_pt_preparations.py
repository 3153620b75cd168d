"""Portuguese preparations (ruleset.LanguageRules: any two families in one message are a crisis),
over normalised text (accents folded: doei, ta tudo pronto, nao vou precisar), Brazilian and
European forms.

Each family alone is an ordinary day ("doei as roupas velhas das criancas", "paguei o aluguel
adiantado antes das ferias", "obrigada por tudo, a respiracao ajudou", "ta tudo pronto pra
festa"), so each stays narrow: things given away are the writer's own ("minhas coisas", "meu
violao"), readiness is not ready for an event.
"""

from __future__ import annotations

__all__ = ["AFFAIRS", "FINALITY", "GIVEN_AWAY", "GOODBYES"]


def _s(*patterns: str) -> tuple[str, ...]:  # a space below stands for \s+
    return tuple(p.replace(" ", r"\s+") for p in patterns)


_KIN = r"(?:(?:a |o |os |as |uma |um |pra uma |pra um |pra |para |pro |ao |a minha |o meu "
_KIN += r"|pra minha |pro meu |minha |meu"
_KIN += r" |meus |minhas |com a |com o |com minha |com meu )?(?:irma|irmao|irmaos|mae|mamae|pai"
_KIN += r"|papai|pais|esposa|esposo|mulher|marido|namorada|namorado|filho|filha|filhos|filhas"
_KIN += r"|familia|amiga|amigo|amigos|amigas|vizinha|vizinho|vizinhos|prima|primo|primos|tia|tio"
_KIN += r"|sobrinha|sobrinho|avo|cunhada|cunhado|madrinha|padrinho|galera|parceiro|parceira))"
_PET = r"(?:gat[oa]s?|gatinh[oa]s?|cachorr[oa]s?|cachorrinh[oa]s?|cao|caes|cadela|pets?|bichinho"
_PET += r"|passaros?|periquito|calopsita|coelh[oa]|hamster|peixes?|tartaruga|cavalo|egua)"
_MINE = r"(?:(?:todas as |todos os |as |os |o |a )?(?:minhas|meus|minha|meu) |todas as |todos os )"
_THINGS = r"(?:coisas|pertences|livros|violao|guitarra|baixo|piano|teclado|bike|bicicleta|moto"
_THINGS += r"|carro|joias|anel|aneis|relogio|relogios|discos|vinis|plantas|jogos|videogame"
_THINGS += r"|console|play|ps4|ps5|xbox|switch|colecao|ferramentas|prancha|camera|maquina"
_THINGS += r"|computador|notebook|pc|quadros|moveis|roupas todas|telemovel|celular|telefone"
_THINGS += r"|playstation|tablet|ipad|consola|poupancas)"
# A pet left with someone for a weekend or the holidays is not given away.
_NOT_FOR_A_WHILE = r"(?! (?:esse|este|essa|esta|uns|umas|no fim de semana|no fds|enquanto"
_NOT_FOR_A_WHILE += r"|durante|ate|nas ferias|quando|hoje|amanha)\b)"
# Rent paid ahead for a trip is an ordinary errand.
_NOT_FOR_A_TRIP = r"(?! (?:\w+ ){0,3}?(?:antes d[ao]s? (?:\w+ )?(?:ferias|viagem|intercambio)"
_NOT_FOR_A_TRIP += r"|porque vou viajar|por causa da viagem|que vou viajar|como sempre))"

GIVEN_AWAY = _s(
    r"(?:doei|doado|doando|dei|dado|dando|distribui|distribuindo|me desfiz d[eoa]s?|desfiz me"
    r" d[eoa]s?|me desfazendo d[eoa]s?|passei|passando|repassei|larguei)"
    rf" (?:(?:ja|hoje|ontem|embora|quase|tambem|logo|enfim|finalmente|(?:o |a )?(?:meu|minha)"
    rf" \w+ e) )*{_MINE}(?:\w+ )?"
    rf"{_THINGS}\b",
    rf"(?:doei|dei|entreguei|passei) (?:\w+ )?{_MINE}{_PET} (?:pra|para|pro|a|ao|com) {_KIN}\b",
    # "dei o cachorro pro meu amigo" (set K), not to walk or mind for a while.
    rf"(?:dei|doei|entreguei) (?:o|a|os|as) {_PET} (?:pra|para|pro|pros|ao|aos) {_KIN}\b"
    rf"{_NOT_FOR_A_WHILE}(?! (?:cuidar|olhar|passear|tomar conta)\b)",
    rf"(?:doei|dei|coloquei|botei|pus) {_MINE}?{_PET} (?:pra|para|em) adocao\b",
    rf"(?:arrumei|achei|encontrei|consegui|arranjei) (?:um |uma )?(?:lar|casa|familia|dono|dona"
    rf"|tutor|tutora)(?: nov[oa])? (?:pro|pra|para o|para a|para os|pros|pras) (?:meu |minha "
    rf"|meus |minhas )?{_PET}\b",
    rf"{_MINE}{_PET} (?:vai ficar|fica|ficou|vai morar|vai viver) (?:de vez |pra sempre "
    rf"|para sempre )?(?:com|na casa d[aoe]) {_KIN}{_NOT_FOR_A_WHILE}",
    rf"(?:dei|entreguei|deixei|passei) (?:as|a|a copia das|uma copia das|copia da) chaves? "
    rf"(?:\w+ ){{0,3}}?"
    rf"(?:pra|para|pro|ao|a|com) {_KIN}\b",
)
AFFAIRS = _s(
    r"(?:paguei|pago|pagando|deixei pago|deixei paga|deixei pagos) (?:\w+ ){0,4}?(?:aluguel"
    r"|aluguer|renda|condominio) (?:\w+ ){0,4}?(?:adiantado|antecipado|adiantados|de uma vez"
    r"|com antecedencia)\b" + _NOT_FOR_A_TRIP,
    r"(?:adiantei|deixei pago|deixei paga|deixei pagos) (?:\w+ ){0,4}?(?:aluguel|aluguer|renda"
    r"|condominio)\b" + _NOT_FOR_A_TRIP,
    r"(?:quitei|paguei|liquidei|acertei|zerei|fechei|encerrei|cancelei) (?:ja )?(?:todas )?"
    r"(?:as )?(?:minhas |as |todas as )(?:dividas|contas (?:do banco|bancarias)|contas no banco"
    r"|emprestimos|cartoes)\b",
    r"(?:nao devo|ja nao devo) (?:mais )?nada (?:a|pra) ninguem\b",
    # Sets P and Q: the bills left paid ("deixei a carta ao meu filho na gaveta e as contas
    # pagas"), not before a trip.
    r"(?:deixei|deixo|deixando|ja deixei|ficam|ficaram|ficou) (?:[\w,]+ ){0,10}?(?:as |todas as "
    r"|minhas |as minhas )?contas (?:todas )?(?:ja )?(?:pagas|quitadas|acertadas|em dia)\b"
    + _NOT_FOR_A_TRIP,
    r"(?:as |todas as |minhas |as minhas )contas (?:ja )?(?:estao|ficam|ficaram|tao|ficaram) "
    r"(?:todas )?(?:pagas|quitadas|acertadas)\b" + _NOT_FOR_A_TRIP,
    r"(?:fiz|escrevi|redigi|assinei|atualizei|deixei) (?:o |um |meu |o meu )?testamento\b",
    r"(?:senhas|senha|pins?|codigos|dados do banco|papeis|documentos|escrituras|apolice"
    rf"|seguro de vida) (?:\w+ ){{0,5}}?(?:pra|para|pro|com|ao|a) {_KIN}\b",
    r"(?:deixei|anotei|escrevi) (?:todas )?(?:as |minhas )?senhas (?:\w+ ){0,3}?(?:num|em um"
    r"|no|na) (?:envelope|caderno|gaveta|papel)\b",
    r"(?:organizei|arrumei|deixei|coloquei|pus) (?:em ordem )?(?:todos )?(?:os )?(?:meus )?"
    r"(?:papeis|documentos)(?: em ordem)?\b",
    r"(?:deixei|deixando|ta|esta|fica) tudo (?:em ordem|organizado|resolvido|arrumado) (?:pra"
    r"|para) (?:ninguem|que ninguem|ninguem ter|nao dar|quando)\b",
    r"(?:cancelei|cancelado) (?:todas )?(?:as )?(?:minhas )?(?:assinaturas|contratos)\b",
    r"(?:apaguei|deletei|exclui|desativei|fechei) (?:todas )?(?:as )?(?:minhas )?(?:redes"
    r"|contas|perfis|insta|instagram|face|facebook)\b",
    # Round 9 (sets S, T): passwords of the phone and the bank left written for someone; the
    # keys of the flat handed back; a message scheduled to reach the family later.
    r"(?:senhas?|pins?|codigos) (?:d[oa] \w+ )?(?:e (?:d[oa] )?\w+ )?(?:anotad[oa]s?"
    rf"|escrit[oa]s?|num papel|no papel) (?:pra|para|pro|ao|a) {_KIN}\b",
    r"(?:devolvi|entreguei|deixei) (?:as )?chaves (?:do apartamento|do ape|da casa|do apto)"
    r" (?:ao|pro|para o|a|pra) (?:senhorio|senhoria|dono|dona|proprietari[oa]|imobiliaria"
    r"|porteiro)\b",
    rf"(?:programei|agendei|deixei agendad[oa]|deixei programad[oa]) (?:um |uma )?(?:email"
    rf"|e mail|mensagem|msg|carta) (?:pra|para|pro|ao|a) {_KIN}\b",
)
GOODBYES = _s(
    r"(?:cartas?|bilhetes?|mensage(?:m|ns)|msg|audios?|videos?) de (?:despedida|adeus|tchau)\b",
    rf"(?:escrevi|escrevendo|deixei|gravei|gravando) (?:uma |umas |as |minhas |a |o |um |a minha "
    rf"|o meu )?(?:cartas?"
    rf"|bilhetes?|mensage(?:m|ns)|audios?|videos?) (?:pra|para|pro|a|ao) (?:cada (?:um|uma)"
    rf"|{_KIN})\b",
    r"(?:obrigad[oa]|obg|brigad[oa]|muito obrigad[oa]|valeu) (?:de verdade )?por tudo\b"
    r"(?! (?:o que|que|isso)\b)",
    r"(?:me despedindo|me despedi|despedi me) de (?:todo mundo|todos|voces|vcs|minha familia"
    r"|meus amigos|cada um)\b",
    r"(?:amo|adoro) (?:muito )?(?:voces|vcs|vc s) (?:todos|todas|demais)\b",
    r"(?:me perdoem|perdoem me|me desculpem|desculpem me|perdao) por tudo\b"
    r"(?! (?:o|a|os|as|isso)\b)",
    rf"cuidem (?:bem )?(?:d[oa] )?(?:meu |minha )?(?:{_PET}|mae|pai|mamae|papai|filh[oa]s?)\b",
    # Round 9 (sets S, T): a letter left in a drawer, written "pra não ficar com raiva de
    # mim", thanked for these weeks, a goodbye said properly.
    rf"(?:carta|cartas|bilhete|bilhetes|envelope) (?:pra|para|pro|ao|a) {_KIN} (?:na|no"
    r"|em cima d[oa]|debaixo d[oa]|embaixo d[oa]) (?:gaveta|mesa|mesinha|criado mudo|almofada"
    r"|travesseiro|escrivaninha|cama)\b",
    rf"(?:escrevi|disse|pedi) (?:pra|para|pro|ao|a) {_KIN} (?:pra |para )?(?:nao (?:ficar|ter)"
    r" (?:com )?raiva de mim|me perdoar|nao me culpar)\b",
    r"(?:obrigad[oa]|obg|valeu) (?:a voce |a vc |a voces )?(?:por|pelas|pelos) (?:essas |estas "
    r"|esses |estes )?(?:semanas|meses)\b",
    r"(?:me despedi|despedi me|despedir me) (?:\w+ ){0,3}?(?:direito|como deve ser"
    r"|como se deve)\b",
)
FINALITY = _s(
    r"(?:ja )?(?:ta|esta|fica|ficou) tudo (?:pronto|preparado|arrumado|resolvido|organizado"
    r"|certo|encaminhado|acertado)\b(?! (?:pra|para|pro) (?!(?:ninguem|que|nao)\b))",
    r"(?:deixei|ja deixei|tenho) tudo (?:pronto|preparado|arrumado|organizado|resolvido)\b"
    r"(?! (?:pra|para|pro) (?!(?:ninguem|que|nao)\b))",
    r"(?:nao|ja nao) (?:vou|irei) (?:mais )?precisar (?:mais )?(?:de nada|disso|dele|dela|deles"
    r"|delas|das minhas|dos meus)\b",
    r"(?:pra|para) (?:\w+ ){0,2}?(?:ninguem|ngm) (?:ter|ficar com|precisar) (?:que )?"
    r"(?:problemas?|trabalho|dor de cabeca|resolver|se preocupar)\b",
    r"(?:pra|para) nao dar (?:trabalho|problema|dor de cabeca) (?:pra|para|a) ninguem\b",
    r"(?:quando|depois que) eu (?:nao estiver mais|ja nao estiver|partir|faltar|me for)\b",
    r"(?:e|vai ser|sera) (?:melhor assim|o melhor) (?:pra|para) todo(?:s| mundo)\b",
    r"(?:um dia|depois|mais tarde|com o tempo) (?:voces |vcs |vc |voce |eles |elas )?(?:vao|vai"
    r"|irao) (?:me )?entender\b",
    r"(?:voces |vcs |vc |voce |eles |elas )?(?:vao|vai|irao) (?:me )?entender (?:um dia|depois"
    r"|mais tarde|com o tempo)\b",
    r"(?:nao tem|nao ha|ja nao ha|ja nao tem) mais volta\b",
    # Set O: "I won't need it" with nothing after it ("já não preciso" alone is a phone
    # replaced); "tonight is the last night" (not of the holidays, a course or a stay).
    r"(?:ja nao|nao|ja n|n) (?:vou precisar|precisarei|vou mais precisar) (?:mais )?(?:disso"
    r"|deles|delas|dele|dela|de nada)?\s*(?:[.!;]|$)",
    r"(?:hoje|esta|essa|amanha) (?:e|vai ser|sera|e mesmo) (?:a )?(?:minha )?ultima noite\b"
    r"(?! (?:de|do|da|dos|das|no|na|nos|nas|em|aqui|ai|com|antes|fora|juntos|juntas)\b)",
    # "agora só falta" with nothing after it (set K).
    r"agora (?:so )?falta(?: (?:isso|o resto|o ultimo passo|uma coisa))?\s*(?:[.!?;]|$)",
    # Round 9 (sets S, T): "é melhor assim" ending the message, "vai ser mais fácil pra todo
    # mundo depois", "hoje à noite acaba".
    r"(?:e|vai ser|sera) melhor assim\s*(?:[.!;]|$|[^\w\s?]+\s*$)",
    r"(?:vai ser|sera|e) (?:mais facil|mais simples|melhor) (?:pra|para) todo(?:s| mundo)"
    r" (?:depois|quando|a partir)\b",
    r"(?:hoje a noite|esta noite|essa noite|amanha) (?:acaba|termina)(?: tudo)?\s*(?:[.!;]|$)",
)
