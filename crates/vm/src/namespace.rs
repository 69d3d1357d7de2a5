//! Namespaces as dicts, and the built-ins that work on them: `globals()`,
//! `locals()`, `vars()`, `dir()`, `eval()`, `exec()` and `compile()`.
//!
//! Code reads and writes global variables through slots resolved before
//! it runs (see `interp`): no name is hashed on that path. A namespace
//! (`Globals`) becomes a dict only when a script asks for one
//! (`globals()`, `module.__dict__`, `f.__globals__`, or a dict passed to
//! `exec`), and from then on the two are kept in step both ways: a store
//! to a global slot writes through to the dict (before that, the store
//! pays one untaken branch), and a change made through the dict (see
//! `objects::dict`) updates the slot, allocating one for a new name. The
//! dict holds the namespace weakly, so no cycle keeps either alive.
//!
//! `eval`/`exec` compile their source against the target namespace's name
//! table and run it as module-level code there. Separate locals become a
//! namespace of their own whose `parent` is the globals: names missing
//! from the locals are looked up there, then in the builtins. Functions
//! such code defines keep the locals namespace as their globals (CPython
//! gives them the globals). A mapping that is not a plain dict (any
//! mapping as locals, a dict subclass overriding the item methods as
//! either) becomes a namespace holding no values, over that mapping
//! ([`NsMapping`]): its slot loads always miss and take the slow path,
//! which calls the mapping; a store checks one flag before its fast path.
//! Inside a function, `locals()`, and `eval`/
//! `exec` without namespaces, see a snapshot of the frame's variables, as
//! CPython does.

use crate::exceptions::{self, type_error, ExcType, PyResult};
use crate::interp::{CodeUnit, Frame, Globals, Vm};
use crate::objects::code::{CodeMode, PyCode};
use crate::objects::dict::{Key, PyDict};
use crate::objects::function::{builtin, Args, Builtin, FrameFn};
use crate::value::Value;
use pyview_syntax::ir;
use std::collections::HashMap;
use std::rc::Rc;

impl Globals {
    /// The namespace as a dict: made on first use, then kept in step.
    pub fn dict(self: &Rc<Self>) -> Rc<PyDict> {
        if let Some(d) = self.dict.get() {
            return d.clone();
        }
        let d = PyDict::default();
        {
            let table = self.table.borrow();
            let values = self.values.borrow();
            let mut map = d.map.borrow_mut();
            for (name, v) in table.names.iter().zip(values.iter()) {
                if let (Some(v), Ok(k)) = (v, Key::new(Value::Str(name.clone()))) {
                    map.insert(k, v.clone());
                }
            }
        }
        let d = Rc::new(d);
        d.set_namespace(self);
        let _ = self.dict.set(d.clone());
        d
    }

    /// The namespace a dict stands for (one made and attached when it
    /// has none yet), and whether it was made now.
    pub fn for_dict(d: &Rc<PyDict>) -> (Rc<Globals>, bool) {
        if let Some(ns) = d.namespace() {
            return (ns, false);
        }
        let ns = Rc::new(Globals::default());
        {
            let mut table = ns.table.borrow_mut();
            let mut values = ns.values.borrow_mut();
            for (k, v) in d.map.borrow().iter() {
                if let Value::Str(name) = &k.value {
                    let slot = table.slot(name) as usize;
                    if values.len() <= slot {
                        values.resize(slot + 1, None);
                    }
                    values[slot] = Some(v.clone());
                }
            }
        }
        let _ = ns.dict.set(d.clone());
        d.set_namespace(&ns);
        (ns, true)
    }

    /// Copies slot `g` into the dict, if there is one (after a store or a
    /// `del` by code). Kept out of line, off the store path.
    #[cold]
    #[inline(never)]
    pub(crate) fn mirror(&self, g: u32) {
        let Some(d) = self.dict.get() else {
            return;
        };
        let Some(name) = self.table.borrow().names.get(g as usize).cloned() else {
            return;
        };
        let v = self.values.borrow().get(g as usize).cloned().flatten();
        let (Ok(key), Ok(mut map)) = (Key::new(Value::Str(name)), d.map.try_borrow_mut()) else {
            return;
        };
        match v {
            Some(v) => {
                map.insert(key, v);
            }
            None => {
                map.shift_remove(&key);
            }
        }
    }

