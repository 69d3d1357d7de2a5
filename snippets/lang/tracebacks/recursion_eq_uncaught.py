# An __eq__ that compares self again: each round is a frame plus a comparison level, so the traceback repeats half as many lines as plain recursion
class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self == other


print(Point(1) == Point(1))
