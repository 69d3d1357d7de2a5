# typing: generic aliases and their reprs, Union/Optional, TypeVar and Generic, NamedTuple, TypedDict, Protocol, helpers
import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable, Iterable,
                    Iterator, Generator, Sequence, Mapping, Type, TypeVar, Generic, NamedTuple,
                    TypedDict, Protocol, Literal, Final, ClassVar, cast, overload, TYPE_CHECKING,
                    get_type_hints, runtime_checkable, NewType)

print(Any, Optional[int], Union[int, str], Union[int], Union[int, None], Optional[Union[int, str]])
print(List[int], Dict[str, int], Tuple[int, ...], Tuple[int, str], Set[int], FrozenSet[str], Tuple[()])
print(Callable[[int, str], bool], Callable[..., int], Iterable[int], Iterator[str], Generator[int, None, None])
print(Sequence[int], Mapping[str, List[int]], Type[int], Literal[1, "a"], Final[int], ClassVar[int])
print(List, Dict, Callable, Optional, Union, typing.Deque[int], typing.DefaultDict[str, int])
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], List[int] == List[int], List[int] != List[str])
print(Union[int, Union[str, float]], Union[int, str] | None, Optional[List[int]], Union[int, int, str])
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_args(Callable[[int], str]), typing.get_origin(Union[int, str]))
print(List[int].__origin__, List[int].__args__, Optional[int].__args__)

T = TypeVar('T')
N = TypeVar('N', bound=float)
S = TypeVar('S', int, str)
C = TypeVar('C', covariant=True)
print(T, N, S, C, T.__name__, N.__bound__, S.__constraints__, List[T], Dict[str, T][int])


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(Stack[int], s.pop(), s.items, Stack.__mro__, Stack.__parameters__, s.__orig_class__)


class Pair(Generic[T, S]):
    pass


print(Pair[int, str], Pair.__parameters__)


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self) -> int:
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm(), p._fields, Point._field_defaults, p._asdict(), p._replace(x=1), isinstance(p, tuple))
print(Point.__annotations__, Point(1), tuple(p))
Employee = NamedTuple("Employee", [("name", str), ("id", int)])
print(Employee("ann", 3), Employee._fields)
try:
    class Bad(NamedTuple):
        a: int = 0
        b: int
except TypeError as e:
    print(e)


class Movie(TypedDict):
    title: str
    year: int


class Partial(TypedDict, total=False):
    rating: float


m = Movie(title="Alien", year=1979)
print(m, type(m), Movie.__annotations__, sorted(Movie.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__)
Alt = TypedDict("Alt", {"a": int})
print(Alt(a=1), Alt.__annotations__)


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self) -> None:
        print("closed")


print(isinstance(Resource(), Closer), isinstance(3, Closer))


@overload
def double(x: int) -> int:
    ...


@overload
def double(x: str) -> str:
    ...


def double(x):
    return x * 2


print(double(2), double("ab"), cast(int, "not an int"), TYPE_CHECKING)


def greet(name: str, times: "int" = 1, tags: Optional[List[str]] = None) -> str:
    return name * times


print(greet.__annotations__)
print(get_type_hints(greet))


class Config:
    name: str
    retries: ClassVar[int] = 3
    ratio: "float"


print(get_type_hints(Config))
UserId = NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__)
print(isinstance([], typing.List), isinstance({}, typing.Mapping), isinstance("s", typing.Sequence), issubclass(list, typing.Iterable))
for bad in (lambda: List[int](), lambda: isinstance([], List[int]), lambda: Optional[int, str], lambda: Union[()], lambda: List[int, str]):
    try:
        bad()
    except TypeError as e:
        print(e)
print(typing.AnyStr, typing.Text, typing.NoReturn, typing.Annotated[int, "meta"], typing.Counter[str])
print(List[int] | None, int | List[str])
