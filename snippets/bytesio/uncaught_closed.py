# Reading a closed BytesIO outside try/except ends the script with a traceback.
import io

def load(stream):
    with stream:
        header = stream.read(4)
    return header, stream.read()

print(load(io.BytesIO(b'HEADbody')))
