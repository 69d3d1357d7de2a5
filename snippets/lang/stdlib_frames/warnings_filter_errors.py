# Bad arguments to warnings' filter functions and json's encoder fail at
# CPython's lines of warnings.py and json/encoder.py.
import json
import traceback
import warnings

cases = [
    lambda: warnings.filterwarnings("bogus"),
    lambda: warnings.filterwarnings("error", message=5),
    lambda: warnings.filterwarnings("error", category=5),
    lambda: warnings.filterwarnings("error", category=int),
    lambda: warnings.filterwarnings("ignore", lineno=-1),
    lambda: warnings.simplefilter("bogus"),
    lambda: warnings.simplefilter("ignore", lineno="x"),
    lambda: json.dumps([1], separators=5),
]
for case in cases:
    try:
        case()
    except (AssertionError, TypeError):
        traceback.print_exc()
warnings.filterwarnings("ignore", message="skip")
warnings.warn("skip me")
print(json.dumps({"a": [1, 2]}, indent=1, separators=(",", ": ")))
warnings.simplefilter("nope")
