# base64: Base64/32/16/85 and Ascii85 round trips over any buffer, and their errors.
import array
import base64
import binascii
from _attempt import attempt

data = b'\x00\x01\xfe\xffpyview!'
print(base64.b64encode(data), base64.standard_b64encode(data), base64.urlsafe_b64encode(data))
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('-_8=', altchars='-_'))
print(base64.b64decode(b'AAH+/3B5dmlldyE='), base64.urlsafe_b64decode('AAH-_3B5dmlldyE='))
print(base64.b64decode('cHl2 aWV3\n'), base64.standard_b64decode(b'cHl2aWV3'))
print(base64.b32encode(data), base64.b32decode('OB4XM2LFO4======'))
print(base64.b32decode('ob4xm2lfo4======', casefold=True), base64.b32decode('O1======', map01='L'))
print(base64.b32hexencode(b'pyview'), base64.b32hexdecode('E1SNCQB5ES======'))
print(base64.b16encode(data), base64.b16decode('70797669657721'), base64.b16decode('cafe', casefold=True))
print(base64.b85encode(data), base64.b85decode(base64.b85encode(data)), base64.b85encode(b'abc', pad=True))
print(base64.a85encode(data), base64.a85encode(b'\0\0\0\0    ', foldspaces=True))
print(base64.a85encode(b'hello world, hello bytes', wrapcol=12, adobe=True))
print(base64.a85decode(b'<~BOu!rD]j7BEbo7~>', adobe=True), base64.a85decode(b'zy', foldspaces=True))
print(base64.encodebytes(b'x' * 60), base64.decodebytes(b'eHh4\neHh4\n'))

# Encoders take any C-contiguous buffer; decoders also take ASCII text
# and any buffer at all.
print(base64.b64encode(bytearray(b'ab')), base64.b64encode(memoryview(data)[4:]))
print(base64.b32encode(array.array('H', [1, 2])), base64.b85encode(memoryview(b'abcdef')[::2]))
print(base64.b64decode(memoryview(b'xxcHl2aWV3')[2:]), base64.b16decode(array.array('B', b'4142')))
print(base64.b64decode(memoryview(b'c-H-l-2')[::2]), base64.encodebytes(memoryview(b'abc')))

attempt(base64.b64decode, 'YQ')
attempt(base64.b64decode, 'aGVsbG8!', validate=True)
attempt(base64.b64decode, 'é')
attempt(base64.b64decode, 5)
attempt(base64.b64decode, b'-_8=', altchars=b'-_x')
attempt(base64.b64encode, 'text')
attempt(base64.b64encode, memoryview(b'abcd')[::2])
attempt(base64.b64encode, b'\xfb\xff', altchars=b'-')
attempt(base64.b32encode, 'text')
attempt(base64.b32decode, 'ME=====')
attempt(base64.b32decode, 'me======')
attempt(base64.b32decode, 'M0======')
attempt(base64.b32decode, 'MFRGGZ==')
attempt(base64.b32decode, 'M1======', map01=b'II')
attempt(base64.b16decode, 'abcd')
attempt(base64.b16decode, 'ABC')
attempt(base64.b85decode, b'ab"cd')
attempt(base64.b85decode, b'~~~~~')
attempt(base64.a85decode, b'az')
attempt(base64.a85decode, b'uuuuu')
attempt(base64.a85decode, b'87cURD~', adobe=True)
attempt(base64.a85decode, b'abc\x7f')
attempt(base64.encodebytes, 'abc')
attempt(base64.encodebytes, array.array('i', [1]))
attempt(base64.decodebytes, memoryview(b'abcd').cast('B', (2, 2)))
print(issubclass(binascii.Error, ValueError))
