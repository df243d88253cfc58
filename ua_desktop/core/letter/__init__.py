"""The one letter: template rendering, page setup and layout shared by preview, export and printing."""
