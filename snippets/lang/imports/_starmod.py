"""Exports two names through __all__."""
__all__ = ["visible", "also"]
visible = 1
also = 2
hidden = 3
_under = 4
