"""A tiny progress/cancel interface so the engine can report without importing QGIS.

QGIS glue passes an adapter around QgsProcessingFeedback; tests and scripts pass nothing."""


class Progress:
    """Default: report nowhere, never cancelled."""

    def progress(self, percent):
        pass

    def is_canceled(self):
        return False

    def info(self, message):
        pass


class Silent(Progress):
    pass


class SubProgress(Progress):
    """One part of a task (``start``..``end`` percent of the parent's bar): long analyses made of
    several engine steps report one bar, and cancelling the parent cancels every part."""

    def __init__(self, parent, start, end):
        self.parent = parent if parent is not None else Progress()
        self.start, self.end = float(start), float(end)

    def progress(self, percent):
        self.parent.progress(self.start + (self.end - self.start) * percent / 100.0)

    def is_canceled(self):
        return self.parent.is_canceled()

    def info(self, message):
        self.parent.info(message)
