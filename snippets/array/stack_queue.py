# Using an array as a stack (append/pop) and a queue (append/pop(0)).
import array
stack = array.array('i')
for x in [1, 2, 3]:
    stack.append(x)
print(stack.pop(), stack.pop(), stack)
queue = array.array('i', [10, 20])
queue.append(30)
print(queue.pop(0), queue.pop(0), queue)
while queue:
    queue.pop()
try:
    queue.pop()
except IndexError as e:
    print('IndexError:', e)
