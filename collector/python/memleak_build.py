"""The collector's build backend (PEP 517, in-tree through `backend-path`): standard library only.

Why not setuptools: a wheel must build offline with whatever Python is at hand, and setuptools is
missing from CPython 3.12+ environments, while before 70.1 it cannot make a wheel without the
separate `wheel` package. The package is pure Python, so building it is writing a zip archive as
the wheel format says (https://packaging.python.org/en/latest/specifications/binary-distribution-format/):
the modules, METADATA (core metadata 2.1 from pyproject's [project] table), WHEEL,
entry_points.txt and RECORD (sha256 and size of every file).

The version is `__version__` in memleak_pytest/__init__.py (read as text: importing the package
would import pytest), which a test keeps equal to package.json's. Wheels are reproducible: every
entry carries SOURCE_DATE_EPOCH's time, or 1980-01-01 (the zip epoch) when it is unset.
"""
import base64
import hashlib
import io
import os
import re
import tarfile
import time
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = "memleak_build"


def _load_toml(path):
    try:
        import tomllib  # Python 3.11+
    except ImportError:  # 3.9, 3.10: pip carries a copy of tomli, and pip is what runs this backend
        try:
            import tomli as tomllib
        except ImportError:
            from pip._vendor import tomli as tomllib
    with open(path, "rb") as handle:
        return tomllib.load(handle)


def _project():
    """pyproject's [project] table, its version filled in, and the packages to ship."""
    config = _load_toml(os.path.join(HERE, "pyproject.toml"))
    project = dict(config["project"])
    packages = config["tool"]["memleak_build"]["packages"]
    with open(os.path.join(HERE, packages[0], "__init__.py"), encoding="utf-8") as handle:
        match = re.search(r'^__version__ = "([^"]+)"$', handle.read(), re.M)
    if match is None:
        raise RuntimeError("%s/__init__.py has no __version__ = \"…\" line" % packages[0])
    project["version"] = match.group(1)
    return project, packages


def _distribution_name(project):
    """The name as wheel and sdist file names spell it (PEP 427 / the name normalisation rule)."""
    return re.sub(r"[-_.]+", "_", project["name"]).lower()


def _metadata(project):
    """Core metadata 2.1 (https://packaging.python.org/en/latest/specifications/core-metadata/)."""
    lines = ["Metadata-Version: 2.1", "Name: %s" % project["name"], "Version: %s" % project["version"]]
    if "description" in project:
        lines.append("Summary: %s" % project["description"])
    if "keywords" in project:
        lines.append("Keywords: %s" % ",".join(project["keywords"]))
    if "text" in project.get("license", {}):
        lines.append("License: %s" % project["license"]["text"])
    lines += ["Classifier: %s" % classifier for classifier in project.get("classifiers", [])]
    if "requires-python" in project:
        lines.append("Requires-Python: %s" % project["requires-python"])
    lines += ["Requires-Dist: %s" % requirement for requirement in project.get("dependencies", [])]
    body = ""
    if "readme" in project:
        lines.append("Description-Content-Type: text/markdown")
        with open(os.path.join(HERE, project["readme"]), encoding="utf-8") as handle:
            body = handle.read()
    return "\n".join(lines) + "\n\n" + body


def _entry_points(project):
    groups = project.get("entry-points", {})
    return "".join(
        "[%s]\n%s\n" % (group, "".join("%s = %s\n" % item for item in sorted(entries.items())))
        for group, entries in sorted(groups.items())
    )


def _package_files(packages):
    """(archive path, file path) of every module of the packages, sorted (no caches, no tests)."""
    found = []
    for package in packages:
        for directory, subdirectories, names in os.walk(os.path.join(HERE, package)):
            subdirectories[:] = sorted(name for name in subdirectories if name != "__pycache__")
            for name in sorted(names):
                if name.endswith(".py"):
                    path = os.path.join(directory, name)
                    found.append((os.path.relpath(path, HERE).replace(os.sep, "/"), path))
    return found


def _timestamp():
    return max(int(os.environ.get("SOURCE_DATE_EPOCH", "315532800")), 315532800)


def _wheel(directory, project, contents):
    """Writes a py3-none-any wheel of `contents` ((archive path, bytes)) and returns its file name."""
    name = "%s-%s" % (_distribution_name(project), project["version"])
    dist_info = name + ".dist-info"
    contents = list(contents) + [
        (dist_info + "/METADATA", _metadata(project).encode("utf-8")),
        (dist_info + "/WHEEL", ("Wheel-Version: 1.0\nGenerator: %s\nRoot-Is-Purelib: true\nTag: py3-none-any\n" % GENERATOR).encode()),
        (dist_info + "/entry_points.txt", _entry_points(project).encode("utf-8")),
    ]
    record = io.StringIO()
    for path, data in contents:
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.write("%s,sha256=%s,%d\n" % (path, digest, len(data)))
    record.write("%s/RECORD,,\n" % dist_info)
    contents.append((dist_info + "/RECORD", record.getvalue().encode("utf-8")))
    filename = name + "-py3-none-any.whl"
    date_time = time.gmtime(_timestamp())[:6]
    with zipfile.ZipFile(os.path.join(directory, filename), "w", zipfile.ZIP_DEFLATED) as archive:
        for path, data in contents:
            entry = zipfile.ZipInfo(path, date_time)
            entry.external_attr = 0o644 << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, data)
    return filename


def _read(path):
    with open(path, "rb") as handle:
        return handle.read()


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    """PEP 517 hook: the wheel of the collector, in wheel_directory; returns its file name."""
    project, packages = _project()
    return _wheel(wheel_directory, project, [(path, _read(source)) for path, source in _package_files(packages)])


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    """PEP 660 hook: a wheel whose .pth file puts this source directory on sys.path."""
    project, _ = _project()
    return _wheel(wheel_directory, project, [(_distribution_name(project) + ".pth", (HERE + "\n").encode("utf-8"))])


def build_sdist(sdist_directory, config_settings=None):
    """PEP 517 hook: the source archive (pyproject, README, this backend, the modules, PKG-INFO)."""
    project, packages = _project()
    base = "%s-%s" % (_distribution_name(project), project["version"])
    files = [(name, os.path.join(HERE, name)) for name in ("pyproject.toml", project["readme"], os.path.basename(__file__))]
    contents = [(path, _read(source)) for path, source in files + _package_files(packages)]
    contents.append(("PKG-INFO", _metadata(project).encode("utf-8")))
    filename = base + ".tar.gz"
    with tarfile.open(os.path.join(sdist_directory, filename), "w:gz", format=tarfile.PAX_FORMAT) as archive:
        for path, data in sorted(contents):
            entry = tarfile.TarInfo("%s/%s" % (base, path))
            entry.size, entry.mtime, entry.mode = len(data), _timestamp(), 0o644
            archive.addfile(entry, io.BytesIO(data))
    return filename
