"""English safety rules, over normalised text: contractions are expanded ("can not", "i am",
"do not"), and people on phones drop apostrophes and split words ("kill my self").
"""

from __future__ import annotations

from bot.core.safety.common import END, filler, words
from bot.core.safety.rules_en_body import AHEAD, INJURY, NUMBNESS, RED_FLAGS, SPREADING, SWELLING
from bot.core.safety.rules_en_edge import AT_THE_EDGE
from bot.core.safety.rules_en_harm import HARM_NOW
from bot.core.safety.rules_en_idioms import DRINKS, MOVING, TITLES
from bot.core.safety.rules_en_others import OVERDOSE_TAKEN, SOMEONE_ELSE
from bot.core.safety.rules_en_past import PAST
from bot.core.safety.rules_en_preparations import AFFAIRS, FINALITY, GIVEN_AWAY, GOODBYES
from bot.core.safety.rules_en_ready import GUN_READY, HEIGHT_READY, LOOKED_ANYWAY
from bot.core.safety.rules_en_swallowed import swallowed
from bot.core.safety.rules_en_wish import WISH
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import EmergencySign as E

_MYSELF = r"(?:myself|my\s?self|myslef|mysef|myseld|me)"
_SUDDEN = r"(?:sudden(?:ly)?|all\s+of\s+a\s+sudden|out\s+of\s+nowhere|just\s+now)"


def _s(*patterns: str) -> tuple[str, ...]:  # a space in the rules below stands for \s+
    return tuple(p.replace(" ", r"\s+") for p in patterns)


_ANYMORE = r"(?:anymore|any\s?more|any\s+longer)"
_PILL = r"(?:pills|tablets|tabs|meds|sleepers|patches|paracetamol|oxy\w*|morphine|codeine|tramadol"
_PILL += r"|\w+(?:zepam|azolam|done|pine|oline|aline|amine|etine|olol|pram|clone|pidem|plon"
_PILL += r"|tyline))"
# The same where a rule begins with it (a rule may not begin with `\w+`).
_PILL_WORD = r"(?:pills?|tablets?|tabs|meds|sleepers|paracetamol|oxy\w*|morphine|codeine|tramadol)"

