"""A fault-injecting HTTP proxy on loopback: a real socket between the app and the real server.

One request per connection (the proxy asks the upstream to close after answering), so each
request can be given its own fault. Faults apply to the next `count` requests whose path
contains `path_contains`; everything else is forwarded untouched.
"""
from __future__ import annotations

import asyncio
import socket
import struct
import threading
from dataclasses import dataclass


@dataclass
class Fault:
    mode: str  # reset_before | drop_answer | slow | status_500 | malformed | reset_mid_request
    count: int
    path_contains: str = ""
    delay_s: float = 2.0


class FaultProxy:
    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.faults: list[Fault] = []
        self.forwarded = 0
        self.faulted = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.base_events.Server | None = None
        self._thread: threading.Thread | None = None
        self.port = 0
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def inject(self, mode: str, count: int = 1, path_contains: str = "", delay_s: float = 2.0) -> None:
        with self._lock:
            self.faults.append(Fault(mode, count, path_contains, delay_s))

    def _take(self, path: str) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.count > 0 and fault.path_contains in path:
                    fault.count -= 1
                    self.faulted += 1
                    return fault
        return None

    def start(self) -> str:
        ready = threading.Event()

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            self._server = self._loop.run_until_complete(
                asyncio.start_server(self._handle, "127.0.0.1", self.port))
            self.port = self._server.sockets[0].getsockname()[1]
            ready.set()
            self._loop.run_forever()

        self._thread = threading.Thread(target=run, name="fault-proxy", daemon=True)
        self._thread.start()
        ready.wait(5)
        return self.url

    def stop(self) -> None:
        """Close the listening socket: new connections are refused (the port stays known)."""
        if self._loop is None:
            return
        async def close() -> None:
            assert self._server is not None
            self._server.close()
        asyncio.run_coroutine_threadsafe(close(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        assert self._thread is not None
        self._thread.join(5)
        self._loop = None

    @staticmethod
    def _reset(writer: asyncio.StreamWriter) -> None:
        sock = writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()
            return
        lines = head.decode("latin-1").split("\r\n")
        path = lines[0].split(" ")[1] if " " in lines[0] else ""
        length = 0
        kept = [lines[0]]
        for line in lines[1:]:
            if not line:
                continue
            name = line.split(":", 1)[0].strip().lower()
            if name == "content-length":
                length = int(line.split(":", 1)[1])
            if name == "connection":
                continue
            kept.append(line)
        fault = self._take(path)
        if fault and fault.mode == "reset_mid_request":
            self._reset(writer)
            return
        body = await reader.readexactly(length) if length else b""
        if fault and fault.mode == "reset_before":
            self._reset(writer)
            return
        if fault and fault.mode == "status_500":
            payload = b'{"code":"server_error","message":"injected"}'
            writer.write(b"HTTP/1.1 500 Internal Server Error\r\ncontent-type: application/json\r\n"
                         b"content-length: %d\r\nconnection: close\r\n\r\n%s" % (len(payload), payload))
            await writer.drain()
            writer.close()
            return
        request = ("\r\n".join(kept) + "\r\nConnection: close\r\n\r\n").encode("latin-1") + body
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        up_writer.write(request)
        await up_writer.drain()
        response = await up_reader.read()  # until the upstream closes: the whole answer
        up_writer.close()
        self.forwarded += 1
        if fault and fault.mode == "drop_answer":  # the server committed; the answer is lost
            self._reset(writer)
            return
        if fault and fault.mode == "slow":
            await asyncio.sleep(fault.delay_s)
        if fault and fault.mode == "malformed":
            head_end = response.index(b"\r\n\r\n")
            garbage = b'{"id": "truncated'
            headers = [h for h in response[:head_end].split(b"\r\n") if not h.lower().startswith(b"content-length")]
            response = b"\r\n".join(headers) + b"\r\ncontent-length: %d\r\n\r\n" % len(garbage) + garbage
        try:
            writer.write(response)
            await writer.drain()
            writer.close()
        except ConnectionError:
            pass
