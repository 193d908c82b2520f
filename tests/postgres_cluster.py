"""A throw-away PostgreSQL server for the tests: `python -m tests.postgres_cluster -- CMD…`.

Installs the distribution's PostgreSQL when it is missing (Debian: apt-get, as root), makes a
cluster in a temporary folder (initdb, as an unprivileged account when run as root: the
server refuses root), starts it on 127.0.0.1 with a free port and a socket in that folder,
runs CMD with NMRF_TEST_POSTGRES_URL set to a database of its own, and stops the server and
removes the folder whatever CMD did. The exit status is CMD's.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

URL_VARIABLE = "NMRF_TEST_POSTGRES_URL"
DATABASE = "nmrf_test"


def _binaries() -> Path | None:
    """The folder of initdb and pg_ctl: on the PATH, or Debian's versioned folder."""
    if found := shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    folders = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda f: int(f.split("/")[-2]))
    return Path(folders[-1]) if folders else None


def _install() -> Path:
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise SystemExit("PostgreSQL is not installed; install the distribution's package "
                         "(Debian: apt-get install postgresql)")
    environment = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=environment)
    subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", "postgresql"],
                   check=True, env=environment)
    binaries = _binaries()
    if binaries is None:
        raise SystemExit("apt-get installed postgresql but its programs were not found")
    return binaries


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _account() -> list[str]:
    """How to run the server's programs: as ourselves, or as an unprivileged account."""
    if os.geteuid() != 0:
        return []
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return ["runuser", "-u", name, "--"]
    raise SystemExit("running as root and no unprivileged account to run PostgreSQL as")


def main(command: list[str]) -> int:
    binaries = _binaries() or _install()
    folder = Path(tempfile.mkdtemp(prefix="nmrf-postgres-"))
    data = folder / "data"
    as_server = _account()
    if as_server:
        user = as_server[2]
        shutil.chown(folder, user)
        folder.chmod(0o700)
    port = _free_port()
    log = folder / "server.log"
    try:
        subprocess.run([*as_server, str(binaries / "initdb"), "-D", str(data), "-U", "nmrf",
                        "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
                       check=True, stdout=subprocess.DEVNULL)
        options = (f"-c listen_addresses=127.0.0.1 -c port={port} "
                   f"-c unix_socket_directories={folder} -c fsync=off -c max_connections=60")
        subprocess.run([*as_server, str(binaries / "pg_ctl"), "-D", str(data), "-l", str(log),
                        "-o", options, "-w", "start"], check=True, stdout=subprocess.DEVNULL)
        try:
            subprocess.run([*as_server, str(binaries / "createdb"), "-h", "127.0.0.1", "-p",
                            str(port), "-U", "nmrf", DATABASE], check=True)
            url = f"postgresql://nmrf@127.0.0.1:{port}/{DATABASE}"
            return subprocess.run(command, env=dict(os.environ, **{URL_VARIABLE: url})
                                   ).returncode
        finally:
            subprocess.run([*as_server, str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast",
                            "-w", "stop"], stdout=subprocess.DEVNULL)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if arguments[:1] == ["--"]:
        arguments = arguments[1:]
    if not arguments:
        raise SystemExit(__doc__)
    sys.exit(main(arguments))
