"""The version, in one place (read by the build backend and by ``noticiaparse.__version__``)."""

__version__ = "0.1.0"
