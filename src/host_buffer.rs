//! Host buffers: memory the host application owns and lends to scripts
//! through the buffer protocol, without copying.
//!
//! A [`HostBuffer`] is a Python object whose memory is a Rust `Vec<u8>`.
//! It is an exporter exactly like `bytearray` (see pyview-vm's
//! `buffer` module): `memoryview(buf)` creates one export shared by the
//! view and everything sliced or cast from it, consumers such as
//! `struct.unpack_from(fmt, buf)` hold an export while they run, and the
//! count is what [`HostBuffer::exports`] reports. Views read and write the
//! host's bytes in place.
//!
//! Invariants: the length only changes while no export is live (or after
//! the buffer was revoked, when no view can reach the memory any more);
//! a typed buffer's length is a multiple of its item size.

use crate::object::Object;
use pyview_vm::buffer::Format;
use pyview_vm::exceptions::{self, PyResult};
use pyview_vm::interp::Vm;
use pyview_vm::objects::native::{BufferSource, NativeObject};
use pyview_vm::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

mod sealed {
    pub trait Sealed {}
}

/// An element type of a typed host buffer: `i8` `u8` `i16` `u16` `i32`
/// `u32` `i64` `u64` `f32` `f64`, stored in native byte order with the
/// struct format scripts see (`'b' 'B' 'h' 'H' 'i' 'I' 'q' 'Q' 'f' 'd'`).
///
/// ```
/// use pyview::{Element, HostBuffer, Interpreter};
///
/// assert_eq!(<u16 as Element>::FORMAT, "H");
/// let mut py = Interpreter::new();
/// py.set("ticks", HostBuffer::from_slice(&[1u64 << 40, 7]))?;
/// assert_eq!(py.eval::<String>("memoryview(ticks).format")?, "Q");
/// assert_eq!(py.eval::<u64>("memoryview(ticks)[0]")?, 1 << 40);
/// # Ok::<(), pyview::Error>(())
/// ```
pub trait Element: Copy + sealed::Sealed + 'static {
    /// The struct-module format code (`"i"` for `i32`).
    const FORMAT: &'static str;
    #[doc(hidden)]
    fn write_to(self, out: &mut [u8]);
    #[doc(hidden)]
    fn read_from(b: &[u8]) -> Option<Self>;
}

macro_rules! elements {
    ($($t:ty => $f:literal),* $(,)?) => {$(
        impl sealed::Sealed for $t {}
        impl Element for $t {
            const FORMAT: &'static str = $f;
            fn write_to(self, out: &mut [u8]) {
                out.copy_from_slice(&self.to_ne_bytes());
            }
            fn read_from(b: &[u8]) -> Option<Self> {
                Some(<$t>::from_ne_bytes(b.try_into().ok()?))
            }
        }
    )*};
}

elements! {
    i8 => "b", u8 => "B", i16 => "h", u16 => "H", i32 => "i", u32 => "I",
    i64 => "q", u64 => "Q", f32 => "f", f64 => "d",
}

/// Why a host buffer refused to change its length.
///
/// ```
/// use pyview::{BufferError, HostBuffer};
///
/// let buf = HostBuffer::from_slice(&[1i32, 2]);
/// assert_eq!(buf.resize(6), Err(BufferError::Misaligned { len: 6, itemsize: 4 }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BufferError {
    /// Views (or a consumer) still hold exports; Python's own exporters
    /// refuse the same with `BufferError`.
    Exported {
        /// The live exports.
        exports: usize,
    },
    /// The new length is not a whole number of items.
    Misaligned {
        /// The length asked for, in bytes.
        len: usize,
        /// The item size of the buffer's format.
        itemsize: usize,
    },
}

impl std::fmt::Display for BufferError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BufferError::Exported { exports } => write!(
                f,
                "Existing exports of data: object cannot be re-sized ({exports} live)"
            ),
            BufferError::Misaligned { len, itemsize } => write!(
                f,
                "buffer length {len} is not a multiple of the item size {itemsize}"
            ),
        }
    }
}

