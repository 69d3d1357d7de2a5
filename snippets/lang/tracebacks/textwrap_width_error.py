# textwrap's helpers raise from CPython's line numbers.
import textwrap
import traceback

print(textwrap.fill("lorem ipsum dolor sit amet", width=12))
try:
    textwrap.wrap("abc", width=0)
except ValueError:
    traceback.print_exc()
try:
    textwrap.shorten("a long sentence here", width=3, placeholder=" [...]")
except ValueError:
    traceback.print_exc()
textwrap.fill("x", width=0)
