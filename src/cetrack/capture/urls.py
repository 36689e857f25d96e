from django.urls import path

from cetrack.capture import views

urlpatterns = [
    path("capture/", views.upload, name="capture"),
    path("capture/<int:pk>/", views.batch_detail, name="capture-batch"),
    path("capture/files/<int:pk>/", views.file_content, name="capture-file"),
    path("capture/files/<int:pk>/pages/<int:number>.png", views.file_page, name="capture-page"),
    path("capture/files/<int:pk>/columns/", views.columns, name="capture-columns"),
    path("capture/drafts/<int:pk>/", views.review, name="capture-review"),
    path("capture/drafts/<int:pk>/discard/", views.discard, name="capture-discard"),
    path("capture/drafts/<int:pk>/undo/", views.undo, name="capture-undo"),
    path("capture/drafts/<int:pk>/merge/<int:activity_pk>/", views.merge, name="capture-merge"),
]
