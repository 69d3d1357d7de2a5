# re: deeply nested groups (a RecursionError past the parser's depth, as in CPython), long subjects and many iterations without overflowing.
import re

print(re.compile("(" * 100 + "a" + ")" * 100).match("a").span())
try:
    re.compile("(" * 5000 + ")" * 5000)
except RecursionError as e:
    print("RecursionError", e)
# The deepest nesting the parser takes at the default recursion limit.
print(re.compile("(?:" * 495 + "a" + ")" * 495).match("a"))
try:
    re.compile("(?:" * 496 + ")" * 496)
except RecursionError as e:
    print("496: RecursionError", e)
print(re.fullmatch(r"(?:a|b)*c", "ab" * 100000 + "c").span())
print(re.match(r"(a|b)*?c", "ab" * 20000 + "c").group(1))
print(len(re.findall(r"\w", "x" * 100000)), re.sub(r"(\d)", r"<\1>", "1" * 5 + "a"))
print(re.match(r"(?:(?:a+)+)+b", "a" * 5000 + "b").span(), re.match(r"(?=(a+))a*b\1", "baaabac"))
print(re.search(r"(?:x*)*y", "x" * 5000 + "y").span(), re.match("((a)|b)+", "ab" * 10000).groups())
