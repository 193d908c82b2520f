"""Headings of the printed reports in the languages a secretariat may present them in.

The interface is translated with Qt (.ts/.qm); the reports are written outside Qt, so their
fixed wording lives here, keyed by the English text. Recorded data (recommendation texts,
narratives, names) is printed as entered. A heading missing from a language falls back to
English rather than failing a report (tests/unit/test_reports.py checks none is missing).
"""

from __future__ import annotations

LANGUAGES = {"en": "English", "fr": "Français", "es": "Español"}

_FRENCH = {
    "Validation meeting — {0}": "Réunion de validation — {0}",
    "{0} recommendations led or supported by {1}, as recorded on {2}. For each, the current "
    "status and the latest accepted progress; the last column is for the meeting's comments.":
        "{0} recommandations dont {1} est chef de file ou d'appui, telles qu'enregistrées au "
        "{2}. Pour chacune, le statut actuel et le dernier avancement accepté ; la dernière "
        "colonne est réservée aux commentaires de la réunion.",
    "Role": "Rôle",
    "Latest accepted progress": "Dernier avancement accepté",
    "Comments from the meeting": "Commentaires de la réunion",
    "lead": "chef de file",
    "supporting": "appui",
    "Validated for {0}": "Validé au nom de {0}",
    "According to the records of the national mechanism on {0}, the items listed below, for "
    "which your institution is responsible, are overdue or fall due within the next {3} days "
    "(overdue: {1}; due soon: {2}). We would be grateful if you could complete them, or let "
    "the secretariat know the revised timetable, and record the progress made so that it can "
    "be reported.":
        "Selon les registres du mécanisme national au {0}, les éléments ci-dessous, qui "
        "relèvent de votre institution, sont en retard ou arrivent à échéance dans les {3} "
        "prochains jours (en retard : {1} ; à échéance prochaine : {2}). Nous vous saurions "
        "gré de bien vouloir les mener à bien, ou d'indiquer au secrétariat le calendrier "
        "révisé, et d'enregistrer les progrès accomplis afin qu'ils puissent être rapportés.",
    "Concerns": "Objet",
    "Days left": "Jours restants",
    "Days overdue": "Jours de retard",
    "Dear colleague,": "Madame, Monsieur,",
    "Due date": "Échéance",
    "Due within {0} days": "À échéance dans les {0} jours",
    "Follow-up of human rights recommendations: overdue and upcoming deadlines":
        "Suivi des recommandations relatives aux droits de l'homme : échéances dépassées et "
        "à venir",
    "For the attention of": "À l'attention de",
    "For the secretariat": "Pour le secrétariat",
    "Name": "Nom",
    "Overdue": "En retard",
    "Reminder letters": "Lettres de rappel",
    "Signature": "Signature",
    "Subject": "Objet",
    "To": "À",
    "What": "Quoi",
    "Yours sincerely,": "Veuillez agréer l'expression de notre considération distinguée.",
    "(no lead institution)": "(sans institution chef de file)",
    "Actions": "Actions",
    "All recommendations in the register": "Toutes les recommandations du registre",
    "Annex": "Annexe",
    "Baseline": "Valeur de référence",
    "Contents": "Table des matières",
    "Date": "Date",
    "Evidence": "Pièces justificatives",
    "Executive summary": "Résumé analytique",
    "Fully implemented": "Pleinement mise en œuvre",
    "Implementation by cluster": "Mise en œuvre par groupe de recommandations",
    "Implementation by theme": "Mise en œuvre par thème",
    "Implementation matrix": "Matrice de mise en œuvre",
    "In progress": "En cours",
    "Indicator": "Indicateur",
    "Indicators": "Indicateurs",
    "Indicators off track": "Indicateurs en retard",
    "Latest": "Dernière valeur",
    "Lead": "Chef de file",
    "Lead institution": "Institution chef de file",
    "Mid-term report on the implementation of recommendations":
        "Rapport à mi-parcours sur la mise en œuvre des recommandations",
    "Next deadline": "Prochaine échéance",
    "Next steps": "Prochaines étapes",
    "No accepted progress report yet.": "Aucun rapport d'avancement accepté à ce jour.",
    "No longer relevant": "Sans objet",
    "Not applicable": "Sans objet",
    "Not assessed": "Non évaluée",
    "Not implemented": "Non mise en œuvre",
    "Not started": "Non commencée",
    "Noted": "Notée",
    "Of the {0} recommendations covered, {1} ({2:.0%}) have a lead institution and {3} "
    "({4:.0%}) are fully or partially implemented according to the latest accepted "
    "progress reports; {5} have a deadline that has passed.":
        "Sur les {0} recommandations couvertes, {1} ({2:.0%}) ont une institution chef de "
        "file et {3} ({4:.0%}) sont pleinement ou partiellement mises en œuvre selon les "
        "derniers rapports d'avancement acceptés ; {5} ont une échéance dépassée.",
    "Other ({0})": "Autres ({0})",
    "Partially implemented": "Partiellement mise en œuvre",
    "Pending": "En attente",
    "Period": "Période",
    "Position": "Position",
    "Prepared by": "Établi par",
    "Progress": "Avancement",
    "Progress ({0})": "Avancement ({0})",
    "Recommendation": "Recommandation",
    "Recommendations": "Recommandations",
    "Recommendations led or supported by {0}":
        "Recommandations dont {0} est chef de file ou d'appui",
    "Recommendations selected in the register": "Recommandations sélectionnées dans le registre",
    "Recommending States": "États auteurs",
    "Ref.": "Réf.",
    "SDG targets": "Cibles des ODD",
    "Scope": "Portée",
    "Source": "Source",
    "Status": "Statut",
    "Status by lead institution": "Statut par institution chef de file",
    "Status by mechanism": "Statut par mécanisme",
    "Status by theme": "Statut par thème",
    "Status of the recommendations": "Statut des recommandations",
    "Supported": "Acceptée",
    "Supported in part": "Acceptée en partie",
    "Supporting": "Appui",
    "Supporting institutions": "Institutions d'appui",
    "Target": "Cible",
    "With a lead institution": "Avec une institution chef de file",
    "With accepted progress": "Avec un avancement accepté",
    "With an overdue deadline": "Avec une échéance dépassée",
    "Cancelled": "Annulée",
    "Completed": "Achevée",
    "off track": "en retard",
    "overdue": "dépassée",
    "Ongoing": "En cours",
    "page {page} of {total}": "page {page} sur {total}",
    "Planned": "Prévue",
}

