"""Funding pages, under orgs/<int:org_id>/funding/ (each wrapped in `org_view`)."""

from django.urls import path

from cetrack.funding import manage_views as m
from cetrack.funding import views as v

P = "orgs/<int:org_id>/funding/"
R = P + "requests/<int:request_id>/"
S = P + "subscriptions/<int:subscription_id>/"

urlpatterns = [
    path(P, v.home, name="funding-home"),
    path(P + "new/", v.new_request, name="funding-new"),
    path(P + "queue/", m.queue, name="funding-queue"),
    path(P + "budgets/", m.budgets, name="funding-budgets"),
    path(P + "sponsor/", m.sponsor, name="funding-sponsor"),
    path(R, v.detail, name="funding-request"),
    path(R + "decide/", v.decide, name="funding-decide"),
    path(R + "payment/", v.pay, name="funding-pay"),
    path(R + "terms/", v.terms, name="funding-terms"),
    path(R + "cancel/", v.cancel, name="funding-cancel"),
    path(R + "files/", v.attach, name="funding-attach"),
    path(R + "files/<int:file_id>/", v.download, name="funding-file"),
    path(R + "files/<int:file_id>/remove/", v.remove_file, name="funding-file-remove"),
    path(R + "outcome/", v.outcome, name="funding-outcome"),
    path(P + "subscriptions/", m.subscriptions_page, name="funding-subscriptions"),
    path(S, m.subscription_page, name="funding-subscription"),
    path(S + "items/", m.subscription_items, name="funding-subscription-items"),
    path(S + "seats/", m.assign_seat, name="funding-seat"),
    path(S + "seats/<int:seat_id>/end/", m.end_seat, name="funding-seat-end"),
    path(S + "end/", m.end_subscription, name="funding-subscription-end"),
]
