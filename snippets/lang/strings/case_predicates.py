# isupper/islower/istitle and the alpha/alnum/space/ascii/printable predicates.
samples = ["ABC", "abc", "Abc", "Hello World", "Hello world", "HELLO 123", "123", "", " ", "\t\n",
           "a b", "ǅ", "Ǆ", "日本", "x\x00", "é", "Ab1", "A_b", "\u00a0"]
for s in samples:
    print(repr(s).ljust(14), s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isascii(), s.isprintable())