_SPANISH = {
    "Validation meeting — {0}": "Reunión de validación — {0}",
    "{0} recommendations led or supported by {1}, as recorded on {2}. For each, the current "
    "status and the latest accepted progress; the last column is for the meeting's comments.":
        "{0} recomendaciones a cargo de {1} como responsable o de apoyo, según lo registrado "
        "al {2}. Para cada una, el estado actual y el último avance aceptado; la última "
        "columna es para los comentarios de la reunión.",
    "Role": "Función",
    "Latest accepted progress": "Último avance aceptado",
    "Comments from the meeting": "Comentarios de la reunión",
    "lead": "responsable",
    "supporting": "apoyo",
    "Validated for {0}": "Validado en nombre de {0}",
    "According to the records of the national mechanism on {0}, the items listed below, for "
    "which your institution is responsible, are overdue or fall due within the next {3} days "
    "(overdue: {1}; due soon: {2}). We would be grateful if you could complete them, or let "
    "the secretariat know the revised timetable, and record the progress made so that it can "
    "be reported.":
        "Según los registros del mecanismo nacional al {0}, los elementos que figuran a "
        "continuación, a cargo de su institución, están vencidos o vencen en los próximos {3} "
        "días (vencidos: {1}; por vencer: {2}). Le agradeceríamos "
        "completarlos, o comunicar a la secretaría el calendario revisado, y registrar los "
        "avances logrados para que puedan ser informados.",
    "Concerns": "Relativo a",
    "Days left": "Días restantes",
    "Days overdue": "Días de retraso",
    "Dear colleague,": "Estimado/a colega:",
    "Due date": "Vencimiento",
    "Due within {0} days": "Vencen en los próximos {0} días",
    "Follow-up of human rights recommendations: overdue and upcoming deadlines":
        "Seguimiento de las recomendaciones de derechos humanos: plazos vencidos y próximos",
    "For the attention of": "A la atención de",
    "For the secretariat": "Por la secretaría",
    "Name": "Nombre",
    "Overdue": "Vencidos",
    "Reminder letters": "Cartas de recordatorio",
    "Signature": "Firma",
    "Subject": "Asunto",
    "To": "A",
    "What": "Qué",
    "Yours sincerely,": "Atentamente,",
    "(no lead institution)": "(sin institución responsable)",
    "Actions": "Acciones",
    "All recommendations in the register": "Todas las recomendaciones del registro",
    "Annex": "Anexo",
    "Baseline": "Línea de base",
    "Contents": "Índice",
    "Date": "Fecha",
    "Evidence": "Evidencias",
    "Executive summary": "Resumen ejecutivo",
    "Fully implemented": "Plenamente implementada",
    "Implementation by cluster": "Implementación por grupo de recomendaciones",
    "Implementation by theme": "Implementación por tema",
    "Implementation matrix": "Matriz de implementación",
    "In progress": "En curso",
    "Indicator": "Indicador",
    "Indicators": "Indicadores",
    "Indicators off track": "Indicadores con retraso",
    "Latest": "Último valor",
    "Lead": "Responsable",
    "Lead institution": "Institución responsable",
    "Mid-term report on the implementation of recommendations":
        "Informe de mitad de período sobre la implementación de las recomendaciones",
    "Next deadline": "Próximo plazo",
    "Next steps": "Próximos pasos",
    "No accepted progress report yet.": "Aún no hay informe de avance aceptado.",
    "No longer relevant": "Ya no pertinente",
    "Not applicable": "No aplica",
    "Not assessed": "No evaluada",
    "Not implemented": "No implementada",
    "Not started": "No iniciada",
    "Noted": "Tomada en cuenta",
    "Of the {0} recommendations covered, {1} ({2:.0%}) have a lead institution and {3} "
    "({4:.0%}) are fully or partially implemented according to the latest accepted "
    "progress reports; {5} have a deadline that has passed.":
        "De las {0} recomendaciones cubiertas, {1} ({2:.0%}) tienen una institución "
        "responsable y {3} ({4:.0%}) están plena o parcialmente implementadas según los "
        "últimos informes de avance aceptados; {5} tienen un plazo vencido.",
    "Other ({0})": "Otros ({0})",
    "Partially implemented": "Parcialmente implementada",
    "Pending": "Pendiente",
    "Period": "Período",
    "Position": "Posición",
    "Prepared by": "Preparado por",
    "Progress": "Avance",
    "Progress ({0})": "Avance ({0})",
    "Recommendation": "Recomendación",
    "Recommendations": "Recomendaciones",
    "Recommendations led or supported by {0}":
        "Recomendaciones a cargo de {0} como responsable o de apoyo",
    "Recommendations selected in the register": "Recomendaciones seleccionadas en el registro",
    "Recommending States": "Estados recomendantes",
    "Ref.": "Ref.",
    "SDG targets": "Metas de los ODS",
    "Scope": "Alcance",
    "Source": "Fuente",
    "Status": "Estado",
    "Status by lead institution": "Estado por institución responsable",
    "Status by mechanism": "Estado por mecanismo",
    "Status by theme": "Estado por tema",
    "Status of the recommendations": "Estado de las recomendaciones",
    "Supported": "Aceptada",
    "Supported in part": "Aceptada en parte",
    "Supporting": "Apoyo",
    "Supporting institutions": "Instituciones de apoyo",
    "Target": "Meta",
    "With a lead institution": "Con institución responsable",
    "With accepted progress": "Con avance aceptado",
    "With an overdue deadline": "Con un plazo vencido",
    "Cancelled": "Cancelada",
    "Completed": "Terminada",
    "off track": "con retraso",
    "overdue": "vencido",
    "Ongoing": "En curso",
    "page {page} of {total}": "página {page} de {total}",
    "Planned": "Prevista",
}

TRANSLATIONS = {"fr": _FRENCH, "es": _SPANISH}


class Headings:
    """t("Executive summary") in the chosen language."""

    def __init__(self, language: str = "en"):
        if language not in LANGUAGES:
            raise ValueError(f"language: '{language}' is not one of {', '.join(LANGUAGES)}")
        self.language = language
        self._table = TRANSLATIONS.get(language, {})

    def __call__(self, text: str) -> str:
        return self._table.get(text, text)
