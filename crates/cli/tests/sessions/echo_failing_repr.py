class R:
    def __repr__(self):
        raise ValueError("no repr")

R()
_
5
_
