//! Lowering: rustpython-parser's AST to pyview's IR, the one place where
//! names are resolved to slots and unsupported constructs are rejected
//! with a located error.
//!
//! Scoping follows CPython's symbol table: a name bound in a function is
//! local unless declared `global` or `nonlocal`; a local that an inner
//! function reads becomes a cell; comprehension variables get hidden
//! slots of their own in the enclosing frame (CPython 3.11 runs a
//! comprehension in a function of its own, so its variables never leak).

use crate::error::{SyntaxErrorInfo, SyntaxKind};
use crate::ir::*;
use crate::source::LineIndex;
use num_traits::ToPrimitive;
use rustpython_parser::ast::{self as py, Ranged};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

mod asyncs;
pub mod conames;
mod literals;
mod mangle;
mod star_index;
mod unparse;
mod warnings;
mod yields;

/// The module's global names: persists across REPL inputs so every input
/// resolves the same name to the same slot.
#[derive(Debug, Default, Clone)]
pub struct GlobalTable {
    pub names: Vec<Rc<str>>,
    index: HashMap<Rc<str>, u32>,
}

impl GlobalTable {
    pub fn slot(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        let rc: Rc<str> = name.into();
        self.names.push(rc.clone());
        self.index.insert(rc, i);
        i
    }

    pub fn lookup(&self, name: &str) -> Option<u32> {
        self.index.get(name).copied()
    }
}

/// Deepest nesting of expressions and blocks lowered before giving up,
/// so hostile input cannot exhaust the stack.
const MAX_DEPTH: u32 = 3000;

type LResult<T> = Result<T, SyntaxErrorInfo>;

/// Positional defaults and keyword-only defaults of a function.
type Defaults = (Vec<Expr>, Vec<(Rc<str>, Expr)>);

/// What the symbol pass learns about one function scope.
#[derive(Default, Debug)]
struct ScopeInfo {
    bound: HashSet<String>,
    globals: HashSet<String>,
    nonlocals: HashSet<String>,
    used: HashSet<String>,
    /// Names this scope or its descendants need from enclosing functions.
    free: HashSet<String>,
    /// Names of this scope captured by inner functions.
    cells: HashSet<String>,
    params: HashSet<String>,
    /// Names given a stored annotation (`x: int`), which cannot then be
    /// declared `global` or `nonlocal`.
    annotated: HashSet<String>,
    /// Where each name's first `global`/`nonlocal` declaration is.
    directives: HashMap<String, ScopeKey>,
    /// The first `global`/`nonlocal` declaration that CPython's symbol
    /// table refuses (a parameter, or a name used or bound before it):
    /// its message and the statement's range.
    decl_error: Option<(String, ScopeKey)>,
    /// Names bound only by imports so far, which CPython's symbol table
    /// marks apart from other bindings: a later declaration is no error.
    imported: HashSet<String>,
}

/// Symbol pass over one function body (not descending into inner scopes
/// except to collect their free names).
struct SymbolPass<'a> {
    info: ScopeInfo,
    scopes: &'a mut HashMap<ScopeKey, ScopeInfo>,
    /// In a generator expression's scope: the walrus targets, which bind
    /// in the nearest enclosing function instead (PEP 572).
    walrus: Option<HashSet<String>>,
    /// In a class body, whose names its comprehensions cannot see.
    class_body: bool,
    /// In the module's own scope, where a name declared global may be
    /// annotated (`global x` then `x: int = 3`).
    module_scope: bool,
    /// The source, to tell a stored annotation's plain-name target from a
    /// parenthesized one.
    src: &'a str,
}

/// Identifies a scope-making node (function, class, lambda, comprehension)
/// between the symbol pass and lowering: its byte range.
type ScopeKey = (u32, u32);

fn scope_key(r: rustpython_parser::text_size::TextRange) -> ScopeKey {
    (r.start().to_u32(), r.end().to_u32())
}

fn analyze_function(
    args: &py::Arguments,
    body_stmts: &[py::Stmt],
    body_expr: Option<&py::Expr>,
    scopes: &mut HashMap<ScopeKey, ScopeInfo>,
    src: &str,
) -> ScopeInfo {
    let mut p = SymbolPass {
        info: ScopeInfo::default(),
        scopes,
        walrus: None,
        class_body: false,
        module_scope: false,
        src,
    };
    for a in args
        .posonlyargs
        .iter()
        .chain(&args.args)
        .chain(&args.kwonlyargs)
    {
        p.info.bound.insert(a.def.arg.to_string());
        p.info.params.insert(a.def.arg.to_string());
    }
    for a in args.vararg.iter().chain(args.kwarg.iter()) {
        p.info.bound.insert(a.arg.to_string());
        p.info.params.insert(a.arg.to_string());
    }
    for s in body_stmts {
        p.stmt(s);
    }
    if let Some(e) = body_expr {
        p.expr(e);
    }
    finish_scope(p.info)
}

/// Settles a function-like scope once its body was walked: its free
/// names, and which of its locals inner scopes capture (its cells).
fn finish_scope(mut info: ScopeInfo) -> ScopeInfo {
    for g in &info.globals {
        info.bound.remove(g);
    }
    let mut free: HashSet<String> = info
        .used
        .iter()
        .filter(|n| !info.bound.contains(*n) && !info.globals.contains(*n))
        .cloned()
        .collect();
    free.extend(info.nonlocals.iter().cloned());
    // Free names of inner scopes that this scope binds become its cells;
    // the others pass through to enclosing scopes.
    let inner_free = std::mem::take(&mut info.free);
    for n in inner_free {
        if info.bound.contains(&n) && !info.nonlocals.contains(&n) {
            info.cells.insert(n);
        } else if !info.globals.contains(&n) {
            free.insert(n);
        }
    }
    info.free = free;
    info
}

/// The symbol pass over a generator expression, a function of its own
/// whose first iterable belongs to the enclosing scope. Returns the scope
/// and the walrus targets, which the enclosing scope binds.
fn analyze_genexpr(
    elt: &py::Expr,
    gens: &[py::Comprehension],
    scopes: &mut HashMap<ScopeKey, ScopeInfo>,
    src: &str,
) -> (ScopeInfo, HashSet<String>) {
    let mut p = SymbolPass {
        info: ScopeInfo::default(),
        scopes,
        walrus: Some(HashSet::new()),
        class_body: false,
        module_scope: false,
        src,
    };
    for (i, g) in gens.iter().enumerate() {
        p.bind_target(&g.target);
        if i > 0 {
            p.expr(&g.iter);
        }
        g.ifs.iter().for_each(|e| p.expr(e));
    }
    p.expr(elt);
    let walrus = p.walrus.take().unwrap_or_default();
    let mut info = p.info;
    // Walrus targets are free here, like `nonlocal` names.
    info.nonlocals.extend(walrus.iter().cloned());
    (finish_scope(info), walrus)
}

/// The symbol pass over a class body: its bound names are the class
/// namespace, invisible to the functions defined in it, so their free
/// names pass through (except `__class__`, which the class provides).
fn analyze_class(
    body: &[py::Stmt],
    scopes: &mut HashMap<ScopeKey, ScopeInfo>,
    src: &str,
) -> ScopeInfo {
    let mut p = SymbolPass {
        info: ScopeInfo::default(),
        scopes,
        walrus: None,
        class_body: true,
        module_scope: false,
        src,
    };
    p.stmts(body);
    let mut info = p.info;
    let inner_free = std::mem::take(&mut info.free);
    let mut free: HashSet<String> = info
        .used
        .iter()
        .filter(|n| !info.bound.contains(*n) && !info.globals.contains(*n))
        .cloned()
        .collect();
    // A class body's `nonlocal` names live in the enclosing function.
    free.extend(info.nonlocals.iter().cloned());
    for n in inner_free {
        if n != "__class__" && !info.globals.contains(&n) {
            free.insert(n);
        }
    }
    info.free = free;
    info
}

impl SymbolPass<'_> {
    /// Records CPython's symbol-table error for a `global`/`nonlocal`
    /// declaration of `name` coming after its use in this scope.
    fn check_declaration(&mut self, name: &str, kind: &str, at: ScopeKey) {
        if self.info.decl_error.is_some() {
            return;
        }
        let info = &self.info;
        let mut at = at;
        let msg = if info.params.contains(name) {
            format!("name '{name}' is parameter and {kind}")
        } else if info.used.contains(name) {
            format!("name '{name}' is used prior to {kind} declaration")
        } else if info.annotated.contains(name) {
            format!("annotated name '{name}' can't be {kind}")
        } else if info.bound.contains(name) && !info.imported.contains(name) {
            format!("name '{name}' is assigned to before {kind} declaration")
        } else if (kind == "global" && info.nonlocals.contains(name))
            || (kind == "nonlocal" && info.globals.contains(name))
        {
            // Reported at the name's first declaration.
            at = info.directives.get(name).copied().unwrap_or(at);
            format!("name '{name}' is nonlocal and global")
        } else {
            return;
        };
        self.info.decl_error = Some((msg, at));
    }

    /// Records CPython's symbol-table error for a stored annotation of a
    /// name declared `global` or `nonlocal` in this scope.
    fn check_annotation(&mut self, name: &str, at: ScopeKey) {
        if self.module_scope {
            return;
        }
        let kind = if self.info.globals.contains(name) {
            "global"
        } else if self.info.nonlocals.contains(name) {
            "nonlocal"
        } else {
            return;
        };
        if self.info.decl_error.is_none() {
            self.info.decl_error = Some((format!("annotated name '{name}' can't be {kind}"), at));
        }
    }

    fn bind_import(&mut self, name: String) {
        if !self.info.bound.contains(&name) {
            self.info.imported.insert(name.clone());
        }
        self.info.bound.insert(name);
    }

    fn bind_target(&mut self, e: &py::Expr) {
        match e {
            py::Expr::Name(n) => {
                self.info.imported.remove(n.id.as_str());
                self.info.bound.insert(n.id.to_string());
            }
            py::Expr::Tuple(t) => t.elts.iter().for_each(|x| self.bind_target(x)),
            py::Expr::List(t) => t.elts.iter().for_each(|x| self.bind_target(x)),
            py::Expr::Starred(s) => self.bind_target(&s.value),
            other => self.expr(other),
        }
    }

    fn stmts(&mut self, b: &[py::Stmt]) {
        b.iter().for_each(|s| self.stmt(s));
    }

    fn stmt(&mut self, s: &py::Stmt) {
        use py::Stmt as S;
        match s {
            S::FunctionDef(f) => {
                self.info.bound.insert(f.name.to_string());
                f.decorator_list.iter().for_each(|d| self.expr(d));
                self.defaults(&f.args);
                for a in annotated(&f.args) {
                    self.expr(a);
                }
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                let inner = analyze_function(&f.args, &f.body, None, self.scopes, self.src);
                self.info.free.extend(inner.free.iter().cloned());
                self.scopes.insert(scope_key(f.range), inner);
            }
            S::AsyncFunctionDef(f) => {
                self.info.bound.insert(f.name.to_string());
            }
            S::ClassDef(c) => {
                self.info.bound.insert(c.name.to_string());
                c.decorator_list.iter().for_each(|d| self.expr(d));
                c.bases.iter().for_each(|b| self.expr(b));
                let inner = analyze_class(&c.body, self.scopes, self.src);
                self.info.free.extend(inner.free.iter().cloned());
                self.scopes.insert(scope_key(c.range), inner);
            }
            S::Return(r) => r.value.iter().for_each(|v| self.expr(v)),
            S::Delete(d) => d.targets.iter().for_each(|t| self.bind_target(t)),
            S::Assign(a) => {
                a.targets.iter().for_each(|t| self.bind_target(t));
                self.expr(&a.value);
            }
            S::AugAssign(a) => {
                // A store only, to CPython's symbol table (no USE flag).
                self.bind_target(&a.target);
                self.expr(&a.value);
            }
            S::AnnAssign(a) => {
                if let py::Expr::Name(n) = &*a.target {
                    if simple_annotation(a, self.src) {
                        self.check_annotation(&n.id, scope_key(a.range));
                        self.info.annotated.insert(n.id.to_string());
                    }
                }
                self.bind_target(&a.target);
                a.value.iter().for_each(|v| self.expr(v));
                // CPython's symbol table reads the annotation's names even
                // in functions, where it is never evaluated.
                self.expr(&a.annotation);
            }
            S::For(f) => {
                self.bind_target(&f.target);
                self.expr(&f.iter);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            S::While(w) => {
                self.expr(&w.test);
                self.stmts(&w.body);
                self.stmts(&w.orelse);
            }
            S::If(i) => {
                self.expr(&i.test);
                self.stmts(&i.body);
                self.stmts(&i.orelse);
            }
            S::With(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.bind_target(v);
                    }
                }
                self.stmts(&w.body);
            }
            S::Raise(r) => {
                r.exc.iter().for_each(|e| self.expr(e));
                r.cause.iter().for_each(|e| self.expr(e));
            }
            S::Try(py::StmtTry {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            })
            | S::TryStar(py::StmtTryStar {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            }) => {
                self.stmts(body);
                for py::ExceptHandler::ExceptHandler(h) in handlers {
                    h.type_.iter().for_each(|e| self.expr(e));
                    if let Some(n) = &h.name {
                        self.info.bound.insert(n.to_string());
                    }
                    self.stmts(&h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            S::Assert(a) => {
                self.expr(&a.test);
                a.msg.iter().for_each(|e| self.expr(e));
            }
            S::Import(i) => {
                for a in &i.names {
                    let name = match &a.asname {
                        Some(n) => n.to_string(),
                        None => a.name.split('.').next().unwrap_or_default().to_string(),
                    };
                    self.bind_import(name);
                }
            }
            S::ImportFrom(i) => {
                for a in &i.names {
                    let n = a.asname.as_ref().unwrap_or(&a.name);
                    self.bind_import(n.to_string());
                }
            }
            S::Global(g) => {
                for n in &g.names {
                    self.check_declaration(n, "global", scope_key(g.range));
                    self.info.globals.insert(n.to_string());
                    let key = scope_key(g.range);
                    self.info.directives.entry(n.to_string()).or_insert(key);
                }
            }
            S::Nonlocal(g) => {
                for n in &g.names {
                    self.check_declaration(n, "nonlocal", scope_key(g.range));
                    self.info.nonlocals.insert(n.to_string());
                    let key = scope_key(g.range);
                    self.info.directives.entry(n.to_string()).or_insert(key);
                }
            }
            S::Expr(e) => self.expr(&e.value),
            S::Match(m) => {
                self.expr(&m.subject);
                for c in &m.cases {
                    self.pattern(&c.pattern);
                    c.guard.iter().for_each(|g| self.expr(g));
                    self.stmts(&c.body);
                }
            }
            _ => {}
        }
    }

    fn pattern(&mut self, p: &py::Pattern) {
        use py::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value),
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => s.patterns.iter().for_each(|p| self.pattern(p)),
            P::MatchMapping(m) => {
                m.keys.iter().for_each(|k| self.expr(k));
                m.patterns.iter().for_each(|p| self.pattern(p));
                if let Some(r) = &m.rest {
                    self.info.bound.insert(r.to_string());
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls);
                c.patterns
                    .iter()
                    .chain(&c.kwd_patterns)
                    .for_each(|p| self.pattern(p));
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.info.bound.insert(n.to_string());
                }
            }
            P::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p);
                }
                if let Some(n) = &a.name {
                    self.info.bound.insert(n.to_string());
                }
            }
            P::MatchOr(o) => o.patterns.iter().for_each(|p| self.pattern(p)),
        }
    }

    fn defaults(&mut self, args: &py::Arguments) {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            if let Some(d) = &a.default {
                self.expr(d);
            }
        }
    }

    /// An inline (list, set or dict) comprehension. Its targets are
    /// private to it, so only its uses are collected; targets that inner
    /// scopes capture become cells of the comprehension, recorded under its
    /// key. The first iterable belongs to the enclosing scope.
    fn comprehension(&mut self, key: ScopeKey, elts: &[&py::Expr], gens: &[py::Comprehension]) {
        let mut targets = HashSet::new();
        for g in gens {
            collect_names(&g.target, &mut targets);
        }
        if let Some(g) = gens.first() {
            self.expr(&g.iter);
        }
        let before: HashSet<String> = self.info.used.clone();
        // In a class body, what the comprehension reads comes from the
        // enclosing functions, as for a nested function.
        let class_uses = self.class_body.then(|| std::mem::take(&mut self.info.used));
        let outer_free = std::mem::take(&mut self.info.free);
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            g.ifs.iter().for_each(|e| self.expr(e));
        }
        elts.iter().for_each(|e| self.expr(e));
        if let Some(outer_used) = class_uses {
            let inner_used = std::mem::replace(&mut self.info.used, outer_used);
            self.info
                .free
                .extend(inner_used.into_iter().filter(|n| !targets.contains(n)));
        }
        for t in &targets {
            if !before.contains(t) {
                self.info.used.remove(t);
            }
        }
        let inner_free = std::mem::replace(&mut self.info.free, outer_free);
        let mut captured = ScopeInfo::default();
        for n in inner_free {
            if targets.contains(&n) {
                captured.cells.insert(n);
            } else {
                self.info.free.insert(n);
            }
        }
        if !captured.cells.is_empty() {
            self.scopes.insert(key, captured);
        }
    }

    /// A name a walrus binds: here, or (inside a generator expression) in
    /// the enclosing function.
    fn bind_walrus(&mut self, name: String) {
        match &mut self.walrus {
            Some(w) => {
                w.insert(name);
            }
            None => {
                self.info.bound.insert(name);
            }
        }
    }

    fn expr(&mut self, e: &py::Expr) {
        use py::Expr as E;
        match e {
            E::Name(n) => {
                self.info.used.insert(n.id.to_string());
            }
            E::NamedExpr(n) => {
                match &*n.target {
                    py::Expr::Name(name) => self.bind_walrus(name.id.to_string()),
                    other => self.bind_target(other),
                }
                self.expr(&n.value);
            }
            E::Lambda(l) => {
                self.defaults(&l.args);
                let inner = analyze_function(&l.args, &[], Some(&l.body), self.scopes, self.src);
                self.info.free.extend(inner.free.iter().cloned());
                self.scopes.insert(scope_key(l.range), inner);
            }
            E::Call(c)
                if c.args.is_empty()
                    && matches!(&*c.func, py::Expr::Name(n) if n.id.as_str() == "super") =>
            {
                self.info.used.insert("super".to_string());
                self.info.used.insert("__class__".to_string());
            }
            E::ListComp(c) => self.comprehension(scope_key(c.range), &[&c.elt], &c.generators),
            E::SetComp(c) => self.comprehension(scope_key(c.range), &[&c.elt], &c.generators),
            E::DictComp(c) => {
                self.comprehension(scope_key(c.range), &[&c.key, &c.value], &c.generators)
            }
            E::GeneratorExp(c) => {
                if let Some(g) = c.generators.first() {
                    self.expr(&g.iter);
                }
                let (inner, walrus) = analyze_genexpr(&c.elt, &c.generators, self.scopes, self.src);
                self.info.free.extend(inner.free.iter().cloned());
                for w in walrus {
                    self.bind_walrus(w);
                }
                self.scopes.insert(scope_key(c.range), inner);
            }
            _ => for_each_child(e, |c| self.expr(c)),
        }
    }
}

