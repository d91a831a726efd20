"""A small order-processing service used to prove memleak's detection quality.

Each module is written as a real service would be. The deliberate leaks carry a trailing
marker comment (see README.md) on the line whose allocations are retained, beside clean
code that allocates just as much but gives it back.
"""
