"""Qt item models that adapt core objects for the views."""