CRISIS = _s(
    r"suicid(?:e|es|al|ally)?\b(?! squad)",  # "Suicide Squad" is a film
    rf"(?:sucide|suicde|sucidal|suicdal|suiside|suisidal|sewerslide)\b|self[-\s]?harm(?:ing|ed"
    rf"|s)?\b|(?:kill|kil|killl|killing) {_MYSELF}\b|kms\b|to off (?:myself|my\s?self)\b"
    rf"|unaliv(?:e|ing)\b|(?:end|ending|take|taking|finish|finishing) my (?:own )?life\b"
    rf"|end(?:ing)? it all\b",
    # "thinking of ending it", "going to end it tonight"
    r"(?:thinking|thought|thinking seriously) (?:of|about) ending it\b|(?:going|want|ready"
    r"|decided|plan|planning) to end it\b(?! with\b)|want (?:it all|everything|my life) to end\b",
    # "don't want to die" is fear of illness, not a wish to die.
    r"(?:want|wanted|wanting|ready|plan|planning)(?<!not\swant)(?<!not\swanted) to (?:die"
    r"|be dead)\b(?! (?:my|her|his|the) hair\b)(?! (?:honest|serious|set|tired|quiet|sure"
    r"|certain|last|right|center|centre|even)\b)",
    # Passive wishes: "I hope I don't wake up", "I wish I wasn't alive", "I want to stop existing".
    r"hope i (?:just )?die\b|(?:working|figuring|worked|figured) out how and (?:with )?what\b",
    # Not waking up hoped for, not existing wished (WISH, rules_en_wish.py) are asked about.
    r"wish i (?:was|were) not (?:alive|born)\b"
    r"|want(?<!not\swant) to "
    r"(?:just )?(?:stop|cease) (?:living|being alive)\b|want to (?:just )?not "
    r"be alive\b|feel like dying\b|wish i (?:was|were|could be) dead\b|wish i (?:could"
    r"|would) (?:just )?die\b|wish i (?:had|d|was|were) (?:never"
    r"|not) (?:been )?born\b",
    r"going to (?:go to )?sleep and (?:never|not)"
    r" wake up\b(?![^.!?]{0,30}\b(?:for|until|till)\b)",  # "for a week" is ask
    r"better off dead\b|better off (?:if|when) i (?:(?:was|were|am|m) dead"
    r"|died)\b|(?:no|any) (?:reason|point) (?:to|in|for) (?:me to )?(?:live"
    r"|living|go on|going on|carry on|carrying on|keep going|be alive|being alive|be here"
    r"|being here|exist|existing)\b|what is the point (?:of|in) (?:living|life|going on"
    r"|being alive)\b|nothing (?:left )?to live for\b|(?:do not|can not|no longer) see (?:the|any"
    r"|a) point (?:in|of|to) (?:living|life|being alive|going on|existing|live)\b|not worth livin"
    r"g\b|might as well be dead\b(?! (?:honest|serious)\b)|feel like ending (?:it|it all"
    r"|my life)\b(?! with\b)|tired of (?:living|being alive)\b|(?:i am|im|am) done with (?:life"
    r"|living|being alive)\b",
    # "live with/in/near…" is about where or how, not whether.
    rf"(?:do not|does not|no longer|never|not sure (?:if |that )?i) (?:really "
    rf"|even |actually )?want to (?:live|be alive|keep living)\b(?! (?:with|in"
    rf"|near|there|abroad|at)\b)|(?:do not|no longer|not sure (?:if "
    rf"|that )?i) (?:really |even )?want to be alive {_ANYMORE}\b",
    rf"can not (?:go on|keep going)(?: (?:anymore|any more|any longer"
    rf"|living))?{END}|(?:hurting|harming|cutting|burning) myself\b|(?:want|going|plan|planning"
    rf"|urge|urges|thinking about|thoughts of|thought about) (?:to )?(?:hurt|harm|cut|burn"
    rf"|hurting|harming|cutting|burning) myself\b|(?:cut|burned|burnt|hurt) myself (?:again"
    rf"|on purpose|deliberately)\b|(?:started|start|relapsed|been) (?:cutting|self harming)"
    rf" again\b|overdos(?:e|ed|es|ing)\b(?! on (?:caffeine|coffee|sugar|chocolate)\b)|(?:take"
    rf"|taking|took|swallow|swallowing) (?:like )?(?:all|a whole bottle of|the whole bottle of"
    rf"|a bunch of) (?:of )?(?:my |the )?(?:\w+ ){{0,3}}?(?:pills|tablets|meds|medication"
    rf"|paracetamol|tylenol)\b|(?:have|got|been) (?:\w+ ){{0,2}}?{_PILL} (?:saved|stashed"
    rf"|stockpiled|hidden|put aside|counted out)\b|(?:saving|saved up|stockpil|hoard|stash"
    rf"|squirrel|pocket)\w* (?:up |my |the |some |all |her |his |of )*(?:\w+ )?{_PILL}\b|(?:put"
    rf"|set|kept)\w* (?:up |my |the |some |all |her |his |of )*(?:\w+ ){{0,2}}?{_PILL} (?:\w+ )?"
    rf"(?:aside|by)\b(?! for (?:the|a|my) (?:trip|holiday|journey))|how many (?:up |my |the "
    rf"|some |all |her |his |of )*(?:\w+ ){{0,2}}?{_PILL} (?:\w+ ){{0,2}}?(?:would|will|does"
    rf"|do) (?:it )?(?:actually )?take\b(?! to (?:work|kick in|start))|(?:how many|enoug"
    rf"h)\b[^.!?]{{0,60}}to (?:just )?(?:not|never) wake up\b|(?:walk|swim|wad)\w* (?:out )?into"
    rf" the (?:sea|river|lake|water)\b(?![^.!?]{{0,9}}together| for a swim)|(?:walk|step|lie"
    rf"|lay)\w* (?:out )?(?:onto|on) the (?:line|tracks|rails) (?:when|as|in front)|(?:on"
    rf"|onto) the (?:train |railway )?tracks\b[^!?]{{0,40}}\bwaiting\b|stepping off\b(?! (?:the"
    rf" )?(?:bus|train|tram|plane|scales?))|step off (?:the )?(?:edge|cliff|ledge|roof|bridge)"
    rf"|climb\w* over the (?:rail|railing|barrier|parapet)\b|doing it from the top\b|(?:straight"
    rf"|right) through the (?:guard\s?)?(?:rail|railing|barrier)\b|(?:cord|rope|belt"
    rf"|cable) (?:\w+ )?(?:round|around) my neck\b|(?:if|when) i do not (?:reply|answe"
    rf"r)\b[^.!?]{{0,40}}\bi did it\b|(?:revolver|gun|pistol|shotgun|rifle|twelve\s?bor"
    rf"e)\b[^.!?]{{0,60}}(?:this is it|cleaned and loaded)\b|cutting\s+(?:now )?my (?:arms?"
    rf"|wrists?|legs?|thighs?|skin)\b|relapsed\b[^!?]{{0,80}}(?:blade|sharpener|sleeves|hoodies?"
    rf"|scratch\w*|went deeper)|(?:do not intend|not going) to be (?:here|around|alive)\b"
    rf"|(?:this is|will be) (?:probably )?my last message\b(?! (?:tonight|today|for|before))"
    rf"|(?:going to|will|i ll|am|im) tak(?:e|ing) (?:them all|all of them|the lot)\b(?! (?:to|out"
    rf"|for|home|with me)\b)|(?:how many|how much|what|which) (?:\w+ )?(?:dose|combination|mg"
    rf"|pills|tablets) {words(5)}(?:would|will) (?:actually )?(?:do it|be (?:fatal|lethal))\b"
    rf"|took (?:the|my) (?:\w+ )?(?:pills|tablets) {words(6)}(?:like )?all of them\b"
    rf"|took everything in the (?:medicine )?(?:cabinet|cupboard)\b|ctb\b|(?:sh(?:\s?d|\s?ed"
    rf"|\s?ing)?|cutting) (?:thing )?again\b|cut (?:more )?deep(?:er)? than|(?:how )?easy it"
    rf" would be to (?:just )?(?:step|jump|go over|drive|swerve|let go|fall|end)\b|(?:rather"
    rf"|better) be dead\b|hose(?:\s?pipe)? and (?:some |the )?(?:duct )?tape|(?:letters?|notes?"
    rf"|envelopes?|my will) [^!?]{{0,90}}?(?:will|ll|they|so they) find (?:it|them)\b"
    rf"|by then (?:it|i) (?:will|ll) be (?:over|gone|dead)\b|(?:gave|given|giving) [^!?]{{0,80}}?"
    rf"(?:will not|not going to|do not) (?:be )?need(?:ing)? (?:them|it)\b|need (?:them"
    rf"|it) where i am going\b|(?:will not|not) be needing (?:the bot|this|it|you) (?:anymore"
    rf"|any more|after)|(?:bought|buy|buying|got|have) (?:a )?(?:rope|noose)\b|noose\b|(?:how"
    rf"|enough) (?:many|much) (?:pills|tablets|paracetamol) (?:\w+ ){{0,4}}?(?:kill|die|lethal"
    rf"|fatal|overdose)|(?:lethal|fatal) dose\b|(?:painless|easiest|quickest|best) way to (?:die"
    rf"|end it|kill)|(?:have|made|got) a plan to (?:die|end|kill)|(?:wrote|written|writing) (?:a"
    rf"|my) (?:suicide|goodbye|farewell) (?:note|letter)\b|(?:suicide|goodbye) (?:notes?"
    rf"|letters?)\b|hang(?:ing)? myself\b|shoot(?:ing)? myself\b(?! in the foot)|jump(?:ing)? "
    rf"(?:off|in front of) (?:a|the) (?:bridge|building|roof|train|cliff)\b|slit(?:ting)? my"
    rf" wrists?\b|this is (?:my )?(?:goodbye|good bye|farewell)\b|(?:goodbye|good bye) forever\b"
    rf"|(?:will not|not think i will) be (?:around|here|alive) (?:much longer|tomorrow|for long"
    rf"|next (?:week|month))\b|(?:by the time you read this)\b"
    rf"|saying my (?:last )?goodbyes\b",
    # Pills put by in the other order ("putting aside my sleeping tablets"), a cut deeper
    # than usual, an "sh" relapse, a high place nobody goes to, and "soon it won't matter".
    rf"(?:put|putting|set|setting|kept|keeping) aside (?:my |the |some |all |her |his |of )*"
    rf"(?:\w+ ){{0,2}}?{_PILL}\b(?! for (?:the|a|my) (?:trip|holiday|journey|travel))|cut (?:\w+"
    rf" ){{0,4}}?deep(?:er)? than (?:usual|normal|ever|before|last time|i meant|i wanted)\b"
    rf"|(?:sh|cutting) relaps\w*|relaps\w* (?:on |into |with )?(?:sh|cutting)\b"
    rf"|(?:roof|top (?:level|floor|deck|storey)) of (?:the |a )?(?:multi\s?store?y|car\s?"
    rf"park|parking (?:garage|deck)|building|tower|block|flats)\b[^!?]{{0,80}}?(?:nobody|no one)"
    rf" (?:goes|comes|will see|would see|checks|is up)|soon (?:\w+ ){{0,2}}?(?:do not|does not"
    rf"|dont|doesnt|will not|wont) matter (?:anymore|any more)\b(?! (?:because|since|as|once"
    rf"|when|cause)\b)",
    # Set J: a lethal dose or height looked up (of a late parent's insulin, of a bridge).
    rf"(?:looked up|look up|googled|searched|checked|researched|worked out|figured out|read up"
    rf" on) how (?:much|many) (?:\w+ ){{0,6}}?(?:{_PILL}|insulin|antifreeze) (?:\w+ )?(?:would"
    rf"|will|is|are) (?:be )?(?:enough|fatal|lethal|do it)\b(?! (?:for (?:a|the|my|his|her)"
    rf"|to (?:treat|help|last|get)))",
    r"(?:looked up|googled|searched|checked|researched|worked out) (?:how high|what height"
    r"|how many (?:floors|storeys|stories|metres|meters|feet)) [^.!?]{0,50}?(?:kills?|fatal"
    r"|lethal|to die|would (?:do it|be enough))\b",
    # Sets J-L: cut again (the arm, tonight) and deeper than usual; pills kept "instead of taking
    # them", a stash, "i finish all" on a set day; a bridge without its fence; "quick off there".
    r"cut (?:my )?(?:(?:arms?|wrists?|thighs?|legs?|skin) )?again (?:tonight|last night"
    r"|today)?\b[^!?]{0,60}?"
    r"(?:deep(?:er)? than (?:usual|normal|ever|before|last time)|not (?:that |too )?deep|bled"
    r"|bleeding)\b",
    r"(?:cut|burned|burnt|sliced) my (?:arms?|wrists?|thighs?|legs?|stomach) (?:\w+ ){0,2}?(?:on"
    r" purpos"
    r"e|deliberately)\b",
    rf"(?:keeping|kept|keep|saving|saved|hiding|hid|hoarding) (?:\w+ ){{0,4}}?(?:{_PILL}|pill)"
    rf" [^.!?]{{0,40}}?"
    rf"instead of taking them\b|{_PILL_WORD}\b[^.!?]{{0,80}}?\b(?:got|have|has|building|built"
    rf"|keeping|growing) (?:a |my |quite a )?(?:little |proper |nice |big |good )*stash\b|(?:have"
    rf"|got|been) (?:\w+ ){{0,6}}?{_PILL} (?:saved|stashed|stockpiled|hidden|put aside"
    rf"|counted out)\b",
    rf"{_PILL_WORD}\b[^!?]{{0,160}}?\b(?:i|then i|i will|i ll) (?:finish|swallow|take) (?:them "
    rf"|it )?"
    rf"(?:all|everything){END}",
    r"(?:looking up|looked up|look up|checking|checked|googl\w*|searching|searched|found|find"
    r"|scouting|scouted) (?:which|what|a) (?:bridge|overpass|cliff|car park|building|roof"
    r"|tower)\w* [^.!?]{0,40}?(?:has not"
    r"|hasnt|have not|does not have|doesnt have|without|no longer has) (?:got )?(?:the |a |any )?"
    r"(?:fence"
    r"|railing|barrier|nets?|grille)\b",
    r"(?:overpass|bridge|cliff|roof|ledge|car park|tower|building|edge)\b[^!?]{0,80}?(?:be|is"
    r"|was) "
    r"(?:quick|fast|easy|over quickly) off (?:there|it|that|the top)\b",
    r"(?:know|worked out|figured out) exactly how i (?:would|d|will|ll|am going to|m going to) do"
    r" it"
    r"\s*(?:[.!;]|$)",
    # Set M: cut again, and deeper this time (or it bled), told in passing.
    r"(?:cut|cutting|sliced|slashed) (?:my(?:self)? )?(?:(?:arms?|wrists?|thighs?|legs?|skin"
    r"|stomach|hips?) )?again\b[^!?]{0,60}?\b(?:deep(?:er)? (?:this time|now|each time|every"
    r" time)|went (?:too )?deep(?:er)?|too deep|needed stitches|bled|bleeding|blood everywhere)\b",
)

