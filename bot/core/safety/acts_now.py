"""Crisis (ruleset.LanguageRules.crisis) told as an act or a setting under way rather than in
crisis words (sets V and W), in en, de, nl, pl, over normalised text; a space stands for \\s+.

Each rule needs two parts, so neither half alone is a crisis: a knife or a blade beside a bath
or "I'm doing it now"; a lighter or a blade held to one's own arm; hitting oneself with fists
or against a wall that will not stop; sitting on a sill, a ledge or a roof with the legs out or
no fear left; a poison with "I know how much"; pills half gathered with "then it's
over". A kitchen knife and an onion, a roof with a view, a game's bridge stay clear."""

from __future__ import annotations

from bot.core.safety.common import near, spaced

__all__ = ["ACTS_NOW"]


def _both(most: int, first: str, second: str) -> tuple[str, ...]:
    # Across sentences: the setting and the act are often told apart ("… zimno. zaraz").
    return spaced(*near(most, first, second, stop="!?"))


ACTS_NOW: dict[str, tuple[str, ...]] = {
    "en": (
        *_both(
            200,
            r"(?:on|up on|at) (?:the )?(?:top of the |roof of the |edge of the )?(?:roof|rooftop"
            r"|ledge|windowsill|window sill|parapet|railing|multistorey|multi storey|car park"
            r"|parking garage|bridge)",
            r"(?:legs (?:\w+ )?(?:over the edge|outside|dangling over)|for once i am not (?:scared"
            r"|afraid)|not (?:scared|afraid) any ?more|no longer (?:scared|afraid)|ready to jump)",
        ),
        *_both(
            80,
            r"(?:punching|hitting|smashing|banging) (?:myself|my head|my face)",
            r"(?:(?:can not|cannot|can t) stop(?= [.!,]| $|$)|(?:hand|fist|knuckles)"
            r" (?:\w+ )?(?:swollen|bleeding))",
        ),
        *_both(
            120,
            r"sodium nitrite",
            r"(?:know how much|i know the dose|wanted someone to know)",
        ),
    ),
    "de": (
        *_both(
            80,
            r"(?:badewanne|wanne)",
            r"(?:messer|klinge|klingen|rasierklinge\w*|cutter|teppichmesser)",
        ),
        *_both(
            80,
            r"(?:messer|klinge|klingen|rasierklinge\w*|tabletten|strick|seil)",
            r"(?:ich (?:mach|mache|tu|tue) (?:das|es) (?:\w+ )?jetzt|jetzt ist es so ?weit)"
            r"(?= [.!,]| $|$)",
        ),
        *spaced(
            r"(?:halt|halte|druck|drucke) mir (?:\w+ ){0,2}?(?:das |ein |die |den |ne |nen )?"
            r"(?:feuerzeug|zigarette|kippe|klinge|rasierklinge|scherbe|messer|glut) (?:\w+ )?"
            r"(?:an|auf|in) (?:den |die |das |meinen |meine |mein )?(?:arm|arme|unterarm|haut"
            r"|bein|handgelenk|oberschenkel|hand)",
            r"(?:feuerzeug|zigarette|kippe|klinge|rasierklinge|glut) (?:\w+ )?(?:an|auf)"
            r" (?:den |die"
            r" |meinen |meine )?(?:arm|arme|unterarm|haut|handgelenk|oberschenkel) (?:\w+ )?"
            r"(?:gehalten|gedruckt)\b",
        ),
        *_both(
            200,
            r"(?:sitz|sitze|steh|stehe) (?:\w+ ){0,2}?(?:auf dem |aufm |auf der |am )"
            r"(?:fensterbrett|fenstersims|sims|dach|gelander|brucke\w*|dachrand)",
            r"(?:beine (?:\w+ )?(?:draussen|drauss|raus|uber dem abgrund)|keine angst mehr)",
        ),
        *_both(
            120,
            r"natriumnitrit",
            r"(?:weiss wie ?viel|weiss die dosis|wollte dass es jemand weiss)",
        ),
    ),
    "nl": (
        *spaced(
            r"(?:sla|sloeg|stomp|beuk|bonk) (?:\w+ )?mezelf"
            r" (?:\w+ ){0,8}?(?:met (?:mijn |mn |m n )?vuist\w*|tegen de muur|in (?:mijn |mn )?"
            r"gezicht|kapot|tot (?:het )?bloed\w*)",
        ),
        *_both(
            200,
            r"(?:zit|sta) (?:\w+ )?(?:op de vensterbank|op het dak|op de rand|op de reling"
            r"|op de brug|op de balustrade)",
            r"(?:benen (?:\w+ )?buiten|niet eens bang|niet meer bang)",
        ),
    ),
    "pl": (
        *_both(
            200,
            r"(?:siedze|stoje|jestem) na (?:parapecie|krawedzi|gzymsie|barierce|balustradzie"
            r"|dachu|moscie)",
            r"(?:nogi (?:\w+ )?(?:na zewnatrz|za oknem|w powietrzu|za barierka)"
            r"|zaraz skocze|juz sie nie boje)",
        ),
        *_both(
            120,
            r"azotyn\w* (?:sodu|sodowy\w*)",
            r"(?:wiem ile|chcialem zeby ktos wiedzial)",
        ),
        *_both(
            120,
            r"(?:(?:dokupi\w*|dozbiera\w*|uzbiera\w*) (?:\w+ )?reszt\w*|(?:polowe|czesc|wiekszosc)"
            r" (?:\w+ )?(?:tabletek|pigulek|prochow|lekow))",
            r"wtedy koniec(?= [.!,]| $|$)",
        ),
        *spaced(
            r"(?:bije|bilem|wale|walilem|uderzam) (?:sie|siebie|glowa) (?:\w+ ){0,6}?(?:piesciami"
            r"|w twarz|o sciane|w glowe) (?:[\w,]+ ){0,10}?(?:nie moge przestac|od pol godziny)",
        ),
    ),
}
