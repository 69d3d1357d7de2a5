//! Parsing, with the syntax errors CPython 3.11 would report.
//!
//! rustpython-parser builds the AST. When it fails (or accepts something
//! CPython rejects), its message and position are replaced by CPython's,
//! which come from these places in CPython:
//! - the tokenizer, modelled by `tokens`. Its errors are raised when the
//!   parser reads the offending token, and most also when CPython tokenizes
//!   the rest of the file after a parser error, so they usually win;
//! - the parser's first pass, which fails at the farthest token it read
//!   ("invalid syntax" there, or the error of a forced token such as `':'`),
//!   and builds string literals' values as it goes;
//! - its second pass, whose `invalid_*` grammar rules give the specialised
//!   messages. [`Cx::second_pass`] models the common ones, using [`Skim`], a
//!   recognizer for CPython's expression grammar on CPython's tokens.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use rustpython_parser::ast::{self, Ranged};
use rustpython_parser::lexer::LexicalErrorType;
use rustpython_parser::text_size::TextSize;
use rustpython_parser::{FStringErrorType, Mode, ParseErrorType, Tok};

use crate::error::{SyntaxErrorInfo, SyntaxKind};
use crate::tokens::{
    self, never_closed, Bracket, RawLoc, Source, Stop, TokKind, Token, MSG_INVALID_SYNTAX,
    MSG_TOO_DEEP,
};

/// Expressions nested deeper than this (operators, not brackets: CPython's
/// tokenizer caps those at 200) are refused before parsing, so that nothing
/// recursing over the AST can overflow the stack. CPython itself gives up
/// around 3000 with a RecursionError or MemoryError.
const MAX_NESTING: usize = 3000;

/// `RecursionError: maximum recursion depth exceeded during compilation`
const MSG_COMPILE_RECURSION: &str = "maximum recursion depth exceeded during compilation";

/// Parses a module, failing with the error CPython 3.11 would raise.
///
/// `source` is the decoded file, BOM included if it has one; offsets in the
/// AST are byte offsets into `source`.
pub fn parse_module(source: &str) -> Result<ast::Suite, SyntaxErrorInfo> {
    parse_module_warnings(source).map(|(suite, _)| suite)
}

/// [`parse_module`], with the tokenizer's `SyntaxWarning`s.
pub fn parse_module_warnings(
    source: &str,
) -> Result<(ast::Suite, Vec<crate::ir::CompileWarning>), SyntaxErrorInfo> {
    parse_source(source, false, false)
}

/// Where CPython's eval-mode parser (`expressions NEWLINE* ENDMARKER`)
/// stops on input that the module parser rejects: at the token after the
/// longest expression, when the expression itself is sound (its parsing
/// read nothing past that token, and it parses alone).
pub fn eval_failure(source: &str) -> Option<SyntaxErrorInfo> {
    let mut src = Source::new(source);
    src.encoding_declared = true;
    src.string = true;
    let scan = tokens::tokenize(&src);
    let cx = Cx::new(&src, &scan);
    let skim = Skim::new(&cx);
    // `expressions`: no starred items, unlike a statement's.
    let mut t = 0;
    while let Some((e, _)) = skim.expression(t) {
        t = e;
        if !skim.at(t, ",") {
            break;
        }
        t += 1;
    }
    if skim.far.get() > t
        || t >= cx.toks.len()
        || matches!(cx.kind(t), Some(TokKind::Newline | TokKind::EndMarker))
    {
        return None;
    }
    if t > 0 {
        let prefix = src.text.get(..cx.toks[t].start)?;
        rustpython_parser::parse(prefix, Mode::Expression, "<string>").ok()?;
    }
    Some(cx.finish(cx.invalid_syntax(t), true))
}

/// [`parse_module_warnings`]; `string` for source given as a string,
/// whose columns CPython's parser reports in characters rather than bytes.
pub fn parse_warnings(
    source: &str,
    string: bool,
) -> Result<(ast::Suite, Vec<crate::ir::CompileWarning>), SyntaxErrorInfo> {
    parse_source(source, false, string)
}

/// [`parse_module`] for the lines an interactive session has read: after
/// a parser error CPython does not read on, so no bracket left open or
/// later tokenizer error replaces it.
pub fn parse_interactive(source: &str) -> Result<ast::Suite, SyntaxErrorInfo> {
    parse_source(source, true, true).map(|(suite, _)| suite)
}

fn parse_source(
    source: &str,
    interactive: bool,
    string: bool,
) -> Result<(ast::Suite, Vec<crate::ir::CompileWarning>), SyntaxErrorInfo> {
    let mut src = Source::new(source);
    // A string's tokenizer has an encoding, as a file's has with a
    // coding declaration.
    src.encoding_declared |= string;
    src.string = string;
    let scan = tokens::tokenize(&src);
    let mut cx = Cx::new(&src, &scan);
    cx.interactive = interactive;
    if let Some(mut err) = cx.too_deep() {
        // CPython's compiler gives up on such depth with a RecursionError
        // that has no location.
        err.kind = SyntaxKind::RecursionError;
        err.msg = MSG_COMPILE_RECURSION.to_string();
        return Err(err);
    }
    if let Stop::Raised(err) = &scan.stop {
        if err.msg == MSG_TOO_DEEP {
            return Err(err.clone());
        }
    }
    // What follows a tokenizer error cannot matter, and was not checked by
    // `too_deep`.
    let end = match &scan.stop {
        Stop::Raised(err) => src.original_line_end(err.lineno),
        Stop::Deferred(d) => src.original_line_end(d.loc.line),
        _ => source.len(),
    };
    match cx.rustpython(end) {
        Ok(body) => match cx.accepted(&body) {
            Some(err) => Err(err),
            None => Ok((body, scan.warnings.clone())),
        },
        Err(err) => Err(cx.parser_error(&err.error, src.normalized_offset(err.offset.to_usize()))),
    }
}

/// The error model's view of the file: the source and CPython's tokens.
struct Cx<'a> {
    src: &'a Source<'a>,
    toks: &'a [Token],
    stop: &'a Stop,
    tab_indents: &'a [(usize, usize)],
    /// For each opening bracket, the index of its closing one.
    closer: Vec<Option<usize>>,
    /// Parsing an interactive session's input (see [`parse_interactive`]).
    interactive: bool,
}

/// A parser error, with what decides whether an unclosed bracket overrides it.
struct Failure {
    err: SyntaxErrorInfo,
    /// Line of the farthest token CPython's parser read.
    last_line: usize,
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// Whether `name` is one of Python's (hard) keywords (`keyword.iskeyword`).
pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

const MSG_COMMA: &str = "invalid syntax. Perhaps you forgot a comma?";
const MSG_NON_DEFAULT: &str = "non-default argument follows default argument";
const MSG_BARE_STAR: &str = "named arguments must follow bare *";
const MSG_EXPECTED_PAREN: &str = "expected '('";
const MSG_YIELD_TARGET: &str = "assignment to yield expression not possible";
const MSG_UNKNOWN_NAME: &str = "unknown Unicode character name";
const MSG_EQUALS: &str = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
const MSG_EXPECTED_COLON: &str = "expected ':'";
const MSG_PATTERN_ORDER: &str = "positional patterns follow keyword patterns";
const MSG_UNDERSCORE_TARGET: &str = "cannot use '_' as a target";

impl<'a> Cx<'a> {
    fn new(src: &'a Source<'a>, scan: &'a tokens::Scan) -> Self {
        let toks = &scan.tokens;
        let mut closer = vec![None; toks.len()];
        let mut open = Vec::new();
        for (i, t) in toks.iter().enumerate() {
            match src.text.as_bytes().get(t.start) {
                Some(b'(' | b'[' | b'{') if t.kind == TokKind::Op => open.push(i),
                Some(b')' | b']' | b'}') if t.kind == TokKind::Op => {
                    if let Some(o) = open.pop() {
                        closer[o] = Some(i);
                    }
                }
                _ => {}
            }
        }
        Cx {
            src,
            toks,
            stop: &scan.stop,
            tab_indents: &scan.tab_indents,
            closer,
            interactive: false,
        }
    }

    /// rustpython-parser on the first `end` bytes of the source.
    fn rustpython(&self, end: usize) -> Result<ast::Suite, rustpython_parser::ParseError> {
        let input = self.src.rustpython_input(end, self.tab_indents);
        let body = input.strip_prefix('\u{feff}').unwrap_or(&input);
        let start = TextSize::try_from(end - body.len()).unwrap_or_default();
        match rustpython_parser::parse_starts_at(body, Mode::Module, "<string>", start)? {
            ast::Mod::Module(module) => Ok(module.body),
            _ => Ok(Vec::new()),
        }
    }

    fn text(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .map_or("", |t| &self.src.text[t.start..t.end.max(t.start)])
    }

    /// Whether token `i` is the operator or keyword `s`.
    fn is(&self, i: usize, s: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| matches!(t.kind, TokKind::Op | TokKind::Name))
            && self.text(i) == s
    }

    /// Whether the token before `i` is `s`.
    fn is_before(&self, i: usize, s: &str) -> bool {
        i > 0 && self.is(i - 1, s)
    }

    fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    fn is_name(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Name) && !KEYWORDS.contains(&self.text(i))
    }

    /// Index of the token starting at normalised byte `offset`: not the
    /// INDENT and DEDENT tokens there (ours start where the next token does),
    /// and a NEWLINE token starts at the comment before it, where
    /// rustpython's does not.
    fn token_at(&self, offset: usize) -> usize {
        let mut i = self.toks.partition_point(|t| t.start < offset);
        match i.checked_sub(1).map(|p| &self.toks[p]) {
            Some(t) if t.kind == TokKind::Newline && t.end >= offset => i - 1,
            _ => {
                while matches!(self.kind(i), Some(TokKind::Indent | TokKind::Dedent)) {
                    i += 1;
                }
                i
            }
        }
    }

    /// rustpython-parser accepted the file: CPython may still reject it.
    fn accepted(&self, body: &[ast::Stmt]) -> Option<SyntaxErrorInfo> {
        if let Some((after, err)) = self.string_error(false, self.toks.len(), false) {
            return Some(self.finish(self.failure(err, after), true));
        }
        match self.stop {
            Stop::Deferred(d) => Some(self.known_location(d.kind, &d.msg, d.loc)),
            Stop::Unclosed(b) => Some(self.unclosed(*b)),
            Stop::Raised(err) => Some(err.clone()),
            Stop::End => self.check_module(body),
        }
    }

    /// rustpython-parser failed at normalised byte `offset`.
    fn parser_error(&self, error: &ParseErrorType, offset: usize) -> SyntaxErrorInfo {
        let t = self.failing_token(error, offset);
        let lexical = matches!(error, ParseErrorType::Lexical(_));
        if let Some((after, err)) = self.string_error(lexical, t, true) {
            return self.finish(self.failure(err, after), true);
        }
        // The parser read up to `t`: an error the tokenizer hit before that
        // is what CPython reports.
        let confused = self.expected_indent(t);
        if t >= self.toks.len()
            || ((lexical || *error == ParseErrorType::Eof) && t + 1 >= self.toks.len())
            || confused
        {
            match self.stop {
                Stop::Deferred(d) => return self.known_location(d.kind, &d.msg, d.loc),
                Stop::Unclosed(b) => return self.unclosed(*b),
                Stop::Raised(err) => return err.clone(),
                Stop::End => {}
            }
        }
        let t = self.cpython_failing_token(t.min(self.toks.len().saturating_sub(1)));
        if let Some(err) = self.earlier_invalid_target(t) {
            return err;
        }
        if let Some(failure) = self
            .first_pass_error(error, t)
            .or_else(|| self.second_pass(t))
        {
            return self.finish(failure, true);
        }
        let generic = self.invalid_syntax(t);
        // Unexpected indents are reported without looking further.
        let scanned = !matches!(self.kind(t), Some(TokKind::Indent | TokKind::Dedent));
        self.finish(generic, scanned)
    }

    /// The error CPython ends with, given the parser's: after a parser
    /// error (`scanned`) CPython tokenizes the rest of the file, and reports
    /// a tokenizer error found there instead, or a bracket left open since a
    /// line before the last one the parser read.
    fn finish(&self, failure: Failure, scanned: bool) -> SyntaxErrorInfo {
        let scanned = scanned && !self.interactive;
        let open = match self.stop {
            Stop::Raised(err) if scanned => return err.clone(),
            Stop::Unclosed(b) => Some(*b),
            // The scan stops at this error, checking for open brackets too.
            Stop::Deferred(d) => d.open,
            _ => None,
        };
        match open {
            Some(b) if scanned && b.line < failure.last_line => self.unclosed(b),
            _ => failure.err,
        }
    }

    /// Index of our token at rustpython's error.
    fn failing_token(&self, error: &ParseErrorType, offset: usize) -> usize {
        let mut t = self.token_at(offset);
        match error {
            ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) => {
                // rustpython reports most of these one past the character.
                let at = self.token_at(offset.saturating_sub(usize::from(*tok != '!')));
                if self.text(at).starts_with(*tok) {
                    t = at;
                }
            }
            ParseErrorType::Lexical(
                LexicalErrorType::FStringError(_)
                | LexicalErrorType::UnicodeError
                | LexicalErrorType::OtherError(_),
            ) => {
                t = self
                    .toks
                    .iter()
                    .rposition(|tok| tok.start <= offset)
                    .unwrap_or(0)
            }
            // Our INDENT and DEDENT tokens start where the next token does.
            ParseErrorType::UnrecognizedToken(Tok::Indent | Tok::Dedent, _) => {
                while t > 0 && matches!(self.kind(t - 1), Some(TokKind::Indent | TokKind::Dedent)) {
                    t -= 1;
                }
            }
            _ => {}
        }
        t
    }

    /// Where CPython's first pass stops, from where rustpython's did.
    fn cpython_failing_token(&self, mut t: usize) -> usize {
        if self.kind(t) == Some(TokKind::Indent)
            && t >= 2
            && self.is(t - 2, ":")
            && self.is(self.stmt_start(t - 2), "match")
        {
            // CPython's match statement takes the INDENT and fails on the
            // first token of what should be a case block.
            t += 1;
        }
        let s = self.stmt_start(t);
        let after_header =
            t >= 2 && self.kind(t - 1) == Some(TokKind::Newline) && self.is(t - 2, ":");
        if s == t
            && self.is(t, "case")
            && !after_header
            && !matches!(self.kind(t + 1), Some(TokKind::Newline))
        {
            // rustpython stops at a soft keyword `case` it cannot take;
            // CPython reads it as a name (or a case with no pattern) and
            // stops at the next token.
            return t + 1;
        }
        if let Some(ne) = (s..t).find(|&i| self.is(i, "<>")) {
            // rustpython reads `<>` as `<` `>`; to CPython it is a token.
            t = ne;
        }
        if let Some(f) = (s..t).rev().find(|&i| self.is(i, "for")) {
            // CPython parses a `for` target as targets, where rustpython
            // takes any expression.
            let end = Skim::new(self)
                .star_targets(f + 1)
                .map_or(f + 1, |(e, _)| e);
            if end < t && !self.is(end, "in") {
                t = end;
            }
        }
        let annotation = t > s + 1
            && self.is(t - 1, ":")
            && self.toks[t - 1].level == 0
            && self.header_colon(s).is_none();
        if annotation {
            // Only a single target can be annotated: CPython stops at the
            // colon after anything else.
            if let Some((end, kind)) = Skim::new(self).star_expressions(s) {
                if end == t - 1 && !matches!(kind, Expr::Name | Expr::Attribute | Expr::Subscript) {
                    t -= 1;
                }
            }
        }
        t
    }

    /// rustpython accepts some targets that CPython rejects (`f() = 1`); one
    /// in the statements before the failure point is what CPython reports.
    fn earlier_invalid_target(&self, t: usize) -> Option<SyntaxErrorInfo> {
        let head = (0..=t).rev().find(|&i| {
            i == 0
                || matches!(
                    self.kind(i - 1),
                    Some(TokKind::Newline | TokKind::Indent | TokKind::Dedent)
                )
        })?;
        let line = self.toks.get(head)?.line;
        if line <= 1 {
            return None;
        }
        let body = self.rustpython(self.src.original_line_end(line - 1)).ok()?;
        let err = self.check_module(&body)?;
        Some(self.finish(self.failure(err, head), true))
    }

    /// Whether token `t` is an INDENT where CPython expects one, which
    /// rustpython's lexer may disagree with.
    fn expected_indent(&self, t: usize) -> bool {
        self.kind(t) == Some(TokKind::Indent)
            && t >= 2
            && self.kind(t - 1) == Some(TokKind::Newline)
            && self.is(t - 2, ":")
            && !self.is(self.stmt_start(t - 2), "match")
    }

    /// The first string literal CPython fails to build, if the parser gets
    /// to it: a literal's value is built once the parser has read the token
    /// after it, so only groups before token `t` (or at it, when rustpython
    /// failed on it) count. `compile` says whether f-string expressions need
    /// checking (rustpython has checked them when it accepted the file).
    /// Returns where the error is reported, with the error.
    fn string_error(
        &self,
        at_t: bool,
        t: usize,
        compile: bool,
    ) -> Option<(usize, SyntaxErrorInfo)> {
        let mut i = 0;
        while i < self.toks.len() && (i < t || (at_t && i == t)) {
            if self.kind(i) != Some(TokKind::String) {
                i += 1;
                continue;
            }
            let after = self.strings_end(i);
            match self.concatenate_strings(i, after, compile) {
                None => i = after,
                Some(LiteralError::Located(err)) => return Some((after, err)),
                // Raised once the parser has read the token after the strings.
                Some(LiteralError::AfterGroup(_)) if after >= self.toks.len() => return None,
                Some(LiteralError::AfterGroup(msg)) => {
                    return Some((after, self.at_current(SyntaxKind::SyntaxError, &msg, after)))
                }
            }
        }
        None
    }

    /// `_PyPegen_concatenate_strings` for the string tokens `first..after`.
    fn concatenate_strings(
        &self,
        first: usize,
        after: usize,
        compile: bool,
    ) -> Option<LiteralError> {
        let mut bytes_group = None;
        for j in first..after {
            let lit = self.text(j);
            let (prefix, body) = split_literal(lit);
            let bytes = prefix.contains(['b', 'B']);
            let raw = prefix.contains(['r', 'R']);
            let fstring = prefix.contains(['f', 'F']);
            if bytes && !lit.is_ascii() {
                let msg = "bytes can only contain ASCII literal characters";
                return Some(LiteralError::Located(self.at_range(msg, j, j + 1)));
            }
            let decoded = match (raw || fstring, bytes) {
                (true, _) => None,
                (false, true) => bytes_escape_error(body),
                (false, false) => unicode_escape_error(body),
            };
            if let Some(msg) = decoded {
                return Some(LiteralError::AfterGroup(msg));
            }
            if bytes_group.is_some_and(|b| b != bytes) {
                return Some(LiteralError::AfterGroup(
                    "cannot mix bytes and nonbytes literals".to_string(),
                ));
            }
            bytes_group = Some(bytes);
            if fstring {
                let f = FString {
                    cx: self,
                    tok: j,
                    body,
                    raw,
                    compile,
                };
                if let Some(err) = f.parse(&mut 0, 0) {
                    return Some(err);
                }
            }
        }
        None
    }

    /// `_Pypegen_set_syntax_error`'s generic errors at the farthest token.
    fn invalid_syntax(&self, t: usize) -> Failure {
        let err = match self.kind(t) {
            Some(TokKind::Indent) => {
                self.at_current(SyntaxKind::IndentationError, "unexpected indent", t)
            }
            Some(TokKind::Dedent) => {
                self.at_current(SyntaxKind::IndentationError, "unexpected unindent", t)
            }
            _ => self.at_range(MSG_INVALID_SYNTAX, t, t + 1),
        };
        self.failure(err, t)
    }

    fn failure(&self, err: SyntaxErrorInfo, last: usize) -> Failure {
        let last_line = self.toks.get(last).map_or(err.lineno, |t| t.line);
        Failure { err, last_line }
    }

    /// Errors CPython raises while building the AST in its first pass, and
    /// those rustpython reports as lexical errors.
    fn first_pass_error(&self, error: &ParseErrorType, t: usize) -> Option<Failure> {
        let ParseErrorType::Lexical(lexical) = error else {
            return self.forced_token(t);
        };
        let err = match lexical {
            LexicalErrorType::DefaultArgumentError if self.is_name(t) => {
                // A lambda's `y: x` is its body, not an annotation.
                let end = if self.in_def_parameters(t) {
                    self.parameter_end(t)
                } else {
                    t + 1
                };
                self.at_range(MSG_NON_DEFAULT, t, end)
            }
            // CPython's symbol table, not its parser, finds this one.
            LexicalErrorType::DuplicateArgumentError(name) => SyntaxErrorInfo {
                compiler: true,
                tokenizer: false,
                ..self.at_range(
                    &format!("duplicate argument '{name}' in function definition"),
                    t,
                    t + 1,
                )
            },
            LexicalErrorType::PositionalArgumentError => return Some(self.positional_argument(t)),
            LexicalErrorType::UnpackedArgumentError => self.at_range(
                "iterable argument unpacking follows keyword argument unpacking",
                t,
                t + 1,
            ),
            LexicalErrorType::DuplicateKeywordArgumentError(name) => {
                let end = Skim::new(self).expression(t + 2).map_or(t + 3, |(e, _)| e);
                self.at_range(&format!("keyword argument repeated: {name}"), t, end)
            }
            LexicalErrorType::FStringError(e) => return self.literal_error(t, &fstring_message(e)),
            LexicalErrorType::UnicodeError => {
                let msg = unicode_escape_message(0, 0, MSG_UNKNOWN_NAME);
                let msg = self.unknown_name(t).unwrap_or(msg);
                return self.literal_error(t, &msg);
            }
            LexicalErrorType::OtherError(msg) => return self.literal_error(t, msg),
            _ => return None,
        };
        Some(self.failure(err, t))
    }

    /// An error in a string literal's contents, which CPython reports at the
    /// token after the (concatenated) strings.
    fn literal_error(&self, t: usize, msg: &str) -> Option<Failure> {
        let start = (0..=t)
            .rev()
            .find(|&i| self.kind(i) == Some(TokKind::String))?;
        let after = self.strings_end(start);
        let err = self.at_current(SyntaxKind::SyntaxError, msg, after.min(self.toks.len() - 1));
        Some(self.failure(err, after))
    }

    /// rustpython rejected a `\N{...}` escape around token `t`; CPython names
    /// the first with a non-empty name.
    fn unknown_name(&self, t: usize) -> Option<String> {
        let start = (0..=t)
            .rev()
            .find(|&i| self.kind(i) == Some(TokKind::String))?;
        let start = (0..=start)
            .rev()
            .take_while(|&i| self.kind(i) == Some(TokKind::String))
            .last()?;
        (start..self.strings_end(start)).find_map(|j| {
            let (prefix, body) = split_literal(self.text(j));
            if prefix.contains(['r', 'R', 'b', 'B']) {
                return None;
            }
            let mut escaped = false;
            body.char_indices().find_map(|(i, c)| {
                let found = !escaped && c == '\\' && body[i + 1..].starts_with("N{");
                escaped = !escaped && c == '\\';
                let close = i + body[i..].find('}')?;
                (found && close > i + 3).then(|| {
                    let end = escaped_len(&body[..close + 1]);
                    unicode_escape_message(escaped_len(&body[..i]), end, MSG_UNKNOWN_NAME)
                })
            })
        })
    }

    fn strings_end(&self, t: usize) -> usize {
        (t..self.toks.len())
            .find(|&i| self.kind(i) != Some(TokKind::String))
            .unwrap_or(self.toks.len())
    }

    /// End of the parameter starting at `t` (its annotation included).
    /// Whether `t` is inside a `def`'s parentheses (else a lambda's list).
    fn in_def_parameters(&self, t: usize) -> bool {
        let open = (0..t)
            .rev()
            .find(|&i| self.closer[i].is_some_and(|c| c > t));
        open.is_some_and(|o| self.is(o, "(") && o >= 2 && self.is(o - 2, "def"))
    }

    fn parameter_end(&self, t: usize) -> usize {
        if self.is(t + 1, ":") {
            if let Some((end, _)) = Skim::new(self).expression(t + 2) {
                return end;
            }
        }
        t + 1
    }

    /// `_PyPegen_arguments_parsing_error`, raised when the parser has read
    /// the token after the arguments.
    fn positional_argument(&self, t: usize) -> Failure {
        let open = (0..t)
            .rev()
            .find(|&i| self.closer[i].is_some_and(|c| c > t))
            .unwrap_or(0);
        let close = self.closer[open].unwrap_or(t);
        // `invalid_arguments`' `args ',' expression for_if_clauses` comes
        // first: a later argument that is a bare generator.
        let skim = Skim::new(self);
        if let Some(level) = self.toks.get(open + 1).map(|tok| tok.level) {
            for i in (open + 2..close).filter(|&i| self.starts_item(i, level, &[","])) {
                let Some((e, _)) = skim.expression(i) else {
                    continue;
                };
                if self.is(e, "for") || (self.is(e, "async") && self.is(e + 1, "for")) {
                    if let Some(end) = skim.for_if_clauses(e) {
                        let msg = "Generator expression must be parenthesized";
                        return self.failure(self.at_range(msg, i, end), close);
                    }
                }
            }
        }
        let unpacking =
            (open + 1..t).any(|i| self.is(i, "**") && self.toks[i].level == self.toks[open].level);
        let msg = if unpacking {
            "positional argument follows keyword argument unpacking"
        } else {
            "positional argument follows keyword argument"
        };
        self.failure(self.at_range(msg, close, close + 1), close)
    }

    /// Forced tokens (`&&':'` in the grammar) fail in the first pass with
    /// "expected ..." at the token found instead.
    fn forced_token(&self, t: usize) -> Option<Failure> {
        let s = self.stmt_start(t);
        let (msg, at) = if t == s + 1 && ["else", "try", "finally"].iter().any(|k| self.is(s, k)) {
            (MSG_EXPECTED_COLON, t)
        } else {
            let def = s + usize::from(self.is(s, "async"));
            if !self.is(def, "def") || !self.is_name(def + 1) || t < def + 2 {
                return None;
            }
            if !self.is(def + 2, "(") {
                (MSG_EXPECTED_PAREN, def + 2)
            } else {
                let close = self.closer.get(def + 2).copied().flatten()?;
                // Without an expression, `-> ...` is not a return annotation.
                let annotation = self
                    .is(close + 1, "->")
                    .then(|| Skim::new(self).expression(close + 2))
                    .flatten();
                let after = annotation.map_or(close + 1, |(end, _)| end);
                if t < after || self.is(after, ":") {
                    return None;
                }
                (MSG_EXPECTED_COLON, after)
            }
        };
        Some(self.failure(self.at_range(msg, at, at + 1), at))
    }

    /// First token of the simple statement or compound statement header
    /// containing token `t`.
    fn stmt_start(&self, t: usize) -> usize {
        let mut i = t.min(self.toks.len());
        while i > 0 {
            let prev = &self.toks[i - 1];
            let boundary = matches!(
                prev.kind,
                TokKind::Newline | TokKind::Indent | TokKind::Dedent
            ) || (prev.level == 0 && self.is_before(i, ";"));
            if boundary {
                break;
            }
            i -= 1;
        }
        // A body on the header's line starts after the header's colon.
        let header_end = self.header_colon(i).filter(|&c| c < t);
        header_end.map_or(i, |c| c + 1)
    }

    /// For a compound statement starting at `s`, the index of the colon
    /// ending its header.
    fn header_colon(&self, s: usize) -> Option<usize> {
        let first = s + usize::from(self.is(s, "async"));
        const COMPOUND: &[&str] = &[
            "if", "elif", "else", "while", "for", "with", "def", "class", "try", "except",
            "finally",
        ];
        let soft = (self.is(s, "match") || self.is(s, "case"))
            && !self.is(s + 1, "=")
            && !self.is(s + 1, ".");
        if !COMPOUND.iter().any(|k| self.is(first, k)) && !soft {
            return None;
        }
        let mut i = first + 1;
        let mut lambdas = 0usize;
        while let Some(t) = self.toks.get(i) {
            match t.kind {
                TokKind::Newline | TokKind::EndMarker => return None,
                _ if t.level == 0 && self.is(i, "lambda") => lambdas += 1,
                _ if t.level == 0 && self.is(i, ":") => {
                    if lambdas == 0 {
                        return Some(i);
                    }
                    lambdas -= 1;
                }
                _ => {}
            }
            i += 1;
        }
        None
    }

    /// The specialised errors of CPython's second pass.
    fn second_pass(&self, t: usize) -> Option<Failure> {
        if let Some(f) = self.indented_block(t) {
            return Some(f);
        }
        if let Stop::Unclosed(b) = self.stop {
            // A name or literal followed by the bracket: CPython's second
            // pass reads on into the bracket, to the end of the file.
            let stops = self.is(t + 1, "as") || self.is(t + 2, "as");
            if self.toks[t].line == b.line && self.toks[t].col == Some(b.col) && !stops {
                return Some(self.failure(self.unclosed(*b), self.toks.len()));
            }
        }
        let s = self.stmt_start(t);
        let skim = Skim::new(self);
        let lambda = (s..t)
            .rev()
            .find(|&i| self.is(i, "lambda") && self.toks[i].level <= self.toks[t].level);
        if let Some(err) = lambda.and_then(|l| self.lambda_bare_star(l)) {
            return Some(self.failure(err, t));
        }
        let found = self
            .invalid_parameters(s, t)
            .or_else(|| self.dict_key_colon(&skim, t))
            .or_else(|| self.starred_group(&skim, t))
            .or_else(|| self.missing_comma(&skim, s, t))
            .or_else(|| self.legacy_print(&skim, s, t))
            .or_else(|| self.missing_else(&skim, s, t))
            .or_else(|| self.comprehension_target(&skim, t))
            .or_else(|| self.comprehension_unpacking(&skim, t))
            .or_else(|| self.for_target(&skim, s, t))
            .or_else(|| self.annotated_tuple(&skim, s, t))
            .or_else(|| self.keyword_generator(&skim, t))
            .or_else(|| self.keyword_assignment(&skim, t))
            .or_else(|| self.named_assignment(&skim, s, t))
            .or_else(|| self.walrus_target(&skim, s, t))
            .or_else(|| self.yield_target(&skim, s, t))
            .or_else(|| self.case_pattern(s))
            .or_else(|| self.missing_colon(&skim, s, t))
            .or_else(|| self.except_comma(&skim, s, t))
            .or_else(|| self.bare_except_star(s))
            .or_else(|| self.mixed_except(&skim, s))
            .or_else(|| self.try_without_handler(t))
            .or_else(|| self.trailing_import_comma(s, t));
        // Reading past the end of the file inside brackets raises there.
        if let (Stop::Unclosed(b), true) = (self.stop, skim.far.get() >= self.toks.len()) {
            return Some(self.failure(self.unclosed(*b), self.toks.len()));
        }
        found
    }

    /// `invalid_block` and the `invalid_*_stmt` rules that report a header
    /// not followed by an indented block.
    fn indented_block(&self, t: usize) -> Option<Failure> {
        // The token after the header's NEWLINE may be a DEDENT.
        let mut t = t;
        while t > 0 && self.kind(t - 1) == Some(TokKind::Dedent) {
            t -= 1;
        }
        if t < 2
            || self.kind(t - 1) != Some(TokKind::Newline)
            || !self.is(t - 2, ":")
            || self.kind(t) == Some(TokKind::Indent)
        {
            return None;
        }
        let s = self.stmt_start(t - 2);
        let first = s + usize::from(self.is(s, "async"));
        let what = match self.text(first) {
            "def" => "function definition".to_string(),
            "class" => "class definition".to_string(),
            "except" if self.is(first + 1, "*") => "'except*' statement".to_string(),
            k @ ("if" | "elif" | "else" | "while" | "for" | "with" | "try" | "except"
            | "finally" | "match" | "case") => {
                format!("'{k}' statement")
            }
            _ => return None,
        };
        // The grammar names the condition, not the keyword, for if and elif.
        let line = self.toks[first + usize::from(matches!(self.text(first), "if" | "elif"))].line;
        let msg = format!("expected an indented block after {what} on line {line}");
        Some(self.failure(self.at_current(SyntaxKind::IndentationError, &msg, t), t))
    }

    /// `invalid_lambda_star_etc`: `lambda *: 1`, `lambda *, **k: 1`, for
    /// the lambda at token `l`; CPython reports at the last token it read.
    fn lambda_bare_star(&self, l: usize) -> Option<SyntaxErrorInfo> {
        if !self.is(l, "lambda") {
            return None;
        }
        let level = self.toks[l].level;
        let mut i = l + 1;
        while i < self.toks.len() && !(self.is(i, ":") && self.toks[i].level == level) {
            if self.toks[i].level == level && self.is(i, "*") {
                let at = if self.is(i + 1, ":") {
                    i + 1
                } else if self.is(i + 1, ",") && (self.is(i + 2, ":") || self.is(i + 2, "**")) {
                    i + 2
                } else {
                    return None;
                };
                return Some(self.at_range(MSG_BARE_STAR, at, at + 1));
            }
            if matches!(self.kind(i), Some(TokKind::Newline | TokKind::EndMarker)) {
                return None;
            }
            i += 1;
        }
        None
    }

    /// `invalid_parameters` and its relatives, for an error inside the
    /// parameters of a `def` or a `lambda`.
    fn invalid_parameters(&self, s: usize, t: usize) -> Option<Failure> {
        let def = s + usize::from(self.is(s, "async"));
        let (start, end, lambda) = if self.is(def, "def")
            && self.is(def + 2, "(")
            && self.closer[def + 2].is_none_or(|c| c >= t)
        {
            (def + 3, self.closer[def + 2]?, false)
        } else {
            let l = (s..t)
                .rev()
                .find(|&i| self.is(i, "lambda") && self.toks[i].level <= self.toks[t].level)?;
            let level = self.toks[l].level;
            let colon = (l + 1..self.toks.len())
                .find(|&i| self.is(i, ":") && self.toks[i].level == level)?;
            if colon < t {
                return None;
            }
            (l + 1, colon, true)
        };
        let level = self.toks.get(start.checked_sub(1)?)?.level;
        let mut items = Vec::new();
        let mut i = start;
        while i < end {
            let j = (i..end)
                .find(|&j| self.is(j, ",") && self.toks[j].level == level)
                .unwrap_or(end);
            items.push((i, j));
            i = j + 1;
        }
        let (mut default, mut slash, mut star, mut kwargs) = (false, false, false, false);
        let eq =
            |a: usize, b: usize| (a..b).find(|&j| self.is(j, "=") && self.toks[j].level == level);
        let fail = |msg: &str, a: usize, b: usize| Some(self.failure(self.at_range(msg, a, b), b));
        for (n, &(a, b)) in items.iter().enumerate() {
            if a > t {
                // CPython's rules cannot get past the first-pass failure.
                break;
            }
            if a == b {
                continue;
            }
            if kwargs {
                let end = if self.is_name(a) && !lambda {
                    self.parameter_end(a)
                } else {
                    a + 1
                };
                return fail("arguments cannot follow var-keyword argument", a, end);
            }
            match self.text(a) {
                "/" => {
                    if n == 0 {
                        return fail("at least one argument must precede /", a, a + 1);
                    } else if slash {
                        return fail("/ may appear only once", a, a + 1);
                    } else if star {
                        return fail("/ must be ahead of *", a, a + 1);
                    } else if self.is(a + 1, "*") && b > a + 1 {
                        return fail("expected comma between / and *", a + 1, a + 2);
                    }
                    slash = true;
                }
                "*" => {
                    if star {
                        return fail("* argument may appear only once", a, a + 1);
                    }
                    let bare_end = items
                        .get(n + 1)
                        .is_none_or(|&(c, d)| c == d || self.is(c, "**"));
                    if b == a + 1 && bare_end && !lambda {
                        return fail(MSG_BARE_STAR, a, a + 1);
                    }
                    if let Some(e) = eq(a, b) {
                        return fail(
                            "var-positional argument cannot have default value",
                            e,
                            e + 1,
                        );
                    }
                    star = true;
                }
                "**" => {
                    if let Some(e) = eq(a, b) {
                        return fail("var-keyword argument cannot have default value", e, e + 1);
                    }
                    kwargs = true;
                }
                "(" => {
                    let msg = if lambda {
                        "Lambda expression parameters cannot be parenthesized"
                    } else {
                        "Function parameters cannot be parenthesized"
                    };
                    return fail(msg, a, self.closer[a]? + 1);
                }
                // CPython's rules cannot parse past something else.
                _ if !self.is_name(a) => break,
                _ => match eq(a, b) {
                    // `invalid_default` looks for `)` or `,` after the `=`, never a lambda's `:`.
                    Some(e) if e + 1 == b && !(lambda && b == end) => {
                        return fail("expected default value expression", e, e + 1)
                    }
                    Some(_) => default = true,
                    None if default && !star => {
                        let end = if lambda { a + 1 } else { self.parameter_end(a) };
                        return fail(MSG_NON_DEFAULT, a, end);
                    }
                    None => {}
                },
            }
        }
        None
    }

    /// `invalid_kvpair`: a dictionary key without its colon (after a
    /// complete pair), or a colon without a value.
    fn dict_key_colon(&self, skim: &Skim, t: usize) -> Option<Failure> {
        let open = self.enclosing(t)?;
        if self.is(open, "{") && self.is_before(t, ":") && (self.is(t, ",") || self.is(t, "}")) {
            let msg = "expression expected after dictionary key and ':'";
            return Some(self.failure(self.at_range(msg, t - 1, t), t));
        }
        if self.is(open, "{") && self.is_before(t, ":") && self.is(t, "*") {
            // RAISE_SYNTAX_ERROR_STARTING_FROM: to where the parser is.
            let (end, _) = skim.bitwise_or(t + 1)?;
            // The parser has read the token after the value too.
            let (star, last) = (&self.toks[t], &self.toks[end.min(self.toks.len() - 1)]);
            let loc = RawLoc {
                line: star.line,
                col: star.col.map_or(0, |c| c as i64 + 1),
                end_line: last.line,
                end_col: last.cur_col as i64,
            };
            let msg = "cannot use a starred expression in a dictionary value";
            return Some(self.failure(self.known_location(SyntaxKind::SyntaxError, msg, loc), end));
        }
        // The items before are pairs: `k: v` or `**mapping`.
        if !self.is(open, "{")
            || !(self.is(open + 1, "**")
                || skim
                    .expression(open + 1)
                    .is_some_and(|(e, _)| self.is(e, ":")))
        {
            return None;
        }
        let level = self.toks[open].level;
        // A comprehension's `for` means the items before are no pairs.
        if (open + 1..t).any(|i| self.is(i, "for") && self.toks[i].level == level) {
            return None;
        }
        let key = (open + 1..t)
            .rev()
            .find(|&i| self.starts_item(i, level, &[","]))?;
        let (end, _) = skim.expression(key)?;
        if end != t
            || self.is(t, ":")
            || !(open + 1..key)
                .any(|i| (self.is(i, ":") || self.is(i, "**")) && self.toks[i].level == level)
        {
            return None;
        }
        let last = &self.toks[end - 1];
        let loc = RawLoc {
            line: last.line,
            col: last.end_col.map_or(0, |c| c as i64),
            end_line: last.end_line,
            end_col: 0,
        };
        let err = self.known_location(
            SyntaxKind::SyntaxError,
            "':' expected after dictionary key",
            loc,
        );
        Some(self.failure(err, t))
    }

    /// `invalid_group`: `(*x)`.
    fn starred_group(&self, skim: &Skim, t: usize) -> Option<Failure> {
        let open = self.enclosing(t)?;
        if !self.is(open, "(") || (open > 0 && self.ends_primary(open - 1)) {
            return None;
        }
        let close = self.closer[open]?;
        let (msg, end) = if self.is(open + 1, "*") {
            (
                "cannot use starred expression here",
                skim.bitwise_or(open + 2)?.0,
            )
        } else if self.is(open + 1, "**") && skim.expression(open + 2)?.0 == close {
            ("cannot use double starred expression here", open + 2)
        } else {
            return None;
        };
        if end != close && !self.is(open + 1, "**") {
            return None;
        }
        Some(self.failure(self.at_range(msg, open + 1, end), close))
    }

    /// `invalid_legacy_expression`: `print x`.
    fn legacy_print(&self, skim: &Skim, s: usize, t: usize) -> Option<Failure> {
        let name = t.checked_sub(1)?;
        let legacy = self.is(name, "print") || self.is(name, "exec");
        if !legacy || self.is(t, "(") || !self.expression_start(s, name) || self.in_parameters(name)
        {
            return None;
        }
        let (end, _) = skim.star_expressions(t)?;
        let word = self.text(name);
        let msg = format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?");
        Some(self.failure(self.at_range(&msg, name, end), end))
    }

    /// Whether token `i` starts an `expression` in the grammar.
    fn expression_start(&self, s: usize, i: usize) -> bool {
        i == s
            || [
                "(", "[", "{", ",", "=", ":", "else", "return", "**", "yield", "await", "assert",
                "del",
            ]
            .iter()
            .any(|p| self.is_before(i, p))
    }

    /// `invalid_expression`: two expressions side by side in brackets.
    fn missing_comma(&self, skim: &Skim, s: usize, t: usize) -> Option<Failure> {
        if self.kind(t) == Some(TokKind::Newline) {
            return None;
        }
        // Candidate starts of `a`, in the order CPython's parser reaches them.
        for a in s..t {
            // The rule's lookahead excludes `NAME STRING` and soft keywords.
            let excluded = (self.kind(a) == Some(TokKind::Name)
                && self.kind(a + 1) == Some(TokKind::String))
                || ["match", "case", "_"].contains(&self.text(a))
                || self.in_parameters(a)
                || self.in_for_target(skim, s, a);
            // In a parenthesised `with`, the target after `as` is tried as
            // an expression too (`invalid_with_item`).
            let with_target = self.is_before(a, "as")
                && (self.is(s, "with") || (self.is(s, "async") && self.is(s + 1, "with")));
            if excluded || (a != s && !self.starts_element(a) && !with_target) {
                continue;
            }
            let Some((b, _)) = skim.disjunction(a) else {
                continue;
            };
            if b > t || b == a {
                continue;
            }
            // CPython parses `b` before deciding, even outside brackets.
            let Some((end, _)) = skim.expression_without_invalid(b) else {
                continue;
            };
            let legacy = b == a + 1 && (self.is(a, "print") || self.is(a, "exec"));
            if end <= t || legacy || self.toks.get(end - 1)?.level == 0 {
                continue;
            }
            return Some(self.failure(self.at_range(MSG_COMMA, a, end), end));
        }
        None
    }

    /// Whether token `i` is in the target of a `for` that is followed by
    /// `in`: the grammar does not backtrack from there (`~`), so no rule
    /// parses the target as an expression.
    fn in_for_target(&self, skim: &Skim, s: usize, i: usize) -> bool {
        (s..i).rev().filter(|&f| self.is(f, "for")).any(|f| {
            skim.star_targets(f + 1)
                .is_some_and(|(e, _)| e > i && self.is(e, "in"))
        })
    }

    /// Whether token `i` is in the parameters of a `def` or an import list,
    /// which are not expressions.
    fn in_parameters(&self, i: usize) -> bool {
        let names = ["(", ",", "*", "**"].iter().any(|p| self.is_before(i, p));
        names
            && self.enclosing(i).is_some_and(|open| {
                self.is(open, "(")
                    && (self.is(open.wrapping_sub(2), "def") || self.is_before(open, "import"))
            })
    }

    fn opens(&self, i: usize) -> bool {
        ["(", "[", "{"].iter().any(|b| self.is(i, b))
    }

    /// Whether an element of a bracketed list can start at token `i`.
    fn starts_element(&self, i: usize) -> bool {
        ["(", "[", "{", ",", ":", "=", "else", "**", "for"]
            .iter()
            .any(|p| self.is_before(i, p))
            || self.is_lambda_body(i)
    }

    fn is_lambda_body(&self, i: usize) -> bool {
        self.is_before(i, ":") && {
            let level = self.toks[i - 1].level;
            (0..i - 1)
                .rev()
                .take_while(|&j| self.toks[j].level >= level)
                .any(|j| self.is(j, "lambda") && self.toks[j].level == level)
        }
    }

    /// `invalid_expression`: `a if b` without `else`.
    fn missing_else(&self, skim: &Skim, s: usize, t: usize) -> Option<Failure> {
        if self.is(t, "else") || self.is(t, ":") {
            return None;
        }
        let a = (s..t).find(|&i| {
            self.expression_start(s, i)
                && !self.in_for_target(skim, s, i)
                && skim.disjunction(i).is_some_and(|(e, _)| {
                    self.is(e, "if") && skim.disjunction(e + 1).is_some_and(|(b, _)| b == t)
                })
        })?;
        Some(self.failure(
            self.at_range("expected 'else' after 'if' expression", a, t),
            t,
        ))
    }

    /// The first token of the call argument token `t` stands in (`t` in
    /// the parentheses of a call, not nested deeper).
    fn call_argument_start(&self, t: usize) -> Option<usize> {
        let open = self.enclosing(t)?;
        if !self.is(open, "(") || open == 0 || !self.ends_primary(open - 1) {
            return None;
        }
        let level = self.toks[t].level;
        (open + 1..t)
            .rev()
            .find(|&i| self.starts_item(i, level, &["(", ","]))
    }

    /// `invalid_kwarg`: `f(x.y=1)`, `f(True=1)`.
    fn keyword_assignment(&self, skim: &Skim, t: usize) -> Option<Failure> {
        if !self.is(t, "=") || self.toks[t].level == 0 {
            return None;
        }
        let start = self.call_argument_start(t)?;
        let msg = match self.text(start) {
            k @ ("True" | "False" | "None") if t == start + 1 => format!("cannot assign to {k}"),
            _ if self.is_name(start) && t == start + 1 => return None,
            _ => {
                let (end, _) = skim.expression(start)?;
                if end != t {
                    return None;
                }
                "expression cannot contain assignment, perhaps you meant \"==\"?".to_string()
            }
        };
        let a = self.node_start(skim, start, t);
        Some(self.failure(self.at_range(&msg, a, t + 1), t + 1))
    }

    /// `invalid_ann_assign_target`'s unparenthesised tuple: `x, y: int`,
    /// reported at the first item.
    fn annotated_tuple(&self, skim: &Skim, s: usize, t: usize) -> Option<Failure> {
        if !self.is(t, ":") || self.toks[t].level != 0 || self.header_colon(s).is_some() {
            return None;
        }
        if !(s..t).any(|i| self.is(i, ",") && self.toks[i].level == 0) {
            return None;
        }
        let (all, _) = skim.star_expressions(s)?;
        let (first, _) = skim.expression(s + usize::from(self.is(s, "*")))?;
        if all != t || !self.is(first, ",") {
            return None;
        }
        let msg = "only single target (not tuple) can be annotated";
        Some(self.failure(self.at_range(msg, s, first), t))
    }

    /// `invalid_kwarg`'s `NAME '=' expression for_if_clauses`: a keyword
    /// argument followed by a comprehension (`f(a=1 for a in b)`).
    fn keyword_generator(&self, skim: &Skim, t: usize) -> Option<Failure> {
        if !(self.is(t, "for") || (self.is(t, "async") && self.is(t + 1, "for"))) {
            return None;
        }
        let start = self.call_argument_start(t)?;
        if !self.is_name(start) || !self.is(start + 1, "=") {
            return None;
        }
        let (end, _) = skim.expression(start + 2)?;
        (end == t).then(|| self.failure(self.at_range(MSG_EQUALS, start, start + 2), t))
    }

    /// `invalid_named_expression`: `=` where `==` was meant, in a condition
    /// or a display.
    fn named_assignment(&self, skim: &Skim, s: usize, t: usize) -> Option<Failure> {
        if !self.is(t, "=") {
            return None;
        }
        let condition = ["if", "elif", "while"].iter().any(|k| self.is(s, k));
        let start = if condition {
            s + 1
        } else {
            let level = self.toks[t].level;
            let lo = self.enclosing(t).map_or(s, |open| open + 1);
            (lo..t).find(|&i| {
                (i == s || self.starts_item(i, level, &["(", "[", "{", ","]))
                    && skim.bitwise_or(i).is_some_and(|(e, _)| e == t)
            })?
        };
        let expression_statement = !KEYWORDS.contains(&self.text(s))
            || ["True", "False", "None", "not", "lambda", "await"].contains(&self.text(s));
        if !condition && self.toks[t].level == 0 && (start == s || !expression_statement) {
            // A statement `x = 1 2` is an assignment: no named expression.
            return None;
        }
        let assigns = |k: usize| {
            self.kind(k) == Some(TokKind::Op)
                && self.toks[k].level == 0
                && (self.text(k) == ":" || self.text(k).ends_with('='))
                && !matches!(self.text(k), "==" | "!=" | "<=" | ">=")
        };
        if !condition && self.toks[t].level == 0 && (s..start).any(assigns) {
            // `x += 1, 2 = 3`: the items after an assignment's `=`, `+=`
            // or annotation are not named expressions.
            return None;
        }
        let (a_end, kind) = skim.bitwise_or(start)?;
        if a_end != t {
            return None;
        }
        let (b_end, _) = skim.bitwise_or(t + 1)?;
        if self.is(b_end, "=") || self.is(b_end, ":=") {
            return None;
        }
        if self.is_name(start) && t == start + 1 {
            return Some(self.failure(self.at_range(MSG_EQUALS, start, b_end), b_end));
        }
        if self.not_comparison_start(skim, start) {
            return None;
        }
        let msg = assign_here(kind);
        let a = self.node_start(skim, start, t);
        Some(self.failure(self.at_range(&msg, a, t - (a - start)), b_end))
    }

    /// `invalid_named_expression`: `(x.y := 1)`.
    fn walrus_target(&self, skim: &Skim, s: usize, t: usize) -> Option<Failure> {
        if !self.is(t, ":=") || skim.expression(t + 1).is_none() {
            return None;
        }
        let condition = ["if", "elif", "while"].iter().any(|k| self.is(s, k));
        let (a, kind) = (s..t).find_map(|i| {
            // Where the grammar has a named expression.
            // At a statement's start, anything but a bare name.
            let statement = i == s && s + 1 < t && !condition && !KEYWORDS.contains(&self.text(s));
            let starts = statement
                || (condition && i == s + 1)
                || (["(", "[", "{", ","].iter().any(|p| self.is_before(i, p))
                    && self
                        .enclosing(i)
                        .is_some_and(|o| o == 0 || !self.ends_primary(o - 1))
                    && !self.in_parameters(i));
            match skim.expression(i) {
                Some((end, kind)) if starts && end == t => Some((i, kind)),
                _ => None,
            }
        })?;
        let msg = walrus_with(kind);
        let start = a;
        let a = self.node_start(skim, start, t);
        Some(self.failure(self.at_range(&msg, a, t - (a - start)), t))
    }

    /// `invalid_assignment`: `yield = 1`.
    fn yield_target(&self, skim: &Skim, s: usize, t: usize) -> Option<Failure> {
        let ok = self.is(t, "=")
            && self.is(s, "yield")
            && skim.yield_expr(s).is_some_and(|(e, _)| e == t);
        let msg = MSG_YIELD_TARGET;
        ok.then(|| self.failure(self.at_range(msg, s, t), t))
    }

    /// `invalid_for_target`: a `for` target, not followed by `in`, that
    /// cannot be assigned to.
    fn for_target(&self, skim: &Skim, s: usize, t: usize) -> Option<Failure> {
        let f = (s..t.min(self.toks.len()))
            .rev()
            .find(|&i| self.is(i, "for"))?;
        if skim
            .star_targets(f + 1)
            .is_some_and(|(e, _)| self.is(e, "in"))
        {
            return None;
        }
        let (end, _) = skim.star_expressions(f + 1)?;
        let (a, b, kind) = self.invalid_target_in(skim, f + 1, end)?;
        let msg = format!("cannot assign to {}", kind.name());
        Some(self.failure(self.at_range(&msg, a, b), end))
    }

    /// `_PyPegen_get_invalid_target` for `for` targets, on the comma-separated
    /// expressions in tokens `i..end`: the first part that cannot be assigned
    /// to, as a token range, and its kind.
    fn invalid_target_in(&self, skim: &Skim, i: usize, end: usize) -> Option<(usize, usize, Expr)> {
        let mut j = i;
        while j < end {
            let star = usize::from(self.is(j, "*"));
            let (e, kind) = if star == 1 {
                skim.bitwise_or(j + 1)?
            } else {
                skim.expression(j)?
            };
            if let Some(bad) = self.invalid_target_node(skim, j + star, e, kind) {
                return Some(bad);
            }
            if !self.is(e, ",") {
                break;
            }
            j = e + 1;
        }
        None
    }

    fn invalid_target_node(
        &self,
        skim: &Skim,
        a: usize,
        end: usize,
        kind: Expr,
    ) -> Option<(usize, usize, Expr)> {
        // A group's parentheses are not part of the node.
        let (mut a, mut end) = (a, end);
        while self.is(a, "(")
            && self.closer[a] == Some(end - 1)
            && !matches!(skim.atom(a), Some((_, Expr::Tuple | Expr::GenExp)))
        {
            (a, end) = (a + 1, end - 1);
        }
        match kind {
            Expr::Name | Expr::Attribute | Expr::Subscript => None,
            Expr::Tuple | Expr::List if self.opens(a) && self.closer[a] == Some(end - 1) => {
                self.invalid_target_in(skim, a + 1, end - 1)
            }
            // `x in y` is what the target and `in` of `for x in y` parse as.
            Expr::Comparison => {
                let (left, kind) = skim.bitwise_or(a)?;
                if self.is(left, "in") {
                    self.invalid_target_node(skim, a, left, kind)
                } else {
                    None
                }
            }
            _ => Some((a, end, kind)),
        }
    }

    /// `invalid_comprehension`: `[x, y for x, y in z]`.
    fn comprehension_target(&self, skim: &Skim, t: usize) -> Option<Failure> {
        if !(self.is(t, "for") || self.is(t, "async")) {
            return None;
        }
        let open = self.enclosing(t)?;
        if !(self.is(open, "[") || self.is(open, "{")) || skim.for_if_clauses(t).is_none() {
            return None;
        }
        let (a_end, _) = skim.star_named_expression(open + 1)?;
        if !self.is(a_end, ",") {
            return None;
        }
        let end = if a_end + 1 == t {
            t
        } else {
            let (b_end, _) = skim.star_named_expressions(a_end + 1)?;
            if b_end != t || self.is_before(t, ",") {
                return None;
            }
            b_end
        };
        let msg = "did you forget parentheses around the comprehension target?";
        Some(self.failure(self.at_range(msg, open + 1, end), t))
    }

    /// `invalid_comprehension` and `invalid_dict_comprehension`: a starred
    /// element (`(*a for a in b)`, `{**a for a in b}`).
    fn comprehension_unpacking(&self, skim: &Skim, t: usize) -> Option<Failure> {
        if !self.is(t, "for") || skim.for_if_clauses(t).is_none() {
            return None;
        }
        let open = self.enclosing(t)?;
        if self.is(open, "{") && self.is(open + 1, "**") {
            let (end, _) = skim.bitwise_or(open + 2)?;
            let msg = "dict unpacking cannot be used in dict comprehension";
            return (end == t).then(|| self.failure(self.at_range(msg, open + 1, open + 2), t));
        }
        if self.is(open, "(") && !self.is(open + 1, "*") && open > 0 && self.ends_primary(open - 1)
        {
            return self.starred_generator_argument(skim, open, t);
        }
        if !["(", "[", "{"].iter().any(|b| self.is(open, b)) || !self.is(open + 1, "*") {
            return None;
        }
        let (end, _) = skim.star_named_expression(open + 1)?;
        let msg = "iterable unpacking cannot be used in comprehension";
        (end == t).then(|| self.failure(self.at_range(msg, open + 1, end), t))
    }

    /// `f(x, *a for a in b)`: a starred generator after other arguments
    /// is an unparenthesized generator to CPython, or a misplaced `*`
    /// after `**` unpacking; after a keyword argument, plain invalid syntax.
    fn starred_generator_argument(&self, skim: &Skim, open: usize, t: usize) -> Option<Failure> {
        let level = self.toks.get(open + 1)?.level;
        let item = (open + 1..t)
            .rev()
            .find(|&i| self.starts_item(i, level, &[","]))?;
        if !self.is(item, "*") || skim.star_named_expression(item)?.0 != t {
            return None;
        }
        let starts = |i: usize| i == open + 1 || self.starts_item(i, level, &[","]);
        let earlier = (open + 1..item).filter(|&i| starts(i));
        let mut keyword = false;
        for i in earlier {
            if self.is(i, "**") {
                let msg = "iterable argument unpacking follows keyword argument unpacking";
                return Some(self.failure(self.at_range(msg, item, item + 1), t));
            }
            keyword |= self.is(i + 1, "=");
        }
        if keyword {
            return None;
        }
        let end = skim.for_if_clauses(t)?;
        let msg = "Generator expression must be parenthesized";
        Some(self.failure(self.at_range(msg, item, end), t))
    }

    /// Whether token `i` follows one of `seps` that is directly inside a
    /// bracket whose contents are at `level`.
    fn starts_item(&self, i: usize, level: usize, seps: &[&str]) -> bool {
        i > 0 && self.toks[i - 1].level == level && seps.iter().any(|p| self.is(i - 1, p))
    }

    /// The innermost bracket open at token `t`.
    fn enclosing(&self, t: usize) -> Option<usize> {
        (0..t)
            .rev()
            .find(|&i| self.opens(i) && self.closer[i].is_none_or(|c| c >= t))
    }

    /// Where the AST node parsed from token `i` to `end` starts: a group's
    /// parentheses are not part of it.
    fn node_start(&self, skim: &Skim, i: usize, end: usize) -> usize {
        let (mut i, mut end) = (i, end);
        while self.is(i, "(")
            && self.closer[i] == Some(end - 1)
            && !matches!(skim.atom(i), Some((_, Expr::Tuple | Expr::GenExp)))
        {
            i += 1;
            end -= 1;
        }
        i
    }

    /// Whether token `i` can end a primary, so a `(` after it is a call.
    fn ends_primary(&self, i: usize) -> bool {
        matches!(
            self.kind(i),
            Some(TokKind::Name | TokKind::String | TokKind::Number)
        ) && !KEYWORDS.contains(&self.text(i))
            || [")", "]", "}"].iter().any(|c| self.is(i, c))
    }

    /// `invalid_*_stmt`: a compound statement header without its colon.
    fn missing_colon(&self, skim: &Skim, s: usize, t: usize) -> Option<Failure> {
        let first = s + usize::from(self.is(s, "async"));
        // rustpython takes `match` and `case` for names and fails earlier.
        let soft = self.is(first, "match") || self.is(first, "case");
        let t = if soft && self.header_colon(s).is_none() {
            (t..self.toks.len()).find(|&i| self.kind(i) == Some(TokKind::Newline))?
        } else {
            t
        };
        if self.kind(t) != Some(TokKind::Newline) {
            return None;
        }
        let end = match self.text(first) {
            "if" | "elif" | "while" => skim.named_expression(first + 1)?.0,
            "for" => {
                let (targets, _) = skim.star_targets(first + 1)?;
                if !self.is(targets, "in") {
                    return None;
                }
                skim.star_expressions(targets + 1)?.0
            }
            "with" => skim.with_items(first + 1)?,
            "class" => {
                if !self.is_name(first + 1) {
                    return None;
                }
                match self.is(first + 2, "(") {
                    true => self.closer[first + 2]? + 1,
                    false => first + 2,
                }
            }
            "except" => {
                let mut i = first + 1 + usize::from(self.is(first + 1, "*"));
                if i > first + 1 || !self.kind(i).is_some_and(|k| k == TokKind::Newline) {
                    i = skim.expression(i)?.0;
                    if self.is(i, "as") && self.is_name(i + 1) {
                        i += 2;
                    }
                }
                i
            }
            "match" => skim.star_named_expressions(first + 1)?.0,
            "case" if t > first + 1 => t,
            _ => return None,
        };
        if end != t {
            return None;
        }
        Some(self.failure(
            self.at_current(SyntaxKind::SyntaxError, MSG_EXPECTED_COLON, t),
            t,
        ))
    }

    /// `invalid_as_pattern` and `invalid_class_argument_pattern`, the
    /// first in the pattern of a `case`: `as _`, and positional patterns
    /// after keyword ones (`P(x=1, 2)`).
    fn case_pattern(&self, s: usize) -> Option<Failure> {
        if !self.is(s, "case") || self.is(s + 1, "=") || self.is(s + 1, ".") {
            return None;
        }
        // The pattern ends at the guard or the colon.
        let end = (s + 1..self.toks.len()).find(|&i| {
            let t = &self.toks[i];
            matches!(t.kind, TokKind::Newline | TokKind::EndMarker)
                || (t.level == 0 && (self.is(i, "if") || self.is(i, ":")))
        })?;
        for i in s + 1..end {
            if self.is(i, "as") && i + 1 < end && self.text(i + 1) == "_" {
                let err = self.at_range(MSG_UNDERSCORE_TARGET, i + 1, i + 2);
                return Some(self.failure(err, i + 1));
            }
            if self.is(i, "as") && i + 1 < end && !self.is_name(i + 1) {
                // `invalid_as_pattern`: only a name can follow `as`.
                let (e, _) = Skim::new(self).expression(i + 1)?;
                let err = self.at_range("invalid pattern target", i + 1, e);
                return Some(self.failure(err, e));
            }
            if self.is(i, "(") && self.is_name(i.wrapping_sub(1)) && i > s + 1 {
                if let Some(f) = self.class_pattern_arguments(i) {
                    return Some(f);
                }
            }
        }
        None
    }

    /// The positional patterns that follow the first keyword pattern in
    /// the arguments of the class pattern opened at `open`.
    fn class_pattern_arguments(&self, open: usize) -> Option<Failure> {
        let close = (*self.closer.get(open)?)?;
        let level = self.toks[open].level;
        let mut args = Vec::new();
        let mut start = open + 1;
        for i in open + 1..=close {
            if i == close || (self.toks[i].level == level && self.is(i, ",")) {
                if i > start {
                    args.push((start, i));
                }
                start = i + 1;
            }
        }
        let keyword = |&(a, _): &(usize, usize)| self.is_name(a) && self.is(a + 1, "=");
        let first_kw = args.iter().position(keyword)?;
        let rest = &args[first_kw..];
        let from = rest.iter().position(|a| !keyword(a))?;
        let run = rest[from..].iter().take_while(|a| !keyword(a)).count();
        let (first, _) = rest[from];
        let (_, last) = rest[from + run - 1];
        Some(self.failure(self.at_range(MSG_PATTERN_ORDER, first, last), close))
    }

    /// `invalid_except_stmt`: `except A, B:`.
    fn except_comma(&self, skim: &Skim, s: usize, t: usize) -> Option<Failure> {
        let first = s + 1 + usize::from(self.is(s + 1, "*"));
        if !self.is(s, "except") || !self.is(t, ",") || skim.expression(first)?.0 != t {
            return None;
        }
        let (mut end, _) = skim.star_expressions(t + 1)?;
        if self.is(end, "as") && self.is_name(end + 1) {
            end += 2;
        }
        if !self.is(end, ":") {
            return None;
        }
        let (a, colon) = (&self.toks[first], &self.toks[end]);
        let loc = RawLoc {
            line: a.line,
            col: a.col.map_or(0, |c| c as i64 + 1),
            end_line: colon.line,
            end_col: colon.cur_col as i64,
        };
        let msg = "multiple exception types must be parenthesized";
        Some(self.failure(self.known_location(SyntaxKind::SyntaxError, msg, loc), end))
    }

    /// `invalid_except_stmt`: `except*` without a type, reported at the
    /// token after the star.
    fn bare_except_star(&self, s: usize) -> Option<Failure> {
        let after = s + 2;
        if !self.is(s, "except")
            || !self.is(s + 1, "*")
            || !(self.is(after, ":") || self.kind(after) == Some(TokKind::Newline))
        {
            return None;
        }
        let msg = "expected one or more exception types";
        Some(self.failure(self.at_current(SyntaxKind::SyntaxError, msg, after), after))
    }

    /// `invalid_try_stmt`: a well-formed `except*` clause after `except`
    /// clauses of the same `try` (reported at `except *`), or an `except`
    /// clause after `except*` ones (at `except`).
    fn mixed_except(&self, skim: &Skim, s: usize) -> Option<Failure> {
        if !self.is(s, "except") {
            return None;
        }
        let star = self.is(s + 1, "*");
        // The first clause of this `try`: walk back over the clauses and
        // their blocks to the `try`.
        let mut first = None;
        let mut depth = 0usize;
        let mut i = s;
        while i > 0 {
            i -= 1;
            match self.kind(i) {
                Some(TokKind::Dedent) => depth += 1,
                Some(TokKind::Indent) if depth == 0 => return None,
                Some(TokKind::Indent) => depth -= 1,
                _ if depth == 0
                    && (i == 0
                        || matches!(
                            self.kind(i - 1),
                            Some(TokKind::Newline | TokKind::Indent | TokKind::Dedent)
                        )) =>
                {
                    if self.is(i, "try") {
                        break;
                    }
                    if !self.is(i, "except") {
                        return None;
                    }
                    first = Some(i);
                }
                _ => {}
            }
        }
        if i == 0 && !self.is(0, "try") {
            return None;
        }
        if self.is(first? + 1, "*") == star {
            return None;
        }
        let msg = "cannot have both 'except' and 'except*' on the same 'try'";
        let mut end = s + 1 + usize::from(star);
        if star || !self.is(end, ":") {
            end = skim.expression(end)?.0;
            if self.is(end, "as") && self.is_name(end + 1) {
                end += 2;
            }
        }
        if !self.is(end, ":") {
            return None;
        }
        let err = if star {
            let (a, b) = (&self.toks[s], &self.toks[s + 1]);
            let loc = RawLoc {
                line: a.line,
                col: a.col.map_or(0, |c| c as i64 + 1),
                end_line: b.end_line,
                end_col: b.end_col.map_or(-1, |c| c as i64 + 1),
            };
            self.known_location(SyntaxKind::SyntaxError, msg, loc)
        } else {
            self.at_current(SyntaxKind::SyntaxError, msg, s)
        };
        Some(self.failure(err, end))
    }

    /// `invalid_try_stmt`: a `try` block that ends without a handler.
    fn try_without_handler(&self, t: usize) -> Option<Failure> {
        let msg = "expected 'except' or 'finally' block";
        // The run of DEDENT tokens at or just before `t`.
        let mut first = match self.kind(t) {
            Some(TokKind::Dedent) => t,
            _ if t > 0 && self.kind(t - 1) == Some(TokKind::Dedent) => t - 1,
            // `try: x` on one line.
            _ if t > 0
                && self.kind(t - 1) == Some(TokKind::Newline)
                && !self.is(t, "except")
                && !self.is(t, "finally") =>
            {
                let s = self.stmt_start(t - 1);
                let head = (0..=s).rev().find(|&i| {
                    i == 0
                        || matches!(
                            self.kind(i - 1),
                            Some(TokKind::Newline | TokKind::Indent | TokKind::Dedent)
                        )
                })?;
                if !self.is(head, "try") || s == head {
                    return None;
                }
                return Some(self.failure(self.at_current(SyntaxKind::SyntaxError, msg, t), t));
            }
            _ => return None,
        };
        while first > 0 && self.kind(first - 1) == Some(TokKind::Dedent) {
            first -= 1;
        }
        let end = (first..self.toks.len()).find(|&i| self.kind(i) != Some(TokKind::Dedent))?;
        let closes_try = (first..end).find(|&d| {
            let indent = self.matching_indent(d);
            indent.is_some_and(|i| i >= 2 && self.is(self.stmt_start(i - 2), "try"))
        })?;
        // CPython stops at the token after the try block: the next DEDENT or
        // the next statement.
        let after = closes_try + 1;
        if self.is(after, "except") || self.is(after, "finally") {
            return None;
        }
        Some(self.failure(self.at_current(SyntaxKind::SyntaxError, msg, after), after))
    }

    /// The INDENT that DEDENT token `d` closes.
    fn matching_indent(&self, d: usize) -> Option<usize> {
        let mut depth = 0usize;
        (0..d).rev().find(|&i| match self.kind(i) {
            Some(TokKind::Dedent) => {
                depth += 1;
                false
            }
            Some(TokKind::Indent) if depth == 0 => true,
            Some(TokKind::Indent) => {
                depth -= 1;
                false
            }
            _ => false,
        })
    }

    /// `invalid_import_from_targets`.
    fn trailing_import_comma(&self, s: usize, t: usize) -> Option<Failure> {
        let ok = self.is(s, "from")
            && self.kind(t) == Some(TokKind::Newline)
            && self.is_before(t, ",")
            && (s..t).any(|i| self.is(i, "import"))
            && !(s..t).any(|i| self.is(i, "("));
        let msg = "trailing comma not allowed without surrounding parentheses";
        ok.then(|| self.failure(self.at_current(SyntaxKind::SyntaxError, msg, t), t))
    }

    /// `RAISE_SYNTAX_ERROR_KNOWN_RANGE` from token `a` to the end of token
    /// `end - 1`.
    fn at_range(&self, msg: &str, a: usize, end: usize) -> SyntaxErrorInfo {
        let first = &self.toks[a.min(self.toks.len() - 1)];
        let last = &self.toks[end.saturating_sub(1).clamp(a, self.toks.len() - 1)];
        let col = |c: Option<usize>| c.map_or(0, |c| c as i64 + 1);
        let loc = RawLoc {
            line: first.line,
            col: col(first.col),
            end_line: last.end_line,
            end_col: col(last.end_col),
        };
        self.known_location(SyntaxKind::SyntaxError, msg, loc)
    }

    /// `RAISE_SYNTAX_ERROR(msg)` when `t` is the last token read: tokens
    /// without a position report the tokenizer's current column instead.
    fn at_current(&self, kind: SyntaxKind, msg: &str, t: usize) -> SyntaxErrorInfo {
        let tok = &self.toks[t];
        let loc = RawLoc {
            line: tok.line,
            col: tok.col.map_or(tok.cur_col as i64, |c| c as i64 + 1),
            end_line: tok.end_line,
            end_col: tok.end_col.map_or(-1, |c| c as i64 + 1),
        };
        self.known_location(kind, msg, loc)
    }

    /// `raise_unclosed_parentheses_error`.
    fn unclosed(&self, b: Bracket) -> SyntaxErrorInfo {
        let loc = RawLoc {
            line: b.line,
            col: b.col as i64 + 1,
            end_line: b.line,
            end_col: 0,
        };
        self.known_location(SyntaxKind::SyntaxError, &never_closed(b.ch), loc)
    }

    /// `_PyPegen_raise_error_known_location`: the text is the line as read
    /// back from the file, and columns stay in bytes unless the file declared
    /// its encoding.
    fn known_location(&self, kind: SyntaxKind, msg: &str, loc: RawLoc) -> SyntaxErrorInfo {
        let text = self.src.program_text(loc.line);
        let (mut col, mut end_col) = (loc.col, loc.end_col);
        if self.src.encoding_declared {
            col = byte_to_char_offset(&text, col);
            if end_col > 0 {
                end_col = byte_to_char_offset(&text, end_col);
            }
        }
        let to_offset = |c: i64| usize::try_from(c).ok();
        SyntaxErrorInfo {
            compiler: false,
            tokenizer: false,
            kind,
            msg: msg.to_string(),
            lineno: loc.line,
            offset: to_offset(col),
            end_lineno: Some(loc.end_line),
            end_offset: to_offset(end_col),
            text: Some(text),
        }
    }

    /// Refuses expressions nested deeper than [`MAX_NESTING`], estimating
    /// the AST's depth from the tokens with operator precedence, without
    /// recursion.
    fn too_deep(&self) -> Option<SyntaxErrorInfo> {
        let mut frames = vec![Frame::default()];
        let mut skip_to = 0;
        let mut attribute = false;
        for i in 0..self.toks.len() {
            if i < skip_to {
                continue;
            }
            let text = self.text(i);
            let nested = frames.len() > 1;
            let Some(frame) = frames.last_mut() else {
                break;
            };
            let operand = frame.operand_next;
            let binary = |prec, flat| Pending {
                prec,
                unary: false,
                right: false,
                flat,
            };
            let unary = |prec| Pending {
                prec,
                unary: true,
                right: false,
                flat: None,
            };
            match self.toks[i].kind {
                TokKind::Newline | TokKind::Indent | TokKind::Dedent | TokKind::EndMarker => {
                    frame.separate();
                    if frame.deepest <= MAX_NESTING {
                        frames.truncate(1);
                        frames[0] = Frame::default();
                    }
                }
                TokKind::Number => frame.value(1),
                TokKind::String => {
                    // An f-string's expressions are not tokens: every
                    // punctuation character may nest.
                    let fstring = split_literal(text).0.contains(['f', 'F']);
                    let inner = if fstring {
                        text.bytes().filter(u8::is_ascii_punctuation).count()
                    } else {
                        0
                    };
                    frame.value(1 + inner);
                }
                TokKind::Name if attribute => attribute = false,
                TokKind::Name => match text {
                    "not" if operand => frame.push(unary(5)),
                    "not" | "in" | "is" => {
                        frame.push(binary(6, Some(3)));
                        skip_to = i + 1 + usize::from(text == "not" && self.is(i + 1, "in"));
                    }
                    "and" => frame.push(binary(4, Some(1))),
                    "or" => frame.push(binary(3, Some(2))),
                    "if" | "else" if !operand => frame.push(Pending {
                        prec: 1,
                        unary: false,
                        right: true,
                        flat: None,
                    }),
                    "await" => frame.push(unary(15)),
                    "yield" => {
                        frame.push(unary(0));
                        skip_to = i + 1 + usize::from(self.is(i + 1, "from"));
                    }
                    "lambda" => {
                        // The parameters, up to the colon, then the body.
                        let level = self.toks[i].level;
                        let colon = (i + 1..self.toks.len())
                            .find(|&j| self.is(j, ":") && self.toks[j].level == level);
                        skip_to = colon.map_or(self.toks.len(), |c| c + 1);
                        frame.push(unary(0));
                    }
                    "True" | "False" | "None" => frame.value(1),
                    _ if KEYWORDS.contains(&text) => {
                        frame.separate();
                    }
                    _ => frame.value(1),
                },
                TokKind::Op => match text {
                    "(" | "[" | "{" => frames.push(Frame {
                        trailer: !operand,
                        ..Frame::default()
                    }),
                    ")" | "]" | "}" if nested => {
                        let (depth, trailer) = frames
                            .pop()
                            .map_or((0, false), |mut f| (f.separate(), f.trailer));
                        let Some(parent) = frames.last_mut() else {
                            break;
                        };
                        let callee = if trailer {
                            parent.values.pop().map_or(0, |v| v.depth)
                        } else {
                            0
                        };
                        parent.value(1 + depth.max(callee));
                    }
                    "." => {
                        attribute = true;
                        if let Some(v) = frame.values.pop() {
                            frame.value(v.depth + 1);
                        }
                    }
                    "..." => frame.value(1),
                    ":=" => frame.push(binary(0, None)),
                    "<" | ">" | "==" | ">=" | "<=" | "!=" | "<>" => frame.push(binary(6, Some(3))),
                    "|" => frame.push(binary(7, None)),
                    "^" => frame.push(binary(8, None)),
                    "&" => frame.push(binary(9, None)),
                    "<<" | ">>" => frame.push(binary(10, None)),
                    "+" | "-" | "~" if operand => frame.push(unary(13)),
                    "+" | "-" => frame.push(binary(11, None)),
                    "*" | "**" | "@" if operand => frame.push(unary(0)),
                    "*" | "/" | "//" | "%" | "@" => frame.push(binary(12, None)),
                    "**" => frame.push(Pending {
                        prec: 14,
                        unary: false,
                        right: true,
                        flat: None,
                    }),
                    // Separators: `,`, `:`, `=`, `;`, `->`, augmented assignments.
                    _ => {
                        frame.separate();
                    }
                },
            }
            if frames.iter().any(|f| f.deepest > MAX_NESTING) {
                return Some(self.at_range(MSG_TOO_DEEP, i, i + 1));
            }
        }
        // Brackets left open at the end of the file.
        let last = self.toks.len().checked_sub(1)?;
        frames
            .iter_mut()
            .any(|f| f.separate() > MAX_NESTING)
            .then(|| self.at_range(MSG_TOO_DEEP, last, last + 1))
    }
}

