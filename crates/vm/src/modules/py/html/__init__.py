"""
General functions for HTML manipulation.
"""

import re as _re


__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """
    Replace special characters "&", "<" and ">" to HTML-safe sequences.
    If the optional flag quote is true (the default), the quotation mark
    characters, both double quote (") and single quote (') characters are also
    translated.
    """
#@line 19
    s = s.replace("&", "&amp;") # Must be done first!
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# pyview's html: escape and unescape. unescape knows the HTML 4 entities
# (and &apos;), with the HTML 5 rules for numeric references and for the
# legacy names that work without a semicolon; HTML 5's other named
# references are left as they are.

# name=hex code point.
_ENTITIES = """
    AElig=c6 Aacute=c1 Acirc=c2 Agrave=c0 Alpha=391 Aring=c5 Atilde=c3
    Auml=c4 Beta=392 Ccedil=c7 Chi=3a7 Dagger=2021 Delta=394 ETH=d0
    Eacute=c9 Ecirc=ca Egrave=c8 Epsilon=395 Eta=397 Euml=cb Gamma=393
    Iacute=cd Icirc=ce Igrave=cc Iota=399 Iuml=cf Kappa=39a Lambda=39b
    Mu=39c Ntilde=d1 Nu=39d OElig=152 Oacute=d3 Ocirc=d4 Ograve=d2
    Omega=3a9 Omicron=39f Oslash=d8 Otilde=d5 Ouml=d6 Phi=3a6 Pi=3a0
    Prime=2033 Psi=3a8 Rho=3a1 Scaron=160 Sigma=3a3 THORN=de Tau=3a4
    Theta=398 Uacute=da Ucirc=db Ugrave=d9 Upsilon=3a5 Uuml=dc Xi=39e
    Yacute=dd Yuml=178 Zeta=396 aacute=e1 acirc=e2 acute=b4 aelig=e6
    agrave=e0 alefsym=2135 alpha=3b1 amp=26 and=2227 ang=2220 aring=e5
    asymp=2248 atilde=e3 auml=e4 bdquo=201e beta=3b2 brvbar=a6 bull=2022
    cap=2229 ccedil=e7 cedil=b8 cent=a2 chi=3c7 circ=2c6 clubs=2663
    cong=2245 copy=a9 crarr=21b5 cup=222a curren=a4 dArr=21d3
    dagger=2020 darr=2193 deg=b0 delta=3b4 diams=2666 divide=f7
    eacute=e9 ecirc=ea egrave=e8 empty=2205 emsp=2003 ensp=2002
    epsilon=3b5 equiv=2261 eta=3b7 eth=f0 euml=eb euro=20ac exist=2203
    fnof=192 forall=2200 frac12=bd frac14=bc frac34=be frasl=2044
    gamma=3b3 ge=2265 gt=3e hArr=21d4 harr=2194 hearts=2665 hellip=2026
    iacute=ed icirc=ee iexcl=a1 igrave=ec image=2111 infin=221e int=222b
    iota=3b9 iquest=bf isin=2208 iuml=ef kappa=3ba lArr=21d0 lambda=3bb
    lang=27e8 laquo=ab larr=2190 lceil=2308 ldquo=201c le=2264
    lfloor=230a lowast=2217 loz=25ca lrm=200e lsaquo=2039 lsquo=2018
    lt=3c macr=af mdash=2014 micro=b5 middot=b7 minus=2212 mu=3bc
    nabla=2207 nbsp=a0 ndash=2013 ne=2260 ni=220b not=ac notin=2209
    nsub=2284 ntilde=f1 nu=3bd oacute=f3 ocirc=f4 oelig=153 ograve=f2
    oline=203e omega=3c9 omicron=3bf oplus=2295 or=2228 ordf=aa ordm=ba
    oslash=f8 otilde=f5 otimes=2297 ouml=f6 para=b6 part=2202
    permil=2030 perp=22a5 phi=3c6 pi=3c0 piv=3d6 plusmn=b1 pound=a3
    prime=2032 prod=220f prop=221d psi=3c8 quot=22 rArr=21d2 radic=221a
    rang=27e9 raquo=bb rarr=2192 rceil=2309 rdquo=201d real=211c reg=ae
    rfloor=230b rho=3c1 rlm=200f rsaquo=203a rsquo=2019 sbquo=201a
    scaron=161 sdot=22c5 sect=a7 shy=ad sigma=3c3 sigmaf=3c2 sim=223c
    spades=2660 sub=2282 sube=2286 sum=2211 sup=2283 sup1=b9 sup2=b2
    sup3=b3 supe=2287 szlig=df tau=3c4 there4=2234 theta=3b8
    thetasym=3d1 thinsp=2009 thorn=fe tilde=2dc times=d7 trade=2122
    uArr=21d1 uacute=fa uarr=2191 ucirc=fb ugrave=f9 uml=a8 upsih=3d2
    upsilon=3c5 uuml=fc weierp=2118 xi=3be yacute=fd yen=a5 yuml=ff
    zeta=3b6 zwj=200d zwnj=200c
"""
# The names that also work without the semicolon.
_LEGACY = """
    AElig AMP Aacute Acirc Agrave Aring Atilde Auml COPY Ccedil ETH
    Eacute Ecirc Egrave Euml GT Iacute Icirc Igrave Iuml LT Ntilde
    Oacute Ocirc Ograve Oslash Otilde Ouml QUOT REG THORN Uacute Ucirc
    Ugrave Uuml Yacute aacute acirc acute aelig agrave amp aring atilde
    auml brvbar ccedil cedil cent copy curren deg divide eacute ecirc
    egrave eth euml frac12 frac14 frac34 gt iacute icirc iexcl igrave
    iquest iuml laquo lt macr micro middot nbsp not ntilde oacute ocirc
    ograve ordf ordm oslash otilde ouml para plusmn pound quot raquo reg
    sect shy sup1 sup2 sup3 szlig thorn times uacute ucirc ugrave uml
    uuml yacute yen yuml
"""

