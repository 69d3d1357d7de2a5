//! The special functions of `math`: `erf`, `erfc`, `gamma` and `lgamma`,
//! bit for bit as CPython 3.11 on Linux computes them.
//!
//! CPython takes `erf`/`erfc` from the C library, so these follow glibc's
//! (fdlibm's rational approximations, with the polynomials evaluated in
//! glibc's split order: the grouping decides the last bit). `gamma` and
//! `lgamma` are CPython's own: Lanczos' approximation with g = 6.02468...
//! as a rational function, the reflection formula below zero, and a
//! correction for the rounding of `x + g - 0.5`. Both use `exp`, `pow`,
//! `log`, `sin` and `cos` from the platform's libm, as CPython does.

// The coefficients keep the decimal expansions they were published with.
#![allow(clippy::excessive_precision)]

/// Why a special function has no float result: CPython's `errno` codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MathFail {
    /// EDOM: "math domain error".
    Domain,
    /// ERANGE on a result too large: "math range error".
    Range,
}

const ERX: f64 = 8.45062911510467529297e-01;
const EFX: f64 = 1.28379167095512586316e-01;
const TINY: f64 = 1e-300;
/// erf on [0, 0.84375]: x + x * P(x²) / Q(x²).
const PP: [f64; 5] = [
    1.28379167095512558561e-01,
    -3.25042107247001499370e-01,
    -2.84817495755985104766e-02,
    -5.77027029648944159157e-03,
    -2.37630166566501626084e-05,
];
const QQ: [f64; 6] = [
    0.0,
    3.97917223959155352819e-01,
    6.50222499887672944485e-02,
    5.08130628187576562776e-03,
    1.32494738004321644526e-04,
    -3.96022827877536812320e-06,
];
/// erf on [0.84375, 1.25], in s = |x| - 1.
const PA: [f64; 7] = [
    -2.36211856075265944077e-03,
    4.14856118683748331666e-01,
    -3.72207876035701323847e-01,
    3.18346619901161753674e-01,
    -1.10894694282396677476e-01,
    3.54783043256182359371e-02,
    -2.16637559486879084300e-03,
];
const QA: [f64; 7] = [
    0.0,
    1.06420880400844228286e-01,
    5.40397917702171048937e-01,
    7.18286544141962662868e-02,
    1.26171219808761642112e-01,
    1.36370839120290507362e-02,
    1.19844998467991074170e-02,
];
/// erfc on [1.25, 1/0.35], in s = 1/x².
const RA: [f64; 8] = [
    -9.86494403484714822705e-03,
    -6.93858572707181764372e-01,
    -1.05586262253232909814e+01,
    -6.23753324503260060396e+01,
    -1.62396669462573470355e+02,
    -1.84605092906711035994e+02,
    -8.12874355063065934246e+01,
    -9.81432934416914548592e+00,
];
const SA: [f64; 9] = [
    0.0,
    1.96512716674392571292e+01,
    1.37657754143519042600e+02,
    4.34565877475229228821e+02,
    6.45387271733267880336e+02,
    4.29008140027567833386e+02,
    1.08635005541779435134e+02,
    6.57024977031928170135e+00,
    -6.04244152148580987438e-02,
];
/// erfc on [1/0.35, 28].
const RB: [f64; 7] = [
    -9.86494292470009928597e-03,
    -7.99283237680523006574e-01,
    -1.77579549177547519889e+01,
    -1.60636384855821916062e+02,
    -6.37566443368389627722e+02,
    -1.02509513161107724954e+03,
    -4.83519191608651397019e+02,
];
const SB: [f64; 8] = [
    0.0,
    3.03380607434824582924e+01,
    3.25792512996573918826e+02,
    1.53672958608443695994e+03,
    3.19985821950859553908e+03,
    2.55305040643316442583e+03,
    4.74528541206955367215e+02,
    -2.24409524465858183362e+01,
];

fn high_word(x: f64) -> u32 {
    (x.to_bits() >> 32) as u32
}

/// x * P(x²)/Q(x²) for |x| < 0.84375: the `y` of erf = x + x*y.
fn small_ratio(x: f64) -> f64 {
    let z = x * x;
    let z2 = z * z;
    let z4 = z2 * z2;
    let r = (PP[0] + z * PP[1]) + z2 * (PP[2] + z * PP[3]) + z4 * PP[4];
    let s = (1.0 + z * QQ[1]) + z2 * (QQ[2] + z * QQ[3]) + z4 * (QQ[4] + z * QQ[5]);
    r / s
}

/// P(s)/Q(s) for 0.84375 <= |x| < 1.25, s = |x| - 1.
fn middle_ratio(x: f64) -> f64 {
    let s = x.abs() - 1.0;
    let s2 = s * s;
    let s4 = s2 * s2;
    let s6 = s4 * s2;
    let p = (PA[0] + s * PA[1]) + s2 * (PA[2] + s * PA[3]) + s4 * (PA[4] + s * PA[5]) + s6 * PA[6];
    let q = (1.0 + s * QA[1]) + s2 * (QA[2] + s * QA[3]) + s4 * (QA[4] + s * QA[5]) + s6 * QA[6];
    p / q
}

