# Seed: shared/seeds/002_53c1b66753fb1d6b.txt -- one example of the page, restored as its author meant it.
# random bytearray
random_byte_array = bytearray('QTIPSMAKE', 'utf-8')
print('before fixing:', random_byte_array)
mv = memoryview(random_byte_array)
# Update the index of the number 1 position of mv into U
mv[1] = 85
print('after fixing:', random_byte_array)
