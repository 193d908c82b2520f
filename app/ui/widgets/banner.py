"""Strips across the top of the window saying something about the whole database: demo data,
or a file that can only be read."""


from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class DatabaseBanners(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.demo = self._strip(self.tr(
            "DEMO — everything here is generated data about a fictional State, not real "
            "recommendations."))
        self.read_only = self._strip("")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.demo)
        column.addWidget(self.read_only)

    @staticmethod
    def _strip(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("background: #fff3c4; color: #5c4400; padding: 6px 10px;"
                            " border-bottom: 1px solid #e0c86a;")
        label.setVisible(False)
        return label

    def show_for(self, name: str, *, is_demo: bool, read_only: bool) -> None:
        self.demo.setVisible(is_demo)
        self.read_only.setText(self.tr(
            "READ-ONLY — {0} is on read-only media or in a folder you cannot write, so nothing "
            "here can be changed. To work on it, save a copy to a writable folder (File > "
            "Back up now…) and open the copy.").format(name))
        self.read_only.setVisible(read_only)
