import errno
print(errno.ENOENT, errno.EINVAL, errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLOCK)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
print(len(errno.errorcode), list(errno.errorcode.items())[:5])
print(sorted(n for n in dir(errno) if n.startswith("E"))[:8])
print(errno.errorcode[errno.ENOENT], errno.ENOTSUP == errno.EOPNOTSUPP)
