# A search loop using for/else over a table of records.
users = [
    {"id": 1, "name": "ann", "roles": ["admin"]},
    {"id": 2, "name": "bob", "roles": []},
    {"id": 3, "name": "cy", "roles": ["dev", "ops"]},
]

def find(name):
    for u in users:
        if u["name"] == name:
            break
    else:
        return None
    return u["id"]

print(find("bob"), find("zed"))
for u in users:
    for role in u["roles"]:
        if role == "ops":
            print("ops user:", u["name"])
            break
    else:
        print("no ops role for", u["name"])
