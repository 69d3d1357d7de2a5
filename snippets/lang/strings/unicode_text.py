# Unicode text: lengths, slicing, case changes and searches outside ASCII.
s = "Grüße aus Köln — ½ € ✓"
print(len(s), s.upper(), s.lower(), s.casefold())
print(s.find("Köln"), s.index("€"), s.count("ü"), s[6:9], s[-1], s[::-1][:5])
print(s.split(), s.rsplit(" ", 2))
print(s.encode("utf-8")[:12], len(s.encode()), s.encode("ascii", "replace"))
print([c for c in s if not c.isascii()])
print([(c, c.isalpha(), c.isnumeric()) for c in "ß½€✓"])
print("ΟΔΥΣΣΕΥΣ".lower(), "ǉubljana".title(), "ﬂoor".upper())
print(sorted(["b", "ä", "a", "z", "Ä"]), max("日本語"), min("日本語"))
print("{:^9}|{:>6}|".format("日本", "ü"), "ü".center(5, "·"))
