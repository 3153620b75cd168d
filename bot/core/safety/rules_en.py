"""English safety rules, over normalised text: contractions are expanded ("can not", "i am",
"do not"), and people on phones drop apostrophes and split words ("kill my self").
"""

from __future__ import annotations

from bot.core.safety.common import END, filler, words
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import EmergencySign as E
from bot.core.safety.verdict import RedFlag as R

_BODY = (
    r"(?:hands?|arms?|legs?|foot|feet|fingers?|thumbs?|grip|wrists?|ankles?|knees?|hips?"
    r"|shoulders?|calf|calves|thighs?|muscles?|limbs?|side|toes?|neck)"
)
_WEAK = r"weak(?:er|ened|ening|ness)?\b"  # the \b keeps "weakly" out
_MYSELF = r"(?:myself|my\s?self|myslef|mysef|myseld|me)"
_SUDDEN = r"(?:sudden(?:ly)?|all\s+of\s+a\s+sudden|out\s+of\s+nowhere|just\s+now)"
_ANYMORE = r"(?:anymore|any\s?more|any\s+longer)"

CRISIS = (
    r"suicid(?:e|es|al|ally)?\b(?!\s+squad)",  # "Suicide Squad" is a film
    r"(?:sucide|suicde|sucidal|suicdal|suiside|suisidal|sewerslide)\b",
    rf"self[- ]?harm(?:ing|ed|s)?\b|(?:kill|kil|killl|killing)\s+{_MYSELF}\b|kms\b",
    r"to\s+off\s+(?:myself|my\s?self)\b|unaliv(?:e|ing)\b",
    r"(?:end|ending|take|taking|finish|finishing)\s+my\s+(?:own\s+)?life\b",
    r"end(?:ing)?\s+it\s+all\b",
    # "thinking of ending it", "going to end it tonight"
    r"(?:thinking|thought|thinking\s+seriously)\s+(?:of|about)\s+ending\s+it\b",
    r"(?:going|want|ready|decided|plan|planning)\s+to\s+end\s+it\b(?!\s+with\b)",
    r"want\s+(?:it\s+all|everything|my\s+life)\s+to\s+end\b",
    # "don't want to die" is fear of illness, not a wish to die.
    r"(?:want|wanted|wanting|ready|plan|planning)(?<!not\swant)(?<!not\swanted)\s+to\s+(?:die"
    r"|be\s+dead)\b(?!\s+(?:my|her|his|the)\s+hair\b)(?!\s+(?:honest|serious|set|tired|quiet|sure"
    r"|certain|last|right|center|centre|even)\b)",
    # Passive wishes: "I hope I don't wake up", "I wish I wasn't alive", "I want to stop existing".
    r"hope\s+i\s+(?:just\s+)?die\b",
    # Only at the end of a clause: "I hope I don't wake up the baby" is about the baby.
    rf"hope\s+i\s+(?:just\s+)?(?:do\s+not|never|will\s+not)\s+wake\s+up(?:\s+(?:again|anymore"
    rf"|any\s+more|tomorrow|ever|in\s+the\s+morning))?{END}",
    r"wish\s+i\s+(?:was|were)\s+not\s+(?:alive|here|around|born)\b",
    r"wish\s+i\s+(?:did\s+not|could\s+just\s+not|could\s+not|would\s+not)\s+exist\b",
    r"want(?<!not\swant)\s+to\s+(?:just\s+)?(?:stop|cease)\s+(?:existing|living|being\s+alive)\b",
    r"want\s+to\s+(?:just\s+)?not\s+(?:exist|be\s+alive)\b|feel\s+like\s+dying\b",
    r"wish\s+i\s+(?:was|were|could\s+be)\s+dead\b",
    r"wish\s+i\s+(?:could|would)\s+(?:just\s+)?(?:die|not\s+wake\s+up|never\s+wake\s+up)\b",
    r"wish\s+i\s+(?:had|d|was|were)\s+(?:never|not)\s+(?:been\s+)?born\b",
    r"(?:want|like|wish\s+i\s+could|going)\s+to\s+(?:go\s+to\s+)?sleep\s+and\s+(?:never|not)"
    r"\s+wake\s+up\b(?![^.!?]{0,30}\b(?:for|until|till)\b)",  # "for a week" is ask
    r"better\s+off\s+(?:dead|without\s+me)\b|better\s+off\s+(?:if|when)\s+i\s+(?:(?:was|were|am"
    r"|m)\s+(?:gone|dead|not\s+(?:here|around))|died|disappeared)\b",
    r"(?:no|any)\s+(?:reason|point)\s+(?:to|in|for)\s+(?:me\s+to\s+)?(?:live|living|go\s+on"
    r"|going\s+on|carry\s+on|carrying\s+on|keep\s+going|be\s+alive|being\s+alive|be\s+here"
    r"|being\s+here|exist|existing)\b",
    r"what\s+is\s+the\s+point\s+(?:of|in)\s+(?:living|life|going\s+on|being\s+alive)\b",
    r"nothing\s+(?:left\s+)?to\s+live\s+for\b|(?:do\s+not|can\s+not|no\s+longer)\s+see\s+(?:the"
    r"|any|a)\s+point\s+(?:in|of|to)\s+(?:living|life|being\s+alive|going\s+on|existing|live)\b",
    r"not\s+worth\s+living\b|might\s+as\s+well\s+be\s+dead\b(?!\s+(?:honest|serious)\b)",
    r"feel\s+like\s+ending\s+(?:it|it\s+all|my\s+life)\b(?!\s+with\b)",
    r"tired\s+of\s+(?:living|being\s+alive)\b",
    r"(?:i\s+am|im|am)\s+done\s+with\s+(?:life|living|being\s+alive)\b",
    # "live with/in/near…" is about where or how, not whether.
    rf"(?:do\s+not|does\s+not|no\s+longer|never|not\s+sure\s+(?:if\s+|that\s+)?i)\s+(?:really\s+"
    rf"|even\s+|actually\s+)?want\s+to\s+(?:live|be\s+alive|exist|keep\s+living)\b(?!\s+(?:with|in"
    rf"|near|there|abroad|at)\b)|(?:do\s+not|no\s+longer|not\s+sure\s+(?:if\s+"
    rf"|that\s+)?i)\s+(?:really\s+|even\s+)?want\s+to\s+be\s+(?:here|around|alive)\s+{_ANYMORE}\b",
    # Only at the end of a clause: "don't want to wake up early" is about alarms.
    rf"(?:do\s+not|no\s+longer|never)\s+want\s+to\s+wake\s+up(?:\s+(?:again|anymore|any\s+more"
    rf"|tomorrow|ever))?{END}|can\s+not\s+(?:go\s+on|keep\s+going)(?:\s+(?:like\s+this|anymore"
    rf"|any\s+more|any\s+longer|living))?{END}|(?:hurting|harming|cutting|burning)\s+myself\b",
    r"(?:want|going|plan|planning|urge|urges|thinking\s+about|thoughts\s+of|thought\s+about)\s+(?:"
    r"to\s+)?(?:hurt|harm|cut|burn|hurting|harming|cutting|burning)\s+myself\b|(?:cut|burned|burnt"
    r"|hurt)\s+myself\s+(?:again|on\s+purpose|deliberately)\b",
    r"(?:started|start|relapsed|been)\s+(?:cutting|self\s+harming)\s+again\b",
    r"overdos(?:e|ed|es|ing)\b(?!\s+on\s+(?:caffeine|coffee|sugar|chocolate)\b)",
    r"(?:take|taking|took|swallow|swallowing)\s+(?:like\s+)?(?:all|a\s+whole\s+bottle\s+of"
    r"|the\s+whole\s+bottle\s+of|a\s+bunch\s+of)\s+(?:of\s+)?(?:my\s+|the\s+)?(?:pills|tablets"
    r"|meds|medication|paracetamol|tylenol)\b",
    # Means and plans.
    r"(?:have|got|been)\s+(?:\w+\s+){0,2}?(?:pills|tablets|meds|medication)\s+(?:saved|stashed"
    r"|stockpiled|hidden|put\s+aside)\b|(?:saving|saved|stockpiling|stockpiled|hoarding|stashing"
    r"|pocketing|kept\s+back)\s+(?:up\s+)?(?:my\s+|some\s+|the\s+)?(?:\w+\s+)?(?:pills|tablets"
    r"|tabs|meds|medication|tramadol)\b|(?:pills|tablets|tabs|meds)\s+counted\s+out\b",
    r"(?:going\s+to|will|i\s+ll)\s+take\s+(?:them\s+all|all\s+of\s+them|the\s+lot)\b(?!\s+(?:to"
    r"|out|for|home|with\s+me)\b)",
    rf"(?:how\s+many|how\s+much|what|which)\s+(?:\w+\s+)?(?:dose|combination|mg|pills|tablets)\s+"
    rf"{words(5)}(?:would|will)\s+(?:actually\s+)?(?:do\s+it|be\s+(?:fatal|lethal))\b",
    rf"took\s+(?:the|my)\s+(?:\w+\s+)?(?:pills|tablets)\s+{words(6)}(?:like\s+)?all\s+of\s+them\b",
    r"took\s+everything\s+in\s+the\s+(?:medicine\s+)?(?:cabinet|cupboard)\b|ctb\b",
    r"(?:sh(?:\s?d|\s?ed|ing)?|cutting)\s+(?:thing\s+)?again\b|cut\s+(?:more\s+)?deep(?:er)?\s+than",
    r"(?:how\s+)?easy\s+it\s+would\s+be\s+to\s+(?:just\s+)?(?:step|jump|go\s+over|drive|swerve"
    r"|let\s+go|fall|end)\b|(?:rather|better)\s+be\s+dead\b|hose\s+and\s+(?:the\s+)?(?:duct\s+)?tape",
    r"(?:letters?|notes?|envelopes?|my\s+will)\s+[^.!?]{0,80}?(?:will|ll|they|so\s+they)\s+find\s+"
    r"(?:it|them)\b|by\s+then\s+(?:it|i)\s+(?:will|ll)\s+be\s+(?:over|gone|dead)\b",
    r"(?:gave|given|giving)\s+[^!?]{0,80}?(?:will\s+not|not\s+going\s+to|do\s+not)\s+(?:be\s+)?"
    r"need(?:ing)?\s+(?:them|it)\b|need\s+(?:them|it)\s+where\s+i\s+am\s+going\b",
    r"(?:will\s+not|not)\s+be\s+needing\s+(?:the\s+bot|this|it|you)\s+(?:anymore|any\s+more|after)",
    r"(?:bought|got|have)\s+(?:a\s+)?(?:rope|noose)\b|noose\b|(?:how|enough)\s+(?:many"
    r"|much)\s+(?:pills|tablets|paracetamol)\s+(?:\w+\s+){0,4}?(?:kill|die|lethal|fatal|overdose)",
    r"(?:lethal|fatal)\s+dose\b",
    r"(?:painless|easiest|quickest|best)\s+way\s+to\s+(?:die|end\s+it|kill)",
    r"(?:have|made|got)\s+a\s+plan\s+to\s+(?:die|end|kill)",
    r"(?:wrote|written|writing)\s+(?:a|my)\s+(?:suicide|goodbye|farewell)\s+(?:note|letter)\b",
    r"(?:suicide|goodbye)\s+(?:notes?|letters?)\b|hang(?:ing)?\s+myself\b",
    r"shoot(?:ing)?\s+myself\b(?!\s+in\s+the\s+foot)",
    r"jump(?:ing)?\s+(?:off|in\s+front\s+of)\s+(?:a|the)\s+(?:bridge|building|roof|train|cliff)\b",
    r"slit(?:ting)?\s+my\s+wrists?\b",
    # Goodbyes.
    r"this\s+is\s+(?:my\s+)?(?:goodbye|good\s+bye|farewell)\b|(?:goodbye|good\s+bye)\s+forever\b",
    r"(?:will\s+not|not\s+think\s+i\s+will)\s+be\s+(?:around|here|alive)\s+(?:much\s+longer"
    r"|tomorrow|for\s+long|next\s+(?:week|month))\b|(?:do\s+not|no\s+longer|never)\s+want\s+to\s+w"
    r"ake\s+up\s+(?:again|anymore|tomorrow|ever)\b(?!\s+(?:at|morning|early|for)\b)",
    r"(?:by\s+the\s+time\s+you\s+read\s+this)\b|saying\s+my\s+(?:last\s+)?goodbyes\b",
)

