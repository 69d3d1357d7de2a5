//! The text of an annotation under `from __future__ import annotations`,
//! as CPython's compiler writes it back (`ast.unparse` rules): names,
//! attributes, subscripts (a tuple subscript without parentheses),
//! constants by their repr, displays, calls and operators with the
//! parentheses their precedence needs. Anything else (lambdas,
//! comprehensions, comparisons, f-strings...) keeps its source text.

use super::str_repr;
use rustpython_parser::ast::{self as py, Ranged};

/// `_Precedence` in CPython's unparser, lowest first.
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Prec {
    Test,
    Bor,
    Bxor,
    Band,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Atom,
}

impl Prec {
    fn next(self) -> Prec {
        match self {
            Prec::Test => Prec::Bor,
            Prec::Bor => Prec::Bxor,
            Prec::Bxor => Prec::Band,
            Prec::Band => Prec::Shift,
            Prec::Shift => Prec::Arith,
            Prec::Arith => Prec::Term,
            Prec::Term => Prec::Factor,
            Prec::Factor => Prec::Power,
            Prec::Power | Prec::Atom => Prec::Atom,
        }
    }
}

/// The annotation `e` as a string.
pub fn annotation(e: &py::Expr, src: &str) -> String {
    let mut out = String::new();
    expr(e, src, Prec::Test, &mut out);
    out
}

fn source(e: &py::Expr, src: &str) -> String {
    let r = e.range();
    src.get(r.start().to_usize()..r.end().to_usize())
        .unwrap_or_default()
        .to_string()
}

fn binop(op: py::Operator) -> (&'static str, Prec) {
    use py::Operator as O;
    match op {
        O::BitOr => ("|", Prec::Bor),
        O::BitXor => ("^", Prec::Bxor),
        O::BitAnd => ("&", Prec::Band),
        O::LShift => ("<<", Prec::Shift),
        O::RShift => (">>", Prec::Shift),
        O::Add => ("+", Prec::Arith),
        O::Sub => ("-", Prec::Arith),
        O::Mult => ("*", Prec::Term),
        O::MatMult => ("@", Prec::Term),
        O::Div => ("/", Prec::Term),
        O::FloorDiv => ("//", Prec::Term),
        O::Mod => ("%", Prec::Term),
        O::Pow => ("**", Prec::Power),
    }
}

fn items(elts: &[py::Expr], src: &str, out: &mut String) {
    for (i, e) in elts.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(e, src, Prec::Test, out);
    }
}

fn expr(e: &py::Expr, src: &str, prec: Prec, out: &mut String) {
    use py::Expr as E;
    match e {
        E::Name(n) => out.push_str(n.id.as_str()),
        E::Attribute(a) => {
            expr(&a.value, src, Prec::Atom, out);
            // `1 .real`: an int needs a space before the dot.
            if matches!(&*a.value, E::Constant(c) if matches!(c.value, py::Constant::Int(_))) {
                out.push(' ');
            }
            out.push('.');
            out.push_str(a.attr.as_str());
        }
        E::Subscript(s) => {
            expr(&s.value, src, Prec::Atom, out);
            out.push('[');
            match &*s.slice {
                E::Tuple(t) if !t.elts.is_empty() => {
                    items(&t.elts, src, out);
                    if t.elts.len() == 1 {
                        out.push(',');
                    }
                }
                other => expr(other, src, Prec::Test, out),
            }
            out.push(']');
        }
        E::Constant(c) => match &c.value {
            py::Constant::Str(s) => out.push_str(&str_repr(s)),
            py::Constant::None => out.push_str("None"),
            py::Constant::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
            py::Constant::Ellipsis => out.push_str("..."),
            py::Constant::Int(i) => out.push_str(&i.to_string()),
            _ => out.push_str(&source(e, src)),
        },
        E::Tuple(t) => {
            out.push('(');
            items(&t.elts, src, out);
            if t.elts.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        E::List(l) => {
            out.push('[');
            items(&l.elts, src, out);
            out.push(']');
        }
        E::Starred(s) => {
            out.push('*');
            expr(&s.value, src, Prec::Bor, out);
        }
        E::BinOp(b) => {
            let (op, p) = binop(b.op);
            let (left, right) = if p == Prec::Power {
                (p.next(), p)
            } else {
                (p, p.next())
            };
            let parens = prec > p;
            if parens {
                out.push('(');
            }
            expr(&b.left, src, left, out);
            out.push(' ');
            out.push_str(op);
            out.push(' ');
            expr(&b.right, src, right, out);
            if parens {
                out.push(')');
            }
        }
        E::UnaryOp(u) if u.op != py::UnaryOp::Not => {
            let op = match u.op {
                py::UnaryOp::Invert => "~",
                py::UnaryOp::UAdd => "+",
                _ => "-",
            };
            let parens = prec > Prec::Factor;
            if parens {
                out.push('(');
            }
            out.push_str(op);
            expr(&u.operand, src, Prec::Factor, out);
            if parens {
                out.push(')');
            }
        }
        E::Call(c) => {
            expr(&c.func, src, Prec::Atom, out);
            out.push('(');
            items(&c.args, src, out);
            for (i, k) in c.keywords.iter().enumerate() {
                if i > 0 || !c.args.is_empty() {
                    out.push_str(", ");
                }
                match &k.arg {
                    Some(name) => {
                        out.push_str(name.as_str());
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(&k.value, src, Prec::Test, out);
            }
            out.push(')');
        }
        _ => {
            let text = source(e, src);
            if prec > Prec::Test {
                out.push('(');
                out.push_str(&text);
                out.push(')');
            } else {
                out.push_str(&text);
            }
        }
    }
}
