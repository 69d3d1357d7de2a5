//! Traceback text exactly as CPython 3.11 prints an uncaught exception
//! (`Python/traceback.c`): frames outermost first, the source line with
//! leading whitespace stripped, and the PEP 657 caret line whose `~`/`^`
//! anchors single out a binary operator or a subscript.

use crate::exceptions::{PyException, PyResult, TbEntry};
use crate::interp::Vm;
use crate::objects::function::Args;
use crate::objects::native::NativeObject;
use crate::ops;
use crate::value::Value;
use pyview_syntax::anchors::{segment_anchor, Anchor};
use pyview_syntax::ir;
use std::fmt::Write;
use std::rc::Rc;

/// Consecutive identical frames printed before "[Previous line repeated…]".
const RECURSIVE_CUTOFF: usize = 3;

impl Vm {
    /// The full report for an uncaught exception, with its cause or
    /// context chain, its messages taken with `str()` (a user class's
    /// `__str__`).
    pub fn format_exception(&mut self, exc: &Rc<PyException>) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        chain(exc, &mut out, &mut seen, &mut |e| self.exception_message(e));
        out
    }

    /// One exception's report without its cause or context, as CPython's
    /// unraisable-exception hook prints it.
    pub fn format_exception_alone(&mut self, exc: &Rc<PyException>) -> String {
        let mut out = String::new();
        let text = self.exception_message(exc);
        format_single(exc, &text, &mut out);
        out
    }

    /// `str(exc)`; CPython's placeholder when `__str__` fails.
    pub fn exception_message(&mut self, exc: &Rc<PyException>) -> String {
        if exc.class.is_none() {
            return ops::exc_message(exc);
        }
        self.str_of(&Value::Exception(exc.clone()))
            .unwrap_or_else(|_| "<exception str() failed>".to_string())
    }
}

type Messages<'a> = dyn FnMut(&Rc<PyException>) -> String + 'a;

