"""Ukrainian phrases and the tier each must get."""

CRISIS = [
    # Round 10 (sets V, W): the same families in other words.
    "зачинила вікна і двері, відкрила газ, сиджу",
    "скільки треба пігулок снодійного щоб не прокинутись? маю три пачки",
    # Round 7, second pass: sets P and Q's families, in other words.
    "роздав вудки й інструменти сусідам, листа доньці написав",
    "переліз через перила, стою над водою",
    "stoyu za perylamy na mostu",
    "закрив гараж, сиджу в авто, мотор працює",
    "подивилась з якої висоти насмерть, у нас дев ятий",
    # Round 7: sets M and N's families, in other words.
    "збираю таблетки вже два тижні, скоро вистачить",
    "nazbyrala pihulky, skoro vystachyt",
    "стою зараз на даху. просто хотів комусь написати",
    "Я не хочу жити",
    "не хочу більше жити",
    "Хочу померти",
    "хочу накласти на себе руки",
    "Я вб'ю себе",
    "думаю про самогубство",
    "у мене суїцидальні думки",
    "Краще б я померла",
    "Я назбирала таблеток",
    "я знову ріжу себе",
    "Це прощання. Прощавайте всі",
    "написав прощальний лист",
    "немає сенсу жити",
    "хочу стрибнути з мосту",
    # Found in an adversarial review: informal spellings, typos, other word orders.
    "не хочу жити",
    "я більше не хочу жити",
    "хочу покінчити з собою",
    "думаю про суїцид",
    "хочу вбити себе",
    "краще б я помер",
    "я ріжу себе",
    "хочеться померти",
    "хочу вмерти",
    "жити не хочу",
    "я хочу померти",
    "не бачу сенсу жити",
    # Issue 20, rules widened: everyday and Latin-letter forms, and their near misses.
    "знову різала руки вчора",
    "роздав усі речі, мене скоро не буде",
    "мотузку вже купив",
    # Round 5: everyday words (sea, river, tracks, roof, poison, rope, pills saved, goodbyes).
    "у суботу вийду в море сам і не повернусь",
    "vyrishyv u subotu vyidu v more sam i ne povernus",
    "вночі зайду в море і попливу поки сил не стане",
    "дивлюся на рейки і думаю як просто було б туди ступити",
    "в п'ятницю під потяг, розклад уже подивилась",
    "стою на даху, зараз стрибну",
    "завтра не гальмуватиму, влечу в опору мосту",
    "ріжусь сьогодні знову",
    "у мене в руці лезо",
    "каністра отрути в сараї, увечері вип'ю",
    "мотузку вже прив'язала",
    "назбирала три пачки снодійного, вип'ю все разом",
    "скільки таблеток треба, щоб не прокинутись? питаю для подруги",
    "skilky tabletok treba shchob ne prokynutys",
    "написав друзям прощальне з відкладеною відправкою",
    "сказала що мені вже не знадобляться",
    "дату обрав, міст через Дніпро",
    "краще вмерти ніж ще тридцять років так жити",
    # Set O (seventh round, third pass), in other words than the rows.
    "у неділю піду до лісу з мотузкою, не шукайте мене",
    # Set R (eighth round), in other words than the rows.
    "знову взяла лезо до рук",
    "б'юся головою об стіну, вже кров",
    "припікаю руку цигаркою",
    "загуглив з якого поверху точно насмерть",
]

EMERGENCY = [
    # Round 10 (sets V, W): the same families in other words.
    "дочка перекинула чайник з окропом, шкіра на грудях злазить",
    "затримка 5 тижнів, гострий біль внизу живота, кров, паморочиться",
    # Round 7: sets M and N's families, in other words.
    "оса вкусила, напухли губи і язик",
    "guby napukhly i yazyk, dykhaye vazhko",
    "у тата інсульт був у 2018, а зараз знову рот перекосило",
    # od1: overdose taken: a handful, the rest, a week's dose by mistake.
    "я проковтнула жменю таблеток",
    "мама переплутала і випила тижневу дозу",
    # Issue 20: someone else in danger, an overdose already taken.
    "тато знепритомнів і не дихає",
    "я випив усі таблетки",
    "Раптово не можу говорити і обличчя перекосило",
    "раптова слабкість однієї половини тіла",
    "Найсильніший головний біль у моєму житті",
    "Біль у грудях віддає в ліву руку",
    "Не можу дихати",
    "Вдарився головою, сплутаність свідомості",
    "у мене інсульт",
    # Found in an adversarial review: informal spellings, typos, other word orders.
    "задихаюся",
    "здається у мене інфаркт",
    "найсильніший головний біль у житті",
    "раптом не можу говорити",
    "вдарився головою і не розумію де я",
    "не можу вдихнути",
    # Issue 20, rules widened: everyday and Latin-letter forms, and their near misses.
    "обличчя набрякає, губи синіють",
    "годину тому випила всю пачку таблеток",
    # Someone else has swallowed something dangerous just now: a battery, a dishwasher or
    # laundry capsule, bleach, rat poison, antifreeze, someone else's pills, a whole strip.
    "син проковтнув батарейку",
    "дитина з'їла таблетку для посудомийки",
    "брат випив отруту для щурів",
    "малюк наковтався бабусиних таблеток",
    "syn prokovtnuv batareyku",
    # Round 8 (set R): a small child into a button battery, magnets, iron or an adult's
    # pills, even while they seem fine; someone else's seizure.
    "синок (3 роки) проковтнув батарейку з ваг, поки начебто все добре",
    "малий з'їв кілька таблеток із залізом",
    "онука погризла дідусеві пігулки від тиску",
    "у чоловіка в метро почався напад, він не реагує",
    "брат випив усі свої пігулки годину тому",
    "син (2 роки) випив засіб для миття посуду",
]

