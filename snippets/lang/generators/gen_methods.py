# Generator objects with methods: a tree walker built on yield from.
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)
    def __iter__(self):
        for _, v in self.walk():
            yield v

tree = Node("root", Node("a", Node("a1"), Node("a2")), Node("b"))
for depth, value in tree.walk():
    print("  " * depth + value)
print(list(tree))
print(max(tree), len(list(tree)))
