"""Get useful information from live Python objects."""

import sys
import types
from collections import OrderedDict

__all__ = ['signature', 'Signature', 'Parameter', 'BoundArguments',
           'currentframe', 'stack', 'getmembers', 'getdoc', 'cleandoc',
           'isfunction', 'ismethod', 'isclass', 'ismodule', 'isbuiltin',
           'isgenerator', 'isgeneratorfunction', 'isroutine', 'iscode',
           'iscoroutinefunction', 'isasyncgenfunction', 'iscoroutine',
           'isasyncgen', 'isawaitable',
           'isframe', 'istraceback', 'isabstract', 'getmodule',
           'formatannotation', 'getattr_static']

_CO_VARARGS = 0x04
_CO_VARKEYWORDS = 0x08
_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100
_CO_ASYNC_GENERATOR = 0x200
_GenericAlias = type(list[int])


def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def isgeneratorfunction(object):
    return isfunction(object) and bool(object.__code__.co_flags & _CO_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    return isfunction(f) and bool(f.__code__.co_flags & flag)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, _CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, _CO_ASYNC_GENERATOR)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    # pyview's generators have no gi_code: one types.coroutine made does
    # not count here.
    return (isinstance(object, types.CoroutineType) or
            hasattr(type(object), "__await__"))


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or type(object).__name__ in ('method_descriptor',
                                         'wrapper_descriptor',
                                         'method-wrapper'))


def iscode(object):
    return type(object).__name__ == 'code'


def isframe(object):
    return type(object).__name__ == 'frame'


def istraceback(object):
    return type(object).__name__ == 'traceback'


def isabstract(object):
    return bool(isinstance(object, type) and
                getattr(object, '__abstractmethods__', None))


def getmembers(object, predicate=None):
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmodule(object):
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    if name is None:
        return None
    return sys.modules.get(name)


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getattr_static(obj, attr, default=None):
    for klass in (type(obj).__mro__ if not isinstance(obj, type) else ()):
        if attr in klass.__dict__:
            return klass.__dict__[attr]
    try:
        return obj.__dict__[attr]
    except (AttributeError, KeyError):
        pass
    if isinstance(obj, type):
        for klass in obj.__mro__:
            if attr in klass.__dict__:
                return klass.__dict__[attr]
    if default is not None:
        return default
    raise AttributeError(attr)


def currentframe():
    """Return the frame of the caller."""
    return sys._getframe(1)


class FrameInfo(tuple):
    """(frame, filename, lineno, function, code_context, index)"""

    _fields = ('frame', 'filename', 'lineno', 'function', 'code_context',
               'index')

    def __new__(cls, frame, filename, lineno, function, code_context, index):
        return tuple.__new__(cls, (frame, filename, lineno, function,
                                   code_context, index))

    frame = property(lambda self: self[0])
    filename = property(lambda self: self[1])
    lineno = property(lambda self: self[2])
    function = property(lambda self: self[3])
    code_context = property(lambda self: self[4])
    index = property(lambda self: self[5])

    def __repr__(self):
        return ('FrameInfo(frame=%r, filename=%r, lineno=%r, function=%r, '
                'code_context=%r, index=%r)' % tuple(self))


def _frame_info(frame, context):
    import linecache
    filename = frame.f_code.co_filename
    lineno = frame.f_lineno
    line = linecache.getline(filename, lineno)
    lines = [line] if line and context > 0 else None
    return FrameInfo(frame, filename, lineno, frame.f_code.co_name, lines,
                     0 if lines else None)


def stack(context=1):
    """The records of the caller's frame and those outside it."""
    frame = sys._getframe(1)
    records = []
    while frame is not None:
        records.append(_frame_info(frame, context))
        frame = frame.f_back
    return records


def getframeinfo(frame, context=1):
    return _frame_info(frame, context)[1:]


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(int):
    def __new__(cls, value, name, description):
        member = int.__new__(cls, value)
        member.name = name
        member.description = description
        return member

    @property
    def value(self):
        return int(self)

    def __str__(self):
        return self.name

    def __repr__(self):
        return '<_ParameterKind.%s: %d>' % (self.name, self)


_POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD',
                                        'positional or keyword')
_VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')
_KINDS = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL,
          _KEYWORD_ONLY, _VAR_KEYWORD)


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, _GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature."""

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in _KINDS:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        self._kind = _KINDS[kind]
        if default is not _empty and self._kind in (_VAR_POSITIONAL,
                                                    _VAR_KEYWORD):
            msg = '{} parameters cannot have default values'
            raise ValueError(msg.format(self._kind.description))
        self._default = default
        self._annotation = annotation
        if not isinstance(name, str):
            msg = 'name must be a str, not a {}'.format(type(name).__name__)
            raise TypeError(msg)
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void,
                default=_void):
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted,
                                        formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and
                self._kind == other._kind and
                self._default == other._default and
                self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: arguments mapped to parameters."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for param_name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[param_name]
            except KeyError:
                break
            else:
                if param.kind == _VAR_POSITIONAL:
                    args.extend(arg)
                else:
                    args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for param_name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    kwargs_started = True
                elif param_name not in self.arguments:
                    kwargs_started = True
                    continue
            if not kwargs_started:
                continue
            try:
                arg = self.arguments[param_name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[param_name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return (self.signature == other.signature and
                self.arguments == other.arguments)

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append('{}={!r}'.format(arg, value))
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """A callable's parameters and return annotation."""

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = OrderedDict()
        if parameters is not None:
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if __validate_parameters__:
                    if kind < top_kind:
                        msg = ('wrong parameter order: {} parameter before {} '
                               'parameter')
                        msg = msg.format(top_kind.description,
                                         kind.description)
                        raise ValueError(msg)
                    elif kind > top_kind:
                        top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                msg = ('non-default argument follows default '
                                       'argument')
                                raise ValueError(msg)
                        else:
                            seen_default = True
                if name in params:
                    msg = 'duplicate parameter name: {!r}'.format(name)
                    raise ValueError(msg)
                params[name] = param
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None,
                      locals=None, eval_str=False):
        return _signature_from_callable(obj, follow_wrapped)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        params = tuple(param for param in self.parameters.values()
                       if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values()
                      if param.kind == _KEYWORD_ONLY}
        return hash((params, frozenset(kwo_params.values()),
                     self.return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self.return_annotation == other.return_annotation and
                list(self.parameters.values()) ==
                list(other.parameters.values()))

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            msg = ('{arg!r} parameter is positional only, '
                                   'but was passed as a keyword')
                            msg = msg.format(arg=param.name)
                            raise TypeError(msg) from None
                        parameters_ex = (param,)
                        break
                    elif (param.kind == _VAR_KEYWORD or
                          param.default is not _empty):
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        else:
                            msg = 'missing a required argument: {arg!r}'
                            msg = msg.format(arg=param.name)
                            raise TypeError(msg) from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError(
                            'too many positional arguments') from None
                    if param.kind == _VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError(
                            'multiple values for argument {arg!r}'.format(
                                arg=param.name)) from None
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in list(parameters_ex) + list(parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL and
                        param.default is _empty):
                    raise TypeError('missing a required argument: {arg!r}'.
                                    format(arg=param_name)) from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{arg!r} parameter is positional only, '
                                    'but was passed as a keyword'.
                                    format(arg=param.name))
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError(
                    'got an unexpected keyword argument {arg!r}'.format(
                        arg=next(iter(kwargs))))
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        pending_slash = False
        star_needed = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                pending_slash = True
            elif pending_slash:
                result.append('/')
                pending_slash = False
            if kind == _VAR_POSITIONAL:
                star_needed = False
            elif kind == _KEYWORD_ONLY and star_needed:
                result.append('*')
                star_needed = False
            result.append(str(param))
        if pending_slash:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            rendered += ' -> {}'.format(
                formatannotation(self.return_annotation))
        return rendered


