# copy.copy and copy.deepcopy of arrays give new plain arrays.
import copy
from array import array

a = array("i", [1, 2, 3])
b, c = copy.copy(a), copy.deepcopy(a)
print(b, c, b is a, c is a, b == a)
b.append(4)
print(a, b)
print(copy.deepcopy([a, a])[0] is not a)
pair = copy.deepcopy([a, a])
print(pair[0] is pair[1])
print(copy.copy(array("u", "hi")), copy.deepcopy(array("d", [0.5])))


class Tagged(array):
    pass


t = Tagged("b", [5])
print(type(copy.copy(t)).__name__, copy.copy(t), type(copy.deepcopy(t)).__name__)


class Own(array):
    def __copy__(self):
        return "own copy"

    def __deepcopy__(self, memo):
        return "own deepcopy"


o = Own("b")
print(copy.copy(o), copy.deepcopy(o))
