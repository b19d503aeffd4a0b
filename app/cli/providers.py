"""``plinth providers``: closed-model providers and their keys."""

from __future__ import annotations

import argparse
import getpass
import json
from typing import TextIO

from app.cli.common import Io, Services, add_json_flag
from app.core.errors import NoKeychainError
from app.core.providers import KINDS, ProviderConfig, ProviderError, provider_secret, validate_provider
from app.core.secrets import NO_KEYCHAIN_MESSAGE, provider_account


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    kinds = ", ".join(kind.label for kind in KINDS.values())
    providers = sub.add_parser("providers", help=f"closed-model providers: {kinds}")
    providers_sub = providers.add_subparsers(dest="providers_command", metavar="ACTION", required=True)
    providers_list = providers_sub.add_parser("list", help="providers and where each key comes from (never the key)")
    add_json_flag(providers_list)
    providers_add = providers_sub.add_parser(
        "add",
        help="add or replace a provider and store its key in the keychain",
        description=(
            "Add or replace a provider. Its key is read from standard input when that is piped, "
            "otherwise from a hidden prompt; never from an argument, where it would end up in "
            "shell history and process lists. The key goes to the OS keychain only."
        ),
    )
    providers_add.add_argument("name", help="your name for it, used in model ids: NAME:MODEL")
    providers_add.add_argument("--kind", required=True, choices=list(KINDS))
    providers_add.add_argument(
        "--base-url", help="API base URL (required for openai-compatible; optional override otherwise)"
    )
    providers_add.add_argument(
        "--no-key",
        action="store_true",
        help="store no key (a server that needs none, or a key from the environment); forgets one stored before",
    )
    providers_remove = providers_sub.add_parser("remove", help="remove a provider and its stored key")
    providers_remove.add_argument("name")
    providers_test = providers_sub.add_parser("test", help="connect and list the provider's models")
    providers_test.add_argument("name")

    providers.set_defaults(handler=_providers)


def _key_status(services: Services, config: ProviderConfig) -> str:
    secret = provider_secret(config, services.secrets)
    return secret.source if secret else "none"


def _providers_list(services: Services, as_json: bool, stdout: TextIO) -> int:
    rows = [
        {
            "name": p.name,
            "kind": p.kind,
            "base_url": p.base_url,
            "key": _key_status(services, p),
            "models": p.model_ids(),
        }
        for p in services.providers.load()
    ]
    if as_json:
        json.dump(rows, stdout, indent=2)
        stdout.write("\n")
        return 0
    if not rows:
        print("No providers. Add one with: plinth providers add NAME --kind KIND", file=stdout)
        return 0
    for r in rows:
        print(f"{r['name']:<20} {r['kind']:<18} {r['base_url'] or '(default URL)':<40} key: {r['key']}", file=stdout)
    return 0


def _no_keychain_for_cli(kind: str) -> str:
    env = KINDS[kind].key_env
    alternatives = "start a keychain (GNOME Keyring, KeePassXC) and run this again"
    if env:
        alternatives += f", set {env[0]} in your environment instead"
    alternatives += ", or add the key in the Plinth window, which can keep it until you close it"
    return (
        f"{NO_KEYCHAIN_MESSAGE} Nothing was saved: the command line cannot keep a key for this session only, "
        f"because it forgets everything when it exits. To go on, {alternatives}."
    )


def _no_key_given(kind: str, piped: bool) -> ProviderError:
    what = "standard input was empty" if piped else "nothing was typed"
    env = KINDS[kind].key_env
    if env:
        hint = f"To use {env[0]} from your environment instead, or for a server that needs no key, add --no-key."
    else:
        hint = "For a server that needs no key, add --no-key."
    return ProviderError(f"No key was given ({what}).", hint)


def _prompt_key(name: str, kind: str, stderr: TextIO) -> str:
    try:
        key = getpass.getpass(f"API key for {name} (hidden as you type): ", stream=stderr)
    except EOFError:
        key = ""
    return _checked_key(key, kind, piped=False)


def _checked_key(key: str, kind: str, piped: bool) -> str:
    # A piped key usually ends with a newline (echo, a file); keys never hold whitespace.
    key = key.strip()
    if not key:
        raise _no_key_given(kind, piped)
    if any(c.isspace() for c in key):
        raise ProviderError("The key contains spaces or line breaks.", "Give only the key, on one line.")
    return key


