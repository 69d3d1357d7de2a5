//! Built-in types, one file each.

pub mod array;
pub mod bytearray;
pub mod byteops;
pub mod bytes;
pub mod cell;
pub mod class;
pub mod code;
pub mod complex;
pub mod descriptor;
pub mod dict;
pub mod exception_group;
pub mod frame;
pub mod function;
pub mod generic_alias;
pub mod iter;
pub mod mappingproxy;
pub mod memoryview;
pub mod module;
pub mod native;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod strformat;
pub mod structseq;
pub mod unicode_tables;
