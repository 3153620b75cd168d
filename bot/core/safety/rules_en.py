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
    r"self[- ]?harm(?:ing|ed|s)?\b",
    rf"(?:kill|kil|killl|killing)\s+{_MYSELF}\b",
    r"kms\b",
    r"to\s+off\s+(?:myself|my\s?self)\b",
    r"unaliv(?:e|ing)\b",
    r"(?:end|ending|take|taking)\s+my\s+(?:own\s+)?life\b",
    r"end(?:ing)?\s+it\s+all\b",
    # "thinking of ending it", "going to end it tonight"
    r"(?:thinking|thought|thinking\s+seriously)\s+(?:of|about)\s+ending\s+it\b",
    r"(?:going|want|ready|decided|plan|planning)\s+to\s+end\s+it\b(?!\s+with\b)",
    r"want\s+(?:it\s+all|everything|my\s+life)\s+to\s+end\b",
    # "don't want to die" is fear of illness, not a wish to die.
    r"(?:want|wanted|wanting|ready|plan|planning)(?<!not\swant)(?<!not\swanted)\s+to\s+"
    r"(?:die|be\s+dead)\b(?!\s+(?:my|her|his|the)\s+hair\b)"
    r"(?!\s+(?:honest|serious|set|tired|quiet|sure|certain|last|right|center|centre|even)\b)",
    # Passive wishes: "I hope I don't wake up", "I wish I wasn't alive", "I want to stop existing".
    r"hope\s+i\s+(?:just\s+)?die\b",
    # Only at the end of a clause: "I hope I don't wake up the baby" is about the baby.
    r"hope\s+i\s+(?:just\s+)?(?:do\s+not|never|will\s+not)\s+wake\s+up"
    rf"(?:\s+(?:again|anymore|any\s+more|tomorrow|ever|in\s+the\s+morning))?{END}",
    r"wish\s+i\s+(?:was|were)\s+not\s+(?:alive|here|around|born)\b",
    r"wish\s+i\s+(?:did\s+not|could\s+just\s+not|could\s+not|would\s+not)\s+exist\b",
    r"want(?<!not\swant)\s+to\s+(?:just\s+)?(?:stop|cease)\s+(?:existing|living|being\s+alive)\b",
    r"want\s+to\s+(?:just\s+)?not\s+(?:exist|be\s+alive)\b",
    r"feel\s+like\s+dying\b",
    r"wish\s+i\s+(?:was|were|could\s+be)\s+dead\b",
    r"wish\s+i\s+(?:could|would)\s+(?:just\s+)?(?:die|not\s+wake\s+up|never\s+wake\s+up)\b",
    r"wish\s+i\s+(?:had|d|was|were)\s+(?:never|not)\s+(?:been\s+)?born\b",
    r"(?:want|like|wish\s+i\s+could|going)\s+to\s+(?:go\s+to\s+)?sleep\s+and\s+(?:never|not)"
    r"\s+wake\s+up\b",
    r"better\s+off\s+(?:dead|without\s+me)\b",
    r"better\s+off\s+(?:if|when)\s+i\s+(?:(?:was|were|am|m)\s+(?:gone|dead|not\s+(?:here|around))"
    r"|died|disappeared)\b",
    r"(?:no|any)\s+(?:reason|point)\s+(?:to|in|for)\s+(?:me\s+to\s+)?"
    r"(?:live|living|go\s+on|going\s+on|carry\s+on|carrying\s+on|keep\s+going"
    r"|be\s+alive|being\s+alive|be\s+here|being\s+here|exist|existing)\b",
    r"what\s+is\s+the\s+point\s+(?:of|in)\s+(?:living|life|going\s+on|being\s+alive)\b",
    r"nothing\s+(?:left\s+)?to\s+live\s+for\b",
    r"(?:do\s+not|can\s+not|no\s+longer)\s+see\s+(?:the|any|a)\s+point\s+(?:in|of|to)\s+"
    r"(?:living|life|being\s+alive|going\s+on|existing|live)\b",
    r"not\s+worth\s+living\b",
    r"might\s+as\s+well\s+be\s+dead\b(?!\s+(?:honest|serious)\b)",
    r"feel\s+like\s+ending\s+(?:it|it\s+all|my\s+life)\b(?!\s+with\b)",
    r"tired\s+of\s+(?:living|being\s+alive)\b",
    r"(?:i\s+am|im|am)\s+done\s+with\s+(?:life|living|being\s+alive)\b",
    # "live with/in/near…" is about where or how, not whether.
    r"(?:do\s+not|does\s+not|no\s+longer|never|not\s+sure\s+(?:if\s+|that\s+)?i)\s+"
    r"(?:really\s+|even\s+|actually\s+)?want\s+to\s+(?:live|be\s+alive|exist|keep\s+living)\b"
    r"(?!\s+(?:with|in|near|there|abroad|at)\b)",
    rf"(?:do\s+not|no\s+longer|not\s+sure\s+(?:if\s+|that\s+)?i)\s+(?:really\s+|even\s+)?"
    rf"want\s+to\s+be\s+(?:here|around|alive)\s+{_ANYMORE}\b",
    # Only at the end of a clause: "don't want to wake up early" is about alarms.
    r"(?:do\s+not|no\s+longer|never)\s+want\s+to\s+wake\s+up"
    rf"(?:\s+(?:again|anymore|any\s+more|tomorrow|ever))?{END}",
    r"can\s+not\s+(?:go\s+on|keep\s+going)"
    rf"(?:\s+(?:like\s+this|anymore|any\s+more|any\s+longer|living))?{END}",
    r"(?:hurting|harming|cutting|burning)\s+myself\b",
    r"(?:want|going|plan|planning|urge|urges|thinking\s+about|thoughts\s+of|thought\s+about)"
    r"\s+(?:to\s+)?(?:hurt|harm|cut|burn|hurting|harming|cutting|burning)\s+myself\b",
    r"(?:cut|burned|burnt|hurt)\s+myself\s+(?:again|on\s+purpose|deliberately)\b",
    r"(?:started|start|relapsed|been)\s+(?:cutting|self\s+harming)\s+again\b",
    r"overdos(?:e|ed|es|ing)\b(?!\s+on\s+(?:caffeine|coffee|sugar|chocolate)\b)",
    r"(?:take|taking|took|swallow|swallowing)\s+(?:all|a\s+whole\s+bottle\s+of"
    r"|the\s+whole\s+bottle\s+of|a\s+bunch\s+of)\s+(?:of\s+)?(?:my\s+|the\s+)?"
    r"(?:pills|tablets|meds|medication)\b",
    # Means and plans.
    r"(?:have|got|been)\s+(?:\w+\s+){0,2}?(?:pills|tablets|meds|medication)\s+"
    r"(?:saved|stashed|stockpiled|hidden|put\s+aside)\b",
    r"(?:saving|saved|stockpiling|stockpiled|hoarding|stashing)\s+(?:up\s+)?(?:my\s+|some\s+)?"
    r"(?:pills|tablets|meds|medication)\b",
    r"(?:bought|got|have)\s+(?:a\s+)?(?:rope|noose)\b",
    r"noose\b",
    r"(?:how|enough)\s+(?:many|much)\s+(?:pills|tablets|paracetamol)\s+(?:\w+\s+){0,4}?"
    r"(?:kill|die|lethal|fatal|overdose)",
    r"(?:lethal|fatal)\s+dose\b",
    r"(?:painless|easiest|quickest|best)\s+way\s+to\s+(?:die|end\s+it|kill)",
    r"(?:have|made|got)\s+a\s+plan\s+to\s+(?:die|end|kill)",
    r"(?:wrote|written|writing)\s+(?:a|my)\s+(?:suicide|goodbye|farewell)\s+(?:note|letter)\b",
    r"(?:suicide|goodbye)\s+(?:notes?|letters?)\b",
    r"hang(?:ing)?\s+myself\b",
    r"shoot(?:ing)?\s+myself\b(?!\s+in\s+the\s+foot)",
    r"jump(?:ing)?\s+(?:off|in\s+front\s+of)\s+(?:a|the)\s+"
    r"(?:bridge|building|roof|train|cliff)\b",
    r"slit(?:ting)?\s+my\s+wrists?\b",
    # Goodbyes.
    r"this\s+is\s+(?:my\s+)?(?:goodbye|good\s+bye|farewell)\b",
    r"(?:goodbye|good\s+bye)\s+forever\b",
    r"(?:will\s+not|wont)\s+be\s+(?:around|here|alive)\s+(?:much\s+longer|tomorrow|for\s+long)\b",
    r"(?:by\s+the\s+time\s+you\s+read\s+this)\b",
    r"saying\s+my\s+(?:last\s+)?goodbyes\b",
)

