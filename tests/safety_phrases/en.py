"""English phrases and the tier each must get (the older, flag-level table is in
tests/test_safety.py)."""

CRISIS = [
    "I want to sleep and never wake up",
    "I'm thinking of ending it",
    "im done with life",
    "I have pills saved up",
    "I want to kill my self",
    "I feel like dying",
    "i wanna kill myslef",
    "Ive been saving up my meds",
    "I've written a suicide note",
    "this is goodbye, thank you for everything",
    "I bought a rope",
    "how many pills would it take to die",
    "I cut myself again last night",
    "everyone would be better off without me",
    "I wish I'd never been born",
    "i dont want to be alive anymore",
    "I won't be around much longer",
    "thinking about suicide",
]

EMERGENCY = [
    "I suddenly can't speak properly and my face is drooping",
    "sudden weakness on one side",
    "worst headache of my life",
    "chest pain spreading to my left arm and jaw",
    "I can't breathe",
    "I hit my head and now I'm confused",
    "one side of my face is drooping",
    "I think I'm having a stroke",
    "all of a sudden my speech is slurred",
]

RED_FLAG = [
    "I have pins and needles after I fell off my bike",
    "I think I have foot drop",
    "my grip is getting weaker",
    "I keep choking on water",
    "drinks keep going down the wrong way",
    "my foot keeps slapping when I walk",
    "my hand is weak",
    "I've been slurring my words",
    "there's muscle wasting in my thumb",
]

ASK = [
    "I want to disappear",
    "I can't do this anymore",
    "I'm so tired of everything",
    "I don't see a way out",
    "I just want it all to stop",
    "nobody would miss me",
    "I feel hopeless",
]

NEAR_MISS = [
    ("I'm dying to try that new cafe", "none"),
    ("this twitch is killing me", "none"),
    ("I could kill for a coffee", "none"),
    ("I'm dead tired", "none"),
    ("I nearly died laughing", "none"),
    ("I wanted to die of embarrassment", "none"),
    ("I can't breathe through my nose", "none"),
    ("I don't want to die", "health_anxiety"),
    ("is it ALS?", "health_anxiety"),
    ("no weakness, just twitching", "none"),
    ("I cut myself shaving", "none"),
    ("I don't want to wake up early tomorrow", "none"),
    ("I want to disappear into a good book for a week", "none"),
    ("my coffee is weak", "none"),
    ("bored to death at work", "none"),
    ("I fell asleep on my arm and it's numb", "none"),
    ("I can't do this exercise right now", "none"),
    ("I'm not short of breath, I can breathe fine", "none"),
]
