"""Print-ready export: letters, labels, envelopes and the calibration page, with progress and cancel."""
