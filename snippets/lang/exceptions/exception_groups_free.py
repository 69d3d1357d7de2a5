# Catching by base class, BaseException vs Exception, and KeyboardInterrupt-like classes.
def run(exc):
    try:
        raise exc
    except Exception as e:
        return f"Exception caught {type(e).__name__}"
    except BaseException as e:
        return f"BaseException caught {type(e).__name__}"

print(run(ValueError()))
print(run(SystemExit(1)))
print(run(KeyboardInterrupt()))
print(run(GeneratorExit()))

class MyBase(BaseException):
    pass
print(run(MyBase()))
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 3
except TypeError as e:
    print(e)
