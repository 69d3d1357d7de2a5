# textwrap's and string's frames carry CPython's line numbers and lines.
import string
import textwrap
import traceback

try:
    string.capwords(5)
except AttributeError:
    traceback.print_exc()
try:
    textwrap.wrap(None)
except AttributeError:
    traceback.print_exc()
print(textwrap.fill("hello world this is text", width=10))
textwrap.fill(5)
