"""Side-by-side comparison: the spec, the run, the verdict, saved comparisons and reports."""
