//! The value stack CPython 3.11's compiler would give a function
//! (`co_stacksize`), worked out over our IR: each construct pushes what
//! its 3.11 bytecode pushes. A generator's `sys.getsizeof` counts this
//! stack, so it must agree with python3's.
//!
//! Expressions, assignments, loops, calls, `yield` and comprehensions
//! follow the 3.11 compiler exactly; `try`, `with` and `match` take the
//! depth of their common paths (their exception-cleanup blocks can make
//! CPython's figure a slot or two larger).

use crate::ir::{
    Arg, Expr, ExprKind, FPart, FunctionDef, Keyword, Pattern, Stmt, StmtKind, Target, YieldKind,
};

/// `co_stacksize` of a function or generator expression.
pub fn stack_size(def: &FunctionDef) -> usize {
    // A generator starts with RETURN_GENERATOR, POP_TOP; every function
    // ends with LOAD_CONST None, RETURN_VALUE.
    block(&def.body, 0).max(1)
}

fn block(body: &[Stmt], base: usize) -> usize {
    body.iter().map(|s| stmt(s, base)).max().unwrap_or(base)
}

fn stmt(s: &Stmt, base: usize) -> usize {
    match &s.kind {
        StmtKind::Expr(e) | StmtKind::Display(e) => base + expr(e),
        StmtKind::Assign(targets, value) => base + assign(targets, value),
        StmtKind::ClassFetch(..) => base + 1,
        StmtKind::AugAssign(target, _, value) => {
            base + match target {
                Target::Name(..) => 1 + expr(value),
                // obj, COPY, LOAD_ATTR: obj and the value, then the operand.
                Target::Attribute(o, ..) => expr(o).max(2 + expr(value)),
                // obj, key, COPY 2 twice, BINARY_SUBSCR.
                Target::Subscript(o, k, _) => expr(o).max(1 + expr(k)).max(4).max(3 + expr(value)),
                Target::Unpack(..) => 1 + expr(value),
            }
        }
        StmtKind::If(test, body, orelse) => (base + expr(test))
            .max(block(body, base))
            .max(block(orelse, base)),
        StmtKind::While(test, body, orelse) => (base + expr(test))
            .max(block(body, base))
            .max(block(orelse, base)),
        // The iterator stays below the body; FOR_ITER pushes each item.
        StmtKind::For(target, iter, body, orelse) => (base + expr(iter))
            .max(base + 1 + store(target))
            .max(block(body, base + 1))
            .max(block(orelse, base)),
        StmtKind::Return(v) => base + v.as_ref().map_or(1, expr),
        StmtKind::Break | StmtKind::Continue | StmtKind::Pass => base,
        StmtKind::FunctionDef {
            defaults,
            kw_defaults,
            decorators,
            annotations,
            func,
            ..
        } => {
            let decos = decorators.len();
            let defs = seq(defaults.iter()).max(usize::from(!defaults.is_empty()));
            let kws = named(kw_defaults);
            let ann = named(annotations);
            let parts = usize::from(!defaults.is_empty())
                + usize::from(!kw_defaults.is_empty())
                + usize::from(!annotations.is_empty())
                + usize::from(!func.freevars.is_empty());
            let closure = func.freevars.len();
            base + decorators
                .iter()
                .enumerate()
                .map(|(i, d)| 2 * i + expr(d))
                .max()
                .unwrap_or(0)
                .max(2 * decos + defs.max(kws).max(ann).max(closure) + parts.min(1))
                .max(2 * decos + parts + 1)
        }
        StmtKind::ClassDef {
            bases, keywords, ..
        } => base + 4 + call_args(bases, keywords),
        StmtKind::Import(..) | StmtKind::ImportStar(_) => base + 2,
        StmtKind::ImportFrom(..) => base + 2,
        StmtKind::Delete(targets) => targets
            .iter()
            .map(|t| {
                base + match t {
                    Target::Name(..) => 0,
                    Target::Attribute(o, ..) => expr(o),
                    Target::Subscript(o, k, _) => expr(o).max(1 + expr(k)),
                    Target::Unpack(..) => 1,
                }
            })
            .max()
            .unwrap_or(base),
        StmtKind::Raise(exc, cause) => {
            base + exc
                .as_ref()
                .map_or(0, expr)
                .max(cause.as_ref().map_or(0, |c| 1 + expr(c)))
        }
        StmtKind::Try { .. } | StmtKind::TryStar { .. } => {
            let (body, handlers, orelse, finalbody) = s.kind.try_parts().unwrap_or_default();
            // A handler runs over the previous exception and the raised
            // one (PUSH_EXC_INFO); its cleanup re-raises from three more.
            let handled = handlers
                .iter()
                .map(|h| {
                    (base + 2 + h.kind.as_ref().map_or(0, expr))
                        .max(block(&h.body, base + 1))
                        .max(base + 4)
                })
                .max()
                .unwrap_or(base);
            let fin = if finalbody.is_empty() {
                base
            } else {
                block(finalbody, base + 2).max(base + 4)
            };
            block(body, base)
                .max(handled)
                .max(block(orelse, base))
                .max(fin)
        }
        StmtKind::Assert(test, msg) => {
            (base + expr(test)).max(base + 1 + msg.as_ref().map_or(0, expr))
        }
        StmtKind::With(items, body) => {
            // Each manager leaves its `__exit__` below the body; leaving
            // calls it with three Nones, an exception with the exception.
            let n = items.len();
            let enter = items
                .iter()
                .enumerate()
                .map(|(i, it)| {
                    (base + i + expr(&it.ctx))
                        .max(base + i + 2)
                        .max(base + i + 1 + it.target.as_ref().map_or(0, store))
                })
                .max()
                .unwrap_or(base);
            enter.max(block(body, base + n)).max(base + n + 5)
        }
        StmtKind::Yield {
            value,
            target,
            kind,
        } => {
            let v = value.as_ref().map_or(1, expr);
            let sent = target.as_ref().map_or(1, store);
            base + match kind {
                YieldKind::From | YieldKind::Await => v.max(2),
                YieldKind::Value | YieldKind::AsyncValue => v.max(sent),
            }
        }
        // The subject stays below each case but the last, which is given
        // it; the others match a copy.
        StmtKind::Match(subject, cases) => {
            let last = cases.len().saturating_sub(1);
            cases
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let own = usize::from(i < last);
                    (base + own + pattern(&c.pattern).max(1))
                        .max(base + 1 + c.guard.as_ref().map_or(0, expr))
                        .max(block(&c.body, base))
                })
                .max()
                .unwrap_or(base)
                .max(base + expr(subject))
        }
    }
}

