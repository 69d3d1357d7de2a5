# Repair text that was decoded with the wrong codec.
original = "Cr\u00e8me br\u00fbl\u00e9e \u2014 na\u00efve"
garbled = original.encode("utf-8").decode("latin-1")
print(garbled.encode("ascii", "backslashreplace"))
fixed = garbled.encode("latin-1").decode("utf-8")
print(fixed == original, len(garbled), len(fixed))
def looks_garbled(s):
    return any(0xC2 <= b <= 0xF4 for b in s.encode("latin-1", "ignore"))
print(looks_garbled(garbled), looks_garbled("plain ascii"))
