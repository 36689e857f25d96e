"""The production settings with the test pages of tests/serving/urls.py added."""

from cetrack.web.settings import *  # noqa: F403

ROOT_URLCONF = "tests.serving.urls"