/// Stack for an assignment, the value then each store.
fn assign(targets: &[Target], value: &Expr) -> usize {
    // `a, b = b, a` swaps in place: no tuple is built.
    if let ([Target::Unpack(ts, None, _)], ExprKind::Tuple(items)) = (targets, &value.kind) {
        if ts.len() == items.len()
            && (2..=3).contains(&items.len())
            && !items.iter().any(|a| a.starred)
        {
            let stores = ts
                .iter()
                .enumerate()
                .map(|(i, t)| ts.len() - 1 - i + store(t));
            return seq(items.iter().map(|a| &a.value)).max(stores.max().unwrap_or(0));
        }
    }
    let v = expr(value);
    match targets {
        [only] => v.max(store(only)),
        many => {
            let last = many.len() - 1;
            v.max(2).max(
                many.iter()
                    .enumerate()
                    .map(|(i, t)| store(t) + usize::from(i < last))
                    .max()
                    .unwrap_or(0),
            )
        }
    }
}

/// Stack for storing the value on top into `t` (counting that value).
fn store(t: &Target) -> usize {
    match t {
        Target::Name(..) => 1,
        Target::Attribute(o, ..) => 1 + expr(o),
        Target::Subscript(o, k, _) => (1 + expr(o)).max(2 + expr(k)),
        Target::Unpack(ts, _, _) => ts
            .iter()
            .enumerate()
            .map(|(i, t)| ts.len() - 1 - i + store(t))
            .max()
            .unwrap_or(0)
            .max(ts.len()),
    }
}

