# f-strings are no literal patterns.
match 1:
    case f"a":
        pass
