# An exception raised while handling another shows both with the context message.
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise RuntimeError(f"cannot parse {text!r}")

parse("12x")
