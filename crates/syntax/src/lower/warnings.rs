//! The compile-time `SyntaxWarning`s of CPython 3.11's compiler: `is` with
//! a literal, an always-true `assert` of a tuple, calling or subscripting
//! a literal that cannot take it ("perhaps you missed a comma?").
//!
//! CPython checks the AST after constant folding, so `x is -1`,
//! `x is (1, 2)` and `(1 + 2)(x)` count as literals; [`folded_type`] says
//! which expressions fold to a constant, and of what type.

use rustpython_parser::ast::{self as py};

/// `"is" with a literal. Did you mean "=="?` (`is not`: `"!="`), when either
/// side of an identity comparison folds to a constant other than None,
/// True, False or Ellipsis. One message per comparison.
pub fn compare(c: &py::ExprCompare) -> Vec<String> {
    let mut out = Vec::new();
    let mut left = &*c.left;
    for (op, right) in c.ops.iter().zip(&c.comparators) {
        let (word, instead) = match op {
            py::CmpOp::Is => ("is", "=="),
            py::CmpOp::IsNot => ("is not", "!="),
            _ => {
                left = right;
                continue;
            }
        };
        if is_literal(left) || is_literal(right) {
            out.push(format!(
                "\"{word}\" with a literal. Did you mean \"{instead}\"?"
            ));
        }
        left = right;
    }
    out
}

fn is_literal(e: &py::Expr) -> bool {
    folded_type(e).is_some_and(|t| !matches!(t, "NoneType" | "bool" | "ellipsis"))
}

/// `assert (test, "message")`: a non-empty tuple is always true.
pub fn assert(test: &py::Expr) -> Option<String> {
    match test {
        py::Expr::Tuple(t) if !t.elts.is_empty() => {
            Some("assertion is always true, perhaps remove parentheses?".to_string())
        }
        _ => None,
    }
}

/// Calling something that is never callable (`(1)(2)`, `[a](b)`).
pub fn call(func: &py::Expr) -> Option<String> {
    use py::Expr as E;
    let ty = folded_type(func).or(match func {
        E::Tuple(_)
        | E::List(_)
        | E::ListComp(_)
        | E::Dict(_)
        | E::DictComp(_)
        | E::Set(_)
        | E::SetComp(_)
        | E::GeneratorExp(_)
        | E::JoinedStr(_)
        | E::FormattedValue(_) => infer_type(func),
        _ => None,
    })?;
    Some(format!(
        "'{ty}' object is not callable; perhaps you missed a comma?"
    ))
}

/// Subscripting (for a load) something that never takes it: a number,
/// None, a set or a generator; or a sequence literal indexed by
/// something that is not an int or a slice.
pub fn subscript(s: &py::ExprSubscript) -> Vec<String> {
    use py::Expr as E;
    let mut out = Vec::new();
    let value = &*s.value;
    let unsubscriptable = match folded_type(value) {
        Some(t) => matches!(
            t,
            "NoneType" | "ellipsis" | "int" | "bool" | "float" | "complex"
        ),
        None => matches!(
            value,
            E::Set(_) | E::SetComp(_) | E::GeneratorExp(_) | E::Lambda(_)
        ),
    };
    if unsubscriptable {
        if let Some(t) = infer_type(value) {
            out.push(format!(
                "'{t}' object is not subscriptable; perhaps you missed a comma?"
            ));
        }
    }
    let index = infer_type(&s.slice);
    if let Some(index) = index.filter(|t| !matches!(*t, "int" | "bool" | "slice")) {
        let sequence = match folded_type(value) {
            Some(t) => matches!(t, "str" | "bytes" | "tuple"),
            None => matches!(
                value,
                E::Tuple(_) | E::List(_) | E::ListComp(_) | E::JoinedStr(_) | E::FormattedValue(_)
            ),
        };
        if let (true, Some(t)) = (sequence, infer_type(value)) {
            out.push(format!(
                "{t} indices must be integers or slices, not {index}; perhaps you missed a comma?"
            ));
        }
    }
    out
}

