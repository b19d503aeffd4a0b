"""What every command module shares: the streams, the exit codes, reading TEXT or ``-``."""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from typing import Any, TextIO

EXIT_USER_ERROR = 1
EXIT_CANCELLED = 130


@dataclass
class Io:
    stdin: TextIO
    stdout: TextIO
    stderr: TextIO

    def fail(self, message: str) -> int:
        print(f"plinth: {message}", file=self.stderr)
        return EXIT_USER_ERROR

    def print_json(self, payload: Any) -> None:
        json.dump(payload, self.stdout, ensure_ascii=False, indent=None)
        self.stdout.write("\n")

    def read_text(self, value: str) -> str:
        """TEXT arguments: ``-`` reads standard input."""
        return self.stdin.read() if value == "-" else value


def add_json_flag(parser: argparse.ArgumentParser, help: str = "print JSON") -> None:
    parser.add_argument("--json", action="store_true", help=help)
