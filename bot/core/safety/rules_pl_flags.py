"""Polish rules for four red flags beside twitching: breathless when lying flat, numbness
climbing over weeks, weight lost without trying, and restlessness, sweating or jerking since a
new medicine. Written unaccented, as normalise.py folds them. Imported by rules_pl.py.
"""

from __future__ import annotations

from bot.core.safety.verdict import RedFlag as R

_NEG = r"(?:nie|bez|nigdy|zadn\w*|ani)"


def _gap(most: int, stop: str = ".!?", also: str = "") -> str:
    """Up to `most` characters that step over no negator ("nowy lek, bez potow")."""
    return rf"(?:(?!\b(?:{_NEG}{also})\b)[^{stop}]){{0,{most}}}?"


def _s(*patterns: str) -> tuple[str, ...]:  # a space in the rules below stands for \s+
    return tuple(p.replace(" ", r"\s+") for p in patterns)


_AIR = (
    r"(?:brak\w* (?:mi )?(?:tchu|powietrza|oddechu)|dusz\w* sie|sie dusz\w*|dusi mnie|dusic sie"
    r"|zadyszk\w*"
    r"|dusznos\w*|(?:lapie|lapac|lapalam|lapalem|lapiac|chwytam|chwytac) (?:\w+ )?(?:powietrze"
    r"|oddech"
    r"|tchu)|nie (?:moge|moglam|moglem|da sie) (?:zlapac )?(?:tchu|oddechu|powietrza|oddychac)"
    r"|(?:ciezko|trudno|ciezej|trudniej) (?:mi )?(?:sie )?oddycha\w*|sapie|bez tchu)"
)
_LYING = (
    r"(?:(?:na )?plasko|na wznak|na plecach|w pozycji lezacej|na lezaco|(?:kiedy|jak"
    r"|gdy) (?:tylko )?"
    r"(?:sie )?(?:poloze|klade|leze) (?:sie )?(?:na plasko|plasko|na plecach)?)"
)
_UPRIGHT = (
    r"(?:na (?:\w+ )?(?:dwoch|trzech|czterech|kilku|paru|wielu|2|3|4) poduszkach"
    r"|oblozon\w* poduszkami"
    r"|na siedzaco|w fotelu|pol ?siedzac\w*|w pozycji siedzacej|podpart\w*|oparty|oparta)"
)
_NUMB = (
    r"(?:dretw\w*|zdretw\w*|mrowi\w*|mrowk\w*|cierpn\w*|scierp\w*|bez czucia|brak czucia"
    r"|stracil\w*"
    r" czucie|jak w watolinie|jak z waty|klucie|klujace)"
)
_ABOVE = (
    r"(?:kolan\w*|kostek|kostki|kostkami|golen\w*|ud|uda|udach|udami|pachwin\w*|bioder|biodra"
    r"|lydk\w*|lydek|lokc\w*|lokiec|przedrami\w*|ramion\w*|ramienia|barku|barkow|pasa|brzucha)\b"
)
_LOST = r"(?:schudl\w*|chudn\w*|chudne|stracil\w*|zrzucil\w*|spadlo mi|ubylo mi)"
_UNIT = r"(?:kg|kilo\w*|kilogram\w*)"
# A diet or sport beside the weight makes it meant: the gap stops there.
_MEANT = (
    r"|diet\w*|diec\w*|odchudz\w*|silowni\w*|cwicz\w*|sport\w*|biega\w*|keto|post\w*|kalori\w*"
)
_UNTRIED = (
    r"(?:bez (?:\w+ )?(?:diety|odchudzania|powodu|przyczyny|starania|staran|wysilku"
    r"|wyraznej przyczyny"
    r"|zadnej diety|zadnego powodu|niczego)|nie (?:odchudzam|odchudzalam|odchudzalem|odchudzajac"
    r"|jestem na diecie|robie (?:zadnej )?diety|stosuje (?:zadnej )?diety|bylam na diecie|bylem na"
    r" diecie|wiem (?:czemu|dlaczego|od czego|z czego|skad)|wiadomo (?:czemu|dlaczego|od czego|z"
    r" czego|skad)|chcialam|chcialem)|nic nie (?:robiac|zmieniajac|zmienilam|zmienilem)|(?:a |choc"
    r" |chociaz |mimo ze |pomimo ze |i )?jem (?:\w+ ){0,2}?(?:normalnie|jak zawsze|tyle samo"
    r"|jak kon"
    r"|wiecej|jak dawniej|to samo|jak zwykle|duzo|po staremu)|niechcacy|mimowolnie|sam\w* z siebie"
    r"|samo z siebie)"
)
_TWITCH = r"(?:drga\w*|drgani\w*|fascykulac\w*|skacza)"
_SEROTONERGIC = (
    r"(?:antydepresant\w*|przeciwdepresyjn\w*|(?:lek|leki|leku|lekiem) (?:\w+ )?na depresj\w*|ssri"
    r"|snri|sertralin\w*|asertin|zoloft|fluoksetyn\w*|citalopram\w*|escitalopram\w*|paroksetyn\w*"
    r"|wenlafaksyn\w*|duloksetyn\w*|mirtazapin\w*|trazodon\w*|trittico|tramadol\w*|tramal\w*"
    r"|tryptan\w*|sumatryptan\w*|ryzatryptan\w*|zolmitryptan\w*|naratryptan\w*|eletryptan\w*"
    r"|linezolid\w*|ondansetron\w*|metadon\w*|fentanyl\w*|dziurawiec\w*|dziurawca)\b"
)
_GENERIC = r"(?:lek|leki|leku|lekami|lekow|lekarstw\w*|tabletk\w*|tabletek|pigulk\w*|dawk\w*)\b"
_REACTION = (
    r"(?:pobudzon\w*|niepok\w*|poc\w* sie|poty|pot|spocon\w*|szarp\w*|drz\w*|drga\w*|drgani\w*"
    r"|skacz\w*|skacza|podskakuj\w*|dreszcz\w*|goraczk\w*|trzes\w*|roztrzes\w*|nie (?:moge|moglam"
    r"|moglem|moze|mogla|mogl) (?:\w+ )?(?:usiedziec|ulezec|ustac|wysiedziec)|nakrecon\w*"
    r"|zrenic\w*"
    r"|skurcz\w*|rzuca mna|rzuca mi|rozdygotan\w*|nerwow\w*)\b"
)
_CHANGE = (
    r"(?:now\w*|zacz\w*|wlaczyl\w*|wlaczono|dolozyl\w*|dolozono|dodal\w*|dodano|przepisal\w*"
    r"|przepisano|zmienil\w*|zmieniono|zwiekszyl\w*|zwiekszono|podniosl\w*|dal mi|dala mi"
    r"|dostal\w*"
    r"|od (?:\d+|kilku|paru|dwoch|trzech|czterech|pieciu|tygodnia) (?:dni|dnia|tygodni\w*|tyg)"
    r"|od (?:wczoraj|przedwczoraj|poniedzialku|wtorku|srody|czwartku|piatku|soboty|niedzieli))"
)

