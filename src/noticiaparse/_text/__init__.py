"""Text basics: the offset spine, repair, folding, spans, lexicons, numbers, calendar.

Imports nothing of ours but ``_model``.
"""