/// The first name (left to right) in an assignment target that is in `names`.
fn first_name_in<'e>(e: &'e py::Expr, names: &HashSet<String>) -> Option<&'e py::ExprName> {
    match e {
        py::Expr::Name(n) => names.contains(n.id.as_str()).then_some(n),
        py::Expr::Tuple(t) => t.elts.iter().find_map(|x| first_name_in(x, names)),
        py::Expr::List(t) => t.elts.iter().find_map(|x| first_name_in(x, names)),
        py::Expr::Starred(s) => first_name_in(&s.value, names),
        _ => None,
    }
}

fn collect_names(e: &py::Expr, out: &mut HashSet<String>) {
    match e {
        py::Expr::Name(n) => {
            out.insert(n.id.to_string());
        }
        py::Expr::Tuple(t) => t.elts.iter().for_each(|x| collect_names(x, out)),
        py::Expr::List(t) => t.elts.iter().for_each(|x| collect_names(x, out)),
        py::Expr::Starred(s) => collect_names(&s.value, out),
        _ => {}
    }
}

/// Calls `f` on the direct sub-expressions of `e` (for scope-free kinds).
pub(crate) fn for_each_child(e: &py::Expr, mut f: impl FnMut(&py::Expr)) {
    use py::Expr as E;
    match e {
        E::BoolOp(b) => b.values.iter().for_each(f),
        E::BinOp(b) => {
            f(&b.left);
            f(&b.right);
        }
        E::UnaryOp(u) => f(&u.operand),
        E::IfExp(i) => {
            f(&i.test);
            f(&i.body);
            f(&i.orelse);
        }
        E::Dict(d) => {
            d.keys.iter().flatten().for_each(&mut f);
            d.values.iter().for_each(f);
        }
        E::Set(s) => s.elts.iter().for_each(f),
        E::Await(a) => f(&a.value),
        E::Yield(y) => y.value.iter().for_each(|v| f(v)),
        E::YieldFrom(y) => f(&y.value),
        E::Compare(c) => {
            f(&c.left);
            c.comparators.iter().for_each(f);
        }
        E::Call(c) => {
            f(&c.func);
            c.args.iter().for_each(&mut f);
            c.keywords.iter().for_each(|k| f(&k.value));
        }
        E::FormattedValue(v) => {
            f(&v.value);
            v.format_spec.iter().for_each(|s| f(s));
        }
        E::JoinedStr(j) => j.values.iter().for_each(f),
        E::Attribute(a) => f(&a.value),
        E::Subscript(s) => {
            f(&s.value);
            f(&s.slice);
        }
        E::Starred(s) => f(&s.value),
        E::List(l) => l.elts.iter().for_each(f),
        E::Tuple(t) => t.elts.iter().for_each(f),
        E::Slice(s) => {
            s.lower.iter().for_each(|x| f(x));
            s.upper.iter().for_each(|x| f(x));
            s.step.iter().for_each(|x| f(x));
        }
        _ => {}
    }
}

/// Name resolution state of one frame being lowered.
struct FrameCtx {
    /// `None` for module-level code.
    info: Option<ScopeInfo>,
    slots: HashMap<String, NameRef>,
    slot_names: Vec<Rc<str>>,
    cell_slots: Vec<u32>,
    freevars: Vec<(u32, u32)>,
    /// Comprehension variables in scope, innermost last.
    overlays: Vec<HashMap<String, NameRef>>,
    /// The comprehensions whose bodies are being lowered, innermost last
    /// (a generator expression's frame starts with its own), as CPython
    /// names them in errors.
    comps: Vec<&'static str>,
    /// Beside `comps`: the names each comprehension's walruses bound so
    /// far, which its later `for` targets may not rebind.
    comp_walrus: Vec<HashSet<String>>,
    qualname: String,
    loop_depth: u32,
    /// Inside an `except*` block: the `loop_depth` where it began.
    except_star: Option<u32>,
    is_class: bool,
    /// The first parameter of a function (`self` for methods).
    first_param: Option<String>,
    /// How many comprehension iterables are being lowered here (where
    /// CPython forbids a walrus, in the scopes nested there too).
    comp_iter: u32,
    /// A generator expression's iteration variables (a walrus may not
    /// rebind them).
    genexp_vars: HashSet<String>,
    /// An `async def` body: `await` suspends here; with a `yield`, an
    /// async generator (set once its body is marked).
    is_async: bool,
    is_async_gen: bool,
}

impl FrameCtx {
    fn new_slot(&mut self, name: &str, cell: bool) -> NameRef {
        let i = self.slot_names.len() as u32;
        self.slot_names.push(name.into());
        if cell {
            self.cell_slots.push(i);
            NameRef::Cell(i)
        } else {
            NameRef::Local(i)
        }
    }
}

pub struct Lowerer<'a> {
    src: &'a str,
    lines: LineIndex,
    globals: &'a mut GlobalTable,
    frames: Vec<FrameCtx>,
    scopes: HashMap<ScopeKey, ScopeInfo>,
    depth: u32,
    /// The expressions (by address) of the function bodies lowered so far
    /// that contain a `yield` of their own function, as `yields::mark`
    /// found them.
    yield_nodes: HashSet<usize>,
    /// Whether the body being marked has a `yield` (not only `await`s).
    saw_yield: bool,
    /// Interactive input: expression statements outside functions echo.
    interactive: bool,
    /// Whether module-level code stores annotations.
    annotations: bool,
    warnings: Vec<CompileWarning>,
    /// Functions and classes whose binding name was mangled: their names
    /// as written.
    def_names: mangle::DefNames,
    /// The functions written `async def` (see `lower/asyncs.rs`).
    async_defs: asyncs::AsyncDefs,
    /// The names that import statements bind in the module's scope.
    imported: HashSet<String>,
    /// `from __future__ import annotations`: annotations are stored as
    /// their text, not evaluated.
    string_annotations: bool,
    /// Where the module's leading `from __future__` imports end: one
    /// starting later is misplaced.
    future_end: u32,
    /// The last pattern of a `case` the lowering entered: where CPython's
    /// compiler stands when it refuses a capture of `__debug__`.
    last_pattern: Span,
    /// The symbol pass's `global`/`nonlocal` error in the module's own
    /// scope (`x = 1` then `global x`), as `ScopeInfo::decl_error`.
    module_decl_error: Option<(String, ScopeKey)>,
    /// The string literals lowered so far: equal ones share one object,
    /// as CPython's compiler merges a module's constants (`is` shows it).
    strings: std::cell::RefCell<HashSet<Rc<str>>>,
}

/// Lowers a parsed module. `globals` carries the module's global slots
/// across calls (one per REPL input).
pub fn lower_module(
    suite: &[py::Stmt],
    src: &str,
    globals: &mut GlobalTable,
) -> Result<Module, SyntaxErrorInfo> {
    lower(suite, src, globals, false)
}

/// Lowers one interactive input (CPython's "single" mode).
pub fn lower_interactive(
    suite: &[py::Stmt],
    src: &str,
    globals: &mut GlobalTable,
) -> Result<Module, SyntaxErrorInfo> {
    lower(suite, src, globals, true)
}

fn lower(
    suite: &[py::Stmt],
    src: &str,
    globals: &mut GlobalTable,
    interactive: bool,
) -> Result<Module, SyntaxErrorInfo> {
    let indexed;
    let suite = if star_index::may_need(src) {
        indexed = star_index::rewrite(suite.to_vec());
        &indexed[..]
    } else {
        suite
    };
    let mangled;
    let (suite, mut def_names) = if mangle::may_need(src) {
        mangled = mangle::mangle(suite.to_vec());
        (&mangled.0[..], mangled.1.clone())
    } else {
        (suite, HashMap::new())
    };
    let rewritten;
    let mut misplaced = None;
    let (suite, async_defs) = if asyncs::may_need(src) {
        match asyncs::rewrite(suite.to_vec(), &mut def_names) {
            Ok((s, defs)) => {
                rewritten = s;
                (&rewritten[..], defs)
            }
            Err(m) => {
                misplaced = Some(m);
                (suite, HashSet::new())
            }
        }
    } else {
        (suite, HashSet::new())
    };
    let mut scopes = HashMap::new();
    let module_decl_error = {
        // Collect the scopes of module-level functions.
        let mut p = SymbolPass {
            info: ScopeInfo::default(),
            scopes: &mut scopes,
            walrus: None,
            class_body: false,
            module_scope: true,
            src,
        };
        p.stmts(suite);
        p.info.decl_error
    };
    let mut l = Lowerer {
        src,
        lines: LineIndex::new(src),
        globals,
        frames: vec![FrameCtx {
            info: None,
            slots: HashMap::new(),
            slot_names: Vec::new(),
            cell_slots: Vec::new(),
            freevars: Vec::new(),
            overlays: Vec::new(),
            comps: Vec::new(),
            comp_walrus: Vec::new(),
            qualname: String::new(),
            loop_depth: 0,
            except_star: None,
            is_class: false,
            first_param: None,
            comp_iter: 0,
            genexp_vars: HashSet::new(),
            is_async: false,
            is_async_gen: false,
        }],
        scopes,
        depth: 0,
        yield_nodes: HashSet::new(),
        saw_yield: false,
        interactive,
        annotations: false,
        warnings: Vec::new(),
        def_names,
        async_defs,
        imported: module_imports(suite),
        string_annotations: future_annotations(suite),
        future_end: future_imports(suite)
            .last()
            .map_or(0, |i| i.range.end().to_u32()),
        last_pattern: Span::default(),
        module_decl_error,
        strings: Default::default(),
    };
    if let Some(asyncs::Misplaced(msg, range)) = misplaced {
        return Err(l.compiler_error_at(msg, span_of(range)));
    }
    // `__annotations__` is made before the code runs, so it comes first.
    if suite.iter().any(module_annotates) {
        l.globals.slot("__annotations__");
    }
    let body = l.block(suite)?;
    if let Some(range) = too_deep_blocks(suite, 0) {
        return Err(l.compiler_error_at("too many statically nested blocks", span_of(range)));
    }
    let f = l.frames.pop().expect("module frame");
    Ok(Module {
        body,
        warnings: l.warnings,
        nslots: f.slot_names.len() as u32,
        slot_names: f.slot_names,
        cell_slots: f.cell_slots,
        annotations: l.annotations,
    })
}

impl Lowerer<'_> {
    /// Records compile-time warnings about the node at `range`.
    fn warn(
        &mut self,
        range: rustpython_parser::text_size::TextRange,
        msgs: impl IntoIterator<Item = String>,
    ) {
        for msg in msgs {
            let (lineno, _) = self.lines.line_col(self.src, range.start().to_u32());
            self.warnings.push(CompileWarning { lineno, msg });
        }
    }
}

