"""Publishing layer: the JDIHN feed, publisher adapters and proof of publication.

A service layer without Qt or SQLAlchemy: callers pass :class:`PublicationItem` values and get
:class:`PublishResult` / :class:`VerifyResult` back, or a :class:`PublishError` whose class says
what to do next (retry, look up first, ask a person). The durable outbox lives beside this
package and drives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# The names below load with their module on first use (PEP 562): ``outbox_store`` and the
# command line import this package for its states, and should not pay for the HTTP client,
# the keyring, the feed schema and every adapter.
if TYPE_CHECKING:
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

_HOMES = {
    "Publisher": "jdih_desktop.publishing.base",
    "SERVICE": "jdih_desktop.publishing.credentials",
    "CredentialStore": "jdih_desktop.publishing.credentials",
    "account_name": "jdih_desktop.publishing.credentials",
    "AccountLockedError": "jdih_desktop.publishing.errors",
    "AmbiguousPublishError": "jdih_desktop.publishing.errors",
    "AuthPublishError": "jdih_desktop.publishing.errors",
    "PermanentPublishError": "jdih_desktop.publishing.errors",
    "PublisherConfigError": "jdih_desktop.publishing.errors",
    "PublishError": "jdih_desktop.publishing.errors",
    "PublishValidationError": "jdih_desktop.publishing.errors",
    "RetryablePublishError": "jdih_desktop.publishing.errors",
    "VerificationError": "jdih_desktop.publishing.errors",
    "SecretSpec": "jdih_desktop.publishing.factory",
    "create_publisher": "jdih_desktop.publishing.factory",
    "required_secrets": "jdih_desktop.publishing.factory",
    "FeedValidationError": "jdih_desktop.publishing.feed",
    "build_feed": "jdih_desktop.publishing.feed",
    "feed_record": "jdih_desktop.publishing.feed",
    "merge_feed": "jdih_desktop.publishing.feed",
    "validate_feed": "jdih_desktop.publishing.feed",
    "HttpSettings": "jdih_desktop.publishing.http",
    "ABSTRACT": "jdih_desktop.publishing.model",
    "MAIN": "jdih_desktop.publishing.model",
    "PublicationItem": "jdih_desktop.publishing.model",
    "PublishResult": "jdih_desktop.publishing.model",
    "VerifyResult": "jdih_desktop.publishing.model",
    "verify_published": "jdih_desktop.publishing.verify",
    "verify_url": "jdih_desktop.publishing.verify",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


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
