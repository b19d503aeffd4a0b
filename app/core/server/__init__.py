"""The local API: an OpenAI-compatible HTTP endpoint over Plinth's engines, for other programs on this computer."""
