# A lambda default left empty before the colon is plain invalid syntax (invalid_default wants `)` or `,` next)
f = lambda x=: 0
