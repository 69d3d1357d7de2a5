from urllib.parse import quote, quote_plus, unquote, unquote_plus, quote_from_bytes, unquote_to_bytes

for s in ['abc def', 'a/b/c', 'é€𝄞', '~_.-', '!*\'();:@&=+$,/?#[]', '', '100%', 'a+b c']:
    print(repr(s), quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/'))
print(quote('é', encoding='latin-1'), quote('é€', encoding='ascii', errors='replace'), quote(b'a b\xff'), quote(b'/x', safe=b'/'))
print(quote_plus(b'a b/c'), quote_plus('a b', safe=' '), quote_from_bytes(b'\x00\xff a'), quote_from_bytes(bytearray(b'ab')), repr(quote_from_bytes(b'')))
for s in ['abc%20def', '%e2%82%ac', '%E2%82%AC', '%zz%4', '%', 'a+b%2Bc', 'é%41', '%ff', '%c3', 'plain', '']:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote('%e9', encoding='latin-1'), repr(unquote('%ff', errors='ignore')), unquote(b'%41%42'), unquote_to_bytes(b'a%20b'))
for call in [lambda: quote(b'x', encoding='utf-8'), lambda: quote(b'x', errors='strict'), lambda: quote_from_bytes('x'),
             lambda: quote(5), lambda: unquote(5), lambda: unquote_to_bytes(None), lambda: quote('é', encoding='ascii')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