    /// Takes a change made through the dict into the slots.
    pub(crate) fn dict_changed(&self, name: &str, v: Option<Value>) {
        let (Ok(mut table), Ok(mut values)) =
            (self.table.try_borrow_mut(), self.values.try_borrow_mut())
        else {
            return;
        };
        let slot = match &v {
            Some(_) => table.slot(name),
            None => match table.lookup(name) {
                Some(s) => s,
                None => return,
            },
        } as usize;
        if values.len() <= slot {
            values.resize(slot + 1, None);
        }
        values[slot] = v;
    }

    /// Unbinds `name`; false if it held no value.
    pub fn remove(&self, name: &str) -> bool {
        let Some(slot) = self.table.borrow().lookup(name) else {
            return false;
        };
        let old = self
            .values
            .borrow_mut()
            .get_mut(slot as usize)
            .and_then(Option::take);
        self.mirror(slot);
        old.is_some()
    }

    /// The names that hold values, in slot order.
    pub fn names(&self) -> Vec<Rc<str>> {
        let table = self.table.borrow();
        let values = self.values.borrow();
        table
            .names
            .iter()
            .zip(values.iter())
            .filter(|(_, v)| v.is_some())
            .map(|(n, _)| n.clone())
            .collect()
    }

    /// `name` in the enclosing namespaces (see `parent`).
    #[inline(never)]
    pub(crate) fn enclosing_get(&self, name: &str) -> Option<Value> {
        let parent = self.parent.borrow().clone()?;
        parent.get(name).or_else(|| parent.enclosing_get(name))
    }

    /// A namespace that runs module-level code over `map`, falling back
    /// to `parent` (see [`NsMapping`]).
    pub(crate) fn over_mapping(map: Value, parent: Rc<Globals>, locals: bool) -> Rc<Globals> {
        let ns = Globals::default();
        *ns.parent.borrow_mut() = Some(parent);
        let _ = ns.mapping.set(NsMapping { map, locals });
        let ns = Rc::new(ns);
        ns.sync_table();
        ns
    }

    /// The namespace whose slots hold the values: past any mappings.
    pub(crate) fn storage(self: &Rc<Self>) -> Rc<Globals> {
        if self.mapping.get().is_none() {
            return self.clone();
        }
        match &*self.parent.borrow() {
            Some(p) => p.storage(),
            None => self.clone(),
        }
    }

    /// Code is compiled against its storage's name table; each mapping
    /// namespace over it keeps a copy, to name the slots it reads.
    pub(crate) fn sync_table(self: &Rc<Self>) {
        if self.mapping.get().is_none() {
            return;
        }
        let storage = self.storage();
        if !Rc::ptr_eq(&storage, self) {
            *self.table.borrow_mut() = storage.table.borrow().clone();
        }
        if let Some(p) = &*self.parent.borrow() {
            p.sync_table();
        }
    }

    /// The globals of the functions and classes code here defines: past
    /// a separate locals mapping (CPython gives them the globals).
    #[inline]
    pub(crate) fn for_functions(self: &Rc<Self>) -> Rc<Globals> {
        match self.mapping.get() {
            Some(m) if m.locals => match &*self.parent.borrow() {
                Some(p) => p.for_functions(),
                None => self.clone(),
            },
            _ => self.clone(),
        }
    }

    /// The globals proper: for `exec` code run in separate locals, the
    /// namespace those locals fall back to.
    pub fn global_namespace(self: &Rc<Self>) -> Rc<Globals> {
        match &*self.parent.borrow() {
            Some(p) => p.global_namespace(),
            None => self.clone(),
        }
    }
}

