# A call of an imported module's function spanning lines is reported at the whole call (CPython makes no method call of it)
import math
y = (math
     .sqrt(-1))