/// CPython's compiler allows 20 nested blocks (`CO_MAXBLOCKS`) in a code
/// object: loops, `with` items, and the parts of a `try`. Returns the first
/// statement (or handler) that would open the 21st.
fn too_deep_blocks(
    body: &[py::Stmt],
    depth: usize,
) -> Option<rustpython_parser::text_size::TextRange> {
    const MAX_BLOCKS: usize = 20;
    let nest = |b: &[py::Stmt], d: usize, at| {
        if d > MAX_BLOCKS {
            Some(at)
        } else {
            too_deep_blocks(b, d)
        }
    };
    for s in body {
        use py::Stmt as S;
        let found = match s {
            S::FunctionDef(f) => too_deep_blocks(&f.body, 0),
            S::AsyncFunctionDef(f) => too_deep_blocks(&f.body, 0),
            S::ClassDef(c) => too_deep_blocks(&c.body, 0),
            S::For(f) => {
                nest(&f.body, depth + 1, f.range).or_else(|| too_deep_blocks(&f.orelse, depth))
            }
            S::AsyncFor(f) => {
                nest(&f.body, depth + 1, f.range).or_else(|| too_deep_blocks(&f.orelse, depth))
            }
            S::While(w) => {
                nest(&w.body, depth + 1, w.range).or_else(|| too_deep_blocks(&w.orelse, depth))
            }
            S::If(i) => {
                too_deep_blocks(&i.body, depth).or_else(|| too_deep_blocks(&i.orelse, depth))
            }
            S::With(w) => nest(&w.body, depth + w.items.len(), w.range),
            S::AsyncWith(w) => nest(&w.body, depth + w.items.len(), w.range),
            S::Match(m) => m.cases.iter().find_map(|c| too_deep_blocks(&c.body, depth)),
            S::Try(py::StmtTry {
                body,
                handlers,
                orelse,
                finalbody,
                range,
                ..
            })
            | S::TryStar(py::StmtTryStar {
                body,
                handlers,
                orelse,
                finalbody,
                range,
                ..
            }) => {
                let outer = depth + usize::from(!finalbody.is_empty());
                let inner = outer + usize::from(!handlers.is_empty());
                nest(body, inner, *range)
                    .or_else(|| {
                        handlers
                            .iter()
                            .find_map(|py::ExceptHandler::ExceptHandler(h)| {
                                nest(&h.body, outer + 2, h.range)
                            })
                    })
                    .or_else(|| too_deep_blocks(orelse, outer))
                    .or_else(|| nest(finalbody, depth + 1, *range))
            }
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

fn span_of(r: rustpython_parser::text_size::TextRange) -> Span {
    Span {
        start: r.start().to_u32(),
        end: r.end().to_u32(),
    }
}

fn binop(op: py::Operator) -> BinOp {
    use py::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::Div,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::BitOr,
        O::BitXor => BinOp::BitXor,
        O::BitAnd => BinOp::BitAnd,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmpop(op: py::CmpOp) -> CmpOp {
    use py::CmpOp as C;
    match op {
        C::Eq => CmpOp::Eq,
        C::NotEq => CmpOp::NotEq,
        C::Lt => CmpOp::Lt,
        C::LtE => CmpOp::LtE,
        C::Gt => CmpOp::Gt,
        C::GtE => CmpOp::GtE,
        C::Is => CmpOp::Is,
        C::IsNot => CmpOp::IsNot,
        C::In => CmpOp::In,
        C::NotIn => CmpOp::NotIn,
    }
}

fn constant(c: &py::Constant) -> Const {
    match c {
        py::Constant::None => Const::None,
        py::Constant::Bool(b) => Const::Bool(*b),
        py::Constant::Str(s) => Const::Str(s.as_str().into()),
        py::Constant::Bytes(b) => Const::Bytes(b.as_slice().into()),
        py::Constant::Int(i) => match i.to_i64() {
            Some(v) => Const::Int(v),
            None => Const::BigInt(Rc::new(i.clone())),
        },
        py::Constant::Float(f) => Const::Float(*f),
        py::Constant::Complex { real, imag } => Const::Complex(*real, *imag),
        py::Constant::Ellipsis => Const::Ellipsis,
        // The parser only folds tuples under an optimisation we do not enable.
        py::Constant::Tuple(_) => Const::None,
    }
}

impl Lowerer<'_> {
    /// A SyntaxError located at `span`, with CPython's caret range.
    fn error_at(&self, kind: SyntaxKind, msg: impl Into<String>, span: Span) -> SyntaxErrorInfo {
        let (line, col) = self.lines.line_col(self.src, span.start);
        let (end_line, end_col) = self.lines.line_col(self.src, span.end);
        SyntaxErrorInfo {
            compiler: false,
            tokenizer: false,
            kind,
            msg: msg.into(),
            lineno: line,
            offset: Some(col + 1),
            end_lineno: Some(end_line),
            end_offset: Some(end_col + 1),
            text: Some(self.lines.program_text(self.src, line)),
        }
    }

    /// A SyntaxError CPython's compiler (not its parser) raises.
    /// `SyntaxError: cannot assign to __debug__` at `span` when `name`
    /// would bind `__debug__` (CPython's compiler refuses every binding).
    fn forbid_debug(&self, name: &str, span: Span) -> LResult<()> {
        if name == "__debug__" {
            return Err(self.compiler_error_at("cannot assign to __debug__", span));
        }
        Ok(())
    }

    /// [`Lowerer::forbid_debug`] for every parameter of a function.
    fn forbid_debug_params(&self, args: &py::Arguments, span: Span) -> LResult<()> {
        for a in all_params(args) {
            self.forbid_debug(a.arg.as_str(), span)?;
        }
        Ok(())
    }

    /// Its columns are the AST's, in bytes, for a file and a string alike.
    fn compiler_error_at(&self, msg: impl Into<String>, span: Span) -> SyntaxErrorInfo {
        let line = self.lines.line(span.start);
        let end_line = self.lines.line(span.end);
        let col =
            |line: usize, at: u32| (at.saturating_sub(self.lines.line_start(line))) as usize + 1;
        SyntaxErrorInfo {
            compiler: true,
            tokenizer: false,
            offset: Some(col(line, span.start)),
            end_offset: Some(col(end_line, span.end)),
            ..self.error_at(SyntaxKind::SyntaxError, msg, span)
        }
    }

    /// CPython's compiler checks of a `from __future__` import: placed
    /// first in the module, naming known features (`braces`: "not a
    /// chance"); the two name errors have a caret without an end.
    fn check_future(&mut self, i: &py::StmtImportFrom, span: Span) -> LResult<()> {
        if self.frame().info.is_some() || i.range.start().to_u32() >= self.future_end {
            return Err(self.compiler_error_at(
                "from __future__ imports must occur at the beginning of the file",
                span,
            ));
        }
        for a in &i.names {
            let msg = match a.name.as_str() {
                name if FUTURE_FEATURES.contains(&name) => continue,
                "braces" => "not a chance".to_string(),
                name => format!("future feature {name} is not defined"),
            };
            return Err(SyntaxErrorInfo {
                end_offset: None,
                ..self.compiler_error_at(msg, span)
            });
        }
        Ok(())
    }

    /// CPython refuses decimal literals longer than its int/str conversion
    /// limit (4300 digits) while parsing.
    fn check_int_literal(&self, span: Span) -> LResult<()> {
        let text = self
            .src
            .get(span.start as usize..span.end as usize)
            .unwrap_or("");
        let lower = text
            .get(..2)
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        if matches!(lower.as_str(), "0x" | "0o" | "0b") {
            return Ok(());
        }
        let digits = text.bytes().filter(u8::is_ascii_digit).count();
        if digits <= 4300 {
            return Ok(());
        }
        let line = self.lines.line(span.start);
        Err(SyntaxErrorInfo {
            compiler: false,
            tokenizer: false,
            kind: SyntaxKind::SyntaxError,
            msg: format!(
                "Exceeds the limit (4300 digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
            ),
            lineno: line,
            offset: Some(0),
            end_lineno: Some(line),
            end_offset: Some(0),
            text: Some(self.lines.program_text(self.src, line)),
        })
    }

    fn unsupported(&self, what: &str, span: Span) -> SyntaxErrorInfo {
        self.error_at(
            SyntaxKind::SyntaxError,
            format!("{what} is not supported yet"),
            span,
        )
    }

    fn frame(&mut self) -> &mut FrameCtx {
        self.frames.last_mut().expect("a frame")
    }

    fn enter(&mut self, span: Span) -> LResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error_at(
                SyntaxKind::RecursionError,
                "maximum recursion depth exceeded during compilation",
                span,
            ));
        }
        Ok(())
    }

    /// Resolves a name for reading or writing in the current frame.
    fn resolve(&mut self, name: &str) -> NameRef {
        let depth = self.frames.len();
        let f = self.frames.last_mut().expect("a frame");
        for o in f.overlays.iter().rev() {
            if let Some(r) = o.get(name) {
                return *r;
            }
        }
        // A comprehension in a class body is a function scope of its own
        // (inlined here): past its first iterable, the class's names are
        // hidden from it as from any function the class defines.
        if f.is_class && !f.overlays.is_empty() {
            return self.resolve_for_child(name);
        }
        if let Some(r) = f.slots.get(name) {
            return *r;
        }
        let Some(info) = &f.info else {
            return NameRef::Global(self.globals.slot(name));
        };
        if info.globals.contains(name) {
            return NameRef::Global(self.globals.slot(name));
        }
        if info.bound.contains(name) && !info.nonlocals.contains(name) {
            let cell = info.cells.contains(name) && !f.is_class;
            let r = f.new_slot(name, cell);
            f.slots.insert(name.to_string(), r);
            return r;
        }
        // A free variable: find the nearest enclosing function binding it.
        if depth >= 2 && self.enclosing_binds(name) {
            let parent_slot = {
                let saved = self.frames.pop().expect("frame");
                let r = self.resolve_for_child(name);
                self.frames.push(saved);
                r
            };
            if let NameRef::Cell(ps) = parent_slot {
                let f = self.frames.last_mut().expect("a frame");
                let r = f.new_slot(name, true);
                if let NameRef::Cell(my) = r {
                    f.freevars.push((ps, my));
                }
                f.slots.insert(name.to_string(), r);
                return r;
            }
            return parent_slot;
        }
        NameRef::Global(self.globals.slot(name))
    }

    /// Whether a statement here binds one of `targets` as a plain name of
    /// a class body's namespace (not a comprehension's variable).
    fn class_namespace_names(&self, targets: &[Target]) -> bool {
        let f = self.frames.last();
        f.is_some_and(|f| f.is_class && f.overlays.is_empty())
            && targets
                .iter()
                .any(|t| matches!(t, Target::Name(NameRef::Local(_), _)))
    }

    /// Reading `name`: in a class body, its own names fall back to the
    /// globals when unbound.
    fn load_name(&mut self, name: &str) -> ExprKind {
        let depth = self.frames.len();
        let r = self.resolve(name);
        let f = self.frame();
        match r {
            NameRef::Local(i) if f.is_class && f.overlays.is_empty() => {
                ExprKind::ClassName(i, self.globals.slot(name))
            }
            // Unless declared global, a class body looks in its namespace
            // first (which a metaclass's `__prepare__` may have filled).
            NameRef::Global(g)
                if f.is_class
                    && f.overlays.is_empty()
                    && !f.info.as_ref().is_some_and(|i| i.globals.contains(name)) =>
            {
                ExprKind::ClassName(NO_SLOT, g)
            }
            NameRef::Global(g)
                if !f.overlays.is_empty() && f.info.is_none() && !f.is_class && depth == 1 =>
            {
                ExprKind::GlobalName(g)
            }
            r => ExprKind::Name(r),
        }
    }

    /// Resolves `name` in the current frame as a nested function's free
    /// variable sees it: a class body's own names are not visible to the
    /// functions it defines, so there the name passes through to the
    /// enclosing function in a cell slot of its own.
    fn resolve_for_child(&mut self, name: &str) -> NameRef {
        let f = self.frames.last_mut().expect("a frame");
        let own = f.is_class
            && name != "__class__"
            && f.info
                .as_ref()
                .is_some_and(|i| i.bound.contains(name) && !i.nonlocals.contains(name));
        if !own {
            // Not the class's own name: resolved as the class body would,
            // which (comprehension variables aside, which `resolve` has
            // already tried) is how its children see it too.
            if let Some(r) = f.overlays.iter().rev().find_map(|o| o.get(name)) {
                return *r;
            }
            let overlays = std::mem::take(&mut f.overlays);
            let r = self.resolve(name);
            self.frame().overlays = overlays;
            return r;
        }
        let key = format!("\0free {name}");
        if let Some(r) = f.slots.get(&key) {
            return *r;
        }
        if self.frames.len() < 2 || !self.enclosing_binds(name) {
            return NameRef::Global(self.globals.slot(name));
        }
        let saved = self.frames.pop().expect("frame");
        let outer = self.resolve_for_child(name);
        self.frames.push(saved);
        let NameRef::Cell(ps) = outer else {
            return outer;
        };
        let f = self.frames.last_mut().expect("a frame");
        let r = f.new_slot(name, true);
        if let NameRef::Cell(my) = r {
            f.freevars.push((ps, my));
        }
        f.slots.insert(key, r);
        r
    }

    fn enclosing_binds(&self, name: &str) -> bool {
        for f in self.frames[..self.frames.len() - 1].iter().rev() {
            if f.overlays.iter().any(|o| o.contains_key(name)) {
                return true;
            }
            if f.is_class {
                if name == "__class__" {
                    return true;
                }
                continue;
            }
            match &f.info {
                None => return false,
                Some(info) => {
                    if info.globals.contains(name) {
                        return false;
                    }
                    if info.bound.contains(name) {
                        return true;
                    }
                }
            }
        }
        false
    }

    fn block(&mut self, stmts: &[py::Stmt]) -> LResult<Vec<Stmt>> {
        let mut out = Vec::with_capacity(stmts.len());
        for s in stmts {
            if self.stmt_has_yield(s) {
                // Rewritten so that every yield is a statement of its own.
                let span = span_of(s.range());
                self.enter(span)?;
                let r = self.yield_stmt(s, span, &mut out);
                self.depth -= 1;
                r?;
            } else if let Some(s) = self.stmt(s)? {
                out.push(s);
            }
        }
        Ok(out)
    }

    /// The symbol pass's error for the `global`/`nonlocal` statement at
    /// `key`, if it found one.
    fn check_declaration(&self, key: ScopeKey, span: Span) -> LResult<()> {
        let error = match self.frames.last() {
            Some(f) if f.info.is_none() && !f.is_class && self.frames.len() == 1 => {
                self.module_decl_error.as_ref()
            }
            f => f
                .and_then(|f| f.info.as_ref())
                .and_then(|i| i.decl_error.as_ref()),
        };
        match error {
            Some((msg, at)) if *at == key => Err(self.compiler_error_at(msg.clone(), span)),
            _ => Ok(()),
        }
    }

    fn stmt(&mut self, s: &py::Stmt) -> LResult<Option<Stmt>> {
        let span = span_of(s.range());
        self.enter(span)?;
        let r = self.stmt_inner(s, span);
        self.depth -= 1;
        Ok(r?.map(|kind| Stmt::new(kind, span)))
    }

    fn stmt_inner(&mut self, s: &py::Stmt, span: Span) -> LResult<Option<StmtKind>> {
        use py::Stmt as S;
        Ok(Some(match s {
            S::Expr(e) => {
                let v = self.expr(&e.value)?;
                if self.interactive && self.frame().info.is_none() {
                    StmtKind::Display(v)
                } else {
                    StmtKind::Expr(v)
                }
            }
            S::Pass(_) => StmtKind::Pass,
            S::Assign(a) => {
                let value = self.expr(&a.value)?;
                let targets = a
                    .targets
                    .iter()
                    .map(|t| self.target(t))
                    .collect::<LResult<Vec<_>>>()?;
                StmtKind::Assign(targets, value)
            }
            S::AnnAssign(a) => {
                self.check_declaration(scope_key(a.range), span)?;
                let mut stmts = Vec::new();
                match &a.value {
                    Some(v) => {
                        let value = self.expr(v)?;
                        let assign = StmtKind::Assign(vec![self.target(&a.target)?], value);
                        stmts.push(Stmt::new(assign, span));
                    }
                    // Without a value, CPython still evaluates an attribute
                    // target's object, and a subscript's object and index.
                    None => {
                        if let py::Expr::Name(n) = &*a.target {
                            self.forbid_debug(n.id.as_str(), span)?;
                        }
                        let mut parts = Vec::new();
                        match &*a.target {
                            py::Expr::Attribute(t) => parts.push(&*t.value),
                            py::Expr::Subscript(t) => {
                                parts.push(&*t.value);
                                annotated_index_parts(&t.slice, &mut parts);
                            }
                            _ => {}
                        }
                        for part in parts {
                            let e = self.expr(part)?;
                            stmts.push(Stmt::new(StmtKind::Expr(e), span));
                        }
                    }
                }
                // Annotations are evaluated only in modules and class bodies
                // (after any assignment), and stored only for a plain name.
                let in_class = self.frame().is_class;
                let stored =
                    matches!(&*a.target, py::Expr::Name(_)) && simple_annotation(a, self.src);
                if self.frame().info.is_none() || in_class {
                    let annotation = self.annotation(&a.annotation)?;
                    let store = match &*a.target {
                        py::Expr::Name(n) if stored => {
                            if !in_class {
                                self.annotations = true;
                            }
                            let dict = Expr {
                                kind: ExprKind::Name(self.resolve("__annotations__")),
                                span,
                            };
                            let key = Expr {
                                kind: ExprKind::Const(Const::Str(n.id.as_str().into())),
                                span,
                            };
                            StmtKind::Assign(vec![Target::Subscript(dict, key, span)], annotation)
                        }
                        _ => StmtKind::Expr(annotation),
                    };
                    stmts.push(Stmt::new(store, span));
                }
                match stmts.len() {
                    0 => return Ok(None),
                    1 => stmts.pop().map_or(StmtKind::Pass, |s| s.kind),
                    _ => StmtKind::If(
                        Expr {
                            kind: ExprKind::Const(Const::Bool(true)),
                            span,
                        },
                        stmts,
                        Vec::new(),
                    ),
                }
            }
            S::AugAssign(a) => {
                let value = self.expr(&a.value)?;
                // CPython's compiler checks no attribute name here.
                let target = match &*a.target {
                    py::Expr::Attribute(t) => self.attr_target(t)?,
                    other => self.target(other)?,
                };
                let Target::Name(NameRef::Local(i), tspan) = target else {
                    return Ok(Some(StmtKind::AugAssign(target, binop(a.op), value)));
                };
                if !self.class_namespace_names(std::slice::from_ref(&target)) {
                    return Ok(Some(StmtKind::AugAssign(target, binop(a.op), value)));
                }
                // In a class body, `x += v` starts from the global or
                // builtin `x` when the body has not bound it (LOAD_NAME):
                // that value is put in place first.
                let py::Expr::Name(n) = &*a.target else {
                    return Ok(Some(StmtKind::AugAssign(target, binop(a.op), value)));
                };
                let fetch = StmtKind::ClassFetch(i, self.globals.slot(n.id.as_str()));
                StmtKind::If(
                    Expr {
                        kind: ExprKind::Const(Const::Bool(true)),
                        span,
                    },
                    vec![
                        Stmt::new(fetch, tspan),
                        Stmt::new(StmtKind::AugAssign(target, binop(a.op), value), span),
                    ],
                    Vec::new(),
                )
            }
            S::If(i) => StmtKind::If(
                self.expr(&i.test)?,
                self.block(&i.body)?,
                self.block(&i.orelse)?,
            ),
            S::While(w) => {
                let test = self.expr(&w.test)?;
                self.frame().loop_depth += 1;
                let body = self.block(&w.body);
                self.frame().loop_depth -= 1;
                StmtKind::While(test, body?, self.block(&w.orelse)?)
            }
            S::For(f) => {
                let iter = self.expr(&f.iter)?;
                let target = self.target(&f.target)?;
                self.frame().loop_depth += 1;
                let body = self.block(&f.body);
                self.frame().loop_depth -= 1;
                StmtKind::For(target, iter, body?, self.block(&f.orelse)?)
            }
            S::Break(_) => {
                self.leaves_except_star(false, span)?;
                if self.frame().loop_depth == 0 {
                    return Err(self.compiler_error_at("'break' outside loop", span));
                }
                StmtKind::Break
            }
            S::Continue(_) => {
                self.leaves_except_star(false, span)?;
                if self.frame().loop_depth == 0 {
                    return Err(self.compiler_error_at("'continue' not properly in loop", span));
                }
                StmtKind::Continue
            }
            S::Return(r) => {
                if self.frame().info.is_none() || self.frame().is_class {
                    return Err(self.compiler_error_at("'return' outside function", span));
                }
                if r.value.is_some() && self.frame().is_async_gen {
                    return Err(
                        self.compiler_error_at("'return' with value in async generator", span)
                    );
                }
                self.leaves_except_star(true, self.return_location(r, span))?;
                StmtKind::Return(r.value.as_ref().map(|v| self.expr(v)).transpose()?)
            }
            S::FunctionDef(f) => {
                self.forbid_debug_params(&f.args, span)?;
                let decorators = f
                    .decorator_list
                    .iter()
                    .map(|d| self.expr(d))
                    .collect::<LResult<Vec<_>>>()?;
                let (defaults, kw_defaults) = self.defaults(&f.args)?;
                let mut annotations = Vec::new();
                for a in all_params(&f.args) {
                    if let Some(e) = &a.annotation {
                        annotations.push((Rc::from(a.arg.as_str()), self.annotation(e)?));
                    }
                }
                if let Some(r) = &f.returns {
                    annotations.push((Rc::from("return"), self.annotation(r)?));
                }
                let written = self.def_names.get(&scope_key(f.range)).cloned();
                let func = self.function(
                    written.as_deref().unwrap_or(f.name.as_str()),
                    scope_key(f.range),
                    &f.args,
                    &f.body,
                    None,
                    def_span(f, span),
                )?;
                self.forbid_debug(f.name.as_str(), span)?;
                let target = self.resolve(f.name.as_str());
                StmtKind::FunctionDef {
                    target,
                    func,
                    defaults,
                    kw_defaults,
                    decorators,
                    annotations,
                }
            }
            S::Import(i) => {
                // `import a, b` becomes one statement per module, each
                // located at the whole statement, as CPython reports it.
                let mut out = Vec::new();
                for a in &i.names {
                    let bind = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.split('.').next().unwrap_or_default(),
                    };
                    self.forbid_debug(bind, span)?;
                    let slot = self.resolve(bind);
                    out.push(Stmt::new(
                        StmtKind::Import(a.name.as_str().into(), slot, a.asname.is_some()),
                        span,
                    ));
                }
                if out.len() == 1 {
                    return Ok(out.pop().map(|s| s.kind));
                }
                StmtKind::If(
                    Expr {
                        kind: ExprKind::Const(Const::Bool(true)),
                        span,
                    },
                    out,
                    Vec::new(),
                )
            }
            S::ImportFrom(i) => {
                if is_future(i) {
                    self.check_future(i, span)?;
                }
                let level = i.level.map(|l| l.to_u32()).unwrap_or(0) as usize;
                let module = format!(
                    "{}{}",
                    ".".repeat(level),
                    i.module.as_ref().map(|m| m.as_str()).unwrap_or_default()
                );
                if let [a] = &i.names[..] {
                    if a.name.as_str() == "*" {
                        if self.frame().info.is_some() {
                            return Err(self.compiler_error_at(
                                "import * only allowed at module level",
                                span_of(a.range),
                            ));
                        }
                        return Ok(Some(StmtKind::ImportStar(module.into())));
                    }
                }
                let mut names = Vec::new();
                for a in &i.names {
                    let bind = a.asname.as_ref().unwrap_or(&a.name);
                    self.forbid_debug(bind.as_str(), span)?;
                    let slot = self.resolve(bind.as_str());
                    names.push((a.name.as_str().into(), slot, span_of(a.range)));
                }
                StmtKind::ImportFrom(module.into(), names)
            }
            S::Delete(d) => {
                let debug_name =
                    |t: &&py::Expr| matches!(t, py::Expr::Name(n) if n.id.as_str() == "__debug__");
                if let Some(t) = d.targets.iter().find(debug_name) {
                    let span = span_of(t.range());
                    return Err(self.compiler_error_at("cannot delete __debug__", span));
                }
                let targets = d
                    .targets
                    .iter()
                    .map(|t| match t {
                        // `del x.__debug__` passes CPython's compiler.
                        py::Expr::Attribute(a) => self.attr_target(a),
                        other => self.target(other),
                    })
                    .collect::<LResult<Vec<_>>>()?;
                if !self.class_namespace_names(&targets) {
                    return Ok(Some(StmtKind::Delete(targets)));
                }
                // A class body deletes from its namespace: a name it has
                // not bound is a NameError (not an UnboundLocalError).
                let mut stmts = Vec::new();
                for t in targets {
                    if let Target::Name(NameRef::Local(i), tspan) = t {
                        let check = Expr {
                            kind: ExprKind::ClassLocal(i),
                            span: tspan,
                        };
                        stmts.push(Stmt::new(StmtKind::Expr(check), tspan));
                    }
                    stmts.push(Stmt::new(StmtKind::Delete(vec![t]), span));
                }
                StmtKind::If(
                    Expr {
                        kind: ExprKind::Const(Const::Bool(true)),
                        span,
                    },
                    stmts,
                    Vec::new(),
                )
            }
            S::Raise(r) => StmtKind::Raise(
                r.exc.as_ref().map(|e| self.expr(e)).transpose()?,
                r.cause.as_ref().map(|e| self.expr(e)).transpose()?,
            ),
            S::Try(t) => {
                let body = self.block(&t.body)?;
                StmtKind::Try {
                    body,
                    handlers: self.handlers(&t.handlers, false)?,
                    orelse: self.block(&t.orelse)?,
                    finalbody: self.block(&t.finalbody)?,
                }
            }
            S::TryStar(t) => {
                let body = self.block(&t.body)?;
                StmtKind::TryStar {
                    body,
                    handlers: self.handlers(&t.handlers, true)?,
                    orelse: self.block(&t.orelse)?,
                    finalbody: self.block(&t.finalbody)?,
                }
            }
            S::Assert(a) => StmtKind::Assert(
                {
                    self.warn(a.range, warnings::assert(&a.test));
                    self.expr(&a.test)?
                },
                a.msg.as_ref().map(|e| self.expr(e)).transpose()?,
            ),
            S::With(w) => {
                let mut items = Vec::new();
                for it in &w.items {
                    let ctx = self.expr(&it.context_expr)?;
                    let target = it
                        .optional_vars
                        .as_ref()
                        .map(|t| self.target(t))
                        .transpose()?;
                    items.push(WithItem { ctx, target });
                }
                let mut body = self.block(&w.body)?;
                if items.len() > 1 && body.iter().any(|s| s.yields) {
                    // The generator executor suspends inside one context
                    // manager per statement: `with a, b:` is `with a: with b:`.
                    let depth = self.depth;
                    while items.len() > 1 {
                        self.enter(span)?;
                        let inner = items.split_off(items.len() - 1);
                        body = vec![Stmt::new(StmtKind::With(inner, body), span)];
                    }
                    self.depth = depth;
                }
                StmtKind::With(items, body)
            }
            S::Global(g) => {
                self.check_declaration(scope_key(g.range), span)?;
                if self.frame().info.is_none() {
                    for n in &g.names {
                        self.globals.slot(n.as_str());
                    }
                }
                return Ok(None);
            }
            S::Nonlocal(g) => {
                self.check_declaration(scope_key(g.range), span)?;
                let at_module = self.frame().info.is_none() && !self.frame().is_class;
                if at_module {
                    return Err(self.compiler_error_at(
                        "nonlocal declaration not allowed at module level",
                        span,
                    ));
                }
                if let Some(n) = g.names.iter().find(|n| !self.enclosing_binds(n)) {
                    // The symbol table's errors, even later in this
                    // scope, come before a missing binding.
                    let frame = self.frames.last().and_then(|f| f.info.as_ref());
                    if let Some((msg, at)) = frame.and_then(|i| i.decl_error.as_ref()) {
                        let at = Span {
                            start: at.0,
                            end: at.1,
                        };
                        return Err(self.compiler_error_at(msg.clone(), at));
                    }
                    return Err(self
                        .compiler_error_at(format!("no binding for nonlocal '{n}' found"), span));
                }
                return Ok(None);
            }
            S::ClassDef(c) => {
                let decorators = c
                    .decorator_list
                    .iter()
                    .map(|d| self.expr(d))
                    .collect::<LResult<Vec<_>>>()?;
                let bases = self.args(&c.bases)?;
                let keywords = self.keywords(&c.keywords)?;
                let class = self.class_body(c, span)?;
                self.forbid_debug(c.name.as_str(), span)?;
                let target = self.resolve(c.name.as_str());
                StmtKind::ClassDef {
                    target,
                    class,
                    bases,
                    keywords,
                    decorators,
                }
            }
            S::AsyncFunctionDef(_) | S::AsyncFor(_) | S::AsyncWith(_) => {
                return Err(self.unsupported("async code", span))
            }
            S::Match(m) => {
                let subject = self.expr(&m.subject)?;
                StmtKind::Match(subject, self.match_cases(m)?)
            }
            S::TypeAlias(_) => return Err(self.unsupported("the 'type' statement", span)),
        }))
    }

    /// The `except` (`except*` when `star`) clauses of a `try`. Inside an
    /// `except*` block, `break`, `continue` and `return` may not leave it
    /// (see [`Lowerer::leaves_except_star`]).
    fn handlers(
        &mut self,
        handlers: &[py::ExceptHandler],
        star: bool,
    ) -> LResult<Vec<ExceptHandler>> {
        let mut out = Vec::new();
        for (i, py::ExceptHandler::ExceptHandler(h)) in handlers.iter().enumerate() {
            if h.type_.is_none() && i + 1 < handlers.len() {
                return Err(
                    self.compiler_error_at("default 'except:' must be last", span_of(h.range))
                );
            }
            let kind = h.type_.as_ref().map(|e| self.expr(e)).transpose()?;
            if let Some(n) = &h.name {
                self.forbid_debug(n.as_str(), span_of(h.range))?;
            }
            let name = h.name.as_ref().map(|n| self.resolve(n.as_str()));
            let outer = self.frame().except_star;
            if star {
                self.frame().except_star = Some(self.frame().loop_depth);
            }
            let body = self.block(&h.body);
            self.frame().except_star = outer;
            out.push(ExceptHandler {
                kind,
                name,
                body: body?,
                span: span_of(h.range),
            });
        }
        Ok(out)
    }

    /// `SyntaxError: 'break', 'continue' and 'return' cannot appear in an
    /// except* block` when a `break`/`continue` (`is_return` false) or a
    /// `return` would leave the `except*` block it is in. CPython's
    /// compiler reports it while unwinding its blocks, so it comes before
    /// "'break' outside loop".
    fn leaves_except_star(&self, is_return: bool, span: Span) -> LResult<()> {
        let f = self.frames.last().expect("a frame");
        match f.except_star {
            Some(loops) if is_return || f.loop_depth == loops => Err(self.compiler_error_at(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                span,
            )),
            _ => Ok(()),
        }
    }

    /// Where CPython's compiler stands when it reports a `return`: at its
    /// value when that is a constant (as CPython folds `-1` and `(1, 2)`)
    /// starting on the statement's line (the compiler marks only that
    /// constant before unwinding), else at the statement.
    fn return_location(&self, r: &py::StmtReturn, span: Span) -> Span {
        fn constant(e: &py::Expr) -> bool {
            match e {
                py::Expr::Constant(_) => true,
                py::Expr::UnaryOp(u) => matches!(&*u.operand, py::Expr::Constant(_)),
                py::Expr::Tuple(t) => t.elts.iter().all(constant),
                _ => false,
            }
        }
        match r.value.as_deref() {
            Some(v) if constant(v) => {
                let at = span_of(v.range());
                let line = |p: u32| self.lines.line_col(self.src, p).0;
                if line(at.start) == line(span.start) {
                    at
                } else {
                    span
                }
            }
            _ => span,
        }
    }

    fn match_cases(&mut self, m: &py::StmtMatch) -> LResult<Vec<MatchCase>> {
        let mut cases = Vec::new();
        for (i, c) in m.cases.iter().enumerate() {
            let last = i + 1 == m.cases.len();
            self.check_pattern(&c.pattern, c.guard.is_some() || last, &mut Vec::new())?;
            cases.push(MatchCase {
                pattern: self.pattern(&c.pattern)?,
                guard: c.guard.as_ref().map(|g| self.expr(g)).transpose()?,
                body: self.block(&c.body)?,
            });
        }
        Ok(cases)
    }

    /// The errors CPython's compiler finds in a pattern, in its order: a
    /// capture or wildcard that would match anything where later patterns
    /// remain (in a case other than the last without a guard, or an
    /// alternative other than the last; sub-patterns of a sequence,
    /// mapping or class may), a name bound twice, alternatives binding
    /// different names, two stars, repeated literal keys or attributes.
    /// `stores` collects the names bound so far.
    fn check_pattern(&self, p: &py::Pattern, allow: bool, stores: &mut Vec<String>) -> LResult<()> {
        use py::Pattern as P;
        let err = |msg: String, r| Err(self.compiler_error_at(msg, span_of(r)));
        let store = |n: &py::Identifier, r, stores: &mut Vec<String>| {
            if stores.iter().any(|s| s == n.as_str()) {
                return err(format!("multiple assignments to name '{n}' in pattern"), r);
            }
            stores.push(n.to_string());
            Ok(())
        };
        // `**_`: a parser error at the `_`, which ends the pattern.
        let underscore = |r: rustpython_parser::text_size::TextRange, msg: &str| {
            let end = r.end().to_u32();
            let at = self
                .src
                .get(..end as usize)
                .and_then(|t| t.rfind('_'))
                .unwrap_or(0) as u32;
            Err(self.error_at(
                SyntaxKind::SyntaxError,
                msg,
                Span {
                    start: at,
                    end: at + 1,
                },
            ))
        };
        match p {
            P::MatchMapping(m) if m.rest.as_ref().is_some_and(|n| n.as_str() == "_") => {
                underscore(m.range, crate::tokens::MSG_INVALID_SYNTAX)
            }
            P::MatchAs(a) => {
                match (&a.pattern, &a.name) {
                    (Some(inner), _) => self.check_pattern(inner, allow, stores)?,
                    (None, _) if allow => {}
                    (None, Some(n)) => {
                        return err(
                            format!("name capture '{n}' makes remaining patterns unreachable"),
                            a.range,
                        )
                    }
                    (None, None) => {
                        return err(
                            "wildcard makes remaining patterns unreachable".into(),
                            a.range,
                        )
                    }
                }
                a.name
                    .as_ref()
                    .map_or(Ok(()), |n| store(n, last_pattern_range(p), stores))
            }
            P::MatchStar(s) => s
                .name
                .as_ref()
                .map_or(Ok(()), |n| store(n, s.range, stores)),
            P::MatchOr(o) => {
                let mut control: Option<Vec<String>> = None;
                for (i, alt) in o.patterns.iter().enumerate() {
                    let mut own = Vec::new();
                    self.check_pattern(alt, allow && i + 1 == o.patterns.len(), &mut own)?;
                    match &control {
                        None => control = Some(own),
                        Some(c) => {
                            if c.len() != own.len() || c.iter().any(|n| !own.contains(n)) {
                                return err(
                                    "alternative patterns bind different names".into(),
                                    last_pattern_range(alt),
                                );
                            }
                        }
                    }
                }
                for n in control.unwrap_or_default() {
                    if stores.contains(&n) {
                        let at = last_pattern_range(p);
                        return err(format!("multiple assignments to name '{n}' in pattern"), at);
                    }
                    stores.push(n);
                }
                Ok(())
            }
            P::MatchSequence(s) => {
                if s.patterns
                    .iter()
                    .filter(|p| matches!(p, P::MatchStar(_)))
                    .count()
                    > 1
                {
                    return err("multiple starred names in sequence pattern".into(), s.range);
                }
                s.patterns
                    .iter()
                    .try_for_each(|p| self.check_pattern(p, true, stores))
            }
            P::MatchMapping(m) => {
                let mut seen: Vec<String> = Vec::new();
                for k in &m.keys {
                    if let Some(key) = literal_key(k) {
                        if seen.contains(&key) {
                            return err(
                                format!("mapping pattern checks duplicate key ({key})"),
                                m.range,
                            );
                        }
                        seen.push(key);
                    }
                }
                m.patterns
                    .iter()
                    .try_for_each(|p| self.check_pattern(p, true, stores))?;
                m.rest
                    .as_ref()
                    .map_or(Ok(()), |n| store(n, last_pattern_range(p), stores))
            }
            P::MatchClass(c) => {
                for (j, a) in c.kwd_attrs.iter().enumerate() {
                    if c.kwd_attrs[..j].iter().any(|b| b.as_str() == a.as_str()) {
                        let at = c.kwd_patterns.get(j).map_or(c.range, |p| p.range());
                        return err(format!("attribute name repeated in class pattern: {a}"), at);
                    }
                }
                c.patterns
                    .iter()
                    .chain(&c.kwd_patterns)
                    .try_for_each(|p| self.check_pattern(p, true, stores))
            }
            P::MatchValue(v) if matches!(&*v.value, py::Expr::JoinedStr(_)) => err(
                "patterns may only match literals and attribute lookups".to_string(),
                v.range,
            ),
            P::MatchValue(v) => self.check_complex_literal(&v.value),
            P::MatchSingleton(_) => Ok(()),
        }
    }

    /// A value pattern `a + bj` or `a - bj` (the parser's rule, which
    /// rustpython-parser does not enforce) must add an imaginary number
    /// to a real one.
    fn check_complex_literal(&self, e: &py::Expr) -> LResult<()> {
        let py::Expr::BinOp(b) = e else {
            return Ok(());
        };
        let left = match &*b.left {
            py::Expr::UnaryOp(u) if u.op == py::UnaryOp::USub => &*u.operand,
            other => other,
        };
        let fail = |msg: &str, r| Err(self.error_at(SyntaxKind::SyntaxError, msg, span_of(r)));
        if let py::Expr::Constant(c) = left {
            if matches!(c.value, py::Constant::Complex { .. }) {
                return fail("real number required in complex literal", c.range);
            }
        }
        if let py::Expr::Constant(c) = &*b.right {
            if !matches!(c.value, py::Constant::Complex { .. }) {
                return fail("imaginary number required in complex literal", c.range);
            }
        }
        Ok(())
    }

    /// A slot of the class body being lowered for one of its own names.
    fn class_slot(&mut self, name: &str) -> NameRef {
        let f = self.frame();
        let r = f.new_slot(name, false);
        f.slots.insert(name.to_string(), r);
        r
    }

    fn class_body(&mut self, c: &py::StmtClassDef, span: Span) -> LResult<Rc<ClassDef>> {
        let mut info = self.scopes.remove(&scope_key(c.range)).unwrap_or_default();
        let doc = docstring(&c.body);
        // The body starts by binding these in its namespace, as CPython's.
        info.bound.insert("__module__".into());
        info.bound.insert("__qualname__".into());
        if doc.is_some() {
            info.bound.insert("__doc__".into());
        }
        let name = self.def_names.get(&scope_key(c.range)).cloned();
        let name = name.as_deref().unwrap_or(c.name.as_str());
        let parent = self
            .frames
            .last()
            .map(|f| (f.qualname.clone(), f.is_class, f.info.is_some()));
        let qualname = match parent {
            Some((q, true, _)) => format!("{q}.{name}"),
            Some((q, false, true)) => format!("{q}.<locals>.{name}"),
            _ => name.to_string(),
        };
        let mut bound: Vec<String> = info.bound.iter().cloned().collect();
        bound.sort();
        self.frames.push(FrameCtx {
            info: Some(info),
            slots: HashMap::new(),
            slot_names: Vec::new(),
            cell_slots: Vec::new(),
            freevars: Vec::new(),
            overlays: Vec::new(),
            comps: Vec::new(),
            comp_walrus: Vec::new(),
            qualname: qualname.clone(),
            loop_depth: 0,
            except_star: None,
            is_class: true,
            first_param: None,
            comp_iter: 0,
            genexp_vars: HashSet::new(),
            is_async: false,
            is_async_gen: false,
        });
        let result = (|| {
            let f = self.frame();
            let cell = f.new_slot("__class__", true);
            f.slots.insert("__class__".to_string(), cell);
            let class_cell = match cell {
                NameRef::Cell(i) => i,
                _ => 0,
            };
            // The body's namespace starts as CPython's: `__module__` (the
            // global `__name__`), `__qualname__`, an empty
            // `__annotations__` when the body annotates names, `__doc__`.
            let module = ExprKind::ClassName(NO_SLOT, self.globals.slot("__name__"));
            let mut prelude = vec![
                (self.class_slot("__module__"), module),
                (
                    self.class_slot("__qualname__"),
                    ExprKind::Const(Const::Str(qualname.as_str().into())),
                ),
            ];
            if c.body.iter().any(module_annotates) {
                prelude.push((
                    self.class_slot("__annotations__"),
                    ExprKind::Dict(Vec::new()),
                ));
            }
            if let Some((text, range)) = doc {
                let value = self.str_literal(span_of(range), text);
                prelude.push((
                    self.class_slot("__doc__"),
                    ExprKind::Const(Const::Str(value)),
                ));
            }
            let mut body = self.block(&c.body)?;
            body.splice(
                0..0,
                prelude.into_iter().map(|(r, kind)| {
                    let value = Expr { kind, span };
                    Stmt::new(StmtKind::Assign(vec![Target::Name(r, span)], value), span)
                }),
            );
            let f = self.frame();
            let mut namespace: Vec<(Rc<str>, u32)> = f
                .slots
                .iter()
                .filter_map(|(n, r)| match r {
                    NameRef::Local(i) if n != "__class__" => Some((Rc::from(n.as_str()), *i)),
                    _ => None,
                })
                .collect();
            namespace.sort_by_key(|(_, i)| *i);
            let def = FunctionDef {
                names: Vec::new(),
                name: name.into(),
                qualname: qualname.as_str().into(),
                params: Vec::new(),
                posonly: 0,
                vararg: None,
                kwonly: Vec::new(),
                kwarg: None,
                nslots: f.slot_names.len() as u32,
                slot_names: std::mem::take(&mut f.slot_names),
                cell_slots: std::mem::take(&mut f.cell_slots),
                freevars: std::mem::take(&mut f.freevars),
                body,
                is_lambda: false,
                is_generator: false,
                is_coroutine: false,
                is_async_gen: false,
                iterable_coroutine: Default::default(),
                span,
                warmup: Default::default(),
                direct_args: Default::default(),
                code_object: Default::default(),
            };
            Ok(Rc::new(ClassDef {
                name: name.into(),
                qualname: qualname.as_str().into(),
                body: Rc::new(def),
                namespace,
                class_cell,
            }))
        })();
        self.frames.pop();
        let _ = bound;
        result
    }

    fn pattern(&mut self, p: &py::Pattern) -> LResult<Pattern> {
        use py::Pattern as P;
        self.last_pattern = span_of(p.range());
        Ok(match p {
            P::MatchValue(v) => Pattern::Value(self.expr(&v.value)?),
            P::MatchSingleton(s) => Pattern::Singleton(constant(&s.value)),
            P::MatchSequence(s) => {
                let star = s.patterns.iter().position(|p| matches!(p, P::MatchStar(_)));
                let items = s
                    .patterns
                    .iter()
                    .map(|p| self.pattern(p))
                    .collect::<LResult<_>>()?;
                Pattern::Sequence(items, star)
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.forbid_debug(n.as_str(), self.last_pattern)?;
                }
                Pattern::Star(s.name.as_ref().map(|n| self.resolve(n.as_str())))
            }
            P::MatchMapping(m) => {
                let keys = m
                    .keys
                    .iter()
                    .map(|k| self.expr(k))
                    .collect::<LResult<_>>()?;
                let values = m
                    .patterns
                    .iter()
                    .map(|p| self.pattern(p))
                    .collect::<LResult<_>>()?;
                if let Some(r) = &m.rest {
                    self.forbid_debug(r.as_str(), self.last_pattern)?;
                }
                Pattern::Mapping(
                    keys,
                    values,
                    m.rest.as_ref().map(|r| self.resolve(r.as_str())),
                )
            }
            P::MatchClass(c) => {
                for (a, p) in c.kwd_attrs.iter().zip(&c.kwd_patterns) {
                    self.forbid_debug(a.as_str(), span_of(p.range()))?;
                }
                let cls = self.expr(&c.cls)?;
                let pos = c
                    .patterns
                    .iter()
                    .map(|p| self.pattern(p))
                    .collect::<LResult<_>>()?;
                let mut kw = Vec::new();
                for (a, p) in c.kwd_attrs.iter().zip(&c.kwd_patterns) {
                    kw.push((Rc::from(a.as_str()), self.pattern(p)?));
                }
                Pattern::Class(cls, pos, kw, span_of(c.range))
            }
            P::MatchAs(a) => {
                let inner = a
                    .pattern
                    .as_ref()
                    .map(|p| self.pattern(p).map(Box::new))
                    .transpose()?;
                if let Some(n) = &a.name {
                    self.forbid_debug(n.as_str(), self.last_pattern)?;
                }
                Pattern::As(inner, a.name.as_ref().map(|n| self.resolve(n.as_str())))
            }
            P::MatchOr(o) => Pattern::Or(
                o.patterns
                    .iter()
                    .map(|p| self.pattern(p))
                    .collect::<LResult<_>>()?,
            ),
        })
    }

    fn defaults(&mut self, args: &py::Arguments) -> LResult<Defaults> {
        let mut defaults = Vec::new();
        for a in args.posonlyargs.iter().chain(&args.args) {
            if let Some(d) = &a.default {
                defaults.push(self.expr(d)?);
            }
        }
        let mut kw = Vec::new();
        for a in &args.kwonlyargs {
            if let Some(d) = &a.default {
                kw.push((a.def.arg.as_str().into(), self.expr(d)?));
            }
        }
        Ok((defaults, kw))
    }

    fn function(
        &mut self,
        name: &str,
        key: ScopeKey,
        args: &py::Arguments,
        body: &[py::Stmt],
        body_expr: Option<&py::Expr>,
        span: Span,
    ) -> LResult<Rc<FunctionDef>> {
        let info = self.scopes.remove(&key).unwrap_or_default();
        let qualname = self.child_qualname(name);
        let is_async = self.async_defs.contains(&key);
        self.frames.push(FrameCtx {
            info: Some(info),
            slots: HashMap::new(),
            slot_names: Vec::new(),
            cell_slots: Vec::new(),
            freevars: Vec::new(),
            overlays: Vec::new(),
            comps: Vec::new(),
            comp_walrus: Vec::new(),
            qualname: qualname.clone(),
            loop_depth: 0,
            except_star: None,
            is_class: false,
            first_param: args
                .posonlyargs
                .iter()
                .chain(&args.args)
                .next()
                .map(|a| a.def.arg.to_string()),
            comp_iter: 0,
            genexp_vars: HashSet::new(),
            is_async,
            is_async_gen: false,
        });
        let result = self.function_body(name, &qualname, args, body, body_expr, span);
        self.frames.pop();
        result
    }

    /// The qualified name of a function defined in the current frame.
    fn child_qualname(&self, name: &str) -> String {
        let parent_q = self
            .frames
            .last()
            .map(|f| f.qualname.clone())
            .unwrap_or_default();
        let parent_is_class = self.frames.last().is_some_and(|f| f.is_class);
        if self.frames.len() == 1 {
            name.to_string()
        } else if parent_is_class {
            format!("{parent_q}.{name}")
        } else {
            format!("{parent_q}.<locals>.{name}")
        }
    }

    fn function_body(
        &mut self,
        name: &str,
        qualname: &str,
        args: &py::Arguments,
        body: &[py::Stmt],
        body_expr: Option<&py::Expr>,
        span: Span,
    ) -> LResult<Rc<FunctionDef>> {
        let ast_body = body;
        let param = |l: &mut Self, a: &py::Arg| Param {
            name: a.arg.as_str().into(),
            slot: l.resolve(a.arg.as_str()),
        };
        let mut params = Vec::new();
        let is_generator;
        for a in args.posonlyargs.iter().chain(&args.args) {
            params.push(param(self, &a.def));
        }
        let vararg = args.vararg.as_ref().map(|a| param(self, a));
        let kwonly = args
            .kwonlyargs
            .iter()
            .map(|a| param(self, &a.def))
            .collect();
        let kwarg = args.kwarg.as_ref().map(|a| param(self, a));
        let body = match body_expr {
            Some(e) => {
                // `lambda: (yield)` is a generator too.
                let espan = span_of(e.range());
                is_generator = self.mark_expr(e);
                let mut out = Vec::new();
                let v = self.lin(e, &mut out)?;
                out.push(Stmt::new(StmtKind::Return(Some(v)), espan));
                out
            }
            None => {
                self.saw_yield = false;
                is_generator = self.mark_body(body);
                // A yield in an async def (an await marks as one too).
                let saw = self.saw_yield;
                let f = self.frame();
                f.is_async_gen = f.is_async && saw;
                self.block(body)?
            }
        };
        let f = self.frame();
        let (is_coroutine, is_async_gen) = (f.is_async && !f.is_async_gen, f.is_async_gen);
        let is_generator = is_generator || f.is_async;
        let slot_names = &f.slot_names;
        let names = conames::function_names(ast_body, body_expr, &|n| {
            slot_names.iter().any(|s| &**s == n)
        });
        Ok(Rc::new(FunctionDef {
            names,
            name: name.into(),
            qualname: qualname.into(),
            params,
            posonly: args.posonlyargs.len(),
            vararg,
            kwonly,
            kwarg,
            nslots: f.slot_names.len() as u32,
            slot_names: std::mem::take(&mut f.slot_names),
            cell_slots: std::mem::take(&mut f.cell_slots),
            freevars: std::mem::take(&mut f.freevars),
            body,
            is_lambda: body_expr.is_some(),
            is_generator,
            is_coroutine,
            is_async_gen,
            iterable_coroutine: Default::default(),
            span,
            warmup: Default::default(),
            direct_args: Default::default(),
            code_object: Default::default(),
        }))
    }

    /// `obj.name` as an assignment or deletion target (no `__debug__`
    /// check: the callers that need one make it).
    fn attr_target(&mut self, a: &py::ExprAttribute) -> LResult<Target> {
        let span = self.attr_span(a.range, a);
        Ok(Target::Attribute(
            self.expr(&a.value)?,
            a.attr.as_str().into(),
            span,
        ))
    }

    fn target(&mut self, e: &py::Expr) -> LResult<Target> {
        let span = span_of(e.range());
        if forbidden_target(e) {
            return Err(self.compiler_error_at("cannot assign to __debug__", span));
        }
        Ok(match e {
            py::Expr::Name(n) => Target::Name(self.resolve(n.id.as_str()), span),
            py::Expr::Attribute(a) => self.attr_target(a)?,
            py::Expr::Subscript(s) => {
                Target::Subscript(self.expr(&s.value)?, self.expr(&s.slice)?, span)
            }
            py::Expr::Tuple(py::ExprTuple { elts, .. })
            | py::Expr::List(py::ExprList { elts, .. }) => {
                let mut star = None;
                let mut items = Vec::new();
                for (i, el) in elts.iter().enumerate() {
                    if let py::Expr::Starred(s) = el {
                        if star.is_some() {
                            return Err(self.compiler_error_at(
                                "multiple starred expressions in assignment",
                                span,
                            ));
                        }
                        star = Some(i);
                        items.push(self.target(&s.value)?);
                    } else {
                        items.push(self.target(el)?);
                    }
                }
                Target::Unpack(items, star, span)
            }
            py::Expr::Starred(_) => {
                return Err(self.compiler_error_at(
                    "starred assignment target must be in a list or tuple",
                    span,
                ))
            }
            _ => {
                return Err(self.error_at(
                    SyntaxKind::SyntaxError,
                    format!("cannot assign to {}", describe(e)),
                    span,
                ))
            }
        })
    }

    fn args(&mut self, elts: &[py::Expr]) -> LResult<Vec<Arg>> {
        elts.iter()
            .map(|e| match e {
                py::Expr::Starred(s) => Ok(Arg {
                    value: self.expr(&s.value)?,
                    starred: true,
                }),
                e => Ok(Arg {
                    value: self.expr(e)?,
                    starred: false,
                }),
            })
            .collect()
    }

    fn keywords(&mut self, kws: &[py::Keyword]) -> LResult<Vec<Keyword>> {
        kws.iter()
            .map(|k| {
                Ok(Keyword {
                    name: k.arg.as_ref().map(|a| a.as_str().into()),
                    value: self.expr(&k.value)?,
                })
            })
            .collect()
    }

    /// An annotation: its value, or its text under
    /// `from __future__ import annotations`.
    fn annotation(&mut self, e: &py::Expr) -> LResult<Expr> {
        if !self.string_annotations {
            return self.expr(e);
        }
        Ok(Expr {
            kind: ExprKind::Const(Const::Str(unparse::annotation(e, self.src).into())),
            span: span_of(e.range()),
        })
    }

    fn expr(&mut self, e: &py::Expr) -> LResult<Expr> {
        let span = match e {
            py::Expr::Attribute(a) => self.attr_span(a.range, a),
            py::Expr::Call(c) => match &*c.func {
                // CPython's method calls: without `*` or `**` arguments,
                // not on a name the module imports.
                py::Expr::Attribute(a)
                    if !c.args.iter().any(|a| matches!(a, py::Expr::Starred(_)))
                        && c.keywords.iter().all(|k| k.arg.is_some())
                        && !matches!(&*a.value, py::Expr::Name(n) if self.imported.contains(n.id.as_str())) =>
                {
                    self.attr_span(c.range, a)
                }
                _ => span_of(c.range),
            },
            _ => span_of(e.range()),
        };
        self.enter(span)?;
        let r = self.expr_inner(e, span);
        self.depth -= 1;
        Ok(Expr { kind: r?, span })
    }

    /// Where CPython 3.11 reports the access of attribute `a`, or a node
    /// `whole` ending with its access (a method call): when `.name` is on
    /// a later line than the node starts, from the name to the node's end.
    fn attr_span(
        &self,
        whole: rustpython_parser::text_size::TextRange,
        a: &py::ExprAttribute,
    ) -> Span {
        let span = span_of(whole);
        let end = a.range.end().to_u32();
        if self.lines.line(span.start) == self.lines.line(end) {
            return span;
        }
        let before = self.src.get(..end as usize).unwrap_or_default();
        let name = before.trim_end_matches(|c: char| c.is_alphanumeric() || c == '_');
        Span {
            start: name.len() as u32,
            end: span.end,
        }
    }

    fn boxed(&mut self, e: &py::Expr) -> LResult<Box<Expr>> {
        Ok(Box::new(self.expr(e)?))
    }

    fn expr_inner(&mut self, e: &py::Expr, span: Span) -> LResult<ExprKind> {
        use py::Expr as E;
        Ok(match e {
            E::Constant(c) => {
                if let py::Constant::Int(_) = c.value {
                    self.check_int_literal(span)?;
                }
                match &c.value {
                    py::Constant::Str(s) => ExprKind::Const(Const::Str(self.str_literal(span, s))),
                    other => ExprKind::Const(constant(other)),
                }
            }
            // The compiler folds `__debug__` (no `-O`).
            E::Name(n) if n.id.as_str() == "__debug__" => ExprKind::Const(Const::Bool(true)),
            E::Name(n) => self.load_name(n.id.as_str()),
            E::BinOp(b) => {
                ExprKind::BinOp(self.boxed(&b.left)?, binop(b.op), self.boxed(&b.right)?)
            }
            E::UnaryOp(u) => {
                let op = match u.op {
                    py::UnaryOp::Not => UnaryOp::Not,
                    py::UnaryOp::USub => UnaryOp::Neg,
                    py::UnaryOp::UAdd => UnaryOp::Pos,
                    py::UnaryOp::Invert => UnaryOp::Invert,
                };
                // Fold negative literals so `-5` is one constant, as CPython does.
                if let (UnaryOp::Neg, E::Constant(c)) = (op, &*u.operand) {
                    match &c.value {
                        py::Constant::Int(i) => {
                            let n = -i.clone();
                            return Ok(ExprKind::Const(match n.to_i64() {
                                Some(v) => Const::Int(v),
                                None => Const::BigInt(Rc::new(n)),
                            }));
                        }
                        py::Constant::Float(f) => return Ok(ExprKind::Const(Const::Float(-f))),
                        _ => {}
                    }
                }
                ExprKind::Unary(op, self.boxed(&u.operand)?)
            }
            E::BoolOp(b) => ExprKind::BoolOp(
                matches!(b.op, py::BoolOp::And),
                b.values
                    .iter()
                    .map(|v| self.expr(v))
                    .collect::<LResult<_>>()?,
            ),
            E::Compare(c) => {
                self.warn(c.range, warnings::compare(c));
                let left = self.boxed(&c.left)?;
                let mut rest = Vec::new();
                for (op, r) in c.ops.iter().zip(&c.comparators) {
                    rest.push((cmpop(*op), self.expr(r)?));
                }
                ExprKind::Compare(left, rest)
            }
            E::IfExp(i) => ExprKind::IfExp(
                self.boxed(&i.test)?,
                self.boxed(&i.body)?,
                self.boxed(&i.orelse)?,
            ),
            E::Call(c)
                if c.args.is_empty()
                    && c.keywords.is_empty()
                    && matches!(&*c.func, py::Expr::Name(n) if n.id.as_str() == "super")
                    && self.frame().info.is_some()
                    && !self.frame().is_class
                    && self.enclosing_binds("__class__") =>
            {
                let class_ref = self.resolve("__class__");
                let first = self.frame().first_param.clone();
                let self_ref = first.map(|p| self.resolve(&p));
                ExprKind::Super(class_ref, self_ref)
            }
            E::Call(c) if intrinsic(c).is_some() => {
                let args = c
                    .args
                    .iter()
                    .map(|a| self.expr(a))
                    .collect::<LResult<Vec<_>>>()?;
                ExprKind::Intrinsic(intrinsic(c).unwrap_or(Intrinsic::AIter), args)
            }
            E::Call(c) => {
                for k in &c.keywords {
                    if let Some(name) = &k.arg {
                        self.forbid_debug(name.as_str(), span)?;
                    }
                }
                self.warn(c.range, warnings::call(&c.func));
                let args = self.args(&c.args)?;
                let kws = self.keywords(&c.keywords)?;
                if let E::Attribute(a) = &*c.func {
                    ExprKind::CallMethod(
                        self.boxed(&a.value)?,
                        a.attr.as_str().into(),
                        args,
                        kws,
                        self.attr_span(a.range, a),
                        Default::default(),
                    )
                } else {
                    ExprKind::Call(self.boxed(&c.func)?, args, kws)
                }
            }
            E::Attribute(a) => ExprKind::Attribute(self.boxed(&a.value)?, a.attr.as_str().into()),
            E::Subscript(s) => {
                if s.ctx == py::ExprContext::Load {
                    self.warn(s.range, warnings::subscript(s));
                }
                ExprKind::Subscript(self.boxed(&s.value)?, self.boxed(&s.slice)?)
            }
            E::Slice(s) => {
                let mut opt = |x: &Option<Box<py::Expr>>| -> LResult<Option<Box<Expr>>> {
                    x.as_ref().map(|v| self.boxed(v)).transpose()
                };
                ExprKind::Slice(opt(&s.lower)?, opt(&s.upper)?, opt(&s.step)?)
            }
            E::Tuple(t) => ExprKind::Tuple(self.args(&t.elts)?),
            E::List(l) => ExprKind::List(self.args(&l.elts)?),
            E::Set(s) => ExprKind::Set(self.args(&s.elts)?),
            E::Dict(d) => {
                let mut items = Vec::new();
                for (k, v) in d.keys.iter().zip(&d.values) {
                    let k = k.as_ref().map(|k| self.expr(k)).transpose()?;
                    items.push((k, self.expr(v)?));
                }
                ExprKind::Dict(items)
            }
            E::JoinedStr(j) => {
                let mut parts = self.fparts(&j.values)?;
                self.fix_fstring_literals(span, &mut parts);
                ExprKind::FString(parts)
            }
            E::FormattedValue(_) => ExprKind::FString(self.fparts(std::slice::from_ref(e))?),
            E::ListComp(c) => {
                if let E::Starred(st) = &*c.elt {
                    return Err(self.error_at(
                        SyntaxKind::SyntaxError,
                        "iterable unpacking cannot be used in comprehension",
                        span_of(st.range),
                    ));
                }
                let key = scope_key(c.range);
                self.comprehension(CompKind::List, key, &c.elt, None, &c.generators, None)?
            }
            E::SetComp(c) => {
                let key = scope_key(c.range);
                self.comprehension(CompKind::Set, key, &c.elt, None, &c.generators, None)?
            }
            E::GeneratorExp(c) => self.genexpr(c, None, span)?,
            E::DictComp(c) => {
                let key = scope_key(c.range);
                self.comprehension(
                    CompKind::Dict,
                    key,
                    &c.key,
                    Some(&c.value),
                    &c.generators,
                    None,
                )?
            }
            E::Lambda(l) => {
                self.forbid_debug_params(&l.args, span)?;
                let (defaults, kw_defaults) = self.defaults(&l.args)?;
                let func = self.function(
                    "<lambda>",
                    scope_key(l.range),
                    &l.args,
                    &[],
                    Some(&l.body),
                    span,
                )?;
                ExprKind::Lambda(func, defaults, kw_defaults)
            }
            E::NamedExpr(n) => {
                let value = self.boxed(&n.value)?;
                ExprKind::NamedExpr(self.walrus_target(n)?, value)
            }
            E::Starred(_) => {
                return Err(self.compiler_error_at("can't use starred expression here", span))
            }
            E::Yield(_) | E::YieldFrom(_) => {
                // Yields of a function body were rewritten into statements
                // (see `yields`); what reaches here is misplaced.
                let f = self.frame();
                let msg = match f.comps.last() {
                    Some(what) => format!("'yield' inside {what}"),
                    None if f.info.is_none() || f.is_class => "'yield' outside function".into(),
                    None => "'yield' here is not supported yet".into(),
                };
                return Err(self.compiler_error_at(msg, span));
            }
            E::Await(_) => {
                // An `await` of an async def's body was rewritten into a
                // statement (see `yields`); what reaches here is
                // misplaced, or in a comprehension.
                let f = self.frame();
                if f.is_async {
                    return Err(self.unsupported("'await' inside a comprehension", span));
                }
                let msg = if f.info.is_none() || f.is_class {
                    "'await' outside function"
                } else {
                    "'await' outside async function"
                };
                return Err(self.compiler_error_at(msg, span));
            }
        })
    }

    /// The variable a walrus binds: in a comprehension, the enclosing
    /// scope's.
    fn walrus_target(&mut self, n: &py::ExprNamedExpr) -> LResult<NameRef> {
        let py::Expr::Name(name) = &*n.target else {
            return Err(self.error_at(
                SyntaxKind::SyntaxError,
                format!(
                    "cannot use assignment expressions with {}",
                    describe(&n.target)
                ),
                span_of(n.target.range()),
            ));
        };
        if forbidden_target(&n.target) {
            let span = span_of(n.target.range());
            return Err(self.compiler_error_at("cannot assign to __debug__", span));
        }
        let id = name.id.as_str();
        let in_class = self.comprehension_in_class();
        let in_iterable = self.frames.iter().any(|f| f.comp_iter > 0);
        // CPython checks the iterable first, then the iteration variables
        // of every comprehension out to the enclosing function.
        let misplaced = if in_iterable {
            Some(
                "assignment expression cannot be used in a comprehension iterable expression"
                    .into(),
            )
        } else if self.comprehension_var(id) {
            Some(format!(
                "assignment expression cannot rebind comprehension iteration variable '{id}'"
            ))
        } else if in_class {
            Some(
                "assignment expression within a comprehension cannot be used in a class body"
                    .into(),
            )
        } else {
            None
        };
        if let Some(msg) = misplaced {
            let at = if in_iterable {
                n.range
            } else {
                n.target.range()
            };
            // Symbol-table errors: CPython's compiler stage.
            return Err(self.compiler_error_at(msg, span_of(at)));
        }
        if let Some(bound) = self.frame().comp_walrus.last_mut() {
            bound.insert(id.to_string());
        }
        let saved: Vec<_> = std::mem::take(&mut self.frame().overlays);
        let r = self.resolve(id);
        self.frame().overlays = saved;
        Ok(r)
    }

    /// Whether `id` is an iteration variable of a comprehension the code
    /// being lowered is in (inline ones, and generator expressions out to
    /// the first frame that is not one).
    fn comprehension_var(&self, id: &str) -> bool {
        for f in self.frames.iter().rev() {
            if f.overlays.iter().any(|o| o.contains_key(id)) || f.genexp_vars.contains(id) {
                return true;
            }
            if f.comps.first() != Some(&"generator expression") {
                break;
            }
        }
        false
    }

    /// A later `for` target of a comprehension may not rebind a name that
    /// a walrus earlier in that comprehension bound.
    fn check_inner_loop_target(&self, target: &py::Expr) -> LResult<()> {
        let Some(bound) = self.frames.last().and_then(|f| f.comp_walrus.last()) else {
            return Ok(());
        };
        match first_name_in(target, bound) {
            Some(n) => Err(self.compiler_error_at(
                format!(
                    "comprehension inner loop cannot rebind assignment expression target '{}'",
                    n.id
                ),
                span_of(n.range),
            )),
            None => Ok(()),
        }
    }

    /// Whether the code being lowered is in a comprehension (inline, or
    /// generator expressions) whose nearest enclosing scope is a class body.
    fn comprehension_in_class(&self) -> bool {
        let mut frames = self.frames.iter().rev();
        let Some(top) = frames.next() else {
            return false;
        };
        let genexp = |f: &FrameCtx| f.comps.first() == Some(&"generator expression");
        if top.is_class {
            return !top.overlays.is_empty();
        }
        if !genexp(top) {
            return false;
        }
        for f in frames {
            if !genexp(f) {
                return f.is_class;
            }
        }
        false
    }

    /// A comprehension's iterable, where a walrus is an error.
    fn comp_iterable(&mut self, e: &py::Expr) -> LResult<Expr> {
        self.frame().comp_iter += 1;
        let r = self.expr(e);
        self.frame().comp_iter -= 1;
        r
    }

    /// A str literal's value, with the lone surrogates its escapes spell
    /// (which the parser turned into U+FFFD).
    fn str_literal(&self, span: Span, value: &str) -> Rc<str> {
        let text = self.src.get(span.start as usize..span.end as usize);
        let s: Rc<str> = match text.and_then(|t| literals::restore(t, &[value])) {
            Some(mut v) => v.pop().unwrap_or_default().into(),
            None => value.into(),
        };
        let mut strings = self.strings.borrow_mut();
        match strings.get(&s) {
            Some(shared) => shared.clone(),
            None => {
                strings.insert(s.clone());
                s
            }
        }
    }

    /// The same for an f-string's literal parts; and the escapes of its
    /// format specs, which the parser leaves as written.
    fn fix_fstring_literals(&self, span: Span, parts: &mut [FPart]) {
        let Some(text) = self.src.get(span.start as usize..span.end as usize) else {
            return;
        };
        let lits: Vec<&str> = parts
            .iter()
            .filter_map(|p| match p {
                FPart::Lit(s) => Some(&**s),
                FPart::Value { .. } => None,
            })
            .collect();
        if let Some(fixed) = literals::restore(text, &lits) {
            let lits = parts.iter_mut().filter_map(|p| match p {
                FPart::Lit(s) => Some(s),
                FPart::Value { .. } => None,
            });
            for (lit, new) in lits.zip(fixed) {
                *lit = new.into();
            }
        }
        let (specs, escaped) = count_specs(parts);
        if escaped == 0 {
            return;
        }
        if let Some(raw) = literals::spec_rawness(text).filter(|r| r.len() == specs) {
            decode_specs(parts, &raw, &mut 0);
        }
    }

    fn format_spec(&mut self, spec: Option<&py::Expr>) -> LResult<Option<Vec<FPart>>> {
        Ok(match spec {
            Some(py::Expr::JoinedStr(j)) => Some(self.fparts(&j.values)?),
            Some(other) => Some(self.fparts(std::slice::from_ref(other))?),
            None => None,
        })
    }

    fn fparts(&mut self, values: &[py::Expr]) -> LResult<Vec<FPart>> {
        let mut parts = Vec::new();
        for v in values {
            match v {
                py::Expr::Constant(c) => {
                    if let py::Constant::Str(s) = &c.value {
                        parts.push(FPart::Lit(s.as_str().into()));
                    }
                }
                py::Expr::FormattedValue(f) => {
                    let value = self.expr(&f.value)?;
                    let spec = self.format_spec(f.format_spec.as_deref())?;
                    parts.push(FPart::Value {
                        value,
                        conversion: conversion(f.conversion),
                        spec,
                    });
                }
                py::Expr::JoinedStr(j) => parts.extend(self.fparts(&j.values)?),
                other => parts.push(FPart::Value {
                    value: self.expr(other)?,
                    conversion: None,
                    spec: None,
                }),
            }
        }
        Ok(parts)
    }

    /// A list, set or dict comprehension, run inline: its variables get
    /// hidden slots of this frame (cells, fresh for each run, when inner
    /// scopes capture them). `first` is its first iterable when already
    /// lowered (because it yields).
    fn comprehension(
        &mut self,
        kind: CompKind,
        key: ScopeKey,
        elt: &py::Expr,
        value: Option<&py::Expr>,
        gens: &[py::Comprehension],
        mut first: Option<Expr>,
    ) -> LResult<ExprKind> {
        let captured = self
            .scopes
            .remove(&key)
            .map(|i| i.cells)
            .unwrap_or_default();
        let mut fresh_cells = Vec::new();
        let mut clauses = Vec::new();
        let mut pushed = 0;
        let mut result = Ok(());
        for g in gens {
            // The first iterable is evaluated in the enclosing scope.
            let iter = match first.take() {
                Some(e) => e,
                None => match self.comp_iterable(&g.iter) {
                    Ok(e) => e,
                    Err(e) => {
                        result = Err(e);
                        break;
                    }
                },
            };
            if pushed > 0 {
                if let Err(e) = self.check_inner_loop_target(&g.target) {
                    result = Err(e);
                    break;
                }
            }
            let mut names = HashSet::new();
            collect_names(&g.target, &mut names);
            let mut overlay = HashMap::new();
            let mut sorted: Vec<_> = names.into_iter().collect();
            sorted.sort();
            for n in sorted {
                let cell = captured.contains(&n);
                let r = self.frame().new_slot(&n, cell);
                if let NameRef::Cell(i) = r {
                    fresh_cells.push(i);
                }
                overlay.insert(n, r);
            }
            self.frame().overlays.push(overlay);
            if pushed == 0 {
                self.frame().comps.push(comp_name(kind));
                self.frame().comp_walrus.push(HashSet::new());
            }
            pushed += 1;
            let target = match self.target(&g.target) {
                Ok(t) => t,
                Err(e) => {
                    result = Err(e);
                    break;
                }
            };
            let ifs = match g
                .ifs
                .iter()
                .map(|e| self.expr(e))
                .collect::<LResult<Vec<_>>>()
            {
                Ok(v) => v,
                Err(e) => {
                    result = Err(e);
                    break;
                }
            };
            clauses.push(CompClause { target, iter, ifs });
        }
        let body = result.and_then(|_| {
            let elt = self.expr(elt)?;
            let value = value.map(|v| self.expr(v)).transpose()?;
            Ok((elt, value))
        });
        for _ in 0..pushed {
            self.frame().overlays.pop();
        }
        if pushed > 0 {
            self.frame().comps.pop();
            self.frame().comp_walrus.pop();
        }
        let (elt, value) = body?;
        Ok(ExprKind::Comprehension(Box::new(Comprehension {
            kind,
            elt,
            value,
            clauses,
            fresh_cells,
        })))
    }

    /// A generator expression: a generator function of its own (named
    /// `<genexpr>`), called on an iterator over its first iterable, which
    /// is evaluated here. `first` is that iterable when already lowered.
    fn genexpr(
        &mut self,
        c: &py::ExprGeneratorExp,
        first: Option<Expr>,
        span: Span,
    ) -> LResult<ExprKind> {
        let first = match (first, c.generators.first()) {
            (Some(e), _) => e,
            (None, Some(g)) => self.comp_iterable(&g.iter)?,
            (None, None) => return Err(self.unsupported("an empty generator expression", span)),
        };
        let span = self.genexpr_span(span);
        let info = self.scopes.remove(&scope_key(c.range)).unwrap_or_default();
        let qualname = self.child_qualname("<genexpr>");
        self.frames.push(FrameCtx {
            info: Some(info),
            slots: HashMap::new(),
            slot_names: Vec::new(),
            cell_slots: Vec::new(),
            freevars: Vec::new(),
            overlays: Vec::new(),
            comps: vec!["generator expression"],
            comp_walrus: vec![HashSet::new()],
            qualname: qualname.clone(),
            loop_depth: 0,
            except_star: None,
            is_class: false,
            first_param: None,
            comp_iter: 0,
            genexp_vars: HashSet::new(),
            is_async: false,
            is_async_gen: false,
        });
        let depth = self.depth;
        let result = self.genexpr_body(c, &qualname, span);
        self.depth = depth;
        self.frames.pop();
        Ok(ExprKind::GenExpr(result?, Box::new(first)))
    }

    /// Where CPython locates a generator expression: a call's sole argument
    /// `f(x for x in y)` includes the call's parentheses.
    fn genexpr_span(&self, span: Span) -> Span {
        let src = self.src.as_bytes();
        let (start, end) = (span.start as usize, span.end as usize);
        if src.get(start) == Some(&b'(') {
            return span;
        }
        let open = src
            .get(..start)
            .and_then(|b| b.iter().rposition(|c| !c.is_ascii_whitespace()))
            .filter(|&i| src.get(i) == Some(&b'('));
        let close = src
            .get(end..)
            .and_then(|b| b.iter().position(|c| !c.is_ascii_whitespace()))
            .map(|i| end + i)
            .filter(|&i| src.get(i) == Some(&b')'));
        match (open, close) {
            (Some(o), Some(c)) => Span {
                start: o as u32,
                end: c as u32 + 1,
            },
            _ => span,
        }
    }

    /// `for t1 in .0: if not c1: continue; for t2 in it2: ... yield elt`.
    fn genexpr_body(
        &mut self,
        c: &py::ExprGeneratorExp,
        qualname: &str,
        span: Span,
    ) -> LResult<Rc<FunctionDef>> {
        let src = self.frame().new_slot(".0", false);
        let mut clauses = Vec::new();
        for (i, g) in c.generators.iter().enumerate() {
            // Each clause nests a loop.
            self.enter(span)?;
            let iter = if i == 0 {
                Expr {
                    kind: ExprKind::Name(src),
                    span,
                }
            } else {
                self.check_inner_loop_target(&g.target)?;
                self.comp_iterable(&g.iter)?
            };
            let mut names = HashSet::new();
            collect_names(&g.target, &mut names);
            self.frame().genexp_vars.extend(names);
            let target = self.target(&g.target)?;
            let ifs = g
                .ifs
                .iter()
                .map(|e| self.expr(e))
                .collect::<LResult<Vec<_>>>()?;
            clauses.push((target, iter, ifs));
        }
        let elt = self.expr(&c.elt)?;
        let espan = elt.span;
        let yield_elt = StmtKind::Yield {
            value: Some(elt),
            target: None,
            kind: YieldKind::Value,
        };
        let mut body = vec![Stmt::new(yield_elt, espan)];
        for (target, iter, ifs) in clauses.into_iter().rev() {
            let mut block = Vec::with_capacity(ifs.len() + body.len());
            for cond in ifs {
                let cspan = cond.span;
                let skip = vec![Stmt::new(StmtKind::Continue, cspan)];
                block.push(Stmt::new(StmtKind::If(cond, Vec::new(), skip), cspan));
            }
            block.extend(body);
            body = vec![Stmt::new(
                StmtKind::For(target, iter, block, Vec::new()),
                span,
            )];
        }
        let f = self.frame();
        Ok(Rc::new(FunctionDef {
            names: Vec::new(),
            name: "<genexpr>".into(),
            qualname: qualname.into(),
            params: vec![Param {
                name: ".0".into(),
                slot: src,
            }],
            posonly: 0,
            vararg: None,
            kwonly: Vec::new(),
            kwarg: None,
            nslots: f.slot_names.len() as u32,
            slot_names: std::mem::take(&mut f.slot_names),
            cell_slots: std::mem::take(&mut f.cell_slots),
            freevars: std::mem::take(&mut f.freevars),
            body,
            is_lambda: false,
            is_generator: true,
            is_coroutine: false,
            is_async_gen: false,
            iterable_coroutine: Default::default(),
            span,
            warmup: Default::default(),
            direct_args: Default::default(),
            code_object: Default::default(),
        }))
    }
}

