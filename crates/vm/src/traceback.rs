//! Traceback text exactly as CPython 3.11 prints an uncaught exception
//! (`Python/traceback.c`): frames outermost first, the source line with
//! leading whitespace stripped, and the PEP 657 caret line whose `~`/`^`
//! anchors single out a binary operator or a subscript.

use crate::exceptions::{PyException, PyResult, TbEntry};
use crate::interp::Vm;
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
        let mut p = Printer::native(self.native_tb_limit());
        p.recursive(exc, &mut |e| self.exception_message(e));
        p.out
    }

    /// One exception's report without its cause or context, as CPython's
    /// unraisable-exception hook prints it.
    pub fn format_exception_alone(&mut self, exc: &Rc<PyException>) -> String {
        let mut p = Printer::native(self.native_tb_limit());
        p.no_source = self.clearing_modules;
        p.single(exc, &mut |e| self.exception_message(e));
        p.out
    }

    /// How many innermost frames the interpreter's own reports show:
    /// `sys.tracebacklimit` when it is an int (none at all, not even the
    /// header, when it is 0 or less), else 1000.
    fn native_tb_limit(&self) -> i64 {
        let set = self
            .sys_module
            .as_ref()
            .and_then(|m| m.get("tracebacklimit"));
        match &set {
            Some(Value::Int(n)) => (*n).max(0),
            Some(Value::Bool(b)) => *b as i64,
            Some(Value::BigInt(b)) if num_traits::Signed::is_negative(&**b) => 0,
            Some(Value::BigInt(_)) => i64::MAX,
            _ => NATIVE_TB_LIMIT,
        }
    }

    /// The report as the `traceback` module's `format_exception` (or,
    /// with `only`, `format_exception_only`) lists it: one string per
    /// header, frame, message, note line and chaining message. `tb`
    /// replaces the traceback of `exc` itself (not of its chain); `limit`
    /// keeps that many outermost frames of each (innermost, if negative).
    pub fn format_exception_parts(
        &mut self,
        exc: &Rc<PyException>,
        opts: PartsOptions,
    ) -> Vec<String> {
        let mut p = Printer {
            limit: opts.limit,
            no_chain: !opts.chain,
            tb_override: opts.tb.map(|tb| (Rc::as_ptr(exc), tb)),
            ..Printer::default()
        };
        let mut msg = |e: &Rc<PyException>| self.exception_message(e);
        if opts.only {
            p.exception_only(exc, &mut msg);
        } else {
            p.recursive(exc, &mut msg);
        }
        p.parts()
    }

    /// `str(exc)`; CPython's placeholder when `__str__` fails.
    pub fn exception_message(&mut self, exc: &Rc<PyException>) -> String {
        self.settle_suggestion(exc);
        self.str_of(&Value::Exception(exc.clone()))
            .unwrap_or_else(|_| "<exception str() failed>".to_string())
    }

    /// `BaseException.__str__`: the str() of its one argument (repr() for
    /// a KeyError), else the repr of its arguments, calling the methods of
    /// user objects among them.
    pub fn exception_str(&mut self, e: &PyException) -> PyResult<String> {
        let args = e.args.borrow().clone();
        if !args.iter().any(crate::interp::needs_vm_repr) {
            return Ok(ops::exc_message(e));
        }
        if e.typ.is_subclass(crate::exceptions::ExcType::OSError) && args.len() == 2 {
            if let Some(plain) = crate::exceptions::os_error_message(e) {
                let (errno, strerror) = (self.str_of(&args[0])?, self.str_of(&args[1])?);
                let head = format!(
                    "[Errno {}] {}",
                    ops::str_simple(&args[0]),
                    ops::str_simple(&args[1])
                );
                let tail = plain.strip_prefix(&head).unwrap_or("");
                return Ok(format!("[Errno {errno}] {strerror}{tail}"));
            }
        }
        let special = crate::exceptions::unicode_error_message(e)
            .or_else(|| crate::exceptions::syntax_error_message(e))
            .or_else(|| crate::objects::exception_group::message(e));
        if let Some(m) = special {
            return Ok(m);
        }
        match &args[..] {
            [one] if e.typ == crate::exceptions::ExcType::KeyError => self.repr_of(one),
            [one] => self.str_of(one),
            _ => self.repr_of(&Value::Tuple(args.into())),
        }
    }
}

