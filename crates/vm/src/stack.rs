//! The stack of running frames, as warnings, `sys._getframe` and
//! `traceback.extract_stack` see it.
//!
//! Frames themselves live on the Rust stack (`interp::Frame`) and are
//! not reachable from a built-in called deep inside them. So the VM keeps
//! a light record of each running frame: what it runs (a function, or a
//! module, class body or comprehension) and where it was when it called
//! the next frame. The position of the innermost frame is `Vm::site`: the
//! statement it runs, narrowed to the call expression while a call is
//! made, so a built-in such as `warnings.warn` knows the line it was
//! called from.
//!
//! Invariants: a record is pushed when a frame starts running and popped
//! when it stops (returns, raises or, for a generator, suspends), and the
//! pop restores `Vm::site` to the caller's position. A record holds one
//! reference (the function) for a call; other frames hold their code,
//! globals and name.
//!
//! Not kept: the frames' local variables (a frame object's `f_locals` is
//! its globals at module level, empty elsewhere), and the exact
//! instruction within a statement when the frame's current call is not a
//! call expression (an operator's special method, a property): the
//! statement's first line stands for it.

use crate::interp::{CodeUnit, Globals, Vm};
use crate::objects::function::PyFunction;
use pyview_syntax::ir::Span;
use std::rc::Rc;

/// What a running frame runs.
#[derive(Debug, Clone)]
pub(crate) enum Running {
    Function(Rc<PyFunction>),
    /// A module, class body or comprehension.
    Code(Rc<CodeFrame>),
}

/// A frame that runs no function: a module, class body or comprehension.
#[derive(Debug)]
pub(crate) struct CodeFrame {
    code: Rc<CodeUnit>,
    globals: Rc<Globals>,
    name: Rc<str>,
}

/// One running frame.
#[derive(Debug, Clone)]
pub(crate) struct StackEntry {
    pub running: Running,
    /// The caller's position when it started this frame.
    pub caller_site: Span,
}

/// A snapshot of one frame: what it runs and where it is.
#[derive(Debug, Clone)]
pub struct FrameInfo {
    pub(crate) running: Running,
    pub site: Span,
    /// The frame's place on the stack (0 for the outermost).
    pub index: usize,
}

impl Running {
    fn same(&self, other: &Running) -> bool {
        match (self, other) {
            (Running::Function(a), Running::Function(b)) => Rc::ptr_eq(a, b),
            (Running::Code(a), Running::Code(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl FrameInfo {
    /// A frame that has finished, as a traceback entry saw it: at `site`,
    /// on no stack.
    pub(crate) fn finished(
        code: Rc<CodeUnit>,
        globals: Rc<Globals>,
        name: Rc<str>,
        site: Span,
    ) -> FrameInfo {
        FrameInfo {
            running: Running::Code(Rc::new(CodeFrame {
                code,
                globals,
                name,
            })),
            site,
            index: usize::MAX,
        }
    }

    /// A generator's or coroutine's suspended frame, at `site`, on no
    /// stack.
    pub(crate) fn suspended(func: Rc<PyFunction>, site: Span) -> FrameInfo {
        FrameInfo {
            running: Running::Function(func),
            site,
            index: usize::MAX,
        }
    }

    pub fn code(&self) -> &Rc<CodeUnit> {
        match &self.running {
            Running::Function(f) => &f.code,
            Running::Code(c) => &c.code,
        }
    }

    pub fn globals(&self) -> &Rc<Globals> {
        match &self.running {
            Running::Function(f) => &f.globals,
            Running::Code(c) => &c.globals,
        }
    }

    /// The name tracebacks give the frame (`<module>`, `f`, `<listcomp>`).
    pub fn name(&self) -> Rc<str> {
        match &self.running {
            Running::Function(f) => f.def.name.clone(),
            Running::Code(c) => c.name.clone(),
        }
    }

    /// The function the frame runs, if it is a function's.
    pub fn function(&self) -> Option<&Rc<PyFunction>> {
        match &self.running {
            Running::Function(f) => Some(f),
            _ => None,
        }
    }

    /// The frame's current line number (1-based).
    pub fn lineno(&self) -> usize {
        self.code().lines.line(self.site.start)
    }
}

impl Vm {
    /// Starts the record of a function's frame.
    #[inline]
    pub(crate) fn push_function_frame(&mut self, fun: &Rc<PyFunction>) {
        self.stack.push(StackEntry {
            running: Running::Function(fun.clone()),
            caller_site: self.site,
        });
    }

    /// Starts the record of a module, class body or comprehension frame.
    pub(crate) fn push_code_frame(
        &mut self,
        code: &Rc<CodeUnit>,
        globals: &Rc<Globals>,
        name: &Rc<str>,
    ) {
        self.stack.push(StackEntry {
            running: Running::Code(Rc::new(CodeFrame {
                code: code.clone(),
                globals: globals.clone(),
                name: name.clone(),
            })),
            caller_site: self.site,
        });
    }

    /// Starts the record of a comprehension's frame (`<listcomp>`...),
    /// at `site`.
    pub(crate) fn push_comprehension_frame(
        &mut self,
        code: &Rc<CodeUnit>,
        globals: &Rc<Globals>,
        name: &'static str,
        site: Span,
    ) {
        thread_local! {
            static NAMES: [Rc<str>; 3] = [
                Rc::from("<listcomp>"),
                Rc::from("<setcomp>"),
                Rc::from("<dictcomp>"),
            ];
        }
        let name = NAMES.with(|names| {
            names
                .iter()
                .find(|n| &***n == name)
                .cloned()
                .unwrap_or_else(|| Rc::from(name))
        });
        self.push_code_frame(code, globals, &name);
        self.site = site;
    }

    /// Ends the innermost frame's record: the caller's position is the
    /// current one again.
    #[inline]
    pub(crate) fn pop_frame(&mut self) {
        if let Some(StackEntry {
            running,
            caller_site,
        }) = self.stack.pop()
        {
            self.site = caller_site;
            match running {
                Running::Function(f) => drop(f),
                Running::Code(c) => drop(c),
            }
        }
    }

    /// The running frames, innermost first.
    pub fn frames(&self) -> Vec<FrameInfo> {
        (0..self.stack.len())
            .filter_map(|d| self.frame_at(d))
            .collect()
    }

    /// The frame `depth` levels out from the innermost one, if any.
    pub fn frame_at(&self, depth: usize) -> Option<FrameInfo> {
        let n = self.stack.len();
        if depth >= n {
            return None;
        }
        let site = if depth == 0 {
            self.site
        } else {
            self.stack[n - depth].caller_site
        };
        Some(FrameInfo {
            running: self.stack[n - 1 - depth].running.clone(),
            site,
            index: n - 1 - depth,
        })
    }

    /// Where the frame `info` was taken of is now, if it still runs
    /// (else where it was then).
    pub fn current_site(&self, info: &FrameInfo) -> Span {
        match self.stack.get(info.index) {
            Some(e) if e.running.same(&info.running) => match self.stack.get(info.index + 1) {
                Some(next) => next.caller_site,
                None => self.site,
            },
            _ => info.site,
        }
    }
}
