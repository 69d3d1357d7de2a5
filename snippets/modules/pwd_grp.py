# pwd and grp: struct sequences of the password and group databases (only
# what every Linux machine shares is printed), CPython's argument checks and
# messages, and a lookup error shown without a frame of the module.
import pwd, grp
p = pwd.getpwuid(0)
print(type(p), p[0], p.pw_uid, p.pw_gid, len(p), p[2:4], isinstance(p, tuple))
print(p == pwd.getpwnam("root"), p in pwd.getpwall(), type(pwd.getpwall()))
print(pwd.struct_passwd.n_fields, pwd.struct_passwd.__module__, pwd.struct_passwd.__mro__)
print(pwd.struct_passwd.__doc__)
g = grp.getgrgid(0)
print(type(g), g.gr_name, g[2], type(g.gr_mem), len(g), g == grp.getgrnam("root"))
print(all(type(e) is grp.struct_group for e in grp.getgrall()))
for f in [lambda: pwd.getpwuid(99999), lambda: pwd.getpwuid(-1), lambda: pwd.getpwuid(-5),
          lambda: pwd.getpwuid(2**40), lambda: pwd.getpwuid('x'), lambda: pwd.getpwnam('nouser'),
          lambda: pwd.getpwnam(5), lambda: pwd.getpwnam('a\0b'), lambda: pwd.getpwuid(1.5),
          lambda: grp.getgrgid(99999), lambda: grp.getgrnam('nog'), lambda: pwd.getpwnam(),
          lambda: pwd.getpwuid(2**32-1), lambda: grp.getgrgid(-5), lambda: grp.getgrgid(2**64),
          lambda: grp.getgrgid('x'), lambda: grp.getgrnam(5), lambda: pwd.getpwuid(0, 1),
          lambda: pwd.getpwall(1), lambda: pwd.getpwnam(name='root'), lambda: grp.getgrgid(2**32),
          lambda: grp.getgrgid(), lambda: grp.getgrgid(gid=0, id=1), lambda: grp.getgrall(1),
          lambda: pwd.struct_passwd((1, 2))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e))
print(pwd.struct_passwd(("a", "b", 1, 2, "c", "d", "e")))
pwd.getpwnam("no such user")
