"""The "Verantwoording" page: the report to funders, on screen, on paper and as CSV."""

from jiu_desktop.views.report.page import ReportPage

__all__ = ["ReportPage"]
