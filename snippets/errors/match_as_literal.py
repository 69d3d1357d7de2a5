# Only a name can follow `as` in a pattern.
match 1:
    case 1 as 2:
        pass
