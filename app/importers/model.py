"""What a reader produces: recommendations as the file states them, before any matching."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from app.code_words import import_field_words
from app.i18n import _, ngettext
from app.models.codes import ImportFormat, ThemeScheme, values

# What `import --format` reads: recommendations (a completion workbook has its own command).
FORMATS = tuple(code for code in values(ImportFormat) if code != ImportFormat.COMPLETION_MATRIX)


class ImportFileError(Exception):
    """The file as a whole cannot be read; nothing of the import is written."""


class NeedsMapping(ImportFileError):
    """A table whose columns we do not recognise: a person must map them."""

    def __init__(self, message: str, header: list[str]):
        super().__init__(message)
        self.header = header


class RowRejected(Exception):
    """One row cannot be imported: `field` says which column, the message why."""

    def __init__(self, field: str, reason: str, value: str | None = None):
        super().__init__(reason)
        self.field = field
        self.reason = reason
        self.value = value  # the value not known: rows with the same one are reported once


@dataclass
class ReviewInfo:
    mechanism: str | None = "UPR"  # None: each row's own (the import's options)
    state: str | None = None
    cycle: int | None = None
    session: int | None = None
    year: int | None = None
    symbol: str | None = None


@dataclass(frozen=True)
class ReviewCount:
    mechanism: str
    state: str
    cycle: int | None
    session: int | None
    year: int | None
    recommendations: int
    new: bool = False  # created by this import, not yet in the register

    def described(self) -> str:
        """"UPR Egypt, cycle 4, session 43" in the language being written: one whole
        phrase for each set of facts a file gives, so that a translator orders the words."""
        state = self.state or _("(State not given)")
        if self.cycle and self.session:
            return _("{0} {1}, cycle {2}, session {3}").format(
                self.mechanism, state, self.cycle, self.session)
        if self.cycle and self.year:
            return _("{0} {1}, cycle {2}, {3}").format(self.mechanism, state, self.cycle,
                                                       self.year)
        if self.cycle:
            return _("{0} {1}, cycle {2}").format(self.mechanism, state, self.cycle)
        if self.session:
            return _("{0} {1}, session {2}").format(self.mechanism, state, self.session)
        if self.year:
            return _("{0} {1}, {2}").format(self.mechanism, state, self.year)
        return _("{0} {1}").format(self.mechanism, state)

    def placed(self) -> str:
        """"UPR Egypt, cycle 4, session 43 (already in the register)" or "… (new review)"."""
        if self.new:
            return _("{0} (new review)").format(self.described())
        return _("{0} (already in the register)").format(self.described())


@dataclass
class ThemeRef:
    name: str
    code: str | None = None
    scheme: str = ThemeScheme.UHRI


@dataclass
class ParsedRecommendation:
    file: str
    row: int
    review: ReviewInfo
    text: str
    reference: str | None = None
    recommending_states: list[str] = field(default_factory=list)
    position: str | None = None
    position_source: str | None = None
    action_category: int | None = None
    themes: list[ThemeRef] = field(default_factory=list)
    affected_groups: list[str] = field(default_factory=list)
    sdg_goals: list[int] = field(default_factory=list)
    sdg_targets: list[str] = field(default_factory=list)
    source: str = ""
    identifier: str = ""


@dataclass(frozen=True)
class Rejection:
    file: str
    row: int | None
    field: str
    reason: str
    rows: int = 1  # an unknown value is one rejection for every row that has it
    value: str | None = None

    def as_json(self) -> dict:
        return asdict(self)

    def __str__(self) -> str:
        """"matrix.xlsx, row 12: session: 'x' is not a whole number" in the language being
        written (the JSON keeps the field's code)."""
        field = import_field_words(self.field)
        if self.rows > 1:
            return ngettext("{0}, row {1} and {2} other row with the same value: {3}: {4}",
                            "{0}, row {1} and {2} other rows with the same value: {3}: {4}",
                            self.rows - 1).format(self.file, self.row, self.rows - 1, field,
                                                  self.reason)
        if self.row is None:
            return _("{0}: {1}: {2}").format(self.file, field, self.reason)
        return _("{0}, row {1}: {2}: {3}").format(self.file, self.row, field, self.reason)


@dataclass
class ParsedFile:
    path: str
    format: str
    sha256: str
    records: list[ParsedRecommendation] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    label: str = ""  # the name the import shows for it (see engine.file_labels)
    encoding: str = ""  # of a text table, as a person names it ("Windows-1252 (detected)")
    # Rows that are not recommendations, by the type the file gives them
    # ("Concerns/Observations" in a UHRI export): left out, and counted for the person
    left_out: dict[str, int] = field(default_factory=dict)
