"""Log lines of the engine, translatable like its errors (no Qt here).

An engine function that reports what it did ("3 of 120 origins are off the network") writes
``log_line("{n_off} of {n} origin(s) are ...", n_off=3, n=120)`` instead of an f-string. The
English template is what ``tools/i18n_extract.py`` collects for the .ts files (as it does for
``UrbanPlanError`` templates); the line itself is a ``str`` (so it joins, prints and compares as
before) formatted from the template *translated* into the interface language when the QGIS side
has installed its translator (``i18n.py`` does, with the plugin's ``tr``), in English otherwise
(tests, scripts, a missing or broken translation). The template and values are kept on the line
(``template``, ``values``), as ``UrbanPlanError`` keeps them."""

_translator = [None]


def set_translator(translate):
    """Install the function that translates a template (``None``: English)."""
    _translator[0] = translate


def _text(template, values):
    english = template.format(**values) if values else template
    translate = _translator[0]
    if translate is None:
        return english
    try:
        text = translate(template)
        return text.format(**values) if values else text
    except Exception:  # noqa: BLE001 - a broken translation never breaks a run
        return english


class LogLine(str):
    """A log line that remembers its English template and values."""

    def __new__(cls, template, /, **values):
        line = super().__new__(cls, _text(str(template), values))
        line.template = str(template)
        line.values = values
        return line

    def english(self):
        return self.template.format(**self.values) if self.values else self.template


def log_line(template, /, **values):
    """The line ``template.format(**values)`` in the interface language (see the module)."""
    return LogLine(template, **values)
