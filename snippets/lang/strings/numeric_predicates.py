# isdecimal, isdigit and isnumeric differ on superscripts, fractions and other scripts.
samples = ["123", "٣", "²", "½", "Ⅻ", "一", "1.5", "-1", "", "0x1F", "①", "𝟙", "১২"]
for s in samples:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric())
print(int("٣٤"), int("１２"), float("١.٥"))
