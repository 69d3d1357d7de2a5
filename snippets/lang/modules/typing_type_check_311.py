# typing in 3.11 accepts any value but a tuple as a type argument, so generic aliases and unions work as forward references and in get_type_hints
from typing import List, Dict, Optional, Union, get_type_hints
for f in [lambda: List[3], lambda: Optional[(1, 2)], lambda: Union[int, (1,)], lambda: Dict[str, list[int]], lambda: List[int | None]]:
    try: print(f())
    except TypeError as e: print("TypeError", e)
def g(x: "list[int]", y: "int | None" = None) -> "Dict[str, int]": pass
print(get_type_hints(g))
