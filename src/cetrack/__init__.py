"""cetrack: continuing-education tracking and renewal compliance for laboratory professionals."""

__version__ = "0.1.0"
