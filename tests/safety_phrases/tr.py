"""Turkish phrases and the tier each must get."""

CRISIS = [
    "Ölmek istiyorum",
    "olmek istiyorum",
    "Artık yaşamak istemiyorum",
    "Kendimi öldürmek istiyorum",
    "İntihar etmeyi düşünüyorum",
    "canıma kıymak istiyorum",
    "Hayatıma son vermek istiyorum",
    "uyuyup bir daha uyanmamak istiyorum",
    "Hapları biriktirdim",
    "kendime zarar veriyorum",
    "Bu bir veda. Herkese elveda",
    "veda mektubu yazdım",
    "bensiz daha iyi olurlar",
    "yaşamak için bir sebebim yok",
    "köprüden atlamak istiyorum",
    "İNTİHAR EDECEĞİM",
]

EMERGENCY = [
    "Aniden konuşamıyorum ve yüzüm kaydı",
    "aniden vücudumun bir tarafı güçsüzleşti",
    "Hayatımın en kötü baş ağrısı",
    "Göğsümde ağrı var sol koluma yayılıyor",
    "Nefes alamıyorum",
    "Başımı çarptım ve kafam karışık",
    "kalp krizi geçiriyorum",
]

RED_FLAG = [
    "Elim zayıf",
    "kolumda güç kaybı var",
    "Kavanoz açamıyorum",
    "Yutkunmakta zorlanıyorum",
    "su içerken boğuluyorum",
    "konuşmam bozuldu",
    "Sık sık düşüyorum",
    "Ayağımı sürüklüyorum",
    "Kazadan beri ayağımda uyuşma var",
]

ASK = [
    "Artık dayanamıyorum",
    "Kaybolmak istiyorum",
    "Her şeyden yoruldum",
    "Çıkış yolu göremiyorum",
    "herkese yük oluyorum",
]

NEAR_MISS = [
    ("Açlıktan ölüyorum", "none"),
    ("gülmekten öldüm", "none"),
    ("ölesiye yorgunum", "none"),
    ("Bu tik beni öldürüyor", "none"),
    ("Bir kahve için adam öldürürüm", "none"),
    ("Ölmek istemiyorum", "health_anxiety"),
    ("ALS mi?", "health_anxiety"),
    ("Elimde güçsüzlük yok", "none"),
    ("elim zayıf değil", "none"),
    ("burnumdan nefes alamıyorum", "none"),
    ("uykudan ölüyorum", "none"),
    ("utançtan ölmek istedim", "none"),
    ("kahve zayıf", "none"),
    ("uyumak istiyorum", "none"),
    ("İstanbul'da yaşamak istiyorum", "none"),
]
