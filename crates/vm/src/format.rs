//! CPython 3.11 number and string formatting, reproduced exactly.
//!
//! `format()` / `__format__` for float, int and str, printf-style `%`
//! conversions, float repr, float <-> int conversions, correctly rounded
//! int / int, `round(float, n)` and `float(str)`. Pure functions with no
//! dependency on the rest of the vm.
//!
//! Decimal digits come from Rust's float formatting, which is exact and
//! rounds ties to even like David Gay's dtoa used by CPython (only its
//! shortest mode differs, on exact ties: see shortest_tie_to_even); the
//! layout code around it is a port of CPython's pystrtod.c
//! (format_float_short), formatter_unicode.c and unicodeobject.c, so the
//! corner cases (padding, grouping of zero padding, '#' forms, 'z', error
//! order) agree with python3.11 rather than with C's printf.

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// Errors carry CPython's exception type and exact message.
#[derive(Debug, Clone, PartialEq)]
pub enum FormatError {
    Value(String),
    Type(String),
    Overflow(String),
    /// MemoryError (CPython gives it an empty message): a width or
    /// precision asked for more text than could be allocated.
    Memory(String),
}

fn value_err<T>(msg: impl Into<String>) -> Result<T, FormatError> {
    Err(FormatError::Value(msg.into()))
}

fn overflow_err<T>(msg: impl Into<String>) -> Result<T, FormatError> {
    Err(FormatError::Overflow(msg.into()))
}

const PRECISION_TOO_BIG: &str = "precision too big";

/// Results past this many bytes are refused up front: with memory
/// overcommit a huge reservation can succeed and only fail while filled.
const MAX_ALLOC: usize = 1 << 40;

fn no_memory() -> FormatError {
    FormatError::Memory(String::new())
}

/// An empty String with room for `bytes`; MemoryError instead of aborting
/// when a huge width or precision cannot be allocated.
fn alloc(bytes: i64) -> Result<String, FormatError> {
    let n = usize::try_from(bytes.max(0)).map_err(|_| no_memory())?;
    if n > MAX_ALLOC {
        return Err(no_memory());
    }
    let mut s = String::new();
    s.try_reserve_exact(n).map_err(|_| no_memory())?;
    Ok(s)
}

fn push_n(out: &mut String, c: char, n: i64) {
    for _ in 0..n.max(0) {
        out.push(c);
    }
}

// ---------------------------------------------------------------------------
// The format-spec mini-language (formatter_unicode.c)

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Grouping {
    None,
    Comma,
    Underscore,
    /// '_' with b/o/x/X: every four digits (PEP 515).
    UnderscoreFour,
}

impl Grouping {
    fn group(self) -> Option<(i64, u8)> {
        match self {
            Grouping::None => None,
            Grouping::Comma => Some((3, b',')),
            Grouping::Underscore => Some((3, b'_')),
            Grouping::UnderscoreFour => Some((4, b'_')),
        }
    }
}

/// A parsed spec. Absent width/precision are -1 and absent sign/type are
/// '\0', as in CPython, so the ported width arithmetic stays literal.
#[derive(Clone, Debug)]
struct Spec {
    fill: char,
    align: char,
    sign: char,
    no_neg_0: bool,
    alternate: bool,
    width: i64,
    grouping: Grouping,
    precision: i64,
    ty: char,
}

/// How CPython shows a presentation type in messages: printable ASCII as
/// itself, anything else as `\x<hex>`.
fn code_display(t: char) -> String {
    let u = crate::surrogates::code(t);
    if u > 32 && u < 128 {
        t.to_string()
    } else {
        format!("\\x{:x}", u)
    }
}

fn unknown_code(t: char, type_name: &str) -> FormatError {
    FormatError::Value(format!(
        "Unknown format code '{}' for object of type '{}'",
        code_display(t),
        type_name
    ))
}

/// Unicode decimal digit value (CPython's Py_UNICODE_TODECIMAL).
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    let u = c as u32;
    if c.is_ascii_digit() {
        return Some(u - '0' as u32);
    }
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= u);
    let zero = *DECIMAL_ZEROS.get(i.checked_sub(1)?)?;
    (u - zero < 10).then_some(u - zero)
}

/// Reads a run of (Unicode) decimal digits: (value, digit count).
fn get_integer(s: &[char], pos: &mut usize) -> Result<(i64, usize), FormatError> {
    let (mut acc, mut count) = (0i64, 0usize);
    while let Some(d) = s.get(*pos).and_then(|&c| decimal_value(c)) {
        let d = i64::from(d);
        if acc > (i64::MAX - d) / 10 {
            return value_err("Too many decimal digits in format string");
        }
        acc = acc * 10 + d;
        *pos += 1;
        count += 1;
    }
    Ok((acc, count))
}

/// What formatting with `spec` asks for before anything is formatted:
/// the width's padding in bytes and the precision (zeros for a spec that
/// does not parse, which formatting then reports).
pub fn spec_request(spec: &str) -> (usize, usize) {
    match parse_spec(spec, "", '\0', '>') {
        Ok(f) => (
            usize::try_from(f.width)
                .unwrap_or(0)
                .saturating_mul(f.fill.len_utf8()),
            usize::try_from(f.precision).unwrap_or(0),
        ),
        Err(_) => (0, 0),
    }
}

