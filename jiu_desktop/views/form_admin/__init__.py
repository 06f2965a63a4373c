"""*Formulieren beheren*: the form templates, their versions and drafts, and the editor
(``manager.FormsManager``). ``edits`` holds the editor's edits without any Qt."""
