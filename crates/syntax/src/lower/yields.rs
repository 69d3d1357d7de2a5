//! `yield` inside expressions, rewritten away while lowering.
//!
//! The generator executor (`pyview_vm::generator`) can suspend only at a
//! statement, so a statement of a generator function whose expressions
//! contain a `yield` is lowered into simple statements: the parts evaluated
//! before the yield are computed into hidden temporaries first (CPython
//! keeps them on its value stack), each `yield` becomes a `Yield` statement
//! that stores the sent value into a temporary, and the statement itself
//! then runs on the temporaries. `and`/`or`, conditional expressions and
//! comparison chains become `if` statements (short-circuit kept, each
//! operand's truth tested once), and a `while` whose test yields becomes
//! `while True` with a `break` and a flag for its `else`. The rewrite is
//! flat: operand lists become sequences of statements, not nested ones.
//!
//! Which expressions contain a yield is found once per function body
//! ([`Lowerer::mark_body`]), so each rewrite step asks in constant time.
//! A `yield` in an `except` clause's type or a `case` guard is refused
//! with a located SyntaxError ("... is not supported yet").

use super::{binop, cmpop, scope_key, span_of, LResult, Lowerer};
use crate::ir::*;
use rustpython_parser::ast::{self as py, Ranged};

/// A value computed ahead of a yield: a constant, or the temporary
/// holding it (temporaries are never rebound).
enum Held {
    Const(Const),
    Temp(NameRef),
}

impl Held {
    fn expr(&self, span: Span) -> Expr {
        let kind = match self {
            Held::Const(c) => ExprKind::Const(c.clone()),
            Held::Temp(t) => ExprKind::Name(*t),
        };
        Expr { kind, span }
    }
}

/// Where an augmented assignment reads and stores: its parts computed.
enum Place {
    Name(NameRef),
    Attr(Held, Span, std::rc::Rc<str>),
    Item(Held, Span, Held, Span),
}

