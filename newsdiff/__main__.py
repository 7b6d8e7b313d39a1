"""`python -m newsdiff`."""

from newsdiff.commands import main

if __name__ == "__main__":
    main()