/// An operator waiting for its operands, in [`Frame`].
#[derive(Debug, Clone, Copy)]
struct Pending {
    prec: u8,
    unary: bool,
    right: bool,
    /// Chains of these operators make one flat node (`and`, `or` and
    /// comparisons): the kind of chain.
    flat: Option<u8>,
}

/// A value's depth, and the kind of flat chain at its root.
#[derive(Debug, Clone, Copy, Default)]
struct Value {
    depth: usize,
    flat: Option<u8>,
}

/// Shunting-yard evaluation of the depth of the expressions in a bracket or
/// a logical line, for `Cx::too_deep`.
#[derive(Debug)]
struct Frame {
    values: Vec<Value>,
    ops: Vec<Pending>,
    operand_next: bool,
    /// A call's or subscript's brackets, which nest the operand before.
    trailer: bool,
    /// The deepest value seen here.
    deepest: usize,
}

impl Default for Frame {
    fn default() -> Self {
        Frame {
            values: Vec::new(),
            ops: Vec::new(),
            operand_next: true,
            trailer: false,
            deepest: 0,
        }
    }
}

impl Frame {
    fn value(&mut self, depth: usize) {
        self.values.push(Value { depth, flat: None });
        self.deepest = self.deepest.max(depth);
        self.operand_next = false;
    }

