# Filter and summarise log lines held as bytes.
log = b"""2024-01-01 10:00:01 INFO started
2024-01-01 10:00:02 WARN disk 91% full
2024-01-01 10:00:05 ERROR connection refused: db:5432
2024-01-01 10:01:00 INFO request /index 200
2024-01-01 10:01:01 ERROR timeout after 30s
"""
counts = {}
for line in log.splitlines():
    date, time, level, message = line.split(maxsplit=3)
    counts[level] = counts.get(level, 0) + 1
    if level == b"ERROR":
        print(time, message.upper())
print(counts)
print([l for l in log.splitlines() if l.endswith(b"200")])
print(log.count(b"ERROR"), log.find(b"WARN"), log.rfind(b"INFO"))
print(log.index(b"db:"), log[log.index(b"db:"):].split(b"\n", 1)[0])
