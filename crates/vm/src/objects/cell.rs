//! `cell`: a closure's shared variable as `f.__closure__` shows it.
//!
//! Wraps the very cell the function reads (`Value::Cell` stays internal),
//! so writing `cell_contents` changes what the closure sees. Supports the
//! repr (`<cell at 0x...: int object at 0x...>`, `<cell at 0x...: empty>`)
//! and reading, writing and (not) deleting `cell_contents`; cells are not
//! comparable or constructible from Python here.

use crate::exceptions::{value_error, PyResult};
use crate::interp::Vm;
use crate::objects::native::NativeObject;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

pub const TYPE_NAME: &str = "cell";

#[derive(Debug)]
pub struct CellObject {
    pub cell: Rc<RefCell<Option<Value>>>,
}

/// `f.__closure__`: None without free variables, else a tuple of cells.
pub fn closure_tuple(cells: &[Rc<RefCell<Option<Value>>>]) -> Value {
    if cells.is_empty() {
        return Value::None;
    }
    Value::new_tuple(
        cells
            .iter()
            .map(|c| Value::Native(Rc::new(CellObject { cell: c.clone() })))
            .collect(),
    )
}

impl NativeObject for CellObject {
    fn type_name(&self) -> &'static str {
        TYPE_NAME
    }

    fn repr(&self, addr: usize) -> String {
        match &*self.cell.borrow() {
            None => format!("<cell at {addr:#x}: empty>"),
            Some(v) => format!(
                "<cell at {addr:#x}: {} object at {:#x}>",
                v.type_name(),
                v.ptr().unwrap_or(0)
            ),
        }
    }

    fn getattr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        match name {
            "cell_contents" => Some(
                self.cell
                    .borrow()
                    .clone()
                    .ok_or_else(|| value_error("Cell is empty")),
            ),
            _ => None,
        }
    }

    fn setattr(&self, name: &str, v: &Value) -> Option<PyResult<()>> {
        match name {
            "cell_contents" => {
                *self.cell.borrow_mut() = Some(v.clone());
                Some(Ok(()))
            }
            _ => None,
        }
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
