"""The Droomblik tab: the dream tin of the handbook's work form 2 ("Inblikken van je droom").

``tab.py`` puts the parts together: the tins as cards (``cards.py``), one tin with its
hidden dream and its steps (``tin_panel.py``), the step being worked on
(``step_editor.py``) and the dialog for a new tin (``new_dream.py``).

Nothing is imported here: the tab module is reached through the participant page's list
of tabs (``views/participants/tabs``), which must be imported first.
"""