ASK = (
    r"want\s+to\s+(?:disappear|vanish)(?:\s+(?:forever|for\s+good|completely))?" + END,
    rf"can\s+not\s+(?:do|take|handle|cope\s+with)\s+(?:this|it|life)\s+{_ANYMORE}",
    rf"can\s+not\s+(?:cope|take\s+it|take\s+much\s+more)\s+{_ANYMORE}",
    r"tired\s+of\s+(?:everything|it\s+all|life|fighting|trying)\b",
    r"(?:do\s+not|can\s+not)\s+see\s+(?:a|any)\s+way\s+out\b",
    r"no\s+way\s+out\b",
    r"want\s+(?:it\s+all|everything|the\s+pain)\s+to\s+stop\b",
    r"(?:i\s+am|im|feel\s+like)\s+(?:such\s+)?a\s+burden\s+(?:to|on)\s+(?:everyone|everybody|my)\b",
    r"(?:nobody|no\s+one)\s+would\s+(?:miss|notice|care)\b",
    rf"what\s+is\s+the\s+point\s+{_ANYMORE}",
    r"give\s+up\s+on\s+(?:everything|life)\b",
    # "ending things" is often a relationship; a kind question costs little.
    r"(?:thinking|thought|think)\s+(?:of|about)\s+ending\s+things" + END,
    r"want\s+to\s+end\s+things" + END,
    r"wish\s+i\s+could\s+(?:just\s+)?(?:disappear|vanish)\b",
    r"want\s+to\s+(?:go\s+to\s+)?sleep\s+forever\b",
    r"would\s+(?:all\s+)?be\s+(?:happier|better)\s+without\s+me\b",
    rf"can\s+not\s+(?:even\s+)?{_ANYMORE}{END}",
    r"(?:i\s+am|im|am)\s+(?:so\s+|just\s+)?done\s+with\s+(?:everything|it\s+all)\b",
    r"feel\s+(?:so\s+)?hopeless\b",
)

