//! `async def`, `async with` and `async for`, rewritten on the AST before
//! the symbol pass.
//!
//! An `async def` becomes a plain `def` whose range is recorded in
//! [`AsyncDefs`]: the lowering makes it a coroutine function (its body runs
//! on the generator executor, `await` being a `yield from` over the
//! awaitable). `async with` and `async for` are spelled out as the
//! statements CPython's compiler emits for them, over hidden locals (names
//! with a dot, which no source can write) and the steps of
//! [`crate::ir::Intrinsic`] (calls to dotted names):
//!
//! ```text
//! async with CTX as T: BODY        .am = CTX
//!                                  .av = await .aenter(.am)
//!                                  .ah = False
//!                                  try:
//!                                      try: T = .av; BODY
//!                                      except:
//!                                          .ah = True
//!                                          if not await .aexit(.am, True): raise
//!                                  finally:
//!                                      if not .ah: await .aexit(.am, False)
//!
//! async for T in IT: BODY          .ai = .aiter(IT)
//! else: ORELSE                     .ad = False
//!                                  while True:
//!                                      try: .ax = await .anext(.ai)
//!                                      except .stopasync(): .ad = True; break
//!                                      T = .ax
//!                                      BODY
//!                                  if .ad: ORELSE
//! ```
//!
//! The statements of one rewrite are grouped under an `if True:`.
//! Asynchronous comprehensions are refused (outside an async function
//! with CPython's message, inside one as not supported yet).

use rustpython_ast::fold::{self, Fold};
use rustpython_parser::ast as py;
use rustpython_parser::text_size::TextRange;
use std::collections::HashSet;

/// The ranges (scope keys) of the functions written `async def`.
pub(super) type AsyncDefs = HashSet<super::ScopeKey>;

/// Whether the source may hold async code at all.
pub(super) fn may_need(src: &str) -> bool {
    src.contains("async") || src.contains("await")
}

/// A misplaced async construct: CPython's message and where.
pub(super) struct Misplaced(pub String, pub TextRange);

/// The suite with async statements spelled out.
pub(super) fn rewrite(
    suite: Vec<py::Stmt>,
    names: &mut super::mangle::DefNames,
) -> Result<(Vec<py::Stmt>, AsyncDefs), Misplaced> {
    let mut r = Rewriter::default();
    let suite = suite
        .into_iter()
        .map(|s| r.fold_stmt(s))
        .collect::<Result<Vec<_>, _>>()?;
    names.extend(r.names);
    Ok((suite, r.defs))
}

#[derive(Default)]
struct Rewriter {
    /// Per enclosing scope: whether it is an async function.
    scopes: Vec<bool>,
    defs: AsyncDefs,
    /// Numbers the hidden locals of each rewrite.
    counter: usize,
    /// Definitions of async comprehensions, to go before the statement
    /// being rewritten.
    pending: Vec<py::Stmt>,
    /// The names of the functions async comprehensions became.
    names: super::mangle::DefNames,
}

fn name(id: &str, range: TextRange, store: bool) -> py::Expr {
    py::Expr::Name(py::ExprName {
        id: py::Identifier::new(id),
        ctx: if store {
            py::ExprContext::Store
        } else {
            py::ExprContext::Load
        },
        range,
    })
}

fn boolean(b: bool, range: TextRange) -> py::Expr {
    py::Expr::Constant(py::ExprConstant {
        value: py::Constant::Bool(b),
        kind: None,
        range,
    })
}

fn call(func: &str, args: Vec<py::Expr>, range: TextRange) -> py::Expr {
    py::Expr::Call(py::ExprCall {
        func: Box::new(name(func, range, false)),
        args,
        keywords: vec![],
        range,
    })
}

fn awaited(e: py::Expr, range: TextRange) -> py::Expr {
    py::Expr::Await(py::ExprAwait {
        value: Box::new(e),
        range,
    })
}

fn assign(target: py::Expr, value: py::Expr, range: TextRange) -> py::Stmt {
    py::Stmt::Assign(py::StmtAssign {
        targets: vec![target],
        value: Box::new(value),
        type_comment: None,
        range,
    })
}