ASK = _s(
    r"want to (?:just )?(?:disappear|vanish)(?: (?:forever|for good|completely"
    r"|for a (?:while|bit)))?(?:" + END + r"| and (?:nobody|no one)| where)",
    r"(?:wish i could|want to) (?:just )?(?:go to )?sleep and (?:not|never) wake|better off if i "
    r"(?:just )?(?:vanished|disappeared)\b|not exist for a (?:bit|while)\b|(?:do not see )?why "
    r"(?:am i|i am) still (?:here|alive)\b|how much (?:more|longer) (?:of (?:this|it) )?i can "
    r"(?:take|handle|bear)\b|(?:everything|life|it all) is (?:so |just )?unbearable\b|(?:feel(?:s"
    r"|ing)?|i am|im|she is|shes|he is|hes) (?:so |completely )?trapped\b|can not (?:go on"
    r"|keep going) like this\b|no (?:version of the )?future where|(?:actually|finally) go throug"
    r"h with it\b|(?:will not|not) matter soon|(?:putting|put|got|getting|have put) (?:all )?my "
    r"(?:affairs|papers) in order\b|(?:weight|burden) (?:around|on) (?:my )?\w+ (?:s )?necks?\b",
    r"(?:standing|stand|stood|sitting|sat) (?:right )?(?:on|at) (?:the )?(?:roof|edge|ledge"
    r"|railing|platform edge)\b|to see how high\b|bridge " + words(3) + r"tonight\b",
    r"(?:balcony|roof|bridge|ledge)\b[^.!?]{0,40}(?:i have decided|decided)\b|(?:checked"
    r"|looked up|worked out) which (?:floor|bridge|building)\b|(?:look|looks|seem) like an accide"
    r"nt\b|(?:was not|wasnt) an accident\b|(?:picked|chosen|chose) (?:the|a) (?:day|date)\b"
    r"|decided it will be \w+day\b",
    r"(?:(?:sun|mon|tues|wednes|thurs|fri|satur)day|tomorrow night|tonight) (?:will be "
    r"the day|is it)" + END,
    rf"(?:already|just) said (?:my )?goodbyes? to\b|say goodbye (?:properly )?before|(?:wrote"
    rf"|written) (?:the |my )?(?:notes|letters) (?:to|for) (?:both of )?my\b|can not (?:do|take"
    rf"|handle|cope with) (?:this|it|life) {_ANYMORE}|can not (?:cope|take it|take much mor"
    rf"e) {_ANYMORE}|tired of (?:everything|it all|all of it|life|fighting|trying|existing"
    rf"|being a person)\b|(?:do not|can not) see (?:a|any) way out\b|no way out\b|want (?:it all"
    rf"|everything|the pain) to stop\b|(?:i am|im|feel like|become|became|becoming) (?:such "
    rf"|just |only |merely )?(?:a|an) (?:great |huge |real |total )?burden\b|(?:nobody"
    rf"|no one) (?:would|will) (?:even )?(?:miss|notice|care)\b|(?:what is (?:even )?the"
    rf"|no) point (?:of (?:any of )?(?:it|this|anything) )?{_ANYMORE}|(?:no longer|do not"
    rf"|can not) see (?:any|the) (?:point|sense) (?:in|of) (?:anything|trying|it all|any of it)\b"
    rf"|give up on (?:everything|life)\b",
    # "ending things" is often a relationship; a kind question costs little.
    r"(?:(?:thinking|thought|think) (?:of|about) ending|want to end) things" + END,
    rf"wish i could (?:just )?(?:disappear|vanish)\b|want to (?:go to )?sleep forever"
    rf"|would (?:all )?be (?:happier|better) without me\b|feel (?:so )?hopeless\b|can not (?:even"
    rf" )?{_ANYMORE}{END}|(?:i am|im|am) (?:so |just )?done with (?:everything|it all)\b"
    rf"|better off without me\b|better for (?:him|her|them|everyone|everybody) without me\b"
    rf"|(?:just|only|merely|nothing but|i am|im) (?:a )?(?:burden|weight|nuisance|problem) (?:on"
    rf"|to|for) (?:everyone|everybody|all|my|them)\b|(?:wants|want just) (?:to )?(?:just )?"
    rf"(?:disappear|vanish)\b|disappear off the (?:map|face of)|never coming back\b|(?:it is|its"
    rf"|is all) (?:so |just )?unbearable (?:rn|now|right now)\b|no (?:exit|escape) for me\b"
    rf"|(?:feel|feeling) (?:like )?(?:i am )?(?:in )?a cage\b|why i (?:even )?bother (?:getting"
    rf"|waking|going|carrying|living)\b|(?:can not|do not) see how (?:any of )?(?:it|this"
    rf"|things) (?:\w+ )?(?:gets?|getting) better\b|(?:can not|do not) see (?:much|any"
    rf"|a) (?:reason|point) (?:for|in|to) (?:carry|go|liv|get)\w*\b|settled on the \w+\b"
    rf"|goodbye (?:msg|message|post|video)\b[^.!?]{{0,30}}for when|(?:stand|standing"
    rf"|stood) on the very edge\b|worked out where the drop|(?:been taking|pocket\w*"
    rf"|nick\w*) (?:\w+ ){{0,4}}?{_PILL} home\b|(?:is|be) (?:my |the )?last day for me\b(?! (?:at"
    rf"|in|with)\b)|(?:will|passwords) and (?:the |my )?(?:passwords|will)\b|(?:gave|given|giving"
    rf"|found a new home for|rehom\w+) (?:away )?(?:my )?\w+\b[^!?]{{0,80}}(?:(?:does not"
    rf"|doesnt) know why|(?:it is|its) permanent\b|looked after before i\b|told (?:her|him"
    rf"|them) it was because)|decided\b[^.!?]{{0,40}}(?:cliffs?|quarry|bridge|tracks)\b",
    # Dead weight, a weight for her, "she'd manage better without me", hoping not to wake,
    # "what's even the point.", a friend who keeps saying everyone is better off without him.
    rf"dead weight (?:on|to|for)\b|(?:just|only|merely|nothing but|i am|im) (?:a )?(?:dead )?"
    rf"(?:burden|weight) (?:on|to|for) (?:him|her|them|us|you)\b|(?:she|he|they|everyone"
    rf"|everybody|you|family|kids|wife|husband|partner) (?:would|d) (?:all )?(?:manage|cope"
    rf"|get on|get along|live) (?:so |much |a lot )?better without me\b(?! (?:while|when|for|on"
    rf"|at|in)\b)|(?:hop|wish|pray)\w*\b[^.!?]{{0,40}}?\bi (?:\w+ ){{0,2}}?(?:go to |fall a)?sleep"
    rf" and (?:\w+ )?(?:not|never) wake\b(?![^.!?]{{0,12}}\b(?:until|till|til|before|for)\b)"
    rf"|what is even the point{END}|what is the point of (?:anything|it all|any of (?:it|this)"
    rf"|even trying|going on)\b|(?:keeps?|kept) saying (?:that )?(?:everyone|everybody|the world"
    rf"|people|they|his family|her family) (?:would|will|d|is|are) (?:all )?(?:be )?better off"
    rf" without (?:him|her|them)\b|wish i could (?:just )?dis+ap+ear\b",
    # Set J: "what is the point of all this", "nobody even notice if i disappear".
    rf"what is (?:even )?the point of (?:all|all of) (?:this|it){END}|(?:nobody|no one) (?:would "
    rf"|will )?"
    r"(?:even )?(?:notice|care|miss me)\w* if i (?:disappear|disappeared|vanish|vanished|was gone"
    r"|were gone|died|die)\b(?! (?:for|from|during|at|on)\b)",
    # Set M: "go to bed hoping i just dont wake up" (a passive wish: ask).
    r"(?:hop|wish|pray)\w*\b[^.!?]{0,30}?\bi (?:just |simply |would |will |might )?(?:do not"
    r"|never|will not|would not|won t|dont|wont) wake(?: up)?\b(?! (?:up )?(?:the|my|her|his"
    r"|him|them|anyone|anybody|everyone|early|late|at|before|until|till|in time|on time|for"
    r"|with)\b)",
)

