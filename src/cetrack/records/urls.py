from django.urls import path

from cetrack.records import home_views, views

urlpatterns = [
    path("", home_views.home, name="dashboard"),
    path("demo/", home_views.demo_login, name="demo-login"),
    path("credentials/add/", home_views.credential_add, name="credential-add"),
    path("credentials/<int:pk>/", views.credential_detail, name="credential"),
    path("credentials/<int:pk>/edit/", home_views.credential_edit, name="credential-edit"),
    path("credentials/<int:pk>/delete/", views.credential_delete, name="credential-delete"),
    path("credentials/<int:pk>/restore/", views.credential_restore, name="credential-restore"),
    path("activities/", views.activity_list, name="activities"),
    path("activities/add/", views.activity_add, name="activity-add"),
    path("activities/<int:pk>/", views.activity_detail, name="activity"),
    path("activities/<int:pk>/edit/", views.activity_edit, name="activity-edit"),
    path("activities/<int:pk>/delete/", views.activity_delete, name="activity-delete"),
    path("activities/<int:pk>/restore/", views.activity_restore, name="activity-restore"),
    path("activities/<int:pk>/hide/", views.activity_hide, name="activity-hide"),
    path(
        "activities/<int:pk>/certificates/",
        views.certificate_upload,
        name="certificate-upload",
    ),
    path("certificates/<int:pk>/", views.certificate_file, name="certificate"),
    path("certificates/<int:pk>/remove/", views.certificate_remove, name="certificate-remove"),
    path("history/", views.history, name="history"),
]
