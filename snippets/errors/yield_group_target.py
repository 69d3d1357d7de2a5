# A parenthesised yield is reported inside its parentheses.
def f():
    ((yield)) = 1
