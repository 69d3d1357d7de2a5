"""pyview's getopt: C-style option parsing with CPython 3.11's results and
messages (written for pyview, not CPython's source).

getopt (options end at the first non-option), gnu_getopt (options and
operands mixed; '+' or POSIXLY_CORRECT stop at the first operand) and
GetoptError (alias error).
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


def _(message):
    # no translations: the messages are CPython's English ones
    return message


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def getopt(args, shortopts, longopts=[]):
    """Parse options up to the first operand: (options, remaining args)."""
    longopts = _long_list(longopts)
    opts = []
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
#@line 93
            opts, args = do_longs(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = do_shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Parse options anywhere among the operands (GNU style)."""
    longopts = _long_list(longopts)
    opts = []
    operands = []
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        stop_at_operand = True
    else:
        stop_at_operand = bool(os.environ.get("POSIXLY_CORRECT"))
    while args:
        arg = args[0]
        if arg == '--':
            operands += args[1:]
            break
        if arg[:2] == '--':
#@line 136
            opts, args = do_longs(opts, args[0][2:], longopts, args[1:])
        elif arg[:1] == '-' and arg != '-':
            opts, args = do_shorts(opts, args[0][1:], shortopts, args[1:])
        elif stop_at_operand:
            operands += args
            break
        else:
            operands.append(arg)
            args = args[1:]
    return opts, operands


def do_longs(opts, opt, longopts, args):
    value = None
    if '=' in opt:
        opt, value = opt.split('=', 1)
#@line 157
    has_arg, opt = long_has_args(opt, longopts)
    if has_arg:
        if value is None:
            if not args:
                raise GetoptError(_('option --%s requires argument') % opt, opt)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError(_('option --%s must not have an argument') % opt, opt)
    opts.append(('--' + opt, value or ''))
    return opts, args


def long_has_args(opt, longopts):
    """(takes a value, full name) of the long option opt abbreviates."""
    candidates = [o for o in longopts if o.startswith(opt)]
    if not candidates:
#@line 174
        raise GetoptError(_('option --%s not recognized') % opt, opt)
    if opt in candidates:
        return False, opt
    if opt + '=' in candidates:
        return True, opt
    if len(candidates) > 1:
#@line 184
        raise GetoptError(_('option --%s not a unique prefix') % opt, opt)
    name = candidates[0]
    if name.endswith('='):
        return True, name[:-1]
    return False, name


def do_shorts(opts, optstring, shortopts, args):
    while optstring:
        opt, optstring = optstring[0], optstring[1:]
        value = ''
        if short_has_arg(opt, shortopts):
            if not optstring:
                if not args:
                    raise GetoptError(_('option -%s requires argument') % opt,
                                      opt)
                optstring, args = args[0], args[1:]
            value, optstring = optstring, ''
        opts.append(('-' + opt, value))
    return opts, args


def short_has_arg(opt, shortopts):
    for i, char in enumerate(shortopts):
        if char == opt and char != ':':
            return shortopts.startswith(':', i + 1)
#@line 211
    raise GetoptError(_('option -%s not recognized') % opt, opt)