EMERGENCY = {
    E.FACE_DROOP: _s(
        rf"(?:face|mouth|smile) {filler(3)}(?:drooping|droopy|drooped|droops|sagging|lopsided"
        rf"|crooked|fallen|dropped)\b(?! (?:eyelid|lid))|(?:one|left|right) side of my (?:face"
        rf"|mouth) {filler(3)}(?:drooping|droopy|drooped|droops|sagging|numb|paraly[sz]ed|dropped"
        rf"|fallen|frozen)\b|face droop\w*|facial (?:droop|drooping|paralysis)\b",
        # Sets J-K: "mouth is hanging down on the left (side)".
        rf"(?:face|mouth|smile) {filler(3)}(?:hanging|hangs|hung|sagging|drooping) (?:down )?"
        rf"(?:on|to) "
        rf"(?:the |one |her |his |my )?(?:left|right|one)(?: side)?\b",
    ),
    E.SUDDEN_SPEECH_LOSS: _s(
        rf"{_SUDDEN} {words(3)}(?:can not|could not|unable to|can barely) (?:speak|talk|get (?:my"
        rf"|the) words out|form words|say words)\b|{_SUDDEN} {words(3)}(?:slurr(?:ing|ed|y)"
        rf"|lost my (?:speech|voice|words))\b|(?:speech|words|talking) (?:is|are|has been|became"
        rf"|went|got) {_SUDDEN} (?:slurred|garbled|jumbled|gone)\b|sudden (?:slurred speech"
        rf"|loss of speech|speech (?:loss|problems?))\b|(?:can not|could not) (?:speak"
        rf"|talk) (?:properly |clearly )?{_SUDDEN}\b",
        # Sets J-K: "talks like she had wine but she didn't", "like she's drunk but she
        # doesn't drink".
        r"(?:talks|talking|sounds|speaks|speaking) like (?:she|he|they|i) (?:is |s |was |had been"
        r" |were )?"
        r"(?:drunk|had (?:wine|a drink|a few|been drinking))\b[^.!?]{0,20}?\bbut (?:she|he|they"
        r"|i) "
        r"(?:(?:did not|does not|has not|had not|do not|have not|never) (?:drink|had (?:a |any "
        r"|anything)"
        r"|been drinking)\w*|(?:did not|has not|had not|have not)\s*(?:[.!?;,]|$))",
    ),
    E.ONE_SIDED_WEAKNESS: _s(
        rf"{_SUDDEN} {words(2)}(?:weak|weakness|numb|numbness|paralysis|paraly[sz]ed) (?:on|in"
        rf"|down|of) (?:one|my (?:left|right)|the (?:left|right)) side\b|(?:one|left"
        rf"|right) side of my body {filler(3)}(?:weak|numb|dead|paraly[sz]ed|limp|heavy)\b",
        r"half (?:of )?my body " + filler(3) + r"(?:weak|numb|dead|paraly[sz]ed)\b",
        rf"can not move (?:the |my )?(?:left|right) side\b|{_SUDDEN} {words(4)}(?:can not see"
        rf"|lost (?:the )?(?:sight|vision))\b|(?:can not see out of|lost (?:the )?(?:sight"
        rf"|vision) in) my (?:left|right) eye {words(2)}{_SUDDEN}|{_SUDDEN} [^.!?]{{0,50}}?words "
        rf"(?:\w+ )?(?:come|came|coming) out wrong|(?:face (?:feels|looks) (?:weird|strange|numb)"
        rf"|weakness|numbness) on one side\b|can not feel (?:the )?(?:left|right|one) side of my "
        rf"(?:body|face)\b",
    ),
    E.WORST_HEADACHE: _s(
        r"worst headache (?:of my life|in my life|i have ever|ever|of all)\b|thunderclap headach"
        r"e\b|explosion (?:of pain )?in my head\b|(?:sudden|explosive) (?:severe |excruciating "
        r"|blinding )?headache (?:like|that|out of)\b",
    ),
    E.CHEST_PAIN_SPREADING: _s(
        rf"chest (?:pain|pressure|tightness) {words(6)}(?:arm|jaw|neck)\b|(?:pain|pressure) in "
        rf"(?:m"
        rf"y |the )?chest {words(6)}(?:arm|jaw|neck)\b|chest (?:hurts|is hurting|feels (?:tight"
        rf"|heavy"
        rf"|crushed)) {words(8)}(?:arm|jaw|neck)\b|crushing {words(1)}(?:pain|pressure) in my che"
        rf"st\b|crushing chest pain\b|chest {words(10)}(?:into|down|to|up) my (?:left )?(?:arm"
        rf"|jaw|neck|back)\b|chest {words(10)}(?:into|down|to|up) (?:his|her|their|the)"
        rf" (?:left )?(?:arm|jaw|neck|shoulder)\b|(?:clutch|grabb|grip|hold)\w* (?:at )?(?:his|her"
        rf"|their|my) chest\b[^!?]{{0,80}}?(?:sweat\w*|clammy|grey|gray|pale|jaw|left arm)\b"
        rf"|(?:someone|an elephant) (?:is )?sitting on (?:it|my chest)\b"
        rf"|(?:pressure|pain|tightness) (?:on|in) my chest [^.!?]{{0,40}}(?:clammy|sweat)",
    ),
    E.CANNOT_BREATHE: _s(
        r"(?:can not|could not|unable to|not able to|struggling to|can barely)"
        r"(?<!\x20up\x20or\x20i\x20can\x20not)"
        # "can't breath" is the usual typo; lying flat is orthopnoea, a red flag (rules_en_flags).
        r" breathe?\b(?! (?:through my nose|in this|with (?:laughter|laughing)|(?:\w+ )?(?:when"
        r"|if|once|whenever) i (?:lie|lay) (?:down|flat)))|(?:lips"
        r"|face) (?:are|is) (?:turning|going) blue\b|(?:having|have|got) (?:real |serious "
        r"|a lot of )?(?:trouble|difficulty) breathing\b(?! through)|(?:can barely|can not"
        r"|could not) get (?:any )?air in\b|throat (?:is )?closing(?: up)?\b|(?:stung|sting|ate"
        r"|nuts|prawns"
        r"|peanuts?|allerg\w*)\b[^.!?]{0,80}?(?:wheez\w*|hard\w* to breathe|throat|tongue"
        r"|lips? (?:\w+ )?(?:swell|puff)\w*)|(?:lips?|tongue) (?:\w+ ){0,2}?(?:swelling|swollen"
        r"|puffing)\b[^.!?]{0,60}?(?:throat|breath|breathe|wheez|air|swallow)",
        r"lips (?:are |is )?(?:turning|going) blue\b|(?:throat|tongue|lips?) [^.!?]{0,60}?(?:after"
        r"|from) (?:the |some |eating )?(?:prawns|shrimps?|nuts|peanuts?|shellfish|stings?|bee"
        r"|wasp|eating)\b",
    ),
    E.HEART_ATTACK_OR_STROKE: _s(
        r"(?:am|im|is|are) having a (?:heart attack|stroke)\b|having a (?:heart attack"
        r"|stroke) (?:i think|right now)\b",
    ),
}

