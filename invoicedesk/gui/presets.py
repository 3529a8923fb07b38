"""The date presets' names as the filter bar shows them (translated), in menu order; None is a
separator. The ranges themselves are :mod:`invoicedesk.domain.periods`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from invoicedesk.domain.periods import DatePreset

translate = QCoreApplication.translate


def preset_labels() -> list[tuple[DatePreset | None, str]]:
    return [
        (DatePreset.ALL, translate("FilterBar", "Any date")),
        (DatePreset.THIS_MONTH, translate("FilterBar", "This month")),
        (DatePreset.LAST_MONTH, translate("FilterBar", "Last month")),
        (DatePreset.THIS_QUARTER, translate("FilterBar", "This quarter (VAT DK, NL)")),
        (DatePreset.LAST_QUARTER, translate("FilterBar", "Last quarter (VAT DK, NL)")),
        (DatePreset.THIS_YEAR, translate("FilterBar", "This year")),
        (DatePreset.LAST_YEAR, translate("FilterBar", "Last year")),
        (DatePreset.LAST_30_DAYS, translate("FilterBar", "Last 30 days")),
        (DatePreset.LAST_90_DAYS, translate("FilterBar", "Last 90 days")),
        (None, ""),
        (DatePreset.VAT_TERM_NO, translate("FilterBar", "This VAT term (NO, two months)")),
        (DatePreset.VAT_TERM_NO_PREVIOUS, translate("FilterBar", "Previous VAT term (NO)")),
        (DatePreset.VAT_HALF_DK, translate("FilterBar", "This VAT half-year (DK)")),
        (DatePreset.VAT_HALF_DK_PREVIOUS, translate("FilterBar", "Previous VAT half-year (DK)")),
        (None, ""),
        (DatePreset.DUE_THIS_WEEK, translate("FilterBar", "Due this week")),
        (DatePreset.DUE_NEXT_14_DAYS, translate("FilterBar", "Due in the next 14 days")),
        (DatePreset.OVERDUE_OVER_30, translate("FilterBar", "Overdue more than 30 days")),
        (None, ""),
        (DatePreset.CUSTOM, translate("FilterBar", "Custom…")),
    ]
