//! `co_names`: the names a code object's instructions use by name (globals,
//! attributes, imported modules and names), in the order CPython's
//! compiler first emits them. Nested functions, classes, lambdas and
//! comprehensions have their own; only what their definition evaluates in
//! the enclosing scope (decorators, defaults, bases, the first iterable)
//! counts here.

use rustpython_parser::ast::{self as py};
use std::rc::Rc;

struct Names<'a> {
    out: Vec<Rc<str>>,
    is_local: &'a dyn Fn(&str) -> bool,
    /// Module-level code, where annotations are evaluated and stored.
    module: bool,
}

/// The names of a function body (`body_expr` for a lambda), where
/// `is_local` says which names are fast locals, cells or free variables.
pub fn function_names(
    body: &[py::Stmt],
    body_expr: Option<&py::Expr>,
    is_local: &dyn Fn(&str) -> bool,
) -> Vec<Rc<str>> {
    let mut n = Names {
        out: Vec::new(),
        is_local,
        module: false,
    };
    match body_expr {
        Some(e) => n.expr(e),
        None => n.body(skip_docstring(body)),
    }
    n.out
}

/// The names of module-level code (every variable is a name there).
pub fn module_names(body: &[py::Stmt]) -> Vec<Rc<str>> {
    let mut n = Names {
        out: Vec::new(),
        is_local: &|_| false,
        module: true,
    };
    if body.len() > skip_docstring(body).len() {
        n.add("__doc__");
    }
    n.body(skip_docstring(body));
    n.out
}

/// The names of an `eval` expression.
pub fn expression_names(e: &py::Expr) -> Vec<Rc<str>> {
    let mut n = Names {
        out: Vec::new(),
        is_local: &|_| false,
        module: true,
    };
    n.expr(e);
    n.out
}

fn skip_docstring(body: &[py::Stmt]) -> &[py::Stmt] {
    match body.first() {
        Some(py::Stmt::Expr(e)) if matches!(&*e.value, py::Expr::Constant(c) if matches!(c.value, py::Constant::Str(_))) => {
            &body[1..]
        }
        _ => body,
    }
}

