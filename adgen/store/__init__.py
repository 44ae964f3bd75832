"""Storage: project documents (versioned), media (local folder or S3) and checked uploads."""

from adgen.store.media import LocalMediaStore, MediaStore, S3MediaStore, open_media_store
from adgen.store.projects import (
    InvalidRenderResult,
    ProjectExists,
    ProjectNotFound,
    ProjectStore,
    ProjectSummary,
    SQLiteProjectStore,
    StoreError,
    VersionConflict,
    VersionInfo,
    open_project_store,
)
from adgen.store.uploads import CheckedImage, UploadRejected, store_upload, validate_image_upload

__all__ = [
    "CheckedImage",
    "InvalidRenderResult",
    "LocalMediaStore",
    "MediaStore",
    "ProjectExists",
    "ProjectNotFound",
    "ProjectStore",
    "ProjectSummary",
    "S3MediaStore",
    "SQLiteProjectStore",
    "StoreError",
    "UploadRejected",
    "VersionConflict",
    "VersionInfo",
    "open_media_store",
    "open_project_store",
    "store_upload",
    "validate_image_upload",
]