/// What [`Vm::format_exception_parts`] formats.
#[derive(Default)]
pub struct PartsOptions {
    pub tb: Option<Vec<TbEntry>>,
    pub limit: Option<i64>,
    pub chain: bool,
    pub only: bool,
}

type Messages<'a> = dyn FnMut(&Rc<PyException>) -> String + 'a;

/// Exception groups nested deeper than this print as a line saying so.
const MAX_GROUP_DEPTH: usize = 10;
/// Members of a group past this many are counted, not printed.
const MAX_GROUP_WIDTH: usize = 15;

/// The state of one report, as CPython's `exception_print_context`: the
/// exceptions printed so far (a cause or context met again is left out),
/// and how deep inside exception groups the printer is. Inside a group
/// every line starts with two spaces a level and the `| ` margin, but for
/// the lines CPython's printer writes without it (a message's second
/// line, a SyntaxError's source and caret lines, "[Previous line
/// repeated...]").
#[derive(Default)]
struct Printer {
    out: String,
    seen: Vec<*const PyException>,
    depth: usize,
    /// The last member of a group is being printed: its frame is closed
    /// after it, unless a nested group closed it already.
    need_close: bool,
    /// Byte ranges of `out` that the `traceback` module yields as one
    /// string although they span lines (a frame, a message).
    glued: Vec<(usize, usize)>,
    /// Frames kept of each traceback (see [`Vm::format_exception_parts`]).
    limit: Option<i64>,
    no_chain: bool,
    /// A traceback that replaces the given exception's own.
    tb_override: Option<(*const PyException, Vec<TbEntry>)>,
    /// Whether messages end with "Did you mean" suggestions: in the
    /// interpreter's own reports, not in the `traceback` module's (3.11's
    /// Python `traceback` adds none).
    suggests: bool,
    /// Frames without their source lines: CPython's reports while it
    /// clears modules at exit, when it can no longer read the files.
    no_source: bool,
}

/// The frames the interpreter's own report shows of a traceback: the
/// innermost ones (CPython's default `sys.tracebacklimit`).
const NATIVE_TB_LIMIT: i64 = 1000;

impl Printer {
    /// The printer of the interpreter's own reports (uncaught exceptions,
    /// unraisable ones), which show at most the innermost `limit` frames.
    fn native(limit: i64) -> Printer {
        Printer {
            limit: Some(-limit),
            suggests: true,
            ..Printer::default()
        }
    }

    /// `out` cut into the strings the `traceback` module yields: a line
    /// each, but for the glued ranges.
    fn parts(&self) -> Vec<String> {
        let inside = |pos: usize| self.glued.iter().any(|&(s, e)| s < pos && pos < e);
        let mut parts = Vec::new();
        let mut start = 0;
        for (i, _) in self.out.match_indices('\n') {
            let pos = i + 1;
            if !inside(pos) {
                parts.push(self.out.get(start..pos).unwrap_or_default().to_string());
                start = pos;
            }
        }
        if start < self.out.len() {
            parts.push(self.out.get(start..).unwrap_or_default().to_string());
        }
        parts
    }

    fn indent(&mut self) {
        self.out.extend(std::iter::repeat_n(' ', 2 * self.depth));
    }

    /// The indentation and `| ` margin that start a line inside a group.
    fn margin(&mut self) {
        self.indent();
        if self.depth > 0 {
            self.out.push_str("| ");
        }
    }

