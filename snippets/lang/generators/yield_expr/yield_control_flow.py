# yield in while/if/for headers, with, match, return and yield (yield x).
class Ctx:
    def __enter__(self):
        print("enter")
        return "ctx"
    def __exit__(self, *exc):
        print("exit")

def flow():
    while (yield "while?") is not None:
        print("in loop")
    else:
        print("while else")
    if (yield "if?"):
        print("truthy")
    for i in (yield "iterable?"):
        print("item", i)
    with Ctx() as c, (yield "second ctx?") as d:
        print("inside", c, d)
    match (yield "subject?"):
        case [first, *others]:
            print("sequence", first, others)
        case _:
            print("other")
    print("nested", (yield (yield "inner")))
    return (yield "return?")

gen = flow()
print(next(gen))
for reply in [1, 2, None, "yes", "ab", Ctx(), [1, 2, 3], "I", "O", "R"]:
    try:
        print("yielded", gen.send(reply))
    except StopIteration as stop:
        print("returned", stop.value)
