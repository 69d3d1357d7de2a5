import os
import tempfile
from pathlib import Path

base = Path(tempfile.mkdtemp())
old = Path.cwd()
os.chdir(base)
try:
    root = Path('proj')
    (root / 'src' / 'pkg').mkdir(parents=True)
    root.mkdir(exist_ok=True)
    print(root.exists(), root.is_dir(), root.is_file(), (root / 'nope').exists())
    f = root / 'src' / 'main.py'
    print(f.write_text('print("hi")\n'), f.read_text(), f.stat().st_size, f.is_file())
    b = root / 'data.bin'
    print(b.write_bytes(b'\x00\x01\x02'), b.read_bytes())
    (root / 'src' / 'pkg' / '__init__.py').touch()
    (root / 'README.md').touch()
    (root / 'README.md').touch()
    print(sorted(p.name for p in root.iterdir()))
    print(sorted(root.glob('*')))
    print(sorted(root.glob('**/*.py')), sorted(root.rglob('*.py')))
    print(sorted(root.glob('src/*')), sorted(root.glob('**')), sorted(root.glob('*/')))
    with (root / 'notes.txt').open('w') as fh:
        fh.write('one\ntwo\n')
    with (root / 'notes.txt').open() as fh:
        print(fh.readlines())
    moved = (root / 'notes.txt').rename(root / 'notes2.txt')
    print(repr(moved), moved.exists(), (root / 'notes.txt').exists())
    print(repr(moved.replace(root / 'n3.txt')))
    print(Path('proj/src/../data.bin').resolve() == (base / 'proj/data.bin').resolve(), Path('proj').absolute() == Path.cwd() / 'proj')
    print(Path('proj').resolve().is_absolute(), Path('x/y').resolve().parts[-2:])
    print(Path('proj/data.bin').samefile('proj/data.bin'))
    (root / 'n3.txt').unlink()
    (root / 'n3.txt').unlink(missing_ok=True)
    for bad in (lambda: (root / 'n3.txt').unlink(), lambda: root.mkdir(), lambda: (root / 'a' / 'b').mkdir(),
                lambda: (root / 'zz').read_text(), lambda: root.rmdir(), lambda: (root / 'zz').stat(),
                lambda: list(root.glob('')), lambda: list(root.glob('/x')), lambda: f.write_text(b'x')):
        try:
            print(bad())
        except Exception as e:
            print(type(e).__name__, e)
    link = root / 'link'
    link.symlink_to('data.bin')
    print(link.is_symlink(), link.is_file(), link.readlink(), link.lstat().st_size != link.stat().st_size or True)
    link.unlink()
    for p in sorted(root.rglob('*'), reverse=True):
        if p.is_dir():
            p.rmdir()
        else:
            p.unlink()
    root.rmdir()
    print(list(Path('.').iterdir()))
finally:
    os.chdir(old)
    base.rmdir()
print(base.exists())
Path('missing-file.txt').read_text()
