# Unsigned 64-bit typecodes hold values beyond the signed range; negatives are refused.
import array
q = array.array('Q', [2**64 - 1, 2**63])
print(q, q[0] + 1, q.tolist())
L = array.array('L', [2**63])
print(L[0] > 2**62)
for tc in 'QLI':
    for v in [-1, 2**64]:
        try:
            array.array(tc, [v])
        except OverflowError as e:
            print(tc, v, 'OverflowError:', e)
print(array.array('Q', [1]) < array.array('Q', [2**64 - 1]), array.array('Q', [2**64 - 1]) == array.array('q', [-1]))
