# Comparison operators return whatever __eq__/__lt__ return: a tiny query builder builds expressions from them.
class Field:
    def __init__(self, name):
        self.name = name
    def _cmp(self, op, other):
        return Expr(f"{self.name} {op} {other!r}")
    def __eq__(self, other):
        return self._cmp("=", other)
    def __ne__(self, other):
        return self._cmp("!=", other)
    def __lt__(self, other):
        return self._cmp("<", other)
    def __ge__(self, other):
        return self._cmp(">=", other)
    __hash__ = None

class Expr:
    def __init__(self, sql):
        self.sql = sql
    def __and__(self, other):
        return Expr(f"({self.sql} AND {other.sql})")
    def __bool__(self):
        raise TypeError("an expression has no truth value")
    def __repr__(self):
        return f"Expr({self.sql!r})"

age, name = Field("age"), Field("name")
print(age == 30, name != "bob", age < 18, 65 <= age)
print((age >= 18) & (name == "ann"))
import operator
print(operator.eq(age, 1), operator.lt(age, 2), operator.gt(3, age))
try:
    print(18 <= age < 65)
except TypeError as e:
    print("chained:", e)
try:
    if age == 3:
        pass
except TypeError as e:
    print("if:", e)

class Always:
    def __init__(self, answer):
        self.answer = answer
    def __eq__(self, other):
        return self.answer
print(Always("yes") == 1, Always([]) == 1, Always(0) != 1, Always("x") in [1])
