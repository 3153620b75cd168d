"""Dutch: the passive wish and the weight one feels one is, told plainly (ask,
ruleset.LanguageRules.ask), over normalised text ("m'n" and "zo'n" become "m n", "zo n")."""

from __future__ import annotations

from bot.core.safety.common import END

__all__ = ["WISH"]

_NOBODY = r"(?:niemand|geen\s+mens|geen\s+hond|geen\s+kip|niemand\s+meer)"
# Work, a holiday or a party left for a while: "op kantoor mist niemand me als ik op vakantie ben".
_NOT_AWAY = (
    r"(?![^.!?]{0,40}\b(?:vakantie|kantoor|werk|dienst|feest|feestje|vergadering|school|training"
    r"|club|groep|groepsapp|cursus|uitje|weekend)\w*\b)"
)

WISH: tuple[str, ...] = (
    # Set O: "(soms) ik denk beter als ik niet meer wakker word", "het is beter als ik er niet
    # meer ben", "beter dat ik dood was".
    r"(?:beter|makkelijker|rustiger|fijner)\s+(?:,\s+)?(?:als|dat|wanneer|indien)\s+ik\s+(?:\w+\s+)"
    r"{0,2}?(?:niet\s+meer\s+(?:wakker\s+(?:word|werd|zou\s+worden)|besta|leef|zou\s+leven)|er\s+"
    r"(?:gewoon\s+|ook\s+)?niet\s+(?:meer\s+(?:ben|was|zou\s+zijn)|(?:was|zou\s+zijn)\s*(?:[.!?,;:)]"
    r"|$))|dood\s+(?:ben|was|ga)|weg\s+(?:ben|was)\s*(?:[.!?,;:)]|$|voorgoed|voor\s+altijd))",
    # "Iedereen heeft dan minder problemen", "zonder mij hebben ze minder zorgen".
    r"(?:iedereen|ze|jullie|zij|mijn\s+\w+|m\s?n\s+\w+|de\s+rest)\s+(?:heeft|hebben|zou|zouden|is|zijn"
    r")\s+(?:\w+\s+){0,2}?(?:dan|zonder\s+mij)\s+(?:\w+\s+)?(?:minder|geen)\s+(?:problemen|zorgen|last"
    r"|gedoe|ellende|kosten|werk\s+aan\s+mij)\b",
    r"zonder\s+mij\s+(?:\w+\s+){0,3}?(?:minder|geen)\s+(?:problemen|zorgen|last|gedoe|ellende)\b",
    # Set O: "ik voel me een last", "voel me zo'n last", "ik ben gewoon een last".
    r"(?:voel|voelt|voelde|ben)\s+(?:me\s+|mij\s+|mezelf\s+|mijzelf\s+)?(?:\w+\s+){0,2}?(?:een|zo\s?n"
    r")\s+(?:grote\s+|enorme\s+|echte\s+)?last\b(?!\s+(?:van|bij|op|met|minder|minute|minuut)\b)",
    # "Geen plan, maar de gedachte gaat niet weg": the thought stays (ask).
    r"geen\s+(?:concreet\s+|echt\s+)?(?:plan|plannen)\b[^!?]{0,40}?(?:gedachte|gedachtes|gedachten"
    r")\s+(?:\w+\s+)?(?:gaat|gaan|blijft|blijven|komt|komen)\s+(?:niet\s+weg|terug|steeds|maar\s+terug)",
    # Set O (German and English too): nobody would miss me.
    rf"{_NOBODY}\s+(?:\w+\s+){{0,2}}?(?:zou|zal|gaat)\s+(?:\w+\s+){{0,2}}?(?:me|mij)\s+(?:\w+\s+)?"
    rf"(?:missen|merken)\b{_NOT_AWAY}|{_NOBODY}\s+(?:mist|merkt)\s+(?:me|mij|het)\b{_NOT_AWAY}"
    rf"|(?:mist|missen)\s+(?:me|mij)\s+(?:\w+\s+)?(?:toch\s+|eh\s+)?{_NOBODY}\b{_NOT_AWAY}",
)

# Set R: a passive wish asked about, not a crisis: not waking up accepted ("if I don't wake up
# tomorrow, that's fine too") and a prayer to be taken soon.
WISH += (
    # Or the other way round: "it would be better not to wake up".
    r"(?:zou|zo)\s+(?:\w+\s+){0,2}?(?:fijn|beter|makkelijker|een\s+opluchting|prima)\s+(?:zijn\s+)?(?:om\s+)?(?:als\s+ik\s+)?niet\s+meer\s+wakker\s+(?:te\s+worden|werd|word)\b(?!\s+(?:om|voor|met)\b)",
    r"(?:als|mocht)\s+ik\s+(?:\w+\s+){0,2}?niet\s+(?:meer\s+)?wakker\s+(?:word|wordt|worden|zou\s+worden)\s+(?:,\s+)?(?:dan\s+)?(?:vind\s+ik\s+(?:het|dat)|is\s+(?:het|dat))\s+(?:ook\s+)?(?:goed|prima|niet\s+erg|oke|ok|best)\b",
    r"(?:god|here|heer|lieve\s+heer)\s+(?:,\s+)?(?:haal|neem)\s+me\s+(?:maar\s+|nou\s+|toch\s+)?(?:weg|op|mee|naar\s+je\s+toe|bij\s+je)\b",
)

# Round 9, one policy in all languages: a passive wish with no method, plan, time, preparation
# or farewell is asked about, as the blind writers label it: never waking up again, not
# existing, not being there anymore, no wish left to live.
WISH += (
    r"(?:slapen|inslapen)\s+en\s+nooit\s+meer\s+wakker\s+(?:worden|word)\b",
    r"nooit\s+meer\s+wakker\s+(?:worden|word)" + END,
    r"(?:wil|wou)\s+(?:gewoon\s+)?niet\s+meer\s+(?:bestaan|wakker\s+worden)\b(?!\s+(?:in|met|bij|hier|daar)\b)",
    r"(?:wil|wou)\s+er\s+(?:gewoon\s+)?niet\s+meer\s+(?:zijn|wezen)\b",
    r"geen\s+(?:zin|behoefte|wil|puf)\s+meer\s+(?:om\s+)?(?:te\s+)?(?:leven|bestaan)\b",
)
