# An uncaught custom exception with a custom __str__ and a module-qualified name.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"

def validate(user):
    if user.get("age", 0) < 0:
        raise ValidationError("age", "must be non-negative")

validate({"age": 5})
validate({"age": -1})
