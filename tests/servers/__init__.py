"""Real HTTP servers on 127.0.0.1 that speak the providers' APIs, for tests.

Written from each API's public documentation, not from the SDKs, so the
engines are tested against the protocol rather than against themselves.
"""

from .anthropic_server import AnthropicServer
from .base import Fault, ProtocolServer, Recorded
from .gemini_server import GeminiServer
from .openai_server import OpenAIServer

__all__ = ["AnthropicServer", "Fault", "GeminiServer", "OpenAIServer", "ProtocolServer", "Recorded"]