/// A namespace `exec`/`eval` runs module-level code over that is not a
/// plain dict: a mapping given as locals, or a dict subclass overriding
/// the item methods given as globals. CPython's LOAD_NAME, STORE_NAME and
/// DELETE_NAME then call the mapping's `__getitem__`, `__setitem__` and
/// `__delitem__` for every name; a load that raises KeyError falls back
/// to the globals' own dict, then the builtins.
#[derive(Debug)]
pub(crate) struct NsMapping {
    pub(crate) map: Value,
    /// Given as locals: the functions the code defines see the globals,
    /// not the mapping. As globals, their global loads call it too
    /// (LOAD_GLOBAL on a dict subclass).
    pub(crate) locals: bool,
}

impl Vm {
    /// What module-level code does first in a mapping namespace: set up
    /// `__annotations__` (SETUP_ANNOTATIONS) and bind `__doc__`.
    pub(crate) fn start_mapped(
        &mut self,
        ns: &Globals,
        doc: Option<Value>,
        annotations: bool,
    ) -> PyResult<()> {
        let Some(map) = ns.mapping.get().map(|m| m.map.clone()) else {
            return Ok(());
        };
        if annotations {
            let key = Value::str("__annotations__");
            match self.getitem(&map, &key) {
                Ok(_) => {}
                Err(e) if e.exc.typ == ExcType::KeyError => {
                    self.setitem(&map, &key, Value::Dict(Rc::default()))?
                }
                Err(e) => return Err(e),
            }
        }
        if let Some(doc) = doc {
            self.setitem(&map, &Value::str("__doc__"), doc)?;
        }
        Ok(())
    }
}

/// A module's docstring: its first statement, if a string literal.
pub(crate) fn docstring(module: &ir::Module) -> Option<Value> {
    match &module.body.first()?.kind {
        ir::StmtKind::Expr(ir::Expr {
            kind: ir::ExprKind::Const(ir::Const::Str(s)),
            ..
        }) => Some(Value::Str(s.clone())),
        _ => None,
    }
}

