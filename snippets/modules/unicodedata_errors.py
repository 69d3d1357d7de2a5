# unicodedata's errors, with CPython's messages.
import unicodedata


def show(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: unicodedata.name("ab"))
show(lambda: unicodedata.name(""))
show(lambda: unicodedata.name(5))
show(lambda: unicodedata.name("\x00"))
show(lambda: unicodedata.name("\x00", "default"))
show(lambda: unicodedata.name(c="a"))
show(lambda: unicodedata.category("ab"))
show(lambda: unicodedata.combining(1))
show(lambda: unicodedata.decimal("a"))
show(lambda: unicodedata.digit("a"))
show(lambda: unicodedata.numeric("a"))
show(lambda: unicodedata.decimal("\u00bd"))
show(lambda: unicodedata.digit("\u00bd"))
show(lambda: unicodedata.digit("\u2460"))
show(lambda: unicodedata.decimal("\u2460", -1))
show(lambda: unicodedata.numeric("a", "none"))
show(lambda: unicodedata.lookup("NOT A REAL NAME"))
show(lambda: unicodedata.lookup("x" * 300))
show(lambda: unicodedata.lookup(5))
show(lambda: unicodedata.lookup(name="SNOWMAN"))
show(lambda: unicodedata.normalize("NFX", "a"))
show(lambda: unicodedata.normalize("NFC", 5))
show(lambda: unicodedata.normalize("NFC"))
show(lambda: unicodedata.is_normalized("nfc", "a"))
unicodedata.lookup("LATIN SMALL LETTER SCHWA WITH NOTHING")
