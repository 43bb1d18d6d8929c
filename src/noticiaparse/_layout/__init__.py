"""The page's layout: headline, deck, body, byline, publication line, boilerplate.

Imports ``_text``.
"""