/// Name and value pairs pushed one after another (keyword defaults,
/// annotations).
fn named(pairs: &[(std::rc::Rc<str>, Expr)]) -> usize {
    pairs
        .iter()
        .enumerate()
        .map(|(i, (_, v))| 2 * i + 1 + expr(v))
        .max()
        .unwrap_or(0)
}

/// Items pushed one after another: the i-th on top of the i before it.
fn seq<'a>(items: impl Iterator<Item = &'a Expr>) -> usize {
    items
        .enumerate()
        .map(|(i, e)| i + expr(e))
        .max()
        .unwrap_or(0)
}

/// A tuple, list or set display.
fn display(items: &[Arg], tuple: bool) -> usize {
    let n = items.len();
    if items
        .iter()
        .all(|a| !a.starred && a.value.is_folded_const())
        && (tuple || n > 2)
    {
        // One folded constant (extended into an empty list or set).
        return if tuple { 1 } else { 2 };
    }
    if items.iter().any(|a| a.starred) || n > 30 {
        // Built empty (or from the items before the first star), then
        // extended or appended to one by one.
        let lead = items.iter().take_while(|a| !a.starred).count();
        let first = seq(items[..lead].iter().map(|a| &a.value));
        return items[lead..]
            .iter()
            .map(|a| 1 + expr(&a.value))
            .max()
            .unwrap_or(0)
            .max(first)
            .max(1);
    }
    seq(items.iter().map(|a| &a.value))
}

/// Arguments pushed after the callable and its NULL or self slot.
fn call_args(args: &[Arg], kws: &[Keyword]) -> usize {
    if args.iter().any(|a| a.starred) || kws.iter().any(|k| k.name.is_none()) {
        // CALL_FUNCTION_EX: a tuple of the positionals, a dict of the
        // keywords.
        let pos = display(args, true).max(1);
        let kw = kws
            .iter()
            .enumerate()
            .map(|(i, k)| 1 + 2 * i.min(1) + expr(&k.value))
            .max()
            .unwrap_or(0);
        return pos.max(1 + kw);
    }
    let pos = seq(args.iter().map(|a| &a.value));
    let kw = kws
        .iter()
        .enumerate()
        .map(|(i, k)| args.len() + i + expr(&k.value))
        .max()
        .unwrap_or(0);
    pos.max(kw)
}

fn fstring(parts: &[FPart]) -> usize {
    parts
        .iter()
        .enumerate()
        .map(|(i, p)| match p {
            FPart::Lit(_) => i + 1,
            FPart::Value { value, spec, .. } => {
                i + expr(value).max(spec.as_ref().map_or(0, |s| 1 + fstring(s)))
            }
        })
        .max()
        .unwrap_or(1)
}

