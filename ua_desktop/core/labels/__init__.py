"""Label sheets as data: the catalogue, the pure geometry, text fitting, used positions, and drawing."""
