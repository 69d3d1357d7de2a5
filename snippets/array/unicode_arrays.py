# 'u' arrays of characters: fromunicode, tounicode, indexing and bytes.
import array
s = array.array('u', 'hello')
s.fromunicode(' world')
s.append('!')
s.extend('??')
print(s, s.tounicode(), len(s), s.itemsize)
s[0] = 'H'
print(s[0], s[-3:], s.tounicode().upper())
print(s.index('o'), s.count('l'), 'w' in s, s.tobytes()[:8])
emoji = array.array('u', 'a\U0001F600b')
print(len(emoji), emoji[1], emoji.tounicode())
for call in [lambda: s.fromunicode(b'x'), lambda: s.fromunicode(1), lambda: s.fromunicode(),
             lambda: array.array('b').fromunicode('x'), lambda: array.array('b').tounicode(),
             lambda: s.tounicode(1), lambda: s.fromunicode(s='x')]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
