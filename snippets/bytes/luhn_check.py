# Luhn check digits over ASCII digit bytes.
def luhn_ok(number):
    digits = number.replace(b" ", b"")
    if not digits.isdigit():
        raise ValueError("not a digit string: %r" % number)
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = c - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0
for card in [b"4539 3195 0343 6467", b"8273 1232 7352 0569", b"79927398713", b"0"]:
    print(card, luhn_ok(card))
try:
    luhn_ok(b"1234-5678")
except ValueError as e:
    print(e)
print(b"\xd9\xa1".isdigit(), b"12".isdigit(), b"".isdigit())