EMERGENCY = {
    E.FACE_DROOP: (
        rf"(?:face|mouth|smile)\s+{filler(3)}(?:drooping|droopy|drooped|droops|sagging|lopsided"
        r"|crooked|fallen|dropped)\b(?!\s+(?:eyelid|lid))",
        rf"(?:one|left|right)\s+side\s+of\s+my\s+(?:face|mouth)\s+{filler(3)}"
        r"(?:drooping|droopy|drooped|droops|sagging|numb|paraly[sz]ed|dropped|fallen|frozen)\b",
        r"face\s+droop\w*",
        r"facial\s+(?:droop|drooping|paralysis)\b",
    ),
    E.SUDDEN_SPEECH_LOSS: (
        rf"{_SUDDEN}\s+{words(3)}(?:can\s+not|could\s+not|unable\s+to|can\s+barely)\s+"
        r"(?:speak|talk|get\s+(?:my|the)\s+words\s+out|form\s+words|say\s+words)\b",
        rf"{_SUDDEN}\s+{words(3)}(?:slurr(?:ing|ed|y)|lost\s+my\s+(?:speech|voice|words))\b",
        r"(?:speech|words|talking)\s+(?:is|are|has\s+been|became|went|got)\s+"
        rf"{_SUDDEN}\s+(?:slurred|garbled|jumbled|gone)\b",
        r"sudden\s+(?:slurred\s+speech|loss\s+of\s+speech|speech\s+(?:loss|problems?))\b",
        r"(?:can\s+not|could\s+not)\s+(?:speak|talk)\s+(?:properly\s+|clearly\s+)?"
        rf"{_SUDDEN}\b",
    ),
    E.ONE_SIDED_WEAKNESS: (
        rf"{_SUDDEN}\s+{words(2)}(?:weak|weakness|numb|numbness|paralysis|paraly[sz]ed)\s+"
        r"(?:on|in|down|of)\s+(?:one|my\s+(?:left|right)|the\s+(?:left|right))\s+side\b",
        r"(?:one|left|right)\s+side\s+of\s+my\s+body\s+"
        rf"{filler(3)}(?:weak|numb|dead|paraly[sz]ed|limp|heavy)\b",
        r"half\s+(?:of\s+)?my\s+body\s+" + filler(3) + r"(?:weak|numb|dead|paraly[sz]ed)\b",
        r"can\s+not\s+move\s+(?:the\s+|my\s+)?(?:left|right)\s+side\b",
        r"(?:weakness|numbness)\s+on\s+one\s+side\b",
        r"can\s+not\s+feel\s+(?:the\s+)?(?:left|right|one)\s+side\s+of\s+my\s+(?:body|face)\b",
    ),
    E.WORST_HEADACHE: (
        r"worst\s+headache\s+(?:of\s+my\s+life|in\s+my\s+life|i\s+have\s+ever|ever|of\s+all)\b",
        r"thunderclap\s+headache\b",
        r"(?:sudden|explosive)\s+(?:severe\s+|excruciating\s+|blinding\s+)?headache\s+"
        r"(?:like|that|out\s+of)\b",
    ),
    E.CHEST_PAIN_SPREADING: (
        rf"chest\s+(?:pain|pressure|tightness)\s+{words(6)}(?:arm|jaw|neck)\b",
        rf"(?:pain|pressure)\s+in\s+my\s+chest\s+{words(6)}(?:arm|jaw|neck)\b",
        rf"chest\s+(?:hurts|is\s+hurting|feels\s+(?:tight|heavy|crushed))\s+{words(8)}"
        r"(?:arm|jaw|neck)\b",
        rf"crushing\s+{words(1)}(?:pain|pressure)\s+in\s+my\s+chest\b",
        r"crushing\s+chest\s+pain\b",
    ),
    E.CANNOT_BREATHE: (
        r"(?:can\s+not|could\s+not|unable\s+to|not\s+able\s+to|struggling\s+to|can\s+barely)"
        # "can't breath" is the usual typo.
        r"\s+breathe?\b(?!\s+(?:through\s+my\s+nose|in\s+this|with\s+(?:laughter|laughing)))",
        r"(?:lips|face)\s+(?:are|is)\s+(?:turning|going)\s+blue\b",
        r"(?:having|have|got)\s+(?:real\s+|serious\s+|a\s+lot\s+of\s+)?(?:trouble|difficulty)\s+"
        r"breathing\b(?!\s+through)",
    ),
    E.HEART_ATTACK_OR_STROKE: (
        r"(?:am|im|is|are)\s+having\s+a\s+(?:heart\s+attack|stroke)\b",
        r"think\s+(?:i\s+am|im|she\s+is|he\s+is)\s+having\s+a\s+(?:heart\s+attack|stroke)\b",
        r"having\s+a\s+(?:heart\s+attack|stroke)\s+(?:i\s+think|right\s+now)\b",
    ),
}

