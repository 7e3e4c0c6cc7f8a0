"""The words printed on reports, in every language the app speaks (en, pl, sl, bg, he)."""

from __future__ import annotations

from auditor.scoring import ipa

LANGS = ("en", "pl", "sl", "bg", "he")

_LABELS: dict[str, tuple[str, str, str, str, str]] = {
    # key: (en, pl, sl, bg, he)
    "audit_report": (
        "Audit report",
        "Raport z audytu",
        "Poročilo o presoji",
        "Доклад от одит",
        "דוח ביקורת",
    ),
    "location_report": (
        "Location report",
        "Raport placówki",
        "Poročilo lokacije",
        "Доклад за обект",
        "דוח סניף",
    ),
    "summary_report": (
        "Summary report",
        "Raport zbiorczy",
        "Zbirno poročilo",
        "Обобщен доклад",
        "דוח מסכם",
    ),
    "standards_report": (
        "Standards report",
        "Raport standardów",
        "Poročilo o standardih",
        "Доклад за стандартите",
        "דוח תקנים",
    ),
    "diary_report": (
        "Service-event diary",
        "Dziennik zdarzeń usługowych",
        "Dnevnik storitvenih dogodkov",
        "Дневник на обслужването",
        "יומן אירועי שירות",
    ),
    "shopper_report": (
        "Shopper report",
        "Raport tajemniczego klienta",
        "Poročilo skrivnega kupca",
        "Доклад за тайния клиент",
        "דוח קונה סמוי",
    ),
    "location": ("Location", "Placówka", "Lokacija", "Обект", "סניף"),
    "organisation": ("Organisation", "Organizacja", "Organizacija", "Организация", "ארגון"),
    "visit": ("Visit", "Wizyta", "Obisk", "Посещение", "ביקור"),
    "shopper": ("Shopper", "Tajemniczy klient", "Skrivni kupec", "Таен клиент", "קונה סמוי"),
    "checklist": (
        "Checklist",
        "Lista kontrolna",
        "Kontrolni seznam",
        "Контролен списък",
        "רשימת תיוג",
    ),
    "version": ("version", "wersja", "različica", "версия", "גרסה"),
    "score": ("Score", "Wynik", "Rezultat", "Резултат", "ציון"),
    "passed": ("Passed", "Zaliczony", "Uspešno", "Успешен", "עבר"),
    "failed": ("Failed", "Niezaliczony", "Neuspešno", "Неуспешен", "נכשל"),
    "grade": ("Grade", "Ocena", "Ocena", "Оценка", "דרגה"),
    "section": ("Section", "Sekcja", "Razdelek", "Раздел", "פרק"),
    "sections": (
        "Section scores",
        "Wyniki sekcji",
        "Rezultati razdelkov",
        "Резултати по раздели",
        "ציוני פרקים",
    ),
    "question": ("Question", "Pytanie", "Vprašanje", "Въпрос", "שאלה"),
    "answer": ("Answer", "Odpowiedź", "Odgovor", "Отговор", "תשובה"),
    "points": ("Points", "Punkty", "Točke", "Точки", "נקודות"),
    "comment": ("Comment", "Komentarz", "Komentar", "Коментар", "הערה"),
    "critical": (
        "Critical failure",
        "Błąd krytyczny",
        "Kritična napaka",
        "Критична грешка",
        "כשל קריטי",
    ),
    "not_applicable": ("N/A", "N/D", "N/P", "Н/П", "לא רלוונטי"),
    "yes": ("Yes", "Tak", "Da", "Да", "כן"),
    "no": ("No", "Nie", "Ne", "Не", "לא"),
    "reviewer_notes": (
        "Reviewer notes",
        "Uwagi recenzenta",
        "Opombe pregledovalca",
        "Бележки на проверяващия",
        "הערות הבודק",
    ),
    "narrative": ("Narrative", "Opis wizyty", "Opis obiska", "Разказ", "תיאור"),
    "photos": ("Photos", "Zdjęcia", "Fotografije", "Снимки", "תמונות"),
    "photo_unreadable": (
        "Photo cannot be shown",
        "Nie można pokazać zdjęcia",
        "Fotografije ni mogoče prikazati",
        "Снимката не може да бъде показана",
        "לא ניתן להציג את התמונה",
    ),
    "page": ("Page", "Strona", "Stran", "Страница", "עמוד"),
    "of": ("of", "z", "od", "от", "מתוך"),
    "generated": ("Generated", "Wygenerowano", "Ustvarjeno", "Създаден", "הופק"),
    "contents": ("Contents", "Spis treści", "Kazalo", "Съдържание", "תוכן העניינים"),
    "trend": ("Trend", "Trend", "Trend", "Тенденция", "מגמה"),
    "month": ("Month", "Miesiąc", "Mesec", "Месец", "חודש"),
    "audits": ("Audits", "Audyty", "Presoje", "Одити", "ביקורות"),
    "standard": ("Standard", "Standard", "Standard", "Стандарт", "תקן"),
    "standards": ("Standards", "Standardy", "Standardi", "Стандарти", "תקנים"),
    "org_average": (
        "Organisation average",
        "Średnia organizacji",
        "Povprečje organizacije",
        "Средно за организацията",
        "ממוצע הארגון",
    ),
    "open_actions": (
        "Open corrective actions",
        "Otwarte działania korygujące",
        "Odprti korektivni ukrepi",
        "Открити коригиращи действия",
        "פעולות מתקנות פתוחות",
    ),
    "owner": ("Owner", "Odpowiedzialny", "Odgovorni", "Отговорник", "אחראי"),
    "due": ("Due", "Termin", "Rok", "Срок", "תאריך יעד"),
    "status": ("Status", "Status", "Stanje", "Статус", "סטטוס"),
    "ranking": (
        "Ranking of locations",
        "Ranking placówek",
        "Razvrstitev lokacij",
        "Класиране на обектите",
        "דירוג סניפים",
    ),
    "rank": ("Rank", "Miejsce", "Mesto", "Място", "מקום"),
    "distribution": (
        "Distribution of scores",
        "Rozkład wyników",
        "Porazdelitev rezultatov",
        "Разпределение на резултатите",
        "התפלגות ציונים",
    ),
    "most_failed": (
        "Standards failed most often",
        "Najczęściej niespełniane standardy",
        "Najpogosteje kršeni standardi",
        "Най-често нарушавани стандарти",
        "התקנים שנכשלו הכי הרבה",
    ),
    "critical_failures": (
        "Critical failures",
        "Błędy krytyczne",
        "Kritične napake",
        "Критични грешки",
        "כשלים קריטיים",
    ),
    "fail_rate": ("Failed in", "Niespełniony w", "Kršen v", "Нарушен в", "נכשל ב"),
    "where": ("Where", "Gdzie", "Kje", "Къде", "היכן"),
    "examples": (
        "What shoppers wrote",
        "Co napisali tajemniczy klienci",
        "Kaj so zapisali skrivni kupci",
        "Какво написаха тайните клиенти",
        "מה כתבו הקונים הסמויים",
    ),
    "events": ("Events", "Zdarzenia", "Dogodki", "Събития", "אירועים"),
    "channel": ("Channel", "Kanał", "Kanal", "Канал", "ערוץ"),
    "criterion": ("Criterion", "Kryterium", "Merilo", "Критерий", "קריטריון"),
    "expectation": ("Expectation", "Oczekiwanie", "Pričakovanje", "Очакване", "ציפייה"),
    "experience": ("Experience", "Doświadczenie", "Izkušnja", "Преживяване", "חוויה"),
    "gap": ("Gap", "Luka", "Vrzel", "Разлика", "פער"),
    "event_scores": (
        "Expected {expected}, experienced {experienced}, gap {gap}",
        "Oczekiwanie {expected}, doświadczenie {experienced}, luka {gap}",
        "Pričakovanje {expected}, izkušnja {experienced}, vrzel {gap}",
        "Очакване {expected}, преживяване {experienced}, разлика {gap}",
        "ציפייה {expected}, חוויה {experienced}, פער {gap}",
    ),
    "recommend": ("Would recommend", "Poleciłby", "Bi priporočil", "Би препоръчал", "ימליץ"),
    "warn": (
        "Would warn others",
        "Ostrzegłby innych",
        "Bi svaril druge",
        "Би предупредил другите",
        "יזהיר אחרים",
    ),
    "ipa": (
        "Importance-performance",
        "Ważność-wykonanie",
        "Pomembnost-izvedba",
        "Значимост-изпълнение",
        "חשיבות-ביצוע",
    ),
    "importance": ("Importance", "Ważność", "Pomembnost", "Значимост", "חשיבות"),
    "performance": ("Performance", "Wykonanie", "Izvedba", "Изпълнение", "ביצוע"),
    "quadrant": ("Quadrant", "Ćwiartka", "Kvadrant", "Квадрант", "רביע"),
    "agreement": (
        "Agreement with other shoppers",
        "Zgodność z innymi tajemniczymi klientami",
        "Skladnost z drugimi skrivnimi kupci",
        "Съгласие с другите тайни клиенти",
        "הסכמה עם קונים סמויים אחרים",
    ),
    "kappa": ("Mean kappa", "Średnia kappa", "Povprečna kapa", "Средна капа", "קאפה ממוצעת"),
    "pairs": (
        "Shopper pairs",
        "Pary tajemniczych klientów",
        "Pari skrivnih kupcev",
        "Двойки тайни клиенти",
        "זוגות קונים סמויים",
    ),
    # a shopper's answers compared with another shopper's on the same question at the
    # same place, checklist version and month (agreement units), not audits
    "answers_compared": (
        "Answers compared",
        "Porównane odpowiedzi",
        "Primerjani odgovori",
        "Сравнени отговори",
        "תשובות שהושוו",
    ),
    "date": ("Date", "Data", "Datum", "Дата", "תאריך"),
    "no_data": ("No data", "Brak danych", "Ni podatkov", "Няма данни", "אין נתונים"),
    "period": ("Period", "Okres", "Obdobje", "Период", "תקופה"),
    "range_to": ("to", "do", "do", "до", "עד"),
    "share_of_audits": (
        "Share of audits (%)",
        "Udział audytów (%)",
        "Delež presoj (%)",
        "Дял от одитите (%)",
        "שיעור הביקורות (%)",
    ),
    "score_band": ("Score", "Wynik", "Rezultat", "Резултат", "ציון"),
    "importance_axis": (
        "Importance: share of events where it mattered (%)",
        "Ważność: odsetek zdarzeń, w których miało znaczenie (%)",
        "Pomembnost: delež dogodkov, v katerih je bilo pomembno (%)",
        "Важност: дял от събитията, в които е имало значение (%)",
        "חשיבות: שיעור האירועים שבהם היה חשוב (%)",
    ),
    "performance_axis": (
        "Performance: mean experience (1–7)",
        "Wykonanie: średnie doświadczenie (1–7)",
        "Izvedba: povprečna izkušnja (1–7)",
        "Изпълнение: средно преживяване (1–7)",
        "ביצוע: חוויה ממוצעת (1–7)",
    ),
    "period_range": (
        "Period: audits visited {first} to {last}.",
        "Okres: audyty z wizyt od {first} do {last}.",
        "Obdobje: presoje z obiski od {first} do {last}.",
        "Период: одити с посещения от {first} до {last}.",
        "תקופה: ביקורות שבוצעו מ־{first} עד {last}.",
    ),
    "period_all": (
        "Period: all audits, visited {first} to {last} (no period was chosen; the dashboard "
        "opens on the last 12 months, so its numbers can differ).",
        "Okres: wszystkie audyty, wizyty od {first} do {last} (nie wybrano okresu; pulpit "
        "otwiera się na ostatnich 12 miesiącach, więc jego liczby mogą się różnić).",
        "Obdobje: vse presoje, obiski od {first} do {last} (obdobje ni bilo izbrano; nadzorna "
        "plošča se odpre z zadnjimi 12 meseci, zato se njene številke lahko razlikujejo).",
        "Период: всички одити, посещения от {first} до {last} (не е избран период; таблото се "
        "отваря с последните 12 месеца, затова числата му може да се различават).",
        "תקופה: כל הביקורות, שבוצעו מ־{first} עד {last} (לא נבחרה תקופה; לוח הבקרה נפתח על "
        "12 החודשים האחרונים, ולכן המספרים בו עשויים להיות שונים).",
    ),
    "time": ("Time", "Czas", "Čas", "Време", "שעה"),
    "what_happened": (
        "What happened",
        "Co się stało",
        "Kaj se je zgodilo",
        "Какво се случи",
        "מה קרה",
    ),
    "n": ("n", "n", "n", "n", "n"),
    "method": (
        "How these numbers were made",
        "Jak powstały te liczby",
        "Kako so nastale te številke",
        "Как са получени тези числа",
        "כיצד חושבו המספרים",
    ),
    "method_counted": (
        "Counted: {statuses} audits; drafts and returned audits never count.",
        "Uwzględniono audyty: {statuses}; wersje robocze i zwrócone nigdy nie są liczone.",
        "Upoštevane presoje: {statuses}; osnutki in vrnjene presoje se nikoli ne štejejo.",
        "Отчетени одити: {statuses}; черновите и върнатите одити никога не се отчитат.",
        "נספרו ביקורות: {statuses}; טיוטות וביקורות שהוחזרו אינן נספרות לעולם.",
    ),
    "method_awaiting": (
        "Not yet counted: {count} finished audits that the team server has not scored yet.",
        "Jeszcze nieuwzględnione: {count} zakończonych audytów, których serwer zespołu jeszcze "
        "nie ocenił.",
        "Še ne upoštevane: {count} končanih presoj, ki jih strežnik ekipe še ni ocenil.",
        "Още неотчетени: {count} завършени одита, които сървърът на екипа още не е оценил.",
        "טרם נספרו: {count} ביקורות שהסתיימו ושרת הצוות טרם חישב את ציונן.",
    ),
    "method_groups": (
        "A score is the mean of the audits' scores, each checklist on its own (checklists are "
        "never averaged together), with its 95 % confidence interval (t-interval). Groups of "
        "fewer than 5 audits are marked * and say little. Equal scores share a rank, marked = "
        "(2=, 2=). Where a location's interval overlaps a neighbour's, the column 'Not "
        "significantly different from' gives that neighbour's rank: their order may be chance.",
        "Wynik to średnia wyników audytów, osobno dla każdej listy kontrolnej (list nigdy się "
        "nie uśrednia razem), z 95-procentowym przedziałem ufności (przedział t). Grupy "
        "liczące mniej niż 5 audytów oznaczono * i niewiele mówią. Równe wyniki dzielą miejsce, "
        "oznaczone = (2=, 2=). Gdy przedział placówki nakłada się na przedział sąsiada, kolumna "
        "„Bez istotnej różnicy wobec” podaje miejsce sąsiada: ich kolejność może być przypadkowa.",
        "Rezultat je povprečje rezultatov presoj, za vsak kontrolni seznam posebej (seznamov "
        "nikoli ne povprečimo skupaj), s 95-odstotnim intervalom zaupanja (interval t). "
        "Skupine z manj kot 5 presojami so označene z * in povedo malo. Enaki rezultati si delijo "
        "mesto, označeno z = (2=, 2=). Kjer se interval lokacije prekriva s sosedovim, "
        "stolpec »Brez značilne razlike od« navede sosedovo mesto: vrstni red je lahko naključen.",
        "Резултатът е средното на резултатите от одитите, поотделно за всеки контролен "
        "списък (списъците никога не се осредняват заедно), с 95 % доверителен интервал "
        "(t-интервал). Групите с по-малко от 5 одита са отбелязани с * и казват малко. Равните "
        "резултати делят място, отбелязано с = (2=, 2=). Където интервалът на обекта се "
        "припокрива със съседния, колоната „Без значима разлика от“ дава мястото на съседа: "
        "редът им може да е случаен.",
        "ציון הוא ממוצע ציוני הביקורות, לכל רשימת תיוג בנפרד (רשימות אינן ממוצעות יחד "
        "לעולם), עם רווח סמך של 95% (רווח t). קבוצות של פחות מ־5 ביקורות מסומנות ב־* "
        "ואומרות מעט. ציונים שווים חולקים מקום, המסומן ב־= (2=, 2=). כאשר רווח הסמך של סניף "
        'חופף לזה של שכנו, העמודה "ללא הבדל מובהק מ־" מציינת את מקום השכן: ייתכן שסדרם '
        "מקרי.",
    ),
    "method_calibration": (
        "Calibration compares each audit with the median of the other shoppers' mean scores "
        "at the same location, checklist and quarter; a shopper is flagged when the mean "
        "difference is significant (p < 0.05) and at least 10 points.",
        "Kalibracja porównuje każdy audyt z medianą średnich wyników pozostałych tajemniczych "
        "klientów w tej samej placówce, liście kontrolnej i kwartale; tajemniczego klienta "
        "oznaczono, gdy średnia "
        "różnica jest istotna (p < 0,05) i wynosi co najmniej 10 punktów.",
        "Umerjanje primerja vsako presojo z mediano povprečnih rezultatov drugih "
        "skrivnih kupcev na isti lokaciji, kontrolnem seznamu in četrtletju; skrivni kupec je "
        "označen, ko je povprečna razlika značilna (p < 0,05) in znaša vsaj 10 točk.",
        "Калибрирането сравнява всеки одит с медианата на средните резултати на другите "
        "тайни клиенти в същия обект, контролен списък и тримесечие; тайният клиент се отбелязва, "
        "когато средната "
        "разлика е значима (p < 0,05) и е поне 10 точки.",
        "הכיול משווה כל ביקורת לחציון הציונים הממוצעים של הקונים הסמויים האחרים באותו סניף, רשימת "
        "תיוג ורבעון; קונה מסומן כאשר ההפרש הממוצע מובהק (p < 0.05) ולפחות 10 נקודות.",
    ),
    "ci": ("95 % CI", "95% PU", "95 % IZ", "95 % ДИ", "רווח סמך 95%"),
    "calibration": ("Calibration", "Kalibracja", "Umerjanje", "Калибриране", "כיול"),
    "change": (
        "Change vs. the period before",
        "Zmiana wobec poprzedniego okresu",
        "Sprememba glede na prejšnje obdobje",
        "Промяна спрямо предходния период",
        "שינוי לעומת התקופה הקודמת",
    ),
    "method_change": (
        "Change: the location's mean score against the same number of days before, with "
        "Welch's t-test of the two periods' audit scores; * marks a change significant at "
        "p < 0.05, the others may be noise.",
        "Zmiana: średni wynik placówki wobec tej samej liczby dni wcześniej, z testem t "
        "Welcha wyników audytów obu okresów; * oznacza zmianę istotną przy p < 0,05, "
        "pozostałe mogą być szumem.",
        "Sprememba: povprečni rezultat lokacije glede na enako število dni prej, z "
        "Welchovim t-testom rezultatov presoj obeh obdobij; * označuje spremembo, značilno pri "
        "p < 0,05, druge so lahko šum.",
        "Промяна: средният резултат на обекта спрямо същия брой дни преди това, с t-тест на "
        "Уелч за резултатите от одитите в двата периода; * отбелязва промяна, значима при "
        "p < 0,05, останалите може да са шум.",
        "שינוי: הציון הממוצע של הסניף לעומת אותו מספר ימים קודם לכן, עם מבחן t של וולש "
        "לציוני הביקורות בשתי התקופות; * מסמן שינוי מובהק ב־p < 0.05, האחרים עשויים להיות "
        "רעש.",
    ),
    "difference": ("Difference", "Różnica", "Razlika", "Разлика", "הפרש"),
    "flag": ("Flag", "Oznaczenie", "Oznaka", "Отбелязване", "סימון"),
    "last_change": (
        "Last change",
        "Ostatnia zmiana",
        "Zadnja sprememba",
        "Последна промяна",
        "שינוי אחרון",
    ),
    # workbook and CSV: sheet names (at most 31 characters) and column headers
    "sheet_audits": ("Audits", "Audyty", "Presoje", "Одити", "ביקורות"),
    "sheet_answers": ("Answers", "Odpowiedzi", "Odgovori", "Отговори", "תשובות"),
    "sheet_locations": ("Locations", "Placówki", "Lokacije", "Обекти", "סניפים"),
    "sheet_sections": ("Sections", "Sekcje", "Razdelki", "Раздели", "פרקים"),
    "sheet_actions": (
        "Corrective actions",
        "Działania korygujące",
        "Korektivni ukrepi",
        "Коригиращи действия",
        "פעולות מתקנות",
    ),
    "sheet_method": ("Method", "Metoda", "Metoda", "Метод", "שיטה"),
    "sheet_where": (
        "Where it failed",
        "Gdzie niespełniony",
        "Kje kršen",
        "Къде е нарушен",
        "היכן נכשל",
    ),
    "sheet_by_criterion": (
        "By criterion",
        "Wg kryterium",
        "Po merilih",
        "По критерий",
        "לפי קריטריון",
    ),
    "sheet_by_channel": ("By channel", "Wg kanału", "Po kanalih", "По канал", "לפי ערוץ"),
    "sheet_shoppers": (
        "Shoppers",
        "Tajemniczy klienci",
        "Skrivni kupci",
        "Тайни клиенти",
        "קונים סמויים",
    ),
    "sheet_questions": (
        "Agreement by question",
        "Zgodność wg pytań",
        "Skladnost po vprašanjih",
        "Съгласие по въпроси",
        "הסכמה לפי שאלה",
    ),
    "audit_id": ("Audit id", "Id audytu", "ID presoje", "ID на одита", "מזהה ביקורת"),
    "kind": ("Kind", "Rodzaj", "Vrsta", "Вид", "סוג"),
    "title": ("Title", "Tytuł", "Naslov", "Заглавие", "כותרת"),
    "earned": (
        "Points earned",
        "Punkty zdobyte",
        "Dosežene točke",
        "Получени точки",
        "נקודות שהושגו",
    ),
    "possible": (
        "Points possible",
        "Punkty możliwe",
        "Možne točke",
        "Възможни точки",
        "נקודות אפשריות",
    ),
    "score_mean": (
        "Score (mean)",
        "Wynik (średnia)",
        "Rezultat (povprečje)",
        "Резултат (средно)",
        "ציון (ממוצע)",
    ),
    "score_pooled": (
        "Score (points pooled)",
        "Wynik (punkty łącznie)",
        "Rezultat (skupne točke)",
        "Резултат (сборни точки)",
        "ציון (סך הנקודות)",
    ),
    "ci_low": ("95 % CI low", "95% PU od", "95 % IZ od", "95 % ДИ от", "רווח סמך 95%: מ־"),
    "ci_high": ("95 % CI high", "95% PU do", "95 % IZ do", "95 % ДИ до", "רווח סמך 95%: עד"),
    "audits_failed": (
        "Audits failed (all checklists)",
        "Audyty niespełnione (wszystkie listy)",
        "Neuspešne presoje (vsi seznami)",
        "Неуспешни одити (всички контролни списъци)",
        "ביקורות שנכשלו (כל הרשימות)",
    ),
    "fail_rate_pct": (
        "Fail rate %",
        "Odsetek niespełnień %",
        "Delež kršitev %",
        "Дял нарушения %",
        "שיעור כישלון %",
    ),
    "not_different": (
        "Not significantly different from",
        "Bez istotnej różnicy wobec",
        "Brez značilne razlike od",
        "Без значима разлика от",
        "ללא הבדל מובהק מ־",
    ),
    "few_audits": (
        "Fewer than 5 audits",
        "Mniej niż 5 audytów",
        "Manj kot 5 presoj",
        "По-малко от 5 одита",
        "פחות מ־5 ביקורות",
    ),
    "trend_score": (
        "{checklist}: score (mean)",
        "{checklist}: wynik (średnia)",
        "{checklist}: rezultat (povprečje)",
        "{checklist}: резултат (средно)",
        "{checklist}: ציון (ממוצע)",
    ),
    "trend_audits": (
        "{checklist}: audits",
        "{checklist}: audyty",
        "{checklist}: presoje",
        "{checklist}: одити",
        "{checklist}: ביקורות",
    ),
    "trend_chart": (
        "Score by month, per checklist",
        "Wynik według miesięcy, dla każdej listy",
        "Rezultat po mesecih, za vsak seznam",
        "Резултат по месеци, за всеки контролен списък",
        "ציון לפי חודש, לכל רשימה",
    ),
    "score_percent": ("Score %", "Wynik %", "Rezultat %", "Резултат %", "ציון %"),
    "what": ("What", "Co", "Kaj", "Какво", "מה"),
    "overdue": ("Overdue", "Po terminie", "Zamuja", "Просрочено", "באיחור"),
    "done_note": (
        "Done: what was done",
        "Wykonano: co zrobiono",
        "Opravljeno: kaj je bilo storjeno",
        "Изпълнено: какво е направено",
        "בוצע: מה נעשה",
    ),
    "proposed_by": (
        "Verification proposed by audit",
        "Weryfikację zaproponował audyt",
        "Preverjanje predlagala presoja",
        "Проверка, предложена от одит",
        "אימות שהוצע על ידי ביקורת",
    ),
    "linked_audits": (
        "Linked audits",
        "Powiązane audyty",
        "Povezane presoje",
        "Свързани одити",
        "ביקורות מקושרות",
    ),
    "diary": ("Diary", "Dziennik", "Dnevnik", "Дневник", "יומן"),
    "place": ("Place", "Miejsce", "Kraj", "Място", "מקום"),
    "satisfaction": (
        "Satisfaction",
        "Zadowolenie",
        "Zadovoljstvo",
        "Удовлетвореност",
        "שביעות רצון",
    ),
    "feeling": ("Feeling", "Odczucie", "Občutek", "Усещане", "תחושה"),
    "criteria": ("Criteria", "Kryteria", "Merila", "Критерии", "קריטריונים"),
    "alpha": (
        "Krippendorff's alpha",
        "Alfa Krippendorffa",
        "Krippendorffova alfa",
        "Алфа на Крипендорф",
        "אלפא של קריפנדורף",
    ),
    "method_locations": (
        "Locations: 'Not significantly different from' names the ranked neighbours whose "
        "95 % interval overlaps (as in the PDF ranking).",
        "Placówki: „Bez istotnej różnicy wobec” wymienia sąsiadów w rankingu, których "
        "95-procentowy przedział się nakłada (jak w rankingu PDF).",
        "Lokacije: »Brez značilne razlike od« navaja sosede na lestvici, katerih 95-odstotni "
        "interval se prekriva (kot na lestvici v PDF).",
        "Обекти: „Без значима разлика от“ изброява съседите в класирането, чийто 95 % интервал "
        "се припокрива (както в класирането в PDF).",
        'סניפים: "ללא הבדל מובהק מ־" מציין את השכנים בדירוג שרווח הסמך של 95% שלהם חופף '
        "(כמו בדירוג שב־PDF).",
    ),
    "method_questionnaires": (
        "Questionnaires (surveys, SERVQUAL, self-assessments) have a score but no pass/fail "
        "or grade; a score is never averaged over several checklists.",
        "Kwestionariusze (ankiety, SERVQUAL, samooceny) mają wynik, ale nie mają zaliczenia ani "
        "oceny; wyniku nigdy nie uśrednia się po kilku listach kontrolnych.",
        "Vprašalniki (ankete, SERVQUAL, samoocene) imajo rezultat, nimajo pa uspešnosti ali "
        "ocene; rezultata nikoli ne povprečimo čez več kontrolnih seznamov.",
        "Въпросниците (анкети, SERVQUAL, самооценки) имат резултат, но нямат успех/неуспех "
        "или оценка; резултатът никога не се осреднява за няколко контролни списъка.",
        "לשאלונים (סקרים, SERVQUAL, הערכות עצמיות) יש ציון אך אין עבר/נכשל או דרגה; ציון "
        "אינו ממוצע לעולם על פני כמה רשימות תיוג.",
    ),
    "method_standards": (
        "Standards: fail rates count audits of every checklist that checks the standard, "
        "with a Wilson 95 % interval; points are pooled per checklist.",
        "Standardy: odsetek niespełnień liczy audyty każdej listy kontrolnej, która sprawdza "
        "standard, z 95-procentowym przedziałem Wilsona; punkty sumuje się dla każdej listy.",
        "Standardi: delež kršitev šteje presoje vseh kontrolnih seznamov, ki preverjajo "
        "standard, z 95-odstotnim Wilsonovim intervalom; točke se seštejejo po seznamih.",
        "Стандарти: делът на нарушенията отчита одитите на всеки контролен списък, който проверява "
        "стандарта, с 95 % интервал на Уилсън; точките се сумират по контролен списък.",
        "תקנים: שיעורי הכישלון סופרים ביקורות מכל רשימת תיוג שבודקת את התקן, עם רווח "
        "וילסון של 95%; הנקודות מסוכמות לכל רשימה.",
    ),
    # PDF: plain words beside intervals and tests, durations and units
    "reading_few": (
        "Too few audits to say: the interval is wide.",
        "Za mało audytów, by coś stwierdzić: przedział jest szeroki.",
        "Premalo presoj za zanesljivo oceno: interval je širok.",
        "Твърде малко одити, за да се каже нещо: интервалът е широк.",
        "מעט מדי ביקורות כדי לקבוע: הרווח רחב.",
    ),
    "reading_intervals": (
        "How to read: {ci} is the range the true score very likely lies in (95 %). A wide "
        "range, such as {example}, means too few audits to say.",
        "Jak czytać: {ci} to zakres, w którym prawie na pewno (95%) leży prawdziwy wynik. "
        "Szeroki zakres, np. {example}, oznacza, że audytów jest za mało, by coś stwierdzić.",
        "Kako brati: {ci} je razpon, v katerem zelo verjetno (95 %) leži pravi rezultat. "
        "Širok razpon, npr. {example}, pomeni, da je presoj premalo za zanesljivo oceno.",
        "Как да се чете: {ci} е диапазонът, в който почти сигурно (95 %) е истинският "
        "резултат. Широк диапазон, например {example}, означава твърде малко одити.",
        "איך לקרוא: {ci} הוא הטווח שבו כמעט בוודאות (95%) נמצא הציון האמיתי. טווח רחב, "
        "כמו {example}, פירושו שיש מעט מדי ביקורות כדי לקבוע.",
    ),
    "reading_change_real": (
        "The change is very likely real, not chance.",
        "Zmiana jest niemal na pewno rzeczywista, a nie przypadkowa.",
        "Sprememba je zelo verjetno resnična, ne naključna.",
        "Промяната почти сигурно е реална, а не случайна.",
        "השינוי כמעט בוודאות אמיתי ולא מקרי.",
    ),
    "reading_change_chance": (
        "The change may be chance: it says nothing yet.",
        "Zmiana może być przypadkowa: na razie nic nie mówi.",
        "Sprememba je lahko naključna: zaenkrat ne pove ničesar.",
        "Промяната може да е случайна: засега не казва нищо.",
        "ייתכן שהשינוי מקרי: עדיין אין להסיק ממנו דבר.",
    ),
    "reading_changes": (
        "How to read the change: * marks a change that is very likely real; a change "
        "without * may be chance.",
        "Jak czytać zmianę: * oznacza zmianę niemal na pewno rzeczywistą; zmiana bez * może "
        "być przypadkowa.",
        "Kako brati spremembo: * označuje spremembo, ki je zelo verjetno resnična; sprememba "
        "brez * je lahko naključna.",
        "Как да се чете промяната: * отбелязва промяна, която почти сигурно е реална; "
        "промяна без * може да е случайна.",
        "איך לקרוא את השינוי: * מסמן שינוי שכמעט בוודאות אמיתי; שינוי בלי * עשוי להיות מקרי.",
    ),
    "duration": (
        "{minutes} min {seconds} s",
        "{minutes} min {seconds} s",
        "{minutes} min {seconds} s",
        "{minutes} мин {seconds} с",
        "{minutes} דק׳ {seconds} שנ׳",
    ),
    "duration_seconds": (
        "{seconds} s",
        "{seconds} s",
        "{seconds} s",
        "{seconds} с",
        "{seconds} שנ׳",
    ),
    "unit_s": ("s", "s", "s", "с", "שנ׳"),
    "unit_min": ("min", "min", "min", "мин", "דק׳"),
    "unit_h": ("h", "godz.", "h", "ч", "שע׳"),
    "unit_rings": ("rings", "sygnały", "zvonjenja", "позвънявания", "צלצולים"),
}


