"""Your own tasks: a prompt template with variables, an output kind (text, a label, JSON by schema) and checks, run
over rows × models × prompt variants into a matrix."""