# A head injury and confusion may be told in either order, so they are two parts.
HEAD_INJURY = (
    r"(?:hit|bumped|banged|knocked|smashed|hurt|injured)\s+my\s+head\b",
    r"head\s+injury\b",
    r"concussion\b",
    r"fell\s+(?:\w+\s+){0,4}?on\s+my\s+head\b",
)
CONFUSION = (
    r"(?:confused|disoriented|disorientated|confusion)\b"
    # "confused about my symptoms" is not disorientation; "confused about what day it is" is.
    r"(?!\s+(?:by|why|whether|as\s+to|over)\b)"
    r"(?!\s+about\s+(?:my|the|this|that|these|those|your|his|her|it|why|how|whether|which)\b)",
    r"(?:do\s+not|can\s+not)\s+(?:know|remember|tell)\s+where\s+(?:i\s+am|im)\b",
    r"(?:passed|blacked|was\s+knocked)\s+out\b",
    r"lost\s+consciousness\b",
    r"can\s+not\s+think\s+straight\b",
)

RED_FLAGS = {
    # Focal weakness, not "I feel weak": feeling drained all over is common with anxiety.
    R.WEAKNESS: (
        rf"{_BODY}\s+{filler(3)}{_WEAK}",
        rf"weak(?:er|ened|ening|ness)?\s+(?!in\s+the\s+knees\b)(?:in|on|of)\s+"
        rf"(?:(?:my|the|both|one)\s+)?{words(2)}{_BODY}\b",
        r"(?:muscle|muscular|some|real|actual|true|any|with|and|have|having|noticed|notice"
        r"|getting|feel|feeling|experiencing|new)\s+weakness\b",
        r"weak\s+grip\b",
        r"grip\s+(?:is|has\s+been|feels|got|has\s+got|is\s+getting)\s+(?:so\s+|really\s+)?"
        r"(?:weak|weaker|worse|bad)\b",
        r"(?:can\s+not|can\s+barely|unable\s+to|not\s+able\s+to|struggl\w*\s+to"
        r"|trouble|difficulty|problems?)\s+(?:to\s+)?(?:grip|grasp|squeeze|gripping|grasping"
        r"|squeezing)\b",
        r"(?:can\s+not|can\s+barely|unable\s+to|not\s+able\s+to|struggl\w*\s+to)\s+"
        r"(?:lift|raise|hold\s+up|hold|open)\s+(?:up\s+)?(?:my|a|the)?\s*"
        r"(?:arms?|legs?|foot|toes|hands?|head|cups?|mugs?|glass|pen|fork|kettle|bags?|jars?"
        r"|bottles?|things|anything|objects|phone|spoon|toothbrush|lids?)\b",
        r"(?:lost|losing|lose|no)\s+(?:all\s+|my\s+|the\s+|some\s+)?strength\s+in\b",
        r"(?:legs?|knees?|ankles?)\s+(?:\w+\s+){0,2}?(?:giving\s+way|giving\s+out|give\s+way"
        r"|give\s+out|gave\s+way|gave\s+out|buckling|buckle|buckled)\b",
        r"foot\s+drop\b",
        r"drop\s+foot\b",
        r"dragging\s+my\s+(?:foot|leg)\b",
        r"(?:foot|feet)\s+(?:keeps?\s+|is\s+|are\s+|has\s+been\s+|started\s+)?(?:slapping|slaps"
        r"|flopping|flops|dragging|drags)\b",
    ),
    # Bare "wasting" is left out because of "wasting time".
    R.WASTING: (
        r"muscle\s+(?:wasting|loss)\b",
        r"atroph(?:y|ied|ying)\b",
        rf"{_BODY}\s+{filler(3)}(?:shrinking|shrunk|shrank|shrunken|thinning|thinner|smaller"
        r"|wasting|wasted|withering|losing\s+(?:size|bulk|mass)|(?:a\s+)?(?:dent|dip)|dented"
        r"|hollow|hollowed|hollowing)\b",
        r"los(?:ing|t|e)\s+muscle(?:\s+mass|\s+bulk)?\s+in\b",
        rf"(?:dent|dip|hollow|hollowing)\s+(?:in|on|between)\s+{words(3)}{_BODY}\b",
    ),
    R.SWALLOWING: (
        r"(?:trouble|difficulty|difficulties|problems?|issues?|pain|struggl(?:e|es|ing)"
        r"|hard\s+time)\s+(?:with\s+|when\s+)?swallowing\b",
        # Metaphors swallow something abstract: the news, my pride, that.
        r"(?:can\s+not|can\s+barely|unable\s+to|not\s+able\s+to|hard\s+to|difficult\s+to"
        r"|painful\s+to|struggl\w*\s+to|hurts\s+to)\s+swallow\b"
        r"(?!\s+(?:the\s+news|my\s+pride|that|this|what|it\b))",
        r"swallowing\s+(?:is|has\s+been|feels|got|gets|has\s+got|seems|became)\s+"
        r"(?:\w+\s+){0,2}?(?:hard|harder|difficult|weird|strange|painful|a\s+problem"
        r"|tricky|off)\b",
        r"(?:choking|choke|choked|chokes|cough|coughing|splutter\w*)\s+(?:on|when|whenever)\s+"
        r"(?:i\s+)?(?:my\s+)?(?:food|water|drinks?|drink|liquids?|saliva|spit|eating|drinking"
        r"|tea|coffee)\b",
        r"(?:keep|keeps|kept)\s+choking\b",
        r"(?:drinks?|liquids?|water)\s+(?:keeps?\s+)?(?:going|goes|went)\s+down\s+the\s+wrong"
        r"\s+(?:way|pipe)\b",
        r"food\s+(?:\w+\s+)?(?:gets|getting|got|keeps\s+getting|sticks|sticking)\s+stuck\b",
        r"dysphagia\b",
    ),
    R.SPEECH: (
        r"slurr(?:ed|ing|y)\b",
        # "trouble talking to people" is shyness, not a speech problem.
        r"(?:trouble|difficulty|problems?|issues?|struggl(?:e|es|ing))\s+(?:with\s+)?"
        r"(?:speaking|talking|speech|pronouncing|getting\s+(?:my|the)\s+words\s+out"
        r"|forming\s+words|saying\s+words)\b"
        r"(?!\s+(?:to|about|with|in\s+front|on\s+the\s+phone|up|in\s+public|in\s+meetings)\b)",
        r"(?:speech|words|voice)\s+(?:is|are|has\s+been|have\s+been|sounds?|seems?|feels?"
        r"|got|gets|getting|became|come\s+out|comes\s+out|coming\s+out|came\s+out)\s+"
        r"(?:\w+\s+){0,2}?(?:slurred|slurry|garbled|thick|jumbled|nasal|slow|slower)\b",
        r"(?:can\s+not|unable\s+to|not\s+able\s+to|can\s+barely)\s+(?:speak|talk"
        r"|get\s+(?:my|the)\s+words\s+out|pronounce\s+words)\s+(?:properly|clearly|right"
        r"|normally)\b",
        r"dysarthria\b",
    ),
    # Habitual falls and drops; a single "fell" or "dropped" is ordinary, and "fell asleep",
    # "dropped by", "drop the kids off" are not falls at all.
    R.FALLS: (
        r"(?:keep|keeps|kept|always|constantly|often|been|started|start)\s+(?:on\s+)?"
        r"(?:falling|tripping|stumbling|dropping)\b"
        r"(?!\s+(?:asleep|behind|apart|in\s+love|for|off|by|out|the\s+ball)\b)"
        r"(?!\s+\w+\s+off\b)",  # "dropping things off at the tip"
        r"(?:fall|falls|falling|fell|fallen)\s+(?:over|down)\b"
        r"(?!\s+(?:a|the|this|that)\s+(?:\w+\s+)?rabbit\b)",
        r"(?:falling|tripping|stumbling)\s+(?:a\s+lot|all\s+the\s+time|more|so\s+much"
        r"|constantly|often|again)\b",
        r"(?:had|have\s+had|having)\s+(?:a\s+few|several|some|two|three|many|lots\s+of"
        r"|a\s+couple\s+of)\s+falls\b",
        r"trip(?:s|ping)?\s+(?:over|up\s+on)\s+(?:my\s+own\s+feet|nothing|things|my\s+feet"
        r"|my\s+toes)\b",
        r"(?:drop|drops|dropping|dropped)\s+(?:things|stuff|objects|everything)\b"
        r"(?!\s+off\b)",
        r"(?:things|stuff|objects|cups?)\s+(?:keep\s+|keeps\s+)?(?:falling|slipping|fall"
        r"|slip)\s+out\s+of\s+my\s+hands?\b",
    ),
}

