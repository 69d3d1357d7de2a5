# A return inside an except* block is a SyntaxError, reported at the return statement before anything runs.
print("never printed")


def handler():
    try:
        work()
    except* ValueError as group:
        log(group)
        return len(group.exceptions)
