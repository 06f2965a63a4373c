"""Filling in a form on the laptop: the one Qt renderer of a template (``form_widget``),
the coach's way in (the Formulieren tab, ``tab``), the participant's (``participant_mode``)
and growth over time (``growth_chart``)."""
