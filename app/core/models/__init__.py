"""Models on disk and on the Hub: catalogue, Hub client, downloads, library, GGUF reader, hardware fit."""
