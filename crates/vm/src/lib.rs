//! pyview's virtual machine: values, the buffer protocol, built-in types
//! and modules, and the evaluator.

pub mod buffer;
pub mod builtins;
pub mod codecs;
pub mod collector;
pub mod coroutine;
pub mod dispatch;
mod doc_tables;
pub mod docs;
pub mod except_star;
pub mod exceptions;
pub mod format;
pub mod generator;
pub mod idna;
pub mod import;
pub mod interp;
pub mod limits;
pub mod matching;
pub mod modules;
pub mod namespace;
pub mod nested;
pub mod objects;
pub mod ops;
pub mod percent;
pub mod stack;
pub mod suggestions;
pub mod traceback;
pub mod type_dicts;
pub mod typeobj;
pub mod value;

/// Lone surrogates in strings (the mapping lives with the parser, which
/// decodes literals).
pub use pyview_syntax::surrogates;

pub use exceptions::{ExcType, PyErr, PyException, PyResult};
pub use interp::{CodeUnit, Output, SysFlags, Vm};
pub use value::Value;
