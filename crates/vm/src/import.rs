//! The import system: `sys.modules`, the host's and the built-in modules,
//! and Python modules read from files.
//!
//! `import a.b` imports `a`, then `a.b`, each once: a module is looked up
//! in `sys.modules` (a dict scripts may change), then among the modules
//! the host registered, the built-in modules, and (only when the host
//! allows file imports, see `PathRoots`) the directories on
//! `sys.path`: `name/__init__.py` makes a package, `name.py` a module.
//! A package's submodules are searched in its `__path__`.
//!
//! A sandboxed host names the directories scripts may read (its roots):
//! a `sys.path` or `__path__` entry that does not resolve (symbolic links
//! and `..` followed) to a place inside one of them is skipped as if it
//! were empty, and so is a module file whose real path leads outside, so
//! a script can neither read nor probe files the host did not name.
//!
//! A module file is parsed and lowered by the same front end as the main
//! script, against a name table of its own, and run once in a namespace
//! of its own (a `Globals`, which is also the module's attribute table).
//! The module is in `sys.modules` while its code runs, marked as
//! initializing, so circular imports see it partially initialized as in
//! CPython; if its code fails, it is removed again. Relative imports
//! resolve against `__package__`, as importlib does. Namespace packages
//! (directories without `__init__.py`) are not supported.

use crate::exceptions::{self, ExcType, PyErr, PyResult};
use crate::interp::{CodeUnit, Frame, Globals, Vm};
use crate::objects::dict::Key;
use crate::objects::function::Args;
use crate::objects::module::PyModule;
use crate::value::Value;
use pyview_syntax::ir::{NameRef, Span};
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// Which directories a script may reach: `import` reads module files
/// from them, `open()` files below them (each with roots of its own).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum PathRoots {
    /// None: only built-in and host modules import (the sandbox default).
    #[default]
    Nowhere,
    /// The directories on `sys.path` that lie inside these (as given;
    /// `""` is the current directory), and no others.
    Within(Vec<String>),
    /// Every directory on `sys.path`, as python3 (the `pyview` command).
    Anywhere,
}

impl PathRoots {
    /// Whether `path` (a directory or a file) may be read: it resolves to
    /// a place inside one of the roots.
    pub(crate) fn admits(&self, path: &str) -> bool {
        self.admits_real(|| real_path(path))
    }

    /// Whether `path`, which may not exist yet, lies inside one of the
    /// roots: its nearest existing ancestor resolves inside, and the part
    /// below that does not climb out with `..` (what does not exist cannot
    /// be a symbolic link). So a missing file or directory inside a root
    /// is left for the OS to report.
    pub(crate) fn admits_new(&self, path: &str) -> bool {
        self.admits_real(|| {
            let mut missing = Vec::new();
            let mut at = Path::new(path);
            loop {
                if let Some(real) = real_path(at.to_str()?) {
                    return Some(missing.iter().rev().fold(real, |p, c| p.join(c)));
                }
                match at.components().next_back()? {
                    std::path::Component::Normal(c) => missing.push(c),
                    _ => return None,
                }
                at = at.parent()?;
            }
        })
    }

    fn admits_real(&self, real: impl FnOnce() -> Option<PathBuf>) -> bool {
        match self {
            PathRoots::Nowhere => false,
            PathRoots::Anywhere => true,
            PathRoots::Within(roots) => {
                let Some(real) = real() else {
                    return false;
                };
                roots
                    .iter()
                    .filter_map(|r| real_path(r))
                    .any(|root| real.starts_with(root))
            }
        }
    }
}

/// `path` with symbolic links and `..` resolved (`""` is the current
/// directory); `None` when it does not exist.
fn real_path(path: &str) -> Option<PathBuf> {
    let p = if path.is_empty() { "." } else { path };
    std::fs::canonicalize(Path::new(p)).ok()
}

/// A module file found on the search path.
struct Found {
    file: String,
    /// The package directory, for `name/__init__.py`.
    package: Option<String>,
}

