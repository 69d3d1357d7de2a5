# A typo in a name or attribute: CPython suggests the closest match.
import math
print(mth.pi)
