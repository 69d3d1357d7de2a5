# json errors show its frames at CPython's line numbers.
import json
import traceback

for doc in ["{bad json}", "", "[1,", '{"a" 1}', "[1] x"]:
    try:
        json.loads(doc)
    except json.JSONDecodeError:
        traceback.print_exc()
try:
    json.dumps({"a": [1, {2}]})
except TypeError:
    traceback.print_exc()
print(json.loads(' [1, 2] '), json.dumps({"k": None}))
json.loads("{")