impl Vm {
    /// Sets up `__main__` (the VM's globals) and `builtins` in
    /// `sys.modules`, with the dunder names CPython gives `__main__`.
    pub(crate) fn init_main_module(&mut self) {
        let g = self.globals.clone();
        g.set("__name__", Value::str("__main__"));
        g.set("__doc__", Value::None);
        g.set("__package__", Value::None);
        g.set("__loader__", Value::None);
        g.set("__spec__", Value::None);
        g.set(
            "__annotations__",
            Value::Dict(Rc::new(crate::objects::dict::PyDict::default())),
        );
        let builtins = self.builtins_module();
        g.set("__builtins__", builtins.clone());
        self.register_module("builtins", builtins);
        let main = Value::Module(PyModule::with_namespace("__main__", g));
        self.register_module("__main__", main);
    }

    /// The `builtins` module (its attributes copied from the builtins).
    pub(crate) fn builtins_module(&mut self) -> Value {
        if let Some(m) = &self.builtins_module {
            return m.clone();
        }
        let mut names: Vec<&str> = self.builtin_names().collect();
        names.sort_unstable();
        let attrs: Vec<(&str, Value)> = names
            .iter()
            .filter_map(|n| Some((*n, self.builtin(n)?)))
            .collect();
        let m = Value::Module(PyModule::new("builtins", attrs));
        self.builtins_module = Some(m.clone());
        m
    }

    /// An import statement through `builtins.__import__` when a script
    /// has set one (pyview has none of its own: the sandbox offers no
    /// import function), called as CPython's `IMPORT_NAME` calls it: the
    /// name without its leading dots, and their count as the level.
    fn import_hook(&mut self, f: &Frame, module: &str, fromlist: Value) -> Option<PyResult<Value>> {
        let hook = match &self.custom_builtins(f.globals) {
            Some(Value::Dict(d)) => match d.get(&Value::str("__import__")) {
                Ok(Some(h)) => h,
                Ok(None) => {
                    return Some(Err(crate::exceptions::new_err(
                        ExcType::ImportError,
                        "__import__ not found",
                    )))
                }
                Err(e) => return Some(Err(e)),
            },
            Some(Value::Module(m)) => m.get("__import__")?,
            Some(_) => {
                return Some(Err(crate::exceptions::new_err(
                    ExcType::SystemError,
                    "Objects/dictobject.c:1756: bad argument to internal function",
                )))
            }
            None => self.builtin("__import__")?,
        };
        // pyview's own `__import__` is the import statement itself.
        if matches!(&hook, Value::Builtin(b) if &*b.name == "__import__" && b.module.is_none()) {
            return None;
        }
        let level = module.bytes().take_while(|&b| b == b'.').count();
        let name = module.get(level..).unwrap_or_default();
        let globals = Value::Dict(f.globals.dict());
        let locals = if &**f.name == "<module>" {
            globals.clone()
        } else {
            Value::None
        };
        Some(self.call(
            &hook,
            Args::new(vec![
                Value::str(name),
                globals,
                locals,
                fromlist,
                Value::from_usize(level),
            ]),
        ))
    }

