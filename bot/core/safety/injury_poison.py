"""Emergencies outside the twitching world, for the writer or someone with them, in the eleven
languages, over normalised text; a space in the rules below stands for \\s+ (Latin-letter
Russian and Ukrainian come through translit.py). Each family is a cause and a danger sign,
in either order, in one stretch of text (`near`):

- poisoning: wild mushrooms, berries or a poisonous plant, a pesticide or rat poison, and
  vomiting, writhing in pain, drooling, yellow eyes, limpness, a fit or no response;
- fumes: bleach mixed with ammonia or an acid, toxic or chemical fumes, a flat on fire, and
  breath failing, a burning chest or throat, a cough that will not stop, a collapse;
- a medicine by mistake: insulin, heart or blood-pressure pills taken twice or the wrong ones,
  and cold sweat, shaking, confusion, a slow pulse, low sugar, no response;
- a severe injury: a fall from a ladder, a roof or stairs, a crash, something heavy fallen on
  someone, a chainsaw or a grinder, and unconsciousness, legs that cannot move, blood from the
  head or ears, a bone out, bleeding that will not stop;
- a severe burn: hot oil or boiling water, a fire or an explosion, a chemical, and skin coming
  off, huge blisters, a chest or face burned;
- pregnancy with heavy bleeding, a fit or a collapse; waters broken or strong contractions
  weeks before term; a severe headache with flashes or a sudden swelling;
- a venomous bite or sting (a snake, a scorpion, a spider, a jellyfish), and a swelling that
  spreads, faintness, vomiting, sweating, numbness;
- drowning or cold water: pulled out of the water or the ice, and blue, not breathing, no
  response, no longer shivering.

Someone else named beside the cause (my son, the neighbour, he) takes `someone_else`, the
bystander's answer. The writer's own takes the closest sign: fumes `cannot_breathe`, a medicine
`overdose_taken`, a pregnancy headache `worst_headache`, and the rest, which no sign names,
`worst_headache` too, whose answer is the plain "call now, don't drive yourself, don't wait
for it to pass" (as urgent_ru_uk_tr.py does). Fume rules are panic dangers as well, so panic
words beside them never make the breathlessness the familiar panic.

Near misses kept out: one part alone (a pregnancy, a fall, a mushroom-picking trip, a small
burn under cold water, a snake seen on a walk); a hot liquid with no spill (a burn done on
purpose is self-harm's, a crisis); danger words said in the past tense ("was unconscious") or
followed by a time long past, a recovery or a frame (a first-aid course, a film, a hospital
drama, a dream, a vet) within the next lines (`distant`); and, blanked as idioms, a case put
as a question ("what to do if someone fell off a ladder") and an animal's bite or meal (a
vet's story of a dog). A frame said only before a family is not seen: blanking it would hide
it from distance.py, which holds crisis words at a distance by the same words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import permutations

from bot.core.safety.common import near, spaced
from bot.core.safety.engine import leading_split
from bot.core.safety.verdict import EmergencySign as E

__all__ = ["EMERGENCY", "IDIOMS", "PANIC_DANGER", "Words"]

_GAP = 150
_PLAIN = E.WORST_HEADACHE
_W = r"(?:[\w,]+ ){0,4}?"


@dataclass(frozen=True)
class Words:
    """One language's words: each family a cause and a danger (the medicine family a
    medicine, a mistake and a danger; the pregnancy headache three parts); someone else;
    what holds a family at a distance said after it (a time long past, a recovery, a frame: a
    course, a film, a dream, a vet); a case put as a question ("if someone", "what to do
    when"); animals; and the words of now, which end a case put before."""

    other: str
    distant: str
    hypothetical: str
    animals: str
    now: str
    poison: tuple[str, str]
    fumes: tuple[str, str]
    medicine: tuple[str, str, str]
    injury: tuple[str, str]
    burn: tuple[str, str]
    bite: tuple[str, str]
    water: tuple[str, str]
    pregnant: tuple[str, str]
    preterm: tuple[str, str]
    pregnant_head: tuple[str, str, str]

    @property
    def mix_up(self) -> str:
        medicine, mistake, _ = self.medicine
        return f"(?:{medicine}) {_W}(?:{mistake})|(?:{mistake}) {_W}(?:{medicine})"

    @property
    def framed(self) -> tuple[str, ...]:
        """The causes a case put as a question tells of ("what to do if someone fell")."""
        return (
            self.poison[0],
            self.injury[0],
            self.burn[0],
            self.bite[0],
            self.water[0],
            self.pregnant[0],
        )


def _rules(words: Words) -> dict[E, tuple[str, ...]]:
    """A language's rules by sign: each family for the writer, cause and danger in either
    order; and with someone else named right before or after its cause, then its danger. A
    family held at a distance after its first part is not one."""
    fence = rf"(?![^?]{{0,{2 * _GAP}}}?(?<!\w)(?:{words.distant})(?!\w))"

    def seq(first: str, *rest: str, fenced: bool = True) -> str:
        # The parts in this order (`near` gives its parts' own order first), the first fenced.
        # The fence right after the first part also keeps the loose scan's copy of each rule
        # short (engine._scan_tail stops at it).
        head = f"(?:{first})(?!\\w){fence if fenced else ''}"
        return near(_GAP, head, *(f"(?:{part})(?!\\w)" for part in rest), stop="?")[0]

    plain = (
        words.poison,
        words.injury,
        words.burn,
        words.bite,
        words.water,
        words.pregnant,
        words.preterm,
    )
    unwell = words.medicine[2]
    families = (*plain, words.fumes, (words.mix_up, unwell))
    # Named first, one rule for every family, so that the names lead it once.
    named_first = (
        f"(?:{words.other})(?!\\w){fence} {_W}(?:"
        + "|".join(seq(cause, danger, fenced=False) for cause, danger in families)
        + ")"
    )
    return {
        _PLAIN: spaced(
            *(
                rule
                for cause, danger in plain
                for rule in (seq(cause, danger), seq(danger, cause))
            ),
            *(seq(*parts) for parts in permutations(words.pregnant_head)),
        ),
        E.CANNOT_BREATHE: spaced(seq(*words.fumes), seq(*reversed(words.fumes))),
        E.OVERDOSE_TAKEN: spaced(seq(words.mix_up, unwell), seq(unwell, words.mix_up)),
        E.SOMEONE_ELSE: spaced(
            named_first,
            # Named after the cause only where the cause comes first as people tell it: "a
            # snake bit my son", "we pulled my friend out of the water", "a tree fell on dad".
            *(
                seq(f"(?:{cause})(?!\\w){fence} {_W}(?:{words.other})", danger, fenced=False)
                for cause, danger in (words.bite, words.water, words.injury)
            ),
        ),
    }


def _first_words(pattern: str) -> str:
    """The distinct words `pattern`'s alternatives begin with, open at their end ("fell",
    "mushroom", "bleach"): enough of a cause to blank so that no rule finds it. Words shorter
    than four letters ("le", "on", "a") are too common to be told apart."""
    found = set()
    for alternative in leading_split(pattern) or ():
        word = _LETTERS.match(alternative)
        if word and len(word.group()) >= 4:
            found.add(word.group())
    return "(?:" + "|".join(sorted(found)) + r")\w*"


_LETTERS = re.compile(r"(?:[^\W\d_](?![?*+{]))+")
# Death and harm, and a turn ("but"), in the eleven languages: a case put as a question never
# reaches over them, so no idiom here blanks "if someone asks, I want to die" or "the dog is
# fine but my son fell off the roof".
_GRAVE = (
    r"but|aber|pero|mais|ma|maar|ale|mas|но|але|ama|ancak|die|dying|dead|death|kill\w*|suicid\w*"
    r"|myself|sterb\w*|tot|tod\w*|umbring\w*"
    r"|selbstmord\w*|mori\w*|muert\w*|muero|matar\w*|mourir|meurs|mort\w*|crever|tuer"
    r"|uccid\w*|dood\w*|zelfmoord\w*|umr\w*|smierc\w*|zabic|zabije|morrer|morro|morte"
    r"|умер\w*|умир\w*|смерт\w*|убить|убью|поконч\w*|помер\w*|вмер\w*|вбити|вб ю"
    r"|olmek|olecegim|olsem|olmeliyim|oldur\w*|intihar\w*"
)


def _idioms(words: Words) -> tuple[str, ...]:
    """Blanked before the rules run, up to a cause's first word: a case put as a question a
    few words before a cause, with no word of now, death or a turn between ("what to do if
    someone fell off a ladder and is unconscious", a first-aid course); and an animal's meal or
    bite ("our dog ate mushrooms", "an adder bit the dog", a vet's story). The words that
    hold crisis words at a distance (a course, a film, years ago) are never blanked here:
    distance.py reads them after the idioms."""
    gap = rf"(?:(?!(?:{words.now}|{_GRAVE})(?!\w))[\w,]+ ){{0,7}}"
    causes = _first_words("|".join(f"(?:{cause})" for cause in words.framed))
    bites = _first_words(f"(?:{words.poison[0]})|(?:{words.bite[0]})")
    return spaced(
        f"(?:{words.hypothetical}) {gap}{causes}",
        f"(?:{words.animals}) {gap}{bites}",
        f"{_first_words(words.bite[0])} (?:\\w+ ){{0,5}}?(?:{words.animals})(?!\\w)",
    )


# en
_EN_BLEED = (
    r"bleeding (?:\w+ )?(?:heavily|badly|like crazy|like mad|everywhere|profusely|so much"
    r"|non stop|nonstop)|bleeding a lot|(?:so much|lots of|a lot of|loads of|a pool of"
    r"|pool of|a puddle of|tons of) blood|blood (?:\w+ ){0,2}?(?:everywhere|all over the"
    r"|pouring|gushing|spurting|pumping|pooling|squirting|will not stop|keeps coming|is not"
    r" stopping)|(?:can not|could not|can t) stop (?:the |his |her |my )?bleeding|bleeding"
    r" (?:\w+ ){0,2}?(?:will not|does not|is not) stop|soaked (?:\w+ ){0,3}?(?:with|in) blood"
    r"|blood soaked|spurting|gushing blood"
)
_EN = Words(
    other=(
        r"(?:my|our|his|her|the) (?:\w+ )?(?:son|daughter|kid|kids|child|children|baby"
        r"|toddler|boy|girl|husband|hubby|wife|partner|dad|father|mum|mom|mother|brother"
        r"|sister|grandma|grandpa|granny|gran|nan|nana|grandmother|grandfather|uncle|aunt"
        r"|friend|mate|buddy|neighbou?r|colleague|coworker|flatmate|roommate|boyfriend"
        r"|girlfriend|bf|gf|cousin|nephew|niece|grandson|granddaughter|father in law"
        r"|mother in law|family|boss|worker|guy|lad)|he|she|him|her|they|them|someone|dad"
        r"|mum|mom|grandma|grandpa|grandad|granddad|granny|nan|father|mother|husband|wife|brother"
        r"|sister"
        r"|somebody|a (?:man|woman|guy|kid|child|boy|girl|worker|cyclist|biker|hiker|swimmer)"
    ),
    distant=(
        r"years ago|months ago|(?:a )?long time ago|as a (?:kid|child|teen\w*|boy|girl)"
        r"|when i was (?:\w+ ){0,2}?(?:kid|child|young|little|teen\w*|\d+)|back in (?:the day"
        r"|19\d\d|20\d\d)|in (?:19|20)\d\d|last (?:year|summer|winter|spring|autumn)|healed"
        r"|recovered|full recovery|(?:fine|ok|okay|all good|better) now|scars?|film|movie"
        r"|on tv|tv (?:show|series|drama)|series|episode|drama|netflix|first aid (?:course"
        r"|class|training|lesson)|training course|course(?<!of\scourse)|lecture|exam"
        r"|simulation|scenario|dummy|manikin|novel|video game|documentary|podcast|dream\w*"
        r"|nightmare|vet|vets|veterinar\w*"
    ),
    animals=(
        r"(?:my|our|the|his|her|a) (?:\w+ )?(?:dog|dogs|puppy|pup|cat|cats|kitten|horse|pony"
        r"|cow|sheep|goat|pet|lamb|calf)"
    ),
    hypothetical=(
        r"what (?:to do|you do|should you do|do you do) (?:if|when) (?:someone|somebody|a person"
        r"|a child|your child)|how to help (?:someone|somebody|a person)"
    ),
    now=(
        r"now|right now|just|currently|suddenly|at the moment|rn|today|tonight|this morning"
        r"|this evening"
    ),
    poison=(
        r"(?:(?:wild|forest|foraged|picked|garden|poisonous|unknown|random) )?(?:mushrooms?"
        r"|toadstools?|fungi)|(?:wild|poisonous|unknown|strange|hedge) berries"
        r"|berries from (?:the |a )?"
        r"(?:hedge|bush|woods|forest|garden|tree)|oleander|foxglove"
        r"|hemlock|yew (?:berries|leaves)|deadly nightshade|nightshade|belladonna|datura"
        r"|jimson ?weed|angel s trumpet|lily of the valley|monkshood|castor beans?"
        r"|dieffenbachia|poison(?:ous)? (?:plant|plants|leaves)|rat poison|pesticides?"
        r"|insecticides?|weed ?killer|organophosphates?|slug pellets",
        r"vomiting|throwing up|puking|being sick|retching|(?:vomited|threw up|been sick)"
        r" (?:\w+ )?(?:times|again|twice)|(?:writhing|doubled over|curled up|rolling|screaming)"
        r" (?:\w+ ){0,3}?(?:in|with|from) (?:\w+ )?(?:pain|agony|cramps)|(?:severe|terrible"
        r"|awful|horrible|unbearable|really bad) (?:stomach|tummy|belly|abdominal) (?:pain"
        r"|cramps)|delirious|(?:very |really |so |all )?(?:drowsy|limp|floppy)|(?:will not"
        r"|can not) (?:wake|stay awake)|unconscious|unresponsive|passed out|fainted|collapsed"
        r"|(?:fitting|seizing|convulsing|having (?:a )?(?:fit|seizure|convulsions))|yellow"
        r" (?:eyes|skin)|(?:eyes|skin) (?:\w+ )?(?:turning|gone|going|are|is|look\w*) yellow"
        r"|drooling|foaming|(?:mouth|lips|tongue|throat) (?:\w+ ){0,2}?(?:swelling|swollen"
        r"|burning|on fire)",
    ),
    fumes=(
        r"(?:mixed|mixing|mix|combined) (?:\w+ ){0,4}?(?:bleach|chlorine|ammonia|cleaners?"
        r"|cleaning products|chemicals)|(?:bleach|chlorine) (?:\w+ ){0,4}?(?:ammonia|acid"
        r"|vinegar|toilet cleaner|drain cleaner|descaler|other cleaners?|another cleaner)"
        r"|(?:ammonia|acid|vinegar|toilet cleaner|drain cleaner|descaler) (?:\w+ ){0,4}?(?:bleach"
        r"|chlorine)|chlorine gas|toxic (?:fumes|gas|smoke)|chemical (?:fumes|gas|smoke|leak"
        r"|spill)|(?:breathed|inhaled) (?:in )?(?:\w+ ){0,3}?(?:fumes|chemicals|chlorine|ammonia"
        r"|smoke)|fumes (?:from|of) (?:\w+ ){0,2}?(?:bleach|chemicals|cleaner|pesticide|solvent)"
        r"|smoke inhalation|(?:house|flat|kitchen|building|apartment) (?:is |was |caught )?on"
        r" fire",
        r"can not (?:breathe|catch (?:my|his|her) breath|get (?:any )?air)|(?:hard|difficult"
        r"|struggling|hurts|painful) (?:\w+ )?(?:to )?breath\w*|(?:barely|hardly) breath\w*"
        r"|short of breath|(?:chest|throat|lungs?|airways?) (?:\w+ ){0,2}?(?:burning|burns|on"
        r" fire|tight|tightening|closing)|burning (?:in )?(?:my |his |her )?(?:chest|throat"
        r"|lungs)|coughing (?:\w+ ){0,2}?(?:non stop|nonstop|constantly|uncontrollably|blood)"
        r"|can not stop coughing|wheez\w*|passed out|fainted|collapsed|unconscious"
        r"|unresponsive|lips (?:\w+ ){0,2}?blue",
    ),
    medicine=(
        r"insulin|pills|tablets|meds|medication|medicine|dose|doses|injection|jab|warfarin"
        r"|digoxin|methotrexate|lithium|morphine|fentanyl|patch|patches|heart pills|blood"
        r" pressure pills|sleeping pills",
        r"twice|two times|three times|double (?:dose|doses|the dose)|a double|ten times"
        r"|too much|wrong (?:pills|medicine|meds|dose|insulin)|by mistake|by accident"
        r"|accidentally|mixed up|forgot (?:i|he|she|they) had (?:already )?(?:taken|had|done"
        r"|injected|given)",
        r"(?:cold |clammy )?sweat(?:ing|y)?|drenched|clammy|shaking|shaky|trembling|confused"
        r"|confusion|disoriented|dizzy|light ?headed|faint|fainted|fainting|drowsy|very sleepy"
        r"|can not (?:stay awake|wake)|will not wake|(?:pulse|heart ?rate|heart) (?:\w+ ){0,3}?"
        r"(?:slow|low|weak|racing|irregular|skipping)|passed out|collapsed|unconscious"
        r"|unresponsive|slurr\w*|vomiting|throwing up|blood sugar (?:\w+ ){0,3}?(?:low|dropping"
        r"|crashing|falling)|hypo|hypoglyc\w*|seeing double|blurr\w*",
    ),
    injury=(
        r"(?:fell|fallen|came off|come off|knocked off|thrown (?:off|from)|tumbled|slipped)"
        r" (?:\w+ ){0,3}?(?:off|from|down|out of|through) (?:\w+ ){0,2}?(?:ladder|roof"
        r"|scaffold\w*|stairs|staircase|steps|balcony|window|horse|tree|bike|motorbike"
        r"|motorcycle|quad|cliff|rocks|wall|trampoline|height|storey|story|loft|attic|platform"
        r"|truck|lorry)|(?:motorbike|motorcycle|moped|scooter|bike|car|quad|tractor|cycling"
        r"|road|traffic|work|farm|climbing|skiing) (?:accident|crash|smash)|crashed (?:his|her"
        r"|my|their|the) (?:\w+ )?(?:car|bike|motorbike|motorcycle|moped|scooter)|(?:came|come"
        r"|fell) off (?:his|her|my|their|the) (?:\w+ )?(?:motorbike|motorcycle|bike|moped"
        r"|scooter|horse|quad)|hit by (?:a |the )?(?:falling )?(?:car|truck|van|bus|lorry|train"
        r"|tree|branch|beam|rock|motorbike|bike)|run over|knocked (?:down|over) by|(?:tree"
        r"|branch|beam|log|wall|rock|boulder|shelf|shelving|pallet|machine|car|tractor|ceiling"
        r"|load) (?:\w+ ){0,3}?(?:fell|landed|came down|collapsed|rolled) (?:on|onto) (?:him"
        r"|her|them|me|my|his|their|the)|(?:crushed|pinned|trapped) (?:\w+ ){0,3}?(?:under"
        r"|beneath|between)|chainsaw|angle grinder|grinder|circular saw|table saw|power saw"
        r"|axe|machete|lawn ?mower|hedge ?trimmer|strimmer|nail gun|glass (?:door|window|pane"
        r"|table)|knife slipped|slipped with (?:the|a) knife|(?:been|got|was) (?:shot|stabbed)"
        r"|gunshot|stab wound|attacked by (?:a |the )?dogs?|mauled",
        r"unconscious(?<!was\sunconscious)(?<!were\sunconscious)(?<!been\sunconscious)"
        r"|(?:is|s|lying|lies) (?:\w+ )?(?:not moving|still|motionless|lifeless)|not (?:moving"
        r"|responding|waking up|breathing)|unresponsive|(?:will not|can not) wake (?:him|her"
        r"|them|up)|knocked out|out cold|(?:can not|unable to) (?:move|feel) (?:his|her|their"
        r"|my) (?:legs|arms|body|feet|lower body)|(?:no feeling|numb) in (?:his|her|their|my)"
        r" legs|paralys\w*|(?:blood|bleeding) (?:\w+ ){0,2}?(?:from|out of) (?:his|her|their"
        r"|my|the) (?:head|ear|ears|mouth)|(?:head|ear|ears) (?:is |are |s )?(?:bleeding"
        r"|pouring blood)|head (?:\w+ ){0,2}?(?:split open|cracked open|smashed)|bone (?:is |s"
        r" )?(?:sticking|poking|jutting|coming|sticks|pokes) (?:out|through)|(?:can|could) see"
        r" (?:the |his |her |my )?bone|bone (?:is )?(?:out|showing|visible)|open fracture"
        r"|compound fracture|(?:leg|arm|foot|ankle|hip|knee) (?:\w+ ){0,3}?(?:bent|twisted"
        r"|pointing|facing) (?:\w+ ){0,2}?(?:the wrong way|backwards|at a (?:weird|strange"
        r"|funny|horrible) angle)|screaming (?:\w+ ){0,2}?(?:in|with) (?:pain|agony)|(?:finger"
        r"|fingers|hand|thumb|toe) (?:\w+ ){0,3}?(?:cut off|hanging off|severed|mangled)"
        r"|(?:coughing|spitting) (?:up )?blood|" + _EN_BLEED,
    ),
    burn=(
        r"(?:hot|boiling|burning|scalding) (?:\w+ )?(?:oil|fat|water|soup|tea|coffee|milk|wax"
        r"|tar|grease) (?:[\w,]+ ){0,4}?(?:spilled|spilt|tipped|knocked|splashed|went (?:all )?"
        r"over|poured over|fell|boiled over|spat|exploded)|(?:spilled|spilt|tipped|knocked"
        r"|splashed) (?:[\w,]+ ){0,4}?(?:hot|boiling|scalding) (?:\w+ )?(?:oil|fat|water|soup"
        r"|tea|coffee|milk|grease)|(?:chip pan|deep fryer|fryer|kettle|pan|pot|saucepan)"
        r" (?:\w+ ){0,3}?(?:fell|tipped|spilled|spilt|knocked|went over|exploded|caught fire)"
        r"|(?:caught|catching|set on) fire|on fire|flames|explosion|exploded|blast|gas"
        r" (?:bottle|canister|cylinder)|bonfire|barbecue|bbq|petrol|gasoline|fireworks?|acid"
        r"|caustic|lye|chemicals?",
        r"skin (?:\w+ ){0,3}?(?:coming off|came off|hanging|falling off|sliding off|peeling off"
        r"|melted|melting|white|black|charred|leathery)|(?:white|black|charred|leathery|waxy)"
        r" (?:\w+ ){0,2}?skin|(?:huge|massive|giant|enormous) blisters|blisters (?:\w+ ){0,3}?"
        r"(?:everywhere|all over|huge|massive)|(?:whole|entire) (?:\w+ )?(?:arm|leg|chest|face"
        r"|back|belly|stomach|body|side|hand) (?:\w+ ){0,3}?(?:burned|burnt|scalded|blistered"
        r"|blistering|red raw|raw)|(?:chest|face|belly|stomach|back|neck|body|torso) (?:\w+ )"
        r"{0,3}?(?:burned|burnt|scalded|blistered)|(?:burned|burnt|scalded) (?:\w+ ){0,3}?"
        r"(?:chest|face|belly|stomach|back|neck|whole|body|torso)|clothes (?:\w+ ){0,3}?"
        r"(?:stuck|melted) (?:to|into) (?:the |his |her |my )?skin",
    ),
    bite=(
        r"(?:bitten|bit|stung) (?:\w+ ){0,3}?(?:by )?(?:a |an |the )?(?:snake|viper|adder"
        r"|rattlesnake|rattler|cobra|copperhead|cottonmouth|scorpion|black widow|redback"
        r"|funnel web|brown recluse|spider|jellyfish|box jellyfish|stonefish|weever\w*"
        r"|lionfish|stingray)|(?:snake|viper|adder|rattlesnake|rattler|cobra|copperhead"
        r"|scorpion|spider|jellyfish|stingray|weever\w*) (?:\w+ ){0,2}?(?:bit|bitten|stung"
        r"|got)|(?:snake|scorpion|spider|jellyfish|adder) (?:bite|sting)",
        r"(?:swelling|swollen|swells|swelled|swelling up) (?:\w+ ){0,4}?(?:fast|quickly|up to"
        r"|spreading|all the way|huge|massive|badly)|(?:leg|arm|hand|foot|ankle|finger|face"
        r"|whole) (?:\w+ ){0,3}?(?:swelling|swollen|ballooning|turning (?:purple|black|blue"
        r"|dark)|going (?:purple|black|blue|dark))|dizzy|faint|fainted|passed out|collapsed"
        r"|light ?headed|vomiting|throwing up|being sick|sweating|cold sweat|shaking|trembling"
        r"|drooling|numb\w*|tingling all over|blurred vision|blurry|can not breathe|struggling"
        r" to breathe|hard to breathe|wheez\w*|heart (?:is )?racing|muscle (?:spasms|cramps)"
        r"|pain (?:\w+ ){0,3}?(?:unbearable|spreading|excruciating)",
    ),
    water=(
        r"(?:pulled|dragged|fished|rescued|got) (?:\w+ ){0,3}?(?:out of|from) (?:the |a )?"
        r"(?:water|pool|river|lake|sea|pond|canal|ice|ice hole|hole in the ice|bath|bathtub"
        r"|waves|surf)|(?:fell|went|slipped|broke) (?:\w+ ){0,2}?(?:through|into) (?:the )?"
        r"(?:ice|frozen|icy)|(?:nearly|almost) drowned|face down in (?:the )?(?:water|pool"
        r"|bath)|went under (?:the water|and)",
        r"(?:is |s |went |turned |gone )?(?:blue|grey|gray|purple)|(?:lips|face) (?:\w+ )"
        r"{0,2}?(?:blue|purple|grey|gray)|not (?:breathing|responding|moving|waking)"
        r"|unresponsive|unconscious(?<!was\sunconscious)|barely breathing|(?:can not|will not)"
        r" wake|stopped shivering|(?:shaking|shivering) (?:\w+ ){0,3}?(?:violently"
        r"|uncontrollably)|drowsy|slurring|limp|floppy|coughing up (?:water|foam)",
    ),
    pregnant=(
        r"pregnant|pregnancy",
        _EN_BLEED + r"|(?:heavy|lots of|bright red|gushing|sudden) (?:\w+ )?(?:bleeding|blood)"
        r"|(?:bleeding|blood) (?:\w+ ){0,4}?(?:cramp\w*|pain|contractions|belly (?:is )?"
        r"(?:hard|rock hard))|(?:having a )?(?:fit|seizure)|convuls\w*|fainted|passed out"
        r"|collapsed|severe (?:\w+ )?(?:belly|stomach|abdominal|tummy) pain",
    ),
    preterm=(
        r"weeks(?<=(?:[12]\d|3[0-6])\sweeks)|wks(?<=(?:[12]\d|3[0-6])\swks)|(?:five|six|seven"
        r"|eight) months",
        r"(?:waters?|water) (?:\w+ ){0,2}?(?:broke|broken|has broken|have broken|gone|went)"
        r"|contractions (?:\w+ ){0,3}?(?:every|strong|close)|(?:strong|regular) contractions"
        r"|in labou?r",
    ),
    pregnant_head=(
        r"pregnant|pregnancy",
        r"(?:worst|severe|terrible|awful|horrible|blinding|splitting|crushing|unbearable|really"
        r" bad) headache|headache (?:\w+ ){0,3}?(?:worst|severe|terrible|unbearable|pounding)",
        r"flash\w*|sparkles|stars|spots (?:in|before) (?:my|her) eyes|blurr\w*|seeing double"
        r"|zig ?zags?|(?:face|hands|feet|ankles) (?:\w+ ){0,3}?(?:swollen|swelling|puffed up)"
        r"|swelled up",
    ),
)

# de
_DE_BLEED = (
    r"(?:blutet|bluten|blutung) (?:\w+ )?(?:stark|heftig|wie verruckt|extrem|ohne ende|massiv"
    r"|unaufhorlich|ununterbrochen|total)|(?:starke|heftige|massive) (?:\w+ )?blutung|(?:viel"
    r"|so viel|uberall) blut|blut (?:\w+ ){0,2}?(?:uberall|spritzt|sprudelt|schiesst|hort nicht"
    r" auf|stoppt nicht|lasst sich nicht stoppen)|(?:blutung|bluten) (?:\w+ ){0,2}?(?:hort"
    r" nicht auf|nicht (?:zu )?stoppen|nicht (?:zu )?stillen)|blutlache|blutpfutze"
    r"|durchgeblutet|(?:kriege|kriegen|bekomme|bekommen) (?:die blutung|das bluten|das blut)"
    r" nicht gestoppt"
)
_DE = Words(
    other=(
        r"(?:mein|meine|meinen|meinem|meiner|unser|unsere|unseren|unserem|sein|seine|ihr|ihre"
        r"|der|die|den|dem) (?:\w+ )?(?:sohn|tochter|kind|kinder|kleine|kleiner|kleinen|baby"
        r"|mann|frau|partner\w*|freund\w*|vater|papa|mutter|mama|bruder|schwester|oma|opa"
        r"|onkel|tante|nachbar\w*|kolleg\w*|cousin\w*|neffe|nichte|enkel\w*|schwieger\w*|chef"
        r"|mitbewohner\w*|arbeiter)|er|sie|ihn|ihm|jemand|papa|mama|oma|opa|vater|mutter"
    ),
    distant=(
        r"vor (?:\w+ )?(?:jahren|monaten)|vor langer zeit|als kind|als jugendlich\w*|damals"
        r"|(?:gut |schon )?verheilt|ausgeheilt|geheilt|wieder (?:gut|fit|gesund)|erholt|narben?"
        r"|letztes jahr|letzten (?:sommer|winter)|im jahr (?:19|20)\d\d|film|im fernsehen"
        r"|serie|folge|sendung|erste hilfe kurs\w*|kurs|lehrgang|schulung|ubungspuppe"
        r"|simulation|roman|videospiel|doku\w*|podcast|getraumt|traum|albtraum|tierarzt\w*"
    ),
    animals=(
        r"(?:mein|meine|meinen|unser|unsere|unseren|der|die|den|ein|eine|einen) (?:\w+ )?"
        r"(?:hund|hunde|hundin|welpe|katze|kater|katzchen|pferd|pony|kuh|schaf|ziege|kalb)"
    ),
    hypothetical=(
        r"was (?:tun|man tut|man macht|zu tun ist) (?:\w+ )?(?:wenn|falls) (?:jemand|eine person"
        r"|ein kind)|wie man (?:jemandem|einer person) hilft"
    ),
    now=(r"jetzt|gerade|grad|eben|plotzlich|momentan|sofort|heute|heute abend|heute morgen"),
    poison=(
        r"pilze|pilzen|pilzgericht|pilzsuppe|pilzpfanne|pilzsammeln|schwammerl\w*|fliegenpilz"
        r"\w*|knollenblatterpilz\w*|(?:giftige|wilde|fremde|unbekannte) beeren|tollkirsch\w*"
        r"|eibe|eibennadeln|fingerhut|maiglockchen|oleander|engelstrompete\w*|stechapfel"
        r"|giftpflanze\w*|giftige pflanze\w*|pflanzenschutzmittel|pestizid\w*|insektizid\w*"
        r"|unkrautvernichter|rattengift|schneckenkorn",
        r"erbricht|erbrechen|kotzt|kotzen|ubergibt sich|ubergeben sich|spuckt (?:\w+ )?(?:die"
        r" ganze zeit|standig|dauernd)|bricht (?:standig|dauernd|immer wieder)|(?:krummt|windet"
        r"|walzt) sich (?:\w+ ){0,3}?vor (?:schmerz\w*|krampf\w*)|(?:starke|heftige|krasse"
        r"|schlimme|unertragliche) (?:bauch)?(?:schmerzen|krampfe)|bewusstlos|nicht (?:mehr )?"
        r"ansprechbar|kaum ansprechbar|wacht nicht (?:mehr )?auf|reagiert nicht|apathisch"
        r"|schlapp|krampfanfall|krampft|zuckt am ganzen korper|fantasiert|delirium|gelbe (?:augen"
        r"|haut)|(?:augen|haut) (?:\w+ ){0,2}?gelb\w*|sabbert|schaum vor dem mund|(?:mund|lippen"
        r"|zunge) (?:\w+ ){0,2}?(?:schwillt|geschwollen|brennt)",
    ),
    fumes=(
        r"(?:chlorreiniger|chlor|bleichmittel|javel\w*|domestos|wc reiniger|essigreiniger|essig"
        r"|ammoniak|salmiak\w*|abflussreiniger|rohrreiniger|entkalker|saure|reiniger) (?:\w+ )"
        r"{0,5}?(?:gemischt|gemixt|vermischt|zusammengekippt|zusammengeschuttet|zusammen"
        r" gekippt|zusammen geschuttet)|(?:gemischt|gemixt|vermischt|zusammengekippt) (?:\w+ )"
        r"{0,4}?(?:chlor\w*|ammoniak|salmiak\w*|reiniger\w*|bleichmittel)|chlorgas|giftige\w*"
        r" (?:dampf\w*|dampfe|gas\w*|rauch\w*)|(?:dampfe|gase|rauch|chlor) (?:\w+ ){0,2}?"
        r"eingeatmet|rauchvergiftung|(?:wohnung|haus|kuche|zimmer) (?:\w+ ){0,2}?(?:brennt"
        r"|in flammen)",
        r"(?:bekomm\w*|krieg\w*) (?:\w+ )?(?:kaum|keine|schlecht) (?:\w+ )?luft|keine luft"
        r"|kaum luft|atemnot|(?:kann|konnen) (?:\w+ )?(?:kaum|nicht) (?:mehr )?atmen|(?:brust"
        r"|lunge|hals|rachen) (?:\w+ ){0,2}?(?:brennt|brennen|zugeschnurt)|brennen in der"
        r" (?:brust|lunge)|(?:huste|hustet|husten) (?:\w+ ){0,3}?(?:ununterbrochen|standig|ohne"
        r" pause|pausenlos|dauernd|blut)|bewusstlos|ohnmachtig|umgekippt|zusammengebrochen"
        r"|lippen (?:\w+ ){0,2}?blau",
    ),
    medicine=(
        r"insulin|tabletten|tablette|pillen|medikament\w*|dosis|spritze|blutdrucktablette\w*"
        r"|herztablette\w*|marcumar|digitoxin|methotrexat|schlaftablette\w*",
        r"zweimal|doppelt|doppelte|zwei mal|dreimal|versehentlich|aus versehen|ausversehen"
        r"|falsche\w*|zu viel|vertauscht|verwechselt",
        r"kalte\w* schweiss|schwitz\w*|zitter\w*|verwirrt|durcheinander|benommen|schwindel\w*"
        r"|schwindlig|kaum ansprechbar|nicht ansprechbar|bewusstlos|ohnmacht\w*|umgekippt|puls"
        r" (?:\w+ ){0,3}?(?:langsam|niedrig|schwach|rast)|herz (?:\w+ ){0,2}?(?:langsam|stolpert"
        r"|rast)|zucker (?:\w+ ){0,3}?(?:niedrig|im keller|fallt)|unterzucker\w*|lallt"
        r"|schlafrig|wacht nicht auf|erbricht|erbrechen|sieht doppelt",
    ),
    injury=(
        r"(?:leiter|dach|gerust|treppe|treppen|stufen|balkon|fenster|pferd|baum|fahrrad|rad"
        r"|motorrad|roller|moped|hochsitz|mauer|felsen|dachboden|heuboden|anhanger|lkw|traktor"
        r"|baugerust)\w* (?:\w+ ){0,3}?(?:gefallen|gesturzt|runtergefallen|heruntergefallen"
        r"|abgesturzt|runtergesturzt|hinuntergefallen|hinuntergesturzt|geflogen)|(?:gefallen"
        r"|gesturzt|abgesturzt|gefallen) (?:\w+ ){0,3}?(?:von|vom|aus) (?:\w+ ){0,2}?(?:leiter"
        r"|dach|gerust|balkon|fenster|pferd|baum|fahrrad|motorrad|roller|hochsitz|mauer"
        r"|felsen|dachboden)\w*|(?:motorrad|auto|fahrrad|rad|verkehrs|arbeits|roller|moped"
        r"|traktor|ski)?unfall|angefahren|uberfahren|uberrollt|(?:baum|ast|balken|stamm|mauer"
        r"|wand|regal|schrank|maschine|palette|last|auto|traktor|decke) (?:\w+ ){0,3}?auf"
        r" (?:ihn|sie|mich|ihm|meinen|meine|seinen|seine|den|die) (?:\w+ ){0,2}?(?:gefallen"
        r"|gesturzt|gekippt|gekracht)|eingeklemmt|eingequetscht|zerquetscht|verschuttet|(?:von"
        r" einem|vom) (?:baum|ast|balken|auto) (?:\w+ )?(?:getroffen|erschlagen|erwischt)"
        r"|kettensage|flex|trennschleifer|winkelschleifer|kreissage|axt|beil|rasenmaher"
        r"|heckenschere|glasscheibe|glastur|messer abgerutscht|angeschossen|niedergestochen"
        r"|messerstich\w*|(?:hund|hunde) (?:\w+ )?(?:angegriffen|zerfleischt)",
        r"bewusstlos(?<!war\sbewusstlos)|(?:liegt) (?:\w+ ){0,2}?(?:reglos|regungslos"
        r"|bewegungslos|still)|bewegt sich nicht|reagiert nicht|nicht ansprechbar|wacht nicht"
        r" auf|ohnmachtig|(?:beine|arme|fusse) (?:\w+ ){0,2}?(?:nicht|kaum) (?:mehr )?(?:bewegen"
        r"|spuren)|spurt (?:seine|ihre|meine) beine nicht|gelahmt|querschnitt\w*|blut\w* (?:\w+ )"
        r"{0,3}?(?:aus dem|am) (?:kopf|ohr|ohren|mund|hinterkopf)|(?:kopf|ohr|ohren|hinterkopf)"
        r" (?:\w+ )?(?:blutet|bluten)|knochen (?:\w+ ){0,3}?(?:raus|heraus|durch die haut"
        r"|sichtbar|sieht man|zu sehen|schaut)|(?:man sieht|sieht man|ich sehe) (?:\w+ ){0,2}?"
        r"(?:den|die) knochen|offener bruch|offene fraktur|(?:bein|arm|fuss) (?:\w+ ){0,3}?"
        r"(?:verdreht|komisch abgewinkelt|falsch herum)|(?:schreit|schreien) (?:\w+ ){0,2}?vor"
        r" schmerz\w*|(?:finger|hand|daumen) (?:\w+ ){0,3}?(?:ab|abgetrennt|hangt nur noch)|"
        + _DE_BLEED,
    ),
    burn=(
        r"(?:heiss\w*|kochend\w*|siedend\w*) (?:\w+ )?(?:ol|fett|wasser|suppe|tee|kaffee|milch"
        r"|wachs|teer) (?:[\w,]+ ){0,4}?(?:umgekippt|verschuttet|ubergeschuttet|ubergelaufen"
        r"|gespritzt|spritzte|runtergefallen|explodiert|gekippt|ergossen)|(?:verschuttet"
        r"|umgekippt|gekippt) (?:[\w,]+ ){0,4}?(?:heiss\w*|kochend\w*) (?:\w+ )?(?:ol|fett"
        r"|wasser|suppe|tee|kaffee|milch)|(?:fritteuse|friteuse|topf|pfanne|wasserkocher"
        r"|kessel) (?:\w+ ){0,3}?"
        r"(?:umgekippt|umgefallen|runtergefallen|explodiert|fing feuer)|feuer gefangen"
        r"|in flammen|stichflamme|explosion|explodiert|verpuffung|grillanzunder|spiritus"
        r"|benzin|feuerwerk\w*|boller|saure|lauge|chemikalie\w*",
        r"haut (?:\w+ ){0,3}?(?:lost sich|geht ab|hangt|abgelost|weiss|schwarz|verkohlt"
        r"|ledrig|kommt ab|pellt sich ab)|(?:weisse|schwarze|verkohlte|ledrige) haut|(?:riesige"
        r"|riesen|handgrosse|dicke) blasen|blasen (?:\w+ ){0,3}?(?:uberall|riesig)|(?:ganze"
        r"|ganzen|gesamte) (?:\w+ )?(?:arm|bein|brust|gesicht|rucken|bauch|korper|seite|hand)"
        r" (?:\w+ ){0,3}?(?:verbrannt|verbruht|blasen)|(?:brust|gesicht|bauch|rucken|hals"
        r"|oberkorper) (?:\w+ ){0,3}?(?:verbrannt|verbruht)|(?:verbrannt|verbruht) (?:\w+ )"
        r"{0,3}?(?:brust|gesicht|bauch|rucken|hals|oberkorper)|kleidung (?:\w+ ){0,3}?(?:klebt"
        r"|eingebrannt|festgeklebt|geschmolzen)",
    ),
    bite=(
        r"(?:schlange\w*|kreuzotter|viper|skorpion\w*|spinne\w*|schwarze witwe|qualle\w*"
        r"|feuerqualle\w*|petermannchen|rochen|steinfisch) (?:\w+ ){0,3}?(?:gebissen|gestochen"
        r"|genesselt|erwischt)|(?:gebissen|gestochen) (?:\w+ ){0,4}?(?:schlange\w*|kreuzotter"
        r"|viper|skorpion\w*|spinne\w*|qualle\w*|petermannchen)|schlangenbiss|skorpionstich"
        r"|spinnenbiss|quallenstich|kreuzotterbiss",
        r"(?:schwillt|schwellung|geschwollen|angeschwollen) (?:\w+ ){0,4}?(?:schnell|immer mehr"
        r"|stark|massiv|riesig|bis)|(?:bein|arm|hand|fuss|finger|gesicht|ganze) (?:\w+ ){0,3}?"
        r"(?:schwillt|geschwollen|blau|lila|violett|schwarz)|schwindel\w*|schwindlig"
        r"|ohnmacht\w*|umgekippt|kollabiert|erbricht|erbrechen|ubergibt|kotzt|schwitzt"
        r"|schweissausbruch|zittert|sabbert|taub|kribbel\w*|atemnot|keine luft|kaum luft"
        r"|verschwommen|krampf\w*|herzrasen|schmerz\w* (?:\w+ ){0,3}?(?:unertraglich|hollisch)",
    ),
    water=(
        r"(?:aus dem|aus der|aus einem) (?:\w+ )?(?:wasser|pool|becken|schwimmbad|see|fluss"
        r"|teich|meer|kanal|eisloch|badewanne|wanne) (?:\w+ ){0,2}?(?:gezogen|geholt|gerettet"
        r"|gefischt)|(?:im|ins) eis eingebrochen|eingebrochen (?:\w+ ){0,2}?eis|fast ertrunken"
        r"|beinahe ertrunken|ertrinkt|trieb (?:\w+ ){0,3}?(?:im wasser|im pool|im becken)",
        r"(?:ist |sind )?(?:blau|grau|lila) angelaufen|(?:lippen|gesicht) (?:\w+ ){0,2}?(?:blau"
        r"|grau|lila)|ist blau|atmet (?:\w+ )?(?:nicht|kaum)|reagiert nicht"
        r"|bewusstlos(?<!war\sbewusstlos)|nicht ansprechbar|wacht nicht auf|zittert nicht mehr"
        r"|hort auf zu zittern|zittert (?:\w+ ){0,2}?unkontrolliert|lallt|apathisch|hustet"
        r" (?:\w+ ){0,2}?(?:wasser|schaum)",
    ),
    pregnant=(
        r"schwanger\w*|ssw|schwangerschaft\w*",
        _DE_BLEED + r"|(?:blut\w*|blutung) (?:\w+ ){0,4}?(?:krampf\w*|schmerz\w*|wehen|bauch"
        r" (?:\w+ )?hart)|(?:plotzlich\w*|hellrote|viel) (?:\w+ )?(?:blutung|blut)"
        r"|krampfanfall|krampft|bewusstlos|ohnmachtig|umgekippt|zusammengebrochen|(?:bauch"
        r"|unterbauch) (?:\w+ ){0,3}?(?:bretthart|steinhart|ganz hart)",
    ),
    preterm=(
        r"woche(?<=(?:[12]\d|3[0-6])\s\.\swoche)|woche(?<=(?:[12]\d|3[0-6])\swoche)"
        r"|ssw(?<=(?:[12]\d|3[0-6])\s\.\sssw)|ssw(?<=(?:[12]\d|3[0-6])\sssw)|ssw (?:[12]\d|3[0-6])"
        r"|wochen(?<=(?:[12]\d|3[0-6])\swochen)|(?:funften|sechsten|siebten|siebenten|achten)"
        r" monat",
        r"fruchtblase (?:\w+ ){0,2}?geplatzt|wasser (?:\w+ ){0,2}?abgegangen|blasensprung"
        r"|presswehen|wehen (?:\w+ ){0,3}?(?:alle|stark\w*|regelmassig\w*)|(?:starke"
        r"|regelmassige) wehen",
    ),
    pregnant_head=(
        r"schwanger\w*|ssw|schwangerschaft\w*",
        r"(?:stark\w*|heftig\w*|extrem\w*|unertraglich\w*|hollisch\w*|brutal\w*|schlimm\w*"
        r"|krass\w*) (?:\w+ )?(?:kopfschmerz\w*|kopfweh)|(?:kopfschmerz\w*|kopfweh) (?:\w+ )"
        r"{0,3}?(?:stark|heftig|extrem|unertraglich|hollisch|wie noch nie)",
        r"blitze|lichtblitze|flimmern|flimmert|sternchen|sterne|flecken vor den augen"
        r"|(?:sehe|sieht) (?:\w+ ){0,2}?(?:verschwommen|doppelt|blitze|sterne)|(?:gesicht|hande"
        r"|fusse|beine) (?:\w+ ){0,3}?(?:geschwollen|angeschwollen|schwillt)",
    ),
)

# es
_ES_BLEED = (
    r"(?:sangra|sangrando) (?:\w+ )?(?:muchisimo|mucho|a chorros|a borbotones|sin parar"
    r"|como loco)|(?:mucha|muchisima|un charco de|charco de|litros de) sangre|sangre (?:\w+ )"
    r"{0,2}?(?:a chorros|a borbotones|por todas partes|por todos lados|no para|no se detiene"
    r"|no se corta|a mares)|no (?:puedo|podemos|consigo|conseguimos) (?:parar|detener|cortar)"
    r" (?:la |el )?(?:sangre|hemorragia|sangrado)|(?:la sangre|la hemorragia|el sangrado)"
    r" (?:\w+ ){0,2}?no (?:para|se detiene|se corta)|hemorragia|empapad\w* (?:\w+ ){0,2}?de"
    r" sangre"
)
_ES = Words(
    other=(
        r"(?:mi|mis|su|sus|el|la|nuestro|nuestra) (?:\w+ )?(?:hij[oa]s?|nin[oa]s?|bebe|nene"
        r"|nena|peque\w*|marido|esposo|esposa|mujer|novi[oa]|pareja|padre|papa|madre|mama"
        r"|herman[oa]|abuel[oa]|ti[oa]|amig[oa]|vecin[oa]|compa\w*|colega|prim[oa]"
        r"|sobrin[oa]|niet[oa]|suegr[oa]|cunad[oa]|jefe|trabajador|chaval|crio|cria)|ella"
        r"|alguien|(?:un|una) (?:hombre|senor|senora|mujer|chico|chica|nino|nina|obrero"
        r"|ciclista|motorista)|papa|mama|abuel[oa]"
    ),
    distant=(
        r"hace (?:\w+ )?(?:anos|meses)|de (?:nino|nina|pequen[oa]|chic[oa])|cuando (?:era|tenia)"
        r"|ya (?:esta|estoy) (?:bien|curad\w*|recuperad\w*)|se (?:curo|recupero)|me recupere"
        r"|curad[oa]|cicatri\w*|el ano pasado|en (?:19|20)\d\d|pelicula|serie|capitulo|episodio"
        r"|en la tele|curso|cursillo|simulacro|maniqui|novela|videojuego|documental|podcast"
        r"|sone|sueno|pesadilla|veterinari[oa]"
    ),
    animals=(
        r"(?:mi|mis|nuestro|nuestra|el|la|un|una) (?:\w+ )?(?:perr[oa]s?|perrit[oa]|cachorr[oa]"
        r"|gat[oa]s?|gatit[oa]|caballo|yegua|vaca|oveja|cabra|mascota|ternero)"
    ),
    hypothetical=(
        r"que (?:hacer|se hace|hay que hacer) (?:si|cuando) (?:alguien|una persona|un nino)"
        r"|como ayudar a (?:alguien|una persona)"
    ),
    now=(
        r"ahora|ahorita|acaba|acabo|de repente|en este momento|ya mismo|hoy|esta manana"
        r"|esta tarde|esta noche"
    ),
    poison=(
        r"setas|seta|hongos|champinones del campo|(?:bayas|frutos) (?:\w+ )?(?:silvestres"
        r"|venenos\w*|del monte)|adelfa|cicuta|belladona|estramonio|floripondio|burundanga"
        r"|ricino|dieffenbachia|planta\w* venenosa\w*|veneno para ratas|matarratas|raticida"
        r"|pesticida\w*|insecticida\w*|herbicida\w*|plaguicida\w*|glifosato",
        r"vomit\w*|devuelve|devolviendo|(?:se retuerce|retorciendose|se dobla|doblad[oa])"
        r" (?:\w+ ){0,2}?de dolor|(?:dolor\w*|retortijon\w*|colico\w*) (?:\w+ ){0,2}?"
        r"(?:fortisim\w*|horrible\w*|insoportable\w*|terrible\w*|muy fuerte\w*)|inconsciente"
        r"|no responde|no reacciona|no (?:se )?despierta|desmayad[oa]|se desmayo|convuls\w*"
        r"|delira|delirando|babea|babeando|espuma por la boca|ojos amarillos|piel amarilla"
        r"|muy somnolient[oa]|adormilad[oa]|muy floj[oa]",
    ),
    fumes=(
        r"(?:lejia|cloro|amoniaco|salfuman|acido|vinagre|desatascador|limpiador\w*|antical"
        r"|productos de limpieza) (?:\w+ ){0,5}?(?:mezcl\w*|juntado|junte)|(?:mezcl\w*|junte"
        r"|juntado) (?:\w+ ){0,4}?(?:lejia|cloro|amoniaco|salfuman|acido|limpiador\w*"
        r"|productos)|(?:gases|vapores|humo\w*) (?:\w+ ){0,3}?(?:toxic\w*|de la lejia|del cloro"
        r"|quimic\w*)|gas cloro|(?:inhalado|respirado|aspirado|inhale|inhalo) (?:\w+ ){0,3}?"
        r"(?:gases|vapores|humo|cloro|lejia|amoniaco)|intoxicacion por humo|(?:la casa|el piso"
        r"|la cocina|el edificio) (?:\w+ ){0,2}?(?:se quema|ardiendo|en llamas|se incendio)",
        r"(?:me cuesta|le cuesta|cuesta|no puedo|no puede|apenas puedo|apenas puede) (?:\w+ )?"
        r"respirar|(?:me falta|le falta|falta) (?:el )?aire|me ahogo|se ahoga|ahogando\w*"
        r"|asfixi\w*|(?:me arde|le arde|arde|ardor en|quema) (?:\w+ ){0,2}?(?:el pecho"
        r"|la garganta|los pulmones)|tos\w* (?:\w+ ){0,2}?(?:sin parar|no para|sangre)|no para"
        r" de toser|desmay\w*|inconsciente|labios (?:\w+ )?(?:morados|azules)",
    ),
    medicine=(
        r"insulina|pastillas?|pildoras?|comprimidos?|medicamentos?|medicinas?|dosis"
        r"|inyeccion\w*|pinchazo|sintrom|warfarina|digoxina|metotrexato|litio|morfina"
        r"|parche\w*",
        r"dos veces|doble|dos dosis|tres veces|por error|por equivocacion|sin querer"
        r"|se confundio|me confundi|se equivoco|me equivoque|de mas|equivocad[oa]s?",
        r"sudor frio|suda|sudando|sudoros\w*|temblor\w*|temblando|tiembla|tiemblo|confus\w*"
        r"|desorientad\w*|muy maread\w*|se desmay\w*|desmay\w*|inconsciente|no responde"
        r"|no (?:se )?despierta|somnolient\w*|(?:pulso|corazon) (?:\w+ ){0,3}?(?:lent\w*|bajo"
        r"|debil|acelerad\w*)|azucar (?:\w+ ){0,3}?baj\w*|hipoglucemia|palid\w*|balbucea"
        r"|arrastra las palabras|vomit\w*|vision borrosa",
    ),
    injury=(
        r"(?:se cayo|se ha caido|ha caido|cayo|me cai|me he caido|resbalo|se resbalo) (?:\w+ )"
        r"{0,3}?(?:de|del|desde|por) (?:la |el |las |los |un |una )?(?:\w+ )?(?:escalera\w*"
        r"|tejado|techo|andamio|balcon|ventana|caballo|arbol|bici\w*|moto\w*|muro|pared"
        r"|acantilado|azotea|segundo piso|tercer piso|altura|remolque|camion|tractor)"
        r"|accidente|choque|se estrello|atropell\w*|arrollad\w*|(?:le|les|me|nos) (?:cayo"
        r"|ha caido) (?:\w+ ){0,2}?(?:arbol|rama|tronco|viga|muro|pared|coche|tractor|mueble"
        r"|armario|estanteria|maquina|roca|piedra)|(?:arbol|rama|tronco|viga|muro"
        r"|pared|coche|tractor|mueble|armario|estanteria|palet|maquina|roca|piedra) (?:\w+ )"
        r"{0,3}?(?:le cayo|se le cayo|cayo encima|me cayo|le aplasto|lo aplasto|la aplasto"
        r"|le golpeo|lo golpeo)|(?:aplastad[oa]|atrapad[oa]|aprisionad[oa]|sepultad[oa]) (?:\w+ )"
        r"{0,2}?(?:debajo|bajo|entre)|motosierra|radial|amoladora|sierra circular|hacha|machete"
        r"|cortacesped|desbrozadora|puerta de cristal|mampara|el cuchillo se resbalo|se me"
        r" resbalo el cuchillo|apunalad[oa]|acuchillad[oa]|le dispararon|balazo|navajazo"
        r"|punalada|perro\w* (?:\w+ ){0,3}?(?:ataco|atacaron)",
        r"inconsciente(?<!estaba\sinconsciente)(?<!estuvo\sinconsciente)|no (?:se mueve"
        r"|responde|reacciona|despierta|se despierta|respira)|sin (?:conocimiento|sentido)"
        r"|no (?:puede mover|siente|puedo mover|siento) (?:\w+ )?(?:las piernas|los brazos"
        r"|nada)|(?:sangr\w*|sale sangre|echa sangre) (?:\w+ ){0,3}?(?:de la cabeza|del oido"
        r"|de los oidos|por la boca|por el oido|de la oreja)|(?:la cabeza|el oido|la oreja)"
        r" (?:\w+ )?(?:sangra|sangrando)|hueso (?:\w+ ){0,3}?(?:fuera|afuera|por fuera|salido"
        r"|saliendo|asoma|asomando|se ve|al aire)|(?:se ve|se le ve|veo|le veo) (?:\w+ ){0,2}?"
        r"(?:el )?hueso|fractura (?:abierta|expuesta)|(?:pierna|brazo|pie|tobillo|cadera)"
        r" (?:\w+ ){0,3}?(?:torcid\w*|doblad\w*|girad\w*) (?:\w+ ){0,2}?(?:hacia atras|al reves"
        r"|de forma rara|para el otro lado)|(?:grita|gritando|chilla\w*) (?:\w+ ){0,2}?de dolor"
        r"|(?:dedo|dedos|mano) (?:\w+ ){0,3}?(?:amputad\w*|cortad\w* de cuajo|colgando"
        r"|arrancad\w*)|" + _ES_BLEED,
    ),
    burn=(
        r"(?:aceite|agua|sopa|leche|cafe|cera|grasa|caldo) (?:\w+ )?(?:hirviendo|hirviente"
        r"|ardiendo|muy caliente|caliente) (?:[\w,]+ ){0,4}?(?:se (?:me |le )?(?:cayo|volco"
        r"|derramo|vertio)|salpico|salto|encima|volco|cayo)|(?:se (?:me |le )?(?:cayo|volco"
        r"|derramo|vertio)|volque|derrame|tire) (?:[\w,]+ ){0,4}?(?:aceite|agua|sopa|leche"
        r"|cafe|caldo) (?:\w+ )?(?:hirviendo|hirviente|caliente)|(?:freidora|olla|sarten|cazo"
        r"|hervidor"
        r"|tetera) (?:\w+ ){0,3}?(?:volco|cayo|se vino|exploto|se incendio|se derramo)|fuego"
        r"|llamas|incendio|explosion|exploto|bombona|gasolina|alcohol de quemar|barbacoa"
        r"|petardo\w*|acido|sosa caustica|quimico\w*",
        r"piel (?:\w+ ){0,3}?(?:se cae|se le cae|se despega|se desprende|colgando|cayendose"
        r"|se levanto|se levanta|blanca|negra|carbonizada|acartonada|levantada)|ampollas"
        r" (?:\w+ ){0,3}?(?:enormes|gigantes|por todas partes|por todo)|(?:enormes|gigantes)"
        r" ampollas|(?:todo el|toda la|todo su|toda su|todo mi|toda mi) (?:\w+ )?(?:brazo"
        r"|pierna|pecho|cara|espalda|barriga|cuerpo|mano|costado) (?:\w+ ){0,3}?(?:quemad\w*"
        r"|ampollas|escaldad\w*)|(?:pecho|cara|barriga|espalda|cuello|torso|abdomen) (?:\w+ )"
        r"{0,3}?(?:quemad\w*|escaldad\w*)|(?:quemad\w*|se quemo|me queme|escaldad\w*) (?:\w+ )"
        r"{0,3}?(?:el pecho|la cara|la barriga|la espalda|el cuello|el torso)|ropa (?:\w+ )"
        r"{0,3}?(?:pegada|derretida) (?:a|en) la piel",
    ),
    bite=(
        r"(?:serpiente|vibora|culebra|cascabel|escorpion|alacran|arana|viuda negra|medusa"
        r"|aguamala|pez escorpion|pez arana|raya|pez piedra|escolopendra|ciempies) (?:\w+ )"
        r"{0,3}?(?:mordio|pico|picado|mordido)|(?:mordid[oa]|picad[oa]|mordedura|picadura)"
        r" (?:\w+ ){0,3}?(?:serpiente|vibora|culebra|cascabel|escorpion|alacran|arana"
        r"|viuda negra|medusa|raya|escolopendra)|(?:le|me|nos|les) (?:ha )?(?:mordio|pico"
        r"|picado|mordido) (?:una |un |el |la )?(?:serpiente|vibora|culebra|escorpion|alacran"
        r"|arana|medusa|raya)",
        r"(?:se (?:le |me )?(?:esta )?hinch\w*|hinchad\w*|hinchazon|inflamad\w*) (?:\w+ ){0,4}?"
        r"(?:rapid\w*|muchisim\w*|mucho|cada vez mas|enorme|hasta)|(?:pierna|brazo|mano|pie"
        r"|dedo|cara|tobillo) (?:\w+ ){0,3}?(?:hinchad\w*|hinchandose|se hincha|morad\w*"
        r"|negr\w*|amoratad\w*)|marea\w*|desmay\w*|vomit\w*|suda|sudando|sudor frio|temblando"
        r"|tiembla|babea\w*|entumecid\w*|hormigue\w*|vision borrosa|no (?:puedo|puede)"
        r" respirar|(?:le|me) cuesta respirar|(?:le|me) falta el aire|taquicardia|calambres"
        r"|espasmos|dolor (?:\w+ ){0,2}?(?:insoportable|horrible|terrible)",
    ),
    water=(
        r"(?:sacamos|sacaron|saque|sacado|rescatamos|rescataron) (?:\w+ ){0,3}?(?:del agua"
        r"|de la piscina|del rio|del lago|del mar|de la alberca|del pantano|del canal"
        r"|de la banera|del hielo)|casi se ahoga|se estaba ahogando|ahogandose|se cayo (?:\w+ )"
        r"{0,2}?(?:al agua|a la piscina|al rio|al lago|al mar)|(?:se rompio|rompio) el hielo"
        r"|flotando (?:\w+ ){0,2}?(?:en el agua|en la piscina|boca abajo)",
        r"(?:esta |se puso |se ha puesto )?(?:azul|morad[oa]|gris)|labios (?:\w+ )?(?:morados"
        r"|azules)|no respira|apenas respira|respira (?:muy )?(?:mal|raro)|no (?:responde"
        r"|reacciona|se mueve|despierta)|inconsciente(?<!estaba\sinconsciente)|dejo de temblar"
        r"|tiembla (?:\w+ ){0,2}?(?:sin parar|sin control)|adormilad\w*|tose (?:\w+ )?agua",
    ),
    pregnant=(
        r"embarazada|embarazo|encinta",
        _ES_BLEED + r"|(?:sangr\w*|sangre) (?:\w+ ){0,4}?(?:dolor\w*|contraccion\w*"
        r"|colico\w*|retortijon\w*|tripa dura|barriga dura|vientre dur\w*)|(?:sangrado|sangre)"
        r" (?:\w+ )?(?:abundante|fuerte|rojo vivo|de golpe)|convuls\w*|desmay\w*"
        r"|inconsciente",
    ),
    preterm=(
        r"semanas(?<=(?:[12]\d|3[0-6])\ssemanas)|(?:quinto|sexto|septimo|octavo) mes"
        r"|(?:cinco|seis|siete|ocho) meses|meses(?<=[5-8]\smeses)",
        r"(?:rompi|rompio|rompieron|se rompio|se me rompio|se le rompio|he roto|ha roto"
        r"|roto) (?:\w+ ){0,2}?(?:aguas|la bolsa|fuente)|contracciones (?:\w+ ){0,3}?(?:cada"
        r"|fuertes|muy|seguidas|regulares)|(?:fuertes|muchas) contracciones|de parto",
    ),
    pregnant_head=(
        r"embarazada|embarazo|encinta",
        r"(?:dolor de cabeza|migrana|jaqueca) (?:\w+ ){0,2}?(?:fortisim\w*|horrible|muy fuerte"
        r"|insoportable|terrible|brutal)",
        r"lucecitas|luces|destellos|chispas|puntitos|estrellitas|vision borrosa|veo borroso"
        r"|veo doble|hinchad\w*|se me hincharon|se le hincharon",
    ),
)

# fr
_FR_BLEED = (
    r"(?:saigne|saignent) (?:\w+ )?(?:beaucoup|enormement|abondamment|a flots|sans arret"
    r"|non stop|partout|de partout)|(?:beaucoup|enormement|plein|une mare|une flaque"
    r"|des litres) (?:de |d )sang|sang (?:\w+ ){0,2}?(?:partout|gicle|jaillit|coule a flots"
    r"|s arrete pas|n arrete pas)|(?:arrive|arrivons|peux|peut|pouvons) (?:pas|plus) a"
    r" (?:arreter|stopper) (?:le sang|le saignement|l hemorragie)|(?:ca|le sang|le saignement)"
    r" (?:ne )?s arrete pas|hemorragie|pisse le sang|(?:trempe|imbibe)\w* de sang|ca gicle"
)
_FR = Words(
    other=(
        r"(?:mon|ma|mes|son|sa|ses|notre|nos|le|la) (?:\w+ )?(?:fils|fille|enfant|enfants|bebe"
        r"|petit|petite|gamin\w*|mari|femme|copain|copine|conjoint\w*|pere|papa|mere|maman"
        r"|frere|soeur|grand mere|grand pere|mamie|papi|papy|oncle|tante|ami|amie|pote"
        r"|voisin\w*|collegue|cousin\w*|neveu|niece|beau pere|belle mere|beau frere"
        r"|belle soeur|chef|patron|ouvrier)|il|elle|lui|quelqu un|un (?:homme|monsieur|gars"
        r"|mec|enfant|ouvrier|cycliste|motard)|une (?:femme|dame)|papa|maman|mamie|papi"
    ),
    distant=(
        r"il y a (?:\w+ )?(?:ans|annees|mois)|quand j etais|autrefois|gueri\w*|cicatri\w*"
        r"|(?:tout va|ca va|je vais|il va|elle va) (?:tres )?bien|remis\w*"
        r"|l annee derniere|en (?:19|20)\d\d|film|serie|episode|emission|a la tele|cours"
        r"|formation|secourisme|psc1|stage|mannequin|roman|jeu video|documentaire|podcast"
        r"|reve|cauchemar|veterinaire|veto"
    ),
    animals=(
        r"(?:mon|ma|notre|le|la|un|une) (?:\w+ )?(?:chien|chienne|chiot|chat|chatte|chaton"
        r"|cheval|jument|poney|vache|mouton|chevre|veau)"
    ),
    hypothetical=(
        r"(?:que|quoi) faire (?:si|quand|lorsque) (?:quelqu un|une personne|un enfant)|comment"
        r" aider (?:quelqu un|une personne)"
    ),
    now=(
        r"maintenant|actuellement|vient|viens|d un coup|soudain|en ce moment|aujourd hui|ce"
        r" matin|ce soir"
    ),
    poison=(
        r"champignons?|cepes|girolles|amanite\w*|(?:baies|fruits) (?:\w+ )?(?:sauvages"
        r"|toxiques|inconnu\w*)|laurier rose|digitale|cigue|belladone|datura|muguet|aconit"
        r"|ricin|dieffenbachia|plante\w* (?:toxique\w*|veneneuse\w*)|mort aux rats|raticide"
        r"|pesticide\w*|insecticide\w*|desherbant|herbicide\w*|glyphosate",
        r"vomit\w*|vomissement\w*|degueule\w*|(?:se tord|tordu|plie en deux|se roule par"
        r" terre) (?:\w+ ){0,3}?(?:de )?douleur|(?:douleur\w*|crampes?|mal au ventre) (?:\w+ )"
        r"{0,3}?(?:atroce\w*|terrible\w*|horrible\w*|insupportable\w*)|inconscient\w*|ne repond"
        r" (?:plus|pas)|ne reagit (?:plus|pas)|ne se reveille pas|evanoui\w*|convuls\w*"
        r"|delire|delirant\w*|bave|ecume|yeux jaunes|peau jaune|jaunisse|somnolent\w*"
        r"|tout mou|toute molle",
    ),
    fumes=(
        r"(?:javel|eau de javel|chlore|ammoniaque|acide|vinaigre|destop|deboucheur|detartrant"
        r"|anticalcaire|produits? (?:menager\w*|d entretien)) (?:\w+ ){0,5}?(?:melang\w*"
        r"|mix\w*)|(?:melang\w*|mix\w*) (?:\w+ ){0,4}?(?:javel|chlore|ammoniaque|acide"
        r"|vinaigre|produits?)|(?:vapeurs?|fumees?) (?:\w+ ){0,3}?(?:toxique\w*|de javel"
        r"|de chlore|chimique\w*)|gaz (?:toxique|chlore)|(?:inhale|respire|aspire) (?:\w+ )"
        r"{0,3}?(?:vapeurs?|fumees?|chlore|javel)|intoxication (?:a la |aux )?fumee\w*"
        r"|(?:maison|appart\w*|cuisine|immeuble) (?:\w+ ){0,2}?(?:en feu|en flammes|brule)",
        r"(?:du mal a|mal a|peine a|n arrive (?:plus|pas) a|arrive plus a|peux plus|peux pas"
        r"|peut plus|peut pas) respirer|j etouffe|il etouffe|elle etouffe|suffoque\w*"
        r"|manque d air|(?:brule|brulure|feu) (?:\w+ ){0,2}?(?:la poitrine|la gorge|les poumons"
        r"|dans la poitrine|dans la gorge)|(?:poitrine|gorge|poumons) (?:\w+ ){0,2}?(?:brule\w*"
        r"|en feu)|tousse (?:\w+ ){0,3}?(?:sans arret|non stop|sans s arreter|du sang)"
        r"|evanoui\w*|inconscient\w*|s est effondre\w*|tombe\w* dans les pommes|levres (?:\w+ )?"
        r"bleues",
    ),
    medicine=(
        r"insuline|comprimes?|cachets?|pilules?|medicaments?|medocs?|dose|doses|injection"
        r"|piqure|sintrom|previscan|coumadine|digoxine|methotrexate|lithium|morphine|patch\w*",
        r"deux fois|double dose|double|trois fois|par erreur|par megarde|sans faire expres"
        r"|me suis trompe\w*|s est trompe\w*|trompe\w* de|en trop|oublie qu (?:il|elle|j) (?:l )?"
        r"avai\w*",
        r"sueurs? froides?|transpire\w*|tremble\w*|confus\w*|desoriente\w*|embrouill\w*"
        r"|vertige\w*|la tete (?:\w+ )?tourne|tete qui tourne|etourdi\w*|evanoui\w*"
        r"|inconscient\w*|ne repond plus|ne se reveille pas|somnolent\w*|(?:pouls|coeur) (?:\w+ )"
        r"{0,3}?(?:lent\w*|faible\w*|bas|rapide\w*|s emballe)|(?:sucre|glycemie) (?:\w+ ){0,3}?"
        r"(?:bas|basse|chute|tombe)|hypo|hypoglycemie|vomit\w*|vision floue|voit double",
    ),
    injury=(
        r"(?:tombe\w*|chute|degringole\w*|glisse\w*) (?:\w+ ){0,3}?(?:de|du|des|d une|d un"
        r"|dans|depuis|par) (?:la |le |l |les |un |une )?(?:\w+ )?(?:echelle|toit|echafaudage"
        r"|escalier\w*|marches|balcon|fenetre|cheval|arbre|velo|moto|scooter|mur|falaise"
        r"|hauteur|etage|remorque|camion|tracteur|grenier|mezzanine)|accident|accidente\w*"
        r"|percute\w*|renverse\w* par|fauche\w*|(?:arbre|branche|poutre|tronc|mur|voiture"
        r"|tracteur|meuble|armoire|etagere|palette|machine|rocher|charge) (?:\w+ ){0,3}?(?:tombe"
        r"\w*|s est effondre\w*|a roule|est tombe\w*) (?:\w+ ){0,2}?sur (?:lui|elle|moi|mon|ma"
        r"|son|sa|les|la|le)|(?:coince\w*|bloque\w*|ecrase\w*) (?:\w+ ){0,2}?(?:sous|entre)"
        r"|tronconneuse|meuleuse|disqueuse|scie circulaire|hache|machette|tondeuse"
        r"|debroussailleuse|baie vitree|porte vitree|le couteau a glisse|poignarde\w*|coup de"
        r" couteau|coup de feu|blesse\w* par balle|chien\w* (?:\w+ ){0,3}?attaque\w*",
        r"inconscient\w*(?<!etait\sinconscient)(?<!etait\sinconsciente)(?<!etais\sinconscient)"
        r"(?<!etais\sinconsciente)|ne (?:bouge|repond"
        r"|reagit|respire|se reveille) (?:plus|pas)|sans connaissance|perdu connaissance"
        r"|(?:ne sent plus|peut plus bouger|peut pas bouger|sent plus) (?:\w+ )?(?:ses |mes )?"
        r"(?:jambes|bras)|(?:sang\w*|saigne\w*) (?:\w+ ){0,3}?(?:de la tete|des oreilles"
        r"|de l oreille|du crane|par l oreille|par la bouche)|(?:la tete|l oreille|le crane)"
        r" (?:\w+ )?(?:saigne|en sang|ouvert\w*)|os (?:\w+ ){0,3}?(?:sort|sorti|ressort"
        r"|depasse|visible|a l air)|(?:on voit|je vois|voit) (?:\w+ ){0,2}?l os|fracture"
        r" ouverte|(?:jambe|bras|pied|cheville|hanche) (?:\w+ ){0,3}?(?:tordu\w*|retourne\w*"
        r"|a l envers|dans un angle bizarre)|(?:hurle|crie) (?:\w+ ){0,2}?de douleur|(?:doigt"
        r"|doigts|main) (?:\w+ ){0,3}?(?:sectionne\w*|arrache\w*|pend\w*)|" + _FR_BLEED,
    ),
    burn=(
        r"(?:huile|eau|soupe|lait|cafe|cire|graisse|friture) (?:\w+ )?(?:bouillante|brulante"
        r"|tres chaude|chaude) (?:[\w,]+ ){0,4}?(?:renvers\w*|tombe\w*|eclabousse\w*"
        r"|projete\w*|gicle|dessus|sur (?:moi|lui|elle|mon|ma|son|sa))|(?:renverse\w*"
        r"|fait tomber) (?:[\w,]+ ){0,4}?(?:huile|eau|soupe|lait|cafe) (?:\w+ )?(?:bouillante"
        r"|brulante|chaude)|(?:friteuse|casserole|poele|marmite|bouilloire|cocotte)"
        r" (?:\w+ ){0,3}?(?:renvers\w*|tomb\w*|explos\w*|pris feu)|pris feu|flammes|incendie"
        r"|explosion|explose|bouteille de gaz|essence|alcool a bruler|barbecue|petard\w*"
        r"|feux d artifice|acide|soude",
        r"peau (?:\w+ ){0,3}?(?:part|partie|se decolle|decollee|pend|s en va|arrachee|blanche"
        r"|noire|carbonisee|cartonnee|en lambeaux)|(?:enormes|grosses|gigantesques) cloques"
        r"|cloques (?:\w+ ){0,3}?(?:partout|enormes)|(?:tout le|toute la|tout son|toute sa"
        r"|tout mon|toute ma) (?:\w+ )?(?:bras|jambe|poitrine|visage|dos|ventre|corps|main"
        r"|torse) (?:\w+ ){0,3}?(?:brule\w*|cloque\w*|ebouillant\w*)|(?:poitrine|visage|ventre"
        r"|dos|cou|torse) (?:\w+ ){0,3}?(?:brule\w*|ebouillant\w*)|(?:brule\w*|ebouillant\w*)"
        r" (?:\w+ ){0,3}?(?:la poitrine|le visage|le ventre|le dos|le torse|au visage"
        r"|a la poitrine)|vetements (?:\w+ ){0,3}?(?:colle\w*|fondu\w*) (?:a|sur) la peau",
    ),
    bite=(
        r"(?:serpent|vipere|aspic|scorpion|araignee|veuve noire|meduse|vive|raie|poisson pierre"
        r"|scolopendre) (?:\w+ ){0,3}?(?:mordu\w*|pique\w*)|(?:mordu\w*|pique\w*|morsure"
        r"|piqure) (?:\w+ ){0,3}?(?:serpent|vipere|scorpion|araignee|veuve noire|meduse|vive"
        r"|raie|scolopendre)",
        r"(?:gonfle\w*|enfle\w*|oedeme) (?:\w+ ){0,4}?(?:vite|a vue d oeil|enormement|de plus"
        r" en plus|jusqu)|(?:jambe|bras|main|pied|doigt|visage|cheville) (?:\w+ ){0,3}?"
        r"(?:gonfle\w*|enfle\w*|violet\w*|noir\w*)|vertige\w*|tete qui tourne|la tete tourne"
        r"|evanoui\w*|malaise|vomit\w*|sueurs?|transpire\w*|tremble\w*|bave|engourdi\w*"
        r"|fourmill\w*|vision floue|du mal a respirer|respire mal|peut plus respirer|coeur"
        r" (?:\w+ )?s emballe|crampes|douleur (?:\w+ ){0,2}?(?:atroce|insupportable)",
    ),
    water=(
        r"(?:sorti\w*|repeche\w*|tire\w*|sauve\w*) (?:\w+ ){0,3}?(?:de l eau|de la piscine"
        r"|de la riviere|du lac|de la mer|du canal|de la baignoire|du trou|de la glace"
        r"|des vagues)|noyade|a failli se noyer|se noyait|en train de se noyer|(?:tombe\w*"
        r"|passe\w*) (?:\w+ ){0,2}?(?:a travers la glace|sous la glace|dans l eau glacee"
        r"|dans le lac gele)|flott\w* (?:\w+ ){0,2}?(?:face contre l eau|la tete sous l eau)",
        r"(?:est |devenu\w* )?(?:bleu|bleue|violet\w*|gris\w*)|levres (?:\w+ )?(?:bleues"
        r"|violettes)|ne respire (?:plus|pas)|respire (?:a peine|mal|bizarrement)|ne (?:repond"
        r"|reagit|bouge) (?:plus|pas)|inconscient\w*(?<!etait\sinconscient)|ne tremble plus"
        r"|a arrete de trembler|tremble (?:\w+ ){0,2}?(?:sans arret|de partout)|somnolent\w*"
        r"|tout mou|toute molle|tousse de l eau",
    ),
    pregnant=(
        r"enceinte|grossesse",
        _FR_BLEED + r"|(?:saign\w*|sang|pertes de sang) (?:\w+ ){0,4}?(?:douleur\w*"
        r"|contraction\w*|crampe\w*|mal au ventre|ventre (?:\w+ )?dur)|convuls\w*|evanoui\w*"
        r"|inconscient\w*|s est effondre\w*",
    ),
    preterm=(
        r"semaines(?<=(?:[12]\d|3[0-6])\ssemaines)|sa(?<=(?:[12]\d|3[0-6])\ssa)|(?:cinq|six"
        r"|sept|huit) mois|(?:cinquieme|sixieme|septieme|huitieme) mois|mois(?<=[5-8]\smois)",
        r"(?:perdu|perd|rompu\w*|rupture de) (?:\w+ ){0,2}?(?:les eaux|la poche des eaux|poche"
        r" des eaux)|poche des eaux (?:\w+ )?(?:rompue|percee|a rompu|a lache)|contractions"
        r" (?:\w+ ){0,3}?(?:toutes les|fortes|tres fortes|regulieres|rapprochees)|(?:fortes"
        r"|grosses) contractions|en travail",
    ),
    pregnant_head=(
        r"enceinte|grossesse",
        r"mal (?:a la|de) tete (?:\w+ )?(?:horrible|atroce|terrible|enorme|tres fort"
        r"|insupportable|affreux)|(?:migraine|cephalee) (?:\w+ )?(?:horrible|atroce|terrible"
        r"|insupportable)",
        r"(?:des )?(?:petites )?lumieres|flashs|eclairs|mouches|etoiles|vision floue"
        r"|vois flou|vois trouble|gonfle\w*|enfle\w*|oedeme\w*",
    ),
)

# it
_IT_BLEED = (
    r"(?:sanguina|sanguinando) (?:\w+ )?(?:tantissimo|molto|moltissimo|a fiotti|senza sosta"
    r"|senza fermarsi)|(?:tanto|tantissimo|un sacco di|una pozza di|pozza di|un lago di)"
    r" sangue|sangue (?:\w+ ){0,2}?(?:a fiotti|dappertutto|ovunque|non si ferma|non smette"
    r"|a fontana|zampilla)|non (?:riesco|riusciamo) a (?:fermare|bloccare) (?:il |l )?"
    r"(?:sangue|sanguinamento|emorragia)|(?:il sangue|l emorragia|il sanguinamento) (?:\w+ )"
    r"{0,2}?non si ferma|emorragia|zampilla|(?:intris\w*|zupp\w*) di sangue"
)
_IT = Words(
    other=(
        r"(?:mio|mia|miei|mie|suo|sua|il|la|nostro|nostra) (?:\w+ )?(?:figli[oa]|bambin[oa]"
        r"|bimb[oa]|piccol[oa]|neonat[oa]|marito|moglie|compagn[oa]|ragazz[oa]|padre|papa"
        r"|madre|mamma|fratello|sorella|nonn[oa]|zi[oa]|amic[oa]|vicin[oa]|collega|cugin[oa]"
        r"|nipote|suocer[oa]|cognat[oa]|capo|operaio)|lui|lei|qualcuno|(?:un|uno) (?:uomo"
        r"|signore|ragazzo|bambino|operaio|ciclista|motociclista)|una (?:donna|signora"
        r"|ragazza|bambina)|papa|mamma|nonn[oa]"
    ),
    distant=(
        r"anni fa|mesi fa|da piccol[oa]|da bambin[oa]|quando ero|guarit[oa]|cicatri\w*"
        r"|(?:sto|sta|stanno) bene|tutto (?:bene|a posto)"
        r"|l anno scorso|nel (?:19|20)\d\d|film|serie|puntata|episodio|in tv|corso|formazione"
        r"|esercitazione|manichino|romanzo|videogioco|documentario|podcast|sognato|sogno|incubo"
        r"|veterinari[oa]"
    ),
    animals=(
        r"(?:mio|mia|il|la|nostro|nostra|un|una) (?:\w+ )?(?:cane|cagnolin[oa]|cucciolo|gatt[oa]"
        r"|gattin[oa]|cavallo|pony|mucca|pecora|capra|vitello)"
    ),
    hypothetical=(
        r"cosa (?:fare|si fa) (?:se|quando) (?:qualcuno|una persona|un bambino)|come aiutare"
        r" (?:qualcuno|una persona)"
    ),
    now=(
        r"adesso|ora|appena|all improvviso|improvvisamente|in questo momento|oggi|stamattina"
        r"|stasera"
    ),
    poison=(
        r"funghi|fungo|porcini|amanit\w*|bacche|oleandro|cicuta|belladonna|stramonio|mughetto"
        r"|aconito|ricino|dieffenbachia|piant\w* velenos\w*|topicida|veleno per topi"
        r"|pesticid\w*|insetticid\w*|diserbante|erbicid\w*|glifosato",
        r"vomita|vomitando|vomito|vomitato|rimette|rimettendo|rigetta|(?:si contorce"
        r"|contorcendosi|piegat[oa] in due|si rotola) (?:\w+ ){0,3}?(?:dal |di )?dolor\w*"
        r"|(?:dolor\w*|crampi|mal di pancia) (?:\w+ ){0,3}?(?:fortissim\w*|atroc\w*|terribil\w*"
        r"|insopportabil\w*)|incosciente|svenut[oa]|non risponde|non reagisce|non si sveglia"
        r"|convulsion\w*|delira|delirio|sbava|schiuma alla bocca|occhi gialli|pelle gialla"
        r"|sonnolent\w*|molto assonnat\w*",
    ),
    fumes=(
        r"(?:candeggina|varechina|cloro|ammoniaca|acido|aceto|anticalcare|disgorgante"
        r"|idraulico liquido|viakal|prodotti per la pulizia) (?:\w+ ){0,5}?(?:mescolat\w*"
        r"|mischiat\w*|mescolando|mischiando)|(?:mescolat\w*|mischiat\w*|mescolando|mischiando)"
        r" (?:\w+ ){0,4}?(?:candeggina|varechina|cloro|ammoniaca|acido|aceto|anticalcare"
        r"|prodott\w*)|(?:fumi|vapori|esalazioni) (?:\w+ ){0,3}?(?:tossic\w*|della candeggina"
        r"|del cloro|chimic\w*)|gas (?:tossico|cloro)|(?:inalato|respirato|aspirato) (?:\w+ )"
        r"{0,3}?(?:fumi|vapori|cloro|esalazioni)|intossicazione da fumo|(?:casa|appartamento"
        r"|cucina|palazzo) (?:\w+ ){0,2}?(?:in fiamme|va a fuoco|prende fuoco)",
        r"(?:faccio fatica|fa fatica|fatico|non riesco|non riesce) (?:\w+ )?(?:a )?respirare"
        r"|(?:mi manca|gli manca|le manca|manca) (?:l )?aria|soffoc\w*|(?:brucia|bruciore)"
        r" (?:\w+ ){0,3}?(?:il petto|la gola|i polmoni|al petto|alla gola|nel petto)|(?:petto"
        r"|gola|polmoni) (?:\w+ ){0,2}?(?:brucia\w*|in fiamme)|toss\w* (?:\w+ ){0,3}?(?:senza"
        r" sosta|senza smettere|in continuazione|sangue)|non smett\w* di tossire|svenut[oa]"
        r"|incosciente|e crollat[oa]|labbra (?:\w+ )?(?:blu|viola)",
    ),
    medicine=(
        r"insulina|pastigli\w*|pillol\w*|compress\w*|farmac\w*|medicin\w*|dose|dosi"
        r"|iniezion\w*|puntura|coumadin|warfarin|digossina|metotrexato|litio|morfina|cerott\w*"
        r"|gocce",
        r"due volte|doppia dose|doppia|doppio|tre volte|per sbaglio|per errore|senza volerlo"
        r"|mi sono sbagliat\w*|si e sbagliat\w*|di troppo|in piu",
        r"sudo fredd\w*|sudore fredd\w*|suda|sudando|tremo|trema|tremando|tremore\w*|confus\w*"
        r"|disorientat\w*|gira la testa|giramenti|vertigin\w*|stordit\w*|svenut[oa]|svenendo"
        r"|incosciente|non risponde|non si sveglia|sonnolent\w*|(?:battito|polso|cuore)"
        r" (?:\w+ ){0,3}?(?:lent\w*|lentissim\w*|debole|basso|accelerat\w*|impazzit\w*)"
        r"|(?:glicemia|zucchero) (?:\w+ ){0,3}?(?:bass\w*|crolla\w*)|ipoglicemi\w*|vomit\w*"
        r"|vista (?:annebbiata|offuscata)|vede doppio",
    ),
    injury=(
        r"(?:e |sono |si e )?(?:cadut[oa]|cascat[oa]|precipitat[oa]|scivolat[oa]|volat[oa]"
        r" giu) (?:\w+ ){0,3}?(?:dalla|dal|dallo|dalle|dagli|da|giu per|giu dalla|giu dal)"
        r" (?:\w+ )?(?:scala|scale|tetto|impalcatura|ponteggio|balcone|finestra|cavallo|albero"
        r"|bici\w*|moto\w*|motorino|monopattino|muro|dirupo|altezza|piano|rimorchio|camion"
        r"|trattore|soppalco)|incidente|scontro|investit[oa]|travolt[oa]|schiantat[oa]"
        r"|(?:albero|ramo|tronco|trave|muro|auto|macchina|trattore|mobile|armadio|scaffale"
        r"|bancale|masso|carico) (?:\w+ ){0,3}?(?:gli e caduto|le e caduto|mi e caduto|e caduto"
        r"|caduto|crollato|e crollato) (?:\w+ ){0,2}?(?:addosso|sopra)|(?:gli|le|mi) e (?:caduto"
        r"|crollato) addosso (?:\w+ ){0,2}?(?:albero|ramo|tronco|trave|muro|mobile|armadio"
        r"|scaffale|masso)|(?:schiacciat[oa]|incastrat[oa]) (?:\w+ ){0,2}?(?:sotto|tra)"
        r"|motosega|smerigliatrice|flessibile|sega circolare|ascia|accetta|machete|tosaerba"
        r"|decespugliatore|vetrata|porta a vetri|coltello (?:\w+ )?(?:scivolato|e scivolato)"
        r"|accoltellat[oa]|pugnalat[oa]|colpo di pistola|colpo di fucile|ferit[oa] da arma"
        r"|(?:cane|cani) (?:\w+ ){0,3}?(?:aggredit[oa]|sbranat[oa]|ha aggredito)",
        r"incoscient\w*(?<!era\sincosciente)(?<!ero\sincosciente)|non (?:si muove|risponde"
        r"|reagisce|si sveglia"
        r"|respira)|svenut[oa]|privo di sensi|priva di sensi|perso i sensi|(?:non sente|non muove"
        r"|non riesce a muovere) (?:piu )?(?:le gambe|le braccia)|(?:sangu\w*|esce sangue"
        r"|perde sangue) (?:\w+ ){0,3}?(?:dalla testa|dall orecchio|dalle orecchie|dalla bocca)"
        r"|(?:la testa|l orecchio) (?:\w+ )?(?:sanguina|sanguinante)|osso (?:\w+ ){0,3}?(?:fuori"
        r"|che esce|esce|sporge|di fuori|visibile|si vede)|(?:si vede|vedo) (?:\w+ ){0,2}?l osso"
        r"|frattura esposta|(?:gamba|braccio|piede|caviglia|anca) (?:\w+ ){0,3}?(?:girat\w*"
        r"|stort\w*|piegat\w*) (?:\w+ ){0,2}?(?:in modo strano|al contrario|all indietro"
        r"|innaturale)|(?:urla|grida|urlando|gridando) (?:\w+ ){0,2}?dal dolore|(?:dito|dita"
        r"|mano) (?:\w+ ){0,3}?(?:amputat\w*|tranciat\w*|staccat\w*|penzol\w*)|" + _IT_BLEED,
    ),
    burn=(
        r"(?:olio|acqua|brodo|latte|caffe|cera|grasso) (?:\w+ )?(?:bollente|bollendo"
        r"|caldissim\w*|rovente) (?:[\w,]+ ){0,4}?(?:rovesciat\w*|versat\w*|cadut\w*"
        r"|schizzat\w*|addosso|sopra)|(?:rovesciat\w*|versat\w*|rovesciato addosso)"
        r" (?:[\w,]+ ){0,4}?(?:olio|acqua|brodo|latte|caffe) (?:\w+ )?(?:bollente|bollendo"
        r"|caldissim\w*)|(?:friggitrice|pentola|padella|bollitore|moka) (?:\w+ ){0,3}?"
        r"(?:rovesciat\w*|caduta|caduto|esplos\w*|preso fuoco|ribaltat\w*)|preso fuoco|fiamme"
        r"|incendio|esplosione|esploso|esplosa|bombola|benzina|alcol|barbecue|petard\w*|botti"
        r"|fuochi d artificio|acido|soda caustica",
        r"pelle (?:\w+ ){0,3}?(?:si stacca|staccata|venuta via|viene via|penzola|bianca|nera"
        r"|carbonizzata|a brandelli|si e staccata)|(?:vesciche|bolle) (?:\w+ ){0,3}?(?:enormi"
        r"|gigant\w*|ovunque|dappertutto)|(?:enormi|grosse) (?:vesciche|bolle)|(?:tutto il"
        r"|tutta la|tutto il suo|tutta la sua|tutto il mio|tutta la mia) (?:\w+ )?(?:braccio"
        r"|gamba|petto|viso|faccia|schiena|pancia|corpo|mano|torace) (?:\w+ ){0,3}?"
        r"(?:ustionat\w*|bruciat\w*|scottat\w*|vesciche)|(?:petto|viso|faccia|pancia|schiena"
        r"|collo|torace) (?:\w+ ){0,3}?(?:ustionat\w*|bruciat\w*)|vestiti (?:\w+ ){0,3}?"
        r"(?:attaccat\w*|sciolt\w*) (?:alla|sulla) pelle",
    ),
    bite=(
        r"(?:serpente|vipera|biscia|scorpione|ragno|vedova nera|medusa|tracina|pesce ragno"
        r"|razza|scolopendra) (?:\w+ ){0,3}?(?:morso|morsicat\w*|punt[oa]|ha morso|ha punto)"
        r"|(?:morso|morsicat\w*|punt[oa]|puntura) (?:\w+ ){0,3}?(?:serpente|vipera|scorpione"
        r"|ragno|vedova nera|medusa|tracina|razza|scolopendra)",
        r"gonfi\w* (?:\w+ ){0,4}?(?:velocemente|tantissimo|sempre di piu|a vista d occhio"
        r"|fino)|(?:gamba|braccio|mano|piede|dito|faccia|caviglia) (?:\w+ ){0,3}?(?:gonfi\w*"
        r"|viola|nera|nero|livid\w*)|gira la testa|giramenti|vertigin\w*|svenut[oa]|svenendo"
        r"|vomit\w*|sudo|suda|sudore|tremo|trema|sbava|intorpidit\w*|formicol\w*|vista"
        r" annebbiata|fatica a respirare|non riesce a respirare|non riesco a respirare"
        r"|tachicardia|crampi|dolore (?:\w+ ){0,2}?(?:atroce|insopportabile|lancinante)",
    ),
    water=(
        r"(?:tirat[oa]|ripescat[oa]|salvat[oa]|tirato fuori|tirata fuori|tirati fuori"
        r"|abbiamo tirato) (?:\w+ ){0,3}?(?:dall acqua|dalla piscina|dal fiume|dal lago"
        r"|dal mare|dal canale|dalla vasca|dal ghiaccio|dalle onde)|stava annegando"
        r"|annegando|quasi annegat\w*|stava affogando|quasi affogat\w*|(?:cadut[oa]|finit[oa])"
        r" (?:\w+ ){0,2}?(?:nel ghiaccio|sotto il ghiaccio|nell acqua gelida|nel lago"
        r" ghiacciato)|galleggiava|a faccia in giu (?:\w+ ){0,2}?(?:nell acqua|in piscina)",
        r"(?:e |diventat[oa] )?(?:blu|viola|cianotic\w*|grigi[oa])|labbra (?:\w+ )?(?:blu"
        r"|viola)|non respira|respira (?:appena|male|a fatica)|non (?:risponde|reagisce"
        r"|si muove|si sveglia)|incoscient\w*(?<!era\sincosciente)|non trema piu|ha smesso di"
        r" tremare|trema (?:\w+ ){0,2}?(?:tantissimo|senza sosta)|sonnolent\w*|tossisce acqua",
    ),
    pregnant=(
        r"incinta|gravidanza",
        _IT_BLEED + r"|(?:sanguin\w*|sangue|perdite di sangue) (?:\w+ ){0,4}?(?:dolor\w*"
        r"|contrazion\w*|crampi|pancia (?:\w+ )?dura)|convulsion\w*|svenut[oa]|incosciente",
    ),
    preterm=(
        r"settimane(?<=(?:[12]\d|3[0-6])\ssettimane)|(?:quinto|sesto|settimo|ottavo) mese"
        r"|(?:cinque|sei|sette|otto) mesi|mesi(?<=[5-8]\smesi)",
        r"(?:rotto|rotte|rotta|si sono rotte|si e rotta|rottura) (?:\w+ ){0,2}?(?:le acque"
        r"|acque|il sacco)|contrazioni (?:\w+ ){0,3}?(?:ogni|forti|fortissime|regolari"
        r"|ravvicinate)|forti contrazioni|travaglio",
    ),
    pregnant_head=(
        r"incinta|gravidanza",
        r"mal di testa (?:\w+ )?(?:fortissim\w*|terribil\w*|atroc\w*|lancinant\w*"
        r"|insopportabil\w*|tremend\w*)|emicrania (?:\w+ )?(?:fortissim\w*|terribil\w*"
        r"|atroc\w*)",
        r"lucine|lampi|flash|puntini luminosi|mosche|moscerini|stelline|vista (?:annebbiata"
        r"|offuscata)|vedo (?:doppio|annebbiato|sfocato)|gonfi\w*",
    ),
)

# pt
_PT_BLEED = (
    r"(?:sangrando|sangra) (?:\w+ )?(?:muito|demais|pra caramba|sem parar|a beca)|(?:muito"
    r"|tanto|uma poca de|poca de|litros de) sangue|sangue (?:\w+ ){0,2}?(?:jorrando"
    r"|esguichando|por todo lado|em todo lugar|nao para|nao estanca)|nao (?:consigo"
    r"|conseguimos|da pra) (?:\w+ )?(?:estancar|parar|conter) (?:o )?(?:sangue|sangramento"
    r"|hemorragia)|(?:o sangue|o sangramento) (?:\w+ ){0,2}?nao (?:para|estanca)|hemorragia"
    r"|(?:ensopad\w*|encharcad\w*) de sangue|jorrando sangue|esguichando"
)
_PT = Words(
    other=(
        r"(?:meu|minha|meus|minhas|seu|sua|o|a|nosso|nossa) (?:\w+ )?(?:filh[oa]s?|bebe"
        r"|crianca|menin[oa]|garot[oa]|marido|esposa|mulher|namorad[oa]|companheir[oa]|pai|mae"
        r"|irma|irmao|avo|tio|tia|amig[oa]|vizinh[oa]|colega|prim[oa]|sobrinh[oa]|net[oa]"
        r"|sogr[oa]|cunhad[oa]|chefe|patrao|funcionario|peao)|ele|ela|alguem|um (?:homem"
        r"|senhor|rapaz|menino|trabalhador|ciclista|motoqueiro)|uma (?:mulher|senhora|menina"
        r"|moca)|mae|pai|vovo|vo"
    ),
    distant=(
        r"anos atras|ha (?:\w+ )?anos|faz (?:\w+ )?anos|meses atras|quando (?:eu )?era"
        r"|(?:ja )?(?:estou|esta|to|ta) bem"
        r"|de crianca|curad[oa]|cicatri\w*|me recuperei|se recuperou|ano passado|em (?:19|20)"
        r"\d\d|filme|serie|novela|episodio|capitulo|na tv|curso|treinamento|simulado|manequim"
        r"|romance|videogame|documentario|podcast|sonhei|sonho|pesadelo|veterinari[oa]"
    ),
    animals=(
        r"(?:meu|minha|nosso|nossa|o|a|um|uma) (?:\w+ )?(?:cachorr[oa]|cachorrinh[oa]|cao|cadel"
        r"a|gat[oa]|gatinh[oa]|cavalo|egua|vaca|ovelha|cabra|bezerr[oa]|bicho)"
    ),
    hypothetical=(
        r"o que (?:fazer|se faz) (?:se|quando) (?:alguem|uma pessoa|uma crianca)|como ajudar"
        r" (?:alguem|uma pessoa)"
    ),
    now=(
        r"agora|agorinha|acabou|acabei|de repente|neste momento|nesse momento|hoje"
        r"|hoje de manha|hoje a noite"
    ),
    poison=(
        r"cogumel\w*|(?:frutinhas?|frutos|bagas) (?:\w+ )?(?:do mato|silvestres|venenos\w*)"
        r"|espirradeira|oleandro|dedaleira|cicuta|beladona|trombeteira|saia branca|estramonio"
        r"|comigo ninguem pode|mamona|ricino|planta\w* (?:venenos\w*|toxic\w*)|chumbinho"
        r"|veneno de rato|raticida|mata rato|agrotoxic\w*|pesticida\w*|inseticida\w*"
        r"|herbicida\w*|veneno de (?:barata|formiga|lavoura)|glifosato",
        r"vomit\w*|botando tudo pra fora|(?:se contorcendo|se contorce|contorcendo|se torcendo"
        r"|dobrad[oa]|rolando) (?:\w+ ){0,3}?de dor|(?:dor\w*|colica\w*|caimbra\w*) (?:\w+ )"
        r"{0,3}?(?:fortissim\w*|horrivel|horriveis|insuportave\w*|terrive\w*)|desacordad[oa]"
        r"|inconsciente|desmaiad[oa]|desmaiou|nao (?:responde|reage|acorda)|convuls\w*"
        r"|delirando|babando|espuma pela boca|olhos amarelos|pele amarela|muito sonolent[oa]"
        r"|muito mole|molinh[oa]|inchando a boca|boca inchad\w*",
    ),
    fumes=(
        r"(?:agua sanitaria|candida|qboa|cloro|amonia|acido|vinagre|desentupidor|diabo verde"
        r"|soda caustica|produtos? de limpeza) (?:\w+ ){0,5}?(?:misturei|misturou|misturado"
        r"|misturando|juntei)|(?:misturei|misturou|misturado|misturando|juntei) (?:\w+ ){0,4}?"
        r"(?:agua sanitaria|candida|cloro|amonia|acido|vinagre|produtos?|desentupidor)"
        r"|(?:gases|vapores|fumaca) (?:\w+ ){0,3}?(?:toxic\w*|do cloro|da agua sanitaria"
        r"|quimic\w*)|gas (?:toxico|cloro)|(?:inalei|inalou|respirei|respirou|aspirei|aspirou)"
        r" (?:\w+ ){0,3}?(?:gases|vapor\w*|fumaca|cloro)|(?:casa|apartamento|cozinha|predio)"
        r" (?:\w+ ){0,2}?(?:pegando fogo|pegou fogo|em chamas)",
        r"(?:nao consigo|nao consegue|dificil|dificuldade (?:de|para|pra)|mal consigo"
        r"|mal consegue) (?:\w+ )?respirar|falta de ar|(?:to |esta |ta )?sem ar|sufoc\w*"
        r"|asfixi\w*|(?:queima\w*|ardendo|arde|ardencia) (?:\w+ ){0,3}?(?:o peito|a garganta"
        r"|os pulmoes|no peito|na garganta)|(?:peito|garganta|pulmoes) (?:\w+ ){0,2}?"
        r"(?:queimando|ardendo|pegando fogo)|toss\w* (?:\w+ ){0,3}?(?:sem parar|nao para"
        r"|sangue)|nao para de tossir|desmai\w*|desacordad\w*|inconsciente|labios (?:\w+ )?"
        r"(?:roxos|azuis)",
    ),
    medicine=(
        r"insulina|comprimid\w*|remedio\w*|pilula\w*|medicament\w*|dose|doses|injecao"
        r"|injecoes|marevan|varfarina|digoxina|metotrexato|litio|morfina|adesivo\w*|gotas",
        r"duas vezes|dose dupla|dobrada|dobrado|dobro|tres vezes|sem querer|por engano"
        r"|por erro|me enganei|se enganou|confundiu|confundi|errad[oa]|a mais",
        r"suor frio|suando|suad[oa]|tremendo|tremor\w*|treme|confus[oa]|desorientad\w*"
        r"|tont[oa]|tontura|zonz[oa]|desmai\w*|apagando|desacordad\w*|nao (?:responde|acorda)"
        r"|sonolent\w*|(?:pulso|coracao|batimento\w*) (?:\w+ ){0,3}?(?:lent\w*|fraco|baixo"
        r"|acelerad\w*|disparad\w*)|(?:glicemia|acucar|glicose) (?:\w+ ){0,3}?(?:baix\w*"
        r"|caindo)|hipoglicemia|hipo|vomit\w*|vista embacada|enrolando a lingua",
    ),
    injury=(
        r"(?:caiu|despencou|escorregou|rolou|tombou) (?:\w+ ){0,3}?(?:do|da|de|dos|das"
        r"|de cima do|de cima da|pela|pelo) (?:\w+ )?(?:escada\w*|telhado|laje|andaime|sacada"
        r"|varanda|janela|cavalo|arvore|bike|bicicleta|moto|mureta|muro|barranco|penhasco"
        r"|altura|andar|caminhao|trator|carroceria|forro)|(?:caiu|levou um tombo) (?:\w+ )"
        r"{0,2}?de (?:moto|bike|bicicleta|cavalo)|acidente|bateu o carro|bateu a moto"
        r"|atropelad[oa]|atropelou|capotou|capotamento|(?:arvore|galho|tronco|viga|parede"
        r"|muro|carro|trator|movel|armario|estante|maquina|pedra|carga) (?:\w+ ){0,3}?(?:caiu"
        r" em cima|caiu sobre|esmagou|prensou|atingiu|acertou)|esmagad[oa]|prensad[oa]"
        r"|soterrad[oa]|pres[oa] (?:\w+ )?(?:embaixo|debaixo|entre)|motosserra"
        r"|esmerilhadeira|lixadeira|makita|serra circular|machado|facao|cortador de grama"
        r"|rocadeira|porta de vidro|vidraca|faca escorregou|esfaquead[oa]|facada|baleado"
        r"|baleada|levou um tiro|(?:cachorro|cao|pitbull|cachorros) (?:\w+ ){0,3}?(?:atacou"
        r"|atacaram)",
        r"(?:desacordad[oa]|inconsciente)(?<!estava\sdesacordado)(?<!estava\sinconsciente)"
        r"|desmaiad[oa]|nao (?:se mexe|responde|reage|acorda|se move|respira)|sem (?:sentidos"
        r"|consciencia)|nao (?:consegue|consigo) (?:mexer|sentir) (?:\w+ )?(?:as pernas"
        r"|os bracos|o corpo)|nao sente (?:\w+ )?(?:as pernas|nada)|(?:sangue|sangrando"
        r"|saindo sangue|sai sangue) (?:\w+ ){0,3}?(?:da cabeca|do ouvido|dos ouvidos|pela boca"
        r"|pelo ouvido)|(?:cabeca|ouvido|orelha) (?:\w+ )?(?:sangrando|sangra|aberta)|osso"
        r" (?:\w+ ){0,3}?(?:pra fora|para fora|exposto|aparecendo|saindo|a mostra)|(?:da pra"
        r" ver|da para ver|vejo|to vendo) (?:\w+ ){0,2}?o osso|fratura exposta|(?:perna|braco"
        r"|pe|tornozelo|quadril) (?:\w+ ){0,3}?(?:virad\w*|tort\w*|dobrad\w*) (?:\w+ ){0,2}?"
        r"(?:pro lado errado|pra tras|ao contrario|estranh\w*)|(?:grita|gritando|berrando)"
        r" (?:\w+ ){0,2}?de dor|(?:dedo|dedos|mao) (?:\w+ ){0,3}?(?:decepad\w*|arrancad\w*"
        r"|pendurad\w*|amputad\w*)|" + _PT_BLEED,
    ),
    burn=(
        r"(?:oleo|agua|sopa|leite|cafe|cera|gordura) (?:\w+ )?(?:fervendo|fervente|pelando"
        r"|muito quente|quente) (?:[\w,]+ ){0,4}?(?:virou|caiu|derramou|espirrou|em cima"
        r"|explodiu)|(?:derramou|derramei|virou|virei|caiu) (?:[\w,]+ ){0,4}?(?:oleo|agua|sopa"
        r"|leite|cafe) (?:\w+ )?(?:fervendo|fervente|quente)|(?:fritadeira|panela|frigideira"
        r"|chaleira|leiteira)"
        r" (?:\w+ ){0,3}?(?:virou|caiu|derramou|explodiu|pegou fogo)|pegou fogo|chamas"
        r"|incendio|explosao|explodiu|botijao|gasolina|alcool|churrasqueira|rojao|fogos"
        r"|acido|soda caustica",
        r"pele (?:\w+ ){0,3}?(?:soltando|saindo|soltou|saiu|descolando|pendurada|branca|preta"
        r"|carbonizada|caindo)|carne viva|bolhas (?:\w+ ){0,3}?(?:enormes|gigantes|por todo)"
        r"|(?:enormes|gigantes) bolhas|(?:peito|rosto|cara|barriga|costas|pescoco|torax)"
        r" (?:\w+ ){0,3}?(?:queimad\w*|escaldad\w*)|(?:queimou|queimei|queimad\w*) (?:\w+ )"
        r"{0,3}?(?:o peito|o rosto|a cara|a barriga|as costas|o pescoco|o torax)|(?:o braco"
        r"|a perna|o peito|o rosto|a cara) (?:todo|toda|inteiro|inteira) (?:\w+ )?queimad\w*"
        r"|roupa (?:\w+ ){0,3}?(?:grudad\w*|derretid\w*) (?:na|a) pele",
    ),
    bite=(
        r"(?:cobra|jararaca|cascavel|surucucu|vibora|serpente|escorpiao|aranha|armadeira"
        r"|viuva negra|agua viva|caravela|arraia|peixe pedra|lacraia|centopeia|taturana"
        r"|lagarta de fogo) (?:\w+ ){0,3}?(?:picou|mordeu|ferroou|queimou|pegou)|(?:picad[oa]"
        r"|mordid[oa]|picada|mordida|ferroad[oa]) (?:\w+ ){0,3}?(?:cobra|jararaca|cascavel"
        r"|serpente|escorpiao|aranha|armadeira|viuva negra|agua viva|caravela|arraia|lacraia"
        r"|taturana)",
        r"(?:inchando|inchou|inchad[oa]|inchaco) (?:\w+ ){0,4}?(?:rapido|muito|demais|cada vez"
        r" mais|ate)|(?:perna|braco|mao|pe|dedo|rosto|tornozelo) (?:\w+ ){0,3}?(?:inchando"
        r"|inchad\w*|inchou|roxa|roxo|preta|preto|arroxead\w*)|tont\w*|desmai\w*|vomit\w*"
        r"|suando|suor frio|tremendo|babando|dormente|formigando|vista embacada|nao consig\w*"
        r" respirar|falta de ar|coracao disparado|caimbra\w*|dor (?:\w+ ){0,2}?(?:insuportavel"
        r"|horrivel|absurda)",
    ),
    water=(
        r"(?:tirei|tiramos|tiraram|tirou|puxei|puxamos|puxaram|resgatamos|resgataram|tirad[oa]"
        r"|puxad[oa]) (?:\w+ ){0,3}?(?:da agua|da piscina|do rio|do lago|do mar|da represa"
        r"|do acude|da banheira|do gelo|das ondas|do poco)|se afogando|quase se afogou"
        r"|se afogou|afogamento|(?:caiu|cai) (?:\w+ ){0,2}?(?:no gelo|na agua gelada)|boiando",
        r"(?:esta |ta |ficou )?(?:roxo|roxa|azul|cinza|arroxead\w*)|labios (?:\w+ )?(?:roxos"
        r"|azuis)|nao (?:esta |ta )?respira\w*|respirando (?:mal|fraco|estranho)|nao (?:responde"
        r"|reage|se mexe|acorda)|(?:desacordad[oa]|inconsciente)(?<!estava\sdesacordado)"
        r"|parou de tremer|nao treme mais|sonolent\w*|tossindo agua",
    ),
    pregnant=(
        r"gravida|gestante|gravidez|gestacao",
        _PT_BLEED + r"|(?:sangr\w*|sangue) (?:\w+ ){0,4}?(?:dor\w*|colica\w*|contrac\w*"
        r"|barriga (?:\w+ )?dura)|convuls\w*|desmai\w*|desacordad\w*|inconsciente",
    ),
    preterm=(
        r"semanas(?<=(?:[12]\d|3[0-6])\ssemanas)|(?:cinco|seis|sete|oito) meses|(?:quinto"
        r"|sexto|setimo|oitavo) mes|meses(?<=[5-8]\smeses)",
        r"(?:bolsa|aguas?) (?:\w+ ){0,2}?(?:estourou|rompeu|rompida|estourada)|(?:estourou"
        r"|rompeu) (?:\w+ ){0,2}?(?:a bolsa|as aguas)|contrac\w* (?:\w+ ){0,3}?(?:a cada|fortes"
        r"|regulares)|fortes contrac\w*|em trabalho de parto",
    ),
    pregnant_head=(
        r"gravida|gestante|gravidez",
        r"dor de cabeca (?:\w+ )?(?:fortissim\w*|horrivel|muito forte|insuportavel|terrivel"
        r"|absurda)|enxaqueca (?:\w+ )?(?:fortissim\w*|horrivel|insuportavel)",
        r"luzinhas|pontos de luz|pontinhos|estrelinhas|flashes|claroes|vista embacada|vendo"
        r" (?:tudo )?embacad\w*|vendo luzes|inchad\w*|inchou|inchaco",
    ),
)

# nl
_NL_BLEED = (
    r"(?:bloed|bloedt|bloeden) (?:\w+ )?(?:enorm|heel erg|hevig|als een gek|als een rund|overal"
    r"|flink)|(?:heel veel|zoveel|zo veel|een plas|een plas met) bloed|bloed (?:\w+ ){0,2}?"
    r"(?:overal|spuit|gutst|stroomt|stopt niet|houdt niet op|blijft komen)|bloeding (?:\w+ )"
    r"{0,2}?(?:stopt niet|houdt niet op)|(?:krijg|krijgen|kan|kunnen) (?:\w+ ){0,2}?(?:het"
    r" bloeden|het bloed|de bloeding) niet (?:gestopt|gestelpt|stil|stoppen|stelpen)"
    r"|(?:doorweekt|doordrenkt) (?:\w+ ){0,2}?(?:met|van) bloed"
)
_NL = Words(
    other=(
        r"(?:mijn|m n|mn|onze|ons|zijn|z n|haar|de|het) (?:\w+ )?(?:zoon|dochter|kind"
        r"|kinderen|kleine|baby|dreumes|peuter|man|vrouw|partner|vriend|vriendin|vader|pa"
        r"|papa|moeder|ma|mama|broer|zus|zusje|broertje|oma|opa|oom|tante|buurman|buurvrouw"
        r"|buurjongen|buurmeisje|collega|neef|nicht|kleinzoon|kleindochter|schoonvader"
        r"|schoonmoeder|zwager|schoonzus|baas|maat|vriendje|vriendinnetje)|hij|zij|hem"
        r"|iemand|een (?:man|vrouw|jongen|meisje|kind|fietser|werknemer|arbeider)|papa|mama"
        r"|oma|opa|buurman|buurvrouw"
    ),
    distant=(
        r"jaar geleden|jaren geleden|maanden geleden|als kind|vroeger|toen ik (?:\w+ )?(?:klein"
        r"|jong|kind)|genezen|hersteld|goed geheeld|littekens?|vorig jaar|in (?:19|20)\d\d"
        r"|film|serie|aflevering|op tv|cursus|ehbo cursus|ehbo les|training|oefening|oefenpop"
        r"|roman|videogame|documentaire|podcast|gedroomd|droom|nachtmerrie|dierenarts"
    ),
    animals=(
        r"(?:mijn|m n|mn|onze|ons|de|het|een) (?:\w+ )?(?:hond|hondje|pup|puppy|kat|poes"
        r"|kitten|paard|pony|koe|schaap|geit|kalf)"
    ),
    hypothetical=(
        r"wat (?:te doen|je doet|moet je doen) (?:als|wanneer) (?:iemand|een persoon|een kind)"
        r"|hoe je iemand helpt"
    ),
    now=(r"nu|net|zojuist|ineens|opeens|plotseling|op dit moment|vandaag|vanavond|vanochtend"),
    poison=(
        r"paddenstoel\w*|(?:wilde|zelf geplukte|zelfgeplukte) (?:champignons|paddenstoelen"
        r"|bessen)|(?:giftige|onbekende) bessen|oleander|vingerhoedskruid|dollekervel"
        r"|scheerling|taxus|wolfskers|doornappel|engelentrompet|lelietje van dalen|monnikskap"
        r"|wonderboom|dieffenbachia|giftige plant\w*|rattengif|muizengif"
        r"|bestrijdingsmiddel\w*|pesticide\w*|insecticide\w*|onkruidverdelger|antivries",
        r"overgeven|geeft over|geven over|braakt|braken|spuugt|spugen|kotst|kotsen|(?:kronkelt"
        r"|kromt|ligt dubbel|rolt) (?:\w+ ){0,3}?(?:van de|van) pijn|(?:buikpijn|krampen|pijn)"
        r" (?:\w+ ){0,3}?(?:heftig\w*|verschrikkelijk\w*|vreselijk\w*|ondraaglijk\w*)"
        r"|bewusteloos|reageert niet|niet aanspreekbaar|wordt niet wakker|niet wakker te"
        r" krijgen|stuipen|stuiptrekkingen|convuls\w*|ijlt|kwijlt|schuim op de mond"
        r"|gele (?:ogen|huid)|(?:ogen|huid) (?:\w+ )?geel|heel suf|slap",
    ),
    fumes=(
        r"(?:bleek|bleekmiddel|chloor|chloorbleek|ammoniak|zuur|azijn|ontstopper"
        r"|gootsteenontstopper|ontkalker|wc reiniger|schoonmaakmiddel\w*) (?:\w+ ){0,5}?"
        r"(?:gemengd|gemixt|bij elkaar gegooid|door elkaar)|(?:gemengd|gemixt|mengde|mixte)"
        r" (?:\w+ ){0,4}?(?:bleek\w*|chloor\w*|ammoniak|zuur|azijn|schoonmaakmiddel\w*)"
        r"|(?:dampen|gassen|rook) (?:\w+ ){0,3}?(?:giftig\w*|van (?:het |de )?(?:bleek|chloor"
        r"|schoonmaakmiddel)|chemisch\w*)|giftige (?:dampen|gassen|rook)|chloorgas|ingeademd"
        r" (?:\w+ ){0,3}?(?:dampen|gas|chloor|rook)|(?:dampen|gas|chloor|rook) ingeademd"
        r"|rookvergiftiging|(?:huis|keuken|flat|woning) (?:\w+ ){0,2}?(?:staat in brand"
        r"|in brand)",
        r"(?:kan|kon|kunnen) (?:\w+ )?(?:bijna |amper |nauwelijks |niet |haast )(?:meer )?"
        r"(?:ademen|lucht krijgen)|(?:krijg|krijgt) (?:\w+ )?(?:geen|amper|nauwelijks|bijna"
        r" geen) lucht|benauwd|kortademig|(?:brand\w*|brandt) (?:\w+ ){0,3}?(?:borst|keel"
        r"|longen)|(?:borst|keel|longen) (?:\w+ ){0,2}?(?:brand\w*|in brand)|hoest\w* (?:\w+ )"
        r"{0,3}?(?:aan een stuk|zonder te stoppen|onophoudelijk|bloed)|bewusteloos"
        r"|flauwgevallen|in elkaar gezakt|lippen (?:\w+ )?(?:blauw|paars)",
    ),
    medicine=(
        r"insuline|pillen|pil|tabletten|tablet|medicijn\w*|medicatie|dosis|prik|injectie"
        r"|bloeddrukpil\w*|hartpil\w*|plaspil\w*|bloedverdunner\w*|methotrexaat|lithium"
        r"|morfine|pleister\w*",
        r"twee keer|drie keer|dubbele?|per ongeluk|per abuis|vergist|verkeerde|te veel|teveel"
        r"|vergeten dat (?:ik|hij|ze) (?:\w+ )?al",
        r"koud zweet|zweet\w*|zweten|tril\w*|beef\w*|verward|in de war|duizelig|licht in"
        r" (?:mijn |het |zijn |haar )?hoofd|flauw\w*|bewusteloos|niet aanspreekbaar|wordt niet"
        r" wakker|heel suf|slaperig|(?:hart|hartslag|pols) (?:\w+ ){0,3}?(?:traag|langzaam"
        r"|zwak|onregelmatig|racet|jaagt)|(?:suiker|bloedsuiker) (?:\w+ ){0,3}?(?:laag|zakt"
        r"|keldert)|hypo|braakt|overgeven|wazig|dubbel zien",
    ),
    injury=(
        r"(?:ladder|dak|steiger|trap|trappen|balkon|raam|paard|boom|fiets|motor|scooter"
        r"|brommer|muur|klif|hoogte|verdieping|aanhanger|vrachtwagen|tractor|zolder"
        r"|hooizolder|dakgoot) (?:\w+ ){0,4}?(?:gevallen|gestort|afgevallen|gedonderd"
        r"|gegleden|afgegleden|gekukeld|afgedonderd|gevlogen)|(?:gevallen|gestort|viel|donderde"
        r"|gleed|kukelde) (?:\w+ ){0,3}?(?:van|uit|door|vanaf) (?:\w+ ){0,2}?(?:ladder|dak"
        r"|steiger|trap|balkon|raam|paard|boom|fiets|motor|scooter|brommer|muur|klif"
        r"|verdieping|zolder)|ongeluk|ongeval|aanrijding|aangereden|overreden|geschept"
        r"|verongelukt|(?:boom|tak|balk|muur|auto|tractor|kast|stelling|pallet|machine"
        r"|rotsblok|lading) (?:\w+ ){0,3}?(?:op hem|op haar|op mij|op zijn|bovenop|boven op)"
        r" (?:\w+ )?(?:gevallen|terechtgekomen|gekanteld)|bekneld|geplet|verpletterd"
        r"|kettingzaag|slijptol|haakse slijper|cirkelzaag|bijl|kapmes|grasmaaier|bosmaaier"
        r"|heggenschaar|glazen deur|mes (?:\w+ )?uitgeschoten|uitgeschoten met (?:het|een) mes"
        r"|neergestoken|neergeschoten|schotwond|steekwond|(?:hond|honden) (?:\w+ ){0,3}?"
        r"(?:aangevallen|toegetakeld)",
        r"bewusteloos(?<!was\sbewusteloos)|(?:ligt) (?:\w+ ){0,2}?(?:stil|roerloos"
        r"|bewegingloos)|beweegt (?:niet|niet meer)|reageert (?:niet|nergens op)|niet"
        r" aanspreekbaar|wordt niet wakker|buiten bewustzijn|(?:zijn|haar|mijn) (?:benen|armen"
        r"|voeten) (?:\w+ )?(?:niet|niet meer) (?:bewegen|voelen)|(?:benen|armen) (?:\w+ ){0,2}?"
        r"(?:niet|niet meer) (?:bewegen|voelen)|verlamd|bloed\w* (?:\w+ ){0,3}?uit (?:zijn|haar"
        r"|mijn|het) (?:hoofd|oor|oren|mond)|(?:hoofd|oor|oren) (?:\w+ )?(?:bloedt|bloeden)"
        r"|bot (?:\w+ ){0,3}?(?:steekt|komt|ligt) (?:\w+ )?(?:uit|naar buiten|eruit|bloot)"
        r"|(?:zie|zien) (?:\w+ ){0,2}?(?:het|zijn|haar) bot|open (?:breuk|fractuur)|(?:been|arm"
        r"|voet|enkel|heup) (?:\w+ ){0,3}?(?:raar|verkeerd|scheef) (?:\w+ )?(?:gedraaid"
        r"|gebogen)|(?:schreeuwt|gilt) (?:\w+ ){0,2}?van de pijn|(?:vinger|vingers|hand)"
        r" (?:\w+ ){0,3}?(?:eraf|bungelt)|" + _NL_BLEED,
    ),
    burn=(
        r"(?:heet|hete|kokend\w*|gloeiend\w*) (?:\w+ )?(?:olie|vet|water|soep|thee|koffie|melk)"
        r" (?:[\w,]+ ){0,4}?(?:omgestoten|omgevallen|gemorst|over (?:me|mij|hem|haar|zich)"
        r"|gespat|gevallen|ontploft)|(?:omgestoten|gemorst) (?:[\w,]+ ){0,4}?(?:heet|hete"
        r"|kokend\w*) (?:\w+ )?(?:olie|vet|water|soep|thee|koffie)|(?:frituurpan|friteuse|pan"
        r"|waterkoker|ketel) (?:\w+ ){0,3}?(?:omgevallen"
        r"|omgestoten|ontploft|vlam gevat|in brand)|vlam gevat|vlammen|brand in|explosie"
        r"|ontploft|ontploffing|gasfles|benzine|spiritus|barbecue|bbq|vuurwerk|zuur|loog"
        r"|chemicali\w*",
        r"huid (?:\w+ ){0,3}?(?:laat los|komt los|gaat eraf|hangt|wit|zwart|verkoold|eraf"
        r"|los)|(?:witte|zwarte|verkoolde) huid|(?:enorme|gigantische|dikke) blaren|blaren"
        r" (?:\w+ ){0,3}?(?:overal|enorm)|(?:hele|zijn hele|haar hele|mijn hele) (?:\w+ )?"
        r"(?:arm|been|borst|gezicht|rug|buik|lichaam|hand|zij) (?:\w+ ){0,3}?(?:verbrand"
        r"|blaren)|(?:borst|gezicht|buik|rug|nek|bovenlijf) (?:\w+ ){0,3}?(?:verbrand"
        r"|verschroeid)|kleren (?:\w+ ){0,3}?(?:vastgeplakt|gesmolten|plakken) (?:aan|op|in)"
        r" (?:de|zijn|haar|mijn) huid",
    ),
    bite=(
        r"(?:slang|adder|ratelslang|cobra|schorpioen|spin|zwarte weduwe|kwal|pieterman|rog"
        r"|duizendpoot) (?:\w+ ){0,3}?(?:gebeten|gestoken|beet|stak)|(?:gebeten|gestoken)"
        r" (?:\w+ ){0,3}?(?:slang|adder|schorpioen|spin|kwal|pieterman|rog)|slangenbeet"
        r"|adderbeet|schorpioenensteek|kwallenbeet|kwallensteek",
        r"(?:zwelt|zwellen|zwelling|opgezwollen|gezwollen) (?:\w+ ){0,4}?(?:snel|enorm|steeds"
        r"|heel erg|op)|(?:been|arm|hand|voet|vinger|gezicht|enkel) (?:\w+ ){0,3}?(?:zwelt"
        r"|gezwollen|opgezwollen|paars|zwart)|duizelig|flauw\w*|braakt|overgeven|zweet\w*"
        r"|tril\w*|kwijl\w*|gevoelloos|tintel\w*|wazig|benauwd|kan (?:bijna )?niet ademen"
        r"|hartkloppingen|krampen|pijn (?:\w+ ){0,2}?(?:ondraaglijk|verschrikkelijk)",
    ),
    water=(
        r"uit (?:het|de) (?:water|zwembad|sloot|rivier|meer|zee|bad|wak|gracht|kanaal) (?:\w+ )"
        r"{0,2}?(?:gehaald|getrokken|gevist|gered)|(?:gehaald|getrokken|gevist|gered) (?:\w+ )"
        r"{0,3}?uit (?:het|de) (?:water|zwembad|sloot|rivier|meer|zee|bad|wak|gracht|kanaal)"
        r"|bijna verdronken|verdronk|verdrinkt|aan het verdrinken|door het ijs (?:gezakt"
        r"|gegaan)|in (?:het|een) wak|te water geraakt|dreef (?:\w+ ){0,3}?(?:in het water"
        r"|in het zwembad|met zijn gezicht|met haar gezicht)",
        r"(?:is |wordt )?(?:blauw|grauw|paars)|(?:lippen|gezicht) (?:\w+ )?(?:blauw|paars"
        r"|grauw)|ademt (?:niet|nauwelijks|amper|bijna niet)|reageert niet"
        r"|bewusteloos(?<!was\sbewusteloos)|niet aanspreekbaar|wordt niet wakker|(?:rilt|trilt)"
        r" niet meer|(?:rilt|trilt|bibbert) (?:\w+ ){0,2}?(?:onophoudelijk|onbedaarlijk)"
        r"|verward|hoest water",
    ),
    pregnant=(
        r"zwanger|zwangerschap",
        _NL_BLEED + r"|bloed\w* (?:\w+ ){0,4}?(?:pijn|krampen|weeen|buik (?:\w+ )?hard)"
        r"|stuip\w*|insult|bewusteloos|flauwgevallen|in elkaar gezakt",
    ),
    preterm=(
        r"weken(?<=(?:[12]\d|3[0-6])\sweken)|week(?<=(?:[12]\d|3[0-6])\sweek)|(?:vijf|zes"
        r"|zeven|acht) maanden|maanden(?<=[5-8]\smaanden)",
        r"(?:vliezen|water) (?:\w+ ){0,2}?(?:gebroken|breken|geknapt)|weeen (?:\w+ ){0,3}?"
        r"(?:om de|elke|sterk|heftig|regelmatig)|(?:sterke|heftige) weeen|bevallen",
    ),
    pregnant_head=(
        r"zwanger|zwangerschap",
        r"(?:hoofdpijn|koppijn) (?:\w+ ){0,2}?(?:heftig\w*|verschrikkelijk\w*|vreselijk\w*"
        r"|ondraaglijk\w*)|(?:heftige|verschrikkelijke|vreselijke|enorme|ondraaglijke"
        r"|barstende) (?:hoofdpijn|koppijn)",
        r"lichtflitsen|flitsen|sterretjes|vlekken|wazig|dubbel zien|opgezwollen|gezwollen",
    ),
)

# pl
_PL_BLEED = (
    r"(?:krwawi\w*|krew) (?:\w+ ){0,2}?(?:mocno|strasznie|bez przerwy|caly czas|nie przestaje"
    r"|nie ustaje|leci strumieniem|tryska|sika|leje sie|wszedzie|jak z kranu)|(?:duzo"
    r"|mnostwo|kaluza|pelno) krwi|nie (?:moge|mozemy|mozna|da sie) (?:\w+ )?(?:zatamowac"
    r"|zatrzymac) (?:\w+ )?(?:krwi|krwawienia|krwotoku)|krwotok\w*|(?:tryska|sika|leje sie"
    r"|leci) (?:\w+ )?krew|(?:przesiakniet\w*|zalan\w*) (?:\w+ )?krwia"
)
_PL = Words(
    other=(
        r"syn|syna|synowi|synek|synka|corka|corke|corki|coreczk\w*|dziecko|dziecka|dzieci"
        r"|maly|mala|malego|niemowl\w*|maz|meza|mezowi|zona|zone|zony|partner\w*|chlopak\w*"
        r"|dziewczyn\w*|tata|taty|tate|tato|ojciec|ojca|ojcu|mama|mamy|mame|mamie|matka|matki"
        r"|matke|brat|brata|bratu|siostra|siostre|siostry|babcia|babci|babcie|dziadek|dziadka"
        r"|wujek|wujka|ciocia|cioci|kolega|kolegi|kolege|kolezank\w*|kumpel|kumpla|kumple"
        r"|przyjaciel\w*|przyjaciolk\w*|sasiad\w*|tesc\w*|szwagier\w*|wnuk\w*|wnuczk\w*"
        r"|szef\w*|pracownik\w*|on|ona|jego|jej|go|mu|ktos"
    ),
    distant=(
        r"lat temu|lata temu|rok temu|miesiecy temu|jako dziecko|w dziecinstwie|kiedys|dawno"
        r"|(?:juz |teraz )?wszystko (?:dobrze|ok)"
        r"|wyleczon\w*|zagoil\w*|zagojon\w*|wyzdrowial\w*|blizn\w*|w zeszlym roku|w (?:19|20)"
        r"\d\d|film\w*|serial\w*|odcin\w*|w telewizji|kurs\w*|szkoleni\w*|cwiczeni\w*"
        r"|fantom\w*|powiesc\w*|gra komputer\w*|dokument\w*|podcast\w*|snilo|sen|snie"
        r"|koszmar\w*|weterynarz\w*"
    ),
    animals=(
        r"(?:(?:moj|moja|mojego|nasz|nasza|naszego|naszej) )?(?:pies|psa|psu|piesek|pieska"
        r"|kot|kota|kotu|kotka|kon|konia|krowa|krowe|owca|owce|koza|koze|szczeniak\w*)"
    ),
    hypothetical=(
        r"co (?:robic|zrobic|sie robi) (?:gdy|jesli|jezeli|kiedy) (?:ktos|osoba|dziecko)|jak"
        r" pomoc (?:komus|osobie)"
    ),
    now=(r"teraz|wlasnie|nagle|przed chwila|w tej chwili|dzisiaj|dzis|dzis rano|wieczorem"),
    poison=(
        r"grzyb(?:y|ow|ami|ach|ki|kow|kami|a|em)?|muchomor\w*|sromotnik\w*|(?:dzikie|trujace"
        r"|lesne|nieznane) (?:jagody|owoce)|oleander\w*|naparstnic\w*|cykut\w*|szalej|pokrzyk"
        r"\w*|wilcza jagoda|bielun\w*|konwali\w*|tojad\w*|rycyn\w*|difenbachi\w*|trujac\w*"
        r" rosl\w*|trutk\w*|srodek na szczury|pestycyd\w*|insektycyd\w*|srodek ochrony roslin"
        r"|opryski?\w*|randap|roundup",
        r"wymiotuje|wymiotuja|wymioty|wymiotowal\w*|rzyga\w*|(?:wije sie|zwija sie|skreca sie)"
        r" (?:\w+ ){0,2}?z bolu|(?:bol\w*|skurcze|kolki) (?:\w+ ){0,3}?(?:straszn\w*"
        r"|okropn\w*|nie do wytrzymania|potworn\w*)|nieprzytomn\w*|nie reaguje|nie kontaktuje"
        r"|nie mozna (?:go|jej) dobudzic|nie budzi sie|drgawk\w*|majaczy|bredzi|slini sie"
        r"|piana z ust|zolte (?:oczy|bialka)|zolta skora|zzolkl\w*|lejac\w*|wiotk\w*",
    ),
    fumes=(
        r"(?:wybielacz\w*|chlor\w*|domestos\w*|amoniak\w*|kwas\w*|ocet|octem|kret\w*"
        r"|udrazniacz\w*|odkamieniacz\w*|srodk\w* czystosci|plyn\w* do (?:wc|toalet\w*))"
        r" (?:\w+ ){0,5}?(?:zmiesz\w*|zmies\w*|wymiesz\w*|polaczy\w*)|(?:zmiesz\w*|zmies\w*"
        r"|wymiesz\w*|polaczy\w*) (?:\w+ ){0,4}?(?:wybielacz\w*|chlor\w*|domestos\w*"
        r"|amoniak\w*|kwas\w*|ocet|octem|srodk\w*)|(?:opary|gazy|dym) (?:\w+ ){0,3}?"
        r"(?:trujac\w*|toksyczn\w*|chlor\w*|chemiczn\w*)|(?:nawdychal\w*|wdychal\w*) (?:\w+ )"
        r"{0,3}?(?:opar\w*|gaz\w*|dym\w*|chlor\w*|chemi\w*)|zatrucie dymem|(?:dom|mieszkanie"
        r"|kuchnia|blok) (?:\w+ ){0,2}?(?:sie pali|plonie|w ogniu)",
        r"(?:nie moge|nie moze|ciezko|trudno|ledwo) (?:\w+ )?(?:oddychac|oddycha|zlapac (?:tchu"
        r"|oddechu|powietrza))|dusze sie|dusi sie|brakuje (?:mi |mu |jej )?powietrza"
        r"|dusznosc\w*|(?:pali|piecze|pieka|parzy) (?:\w+ ){0,2}?(?:w klatce|w piersi|w gardle"
        r"|w plucach)|(?:klatka|gardlo|pluca) (?:\w+ ){0,2}?(?:pali|piecze|pieka)|kaszl\w*"
        r" (?:\w+ ){0,3}?(?:bez przerwy|non stop|krwia)|zemdlal\w*|nieprzytomn\w*|stracil\w*"
        r" przytomnosc|(?:usta|wargi) (?:\w+ )?(?:sine|niebieskie)",
    ),
    medicine=(
        r"insulin\w*|tabletk\w*|pigulk\w*|lek|leki|lekow|lekami|lekarstw\w*|dawk\w*"
        r"|zastrzyk\w*|acenokumarol|warfaryn\w*|sintrom|digoksyn\w*|metotreksat|morfin\w*",
        r"dwa razy|dwukrotnie|podwojn\w*|trzy razy|przez pomylke|pomylkowo|omylkowo|niechcacy"
        r"|przypadkiem|pomylil\w*|za duzo|za duza|zapomnial\w* ze (?:juz )?",
        r"zimny pot|poce sie|poci sie|spocon\w*|trzes\w*|drzy|splatan\w*|zdezorientowan\w*"
        r"|zawroty|kreci (?:mi |mu |jej )?sie w glowie|mdle\w*|zemdlal\w*|nieprzytomn\w*"
        r"|nie reaguje|nie kontaktuje|bardzo senn\w*|(?:puls|tetno|serce) (?:\w+ ){0,3}?"
        r"(?:woln\w*|slab\w*|nisk\w*|nieregularn\w*)|(?:cukier|glukoza|poziom cukru) (?:\w+ )"
        r"{0,3}?(?:nisk\w*|spada)|hipoglikemi\w*|niedocukrz\w*|wymiot\w*|belkocz\w*",
    ),
    injury=(
        r"(?:spadl\w*|upadl\w*|zlecial\w*|sturlal\w*|wypadl\w*) (?:\w+ ){0,3}?(?:z|ze|po)"
        r" (?:\w+ )?(?:drabin\w*|dachu|rusztowani\w*|schod\w*|balkon\w*|okna|konia|drzewa"
        r"|roweru|motoru|motocykl\w*|skutera|muru|skaly|wysokosci|pietra|przyczepy"
        r"|ciezarowki|traktora|strychu)|wypadek|wypadku|wypadkiem|kraks\w*|zderzeni\w*"
        r"|potracil\w*|potracon\w*|przejechan\w*|rozbil\w* sie|(?:drzewo|konar|galaz|belka"
        r"|sciana|mur|auto|samochod|traktor|szafa|regal|paleta|maszyna|glaz|ladunek) (?:\w+ )"
        r"{0,3}?(?:przygniotl\w*|przywalil\w*|zwalil\w*|spadl\w* na|upadl\w* na|uderzyl\w*)"
        r"|przygniecion\w*|przygniotl\w*|przywalon\w*|przywalil\w*|zakleszczon\w*"
        r"|pila lancuchow\w*|pilarka|pilarki|pilarke|szlifierk\w*|katowk\w*|siekier\w*"
        r"|maczet\w*|kosiark\w*|podkaszark\w*|szyba|szybe|szyby|szybie|szklane drzwi"
        r"|omsknal (?:mi |mu )?sie noz|dzgniet\w*|dzgnal\w*|pchniet\w* nozem|postrzel\w*"
        r"|(?:pies|psy) (?:\w+ ){0,3}?(?:zaatakowal\w*|pogryzl\w*)",
        r"nieprzytomn\w*(?<!byl\snieprzytomny)(?<!byla\snieprzytomna)(?<!bylem\snieprzytomny)"
        r"(?<!lezal\snieprzytomny)(?<!lezala\snieprzytomna)"
        r"(?<!bylam\snieprzytomna)|(?:lezy) (?:\w+ ){0,2}?"
        r"(?:bez ruchu|nieruchomo|bez przytomnosci)|nie (?:rusza sie|reaguje|kontaktuje"
        r"|odpowiada|oddycha|budzi sie)|bez przytomnosci|(?:stracil\w*|traci) przytomnosc"
        r"|nie (?:moze|moge) (?:\w+ ){0,2}?(?:ruszyc|poruszyc) (?:\w+ )?(?:nogami|rekami|nogi"
        r"|rece)|nie czuje (?:\w+ )?(?:nog|rak|ciala)|sparalizowan\w*|(?:krew|krwawi) (?:\w+ )"
        r"{0,3}?(?:z glowy|z ucha|z uszu|z ust)|(?:glowa|ucho) (?:\w+ )?(?:krwawi|we krwi"
        r"|rozbita|rozcieta)|kosc (?:\w+ ){0,3}?(?:wystaje|na wierzchu|widac|sterczy|wyszla"
        r"|przebila)|(?:widac|widze) (?:\w+ ){0,2}?kosc|otwarte zlamanie|zlamanie otwarte"
        r"|(?:noga|reka|stopa|kostka|biodro) (?:\w+ ){0,3}?(?:wykrecon\w*|wygiet\w*|pod"
        r" dziwnym katem|w druga strone)|(?:krzyczy|wyje) (?:\w+ ){0,2}?z bolu|(?:palec|palce"
        r"|dlon) (?:\w+ ){0,3}?(?:odciet\w*|urwan\w*|zwisa)|" + _PL_BLEED,
    ),
    burn=(
        r"(?:gorac\w*|wrzac\w*|rozgrzan\w*) (?:\w+ )?(?:olej\w*|tluszcz\w*|wod\w*|zup\w*"
        r"|herbat\w*|kaw\w*|mleko|mlek\w*|wosk\w*|wrzatek) (?:[\w,]+ ){0,4}?(?:wylal\w*"
        r"|rozlal\w*|przewrocil\w*|chlusn\w*|prysn\w*|spadl\w*|na (?:siebie|niego|nia|mnie))"
        r"|(?:wylal\w*|rozlal\w*|oblal\w*|chlusn\w*) (?:[\w,]+ ){0,4}?(?:gorac\w*|wrzac\w*"
        r"|wrzatk\w*)|(?:frytownic\w*|garnek|garnka"
        r"|patelni\w*|czajnik\w*) (?:\w+ ){0,3}?(?:przewrocil\w*|spadl\w*|wylal\w*|wybuchl\w*"
        r"|zapalil\w*)|plomien\w*|pozar\w*|wybuch\w*|eksplozj\w*|butl\w* z gazem|benzyn\w*"
        r"|spirytus\w*|grill\w*|petard\w*|fajerwerk\w*|kwas\w*|zracy\w*",
        r"skora (?:\w+ ){0,3}?(?:schodzi|zeszla|odchodzi|odeszla|wisi|odpada|biala|czarna"
        r"|zweglona)|(?:biala|czarna|zweglona) skora|(?:ogromne|wielkie|olbrzymie) (?:pecherze"
        r"|bable)|(?:pecherze|bable) (?:\w+ ){0,3}?(?:wszedzie|ogromne|wielkie)|(?:cala|cale"
        r"|caly) (?:\w+ )?(?:reka|reke|noga|noge|klatka|twarz|plecy|brzuch|cialo|dlon|bok)"
        r" (?:\w+ ){0,3}?(?:poparzon\w*|oparzon\w*|spalon\w*)|(?:klatka|klatke|twarz|brzuch"
        r"|plecy|szyja|szyje|tors) (?:\w+ ){0,3}?(?:poparzon\w*|oparzon\w*|spalon\w*)"
        r"|(?:poparzon\w*|oparzon\w*|poparzyl\w*|oparzyl\w*) (?:\w+ ){0,3}?(?:klatk\w*|twarz"
        r"|brzuch|plecy|szyj\w*|tors|cal\w*)|ubranie (?:\w+ ){0,3}?(?:przyklejon\w*"
        r"|wtopion\w*|stopion\w*)",
    ),
    bite=(
        r"(?:zmij\w*|waz|weza|wezem|grzechotnik\w*|kobr\w*|skorpion\w*|pajak\w*|czarna wdowa"
        r"|meduz\w*|ostrosz\w*|plaszczk\w*|skolopendr\w*) (?:\w+ ){0,3}?(?:ugryzl\w*|ukasil\w*"
        r"|uzadlil\w*|uklul\w*|poparzyl\w*)|(?:ugryzl\w*|ukasil\w*|ugryzion\w*|ukaszon\w*"
        r"|uzadlon\w*|ukaszeni\w*|ugryzieni\w*) (?:\w+ ){0,3}?(?:zmij\w*|waz|weza|skorpion\w*"
        r"|pajak\w*|meduz\w*|ostrosz\w*)",
        r"(?:puchnie|spuchl\w*|opuchl\w*|obrzek\w*|opuchniet\w*|spuchniet\w*) (?:\w+ ){0,4}?"
        r"(?:szybko|coraz bardziej|strasznie|cala|caly|do)|(?:noga|reka|dlon|stopa|palec"
        r"|twarz|kostka) (?:\w+ ){0,3}?(?:puchnie|spuchniet\w*|opuchniet\w*|sina|fioletow\w*"
        r"|czarn\w*)|zawroty|kreci (?:mi |mu |jej )?sie w glowie|mdle\w*|zemdlal\w*|wymiot\w*"
        r"|poce sie|poci sie|zimny pot|trzes\w*|slini\w*|dretw\w*|zdretwial\w*|mrowi\w*"
        r"|niewyraznie widz\w*|nie (?:moze|moge) oddychac|ciezko oddycha\w*|dusi sie|dusze sie"
        r"|kolatani\w*|skurcze|bol (?:\w+ ){0,2}?(?:nie do wytrzymania|potworny)",
    ),
    water=(
        r"(?:wyciagn\w*|wylowil\w*|wylowion\w*|uratowal\w*) (?:\w+ ){0,3}?(?:z wody|z basenu"
        r"|z rzeki|z jeziora|z morza|ze stawu|z kanalu|z wanny|z przerebl\w*|spod lodu)"
        r"|tonal\w*|topil\w* sie|prawie utonal\w*|podtopi\w*|(?:wpadl\w*|zarwal\w* sie) (?:\w+ )"
        r"{0,3}?(?:pod lod|do przerebl\w*|do lodowatej)|(?:unosil\w*|dryfowal\w*) (?:\w+ )"
        r"{0,2}?twarza w dol",
        r"(?:jest )?(?:siny|sina|sine|zsinial\w*|niebieski\w*|szary|szara)|(?:usta|wargi)"
        r" (?:\w+ )?(?:sine|niebieskie)|nie oddycha|ledwo oddycha|oddycha (?:\w+ )?(?:dziwnie"
        r"|slabo)|nie (?:reaguje|kontaktuje|odpowiada|rusza sie|budzi sie)"
        r"|nieprzytomn\w*(?<!byl\snieprzytomny)|bez przytomnosci|przestal\w* sie trzasc|juz"
        r" sie nie trzesie|trzesie (?:\w+ ){0,2}?niekontrolowan\w*|splatan\w*|lejac\w*"
        r"|wiotk\w*|kaszle woda",
    ),
    pregnant=(
        r"ciaz\w*|ciezarn\w*",
        _PL_BLEED + r"|(?:krwawi\w*|krew|plamieni\w*) (?:\w+ ){0,4}?(?:bol\w*|skurcz\w*"
        r"|brzuch (?:\w+ )?twardy)|strasznie krwawi\w*|drgawk\w*|nieprzytomn\w*|zemdlal\w*"
        r"|stracil\w* przytomnosc",
    ),
    preterm=(
        r"tyg(?<=(?:[12]\d|3[0-6])\styg)\w*|tydzien(?<=(?:[12]\d|3[0-6])\stydzien)|(?:piat\w*"
        r"|szost\w*|siodm\w*|osm\w*) miesi\w*|miesi(?<=[5-8]\smiesi)\w*",
        r"(?:odeszly|odchodza|odplynely|pekl\w*) (?:\w+ ){0,2}?(?:wody|pecherz plodowy)|wody"
        r" (?:\w+ ){0,2}?(?:odeszly|odplynely|odchodza)|skurcze (?:\w+ ){0,3}?(?:co|silne"
        r"|mocne|regularne)|(?:silne|mocne|regularne) skurcze|rodze|zaczal sie porod",
    ),
    pregnant_head=(
        r"ciaz\w*|ciezarn\w*",
        r"(?:bol glowy|glowa) (?:\w+ ){0,3}?(?:straszn\w*|okropn\w*|potworn\w*|nie do"
        r" wytrzymania|peka|rozsadza)|(?:straszny|okropny|potworny|silny|ogromny) bol glowy",
        r"mroczki|blyski|blyskaj\w*|gwiazdki|plamki|iskry|widze (?:\w+ )?(?:podwojnie"
        r"|niewyraznie|mgle)|zamazan\w*|spuchl\w*|opuchn\w*|obrzek\w*|puchn\w*",
    ),
)

# ru
_RU_BLEED = (
    r"кровь (?:\w+ ){0,2}?(?:хлещет|бьет|фонтаном|струей|не останавливается|не остановить"
    r"|не унять|льется|повсюду|везде|лужей)|(?:хлещет|бьет|льет|льется) (?:\w+ )?кровь"
    r"|(?:много|очень много|лужа|море) крови|(?:сильное|обильное|сильнейшее) кровотечение"
    r"|кровотечени\w* (?:\w+ ){0,2}?не (?:останавлива\w*|унять)|не (?:могу|можем|получается)"
    r" (?:\w+ )?(?:остановить|унять) (?:\w+ )?кров\w*|(?:пропитал\w*|промок\w*) (?:\w+ )?"
    r"кровью|(?:сильно|очень сильно) кровит"
)
_RU = Words(
    other=(
        r"муж\w*|жен\w*|сын\w*|дочь|дочк\w*|дочер\w*|ребен\w*|ребенк\w*|малыш\w*|отец|отца"
        r"|отцу|пап\w*|бат(?:я|ю|и|е|ей)|мам\w*|мать|матери|брат\w*|сестр\w*|друг(?:а|у|ом)?"
        r"|подруг\w*|сосед\w*|кум\w*|дед(?:а|у|ом|ушк\w*)?|бабушк\w*|бабул\w*|тест\w*"
        r"|свекр\w*|коллег\w*|напарник\w*|он|она|его|ему|ей|ее|кто то|человек\w*|мужик\w*"
        r"|парн\w*|рабоч\w*"
    ),
    distant=(
        r"лет назад|год назад|года назад|месяц\w* назад|в детстве|когда (?:я )?был\w*|давно"
        r"|зажил\w*|вылечил\w*|поправил\w*|шрам\w*|в прошлом году|в (?:19|20)\d\d|фильм\w*"
        r"|сериал\w*|серии|по телевизору|по телику|курс\w*|тренинг\w*|учени\w*|манекен\w*"
        r"|книг\w*|роман\w*|видеоигр\w*|документал\w*|подкаст\w*|снилось|приснилось|сон"
        r"|кошмар\w*|ветеринар\w*|ветклиник\w*"
    ),
    animals=(
        r"(?:(?:моя|мой|моего|мою|наш|наша|нашего|нашу) )?(?:собак\w*|пес|пса|псу|песик\w*"
        r"|кот|кота|коту|кошк\w*|котенк\w*|лошад\w*|коров\w*|овц\w*|коз\w*|щен\w*)"
    ),
    hypothetical=(
        r"что (?:делать|нужно делать) (?:если|когда) (?:кто то|человек|ребенок)|как помочь"
        r" (?:человеку|кому то)"
    ),
    now=(r"сейчас|щас|только что|вдруг|прямо сейчас|сегодня|утром|вечером"),
    poison=(
        r"гриб\w*|поганк\w*|мухомор\w*|(?:ядовит\w*|волч\w*|незнаком\w*|дик\w*|лесн\w*)"
        r" ягод\w*|белен\w*|дурман\w*|болиголов\w*|олеандр\w*|наперстянк\w*|ландыш\w*"
        r"|борщевик\w*|аконит\w*|клещевин\w*|диффенбахи\w*|ядовит\w* растени\w*|крысин\w*"
        r" яд\w*|отрав\w* (?:для|от) (?:крыс|мышей)|пестицид\w*|инсектицид\w*|гербицид\w*"
        r"|ядохимикат\w*",
        r"рвет|рвота|рвало|блюет|блюют|стошнило|выворачивает|(?:корчит\w*|корчится|скрючило"
        r"|катается) (?:\w+ ){0,2}?от бол\w*|(?:боли|боль|резь|колики) (?:\w+ ){0,3}?(?:дикие"
        r"|дикая|страшн\w*|невыносим\w*|ужасн\w*)|без сознания|не приходит в себя"
        r"|не реагирует|не просыпается|не добудиться|судорог\w*|бредит|пена изо рта"
        r"|слюнотечение|желт\w* (?:глаза|кожа|белки)|пожелтел\w*|вялый|вялая|заторможен\w*",
    ),
    fumes=(
        r"(?:белизн\w*|хлор\w*|доместос\w*|нашатыр\w*|аммиак\w*|кислот\w*|уксус\w*|крот\w*"
        r"|средств\w* для (?:унитаза|труб|чистки)|чистящ\w* средств\w*|бытов\w* хими\w*) (?:\w+ )"
        r"{0,5}?(?:смешал\w*|смешив\w*|намешал\w*)|(?:смешал\w*|смешив\w*|намешал\w*) (?:\w+ )"
        r"{0,4}?(?:белизн\w*|хлор\w*|доместос\w*|нашатыр\w*|аммиак\w*|кислот\w*|уксус\w*"
        r"|средств\w*)|(?:пары|паров|газ|газы|дым\w*) (?:\w+ ){0,3}?(?:ядовит\w*|токсичн\w*"
        r"|хлор\w*|химич\w*)|(?:ядовит\w*|токсичн\w*) (?:пары|паров|газ|газы|дым\w*)"
        r"|(?:надышал\w*|вдохнул\w*|наглотал\w*) (?:\w+ ){0,3}?(?:пар\w*|газ\w*|дым\w*|хлор\w*"
        r"|хими\w*|белизн\w*)|отравлени\w* (?:дымом|парами)|(?:квартира|дом|кухня|подъезд)"
        r" (?:\w+ ){0,2}?(?:горит|загорел\w*|в огне)",
        r"(?:не могу|не может|тяжело|трудно|еле|с трудом) (?:\w+ )?(?:дышать|дышит|дышу"
        r"|вдохнуть|вздохнуть)|задыха\w*|не хватает воздуха|нечем дышать|(?:жжет|жжение|горит"
        r"|печет|дерет) (?:\w+ ){0,2}?(?:в груди|в горле|в легких)|(?:грудь|горло|легкие)"
        r" (?:\w+ ){0,2}?(?:жжет|горит|печет|дерет)|кашл\w* (?:\w+ ){0,3}?(?:без остановки"
        r"|не переставая|кровью)|потерял\w* сознание|без сознания|упал\w* в обморок"
        r"|губы (?:\w+ )?(?:синие|посинели)",
    ),
    medicine=(
        r"инсулин\w*|таблет\w*|пилюл\w*|лекарств\w*|препарат\w*|доз(?:а|у|ы|ой|е)|укол\w*"
        r"|варфарин\w*|дигоксин\w*|метотрексат\w*|литий|лития|морфин\w*|пластыр\w*|капл\w*",
        r"дважды|два раза|двойн\w*|три раза|трижды|по ошибке|случайно|перепутал\w*|ошибочно"
        r"|лишн\w*|забыл\w* что (?:уже )?",
        r"холодн\w* пот\w*|в поту|потеет|вспотел\w*|трясет|трясется|дрож\w*|спутан\w*"
        r"|не соображает|путается|заговаривается|головокружени\w*|кружится голова|голова"
        r" кружится|шатает|обморок\w*|без сознания|не реагирует|не просыпается|(?:пульс"
        r"|сердце|давление) (?:\w+ ){0,3}?(?:редк\w*|медленн\w*|слаб\w*|низк\w*|упал\w*)"
        r"|(?:сахар|глюкоз\w*) (?:\w+ ){0,3}?(?:низк\w*|упал\w*|падает)|гипогликеми\w*|гипо"
        r"|рвет|рвота|двоится",
    ),
    injury=(
        r"(?:упал\w*|свалил\w*|сорвал\w*|слетел\w*|навернул\w*|грохнул\w*|скатил\w*|выпал\w*)"
        r" (?:\w+ ){0,3}?(?:с|со|из) (?:\w+ )?(?:лестниц\w*|стремянк\w*|крыш\w*|лесов|балкон\w*"
        r"|окна|лошади|коня|дерева|велосипед\w*|мотоцикл\w*|мопед\w*|скутер\w*|стены|забора"
        r"|обрыва|высоты|этажа|прицепа|грузовик\w*|трактор\w*|чердак\w*|сеновал\w*)|авари\w*"
        r"|дтп|сбил\w* (?:машин\w*|грузовик\w*)|сбила машина|сбило машиной|(?:дерев\w*"
        r"|бревн\w*|ветк\w*|балк\w*|бетон\w*|стен\w*|плит\w*|машин\w*|трактор\w*|шкаф\w*"
        r"|стеллаж\w*|груз\w*) (?:\w+ ){0,3}?(?:упал\w* на|придавил\w*|привалил\w*|ударил\w*"
        r"|рухнул\w* на|задавил\w*|прижал\w*)|(?:придавил\w*|придавило|привалило|привалил\w*"
        r"|зажало|завалило|задавил\w*|ударило|вдарило) (?:\w+ ){0,3}?(?:дерев\w*|бревн\w*"
        r"|плит\w*|стен\w*|балк\w*|машин\w*|груз\w*|веткой)|бензопил\w*|болгарк\w*"
        r"|циркулярк\w*|пилой|топор\w*|газонокосилк\w*|триммер\w*|нож (?:\w+ )?(?:соскользнул"
        r"|сорвался)|ножев\w* ранени\w*|пырнул\w*|ударил\w* ножом|огнестрел\w*"
        r"|подстрелил\w*|собак\w* (?:\w+ ){0,3}?(?:напал\w*|покусал\w*|искусал\w*)",
        r"без сознания(?<!был\sбез\sсознания)(?<!была\sбез\sсознания)|лежит (?:\w+ ){0,2}?"
        r"(?:без движения|неподвижно)|не (?:двигается|шевелится|реагирует|отвечает|приходит в"
        r" себя|дышит|просыпается)|(?:потерял\w*|теряет) сознание|(?:не чувствует|не может"
        r" пошевелить|не чувствую|не могу пошевелить) (?:\w+ )?(?:ног\w*|рук\w*|тел\w*)"
        r"|парализ\w*|кров\w* (?:\w+ ){0,3}?(?:из уха|из ушей|из головы|изо рта|с головы)"
        r"|(?:голова|ухо|уши) (?:\w+ )?(?:в крови|кровоточ\w*|разбит\w*|проломлен\w*)"
        r"|кост(?:ь|и|ью) (?:\w+ ){0,3}?(?:торчит|наружу|видно|вылезла|вышла|проткнула)"
        r"|(?:видно|видна|вижу) (?:\w+ ){0,2}?кост(?:ь|и)|открыт\w* перелом|(?:нога|рука"
        r"|ступня|стопа|бедро) (?:\w+ ){0,3}?(?:вывернут\w*|неестественн\w*|в другую сторону"
        r"|под странным углом)|(?:кричит|орет|воет) (?:\w+ ){0,2}?от боли|(?:палец|пальцы"
        r"|кисть) (?:\w+ ){0,3}?(?:отрезан\w*|оторван\w*|висит|болтается)|" + _RU_BLEED,
    ),
    burn=(
        r"(?:кипят(?:ок|ком|ка)|(?:кипящ\w*|горяч\w*|раскален\w*) (?:\w+ )?(?:масл\w*|жир\w*"
        r"|вод\w*|суп\w*|ча\w*|кофе|молок\w*|воск\w*|смол\w*)) (?:[\w,]+ ){0,4}?"
        r"(?:опрокинул\w*|пролил\w*|вылил\w*|плеснул\w*|брызнул\w*|упал\w*|на себя|на него"
        r"|на нее)|(?:опрокинул\w*|пролил\w*|облил\w*|ошпарил\w*|обварил\w*) (?:[\w,]+ )"
        r"{0,4}?(?:кипят(?:ок|ком|ка)|кипящ\w*|горяч\w*)|(?:фритюр\w*|кастрюл\w*"
        r"|сковород\w*|чайник\w*) (?:\w+ ){0,3}?(?:опрокинул\w*|упал\w*|перевернул\w*"
        r"|взорвал\w*|загорел\w*)|огонь|огнем|пламя|пламенем|пожар\w*|взрыв\w*|взорвал\w*"
        r"|газов\w* баллон\w*|бензин\w*|розжиг\w*|мангал\w*|петард\w*|фейерверк\w*"
        r"|кислот\w*|щелоч\w*",
        r"кож\w* (?:\w+ ){0,3}?(?:слезает|сходит|облезает|отходит|свисает|слезла|сошла|белая"
        r"|черная|обуглен\w*|лохмотьями)|(?:огромн\w*|страшн\w*) (?:волдыр\w*|пузыр\w*)"
        r"|(?:волдыр\w*|пузыр\w*) (?:\w+ ){0,3}?(?:везде|по всей|огромн\w*)|(?:всю|вся|весь)"
        r" (?:\w+ )?(?:руку|рука|ногу|нога|грудь|лицо|спину|спина|живот|тело|бок) (?:\w+ )"
        r"{0,3}?(?:обжег\w*|ошпарил\w*|обварил\w*|обожжен\w*|ошпарен\w*)|(?:грудь|лицо|живот"
        r"|спину|спина|шею|шея) (?:\w+ ){0,3}?(?:обожжен\w*|ошпарен\w*|обварен\w*|обгорел\w*)"
        r"|(?:обжег\w*|ошпарил\w*|обварил\w*|обгорел\w*) (?:\w+ ){0,3}?(?:грудь|лицо|живот"
        r"|спину|шею)|одежд\w* (?:\w+ ){0,3}?(?:прилипл\w*|прикипел\w*|расплавил\w*)",
    ),
    bite=(
        r"(?:змея|змеи|змею|гадюк\w*|гюрз\w*|щитомордник\w*|кобр\w*|скорпион\w*|паук\w*"
        r"|каракурт\w*|черн\w* вдов\w*|медуз\w*|скат\w*|сколопендр\w*|тарантул\w*) (?:\w+ )"
        r"{0,3}?(?:укусил\w*|ужалил\w*|обжегл\w*|цапнул\w*)|(?:укусил\w*|ужалил\w*"
        r"|укушен\w*|ужален\w*|укус\w*) (?:\w+ ){0,3}?(?:змея|змеи|змеей|гадюк\w*|гюрз\w*"
        r"|скорпион\w*|паук\w*|каракурт\w*|медуз\w*|скат\w*|сколопендр\w*)",
        r"(?:опух\w*|распух\w*|отек\w*|отекает|раздуло|раздувается) (?:\w+ ){0,4}?(?:быстро"
        r"|сильно|на глазах|все больше|до)|(?:нога|рука|кисть|стопа|палец|лицо|лодыжка) (?:\w+ )"
        r"{0,3}?(?:опухл\w*|распухл\w*|отекл\w*|опухает|распухает|синеет|посинел\w*"
        r"|почернел\w*|чернеет)|кружится голова|голова кружится|головокружени\w*|обморок\w*"
        r"|теряет сознание|рвет|рвота|потеет|в поту|трясет|дрож\w*|слюн\w*|немеет|онемел\w*"
        r"|покалыва\w*|двоится|не может дышать|не могу дышать|тяжело дышать|задыха\w*"
        r"|сердце колотится|судорог\w*|боль (?:\w+ ){0,2}?(?:дикая|невыносим\w*|адская)",
    ),
    water=(
        r"(?:вытащил\w*|достал\w*|выловил\w*) (?:\w+ ){0,3}?из (?:воды|бассейна|реки|озера"
        r"|моря|пруда|ванны|проруби|полыньи|канала|под льда)|тонул\w*|тонет|чуть не утонул\w*"
        r"|захлебнул\w*|захлебывается|(?:провалил\w*|упал\w*|ушел|ушла) (?:\w+ ){0,2}?(?:под лед"
        r"|в прорубь|в полынью|в ледяную воду)|(?:плавал\w*|лежал\w*) (?:\w+ ){0,2}?лицом вниз",
        r"синий|синяя|синее|посинел\w*|синеет|серый|серая|губы (?:\w+ )?(?:синие|посинели)"
        r"|не дышит|еле дышит|дышит (?:\w+ )?(?:странно|плохо|хрипло)|не (?:реагирует"
        r"|отвечает|шевелится|двигается|приходит в себя)|без сознания(?<!был\sбез\sсознания)"
        r"|перестал\w* дрожать|не дрожит|дрожит (?:\w+ ){0,2}?(?:не переставая|без остановки)"
        r"|заторможен\w*|бормочет|кашляет водой",
    ),
    pregnant=(
        r"беремен\w*",
        _RU_BLEED + r"|(?:кров\w*|кровотечени\w*|кровян\w*) (?:\w+ ){0,4}?(?:бол\w*|схватк\w*"
        r"|спазм\w*|живот (?:\w+ )?(?:каменн\w*|твердый))|судорог\w*|без сознания"
        r"|потерял\w* сознание|упал\w* в обморок",
    ),
    preterm=(
        r"нед(?<=(?:[12]\d|3[0-6])\sнед)\w*|(?:пят\w*|шест\w*|седьм\w*|восьм\w*) месяц\w*"
        r"|месяц(?<=[5-8]\sмесяц)\w*|(?:пять|шесть|семь|восемь) месяцев",
        r"(?:отошли|отходят|подтека\w*|излил\w*) (?:\w+ ){0,2}?воды|воды (?:\w+ ){0,2}?(?:отошли"
        r"|отходят)|схватк\w* (?:\w+ ){0,3}?(?:каждые|сильн\w*|регулярн\w*|через)|(?:сильн\w*"
        r"|регулярн\w*) схватк\w*|рожаю|начались роды",
    ),
    pregnant_head=(
        r"беремен\w*",
        r"голова (?:\w+ )?(?:раскалывается|болит (?:\w+ )?(?:сильно|ужасно|дико|невыносимо))"
        r"|(?:сильн\w*|ужасн\w*|дик\w*|невыносим\w*|страшн\w*) головн\w* бол\w*",
        r"мушки|вспышки|искры|звездочки|пятна перед глазами|пелена|двоится|плывет перед"
        r" глазами|отек\w*|отекл\w*|опух\w*|распух\w*",
    ),
)

# uk
_UK_BLEED = (
    r"кров (?:\w+ ){0,2}?(?:б є|бє|хлеще|фонтаном|струменем|не зупиняється|не спиняється"
    r"|не зупинити|ллється|скрізь|всюди|калюжею)|(?:хлеще|б є|ллє|ллється) (?:\w+ )?кров"
    r"|(?:багато|дуже багато|калюжа|море) крові|(?:сильн\w*|рясн\w*) кровотеч\w*"
    r"|кровотеч\w* (?:\w+ ){0,2}?не зупиня\w*|не (?:можу|можемо|виходить) (?:\w+ )?зупинити"
    r" (?:\w+ )?кров\w*|(?:просочил\w*|промок\w*) (?:\w+ )?кров ю|(?:сильно|дуже сильно)"
    r" кровить"
)
_UK = Words(
    other=(
        r"чоловік\w*|дружин\w*|син|сина|синові|синок|донь\w*|дочк\w*|доч\w*|дитин\w*|дитя"
        r"|малюк\w*|бать\w*|тат\w*|мам\w*|мати|матір\w*|брат\w*|сестр\w*|друг(?:а|у|ові)?"
        r"|подруг\w*|сусід\w*|кум\w*|дід\w*|бабус\w*|бабц\w*|свекр\w*|тест\w*|колег\w*"
        r"|напарник\w*|він|вона|його|йому|її|їй|хтось|людин\w*|хлопц\w*|робітник\w*"
    ),
    distant=(
        r"років тому|рік тому|роки тому|місяц\w* тому|в дитинстві|у дитинстві|коли (?:я )?"
        r"був\w*|давно|загоїл\w*|вилікував\w*|одужав\w*|одужала|шрам\w*|минулого року|(?:в|у)"
        r" (?:19|20)\d\d|фільм\w*|серіал\w*|серії|по телевізору|курс\w*|тренінг\w*|навчанн\w*"
        r"|манекен\w*|книз\w*|книг\w*|роман\w*|відеогр\w*|документал\w*|подкаст\w*|снилось"
        r"|наснилось|сон|кошмар\w*|ветеринар\w*|ветклінік\w*"
    ),
    animals=(
        r"(?:(?:моя|мій|мого|мою|наш|наша|нашого|нашу) )?(?:собак\w*|пес|пса|псу|песик\w*|кіт"
        r"|кота|коту|кішк\w*|кошеня\w*|кон\w*|корів\w*|коров\w*|вівц\w*|кіз\w*|цуцен\w*)"
    ),
    hypothetical=(
        r"що (?:робити|треба робити) (?:якщо|коли) (?:хтось|людина|дитина)|як допомогти"
        r" (?:людині|комусь)"
    ),
    now=(r"зараз|щойно|раптом|прямо зараз|сьогодні|вранці|ввечері"),
    poison=(
        r"гриб\w*|поганк\w*|мухомор\w*|(?:отруйн\w*|вовч\w*|незнайом\w*|дик\w*|лісов\w*)"
        r" яг(?:і|о)д\w*|блекот\w*|дурман\w*|болиголов\w*|олеандр\w*|наперстянк\w*|конвалі\w*"
        r"|борщівник\w*|аконіт\w*|рицин\w*|діфенбахі\w*|отруйн\w* рослин\w*|щуряч\w* отрут\w*"
        r"|отрут\w* (?:для|від) (?:щурів|мишей)|пестицид\w*|інсектицид\w*|гербіцид\w*"
        r"|отрутохімікат\w*",
        r"рве|блює|блюють|блювот\w*|вивертає|(?:корчит\w*|корчиться|скрутило|качається)"
        r" (?:\w+ ){0,2}?від болю|(?:біль|болі|різь|коліки) (?:\w+ ){0,3}?(?:дикий|дикі"
        r"|страшн\w*|нестерпн\w*|жахлив\w*)|без свідомості|не приходить до тями|не реагує"
        r"|не прокидається|судом\w*|марить|піна з рота|жовт\w* (?:очі|шкіра|білки)|пожовт\w*"
        r"|кволий|квола|млявий|млява|загальмован\w*",
    ),
    fumes=(
        r"(?:білизн\w*|хлор\w*|доместос\w*|нашатир\w*|аміак\w*|кислот\w*|оцт\w*|оцет|крот\w*"
        r"|засіб\w* для (?:унітазу|труб|чищення)|побутов\w* хімі\w*) (?:\w+ ){0,5}?(?:змішал\w*"
        r"|змішав\w*|змішув\w*|намішал\w*|намішав\w*)|(?:змішал\w*|змішав\w*|змішув\w*"
        r"|намішал\w*|намішав\w*) (?:\w+ ){0,4}?(?:білизн\w*|хлор\w*|доместос\w*|нашатир\w*"
        r"|аміак\w*|кислот\w*|оцт\w*|оцет|засіб\w*)|(?:пари|парів|газ|гази|дим\w*) (?:\w+ )"
        r"{0,3}?(?:отруйн\w*|токсичн\w*|хлор\w*|хімічн\w*)|(?:отруйн\w*|токсичн\w*) (?:пари"
        r"|парів|газ|гази|дим\w*)|(?:надихал\w*|вдихнув\w*|вдихнула|наковтал\w*) (?:\w+ )"
        r"{0,3}?(?:пар\w*|газ\w*|дим\w*|хлор\w*|хімі\w*|білизн\w*)|отруєн\w* (?:димом|парами)"
        r"|(?:квартира|будинок|хата|кухня) (?:\w+ ){0,2}?(?:горить|загорів\w*|загорілась"
        r"|у вогні)",
        r"(?:не можу|не може|важко|тяжко|ледве|ледь|насилу) (?:\w+ )?(?:дихати|дихає|дихаю"
        r"|вдихнути)|задиха\w*|не вистачає повітря|нема чим дихати|немає чим дихати|(?:пече"
        r"|палить|горить|дере) (?:\w+ ){0,2}?(?:в грудях|у грудях|в горлі|у горлі|в легенях)"
        r"|(?:груди|горло|легені) (?:\w+ ){0,2}?(?:пече|печуть|горить|горять|дере)|кашл\w*"
        r" (?:\w+ ){0,3}?(?:без зупинки|не перестаючи|безперестанку|кров ю)|знепритомні\w*"
        r"|без свідомості|втратив\w* свідомість|втратила свідомість|губи (?:\w+ )?(?:сині"
        r"|посиніли)",
    ),
    medicine=(
        r"інсулін\w*|таблет\w*|пігулк\w*|пігулок|ліки|ліків|ліками|препарат\w*|доз(?:а|у|и|ою)"
        r"|укол\w*|варфарин\w*|дигоксин\w*|метотрексат\w*|морфін\w*|пластир\w*|крапл\w*",
        r"двічі|два рази|подвійн\w*|три рази|тричі|помилково|випадково|переплутал\w*"
        r"|переплутав|зайв\w*|забул\w* що (?:вже )?|забув що (?:вже )?",
        r"холодн\w* піт|піт ллє|в поту|спітнів\w*|спітніла|пітніє|трусить|тремтить|тремчу"
        r"|тремтіння|трясе|плутаються|сплутан\w*|паморочит\w*|запаморочен\w*|голова крутиться"
        r"|хитає|непритомн\w*|знепритомні\w*|без свідомості|не реагує|не прокидається|(?:пульс"
        r"|серце|тиск) (?:\w+ ){0,3}?(?:рідк\w*|повільн\w*|слабк\w*|низьк\w*|впав\w*)|(?:цукор"
        r"|глюкоз\w*) (?:\w+ ){0,3}?(?:низьк\w*|впав\w*|падає)|гіпоглікемі\w*|гіпо|рве|блює"
        r"|блювот\w*|двоїться",
    ),
    injury=(
        r"(?:впав|впала|упав|упала|звалил\w*|звалив\w*|зірвал\w*|зірвався|злетів|злетіла"
        r"|гепнув\w*|гепнул\w*|скотив\w*|скотил\w*|випав|випала) (?:\w+ ){0,3}?(?:з|зі|із)"
        r" (?:\w+ )?(?:драбин\w*|стрем янк\w*|даху|риштуван\w*|лісів|балкон\w*|вікна|коня"
        r"|дерева|велосипед\w*|мотоцикл\w*|мопед\w*|скутер\w*|стіни|паркану|обриву|висоти"
        r"|поверху|причепа|вантажівк\w*|трактор\w*|горища|сінника)|авар\w*|дтп|збил\w*"
        r" (?:машин\w*|вантажівк\w*)|збила машина|збило машиною|(?:дерев\w*|колод\w*|гілк\w*"
        r"|балк\w*|бетон\w*|стін\w*|плит\w*|машин\w*|трактор\w*|шаф\w*|стелаж\w*|вантаж\w*"
        r"|уламк\w*) (?:\w+ ){0,3}?(?:впал\w* на|впав на|придавил\w*|привалил\w*|вдарил\w*"
        r"|розчавил\w*|притисл\w*)|(?:придавил\w*|придавило|привалило|привалил\w*|затиснуло"
        r"|завалило|розчавил\w*|вдарило|вдарив|вдарила) (?:\w+ ){0,3}?(?:дерев\w*|колод\w*"
        r"|плит\w*|стін\w*|балк\w*|машин\w*|вантаж\w*|гілк\w*|уламк\w*)|бензопил\w*"
        r"|болгарк\w*|циркулярк\w*|пилкою|пилою|сокир\w*|газонокосарк\w*|тример\w*|ніж (?:\w+ )?"
        r"(?:зісковзнув|зірвався)|ножов\w* поранен\w*|пирнув\w*|вдарив\w* ножем"
        r"|вогнепальн\w*|підстрелил\w*|осколк\w*|прильот\w*|обстріл\w*|собак\w* (?:\w+ ){0,3}?"
        r"(?:напал\w*|покусал\w*|покусав|порвал\w*)",
        r"без свідомості(?<!був\sбез\sсвідомості)(?<!була\sбез\sсвідомості)|лежить (?:\w+ )"
        r"{0,2}?(?:нерухомо|без руху)|не (?:рухається|ворушиться|реагує|відповідає|приходить до"
        r" тями|дихає|прокидається)|(?:втратив|втратила|втрачає) свідомість|знепритомні\w*"
        r"|(?:не відчуває|не може поворухнути|не відчуваю|не можу поворухнути) (?:\w+ )?"
        r"(?:ног\w*|рук\w*|тіл\w*)|паралізован\w*|(?:з|із) (?:вуха|вух|голови|рота) (?:\w+ )?"
        r"(?:кров\w*|тече)|кров (?:\w+ ){0,2}?(?:з вуха|з вух|з голови|з рота)|(?:голова|вухо)"
        r" (?:\w+ )?(?:в крові|кровоточ\w*|розбит\w*|пробит\w*)|кіст\w* (?:\w+ ){0,3}?(?:стирчить"
        r"|назовні|видно|вилізла|вийшла|проткнула)|(?:видно|видна|бачу) (?:\w+ ){0,2}?кіст\w*"
        r"|відкрит\w* перелом|(?:нога|рука|стопа|ступня|стегно) (?:\w+ ){0,3}?(?:вивернут\w*"
        r"|неприродн\w*|в інший бік|під дивним кутом)|(?:кричить|верещить|виє) (?:\w+ ){0,2}?"
        r"від болю|(?:палець|пальці|кисть) (?:\w+ ){0,3}?(?:відрізан\w*|відірван\w*|висить"
        r"|теліпається)|" + _UK_BLEED,
    ),
    burn=(
        r"(?:окріп\w*|(?:кип ят\w*|киплячою|кипляч\w*|гаряч\w*|розпечен\w*) (?:\w+ )?(?:олі\w*"
        r"|жир\w*|вод\w*|суп\w*|ча\w*|кав\w*|молок\w*|віск\w*|смол\w*)) (?:[\w,]+ ){0,4}?"
        r"(?:перекинул\w*|перекинув\w*|пролил\w*|пролив|вилил\w*|вилив|хлюпнул\w*|бризнул\w*"
        r"|впал\w*|впав|на себе|на нього|на неї)|(?:перекинул\w*|перекинув\w*|пролил\w*"
        r"|облил\w*|облив|ошпари\w*|обвари\w*) (?:[\w,]+ ){0,4}?(?:окріп\w*|кип ят\w*"
        r"|кипляч\w*|гаряч\w*)|(?:фритюр\w*"
        r"|каструл\w*|сковорід\w*|чайник\w*) (?:\w+ ){0,3}?(?:перекинул\w*|перекинувся"
        r"|впал\w*|впав|вибухнул\w*|вибухнув|загорів\w*|загорілась)|вогонь|вогнем|полум я"
        r"|полум ям|пожеж\w*|вибух\w*|газов\w* балон\w*|бензин\w*|розпалювач\w*|мангал\w*"
        r"|петард\w*|феєрверк\w*|кислот\w*",
        r"шкір\w* (?:\w+ ){0,3}?(?:злазить|сходить|облазить|відходить|звисає|злізла|зійшла"
        r"|біла|чорна|обвуглен\w*|клаптями)|(?:величезн\w*|страшн\w*) (?:пухир\w*|міхур\w*)"
        r"|(?:пухир\w*|міхур\w*) (?:\w+ ){0,3}?(?:скрізь|по всій|величезн\w*)|(?:всю|вся|весь)"
        r" (?:\w+ )?(?:руку|рука|ногу|нога|груди|обличчя|спину|спина|живіт|тіло|бік) (?:\w+ )"
        r"{0,3}?(?:обпік\w*|обпекл\w*|ошпари\w*|обвари\w*|обпечен\w*)|(?:груди|обличчя|живіт"
        r"|спину|спина|шию|шия) (?:\w+ ){0,3}?(?:обпечен\w*|ошпарен\w*|обварен\w*|обгорі\w*)"
        r"|(?:обпік\w*|обпекл\w*|ошпари\w*|обвари\w*|обгорі\w*) (?:\w+ ){0,3}?(?:груди"
        r"|обличчя|живіт|спину|шию)|одяг (?:\w+ ){0,3}?(?:прилип\w*|прикипів|розплавив\w*)",
    ),
    bite=(
        r"(?:змія|змії|змію|гадюк\w*|скорпіон\w*|павук\w*|каракурт\w*|чорн\w* вдов\w*"
        r"|медуз\w*|скат\w*|сколопендр\w*|тарантул\w*) (?:\w+ ){0,3}?(?:вкусил\w*|вкусив"
        r"|вжалил\w*|вжалив|ужалил\w*|обпекл\w*|цапнул\w*)|(?:вкусил\w*|вкусив|вжалил\w*"
        r"|вжалив|вкушен\w*|ужален\w*|вжален\w*|укус\w*) (?:\w+ ){0,3}?(?:змія|змії|змією"
        r"|гадюк\w*|скорпіон\w*|павук\w*|каракурт\w*|медуз\w*|скат\w*|сколопендр\w*)",
        r"(?:набряк\w*|набрякає|опух\w*|розпух\w*|роздуло|роздувається) (?:\w+ ){0,4}?(?:швидко"
        r"|сильно|на очах|все більше|до)|(?:нога|рука|кисть|стопа|палець|обличчя|щиколотка)"
        r" (?:\w+ ){0,3}?(?:набрякла|опухла|розпухла|набрякає|опухає|синіє|посиніла|почорніла"
        r"|чорніє)|паморочит\w*|голова крутиться|запаморочен\w*|знепритомні\w*|рве|блює"
        r"|блювот\w*|пітніє|в поту|трусить|тремтить|слин\w*|німіє|оніміл\w*|поколюван\w*"
        r"|двоїться|не може дихати|не можу дихати|важко дихати|задиха\w*|серце калатає"
        r"|судом\w*|біль (?:\w+ ){0,2}?(?:дикий|нестерпн\w*|пекельн\w*)",
    ),
    water=(
        r"(?:витягл\w*|витягнул\w*|витягли|дістал\w*|виловил\w*) (?:\w+ ){0,3}?(?:з|із) (?:води"
        r"|басейну|річки|озера|моря|ставка|ванни|ополонки|під льоду|каналу)|тонув|тонула|тоне"
        r"|ледь не потонув\w*|мало не втопил\w*|захлинув\w*|захлинул\w*|захлинається"
        r"|(?:провалив\w*|провалил\w*|впав|впала|пішов|пішла) (?:\w+ ){0,2}?(?:під лід"
        r"|в ополонку|у ополонку|в крижану воду|у крижану воду)|(?:плавав|плавала|лежав"
        r"|лежала) (?:\w+ ){0,2}?обличчям (?:вниз|донизу)",
        r"синій|синя|синє|посинів\w*|посиніл\w*|синіє|сірий|сіра|губи (?:\w+ )?(?:сині"
        r"|посиніли)|не дихає|ледь дихає|ледве дихає|дихає (?:\w+ )?(?:дивно|погано|хрипко)"
        r"|не (?:реагує|відповідає|ворушиться|рухається|приходить до тями)|без свідомості"
        r"(?<!був\sбез\sсвідомості)|перестав\w* тремтіти|тремтіти перестав\w*|не тремтить"
        r"|загальмован\w*|бурмоче|кашляє водою",
    ),
    pregnant=(
        r"вагітн\w*",
        _UK_BLEED + r"|(?:кров\w*|кровотеч\w*|кров янист\w*) (?:\w+ ){0,4}?(?:біл\w*|біль"
        r"|перейм\w*|спазм\w*|живіт (?:\w+ )?(?:кам ян\w*|твердий))|судом\w*|без свідомості"
        r"|знепритомні\w*|втратил\w* свідомість",
    ),
    preterm=(
        r"тиж(?<=(?:[12]\d|3[0-6])\sтиж)\w*|(?:п ят\w*|шост\w*|сьом\w*|восьм\w*) місяц\w*"
        r"|місяц(?<=[5-8]\sмісяц)\w*|(?:п ять|шість|сім|вісім) місяців",
        r"(?:відійшли|відходять|підтіка\w*|вилил\w*) (?:\w+ ){0,2}?води|води (?:\w+ ){0,2}?"
        r"(?:відійшли|відходять)|перейм\w* (?:\w+ ){0,3}?(?:кожні|сильн\w*|регулярн\w*|через)"
        r"|(?:сильн\w*|регулярн\w*) перейм\w*|схватк\w* (?:\w+ ){0,3}?(?:кожні|сильн\w*)"
        r"|народжую|почалися пологи",
    ),
    pregnant_head=(
        r"вагітн\w*",
        r"голова (?:\w+ )?(?:розколюється|болить (?:\w+ )?(?:сильно|жахливо|дико|нестерпно))"
        r"|(?:сильн\w*|жахлив\w*|дик\w*|нестерпн\w*|страшн\w*) головн\w* (?:бол\w*|біль)"
        r"|(?:сильн\w*"
        r"|жахлив\w*|дик\w*|нестерпн\w*|страшн\w*) біль (?:\w+ )?(?:в голові|голови)",
        r"мушки|спалахи|іскри|зірочки|плями перед очима|пелена|двоїться|пливе перед очима"
        r"|набряк\w*|набрякл\w*|опух\w*|розпух\w*",
    ),
)

# tr
_TR_BLEED = (
    r"kan (?:\w+ ){0,2}?(?:fiskiriyor|fiskirdi|durmuyor|dinmiyor|bosaliyor|her yerde|sel gibi"
    r"|oluk oluk)|(?:cok|asiri) (?:fazla )?kan (?:kaybediyor|akiyor|geliyor)|(?:cok|asiri"
    r"|fena) kaniyor|kanama (?:\w+ ){0,2}?(?:durmuyor|dinmiyor|cok|siddetli|asiri)"
    r"|(?:siddetli|asiri|cok) kanama|kani (?:\w+ )?durduramiyor\w*|kan golu|kana bulandi"
)
_TR = Words(
    other=(
        r"kocam\w*|esim\w*|karim\w*|oglum\w*|kizim\w*|cocu\w*|bebe\w*|babam\w*|annem\w*"
        r"|abim\w*|ablam\w*|kardesim\w*|arkadasim\w*|komsu\w*|dedem\w*|ninem\w*"
        r"|anneannem\w*|babaannem\w*|amcam\w*|dayim\w*|teyzem\w*|halam\w*|yegenim\w*"
        r"|torunum\w*|kayinvalidem\w*|kayinpederim\w*|enistem\w*|yengem\w*|sevgilim\w*"
        r"|nisanlim\w*|ustam\w*|patronum\w*|iscimiz|adam\w*|kadin\w*|birisi|biri"
    ),
    distant=(
        r"yil once|yillar once|sene once|ay once|cocukken|kucukken|eskiden|iyilesti|iyilestim"
        r"|iyiyim|olursa|ne yapilir|ne yapmali\w*|ogrendik"
        r"|atlatti|atlattim|yara izi|gecen yil|film\w*|dizi\w*|bolum\w*"
        r"|televizyon\w*|kurs\w*|ilk yardim egitim\w*|tatbikat\w*|manken\w*|roman\w*"
        r"|bilgisayar oyun\w*|belgesel\w*|podcast\w*|ruya\w*|kabus\w*|veteriner\w*"
    ),
    animals=(
        r"(?:(?:benim|bizim) )?(?:kopeg\w*|kopek\w*|kedi\w*|atim\w*|atimiz\w*|inek\w*"
        r"|koyun\w*|keci\w*|yavru kopek\w*|yavru kedi\w*)"
    ),
    hypothetical=(r"ne yapilir|ne yapmali\w*|nasil (?:yardim|mudahale)"),
    now=r"simdi|su an|az once|birden|aniden|bugun|bu sabah|bu aksam",
    poison=(
        r"mantar\w*|zehirli (?:bitki\w*|mantar\w*|meyve\w*|bogurtlen\w*)|yabani"
        r" (?:mantar\w*|meyve\w*|bogurtlen\w*)|zakkum\w*|yuksukotu|baldiran\w*"
        r"|guzelavratotu|boru cicegi|tatula|mayis cicegi|hint yagi tohum\w*|difenbahya"
        r"|fare zehiri|mugire|tarim ilac\w*|bocek ilac\w*|zirai ilac\w*|pestisit\w*"
        r"|insektisit\w*|herbisit\w*|ot ilac\w*",
        r"kusuyor\w*|kusma\w*|kustu\w*|istifra\w*|kivraniyor\w*|kivranarak|kivrandi\w*|iki"
        r" buklum|yerlerde yuvarlaniyor|(?:karin\w*|mide\w*) (?:\w+ ){0,2}?(?:agri\w*|kramp\w*)"
        r" (?:\w+ ){0,2}?(?:cok siddetli|dayanilmaz|korkunc)|bilinci (?:\w+ )?(?:kapali"
        r"|kapandi|yerinde degil|gidip geliyor)|bayildi\w*|bayiliyor|kendinde degil"
        r"|tepki vermiyor|uyanmiyor|uyandiramiyorum|kasil\w*|sayikl\w*|agzindan kopuk"
        r"|salya\w*|gozleri sarar\w*|sarardi\w*|sari (?:goz\w*|cilt\w*)|uyusuk\w*|halsiz\w*",
    ),
    fumes=(
        r"(?:camasir suy\w*|klor\w*|amonyak\w*|tuz ruhu\w*|tuzruhu\w*|asit\w*|sirke\w*"
        r"|lavabo acici"
        r"|kirec sokucu|temizlik malzeme\w*) (?:\w+ ){0,5}?(?:karistir\w*|karisti\w*)"
        r"|(?:karistir\w*) (?:\w+ ){0,4}?(?:camasir suy\w*|klor\w*|amonyak\w*|tuz ruhu\w*|asit\w*"
        r"|sirke\w*)|(?:gaz\w*|buhar\w*|duman\w*) (?:\w+ ){0,3}?(?:zehirli|toksik|kimyasal"
        r"|klor\w*)|(?:zehirli|toksik|kimyasal) (?:gaz\w*|buhar\w*|duman\w*)|klor gazi"
        r"|(?:soludu\w*|soludum|kokladi\w*|kokladim|icine cekti\w*|icime cektim) (?:\w+ ){0,3}?"
        r"(?:gaz\w*|buhar\w*|duman\w*|klor\w*)?|duman zehirlenme\w*|(?:ev|daire|mutfak|bina)"
        r" (?:\w+ ){0,2}?(?:yaniyor|alev alev|tutustu)",
        r"nefes alamiyor\w*|nefes almakta zorlan\w*|nefesim daraliyor|nefesim kesiliyor"
        r"|nefes darligi|zor nefes\w*|bogul\w*|(?:gogs\w*|bogaz\w*|ciger\w*) (?:\w+ ){0,2}?"
        r"(?:yaniyor|yandi|daraliyor|kapaniyor)|oksur\w* (?:\w+ ){0,3}?(?:durmadan|durmaksizin"
        r"|kan\w*)|bayildi\w*|bilinci (?:\w+ )?kapal\w*|kendinden gecti|dudak\w* (?:\w+ )?"
        r"mor\w*",
    ),
    medicine=(
        r"insulin\w*|hap\w*|ilac\w*|tablet\w*|doz\w*|igne\w*|coumadin|varfarin|digoksin"
        r"|metotreksat|lityum|morfin|damla\w*",
        r"iki kez|iki kere|iki defa|cift doz|ciftledim|iki doz|uc kez|uc kere|yanlislikla"
        r"|yanlis\w*|karistirdi\w*|fazladan|unutup (?:\w+ )?tekrar",
        r"soguk ter\w*|terliyor\w*|terledi\w*|ter icinde|titriyor\w*|titreme\w*|bilinci bulanik"
        r"|sacmaliyor\w*|ne dedigini bilmiyor|bas donme\w*|basi donuyor|basim donuyor|bayil\w*"
        r"|bilinci (?:\w+ )?kapal\w*|tepki vermiyor|uyanmiyor|(?:nabz\w*|kalbi|kalbim"
        r"|tansiyon\w*) (?:\w+ ){0,3}?(?:yavas\w*|dusuk|dustu|zayif)|seker\w* (?:\w+ ){0,3}?"
        r"(?:dusuk|dustu|dusuyor)|hipoglisemi\w*|hipo|kusuyor\w*|kusma\w*|cift goruyor\w*",
    ),
    injury=(
        r"(?:merdiven\w*|cati\w*|iskele\w*|balkon\w*|pencere\w*|attan|agac\w*|bisiklet\w*"
        r"|motor\w*|motosiklet\w*|duvar\w*|ucurum\w*|yuksekten|kattan|romork\w*|kamyon\w*"
        r"|traktor\w*|tavan arasi\w*|samanlik\w*) (?:\w+ ){0,2}?(?:dustu|dusmus|dustum|dusup"
        r"|yuvarlandi|yuvarlanmis|kaydi|ucmus|ucu)|kaza\w*|carpisma\w*|araba carpti|arac"
        r" carpti\w*|ezildi\w*|ezilmis|devrildi|takla atti|(?:agac\w*|dal\w*|kutuk\w*|kiris\w*"
        r"|beton\w*|duvar\w*|dolap\w*|raf\w*|yuk\w*|makine\w*|kaya\w*) (?:\w+ ){0,3}?(?:uzerine"
        r"|ustune|basina|kafasina) (?:\w+ )?(?:dustu|devrildi|coktu|yikildi|geldi)"
        r"|altinda kaldi|altinda kalmis|sikisti|sikismis|enkaz altinda|motorlu testere"
        r"|testere\w*|taslama\w*|spiral\w*|balta\w*|cim bicme\w*|cam kapi|kirik cam"
        r"|bicak kaydi|bicaklandi|bicaklanmis|vuruldu|vurulmus|kursun|kopek\w* (?:\w+ ){0,3}?"
        r"(?:saldirdi|parcaladi)",
        r"bilinci (?:\w+ )?(?:kapali|kapandi|yerinde degil|yok|gitti)|baygin|kendinde degil"
        r"|tepki vermiyor|kipirdamiyor|hareket etmiyor|uyanmiyor|ayilmiyor|nefes almiyor"
        r"|cevap vermiyor|(?:bacak\w*|kol\w*) (?:\w+ ){0,2}?(?:hissetmiyor|oynatamiyor"
        r"|kimildatamiyor)|felc\w*|(?:kulag\w*|kulak\w*|kafa\w*|basi\w*|basin\w*|agz\w*)"
        r" (?:\w+ ){0,2}?(?:kan geliyor|kaniyor|kan akiyor|yarildi|yarilmis)|kemi\w* (?:\w+ )"
        r"{0,3}?(?:disari|disarida|cikmis|cikti|gorunuyor|firlamis)|acik kirik|(?:bacak\w*"
        r"|kol\w*|ayak\w*) (?:\w+ ){0,3}?(?:ters donmus|garip bir acida|ters)|acidan"
        r" (?:bagiriyor|inliyor)|(?:parmag\w*|elim|eli|elini) (?:\w+ ){0,3}?(?:koptu|kopmus"
        r"|sarkiyor)|" + _TR_BLEED,
    ),
    burn=(
        r"(?:kizgin|kaynar|kaynayan|sicak) (?:\w+ )?(?:yag\w*|su\w*|corba\w*|cay\w*|sut\w*"
        r"|tencere\w*|tava\w*) (?:[\w,]+ ){0,4}?(?:devrildi|dokuldu|sicradi|dustu|uzerine"
        r"|uzerime|patladi)|(?:fritoz\w*|tencere\w*|tava\w*|caydanlik\w*|cezve\w*) (?:\w+ )"
        r"{0,3}?(?:devrildi|dustu|dokuldu|patladi|alev aldi|tutustu)|alev\w*|yangin\w*"
        r"|patlama\w*|patladi|tup\w*|benzin\w*|tiner\w*|mangal\w*|havai fisek\w*|asit\w*"
        r"|kostik\w*",
        r"(?:deri\w*|derisi|cilt\w*) (?:\w+ ){0,3}?(?:kalkti|kalkiyor|soyuldu|soyuluyor"
        r"|dokuluyor|sarkiyor|beyazlamis|kararmis|komur gibi)|(?:kocaman|dev|iri) (?:su )?"
        r"(?:kabarcik\w*|toplanma\w*|kabarma\w*)|(?:butun|tum|komple|tamamen) (?:\w+ )?(?:kol\w*"
        r"|bacag\w*|gogs\w*|yuz\w*|sirt\w*|karn\w*|vucud\w*) (?:\w+ ){0,2}?(?:yandi|yanmis"
        r"|hasland\w*)|(?:gogs\w*|yuz\w*|karn\w*|sirt\w*|boyn\w*) (?:\w+ ){0,3}?(?:yandi"
        r"|yanmis|hasland\w*)|(?:kiyafet\w*|elbise\w*) (?:\w+ ){0,3}?(?:yapisti|eridi)",
    ),
    bite=(
        r"(?:yilan\w*|engerek\w*|akrep\w*|orumcek\w*|karadul\w*|denizanasi\w*|deniz anasi\w*"
        r"|trakonya\w*|vatoz\w*|ciyan\w*|kirkayak\w*) (?:\w+ ){0,3}?(?:sokmus|soktu|isirdi"
        r"|isirmis|carpti|yakti)|(?:sokulmus|isirilmis|sokuldu|isirildi) (?:\w+ ){0,3}?"
        r"(?:yilan\w*|akrep\w*|orumcek\w*)",
        r"(?:sis\w*|sisme\w*|siskin\w*) (?:\w+ ){0,4}?(?:hizla|cok|giderek|buyuyor|yayiliyor"
        r"|kadar)|(?:bacag\w*|kol\w*|elim|eli|ayag\w*|parmag\w*|yuz\w*|bilek\w*) (?:\w+ ){0,3}?"
        r"(?:sisti|sisiyor|sismis|morardi|morariyor|karardi|mosmor)|bas\w* donuyor|bas"
        r" donmesi|bayil\w*|kusuyor\w*|kusma\w*|terliyor\w*|soguk ter|titriyor\w*|salya\w*"
        r"|uyus\w*|karincalan\w*|bulanik gor\w*|nefes alamiyor\w*|nefes darligi|kalbi (?:\w+ )?"
        r"carpiyor|kramp\w*|kasil\w*|dayanilmaz agri\w*",
    ),
    water=(
        r"(?:sudan|havuzdan|denizden|golden|nehirden|dereden|kuvetten|buzun altindan) (?:\w+ )"
        r"{0,2}?(?:cikardik|cikardilar|cikardim|cektik|cektiler|kurtardik|kurtardilar"
        r"|cikarildi)|suda bogul\w*|bogulmak uzere\w*|(?:buz\w*) (?:\w+ ){0,2}?(?:kirildi"
        r"|kirilip|gomuldu)|(?:buzlu suya|buz gibi suya) (?:\w+ ){0,2}?(?:dustu|dusmus)",
        r"morarmis|morardi|mosmor|dudak\w* (?:\w+ )?mor\w*|nefes almiyor|zor nefes aliyor"
        r"|tepki vermiyor|cevap vermiyor|kipirdamiyor|bilinci (?:\w+ )?kapal\w*|titremesi"
        r" durdu|titremiyor|durmadan titriyor|uyusuk|sersem|bilinci bulanik|su oksuruyor",
    ),
    pregnant=(
        r"hamile\w*|gebe\w*",
        _TR_BLEED + r"|(?:kanama\w*|kan geliyor|kan var) (?:\w+ ){0,4}?(?:agri\w*|kramp\w*"
        r"|kasilma\w*|karnim tas gibi)|nobet\w*|kasil\w*|bayil\w*|bilinci (?:\w+ )?kapal\w*",
    ),
    preterm=(
        r"hafta(?<=(?:[12]\d|3[0-6])\shafta)\w*|(?:bes|alti|yedi|sekiz) ayl\w*"
        r"|ayl(?<=[5-8]\sayl)\w*",
        r"suyu (?:\w+ )?(?:geldi|gelmeye basladi|patladi)|sular\w* (?:\w+ )?(?:geldi|patladi)"
        r"|kese\w* (?:\w+ )?patladi|sanci\w* (?:\w+ ){0,3}?(?:her|siddetli|dakikada)"
        r"|(?:siddetli|sik sik|duzenli) sanci\w*|dogum sanci\w*|doguruyorum",
    ),
    pregnant_head=(
        r"hamile\w*|gebe\w*",
        r"(?:bas agri\w*|basim\w* (?:\w+ )?agri\w*) (?:\w+ ){0,2}?(?:cok siddetli|dayanilmaz"
        r"|korkunc|berbat|cok kotu)|(?:cok siddetli|dayanilmaz|korkunc|berbat|siddetli) (?:bir )?"
        r"bas agri\w*|basim patlayacak",
        r"isik\w* cak\w*|simsek\w*|yildiz\w*|gozum\w* (?:\w+ )?karar\w*|bulanik gor\w*|cift"
        r" gor\w*|sisti|sislik|odem\w*",
    ),
)

_WORDS = {
    "en": _EN,
    "de": _DE,
    "es": _ES,
    "fr": _FR,
    "it": _IT,
    "nl": _NL,
    "pl": _PL,
    "pt": _PT,
    "ru": _RU,
    "uk": _UK,
    "tr": _TR,
}
EMERGENCY: dict[str, dict[E, tuple[str, ...]]] = {
    lang: _rules(words) for lang, words in _WORDS.items()
}
IDIOMS: dict[str, tuple[str, ...]] = {lang: _idioms(words) for lang, words in _WORDS.items()}
# The fume rules, so that panic words beside them never make the breath the familiar panic.
PANIC_DANGER: dict[str, tuple[str, ...]] = {
    lang: signs[E.CANNOT_BREATHE] for lang, signs in EMERGENCY.items()
}
