#!/usr/bin/env python3
"""Runs a program on a pseudo-terminal and times its frames, for scripts/bench.mjs.

    pty-driver.py COLUMNS ROWS PROGRAM [ARG...]

Node has no pseudo-terminal of its own and tmux adds latency of its own, so the timing
happens here, at the master side of the terminal, with nothing in between. A frame is what
Ink writes between the synchronized-output marks ESC[?2026h and ESC[?2026l; it is complete
when the closing mark has been read. A frame's text has escape sequences removed, except
inverse video (ESC[7m, how the cursor row and the current pane are drawn), which becomes
\\x01.

Commands come on stdin, one JSON object a line; each gets one JSON line on stdout:
  {"op": "wait", "all": [RE...]}     the first frame since launch that matches every RE;
                                      answers "ms" from launch to its end, "first", the
                                      end of the launch's first frame of all, and "cpu",
                                      the program's CPU time by then
  {"op": "key", "data": S, "all": [RE...], "changed": RE}
                                      writes S and answers "ms" to the end of the first
                                      later frame that matches every RE and in which the
                                      first group of "changed" differs from the last frame
  {"op": "frame"}                     the last complete frame's text
  {"op": "close"}                     ends the program (TERM, then KILL) and this driver
Every command may carry "timeout" in seconds (default 120). The program's pid is the first
line written. Stdin closing also ends the program.
"""

import fcntl
import json
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import time

OPEN, CLOSE = b"\x1b[?2026h", b"\x1b[?2026l"
ESCAPES = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>78]")


def text_of(raw):
    text = raw.decode("utf-8", "replace").replace("\x1b[7m", "\x01")
    return ESCAPES.sub("", text).replace("\r", "")


def spawn(columns, rows, argv):
    pid, fd = pty.fork()
    if pid == 0:
        # The size is set before exec, so the program never sees another one.
        size = struct.pack("HHHH", rows, columns, 0, 0)
        fcntl.ioctl(sys.stdin.fileno(), termios.TIOCSWINSZ, size)
        os.execvp(argv[0], argv)
    return pid, fd


class Screen:
    """Collects the program's output into frames, each with the time its end was read."""

    def __init__(self, fd):
        self.fd, self.pending, self.frames, self.last = fd, b"", [], ""
        self.exited, self.first = False, None

    def read(self):
        try:
            chunk = os.read(self.fd, 1 << 16)
        except OSError:  # EIO once the program has gone
            chunk = b""
        now = time.monotonic()
        self.exited = self.exited or not chunk
        self.pending += chunk
        while (end := self.pending.find(CLOSE)) >= 0:
            start = self.pending.rfind(OPEN, 0, end)
            raw = self.pending[start + len(OPEN) if start >= 0 else 0 : end]
            self.pending = self.pending[end + len(CLOSE) :]
            self.last = text_of(raw)
            self.frames.append((now, self.last))
            self.first = self.first or now


def cpu_ms(pid):
    """User and system time the program has used, from /proc (10 ms ticks)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def matches(frame, patterns):
    return all(re.search(p, frame, re.M) for p in patterns)


def group_of(pattern, frame):
    found = re.search(pattern, frame, re.M) if pattern else None
    return found.group(1) if found else None


class Driver:
    def __init__(self, columns, rows, argv):
        self.launched = time.monotonic()
        self.pid, fd = spawn(columns, rows, argv)
        self.screen = Screen(fd)
        self.command, self.since, self.deadline = None, 0.0, 0.0
        self.skip, self.before = 0, None

    def begin(self, command):
        self.command = command
        self.deadline = time.monotonic() + command.get("timeout", 120)
        if command["op"] == "wait":
            self.since, self.skip = self.launched, 0
        elif command["op"] == "key":
            self.before = group_of(command.get("changed"), self.screen.last)
            self.screen.frames, self.skip = [], 0
            self.since = time.monotonic()
            os.write(self.screen.fd, command["data"].encode())
        else:
            self.finish({"frame": self.screen.last})

    def check(self):
        """Answers the command once a frame satisfies it, or when time is up."""
        command = self.command
        for index in range(self.skip, len(self.screen.frames)):
            at, frame = self.screen.frames[index]
            changed = command.get("changed")
            if matches(frame, command.get("all", [])) and (
                not changed or group_of(changed, frame) not in (None, self.before)
            ):
                first = (self.screen.first - self.launched) * 1000
                ms, cpu = (at - self.since) * 1000, cpu_ms(self.pid)
                return self.finish(
                    {"ms": ms, "first": first, "cpu": cpu, "frames": index + 1}
                )
        self.skip = len(self.screen.frames)
        if time.monotonic() > self.deadline or self.screen.exited:
            why = "exited" if self.screen.exited else "timeout"
            self.finish({"error": why, "frame": self.screen.last})

    def finish(self, answer):
        self.command = None
        print(json.dumps(answer), flush=True)

    def end(self):
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                return
            for _ in range(50):
                if os.waitpid(self.pid, os.WNOHANG)[0]:
                    return
                time.sleep(0.02)

    def serve(self):
        print(json.dumps({"pid": self.pid}), flush=True)
        received = b""
        while True:
            sources = [0] if self.screen.exited else [self.screen.fd, 0]
            ready = select.select(sources, [], [], 0.05)[0]
            if self.screen.fd in ready:
                self.screen.read()
            if 0 in ready:
                chunk = os.read(0, 1 << 16)
                if not chunk:
                    return
                received += chunk
            # One command at a time: the next is taken once this one is answered.
            while not self.command and b"\n" in received:
                line, received = received.split(b"\n", 1)
                command = json.loads(line)
                if command["op"] == "close":
                    return
                self.begin(command)
            if self.command:
                self.check()


if __name__ == "__main__":
    driver = Driver(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:])
    try:
        driver.serve()
    except KeyboardInterrupt:
        pass  # Ctrl-C reaches the whole benchmark; scripts/bench.mjs says so
    finally:
        driver.end()