RED_FLAGS = {
    R.BREATHLESS_LYING_FLAT: _s(
        rf"ortopno\w*\b|{_LYING}\b{_gap(60)}{_AIR}|{_AIR}{_gap(40)}(?:na plasko|na wznak"
        r"|na plecach"
        r"|na lezaco|(?:kiedy|jak|gdy) (?:tylko )?(?:sie )?(?:poloze|klade|leze))\b",
        r"nie (?:moge|moglam|moglem|moze|da sie|daje rady|dam rady) (?:juz )?(?:\w+ )?(?:lezec"
        r"|spac"
        rf"|sypiac|polozyc sie) (?:\w+ )?(?:na )?plasko\b{_gap(90, '!?')}(?:{_AIR}|{_UPRIGHT})",
        r"(?:spie|spac|spalam|spalem|sypiam|musze spac"
        rf"|spimy) (?:\w+ ){{0,4}}?{_UPRIGHT}{_gap(60)}"
        rf"{_AIR}|{_AIR}{_gap(80)}(?:spie|spac|spalam|spalem|sypiam|musze spac) (?:\w+ ){{0,4}}?"
        rf"{_UPRIGHT}",
    ),
    R.NUMBNESS_SPREADING: _s(
        rf"{_NUMB}\b{_gap(100)}(?:w gore|wyzej|do gory|wspina\w*|rozchodzi sie|rozlewa sie"
        r"|rozprzestrzenia\w*|rozszerza\w*|podchodzi|podeszl\w*|doszl\w* (?:\w+ )?do|siega\w*"
        r"|siegnel\w*|pnie sie|przeszl\w* (?:\w+ )?(?:na|do))\b",
        rf"{_NUMB}\b{_gap(90)}(?:zaczel\w*|zaczal\w*|zaczyna\w*|najpierw|poczatkowo|na poczatku)\b"
        rf"{_gap(90)}(?:teraz|juz|obecnie|dzis|aktualnie)\b{_gap(40)}(?:do|powyzej|az do|po|na|w)"
        rf" (?:\w+ )?{_ABOVE}",
    ),
    R.WEIGHT_LOSS: _s(
        rf"{_LOST}\b{_gap(80, also=_MEANT)}{_UNTRIED}|{_UNIT} (?:\w+ ){{0,2}}?(?:mniej|w dol|lzej"
        rf"|spadlo|ubylo)\b{_gap(80, also=_MEANT)}{_UNTRIED}",
        rf"(?:chudne|chudnie)\b[^.!?]{{0,30}}?\d+ {_UNIT} (?:w dol|mniej)\b",
        # Weight lost beside twitching, as people write it: "schudlem 7 kg, drgania wszedzie".
        rf"{_LOST} (?:\w+ )?(?:\d+|piec|szesc|siedem|osiem|dziewiec|dziesiec|\w+nascie) {_UNIT}"
        rf" [^?]{{0,50}}?{_TWITCH}",
        r"(?:niezamierzon\w*|niewyjasnion\w*|mimowoln\w*|nagl\w*) (?:\w+ )?(?:spadek"
        r"|utrat\w*) (?:\w+ )?"
        r"wagi\b",
    ),
    R.NEW_MEDICINE: _s(
        rf"{_CHANGE} {_gap(60)}{_SEROTONERGIC}{_gap(160, '!?')}{_REACTION}",
        rf"{_SEROTONERGIC} (?:\w+ ){{0,4}}?(?:zaczel\w*|zaczal\w*|od|dolozyl\w*|dodal\w*"
        r"|przepisal\w*"
        rf"|nowy|nowe|zwiekszyl\w*)\b{_gap(160, '!?')}{_REACTION}",
        r"(?:nowy|nowe|nowa|nowego|nowym|nowych|inny|inne|zmienion\w*|zwiekszon\w*"
        r"|wieksz\w*) (?:\w+ )"
        rf"{{0,2}}?{_GENERIC}{_gap(160, '!?')}{_REACTION}",
        r"(?:zmienil\w*|zwiekszyl\w*|podniosl\w*|podwoil\w*) (?:mi |jej |mu )?(?:\w+ )?(?:lek\w*"
        r"|dawk\w*"
        rf"|tabletk\w*)\b{_gap(160, '!?')}{_REACTION}",
    ),
}