# A head injury and confusion may be told in either order, so they are two parts.
HEAD_INJURY = _s(
    r"(?:hit|bumped|banged|knocked|smashed|smacked|bashed|hurt|injured) (?:my|his|her"
    r"|the back of my) head\b|head injury\b|concussion\b|fell (?:\w+ ){0,4}?on my head\b",
)
CONFUSION = _s(
    r"(?:confused|disoriented|disorientated|confusion)\b"
    # "confused about my symptoms" is not disorientation; "confused about what day it is" is.
    r"(?! (?:by|why|whether|as to|over)\b)(?! about (?:my|the|this|that|these|those|your|his|her"
    r"|it|why|how|whether|which)\b)|(?:do not|can not) (?:know|remember|tell) where (?:i am|im)\b"
    r"|(?:passed|blacked|was knocked) out\b|lost consciousness\b|can not think straight\b"
    r"|(?:keeps?|keep) (?:asking|repeating|forgetting)\b|(?:thrown|throwing) up\b|puking\b"
    r"|(?:do not|does not|can not) (?:know|remember) (?:what day|how we got)\b|(?:been"
    r"|being) sick\b|vomit\w*|drowsy\b",
)

# Names that, in this bot, almost always carry the fear of a serious diagnosis.
_FEARED_CONDITION = (
    r"(?:a\.l\.s|lou\s+gehrig'?s?|motor\s+neurone?\s+disease|mnd|multiple\s+sclerosis"
    r"|parkinson'?s|huntington'?s|myasthenia(?:\s+gravis)?|brain\s+tumou?r|neurodegenerative"
    r"|degenerative\s+(?:nerve|neurological)\s+disease)\b"
)
# Short or broad words ("ms", "cancer") only count inside a worried question.
_FEAR_FRAME = (
    r"(?:is\s+(?:it|this|that)|could\s+(?:it|this|that)\s+be|might\s+(?:it|this|that)\s+be"
    r"|(?:it|this|that)\s+(?:could|might|must)\s+be|(?:do|could|might)\s+i\s+have"
    r"|have\s+i\s+got|i\s+(?:think\s+i\s+)?(?:have|got)"
    r"|what\s+if\s+(?:it\s+is|its|this\s+is|i\s+have|i\s+got)"
    r"|(?:scared|afraid|terrified|worried|convinced|sure|certain|paranoid|fear)\s+"
    r"(?:of|about|that|it\s+is|its|i\s+have|i\s+got|i\s+might\s+have)"
    r"|signs?\s+of|symptoms?\s+of|early\s+stages?\s+of|dying\s+(?:of|from))"
)
# "als" is German for "than" ("besser als Kaffee"): it names the disease only where asked about.
_ALS = _s(
    r"(?:have|got|is it|is this|it is|its|be|of|about|for|fear|scared|afraid|worried|think|signs?"
    r"|symptoms?|rule out|ruled out|like|with|early|suspected|possible|diagnosed) (?:\w+ )?als\b"
    r"(?! (?:ich|er|sie|es|wir|ob|wenn|auch|kind|kaffee|tee|ein|eine|der|die|das|dem|den|du|man"
    r"|zuvor|vorher|gedacht|erwartet|sonst|normal)\b)|als (?:symptoms?|twitch\w*|fasciculations?"
    r"|fears?|anxiety|scare|patients?|diagnosis|test|signs?|sufferers?|forum|reddit|risk)\b"
    r"|als\s*(?:\?|$)",
)
HEALTH_ANXIETY = _s(
    _FEARED_CONDITION,
    *_ALS,
    rf"{_FEAR_FRAME} {words(2)}(?:ms|cancer|a tumou?r|tumou?r|something (?:serious|sinister"
    rf"|neurological|degenerative|fatal|terminal)|nerve damage|a neurological|neurological diseas"
    rf"e|neuropathy|a stroke)\b|am i dying\b|(?:think|feel like|scared|afraid|worried|convinced"
    rf"|sure) (?:that )?(?:i am|im) dying\b|(?:i am|im) going to die (?:of|from)\b|(?:do"
    rf"|does) not want to die\b|is (?:it|this|that) (?:serious|dangerous|fatal|terminal)\b"
    rf"|something (?:seriously|really|very) wrong with me\b",
)

