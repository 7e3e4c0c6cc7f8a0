"""The words a screen shows for values the database stores as codes (a checklist's kind, a
question's kind, a diary event's channel, criterion and feeling, a language code), in the
interface language: a stored code never reaches a screen. A code this module does not know
(a kind an imported file brought) is shown as words, never as `snake_case`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from auditor.labels import LANGUAGE_NAMES


def tr(text: str) -> str:
    return QCoreApplication.translate("EnumLabels", text)


def as_words(code: str) -> str:
    """A code nobody named yet, as words: "field_visit" reads "Field visit"."""
    words = code.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:]


def checklist_kind_label(kind: str) -> str:
    names = {
        "mystery_shopping": tr("Mystery shopping"),
        "mystery_call": tr("Mystery call"),
        "internal_audit": tr("Internal audit"),
        "survey": tr("Customer survey"),
        "servqual": tr("SERVQUAL questionnaire"),
        "self_assessment": tr("Self-assessment"),
        "diary": tr("Service-event diary"),
    }
    return names.get(kind) or as_words(kind)


def question_kind_label(kind: str) -> str:
    names = {
        "yes_no": tr("Yes or no"),
        "rating": tr("Rating"),
        "single_choice": tr("One choice"),
        "multiple_choice": tr("Several choices"),
        "number": tr("Number"),
        "time_of_day": tr("Time of day"),
        "duration": tr("Duration"),
        "date": tr("Date"),
        "datetime": tr("Date and time"),
        "text": tr("Text"),
        "note": tr("Note (nothing to answer)"),
        "photo": tr("Photo"),
        "file": tr("File"),
        "location": tr("Location (latitude, longitude)"),
    }
    return names.get(kind) or as_words(kind)


def channel_label(channel: str) -> str:
    """How a diary event reached the diarist."""
    names = {
        "in_person": tr("In person"),
        "phone": tr("Phone"),
        "email": tr("E-mail"),
        "sms": tr("SMS"),
        "web": tr("Web"),
        "chat": tr("Chat"),
        "fax": tr("Fax"),
        "branch_visit": tr("Branch visit"),
    }
    return names.get(channel) or as_words(channel)


def criterion_label(criterion: str) -> str:
    """A service criterion a diary event names (also the IPA panel's attributes)."""
    names = {
        "courtesy": tr("Courtesy"),
        "professionalism": tr("Professionalism"),
        "empathy": tr("Empathy"),
        "willingness_to_help": tr("Willingness to help"),
        "listening": tr("Listening"),
        "waiting_time": tr("Waiting time"),
        "speed": tr("Speed"),
        "convenience": tr("Convenience"),
    }
    return names.get(criterion) or as_words(criterion)


def feeling_label(feeling: str) -> str:
    """A feeling offered for a diary event; one the diarist typed is shown as typed."""
    names = {
        "pleased": tr("Pleased"),
        "indifferent": tr("Indifferent"),
        "annoyed": tr("Annoyed"),
        "delighted": tr("Delighted"),
        "frustrated": tr("Frustrated"),
        "relieved": tr("Relieved"),
    }
    return names.get(feeling, feeling)


def unit_label(unit: str) -> str:
    """A measuring unit a number question's target names ("s", "min", "rings"), as the
    language abbreviates it; a unit a checklist's author wrote in words is shown as written."""
    names = {
        "s": QCoreApplication.translate("EnumLabels", "s", "seconds, after a number"),
        "min": QCoreApplication.translate("EnumLabels", "min", "minutes, after a number"),
        "h": QCoreApplication.translate("EnumLabels", "h", "hours, after a number"),
        "rings": QCoreApplication.translate("EnumLabels", "rings", "phone rings, after a number"),
    }
    return names.get(unit, unit)


def language_name(code: str) -> str:
    """A language by its own name (Polski, עברית), for a code a checklist is written in."""
    if code in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[code]
    locale = QLocale(code)
    if locale.language() != QLocale.Language.C and locale.nativeLanguageName():
        name = locale.nativeLanguageName()
        return name[:1].upper() + name[1:]
    return code
