"""``plinth models``: local models."""

from __future__ import annotations

import argparse
import json

from app.cli.common import Io, add_json_flag


def register(sub: argparse._SubParsersAction) -> None:
    models = sub.add_parser("models", help="local models")
    models_sub = models.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    models_list = models_sub.add_parser("list", help="installed local models, the starter included")
    add_json_flag(models_list)
    models_list.set_defaults(handler=_list)


def _list(services, args: argparse.Namespace, io: Io) -> int:
    models = services.library.list()
    if args.json:
        json.dump([m.to_dict() for m in models], io.stdout, indent=2)
        io.stdout.write("\n")
        return 0
    if not models:
        print(f"No local models. Models folder: {services.paths.models_dir}", file=io.stdout)
        return 0
    for m in models:
        print(f"{m.model_id:<32} {m.size_bytes / 2**20:8.1f} MiB  {m.path}", file=io.stdout)
    return 0
