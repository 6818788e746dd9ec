"""Facilitation: run meetings well — agenda, timers, speakers' queue, notes and minutes, offline."""

__version__ = "0.1.0"