    fn push(&mut self, op: Pending) {
        if !op.unary {
            while self
                .ops
                .last()
                .is_some_and(|top| top.prec > op.prec || (top.prec == op.prec && !op.right))
            {
                self.reduce();
            }
        }
        self.ops.push(op);
        self.operand_next = true;
    }

    fn reduce(&mut self) {
        let Some(op) = self.ops.pop() else {
            return;
        };
        let right = self.values.pop().unwrap_or_default();
        let value = if op.unary {
            Value {
                depth: right.depth + 1,
                flat: None,
            }
        } else {
            let left = self.values.pop().unwrap_or_default();
            match op.flat {
                Some(flat) if left.flat == Some(flat) => Value {
                    depth: left.depth.max(right.depth + 1),
                    flat: Some(flat),
                },
                flat => Value {
                    depth: 1 + left.depth.max(right.depth),
                    flat,
                },
            }
        };
        self.deepest = self.deepest.max(value.depth);
        self.values.push(value);
    }

    /// Ends an element (at a comma, say): returns the deepest so far.
    fn separate(&mut self) -> usize {
        while !self.ops.is_empty() {
            self.reduce();
        }
        self.values.clear();
        self.operand_next = true;
        self.deepest
    }
}

/// `_PyPegen_byte_offset_to_character_offset`.
fn byte_to_char_offset(text: &str, col: i64) -> i64 {
    let Ok(col) = usize::try_from(col) else {
        return col;
    };
    // CPython's line keeps its newline and may be read one byte past it.
    let mut bytes = text.as_bytes().to_vec();
    bytes.extend_from_slice(b"\n\0");
    let col = col.min(text.len() + 2);
    String::from_utf8_lossy(&bytes[..col]).chars().count() as i64
}

fn assign_here(kind: Expr) -> String {
    format!(
        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
        kind.name()
    )
}

fn walrus_with(kind: Expr) -> String {
    format!("cannot use assignment expressions with {}", kind.name())
}

const FSTRING_EXPECTING: &str = "f-string: expecting '}'";
const FSTRING_SINGLE_BRACE: &str = "f-string: single '}' is not allowed";
const FSTRING_CONVERSION: &str =
    "f-string: invalid conversion character: expected 's', 'r', or 'a'";
const FSTRING_EMPTY: &str = "f-string: empty expression not allowed";
const FSTRING_NESTED: &str = "f-string: expressions nested too deeply";
const FSTRING_BACKSLASH: &str = "f-string expression part cannot include a backslash";
const FSTRING_COMMENT: &str = "f-string expression part cannot include '#'";
const FSTRING_UNTERMINATED: &str = "f-string: unterminated string";

fn fstring_unmatched(c: char) -> String {
    format!("f-string: unmatched '{c}'")
}

/// CPython's wording for the f-string errors rustpython reports (when our
/// own f-string scan found nothing).
fn fstring_message(e: &FStringErrorType) -> String {
    match e {
        FStringErrorType::UnclosedLbrace | FStringErrorType::ExpectedRbrace => {
            FSTRING_EXPECTING.to_string()
        }
        FStringErrorType::SingleRbrace | FStringErrorType::UnopenedRbrace => {
            FSTRING_SINGLE_BRACE.to_string()
        }
        FStringErrorType::InvalidConversionFlag => FSTRING_CONVERSION.to_string(),
        FStringErrorType::EmptyExpression => FSTRING_EMPTY.to_string(),
        FStringErrorType::MismatchedDelimiter(open, close) => {
            format!("f-string: {}", tokens::mismatched(*close, *open))
        }
        FStringErrorType::Unmatched(c) => fstring_unmatched(*c),
        FStringErrorType::ExpressionNestedTooDeeply => FSTRING_NESTED.to_string(),
        FStringErrorType::ExpressionCannotInclude('\\') => FSTRING_BACKSLASH.to_string(),
        FStringErrorType::ExpressionCannotInclude(_) => FSTRING_COMMENT.to_string(),
        FStringErrorType::UnterminatedString => FSTRING_UNTERMINATED.to_string(),
        FStringErrorType::InvalidExpression(_) => format!("f-string: {MSG_INVALID_SYNTAX}"),
    }
}

/// The kind of an expression, as far as error messages need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expr {
    Name,
    Attribute,
    Subscript,
    Call,
    Literal,
    True,
    False,
    None,
    Ellipsis,
    Tuple,
    List,
    Dict,
    Set,
    Operation,
    Comparison,
    Conditional,
    Lambda,
    Starred,
    Yield,
    Await,
    ListComp,
    SetComp,
    DictComp,
    GenExp,
    FString,
    Named,
}

impl Expr {
    /// `_PyPegen_get_expr_name`.
    fn name(self) -> &'static str {
        match self {
            Expr::Name => "name",
            Expr::Attribute => "attribute",
            Expr::Subscript => "subscript",
            Expr::Call => "function call",
            Expr::Literal => "literal",
            Expr::True => "True",
            Expr::False => "False",
            Expr::None => "None",
            Expr::Ellipsis => "ellipsis",
            Expr::Tuple => "tuple",
            Expr::List => "list",
            Expr::Dict => "dict literal",
            Expr::Set => "set display",
            Expr::Operation => "expression",
            Expr::Comparison => "comparison",
            Expr::Conditional => "conditional expression",
            Expr::Lambda => "lambda",
            Expr::Starred => "starred",
            Expr::Yield => "yield expression",
            Expr::Await => "await expression",
            Expr::ListComp => "list comprehension",
            Expr::SetComp => "set comprehension",
            Expr::DictComp => "dict comprehension",
            Expr::GenExp => "generator expression",
            Expr::FString => "f-string expression",
            Expr::Named => "named expression",
        }
    }
}

