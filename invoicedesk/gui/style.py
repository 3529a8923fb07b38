"""The window's style sheet: quiet greys, one accent colour, status colours from formatting."""

WINDOW_STYLESHEET = """
QWidget#accountsSidebar { background: #f3f4f6; }
QLabel#sidebarTitle { font-weight: bold; color: #374151; padding: 2px 2px 4px 2px; }
QPushButton#allAccountsButton { text-align: left; padding: 6px 10px; border: 1px solid #d1d5db;
    border-radius: 6px; background: white; }
QPushButton#allAccountsButton:checked { border: 2px solid #2f6fb0; background: #e8f0fa; }
QFrame#accountCard { background: palette(base); border: 1px solid #d1d5db; border-radius: 6px; }
QFrame#accountCard:focus { border: 2px solid palette(highlight); }
QFrame#accountCard[accountDisabled="true"] { background: palette(window); border-style: dashed; }
QFrame#accountCard[selected="true"] { border: 2px solid #2f6fb0; }
QFrame#accountCard QLabel { background: transparent; border: none; }
QLabel#accountName { font-weight: bold; color: palette(text); }
QLabel#accountProvider, QLabel#accountLastSync { color: #6b7280; }
QLabel#accountMessage { color: #7f1d1d; }
QLabel#accountName:disabled, QLabel#accountProvider:disabled, QLabel#accountLastSync:disabled {
    color: palette(placeholder-text); }
QLabel#sidebarEmpty { color: #6b7280; }
QWidget#filterBar { background: #fafafa; border-bottom: 1px solid #e5e7eb; }
QLabel#rangeLabel { color: #6b7280; }
QFrame#totalsStrip { background: #f9fafb; border-top: 1px solid #d1d5db; }
QFrame#totalsStrip QLabel { background: transparent; }
QLabel#totalsHeading { color: #6b7280; }
QLabel#totalsCurrency { font-weight: bold; color: #111827; }
QLabel#totalsDirection { font-weight: bold; color: #374151; }
QFrame#agingPanel { background: #f9fafb; border-top: 1px solid #d1d5db; }
QLabel#agingTitle { font-weight: bold; color: #374151; }
QLabel#agingHeading { color: #6b7280; }
QToolButton#agingCell { padding: 0px 2px; border: none; }
QToolButton#agingCell:hover, QToolButton#agingCell:focus { text-decoration: underline; }
QLabel#totalsCount, QLabel#totalsAmount { color: #111827; }
QLabel#totalsOverdue { color: #c62828; font-weight: bold; }
QLabel#totalsEmpty { color: #6b7280; }
QWidget#detailPage { background: white; }
QLabel#detailSubtitle { color: #6b7280; }
QLabel#detailPlaceholder { color: #6b7280; }
QLabel#factLabel, QLabel#keyFactLabel { color: #6b7280; }
QLabel#keyFactValue { color: #111827; font-weight: bold; }
QLabel#sectionTitle { color: #1f2937; padding-top: 4px; }
QLabel#offerSummary { color: #374151; }
QLabel#detailNoLines { color: #6b7280; }
QFrame#warningBanner { background: #fff4e5; border-bottom: 1px solid #f0b45b; }
QLabel#bannerTitle { font-weight: bold; color: #7a4100; }
QLabel#bannerText { color: #5c3b00; }
"""
