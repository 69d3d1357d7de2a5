# str.method(obj) unbound calls and methods as first-class values.
print(str.upper("abc"), str.join(",", ["a", "b"]), str.split("a b"), str.strip("  x "))
up = "hello".upper
print(up(), list(map(str.title, ["ann lee", "bo"])), sorted(["b", "A"], key=str.casefold))
l = []
list.append(l, 5)
print(l, dict.get({"a": 1}, "a"), int.bit_length(255))
try:
    str.upper(5)
except TypeError as e:
    print(e)
