"""One settings module, read from the environment (docs/operations.md lists every variable).

Zero configuration gives a working single-user install: SQLite in the data folder, a secret key
generated once and kept there, e-mail printed to the console.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

import dj_database_url

from cetrack.limits import DEFAULT_MAX_ACTIVITIES
from cetrack.web.env import (
    data_folder,
    env_bool,
    env_int,
    env_list,
    env_text,
    private_sqlite,
)

PACKAGE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = data_folder()


def _secret_key() -> str:
    configured = env_text("SECRET_KEY")
    if configured:
        return configured
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "allauth",
    "allauth.account",
    "allauth.mfa",  # two-factor authentication (cetrack.accounts.mfa)
    "ninja",  # serves the API docs' JavaScript locally (labs may be offline)
    "cetrack.accounts",
    "cetrack.records",
    "cetrack.capture",
    "cetrack.planning",
    "cetrack.orgs",
    "cetrack.issuing",
    "cetrack.inservice",
    "cetrack.competency",
    "cetrack.funding",
    "cetrack.reminders",
    "cetrack.api",
    "huey.contrib.djhuey",
    "cetrack.jobs",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "cetrack.web.security.ContentSecurityPolicyMiddleware",
    "cetrack.web.budget.RequestBudgetMiddleware",  # work stops past the budget or client gone
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "cetrack.records.pages.KeptDashboardMiddleware",  # a warm dashboard in one cache read
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "cetrack.web.throttle.ThrottleMiddleware",  # body sizes, API and upload rate limits
    "cetrack.records.audit.AuditMiddleware",  # changes recorded as the signed-in user's
    "cetrack.accounts.mfa.TwoFactorMiddleware",  # the admin site needs two-factor for staff
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
]

ROOT_URLCONF = "cetrack.web.urls"
WSGI_APPLICATION = "cetrack.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    }
]

# -- database: SQLite in the data folder unless DATABASE_URL says otherwise -------------------
_SQLITE_OPTIONS = {
    # WAL lets readers go on while one writer writes; IMMEDIATE takes the write lock at BEGIN so
    # two writers queue on the busy timeout instead of failing with "database is locked".
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
}
_database_url = env_text("DATABASE_URL")
if _database_url:
    DATABASES = {"default": dj_database_url.parse(_database_url, conn_max_age=600)}
    if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
        DATABASES["default"]["OPTIONS"] = dict(_SQLITE_OPTIONS)
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(DATA_DIR / "cetrack.sqlite3"),
            "OPTIONS": dict(_SQLITE_OPTIONS),
        }
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Each server thread keeps its connection: opening one (and its PRAGMAs) per request cost
    # more than a warm dashboard.
    DATABASES["default"]["CONN_MAX_AGE"] = 600
# PostgreSQL: by default each server thread keeps its own connection for 10 minutes. With
# CETRACK_PG_POOL=MIN:MAX each process keeps a pool (psycopg_pool, Django's OPTIONS "pool")
# that its threads borrow from per request: fewer connections for many processes.
_pool = env_text("CETRACK_PG_POOL")
if _pool and DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    _low, _, _high = _pool.partition(":")
    DATABASES["default"]["CONN_MAX_AGE"] = 0  # the pool keeps the connections open
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": int(_low),
        "max_size": int(_high or _low),
        "timeout": 20,  # seconds to wait for a free connection before the request fails
    }
private_sqlite(DATABASES["default"])  # 0600: it holds sessions and calendar secrets
# One cache shared by every server process: rate limits, and pages built from the engine's
# verdict (keyed by the state of the user's records, so a change is seen at once; see
# services.cached_for). A table in the database (made by migrate), or Redis when configured.
REDIS_URL = env_text("CETRACK_REDIS_URL")
# Every key this deployment keeps in Redis starts with this name: the cache's keys
# ("cetrack:...") and the job queue's ("huey.redis.cetrack" and kin). Two deployments sharing one
# Redis database need different names, or each would run the other's jobs (with its own
# database's rows of the same id) and count the other's rate limits.
REDIS_PREFIX = env_text("CETRACK_REDIS_PREFIX", "cetrack")
CACHES: dict[str, dict[str, Any]]
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": REDIS_PREFIX,
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "cetrack_cache",
            "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 20000)},
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# -- background jobs (cetrack.jobs): huey; embedded by default (a SQLite file in the data folder,
# workers inside `cetrack serve`), Redis when CETRACK_REDIS_URL is set (`cetrack worker` anywhere)
HUEY = {
    "name": REDIS_PREFIX if REDIS_URL else "cetrack",
    "immediate": env_bool("CETRACK_JOBS_IMMEDIATE", False),
    "huey_class": "huey.RedisHuey" if REDIS_URL else "huey.SqliteHuey",
    **({"url": REDIS_URL} if REDIS_URL else {"filename": str(DATA_DIR / "jobs.sqlite3")}),
    "utc": True,
}
if not REDIS_URL:  # the embedded queue's file is private like the database
    private_sqlite({"ENGINE": "sqlite3", "NAME": HUEY["filename"]})
JOB_WORKERS = env_int("CETRACK_JOB_WORKERS", 2)  # worker threads per worker process
CETRACK_JOB_LEASE_SECONDS = env_int("CETRACK_JOB_LEASE_SECONDS", 600)
# The daily reminder pass is asked for from this local hour on (cetrack.reminders.jobs).
REMINDERS_HOUR = env_int("CETRACK_REMINDERS_HOUR", 6)

# -- accounts ----------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
# Django's and allauth's backends, reading the signed-in person's row from the shared cache
# (cetrack.accounts.backends); sessions are read from it too and kept in the database.
AUTHENTICATION_BACKENDS = [
    "cetrack.accounts.backends.ModelBackend",
    "cetrack.accounts.backends.AuthenticationBackend",
]
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "dashboard"
ACCOUNT_LOGOUT_REDIRECT_URL = "account_login"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
# Mandatory when e-mail can reach people: then sign-up never says whether an address is
# registered (the owner is mailed instead); with optional verification a new address signs in
# at once, which a registered one cannot, so the difference would show.
ACCOUNT_EMAIL_VERIFICATION = env_text(
    "ACCOUNT_EMAIL_VERIFICATION", "mandatory" if env_text("EMAIL_HOST") else "optional"
)
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_ON_PASSWORD_RESET = True
ACCOUNT_SESSION_REMEMBER = True
ACCOUNT_ADAPTER = "cetrack.accounts.adapter.AccountAdapter"
# Counted in the shared cache. "key" is the account as tried from one client address (guesses
# from one machine never lock the owner out of theirs); guesses from many machines meet the
# per-account back-off (accounts/backoff.py), which spares devices the owner signed in with.
ACCOUNT_RATE_LIMITS = {
    "login_failed": env_text("LOGIN_RATE_LIMIT", "10/m/ip,5/5m/key"),
    "signup": env_text("SIGNUP_RATE_LIMIT", "5/m/ip,30/h/ip"),
    "reset_password": env_text("PASSWORD_RESET_RATE_LIMIT", "20/m/ip,5/m/key"),
}
LOGIN_BACKOFF_AFTER = env_int("LOGIN_BACKOFF_AFTER", 10)
LOGIN_BACKOFF_MAX = env_int("LOGIN_BACKOFF_MAX", 3600)
# The same limiter for the API and for uploads (cetrack.web.throttle); "key" is the account.
CETRACK_RATE_LIMITS = {
    "api": env_text("API_RATE_LIMIT", "600/m/ip,300/m/key"),
    "upload": env_text("UPLOAD_RATE_LIMIT", "30/m/ip,300/h/key"),
}
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[cetrack] "
# Two-factor authentication (django-allauth MFA): an authenticator app and recovery codes, for
# anyone; required for organisation managers/administrators and site staff (accounts/mfa.py).
CETRACK_MFA_REQUIRED = env_bool("CETRACK_MFA_REQUIRED", True)
MFA_ADAPTER = "cetrack.accounts.mfa.MFAAdapter"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "cetrack"
# allauth refuses two-factor while an address is unconfirmed; without e-mail (optional
# confirmation) addresses cannot be confirmed, and managers must still be able to turn it on.
MFA_ALLOW_UNVERIFIED_EMAIL = ACCOUNT_EMAIL_VERIFICATION != "mandatory"
# Days between asking for an account's deletion and carrying it out (cetrack.accounts.deletion).
CETRACK_DELETION_GRACE_DAYS = env_int("CETRACK_DELETION_GRACE_DAYS", 14)

# -- e-mail: printed to the console unless SMTP is configured ----------------------------------
DEFAULT_FROM_EMAIL = env_text("DEFAULT_FROM_EMAIL", "cetrack <cetrack@localhost>")
if env_text("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = env_text("EMAIL_HOST")
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env_text("EMAIL_HOST_USER")
    EMAIL_HOST_PASSWORD = env_text("EMAIL_HOST_PASSWORD")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# -- files -------------------------------------------------------------------------------------
EVIDENCE_DIR = Path(env_text("CETRACK_EVIDENCE_DIR") or DATA_DIR / "evidence")
MAX_UPLOAD_BYTES = env_int("MAX_UPLOAD_MB", 10) * 1024 * 1024
# The largest request body a page without a stated limit takes (capture's many files; an audit
# packet ZIP of up to 200 MB); refused from its Content-Length before it is read.
MAX_REQUEST_BYTES = env_int("MAX_REQUEST_MB", 210) * 1024 * 1024
# Seconds a request may run before its work is stopped (a 503); 0: no limit. Its work also
# stops when the client goes away (cetrack.web.budget).
CETRACK_REQUEST_TIMEOUT = env_int("CETRACK_REQUEST_TIMEOUT", 60)
# A transcript or audit packet with more rows than this is prepared on the job queue instead of
# in the request (cetrack.records.builds: about a second of PDF layout per 30 rows).
CETRACK_EXPORT_INLINE_ROWS = env_int("CETRACK_EXPORT_INLINE_ROWS", 150)
# Activities one account may hold: web form, import, capture and API refuse past it, up front.
CETRACK_MAX_ACTIVITIES = env_int("CETRACK_MAX_ACTIVITIES", DEFAULT_MAX_ACTIVITIES)
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_UPLOAD_BYTES + 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = 100
# Uploaded certificates are read in a background thread unless this is set (tests set it).
CAPTURE_INLINE = env_bool("CAPTURE_INLINE", False)
# Scans and photos go through Tesseract OCR when it is installed; off keeps them for manual entry.
CAPTURE_OCR = env_bool("CAPTURE_OCR", True)

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)  # whitenoise serves from the finders until collectstatic runs
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
# Certificate files (`evidence`) and prepared exports stay on the local disk unless an
# S3-compatible bucket is named (django-storages; keys from AWS_ACCESS_KEY_ID and
# AWS_SECRET_ACCESS_KEY or the instance's role). docs/operations.md#certificate-files-on-s3
S3_BUCKET = env_text("CETRACK_S3_BUCKET")


def _bucket(prefix: str) -> dict[str, Any]:
    endpoint = env_text("CETRACK_S3_ENDPOINT_URL")
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": S3_BUCKET,
            "location": prefix,
            "endpoint_url": endpoint or None,
            "region_name": env_text("CETRACK_S3_REGION") or None,
            # MinIO, Ceph and the like want bucket names in the path, not the host name
            "addressing_style": env_text("CETRACK_S3_ADDRESSING", "path" if endpoint else "auto"),
            "default_acl": None,  # private: whatever the bucket's policy says, nothing public
            "file_overwrite": True,  # names are SHA-256 sums: the same name is the same bytes
        },
    }


STORAGES: dict[str, dict[str, Any]] = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
    # transcripts and audit packets built in the background (cetrack.records.builds), a day
    "exports": _bucket("exports")
    if S3_BUCKET
    else {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {
            "location": str(DATA_DIR / "exports"),
            "file_permissions_mode": 0o600,
            "directory_permissions_mode": 0o700,
        },
    },
}
if S3_BUCKET:  # without it, certificate files are in EVIDENCE_DIR (cetrack.records.evidence)
    STORAGES["evidence"] = _bucket("evidence")
WHITENOISE_USE_FINDERS = True  # `cetrack serve` works before collectstatic has run

LANGUAGE_CODE = "en-us"
TIME_ZONE = env_text("TIME_ZONE", "UTC")
USE_I18N = False
USE_TZ = True

# -- HTTPS behind a reverse proxy (docs/operations.md#https) ----------------------------------
# The proxy says the request came over HTTPS in X-Forwarded-Proto (so links in e-mails and the
# calendar URL are https://) and the client's address in X-Forwarded-For (rate limits).
BEHIND_HTTPS_PROXY = env_bool("CETRACK_BEHIND_HTTPS_PROXY", False)
if BEHIND_HTTPS_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("CETRACK_TRUSTED_PROXY_COUNT", 1 if BEHIND_HTTPS_PROXY else 0)
SECURE_SSL_REDIRECT = env_bool("CETRACK_SSL_REDIRECT", BEHIND_HTTPS_PROXY)
SECURE_REDIRECT_EXEMPT = [r"^health/$"]  # the proxy's liveness probe may use plain HTTP
SECURE_HSTS_SECONDS = env_int("CETRACK_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("CETRACK_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("CETRACK_HSTS_PRELOAD", False)

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", BEHIND_HTTPS_PROXY)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_text("LOG_LEVEL", "WARNING")},
}

# -- certificates (docs/certificates.md) -------------------------------------------------------
# The public address that signed certificates name (their ids, the issuer's did:web, the status
# lists). Set it once, before issuing: a credential keeps the address it was issued with.
CETRACK_PUBLIC_URL = env_text("CETRACK_PUBLIC_URL", "http://localhost:8000").rstrip("/")
# Secrets that encrypt organisations' signing keys at rest (Fernet keys; the first encrypts,
# all decrypt, so a new one can be put first). Empty: a key derived from SECRET_KEY.
CETRACK_KEY_SECRETS = env_list("CETRACK_KEY_SECRETS", [])
