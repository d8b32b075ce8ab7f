"""Ba Trách Nhiệm: the "3 trách nhiệm" movement book for Youth Union units."""

__version__ = "0.1.0"
APP_NAME = "bamtrachnhiem"
