# A stray character in an expression.
x = 5 $ 3