/// The type CPython's compiler infers for an expression (`infer_type`).
fn infer_type(e: &py::Expr) -> Option<&'static str> {
    use py::Expr as E;
    if let Some(t) = folded_type(e) {
        return Some(t);
    }
    Some(match e {
        E::Tuple(_) => "tuple",
        E::List(_) | E::ListComp(_) => "list",
        E::Dict(_) | E::DictComp(_) => "dict",
        E::Set(_) | E::SetComp(_) => "set",
        E::GeneratorExp(_) => "generator",
        E::Lambda(_) => "function",
        E::JoinedStr(_) | E::FormattedValue(_) => "str",
        _ => return None,
    })
}

/// The type of the constant `e` folds to under CPython's AST optimizer,
/// or `None` when it is not folded.
fn folded_type(e: &py::Expr) -> Option<&'static str> {
    use py::Expr as E;
    match e {
        E::Constant(c) => Some(constant_type(&c.value)),
        E::UnaryOp(u) => {
            let t = folded_type(&u.operand)?;
            match (u.op, t) {
                (py::UnaryOp::Not, _) => Some("bool"),
                (py::UnaryOp::USub | py::UnaryOp::UAdd, "int" | "bool") => Some("int"),
                (py::UnaryOp::USub | py::UnaryOp::UAdd, "float" | "complex") => Some(t),
                (py::UnaryOp::Invert, "int" | "bool") => Some("int"),
                _ => None,
            }
        }
        E::BinOp(b) => binop_type(b),
        E::Tuple(t) if t.elts.iter().all(|x| folded_type(x).is_some()) => Some("tuple"),
        _ => None,
    }
}

fn constant_type(c: &py::Constant) -> &'static str {
    match c {
        py::Constant::None => "NoneType",
        py::Constant::Bool(_) => "bool",
        py::Constant::Str(_) => "str",
        py::Constant::Bytes(_) => "bytes",
        py::Constant::Int(_) => "int",
        py::Constant::Tuple(_) => "tuple",
        py::Constant::Float(_) => "float",
        py::Constant::Complex { .. } => "complex",
        py::Constant::Ellipsis => "ellipsis",
    }
}

/// Folded binary operations: arithmetic on numbers, and concatenation or
/// repetition of str, bytes and tuples (`%` on them is never folded).
/// Division by a literal zero is not folded either.
fn binop_type(b: &py::ExprBinOp) -> Option<&'static str> {
    use py::Operator as O;
    let (l, r) = (folded_type(&b.left)?, folded_type(&b.right)?);
    let zero_divisor = matches!(&*b.right, py::Expr::Constant(c) if matches!(
        &c.value,
        py::Constant::Int(i) if i.to_string() == "0"
    ) || matches!(&c.value, py::Constant::Float(f) if *f == 0.0));
    let int = |t: &str| matches!(t, "int" | "bool");
    let number = |t: &str| int(t) || matches!(t, "float" | "complex");
    match b.op {
        O::Div | O::FloorDiv | O::Mod if zero_divisor && number(l) => None,
        O::MatMult => None,
        O::Add if l == r && matches!(l, "str" | "bytes" | "tuple") => Some(l),
        O::Mult if matches!(l, "str" | "bytes" | "tuple") && int(r) => Some(l),
        O::Mult if int(l) && matches!(r, "str" | "bytes" | "tuple") => Some(r),
        // `True | False` folds to a bool, which an identity test may take.
        O::BitAnd | O::BitOr | O::BitXor if l == "bool" && r == "bool" => Some("bool"),
        O::LShift | O::RShift | O::BitAnd | O::BitOr | O::BitXor if int(l) && int(r) => Some("int"),
        O::LShift | O::RShift | O::BitAnd | O::BitOr | O::BitXor => None,
        _ if !(number(l) && number(r)) => None,
        O::Div if l != "complex" && r != "complex" => Some("float"),
        _ if l == "complex" || r == "complex" => Some("complex"),
        _ if l == "float" || r == "float" => Some("float"),
        O::Div => Some("float"),
        O::Pow if is_negative_literal(&b.right) => Some("float"),
        _ => Some("int"),
    }
}

fn is_negative_literal(e: &py::Expr) -> bool {
    matches!(e, py::Expr::UnaryOp(u) if u.op == py::UnaryOp::USub)
}
