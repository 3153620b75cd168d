"""Despair said without the words of death, asked about (ask tier) in Spanish, French, Italian
and Portuguese (sets V, W), over normalised text; a space below stands for \\s+: "ojalá me
atropellara un camión yendo a currar y ya", "tô no fundo do poço e não vejo como sair",
"cansei de lutar. sério". A passive wish with no plan, time or means, as the policy says.

"Tired of fighting" against something named (the scales, the bank, the landlord) and a pit
with a way out seen stay ordinary."""

from __future__ import annotations

from bot.core.safety.common import spaced

__all__ = ["ASK"]

_NOT_AGAINST = (
    r"(?!\s+(?:contra|com|por|pelo|pela|pra|para|con|avec|pour|contre|per|contro|de|di)\s)"
)

ASK: dict[str, tuple[str, ...]] = {
    "es": spaced(
        r"ojala (?:me )?(?:atropell\w+|arroll\w+|pill\w+) (?:un|el|una) (?:camion|coche|autobus"
        r"|bus|tren|trailer|metro)",
        r"(?:estoy|toy) en el fondo del pozo (?:\w+ ){0,3}?(?:y )?no (?:veo|se) (?:como salir"
        r"|salida)",
        rf"(?:me canse|me he cansado|estoy cansad[oa]|cansad[oa]) de luchar{_NOT_AGAINST}",
    ),
    "fr": spaced(
        r"(?:j aimerais|je voudrais|pourvu) qu (?:un|une) (?:camion|voiture|bus|train) me"
        r" (?:renverse|percute|roule dessus|fauche)",
        r"(?:je suis|jsuis|chui) au fond du (?:trou|gouffre|puits) (?:\w+ ){0,3}?(?:et )?(?:je )?"
        r"(?:ne )?vois (?:pas|plus) comment (?:en )?sortir",
        rf"(?:fatigue|fatiguee|marre|epuise|epuisee|las|lasse) de (?:me battre"
        rf"|lutter){_NOT_AGAINST}",
    ),
    "it": spaced(
        r"(?:magari|vorrei che|spero che) mi (?:investisse|investa|prendesse|metta sotto|mettesse"
        r" sotto) (?:un|una) (?:camion|macchina|auto|autobus|treno|tir)",
        r"(?:sono|sto) (?:in fondo al|sul fondo del) (?:pozzo|baratro"
        r"|tunnel) (?:\w+ ){0,3}?(?:e )?"
        r"non vedo (?:come uscirne|via d uscita|l uscita|una via)",
        rf"(?:stanc[oa]|mi sono stancat[oa]) di (?:lottare|combattere){_NOT_AGAINST}",
    ),
    "pt": spaced(
        r"(?:queria|tomara|quem dera) que (?:um|uma) (?:caminhao|carro|onibus|camiao|autocarro"
        r"|trem|comboio) me (?:atropelasse|pegasse|passasse por cima)",
        r"(?:to|tou|estou) no fundo do poco (?:\w+ ){0,3}?(?:e )?(?:nao|n) (?:vejo|sei)"
        r" (?:como sair|saida)",
        rf"(?:cansei|to cansad[oa]|tou cansad[oa]|estou cansad[oa]) de lutar{_NOT_AGAINST}",
    ),
}
