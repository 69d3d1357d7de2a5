//! pyview's intermediate representation: the tree the evaluator walks.
//!
//! Produced from rustpython-parser's AST by [`crate::lower`], in one place.
//! Every name is resolved to a slot before anything runs: a function's
//! locals index its frame, module-level names index the module's global
//! table, and variables shared with inner functions live in cells. Each
//! node keeps its source span (byte offsets) for tracebacks.

use num_bigint::BigInt;
use std::rc::Rc;

/// Byte range of a node in the source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

/// Where a name lives at run time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameRef {
    /// A plain local of the current frame.
    Local(u32),
    /// A cell of the current frame (captured by or from an inner function).
    Cell(u32),
    /// A slot of the module's global table (falling back to builtins).
    Global(u32),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    BigInt(Rc<BigInt>),
    Float(f64),
    Complex(f64, f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Ellipsis,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Not,
    Neg,
    Pos,
    Invert,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}

#[derive(Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

impl Expr {
    /// Whether CPython's AST optimizer makes this a constant: a literal,
    /// a sign (or `~` of an int, `not` of anything) applied to one, or a
    /// tuple of such.
    pub fn is_folded_const(&self) -> bool {
        match &self.kind {
            ExprKind::Const(_) => true,
            ExprKind::Unary(op, v) => match (op, &v.kind) {
                (UnaryOp::Not, ExprKind::Const(_)) => true,
                (UnaryOp::Invert, ExprKind::Const(c)) => {
                    matches!(c, Const::Int(_) | Const::BigInt(_) | Const::Bool(_))
                }
                (_, ExprKind::Const(c)) => matches!(
                    c,
                    Const::Int(_)
                        | Const::BigInt(_)
                        | Const::Float(_)
                        | Const::Complex(..)
                        | Const::Bool(_)
                ),
                _ => false,
            },
            ExprKind::Tuple(items) => items
                .iter()
                .all(|a| !a.starred && a.value.is_folded_const()),
            _ => false,
        }
    }
}

/// A positional argument, possibly starred (`*xs`).
#[derive(Debug)]
pub struct Arg {
    pub value: Expr,
    pub starred: bool,
}

/// A keyword argument; `name == None` is `**mapping`.
#[derive(Debug)]
pub struct Keyword {
    pub name: Option<Rc<str>>,
    pub value: Expr,
}

/// One `for ... in ... if ...` clause of a comprehension.
#[derive(Debug)]
pub struct CompClause {
    pub target: Target,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

/// An inline comprehension (generator expressions are functions of their
/// own: [`ExprKind::GenExpr`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
}

/// One piece of an f-string.
#[derive(Debug)]
pub enum FPart {
    Lit(Rc<str>),
    Value {
        value: Expr,
        /// `'s'`, `'r'`, `'a'` or none.
        conversion: Option<char>,
        spec: Option<Vec<FPart>>,
    },
}

/// The local slot of [`ExprKind::ClassName`] for a name a class body
/// reads but never binds: only its namespace (when prepared by a
/// metaclass) and the globals can hold it.
pub const NO_SLOT: u32 = u32::MAX;

