//! The names in the `__dict__` of CPython's built-in types, in CPython's
//! order: what `T.__dict__` lists, and which attributes a built-in base
//! defines itself (so that, in a class's MRO, it hides a later base's
//! attribute of the same name: `class X(int, Mixin)` takes `int`'s
//! `__add__`, not `Mixin`'s).
//! Covers the value types classes may derive from, `bool`, `type`,
//! `object` and `BaseException` (other exception types define little of
//! their own; they are answered by `BaseException`'s list).

use crate::value::TypeId;

/// The public names (methods, no dunders but `bytes.__bytes__`) of `t.__dict__`, in CPython's
/// order, for the types whose method lists are read from here (bytes,
/// bytearray, set, frozenset); empty for others. Built once per type.
pub fn public_names(t: TypeId) -> &'static [&'static str] {
    use std::sync::OnceLock;
    type Cell = OnceLock<Vec<&'static str>>;
    static BYTES_PUBLIC: Cell = OnceLock::new();
    static BYTEARRAY_PUBLIC: Cell = OnceLock::new();
    static SET_PUBLIC: Cell = OnceLock::new();
    static FROZENSET_PUBLIC: Cell = OnceLock::new();
    let (cell, all) = match t {
        TypeId::Bytes => (&BYTES_PUBLIC, BYTES),
        TypeId::ByteArray => (&BYTEARRAY_PUBLIC, BYTEARRAY),
        TypeId::Set => (&SET_PUBLIC, SET),
        TypeId::FrozenSet => (&FROZENSET_PUBLIC, FROZENSET),
        _ => return &[],
    };
    cell.get_or_init(|| {
        all.iter()
            .copied()
            .filter(|n| !n.starts_with("__") || *n == "__bytes__")
            .collect()
    })
}

/// The names in `t.__dict__`, in CPython's order, when known.
pub fn names(t: TypeId) -> Option<&'static [&'static str]> {
    Some(match t {
        TypeId::Int => INT,
        TypeId::Float => FLOAT,
        TypeId::Complex => COMPLEX,
        TypeId::Str => STR,
        TypeId::Bytes => BYTES,
        TypeId::ByteArray => BYTEARRAY,
        TypeId::List => LIST,
        TypeId::Tuple => TUPLE,
        TypeId::Dict => DICT,
        TypeId::Set => SET,
        TypeId::FrozenSet => FROZENSET,
        TypeId::Bool => BOOL,
        TypeId::Type => TYPE,
        TypeId::Object => OBJECT,
        TypeId::Iterator("map") => MAP,
        TypeId::Iterator("filter") => FILTER,
        TypeId::Iterator("zip") => ZIP,
        TypeId::Iterator("enumerate") => ENUMERATE,
        TypeId::Iterator("reversed") => REVERSED,
        TypeId::Iterator(
            "list_iterator" | "tuple_iterator" | "str_ascii_iterator" | "str_iterator"
            | "bytes_iterator" | "bytearray_iterator",
        ) => SEQ_ITERATOR,
        TypeId::Exception(crate::exceptions::ExcType::BaseException) => BASE_EXCEPTION,
        TypeId::Exception(e) if e.is_builtin() => exception_names(t.short_name()),
        TypeId::MemoryView => MEMORYVIEW,
        TypeId::Range => RANGE,
        TypeId::Slice => SLICE,
        TypeId::Property => PROPERTY,
        TypeId::Native(crate::objects::descriptor::TUPLEGETTER_TYPE) => TUPLEGETTER,
        _ => return None,
    })
}

/// What `dir()` of built-in type `t` or of its values lists, unsorted and
/// with repeats: the names in the `__dict__` of each type in its MRO.
/// `None` for the types whose names are not known here.
pub fn dir_names(t: TypeId) -> Option<Vec<&'static str>> {
    use crate::exceptions::ExcType;
    let mut out: Vec<&'static str> = OBJECT.to_vec();
    match t {
        TypeId::Object => {}
        TypeId::Bool => out.extend(BOOL.iter().chain(INT)),
        TypeId::MemoryView => out.extend(MEMORYVIEW),
        TypeId::Range => out.extend(RANGE),
        TypeId::Slice => out.extend(SLICE),
        TypeId::NoneType => out.extend(NONE),
        TypeId::Exception(e) => {
            out.extend(BASE_EXCEPTION);
            if e.is_subclass(ExcType::BaseExceptionGroup) {
                out.extend(["__class_getitem__", "derive", "split", "subgroup"]);
                out.extend(["message", "exceptions"]);
                if e == ExcType::ExceptionGroup {
                    out.extend(["__module__", "__weakref__"]);
                }
            } else if e.is_subclass(ExcType::UnicodeError) && e != ExcType::UnicodeError {
                out.extend(["encoding", "object", "start", "end", "reason"]);
            } else {
                out.extend(crate::exceptions::slot_fields(e));
            }
        }
        t => out.extend(names(t)?),
    }
    Some(out)
}

