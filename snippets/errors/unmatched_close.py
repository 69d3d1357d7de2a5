# A closing bracket with no opening one.
x = 1)
