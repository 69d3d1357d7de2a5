"""Classes of fields with generated special methods (PEP 557)."""

import copy
import sys
import types

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass, as `fields()` lists them."""

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describes a field: its default or default factory, and whether it
    takes part in __init__, __repr__, comparisons and hashing."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        text = annotation.strip()
        return text.startswith(('ClassVar', 'typing.ClassVar'))
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    return (annotation is typing.ClassVar
            or getattr(annotation, '__origin__', None) is typing.ClassVar)


def _is_initvar(annotation):
    if isinstance(annotation, str):
        text = annotation.strip()
        return text.startswith(('InitVar', 'dataclasses.InitVar'))
    return annotation is InitVar or isinstance(annotation, InitVar)


def _is_kw_only(annotation):
    if isinstance(annotation, str):
        text = annotation.strip()
        return text in ('KW_ONLY', 'dataclasses.KW_ONLY')
    return annotation is KW_ONLY


_UNHASHABLE_BUILTINS = (list, dict, set, bytearray)


def _unhashable(cls):
    # The class's __hash__ is None (pyview shows the built-in containers'
    # as slot wrappers, so those are named here).
    if getattr(cls, '__hash__', 0) is None:
        return True
    for klass in cls.__mro__:
        if klass in _UNHASHABLE_BUILTINS:
            return True
        if '__hash__' in klass.__dict__:
            return klass.__dict__['__hash__'] is None
    return False


class _Source:
    """Python source for the generated methods, compiled together in a
    class statement so that each gets the class's qualified name."""

    def __init__(self, cls):
        self.cls = cls
        self.names = {'MISSING': MISSING,
                      '__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
                      '__dataclass_builtins_object__': object,
                      '__dataclass_cls__': cls,
                      'FrozenInstanceError': FrozenInstanceError}

    def make(self, name, params, body, return_type=MISSING):
        if not body:
            body = ['pass']
        text = f'class {self.cls.__name__}:\n def {name}({", ".join(params)}):\n'
        text += ''.join(f'  {line}\n' for line in body)
        namespace = dict(self.names)
        exec(text, namespace)
        fn = namespace[self.cls.__name__].__dict__[name]
        fn.__qualname__ = f'{self.cls.__qualname__}.{name}'
        return fn


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})'
    return f'{self_name}.{name}={value}'


def _init_fn(fields, source, std_fields, kw_only_fields, frozen, has_post_init, self_name):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                #@line 545
                raise TypeError(f'non-default argument {f.name!r} '
                                'follows default argument')
    body = []
    for f in fields:
        default_name = f'__dataclass_dflt_{f.name}__'
        if f.default_factory is not MISSING:
            source.names[default_name] = f.default_factory
            if f.init:
                value = (f'{default_name}() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ '
                         f'else {f.name}')
            else:
                value = f'{default_name}()'
        elif f.init:
            if f.default is not MISSING:
                source.names[default_name] = f.default
            value = f.name
        else:
            continue
        if f._field_type is _FIELD_INITVAR:
            continue
        body.append(_field_assign(frozen, f.name, value, self_name))
    if has_post_init:
        args = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({args})')

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default is not MISSING:
            return f'{f.name}=__dataclass_dflt_{f.name}__'
        return f'{f.name}=__dataclass_HAS_DEFAULT_FACTORY__'

    params = [self_name] + [param(f) for f in std_fields if f.init]
    if kw_only_fields:
        params += ['*'] + [param(f) for f in kw_only_fields if f.init]
    return source.make('__init__', params, body)


def _tuple_text(obj_name, fields):
    if not fields:
        return '()'
    return '(' + ','.join(f'{obj_name}.{f.name}' for f in fields) + ',)'


_running_reprs = set()


def _repr_fn(fields):
    names = [f.name for f in fields]

    def __repr__(self):
        key = (id(self), id(type(self)))
        if key in _running_reprs:
            return '...'
        _running_reprs.add(key)
        try:
            inner = ', '.join(f'{name}={getattr(self, name)!r}' for name in names)
            return f'{self.__class__.__qualname__}({inner})'
        finally:
            _running_reprs.discard(key)
    return __repr__


def _frozen_fns(source, cls, fields):
    names = tuple(f.name for f in fields)
    check = f'type(self) is __dataclass_cls__ or name in {names!r}'
    setattr_fn = source.make('__setattr__', ['self', 'name', 'value'], [
        f'if {check}:',
        ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
        'super(__dataclass_cls__, self).__setattr__(name, value)'])
    delattr_fn = source.make('__delattr__', ['self', 'name'], [
        f'if {check}:',
        ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
        'super(__dataclass_cls__, self).__delattr__(name)'])
    return setattr_fn, delattr_fn


