# Nested parentheses around a walrus target are not part of it.
[((a)) := 1]
