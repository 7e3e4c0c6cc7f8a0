<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pl">
  <context>
    <name>AuditForm</name>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="71" />
      <source>next / previous question</source>
      <translation>następne / poprzednie pytanie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="72" />
      <source>yes / no</source>
      <translation>tak / nie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="73" />
      <source>not applicable (where allowed)</source>
      <translation>nie dotyczy (gdzie dozwolone)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="74" />
      <source>not applicable, also inside a text field</source>
      <translation>nie dotyczy, także w polu tekstowym</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="75" />
      <source>rating, or the n-th choice (two digits for 10)</source>
      <translation>ocena albo n-ta odpowiedź (dwie cyfry dla 10)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="76" />
      <source>attach a file to a photo or file question</source>
      <translation>dołącz plik do pytania o zdjęcie lub plik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="77" />
      <source>start / stop the stopwatch of a wait or duration</source>
      <translation>uruchom / zatrzymaj stoper czasu oczekiwania lub trwania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="78" />
      <source>comment on the current question</source>
      <translation>komentarz do bieżącego pytania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="79" />
      <source>next / previous section</source>
      <translation>następna / poprzednia sekcja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="80" />
      <source>jump to a question</source>
      <translation>przejdź do pytania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="81" />
      <source>undo the last answer change</source>
      <translation>cofnij ostatnią zmianę odpowiedzi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="82" />
      <source>score breakdown</source>
      <translation>rozbicie wyniku</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="83" />
      <source>submit</source>
      <translation>wyślij</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="84" />
      <source>this list</source>
      <translation>ta lista</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="714" />
      <source>N/A</source>
      <translation>nie dotyczy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="123" />
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="151" />
      <source>&lt;b&gt;%1&lt;/b&gt; (version %2) · %3 · %4 · visit %5</source>
      <translation>&lt;b&gt;%1&lt;/b&gt; (wersja %2) · %3 · %4 · wizyta %5</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="164" />
      <source>Section</source>
      <translation>Sekcja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="164" />
      <source>Done</source>
      <translation>Gotowe</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="212" />
      <source>Breakdown…</source>
      <translation>Rozbicie…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="220" />
      <source>&amp;Submit</source>
      <translation>Wyślij (&amp;S)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="226" />
      <source>Keyboard shortcuts (F1)</source>
      <translation>Skróty klawiszowe (F1)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="232" />
      <location filename="../../work/main/ui/capture/form_window.py" line="745" />
      <source>Score</source>
      <translation>Wynik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="247" />
      <source>Jump to a question (Ctrl+F)</source>
      <translation>Przejdź do pytania (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="270" />
      <source>Returned by the reviewer: %1</source>
      <translation>Zwrócone przez weryfikującego: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="314" />
      <location filename="../../work/main/ui/capture/form_window.py" line="407" />
      <location filename="../../work/main/ui/capture/form_window.py" line="434" />
      <location filename="../../work/main/ui/capture/form_window.py" line="449" />
      <source>saving…</source>
      <translation>zapisywanie…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="315" />
      <location filename="../../work/main/ui/capture/form_window.py" line="693" />
      <source>Saving…</source>
      <translation>Zapisywanie…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="344" />
      <location filename="../../work/main/ui/capture/form_window.py" line="413" />
      <location filename="../../work/main/ui/capture/form_window.py" line="461" />
      <source>saved ✓</source>
      <translation>zapisano ✓</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="347" />
      <source>All changes saved</source>
      <translation>Wszystkie zmiany zapisane</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="352" />
      <source>waiting for the database…</source>
      <translation>czekam na bazę danych…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="353" />
      <source>Waiting for the database…</source>
      <translation>Czekam na bazę danych…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="364" />
      <location filename="../../work/main/ui/capture/form_window.py" line="384" />
      <source>not saved</source>
      <translation>nie zapisano</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="366" />
      <source>A change could not be saved: %1</source>
      <translation>Nie udało się zapisać zmiany: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="374" />
      <source>someone else</source>
      <translation>ktoś inny</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="377" />
      <source>%1 saved this answer at %2, after you opened the audit: it is now “%3”. Yours is still here, not saved.</source>
      <translation>%1 zapisał(a) tę odpowiedź o %2, po otwarciu przez Ciebie audytu: teraz brzmi „%3”. Twoja odpowiedź jest nadal tutaj, niezapisana.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="386" />
      <source>An answer was changed by someone else; choose which stays.</source>
      <translation>Ktoś inny zmienił odpowiedź; wybierz, która zostaje.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="418" />
      <source>Nothing to undo</source>
      <translation>Nie ma czego cofnąć</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="425" />
      <source>Undone: %1</source>
      <translation>Cofnięto: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="492" />
      <source>pass</source>
      <translation>zaliczone</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="492" />
      <source>fail</source>
      <translation>niezaliczone</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="496" />
      <source>not scorable: too many N/A answers</source>
      <translation>bez wyniku: za dużo odpowiedzi „nie dotyczy”</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="501" />
      <source>Critical failure: %1</source>
      <translation>Błąd krytyczny: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="527" />
      <source>This audit is %1 and can no longer be changed.</source>
      <translation>Ten audyt ma status: %1 i nie można go już zmienić.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="607" />
      <source>This question has no stopwatch</source>
      <translation>To pytanie nie ma stopera</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="620" />
      <source>No visible question matches '%1'</source>
      <translation>Żadne widoczne pytanie nie pasuje do '%1'</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="636" />
      <source>%1 answers are missing or break a rule; the list shows them.</source>
      <translation>Brakuje %1 odpowiedzi lub łamią one regułę; lista je pokazuje.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="647" />
      <location filename="../../work/main/ui/capture/form_window.py" line="654" />
      <source>Cannot submit</source>
      <translation>Nie można wysłać</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="655" />
      <source>Another program is writing to the database; try again in a moment.</source>
      <translation>Inny program zapisuje do bazy danych; spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="661" />
      <source>Submitted.</source>
      <translation>Wysłano.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="671" />
      <source>Keyboard shortcuts</source>
      <translation>Skróty klawiszowe</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="673" />
      <source>Keys</source>
      <translation>Klawisze</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="673" />
      <source>Does</source>
      <translation>Działanie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="698" />
      <source>Answers kept</source>
      <translation>Odpowiedzi zachowane</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="700" />
      <source>The database stayed busy; %1 answers are kept beside it and will be saved the next time it is opened.</source>
      <translation>Baza danych była zajęta; %1 odpowiedzi zachowano obok niej i zostaną zapisane przy jej następnym otwarciu.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="716" />
      <source>no answer</source>
      <translation>brak odpowiedzi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="720" />
      <source>Yes</source>
      <translation>Tak</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="720" />
      <source>No</source>
      <translation>Nie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="743" />
      <source>Score breakdown</source>
      <translation>Rozbicie wyniku</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="745" />
      <source>Section / question</source>
      <translation>Sekcja / pytanie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="745" />
      <source>Points</source>
      <translation>Punkty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="745" />
      <source>Why</source>
      <translation>Dlaczego</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="764" />
      <source>Audit score: %1</source>
      <translation>Wynik audytu: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="766" />
      <source>Not scorable: %1</source>
      <translation>Bez wyniku: %1</translation>
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
      <location filename="../../work/main/ui/pages/audits.py" line="76" />
      <source>Filter by location, checklist or shopper</source>
      <translation>Filtruj według placówki, listy kontrolnej lub klienta</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="81" />
      <source>All statuses</source>
      <translation>Wszystkie statusy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="108" />
      <source>PDF report…</source>
      <translation>Raport PDF…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="110" />
      <source>Write the selected audit's report as a PDF</source>
      <translation>Zapisz raport wybranego audytu jako PDF</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="112" />
      <source>Location PDF…</source>
      <translation>PDF placówki…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="115" />
      <source>Write the report of the selected audit's location as a PDF</source>
      <translation>Zapisz raport placówki wybranego audytu jako PDF</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="118" />
      <source>&amp;New audit…</source>
      <translation>&amp;Nowy audyt…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="121" />
      <source>&amp;Open</source>
      <translation>&amp;Otwórz</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="123" />
      <source>Continue a draft, or read a submitted audit</source>
      <translation>Kontynuuj szkic lub przeczytaj wysłany audyt</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="126" />
      <source>Accept</source>
      <translation>Akceptuj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="129" />
      <source>Return…</source>
      <translation>Zwróć…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="131" />
      <source>Send a submitted audit back with notes</source>
      <translation>Odeślij wysłany audyt z uwagami</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="146" />
      <source>Show all audits</source>
      <translation>Pokaż wszystkie audyty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="164" />
      <source>%1 audits: %2</source>
      <translation>Audyty (%1): %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="206" />
      <location filename="../../work/main/ui/pages/audits.py" line="275" />
      <source>Select an audit first.</source>
      <translation>Najpierw wybierz audyt.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="245" />
      <source>Select a submitted audit first.</source>
      <translation>Najpierw wybierz wysłany audyt.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="254" />
      <source>Return to the shopper</source>
      <translation>Zwróć klientowi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="254" />
      <source>What should the shopper change?</source>
      <translation>Co tajemniczy klient powinien zmienić?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="258" />
      <source>Reviewer</source>
      <translation>Weryfikujący</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="267" />
      <source>Audit accepted.</source>
      <translation>Audyt zaakceptowany.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="267" />
      <source>Audit returned to the shopper.</source>
      <translation>Audyt zwrócony tajemniczemu klientowi.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="286" />
      <source>Select an audit of the location first.</source>
      <translation>Najpierw wybierz audyt tej placówki.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="297" />
      <source>Save report</source>
      <translation>Zapisz raport</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="311" />
      <source>No audits yet. Start one from a checklist, or look around with demo data.</source>
      <translation>Nie ma jeszcze audytów. Zacznij od listy kontrolnej albo rozejrzyj się na danych demonstracyjnych.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="315" />
      <source>Fill with demo data</source>
      <translation>Wypełnij danymi demonstracyjnymi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="396" />
      <source>%1 of %2 audits</source>
      <translation>%1 z %2 audytów</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="412" />
      <source>Demo data added: %1 audits in %2 locations.</source>
      <translation>Dodano dane demonstracyjne: %1 audytów w %2 placówkach.</translation>
    </message>
  </context>
  <context>
    <name>DiariesPage</name>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="124" />
      <source>In person</source>
      <translation>Osobiście</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="125" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="126" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="127" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="128" />
      <source>Web</source>
      <translation>Strona WWW</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="129" />
      <source>Chat</source>
      <translation>Czat</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="130" />
      <source>Fax</source>
      <translation>Faks</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="131" />
      <source>Branch visit</source>
      <translation>Wizyta w oddziale</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="134" />
      <source>Courtesy</source>
      <translation>Uprzejmość</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="135" />
      <source>Professionalism</source>
      <translation>Profesjonalizm</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="136" />
      <source>Empathy</source>
      <translation>Empatia</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="137" />
      <source>Willingness to help</source>
      <translation>Chęć pomocy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="138" />
      <source>Listening</source>
      <translation>Słuchanie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="139" />
      <source>Waiting time</source>
      <translation>Czas oczekiwania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="140" />
      <source>Speed</source>
      <translation>Szybkość</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="141" />
      <source>Convenience</source>
      <translation>Wygoda</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="147" />
      <source>&amp;New diary…</source>
      <translation>&amp;Nowy dziennik…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="150" />
      <source>PDF report…</source>
      <translation>Raport PDF…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="154" />
      <source>Diary</source>
      <translation>Dziennik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="170" />
      <source>Add an event (Ctrl+Enter)</source>
      <translation>Dodaj zdarzenie (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="180" />
      <source>who served you</source>
      <translation>kto cię obsługiwał</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="183" />
      <source>what happened</source>
      <translation>co się wydarzyło</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="203" />
      <source>Neither</source>
      <translation>Ani jedno, ani drugie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="204" />
      <source>Would recommend</source>
      <translation>Poleciłbym</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="205" />
      <source>Would warn others</source>
      <translation>Ostrzegłbym innych</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="206" />
      <source>&amp;Add event</source>
      <translation>&amp;Dodaj zdarzenie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="214" />
      <location filename="../../work/main/ui/pages/diaries.py" line="253" />
      <source>When</source>
      <translation>Kiedy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="215" />
      <source>&amp;Channel</source>
      <translation>&amp;Kanał</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="216" />
      <source>Or&amp;ganisation</source>
      <translation>Or&amp;ganizacja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="217" />
      <location filename="../../work/main/ui/pages/diaries.py" line="254" />
      <source>What happened</source>
      <translation>Co się wydarzyło</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="218" />
      <source>E&amp;xpected (1-7)</source>
      <translation>&amp;Oczekiwanie (1-7)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="219" />
      <source>Ex&amp;perienced (1-7)</source>
      <translation>&amp;Postrzeganie (1-7)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="220" />
      <source>&amp;Satisfaction (1-5)</source>
      <translation>&amp;Zadowolenie (1-5)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="221" />
      <source>&amp;Feeling</source>
      <translation>&amp;Odczucie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="222" />
      <source>Criteria that mattered</source>
      <translation>Kryteria, które miały znaczenie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="223" />
      <source>Would you…</source>
      <translation>Czy…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="239" />
      <source>Timeline</source>
      <translation>Oś czasu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="242" />
      <source>All channels</source>
      <translation>Wszystkie kanały</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="248" />
      <source>Filter by organisation or text</source>
      <translation>Filtruj według organizacji lub tekstu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="253" />
      <location filename="../../work/main/ui/pages/diaries.py" line="278" />
      <source>Channel</source>
      <translation>Kanał</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="253" />
      <source>Organisation</source>
      <translation>Organizacja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="253" />
      <source>Expected</source>
      <translation>Oczekiwane</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="254" />
      <source>Experienced</source>
      <translation>Doświadczone</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="254" />
      <location filename="../../work/main/ui/pages/diaries.py" line="280" />
      <source>Gap</source>
      <translation>Luka</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="269" />
      <source>Summary</source>
      <translation>Podsumowanie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="277" />
      <source>Criterion</source>
      <translation>Kryterium</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="280" />
      <source>Events</source>
      <translation>Zdarzenia</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="280" />
      <source>Expected → experienced</source>
      <translation>Oczekiwane → doświadczone</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="287" />
      <source>By criterion (most mentioned first)</source>
      <translation>Według kryterium (najczęściej wymieniane najpierw)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="289" />
      <source>By channel</source>
      <translation>Według kanału</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="340" />
      <source>Start a diary to add events.</source>
      <translation>Załóż dziennik, aby dodawać zdarzenia.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="390" />
      <source>%1 events · expected %2 · experienced %3 · gap %4 · recommend %5 · warn %6</source>
      <translation>zdarzenia: %1 · oczekiwane %2 · doświadczone %3 · luka %4 · poleciłoby %5 · ostrzegłoby %6</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="465" />
      <source>Start a diary first.</source>
      <translation>Najpierw załóż dziennik.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="504" />
      <source>Save diary report</source>
      <translation>Zapisz raport z dziennika</translation>
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
      <location filename="../../work/main/ui/main_window.py" line="77" />
      <source>Service Auditor</source>
      <translation>Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="87" />
      <source>Audits</source>
      <translation>Audyty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="88" />
      <source>Review</source>
      <translation>Weryfikacja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="89" />
      <source>Reports</source>
      <translation>Raporty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="90" />
      <source>Diaries</source>
      <translation>Dzienniki</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="91" />
      <source>Actions</source>
      <translation>Działania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="92" />
      <source>Dashboard</source>
      <translation>Pulpit</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="93" />
      <source>Checklists</source>
      <translation>Listy kontrolne</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="94" />
      <source>Standards</source>
      <translation>Standardy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="95" />
      <source>Settings</source>
      <translation>Ustawienia</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="106" />
      <source>&amp;File</source>
      <translation>&amp;Plik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="108" />
      <source>&amp;Tools</source>
      <translation>&amp;Narzędzia</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="109" />
      <source>&amp;Help</source>
      <translation>Pomo&amp;c</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="113" />
      <source>Opening the database…</source>
      <translation>Otwieranie bazy danych…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="319" />
      <source>Your password is changed.</source>
      <translation>Hasło zostało zmienione.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="330" />
      <source>&amp;New database…</source>
      <translation>&amp;Nowa baza danych…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="333" />
      <source>&amp;Open database…</source>
      <translation>&amp;Otwórz bazę danych…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="336" />
      <source>Open &amp;recent</source>
      <translation>&amp;Ostatnio otwierane</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="339" />
      <source>Fill with &amp;demo data</source>
      <translation>Wypełnij danymi &amp;demonstracyjnymi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="341" />
      <source>&amp;Quit</source>
      <translation>&amp;Zakończ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="344" />
      <source>Connect to &amp;team server…</source>
      <translation>Połącz z &amp;serwerem zespołu…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="349" />
      <source>Change my &amp;password…</source>
      <translation>Zmień moje &amp;hasło…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="350" />
      <source>Your own password on the team server</source>
      <translation>Twoje własne hasło na serwerze zespołu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="357" />
      <source>&amp;Send audits…</source>
      <translation>&amp;Wyślij audyty…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="359" />
      <source>Write the submitted audits not sent yet to a signed package (.zip)</source>
      <translation>Zapisz wysłane do weryfikacji, a jeszcze nieprzekazane audyty w podpisanej paczce (.zip)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="362" />
      <source>Re&amp;ceive audits…</source>
      <translation>O&amp;dbierz audyty…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="364" />
      <source>Merge audit packages from shoppers or the office (or drop them here)</source>
      <translation>Scal paczki audytów od klientów lub z biura (albo upuść je tutaj)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="367" />
      <source>S&amp;ync with team server…</source>
      <translation>S&amp;ynchronizuj z serwerem zespołu…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="369" />
      <source>Send the submitted audits to the team server; bring back reviews, checklists and actions</source>
      <translation>Wyślij złożone audyty na serwer zespołu; pobierz oceny, listy kontrolne i działania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="377" />
      <source>&amp;Back up now</source>
      <translation>&amp;Utwórz kopię zapasową teraz</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="379" />
      <source>Res&amp;tore from backup…</source>
      <translation>Przy&amp;wróć z kopii zapasowej…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="387" />
      <source>&amp;Recompute all scores</source>
      <translation>&amp;Przelicz wszystkie wyniki</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="389" />
      <source>Score every audit again from its answers, after scoring rules changed</source>
      <translation>Oblicz ponownie wynik każdego audytu z jego odpowiedzi, po zmianie zasad punktacji</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="395" />
      <source>&amp;About Service Auditor</source>
      <translation>&amp;O programie Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="403" />
      <source>No recent databases</source>
      <translation>Brak ostatnio otwieranych baz</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="414" />
      <source>Service Auditor — %1</source>
      <translation>Service Auditor — %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="415" />
      <source>Database: %1</source>
      <translation>Baza danych: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="424" />
      <source>A server database is backed up on the server</source>
      <translation>Kopię bazy na serwerze wykonuje serwer</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="428" />
      <source>The database was upgraded; a backup was written to %1</source>
      <translation>Baza danych została zaktualizowana; kopię zapisano w %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="465" />
      <source>Scores are being recomputed; wait or cancel first.</source>
      <translation>Trwa przeliczanie wyników; poczekaj albo najpierw anuluj.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="470" />
      <location filename="../../work/main/ui/main_window.py" line="526" />
      <source>Cannot open database</source>
      <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="491" />
      <source>Back up now</source>
      <translation>Utwórz kopię teraz</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="493" />
      <source>Backup written: %1</source>
      <translation>Zapisano kopię: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="522" />
      <source>Restore from backup</source>
      <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="529" />
      <source>Restored from %1</source>
      <translation>Przywrócono z %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="535" />
      <location filename="../../work/main/ui/main_window.py" line="542" />
      <source>New database</source>
      <translation>Nowa baza danych</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="543" />
      <source>%1 already exists; use Open database to open it.</source>
      <translation>%1 już istnieje; otwórz ją poleceniem Otwórz bazę danych.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="564" />
      <source>Open database</source>
      <translation>Otwórz bazę danych</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="584" />
      <source>Recomputing scores…</source>
      <translation>Przeliczanie wyników…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="593" />
      <source>Scores recomputed for %1 audits.</source>
      <translation>Przeliczono wyniki %1 audytów.</translation>
    </message>
  </context>
  <context>
    <name>NewDiaryDialog</name>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="85" />
      <source>Start a diary</source>
      <translation>Załóż dziennik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="90" />
      <source>e.g. Two weeks of service encounters</source>
      <translation>np. Dwa tygodnie kontaktów z obsługą</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="99" />
      <source>&amp;Owner</source>
      <translation>&amp;Właściciel</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="100" />
      <source>&amp;Title</source>
      <translation>&amp;Tytuł</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="101" />
      <source>&amp;From</source>
      <translation>&amp;Od</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="102" />
      <source>T&amp;o</source>
      <translation>D&amp;o</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="103" />
      <source>&amp;Purpose</source>
      <translation>&amp;Cel</translation>
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
      <location filename="../../work/main/ui/pages/reports.py" line="85" />
      <source>Summary: ranking, distribution, weak standards</source>
      <translation>Podsumowanie: ranking, rozkład, słabe standardy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="86" />
      <source>Location: trend, sections, standards, actions</source>
      <translation>Placówka: trend, sekcje, standardy, działania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="87" />
      <source>Standards handouts for trainers</source>
      <translation>Materiały o standardach dla trenerów</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="88" />
      <source>Service-event diaries</source>
      <translation>Dzienniki zdarzeń obsługi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="89" />
      <source>Shoppers and their agreement</source>
      <translation>Tajemniczy klienci i ich zgodność</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="90" />
      <source>Audit reports, one PDF per audit</source>
      <translation>Raporty z audytów, jeden PDF na audyt</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="104" />
      <source>Finished audits (submitted and accepted)</source>
      <translation>Zakończone audyty (wysłane i zaakceptowane)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="105" />
      <source>Accepted audits only</source>
      <translation>Tylko zaakceptowane audyty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="106" />
      <source>Drafts and returned audits never count</source>
      <translation>Szkice i zwrócone audyty nigdy się nie liczą</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="121" />
      <source>File to write (a folder for audit reports)</source>
      <translation>Plik do zapisu (folder dla raportów z audytów)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="122" />
      <source>Browse…</source>
      <translation>Przeglądaj…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="129" />
      <source>Report</source>
      <translation>Raport</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="130" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="131" />
      <source>Language</source>
      <translation>Język</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="132" />
      <source>Count</source>
      <translation>Liczone</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="133" />
      <source>Location</source>
      <translation>Placówka</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="134" />
      <source>Checklist</source>
      <translation>Lista kontrolna</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="135" />
      <source>From</source>
      <translation>Od</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="136" />
      <source>To</source>
      <translation>Do</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="137" />
      <source>Save to</source>
      <translation>Zapisz do</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="138" />
      <source>Ignore the dates</source>
      <translation>Pomiń daty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="141" />
      <source>Write report</source>
      <translation>Zapisz raport</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="152" />
      <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Raporty&lt;/h2&gt;</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="165" />
      <source>All locations</source>
      <translation>Wszystkie placówki</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="166" />
      <source>All checklists</source>
      <translation>Wszystkie listy kontrolne</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="185" />
      <source>Folder for the audit reports</source>
      <translation>Folder na raporty z audytów</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="191" />
      <source>Save report</source>
      <translation>Zapisz raport</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="215" />
      <source>Choose where to save the report first.</source>
      <translation>Najpierw wybierz, gdzie zapisać raport.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="230" />
      <source>Writing the report…</source>
      <translation>Zapisywanie raportu…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="234" />
      <source>Report written: %1</source>
      <translation>Zapisano raport: %1</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="34" />
      <location filename="../../work/main/ui/backup_dialog.py" line="86" />
      <source>Restore from backup</source>
      <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="37" />
      <source>daily</source>
      <translation>dzienna</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="38" />
      <source>weekly</source>
      <translation>tygodniowa</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="39" />
      <source>taken by hand</source>
      <translation>wykonana ręcznie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="40" />
      <source>before a restore</source>
      <translation>sprzed przywrócenia</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="46" />
      <source>%1 — %2, %3</source>
      <translation>%1 — %2, %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="59" />
      <source>&amp;Restore</source>
      <translation>&amp;Przywróć</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="64" />
      <source>Backups in %1</source>
      <translation>Kopie zapasowe w %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="68" />
      <source>There are no backups of this database yet.</source>
      <translation>Nie ma jeszcze kopii zapasowych tej bazy danych.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="72" />
      <source>The database's current state is kept as a backup of its own before it is replaced.</source>
      <translation>Obecny stan bazy danych zostanie zachowany jako osobna kopia, zanim zostanie zastąpiony.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="87" />
      <source>Replace the database with the backup of %1?</source>
      <translation>Zastąpić bazę danych kopią z %1?</translation>
    </message>
  </context>
  <context>
    <name>About</name>
    <message>
      <location filename="../../work/main/ui/about.py" line="92" />
      <source>About Service Auditor</source>
      <translation>O programie Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="98" />
      <source>Offline-first service-quality audits. Free software; it is built on the libraries and fonts below, each under its own licence.</source>
      <translation>Audyty jakości obsługi, także bez sieci. Wolne oprogramowanie; zbudowane na poniższych bibliotekach i fontach, każde na własnej licencji.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="106" />
      <source>This laptop's signing key: %1</source>
      <translation>Klucz podpisu tego laptopa: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="113" />
      <source>Component</source>
      <translation>Składnik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="113" />
      <source>Version</source>
      <translation>Wersja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="113" />
      <source>Licence</source>
      <translation>Licencja</translation>
    </message>
  </context>
  <context>
    <name>ChecklistsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="134" />
      <location filename="../../work/main/ui/pages/checklists_page.py" line="138" />
      <source>Version</source>
      <translation>Wersja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="133" />
      <source>Kind</source>
      <translation>Rodzaj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="133" />
      <source>Name</source>
      <translation>Nazwa</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="133" />
      <source>Checklist</source>
      <translation>Lista kontrolna</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="70" />
      <source>Compare versions of %1</source>
      <translation>Porównaj wersje: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="80" />
      <location filename="../../work/main/ui/pages/checklists_page.py" line="103" />
      <source>version %1</source>
      <translation>wersja %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="116" />
      <source>%1 changed, %2 added, %3 removed</source>
      <translation>zmienione: %1, dodane: %2, usunięte: %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="134" />
      <location filename="../../work/main/ui/pages/checklists_page.py" line="138" />
      <source>Questions</source>
      <translation>Pytania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="134" />
      <location filename="../../work/main/ui/pages/checklists_page.py" line="139" />
      <source>Audits</source>
      <translation>Audyty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="138" />
      <source>Created</source>
      <translation>Utworzono</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="142" />
      <source>New checklist…</source>
      <translation>Nowa lista kontrolna…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="144" />
      <source>Edit…</source>
      <translation>Edytuj…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="146" />
      <source>Compare versions…</source>
      <translation>Porównaj wersje…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="149" />
      <source>Import…</source>
      <translation>Importuj…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="152" />
      <source>Export…</source>
      <translation>Eksportuj…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="162" />
      <source>Versions (old audits keep the version they were filled on)</source>
      <translation>Wersje (stare audyty zachowują wersję, na której je wypełniono)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="169" />
      <source>Checklists</source>
      <translation>Listy kontrolne</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="246" />
      <source>Saved %1 version %2</source>
      <translation>Zapisano %1, wersja %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="278" />
      <source>First question</source>
      <translation>Pierwsze pytanie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="279" />
      <source>Section 1</source>
      <translation>Sekcja 1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="283" />
      <source>New checklist</source>
      <translation>Nowa lista kontrolna</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="309" />
      <source>Import checklists</source>
      <translation>Importuj listy kontrolne</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="311" />
      <source>Checklists (*.json *.xlsx *.xls *.csv *.md);;All files (*)</source>
      <translation>Listy kontrolne (*.json *.xlsx *.xls *.csv *.md);;Wszystkie pliki (*)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="326" />
      <source>Nothing imported: %1</source>
      <translation>Nic nie zaimportowano: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="329" />
      <source>Imported: %1</source>
      <translation>Zaimportowano: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="329" />
      <source>standards</source>
      <translation>standardy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="338" />
      <source>Export checklist</source>
      <translation>Eksportuj listę kontrolną</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="339" />
      <source>JSON (*.json);;XLSForm (*.xlsx)</source>
      <translation>JSON (*.json);;XLSForm (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="356" />
      <source>Exported to %1</source>
      <translation>Wyeksportowano do %1</translation>
    </message>
  </context>
  <context>
    <name>QuestionCard</name>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="52" />
      <source>required</source>
      <translation>wymagane</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="54" />
      <source>critical</source>
      <translation>krytyczne</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="84" />
      <source>Attach file…</source>
      <translation>Dołącz plik…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="87" />
      <source>Enter, or drop files on the question</source>
      <translation>Enter albo upuść pliki na pytanie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="92" />
      <source>N/A</source>
      <translation>nie dotyczy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="96" />
      <source>Not applicable (A, or Ctrl+D in a text field)</source>
      <translation>Nie dotyczy (A albo Ctrl+D w polu tekstowym)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="104" />
      <source>Comment (what you saw, in your words)</source>
      <translation>Komentarz (co widziałeś, własnymi słowami)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="121" />
      <source>Save mine over it</source>
      <translation>Zapisz moją w jej miejsce</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="125" />
      <source>Use theirs</source>
      <translation>Użyj ich odpowiedzi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="195" />
      <source>Remove %1</source>
      <translation>Usuń %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="230" />
      <source>Reviewer: %1</source>
      <translation>Weryfikujący: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="283" />
      <source>Attach files</source>
      <translation>Dołącz pliki</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="285" />
      <source>Photos and documents (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
      <translation>Zdjęcia i dokumenty (*.jpg *.jpeg *.png *.pdf);;Wszystkie pliki (*)</translation>
    </message>
  </context>
  <context>
    <name>Packages</name>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="316" />
      <source>N/A</source>
      <translation>nie dotyczy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="51" />
      <source>to add</source>
      <translation>do dodania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="51" />
      <source>to update</source>
      <translation>do aktualizacji</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="51" />
      <source>unchanged</source>
      <translation>bez zmian</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="52" />
      <source>in conflict (both kept)</source>
      <translation>w konflikcie (obie wersje zachowane)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="62" />
      <location filename="../../work/main/ui/packages_ui.py" line="173" />
      <source>Receive audits</source>
      <translation>Odbierz audyty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="68" />
      <source>from %1 (%2), key %3</source>
      <translation>od %1 (%2), klucz %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="75" />
      <source>%1 to add, %2 to update, %3 unchanged, %4 in conflict</source>
      <translation>do dodania: %1, do aktualizacji: %2, bez zmian: %3, w konflikcie: %4</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="87" />
      <source>What happens</source>
      <translation>Co się stanie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="87" />
      <source>Audit or diary</source>
      <translation>Audyt lub dziennik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="87" />
      <source>Note</source>
      <translation>Uwaga</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="98" />
      <source>Import</source>
      <translation>Importuj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="133" />
      <source>Send audits</source>
      <translation>Wyślij audyty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="133" />
      <location filename="../../work/main/ui/packages_ui.py" line="173" />
      <source>Audit packages (*.zip)</source>
      <translation>Paczki audytów (*.zip)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="163" />
      <source>Package written: %1 (%2 audits, %3 diaries, %4 photos)</source>
      <translation>Zapisano paczkę: %1 (audyty: %2, dzienniki: %3, zdjęcia: %4)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="227" />
      <source>Nothing received from %1: the key %2 is not trusted</source>
      <translation>Nic nie przyjęto od %1: klucz %2 nie jest zaufany</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="258" />
      <source>Received: %1 added, %2 updated, %3 kept as conflicts for review</source>
      <translation>Odebrano: dodano %1, zaktualizowano %2, %3 zachowano jako konflikty do weryfikacji</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="290" />
      <source>Synced: %1 audits sent; %2 audits, %3 checklists and %4 actions received; %5 changed on both sides, kept for review</source>
      <translation>Zsynchronizowano: wysłano %1 audytów; odebrano %2 audytów, %3 list kontrolnych i %4 działań; %5 zmienionych po obu stronach zachowano do oceny</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="314" />
      <source>(no answer)</source>
      <translation>(brak odpowiedzi)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="336" />
      <source>Audits changed on both sides</source>
      <translation>Audyty zmienione po obu stronach</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="339" />
      <source>reviewer</source>
      <translation>weryfikujący</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="349" />
      <source>Question</source>
      <translation>Pytanie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="349" />
      <location filename="../../work/main/ui/packages_ui.py" line="422" />
      <source>Ours</source>
      <translation>Nasza</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="349" />
      <location filename="../../work/main/ui/packages_ui.py" line="423" />
      <source>Theirs</source>
      <translation>Ich</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="349" />
      <source>Keep</source>
      <translation>Zachowaj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="356" />
      <source>Keep ours</source>
      <translation>Zachowaj naszą</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="359" />
      <source>Take theirs</source>
      <translation>Przyjmij ich</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="362" />
      <source>Merge as chosen</source>
      <translation>Scal według wyboru</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="393" />
      <source>No conflicts left.</source>
      <translation>Nie ma już konfliktów.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="407" />
      <source>From %1, received %2. Status here: %3; theirs: %4.</source>
      <translation>Od: %1, odebrano %2. Status u nas: %3; u nich: %4.</translation>
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="65" />
      <source>N/A</source>
      <translation>nie dotyczy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="249" />
      <source>Score</source>
      <translation>Wynik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="442" />
      <source>pass</source>
      <translation>zaliczone</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="442" />
      <source>fail</source>
      <translation>niezaliczone</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="67" />
      <source>no answer</source>
      <translation>brak odpowiedzi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="70" />
      <source>Yes</source>
      <translation>Tak</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="70" />
      <source>No</source>
      <translation>Nie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="248" />
      <source>Checklist</source>
      <translation>Lista kontrolna</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="248" />
      <source>Location</source>
      <translation>Placówka</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="296" />
      <source>What</source>
      <translation>Co</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="544" />
      <source>Reviewer</source>
      <translation>Weryfikujący</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="249" />
      <source>Critical failures</source>
      <translation>Błędy krytyczne</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="164" />
      <source>Note for the shopper on this question</source>
      <translation>Uwaga dla klienta do tego pytania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="228" />
      <source>To review</source>
      <translation>Do weryfikacji</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="229" />
      <source>Accepted</source>
      <translation>Zaakceptowany</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="240" />
      <source>Review</source>
      <translation>Weryfikacja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="248" />
      <source>Waiting (days)</source>
      <translation>Czeka (dni)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="248" />
      <source>Visited</source>
      <translation>Wizyta</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="249" />
      <source>Shopper</source>
      <translation>Tajemniczy klient</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="266" />
      <source>Note for the shopper on the whole audit</source>
      <translation>Uwaga dla klienta do całego audytu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="267" />
      <source>&amp;Accept</source>
      <translation>&amp;Akceptuj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="269" />
      <source>A</source>
      <translation>A</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="271" />
      <source>&amp;Return to the shopper</source>
      <translation>&amp;Zwróć klientowi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="273" />
      <source>R</source>
      <translation>R</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="275" />
      <source>Re&amp;open…</source>
      <translation>Otwórz &amp;ponownie…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="278" />
      <source>&amp;Breakdown…</source>
      <translation>&amp;Rozbicie…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="280" />
      <source>Corrective &amp;action…</source>
      <translation>&amp;Działanie korygujące…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="282" />
      <source>For a standard this audit failed</source>
      <translation>Dla standardu, którego ten audyt nie spełnił</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="296" />
      <source>When</source>
      <translation>Kiedy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="296" />
      <source>Who</source>
      <translation>Kto</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="296" />
      <source>Change</source>
      <translation>Zmiana</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="308" />
      <source>Status history</source>
      <translation>Historia statusu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="310" />
      <source>Change log</source>
      <translation>Dziennik zmian</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="368" />
      <source>%1 audits wait for a decision</source>
      <translation>Audyty czekające na decyzję: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="371" />
      <source>%1 accepted audits</source>
      <translation>Zaakceptowane audyty: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="386" />
      <source>%1 audits changed on both sides: resolve…</source>
      <translation>Audyty zmienione po obu stronach: %1 — rozstrzygnij…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="430" />
      <source>Nothing to review.</source>
      <translation>Nie ma nic do weryfikacji.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="445" />
      <source>critical failure: %1</source>
      <translation>błąd krytyczny: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="565" />
      <source>Not saved: %1. The audit is shown as it is now; your notes are kept.</source>
      <translation>Nie zapisano: %1. Audyt jest pokazany w obecnej postaci; Twoje uwagi zostały zachowane.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="585" />
      <source>Accepted; the audit is locked.</source>
      <translation>Zaakceptowano; audyt jest zablokowany.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="594" />
      <source>Write a note for the shopper (on the audit or a question).</source>
      <translation>Napisz uwagę dla klienta (do audytu lub do pytania).</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="601" />
      <source>Returned to the shopper with %1 notes.</source>
      <translation>Zwrócono klientowi z uwagami (%1).</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="610" />
      <source>Reopen an accepted audit</source>
      <translation>Otwórz ponownie zaakceptowany audyt</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="610" />
      <source>Why is it reopened?</source>
      <translation>Dlaczego jest otwierany ponownie?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="615" />
      <source>A reopened audit needs a reason.</source>
      <translation>Ponowne otwarcie audytu wymaga podania powodu.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="620" />
      <source>Reopened; the audit is back in the review queue.</source>
      <translation>Otwarto ponownie; audyt wrócił do kolejki weryfikacji.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="662" />
      <source>started</source>
      <translation>rozpoczęty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="663" />
      <source>submitted</source>
      <translation>wysłany</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="664" />
      <source>accepted</source>
      <translation>zaakceptowany</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="665" />
      <source>returned to the shopper</source>
      <translation>zwrócony klientowi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="666" />
      <source>reopened</source>
      <translation>otwarty ponownie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="675" />
      <source>answered N/A</source>
      <translation>odpowiedź: nie dotyczy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="676" />
      <source>answered %1</source>
      <translation>odpowiedź: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="685" />
      <source>reopened — %1</source>
      <translation>otwarty ponownie — %1</translation>
    </message>
  </context>
  <context>
    <name>Editors</name>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="133" />
      <source>&amp;Yes</source>
      <translation>&amp;Tak</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="133" />
      <source>&amp;No</source>
      <translation>&amp;Nie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="277" />
      <location filename="../../work/main/ui/capture/editors.py" line="295" />
      <source>Start timer</source>
      <translation>Uruchom stoper</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="280" />
      <source>Start or stop the stopwatch (Ctrl+T)</source>
      <translation>Uruchom lub zatrzymaj stoper (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="303" />
      <source>Stop (%1)</source>
      <translation>Stop (%1)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="321" />
      <source>number</source>
      <translation>liczba</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="329" />
      <source>target %1</source>
      <translation>cel %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="331" />
      <source>, no points beyond %1</source>
      <translation>, bez punktów powyżej %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="381" />
      <source>mm:ss</source>
      <translation>mm:ss</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="382" />
      <source>minutes:seconds, or whole minutes</source>
      <translation>minuty:sekundy albo pełne minuty</translation>
    </message>
  </context>
  <context>
    <name>ActionsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="50" />
      <source>Done</source>
      <translation>Gotowe</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="48" />
      <source>Open</source>
      <translation>Otwarte</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="49" />
      <source>In progress</source>
      <translation>W toku</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="51" />
      <location filename="../../work/main/ui/pages/actions.py" line="137" />
      <source>Verified</source>
      <translation>Zweryfikowane</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="52" />
      <location filename="../../work/main/ui/pages/actions.py" line="138" />
      <source>Cancelled</source>
      <translation>Anulowane</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="74" />
      <source>New corrective action</source>
      <translation>Nowe działanie korygujące</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="86" />
      <source>(all locations)</source>
      <translation>(wszystkie placówki)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="100" />
      <source>What is to be done</source>
      <translation>Co należy zrobić</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="101" />
      <location filename="../../work/main/ui/pages/actions.py" line="159" />
      <source>Standard</source>
      <translation>Standard</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="102" />
      <location filename="../../work/main/ui/pages/actions.py" line="159" />
      <source>Location</source>
      <translation>Placówka</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="103" />
      <location filename="../../work/main/ui/pages/actions.py" line="146" />
      <location filename="../../work/main/ui/pages/actions.py" line="159" />
      <source>Owner</source>
      <translation>Odpowiedzialny</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="104" />
      <location filename="../../work/main/ui/pages/actions.py" line="159" />
      <source>Due</source>
      <translation>Termin</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="106" />
      <source>Linked audits</source>
      <translation>Powiązane audyty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="121" />
      <source>Say what is to be done.</source>
      <translation>Napisz, co należy zrobić.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="136" />
      <source>Open and in progress</source>
      <translation>Otwarte i w toku</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="136" />
      <location filename="../../work/main/ui/pages/actions.py" line="236" />
      <source>Overdue</source>
      <translation>Po terminie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="137" />
      <source>Done, to verify</source>
      <translation>Wykonane, do sprawdzenia</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="138" />
      <source>All</source>
      <translation>Wszystkie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="151" />
      <source>Corrective actions</source>
      <translation>Działania korygujące</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="159" />
      <source>What</source>
      <translation>Co</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="159" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="160" />
      <source>Verification</source>
      <translation>Weryfikacja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="169" />
      <source>&amp;New action…</source>
      <translation>&amp;Nowe działanie…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="172" />
      <source>&amp;Start</source>
      <translation>&amp;Rozpocznij</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="175" />
      <source>&amp;Done…</source>
      <translation>&amp;Wykonane…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="178" />
      <source>&amp;Verify</source>
      <translation>&amp;Zweryfikuj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="181" />
      <source>Cancel the action</source>
      <translation>Anuluj działanie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="201" />
      <source>All locations</source>
      <translation>Wszystkie placówki</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="202" />
      <source>All standards</source>
      <translation>Wszystkie standardy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="228" />
      <source>proposed: a later audit met the standard</source>
      <translation>propozycja: późniejszy audyt spełnił standard</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="254" />
      <source>A later accepted audit met the standard</source>
      <translation>Późniejszy zaakceptowany audyt spełnił standard</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="274" />
      <source>Corrective action created.</source>
      <translation>Utworzono działanie korygujące.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="279" />
      <source>Reviewer</source>
      <translation>Weryfikujący</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="287" />
      <source>Action done</source>
      <translation>Działanie wykonane</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="287" />
      <source>What was done?</source>
      <translation>Co zostało zrobione?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="296" />
      <source>The action is now: %1</source>
      <translation>Działanie ma teraz status: %1</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="439" />
      <source>Score</source>
      <translation>Wynik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="133" />
      <source>All locations</source>
      <translation>Wszystkie placówki</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="517" />
      <source>Audits</source>
      <translation>Audyty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="117" />
      <source>Last 12 months</source>
      <translation>Ostatnie 12 miesięcy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="117" />
      <source>Last 6 months</source>
      <translation>Ostatnie 6 miesięcy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="117" />
      <source>Last 3 months</source>
      <translation>Ostatnie 3 miesiące</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="118" />
      <source>This year</source>
      <translation>Ten rok</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="118" />
      <source>Last year</source>
      <translation>Poprzedni rok</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="118" />
      <source>All time</source>
      <translation>Cały okres</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="119" />
      <source>Months from… to…</source>
      <translation>Miesiące od… do…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="132" />
      <source>All organisations</source>
      <translation>Wszystkie organizacje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="134" />
      <source>All checklists</source>
      <translation>Wszystkie listy kontrolne</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="135" />
      <source>All shoppers</source>
      <translation>Wszyscy klienci</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="138" />
      <source>PNG…</source>
      <translation>PNG…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="140" />
      <source>Save the dashboard as a picture</source>
      <translation>Zapisz pulpit jako obraz</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="142" />
      <source>PDF…</source>
      <translation>PDF…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="144" />
      <source>Save the dashboard as a one-page PDF (a slide)</source>
      <translation>Zapisz pulpit jako jednostronicowy PDF (slajd)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="157" />
      <source>Score trend by month</source>
      <translation>Trend wyniku według miesięcy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="160" />
      <source>Overall</source>
      <translation>Ogółem</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="161" />
      <source>Per location</source>
      <translation>Według placówek</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="165" />
      <location filename="../../work/main/ui/pages/dashboard.py" line="444" />
      <source>Location ranking</source>
      <translation>Ranking placówek</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="166" />
      <source>Standards failed most often</source>
      <translation>Najczęściej niespełniane standardy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="167" />
      <source>New corrective action…</source>
      <translation>Nowe działanie korygujące…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="172" />
      <source>Critical failures</source>
      <translation>Błędy krytyczne</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="173" />
      <source>NPS, CSAT and CES by month</source>
      <translation>NPS, CSAT i CES według miesięcy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="174" />
      <source>SERVQUAL gap per dimension</source>
      <translation>Luka SERVQUAL według wymiaru</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="175" />
      <source>Importance and performance (diaries)</source>
      <translation>Ważność i realizacja (dzienniki)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="176" />
      <source>Shopper agreement (mean Cohen's kappa)</source>
      <translation>Zgodność klientów (średnia kappa Cohena)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="231" />
      <source>Reading the audits…</source>
      <translation>Wczytywanie audytów…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="339" />
      <source>all time</source>
      <translation>cały okres</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="342" />
      <source>%1 audits counted (%2), %3</source>
      <translation>Policzone audyty: %1 (%2), %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="347" />
      <source>; %1 more await the team server's scoring and are not counted yet</source>
      <translation>; kolejne %1 czeka na ocenę przez serwer zespołu i nie jest jeszcze liczone</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="401" />
      <source>pass line %1</source>
      <translation>próg zaliczenia %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="406" />
      <source>Mean audit score per month; click a point for its audits.</source>
      <translation>Średni wynik audytu w miesiącu; kliknij punkt, aby zobaczyć jego audyty.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="408" />
      <source>No scored audits under these filters.</source>
      <translation>Brak audytów z wynikiem przy tych filtrach.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="442" />
      <source>Location ranking: %1</source>
      <translation>Ranking placówek: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="448" />
      <source>Change against %1 – %2; click a bar for its audits.</source>
      <translation>Zmiana względem %1 – %2; kliknij słupek, aby zobaczyć jego audyty.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="452" />
      <source>Click a bar for its audits.</source>
      <translation>Kliknij słupek, aby zobaczyć jego audyty.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="481" />
      <source>Failed</source>
      <translation>Niespełnione</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="484" />
      <source>Percent of audits in which the standard was not met; click a bar for them.</source>
      <translation>Odsetek audytów, w których standard nie został spełniony; kliknij słupek, aby je zobaczyć.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="495" />
      <source>%1 not met</source>
      <translation>%1 niespełniony</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="520" />
      <source>%1 of %2 audits failed a critical question; click a bar for them.</source>
      <translation>%1 z %2 audytów nie spełniło pytania krytycznego; kliknij słupek, aby je zobaczyć.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="530" />
      <source>critical: %1</source>
      <translation>krytyczne: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="536" />
      <source>CSAT × 20</source>
      <translation>CSAT × 20</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="538" />
      <source>CES × 100/7</source>
      <translation>CES × 100/7</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="546" />
      <source>%1 survey responses; NPS from −100 to 100, CSAT (1–5) and CES (1–7) scaled to it.</source>
      <translation>Odpowiedzi w ankietach: %1; NPS od −100 do 100, CSAT (1–5) i CES (1–7) przeskalowane do tej skali.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="549" />
      <source>No survey responses under these filters.</source>
      <translation>Brak odpowiedzi w ankietach przy tych filtrach.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="557" />
      <source>Gap</source>
      <translation>Luka</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="560" />
      <source>Perception minus expectation (n=%1); below zero, service falls short.</source>
      <translation>Postrzeganie minus oczekiwanie (n=%1); poniżej zera obsługa nie spełnia oczekiwań.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="570" />
      <source>Concentrate here</source>
      <translation>Skup się tutaj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="570" />
      <source>Keep up the good work</source>
      <translation>Tak trzymać</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="571" />
      <source>Low priority</source>
      <translation>Niski priorytet</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="571" />
      <source>Possible overkill</source>
      <translation>Możliwy nadmiar</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="574" />
      <source>Importance (% of events)</source>
      <translation>Ważność (% zdarzeń)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="574" />
      <source>Performance (1–7)</source>
      <translation>Realizacja (1–7)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="577" />
      <source>Quadrants split at the means.</source>
      <translation>Ćwiartki podzielone na średnich.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="579" />
      <source>No diary events under these filters.</source>
      <translation>Brak zdarzeń w dziennikach przy tych filtrach.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="588" />
      <source>%1 shared visits (same location, checklist and month); 1 is full agreement.</source>
      <translation>Wspólne wizyty (ta sama placówka, lista i miesiąc): %1; 1 oznacza pełną zgodność.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="646" />
      <source>Service Auditor dashboard</source>
      <translation>Pulpit Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="671" />
      <source>Pictures (*.png)</source>
      <translation>Obrazy (*.png)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="672" />
      <source>PDF files (*.pdf)</source>
      <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="674" />
      <source>Export the dashboard</source>
      <translation>Eksportuj pulpit</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="682" />
      <source>Dashboard written to %1</source>
      <translation>Pulpit zapisano w %1</translation>
    </message>
  </context>
  <context>
    <name>ChecklistEditor</name>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="579" />
      <source>Points</source>
      <translation>Punkty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="116" />
      <location filename="../../work/main/ui/checklist_editor.py" line="283" />
      <source>Sections and questions</source>
      <translation>Sekcje i pytania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="116" />
      <location filename="../../work/main/ui/checklist_editor.py" line="226" />
      <location filename="../../work/main/ui/checklist_editor.py" line="383" />
      <source>Kind</source>
      <translation>Rodzaj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="184" />
      <source>Edit checklist: %1</source>
      <translation>Edycja listy kontrolnej: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="201" />
      <source>Language codes the labels are written in, e.g. en, pl, he</source>
      <translation>Kody języków, w których napisano etykiety, np. en, pl, he</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="203" />
      <location filename="../../work/main/ui/checklist_editor.py" line="228" />
      <location filename="../../work/main/ui/checklist_editor.py" line="310" />
      <location filename="../../work/main/ui/checklist_editor.py" line="320" />
      <source>Title</source>
      <translation>Tytuł</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="212" />
      <source>no limit</source>
      <translation>bez limitu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="217" />
      <source>From %</source>
      <translation>Od %</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="217" />
      <source>Grade</source>
      <translation>Ocena</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="221" />
      <source>Add grade</source>
      <translation>Dodaj ocenę</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="225" />
      <source>Name</source>
      <translation>Nazwa</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="227" />
      <source>Languages</source>
      <translation>Języki</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="229" />
      <source>Pass line (%)</source>
      <translation>Próg zaliczenia (%)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="231" />
      <source>Grades</source>
      <translation>Oceny</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="234" />
      <source>At most N/A (%)</source>
      <translation>Najwyżej „nie dotyczy” (%)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="242" />
      <source>Add section</source>
      <translation>Dodaj sekcję</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="243" />
      <source>Add question</source>
      <translation>Dodaj pytanie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="244" />
      <source>Remove</source>
      <translation>Usuń</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="245" />
      <source>Up</source>
      <translation>W górę</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="246" />
      <source>Down</source>
      <translation>W dół</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="258" />
      <source>Choose a section or a question.</source>
      <translation>Wybierz sekcję lub pytanie.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="282" />
      <source>Checklist</source>
      <translation>Lista kontrolna</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="284" />
      <source>Preview</source>
      <translation>Podgląd</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="288" />
      <source>Save as new version</source>
      <translation>Zapisz jako nową wersję</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="292" />
      <source>Cancel</source>
      <translation>Anuluj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="318" />
      <location filename="../../work/main/ui/checklist_editor.py" line="381" />
      <source>Name (key)</source>
      <translation>Nazwa (klucz)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="321" />
      <location filename="../../work/main/ui/checklist_editor.py" line="386" />
      <source>Weight</source>
      <translation>Waga</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="323" />
      <location filename="../../work/main/ui/checklist_editor.py" line="391" />
      <source>Shown when</source>
      <translation>Widoczne, gdy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="341" />
      <source>Label</source>
      <translation>Etykieta</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="341" />
      <source>Help for the shopper</source>
      <translation>Pomoc dla klienta</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="346" />
      <source>Critical (a fail knocks out the score)</source>
      <translation>Krytyczne (niespełnienie zeruje wynik)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="350" />
      <source>its section</source>
      <translation>jego sekcji</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="351" />
      <source>the whole audit</source>
      <translation>całego audytu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="352" />
      <source>N/A allowed</source>
      <translation>„Nie dotyczy” dozwolone</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="356" />
      <source>N/A is left out of the score</source>
      <translation>„Nie dotyczy” pomijane w wyniku</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="356" />
      <source>N/A counts as met</source>
      <translation>„Nie dotyczy” liczone jako spełnione</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="357" />
      <source>N/A counts as not met</source>
      <translation>„Nie dotyczy” liczone jako niespełnione</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="358" />
      <source>N/A is refused on submit</source>
      <translation>„Nie dotyczy” odrzucane przy wysyłce</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="361" />
      <source>Required</source>
      <translation>Wymagane</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="378" />
      <source>Add choice</source>
      <translation>Dodaj odpowiedź</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="384" />
      <source>Labels</source>
      <translation>Etykiety</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="393" />
      <source>Answer must satisfy</source>
      <translation>Odpowiedź musi spełniać</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="395" />
      <source>Standards</source>
      <translation>Standardy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="397" />
      <source>Choices</source>
      <translation>Odpowiedzi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="579" />
      <source>Key</source>
      <translation>Klucz</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="670" />
      <source>a name is needed</source>
      <translation>potrzebna jest nazwa</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="671" />
      <source>another section or question is already named '%1'</source>
      <translation>inna sekcja lub pytanie ma już nazwę '%1'</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="679" />
      <location filename="../../work/main/ui/checklist_editor.py" line="747" />
      <source>'%1' is not a number</source>
      <translation>'%1' nie jest liczbą</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="691" />
      <source>a label is needed</source>
      <translation>potrzebna jest etykieta</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="693" />
      <source>unknown standard %1</source>
      <translation>nieznany standard %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="699" />
      <source>add at least one choice</source>
      <translation>dodaj co najmniej jedną odpowiedź</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="701" />
      <source>two choices have the same key</source>
      <translation>dwie odpowiedzi mają ten sam klucz</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="703" />
      <source>points must be numbers</source>
      <translation>punkty muszą być liczbami</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="735" />
      <source>the pass line is a percent from 0 to 100</source>
      <translation>próg zaliczenia to procent od 0 do 100</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="739" />
      <source>a percent from 0 to 100, or empty for no limit</source>
      <translation>procent od 0 do 100 albo puste pole bez limitu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="824" />
      <source>Fix the marked fields first: %1</source>
      <translation>Najpierw popraw zaznaczone pola: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="848" />
      <source>this rule cannot be used: %1</source>
      <translation>tej reguły nie można użyć: %1</translation>
    </message>
  </context>
  <context>
    <name>StartAudit</name>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="36" />
      <source>Add a location</source>
      <translation>Dodaj placówkę</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="46" />
      <source>&amp;Organisation</source>
      <translation>&amp;Organizacja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="47" />
      <location filename="../../work/main/ui/capture/start_dialog.py" line="105" />
      <source>&amp;Location</source>
      <translation>&amp;Placówka</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="48" />
      <source>&amp;City</source>
      <translation>&amp;Miasto</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="66" />
      <source>Start an audit</source>
      <translation>Rozpocznij audyt</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="81" />
      <source>&amp;New location…</source>
      <translation>&amp;Nowa placówka…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="98" />
      <source>name or description of the person who served you</source>
      <translation>imię lub opis osoby, która cię obsługiwała</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="104" />
      <source>&amp;Checklist</source>
      <translation>&amp;Lista kontrolna</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="106" />
      <source>&amp;Shopper</source>
      <translation>&amp;Tajemniczy klient</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="107" />
      <source>&amp;Visit</source>
      <translation>&amp;Wizyta</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="108" />
      <source>Observed s&amp;taff</source>
      <translation>Obserwowany &amp;personel</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="112" />
      <source>Start</source>
      <translation>Rozpocznij</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="146" />
      <source>Choose a checklist.</source>
      <translation>Wybierz listę kontrolną.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="149" />
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
      <location filename="../../work/main/ui/pages/standards_page.py" line="76" />
      <source>Checklist</source>
      <translation>Lista kontrolna</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="58" />
      <source>Weight</source>
      <translation>Waga</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="58" />
      <source>Standard</source>
      <translation>Standard</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="59" />
      <source>Questions</source>
      <translation>Pytania</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="76" />
      <source>Audits</source>
      <translation>Audyty</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="41" />
      <source>standards</source>
      <translation>standardy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="41" />
      <source>equipment</source>
      <translation>wyposażenie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="41" />
      <source>staff</source>
      <translation>personel</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="53" />
      <source>Filter by code or title</source>
      <translation>Filtruj według kodu lub tytułu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="58" />
      <source>Code</source>
      <translation>Kod</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="58" />
      <source>About</source>
      <translation>Dotyczy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="58" />
      <source>Target</source>
      <translation>Cel</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="76" />
      <source>Month</source>
      <translation>Miesiąc</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="76" />
      <source>Kept (points)</source>
      <translation>Spełnione (punkty)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="76" />
      <source>Audits failed</source>
      <translation>Audyty niespełnione</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="90" />
      <source>Checked by</source>
      <translation>Sprawdzane przez</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="92" />
      <source>Compliance over time</source>
      <translation>Zgodność w czasie</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="105" />
      <source>Service standards</source>
      <translation>Standardy obsługi</translation>
    </message>
  </context>
  <context>
    <name>ConnectDialog</name>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="47" />
      <source>sslmode=%1: the connection may go without TLS and the server is not checked; anyone on the way can read and change the login and all data.</source>
      <translation>sslmode=%1: połączenie może obyć się bez TLS, a serwer nie jest sprawdzany; każdy po drodze może odczytać i zmienić logowanie i wszystkie dane.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="51" />
      <source>sslmode=%1 does not check the server's certificate: a man in the middle can read the password exchange and all data.</source>
      <translation>sslmode=%1 nie sprawdza certyfikatu serwera: atakujący pośrodku może odczytać wymianę hasła i wszystkie dane.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="55" />
      <source>sslmode=%1 does not check that the certificate names this server: any server with a certificate from the same CA can pose as it.</source>
      <translation>sslmode=%1 nie sprawdza, czy certyfikat wskazuje ten serwer: każdy serwer z certyfikatem tego samego urzędu (CA) może się pod niego podszyć.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="59" />
      <source>require_auth=%1 lets the server ask for another login than SCRAM: a server posing as this one may be sent the password, or a hash of it that it can crack.</source>
      <translation>require_auth=%1 pozwala serwerowi zażądać innego logowania niż SCRAM: serwer podszywający się pod ten może otrzymać hasło albo jego skrót, który złamie.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="63" />
      <source>channel_binding=%1 does not tie the login to the TLS connection: a man in the middle can pass your login on to the real server.</source>
      <translation>channel_binding=%1 nie wiąże logowania z połączeniem TLS: atakujący pośrodku może przekazać twoje logowanie prawdziwemu serwerowi.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="81" />
      <source>Sync with a team server</source>
      <translation>Synchronizacja z serwerem zespołu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="82" />
      <source>Connect to a team server</source>
      <translation>Połączenie z serwerem zespołu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="87" />
      <source>The team's PostgreSQL server, set up by your administrator. Log in with the login and password you were given.</source>
      <translation>Serwer PostgreSQL zespołu, przygotowany przez administratora. Zaloguj się otrzymanym loginem i hasłem.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="110" />
      <source>optional: the CA that signed the server's certificate</source>
      <translation>opcjonalnie: urząd (CA), który podpisał certyfikat serwera</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="116" />
      <source>&amp;Browse…</source>
      <translation>Prze&amp;glądaj…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="121" />
      <source>&amp;Server:</source>
      <translation>&amp;Serwer:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="122" />
      <source>P&amp;ort:</source>
      <translation>P&amp;ort:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="123" />
      <source>&amp;Database:</source>
      <translation>&amp;Baza danych:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="124" />
      <source>&amp;Login:</source>
      <translation>&amp;Login:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="125" />
      <source>Pass&amp;word:</source>
      <translation>&amp;Hasło:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="126" />
      <source>C&amp;A certificate:</source>
      <translation>Certyfikat &amp;CA:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="137" />
      <source>&amp;Remember the password in the system keyring</source>
      <translation>&amp;Zapamiętaj hasło w systemowym pęku kluczy</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="149" />
      <source>&amp;Sync</source>
      <translation>&amp;Synchronizuj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="149" />
      <source>&amp;Connect</source>
      <translation>&amp;Połącz</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="172" />
      <source>The server's CA certificate</source>
      <translation>Certyfikat CA serwera</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="174" />
      <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
      <translation>Certyfikaty (*.crt *.pem *.cer);;Wszystkie pliki (*)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="182" />
      <source>This connection is weaker than the default:</source>
      <translation>To połączenie jest słabiej chronione niż domyślnie:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="193" />
      <source>Give the database and your login.</source>
      <translation>Podaj bazę danych i swój login.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="199" />
      <source>Another transfer is running; wait for it first.</source>
      <translation>Trwa inny transfer; poczekaj na jego koniec.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="205" />
      <source>Not connected; check the server, login and password.</source>
      <translation>Nie połączono; sprawdź serwer, login i hasło.</translation>
    </message>
  </context>
  <context>
    <name>DatabaseOpen</name>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="47" />
      <location filename="../../work/main/ui/database_open.py" line="55" />
      <source>Database damaged</source>
      <translation>Baza danych uszkodzona</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="48" />
      <source>%1 failed its check (%2) and there is no good backup of it.</source>
      <translation>%1 nie przeszła kontroli (%2) i nie ma jej dobrej kopii zapasowej.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="56" />
      <source>%1 failed its check (%2).

Restore the newest good backup, from %3?</source>
      <translation>%1 nie przeszła kontroli (%2).

Przywrócić najnowszą dobrą kopię z %3?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="94" />
      <source>%1 answers that could not be saved before were saved now.</source>
      <translation>Zapisano teraz odpowiedzi, których wcześniej nie udało się zapisać: %1.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="101" />
      <source>Today's backup was taken.</source>
      <translation>Wykonano dzisiejszą kopię zapasową.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="104" />
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
      <translation>Klient tajemniczy</translation>
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
      <location filename="../../work/main/ui/password_dialog.py" line="33" />
      <source>Change my password</source>
      <translation>Zmień moje hasło</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="35" />
      <source>Your new password for %1</source>
      <translation>Twoje nowe hasło do %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="41" />
      <source>&amp;New password:</source>
      <translation>&amp;Nowe hasło:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="42" />
      <source>&amp;Again:</source>
      <translation>&amp;Powtórz:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="60" />
      <source>A password has at least %1 characters.</source>
      <translation>Hasło ma co najmniej %1 znaków.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="64" />
      <source>The two passwords differ.</source>
      <translation>Te dwa hasła się różnią.</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="../../work/main/ui/startup.py" line="182" />
      <source>Cannot open database</source>
      <translation>Nie można otworzyć bazy danych</translation>
    </message>
  </context>
</TS>