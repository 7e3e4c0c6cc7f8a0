<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sl">
  <context>
    <name>AuditForm</name>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="49" />
      <source>in the score</source>
      <translation>šteje v rezultat</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="50" />
      <source>not applicable</source>
      <translation>ni relevantno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="51" />
      <source>not answered</source>
      <translation>brez odgovora</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="52" />
      <source>not shown</source>
      <translation>ni prikazano</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="53" />
      <source>no points</source>
      <translation>brez točk</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="57" />
      <source>N/A: left out of the score</source>
      <translation>ni relevantno: izpuščeno iz rezultata</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="58" />
      <source>N/A: counts as met</source>
      <translation>ni relevantno: šteje kot izpolnjeno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="59" />
      <source>N/A: counts as not met</source>
      <translation>ni relevantno: šteje kot neizpolnjeno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="60" />
      <source>N/A is not allowed here: counts as not met</source>
      <translation>»ni relevantno« tu ni dovoljeno: šteje kot neizpolnjeno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="83" />
      <source>next / previous question</source>
      <translation>naslednje / prejšnje vprašanje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="84" />
      <source>yes / no</source>
      <translation>da / ne</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="85" />
      <source>not applicable (where allowed)</source>
      <translation>ni relevantno (kjer je dovoljeno)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="86" />
      <source>not applicable, also inside a text field</source>
      <translation>ni relevantno, tudi v besedilnem polju</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="87" />
      <source>rating, or the n-th choice (two digits for 10)</source>
      <translation>ocena ali n-ti odgovor (dve števki za 10)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="88" />
      <source>attach a file to a photo or file question</source>
      <translation>priloži datoteko k vprašanju s fotografijo ali datoteko</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="89" />
      <source>start / stop the stopwatch of a wait or duration</source>
      <translation>zaženi / ustavi štoparico za čakanje ali trajanje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="90" />
      <source>comment on the current question</source>
      <translation>komentar k trenutnemu vprašanju</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="91" />
      <source>next / previous section</source>
      <translation>naslednji / prejšnji razdelek</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="92" />
      <source>jump to a question</source>
      <translation>skoči na vprašanje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="93" />
      <source>undo the last answer change</source>
      <translation>razveljavi zadnjo spremembo odgovora</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="94" />
      <source>score breakdown</source>
      <translation>razčlenitev rezultata</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="95" />
      <source>submit</source>
      <translation>oddaj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="96" />
      <source>this list</source>
      <translation>ta seznam</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="408" />
      <source>Yes</source>
      <translation>Da</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="410" />
      <source>No</source>
      <translation>Ne</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="65" />
      <source>no points</source>
      <translation>brez točk</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="85" />
      <source>not shown: a rule hides it after another answer</source>
      <translation>ni prikazano: pravilo ga skrije po drugem odgovoru</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="87" />
      <location filename="../../work/main/ui/capture/form_window.py" line="764" />
      <source>no answer</source>
      <translation>brez odgovora</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="95" />
      <source>weight 0: answered, not scored</source>
      <translation>utež 0: odgovorjeno, ne točkuje se</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="96" />
      <source>this kind of question is not scored</source>
      <translation>ta vrsta vprašanja se ne točkuje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="100" />
      <source>critical: the whole audit fails</source>
      <translation>kritično: celotna presoja je neuspešna</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="101" />
      <source>critical: the section fails</source>
      <translation>kritično: razdelek je neuspešen</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="108" />
      <location filename="../../work/main/ui/capture/form_window.py" line="770" />
      <source>Yes</source>
      <translation>Da</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="108" />
      <location filename="../../work/main/ui/capture/form_window.py" line="770" />
      <source>No</source>
      <translation>Ne</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="110" />
      <source>%1 on a scale of %2 to %3</source>
      <translation>%1 na lestvici od %2 do %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="117" />
      <location filename="../../work/main/ui/capture/breakdown.py" line="124" />
      <source>%1: %2 of %3 points</source>
      <translation>%1: %2 od %3 točk</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="131" />
      <source>%1, target at most %2</source>
      <translation>%1, cilj: največ %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="132" />
      <source>%1, target at least %2</source>
      <translation>%1, cilj: najmanj %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="134" />
      <source>answered</source>
      <translation>odgovorjeno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="161" />
      <source>%1 (critical failure: %2)</source>
      <translation>%1 (kritična napaka: %2)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="185" />
      <source>%1 of %2 answers are N/A (%3); at most %4 may be</source>
      <translation>%1 od %2 odgovorov je »ni relevantno« (%3); dovoljenih je največ %4</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="227" />
      <source>Score breakdown</source>
      <translation>Razčlenitev rezultata</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="231" />
      <source>Section / question</source>
      <translation>Razdelek / vprašanje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="231" />
      <location filename="../../work/main/ui/capture/form_window.py" line="245" />
      <source>Score</source>
      <translation>Rezultat</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="231" />
      <source>Points</source>
      <translation>Točke</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="231" />
      <source>Why</source>
      <translation>Zakaj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="269" />
      <source>Audit score: %1</source>
      <translation>Rezultat presoje: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="274" />
      <source>Not scorable: %1</source>
      <translation>Brez rezultata: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="762" />
      <source>N/A</source>
      <translation>ni relevantno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="135" />
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="163" />
      <source>&lt;b&gt;%1&lt;/b&gt; (version %2) · %3 · %4 · visit %5</source>
      <translation>&lt;b&gt;%1&lt;/b&gt; (različica %2) · %3 · %4 · obisk %5</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="176" />
      <source>Section</source>
      <translation>Razdelek</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="176" />
      <source>Done</source>
      <translation>Končano</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="224" />
      <source>Breakdown…</source>
      <translation>Razčlenitev…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="233" />
      <source>&amp;Submit</source>
      <translation>Oddaj (&amp;S)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="239" />
      <source>Keyboard shortcuts (F1)</source>
      <translation>Bližnjice na tipkovnici (F1)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="260" />
      <source>Jump to a question (Ctrl+F)</source>
      <translation>Skoči na vprašanje (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="283" />
      <source>Returned by the reviewer: %1</source>
      <translation>Vrnil pregledovalec: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="327" />
      <location filename="../../work/main/ui/capture/form_window.py" line="420" />
      <location filename="../../work/main/ui/capture/form_window.py" line="447" />
      <location filename="../../work/main/ui/capture/form_window.py" line="462" />
      <source>saving…</source>
      <translation>shranjujem…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="328" />
      <location filename="../../work/main/ui/capture/form_window.py" line="741" />
      <source>Saving…</source>
      <translation>Shranjujem…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="357" />
      <location filename="../../work/main/ui/capture/form_window.py" line="426" />
      <location filename="../../work/main/ui/capture/form_window.py" line="474" />
      <source>saved ✓</source>
      <translation>shranjeno ✓</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="360" />
      <source>All changes saved</source>
      <translation>Vse spremembe shranjene</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="365" />
      <source>waiting for the database…</source>
      <translation>čakam na zbirko podatkov…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="366" />
      <source>Waiting for the database…</source>
      <translation>Čakam na zbirko podatkov…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="377" />
      <location filename="../../work/main/ui/capture/form_window.py" line="397" />
      <source>not saved</source>
      <translation>ni shranjeno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="379" />
      <source>A change could not be saved: %1</source>
      <translation>Spremembe ni bilo mogoče shraniti: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="387" />
      <source>someone else</source>
      <translation>nekdo drug</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="390" />
      <source>%1 saved this answer at %2, after you opened the audit: it is now “%3”. Yours is still here, not saved.</source>
      <translation>%1 je shranil(a) ta odgovor ob %2, potem ko ste odprli presojo: zdaj je „%3“. Vaš odgovor je še tukaj, neshranjen.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="399" />
      <source>An answer was changed by someone else; choose which stays.</source>
      <translation>Odgovor je spremenil nekdo drug; izberite, kateri ostane.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="431" />
      <source>Nothing to undo</source>
      <translation>Ničesar ni za razveljaviti</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="438" />
      <source>Undone: %1</source>
      <translation>Razveljavljeno: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="505" />
      <source>pass</source>
      <translation>ustreza</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="505" />
      <source>fail</source>
      <translation>ne ustreza</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="509" />
      <source>not scorable: too many N/A answers</source>
      <translation>brez rezultata: preveč odgovorov »ni relevantno«</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="514" />
      <source>Critical failure: %1</source>
      <translation>Kritična napaka: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="552" />
      <source>This audit is %1 and can no longer be changed.</source>
      <translation>Ta presoja ima status %1 in je ni več mogoče spreminjati.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="632" />
      <source>This question has no stopwatch</source>
      <translation>To vprašanje nima štoparice</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="645" />
      <source>No visible question matches '%1'</source>
      <translation>Nobeno vidno vprašanje se ne ujema z '%1'</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="663" />
      <source>Send this audit to the reviewer? Once submitted it can no longer be changed, unless the reviewer returns it.</source>
      <translation>Pošljem to presojo pregledovalcu? Ko je oddana, je ni več mogoče spreminjati, razen če jo pregledovalec vrne.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="666" />
      <source>Submit these answers? Once submitted they are counted and can no longer be changed.</source>
      <translation>Oddam te odgovore? Ko so oddani, se štejejo in jih ni več mogoče spreminjati.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="669" />
      <source>Submit</source>
      <translation>Oddaj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="674" />
      <source>Not submitted.</source>
      <translation>Ni oddano.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="684" />
      <source>%1 answers are missing or break a rule: they are marked in red.</source>
      <translation>Manjkajoči odgovori ali kršena pravila: %1; označeni so z rdečo.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="695" />
      <location filename="../../work/main/ui/capture/form_window.py" line="702" />
      <source>Cannot submit</source>
      <translation>Oddaja ni mogoča</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="703" />
      <source>Another program is writing to the database; try again in a moment.</source>
      <translation>Drug program piše v zbirko podatkov; poskusite znova čez trenutek.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="709" />
      <source>Submitted.</source>
      <translation>Oddano.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="719" />
      <source>Keyboard shortcuts</source>
      <translation>Bližnjice na tipkovnici</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="721" />
      <source>Keys</source>
      <translation>Tipke</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="721" />
      <source>Does</source>
      <translation>Naredi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="746" />
      <source>Answers kept</source>
      <translation>Odgovori ohranjeni</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="748" />
      <source>The database stayed busy; %1 answers are kept beside it and will be saved the next time it is opened.</source>
      <translation>Zbirka podatkov je bila zasedena; %1 odgovorov je shranjenih ob njej in bodo zapisani ob naslednjem odprtju.</translation>
    </message>
  </context>
  <context>
    <name>AuditStatus</name>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="37" />
      <source>Draft</source>
      <translation>Osnutek</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="38" />
      <source>Submitted</source>
      <translation>Oddano</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="39" />
      <source>Returned</source>
      <translation>Vrnjeno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="40" />
      <source>Accepted</source>
      <translation>Sprejeto</translation>
    </message>
  </context>
  <context>
    <name>AuditTableModel</name>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="105" />
      <source>Visit date</source>
      <translation>Datum obiska</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="106" />
      <source>Location</source>
      <translation>Lokacija</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="107" />
      <source>Checklist</source>
      <translation>Kontrolni seznam</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="108" />
      <source>Shopper</source>
      <translation>Skrivni kupec</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="109" />
      <source>Status</source>
      <translation>Stanje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="110" />
      <source>Score</source>
      <translation>Rezultat</translation>
    </message>
  </context>
  <context>
    <name>AuditsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="77" />
      <source>Filter by location, checklist or shopper</source>
      <translation>Filtriraj po lokaciji, kontrolnem seznamu ali skrivnem kupcu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="82" />
      <source>All statuses</source>
      <translation>Vsa stanja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="109" />
      <source>PDF report…</source>
      <translation>Poročilo PDF…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="111" />
      <source>Write the selected audit's report as a PDF</source>
      <translation>Zapiši poročilo izbrane presoje kot PDF</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="113" />
      <source>Location PDF…</source>
      <translation>PDF lokacije…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="116" />
      <source>Write the report of the selected audit's location as a PDF</source>
      <translation>Zapiši poročilo lokacije izbrane presoje kot PDF</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="119" />
      <source>&amp;New audit…</source>
      <translation>&amp;Nova presoja…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="122" />
      <source>&amp;Open</source>
      <translation>&amp;Odpri</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="124" />
      <source>Continue a draft, or read a submitted audit</source>
      <translation>Nadaljuj osnutek ali preberi oddano presojo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="127" />
      <source>Accept</source>
      <translation>Sprejmi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="130" />
      <source>Return…</source>
      <translation>Vrni…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="132" />
      <source>Send a submitted audit back with notes</source>
      <translation>Vrni oddano presojo z opombami</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="147" />
      <source>Show all audits</source>
      <translation>Prikaži vse presoje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="165" />
      <source>%1 audits: %2</source>
      <translation>Presoje (%1): %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="207" />
      <location filename="../../work/main/ui/pages/audits.py" line="276" />
      <source>Select an audit first.</source>
      <translation>Najprej izberite presojo.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="246" />
      <source>Select a submitted audit first.</source>
      <translation>Najprej izberite oddano presojo.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="255" />
      <source>Return to the shopper</source>
      <translation>Vrni skrivnemu kupcu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="255" />
      <source>What should the shopper change?</source>
      <translation>Kaj naj skrivni kupec spremeni?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="259" />
      <source>Reviewer</source>
      <translation>Pregledovalec</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="268" />
      <source>Audit accepted.</source>
      <translation>Presoja sprejeta.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="268" />
      <source>Audit returned to the shopper.</source>
      <translation>Presoja vrnjena skrivnemu kupcu.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="287" />
      <source>Select an audit of the location first.</source>
      <translation>Najprej izberite presojo te lokacije.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="298" />
      <source>Save report</source>
      <translation>Shrani poročilo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="312" />
      <source>No audits yet. Start one from a checklist, or look around with demo data.</source>
      <translation>Presoj še ni. Začnite s kontrolnim seznamom ali se razglejte s predstavitvenimi podatki.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="316" />
      <source>Fill with demo data</source>
      <translation>Napolni s predstavitvenimi podatki</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="397" />
      <source>%1 of %2 audits</source>
      <translation>%1 od %2 presoj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="413" />
      <source>Demo data added: %1 audits in %2 locations.</source>
      <translation>Dodani predstavitveni podatki: %1 presoj na %2 lokacijah.</translation>
    </message>
  </context>
  <context>
    <name>DiariesPage</name>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="158" />
      <source>&amp;New diary…</source>
      <translation>&amp;Nov dnevnik…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="161" />
      <source>PDF report…</source>
      <translation>Poročilo PDF…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="165" />
      <source>Diary</source>
      <translation>Dnevnik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="186" />
      <source>Add an event (Ctrl+Enter)</source>
      <translation>Dodaj dogodek (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="199" />
      <source>who served you</source>
      <translation>kdo vas je postregel</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="202" />
      <source>what happened</source>
      <translation>kaj se je zgodilo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="224" />
      <source>Neither</source>
      <translation>Nič od tega</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="225" />
      <source>Would recommend</source>
      <translation>Bi priporočil</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="226" />
      <source>Would warn others</source>
      <translation>Bi posvaril druge</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="227" />
      <source>&amp;Add event</source>
      <translation>&amp;Dodaj dogodek</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="237" />
      <location filename="../../work/main/ui/pages/diaries.py" line="277" />
      <source>When</source>
      <translation>Kdaj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="238" />
      <source>&amp;Channel</source>
      <translation>&amp;Kanal</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="239" />
      <source>Or&amp;ganisation</source>
      <translation>Or&amp;ganizacija</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="240" />
      <location filename="../../work/main/ui/pages/diaries.py" line="278" />
      <source>What happened</source>
      <translation>Kaj se je zgodilo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="241" />
      <source>E&amp;xpected (1-7)</source>
      <translation>&amp;Pričakovanje (1-7)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="242" />
      <source>Ex&amp;perienced (1-7)</source>
      <translation>&amp;Zaznava (1-7)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="243" />
      <source>&amp;Satisfaction (1-5)</source>
      <translation>Za&amp;dovoljstvo (1-5)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="244" />
      <source>&amp;Feeling</source>
      <translation>&amp;Občutek</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="245" />
      <source>Criteria that mattered</source>
      <translation>Merila, ki so bila pomembna</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="247" />
      <source>Would you…</source>
      <translation>Ali bi…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="263" />
      <source>Timeline</source>
      <translation>Časovnica</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="266" />
      <source>All channels</source>
      <translation>Vsi kanali</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="272" />
      <source>Filter by organisation or text</source>
      <translation>Filtriraj po organizaciji ali besedilu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="277" />
      <location filename="../../work/main/ui/pages/diaries.py" line="307" />
      <source>Channel</source>
      <translation>Kanal</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="277" />
      <source>Organisation</source>
      <translation>Organizacija</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="277" />
      <source>Expected</source>
      <translation>Pričakovano</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="278" />
      <source>Experienced</source>
      <translation>Doživeto</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="278" />
      <location filename="../../work/main/ui/pages/diaries.py" line="309" />
      <source>Gap</source>
      <translation>Vrzel</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="298" />
      <source>Summary</source>
      <translation>Povzetek</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="306" />
      <source>Criterion</source>
      <translation>Merilo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="309" />
      <source>Events</source>
      <translation>Dogodki</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="309" />
      <source>Expected → experienced</source>
      <translation>Pričakovano → doživeto</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="316" />
      <source>By criterion (most mentioned first)</source>
      <translation>Po merilu (najpogosteje omenjena najprej)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="317" />
      <source>By channel</source>
      <translation>Po kanalu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="372" />
      <source>Start a diary to add events.</source>
      <translation>Začnite dnevnik, da dodate dogodke.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="423" />
      <source>%1 events · expected %2 · experienced %3 · gap %4 · recommend %5 · warn %6</source>
      <translation>dogodkov: %1 · pričakovano %2 · doživeto %3 · vrzel %4 · priporočilo %5 · svarilo %6</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="506" />
      <source>Start a diary first.</source>
      <translation>Najprej začnite dnevnik.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="545" />
      <source>Save diary report</source>
      <translation>Shrani poročilo dnevnika</translation>
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
      <translation>h</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="106" />
      <source>rings</source>
      <comment>phone rings, after a number</comment>
      <translation>zvonj.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="25" />
      <source>Mystery shopping</source>
      <translation>Skrivni nakup</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="26" />
      <source>Mystery call</source>
      <translation>Skrivni klic</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="27" />
      <source>Internal audit</source>
      <translation>Notranja presoja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="28" />
      <source>Customer survey</source>
      <translation>Anketa strank</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="29" />
      <source>SERVQUAL questionnaire</source>
      <translation>Vprašalnik SERVQUAL</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="30" />
      <source>Self-assessment</source>
      <translation>Samoocena</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="31" />
      <source>Service-event diary</source>
      <translation>Dnevnik storitvenih dogodkov</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="38" />
      <source>Yes or no</source>
      <translation>Da ali ne</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="39" />
      <source>Rating</source>
      <translation>Ocena na lestvici</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="40" />
      <source>One choice</source>
      <translation>En odgovor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="41" />
      <source>Several choices</source>
      <translation>Več odgovorov</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="42" />
      <source>Number</source>
      <translation>Število</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="43" />
      <source>Time of day</source>
      <translation>Ura</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="44" />
      <source>Duration</source>
      <translation>Trajanje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="45" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="46" />
      <source>Date and time</source>
      <translation>Datum in ura</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="47" />
      <source>Text</source>
      <translation>Besedilo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="48" />
      <source>Note (nothing to answer)</source>
      <translation>Opomba (brez odgovora)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="49" />
      <source>Photo</source>
      <translation>Fotografija</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="50" />
      <source>File</source>
      <translation>Datoteka</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="51" />
      <source>Location (latitude, longitude)</source>
      <translation>Lokacija (zemljepisna širina, dolžina)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="59" />
      <source>In person</source>
      <translation>Osebno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="60" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="61" />
      <source>E-mail</source>
      <translation>E-pošta</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="62" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="63" />
      <source>Web</source>
      <translation>Splet</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="64" />
      <source>Chat</source>
      <translation>Klepet</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="65" />
      <source>Fax</source>
      <translation>Faks</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="66" />
      <source>Branch visit</source>
      <translation>Obisk poslovalnice</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="74" />
      <source>Courtesy</source>
      <translation>Vljudnost</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="75" />
      <source>Professionalism</source>
      <translation>Strokovnost</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="76" />
      <source>Empathy</source>
      <translation>Empatija</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="77" />
      <source>Willingness to help</source>
      <translation>Pripravljenost pomagati</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="78" />
      <source>Listening</source>
      <translation>Poslušanje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="79" />
      <source>Waiting time</source>
      <translation>Čas čakanja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="80" />
      <source>Speed</source>
      <translation>Hitrost</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="81" />
      <source>Convenience</source>
      <translation>Priročnost</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="89" />
      <source>Pleased</source>
      <translation>Zadovoljen</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="90" />
      <source>Indifferent</source>
      <translation>Ravnodušen</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="91" />
      <source>Annoyed</source>
      <translation>Razdražen</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="92" />
      <source>Delighted</source>
      <translation>Navdušen</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="93" />
      <source>Frustrated</source>
      <translation>Frustriran</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="94" />
      <source>Relieved</source>
      <translation>Olajšan</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../work/main/ui/errors.py" line="62" />
      <source>An unexpected error stopped this (%1).</source>
      <translation>Nepričakovana napaka je ustavila to opravilo (%1).</translation>
    </message>
  </context>
  <context>
    <name>JobProgress</name>
    <message>
      <location filename="../../work/main/ui/widgets/job_progress.py" line="19" />
      <source>Cancel</source>
      <translation>Prekliči</translation>
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
      <translation>Presoje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="89" />
      <source>Review</source>
      <translation>Pregled</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="90" />
      <source>Reports</source>
      <translation>Poročila</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="91" />
      <source>Diaries</source>
      <translation>Dnevniki</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="92" />
      <source>Actions</source>
      <translation>Ukrepi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="93" />
      <source>Dashboard</source>
      <translation>Nadzorna plošča</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="94" />
      <source>Checklists</source>
      <translation>Kontrolni seznami</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="95" />
      <source>Standards</source>
      <translation>Standardi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="96" />
      <source>Settings</source>
      <translation>Nastavitve</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="107" />
      <source>&amp;File</source>
      <translation>&amp;Datoteka</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="109" />
      <source>&amp;Tools</source>
      <translation>&amp;Orodja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="110" />
      <source>&amp;Help</source>
      <translation>Po&amp;moč</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="114" />
      <source>Opening the database…</source>
      <translation>Odpiranje zbirke podatkov…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="321" />
      <source>Your password is changed.</source>
      <translation>Geslo je spremenjeno.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="332" />
      <source>&amp;New database…</source>
      <translation>&amp;Nova zbirka podatkov…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="335" />
      <source>&amp;Open database…</source>
      <translation>&amp;Odpri zbirko podatkov…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="338" />
      <source>Open &amp;recent</source>
      <translation>Odpri &amp;nedavno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="341" />
      <source>Fill with &amp;demo data</source>
      <translation>Napolni s &amp;predstavitvenimi podatki</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="343" />
      <source>&amp;Quit</source>
      <translation>&amp;Izhod</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="346" />
      <source>Connect to &amp;team server…</source>
      <translation>Poveži s &amp;strežnikom ekipe …</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="351" />
      <source>Change my &amp;password…</source>
      <translation>Spremeni moje &amp;geslo…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="352" />
      <source>Your own password on the team server</source>
      <translation>Vaše geslo na strežniku ekipe</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="359" />
      <source>&amp;Send audits…</source>
      <translation>Pošlji &amp;presoje…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="361" />
      <source>Write the submitted audits not sent yet to a signed package (.zip)</source>
      <translation>Zapiši oddane, še neposlane presoje v podpisan paket (.zip)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="364" />
      <source>Re&amp;ceive audits…</source>
      <translation>P&amp;rejmi presoje…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="366" />
      <source>Merge audit packages from shoppers or the office (or drop them here)</source>
      <translation>Združi pakete presoj od skrivnih kupcev ali pisarne (ali jih spustite sem)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="369" />
      <source>S&amp;ync with team server…</source>
      <translation>S&amp;inhroniziraj s strežnikom ekipe …</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="371" />
      <source>Send the submitted audits to the team server; bring back reviews, checklists and actions</source>
      <translation>Pošlji oddane presoje na strežnik ekipe; prenesi preglede, kontrolne sezname in ukrepe</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="379" />
      <source>&amp;Back up now</source>
      <translation>&amp;Varnostno kopiraj zdaj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="381" />
      <source>Res&amp;tore from backup…</source>
      <translation>Ob&amp;novi iz varnostne kopije…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="389" />
      <source>&amp;Recompute all scores</source>
      <translation>P&amp;onovno izračunaj vse rezultate</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="391" />
      <source>Score every audit again from its answers, after scoring rules changed</source>
      <translation>Ponovno izračunaj rezultat vsake presoje iz njenih odgovorov, ko se pravila točkovanja spremenijo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="397" />
      <source>&amp;About Service Auditor</source>
      <translation>&amp;O programu Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="423" />
      <source>No recent databases</source>
      <translation>Ni nedavnih zbirk podatkov</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="434" />
      <source>Service Auditor — %1</source>
      <translation>Service Auditor — %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="435" />
      <source>Database: %1</source>
      <translation>Zbirka podatkov: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="444" />
      <source>A server database is backed up on the server</source>
      <translation>Zbirko podatkov na strežniku varnostno kopira strežnik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="448" />
      <source>The database was upgraded; a backup was written to %1</source>
      <translation>Zbirka podatkov je bila posodobljena; varnostna kopija je zapisana v %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="484" />
      <source>Scores are being recomputed; wait or cancel first.</source>
      <translation>Rezultati se ponovno izračunavajo; počakajte ali najprej prekličite.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="489" />
      <location filename="../../work/main/ui/main_window.py" line="544" />
      <source>Cannot open database</source>
      <translation>Zbirke podatkov ni mogoče odpreti</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="510" />
      <source>Back up now</source>
      <translation>Varnostno kopiraj zdaj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="512" />
      <source>Backup written: %1</source>
      <translation>Varnostna kopija zapisana: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="540" />
      <source>Restore from backup</source>
      <translation>Obnovi iz varnostne kopije</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="547" />
      <source>Restored from %1</source>
      <translation>Obnovljeno iz %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="553" />
      <location filename="../../work/main/ui/main_window.py" line="560" />
      <source>New database</source>
      <translation>Nova zbirka podatkov</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="561" />
      <source>%1 already exists; use Open database to open it.</source>
      <translation>%1 že obstaja; odprite jo z ukazom Odpri zbirko podatkov.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="582" />
      <source>Open database</source>
      <translation>Odpri zbirko podatkov</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="602" />
      <source>Recomputing scores…</source>
      <translation>Ponovno izračunavanje rezultatov…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="611" />
      <source>Scores recomputed for %1 audits.</source>
      <translation>Ponovno izračunani rezultati za %1 presoj.</translation>
    </message>
  </context>
  <context>
    <name>NewDiaryDialog</name>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="112" />
      <source>Start a diary</source>
      <translation>Začni dnevnik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="118" />
      <source>e.g. Two weeks of service encounters</source>
      <translation>npr. Dva tedna srečanj s storitvami</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="125" />
      <source>&amp;Owner</source>
      <translation>&amp;Lastnik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="126" />
      <source>&amp;Title</source>
      <translation>&amp;Naslov</translation>
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
      <translation>&amp;Namen</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="134" />
      <source>Start the diary</source>
      <translation>Začni dnevnik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="135" />
      <source>Cancel</source>
      <translation>Prekliči</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="33" />
      <source>Show Details...</source>
      <translation>Pokaži podrobnosti...</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="34" />
      <source>Hide Details...</source>
      <translation>Skrij podrobnosti...</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="14" />
      <source>OK</source>
      <translation>V redu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="15" />
      <source>Save</source>
      <translation>Shrani</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="16" />
      <source>Save All</source>
      <translation>Shrani vse</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="17" />
      <source>Open</source>
      <translation>Odpri</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="18" />
      <source>&amp;Yes</source>
      <translation>&amp;Da</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="19" />
      <source>Yes to &amp;All</source>
      <translation>Da za &amp;vse</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="20" />
      <source>&amp;No</source>
      <translation>&amp;Ne</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="21" />
      <source>N&amp;o to All</source>
      <translation>N&amp;e za vse</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="22" />
      <source>Abort</source>
      <translation>Prekini</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="23" />
      <source>Retry</source>
      <translation>Poskusi znova</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="24" />
      <source>Ignore</source>
      <translation>Prezri</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="25" />
      <source>Close</source>
      <translation>Zapri</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="26" />
      <source>Cancel</source>
      <translation>Prekliči</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="27" />
      <source>Discard</source>
      <translation>Zavrzi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="28" />
      <source>Help</source>
      <translation>Pomoč</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="29" />
      <source>Apply</source>
      <translation>Uporabi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="30" />
      <source>Reset</source>
      <translation>Ponastavi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="31" />
      <source>Restore Defaults</source>
      <translation>Obnovi privzete</translation>
    </message>
  </context>
  <context>
    <name>ReportJob</name>
    <message>
      <location filename="../../work/main/ui/report_job.py" line="36" />
      <source>Report written: %1</source>
      <translation>Poročilo zapisano: %1</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="88" />
      <source>Summary: ranking, distribution, weak standards</source>
      <translation>Povzetek: razvrstitev, porazdelitev, šibki standardi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="89" />
      <source>Location: trend, sections, standards, actions</source>
      <translation>Lokacija: trend, razdelki, standardi, ukrepi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="90" />
      <source>Standards handouts for trainers</source>
      <translation>Gradiva o standardih za trenerje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="91" />
      <source>Service-event diaries</source>
      <translation>Dnevniki storitvenih dogodkov</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="92" />
      <source>Shoppers and their agreement</source>
      <translation>Skrivni kupci in njihovo ujemanje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="93" />
      <source>Audit reports, one PDF per audit</source>
      <translation>Poročila presoj, en PDF na presojo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="107" />
      <source>Finished audits (submitted and accepted)</source>
      <translation>Zaključene presoje (oddane in sprejete)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="108" />
      <source>Accepted audits only</source>
      <translation>Samo sprejete presoje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="109" />
      <source>Drafts and returned audits never count</source>
      <translation>Osnutki in vrnjene presoje se nikoli ne štejejo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="125" />
      <source>File to write (a folder for audit reports)</source>
      <translation>Datoteka za zapis (mapa za poročila presoj)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="126" />
      <source>Browse…</source>
      <translation>Prebrskaj…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="133" />
      <source>Report</source>
      <translation>Poročilo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="134" />
      <source>Format</source>
      <translation>Oblika</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="135" />
      <source>Language</source>
      <translation>Jezik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="136" />
      <source>Count</source>
      <translation>Šteje se</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="137" />
      <source>Location</source>
      <translation>Lokacija</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="138" />
      <source>Checklist</source>
      <translation>Kontrolni seznam</translation>
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
      <translation>Shrani v</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="142" />
      <source>Ignore the dates</source>
      <translation>Prezri datume</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="145" />
      <source>Write report</source>
      <translation>Zapiši poročilo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="156" />
      <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Poročila&lt;/h2&gt;</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="169" />
      <source>All locations</source>
      <translation>Vse lokacije</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="170" />
      <source>All checklists</source>
      <translation>Vsi kontrolni seznami</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="189" />
      <source>Folder for the audit reports</source>
      <translation>Mapa za poročila presoj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="195" />
      <source>Save report</source>
      <translation>Shrani poročilo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="219" />
      <source>Choose where to save the report first.</source>
      <translation>Najprej izberite, kam shraniti poročilo.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="234" />
      <source>Writing the report…</source>
      <translation>Zapisujem poročilo…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="238" />
      <source>Report written: %1</source>
      <translation>Poročilo zapisano: %1</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="43" />
      <location filename="../../work/main/ui/backup_dialog.py" line="95" />
      <source>Restore from backup</source>
      <translation>Obnovi iz varnostne kopije</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="46" />
      <source>daily</source>
      <translation>dnevna</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="47" />
      <source>weekly</source>
      <translation>tedenska</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="48" />
      <source>taken by hand</source>
      <translation>ročna</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="49" />
      <source>before a restore</source>
      <translation>pred obnovitvijo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="55" />
      <source>%1 — %2, %3</source>
      <translation>%1 — %2, %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="68" />
      <source>&amp;Restore</source>
      <translation>&amp;Obnovi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="73" />
      <source>Backups in %1</source>
      <translation>Varnostne kopije v %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="77" />
      <source>There are no backups of this database yet.</source>
      <translation>Te zbirke podatkov še nihče ni varnostno kopiral.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="81" />
      <source>The database's current state is kept as a backup of its own before it is replaced.</source>
      <translation>Trenutno stanje zbirke podatkov se pred zamenjavo shrani kot lastna varnostna kopija.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="96" />
      <source>Replace the database with the backup of %1?</source>
      <translation>Zamenjam zbirko podatkov z varnostno kopijo z dne %1?</translation>
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
      <translation>Dnevi čakanja na odločitev</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="71" />
      <source>Visited</source>
      <translation>Obisk</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="72" />
      <source>Day of the visit</source>
      <translation>Dan obiska</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="73" />
      <source>Score</source>
      <translation>Rezultat</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="74" />
      <source>Critical</source>
      <translation>Kritične</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="75" />
      <source>Critical failures</source>
      <translation>Kritične napake</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="76" />
      <source>Location</source>
      <translation>Lokacija</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="77" />
      <source>Location, and the checklist filled there</source>
      <translation>Lokacija in kontrolni seznam, izpolnjen na njej</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="78" />
      <source>Shopper</source>
      <translation>Skrivni kupec</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="807" />
      <source>visit time</source>
      <translation>čas obiska</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="808" />
      <source>end of the visit</source>
      <translation>konec obiska</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="809" />
      <source>observed staff</source>
      <translation>opazovano osebje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="810" />
      <source>narrative</source>
      <translation>opis</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="811" />
      <source>location</source>
      <translation>lokacija</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="812" />
      <source>shopper</source>
      <translation>skrivni kupec</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="813" />
      <source>time of submission</source>
      <translation>čas oddaje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="99" />
      <location filename="../../work/main/ui/pages/review.py" line="831" />
      <source>no answer</source>
      <translation>brez odgovora</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="102" />
      <location filename="../../work/main/ui/pages/review.py" line="829" />
      <source>Yes</source>
      <translation>Da</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="102" />
      <location filename="../../work/main/ui/pages/review.py" line="829" />
      <source>No</source>
      <translation>Ne</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="97" />
      <location filename="../../work/main/ui/pages/review.py" line="827" />
      <source>N/A</source>
      <translation>ni relevantno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="532" />
      <source>pass</source>
      <translation>ustreza</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="532" />
      <source>fail</source>
      <translation>ne ustreza</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="365" />
      <source>When</source>
      <translation>Kdaj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="365" />
      <source>Who</source>
      <translation>Kdo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="657" />
      <source>Reviewer</source>
      <translation>Pregledovalec</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="365" />
      <source>What</source>
      <translation>Kaj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="203" />
      <source>Note for the shopper on this question</source>
      <translation>Opomba za skrivnega kupca pri tem vprašanju</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="267" />
      <source>To review</source>
      <translation>Za pregled</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="268" />
      <source>Questionnaire responses</source>
      <translation>Odgovori na vprašalnike</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="269" />
      <source>Accepted</source>
      <translation>Sprejeto</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="271" />
      <source>Questionnaire responses need no decision: they count once submitted. Open one to exclude it.</source>
      <translation>Odgovori na vprašalnike ne čakajo na odločitev: štejejo, ko so oddani. Odprite odgovor, da ga izločite.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="284" />
      <source>Review</source>
      <translation>Pregled</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="326" />
      <source>Note for the shopper on the whole audit</source>
      <translation>Opomba za skrivnega kupca za celotno presojo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="327" />
      <source>&amp;Accept</source>
      <translation>&amp;Sprejmi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="329" />
      <source>A</source>
      <translation>A</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="331" />
      <source>&amp;Return to the shopper</source>
      <translation>&amp;Vrni skrivnemu kupcu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="333" />
      <source>R</source>
      <translation>R</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="335" />
      <source>E&amp;xclude…</source>
      <translation>&amp;Izloči…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="337" />
      <source>Leave this response out of every count, with a reason</source>
      <translation>Izloči ta odgovor iz vseh izračunov, z razlogom</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="339" />
      <source>Re&amp;open…</source>
      <translation>Ponovno &amp;odpri…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="342" />
      <source>&amp;Breakdown…</source>
      <translation>&amp;Razčlenitev…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="344" />
      <source>Corrective &amp;action…</source>
      <translation>&amp;Korektivni ukrep…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="346" />
      <source>For a standard this audit failed</source>
      <translation>Za standard, ki ga ta presoja ni izpolnila</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="365" />
      <source>Change</source>
      <translation>Sprememba</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="377" />
      <source>Status history</source>
      <translation>Zgodovina stanj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="379" />
      <source>Change log</source>
      <translation>Dnevnik sprememb</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="429" />
      <source>Days waiting for a decision</source>
      <translation>Dnevi čakanja na odločitev</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="430" />
      <source>Days since it was submitted</source>
      <translation>Dni od oddaje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="452" />
      <source>%1 questionnaire responses, counted since they were submitted</source>
      <translation>Odgovori na vprašalnike: %1, šteti od oddaje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="456" />
      <source>%1 audits wait for a decision</source>
      <translation>Presoje, ki čakajo na odločitev: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="458" />
      <source>%1 accepted audits</source>
      <translation>Sprejete presoje: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="473" />
      <source>%1 audits changed on both sides: resolve…</source>
      <translation>Presoje, spremenjene na obeh straneh: %1 — razreši…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="519" />
      <source>Choose an audit in the list.</source>
      <translation>Izberite presojo na seznamu.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="519" />
      <source>Nothing to review.</source>
      <translation>Ničesar ni za pregled.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="537" />
      <source>critical failure: %1</source>
      <translation>kritična napaka: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="540" />
      <source>a questionnaire response: counted since it was submitted</source>
      <translation>odgovor na vprašalnik: šteje od oddaje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="542" />
      <source>a questionnaire response</source>
      <translation>odgovor na vprašalnik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="678" />
      <source>Not saved: %1. The audit is shown as it is now; your notes are kept.</source>
      <translation>Ni shranjeno: %1. Presoja je prikazana, kakršna je zdaj; vaše opombe so ohranjene.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="698" />
      <source>Accepted; the audit is locked.</source>
      <translation>Sprejeto; presoja je zaklenjena.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="707" />
      <source>Write a note for the shopper (on the audit or a question).</source>
      <translation>Napišite opombo za skrivnega kupca (za presojo ali vprašanje).</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="714" />
      <source>Returned to the shopper with %1 notes.</source>
      <translation>Vrnjeno skrivnemu kupcu z opombami (%1).</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="724" />
      <source>Exclude a response</source>
      <translation>Izloči odgovor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="724" />
      <source>Why is this response left out of the results?</source>
      <translation>Zakaj je ta odgovor izločen iz rezultatov?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="729" />
      <source>An excluded response needs a reason.</source>
      <translation>Izločen odgovor potrebuje razlog.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="734" />
      <source>Excluded; the response no longer counts.</source>
      <translation>Izločeno; odgovor ne šteje več.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="741" />
      <source>Reopen an accepted audit</source>
      <translation>Ponovno odpri sprejeto presojo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="741" />
      <source>Why is it reopened?</source>
      <translation>Zakaj se ponovno odpira?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="746" />
      <source>A reopened audit needs a reason.</source>
      <translation>Ponovno odprta presoja potrebuje razlog.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="751" />
      <source>Reopened; the audit is back in the review queue.</source>
      <translation>Ponovno odprto; presoja je spet v vrsti za pregled.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="794" />
      <source>excluded from the results</source>
      <translation>izločen iz rezultatov</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="796" />
      <source>started</source>
      <translation>začeta</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="797" />
      <source>submitted</source>
      <translation>oddana</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="798" />
      <source>accepted</source>
      <translation>sprejeta</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="799" />
      <source>returned to the shopper</source>
      <translation>vrnjena skrivnemu kupcu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="800" />
      <source>reopened</source>
      <translation>ponovno odprta</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="802" />
      <location filename="../../work/main/ui/pages/review.py" line="869" />
      <source>changed</source>
      <translation>spremenjeno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="818" />
      <source>a question no longer asked</source>
      <translation>vprašanje, ki ga ni več</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="842" />
      <source>answered N/A</source>
      <translation>odgovor: ni relevantno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="843" />
      <source>answered %1</source>
      <translation>odgovor: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="845" />
      <source>attached %1</source>
      <translation>priloženo %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="847" />
      <source>removed %1</source>
      <translation>odstranjeno %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="857" />
      <source>reopened — %1</source>
      <translation>ponovno odprta — %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="859" />
      <source>score verified by the team server</source>
      <translation>rezultat je preveril strežnik ekipe</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="861" />
      <source>a change made on both sides settled</source>
      <translation>razrešena sprememba na obeh straneh</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="863" />
      <source>deleted</source>
      <translation>izbrisano</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="868" />
      <source>changed: %1</source>
      <translation>spremenjeno: %1</translation>
    </message>
  </context>
  <context>
    <name>About</name>
    <message>
      <location filename="../../work/main/ui/about.py" line="93" />
      <source>About Service Auditor</source>
      <translation>O programu Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="102" />
      <source>Offline-first service-quality audits. Free software; it is built on the libraries and fonts below, each under its own licence.</source>
      <translation>Presoje kakovosti storitev, tudi brez povezave. Prosto programje; zgrajeno je na spodnjih knjižnicah in pisavah, vsaka s svojo licenco.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="110" />
      <source>This laptop's signing key: %1</source>
      <translation>Podpisni ključ tega prenosnika: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="117" />
      <source>Component</source>
      <translation>Sestavni del</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="117" />
      <source>Version</source>
      <translation>Različica</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="117" />
      <source>Licence</source>
      <translation>Licenca</translation>
    </message>
  </context>
  <context>
    <name>ChecklistsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="69" />
      <location filename="../../work/main/ui/pages/checklists_page.py" line="74" />
      <source>Version</source>
      <translation>Različica</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="69" />
      <source>Kind</source>
      <translation>Vrsta</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="69" />
      <source>Checklist</source>
      <translation>Kontrolni seznam</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="74" />
      <source>Created</source>
      <translation>Ustvarjeno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="70" />
      <location filename="../../work/main/ui/pages/checklists_page.py" line="74" />
      <source>Questions</source>
      <translation>Vprašanja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="70" />
      <location filename="../../work/main/ui/pages/checklists_page.py" line="75" />
      <source>Audits</source>
      <translation>Presoje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="78" />
      <source>New checklist…</source>
      <translation>Nov kontrolni seznam…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="80" />
      <source>Edit…</source>
      <translation>Uredi…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="82" />
      <source>Compare versions…</source>
      <translation>Primerjaj različice…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="85" />
      <source>Import…</source>
      <translation>Uvozi…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="88" />
      <source>Export…</source>
      <translation>Izvozi…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="98" />
      <source>Versions (old audits keep the version they were filled on)</source>
      <translation>Različice (stare presoje ohranijo različico, na kateri so bile izpolnjene)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="105" />
      <source>Checklists</source>
      <translation>Kontrolni seznami</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="184" />
      <source>Saved %1 version %2</source>
      <translation>Shranjeno: %1, različica %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="217" />
      <source>First question</source>
      <translation>Prvo vprašanje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="218" />
      <source>Section 1</source>
      <translation>Razdelek 1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="222" />
      <source>New checklist</source>
      <translation>Nov kontrolni seznam</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="245" />
      <source>Import checklists</source>
      <translation>Uvozi kontrolne sezname</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="247" />
      <source>Checklists (*.json *.xlsx *.xls *.csv *.md);;All files (*)</source>
      <translation>Kontrolni seznami (*.json *.xlsx *.xls *.csv *.md);;Vse datoteke (*)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="262" />
      <source>Nothing imported: %1</source>
      <translation>Nič ni bilo uvoženo: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="266" />
      <source>%1 version %2</source>
      <translation>%1, različica %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="270" />
      <source>Imported: %1</source>
      <translation>Uvoženo: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="270" />
      <source>standards</source>
      <translation>standardi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="273" />
      <source>%1. Warnings: %2</source>
      <translation>%1. Opozorila: %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="282" />
      <source>Export checklist</source>
      <translation>Izvozi kontrolni seznam</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="283" />
      <source>JSON (*.json);;XLSForm (*.xlsx)</source>
      <translation>JSON (*.json);;XLSForm (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="300" />
      <source>Exported to %1</source>
      <translation>Izvoženo v %1</translation>
    </message>
  </context>
  <context>
    <name>VersionDiff</name>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="109" />
      <source>Yes</source>
      <translation>Da</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="109" />
      <source>No</source>
      <translation>Ne</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="76" />
      <source>Section</source>
      <translation>Razdelek</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="54" />
      <source>Kind</source>
      <translation>Vrsta</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="52" />
      <source>Title</source>
      <translation>Naslov</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="55" />
      <source>Languages</source>
      <translation>Jeziki</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="58" />
      <source>Grades</source>
      <translation>Ocene</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="60" />
      <source>Weight</source>
      <translation>Utež</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="133" />
      <source>its section</source>
      <translation>svoj razdelek</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="133" />
      <source>the whole audit</source>
      <translation>celotno presojo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="67" />
      <source>N/A allowed</source>
      <translation>Dovoljeno »ni relevantno«</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="72" />
      <source>Answer must satisfy</source>
      <translation>Odgovor mora izpolnjevati</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="69" />
      <source>Standards</source>
      <translation>Standardi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="267" />
      <source>What</source>
      <translation>Kaj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="85" />
      <location filename="../../work/main/ui/version_diff.py" line="193" />
      <source>changed</source>
      <translation>spremenjeno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="71" />
      <source>Target</source>
      <translation>Cilj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="53" />
      <source>Description</source>
      <translation>Opis</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="56" />
      <source>Main language</source>
      <translation>Glavni jezik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="57" />
      <source>Pass mark</source>
      <translation>Prag za uspeh</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="59" />
      <source>Most N/A answers allowed</source>
      <translation>Največ dovoljenih odgovorov »ni relevantno«</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="61" />
      <source>Asked only when</source>
      <translation>Zastavljeno le, ko</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="62" />
      <source>Question text</source>
      <translation>Besedilo vprašanja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="63" />
      <source>Help text</source>
      <translation>Besedilo pomoči</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="64" />
      <source>Critical</source>
      <translation>Kritično</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="65" />
      <source>A critical failure fails</source>
      <translation>Kritična napaka povzroči neuspeh</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="66" />
      <source>Must be answered</source>
      <translation>Obvezen odgovor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="68" />
      <source>N/A counts as</source>
      <translation>»Ni relevantno« šteje kot</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="70" />
      <source>Scale</source>
      <translation>Lestvica</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="73" />
      <source>Choice</source>
      <translation>Možnost</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="74" />
      <source>Order of the choices</source>
      <translation>Vrstni red možnosti</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="75" />
      <source>Place in its section</source>
      <translation>Mesto v razdelku</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="78" />
      <source>Other setting</source>
      <translation>Druga nastavitev</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="83" />
      <source>added</source>
      <translation>dodano</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="84" />
      <source>removed</source>
      <translation>odstranjeno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="86" />
      <source>no changes</source>
      <translation>brez sprememb</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="127" />
      <source>left out of the score</source>
      <translation>izpuščeno iz rezultata</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="128" />
      <source>met</source>
      <translation>izpolnjeno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="129" />
      <source>not met</source>
      <translation>neizpolnjeno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="130" />
      <source>not allowed</source>
      <translation>ni dovoljeno</translation>
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
      <translation>vse točke pri %1 %3 ali manj, nič od %2 %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="167" />
      <source>full points at %1 %3 or more, none at %2 %3 or less</source>
      <translation>vse točke pri %1 %3 ali več, nič pri %2 %3 ali manj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="183" />
      <source>Choice “%1” (%2)</source>
      <translation>Možnost »%1« (%2)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="190" />
      <source>Points for “%1”</source>
      <translation>Točke za »%1«</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="193" />
      <source>as before</source>
      <translation>kot prej</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="217" />
      <source>Compare versions of %1</source>
      <translation>Primerjava različic: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="229" />
      <location filename="../../work/main/ui/version_diff.py" line="267" />
      <location filename="../../work/main/ui/version_diff.py" line="268" />
      <source>version %1</source>
      <translation>različica %1</translation>
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
      <translation>Kontrolni seznam</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="282" />
      <source>%1 more sections, unchanged</source>
      <translation>Drugi razdelki brez sprememb: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="288" />
      <source>The two versions ask the same.</source>
      <translation>Obe različici sprašujeta isto.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="295" />
      <source>No changes.</source>
      <translation>Brez sprememb.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="297" />
      <source>Questions: %1 changed, %2 added, %3 removed.</source>
      <translation>Vprašanja: spremenjena – %1, dodana – %2, odstranjena – %3.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="303" />
      <source>Checklist settings changed.</source>
      <translation>Nastavitve kontrolnega seznama so spremenjene.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="332" />
      <source>Section “%1” (%2 questions)</source>
      <translation>Razdelek »%1« (vprašanja: %2)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="335" />
      <source>Section “%1”: %2</source>
      <translation>Razdelek »%1«: %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="349" />
      <source>%1 more questions, unchanged</source>
      <translation>Druga vprašanja brez sprememb: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="362" />
      <source>Question “%1”: %2</source>
      <translation>Vprašanje »%1«: %2</translation>
    </message>
  </context>
  <context>
    <name>ActionsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="320" />
      <source>Score</source>
      <translation>Rezultat</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="59" />
      <location filename="../../work/main/ui/pages/actions.py" line="86" />
      <source>Done</source>
      <translation>Končano</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="319" />
      <source>Checklist</source>
      <translation>Kontrolni seznam</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="57" />
      <source>Open</source>
      <translation>Odprto</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="58" />
      <source>In progress</source>
      <translation>V teku</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="60" />
      <location filename="../../work/main/ui/pages/actions.py" line="495" />
      <source>Verified</source>
      <translation>Preverjeno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="61" />
      <location filename="../../work/main/ui/pages/actions.py" line="496" />
      <source>Cancelled</source>
      <translation>Preklicano</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="69" />
      <source>what is to be done</source>
      <translation>kaj je treba storiti</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="70" />
      <source>details</source>
      <translation>podrobnosti</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="71" />
      <source>owner</source>
      <translation>nosilec</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="72" />
      <source>due date</source>
      <translation>rok</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="73" />
      <source>what was done</source>
      <translation>kaj je bilo storjeno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="75" />
      <source>other details</source>
      <translation>drugi podatki</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="81" />
      <source>Created</source>
      <translation>Ustvarjeno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="84" />
      <source>Changed: %1</source>
      <translation>Spremenjeno: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="84" />
      <location filename="../../work/main/ui/pages/actions.py" line="92" />
      <source>Changed</source>
      <translation>Spremenjeno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="86" />
      <source>Done: %1</source>
      <translation>Opravljeno: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="89" />
      <source>Started</source>
      <translation>Začeto</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="118" />
      <location filename="../../work/main/ui/pages/actions.py" line="340" />
      <source>(no owner yet)</source>
      <translation>(še brez nosilca)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="152" />
      <source>New corrective action</source>
      <translation>Nov korektivni ukrep</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="160" />
      <source>Choose the standard…</source>
      <translation>Izberite standard …</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="168" />
      <location filename="../../work/main/ui/pages/actions.py" line="381" />
      <source>(all locations)</source>
      <translation>(vse lokacije)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="184" />
      <location filename="../../work/main/ui/pages/actions.py" line="300" />
      <source>What is to be done</source>
      <translation>Kaj je treba narediti</translation>
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
      <translation>Lokacija</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="187" />
      <location filename="../../work/main/ui/pages/actions.py" line="304" />
      <location filename="../../work/main/ui/pages/actions.py" line="520" />
      <source>Owner</source>
      <translation>Nosilec</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="188" />
      <location filename="../../work/main/ui/pages/actions.py" line="305" />
      <location filename="../../work/main/ui/pages/actions.py" line="520" />
      <source>Due</source>
      <translation>Rok</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="190" />
      <location filename="../../work/main/ui/pages/actions.py" line="323" />
      <source>Linked audits</source>
      <translation>Povezane presoje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="207" />
      <source>Say what is to be done.</source>
      <translation>Navedite, kaj je treba narediti.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="211" />
      <source>Choose the standard the action is to meet.</source>
      <translation>Izberite standard, ki naj ga ukrep izpolni.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="260" />
      <source>Details: why, how, who else is involved</source>
      <translation>Podrobnosti: zakaj, kako, kdo še sodeluje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="277" />
      <source>Written when the action is marked done</source>
      <translation>Vpiše se, ko je ukrep označen kot opravljen</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="284" />
      <source>Sa&amp;ve changes</source>
      <translation>&amp;Shrani spremembe</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="287" />
      <source>Undo changes</source>
      <translation>Razveljavi spremembe</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="301" />
      <source>Details</source>
      <translation>Podrobnosti</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="306" />
      <location filename="../../work/main/ui/pages/actions.py" line="319" />
      <location filename="../../work/main/ui/pages/actions.py" line="520" />
      <source>Status</source>
      <translation>Stanje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="307" />
      <source>What was done</source>
      <translation>Kaj je bilo storjeno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="319" />
      <source>Visit</source>
      <translation>Obisk</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="322" />
      <source>When</source>
      <translation>Kdaj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="322" />
      <source>Who</source>
      <translation>Kdo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="322" />
      <source>What happened</source>
      <translation>Kaj se je zgodilo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="325" />
      <source>History</source>
      <translation>Zgodovina</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="360" />
      <source>Choose an action above to see it in full.</source>
      <translation>Zgoraj izberite ukrep, da ga vidite v celoti.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="387" />
      <source>%1, overdue</source>
      <translation>%1, zamuja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="389" />
      <location filename="../../work/main/ui/pages/actions.py" line="618" />
      <source>proposed: a later audit met the standard</source>
      <translation>predlog: poznejša presoja je izpolnila standard</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="426" />
      <source>Only a manager can change actions on this server.</source>
      <translation>Na tem strežniku lahko ukrepe spreminja le vodja.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="428" />
      <source>This action is closed; it can no longer be changed.</source>
      <translation>Ta ukrep je zaključen; ni ga več mogoče spremeniti.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="471" />
      <location filename="../../work/main/ui/pages/actions.py" line="687" />
      <source>Reviewer</source>
      <translation>Pregledovalec</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="478" />
      <source>The action is saved.</source>
      <translation>Ukrep je shranjen.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="494" />
      <source>Open and in progress</source>
      <translation>Odprti in v teku</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="494" />
      <location filename="../../work/main/ui/pages/actions.py" line="627" />
      <source>Overdue</source>
      <translation>Zapadli</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="495" />
      <source>Done, to verify</source>
      <translation>Opravljeni, za preverjanje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="496" />
      <source>All</source>
      <translation>Vsi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="512" />
      <source>Corrective actions</source>
      <translation>Korektivni ukrepi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="520" />
      <source>What</source>
      <translation>Kaj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="521" />
      <source>Verification</source>
      <translation>Preverjanje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="534" />
      <source>&amp;New action…</source>
      <translation>&amp;Nov ukrep…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="537" />
      <source>&amp;Start</source>
      <translation>&amp;Začni</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="540" />
      <source>&amp;Done…</source>
      <translation>&amp;Opravljeno…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="543" />
      <source>&amp;Verify</source>
      <translation>&amp;Preveri</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="546" />
      <source>Cancel the action</source>
      <translation>Prekliči ukrep</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="580" />
      <source>All locations</source>
      <translation>Vse lokacije</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="581" />
      <source>All standards</source>
      <translation>Vsi standardi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="582" />
      <source>All owners</source>
      <translation>Vsi nosilci</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="661" />
      <source>A later accepted audit met the standard</source>
      <translation>Poznejša sprejeta presoja je izpolnila standard</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="682" />
      <source>Corrective action created.</source>
      <translation>Korektivni ukrep ustvarjen.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="695" />
      <source>Action done</source>
      <translation>Ukrep opravljen</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="695" />
      <source>What was done?</source>
      <translation>Kaj je bilo narejeno?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="704" />
      <source>The action is now: %1</source>
      <translation>Ukrep ima zdaj stanje: %1</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="497" />
      <source>Score</source>
      <translation>Rezultat</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="622" />
      <source>Empathy</source>
      <translation>Empatija</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="161" />
      <source>All locations</source>
      <translation>Vse lokacije</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="580" />
      <source>Audits</source>
      <translation>Presoje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="145" />
      <source>Last 12 months</source>
      <translation>Zadnjih 12 mesecev</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="145" />
      <source>Last 6 months</source>
      <translation>Zadnjih 6 mesecev</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="145" />
      <source>Last 3 months</source>
      <translation>Zadnji 3 meseci</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="146" />
      <source>This year</source>
      <translation>Letos</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="146" />
      <source>Last year</source>
      <translation>Lani</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="146" />
      <source>All time</source>
      <translation>Ves čas</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="147" />
      <source>Months from… to…</source>
      <translation>Meseci od… do…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="160" />
      <source>All organisations</source>
      <translation>Vse organizacije</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="162" />
      <source>All checklists</source>
      <translation>Vsi kontrolni seznami</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="163" />
      <source>All shoppers</source>
      <translation>Vsi skrivni kupci</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="166" />
      <source>PNG…</source>
      <translation>PNG…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="168" />
      <source>Save the dashboard as a picture</source>
      <translation>Shrani nadzorno ploščo kot sliko</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="170" />
      <source>PDF…</source>
      <translation>PDF…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="172" />
      <source>Save the dashboard as a one-page PDF (a slide)</source>
      <translation>Shrani nadzorno ploščo kot enostranski PDF (prosojnico)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="192" />
      <source>Score trend by month</source>
      <translation>Trend rezultata po mesecih</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="195" />
      <source>Overall</source>
      <translation>Skupaj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="196" />
      <source>Per location</source>
      <translation>Po lokacijah</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="200" />
      <location filename="../../work/main/ui/pages/dashboard.py" line="502" />
      <source>Location ranking</source>
      <translation>Razvrstitev lokacij</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="201" />
      <source>Standards failed most often</source>
      <translation>Najpogosteje neizpolnjeni standardi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="202" />
      <source>New corrective action…</source>
      <translation>Nov korektivni ukrep…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="207" />
      <source>Critical failures</source>
      <translation>Kritične napake</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="208" />
      <source>NPS, CSAT and CES by month</source>
      <translation>NPS, CSAT in CES po mesecih</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="209" />
      <source>SERVQUAL gap per dimension</source>
      <translation>Vrzel SERVQUAL po razsežnostih</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="210" />
      <source>Importance and performance (diaries)</source>
      <translation>Pomembnost in izvedba (dnevniki)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="211" />
      <source>Shopper agreement (mean Cohen's kappa)</source>
      <translation>Ujemanje skrivnih kupcev (povprečna Cohenova kapa)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="268" />
      <source>Reading the audits…</source>
      <translation>Berem presoje…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="373" />
      <source>%1 audits counted (%2), %3</source>
      <translation>Upoštevane presoje: %1 (%2), %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="378" />
      <source>; %1 more await the team server's scoring and are not counted yet</source>
      <translation>; še %1 čaka na ocenitev strežnika ekipe in še ni upoštevanih</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="400" />
      <source>all time</source>
      <translation>ves čas</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="410" />
      <source>Period: %1</source>
      <translation>Obdobje: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="411" />
      <source>Organisation: %1</source>
      <translation>Organizacija: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="412" />
      <source>Location: %1</source>
      <translation>Lokacija: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="413" />
      <source>Checklist: %1</source>
      <translation>Kontrolni seznam: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="414" />
      <source>Shopper: %1</source>
      <translation>Skrivni kupec: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="459" />
      <source>pass line %1</source>
      <translation>prag %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="464" />
      <source>Mean audit score per month; click a point for its audits.</source>
      <translation>Povprečni rezultat presoj v mesecu; kliknite točko za njene presoje.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="465" />
      <source>Mean audit score per month.</source>
      <translation>Povprečni rezultat presoj v mesecu.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="467" />
      <source>No scored audits under these filters.</source>
      <translation>Pri teh filtrih ni presoj z rezultatom.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="500" />
      <source>Location ranking: %1</source>
      <translation>Razvrstitev lokacij: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="509" />
      <source>Change against %1 – %2; click a bar for its audits.</source>
      <translation>Sprememba glede na %1 – %2; kliknite stolpec za njegove presoje.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="511" />
      <source>Change against %1 – %2.</source>
      <translation>Sprememba glede na %1 – %2.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="514" />
      <source>Click a bar for its audits.</source>
      <translation>Kliknite stolpec za njegove presoje.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="542" />
      <source>Failed</source>
      <translation>Neizpolnjeno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="545" />
      <source>Percent of audits in which the standard was not met; click a bar for them.</source>
      <translation>Delež presoj, v katerih standard ni bil izpolnjen; kliknite stolpec zanje.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="546" />
      <source>Percent of audits in which the standard was not met.</source>
      <translation>Delež presoj, v katerih standard ni bil izpolnjen.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="557" />
      <source>%1 not met</source>
      <translation>%1 ni izpolnjen</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="585" />
      <source>%1 of %2 audits failed a critical question; click a bar for them.</source>
      <translation>%1 od %2 presoj ni izpolnilo kritičnega vprašanja; kliknite stolpec zanje.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="587" />
      <source>%1 of %2 audits failed a critical question.</source>
      <translation>%1 od %2 presoj ni izpolnilo kritičnega vprašanja.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="596" />
      <source>critical: %1</source>
      <translation>kritično: %1</translation>
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
      <translation>Odgovorov v anketah: %1; NPS od −100 do 100, CSAT (1–5) in CES (1–7) preračunana na to lestvico.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="615" />
      <source>No survey responses under these filters.</source>
      <translation>Pri teh filtrih ni odgovorov v anketah.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="620" />
      <source>Tangibles</source>
      <translation>Otipljivost</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="620" />
      <source>Reliability</source>
      <translation>Zanesljivost</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="621" />
      <source>Responsiveness</source>
      <translation>Odzivnost</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="621" />
      <source>Assurance</source>
      <translation>Zaupanje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="632" />
      <source>Gap</source>
      <translation>Vrzel</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="634" />
      <source>Perception minus expectation (n=%1); below zero, service falls short.</source>
      <translation>Zaznava minus pričakovanje (n=%1); pod ničlo storitev ne dosega pričakovanj.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="642" />
      <source>Concentrate here</source>
      <translation>Osredotočite se tu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="642" />
      <source>Keep up the good work</source>
      <translation>Nadaljujte z dobrim delom</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="643" />
      <source>Low priority</source>
      <translation>Nizka prednost</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="643" />
      <source>Possible overkill</source>
      <translation>Morda pretirano</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="651" />
      <source>Importance (% of events)</source>
      <translation>Pomembnost (% dogodkov)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="651" />
      <source>Performance (1–7)</source>
      <translation>Izvedba (1–7)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="654" />
      <source>Quadrants split at the means.</source>
      <translation>Kvadranti so razdeljeni pri povprečjih.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="656" />
      <source>No diary events under these filters.</source>
      <translation>Pri teh filtrih ni dogodkov v dnevnikih.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="662" />
      <source>Mean kappa</source>
      <translation>Povprečna kapa</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="666" />
      <source>%1 visits made by two or more shoppers at the same place, with the same checklist, in the same month; 1 is full agreement.</source>
      <translation>Obiski iste lokacije z istim kontrolnim seznamom v istem mesecu, ki sta jih opravila vsaj dva skrivna kupca: %1; 1 pomeni popolno ujemanje.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="675" />
      <location filename="../../work/main/ui/pages/dashboard.py" line="804" />
      <source>Service Auditor dashboard</source>
      <translation>Nadzorna plošča Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="819" />
      <source>Pictures (*.png)</source>
      <translation>Slike (*.png)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="820" />
      <source>PDF files (*.pdf)</source>
      <translation>Datoteke PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="822" />
      <source>Export the dashboard</source>
      <translation>Izvozi nadzorno ploščo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="830" />
      <source>Dashboard written to %1</source>
      <translation>Nadzorna plošča zapisana v %1</translation>
    </message>
  </context>
  <context>
    <name>ChecklistEditor</name>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="699" />
      <source>Points</source>
      <translation>Točke</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="190" />
      <location filename="../../work/main/ui/checklist_editor.py" line="368" />
      <source>Sections and questions</source>
      <translation>Razdelki in vprašanja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="190" />
      <location filename="../../work/main/ui/checklist_editor.py" line="311" />
      <location filename="../../work/main/ui/checklist_editor.py" line="473" />
      <source>Kind</source>
      <translation>Vrsta</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="266" />
      <source>Edit checklist: %1</source>
      <translation>Urejanje kontrolnega seznama: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="287" />
      <location filename="../../work/main/ui/checklist_editor.py" line="313" />
      <location filename="../../work/main/ui/checklist_editor.py" line="396" />
      <location filename="../../work/main/ui/checklist_editor.py" line="406" />
      <source>Title</source>
      <translation>Naslov</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="296" />
      <source>no limit</source>
      <translation>brez omejitve</translation>
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
      <translation>Dodaj oceno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="310" />
      <source>Name</source>
      <translation>Ime</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="312" />
      <source>Languages</source>
      <translation>Jeziki</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="314" />
      <source>Pass line (%)</source>
      <translation>Prag (%)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="316" />
      <source>Grades</source>
      <translation>Ocene</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="319" />
      <source>At most N/A (%)</source>
      <translation>Največ »ni relevantno« (%)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="327" />
      <source>Add section</source>
      <translation>Dodaj razdelek</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="328" />
      <source>Add question</source>
      <translation>Dodaj vprašanje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="329" />
      <source>Remove</source>
      <translation>Odstrani</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="330" />
      <source>Up</source>
      <translation>Gor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="331" />
      <source>Down</source>
      <translation>Dol</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="343" />
      <source>Choose a section or a question.</source>
      <translation>Izberite razdelek ali vprašanje.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="367" />
      <source>Checklist</source>
      <translation>Kontrolni seznam</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="369" />
      <source>Preview</source>
      <translation>Predogled</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="373" />
      <source>Save as new version</source>
      <translation>Shrani kot novo različico</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="377" />
      <source>Cancel</source>
      <translation>Prekliči</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="404" />
      <location filename="../../work/main/ui/checklist_editor.py" line="471" />
      <source>Name (key)</source>
      <translation>Ime (ključ)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="407" />
      <location filename="../../work/main/ui/checklist_editor.py" line="477" />
      <source>Weight</source>
      <translation>Utež</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="409" />
      <location filename="../../work/main/ui/checklist_editor.py" line="482" />
      <source>Shown when</source>
      <translation>Prikazano, ko</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="428" />
      <source>Label</source>
      <translation>Oznaka</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="428" />
      <source>Help for the shopper</source>
      <translation>Pomoč za skrivnega kupca</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="433" />
      <source>Critical (a fail knocks out the score)</source>
      <translation>Kritično (neizpolnitev izniči rezultat)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="437" />
      <source>its section</source>
      <translation>svojega razdelka</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="438" />
      <source>the whole audit</source>
      <translation>celotne presoje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="439" />
      <source>N/A allowed</source>
      <translation>»Ni relevantno« dovoljeno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="443" />
      <source>N/A is left out of the score</source>
      <translation>»Ni relevantno« se ne šteje v rezultat</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="443" />
      <source>N/A counts as met</source>
      <translation>»Ni relevantno« šteje kot izpolnjeno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="444" />
      <source>N/A counts as not met</source>
      <translation>»Ni relevantno« šteje kot neizpolnjeno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="445" />
      <source>N/A is refused on submit</source>
      <translation>»Ni relevantno« se pri oddaji zavrne</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="448" />
      <source>Required</source>
      <translation>Obvezno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="468" />
      <source>Add choice</source>
      <translation>Dodaj odgovor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="474" />
      <source>Labels</source>
      <translation>Oznake</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="484" />
      <source>Answer must satisfy</source>
      <translation>Odgovor mora izpolnjevati</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="486" />
      <source>Standards</source>
      <translation>Standardi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="488" />
      <source>Choices</source>
      <translation>Odgovori</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="699" />
      <source>Key</source>
      <translation>Ključ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="796" />
      <source>a name is needed</source>
      <translation>potrebno je ime</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="797" />
      <source>another section or question is already named '%1'</source>
      <translation>drug razdelek ali vprašanje se že imenuje '%1'</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="805" />
      <location filename="../../work/main/ui/checklist_editor.py" line="873" />
      <source>'%1' is not a number</source>
      <translation>'%1' ni število</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="817" />
      <source>a label is needed</source>
      <translation>potrebna je oznaka</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="819" />
      <source>unknown standard %1</source>
      <translation>neznan standard %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="825" />
      <source>add at least one choice</source>
      <translation>dodajte vsaj en odgovor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="827" />
      <source>two choices have the same key</source>
      <translation>dva odgovora imata enak ključ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="829" />
      <source>points must be numbers</source>
      <translation>točke morajo biti števila</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="861" />
      <source>the pass line is a percent from 0 to 100</source>
      <translation>prag je odstotek od 0 do 100</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="865" />
      <source>a percent from 0 to 100, or empty for no limit</source>
      <translation>odstotek od 0 do 100 ali prazno za brez omejitve</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="950" />
      <source>Fix the marked fields first: %1</source>
      <translation>Najprej popravite označena polja: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="974" />
      <source>this rule cannot be used: %1</source>
      <translation>tega pravila ni mogoče uporabiti: %1</translation>
    </message>
  </context>
  <context>
    <name>QuestionCard</name>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="53" />
      <source>required</source>
      <translation>obvezno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="55" />
      <source>critical</source>
      <translation>kritično</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="85" />
      <source>Attach file…</source>
      <translation>Priloži datoteko…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="88" />
      <source>Enter, or drop files on the question</source>
      <translation>Enter ali spustite datoteke na vprašanje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="93" />
      <source>N/A</source>
      <translation>ni relevantno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="97" />
      <source>Not applicable (A, or Ctrl+D in a text field)</source>
      <translation>Ni relevantno (A ali Ctrl+D v besedilnem polju)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="105" />
      <source>Comment (what you saw, in your words)</source>
      <translation>Komentar (kaj ste videli, s svojimi besedami)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="122" />
      <source>Save mine over it</source>
      <translation>Shrani mojega namesto njega</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="126" />
      <source>Use theirs</source>
      <translation>Uporabi njihovega</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="196" />
      <source>Remove %1</source>
      <translation>Odstrani %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="231" />
      <source>Reviewer: %1</source>
      <translation>Pregledovalec: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="294" />
      <source>Attach files</source>
      <translation>Priloži datoteke</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="296" />
      <source>Photos and documents (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
      <translation>Fotografije in dokumenti (*.jpg *.jpeg *.png *.pdf);;Vse datoteke (*)</translation>
    </message>
  </context>
  <context>
    <name>Packages</name>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="387" />
      <source>N/A</source>
      <translation>ni relevantno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="58" />
      <source>to add</source>
      <translation>za dodajanje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="58" />
      <source>to update</source>
      <translation>za posodobitev</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="58" />
      <source>unchanged</source>
      <translation>nespremenjeno</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="59" />
      <source>in conflict (both kept)</source>
      <translation>v sporu (obe različici ohranjeni)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="90" />
      <location filename="../../work/main/ui/packages_ui.py" line="222" />
      <source>Receive audits</source>
      <translation>Prejmi presoje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="96" />
      <source>from %1 (%2), key %3</source>
      <translation>od %1 (%2), ključ %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="103" />
      <source>%1 to add, %2 to update, %3 unchanged, %4 in conflict</source>
      <translation>za dodajanje: %1, za posodobitev: %2, nespremenjenih: %3, v sporu: %4</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="116" />
      <source>What happens</source>
      <translation>Kaj se bo zgodilo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="116" />
      <source>Audit or diary</source>
      <translation>Presoja ali dnevnik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="116" />
      <source>Note</source>
      <translation>Opomba</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="128" />
      <source>Import</source>
      <translation>Uvozi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="164" />
      <location filename="../../work/main/ui/packages_ui.py" line="205" />
      <source>Send audits</source>
      <translation>Pošlji presoje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="164" />
      <location filename="../../work/main/ui/packages_ui.py" line="222" />
      <source>Audit packages (*.zip)</source>
      <translation>Paketi presoj (*.zip)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="199" />
      <source>Nothing to send: every submitted audit has been sent already. No package was written.</source>
      <translation>Ničesar ni za poslati: vse oddane presoje so že bile poslane. Noben paket ni bil zapisan.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="212" />
      <source>Package written: %1 (%2 audits, %3 diaries, %4 photos)</source>
      <translation>Paket zapisan: %1 (presoj: %2, dnevnikov: %3, fotografij: %4)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="276" />
      <source>Nothing received from %1: the key %2 is not trusted</source>
      <translation>Od %1 ni bilo nič prejeto: ključ %2 ni zaupanja vreden</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="308" />
      <source>Received: %1 added, %2 updated, %3 kept as conflicts for review</source>
      <translation>Prejeto: dodanih %1, posodobljenih %2, %3 ohranjenih kot spori za pregled</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="356" />
      <source>Synced: %1 audits sent; %2 audits, %3 checklists and %4 actions received; %5 changed on both sides, kept for review</source>
      <translation>Sinhronizirano: poslanih %1 presoj; prejetih %2 presoj, %3 kontrolnih seznamov in %4 ukrepov; %5 spremenjenih na obeh straneh, ohranjenih za pregled</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="386" />
      <location filename="../../work/main/ui/packages_ui.py" line="395" />
      <source>(no answer)</source>
      <translation>(ni odgovora)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="442" />
      <source>Audits changed on both sides</source>
      <translation>Presoje, spremenjene na obeh straneh</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="445" />
      <source>reviewer</source>
      <translation>pregledovalec</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="458" />
      <source>Question</source>
      <translation>Vprašanje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="458" />
      <location filename="../../work/main/ui/packages_ui.py" line="534" />
      <source>Ours</source>
      <translation>Naša</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="458" />
      <location filename="../../work/main/ui/packages_ui.py" line="535" />
      <source>Theirs</source>
      <translation>Njihova</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="458" />
      <source>Keep</source>
      <translation>Obdrži</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="465" />
      <source>Keep ours</source>
      <translation>Obdrži našo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="468" />
      <source>Take theirs</source>
      <translation>Prevzemi njihovo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="471" />
      <source>Merge as chosen</source>
      <translation>Združi po izbiri</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="503" />
      <source>No conflicts left.</source>
      <translation>Sporov ni več.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="517" />
      <source>From %1, received %2. Status here: %3; theirs: %4.</source>
      <translation>Od: %1, prejeto %2. Stanje pri nas: %3; pri njih: %4.</translation>
    </message>
  </context>
  <context>
    <name>Editors</name>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="138" />
      <source>&amp;Yes</source>
      <translation>&amp;Da</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="138" />
      <source>&amp;No</source>
      <translation>&amp;Ne</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="282" />
      <location filename="../../work/main/ui/capture/editors.py" line="300" />
      <source>Start timer</source>
      <translation>Zaženi štoparico</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="285" />
      <source>Start or stop the stopwatch (Ctrl+T)</source>
      <translation>Zaženi ali ustavi štoparico (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="308" />
      <source>Stop (%1)</source>
      <translation>Ustavi (%1)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="326" />
      <source>number</source>
      <translation>število</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="335" />
      <source>target: at most %1</source>
      <translation>cilj: največ %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="336" />
      <source>target: at least %1</source>
      <translation>cilj: najmanj %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="339" />
      <source>, no points beyond %1</source>
      <translation>, brez točk nad %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="391" />
      <source>mm:ss</source>
      <translation>mm:ss</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="392" />
      <source>minutes:seconds, or whole minutes</source>
      <translation>minute:sekunde ali cele minute</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="439" />
      <source>latitude, longitude</source>
      <translation>zemljepisna širina, dolžina</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="442" />
      <source>From a photo…</source>
      <translation>S fotografije…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="445" />
      <source>Take the place from where a photo was taken</source>
      <translation>Vzemi kraj, kjer je bila posneta fotografija</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="455" />
      <source>A photo taken at the place</source>
      <translation>Fotografija, posneta na kraju</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="456" />
      <source>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</source>
      <translation>Fotografije (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="462" />
      <source>the photo holds no location</source>
      <translation>fotografija ne vsebuje lokacije</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="476" />
      <source>not a location: type e.g. 52.2297, 21.0122</source>
      <translation>to ni lokacija: vnesite npr. 52.2297, 21.0122</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="478" />
      <source>e.g. 52.2297, 21.0122</source>
      <translation>npr. 52.2297, 21.0122</translation>
    </message>
  </context>
  <context>
    <name>StartAudit</name>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="39" />
      <source>Add a location</source>
      <translation>Dodaj lokacijo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="49" />
      <source>&amp;Organisation</source>
      <translation>&amp;Organizacija</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="50" />
      <location filename="../../work/main/ui/capture/start_dialog.py" line="110" />
      <source>&amp;Location</source>
      <translation>&amp;Lokacija</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="51" />
      <source>&amp;City</source>
      <translation>&amp;Mesto</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="69" />
      <source>Start an audit</source>
      <translation>Začni presojo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="84" />
      <source>&amp;New location…</source>
      <translation>&amp;Nova lokacija…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="101" />
      <source>name or description of the person who served you</source>
      <translation>ime ali opis osebe, ki vas je postregla</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="107" />
      <source>&amp;Checklist</source>
      <translation>&amp;Kontrolni seznam</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="113" />
      <source>&amp;Shopper</source>
      <translation>&amp;Skrivni kupec</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="114" />
      <source>&amp;Visit</source>
      <translation>O&amp;bisk</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="115" />
      <source>Observed s&amp;taff</source>
      <translation>Opazovano &amp;osebje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="119" />
      <source>Start</source>
      <translation>Začni</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="153" />
      <source>Choose a checklist.</source>
      <translation>Izberite kontrolni seznam.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="156" />
      <source>Choose a location, or add one.</source>
      <translation>Izberite lokacijo ali jo dodajte.</translation>
    </message>
  </context>
  <context>
    <name>Welcome</name>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="138" />
      <source>Start</source>
      <translation>Začni</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="131" />
      <source>Reviewer</source>
      <translation>Pregledovalec</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="119" />
      <location filename="../../work/main/ui/welcome.py" line="121" />
      <source>Welcome to Service Auditor</source>
      <translation>Dobrodošli v Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="122" />
      <source>Service-quality audits on this computer, with or without a network.</source>
      <translation>Presoje kakovosti storitev na tem računalniku, z omrežjem ali brez.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="125" />
      <source>Language</source>
      <translation>Jezik</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="125" />
      <source>Your name</source>
      <translation>Vaše ime</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="125" />
      <source>Your role</source>
      <translation>Vaša vloga</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="128" />
      <source>as it should appear on audits and reviews</source>
      <translation>kot naj bo zapisano na presojah in pregledih</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="131" />
      <source>Mystery shopper or auditor</source>
      <translation>Skrivni kupec ali presojevalec</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="132" />
      <source>Quality manager</source>
      <translation>Vodja kakovosti</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="136" />
      <source>Start with an empty database</source>
      <translation>Začni s prazno zbirko podatkov</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="137" />
      <source>Start with a year of demo data to look around</source>
      <translation>Začni z letom predstavitvenih podatkov za ogled</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="140" />
      <location filename="../../work/main/ui/welcome.py" line="144" />
      <source>Say who you are: your name goes on what you record.</source>
      <translation>Povejte, kdo ste: vaše ime bo na vsem, kar zapišete.</translation>
    </message>
  </context>
  <context>
    <name>StandardsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="79" />
      <location filename="../../work/main/ui/pages/standards_page.py" line="92" />
      <source>Checklist</source>
      <translation>Kontrolni seznam</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="57" />
      <source>Weight</source>
      <translation>Utež</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="79" />
      <source>Question</source>
      <translation>Vprašanje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="57" />
      <source>Standard</source>
      <translation>Standard</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="58" />
      <source>Questions</source>
      <translation>Vprašanja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="92" />
      <source>Audits</source>
      <translation>Presoje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="40" />
      <source>standards</source>
      <translation>standardi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="40" />
      <source>equipment</source>
      <translation>oprema</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="40" />
      <source>staff</source>
      <translation>osebje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="52" />
      <source>Filter by code or title</source>
      <translation>Filtriraj po kodi ali naslovu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="57" />
      <source>Code</source>
      <translation>Koda</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="57" />
      <source>About</source>
      <translation>Nanaša se na</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="57" />
      <source>Target</source>
      <translation>Cilj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="92" />
      <source>Month</source>
      <translation>Mesec</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="92" />
      <source>Kept (points)</source>
      <translation>Izpolnjeno (točke)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="92" />
      <source>Audits failed</source>
      <translation>Neizpolnjene presoje</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="107" />
      <source>Checked by</source>
      <translation>Preverjajo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="110" />
      <source>Compliance over time</source>
      <translation>Skladnost skozi čas</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="124" />
      <source>Service standards</source>
      <translation>Standardi storitev</translation>
    </message>
  </context>
  <context>
    <name>ConnectDialog</name>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="55" />
      <source>sslmode=%1: the connection may go without TLS and the server is not checked; anyone on the way can read and change the login and all data.</source>
      <translation>sslmode=%1: povezava lahko poteka brez TLS in strežnik ni preverjen; kdorkoli na poti lahko bere in spreminja prijavo in vse podatke.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="59" />
      <source>sslmode=%1 does not check the server's certificate: a man in the middle can read the password exchange and all data.</source>
      <translation>sslmode=%1 ne preverja potrdila strežnika: napadalec vmes lahko prebere izmenjavo gesla in vse podatke.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="63" />
      <source>sslmode=%1 does not check that the certificate names this server: any server with a certificate from the same CA can pose as it.</source>
      <translation>sslmode=%1 ne preverja, ali potrdilo navaja ta strežnik: vsak strežnik s potrdilom istega izdajatelja (CA) se lahko izdaja zanj.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="67" />
      <source>require_auth=%1 lets the server ask for another login than SCRAM: a server posing as this one may be sent the password, or a hash of it that it can crack.</source>
      <translation>require_auth=%1 dovoli strežniku, da zahteva drugačno prijavo kot SCRAM: strežnik, ki se izdaja za tega, lahko dobi geslo ali njegov izvleček, ki ga lahko razbije.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="71" />
      <source>channel_binding=%1 does not tie the login to the TLS connection: a man in the middle can pass your login on to the real server.</source>
      <translation>channel_binding=%1 ne veže prijave na povezavo TLS: napadalec vmes lahko vašo prijavo posreduje pravemu strežniku.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="82" />
      <source>Connecting to the server…</source>
      <translation>Povezovanje s strežnikom …</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="83" />
      <source>Sending this laptop's audits…</source>
      <translation>Pošiljanje presoj s tega prenosnika …</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="84" />
      <source>Receiving what the server has for this laptop…</source>
      <translation>Prejemanje tega, kar ima strežnik za ta prenosnik …</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="85" />
      <source>Syncing…</source>
      <translation>Sinhroniziranje …</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="92" />
      <source>Nothing to send or receive: this laptop and the server hold the same.</source>
      <translation>Ničesar ni za poslati ali prejeti: prenosnik in strežnik imata iste podatke.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="94" />
      <source>Sent: %1 audits and %2 diaries.</source>
      <translation>Poslano: presoje – %1, dnevniki – %2.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="97" />
      <source>Received: %1 audits, %2 checklists and %3 corrective actions.</source>
      <translation>Prejeto: presoje – %1, kontrolni seznami – %2, korektivni ukrepi – %3.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="105" />
      <source>%1 audits were changed on both sides; both versions are kept for a reviewer.</source>
      <translation>Presoje, spremenjene na obeh straneh: %1; obe različici sta shranjeni za pregledovalca.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="123" />
      <source>Sync with a team server</source>
      <translation>Sinhronizacija s strežnikom ekipe</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="124" />
      <source>Connect to a team server</source>
      <translation>Povezava s strežnikom ekipe</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="129" />
      <source>The team's PostgreSQL server, set up by your administrator. Log in with the login and password you were given.</source>
      <translation>Strežnik PostgreSQL ekipe, ki ga je pripravil skrbnik. Prijavite se z uporabniškim imenom in geslom, ki ste ju dobili.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="152" />
      <source>optional: the CA that signed the server's certificate</source>
      <translation>neobvezno: izdajatelj (CA), ki je podpisal potrdilo strežnika</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="158" />
      <source>&amp;Browse…</source>
      <translation>Pre&amp;brskaj…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="163" />
      <source>&amp;Server:</source>
      <translation>&amp;Strežnik:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="164" />
      <source>P&amp;ort:</source>
      <translation>V&amp;rata:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="165" />
      <source>&amp;Database:</source>
      <translation>&amp;Zbirka podatkov:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="166" />
      <source>&amp;Login:</source>
      <translation>&amp;Uporabnik:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="167" />
      <source>Pass&amp;word:</source>
      <translation>&amp;Geslo:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="168" />
      <source>C&amp;A certificate:</source>
      <translation>Potrdilo &amp;CA:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="179" />
      <source>&amp;Remember the password in the system keyring</source>
      <translation>&amp;Zapomni si geslo v sistemski shrambi ključev</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="204" />
      <source>&amp;Sync</source>
      <translation>&amp;Sinhroniziraj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="204" />
      <source>&amp;Connect</source>
      <translation>&amp;Poveži</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="227" />
      <source>The server's CA certificate</source>
      <translation>Potrdilo CA strežnika</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="229" />
      <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
      <translation>Potrdila (*.crt *.pem *.cer);;Vse datoteke (*)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="237" />
      <source>This connection is weaker than the default:</source>
      <translation>Ta povezava je šibkeje zaščitena od privzete:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="250" />
      <source>Give the database and your login.</source>
      <translation>Vnesite zbirko podatkov in uporabniško ime.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="258" />
      <source>Not connected; check the server, login and password.</source>
      <translation>Ni povezave; preverite strežnik, uporabniško ime in geslo.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="277" />
      <source>Another transfer is running; wait for it first.</source>
      <translation>Poteka drug prenos; počakajte, da se konča.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="305" />
      <source>Stop</source>
      <translation>Ustavi</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="305" />
      <source>Close</source>
      <translation>Zapri</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="312" />
      <source>The sync is done.</source>
      <translation>Sinhronizacija je končana.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="319" />
      <source>&amp;Sync again</source>
      <translation>&amp;Znova sinhroniziraj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="322" />
      <source>The sync did not go through.</source>
      <translation>Sinhronizacija ni uspela.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="326" />
      <source>&amp;Try again</source>
      <translation>&amp;Poskusi znova</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="337" />
      <source>Stopping…</source>
      <translation>Ustavljanje …</translation>
    </message>
  </context>
  <context>
    <name>DatabaseOpen</name>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="47" />
      <source>What the check found: %1</source>
      <translation>Kaj je pokazalo preverjanje: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="50" />
      <source>%1 failed its check, so it may be damaged, and there is no good backup of it.</source>
      <translation>Datoteka %1 ni prestala preverjanja, zato je morda poškodovana, dobre varnostne kopije pa ni.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="55" />
      <source>%1 failed its check, so it may be damaged.

Restore the newest good backup, from %2?</source>
      <translation>Datoteka %1 ni prestala preverjanja, zato je morda poškodovana.

Obnovim najnovejšo dobro varnostno kopijo z dne %2?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="73" />
      <source>Database damaged</source>
      <translation>Zbirka podatkov je poškodovana</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="111" />
      <source>%1 answers that could not be saved before were saved now.</source>
      <translation>Zdaj je shranjenih %1 odgovorov, ki jih prej ni bilo mogoče shraniti.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="118" />
      <source>Today's backup was taken.</source>
      <translation>Današnja varnostna kopija je narejena.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="121" />
      <source>The daily backup failed: %1</source>
      <translation>Dnevna varnostna kopija ni uspela: %1</translation>
    </message>
  </context>
  <context>
    <name>TrustDialog</name>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="28" />
      <source>Reviewer</source>
      <translation>Pregledovalec</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="28" />
      <source>Shopper</source>
      <translation>Skrivni kupec</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="29" />
      <source>Manager</source>
      <translation>Vodja</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="38" />
      <source>Unknown sender</source>
      <translation>Neznan pošiljatelj</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="41" />
      <source>This package is signed with a key this database does not trust yet. Nothing is imported from it unless you trust the key. Ask %1 to read you the code of her key (Help → About on her laptop, or service-auditor key show) and compare it with this one:</source>
      <translation>Paket je podpisan s ključem, ki mu ta zbirka podatkov še ne zaupa. Nič iz njega ne bo uvoženo, dokler ključu ne zaupate. Prosite osebo %1, naj vam prebere kodo svojega ključa (Pomoč → O programu na njenem prenosniku ali service-auditor key show), in jo primerjajte s to:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="59" />
      <source>&amp;Person:</source>
      <translation>&amp;Oseba:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="60" />
      <source>&amp;Role:</source>
      <translation>&amp;Vloga:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="62" />
      <source>&amp;The code she read me is exactly this one</source>
      <translation>&amp;Koda, ki mi jo je prebrala, je natanko ta</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="66" />
      <source>Trust this key</source>
      <translation>Zaupaj temu ključu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="69" />
      <source>Do not trust</source>
      <translation>Ne zaupaj</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="41" />
      <source>The system's language</source>
      <translation>Jezik sistema</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="54" />
      <source>the user data folder's auditor.sqlite</source>
      <translation>auditor.sqlite v mapi uporabniških podatkov</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="57" />
      <source>the user data folder's backups</source>
      <translation>varnostne kopije v mapi uporabniških podatkov</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="62" />
      <source>From which percent each grade starts, separated by ;</source>
      <translation>Od katerega odstotka se začne vsaka ocena, ločeno s ;</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="66" />
      <location filename="../../work/main/ui/pages/settings_page.py" line="204" />
      <source>Interface language</source>
      <translation>Jezik vmesnika</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="67" />
      <source>Organisation name on reports</source>
      <translation>Ime organizacije v poročilih</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="68" />
      <source>Logo on reports</source>
      <translation>Logotip v poročilih</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="70" />
      <source>Shopper on this laptop</source>
      <translation>Skrivni kupec na tem prenosniku</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="71" />
      <source>Reviewer on this laptop</source>
      <translation>Pregledovalec na tem prenosniku</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="73" />
      <location filename="../../work/main/ui/pages/settings_page.py" line="136" />
      <source>Database opened at start</source>
      <translation>Zbirka podatkov ob zagonu</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="76" />
      <location filename="../../work/main/ui/pages/settings_page.py" line="143" />
      <source>Backup folder</source>
      <translation>Mapa za varnostne kopije</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="78" />
      <source>Pass line of new checklists (%)</source>
      <translation>Prag novih kontrolnih seznamov (%)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="80" />
      <source>Grades of new checklists</source>
      <translation>Ocene novih kontrolnih seznamov</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="82" />
      <source>&amp;Save settings</source>
      <translation>&amp;Shrani nastavitve</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="88" />
      <source>Settings</source>
      <translation>Nastavitve</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="110" />
      <source>Browse…</source>
      <translation>Prebrskaj…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="129" />
      <source>Logo</source>
      <translation>Logotip</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="129" />
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Slike (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="154" />
      <source>There is no file %1.</source>
      <translation>Datoteka %1 ne obstaja.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="159" />
      <source>%1 is not a PNG or JPEG image.</source>
      <translation>%1 ni slika PNG ali JPEG.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="162" />
      <source>There is no database file %1.</source>
      <translation>Datoteka zbirke podatkov %1 ne obstaja.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="165" />
      <source>%1 is not a folder.</source>
      <translation>%1 ni mapa.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="171" />
      <source>The pass line is a percent from 0 to 100.</source>
      <translation>Prag je odstotek od 0 do 100.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="175" />
      <source>'%1' is not a percent from 0 to 100 and a grade name.</source>
      <translation>'%1' ni odstotek od 0 do 100 z imenom ocene.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="186" />
      <source>Nothing was saved: fix the fields marked in red.</source>
      <translation>Nič ni bilo shranjeno: popravite rdeče označena polja.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="199" />
      <location filename="../../work/main/ui/pages/settings_page.py" line="200" />
      <source>Settings saved.</source>
      <translation>Nastavitve shranjene.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="205" />
      <source>The new language is used the next time Service Auditor starts.</source>
      <translation>Novi jezik bo uporabljen ob naslednjem zagonu programa Service Auditor.</translation>
    </message>
  </context>
  <context>
    <name>PasswordDialog</name>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="35" />
      <source>Change my password</source>
      <translation>Spremeni moje geslo</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="39" />
      <source>Your new password for %1</source>
      <translation>Vaše novo geslo za %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="47" />
      <source>&amp;New password:</source>
      <translation>&amp;Novo geslo:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="48" />
      <source>&amp;Again:</source>
      <translation>&amp;Ponovno:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="66" />
      <source>A password has at least %1 characters.</source>
      <translation>Geslo ima vsaj %1 znakov.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="70" />
      <source>The two passwords differ.</source>
      <translation>Gesli se razlikujeta.</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="../../work/main/ui/startup.py" line="183" />
      <source>Cannot open database</source>
      <translation>Zbirke podatkov ni mogoče odpreti</translation>
    </message>
  </context>
</TS>