def _previous(services: Services, name: str) -> ProviderConfig | None:
    return next((p for p in services.providers.load() if p.name == name), None)


def _models_note(config: ProviderConfig, previous: ProviderConfig | None) -> str:
    """What to know about the model list of a provider just saved; empty when nothing is."""
    test = f"`plinth providers test {config.name}`"
    if not config.model_ids():
        return f"It lists no models yet, so no model list offers it: run {test} to fetch them."
    if config.models and previous is not None and previous.base_url != config.base_url:
        count = f"{len(config.models)} model{'' if len(config.models) == 1 else 's'}"
        return f"It keeps the {count} found by its last test; run {test} to refresh the list for the new address."
    return ""


def _providers_add(services: Services, args: argparse.Namespace, io: Io) -> int:
    stdin, stdout, stderr = io.stdin, io.stdout, io.stderr
    previous = _previous(services, args.name)
    # Replacing a provider (a new key, a moved server) keeps the models its last test found:
    # dropping them would take it out of every model list until the next test.
    kept = list(previous.models) if previous is not None and previous.kind == args.kind else []
    config = validate_provider(ProviderConfig(args.name, args.kind, args.base_url, models=kept))
    note = _models_note(config, previous)
    account = provider_account(config.name)
    label = f"{config.name} ({KINDS[config.kind].label}{', ' + config.base_url if config.base_url else ''})"
    if args.no_key:
        services.secrets.delete(account)
        services.providers.upsert(config)
        env = KINDS[config.kind].key_env
        env_note = f"; {' or '.join(env)} will be used if set" if env else ""
        print(f"Saved provider {label} with no stored key{env_note}.", file=stdout)
        if note:
            print(note, file=stdout)
        return 0
    # A piped key is read first: an empty pipe (`</dev/null`) is a missing key, whatever the keychain.
    # A typed key is asked for only once the keychain is known, so nobody types a key that cannot be kept.
    key = None if stdin.isatty() else _checked_key(stdin.read(), config.kind, piped=True)
    if not services.secrets.keychain_available:
        return io.fail(_no_keychain_for_cli(config.kind))
    if key is None:
        key = _prompt_key(config.name, config.kind, stderr)
    try:
        services.secrets.set(account, key)
    except NoKeychainError:
        return io.fail(_no_keychain_for_cli(config.kind))
    services.providers.upsert(config)
    print(f"Saved provider {label}; its key is in the keychain ({services.secrets.backend_name}).", file=stdout)
    if note:
        print(note, file=stdout)
    return 0


def _providers_remove(services: Services, name: str, stdout: TextIO) -> int:
    services.providers.get(name)
    # The key goes first: if the keychain refuses, the provider is still listed and the command can be rerun.
    services.secrets.delete(provider_account(name))
    services.providers.remove(name)
    print(f"Removed provider {name} and its stored key.", file=stdout)
    return 0


def _providers_test(services: Services, name: str, stdout: TextIO) -> int:
    config = services.providers.get(name)
    services.offline.check("connection tests of providers are off.")
    secret = provider_secret(config, services.secrets)
    kind = KINDS[config.kind]
    if secret is None and kind.needs_key:
        raise ProviderError(
            f"Provider {name} has no key.",
            f"Add one with `plinth providers add {name} --kind {config.kind}`, or set {kind.key_env[0]}.",
        )
    from app.core.engines.remote.factory import list_models

    models = list_models(config, secret.value if secret else None)
    config.models = list(models)
    services.providers.upsert(config)
    source = f"key from {secret.source}" if secret else "no key"
    count = f"{len(models)} model{'' if len(models) == 1 else 's'}"
    print(f"{name}: connected ({source}), {count}{':' if models else '.'}", file=stdout)
    for model in models:
        print(f"  {name}:{model}", file=stdout)
    return 0


def _providers(services: Services, args: argparse.Namespace, io: Io) -> int:
    action = args.providers_command
    if action == "list":
        return _providers_list(services, args.json, io.stdout)
    if action == "add":
        return _providers_add(services, args, io)
    if action == "remove":
        return _providers_remove(services, args.name, io.stdout)
    return _providers_test(services, args.name, io.stdout)