SPREADING = (
    r"spread(?:s|ing)?\b",
    r"(?:moving|moved|jumping|jumped|travell?ing|travell?ed)\s+(?:around|to|all\s+over)\b",
    r"all\s+over\s+(?:my|the)\s+body\b",
)

# "I feel numb" on its own is usually emotional; numbness in a body part is physical.
NUMBNESS = (
    r"numb(?:ness)?\s+(?:in|on|down)\b",
    r"numbness\b",
    rf"{_BODY}\s+{filler(3)}numb\b",
    r"tingl(?:e|es|ed|ing|y)\b",
    r"pins\s+and\s+needles\b",
    r"(?:lost|losing|loss\s+of|no)\s+(?:the\s+)?(?:feeling|sensation)\s+in\b",
    r"can\s+not\s+feel\s+my\b",
)

INJURY = (
    r"(?:injur(?:y|ies|ed)|accident|crash(?:ed)?|whiplash|concussion|sprain(?:ed)?"
    r"|fractur(?:e|ed)|broken|trauma)\b",
    r"broke\b(?!\s+up\b)",
    r"(?:fell|fall|fallen|falling)\b(?!\s+(?:asleep|in\s+love|behind|apart|for)\b)",
    r"(?:hit|bumped|banged|knocked|hurt|twisted|pulled|injured)\s+my\b",
    r"landed\s+on\b",
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
    r"|signs?|symptoms?|rule\s+out|ruled\s+out|like|with|early|suspected|possible|diagnosed)\s+"
    r"(?:\w+\s+)?als\b(?!\s+(?:ich|er|sie|es|wir|ob|wenn|auch|kind|kaffee|tee|ein|eine|der|die"
    r"|das|dem|den|du|man|zuvor|vorher|gedacht|erwartet|sonst|normal)\b)",
    r"als\s+(?:symptoms?|twitch\w*|fasciculations?|fears?|anxiety|scare|patients?|diagnosis|test"
    r"|signs?|sufferers?|forum|reddit|risk)\b|als\s*(?:\?|$)",
)
HEALTH_ANXIETY = (
    _FEARED_CONDITION,
    *_ALS,
    rf"{_FEAR_FRAME}\s+{words(2)}(?:ms|cancer|a\s+tumou?r|tumou?r"
    r"|something\s+(?:serious|sinister|neurological|degenerative|fatal|terminal)"
    r"|nerve\s+damage|a\s+neurological|neurological\s+disease|neuropathy|a\s+stroke)\b",
    r"am\s+i\s+dying\b",
    r"(?:think|feel\s+like|scared|afraid|worried|convinced|sure)\s+(?:that\s+)?(?:i\s+am|im)\s+dying\b",
    r"(?:i\s+am|im)\s+going\s+to\s+die\s+(?:of|from)\b",
    r"(?:do|does)\s+not\s+want\s+to\s+die\b",
    r"is\s+(?:it|this|that)\s+(?:serious|dangerous|fatal|terminal)\b",
    r"something\s+(?:seriously|really|very)\s+wrong\s+with\s+me\b",
)

