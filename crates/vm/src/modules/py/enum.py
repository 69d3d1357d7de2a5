"""Enumerations: Enum, IntEnum, StrEnum, Flag and IntFlag."""

# The `#@line N` marks put the lines a traceback shows from here at the
# line numbers they have in CPython's enum.py.

from types import MappingProxyType

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
    'ReprEnum', 'auto', 'unique', 'property', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
]

# Filled in as the base classes come into being: the metaclass treats the
# classes of this module specially until then.
Enum = Flag = ReprEnum = None
_builtin_property = property
STRICT = CONFORM = EJECT = KEEP = None


class _Placeholder:
    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return self._name


_auto_null = _Placeholder('_auto_null')

# Sunder names an enum class body may define.
_ALLOWED_SUNDERS = frozenset([
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
    '_ignore_', '_iter_member_', '_iter_member_by_value_',
    '_iter_member_by_def_',
])


def _is_dunder(name):
    return (len(name) > 4 and name.startswith('__') and name.endswith('__')
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == '_' and name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name.lstrip('_')
    return (len(name) > len(prefix) and name.startswith(prefix)
            and not name.endswith('__'))


def _is_descriptor(obj):
    return (isinstance(obj, _FunctionType) or hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


_FunctionType = type(_is_descriptor)


def _is_single_bit(num):
    return num > 0 and num & (num - 1) == 0


class nonmember:
    """Protects a value in an enum class body from becoming a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Makes a value in an enum class body a member."""

    def __init__(self, value):
        self.value = value


class auto:
    """Stands for the value `_generate_next_value_` gives the member."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class property:
    """An attribute of the members (`name`, `value`) that, read from the
    class, gives the member of that name if there is one."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        if doc is None and fget is not None:
            doc = getattr(fget, '__doc__', None)
        self.__doc__ = doc
        self.member = None
        self.name = None
        self.clsname = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError(self.name)
        if self.fget is None:
            raise AttributeError(
                '%r has no attribute %r' % (ownerclass, self.name))
        return self.fget(instance)

    #@line 213
    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(
                "<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(
                "<enum %r> cannot delete attribute %r" % (self.clsname, self.name))
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


class _EnumDict(dict):
    """The namespace of an enum class body: it records the members in
    order, fills in `auto()` values and refuses names defined twice."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._generate_next_value = None
        self._cls_name = ''

    def _resolve_auto(self, key, value):
        if value.value is _auto_null:
            value.value = self._generate_next_value(
                key, 1, len(self._member_names), self._last_values[:])
            self._auto_called = True
        return value.value

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _ALLOWED_SUNDERS:
                #@line 391
                raise ValueError(
                    '_sunder_ names, such as %r, are reserved for future Enum use'
                    % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    #@line 398
                    raise TypeError("_generate_next_value_ must be defined before members")
                found = value.__func__ if isinstance(value, staticmethod) else value
                self._generate_next_value = found
            elif key == '_ignore_':
                names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                self._ignore = names
                clash = set(names) & set(self._member_names)
                if clash:
                    #@line 409
                    raise ValueError(
                        '_ignore_ cannot specify already set names: %r' % (clash,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            #@line 418
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                #@line 433
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                value = self._resolve_auto(key, value)
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(self._resolve_auto(key, v) if isinstance(v, auto) else v
                              for v in value)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        #@line 485
        metacls._check_for_existing_members_(cls, bases)
        _, first_enum = _mixins(cls, bases)
        namespace = _EnumDict()
        namespace._cls_name = cls
        if first_enum is not None:
            namespace['_generate_next_value_'] = getattr(
                first_enum, '_generate_next_value_', None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        member_type, first_enum = _mixins(cls, bases)
        member_names = list(getattr(classdict, '_member_names', ()))
        ignore = list(classdict.get('_ignore_', ()))
        body = {}
        for key, value in classdict.items():
            if key in member_names or key in ignore or key == '_ignore_':
                continue
            body[key] = value
        for bad in ('mro', ''):
            if bad in member_names:
                raise ValueError('invalid enum member name(s) %r' % (bad,))
        new, save_new, use_args = metacls._member_new_(classdict, member_type, first_enum)
        order = body.pop('_order_', None)
        body['_new_member_'] = new
        body['_use_args_'] = use_args
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_member_type_'] = member_type
        body['_value_repr_'] = None
        is_flag = boundary is not None or (
            Flag is not None and any(issubclass(b, Flag) for b in bases))
        if is_flag:
            body['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            body['_flag_mask_'] = 0
            body['_singles_mask_'] = 0
            body['_all_bits_'] = 0
            body['_inverted_'] = None
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        if Enum is not None:
            if save_new:
                setattr(enum_class, '__new_member__', new)
            setattr(enum_class, '__new__', Enum.__dict__['__new__'])
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type '
                                '(i.e. int, str, float, etc.)')
            if '__format__' not in body:
                setattr(enum_class, '__format__', member_type.__format__)
            if '__str__' not in body:
                method = member_type.__repr__ if _str_uses_repr(member_type) else member_type.__str__
                setattr(enum_class, '__str__', method)
        if Enum is not None and member_type is not object:
            # The enum's own methods, not the data type's, for these.
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in body:
                    continue
                owner = _defining_class(enum_class, name)
                if owner is None or owner is object or owner in member_type.__mro__:
                    setattr(enum_class, name, getattr(first_enum, name))
            if '__hash__' not in body and _defining_class(enum_class, '__hash__') in (Enum, Flag):
                setattr(enum_class, '__hash__', member_type.__hash__)
        if is_flag and Flag is not None:
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__',
                         '__rxor__', '__invert__'):
                if name not in body:
                    setattr(enum_class, name, Flag.__dict__[name])
        for name in member_names:
            enum_class._add_member_(name, classdict[name])
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    @staticmethod
    def _member_new_(classdict, member_type, first_enum):
        # The function that makes each member, whether it takes the value
        # as arguments, and whether the class's own __new__ is kept for
        # enums derived from it.
        new = classdict.get('__new__')
        if new is not None:
            if isinstance(new, staticmethod):
                new = new.__func__
            return new, True, True
        if first_enum is not None:
            inherited = getattr(first_enum, '__new_member__', None)
            if inherited is not None:
                return inherited, False, True
        if member_type is not object:
            return member_type.__new__, False, True
        return object.__new__, False, False

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        if cls._use_args_:
            new_member = cls._new_member_(cls, *args)
        else:
            new_member = cls._new_member_(cls)
        if not hasattr(new_member, '_value_'):
            if cls._member_type_ is object:
                new_member._value_ = value
            else:
                try:
                    new_member._value_ = cls._member_type_(*args)
                except Exception as exc:
                    error = TypeError('_value_ not set in __new__, unable to create it')
                    error.__cause__ = exc
                    raise error
        value = new_member._value_
        new_member._name_ = name
        new_member.__objclass__ = cls
        new_member.__init__(*args)
        new_member._sort_order_ = len(cls._member_names_)
        is_flag = Flag is not None and issubclass(cls, Flag)
        if is_flag and isinstance(value, int):
            cls._flag_mask_ |= value
            if _is_single_bit(value):
                cls._singles_mask_ |= value
            cls._all_bits_ = 2 ** cls._flag_mask_.bit_length() - 1
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            pass
        if canonical is None:
            for existing in cls._member_map_.values():
                if existing._value_ == value:
                    canonical = existing
                    break
        if canonical is not None:
            new_member = canonical
        elif not is_flag or (isinstance(value, int) and _is_single_bit(value)):
            cls._member_names_.append(name)
        descriptor = None
        for klass in cls.__mro__[1:]:
            found = klass.__dict__.get(name)
            if found is not None:
                descriptor = found
                break
        if isinstance(descriptor, property):
            shim = property(descriptor.fget, descriptor.fset, descriptor.fdel)
            shim.member = new_member
            shim.name = name
            shim.clsname = descriptor.clsname
            setattr(cls, name, shim)
        else:
            setattr(cls, name, new_member)
        cls._member_map_[name] = new_member
        try:
            cls._value2member_map_.setdefault(value, new_member)
        except TypeError:
            pass

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        #@line 711
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings
            warnings.warn(
                    "in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                    "False depending on whether the value is a member or the value of a member",
                    DeprecationWarning,
                    stacklevel=2,
                    )
            #@line 740
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    #@line 747
    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = set(['__class__', '__contains__', '__doc__', '__getitem__',
                     '__init_subclass__', '__iter__', '__len__', '__members__',
                     '__module__', '__name__', '__qualname__'])
        names.update(cls._member_names_)
        if cls._use_args_:
            names.add('__new__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    #@line 777
    def __getattr__(cls, name):
        # Members are found here as well as in the class's dict.
        if name[:2] == name[-2:] == '__' and len(name) > 4:
            raise AttributeError(name)
        try:
            return cls.__dict__['_member_map_'][name]
        except KeyError:
            raise AttributeError(name) from None

    #@line 789
    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    #@line 834
    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name, ))
        super().__setattr__(name, value)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    #@line 936
                    raise TypeError(
                            "<enum %r> cannot extend %r"
                            % (class_name, base)
                            )

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = _mixins(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            given, names = names, []
            last_values = []
            for count, name in enumerate(given):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        classdict['__module__'] = '__main__' if module is None else module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)


EnumMeta = EnumType


def _data_type(class_name, bases):
    """The built-in (or other) type the members are instances of besides
    the enum, `object` when there is none."""
    found = []
    for base in bases:
        candidate = None
        for cls in base.__mro__:
            if cls is object:
                continue
            if isinstance(cls, EnumType):
                if cls._member_type_ is not object:
                    found.append(cls._member_type_)
                    break
                continue
            if _defines_new(cls):
                found.append(candidate or cls)
                break
            candidate = candidate or cls
    distinct = []
    for t in found:
        if t not in distinct:
            distinct.append(t)
    if len(distinct) > 1:
        raise TypeError('too many data types for %r: %r' % (class_name, set(distinct)))
    return distinct[0] if distinct else object


_BUILTIN_DATA_TYPES = (int, float, complex, str, bytes, bytearray, tuple,
                       list, dict, set, frozenset)


def _defines_new(cls):
    return cls in _BUILTIN_DATA_TYPES or '__new__' in cls.__dict__


def _mixins(class_name, bases):
    if not bases:
        return object, Enum
    for chain in bases:
        for base in chain.__mro__:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (class_name, base))
    first_enum = bases[-1]
    if not isinstance(first_enum, EnumType):
        raise TypeError("new enumerations should be created as "
                        "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
    return _data_type(class_name, bases), first_enum


def _str_uses_repr(data_type):
    # Whether str() of the data type is its repr(), as for int and float.
    for cls in data_type.__mro__:
        if cls in (str, bytes, bytearray):
            return False
        if cls in (int, float, complex, object):
            return True
        if '__str__' in cls.__dict__:
            return False
    return True


def _defining_class(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass
    return None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                and isinstance(result, int)):
            return result
        #@line 1133
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError(
                'error in %s._missing_: returned %r instead of None or a valid member'
                % (cls.__name__, result))
        #@line 1141
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        # 3.11's rule: one more than the last value when that is the
        # largest; otherwise (CPython warns, which pyview does not) one
        # more than the largest value that supports it, sorting the list.
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
        except TypeError:
            pass
        for previous in reversed(last_values):
            try:
                return previous + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        show = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, show(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        names = set(['__class__', '__doc__', '__eq__', '__hash__', '__module__'])
        if self._member_type_ is not object:
            names.update(object.__dir__(self))
        for name in getattr(self, '__dict__', ()):
            if not name.startswith('_'):
                names.add(name)
        for klass in self.__class__.__mro__[:-1]:
            for name in klass.__dict__:
                if not name.startswith('_') and name not in self._member_map_:
                    names.add(name)
        return sorted(names)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in
    type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) >= 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        text = str(*values)
        new_member = str.__new__(cls, text)
        new_member._value_ = text
        return new_member

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


#@line 1560
def unique(enumeration):
    """
    Class decorator for enumerations ensuring unique member values.
    """
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(
                ["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' %
                (enumeration, alias_details))
    return enumeration


class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits no member has."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _binary(num, width):
    return '0b0 ' + format(num, 'b').zfill(width)


class Flag(Enum, boundary=STRICT):
    """Support for flags"""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        if not isinstance(last, int):
            raise TypeError('invalid flag value %r' % (last,))
        return 2 ** last.bit_length()

    @classmethod
    def _iter_member_by_value_(cls, value):
        bit = 1
        while bit <= value:
            if value & bit:
                found = cls._value2member_map_.get(bit)
                if found is not None:
                    yield found
            bit <<= 1

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    _iter_member_ = _iter_member_by_def_

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        original = value
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _binary(value, width), _binary(flag_mask, width)))
            if boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value += max(all_bits + 1, 2 ** value.bit_length())
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            value += all_bits + 1
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        members = list(cls._iter_member_(value & singles_mask))
        combined = 0
        for m in members:
            combined |= m._value_
        for m in cls._member_map_.values():
            if m not in members and m._value_ and m._value_ & value == m._value_ \
                    and m._value_ & ~combined:
                members.append(m)
                combined |= m._value_
        if combined:
            pseudo._name_ = '|'.join(m._name_ for m in members)
            unknown = value & ~combined
            if unknown:
                pseudo._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if original < 0:
            cls._value2member_map_[original] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        name = self.__class__.__name__
        show = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (name, show(self._value_))
        return "<%s.%s: %s>" % (name, self._name_, show(self._value_))

    def __str__(self):
        name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (name, self._value_)
        return "%s.%s" % (name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return other
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return other
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return other
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                inverted = self.__class__(~self._value_)
            else:
                inverted = self.__class__(self._singles_mask_ & ~self._value_)
            self._inverted_ = inverted
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""
