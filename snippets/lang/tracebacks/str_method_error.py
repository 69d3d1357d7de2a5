# An uncaught error from a str method called deep inside a helper.
def parse_header(line):
    key, value = line.split(":", 1)
    return key.strip().lower(), value.strip()

headers = ["Host: example.org", "Accept: */*", "broken header"]
for h in headers:
    print(parse_header(h))
