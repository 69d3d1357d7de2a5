# textwrap.wrap/fill/TextWrapper: widths, indents and every option
import textwrap
from textwrap import TextWrapper

text = ("The quick brown fox jumps over the lazy dog. Python's textwrap "
        "module breaks well-known hyphenated-words, keeps em--dashes and "
        "splits supercalifragilisticexpialidocious when it must.\tTabs\tgo.")

for width in (1, 5, 12, 25, 40, 70):
    print(width, textwrap.wrap(text, width))

print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 20, break_long_words=False))
print(textwrap.wrap(text, 20, break_on_hyphens=False))
print(textwrap.wrap(text, 20, drop_whitespace=False))
print(textwrap.wrap(text, 20, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("a\tb\tc", 20, tabsize=4, replace_whitespace=False))
print(textwrap.wrap("a\tb\nc", 20, replace_whitespace=True))
print(textwrap.fill("Hello.  World. Yes! ok? fine", 12, fix_sentence_endings=True))
print(textwrap.wrap(text, 25, max_lines=3))
print(textwrap.wrap(text, 25, max_lines=2, placeholder=" ..."))
print(textwrap.wrap("", 10), textwrap.fill("", 10), textwrap.wrap("   ", 10))

# the chunks a line can break between
w = TextWrapper()
for s in ["well-known", "a-b-c", "1-2-3", "ab-c-d", "word--word", "a!--b",
          "--option", "foo--", "x---y", "snake_case-thing", "αβγ-δεζ"]:
    print(repr(s), w._split(s))
print(textwrap.wrap("1234567890-1234567890--this_is_a_very_long_option_indeed-good-bye", 10))
print(textwrap.wrap("We used enyzme 2-succinyl-6-hydroxy-2,4-cyclohexadiene-1-carboxylate synthase.", 10))

wrapper = TextWrapper(width=20, initial_indent="> ", max_lines=2)
print(wrapper.wrap(text))
wrapper.width = 40
print(wrapper.fill(text))
print(wrapper.width, wrapper.tabsize, repr(wrapper.placeholder))

class Splitter(TextWrapper):
    def _split(self, text):
        return text.split(" ")

print(Splitter(width=5).wrap("aa bb cc"))

for bad in (0, -5):
    try:
        textwrap.wrap("hello world", bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    textwrap.wrap("hello world foo", 3, max_lines=1)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.fill(None)
except AttributeError as e:
    print("AttributeError:", e)
try:
    TextWrapper(nope=1)
except TypeError as e:
    print("TypeError:", e)
