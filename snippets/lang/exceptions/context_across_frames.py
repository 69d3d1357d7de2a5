# An exception raised implicitly in a callee while the caller handles another one gets it as __context__
class ConfigError(Exception):
    pass

def load(name):
    try:
        return {'x': 1}[name]
    except KeyError as exc:
        print('context of KeyError:', repr(exc.__context__))
        raise ConfigError(f"missing key {name!r}") from exc

def main():
    try:
        load('y')
    except ConfigError as e:
        print('caught', e, repr(e.__cause__))
    try:
        int('abc')
    except ValueError:
        load('z')

main()
