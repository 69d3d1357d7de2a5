# print() writes each piece before it takes the next one's str(): what a
# user __str__ prints, or the error it raises, comes after earlier pieces.
class A:
    def __str__(self):
        print("computing A")
        return "A"
print("x", A(), "y", sep="-")
class Bad:
    def __str__(self):
        raise ValueError("no str")
try:
    print("a", "b", Bad(), "c")
except ValueError as e:
    print()
    print("caught", e)
print(Bad())
