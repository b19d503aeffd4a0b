"""``plinth chat``: one question to any model."""

from __future__ import annotations

import argparse

from app.cli.common import Io, add_json_flag
from app.core.engines.base import Stats, complete
from app.core.tasks.chat import ChatParams, Conversation


def register(sub: argparse._SubParsersAction) -> None:
    chat = sub.add_parser("chat", help="ask a model one question")
    chat.add_argument("-m", "--model", default="starter", help="starter, local:NAME, local:/path/to/file.gguf or PROVIDER:MODEL")
    chat.add_argument("-s", "--system", default="", help="system prompt")
    chat.add_argument("--max-tokens", type=int, default=512)
    chat.add_argument("--temperature", type=float, default=0.7)
    chat.add_argument("--seed", type=int, default=None)
    add_json_flag(chat, "print one JSON object instead of streaming")
    chat.add_argument("prompt", help="the message; - reads it from standard input")
    chat.set_defaults(handler=_chat)


def stats_json(stats: Stats) -> dict[str, object]:
    """The stats object every ``--json`` output carries."""
    return {
        "ttft_s": stats.ttft_s,
        "tokens_in": stats.tokens_in,
        "tokens_out": stats.tokens_out,
        "tokens_per_s": stats.tokens_per_s,
        "wall_s": stats.wall_s,
        "stop_reason": stats.stop_reason,
        "cost_usd": stats.cost_usd,
    }


def _chat(services, args: argparse.Namespace, io: Io) -> int:
    conversation = Conversation(system_prompt=args.system)
    conversation.add_user(io.read_text(args.prompt))
    params = ChatParams(temperature=args.temperature, max_tokens=args.max_tokens, seed=args.seed)
    request = conversation.request(params)
    engine = services.engines.get(args.model)

    def echo(text: str) -> None:
        io.stdout.write(text)
        io.stdout.flush()

    result = complete(engine, request, on_text=None if args.json else echo)
    if args.json:
        io.print_json({"model": args.model, "text": result.text, "stats": stats_json(result.stats)})
    else:
        io.stdout.write("\n")
    return 0
