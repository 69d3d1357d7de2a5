# CPython folds a subscript of constants when it re-parses the failing
# segment, so a deletion or assignment through one has no `~^` anchors.
import traceback

for src in ["del (1, 2)[0]", "del 'ab'[-1]", "del ((1, 2),)[0][1]",
            "(1,)[True] = 5", "del (1, 2)[0:1]", "del (1)[0]", "del [1][0]"]:
    try:
        exec(compile(src, "<case>", "exec"))
    except Exception:
        traceback.print_exc()
x = (1, 2)
del x[0]
