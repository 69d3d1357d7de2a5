# An uncaught exception raised from another prints both tracebacks, causes first, with __str__.
class ParseError(Exception):
    def __init__(self, line, msg):
        super().__init__(line, msg)
        self.line = line
        self.msg = msg

    def __str__(self):
        return f"line {self.line}: {self.msg}"

def parse_line(n, text):
    key, value = text.split("=")
    return key, int(value)

def parse(lines):
    for n, text in enumerate(lines, 1):
        try:
            yield_value = parse_line(n, text)
        except ValueError as e:
            raise ParseError(n, "bad entry") from e
        print("parsed", yield_value)

parse(["a=1", "b=x"])
