# Boolean operators return operands; short-circuit skips side effects.
def t(label, value):
    print("eval", label)
    return value

print(t("a", 0) and t("b", 1))
print(t("c", 1) and t("d", 2))
print(t("e", 0) or t("f", ""))
print(t("g", "x") or t("h", "y"))
print(not t("i", []))
r = t("j", None) or t("k", 0) or t("l", "found")
print(r)
print(True + True, True * 3, False - 1, int(True), str(False))
print(isinstance(True, int), True == 1, True is True == 1)
