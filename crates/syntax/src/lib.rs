//! pyview's front end: source text to IR.
//!
//! [`parse::parse_module`] runs rustpython-parser and turns its failures
//! into CPython's syntax errors (with help from the logos tokenizer in
//! `tokens`); [`lower::lower_module`] turns the AST into [`ir`], resolving
//! names to slots.

pub mod anchors;
pub mod complete;
pub mod error;
pub mod ir;
pub mod lower;
pub mod parse;
pub mod source;
pub mod stack_depth;
pub mod surrogates;
mod tokens;

pub use error::{SyntaxErrorInfo, SyntaxKind};
pub use lower::GlobalTable;

/// Parses and lowers a module in one step.
pub fn compile(src: &str, globals: &mut GlobalTable) -> Result<ir::Module, SyntaxErrorInfo> {
    compile_source(src, globals, false)
}

/// [`compile`] for source given as a string (`exec`, `compile`): CPython's
/// tokenizer then knows the text's encoding, and its parser reports
/// columns in characters where for a file it keeps bytes.
pub fn compile_string(src: &str, globals: &mut GlobalTable) -> Result<ir::Module, SyntaxErrorInfo> {
    compile_source(src, globals, true)
}

fn compile_source(
    src: &str,
    globals: &mut GlobalTable,
    string: bool,
) -> Result<ir::Module, SyntaxErrorInfo> {
    // CPython's tokenizer ends a last line that lacks one with a newline,
    // so a header at the very end wants its indented block as usual.
    let owned;
    let src = if src.is_empty() || src.ends_with('\n') {
        src
    } else {
        owned = format!("{src}\n");
        &owned
    };
    let (suite, warnings) = parse::parse_warnings(src, string)?;
    lower::lower_module(&suite, src, globals).map(|m| with_warnings(m, warnings))
}

/// The tokenizer's warnings come before the compiler's, as in CPython.
fn with_warnings(mut module: ir::Module, mut first: Vec<ir::CompileWarning>) -> ir::Module {
    if !first.is_empty() {
        first.append(&mut module.warnings);
        module.warnings = first;
    }
    module
}

/// Parses and lowers one interactive input: expression statements echo.
pub fn compile_interactive(
    src: &str,
    globals: &mut GlobalTable,
) -> Result<ir::Module, SyntaxErrorInfo> {
    let (suite, warnings) = parse::parse_warnings(src, true)?;
    lower::lower_interactive(&suite, src, globals).map(|m| with_warnings(m, warnings))
}

/// CPython's eval-mode parser reports "invalid syntax" at the end of input
/// that lacks a final newline at offset 0 (no caret).
fn eval_at_end(src: &str, mut e: SyntaxErrorInfo) -> SyntaxErrorInfo {
    if e.msg != "invalid syntax" || src.ends_with('\n') {
        return e;
    }
    let last_line = src.lines().count().max(1);
    let rest = match (e.offset, &e.text) {
        (Some(off), Some(text)) if e.lineno == last_line => {
            text.chars().skip(off.saturating_sub(1)).collect::<String>()
        }
        _ => return e,
    };
    let rest = rest.trim_start();
    if rest.is_empty() || rest.starts_with('#') {
        e.offset = Some(0);
        e.end_offset = Some(0);
    }
    e
}

/// Parses and lowers `src` as `eval()` does: one expression (leading
/// spaces and tabs ignored, as CPython strips them), which the lowered
/// module holds as its only statement. Anything else is CPython's
/// `SyntaxError: invalid syntax`, located as it locates it.
pub fn compile_eval(src: &str, globals: &mut GlobalTable) -> Result<ir::Module, SyntaxErrorInfo> {
    use rustpython_parser::ast::{self, Ranged};
    let src = src.trim_start_matches([' ', '\t']);
    let (suite, warnings) = parse::parse_warnings(src, true).map_err(|e| {
        // The legacy `print` hint is a rule of expressions too.
        let eval = parse::eval_failure(src).filter(|_| !e.msg.starts_with("Missing parentheses"));
        eval.unwrap_or_else(|| eval_at_end(src, e))
    })?;
    let lines = source::LineIndex::new(src);
    let invalid = |start: u32, len: usize| {
        let (lineno, col) = lines.line_col(src, start);
        SyntaxErrorInfo {
            compiler: false,
            tokenizer: false,
            kind: SyntaxKind::SyntaxError,
            msg: "invalid syntax".to_string(),
            lineno,
            offset: Some(col + 1),
            end_lineno: Some(lineno),
            end_offset: Some(col + 1 + len.max(1)),
            text: Some(lines.line_text(src, lineno).to_string()),
        }
    };
    match suite.as_slice() {
        // A yield is no expression to the eval grammar.
        [ast::Stmt::Expr(e)]
            if matches!(*e.value, ast::Expr::Yield(_) | ast::Expr::YieldFrom(_)) =>
        {
            Err(parse::eval_failure(src).unwrap_or_else(|| invalid(e.range().start().into(), 5)))
        }
        [ast::Stmt::Expr(_)] => {
            lower::lower_module(&suite, src, globals).map(|m| with_warnings(m, warnings))
        }
        [] => Err(SyntaxErrorInfo {
            compiler: false,
            tokenizer: false,
            kind: SyntaxKind::SyntaxError,
            msg: "invalid syntax".to_string(),
            lineno: 0,
            offset: None,
            end_lineno: None,
            end_offset: None,
            text: Some(String::new()),
        }),
        [ast::Stmt::Expr(_), next, ..] => Err(invalid(next.range().start().into(), 1)),
        [first, ..] => {
            if let Some(err) = parse::eval_failure(src) {
                return Err(err);
            }
            // An assignment fails at its operator, a keyword statement at
            // its keyword.
            let target_end = match first {
                ast::Stmt::Assign(a) => a.targets.first().map(|t| t.range().end()),
                ast::Stmt::AugAssign(a) => Some(a.target.range().end()),
                ast::Stmt::AnnAssign(a) => Some(a.target.range().end()),
                _ => None,
            };
            let start = u32::from(first.range().start());
            match target_end {
                Some(end) => {
                    let end = u32::from(end) as usize;
                    let rest = src.get(end..).unwrap_or("");
                    let skip = rest.len() - rest.trim_start_matches([' ', '\t']).len();
                    Err(invalid((end + skip) as u32, 1))
                }
                None => {
                    let word = src
                        .get(start as usize..)
                        .unwrap_or("")
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .count();
                    Err(invalid(start, word))
                }
            }
        }
    }
}