ASK = (
    r"want\s+to\s+(?:just\s+)?(?:disappear|vanish)(?:\s+(?:forever|for\s+good|completely"
    r"|for\s+a\s+(?:while|bit)))?(?:" + END + r"|\s+and\s+(?:nobody|no\s+one)|\s+where)",
    r"(?:wish\s+i\s+could|want\s+to)\s+(?:just\s+)?(?:go\s+to\s+)?sleep\s+and\s+(?:not|never)\s+wake",
    r"better\s+off\s+if\s+i\s+(?:just\s+)?(?:vanished|disappeared)\b|not\s+exist\s+for\s+a\s+(?:bit"
    r"|while)\b|(?:do\s+not\s+see\s+)?why\s+(?:am\s+i|i\s+am)\s+still\s+(?:here|alive)\b",
    r"how\s+much\s+(?:more|longer)\s+(?:of\s+(?:this|it)\s+)?i\s+can\s+(?:take|handle|bear)\b",
    r"(?:everything|life|it\s+all)\s+is\s+(?:so\s+|just\s+)?unbearable\b",
    r"(?:feel(?:s|ing)?|i\s+am|im|she\s+is|shes|he\s+is|hes)\s+(?:so\s+|completely\s+)?trapped\b",
    r"can\s+not\s+(?:go\s+on|keep\s+going)\s+like\s+this\b|no\s+(?:version\s+of\s+the\s+)?future"
    r"\s+where|(?:actually|finally)\s+go\s+through\s+with\s+it\b|(?:will\s+not|not)\s+matter\s+soon",
    r"(?:putting|put|got|getting|have\s+put)\s+(?:all\s+)?my\s+(?:affairs|papers)\s+in\s+order\b",
    r"(?:weight|burden)\s+(?:around|on)\s+(?:my\s+)?\w+\s+(?:s\s+)?necks?\b",
    r"(?:standing|stand|stood|sitting|sat)\s+(?:right\s+)?(?:on|at)\s+(?:the\s+)?(?:roof|edge|ledge"
    r"|railing|platform\s+edge)\b|to\s+see\s+how\s+high\b|bridge\s+" + words(3) + r"tonight\b",
    r"(?:balcony|roof|bridge|ledge)\b[^.!?]{0,40}(?:i\s+have\s+decided|decided)\b",
    r"(?:checked|looked\s+up|worked\s+out)\s+which\s+(?:floor|bridge|building)\b",
    r"(?:look|looks|seem)\s+like\s+an\s+accident\b|(?:was\s+not|wasnt)\s+an\s+accident\b",
    r"(?:picked|chosen|chose)\s+(?:the|a)\s+(?:day|date)\b|decided\s+it\s+will\s+be\s+\w+day\b",
    r"(?:(?:sun|mon|tues|wednes|thurs|fri|satur)day|tomorrow\s+night|tonight)\s+(?:will\s+be\s+"
    r"the\s+day|is\s+it)" + END,
    r"(?:already|just)\s+said\s+(?:my\s+)?goodbyes?\s+to\b|say\s+goodbye\s+(?:properly\s+)?before",
    r"(?:wrote|written)\s+(?:the\s+|my\s+)?(?:notes|letters)\s+(?:to|for)\s+(?:both\s+of\s+)?my\b",
    rf"can\s+not\s+(?:do|take|handle|cope\s+with)\s+(?:this|it|life)\s+{_ANYMORE}",
    rf"can\s+not\s+(?:cope|take\s+it|take\s+much\s+more)\s+{_ANYMORE}|tired\s+of\s+(?:everything"
    rf"|it\s+all|all\s+of\s+it|life|fighting|trying|existing|being\s+a\s+person)\b",
    r"(?:do\s+not|can\s+not)\s+see\s+(?:a|any)\s+way\s+out\b|no\s+way\s+out\b",
    r"want\s+(?:it\s+all|everything|the\s+pain)\s+to\s+stop\b",
    r"(?:i\s+am|im|feel\s+like|become|became|becoming)\s+(?:such\s+|just\s+|only\s+)?(?:a"
    r"|an)\s+(?:great\s+|huge\s+|real\s+|total\s+)?burden\b",
    r"(?:nobody|no\s+one)\s+(?:would|will)\s+(?:even\s+)?(?:miss|notice|care)\b",
    rf"(?:what\s+is\s+(?:even\s+)?the|no)\s+point\s+(?:of\s+(?:any\s+of\s+)?(?:it"
    rf"|this)\s+)?{_ANYMORE}",
    r"(?:no\s+longer|do\s+not|can\s+not)\s+see\s+(?:any|the)\s+(?:point|sense)\s+(?:in"
    r"|of)\s+(?:anything|trying|it\s+all)\b|give\s+up\s+on\s+(?:everything|life)\b",
    # "ending things" is often a relationship; a kind question costs little.
    r"(?:(?:thinking|thought|think)\s+(?:of|about)\s+ending|want\s+to\s+end)\s+things" + END,
    r"wish\s+i\s+could\s+(?:just\s+)?(?:disappear|vanish)\b|want\s+to\s+(?:go\s+to\s+)?sleep\s+forever",
    r"would\s+(?:all\s+)?be\s+(?:happier|better)\s+without\s+me\b|feel\s+(?:so\s+)?hopeless\b",
    rf"can\s+not\s+(?:even\s+)?{_ANYMORE}{END}",
    r"(?:i\s+am|im|am)\s+(?:so\s+|just\s+)?done\s+with\s+(?:everything|it\s+all)\b",
)

