"""Where invoicedesk keeps its files: platformdirs locations, or everything under --profile-dir."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from invoicedesk import APP_NAME


@dataclass(frozen=True)
class Profile:
    config_dir: Path
    data_dir: Path
    log_dir: Path
    #: goes into the keyring service name, so two profiles never share secrets
    id: str

    @classmethod
    def default(cls) -> Profile:
        return cls(
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
            id="default",
        )

    @classmethod
    def at(cls, directory: Path | str) -> Profile:
        root = Path(directory).expanduser().resolve()
        digest = hashlib.sha256(str(root).encode()).hexdigest()[:12]
        return cls(
            config_dir=root / "config",
            data_dir=root / "data",
            log_dir=root / "logs",
            id=f"dir-{digest}",
        )

    @property
    def cache_path(self) -> Path:
        return self.data_dir / "cache.sqlite3"

    @property
    def accounts_path(self) -> Path:
        return self.config_dir / "accounts.json"

    @property
    def exports_dir(self) -> Path:
        return self.data_dir / "exports"

    @property
    def documents_dir(self) -> Path:
        """Invoice PDFs downloaded once, opened from here offline after (storage/documents.py)."""
        return self.data_dir / "documents"

    @property
    def keyring_service(self) -> str:
        return f"{APP_NAME}/{self.id}"

    def ensure(self) -> None:
        for path in (self.config_dir, self.data_dir, self.log_dir):
            path.mkdir(parents=True, exist_ok=True, mode=0o700)