    /// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`:
    /// the import statement as a function. It returns the top-level
    /// package of a dotted name unless `fromlist` is non-empty; a relative
    /// import (`level` > 0) is resolved against the `__package__` or
    /// `__name__` in `globals`.
    pub(crate) fn import_builtin(&mut self, args: &Args) -> PyResult<Value> {
        let slots = args.parse(
            "__import__",
            &["name", "globals", "locals", "fromlist", "level"],
            0,
            1,
            5,
        )?;
        let [name, globals, _locals, fromlist, level] = [0, 1, 2, 3, 4].map(|i| slots[i].clone());
        let Some(Value::Str(name)) = name.as_ref().map(crate::dispatch::plain) else {
            return Err(exceptions::type_error("module name must be a string"));
        };
        let level = match &level {
            Some(v) => crate::modules::index_value(self, v)?,
            None => Value::Int(0),
        };
        let level = match level {
            Value::Int(n) if n >= 0 => n as usize,
            _ => return Err(exceptions::value_error("level must be >= 0")),
        };
        if level == 0 && name.is_empty() {
            return Err(exceptions::value_error("Empty module name"));
        }
        let full = if level == 0 {
            name.to_string()
        } else {
            let globals = match &globals {
                Some(Value::Dict(d)) => Some(d.clone()),
                _ => None,
            };
            let get = |k: &str| -> PyResult<Option<Value>> {
                match &globals {
                    Some(d) => d.get(&Value::str(k)),
                    None => Ok(None),
                }
            };
            if get("__package__")?.is_none() && get("__name__")?.is_none() {
                return Err(exceptions::err_from(crate::exceptions::PyException::new(
                    ExcType::KeyError,
                    vec![Value::str("'__name__' not in globals")],
                )));
            }
            let g = Globals::default();
            for k in ["__package__", "__name__", "__path__"] {
                if let Some(v) = get(k)? {
                    g.set(k, v);
                }
            }
            let dotted = format!("{}{name}", ".".repeat(level));
            self.absolute_name(&g, &dotted)?
        };
        let m = self.import(&full)?;
        let wants_leaf = match &fromlist {
            Some(v) => self.truthy(v)?,
            None => false,
        };
        if wants_leaf || level > 0 && !name.contains('.') {
            return Ok(m);
        }
        let top = name.split('.').next().unwrap_or_default();
        let top_full = match full.len().checked_sub(name.len()) {
            Some(cut) => format!("{}{top}", full.get(..cut).unwrap_or_default()),
            None => top.to_string(),
        };
        Ok(self.cached_module(&top_full)?.unwrap_or(m))
    }

    /// The list `sys.path` starts as.
    pub fn sys_path(&self) -> Value {
        self.sys_path.clone()
    }

    /// Removes a module from `sys.modules`.
    pub fn forget_module(&mut self, name: &str) {
        if let Ok(k) = Key::new(Value::str(name)) {
            self.sys_modules.remove(&k);
        }
    }

    pub(crate) fn register_module(&mut self, name: &str, m: Value) {
        let _ = self.sys_modules.set(Value::str(name), m);
    }

    /// `sys.modules[name]`, if there (`None` there stops the import).
    fn cached_module(&self, name: &str) -> PyResult<Option<Value>> {
        match self.sys_modules.get(&Value::str(name))? {
            Some(Value::None) => Err(exceptions::import_halted(name)),
            m => Ok(m),
        }
    }

    /// Imports a module by its absolute dotted name and returns it (the
    /// last component's module).
    pub fn import(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.cached_module(name)? {
            return Ok(m);
        }
        if name.split('.').any(str::is_empty) {
            return Err(exceptions::no_module_named(name));
        }
        let mut parent: Option<Value> = None;
        let mut end = 0;
        for part in name.split('.') {
            end += part.len() + usize::from(end > 0);
            let full = &name[..end];
            let m = match self.cached_module(full)? {
                Some(m) => m,
                None => {
                    let m = self.load_module(full, part, parent.as_ref())?;
                    if let Some(Value::Module(p)) = &parent {
                        p.set(part, m.clone());
                    }
                    m
                }
            };
            parent = Some(m);
        }
        Ok(parent.unwrap_or(Value::None))
    }

    /// Finds and runs module `full` (`part` is its last component).
    fn load_module(&mut self, full: &str, part: &str, parent: Option<&Value>) -> PyResult<Value> {
        if let Some(m) = self.host_modules.get(full).cloned() {
            self.register_module(full, m.clone());
            return Ok(m);
        }
        if parent.is_none() || crate::modules::is_package_submodule(full) {
            let builtin = match full {
                "builtins" => Some(self.builtins_module()),
                _ => crate::modules::make(self, full)?,
            };
            if let Some(m) = builtin {
                self.register_module(full, m.clone());
                return Ok(m);
            }
        }
        // A built-in module's submodule (`collections.abc`) may be part
        // of what it makes on first need.
        if let Some(Value::Module(p)) = parent {
            if self.complete_module(p)? {
                if let Some(m) = self.cached_module(full)? {
                    return Ok(m);
                }
            }
        }
        let dirs = match parent {
            None => self.search_path(),
            Some(p) => match package_path(p) {
                Some(dirs) => dirs,
                None => {
                    let parent_name = full.rsplit_once('.').map_or("", |(p, _)| p);
                    return Err(exceptions::not_a_package(full, parent_name));
                }
            },
        };
        if self.import_roots != PathRoots::Nowhere {
            for dir in dirs {
                if !self.import_roots.admits(&dir) {
                    continue;
                }
                match find_in_dir(&dir, part) {
                    Some(found) if self.import_roots.admits(&found.file) => {
                        return self.load_file(full, found)
                    }
                    _ => {}
                }
            }
        }
        Err(exceptions::no_module_named(full))
    }

