"""Text documentation of Python objects: what help() prints.

pyview's pydoc writes the plain-text form CPython's pydoc gives when its
output is not a terminal (no pager, no bold): functions and built-ins with
their signatures, classes with their method resolution order and their
attributes grouped by kind and defining class, modules with their classes,
functions and data. The interactive help utility (help() with no argument)
and the keyword and topic pages are not provided.
"""

import builtins
import inspect
import sys

__all__ = ['help', 'render_doc', 'getdoc', 'describe', 'plain', 'Helper']

_HIDDEN_NAMES = frozenset({
    '__author__', '__builtins__', '__cached__', '__credits__', '__date__',
    '__doc__', '__file__', '__spec__', '__loader__', '__module__',
    '__name__', '__package__', '__path__', '__qualname__', '__slots__',
    '__version__'})


def plain(text):
    """Drop overstruck bold (`c\\bc`) from text."""
    out = []
    i = 0
    while i < len(text):
        if i + 1 < len(text) and text[i + 1] == '\b':
            i += 2
            continue
        out.append(text[i])
        i += 1
    return ''.join(out)


def _own_doc(obj):
    try:
        doc = object.__getattribute__(obj, '__doc__')
    except AttributeError:
        return None
    if doc is None:
        return None
    if obj is not type:
        typedoc = type(obj).__doc__
        if isinstance(typedoc, str) and typedoc == doc:
            return None
    return doc


def _class_of_function(func):
    """The class a function's qualified name places it in, if any."""
    owner = sys.modules.get(func.__module__)
    if owner is None:
        return None
    for part in func.__qualname__.split('.')[:-1]:
        owner = getattr(owner, part, None)
        if owner is None:
            return None
    return owner if isinstance(owner, type) else None


def _inherited_doc(obj):
    """The docstring of the attribute `obj` overrides, in its class's MRO."""
    if inspect.ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        if not (isinstance(owner, type) and
                getattr(getattr(owner, name, None), '__func__', None) is obj.__func__):
            owner = type(owner)
    elif inspect.isfunction(obj):
        name = obj.__name__
        owner = _class_of_function(obj)
        if owner is None or getattr(owner, name, None) is not obj:
            return None
    elif type(obj).__name__ in ('method_descriptor', 'wrapper_descriptor',
                                'getset_descriptor', 'member_descriptor'):
        name = obj.__name__
        owner = obj.__objclass__
        if getattr(owner, name, None) is not obj:
            return None
    elif isinstance(obj, property):
        if obj.fget is None:
            return None
        name = obj.fget.__name__
        owner = _class_of_function(obj.fget)
        if owner is None or getattr(owner, name, None) is not obj:
            return None
    else:
        return None
    for base in owner.__mro__:
        try:
            doc = _own_doc(getattr(base, name))
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _getdoc(obj):
    doc = _own_doc(obj)
    if doc is None:
        try:
            doc = _inherited_doc(obj)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return inspect.cleandoc(doc)


def getdoc(obj):
    """The cleaned docstring of `obj`, or ''."""
    doc = _getdoc(obj)
    if not doc:
        return ''
    doc = doc.rstrip()
    while doc.startswith(' ') or doc.startswith('\n'):
        head, sep, rest = doc.partition('\n')
        if head.strip() or not sep:
            break
        doc = rest
    return doc


def splitdoc(doc):
    """A docstring's synopsis line and the rest."""
    lines = doc.strip().split('\n')
    if len(lines) == 1:
        return lines[0], ''
    if not lines[1].rstrip():
        return lines[0], '\n'.join(lines[2:])
    return '', '\n'.join(lines)


def classname(cls, modname):
    name = cls.__name__
    if cls.__module__ != modname:
        name = cls.__module__ + '.' + name
    return name


def isdata(obj):
    return not (inspect.ismodule(obj) or inspect.isclass(obj) or
                inspect.isroutine(obj) or inspect.isframe(obj) or
                inspect.istraceback(obj) or inspect.iscode(obj))


