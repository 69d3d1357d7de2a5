for src in [b"# -*- coding: badencoding -*-\nx = 1\n", b"# -*- coding: latin-1 -*-\nx = '\xe9'\nprint(x)\n", b"#!/usr/bin/python\n# coding=utf-8\nprint('ok')\n", b"x = 1\n# coding: bad\n"]:
    try:
        exec(compile(src, "tmp", "exec"))
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
