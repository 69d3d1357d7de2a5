import urllib.parse
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag,
                          parse_qs, parse_qsl, urlencode)

urls = ['http://user:pw@Example.COM:8080/path/to;params?q=1&r=2#frag', 'https://example.com',
        'https://example.com/', '//host/path', '/just/a/path?x', 'mailto:someone@example.com',
        'file:///etc/passwd', 'ftp://ftp.example.org/pub;type=d', 'http://[::1]:80/index',
        'http://[fe80::1%25eth0]/', 'relative/path#top', 'HTTP://WWW.Example.com/A?B#C',
        'http://host:/p', 'sip:alice@atlanta.com;transport=tcp', '  http://spaces.com/\n', 'a:b',
        'path:with:colons', '1http://not-a-scheme', 'tel:+1-816-555-1212', '']
for u in urls:
    p = urlparse(u)
    s = urlsplit(u)
    print(repr(u))
    print('  ', p)
    print('  ', s)
    print('  ', p.hostname, p.port, p.username, p.password, repr(p.geturl()), repr(s.geturl()))
print(urlparse('www.example.com/x', scheme='http'), urlparse('http://a/b#c', allow_fragments=False))
print(urlparse(b'http://example.com/p?q#f'), urlsplit(b'http://u@h:1/p').port)
print(urlunparse(('http', 'h', '/p', 'a', 'q', 'f')), urlunsplit(('https', 'h', 'p', '', '')), urlunsplit(('', '', 'p', 'q', '')))
print(urlunsplit(('file', '', '/etc', '', '')), urlunparse(('mailto', '', 'x@y', '', '', '')))
print(urldefrag('http://a/b#c'), urldefrag('http://a/b'), urldefrag(b'x#y'))
print(urlparse('http://h/p').encode(), urlsplit(b'http://h/p').decode(), urlparse('http://h/p')._replace(path='/q').geturl())
print(urlparse('http://h/p')._fields, isinstance(urlparse('x'), tuple), type(urlparse('x')).__name__)

base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s',
            '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g',
            '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y',
            'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'https://other/x']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('http://a/b/', 'c'), urljoin('', 'x'), urljoin('http://a', ''), urljoin(b'http://a/b', b'c'))
print(urljoin('http://a/b/c', '../../../x'), urljoin('ftp://a/b/c', 'd'), urljoin('mailto:a@b', 'c'))

qs = 'a=1&b=2&a=3&empty=&flag&sp=x+y&enc=%41%zz%e2%82%ac&=v'
print(parse_qs(qs), parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs), parse_qsl(qs, keep_blank_values=True), parse_qsl('a=1;b=2', separator=';'))
print(parse_qsl(b'a=1&b=%41'), parse_qs(''), parse_qsl('a=%ff', errors='strict' if False else 'replace'))
for call in [lambda: parse_qsl('a&b', strict_parsing=True), lambda: parse_qsl('a=1&b=2', max_num_fields=1),
             lambda: parse_qsl('a=1', separator=''), lambda: urlparse('http://[::1/'),
             lambda: urlparse('http://h:99999').port, lambda: urlparse('http://h:x').port,
             lambda: urljoin('http://a', b'b'), lambda: urlencode('abc'), lambda: urlencode([1, 2]),
             lambda: urlsplit('http://[::1]x/').netloc, lambda: urlsplit('http://[1.2.3.4]/'),
             lambda: urlsplit('http://[v1.fe]/').hostname, lambda: urlsplit('http://[vz]/'),
             lambda: urlsplit('http://[zz]/'), lambda: urlsplit('http://[::ffff:1.2.3.4]:8/').port]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(urlencode({'a': 1, 'b': 'x y', 'c': 'é&='}), urlencode([('k', 'v'), ('k', 'w')]))
print(urlencode({'a': [1, 2], 'b': 'xy', 'c': b'by tes'}, doseq=True), urlencode({'a': [1, 2]}))
print(urlencode({'p': '/a b'}, safe='/'), urlencode({'p': '/a b'}, quote_via=urllib.parse.quote))
print(urlencode({b'k': b'v', 'n': None}), urlencode({}), urlencode({'x': 'é'}, encoding='latin-1'))
urlparse('http://example.com:port/').port
