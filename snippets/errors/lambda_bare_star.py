# A bare star needs named parameters after it, in a lambda too.
f = lambda *, **k: 1