/// The parts of a bare annotated subscript's index that CPython
/// evaluates: a slice's bounds, each item of a tuple, or the index itself.
fn annotated_index_parts<'e>(e: &'e py::Expr, out: &mut Vec<&'e py::Expr>) {
    match e {
        py::Expr::Slice(s) => out.extend(
            [&s.lower, &s.upper, &s.step]
                .into_iter()
                .filter_map(|p| p.as_deref()),
        ),
        py::Expr::Tuple(t) => t.elts.iter().for_each(|x| annotated_index_parts(x, out)),
        other => out.push(other),
    }
}

/// Whether an annotated assignment's target is a plain name, not one in
/// parentheses (`(x): int`), whose annotation is stored.
fn simple_annotation(a: &py::StmtAnnAssign, src: &str) -> bool {
    let start = u32::from(a.range.start()) as usize;
    a.simple && src.as_bytes().get(start) != Some(&b'(')
}

/// Whether module-level code (outside functions and classes) stores an
/// annotation.
fn module_annotates(s: &py::Stmt) -> bool {
    use py::Stmt as S;
    let any = |b: &[py::Stmt]| b.iter().any(module_annotates);
    match s {
        S::AnnAssign(a) => matches!(&*a.target, py::Expr::Name(_)),
        S::If(i) => any(&i.body) || any(&i.orelse),
        S::While(w) => any(&w.body) || any(&w.orelse),
        S::For(f) => any(&f.body) || any(&f.orelse),
        S::With(w) => any(&w.body),
        S::Try(py::StmtTry {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        })
        | S::TryStar(py::StmtTryStar {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        }) => {
            any(body)
                || any(orelse)
                || any(finalbody)
                || handlers
                    .iter()
                    .any(|py::ExceptHandler::ExceptHandler(h)| any(&h.body))
        }
        _ => false,
    }
}

