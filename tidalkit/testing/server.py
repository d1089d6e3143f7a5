"""A loopback HTTP server for a sandbox (uvicorn; the ``tidalkit[server]`` extra).

    async with Sandbox().serve() as server:
        async with httpx.AsyncClient(base_url=server.urls.v2) as http:
            ...

It binds 127.0.0.1 on a free port, runs inside the caller's task, and stops on exit. A dropped
connection fault closes the socket without any response bytes.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Generator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import anyio
import anyio.lowlevel
import uvicorn
from anyio.abc import TaskGroup

from tidalkit.testing._asgi import Scope

if TYPE_CHECKING:
    from tidalkit.testing.sandbox import Sandbox, SandboxURLs

__all__ = ["SandboxServer"]

_LOOPBACK = ("127.0.0.1", "::1", "localhost")
_STOP_TIMEOUT = 10.0


class SandboxServer:
    """Runs ``sandbox`` on loopback as an async context manager; ``urls`` and ``port`` once entered."""

    def __init__(self, sandbox: Sandbox, *, host: str = "127.0.0.1", port: int = 0) -> None:
        if host not in _LOOPBACK:
            raise ValueError("The sandbox server binds loopback addresses only")
        self.sandbox = sandbox
        self.host = "127.0.0.1" if host == "localhost" else host
        self.port = port
        self._socket: socket.socket | None = None
        self._server: uvicorn.Server | None = None
        self._task_group: TaskGroup | None = None
        self._done: anyio.Event | None = None

    @property
    def urls(self) -> SandboxURLs:
        from tidalkit.testing.sandbox import SandboxURLs

        if self._server is None:
            raise RuntimeError("The server is not running; use it as `async with sandbox.serve() as server`")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return SandboxURLs.for_base(f"http://{host}:{self.port}")

    async def __aenter__(self) -> Self:
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        self._socket = sock
        config = uvicorn.Config(
            self.sandbox,
            interface="asgi3",
            lifespan="off",
            http="auto",  # httptools when installed (faster), else h11
            log_level="warning",
            access_log=False,
            backlog=4096,
            timeout_keep_alive=30,
            timeout_graceful_shutdown=2,
        )
        server = _Server(config)
        self._server = server
        task_group = anyio.create_task_group()
        await task_group.__aenter__()
        self._task_group = task_group
        self._done = anyio.Event()
        task_group.start_soon(self._run, server, sock, self._done)
        try:
            with anyio.fail_after(10):
                while not server.started:
                    if server.should_exit:
                        raise RuntimeError("The sandbox server failed to start")
                    await anyio.sleep(0.005)
        except BaseException:
            await self._stop()
            raise
        self.sandbox._drop_hook = self._abort  # pyright: ignore[reportPrivateUsage]
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self._stop()

    async def _run(self, server: uvicorn.Server, sock: socket.socket, done: anyio.Event) -> None:
        try:
            await server.serve([sock])
        finally:
            done.set()

    async def _stop(self) -> None:
        """Stop gracefully even when the caller's block failed or was cancelled (shielded, bounded)."""
        if self.sandbox._drop_hook == self._abort:  # pyright: ignore[reportPrivateUsage]
            self.sandbox._drop_hook = None  # pyright: ignore[reportPrivateUsage]
        server, task_group, done = self._server, self._task_group, self._done
        try:
            if server is not None:
                server.should_exit = True
            if done is not None:
                with anyio.move_on_after(_STOP_TIMEOUT, shield=True):
                    await done.wait()
            if task_group is not None:
                if done is not None and not done.is_set():
                    task_group.cancel_scope.cancel()
                # The caller's own exception (or cancellation) propagates from its ``async with``;
                # handing it to the task group would only wrap it in an ExceptionGroup.
                await task_group.__aexit__(None, None, None)
        finally:
            self._task_group = None
            self._server = None
            self._done = None
            if self._socket is not None:
                self._socket.close()
                self._socket = None

    async def _abort(self, scope: Scope) -> bool:
        """Close the request's socket without a response (the dropped-connection fault)."""
        server = self._server
        client = scope.get("client")
        if server is None or client is None:
            return False
        peer = tuple(client)
        for connection in list(server.server_state.connections):
            if getattr(connection, "client", None) == peer:
                transport: Any = getattr(connection, "transport", None)
                if transport is None:
                    return False
                transport.abort()
                # Let uvicorn see connection_lost, so it does not answer 500 for the silent return.
                for _ in range(3):
                    await anyio.lowlevel.checkpoint()
                return True
        return False


class _Server(uvicorn.Server):
    """uvicorn's server without signal handling: the test or benchmark owns the process."""

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield
