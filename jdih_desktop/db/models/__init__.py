"""Every table of the app. Importing this package registers them all on ``Base.metadata``."""

from jdih_desktop.db.models.audit import AuditEvent
from jdih_desktop.db.models.content import (
    ContentDesign,
    ContentDraft,
    ContentItem,
    ContentMeeting,
    ContentPost,
    ContentReview,
)
from jdih_desktop.db.models.documents import (
    Abstract,
    Document,
    DocumentFile,
    DocumentRelation,
    DocumentSubject,
    DocumentType,
)
from jdih_desktop.db.models.files import StoredFile
from jdih_desktop.db.models.office import Counter, OfficeClosure, OfficeProfile
from jdih_desktop.db.models.privacy import PrivacyJenisSetting, PrivacyReview  # issue #22
from jdih_desktop.db.models.publishing import Publication
from jdih_desktop.db.models.requests import Disposition, Request, RequestAttachment
from jdih_desktop.db.models.sop import SopRun, StepPause, StepRun
from jdih_desktop.db.models.users import OsUserLink, User, UserRole

__all__ = [
    "Abstract",
    "AuditEvent",
    "ContentDesign",
    "ContentDraft",
    "ContentItem",
    "ContentMeeting",
    "ContentPost",
    "ContentReview",
    "Counter",
    "Disposition",
    "Document",
    "DocumentFile",
    "DocumentRelation",
    "DocumentSubject",
    "DocumentType",
    "OfficeClosure",
    "OfficeProfile",
    "OsUserLink",
    "PrivacyJenisSetting",
    "PrivacyReview",
    "Publication",
    "Request",
    "RequestAttachment",
    "SopRun",
    "StepPause",
    "StepRun",
    "StoredFile",
    "User",
    "UserRole",
]
