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
        ast::Expr::Subscript(s) => Some(Anchor::Subscript {
            value_end: to_char(s.value.range().end().to_u32())?,
            slice_end: to_char(s.slice.range().end().to_u32())?,
        }),
        _ => None,
    }
}
