from _contextvars import *


__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')
