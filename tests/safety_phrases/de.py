"""German phrases and the tier each must get."""

CRISIS = [
    "Ich will nicht mehr leben",
    "ich möchte nicht mehr leben",
    "Ich will mich umbringen",
    "ich will sterben",
    "Ich möchte einfach nur sterben",
    "Ich wäre lieber tot",
    "ich wünschte, ich wäre tot",
    "Ich denke an Selbstmord",
    "ich habe Suizidgedanken",
    "Ich bin lebensmüde",
    "ich will einschlafen und nie mehr aufwachen",
    "Ich will mir das Leben nehmen",
    "ich ritze mich wieder",
    "Ich habe Tabletten gesammelt",
    "Ich will allem ein Ende setzen",
    "Das ist mein Abschied. Lebt wohl, ihr alle",
    "Ich habe einen Abschiedsbrief geschrieben",
    "Ich bringe mich heute Nacht um",
    "Mein Leben hat keinen Sinn mehr",
    "ich möchte nicht mehr aufwachen",
    "alle wären besser dran ohne mich",
    "ICH WILL NICHT MEHR LEBEN!!!",
]

EMERGENCY = [
    "Plötzlich hängt mein Gesicht und ich kann nicht richtig sprechen",
    "Plötzlich kann ich nicht mehr richtig sprechen und mein Gesicht hängt",
    "plötzlich Schwäche auf einer Seite",
    "Die schlimmsten Kopfschmerzen meines Lebens",
    "Brustschmerzen, die in den linken Arm ausstrahlen",
    "Ich bekomme keine Luft",
    "Ich habe mir den Kopf gestoßen und bin jetzt verwirrt",
    "mein Mundwinkel hängt auf einer Seite herunter",
    "ich glaube ich habe einen Schlaganfall",
]

RED_FLAG = [
    "meine Hand ist schwach",
    "Ich habe Schwäche im rechten Bein",
    "Ich kann die Flasche nicht mehr öffnen",
    "Ich habe Schluckbeschwerden",
    "ich verschlucke mich ständig beim Trinken",
    "meine Sprache ist verwaschen seit einer Woche",
    "ich stolpere ständig über meine Füße",
    "Ich habe eine Fußheberschwäche",
    "Muskelschwund am Daumen",
    "Kribbeln im Fuß seit dem Unfall",
    "das Zucken breitet sich aus und mein Arm ist schwach",
]

ASK = [
    "Ich kann nicht mehr.",
    "ich will einfach verschwinden",
    "Ich bin so müde von allem",
    "Ich sehe keinen Ausweg",
    "Ich halte das alles nicht mehr aus",
    "ich habe keine Kraft mehr",
]

NEAR_MISS = [
    ("Ich bin todmüde", "none"),
    ("ich sterbe vor Hunger", "none"),
    ("Ich lach mich tot", "none"),
    ("Die Arbeit bringt mich noch um", "none"),
    ("Das ist zum Sterben langweilig", "none"),
    ("ich will nicht mehr rauchen", "none"),
    ("Ich kann nicht mehr schlafen, seit das Zucken anfing", "none"),
    ("ich möchte nicht mehr in Berlin leben", "none"),
    ("Ich will nicht sterben", "health_anxiety"),
    ("Ist es ALS?", "health_anxiety"),
    ("meine Hand ist nicht schwach", "none"),
    ("keine Schwäche, nur Zucken", "none"),
    ("Ich habe keine Schluckbeschwerden", "none"),
    ("er ist nicht auf den Kopf gefallen", "none"),
    ("mein Arm ist eingeschlafen, weil ich darauf lag", "none"),
    ("Ich kann nicht mehr atmen vor Lachen", "none"),
    ("ich bin müde vom Laufen", "none"),
    ("Die Suppe ist schwach gewürzt", "none"),
]
