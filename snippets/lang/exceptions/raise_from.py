# raise ... from ... sets __cause__; from None suppresses the context.
class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad value {text!r}") from e

try:
    load("abc")
except ConfigError as e:
    print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)

def hide():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("clean") from None
try:
    hide()
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__)
