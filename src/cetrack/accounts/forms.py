"""Sign-up asks for the person's name as it appears on their licence: headings, transcripts and
certificates use it (the e-mail address is never shown as a name)."""

from __future__ import annotations

from typing import Any

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms

NAME_HELP = (
    "As printed on your licence or certification: transcripts and certificates show it, and "
    "auditors compare it with your certificates."
)


class SignupForm(AllauthSignupForm):  # type: ignore[misc]
    name = forms.CharField(
        label="Your name as on your licence",
        max_length=200,
        help_text=NAME_HELP,
        error_messages={"required": "Give your name as it appears on your licence."},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.order_fields(["name", "email", "password1", "password2"])

    def clean_name(self) -> str:
        name = " ".join(str(self.cleaned_data["name"]).split())
        if not name:
            raise forms.ValidationError("Give your name as it appears on your licence.")
        return name