fn expr(e: &Expr) -> usize {
    match &e.kind {
        ExprKind::Const(_)
        | ExprKind::Name(_)
        | ExprKind::ClassName(..)
        | ExprKind::ClassLocal(_)
        | ExprKind::GlobalName(_) => 1,
        ExprKind::BinOp(l, _, r) => expr(l).max(1 + expr(r)),
        ExprKind::Unary(_, v) => expr(v),
        ExprKind::BoolOp(_, vs) => vs.iter().map(expr).max().unwrap_or(1),
        ExprKind::Compare(first, rest) => {
            let last = rest.len().saturating_sub(1);
            rest.iter()
                .enumerate()
                .map(|(i, (_, v))| 1 + expr(v) + usize::from(i < last))
                .max()
                .unwrap_or(0)
                .max(expr(first))
                .max(if rest.len() > 1 { 3 } else { 2 })
        }
        ExprKind::IfExp(t, a, b) => expr(t).max(expr(a)).max(expr(b)),
        ExprKind::Call(f, args, kws) => {
            let callee = match f.kind {
                ExprKind::Name(_) => 2,
                _ => 1 + expr(f),
            };
            callee.max(2 + call_args(args, kws))
        }
        ExprKind::CallMethod(o, _, args, kws, ..) => expr(o).max(2).max(2 + call_args(args, kws)),
        ExprKind::Attribute(o, _) => expr(o),
        // A slice key is built beside the object (BUILD_SLICE).
        ExprKind::Subscript(o, k) => expr(o).max(1 + expr(k)),
        ExprKind::Slice(a, b, c) => {
            let part = |p: &Option<Box<Expr>>| p.as_deref().map_or(1, expr);
            part(a)
                .max(1 + part(b))
                .max(if c.is_some() { 2 + part(c) } else { 0 })
        }
        ExprKind::Tuple(items) => display(items, true),
        ExprKind::List(items) | ExprKind::Set(items) => display(items, false),
        ExprKind::Dict(pairs) => pairs
            .iter()
            .enumerate()
            .map(|(i, (k, v))| match k {
                Some(k) => (2 * i + expr(k)).max(2 * i + 1 + expr(v)),
                None => 1 + expr(v),
            })
            .max()
            .unwrap_or(1),
        ExprKind::FString(parts) => match &parts[..] {
            [FPart::Value { value, spec, .. }] => {
                expr(value).max(spec.as_ref().map_or(0, |s| 1 + fstring(s)))
            }
            _ => fstring(parts),
        },
        // MAKE_FUNCTION (over a closure tuple), then the first iterable
        // beside it, GET_ITER, CALL 0.
        ExprKind::Comprehension(c) => {
            let first = c.clauses.first().map_or(1, |cl| expr(&cl.iter));
            2.max(1 + first)
        }
        ExprKind::GenExpr(def, first) => 2.max(1 + expr(first)).max(def.freevars.len()),
        ExprKind::Lambda(def, defaults, kw_defaults) => {
            let defs = seq(defaults.iter());
            let kws = named(kw_defaults);
            let parts = usize::from(!defaults.is_empty())
                + usize::from(!kw_defaults.is_empty())
                + usize::from(!def.freevars.is_empty());
            defs.max(kws).max(def.freevars.len()).max(parts + 1)
        }
        ExprKind::NamedExpr(_, v) => expr(v).max(2),
        ExprKind::Super(..) => 4,
        ExprKind::Intrinsic(_, args) => 2 + seq(args.iter()),
    }
}

/// Stack for matching the value on top against `p` (counting it).
fn pattern(p: &Pattern) -> usize {
    let most = |ps: &mut dyn Iterator<Item = &Pattern>| ps.map(pattern).max().unwrap_or(0);
    match p {
        Pattern::Value(e) => 1 + expr(e),
        Pattern::Singleton(_) => 2,
        Pattern::Star(_) | Pattern::As(None, _) => 1,
        Pattern::As(Some(p), _) => pattern(p).max(2),
        // MATCH_SEQUENCE, GET_LEN against the length, then the items.
        Pattern::Sequence(ps, _) => 3.max((ps.len() + most(&mut ps.iter())).saturating_sub(1)),
        // MATCH_MAPPING, the length, the keys and MATCH_KEYS, the values.
        Pattern::Mapping(_, ps, rest) => 4
            .max(1 + ps.len() + most(&mut ps.iter()))
            .max(if rest.is_some() { 5 } else { 0 }),
        // The class and attribute names beside the subject, MATCH_CLASS,
        // then the attributes.
        Pattern::Class(cls, ps, kws, _) => {
            let n = ps.len() + kws.len();
            let subs = most(&mut ps.iter().chain(kws.iter().map(|(_, p)| p)));
            (1 + expr(cls)).max(3).max(n + subs)
        }
        Pattern::Or(alts) => 1 + most(&mut alts.iter()),
    }
}

