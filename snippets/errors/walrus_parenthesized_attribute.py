# A parenthesised attribute is still no name for `:=`.
class A:
    pass
(A.y) := 1