# Values the app itself names (statuses, diary channels and criteria, IPA quadrants).
_TERMS: dict[str, tuple[str, str, str, str, str]] = {
    "draft": ("Draft", "Szkic", "Osnutek", "Чернова", "טיוטה"),
    "submitted": ("Submitted", "Wysłany", "Oddano", "Изпратен", "הוגש"),
    "returned": ("Returned", "Zwrócony", "Vrnjeno", "Върнат", "הוחזר"),
    "accepted": ("Accepted", "Zaakceptowany", "Sprejeto", "Приет", "התקבל"),
    "lenient": ("lenient", "łagodny", "popustljiv", "снизходителен", "מקל"),
    "severe": ("severe", "surowy", "strog", "строг", "מחמיר"),
    "significant": ("significant", "istotna", "značilna", "значима", "מובהקת"),
    "not_significant": (
        "not significant: may be noise",
        "nieistotna: może być szumem",
        "ni značilna: lahko je šum",
        "незначима: може да е шум",
        "לא מובהקת: ייתכן שזה רעש",
    ),
    "open": ("Open", "Otwarte", "Odprto", "Отворено", "פתוח"),
    "in_progress": ("In progress", "W toku", "V teku", "В процес", "בטיפול"),
    "done": ("Done", "Zakończone", "Končano", "Изпълнено", "בוצע"),
    "cancelled": ("Cancelled", "Anulowane", "Preklicano", "Отменено", "בוטל"),
    "in_person": ("In person", "Osobiście", "Osebno", "Лично", "פנים אל פנים"),
    "phone": ("Phone", "Telefon", "Telefon", "Телефон", "טלפון"),
    "email": ("Email", "E-mail", "E-pošta", "Имейл", "דוא״ל"),
    "sms": ("SMS", "SMS", "SMS", "SMS", "SMS"),
    "web": ("Web", "Internet", "Splet", "Уеб", "אינטרנט"),
    "chat": ("Chat", "Czat", "Klepet", "Чат", "צ׳אט"),
    "fax": ("Fax", "Faks", "Faks", "Факс", "פקס"),
    "branch_visit": (
        "Branch visit",
        "Wizyta w oddziale",
        "Obisk poslovalnice",
        "Посещение в клон",
        "ביקור בסניף",
    ),
    "courtesy": ("Courtesy", "Uprzejmość", "Vljudnost", "Учтивост", "אדיבות"),
    "professionalism": (
        "Professionalism",
        "Profesjonalizm",
        "Strokovnost",
        "Професионализъм",
        "מקצועיות",
    ),
    "empathy": ("Empathy", "Empatia", "Empatija", "Съпричастност", "אמפתיה"),
    "willingness_to_help": (
        "Willingness to help",
        "Chęć pomocy",
        "Pripravljenost pomagati",
        "Готовност за помощ",
        "נכונות לעזור",
    ),
    "listening": ("Listening", "Słuchanie", "Poslušanje", "Изслушване", "הקשבה"),
    "waiting_time": (
        "Waiting time",
        "Czas oczekiwania",
        "Čakalni čas",
        "Време за чакане",
        "זמן המתנה",
    ),
    "speed": ("Speed", "Szybkość", "Hitrost", "Бързина", "מהירות"),
    "convenience": ("Convenience", "Wygoda", "Udobnost", "Удобство", "נוחות"),
    # checklist kinds, feelings in a diary, answers to yes/no
    "mystery_shopping": (
        "Mystery shopping",
        "Tajemniczy klient",
        "Skrivni nakup",
        "Таен клиент",
        "קנייה סמויה",
    ),
    "survey": (
        "Customer survey",
        "Ankieta klientów",
        "Anketa strank",
        "Анкета на клиентите",
        "סקר לקוחות",
    ),
    "servqual": ("SERVQUAL", "SERVQUAL", "SERVQUAL", "SERVQUAL", "SERVQUAL"),
    "self_assessment": (
        "Self-assessment",
        "Samoocena",
        "Samoocena",
        "Самооценка",
        "הערכה עצמית",
    ),
    "diary": ("Diary", "Dziennik", "Dnevnik", "Дневник", "יומן"),
    "pleased": ("Pleased", "Zadowolony", "Zadovoljen", "Доволен", "מרוצה"),
    "indifferent": ("Indifferent", "Obojętny", "Ravnodušen", "Безразличен", "אדיש"),
    "annoyed": ("Annoyed", "Zirytowany", "Razdražen", "Раздразнен", "מוטרד"),
    "delighted": ("Delighted", "Zachwycony", "Navdušen", "Възхитен", "מאושר"),
    "frustrated": ("Frustrated", "Sfrustrowany", "Frustriran", "Разочарован", "מתוסכל"),
    "relieved": ("Relieved", "Uspokojony", "Olajšan", "Облекчен", "חש הקלה"),
    "verified": ("Verified", "Zweryfikowane", "Preverjeno", "Проверено", "אומת"),
    ipa.CONCENTRATE: (
        "Concentrate here",
        "Tu się skoncentrować",
        "Osredotočiti se tukaj",
        "Съсредоточете се тук",
        "להתמקד כאן",
    ),
    ipa.KEEP_UP: (
        "Keep up the good work",
        "Utrzymać dobry poziom",
        "Ohraniti dobro delo",
        "Продължавайте в същия дух",
        "להמשיך בעבודה הטובה",
    ),
    ipa.LOW_PRIORITY: (
        "Low priority",
        "Niski priorytet",
        "Nizka prednost",
        "Нисък приоритет",
        "עדיפות נמוכה",
    ),
    ipa.OVERKILL: (
        "Possible overkill",
        "Możliwy nadmiar",
        "Morda pretirano",
        "Възможен излишък",
        "השקעת יתר אפשרית",
    ),
}


def term(value: str, lang: str) -> str:
    """A value the app names (a status, a diary channel or criterion, an IPA quadrant) in `lang`;
    other values (a standard's code, a criterion someone typed) as they are."""
    values = _TERMS.get(value)
    if values is None:
        return value
    return values[LANGS.index(lang) if lang in LANGS else 0]


def label(key: str, lang: str) -> str:
    """The label in `lang`, English where the language is unknown."""
    values = _LABELS[key]
    index = LANGS.index(lang) if lang in LANGS else 0
    return values[index]


def keys() -> list[str]:
    return list(_LABELS)