/// Whether `object` defines `name` (which it then gives every type
/// before the type's metaclass could).
pub fn defines_object(name: &str) -> bool {
    OBJECT.contains(&name)
}

/// Whether built-in base `t` (with its built-in bases other than
/// `object`) defines `name`: an attribute found there before any base
/// that follows it in an MRO.
pub fn defines(t: TypeId, name: &str) -> bool {
    let has = |t: TypeId| names(t).is_some_and(|ns| ns.contains(&name));
    match t {
        TypeId::Object => false,
        TypeId::Bool => has(TypeId::Bool) || has(TypeId::Int),
        TypeId::Exception(_) => has(TypeId::Exception(crate::exceptions::ExcType::BaseException)),
        t => has(t),
    }
}

const INT: &[&str] = &[
    "__new__",
    "__repr__",
    "__hash__",
    "__getattribute__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__add__",
    "__radd__",
    "__sub__",
    "__rsub__",
    "__mul__",
    "__rmul__",
    "__mod__",
    "__rmod__",
    "__divmod__",
    "__rdivmod__",
    "__pow__",
    "__rpow__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__bool__",
    "__invert__",
    "__lshift__",
    "__rlshift__",
    "__rshift__",
    "__rrshift__",
    "__and__",
    "__rand__",
    "__xor__",
    "__rxor__",
    "__or__",
    "__ror__",
    "__int__",
    "__float__",
    "__floordiv__",
    "__rfloordiv__",
    "__truediv__",
    "__rtruediv__",
    "__index__",
    "conjugate",
    "bit_length",
    "bit_count",
    "to_bytes",
    "from_bytes",
    "as_integer_ratio",
    "__trunc__",
    "__floor__",
    "__ceil__",
    "__round__",
    "__getnewargs__",
    "__format__",
    "__sizeof__",
    "real",
    "imag",
    "numerator",
    "denominator",
    "__doc__",
];

const FLOAT: &[&str] = &[
    "__new__",
    "__repr__",
    "__hash__",
    "__getattribute__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__add__",
    "__radd__",
    "__sub__",
    "__rsub__",
    "__mul__",
    "__rmul__",
    "__mod__",
    "__rmod__",
    "__divmod__",
    "__rdivmod__",
    "__pow__",
    "__rpow__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__bool__",
    "__int__",
    "__float__",
    "__floordiv__",
    "__rfloordiv__",
    "__truediv__",
    "__rtruediv__",
    "conjugate",
    "__trunc__",
    "__floor__",
    "__ceil__",
    "__round__",
    "as_integer_ratio",
    "fromhex",
    "hex",
    "is_integer",
    "__getnewargs__",
    "__getformat__",
    "__format__",
    "real",
    "imag",
    "__doc__",
];

const COMPLEX: &[&str] = &[
    "__new__",
    "__repr__",
    "__hash__",
    "__getattribute__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__add__",
    "__radd__",
    "__sub__",
    "__rsub__",
    "__mul__",
    "__rmul__",
    "__pow__",
    "__rpow__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__bool__",
    "__truediv__",
    "__rtruediv__",
    "conjugate",
    "__complex__",
    "__getnewargs__",
    "__format__",
    "real",
    "imag",
    "__doc__",
];

const STR: &[&str] = &[
    "__new__",
    "__repr__",
    "__hash__",
    "__str__",
    "__getattribute__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__iter__",
    "__mod__",
    "__rmod__",
    "__len__",
    "__getitem__",
    "__add__",
    "__mul__",
    "__rmul__",
    "__contains__",
    "encode",
    "replace",
    "split",
    "rsplit",
    "join",
    "capitalize",
    "casefold",
    "title",
    "center",
    "count",
    "expandtabs",
    "find",
    "partition",
    "index",
    "ljust",
    "lower",
    "lstrip",
    "rfind",
    "rindex",
    "rjust",
    "rstrip",
    "rpartition",
    "splitlines",
    "strip",
    "swapcase",
    "translate",
    "upper",
    "startswith",
    "endswith",
    "removeprefix",
    "removesuffix",
    "isascii",
    "islower",
    "isupper",
    "istitle",
    "isspace",
    "isdecimal",
    "isdigit",
    "isnumeric",
    "isalpha",
    "isalnum",
    "isidentifier",
    "isprintable",
    "zfill",
    "format",
    "format_map",
    "__format__",
    "maketrans",
    "__sizeof__",
    "__getnewargs__",
    "__doc__",
];

