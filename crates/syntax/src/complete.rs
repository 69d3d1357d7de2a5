//! What the REPL needs to know about source text before running it: has the
//! user finished a statement, and how should each token be coloured.
//!
//! One logos lexer serves both. It is forgiving where `tokens` (the model
//! of CPython's tokenizer used for syntax errors) is exact: it never fails,
//! it marks strings left open at the end and keeps going after stray
//! characters, because it runs on every keystroke of half-typed input.
//!
//! [`interactive_status`] decides, line by line, what CPython 3.11's
//! interactive loop does with piped input: run the statement, print `... `
//! and read another line, or report a syntax error and drop the lines read.
//! A compound statement needs a blank line to end; a line back at column 0
//! without one is CPython's "invalid syntax".

use logos::Logos;
use std::ops::Range;

use crate::error::{SyntaxErrorInfo, SyntaxKind};

/// How a piece of source is highlighted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Keyword,
    /// `True`, `False`, `None`.
    Constant,
    /// A builtin function or type name (`print`, `bytearray`...).
    Builtin,
    Name,
    Number,
    String,
    Comment,
    Operator,
    Bracket,
    Space,
    /// A character Python does not accept here.
    Error,
}

#[derive(Logos, Debug, Clone, Copy, PartialEq, Eq)]
enum Lex {
    #[regex(r"[A-Za-z_\u{80}-\u{10FFFF}][A-Za-z0-9_\u{80}-\u{10FFFF}]*")]
    Name,
    #[regex(r#"([rRuUbBfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?("""|''')"#)]
    TripleQuote,
    #[regex(r#"([rRuUbBfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?["']"#)]
    Quote,
    #[regex(r"[0-9][0-9A-Za-z_]*(\.[0-9A-Za-z_]*)?|\.[0-9][0-9A-Za-z_]*")]
    Number,
    #[regex(r"#[^\n]*")]
    Comment,
    #[regex(r"[ \t\x0c\r]+")]
    Space,
    #[token("\n")]
    Newline,
    #[regex(r"\\\r?\n")]
    Continuation,
    #[regex(r"[(\[{]")]
    Open,
    #[regex(r"[)\]}]")]
    Close,
    #[regex(r"[%&*+,\-./:;<=>@^|~]")]
    #[regex(r"!=|%=|&=|\*\*|\*=|\+=|-=|->|//|/=|:=|<<|<=|==|>=|>>|@=|\^=|\|=")]
    #[regex(r"\*\*=|\.\.\.|//=|<<=|>>=")]
    Op,
}

const KEYWORDS: &[&str] = &[
    "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
    "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// Python's keywords, for completion.
pub fn keywords() -> impl Iterator<Item = &'static str> {
    KEYWORDS.iter().copied().chain(["True", "False", "None"])
}

/// Names a `sys.builtins`-style listing would hold; coloured apart from
/// user names.
const BUILTINS: &[&str] = &[
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "bool",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "exit",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "list",
    "locals",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "quit",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
];

/// A token of the forgiving lexer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub class: Class,
    pub range: Range<usize>,
}

/// Where the lexer stopped, which says whether more lines must follow.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tail {
    /// Brackets still open, innermost last.
    pub open: Vec<char>,
    /// A triple-quoted string (or a single-quoted one continued with a
    /// backslash) runs past the end.
    pub in_string: bool,
    /// The text ends with a backslash continuation.
    pub continued: bool,
}

impl Tail {
    pub fn is_open(&self) -> bool {
        !self.open.is_empty() || self.in_string || self.continued
    }
}

