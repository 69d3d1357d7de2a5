# Errors from __enter__/__exit__ are located at the whole with statement (no carets); __exit__ failing while the body's error is handled chains them
class Resource:
    def __init__(self, fail_enter=False, fail_exit=False):
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit
    def __enter__(self):
        if self.fail_enter:
            raise OSError('cannot acquire')
        return self
    def __exit__(self, typ, val, tb):
        print('exit sees', typ.__name__ if typ else None)
        if self.fail_exit:
            raise RuntimeError('cannot release')
        return False

def use(r):
    with r:
        print('body')

try:
    use(Resource(fail_enter=True))
except OSError as e:
    print('caught', e)
try:
    with Resource(fail_exit=True):
        raise ValueError('body failed')
except RuntimeError as e:
    print('caught', e, 'context', repr(e.__context__))
with Resource(), Resource(fail_exit=True):
    {}['key']
