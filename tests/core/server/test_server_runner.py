"""The runner: a free port, a port in use said plainly, counts for the status bar, a clean stop; the fair queue."""

from __future__ import annotations

import asyncio
import socket

import httpx2 as httpx
import pytest
from helpers.local_api import Api

from app.core.server.queue import FairQueue
from app.core.server.runner import ServerError, ServerRunner, is_loopback
from app.core.server.wire import ApiError


def test_address_counts_and_stop(api: Api) -> None:
    runner = api.runner
    assert runner.address == f"http://127.0.0.1:{runner.port}/v1" and runner.port > 0
    assert runner.active_requests == 0
    before = runner.served
    token = api.token()
    for _ in range(3):
        httpx.get(f"{runner.address}/models", headers={"Authorization": f"Bearer {token}"})
    assert runner.served == before + 3 and runner.active_requests == 0
    runner.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{runner.address}/models", timeout=2)


def test_a_port_in_use_says_so(api: Api) -> None:
    other = ServerRunner(api.runner._app, port=api.runner.port)
    with pytest.raises(ServerError, match=f"Port {api.runner.port} on 127.0.0.1 is in use") as info:
        other.start()
    assert "another port" in info.value.hint
    assert not other.running


def test_loopback_hosts() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.4") and not is_loopback("example.com")


def test_port_zero_picks_a_free_port_that_can_be_reused_after_stop(api: Api) -> None:
    port = api.runner.port
    api.runner.stop()
    again = ServerRunner(api.runner._app, port=port)
    again.start()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2):
            pass
    finally:
        again.stop()


def test_the_queue_serves_in_arrival_order_and_refuses_beyond_its_limit() -> None:
    async def scenario() -> tuple[list[int], int]:
        queue = FairQueue(limit=3)
        served: list[int] = []
        await queue.acquire("m")  # running

        async def wait_turn(i: int) -> None:
            await queue.acquire("m")
            served.append(i)
            queue.release("m")

        waiters = [asyncio.create_task(wait_turn(i)) for i in range(3)]
        await asyncio.sleep(0)
        with pytest.raises(ApiError) as info:
            await queue.acquire("m")
        await asyncio.sleep(0)
        queue.release("m")
        await asyncio.gather(*waiters)
        return served, info.value.status

    served, status = asyncio.run(scenario())
    assert served == [0, 1, 2] and status == 429


def test_a_waiter_that_gives_up_leaves_the_line() -> None:
    async def scenario() -> int:
        queue = FairQueue(limit=1)
        await queue.acquire("m")
        gone = asyncio.create_task(queue.acquire("m"))
        await asyncio.sleep(0)
        gone.cancel()
        await asyncio.sleep(0)
        waiting = queue.waiting("m")
        queue.release("m")
        await queue.acquire("m")  # free again at once
        return waiting

    assert asyncio.run(scenario()) == 0
