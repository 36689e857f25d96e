"""Public certificate URLs (no sign-in): verification, DID document, JWKS, status lists."""

from django.urls import path

from cetrack.issuing import views

app_name = "issuing"

urlpatterns = [
    path("verify/<str:credential_id>.json", views.verify_json, name="verify-json"),
    path("verify/<str:credential_id>", views.verify, name="verify"),
    path("orgs/<slug:slug>/did.json", views.did_json, name="did"),
    path("orgs/<slug:slug>/jwks.json", views.jwks_json, name="jwks"),
    path("orgs/<slug:slug>/status/<int:number>", views.status_list, name="status-list"),
]