/// A `def` statement's span from its first decorator (the function's
/// first line, as CPython counts it).
fn def_span(f: &py::StmtFunctionDef, span: Span) -> Span {
    let start = f
        .decorator_list
        .iter()
        .map(|d| span_of(d.range()).start)
        .fold(span.start, u32::min);
    Span { start, ..span }
}

/// An f-string conversion: `'s'`, `'r'`, `'a'` or none.
/// The names that import statements bind in the module's own scope
/// (CPython's DEF_IMPORT symbols), inside compound statements too.
fn module_imports(suite: &[py::Stmt]) -> HashSet<String> {
    fn walk(b: &[py::Stmt], out: &mut HashSet<String>) {
        for s in b {
            match s {
                py::Stmt::Import(i) => out.extend(i.names.iter().map(|a| match &a.asname {
                    Some(n) => n.to_string(),
                    None => a.name.split('.').next().unwrap_or_default().to_string(),
                })),
                py::Stmt::ImportFrom(i) => out.extend(
                    i.names
                        .iter()
                        .map(|a| a.asname.as_ref().unwrap_or(&a.name).to_string()),
                ),
                py::Stmt::If(x) => {
                    walk(&x.body, out);
                    walk(&x.orelse, out);
                }
                py::Stmt::For(x) => {
                    walk(&x.body, out);
                    walk(&x.orelse, out);
                }
                py::Stmt::While(x) => {
                    walk(&x.body, out);
                    walk(&x.orelse, out);
                }
                py::Stmt::With(x) => walk(&x.body, out),
                py::Stmt::Try(x) => {
                    walk(&x.body, out);
                    for py::ExceptHandler::ExceptHandler(h) in &x.handlers {
                        walk(&h.body, out);
                    }
                    walk(&x.orelse, out);
                    walk(&x.finalbody, out);
                }
                py::Stmt::TryStar(x) => {
                    walk(&x.body, out);
                    for py::ExceptHandler::ExceptHandler(h) in &x.handlers {
                        walk(&h.body, out);
                    }
                    walk(&x.orelse, out);
                    walk(&x.finalbody, out);
                }
                py::Stmt::Match(m) => m.cases.iter().for_each(|c| walk(&c.body, out)),
                _ => {}
            }
        }
    }
    let mut out = HashSet::new();
    walk(suite, &mut out);
    out
}

