"""`make package`: the frozen program and what an IT officer hands out.

    .venv/bin/python packaging/build.py            # dist/nmrf-tracker/, .tar.gz, and .deb on Linux
    .venv/bin/python packaging/build.py --no-deb   # without the .deb

PyInstaller freezes the window and the command line into one folder (nmrf-tracker.spec);
this script then trims what the program never uses (Qt's catalogues of languages other
than the six, Qt plugins it does not load), archives the folder and, on Linux, packs a .deb
that installs it under /opt with a launcher, an icon, a menu entry and the .nmrf file type.
Windows installers and macOS disk images are made by .github/workflows/release.yml.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
FOLDER = DIST / "nmrf-tracker"
WORK = ROOT / "build" / "pyinstaller"
KEPT_QT_LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh_CN")
# Qt plugin folders the window uses: drawing on screen (xcb, wayland; offscreen for the
# smoke test), printing, pictures it shows, icons, the platform's look and input methods.
# The rest (network information, TLS backends: the program never uses the network) is left
# out.
KEPT_QT_PLUGINS = {"platforms", "platformthemes", "platforminputcontexts", "printsupport",
                   "imageformats", "iconengines", "styles", "xcbglintegrations",
                   "egldeviceintegrations", "generic", "wayland-decoration-client",
                   "wayland-graphics-integration-client", "wayland-shell-integration"}


def version() -> str:
    for line in (ROOT / "app" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip('"')
    raise SystemExit("app/__init__.py has no __version__")


def machine() -> str:
    return {"x86_64": "x86_64", "amd64": "x86_64", "aarch64": "arm64",
            "arm64": "arm64"}.get(platform.machine().lower(), platform.machine().lower())


def freeze() -> None:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--distpath", str(DIST), "--workpath", str(WORK),
                    str(ROOT / "packaging" / "nmrf-tracker.spec")], check=True)


def qt_folder(folder: Path) -> Path | None:
    found = list(folder.glob("**/PySide6/Qt"))
    return found[0] if found else None


def trim(folder: Path) -> int:
    """Removes Qt's unused catalogues and plugins; returns the bytes saved."""
    qt = qt_folder(folder)
    if qt is None:
        return 0
    removed = 0

    def remove(path: Path) -> None:
        nonlocal removed
        if path.is_dir():
            removed += folder_size(path)
            shutil.rmtree(path)
        else:
            removed += path.stat().st_size
            path.unlink()

    for catalogue in (qt / "translations").glob("*.qm"):
        # qtbase_fr.qm, qt_zh_CN.qm, qtmultimedia_ar.qm…: the language follows the module.
        language = catalogue.stem.split("_", 1)[1] if "_" in catalogue.stem else ""
        if language not in KEPT_QT_LANGUAGES:
            remove(catalogue)
    plugins = qt / "plugins"
    for plugin_folder in plugins.iterdir() if plugins.is_dir() else ():
        if plugin_folder.name not in KEPT_QT_PLUGINS:
            remove(plugin_folder)
    return removed


def folder_size(folder: Path) -> int:
    """Bytes on disk: PyInstaller links Qt's libraries, which are counted once."""
    return sum(f.lstat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def archive(folder: Path, name: str) -> Path:
    target = DIST / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(folder, arcname="nmrf-tracker")
    return target


def deb(folder: Path, release: str) -> Path:
    """A .deb installing the folder under /opt/nmrf-tracker, `nmrf-tracker` on the PATH, the
    menu entry, the icon and the .nmrf type (dpkg's triggers refresh the menus and types)."""
    architecture = {"x86_64": "amd64", "arm64": "arm64"}[machine()]
    stage = ROOT / "build" / "deb" / f"nmrf-tracker_{release}_{architecture}"
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(folder, stage / "opt" / "nmrf-tracker", symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / "nmrf-tracker").symlink_to("/opt/nmrf-tracker/nmrf-tracker")
    share = stage / "usr" / "share"
    linux = ROOT / "packaging" / "linux"
    (share / "applications").mkdir(parents=True)
    shutil.copy(linux / "nmrf-tracker.desktop", share / "applications")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(linux / "nmrf-tracker-mime.xml", share / "mime" / "packages" / "nmrf-tracker.xml")
    icons = ROOT / "resources" / "icons"
    for size in (16, 32, 48, 64, 128, 256, 512):
        apps = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        apps.mkdir(parents=True)
        shutil.copy(icons / f"nmrf-tracker-{size}.png", apps / "nmrf-tracker.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(icons / "nmrf-tracker.svg", scalable)
    for mime_icon in ("48", "256"):
        mimetypes = share / "icons" / "hicolor" / f"{mime_icon}x{mime_icon}" / "mimetypes"
        mimetypes.mkdir(parents=True)
        shutil.copy(icons / f"nmrf-tracker-{mime_icon}.png",
                    mimetypes / "application-x-nmrf-tracker-exchange.png")
    control = stage / "DEBIAN"
    control.mkdir()
    installed_kb = folder_size(stage) // 1024
    (control / "control").write_text(
        f"Package: nmrf-tracker\nVersion: {release}\nArchitecture: {architecture}\n"
        "Maintainer: NMRF Tracker <nmrf-tracker@localhost>\n"
        f"Installed-Size: {installed_kb}\nSection: misc\nPriority: optional\n"
        # What Qt's xcb platform plugin loads from the system (found by starting it).
        "Depends: libc6, libfontconfig1, libfreetype6, libxkbcommon0, libxkbcommon-x11-0, "
        "libglib2.0-0, libgl1, libegl1, libx11-xcb1, libxcb-cursor0, libxcb-icccm4, "
        "libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, "
        "libxcb-xinerama0, libxcb-xkb1, libdbus-1-3\n"
        "Description: Offline follow-up of UN human-rights recommendations\n"
        " The secretariat of a national mechanism for implementation, reporting and\n"
        " follow-up and the focal points of the ministries follow up the recommendations\n"
        " of the UPR, the treaty bodies and the special procedures, offline.\n",
        encoding="utf-8")
    target = DIST / f"nmrf-tracker_{release}_{architecture}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "--build", str(stage), str(target)],
                   check=True, stdout=subprocess.DEVNULL)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-deb", action="store_true", help="do not make the .deb")
    parser.add_argument("--no-freeze", action="store_true",
                        help="use the folder already in dist/ (trim and pack it again)")
    arguments = parser.parse_args(argv)
    release = version()
    if not arguments.no_freeze:
        freeze()
    saved = trim(FOLDER)
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(sys.platform,
                                                                        sys.platform)
    made = [archive(FOLDER, f"nmrf-tracker-{release}-{system}-{machine()}")]
    if sys.platform == "linux" and not arguments.no_deb:
        if shutil.which("dpkg-deb") is None:
            print("dpkg-deb is not installed: no .deb (apt install dpkg)", file=sys.stderr)
        else:
            made.append(deb(FOLDER, release))
    print(f"{FOLDER.relative_to(ROOT)}: {folder_size(FOLDER) / 1e6:.1f} MB "
          f"({saved / 1e6:.1f} MB of unused Qt left out)")
    for path in made:
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
