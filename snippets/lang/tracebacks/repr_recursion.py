# A __repr__ that recurses forever: RecursionError "while getting the repr of an object" (user __repr__ calls count towards the limit)
class Node:
    def __init__(self):
        self.next = self
    def __repr__(self):
        return f'Node({self.next!r})'
try:
    repr(Node())
except RecursionError as e:
    print('RecursionError:', e)
class Fine:
    def __repr__(self):
        return 'Fine()'
print([Fine()] * 2, repr(Fine()), f'{Fine()!r}')