/// Where CPython's compiler stands after compiling pattern `p` (it moves
/// to each pattern node it enters and never back): the last node of `p`
/// in preorder, where it reports errors found after the sub-patterns.
fn last_pattern_range(p: &py::Pattern) -> rustpython_parser::text_size::TextRange {
    use py::Pattern as P;
    let last = match p {
        P::MatchAs(a) => a.pattern.as_deref(),
        P::MatchOr(o) => o.patterns.last(),
        P::MatchSequence(s) => s.patterns.last(),
        P::MatchMapping(m) => m.patterns.last(),
        P::MatchClass(c) => c.kwd_patterns.last().or(c.patterns.last()),
        P::MatchValue(_) | P::MatchSingleton(_) | P::MatchStar(_) => None,
    };
    last.map_or(p.range(), last_pattern_range)
}

/// The repr of a mapping pattern's key when it is a literal (which CPython
/// checks for duplicates while compiling); None for value patterns.
fn literal_key(k: &py::Expr) -> Option<String> {
    let (neg, c) = match k {
        py::Expr::Constant(c) => ("", &c.value),
        py::Expr::UnaryOp(u) if u.op == py::UnaryOp::USub => match &*u.operand {
            py::Expr::Constant(c) => ("-", &c.value),
            _ => return None,
        },
        _ => return None,
    };
    Some(match c {
        py::Constant::Str(s) => str_repr(s),
        py::Constant::Int(i) => format!("{neg}{i}"),
        py::Constant::Bool(b) => (if *b { "True" } else { "False" }).to_string(),
        py::Constant::None => "None".to_string(),
        _ => return None,
    })
}