fn if_(test: py::Expr, body: Vec<py::Stmt>, range: TextRange) -> py::Stmt {
    py::Stmt::If(py::StmtIf {
        test: Box::new(test),
        body,
        orelse: vec![],
        range,
    })
}

fn not(e: py::Expr, range: TextRange) -> py::Expr {
    py::Expr::UnaryOp(py::ExprUnaryOp {
        op: py::UnaryOp::Not,
        operand: Box::new(e),
        range,
    })
}

fn try_(
    body: Vec<py::Stmt>,
    handler: Option<(Option<py::Expr>, Vec<py::Stmt>)>,
    finalbody: Vec<py::Stmt>,
    range: TextRange,
) -> py::Stmt {
    let handlers = handler
        .into_iter()
        .map(|(type_, body)| {
            py::ExceptHandler::ExceptHandler(py::ExceptHandlerExceptHandler {
                type_: type_.map(Box::new),
                name: None,
                body,
                range,
            })
        })
        .collect();
    py::Stmt::Try(py::StmtTry {
        body,
        handlers,
        orelse: vec![],
        finalbody,
        range,
    })
}

impl Rewriter {
    fn in_async(&self) -> bool {
        self.scopes.last().copied().unwrap_or(false)
    }

    fn hidden(&mut self, what: &str) -> String {
        self.counter += 1;
        format!(".{what}{}", self.counter)
    }

    fn scoped<T>(&mut self, is_async: bool, f: impl FnOnce(&mut Self) -> T) -> T {
        self.scopes.push(is_async);
        let r = f(self);
        self.scopes.pop();
        r
    }

    fn async_with(&mut self, w: py::StmtAsyncWith) -> Result<py::Stmt, Misplaced> {
        let range = w.range;
        let mut body = self.fold(w.body)?;
        let items = self.fold(w.items)?;
        // Items nest: the last one innermost.
        for item in items.into_iter().rev() {
            // CPython reports the steps at the whole statement.
            let r = range;
            let (am, av, ah) = (self.hidden("am"), self.hidden("av"), self.hidden("ah"));
            let mut inner = Vec::new();
            if let Some(t) = item.optional_vars {
                inner.push(assign(*t, name(&av, r, false), r));
            }
            inner.append(&mut body);
            let exit = |ok: bool| {
                awaited(
                    call(".aexit", vec![name(&am, r, false), boolean(ok, r)], r),
                    r,
                )
            };
            let handler = vec![
                assign(name(&ah, r, true), boolean(true, r), r),
                if_(
                    not(exit(true), r),
                    vec![py::Stmt::Raise(py::StmtRaise {
                        exc: None,
                        cause: None,
                        range,
                    })],
                    r,
                ),
            ];
            let stmts = vec![
                assign(name(&am, r, true), item.context_expr, r),
                assign(
                    name(&av, r, true),
                    awaited(call(".aenter", vec![name(&am, r, false)], r), r),
                    r,
                ),
                assign(name(&ah, r, true), boolean(false, r), r),
                try_(
                    vec![try_(inner, Some((None, handler)), vec![], range)],
                    None,
                    vec![if_(
                        not(name(&ah, r, false), r),
                        vec![py::Stmt::Expr(py::StmtExpr {
                            value: Box::new(exit(false)),
                            range: r,
                        })],
                        r,
                    )],
                    range,
                ),
            ];
            body = stmts;
        }
        Ok(if_(boolean(true, range), body, range))
    }