    /// An exception with the chain that led to it, then it (as a group
    /// with its members, when it is one).
    fn recursive(&mut self, exc: &Rc<PyException>, msg: &mut Messages) {
        self.seen.push(Rc::as_ptr(exc));
        let cause = exc.cause.borrow().clone();
        let context = exc.context.borrow().clone();
        let (cause, context) = if self.no_chain {
            (None, None)
        } else {
            (cause, context)
        };
        let unseen =
            |c: &Rc<PyException>, seen: &[*const PyException]| !seen.contains(&Rc::as_ptr(c));
        if let Some(c) = cause {
            if unseen(&c, &self.seen) {
                self.chained(&c, CAUSE, msg);
            }
        } else if let Some(c) = context.filter(|_| !exc.suppress_context.get()) {
            if unseen(&c, &self.seen) {
                self.chained(&c, CONTEXT, msg);
            }
        }
        match crate::objects::exception_group::parts(exc) {
            Some(parts) => self.group(exc, &parts.exceptions, msg),
            None => self.single(exc, msg),
        }
    }

    fn chained(&mut self, exc: &Rc<PyException>, message: &str, msg: &mut Messages) {
        let need_close = self.need_close;
        self.recursive(exc, msg);
        self.need_close = need_close;
        let start = self.out.len();
        for line in ["\n", message, "\n"] {
            self.margin();
            self.out.push_str(line);
        }
        self.glued.push((start, self.out.len()));
    }

