# Collecting errors while processing records, continuing after failures.
records = ["10", "20", "x", "30", "", "4.5", "-7"]
good, bad = [], []
for rec in records:
    try:
        value = int(rec)
    except ValueError as e:
        bad.append(str(e))
        continue
    else:
        good.append(value)
    finally:
        pass
print(good)
for b in bad:
    print(b)
print(sum(good), len(bad))
