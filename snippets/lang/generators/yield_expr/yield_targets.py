# yield as the value or inside the target of assignments, augmented assignments and del.
class Box:
    pass

def targets():
    lst = [0, 0, 0]
    lst[(yield "index")] = "set"
    print(lst)
    a = b = yield "chained"
    print(a, b)
    box = Box()
    box.attr = yield "attr"
    print(box.attr)
    x, *rest = yield "unpack"
    print(x, rest)
    n = 10
    n += yield "augmented"
    print(n)
    lst[1] *= yield "item times"
    print(lst)
    box.attr += (yield "attr plus")
    print(box.attr)
    del lst[(yield "delete")]
    print(lst)
    first, lst[(yield "slot")] = "ab"
    print(first, lst)

answers = {"index": 2, "chained": "both", "attr": "A", "unpack": [1, 2, 3],
           "augmented": 5, "item times": 4, "attr plus": "!", "delete": 0, "slot": 0}
gen = targets()
reply = None
while True:
    try:
        tag = gen.send(reply)
    except StopIteration:
        break
    print("yielded", tag)
    reply = answers[tag]