EMERGENCY = {
    E.FACE_DROOP: (
        rf"(?:face|mouth|smile)\s+{filler(3)}(?:drooping|droopy|drooped|droops|sagging|lopsided"
        rf"|crooked|fallen|dropped)\b(?!\s+(?:eyelid|lid))",
        rf"(?:one|left|right)\s+side\s+of\s+my\s+(?:face|mouth)\s+{filler(3)}(?:drooping|droopy"
        rf"|drooped|droops|sagging|numb|paraly[sz]ed|dropped|fallen|frozen)\b|face\s+droop\w*",
        r"facial\s+(?:droop|drooping|paralysis)\b",
    ),
    E.SUDDEN_SPEECH_LOSS: (
        rf"{_SUDDEN}\s+{words(3)}(?:can\s+not|could\s+not|unable\s+to|can\s+barely)\s+(?:speak"
        rf"|talk|get\s+(?:my|the)\s+words\s+out|form\s+words|say\s+words)\b",
        rf"{_SUDDEN}\s+{words(3)}(?:slurr(?:ing|ed|y)|lost\s+my\s+(?:speech|voice|words))\b",
        rf"(?:speech|words|talking)\s+(?:is|are|has\s+been|became|went|got)\s+{_SUDDEN}\s+(?:slurr"
        rf"ed|garbled|jumbled|gone)\b",
        r"sudden\s+(?:slurred\s+speech|loss\s+of\s+speech|speech\s+(?:loss|problems?))\b",
        rf"(?:can\s+not|could\s+not)\s+(?:speak|talk)\s+(?:properly\s+|clearly\s+)?{_SUDDEN}\b",
    ),
    E.ONE_SIDED_WEAKNESS: (
        rf"{_SUDDEN}\s+{words(2)}(?:weak|weakness|numb|numbness|paralysis|paraly[sz]ed)\s+(?:on|in"
        rf"|down|of)\s+(?:one|my\s+(?:left|right)|the\s+(?:left|right))\s+side\b",
        rf"(?:one|left|right)\s+side\s+of\s+my\s+body\s+{filler(3)}(?:weak|numb|dead|paraly[sz]ed"
        rf"|limp|heavy)\b",
        r"half\s+(?:of\s+)?my\s+body\s+" + filler(3) + r"(?:weak|numb|dead|paraly[sz]ed)\b",
        r"can\s+not\s+move\s+(?:the\s+|my\s+)?(?:left|right)\s+side\b",
        rf"{_SUDDEN}\s+{words(4)}(?:can\s+not\s+see|lost\s+(?:the\s+)?(?:sight|vision))\b",
        rf"(?:can\s+not\s+see\s+out\s+of|lost\s+(?:the\s+)?(?:sight|vision)\s+in)\s+my\s+(?:left"
        rf"|right)\s+eye\s+{words(2)}{_SUDDEN}",
        rf"{_SUDDEN}\s+[^.!?]{{0,50}}?words\s+(?:\w+\s+)?(?:come|came|coming)\s+out\s+wrong",
        r"(?:face\s+(?:feels|looks)\s+(?:weird|strange|numb)|weakness|numbness)\s+on\s+one\s+side\b",
        r"can\s+not\s+feel\s+(?:the\s+)?(?:left|right|one)\s+side\s+of\s+my\s+(?:body|face)\b",
    ),
    E.WORST_HEADACHE: (
        r"worst\s+headache\s+(?:of\s+my\s+life|in\s+my\s+life|i\s+have\s+ever|ever|of\s+all)\b",
        r"thunderclap\s+headache\b|explosion\s+(?:of\s+pain\s+)?in\s+my\s+head\b",
        r"(?:sudden|explosive)\s+(?:severe\s+|excruciating\s+|blinding\s+)?headache\s+(?:like|that"
        r"|out\s+of)\b",
    ),
    E.CHEST_PAIN_SPREADING: (
        rf"chest\s+(?:pain|pressure|tightness)\s+{words(6)}(?:arm|jaw|neck)\b",
        rf"(?:pain|pressure)\s+in\s+my\s+chest\s+{words(6)}(?:arm|jaw|neck)\b|chest\s+(?:hurts"
        rf"|is\s+hurting|feels\s+(?:tight|heavy|crushed))\s+{words(8)}(?:arm|jaw|neck)\b",
        rf"crushing\s+{words(1)}(?:pain|pressure)\s+in\s+my\s+chest\b|crushing\s+chest\s+pain\b",
        rf"chest\s+{words(10)}(?:into|down|to|up)\s+my\s+(?:left\s+)?(?:arm|jaw|neck|back)\b",
        r"(?:someone|an\s+elephant)\s+(?:is\s+)?sitting\s+on\s+(?:it|my\s+chest)\b",
        r"(?:pressure|pain|tightness)\s+(?:on|in)\s+my\s+chest\s+[^.!?]{0,40}(?:clammy|sweat)",
    ),
    E.CANNOT_BREATHE: (
        r"(?:can\s+not|could\s+not|unable\s+to|not\s+able\s+to|struggling\s+to|can\s+barely)"
        # "can't breath" is the usual typo.
        r"\s+breathe?\b(?!\s+(?:through\s+my\s+nose|in\s+this|with\s+(?:laughter|laughing)))",
        r"(?:lips|face)\s+(?:are|is)\s+(?:turning|going)\s+blue\b|(?:having|have|got)\s+(?:real\s+"
        r"|serious\s+|a\s+lot\s+of\s+)?(?:trouble|difficulty)\s+breathing\b(?!\s+through)",
        r"(?:can\s+barely|can\s+not|could\s+not)\s+get\s+(?:any\s+)?air\s+in\b|throat\s+is\s+closing",
        r"(?:stung|sting|ate|nuts|prawns|peanuts?|allerg\w*)\b[^.!?]{0,80}?(?:wheez\w*"
        r"|hard\w*\s+to\s+breathe|throat|tongue|lips?\s+(?:\w+\s+)?(?:swell|puff)\w*)",
        r"(?:lips?|tongue)\s+(?:\w+\s+){0,2}?(?:swelling|swollen|puffing)\b[^.!?]{0,60}?(?:throat"
        r"|breath|breathe|wheez|air|swallow)",
    ),
    E.HEART_ATTACK_OR_STROKE: (
        r"(?:am|im|is|are)\s+having\s+a\s+(?:heart\s+attack|stroke)\b",
        r"having\s+a\s+(?:heart\s+attack|stroke)\s+(?:i\s+think|right\s+now)\b",
    ),
}