/// erfc(|x|) * |x| for 1.25 <= |x| < 28, from exp(-x² - 0.5625 + R/S);
/// `near` picks the [1.25, 1/0.35] approximation.
fn tail(ax: f64, near: bool) -> f64 {
    let s = 1.0 / (ax * ax);
    let s2 = s * s;
    let s4 = s2 * s2;
    let s6 = s4 * s2;
    let (r, q) = if near {
        let s8 = s4 * s4;
        (
            (RA[0] + s * RA[1])
                + s2 * (RA[2] + s * RA[3])
                + s4 * (RA[4] + s * RA[5])
                + s6 * (RA[6] + s * RA[7]),
            (1.0 + s * SA[1])
                + s2 * (SA[2] + s * SA[3])
                + s4 * (SA[4] + s * SA[5])
                + s6 * (SA[6] + s * SA[7])
                + s8 * SA[8],
        )
    } else {
        (
            (RB[0] + s * RB[1]) + s2 * (RB[2] + s * RB[3]) + s4 * (RB[4] + s * RB[5]) + s6 * RB[6],
            (1.0 + s * SB[1])
                + s2 * (SB[2] + s * SB[3])
                + s4 * (SB[4] + s * SB[5])
                + s6 * (SB[6] + s * SB[7]),
        )
    };
    // x² split as z² plus a small exact part, z being x with its low word
    // cleared.
    let z = f64::from_bits(ax.to_bits() & 0xffff_ffff_0000_0000);
    (-z * z - 0.5625).exp() * ((z - ax) * (z + ax) + r / q).exp()
}

/// The error function.
pub fn erf(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    let negative = (hx >> 31) == 1;
    if ix >= 0x7ff0_0000 {
        return if x.is_nan() { x } else { x.signum() };
    }
    if ix < 0x3feb_0000 {
        if ix < 0x3e30_0000 {
            if ix < 0x0080_0000 {
                return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
            }
            return x + EFX * x;
        }
        return x + x * small_ratio(x);
    }
    if ix < 0x3ff4_0000 {
        let r = middle_ratio(x);
        return if negative { -ERX - r } else { ERX + r };
    }
    if ix >= 0x4018_0000 {
        return if negative { TINY - 1.0 } else { 1.0 - TINY };
    }
    let ax = x.abs();
    let r = tail(ax, ix < 0x4006_db6e);
    if negative {
        r / ax - 1.0
    } else {
        1.0 - r / ax
    }
}

/// The complementary error function, 1 - erf(x).
pub fn erfc(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    let negative = (hx >> 31) == 1;
    if ix >= 0x7ff0_0000 {
        return if x.is_nan() {
            x
        } else if negative {
            2.0
        } else {
            0.0
        };
    }
    if ix < 0x3feb_0000 {
        if ix < 0x3c70_0000 {
            return 1.0 - x;
        }
        let y = small_ratio(x);
        if negative || hx < 0x3fd0_0000 {
            return 1.0 - (x + x * y);
        }
        let r = x * y + (x - 0.5);
        return 0.5 - r;
    }
    if ix < 0x3ff4_0000 {
        let r = middle_ratio(x);
        return if negative {
            1.0 + (ERX + r)
        } else {
            (1.0 - ERX) - r
        };
    }
    if ix < 0x403c_0000 {
        if negative && ix >= 0x4018_0000 {
            return 2.0 - TINY;
        }
        let ax = x.abs();
        let r = tail(ax, ix < 0x4006_db6d);
        return if negative { 2.0 - r / ax } else { r / ax };
    }
    if negative {
        2.0 - TINY
    } else {
        TINY * TINY
    }
}

const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// x (x+1) ... (x+11), expanded.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
const LOG_PI: f64 = 1.144729885849400174143427351353058711647;

/// Lanczos' sum for x > 0: a rational function, evaluated in 1/x for
/// large x against overflow.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x) for finite x, exact at the integers and half-integers.
fn sin_pi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

/// The gamma function.
pub fn gamma(x: f64) -> Result<f64, MathFail> {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            Err(MathFail::Domain)
        };
    }
    if x == 0.0 {
        return Err(MathFail::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathFail::Domain);
        }
        if x <= 23.0 {
            return Ok((1..x as u64).map(|k| k as f64).product());
        }
    }
    let ax = x.abs();
    if ax < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(MathFail::Range)
        } else {
            Ok(r)
        };
    }
    if ax > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sin_pi(x))
        } else {
            Err(MathFail::Range)
        };
    }
    let y = ax + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, for the correction factor (1 + z).
    let z = if ax > LANCZOS_G_MINUS_HALF {
        (y - ax) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - ax
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / sin_pi(ax) / ax * y.exp() / lanczos_sum(ax);
        r -= z * r;
        if ax < 140.0 {
            r /= y.powf(ax - 0.5);
        } else {
            let half = y.powf(ax / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(ax) / y.exp();
        r += z * r;
        if ax < 140.0 {
            r *= y.powf(ax - 0.5);
        } else {
            let half = y.powf(ax / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    if r.is_infinite() {
        return Err(MathFail::Range);
    }
    Ok(r)
}

/// The natural logarithm of |gamma(x)|.
pub fn lgamma(x: f64) -> Result<f64, MathFail> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 {
            Err(MathFail::Domain)
        } else {
            Ok(0.0)
        };
    }
    let ax = x.abs();
    if ax < 1e-20 {
        return Ok(-ax.ln());
    }
    let mut r = lanczos_sum(ax).ln() - LANCZOS_G;
    r += (ax - 0.5) * ((ax + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sin_pi(ax).abs().ln() - ax.ln() - r;
    }
    if r.is_infinite() {
        return Err(MathFail::Range);
    }
    Ok(r)
}
