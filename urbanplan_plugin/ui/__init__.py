"""Dock widgets and dialogs: .ui layouts loaded at run time, controllers in Python.

The docks run algorithms through Processing in background tasks; they never call core/."""