fn chain(
    exc: &Rc<PyException>,
    out: &mut String,
    seen: &mut Vec<*const PyException>,
    msg: &mut Messages,
) {
    seen.push(Rc::as_ptr(exc));
    let cause = exc.cause.borrow().clone();
    let context = exc.context.borrow().clone();
    if let Some(c) = cause.filter(|c| !seen.contains(&Rc::as_ptr(c))) {
        chain(&c, out, seen, msg);
        out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if let Some(c) =
        context.filter(|c| !exc.suppress_context.get() && !seen.contains(&Rc::as_ptr(c)))
    {
        chain(&c, out, seen, msg);
        out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    let text = msg(exc);
    format_single(exc, &text, out);
}

fn format_single(exc: &PyException, msg: &str, out: &mut String) {
    let tb = exc.traceback.borrow();
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        let mut last: Option<(&str, usize, &str)> = None;
        let mut count = 0;
        for entry in tb.iter().rev() {
            let line = entry.code.lines.line(entry.span.start);
            let key = (&*entry.code.filename, line, &*entry.func);
            if last != Some(key) {
                if count > RECURSIVE_CUTOFF {
                    repeated(out, count - RECURSIVE_CUTOFF);
                }
                last = Some(key);
                count = 0;
            }
            count += 1;
            if count <= RECURSIVE_CUTOFF {
                format_entry(entry, out);
            }
        }
        if count > RECURSIVE_CUTOFF {
            repeated(out, count - RECURSIVE_CUTOFF);
        }
    }
    // A located SyntaxError shows the offending line, as a frame of its own.
    if let Some((filename, info)) = crate::exceptions::syntax_error_location(exc) {
        out.push_str(&info.render(&filename));
        return;
    }
    out.push_str(&exception_line(exc, msg.to_string()));
    out.push('\n');
    // PEP 678 notes, one line each.
    if let Some(Value::List(notes)) = exc.attrs.borrow().get("__notes__") {
        for n in notes.borrow().iter() {
            out.push_str(&ops::str_simple(n));
            out.push('\n');
        }
    }
}

fn repeated(out: &mut String, n: usize) {
    let _ = writeln!(
        out,
        "  [Previous line repeated {n} more time{}]",
        if n == 1 { "" } else { "s" }
    );
}

/// `ValueError: message`, or just the type when the message is empty.
fn exception_line(exc: &PyException, mut msg: String) -> String {
    if let Some(s) = &*exc.suggestion.borrow() {
        msg.push_str(&format!(". Did you mean: '{s}'?"));
    }
    let name = match &exc.class {
        // A class's qualified name, dotted with its module unless that is
        // `__main__` or `builtins` (a module that is no str is `<unknown>`).
        Some(c) => match c.module() {
            Some(m) if &*m == "__main__" || &*m == "builtins" => c.qualname().to_string(),
            Some(_) => c.display_name(),
            None => format!("<unknown>.{}", c.qualname()),
        },
        None => exc.type_name().to_string(),
    };
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

fn format_entry(entry: &TbEntry, out: &mut String) {
    let code = &entry.code;
    let lines = &code.lines;
    let src = &code.source;
    let lineno = lines.line(entry.span.start);
    let _ = writeln!(
        out,
        "  File \"{}\", line {lineno}, in {}",
        code.filename, entry.func
    );
    // CPython reads the line back from the file: `<stdin>` and `<string>`
    // have none.
    if code.filename.starts_with('<') && code.filename.ends_with('>') {
        return;
    }
    let text = lines.line_text(src, lineno);
    let stripped = text.trim_start();
    if stripped.trim_end().is_empty() {
        return;
    }
    let _ = writeln!(out, "    {}", stripped.trim_end());
    let indent = text.chars().count() - stripped.chars().count();
    let line_start = lines.line_start(lineno) as usize;
    let start_b = entry.span.start as usize - line_start;
    let end_line = lines.line(entry.span.end.max(entry.span.start));
    let end_b = if end_line == lineno {
        entry.span.end as usize - line_start
    } else {
        text.trim_end().len()
    };
    let col = |b: usize| {
        text.get(..b.min(text.len()))
            .map_or(0, |s| s.chars().count())
    };
    let (start, end) = (col(start_b), col(end_b));
    if end <= start {
        return;
    }
    let segment: Vec<char> = text.chars().skip(start).take(end - start).collect();
    let anchors = if end_line == lineno {
        anchors(&segment)
    } else {
        None
    };
    let stripped_len = stripped.trim_end().chars().count();
    if anchors.is_none() && end - start >= stripped_len {
        return;
    }
    // Columns, not characters: a wide character takes two.
    let width = crate::objects::str::display_width;
    let lead: usize = text
        .chars()
        .skip(indent)
        .take(start - indent)
        .map(width)
        .sum();
    out.push_str("    ");
    out.extend(std::iter::repeat_n(' ', lead));
    for (i, &c) in segment.iter().enumerate() {
        let marker = match anchors {
            Some((l, r)) if i < l || i >= r => '~',
            _ => '^',
        };
        out.extend(std::iter::repeat_n(marker, width(c)));
    }
    out.push('\n');
}

/// Primary-range anchors within a segment holding one expression: the
/// operator of a binary operation, or the `[...]` of a subscript.
fn anchors(seg: &[char]) -> Option<(usize, usize)> {
    let text: String = seg.iter().collect();
    match segment_anchor(&text)? {
        Anchor::BinOp {
            left_end,
            right_start,
        } => {
            let mut i = left_end;
            while i < right_start {
                let c = seg[i];
                if c.is_whitespace() || c == ')' || c == '\\' || c == '\n' {
                    i += 1;
                    continue;
                }
                let mut r = i + 1;
                if r < right_start
                    && !seg[r].is_whitespace()
                    && "*/<>".contains(seg[r])
                    && seg[r] == c
                {
                    r += 1;
                }
                return Some((i, r));
            }
            None
        }
        Anchor::Subscript {
            value_end,
            slice_end,
        } => {
            let mut l = value_end;
            while l < seg.len() && seg[l] != '[' {
                l += 1;
            }
            let mut r = slice_end;
            while r < seg.len() && seg[r] != ']' {
                r += 1;
            }
            if r < seg.len() {
                r += 1;
            }
            Some((l, r))
        }
    }
}

/// A `traceback` object: one frame of an exception's `__traceback__`
/// chain, outermost first as `tb_next` walks it.
#[derive(Debug)]
pub struct TracebackObject {
    /// The exception's frames, outermost first.
    pub entries: Rc<[TbEntry]>,
    pub index: usize,
}

impl TracebackObject {
    /// The chain of an exception's traceback, `None` when it was never
    /// raised.
    pub fn of(exc: &PyException) -> Value {
        let entries: Vec<TbEntry> = exc.traceback.borrow().iter().rev().cloned().collect();
        if entries.is_empty() {
            return Value::None;
        }
        Value::Native(Rc::new(TracebackObject {
            entries: entries.into(),
            index: 0,
        }))
    }

    /// The frames from this one inwards, innermost first (the order
    /// `PyException::traceback` keeps).
    pub fn frames(&self) -> Vec<TbEntry> {
        self.entries
            .get(self.index..)
            .unwrap_or_default()
            .iter()
            .rev()
            .cloned()
            .collect()
    }
}

impl NativeObject for TracebackObject {
    fn type_name(&self) -> &'static str {
        "traceback"
    }

    fn getattr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        let entry = self.entries.get(self.index)?;
        Some(Ok(match name {
            "tb_next" => {
                if self.index + 1 < self.entries.len() {
                    Value::Native(Rc::new(TracebackObject {
                        entries: self.entries.clone(),
                        index: self.index + 1,
                    }))
                } else {
                    Value::None
                }
            }
            "tb_lineno" => Value::from_usize(entry.code.lines.line(entry.span.start)),
            "tb_lasti" => Value::Int(0),
            _ => return None,
        }))
    }

    fn call_method(
        &self,
        _vm: &mut Vm,
        _this: &Rc<dyn NativeObject>,
        _name: &str,
        _args: &Args,
    ) -> Option<PyResult<Value>> {
        None
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// Where a failed `assert` points: CPython 3.11 locates the raise at the
/// last comparison its condition jumps on (through `not`, `and`/`or` and
/// conditional expressions), and at the statement otherwise.
pub fn assert_location(test: &ir::Expr) -> Option<ir::Span> {
    match &test.kind {
        ir::ExprKind::Compare(..) => Some(test.span),
        ir::ExprKind::Unary(ir::UnaryOp::Not, x) => assert_location(x),
        ir::ExprKind::BoolOp(_, values) => values.iter().rev().find_map(assert_location),
        ir::ExprKind::IfExp(t, body, orelse) => [orelse, body, t]
            .into_iter()
            .find_map(|e| assert_location(e)),
        _ => None,
    }
}
