//! Syntax errors as CPython 3.11 reports them.

/// Which exception class a syntax error is raised as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// The program nests deeper than the compiler allows (CPython raises
    /// `RecursionError` "maximum recursion depth exceeded during compilation").
    RecursionError,
}

impl SyntaxKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxKind::SyntaxError => "SyntaxError",
            SyntaxKind::IndentationError => "IndentationError",
            SyntaxKind::TabError => "TabError",
            SyntaxKind::RecursionError => "RecursionError",
        }
    }
}

/// A located syntax error, with the fields of CPython's `SyntaxError` object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxErrorInfo {
    pub kind: SyntaxKind,
    pub msg: String,
    /// 1-based line number.
    pub lineno: usize,
    /// 1-based column in characters, as `SyntaxError.offset`; `None` when CPython shows no caret.
    pub offset: Option<usize>,
    pub end_lineno: Option<usize>,
    pub end_offset: Option<usize>,
    /// The offending source line (without its newline).
    pub text: Option<String>,
    /// Raised by CPython's compiler (symbol table, code generation) rather
    /// than its parser: for source given as a string, CPython has no text
    /// to show with these.
    pub compiler: bool,
    /// Raised by CPython's tokenizer itself (`syntaxerror()`), whose
    /// `text` is the line without its newline.
    pub tokenizer: bool,
}

impl SyntaxErrorInfo {
    /// The source line as CPython has it for code compiled under
    /// `filename`: its compiler reads the line back from that file, so an
    /// error it raises in code from a string (`<string>`, `<stdin>`) has
    /// none.
    pub fn text_in(&self, filename: &str) -> Option<&str> {
        if self.compiler && filename.starts_with('<') {
            return None;
        }
        self.text.as_deref()
    }

    /// Exactly what CPython 3.11 prints to stderr when this error ends a
    /// script named `filename` (`print_exception_file_and_line` and
    /// `print_error_text` in Python/pythonrun.c).
    pub fn render(&self, filename: &str) -> String {
        let mut out = format!("  File \"{filename}\", line {}\n", self.lineno);
        if let Some(text) = self.text_in(filename) {
            // CPython's `text` normally ends with the line's newline; ours
            // never does, so the sizes below count it back in.
            let text = text.split('\0').next().unwrap_or_default();
            let line_size = text.len() as i64 + 1;
            let offset = self.offset.map_or(-1, |o| o as i64);
            // Only plain SyntaxError carries an end position to the printer.
            let (end_lineno, mut end_offset) = match self.kind {
                SyntaxKind::SyntaxError => (
                    self.end_lineno.unwrap_or(self.lineno),
                    self.end_offset.map_or(-1, |o| o as i64),
                ),
                _ => (self.lineno, -1),
            };
            if end_lineno > self.lineno {
                end_offset = line_size;
            }
            end_offset = end_offset.min(line_size + 1);
            print_error_text(&mut out, offset, end_offset, text);
        }
        out.push_str(self.kind.name());
        if !self.msg.is_empty() {
            out.push_str(": ");
            out.push_str(&self.msg);
        }
        out.push('\n');
        out
    }
}

/// The source line and caret line, with CPython's arithmetic: `offset` and
/// `end_offset` are 1-based, and compared with byte lengths.
fn print_error_text(out: &mut String, offset: i64, end_offset: i64, text: &str) {
    let carets = if end_offset > 0 && end_offset > offset {
        end_offset - offset
    } else {
        1
    };
    let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
    let offset = (offset - 1 - (text.len() - stripped.len()) as i64).min(stripped.len() as i64);
    out.push_str("    ");
    out.push_str(stripped);
    out.push('\n');
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    out.extend(std::iter::repeat_n(' ', offset as usize));
    out.extend(std::iter::repeat_n('^', carets as usize));
    out.push('\n');
}
