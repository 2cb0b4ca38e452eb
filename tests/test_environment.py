"""pyproject.toml and environment.yml declare the same packages."""

import re
import tomllib

from conftest import ROOT

_NAME = re.compile(r"^\s*-?\s*([A-Za-z0-9_.\-]+)")
CONDA_ONLY = {"python", "pip"}


def _names(specs):
    return {_NAME.match(s).group(1).lower().replace("_", "-") for s in specs if _NAME.match(s)}


def test_conda_and_pip_declare_the_same_packages():
    py = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pip_names = _names(py["dependencies"]) | _names(sum(py["optional-dependencies"].values(), []))
    conda = []
    in_deps = False
    for line in (ROOT / "environment.yml").read_text().splitlines():
        if line.startswith("dependencies:"):
            in_deps = True
            continue
        if in_deps and re.match(r"^  - [A-Za-z]", line):
            conda.append(line.strip()[2:])
    conda_names = _names(conda) - CONDA_ONLY
    assert conda_names == pip_names, (
        f"only in environment.yml: {sorted(conda_names - pip_names)}; "
        f"only in pyproject.toml: {sorted(pip_names - conda_names)}"
    )
