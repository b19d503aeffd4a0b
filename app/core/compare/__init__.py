"""Side-by-side comparison: the spec, the run and its results, the verdict, saved comparisons and reports."""