    /// `sys.stdout` as the script left it (a script may replace it with
    /// any object that has a `write` method).
    pub(crate) fn sys_stdout(&self) -> PyResult<Value> {
        self.sys_stream(crate::value::Stream::Stdout)
    }

    /// What `sys.stdout` or `sys.stderr` names now: the stream itself
    /// unless a script assigned something else (CPython's "lost
    /// sys.stdout" once a script deleted it).
    pub fn sys_stream(&self, s: crate::value::Stream) -> PyResult<Value> {
        let name = match s {
            crate::value::Stream::Stdout => "stdout",
            crate::value::Stream::Stderr => "stderr",
            crate::value::Stream::Stdin => "stdin",
        };
        match &self.sys_module {
            Some(m) => m
                .get(name)
                .ok_or_else(|| exceptions::runtime_error(format!("lost sys.{name}"))),
            None => Ok(Value::Stream(s)),
        }
    }

    /// The directories of `sys.path` (the list `sys.path` names now).
    fn search_path(&self) -> Vec<String> {
        let sys = self.sys_modules.get(&Value::str("sys")).ok().flatten();
        let path = match &sys {
            Some(Value::Module(m)) => m.get("path"),
            _ => None,
        }
        .unwrap_or_else(|| self.sys_path.clone());
        str_list(&path).unwrap_or_default()
    }

