from contextlib import ExitStack
def cleanup(tag):
    print("cleanup", tag)
    if tag == 2:
        raise OSError("cleanup 2 failed")
with ExitStack() as st:
    for i in range(3):
        st.callback(cleanup, i)
    print("body")
