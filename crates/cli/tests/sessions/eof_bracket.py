# End of input inside brackets
values = (1,
2