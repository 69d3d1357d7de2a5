# Keyword-only parameters after * and after *args.
def connect(host, *, port=80, timeout):
    return f"{host}:{port} (timeout {timeout})"

print(connect("example.org", timeout=5))
print(connect("localhost", port=8080, timeout=1.5))

def log(*messages, sep=" ", level="INFO"):
    return f"[{level}] " + sep.join(messages)

print(log("disk", "full"))
print(log("a", "b", sep="|", level="WARN"))

try:
    connect("h")
except TypeError as e:
    print("TypeError:", e)
try:
    connect("h", 1, timeout=2)
except TypeError as e:
    print("TypeError:", e)
try:
    connect("h", timeout=1, retries=3)
except TypeError as e:
    print("TypeError:", e)
