# splitlines with all line boundaries, keepends; partition and rpartition.
text = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\u2028eight\n"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True)[:3])
print("".splitlines(), "\n".splitlines(), "no newline".splitlines(), "a\n\nb".splitlines())
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a.b.c".rpartition("."), "http://x.org/p".partition("://"))
try:
    "x".partition("")
except ValueError as e:
    print(e)