/// Where a construct parsed by [`Skim`] ends (exclusive token index), and
/// its kind.
type Parsed = Option<(usize, Expr)>;

/// A recognizer for CPython 3.11's expression grammar (without its
/// `invalid_*` rules) on CPython's tokens. It records the farthest token
/// it looked at, as CPython's parser fetches tokens only on demand, and
/// memoizes like CPython's parser does, to stay linear.
struct Skim<'c, 'a> {
    cx: &'c Cx<'a>,
    far: Cell<usize>,
    depth: Cell<usize>,
    memo: RefCell<HashMap<(Rule, usize), Parsed>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Rule {
    Expression,
    Primary,
    Atom,
}

/// Recursion bound for [`Skim`]; deeper input was refused by `too_deep`
/// unless it is inside brackets, of which there are at most 200.
const SKIM_DEPTH: usize = 4000;

impl<'c, 'a> Skim<'c, 'a> {
    fn new(cx: &'c Cx<'a>) -> Self {
        Skim {
            cx,
            far: Cell::new(0),
            depth: Cell::new(0),
            memo: RefCell::new(HashMap::new()),
        }
    }

    fn memo(&self, rule: Rule, i: usize, parse: impl FnOnce() -> Parsed) -> Parsed {
        if let Some(&parsed) = self.memo.borrow().get(&(rule, i)) {
            return parsed;
        }
        let parsed = parse();
        self.memo.borrow_mut().insert((rule, i), parsed);
        parsed
    }

    fn at(&self, i: usize, s: &str) -> bool {
        self.touch(i);
        self.cx.is(i, s)
    }

    fn touch(&self, i: usize) {
        self.far.set(self.far.get().max(i));
    }

    fn nested<T>(&self, f: impl FnOnce() -> Option<T>) -> Option<T> {
        if self.depth.get() >= SKIM_DEPTH {
            return None;
        }
        self.depth.set(self.depth.get() + 1);
        let r = f();
        self.depth.set(self.depth.get() - 1);
        r
    }

    fn star_expressions(&self, i: usize) -> Parsed {
        let (mut end, kind) = self.star_expression(i)?;
        if !self.at(end, ",") {
            return Some((end, kind));
        }
        while self.at(end, ",") {
            match self.star_expression(end + 1) {
                Some((e, _)) => end = e,
                None => return Some((end + 1, Expr::Tuple)),
            }
        }
        Some((end, Expr::Tuple))
    }

    fn star_expression(&self, i: usize) -> Parsed {
        if self.at(i, "*") {
            return Some((self.bitwise_or(i + 1)?.0, Expr::Starred));
        }
        self.expression(i)
    }

    fn star_named_expressions(&self, i: usize) -> Parsed {
        let (mut end, kind) = self.star_named_expression(i)?;
        let mut tuple = false;
        while self.at(end, ",") {
            tuple = true;
            match self.star_named_expression(end + 1) {
                Some((e, _)) => end = e,
                None => return Some((end + 1, Expr::Tuple)),
            }
        }
        Some((end, if tuple { Expr::Tuple } else { kind }))
    }

    fn star_named_expression(&self, i: usize) -> Parsed {
        if self.at(i, "*") {
            return Some((self.bitwise_or(i + 1)?.0, Expr::Starred));
        }
        self.named_expression(i)
    }

    fn named_expression(&self, i: usize) -> Parsed {
        if self.cx.is_name(i) && self.at(i + 1, ":=") {
            return Some((self.expression(i + 2)?.0, Expr::Named));
        }
        let r = self.expression(i)?;
        (!self.at(r.0, ":=")).then_some(r)
    }

    fn expression_without_invalid(&self, i: usize) -> Parsed {
        self.expression(i)
    }

    fn expression(&self, i: usize) -> Parsed {
        self.memo(Rule::Expression, i, || {
            self.nested(|| self.expression_uncached(i))
        })
    }

    fn expression_uncached(&self, i: usize) -> Parsed {
        if self.at(i, "lambda") {
            return self.lambdef(i);
        }
        let (end, kind) = self.disjunction(i)?;
        if self.at(end, "if") {
            if let Some((c, _)) = self.disjunction(end + 1) {
                if self.at(c, "else") {
                    if let Some((e, _)) = self.expression(c + 1) {
                        return Some((e, Expr::Conditional));
                    }
                }
            }
        }
        Some((end, kind))
    }

    fn lambdef(&self, i: usize) -> Parsed {
        let mut j = i + 1;
        while !self.at(j, ":") {
            self.touch(j);
            match self.cx.kind(j) {
                None | Some(TokKind::Newline | TokKind::EndMarker) => return None,
                _ if self.cx.opens(j) => j = self.cx.closer[j]? + 1,
                _ => j += 1,
            }
        }
        Some((self.expression(j + 1)?.0, Expr::Lambda))
    }

    fn disjunction(&self, i: usize) -> Parsed {
        self.chain(i, &["or"], Self::conjunction, Expr::Operation)
    }

    fn conjunction(&self, i: usize) -> Parsed {
        self.chain(i, &["and"], Self::inversion, Expr::Operation)
    }

    /// `operand (op operand)*`, stopping before an operator whose right
    /// operand does not parse.
    fn chain(
        &self,
        i: usize,
        ops: &[&str],
        operand: fn(&Self, usize) -> Parsed,
        kind: Expr,
    ) -> Parsed {
        let (mut end, mut k) = operand(self, i)?;
        while ops.iter().any(|op| self.at(end, op)) {
            match operand(self, end + 1) {
                Some((e, _)) => (end, k) = (e, kind),
                None => break,
            }
        }
        Some((end, k))
    }

    fn inversion(&self, i: usize) -> Parsed {
        if self.at(i, "not") {
            return self.nested(|| Some((self.inversion(i + 1)?.0, Expr::Operation)));
        }
        self.comparison(i)
    }

    fn comparison(&self, i: usize) -> Parsed {
        let (mut end, mut kind) = self.bitwise_or(i)?;
        loop {
            let op = if ["==", "!=", "<", "<=", ">", ">=", "in"]
                .iter()
                .any(|o| self.at(end, o))
            {
                1
            } else if (self.at(end, "not") && self.at(end + 1, "in"))
                || (self.at(end, "is") && self.at(end + 1, "not"))
            {
                2
            } else if self.at(end, "is") {
                1
            } else {
                break;
            };
            match self.bitwise_or(end + op) {
                Some((e, _)) => (end, kind) = (e, Expr::Comparison),
                None => break,
            }
        }
        Some((end, kind))
    }

    fn bitwise_or(&self, i: usize) -> Parsed {
        self.chain(i, &["|"], Self::bitwise_xor, Expr::Operation)
    }

    fn bitwise_xor(&self, i: usize) -> Parsed {
        self.chain(i, &["^"], Self::bitwise_and, Expr::Operation)
    }

    fn bitwise_and(&self, i: usize) -> Parsed {
        self.chain(i, &["&"], Self::shift, Expr::Operation)
    }

    fn shift(&self, i: usize) -> Parsed {
        self.chain(i, &["<<", ">>"], Self::sum, Expr::Operation)
    }

    fn sum(&self, i: usize) -> Parsed {
        self.chain(i, &["+", "-"], Self::term, Expr::Operation)
    }

    fn term(&self, i: usize) -> Parsed {
        self.chain(
            i,
            &["*", "/", "//", "%", "@"],
            Self::factor,
            Expr::Operation,
        )
    }

    fn factor(&self, i: usize) -> Parsed {
        if ["+", "-", "~"].iter().any(|o| self.at(i, o)) {
            return self.nested(|| Some((self.factor(i + 1)?.0, Expr::Operation)));
        }
        self.power(i)
    }

    fn power(&self, i: usize) -> Parsed {
        let (end, kind) = self.await_primary(i)?;
        if self.at(end, "**") {
            if let Some((e, _)) = self.factor(end + 1) {
                return Some((e, Expr::Operation));
            }
        }
        Some((end, kind))
    }

    fn await_primary(&self, i: usize) -> Parsed {
        if self.at(i, "await") {
            return Some((self.primary(i + 1)?.0, Expr::Await));
        }
        self.primary(i)
    }

    fn primary(&self, i: usize) -> Parsed {
        self.memo(Rule::Primary, i, || self.primary_uncached(i))
    }

    fn primary_uncached(&self, i: usize) -> Parsed {
        let (mut end, mut kind) = self.atom(i)?;
        loop {
            if self.at(end, ".") && self.cx.is_name(end + 1) {
                self.touch(end + 1);
                (end, kind) = (end + 2, Expr::Attribute);
            } else if self.at(end, "(") {
                match self.arguments(end + 1) {
                    Some(close) => (end, kind) = (close + 1, Expr::Call),
                    None => break,
                }
            } else if self.at(end, "[") {
                match self.slices(end + 1) {
                    Some(close) => (end, kind) = (close + 1, Expr::Subscript),
                    None => break,
                }
            } else {
                break;
            }
        }
        Some((end, kind))
    }

    fn atom(&self, i: usize) -> Parsed {
        self.memo(Rule::Atom, i, || self.atom_uncached(i))
    }

    fn atom_uncached(&self, i: usize) -> Parsed {
        self.touch(i);
        let text = self.cx.text(i);
        match self.cx.kind(i)? {
            TokKind::Name => match text {
                "True" => Some((i + 1, Expr::True)),
                "False" => Some((i + 1, Expr::False)),
                "None" => Some((i + 1, Expr::None)),
                _ if KEYWORDS.contains(&text) => None,
                _ => Some((i + 1, Expr::Name)),
            },
            TokKind::Number => Some((i + 1, Expr::Literal)),
            TokKind::String => {
                let end = self.cx.strings_end(i);
                self.touch(end);
                let fstring = (i..end).any(|j| {
                    let t = self.cx.text(j);
                    t[..t.find(['\'', '"']).unwrap_or(0)].contains(['f', 'F'])
                });
                Some((
                    end,
                    if fstring {
                        Expr::FString
                    } else {
                        Expr::Literal
                    },
                ))
            }
            TokKind::Op => match text {
                "..." => Some((i + 1, Expr::Ellipsis)),
                "(" => self.nested(|| self.parenthesized(i)),
                "[" => self.nested(|| self.bracketed(i)),
                "{" => self.nested(|| self.braced(i)),
                _ => None,
            },
            _ => None,
        }
    }

    /// Tuple, group or generator expression.
    fn parenthesized(&self, i: usize) -> Parsed {
        if self.at(i + 1, ")") {
            return Some((i + 2, Expr::Tuple));
        }
        if self.at(i + 1, "yield") {
            let (end, _) = self.yield_expr(i + 1)?;
            return self.at(end, ")").then_some((end + 1, Expr::Yield));
        }
        let (end, kind) = self.star_named_expression(i + 1)?;
        if let Some(e) = self.for_if_clauses(end) {
            return self.at(e, ")").then_some((e + 1, Expr::GenExp));
        }
        if self.at(end, ")") {
            return Some((end + 1, kind));
        }
        let (end, _) = self.star_named_expressions(i + 1)?;
        self.at(end, ")").then_some((end + 1, Expr::Tuple))
    }

    fn bracketed(&self, i: usize) -> Parsed {
        if self.at(i + 1, "]") {
            return Some((i + 2, Expr::List));
        }
        let (end, _) = self.star_named_expression(i + 1)?;
        if let Some(e) = self.for_if_clauses(end) {
            return self.at(e, "]").then_some((e + 1, Expr::ListComp));
        }
        let (end, _) = self.star_named_expressions(i + 1)?;
        self.at(end, "]").then_some((end + 1, Expr::List))
    }

    /// Dict, set, or their comprehensions.
    fn braced(&self, i: usize) -> Parsed {
        if self.at(i + 1, "}") {
            return Some((i + 2, Expr::Dict));
        }
        let kvpair = |j: usize| -> Option<usize> {
            if self.at(j, "**") {
                return Some(self.bitwise_or(j + 1)?.0);
            }
            let (k, _) = self.expression(j)?;
            self.at(k, ":").then_some(())?;
            Some(self.expression(k + 1)?.0)
        };
        if let Some(end) = kvpair(i + 1) {
            if let Some(e) = self.for_if_clauses(end) {
                return self.at(e, "}").then_some((e + 1, Expr::DictComp));
            }
            let mut end = end;
            while self.at(end, ",") {
                match kvpair(end + 1) {
                    Some(e) => end = e,
                    None => {
                        end += 1;
                        break;
                    }
                }
            }
            return self.at(end, "}").then_some((end + 1, Expr::Dict));
        }
        let (end, _) = self.star_named_expression(i + 1)?;
        if let Some(e) = self.for_if_clauses(end) {
            return self.at(e, "}").then_some((e + 1, Expr::SetComp));
        }
        let (end, _) = self.star_named_expressions(i + 1)?;
        self.at(end, "}").then_some((end + 1, Expr::Set))
    }

    /// `for_if_clauses`, returning where they end.
    fn for_if_clauses(&self, i: usize) -> Option<usize> {
        let mut end = i;
        loop {
            let f = end + usize::from(self.at(end, "async"));
            if !self.at(f, "for") {
                break;
            }
            let (targets, _) = self.star_targets(f + 1)?;
            if !self.at(targets, "in") {
                return None;
            }
            end = self.disjunction(targets + 1)?.0;
            while self.at(end, "if") {
                end = self.disjunction(end + 1)?.0;
            }
        }
        (end > i).then_some(end)
    }

    fn star_targets(&self, i: usize) -> Parsed {
        let target = |j: usize| -> Parsed {
            let star = usize::from(self.at(j, "*"));
            self.primary(j + star)
        };
        let (mut end, kind) = target(i)?;
        let mut tuple = false;
        while self.at(end, ",") {
            tuple = true;
            match target(end + 1) {
                Some((e, _)) => end = e,
                None => return Some((end + 1, Expr::Tuple)),
            }
        }
        Some((end, if tuple { Expr::Tuple } else { kind }))
    }

    /// Call arguments from after `(`; returns the index of `)`.
    fn arguments(&self, i: usize) -> Option<usize> {
        let mut j = i;
        while !self.at(j, ")") {
            j = if self.at(j, "*") || self.at(j, "**") {
                self.expression(j + 1)?.0
            } else if self.cx.is_name(j) && self.at(j + 1, "=") {
                self.expression(j + 2)?.0
            } else {
                let (e, _) = self.named_expression(j)?;
                self.for_if_clauses(e).unwrap_or(e)
            };
            if !self.at(j, ",") {
                break;
            }
            j += 1;
        }
        self.at(j, ")").then_some(j)
    }

    /// Subscript contents from after `[`; returns the index of `]`.
    fn slices(&self, i: usize) -> Option<usize> {
        let mut j = i;
        loop {
            j = self.slice(j)?;
            if !self.at(j, ",") {
                break;
            }
            j += 1;
            if self.at(j, "]") {
                break;
            }
        }
        self.at(j, "]").then_some(j)
    }

    fn slice(&self, i: usize) -> Option<usize> {
        if self.at(i, "*") {
            return Some(self.bitwise_or(i + 1)?.0);
        }
        let mut j = self.expression(i).map_or(i, |(e, _)| e);
        if !self.at(j, ":") {
            return (j > i)
                .then(|| self.named_expression(i).map(|(e, _)| e))
                .flatten();
        }
        j = self.expression(j + 1).map_or(j + 1, |(e, _)| e);
        if self.at(j, ":") {
            j = self.expression(j + 1).map_or(j + 1, |(e, _)| e);
        }
        Some(j)
    }

    fn yield_expr(&self, i: usize) -> Parsed {
        if self.at(i + 1, "from") {
            return Some((self.expression(i + 2)?.0, Expr::Yield));
        }
        Some((
            self.star_expressions(i + 1).map_or(i + 1, |(e, _)| e),
            Expr::Yield,
        ))
    }

    /// `with` items up to where the colon should be.
    fn with_items(&self, i: usize) -> Option<usize> {
        let item = |j: usize| -> Option<usize> {
            let (e, _) = self.expression(j)?;
            if self.at(e, "as") {
                let star = usize::from(self.at(e + 1, "*"));
                return Some(self.primary(e + 1 + star).map_or(e + 2, |(t, _)| t));
            }
            Some(e)
        };
        let mut j = item(i)?;
        while self.at(j, ",") {
            j = item(j + 1)?;
        }
        Some(j)
    }
}

// Checks on a successful parse, for what rustpython-parser accepts and
// CPython's grammar does not: assignments to things that are not targets.
impl Cx<'_> {
    fn check_module(&self, body: &[ast::Stmt]) -> Option<SyntaxErrorInfo> {
        body.iter().find_map(|s| self.check_stmt(s))
    }

    fn check_stmt(&self, stmt: &ast::Stmt) -> Option<SyntaxErrorInfo> {
        use ast::Stmt;
        match stmt {
            Stmt::Assign(a) => {
                if let Some(err) = self.mistyped_comparison(&a.targets) {
                    return Some(err);
                }
                if let Some(y) = a
                    .targets
                    .iter()
                    .find(|t| matches!(t, ast::Expr::Yield(_) | ast::Expr::YieldFrom(_)))
                    .filter(|t| {
                        // A parenthesised yield is an ordinary invalid target.
                        let at = self.src.normalized_offset(t.range().start().to_usize());
                        let before = self.src.text[..at].trim_end();
                        !before.ends_with('(')
                    })
                {
                    return Some(self.node_error(MSG_YIELD_TARGET, y.range()));
                }
                a.targets
                    .iter()
                    .find_map(|t| self.invalid_target(t, Target::Store))
                    .or_else(|| self.check_expr(&a.value))
            }
            Stmt::AugAssign(a) => match &*a.target {
                ast::Expr::Name(_) | ast::Expr::Attribute(_) | ast::Expr::Subscript(_) => {
                    self.check_expr(&a.value)
                }
                target => {
                    let msg = format!(
                        "'{}' is an illegal expression for augmented assignment",
                        ast_kind(target).name()
                    );
                    Some(self.node_error(&msg, target.range()))
                }
            },
            Stmt::AnnAssign(a) => {
                let msg = match &*a.target {
                    ast::Expr::Name(_) | ast::Expr::Attribute(_) | ast::Expr::Subscript(_) => None,
                    t @ (ast::Expr::List(_) | ast::Expr::Tuple(_)) => Some(format!(
                        "only single target (not {}) can be annotated",
                        ast_kind(t).name()
                    )),
                    _ => Some("illegal target for annotation".to_string()),
                };
                match msg {
                    Some(msg) => Some(self.node_error(&msg, a.target.range())),
                    None => a.value.as_deref().and_then(|v| self.check_expr(v)),
                }
            }
            Stmt::For(f) => self
                .invalid_target(&f.target, Target::For)
                .or_else(|| self.check_body(&f.body))
                .or_else(|| self.check_body(&f.orelse)),
            Stmt::AsyncFor(f) => self
                .invalid_target(&f.target, Target::For)
                .or_else(|| self.check_body(&f.body))
                .or_else(|| self.check_body(&f.orelse)),
            Stmt::With(w) => self
                .check_with(&w.items)
                .or_else(|| self.check_body(&w.body)),
            Stmt::AsyncWith(w) => self
                .check_with(&w.items)
                .or_else(|| self.check_body(&w.body)),
            Stmt::Delete(d) => d
                .targets
                .iter()
                .find_map(|t| self.invalid_target(t, Target::Del)),
            Stmt::Expr(e) => self.check_expr(&e.value),
            Stmt::Return(r) => r.value.as_deref().and_then(|v| self.check_expr(v)),
            Stmt::FunctionDef(f) => self
                .check_exprs(&f.decorator_list)
                .or_else(|| self.type_params(f.range, "def", !f.type_params.is_empty()))
                .or_else(|| self.bare_star(f.range))
                .or_else(|| self.check_body(&f.body)),
            Stmt::AsyncFunctionDef(f) => self
                .check_exprs(&f.decorator_list)
                .or_else(|| self.type_params(f.range, "def", !f.type_params.is_empty()))
                .or_else(|| self.bare_star(f.range))
                .or_else(|| self.check_body(&f.body)),
            Stmt::ClassDef(c) => self
                .check_exprs(&c.decorator_list)
                .or_else(|| self.type_params(c.range, "class", !c.type_params.is_empty()))
                .or_else(|| self.class_bases(c))
                .or_else(|| self.check_body(&c.body)),
            Stmt::TypeAlias(t) => {
                // `type` is no keyword in 3.11: the name after it is where
                // the statement stops making sense.
                let kw = self.token_at(self.src.normalized_offset(t.range.start().to_usize()));
                Some(self.at_range(MSG_INVALID_SYNTAX, kw + 1, kw + 2))
            }
            Stmt::While(w) => self
                .check_expr(&w.test)
                .or_else(|| self.check_body(&w.body))
                .or_else(|| self.check_body(&w.orelse)),
            Stmt::If(i) => self
                .check_expr(&i.test)
                .or_else(|| self.check_body(&i.body))
                .or_else(|| self.check_body(&i.orelse)),
            Stmt::Try(t) => self
                .check_body(&t.body)
                .or_else(|| {
                    t.handlers.iter().find_map(|h| match h {
                        ast::ExceptHandler::ExceptHandler(h) => self.check_body(&h.body),
                    })
                })
                .or_else(|| self.check_body(&t.orelse))
                .or_else(|| self.check_body(&t.finalbody)),
            Stmt::TryStar(t) => self
                .check_body(&t.body)
                .or_else(|| {
                    t.handlers.iter().find_map(|h| match h {
                        ast::ExceptHandler::ExceptHandler(h) => self.check_body(&h.body),
                    })
                })
                .or_else(|| self.check_body(&t.orelse))
                .or_else(|| self.check_body(&t.finalbody)),
            Stmt::Match(m) => m.cases.iter().find_map(|c| {
                if let Some(t) = self.misplaced_star(&c.pattern, false) {
                    return Some(self.at_range(MSG_INVALID_SYNTAX, t, t + 1));
                }
                self.check_body(&c.body)
            }),
            _ => None,
        }
    }