impl std::error::Error for BufferError {}

#[derive(Debug)]
struct State {
    data: RefCell<Vec<u8>>,
    exports: Cell<usize>,
    readonly: Cell<bool>,
    revoked: Cell<bool>,
    format: Format,
    format_str: &'static str,
    type_name: Cell<&'static str>,
}

/// The Python object scripts see.
#[derive(Debug)]
struct HostObject {
    state: Rc<State>,
}

impl NativeObject for HostObject {
    fn type_name(&self) -> &'static str {
        self.state.type_name.get()
    }

    fn getattr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        let s = &self.state;
        Some(Ok(match name {
            "readonly" => Value::Bool(s.readonly.get() || s.revoked.get()),
            "format" => Value::str(s.format_str),
            "itemsize" => Value::from_usize(s.format.size),
            "nbytes" => Value::from_usize(s.data.borrow().len()),
            _ => return None,
        }))
    }

    /// The number of items, as for `array` and memoryview.
    fn len(&self) -> Option<PyResult<usize>> {
        if self.state.revoked.get() {
            return Some(Err(exceptions::released_view()));
        }
        Some(Ok(self.state.data.borrow().len() / self.state.format.size))
    }

    fn buffer(&self, this: &Rc<dyn NativeObject>) -> Option<Rc<dyn BufferSource>> {
        Some(Rc::new(Source {
            state: self.state.clone(),
            owner: Value::Native(this.clone()),
        }))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The memory of a host object as an exporter.
#[derive(Debug)]
struct Source {
    state: Rc<State>,
    owner: Value,
}

impl BufferSource for Source {
    fn owner(&self) -> Value {
        self.owner.clone()
    }

    fn with_bytes(&self, f: &mut dyn FnMut(&[u8])) {
        match self.state.data.try_borrow() {
            Ok(d) => f(&d),
            Err(_) => f(&[]),
        }
    }

    fn with_bytes_mut(&self, f: &mut dyn FnMut(&mut [u8])) -> bool {
        if self.readonly() {
            return false;
        }
        match self.state.data.try_borrow_mut() {
            Ok(mut d) => {
                f(&mut d);
                true
            }
            Err(_) => false,
        }
    }

    fn readonly(&self) -> bool {
        self.state.readonly.get() || self.state.revoked.get()
    }

    fn format(&self) -> Format {
        self.state.format
    }

    fn format_str(&self) -> String {
        self.state.format_str.to_string()
    }

    fn add_export(&self) {
        self.state.exports.set(self.state.exports.get() + 1);
    }

    fn release_export(&self) {
        self.state
            .exports
            .set(self.state.exports.get().saturating_sub(1));
    }

    fn revoked(&self) -> bool {
        self.state.revoked.get()
    }
}

/// Memory owned by the host and lent to scripts without copying: bytes,
/// or typed elements with a struct format (`'i'` for `i32`, `'d'` for
/// `f64`, see [`Element`]).
///
/// Give it to a script with [`Interpreter::set`](crate::Interpreter::set)
/// or as a native function's argument or result. Scripts see an object
/// (type name `HostBuffer`, or the one given to
/// [`HostBuffer::with_type_name`]) that supports the buffer protocol:
/// `memoryview(buf)`, `struct.unpack_from(fmt, buf)`, `bytes(buf)`,
/// `bytearray(buf)`, `len(buf)` (items), and the attributes `format`,
/// `itemsize`, `nbytes` and `readonly`.
///
/// Cloning a `HostBuffer` gives another handle to the same memory.
///
/// ```
/// use pyview::{HostBuffer, Interpreter};
///
/// let mut py = Interpreter::new();
/// let buf = HostBuffer::from_slice(&[10i32, 20, 30]);
/// py.set("buf", &buf)?;
/// py.run("m = memoryview(buf)\nm[1] = m[0] + m[2]", "<demo>")?;
/// assert_eq!(buf.to_elements::<i32>(), Some(vec![10, 40, 30]));
///
/// // The view `m` is still alive: the buffer cannot change its length.
/// assert_eq!(buf.exports(), 1);
/// assert!(buf.resize(8).is_err());
/// py.run("m.release()", "<demo>")?;
/// assert_eq!(buf.exports(), 0);
/// buf.resize(8)?;
/// assert_eq!(buf.to_elements::<i32>(), Some(vec![10, 40]));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct HostBuffer {
    obj: Rc<dyn NativeObject>,
    state: Rc<State>,
}

