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
    src.contains("async")
}

/// A misplaced async construct: CPython's message and where.
pub(super) struct Misplaced(pub String, pub TextRange);

/// The suite with async statements spelled out.
pub(super) fn rewrite(suite: Vec<py::Stmt>) -> Result<(Vec<py::Stmt>, AsyncDefs), Misplaced> {
    let mut r = Rewriter::default();
    let suite = suite
        .into_iter()
        .map(|s| r.fold_stmt(s))
        .collect::<Result<Vec<_>, _>>()?;
    Ok((suite, r.defs))
}

#[derive(Default)]
struct Rewriter {
    /// Per enclosing scope: whether it is an async function.
    scopes: Vec<bool>,
    defs: AsyncDefs,
    /// Numbers the hidden locals of each rewrite.
    counter: usize,
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
            let r = item.context_expr.range();
            let (am, av, ah) = (self.hidden("am"), self.hidden("av"), self.hidden("ah"));
            let mut inner = Vec::new();
            if let Some(t) = item.optional_vars {
                inner.push(assign(*t, name(&av, r, false), r));
            }
            inner.append(&mut body);
            let exit = |ok: bool| awaited(call(".aexit", vec![name(&am, r, false), boolean(ok, r)], r), r);
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
        let r = iter.range();
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

    fn comprehension(&mut self, gens: &[py::Comprehension], range: TextRange) -> Result<(), Misplaced> {
        if gens.iter().any(|g| g.is_async) {
            let msg = if self.in_async() {
                "asynchronous comprehensions are not supported yet"
            } else {
                "asynchronous comprehension outside of an asynchronous function"
            };
            return Err(Misplaced(msg.into(), range));
        }
        Ok(())
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

    fn fold_expr(&mut self, node: py::Expr) -> Result<py::Expr, Misplaced> {
        match &node {
            py::Expr::Lambda(_) => return self.scoped(false, |s| fold::fold_expr(s, node)),
            py::Expr::ListComp(c) => self.comprehension(&c.generators, c.range)?,
            py::Expr::SetComp(c) => self.comprehension(&c.generators, c.range)?,
            py::Expr::DictComp(c) => self.comprehension(&c.generators, c.range)?,
            py::Expr::GeneratorExp(c) => self.comprehension(&c.generators, c.range)?,
            _ => {}
        }
        fold::fold_expr(self, node)
    }
}
