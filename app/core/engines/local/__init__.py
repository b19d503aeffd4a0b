"""The local engine: llama.cpp in a child process, its KV slots and chat-template rendering."""