/// Registers the built-ins of this module (replacing plain ones).
pub fn add_builtins(t: &mut HashMap<&'static str, Value>) {
    let fns: &[(&'static str, fn(&mut Vm, &Args) -> PyResult<Value>, FrameFn)] = &[
        (
            "globals",
            |vm, a| globals(vm, None, a),
            |vm, f, a| globals(vm, Some(f), a),
        ),
        (
            "locals",
            |vm, a| locals(vm, None, a),
            |vm, f, a| locals(vm, Some(f), a),
        ),
        ("vars", crate::builtins::b_vars, vars_frame),
        ("dir", crate::builtins::b_dir, dir_frame),
        (
            "eval",
            |vm, a| run(vm, None, a, false),
            |vm, f, a| run(vm, Some(f), a, false),
        ),
        (
            "exec",
            |vm, a| run(vm, None, a, true),
            |vm, f, a| run(vm, Some(f), a, true),
        ),
    ];
    for &(name, plain, frame) in fns {
        t.insert(
            name,
            Value::Builtin(Rc::new(Builtin {
                name: name.into(),
                module: None,
                func: Rc::new(plain),
                frame: Some(frame),
                level: crate::objects::function::CallLevel::of(name, None),
                receiver: None,
            })),
        );
    }
    t.insert("compile", builtin("compile", None, compile));
    // What `__name__` means where a namespace has none (`exec(s, {})`).
    t.insert("__name__", Value::str("builtins"));
}

/// The namespace code in the caller's frame reads globals from (the
/// `__main__` module's when called without a frame).
fn caller_namespace(vm: &Vm, f: Option<&Frame>) -> Rc<Globals> {
    f.map_or_else(|| vm.globals.clone(), |f| f.globals.clone())
}

/// Whether the frame runs module-level code (where locals are globals).
pub(crate) fn is_module_level(f: &Frame) -> bool {
    &**f.name == "<module>"
}

fn globals(vm: &mut Vm, f: Option<&mut Frame>, args: &Args) -> PyResult<Value> {
    args.check_exact("globals", 0)?;
    let mut ns = caller_namespace(vm, f.as_deref());
    loop {
        let next = match ns.mapping.get() {
            Some(m) if !m.locals => return Ok(m.map.clone()),
            Some(_) => ns.parent.borrow().clone(),
            None => None,
        };
        match next {
            Some(p) => ns = p,
            None => break,
        }
    }
    Ok(Value::Dict(ns.global_namespace().dict()))
}

/// The mapping module-level code in `f` runs over, if any (`locals()`).
fn mapped_locals(vm: &Vm, f: Option<&Frame>) -> Option<Value> {
    if f.is_some_and(|f| !is_module_level(f)) {
        return None;
    }
    let ns = caller_namespace(vm, f);
    let m = ns.mapping.get()?;
    Some(m.map.clone())
}

fn locals(vm: &mut Vm, f: Option<&mut Frame>, args: &Args) -> PyResult<Value> {
    args.check_exact("locals", 0)?;
    if let Some(f) = f.as_deref() {
        if let Some(ns) = vm.prepared_namespace(f)? {
            return Ok(ns);
        }
    }
    if let Some(m) = mapped_locals(vm, f.as_deref()) {
        return Ok(m);
    }
    Ok(Value::Dict(frame_locals(vm, f.as_deref())))
}

/// `locals()`: at module level the namespace's own dict, in a function
/// or class body a new dict of the frame's bound variables.
pub(crate) fn frame_locals(vm: &Vm, f: Option<&Frame>) -> Rc<PyDict> {
    let Some(f) = f.filter(|f| !is_module_level(f)) else {
        return caller_namespace(vm, f).dict();
    };
    let d = PyDict::default();
    // A class body's first slot is the cell of its `__class__`, which its
    // namespace does not show.
    let skip_class_cell = f.names.first().is_some_and(|n| &**n == "__class__")
        && matches!(f.slots.first(), Some(Some(Value::Cell(_))));
    for (i, (name, slot)) in f.names.iter().zip(f.slots.iter()).enumerate() {
        if i == 0 && skip_class_cell {
            continue;
        }
        let v = match slot {
            Some(Value::Cell(c)) => c.borrow().clone(),
            other => other.clone(),
        };
        if let (Some(v), Ok(k)) = (v, Key::new(Value::Str(name.clone()))) {
            d.map.borrow_mut().insert(k, v);
        }
    }
    Rc::new(d)
}

fn vars_frame(vm: &mut Vm, f: &mut Frame, args: &Args) -> PyResult<Value> {
    if args.pos.is_empty() && args.kw.is_empty() {
        if let Some(ns) = vm.prepared_namespace(f)? {
            return Ok(ns);
        }
        if let Some(m) = mapped_locals(vm, Some(f)) {
            return Ok(m);
        }
        return Ok(Value::Dict(frame_locals(vm, Some(f))));
    }
    crate::builtins::b_vars(vm, args)
}

fn dir_frame(vm: &mut Vm, f: &mut Frame, args: &Args) -> PyResult<Value> {
    if !(args.pos.is_empty() && args.kw.is_empty()) {
        return crate::builtins::b_dir(vm, args);
    }
    let prepared = match vm.prepared_namespace(f)? {
        Some(ns) => Some(ns),
        None => mapped_locals(vm, Some(f)),
    };
    let keys = match &prepared {
        Some(Value::Dict(d)) => d.keys(),
        Some(ns) => {
            let keys = vm.call_method(ns, "keys", Args::default())?;
            vm.collect(&keys)?
        }
        None => frame_locals(vm, Some(f)).keys(),
    };
    // CPython sorts whatever keys the mapping has (a mapping's keys need
    // not be strings), with list.sort's comparisons and errors.
    let list = Value::new_list(keys);
    vm.call_method(&list, "sort", Args::default())?;
    Ok(list)
}

/// The source `eval`/`exec` runs: text, the file name tracebacks show,
/// and how to compile it.
struct Source {
    text: String,
    filename: Rc<str>,
    mode: CodeMode,
    /// From a code object, whose compiling showed the warnings already.
    compiled: bool,
}

fn source_of(v: &Value, func: &str, default: CodeMode) -> PyResult<Source> {
    let text = match v {
        // CPython compiles a str's UTF-8, which a lone surrogate has not.
        Value::Str(s) => {
            crate::codecs::check_utf8(s)?;
            s.to_string()
        }
        Value::Native(o) => match o.as_any().downcast_ref::<PyCode>() {
            Some(code) => {
                return Ok(Source {
                    text: code.source.to_string(),
                    filename: code.filename.clone(),
                    mode: code.mode,
                    compiled: true,
                })
            }
            None => return Err(exceptions::code_arg_type(func)),
        },
        other => match crate::buffer::to_vec(other) {
            Some(bytes) => decode_source(bytes?)?,
            None => return Err(exceptions::code_arg_type(func)),
        },
    };
    if text.contains('\0') {
        return Err(exceptions::syntax_error_plain(
            "source code string cannot contain null bytes",
        ));
    }
    Ok(Source {
        text,
        filename: "<string>".into(),
        mode: default,
        compiled: false,
    })
}

/// The encoding a coding declaration (PEP 263) in the first two lines of
/// `bytes` names, if any: `# -*- coding: NAME -*-`, the second line only
/// after a blank or comment line.
fn coding_cookie(bytes: &[u8]) -> Option<String> {
    for (n, line) in bytes.split(|&b| b == b'\n').take(2).enumerate() {
        let text = String::from_utf8_lossy(line);
        let body = text.trim_start_matches([' ', '\t', '\x0c']);
        if !body.starts_with('#') {
            if n == 0 && !body.trim().is_empty() {
                return None;
            }
            continue;
        }
        for key in ["coding:", "coding="] {
            if let Some(at) = body.find(key) {
                let name: String = body[at + key.len()..]
                    .trim_start_matches([' ', '\t'])
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
                    .collect();
                if !name.is_empty() {
                    return Some(name);
                }
            }
        }
    }
    None
}

/// Source given as bytes: in the encoding its coding declaration names
/// (`SyntaxError: unknown encoding: NAME` for one pyview lacks), else
/// UTF-8, or CPython's "(unicode error)".
fn decode_source(bytes: Vec<u8>) -> PyResult<String> {
    if let Some(name) = coding_cookie(&bytes) {
        if crate::codecs::check_encoding(&name).is_err() {
            return Err(exceptions::syntax_error_plain(format!(
                "unknown encoding: {name}"
            )));
        }
        if !crate::codecs::is_utf8(&name) {
            return crate::codecs::decode(&bytes, &name, "strict");
        }
    }
    String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        let pos = e.utf8_error().valid_up_to();
        let byte = bytes.get(pos).copied().unwrap_or(0);
        let reason = if e.utf8_error().error_len().is_none() {
            "unexpected end of data"
        } else if (0x80..0xc2).contains(&byte) || byte > 0xf4 {
            "invalid start byte"
        } else {
            "invalid continuation byte"
        };
        let info = pyview_syntax::SyntaxErrorInfo {
            compiler: false,
            tokenizer: false,
            kind: pyview_syntax::SyntaxKind::SyntaxError,
            msg: format!(
                "(unicode error) 'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: {reason}"
            ),
            lineno: 1,
            offset: None,
            end_lineno: None,
            end_offset: None,
            text: None,
        };
        exceptions::syntax_error(&info, "<string>")
    })
}

