# if/elif/else chains, conditional expressions and truthiness of values.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"

print([grade(s) for s in (95, 85, 75, 10)])
for v in (0, 1, "", "x", [], [0], {}, None, 0.0, -1, set(), (None,)):
    print(repr(v), "truthy" if v else "falsy")
x = 5
print("big" if x > 3 else "small", "odd" if x % 2 else "even")
print(0 or "default", 3 and "both", None and 1, [] or {} or "last")
