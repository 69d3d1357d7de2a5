# The file ends right after the header, without a newline.
if True: