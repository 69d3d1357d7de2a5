import base64

for bad in ["a", "abcde", 5, "\u00e9"]:
    try:
        base64.b64decode(bad)
    except Exception as e:
        print(type(e).__name__, e)
base64.b64decode("abc")
