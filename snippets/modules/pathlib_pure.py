from pathlib import Path, PurePath, PurePosixPath, PosixPath

p = PurePosixPath('/usr/lib/python3.11/os.py')
print(p, repr(p), p.parts, p.name, p.stem, p.suffix, p.suffixes, p.anchor, p.root, repr(p.drive))
print(p.parent, p.parents, list(p.parents), p.parents[0], p.parents[-1], p.parents[1:3])
print(PurePath('a', 'b/c', '/d', 'e'), PurePath(), PurePath('a//b/./c/'), PurePath('a/../b'), PurePath('//x'), PurePath('///x'))
print(type(PurePath('a')).__name__, type(Path('a')).__name__, repr(Path('a/b')), repr(Path()))
q = PurePosixPath('a/b.tar.gz')
print(q.with_name('c.txt'), q.with_suffix('.zip'), q.with_suffix(''), q.with_stem('z'), q.suffixes, q.stem)
print(PurePosixPath('x') / 'y' / 'z', 'pre' / PurePosixPath('x'), PurePosixPath('x').joinpath('y', PurePosixPath('z')))
print(p.is_absolute(), q.is_absolute(), p.relative_to('/usr'), p.relative_to('/usr/lib', 'python3.11'), p.is_relative_to('/etc'))
print(p.match('*.py'), p.match('lib/*/*.py'), p.match('/usr/*.py'), p.match('/*/*/*/*.py'), q.match('*.gz'))
print(PurePosixPath('a') == PurePosixPath('a/'), PurePosixPath('a') == 'a', PurePosixPath('a') < PurePosixPath('b'), sorted([PurePosixPath('b'), PurePosixPath('a/c'), PurePosixPath('a')]))
print(hash(PurePosixPath('a/b')) == hash(PurePosixPath('a//b')), Path('a') == PurePosixPath('a'), {PurePosixPath('a'): 1}[PurePosixPath('a')])
print(str(PurePosixPath('.')), PurePosixPath('.').name, PurePosixPath('/').name, PurePosixPath('.bashrc').suffix, PurePosixPath('a.').suffix, PurePosixPath('a..b').suffixes)
print(PurePosixPath('/a/b').as_posix(), bytes(PurePosixPath('/a')), PurePosixPath('/a/b').as_uri())
import os
print(os.fspath(PurePosixPath('a/b')), os.path.join(PurePosixPath('a'), 'b'))
for bad in (lambda: p.relative_to('/etc'), lambda: PurePosixPath('/').with_name('x'), lambda: q.with_name('a/b'),
            lambda: q.with_suffix('zip'), lambda: q.with_suffix('.'), lambda: PurePath(1), lambda: p < 1,
            lambda: p.parents[9], lambda: p.match(''), lambda: PurePosixPath('a').relative_to()):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
PurePosixPath('a/b').with_suffix('bad')