    fn async_for(&mut self, f: py::StmtAsyncFor) -> Result<py::Stmt, Misplaced> {
        let range = f.range;
        let target = self.fold(*f.target)?;
        let iter = self.fold(*f.iter)?;
        let mut body = self.fold(f.body)?;
        let orelse = self.fold(f.orelse)?;
        let r = range;
        let (ai, ad, ax) = (self.hidden("ai"), self.hidden("ad"), self.hidden("ax"));
        let step = try_(
            vec![assign(
                name(&ax, r, true),
                awaited(call(".anext", vec![name(&ai, r, false)], r), r),
                r,
            )],
            Some((
                Some(call(".stopasync", vec![], r)),
                vec![
                    assign(name(&ad, r, true), boolean(true, r), r),
                    py::Stmt::Break(py::StmtBreak { range: r }),
                ],
            )),
            vec![],
            range,
        );
        let tr = target.range();
        let mut loop_body = vec![step, assign(target, name(&ax, tr, false), tr)];
        loop_body.append(&mut body);
        let mut stmts = vec![
            assign(name(&ai, r, true), call(".aiter", vec![iter], r), r),
            assign(name(&ad, r, true), boolean(false, r), r),
            py::Stmt::While(py::StmtWhile {
                test: Box::new(boolean(true, r)),
                body: loop_body,
                orelse: vec![],
                range,
            }),
        ];
        if !orelse.is_empty() {
            stmts.push(if_(name(&ad, r, false), orelse, range));
        }
        Ok(if_(boolean(true, range), stmts, range))
    }

