# Per-typecode OverflowError texts, as arraymodule.c words them.
import array
probes = [-2**64, -2**63 - 1, -2**31 - 1, -2**15 - 1, -129, -1, 128, 256, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64]
for tc in 'bBhHiIlLqQ':
    a = array.array(tc, [0])
    print('--', tc)
    for v in probes:
        try:
            a[0] = v
        except OverflowError as e:
            print('%-22d %s' % (v, e))