    /// Runs a module file in a new namespace and returns the module.
    fn load_file(&mut self, full: &str, found: Found) -> PyResult<Value> {
        let source = match std::fs::read(&found.file) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(_) => return Err(exceptions::no_module_named(full)),
        };
        let ns = Rc::new(Globals::default());
        let package = match &found.package {
            Some(_) => full,
            None => full.rsplit_once('.').map_or("", |(p, _)| p),
        };
        ns.set("__name__", Value::str(full));
        ns.set("__doc__", Value::None);
        ns.set("__package__", Value::str(package));
        ns.set("__loader__", Value::None);
        ns.set("__spec__", Value::None);
        if let Some(dir) = &found.package {
            ns.set("__path__", Value::new_list(vec![Value::str(dir)]));
        }
        ns.set("__file__", Value::str(&found.file));
        ns.set("__cached__", Value::str(&cached_path(&found.file)));
        let builtins = self.builtins_module();
        ns.set("__builtins__", builtins);
        let module = PyModule::with_namespace(full, ns.clone());
        module.initializing.set(true);
        self.register_module(full, Value::Module(module.clone()));
        let compiled = {
            let mut table = ns.table.borrow_mut();
            pyview_syntax::compile(&source, &mut table)
        };
        let result = match compiled {
            Err(info) => Err(exceptions::syntax_error(&info, &found.file)),
            Ok(ir) => {
                let code = CodeUnit::new(&found.file, &source);
                crate::interp::with_stack(|| self.exec_module_in(ns, &ir, code, false)).map(drop)
            }
        };
        module.initializing.set(false);
        if let Err(e) = result {
            self.forget_module(full);
            return Err(e);
        }
        // A module may have replaced itself in `sys.modules`; either way
        // the entry moves to the end, as importlib re-inserts it.
        let m = self.cached_module(full)?.unwrap_or(Value::Module(module));
        self.forget_module(full);
        self.register_module(full, m.clone());
        Ok(m)
    }

    /// `import a.b.c` binds `a` (or, with `as`, the module `a.b.c`).
    #[inline(never)]
    pub(crate) fn import_stmt(&mut self, f: &Frame, name: &str, leaf: bool) -> PyResult<Value> {
        if let Some(r) = self.import_hook(f, name, Value::None) {
            // `import a.b as c` binds `c` to the submodule: attributes of
            // what `__import__` returned.
            let mut m = r?;
            if leaf {
                for part in name.split('.').skip(1) {
                    m = self.getattr(&m, part)?;
                }
            }
            return Ok(m);
        }
        let m = self.import(name)?;
        match name.split_once('.') {
            Some((top, _)) if !leaf => Ok(self.cached_module(top)?.unwrap_or(m)),
            _ => Ok(m),
        }
    }

    /// `from module import a as b, ...`, binding the names one by one.
    #[inline(never)]
    pub(crate) fn import_from(
        &mut self,
        f: &mut Frame,
        module: &str,
        names: &[(Rc<str>, NameRef, Span)],
    ) -> PyResult<()> {
        let fromlist = Value::new_tuple(
            names
                .iter()
                .map(|(n, _, _)| Value::Str(n.clone()))
                .collect(),
        );
        if let Some(r) = self.import_hook(f, module, fromlist) {
            let m = r?;
            for (name, target, _) in names {
                let v = self.getattr(&m, name).map_err(|e| {
                    if e.exc.typ != ExcType::AttributeError {
                        return e;
                    }
                    let from = match &m {
                        Value::Module(md) => md.display_name().to_string(),
                        _ => module.trim_start_matches('.').to_string(),
                    };
                    exceptions::cannot_import_name(name, &from, None, false)
                })?;
                self.store_pub(f, *target, v)?;
            }
            return Ok(());
        }
        let full = self.absolute_name(f.globals, module)?;
        let m = self.import(&full)?;
        for (name, target, _) in names {
            let v = self.import_name_from(&m, &full, name)?;
            self.store_pub(f, *target, v)?;
        }
        Ok(())
    }

    /// `from module import *`: binds the module's public names (its
    /// `__all__`, or the names not starting with `_`), one by one.
    #[inline(never)]
    pub(crate) fn import_star(&mut self, f: &Frame, module: &str) -> PyResult<()> {
        let (m, full) = match self.import_hook(f, module, Value::new_tuple(vec![Value::str("*")])) {
            Some(r) => (r?, module.trim_start_matches('.').to_string()),
            None => {
                let full = self.absolute_name(f.globals, module)?;
                (self.import(&full)?, full)
            }
        };
        let Value::Module(md) = &m else {
            return Err(exceptions::cannot_import_name("*", &full, None, false));
        };
        self.complete_module(md)?;
        match md.get("__all__") {
            Some(all) => {
                for item in self.collect(&all)? {
                    let Value::Str(ref name) = item else {
                        return Err(exceptions::type_error(format!(
                            "Item in {}.__all__ must be str, not {}",
                            md.display_name(),
                            item.type_name()
                        )));
                    };
                    let v = match md.get(name) {
                        Some(v) => v,
                        None => self
                            .import_name_from(&m, &full, name)
                            .map_err(|_| exceptions::module_no_attribute(md, name))?,
                    };
                    f.globals.set(name, v);
                }
            }
            None => {
                for name in md.names() {
                    if name.starts_with('_') {
                        continue;
                    }
                    if let Some(v) = md.get(&name) {
                        f.globals.set(&name, v);
                    }
                }
            }
        }
        Ok(())
    }

    /// Attribute `name` of an imported module, importing the submodule
    /// of that name if the module is a package without such attribute.
    fn import_name_from(&mut self, m: &Value, full: &str, name: &str) -> PyResult<Value> {
        let Value::Module(md) = m else {
            return self
                .getattr(m, name)
                .map_err(|_| exceptions::cannot_import_name(name, full, None, false));
        };
        if let Some(v) = md.get(name) {
            return Ok(v);
        }
        if self.complete_module(md)? {
            return self.import_name_from(m, full, name);
        }
        // PEP 562: the module's `__getattr__` comes before its submodules.
        if let Some(hook) = md.get("__getattr__") {
            match self.call(&hook, Args::new(vec![Value::str(name)])) {
                Ok(v) => return Ok(v),
                Err(e) if e.exc.typ == ExcType::AttributeError => {}
                Err(e) => return Err(e),
            }
        }
        let sub = format!("{full}.{name}");
        if let Some(v) = self.cached_module(&sub)? {
            return Ok(v);
        }
        if md.get("__path__").is_some() {
            match self.import(&sub) {
                Ok(v) => return Ok(v),
                Err(e) if !is_not_found(&e, &sub) => return Err(e),
                Err(_) => {}
            }
        }
        Err(exceptions::cannot_import_name(
            name,
            &md.display_name(),
            md.file().as_deref(),
            md.initializing.get(),
        ))
    }

    /// The absolute name of `module` (`..x` is relative to the package of
    /// the code's namespace, computed as importlib does).
    fn absolute_name(&self, globals: &Globals, module: &str) -> PyResult<String> {
        let level = module.bytes().take_while(|&b| b == b'.').count();
        if level == 0 {
            return Ok(module.to_string());
        }
        let rest = &module[level..];
        let package = match &globals.get("__package__") {
            Some(Value::Str(p)) => p.to_string(),
            Some(Value::None) | None => match &globals.get("__name__") {
                Some(Value::Str(n)) if globals.get("__path__").is_some() => n.to_string(),
                Some(Value::Str(n)) => n.rsplit_once('.').map_or("", |(p, _)| p).to_string(),
                _ => String::new(),
            },
            Some(_) => return Err(exceptions::type_error("package must be a string")),
        };
        if package.is_empty() {
            return Err(exceptions::relative_import_no_parent());
        }
        let bits: Vec<&str> = package.rsplitn(level, '.').collect();
        if bits.len() < level {
            return Err(exceptions::relative_import_beyond_top());
        }
        let base = bits.last().copied().unwrap_or_default();
        Ok(if rest.is_empty() {
            base.to_string()
        } else {
            format!("{base}.{rest}")
        })
    }
}