/// The `from __future__` imports a module starts with (after its
/// docstring): the only place they are allowed.
fn future_imports(suite: &[py::Stmt]) -> Vec<&py::StmtImportFrom> {
    let docstring = |s: &py::Stmt| {
        matches!(s, py::Stmt::Expr(e)
            if matches!(&*e.value, py::Expr::Constant(c) if matches!(c.value, py::Constant::Str(_))))
    };
    let skip = usize::from(suite.first().is_some_and(docstring));
    suite
        .iter()
        .skip(skip)
        .map_while(|s| match s {
            py::Stmt::ImportFrom(i) if is_future(i) => Some(i),
            _ => None,
        })
        .collect()
}

fn is_future(i: &py::StmtImportFrom) -> bool {
    i.module.as_deref() == Some("__future__") && i.level.is_none_or(|l| l.to_u32() == 0)
}

/// Whether the module starts with `from __future__ import annotations`.
fn future_annotations(suite: &[py::Stmt]) -> bool {
    future_imports(suite)
        .iter()
        .any(|i| i.names.iter().any(|a| a.name.as_str() == "annotations"))
}

/// The features `from __future__ import` accepts in 3.11.
const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// Python's repr() of a str.
fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn conversion(c: py::ConversionFlag) -> Option<char> {
    match c {
        py::ConversionFlag::None => None,
        py::ConversionFlag::Str => Some('s'),
        py::ConversionFlag::Repr => Some('r'),
        py::ConversionFlag::Ascii => Some('a'),
    }
}