impl HostBuffer {
    /// A byte buffer (format `'B'`) holding `data`.
    pub fn new(data: Vec<u8>) -> HostBuffer {
        HostBuffer::with_format(data, Format::UNSIGNED_BYTE, "B")
    }

    /// A typed buffer holding a copy of `items`, with `T`'s format.
    pub fn from_slice<T: Element>(items: &[T]) -> HostBuffer {
        let format = Format::native(T::FORMAT).unwrap_or(Format::UNSIGNED_BYTE);
        let mut data = vec![0; items.len() * format.size];
        for (chunk, item) in data.chunks_exact_mut(format.size).zip(items) {
            item.write_to(chunk);
        }
        HostBuffer::with_format(data, format, T::FORMAT)
    }

    fn with_format(data: Vec<u8>, format: Format, format_str: &'static str) -> HostBuffer {
        let state = Rc::new(State {
            data: RefCell::new(data),
            exports: Cell::new(0),
            readonly: Cell::new(false),
            revoked: Cell::new(false),
            format,
            format_str,
            type_name: Cell::new("HostBuffer"),
        });
        let obj: Rc<dyn NativeObject> = Rc::new(HostObject {
            state: state.clone(),
        });
        HostBuffer { obj, state }
    }

    /// Sets the type name scripts see (`type(buf).__name__`, error
    /// messages).
    pub fn with_type_name(self, name: &'static str) -> HostBuffer {
        self.state.type_name.set(name);
        self
    }

    pub(crate) fn value(&self) -> Value {
        Value::Native(self.obj.clone())
    }

    pub(crate) fn from_value(v: &Value) -> Option<HostBuffer> {
        let Value::Native(o) = v else { return None };
        let h = o.as_any().downcast_ref::<HostObject>()?;
        Some(HostBuffer {
            obj: o.clone(),
            state: h.state.clone(),
        })
    }

    /// The buffer as a Python object (what scripts are handed).
    pub fn object(&self) -> Object {
        Object(self.value())
    }

    /// The length in bytes.
    pub fn len(&self) -> usize {
        self.state.data.borrow().len()
    }

    /// Whether the buffer holds no bytes.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The number of items (bytes, for a byte buffer).
    pub fn item_count(&self) -> usize {
        self.len() / self.state.format.size
    }

