a = 1
# the last line is a comment without a newline