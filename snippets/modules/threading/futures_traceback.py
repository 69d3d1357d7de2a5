# An exception from a submitted call, re-raised by result() in the main
# thread: the traceback runs through the futures' frames into the call.
from concurrent.futures import ThreadPoolExecutor

def parse(text):
    return int(text)

with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(parse, t) for t in ("1", "2", "x")]
    print([f.exception() is None for f in futures])
    for f in futures:
        print(f.result())
