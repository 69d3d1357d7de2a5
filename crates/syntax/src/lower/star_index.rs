//! `a[*b]` (3.11, PEP 646) indexes with the tuple `(*b,)`, as CPython's
//! grammar builds it; rustpython-parser leaves the starred expression
//! bare, so it becomes that one-element tuple here, before lowering.

use rustpython_ast::fold::{self, Fold};
use rustpython_parser::ast as py;
use rustpython_parser::text_size::TextRange;
use std::convert::Infallible;

/// Whether the source may hold such a subscript.
pub(super) fn may_need(src: &str) -> bool {
    src.contains("[*") || src.contains("[ *")
}

pub(super) fn rewrite(suite: Vec<py::Stmt>) -> Vec<py::Stmt> {
    suite
        .into_iter()
        .map(|s| match StarIndex.fold_stmt(s) {
            Ok(s) => s,
            Err(never) => match never {},
        })
        .collect()
}

struct StarIndex;

impl Fold<TextRange> for StarIndex {
    type TargetU = TextRange;
    type Error = Infallible;
    type UserContext = ();

    fn will_map_user(&mut self, _: &TextRange) {}

    fn map_user(&mut self, user: TextRange, _: ()) -> Result<TextRange, Infallible> {
        Ok(user)
    }

    fn fold_expr_subscript(
        &mut self,
        mut node: py::ExprSubscript,
    ) -> Result<py::ExprSubscript, Infallible> {
        if let py::Expr::Starred(s) = &*node.slice {
            let range = s.range;
            let star = std::mem::replace(
                &mut *node.slice,
                py::Expr::Tuple(py::ExprTuple {
                    range,
                    elts: Vec::new(),
                    ctx: py::ExprContext::Load,
                }),
            );
            if let py::Expr::Tuple(t) = &mut *node.slice {
                t.elts.push(star);
            }
        }
        fold::fold_expr_subscript(self, node)
    }
}