/// How CPython names a comprehension in "'yield' inside ..." errors.
fn comp_name(kind: CompKind) -> &'static str {
    match kind {
        CompKind::List => "list comprehension",
        CompKind::Set => "set comprehension",
        CompKind::Dict => "dict comprehension",
    }
}

/// CPython's description of an expression in "cannot assign to ..." errors.
fn describe(e: &py::Expr) -> &'static str {
    use py::Expr as E;
    match e {
        E::Call(_) => "function call",
        E::Constant(c) => match c.value {
            py::Constant::None => "None",
            py::Constant::Bool(true) => "True",
            py::Constant::Bool(false) => "False",
            py::Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        E::BinOp(_) | E::UnaryOp(_) => "expression",
        E::BoolOp(_) => "expression",
        E::Compare(_) => "comparison",
        E::Lambda(_) => "lambda",
        E::IfExp(_) => "conditional expression",
        E::JoinedStr(_) | E::FormattedValue(_) => "f-string expression",
        E::ListComp(_) => "list comprehension",
        E::SetComp(_) => "set comprehension",
        E::DictComp(_) => "dict comprehension",
        E::GeneratorExp(_) => "generator expression",
        E::Dict(_) => "dict literal",
        E::Set(_) => "set display",
        E::NamedExpr(_) => "named expression",
        E::Yield(_) | E::YieldFrom(_) => "yield expression",
        E::Await(_) => "await expression",
        _ => "expression",
    }
}

/// How many format specs there are (nested ones too), and how many of
/// them have a backslash in their literal text.
fn count_specs(parts: &[FPart]) -> (usize, usize) {
    let mut counts = (0, 0);
    for part in parts {
        if let FPart::Value {
            spec: Some(spec), ..
        } = part
        {
            let escaped = spec
                .iter()
                .any(|p| matches!(p, FPart::Lit(s) if s.contains('\\')));
            let (n, e) = count_specs(spec);
            counts.0 += 1 + n;
            counts.1 += usize::from(escaped) + e;
        }
    }
    counts
}

/// Decodes the escapes of the format specs that are not raw; `raw` says
/// which, for the specs in source order (a spec before those of the
/// fields nested in it), `next` is the index of the next one.
fn decode_specs(parts: &mut [FPart], raw: &[bool], next: &mut usize) {
    for part in parts {
        let FPart::Value {
            spec: Some(spec), ..
        } = part
        else {
            continue;
        };
        let is_raw = raw.get(*next).copied().unwrap_or(true);
        *next += 1;
        for p in spec.iter_mut() {
            if let FPart::Lit(s) = p {
                if !is_raw && s.contains('\\') {
                    *s = literals::decode_escapes(s).into();
                }
            }
        }
        decode_specs(spec, raw, next);
    }
}

/// The docstring of a body, with where it is: its first statement, if a
/// string literal.
fn docstring(body: &[py::Stmt]) -> Option<(&str, rustpython_parser::text_size::TextRange)> {
    match body.first()? {
        py::Stmt::Expr(e) => match &*e.value {
            py::Expr::Constant(c) => match &c.value {
                py::Constant::Str(s) => Some((s.as_str(), c.range)),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// All parameters in the order `__annotations__` lists them.
fn all_params(args: &py::Arguments) -> Vec<&py::Arg> {
    let mut out: Vec<&py::Arg> = args
        .posonlyargs
        .iter()
        .chain(&args.args)
        .map(|a| &a.def)
        .collect();
    out.extend(args.vararg.as_deref());
    out.extend(args.kwonlyargs.iter().map(|a| &a.def));
    out.extend(args.kwarg.as_deref());
    out
}

/// The annotation expressions of a function's parameters.
fn annotated(args: &py::Arguments) -> Vec<&py::Expr> {
    all_params(args)
        .into_iter()
        .filter_map(|a| a.annotation.as_deref())
        .collect()
}

/// Whether `e` names `__debug__`, which no code may rebind (CPython's
/// compiler refuses it).
fn forbidden_target(e: &py::Expr) -> bool {
    match e {
        py::Expr::Name(n) => n.id.as_str() == "__debug__",
        py::Expr::Attribute(a) => a.attr.as_str() == "__debug__",
        _ => false,
    }
}

/// The step of `async with`/`async for` a call to a dotted name spells
/// (see `lower/asyncs.rs`); no source can write such a name.
fn intrinsic(c: &py::ExprCall) -> Option<Intrinsic> {
    let py::Expr::Name(n) = &*c.func else {
        return None;
    };
    Some(match n.id.as_str() {
        ".aiter" => Intrinsic::AIter,
        ".anext" => Intrinsic::ANext,
        ".aenter" => Intrinsic::AEnter,
        ".aexit" => Intrinsic::AExit,
        ".stopasync" => Intrinsic::StopAsync,
        _ => return None,
    })
}
