"""``plinth classifiers``: the classifiers trained on embeddings and saved under a name (``classifier:NAME``)."""

from __future__ import annotations

import argparse

from app.cli.common import Io, Services, add_json_flag


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "classifiers",
        help="list, show or remove saved classifiers (classifier:NAME models)",
        description="Classifiers trained on embeddings (plinth adapt --save NAME), used as "
        "plinth classify -m classifier:NAME. Each save adds a version; classifier:NAME@V picks an older one.",
    )
    actions = cmd.add_subparsers(dest="classifiers_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every saved classifier (its latest version)")
    add_json_flag(listing)
    listing.set_defaults(handler=_list)
    show = actions.add_parser("show", help="a classifier's provenance, scores and versions")
    show.add_argument("name", metavar="NAME[@V]")
    add_json_flag(show)
    show.set_defaults(handler=_show)
    remove = actions.add_parser("remove", help="delete a classifier with all its versions")
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(handler=_remove)


def _list(services: Services, args: argparse.Namespace, io: Io) -> int:
    saved = services.classifiers.list()
    if args.json:
        io.print_json([s.to_dict() for s in saved])
        return 0
    if not saved:
        io.stdout.write("No saved classifiers. Train one with: plinth adapt --save NAME …\n")
        return 0
    width = max(len(s.model_id) for s in saved)
    for s in saved:
        io.stdout.write(f"{s.model_id.ljust(width)}  v{s.version}  {s.provenance.summary()}\n")
    return 0


def _show(services: Services, args: argparse.Namespace, io: Io) -> int:
    library = services.classifiers
    shown = library.saved(args.name)
    versions = library.versions(shown.name)
    if args.json:
        io.print_json({**shown.to_dict(), "versions": [v.to_dict() for v in versions]})
        return 0
    out = io.stdout
    out.write(f"{shown.model_id} (version {shown.version} of {len(versions)})\n")
    for line in shown.provenance.lines():
        out.write(f"  {line}\n")
    out.write("versions:\n")
    for v in versions:
        out.write(f"  {v.model_id}  {v.provenance.summary()}\n")
    return 0


def _remove(services: Services, args: argparse.Namespace, io: Io) -> int:
    library = services.classifiers
    count = len(library.versions(args.name))
    library.remove(args.name)
    io.stdout.write(f"Removed classifier:{args.name} ({count} version{'s' if count != 1 else ''}).\n")
    return 0
