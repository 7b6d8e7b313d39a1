"""`python -m newsdiff`."""

from newsdiff.commands import entry

if __name__ == "__main__":
    entry()
