"""The Tasks tab: a person's own tasks edited, tried on a row and run over a file across models as a matrix."""
