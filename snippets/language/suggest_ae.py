# A typo in a name or attribute: CPython suggests the closest match.
x = [1]
x.apend(2)
