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
mod tokens;

pub use error::{SyntaxErrorInfo, SyntaxKind};
pub use lower::GlobalTable;

/// Parses and lowers a module in one step.
pub fn compile(src: &str, globals: &mut GlobalTable) -> Result<ir::Module, SyntaxErrorInfo> {
    let suite = parse::parse_module(src)?;
    lower::lower_module(&suite, src, globals)
}

/// Parses and lowers one interactive input: expression statements echo.
pub fn compile_interactive(
    src: &str,
    globals: &mut GlobalTable,
) -> Result<ir::Module, SyntaxErrorInfo> {
    let suite = parse::parse_module(src)?;
    lower::lower_interactive(&suite, src, globals)
}
