"""The first-run panel, shown instead of the table while there is no account: add an account
(one button per provider, with a line on what it needs), or try the demo (in a throw-away
profile, in a process of its own), and where invoicedesk keeps passwords."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.providers import available_specs

translate = QCoreApplication.translate


def needs(provider: str) -> str:
    """One line on what an account of ``provider`` needs."""
    lines = {
        "sendregning": translate(
            "FirstRun", "Your SendRegning login e-mail, password and account number."
        ),
        "telecomx": translate(
            "FirstRun", "Your Telecom X username and password, or an employee token."
        ),
        "buckaroo": translate("FirstRun", "The website key and secret key from Buckaroo Plaza."),
        "connectid": translate(
            "FirstRun", "The client ID from MediaConnect; you sign in in the browser."
        ),
    }
    return lines.get(provider, "")


def start_demo_process() -> None:
    """The demo in a process of its own: its sandboxes, accounts and state live in a throw-away
    profile that is gone when its window closes."""
    subprocess.Popen(
        [sys.executable, "-m", "invoicedesk", "--demo"],
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )


class FirstRunPanel(QScrollArea):
    #: add an account of this provider
    add_requested = Signal(str)

    def __init__(
        self,
        secrets_where: str,
        *,
        start_demo: Callable[[], None] = start_demo_process,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRun")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.start_demo = start_demo
        body = QWidget()
        body.setObjectName("firstRunBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(12)

        title = QLabel(translate("FirstRun", "Welcome to invoicedesk"), body)
        title.setObjectName("firstRunTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        intro = QLabel(
            translate(
                "FirstRun",
                "Add the accounts you send or receive invoices with, and every invoice shows "
                "in one table: amounts, VAT, due dates and what is still owed.",
            ),
            body,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        heading = QLabel(translate("FirstRun", "Add an account"), body)
        heading.setObjectName("firstRunHeading")
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        layout.addWidget(heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        self.provider_buttons: dict[str, QPushButton] = {}
        for row, spec in enumerate(available_specs()):
            button = QPushButton(spec.display_name, body)
            button.setObjectName(f"firstRun_{spec.name}")
            line = needs(spec.name)
            button.setAccessibleName(
                translate("FirstRun", "Add a {provider} account").format(provider=spec.display_name)
            )
            button.setAccessibleDescription(line)
            button.setMinimumWidth(200)
            button.clicked.connect(lambda _c=False, name=spec.name: self.add_requested.emit(name))
            self.provider_buttons[spec.name] = button
            hint = QLabel(line, body)
            hint.setWordWrap(True)
            hint.setBuddy(button)
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(hint, row, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

        demo_heading = QLabel(translate("FirstRun", "Just looking?"), body)
        demo_heading.setFont(bold)
        layout.addWidget(demo_heading)
        self.demo_button = QPushButton(translate("FirstRun", "Try the demo"), body)
        self.demo_button.setObjectName("firstRunDemo")
        self.demo_button.setAccessibleName(translate("FirstRun", "Try the demo"))
        self.demo_button.clicked.connect(self._demo)
        demo_line = QLabel(
            translate(
                "FirstRun",
                "Opens a second window with made-up invoices from built-in test servers. "
                "Nothing of it is kept, and your own settings are not touched.",
            ),
            body,
        )
        demo_line.setWordWrap(True)
        grid_demo = QGridLayout()
        grid_demo.setHorizontalSpacing(12)
        self.demo_button.setMinimumWidth(200)
        grid_demo.addWidget(self.demo_button, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid_demo.addWidget(demo_line, 0, 1)
        grid_demo.setColumnStretch(1, 1)
        layout.addLayout(grid_demo)

        self.secrets_label = QLabel(secrets_where, body)
        self.secrets_label.setObjectName("firstRunSecrets")
        self.secrets_label.setWordWrap(True)
        self.secrets_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addSpacing(6)
        layout.addWidget(self.secrets_label)
        layout.addStretch(1)
        self.setWidget(body)

    def _demo(self) -> None:
        self.start_demo()
        self.demo_button.setEnabled(False)
        self.demo_button.setText(translate("FirstRun", "The demo is starting…"))


def secrets_text(keyring_name: str, usable: bool) -> str:
    if usable:
        return translate(
            "FirstRun",
            "Passwords, keys and tokens are kept only in your system's keyring ({name}), never "
            "in a file of invoicedesk's. Invoices are cached on this computer so the app works "
            "offline.",
        ).format(name=keyring_name)
    return translate(
        "FirstRun",
        "invoicedesk keeps passwords only in the system keyring, and none usable was found "
        "({name}): see the warning above before adding an account.",
    ).format(name=keyring_name)
