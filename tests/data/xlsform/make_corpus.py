"""Writes the XLSForm corpus beside this file: forms as ODK Collect and KoboToolbox users
write them (older syntax, capitals, translations, repeats, or_other, choice filters,
functions in rules, .xls, .csv, .md). The files are kept in the repository; run this only to
change them:

    .venv/bin/python tests/data/xlsform/make_corpus.py
    # the .xls needs xlwt, which the app does not: python -m pip install xlwt (a scratch venv)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
Rows = list[list[Any]]

YES_NO = [["list_name", "name", "label"], ["yes_no", "yes", "Yes"], ["yes_no", "no", "No"]]


def xlsx(name: str, survey: Rows, choices: Rows | None = None, settings: Rows | None = None,
         titles: tuple[str, str, str] = ("survey", "choices", "settings"),
         extra: dict[str, Rows] | None = None) -> None:  # fmt: skip
    wb = Workbook()
    ws = wb.active
    ws.title = titles[0]
    for row in survey:
        ws.append(row)
    for title, rows in ((titles[1], choices), (titles[2], settings), *(extra or {}).items()):
        if rows:
            sheet = wb.create_sheet(title)
            for row in rows:
                sheet.append(row)
    wb.save(HERE / name)


def kobo_branch_visit() -> None:
    header = ["type", "name", "label::English (en)", "label::Polski (pl)", "hint::English (en)",
              "required", "relevant", "constraint", "appearance", "calculation", "$kuid",
              "$autoname"]  # fmt: skip
    xlsx("kobo_branch_visit.xlsx", [
        header,
        ["start", "start", "", "", "", "", "", "", "", "", "k1", "start"],
        ["end", "end", "", "", "", "", "", "", "", "", "k2", "end"],
        ["today", "today", "", "", "", "", "", "", "", "", "k3", "today"],
        ["deviceid", "deviceid", "", "", "", "", "", "", "", "", "k4", "deviceid"],
        ["begin_group", "visit", "Visit", "Wizyta", "", "", "", "", "field-list", "", "k5", ""],
        ["select_one yes_no", "greeted", "Were you greeted?", "Czy zostałeś powitany?", "",
         "true", "", "", "", "", "k6", ""],
        ["integer", "wait", "Minutes waited", "Minuty czekania", "Whole minutes", "true", "",
         ". >= 0 and . < 240", "", "", "k7", ""],
        ["text", "why_slow", "Why so slow?", "Dlaczego tak wolno?", "", "", "${wait} > 10", "",
         "multiline", "", "k8", ""],
        ["calculate", "wait_seconds", "", "", "", "", "", "", "", "${wait} * 60", "k9", ""],
        ["end_group", "", "", "", "", "", "", "", "", "", "k10", ""],
        ["begin_group", "staff", "Staff", "Personel", "", "", "", "", "", "", "k11", ""],
        ["select_one rate", "courtesy", "Courtesy", "Uprzejmość", "", "true", "", "", "likert",
         "", "k12", ""],
        ["select_multiple extras", "extras", "What was offered?", "Co zaproponowano?", "", "",
         "selected(${greeted}, 'yes')", "", "", "", "k13", ""],
        ["image", "photo", "Photo of the counter", "Zdjęcie lady", "", "", "", "", "", "", "k14",
         ""],
        ["note", "thanks", "Thank you", "Dziękujemy", "", "", "", "", "", "", "k15", ""],
        ["end_group", "", "", "", "", "", "", "", "", "", "k16", ""],
    ], [
        ["list_name", "name", "label::English (en)", "label::Polski (pl)"],
        ["yes_no", "yes", "Yes", "Tak"], ["yes_no", "no", "No", "Nie"],
        ["rate", "1", "Poor", "Słabo"], ["rate", "2", "Fair", "Średnio"],
        ["rate", "3", "Good", "Dobrze"],
        ["extras", "card", "Loyalty card", "Karta lojalnościowa"],
        ["extras", "coffee", "Coffee", "Kawa"],
    ], [
        ["form_title", "form_id", "version", "default_language"],
        ["Branch visit (Kobo)", "kobo_branch", "2024031501", "English (en)"],
    ])  # fmt: skip


def capitals() -> None:
    xlsx("odk_capitals.xlsx", [
        ["TYPE", "NAME", "LABEL", "REQUIRED"],
        ["begin group", "shop", "The shop", ""],
        ["select_one yes_no", "clean", "Was it clean?", "yes"],
        ["decimal", "price", "Price paid", "yes"],
        ["end group", "", "", ""],
    ], [["LIST_NAME", "NAME", "LABEL"], ["yes_no", "yes", "Yes"], ["yes_no", "no", "No"]],
        [["FORM_TITLE", "FORM_ID"], ["Shop check", "shop_check"]],
        titles=("SURVEY", "CHOICES", "SETTINGS"))  # fmt: skip


def old_syntax() -> None:
    xlsx("old_syntax.xlsx", [
        ["type", "name", "label:english", "label:polish", "hint:english"],
        ["begin group", "counter", "At the counter", "Przy ladzie", ""],
        ["select one from yes_or_no", "smiled", "Did they smile?", "Czy się uśmiechnęli?", ""],
        ["select all that apply from extras", "offered", "What was offered?", "Co zaproponowano?",
         "Tick all"],
        ["select one from ratings or specify other", "overall", "Overall", "Ogólnie", ""],
        ["end group", "", "", "", ""],
    ], [
        ["list name", "name", "label:english", "label:polish"],
        ["yes_or_no", "yes", "Yes", "Tak"], ["yes_or_no", "no", "No", "Nie"],
        ["extras", "card", "Card", "Karta"], ["extras", "leaflet", "Leaflet", "Ulotka"],
        ["ratings", "good", "Good", "Dobrze"], ["ratings", "bad", "Bad", "Źle"],
    ], [["form_title", "form_id"], ["Old style", "old_style"]])  # fmt: skip


def or_other() -> None:
    xlsx("or_other.xlsx", [
        ["type", "name", "label", "required"],
        ["select_one channel or_other", "channel", "How did you contact us?", "yes"],
        ["text", "detail", "Anything else?", ""],
    ], [["list_name", "name", "label"], ["channel", "phone", "Phone"],
        ["channel", "web", "Web"]])  # fmt: skip


def five_languages() -> None:
    xlsx("five_languages.xlsx", [
        ["type", "name", "label::English (en)", "label::Polish (pl)", "label::Slovenian (sl)",
         "label::Bulgarian (bg)", "label::Hebrew (he)"],
        ["select_one yes_no", "greeted", "Greeted within 30 seconds", "Powitanie w 30 sekund",
         "Pozdrav v 30 sekundah", "Поздрав до 30 секунди", "ברכה תוך 30 שניות"],
        ["text", "remarks", "Remarks", "Uwagi", "Opombe", "Бележки", "הערות"],
    ], [
        ["list_name", "name", "label::English (en)", "label::Polish (pl)",
         "label::Slovenian (sl)", "label::Bulgarian (bg)", "label::Hebrew (he)"],
        ["yes_no", "yes", "Yes", "Tak", "Da", "Да", "כן"],
        ["yes_no", "no", "No", "Nie", "Ne", "Не", "לא"],
    ], [["form_title::English (en)", "form_title::Hebrew (he)", "form_id", "default_language"],
        ["Five languages", "חמש שפות", "five_languages", "English (en)"]])  # fmt: skip


def repeat() -> None:
    xlsx("repeat_staff.xlsx", [
        ["type", "name", "label"],
        ["text", "branch", "Branch"],
        ["begin repeat", "staff", "Each staff member"],
        ["text", "staff_name", "Name"],
        ["select_one yes_no", "badge", "Wore a name badge"],
        ["end repeat", "", ""],
    ], YES_NO)  # fmt: skip


def choice_filter() -> None:
    xlsx("choice_filter.xlsx", [
        ["type", "name", "label", "choice_filter"],
        ["select_one country", "country", "Country", ""],
        ["select_one city", "city", "City", "country=${country}"],
    ], [
        ["list_name", "name", "label", "country"],
        ["country", "pl", "Poland", ""], ["country", "si", "Slovenia", ""],
        ["city", "waw", "Warsaw", "pl"], ["city", "lju", "Ljubljana", "si"],
    ])  # fmt: skip


def functions() -> None:
    xlsx("functions_in_rules.xlsx", [
        ["type", "name", "label", "relevant", "constraint"],
        ["date", "visit_date", "Visit date", "", ". <= today()"],
        ["integer", "age_days", "Days since the visit", "today() - ${visit_date} < 30", ""],
        ["text", "postcode", "Postcode", "", "regex(., '[0-9]{2}-[0-9]{3}')"],
        ["text", "name", "Name", "", "string-length(.) >= 2"],
        ["select_multiple extras", "extras", "Extras", "", "count-selected(.) <= 2"],
        ["text", "first_extra", "About the first extra",
         "selected-at(${extras}, 0) = 'card'", ""],
        ["decimal", "bill", "Bill", "", "int(.) = . or round(., 2) = ."],
        ["text", "summary", "Summary", "concat(${name}, ${postcode}) != ''", ""],
        ["decimal", "tip", "Tip", "coalesce(${bill}, 0) > 0", ". <= number(${bill})"],
        ["text", "why", "Why?", "if(${bill} > 100, true(), false()) and not(${tip} = 0)", ""],
        ["dateTime", "when", "When exactly", "", ". < now()"],
    ], [["list_name", "name", "label"], ["extras", "card", "Card"], ["extras", "coffee",
        "Coffee"], ["extras", "water", "Water"]])  # fmt: skip


def unsupported_rule() -> None:
    xlsx("unsupported_rule.xlsx", [
        ["type", "name", "label", "relevant", "constraint"],
        ["date", "visit", "Visit", "", ""],
        ["text", "weekday_note", "Weekday note",
         "format-date(${visit}, '%a') = 'Mon'", ""],
        ["text", "code", "Code", "", "pulldata('codes', 'ok', 'code', .) = 'yes'"],
    ])  # fmt: skip


def from_file() -> None:
    xlsx("select_from_file.xlsx", [
        ["type", "name", "label"],
        ["select_one_from_file branches.csv", "branch", "Branch"],
        ["select_one yes_no", "open", "Was it open?"],
    ], YES_NO)  # fmt: skip


def geo_media() -> None:
    xlsx("geo_and_media.xlsx", [
        ["type", "name", "label"],
        ["geopoint", "where", "Where are you?"],
        ["geotrace", "route", "Route walked"],
        ["geoshape", "area", "Area"],
        ["image", "front", "Shop front"],
        ["audio", "voice", "Voice note"],
        ["video", "clip", "Clip"],
        ["barcode", "receipt", "Receipt barcode"],
        ["file", "document", "Document"],
    ])  # fmt: skip


def our_columns() -> None:
    xlsx("ratings_and_weights.xlsx", [
        ["type", "name", "label", "parameters", "weight", "critical", "standard", "target",
         "anchors", "na", "required"],
        ["begin_group", "service", "Service", "", "2", "", "", "", "", "", ""],
        ["range", "courtesy", "Courtesy", "start=1 end=5", "3", "", "COURT", "",
         "1=Rude|5=Warm", "", "yes"],
        ["select_one yes_no", "greeted", "Greeted in 30 s", "", "2", "section", "GREET-30", "",
         "", "", "yes"],
        ["integer", "wait_s", "Seconds waited", "", "1", "", "WAIT-5", "<=300..900 s", "", "",
         "yes"],
        ["select_one offer", "offer", "Offer", "", "1", "", "HELP", "", "", "yes", ""],
        ["end_group", "", "", "", "", "", "", "", "", "", ""],
    ], [
        ["list_name", "name", "label", "points"],
        ["yes_no", "yes", "Yes", ""], ["yes_no", "no", "No", ""],
        ["offer", "tailored", "Tailored", "1"], ["offer", "generic", "Generic", "0.5"],
        ["offer", "none", "None", "0"],
    ], [["form_title", "form_id", "kind", "pass_threshold"],
        ["Weighted visit", "weighted_visit", "mystery_shopping", "75"]],
        extra={"grades": [["min", "label"], [90, "Excellent"], [75, "Good"], [0, "Poor"]]},
    )  # fmt: skip


def nested() -> None:
    xlsx("nested_groups.xlsx", [
        ["type", "name", "label"],
        ["begin_group", "outside", "Outside"],
        ["select_one yes_no", "sign", "Sign visible"],
        ["begin_group", "windows", "Windows"],
        ["select_one yes_no", "clean_windows", "Windows clean"],
        ["end_group", "", ""],
        ["select_one yes_no", "entrance", "Entrance clear"],
        ["end_group", "", ""],
    ], YES_NO)  # fmt: skip


def form_id_with_space() -> None:
    xlsx(
        "form_id_space.xlsx",
        [
            ["type", "name", "label"],
            ["text", "remarks", "Remarks"],
        ],
        None,
        [["form_title", "form_id", "version"], ["Branch visit", "branch visit 2024", "3"]],
    )


def hidden_and_calc() -> None:
    xlsx("hidden_and_calculate.xlsx", [
        ["type", "name", "label", "calculation", "relevant", "default"],
        ["hidden", "batch", "", "", "", "B7"],
        ["integer", "minutes", "Minutes waited", "", "", ""],
        ["calculate", "seconds", "", "${minutes} * 60", "", ""],
        ["text", "long_wait", "Why so long?", "", "${seconds} > 600", ""],
        ["text", "comment", "Comment", "", "${minutes} > 1", ""],
    ])  # fmt: skip


def appearance_columns() -> None:
    xlsx("appearance_and_messages.xlsx", [
        ["type", "name", "label", "appearance", "required", "required_message",
         "constraint", "constraint_message", "guidance_hint", "media::image", "read_only",
         "default"],
        ["begin_group", "page1", "Page one", "field-list", "", "", "", "", "", "", "", ""],
        ["select_one yes_no", "ok", "All fine?", "horizontal", "yes", "Please answer", "", "",
         "Think of the whole visit", "fine.png", "", ""],
        ["integer", "staff", "Staff on duty", "", "yes", "", ". > 0", "At least one", "", "",
         "", "1"],
        ["note", "info", "Read this first", "", "", "", "", "", "", "", "yes", ""],
        ["end_group", "", "", "", "", "", "", "", "", "", "", ""],
    ], YES_NO)  # fmt: skip


def diary_types() -> None:
    xlsx("diary_types.xlsx", [
        ["type", "name", "label", "required"],
        ["date", "day", "Day", "yes"],
        ["time", "at", "Time", "yes"],
        ["dateTime", "logged", "Logged at", ""],
        ["integer", "count", "People ahead", ""],
        ["decimal", "spent", "Amount spent", ""],
        ["note", "n1", "Now describe the encounter", ""],
        ["text", "what", "What happened", "yes"],
        ["range", "satisfaction", "Satisfaction", ""],
    ])  # fmt: skip


def csv_form() -> None:
    (HERE / "phone_call.csv").write_text(
        "survey,,,\n"
        ",type,name,label\n"
        ",select_one yes_no,answered,Answered within 3 rings\n"
        ",integer,hold,Seconds on hold\n"
        ",text,notes,Notes\n"
        "choices,,,\n"
        ",list_name,name,label\n"
        ",yes_no,yes,Yes\n"
        ",yes_no,no,No\n"
        "settings,,,\n"
        ",form_title,form_id,\n"
        ",Phone call,phone_call,\n",
        encoding="utf-8",
    )


def md_form() -> None:
    (HERE / "chat_check.md").write_text(
        "| survey |                   |          |                         |\n"
        "|        | type              | name     | label                   |\n"
        "|        | select_one yes_no | greeted  | Greeted by name         |\n"
        "|        | integer           | reply_s  | Seconds to first reply  |\n"
        "|        | begin repeat      | topics   | Topics                  |\n"
        "|        | text              | topic    | Topic                   |\n"
        "|        | end repeat        |          |                         |\n"
        "| choices |                  |          |                         |\n"
        "|        | list_name         | name     | label                   |\n"
        "|        | yes_no            | yes      | Yes                     |\n"
        "|        | yes_no            | no       | No                      |\n",
        encoding="utf-8",
    )


def xls_form() -> None:
    try:
        import xlwt  # type: ignore[import-not-found]
    except ImportError:
        print("xlwt is not installed: legacy_visit.xls kept as it is", file=sys.stderr)
        return
    book = xlwt.Workbook()
    sheets = {
        "survey": [["type", "name", "label::English (en)", "label::Slovenian (sl)", "required"],
                   ["select_one yes_no", "clean", "Clean premises", "Čisti prostori", "yes"],
                   ["integer", "queue", "People queuing", "Ljudje v vrsti", ""],
                   ["start", "start", "", "", ""],
                   ["text", "remarks", "Remarks", "Opombe", ""]],
        "choices": [["list_name", "name", "label::English (en)", "label::Slovenian (sl)"],
                    ["yes_no", "yes", "Yes", "Da"], ["yes_no", "no", "No", "Ne"]],
        "settings": [["form_title", "form_id"], ["Legacy visit", "legacy_visit"]],
    }  # fmt: skip
    for title, rows in sheets.items():
        sheet = book.add_sheet(title)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                sheet.write(r, c, value)
    book.save(str(HERE / "legacy_visit.xls"))


def our_own_export() -> None:
    sys.path.insert(0, str(HERE.parents[2]))
    from auditor.exchange.template_xlsx import write_xlsform
    from auditor.services.templates import builtin_dir, read_json

    doc = read_json(builtin_dir() / "checklists" / "restaurant_visit.json")
    write_xlsform(doc, HERE / "restaurant_visit_export.xlsx")


if __name__ == "__main__":
    for make in (kobo_branch_visit, capitals, old_syntax, or_other, five_languages, repeat,
                 choice_filter, functions, unsupported_rule, from_file, geo_media, our_columns,
                 nested, form_id_with_space, hidden_and_calc, appearance_columns, diary_types,
                 csv_form, md_form, xls_form, our_own_export):  # fmt: skip
        make()
    print(f"written to {HERE}")
