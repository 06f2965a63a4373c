"""*Formulieren beheren*: the form templates, their versions and drafts, and the editor."""

from jiu_desktop.views.form_admin.manager import FormsManager

__all__ = ["FormsManager"]