/// Splits `src` into classified pieces covering all of it, and reports
/// what is left open at the end.
pub fn lex(src: &str) -> (Vec<Piece>, Tail) {
    let mut pieces = Vec::new();
    let mut tail = Tail::default();
    let mut lexer = Lex::lexer(src);
    while let Some(tok) = lexer.next() {
        let span = lexer.span();
        let class = match tok {
            Ok(Lex::Name) => name_class(lexer.slice()),
            Ok(Lex::Number) => Class::Number,
            Ok(Lex::Comment) => Class::Comment,
            Ok(Lex::Space) | Ok(Lex::Newline) => Class::Space,
            Ok(Lex::Continuation) => Class::Operator,
            Ok(Lex::Op) => Class::Operator,
            Ok(Lex::Open) => {
                tail.open.push(lexer.slice().chars().next().unwrap_or('('));
                Class::Bracket
            }
            Ok(Lex::Close) => {
                let close = lexer.slice().chars().next().unwrap_or(')');
                if tail.open.last().is_some_and(|&o| matches(o, close)) {
                    tail.open.pop();
                    Class::Bracket
                } else {
                    Class::Error
                }
            }
            Ok(Lex::Quote) | Ok(Lex::TripleQuote) => {
                let triple = tok == Ok(Lex::TripleQuote);
                let quote = lexer.slice().as_bytes().last().copied().unwrap_or(b'"');
                let (len, closed) = string_body(&src[span.end..], quote, triple);
                lexer.bump(len);
                if !closed {
                    tail.in_string = true;
                }
                Class::String
            }
            Err(()) => Class::Error,
        };
        let range = lexer.span().start.min(span.start)..lexer.span().end;
        pieces.push(Piece { class, range });
    }
    let last = pieces.iter().rev().find(|p| {
        p.class != Class::Space || {
            // A newline ends the continuation; plain spaces do not matter.
            src[p.range.clone()].contains('\n')
        }
    });
    tail.continued = last.is_some_and(|p| src[p.range.clone()].starts_with('\\'));
    (pieces, tail)
}

fn matches(open: char, close: char) -> bool {
    matches!((open, close), ('(', ')') | ('[', ']') | ('{', '}'))
}

fn name_class(name: &str) -> Class {
    if matches!(name, "True" | "False" | "None") {
        Class::Constant
    } else if KEYWORDS.contains(&name) {
        Class::Keyword
    } else if BUILTINS.contains(&name) {
        Class::Builtin
    } else {
        Class::Name
    }
}

/// Length of a string body after its opening quote, and whether the
/// closing quote was found. A single-quoted string ends at an unescaped
/// newline (unclosed; the parser reports it).
fn string_body(rest: &str, quote: u8, triple: bool) -> (usize, bool) {
    let b = rest.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => {
                i += 2;
                continue;
            }
            b'\n' if !triple => return (i, true),
            c if c == quote => {
                if !triple {
                    return (i + 1, true);
                }
                if b.get(i + 1) == Some(&quote) && b.get(i + 2) == Some(&quote) {
                    return (i + 3, true);
                }
            }
            _ => {}
        }
        i += 1;
    }
    // A backslash at the very end escapes the newline that is to come.
    (b.len().min(i), false)
}

/// What CPython's interactive loop does with the lines read so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Run them.
    Complete,
    /// Prompt with `... ` and read another line.
    Incomplete,
    /// Report this error and forget the lines.
    Invalid(SyntaxErrorInfo),
}

/// One logical line: where it starts and what it holds.
struct Logical {
    start: usize,
    first_line: usize,
    /// Indentation column of its first physical line.
    indent: usize,
    first: Option<Range<usize>>,
    /// The last significant piece (not space or comment).
    last: Option<Range<usize>>,
}

fn logical_lines(src: &str, pieces: &[Piece]) -> Vec<Logical> {
    let mut out: Vec<Logical> = Vec::new();
    let mut depth = 0usize;
    let mut line = 1;
    let mut cur: Option<Logical> = None;
    let mut line_start = 0;
    for p in pieces {
        let text = &src[p.range.clone()];
        let significant = !matches!(p.class, Class::Space | Class::Comment);
        if significant && !text.starts_with('\\') {
            let l = cur.get_or_insert_with(|| Logical {
                start: line_start,
                first_line: line,
                indent: src[line_start..p.range.start]
                    .chars()
                    .map(|c| if c == '\t' { 8 } else { 1 })
                    .sum(),
                first: None,
                last: None,
            });
            if l.first.is_none() {
                l.first = Some(p.range.clone());
            }
            l.last = Some(p.range.clone());
            if p.class == Class::Bracket {
                if "([{".contains(text) {
                    depth += 1;
                } else {
                    depth = depth.saturating_sub(1);
                }
            }
        }
        let newlines = text.matches('\n').count();
        if newlines > 0 {
            line += newlines;
            if p.class == Class::Space && depth == 0 {
                if let Some(l) = cur.take() {
                    out.push(l);
                }
            }
            if cur.is_none() {
                line_start = p.range.start + text.rfind('\n').map_or(0, |i| i + 1);
            }
        }
    }
    out.extend(cur);
    out
}