def _signature_of_function(func):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__
    first_default = npos - len(defaults)
    parameters = []
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        parameters.append(Parameter(name, kind, default=default,
                                    annotation=annotations.get(name, _empty)))
    at = npos + nkwonly
    if code.co_flags & _CO_VARARGS:
        name = names[at]
        parameters.append(Parameter(name, _VAR_POSITIONAL,
                                    annotation=annotations.get(name, _empty)))
        at += 1
    for name in names[npos:npos + nkwonly]:
        parameters.append(Parameter(name, _KEYWORD_ONLY,
                                    default=kwdefaults.get(name, _empty),
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & _CO_VARKEYWORDS:
        name = names[at]
        parameters.append(Parameter(name, _VAR_KEYWORD,
                                    annotation=annotations.get(name, _empty)))
    return Signature(parameters,
                     return_annotation=annotations.get('return', _empty),
                     __validate_parameters__=False)


def _drop_first(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _signature_from_callable(obj, follow_wrapped=True):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        return _drop_first(_signature_from_callable(obj.__func__,
                                                    follow_wrapped))
    if follow_wrapped:
        seen = set()
        while hasattr(obj, '__wrapped__') and id(obj) not in seen:
            seen.add(id(obj))
            if hasattr(obj, '__signature__'):
                break
            obj = obj.__wrapped__
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError(
                'unexpected object {!r} in __signature__ '
                'attribute'.format(sig))
        return sig
    if isfunction(obj):
        return _signature_of_function(obj)
    if isinstance(obj, type):
        for base in obj.__mro__:
            if '__init__' in base.__dict__ and base is not object:
                init = base.__dict__['__init__']
                if isfunction(init):
                    return _drop_first(_signature_of_function(init))
                break
            if '__new__' in base.__dict__ and base is not object:
                new = base.__dict__['__new__']
                new = getattr(new, '__func__', new)
                if isfunction(new):
                    return _drop_first(_signature_of_function(new))
                break
        else:
            return Signature()
        if obj.__module__ == 'builtins' and getattr(obj, '__text_signature__', None):
            return _signature_of_builtin(obj)
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    if isbuiltin(obj) or isroutine(obj):
        return _signature_of_builtin(obj)
    call = getattr(type(obj), '__call__', None)
    if call is not None and isfunction(call):
        return _drop_first(_signature_of_function(call))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def _split_params(text):
    """The comma-separated items of a text signature's parameter list."""
    items, depth, quote, start = [], 0, None, 0
    for i, ch in enumerate(text):
        if quote:
            if ch == quote and text[i - 1] != '\\':
                quote = None
        elif ch in '\'"':
            quote = ch
        elif ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
        elif ch == ',' and depth == 0:
            items.append(text[start:i].strip())
            start = i + 1
    if text[start:].strip():
        items.append(text[start:].strip())
    return items


def _signature_of_builtin(obj):
    """A built-in's signature, read from its __text_signature__."""
    text = getattr(obj, '__text_signature__', None)
    if not text:
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    owner = getattr(obj, '__self__', None)
    bound = not (owner is None or ismodule(owner) or type(obj).__name__ in (
        'method_descriptor', 'wrapper_descriptor'))
    params = []
    kind = _POSITIONAL_OR_KEYWORD
    for item in _split_params(text.strip()[1:-1]):
        if item.startswith('$'):
            if item == '$self' and not bound:
                params.append(Parameter('self', _POSITIONAL_ONLY))
            continue
        if item == '/':
            params = [p.replace(kind=_POSITIONAL_ONLY) for p in params]
            continue
        if item == '*':
            kind = _KEYWORD_ONLY
            continue
        if item.startswith('**'):
            params.append(Parameter(item[2:], _VAR_KEYWORD))
            continue
        if item.startswith('*'):
            params.append(Parameter(item[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
            continue
        name, eq, default = item.partition('=')
        if not eq:
            params.append(Parameter(name.strip(), kind))
            continue
        if '<unrepresentable>' in default:
            raise ValueError('{!r} builtin has invalid signature'.format(obj))
        value = eval(default.strip(), {'sys': sys})
        params.append(Parameter(name.strip(), kind, default=value))
    return Signature(params)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None,
              eval_str=False):
    """Get a signature object for the passed callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)