# A head injury and confusion may be told in either order, so they are two parts.
HEAD_INJURY = (
    r"(?:hit|bumped|banged|knocked|smashed|smacked|bashed|hurt|injured)\s+(?:my|his|her"
    r"|the\s+back\s+of\s+my)\s+head\b|head\s+injury\b|concussion\b|fell\s+(?:\w+\s+){0,4}?on\s+my\s+head\b",
)
CONFUSION = (
    r"(?:confused|disoriented|disorientated|confusion)\b"
    # "confused about my symptoms" is not disorientation; "confused about what day it is" is.
    r"(?!\s+(?:by|why|whether|as\s+to|over)\b)(?!\s+about\s+(?:my|the|this|that|these|those|your"
    r"|his|her|it|why|how|whether|which)\b)",
    r"(?:do\s+not|can\s+not)\s+(?:know|remember|tell)\s+where\s+(?:i\s+am|im)\b",
    r"(?:passed|blacked|was\s+knocked)\s+out\b|lost\s+consciousness\b|can\s+not\s+think\s+straight\b",
    r"(?:keeps?|keep)\s+(?:asking|repeating|forgetting)\b|(?:thrown|throwing)\s+up\b|puking\b",
    r"(?:do\s+not|does\s+not|can\s+not)\s+(?:know|remember)\s+(?:what\s+day|how\s+we\s+got)\b",
    r"(?:been|being)\s+sick\b|vomit\w*|drowsy\b",
)

