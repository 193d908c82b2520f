"""Printing a PDF the application wrote, through Qt's print dialog with a preview.

Qt cannot read PDF without the large QtPdf add-on; pypdfium2 (PDFium, the engine of Chrome's
viewer, a small wheel on every platform) renders each page, a few milliseconds a page, and the
page is painted onto the printer. Landscape pages on portrait paper are turned, not shrunk.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

# Sharp on paper, light on memory: printers are asked for more, pages gain nothing past this.
MOST_DPI = 200


def page_image(page, dpi: int) -> QImage:
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                   QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: PDFium frees its bitmap


def paint_pdf(printer: QPrinter, path: Path) -> int:
    """Paints every page of the PDF (or the range chosen in the dialog); returns how many."""
    document = pdfium.PdfDocument(str(path))
    try:
        first, last = printer.fromPage(), printer.toPage()
        numbers = range(len(document)) if first == 0 else range(first - 1,
                                                                min(last, len(document)))
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            dpi = min(printer.resolution(), MOST_DPI)
            for count, number in enumerate(numbers):
                if count:
                    printer.newPage()
                image = page_image(document[number], dpi)
                area = QRectF(painter.viewport())
                if (image.width() > image.height()) != (area.width() > area.height()):
                    image = image.transformed(QTransform().rotate(90))
                size = image.size().toSizeF().scaled(area.size(),
                                                     Qt.AspectRatioMode.KeepAspectRatio)
                target = QRectF(area.topLeft(), size)
                painter.drawImage(target, image)
            return len(numbers)
        finally:
            painter.end()
    finally:
        document.close()


def print_pdf(parent: QWidget | None, path: Path) -> QPrintPreviewDialog:
    """Opens the print preview (with Print, page setup and the printer choice) on the PDF."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.stem)
    dialog = QPrintPreviewDialog(printer, parent)
    # The dialog only points at the printer: a connection holding it keeps it alive as long
    # as the dialog.
    dialog.finished.connect(lambda _result, kept=printer: kept)
    dialog.setWindowTitle(dialog.tr("Print {0}").format(path.name))
    dialog.paintRequested.connect(lambda target: paint_pdf(target, path))
    dialog.resize(900, 700)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