/// The frame slots of `def` that CPython 3.11 keeps in its comprehensions'
/// own code objects: the variables their `for` clauses bind (and cells
/// made fresh per run). They are not among the function's locals.
pub fn comprehension_slots(def: &FunctionDef) -> Vec<u32> {
    let mut out = Vec::new();
    for s in &def.body {
        visit_stmt(s, &mut |e| {
            if let ExprKind::Comprehension(c) = &e.kind {
                for cl in &c.clauses {
                    bound_slots(&cl.target, &mut out);
                }
                out.extend(c.fresh_cells.iter().copied());
            }
        });
    }
    out.sort_unstable();
    out.dedup();
    out
}

fn bound_slots(t: &Target, out: &mut Vec<u32>) {
    match t {
        Target::Name(crate::ir::NameRef::Local(i) | crate::ir::NameRef::Cell(i), _) => out.push(*i),
        Target::Unpack(ts, _, _) => ts.iter().for_each(|t| bound_slots(t, out)),
        _ => {}
    }
}

/// Calls `f` on every expression of `s`, outside nested function bodies.
fn visit_stmt(s: &Stmt, f: &mut dyn FnMut(&Expr)) {
    let body = |b: &[Stmt], f: &mut dyn FnMut(&Expr)| b.iter().for_each(|s| visit_stmt(s, f));
    match &s.kind {
        StmtKind::Expr(e) | StmtKind::Display(e) => visit(e, f),
        StmtKind::Assign(ts, v) => {
            ts.iter().for_each(|t| visit_target(t, f));
            visit(v, f);
        }
        StmtKind::AugAssign(t, _, v) => {
            visit_target(t, f);
            visit(v, f);
        }
        StmtKind::ClassFetch(..) => {}
        StmtKind::If(t, a, b) | StmtKind::While(t, a, b) => {
            visit(t, f);
            body(a, f);
            body(b, f);
        }
        StmtKind::For(t, it, a, b) => {
            visit_target(t, f);
            visit(it, f);
            body(a, f);
            body(b, f);
        }
        StmtKind::Return(v) => v.iter().for_each(|e| visit(e, f)),
        StmtKind::FunctionDef {
            defaults,
            kw_defaults,
            decorators,
            annotations,
            ..
        } => {
            defaults.iter().for_each(|e| visit(e, f));
            kw_defaults.iter().for_each(|(_, e)| visit(e, f));
            decorators.iter().for_each(|e| visit(e, f));
            annotations.iter().for_each(|(_, e)| visit(e, f));
        }
        StmtKind::ClassDef {
            bases,
            keywords,
            decorators,
            ..
        } => {
            bases.iter().for_each(|a| visit(&a.value, f));
            keywords.iter().for_each(|k| visit(&k.value, f));
            decorators.iter().for_each(|e| visit(e, f));
        }
        StmtKind::Delete(ts) => ts.iter().for_each(|t| visit_target(t, f)),
        StmtKind::Raise(a, b) => a.iter().chain(b.iter()).for_each(|e| visit(e, f)),
        StmtKind::Try { .. } | StmtKind::TryStar { .. } => {
            let (b, handlers, orelse, finalbody) = s.kind.try_parts().unwrap_or_default();
            body(b, f);
            for h in handlers {
                h.kind.iter().for_each(|e| visit(e, f));
                body(&h.body, f);
            }
            body(orelse, f);
            body(finalbody, f);
        }
        StmtKind::Assert(t, m) => {
            visit(t, f);
            m.iter().for_each(|e| visit(e, f));
        }
        StmtKind::With(items, b) => {
            for it in items {
                visit(&it.ctx, f);
                it.target.iter().for_each(|t| visit_target(t, f));
            }
            body(b, f);
        }
        StmtKind::Yield { value, target, .. } => {
            value.iter().for_each(|e| visit(e, f));
            target.iter().for_each(|t| visit_target(t, f));
        }
        StmtKind::Match(subject, cases) => {
            visit(subject, f);
            for c in cases {
                c.guard.iter().for_each(|e| visit(e, f));
                body(&c.body, f);
            }
        }
        StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Pass
        | StmtKind::Import(..)
        | StmtKind::ImportFrom(..)
        | StmtKind::ImportStar(_) => {}
    }
}

