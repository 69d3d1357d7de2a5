# String comparison is by code point; min/max/sorted on strings.
words = ["banana", "Apple", "cherry", "apple", "Ápple", "", "b"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(min(words), max(words))
print("a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z")
print("abc" == "abc", "abc" != None, "A".lower() == "a")
print(ord("a"), chr(97), [ord(c) for c in "AZaz09"])
