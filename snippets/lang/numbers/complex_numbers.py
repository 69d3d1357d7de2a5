# complex numbers: construction, arithmetic with ints and floats, powers, roots of polynomials, formatting and errors.
import math

def quadratic_roots(a, b, c):
    d = b * b - 4 * a * c
    root = d ** 0.5 if d >= 0 else complex(0, (-d) ** 0.5)
    return (-b + root) / (2 * a), (-b - root) / (2 * a)

print(quadratic_roots(1, -3, 2), quadratic_roots(1, 2, 5), quadratic_roots(2, 0, 8))

def dft(samples):
    n = len(samples)
    out = []
    for k in range(n):
        total = 0j
        for t, x in enumerate(samples):
            angle = -2 * math.pi * k * t / n
            total += x * complex(math.cos(angle), math.sin(angle))
        out.append(complex(round(total.real, 9), round(total.imag, 9)))
    return out

print(dft([1, 0, -1, 0]))
print(dft([1, 2, 3, 4]))

z = complex(3, -4)
print(z, z.real, z.imag, z.conjugate(), abs(z), -z, +z, z * z.conjugate())
print(complex("1+2j"), complex(" (-.5e1-2J) "), complex("j"), complex("-inf+nanj"), complex(2.5), complex(1j, 1j))
print(1j ** 2, (1 + 1j) ** 8, (1 + 2j) ** -2, 2 ** (1 + 1j), (-8) ** (1 / 3), (-1) ** 0.5)
print((1 + 2j) / (3 - 4j), 1 / (1 + 1j), 1e308j * 10, 3 - 2j == 3 - 2.0j, 1 + 0j == 1, hash(2 + 0j) == hash(2))
impedances = {"R": 50, "L": 2j * math.pi * 60 * 0.1, "C": 1 / (2j * math.pi * 60 * 1e-4)}
total = sum(impedances.values())
print({k: round(abs(v), 3) for k, v in impedances.items()}, f"{total:.2f}", f"{abs(total):.3f}")
print(format(1 + 2j), format(1.5 + 2.25j, ".1f"), format(1j, "g"), format(3 - 4j, "^16.2e"), f"{-1j!r:>8}|", format(0.1 + 0.2j, ".3"))

for attempt in [
    lambda: 1j / 0,
    lambda: 0j ** -1,
    lambda: (1e200j) ** 2,
    lambda: 1j < 2j,
    lambda: 1j // 2,
    lambda: divmod(1j, 1),
    lambda: int(1j),
    lambda: float(1 + 0j),
    lambda: complex("1+"),
    lambda: complex("1", 2),
    lambda: complex(1, "2"),
    lambda: complex(None),
    lambda: complex("1__0j"),
    lambda: pow(1j, 2, 3),
    lambda: abs(complex(1e308, 1e308)),
    lambda: format(1 + 2j, "010"),
    lambda: format(1 + 2j, "d"),
]:
    try:
        attempt()
    except (ArithmeticError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