    /// Where CPython's grammar fails on a star pattern outside a sequence
    /// pattern (rustpython takes any): where a sequence could start (a
    /// case's first token, after a group's `(`) it reads on and wants a
    /// comma after the star; elsewhere the `*` itself is wrong.
    fn misplaced_star(&self, p: &ast::Pattern, in_sequence: bool) -> Option<usize> {
        use ast::Pattern as P;
        let any =
            |ps: &[ast::Pattern], seq: bool| ps.iter().find_map(|p| self.misplaced_star(p, seq));
        match p {
            P::MatchStar(m) => {
                let star = self.token_at(self.src.normalized_offset(m.range.start().to_usize()));
                let after = self.token_at(self.src.normalized_offset(m.range.end().to_usize()));
                // A group's `(`: not a class pattern's, which follows its name.
                let opens_group = star > 1
                    && self.is(star - 1, "(")
                    && (!self.is_name(star - 2) || self.is(star - 2, "case"));
                let starts_case = self.is(star.checked_sub(1)?, "case") && !self.is(after, ",");
                if (opens_group && self.is(after, ")")) || starts_case {
                    Some(after)
                } else if in_sequence {
                    None
                } else {
                    Some(star)
                }
            }
            P::MatchSequence(m) => any(&m.patterns, true),
            P::MatchMapping(m) => any(&m.patterns, false),
            P::MatchClass(m) => any(&m.patterns, false).or_else(|| any(&m.kwd_patterns, false)),
            P::MatchAs(m) => m
                .pattern
                .as_deref()
                .and_then(|p| self.misplaced_star(p, false)),
            P::MatchOr(m) => any(&m.patterns, false),
            P::MatchValue(_) | P::MatchSingleton(_) => None,
        }
    }

    /// Type parameters (`def f[T]()`, `class C[T]:`), 3.12 syntax: 3.11
    /// wants `(` (or, after a class name, `(` or `:`) where `[` stands.
    fn type_params(
        &self,
        def: ast::text_size::TextRange,
        keyword: &str,
        present: bool,
    ) -> Option<SyntaxErrorInfo> {
        if !present {
            return None;
        }
        let start = self.token_at(self.src.normalized_offset(def.start().to_usize()));
        let kw = (start..self.toks.len()).find(|&i| self.is(i, keyword))?;
        let msg = if keyword == "def" {
            MSG_EXPECTED_PAREN
        } else {
            MSG_INVALID_SYNTAX
        };
        self.is(kw + 2, "[")
            .then(|| self.at_range(msg, kw + 2, kw + 3))
    }

    /// `invalid_star_etc`: `def f(*):` and `def f(*, **k):`, which
    /// rustpython accepts.
    fn bare_star(&self, def: ast::text_size::TextRange) -> Option<SyntaxErrorInfo> {
        let start = self.token_at(self.src.normalized_offset(def.start().to_usize()));
        let open = (start..self.toks.len()).find(|&i| self.is(i, "("))?;
        let close = self.closer[open]?;
        let level = self.toks[open].level;
        let star = (open + 1..close).find(|&i| self.is(i, "*") && self.toks[i].level == level)?;
        let bare = self.is(star + 1, ")")
            || (self.is(star + 1, ",") && (self.is(star + 2, ")") || self.is(star + 2, "**")));
        bare.then(|| self.at_range(MSG_BARE_STAR, star, star + 1))
    }

    fn check_exprs(&self, exprs: &[ast::Expr]) -> Option<SyntaxErrorInfo> {
        exprs.iter().find_map(|e| self.check_expr(e))
    }

    /// A class's arguments: a lone unparenthesised generator is no
    /// argument list to CPython's grammar (it fails at the `for`), one
    /// beside others needs parentheses as in a call.
    fn class_bases(&self, c: &ast::StmtClassDef) -> Option<SyntaxErrorInfo> {
        if let [ast::Expr::GeneratorExp(g)] = c.bases.as_slice() {
            let start = self.src.normalized_offset(g.range.start().to_usize());
            if c.keywords.is_empty() && self.src.text.as_bytes().get(start) != Some(&b'(') {
                let end = self.src.normalized_offset(g.elt.range().end().to_usize());
                let t = self.token_at(end);
                return Some(self.at_range(MSG_INVALID_SYNTAX, t, t + 1));
            }
        }
        self.bare_generator(&c.bases, c.keywords.len())
            .or_else(|| self.check_exprs(&c.bases))
            .or_else(|| c.keywords.iter().find_map(|k| self.check_expr(&k.value)))
    }

    fn check_body(&self, body: &[ast::Stmt]) -> Option<SyntaxErrorInfo> {
        body.iter().find_map(|s| self.check_stmt(s))
    }

    fn check_with(&self, items: &[ast::WithItem]) -> Option<SyntaxErrorInfo> {
        items.iter().find_map(|item| {
            let target = item.optional_vars.as_deref()?;
            self.invalid_target(target, Target::Store)
        })
    }

    /// Checks inside an expression: comprehension targets, named
    /// expressions and unparenthesised generator arguments.
    fn check_expr(&self, expr: &ast::Expr) -> Option<SyntaxErrorInfo> {
        let mut stack = vec![expr];
        while let Some(e) = stack.pop() {
            match e {
                ast::Expr::ListComp(c) => {
                    stack.push(&c.elt);
                    if let Some(err) = self.check_generators(&c.generators, &mut stack) {
                        return Some(err);
                    }
                }
                ast::Expr::SetComp(c) => {
                    stack.push(&c.elt);
                    if let Some(err) = self.check_generators(&c.generators, &mut stack) {
                        return Some(err);
                    }
                }
                ast::Expr::GeneratorExp(c) => {
                    stack.push(&c.elt);
                    if let Some(err) = self.check_generators(&c.generators, &mut stack) {
                        return Some(err);
                    }
                }
                ast::Expr::DictComp(c) => {
                    stack.push(&c.key);
                    stack.push(&c.value);
                    if let Some(err) = self.check_generators(&c.generators, &mut stack) {
                        return Some(err);
                    }
                }
                ast::Expr::NamedExpr(n) => {
                    if !matches!(&*n.target, ast::Expr::Name(_)) {
                        let msg = walrus_with(ast_kind(&n.target));
                        return Some(self.node_error(&msg, n.target.range()));
                    }
                    stack.push(&n.value);
                }
                ast::Expr::Call(c) => {
                    if let Some(err) = self.bare_generator_argument(c) {
                        return Some(err);
                    }
                    stack.push(&c.func);
                    stack.extend(c.args.iter());
                    stack.extend(c.keywords.iter().map(|k| &k.value));
                }
                ast::Expr::BoolOp(b) => stack.extend(b.values.iter()),
                ast::Expr::BinOp(b) => stack.extend([&*b.left, &*b.right]),
                ast::Expr::UnaryOp(u) => stack.push(&u.operand),
                ast::Expr::Lambda(l) => {
                    let at = self.token_at(self.src.normalized_offset(l.range.start().to_usize()));
                    if let Some(err) = self.lambda_bare_star(at) {
                        return Some(err);
                    }
                    stack.push(&l.body)
                }
                ast::Expr::IfExp(i) => stack.extend([&*i.test, &*i.body, &*i.orelse]),
                ast::Expr::Dict(d) => stack.extend(d.keys.iter().flatten().chain(d.values.iter())),
                ast::Expr::Set(s) => stack.extend(s.elts.iter()),
                ast::Expr::List(l) => stack.extend(l.elts.iter()),
                ast::Expr::Tuple(t) => stack.extend(t.elts.iter()),
                ast::Expr::Await(a) => stack.push(&a.value),
                ast::Expr::Yield(y) => stack.extend(y.value.as_deref()),
                ast::Expr::YieldFrom(y) => stack.push(&y.value),
                ast::Expr::Compare(c) => {
                    stack.extend(std::iter::once(&*c.left).chain(c.comparators.iter()))
                }
                ast::Expr::Attribute(a) => stack.push(&a.value),
                ast::Expr::Subscript(s) => stack.extend([&*s.value, &*s.slice]),
                ast::Expr::Starred(s) => stack.push(&s.value),
                ast::Expr::Slice(s) => stack.extend(
                    s.lower
                        .iter()
                        .chain(s.upper.iter())
                        .chain(s.step.iter())
                        .map(|b| &**b),
                ),
                _ => {}
            }
        }
        None
    }

    fn check_generators<'e>(
        &self,
        generators: &'e [ast::Comprehension],
        stack: &mut Vec<&'e ast::Expr>,
    ) -> Option<SyntaxErrorInfo> {
        for g in generators {
            if let Some(err) = self.invalid_target(&g.target, Target::For) {
                return Some(err);
            }
            stack.push(&g.iter);
            stack.extend(g.ifs.iter());
        }
        None
    }

    /// `f(x for x in y, 1)`: a generator argument needs its own parentheses
    /// unless it is the only argument.
    fn bare_generator_argument(&self, call: &ast::ExprCall) -> Option<SyntaxErrorInfo> {
        self.bare_generator(&call.args, call.keywords.len())
    }

    /// [`Cx::bare_generator_argument`] for `args` beside `keywords` others.
    fn bare_generator(&self, args: &[ast::Expr], keywords: usize) -> Option<SyntaxErrorInfo> {
        let alone = args.len() + keywords == 1;
        args.iter().find_map(|arg| {
            let ast::Expr::GeneratorExp(g) = arg else {
                return None;
            };
            let start = self.src.normalized_offset(g.range.start().to_usize());
            if self.src.text.as_bytes().get(start) == Some(&b'(') {
                return None;
            }
            let last = g.generators.last()?;
            let end = last.ifs.last().unwrap_or(&last.iter).range().end();
            let after = self.token_at(self.src.normalized_offset(end.to_usize()));
            if alone && !self.is(after, ",") {
                return None;
            }
            let range = ast::text_size::TextRange::new(g.range.start(), end);
            Some(self.node_error("Generator expression must be parenthesized", range))
        })
    }

    /// `invalid_assignment` reading an assignment whose targets are not
    /// all targets again as a tuple of named expressions from the
    /// statement's start: the first item that looks like a mistyped
    /// comparison (`x = 1` or `f() = 1` before a comma) is the error.
    fn mistyped_comparison(&self, targets: &[ast::Expr]) -> Option<SyntaxErrorInfo> {
        let first = targets.first()?;
        if targets.iter().all(|t| is_target(t, Target::Store)) {
            return None;
        }
        let skim = Skim::new(self);
        let offset = self.src.normalized_offset(first.range().start().to_usize());
        let mut i = self.stmt_start(self.token_at(offset));
        loop {
            i = if self.is(i, "*") {
                skim.bitwise_or(i + 1)?.0
            } else {
                if let Some(err) = self.comparison_item(&skim, i) {
                    return Some(err);
                }
                skim.expression(i)?.0
            };
            if !self.is(i, ",") {
                return None;
            }
            i += 1;
        }
    }

    /// `invalid_named_expression`'s `!(list|tuple|genexp|'True'|'None'|'False')`:
    /// what cannot start a mistyped comparison `a = b`.
    fn not_comparison_start(&self, skim: &Skim, i: usize) -> bool {
        matches!(self.text(i), "True" | "None" | "False")
            || (self.opens(i)
                && matches!(
                    skim.atom(i),
                    Some((_, Expr::List | Expr::Tuple | Expr::GenExp))
                ))
    }

    /// `invalid_named_expression` for the item at `i`: `x = 1` or
    /// `f() = 1` not followed by another `=` or `:=`.
    fn comparison_item(&self, skim: &Skim, i: usize) -> Option<SyntaxErrorInfo> {
        let value_end = |eq: usize| {
            let (end, _) = skim.bitwise_or(eq + 1)?;
            (!self.is(end, "=") && !self.is(end, ":=")).then_some(end)
        };
        if self.is_name(i) && self.is(i + 1, "=") {
            if let Some(end) = value_end(i + 1) {
                return Some(self.at_range(MSG_EQUALS, i, end));
            }
        }
        let (a_end, kind) = skim.bitwise_or(i)?;
        if self.not_comparison_start(skim, i) || !self.is(a_end, "=") {
            return None;
        }
        value_end(a_end)?;
        // A group's parentheses are not part of the node.
        let a = self.node_start(skim, i, a_end);
        Some(self.at_range(&assign_here(kind), a, a_end - (a - i)))
    }

    /// `RAISE_SYNTAX_ERROR_INVALID_TARGET`: the first part of `target` that
    /// cannot be assigned to (or deleted).
    fn invalid_target(&self, target: &ast::Expr, ctx: Target) -> Option<SyntaxErrorInfo> {
        let bad = first_invalid_target(target, ctx)?;
        let verb = if ctx == Target::Del {
            "delete"
        } else {
            "assign to"
        };
        let msg = format!("cannot {verb} {}", ast_kind(bad).name());
        Some(self.node_error(&msg, bad.range()))
    }

    /// `RAISE_SYNTAX_ERROR_KNOWN_LOCATION` at an AST node.
    fn node_error(&self, msg: &str, range: ast::text_size::TextRange) -> SyntaxErrorInfo {
        let start = self.src.normalized_offset(range.start().to_usize());
        let end = self.src.normalized_offset(range.end().to_usize());
        let (line, end_line) = (
            self.src.line_of(start),
            self.src.line_of(end.saturating_sub(1).max(start)),
        );
        let col = |line: usize, at: usize| at.saturating_sub(self.src.line_start(line)) as i64 + 1;
        let loc = RawLoc {
            line,
            col: col(line, start),
            end_line,
            end_col: col(end_line, end),
        };
        self.known_location(SyntaxKind::SyntaxError, msg, loc)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Store,
    For,
    Del,
}

fn is_target(e: &ast::Expr, ctx: Target) -> bool {
    first_invalid_target(e, ctx).is_none()
}

/// `_PyPegen_get_invalid_target`.
fn first_invalid_target(e: &ast::Expr, ctx: Target) -> Option<&ast::Expr> {
    let mut stack = vec![e];
    while let Some(e) = stack.pop() {
        match e {
            ast::Expr::Name(_) | ast::Expr::Attribute(_) | ast::Expr::Subscript(_) => {}
            ast::Expr::Starred(s) if ctx != Target::Del => stack.push(&s.value),
            ast::Expr::List(l) => stack.extend(l.elts.iter().rev()),
            ast::Expr::Tuple(t) => stack.extend(t.elts.iter().rev()),
            // A comparison `a in b` is what `for a in b` leaves behind.
            ast::Expr::Compare(c) if ctx == Target::For => {
                if c.ops.first() == Some(&ast::CmpOp::In) {
                    stack.push(&c.left);
                }
            }
            _ => return Some(e),
        }
    }
    None
}

/// [`Expr`] of an AST node, for messages.
fn ast_kind(e: &ast::Expr) -> Expr {
    use ast::Expr as E;
    match e {
        E::Name(_) => Expr::Name,
        E::Attribute(_) => Expr::Attribute,
        E::Subscript(_) => Expr::Subscript,
        E::Call(_) => Expr::Call,
        E::Constant(c) => match c.value {
            ast::Constant::None => Expr::None,
            ast::Constant::Bool(true) => Expr::True,
            ast::Constant::Bool(false) => Expr::False,
            ast::Constant::Ellipsis => Expr::Ellipsis,
            _ => Expr::Literal,
        },
        E::Tuple(_) => Expr::Tuple,
        E::List(_) => Expr::List,
        E::Dict(_) => Expr::Dict,
        E::Set(_) => Expr::Set,
        E::BoolOp(_) | E::BinOp(_) | E::UnaryOp(_) => Expr::Operation,
        E::Compare(_) => Expr::Comparison,
        E::IfExp(_) => Expr::Conditional,
        E::Lambda(_) => Expr::Lambda,
        E::Starred(_) => Expr::Starred,
        E::Yield(_) | E::YieldFrom(_) => Expr::Yield,
        E::Await(_) => Expr::Await,
        E::ListComp(_) => Expr::ListComp,
        E::SetComp(_) => Expr::SetComp,
        E::DictComp(_) => Expr::DictComp,
        E::GeneratorExp(_) => Expr::GenExp,
        E::JoinedStr(_) | E::FormattedValue(_) => Expr::FString,
        E::NamedExpr(_) => Expr::Named,
        E::Slice(_) => Expr::Operation,
    }
}

impl Source<'_> {
    /// `err_programtext`: line `lineno` as CPython reads it back from the
    /// file: universal newlines, the last `fgets` chunk (999 bytes) of the
    /// line, cut at a NUL; `""` past the end.
    pub(crate) fn program_text(&self, lineno: usize) -> String {
        const CHUNK: usize = 999;
        let bytes = self.original.as_bytes();
        let mut pos = 0;
        let mut chunk = Vec::new();
        for _ in 0..lineno {
            loop {
                if pos >= bytes.len() {
                    return String::new();
                }
                chunk.clear();
                while chunk.len() < CHUNK && pos < bytes.len() {
                    let b = bytes[pos];
                    pos += 1;
                    if b == b'\r' || b == b'\n' {
                        pos += usize::from(b == b'\r' && bytes.get(pos) == Some(&b'\n'));
                        chunk.push(b'\n');
                        break;
                    }
                    chunk.push(b);
                }
                if chunk.len() < CHUNK || chunk.last() == Some(&b'\n') {
                    break;
                }
            }
        }
        let line = chunk.split(|&b| b == 0).next().unwrap_or_default();
        let line = line.strip_suffix(b"\n").unwrap_or(line);
        String::from_utf8_lossy(line).into_owned()
    }

    /// The first `end` bytes of the source for rustpython-parser, whose
    /// lexer measures indentation differently (it rejects a tab after
    /// spaces, for one). In indentation CPython accepts, tabs and spaces
    /// order the lines the same way, so tabs there become spaces, keeping
    /// every offset.
    pub(crate) fn rustpython_input(
        &self,
        end: usize,
        tab_indents: &[(usize, usize)],
    ) -> std::borrow::Cow<'_, str> {
        let source = &self.original[..end];
        if tab_indents.is_empty() {
            return source.into();
        }
        let mut bytes = source.as_bytes().to_vec();
        for &(start, stop) in tab_indents {
            let at = self.original_offset(start);
            for b in bytes.iter_mut().skip(at).take(stop - start) {
                if *b == b'\t' {
                    *b = b' ';
                }
            }
        }
        String::from_utf8(bytes).map_or_else(|_| source.into(), Into::into)
    }

    /// Byte offset in `original` of byte `offset` of `text`.
    fn original_offset(&self, offset: usize) -> usize {
        let bom = if self.original.starts_with('\u{feff}') {
            3
        } else {
            0
        };
        // The k-th CRLF's '\r' is at `crlf[k] - bom - k` in `text`.
        let mut lo = 0;
        let mut hi = self.crlf.len();
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.crlf[mid] - bom - mid < offset {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        offset + bom + lo
    }

    /// Byte offset in `original` of the end of 1-based `line`, newline
    /// included.
    pub(crate) fn original_line_end(&self, line: usize) -> usize {
        let bytes = self.original.as_bytes();
        let mut seen = 0;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            i += 1;
            if b == b'\r' && bytes.get(i) == Some(&b'\n') {
                i += 1;
            }
            if b == b'\n' || b == b'\r' {
                seen += 1;
                if seen == line {
                    return i;
                }
            }
        }
        bytes.len()
    }

    /// Byte offset in `text` of byte `offset` of the original source.
    pub(crate) fn normalized_offset(&self, offset: usize) -> usize {
        let bom = if self.original.starts_with('\u{feff}') {
            3
        } else {
            0
        };
        let crlf = self.crlf.partition_point(|&cr| cr < offset);
        offset.saturating_sub(bom + crlf)
    }
}

/// A string literal's prefix and the text between its quotes.
fn split_literal(lit: &str) -> (&str, &str) {
    let (prefix, quoted) = lit.split_at(lit.find(['\'', '"']).unwrap_or(0));
    let quotes = if quoted.starts_with("\"\"\"") || quoted.starts_with("'''") {
        3
    } else {
        1
    };
    (
        prefix,
        quoted
            .get(quotes..quoted.len().saturating_sub(quotes))
            .unwrap_or(""),
    )
}

