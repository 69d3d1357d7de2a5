import shlex, io
for src in ['a#b c', 'a"b#c"d e', "x 'y\\' z", 'a\\"b', '"a\\"b"', "'a\\'b'", 'a\\#b', 'one\ntwo "th\nree" four', 'a=b;c', '$HOME/x ${y}', 'a\\\\b', 'é ñ', "a'b'\"c\"", '\\', '"\\', 'a"']:
    for posix in (False, True):
        lex = shlex.shlex(src, posix=posix)
        out = []
        try:
            while True:
                t = lex.get_token()
                if t == lex.eof:
                    break
                out.append((t, lex.lineno))
            print(repr(src), posix, out)
        except ValueError as e:
            print(repr(src), posix, 'ValueError', e, out)
lex = shlex.shlex(io.StringIO('from stream "q"'), posix=True)
print(list(lex), lex.infile)
lex = shlex.shlex('a b c')
lex.source = 'source'
print(lex.get_token())
lex = shlex.shlex('a|b>c', punctuation_chars='|')
print(list(lex))
lex = shlex.shlex('x && y', posix=True, punctuation_chars=True)
print(list(lex))
try:
    shlex.shlex('x', punctuation_chars=True).punctuation_chars = 'x'
except AttributeError as e:
    print('AttributeError')
print(shlex.split('a b # c d', comments=True), shlex.split('a "b # c" d', comments=True))
print(shlex.quote("a'b"), shlex.quote('a"b'), shlex.join([]), shlex.join(['', 'x y']))
