import shlex
print(shlex.split('a "b" c'))
shlex.split('echo "unterminated')