/// Compiles `src` against `ns`'s name table.
/// Compiles `src` against the namespace `ns`; its code unit shows its
/// lines in tracebacks only when `from_file` (see `CodeUnit::shows_lines`).
fn compile_in(ns: &Globals, src: &Source, from_file: bool) -> PyResult<(ir::Module, Rc<CodeUnit>)> {
    let text = match src.mode {
        // CPython ignores leading blanks of an expression.
        CodeMode::Eval => src.text.trim_start_matches([' ', '\t']),
        _ => &src.text,
    };
    let compiled = {
        let mut table = ns.table.borrow_mut();
        match src.mode {
            CodeMode::Eval => pyview_syntax::compile_eval(text, &mut table),
            CodeMode::Exec => pyview_syntax::compile_string(text, &mut table),
            CodeMode::Single => pyview_syntax::compile_interactive(text, &mut table),
        }
    };
    let module = compiled.map_err(|e| {
        // `eval` shows the line as the source has it, newline or not.
        let newline = match src.mode {
            CodeMode::Eval => {
                let lines = pyview_syntax::source::LineIndex::new(text);
                let end = lines.line_start(e.lineno + 1) as usize;
                text.as_bytes().get(end.wrapping_sub(1)) == Some(&b'\n') && end > 0
            }
            _ => true,
        };
        exceptions::syntax_error_with(&e, &src.filename, newline)
    })?;
    let code = if from_file {
        CodeUnit::new(&src.filename, text)
    } else {
        CodeUnit::from_string(&src.filename, text)
    };
    Ok((module, code))
}

