"""pyview's argparse: command-line parsing with CPython 3.11's behaviour,
help layout and messages (written for pyview, not CPython's source).

ArgumentParser, the argument groups and mutually exclusive groups,
subparsers, every built-in action (and Action subclasses), nargs, types,
choices, FileType, the four help formatters (plus MetavarTypeHelpFormatter),
parse_args, parse_known_args and the intermixed variants.
"""

import os as _os
import re as _re
import sys as _sys
import warnings as _warnings

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
    'BooleanOptionalAction', 'FileType', 'HelpFormatter',
    'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace',
    'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'

_SPACES = _re.compile(r'\s+', _re.ASCII)


class _AttributeHolder(object):
    """Gives a repr naming the positional and keyword attributes."""

    def __repr__(self):
        shown = [repr(arg) for arg in self._get_args()]
        odd = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                shown.append('%s=%r' % (name, value))
            else:
                odd[name] = value
        if odd:
            shown.append('**%r' % (odd,))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


def _copy_items(items):
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


# ---------------------------------------------------------------- formatting

class HelpFormatter(object):
    """Lays out usage, text and argument help (wrapped to the terminal)."""

    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        if width is None:
            import shutil
            width = shutil.get_terminal_size().columns - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._root_section = self._Section(self, None)
        self._current_section = self._root_section

    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        assert self._current_indent >= 0, 'Indent decreased below 0.'
        self._level -= 1

    class _Section(object):
        def __init__(self, formatter, parent, heading=None):
            self.formatter = formatter
            self.parent = parent
            self.heading = heading
            self.items = []

        def format_help(self):
            fmt = self.formatter
            if self.parent is not None:
                fmt._indent()
            body = fmt._join_parts([func(*args) for func, args in self.items])
            if self.parent is not None:
                fmt._dedent()
            if not body:
                return ''
            heading = ''
            if self.heading is not SUPPRESS and self.heading is not None:
                heading = ' ' * fmt._current_indent + self.heading + ':\n'
            return fmt._join_parts(['\n', heading, body, '\n'])

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    def start_section(self, heading):
        self._indent()
        section = self._Section(self, self._current_section, heading)
        self._add_item(section.format_help, [])
        self._current_section = section

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        invocations = [self._format_action_invocation(action)]
        for sub in self._iter_indented_subactions(action):
            invocations.append(self._format_action_invocation(sub))
        length = max(len(s) for s in invocations) + self._current_indent
        self._action_max_length = max(self._action_max_length, length)
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root_section.format_help()
        if text:
            text = _re.sub(r'\n\n\n+', '\n\n', text)
            text = text.strip('\n') + '\n'
        return text

    def _join_parts(self, parts):
        return ''.join([p for p in parts if p and p is not SUPPRESS])

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = '%(prog)s' % dict(prog=self._prog)
        else:
            prog = '%(prog)s' % dict(prog=self._prog)
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            both = self._format_actions_usage(optionals + positionals, groups)
            usage = ' '.join([s for s in [prog, both] if s])
            text_width = self._width - self._current_indent
            if len(prefix) + len(usage) > text_width:
                opt_usage = self._format_actions_usage(optionals, groups)
                pos_usage = self._format_actions_usage(positionals, groups)
                opt_parts = self._usage_parts(opt_usage)
                pos_parts = self._usage_parts(pos_usage)
                usage = '\n'.join(self._wrap_usage(
                    prog, prefix, opt_parts, pos_parts, text_width))
        return '%s%s\n\n' % (prefix, usage)

    @staticmethod
    def _usage_parts(text):
        # A bracketed or parenthesised group (with what closes it) or a
        # bare word, each ending at a space.
        return _re.findall(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+', text)

    @staticmethod
    def _wrap_usage(prog, prefix, opt_parts, pos_parts, text_width):
        def lines_of(parts, indent, first_prefix=None):
            lines = []
            line = []
            used = len(first_prefix) - 1 if first_prefix else len(indent) - 1
            for part in parts:
                if line and used + 1 + len(part) > text_width:
                    lines.append(indent + ' '.join(line))
                    line = []
                    used = len(indent) - 1
                line.append(part)
                used += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = lines_of([prog] + opt_parts, indent, prefix)
                lines.extend(lines_of(pos_parts, indent))
            elif pos_parts:
                lines = lines_of([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            lines = lines_of(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = lines_of(opt_parts, indent)
                lines.extend(lines_of(pos_parts, indent))
            lines = [prog] + lines
        return lines

    def _format_actions_usage(self, actions, groups):
        in_group = set()
        marks = {}
        for group in groups:
            if not group._group_actions:
                raise ValueError(f'empty group {group}')
            try:
                start = actions.index(group._group_actions[0])
            except ValueError:
                continue
            count = len(group._group_actions)
            end = start + count
            if actions[start:end] != group._group_actions:
                continue
            hidden = 0
            for action in group._group_actions:
                in_group.add(action)
                if action.help is SUPPRESS:
                    hidden += 1
            if not group.required:
                opening, closing = '[', ']'
            elif count - hidden > 1:
                opening, closing = '(', ')'
            else:
                opening = closing = None
            if opening is not None:
                marks[start] = marks[start] + ' ' + opening if start in marks else opening
                marks[end] = marks[end] + closing if end in marks else closing
            for i in range(start + 1, end):
                marks[i] = '|'

        parts = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                parts.append(None)
                if marks.get(i) == '|':
                    marks.pop(i)
                elif marks.get(i + 1) == '|':
                    marks.pop(i + 1)
            elif not action.option_strings:
                part = self._format_args(
                    action, self._get_default_metavar_for_positional(action))
                if action in in_group and part[:1] == '[' and part[-1:] == ']':
                    part = part[1:-1]
                parts.append(part)
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    metavar = self._get_default_metavar_for_optional(action)
                    part = '%s %s' % (action.option_strings[0],
                                      self._format_args(action, metavar))
                if not action.required and action not in in_group:
                    part = '[%s]' % part
                parts.append(part)

        for i in sorted(marks, reverse=True):
            parts[i:i] = [marks[i]]
        text = ' '.join([p for p in parts if p is not None])
        text = _re.sub(r'([\[(]) ', r'\1', text)
        text = _re.sub(r' ([\])])', r'\1', text)
        text = _re.sub(r'[\[(] *[\])]', r'', text)
        return text.strip()

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._current_indent, 11)
        return self._fill_text(text, width, ' ' * self._current_indent) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2,
                            self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        pad = ' ' * self._current_indent
        indent_first = 0
        if not action.help:
            header = pad + header + '\n'
        elif len(header) <= action_width:
            header = pad + header.ljust(action_width) + '  '
        else:
            header = pad + header + '\n'
            indent_first = help_position
        parts = [header]
        if action.help and action.help.strip():
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, help_width)
                parts.append(' ' * indent_first + lines[0] + '\n')
                for line in lines[1:]:
                    parts.append(' ' * help_position + line + '\n')
        elif not header.endswith('\n'):
            parts.append('\n')
        for sub in self._iter_indented_subactions(action):
            parts.append(self._format_action(sub))
        return self._join_parts(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            metavar, = self._metavar_formatter(action, default)(1)
            return metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        args = self._format_args(action, default)
        return ', '.join(['%s %s' % (o, args) for o in action.option_strings])

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join([str(c) for c in action.choices])
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        get_metavar = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
#@line 604
            result = '%s' % get_metavar(1)
        elif nargs == OPTIONAL:
            result = '[%s]' % get_metavar(1)
        elif nargs == ZERO_OR_MORE:
            metavar = get_metavar(1)
            if len(metavar) == 2:
                result = '[%s [%s ...]]' % metavar
            else:
                result = '[%s ...]' % metavar
        elif nargs == ONE_OR_MORE:
            result = '%s [%s ...]' % get_metavar(2)
        elif nargs == REMAINDER:
            result = '...'
        elif nargs == PARSER:
            result = '%s ...' % get_metavar(1)
        elif nargs == SUPPRESS:
            result = ''
        else:
            try:
                formats = ['%s' for _ in range(nargs)]
            except TypeError:
                raise ValueError("invalid nargs value") from None
            result = ' '.join(formats) % get_metavar(nargs)
        return result

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        try:
            get_subactions = action._get_subactions
        except AttributeError:
            return
        self._indent()
        yield from get_subactions()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        text = _SPACES.sub(' ', text).strip()
        return textwrap.wrap(text, width)

    def _fill_text(self, text, width, indent):
        import textwrap
        text = _SPACES.sub(' ', text).strip()
        return textwrap.fill(text, width, initial_indent=indent,
                             subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every help text as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds each argument's default to its help."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names arguments by their type."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------- errors

def _get_action_name(argument):
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return '{' + ','.join(argument.choices) + '}'
    return None


class ArgumentError(Exception):
    """A problem with an argument (or with its definition)."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%s' % self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by type functions for a clean message."""


# ---------------------------------------------------------------- actions

class Action(_AttributeHolder):
    """What to do with an argument's values."""

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default',
                 'type', 'choices', 'required', 'help', 'metavar']
        return [(name, getattr(self, name)) for name in names]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        both = []
        for option in option_strings:
            both.append(option)
            if option.startswith('--'):
                both.append('--no-' + option[2:])
        super().__init__(option_strings=both, dest=dest, nargs=0,
                         default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        if nargs == 0:
#@line 938
            raise ValueError('nargs for store actions must be != 0; if you '
                             'have nothing to store, actions such as store '
                             'true or store const may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=nargs, const=const, default=default, type=type,
                         choices=choices, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         const=True, default=default, required=required,
                         help=help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         const=False, default=default, required=required,
                         help=help)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        if nargs == 0:
#@line 1030
            raise ValueError('nargs for append actions must be != 0; if arg '
                             'strings are not supplying the value to append, '
                             'the append const action may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=nargs, const=const, default=default, type=type,
                         choices=choices, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS, help="show program's version number and exit"):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):
    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += ' (%s)' % ', '.join(aliases)
            super().__init__(option_strings=[], dest=dest, help=help,
                             metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        rest = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        try:
            subparser = self._name_parser_map[name]
        except KeyError:
            msg = 'unknown parser %r (choices: %s)' % (
                name, ', '.join(self._name_parser_map))
            raise ArgumentError(self, msg)
        subnamespace, rest = subparser.parse_known_args(rest, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if rest:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(rest)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


# ---------------------------------------------------------------- types

class FileType(object):
    """A type that opens the named file ('-' is a standard stream)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                return _sys.stdin.buffer if 'b' in self._mode else _sys.stdin
            if any(c in self._mode for c in 'wax'):
                return _sys.stdout.buffer if 'b' in self._mode else _sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding,
                        self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        shown = [repr(a) for a in (self._mode, self._bufsize) if a != -1]
        shown += ['%s=%r' % (k, v) for k, v in
                  (('encoding', self._encoding), ('errors', self._errors))
                  if v is not None]
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


# ---------------------------------------------------------------- namespace

class Namespace(_AttributeHolder):
    """A plain object holding the parsed attributes."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


# ---------------------------------------------------------------- containers

class _ActionsContainer(object):

    def __init__(self, description, prefix_chars, argument_default,
                 conflict_handler):
        super().__init__()
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {}
        for name, cls in (
                (None, _StoreAction), ('store', _StoreAction),
                ('store_const', _StoreConstAction),
                ('store_true', _StoreTrueAction),
                ('store_false', _StoreFalseAction),
                ('append', _AppendAction),
                ('append_const', _AppendConstAction),
                ('count', _CountAction), ('help', _HelpAction),
                ('version', _VersionAction), ('parsers', _SubParsersAction),
                ('extend', _ExtendAction)):
            self.register('action', name, cls)
        self._get_handler()
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._negative_number_matcher = _re.compile(r'^-\d+$|^-\d*\.\d+$')
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and 'dest' in kwargs:
#@line 1431
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
#@line 1436
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_class = self._pop_action_class(kwargs)
        if not callable(action_class):
#@line 1449
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
#@line 1455
            raise ValueError('%r is not callable' % (type_func,))
        if type_func is FileType:
#@line 1458
            raise ValueError('%r is a FileType class object, instance of it'
                             ' must be passed' % (type_func,))
        if hasattr(self, '_get_formatter'):
            try:
#@line 1464
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError("length of metavar tuple does not match nargs")
#@line 1468
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
#@line 1482
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for option in action.option_strings:
            self._option_string_actions[option] = action
        for option in action.option_strings:
            if self._negative_number_matcher.match(option):
                if not self._has_negative_number_optionals:
                    self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError('cannot merge actions - two groups are named %r'
                                 % (group.title,))
            by_title[group.title] = group
        target = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                target[action] = by_title[group.title]
        for group in container._mutually_exclusive_groups:
            mutex = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                target[action] = mutex
        for action in container._actions:
            target.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            msg = "'required' is an invalid argument for positionals"
#@line 1548
            raise TypeError(msg)
        if kwargs.get('nargs') not in [OPTIONAL, ZERO_OR_MORE]:
            kwargs['required'] = True
        if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_options = []
        for option in args:
            if not option[0] in self.prefix_chars:
                args = (option, self.prefix_chars)
                msg = 'invalid option string %r: must start with a character %r'
#@line 1571
                raise ValueError(msg % args)
            option_strings.append(option)
            if len(option) > 1 and option[1] in self.prefix_chars:
                long_options.append(option)
        dest = kwargs.pop('dest', None)
        if dest is None:
            option_string = long_options[0] if long_options else option_strings[0]
            dest = option_string.lstrip(self.prefix_chars)
            if not dest:
                msg = 'dest= is required for options like %r'
#@line 1588
                raise ValueError(msg % option_string)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _pop_action_class(self, kwargs, default=None):
        action = kwargs.pop('action', default)
        return self._registry_get('action', action, action)

    def _get_handler(self):
        name = '_handle_conflict_%s' % self.conflict_handler
        try:
            return getattr(self, name)
        except AttributeError:
            raise ValueError('invalid conflict_resolution value: %r'
                             % self.conflict_handler) from None

    def _check_conflict(self, action):
        confl_optionals = []
        for option in action.option_strings:
            if option in self._option_string_actions:
                confl_optionals.append((option, self._option_string_actions[option]))
        if confl_optionals:
            conflict_handler = self._get_handler()
#@line 1619
            conflict_handler(action, confl_optionals)

    def _handle_conflict_error(self, action, conflicting_actions):
        word = 'string' if len(conflicting_actions) == 1 else 'strings'
        message = 'conflicting option ' + word + ': %s'
        conflict_string = ', '.join([option for option, _ in conflicting_actions])
#@line 1628
        raise ArgumentError(action, message % conflict_string)

    def _handle_conflict_resolve(self, action, conflicting_actions):
        for option, other in conflicting_actions:
            other.option_strings.remove(option)
            self._option_string_actions.pop(option, None)
            if not other.option_strings:
                other.container._remove_action(other)


class _ArgumentGroup(_ActionsContainer):

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # A group shares its parser's tables.
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = \
            container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
#@line 1670
        action = super(_ArgumentGroup, self)._add_action(action)
        self._group_actions.append(action)
        return action

    def add_argument_group(self, *args, **kwargs):
        _warnings.warn("Nesting argument groups is deprecated.",
                      category=DeprecationWarning, stacklevel=2)
        return super().add_argument_group(*args, **kwargs)

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            msg = 'mutually exclusive arguments must be optional'
#@line 1697
            raise ValueError(msg)
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)

    def add_mutually_exclusive_group(self, *args, **kwargs):
        _warnings.warn("Nesting mutually exclusive groups is deprecated.",
                      category=DeprecationWarning, stacklevel=2)
        return super().add_mutually_exclusive_group(*args, **kwargs)


# ---------------------------------------------------------------- the parser

def _nargs_pattern(action):
    nargs = action.nargs
    if nargs is None:
        pattern = '(-*A-*)'
    elif nargs == OPTIONAL:
        pattern = '(-*A?-*)'
    elif nargs == ZERO_OR_MORE:
        pattern = '(-*[A-]*)'
    elif nargs == ONE_OR_MORE:
        pattern = '(-*A[A-]*)'
    elif nargs == REMAINDER:
        pattern = '([-AO]*)'
    elif nargs == PARSER:
        pattern = '(-*A[-AO]*)'
    elif nargs == SUPPRESS:
        pattern = '(-*-*)'
    else:
        pattern = '(-*%s-*)' % '-*'.join('A' * nargs)
    if action.option_strings:
        pattern = pattern.replace('-*', '').replace('-', '')
    return pattern


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns command-line strings into a Namespace."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default,
                         conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0])
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None

        def identity(string):
            return string
        self.register('type', None, identity)

        prefix = '-' if '-' in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(prefix + 'h', prefix * 2 + 'help',
                              action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            try:
                defaults = parent._defaults
            except AttributeError:
                pass
            else:
                self._defaults.update(defaults)

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help']
        return [(name, getattr(self, name)) for name in names]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        parsers_class = self._pop_action_class(kwargs, 'parsers')
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
#@line 1850
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # -- parsing

    def parse_args(self, args=None, namespace=None):
#@line 1869
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
#@line 1902
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)

        conflicts = {}
        for group in self._mutually_exclusive_groups:
            members = group._group_actions
            for i, member in enumerate(members):
                others = conflicts.setdefault(member, [])
                others.extend(members[:i])
                others.extend(members[i + 1:])

        # One letter per string: O an option, A an argument, - the '--'.
        option_at = {}
        kinds = []
        after_dashes = False
        for i, arg in enumerate(arg_strings):
            if after_dashes:
                kinds.append('A')
            elif arg == '--':
                kinds.append('-')
                after_dashes = True
            else:
                found = self._parse_optional(arg)
                if found is None:
                    kinds.append('A')
                else:
                    option_at[i] = found
                    kinds.append('O')
        pattern = ''.join(kinds)

        seen = set()
        seen_non_default = set()
        extras = []

        def take_action(action, argument_strings, option_string=None):
            seen.add(action)
#@line 1962
            argument_values = self._get_values(action, argument_strings)
            if argument_values is not action.default:
                seen_non_default.add(action)
                for conflict_action in conflicts.get(action, []):
                    if conflict_action in seen_non_default:
                        msg = 'not allowed with argument %s'
                        action_name = _get_action_name(conflict_action)
#@line 1973
                        raise ArgumentError(action, msg % action_name)
            if argument_values is not SUPPRESS:
                action(self, namespace, argument_values, option_string)

        def consume_optional(start_index):
            action, option_string, explicit_arg = option_at[start_index]
            match_argument = self._match_argument
            todo = []
            while True:
                if action is None:
                    extras.append(arg_strings[start_index])
                    return start_index + 1
                if explicit_arg is not None:
                    arg_count = match_argument(action, 'A')
                    chars = self.prefix_chars
                    if (arg_count == 0 and option_string[1] not in chars
                            and explicit_arg != ''):
                        # -xyz: the flag -x, then -yz
                        todo.append((action, [], option_string))
                        option_string = option_string[0] + explicit_arg[0]
                        rest = explicit_arg[1:] or None
                        if option_string in self._option_string_actions:
                            action = self._option_string_actions[option_string]
                            explicit_arg = rest
                        else:
                            msg = 'ignored explicit argument %r'
#@line 2022
                            raise ArgumentError(action, msg % explicit_arg)
                    elif arg_count == 1:
                        stop = start_index + 1
                        todo.append((action, [explicit_arg], option_string))
                        break
                    else:
                        msg = 'ignored explicit argument %r'
                        raise ArgumentError(action, msg % explicit_arg)
                else:
                    start = start_index + 1
                    selected_patterns = pattern[start:]
#@line 2044
                    arg_count = match_argument(action, selected_patterns)
                    stop = start + arg_count
                    args = arg_strings[start:stop]
                    todo.append((action, args, option_string))
                    break
            for action, args, option_string in todo:
#@line 2054
                take_action(action, args, option_string)
            return stop

        positionals = self._get_positional_actions()

        def consume_positionals(start_index):
            selected_pattern = pattern[start_index:]
            arg_counts = self._match_arguments_partial(positionals, selected_pattern)
            for action, arg_count in zip(positionals, arg_counts):
                args = arg_strings[start_index:start_index + arg_count]
                start_index += arg_count
#@line 2073
                take_action(action, args)
            positionals[:] = positionals[len(arg_counts):]
            return start_index

        start_index = 0
        last_option = max(option_at) if option_at else -1
        while start_index <= last_option:
            next_option = min([i for i in option_at if i >= start_index])
            if start_index != next_option:
#@line 2096
                positionals_end_index = consume_positionals(start_index)
                if positionals_end_index > start_index:
                    start_index = positionals_end_index
                    continue
                start_index = positionals_end_index
            if start_index not in option_at:
                extras.extend(arg_strings[start_index:next_option])
                start_index = next_option
#@line 2114
            start_index = consume_optional(start_index)

#@line 2117
        stop_index = consume_positionals(start_index)
        extras.extend(arg_strings[stop_index:])

        missing = []
        for action in self._actions:
            if action not in seen:
                if action.required:
                    missing.append(_get_action_name(action))
                elif (action.default is not None
                      and isinstance(action.default, str)
                      and hasattr(namespace, action.dest)
                      and action.default is getattr(namespace, action.dest)):
                    # a string default goes through the type, once
                    setattr(namespace, action.dest,
                            self._get_value(action, action.default))
        if missing:
            self.error('the following arguments are required: %s'
                       % ', '.join(missing))

        for group in self._mutually_exclusive_groups:
            if group.required:
                if not any(a in seen_non_default for a in group._group_actions):
                    names = [_get_action_name(a) for a in group._group_actions
                             if a.help is not SUPPRESS]
                    self.error('one of the arguments %s is required'
                               % ' '.join(names))
        return namespace, extras

    def _read_args_from_files(self, arg_strings):
        result = []
        for arg in arg_strings:
            if not arg or arg[0] not in self.fromfile_prefix_chars:
                result.append(arg)
                continue
            try:
                with open(arg[1:]) as f:
                    lines = []
                    for line in f.read().splitlines():
                        lines.extend(self.convert_arg_line_to_args(line))
                    result.extend(self._read_args_from_files(lines))
            except OSError as err:
                self.error(str(err))
        return result

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, kinds):
        found = _re.match(_nargs_pattern(action), kinds)
        if found is None:
            messages = {None: 'expected one argument',
                        OPTIONAL: 'expected at most one argument',
                        ONE_OR_MORE: 'expected at least one argument'}
            msg = messages.get(action.nargs)
            if msg is None:
                word = 'argument' if action.nargs == 1 else 'arguments'
                msg = 'expected %s %s' % (action.nargs, word)
#@line 2208
            raise ArgumentError(action, msg)
        return len(found.group(1))

    def _match_arguments_partial(self, actions, kinds):
        for i in range(len(actions), 0, -1):
            joined = ''.join([_nargs_pattern(a) for a in actions[:i]])
            found = _re.match(joined, kinds)
            if found is not None:
                return [len(s) for s in found.groups()]
        return []

    def _parse_optional(self, arg):
        if not arg or arg[0] not in self.prefix_chars:
            return None
        if arg in self._option_string_actions:
            return self._option_string_actions[arg], arg, None
        if len(arg) == 1:
            return None
        if '=' in arg:
            option, explicit = arg.split('=', 1)
            if option in self._option_string_actions:
                return self._option_string_actions[option], option, explicit
        candidates = self._get_option_tuples(arg)
        if len(candidates) > 1:
            names = ', '.join([option for _, option, _ in candidates])
            self.error('ambiguous option: %s could match %s' % (arg, names))
        elif len(candidates) == 1:
            return candidates[0]
        if self._negative_number_matcher.match(arg):
            if not self._has_negative_number_optionals:
                return None
        if ' ' in arg:
            return None
        return None, arg, None

    def _get_option_tuples(self, arg):
        found = []
        chars = self.prefix_chars
        if arg[0] in chars and arg[1] in chars:
            if self.allow_abbrev:
                if '=' in arg:
                    prefix, explicit = arg.split('=', 1)
                else:
                    prefix, explicit = arg, None
                for option, action in self._option_string_actions.items():
                    if option.startswith(prefix):
                        found.append((action, option, explicit))
        elif arg[0] in chars and arg[1] not in chars:
            short, short_explicit = arg[:2], arg[2:]
            for option, action in self._option_string_actions.items():
                if option == short:
                    found.append((action, option, short_explicit))
                elif option.startswith(arg):
                    found.append((action, option, None))
        else:
            self.error('unexpected option string: %s' % arg)
        return found

    def _get_values(self, action, arg_strings):
        if action.nargs not in [PARSER, REMAINDER]:
            try:
                arg_strings.remove('--')
            except ValueError:
                pass
        if not arg_strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif (not arg_strings and action.nargs == ZERO_OR_MORE
              and not action.option_strings):
            value = action.default if action.default is not None else arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and action.nargs in [None, OPTIONAL]:
            arg_string, = arg_strings
#@line 2496
            value = self._get_value(action, arg_string)
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
#@line 2501
            value = [self._get_value(action, v) for v in arg_strings]
        elif action.nargs == PARSER:
#@line 2505
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
#@line 2514
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ArgumentError(action, '%r is not callable' % (type_func,))
        try:
#@line 2529
            result = type_func(arg_string)
        except ArgumentTypeError as err:
            msg = str(err)
#@line 2535
            raise ArgumentError(action, msg)
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            args = {'type': name, 'value': arg_string}
            msg = 'invalid %(type)s value: %(value)r'
#@line 2542
            raise ArgumentError(action, msg % args)
        return result

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            args = {'value': value,
                    'choices': ', '.join(map(repr, action.choices))}
            msg = 'invalid choice: %(value)r (choose from %(choices)s)'
#@line 2553
            raise ArgumentError(action, msg % args)

    def parse_intermixed_args(self, args=None, namespace=None):
        args, argv = self.parse_known_intermixed_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_intermixed_args(self, args=None, namespace=None):
        positionals = self._get_positional_actions()
        unsupported = [a for a in positionals if a.nargs in [PARSER, REMAINDER]]
        if unsupported:
            raise TypeError('parse_intermixed_args: positional arg'
                            ' with nargs=%s' % unsupported[0].nargs)
        for group in self._mutually_exclusive_groups:
            for action in group._group_actions:
                if action in positionals:
                    raise TypeError('parse_intermixed_args: positional in'
                                    ' mutuallyExclusiveGroup')
        saved_usage = self.usage
        try:
            if self.usage is None:
                self.usage = self.format_usage()[7:]
            # First pass: options only (positionals hidden).
            saved = [(a, a.nargs, a.default) for a in positionals]
            for action in positionals:
                action.nargs = SUPPRESS
                action.default = SUPPRESS
            try:
                namespace, remaining = self.parse_known_args(args, namespace)
                for action in positionals:
                    if (hasattr(namespace, action.dest)
                            and getattr(namespace, action.dest) == []):
                        delattr(namespace, action.dest)
            finally:
                for action, nargs, default in saved:
                    action.nargs = nargs
                    action.default = default
            # Second pass: positionals only (options made optional).
            optionals = self._get_optional_actions()
            saved_required = [(a, a.required) for a in optionals]
            for action in optionals:
                action.required = False
            for group in self._mutually_exclusive_groups:
                group.saved_required = group.required
                group.required = False
            try:
                namespace, extras = self.parse_known_args(remaining, namespace)
            finally:
                for action, required in saved_required:
                    action.required = required
                for group in self._mutually_exclusive_groups:
                    group.required = group.saved_required
        finally:
            self.usage = saved_usage
        return namespace, extras

    # -- help

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions,
                            self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions,
                            self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))
