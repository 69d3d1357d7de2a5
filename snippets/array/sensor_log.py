# Logging 16-bit sensor readings in an 'h' array, with range errors on bad readings.
import array
log = array.array('h')
for reading in [120, -40, 3000, 32767, -32768, 40000, 15]:
    try:
        log.append(reading)
    except OverflowError as e:
        print('rejected', reading, '-', e)
print(log, len(log))
print(min(log), max(log), sum(log) / len(log))
recent = log[-3:]
print(recent, log.index(3000), log.count(15))
log.pop(0)
log.insert(0, 0)
print(log)
