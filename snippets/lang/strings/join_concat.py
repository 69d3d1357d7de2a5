# join over iterables and the errors for non-str items; concatenation and repetition.
print(", ".join(["a", "b", "c"]), "".join(reversed("abc")), "-".join("xyz"))
print("+".join(str(n) for n in range(4)), " ".join({"k": 1, "j": 2}))
print("ab" + "cd", "ab" * 3, 3 * "-", "x" * 0, "x" * -2)
try:
    ", ".join([1, 2])
except TypeError as e:
    print(e)
try:
    "".join(["a", None])
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
s = "abc"
s += "def"
print(s, "cd" in s, "x" not in s, "" in s)
