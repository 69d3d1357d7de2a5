# difflib: SequenceMatcher blocks, opcodes and ratios, ndiff with hint
# lines, unified and context diffs, close matches.
import difflib

s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.find_longest_match(0, 5, 0, 4))

s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;',
                            'private volatile Thread currentThread;')
print(round(s.ratio(), 3))
for op in s.get_opcodes():
    print(op)

a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n']
b = ['zero\n', 'one\n', 'tree\n', 'four\n', 'fiv\n', 'six\n']
print(''.join(difflib.ndiff(a, b)), end='')
print(''.join(difflib.unified_diff(a, b, 'a.txt', 'b.txt')), end='')
print(''.join(difflib.context_diff(a, b, 'a.txt', 'b.txt')), end='')
delta = list(difflib.ndiff(a, b))
print(''.join(difflib.restore(delta, 2)) == ''.join(b))

print('\n'.join(difflib.ndiff(['  indented line', 'abcdefgh'],
                              ['  indented lime', 'xyz'])))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'wheat', 'whale'], n=2))

long_b = 'ab' * 150
s = difflib.SequenceMatcher(None, 'a' * 10 + 'b', long_b)
print(sorted(s.bpopular), s.get_matching_blocks()[:2])
print(list(difflib.SequenceMatcher(None, [1, 2, 3, 4, 5, 6, 7, 8, 9],
                                   [1, 2, 30, 4, 5, 6, 7, 8, 90])
           .get_grouped_opcodes(1)))
print(difflib.IS_LINE_JUNK('  # \n'), difflib.IS_CHARACTER_JUNK('\t'))