    /// The struct format of the items (`"B"`, `"i"`, `"d"`...).
    pub fn format(&self) -> &'static str {
        self.state.format_str
    }

    /// The size of one item in bytes.
    pub fn itemsize(&self) -> usize {
        self.state.format.size
    }

    /// How many exports are live: memoryviews (one per `memoryview(buf)`
    /// call, shared with views sliced or cast from it) and consumers that
    /// are holding the buffer right now.
    pub fn exports(&self) -> usize {
        self.state.exports.get()
    }

    /// Whether scripts may not write to the buffer.
    pub fn is_readonly(&self) -> bool {
        self.state.readonly.get()
    }

    /// Makes the buffer read-only (or writable again) for scripts, with
    /// immediate effect on existing views: writes through them raise
    /// `TypeError: cannot modify read-only memory`. The host can always
    /// write.
    pub fn set_readonly(&self, readonly: bool) {
        self.state.readonly.set(readonly);
    }

    /// Withdraws the memory from scripts for good: every existing view of
    /// it behaves as released (`ValueError: operation forbidden on
    /// released memoryview object`), as do new views, `bytes(buf)` and
    /// other consumers. The host keeps full access and may resize it.
    ///
    /// ```
    /// use pyview::{HostBuffer, Interpreter, Sink};
    ///
    /// let mut py = Interpreter::builder().stderr(Sink::Discard).build();
    /// let buf = HostBuffer::new(b"secret".to_vec());
    /// py.set("buf", &buf)?;
    /// py.run("kept = memoryview(buf)", "<demo>")?;
    /// buf.revoke();
    /// let err = py.run("kept[0]", "<demo>").unwrap_err();
    /// assert_eq!(err.to_string().lines().last(),
    ///            Some("ValueError: operation forbidden on released memoryview object"));
    /// # Ok::<(), pyview::Error>(())
    /// ```
    pub fn revoke(&self) {
        self.state.revoked.set(true);
    }

    /// Whether [`HostBuffer::revoke`] was called.
    pub fn is_revoked(&self) -> bool {
        self.state.revoked.get()
    }

    /// Runs `f` over the bytes. Do not call methods of this buffer that
    /// change it from inside `f`.
    pub fn read<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        f(&self.state.data.borrow())
    }

    /// Runs `f` over the bytes, mutably (the length cannot change this
    /// way, so it is allowed while views are alive; they see the change).
    /// Do not call other methods of this buffer from inside `f`.
    pub fn write<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> R {
        f(&mut self.state.data.borrow_mut())
    }

    /// A copy of the bytes.
    pub fn to_vec(&self) -> Vec<u8> {
        self.state.data.borrow().clone()
    }

    /// A copy of the items, `None` unless `T`'s format is the buffer's.
    pub fn to_elements<T: Element>(&self) -> Option<Vec<T>> {
        if T::FORMAT != self.state.format_str {
            return None;
        }
        let data = self.state.data.borrow();
        data.chunks_exact(self.state.format.size)
            .map(T::read_from)
            .collect()
    }

    /// Item `index`, `None` when out of range or not of type `T`.
    pub fn get<T: Element>(&self, index: usize) -> Option<T> {
        if T::FORMAT != self.state.format_str {
            return None;
        }
        let size = self.state.format.size;
        let data = self.state.data.borrow();
        T::read_from(data.get(index.checked_mul(size)?..index.checked_mul(size)? + size)?)
    }

    /// Sets item `index`; `None` when out of range or not of type `T`.
    pub fn set<T: Element>(&self, index: usize, value: T) -> Option<()> {
        if T::FORMAT != self.state.format_str {
            return None;
        }
        let size = self.state.format.size;
        let mut data = self.state.data.borrow_mut();
        let start = index.checked_mul(size)?;
        value.write_to(data.get_mut(start..start.checked_add(size)?)?);
        Some(())
    }

    fn check_resize(&self, len: usize) -> Result<(), BufferError> {
        let itemsize = self.state.format.size;
        if !len.is_multiple_of(itemsize) {
            return Err(BufferError::Misaligned { len, itemsize });
        }
        let exports = self.exports();
        if exports > 0 && !self.is_revoked() {
            return Err(BufferError::Exported { exports });
        }
        Ok(())
    }

    /// Changes the length to `len` bytes (new bytes are zero). Refused
    /// while exports are live, as `bytearray` refuses with `BufferError`.
    pub fn resize(&self, len: usize) -> Result<(), BufferError> {
        self.check_resize(len)?;
        self.state.data.borrow_mut().resize(len, 0);
        Ok(())
    }

    /// Replaces the contents, returning the old ones; refused like
    /// [`HostBuffer::resize`] when the length would change.
    pub fn replace(&self, data: Vec<u8>) -> Result<Vec<u8>, BufferError> {
        if data.len() != self.len() {
            self.check_resize(data.len())?;
        }
        Ok(std::mem::replace(&mut self.state.data.borrow_mut(), data))
    }
}

impl std::fmt::Debug for HostBuffer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HostBuffer")
            .field("format", &self.format())
            .field("len", &self.len())
            .field("exports", &self.exports())
            .field("readonly", &self.is_readonly())
            .field("revoked", &self.is_revoked())
            .finish()
    }
}
