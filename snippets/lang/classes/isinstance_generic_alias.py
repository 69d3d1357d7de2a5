# A parameterized generic refuses isinstance/issubclass checks.
for call in [
    lambda: isinstance(1, list[int]),
    lambda: issubclass(int, dict[str, int]),
    lambda: isinstance(1, (str, list[int])),
    lambda: issubclass(1, list[int]),
]:
    try:
        print(call())
    except TypeError as e:
        print(e)
print(isinstance(1, (int, list[int])), isinstance([], list))
