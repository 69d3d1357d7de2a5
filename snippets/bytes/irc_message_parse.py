# Parse IRC protocol lines: optional prefix, command, params, trailing text.
def parse(line):
    prefix = None
    if line.startswith(b":"):
        prefix, line = line[1:].split(b" ", 1)
    if b" :" in line:
        line, trailing = line.split(b" :", 1)
        params = line.split() + [trailing]
    else:
        params = line.split()
    return prefix, params[0].upper(), params[1:]
for raw in [b":nick!user@host PRIVMSG #chan :hello there :)",
            b"PING :irc.example.net",
            b"mode #chan +o nick",
            b":server 001 me :Welcome to IRC"]:
    print(parse(raw))
nick = parse(b":nick!user@host JOIN #x")[0].partition(b"!")[0]
print(nick, nick.decode())
