from collections.abc import Iterable, Callable, Awaitable, Mapping, Container, AsyncIterable, KeysView, Sized
import typing
print(Iterable[int], Awaitable[int], Mapping[str, int], Container[str], AsyncIterable[bytes], KeysView[str])
print(Callable[[int], str], Callable[..., int], Callable[[], None])
a = Callable[[int], str]
print(a.__origin__, a.__args__, a.__parameters__, a == Callable[[int], str], a != Callable[[int], int])
print(Callable[[Callable[[int], str]], list[int]])
for k in [int, (1, int), ([int], str, 3), ("a", int)]:
    try:
        Callable[k]
    except TypeError as e:
        print(e)
try:
    Sized[int]
except TypeError as e:
    print(e)
P = typing.ParamSpec("P")
print(P.args, P.kwargs, type(P.args).__name__, P.args.__origin__ is P)
print(P.args == typing.ParamSpecArgs(P), P.kwargs == typing.ParamSpecKwargs(P), P.args == P.kwargs)
print(P.args.__hash__, isinstance(P.args, typing.Hashable))
T = typing.TypeVar("T")
def f(fn: Callable[[], Awaitable[T]]) -> None: ...
print(f.__annotations__["fn"])