/// Length of `s` in the buffer CPython's `decode_unicode_with_escapes`
/// hands to the decoder, where non-ASCII characters are spelled `\Uxxxxxxxx`
/// (and a backslash before one becomes `\u005c`).
fn escaped_len(s: &str) -> usize {
    let mut len = 0;
    let mut prev_backslash = false;
    for c in s.chars() {
        len += if c.is_ascii() {
            1
        } else {
            10 + if prev_backslash { 5 } else { 0 }
        };
        prev_backslash = c == '\\' && !prev_backslash;
    }
    len
}

fn unicode_escape_message(start: usize, end: usize, reason: &str) -> String {
    format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{}: {reason}",
        end.saturating_sub(1)
    )
}

/// The error `unicode_escape` decoding reports for the body of a str
/// literal, with positions in CPython's rewritten buffer.
fn unicode_escape_error(body: &str) -> Option<String> {
    let b = body.as_bytes();
    let mut i = 0;
    // Position in CPython's buffer of byte `i` of the body.
    let pos = |i: usize| escaped_len(&body[..i]);
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        let start = i;
        let &c = b.get(i + 1)?;
        i += 2;
        let (count, what) = match c {
            b'x' => (2, "truncated \\xXX escape"),
            b'u' => (4, "truncated \\uXXXX escape"),
            b'U' => (8, "truncated \\UXXXXXXXX escape"),
            b'N' => {
                // The name's validity is rustpython's to check.
                let malformed = |at: usize| {
                    Some(unicode_escape_message(
                        pos(start),
                        pos(at),
                        "malformed \\N character escape",
                    ))
                };
                if b.get(i) != Some(&b'{') {
                    return malformed(i);
                }
                match body[i..].find('}') {
                    None => return malformed(b.len()),
                    Some(1) => return malformed(i + 1),
                    Some(n) => i += n + 1,
                }
                continue;
            }
            _ => continue,
        };
        let digits = b[i..]
            .iter()
            .take(count)
            .take_while(|d| d.is_ascii_hexdigit())
            .count();
        i += digits;
        if digits < count {
            return Some(unicode_escape_message(pos(start), pos(i), what));
        }
        if c == b'U' && u32::from_str_radix(&body[i - 8..i], 16).map_or(true, |v| v > 0x10FFFF) {
            return Some(unicode_escape_message(
                pos(start),
                pos(i),
                "illegal Unicode character",
            ));
        }
    }
    None
}

/// The error `PyBytes_DecodeEscape` reports for the body of a bytes literal.
fn bytes_escape_error(body: &str) -> Option<String> {
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' {
            if b.get(i + 1) == Some(&b'x')
                && !b
                    .get(i + 2..i + 4)
                    .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit))
            {
                return Some(format!("(value error) invalid \\x escape at position {i}"));
            }
            i += 1;
        }
        i += 1;
    }
    None
}

/// Where CPython reports an error in a string literal's value.
enum LiteralError {
    /// At the token after the concatenated strings (`RAISE_SYNTAX_ERROR`).
    AfterGroup(String),
    /// Where it says.
    Located(SyntaxErrorInfo),
}

/// CPython 3.11's f-string parser (`Parser/string_parser.c`) over the body
/// of the f-string token `tok`, for its errors.
struct FString<'c, 'a> {
    cx: &'c Cx<'a>,
    tok: usize,
    body: &'c str,
    raw: bool,
    compile: bool,
}

impl FString<'_, '_> {
    fn at(&self, pos: usize) -> Option<u8> {
        self.body.as_bytes().get(pos).copied()
    }

    /// `_PyPegen_FstringParser_ConcatFstring`: literals and replacement
    /// fields from `pos`, at nesting `level` (1 inside a format spec).
    fn parse(&self, pos: &mut usize, level: u8) -> Option<LiteralError> {
        loop {
            let (doubled, literal) = match self.literal(pos, level) {
                Ok(found) => found,
                Err(err) => return Some(err),
            };
            if !self.raw {
                if let Some(msg) = unicode_escape_error(literal) {
                    return Some(LiteralError::AfterGroup(msg));
                }
            }
            if doubled {
                continue;
            }
            match self.at(*pos) {
                None | Some(b'}') => break,
                Some(_) => {
                    if let Err(err) = self.field(pos, level) {
                        return Some(err);
                    }
                }
            }
        }
        if level > 0 && self.at(*pos) != Some(b'}') {
            return Some(LiteralError::AfterGroup(FSTRING_EXPECTING.to_string()));
        }
        None
    }

    /// `fstring_find_literal`: the literal text up to a replacement field;
    /// says whether it ended at a doubled brace.
    fn literal(&self, pos: &mut usize, level: u8) -> Result<(bool, &str), LiteralError> {
        let start = *pos;
        while let Some(mut ch) = self.at(*pos) {
            *pos += 1;
            if !self.raw && ch == b'\\' && *pos < self.body.len() {
                ch = self.body.as_bytes()[*pos];
                *pos += 1;
                if ch == b'N' {
                    // Skip a `\N{...}` escape, whose braces are not fields.
                    if self.at(*pos) == Some(b'{') {
                        *pos += 1;
                        while let Some(c) = self.at(*pos) {
                            *pos += 1;
                            if c == b'}' {
                                break;
                            }
                        }
                    } else {
                        *pos += usize::from(self.at(*pos).is_some());
                    }
                    continue;
                }
            }
            if ch == b'{' || ch == b'}' {
                if level == 0 {
                    if self.at(*pos) == Some(ch) {
                        *pos += 1;
                        return Ok((true, &self.body[start..*pos - 1]));
                    }
                    if ch == b'}' {
                        return Err(LiteralError::AfterGroup(FSTRING_SINGLE_BRACE.to_string()));
                    }
                }
                *pos -= 1;
                break;
            }
        }
        Ok((false, self.body.get(start..*pos).unwrap_or("")))
    }