#[derive(Debug)]
pub enum ExprKind {
    Const(Const),
    Name(NameRef),
    /// A class body's own name (local slot, global slot): read before the
    /// body binds it (or after `del`), it is the global or builtin of that
    /// name, as CPython's LOAD_NAME looks in the namespace, then globals.
    ClassName(u32, u32),
    /// A class body's own name that must be in its namespace (checked
    /// before `del name`): unbound, a NameError.
    ClassLocal(u32),
    /// A global read inside a module-level comprehension past its first
    /// iterable: CPython's LOAD_GLOBAL there, which skips the mapping
    /// `exec` may run module-level code over (else as `Name`).
    GlobalName(u32),
    BinOp(Box<Expr>, BinOp, Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    /// `and` (true) / `or` (false) over two or more operands.
    BoolOp(bool, Vec<Expr>),
    /// Chained comparison: `a < b < c`.
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    Call(Box<Expr>, Vec<Arg>, Vec<Keyword>),
    /// `obj.name(args)`, evaluated without building a bound method; the
    /// span is the `obj.name` part (where a failed lookup is reported).
    CallMethod(
        Box<Expr>,
        Rc<str>,
        Vec<Arg>,
        Vec<Keyword>,
        Span,
        SeenReceiver,
    ),
    Attribute(Box<Expr>, Rc<str>),
    Subscript(Box<Expr>, Box<Expr>),
    Slice(Option<Box<Expr>>, Option<Box<Expr>>, Option<Box<Expr>>),
    Tuple(Vec<Arg>),
    List(Vec<Arg>),
    Set(Vec<Arg>),
    /// Entries with `None` keys are `**mapping` unpackings.
    Dict(Vec<(Option<Expr>, Expr)>),
    FString(Vec<FPart>),
    Comprehension(Box<Comprehension>),
    /// A generator expression: its `<genexpr>` generator function, whose
    /// one parameter receives an iterator over the first iterable.
    GenExpr(Rc<FunctionDef>, Box<Expr>),
    Lambda(Rc<FunctionDef>, Vec<Expr>, Vec<(Rc<str>, Expr)>),
    NamedExpr(NameRef, Box<Expr>),
    /// Zero-argument `super()`: the `__class__` cell and the method's
    /// first parameter.
    Super(NameRef, Option<NameRef>),
    /// A step of `async with` / `async for`, which the front end spells
    /// out as ordinary statements around `await`s (`lower/asyncs.rs`).
    Intrinsic(Intrinsic, Vec<Expr>),
}

/// The steps of `async with` and `async for` that have no syntax of their
/// own (see `lower/asyncs.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intrinsic {
    /// `__aiter__` of the iterable of an `async for`.
    AIter,
    /// `__anext__` of its async iterator: the awaitable.
    ANext,
    /// Checks the manager has `__aenter__` and `__aexit__`, calls
    /// `__aenter__`: the awaitable.
    AEnter,
    /// `__aexit__(mgr, *exc_info)`: with `True`, the exception being
    /// handled; with `False`, three `None`s.
    AExit,
    /// The `StopAsyncIteration` class (the name may be shadowed).
    StopAsync,
}

/// What a `Yield` statement does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YieldKind {
    /// `yield v` of a generator.
    Value,
    /// `yield v` of an async generator: the value goes to the awaiter of
    /// `__anext__`/`asend`, not to the event loop.
    AsyncValue,
    /// `yield from it`.
    From,
    /// `await v`: `yield from` over the awaitable's iterator.
    Await,
}

#[derive(Debug)]
pub struct Comprehension {
    pub kind: CompKind,
    /// The element (or key, for dicts).
    pub elt: Expr,
    /// The value, for dict comprehensions.
    pub value: Option<Expr>,
    pub clauses: Vec<CompClause>,
    /// Slots of variables that inner scopes capture: cells, made fresh
    /// each time the comprehension runs.
    pub fresh_cells: Vec<u32>,
}

/// An assignment target.
#[derive(Debug)]
pub enum Target {
    Name(NameRef, Span),
    Attribute(Expr, Rc<str>, Span),
    Subscript(Expr, Expr, Span),
    /// Tuple or list unpacking; `star` is the index of a `*rest` element.
    Unpack(Vec<Target>, Option<usize>, Span),
}

impl Target {
    pub fn span(&self) -> Span {
        match self {
            Target::Name(_, s)
            | Target::Attribute(_, _, s)
            | Target::Subscript(_, _, s)
            | Target::Unpack(_, _, s) => *s,
        }
    }
}

#[derive(Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
    /// Whether a `yield` statement is inside (generators resume here).
    pub yields: bool,
}

impl Stmt {
    pub fn new(kind: StmtKind, span: Span) -> Stmt {
        let yields = match &kind {
            StmtKind::Yield { .. } => true,
            StmtKind::If(_, a, b) | StmtKind::While(_, a, b) | StmtKind::For(_, _, a, b) => {
                a.iter().chain(b).any(|s| s.yields)
            }
            StmtKind::Try { .. } | StmtKind::TryStar { .. } => {
                let (body, handlers, orelse, finalbody) = kind.try_parts().unwrap_or_default();
                body.iter().chain(orelse).chain(finalbody).any(|s| s.yields)
                    || handlers.iter().any(|h| h.body.iter().any(|s| s.yields))
            }
            StmtKind::With(_, body) => body.iter().any(|s| s.yields),
            StmtKind::Match(_, cases) => cases.iter().any(|c| c.body.iter().any(|s| s.yields)),
            _ => false,
        };
        Stmt { kind, span, yields }
    }
}