_named = {}
for _pair in _ENTITIES.split():
    _name, _code = _pair.split('=')
    _named[_name + ';'] = chr(int(_code, 16))
_named['apos;'] = "'"
for _name in _LEGACY.split():
    # AMP, COPY, GT, LT, QUOT and REG are upper-case twins.
    _char = _named.get(_name + ';') or _named[_name.lower() + ';']
    _named[_name] = _named[_name + ';'] = _char
del _pair, _name, _code, _char

# Numeric references to the C1 controls mean the windows-1252 characters.
_invalid_charrefs = {0x00: '\ufffd', 0x0d: '\r'}
for _b in range(0x80, 0xa0):
    try:
        _invalid_charrefs[_b] = bytes([_b]).decode('cp1252')
    except UnicodeDecodeError:
        _invalid_charrefs[_b] = chr(_b)
del _b

_invalid_codepoints = set(range(0x1, 0x9)) | set(range(0xe, 0x20)) | \
    set(range(0x7f, 0xa0)) | set(range(0xfdd0, 0xfdf0)) | {0xb} | \
    {plane | low for plane in range(0, 0x110000, 0x10000) for low in (0xfffe, 0xffff)}


def _replace_charref(s):
    s = s.group(1)
    if s[0] == '#':
        # numeric charref
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if num in _invalid_codepoints:
            return ''
        return chr(num)
    else:
        # named charref
        if s in _named:
            return _named[s]
        # the longest name that is a reference by itself
        for x in range(len(s)-1, 1, -1):
            if s[:x] in _named:
                return _named[s[:x]] + s[x:]
        else:
            return '&' + s


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """
    Convert all named and numeric character references (e.g. &gt;, &#62;,
    &x3e;) in the string s to the corresponding unicode characters.
    This function uses the rules defined by the HTML 5 standard
    for both valid and invalid character references, and the list of
    HTML 5 named character references defined in html.entities.html5.
    """
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
