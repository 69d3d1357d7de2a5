import html

print(html.escape('<a href="x">\'&</a>'), html.escape('<"\'>', quote=False), html.escape(''))
tests = ['&amp;&lt;&gt;&quot;&#39;&#x27;&apos;', '&ampx;', '&copy2023 &copy;', '&nbsp&eacute;&Eacute;&AMP;&COPY;',
         '&#0;&#128;&#x80;&#x9d;&#x81;&#xd800;&#1114112;&#1;&#65534;&#13;&#127;&#x1F600;',
         '&unknown; &', '&#; &#x; a&b &&amp;', '&notin; &noti; &not', '&alefsym;&AElig&Aacute;&lang;&rang;',
         'no entities', '&euro;&hellip;&mdash;&trade;&larr;&hearts;', '&#65&#x42&#X43;', '&lt&gt', '&ltx;&gtfoo']
for t in tests:
    print(repr(t), repr(html.unescape(t)))
print(html.unescape(html.escape('a < b & "c" \'d\'')), html.__all__)
from html.entities import name2codepoint, codepoint2name, entitydefs
print(len(name2codepoint), name2codepoint['eacute'], codepoint2name[8364], entitydefs['lang'], entitydefs['amp'], len(entitydefs))
html.escape(5)
