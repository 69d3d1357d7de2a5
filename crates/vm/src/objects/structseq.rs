//! Struct sequences and simple namespaces, the record types of built-in
//! modules (`sys.version_info`, `sys.float_info`, `time.struct_time`,
//! `sys.implementation`).
//!
//! A struct sequence is a tuple with named fields: it indexes, slices,
//! iterates, compares and measures like its tuple of values (through
//! [`NativeObject::as_tuple`]) and reads fields as attributes. Its repr is
//! `name(field=value, ...)`. A namespace only has the attributes and the
//! `namespace(...)` repr. Both are immutable.

use crate::exceptions::PyResult;
use crate::interp::Vm;
use crate::objects::function::Args;
use crate::objects::native::NativeObject;
use crate::value::Value;
use std::rc::Rc;

/// The struct sequence types: subclasses of tuple (`isinstance(
/// sys.version_info, tuple)`), as CPython's.
pub fn is_structseq_type(name: &str) -> bool {
    matches!(
        name,
        "sys.version_info"
            | "sys.flags"
            | "sys.float_info"
            | "sys.int_info"
            | "sys.hash_info"
            | "sys.thread_info"
            | "time.struct_time"
            | "os.stat_result"
            | "posix.uname_result"
            | "CacheInfo"
    )
}

#[derive(Debug)]
pub struct StructSeq {
    /// The qualified type name (`sys.version_info`).
    pub type_name: &'static str,
    pub fields: &'static [&'static str],
    pub values: Vec<Value>,
    /// A namespace (no tuple behaviour), not a struct sequence.
    pub namespace: bool,
    /// How many of the fields are items of the sequence (the rest are
    /// attributes only, as `time.struct_time`'s `tm_zone`).
    pub visible: usize,
}

impl StructSeq {
    pub fn value(
        type_name: &'static str,
        fields: &'static [&'static str],
        values: Vec<Value>,
    ) -> Value {
        Value::Native(Rc::new(StructSeq {
            type_name,
            fields,
            visible: values.len(),
            values,
            namespace: false,
        }))
    }

    pub fn namespace(fields: &'static [&'static str], values: Vec<Value>) -> Value {
        Value::Native(Rc::new(StructSeq {
            type_name: "types.SimpleNamespace",
            fields,
            visible: values.len(),
            values,
            namespace: true,
        }))
    }

    fn items(&self) -> &[Value] {
        &self.values[..self.visible.min(self.values.len())]
    }

    fn tuple(&self) -> Value {
        Value::new_tuple(self.items().to_vec())
    }
}

impl NativeObject for StructSeq {
    fn type_name(&self) -> &'static str {
        self.type_name
    }

    fn repr(&self, _addr: usize) -> String {
        let parts: Vec<String> = self
            .fields
            .iter()
            .zip(self.items())
            .map(|(f, v)| format!("{f}={}", crate::ops::repr_simple(v)))
            .collect();
        let name = if self.namespace {
            "namespace"
        } else {
            self.type_name
        };
        format!("{name}({})", parts.join(", "))
    }

    fn getattr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        // The last field of a name wins: `os.stat_result` shows integer
        // times as items and answers float ones as attributes.
        let i = self.fields.iter().rposition(|f| *f == name)?;
        self.values.get(i).cloned().map(Ok)
    }

    fn method_names(&self) -> &'static [&'static str] {
        if self.namespace {
            &[]
        } else {
            &["count", "index"]
        }
    }

    fn call_method(
        &self,
        vm: &mut Vm,
        _this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        if self.namespace {
            return None;
        }
        crate::builtins::tuple_method(vm, self.items(), name, args)
    }

    fn iter(&self, _this: &Rc<dyn NativeObject>) -> Option<PyResult<Value>> {
        if self.namespace {
            return None;
        }
        let Value::Tuple(ref t) = self.tuple() else {
            return None;
        };
        Some(Ok(crate::objects::iter::new_value(
            crate::objects::iter::PyIter::Tuple(t.clone(), 0),
        )))
    }

    fn len(&self) -> Option<PyResult<usize>> {
        (!self.namespace).then_some(Ok(self.items().len()))
    }

    fn as_tuple(&self) -> Option<Value> {
        (!self.namespace).then(|| self.tuple())
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
