#!/usr/bin/env python3
"""Holds many slow connections open against a loopback HTTP server (a slowloris attack) and
measures how long a legitimate request takes meanwhile.

    slowloris.py PORT [--attackers 500] [--seconds 60] [--path /api/health]

Each attacker sends a request line and then one more header byte every two seconds, and
reconnects when the server closes it. A legitimate client opens a fresh connection four times a
second and times a complete GET. Prints the figures and exits 1 when any legitimate request
failed or took a second or more. Loopback only: the address is fixed to 127.0.0.1.
"""
import argparse
import asyncio
import statistics
import sys
import time

HOST = "127.0.0.1"


async def attacker(port, deadline, stats):
    while time.monotonic() < deadline:
        try:
            reader, writer = await asyncio.open_connection(HOST, port)
        except OSError:
            stats["refused"] += 1
            await asyncio.sleep(0.5)
            continue
        stats["opened"] += 1
        try:
            writer.write(f"GET /api/health HTTP/1.1\r\nHost: {HOST}:{port}\r\nX-Slow: ".encode())
            await writer.drain()
            while time.monotonic() < deadline:
                await asyncio.sleep(2)
                if reader.at_eof():
                    break
                writer.write(b"a")
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            writer.close()
            stats["closed_by_server"] += 1


async def legitimate(port, path, deadline, latencies, failures):
    request = f"GET {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\nConnection: close\r\n\r\n".encode()
    while time.monotonic() < deadline:
        started = time.monotonic()
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection(HOST, port), 5)
            writer.write(request)
            await writer.drain()
            response = await asyncio.wait_for(reader.read(), 5)
            writer.close()
            if not response.startswith(b"HTTP/1.1 200"):
                failures.append(response[:60])
            else:
                latencies.append(time.monotonic() - started)
        except (asyncio.TimeoutError, OSError) as error:
            failures.append(repr(error))
        await asyncio.sleep(0.25)


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("--attackers", type=int, default=500)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--path", default="/api/health")
    args = parser.parse_args()
    if not 1 <= args.attackers <= 2000 or not 1 <= args.seconds <= 600:
        sys.exit("slowloris: --attackers must be 1..2000 and --seconds 1..600")

    deadline = time.monotonic() + args.seconds
    stats = {"opened": 0, "refused": 0, "closed_by_server": 0}
    latencies, failures = [], []
    tasks = [asyncio.create_task(attacker(args.port, deadline, stats)) for _ in range(args.attackers)]
    # Let the attackers take their slots before measuring.
    await asyncio.sleep(min(3, args.seconds / 4))
    await legitimate(args.port, args.path, deadline, latencies, failures)
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)

    print(f"attackers {args.attackers}, {args.seconds:.0f} s: attacker connections opened {stats['opened']}, "
          f"refused {stats['refused']}")
    if latencies:
        ms = sorted(x * 1000 for x in latencies)
        p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
        print(f"legitimate requests answered {len(ms)}, failed {len(failures)}; latency ms: "
              f"median {statistics.median(ms):.1f}, p99 {p99:.1f}, max {ms[-1]:.1f}")
    for failure in failures[:5]:
        print(f"failed: {failure}")
    slow = [x for x in latencies if x >= 1.0]
    if failures or slow or not latencies:
        print("FAIL: a legitimate request failed or took a second or more")
        return 1
    print("PASS: every legitimate request was answered within a second")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
