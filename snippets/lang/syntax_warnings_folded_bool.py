# Identity tests against bitwise operations on bool literals: those fold to a
# bool, which draws no SyntaxWarning; mixing in an int folds to an int, which does.
flag = True
print((True & False) is flag, (False ^ True) is flag, (True | True) is not flag)
print((True | 0) is flag, (1 & True) is not flag)
print(not False is flag)