#[derive(Debug)]
pub struct ExceptHandler {
    pub kind: Option<Expr>,
    pub name: Option<NameRef>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Debug)]
pub struct WithItem {
    pub ctx: Expr,
    pub target: Option<Target>,
}

/// The body, handlers, `else` and `finally` blocks of a `try`.
pub type TryParts<'a> = (&'a [Stmt], &'a [ExceptHandler], &'a [Stmt], &'a [Stmt]);

#[derive(Debug)]
pub enum StmtKind {
    Expr(Expr),
    /// An expression statement of interactive input: its value is echoed
    /// (`sys.displayhook`) unless None, and stored in `builtins._`.
    Display(Expr),
    Assign(Vec<Target>, Expr),
    AugAssign(Target, BinOp, Expr),
    /// A class body's `x += v` first reads `x` as LOAD_NAME does (its
    /// namespace, else the globals and builtins) into local slot `.0`
    /// (global slot `.1`) without binding it in the namespace.
    ClassFetch(u32, u32),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    While(Expr, Vec<Stmt>, Vec<Stmt>),
    For(Target, Expr, Vec<Stmt>, Vec<Stmt>),
    Break,
    Continue,
    Return(Option<Expr>),
    Pass,
    FunctionDef {
        target: NameRef,
        func: Rc<FunctionDef>,
        defaults: Vec<Expr>,
        kw_defaults: Vec<(Rc<str>, Expr)>,
        decorators: Vec<Expr>,
        /// Parameter and return (`"return"`) annotations, evaluated when
        /// the function is defined, in order.
        annotations: Vec<(Rc<str>, Expr)>,
    },
    /// `import a.b as c`: module path, where to bind, and whether the whole
    /// dotted path is bound (`as`) or only its first component.
    Import(Rc<str>, NameRef, bool),
    /// `from m import a as b`: the module path (with a leading dot per
    /// level of a relative import, `..m`), then each name, where it is
    /// bound and its span.
    ImportFrom(Rc<str>, Vec<(Rc<str>, NameRef, Span)>),
    /// `from m import *` (module level only): the module path as above.
    ImportStar(Rc<str>),
    Delete(Vec<Target>),
    Raise(Option<Expr>, Option<Expr>),
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    /// `try` with `except*` clauses: each handler runs on the part of the
    /// raised exception (as a group) its types match.
    TryStar {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    Assert(Expr, Option<Expr>),
    With(Vec<WithItem>, Vec<Stmt>),
    /// `yield v`, `x = yield v`, `yield from it`: every yield of a
    /// generator's body is one of these statements (the front end rewrites
    /// yields inside expressions into them); the sent value, or what the
    /// delegate of `yield from` returned, is stored into `target`.
    Yield {
        value: Option<Expr>,
        target: Option<Target>,
        kind: YieldKind,
    },
    Match(Expr, Vec<MatchCase>),
    ClassDef {
        target: NameRef,
        class: Rc<ClassDef>,
        bases: Vec<Arg>,
        /// `metaclass=M` and the other class keywords (`**kw` included).
        keywords: Vec<Keyword>,
        decorators: Vec<Expr>,
    },
}

impl StmtKind {
    /// The blocks of a `try` or `try`/`except*` statement.
    pub fn try_parts(&self) -> Option<TryParts<'_>> {
        match self {
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            }
            | StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => Some((body, handlers, orelse, finalbody)),
            _ => None,
        }
    }
}

/// One `case` of a `match` statement.
#[derive(Debug)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

/// A structural pattern (PEP 634).
#[derive(Debug)]
pub enum Pattern {
    Value(Expr),
    Singleton(Const),
    /// `[a, *rest, b]`; the index of the star pattern, if any.
    Sequence(Vec<Pattern>, Option<usize>),
    Star(Option<NameRef>),
    Mapping(Vec<Expr>, Vec<Pattern>, Option<NameRef>),
    /// `Cls(p, k=q)`; the span is the whole pattern, where CPython locates
    /// its errors.
    Class(Expr, Vec<Pattern>, Vec<(Rc<str>, Pattern)>, Span),
    As(Option<Box<Pattern>>, Option<NameRef>),
    Or(Vec<Pattern>),
}

