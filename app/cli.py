"""The ``plinth`` command line: the same core as the GUI, no Qt.

Errors go to stderr as one line that says what to do, with a non-zero exit code.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import Callable, TextIO

from app import __version__
from app.core.engines.base import complete
from app.core.errors import NoKeychainError, UserFacingError
from app.core.providers import KEY_ENV, KIND_LABELS, KINDS, ProviderConfig, ProviderError, validate_provider
from app.core.secrets import NO_KEYCHAIN_MESSAGE, provider_account
from app.core.tasks.chat import ChatParams, Conversation

EXIT_USER_ERROR = 1
EXIT_CANCELLED = 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="plinth",
        description="Plinth: chat with local GGUF models and closed APIs. Run with no arguments to open the window.",
    )
    parser.add_argument("--version", action="version", version=f"plinth {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    models = sub.add_parser("models", help="list local models")
    models_sub = models.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    models_list = models_sub.add_parser("list", help="installed local models, the starter included")
    models_list.add_argument("--json", action="store_true", help="print JSON")

    providers = sub.add_parser("providers", help="closed-model providers: OpenAI, Anthropic, Gemini, OpenAI-compatible")
    providers_sub = providers.add_subparsers(dest="providers_command", metavar="ACTION", required=True)
    providers_list = providers_sub.add_parser("list", help="providers and where each key comes from (never the key)")
    providers_list.add_argument("--json", action="store_true", help="print JSON")
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
    providers_add.add_argument("--kind", required=True, choices=KINDS)
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

    chat = sub.add_parser("chat", help="ask a model one question")
    chat.add_argument("-m", "--model", default="starter", help="starter, local:NAME or local:/path/to/file.gguf")
    chat.add_argument("-s", "--system", default="", help="system prompt")
    chat.add_argument("--max-tokens", type=int, default=512)
    chat.add_argument("--temperature", type=float, default=0.7)
    chat.add_argument("--seed", type=int, default=None)
    chat.add_argument("--json", action="store_true", help="print one JSON object instead of streaming")
    chat.add_argument("prompt", help="the message; - reads it from standard input")
    return parser


def _fail(message: str, stderr: TextIO) -> int:
    print(f"plinth: {message}", file=stderr)
    return EXIT_USER_ERROR


def _models_list(services, as_json: bool, stdout: TextIO) -> int:
    models = services.library.list()
    if as_json:
        json.dump([m.to_dict() for m in models], stdout, indent=2)
        stdout.write("\n")
        return 0
    if not models:
        print(f"No local models. Models folder: {services.paths.models_dir}", file=stdout)
        return 0
    for m in models:
        print(f"{m.model_id:<32} {m.size_bytes / 2**20:8.1f} MiB  {m.path}", file=stdout)
    return 0


def _key_status(services, config: ProviderConfig) -> str:
    secret = services.secrets.get(provider_account(config.name), KEY_ENV[config.kind])
    return secret.source if secret else "none"


def _providers_list(services, as_json: bool, stdout: TextIO) -> int:
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
    env = KEY_ENV[kind]
    alternatives = "start a keychain (GNOME Keyring, KeePassXC) and run this again"
    if env:
        alternatives += f", set {env[0]} in your environment instead"
    alternatives += ", or add the key in the Plinth window, which can keep it until you close it"
    return (
        f"{NO_KEYCHAIN_MESSAGE} Nothing was saved: the command line cannot keep a key for this session only, "
        f"because it forgets everything when it exits. To go on, {alternatives}."
    )


def _read_key(name: str, stdin: TextIO, stderr: TextIO) -> str:
    if stdin.isatty():
        try:
            key = getpass.getpass(f"API key for {name} (hidden as you type): ", stream=stderr)
        except EOFError:
            key = ""
    else:
        key = stdin.read()
    # A piped key usually ends with a newline (echo, a file); keys never hold whitespace.
    key = key.strip()
    if not key:
        raise ProviderError(
            "No key was given.",
            "Pipe the key into the command or type it at the prompt; use --no-key for a server that needs none.",
        )
    if any(c.isspace() for c in key):
        raise ProviderError("The key contains spaces or line breaks.", "Give only the key, on one line.")
    return key


def _providers_add(services, args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    config = validate_provider(ProviderConfig(args.name, args.kind, args.base_url))
    account = provider_account(config.name)
    label = f"{config.name} ({KIND_LABELS[config.kind]}{', ' + config.base_url if config.base_url else ''})"
    if args.no_key:
        services.secrets.delete(account)
        services.providers.upsert(config)
        env = KEY_ENV[config.kind]
        note = f"; {' or '.join(env)} will be used if set" if env else ""
        print(f"Saved provider {label} with no stored key{note}.", file=stdout)
        return 0
    # Checked before asking, so nobody types a key that cannot be kept.
    if not services.secrets.keychain_available:
        return _fail(_no_keychain_for_cli(config.kind), stderr)
    key = _read_key(config.name, stdin, stderr)
    try:
        services.secrets.set(account, key)
    except NoKeychainError:
        return _fail(_no_keychain_for_cli(config.kind), stderr)
    services.providers.upsert(config)
    print(f"Saved provider {label}; its key is in the keychain ({services.secrets.backend_name}).", file=stdout)
    return 0


def _providers_remove(services, name: str, stdout: TextIO) -> int:
    services.providers.get(name)
    # The key goes first: if the keychain refuses, the provider is still listed and the command can be rerun.
    services.secrets.delete(provider_account(name))
    services.providers.remove(name)
    print(f"Removed provider {name} and its stored key.", file=stdout)
    return 0


def _providers_test(services, name: str, stdout: TextIO) -> int:
    config = services.providers.get(name)
    secret = services.secrets.get(provider_account(name), KEY_ENV[config.kind])
    if secret is None and KEY_ENV[config.kind]:
        raise ProviderError(
            f"Provider {name} has no key.",
            f"Add one with `plinth providers add {name} --kind {config.kind}`, or set {KEY_ENV[config.kind][0]}.",
        )
    from app.core.engines.remote import list_models

    models = list_models(config, secret.value if secret else None)
    config.models = list(models)
    services.providers.upsert(config)
    source = f"key from {secret.source}" if secret else "no key"
    print(f"{name}: connected ({source}), {len(models)} models:", file=stdout)
    for model in models:
        print(f"  {name}:{model}", file=stdout)
    return 0


def _providers(services, args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    action = args.providers_command
    if action == "list":
        return _providers_list(services, args.json, stdout)
    if action == "add":
        return _providers_add(services, args, stdin, stdout, stderr)
    if action == "remove":
        return _providers_remove(services, args.name, stdout)
    return _providers_test(services, args.name, stdout)


def _chat(services, args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    prompt = stdin.read() if args.prompt == "-" else args.prompt
    conversation = Conversation(system_prompt=args.system)
    conversation.add_user(prompt)
    params = ChatParams(temperature=args.temperature, max_tokens=args.max_tokens, seed=args.seed)
    request = conversation.request(params)
    engine = services.engines.get(args.model)

    def echo(text: str) -> None:
        stdout.write(text)
        stdout.flush()

    result = complete(engine, request, on_text=None if args.json else echo)
    if args.json:
        stats = result.stats
        payload = {
            "model": args.model,
            "text": result.text,
            "stats": {
                "ttft_s": stats.ttft_s,
                "tokens_in": stats.tokens_in,
                "tokens_out": stats.tokens_out,
                "tokens_per_s": stats.tokens_per_s,
                "wall_s": stats.wall_s,
                "stop_reason": stats.stop_reason,
                "cost_usd": stats.cost_usd,
            },
        }
        json.dump(payload, stdout, ensure_ascii=False)
        stdout.write("\n")
    else:
        stdout.write("\n")
    return 0


def run_cli(
    argv: list[str],
    build_services: Callable[[], object],
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
    stderr: TextIO = sys.stderr,
) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        _parser().print_help(stdout)
        return 0
    services = build_services()
    try:
        if args.command == "models":
            return _models_list(services, args.json, stdout)
        if args.command == "providers":
            return _providers(services, args, stdin, stdout, stderr)
        return _chat(services, args, stdin, stdout)
    except UserFacingError as exc:
        return _fail(str(exc), stderr)
    except KeyboardInterrupt:
        print("plinth: cancelled", file=stderr)
        return EXIT_CANCELLED
    finally:
        services.close()
