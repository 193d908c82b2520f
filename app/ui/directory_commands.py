"""Commands on the directory of institutions and the reference lists (see RegisterActions)."""

from __future__ import annotations

from app.services import institutions, register, vocabularies
from app.services.vocabularies import Vocabulary
from app.ui import messages
from app.ui.dialogs.entry_form import EntryDialog
from app.ui.dialogs.institution_forms import InstitutionDialog, PersonDialog
from app.ui.dialogs.review_calendar import ReviewCalendarDialog
from app.ui.host_parts import CommandParts


class DirectoryCommands(CommandParts):
    """Mixed into RegisterActions: uses its _read, _write, ask_text, choose and window."""

    # institutions and their people ---------------------------------------------------------
    def new_institution(self) -> InstitutionDialog | None:
        if self.db is None:
            return None
        dialog = InstitutionDialog(self.window)

        def save() -> None:
            values = dialog.values()
            self._write(self.tr("Add institution {0}").format(values["code"]),
                        lambda s: institutions.add_institution(
                            s, values["code"], values["name"], values["kind"],
                            values["contact"] or None),
                        lambda _: self.tr("Institution {0} added.").format(values["code"]))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def edit_institution(self, institution_id: str) -> InstitutionDialog | None:
        if self.db is None:
            return None
        current = self._read(lambda s: institutions.institution_facts(s, institution_id))
        dialog = InstitutionDialog(self.window, code=current.code, name=current.name,
                                   kind=current.kind, contact=current.contact, new=False)

        def save() -> None:
            values = dialog.values()
            self._write(self.tr("Edit institution {0}").format(current.code),
                        lambda s: institutions.update_institution(
                            s, institution_id, name=values["name"], kind=values["kind"],
                            contact=values["contact"]),
                        lambda _: self.tr("Institution {0} saved.").format(current.code))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def people(self, institution_id: str) -> tuple[str, list]:
        def read(session):
            code = institutions.institution_facts(session, institution_id).code
            return code, institutions.people_of(session, institution_id)
        return self._read(read)

    def new_person(self, institution_id: str) -> PersonDialog | None:
        if self.db is None:
            return None
        code, _ = self.people(institution_id)
        dialog = PersonDialog(code, self.window)

        def save() -> None:
            values = dialog.values()
            self._write(self.tr("Add {0} to {1}").format(values["full_name"], code),
                        lambda s: institutions.add_person(s, institution_id, **values),
                        lambda _: self.tr("{0} added to {1}.").format(values["full_name"], code))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def edit_person(self, institution_id: str, person_id: str) -> PersonDialog | None:
        if self.db is None:
            return None
        code, people = self.people(institution_id)
        person = next(p for p in people if p.id == person_id)
        dialog = PersonDialog(code, self.window, full_name=person.full_name, role=person.role,
                              title=person.title, email=person.email, phone=person.phone,
                              new=False)

        def save() -> None:
            values = dialog.values()
            self._write(self.tr("Edit {0}").format(person.full_name),
                        lambda s: institutions.update_person(s, person_id, **values),
                        lambda _: self.tr("{0} saved.").format(values["full_name"]))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def remove_person(self, institution_id: str, person_id: str) -> None:
        code, people = self.people(institution_id)
        person = next((p for p in people if p.id == person_id), None)
        if person is not None and messages.confirm(
                self.window, self.tr("Remove person"),
                self.tr("Remove {0} from {1}? Edit > Undo brings them back.").format(
                    person.full_name, code)):
            self._write(self.tr("Remove {0}").format(person.full_name),
                        lambda s: institutions.remove_person(s, person_id),
                        lambda _: self.tr("{0} removed.").format(person.full_name))

    # reference lists -----------------------------------------------------------------------
    def vocabulary_entries(self, vocabulary: str) -> list:
        return self._read(lambda s: vocabularies.entries(s, Vocabulary(vocabulary)))

    def add_entry(self, vocabulary: str) -> EntryDialog | None:
        if self.db is None:
            return None
        kind = Vocabulary(vocabulary)
        hints = {Vocabulary.THEMES: self.tr("optional, e.g. X12"),
                 Vocabulary.AFFECTED: self.tr("optional: made from the name"),
                 Vocabulary.MECHANISMS: self.tr("e.g. CMW")}
        dialog = EntryDialog(self.tr("Add to the list"), self.window,
                             with_kind=kind == Vocabulary.MECHANISMS, code_hint=hints[kind])

        def save() -> None:
            code, name = dialog.code.text(), dialog.name.text()
            self._write(self.tr("Add “{0}”").format(name),
                        lambda s: vocabularies.add_entry(s, kind, code, name,
                                                         dialog.kind.currentData()),
                        lambda _: self.tr("“{0}” added.").format(name))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def edit_entry(self, vocabulary: str, entry_id: str):
        if self.db is None:
            return None
        kind = Vocabulary(vocabulary)
        if kind == Vocabulary.REVIEWS:
            return self.edit_review_calendar(entry_id)
        entry = next(e for e in self.vocabulary_entries(vocabulary) if e.id == entry_id)
        dialog = EntryDialog(self.tr("Edit “{0}”").format(entry.name), self.window,
                             code=entry.code, name=entry.name,
                             code_fixed=kind == Vocabulary.STATES)

        def save() -> None:
            code, name = dialog.code.text(), dialog.name.text()
            self._write(self.tr("Edit “{0}”").format(entry.name),
                        lambda s: vocabularies.update_entry(s, kind, entry_id, code, name),
                        lambda _: self.tr("“{0}” saved.").format(name))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def delete_entry(self, vocabulary: str, entry_id: str) -> None:
        entry = next(e for e in self.vocabulary_entries(vocabulary) if e.id == entry_id)
        if messages.confirm(self.window, self.tr("Delete"), self.tr(
                "Delete “{0}” from the list? Edit > Undo brings it back.").format(entry.name)):
            self._write(self.tr("Delete “{0}”").format(entry.name),
                        lambda s: vocabularies.delete_entry(s, Vocabulary(vocabulary), entry_id),
                        lambda _: self.tr("“{0}” deleted.").format(entry.name))

    def add_alias(self, state_id: str) -> None:
        spelling = self.ask_text(self.tr("Add spelling"), self.tr(
            "Another way documents write this State's name:"))
        if spelling:
            self._write(self.tr("Add spelling “{0}”").format(spelling),
                        lambda s: vocabularies.add_alias(s, state_id, spelling),
                        lambda _: self.tr("Spelling “{0}” added.").format(spelling))

    def remove_alias(self, state_id: str, spellings: str) -> None:
        items = [(spelling, spelling) for spelling in spellings.split("; ") if spelling]
        chosen = self.choose(self.tr("Remove spelling"), self.tr(
            "Spelling that imports should no longer recognise:"), items)
        if chosen:
            self._write(self.tr("Remove spelling “{0}”").format(chosen),
                        lambda s: vocabularies.remove_alias(s, state_id, chosen),
                        lambda _: self.tr("Spelling “{0}” removed.").format(chosen))

    def edit_review_calendar(self, review_id: str) -> ReviewCalendarDialog | None:
        entry = next(e for e in self.vocabulary_entries(Vocabulary.REVIEWS.value)
                     if e.id == review_id)
        current = self._read(lambda s: register.review_dates(s, review_id))
        dialog = ReviewCalendarDialog(f"{entry.name} {entry.code}".strip(), current,
                                      self.window)

        def save() -> None:
            values = dialog.values()
            self._write(self.tr("Calendar of {0}").format(entry.name),
                        lambda s: register.set_review_calendar(s, review_id, **values),
                        lambda _: self.tr("Calendar of {0} saved.").format(entry.name))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog
