import this
import codecs

print(len(this.s), this.c, this.i, len(this.d), this.d['a'], this.d['N'])
print(codecs.decode(this.s, 'rot13').splitlines()[2])
