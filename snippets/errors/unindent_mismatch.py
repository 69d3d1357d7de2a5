# Dedenting to a level that was never used.
if True:
        x = 1
    y = 2
