import shlex
cases = ['a b c', 'a "b c" d', "a 'b c' d", 'a\\ b c', 'a"b"c', "it's", 'a # comment', 'x "y\\"z" w',
         "'a\\b'", '"a\\b"', '"a\\\\b"', 'a\\\nb', '', '   ', 'foo=bar baz', '"" \'\'', 'a;b|c&&d (e)', '~/x.py -v --opt=1',
         'ßàá word', 'x"y z"w', 'a\tb\nc']
for c in cases:
    for posix in (True, False):
        try:
            print(repr(c), posix, shlex.split(c, posix=posix))
        except ValueError as e:
            print(repr(c), posix, 'ValueError', e)
    try:
        print(repr(c), 'comments', shlex.split(c, comments=True))
    except ValueError as e:
        print(repr(c), 'comments', 'ValueError', e)
for bad in ['"abc', "'abc", 'abc\\', '"a\\']:
    for posix in (True, False):
        try:
            print(shlex.split(bad, posix=posix))
        except ValueError as e:
            print(repr(bad), posix, 'ValueError:', e)
for s in ['', 'abc', 'a b', "it's", 'a$b', '-x', 'x=y', 'é', 'a@b%c+d=e:f,g./h-i', '"']:
    print(repr(shlex.quote(s)))
print(shlex.join(['ls', '-l', 'my file', "it's"]))
for src in ['a && b || c; d > e < f', 'cmd|grep x', 'echo "a;b" c;d', 'a(b)c', 'x ~/y.txt a=b *.py', '(a) # comm\n b']:
    for pc in (True, '|;', False):
        lex = shlex.shlex(src, posix=True, punctuation_chars=pc)
        lex.whitespace_split = True
        print(repr(src), repr(pc), list(lex))
        lex = shlex.shlex(src, punctuation_chars=pc)
        print(repr(src), repr(pc), 'np', list(lex))
lex = shlex.shlex('a b "c d" e;f g#h\nnext line', posix=False)
toks = []
while True:
    t = lex.get_token()
    if t == lex.eof:
        break
    toks.append((t, lex.lineno))
print(toks, repr(lex.eof))
lex = shlex.shlex('one two three', posix=True)
print(lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.get_token())
lex = shlex.shlex('x-y.z a:b', posix=True)
print(list(lex))
lex = shlex.shlex('x-y.z a:b', posix=True)
lex.wordchars += '-.:'
print(list(lex))
lex = shlex.shlex('a,b,,c', posix=True)
lex.whitespace = ','
lex.whitespace_split = True
print(list(lex))
print(lex.error_leader(), lex.error_leader('f', 3))
lex = shlex.shlex('a b', infile='conf.txt')
print(lex.error_leader(), lex.punctuation_chars, repr(shlex.shlex('', punctuation_chars=True).punctuation_chars))
print(repr(lex.wordchars), repr(shlex.shlex('', posix=True, punctuation_chars=True).wordchars))
