//! The builtins CPython's `site` module adds, as `_sitebuiltins` objects:
//! `exit` and `quit` (`Quitter`: their repr tells how to leave, calling
//! one raises `SystemExit(code)`) and `help` (`_Helper`: its repr tells
//! how to use it, calling it hands the arguments to `pydoc.help`).
//! `copyright`, `credits` and `license` are not provided.

use crate::exceptions::{self, ExcType, PyException, PyResult};
use crate::interp::Vm;
use crate::objects::function::Args;
use crate::objects::native::NativeObject;
use crate::value::Value;
use std::any::Any;
use std::rc::Rc;

#[derive(Debug)]
pub enum SiteBuiltin {
    /// `exit` or `quit` (the name its repr gives).
    Quitter(&'static str),
    Helper,
}

impl SiteBuiltin {
    pub fn value(self) -> Value {
        Value::Native(Rc::new(self))
    }
}

impl NativeObject for SiteBuiltin {
    fn type_name(&self) -> &'static str {
        match self {
            SiteBuiltin::Quitter(_) => "_sitebuiltins.Quitter",
            SiteBuiltin::Helper => "_sitebuiltins._Helper",
        }
    }

    fn repr(&self, _addr: usize) -> String {
        match self {
            SiteBuiltin::Quitter(name) => format!("Use {name}() or Ctrl-D (i.e. EOF) to exit"),
            SiteBuiltin::Helper => {
                "Type help() for interactive help, or help(object) for help about object."
                    .to_string()
            }
        }
    }

    fn method_names(&self) -> &'static [&'static str] {
        &["__call__"]
    }

    fn call_method(
        &self,
        vm: &mut Vm,
        _this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        if name != "__call__" {
            return None;
        }
        Some(match self {
            SiteBuiltin::Quitter(_) => {
                let code = args.pos.first().cloned().or_else(|| args.kwarg("code"));
                Err(exceptions::err_from(PyException::new(
                    ExcType::SystemExit,
                    vec![code.unwrap_or(Value::None)],
                )))
            }
            SiteBuiltin::Helper => vm.import("pydoc").and_then(|pydoc| {
                let helper = vm.getattr(&pydoc, "help")?;
                vm.call(&helper, args.clone())
            }),
        })
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}
