"""docker-compose.yml, Dockerfile and docker.env.example: no Docker engine here, so their structure,
and that every `docpipe ...` command the services run exists in the CLI."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
import yaml

from tests.conftest import REPO_ROOT
from workers.distributed.config import DistributedSettings

COMPOSE = REPO_ROOT / "docker-compose.yml"
DOCPIPE_SERVICES = {
    "migrate",
    "worker-extract",
    "worker-infer",
    "worker-infer-cpu",
    "watcher",
    "imap",
    "relay",
}

# Commands the compose file runs that workers/cli.py does not offer yet: the lead wires them from
# workers/distributed/commands.py (worker, relay) and workers/sources (watch, imap). Each test run
# checks this list is exact: a command that appears in the CLI must be taken off it.
AWAITING_WIRING: set[str] = set()


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE.read_text())
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return compose["services"]


def docpipe_commands(services: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """Service name -> the arguments after ``docpipe``."""
    found = {}
    for name, service in services.items():
        command = service.get("command")
        if isinstance(command, list) and command and command[0] == "docpipe":
            found[name] = command[1:]
    return found


def test_every_service_is_there(services: dict[str, dict[str, Any]]) -> None:
    assert set(services) == DOCPIPE_SERVICES | {"redis", "postgres", "flower"}
    assert set(docpipe_commands(services)) == DOCPIPE_SERVICES


def test_the_services_run_the_right_commands(services: dict[str, dict[str, Any]]) -> None:
    commands = docpipe_commands(services)
    assert commands["migrate"] == ["db", "upgrade"]
    assert commands["worker-extract"] == ["worker", "--queues", "extract"]
    assert commands["worker-infer"][:3] == ["worker", "--queues", "infer"]
    assert commands["worker-infer-cpu"][:3] == ["worker", "--queues", "infer"]
    assert commands["watcher"] == ["watch", "/inbox"]
    assert commands["imap"] == ["imap"]
    assert commands["relay"] == ["relay"]
    assert services["flower"]["command"][0] == "celery" and "flower" in services["flower"]["command"]


def _help(args: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "workers.cli", *args, "--help"],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def test_every_docpipe_command_exists_in_the_cli(services: dict[str, dict[str, Any]]) -> None:
    runs = {}
    for args in docpipe_commands(services).values():
        words = [a for a in args if not a.startswith("-") and not a.startswith("/")]
        # The command path: the words before the first option or argument value (`db upgrade`).
        path = tuple(words[:2]) if words[0] == "db" else (words[0],)
        options = [a for a in args if a.startswith("--")]
        runs.setdefault(path, set()).update(options)
    helps = {path: _help(list(path)) for path in runs}
    missing = set()
    for path, process in helps.items():
        output, _ = process.communicate(timeout=120)
        if process.returncode != 0:
            missing.add(" ".join(path))
            continue
        for option in runs[path]:
            assert option in output, f"`docpipe {' '.join(path)}` has no {option} option:\n{output}"
    assert missing == AWAITING_WIRING, (
        f"not in the CLI: {sorted(missing)}; AWAITING_WIRING says {sorted(AWAITING_WIRING)}"
    )


def test_the_infer_worker_reserves_an_nvidia_gpu_and_has_a_cpu_variant(
    services: dict[str, dict[str, Any]],
) -> None:
    gpu = services["worker-infer"]
    devices = gpu["deploy"]["resources"]["reservations"]["devices"]
    assert devices[0]["driver"] == "nvidia" and "gpu" in devices[0]["capabilities"]
    assert gpu["environment"]["DOCPIPE_DEVICE"] == "cuda" and gpu["profiles"] == ["gpu"]
    assert "cu" in gpu["build"]["args"]["TORCH_INDEX_URL"]
    cpu = services["worker-infer-cpu"]
    assert cpu["profiles"] == ["cpu"] and cpu["environment"]["DOCPIPE_DEVICE"] == "cpu"
    assert "deploy" not in cpu


def test_volumes_share_the_blob_store_inbox_and_models(
    compose: dict[str, Any], services: dict[str, dict[str, Any]]
) -> None:
    assert {"blobs", "models", "inbox", "redis", "postgres"} <= set(compose["volumes"])
    for name in ("worker-extract", "worker-infer", "worker-infer-cpu", "watcher", "imap"):
        assert "blobs:/data/blobs" in services[name]["volumes"], name
    for name in ("worker-infer", "worker-infer-cpu"):
        assert "models:/data/models" in services[name]["volumes"], name
    assert "inbox:/inbox" in services["watcher"]["volumes"]


def test_health_checks_and_start_order(services: dict[str, dict[str, Any]]) -> None:
    for name in ("redis", "postgres", "worker-extract", "worker-infer", "worker-infer-cpu", "flower"):
        assert services[name]["healthcheck"]["test"], name
    assert services["migrate"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert services["migrate"]["restart"] == "no"
    for name in DOCPIPE_SERVICES - {"migrate"}:
        depends = services[name]["depends_on"]
        assert depends["migrate"]["condition"] == "service_completed_successfully", name
        assert depends["redis"]["condition"] == "service_healthy", name
    assert "--appendonly" in services["redis"]["command"]


def test_the_example_env_file_names_only_real_settings() -> None:
    example = REPO_ROOT / "docker.env.example"
    keys = [
        line.split("=", 1)[0].lstrip("# ").strip()
        for line in example.read_text().splitlines()
        if "=" in line and line.lstrip("# ").split("=", 1)[0].isupper()
    ]
    settings = {f"DOCPIPE_{name.upper()}" for name in DistributedSettings.model_fields}
    docpipe_keys = [key for key in keys if key.startswith("DOCPIPE_")]
    assert {"DOCPIPE_DATABASE_URL", "DOCPIPE_BROKER_URL"} <= set(docpipe_keys)
    assert set(docpipe_keys) <= settings, set(docpipe_keys) - settings
    assert {"POSTGRES_PASSWORD", "FLOWER_BASIC_AUTH"} <= set(keys)


def test_services_read_the_env_file(services: dict[str, dict[str, Any]]) -> None:
    for name in DOCPIPE_SERVICES | {"postgres", "flower"}:
        assert services[name]["env_file"] == ["docker.env"], name


def test_the_dockerfile_installs_ocr_languages_and_the_cli() -> None:
    dockerfile = (REPO_ROOT / "Dockerfile").read_text()
    for language in DistributedSettings.model_fields["ocr_languages"].default.split("+"):
        assert f"tesseract-ocr-{language}" in dockerfile
    assert "tesseract-ocr-osd" in dockerfile
    assert "torch==2.13.0" in dockerfile and "TORCH_INDEX_URL" in dockerfile
    assert 'CMD ["docpipe"' in dockerfile
    for package in ("pipeline", "models", "workers"):
        assert f"COPY {package} ./{package}" in dockerfile


def test_the_dockerignore_keeps_the_virtualenv_out_of_the_build() -> None:
    ignored = (REPO_ROOT / ".dockerignore").read_text().splitlines()
    assert ".venv" in ignored and "var" in ignored
