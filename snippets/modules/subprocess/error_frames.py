# An uncaught error from subprocess shows CPython's frames of subprocess.py
# at their lines: a program that cannot start, from inside Popen.
import subprocess
print(subprocess.run(["false"]).returncode)
subprocess.check_output(["nonexistent_command_pyview", "arg"])
