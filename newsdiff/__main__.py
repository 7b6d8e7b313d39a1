"""`python -m newsdiff`."""

from newsdiff.cli import main

if __name__ == "__main__":
    main()