RED_FLAGS = {
    # Focal weakness, not "I feel weak": feeling drained all over is common with anxiety.
    R.WEAKNESS: (
        rf"{_BODY}\s+{filler(3)}{_WEAK}|weak(?:er|ened|ening|ness)?\s+(?!in\s+the\s+knees\b)(?:in"
        rf"|on|of)\s+(?:(?:my|the|both|one)\s+)?{words(2)}{_BODY}\b",
        r"(?:muscle|muscular|some|real|actual|true|any|with|and|have|having|noticed|notice|getting"
        r"|feel|feeling|experiencing|new)\s+weakness\b|weak\s+grip\b|grip\s+(?:is|has\s+been|feels"
        r"|got|has\s+got|is\s+getting)\s+(?:so\s+|really\s+)?(?:weak|weaker|worse|bad)\b",
        r"(?:can\s+not|can\s+barely|unable\s+to|not\s+able\s+to|struggl\w*\s+to|trouble|difficulty"
        r"|problems?)\s+(?:to\s+)?(?:grip|grasp|squeeze|gripping|grasping|squeezing)\b",
        r"(?:can\s+not|can\s+barely|unable\s+to|not\s+able\s+to|struggl\w*\s+to)\s+(?:lift|raise"
        r"|hold\s+up|hold|open)\s+(?:up\s+)?(?:my|a|the)?\s*(?:arms?|legs?|foot|toes|hands?|head"
        r"|cups?|mugs?|glass|pen|fork|kettle|bags?|jars?|bottles?|things|anything|objects|phone"
        r"|spoon|toothbrush|lids?)\b",
        r"(?:lost|losing|lose|no)\s+(?:all\s+|my\s+|the\s+|some\s+)?strength\s+in\b",
        r"(?:legs?|knees?|ankles?)\s+(?:\w+\s+){0,2}?(?:giving\s+way|giving\s+out|give\s+way"
        r"|give\s+out|gave\s+way|gave\s+out|buckling|buckle|buckled)\b|foot\s+drop\b",
        r"drop\s+foot\b|dragging\s+my\s+(?:foot|leg)\b",
        r"(?:can\s+not|unable\s+to)\s+stand\s+on\s+my\s+(?:tip\s?toes|heels)\b",
        r"(?:foot|feet)\s+(?:\w+\s+){0,2}?(?:slapping|slaps|flopping|flops|dragging|drags)\b",
    ),
    # Bare "wasting" is left out because of "wasting time".
    R.WASTING: (
        r"muscle\s+(?:wasting|loss)\b|atroph(?:y|ied|ying)\b",
        rf"{_BODY}\s+{filler(3)}(?:shrinking|shrunk|shrank|shrunken|thinning|thinner|smaller"
        rf"|wasting|wasted|withering|losing\s+(?:size|bulk|mass)|(?:a\s+)?(?:dent|dip)|dented"
        rf"|hollow|hollowed|hollowing|sunken|sunk)\b",
        r"los(?:ing|t|e)\s+muscle(?:\s+mass|\s+bulk)?\s+in\b",
        rf"(?:dent|dip|hollow|hollowing)\s+(?:in|on|between)\s+{words(3)}{_BODY}\b",
    ),
    R.SWALLOWING: (
        r"(?:trouble|difficulty|difficulties|problems?|issues?|pain|struggl(?:e|es|ing)"
        r"|hard\s+time)\s+(?:with\s+|when\s+)?swallowing\b",
        # Metaphors swallow something abstract: the news, my pride, that.
        r"(?:can\s+not|can\s+barely|unable\s+to|not\s+able\s+to|hard\s+to|difficult\s+to"
        r"|painful\s+to|struggl\w*\s+to|hurts\s+to)\s+swallow\b(?!\s+(?:the\s+news|my\s+pride|that"
        r"|this|what|it\b))",
        r"swallowing\s+(?:is|has\s+been|feels|got|gets|has\s+got|seems|became)\s+(?:\w+\s+){0,2}?("
        r"?:hard|harder|difficult|weird|strange|painful|a\s+problem|tricky|off)\b|(?:choking|choke"
        r"|choked|chokes|cough|coughing|splutter\w*)\s+(?:on|when|whenever)\s+(?:i\s+)?(?:my\s+)?("
        r"?:food|water|drinks?|drink|liquids?|saliva|spit|eating|drinking|tea|coffee)\b",
        r"(?:keep|keeps|kept)\s+choking\b|(?:drinks?|liquids?|water)\s+(?:keeps?\s+)?(?:going|goes"
        r"|went)\s+down\s+the\s+wrong\s+(?:way|pipe)\b",
        r"food\s+(?:\w+\s+)?(?:gets|getting|got|keeps\s+getting|sticks|sticking)\s+stuck\b",
        r"(?:drinking|eating|swallowing)\s+(?:\w+\s+){0,2}?makes\s+me\s+(?:cough|choke)\b|dysphagia\b",
    ),
    R.SPEECH: (
        r"slurr(?:ed|ing|y)\b|dysarthria\b",
        # "trouble talking to people" is shyness, not a speech problem.
        r"(?:trouble|difficulty|problems?|issues?|struggl(?:e|es|ing))\s+(?:with\s+)?(?:speaking"
        r"|talking|speech|pronouncing|getting\s+(?:my|the)\s+words\s+out|forming\s+words"
        r"|saying\s+words)\b(?!\s+(?:to|about|with|in\s+front|on\s+the\s+phone|up|in\s+public"
        r"|in\s+meetings)\b)|(?:speech|speaking|words|voice)\s+(?:is|are|has\s+been|have\s+been"
        r"|sounds?|seems?|feels?|become|got|gets|getting|became|come\s+out|comes\s+out"
        r"|coming\s+out|came\s+out)\s+(?:\w+\s+){0,2}?(?:slurred|slurry|garbled|thick|jumbled"
        r"|nasal|slow|slower)\b",
        r"(?:can\s+not|unable\s+to|not\s+able\s+to|can\s+barely)\s+(?:speak|talk|get\s+(?:my"
        r"|the)\s+words\s+out|pronounce\s+words)\s+(?:properly|clearly|right|normally)\b",
    ),
    # Habitual falls and drops; a single "fell" or "dropped" is ordinary, and "fell asleep",
    # "dropped by", "drop the kids off" are not falls at all.
    R.FALLS: (
        r"(?:keep|keeps|kept|always|constantly|often|been|started|start)\s+(?:on\s+)?"
        r"(?:falling|tripping|stumbling|dropping)\b"
        r"(?!\s+(?:asleep|behind|apart|in\s+love|for|off|by|out|the\s+ball)\b)"
        r"(?!\s+\w+\s+off\b)",  # "dropping things off at the tip"
        r"(?:fall|falls|falling|fell|fallen)\s+(?:over|down)\b(?!\s+(?:a|the|this"
        r"|that)\s+(?:\w+\s+)?rabbit\b)|(?:falling|tripping|stumbling)\s+(?:a\s+lot"
        r"|all\s+the\s+time|more|so\s+much|constantly|often|again)\b",
        r"(?:fallen|fell|tripped)\s+(?:twice|three\s+times|several\s+times)\b|catch\w*\s+my\s+toes\b",
        r"(?:had|have\s+had|having)\s+(?:a\s+few|several|some|two|three|many|lots\s+of"
        r"|a\s+couple\s+of)\s+falls\b|trip(?:s|ping)?\s+(?:over|up\s+on)\s+(?:my\s+own\s+feet"
        r"|nothing|things|my\s+feet|my\s+toes)\b",
        r"(?:drop|drops|dropping|dropped)\s+(?:things|stuff|objects|everything)\b(?!\s+off\b)",
        r"(?:things|stuff|objects|cups?)\s+(?:keep\s+|keeps\s+)?(?:falling|slipping|fall"
        r"|slip)\s+out\s+of\s+my\s+hands?\b",
    ),
}