/// A class body, run like a function whose frame becomes the class
/// namespace.
#[derive(Debug)]
pub struct ClassDef {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub body: Rc<FunctionDef>,
    /// Names bound in the class body and the slots holding them, in order.
    pub namespace: Vec<(Rc<str>, u32)>,
    /// The body frame's `__class__` cell, set to the new class.
    pub class_cell: u32,
}

/// Runtime memory of a method call site: the kind of built-in receiver
/// (a key the evaluator defines; 0 for none) whose method `name` is known
/// to exist, so that later calls skip the lookup the method must pass
/// before the arguments are evaluated. The second cell is the evaluator's
/// note about that method (whether its call takes a recursion level).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SeenReceiver(pub std::cell::Cell<u32>, pub std::cell::Cell<bool>);

/// A parameter of a function.
#[derive(Debug)]
pub struct Param {
    pub name: Rc<str>,
    pub slot: NameRef,
}

/// Compiled code of a function (or lambda).
#[derive(Debug)]
pub struct FunctionDef {
    /// `co_names` (see `lower::conames`).
    pub names: Vec<Rc<str>>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    /// Positional-only, then positional-or-keyword parameters.
    pub params: Vec<Param>,
    pub posonly: usize,
    pub vararg: Option<Param>,
    pub kwonly: Vec<Param>,
    pub kwarg: Option<Param>,
    /// Number of frame slots (locals and cells).
    pub nslots: u32,
    /// Names of the frame slots, for error messages.
    pub slot_names: Vec<Rc<str>>,
    /// Slots that hold cells.
    pub cell_slots: Vec<u32>,
    /// For each free variable: the enclosing frame's slot to capture, and
    /// the slot of this frame that receives the cell.
    pub freevars: Vec<(u32, u32)>,
    pub body: Vec<Stmt>,
    pub is_lambda: bool,
    pub is_generator: bool,
    /// `async def`: calls make coroutines (or async generators when
    /// `is_generator` comes from a `yield`; see `is_async_gen`).
    pub is_coroutine: bool,
    pub is_async_gen: bool,
    /// Runtime: set by `types.coroutine` on a generator function, whose
    /// generators `await` then takes (CPython's CO_ITERABLE_COROUTINE).
    pub iterable_coroutine: std::cell::Cell<bool>,
    pub span: Span,
    /// Runtime: how often this code has been entered or looped, CPython's
    /// quickening clock (see `Vm`'s recursion accounting).
    pub warmup: std::cell::Cell<u32>,
    /// Runtime: whether a call's positional arguments can become the frame
    /// slots in place (see `takes_direct_args`), worked out on first call.
    pub direct_args: std::cell::OnceCell<bool>,
    /// Runtime: the code object (`__code__`, `gi_code`) the VM made for this
    /// definition, kept so every function made from it shares one, as in
    /// CPython. Type-erased: the VM's object type lives downstream.
    pub code_object: std::cell::OnceCell<Rc<dyn std::any::Any>>,
}

impl FunctionDef {
    /// Whether the parameters are plain: no `*args`, `**kwargs` or
    /// keyword-only ones, each parameter the local slot of its position,
    /// no cells or free variables to set up, not a generator. Positional
    /// arguments then are the first slots of the frame as they are.
    pub fn takes_direct_args(&self) -> bool {
        *self.direct_args.get_or_init(|| {
            self.vararg.is_none()
                && self.kwarg.is_none()
                && self.kwonly.is_empty()
                && self.cell_slots.is_empty()
                && self.freevars.is_empty()
                && !self.is_generator
                && self
                    .params
                    .iter()
                    .enumerate()
                    .all(|(i, p)| p.slot == NameRef::Local(i as u32))
        })
    }
}

/// A lowered module (a script, a `-c` string or one REPL input).
#[derive(Debug)]
pub struct Module {
    pub body: Vec<Stmt>,
    /// The `SyntaxWarning`s compiling it raised, in CPython's order.
    pub warnings: Vec<CompileWarning>,
    /// Frame slots of module-level code (comprehension variables).
    pub nslots: u32,
    pub slot_names: Vec<Rc<str>>,
    pub cell_slots: Vec<u32>,
    /// Whether the code stores annotations (`x: int = 1`) in
    /// `__annotations__`, which running it creates if missing.
    pub annotations: bool,
}

/// A compile-time `SyntaxWarning`: CPython prints it to stderr as
/// `file:line: SyntaxWarning: msg` followed by the stripped source line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileWarning {
    pub lineno: usize,
    pub msg: String,
}