/// Whether `e` is the ModuleNotFoundError for exactly `name`.
fn is_not_found(e: &PyErr, name: &str) -> bool {
    e.exc.typ == ExcType::ModuleNotFoundError
        && matches!(e.exc.attrs.borrow().get("name"), Some(Value::Str(n)) if &**n == name)
}

/// A package's `__path__` directories; `None` for a plain module.
fn package_path(m: &Value) -> Option<Vec<String>> {
    match m {
        Value::Module(m) => str_list(&m.get("__path__")?),
        _ => None,
    }
}

/// The str items of a list (other items are skipped, as importlib does).
fn str_list(v: &Value) -> Option<Vec<String>> {
    match v {
        Value::List(l) => Some(
            l.borrow()
                .iter()
                .filter_map(|v| match v {
                    Value::Str(s) => Some(s.to_string()),
                    _ => None,
                })
                .collect(),
        ),
        _ => None,
    }
}

/// `name` as a package or a module file in `dir` (`""` is the current
/// directory, and file names are absolute then, as importlib makes them).
fn find_in_dir(dir: &str, name: &str) -> Option<Found> {
    let base = if dir.is_empty() {
        std::env::current_dir().ok()?.display().to_string()
    } else {
        match dir.trim_end_matches('/') {
            "" => String::new(),
            d => d.to_string(),
        }
    };
    let package = format!("{base}/{name}");
    let init = format!("{package}/__init__.py");
    if std::path::Path::new(&init).is_file() {
        return Some(Found {
            file: init,
            package: Some(package),
        });
    }
    let file = format!("{base}/{name}.py");
    std::path::Path::new(&file).is_file().then_some(Found {
        file,
        package: None,
    })
}

/// `__cached__`: where CPython would keep the module's bytecode.
fn cached_path(file: &str) -> String {
    let (dir, base) = file.rsplit_once('/').unwrap_or(("", file));
    let stem = base.strip_suffix(".py").unwrap_or(base);
    format!("{dir}/__pycache__/{stem}.cpython-311.pyc")
}
