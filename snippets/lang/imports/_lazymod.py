"""A module with PEP 562 __getattr__ and __dir__."""

eager = "eager"


def __getattr__(name):
    if name == "lazy":
        return "made on demand"
    if name == "broken":
        raise KeyError(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["eager", "lazy"]
