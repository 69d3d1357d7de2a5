# A non-ASCII symbol where an operator should be.
x = 1 ¬ 2
