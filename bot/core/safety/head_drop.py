"""The neck too weak to hold the head up, a red flag of weakness (RedFlag.WEAKNESS) in the eleven
languages, over normalised text; a space in the rules below stands for \\s+ (Latin-letter
Russian and Ukrainian come through translit.py).

"akşamları boynumu dik tutamıyorum, başım öne düşüyor" (set Y): the head dropping forward, the
chin sinking to the chest, a neck that no longer holds the head up. Neck extensor weakness is a
sign of the motor neurone diseases the bot's users fear, and one for a clinician, not an
emergency: the rules read nothing there before this family, and the learned reading, alone,
read the sentence "başım öne düşüyor" as breathing and a stroke.

A head nodding while dozing off is no such thing: the head dropping or not held up needs the
neck named beside it ("boynumu dik tutamıyorum"), and a word of sleep or tiredness after the
sign (`_SLEEPY`) keeps it out, so a nap on the bus or a long day stays ordinary."""

from __future__ import annotations

from bot.core.safety.common import near, spaced

__all__ = ["HEAD_DROP"]

_SLEEPY = (
    r"asleep|sleep\w*|doz\w*|nod off|nodding off|tired|exhausted|sleepy|drowsy|hungover|drunk"
    r"|schlaf\w*|einschlaf\w*|eingeschlafen|mude|dormir|dormido|dormida|duerm\w*|sueno"
    r"|cansad[oa]|endormi\w*|endor\w*|sommeil|fatigue\w*|dormo|addorment\w*|sonno|stanc[oa]"
    r"|slaap\w*|moe|durm\w*|cochil\w*|uyukl\w*"
    r"|zasyp\w*|spac|zmeczon\w*|dormindo|засыпа\w*|сплю|спать|устал\w*"
    r"|засина\w*|сплю|спати|втомлен\w*|uyku\w*|uyuklu\w*|yorgun\w*"
)
_NOT_SLEEPY = rf"(?![^?]{{0,100}}?(?<!\w)(?:{_SLEEPY})(?!\w))"


def _flags(neck_weak: str, neck: str, head: str) -> tuple[str, ...]:
    """The neck said too weak to hold the head; or the head dropping forward or not held up
    with the neck named beside it; never beside sleep."""
    return spaced(
        f"(?:{neck_weak}){_NOT_SLEEPY}",
        *near(80, f"(?:{head}){_NOT_SLEEPY}", f"(?:{neck})", stop=".!?"),
    )