/// A line with nothing but spaces and maybe a comment.
fn is_blank(line: &str) -> bool {
    let t = line.trim_start_matches([' ', '\t', '\x0c']);
    t.is_empty() || t.starts_with('#') || t == "\n" || t == "\r\n"
}

const COMPOUND: &[&str] = &[
    "if", "while", "for", "try", "with", "def", "class", "async", "@",
];
const CONTINUATIONS: &[&str] = &["else", "elif", "except", "finally"];

/// Decides what CPython's interactive loop does after reading `src`, the
/// lines of one statement read so far (each ending in `\n`, except maybe
/// the last at end of input).
pub fn interactive_status(src: &str) -> Status {
    let first_line = src.split_inclusive('\n').next().unwrap_or("");
    if is_blank(first_line) && first_line.ends_with('\n') {
        // CPython lets a first line of spaces or a comment through as an
        // empty statement.
        return Status::Complete;
    }
    if !src.ends_with('\n') {
        // A last line without its newline: CPython reads again (and meets
        // the end of input).
        return Status::Incomplete;
    }
    let (pieces, tail) = lex(src);
    if tail.in_string {
        // CPython's tokenizer reads on inside the string.
        return Status::Incomplete;
    }
    if tail.is_open() {
        return parsed(src);
    }
    let lines = logical_lines(src, &pieces);
    let Some(head) = lines.first() else {
        return Status::Complete;
    };
    let word = |l: &Logical| l.first.clone().map_or("", |r| &src[r]);
    let ends_colon = |l: &Logical| l.last.clone().is_some_and(|r| &src[r] == ":");
    let compound = COMPOUND.contains(&word(head)) || (word(head) == "match" && ends_colon(head));
    if !compound {
        return Status::Complete;
    }
    let last_line = src[..src.len() - 1]
        .rfind('\n')
        .map_or(src, |i| &src[i + 1..]);
    if last_line == "\n" || last_line == "\r\n" {
        return Status::Complete;
    }
    let n = lines.len();
    if n > 1 {
        let (prev, last) = (&lines[n - 2], &lines[n - 1]);
        let follows = ends_colon(prev) || word(prev) == "@";
        if last.indent == 0 && !follows && !CONTINUATIONS.contains(&word(last)) {
            // The parser's own error when the lines are wrong as a file
            // too (`try:` without `except`), else CPython's interactive
            // "invalid syntax" at the statement.
            let err = crate::parse::parse_interactive(src).err();
            return Status::Invalid(err.map_or_else(|| invalid_at(src, last), interactive_error));
        }
    }
    parsed(src)
}

/// How parsing the text typed so far goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Parse {
    Ok,
    /// It fails only at the very end: more lines could finish it.
    EndsEarly,
    /// It fails before the end: a mistake no later line can mend.
    Wrong,
}

/// Parses `src` as a module and tells a finished mistake from input that
/// merely stops early. rustpython's own error position decides (the end
/// of the text, or before it), not the CPython-style error built from it.
pub fn parse_state(src: &str) -> Parse {
    // Trailing lines of spaces and comments end nothing.
    let mut end = src.len();
    while let Some(nl) = src[..end.saturating_sub(1)].rfind('\n') {
        if !is_blank(&src[nl + 1..end]) {
            break;
        }
        end = nl + 1;
    }
    let src = &src[..end];
    match rustpython_parser::parse(src, rustpython_parser::Mode::Module, "<stdin>") {
        Ok(_) => Parse::Ok,
        Err(e) if e.offset.to_usize() >= src.len() => Parse::EndsEarly,
        Err(_) => Parse::Wrong,
    }
}

/// Incomplete unless the text holds a mistake, reported as CPython would.
fn parsed(src: &str) -> Status {
    if parse_state(src) != Parse::Wrong {
        return Status::Incomplete;
    }
    match crate::parse::parse_interactive(src) {
        Err(e) => Status::Invalid(interactive_error(e)),
        Ok(_) => Status::Incomplete,
    }
}

