# A SyntaxError in an imported module: its attributes, and the report.
import sys
try:
    import _bad_syntax
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, repr(e.text), e.filename.rsplit("/", 1)[1])
    print(str(e))
print("_bad_syntax" in sys.modules)


def load():
    import _bad_syntax


load()
