"""The life domains (levensgebieden) of the method, as codes in their usual order.

One list for every entity that speaks of them: who coaches on which subject at the intake
now, the participation spiral per domain later. Labels are translated in the views.
"""

LIFE_DOMAINS = (
    "wonen",
    "werk",
    "inkomen",
    "mobiliteit",
    "vrije_tijd",
    "ontwikkeling",
    "sociale_contacten",
    "gezondheid",
    "zingeving",
    "welbevinden",
)