const BYTES: &[&str] = &[
    "__new__",
    "__repr__",
    "__hash__",
    "__str__",
    "__getattribute__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__iter__",
    "__mod__",
    "__rmod__",
    "__len__",
    "__getitem__",
    "__add__",
    "__mul__",
    "__rmul__",
    "__contains__",
    "__getnewargs__",
    "__bytes__",
    "capitalize",
    "center",
    "count",
    "decode",
    "endswith",
    "expandtabs",
    "find",
    "fromhex",
    "hex",
    "index",
    "isalnum",
    "isalpha",
    "isascii",
    "isdigit",
    "islower",
    "isspace",
    "istitle",
    "isupper",
    "join",
    "ljust",
    "lower",
    "lstrip",
    "maketrans",
    "partition",
    "replace",
    "removeprefix",
    "removesuffix",
    "rfind",
    "rindex",
    "rjust",
    "rpartition",
    "rsplit",
    "rstrip",
    "split",
    "splitlines",
    "startswith",
    "strip",
    "swapcase",
    "title",
    "translate",
    "upper",
    "zfill",
    "__doc__",
];

const BYTEARRAY: &[&str] = &[
    "__new__",
    "__repr__",
    "__str__",
    "__getattribute__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__iter__",
    "__init__",
    "__mod__",
    "__rmod__",
    "__len__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__add__",
    "__mul__",
    "__rmul__",
    "__contains__",
    "__iadd__",
    "__imul__",
    "__alloc__",
    "__reduce__",
    "__reduce_ex__",
    "__sizeof__",
    "append",
    "capitalize",
    "center",
    "clear",
    "copy",
    "count",
    "decode",
    "endswith",
    "expandtabs",
    "extend",
    "find",
    "fromhex",
    "hex",
    "index",
    "insert",
    "isalnum",
    "isalpha",
    "isascii",
    "isdigit",
    "islower",
    "isspace",
    "istitle",
    "isupper",
    "join",
    "ljust",
    "lower",
    "lstrip",
    "maketrans",
    "partition",
    "pop",
    "remove",
    "replace",
    "removeprefix",
    "removesuffix",
    "reverse",
    "rfind",
    "rindex",
    "rjust",
    "rpartition",
    "rsplit",
    "rstrip",
    "split",
    "splitlines",
    "startswith",
    "strip",
    "swapcase",
    "title",
    "translate",
    "upper",
    "zfill",
    "__doc__",
    "__hash__",
];

const LIST: &[&str] = &[
    "__new__",
    "__repr__",
    "__hash__",
    "__getattribute__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__iter__",
    "__init__",
    "__len__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__add__",
    "__mul__",
    "__rmul__",
    "__contains__",
    "__iadd__",
    "__imul__",
    "__reversed__",
    "__sizeof__",
    "clear",
    "copy",
    "append",
    "insert",
    "extend",
    "pop",
    "remove",
    "index",
    "count",
    "reverse",
    "sort",
    "__class_getitem__",
    "__doc__",
];

const TUPLE: &[&str] = &[
    "__new__",
    "__repr__",
    "__hash__",
    "__getattribute__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__iter__",
    "__len__",
    "__getitem__",
    "__add__",
    "__mul__",
    "__rmul__",
    "__contains__",
    "__getnewargs__",
    "index",
    "count",
    "__class_getitem__",
    "__doc__",
];

const DICT: &[&str] = &[
    "__new__",
    "__repr__",
    "__hash__",
    "__getattribute__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__iter__",
    "__init__",
    "__or__",
    "__ror__",
    "__ior__",
    "__len__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__contains__",
    "__sizeof__",
    "get",
    "setdefault",
    "pop",
    "popitem",
    "keys",
    "items",
    "values",
    "update",
    "fromkeys",
    "clear",
    "copy",
    "__reversed__",
    "__class_getitem__",
    "__doc__",
];

