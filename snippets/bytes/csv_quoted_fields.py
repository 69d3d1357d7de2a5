# A small CSV field parser over bytes that understands quoted fields.
def parse_line(line):
    fields, field, quoted, i = [], bytearray(), False, 0
    while i < len(line):
        c = line[i:i + 1]
        if quoted:
            if c == b'"' and line[i + 1:i + 2] == b'"':
                field += b'"'
                i += 1
            elif c == b'"':
                quoted = False
            else:
                field += c
        elif c == b'"':
            quoted = True
        elif c == b",":
            fields.append(bytes(field))
            field.clear()
        else:
            field += c
        i += 1
    fields.append(bytes(field))
    return fields
for line in [b'plain,fields,here', b'"quoted, comma",2', b'"say ""hi""",x', b',,', b'"unterminated']:
    print(parse_line(line))