IDIOMS = (
    r"dying\s+to\b",
    r"to\s+die\s+for\b",
    r"(?:die|died|dying)\s+(?:of|from)\s+(?:embarrassment|shame|laughter|laughing|boredom"
    r"|cringe|cuteness)\b",
    r"(?:die|died|dying)\s+laughing\b",
    r"could\s+(?:kill|murder)\s+(?:for|a)\b",
    r"(?:is|was|are)\s+killing\s+me\b",
    r"(?:laughed|laughing|laugh)\s+so\s+(?:hard|much)\s+(?:that\s+)?i\s+(?:could\s+not|can\s+not)"
    r"\s+breathe?\b",
    r"dead\s+tired\b",
    r"suicide\s+squad\b",  # a film; French and Dutch rules would read "suicide" too
    r"die[\s-]hard\b",
    r"(?:bored|scared|worried)\s+to\s+death\b",
)

# Another person in danger: a person, then what is happening to them.
_SOMEONE = (
    r"(?:he|she|they|husband|wife|partner|dad|father|mum|mom|mother|son|daughter|friend|mate|bf"
    r"|gf|boyfriend|girlfriend|brother|sister|baby|child|kid|grandma|grandpa|nan|granny|uncle|aunt"
    r"|grandmother|grandfather|roommate|flatmate|colleague|coworker|someone|somebody|man|woman"
    r"|guy|person|neighbou?r|cousin|stranger)"
)
SOMEONE_ELSE = (
    rf"{_SOMEONE}\s+(?:\w+\s+){{0,3}}?(?:just\s+)?(?:collapsed|fainted|passed\s+out"
    r"|is\s+not\s+breathing|not\s+breathing|stopped\s+breathing|is\s+unresponsive|unresponsive"
    r"|(?:is\s+)?having\s+a\s+(?:seizure|fit|convulsion)|is\s+seizing|seizing|convulsing"
    r"|will\s+not\s+wake\s+up|is\s+not\s+waking\s+up|is\s+not\s+responding|not\s+responding"
    r"|turning\s+blue|(?:is\s+)?unconscious|is\s+choking|overdosed|od\s?d)\b",
    r"(?:can\s+not|could\s+not)\s+wake\s+(?:him|her|them|my\s+\w+)\s+up\b",
    r"found\s+(?:him|her|them|my\s+\w+)\s+(?:\w+\s+){0,2}?(?:unconscious|unresponsive"
    r"|not\s+breathing|collapsed|on\s+the\s+floor)\b",
    r"(?:call|calling|called)\s+an\s+ambulance\s+for\s+(?:him|her|them|my)\b",
)
OVERDOSE_TAKEN = (
    r"(?:took|taken|swallowed|downed|ate|necked)\s+(?:all|the\s+whole|a\s+whole|the\s+entire"
    r"|an\s+entire|(?:way\s+)?too\s+many|a\s+bunch\s+of|a\s+handful\s+of|a\s+lot\s+of"
    r"|loads\s+of|like|about|over|\d\d+)\s+(?:\w+\s+){0,3}?(?:pills|tablets|meds|medication"
    r"|medicine|paracetamol|tylenol|ibuprofen|aspirin|sleeping|antidepressants|pack|packet"
    r"|bottle|box|blister|strip|xanax|benzos|oxy\w*|codeine|insulin)\b",
    r"(?:have|just|already|i)\s+(?:just\s+)?(?:overdosed|od\s?d)\b"
    r"(?!\s+on\s+(?:caffeine|coffee|sugar|chocolate)\b)",
    r"(?:took|taken|have\s+taken)\s+an\s+overdose\b",
)
# Panic: words that make breathlessness the familiar panic rather than an emergency.
PANIC = (
    r"panic(?:ky|king|ked)?\b",
    r"(?:heart|pulse)\s+(?:is\s+)?(?:\w+\s+)?(?:racing|pounding|hammering|thumping|going\s+crazy"
    r"|beating\s+(?:so\s+|really\s+|super\s+)?(?:fast|hard))\b",
    r"(?:racing\s+heart|palpitations?)\b",
    r"(?:hyperventilat\w*|anxiety\s+attack\b)",
)
# Danger signs beside breathlessness: these keep it an emergency.
PANIC_DANGER = (
    r"(?:lips|face|fingers)\s+(?:\w+\s+)?(?:blue|turning\s+blue|going\s+blue|grey|gray)\b",
    r"(?:blue\s+lips|fainted|fainting|passed\s+out|passing\s+out|blacked\s+out"
    r"|lost\s+consciousness|chest\s+pain)\b",
)

RULES = LanguageRules(
    language="en",
    crisis=CRISIS,
    ask=ASK,
    emergency={**EMERGENCY, E.SOMEONE_ELSE: SOMEONE_ELSE, E.OVERDOSE_TAKEN: OVERDOSE_TAKEN},
    panic=PANIC,
    panic_danger=PANIC_DANGER,
    red_flags=RED_FLAGS,
    health_anxiety=HEALTH_ANXIETY,
    spreading=SPREADING,
    numbness=NUMBNESS,
    injury=INJURY,
    head_injury=HEAD_INJURY,
    confusion=CONFUSION,
    idioms=IDIOMS,
    negators=("no", "not", "never", "without", "nor", "neither", "none"),
    hedges=("sure", "idea", "clue", "know", "certain"),
    clause_breaks=("but", "and", "though", "although", "however", "yet", "except", "whereas"),
)
