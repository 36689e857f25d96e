"""WSGI entry point (`cetrack serve` uses it through waitress)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cetrack.web.settings")
application = get_wsgi_application()