    fn group(&mut self, exc: &Rc<PyException>, members: &[Value], msg: &mut Messages) {
        if self.depth > MAX_GROUP_DEPTH {
            self.margin();
            let _ = writeln!(self.out, "... (max_group_depth is {MAX_GROUP_DEPTH})");
            return;
        }
        let toplevel = self.depth == 0;
        if toplevel {
            self.depth = 1;
        }
        self.single(exc, msg);
        let n = members.len().min(MAX_GROUP_WIDTH + 1);
        self.need_close = false;
        for (i, member) in members.iter().take(n).enumerate() {
            let last = i + 1 == n;
            if last {
                self.need_close = true;
            }
            self.indent();
            let corner = if i == 0 { "+-" } else { "  " };
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            let _ = writeln!(
                self.out,
                "{corner}+---------------- {title} ----------------"
            );
            self.depth += 1;
            match member {
                Value::Exception(m) if !truncated => self.recursive(m, msg),
                _ => {
                    let more = members.len() - MAX_GROUP_WIDTH;
                    self.margin();
                    let s = if more > 1 { "s" } else { "" };
                    let _ = writeln!(self.out, "and {more} more exception{s}");
                }
            }
            if last && self.need_close {
                self.indent();
                self.out.push_str("+------------------------------------\n");
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if toplevel {
            self.depth = 0;
        }
    }

    /// One exception: its traceback, its message line and its notes.
    fn single(&mut self, exc: &Rc<PyException>, msg: &mut Messages) {
        let group = crate::objects::exception_group::parts(exc).is_some();
        let tb = match &self.tb_override {
            Some((e, tb)) if std::ptr::eq(*e, Rc::as_ptr(exc)) => tb.clone(),
            _ => exc.traceback.borrow().clone(),
        };
        let tb: Vec<TbEntry> = tb.into_iter().filter(shown).collect();
        let tb = self.limited(tb);
        if !tb.is_empty() {
            self.indent();
            self.out.push_str(match (group, self.depth) {
                (true, 1) => "+ ",
                (_, 0) => "",
                _ => "| ",
            });
            if group {
                self.out.push_str("Exception Group ");
            }
            self.out.push_str("Traceback (most recent call last):\n");
            self.frames(&tb);
        }
        self.exception_only(exc, msg);
    }

    /// The frames `limit` keeps of a traceback (innermost first).
    fn limited(&self, mut tb: Vec<TbEntry>) -> Vec<TbEntry> {
        match self.limit {
            None => tb,
            Some(n) if n >= 0 => {
                let keep = usize::try_from(n).unwrap_or(usize::MAX).min(tb.len());
                tb.split_off(tb.len() - keep)
            }
            Some(n) => {
                tb.truncate(usize::try_from(n.unsigned_abs()).unwrap_or(usize::MAX));
                tb
            }
        }
    }

    /// The message line (or a SyntaxError's location lines) and the notes.
    fn exception_only(&mut self, exc: &Rc<PyException>, msg: &mut Messages) {
        if let Some((filename, info)) = crate::exceptions::syntax_error_location(exc) {
            // A located SyntaxError shows the offending line, as a frame
            // of its own; the source and caret lines get no margin.
            let text = info.render(&filename);
            let lines: Vec<&str> = text.lines().collect();
            for (i, line) in lines.iter().enumerate() {
                if i == 0 || i + 1 == lines.len() {
                    self.margin();
                }
                self.out.push_str(line);
                self.out.push('\n');
            }
        } else {
            let text = msg(exc);
            let start = self.out.len();
            self.margin();
            self.out.push_str(&exception_line(exc, text, self.suggests));
            self.out.push('\n');
            self.glued.push((start, self.out.len()));
        }
        self.notes(exc);
    }

    fn frames(&mut self, tb: &[TbEntry]) {
        let mut last: Option<(&str, usize, &str)> = None;
        let mut count = 0;
        for entry in tb.iter().rev() {
            let line = entry.code.lines.line(entry.span.start);
            let key = (&*entry.code.filename, line, &*entry.func);
            if last != Some(key) {
                if count > RECURSIVE_CUTOFF {
                    repeated(&mut self.out, count - RECURSIVE_CUTOFF);
                }
                last = Some(key);
                count = 0;
            }
            count += 1;
            if count <= RECURSIVE_CUTOFF {
                let mut prefix = " ".repeat(2 * self.depth);
                if self.depth > 0 {
                    prefix.push_str("| ");
                }
                let start = self.out.len();
                format_entry(entry, &prefix, self.no_source, &mut self.out);
                self.glued.push((start, self.out.len()));
            }
        }
        if count > RECURSIVE_CUTOFF {
            repeated(&mut self.out, count - RECURSIVE_CUTOFF);
        }
    }

    /// PEP 678 notes: each line of each note's `str()` behind the margin
    /// (CPython splits them keeping the line ends, then ends the note
    /// with a newline of its own); a `__notes__` that is not a sequence
    /// prints as its repr, with no newline.
    fn notes(&mut self, exc: &PyException) {
        // An instance's own notes, else its class's (`getattr`).
        let own = exc.attrs.borrow().get("__notes__").cloned();
        let Some(notes) = own.or_else(|| exc.class().and_then(|c| c.lookup("__notes__"))) else {
            return;
        };
        let items: Vec<Value> = match &notes {
            Value::List(l) => l.borrow().clone(),
            Value::Tuple(t) => t.to_vec(),
            Value::Str(s) => s
                .chars()
                .map(|c| Value::str(c.encode_utf8(&mut [0; 4])))
                .collect(),
            other => {
                // CPython ends this line with no newline.
                self.margin();
                self.out.push_str(&ops::repr_simple(other));
                return;
            }
        };
        for note in &items {
            let text = ops::str_simple(note);
            for line in text.split_inclusive('\n') {
                self.margin();
                self.out.push_str(line);
            }
            self.out.push('\n');
        }
    }
}

const CAUSE: &str = "The above exception was the direct cause of the following exception:\n";
const CONTEXT: &str = "During handling of the above exception, another exception occurred:\n";

fn repeated(out: &mut String, n: usize) {
    let _ = writeln!(
        out,
        "  [Previous line repeated {n} more time{}]",
        if n == 1 { "" } else { "s" }
    );
}

/// `ValueError: message`, or just the type when the message is empty.
fn exception_line(exc: &PyException, mut msg: String, suggests: bool) -> String {
    if let Some(s) = exc.suggestion.borrow().as_ref().filter(|_| suggests) {
        msg.push_str(&format!(". Did you mean: '{s}'?"));
    }
    let name = match &exc.class() {
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

/// One frame's lines, each behind `prefix` (the margin inside a group).
fn format_entry(entry: &TbEntry, prefix: &str, no_source: bool, out: &mut String) {
    let code = &entry.code;
    let lines = &code.lines;
    let src = &code.source;
    let lineno = lines.line(entry.span.start);
    let _ = writeln!(
        out,
        "{prefix}  File \"{}\", line {lineno}, in {}",
        code.filename, entry.func
    );
    // CPython reads the line back from the file (see `CodeUnit::shows_lines`).
    if !code.shows_lines || no_source {
        return;
    }
    // CPython removes the indentation but keeps trailing blanks, which
    // count in the line's length when deciding whether to mark it.
    let text = lines.line_text(src, lineno).trim_end_matches(['\r', '\n']);
    let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
    if stripped.trim_end().is_empty() {
        return;
    }
    let _ = writeln!(out, "{prefix}    {stripped}");
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
    let stripped_len = stripped.chars().count();
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
    out.push_str(prefix);
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
/// Whether a traceback shows a frame: not one of a module CPython writes
/// in C but pyview in Python (its functions raise from no frame of theirs).
fn shown(e: &TbEntry) -> bool {
    !crate::modules::hides_frames(&e.code.filename)
}

/// Whether `v` is a `traceback` object.
pub fn is_traceback(v: &Value) -> bool {
    matches!(v, Value::Native(o) if o.as_any().is::<TracebackObject>())
}

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
        let entries: Vec<TbEntry> = exc
            .traceback
            .borrow()
            .iter()
            .rev()
            .filter(|e| shown(e))
            .cloned()
            .collect();
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

    fn getattr(&self, vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
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
            "tb_frame" => {
                // This entry's frame, its callers the entries before it.
                // The first entry's frame, where the exception was caught,
                // usually still runs: it is the live one, with its callers.
                let live = self.entries.first().and_then(|first| {
                    let frames = vm.frames();
                    let at = frames.iter().position(|f| {
                        Rc::ptr_eq(f.code(), &first.code) && f.name() == first.func
                    })?;
                    Some(frames[at..].to_vec())
                });
                let first_finished = usize::from(live.is_some());
                let finished = self
                    .entries
                    .get(first_finished..=self.index)
                    .unwrap_or_default();
                let frames: Vec<crate::stack::FrameInfo> = finished
                    .iter()
                    .rev()
                    .filter_map(|e| {
                        let globals = e.globals.clone()?;
                        Some(crate::stack::FrameInfo::finished(
                            e.code.clone(),
                            globals,
                            e.func.clone(),
                            e.span,
                        ))
                    })
                    .chain(live.into_iter().flatten())
                    .collect();
                match crate::objects::frame::chain(frames) {
                    Some(f) => Value::Native(f),
                    None => return None,
                }
            }
            _ => return None,
        }))
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

/// One frame as the `traceback` module's `FrameSummary` holds it: file,
/// line number, function, the stripped source line (empty when there is
/// none) and the frame's formatted text.
pub(crate) fn frame_summary(entry: &TbEntry) -> (Rc<str>, usize, Rc<str>, String, String) {
    let code = &entry.code;
    let lineno = code.lines.line(entry.span.start);
    let line = if !code.shows_lines {
        String::new()
    } else {
        code.lines
            .line_text(&code.source, lineno)
            .trim()
            .to_string()
    };
    let mut text = String::new();
    format_entry(entry, "", false, &mut text);
    (
        code.filename.clone(),
        lineno,
        entry.func.clone(),
        line,
        text,
    )
}