/// Runs Python source that pyview writes itself (the class body of a
/// `collections.namedtuple`) in the namespace `ns`.
pub(crate) fn run_generated(
    vm: &mut Vm,
    text: String,
    filename: &str,
    ns: &Rc<Globals>,
) -> PyResult<()> {
    let text = if text.contains(LINE_MARK) {
        align_lines(&text)
    } else {
        text
    };
    let src = Source {
        text,
        filename: filename.into(),
        mode: CodeMode::Exec,
        compiled: false,
    };
    let (module, code) = compile_in(ns, &src, true)?;
    vm.exec_module_in(ns.clone(), &module, code, false)?;
    Ok(())
}

/// A line `#@line N` in a built-in module's source puts the line after it
/// at line N, as in CPython's copy of the module: the lines a traceback
/// shows from it then carry CPython's line numbers.
const LINE_MARK: &str = "#@line ";

/// The source with each `#@line N` line replaced by the blank lines that
/// move the next line to line N.
fn align_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 1024);
    let mut line = 1usize;
    for l in text.split_inclusive('\n') {
        let target = l
            .trim()
            .strip_prefix(LINE_MARK)
            .and_then(|n| n.parse::<usize>().ok());
        match target {
            Some(n) => {
                debug_assert!(n > line, "#@line {n} comes after line {line}");
                while line + 1 < n {
                    out.push('\n');
                    line += 1;
                }
                // The mark itself becomes the last blank line.
                out.push('\n');
                line += 1;
            }
            None => {
                out.push_str(l);
                line += 1;
            }
        }
    }
    out
}

/// Whether CPython's `PyMapping_Check` holds: the type subscripts.
fn is_mapping(v: &Value) -> bool {
    match v {
        Value::Dict(_)
        | Value::List(_)
        | Value::Tuple(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::ByteArray(_)
        | Value::MemoryView(_)
        | Value::Array(_)
        | Value::Range(_) => true,
        Value::Instance(i) => i.class().lookup("__getitem__").is_some(),
        _ => false,
    }
}

/// The dict an instance of a dict subclass is, and whether its class
/// overrides the item methods name lookups go through: if not, the
/// namespace behaves as that dict; if so, names go through the methods.
fn dict_subclass(v: &Value) -> Option<(Rc<PyDict>, bool)> {
    let Value::Instance(i) = v else { return None };
    let Some(Value::Dict(d)) = i.base.as_ref() else {
        return None;
    };
    let c = i.class();
    let overridden = ["__getitem__", "__setitem__", "__delitem__", "__missing__"]
        .iter()
        .any(|n| crate::dispatch::overrides(&c, n));
    Some((d.clone(), overridden))
}

/// The locals `exec`/`eval` run in: a dict (its namespace shared), or any
/// other mapping, which every name goes through.
enum LocalsArg {
    Dict(Rc<PyDict>),
    Mapping(Value),
}

/// Whether a value may serve as `locals` (CPython's `PyMapping_Check`).
fn check_locals(v: &Value, exec: bool) -> PyResult<LocalsArg> {
    match dict_subclass(v) {
        Some((d, false)) => return Ok(LocalsArg::Dict(d)),
        Some((_, true)) => return Ok(LocalsArg::Mapping(v.clone())),
        None => {}
    }
    match v {
        Value::Dict(d) => Ok(LocalsArg::Dict(d.clone())),
        other if is_mapping(other) => Ok(LocalsArg::Mapping(other.clone())),
        other => Err(if exec {
            type_error(format!(
                "locals must be a mapping or None, not {}",
                other.type_name()
            ))
        } else {
            type_error("locals must be a mapping")
        }),
    }
}

fn same_object(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Instance(x), Value::Instance(y)) => Rc::ptr_eq(x, y),
        _ => false,
    }
}

