"""Who is working in the open database: asked, remembered, shown, and applied to the window."""

from __future__ import annotations

from app.db.database import Database
from app.models.codes import DatabaseRole
from app.services.choices import institution_choices
from app.services.institutions import database_institution, institution_facts
from app.services.permissions import (
    FOCAL_POINT,
    HOLDER_OF_THE_FILE,
    READ_ONLY,
    SECRETARIAT,
    Actor,
    can,
)
from app.ui.dialogs.profile import ProfileDialog, role_labels
from app.ui.host_parts import WindowParts


class ProfileMixin(WindowParts):
    """Mixed into MainWindow: uses its db, settings, author, pages, actions and labels."""

    # who is working ---------------------------------------------------------------------
    def _default_actor(self, db: Database) -> Actor:
        """Until the person says otherwise: the secretariat on the secretariat's file, the
        focal point of the institution a ministry copy was issued to."""
        if db.identity.role == DatabaseRole.SECRETARIAT:
            return Actor(self.author, SECRETARIAT)
        institution = database_institution(db)
        return Actor(self.author, FOCAL_POINT, institution) if institution else Actor(
            self.author, READ_ONLY)

    def _actor_from(self, stored: dict | None) -> Actor | None:
        if not stored:
            return None
        try:
            return Actor(str(stored.get("name", "")), str(stored.get("role", "")),
                         stored.get("institution_id") or None)
        except ValueError:
            return None  # hand-edited or from an older version: ask again

    def ask_profile(self) -> ProfileDialog | None:
        if self.db is None:
            return None
        with self.db.read() as session:
            choices = institution_choices(session)
        stored = self.settings.profiles.get(self.db.identity.database_id, {})
        dialog = ProfileDialog(self.db.actor or HOLDER_OF_THE_FILE, choices, self,
                               remembered_institution=stored.get("last_institution_id"))
        db = self.db

        def accepted() -> None:
            actor = dialog.actor()
            db.actor = actor
            self.settings.profiles[db.identity.database_id] = {
                "name": actor.name, "role": actor.role, "institution_id": actor.institution_id,
                "last_institution_id": dialog.institution.currentData()}
            self.settings.save()
            self._apply_actor()
            self.refresh_after_edit()

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def _apply_actor(self) -> None:
        """Shows who is working and offers only what that person may do."""
        if self.db is None:
            return
        actor = self.db.actor or HOLDER_OF_THE_FILE
        secretariat_file = self.db.identity.role == DatabaseRole.SECRETARIAT
        editable = secretariat_file and can(actor, "edit_register") and not self.db.read_only
        self.institutions.set_editable(editable)
        self.vocabularies.set_editable(editable)
        for action in (*self.edit_actions.values(), self.clusters_action):
            action.setEnabled(editable)
        for action in (self.import_action, self.completed_action):
            action.setEnabled(not self.db.read_only)
        role = role_labels(self)[actor.role]
        who = actor.name or self.tr("(no name given)")
        if actor.institution_id:
            with self.db.read() as session:
                code = institution_facts(session, actor.institution_id).code
            self.actor_label.setText(self.tr("Working as {0} — {1}, {2}").format(who, role, code))
        else:
            self.actor_label.setText(self.tr("Working as {0} — {1}").format(who, role))
