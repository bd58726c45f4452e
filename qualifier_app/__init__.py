"""Qualifier: the desktop lead refinery of a Qualifying Center."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("qualifier")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