/// CPython's error for a statement that starts at column 0 before the
/// compound statement above it was ended by a blank line.
fn invalid_at(src: &str, l: &Logical) -> SyntaxErrorInfo {
    let r = l.first.clone().unwrap_or(l.start..l.start);
    let line_text = src[l.start..].lines().next().unwrap_or("");
    let col = src[l.start..r.start].chars().count() + 1;
    let end = col + src[r].chars().count();
    SyntaxErrorInfo {
        compiler: false,
        tokenizer: false,
        kind: SyntaxKind::SyntaxError,
        msg: "invalid syntax".to_string(),
        lineno: l.first_line,
        offset: Some(col),
        end_lineno: Some(l.first_line),
        end_offset: Some(end),
        text: Some(line_text.to_string()),
    }
}

/// CPython's interactive tokenizer keeps the newline of an empty line as
/// the error text, so errors there get a caret at column 1 where a
/// script's show none.
pub fn interactive_error(mut e: SyntaxErrorInfo) -> SyntaxErrorInfo {
    if e.offset == Some(0) && e.text.as_deref().is_some_and(|t| t.trim().is_empty()) {
        e.offset = Some(1);
    }
    e
}

/// Highlighting pieces for a line editor.
pub fn highlight(src: &str) -> Vec<Piece> {
    lex(src).0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(src: &str) -> Status {
        interactive_status(src)
    }

    #[test]
    fn simple_statements_complete_at_newline() {
        assert_eq!(status("x = 1\n"), Status::Complete);
        assert_eq!(status("   \n"), Status::Complete);
        assert_eq!(status("# hi\n"), Status::Complete);
        assert_eq!(status("1+1"), Status::Incomplete);
    }

    #[test]
    fn open_brackets_strings_and_backslashes_continue() {
        assert_eq!(status("x = (1,\n"), Status::Incomplete);
        assert_eq!(status("x = '''a\n"), Status::Incomplete);
        assert_eq!(status("x = 1 + \\\n"), Status::Incomplete);
        assert_eq!(status("x = [1,\n2]\n"), Status::Complete);
        assert_eq!(status("s = 'a\\\n"), Status::Incomplete);
    }

    #[test]
    fn compound_statements_end_at_a_blank_line() {
        assert_eq!(status("for i in x:\n"), Status::Incomplete);
        assert_eq!(status("for i in x:\n  print(i)\n"), Status::Incomplete);
        assert_eq!(status("for i in x:\n  print(i)\n\n"), Status::Complete);
        assert_eq!(status("if x: pass\n"), Status::Incomplete);
        assert_eq!(status("@dec\n"), Status::Incomplete);
        assert_eq!(status("if x:\n  pass\nelse:\n"), Status::Incomplete);
        assert_eq!(status("try:\n  pass\n"), Status::Incomplete);
        assert_eq!(status("def f():\n  # c\n\n"), Status::Complete);
        assert_eq!(status("def f():\n  # c\n  \n"), Status::Incomplete);
        assert_eq!(status("class A:\n  def f(self):\n"), Status::Incomplete);
        assert_eq!(status("if x:\n  if y:\n"), Status::Incomplete);
        assert!(matches!(
            status("for x in y:\n    x = 1 +\n"),
            Status::Invalid(_)
        ));
        assert!(matches!(
            status("for x in y:\nprint(x)\n"),
            Status::Invalid(_)
        ));
        assert!(matches!(status("print(1 2,\n"), Status::Invalid(_)));
    }

    #[test]
    fn a_dedent_without_blank_line_is_invalid() {
        let Status::Invalid(e) = status("for i in x:\n  pass\nprint(1)\n") else {
            panic!()
        };
        assert_eq!((e.lineno, e.offset, e.end_offset), (3, Some(1), Some(6)));
        assert_eq!(e.msg, "invalid syntax");
    }

    #[test]
    fn lexing_never_fails() {
        for src in ["'", "\"\"\"", "$?`", "x = )", "\\", "f'{'", "0x_", "é = 1"] {
            let (pieces, _) = lex(src);
            assert_eq!(pieces.last().map_or(0, |p| p.range.end), src.len());
        }
    }
}