const SET: &[&str] = &[
    "__new__",
    "__repr__",
    "__hash__",
    "__getattribute__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__iter__",
    "__init__",
    "__sub__",
    "__rsub__",
    "__and__",
    "__rand__",
    "__xor__",
    "__rxor__",
    "__or__",
    "__ror__",
    "__isub__",
    "__iand__",
    "__ixor__",
    "__ior__",
    "__len__",
    "__contains__",
    "add",
    "clear",
    "copy",
    "discard",
    "difference",
    "difference_update",
    "intersection",
    "intersection_update",
    "isdisjoint",
    "issubset",
    "issuperset",
    "pop",
    "__reduce__",
    "remove",
    "__sizeof__",
    "symmetric_difference",
    "symmetric_difference_update",
    "union",
    "update",
    "__class_getitem__",
    "__doc__",
];

const FROZENSET: &[&str] = &[
    "__new__",
    "__repr__",
    "__hash__",
    "__getattribute__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__iter__",
    "__sub__",
    "__rsub__",
    "__and__",
    "__rand__",
    "__xor__",
    "__rxor__",
    "__or__",
    "__ror__",
    "__len__",
    "__contains__",
    "copy",
    "difference",
    "intersection",
    "isdisjoint",
    "issubset",
    "issuperset",
    "__reduce__",
    "__sizeof__",
    "symmetric_difference",
    "union",
    "__class_getitem__",
    "__doc__",
];

const BOOL: &[&str] = &[
    "__new__", "__repr__", "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__",
    "__doc__",
];

const TYPE: &[&str] = &[
    "__new__",
    "__repr__",
    "__call__",
    "__getattribute__",
    "__setattr__",
    "__delattr__",
    "__init__",
    "__or__",
    "__ror__",
    "mro",
    "__subclasses__",
    "__prepare__",
    "__instancecheck__",
    "__subclasscheck__",
    "__dir__",
    "__sizeof__",
    "__basicsize__",
    "__itemsize__",
    "__flags__",
    "__weakrefoffset__",
    "__base__",
    "__dictoffset__",
    "__mro__",
    "__name__",
    "__qualname__",
    "__bases__",
    "__module__",
    "__abstractmethods__",
    "__dict__",
    "__doc__",
    "__text_signature__",
    "__annotations__",
];

const OBJECT: &[&str] = &[
    "__new__",
    "__repr__",
    "__hash__",
    "__str__",
    "__getattribute__",
    "__setattr__",
    "__delattr__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__init__",
    "__reduce_ex__",
    "__reduce__",
    "__getstate__",
    "__subclasshook__",
    "__init_subclass__",
    "__format__",
    "__sizeof__",
    "__dir__",
    "__class__",
    "__doc__",
];

/// The iterators over a sequence, which pickle as `iter(seq)` and a
/// position.
const SEQ_ITERATOR: &[&str] = &[
    "__getattribute__",
    "__iter__",
    "__next__",
    "__length_hint__",
    "__reduce__",
    "__setstate__",
    "__doc__",
];

const MAP: &[&str] = &[
    "__new__",
    "__getattribute__",
    "__iter__",
    "__next__",
    "__reduce__",
    "__doc__",
];

const FILTER: &[&str] = &[
    "__new__",
    "__getattribute__",
    "__iter__",
    "__next__",
    "__reduce__",
    "__doc__",
];

const ZIP: &[&str] = &[
    "__new__",
    "__getattribute__",
    "__iter__",
    "__next__",
    "__reduce__",
    "__setstate__",
    "__doc__",
];

const ENUMERATE: &[&str] = &[
    "__new__",
    "__getattribute__",
    "__iter__",
    "__next__",
    "__reduce__",
    "__class_getitem__",
    "__doc__",
];

const TUPLEGETTER: &[&str] = &[
    "__new__",
    "__repr__",
    "__get__",
    "__set__",
    "__delete__",
    "__reduce__",
    "__doc__",
];

const REVERSED: &[&str] = &[
    "__new__",
    "__getattribute__",
    "__iter__",
    "__next__",
    "__length_hint__",
    "__reduce__",
    "__setstate__",
    "__doc__",
];

const BASE_EXCEPTION: &[&str] = &[
    "__new__",
    "__repr__",
    "__str__",
    "__getattribute__",
    "__setattr__",
    "__delattr__",
    "__init__",
    "__reduce__",
    "__setstate__",
    "with_traceback",
    "add_note",
    "__suppress_context__",
    "__dict__",
    "args",
    "__traceback__",
    "__context__",
    "__cause__",
    "__doc__",
];

// Types `dir()` alone reads (they cannot be subclassed).