impl Names<'_> {
    fn add(&mut self, name: &str) {
        // Names starting with a dot are the lowering's own (`async with`
        // and `async for` are rewritten before this sees them).
        if !name.starts_with('.') && !self.out.iter().any(|n| &**n == name) {
            self.out.push(name.into());
        }
    }

    fn var(&mut self, name: &str) {
        if !(self.is_local)(name) {
            self.add(name);
        }
    }

    fn body(&mut self, body: &[py::Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn exprs<'e>(&mut self, es: impl IntoIterator<Item = &'e py::Expr>) {
        for e in es {
            self.expr(e);
        }
    }

    fn arguments(&mut self, a: &py::Arguments) {
        for d in a.posonlyargs.iter().chain(&a.args) {
            if let Some(d) = &d.default {
                self.expr(d);
            }
        }
        for d in &a.kwonlyargs {
            if let Some(d) = &d.default {
                self.expr(d);
            }
        }
    }

    fn annotations(&mut self, a: &py::Arguments, returns: Option<&py::Expr>) {
        let all = a
            .posonlyargs
            .iter()
            .chain(&a.args)
            .map(|x| &x.def)
            .chain(a.vararg.as_deref())
            .chain(a.kwonlyargs.iter().map(|x| &x.def))
            .chain(a.kwarg.as_deref());
        for arg in all {
            if let Some(t) = &arg.annotation {
                self.expr(t);
            }
        }
        if let Some(r) = returns {
            self.expr(r);
        }
    }

    fn stmt(&mut self, s: &py::Stmt) {
        use py::Stmt as S;
        match s {
            S::FunctionDef(d) => {
                self.exprs(&d.decorator_list);
                self.arguments(&d.args);
                self.annotations(&d.args, d.returns.as_deref());
                self.var(&d.name);
            }
            S::AsyncFunctionDef(d) => {
                self.exprs(&d.decorator_list);
                self.arguments(&d.args);
                self.annotations(&d.args, d.returns.as_deref());
                self.var(&d.name);
            }
            S::ClassDef(c) => {
                self.exprs(&c.decorator_list);
                self.exprs(&c.bases);
                self.exprs(c.keywords.iter().map(|k| &k.value));
                self.var(&c.name);
            }
            S::Return(r) => self.exprs(r.value.as_deref()),
            S::Delete(d) => self.exprs(&d.targets),
            S::Assign(a) => {
                self.expr(&a.value);
                self.exprs(&a.targets);
            }
            S::AugAssign(a) => {
                self.expr(&a.target);
                self.expr(&a.value);
            }
            S::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v);
                    self.expr(&a.target);
                }
                if self.module {
                    self.expr(&a.annotation);
                    self.add("__annotations__");
                }
            }
            S::For(f) => {
                self.expr(&f.iter);
                self.expr(&f.target);
                self.body(&f.body);
                self.body(&f.orelse);
            }
            S::AsyncFor(f) => {
                self.expr(&f.iter);
                self.expr(&f.target);
                self.body(&f.body);
                self.body(&f.orelse);
            }
            S::While(w) => {
                self.expr(&w.test);
                self.body(&w.body);
                self.body(&w.orelse);
            }
            S::If(i) => {
                self.expr(&i.test);
                self.body(&i.body);
                self.body(&i.orelse);
            }
            S::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    self.exprs(item.optional_vars.as_deref());
                }
                self.body(&w.body);
            }
            S::AsyncWith(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    self.exprs(item.optional_vars.as_deref());
                }
                self.body(&w.body);
            }
            S::Raise(r) => {
                self.exprs(r.exc.as_deref());
                self.exprs(r.cause.as_deref());
            }
            S::Try(t) => self.try_(&t.body, &t.handlers, &t.orelse, &t.finalbody),
            S::TryStar(t) => self.try_(&t.body, &t.handlers, &t.orelse, &t.finalbody),
            S::Assert(a) => {
                self.expr(&a.test);
                self.exprs(a.msg.as_deref());
            }
            S::Import(i) => {
                for alias in &i.names {
                    let full = alias.name.as_str();
                    self.add(full);
                    match &alias.asname {
                        Some(asname) => {
                            for part in full.split('.').skip(1) {
                                self.add(part);
                            }
                            self.var(asname);
                        }
                        None => self.var(full.split('.').next().unwrap_or(full)),
                    }
                }
            }
            S::ImportFrom(i) => {
                self.add(i.module.as_ref().map_or("", |m| m.as_str()));
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        continue;
                    }
                    self.add(&alias.name);
                    self.var(alias.asname.as_ref().unwrap_or(&alias.name));
                }
            }
            S::Expr(e) => self.expr(&e.value),
            S::Match(m) => {
                self.expr(&m.subject);
                for case in &m.cases {
                    self.exprs(case.guard.as_deref());
                    self.body(&case.body);
                }
            }
            S::Global(_) | S::Nonlocal(_) | S::Pass(_) | S::Break(_) | S::Continue(_) => {}
            _ => {}
        }
    }

    fn try_(
        &mut self,
        body: &[py::Stmt],
        handlers: &[py::ExceptHandler],
        orelse: &[py::Stmt],
        finalbody: &[py::Stmt],
    ) {
        self.body(body);
        for h in handlers {
            let py::ExceptHandler::ExceptHandler(h) = h;
            self.exprs(h.type_.as_deref());
            if let Some(name) = &h.name {
                self.var(name);
            }
            self.body(&h.body);
        }
        self.body(orelse);
        self.body(finalbody);
    }

    fn expr(&mut self, e: &py::Expr) {
        use py::Expr as E;
        match e {
            E::Name(n) => self.var(&n.id),
            E::Attribute(a) => {
                self.expr(&a.value);
                self.add(&a.attr);
            }
            E::Lambda(l) => self.arguments(&l.args),
            E::ListComp(c) => self.first_iter(&c.generators),
            E::SetComp(c) => self.first_iter(&c.generators),
            E::GeneratorExp(c) => self.first_iter(&c.generators),
            E::DictComp(c) => self.first_iter(&c.generators),
            E::Dict(d) => {
                for (k, v) in d.keys.iter().zip(&d.values) {
                    self.exprs(k.as_ref());
                    self.expr(v);
                }
            }
            E::NamedExpr(n) => {
                self.expr(&n.value);
                self.expr(&n.target);
            }
            E::IfExp(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            _ => crate::lower::for_each_child(e, |c| self.expr(c)),
        }
    }

    fn first_iter(&mut self, gens: &[py::Comprehension]) {
        if let Some(g) = gens.first() {
            self.expr(&g.iter);
        }
    }
}

/// `co_names` of source `compile()` has checked: module code, or an `eval`
/// expression.
pub fn source_names(source: &str, eval: bool) -> Vec<Rc<str>> {
    let Ok(body) = crate::parse::parse_module(source) else {
        return Vec::new();
    };
    match (eval, body.as_slice()) {
        (true, [py::Stmt::Expr(e)]) => expression_names(&e.value),
        _ => module_names(&body),
    }
}
