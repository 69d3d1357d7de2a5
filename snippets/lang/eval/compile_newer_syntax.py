# Syntax newer than 3.11 (type parameters, the type statement) and misplaced await are CPython 3.11's SyntaxErrors
sources = [
    "def first[T](items: list[T]) -> T:\n    return items[0]\n",
    "class Box[T]:\n    pass\n",
    "class Pair[K, V](dict):\n    pass\n",
    "type Vector = list[float]\n",
    "x = 1\ntype Alias[T] = dict[str, T]\n",
    "await fetch()\n",
    "def load(url):\n    return await fetch(url)\n",
    "class Client:\n    await connect()\n",
    "handler = lambda: await event()\n",
]
for src in sources:
    try:
        compile(src, "<demo>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(f"{e.msg!r} line {e.lineno} offset {e.offset}-{e.end_offset}")
