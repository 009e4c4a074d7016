"""`python -m jsl` runs the command line."""
from jsl.cli import main

main()
