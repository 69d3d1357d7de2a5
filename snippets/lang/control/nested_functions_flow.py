# A tiny state machine driven by a dict of functions and a while loop.
def start(ch):
    return "number" if ch.isdigit() else "word" if ch.isalpha() else "start"
def number(ch):
    return "number" if ch.isdigit() else "start"
def word(ch):
    return "word" if ch.isalnum() else "start"
states = {"start": start, "number": number, "word": word}
text = "abc 123 x9 42!"
state = "start"
trace = []
i = 0
while i < len(text):
    new = states[state](text[i])
    if new != state:
        trace.append((i, new))
    state = new
    i += 1
print(trace)
print(len([s for _, s in trace if s == "word"]), len([s for _, s in trace if s == "number"]))
