from django.urls import path

from cetrack.planning import views

urlpatterns = [
    path("catalogue/", views.catalogue, name="catalogue"),
    path("plan/", views.plan, name="plan"),
    path("plan/add/", views.plan_add, name="plan-add"),
    path("plan/items/", views.items, name="plan-items"),
    path("plan/items/add/", views.add_item, name="plan-item-add"),
    path("plan/items/<int:pk>/done/", views.item_done, name="plan-item-done"),
    path("plan/items/<int:pk>/drop/", views.item_drop, name="plan-item-drop"),
    path("plan/items/<int:pk>/undo/", views.item_undo, name="plan-item-undo"),
    path("pathways/", views.pathways, name="pathways"),
]