    /// An asynchronous comprehension (an `async for` clause, or an
    /// `await` past the first iterable) becomes a call of a hidden
    /// `async def` defined before the statement (`pending`), named as
    /// CPython names the comprehension's code: `await .ac(it)` for
    /// lists, sets and dicts, `.ac(it)` (an async generator) for
    /// generator expressions.
    fn comprehension(&mut self, e: py::Expr) -> Result<py::Expr, Misplaced> {
        let range = e.range();
        let (kind, elt, value, gens) = match e {
            py::Expr::ListComp(c) => ("<listcomp>", *c.elt, None, c.generators),
            py::Expr::SetComp(c) => ("<setcomp>", *c.elt, None, c.generators),
            py::Expr::DictComp(c) => ("<dictcomp>", *c.key, Some(*c.value), c.generators),
            py::Expr::GeneratorExp(c) => ("<genexpr>", *c.elt, None, c.generators),
            other => return fold::fold_expr(self, other),
        };
        let is_gen = kind == "<genexpr>";
        let awaits = gens.iter().any(|g| g.is_async)
            || has_await(&elt)
            || value.as_ref().is_some_and(has_await)
            || gens
                .iter()
                .enumerate()
                .any(|(i, g)| (i > 0 && has_await(&g.iter)) || g.ifs.iter().any(has_await));
        let rebuild = |elt: py::Expr, value: Option<py::Expr>, gens| match kind {
            "<listcomp>" => py::Expr::ListComp(py::ExprListComp {
                elt: Box::new(elt),
                generators: gens,
                range,
            }),
            "<setcomp>" => py::Expr::SetComp(py::ExprSetComp {
                elt: Box::new(elt),
                generators: gens,
                range,
            }),
            "<dictcomp>" => py::Expr::DictComp(py::ExprDictComp {
                key: Box::new(elt),
                value: Box::new(value.unwrap_or_else(|| boolean(true, range))),
                generators: gens,
                range,
            }),
            _ => py::Expr::GeneratorExp(py::ExprGeneratorExp {
                elt: Box::new(elt),
                generators: gens,
                range,
            }),
        };
        if !awaits {
            return fold::fold_expr(self, rebuild(elt, value, gens));
        }
        if !is_gen && !self.in_async() {
            return Err(Misplaced(
                "asynchronous comprehension outside of an asynchronous function".into(),
                range,
            ));
        }
        let mut gens = gens;
        let Some(first) = gens.first_mut() else {
            return fold::fold_expr(self, rebuild(elt, value, gens));
        };
        let placeholder = name(".0", range, false);
        let first_iter = std::mem::replace(&mut first.iter, placeholder);
        let first_iter = self.fold_expr(first_iter)?;
        // The innermost statement: add the element (or yield it).
        let acc = ".acc";
        let method = |m: &str, args: Vec<py::Expr>| {
            py::Stmt::Expr(py::StmtExpr {
                value: Box::new(py::Expr::Call(py::ExprCall {
                    func: Box::new(py::Expr::Attribute(py::ExprAttribute {
                        value: Box::new(name(acc, range, false)),
                        attr: py::Identifier::new(m),
                        ctx: py::ExprContext::Load,
                        range,
                    })),
                    args,
                    keywords: vec![],
                    range,
                })),
                range,
            })
        };
        let mut inner = match kind {
            "<listcomp>" => method("append", vec![elt]),
            "<setcomp>" => method("add", vec![elt]),
            "<dictcomp>" => method(
                "__setitem__",
                vec![elt, value.unwrap_or_else(|| boolean(true, range))],
            ),
            _ => py::Stmt::Expr(py::StmtExpr {
                value: Box::new(py::Expr::Yield(py::ExprYield {
                    value: Some(Box::new(elt)),
                    range,
                })),
                range,
            }),
        };
        for g in gens.into_iter().rev() {
            for cond in g.ifs.into_iter().rev() {
                inner = if_(cond, vec![inner], range);
            }
            inner = if g.is_async {
                py::Stmt::AsyncFor(py::StmtAsyncFor {
                    target: Box::new(g.target),
                    iter: Box::new(g.iter),
                    body: vec![inner],
                    orelse: vec![],
                    type_comment: None,
                    range,
                })
            } else {
                py::Stmt::For(py::StmtFor {
                    target: Box::new(g.target),
                    iter: Box::new(g.iter),
                    body: vec![inner],
                    orelse: vec![],
                    type_comment: None,
                    range,
                })
            };
        }
        let init = match kind {
            "<listcomp>" => Some(py::Expr::List(py::ExprList {
                elts: vec![],
                ctx: py::ExprContext::Load,
                range,
            })),
            "<setcomp>" => Some(py::Expr::Set(py::ExprSet {
                elts: vec![py::Expr::Starred(py::ExprStarred {
                    value: Box::new(py::Expr::Tuple(py::ExprTuple {
                        elts: vec![],
                        ctx: py::ExprContext::Load,
                        range,
                    })),
                    ctx: py::ExprContext::Load,
                    range,
                })],
                range,
            })),
            "<dictcomp>" => Some(py::Expr::Dict(py::ExprDict {
                keys: vec![],
                values: vec![],
                range,
            })),
            _ => None,
        };
        let mut body = Vec::new();
        if let Some(init) = init {
            body.push(assign(name(acc, range, true), init, range));
        }
        body.push(inner);
        if !is_gen {
            body.push(py::Stmt::Return(py::StmtReturn {
                value: Some(Box::new(name(acc, range, false))),
                range,
            }));
        }
        let hidden = self.hidden("ac");
        self.names.insert(super::scope_key(range), kind.to_string());
        let def = py::Stmt::AsyncFunctionDef(py::StmtAsyncFunctionDef {
            name: py::Identifier::new(hidden.as_str()),
            args: Box::new(py::Arguments {
                range: Default::default(),
                posonlyargs: vec![py::ArgWithDefault {
                    range: Default::default(),
                    def: py::Arg {
                        arg: py::Identifier::new(".0"),
                        annotation: None,
                        type_comment: None,
                        range,
                    },
                    default: None,
                }],
                args: vec![],
                vararg: None,
                kwonlyargs: vec![],
                kwarg: None,
            }),
            body,
            decorator_list: vec![],
            returns: None,
            type_comment: None,
            type_params: vec![],
            range,
        });
        let def = self.fold_stmt(def)?;
        self.pending.push(def);
        let call = call(&hidden, vec![first_iter], range);
        Ok(if is_gen { call } else { awaited(call, range) })
    }
}

fn comp_awaits(elt: &py::Expr, value: Option<&py::Expr>, gens: &[py::Comprehension]) -> bool {
    has_await(elt)
        || value.is_some_and(has_await)
        || gens
            .iter()
            .any(|g| g.is_async || has_await(&g.iter) || g.ifs.iter().any(has_await))
}

