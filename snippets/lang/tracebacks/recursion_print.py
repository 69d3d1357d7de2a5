# print in a runaway recursion fails inside print, two levels short of
# the limit, with nothing written.
def countdown(n):
    print(n)
    countdown(n - 1)


countdown(5)