IDIOMS = _s(
    r"dying to\b|to die for\b|(?:die|died|dying) (?:of|from) (?:embarrassment|shame|laughter"
    r"|laughing|boredom|cringe|cuteness)\b|(?:die|died|dying) laughing\b|could (?:kill"
    r"|murder) (?:for|a)\b|(?:is|was|are) (?:literally |actually )?killing me\b"
    r"(?:[^!?]{0,80}?want to die (?:lol|lmao|lmfao|haha\w*|xd)\b)?|suicide mission\b"
    r"|(?:will|going to|would) (?:literally )?kill me (?:if|when|haha|lol)\b|(?:laughed|laughing"
    r"|laugh) so (?:hard|much) (?:that )?i (?:could not|can not) breathe?\b|dead tired\b",
    r"suicide squad\b",  # a film; French and Dutch rules would read "suicide" too
    r"die[\s-]hard\b|(?:bored|scared|worried) to death\b|(?:story|article|documentary|podcast"
    r"|film|book) (?:(?:today|this|morning|evening|last|night) )*about [^.!?]{0,30}?(?:overdose"
    r"|suicides?|self harm)\b|overdose (?:management|thresholds?|treatment)\b|toxic doses\b|(?:was"
    r"|used to) (?:self[\s-]?harm\w*|suicidal|cut\w*) (?:back in|as a (?:teen|kid)|in (?:school|my"
    r" teens))\b|want to die (?:that|at that|back then) time\b|died (?:like )?\w+ times\b[^.!?]"
    r"{0,60}want to die\b|said (?:he|she|they)\s*(?:d|would|will|ll)? kms if\b|ending it all (?:"
    r"\W+ )?by (?:switching|moving|going)\b|want to die\b[^.!?]{0,60}\(\s*jk\b|(?:choked|choking)"
    r" on my \w+ laughing\b|(?:went|go|goes) down the wrong (?:way|pipe)\b",
    # A song or an album about wanting to die, played on repeat, is not a wish to die.
    # A bad patch long ago, with help got and life fine now.
    r"(?:years|decades) ago\b[^!?]{0,80}?(?:thought (?:about|of) ending it|was suicidal|wanted"
    r" to die)\b[^!?]{0,30}?(?:got help|i am (?:fine|ok|okay|good|better) now)\b",
    r"(?:album|song|track|lyrics|movie|show|series|poem|novel|play)s? (?:is |are |was |were )?"
    r"(?:literally |basically |just )?(?:all )?about (?:wanting to die|want to die|killing (?:your"
    r"|him|her|my)self|ending it all|suicide)\b",
)

