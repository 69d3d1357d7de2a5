//! Private name mangling, done on the AST before the symbol pass: inside a
//! class, an identifier `__name` (not ending in `__`) becomes
//! `_Class__name`, the class name without its leading underscores. It
//! covers what CPython's compiler mangles: names, attribute names,
//! parameters, the names `def`/`class` bind, `global`/`nonlocal`
//! declarations and pattern captures; keyword arguments of calls, import
//! names and class-pattern keywords stay as written.

use rustpython_ast::fold::{self, Fold};
use rustpython_parser::ast as py;
use rustpython_parser::text_size::TextRange;
use std::collections::HashMap;
use std::convert::Infallible;

/// The names as written of the functions and classes whose binding name
/// was mangled (their `__name__` and `__qualname__` keep it), by range.
pub(super) type DefNames = HashMap<super::ScopeKey, String>;

/// Whether the module has any class at all (mangling needs one).
pub(super) fn may_need(src: &str) -> bool {
    src.contains("class") && src.contains("__")
}

/// The suite with private names mangled.
pub(super) fn mangle(suite: Vec<py::Stmt>) -> (Vec<py::Stmt>, DefNames) {
    let mut m = Mangler::default();
    let suite = suite
        .into_iter()
        .map(|s| match m.fold_stmt(s) {
            Ok(s) => s,
            Err(never) => match never {},
        })
        .collect();
    (suite, m.def_names)
}

#[derive(Default)]
struct Mangler {
    /// The enclosing classes' names, stripped of leading underscores.
    classes: Vec<String>,
    def_names: DefNames,
}

impl Mangler {
    /// A `def` or `class` name, recording the name as written.
    fn def_name(&mut self, id: py::Identifier, range: TextRange) -> py::Identifier {
        let written = id.as_str().to_string();
        let id = self.name(id);
        if id.as_str() != written {
            self.def_names.insert(super::scope_key(range), written);
        }
        id
    }

    fn name(&self, id: py::Identifier) -> py::Identifier {
        let s = id.as_str();
        let Some(class) = self.classes.last() else {
            return id;
        };
        if class.is_empty() || !s.starts_with("__") || s.ends_with("__") || s.contains('.') {
            return id;
        }
        py::Identifier::new(format!("_{class}{s}"))
    }
}

type R<T> = Result<T, Infallible>;

impl Fold<TextRange> for Mangler {
    type TargetU = TextRange;
    type Error = Infallible;
    type UserContext = ();

    fn will_map_user(&mut self, _: &TextRange) {}

    fn map_user(&mut self, user: TextRange, _: ()) -> R<TextRange> {
        Ok(user)
    }

    fn fold_stmt_class_def(&mut self, node: py::StmtClassDef) -> R<py::StmtClassDef> {
        let own = node.name.as_str().trim_start_matches('_').to_string();
        let name = self.def_name(node.name, node.range);
        let bases = self.fold(node.bases)?;
        let keywords = self.fold(node.keywords)?;
        let decorator_list = self.fold(node.decorator_list)?;
        let type_params = self.fold(node.type_params)?;
        self.classes.push(own);
        let body = self.fold(node.body);
        self.classes.pop();
        Ok(py::StmtClassDef {
            name,
            bases,
            keywords,
            body: body?,
            decorator_list,
            type_params,
            range: node.range,
        })
    }

    fn fold_stmt_function_def(&mut self, mut node: py::StmtFunctionDef) -> R<py::StmtFunctionDef> {
        node.name = self.def_name(node.name, node.range);
        fold::fold_stmt_function_def(self, node)
    }

    fn fold_stmt_async_function_def(
        &mut self,
        mut node: py::StmtAsyncFunctionDef,
    ) -> R<py::StmtAsyncFunctionDef> {
        node.name = self.def_name(node.name, node.range);
        fold::fold_stmt_async_function_def(self, node)
    }

    fn fold_stmt_global(&mut self, mut node: py::StmtGlobal) -> R<py::StmtGlobal> {
        node.names = node.names.into_iter().map(|n| self.name(n)).collect();
        Ok(node)
    }

    fn fold_stmt_nonlocal(&mut self, mut node: py::StmtNonlocal) -> R<py::StmtNonlocal> {
        node.names = node.names.into_iter().map(|n| self.name(n)).collect();
        Ok(node)
    }

    fn fold_excepthandler_except_handler(
        &mut self,
        mut node: py::ExceptHandlerExceptHandler,
    ) -> R<py::ExceptHandlerExceptHandler> {
        node.name = node.name.map(|n| self.name(n));
        fold::fold_excepthandler_except_handler(self, node)
    }

    fn fold_expr_name(&mut self, mut node: py::ExprName) -> R<py::ExprName> {
        node.id = self.name(node.id);
        Ok(node)
    }

    fn fold_expr_attribute(&mut self, mut node: py::ExprAttribute) -> R<py::ExprAttribute> {
        node.attr = self.name(node.attr);
        fold::fold_expr_attribute(self, node)
    }

    fn fold_arg(&mut self, mut node: py::Arg) -> R<py::Arg> {
        node.arg = self.name(node.arg);
        fold::fold_arg(self, node)
    }

    fn fold_pattern_match_as(&mut self, mut node: py::PatternMatchAs) -> R<py::PatternMatchAs> {
        node.name = node.name.map(|n| self.name(n));
        fold::fold_pattern_match_as(self, node)
    }

    fn fold_pattern_match_star(
        &mut self,
        mut node: py::PatternMatchStar,
    ) -> R<py::PatternMatchStar> {
        node.name = node.name.map(|n| self.name(n));
        fold::fold_pattern_match_star(self, node)
    }

    fn fold_pattern_match_mapping(
        &mut self,
        mut node: py::PatternMatchMapping,
    ) -> R<py::PatternMatchMapping> {
        node.rest = node.rest.map(|n| self.name(n));
        fold::fold_pattern_match_mapping(self, node)
    }
}
