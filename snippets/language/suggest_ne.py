# A typo in a name or attribute: CPython suggests the closest match.
lenght = 5
print(lenth)