    /// `fstring_find_expr`: the replacement field at `pos` (a `{`).
    fn field(&self, pos: &mut usize, level: u8) -> Result<(), LiteralError> {
        let fail = |msg: String| Err(LiteralError::AfterGroup(msg));
        if level >= 2 {
            return fail(FSTRING_NESTED.to_string());
        }
        *pos += 1;
        let start = *pos;
        let (mut quote, mut triple) = (0u8, false);
        let mut brackets = Vec::new();
        while let Some(ch) = self.at(*pos) {
            if ch == b'\\' {
                return fail(FSTRING_BACKSLASH.to_string());
            }
            let next = |k: usize| self.at(*pos + k);
            if quote != 0 {
                if ch == quote {
                    if !triple {
                        quote = 0;
                    } else if next(1) == Some(ch) && next(2) == Some(ch) {
                        *pos += 2;
                        quote = 0;
                    }
                }
            } else if ch == b'\'' || ch == b'"' {
                triple = next(1) == Some(ch) && next(2) == Some(ch);
                *pos += if triple { 2 } else { 0 };
                quote = ch;
            } else if b"([{".contains(&ch) {
                if brackets.len() >= tokens::MAX_LEVEL {
                    return fail("f-string: too many nested parenthesis".to_string());
                }
                brackets.push(ch);
            } else if ch == b'#' {
                return fail(FSTRING_COMMENT.to_string());
            } else if brackets.is_empty() && b"!:}=<>".contains(&ch) {
                // `!=`, `==`, `<=` and `>=` are operators, `<` and `>` too.
                if next(1) == Some(b'=') && b"!=<>".contains(&ch) {
                    *pos += 2;
                    continue;
                }
                if ch != b'<' && ch != b'>' {
                    break;
                }
            } else if b")]}".contains(&ch) {
                let Some(open) = brackets.pop() else {
                    return fail(fstring_unmatched(char::from(ch)));
                };
                if !matches!((open, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                    return fail(format!(
                        "f-string: {}",
                        tokens::mismatched(char::from(ch), char::from(open))
                    ));
                }
            }
            *pos += 1;
        }
        if quote != 0 {
            return fail(FSTRING_UNTERMINATED.to_string());
        }
        if let Some(&open) = brackets.last() {
            return fail(fstring_unmatched(char::from(open)));
        }
        let Some(end_char) = self.at(*pos) else {
            return fail(FSTRING_EXPECTING.to_string());
        };
        self.compile(start, *pos, end_char)?;
        if end_char == b'=' {
            *pos += 1;
            while self
                .at(*pos)
                .is_some_and(|c| c.is_ascii_whitespace() || c == b'\x0b')
            {
                *pos += 1;
            }
        }
        if self.at(*pos) == Some(b'!') {
            *pos += 1;
            let conversion = self.at(*pos);
            *pos += usize::from(conversion.is_some());
            match conversion {
                None => return fail(FSTRING_EXPECTING.to_string()),
                Some(b's' | b'r' | b'a') => {}
                Some(_) => return fail(FSTRING_CONVERSION.to_string()),
            }
        }
        if self.at(*pos) == Some(b':') {
            *pos += 1;
            if self.at(*pos).is_none() {
                return fail(FSTRING_EXPECTING.to_string());
            }
            if let Some(err) = self.parse(pos, level + 1) {
                return Err(err);
            }
        }
        if self.at(*pos) != Some(b'}') {
            return fail(FSTRING_EXPECTING.to_string());
        }
        *pos += 1;
        Ok(())
    }

    /// `fstring_compile_expr`: the expression is parsed on its own, in
    /// parentheses, and errors are reported in that text.
    fn compile(&self, start: usize, end: usize, end_char: u8) -> Result<(), LiteralError> {
        let expr = &self.body[start..end];
        if expr
            .bytes()
            .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\x0c'))
        {
            let msg = match end_char {
                b'!' | b':' | b'=' => format!(
                    "f-string: expression required before '{}'",
                    char::from(end_char)
                ),
                _ => FSTRING_EMPTY.to_string(),
            };
            return Err(LiteralError::AfterGroup(msg));
        }
        if !self.compile {
            return Ok(());
        }
        let source = format!("({expr})");
        let src = Source::new(&source);
        let scan = tokens::tokenize(&src);
        let lines = self.body[..start].matches('\n').count();
        let mut err = match scan.stop {
            // Tokenizer errors keep their wording and columns.
            Stop::Raised(err) => err,
            _ => match parse_module(&source) {
                Ok(_) => return Ok(()),
                Err(mut err) if err.lineno > 1 => {
                    // CPython shifts the columns of the expression's first
                    // line to the f-string's, and takes the shift off every
                    // error's columns.
                    let token_col = if lines == 0 {
                        self.cx.toks[self.tok].col.unwrap_or(0)
                    } else {
                        0
                    };
                    let shift = self.field_column(start - 1) + token_col;
                    let unshift =
                        |c: Option<usize>| c.and_then(|c| c.checked_sub(shift)).filter(|&c| c > 0);
                    err.offset = unshift(err.offset);
                    err.end_offset = unshift(err.end_offset);
                    err.msg.insert_str(0, "f-string: ");
                    err
                }
                Err(mut err) => {
                    err.msg.insert_str(0, "f-string: ");
                    err
                }
            },
        };
        // Lines count from the f-string's, plus the lines before the field.
        let before = self.cx.toks[self.tok].line + lines - 1;
        err.lineno += before;
        err.end_lineno = err.end_lineno.map(|l| l + before);
        Err(LiteralError::Located(err))
    }

    /// `fstring_find_expr_location`'s column of the field's `{` at `brace`
    /// (0 when a newline follows the brace), counted in the token's text.
    fn field_column(&self, brace: usize) -> usize {
        let rest = &self.body[brace + 1..];
        let before_end = rest.find(['}', '\n']).map_or(rest, |end| &rest[..end]);
        if before_end
            .bytes()
            .all(|c| matches!(c, b' ' | b'\t' | b'\x0c'))
        {
            return 0;
        }
        let lit = self.cx.text(self.tok);
        let quotes = (lit.len() - self.body.len() - split_literal(lit).0.len()) / 2;
        let brace = split_literal(lit).0.len() + quotes + brace;
        lit[..brace].rfind('\n').map_or(brace, |nl| brace - nl - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::parse_module;

    /// Sources, and what `python3 x.py` (CPython 3.11.7) prints on stderr for
    /// them ("OK" when it compiles them).
    const CPYTHON: &[(&str, &str)] = &[
        ("print((1\n", "  File \"x.py\", line 1\n    print((1\n          ^\nSyntaxError: '(' was never closed\n"),
        ("x = [1, 2\n", "  File \"x.py\", line 1\n    x = [1, 2\n        ^\nSyntaxError: '[' was never closed\n"),
        ("x = [1, 2\ny = 3\n", "  File \"x.py\", line 1\n    x = [1, 2\n        ^\nSyntaxError: '[' was never closed\n"),
        ("x = (1,\n\ny = 2\nz = 3\n", "  File \"x.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"),
        ("x = [1, 2)\n", "  File \"x.py\", line 1\n    x = [1, 2)\n             ^\nSyntaxError: closing parenthesis ')' does not match opening parenthesis '['\n"),
        ("x = (1,\n 2]\n", "  File \"x.py\", line 2\n    2]\n     ^\nSyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1\n"),
        ("x = )\n", "  File \"x.py\", line 1\n    x = )\n        ^\nSyntaxError: unmatched ')'\n"),
        ("x = ]\n", "  File \"x.py\", line 1\n    x = ]\n        ^\nSyntaxError: unmatched ']'\n"),
        ("}\n", "  File \"x.py\", line 1\n    }\n    ^\nSyntaxError: unmatched '}'\n"),
        ("print(1))\n", "  File \"x.py\", line 1\n    print(1))\n            ^\nSyntaxError: unmatched ')'\n"),
        ("(1 2 3\n", "  File \"x.py\", line 1\n    (1 2 3\n     ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"),
        ("x = ( if\n", "  File \"x.py\", line 1\n    x = ( if\n          ^^\nSyntaxError: invalid syntax\n"),
        ("def f(:\n", "  File \"x.py\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n"),
        ("if (x:\n    pass\n", "  File \"x.py\", line 1\n    if (x:\n         ^\nSyntaxError: invalid syntax\n"),
        ("s = \"abc\n", "  File \"x.py\", line 1\n    s = \"abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n"),
        ("s = 'abc\n", "  File \"x.py\", line 1\n    s = 'abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n"),
        ("s = \"\"\"abc\n\ndef\n", "  File \"x.py\", line 1\n    s = \"\"\"abc\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 3)\n"),
        ("s = '''abc", "  File \"x.py\", line 1\n    s = '''abc\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 1)\n"),
        ("x = f\"abc\n", "  File \"x.py\", line 1\n    x = f\"abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n"),
        ("x = rb'abc\n", "  File \"x.py\", line 1\n    x = rb'abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n"),
        ("x = 1\ns = \"\"\"\n", "  File \"x.py\", line 2\n    s = \"\"\"\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 2)\n"),
        ("x = \"\"\n", "OK\n"),
        ("x = ''''\n", "  File \"x.py\", line 1\n    x = ''''\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 1)\n"),
        ("x = $\n", "  File \"x.py\", line 1\n    x = $\n        ^\nSyntaxError: invalid syntax\n"),
        ("x = 1 \u{20ac}\n", "  File \"x.py\", line 1\n    x = 1 \u{20ac}\n          ^\nSyntaxError: invalid character '\u{20ac}' (U+20AC)\n"),
        ("x = \u{a0}1\n", "  File \"x.py\", line 1\n    x = \u{a0}1\n        ^\nSyntaxError: invalid non-printable character U+00A0\n"),
        ("x = a\u{200b}b\n", "  File \"x.py\", line 1\n    x = a\u{200b}b\n         ^\nSyntaxError: invalid non-printable character U+200B\n"),
        ("print(\u{201c}hello\u{201d})\n", "  File \"x.py\", line 1\n    print(\u{201c}hello\u{201d})\n          ^\nSyntaxError: invalid character '\u{201c}' (U+201C)\n"),
        ("x = 3 \u{d7} 4\n", "  File \"x.py\", line 1\n    x = 3 \u{d7} 4\n          ^\nSyntaxError: invalid character '\u{d7}' (U+00D7)\n"),
        ("x\u{b2} = 4\n", "  File \"x.py\", line 1\n    x\u{b2} = 4\n     ^\nSyntaxError: invalid character '\u{b2}' (U+00B2)\n"),
        ("caf\u{e9} = 1\nprint(caf\u{e9})\n", "OK\n"),
        ("x = \u{1}\n", "  File \"x.py\", line 1\n    x = \u{1}\n        ^\nSyntaxError: invalid non-printable character U+0001\n"),
        ("a = 1\u{b}\n", "  File \"x.py\", line 1\n    a = 1\u{b}\n         ^\nSyntaxError: invalid non-printable character U+000B\n"),
        ("x = 1abc\n", "  File \"x.py\", line 1\n    x = 1abc\n        ^\nSyntaxError: invalid decimal literal\n"),
        ("x = 0777\n", "  File \"x.py\", line 1\n    x = 0777\n        ^\nSyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers\n"),
        ("x = 0x\n", "  File \"x.py\", line 1\n    x = 0x\n         ^\nSyntaxError: invalid hexadecimal literal\n"),
        ("x = 0xg\n", "  File \"x.py\", line 1\n    x = 0xg\n         ^\nSyntaxError: invalid hexadecimal literal\n"),
        ("x = 0o8\n", "  File \"x.py\", line 1\n    x = 0o8\n          ^\nSyntaxError: invalid digit '8' in octal literal\n"),
        ("x = 0b2\n", "  File \"x.py\", line 1\n    x = 0b2\n          ^\nSyntaxError: invalid digit '2' in binary literal\n"),
        ("x = 1_\n", "  File \"x.py\", line 1\n    x = 1_\n         ^\nSyntaxError: invalid decimal literal\n"),
        ("x = 1__0\n", "  File \"x.py\", line 1\n    x = 1__0\n         ^\nSyntaxError: invalid decimal literal\n"),
        ("x = 1e\n", "  File \"x.py\", line 1\n    x = 1e\n        ^\nSyntaxError: invalid decimal literal\n"),
        ("x = 1.5j3\n", "  File \"x.py\", line 1\n    x = 1.5j3\n           ^\nSyntaxError: invalid imaginary literal\n"),
        ("x = 0b1_\n", "  File \"x.py\", line 1\n    x = 0b1_\n           ^\nSyntaxError: invalid binary literal\n"),
        ("x = 1if 1 else 2\n", "OK\n"),
        ("x = 09\n", "  File \"x.py\", line 1\n    x = 09\n        ^\nSyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers\n"),
        ("x = 00\n", "OK\n"),
        ("x = 0xffL\n", "  File \"x.py\", line 1\n    x = 0xffL\n           ^\nSyntaxError: invalid hexadecimal literal\n"),
        ("  x=1\n", "  File \"x.py\", line 1\n    x=1\nIndentationError: unexpected indent\n"),
        ("x=1\n  y=2\n", "  File \"x.py\", line 2\n    y=2\nIndentationError: unexpected indent\n"),
        ("if x:\n    a\n        b\n", "  File \"x.py\", line 3\n    b\nIndentationError: unexpected indent\n"),
        ("if x:\npass\n", "  File \"x.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n"),
        ("if x:\n    a\n  b\n", "  File \"x.py\", line 3\n    b\n     ^\nIndentationError: unindent does not match any outer indentation level\n"),
        ("def f():\n    return 1\n  \tx\n", "  File \"x.py\", line 3\n    x\nTabError: inconsistent use of tabs and spaces in indentation\n"),
        ("if x:\n\ty\n        z\n", "  File \"x.py\", line 3\n    z\nTabError: inconsistent use of tabs and spaces in indentation\n"),
        ("if True:\n    x = 1\n   y = 2\n", "  File \"x.py\", line 3\n    y = 2\n         ^\nIndentationError: unindent does not match any outer indentation level\n"),
        ("for i in range(3):\nprint(i)\n", "  File \"x.py\", line 2\n    print(i)\n    ^\nIndentationError: expected an indented block after 'for' statement on line 1\n"),
        ("def f():\n\"\"\"doc\"\"\"\n", "  File \"x.py\", line 2\n    \"\"\"doc\"\"\"\n    ^\nIndentationError: expected an indented block after function definition on line 1\n"),
        ("class A:\npass\n", "  File \"x.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block after class definition on line 1\n"),
        ("while x:\n\n", "  File \"x.py\", line 2\n    \nIndentationError: expected an indented block after 'while' statement on line 1\n"),
        ("if x:\n", "  File \"x.py\", line 1\n    if x:\nIndentationError: expected an indented block after 'if' statement on line 1\n"),
        ("def f():\n    pass\n\n  x = 1\n", "  File \"x.py\", line 4\n    x = 1\n         ^\nIndentationError: unindent does not match any outer indentation level\n"),
        ("if a:\n  if b:\n    c\n d\n", "  File \"x.py\", line 4\n    d\n     ^\nIndentationError: unindent does not match any outer indentation level\n"),
        ("\tx = 1\n", "  File \"x.py\", line 1\n    x = 1\nIndentationError: unexpected indent\n"),
        ("if x:\n\tpass\n    \tpass\n", "  File \"x.py\", line 3\n    pass\nTabError: inconsistent use of tabs and spaces in indentation\n"),
        ("class A:\n    def f(self):\n    pass\n", "  File \"x.py\", line 3\n    pass\n    ^\nIndentationError: expected an indented block after function definition on line 2\n"),
        ("if x\n  pass\n", "  File \"x.py\", line 1\n    if x\n        ^\nSyntaxError: expected ':'\n"),
        ("for x in range(3)\n  pass\n", "  File \"x.py\", line 1\n    for x in range(3)\n                     ^\nSyntaxError: expected ':'\n"),
        ("def f()\n  pass\n", "  File \"x.py\", line 1\n    def f()\n           ^\nSyntaxError: expected ':'\n"),
        ("class A\n  pass\n", "  File \"x.py\", line 1\n    class A\n           ^\nSyntaxError: expected ':'\n"),
        ("print 'hello'\n", "  File \"x.py\", line 1\n    print 'hello'\n    ^^^^^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n"),
        ("print \"hello\"\n", "  File \"x.py\", line 1\n    print \"hello\"\n    ^^^^^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n"),
        ("print x\n", "  File \"x.py\", line 1\n    print x\n    ^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n"),
        ("print x, y\n", "  File \"x.py\", line 1\n    print x, y\n    ^^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n"),
        ("exec \"code\"\n", "  File \"x.py\", line 1\n    exec \"code\"\n    ^^^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'exec'. Did you mean exec(...)?\n"),
        ("if x = 1:\n  pass\n", "  File \"x.py\", line 1\n    if x = 1:\n       ^^^^^\nSyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n"),
        ("while x = 1:\n  pass\n", "  File \"x.py\", line 1\n    while x = 1:\n          ^^^^^\nSyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n"),
        ("1 = x\n", "  File \"x.py\", line 1\n    1 = x\n    ^\nSyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?\n"),
        ("f() = 1\n", "  File \"x.py\", line 1\n    f() = 1\n    ^^^\nSyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n"),
        ("x + 1 = 2\n", "  File \"x.py\", line 1\n    x + 1 = 2\n    ^^^^^\nSyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?\n"),
        ("None = 1\n", "  File \"x.py\", line 1\n    None = 1\n    ^^^^\nSyntaxError: cannot assign to None\n"),
        ("x.y = 1 = 2\n", "  File \"x.py\", line 1\n    x.y = 1 = 2\n          ^\nSyntaxError: cannot assign to literal\n"),
        ("print(1 2)\n", "  File \"x.py\", line 1\n    print(1 2)\n          ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"),
        ("x = [1 2 3]\n", "  File \"x.py\", line 1\n    x = [1 2 3]\n         ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"),
        ("f(a b c)\n", "  File \"x.py\", line 1\n    f(a b c)\n      ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"),
        ("f(x for x in y, 1)\n", "  File \"x.py\", line 1\n    f(x for x in y, 1)\n      ^^^^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n"),
        ("def f(x=1, y):\n  pass\n", "  File \"x.py\", line 1\n    def f(x=1, y):\n               ^\nSyntaxError: non-default argument follows default argument\n"),
        ("f(a=1, b)\n", "  File \"x.py\", line 1\n    f(a=1, b)\n            ^\nSyntaxError: positional argument follows keyword argument\n"),
        ("f(**k, *a)\n", "  File \"x.py\", line 1\n    f(**k, *a)\n           ^\nSyntaxError: iterable argument unpacking follows keyword argument unpacking\n"),
        ("x = yield = 1\n", "  File \"x.py\", line 1\n    x = yield = 1\n        ^^^^^\nSyntaxError: assignment to yield expression not possible\n"),
        ("del 1\n", "  File \"x.py\", line 1\n    del 1\n        ^\nSyntaxError: cannot delete literal\n"),
        ("for 1 in x:\n  pass\n", "  File \"x.py\", line 1\n    for 1 in x:\n        ^\nSyntaxError: cannot assign to literal\n"),
        ("with a as 1:\n  pass\n", "  File \"x.py\", line 1\n    with a as 1:\n              ^\nSyntaxError: cannot assign to literal\n"),
        ("f() += 1\n", "  File \"x.py\", line 1\n    f() += 1\n    ^^^\nSyntaxError: 'function call' is an illegal expression for augmented assignment\n"),
        ("(a, 1) = x\n", "  File \"x.py\", line 1\n    (a, 1) = x\n        ^\nSyntaxError: cannot assign to literal\n"),
        ("[a, f()] = x\n", "  File \"x.py\", line 1\n    [a, f()] = x\n        ^^^\nSyntaxError: cannot assign to function call\n"),
        ("from x import a,\n", "  File \"x.py\", line 1\n    from x import a,\n                    ^\nSyntaxError: trailing comma not allowed without surrounding parentheses\n"),
        ("a = 1 if b\n", "  File \"x.py\", line 1\n    a = 1 if b\n        ^^^^^^\nSyntaxError: expected 'else' after 'if' expression\n"),
        ("x = 1\\ 2\n", "  File \"x.py\", line 1\n    x = 1\\ 2\n          ^\nSyntaxError: unexpected character after line continuation character\n"),
        ("x = 1 + \\\n", "  File \"x.py\", line 1\n    x = 1 + \\\n             ^\nSyntaxError: unexpected EOF while parsing\n"),
        ("x = 1 + \\", "  File \"x.py\", line 1\n    x = 1 + \\\n             ^\nSyntaxError: unexpected EOF while parsing\n"),
        ("x = 1\0 2\n", "  File \"x.py\", line 1\n    x = 1\nSyntaxError: source code cannot contain null bytes\n"),
        ("x = 1\ny = (\0\n", "  File \"x.py\", line 2\n    y = (\nSyntaxError: source code cannot contain null bytes\n"),
        ("x = (\n\0\n", "  File \"x.py\", line 2\n    \nSyntaxError: source code cannot contain null bytes\n"),
        ("print(1)\n\0\n", "  File \"x.py\", line 2\n    \nSyntaxError: source code cannot contain null bytes\n"),
        ("try:\n    x = 1\nexcept Exception, e:\n    print(e)\n", "  File \"x.py\", line 3\n    except Exception, e:\n           ^^^^^^^^^^^^\nSyntaxError: multiple exception types must be parenthesized\n"),
        ("exec 'x = 1' in d\n", "  File \"x.py\", line 1\n    exec 'x = 1' in d\n    ^^^^^^^^^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'exec'. Did you mean exec(...)?\n"),
        ("def f(a, (b, c)):\n    pass\n", "  File \"x.py\", line 1\n    def f(a, (b, c)):\n             ^^^^^^\nSyntaxError: Function parameters cannot be parenthesized\n"),
        ("lambda (a, b): a\n", "  File \"x.py\", line 1\n    lambda (a, b): a\n           ^^^^^^\nSyntaxError: Lambda expression parameters cannot be parenthesized\n"),
        ("print(\u{201c}Hello\u{201d})\n", "  File \"x.py\", line 1\n    print(\u{201c}Hello\u{201d})\n          ^\nSyntaxError: invalid character '\u{201c}' (U+201C)\n"),
        ("print(\u{2018}Hello\u{2019})\n", "  File \"x.py\", line 1\n    print(\u{2018}Hello\u{2019})\n          ^\nSyntaxError: invalid character '\u{2018}' (U+2018)\n"),
        ("x = 1 \u{2013} 2\n", "  File \"x.py\", line 1\n    x = 1 \u{2013} 2\n          ^\nSyntaxError: invalid character '\u{2013}' (U+2013)\n"),
        ("x\u{a0}= 1\n", "  File \"x.py\", line 1\n    x\u{a0}= 1\n     ^\nSyntaxError: invalid non-printable character U+00A0\n"),
        ("\u{feff}\u{feff}x = 1\n", "  File \"x.py\", line 1\n    \u{feff}x = 1\n    ^\nSyntaxError: invalid non-printable character U+FEFF\n"),
        ("print('hi')\u{3000}\n", "  File \"x.py\", line 1\n    print('hi')\u{3000}\n               ^\nSyntaxError: invalid non-printable character U+3000\n"),
        ("x = \u{bd}\n", "  File \"x.py\", line 1\n    x = \u{bd}\n        ^\nSyntaxError: invalid character '\u{bd}' (U+00BD)\n"),
        ("x = 5\u{20ac}\n", "  File \"x.py\", line 1\n    x = 5\u{20ac}\n         ^\nSyntaxError: invalid character '\u{20ac}' (U+20AC)\n"),
        ("x = [1, 2, 3]\nprint(x[0)\n", "  File \"x.py\", line 2\n    print(x[0)\n             ^\nSyntaxError: closing parenthesis ')' does not match opening parenthesis '['\n"),
        ("x = (1 +\ny = 2)\n", "  File \"x.py\", line 1\n    x = (1 +\n         ^^^\nSyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?\n"),
        ("try:\n    x = 1\nprint(x)\n", "  File \"x.py\", line 3\n    print(x)\n    ^^^^^\nSyntaxError: expected 'except' or 'finally' block\n"),
        ("try:\n    x = 1\n", "  File \"x.py\", line 2\n    x = 1\nSyntaxError: expected 'except' or 'finally' block\n"),
        ("class Foo():\npass\n", "  File \"x.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block after class definition on line 1\n"),
        ("from os import path,\n", "  File \"x.py\", line 1\n    from os import path,\n                        ^\nSyntaxError: trailing comma not allowed without surrounding parentheses\n"),
        ("x = 1 if y\n", "  File \"x.py\", line 1\n    x = 1 if y\n        ^^^^^^\nSyntaxError: expected 'else' after 'if' expression\n"),
        ("x = 1 \\ \n", "  File \"x.py\", line 1\n    x = 1 \\ \n           ^\nSyntaxError: unexpected character after line continuation character\n"),
        ("f(a, b=1, c)\n", "  File \"x.py\", line 1\n    f(a, b=1, c)\n               ^\nSyntaxError: positional argument follows keyword argument\n"),
        ("f(a for a in b, c)\n", "  File \"x.py\", line 1\n    f(a for a in b, c)\n      ^^^^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n"),
        ("f(**a, *b)\n", "  File \"x.py\", line 1\n    f(**a, *b)\n           ^\nSyntaxError: iterable argument unpacking follows keyword argument unpacking\n"),
        ("def f(x=1, y): pass\n", "  File \"x.py\", line 1\n    def f(x=1, y): pass\n               ^\nSyntaxError: non-default argument follows default argument\n"),
        ("def f(x, x): pass\n", "  File \"x.py\", line 1\n    def f(x, x): pass\n             ^\nSyntaxError: duplicate argument 'x' in function definition\n"),
        ("f(x=1, x=2)\n", "  File \"x.py\", line 1\n    f(x=1, x=2)\n           ^^^\nSyntaxError: keyword argument repeated: x\n"),
        ("lambda x, x: 1\n", "  File \"x.py\", line 1\n    lambda x, x: 1\n              ^\nSyntaxError: duplicate argument 'x' in function definition\n"),
        ("x = 0o\n", "  File \"x.py\", line 1\n    x = 0o\n         ^\nSyntaxError: invalid octal literal\n"),
        ("x = 0b\n", "  File \"x.py\", line 1\n    x = 0b\n         ^\nSyntaxError: invalid binary literal\n"),
        ("f'{'\n", "  File \"x.py\", line 1\n    f'{'\n        ^\nSyntaxError: f-string: expecting '}'\n"),
        ("f'{}'\n", "  File \"x.py\", line 1\n    f'{}'\n         ^\nSyntaxError: f-string: empty expression not allowed\n"),
        ("f'}'\n", "  File \"x.py\", line 1\n    f'}'\n        ^\nSyntaxError: f-string: single '}' is not allowed\n"),
        ("f'{a!x}'\n", "  File \"x.py\", line 1\n    f'{a!x}'\n            ^\nSyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'\n"),
        ("f'{a b}'\n", "  File \"x.py\", line 1\n    (a b)\n     ^^^\nSyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?\n"),
        ("f'{a:{b:{c}}}'\n", "  File \"x.py\", line 1\n    f'{a:{b:{c}}}'\n                  ^\nSyntaxError: f-string: expressions nested too deeply\n"),
        ("x = f'{x'\ny = 1\n", "  File \"x.py\", line 1\n    x = f'{x'\n             ^\nSyntaxError: f-string: expecting '}'\n"),
        ("b'\u{e9}'\n", "  File \"x.py\", line 1\n    b'\u{e9}'\n    ^^^^^\nSyntaxError: bytes can only contain ASCII literal characters\n"),
        ("'a' b'b'\n", "  File \"x.py\", line 1\n    'a' b'b'\n            ^\nSyntaxError: cannot mix bytes and nonbytes literals\n"),
        ("x = '\\N{nope}'\n", "  File \"x.py\", line 1\n    x = '\\N{nope}'\n                  ^\nSyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name\n"),
        ("x = '\\x1'\n", "  File \"x.py\", line 1\n    x = '\\x1'\n             ^\nSyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape\n"),
        ("x = b'\\x'\n", "  File \"x.py\", line 1\n    x = b'\\x'\n             ^\nSyntaxError: (value error) invalid \\x escape at position 0\n"),
        ("x = '\\u12'\n", "  File \"x.py\", line 1\n    x = '\\u12'\n              ^\nSyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape\n"),
        ("x = (1,\r\n 2]\r\n", "  File \"x.py\", line 2\n    2]\n     ^\nSyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1\n"),
        ("def f(): yield = 1\n", "  File \"x.py\", line 1\n    def f(): yield = 1\n             ^^^^^\nSyntaxError: assignment to yield expression not possible\n"),
        ("x = {1:}\n", "  File \"x.py\", line 1\n    x = {1:}\n          ^\nSyntaxError: expression expected after dictionary key and ':'\n"),
        ("x = {1:2, 3}\n", "  File \"x.py\", line 1\n    x = {1:2, 3}\n              ^\nSyntaxError: ':' expected after dictionary key\n"),
        ("x = {a: *b}\n", "  File \"x.py\", line 1\n    x = {a: *b}\n            ^^\nSyntaxError: cannot use a starred expression in a dictionary value\n"),
        ("def f(a=):\n  pass\n", "  File \"x.py\", line 1\n    def f(a=):\n           ^\nSyntaxError: expected default value expression\n"),
        ("def f(*, **k):\n  pass\n", "  File \"x.py\", line 1\n    def f(*, **k):\n          ^\nSyntaxError: named arguments must follow bare *\n"),
        ("def f(**k, a):\n  pass\n", "  File \"x.py\", line 1\n    def f(**k, a):\n               ^\nSyntaxError: arguments cannot follow var-keyword argument\n"),
        ("def f(a, /, b, /):\n  pass\n", "  File \"x.py\", line 1\n    def f(a, /, b, /):\n                   ^\nSyntaxError: / may appear only once\n"),
        ("print(f'{name!}')\n", "  File \"x.py\", line 1\n    print(f'{name!}')\n                    ^\nSyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'\n"),
        ("print(f'{}')\n", "  File \"x.py\", line 1\n    print(f'{}')\n               ^\nSyntaxError: f-string: empty expression not allowed\n"),
        ("print(f'{x:{y:{z}}}')\n", "  File \"x.py\", line 1\n    print(f'{x:{y:{z}}}')\n                        ^\nSyntaxError: f-string: expressions nested too deeply\n"),
        ("print(f'{a['b']}')\n", "  File \"x.py\", line 1\n    print(f'{a['b']}')\n                     ^\nSyntaxError: f-string: unmatched '['\n"),
        ("print(f'{lambda x:1}')\n", "  File \"x.py\", line 1\n    (lambda x)\n             ^\nSyntaxError: f-string: invalid syntax\n"),
        ("print(f'''{\n1 +\n}''')\n", "  File \"x.py\", line 3\n    )\nSyntaxError: f-string: invalid syntax\n"),
        ("print(f'{x}}')\n", "  File \"x.py\", line 1\n    print(f'{x}}')\n                 ^\nSyntaxError: f-string: single '}' is not allowed\n"),
        ("print(f'{x}' 'a' b'c')\n", "  File \"x.py\", line 1\n    print(f'{x}' 'a' b'c')\n                         ^\nSyntaxError: cannot mix bytes and nonbytes literals\n"),
        ("print('a' f'{x:{y}}' '\\x1')\n", "  File \"x.py\", line 1\n    print('a' f'{x:{y}}' '\\x1')\n                              ^\nSyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape\n"),
        ("x = '\\N{BULLETX}'\n", "  File \"x.py\", line 1\n    x = '\\N{BULLETX}'\n                     ^\nSyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-10: unknown Unicode character name\n"),
        ("x = '\\N{}'\n", "  File \"x.py\", line 1\n    x = '\\N{}'\n              ^\nSyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape\n"),
    ];

    fn outcome(source: &str) -> String {
        match parse_module(source) {
            Ok(_) => "OK\n".to_string(),
            Err(err) => err.render("x.py"),
        }
    }

    #[test]
    fn errors_match_cpython() {
        let failures: Vec<String> = CPYTHON
            .iter()
            .filter_map(|&(source, want)| {
                let got = outcome(source);
                (got != want).then(|| format!("{source:?}\n--- CPython:\n{want}--- got:\n{got}"))
            })
            .collect();
        assert!(
            failures.is_empty(),
            "{} of {} differ:\n{}",
            failures.len(),
            CPYTHON.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn valid_programs_parse() {
        let programs = [
            "",
            "\u{feff}",
            "# only a comment",
            "if True:\n\tx = 1\n\ty = 2\n",
            "if True:\n  \tx = 1\n  \ty = 2\n",
            "x = 1\r\nif x:\r\n    y = 2\r\n",
            "x = 1\ry = 2\r",
            "s = '''\n\tindented\n'''\n",
            "print(f'{x!r:>{width}} {y=}')\n",
            "def f(a, /, b, *, c=1, **k):\n    return (yield from g())\n",
            "match p:\n    case [x, *rest] if x:\n        pass\n    case {'k': v}:\n        pass\n",
            "x = 1if y else 2\n",
        ];
        for source in programs {
            assert_eq!(outcome(source), "OK\n", "{source:?}");
        }
    }

    /// Nothing may panic or overflow the stack (tests run on 2 MiB stacks).
    #[test]
    fn hostile_inputs_are_rejected_safely() {
        let inputs = [
            "(".repeat(100_000),
            format!("x = {}1\n", "-".repeat(100_000)),
            format!("x = {}1\n", "1+".repeat(100_000)),
            format!("x = {}1\n", "2**".repeat(100_000)),
            format!("x = {}1\n", "not ".repeat(100_000)),
            format!("x = {}1\n", "lambda: ".repeat(100_000)),
            format!("x = {}1\n", "1 if 1 else ".repeat(100_000)),
            format!("x = a{}\n", ".b".repeat(100_000)),
            format!("x = f{}\n", "()".repeat(100_000)),
            format!("x = f'{{{}1}}'\n", "-".repeat(100_000)),
            format!("x = {}\n", "1".repeat(100_000)),
            format!("x = {}abc\n", "1".repeat(100_000)),
            format!("x = [{} 1]\n", "{".repeat(199)),
            (0..101)
                .map(|i| format!("{}if x:\n", " ".repeat(i)))
                .collect(),
            "\0".to_string(),
            "\\".to_string(),
            "'''".to_string(),
            "\u{feff}\u{feff}".to_string(),
        ];
        for source in &inputs {
            let _ = outcome(source);
        }
        assert!(outcome(&inputs[0]).ends_with("SyntaxError: too many nested parentheses\n"));
        assert!(outcome(&inputs[2])
            .ends_with("RecursionError: maximum recursion depth exceeded during compilation\n"));
    }

    #[test]
    fn random_mutations_do_not_panic() {
        let seed_program = "import os\n\nclass A(B):\n    def f(self, x=[1, 2], *a, **k):\n        \"\"\"Doc.\"\"\"\n        \
            if x == 1 and not a:\n            return {k: v for k, v in d.items()}\n        elif x:\n            \
            print(f'{x!r:>10} {y}', end='')\n        else:\n            raise ValueError('bad \\x41')\n        \
            try:\n            yield from g(lambda q: q ** 2)\n        except (E, F) as e:\n            pass\n";
        let pieces = [
            "(", ")", "[", "]", "{", "}", ":", ",", "'", "\"", "\"\"\"", "\\", "\n", "\t", "  ",
            "#", "=", "f'{", "}", "$", "\u{a0}", "\u{20ac}", "\0", "\r", "0x", "1_", "if ", "else",
            "print ", "lambda", "**", ":=",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for _ in 0..2000 {
            let mut chars: Vec<char> = seed_program.chars().collect();
            for _ in 0..1 + next(3) {
                let at = next(chars.len() + 1);
                if next(2) == 0 && at < chars.len() {
                    chars.remove(at);
                } else {
                    let piece = pieces[next(pieces.len())];
                    chars.splice(at..at, piece.chars());
                }
            }
            let source: String = chars.into_iter().collect();
            let _ = outcome(&source);
        }
    }
}
