# platform: implementation, system and version strings.
import platform
print(platform.python_implementation(), platform.system(), platform.python_version())
print(platform.python_version_tuple())