RED_FLAG = [
    # Round 10 (sets V, W): the same families in other words.
    "три тижні рука втомлюється і падає, не можу тримати телефон",
    # Round 7, second pass: sets P and Q's families, in other words.
    "вдавлююся під час їжі, вже місяць",
    "під вечір голос стає невиразним",
    "Рука стала слабкою",
    "слабкість у правій нозі",
    "Не можу відкрити банку",
    "Мені важко ковтати",
    "вдавлююся водою",
    "мова стала нечітка",
    "Я часто падаю",
    "Звисає стопа",
    "Поколювання в нозі після аварії",
    # Found in an adversarial review: informal spellings, typos, other word orders.
    "слабкість у нозі",
    "важко ковтати",
    "все падає з рук",
    "часто спотикаюся",
    "поперхуюся водою",
    "мова стала нечіткою",
    # Issue 20, rules widened: everyday and Latin-letter forms, and their near misses.
    "з правої руки все падає, хват слабкий",
    "їжа застрягає в горлі",
    # The four newer families: lying flat, numbness climbing, weight lost, a new medicine.
    "лежачи задихаюся, сплю сидячи вже два тижні",
    "щойно лягаю рівно, бракує повітря",
    "ne mozhu lezhaty, zadykhaiusia, splyu sydyachy",
    "оніміння піднімається від стоп до колін уже третій тиждень",
    "поколювання в руці повзе до ліктя, все вище і вище",
    "схудла на 6 кг без дієти",
    "мінус 7 кг хоча їм як завжди",
    "skhudla na 8 kg bez diyety",
    "почала новий антидепресант, тепер пітнію і не можу всидіти",
    "тиждень п'ю сертралін і трамадол, трусить, мокра, ноги смикаються",
    # Set O (seventh round, third pass), in other words than the rows.
    "слабшає права рука вже місяць",
]

ASK = [
    # Round 10 (set V): the impersonal "не хочеться жити" is the passive wish; "не хочу жити"
    # stays a crisis.
    "не хочеться жити",
    "вже б і помер, щоб дітям не морочитись зі мною",
    # Round 7, second pass: sets P and Q's families, in other words.
    "без мене було б простіше, якби мене не було",
    "не хочу жити, але жодних планів немає",
    "хочу заснути і не прокинутись, робити нічого не буду",
    "краще б мене не було",
    # Round 7: sets M and N's families, in other words.
    "краще б не прокинутись зранку",
    "Я більше не можу",
    "Хочу зникнути",
    "Я втомилася від усього",
    "Не бачу виходу",
    "я для всіх тягар",
    # Found in an adversarial review: informal spellings, typos, other word orders.
    "більше не можу",
    "я так більше не можу",
    "втомилася від усього",
    # Issue 20, rules widened: everyday and Latin-letter forms, and their near misses.
    "я як у пастці",
    "їм було б легше без мене",
    "ya bilshe tak ne mozhu",
    # Round 5: hopelessness, going unnoticed, trapped, a burden.
    "нічого не має сенсу",
    "nichoho ne maye sensu",
    "якщо не повернусь з рейсу, ніхто й не помітить",
    "yakshcho ya znyknu tut nikhto ne pomityt",
    "тільки клопіт їм",
    "мені тут нестерпно",
    "для чого я ще тут",
    "наче замкнена, виходу не видно",
    "краще б мене не було на їхній шиї",
    # Set R (eighth round), in other words than the rows.
    "Господи, забери мене вже",
    "якщо завтра не прокинусь, то й добре",
    "було б легше не прокинутися",
    # Round 9: a passive wish with no method, plan, time or farewell is asked about (the blind
    # writers' label; docs/understanding.md, ninth round).
    "не хочу прокидатися",
    "всім буде краще без мене",
    "хочу заснути і не прокинутися",
]

