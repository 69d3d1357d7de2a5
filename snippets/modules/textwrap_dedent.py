# textwrap.dedent, indent and shorten
import textwrap
from textwrap import dedent, indent, shorten

print(dedent('''\
    def f():
        return 1

    print(f())
    '''))
for s in ["  a\n  b\n", "\ta\n  b", "  a\n\n    b\n  c", "   \n  x\n   \n",
          "  \thello\n  \t  how", "\n\n", "", "x", "  a\r\n  b\r\n",
          "  a\n \tb", "\t\ta\n\t b"]:
    print(repr(dedent(s)))
    print(repr(indent(s, "> ")), repr(indent(s, "+", lambda line: True)))
print(indent("one\n\ntwo\n", "    "))
print(indent("a\nb", "# ", lambda line: line.startswith("b")))

print(shorten("Hello  world!", width=12))
print(shorten("Hello  world!", width=11))
print(shorten("Hello world", width=10, placeholder="..."))
print(shorten("The quick brown fox jumps over the lazy dog", 25))
print(shorten("  lots   of\n\twhite   space  ", 100))
try:
    shorten("hello world", 3)
except ValueError as e:
    print("ValueError:", e)
try:
    dedent(None)
except TypeError as e:
    print("TypeError:", e)
print(textwrap.__all__)
