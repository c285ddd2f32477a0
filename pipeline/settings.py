"""Every setting, declared once with its default and help text.

Values come from ``DOCPIPE_*`` environment variables and an optional TOML file
(``docpipe.toml`` in the working directory, or the file named by ``DOCPIPE_CONFIG``).
Settings are built at the entry points and handed down; stages never read the environment.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from pipeline.options import ExtractOptions, Limits


def config_file_path(environ: Mapping[str, str] = os.environ) -> Path:
    """The config file docpipe reads: ``$DOCPIPE_CONFIG``, or ``docpipe.toml`` here."""
    return Path(environ.get("DOCPIPE_CONFIG", "docpipe.toml"))


class DocpipeSettings(BaseSettings):
    """Where every group of docpipe's settings is read from: ``DOCPIPE_*`` environment variables
    first, then the top-level keys of the config file."""

    model_config = SettingsConfigDict(env_prefix="DOCPIPE_", extra="ignore")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(settings_cls, toml_file=config_file_path())
        return (init_settings, env_settings, toml)


class Settings(DocpipeSettings):
    """docpipe's configuration."""

    data_dir: Path = Field(
        default=Path("./var"), description="Blob store, model registry and the default SQLite file."
    )
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; default: SQLite in the data dir."
    )
    broker_url: str | None = Field(
        default=None, description="Redis URL of the Celery broker; unset: embedded mode."
    )
    ocr_languages: str = Field(default="eng+nld+deu+fra", description="Tesseract languages, '+'-separated.")
    review_threshold: float = Field(
        default=0.6, description="Below this classifier confidence a document needs review."
    )
    device: Literal["auto", "cpu", "cuda"] = Field(default="auto", description="Where the transformer runs.")
    workers: int = Field(
        default=0, description="Worker processes for embedded processing; 0: one per CPU core."
    )
    torch_threads: int = Field(default=1, description="Threads torch may use per worker process.")
    model_dir: Path | None = Field(
        default=None, description="A model directory to use instead of the registry's current one."
    )
    routing_rules: Path | None = Field(
        default=None, description="YAML routing rules; default: the rules shipped."
    )
    max_file_mb: float = Field(default=50, description="Largest file accepted, in MB.")
    max_pages: int = Field(default=500, description="Most pages read from one document.")
    max_image_pixels: int = Field(
        default=100_000_000, description="Largest image (pixels) decoded: decompression bombs."
    )
    ocr_seconds_per_page: float = Field(default=60, description="OCR time limit for one page, in seconds.")
    max_nesting_depth: int = Field(
        default=5, description="Deepest attachment / archive / forwarded-message nesting."
    )
    max_zip_ratio: float = Field(
        default=100, description="Largest expansion ratio of a zip archive (zip bombs)."
    )

    imap_host: str | None = Field(
        default=None, description="IMAP server of the one mailbox set by environment."
    )
    imap_port: int | None = Field(default=None, description="IMAP port; default 993 (ssl) or 143.")
    imap_user: str | None = Field(default=None, description="IMAP user name.")
    imap_password: str | None = Field(default=None, description="IMAP password.")
    imap_password_file: Path | None = Field(default=None, description="File holding the IMAP password.")
    imap_folder: str = Field(default="INBOX", description="Mailbox folder to poll.")
    imap_security: Literal["ssl", "starttls", "plain"] = Field(
        default="ssl", description="ssl, starttls, or plain."
    )
    imap_on_done: str = Field(default="seen", description="After commit: seen, move:FOLDER or delete.")

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'docpipe.db').resolve()}"

    @property
    def blob_dir(self) -> Path:
        return self.data_dir / "blobs"

    @property
    def registry_dir(self) -> Path:
        return self.data_dir / "models"

    def internal_paths(self) -> list[Path]:
        """docpipe's own files under the data dir: never to be taken as input."""
        paths = [self.blob_dir, self.registry_dir]
        if self.database_url is None:
            database = self.data_dir / "docpipe.db"
            suffixes = ("", "-wal", "-shm", "-journal")
            paths += [database.with_name(database.name + suffix) for suffix in suffixes]
        return paths

    def limits(self) -> Limits:
        return Limits(
            max_file_bytes=int(self.max_file_mb * 1024 * 1024),
            max_pages=self.max_pages,
            max_image_pixels=self.max_image_pixels,
            ocr_seconds_per_page=self.ocr_seconds_per_page,
            max_nesting_depth=self.max_nesting_depth,
            max_zip_ratio=self.max_zip_ratio,
        )

    def extract_options(self) -> ExtractOptions:
        return ExtractOptions(limits=self.limits(), ocr_languages=self.ocr_languages)