def _cmp_fn(source, name, op, fields):
    return source.make(name, ['self', 'other'], [
        'if other.__class__ is self.__class__:',
        f' return {_tuple_text("self", fields)}{op}{_tuple_text("other", fields)}',
        'return NotImplemented'])


def _hash_fn(source, fields):
    return source.make('__hash__', ['self'], [f'return hash({_tuple_text("self", fields)})'])


def _get_field(cls, name, annotation, kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, getattr(types, 'MemberDescriptorType', ())):
            default = MISSING
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and _unhashable(f.default.__class__):
        #@line 815
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    all_fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True
    annotations = cls.__dict__.get('__annotations__', {})
    # The names are CPython's: a traceback shows the line that calls
    # _get_field (and the one that calls _init_fn).
    cls_fields = []
    seen_kw_only = False
    for name, type in annotations.items():
        if _is_kw_only(type):
            if seen_kw_only:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            seen_kw_only = True
            kw_only = True
        else:
            #@line 958
            cls_fields.append(_get_field(cls, name, type, kw_only))
    for f in cls_fields:
        all_fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, all_fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in all_fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.kw_only]
    source = _Source(cls)
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        self_name = '__dataclass_self__' if 'self' in all_fields else 'self'
        #@line 1026
        _set_new_attribute(cls, '__init__',
                           _init_fn(all_init_fields,
                                    source, std_init_fields, kw_only_init_fields,
                                    frozen, has_post_init, self_name))
    field_list = [f for f in all_fields.values() if f._field_type is _FIELD]
    if repr:
        fn = _repr_fn([f for f in field_list if f.repr])
        fn.__qualname__ = f'{cls.__qualname__}.__repr__'
        _set_new_attribute(cls, '__repr__', fn)
    if eq:
        _set_new_attribute(cls, '__eq__', _cmp_fn(
            source, '__eq__', '==', [f for f in field_list if f.compare]))
    if order:
        compared = [f for f in field_list if f.compare]
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _cmp_fn(source, name, op, compared)):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using functools.total_ordering')
    if frozen:
        for fn in _frozen_fns(source, cls, field_list):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                                f'in class {cls.__name__}')
    hashed = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _hash_fn(source, hashed)
    elif eq and not has_explicit_hash:
        cls.__hash__ = _hash_fn(source, hashed) if frozen else None
    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _signature_text(std_init_fields, kw_only_init_fields)
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    abc = sys.modules.get('abc')
    if abc is not None:
        abc.update_abstractmethods(cls)
    return cls


def _annotation_text(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation).replace('typing.', '')


def _signature_text(std_fields, kw_fields):
    def param(f):
        text = f'{f.name}: {_annotation_text(f.type)}'
        if f.default is not MISSING:
            text += f' = {f.default!r}'
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        return text
    params = [param(f) for f in std_fields if f.init]
    kw = [param(f) for f in kw_fields if f.init]
    if kw:
        params += ['*'] + kw
    return '(' + ', '.join(params) + ')'


def _add_slots(cls, is_frozen, weakref_slot):
    namespace = dict(cls.__dict__)
    names = tuple(f.name for f in fields(cls))
    if '__slots__' in namespace:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    namespace['__slots__'] = names + (('__weakref__',) if weakref_slot else ())
    for name in names:
        namespace.pop(name, None)
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Adds __init__, __repr__, __eq__ and, as asked, ordering, hashing and
    immutability to a class from its annotated fields."""

    def wrap(cls):
        #@line 1220
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots,
                              weakref_slot)

    if cls is None:
        return wrap
    #@line 1230
    return wrap(cls)


def fields(class_or_instance):
    """The fields of a dataclass or of an instance of one, as a tuple of
    Field objects (without class variables and init-only variables)."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    #@line 1243
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a new dict, recursing into
    dataclasses, lists, tuples and dicts (other values are deep-copied)."""
    #@line 1282
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a new tuple, recursing as
    asdict() does."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Makes a new dataclass named cls_name from (name, type[, field])
    items or bare names (typed 'typing.Any')."""
    namespace = {} if namespace is None else namespace.copy()
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    namespace.update(defaults)
    namespace['__annotations__'] = annotations
    namespace['__module__'] = '__main__' if module is None else module
    cls = types.new_class(cls_name, bases, {}, lambda ns: ns.update(namespace))
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new object of obj's class with the given fields changed."""
    #@line 1471
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                #@line 1485
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                #@line 1492
                raise ValueError(f"InitVar {f.name!r} "
                                 'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    #@line 1501
    return obj.__class__(**changes)
