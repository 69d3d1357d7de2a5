# match statement with literal, capture, wildcard and or-patterns.
def describe(code):
    match code:
        case 200:
            return "OK"
        case 301 | 302:
            return "redirect"
        case 404:
            return "not found"
        case int(n) if n >= 500:
            return f"server error {n}"
        case str():
            return "a string"
        case _:
            return "unknown"

for c in (200, 302, 404, 503, "x", 1.5):
    print(c, describe(c))