SPREADING = (
    r"spread(?:s|ing)?\b|all\s+over\s+(?:my|the)\s+body\b",
    r"(?:moving|moved|jumping|jumped|travell?ing|travell?ed)\s+(?:around|to|all\s+over)\b",
)

# "I feel numb" on its own is usually emotional; numbness in a body part is physical.
NUMBNESS = (
    rf"numb(?:ness)?\s+(?:in|on|down)\b|numbness\b|{_BODY}\s+{filler(3)}numb\b",
    r"tingl(?:e|es|ed|ing|y)\b|pins\s+and\s+needles\b",
    r"(?:lost|losing|loss\s+of|no)\s+(?:the\s+)?(?:feeling|sensation)\s+in\b|can\s+not\s+feel\s+my\b",
)

INJURY = (
    r"(?:injur(?:y|ies|ed)|accident|crash(?:ed)?|whiplash|concussion|sprain(?:ed)?|fractur(?:e|ed)"
    r"|broken|trauma)\b|broke\b(?!\s+up\b)",
    r"(?:fell|fall|fallen|falling)\b(?!\s+(?:asleep|in\s+love|behind|apart|for)\b)",
    r"(?:hit|bumped|banged|knocked|hurt|twisted|pulled|injured)\s+my\b|landed\s+on\b",
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
_ALS = (
    r"(?:have|got|is\s+it|is\s+this|it\s+is|its|be|of|about|for|fear|scared|afraid|worried|think"
    r"|signs?|symptoms?|rule\s+out|ruled\s+out|like|with|early|suspected|possible"
    r"|diagnosed)\s+(?:\w+\s+)?als\b(?!\s+(?:ich|er|sie|es|wir|ob|wenn|auch|kind|kaffee|tee|ein"
    r"|eine|der|die|das|dem|den|du|man|zuvor|vorher|gedacht|erwartet|sonst|normal)\b)",
    r"als\s+(?:symptoms?|twitch\w*|fasciculations?|fears?|anxiety|scare|patients?|diagnosis|test"
    r"|signs?|sufferers?|forum|reddit|risk)\b|als\s*(?:\?|$)",
)
HEALTH_ANXIETY = (
    _FEARED_CONDITION,
    *_ALS,
    rf"{_FEAR_FRAME}\s+{words(2)}(?:ms|cancer|a\s+tumou?r|tumou?r|something\s+(?:serious|sinister"
    rf"|neurological|degenerative|fatal|terminal)|nerve\s+damage|a\s+neurological"
    rf"|neurological\s+disease|neuropathy|a\s+stroke)\b|am\s+i\s+dying\b",
    r"(?:think|feel\s+like|scared|afraid|worried|convinced|sure)\s+(?:that\s+)?(?:i\s+am"
    r"|im)\s+dying\b",
    r"(?:i\s+am|im)\s+going\s+to\s+die\s+(?:of|from)\b|(?:do|does)\s+not\s+want\s+to\s+die\b",
    r"is\s+(?:it|this|that)\s+(?:serious|dangerous|fatal|terminal)\b",
    r"something\s+(?:seriously|really|very)\s+wrong\s+with\s+me\b",
)

IDIOMS = (
    r"dying\s+to\b|to\s+die\s+for\b|(?:die|died|dying)\s+(?:of|from)\s+(?:embarrassment|shame"
    r"|laughter|laughing|boredom|cringe|cuteness)\b|(?:die|died|dying)\s+laughing\b",
    r"could\s+(?:kill|murder)\s+(?:for|a)\b",
    r"(?:is|was|are)\s+(?:literally\s+|actually\s+)?killing\s+me\b|suicide\s+mission\b",
    r"(?:will|going\s+to|would)\s+(?:literally\s+)?kill\s+me\s+(?:if|when|haha|lol)\b",
    r"(?:laughed|laughing|laugh)\s+so\s+(?:hard|much)\s+(?:that\s+)?i\s+(?:could\s+not"
    r"|can\s+not)\s+breathe?\b|dead\s+tired\b",
    r"suicide\s+squad\b",  # a film; French and Dutch rules would read "suicide" too
    r"die[\s-]hard\b|(?:bored|scared|worried)\s+to\s+death\b",
)

# Another person in danger: a person, then what is happening to them.
_SOMEONE = (
    r"(?:he|she|they|husband|wife|partner|dad|father|mum|mom|mother|son|daughter|friend|mate|bf"
    r"|gf|boyfriend|girlfriend|brother|sister|baby|child|kid|grandma|grandpa|nan|granny|uncle|aunt"
    r"|grandmother|grandfather|roommate|flatmate|colleague|coworker|someone|somebody|man|woman"
    r"|guy|person|neighbou?r|cousin|stranger|hes|shes)"
)
SOMEONE_ELSE = (
    rf"{_SOMEONE}\s+(?:\w+\s+){{0,3}}?(?:just\s+)?(?:collapsed|fainted|passed\s+out"
    rf"|is\s+not\s+breathing|not\s+breathing|stopped\s+breathing|is\s+unresponsive|unresponsive"
    rf"|(?:is\s+)?having\s+a\s+(?:seizure|fit|convulsion)|is\s+seizing|seizing|convulsing"
    rf"|will\s+not\s+wake\s+up|is\s+not\s+waking\s+up|is\s+not\s+responding|not\s+responding"
    rf"|turning\s+blue|(?:is\s+)?unconscious|is\s+choking|overdosed|od\s?d|jerking\s+all\s+over"
    rf"|foaming\s+at\s+the\s+mouth|shaking\s+all\s+over\s+on\s+the\s+floor)\b",
    r"(?:his|her|their)\s+eyes\s+(?:are\s+open\s+but|rolled\s+back|rolling\s+back)\b",
    r"can\s+not\s+tell\s+if\s+(?:he|she|they)\s+(?:is|are|s)\s+breathing\b",
    r"on\s+the\s+(?:\w+\s+)?floor\s+[^.!?]{0,40}?(?:not\s+(?:answering|responding|moving"
    r"|breathing)|jerking|foaming|eyes\s+rolled)",
    r"(?:can\s+not|could\s+not)\s+wake\s+(?:him|her|them|my\s+\w+)\s+up\b",
    r"found\s+(?:him|her|them|my\s+\w+)\s+(?:\w+\s+){0,2}?(?:unconscious|unresponsive"
    r"|not\s+breathing|collapsed|on\s+the\s+floor)\b",
    r"(?:call|calling|called)\s+an\s+ambulance\s+for\s+(?:him|her|them|my)\b",
)
OVERDOSE_TAKEN = (
    r"(?:took|taken|swallowed|downed|ate|necked)\s+(?:all|the\s+whole|a\s+whole|the\s+entire"
    r"|an\s+entire|(?:way\s+)?too\s+many|a\s+bunch\s+of|a\s+handful\s+of|a\s+lot\s+of|loads\s+of"
    r"|like|about|over|\d\d+)\s+(?:\w+\s+){0,3}?(?:pills|tablets|meds|medication|medicine"
    r"|paracetamol|tylenol|ibuprofen|aspirin|sleeping|antidepressants|pack|packet|bottle|box"
    r"|blister|strip|xanax|benzos|oxy\w*|codeine|insulin)\b|(?:have|just|already"
    r"|i)\s+(?:just\s+)?(?:overdosed|od\s?d)\b(?!\s+on\s+(?:caffeine|coffee|sugar|chocolate)\b)",
    r"(?:took|taken|have\s+taken)\s+an\s+overdose\b|(?:took|taken|swallowed|downed)\s+(?:like\s+"
    r"|about\s+|around\s+|over\s+)?(?:\d\d+|a\s+load|a\s+handful)\s+of\s+(?:my|her|his|their"
    r"|the)\s+(?:\w+\s+)?(?:pills|tablets|meds|\w+(?:ine|olol|pam|lam|done|zole|pine))\b|(?:took"
    r"|taken)\s+(?:my\s+(?:\w+\s+){0,2}?(?:tablets|pills|meds|dose)\s+twice|a\s+double\s+dose)\b",
)
# Panic: words that make breathlessness the familiar panic rather than an emergency.
PANIC = (
    r"panic(?:ky|king|ked)?\b|breathing\s+(?:too|really|so)\s+fast\b",
    r"(?:heart|pulse)\s+(?:is\s+)?(?:\w+\s+)?(?:racing|pounding|hammering|thumping|going\s+crazy"
    r"|galloping|going\s+(?:like\s+)?\d+|beating\s+(?:so\s+|really\s+|super\s+)?(?:fast|hard))\b",
    r"(?:racing\s+heart|palpitations?)\b|(?:hyperventilat\w*|anxiety\s+attack\b)",
    r"feel\s+like\s+(?:i\s+am|im)\s+(?:going\s+(?:mad|crazy|insane)|not\s+real)\b",
    r"watching\s+myself\s+from\s+outside\b|everything\s+feels\s+(?:fake|unreal)\b",
)
# Danger signs beside breathlessness: these keep it an emergency.
PANIC_DANGER = (
    r"(?:lips|face|fingers)\s+(?:\w+\s+)?(?:blue|turning\s+blue|going\s+blue|grey|gray)\b",
    r"(?:blue\s+lips|fainted|fainting|passed\s+out|passing\s+out|blacked\s+out"
    r"|lost\s+consciousness|chest\s+pain)\b",
)

# fmt: off
RULES = LanguageRules(
    language="en", crisis=CRISIS, ask=ASK, panic=PANIC, panic_danger=PANIC_DANGER,
    emergency={**EMERGENCY, E.SOMEONE_ELSE: SOMEONE_ELSE, E.OVERDOSE_TAKEN: OVERDOSE_TAKEN},
    red_flags=RED_FLAGS, health_anxiety=HEALTH_ANXIETY, spreading=SPREADING, numbness=NUMBNESS,
    injury=INJURY, head_injury=HEAD_INJURY, confusion=CONFUSION, idioms=IDIOMS,
    negators=("no", "not", "never", "without", "nor", "neither", "none"),
    hedges=("sure", "idea", "clue", "know", "certain"),
    clause_breaks=("but", "and", "though", "although", "however", "yet", "except", "whereas"),
)
# fmt: on
