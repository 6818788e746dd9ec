"""Widgets and looks shared by the windows: the theme, accessibility and the View menu, the shortcuts sheet, the secondary-window base."""
