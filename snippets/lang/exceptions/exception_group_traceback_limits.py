# Printing limits: more than 15 members are counted ("and N more exceptions"), groups nested deeper than 10 print "... (max_group_depth is 10)".
def wide(n):
    return ExceptionGroup(f"{n} members", [ValueError(i) for i in range(n)])


deep = ValueError("leaf")
for level in range(12):
    deep = ExceptionGroup(f"level {level}", [deep, TypeError(level)])
raise ExceptionGroup("limits", [wide(15), wide(16), wide(18), deep])
