<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pl">
  <context>
    <name>AuditForm</name>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="49" />
      <source>in the score</source>
      <translation>liczone do wyniku</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="50" />
      <source>not applicable</source>
      <translation>nie dotyczy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="51" />
      <source>not answered</source>
      <translation>bez odpowiedzi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="52" />
      <source>not shown</source>
      <translation>niewyświetlane</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="53" />
      <source>no points</source>
      <translation>bez punktów</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="57" />
      <source>N/A: left out of the score</source>
      <translation>nie dotyczy: pominięte w wyniku</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="58" />
      <source>N/A: counts as met</source>
      <translation>nie dotyczy: liczone jako spełnione</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="59" />
      <source>N/A: counts as not met</source>
      <translation>nie dotyczy: liczone jako niespełnione</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="60" />
      <source>N/A is not allowed here: counts as not met</source>
      <translation>„nie dotyczy” jest tu niedozwolone: liczone jako niespełnione</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="83" />
      <source>next / previous question</source>
      <translation>następne / poprzednie pytanie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="84" />
      <source>yes / no</source>
      <translation>tak / nie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="85" />
      <source>not applicable (where allowed)</source>
      <translation>nie dotyczy (gdzie dozwolone)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="86" />
      <source>not applicable, also inside a text field</source>
      <translation>nie dotyczy, także w polu tekstowym</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="87" />
      <source>rating, or the n-th choice (two digits for 10)</source>
      <translation>ocena albo n-ta odpowiedź (dwie cyfry dla 10)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="88" />
      <source>attach a file to a photo or file question</source>
      <translation>dołącz plik do pytania o zdjęcie lub plik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="89" />
      <source>start / stop the stopwatch of a wait or duration</source>
      <translation>uruchom / zatrzymaj stoper czasu oczekiwania lub trwania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="90" />
      <source>comment on the current question</source>
      <translation>komentarz do bieżącego pytania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="91" />
      <source>next / previous section</source>
      <translation>następna / poprzednia sekcja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="92" />
      <source>jump to a question</source>
      <translation>przejdź do pytania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="93" />
      <source>undo the last answer change</source>
      <translation>cofnij ostatnią zmianę odpowiedzi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="94" />
      <source>score breakdown</source>
      <translation>rozbicie wyniku</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="95" />
      <source>submit</source>
      <translation>wyślij</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="96" />
      <source>this list</source>
      <translation>ta lista</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="408" />
      <source>Yes</source>
      <translation>Tak</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="410" />
      <source>No</source>
      <translation>Nie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="65" />
      <source>no points</source>
      <translation>bez punktów</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="85" />
      <source>not shown: a rule hides it after another answer</source>
      <translation>niewyświetlane: reguła ukrywa je po innej odpowiedzi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="87" />
      <location filename="../../work/main/ui/capture/form_window.py" line="764" />
      <source>no answer</source>
      <translation>brak odpowiedzi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="95" />
      <source>weight 0: answered, not scored</source>
      <translation>waga 0: odpowiedziano, bez punktacji</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="96" />
      <source>this kind of question is not scored</source>
      <translation>ten rodzaj pytania nie jest punktowany</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="100" />
      <source>critical: the whole audit fails</source>
      <translation>krytyczne: cały audyt jest niezaliczony</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="101" />
      <source>critical: the section fails</source>
      <translation>krytyczne: sekcja jest niezaliczona</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="108" />
      <location filename="../../work/main/ui/capture/form_window.py" line="770" />
      <source>Yes</source>
      <translation>Tak</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="108" />
      <location filename="../../work/main/ui/capture/form_window.py" line="770" />
      <source>No</source>
      <translation>Nie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="110" />
      <source>%1 on a scale of %2 to %3</source>
      <translation>%1 w skali od %2 do %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="117" />
      <location filename="../../work/main/ui/capture/breakdown.py" line="124" />
      <source>%1: %2 of %3 points</source>
      <translation>%1: %2 z %3 pkt</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="131" />
      <source>%1, target at most %2</source>
      <translation>%1, cel: najwyżej %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="132" />
      <source>%1, target at least %2</source>
      <translation>%1, cel: co najmniej %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="134" />
      <source>answered</source>
      <translation>odpowiedziano</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="161" />
      <source>%1 (critical failure: %2)</source>
      <translation>%1 (krytyczne niepowodzenie: %2)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="185" />
      <source>%1 of %2 answers are N/A (%3); at most %4 may be</source>
      <translation>%1 z %2 odpowiedzi to „nie dotyczy” (%3); dopuszczalne jest najwyżej %4</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="227" />
      <source>Score breakdown</source>
      <translation>Rozbicie wyniku</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="231" />
      <source>Section / question</source>
      <translation>Sekcja / pytanie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="231" />
      <location filename="../../work/main/ui/capture/form_window.py" line="245" />
      <source>Score</source>
      <translation>Wynik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="231" />
      <source>Points</source>
      <translation>Punkty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="231" />
      <source>Why</source>
      <translation>Dlaczego</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="269" />
      <source>Audit score: %1</source>
      <translation>Wynik audytu: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="274" />
      <source>Not scorable: %1</source>
      <translation>Bez wyniku: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="762" />
      <source>N/A</source>
      <translation>nie dotyczy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="135" />
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="163" />
      <source>&lt;b&gt;%1&lt;/b&gt; (version %2) · %3 · %4 · visit %5</source>
      <translation>&lt;b&gt;%1&lt;/b&gt; (wersja %2) · %3 · %4 · wizyta %5</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="176" />
      <source>Section</source>
      <translation>Sekcja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="176" />
      <source>Done</source>
      <translation>Gotowe</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="224" />
      <source>Breakdown…</source>
      <translation>Rozbicie…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="233" />
      <source>&amp;Submit</source>
      <translation>Wyślij (&amp;S)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="239" />
      <source>Keyboard shortcuts (F1)</source>
      <translation>Skróty klawiszowe (F1)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="260" />
      <source>Jump to a question (Ctrl+F)</source>
      <translation>Przejdź do pytania (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="283" />
      <source>Returned by the reviewer: %1</source>
      <translation>Zwrócone przez weryfikującego: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="327" />
      <location filename="../../work/main/ui/capture/form_window.py" line="420" />
      <location filename="../../work/main/ui/capture/form_window.py" line="447" />
      <location filename="../../work/main/ui/capture/form_window.py" line="462" />
      <source>saving…</source>
      <translation>zapisywanie…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="328" />
      <location filename="../../work/main/ui/capture/form_window.py" line="741" />
      <source>Saving…</source>
      <translation>Zapisywanie…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="357" />
      <location filename="../../work/main/ui/capture/form_window.py" line="426" />
      <location filename="../../work/main/ui/capture/form_window.py" line="474" />
      <source>saved ✓</source>
      <translation>zapisano ✓</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="360" />
      <source>All changes saved</source>
      <translation>Wszystkie zmiany zapisane</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="365" />
      <source>waiting for the database…</source>
      <translation>czekam na bazę danych…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="366" />
      <source>Waiting for the database…</source>
      <translation>Czekam na bazę danych…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="377" />
      <location filename="../../work/main/ui/capture/form_window.py" line="397" />
      <source>not saved</source>
      <translation>nie zapisano</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="379" />
      <source>A change could not be saved: %1</source>
      <translation>Nie udało się zapisać zmiany: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="387" />
      <source>someone else</source>
      <translation>ktoś inny</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="390" />
      <source>%1 saved this answer at %2, after you opened the audit: it is now “%3”. Yours is still here, not saved.</source>
      <translation>%1 zapisał(a) tę odpowiedź o %2, po otwarciu przez Ciebie audytu: teraz brzmi „%3”. Twoja odpowiedź jest nadal tutaj, niezapisana.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="399" />
      <source>An answer was changed by someone else; choose which stays.</source>
      <translation>Ktoś inny zmienił odpowiedź; wybierz, która zostaje.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="431" />
      <source>Nothing to undo</source>
      <translation>Nie ma czego cofnąć</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="438" />
      <source>Undone: %1</source>
      <translation>Cofnięto: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="505" />
      <source>pass</source>
      <translation>zaliczone</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="505" />
      <source>fail</source>
      <translation>niezaliczone</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="509" />
      <source>not scorable: too many N/A answers</source>
      <translation>bez wyniku: za dużo odpowiedzi „nie dotyczy”</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="514" />
      <source>Critical failure: %1</source>
      <translation>Błąd krytyczny: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="552" />
      <source>This audit is %1 and can no longer be changed.</source>
      <translation>Ten audyt ma status: %1 i nie można go już zmienić.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="632" />
      <source>This question has no stopwatch</source>
      <translation>To pytanie nie ma stopera</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="645" />
      <source>No visible question matches '%1'</source>
      <translation>Żadne widoczne pytanie nie pasuje do '%1'</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="663" />
      <source>Send this audit to the reviewer? Once submitted it can no longer be changed, unless the reviewer returns it.</source>
      <translation>Wysłać ten audyt do weryfikacji? Po wysłaniu nie można go już zmienić, chyba że weryfikator go zwróci.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="666" />
      <source>Submit these answers? Once submitted they are counted and can no longer be changed.</source>
      <translation>Wysłać te odpowiedzi? Po wysłaniu są liczone i nie można ich już zmienić.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="669" />
      <source>Submit</source>
      <translation>Wyślij</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="674" />
      <source>Not submitted.</source>
      <translation>Nie wysłano.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="684" />
      <source>%1 answers are missing or break a rule: they are marked in red.</source>
      <translation>Brakujące odpowiedzi lub naruszone reguły: %1; zaznaczono je na czerwono.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="695" />
      <location filename="../../work/main/ui/capture/form_window.py" line="702" />
      <source>Cannot submit</source>
      <translation>Nie można wysłać</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="703" />
      <source>Another program is writing to the database; try again in a moment.</source>
      <translation>Inny program zapisuje do bazy danych; spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="709" />
      <source>Submitted.</source>
      <translation>Wysłano.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="719" />
      <source>Keyboard shortcuts</source>
      <translation>Skróty klawiszowe</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="721" />
      <source>Keys</source>
      <translation>Klawisze</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="721" />
      <source>Does</source>
      <translation>Działanie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="746" />
      <source>Answers kept</source>
      <translation>Odpowiedzi zachowane</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="748" />
      <source>The database stayed busy; %1 answers are kept beside it and will be saved the next time it is opened.</source>
      <translation>Baza danych była zajęta; %1 odpowiedzi zachowano obok niej i zostaną zapisane przy jej następnym otwarciu.</translation>
    </message>
  </context>
  <context>
    <name>AuditStatus</name>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="37" />
      <source>Draft</source>
      <translation>Szkic</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="38" />
      <source>Submitted</source>
      <translation>Wysłany</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="39" />
      <source>Returned</source>
      <translation>Zwrócony</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="40" />
      <source>Accepted</source>
      <translation>Zaakceptowany</translation>
    </message>
  </context>
  <context>
    <name>AuditTableModel</name>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="105" />
      <source>Visit date</source>
      <translation>Data wizyty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="106" />
      <source>Location</source>
      <translation>Placówka</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="107" />
      <source>Checklist</source>
      <translation>Lista kontrolna</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="108" />
      <source>Shopper</source>
      <translation>Tajemniczy klient</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="109" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="110" />
      <source>Score</source>
      <translation>Wynik</translation>
    </message>
  </context>
  <context>
    <name>AuditsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="77" />
      <source>Filter by location, checklist or shopper</source>
      <translation>Filtruj według placówki, listy kontrolnej lub tajemniczego klienta</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="82" />
      <source>All statuses</source>
      <translation>Wszystkie statusy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="109" />
      <source>PDF report…</source>
      <translation>Raport PDF…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="111" />
      <source>Write the selected audit's report as a PDF</source>
      <translation>Zapisz raport wybranego audytu jako PDF</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="113" />
      <source>Location PDF…</source>
      <translation>PDF placówki…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="116" />
      <source>Write the report of the selected audit's location as a PDF</source>
      <translation>Zapisz raport placówki wybranego audytu jako PDF</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="119" />
      <source>&amp;New audit…</source>
      <translation>&amp;Nowy audyt…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="122" />
      <source>&amp;Open</source>
      <translation>&amp;Otwórz</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="124" />
      <source>Continue a draft, or read a submitted audit</source>
      <translation>Kontynuuj szkic lub przeczytaj wysłany audyt</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="127" />
      <source>Accept</source>
      <translation>Akceptuj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="130" />
      <source>Return…</source>
      <translation>Zwróć…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="132" />
      <source>Send a submitted audit back with notes</source>
      <translation>Odeślij wysłany audyt z uwagami</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="147" />
      <source>Show all audits</source>
      <translation>Pokaż wszystkie audyty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="165" />
      <source>%1 audits: %2</source>
      <translation>Audyty (%1): %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="207" />
      <location filename="../../work/main/ui/pages/audits.py" line="276" />
      <source>Select an audit first.</source>
      <translation>Najpierw wybierz audyt.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="246" />
      <source>Select a submitted audit first.</source>
      <translation>Najpierw wybierz wysłany audyt.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="255" />
      <source>Return to the shopper</source>
      <translation>Zwróć tajemniczemu klientowi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="255" />
      <source>What should the shopper change?</source>
      <translation>Co tajemniczy klient powinien zmienić?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="259" />
      <source>Reviewer</source>
      <translation>Weryfikujący</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="268" />
      <source>Audit accepted.</source>
      <translation>Audyt zaakceptowany.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="268" />
      <source>Audit returned to the shopper.</source>
      <translation>Audyt zwrócony tajemniczemu klientowi.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="287" />
      <source>Select an audit of the location first.</source>
      <translation>Najpierw wybierz audyt tej placówki.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="298" />
      <source>Save report</source>
      <translation>Zapisz raport</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="312" />
      <source>No audits yet. Start one from a checklist, or look around with demo data.</source>
      <translation>Nie ma jeszcze audytów. Zacznij od listy kontrolnej albo rozejrzyj się na danych demonstracyjnych.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="316" />
      <source>Fill with demo data</source>
      <translation>Wypełnij danymi demonstracyjnymi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="397" />
      <source>%1 of %2 audits</source>
      <translation>%1 z %2 audytów</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="413" />
      <source>Demo data added: %1 audits in %2 locations.</source>
      <translation>Dodano dane demonstracyjne: %1 audytów w %2 placówkach.</translation>
    </message>
  </context>
  <context>
    <name>DiariesPage</name>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="158" />
      <source>&amp;New diary…</source>
      <translation>&amp;Nowy dziennik…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="161" />
      <source>PDF report…</source>
      <translation>Raport PDF…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="165" />
      <source>Diary</source>
      <translation>Dziennik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="186" />
      <source>Add an event (Ctrl+Enter)</source>
      <translation>Dodaj zdarzenie (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="199" />
      <source>who served you</source>
      <translation>kto cię obsługiwał</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="202" />
      <source>what happened</source>
      <translation>co się wydarzyło</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="224" />
      <source>Neither</source>
      <translation>Ani jedno, ani drugie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="225" />
      <source>Would recommend</source>
      <translation>Poleciłbym</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="226" />
      <source>Would warn others</source>
      <translation>Ostrzegłbym innych</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="227" />
      <source>&amp;Add event</source>
      <translation>&amp;Dodaj zdarzenie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="237" />
      <location filename="../../work/main/ui/pages/diaries.py" line="277" />
      <source>When</source>
      <translation>Kiedy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="238" />
      <source>&amp;Channel</source>
      <translation>&amp;Kanał</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="239" />
      <source>Or&amp;ganisation</source>
      <translation>Or&amp;ganizacja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="240" />
      <location filename="../../work/main/ui/pages/diaries.py" line="278" />
      <source>What happened</source>
      <translation>Co się wydarzyło</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="241" />
      <source>E&amp;xpected (1-7)</source>
      <translation>&amp;Oczekiwanie (1-7)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="242" />
      <source>Ex&amp;perienced (1-7)</source>
      <translation>&amp;Postrzeganie (1-7)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="243" />
      <source>&amp;Satisfaction (1-5)</source>
      <translation>&amp;Zadowolenie (1-5)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="244" />
      <source>&amp;Feeling</source>
      <translation>&amp;Odczucie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="245" />
      <source>Criteria that mattered</source>
      <translation>Kryteria, które miały znaczenie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="247" />
      <source>Would you…</source>
      <translation>Czy…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="263" />
      <source>Timeline</source>
      <translation>Oś czasu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="266" />
      <source>All channels</source>
      <translation>Wszystkie kanały</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="272" />
      <source>Filter by organisation or text</source>
      <translation>Filtruj według organizacji lub tekstu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="277" />
      <location filename="../../work/main/ui/pages/diaries.py" line="307" />
      <source>Channel</source>
      <translation>Kanał</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="277" />
      <source>Organisation</source>
      <translation>Organizacja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="277" />
      <source>Expected</source>
      <translation>Oczekiwane</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="278" />
      <source>Experienced</source>
      <translation>Doświadczone</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="278" />
      <location filename="../../work/main/ui/pages/diaries.py" line="309" />
      <source>Gap</source>
      <translation>Luka</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="298" />
      <source>Summary</source>
      <translation>Podsumowanie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="306" />
      <source>Criterion</source>
      <translation>Kryterium</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="309" />
      <source>Events</source>
      <translation>Zdarzenia</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="309" />
      <source>Expected → experienced</source>
      <translation>Oczekiwane → doświadczone</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="316" />
      <source>By criterion (most mentioned first)</source>
      <translation>Według kryterium (najczęściej wymieniane najpierw)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="317" />
      <source>By channel</source>
      <translation>Według kanału</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="372" />
      <source>Start a diary to add events.</source>
      <translation>Załóż dziennik, aby dodawać zdarzenia.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="423" />
      <source>%1 events · expected %2 · experienced %3 · gap %4 · recommend %5 · warn %6</source>
      <translation>zdarzenia: %1 · oczekiwane %2 · doświadczone %3 · luka %4 · poleciłoby %5 · ostrzegłoby %6</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="506" />
      <source>Start a diary first.</source>
      <translation>Najpierw załóż dziennik.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="545" />
      <source>Save diary report</source>
      <translation>Zapisz raport z dziennika</translation>
    </message>
  </context>
  <context>
    <name>EnumLabels</name>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="103" />
      <source>s</source>
      <comment>seconds, after a number</comment>
      <translation>s</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="104" />
      <source>min</source>
      <comment>minutes, after a number</comment>
      <translation>min</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="105" />
      <source>h</source>
      <comment>hours, after a number</comment>
      <translation>godz.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="106" />
      <source>rings</source>
      <comment>phone rings, after a number</comment>
      <translation>sygn.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="25" />
      <source>Mystery shopping</source>
      <translation>Tajemniczy klient</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="26" />
      <source>Mystery call</source>
      <translation>Tajemniczy telefon</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="27" />
      <source>Internal audit</source>
      <translation>Audyt wewnętrzny</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="28" />
      <source>Customer survey</source>
      <translation>Ankieta klientów</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="29" />
      <source>SERVQUAL questionnaire</source>
      <translation>Kwestionariusz SERVQUAL</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="30" />
      <source>Self-assessment</source>
      <translation>Samoocena</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="31" />
      <source>Service-event diary</source>
      <translation>Dziennik zdarzeń usługowych</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="38" />
      <source>Yes or no</source>
      <translation>Tak lub nie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="39" />
      <source>Rating</source>
      <translation>Ocena w skali</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="40" />
      <source>One choice</source>
      <translation>Jedna odpowiedź</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="41" />
      <source>Several choices</source>
      <translation>Kilka odpowiedzi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="42" />
      <source>Number</source>
      <translation>Liczba</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="43" />
      <source>Time of day</source>
      <translation>Godzina</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="44" />
      <source>Duration</source>
      <translation>Czas trwania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="45" />
      <source>Date</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="46" />
      <source>Date and time</source>
      <translation>Data i godzina</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="47" />
      <source>Text</source>
      <translation>Tekst</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="48" />
      <source>Note (nothing to answer)</source>
      <translation>Uwaga (bez odpowiedzi)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="49" />
      <source>Photo</source>
      <translation>Zdjęcie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="50" />
      <source>File</source>
      <translation>Plik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="51" />
      <source>Location (latitude, longitude)</source>
      <translation>Położenie (szerokość, długość geograficzna)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="59" />
      <source>In person</source>
      <translation>Osobiście</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="60" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="61" />
      <source>E-mail</source>
      <translation>Poczta e-mail</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="62" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="63" />
      <source>Web</source>
      <translation>Strona WWW</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="64" />
      <source>Chat</source>
      <translation>Czat</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="65" />
      <source>Fax</source>
      <translation>Faks</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="66" />
      <source>Branch visit</source>
      <translation>Wizyta w oddziale</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="74" />
      <source>Courtesy</source>
      <translation>Uprzejmość</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="75" />
      <source>Professionalism</source>
      <translation>Profesjonalizm</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="76" />
      <source>Empathy</source>
      <translation>Empatia</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="77" />
      <source>Willingness to help</source>
      <translation>Chęć pomocy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="78" />
      <source>Listening</source>
      <translation>Słuchanie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="79" />
      <source>Waiting time</source>
      <translation>Czas oczekiwania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="80" />
      <source>Speed</source>
      <translation>Szybkość</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="81" />
      <source>Convenience</source>
      <translation>Wygoda</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="89" />
      <source>Pleased</source>
      <translation>Zadowolony</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="90" />
      <source>Indifferent</source>
      <translation>Obojętny</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="91" />
      <source>Annoyed</source>
      <translation>Zirytowany</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="92" />
      <source>Delighted</source>
      <translation>Zachwycony</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="93" />
      <source>Frustrated</source>
      <translation>Sfrustrowany</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="94" />
      <source>Relieved</source>
      <translation>Uspokojony</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../work/main/ui/errors.py" line="62" />
      <source>An unexpected error stopped this (%1).</source>
      <translation>Nieoczekiwany błąd przerwał tę czynność (%1).</translation>
    </message>
  </context>
  <context>
    <name>JobProgress</name>
    <message>
      <location filename="../../work/main/ui/widgets/job_progress.py" line="19" />
      <source>Cancel</source>
      <translation>Anuluj</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="78" />
      <source>Service Auditor</source>
      <translation>Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="88" />
      <source>Audits</source>
      <translation>Audyty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="89" />
      <source>Review</source>
      <translation>Weryfikacja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="90" />
      <source>Reports</source>
      <translation>Raporty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="91" />
      <source>Diaries</source>
      <translation>Dzienniki</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="92" />
      <source>Actions</source>
      <translation>Działania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="93" />
      <source>Dashboard</source>
      <translation>Pulpit</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="94" />
      <source>Checklists</source>
      <translation>Listy kontrolne</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="95" />
      <source>Standards</source>
      <translation>Standardy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="96" />
      <source>Settings</source>
      <translation>Ustawienia</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="107" />
      <source>&amp;File</source>
      <translation>&amp;Plik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="109" />
      <source>&amp;Tools</source>
      <translation>&amp;Narzędzia</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="110" />
      <source>&amp;Help</source>
      <translation>Pomo&amp;c</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="114" />
      <source>Opening the database…</source>
      <translation>Otwieranie bazy danych…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="321" />
      <source>Your password is changed.</source>
      <translation>Hasło zostało zmienione.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="332" />
      <source>&amp;New database…</source>
      <translation>&amp;Nowa baza danych…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="335" />
      <source>&amp;Open database…</source>
      <translation>&amp;Otwórz bazę danych…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="338" />
      <source>Open &amp;recent</source>
      <translation>&amp;Ostatnio otwierane</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="341" />
      <source>Fill with &amp;demo data</source>
      <translation>Wypełnij danymi &amp;demonstracyjnymi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="343" />
      <source>&amp;Quit</source>
      <translation>&amp;Zakończ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="346" />
      <source>Connect to &amp;team server…</source>
      <translation>Połącz z &amp;serwerem zespołu…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="351" />
      <source>Change my &amp;password…</source>
      <translation>Zmień moje &amp;hasło…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="352" />
      <source>Your own password on the team server</source>
      <translation>Twoje własne hasło na serwerze zespołu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="359" />
      <source>&amp;Send audits…</source>
      <translation>&amp;Wyślij audyty…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="361" />
      <source>Write the submitted audits not sent yet to a signed package (.zip)</source>
      <translation>Zapisz wysłane do weryfikacji, a jeszcze nieprzekazane audyty w podpisanej paczce (.zip)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="364" />
      <source>Re&amp;ceive audits…</source>
      <translation>O&amp;dbierz audyty…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="366" />
      <source>Merge audit packages from shoppers or the office (or drop them here)</source>
      <translation>Scal paczki audytów od tajemniczych klientów lub z biura (albo upuść je tutaj)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="369" />
      <source>S&amp;ync with team server…</source>
      <translation>S&amp;ynchronizuj z serwerem zespołu…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="371" />
      <source>Send the submitted audits to the team server; bring back reviews, checklists and actions</source>
      <translation>Przekaż wysłane audyty na serwer zespołu; pobierz oceny, listy kontrolne i działania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="379" />
      <source>&amp;Back up now</source>
      <translation>&amp;Utwórz kopię zapasową teraz</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="381" />
      <source>Res&amp;tore from backup…</source>
      <translation>Przy&amp;wróć z kopii zapasowej…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="389" />
      <source>&amp;Recompute all scores</source>
      <translation>&amp;Przelicz wszystkie wyniki</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="391" />
      <source>Score every audit again from its answers, after scoring rules changed</source>
      <translation>Oblicz ponownie wynik każdego audytu z jego odpowiedzi, po zmianie zasad punktacji</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="397" />
      <source>&amp;About Service Auditor</source>
      <translation>&amp;O programie Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="423" />
      <source>No recent databases</source>
      <translation>Brak ostatnio otwieranych baz</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="434" />
      <source>Service Auditor — %1</source>
      <translation>Service Auditor — %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="435" />
      <source>Database: %1</source>
      <translation>Baza danych: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="444" />
      <source>A server database is backed up on the server</source>
      <translation>Kopię bazy na serwerze wykonuje serwer</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="448" />
      <source>The database was upgraded; a backup was written to %1</source>
      <translation>Baza danych została zaktualizowana; kopię zapisano w %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="484" />
      <source>Scores are being recomputed; wait or cancel first.</source>
      <translation>Trwa przeliczanie wyników; poczekaj albo najpierw anuluj.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="489" />
      <location filename="../../work/main/ui/main_window.py" line="544" />
      <source>Cannot open database</source>
      <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="510" />
      <source>Back up now</source>
      <translation>Utwórz kopię teraz</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="512" />
      <source>Backup written: %1</source>
      <translation>Zapisano kopię: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="540" />
      <source>Restore from backup</source>
      <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="547" />
      <source>Restored from %1</source>
      <translation>Przywrócono z %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="553" />
      <location filename="../../work/main/ui/main_window.py" line="560" />
      <source>New database</source>
      <translation>Nowa baza danych</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="561" />
      <source>%1 already exists; use Open database to open it.</source>
      <translation>%1 już istnieje; otwórz ją poleceniem Otwórz bazę danych.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="582" />
      <source>Open database</source>
      <translation>Otwórz bazę danych</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="602" />
      <source>Recomputing scores…</source>
      <translation>Przeliczanie wyników…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="611" />
      <source>Scores recomputed for %1 audits.</source>
      <translation>Przeliczono wyniki %1 audytów.</translation>
    </message>
  </context>
  <context>
    <name>NewDiaryDialog</name>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="112" />
      <source>Start a diary</source>
      <translation>Załóż dziennik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="118" />
      <source>e.g. Two weeks of service encounters</source>
      <translation>np. Dwa tygodnie kontaktów z obsługą</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="125" />
      <source>&amp;Owner</source>
      <translation>&amp;Właściciel</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="126" />
      <source>&amp;Title</source>
      <translation>&amp;Tytuł</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="127" />
      <source>&amp;From</source>
      <translation>&amp;Od</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="128" />
      <source>T&amp;o</source>
      <translation>D&amp;o</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="129" />
      <source>&amp;Purpose</source>
      <translation>&amp;Cel</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="134" />
      <source>Start the diary</source>
      <translation>Załóż dziennik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="135" />
      <source>Cancel</source>
      <translation>Anuluj</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="33" />
      <source>Show Details...</source>
      <translation>Pokaż szczegóły...</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="34" />
      <source>Hide Details...</source>
      <translation>Ukryj szczegóły...</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="14" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="15" />
      <source>Save</source>
      <translation>Zachowaj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="16" />
      <source>Save All</source>
      <translation>Zachowaj wszystko</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="17" />
      <source>Open</source>
      <translation>Otwórz</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="18" />
      <source>&amp;Yes</source>
      <translation>&amp;Tak</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="19" />
      <source>Yes to &amp;All</source>
      <translation>Ta&amp;k dla wszystkich</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="20" />
      <source>&amp;No</source>
      <translation>&amp;Nie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="21" />
      <source>N&amp;o to All</source>
      <translation>Ni&amp;e dla wszystkich</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="22" />
      <source>Abort</source>
      <translation>Przerwij</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="23" />
      <source>Retry</source>
      <translation>Ponów</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="24" />
      <source>Ignore</source>
      <translation>Zignoruj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="25" />
      <source>Close</source>
      <translation>Zamknij</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="26" />
      <source>Cancel</source>
      <translation>Anuluj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="27" />
      <source>Discard</source>
      <translation>Odrzuć</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="28" />
      <source>Help</source>
      <translation>Pomoc</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="29" />
      <source>Apply</source>
      <translation>Zastosuj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="30" />
      <source>Reset</source>
      <translation>Zresetuj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="31" />
      <source>Restore Defaults</source>
      <translation>Przywróć domyślne</translation>
    </message>
  </context>
  <context>
    <name>ReportJob</name>
    <message>
      <location filename="../../work/main/ui/report_job.py" line="36" />
      <source>Report written: %1</source>
      <translation>Zapisano raport: %1</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="88" />
      <source>Summary: ranking, distribution, weak standards</source>
      <translation>Podsumowanie: ranking, rozkład, słabe standardy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="89" />
      <source>Location: trend, sections, standards, actions</source>
      <translation>Placówka: trend, sekcje, standardy, działania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="90" />
      <source>Standards handouts for trainers</source>
      <translation>Materiały o standardach dla trenerów</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="91" />
      <source>Service-event diaries</source>
      <translation>Dzienniki zdarzeń obsługi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="92" />
      <source>Shoppers and their agreement</source>
      <translation>Tajemniczy klienci i ich zgodność</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="93" />
      <source>Audit reports, one PDF per audit</source>
      <translation>Raporty z audytów, jeden PDF na audyt</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="107" />
      <source>Finished audits (submitted and accepted)</source>
      <translation>Zakończone audyty (wysłane i zaakceptowane)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="108" />
      <source>Accepted audits only</source>
      <translation>Tylko zaakceptowane audyty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="109" />
      <source>Drafts and returned audits never count</source>
      <translation>Szkice i zwrócone audyty nigdy się nie liczą</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="125" />
      <source>File to write (a folder for audit reports)</source>
      <translation>Plik do zapisu (folder dla raportów z audytów)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="126" />
      <source>Browse…</source>
      <translation>Przeglądaj…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="133" />
      <source>Report</source>
      <translation>Raport</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="134" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="135" />
      <source>Language</source>
      <translation>Język</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="136" />
      <source>Count</source>
      <translation>Liczone</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="137" />
      <source>Location</source>
      <translation>Placówka</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="138" />
      <source>Checklist</source>
      <translation>Lista kontrolna</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="139" />
      <source>From</source>
      <translation>Od</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="140" />
      <source>To</source>
      <translation>Do</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="141" />
      <source>Save to</source>
      <translation>Zapisz do</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="142" />
      <source>Ignore the dates</source>
      <translation>Pomiń daty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="145" />
      <source>Write report</source>
      <translation>Zapisz raport</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="156" />
      <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Raporty&lt;/h2&gt;</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="169" />
      <source>All locations</source>
      <translation>Wszystkie placówki</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="170" />
      <source>All checklists</source>
      <translation>Wszystkie listy kontrolne</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="189" />
      <source>Folder for the audit reports</source>
      <translation>Folder na raporty z audytów</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="195" />
      <source>Save report</source>
      <translation>Zapisz raport</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="219" />
      <source>Choose where to save the report first.</source>
      <translation>Najpierw wybierz, gdzie zapisać raport.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="234" />
      <source>Writing the report…</source>
      <translation>Zapisywanie raportu…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="238" />
      <source>Report written: %1</source>
      <translation>Zapisano raport: %1</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="43" />
      <location filename="../../work/main/ui/backup_dialog.py" line="95" />
      <source>Restore from backup</source>
      <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="46" />
      <source>daily</source>
      <translation>dzienna</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="47" />
      <source>weekly</source>
      <translation>tygodniowa</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="48" />
      <source>taken by hand</source>
      <translation>wykonana ręcznie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="49" />
      <source>before a restore</source>
      <translation>sprzed przywrócenia</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="55" />
      <source>%1 — %2, %3</source>
      <translation>%1 — %2, %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="68" />
      <source>&amp;Restore</source>
      <translation>&amp;Przywróć</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="73" />
      <source>Backups in %1</source>
      <translation>Kopie zapasowe w %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="77" />
      <source>There are no backups of this database yet.</source>
      <translation>Nie ma jeszcze kopii zapasowych tej bazy danych.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="81" />
      <source>The database's current state is kept as a backup of its own before it is replaced.</source>
      <translation>Obecny stan bazy danych zostanie zachowany jako osobna kopia, zanim zostanie zastąpiony.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="96" />
      <source>Replace the database with the backup of %1?</source>
      <translation>Zastąpić bazę danych kopią z %1?</translation>
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="69" />
      <source>Days</source>
      <translation>Dni</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="70" />
      <source>Days waiting for a decision</source>
      <translation>Dni oczekiwania na decyzję</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="71" />
      <source>Visited</source>
      <translation>Wizyta</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="72" />
      <source>Day of the visit</source>
      <translation>Dzień wizyty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="73" />
      <source>Score</source>
      <translation>Wynik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="74" />
      <source>Critical</source>
      <translation>Krytyczne</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="75" />
      <source>Critical failures</source>
      <translation>Błędy krytyczne</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="76" />
      <source>Location</source>
      <translation>Placówka</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="77" />
      <source>Location, and the checklist filled there</source>
      <translation>Placówka i wypełniona w niej lista kontrolna</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="78" />
      <source>Shopper</source>
      <translation>Tajemniczy klient</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="807" />
      <source>visit time</source>
      <translation>czas wizyty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="808" />
      <source>end of the visit</source>
      <translation>koniec wizyty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="809" />
      <source>observed staff</source>
      <translation>obserwowany personel</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="810" />
      <source>narrative</source>
      <translation>opis</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="811" />
      <source>location</source>
      <translation>placówka</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="812" />
      <source>shopper</source>
      <translation>tajemniczy klient</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="813" />
      <source>time of submission</source>
      <translation>czas wysłania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="99" />
      <location filename="../../work/main/ui/pages/review.py" line="831" />
      <source>no answer</source>
      <translation>brak odpowiedzi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="102" />
      <location filename="../../work/main/ui/pages/review.py" line="829" />
      <source>Yes</source>
      <translation>Tak</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="102" />
      <location filename="../../work/main/ui/pages/review.py" line="829" />
      <source>No</source>
      <translation>Nie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="97" />
      <location filename="../../work/main/ui/pages/review.py" line="827" />
      <source>N/A</source>
      <translation>nie dotyczy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="532" />
      <source>pass</source>
      <translation>zaliczone</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="532" />
      <source>fail</source>
      <translation>niezaliczone</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="365" />
      <source>When</source>
      <translation>Kiedy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="365" />
      <source>Who</source>
      <translation>Kto</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="657" />
      <source>Reviewer</source>
      <translation>Weryfikujący</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="365" />
      <source>What</source>
      <translation>Co</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="203" />
      <source>Note for the shopper on this question</source>
      <translation>Uwaga dla tajemniczego klienta do tego pytania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="267" />
      <source>To review</source>
      <translation>Do weryfikacji</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="268" />
      <source>Questionnaire responses</source>
      <translation>Odpowiedzi na ankiety</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="269" />
      <source>Accepted</source>
      <translation>Zaakceptowany</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="271" />
      <source>Questionnaire responses need no decision: they count once submitted. Open one to exclude it.</source>
      <translation>Odpowiedzi na ankiety nie czekają na decyzję: liczą się od chwili wysłania. Otwórz odpowiedź, aby ją wykluczyć.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="284" />
      <source>Review</source>
      <translation>Weryfikacja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="326" />
      <source>Note for the shopper on the whole audit</source>
      <translation>Uwaga dla tajemniczego klienta do całego audytu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="327" />
      <source>&amp;Accept</source>
      <translation>&amp;Akceptuj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="329" />
      <source>A</source>
      <translation>A</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="331" />
      <source>&amp;Return to the shopper</source>
      <translation>&amp;Zwróć tajemniczemu klientowi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="333" />
      <source>R</source>
      <translation>R</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="335" />
      <source>E&amp;xclude…</source>
      <translation>&amp;Wyklucz…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="337" />
      <source>Leave this response out of every count, with a reason</source>
      <translation>Pomiń tę odpowiedź we wszystkich wynikach, podając powód</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="339" />
      <source>Re&amp;open…</source>
      <translation>Otwórz &amp;ponownie…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="342" />
      <source>&amp;Breakdown…</source>
      <translation>&amp;Rozbicie…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="344" />
      <source>Corrective &amp;action…</source>
      <translation>&amp;Działanie korygujące…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="346" />
      <source>For a standard this audit failed</source>
      <translation>Dla standardu, którego ten audyt nie spełnił</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="365" />
      <source>Change</source>
      <translation>Zmiana</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="377" />
      <source>Status history</source>
      <translation>Historia statusu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="379" />
      <source>Change log</source>
      <translation>Dziennik zmian</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="429" />
      <source>Days waiting for a decision</source>
      <translation>Dni oczekiwania na decyzję</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="430" />
      <source>Days since it was submitted</source>
      <translation>Dni od wysłania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="452" />
      <source>%1 questionnaire responses, counted since they were submitted</source>
      <translation>Odpowiedzi na ankiety: %1, liczone od chwili wysłania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="456" />
      <source>%1 audits wait for a decision</source>
      <translation>Audyty czekające na decyzję: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="458" />
      <source>%1 accepted audits</source>
      <translation>Zaakceptowane audyty: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="473" />
      <source>%1 audits changed on both sides: resolve…</source>
      <translation>Audyty zmienione po obu stronach: %1 — rozstrzygnij…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="519" />
      <source>Choose an audit in the list.</source>
      <translation>Wybierz audyt z listy.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="519" />
      <source>Nothing to review.</source>
      <translation>Nie ma nic do weryfikacji.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="537" />
      <source>critical failure: %1</source>
      <translation>błąd krytyczny: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="540" />
      <source>a questionnaire response: counted since it was submitted</source>
      <translation>odpowiedź na ankietę: liczy się od chwili wysłania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="542" />
      <source>a questionnaire response</source>
      <translation>odpowiedź na ankietę</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="678" />
      <source>Not saved: %1. The audit is shown as it is now; your notes are kept.</source>
      <translation>Nie zapisano: %1. Audyt jest pokazany w obecnej postaci; Twoje uwagi zostały zachowane.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="698" />
      <source>Accepted; the audit is locked.</source>
      <translation>Zaakceptowano; audyt jest zablokowany.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="707" />
      <source>Write a note for the shopper (on the audit or a question).</source>
      <translation>Napisz uwagę dla tajemniczego klienta (do audytu lub do pytania).</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="714" />
      <source>Returned to the shopper with %1 notes.</source>
      <translation>Zwrócono tajemniczemu klientowi z uwagami (%1).</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="724" />
      <source>Exclude a response</source>
      <translation>Wyklucz odpowiedź</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="724" />
      <source>Why is this response left out of the results?</source>
      <translation>Dlaczego ta odpowiedź zostaje pominięta w wynikach?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="729" />
      <source>An excluded response needs a reason.</source>
      <translation>Wykluczenie odpowiedzi wymaga podania powodu.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="734" />
      <source>Excluded; the response no longer counts.</source>
      <translation>Wykluczono; odpowiedź nie jest już liczona.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="741" />
      <source>Reopen an accepted audit</source>
      <translation>Otwórz ponownie zaakceptowany audyt</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="741" />
      <source>Why is it reopened?</source>
      <translation>Dlaczego jest otwierany ponownie?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="746" />
      <source>A reopened audit needs a reason.</source>
      <translation>Ponowne otwarcie audytu wymaga podania powodu.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="751" />
      <source>Reopened; the audit is back in the review queue.</source>
      <translation>Otwarto ponownie; audyt wrócił do kolejki weryfikacji.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="794" />
      <source>excluded from the results</source>
      <translation>wykluczona z wyników</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="796" />
      <source>started</source>
      <translation>rozpoczęty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="797" />
      <source>submitted</source>
      <translation>wysłany</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="798" />
      <source>accepted</source>
      <translation>zaakceptowany</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="799" />
      <source>returned to the shopper</source>
      <translation>zwrócony tajemniczemu klientowi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="800" />
      <source>reopened</source>
      <translation>otwarty ponownie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="802" />
      <location filename="../../work/main/ui/pages/review.py" line="869" />
      <source>changed</source>
      <translation>zmieniono</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="818" />
      <source>a question no longer asked</source>
      <translation>pytanie, którego już nie ma</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="842" />
      <source>answered N/A</source>
      <translation>odpowiedź: nie dotyczy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="843" />
      <source>answered %1</source>
      <translation>odpowiedź: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="845" />
      <source>attached %1</source>
      <translation>dołączono %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="847" />
      <source>removed %1</source>
      <translation>usunięto %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="857" />
      <source>reopened — %1</source>
      <translation>otwarty ponownie — %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="859" />
      <source>score verified by the team server</source>
      <translation>wynik zweryfikowany przez serwer zespołu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="861" />
      <source>a change made on both sides settled</source>
      <translation>rozstrzygnięto zmianę wprowadzoną po obu stronach</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="863" />
      <source>deleted</source>
      <translation>usunięto</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="868" />
      <source>changed: %1</source>
      <translation>zmieniono: %1</translation>
    </message>
  </context>
  <context>
    <name>About</name>
    <message>
      <location filename="../../work/main/ui/about.py" line="93" />
      <source>About Service Auditor</source>
      <translation>O programie Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="102" />
      <source>Offline-first service-quality audits. Free software; it is built on the libraries and fonts below, each under its own licence.</source>
      <translation>Audyty jakości obsługi, także bez sieci. Wolne oprogramowanie; zbudowane na poniższych bibliotekach i fontach, każde na własnej licencji.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="110" />
      <source>This laptop's signing key: %1</source>
      <translation>Klucz podpisu tego laptopa: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="117" />
      <source>Component</source>
      <translation>Składnik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="117" />
      <source>Version</source>
      <translation>Wersja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="117" />
      <source>Licence</source>
      <translation>Licencja</translation>
    </message>
  </context>
  <context>
    <name>ChecklistsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="69" />
      <location filename="../../work/main/ui/pages/checklists_page.py" line="74" />
      <source>Version</source>
      <translation>Wersja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="69" />
      <source>Kind</source>
      <translation>Rodzaj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="69" />
      <source>Checklist</source>
      <translation>Lista kontrolna</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="74" />
      <source>Created</source>
      <translation>Utworzono</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="70" />
      <location filename="../../work/main/ui/pages/checklists_page.py" line="74" />
      <source>Questions</source>
      <translation>Pytania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="70" />
      <location filename="../../work/main/ui/pages/checklists_page.py" line="75" />
      <source>Audits</source>
      <translation>Audyty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="78" />
      <source>New checklist…</source>
      <translation>Nowa lista kontrolna…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="80" />
      <source>Edit…</source>
      <translation>Edytuj…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="82" />
      <source>Compare versions…</source>
      <translation>Porównaj wersje…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="85" />
      <source>Import…</source>
      <translation>Importuj…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="88" />
      <source>Export…</source>
      <translation>Eksportuj…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="98" />
      <source>Versions (old audits keep the version they were filled on)</source>
      <translation>Wersje (stare audyty zachowują wersję, na której je wypełniono)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="105" />
      <source>Checklists</source>
      <translation>Listy kontrolne</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="184" />
      <source>Saved %1 version %2</source>
      <translation>Zapisano %1, wersja %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="217" />
      <source>First question</source>
      <translation>Pierwsze pytanie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="218" />
      <source>Section 1</source>
      <translation>Sekcja 1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="222" />
      <source>New checklist</source>
      <translation>Nowa lista kontrolna</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="245" />
      <source>Import checklists</source>
      <translation>Importuj listy kontrolne</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="247" />
      <source>Checklists (*.json *.xlsx *.xls *.csv *.md);;All files (*)</source>
      <translation>Listy kontrolne (*.json *.xlsx *.xls *.csv *.md);;Wszystkie pliki (*)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="262" />
      <source>Nothing imported: %1</source>
      <translation>Nic nie zaimportowano: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="266" />
      <source>%1 version %2</source>
      <translation>%1, wersja %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="270" />
      <source>Imported: %1</source>
      <translation>Zaimportowano: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="270" />
      <source>standards</source>
      <translation>standardy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="273" />
      <source>%1. Warnings: %2</source>
      <translation>%1. Ostrzeżenia: %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="282" />
      <source>Export checklist</source>
      <translation>Eksportuj listę kontrolną</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="283" />
      <source>JSON (*.json);;XLSForm (*.xlsx)</source>
      <translation>JSON (*.json);;XLSForm (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="300" />
      <source>Exported to %1</source>
      <translation>Wyeksportowano do %1</translation>
    </message>
  </context>
  <context>
    <name>VersionDiff</name>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="109" />
      <source>Yes</source>
      <translation>Tak</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="109" />
      <source>No</source>
      <translation>Nie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="76" />
      <source>Section</source>
      <translation>Sekcja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="54" />
      <source>Kind</source>
      <translation>Rodzaj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="52" />
      <source>Title</source>
      <translation>Tytuł</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="55" />
      <source>Languages</source>
      <translation>Języki</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="58" />
      <source>Grades</source>
      <translation>Oceny</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="60" />
      <source>Weight</source>
      <translation>Waga</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="133" />
      <source>its section</source>
      <translation>swoją sekcję</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="133" />
      <source>the whole audit</source>
      <translation>cały audyt</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="67" />
      <source>N/A allowed</source>
      <translation>Dozwolone „nie dotyczy”</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="72" />
      <source>Answer must satisfy</source>
      <translation>Odpowiedź musi spełniać</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="69" />
      <source>Standards</source>
      <translation>Standardy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="267" />
      <source>What</source>
      <translation>Co</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="85" />
      <location filename="../../work/main/ui/version_diff.py" line="193" />
      <source>changed</source>
      <translation>zmieniono</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="71" />
      <source>Target</source>
      <translation>Cel</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="53" />
      <source>Description</source>
      <translation>Opis</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="56" />
      <source>Main language</source>
      <translation>Język główny</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="57" />
      <source>Pass mark</source>
      <translation>Próg zaliczenia</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="59" />
      <source>Most N/A answers allowed</source>
      <translation>Najwięcej dozwolonych odpowiedzi „nie dotyczy”</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="61" />
      <source>Asked only when</source>
      <translation>Zadawane tylko, gdy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="62" />
      <source>Question text</source>
      <translation>Treść pytania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="63" />
      <source>Help text</source>
      <translation>Tekst pomocy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="64" />
      <source>Critical</source>
      <translation>Krytyczne</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="65" />
      <source>A critical failure fails</source>
      <translation>Niespełnienie krytyczne oblewa</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="66" />
      <source>Must be answered</source>
      <translation>Wymaga odpowiedzi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="68" />
      <source>N/A counts as</source>
      <translation>„Nie dotyczy” liczy się jako</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="70" />
      <source>Scale</source>
      <translation>Skala</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="73" />
      <source>Choice</source>
      <translation>Opcja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="74" />
      <source>Order of the choices</source>
      <translation>Kolejność opcji</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="75" />
      <source>Place in its section</source>
      <translation>Miejsce w sekcji</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="78" />
      <source>Other setting</source>
      <translation>Inne ustawienie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="83" />
      <source>added</source>
      <translation>dodano</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="84" />
      <source>removed</source>
      <translation>usunięto</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="86" />
      <source>no changes</source>
      <translation>bez zmian</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="127" />
      <source>left out of the score</source>
      <translation>pomijane w wyniku</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="128" />
      <source>met</source>
      <translation>spełnione</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="129" />
      <source>not met</source>
      <translation>niespełnione</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="130" />
      <source>not allowed</source>
      <translation>niedozwolone</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="157" />
      <source>seconds</source>
      <translation>sekund</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="157" />
      <source>minutes</source>
      <translation>minut</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="165" />
      <source>full points at %1 %3 or less, none from %2 %3</source>
      <translation>pełna liczba punktów przy %1 %3 lub mniej, zero od %2 %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="167" />
      <source>full points at %1 %3 or more, none at %2 %3 or less</source>
      <translation>pełna liczba punktów przy %1 %3 lub więcej, zero przy %2 %3 lub mniej</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="183" />
      <source>Choice “%1” (%2)</source>
      <translation>Opcja „%1” (%2)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="190" />
      <source>Points for “%1”</source>
      <translation>Punkty za „%1”</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="193" />
      <source>as before</source>
      <translation>jak wcześniej</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="217" />
      <source>Compare versions of %1</source>
      <translation>Porównanie wersji: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="229" />
      <location filename="../../work/main/ui/version_diff.py" line="267" />
      <location filename="../../work/main/ui/version_diff.py" line="268" />
      <source>version %1</source>
      <translation>wersja %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="248" />
      <source>From</source>
      <translation>Od</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="250" />
      <source>to</source>
      <translation>do</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="271" />
      <source>The checklist</source>
      <translation>Lista kontrolna</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="282" />
      <source>%1 more sections, unchanged</source>
      <translation>Pozostałe sekcje bez zmian: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="288" />
      <source>The two versions ask the same.</source>
      <translation>Obie wersje zadają te same pytania.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="295" />
      <source>No changes.</source>
      <translation>Bez zmian.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="297" />
      <source>Questions: %1 changed, %2 added, %3 removed.</source>
      <translation>Pytania: zmienione – %1, dodane – %2, usunięte – %3.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="303" />
      <source>Checklist settings changed.</source>
      <translation>Zmieniono ustawienia listy kontrolnej.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="332" />
      <source>Section “%1” (%2 questions)</source>
      <translation>Sekcja „%1” (pytania: %2)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="335" />
      <source>Section “%1”: %2</source>
      <translation>Sekcja „%1”: %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="349" />
      <source>%1 more questions, unchanged</source>
      <translation>Pozostałe pytania bez zmian: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="362" />
      <source>Question “%1”: %2</source>
      <translation>Pytanie „%1”: %2</translation>
    </message>
  </context>
  <context>
    <name>ActionsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="320" />
      <source>Score</source>
      <translation>Wynik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="59" />
      <location filename="../../work/main/ui/pages/actions.py" line="86" />
      <source>Done</source>
      <translation>Gotowe</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="319" />
      <source>Checklist</source>
      <translation>Lista kontrolna</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="57" />
      <source>Open</source>
      <translation>Otwarte</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="58" />
      <source>In progress</source>
      <translation>W toku</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="60" />
      <location filename="../../work/main/ui/pages/actions.py" line="495" />
      <source>Verified</source>
      <translation>Zweryfikowane</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="61" />
      <location filename="../../work/main/ui/pages/actions.py" line="496" />
      <source>Cancelled</source>
      <translation>Anulowane</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="69" />
      <source>what is to be done</source>
      <translation>co należy zrobić</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="70" />
      <source>details</source>
      <translation>szczegóły</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="71" />
      <source>owner</source>
      <translation>odpowiedzialny</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="72" />
      <source>due date</source>
      <translation>termin</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="73" />
      <source>what was done</source>
      <translation>co zostało zrobione</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="75" />
      <source>other details</source>
      <translation>inne dane</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="81" />
      <source>Created</source>
      <translation>Utworzono</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="84" />
      <source>Changed: %1</source>
      <translation>Zmieniono: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="84" />
      <location filename="../../work/main/ui/pages/actions.py" line="92" />
      <source>Changed</source>
      <translation>Zmieniono</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="86" />
      <source>Done: %1</source>
      <translation>Wykonano: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="89" />
      <source>Started</source>
      <translation>Rozpoczęto</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="118" />
      <location filename="../../work/main/ui/pages/actions.py" line="340" />
      <source>(no owner yet)</source>
      <translation>(jeszcze bez odpowiedzialnego)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="152" />
      <source>New corrective action</source>
      <translation>Nowe działanie korygujące</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="160" />
      <source>Choose the standard…</source>
      <translation>Wybierz standard…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="168" />
      <location filename="../../work/main/ui/pages/actions.py" line="381" />
      <source>(all locations)</source>
      <translation>(wszystkie placówki)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="184" />
      <location filename="../../work/main/ui/pages/actions.py" line="300" />
      <source>What is to be done</source>
      <translation>Co należy zrobić</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="185" />
      <location filename="../../work/main/ui/pages/actions.py" line="302" />
      <location filename="../../work/main/ui/pages/actions.py" line="520" />
      <source>Standard</source>
      <translation>Standard</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="186" />
      <location filename="../../work/main/ui/pages/actions.py" line="303" />
      <location filename="../../work/main/ui/pages/actions.py" line="319" />
      <location filename="../../work/main/ui/pages/actions.py" line="520" />
      <source>Location</source>
      <translation>Placówka</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="187" />
      <location filename="../../work/main/ui/pages/actions.py" line="304" />
      <location filename="../../work/main/ui/pages/actions.py" line="520" />
      <source>Owner</source>
      <translation>Odpowiedzialny</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="188" />
      <location filename="../../work/main/ui/pages/actions.py" line="305" />
      <location filename="../../work/main/ui/pages/actions.py" line="520" />
      <source>Due</source>
      <translation>Termin</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="190" />
      <location filename="../../work/main/ui/pages/actions.py" line="323" />
      <source>Linked audits</source>
      <translation>Powiązane audyty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="207" />
      <source>Say what is to be done.</source>
      <translation>Napisz, co należy zrobić.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="211" />
      <source>Choose the standard the action is to meet.</source>
      <translation>Wybierz standard, który działanie ma spełnić.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="260" />
      <source>Details: why, how, who else is involved</source>
      <translation>Szczegóły: dlaczego, jak, kto jeszcze uczestniczy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="277" />
      <source>Written when the action is marked done</source>
      <translation>Wpisywane, gdy działanie zostanie oznaczone jako wykonane</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="284" />
      <source>Sa&amp;ve changes</source>
      <translation>&amp;Zapisz zmiany</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="287" />
      <source>Undo changes</source>
      <translation>Cofnij zmiany</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="301" />
      <source>Details</source>
      <translation>Szczegóły</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="306" />
      <location filename="../../work/main/ui/pages/actions.py" line="319" />
      <location filename="../../work/main/ui/pages/actions.py" line="520" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="307" />
      <source>What was done</source>
      <translation>Co zostało zrobione</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="319" />
      <source>Visit</source>
      <translation>Wizyta</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="322" />
      <source>When</source>
      <translation>Kiedy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="322" />
      <source>Who</source>
      <translation>Kto</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="322" />
      <source>What happened</source>
      <translation>Co się stało</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="325" />
      <source>History</source>
      <translation>Historia</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="360" />
      <source>Choose an action above to see it in full.</source>
      <translation>Wybierz działanie powyżej, aby zobaczyć wszystkie jego dane.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="387" />
      <source>%1, overdue</source>
      <translation>%1, po terminie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="389" />
      <location filename="../../work/main/ui/pages/actions.py" line="618" />
      <source>proposed: a later audit met the standard</source>
      <translation>propozycja: późniejszy audyt spełnił standard</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="426" />
      <source>Only a manager can change actions on this server.</source>
      <translation>Na tym serwerze działania może zmieniać tylko menedżer.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="428" />
      <source>This action is closed; it can no longer be changed.</source>
      <translation>To działanie jest zamknięte; nie można go już zmienić.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="471" />
      <location filename="../../work/main/ui/pages/actions.py" line="687" />
      <source>Reviewer</source>
      <translation>Weryfikujący</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="478" />
      <source>The action is saved.</source>
      <translation>Działanie zapisano.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="494" />
      <source>Open and in progress</source>
      <translation>Otwarte i w toku</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="494" />
      <location filename="../../work/main/ui/pages/actions.py" line="627" />
      <source>Overdue</source>
      <translation>Po terminie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="495" />
      <source>Done, to verify</source>
      <translation>Wykonane, do sprawdzenia</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="496" />
      <source>All</source>
      <translation>Wszystkie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="512" />
      <source>Corrective actions</source>
      <translation>Działania korygujące</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="520" />
      <source>What</source>
      <translation>Co</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="521" />
      <source>Verification</source>
      <translation>Weryfikacja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="534" />
      <source>&amp;New action…</source>
      <translation>&amp;Nowe działanie…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="537" />
      <source>&amp;Start</source>
      <translation>&amp;Rozpocznij</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="540" />
      <source>&amp;Done…</source>
      <translation>&amp;Wykonane…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="543" />
      <source>&amp;Verify</source>
      <translation>&amp;Zweryfikuj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="546" />
      <source>Cancel the action</source>
      <translation>Anuluj działanie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="580" />
      <source>All locations</source>
      <translation>Wszystkie placówki</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="581" />
      <source>All standards</source>
      <translation>Wszystkie standardy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="582" />
      <source>All owners</source>
      <translation>Wszyscy odpowiedzialni</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="661" />
      <source>A later accepted audit met the standard</source>
      <translation>Późniejszy zaakceptowany audyt spełnił standard</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="682" />
      <source>Corrective action created.</source>
      <translation>Utworzono działanie korygujące.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="695" />
      <source>Action done</source>
      <translation>Działanie wykonane</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="695" />
      <source>What was done?</source>
      <translation>Co zostało zrobione?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="704" />
      <source>The action is now: %1</source>
      <translation>Działanie ma teraz status: %1</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="497" />
      <source>Score</source>
      <translation>Wynik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="622" />
      <source>Empathy</source>
      <translation>Empatia</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="161" />
      <source>All locations</source>
      <translation>Wszystkie placówki</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="580" />
      <source>Audits</source>
      <translation>Audyty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="145" />
      <source>Last 12 months</source>
      <translation>Ostatnie 12 miesięcy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="145" />
      <source>Last 6 months</source>
      <translation>Ostatnie 6 miesięcy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="145" />
      <source>Last 3 months</source>
      <translation>Ostatnie 3 miesiące</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="146" />
      <source>This year</source>
      <translation>Ten rok</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="146" />
      <source>Last year</source>
      <translation>Poprzedni rok</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="146" />
      <source>All time</source>
      <translation>Cały okres</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="147" />
      <source>Months from… to…</source>
      <translation>Miesiące od… do…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="160" />
      <source>All organisations</source>
      <translation>Wszystkie organizacje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="162" />
      <source>All checklists</source>
      <translation>Wszystkie listy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="163" />
      <source>All shoppers</source>
      <translation>Każdy tajemniczy klient</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="166" />
      <source>PNG…</source>
      <translation>PNG…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="168" />
      <source>Save the dashboard as a picture</source>
      <translation>Zapisz pulpit jako obraz</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="170" />
      <source>PDF…</source>
      <translation>PDF…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="172" />
      <source>Save the dashboard as a one-page PDF (a slide)</source>
      <translation>Zapisz pulpit jako jednostronicowy PDF (slajd)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="192" />
      <source>Score trend by month</source>
      <translation>Trend wyniku według miesięcy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="195" />
      <source>Overall</source>
      <translation>Ogółem</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="196" />
      <source>Per location</source>
      <translation>Według placówek</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="200" />
      <location filename="../../work/main/ui/pages/dashboard.py" line="502" />
      <source>Location ranking</source>
      <translation>Ranking placówek</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="201" />
      <source>Standards failed most often</source>
      <translation>Najczęściej niespełniane standardy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="202" />
      <source>New corrective action…</source>
      <translation>Nowe działanie korygujące…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="207" />
      <source>Critical failures</source>
      <translation>Błędy krytyczne</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="208" />
      <source>NPS, CSAT and CES by month</source>
      <translation>NPS, CSAT i CES według miesięcy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="209" />
      <source>SERVQUAL gap per dimension</source>
      <translation>Luka SERVQUAL według wymiaru</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="210" />
      <source>Importance and performance (diaries)</source>
      <translation>Ważność i realizacja (dzienniki)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="211" />
      <source>Shopper agreement (mean Cohen's kappa)</source>
      <translation>Zgodność tajemniczych klientów (średnia kappa Cohena)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="268" />
      <source>Reading the audits…</source>
      <translation>Wczytywanie audytów…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="373" />
      <source>%1 audits counted (%2), %3</source>
      <translation>Policzone audyty: %1 (%2), %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="378" />
      <source>; %1 more await the team server's scoring and are not counted yet</source>
      <translation>; kolejne %1 czeka na ocenę przez serwer zespołu i nie jest jeszcze liczone</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="400" />
      <source>all time</source>
      <translation>cały okres</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="410" />
      <source>Period: %1</source>
      <translation>Okres: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="411" />
      <source>Organisation: %1</source>
      <translation>Organizacja: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="412" />
      <source>Location: %1</source>
      <translation>Placówka: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="413" />
      <source>Checklist: %1</source>
      <translation>Lista kontrolna: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="414" />
      <source>Shopper: %1</source>
      <translation>Tajemniczy klient: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="459" />
      <source>pass line %1</source>
      <translation>próg zaliczenia %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="464" />
      <source>Mean audit score per month; click a point for its audits.</source>
      <translation>Średni wynik audytu w miesiącu; kliknij punkt, aby zobaczyć jego audyty.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="465" />
      <source>Mean audit score per month.</source>
      <translation>Średni wynik audytu w miesiącu.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="467" />
      <source>No scored audits under these filters.</source>
      <translation>Brak audytów z wynikiem przy tych filtrach.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="500" />
      <source>Location ranking: %1</source>
      <translation>Ranking placówek: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="509" />
      <source>Change against %1 – %2; click a bar for its audits.</source>
      <translation>Zmiana względem %1 – %2; kliknij słupek, aby zobaczyć jego audyty.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="511" />
      <source>Change against %1 – %2.</source>
      <translation>Zmiana względem %1 – %2.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="514" />
      <source>Click a bar for its audits.</source>
      <translation>Kliknij słupek, aby zobaczyć jego audyty.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="542" />
      <source>Failed</source>
      <translation>Niespełnione</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="545" />
      <source>Percent of audits in which the standard was not met; click a bar for them.</source>
      <translation>Odsetek audytów, w których standard nie został spełniony; kliknij słupek, aby je zobaczyć.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="546" />
      <source>Percent of audits in which the standard was not met.</source>
      <translation>Odsetek audytów, w których standard nie został spełniony.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="557" />
      <source>%1 not met</source>
      <translation>%1 niespełniony</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="585" />
      <source>%1 of %2 audits failed a critical question; click a bar for them.</source>
      <translation>%1 z %2 audytów nie spełniło pytania krytycznego; kliknij słupek, aby je zobaczyć.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="587" />
      <source>%1 of %2 audits failed a critical question.</source>
      <translation>%1 z %2 audytów nie spełniło pytania krytycznego.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="596" />
      <source>critical: %1</source>
      <translation>krytyczne: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="602" />
      <source>CSAT × 20</source>
      <translation>CSAT × 20</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="604" />
      <source>CES × 100/7</source>
      <translation>CES × 100/7</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="612" />
      <source>%1 survey responses; NPS from −100 to 100, CSAT (1–5) and CES (1–7) scaled to it.</source>
      <translation>Odpowiedzi w ankietach: %1; NPS od −100 do 100, CSAT (1–5) i CES (1–7) przeskalowane do tej skali.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="615" />
      <source>No survey responses under these filters.</source>
      <translation>Brak odpowiedzi w ankietach przy tych filtrach.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="620" />
      <source>Tangibles</source>
      <translation>Materialność</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="620" />
      <source>Reliability</source>
      <translation>Niezawodność</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="621" />
      <source>Responsiveness</source>
      <translation>Reagowanie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="621" />
      <source>Assurance</source>
      <translation>Pewność</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="632" />
      <source>Gap</source>
      <translation>Luka</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="634" />
      <source>Perception minus expectation (n=%1); below zero, service falls short.</source>
      <translation>Postrzeganie minus oczekiwanie (n=%1); poniżej zera obsługa nie spełnia oczekiwań.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="642" />
      <source>Concentrate here</source>
      <translation>Skup się tutaj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="642" />
      <source>Keep up the good work</source>
      <translation>Tak trzymać</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="643" />
      <source>Low priority</source>
      <translation>Niski priorytet</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="643" />
      <source>Possible overkill</source>
      <translation>Możliwy nadmiar</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="651" />
      <source>Importance (% of events)</source>
      <translation>Ważność (% zdarzeń)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="651" />
      <source>Performance (1–7)</source>
      <translation>Realizacja (1–7)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="654" />
      <source>Quadrants split at the means.</source>
      <translation>Ćwiartki podzielone na średnich.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="656" />
      <source>No diary events under these filters.</source>
      <translation>Brak zdarzeń w dziennikach przy tych filtrach.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="662" />
      <source>Mean kappa</source>
      <translation>Średnia kappa</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="666" />
      <source>%1 visits made by two or more shoppers at the same place, with the same checklist, in the same month; 1 is full agreement.</source>
      <translation>Wizyty w tej samej placówce, z tą samą listą kontrolną i w tym samym miesiącu, wykonane przez co najmniej dwóch tajemniczych klientów: %1; 1 oznacza pełną zgodność.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="675" />
      <location filename="../../work/main/ui/pages/dashboard.py" line="804" />
      <source>Service Auditor dashboard</source>
      <translation>Pulpit Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="819" />
      <source>Pictures (*.png)</source>
      <translation>Obrazy (*.png)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="820" />
      <source>PDF files (*.pdf)</source>
      <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="822" />
      <source>Export the dashboard</source>
      <translation>Eksportuj pulpit</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="830" />
      <source>Dashboard written to %1</source>
      <translation>Pulpit zapisano w %1</translation>
    </message>
  </context>
  <context>
    <name>ChecklistEditor</name>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="699" />
      <source>Points</source>
      <translation>Punkty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="190" />
      <location filename="../../work/main/ui/checklist_editor.py" line="368" />
      <source>Sections and questions</source>
      <translation>Sekcje i pytania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="190" />
      <location filename="../../work/main/ui/checklist_editor.py" line="311" />
      <location filename="../../work/main/ui/checklist_editor.py" line="473" />
      <source>Kind</source>
      <translation>Rodzaj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="266" />
      <source>Edit checklist: %1</source>
      <translation>Edycja listy kontrolnej: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="287" />
      <location filename="../../work/main/ui/checklist_editor.py" line="313" />
      <location filename="../../work/main/ui/checklist_editor.py" line="396" />
      <location filename="../../work/main/ui/checklist_editor.py" line="406" />
      <source>Title</source>
      <translation>Tytuł</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="296" />
      <source>no limit</source>
      <translation>bez limitu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="301" />
      <source>From %</source>
      <translation>Od %</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="301" />
      <source>Grade</source>
      <translation>Ocena</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="306" />
      <source>Add grade</source>
      <translation>Dodaj ocenę</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="310" />
      <source>Name</source>
      <translation>Nazwa</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="312" />
      <source>Languages</source>
      <translation>Języki</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="314" />
      <source>Pass line (%)</source>
      <translation>Próg zaliczenia (%)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="316" />
      <source>Grades</source>
      <translation>Oceny</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="319" />
      <source>At most N/A (%)</source>
      <translation>Najwyżej „nie dotyczy” (%)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="327" />
      <source>Add section</source>
      <translation>Dodaj sekcję</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="328" />
      <source>Add question</source>
      <translation>Dodaj pytanie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="329" />
      <source>Remove</source>
      <translation>Usuń</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="330" />
      <source>Up</source>
      <translation>W górę</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="331" />
      <source>Down</source>
      <translation>W dół</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="343" />
      <source>Choose a section or a question.</source>
      <translation>Wybierz sekcję lub pytanie.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="367" />
      <source>Checklist</source>
      <translation>Lista kontrolna</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="369" />
      <source>Preview</source>
      <translation>Podgląd</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="373" />
      <source>Save as new version</source>
      <translation>Zapisz jako nową wersję</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="377" />
      <source>Cancel</source>
      <translation>Anuluj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="404" />
      <location filename="../../work/main/ui/checklist_editor.py" line="471" />
      <source>Name (key)</source>
      <translation>Nazwa (klucz)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="407" />
      <location filename="../../work/main/ui/checklist_editor.py" line="477" />
      <source>Weight</source>
      <translation>Waga</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="409" />
      <location filename="../../work/main/ui/checklist_editor.py" line="482" />
      <source>Shown when</source>
      <translation>Widoczne, gdy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="428" />
      <source>Label</source>
      <translation>Etykieta</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="428" />
      <source>Help for the shopper</source>
      <translation>Pomoc dla tajemniczego klienta</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="433" />
      <source>Critical (a fail knocks out the score)</source>
      <translation>Krytyczne (niespełnienie zeruje wynik)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="437" />
      <source>its section</source>
      <translation>jego sekcji</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="438" />
      <source>the whole audit</source>
      <translation>całego audytu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="439" />
      <source>N/A allowed</source>
      <translation>„Nie dotyczy” dozwolone</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="443" />
      <source>N/A is left out of the score</source>
      <translation>„Nie dotyczy” pomijane w wyniku</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="443" />
      <source>N/A counts as met</source>
      <translation>„Nie dotyczy” liczone jako spełnione</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="444" />
      <source>N/A counts as not met</source>
      <translation>„Nie dotyczy” liczone jako niespełnione</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="445" />
      <source>N/A is refused on submit</source>
      <translation>„Nie dotyczy” odrzucane przy wysyłce</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="448" />
      <source>Required</source>
      <translation>Wymagane</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="468" />
      <source>Add choice</source>
      <translation>Dodaj odpowiedź</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="474" />
      <source>Labels</source>
      <translation>Etykiety</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="484" />
      <source>Answer must satisfy</source>
      <translation>Odpowiedź musi spełniać</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="486" />
      <source>Standards</source>
      <translation>Standardy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="488" />
      <source>Choices</source>
      <translation>Odpowiedzi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="699" />
      <source>Key</source>
      <translation>Klucz</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="796" />
      <source>a name is needed</source>
      <translation>potrzebna jest nazwa</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="797" />
      <source>another section or question is already named '%1'</source>
      <translation>inna sekcja lub pytanie ma już nazwę '%1'</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="805" />
      <location filename="../../work/main/ui/checklist_editor.py" line="873" />
      <source>'%1' is not a number</source>
      <translation>'%1' nie jest liczbą</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="817" />
      <source>a label is needed</source>
      <translation>potrzebna jest etykieta</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="819" />
      <source>unknown standard %1</source>
      <translation>nieznany standard %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="825" />
      <source>add at least one choice</source>
      <translation>dodaj co najmniej jedną odpowiedź</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="827" />
      <source>two choices have the same key</source>
      <translation>dwie odpowiedzi mają ten sam klucz</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="829" />
      <source>points must be numbers</source>
      <translation>punkty muszą być liczbami</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="861" />
      <source>the pass line is a percent from 0 to 100</source>
      <translation>próg zaliczenia to procent od 0 do 100</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="865" />
      <source>a percent from 0 to 100, or empty for no limit</source>
      <translation>procent od 0 do 100 albo puste pole bez limitu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="950" />
      <source>Fix the marked fields first: %1</source>
      <translation>Najpierw popraw zaznaczone pola: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="974" />
      <source>this rule cannot be used: %1</source>
      <translation>tej reguły nie można użyć: %1</translation>
    </message>
  </context>
  <context>
    <name>QuestionCard</name>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="53" />
      <source>required</source>
      <translation>wymagane</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="55" />
      <source>critical</source>
      <translation>krytyczne</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="85" />
      <source>Attach file…</source>
      <translation>Dołącz plik…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="88" />
      <source>Enter, or drop files on the question</source>
      <translation>Enter albo upuść pliki na pytanie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="93" />
      <source>N/A</source>
      <translation>nie dotyczy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="97" />
      <source>Not applicable (A, or Ctrl+D in a text field)</source>
      <translation>Nie dotyczy (A albo Ctrl+D w polu tekstowym)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="105" />
      <source>Comment (what you saw, in your words)</source>
      <translation>Komentarz (co widziałeś, własnymi słowami)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="122" />
      <source>Save mine over it</source>
      <translation>Zapisz moją w jej miejsce</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="126" />
      <source>Use theirs</source>
      <translation>Użyj ich odpowiedzi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="196" />
      <source>Remove %1</source>
      <translation>Usuń %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="231" />
      <source>Reviewer: %1</source>
      <translation>Weryfikujący: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="294" />
      <source>Attach files</source>
      <translation>Dołącz pliki</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="296" />
      <source>Photos and documents (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
      <translation>Zdjęcia i dokumenty (*.jpg *.jpeg *.png *.pdf);;Wszystkie pliki (*)</translation>
    </message>
  </context>
  <context>
    <name>Packages</name>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="387" />
      <source>N/A</source>
      <translation>nie dotyczy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="58" />
      <source>to add</source>
      <translation>do dodania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="58" />
      <source>to update</source>
      <translation>do aktualizacji</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="58" />
      <source>unchanged</source>
      <translation>bez zmian</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="59" />
      <source>in conflict (both kept)</source>
      <translation>w konflikcie (obie wersje zachowane)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="90" />
      <location filename="../../work/main/ui/packages_ui.py" line="222" />
      <source>Receive audits</source>
      <translation>Odbierz audyty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="96" />
      <source>from %1 (%2), key %3</source>
      <translation>od %1 (%2), klucz %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="103" />
      <source>%1 to add, %2 to update, %3 unchanged, %4 in conflict</source>
      <translation>do dodania: %1, do aktualizacji: %2, bez zmian: %3, w konflikcie: %4</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="116" />
      <source>What happens</source>
      <translation>Co się stanie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="116" />
      <source>Audit or diary</source>
      <translation>Audyt lub dziennik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="116" />
      <source>Note</source>
      <translation>Uwaga</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="128" />
      <source>Import</source>
      <translation>Importuj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="164" />
      <location filename="../../work/main/ui/packages_ui.py" line="205" />
      <source>Send audits</source>
      <translation>Wyślij audyty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="164" />
      <location filename="../../work/main/ui/packages_ui.py" line="222" />
      <source>Audit packages (*.zip)</source>
      <translation>Paczki audytów (*.zip)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="199" />
      <source>Nothing to send: every submitted audit has been sent already. No package was written.</source>
      <translation>Nie ma nic do wysłania: wszystkie wysłane audyty zostały już przekazane. Nie zapisano żadnej paczki.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="212" />
      <source>Package written: %1 (%2 audits, %3 diaries, %4 photos)</source>
      <translation>Zapisano paczkę: %1 (audyty: %2, dzienniki: %3, zdjęcia: %4)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="276" />
      <source>Nothing received from %1: the key %2 is not trusted</source>
      <translation>Nic nie przyjęto od %1: klucz %2 nie jest zaufany</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="308" />
      <source>Received: %1 added, %2 updated, %3 kept as conflicts for review</source>
      <translation>Odebrano: dodano %1, zaktualizowano %2, %3 zachowano jako konflikty do weryfikacji</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="356" />
      <source>Synced: %1 audits sent; %2 audits, %3 checklists and %4 actions received; %5 changed on both sides, kept for review</source>
      <translation>Zsynchronizowano: wysłano %1 audytów; odebrano %2 audytów, %3 list kontrolnych i %4 działań; %5 zmienionych po obu stronach zachowano do oceny</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="386" />
      <location filename="../../work/main/ui/packages_ui.py" line="395" />
      <source>(no answer)</source>
      <translation>(brak odpowiedzi)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="442" />
      <source>Audits changed on both sides</source>
      <translation>Audyty zmienione po obu stronach</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="445" />
      <source>reviewer</source>
      <translation>weryfikujący</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="458" />
      <source>Question</source>
      <translation>Pytanie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="458" />
      <location filename="../../work/main/ui/packages_ui.py" line="534" />
      <source>Ours</source>
      <translation>Nasza</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="458" />
      <location filename="../../work/main/ui/packages_ui.py" line="535" />
      <source>Theirs</source>
      <translation>Ich</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="458" />
      <source>Keep</source>
      <translation>Zachowaj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="465" />
      <source>Keep ours</source>
      <translation>Zachowaj naszą</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="468" />
      <source>Take theirs</source>
      <translation>Przyjmij ich</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="471" />
      <source>Merge as chosen</source>
      <translation>Scal według wyboru</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="503" />
      <source>No conflicts left.</source>
      <translation>Nie ma już konfliktów.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="517" />
      <source>From %1, received %2. Status here: %3; theirs: %4.</source>
      <translation>Od: %1, odebrano %2. Status u nas: %3; u nich: %4.</translation>
    </message>
  </context>
  <context>
    <name>Editors</name>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="138" />
      <source>&amp;Yes</source>
      <translation>&amp;Tak</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="138" />
      <source>&amp;No</source>
      <translation>&amp;Nie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="282" />
      <location filename="../../work/main/ui/capture/editors.py" line="300" />
      <source>Start timer</source>
      <translation>Uruchom stoper</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="285" />
      <source>Start or stop the stopwatch (Ctrl+T)</source>
      <translation>Uruchom lub zatrzymaj stoper (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="308" />
      <source>Stop (%1)</source>
      <translation>Stop (%1)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="326" />
      <source>number</source>
      <translation>liczba</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="335" />
      <source>target: at most %1</source>
      <translation>cel: najwyżej %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="336" />
      <source>target: at least %1</source>
      <translation>cel: co najmniej %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="339" />
      <source>, no points beyond %1</source>
      <translation>, bez punktów powyżej %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="391" />
      <source>mm:ss</source>
      <translation>mm:ss</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="392" />
      <source>minutes:seconds, or whole minutes</source>
      <translation>minuty:sekundy albo pełne minuty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="439" />
      <source>latitude, longitude</source>
      <translation>szerokość, długość geograficzna</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="442" />
      <source>From a photo…</source>
      <translation>Ze zdjęcia…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="445" />
      <source>Take the place from where a photo was taken</source>
      <translation>Weź położenie z miejsca, w którym zrobiono zdjęcie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="455" />
      <source>A photo taken at the place</source>
      <translation>Zdjęcie zrobione w tym miejscu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="456" />
      <source>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</source>
      <translation>Zdjęcia (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="462" />
      <source>the photo holds no location</source>
      <translation>zdjęcie nie zawiera położenia</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="476" />
      <source>not a location: type e.g. 52.2297, 21.0122</source>
      <translation>to nie jest położenie: wpisz np. 52.2297, 21.0122</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="478" />
      <source>e.g. 52.2297, 21.0122</source>
      <translation>np. 52.2297, 21.0122</translation>
    </message>
  </context>
  <context>
    <name>StartAudit</name>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="39" />
      <source>Add a location</source>
      <translation>Dodaj placówkę</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="49" />
      <source>&amp;Organisation</source>
      <translation>&amp;Organizacja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="50" />
      <location filename="../../work/main/ui/capture/start_dialog.py" line="110" />
      <source>&amp;Location</source>
      <translation>&amp;Placówka</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="51" />
      <source>&amp;City</source>
      <translation>&amp;Miasto</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="69" />
      <source>Start an audit</source>
      <translation>Rozpocznij audyt</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="84" />
      <source>&amp;New location…</source>
      <translation>&amp;Nowa placówka…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="101" />
      <source>name or description of the person who served you</source>
      <translation>imię lub opis osoby, która cię obsługiwała</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="107" />
      <source>&amp;Checklist</source>
      <translation>&amp;Lista kontrolna</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="113" />
      <source>&amp;Shopper</source>
      <translation>&amp;Tajemniczy klient</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="114" />
      <source>&amp;Visit</source>
      <translation>&amp;Wizyta</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="115" />
      <source>Observed s&amp;taff</source>
      <translation>Obserwowany &amp;personel</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="119" />
      <source>Start</source>
      <translation>Rozpocznij</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="153" />
      <source>Choose a checklist.</source>
      <translation>Wybierz listę kontrolną.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="156" />
      <source>Choose a location, or add one.</source>
      <translation>Wybierz placówkę albo dodaj nową.</translation>
    </message>
  </context>
  <context>
    <name>Welcome</name>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="138" />
      <source>Start</source>
      <translation>Rozpocznij</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="131" />
      <source>Reviewer</source>
      <translation>Weryfikujący</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="119" />
      <location filename="../../work/main/ui/welcome.py" line="121" />
      <source>Welcome to Service Auditor</source>
      <translation>Witamy w Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="122" />
      <source>Service-quality audits on this computer, with or without a network.</source>
      <translation>Audyty jakości obsługi na tym komputerze, z siecią lub bez.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="125" />
      <source>Language</source>
      <translation>Język</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="125" />
      <source>Your name</source>
      <translation>Twoje imię i nazwisko</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="125" />
      <source>Your role</source>
      <translation>Twoja rola</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="128" />
      <source>as it should appear on audits and reviews</source>
      <translation>tak, jak ma widnieć na audytach i weryfikacjach</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="131" />
      <source>Mystery shopper or auditor</source>
      <translation>Tajemniczy klient lub audytor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="132" />
      <source>Quality manager</source>
      <translation>Kierownik ds. jakości</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="136" />
      <source>Start with an empty database</source>
      <translation>Zacznij od pustej bazy danych</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="137" />
      <source>Start with a year of demo data to look around</source>
      <translation>Zacznij od roku danych demonstracyjnych, aby się rozejrzeć</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="140" />
      <location filename="../../work/main/ui/welcome.py" line="144" />
      <source>Say who you are: your name goes on what you record.</source>
      <translation>Powiedz, kim jesteś: twoje imię trafi do tego, co zapiszesz.</translation>
    </message>
  </context>
  <context>
    <name>StandardsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="79" />
      <location filename="../../work/main/ui/pages/standards_page.py" line="92" />
      <source>Checklist</source>
      <translation>Lista kontrolna</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="57" />
      <source>Weight</source>
      <translation>Waga</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="79" />
      <source>Question</source>
      <translation>Pytanie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="57" />
      <source>Standard</source>
      <translation>Standard</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="58" />
      <source>Questions</source>
      <translation>Pytania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="92" />
      <source>Audits</source>
      <translation>Audyty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="40" />
      <source>standards</source>
      <translation>standardy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="40" />
      <source>equipment</source>
      <translation>wyposażenie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="40" />
      <source>staff</source>
      <translation>personel</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="52" />
      <source>Filter by code or title</source>
      <translation>Filtruj według kodu lub tytułu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="57" />
      <source>Code</source>
      <translation>Kod</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="57" />
      <source>About</source>
      <translation>Dotyczy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="57" />
      <source>Target</source>
      <translation>Cel</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="92" />
      <source>Month</source>
      <translation>Miesiąc</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="92" />
      <source>Kept (points)</source>
      <translation>Spełnione (punkty)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="92" />
      <source>Audits failed</source>
      <translation>Audyty niespełnione</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="107" />
      <source>Checked by</source>
      <translation>Sprawdzane przez</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="110" />
      <source>Compliance over time</source>
      <translation>Zgodność w czasie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="124" />
      <source>Service standards</source>
      <translation>Standardy obsługi</translation>
    </message>
  </context>
  <context>
    <name>ConnectDialog</name>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="55" />
      <source>sslmode=%1: the connection may go without TLS and the server is not checked; anyone on the way can read and change the login and all data.</source>
      <translation>sslmode=%1: połączenie może obyć się bez TLS, a serwer nie jest sprawdzany; każdy po drodze może odczytać i zmienić logowanie i wszystkie dane.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="59" />
      <source>sslmode=%1 does not check the server's certificate: a man in the middle can read the password exchange and all data.</source>
      <translation>sslmode=%1 nie sprawdza certyfikatu serwera: atakujący pośrodku może odczytać wymianę hasła i wszystkie dane.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="63" />
      <source>sslmode=%1 does not check that the certificate names this server: any server with a certificate from the same CA can pose as it.</source>
      <translation>sslmode=%1 nie sprawdza, czy certyfikat wskazuje ten serwer: każdy serwer z certyfikatem tego samego urzędu (CA) może się pod niego podszyć.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="67" />
      <source>require_auth=%1 lets the server ask for another login than SCRAM: a server posing as this one may be sent the password, or a hash of it that it can crack.</source>
      <translation>require_auth=%1 pozwala serwerowi zażądać innego logowania niż SCRAM: serwer podszywający się pod ten może otrzymać hasło albo jego skrót, który złamie.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="71" />
      <source>channel_binding=%1 does not tie the login to the TLS connection: a man in the middle can pass your login on to the real server.</source>
      <translation>channel_binding=%1 nie wiąże logowania z połączeniem TLS: atakujący pośrodku może przekazać twoje logowanie prawdziwemu serwerowi.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="82" />
      <source>Connecting to the server…</source>
      <translation>Łączenie z serwerem…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="83" />
      <source>Sending this laptop's audits…</source>
      <translation>Wysyłanie audytów z tego laptopa…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="84" />
      <source>Receiving what the server has for this laptop…</source>
      <translation>Pobieranie tego, co serwer ma dla tego laptopa…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="85" />
      <source>Syncing…</source>
      <translation>Synchronizowanie…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="92" />
      <source>Nothing to send or receive: this laptop and the server hold the same.</source>
      <translation>Nie ma nic do wysłania ani pobrania: laptop i serwer mają te same dane.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="94" />
      <source>Sent: %1 audits and %2 diaries.</source>
      <translation>Wysłano: audyty – %1, dzienniki – %2.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="97" />
      <source>Received: %1 audits, %2 checklists and %3 corrective actions.</source>
      <translation>Pobrano: audyty – %1, listy kontrolne – %2, działania korygujące – %3.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="105" />
      <source>%1 audits were changed on both sides; both versions are kept for a reviewer.</source>
      <translation>Audyty zmienione po obu stronach: %1; obie wersje zachowano dla weryfikującego.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="123" />
      <source>Sync with a team server</source>
      <translation>Synchronizacja z serwerem zespołu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="124" />
      <source>Connect to a team server</source>
      <translation>Połączenie z serwerem zespołu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="129" />
      <source>The team's PostgreSQL server, set up by your administrator. Log in with the login and password you were given.</source>
      <translation>Serwer PostgreSQL zespołu, przygotowany przez administratora. Zaloguj się otrzymanym loginem i hasłem.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="152" />
      <source>optional: the CA that signed the server's certificate</source>
      <translation>opcjonalnie: urząd (CA), który podpisał certyfikat serwera</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="158" />
      <source>&amp;Browse…</source>
      <translation>Prze&amp;glądaj…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="163" />
      <source>&amp;Server:</source>
      <translation>&amp;Serwer:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="164" />
      <source>P&amp;ort:</source>
      <translation>P&amp;ort:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="165" />
      <source>&amp;Database:</source>
      <translation>&amp;Baza danych:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="166" />
      <source>&amp;Login:</source>
      <translation>&amp;Login:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="167" />
      <source>Pass&amp;word:</source>
      <translation>&amp;Hasło:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="168" />
      <source>C&amp;A certificate:</source>
      <translation>Certyfikat &amp;CA:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="179" />
      <source>&amp;Remember the password in the system keyring</source>
      <translation>&amp;Zapamiętaj hasło w systemowym pęku kluczy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="204" />
      <source>&amp;Sync</source>
      <translation>&amp;Synchronizuj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="204" />
      <source>&amp;Connect</source>
      <translation>&amp;Połącz</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="227" />
      <source>The server's CA certificate</source>
      <translation>Certyfikat CA serwera</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="229" />
      <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
      <translation>Certyfikaty (*.crt *.pem *.cer);;Wszystkie pliki (*)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="237" />
      <source>This connection is weaker than the default:</source>
      <translation>To połączenie jest słabiej chronione niż domyślnie:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="250" />
      <source>Give the database and your login.</source>
      <translation>Podaj bazę danych i swój login.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="258" />
      <source>Not connected; check the server, login and password.</source>
      <translation>Nie połączono; sprawdź serwer, login i hasło.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="277" />
      <source>Another transfer is running; wait for it first.</source>
      <translation>Trwa inny transfer; poczekaj na jego koniec.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="305" />
      <source>Stop</source>
      <translation>Zatrzymaj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="305" />
      <source>Close</source>
      <translation>Zamknij</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="312" />
      <source>The sync is done.</source>
      <translation>Synchronizacja zakończona.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="319" />
      <source>&amp;Sync again</source>
      <translation>&amp;Synchronizuj ponownie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="322" />
      <source>The sync did not go through.</source>
      <translation>Synchronizacja się nie powiodła.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="326" />
      <source>&amp;Try again</source>
      <translation>Spróbuj &amp;ponownie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="337" />
      <source>Stopping…</source>
      <translation>Zatrzymywanie…</translation>
    </message>
  </context>
  <context>
    <name>DatabaseOpen</name>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="47" />
      <source>What the check found: %1</source>
      <translation>Co wykazało sprawdzenie: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="50" />
      <source>%1 failed its check, so it may be damaged, and there is no good backup of it.</source>
      <translation>Plik %1 nie przeszedł sprawdzenia, więc może być uszkodzony, a nie ma jego dobrej kopii zapasowej.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="55" />
      <source>%1 failed its check, so it may be damaged.

Restore the newest good backup, from %2?</source>
      <translation>Plik %1 nie przeszedł sprawdzenia, więc może być uszkodzony.

Przywrócić najnowszą dobrą kopię zapasową z %2?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="73" />
      <source>Database damaged</source>
      <translation>Baza danych uszkodzona</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="111" />
      <source>%1 answers that could not be saved before were saved now.</source>
      <translation>Zapisano teraz odpowiedzi, których wcześniej nie udało się zapisać: %1.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="118" />
      <source>Today's backup was taken.</source>
      <translation>Wykonano dzisiejszą kopię zapasową.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="121" />
      <source>The daily backup failed: %1</source>
      <translation>Codzienna kopia zapasowa nie powiodła się: %1</translation>
    </message>
  </context>
  <context>
    <name>TrustDialog</name>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="28" />
      <source>Reviewer</source>
      <translation>Recenzent</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="28" />
      <source>Shopper</source>
      <translation>Tajemniczy klient</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="29" />
      <source>Manager</source>
      <translation>Kierownik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="38" />
      <source>Unknown sender</source>
      <translation>Nieznany nadawca</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="41" />
      <source>This package is signed with a key this database does not trust yet. Nothing is imported from it unless you trust the key. Ask %1 to read you the code of her key (Help → About on her laptop, or service-auditor key show) and compare it with this one:</source>
      <translation>Ta paczka jest podpisana kluczem, któremu ta baza jeszcze nie ufa. Nic z niej nie zostanie zaimportowane, dopóki nie zaufasz temu kluczowi. Poproś osobę %1, aby odczytała Ci kod swojego klucza (Pomoc → O programie na jej laptopie lub service-auditor key show), i porównaj go z tym:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="59" />
      <source>&amp;Person:</source>
      <translation>&amp;Osoba:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="60" />
      <source>&amp;Role:</source>
      <translation>&amp;Rola:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="62" />
      <source>&amp;The code she read me is exactly this one</source>
      <translation>&amp;Odczytany mi kod jest dokładnie taki sam</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="66" />
      <source>Trust this key</source>
      <translation>Ufaj temu kluczowi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="69" />
      <source>Do not trust</source>
      <translation>Nie ufaj</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="41" />
      <source>The system's language</source>
      <translation>Język systemu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="54" />
      <source>the user data folder's auditor.sqlite</source>
      <translation>auditor.sqlite w folderze danych użytkownika</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="57" />
      <source>the user data folder's backups</source>
      <translation>kopie w folderze danych użytkownika</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="62" />
      <source>From which percent each grade starts, separated by ;</source>
      <translation>Od jakiego procentu zaczyna się każda ocena, oddzielone ;</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="66" />
      <location filename="../../work/main/ui/pages/settings_page.py" line="204" />
      <source>Interface language</source>
      <translation>Język interfejsu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="67" />
      <source>Organisation name on reports</source>
      <translation>Nazwa organizacji w raportach</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="68" />
      <source>Logo on reports</source>
      <translation>Logo w raportach</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="70" />
      <source>Shopper on this laptop</source>
      <translation>Tajemniczy klient na tym laptopie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="71" />
      <source>Reviewer on this laptop</source>
      <translation>Weryfikujący na tym laptopie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="73" />
      <location filename="../../work/main/ui/pages/settings_page.py" line="136" />
      <source>Database opened at start</source>
      <translation>Baza danych otwierana przy starcie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="76" />
      <location filename="../../work/main/ui/pages/settings_page.py" line="143" />
      <source>Backup folder</source>
      <translation>Folder kopii zapasowych</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="78" />
      <source>Pass line of new checklists (%)</source>
      <translation>Próg zaliczenia nowych list kontrolnych (%)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="80" />
      <source>Grades of new checklists</source>
      <translation>Oceny nowych list kontrolnych</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="82" />
      <source>&amp;Save settings</source>
      <translation>&amp;Zapisz ustawienia</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="88" />
      <source>Settings</source>
      <translation>Ustawienia</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="110" />
      <source>Browse…</source>
      <translation>Przeglądaj…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="129" />
      <source>Logo</source>
      <translation>Logo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="129" />
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="154" />
      <source>There is no file %1.</source>
      <translation>Nie ma pliku %1.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="159" />
      <source>%1 is not a PNG or JPEG image.</source>
      <translation>%1 nie jest obrazem PNG ani JPEG.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="162" />
      <source>There is no database file %1.</source>
      <translation>Nie ma pliku bazy danych %1.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="165" />
      <source>%1 is not a folder.</source>
      <translation>%1 nie jest folderem.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="171" />
      <source>The pass line is a percent from 0 to 100.</source>
      <translation>Próg zaliczenia to procent od 0 do 100.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="175" />
      <source>'%1' is not a percent from 0 to 100 and a grade name.</source>
      <translation>'%1' nie jest procentem od 0 do 100 z nazwą oceny.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="186" />
      <source>Nothing was saved: fix the fields marked in red.</source>
      <translation>Nic nie zapisano: popraw pola zaznaczone na czerwono.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="199" />
      <location filename="../../work/main/ui/pages/settings_page.py" line="200" />
      <source>Settings saved.</source>
      <translation>Zapisano ustawienia.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="205" />
      <source>The new language is used the next time Service Auditor starts.</source>
      <translation>Nowy język zostanie użyty przy następnym uruchomieniu Service Auditor.</translation>
    </message>
  </context>
  <context>
    <name>PasswordDialog</name>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="35" />
      <source>Change my password</source>
      <translation>Zmień moje hasło</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="39" />
      <source>Your new password for %1</source>
      <translation>Twoje nowe hasło do %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="47" />
      <source>&amp;New password:</source>
      <translation>&amp;Nowe hasło:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="48" />
      <source>&amp;Again:</source>
      <translation>&amp;Powtórz:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="66" />
      <source>A password has at least %1 characters.</source>
      <translation>Hasło ma co najmniej %1 znaków.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="70" />
      <source>The two passwords differ.</source>
      <translation>Te dwa hasła się różnią.</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="../../work/main/ui/startup.py" line="183" />
      <source>Cannot open database</source>
      <translation>Nie można otworzyć bazy danych</translation>
    </message>
  </context>
</TS>