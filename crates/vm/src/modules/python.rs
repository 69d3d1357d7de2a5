//! The standard-library modules pyview writes in Python, kept as source
//! files under `py/` and compiled when first imported (a traceback through
//! one names `/usr/lib/python3.11/NAME.py`, with pyview's own line numbers
//! and lines):
//!
//! - `abc`: `ABC`, `ABCMeta` (virtual subclasses through `register`,
//!   `__subclasshook__`, caches), `abstractmethod` and the deprecated
//!   `abstractclassmethod`/`abstractstaticmethod`/`abstractproperty` (as
//!   functions: pyview cannot subclass the built-in descriptors yet),
//!   `get_cache_token`, `update_abstractmethods`. The instantiation check
//!   is native (`object.__new__` reads `__abstractmethods__`).
//! - `enum`: `Enum`, `IntEnum`, `StrEnum`, `Flag`, `IntFlag`, `ReprEnum`,
//!   `auto`, `unique`, `member`, `nonmember`, `property`, the flag
//!   boundaries and the functional API.
//! - `dataclasses`: `dataclass` with every 3.11 option, `field`, `Field`,
//!   `fields`, `asdict`, `astuple`, `replace`, `make_dataclass`,
//!   `is_dataclass`, `InitVar`, `KW_ONLY`, `MISSING`,
//!   `FrozenInstanceError`; the special methods are generated as source
//!   (as CPython does) so that argument errors and tracebacks match.
//! - `copy`: `copy`, `deepcopy` (with `__copy__`, `__deepcopy__`, the memo
//!   for cycles, `__getnewargs__`, `__getstate__`/`__setstate__`), `Error`.
//! - `pickle` over `_pickle`: the pickler writes CPython's C pickler's
//!   bytes at protocols 0-5 (framing, memo, batches, globals with the
//!   Python 2 names of `_compat_pickle`, the reduce protocol), the
//!   unpickler reads every opcode; tracebacks leave out `_pickle`'s
//!   frames. `copyreg`: the dispatch table, the extension registry and
//!   the helpers `object.__reduce_ex__` calls.
//! - `codecs` over `_codecs` (the registry, C in CPython, so tracebacks
//!   leave out its frames): `lookup`/`CodecInfo`, `encode`/`decode` of the
//!   text encodings and of hex, base64, zlib, quopri and rot13, the
//!   incremental coders (split multi-byte sequences wait for the rest),
//!   `iterencode`/`iterdecode`, stream readers and writers, `open`, the
//!   BOM constants, `escape_encode`/`escape_decode` and the error handler
//!   registry (a registered handler runs for `codecs.encode`/`decode`,
//!   not for the native `str.encode`).
//! - `typing`: the special forms, the aliases of the collection types with
//!   CPython's reprs, `TypeVar`, `Generic`, `Protocol`, `NamedTuple`,
//!   `TypedDict`, `NewType`, `cast`, `overload`, `get_type_hints` and the
//!   rest of what annotated code imports; the `collections.abc` classes
//!   are the origins of the abstract aliases (`Iterable`, `Mapping`...).
//! - `_collections_abc`, which `collections` installs as `collections.abc`:
//!   the container ABCs with their mixin methods, knowing the built-in
//!   types by registration and user classes by their methods.
//! - `pydoc`: `help()`'s plain-text pages (`render_doc`, `TextDoc`,
//!   `describe`, `getdoc`, `Helper`): signatures, docstrings, a class's
//!   attributes by kind and defining class, a module's classes, functions
//!   and data. No interactive utility, keyword or topic pages.
//! - `inspect`: `signature` with `Signature`, `Parameter` and
//!   `BoundArguments` (of Python functions, methods, classes and callable
//!   instances; built-ins have none), the `is*` predicates, `getmembers`,
//!   `getdoc`/`cleandoc`, `currentframe`, `stack`, `getframeinfo`.
//! - `queue`: `Queue`, `LifoQueue`, `PriorityQueue`, `SimpleQueue`,
//!   `Empty`, `Full`; single-threaded, so a wait no timeout ends raises
//!   RuntimeError (a timed one sleeps, then raises `Empty`/`Full`).
//! - `heapq` (`merge`, `nlargest`, `nsmallest` over the native `_heapq`
//!   functions), `bisect` (the native `_bisect` functions under their
//!   aliases), `string` (constants, `capwords`, `Template`) and `keyword`.
//! - `textwrap`: `wrap`, `fill`, `shorten`, `dedent`, `indent` and
//!   `TextWrapper` with every option; words break where CPython's do
//!   (hyphenated words, em-dashes), found by a scanner rather than
//!   CPython's `wordsep_re`.
//! - `xdrlib` (deprecated in 3.11, and warns so on import): `Packer`,
//!   `Unpacker`, `Error`, `ConversionError`.
//! - `subprocess`: `run`, `Popen` and the helpers over the native
//!   `_pyview_subprocess`, with CPython's messages and frame lines.
//! - `pwd`, `grp`: the password and group databases read from `/etc`,
//!   as struct-sequence tuples.
//! - `signal`: the numbers of the native `_signal` as `Signals` members,
//!   `SIG_DFL`/`SIG_IGN` as `Handlers` members, and `signal`/`getsignal`
//!   answering those.
//! - `pprint`: `pprint`, `pformat`, `pp`, `saferepr`, `isreadable`,
//!   `isrecursive` and `PrettyPrinter` with every option; CPython's line
//!   breaking of the built-in containers, strings, bytes, dataclasses and
//!   the `collections` types, and its recursion markers.
//! - `unittest`: `TestCase` with CPython's assert messages and diffs,
//!   `subTest`, fixtures, skips, suites, the loader, the text runner,
//!   `main` and `IsolatedAsyncioTestCase`; failure tracebacks drop its own frames (by file name, where
//!   CPython looks for `__unittest` in a frame's globals).
//! - `difflib`: `SequenceMatcher`, `Differ`/`ndiff`, `unified_diff`,
//!   `context_diff`, `get_close_matches` (no `HtmlDiff`).
//! - `weakref` and `_weakref`: `ref`, `proxy`, `WeakMethod`, the weak
//!   dictionaries, `WeakSet` and `finalize` over the native handles of
//!   `_pyview_weakref` (see `modules::weakref`).
//! - `logging`: loggers in the dotted-name hierarchy, `basicConfig`, the
//!   stream, file and null handlers, the last-resort handler, formatters
//!   in the three styles, filters, `LoggerAdapter`, `captureWarnings` and
//!   `shutdown` at exit; the caller's file, line and function come from
//!   `sys._getframe`. A package: `logging.handlers` (rotating, memory and
//!   queue handlers) and `logging.config` (`dictConfig`) load on import.
//! - `numbers`: the ABC tower `Number`, `Complex`, `Real`, `Rational`,
//!   `Integral` with their mixin methods; `complex`, `float` and `int`
//!   are registered.
//! - `fractions`: `Fraction` from ints, floats, strings and Rationals,
//!   `limit_denominator`, `from_float`, arithmetic mixed with int, float
//!   and complex, comparisons, hashes equal to the int/float hash,
//!   rounding (no `decimal`, so no `from_decimal`).
//! - `csv` over `_csv`: CPython's reader state machine and writer quoting
//!   rules, dialects, `DictReader`/`DictWriter` (no `Sniffer`).
//! - `cmath`: CPython's formulas over `math` for finite arguments.
//! - `decimal`: `Decimal` and `Context` as CPython's C `_decimal` computes
//!   and prints them (see the module's docstring for what is left out).
//! - `statistics`: averages, spreads, quantiles, covariance, correlation,
//!   linear regression and `NormalDist`, exact as CPython's (no `Decimal`).
//! - `base64`: the Base64, Base32, Base16, Base85 and Ascii85 codecs over
//!   the native `binascii`, with CPython's messages.
//! - `hashlib`: names the native `_hashlib` and `_blake2` constructors and
//!   defines `new` (CPython's `__hash_new`, with its fallback and frames),
//!   `algorithms_guaranteed`, `algorithms_available` and `file_digest`.
//! - `json` (a package: `json/__init__.py`, `json.decoder`, `json.encoder`,
//!   `json.scanner`): `dump`, `dumps`, `load`, `loads`, `JSONEncoder`,
//!   `JSONDecoder` and `JSONDecodeError` over the native scanner and
//!   encoder of `_json`; `json.dump`'s chunks come from a Python
//!   generator, as CPython's do.
//! - `os` and `posixpath` (`os.path`): constants, directory and path
//!   functions over the native `posix`, under the host's file sandbox.
//! - `random`: `Random` over the native Mersenne Twister of `_random`
//!   (seeded outputs are CPython's bit for bit: the same draws in the same
//!   order, the same float arithmetic), `SystemRandom`, and the
//!   module-level functions bound to a hidden instance.
//! - `datetime`, the public names of `_datetime`: `date`, `time`,
//!   `datetime`, `timedelta`, `tzinfo`, `timezone` with the C module's
//!   messages, reprs and rounding, over the native `time` (local time)
//!   and `_set_type_name` (the names its classes have in messages);
//!   tracebacks leave out its frames, as CPython's module is C. `_strptime` reads `datetime.strptime`'s
//!   formats, as CPython's Python module of that name does.
//! - `asyncio`: a single-threaded event loop (`run`, `sleep`, `gather`,
//!   tasks, futures, `wait_for`, `wait`, queues, locks, events,
//!   semaphores, `timeout`) over coroutines; no I/O or threads.
//! - `contextvars` over `_contextvars`: `ContextVar`, `Token`, `Context`
//!   (with its mapping methods and `run`) and `copy_context`; tracebacks
//!   leave out its frames, as CPython's module is C.
//! - `gzip`: `compress`, `decompress` (every member, CPython's header
//!   checks and messages) and `BadGzipFile`, over `zlib`.
//! - `re`: the pattern parser (CPython's messages and positions), the
//!   compiler to the instructions of the native `_sre` matcher, the
//!   flags, `Pattern`, `Match` and the module functions.
//! - `tempfile`, `shutil`, `glob`, `fnmatch`, `stat`, `pathlib`: the file
//!   system modules over `os` (so every call keeps to the host's file
//!   sandbox); `pathlib` carries CPython's line numbers for tracebacks.
//! - `argparse`: `ArgumentParser` with groups, mutually exclusive groups,
//!   parents, subparsers, every built-in action, custom `Action`s, nargs,
//!   types, choices, `FileType`, `parse_known_args` and the intermixed
//!   variants; help and usage wrapped as CPython's formatters wrap them
//!   (the width from `COLUMNS`, else 80), CPython's error messages and
//!   exit status 2; tracebacks from a bad `add_argument` or a parse
//!   error (`exit_on_error=False`) carry CPython's line numbers.
//! - `shlex`: `split`, `join`, `quote` and the `shlex` lexer (posix and
//!   compatibility modes, `punctuation_chars`, `whitespace_split`).
//! - `getopt`: `getopt`, `gnu_getopt`, `GetoptError`; both modules carry
//!   CPython's line numbers where their errors are raised.
//! - `_thread` and `threading`: threads that run to completion when
//!   started (pyview cannot run two frames at once or suspend one that is
//!   not a generator), so `current_thread()` inside one is that thread;
//!   `Timer`s wait until joined, waited on or the program ends; locks,
//!   `RLock`, `Condition`, `Semaphore`, `Event`, `Barrier`, `local`,
//!   `excepthook` with CPython's report and line numbers. A wait only
//!   another thread could end waits out its timeout, or raises
//!   RuntimeError without one.
//! - `concurrent.futures` (a package: `_base`, `thread`, `process`):
//!   `Future`, `wait`, `as_completed` and executors that run each call
//!   when it is submitted, in a worker thread named as CPython's
//!   (`ProcessPoolExecutor` runs them in this process).
//! - `timeit`: `Timer`, `timeit`, `repeat`, `default_timer`, with
//!   CPython's `<timeit-src>` template (no command line).
//! - `hmac`: RFC 2104 over `hashlib`'s hash objects (`new`, `HMAC`,
//!   `digest`), and the native `_hashlib.compare_digest`.
//! - `marshal` (frames hidden, as CPython's is C): CPython 3.11's format
//!   at versions 0-4, FLAG_REF and back references as a literal's
//!   objects would have them (see the module's docstring); no code
//!   objects.
//! - `uuid`: `UUID`, `uuid1` (random node), `uuid3`, `uuid4`, `uuid5`,
//!   the namespaces, `SafeUUID`.
//! - `secrets`, `reprlib` (`Repr`, `repr`, `recursive_repr`), `html` (a
//!   package: `escape`, `unescape` with the HTML 4 entities and HTML 5's
//!   rules; `html.entities` without the `html5` table),
//!   `colorsys`, `graphlib` (`TopologicalSorter`, `CycleError`) and
//!   `this`.
//! - `urllib` (a package) with `urllib.parse`: `urlparse`/`urlsplit` and
//!   their inverses, `urljoin`, `urldefrag`, the result types, the
//!   quoting functions, `urlencode`, `parse_qs`/`parse_qsl`.