/// Whether `e` awaits (outside lambdas and generator expressions).
fn has_await(e: &py::Expr) -> bool {
    match e {
        py::Expr::Await(_) => true,
        py::Expr::Lambda(_) | py::Expr::GeneratorExp(_) => false,
        py::Expr::ListComp(c) => comp_awaits(&c.elt, None, &c.generators),
        py::Expr::SetComp(c) => comp_awaits(&c.elt, None, &c.generators),
        py::Expr::DictComp(c) => comp_awaits(&c.key, Some(&c.value), &c.generators),
        _ => {
            let mut found = false;
            super::for_each_child(e, |c| found = found || has_await(c));
            found
        }
    }
}

use rustpython_parser::ast::Ranged;

impl Fold<TextRange> for Rewriter {
    type TargetU = TextRange;
    type Error = Misplaced;
    type UserContext = ();

    fn will_map_user(&mut self, _: &TextRange) {}

    fn map_user(&mut self, user: TextRange, _: ()) -> Result<TextRange, Misplaced> {
        Ok(user)
    }

    fn fold_stmt(&mut self, node: py::Stmt) -> Result<py::Stmt, Misplaced> {
        // The definitions of the statement's async comprehensions go
        // before it.
        let outer = std::mem::take(&mut self.pending);
        let r = self.stmt(node);
        let defs = std::mem::replace(&mut self.pending, outer);
        let s = r?;
        if defs.is_empty() {
            return Ok(s);
        }
        let range = s.range();
        let mut body = defs;
        body.push(s);
        Ok(if_(boolean(true, range), body, range))
    }

    fn fold_expr(&mut self, node: py::Expr) -> Result<py::Expr, Misplaced> {
        match &node {
            py::Expr::Lambda(_) => return self.scoped(false, |s| fold::fold_expr(s, node)),
            py::Expr::ListComp(_)
            | py::Expr::SetComp(_)
            | py::Expr::DictComp(_)
            | py::Expr::GeneratorExp(_) => return self.comprehension(node),
            _ => {}
        }
        fold::fold_expr(self, node)
    }
}

impl Rewriter {
    fn stmt(&mut self, node: py::Stmt) -> Result<py::Stmt, Misplaced> {
        match node {
            py::Stmt::AsyncFunctionDef(f) => {
                self.defs.insert(super::scope_key(f.range));
                let decorator_list = self.fold(f.decorator_list)?;
                let args = self.fold(f.args)?;
                let returns = self.fold(f.returns)?;
                let body = self.scoped(true, |s| s.fold(f.body))?;
                Ok(py::Stmt::FunctionDef(py::StmtFunctionDef {
                    name: f.name,
                    args,
                    body,
                    decorator_list,
                    returns,
                    type_comment: f.type_comment,
                    type_params: f.type_params,
                    range: f.range,
                }))
            }
            py::Stmt::FunctionDef(f) => {
                let decorator_list = self.fold(f.decorator_list)?;
                let args = self.fold(f.args)?;
                let returns = self.fold(f.returns)?;
                let body = self.scoped(false, |s| s.fold(f.body))?;
                Ok(py::Stmt::FunctionDef(py::StmtFunctionDef {
                    args,
                    body,
                    decorator_list,
                    returns,
                    ..f
                }))
            }
            py::Stmt::ClassDef(c) => {
                let bases = self.fold(c.bases)?;
                let keywords = self.fold(c.keywords)?;
                let decorator_list = self.fold(c.decorator_list)?;
                let body = self.scoped(false, |s| s.fold(c.body))?;
                Ok(py::Stmt::ClassDef(py::StmtClassDef {
                    bases,
                    keywords,
                    decorator_list,
                    body,
                    ..c
                }))
            }
            py::Stmt::AsyncWith(w) if self.in_async() => self.async_with(w),
            py::Stmt::AsyncWith(w) => Err(Misplaced(
                "'async with' outside async function".into(),
                w.range,
            )),
            py::Stmt::AsyncFor(f) if self.in_async() => self.async_for(f),
            py::Stmt::AsyncFor(f) => Err(Misplaced(
                "'async for' outside async function".into(),
                f.range,
            )),
            other => fold::fold_stmt(self, other),
        }
    }
}
