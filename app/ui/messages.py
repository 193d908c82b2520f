"""Every message box and file dialog of the window, in one place that tests can patch."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.errors import UserError
from app.paths import app_paths
from app.ui.dialogs.error_dialog import ErrorDialog
from app.ui.file_folders import FileFolders

log = logging.getLogger(__name__)
DATABASE_FILTER = "NMRF Tracker database (*.db *.nmrf);;All files (*)"


# Where each kind of file dialog starts; the window binds it to its settings (use_settings).
folders = FileFolders()


def use_settings(settings) -> None:
    global folders
    folders = FileFolders(settings)


def tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def show_user_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def show_failure(parent: QWidget | None, title: str, error: BaseException, details: str) -> None:
    """A UserError is a plain warning; anything else is a defect with details and the log."""
    if isinstance(error, UserError):
        show_user_error(parent, title, str(error))
        return
    log.error("%s: %s\n%s", title, error, details)
    ErrorDialog(f"{title}: {error}", details, app_paths().logs, parent).exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def choose_database_to_open(parent: QWidget | None, start: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, tr("Open a database"), str(start), tr(DATABASE_FILTER)
    )
    return Path(name) if name else None


def choose_database_to_create(parent: QWidget | None, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, tr("Save the new database as"), str(suggested), tr(DATABASE_FILTER)
    )
    return Path(name) if name else None


def choose_files_to_import(parent: QWidget | None) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(
        parent, tr("Choose files to import"), folders.start("import"),
        tr("Recommendations (*.docx *.csv *.xlsx);;OHCHR matrix (*.docx);;"
           "UPR Info or UHRI export, other tables (*.csv *.xlsx)"))
    if names:
        folders.remember("import", Path(names[0]))
    return [Path(name) for name in names]


def choose_mapping_to_load(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, tr("Load a column mapping"), "",
                                          tr("Column mapping (*.json)"))
    return Path(name) if name else None


def choose_mapping_to_save(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, tr("Save the column mapping"), "mapping.json",
                                          tr("Column mapping (*.json)"))
    return Path(name) if name else None


def choose_backup_target(parent: QWidget | None, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, tr("Back up the database to"), str(suggested), tr(DATABASE_FILTER)
    )
    return Path(name) if name else None


def choose_evidence_files(parent: QWidget | None) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(
        parent, tr("Attach evidence"), folders.start("evidence"),
        tr("Evidence (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx *.pptx *.odt *.ods *.txt *.csv);;"
           "All files (*)"))
    if names:
        folders.remember("evidence", Path(names[0]))
    return [Path(name) for name in names]


def open_file(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _save_as(parent: QWidget | None, title: str, suggested: Path, file_filter: str,
             suffix: str, kind: str) -> Path | None:
    """Where to save (starting where this kind of file was saved last, else in Documents),
    with the suffix the file must have added if the person left it out."""
    name, _ = QFileDialog.getSaveFileName(parent, title,
                                          folders.start(kind, Path(suggested).name),
                                          file_filter)
    if not name:
        return None
    path = Path(name)
    return folders.remember(kind, path if path.suffix.lower() == suffix
                            else path.with_suffix(suffix))


def _open_one(parent: QWidget | None, title: str, file_filter: str, kind: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, folders.start(kind), file_filter)
    return folders.remember(kind, Path(name)) if name else None


def choose_matrix_target(parent: QWidget | None, suggested: Path) -> Path | None:
    return _save_as(parent, tr("Save the implementation matrix"), suggested,
                    tr("Excel workbook (*.xlsx)"), ".xlsx", "matrix")


def choose_completed_matrix(parent: QWidget | None) -> Path | None:
    return _open_one(parent, tr("Import a completed matrix"), tr("Excel workbook (*.xlsx)"),
                     "matrix")


def choose_pdf_target(parent: QWidget | None, suggested: Path) -> Path | None:
    return _save_as(parent, tr("Save the report"), suggested, tr("PDF document (*.pdf)"),
                    ".pdf", "report")


def offer_open_or_print(parent: QWidget | None, title: str, text: str, *,
                        printable: bool = True) -> str:
    """After a report or workbook is written: "open", "print", "folder" or "close"."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text,
                      QMessageBox.StandardButton.NoButton, parent)
    open_button = box.addButton(tr("Open"), QMessageBox.ButtonRole.AcceptRole)
    print_button = box.addButton(tr("Print…"), QMessageBox.ButtonRole.ActionRole) \
        if printable else None
    folder_button = box.addButton(tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(tr("Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)
    box.exec()
    chosen: dict[object, str] = {open_button: "open", print_button: "print",
                                 folder_button: "folder"}
    return chosen.get(box.clickedButton(), "close")


def show_in_folder(path: Path) -> None:
    """The folder holding the file, in the system's file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).absolute().parent)))


EXCHANGE_FILTER = "Exchange files (*.nmrf)"


def choose_exchange_target(parent: QWidget | None, suggested: Path) -> Path | None:
    return _save_as(parent, tr("Save the exchange file"), suggested, tr(EXCHANGE_FILTER),
                    ".nmrf", "exchange")


def choose_exchange_file(parent: QWidget | None) -> Path | None:
    return _open_one(parent, tr("Open a file from the secretariat"),
                     tr(EXCHANGE_FILTER + ";;All files (*)"), "exchange")


def choose_key_backup_target(parent: QWidget | None, suggested: Path) -> Path | None:
    return _save_as(parent, tr("Save the key backup"), suggested,
                    tr("Key backups (*.nmrfkey)"), ".nmrfkey", "key-backup")


def choose_key_backup(parent: QWidget | None) -> Path | None:
    return _open_one(parent, tr("Open a key backup"),
                     tr("Key backups (*.nmrfkey);;All files (*)"), "key-backup")


def choose_files_to_consolidate(parent: QWidget | None) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(
        parent, tr("Choose the ministries' files"), folders.start("exchange"),
        tr("Exchange files (*.nmrf);;Whole databases mailed instead (*.db);;All files (*)"))
    if names:
        folders.remember("exchange", Path(names[0]))
    return [Path(name) for name in names]


def confirm_device(parent: QWidget | None, file_name: str, institution: str,
                   fingerprint: str, unsigned: bool) -> bool:
    """The operator compares the fingerprint with the focal point before a new device (or
    unsigned changes) may change anything."""
    if unsigned:
        text = tr("{0} is a whole database of {1}, not a signed exchange file: its changes "
                  "are unsigned and anyone could have made it. Apply them only if you have "
                  "confirmed with the focal point that they sent it.").format(
            file_name, institution)
    else:
        text = tr("{0} comes from a device of {1} that is not registered here (seen for the "
                  "first time, or revoked). Its key "
                  "fingerprint is\n\n{2}\n\nRead it to the focal point (by phone, not by "
                  "e-mail) and register the device only if it matches theirs.").format(
            file_name, institution, fingerprint)
    answer = QMessageBox.question(parent, tr("Confirm before consolidating"), text)
    return answer == QMessageBox.StandardButton.Yes


def confirm_secretariat_key(parent: QWidget | None, file_name: str, fingerprint: str) -> bool:
    """The focal point compares a new secretariat key with the secretariat before trusting
    it."""
    text = tr("{0} is signed by a new key of the secretariat, fingerprint\n\n{1}\n\nThe "
              "secretariat replaces its key only when the old one was lost or copied. Call "
              "the secretariat (not by e-mail), read this fingerprint to them, and accept the "
              "new key only if it matches theirs. Otherwise, do not open the file.").format(
        file_name, fingerprint)
    answer = QMessageBox.question(parent, tr("A new key of the secretariat"), text,
                                  defaultButton=QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
