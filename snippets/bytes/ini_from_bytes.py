# Read an INI-style configuration from bytes into nested dicts.
raw = b"""; comment line
[server]
host = 0.0.0.0
port=8080

[paths]
root = /srv/www   
  logs = /var/log/app
# another comment
"""
config, section = {}, None
for lineno, line in enumerate(raw.splitlines(), 1):
    line = line.strip()
    if not line or line[:1] in b";#":
        continue
    if line.startswith(b"[") and line.endswith(b"]"):
        section = config.setdefault(line[1:-1].decode(), {})
        continue
    key, eq, value = line.partition(b"=")
    if not eq:
        print("line %d: no '='" % lineno)
        continue
    section[key.strip().decode()] = value.strip().decode()
print(config)
print(int(config["server"]["port"]) + 1, config["paths"]["root"].split("/"))