def visiblename(name, all=None, obj=None):
    if name in _HIDDEN_NAMES:
        return False
    if name.startswith('__') and name.endswith('__'):
        return True
    if name.startswith('_') and hasattr(obj, '_fields'):
        return True
    if all is not None:
        return name in all
    return not name.startswith('_')


def _cram(text, maxlen):
    if len(text) > maxlen:
        pre = max(0, (maxlen - 3) // 2)
        post = max(0, maxlen - 3 - pre)
        return text[:pre] + '...' + text[len(text) - post:]
    return text


def _strip_address(text):
    """Drop ' at 0x...' before the closing '>'s of a repr."""
    end = len(text)
    while end and text[end - 1] == '>':
        end -= 1
    if end == len(text):
        return text
    at = text.rfind(' at 0x', 0, end)
    if at < 0:
        return text
    digits = text[at + 6:end]
    if 6 <= len(digits) <= 16 and all(c in '0123456789abcdefABCDEF' for c in digits):
        return text[:at] + text[end:]
    return text


class _TextRepr:
    """Short reprs, as pydoc's (containers cut after 20 items, strings and
    other reprs after 100 characters)."""
    maxlevel = 6
    maxlist = maxtuple = 20
    maxdict = 10
    maxset = maxfrozenset = 6
    maxdeque = 6
    maxstring = maxother = 100
    maxlong = 40

    def repr(self, x):
        return self._repr(x, self.maxlevel)

    def _repr(self, x, level):
        if isinstance(x, str) and type(x) is str:
            return self._str(x)
        if type(x) is int:
            s = builtins.repr(x)
            if len(s) > self.maxlong:
                i = max(0, (self.maxlong - 3) // 2)
                j = max(0, self.maxlong - 3 - i)
                s = s[:i] + '...' + s[len(s) - j:]
            return s
        if type(x) is list:
            return self._seq(x, level, '[', ']', self.maxlist)
        if type(x) is tuple:
            tail = ',' if len(x) == 1 else ''
            return self._seq(x, level, '(', tail + ')', self.maxtuple)
        if type(x) is dict:
            if not x:
                return '{}'
            if level <= 0:
                return '{...}'
            parts = []
            for i, key in enumerate(sorted(x, key=_safe_key)):
                if i >= self.maxdict:
                    parts.append('...')
                    break
                parts.append(self._repr(key, level - 1) + ': ' +
                             self._repr(x[key], level - 1))
            return '{%s}' % ', '.join(parts)
        try:
            text = builtins.repr(x)
        except Exception:
            return '<%s instance>' % type(x).__name__
        return _cram(_strip_address(text), self.maxother)

    def _seq(self, x, level, left, right, limit):
        if not x:
            return left + right.lstrip(',')
        if level <= 0:
            return left + '...' + right
        parts = [self._repr(item, level - 1) for item in x[:limit]]
        if len(x) > limit:
            parts.append('...')
        return left + ', '.join(parts) + right

    def _str(self, x):
        test = _cram(x, self.maxstring)
        testrepr = builtins.repr(test)
        if '\\' in test and '\\' not in testrepr.replace('\\\\', ''):
            return 'r' + testrepr[0] + test + testrepr[0]
        return testrepr


def _safe_key(x):
    return (str(type(x)), x)


def _signature_text(obj):
    try:
        sig = inspect.signature(obj)
    except (ValueError, TypeError):
        return None
    return str(sig)


def _is_bound_method(fn):
    if inspect.ismethod(fn):
        return True
    if inspect.isbuiltin(fn):
        owner = getattr(fn, '__self__', None)
        return not (inspect.ismodule(owner) or owner is None)
    return False


def _split(items, predicate):
    yes, no = [], []
    for item in items:
        (yes if predicate(item) else no).append(item)
    return yes, no


def _is_data_descriptor(value):
    t = type(value)
    if t.__name__ in ('getset_descriptor', 'member_descriptor'):
        return True
    return hasattr(t, '__set__') or hasattr(t, '__delete__')


def _classify(cls):
    """(name, kind, defining class, raw value) for each name dir(cls) lists."""
    mro = cls.__mro__
    result = []
    for name in dir(cls):
        home = raw = None
        for base in mro:
            try:
                raw = base.__dict__[name]
            except KeyError:
                continue
            home = base
            break
        if home is None:
            continue
        raw_type = type(raw).__name__
        if raw_type == 'builtin_function_or_method' and isinstance(
                getattr(raw, '__self__', None), type) and name != '__new__':
            # pyview's class methods of built-in types are bound already.
            kind = 'class method'
        elif isinstance(raw, staticmethod) or raw_type == 'builtin_function_or_method':
            kind = 'static method'
        elif isinstance(raw, classmethod) or raw_type == 'classmethod_descriptor':
            kind = 'class method'
        elif isinstance(raw, property):
            kind = 'readonly property' if raw.fset is None else 'data descriptor'
        elif _is_data_descriptor(raw) and not inspect.isroutine(raw):
            kind = 'data descriptor'
            # As inspect does: what the class gives for the name decides.
            # (but `__dict__`, whose proxy it does not want).
            got = raw if name == '__dict__' else getattr(cls, name, raw)
            if not _is_data_descriptor(got):
                kind, raw = 'data', got
        elif inspect.isroutine(raw) or raw_type in ('method_descriptor',
                                                    'wrapper_descriptor'):
            kind = 'method'
        else:
            kind = 'data'
        result.append((name, kind, home, raw))
    return result


class TextDoc:
    """Plain-text documentation of modules, classes, routines and data."""

    _repr = _TextRepr()

    def repr(self, obj):
        return self._repr.repr(obj)

    def bold(self, text):
        return text

    def indent(self, text, prefix='    '):
        if not text:
            return ''
        lines = [prefix + line for line in text.split('\n')]
        lines[-1] = lines[-1].rstrip()
        return '\n'.join(lines)

    def section(self, title, contents):
        return self.bold(title) + '\n' + self.indent(contents).rstrip() + '\n\n'

    def document(self, obj, name=None, *args):
        try:
            if inspect.ismodule(obj):
                return self.docmodule(obj, name, *args)
            if inspect.isclass(obj):
                return self.docclass(obj, name, *args)
            if inspect.isroutine(obj):
                return self.docroutine(obj, name, *args)
        except AttributeError:
            pass
        if _is_data_descriptor(obj):
            return self.docdata(obj, name, *args)
        return self.docother(obj, name, *args)

    def formattree(self, tree, modname, parent=None, prefix=''):
        result = ''
        for entry in tree:
            if type(entry) is tuple:
                c, bases = entry
                result += prefix + classname(c, modname)
                if bases and bases != (parent,):
                    result += '(%s)' % ', '.join(classname(b, modname) for b in bases)
                result += '\n'
            elif type(entry) is list:
                result += self.formattree(entry, modname, c, prefix + '    ')
        return result

    def docmodule(self, module, name=None, mod=None):
        name = module.__name__
        synopsis, description = splitdoc(getdoc(module))
        result = self.section('NAME', name + (synopsis and ' - ' + synopsis))
        all = getattr(module, '__all__', None)
        docloc = self.getdocloc(module)
        if docloc is not None:
            result += self.section('MODULE REFERENCE', docloc + """

The following documentation is automatically generated from the Python
source files.  It may be incomplete, incorrect or include features that
are considered implementation detail and may vary between Python
implementations.  When in doubt, consult the module reference at the
location listed above.
""")
        if description:
            result += self.section('DESCRIPTION', description)
        classes, funcs, data = [], [], []
        for key, value in inspect.getmembers(module, inspect.isclass):
            if (all is not None or
                    (inspect.getmodule(value) or module) is module):
                if visiblename(key, all, module):
                    classes.append((key, value))
        for key, value in inspect.getmembers(module, inspect.isroutine):
            if (all is not None or inspect.isbuiltin(value) or
                    inspect.getmodule(value) is module):
                if visiblename(key, all, module):
                    funcs.append((key, value))
        for key, value in inspect.getmembers(module, isdata):
            if visiblename(key, all, module):
                data.append((key, value))
        if classes:
            contents = [self.formattree(_class_tree([v for _, v in classes]), name)]
            for key, value in classes:
                contents.append(self.document(value, key, name))
            result += self.section('CLASSES', '\n'.join(contents))
        if funcs:
            result += self.section('FUNCTIONS', '\n'.join(
                self.document(value, key, name) for key, value in funcs))
        if data:
            result += self.section('DATA', '\n'.join(
                self.docother(value, key, name, maxlen=70) for key, value in data))
        if hasattr(module, '__version__'):
            result += self.section('VERSION', str(module.__version__))
        for attr, title in (('__date__', 'DATE'), ('__author__', 'AUTHOR'),
                            ('__credits__', 'CREDITS')):
            if hasattr(module, attr):
                result += self.section(title, str(getattr(module, attr)))
        path = getattr(module, '__file__', None)
        result += self.section('FILE', path if path else '(built-in)')
        return result

    PYTHONDOCS = 'https://docs.python.org/%d.%d/library' % sys.version_info[:2]

    def getdocloc(self, module):
        """The online reference of a standard module, or None."""
        import os
        name = module.__name__
        path = getattr(module, '__file__', None) or '(built-in)'
        standard = (name in ('errno', 'exceptions', 'gc', 'imp', 'marshal', 'posix',
                             'signal', 'sys', '_thread', 'zipimport') or
                    (path.startswith('/usr/lib/python3.11/') and
                     not path.startswith('/usr/lib/python3.11/site-packages')))
        if not standard or name in ('xml.etree', 'test.pydoc_mod'):
            return None
        docloc = os.environ.get('PYTHONDOCS', self.PYTHONDOCS)
        if docloc.startswith(('http://', 'https://')):
            return '%s/%s.html' % (docloc.rstrip('/'), name.lower())
        return os.path.join(docloc, name.lower() + '.html')

    def docclass(self, cls, name=None, mod=None, *ignored):
        realname = cls.__name__
        name = name or realname
        bases = cls.__bases__
        modname = cls.__module__
        if name == realname:
            title = 'class ' + self.bold(realname)
        else:
            title = self.bold(name) + ' = class ' + realname
        if bases:
            title += '(%s)' % ', '.join(classname(b, modname) for b in bases)

        contents = []
        push = contents.append
        argspec = _signature_text(cls)
        if argspec and argspec != '()':
            push(name + argspec + '\n')
        doc = getdoc(cls)
        if doc:
            push(doc + '\n')

        mro = list(cls.__mro__)
        if len(mro) > 2:
            push('Method resolution order:')
            for base in mro:
                push('    ' + classname(base, modname))
            push('')

        subclasses = sorted(
            (str(c.__name__) for c in type.__subclasses__(cls)
             if not c.__name__.startswith('_') and c.__module__ == 'builtins'),
            key=str.lower)
        if subclasses:
            push('Built-in subclasses:')
            for sub in subclasses[:4]:
                push('    ' + sub)
            if len(subclasses) > 4:
                push('    ... and ' + str(len(subclasses) - 4) + ' other subclasses')
            push('')

        rule = [False]

        def separator():
            if rule[0]:
                push('-' * 70)
            rule[0] = True

        def routine(attr, home, raw):
            try:
                value = getattr(cls, attr)
            except Exception:
                return self.docdata(raw, attr, mod)
            return self.document(value, attr, mod, cls)

        def descriptor(attr, home, raw):
            return self.docdata(raw, attr, mod)

        def data(attr, home, raw):
            try:
                value = getattr(cls, attr)
            except AttributeError:
                value = home.__dict__[attr]
            return self.docother(value, attr, mod, maxlen=70, doc=getdoc(raw)) + '\n'

        kinds = (('Methods', 'method', routine),
                 ('Class methods', 'class method', routine),
                 ('Static methods', 'static method', routine),
                 ('Readonly properties', 'readonly property', descriptor),
                 ('Data descriptors', 'data descriptor', descriptor),
                 ('Data and other attributes', 'data', data))

        attrs = [a for a in _classify(cls) if visiblename(a[0], obj=cls)]
        while attrs:
            if mro:
                this = mro.pop(0)
            else:
                this = attrs[0][2]
            attrs, inherited = _split(attrs, lambda a: a[2] is this)
            if cls is not builtins.object and this is builtins.object:
                attrs = inherited
                continue
            if this is cls:
                tag = 'defined here'
            else:
                tag = 'inherited from %s' % classname(this, modname)
            attrs.sort(key=lambda a: a[0])
            for heading, kind, render in kinds:
                ok, attrs = _split(attrs, lambda a: a[1] == kind)
                if ok:
                    separator()
                    push('%s %s:\n' % (heading, tag))
                    for attr, _, home, raw in ok:
                        push(render(attr, home, raw))
            attrs = inherited

        text = '\n'.join(contents)
        if not text:
            return title + '\n'
        return title + '\n' + self.indent(text.rstrip(), ' |  ') + '\n'

    def docroutine(self, obj, name=None, mod=None, cl=None):
        realname = obj.__name__
        name = name or realname
        note = ''
        skipdocs = False
        if _is_bound_method(obj):
            owner_class = obj.__self__.__class__
            if cl:
                if owner_class is not cl:
                    note = ' from ' + classname(owner_class, mod)
            elif obj.__self__ is not None:
                note = ' method of %s instance' % classname(owner_class, mod)
            else:
                note = ' unbound %s method' % classname(owner_class, mod)
        if inspect.iscoroutinefunction(obj) or inspect.isasyncgenfunction(obj):
            qualifier = 'async '
        else:
            qualifier = ''
        if name == realname:
            title = self.bold(realname)
        else:
            if cl and inspect.getattr_static(cl, realname, []) is obj:
                skipdocs = True
            title = self.bold(name) + ' = ' + realname
        argspec = _signature_text(obj)
        if argspec and realname == '<lambda>':
            title = self.bold(name) + ' lambda '
            argspec = argspec[1:-1]
        if not argspec:
            argspec = '(...)'
        decl = qualifier + title + argspec + note
        if skipdocs:
            return decl + '\n'
        doc = getdoc(obj) or ''
        return decl + '\n' + (doc and self.indent(doc).rstrip() + '\n')

    def docdata(self, obj, name=None, mod=None, cl=None):
        parts = []
        if name:
            parts.append(self.bold(name) + '\n')
        doc = getdoc(obj) or ''
        if doc:
            parts.append(self.indent(doc) + '\n')
        return ''.join(parts)

    docproperty = docdata

    def docother(self, obj, name=None, mod=None, parent=None, maxlen=None, doc=None):
        text = self.repr(obj)
        if maxlen:
            line = (name and name + ' = ' or '') + text
            chop = maxlen - len(line)
            if chop < 0:
                text = text[:chop] + '...'
        line = (name and self.bold(name) + ' = ' or '') + text
        if not doc:
            doc = getdoc(obj)
        if doc:
            line += '\n' + self.indent(str(doc)) + '\n'
        return line


def _class_tree(classes):
    """inspect.getclasstree(classes, unique=True)."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                children.setdefault(parent, [])
                if c not in children[parent]:
                    children[parent].append(c)
                break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return _walk_tree(roots, children, None)


def _walk_tree(classes, children, parent):
    result = []
    for c in sorted(classes, key=lambda c: (c.__module__, c.__name__)):
        result.append((c, c.__bases__))
        if c in children:
            result.append(_walk_tree(children[c], children, c))
    return result


text = TextDoc()
plaintext = text


def describe(thing):
    """A short description of `thing`."""
    if inspect.ismodule(thing):
        if thing.__name__ in sys.builtin_module_names:
            return 'built-in module ' + thing.__name__
        if hasattr(thing, '__path__'):
            return 'package ' + thing.__name__
        return 'module ' + thing.__name__
    if inspect.isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    if type(thing).__name__ == 'getset_descriptor':
        owner = thing.__objclass__
        return 'getset descriptor %s.%s.%s' % (owner.__module__, owner.__name__,
                                                thing.__name__)
    if type(thing).__name__ == 'member_descriptor':
        owner = thing.__objclass__
        return 'member descriptor %s.%s.%s' % (owner.__module__, owner.__name__,
                                                thing.__name__)
    if inspect.isclass(thing):
        return 'class ' + thing.__name__
    if inspect.isfunction(thing):
        return 'function ' + thing.__name__
    if inspect.ismethod(thing):
        return 'method ' + thing.__name__
    return type(thing).__name__


def locate(path, forceload=0):
    """The object a dotted path names, importing modules as needed."""
    parts = [part for part in path.split('.') if part]
    module, n = None, 0
    while n < len(parts):
        try:
            found = __import__('.'.join(parts[:n + 1]))
            for part in parts[1:n + 1]:
                found = getattr(found, part)
        except ImportError:
            break
        module, n = found, n + 1
    obj = module if module else builtins
    for part in parts[n:]:
        try:
            obj = getattr(obj, part)
        except AttributeError:
            return None
    return obj


def resolve(thing, forceload=0):
    if isinstance(thing, str):
        obj = locate(thing, forceload)
        if obj is None:
            raise ImportError('''\
No Python documentation found for %r.
Use help() to get the interactive help utility.
Use help(str) for help on the str class.''' % thing)
        return obj, thing
    name = getattr(thing, '__name__', None)
    return thing, name if isinstance(name, str) else None


def render_doc(thing, title='Python Library Documentation: %s', forceload=0,
               renderer=None):
    """The text documentation of `thing` (an object or a dotted path)."""
    if renderer is None:
        renderer = text
    obj, name = resolve(thing, forceload)
    desc = describe(obj)
    module = inspect.getmodule(obj)
    if name and '.' in name:
        desc += ' in ' + name[:name.rfind('.')]
    elif module and module is not obj:
        desc += ' in module ' + module.__name__
    if not (inspect.ismodule(obj) or inspect.isclass(obj) or
            inspect.isroutine(obj) or _is_data_descriptor(obj) or _getdoc(obj)):
        if hasattr(obj, '__origin__'):
            obj = obj.__origin__
        else:
            obj = type(obj)
            desc += ' object'
    return title % desc + '\n\n' + renderer.document(obj, name)


def doc(thing, title='Python Library Documentation: %s', forceload=0,
        output=None, is_cli=False):
    """Write the documentation of `thing` to sys.stdout (or `output`)."""
    try:
        rendered = render_doc(thing, title, forceload)
    except ImportError as exc:
        if is_cli:
            raise
        print(exc)
        return
    if output is None:
        sys.stdout.write(plain(rendered))
    else:
        output.write(plain(rendered))


class Helper:
    """help(): documentation of objects, names and modules."""

    def __repr__(self):
        return ('Type help() for interactive help, '
                'or help(object) for help about object.')

    def __call__(self, request=None):
        if request is None:
            sys.stdout.write(
                'pyview has no interactive help utility; '
                'use help(object) for help about object.\n')
            return
        self.help(request)

    def help(self, request, is_cli=False):
        if isinstance(request, str):
            request = request.strip()
            if request in ('True', 'False', 'None'):
                doc(eval(request), 'Help on %s:', is_cli=is_cli)
            elif request:
                doc(request, 'Help on %s:', is_cli=is_cli)
            else:
                doc(str, 'Help on %s:', is_cli=is_cli)
        elif isinstance(request, Helper):
            self()
        else:
            doc(request, 'Help on %s:', is_cli=is_cli)
        sys.stdout.write('\n')


help = Helper()