# Panic: words that make breathlessness the familiar panic rather than an emergency.
PANIC = _s(
    r"panic(?:ky|king|ked)?\b|breathing (?:too|really|so) fast\b|(?:heart|pulse) (?:is )?"
    r"(?:\w+ )?(?:racing|pounding|hammering|thumping|going crazy|galloping|going (?:like )?\d+"
    r"|beating (?:so |really |super )?(?:fast|hard))\b|(?:(?:racing|pounding|hammering|thumping)"
    r" heart|palpitations?)\b|scared (?:i am|im) going (?:mad|crazy|insane)\b"
    r"|(?:heart|pulse|heartbeat) (?:is |s )?(?:going|beating|pounding|running|pumping|go|goes"
    r"|beat|beats|run|runs|pump|pumps)"
    r" (?:so |really |super |way too |too |very |crazy |insanely |like )?(?:fast|quick|hard"
    r"|crazy|mad)\b"
    r"|(?:hyperventilat\w*|anxiety attack\b)|feel like (?:i am|im) (?:going (?:mad|crazy|insane)"
    r"|not real)\b|watching myself from outside\b|everything feels (?:fake|unreal)\b",
)
# Danger signs beside breathlessness: these keep it an emergency.
PANIC_DANGER = _s(
    r"(?:lips|face|fingers) (?:\w+ )?(?:blue|turning blue|going blue|grey|gray)\b|(?:blue lips"
    r"|fainted|fainting|passed out|passing out|blacked out|lost consciousness|chest pain)\b",
)

# fmt: off
RULES = LanguageRules(language="en",
    crisis=(*CRISIS, *GUN_READY, *HEIGHT_READY, *LOOKED_ANYWAY, *HARM_NOW, *AT_THE_EDGE),
    ask=(*ASK, *WISH),
    panic=(*PANIC, *AHEAD), panic_danger=(*PANIC_DANGER, *SWELLING),
    emergency={**EMERGENCY, **swallowed(SOMEONE_ELSE, OVERDOSE_TAKEN)},
    red_flags=RED_FLAGS, health_anxiety=HEALTH_ANXIETY, spreading=SPREADING, numbness=NUMBNESS,
    injury=INJURY, head_injury=HEAD_INJURY, confusion=CONFUSION,
    idioms=(*IDIOMS, *TITLES, *MOVING, *PAST, *DRINKS),
    negators=("no", "not", "never", "without", "nor", "neither", "none"),
    hedges=("sure", "idea", "clue", "know", "certain"),
    clause_breaks=("but", "and", "though", "although", "however", "yet", "except", "whereas"),
    given_away=GIVEN_AWAY, affairs=AFFAIRS, goodbyes=GOODBYES, finality=FINALITY,
)
# fmt: on
