//! CPython's over-allocation, modelled so `sys.getsizeof` of a list,
//! bytearray or array reports what python3 does after the same history.
//!
//! The storage itself is a `Vec`; these models only replay the capacity
//! rules of `list_resize`, `PyByteArray_Resize` and `array_resize`
//! (CPython 3.11) at the points where CPython calls them. Each model is
//! told the current length on every resize, so a mutation that no entry
//! point reported only makes the next report use the length as the
//! capacity; it never underflows or shows less room than items.

use std::cell::Cell;

/// A list's `allocated`, and whether it has no storage at all (a null
/// `ob_item`: a new empty or cleared list), which some paths test.
#[derive(Debug)]
pub struct ListAlloc {
    slots: Cell<usize>,
    null: Cell<bool>,
}

impl Default for ListAlloc {
    fn default() -> ListAlloc {
        ListAlloc::exact(0)
    }
}

impl ListAlloc {
    /// `PyList_New(n)` and `list_new_prealloc(n)`: exactly `n` slots.
    pub fn exact(n: usize) -> ListAlloc {
        ListAlloc {
            slots: Cell::new(n),
            null: Cell::new(n == 0),
        }
    }

    /// A list filled by appends from empty (a list comprehension).
    pub fn appended(n: usize) -> ListAlloc {
        let a = ListAlloc::default();
        a.appends(0, n);
        a
    }

    /// The slots as CPython would report them for a list of `len` items.
    pub fn get(&self, len: usize) -> usize {
        self.slots.get().max(len)
    }

    /// `list_resize(self, new)` on a list of `old` items.
    pub fn resize(&self, old: usize, new: usize) {
        let allocated = self.get(old);
        if allocated >= new && new >= allocated >> 1 {
            return;
        }
        let mut grown = (new + (new >> 3) + 6) & !3;
        if new as i128 - old as i128 > grown as i128 - new as i128 {
            grown = (new + 3) & !3;
        }
        self.slots.set(if new == 0 { 0 } else { grown });
        self.null.set(false);
    }

    /// Appends one at a time from `old` items to `new` (`app1`).
    pub fn appends(&self, old: usize, new: usize) {
        let mut len = old;
        while len < new {
            let room = self.get(len);
            if room > len {
                len = room.min(new);
            } else {
                self.resize(len, len + 1);
                len += 1;
            }
        }
    }

    /// `list_preallocate_exact`: rounded up to an even count.
    fn preallocate(&self, n: usize) {
        self.slots.set((n + 1) & !1);
        self.null.set(false);
    }

    /// `list_extend` adding `add` items to `old` from a list or tuple
    /// (`hint` is `None`): room for them at once; from anything else:
    /// room for the length hint, appends past it, then a trim to the
    /// final length.
    pub fn extend(&self, old: usize, add: usize, hint: Option<usize>) {
        match hint {
            None if add == 0 => {}
            None if self.null.get() => self.preallocate(add),
            None => self.resize(old, old + add),
            Some(h) => {
                if !self.null.get() {
                    self.resize(old, old + h);
                } else if h > 0 {
                    self.preallocate(h);
                }
                let new = old + add;
                self.appends(old, new);
                if new < self.get(new) {
                    self.resize(new, new);
                }
            }
        }
    }

    /// A list display's storage: CPython builds a short one in one go, one
    /// of over two constants from their folded tuple, and a long one (over
    /// 30 items) or one with a starred item item by item.
    pub fn display(n: usize, all_const: bool, starred: bool) -> ListAlloc {
        if all_const && n > 2 && !starred {
            let a = ListAlloc::default();
            a.preallocate(n);
            a
        } else if starred || n > 30 {
            ListAlloc::appended(n)
        } else {
            ListAlloc::exact(n)
        }
    }

    /// `list(x)` and `sorted(x)` of `n` items: a length (`hint` is
    /// `None`) is room made at once, else `list_extend` as above.
    pub fn built(n: usize, hint: Option<usize>) -> ListAlloc {
        let a = ListAlloc::default();
        match hint {
            None if n > 0 => a.preallocate(n),
            None => {}
            Some(_) => a.extend(0, n, hint),
        }
        a
    }

