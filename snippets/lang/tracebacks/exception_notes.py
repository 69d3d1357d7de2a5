# Notes added to an exception (PEP 678) are printed under its message when it is uncaught.
class ValidationError(ValueError):
    pass

def validate(record):
    errors = []
    for field in ("name", "age"):
        if field not in record:
            errors.append(field)
    if errors:
        e = ValidationError(f"{len(errors)} missing field(s)")
        for f in errors:
            e.add_note(f"missing: {f}")
        raise e
    return record

try:
    validate({"name": "x"})
except ValidationError as e:
    print(repr(e), e.__notes__)
try:
    ValueError().add_note(42)
except TypeError as e:
    print("TypeError:", e)
validate({})
