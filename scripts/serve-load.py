#!/usr/bin/env python3
"""Load on `tumen serve`, with real OpenSSH clients: a class at once.

Starts `tumen serve` and the teacher's `tumen present` (each in its own folders, the
presenter on a pseudo-terminal of this script's), then N students with `ssh`, each on a
pseudo-terminal of its own size. Half follow the teacher; half explore, pressing random
keys a few times a second. One more student follows and then stops reading altogether
(a slow client). The teacher steps through the lesson every STEP seconds.

Prints figures (connections a second, the server's memory, how long a step takes to
reach the followers) and exits 1 if the server died, a follower missed a step, or a
client was never served. Speed is reported, not judged: figures go to
docs/PERFORMANCE.md.

    scripts/serve-load.py [--clients 60] [--seconds 60] [--step 2] [--tumen .build/release/tumen]
"""
import argparse
import fcntl
import os
import pty
import random
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

KEYS = [b"j", b"k", b"m", b"t", b"+", b"-", b"]", b"[", b"\r", b"\x1b", b"g", b"G", b"w", b"\t", b"f", b" "]


def spawn(argv, env, size):
    """A child on a new pseudo-terminal of `size` (columns, rows); returns (pid, fd)."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
    os.set_blocking(fd, False)
    return pid, fd


def cpu_seconds(pid):
    """User and system CPU time the process has used so far."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class Student:
    def __init__(self, index, pid, fd, role):
        self.index, self.pid, self.fd, self.role = index, pid, fd, role
        self.output = b""
        self.state = "connecting"  # connecting → note → chosen
        self.connected_at = None
        self.last_byte = 0.0
        self.arrivals = []  # times bytes arrived, for step latency
        self.next_key = 0.0
        self.reading = True


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=60)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--step", type=float, default=2.0)
    parser.add_argument("--tumen", default=".build/release/tumen")
    parser.add_argument("--ssh", default=shutil.which("ssh") or "ssh")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="tumen-serve-load-")
    env = dict(os.environ, XDG_STATE_HOME=work + "/state", XDG_RUNTIME_DIR=work + "/run", LANG="C.UTF-8", TERM="xterm-256color")
    env.pop("SSH_AUTH_SOCK", None)
    server = subprocess.Popen([args.tumen, "serve", "--port", "0", "--lesson", "escape-route",
                               "--max-clients", str(args.clients + 1)],
                              env=env, stdout=subprocess.PIPE, stderr=open(work + "/serve.err", "w"), text=True)
    port = None
    deadline = time.time() + 30
    while port is None and time.time() < deadline:
        line = server.stdout.readline()
        match = re.search(r"port (\d+)\.", line)
        if match:
            port = int(match.group(1))
    if port is None:
        print("serve did not start", file=sys.stderr)
        return 1
    # The status lines go on being written; read them away so the server never blocks.
    os.set_blocking(server.stdout.fileno(), False)
    base_rss = rss_kb(server.pid)

    teacher_pid, teacher_fd = spawn([args.tumen, "present", "--lesson", "escape-route"], env, (100, 30))
    ssh = [args.ssh, "-F", "/dev/null", "-p", str(port), "-o", "StrictHostKeyChecking=accept-new",
           "-o", "UserKnownHostsFile=" + work + "/known_hosts", "-o", "IdentityAgent=none",
           "-o", "LogLevel=ERROR", "-tt", "class@127.0.0.1"]
    # One connection first, so the host key is in known_hosts before the crowd arrives.
    rng = random.Random(1)
    students = []
    started = time.time()
    for index in range(args.clients + 1):
        role = "slow" if index == args.clients else ("follow" if index % 2 == 0 else "explore")
        size = (rng.randint(60, 200), rng.randint(20, 60))
        pid, fd = spawn(ssh, env, size)
        students.append(Student(index, pid, fd, role))
        if index == 0:
            time.sleep(1.0)
            crowd_started = time.time()

    step_times = []  # when the teacher was sent each step key
    steps_sent = 0
    next_step = None
    end = None
    failures = []
    peak_rss = base_rss
    while True:
        now = time.time()
        fds = [s.fd for s in students if s.reading] + [teacher_fd]
        readable, _, _ = select.select(fds, [], [], 0.01)
        now = time.time()
        for fd in readable:
            try:
                data = os.read(fd, 65536)
            except OSError:
                data = b""
            if fd == teacher_fd:
                continue
            student = next(s for s in students if s.fd == fd)
            if not data:
                student.reading = False
                if student.state != "done":
                    failures.append(f"student {student.index} ({student.role}) lost its connection")
                continue
            student.last_byte = now
            student.arrivals.append(now)
            if student.state == "connecting":
                student.output += data
                if b"Content note" in student.output:
                    student.state = "note"
                    student.connected_at = now
                    os.write(fd, b" ")
            elif student.state == "note":
                # Any screen after the key is the choice: frames carry only the cells that
                # changed, so its words need not arrive whole.
                student.state = "chosen"
                os.write(fd, b"e" if student.role == "explore" else b"f")
                student.output = b""
        if all(s.state == "chosen" for s in students) and next_step is None:
            connect_seconds = max(s.connected_at for s in students[1:]) - crowd_started
            next_step = now + 1.0
            end = now + args.seconds
            peak_rss = max(peak_rss, rss_kb(server.pid))
        # The slow student stops reading once it is following.
        slow = students[-1]
        if slow.state == "chosen" and slow.reading and next_step is not None:
            slow.reading = False
        if next_step is not None and now >= next_step and steps_sent < 11:
            os.write(teacher_fd, b" ")
            step_times.append(now)
            steps_sent += 1
            next_step = now + args.step
        for student in students:
            if student.role == "explore" and student.state == "chosen" and now >= student.next_key:
                key = rng.choice(KEYS)
                try:
                    os.write(student.fd, key if key != b"f" else b"F" if rng.random() < 0.05 else b"j")
                except OSError:
                    pass
                student.next_key = now + rng.uniform(0.1, 0.4)
        try:
            server.stdout.read()
        except (OSError, TypeError):
            pass
        if next_step is not None and now > 5 and int(now * 2) % 2 == 0:
            peak_rss = max(peak_rss, rss_kb(server.pid))
        if server.poll() is not None:
            failures.append(f"the server exited ({server.returncode})")
            break
        # Done when the time is up and the last step has had two seconds to arrive.
        if end is not None and now >= end and step_times and now >= step_times[-1] + 2:
            break
        if next_step is None and now - started > 60:
            failures.append(f"only {sum(s.state == 'chosen' for s in students)} of {len(students)} students were served within a minute")
            break

    # Step latency: for each step, the first bytes each follower got after it.
    latencies = []
    followers = [s for s in students if s.role == "follow"]
    for number, sent in enumerate(step_times):
        until = step_times[number + 1] if number + 1 < len(step_times) else float("inf")
        for student in followers:
            arrived = [t for t in student.arrivals if sent <= t < until]
            if arrived:
                latencies.append(arrived[0] - sent)
            else:
                failures.append(f"follower {student.index} never got step {number + 2}")
    final_rss = rss_kb(server.pid)
    server_cpu = cpu_seconds(server.pid)
    wall = time.time() - started

    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        failures.append("the server did not stop within 10 s of SIGTERM")
        server.kill()
    for student in students + [Student(-1, teacher_pid, teacher_fd, "teacher")]:
        try:
            os.kill(student.pid, signal.SIGKILL)
            os.waitpid(student.pid, 0)
        except OSError:
            pass

    clients = len(students)
    print(f"clients: {clients} ({len(followers)} following, {clients - len(followers) - 1} exploring with random keys, 1 not reading)")
    if next_step is not None:
        print(f"{clients - 1} connected at once, each served its content note, within {connect_seconds:.2f} s: "
              f"{(clients - 1) / connect_seconds:.1f} connections a second")
    print(f"server memory (RSS): {base_rss / 1024:.1f} MB idle, {peak_rss / 1024:.1f} MB peak, "
          f"{max(0, peak_rss - base_rss) / 1024 / clients:.2f} MB a client")
    if latencies:
        latencies.sort()
        print(f"steps: {len(step_times)}; step to follower: median {statistics.median(latencies) * 1000:.0f} ms, "
              f"95th percentile {latencies[int(len(latencies) * 0.95) - 1] * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms "
              f"({len(latencies)} deliveries)")
    print(f"server CPU: {server_cpu:.1f} s over {wall:.0f} s ({100 * server_cpu / wall:.0f}% of one core); "
          f"RSS at the end {final_rss / 1024:.1f} MB")
    print(f"server exit status after SIGTERM: {server.returncode}")
    for failure in failures[:20]:
        print("FAILED: " + failure)
    shutil.rmtree(work, ignore_errors=True)
    return 1 if failures or server.returncode != 0 else 0


if __name__ == "__main__":
    sys.exit(main())
