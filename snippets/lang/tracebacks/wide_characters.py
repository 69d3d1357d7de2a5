# Carets under East Asian wide characters take two columns for each, in the offset and under the expression.
名前 = [1, 2]
values = {"キー": 名前}
try:
    print("ｱ半角", values["キー"][3])
except IndexError as e:
    print("caught", e)
print(名前, len("名前"))


def 関数(x):
    return [名前, "ｱＡ", x.属性]


関数(values["キー"])
