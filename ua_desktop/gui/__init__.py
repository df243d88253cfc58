"""Qt widgets, models, dialogs and workers. Calls the core; the core never calls back."""
