"""The extractors: quotes, sources, money, dates.

Each imports ``_text``, ``_reading`` and ``_model``, never another extractor.
"""
