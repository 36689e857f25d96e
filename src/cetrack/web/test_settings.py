"""Settings for the test suite: in-memory SQLite (or DATABASE_URL for the PostgreSQL pass), a
cheap password hasher, files in a throwaway folder, no rate limits in the way."""

import os
import tempfile

os.environ.setdefault("CETRACK_DATA", tempfile.mkdtemp(prefix="cetrack-test-"))

from cetrack.web.settings import *  # noqa: F403

if not os.environ.get("DATABASE_URL"):
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CAPTURE_INLINE = True
BINDER_INLINE = True  # inspection binders built in the request, not a thread (cetrack.orgs.binders)
# The API and upload limits are tested where they are the subject (tests/web/test_throttle.py).
CETRACK_RATE_LIMITS = {"api": "", "upload": ""}
# Two-factor authentication for managers and staff is tested where it is the subject
# (tests/web/test_two_factor.py); the personas elsewhere sign in with force_login.
CETRACK_MFA_REQUIRED = False
# A memory cache, so query counts measure a page's own queries (the database cache would add
# its own); tests/web/test_throttle.py runs the limits on the database cache and on Redis.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
HUEY = {**HUEY, "immediate": True}  # noqa: F405  (jobs run in the request, in order)