fn visit_target(t: &Target, f: &mut dyn FnMut(&Expr)) {
    match t {
        Target::Name(..) => {}
        Target::Attribute(o, ..) => visit(o, f),
        Target::Subscript(o, k, _) => {
            visit(o, f);
            visit(k, f);
        }
        Target::Unpack(ts, _, _) => ts.iter().for_each(|t| visit_target(t, f)),
    }
}

fn visit(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(e);
    let all = |es: &mut dyn Iterator<Item = &Expr>, f: &mut dyn FnMut(&Expr)| {
        es.for_each(|e| visit(e, f))
    };
    match &e.kind {
        ExprKind::BinOp(a, _, b) => all(&mut [&**a, &**b].into_iter(), f),
        ExprKind::Unary(_, v) | ExprKind::Attribute(v, _) | ExprKind::NamedExpr(_, v) => {
            visit(v, f)
        }
        ExprKind::BoolOp(_, vs) | ExprKind::Intrinsic(_, vs) => all(&mut vs.iter(), f),
        ExprKind::Compare(a, rest) => {
            visit(a, f);
            all(&mut rest.iter().map(|(_, e)| e), f);
        }
        ExprKind::IfExp(a, b, c) => all(&mut [&**a, &**b, &**c].into_iter(), f),
        ExprKind::Call(c, args, kws) | ExprKind::CallMethod(c, _, args, kws, ..) => {
            visit(c, f);
            all(&mut args.iter().map(|a| &a.value), f);
            all(&mut kws.iter().map(|k| &k.value), f);
        }
        ExprKind::Subscript(a, b) => all(&mut [&**a, &**b].into_iter(), f),
        ExprKind::Slice(a, b, c) => all(&mut [a, b, c].into_iter().flatten().map(|e| &**e), f),
        ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => {
            all(&mut items.iter().map(|a| &a.value), f)
        }
        ExprKind::Dict(pairs) => {
            for (k, v) in pairs {
                k.iter().for_each(|k| visit(k, f));
                visit(v, f);
            }
        }
        ExprKind::FString(parts) => visit_fparts(parts, f),
        ExprKind::Comprehension(c) => {
            visit(&c.elt, f);
            c.value.iter().for_each(|v| visit(v, f));
            for cl in &c.clauses {
                visit(&cl.iter, f);
                all(&mut cl.ifs.iter(), f);
            }
        }
        ExprKind::GenExpr(_, first) => visit(first, f),
        ExprKind::Lambda(_, defaults, kws) => {
            all(&mut defaults.iter(), f);
            all(&mut kws.iter().map(|(_, e)| e), f);
        }
        ExprKind::Const(_)
        | ExprKind::Name(_)
        | ExprKind::ClassName(..)
        | ExprKind::ClassLocal(_)
        | ExprKind::GlobalName(_)
        | ExprKind::Super(..) => {}
    }
}

fn visit_fparts(parts: &[FPart], f: &mut dyn FnMut(&Expr)) {
    for p in parts {
        if let FPart::Value { value, spec, .. } = p {
            visit(value, f);
            if let Some(s) = spec {
                visit_fparts(s, f);
            }
        }
    }
}