const MEMORYVIEW: &[&str] = &[
    "__new__",
    "__repr__",
    "__hash__",
    "__getattribute__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__iter__",
    "__len__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "release",
    "tobytes",
    "hex",
    "tolist",
    "cast",
    "toreadonly",
    "__enter__",
    "__exit__",
    "obj",
    "nbytes",
    "readonly",
    "itemsize",
    "format",
    "ndim",
    "shape",
    "strides",
    "suboffsets",
    "c_contiguous",
    "f_contiguous",
    "contiguous",
    "__doc__",
];

const RANGE: &[&str] = &[
    "__new__",
    "__repr__",
    "__hash__",
    "__getattribute__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__iter__",
    "__bool__",
    "__len__",
    "__getitem__",
    "__contains__",
    "__reversed__",
    "__reduce__",
    "count",
    "index",
    "start",
    "stop",
    "step",
    "__doc__",
];

const SLICE: &[&str] = &[
    "__new__",
    "__repr__",
    "__hash__",
    "__getattribute__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "indices",
    "__reduce__",
    "start",
    "stop",
    "step",
    "__doc__",
];

const NONE: &[&str] = &["__new__", "__repr__", "__bool__", "__doc__"];

const PROPERTY: &[&str] = &[
    "__new__",
    "__getattribute__",
    "__get__",
    "__set__",
    "__delete__",
    "__init__",
    "getter",
    "setter",
    "deleter",
    "__set_name__",
    "fget",
    "fset",
    "fdel",
    "__doc__",
    "__isabstractmethod__",
];

/// The own `__dict__` of a built-in exception type other than
/// `BaseException`: most add only `__new__` and `__init__`; those with
/// attributes of their own list them.
fn exception_names(name: &str) -> &'static [&'static str] {
    const UNICODE: &[&str] = &[
        "__new__", "__str__", "__init__", "encoding", "object", "start", "end", "reason", "__doc__",
    ];
    const OS_SUBCLASS: &[&str] = &["__init__", "__doc__"];
    match name {
        "BaseExceptionGroup" => &[
            "__new__",
            "__str__",
            "__init__",
            "__class_getitem__",
            "derive",
            "split",
            "subgroup",
            "message",
            "exceptions",
            "__doc__",
        ],
        "ExceptionGroup" => &["__module__", "__weakref__", "__doc__"],
        "SystemExit" => &["__init__", "code", "__doc__"],
        "StopIteration" => &["__init__", "value", "__doc__"],
        "KeyError" => &["__str__", "__init__", "__doc__"],
        "AttributeError" => &["__str__", "__init__", "name", "obj", "__doc__"],
        "NameError" => &["__str__", "__init__", "name", "__doc__"],
        "ImportError" => &[
            "__str__",
            "__init__",
            "__reduce__",
            "msg",
            "name",
            "path",
            "__doc__",
        ],
        "OSError" => &[
            "__new__",
            "__str__",
            "__init__",
            "__reduce__",
            "errno",
            "strerror",
            "filename",
            "filename2",
            "characters_written",
            "__doc__",
        ],
        "SyntaxError" => &[
            "__str__",
            "__init__",
            "msg",
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
            "print_file_and_line",
            "__doc__",
        ],
        "UnicodeDecodeError" | "UnicodeEncodeError" | "UnicodeTranslateError" => UNICODE,
        "BlockingIOError"
        | "ChildProcessError"
        | "ConnectionError"
        | "FileExistsError"
        | "FileNotFoundError"
        | "InterruptedError"
        | "IsADirectoryError"
        | "NotADirectoryError"
        | "PermissionError"
        | "ProcessLookupError"
        | "TimeoutError"
        | "IndentationError"
        | "ModuleNotFoundError"
        | "UnboundLocalError"
        | "BrokenPipeError"
        | "ConnectionAbortedError"
        | "ConnectionRefusedError"
        | "ConnectionResetError"
        | "TabError" => OS_SUBCLASS,
        _ => &["__new__", "__init__", "__doc__"],
    }
}

/// The built-in exception type in `e`'s MRO whose own dict defines `name`
/// (`OSError` for `FileNotFoundError.__str__`).
pub fn exception_definer(
    e: crate::exceptions::ExcType,
    name: &str,
) -> Option<crate::exceptions::ExcType> {
    use crate::exceptions::ExcType;
    let mut cur = Some(e);
    while let Some(t) = cur {
        let own = match t {
            ExcType::BaseException => BASE_EXCEPTION,
            t if t.is_builtin() => exception_names(TypeId::Exception(t).short_name()),
            _ => &[],
        };
        if own.contains(&name) {
            return Some(t);
        }
        cur = t.parent();
    }
    None
}