/// One operand of a node whose operands are evaluated left to right.
#[derive(Clone, Copy)]
enum Piece<'a> {
    Plain(&'a py::Expr),
    /// `*it` in a call or display: unpacked at once when computed ahead,
    /// as CPython does.
    Star(&'a py::Expr),
    /// `**m` in a dict display: merged at once when computed ahead.
    DictStar(&'a py::Expr),
    /// `**m` in a call.
    KwStar(&'a py::Expr),
}

impl<'a> Piece<'a> {
    fn expr(self) -> &'a py::Expr {
        match self {
            Piece::Plain(e) | Piece::Star(e) | Piece::DictStar(e) | Piece::KwStar(e) => e,
        }
    }
}

fn name_at(r: NameRef, span: Span) -> Expr {
    Expr {
        kind: ExprKind::Name(r),
        span,
    }
}

fn bool_at(b: bool, span: Span) -> Expr {
    Expr {
        kind: ExprKind::Const(Const::Bool(b)),
        span,
    }
}

fn set_stmt(r: NameRef, value: Expr) -> Stmt {
    let span = value.span;
    Stmt::new(StmtKind::Assign(vec![Target::Name(r, span)], value), span)
}

fn arg_pieces(elts: &[py::Expr]) -> Vec<Piece<'_>> {
    elts.iter()
        .map(|e| match e {
            py::Expr::Starred(s) => Piece::Star(&s.value),
            e => Piece::Plain(e),
        })
        .collect()
}

fn with_star(elts: &[py::Expr], values: Vec<Expr>) -> Vec<Arg> {
    elts.iter()
        .zip(values)
        .map(|(e, value)| Arg {
            value,
            starred: matches!(e, py::Expr::Starred(_)),
        })
        .collect()
}

fn addr(e: &py::Expr) -> usize {
    e as *const py::Expr as usize
}

impl Lowerer<'_> {
    // ----- finding the yields -----

    /// Marks the expressions of a function body (not of inner scopes) that
    /// contain a yield; whether there is one, making it a generator.
    pub(super) fn mark_body(&mut self, body: &[py::Stmt]) -> bool {
        let mut found = false;
        for s in body {
            found |= self.mark_stmt(s);
        }
        found
    }

    fn mark_all<'a>(&mut self, es: impl IntoIterator<Item = &'a py::Expr>) -> bool {
        let mut found = false;
        for e in es {
            found |= self.mark_expr(e);
        }
        found
    }

    fn mark_defaults(&mut self, args: &py::Arguments) -> bool {
        let defaults = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .filter_map(|a| a.default.as_deref());
        self.mark_all(defaults)
    }

    fn mark_stmt(&mut self, s: &py::Stmt) -> bool {
        use py::Stmt as S;
        match s {
            S::FunctionDef(f) => {
                self.mark_all(&f.decorator_list)
                    | self.mark_defaults(&f.args)
                    | self.mark_all(super::annotated(&f.args))
                    | self.mark_all(f.returns.as_deref())
            }
            S::ClassDef(c) => {
                self.mark_all(&c.decorator_list)
                    | self.mark_all(&c.bases)
                    | self.mark_all(c.keywords.iter().map(|k| &k.value))
            }
            S::Return(r) => self.mark_all(r.value.as_deref()),
            S::Delete(d) => self.mark_all(&d.targets),
            S::Assign(a) => self.mark_all(&a.targets) | self.mark_expr(&a.value),
            S::AugAssign(a) => self.mark_expr(&a.target) | self.mark_expr(&a.value),
            S::AnnAssign(a) => self.mark_expr(&a.target) | self.mark_all(a.value.as_deref()),
            S::For(f) => {
                self.mark_expr(&f.target)
                    | self.mark_expr(&f.iter)
                    | self.mark_body(&f.body)
                    | self.mark_body(&f.orelse)
            }
            S::While(w) => {
                self.mark_expr(&w.test) | self.mark_body(&w.body) | self.mark_body(&w.orelse)
            }
            S::If(i) => {
                self.mark_expr(&i.test) | self.mark_body(&i.body) | self.mark_body(&i.orelse)
            }
            S::With(w) => {
                let mut found = self.mark_body(&w.body);
                for it in &w.items {
                    found |= self.mark_expr(&it.context_expr);
                    found |= self.mark_all(it.optional_vars.as_deref());
                }
                found
            }
            S::Match(m) => {
                let mut found = self.mark_expr(&m.subject);
                for c in &m.cases {
                    found |= self.mark_all(c.guard.as_deref());
                    found |= self.mark_body(&c.body);
                }
                found
            }
            S::Raise(r) => self.mark_all(r.exc.as_deref()) | self.mark_all(r.cause.as_deref()),
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
                let mut found =
                    self.mark_body(body) | self.mark_body(orelse) | self.mark_body(finalbody);
                for py::ExceptHandler::ExceptHandler(h) in handlers {
                    found |= self.mark_all(h.type_.as_deref());
                    found |= self.mark_body(&h.body);
                }
                found
            }
            S::Assert(a) => self.mark_expr(&a.test) | self.mark_all(a.msg.as_deref()),
            S::Expr(e) => self.mark_expr(&e.value),
            _ => false,
        }
    }

    /// Whether `e` contains a yield of the function being lowered (not of a
    /// lambda inside; a comprehension's only part in this scope is its
    /// first iterable), marking each such node.
    pub(super) fn mark_expr(&mut self, e: &py::Expr) -> bool {
        use py::Expr as E;
        let found = match e {
            E::Yield(y) => {
                self.mark_all(y.value.as_deref());
                self.saw_yield = true;
                true
            }
            E::YieldFrom(y) => {
                self.mark_expr(&y.value);
                self.saw_yield = true;
                true
            }
            E::Await(a) if self.frame().is_async => {
                self.mark_expr(&a.value);
                true
            }
            E::Lambda(l) => self.mark_defaults(&l.args),
            E::ListComp(c) => self.mark_all(c.generators.first().map(|g| &g.iter)),
            E::SetComp(c) => self.mark_all(c.generators.first().map(|g| &g.iter)),
            E::DictComp(c) => self.mark_all(c.generators.first().map(|g| &g.iter)),
            E::GeneratorExp(c) => self.mark_all(c.generators.first().map(|g| &g.iter)),
            E::NamedExpr(n) => self.mark_expr(&n.value),
            _ => {
                let mut found = false;
                super::for_each_child(e, |c| found |= self.mark_expr(c));
                found
            }
        };
        if found {
            self.yield_nodes.insert(addr(e));
        }
        found
    }

    pub(super) fn has_yield(&self, e: &py::Expr) -> bool {
        !self.yield_nodes.is_empty() && self.yield_nodes.contains(&addr(e))
    }

    fn any_yield<'a>(&self, mut es: impl Iterator<Item = &'a py::Expr>) -> bool {
        es.any(|e| self.has_yield(e))
    }

    /// Whether a statement's own expressions (not its blocks) yield.
    pub(super) fn stmt_has_yield(&self, s: &py::Stmt) -> bool {
        use py::Stmt as S;
        if self.yield_nodes.is_empty() {
            return false;
        }
        match s {
            S::Expr(e) => self.has_yield(&e.value),
            S::Assign(a) => self.has_yield(&a.value) || self.any_yield(a.targets.iter()),
            S::AugAssign(a) => self.has_yield(&a.value) || self.has_yield(&a.target),
            S::AnnAssign(a) => a
                .value
                .as_deref()
                .is_some_and(|v| self.has_yield(v) || self.has_yield(&a.target)),
            S::Return(r) => self.any_yield(r.value.as_deref().into_iter()),
            S::Delete(d) => self.any_yield(d.targets.iter()),
            S::Raise(r) => self.any_yield(r.exc.as_deref().into_iter().chain(r.cause.as_deref())),
            S::Assert(a) => self.any_yield(std::iter::once(&*a.test).chain(a.msg.as_deref())),
            S::If(i) => self.has_yield(&i.test),
            S::While(w) => self.has_yield(&w.test),
            S::For(f) => self.has_yield(&f.iter) || self.has_yield(&f.target),
            S::With(w) => w.items.iter().any(|it| {
                self.has_yield(&it.context_expr)
                    || it
                        .optional_vars
                        .as_deref()
                        .is_some_and(|v| self.has_yield(v))
            }),
            S::Match(m) => {
                self.has_yield(&m.subject)
                    || self.any_yield(m.cases.iter().filter_map(|c| c.guard.as_deref()))
            }
            S::Try(py::StmtTry { handlers, .. }) | S::TryStar(py::StmtTryStar { handlers, .. }) => {
                handlers.iter().any(|py::ExceptHandler::ExceptHandler(h)| {
                    h.type_.as_deref().is_some_and(|e| self.has_yield(e))
                })
            }
            S::FunctionDef(f) => {
                self.any_yield(f.decorator_list.iter())
                    || self.any_yield(
                        f.args
                            .posonlyargs
                            .iter()
                            .chain(&f.args.args)
                            .chain(&f.args.kwonlyargs)
                            .filter_map(|a| a.default.as_deref()),
                    )
                    || self.any_yield(super::annotated(&f.args).into_iter())
                    || self.any_yield(f.returns.as_deref().into_iter())
            }
            S::ClassDef(c) => {
                self.any_yield(c.decorator_list.iter().chain(&c.bases))
                    || self.any_yield(c.keywords.iter().map(|k| &k.value))
            }
            _ => false,
        }
    }

    // ----- temporaries -----

    fn temp(&mut self) -> NameRef {
        self.frame().new_slot(".tmp", false)
    }

    /// Computes `e` now, into a temporary unless it is a constant.
    fn hold(&mut self, e: Expr, out: &mut Vec<Stmt>) -> Held {
        match e.kind {
            ExprKind::Const(c) => Held::Const(c),
            ExprKind::Name(r @ NameRef::Local(i)) if self.is_temp(i) => Held::Temp(r),
            kind => {
                let t = self.temp();
                out.push(set_stmt(t, Expr { kind, span: e.span }));
                Held::Temp(t)
            }
        }
    }

    fn is_temp(&mut self, slot: u32) -> bool {
        self.frame()
            .slot_names
            .get(slot as usize)
            .is_some_and(|n| &**n == ".tmp")
    }

    // ----- statements -----

    /// Lowers a statement whose own expressions contain a yield, appending
    /// the statements it becomes to `out`.
    pub(super) fn yield_stmt(
        &mut self,
        s: &py::Stmt,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> LResult<()> {
        use py::Stmt as S;
        match s {
            S::Expr(e) => match &*e.value {
                py::Expr::Yield(_) | py::Expr::YieldFrom(_) | py::Expr::Await(_) => {
                    self.yield_into(&e.value, None, out)?;
                }
                v => {
                    let v = self.lin(v, out)?;
                    out.push(Stmt::new(StmtKind::Expr(v), span));
                }
            },
            S::Assign(a) => self.assign(&a.targets, &a.value, span, out)?,
            S::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.assign(std::slice::from_ref(&a.target), v, span, out)?;
                }
            }
            S::AugAssign(a) => self.aug_assign(a, span, out)?,
            S::Return(r) => {
                // The checks of an ordinary `return`: an await makes this
                // statement come here instead.
                if r.value.is_some() && self.frame().is_async_gen {
                    return Err(
                        self.compiler_error_at("'return' with value in async generator", span)
                    );
                }
                self.leaves_except_star(true, self.return_location(r, span))?;
                let v = r.value.as_deref().map(|v| self.lin(v, out)).transpose()?;
                out.push(Stmt::new(StmtKind::Return(v), span));
            }
            S::Delete(d) => {
                for t in &d.targets {
                    self.delete(t, span, out)?;
                }
            }
            S::Raise(r) => {
                let pieces: Vec<Piece> = r
                    .exc
                    .iter()
                    .chain(&r.cause)
                    .map(|e| Piece::Plain(e))
                    .collect();
                let mut vals = self.pieces(&pieces, out)?.into_iter();
                let exc = r.exc.as_ref().and_then(|_| vals.next());
                let cause = r.cause.as_ref().and_then(|_| vals.next());
                out.push(Stmt::new(StmtKind::Raise(exc, cause), span));
            }
            S::Assert(a) => {
                let test = self.lin(&a.test, out)?;
                match a.msg.as_deref() {
                    Some(m) if self.has_yield(m) => {
                        let mut fail = Vec::new();
                        let msg = self.lin(m, &mut fail)?;
                        let never = bool_at(false, test.span);
                        fail.push(Stmt::new(StmtKind::Assert(never, Some(msg)), span));
                        out.push(Stmt::new(StmtKind::If(test, Vec::new(), fail), span));
                    }
                    m => {
                        let msg = m.map(|m| self.expr(m)).transpose()?;
                        out.push(Stmt::new(StmtKind::Assert(test, msg), span));
                    }
                }
            }
            S::If(i) => {
                let test = self.lin(&i.test, out)?;
                let body = self.block(&i.body)?;
                let orelse = self.block(&i.orelse)?;
                out.push(Stmt::new(StmtKind::If(test, body, orelse), span));
            }
            S::While(w) => self.while_loop(w, span, out)?,
            S::For(f) => {
                let iter = self.lin(&f.iter, out)?;
                let mut body = Vec::new();
                let target = self.loop_target(&f.target, &mut body)?;
                self.frame().loop_depth += 1;
                let b = self.block(&f.body);
                self.frame().loop_depth -= 1;
                body.extend(b?);
                let orelse = self.block(&f.orelse)?;
                out.push(Stmt::new(StmtKind::For(target, iter, body, orelse), span));
            }
            S::With(w) => self.with(w, span, out)?,
            S::Match(m) => {
                if let Some(g) = m
                    .cases
                    .iter()
                    .filter_map(|c| c.guard.as_deref())
                    .find(|g| self.has_yield(g))
                {
                    return Err(self.unsupported("'yield' in a 'case' guard", span_of(g.range())));
                }
                let subject = self.lin(&m.subject, out)?;
                let cases = self.match_cases(m)?;
                out.push(Stmt::new(StmtKind::Match(subject, cases), span));
            }
            S::Try(py::StmtTry { handlers, .. }) | S::TryStar(py::StmtTryStar { handlers, .. }) => {
                let bad = handlers
                    .iter()
                    .find_map(|py::ExceptHandler::ExceptHandler(h)| {
                        h.type_.as_deref().filter(|e| self.has_yield(e))
                    });
                let at = bad.map_or(span, |e| span_of(e.range()));
                return Err(self.unsupported("'yield' in an 'except' clause", at));
            }
            S::FunctionDef(f) => self.function_def(f, span, out)?,
            S::ClassDef(c) => {
                let mut pieces: Vec<Piece> = c.decorator_list.iter().map(Piece::Plain).collect();
                let nd = pieces.len();
                pieces.extend(arg_pieces(&c.bases));
                let nb = pieces.len();
                for k in &c.keywords {
                    pieces.push(match k.arg {
                        Some(_) => Piece::Plain(&k.value),
                        None => Piece::KwStar(&k.value),
                    });
                }
                let mut vals = self.pieces(&pieces, out)?;
                let kw_vals = vals.split_off(nb);
                let bases = with_star(&c.bases, vals.split_off(nd));
                let keywords = c
                    .keywords
                    .iter()
                    .zip(kw_vals)
                    .map(|(k, value)| Keyword {
                        name: k.arg.as_ref().map(|a| a.as_str().into()),
                        value,
                    })
                    .collect();
                let class = self.class_body(c, span)?;
                let target = self.resolve(c.name.as_str());
                out.push(Stmt::new(
                    StmtKind::ClassDef {
                        target,
                        class,
                        bases,
                        keywords,
                        decorators: vals,
                    },
                    span,
                ));
            }
            other => {
                if let Some(s) = self.stmt(other)? {
                    out.push(s);
                }
            }
        }
        Ok(())
    }

    /// A `yield` or `yield from` expression as a statement of its own; the
    /// sent value (or the delegate's return value) goes to `target`.
    fn yield_into(
        &mut self,
        e: &py::Expr,
        target: Option<Target>,
        out: &mut Vec<Stmt>,
    ) -> LResult<()> {
        let span = span_of(e.range());
        let value_kind = if self.frame().is_async_gen {
            YieldKind::AsyncValue
        } else {
            YieldKind::Value
        };
        let (value, kind) = match e {
            py::Expr::Yield(y) => (
                y.value.as_deref().map(|v| self.lin(v, out)).transpose()?,
                value_kind,
            ),
            py::Expr::YieldFrom(_) if self.frame().is_async => {
                return Err(self.compiler_error_at("'yield from' inside async function", span))
            }
            py::Expr::YieldFrom(y) => (Some(self.lin(&y.value, out)?), YieldKind::From),
            py::Expr::Await(a) => (Some(self.lin(&a.value, out)?), YieldKind::Await),
            _ => return Ok(()),
        };
        out.push(Stmt::new(
            StmtKind::Yield {
                value,
                target,
                kind,
            },
            span,
        ));
        Ok(())
    }

    fn assign(
        &mut self,
        targets: &[py::Expr],
        value: &py::Expr,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> LResult<()> {
        if let (
            [py::Expr::Name(n)],
            py::Expr::Yield(_) | py::Expr::YieldFrom(_) | py::Expr::Await(_),
        ) = (targets, value)
        {
            // `x = yield v`: the sent value goes straight to `x`.
            let target = Target::Name(self.resolve(n.id.as_str()), span_of(n.range));
            return self.yield_into(value, Some(target), out);
        }
        let v = self.lin(value, out)?;
        if !self.any_yield(targets.iter()) {
            let targets = targets
                .iter()
                .map(|t| self.target(t))
                .collect::<LResult<Vec<_>>>()?;
            out.push(Stmt::new(StmtKind::Assign(targets, v), span));
            return Ok(());
        }
        let vspan = v.span;
        let held = self.hold(v, out);
        for t in targets {
            self.store(t, held.expr(vspan), span, out)?;
        }
        Ok(())
    }

    /// Assigns `value` to target `t`, whose parts may yield: they are
    /// evaluated now, after the value, as CPython does.
    fn store(&mut self, t: &py::Expr, value: Expr, span: Span, out: &mut Vec<Stmt>) -> LResult<()> {
        let tspan = span_of(t.range());
        let target = match t {
            _ if !self.has_yield(t) => self.target(t)?,
            py::Expr::Attribute(a) => {
                Target::Attribute(self.lin(&a.value, out)?, a.attr.as_str().into(), tspan)
            }
            py::Expr::Subscript(s) => {
                let (obj, index) = self.pair(&s.value, &s.slice, out)?;
                Target::Subscript(obj, index, tspan)
            }
            py::Expr::Tuple(py::ExprTuple { elts, .. })
            | py::Expr::List(py::ExprList { elts, .. }) => {
                // Unpacked into temporaries, then stored one by one.
                let stars = elts
                    .iter()
                    .filter(|e| matches!(e, py::Expr::Starred(_)))
                    .count();
                if stars > 1 {
                    return Err(
                        self.compiler_error_at("multiple starred expressions in assignment", tspan)
                    );
                }
                let star = elts.iter().position(|e| matches!(e, py::Expr::Starred(_)));
                let temps: Vec<NameRef> = elts.iter().map(|_| self.temp()).collect();
                let items = temps.iter().map(|&r| Target::Name(r, tspan)).collect();
                out.push(Stmt::new(
                    StmtKind::Assign(vec![Target::Unpack(items, star, tspan)], value),
                    span,
                ));
                for (el, r) in elts.iter().zip(temps) {
                    let el = match el {
                        py::Expr::Starred(s) => &*s.value,
                        el => el,
                    };
                    self.store(el, name_at(r, tspan), span, out)?;
                }
                return Ok(());
            }
            other => self.target(other)?,
        };
        out.push(Stmt::new(StmtKind::Assign(vec![target], value), span));
        Ok(())
    }

    /// A `for` target: stored through a temporary when its parts yield.
    fn loop_target(&mut self, t: &py::Expr, body: &mut Vec<Stmt>) -> LResult<Target> {
        if !self.has_yield(t) {
            return self.target(t);
        }
        let tspan = span_of(t.range());
        let tmp = self.temp();
        self.store(t, name_at(tmp, tspan), tspan, body)?;
        Ok(Target::Name(tmp, tspan))
    }

    fn delete(&mut self, t: &py::Expr, span: Span, out: &mut Vec<Stmt>) -> LResult<()> {
        let tspan = span_of(t.range());
        let target = match t {
            _ if !self.has_yield(t) => self.target(t)?,
            py::Expr::Tuple(py::ExprTuple { elts, .. })
            | py::Expr::List(py::ExprList { elts, .. }) => {
                for el in elts {
                    self.delete(el, span, out)?;
                }
                return Ok(());
            }
            py::Expr::Attribute(a) => {
                Target::Attribute(self.lin(&a.value, out)?, a.attr.as_str().into(), tspan)
            }
            py::Expr::Subscript(s) => {
                let (obj, index) = self.pair(&s.value, &s.slice, out)?;
                Target::Subscript(obj, index, tspan)
            }
            other => self.target(other)?,
        };
        out.push(Stmt::new(StmtKind::Delete(vec![target]), span));
        Ok(())
    }

    /// `t op= v`: the target's current value is read before `v` is
    /// evaluated, and the result stored back into the same place.
    fn aug_assign(
        &mut self,
        a: &py::StmtAugAssign,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> LResult<()> {
        let tspan = span_of(a.target.range());
        let place = match &*a.target {
            py::Expr::Name(n) => Place::Name(self.resolve(n.id.as_str())),
            py::Expr::Attribute(at) => {
                let obj = self.lin(&at.value, out)?;
                let ospan = obj.span;
                Place::Attr(self.hold(obj, out), ospan, at.attr.as_str().into())
            }
            py::Expr::Subscript(s) => {
                let (obj, index) = self.pair(&s.value, &s.slice, out)?;
                let (ospan, ispan) = (obj.span, index.span);
                let obj = self.hold(obj, out);
                Place::Item(obj, ospan, self.hold(index, out), ispan)
            }
            other => {
                self.target(other)?;
                return Ok(());
            }
        };
        let read = match &place {
            Place::Name(r) => ExprKind::Name(*r),
            Place::Attr(obj, ospan, attr) => {
                ExprKind::Attribute(Box::new(obj.expr(*ospan)), attr.clone())
            }
            Place::Item(obj, ospan, index, ispan) => {
                ExprKind::Subscript(Box::new(obj.expr(*ospan)), Box::new(index.expr(*ispan)))
            }
        };
        let cur = self.temp();
        out.push(set_stmt(
            cur,
            Expr {
                kind: read,
                span: tspan,
            },
        ));
        let v = self.lin(&a.value, out)?;
        out.push(Stmt::new(
            StmtKind::AugAssign(Target::Name(cur, tspan), binop(a.op), v),
            span,
        ));
        let target = match place {
            Place::Name(r) => Target::Name(r, tspan),
            Place::Attr(obj, ospan, attr) => Target::Attribute(obj.expr(ospan), attr, tspan),
            Place::Item(obj, ospan, index, ispan) => {
                Target::Subscript(obj.expr(ospan), index.expr(ispan), tspan)
            }
        };
        out.push(Stmt::new(
            StmtKind::Assign(vec![target], name_at(cur, tspan)),
            span,
        ));
        Ok(())
    }

    /// `while <test that yields>:` as `while True:` that evaluates the
    /// test first and breaks when it is false; a flag runs `else` then.
    fn while_loop(&mut self, w: &py::StmtWhile, span: Span, out: &mut Vec<Stmt>) -> LResult<()> {
        let tspan = span_of(w.test.range());
        let ended = if w.orelse.is_empty() {
            None
        } else {
            let t = self.temp();
            out.push(set_stmt(t, bool_at(false, tspan)));
            Some(t)
        };
        let mut body = Vec::new();
        let test = self.lin(&w.test, &mut body)?;
        let mut exit = Vec::new();
        if let Some(t) = ended {
            exit.push(set_stmt(t, bool_at(true, tspan)));
        }
        exit.push(Stmt::new(StmtKind::Break, tspan));
        body.push(Stmt::new(StmtKind::If(test, Vec::new(), exit), tspan));
        self.frame().loop_depth += 1;
        let b = self.block(&w.body);
        self.frame().loop_depth -= 1;
        body.extend(b?);
        out.push(Stmt::new(
            StmtKind::While(bool_at(true, tspan), body, Vec::new()),
            span,
        ));
        if let Some(t) = ended {
            let orelse = self.block(&w.orelse)?;
            out.push(Stmt::new(
                StmtKind::If(name_at(t, tspan), orelse, Vec::new()),
                span,
            ));
        }
        Ok(())
    }

    /// A `with` statement, one item at a time: each context manager is
    /// entered before the next item is evaluated.
    fn with(&mut self, w: &py::StmtWith, span: Span, out: &mut Vec<Stmt>) -> LResult<()> {
        let depth = self.depth;
        let mut levels = Vec::with_capacity(w.items.len());
        for it in &w.items {
            // Each item nests a statement.
            self.enter(span)?;
            let mut pre = Vec::new();
            let ctx = self.lin(&it.context_expr, &mut pre)?;
            let mut assign = Vec::new();
            let target = it
                .optional_vars
                .as_deref()
                .map(|v| self.loop_target(v, &mut assign))
                .transpose()?;
            levels.push((pre, WithItem { ctx, target }, assign));
        }
        let mut body = self.block(&w.body)?;
        self.depth = depth;
        for (pre, item, assign) in levels.into_iter().rev() {
            let mut inner = assign;
            inner.extend(body);
            body = pre;
            body.push(Stmt::new(StmtKind::With(vec![item], inner), span));
        }
        out.extend(body);
        Ok(())
    }

    /// `def` whose decorators, defaults or annotations yield: they are
    /// evaluated in order (decorators first), then the function is made.
    fn function_def(
        &mut self,
        f: &py::StmtFunctionDef,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> LResult<()> {
        let mut pieces: Vec<Piece> = f.decorator_list.iter().map(Piece::Plain).collect();
        let nd = pieces.len();
        for a in f.args.posonlyargs.iter().chain(&f.args.args) {
            if let Some(d) = &a.default {
                pieces.push(Piece::Plain(d));
            }
        }
        let np = pieces.len();
        let mut kw_names = Vec::new();
        for a in &f.args.kwonlyargs {
            if let Some(d) = &a.default {
                pieces.push(Piece::Plain(d));
                kw_names.push(std::rc::Rc::<str>::from(a.def.arg.as_str()));
            }
        }
        let nk = pieces.len();
        let mut ann_names = Vec::new();
        for a in super::all_params(&f.args) {
            if let Some(e) = &a.annotation {
                pieces.push(Piece::Plain(e));
                ann_names.push(std::rc::Rc::<str>::from(a.arg.as_str()));
            }
        }
        if let Some(r) = &f.returns {
            pieces.push(Piece::Plain(r));
            ann_names.push("return".into());
        }
        let mut vals = self.pieces(&pieces, out)?;
        let annotations = ann_names.into_iter().zip(vals.split_off(nk)).collect();
        let kw_defaults = kw_names.into_iter().zip(vals.split_off(np)).collect();
        let defaults = vals.split_off(nd);
        let func = self.function(
            f.name.as_str(),
            scope_key(f.range),
            &f.args,
            &f.body,
            None,
            super::def_span(f, span),
        )?;
        let target = self.resolve(f.name.as_str());
        out.push(Stmt::new(
            StmtKind::FunctionDef {
                target,
                func,
                defaults,
                kw_defaults,
                decorators: vals,
                annotations,
            },
            span,
        ));
        Ok(())
    }

    // ----- expressions -----

    /// Lowers `e`, appending to `out` the statements that compute its
    /// yields (and whatever is evaluated before them); returns the
    /// yield-free expression that finishes it.
    pub(super) fn lin(&mut self, e: &py::Expr, out: &mut Vec<Stmt>) -> LResult<Expr> {
        if !self.has_yield(e) {
            return self.expr(e);
        }
        let span = span_of(e.range());
        self.enter(span)?;
        let r = self.lin_inner(e, span, out);
        self.depth -= 1;
        Ok(Expr { kind: r?, span })
    }

    fn lin_inner(&mut self, e: &py::Expr, span: Span, out: &mut Vec<Stmt>) -> LResult<ExprKind> {
        use py::Expr as E;
        Ok(match e {
            E::Yield(_) | E::YieldFrom(_) | E::Await(_) => {
                let t = self.temp();
                self.yield_into(e, Some(Target::Name(t, span)), out)?;
                ExprKind::Name(t)
            }
            E::BinOp(b) => {
                let (l, r) = self.pair(&b.left, &b.right, out)?;
                ExprKind::BinOp(Box::new(l), binop(b.op), Box::new(r))
            }
            E::UnaryOp(u) => {
                let op = match u.op {
                    py::UnaryOp::Not => UnaryOp::Not,
                    py::UnaryOp::USub => UnaryOp::Neg,
                    py::UnaryOp::UAdd => UnaryOp::Pos,
                    py::UnaryOp::Invert => UnaryOp::Invert,
                };
                ExprKind::Unary(op, Box::new(self.lin(&u.operand, out)?))
            }
            E::BoolOp(b) => self.bool_op(matches!(b.op, py::BoolOp::And), &b.values, out)?,
            E::Compare(c) => self.compare(c, span, out)?,
            E::IfExp(i) => {
                let test = self.lin(&i.test, out)?;
                let t = self.temp();
                let mut body = Vec::new();
                let v = self.lin(&i.body, &mut body)?;
                body.push(set_stmt(t, v));
                let mut orelse = Vec::new();
                let v = self.lin(&i.orelse, &mut orelse)?;
                orelse.push(set_stmt(t, v));
                out.push(Stmt::new(StmtKind::If(test, body, orelse), span));
                ExprKind::Name(t)
            }
            E::Call(c) => self.call(c, out)?,
            E::Attribute(a) => {
                ExprKind::Attribute(Box::new(self.lin(&a.value, out)?), a.attr.as_str().into())
            }
            E::Subscript(s) => {
                let (obj, index) = self.pair(&s.value, &s.slice, out)?;
                ExprKind::Subscript(Box::new(obj), Box::new(index))
            }
            E::Slice(s) => {
                let parts = [&s.lower, &s.upper, &s.step];
                let pieces: Vec<Piece> = parts
                    .iter()
                    .filter_map(|p| p.as_deref().map(Piece::Plain))
                    .collect();
                let mut vals = self.pieces(&pieces, out)?.into_iter();
                let mut next =
                    |p: &Option<Box<py::Expr>>| p.as_ref().and_then(|_| vals.next()).map(Box::new);
                let (lower, upper, step) = (next(&s.lower), next(&s.upper), next(&s.step));
                ExprKind::Slice(lower, upper, step)
            }
            E::Tuple(t) => ExprKind::Tuple(self.display(&t.elts, out)?),
            E::List(l) => ExprKind::List(self.display(&l.elts, out)?),
            E::Set(s) => ExprKind::Set(self.display(&s.elts, out)?),
            E::Dict(d) => {
                let mut pieces = Vec::new();
                for (k, v) in d.keys.iter().zip(&d.values) {
                    match k {
                        Some(k) => {
                            pieces.push(Piece::Plain(k));
                            pieces.push(Piece::Plain(v));
                        }
                        None => pieces.push(Piece::DictStar(v)),
                    }
                }
                let mut vals = self.pieces(&pieces, out)?.into_iter();
                let mut items = Vec::with_capacity(d.values.len());
                for k in &d.keys {
                    let key = match k {
                        Some(_) => vals.next(),
                        None => None,
                    };
                    if let Some(v) = vals.next() {
                        items.push((key, v));
                    }
                }
                ExprKind::Dict(items)
            }
            E::JoinedStr(j) => ExprKind::FString(self.fparts_yield(&j.values, out)?),
            E::FormattedValue(_) => {
                ExprKind::FString(self.fparts_yield(std::slice::from_ref(e), out)?)
            }
            E::ListComp(c) => {
                let first = self.first_iter(&c.generators, out)?;
                self.comprehension(
                    CompKind::List,
                    scope_key(c.range),
                    &c.elt,
                    None,
                    &c.generators,
                    first,
                )?
            }
            E::SetComp(c) => {
                let first = self.first_iter(&c.generators, out)?;
                self.comprehension(
                    CompKind::Set,
                    scope_key(c.range),
                    &c.elt,
                    None,
                    &c.generators,
                    first,
                )?
            }
            E::DictComp(c) => {
                let first = self.first_iter(&c.generators, out)?;
                self.comprehension(
                    CompKind::Dict,
                    scope_key(c.range),
                    &c.key,
                    Some(&c.value),
                    &c.generators,
                    first,
                )?
            }
            E::GeneratorExp(c) => {
                let first = self.first_iter(&c.generators, out)?;
                self.genexpr(c, first, span)?
            }
            E::Lambda(l) => {
                let args = &l.args;
                let mut pieces = Vec::new();
                for a in args.posonlyargs.iter().chain(&args.args) {
                    if let Some(d) = &a.default {
                        pieces.push(Piece::Plain(d));
                    }
                }
                let np = pieces.len();
                let mut kw_names = Vec::new();
                for a in &args.kwonlyargs {
                    if let Some(d) = &a.default {
                        pieces.push(Piece::Plain(d));
                        kw_names.push(std::rc::Rc::<str>::from(a.def.arg.as_str()));
                    }
                }
                let mut defaults = self.pieces(&pieces, out)?;
                let kw = kw_names.into_iter().zip(defaults.split_off(np)).collect();
                let func = self.function(
                    "<lambda>",
                    scope_key(l.range),
                    args,
                    &[],
                    Some(&l.body),
                    span,
                )?;
                ExprKind::Lambda(func, defaults, kw)
            }
            E::NamedExpr(n) => {
                let value = self.lin(&n.value, out)?;
                ExprKind::NamedExpr(self.walrus_target(n)?, Box::new(value))
            }
            _ => return self.expr_inner(e, span),
        })
    }

    fn first_iter(
        &mut self,
        gens: &[py::Comprehension],
        out: &mut Vec<Stmt>,
    ) -> LResult<Option<Expr>> {
        gens.first().map(|g| self.lin(&g.iter, out)).transpose()
    }

    /// Operands evaluated left to right: those before the last one that
    /// yields are computed ahead into temporaries.
    fn pieces(&mut self, pieces: &[Piece], out: &mut Vec<Stmt>) -> LResult<Vec<Expr>> {
        let last = pieces.iter().rposition(|p| self.has_yield(p.expr()));
        let mut vals = Vec::with_capacity(pieces.len());
        for (i, &p) in pieces.iter().enumerate() {
            let v = match last {
                Some(k) if i < k => {
                    let v = self.lin(p.expr(), out)?;
                    let span = v.span;
                    let v = match p {
                        Piece::Star(_) => Expr {
                            kind: ExprKind::Tuple(vec![Arg {
                                value: v,
                                starred: true,
                            }]),
                            span,
                        },
                        Piece::DictStar(_) => Expr {
                            kind: ExprKind::Dict(vec![(None, v)]),
                            span,
                        },
                        Piece::Plain(_) | Piece::KwStar(_) => v,
                    };
                    self.hold(v, out).expr(span)
                }
                Some(k) if i == k => self.lin(p.expr(), out)?,
                _ => self.expr(p.expr())?,
            };
            vals.push(v);
        }
        Ok(vals)
    }

    /// Two operands, the first computed ahead when the second yields.
    fn pair(&mut self, a: &py::Expr, b: &py::Expr, out: &mut Vec<Stmt>) -> LResult<(Expr, Expr)> {
        if !self.has_yield(b) {
            return Ok((self.lin(a, out)?, self.expr(b)?));
        }
        let l = self.lin(a, out)?;
        let span = l.span;
        let l = self.hold(l, out).expr(span);
        Ok((l, self.lin(b, out)?))
    }

    fn display(&mut self, elts: &[py::Expr], out: &mut Vec<Stmt>) -> LResult<Vec<Arg>> {
        let vals = self.pieces(&arg_pieces(elts), out)?;
        Ok(with_star(elts, vals))
    }

    fn call(&mut self, c: &py::ExprCall, out: &mut Vec<Stmt>) -> LResult<ExprKind> {
        if let Some(op) = super::intrinsic(c) {
            let args = c
                .args
                .iter()
                .map(|a| self.lin(a, out))
                .collect::<LResult<Vec<_>>>()?;
            return Ok(ExprKind::Intrinsic(op, args));
        }
        let mut pieces = vec![Piece::Plain(&c.func)];
        pieces.extend(arg_pieces(&c.args));
        for k in &c.keywords {
            pieces.push(match k.arg {
                Some(_) => Piece::Plain(&k.value),
                None => Piece::KwStar(&k.value),
            });
        }
        let later = pieces[1..].iter().any(|p| self.has_yield(p.expr()));
        if let (py::Expr::Attribute(a), false) = (&*c.func, later) {
            // Only the object yields: still a method call.
            let obj = self.lin(&a.value, out)?;
            let args = self.args(&c.args)?;
            let kws = self.keywords(&c.keywords)?;
            return Ok(ExprKind::CallMethod(
                Box::new(obj),
                a.attr.as_str().into(),
                args,
                kws,
                span_of(a.range),
                Default::default(),
            ));
        }
        // The callee (a bound method, for `obj.name(...)`) is looked up
        // before the arguments are evaluated.
        let mut vals = self.pieces(&pieces, out)?;
        let kw_vals = vals.split_off(1 + c.args.len());
        let arg_vals = vals.split_off(1);
        let Some(func) = vals.pop() else {
            return Ok(ExprKind::Const(Const::None));
        };
        let kws = c
            .keywords
            .iter()
            .zip(kw_vals)
            .map(|(k, value)| Keyword {
                name: k.arg.as_ref().map(|a| a.as_str().into()),
                value,
            })
            .collect();
        Ok(ExprKind::Call(
            Box::new(func),
            with_star(&c.args, arg_vals),
            kws,
        ))
    }

    /// `a and b and ...` (or `or`), flat: the result goes to a temporary,
    /// and a flag says whether the next operand is still to be evaluated.
    fn bool_op(
        &mut self,
        is_and: bool,
        values: &[py::Expr],
        out: &mut Vec<Stmt>,
    ) -> LResult<ExprKind> {
        let t = self.temp();
        let go = self.temp();
        let n = values.len();
        for (i, v) in values.iter().enumerate() {
            let mut stmts = Vec::new();
            let val = self.lin(v, &mut stmts)?;
            let vspan = val.span;
            stmts.push(set_stmt(t, val));
            if i + 1 < n {
                // `and` goes on while the value is true, `or` while false.
                stmts.push(Stmt::new(
                    StmtKind::If(
                        name_at(t, vspan),
                        vec![set_stmt(go, bool_at(is_and, vspan))],
                        vec![set_stmt(go, bool_at(!is_and, vspan))],
                    ),
                    vspan,
                ));
            }
            if i == 0 {
                out.extend(stmts);
            } else {
                out.push(Stmt::new(
                    StmtKind::If(name_at(go, vspan), stmts, Vec::new()),
                    vspan,
                ));
            }
        }
        Ok(ExprKind::Name(t))
    }

    /// A comparison; a chain `a < b < c` runs flat like `and`, each middle
    /// operand evaluated once.
    fn compare(
        &mut self,
        c: &py::ExprCompare,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> LResult<ExprKind> {
        if let ([op], [right]) = (&c.ops[..], &c.comparators[..]) {
            let (l, r) = self.pair(&c.left, right, out)?;
            return Ok(ExprKind::Compare(Box::new(l), vec![(cmpop(*op), r)]));
        }
        let res = self.temp();
        let go = self.temp();
        let left = self.lin(&c.left, out)?;
        let mut lspan = left.span;
        let mut left = self.hold(left, out);
        let n = c.comparators.len();
        for (i, (op, comp)) in c.ops.iter().zip(&c.comparators).enumerate() {
            let last = i + 1 == n;
            let mut stmts = Vec::new();
            let right = self.lin(comp, &mut stmts)?;
            let rspan = right.span;
            let (right, next) = if last {
                (right, None)
            } else {
                let held = self.hold(right, &mut stmts);
                (held.expr(rspan), Some(held))
            };
            let cmp = Expr {
                kind: ExprKind::Compare(Box::new(left.expr(lspan)), vec![(cmpop(*op), right)]),
                span,
            };
            stmts.push(Stmt::new(
                StmtKind::Assign(vec![Target::Name(res, span)], cmp),
                span,
            ));
            if !last {
                stmts.push(Stmt::new(
                    StmtKind::If(
                        name_at(res, span),
                        vec![set_stmt(go, bool_at(true, span))],
                        vec![set_stmt(go, bool_at(false, span))],
                    ),
                    span,
                ));
            }
            if i == 0 {
                out.extend(stmts);
            } else {
                out.push(Stmt::new(
                    StmtKind::If(name_at(go, span), stmts, Vec::new()),
                    span,
                ));
            }
            if let Some(h) = next {
                left = h;
                lspan = rspan;
            }
        }
        Ok(ExprKind::Name(res))
    }

    /// F-string pieces: those before the one that yields are formatted
    /// ahead (CPython formats each value as soon as it has it).
    fn fparts_yield(&mut self, values: &[py::Expr], out: &mut Vec<Stmt>) -> LResult<Vec<FPart>> {
        let Some(k) = values.iter().rposition(|v| self.has_yield(v)) else {
            return self.fparts(values);
        };
        let mut parts = Vec::new();
        for (i, v) in values.iter().enumerate() {
            if i > k || matches!(v, py::Expr::Constant(_)) {
                parts.extend(self.fparts(std::slice::from_ref(v))?);
                continue;
            }
            if i < k {
                let span = span_of(v.range());
                let s = self.fparts_yield(std::slice::from_ref(v), out)?;
                let held = self.hold(
                    Expr {
                        kind: ExprKind::FString(s),
                        span,
                    },
                    out,
                );
                parts.push(FPart::Value {
                    value: held.expr(span),
                    conversion: None,
                    spec: None,
                });
                continue;
            }
            match v {
                py::Expr::FormattedValue(f) => {
                    let spec_yields = f.format_spec.as_deref().is_some_and(|s| self.has_yield(s));
                    let value = self.lin(&f.value, out)?;
                    let (value, spec) = if spec_yields {
                        let vspan = value.span;
                        let value = self.hold(value, out).expr(vspan);
                        let spec = match f.format_spec.as_deref() {
                            Some(py::Expr::JoinedStr(j)) => {
                                Some(self.fparts_yield(&j.values, out)?)
                            }
                            Some(other) => {
                                Some(self.fparts_yield(std::slice::from_ref(other), out)?)
                            }
                            None => None,
                        };
                        (value, spec)
                    } else {
                        (value, self.format_spec(f.format_spec.as_deref())?)
                    };
                    parts.push(FPart::Value {
                        value,
                        conversion: super::conversion(f.conversion),
                        spec,
                    });
                }
                py::Expr::JoinedStr(j) => parts.extend(self.fparts_yield(&j.values, out)?),
                other => parts.push(FPart::Value {
                    value: self.lin(other, out)?,
                    conversion: None,
                    spec: None,
                }),
            }
        }
        Ok(parts)
    }
}
