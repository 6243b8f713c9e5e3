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
