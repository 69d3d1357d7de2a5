# str.maketrans with strings, a dict, and deletion; translate.
table = str.maketrans("abc", "xyz")
print(sorted(table.items()))
print("aabbcc-abc".translate(table))
drop_vowels = str.maketrans("", "", "aeiou")
print("programming language".translate(drop_vowels))
mixed = str.maketrans({"a": "4", "e": None, ord("o"): "0", "s": "$$"})
print(sorted(mixed.items()))
print("seashore".translate(mixed))
print("hello".translate({104: 72, 108: None}))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print(e)