/// `eval(source[, globals[, locals]])` and `exec(source[, globals[,
/// locals]], *, closure=None)`.
fn run(vm: &mut Vm, f: Option<&mut Frame>, args: &Args, exec: bool) -> PyResult<Value> {
    let func = if exec { "exec" } else { "eval" };
    let n = args.pos.len();
    if exec {
        for (k, v) in &args.kw {
            if &**k != "closure" {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for exec()"
                )));
            }
            if !v.is_none() {
                return Err(type_error(
                    "closure can only be used when source is a code object",
                ));
            }
        }
        if n == 0 {
            return Err(type_error(
                "exec() takes at least 1 positional argument (0 given)",
            ));
        }
        if n > 3 {
            return Err(type_error(format!(
                "exec() takes at most 3 positional arguments ({n} given)"
            )));
        }
    } else {
        if !args.kw.is_empty() {
            return Err(type_error("eval() takes no keyword arguments"));
        }
        if n == 0 {
            return Err(type_error("eval expected at least 1 argument, got 0"));
        }
        if n > 3 {
            return Err(type_error(format!(
                "eval expected at most 3 arguments, got {n}"
            )));
        }
    }
    let given = |i: usize| args.pos.get(i).filter(|v| !v.is_none());
    let (globals_arg, locals_arg) = (given(1), given(2));
    // The checks come in CPython's order for each function.
    let locals_dict = match (exec, locals_arg) {
        (false, Some(l)) => Some(check_locals(l, false)?),
        _ => None,
    };
    // A dict subclass overriding the item methods: its own dict, and the
    // instance its names go through.
    let (globals_dict, globals_map) = match globals_arg {
        None => (None, None),
        Some(Value::Dict(d)) => (Some(d.clone()), None),
        Some(other) if dict_subclass(other).is_some() => match dict_subclass(other) {
            Some((d, true)) => (Some(d), Some(other.clone())),
            d => (d.map(|(d, _)| d), None),
        },
        Some(other) => {
            return Err(type_error(if exec {
                format!("exec() globals must be a dict, not {}", other.type_name())
            } else if is_mapping(other) {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            } else {
                "globals must be a dict".to_string()
            }))
        }
    };
    let locals_dict = match (exec, locals_arg) {
        (true, Some(l)) => Some(check_locals(l, true)?),
        _ => locals_dict,
    };
    let f = f.as_deref();
    let (globals_ns, locals_dict) = match globals_dict {
        Some(d) => {
            // As in CPython, a new namespace gets the builtins' dict.
            if d.get(&Value::str("__builtins__"))?.is_none() {
                let b = match vm.builtins_module() {
                    Value::Module(ref m) => Value::Dict(m.dict()),
                    other => other,
                };
                d.set(Value::str("__builtins__"), b)?;
            }
            let ns = Globals::for_dict(&d).0;
            let ns = match globals_map {
                Some(m) => Globals::over_mapping(m, ns, false),
                None => ns,
            };
            (ns, locals_dict)
        }
        None => {
            let ns = caller_namespace(vm, f);
            match (locals_dict, f) {
                (Some(l), _) => (ns.global_namespace(), Some(l)),
                (None, Some(f)) if !is_module_level(f) => (
                    ns.global_namespace(),
                    Some(LocalsArg::Dict(frame_locals(vm, Some(f)))),
                ),
                (None, _) => (ns, None),
            }
        }
    };
    let default_mode = if exec { CodeMode::Exec } else { CodeMode::Eval };
    let src = source_of(&args.pos[0], func, default_mode)?;
    let target = match locals_dict {
        None => globals_ns,
        Some(LocalsArg::Mapping(m)) => match globals_ns.mapping.get() {
            // `exec(s, g, g)`: the locals are the globals.
            Some(g) if same_object(&g.map, &m) => globals_ns,
            _ => Globals::over_mapping(m, globals_ns, true),
        },
        Some(LocalsArg::Dict(l)) => {
            let (ns, fresh) = Globals::for_dict(&l);
            // A module's own namespace is used as it is, without a parent.
            let layered = fresh || ns.parent.borrow().is_some();
            if layered && !Rc::ptr_eq(&ns, &globals_ns) {
                *ns.parent.borrow_mut() = Some(globals_ns);
            }
            ns
        }
    };
    // The call and the code's frame count against the recursion limit,
    // as in CPython, whose compiler reports it.
    let want_value = !exec && src.mode == CodeMode::Eval;
    vm.enter_call();
    let r = if vm.depth_exceeded() {
        Err(exceptions::new_err(
            ExcType::RecursionError,
            "maximum recursion depth exceeded during compilation",
        ))
    } else {
        let compiled = compile_in(&target.storage(), &src, false);
        target.sync_table();
        compiled.and_then(|(mut module, code)| {
            if src.compiled {
                module.warnings.clear();
            }
            crate::interp::with_stack(|| vm.exec_module_in(target, &module, code, want_value))
        })
    };
    vm.leave_call();
    let v = r?;
    Ok(if want_value { v } else { Value::None })
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False,
/// optimize=-1)`: checks the syntax now and returns a code object, which
/// `exec`/`eval` compile again for the namespace they run it in.
fn compile(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let slots = args.parse(
        "compile",
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
        0,
        3,
        6,
    )?;
    let [Some(source), Some(filename), Some(mode), ..] = &slots[..] else {
        return Err(type_error("compile() missing required argument"));
    };
    let mode = match mode {
        Value::Str(m) => match &**m {
            "exec" => CodeMode::Exec,
            "eval" => CodeMode::Eval,
            "single" => CodeMode::Single,
            "func_type" => return Err(exceptions::compile_func_type()),
            _ => return Err(exceptions::compile_mode()),
        },
        other => {
            return Err(type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                other.type_name()
            )))
        }
    };
    let filename: Rc<str> = match filename {
        Value::Str(s) => s.clone(),
        other => match crate::buffer::to_vec(other) {
            Some(b) => String::from_utf8_lossy(&b?).into(),
            None => {
                return Err(type_error(format!(
                    "compile() argument 'filename' must be str, bytes or os.PathLike, not {}",
                    other.type_name()
                )))
            }
        },
    };
    let text = match source {
        Value::Native(_) => return Err(exceptions::compile_source_type()),
        other => match source_of(other, "compile", mode) {
            Ok(s) => s.text,
            Err(e) if e.exc.typ == ExcType::TypeError => {
                return Err(exceptions::compile_source_type())
            }
            Err(e) => return Err(e),
        },
    };
    let src = Source {
        text,
        filename,
        mode,
        compiled: false,
    };
    let (module, code) = compile_in(&Globals::default(), &src, false)?;
    vm.print_compile_warnings(&module, &code)?;
    Ok(crate::objects::code::new_value(PyCode {
        source: src.text.into(),
        filename: src.filename,
        mode,
        name: "<module>".into(),
    }))
}