    /// Takes over the storage of `other` (`list.__init__` refilling).
    pub fn set_from(&self, other: &ListAlloc) {
        self.slots.set(other.slots.get());
        self.null.set(other.null.get());
    }

    /// `n` items leave a list of `len` (`list_ass_slice` with nothing):
    /// the storage goes with the last item.
    pub fn remove(&self, len: usize, n: usize) {
        if len == n {
            self.clear();
        } else if n > 0 {
            self.resize(len, len - n);
        }
    }

    /// `list.clear()`, and deleting every item: no storage at all.
    pub fn clear(&self) {
        self.slots.set(0);
        self.null.set(true);
    }
}

/// A bytearray's `ob_alloc` and how far its logical start has advanced
/// past the allocation (deleting from the front moves the start).
#[derive(Debug, Default)]
pub struct ByteArrayAlloc {
    alloc: Cell<usize>,
    offset: Cell<usize>,
}

impl ByteArrayAlloc {
    /// `PyByteArray_FromStringAndSize(n)`: the bytes and a NUL.
    pub fn exact(n: usize) -> ByteArrayAlloc {
        ByteArrayAlloc {
            alloc: Cell::new(if n == 0 { 0 } else { n + 1 }),
            offset: Cell::new(0),
        }
    }

    /// A bytearray filled a byte at a time from empty (`bytearray(x)` of
    /// an iterable other than a list or tuple).
    pub fn appended(n: usize) -> ByteArrayAlloc {
        let a = ByteArrayAlloc::exact(0);
        let mut len = 0;
        while len < n {
            let room = a.alloc.get();
            if len + 1 < room {
                len = (room - 1).min(n);
            } else {
                a.resize(len, len + 1);
                len += 1;
            }
        }
        a
    }

    /// Takes over the storage of `other` (`bytearray.__init__` refilling).
    pub fn set_from(&self, other: &ByteArrayAlloc) {
        self.alloc.set(other.alloc.get());
        self.offset.set(other.offset.get());
    }

    /// The allocation for `len` bytes, never less than they need.
    pub fn get(&self, len: usize) -> usize {
        let alloc = self.alloc.get();
        if len == 0 || alloc > len + self.offset.get() {
            alloc
        } else {
            len + 1
        }
    }

    /// `PyByteArray_Resize(self, new)` on `old` bytes.
    pub fn resize(&self, old: usize, new: usize) {
        if new != old {
            self.apply(self.get(old), new);
        }
    }

    /// Deleting `n` bytes at the front of `old`: the start advances, then
    /// the resize (`bytearray_setslice_linear` with `lo == 0`).
    pub fn delete_front(&self, old: usize, n: usize) {
        if n > 0 {
            let alloc = self.get(old);
            self.alloc.set(alloc);
            self.offset.set(self.offset.get() + n);
            self.apply(alloc, old - n);
        }
    }

    /// The resize proper, given the allocation it starts from.
    fn apply(&self, alloc: usize, new: usize) {
        let grown = if new + self.offset.get() < alloc {
            if new >= alloc / 2 {
                return;
            }
            new + 1
        } else if new as f64 <= alloc as f64 * 1.125 {
            new + (new >> 3) + if new < 9 { 3 } else { 6 }
        } else {
            new + 1
        };
        self.alloc.set(grown);
        self.offset.set(0);
    }
}

/// An array's `allocated`, in items.
#[derive(Debug, Default)]
pub struct ArrayAlloc(Cell<usize>);

impl ArrayAlloc {
    /// `newarrayobject(n)`: exactly `n` items.
    pub fn exact(n: usize) -> ArrayAlloc {
        ArrayAlloc(Cell::new(n))
    }

    pub fn get(&self, len: usize) -> usize {
        self.0.get().max(len)
    }

    /// Storage made for exactly `n` items.
    pub fn set_exact(&self, n: usize) {
        self.0.set(n);
    }

    /// `array_resize(self, new)` on `old` items.
    pub fn resize(&self, old: usize, new: usize) {
        let allocated = self.get(old);
        if allocated >= new && old < new + 16 && allocated > 0 {
            return;
        }
        let grown = if new == 0 {
            0
        } else {
            (new >> 4) + if old < 8 { 3 } else { 7 } + new
        };
        self.0.set(grown);
    }
}
