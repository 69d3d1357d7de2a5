//! Where the primary part of a failing expression sits, for traceback
//! caret lines. Like CPython's traceback code, this re-parses the source
//! segment of the failing instruction.

use rustpython_parser::ast::{self, Ranged};

/// Character offsets within a segment.
pub enum Anchor {
    /// A binary operation: the left operand ends and the right one starts.
    BinOp { left_end: usize, right_start: usize },
    /// A subscript: the value ends and the slice ends.
    Subscript { value_end: usize, slice_end: usize },
}

/// Parses `text` as one expression and locates its top-level operator.
pub fn segment_anchor(text: &str) -> Option<Anchor> {
    // The same wrapping CPython uses, so multi-line segments parse.
    let wrapped = format!("(\n{text}\n)");
    let parsed =
        rustpython_parser::parse(&wrapped, rustpython_parser::Mode::Expression, "<tb>").ok()?;
    let ast::Mod::Expression(e) = parsed else {
        return None;
    };
    let base = 2usize;
    let to_char = |b: u32| -> Option<usize> {
        let b = (b as usize).checked_sub(base)?;
        Some(text.get(..b.min(text.len()))?.chars().count())
    };
    match *e.body {
        ast::Expr::BinOp(b) => Some(Anchor::BinOp {
            left_end: to_char(b.left.range().end().to_u32())?,
            right_start: to_char(b.right.range().start().to_u32())?,
        }),
        // CPython runs its AST optimizer over the segment: a subscript of
        // constants that succeeds folds to a constant and has no anchors
        // (`del (1, 2)[0]` fails only as a deletion).
        ast::Expr::Subscript(s) if folded_item(&s.value, &s.slice).is_some() => None,
        ast::Expr::Subscript(s) => Some(Anchor::Subscript {
            value_end: to_char(s.value.range().end().to_u32())?,
            slice_end: to_char(s.slice.range().end().to_u32())?,
        }),
        _ => None,
    }
}

/// A constant as CPython's AST optimizer folds it (the kinds a subscript
/// of constants can involve).
enum Folded {
    Int(i64),
    Seq(usize, Vec<Folded>),
    Other,
}

/// `value[index]` when both fold to constants and the lookup succeeds.
fn folded_item(value: &ast::Expr, index: &ast::Expr) -> Option<Folded> {
    let Folded::Int(i) = fold(index)? else {
        return None;
    };
    let Folded::Seq(len, mut items) = fold(value)? else {
        return None;
    };
    let len = i64::try_from(len).ok()?;
    let at = if i < 0 { i + len } else { i };
    if !(0..len).contains(&at) {
        return None;
    }
    let at = usize::try_from(at).ok()?;
    Some(if items.is_empty() {
        // A str's or bytes' item: a str, bytes or int, never indexed again
        // by a folded subscript of the kinds above but as `Other`.
        Folded::Other
    } else {
        items.swap_remove(at)
    })
}

fn fold(e: &ast::Expr) -> Option<Folded> {
    match e {
        ast::Expr::Constant(c) => Some(match &c.value {
            ast::Constant::Int(i) => Folded::Int(i64::try_from(i).ok()?),
            ast::Constant::Bool(b) => Folded::Int(i64::from(*b)),
            ast::Constant::Str(s) => Folded::Seq(s.chars().count(), Vec::new()),
            ast::Constant::Bytes(b) => Folded::Seq(b.len(), Vec::new()),
            ast::Constant::Tuple(t) => {
                Folded::Seq(t.len(), t.iter().map(|_| Folded::Other).collect())
            }
            _ => Folded::Other,
        }),
        ast::Expr::Tuple(t) => {
            let items = t.elts.iter().map(fold).collect::<Option<Vec<_>>>()?;
            Some(Folded::Seq(items.len(), items))
        }
        ast::Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub) => match fold(&u.operand)? {
            Folded::Int(i) => Some(Folded::Int(i.checked_neg()?)),
            _ => None,
        },
        ast::Expr::Subscript(s) => folded_item(&s.value, &s.slice),
        _ => None,
    }
}