NEAR_MISS = [
    # Round 10 (sets V, W): the same families in other words.
    ("після обстрілу досі трусить, серце вискакує, задихаюсь. просто страх", "panic"),
    # Round 7, second pass: sets P and Q's families, in other words.
    ("років у 15 різалась, вже 10 років як ні, все добре", "none"),
    ("пробіг марафон, задихаюся, ноги гудуть", "none"),
    ("рушницю зарядив, завтра на качок", "none"),
    ("серце швидко б ється, повітря не вистачає, страшно", "panic"),
    # Round 7: sets M and N's families, in other words.
    ("збираю таблетки в дорогу, вже майже все", "none"),
    ("у бабусі був інсульт років п'ять тому, обличчя перекосило, але вона одужала", "none"),
    ("підлітком різала себе, давно минуло, тепер все добре", "none"),
    ("сестра медсестра, каже на зміні був передоз, хлопця врятували", "none"),
    # od1: vitamins, a daily habit, as prescribed, almost by mistake.
    ("я випила жменю вітамінів", "none"),
    ("мало не випила помилково подвійну дозу, але помітила", "none"),
    # Issue 20: panic without danger signs is asked about, never an emergency.
    ("у мене панічна атака, не можу дихати", "panic"),
    ("серце калатає, паніка", "panic"),
    ("Помираю як хочу спати", "none"),
    ("вмираю від сміху", "none"),
    ("до смерті втомився", "none"),
    ("Цей тик мене вбиває", "none"),
    ("Вб'ю за каву", "none"),
    ("Не хочу помирати", "health_anxiety"),
    ("Не хочу жити в Києві", "none"),
    ("Це БАС?", "health_anxiety"),
    ("Немає слабкості в руці", "none"),
    ("рука не слабка", "none"),
    ("не можу дихати носом", "none"),
    ("я більше не можу спати", "none"),
    ("смертельно втомилася", "none"),
    ("вбити час", "none"),
    ("хочу спати", "none"),
    # Found in an adversarial review: look-alikes and denials.
    ("вмираю зі сміху", "none"),
    ("смертельно втомився", "none"),
    ("у бабусі був інсульт", "none"),
    ("слабкості немає", "none"),
    ("ця робота мене вбиває", "none"),
    ("більше не можу спати", "none"),
    ("жити не хочу в цьому місті", "none"),
    ("це не інсульт", "none"),
    # Issue 20, rules widened: everyday and Latin-letter forms, and their near misses.
    ("серце закалатало, все ніби не насправді", "panic"),
    # Round 5: a subject, a history long over, a joke, a wedding date.
    ("читала статтю про те, як сітки на мосту зменшили кількість самогубств", "none"),
    ("проводила тренінг із запобігання самогубствам", "none"),
    ("розбирали ознаки суїцидального ризику", "none"),
    ("дивився серіал де чувак передознувся", "none"),
    ("у 2019 були суїцидальні думки, зараз усе добре", "none"),
    ("в 9 класі різалась, зараз справді все добре", "none"),
    ("краще здохнути ніж іти на це весілля хаха", "none"),
    ("вибрали дату весілля", "none"),
    ("у суботу вийду в море на риболовлю", "none"),
    ("віддала кота на перетримку", "none"),
    # The four newer families: look-alikes and denials.
    ("лежу на пляжі, задихаюся від спеки", "none"),
    ("сплю сидячи в потязі", "none"),
    ("нога затерпла, бо сиділа", "none"),
    ("оніміння немає", "none"),
    ("схудла на 4 кг на кето, задоволена", "none"),
    ("схудла на 5 кг без дієти, просто бігаю", "none"),
    ("не схудла ні на кіло", "none"),
    ("купила нові окуляри, пітнію від спеки", "none"),
    ("пітнію в залі, м'язи смикаються", "none"),
    ("ніяких нових ліків не п'ю, але пітнію і смикаюсь", "none"),
    # Look-alikes of someone else swallowing something dangerous: a pet (a vet matter), a
    # harmless stone or gum, one's own usual medicine, a purchase, a film, an idiom.
    ("собака з'їла шоколад", "none"),
    ("син проковтнув кісточку від вишні", "none"),
    ("син випив свої антибіотики", "none"),
    ("мама п'є багато таблеток щодня", "none"),
    ("купив отруту для щурів для сараю", "none"),
    ("син з'їв салат з оцтом", "none"),
    # Set O (seventh round, third pass), in other words than the rows.
    ("у суботу підемо до лісу з мотузкою і гамаком", "none"),
    ("у мене голова паморочиться, руки поколює", "panic"),
    # Set R (eighth round), in other words than the rows.
    ("на уроці учні обговорювали самогубство героя", "none"),
    ("б'юся головою об стіну з цим звітом", "none"),
    ("тренінг на роботі про передозування опіоїдами", "none"),
    # Round 8 (set R): look-alikes of a child into something dangerous or of a seizure (a
    # purchase, their own vitamins, an idiom or the writer's own shaking or cramp).
    ("купила батарейки для датчика диму", "none"),
    ("донька з'їла свої дитячі вітамінки", "none"),
    ("мене трусить від тривоги цілий вечір", "none"),
]
