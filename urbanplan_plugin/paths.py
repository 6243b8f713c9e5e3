"""Where the plugin's resources are: inside the plugin folder once packaged, beside it in a
development checkout (the repository keeps ``resources/`` at the top level)."""
import os

PLUGIN_DIR = os.path.dirname(os.path.realpath(__file__))


def resources_dir():
    inside = os.path.join(PLUGIN_DIR, "resources")
    if os.path.isdir(inside):
        return inside
    return os.path.join(os.path.dirname(PLUGIN_DIR), "resources")


def resource_path(*parts):
    return os.path.join(resources_dir(), *parts)


ICON_PATH = resource_path("icons", "urbanplan.svg")


ONLINE_DOCS = "https://github.com/urbanplan-qgis/urbanplan/blob/main/docs"
"""The documentation on the web (used when no local copy is installed)."""


def docs_dir():
    """The folder of the offline HTML documentation (tools/build_docs.py): ``docs/`` inside
    the installed plugin, ``build/docs`` in a development checkout; None when not built."""
    for folder in (os.path.join(PLUGIN_DIR, "docs"),
                   os.path.join(os.path.dirname(PLUGIN_DIR), "build", "docs")):
        if os.path.isfile(os.path.join(folder, "index.html")):
            return folder
    return None


def doc_path(page):
    """The local HTML file of a documentation page ('user_guide', 'workshop_2h.zh_CN'), or
    None when it is not installed."""
    folder = docs_dir()
    path = os.path.join(folder, f"{page}.html") if folder else None
    return path if path and os.path.isfile(path) else None


def help_url(page, anchor=""):
    """The address of a documentation page: a file:// URL of the local copy when installed
    (offline), else the page on the web."""
    path = doc_path(page)
    fragment = f"#{anchor}" if anchor else ""
    if path:
        from pathlib import Path
        return Path(path).as_uri() + fragment
    return f"{ONLINE_DOCS}/{page}.md{fragment}"