/// Port of parse_internal_render_format_spec.
fn parse_spec(
    spec: &str,
    type_name: &str,
    default_type: char,
    default_align: char,
) -> Result<Spec, FormatError> {
    let s: Vec<char> = spec.chars().collect();
    let end = s.len();
    let mut pos = 0;
    let mut f = Spec {
        fill: ' ',
        align: default_align,
        sign: '\0',
        no_neg_0: false,
        alternate: false,
        width: -1,
        grouping: Grouping::None,
        precision: -1,
        ty: default_type,
    };
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    let mut align_specified = false;
    let mut fill_specified = false;
    if end >= 2 && is_align(s[1]) {
        f.align = s[1];
        f.fill = s[0];
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(s[0]) {
        f.align = s[0];
        align_specified = true;
        pos = 1;
    }
    if pos < end && matches!(s[pos], ' ' | '+' | '-') {
        f.sign = s[pos];
        pos += 1;
    }
    if pos < end && s[pos] == 'z' {
        f.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && s[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    // Backwards-compatible '0' flag: zero fill, and sign-aware for numbers.
    if !fill_specified && pos < end && s[pos] == '0' {
        f.fill = '0';
        if !align_specified && default_align == '>' {
            f.align = '=';
        }
        pos += 1;
    }
    let (width, n) = get_integer(&s, &mut pos)?;
    if n > 0 {
        f.width = width;
    }
    const BOTH: &str = "Cannot specify both ',' and '_'.";
    if pos < end && s[pos] == ',' {
        f.grouping = Grouping::Comma;
        pos += 1;
    }
    if pos < end && s[pos] == '_' {
        if f.grouping != Grouping::None {
            return value_err(BOTH);
        }
        f.grouping = Grouping::Underscore;
        pos += 1;
    }
    if pos < end && s[pos] == ',' && f.grouping == Grouping::Underscore {
        return value_err(BOTH);
    }
    if pos < end && s[pos] == '.' {
        pos += 1;
        let (precision, n) = get_integer(&s, &mut pos)?;
        if n == 0 {
            return value_err("Format specifier missing precision");
        }
        f.precision = precision;
    }
    if end - pos > 1 {
        return value_err(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        ));
    }
    if end - pos == 1 {
        f.ty = s[pos];
    }
    if f.grouping != Grouping::None {
        match f.ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if f.grouping == Grouping::Underscore => {
                f.grouping = Grouping::UnderscoreFour;
            }
            t => {
                let sep = if f.grouping == Grouping::Comma {
                    ','
                } else {
                    '_'
                };
                return value_err(format!(
                    "Cannot specify '{}' with '{}'.",
                    sep,
                    code_display(t)
                ));
            }
        }
    }
    Ok(f)
}

/// Port of _PyUnicode_InsertThousandsGrouping. `min_width` > 0 (zero fill
/// with '=' alignment) pads with zeros that are grouped like digits, so
/// format(1234, '09,') is '0,001,234'.
fn group_digits(digits: &[u8], min_width: i64, grouping: Grouping) -> Result<Vec<u8>, FormatError> {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let longest = remaining.max(min_width);
    let mut out = Vec::new();
    usize::try_from(longest.saturating_add(longest / 3).saturating_add(4))
        .ok()
        .filter(|&n| n <= MAX_ALLOC)
        .and_then(|n| out.try_reserve_exact(n).ok())
        .ok_or_else(no_memory)?;
    // Built right to left, then reversed.
    let mut dpos = digits.len();
    let mut emit = |out: &mut Vec<u8>, n_chars: i64, n_zeros: i64, sep: Option<u8>| {
        out.extend(sep);
        for _ in 0..n_chars {
            dpos -= 1;
            out.push(digits[dpos]);
        }
        out.extend((0..n_zeros).map(|_| b'0'));
    };
    let mut done = false;
    let mut sep = None;
    if let Some((size, sep_char)) = grouping.group() {
        loop {
            let len = size.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(&mut out, n_chars, n_zeros, sep);
            sep = Some(sep_char);
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                done = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !done {
        let len = remaining.max(min_width).max(1);
        emit(
            &mut out,
            remaining.min(len).max(0),
            (len - remaining).max(0),
            sep,
        );
    }
    out.reverse();
    Ok(out)
}

/// Port of calc_number_widths + fill_number: lays out
/// `[lpad][sign][prefix][spad][grouped digits][.][remainder][rpad]`.
/// `digits` (ASCII) are grouped; `remainder` is copied as is.
fn layout_number(
    f: &Spec,
    negative: bool,
    prefix: &str,
    digits: &str,
    has_decimal: bool,
    remainder: &str,
    grouping: Grouping,
) -> Result<String, FormatError> {
    let sign = match f.sign {
        '+' => Some(if negative { '-' } else { '+' }),
        ' ' => Some(if negative { '-' } else { ' ' }),
        _ => negative.then_some('-'),
    };
    let n_other = i64::from(sign.is_some())
        + prefix.chars().count() as i64
        + i64::from(has_decimal)
        + remainder.chars().count() as i64;
    let min_width = if f.fill == '0' && f.align == '=' {
        f.width - n_other
    } else {
        0
    };
    // Only 'c' formatting has no digits; grouping always yields at least one.
    let grouped = if digits.is_empty() {
        Vec::new()
    } else {
        group_digits(digits.as_bytes(), min_width, grouping)?
    };
    let n_padding = f.width - (n_other + grouped.len() as i64);
    let (lpad, spad, rpad) = if n_padding > 0 {
        match f.align {
            '<' => (0, 0, n_padding),
            '^' => (n_padding / 2, 0, n_padding - n_padding / 2),
            '=' => (0, n_padding, 0),
            _ => (n_padding, 0, 0),
        }
    } else {
        (0, 0, 0)
    };
    let pad_bytes = (lpad + spad + rpad).saturating_mul(f.fill.len_utf8() as i64);
    let mut out = alloc(
        pad_bytes.saturating_add((1 + prefix.len() + grouped.len() + 1 + remainder.len()) as i64),
    )?;
    push_n(&mut out, f.fill, lpad);
    out.extend(sign);
    out.push_str(prefix);
    push_n(&mut out, f.fill, spad);
    out.extend(grouped.iter().map(|&b| b as char));
    if has_decimal {
        out.push('.');
    }
    out.push_str(remainder);
    push_n(&mut out, f.fill, rpad);
    Ok(out)
}

// ---------------------------------------------------------------------------
// Float to decimal text (pystrtod.c)

#[derive(Clone, Copy, PartialEq, Eq)]
enum DigitMode {
    /// dtoa mode 0: shortest digits that round-trip.
    Shortest,
    /// dtoa mode 2: `ndigits` significant digits.
    Significant,
    /// dtoa mode 3: `ndigits` digits after the decimal point.
    Fixed,
}

/// Digits of finite `x >= 0` as David Gay's _Py_dg_dtoa returns them: no
/// trailing zeros, the decimal point after `decpt` digits; zero is ("0", 1)
/// and a fixed-mode result that rounds to zero is ("", -ndigits).
fn dtoa(x: f64, mode: DigitMode, ndigits: i64) -> (Vec<u8>, i64) {
    if x == 0.0 {
        return (b"0".to_vec(), 1);
    }
    let strip = |mut d: Vec<u8>| {
        while d.last() == Some(&b'0') {
            d.pop();
        }
        d
    };
    if mode == DigitMode::Fixed {
        // A double has at most 1074 fraction digits, so capping keeps the
        // result exact and stays under Rust's 65535 precision limit.
        let s = format!("{:.*}", ndigits.clamp(0, 1100) as usize, x);
        let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
        let all: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
        let lead = all.iter().take_while(|&&b| b == b'0').count();
        if lead == all.len() {
            return (Vec::new(), -ndigits);
        }
        let decpt = int.len() as i64 - lead as i64;
        return (strip(all[lead..].to_vec()), decpt);
    }
    // A double has at most 767 significant digits; 800 is exact too.
    let s = match mode {
        DigitMode::Shortest => format!("{:e}", x),
        _ => format!("{:.*e}", (ndigits.clamp(1, 800) - 1) as usize, x),
    };
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits = strip(mant.bytes().filter(u8::is_ascii_digit).collect());
    let decpt = exp.parse::<i64>().unwrap_or(0) + 1;
    if mode == DigitMode::Shortest {
        return shortest_tie_to_even(x, digits, decpt);
    }
    (digits, decpt)
}

/// Rust's shortest digits break an exact tie between two equally short
/// candidates upward (repr(11.7410430908203125) would end in ...313);
/// dtoa takes the even one when it round-trips too (...312).
fn shortest_tie_to_even(x: f64, digits: Vec<u8>, decpt: i64) -> (Vec<u8>, i64) {
    if !matches!(digits.last(), Some(d) if d % 2 == 1) {
        return (digits, decpt);
    }
    // A tie needs an exact expansion of n + 1 <= 18 digits ending in 5:
    // only x = odd * 2**e with e >= -30 (and then x < 1e41) can have one,
    // and for those 61 significant digits are exact.
    let (mant, exp) = decompose(x);
    if exp + i64::from(mant.trailing_zeros()) < -30 || x >= 1e41 {
        return (digits, decpt);
    }
    let s = format!("{:.60e}", x);
    let (mant_text, exp_text) = s.split_once('e').unwrap_or((&s, "0"));
    let mut exact: Vec<u8> = mant_text.bytes().filter(u8::is_ascii_digit).collect();
    while exact.last() == Some(&b'0') {
        exact.pop();
    }
    let n = digits.len();
    if exact.len() != n + 1 || exact[n] != b'5' {
        return (digits, decpt);
    }
    let exact_decpt = exp_text.parse::<i64>().unwrap_or(0) + 1;
    let mut lower = exact[..n].to_vec();
    let mut other_decpt = exact_decpt;
    if lower == digits {
        // The upper candidate: lower + 1 in the last place.
        let mut i = n;
        loop {
            if i == 0 {
                lower.insert(0, b'1');
                other_decpt += 1;
                break;
            }
            i -= 1;
            if lower[i] == b'9' {
                lower[i] = b'0';
            } else {
                lower[i] += 1;
                break;
            }
        }
    }
    while lower.last() == Some(&b'0') {
        lower.pop();
    }
    let text: String = lower.iter().map(|&b| b as char).collect();
    if format!("0.{}e{}", text, other_decpt).parse::<f64>() == Ok(x) {
        (lower, other_decpt)
    } else {
        (digits, decpt)
    }
}

/// Py_DTSF_* flags of PyOS_double_to_string.
#[derive(Clone, Copy, Default)]
struct DtoaFlags {
    sign: bool,
    add_dot_0: bool,
    alt: bool,
    no_neg_0: bool,
}

/// Port of PyOS_double_to_string + format_float_short; `code` is one of
/// e E f F g G r (anything else is treated as 'r').
fn double_to_string(
    val: f64,
    code: char,
    precision: i64,
    fl: DtoaFlags,
) -> Result<String, FormatError> {
    let upper = code.is_ascii_uppercase();
    let (code, mode, precision) = match code.to_ascii_lowercase() {
        'e' => ('e', DigitMode::Significant, precision + 1),
        'f' => ('f', DigitMode::Fixed, precision),
        // Precision 0 makes no sense for 'g'; CPython reads it as 1.
        'g' => ('g', DigitMode::Significant, precision.max(1)),
        _ => ('r', DigitMode::Shortest, 0),
    };
    if !val.is_finite() {
        let mut s = String::new();
        // The sign of a nan is ignored.
        if val.is_sign_negative() && !val.is_nan() {
            s.push('-');
        } else if fl.sign {
            s.push('+');
        }
        s.push_str(match (val.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return Ok(s);
    }
    let (digits, mut decpt) = dtoa(val.abs(), mode, precision);
    let mut negative = val.is_sign_negative();
    if fl.no_neg_0 && negative && (digits.is_empty() || digits == b"0") {
        negative = false;
    }
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if fl.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            use_exp = decpt <= -4 || decpt > limit;
            if fl.alt {
                vdigits_end = precision;
            }
        }
        // repr switches to exponent form at 1e16.
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    // Output the slice [vdigits_start, vdigits_end) of the digits padded
    // with zeros on both sides, with the point after position decpt.
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && fl.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    let mut buf = alloc(vdigits_end - vdigits_start + 10)?;
    if negative {
        buf.push('-');
    } else if fl.sign {
        buf.push('+');
    }
    if decpt <= 0 {
        push_n(&mut buf, '0', decpt - vdigits_start);
        buf.push('.');
        push_n(&mut buf, '0', -decpt);
    } else {
        push_n(&mut buf, '0', -vdigits_start);
    }
    let text = |d: &[u8]| d.iter().map(|&b| b as char).collect::<String>();
    if 0 < decpt && decpt <= digits_len {
        buf.push_str(&text(&digits[..decpt as usize]));
        buf.push('.');
        buf.push_str(&text(&digits[decpt as usize..]));
    } else {
        buf.push_str(&text(&digits));
    }
    if digits_len < decpt {
        push_n(&mut buf, '0', decpt - digits_len);
        buf.push('.');
        push_n(&mut buf, '0', vdigits_end - decpt);
    } else {
        push_n(&mut buf, '0', vdigits_end - digits_len);
    }
    if buf.ends_with('.') && !fl.alt {
        buf.pop();
    }
    if use_exp {
        buf.push(if upper { 'E' } else { 'e' });
        buf.push(if exp < 0 { '-' } else { '+' });
        buf.push_str(&format!("{:02}", exp.abs()));
    }
    Ok(buf)
}

/// repr(float) == str(float): shortest round-trip digits, exponent form
/// below 1e-4 and from 1e16 on, and '.0' on integral values.
pub fn float_repr(x: f64) -> String {
    let fl = DtoaFlags {
        add_dot_0: true,
        ..DtoaFlags::default()
    };
    // Allocation of a repr-sized buffer cannot realistically fail.
    double_to_string(x, 'r', 0, fl).unwrap_or_default()
}

/// Port of format_float_internal (also used for ints with float types).
fn format_float_spec(val: f64, f: &Spec) -> Result<String, FormatError> {
    if f.precision > i64::from(i32::MAX) {
        return value_err(PRECISION_TOO_BIG);
    }
    let mut fl = DtoaFlags {
        alt: f.alternate,
        no_neg_0: f.no_neg_0,
        ..DtoaFlags::default()
    };
    let mut ty = f.ty;
    let mut default_precision = 6;
    // No type: like repr without a precision, else 'g' keeping a '.0'.
    if ty == '\0' {
        fl.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    // 'n' is 'g' with the locale's separators, and the C locale has none.
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = val;
    let add_pct = ty == '%';
    if add_pct {
        ty = 'f';
        val *= 100.0;
    }
    let precision = if f.precision < 0 {
        default_precision
    } else {
        if ty == 'r' {
            ty = 'g';
        }
        f.precision
    };
    let mut buf = double_to_string(val, ty, precision, fl)?;
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let n_int = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_int);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let grouping = if f.ty == 'n' {
        Grouping::None
    } else {
        f.grouping
    };
    layout_number(f, negative, "", digits, has_decimal, remainder, grouping)
}

/// format(x, spec) for a float.
pub fn format_float(x: f64, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let f = parse_spec(spec, "float", '\0', '>')?;
    match f.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_spec(x, &f),
        t => Err(unknown_code(t, "float")),
    }
}

/// One part of a complex laid out without padding: its sign per `sign`
/// (the spec's, or '+' for an imaginary part after a real one).
fn complex_part(
    x: f64,
    ty: char,
    precision: i64,
    fl: DtoaFlags,
    f: &Spec,
    sign: char,
) -> Result<String, FormatError> {
    let buf = double_to_string(x, ty, precision, fl)?;
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let n_int = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_int);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let part = Spec {
        fill: ' ',
        align: '<',
        width: -1,
        sign,
        ..f.clone()
    };
    let grouping = if f.ty == 'n' {
        Grouping::None
    } else {
        f.grouping
    };
    layout_number(
        &part,
        negative,
        "",
        digits,
        has_decimal,
        remainder,
        grouping,
    )
}

/// format(z, spec) for a complex (port of format_complex_internal): both
/// parts formatted alike, the imaginary one always signed, then padded
/// as a whole. Without a type the result looks like repr (parentheses,
/// no real part when it is +0.0).
pub fn format_complex(re: f64, im: f64, spec: &str) -> Result<String, FormatError> {
    let f = parse_spec(spec, "complex", '\0', '>')?;
    if !matches!(f.ty, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
        return Err(unknown_code(f.ty, "complex"));
    }
    if f.fill == '0' {
        return value_err("Zero padding is not allowed in complex format specifier");
    }
    if f.align == '=' {
        return value_err("'=' alignment flag is not allowed in complex format specifier");
    }
    if f.precision > i64::from(i32::MAX) {
        return value_err(PRECISION_TOO_BIG);
    }
    let fl = DtoaFlags {
        alt: f.alternate,
        no_neg_0: f.no_neg_0,
        ..DtoaFlags::default()
    };
    let (mut ty, mut default_precision) = (f.ty, 6);
    let (mut skip_re, mut parens) = (false, false);
    if ty == '\0' {
        ty = 'r';
        default_precision = 0;
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
    }
    if ty == 'n' {
        ty = 'g';
    }
    let precision = if f.precision < 0 {
        default_precision
    } else {
        if ty == 'r' {
            ty = 'g';
        }
        f.precision
    };
    let re_text = if skip_re {
        String::new()
    } else {
        complex_part(re, ty, precision, fl, &f, f.sign)?
    };
    let im_sign = if skip_re { f.sign } else { '+' };
    let im_text = complex_part(im, ty, precision, fl, &f, im_sign)?;
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    body.push_str(&re_text);
    body.push_str(&im_text);
    body.push('j');
    if parens {
        body.push(')');
    }
    let n_padding = f.width - body.chars().count() as i64;
    if n_padding <= 0 {
        return Ok(body);
    }
    let (lpad, rpad) = match f.align {
        '<' => (0, n_padding),
        '^' => (n_padding / 2, n_padding - n_padding / 2),
        _ => (n_padding, 0),
    };
    let mut out = alloc(
        (lpad + rpad)
            .saturating_mul(f.fill.len_utf8() as i64)
            .saturating_add(body.len() as i64),
    )?;
    push_n(&mut out, f.fill, lpad);
    out.push_str(&body);
    push_n(&mut out, f.fill, rpad);
    Ok(out)
}

// ---------------------------------------------------------------------------
// Integers

/// Port of format_long_internal.
fn format_int_spec(n: &BigInt, f: &Spec) -> Result<String, FormatError> {
    if f.precision != -1 {
        return value_err("Precision not allowed in integer format specifier");
    }
    if f.no_neg_0 {
        return value_err("Negative zero coercion (z) not allowed in integer format specifier");
    }
    if f.ty == 'c' {
        if f.sign != '\0' {
            return value_err("Sign not allowed with integer format specifier 'c'");
        }
        if f.alternate {
            return value_err("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        let Some(x) = n.to_i64() else {
            return overflow_err("Python int too large to convert to C long");
        };
        if !(0..=0x10ffff).contains(&x) {
            return overflow_err("%c arg not in range(0x110000)");
        }
        let Some(c) = crate::surrogates::from_code(x as u32) else {
            return overflow_err("%c arg not in range(0x110000)");
        };
        return layout_number(
            f,
            false,
            "",
            "",
            false,
            c.encode_utf8(&mut [0; 4]),
            f.grouping,
        );
    }
    let (radix, prefix) = match f.ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    if radix == 10 && crate::ops::exceeds_str_digits(n) {
        return value_err(crate::ops::str_digits_exceeded());
    }
    let mut digits = n.magnitude().to_str_radix(radix);
    if f.ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = if f.alternate { prefix } else { "" };
    let grouping = if f.ty == 'n' {
        Grouping::None
    } else {
        f.grouping
    };
    layout_number(f, n.is_negative(), prefix, &digits, false, "", grouping)
}

/// format(n, spec) for an int.
pub fn format_int(n: &BigInt, spec: &str) -> Result<String, FormatError> {
    format_int_with_type_name(n, spec, "int")
}

/// format_int for int subclasses (e.g. bool): `type_name` appears in error
/// messages. An empty spec gives str(n); a bool's caller should return
/// 'True'/'False' itself, as CPython does through str().
pub fn format_int_with_type_name(
    n: &BigInt,
    spec: &str,
    type_name: &str,
) -> Result<String, FormatError> {
    if spec.is_empty() {
        if crate::ops::exceeds_str_digits(n) {
            return value_err(crate::ops::str_digits_exceeded());
        }
        return Ok(n.to_string());
    }
    let f = parse_spec(spec, type_name, 'd', '>')?;
    match f.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_int_spec(n, &f),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_spec(bigint_to_f64(n)?, &f),
        t => Err(unknown_code(t, type_name)),
    }
}

// ---------------------------------------------------------------------------
// Strings

/// format(s, spec) for a str.
pub fn format_str(s: &str, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let f = parse_spec(spec, "str", 's', '<')?;
    if f.ty != 's' {
        return Err(unknown_code(f.ty, "str"));
    }
    match f.sign {
        '\0' => {}
        ' ' => return value_err("Space not allowed in string format specifier"),
        _ => return value_err("Sign not allowed in string format specifier"),
    }
    if f.no_neg_0 {
        return value_err("Negative zero coercion (z) not allowed in string format specifier");
    }
    if f.alternate {
        return value_err("Alternate form (#) not allowed in string format specifier");
    }
    if f.align == '=' {
        return value_err("'=' alignment not allowed in string format specifier");
    }
    let mut len = s.chars().count() as i64;
    let mut text = s;
    if f.precision >= 0 && len >= f.precision {
        len = f.precision;
        let cut = s
            .char_indices()
            .nth(len as usize)
            .map_or(s.len(), |(i, _)| i);
        text = &s[..cut];
    }
    let total = f.width.max(len);
    let lpad = match f.align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let mut out = alloc(
        (lpad + rpad)
            .saturating_mul(f.fill.len_utf8() as i64)
            .saturating_add(text.len() as i64),
    )?;
    push_n(&mut out, f.fill, lpad);
    out.push_str(text);
    push_n(&mut out, f.fill, rpad);
    Ok(out)
}

// ---------------------------------------------------------------------------
// printf-style formatting (unicodeobject.c; bytes % behaves the same)

#[derive(Clone, Copy, Default)]
struct PrintfFlags {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
}

fn printf_flags(flags: &str) -> PrintfFlags {
    let mut f = PrintfFlags::default();
    for c in flags.chars() {
        match c {
            '-' => f.ljust = true,
            '+' => f.sign = true,
            ' ' => f.blank = true,
            '#' => f.alt = true,
            '0' => f.zero = true,
            _ => {}
        }
    }
    f
}

fn printf_width(width: Option<usize>) -> Result<i64, FormatError> {
    match width {
        None => Ok(-1),
        Some(w) => i64::try_from(w).or_else(|_| value_err("width too big")),
    }
}

fn printf_prec(prec: Option<usize>) -> Result<i64, FormatError> {
    match prec {
        None => Ok(-1),
        Some(p) if p <= i32::MAX as usize => Ok(p as i64),
        Some(_) => value_err(PRECISION_TOO_BIG),
    }
}

/// Port of unicode_format_arg_output for numbers: sign and '0x'/'0o'
/// prefix go before zero padding, after space padding.
fn printf_pad(
    s: &str,
    fl: PrintfFlags,
    width: i64,
    prec: i64,
    conv: char,
) -> Result<String, FormatError> {
    let mut len = s.len() as i64;
    if (width == -1 || width <= len) && (prec == -1 || prec >= len) && !(fl.sign || fl.blank) {
        return Ok(s.to_string());
    }
    let fill = if fl.zero { '0' } else { ' ' };
    let mut width = width;
    let mut pindex = 0usize;
    let signchar = match s.as_bytes().first() {
        Some(&c @ (b'-' | b'+')) => {
            len -= 1;
            pindex = 1;
            Some(c as char)
        }
        _ if fl.sign => Some('+'),
        _ if fl.blank => Some(' '),
        _ => None,
    };
    if width < len {
        width = len;
    }
    let mut out = alloc(width.saturating_add(2))?;
    if let Some(c) = signchar {
        if fill != ' ' {
            out.push(c);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = fl.alt && matches!(conv, 'x' | 'X' | 'o');
    if alt_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(conv);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !fl.ljust {
        push_n(&mut out, fill, width - len);
        width = len;
    }
    if fill == ' ' {
        out.extend(signchar);
        if alt_prefix {
            out.push('0');
            out.push(conv);
            pindex += 2;
        }
    }
    if len > 0 {
        out.push_str(s.get(pindex..pindex + len as usize).unwrap_or(""));
    }
    push_n(&mut out, ' ', width - len);
    Ok(out)
}

/// `%e %E %f %F %g %G` conversion; `flags` holds any of "-+ #0". Errors
/// only for what CPython rejects while parsing ("precision too big" past
/// INT_MAX) or cannot allocate.
pub fn try_printf_float(
    x: f64,
    flags: &str,
    width: Option<usize>,
    prec: Option<usize>,
    conv: char,
) -> Result<String, FormatError> {
    let fl = printf_flags(flags);
    let (width, prec) = (printf_width(width)?, printf_prec(prec)?);
    let conv = if matches!(conv, 'e' | 'E' | 'f' | 'F' | 'g' | 'G') {
        conv
    } else {
        'g'
    };
    let dflags = DtoaFlags {
        alt: fl.alt,
        ..DtoaFlags::default()
    };
    let s = double_to_string(x, conv, if prec < 0 { 6 } else { prec }, dflags)?;
    printf_pad(&s, fl, width, prec, conv)
}

/// `%d %i %u %o %x %X` conversion; precision is a minimum digit count.
pub fn try_printf_int(
    n: &BigInt,
    flags: &str,
    width: Option<usize>,
    prec: Option<usize>,
    conv: char,
) -> Result<String, FormatError> {
    let fl = printf_flags(flags);
    let (width, prec) = (printf_width(width)?, printf_prec(prec)?);
    if prec > i64::from(i32::MAX) - 3 {
        return overflow_err("precision too large");
    }
    let (radix, prefix) = match conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    if radix == 10 && crate::ops::exceeds_str_digits(n) {
        return value_err(crate::ops::str_digits_exceeded());
    }
    let mut digits = n.magnitude().to_str_radix(radix);
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let zeros = (prec - digits.len() as i64).max(0);
    let mut s = alloc(zeros.saturating_add(digits.len() as i64 + 3))?;
    if n.is_negative() {
        s.push('-');
    }
    if fl.alt {
        s.push_str(prefix);
    }
    push_n(&mut s, '0', zeros);
    s.push_str(&digits);
    printf_pad(&s, fl, width, prec, conv)
}

/// try_printf_float for callers that have already rejected precisions past
/// INT_MAX; a MemoryError case yields an empty string.
pub fn printf_float(
    x: f64,
    flags: &str,
    width: Option<usize>,
    prec: Option<usize>,
    conv: char,
) -> String {
    try_printf_float(x, flags, width, prec, conv).unwrap_or_default()
}

/// try_printf_int for callers that have already rejected precisions past
/// INT_MAX - 3; a MemoryError case yields an empty string.
pub fn printf_int(
    n: &BigInt,
    flags: &str,
    width: Option<usize>,
    prec: Option<usize>,
    conv: char,
) -> String {
    try_printf_int(n, flags, width, prec, conv).unwrap_or_default()
}

// ---------------------------------------------------------------------------
// float <-> int

/// Finite `x >= 0` as mantissa * 2**exponent, exactly.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let exp_field = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp_field == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_field - 1075)
    }
}

/// x * 2**e, exact whenever the result is representable (steps keep each
/// scale factor a normal power of two).
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    let pow2 = |k: i64| f64::from_bits(((k + 1023) as u64) << 52);
    while e > 1000 {
        x *= pow2(1000);
        e -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1000 {
        x *= pow2(-1000);
        e += 1000;
    }
    x * pow2(e)
}

/// int(x): truncation toward zero, exact for any finite float.
pub fn float_to_bigint(x: f64) -> Result<BigInt, FormatError> {
    if x.is_nan() {
        return value_err("cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return overflow_err("cannot convert float infinity to integer");
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return Ok(BigInt::from(t as i64));
    }
    let (mant, exp) = decompose(t.abs());
    let n = BigInt::from(mant) << (exp as usize);
    Ok(if t < 0.0 { -n } else { n })
}

/// `float.as_integer_ratio()`: the exact value as a reduced fraction.
pub fn float_as_ratio(x: f64) -> Result<(BigInt, BigInt), FormatError> {
    if x.is_nan() {
        return value_err("cannot convert NaN to integer ratio");
    }
    if x.is_infinite() {
        return overflow_err("cannot convert Infinity to integer ratio");
    }
    let (mut mant, mut exp) = decompose(x.abs());
    if mant == 0 {
        return Ok((BigInt::zero(), BigInt::from(1)));
    }
    while mant & 1 == 0 && exp < 0 {
        mant >>= 1;
        exp += 1;
    }
    let sign = if x < 0.0 { -1 } else { 1 };
    let mant = BigInt::from(mant) * sign;
    Ok(if exp >= 0 {
        (mant << (exp as usize), BigInt::from(1))
    } else {
        (mant, BigInt::from(1) << ((-exp) as usize))
    })
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>` (`0x0.` for subnormals).
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp_field = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exp_field == 0 {
        (0, -1022)
    } else {
        (1, exp_field - 1023)
    };
    format!("{sign}0x{lead}.{frac:013x}p{exp:+}")
}

/// `float.fromhex(s)`, correctly rounded.
pub fn float_fromhex(s: &str) -> Result<f64, FormatError> {
    let invalid = || FormatError::Value("invalid hexadecimal floating-point string".into());
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let signed = |v: f64| if neg { -v } else { v };
    match lower.as_str() {
        "inf" | "infinity" => return Ok(signed(f64::INFINITY)),
        "nan" => return Ok(crate::ops::fresh_nan(neg)),
        _ => {}
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (digits, exp) = match body.split_once('p') {
        Some((d, e)) => (d, e.parse::<i64>().map_err(|_| invalid())?),
        None => (body, 0),
    };
    let (int_part, frac_part) = digits.split_once('.').unwrap_or((digits, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(invalid());
    }
    let mut mant = BigInt::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or_else(invalid)?;
        mant = mant * 16 + d;
    }
    let exp = exp.saturating_sub(4 * frac_part.len() as i64);
    if mant.is_zero() {
        return Ok(signed(0.0));
    }
    let too_large =
        || FormatError::Overflow("hexadecimal value too large to represent as a float".into());
    let bits = mant.bits() as i64;
    if bits + exp > 1025 {
        return Err(too_large());
    }
    let v = if exp >= 0 {
        bigint_to_f64(&(mant << (exp as usize))).map_err(|_| too_large())?
    } else if bits + exp < -1080 {
        0.0
    } else {
        int_true_div(&mant, &(BigInt::from(1) << ((-exp) as usize)))?
    };
    if v.is_infinite() {
        return Err(too_large());
    }
    Ok(signed(v))
}

const INT_TOO_LARGE: &str = "int too large to convert to float";

/// float(n), correctly rounded (ties to even) like PyLong_AsDouble.
pub fn bigint_to_f64(n: &BigInt) -> Result<f64, FormatError> {
    let mag = n.magnitude();
    let bits = mag.bits();
    let v = if bits <= 64 {
        // u64 -> f64 `as` rounds to nearest, ties to even.
        mag.to_u64().unwrap_or(0) as f64
    } else if bits > 1025 {
        f64::INFINITY
    } else {
        // Keep 55 bits and fold everything below into a sticky low bit, so
        // the one hardware rounding to 53 bits is the correct one.
        let shift = bits - 55;
        let mut top = (mag >> shift).to_u64().unwrap_or(0);
        if mag.trailing_zeros().is_some_and(|tz| tz < shift) {
            top |= 1;
        }
        ldexp(top as f64, shift as i64)
    };
    if v.is_infinite() {
        return overflow_err(INT_TOO_LARGE);
    }
    Ok(if n.is_negative() { -v } else { v })
}

/// a / b for ints, correctly rounded: port of CPython's long_true_divide.
/// The caller guarantees b != 0.
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, FormatError> {
    const MANT_DIG: i64 = 53;
    const MIN_EXP: i64 = -1021;
    const MAX_EXP: i64 = 1024;
    let negate = a.is_negative() != b.is_negative();
    let signed = |v: f64| if negate { -v } else { v };
    let too_large = || overflow_err("integer division result too large for a float");
    let (a, b) = (a.magnitude(), b.magnitude());
    if b.is_zero() {
        // Excluded by the caller; answered without panicking all the same.
        return Ok(f64::NAN);
    }
    if a.is_zero() {
        return Ok(signed(0.0));
    }
    let (a_bits, b_bits) = (a.bits() as i64, b.bits() as i64);
    // Both exactly representable: one correctly rounded float division.
    if a_bits <= MANT_DIG && b_bits <= MANT_DIG {
        let (da, db) = (
            a.to_u64().unwrap_or(0) as f64,
            b.to_u64().unwrap_or(1) as f64,
        );
        return Ok(signed(da / db));
    }
    let diff = a_bits - b_bits;
    if diff > MAX_EXP {
        return too_large();
    }
    if diff < MIN_EXP - MANT_DIG - 1 {
        return Ok(signed(0.0));
    }
    // Scale so the quotient has MANT_DIG + 2 or 3 bits (fewer for
    // subnormal results), then round those extra bits away by hand.
    let shift = diff.max(MIN_EXP) - MANT_DIG - 2;
    let mut inexact = false;
    let x: BigUint = if shift <= 0 {
        a << ((-shift) as u64)
    } else {
        inexact = a.trailing_zeros().is_some_and(|tz| tz < shift as u64);
        a >> (shift as u64)
    };
    let (q, r) = x.div_rem(b);
    inexact |= !r.is_zero();
    let x_bits = q.bits() as i64;
    let extra_bits = x_bits.max(MIN_EXP - shift) - MANT_DIG;
    let mask = 1u64 << (extra_bits - 1);
    let low = q.iter_u64_digits().next().unwrap_or(0) | u64::from(inexact);
    let mut q = q;
    if low & mask != 0 && low & (3 * mask - 1) != 0 {
        q += mask;
    }
    let q = (q >> extra_bits as u64) << extra_bits as u64;
    let dx = q.to_u64().map_or(f64::INFINITY, |v| v as f64);
    if shift + x_bits >= MAX_EXP && (shift + x_bits > MAX_EXP || dx == ldexp(1.0, x_bits)) {
        return too_large();
    }
    Ok(signed(ldexp(dx, shift)))
}

/// round(x, ndigits), correctly rounded half-even on the exact binary
/// value (round(2.675, 2) == 2.67). On overflow (CPython's OverflowError
/// "rounded value too large to represent") this returns the infinity;
/// use float_round_checked to get the error.
pub fn float_round(x: f64, ndigits: i64) -> f64 {
    float_round_checked(x, ndigits).unwrap_or(if x < 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::INFINITY
    })
}

/// round(x, ndigits) with CPython's overflow error. round(x) without
/// ndigits (which returns an int) equals float_round(x, 0) then int().
pub fn float_round_checked(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    // Past these bounds x always rounds to itself / to a signed zero.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let text = if ndigits >= 0 {
        format!("{:.*}", ndigits as usize, x)
    } else {
        // Round x / 10**k half-even to an integer q exactly; result q * 10**k.
        let k = (-ndigits) as u32;
        let (mant, exp) = decompose(x.abs());
        let p = BigUint::from(10u32).pow(k);
        let (num, den) = if exp >= 0 {
            (BigUint::from(mant) << exp as u64, p)
        } else {
            (BigUint::from(mant), p << (-exp) as u64)
        };
        let (mut q, r) = num.div_rem(&den);
        let twice: BigUint = r << 1u32;
        if twice > den || (twice == den && q.is_odd()) {
            q += 1u32;
        }
        format!("{}{}e{}", if x.is_sign_negative() { "-" } else { "" }, q, k)
    };
    let r: f64 = text.parse().unwrap_or(x);
    if r.is_infinite() {
        return overflow_err("rounded value too large to represent");
    }
    Ok(r)
}

// ---------------------------------------------------------------------------
// float(str)

pub(crate) fn is_unicode_space(c: char) -> bool {
    NON_ASCII_SPACES.binary_search(&(c as u32)).is_ok()
}

/// float(s): surrounding whitespace, a sign, 'inf'/'infinity'/'nan' in any
/// case, or a decimal literal with single underscores between digits;
/// Unicode digits and spaces count like ASCII ones.
pub fn parse_float(s: &str) -> Result<f64, FormatError> {
    let fail = || {
        FormatError::Value(format!(
            "could not convert string to float: {}",
            str_repr(s)
        ))
    };
    // _PyUnicode_TransformDecimalAndSpaceToASCII.
    let mut t: Vec<u8> = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            t.push(c as u8);
        } else if is_unicode_space(c) {
            t.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            t.push(b'0' + d as u8);
        } else {
            return Err(fail());
        }
    }
    // Underscores only between digits, checked before stripping like CPython.
    if t.contains(&b'_') {
        let mut prev = 0u8;
        let mut kept = Vec::with_capacity(t.len());
        for &c in &t {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return Err(fail());
                }
            } else {
                if prev == b'_' && !c.is_ascii_digit() {
                    return Err(fail());
                }
                kept.push(c);
            }
            prev = c;
        }
        if prev == b'_' {
            return Err(fail());
        }
        t = kept;
    }
    let is_ws = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r');
    let start = t.iter().position(|c| !is_ws(c)).ok_or_else(fail)?;
    let end = t.iter().rposition(|c| !is_ws(c)).map_or(start, |p| p + 1);
    parse_ascii_float(&t[start..end]).ok_or_else(fail)
}

fn parse_ascii_float(b: &[u8]) -> Option<f64> {
    let (negative, rest) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        Some(b'+') => (false, &b[1..]),
        _ => (false, b),
    };
    let signed = |v: f64| if negative { -v } else { v };
    let lower = rest.to_ascii_lowercase();
    if lower == b"inf" || lower == b"infinity" {
        return Some(signed(f64::INFINITY));
    }
    if lower == b"nan" {
        return Some(crate::ops::fresh_nan(negative));
    }
    let digits_at = |i: usize| {
        rest[i.min(rest.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let mut i = digits_at(0);
    let mut mantissa_digits = i;
    if rest.get(i) == Some(&b'.') {
        let frac = digits_at(i + 1);
        mantissa_digits += frac;
        i += 1 + frac;
    }
    if mantissa_digits == 0 {
        return None;
    }
    if matches!(rest.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(rest.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_digits = digits_at(i);
        if exp_digits == 0 {
            return None;
        }
        i += exp_digits;
    }
    if i != rest.len() {
        return None;
    }
    // Validated above; Rust's parser is correctly rounded for any length.
    std::str::from_utf8(b).ok()?.parse().ok()
}

// ---------------------------------------------------------------------------
// repr(str), needed for error messages

fn is_printable(c: char) -> bool {
    PRINTABLE_FLIPS.partition_point(|&p| p <= c as u32) % 2 == 1
}

/// repr(s) as Python 3.11 writes it: quote choice, escapes, and
/// non-printable characters (per Unicode 14.0) as \x, \u or \U escapes.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        let u = c as u32;
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if u < 0x20 || u == 0x7f => out.push_str(&format!("\\x{:02x}", u)),
            _ if u < 0x7f || is_printable(c) => out.push(c),
            _ => out.push_str(&crate::codecs::escape_char(c)),
        }
    }
    out.push(quote);
    out
}

// ---------------------------------------------------------------------------
// Unicode tables generated from python3.11's unicodedata (Unicode 14.0).

/// Code points of Unicode 14.0 (Python 3.11) characters with decimal value 0; each starts a run of ten digits.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];
/// Non-ASCII characters for which Python 3.11's str.isspace() is true.
const NON_ASCII_SPACES: [u32; 19] = [
    0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
    0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
];
/// Code points where Python 3.11's str.isprintable() flips, starting from non-printable U+0000.
const PRINTABLE_FLIPS: [u32; 1400] = [
    0x20, 0x7f, 0xa1, 0xad, 0xae, 0x378, 0x37a, 0x380, 0x384, 0x38b, 0x38c, 0x38d, 0x38e, 0x3a2,
    0x3a3, 0x530, 0x531, 0x557, 0x559, 0x58b, 0x58d, 0x590, 0x591, 0x5c8, 0x5d0, 0x5eb, 0x5ef,
    0x5f5, 0x606, 0x61c, 0x61d, 0x6dd, 0x6de, 0x70e, 0x710, 0x74b, 0x74d, 0x7b2, 0x7c0, 0x7fb,
    0x7fd, 0x82e, 0x830, 0x83f, 0x840, 0x85c, 0x85e, 0x85f, 0x860, 0x86b, 0x870, 0x88f, 0x898,
    0x8e2, 0x8e3, 0x984, 0x985, 0x98d, 0x98f, 0x991, 0x993, 0x9a9, 0x9aa, 0x9b1, 0x9b2, 0x9b3,
    0x9b6, 0x9ba, 0x9bc, 0x9c5, 0x9c7, 0x9c9, 0x9cb, 0x9cf, 0x9d7, 0x9d8, 0x9dc, 0x9de, 0x9df,
    0x9e4, 0x9e6, 0x9ff, 0xa01, 0xa04, 0xa05, 0xa0b, 0xa0f, 0xa11, 0xa13, 0xa29, 0xa2a, 0xa31,
    0xa32, 0xa34, 0xa35, 0xa37, 0xa38, 0xa3a, 0xa3c, 0xa3d, 0xa3e, 0xa43, 0xa47, 0xa49, 0xa4b,
    0xa4e, 0xa51, 0xa52, 0xa59, 0xa5d, 0xa5e, 0xa5f, 0xa66, 0xa77, 0xa81, 0xa84, 0xa85, 0xa8e,
    0xa8f, 0xa92, 0xa93, 0xaa9, 0xaaa, 0xab1, 0xab2, 0xab4, 0xab5, 0xaba, 0xabc, 0xac6, 0xac7,
    0xaca, 0xacb, 0xace, 0xad0, 0xad1, 0xae0, 0xae4, 0xae6, 0xaf2, 0xaf9, 0xb00, 0xb01, 0xb04,
    0xb05, 0xb0d, 0xb0f, 0xb11, 0xb13, 0xb29, 0xb2a, 0xb31, 0xb32, 0xb34, 0xb35, 0xb3a, 0xb3c,
    0xb45, 0xb47, 0xb49, 0xb4b, 0xb4e, 0xb55, 0xb58, 0xb5c, 0xb5e, 0xb5f, 0xb64, 0xb66, 0xb78,
    0xb82, 0xb84, 0xb85, 0xb8b, 0xb8e, 0xb91, 0xb92, 0xb96, 0xb99, 0xb9b, 0xb9c, 0xb9d, 0xb9e,
    0xba0, 0xba3, 0xba5, 0xba8, 0xbab, 0xbae, 0xbba, 0xbbe, 0xbc3, 0xbc6, 0xbc9, 0xbca, 0xbce,
    0xbd0, 0xbd1, 0xbd7, 0xbd8, 0xbe6, 0xbfb, 0xc00, 0xc0d, 0xc0e, 0xc11, 0xc12, 0xc29, 0xc2a,
    0xc3a, 0xc3c, 0xc45, 0xc46, 0xc49, 0xc4a, 0xc4e, 0xc55, 0xc57, 0xc58, 0xc5b, 0xc5d, 0xc5e,
    0xc60, 0xc64, 0xc66, 0xc70, 0xc77, 0xc8d, 0xc8e, 0xc91, 0xc92, 0xca9, 0xcaa, 0xcb4, 0xcb5,
    0xcba, 0xcbc, 0xcc5, 0xcc6, 0xcc9, 0xcca, 0xcce, 0xcd5, 0xcd7, 0xcdd, 0xcdf, 0xce0, 0xce4,
    0xce6, 0xcf0, 0xcf1, 0xcf3, 0xd00, 0xd0d, 0xd0e, 0xd11, 0xd12, 0xd45, 0xd46, 0xd49, 0xd4a,
    0xd50, 0xd54, 0xd64, 0xd66, 0xd80, 0xd81, 0xd84, 0xd85, 0xd97, 0xd9a, 0xdb2, 0xdb3, 0xdbc,
    0xdbd, 0xdbe, 0xdc0, 0xdc7, 0xdca, 0xdcb, 0xdcf, 0xdd5, 0xdd6, 0xdd7, 0xdd8, 0xde0, 0xde6,
    0xdf0, 0xdf2, 0xdf5, 0xe01, 0xe3b, 0xe3f, 0xe5c, 0xe81, 0xe83, 0xe84, 0xe85, 0xe86, 0xe8b,
    0xe8c, 0xea4, 0xea5, 0xea6, 0xea7, 0xebe, 0xec0, 0xec5, 0xec6, 0xec7, 0xec8, 0xece, 0xed0,
    0xeda, 0xedc, 0xee0, 0xf00, 0xf48, 0xf49, 0xf6d, 0xf71, 0xf98, 0xf99, 0xfbd, 0xfbe, 0xfcd,
    0xfce, 0xfdb, 0x1000, 0x10c6, 0x10c7, 0x10c8, 0x10cd, 0x10ce, 0x10d0, 0x1249, 0x124a, 0x124e,
    0x1250, 0x1257, 0x1258, 0x1259, 0x125a, 0x125e, 0x1260, 0x1289, 0x128a, 0x128e, 0x1290, 0x12b1,
    0x12b2, 0x12b6, 0x12b8, 0x12bf, 0x12c0, 0x12c1, 0x12c2, 0x12c6, 0x12c8, 0x12d7, 0x12d8, 0x1311,
    0x1312, 0x1316, 0x1318, 0x135b, 0x135d, 0x137d, 0x1380, 0x139a, 0x13a0, 0x13f6, 0x13f8, 0x13fe,
    0x1400, 0x1680, 0x1681, 0x169d, 0x16a0, 0x16f9, 0x1700, 0x1716, 0x171f, 0x1737, 0x1740, 0x1754,
    0x1760, 0x176d, 0x176e, 0x1771, 0x1772, 0x1774, 0x1780, 0x17de, 0x17e0, 0x17ea, 0x17f0, 0x17fa,
    0x1800, 0x180e, 0x180f, 0x181a, 0x1820, 0x1879, 0x1880, 0x18ab, 0x18b0, 0x18f6, 0x1900, 0x191f,
    0x1920, 0x192c, 0x1930, 0x193c, 0x1940, 0x1941, 0x1944, 0x196e, 0x1970, 0x1975, 0x1980, 0x19ac,
    0x19b0, 0x19ca, 0x19d0, 0x19db, 0x19de, 0x1a1c, 0x1a1e, 0x1a5f, 0x1a60, 0x1a7d, 0x1a7f, 0x1a8a,
    0x1a90, 0x1a9a, 0x1aa0, 0x1aae, 0x1ab0, 0x1acf, 0x1b00, 0x1b4d, 0x1b50, 0x1b7f, 0x1b80, 0x1bf4,
    0x1bfc, 0x1c38, 0x1c3b, 0x1c4a, 0x1c4d, 0x1c89, 0x1c90, 0x1cbb, 0x1cbd, 0x1cc8, 0x1cd0, 0x1cfb,
    0x1d00, 0x1f16, 0x1f18, 0x1f1e, 0x1f20, 0x1f46, 0x1f48, 0x1f4e, 0x1f50, 0x1f58, 0x1f59, 0x1f5a,
    0x1f5b, 0x1f5c, 0x1f5d, 0x1f5e, 0x1f5f, 0x1f7e, 0x1f80, 0x1fb5, 0x1fb6, 0x1fc5, 0x1fc6, 0x1fd4,
    0x1fd6, 0x1fdc, 0x1fdd, 0x1ff0, 0x1ff2, 0x1ff5, 0x1ff6, 0x1fff, 0x2010, 0x2028, 0x2030, 0x205f,
    0x2070, 0x2072, 0x2074, 0x208f, 0x2090, 0x209d, 0x20a0, 0x20c1, 0x20d0, 0x20f1, 0x2100, 0x218c,
    0x2190, 0x2427, 0x2440, 0x244b, 0x2460, 0x2b74, 0x2b76, 0x2b96, 0x2b97, 0x2cf4, 0x2cf9, 0x2d26,
    0x2d27, 0x2d28, 0x2d2d, 0x2d2e, 0x2d30, 0x2d68, 0x2d6f, 0x2d71, 0x2d7f, 0x2d97, 0x2da0, 0x2da7,
    0x2da8, 0x2daf, 0x2db0, 0x2db7, 0x2db8, 0x2dbf, 0x2dc0, 0x2dc7, 0x2dc8, 0x2dcf, 0x2dd0, 0x2dd7,
    0x2dd8, 0x2ddf, 0x2de0, 0x2e5e, 0x2e80, 0x2e9a, 0x2e9b, 0x2ef4, 0x2f00, 0x2fd6, 0x2ff0, 0x2ffc,
    0x3001, 0x3040, 0x3041, 0x3097, 0x3099, 0x3100, 0x3105, 0x3130, 0x3131, 0x318f, 0x3190, 0x31e4,
    0x31f0, 0x321f, 0x3220, 0xa48d, 0xa490, 0xa4c7, 0xa4d0, 0xa62c, 0xa640, 0xa6f8, 0xa700, 0xa7cb,
    0xa7d0, 0xa7d2, 0xa7d3, 0xa7d4, 0xa7d5, 0xa7da, 0xa7f2, 0xa82d, 0xa830, 0xa83a, 0xa840, 0xa878,
    0xa880, 0xa8c6, 0xa8ce, 0xa8da, 0xa8e0, 0xa954, 0xa95f, 0xa97d, 0xa980, 0xa9ce, 0xa9cf, 0xa9da,
    0xa9de, 0xa9ff, 0xaa00, 0xaa37, 0xaa40, 0xaa4e, 0xaa50, 0xaa5a, 0xaa5c, 0xaac3, 0xaadb, 0xaaf7,
    0xab01, 0xab07, 0xab09, 0xab0f, 0xab11, 0xab17, 0xab20, 0xab27, 0xab28, 0xab2f, 0xab30, 0xab6c,
    0xab70, 0xabee, 0xabf0, 0xabfa, 0xac00, 0xd7a4, 0xd7b0, 0xd7c7, 0xd7cb, 0xd7fc, 0xf900, 0xfa6e,
    0xfa70, 0xfada, 0xfb00, 0xfb07, 0xfb13, 0xfb18, 0xfb1d, 0xfb37, 0xfb38, 0xfb3d, 0xfb3e, 0xfb3f,
    0xfb40, 0xfb42, 0xfb43, 0xfb45, 0xfb46, 0xfbc3, 0xfbd3, 0xfd90, 0xfd92, 0xfdc8, 0xfdcf, 0xfdd0,
    0xfdf0, 0xfe1a, 0xfe20, 0xfe53, 0xfe54, 0xfe67, 0xfe68, 0xfe6c, 0xfe70, 0xfe75, 0xfe76, 0xfefd,
    0xff01, 0xffbf, 0xffc2, 0xffc8, 0xffca, 0xffd0, 0xffd2, 0xffd8, 0xffda, 0xffdd, 0xffe0, 0xffe7,
    0xffe8, 0xffef, 0xfffc, 0xfffe, 0x10000, 0x1000c, 0x1000d, 0x10027, 0x10028, 0x1003b, 0x1003c,
    0x1003e, 0x1003f, 0x1004e, 0x10050, 0x1005e, 0x10080, 0x100fb, 0x10100, 0x10103, 0x10107,
    0x10134, 0x10137, 0x1018f, 0x10190, 0x1019d, 0x101a0, 0x101a1, 0x101d0, 0x101fe, 0x10280,
    0x1029d, 0x102a0, 0x102d1, 0x102e0, 0x102fc, 0x10300, 0x10324, 0x1032d, 0x1034b, 0x10350,
    0x1037b, 0x10380, 0x1039e, 0x1039f, 0x103c4, 0x103c8, 0x103d6, 0x10400, 0x1049e, 0x104a0,
    0x104aa, 0x104b0, 0x104d4, 0x104d8, 0x104fc, 0x10500, 0x10528, 0x10530, 0x10564, 0x1056f,
    0x1057b, 0x1057c, 0x1058b, 0x1058c, 0x10593, 0x10594, 0x10596, 0x10597, 0x105a2, 0x105a3,
    0x105b2, 0x105b3, 0x105ba, 0x105bb, 0x105bd, 0x10600, 0x10737, 0x10740, 0x10756, 0x10760,
    0x10768, 0x10780, 0x10786, 0x10787, 0x107b1, 0x107b2, 0x107bb, 0x10800, 0x10806, 0x10808,
    0x10809, 0x1080a, 0x10836, 0x10837, 0x10839, 0x1083c, 0x1083d, 0x1083f, 0x10856, 0x10857,
    0x1089f, 0x108a7, 0x108b0, 0x108e0, 0x108f3, 0x108f4, 0x108f6, 0x108fb, 0x1091c, 0x1091f,
    0x1093a, 0x1093f, 0x10940, 0x10980, 0x109b8, 0x109bc, 0x109d0, 0x109d2, 0x10a04, 0x10a05,
    0x10a07, 0x10a0c, 0x10a14, 0x10a15, 0x10a18, 0x10a19, 0x10a36, 0x10a38, 0x10a3b, 0x10a3f,
    0x10a49, 0x10a50, 0x10a59, 0x10a60, 0x10aa0, 0x10ac0, 0x10ae7, 0x10aeb, 0x10af7, 0x10b00,
    0x10b36, 0x10b39, 0x10b56, 0x10b58, 0x10b73, 0x10b78, 0x10b92, 0x10b99, 0x10b9d, 0x10ba9,
    0x10bb0, 0x10c00, 0x10c49, 0x10c80, 0x10cb3, 0x10cc0, 0x10cf3, 0x10cfa, 0x10d28, 0x10d30,
    0x10d3a, 0x10e60, 0x10e7f, 0x10e80, 0x10eaa, 0x10eab, 0x10eae, 0x10eb0, 0x10eb2, 0x10f00,
    0x10f28, 0x10f30, 0x10f5a, 0x10f70, 0x10f8a, 0x10fb0, 0x10fcc, 0x10fe0, 0x10ff7, 0x11000,
    0x1104e, 0x11052, 0x11076, 0x1107f, 0x110bd, 0x110be, 0x110c3, 0x110d0, 0x110e9, 0x110f0,
    0x110fa, 0x11100, 0x11135, 0x11136, 0x11148, 0x11150, 0x11177, 0x11180, 0x111e0, 0x111e1,
    0x111f5, 0x11200, 0x11212, 0x11213, 0x1123f, 0x11280, 0x11287, 0x11288, 0x11289, 0x1128a,
    0x1128e, 0x1128f, 0x1129e, 0x1129f, 0x112aa, 0x112b0, 0x112eb, 0x112f0, 0x112fa, 0x11300,
    0x11304, 0x11305, 0x1130d, 0x1130f, 0x11311, 0x11313, 0x11329, 0x1132a, 0x11331, 0x11332,
    0x11334, 0x11335, 0x1133a, 0x1133b, 0x11345, 0x11347, 0x11349, 0x1134b, 0x1134e, 0x11350,
    0x11351, 0x11357, 0x11358, 0x1135d, 0x11364, 0x11366, 0x1136d, 0x11370, 0x11375, 0x11400,
    0x1145c, 0x1145d, 0x11462, 0x11480, 0x114c8, 0x114d0, 0x114da, 0x11580, 0x115b6, 0x115b8,
    0x115de, 0x11600, 0x11645, 0x11650, 0x1165a, 0x11660, 0x1166d, 0x11680, 0x116ba, 0x116c0,
    0x116ca, 0x11700, 0x1171b, 0x1171d, 0x1172c, 0x11730, 0x11747, 0x11800, 0x1183c, 0x118a0,
    0x118f3, 0x118ff, 0x11907, 0x11909, 0x1190a, 0x1190c, 0x11914, 0x11915, 0x11917, 0x11918,
    0x11936, 0x11937, 0x11939, 0x1193b, 0x11947, 0x11950, 0x1195a, 0x119a0, 0x119a8, 0x119aa,
    0x119d8, 0x119da, 0x119e5, 0x11a00, 0x11a48, 0x11a50, 0x11aa3, 0x11ab0, 0x11af9, 0x11c00,
    0x11c09, 0x11c0a, 0x11c37, 0x11c38, 0x11c46, 0x11c50, 0x11c6d, 0x11c70, 0x11c90, 0x11c92,
    0x11ca8, 0x11ca9, 0x11cb7, 0x11d00, 0x11d07, 0x11d08, 0x11d0a, 0x11d0b, 0x11d37, 0x11d3a,
    0x11d3b, 0x11d3c, 0x11d3e, 0x11d3f, 0x11d48, 0x11d50, 0x11d5a, 0x11d60, 0x11d66, 0x11d67,
    0x11d69, 0x11d6a, 0x11d8f, 0x11d90, 0x11d92, 0x11d93, 0x11d99, 0x11da0, 0x11daa, 0x11ee0,
    0x11ef9, 0x11fb0, 0x11fb1, 0x11fc0, 0x11ff2, 0x11fff, 0x1239a, 0x12400, 0x1246f, 0x12470,
    0x12475, 0x12480, 0x12544, 0x12f90, 0x12ff3, 0x13000, 0x1342f, 0x14400, 0x14647, 0x16800,
    0x16a39, 0x16a40, 0x16a5f, 0x16a60, 0x16a6a, 0x16a6e, 0x16abf, 0x16ac0, 0x16aca, 0x16ad0,
    0x16aee, 0x16af0, 0x16af6, 0x16b00, 0x16b46, 0x16b50, 0x16b5a, 0x16b5b, 0x16b62, 0x16b63,
    0x16b78, 0x16b7d, 0x16b90, 0x16e40, 0x16e9b, 0x16f00, 0x16f4b, 0x16f4f, 0x16f88, 0x16f8f,
    0x16fa0, 0x16fe0, 0x16fe5, 0x16ff0, 0x16ff2, 0x17000, 0x187f8, 0x18800, 0x18cd6, 0x18d00,
    0x18d09, 0x1aff0, 0x1aff4, 0x1aff5, 0x1affc, 0x1affd, 0x1afff, 0x1b000, 0x1b123, 0x1b150,
    0x1b153, 0x1b164, 0x1b168, 0x1b170, 0x1b2fc, 0x1bc00, 0x1bc6b, 0x1bc70, 0x1bc7d, 0x1bc80,
    0x1bc89, 0x1bc90, 0x1bc9a, 0x1bc9c, 0x1bca0, 0x1cf00, 0x1cf2e, 0x1cf30, 0x1cf47, 0x1cf50,
    0x1cfc4, 0x1d000, 0x1d0f6, 0x1d100, 0x1d127, 0x1d129, 0x1d173, 0x1d17b, 0x1d1eb, 0x1d200,
    0x1d246, 0x1d2e0, 0x1d2f4, 0x1d300, 0x1d357, 0x1d360, 0x1d379, 0x1d400, 0x1d455, 0x1d456,
    0x1d49d, 0x1d49e, 0x1d4a0, 0x1d4a2, 0x1d4a3, 0x1d4a5, 0x1d4a7, 0x1d4a9, 0x1d4ad, 0x1d4ae,
    0x1d4ba, 0x1d4bb, 0x1d4bc, 0x1d4bd, 0x1d4c4, 0x1d4c5, 0x1d506, 0x1d507, 0x1d50b, 0x1d50d,
    0x1d515, 0x1d516, 0x1d51d, 0x1d51e, 0x1d53a, 0x1d53b, 0x1d53f, 0x1d540, 0x1d545, 0x1d546,
    0x1d547, 0x1d54a, 0x1d551, 0x1d552, 0x1d6a6, 0x1d6a8, 0x1d7cc, 0x1d7ce, 0x1da8c, 0x1da9b,
    0x1daa0, 0x1daa1, 0x1dab0, 0x1df00, 0x1df1f, 0x1e000, 0x1e007, 0x1e008, 0x1e019, 0x1e01b,
    0x1e022, 0x1e023, 0x1e025, 0x1e026, 0x1e02b, 0x1e100, 0x1e12d, 0x1e130, 0x1e13e, 0x1e140,
    0x1e14a, 0x1e14e, 0x1e150, 0x1e290, 0x1e2af, 0x1e2c0, 0x1e2fa, 0x1e2ff, 0x1e300, 0x1e7e0,
    0x1e7e7, 0x1e7e8, 0x1e7ec, 0x1e7ed, 0x1e7ef, 0x1e7f0, 0x1e7ff, 0x1e800, 0x1e8c5, 0x1e8c7,
    0x1e8d7, 0x1e900, 0x1e94c, 0x1e950, 0x1e95a, 0x1e95e, 0x1e960, 0x1ec71, 0x1ecb5, 0x1ed01,
    0x1ed3e, 0x1ee00, 0x1ee04, 0x1ee05, 0x1ee20, 0x1ee21, 0x1ee23, 0x1ee24, 0x1ee25, 0x1ee27,
    0x1ee28, 0x1ee29, 0x1ee33, 0x1ee34, 0x1ee38, 0x1ee39, 0x1ee3a, 0x1ee3b, 0x1ee3c, 0x1ee42,
    0x1ee43, 0x1ee47, 0x1ee48, 0x1ee49, 0x1ee4a, 0x1ee4b, 0x1ee4c, 0x1ee4d, 0x1ee50, 0x1ee51,
    0x1ee53, 0x1ee54, 0x1ee55, 0x1ee57, 0x1ee58, 0x1ee59, 0x1ee5a, 0x1ee5b, 0x1ee5c, 0x1ee5d,
    0x1ee5e, 0x1ee5f, 0x1ee60, 0x1ee61, 0x1ee63, 0x1ee64, 0x1ee65, 0x1ee67, 0x1ee6b, 0x1ee6c,
    0x1ee73, 0x1ee74, 0x1ee78, 0x1ee79, 0x1ee7d, 0x1ee7e, 0x1ee7f, 0x1ee80, 0x1ee8a, 0x1ee8b,
    0x1ee9c, 0x1eea1, 0x1eea4, 0x1eea5, 0x1eeaa, 0x1eeab, 0x1eebc, 0x1eef0, 0x1eef2, 0x1f000,
    0x1f02c, 0x1f030, 0x1f094, 0x1f0a0, 0x1f0af, 0x1f0b1, 0x1f0c0, 0x1f0c1, 0x1f0d0, 0x1f0d1,
    0x1f0f6, 0x1f100, 0x1f1ae, 0x1f1e6, 0x1f203, 0x1f210, 0x1f23c, 0x1f240, 0x1f249, 0x1f250,
    0x1f252, 0x1f260, 0x1f266, 0x1f300, 0x1f6d8, 0x1f6dd, 0x1f6ed, 0x1f6f0, 0x1f6fd, 0x1f700,
    0x1f774, 0x1f780, 0x1f7d9, 0x1f7e0, 0x1f7ec, 0x1f7f0, 0x1f7f1, 0x1f800, 0x1f80c, 0x1f810,
    0x1f848, 0x1f850, 0x1f85a, 0x1f860, 0x1f888, 0x1f890, 0x1f8ae, 0x1f8b0, 0x1f8b2, 0x1f900,
    0x1fa54, 0x1fa60, 0x1fa6e, 0x1fa70, 0x1fa75, 0x1fa78, 0x1fa7d, 0x1fa80, 0x1fa87, 0x1fa90,
    0x1faad, 0x1fab0, 0x1fabb, 0x1fac0, 0x1fac6, 0x1fad0, 0x1fada, 0x1fae0, 0x1fae8, 0x1faf0,
    0x1faf7, 0x1fb00, 0x1fb93, 0x1fb94, 0x1fbcb, 0x1fbf0, 0x1fbfa, 0x20000, 0x2a6e0, 0x2a700,
    0x2b739, 0x2b740, 0x2b81e, 0x2b820, 0x2cea2, 0x2ceb0, 0x2ebe1, 0x2f800, 0x2fa1e, 0x30000,
    0x3134b, 0xe0100, 0xe01f0,
];

// Expected strings below were printed by python3.11 (CPython 3.11.7).
#[cfg(test)]
mod tests {
    use super::*;

    fn shown(r: Result<String, FormatError>) -> String {
        match r {
            Ok(s) => s,
            Err(FormatError::Value(m)) => format!("ValueError: {}", m),
            Err(FormatError::Type(m)) => format!("TypeError: {}", m),
            Err(FormatError::Overflow(m)) => format!("OverflowError: {}", m),
            Err(FormatError::Memory(m)) => format!("MemoryError: {}", m),
        }
    }

    /// (value, flags, width, precision, conversion, expected)
    type FloatPrintfCase = (
        f64,
        &'static str,
        Option<usize>,
        Option<usize>,
        char,
        &'static str,
    );
    type IntPrintfCase = (
        &'static str,
        &'static str,
        Option<usize>,
        Option<usize>,
        char,
        &'static str,
    );

    fn big(s: &str) -> BigInt {
        s.parse().expect("test literal")
    }

    /// A float as Python's repr shows it, with the sign of a nan.
    fn float_text(x: f64) -> String {
        match (x.is_nan(), x.is_sign_negative()) {
            (true, true) => "-nan".into(),
            (true, false) => "nan".into(),
            _ => float_repr(x),
        }
    }

    #[test]
    fn float_repr_matches_cpython() {
        let cases: &[(f64, &str)] = &[
            (1.0, "1.0"),
            (0.1, "0.1"),
            (0.3, "0.3"),
            (0.6666666666666666, "0.6666666666666666"),
            (1e+16, "1e+16"),
            (1000000000000000.0, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (1.5e-05, "1.5e-05"),
            (0.0001, "0.0001"),
            (9.999999999999999e-05, "9.999999999999999e-05"),
            (123456789012345.6, "123456789012345.6"),
            (1234567890123456.8, "1234567890123456.8"),
            (1e+22, "1e+22"),
            (1e+23, "1e+23"),
            (5e-324, "5e-324"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (1.7976931348623157e+308, "1.7976931348623157e+308"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (11.741043090820312, "11.741043090820312"),
            (9.223372036854776e+18, "9.223372036854776e+18"),
            (0.3333333333333333, "0.3333333333333333"),
            (100.0, "100.0"),
            (1e-07, "1e-07"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr({:?})", x);
        }
    }

    #[test]
    fn format_float_matches_cpython() {
        let cases: &[(f64, &str, &str)] = &[
            (1.0, "", "1.0"),
            (0.1, "", "0.1"),
            (1e+16, "", "1e+16"),
            (1.5e-05, "", "1.5e-05"),
            (f64::INFINITY, "", "inf"),
            (f64::NEG_INFINITY, "", "-inf"),
            (f64::NAN, "", "nan"),
            (-0.0, "", "-0.0"),
            (123456789012345.6, "", "123456789012345.6"),
            (1234567890123456.8, "", "1234567890123456.8"),
            (1e+22, "", "1e+22"),
            (11.741043090820312, "", "11.741043090820312"),
            (1e+16, ".3", "1e+16"),
            (123.0, ".3", "1.23e+02"),
            (1.0, ".0", "1e+00"),
            (1.0, ".3", "1.0"),
            (0.0001, ".2", "0.0001"),
            (1e-05, ".2", "1e-05"),
            (2.5, ".0f", "2"),
            (3.5, ".0f", "4"),
            (0.125, ".2f", "0.12"),
            (0.375, ".2f", "0.38"),
            (2.675, ".2f", "2.67"),
            (0.5, ".0f", "0"),
            (-0.5, ".0f", "-0"),
            (-0.5, "z.0f", "0"),
            (-0.0001, "z.2f", "0.00"),
            (-0.0, "z", "0.0"),
            (-0.0, "z.1e", "0.0e+00"),
            (f64::NEG_INFINITY, "z", "-inf"),
            (-f64::NAN, "+", "+nan"),
            (1.0, "#.0f", "1."),
            (1.0, "#.0e", "1.e+00"),
            (1.0, "#g", "1.00000"),
            (1.0, "#.3g", "1.00"),
            (100.0, "g", "100"),
            (1000000.0, "g", "1e+06"),
            (100000.0, "g", "100000"),
            (0.0001, "g", "0.0001"),
            (1e-05, "g", "1e-05"),
            (123456.789, "n", "123457"),
            (1234567.0, "n", "1.23457e+06"),
            (0.5, "%", "50.000000%"),
            (0.125, ".1%", "12.5%"),
            (1.0, "#.0%", "100.%"),
            (f64::INFINITY, "%", "inf%"),
            (f64::NAN, "F", "NAN"),
            (f64::NEG_INFINITY, "E", "-INF"),
            (1234567.891, ",", "1,234,567.891"),
            (1234567.891, "_", "1_234_567.891"),
            (1234567.891, ",.2f", "1,234,567.89"),
            (1234567.891, "_.3e", "1.235e+06"),
            (1234.5, "012,.1f", "00,001,234.5"),
            (1234.5, "0=12,.1f", "00,001,234.5"),
            (-1234.5, "*^20,.2f", "*****-1,234.50******"),
            (-1234.5, "+020.3f", "-000000000001234.500"),
            (1234.5, " 010.1f", " 0001234.5"),
            (1234.5, "€<12", "1234.5€€€€€€"),
            (1234.5, "=+12", "+     1234.5"),
            (1.5, "010", "00000001.5"),
            (f64::INFINITY, "010", "0000000inf"),
            (f64::NEG_INFINITY, "=+10", "-      inf"),
            (12345678.0, " 020,.2f", " 0,000,012,345,678.00"),
            (1e+300, ".2f", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00"),
            (5e-324, "", "5e-324"),
            (5e-324, ".3e", "4.941e-324"),
            (1.7976931348623157e+308, "", "1.7976931348623157e+308"),
            (1.7976931348623157e+308, ",.0f", "179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368"),
            (0.1, ".30f", "0.100000000000000005551115123126"),
            (0.1, ".25e", "1.0000000000000000555111512e-01"),
            (0.1, ".55g", "0.1000000000000000055511151231257827021181583404541015625"),
            (9007199254740992.0, "", "9007199254740992.0"),
            (9.223372036854776e+18, ",", "9.223372036854776e+18"),
            (9.5, ".0e", "1e+01"),
            (9.5, ".1", "1e+01"),
            (99.5, ".2", "1e+02"),
            (1.5, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
            (1.5, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
            (1.5, "x", "ValueError: Unknown format code 'x' for object of type 'float'"),
            (1.5, "\u{1}", "ValueError: Unknown format code '\\x1' for object of type 'float'"),
            (1.5, "é", "ValueError: Unknown format code '\\xe9' for object of type 'float'"),
            (1.5, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
            (1.5, "10.3fx", "ValueError: Invalid format specifier '10.3fx' for object of type 'float'"),
            (1.5, ".", "ValueError: Format specifier missing precision"),
            (1.5, ",_", "ValueError: Cannot specify both ',' and '_'."),
            (1.5, "_,", "ValueError: Cannot specify both ',' and '_'."),
            (1.5, ",n", "ValueError: Cannot specify ',' with 'n'."),
            (1.5, ".2147483648f", "ValueError: precision too big"),
            (1.5, "9223372036854775808", "ValueError: Too many decimal digits in format string"),
            (1.5, ".9223372036854775808", "ValueError: Too many decimal digits in format string"),
            (1.5, "٣٠", "                           1.5"),
            (1.5, ".٣f", "1.500"),
            (1.5, ",,", "ValueError: Cannot specify ',' with ','."),
            (1.5, ",.2,", "ValueError: Cannot specify ',' with ','."),
            (1.5, "=^", "1.5"),
            (1.5, "x<", "1.5"),
            (1.5, "<<", "1.5"),
            (1.5, "0<5", "1.500"),
            (1.5, "0^6", "01.500"),
        ];
        for &(x, spec, want) in cases {
            assert_eq!(
                shown(format_float(x, spec)),
                want,
                "format({:?}, {:?})",
                x,
                spec
            );
        }
    }

    #[test]
    fn format_int_matches_cpython() {
        let cases: &[(&str, &str, &str)] = &[
            ("0", "", "0"),
            ("-12345", "", "-12345"),
            ("255", "x", "ff"),
            ("255", "#x", "0xff"),
            ("255", "#X", "0XFF"),
            ("-255", "#010x", "-0x00000ff"),
            ("255", "#b", "0b11111111"),
            ("8", "#o", "0o10"),
            ("-8", "#o", "-0o10"),
            ("1234567", ",", "1,234,567"),
            ("1234567", "_", "1_234_567"),
            ("1234", "09,", "0,001,234"),
            ("1234", "0=9,", "0,001,234"),
            ("1234", "0>9,", "00001,234"),
            ("-1234", "010,", "-0,001,234"),
            ("1234567", "_x", "12_d687"),
            ("3735928559", "#_X", "0XDEAD_BEEF"),
            ("3735928559", "#_b", "0b1101_1110_1010_1101_1011_1110_1110_1111"),
            ("3735928559", "030_o", "0_0000_0000_0000_0336_5333_7357"),
            ("65", "c", "A"),
            ("65", "05c", "0000A"),
            ("65", "^5c", "  A  "),
            ("128512", "c", "😀"),
            ("65", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
            ("65", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
            ("-1", "c", "OverflowError: %c arg not in range(0x110000)"),
            ("1114112", "c", "OverflowError: %c arg not in range(0x110000)"),
            ("1180591620717411303424", "c", "OverflowError: Python int too large to convert to C long"),
            ("65", ",c", "ValueError: Cannot specify ',' with 'c'."),
            ("1", ",x", "ValueError: Cannot specify ',' with 'x'."),
            ("1", "_n", "ValueError: Cannot specify '_' with 'n'."),
            ("1234567", "n", "1234567"),
            ("-5", " d", "-5"),
            ("5", " d", " 5"),
            ("5", "+d", "+5"),
            ("5", "-d", "5"),
            ("5", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            ("5", ".3", "ValueError: Precision not allowed in integer format specifier"),
            ("5", ".3f", "5.000"),
            ("5", "e", "5.000000e+00"),
            ("5", "%", "500.000000%"),
            ("100000000000000000000", "e", "1.000000e+20"),
            ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "e", "OverflowError: int too large to convert to float"),
            ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "f", "OverflowError: int too large to convert to float"),
            ("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", ".2147483648f", "OverflowError: int too large to convert to float"),
            ("9007199254740993", "f", "9007199254740992.000000"),
            ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "e", "OverflowError: int too large to convert to float"),
            ("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", "e", "1.797693e+308"),
            ("123", "s", "ValueError: Unknown format code 's' for object of type 'int'"),
            ("123", "é", "ValueError: Unknown format code '\\xe9' for object of type 'int'"),
            ("123", "xx", "ValueError: Invalid format specifier 'xx' for object of type 'int'"),
            ("123", "\n", "ValueError: Unknown format code '\\xa' for object of type 'int'"),
            ("12", "*<+8", "+12*****"),
            ("12", "*^8", "***12***"),
            ("12", "=8", "      12"),
            ("-12", "=8", "-     12"),
            ("-12", "0", "-12"),
            ("7", "0", "7"),
            ("7", "00", "7"),
            ("7", "03", "007"),
            ("1000000000000000000000000000000", ",d", "1,000,000,000,000,000,000,000,000,000,000"),
            ("-1000000000000000000000000000000", "_", "-1_000_000_000_000_000_000_000_000_000_000"),
            ("255", "z#x", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            ("-9223372036854775808", "X", "-8000000000000000"),
        ];
        for &(n, spec, want) in cases {
            assert_eq!(
                shown(format_int(&big(n), spec)),
                want,
                "format({}, {:?})",
                n,
                spec
            );
        }
    }

    #[test]
    fn format_str_matches_cpython() {
        let cases: &[(&str, &str, &str)] = &[
            ("abc", "", "abc"),
            ("abc", "5", "abc  "),
            ("abc", ">5", "  abc"),
            ("abc", "^6", " abc  "),
            ("abc", "*^7", "**abc**"),
            ("abc", ".2", "ab"),
            ("abc", "5.1", "a    "),
            ("abc", ".0", ""),
            ("ab", "05", "ab000"),
            ("ab", "0>5", "000ab"),
            ("héllo😀", "^9", " héllo😀  "),
            ("héllo😀", ".3", "hél"),
            ("abc", "s", "abc"),
            (
                "abc",
                "d",
                "ValueError: Unknown format code 'd' for object of type 'str'",
            ),
            (
                "abc",
                "r",
                "ValueError: Unknown format code 'r' for object of type 'str'",
            ),
            (
                "abc",
                " ",
                "ValueError: Space not allowed in string format specifier",
            ),
            (
                "abc",
                " 5",
                "ValueError: Space not allowed in string format specifier",
            ),
            (
                "abc",
                "+5",
                "ValueError: Sign not allowed in string format specifier",
            ),
            (
                "abc",
                "-5",
                "ValueError: Sign not allowed in string format specifier",
            ),
            (
                "abc",
                "z5",
                "ValueError: Negative zero coercion (z) not allowed in string format specifier",
            ),
            (
                "abc",
                "#5",
                "ValueError: Alternate form (#) not allowed in string format specifier",
            ),
            (
                "abc",
                "=5",
                "ValueError: '=' alignment not allowed in string format specifier",
            ),
            ("abc", ",", "ValueError: Cannot specify ',' with 's'."),
            ("abc", "_", "ValueError: Cannot specify '_' with 's'."),
            (
                "abc",
                "xx",
                "ValueError: Invalid format specifier 'xx' for object of type 'str'",
            ),
            (
                "abc",
                "\u{1}",
                "ValueError: Unknown format code '\\x1' for object of type 'str'",
            ),
            ("", "3", "   "),
            ("abc", ".", "ValueError: Format specifier missing precision"),
        ];
        for &(text, spec, want) in cases {
            assert_eq!(
                shown(format_str(text, spec)),
                want,
                "format({:?}, {:?})",
                text,
                spec
            );
        }
    }

    #[test]
    fn printf_float_matches_cpython() {
        let cases: &[FloatPrintfCase] = &[
            (1.5, "", None, None, 'f', "1.500000"),
            (-1.5, "0", Some(10), None, 'f', "-01.500000"),
            (-1.5, "0", Some(10), Some(3), 'f', "-00001.500"),
            (f64::INFINITY, "0", Some(5), None, 'f', "00inf"),
            (f64::INFINITY, "+0", Some(5), None, 'f', "+0inf"),
            (f64::NEG_INFINITY, "-0", Some(5), None, 'f', "-inf "),
            (f64::NAN, "0", Some(5), None, 'f', "00nan"),
            (f64::NAN, "+", None, None, 'f', "+nan"),
            (1.0, "#", None, Some(0), 'f', "1."),
            (1.0, "#", None, Some(3), 'g', "1.00"),
            (1e+16, "", None, None, 'g', "1e+16"),
            (2.5, "", None, Some(0), 'e', "2e+00"),
            (2.5, "#", None, Some(0), 'e', "2.e+00"),
            (-1.5, " 0", Some(8), Some(3), 'e', "-1.500e+00"),
            (1.5, " ", None, None, 'E', " 1.500000E+00"),
            (1.5, "-", Some(10), Some(2), 'G', "1.5       "),
            (1.5, "-+", Some(10), Some(2), 'f', "+1.50     "),
            (0.1, "", None, Some(30), 'f', "0.100000000000000005551115123126"),
            (1e+300, "", None, Some(2), 'F', "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00"),
            (-0.0, "+", None, None, 'g', "-0"),
            (123456789.0, "", None, None, 'g', "1.23457e+08"),
            (1.234e-05, "", None, None, 'g', "1.234e-05"),
            (0.0001234, "", None, None, 'G', "0.0001234"),
        ];
        for &(x, flags, width, prec, conv, want) in cases {
            assert_eq!(
                printf_float(x, flags, width, prec, conv),
                want,
                "{:?} {:?} {:?} {:?} {:?}",
                x,
                flags,
                width,
                prec,
                conv
            );
        }
    }

    #[test]
    fn printf_int_matches_cpython() {
        let cases: &[IntPrintfCase] = &[
            ("255", "#", None, None, 'x', "0xff"),
            ("255", "#", None, None, 'X', "0XFF"),
            ("8", "#", None, None, 'o', "0o10"),
            ("-255", "#0", Some(10), None, 'x', "-0x00000ff"),
            ("255", "#-", Some(10), None, 'x', "0xff      "),
            ("-12", "", None, Some(5), 'd', "-00012"),
            ("12", "+", None, Some(5), 'x', "+0000c"),
            ("5", "-+", Some(8), None, 'd', "+5      "),
            ("5", "0-", Some(8), None, 'd', "5       "),
            ("-3", "", None, None, 'u', "-3"),
            ("7", "", None, None, 'i', "7"),
            ("0", " ", None, None, 'd', " 0"),
            ("0", "#", Some(5), None, 'o', "  0o0"),
            ("1", "#", None, Some(3), 'o', "0o001"),
            ("-1", "#", Some(8), Some(4), 'X', " -0X0001"),
            (
                "10000000000000000000000000",
                "+",
                Some(30),
                None,
                'd',
                "   +10000000000000000000000000",
            ),
            (
                "-1180591620717411303424",
                "#0",
                Some(25),
                Some(20),
                'x',
                "-0x0000400000000000000000",
            ),
            ("42", " 0", Some(6), None, 'd', " 00042"),
            ("42", "", Some(1), None, 'd', "42"),
        ];
        for &(n, flags, width, prec, conv, want) in cases {
            assert_eq!(
                printf_int(&big(n), flags, width, prec, conv),
                want,
                "{} {:?} {:?} {:?} {:?}",
                n,
                flags,
                width,
                prec,
                conv
            );
        }
    }

    #[test]
    fn float_to_bigint_matches_cpython() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0"),
            (-0.0, "0"),
            (1.9, "1"),
            (-1.9, "-1"),
            (1e+300, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"),
            (-1e+300, "-1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"),
            (9.223372036854776e+18, "9223372036854775808"),
            (-9.223372036854776e+18, "-9223372036854775808"),
            (1.8446744073709556e+19, "18446744073709555712"),
            (5e-324, "0"),
            (4503599627370495.5, "4503599627370495"),
            (f64::NAN, "ValueError: cannot convert float NaN to integer"),
            (f64::INFINITY, "OverflowError: cannot convert float infinity to integer"),
            (f64::NEG_INFINITY, "OverflowError: cannot convert float infinity to integer"),
        ];
        for &(x, want) in cases {
            assert_eq!(
                shown(float_to_bigint(x).map(|n| n.to_string())),
                want,
                "int({:?})",
                x
            );
        }
    }

    #[test]
    fn bigint_to_f64_matches_cpython() {
        let cases: &[(&str, &str)] = &[
            ("0", "0.0"),
            ("-1", "-1.0"),
            ("9007199254740993", "9007199254740992.0"),
            ("9007199254740995", "9007199254740996.0"),
            ("18014398509481986", "1.8014398509481984e+16"),
            ("18446744073709551615", "1.8446744073709552e+19"),
            ("18446744073709553664", "1.8446744073709552e+19"),
            ("-18446744073709553665", "-1.8446744073709556e+19"),
            ("100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1e+308"),
            ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "OverflowError: int too large to convert to float"),
            ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", "1.7976931348623157e+308"),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "OverflowError: int too large to convert to float"),
            ("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "OverflowError: int too large to convert to float"),
        ];
        for &(n, want) in cases {
            assert_eq!(
                shown(bigint_to_f64(&big(n)).map(float_text)),
                want,
                "float({})",
                n
            );
        }
    }

    #[test]
    fn int_true_div_matches_cpython() {
        let cases: &[(&str, &str, &str)] = &[
            ("1", "3", "0.3333333333333333"),
            ("-1", "3", "-0.3333333333333333"),
            ("0", "-5", "-0.0"),
            ("0", "5", "0.0"),
            ("9007199254740993", "1", "9007199254740992.0"),
            ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "10.0"),
            ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "3", "OverflowError: integer division result too large for a float"),
            ("1", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0.0"),
            ("-1", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-1e-310"),
            ("13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165375", "151115727451828646838277", "8.98846567431158e+307"),
            ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "1", "OverflowError: integer division result too large for a float"),
            ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", "1", "1.7976931348623157e+308"),
            ("1", "202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784", "5e-324"),
            ("1", "404804506614621236704990693437834614099113299528284236713802716054860679135990693783920767402874248990374155728633623822779617474771586953734026799881477019843034848553132722728933815484186432682479535356945490137124014966849385397236206711298319112681620113024717539104666829230461005064372655017292012526615415482186989568", "0.0"),
            ("3", "809609013229242473409981386875669228198226599056568473427605432109721358271981387567841534805748497980748311457267247645559234949543173907468053599762954039686069697106265445457867630968372865364959070713890980274248029933698770794472413422596638225363240226049435078209333658460922010128745310034584025053230830964373979136", "5e-324"),
            ("-100000000000000000000000000000000000000000000000001", "7000000000000000000000000000000", "-1.4285714285714287e+19"),
            ("269653970229347386159395778618353710042696546841345985910145121736599013708251444699062715983611304031680170819807090036488184653221624933739271145959211186566651840137298227914453329401869141179179624428127508653257226023513694322210869665811240855745025766026879447359920868907719574457253034494436336205824", "2", "1.348269851146737e+308"),
        ];
        for &(a, b, want) in cases {
            assert_eq!(
                shown(int_true_div(&big(a), &big(b)).map(float_text)),
                want,
                "{} / {}",
                a,
                b
            );
        }
    }

    #[test]
    fn float_round_matches_cpython() {
        let cases: &[(f64, i64, &str)] = &[
            (2.675, 2, "2.67"),
            (0.5, 0, "0.0"),
            (1.5, 0, "2.0"),
            (2.5, 0, "2.0"),
            (-0.5, 0, "-0.0"),
            (-0.001, 2, "-0.0"),
            (5000.0, -4, "0.0"),
            (15000.0, -4, "20000.0"),
            (-5001.0, -4, "-10000.0"),
            (
                1.7976931348623157e+308,
                -306,
                "OverflowError: rounded value too large to represent",
            ),
            (
                1.7976931348623157e+308,
                -308,
                "OverflowError: rounded value too large to represent",
            ),
            (1.7976931348623157e+308, -309, "0.0"),
            (123.456, 400, "123.456"),
            (123.456, -400, "0.0"),
            (0.30000000000000004, 15, "0.3"),
            (5e-324, 323, "0.0"),
            (5e-324, 322, "0.0"),
            (f64::INFINITY, 2, "inf"),
            (f64::NAN, 2, "nan"),
            (-123.45, -1, "-120.0"),
            (1e+22, -22, "1e+22"),
            (0.285, 2, "0.28"),
            (1.0000000000000002, 15, "1.0"),
            (-0.0, 1, "-0.0"),
        ];
        for &(x, nd, want) in cases {
            assert_eq!(
                shown(float_round_checked(x, nd).map(float_text)),
                want,
                "round({:?}, {})",
                x,
                nd
            );
        }
    }

    #[test]
    fn parse_float_matches_cpython() {
        let cases: &[(&str, &str)] = &[
            (" 1e5 ", "100000.0"),
            ("1_000.5", "1000.5"),
            ("_1", "ValueError: could not convert string to float: '_1'"),
            ("1_", "ValueError: could not convert string to float: '1_'"),
            ("1__0", "ValueError: could not convert string to float: '1__0'"),
            ("1_e5", "ValueError: could not convert string to float: '1_e5'"),
            ("1e_5", "ValueError: could not convert string to float: '1e_5'"),
            ("1e5_0", "1e+50"),
            (".5", "0.5"),
            ("5.", "5.0"),
            ("inf", "inf"),
            ("-Infinity", "-inf"),
            ("+nAn", "nan"),
            ("-nan", "-nan"),
            ("infinit", "ValueError: could not convert string to float: 'infinit'"),
            ("in f", "ValueError: could not convert string to float: 'in f'"),
            ("1e", "ValueError: could not convert string to float: '1e'"),
            ("1e+", "ValueError: could not convert string to float: '1e+'"),
            ("0x10", "ValueError: could not convert string to float: '0x10'"),
            ("١٢", "12.0"),
            ("1\u{0}", "ValueError: could not convert string to float: '1\\x00'"),
            ("", "ValueError: could not convert string to float: ''"),
            ("  ", "ValueError: could not convert string to float: '  '"),
            ("+", "ValueError: could not convert string to float: '+'"),
            (".", "ValueError: could not convert string to float: '.'"),
            ("1.e5", "100000.0"),
            (".e5", "ValueError: could not convert string to float: '.e5'"),
            ("1e500", "inf"),
            ("-1e-500", "-0.0"),
            ("\u{1c}1", "ValueError: could not convert string to float: '\\x1c1'"),
            ("\u{85}1\u{a0}", "1.0"),
            ("\u{2003}1.5\u{3000}", "1.5"),
            ("abc", "ValueError: could not convert string to float: 'abc'"),
            ("it's", "ValueError: could not convert string to float: \"it's\""),
            ("\u{7f}", "ValueError: could not convert string to float: '\\x7f'"),
            ("\u{200b}1", "ValueError: could not convert string to float: '\\u200b1'"),
            ("1_000_000.000_1e1_0", "1.0000000001e+16"),
            ("0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", "0.0"),
            ("2.4703282292062327208828439643411068618252990130716238221279284125033775364e-324", "5e-324"),
            ("9007199254740993", "9007199254740992.0"),
            ("9007199254740993.0000000000000000001", "9007199254740994.0"),
            ("😀", "ValueError: could not convert string to float: '😀'"),
        ];
        for &(text, want) in cases {
            assert_eq!(
                shown(parse_float(text).map(float_text)),
                want,
                "float({:?})",
                text
            );
        }
    }

    #[test]
    fn str_repr_matches_cpython() {
        let cases: &[(&str, &str)] = &[
            ("abc", "'abc'"),
            ("it's", "\"it's\""),
            ("say \"hi\"", "'say \"hi\"'"),
            ("both '\"", "'both \\'\"'"),
            ("tab\tnl\ncr\r", "'tab\\tnl\\ncr\\r'"),
            ("\\", "'\\\\'"),
            (
                "\u{0}\u{7f}\u{80}\u{a0}\u{ad}",
                "'\\x00\\x7f\\x80\\xa0\\xad'",
            ),
            ("é€😀", "'é€😀'"),
            ("\u{200b}\u{2028}\u{feff}", "'\\u200b\\u2028\\ufeff'"),
            ("\u{e0001}\u{10f7ff}", "'\\U000e0001\\U0010f7ff'"),
            // The stand-in of a lone surrogate (see `crate::surrogates`).
            ("\u{10f800}", "'\\ud800'"),
            ("\u{378}", "'\\u0378'"),
        ];
        for &(text, want) in cases {
            assert_eq!(str_repr(text), want);
        }
    }

    #[test]
    fn huge_requests_fail_cleanly() {
        let mem = Err(FormatError::Memory(String::new()));
        assert_eq!(format_float(1.5, "2000000000000"), mem);
        assert_eq!(format_int(&big("1"), "01000000000000000,"), mem);
        assert_eq!(format_str("s", "9223372036854775807"), mem);
        let digits = Err(FormatError::Value(
            "Too many decimal digits in format string".into(),
        ));
        assert_eq!(format_str("s", "99999999999999999999"), digits);
        // Precision past what a double can show is zero padding, not a panic.
        let s = format_float(0.1, ".70000f").expect("formats");
        assert_eq!(s.len(), 70002);
        assert!(s.starts_with("0.1000000000000000055511151231257827"));
        assert_eq!(printf_float(1.5, "", None, Some(70000), 'e').len(), 70006);
    }
}
