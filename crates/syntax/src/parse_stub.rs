use crate::error::{SyntaxErrorInfo, SyntaxKind};
pub fn parse_module(source: &str) -> Result<rustpython_parser::ast::Suite, SyntaxErrorInfo> {
    rustpython_parser::parse(source, rustpython_parser::Mode::Module, "<input>")
        .map(|m| match m {
            rustpython_parser::ast::Mod::Module(m) => m.body,
            _ => Vec::new(),
        })
        .map_err(|e| SyntaxErrorInfo {
            kind: SyntaxKind::SyntaxError,
            msg: e.error.to_string(),
            lineno: 1,
            offset: None,
            end_lineno: None,
            end_offset: None,
            text: None,
        })
}
