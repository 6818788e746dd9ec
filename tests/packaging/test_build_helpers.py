"""packaging/build.py's own rules, without a build: the .deb's Depends and its maintainer scripts.
(The build itself is tried end to end by packaging/ci_linux.sh, which .ci/run calls.)"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.packaging.conftest import ROOT, need


def _build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _build()


@pytest.mark.parametrize(
    ("lib", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        ("libGL.so.1", "libgl1"),
        ("libfoo2.so.0", "libfoo2-0"),  # Debian puts a dash between two numbers
    ],
)
def test_a_library_missing_here_is_named_by_debians_rule(lib: str, package: str) -> None:
    assert build.debian_package(lib, {}) == package


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Debian's dpkg")
def test_a_library_present_here_is_named_by_dpkg() -> None:
    if shutil.which("dpkg") is None:
        pytest.skip("not a Debian system")
    known = build.library_paths()
    # libc.so.6 is in libc6 on every Debian and Ubuntu, whatever merged /usr does to its path
    assert build.debian_package("libc.so.6", known) == "libc6"


def test_the_maintainer_scripts_are_valid_shell(tmp_path: Path) -> None:
    sh = need("sh", "dash")
    script = tmp_path / "postinst"
    script.write_text(build.REFRESH)
    assert subprocess.run([sh, "-n", str(script)], capture_output=True).returncode == 0
    # a broken script is caught by the same check
    script.write_text(build.REFRESH.replace("esac", ""))
    assert subprocess.run([sh, "-n", str(script)], capture_output=True).returncode != 0


def _smoke() -> ModuleType:
    spec = importlib.util.spec_from_file_location("smoke", ROOT / "packaging" / "smoke.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_bundle_ships_every_translation_and_the_smoke_test_asks_for_them(
    tmp_path: Path,
) -> None:
    """The spec packs resources/ whole as facilitation/_resources, so each compiled translation the
    app loads (the English counts' forms among them) must be there, and the smoke test of the built
    bundle fails when one is missing."""
    smoke = _smoke()
    spec = (ROOT / "packaging" / "facilitation.spec").read_text("utf-8")
    assert '(str(ROOT / "resources"), "facilitation/_resources")' in spec
    shipped = ROOT / "resources" / "translations"
    assert "facilitation_en.qm" in smoke.TRANSLATIONS and "minutes_en.qm" in smoke.TRANSLATIONS
    for name in smoke.TRANSLATIONS:
        assert (shipped / name).is_file(), f"{name}: run tools/update_translations.py"
    bundle = tmp_path / "_internal" / "facilitation" / "_resources" / "translations"
    bundle.mkdir(parents=True)
    for name in smoke.TRANSLATIONS:
        shutil.copyfile(shipped / name, bundle / name)
    smoke.check_translations(tmp_path)
    (bundle / "facilitation_en.qm").unlink()
    with pytest.raises(smoke.SmokeFailed, match=r"facilitation_en\.qm"):
        smoke.check_translations(tmp_path)