HEAD_DROP: dict[str, tuple[str, ...]] = {
    "en": _flags(
        r"neck (?:\w+ ){0,2}?(?:too weak|not strong enough) to (?:hold|keep|support) (?:my|the)"
        r" head|neck muscles (?:are |feel )?(?:weak|giving out|failing)",
        r"neck",
        r"head (?:\w+ ){0,2}?(?:drops|dropping|falls|falling|flops|flopping|sags|sagging|slumps"
        r"|droops|drooping) (?:\w+ )?forwards?|chin (?:\w+ ){0,2}?(?:drops|falls|sinks|sags)"
        r" (?:on|onto|to) my chest|(?:can not|struggle to|hard to|unable to) (?:hold|keep)"
        r" (?:my|the) head (?:up|upright|straight)|(?:hold|prop) (?:my|the) head up with my"
        r" hands?",
    ),
    "de": _flags(
        r"nacken\w* (?:ist |sind |wird |werden )?(?:\w+ )?(?:zu schwach|so schwach|kraftlos)"
        r" (?:\w+ ){0,3}?kopf",
        r"nacken\w*|hals",
        r"kopf (?:\w+ ){0,2}?(?:fallt|kippt|sackt|sinkt) (?:\w+ )?nach vorne?|(?:fallt|kippt"
        r"|sackt|sinkt) (?:\w+ ){0,2}?kopf (?:\w+ )?nach vorne?|kinn (?:\w+ ){0,2}?"
        r"(?:fallt|sinkt|sackt) auf die brust|(?:kann|schaffe) (?:meinen |den )?kopf (?:\w+ )?"
        r"(?:nicht|kaum) (?:mehr )?(?:halten|aufrecht halten|hochhalten|gerade halten)",
    ),
    "es": _flags(
        r"(?:el )?cuello (?:\w+ ){0,2}?(?:no me sostiene|no sostiene|no aguanta) (?:\w+ )?la"
        r" cabeza",
        r"cuello",
        r"(?:la cabeza se me cae|se me cae la cabeza|la cabeza se cae|se me va la cabeza)"
        r" (?:\w+ )?(?:hacia |para )?(?:adelante|delante)|barbilla (?:\w+ ){0,2}?(?:cae|se cae"
        r"|se hunde) (?:sobre|en|al) (?:el )?pecho|no (?:puedo|consigo) (?:sostener|mantener"
        r"|aguantar|tener) (?:la cabeza|mi cabeza)",
    ),
    "fr": _flags(
        r"cou (?:\w+ ){0,2}?(?:trop faible pour|ne tient plus) (?:\w+ )?(?:ma|la) tete"
        r"|muscles du cou (?:\w+ )?faibles?",
        r"cou|nuque",
        r"tete (?:\w+ ){0,2}?(?:tombe|bascule|penche) (?:\w+ )?(?:en avant|vers l avant)|menton"
        r" (?:\w+ ){0,2}?(?:tombe|s affaisse) sur (?:la|ma) poitrine|(?:n arrive|arrive) (?:plus"
        r"|pas) a (?:tenir|garder) (?:ma|la) tete",
    ),
    "it": _flags(
        r"collo (?:\w+ ){0,2}?(?:troppo debole per|non regge) (?:\w+ )?(?:la|piu la) testa"
        r"|muscoli del collo (?:\w+ )?debol\w*",
        r"collo",
        r"testa (?:mi )?(?:cade|crolla|ciondola|si piega) (?:\w+ )?in avanti|mento (?:\w+ ){0,2}?"
        r"(?:cade|crolla) sul petto|non riesco (?:piu )?a (?:tenere|reggere|tenere su|tenere"
        r" dritta) (?:la testa|la mia testa)",
    ),
    "nl": _flags(
        r"nek (?:\w+ ){0,2}?(?:te zwak|niet sterk genoeg) (?:\w+ ){0,3}?hoofd|nekspieren (?:\w+ )?"
        r"(?:zwak|slap)",
        r"nek",
        r"hoofd (?:\w+ ){0,2}?(?:valt|zakt|knikt) (?:\w+ ){0,2}?(?:voorover|naar voren)"
        r"|kin (?:\w+ )"
        r"{0,2}?(?:zakt|valt) op (?:mijn|de) borst|(?:kan|krijg) (?:mijn |het )?hoofd (?:\w+ )?"
        r"niet (?:meer )?(?:rechtop )?(?:houden|omhoog houden|ophouden)",
    ),
    "pl": _flags(
        r"szyja (?:\w+ ){0,2}?(?:za slaba|nie trzyma) (?:\w+ )?glowy|miesnie szyi (?:\w+ )?"
        r"slab\w*",
        r"szyj\w*|kark\w*",
        r"glowa (?:\w+ ){0,2}?(?:opada|leci|zwisa) (?:\w+ )?(?:do przodu|w przod)|broda (?:\w+ )"
        r"{0,2}?(?:opada|spada) na (?:klatke|piersi)|nie (?:moge|daje rady) (?:\w+ )?"
        r"(?:utrzymac|trzymac) (?:\w+ )?glowy",
    ),
    "pt": _flags(
        r"pescoco (?:\w+ ){0,2}?(?:nao segura|nao aguenta|fraco demais para segurar) (?:\w+ )?"
        r"(?:a )?cabeca|musculos do pescoco (?:\w+ )?frac\w*",
        r"pescoco",
        r"cabeca (?:\w+ ){0,2}?(?:cai|tomba|pende) (?:\w+ )?(?:pra|para a) frente|queixo (?:\w+ )"
        r"{0,2}?(?:cai|afunda) (?:no|sobre o) peito|nao (?:consigo|da pra) (?:segurar|manter"
        r"|sustentar) (?:a|minha) cabeca",
    ),
    "ru": _flags(
        r"шея (?:\w+ ){0,2}?не держит (?:\w+ )?голову|мышцы шеи (?:\w+ )?(?:слаб\w*|ослабли)",
        r"ше(?:я|ю|и|ей)",
        r"голова (?:\w+ ){0,2}?(?:падает|свисает|опускается|валится|клонится) (?:\w+ )?вперед"
        r"|подбородок (?:\w+ ){0,2}?(?:падает|опускается) на грудь|не (?:могу|получается)"
        r" (?:\w+ )?(?:держать|удержать) голову",
    ),
    "uk": _flags(
        r"шия (?:\w+ ){0,2}?не тримає (?:\w+ )?голову|м язи шиї (?:\w+ )?(?:слабк\w*|ослабли)",
        r"ши(?:я|ю|ї|єю)",
        r"голова (?:\w+ ){0,2}?(?:падає|звисає|опускається|хилиться) (?:\w+ )?вперед"
        r"|підборіддя (?:\w+ ){0,2}?(?:падає|опускається) на груди|не (?:можу|виходить)"
        r" (?:\w+ )?(?:тримати|утримати) голову",
    ),
    "tr": _flags(
        r"boyn(?:um|u)(?:n|u)? (?:\w+ ){0,2}?dik tutamiyor\w*|boyun kaslar\w* (?:\w+ )?"
        r"(?:zayif\w*|gucsuz\w*)",
        r"boyn\w*|boyun\w*",
        r"bas(?:im|i) (?:\w+ )?one (?:dusuyor|sarkiyor|egiliyor|dusmeye basladi)|cene(?:m|si)"
        r" (?:\w+ )?gogs(?:ume|une) (?:dusuyor|dayaniyor)|bas(?:imi|ini) dik tutamiyor\w*",
    ),
}