/// The Python-written packages whose submodules are loaded on import
/// (`import logging.handlers`), not made with the package (as `json`'s).
pub(crate) const PACKAGES: &[&str] = &[
    "logging",
    "concurrent",
    "concurrent.futures",
    "urllib",
    "html",
    "re",
];

/// The source of the Python-written module `name`, if it is one.
pub(crate) fn source(name: &str) -> Option<&'static str> {
    Some(match name {
        "abc" => include_str!("py/abc.py"),
        "asyncio" => include_str!("py/asyncio.py"),
        "enum" => include_str!("py/enum.py"),
        "dataclasses" => include_str!("py/dataclasses.py"),
        "copy" => include_str!("py/copy.py"),
        "copyreg" => include_str!("py/copyreg.py"),
        "pickle" => include_str!("py/pickle.py"),
        "_pickle" => include_str!("py/_pickle.py"),
        "_compat_pickle" => include_str!("py/_compat_pickle.py"),
        "_codecs" => include_str!("py/_codecs.py"),
        "codecs" => include_str!("py/codecs.py"),
        "hmac" => include_str!("py/hmac.py"),
        "marshal" => include_str!("py/marshal.py"),
        "uuid" => include_str!("py/uuid.py"),
        "secrets" => include_str!("py/secrets.py"),
        "reprlib" => include_str!("py/reprlib.py"),
        "html" => include_str!("py/html/__init__.py"),
        "html.entities" => include_str!("py/html/entities.py"),
        "colorsys" => include_str!("py/colorsys.py"),
        "graphlib" => include_str!("py/graphlib.py"),
        "this" => include_str!("py/this.py"),
        "numpy" => include_str!("py/numpy.py"),
        "pwd" => include_str!("py/pwd.py"),
        "subprocess" => include_str!("py/subprocess.py"),
        "grp" => include_str!("py/grp.py"),
        "urllib" => include_str!("py/urllib/__init__.py"),
        "urllib.parse" => include_str!("py/urllib/parse.py"),
        "typing" => include_str!("py/typing.py"),
        "heapq" => include_str!("py/heapq.py"),
        "queue" => include_str!("py/queue.py"),
        "threading" => include_str!("py/threading.py"),
        "_thread" => include_str!("py/_thread.py"),
        "timeit" => include_str!("py/timeit.py"),
        "concurrent" => include_str!("py/concurrent/__init__.py"),
        "concurrent.futures" => include_str!("py/concurrent/futures/__init__.py"),
        "concurrent.futures._base" => include_str!("py/concurrent/futures/_base.py"),
        "concurrent.futures.thread" => include_str!("py/concurrent/futures/thread.py"),
        "concurrent.futures.process" => include_str!("py/concurrent/futures/process.py"),
        "bisect" => include_str!("py/bisect.py"),
        "random" => include_str!("py/random.py"),
        "re" => include_str!("py/re.py"),
        "string" => include_str!("py/string.py"),
        "keyword" => include_str!("py/keyword.py"),
        "base64" => include_str!("py/base64.py"),
        "datetime" => include_str!("py/datetime.py"),
        "_datetime" => include_str!("py/_datetime.py"),
        "_strptime" => include_str!("py/_strptime.py"),
        "textwrap" => include_str!("py/textwrap.py"),
        "xdrlib" => include_str!("py/xdrlib.py"),
        "signal" => include_str!("py/signal.py"),
        "pprint" => include_str!("py/pprint.py"),
        "difflib" => include_str!("py/difflib.py"),
        "unittest" => include_str!("py/unittest.py"),
        "logging" => include_str!("py/logging/__init__.py"),
        "logging.handlers" => include_str!("py/logging/handlers.py"),
        "logging.config" => include_str!("py/logging/config.py"),
        "weakref" => include_str!("py/weakref.py"),
        "_weakref" => include_str!("py/_weakref.py"),
        "numbers" => include_str!("py/numbers.py"),
        "fractions" => include_str!("py/fractions.py"),
        "statistics" => include_str!("py/statistics.py"),
        "csv" => include_str!("py/csv.py"),
        "decimal" => include_str!("py/decimal.py"),
        "cmath" => include_str!("py/cmath.py"),
        "_csv" => include_str!("py/_csv.py"),
        "hashlib" => include_str!("py/hashlib.py"),
        "inspect" => include_str!("py/inspect.py"),
        "pydoc" => include_str!("py/pydoc.py"),
        "__future__" => include_str!("py/__future__.py"),
        "io" => include_str!("py/io.py"),
        "os" => include_str!("py/os.py"),
        "posixpath" => include_str!("py/posixpath.py"),
        "tempfile" => include_str!("py/tempfile.py"),
        "shutil" => include_str!("py/shutil.py"),
        "glob" => include_str!("py/glob.py"),
        "fnmatch" => include_str!("py/fnmatch.py"),
        "stat" => include_str!("py/stat.py"),
        "pathlib" => include_str!("py/pathlib.py"),
        "argparse" => include_str!("py/argparse.py"),
        "shlex" => include_str!("py/shlex.py"),
        "getopt" => include_str!("py/getopt.py"),
        "_collections_abc" => include_str!("py/_collections_abc.py"),
        "contextvars" => include_str!("py/contextvars.py"),
        "gzip" => include_str!("py/gzip.py"),
        "_contextvars" => include_str!("py/_contextvars.py"),
        "json" => include_str!("py/json/__init__.py"),
        "json.scanner" => include_str!("py/json/scanner.py"),
        "json.decoder" => include_str!("py/json/decoder.py"),
        "json.encoder" => include_str!("py/json/encoder.py"),
        _ => return None,
    })
}
