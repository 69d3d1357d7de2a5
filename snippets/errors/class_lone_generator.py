# A lone unparenthesised generator is no class argument list.
class A(x for x in range(3)):
    pass
