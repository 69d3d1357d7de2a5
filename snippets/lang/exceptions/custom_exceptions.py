# Custom exception hierarchies with extra attributes and __str__.
class AppError(Exception):
    """Base for this app."""

class NotFound(AppError):
    def __init__(self, name):
        super().__init__(name)
        self.name = name
    def __str__(self):
        return f"{self.name} was not found"

class Invalid(AppError):
    def __init__(self, field, reason):
        super().__init__(field, reason)
        self.field = field

errors = [NotFound("user"), Invalid("age", "negative"), AppError(), AppError("a", 1)]
for err in errors:
    try:
        raise err
    except AppError as e:
        print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
print(isinstance(NotFound("x"), Exception), issubclass(Invalid, AppError))
print(NotFound("x").name, Invalid("f", "r").field)
print(AppError.__doc__)
