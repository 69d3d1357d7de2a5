# contextvars: ContextVar get/set/reset, Token, copy_context, Context.run
# and the Context mapping.
import contextvars
from contextvars import ContextVar, Context, Token, copy_context


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        text = str(e)
        print(type(e).__name__, text if " at 0x" not in text else "...")


print(ContextVar, Token, Context, Token.MISSING)
print(contextvars.__all__)
request = ContextVar("request", default="none")
user = ContextVar("user")
print(request.name, request.get(), user.get("anonymous"))
show(lambda: user.get())
show(lambda: ContextVar(5))
show(lambda: ContextVar())
show(lambda: request.reset(5))
show(lambda: user.get(1, 2))

tok = user.set("alice")
print(tok.var is user, tok.old_value, user.get())
tok2 = user.set("bob")
print(tok2.old_value, user.get())
user.reset(tok2)
print(user.get())
show(lambda: user.reset(tok2))
show(lambda: request.reset(tok))
user.reset(tok)
print(user.get("gone"))

user.set("carol")
ctx = copy_context()
print(user in ctx, len(ctx), ctx[user], ctx.get(request, "default"))
print(sorted(v.name for v in ctx), list(ctx.values()), [(k.name, v) for k, v in ctx.items()])
show(lambda: ctx[5])
show(lambda: ctx[request])
show(lambda: 5 in ctx)


def work(name):
    user.set(name)
    request.set("r-" + name)
    return user.get(), request.get()


print(ctx.run(work, "dave"))
print(user.get(), request.get())
print(ctx[user], ctx[request])
print(Context().run(work, "erin"), user.get())
show(lambda: ctx.run(lambda: ctx.run(print)))
show(lambda: ctx.run())
fresh = Context()
print(len(fresh), list(fresh), fresh.get(user))
show(lambda: Context(1))
show(lambda: Token())
tok = user.set("frank")
show(lambda: Context().run(user.reset, tok))
show(lambda: setattr(user, "name", "x"))
show(lambda: type("Sub", (ContextVar,), {}))
print(ContextVar[int], Context() == Context(), ctx == ctx.copy())


def nested():
    inner = copy_context()
    user.set("inner")
    return inner[user], user.get()


print(copy_context().run(nested), user.get())
