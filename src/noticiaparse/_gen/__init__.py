"""Hypothesis generators behind :mod:`noticiaparse.strategies`.

They read ``lexicons/gen/``, never the parser's modules.
"""
