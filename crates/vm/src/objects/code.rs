//! `code` objects, as `compile()` returns them: the checked source, its
//! file name and mode. pyview resolves names to slots of the namespace
//! code runs in, so `exec`/`eval` compile the source again for theirs;
//! a code object is not bytecode and has none of the `co_*` details
//! beyond `co_filename`, `co_name` and `co_names`.

use crate::exceptions::PyResult;
use crate::interp::Vm;
use crate::objects::native::NativeObject;
use crate::value::Value;
use std::any::Any;
use std::rc::Rc;

/// How `compile()` was asked to read the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeMode {
    Exec,
    Eval,
    /// One interactive statement: expression values are echoed.
    Single,
}

#[derive(Debug)]
pub struct PyCode {
    pub source: Rc<str>,
    pub filename: Rc<str>,
    pub mode: CodeMode,
    /// `co_name`: `<module>` for compiled source, a class's name for a
    /// class body's frame.
    pub name: Rc<str>,
}

pub fn new_value(code: PyCode) -> Value {
    Value::Native(Rc::new(code))
}

impl NativeObject for PyCode {
    fn type_name(&self) -> &'static str {
        "code"
    }

    fn repr(&self, addr: usize) -> String {
        format!(
            "<code object {} at {addr:#x}, file \"{}\", line 1>",
            self.name, self.filename
        )
    }

    fn getattr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        match name {
            "co_filename" => Some(Ok(Value::Str(self.filename.clone()))),
            "co_name" => Some(Ok(Value::Str(self.name.clone()))),
            "co_names" => {
                let eval = self.mode == CodeMode::Eval;
                let names = pyview_syntax::lower::conames::source_names(&self.source, eval);
                Some(Ok(Value::new_tuple(
                    names.into_iter().map(Value::Str).collect(),
                )))
            }
            _ => None,
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}
