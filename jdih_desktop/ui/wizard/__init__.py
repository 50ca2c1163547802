"""The scan-and-upload wizard: device → scan → pages → metadata → abstract → review → publish."""
