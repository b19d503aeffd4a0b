"""``plinth models``: local models (list, import, add-adapter, remove)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.cli import hub
from app.cli.common import Io, Services, add_json_flag
from app.core.model_id import InvalidModelIdError, ModelId
from app.core.models.adapters import MAX_SCALE, MIN_SCALE
from app.core.models.downloads import format_bytes


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    models = sub.add_parser("models", help="local models")
    models_sub = models.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    models_list = models_sub.add_parser("list", help="installed local models, the starter included")
    add_json_flag(models_list)
    models_list.set_defaults(handler=_list)
    hub.register(models_sub)

    models_import = models_sub.add_parser(
        "import",
        help="add a .gguf file: copy it into the models folder, or reference it where it is",
    )
    models_import.add_argument("path", help="the .gguf file (for a sharded model, its first shard)")
    models_import.add_argument(
        "--reference",
        action="store_true",
        help="leave the file where it is and remember its path (no copy; removing only forgets it)",
    )
    models_import.set_defaults(handler=_import)

    add_adapter = models_sub.add_parser(
        "add-adapter",
        help="add a GGUF LoRA adapter on an installed base model, as a model variant (local:NAME)",
    )
    add_adapter.add_argument("path", help="the adapter's .gguf file (one downloaded into the models folder works too)")
    add_adapter.add_argument("--base", required=True, help="the base model: starter or NAME, as `plinth models list`")
    add_adapter.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help=f"how strongly the adapter applies, {MIN_SCALE:g} to {MAX_SCALE:g} (default 1: as trained; 0: the base)",
    )
    add_adapter.add_argument("--name", help="the variant's name (default: BASE+ADAPTER FILE NAME)")
    add_adapter.add_argument(
        "--reference",
        action="store_true",
        help="leave the adapter where it is and remember its path (no copy)",
    )
    add_adapter.set_defaults(handler=_add_adapter)

    models_remove = models_sub.add_parser(
        "remove", help="delete a model from the models folder, or forget one imported by reference"
    )
    models_remove.add_argument("name", help="NAME or local:NAME, as `plinth models list` shows")
    models_remove.set_defaults(handler=_remove)


def _list(services: Services, args: argparse.Namespace, io: Io) -> int:
    library = services.library
    models = library.list()
    rows = [(m, library.details(m)) for m in models]
    if args.json:
        json.dump([{**m.to_dict(), **d.to_dict()} for m, d in rows], io.stdout, indent=2)
        io.stdout.write("\n")
        return 0
    if not models:
        print(f"No local models. Models folder: {services.paths.models_dir}", file=io.stdout)
        return 0
    print(f"{'ID':<36} {'SIZE':>9}  {'QUANT':<7} {'ARCH':<10} {'CONTEXT':>7}  PATH", file=io.stdout)
    for m, d in rows:
        context = str(d.context_length) if d.context_length else "?"
        path = f"{m.path} (referenced)" if m.referenced else str(m.path)
        if m.adapter is not None:
            path = f"adapter on {m.base_id} · scale {m.adapter_scale:g} ({m.adapter})"
        print(
            f"{m.model_id:<36} {format_bytes(m.size_bytes):>9}  {d.quantization or '?':<7} "
            f"{d.architecture or '?':<10} {context:>7}  {path}",
            file=io.stdout,
        )
        if d.error:
            print(f"{'':<36} error: {d.error}", file=io.stdout)
    return 0


def _import(services: Services, args: argparse.Namespace, io: Io) -> int:
    model = services.library.import_model(Path(args.path), mode="reference" if args.reference else "copy")
    how = f"referenced at {model.path}" if model.referenced else f"copied to {model.path}"
    print(f"Imported {model.model_id} ({how}).", file=io.stdout)
    return 0


def _add_adapter(services: Services, args: argparse.Namespace, io: Io) -> int:
    variant = services.library.add_adapter(
        Path(args.path),
        _local_model_id(args.base.strip()),
        name=args.name,
        scale=args.scale,
        mode="reference" if args.reference else "copy",
    )
    print(
        f"Added {variant.model_id}: {variant.adapter} on {variant.base_id} at scale {variant.adapter_scale:g}. "
        f"Use it like any model, e.g. `plinth chat -m {variant.model_id}`.",
        file=io.stdout,
    )
    return 0


def _remove(services: Services, args: argparse.Namespace, io: Io) -> int:
    model_id = _local_model_id(args.name.strip())
    model = services.library.resolve(model_id)
    outcome = services.library.remove(model_id)
    if model.adapter is not None:
        kept = "; the adapter file stays" if outcome == "forgotten" else " and its copy of the adapter"
        print(f"Removed the variant {model.model_id}{kept} ({model.adapter}).", file=io.stdout)
    elif outcome == "forgotten":
        print(f"Forgot {model.model_id}; the file stays at {model.path}.", file=io.stdout)
    else:
        print(f"Deleted {model.model_id} ({model.path}).", file=io.stdout)
    return 0


def _local_model_id(name: str) -> str:
    """``starter`` and ``local:NAME`` as they are; anything else is the NAME of a local model."""
    try:
        parsed = ModelId.parse(name)
    except InvalidModelIdError:
        return f"local:{name}"
    return name if parsed.is_local else f"local:{name}"
