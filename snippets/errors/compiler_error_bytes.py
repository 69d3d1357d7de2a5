# The compiler locates errors in bytes: after non-ASCII text its caret stands further right than the characters
nom = "été"; année = 3; nonlocal x
