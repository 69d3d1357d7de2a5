# raise ... from ... shows the direct-cause message between the tracebacks.
class ConfigError(Exception):
    pass

def load(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key}") from e

load({"a": 1}, "b")
