//! `frame` objects, as `sys._getframe()` and a traceback's `tb_frame`
//! return them.
//!
//! A frame object is a snapshot of a running frame (see `crate::stack`):
//! its code, globals, function name and place on the stack, and the
//! snapshot of its caller (`f_back`), made together. While the frame
//! still runs, `f_lineno` is its current line, as CPython's live frame
//! objects have it; once it has finished, the line of the snapshot. A
//! frame object has the local variables of the frame that took it
//! (`sys._getframe()` called from Python code, as they were then); other
//! frames show none (`f_locals` is the globals for a module frame, an
//! empty dict elsewhere). A traceback's frame is the
//! place its entry recorded, its callers the entries before it.
//!
//! Supported: `f_back`, `f_code`, `f_globals`, `f_builtins`, `f_locals`,
//! `f_lineno`, `f_lasti` (0), `f_trace` (None), `clear()`.

use crate::exceptions::PyResult;
use crate::interp::Vm;
use crate::objects::function::Args;
use crate::objects::native::NativeObject;
use crate::stack::FrameInfo;
use crate::value::Value;
use std::any::Any;
use std::rc::Rc;

#[derive(Debug)]
pub struct FrameObject {
    pub info: FrameInfo,
    pub back: Option<Rc<FrameObject>>,
    /// The variables of a function frame, when taken by the frame itself
    /// (`sys._getframe()`).
    pub locals: Option<Rc<crate::objects::dict::PyDict>>,
}

/// The snapshots of `frames` (innermost first), linked by `f_back`; the
/// innermost one, or `None` when there is none.
pub fn chain(frames: Vec<FrameInfo>) -> Option<Rc<FrameObject>> {
    chain_with_locals(frames, None)
}

/// [`chain`], the innermost frame with its variables `locals`.
pub fn chain_with_locals(
    frames: Vec<FrameInfo>,
    locals: Option<Rc<crate::objects::dict::PyDict>>,
) -> Option<Rc<FrameObject>> {
    let n = frames.len();
    let mut back = None;
    for (i, info) in frames.into_iter().rev().enumerate() {
        let locals = if i + 1 == n { locals.clone() } else { None };
        back = Some(Rc::new(FrameObject { info, back, locals }));
    }
    back
}

impl FrameObject {
    /// The frame's code object: the function's, or a module-level one.
    pub fn code(&self) -> Value {
        match self.info.function() {
            Some(f) => crate::objects::function::CodeObject::shared(f),
            None => crate::objects::code::new_value(crate::objects::code::PyCode {
                source: self.info.code().source.clone(),
                filename: self.info.code().filename.clone(),
                mode: crate::objects::code::CodeMode::Exec,
                name: self.info.name(),
            }),
        }
    }
}

impl NativeObject for FrameObject {
    fn type_name(&self) -> &'static str {
        "frame"
    }

    fn repr(&self, addr: usize) -> String {
        format!(
            "<frame at {addr:#x}, file '{}', line {}, code {}>",
            self.info.code().filename,
            self.info.lineno(),
            self.info.name()
        )
    }

    fn getattr(&self, vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "f_back" => match &self.back {
                Some(b) => Value::Native(b.clone()),
                None => Value::None,
            },
            "f_code" => self.code(),
            "f_globals" => Value::Dict(self.info.globals().global_namespace().dict()),
            "f_locals" => {
                if let Some(d) = &self.locals {
                    Value::Dict(d.clone())
                } else if &*self.info.name() == "<module>" {
                    Value::Dict(self.info.globals().global_namespace().dict())
                } else {
                    Value::Dict(Rc::default())
                }
            }
            "f_builtins" => {
                return Some(
                    vm.import("builtins")
                        .and_then(|m| vm.getattr(&m, "__dict__")),
                )
            }
            "f_lineno" => {
                let site = vm.current_site(&self.info);
                Value::from_usize(self.info.code().lines.line(site.start))
            }
            "f_lasti" => Value::Int(0),
            "f_trace" => Value::None,
            _ => return None,
        }))
    }

    fn method_names(&self) -> &'static [&'static str] {
        &["clear"]
    }

    fn call_method(
        &self,
        _vm: &mut Vm,
        _this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        match name {
            "clear" => Some(args.check_exact("clear", 0).map(|_| Value::None)),
            _ => None,
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}
