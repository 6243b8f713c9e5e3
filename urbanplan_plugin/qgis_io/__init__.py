"""QGIS glue: the only code that turns QGIS layers and rasters into engine arrays and back."""
