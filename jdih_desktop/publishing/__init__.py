"""Publishing layer: the JDIHN feed, publisher adapters and proof of publication.

A service layer without Qt or SQLAlchemy: callers pass :class:`PublicationItem` values and get
:class:`PublishResult` / :class:`VerifyResult` back, or a :class:`PublishError` whose class says
what to do next (retry, look up first, ask a person). The durable outbox lives beside this
package and drives it.
"""

from jdih_desktop.publishing.base import Publisher
from jdih_desktop.publishing.credentials import SERVICE, CredentialStore, account_name
from jdih_desktop.publishing.errors import (
    AccountLockedError,
    AmbiguousPublishError,
    AuthPublishError,
    PermanentPublishError,
    PublisherConfigError,
    PublishError,
    PublishValidationError,
    RetryablePublishError,
    VerificationError,
)
from jdih_desktop.publishing.factory import SecretSpec, create_publisher, required_secrets
from jdih_desktop.publishing.feed import (
    FeedValidationError,
    build_feed,
    feed_record,
    merge_feed,
    validate_feed,
)
from jdih_desktop.publishing.http import HttpSettings
from jdih_desktop.publishing.model import (
    ABSTRACT,
    MAIN,
    PublicationItem,
    PublishResult,
    VerifyResult,
)
from jdih_desktop.publishing.verify import verify_published, verify_url

__all__ = [
    "ABSTRACT",
    "MAIN",
    "SERVICE",
    "AccountLockedError",
    "AmbiguousPublishError",
    "AuthPublishError",
    "CredentialStore",
    "FeedValidationError",
    "HttpSettings",
    "PermanentPublishError",
    "PublicationItem",
    "PublishError",
    "PublishResult",
    "PublishValidationError",
    "Publisher",
    "PublisherConfigError",
    "RetryablePublishError",
    "SecretSpec",
    "VerificationError",
    "VerifyResult",
    "account_name",
    "build_feed",
    "create_publisher",
    "feed_record",
    "merge_feed",
    "required_secrets",
    "validate_feed",
    "verify_published",
    "verify_url",
]
