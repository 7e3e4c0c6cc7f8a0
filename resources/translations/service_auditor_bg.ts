<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="bg">
  <context>
    <name>AuditForm</name>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="49" />
      <source>in the score</source>
      <translation>влиза в резултата</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="50" />
      <source>not applicable</source>
      <translation>неприложимо</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="51" />
      <source>not answered</source>
      <translation>без отговор</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="52" />
      <source>not shown</source>
      <translation>не е показан</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="53" />
      <source>no points</source>
      <translation>без точки</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="57" />
      <source>N/A: left out of the score</source>
      <translation>неприложимо: не влиза в резултата</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="58" />
      <source>N/A: counts as met</source>
      <translation>неприложимо: брои се за изпълнено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="59" />
      <source>N/A: counts as not met</source>
      <translation>неприложимо: брои се за неизпълнено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="60" />
      <source>N/A is not allowed here: counts as not met</source>
      <translation>„неприложимо“ не е позволено тук: брои се за неизпълнено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="83" />
      <source>next / previous question</source>
      <translation>следващ / предишен въпрос</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="84" />
      <source>yes / no</source>
      <translation>да / не</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="85" />
      <source>not applicable (where allowed)</source>
      <translation>неприложимо (където е разрешено)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="86" />
      <source>not applicable, also inside a text field</source>
      <translation>неприложимо, и в текстово поле</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="87" />
      <source>rating, or the n-th choice (two digits for 10)</source>
      <translation>оценка или n-ти отговор (две цифри за 10)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="88" />
      <source>attach a file to a photo or file question</source>
      <translation>прикачи файл към въпрос за снимка или файл</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="89" />
      <source>start / stop the stopwatch of a wait or duration</source>
      <translation>пусни / спри хронометъра за чакане или продължителност</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="90" />
      <source>comment on the current question</source>
      <translation>коментар към текущия въпрос</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="91" />
      <source>next / previous section</source>
      <translation>следващ / предишен раздел</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="92" />
      <source>jump to a question</source>
      <translation>отиди на въпрос</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="93" />
      <source>undo the last answer change</source>
      <translation>отмени последната промяна на отговор</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="94" />
      <source>score breakdown</source>
      <translation>разбивка на резултата</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="95" />
      <source>submit</source>
      <translation>изпрати</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="96" />
      <source>this list</source>
      <translation>този списък</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="408" />
      <source>Yes</source>
      <translation>Да</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="410" />
      <source>No</source>
      <translation>Не</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="65" />
      <source>no points</source>
      <translation>без точки</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="85" />
      <source>not shown: a rule hides it after another answer</source>
      <translation>не е показан: правило го скрива след друг отговор</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="87" />
      <location filename="../../work/main/ui/capture/form_window.py" line="764" />
      <source>no answer</source>
      <translation>няма отговор</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="95" />
      <source>weight 0: answered, not scored</source>
      <translation>тежест 0: отговорено, без точкуване</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="96" />
      <source>this kind of question is not scored</source>
      <translation>този вид въпрос не се точкува</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="100" />
      <source>critical: the whole audit fails</source>
      <translation>критично: целият одит е неуспешен</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="101" />
      <source>critical: the section fails</source>
      <translation>критично: разделът е неуспешен</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="108" />
      <location filename="../../work/main/ui/capture/form_window.py" line="770" />
      <source>Yes</source>
      <translation>Да</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="108" />
      <location filename="../../work/main/ui/capture/form_window.py" line="770" />
      <source>No</source>
      <translation>Не</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="110" />
      <source>%1 on a scale of %2 to %3</source>
      <translation>%1 по скала от %2 до %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="117" />
      <location filename="../../work/main/ui/capture/breakdown.py" line="124" />
      <source>%1: %2 of %3 points</source>
      <translation>%1: %2 от %3 точки</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="131" />
      <source>%1, target at most %2</source>
      <translation>%1, цел: най-много %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="132" />
      <source>%1, target at least %2</source>
      <translation>%1, цел: най-малко %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="134" />
      <source>answered</source>
      <translation>отговорено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="161" />
      <source>%1 (critical failure: %2)</source>
      <translation>%1 (критичен провал: %2)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="185" />
      <source>%1 of %2 answers are N/A (%3); at most %4 may be</source>
      <translation>%1 от %2 отговора са „неприложимо“ (%3); допустими са най-много %4</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="227" />
      <source>Score breakdown</source>
      <translation>Разбивка на резултата</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="231" />
      <source>Section / question</source>
      <translation>Раздел / въпрос</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="231" />
      <location filename="../../work/main/ui/capture/form_window.py" line="245" />
      <source>Score</source>
      <translation>Резултат</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="231" />
      <source>Points</source>
      <translation>Точки</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="231" />
      <source>Why</source>
      <translation>Защо</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="269" />
      <source>Audit score: %1</source>
      <translation>Резултат от одита: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="274" />
      <source>Not scorable: %1</source>
      <translation>Без резултат: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="762" />
      <source>N/A</source>
      <translation>неприложимо</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="135" />
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="163" />
      <source>&lt;b&gt;%1&lt;/b&gt; (version %2) · %3 · %4 · visit %5</source>
      <translation>&lt;b&gt;%1&lt;/b&gt; (версия %2) · %3 · %4 · посещение %5</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="176" />
      <source>Section</source>
      <translation>Раздел</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="176" />
      <source>Done</source>
      <translation>Готово</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="224" />
      <source>Breakdown…</source>
      <translation>Разбивка…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="233" />
      <source>&amp;Submit</source>
      <translation>Изпрати (&amp;S)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="239" />
      <source>Keyboard shortcuts (F1)</source>
      <translation>Клавишни комбинации (F1)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="260" />
      <source>Jump to a question (Ctrl+F)</source>
      <translation>Отиди на въпрос (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="283" />
      <source>Returned by the reviewer: %1</source>
      <translation>Върнато от проверяващия: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="327" />
      <location filename="../../work/main/ui/capture/form_window.py" line="420" />
      <location filename="../../work/main/ui/capture/form_window.py" line="447" />
      <location filename="../../work/main/ui/capture/form_window.py" line="462" />
      <source>saving…</source>
      <translation>записване…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="328" />
      <location filename="../../work/main/ui/capture/form_window.py" line="741" />
      <source>Saving…</source>
      <translation>Записване…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="357" />
      <location filename="../../work/main/ui/capture/form_window.py" line="426" />
      <location filename="../../work/main/ui/capture/form_window.py" line="474" />
      <source>saved ✓</source>
      <translation>записано ✓</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="360" />
      <source>All changes saved</source>
      <translation>Всички промени са записани</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="365" />
      <source>waiting for the database…</source>
      <translation>изчакване на базата данни…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="366" />
      <source>Waiting for the database…</source>
      <translation>Изчакване на базата данни…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="377" />
      <location filename="../../work/main/ui/capture/form_window.py" line="397" />
      <source>not saved</source>
      <translation>не е записано</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="379" />
      <source>A change could not be saved: %1</source>
      <translation>Промяната не можа да бъде записана: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="387" />
      <source>someone else</source>
      <translation>някой друг</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="390" />
      <source>%1 saved this answer at %2, after you opened the audit: it is now “%3”. Yours is still here, not saved.</source>
      <translation>%1 записа този отговор в %2, след като отворихте одита: сега е „%3“. Вашият отговор е още тук, незаписан.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="399" />
      <source>An answer was changed by someone else; choose which stays.</source>
      <translation>Отговор беше променен от някой друг; изберете кой да остане.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="431" />
      <source>Nothing to undo</source>
      <translation>Няма какво да се отмени</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="438" />
      <source>Undone: %1</source>
      <translation>Отменено: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="505" />
      <source>pass</source>
      <translation>успешно</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="505" />
      <source>fail</source>
      <translation>неуспешно</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="509" />
      <source>not scorable: too many N/A answers</source>
      <translation>без резултат: твърде много отговори „неприложимо“</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="514" />
      <source>Critical failure: %1</source>
      <translation>Критично неизпълнение: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="552" />
      <source>This audit is %1 and can no longer be changed.</source>
      <translation>Този одит е със статус %1 и вече не може да се променя.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="632" />
      <source>This question has no stopwatch</source>
      <translation>Този въпрос няма хронометър</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="645" />
      <source>No visible question matches '%1'</source>
      <translation>Няма видим въпрос, отговарящ на '%1'</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="663" />
      <source>Send this audit to the reviewer? Once submitted it can no longer be changed, unless the reviewer returns it.</source>
      <translation>Да се изпрати ли този одит на проверяващия? След изпращане не може да се променя, освен ако проверяващият не го върне.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="666" />
      <source>Submit these answers? Once submitted they are counted and can no longer be changed.</source>
      <translation>Да се изпратят ли тези отговори? След изпращане те се броят и не могат да се променят.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="669" />
      <source>Submit</source>
      <translation>Изпращане</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="674" />
      <source>Not submitted.</source>
      <translation>Не е изпратено.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="684" />
      <source>%1 answers are missing or break a rule: they are marked in red.</source>
      <translation>Липсващи отговори или нарушени правила: %1; отбелязани са в червено.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="695" />
      <location filename="../../work/main/ui/capture/form_window.py" line="702" />
      <source>Cannot submit</source>
      <translation>Не може да се изпрати</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="703" />
      <source>Another program is writing to the database; try again in a moment.</source>
      <translation>Друга програма записва в базата данни; опитайте отново след малко.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="709" />
      <source>Submitted.</source>
      <translation>Изпратено.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="719" />
      <source>Keyboard shortcuts</source>
      <translation>Клавишни комбинации</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="721" />
      <source>Keys</source>
      <translation>Клавиши</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="721" />
      <source>Does</source>
      <translation>Действие</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="746" />
      <source>Answers kept</source>
      <translation>Отговорите са запазени</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="748" />
      <source>The database stayed busy; %1 answers are kept beside it and will be saved the next time it is opened.</source>
      <translation>Базата данни остана заета; %1 отговора са запазени до нея и ще бъдат записани при следващото ѝ отваряне.</translation>
    </message>
  </context>
  <context>
    <name>AuditStatus</name>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="37" />
      <source>Draft</source>
      <translation>Чернова</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="38" />
      <source>Submitted</source>
      <translation>Изпратен</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="39" />
      <source>Returned</source>
      <translation>Върнат</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="40" />
      <source>Accepted</source>
      <translation>Приет</translation>
    </message>
  </context>
  <context>
    <name>AuditTableModel</name>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="105" />
      <source>Visit date</source>
      <translation>Дата на посещение</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="106" />
      <source>Location</source>
      <translation>Обект</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="107" />
      <source>Checklist</source>
      <translation>Контролен списък</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="108" />
      <source>Shopper</source>
      <translation>Таен клиент</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="109" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="110" />
      <source>Score</source>
      <translation>Резултат</translation>
    </message>
  </context>
  <context>
    <name>AuditsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="77" />
      <source>Filter by location, checklist or shopper</source>
      <translation>Филтър по обект, контролен списък или таен клиент</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="82" />
      <source>All statuses</source>
      <translation>Всички статуси</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="109" />
      <source>PDF report…</source>
      <translation>PDF отчет…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="111" />
      <source>Write the selected audit's report as a PDF</source>
      <translation>Запиши отчета на избрания одит като PDF</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="113" />
      <source>Location PDF…</source>
      <translation>PDF за обекта…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="116" />
      <source>Write the report of the selected audit's location as a PDF</source>
      <translation>Запиши отчета за обекта на избрания одит като PDF</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="119" />
      <source>&amp;New audit…</source>
      <translation>&amp;Нов одит…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="122" />
      <source>&amp;Open</source>
      <translation>&amp;Отвори</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="124" />
      <source>Continue a draft, or read a submitted audit</source>
      <translation>Продължи чернова или прочети изпратен одит</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="127" />
      <source>Accept</source>
      <translation>Приеми</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="130" />
      <source>Return…</source>
      <translation>Върни…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="132" />
      <source>Send a submitted audit back with notes</source>
      <translation>Върни изпратен одит с бележки</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="147" />
      <source>Show all audits</source>
      <translation>Покажи всички одити</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="165" />
      <source>%1 audits: %2</source>
      <translation>Одити (%1): %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="207" />
      <location filename="../../work/main/ui/pages/audits.py" line="276" />
      <source>Select an audit first.</source>
      <translation>Първо изберете одит.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="246" />
      <source>Select a submitted audit first.</source>
      <translation>Първо изберете изпратен одит.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="255" />
      <source>Return to the shopper</source>
      <translation>Върни на тайния клиент</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="255" />
      <source>What should the shopper change?</source>
      <translation>Какво трябва да промени тайният клиент?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="259" />
      <source>Reviewer</source>
      <translation>Проверяващ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="268" />
      <source>Audit accepted.</source>
      <translation>Одитът е приет.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="268" />
      <source>Audit returned to the shopper.</source>
      <translation>Одитът е върнат на тайния клиент.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="287" />
      <source>Select an audit of the location first.</source>
      <translation>Първо изберете одит на този обект.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="298" />
      <source>Save report</source>
      <translation>Запиши отчета</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="312" />
      <source>No audits yet. Start one from a checklist, or look around with demo data.</source>
      <translation>Все още няма одити. Започнете от контролен списък или разгледайте с демонстрационни данни.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="316" />
      <source>Fill with demo data</source>
      <translation>Попълни с демонстрационни данни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="397" />
      <source>%1 of %2 audits</source>
      <translation>%1 от %2 одита</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="413" />
      <source>Demo data added: %1 audits in %2 locations.</source>
      <translation>Добавени демонстрационни данни: %1 одита в %2 обекта.</translation>
    </message>
  </context>
  <context>
    <name>DiariesPage</name>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="158" />
      <source>&amp;New diary…</source>
      <translation>&amp;Нов дневник…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="161" />
      <source>PDF report…</source>
      <translation>PDF отчет…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="165" />
      <source>Diary</source>
      <translation>Дневник</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="186" />
      <source>Add an event (Ctrl+Enter)</source>
      <translation>Добави събитие (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="199" />
      <source>who served you</source>
      <translation>кой ви обслужи</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="202" />
      <source>what happened</source>
      <translation>какво се случи</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="224" />
      <source>Neither</source>
      <translation>Нито едното</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="225" />
      <source>Would recommend</source>
      <translation>Бих препоръчал</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="226" />
      <source>Would warn others</source>
      <translation>Бих предупредил другите</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="227" />
      <source>&amp;Add event</source>
      <translation>&amp;Добави събитие</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="237" />
      <location filename="../../work/main/ui/pages/diaries.py" line="277" />
      <source>When</source>
      <translation>Кога</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="238" />
      <source>&amp;Channel</source>
      <translation>&amp;Канал</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="239" />
      <source>Or&amp;ganisation</source>
      <translation>Ор&amp;ганизация</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="240" />
      <location filename="../../work/main/ui/pages/diaries.py" line="278" />
      <source>What happened</source>
      <translation>Какво се случи</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="241" />
      <source>E&amp;xpected (1-7)</source>
      <translation>&amp;Очакване (1-7)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="242" />
      <source>Ex&amp;perienced (1-7)</source>
      <translation>&amp;Възприятие (1-7)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="243" />
      <source>&amp;Satisfaction (1-5)</source>
      <translation>&amp;Удовлетвореност (1-5)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="244" />
      <source>&amp;Feeling</source>
      <translation>&amp;Чувство</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="245" />
      <source>Criteria that mattered</source>
      <translation>Критерии, които имаха значение</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="247" />
      <source>Would you…</source>
      <translation>Бихте ли…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="263" />
      <source>Timeline</source>
      <translation>Хронология</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="266" />
      <source>All channels</source>
      <translation>Всички канали</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="272" />
      <source>Filter by organisation or text</source>
      <translation>Филтър по организация или текст</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="277" />
      <location filename="../../work/main/ui/pages/diaries.py" line="307" />
      <source>Channel</source>
      <translation>Канал</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="277" />
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="277" />
      <source>Expected</source>
      <translation>Очаквано</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="278" />
      <source>Experienced</source>
      <translation>Преживяно</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="278" />
      <location filename="../../work/main/ui/pages/diaries.py" line="309" />
      <source>Gap</source>
      <translation>Разлика</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="298" />
      <source>Summary</source>
      <translation>Обобщение</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="306" />
      <source>Criterion</source>
      <translation>Критерий</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="309" />
      <source>Events</source>
      <translation>Събития</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="309" />
      <source>Expected → experienced</source>
      <translation>Очаквано → преживяно</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="316" />
      <source>By criterion (most mentioned first)</source>
      <translation>По критерий (най-често споменатите първо)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="317" />
      <source>By channel</source>
      <translation>По канал</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="372" />
      <source>Start a diary to add events.</source>
      <translation>Започнете дневник, за да добавяте събития.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="423" />
      <source>%1 events · expected %2 · experienced %3 · gap %4 · recommend %5 · warn %6</source>
      <translation>събития: %1 · очаквано %2 · преживяно %3 · разлика %4 · препоръка %5 · предупреждение %6</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="506" />
      <source>Start a diary first.</source>
      <translation>Първо започнете дневник.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="545" />
      <source>Save diary report</source>
      <translation>Запиши отчета за дневника</translation>
    </message>
  </context>
  <context>
    <name>EnumLabels</name>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="103" />
      <source>s</source>
      <comment>seconds, after a number</comment>
      <translation>с</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="104" />
      <source>min</source>
      <comment>minutes, after a number</comment>
      <translation>мин</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="105" />
      <source>h</source>
      <comment>hours, after a number</comment>
      <translation>ч</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="106" />
      <source>rings</source>
      <comment>phone rings, after a number</comment>
      <translation>позвънявания</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="25" />
      <source>Mystery shopping</source>
      <translation>Таен клиент</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="26" />
      <source>Mystery call</source>
      <translation>Таен клиент по телефона</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="27" />
      <source>Internal audit</source>
      <translation>Вътрешен одит</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="28" />
      <source>Customer survey</source>
      <translation>Анкета на клиентите</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="29" />
      <source>SERVQUAL questionnaire</source>
      <translation>Въпросник SERVQUAL</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="30" />
      <source>Self-assessment</source>
      <translation>Самооценка</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="31" />
      <source>Service-event diary</source>
      <translation>Дневник на обслужването</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="38" />
      <source>Yes or no</source>
      <translation>Да или не</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="39" />
      <source>Rating</source>
      <translation>Оценка по скала</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="40" />
      <source>One choice</source>
      <translation>Един избор</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="41" />
      <source>Several choices</source>
      <translation>Няколко избора</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="42" />
      <source>Number</source>
      <translation>Число</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="43" />
      <source>Time of day</source>
      <translation>Час от деня</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="44" />
      <source>Duration</source>
      <translation>Продължителност</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="45" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="46" />
      <source>Date and time</source>
      <translation>Дата и час</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="47" />
      <source>Text</source>
      <translation>Текст</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="48" />
      <source>Note (nothing to answer)</source>
      <translation>Бележка (без отговор)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="49" />
      <source>Photo</source>
      <translation>Снимка</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="50" />
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="51" />
      <source>Location (latitude, longitude)</source>
      <translation>Местоположение (географска ширина, дължина)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="59" />
      <source>In person</source>
      <translation>Лично</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="60" />
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="61" />
      <source>E-mail</source>
      <translation>Имейл</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="62" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="63" />
      <source>Web</source>
      <translation>Уеб</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="64" />
      <source>Chat</source>
      <translation>Чат</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="65" />
      <source>Fax</source>
      <translation>Факс</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="66" />
      <source>Branch visit</source>
      <translation>Посещение в клон</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="74" />
      <source>Courtesy</source>
      <translation>Учтивост</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="75" />
      <source>Professionalism</source>
      <translation>Професионализъм</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="76" />
      <source>Empathy</source>
      <translation>Съпричастност</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="77" />
      <source>Willingness to help</source>
      <translation>Готовност за помощ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="78" />
      <source>Listening</source>
      <translation>Изслушване</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="79" />
      <source>Waiting time</source>
      <translation>Време за чакане</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="80" />
      <source>Speed</source>
      <translation>Бързина</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="81" />
      <source>Convenience</source>
      <translation>Удобство</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="89" />
      <source>Pleased</source>
      <translation>Доволен</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="90" />
      <source>Indifferent</source>
      <translation>Безразличен</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="91" />
      <source>Annoyed</source>
      <translation>Раздразнен</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="92" />
      <source>Delighted</source>
      <translation>Възхитен</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="93" />
      <source>Frustrated</source>
      <translation>Разочарован</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="94" />
      <source>Relieved</source>
      <translation>Облекчен</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../work/main/ui/errors.py" line="62" />
      <source>An unexpected error stopped this (%1).</source>
      <translation>Неочаквана грешка прекъсна това действие (%1).</translation>
    </message>
  </context>
  <context>
    <name>JobProgress</name>
    <message>
      <location filename="../../work/main/ui/widgets/job_progress.py" line="19" />
      <source>Cancel</source>
      <translation>Отказ</translation>
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
      <translation>Одити</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="89" />
      <source>Review</source>
      <translation>Преглед</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="90" />
      <source>Reports</source>
      <translation>Отчети</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="91" />
      <source>Diaries</source>
      <translation>Дневници</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="92" />
      <source>Actions</source>
      <translation>Действия</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="93" />
      <source>Dashboard</source>
      <translation>Табло</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="94" />
      <source>Checklists</source>
      <translation>Контролни списъци</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="95" />
      <source>Standards</source>
      <translation>Стандарти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="96" />
      <source>Settings</source>
      <translation>Настройки</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="107" />
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="109" />
      <source>&amp;Tools</source>
      <translation>&amp;Инструменти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="110" />
      <source>&amp;Help</source>
      <translation>По&amp;мощ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="114" />
      <source>Opening the database…</source>
      <translation>Отваряне на базата данни…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="321" />
      <source>Your password is changed.</source>
      <translation>Паролата е сменена.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="332" />
      <source>&amp;New database…</source>
      <translation>&amp;Нова база данни…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="335" />
      <source>&amp;Open database…</source>
      <translation>&amp;Отвори база данни…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="338" />
      <source>Open &amp;recent</source>
      <translation>&amp;Последно отваряни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="341" />
      <source>Fill with &amp;demo data</source>
      <translation>Попълни с &amp;демонстрационни данни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="343" />
      <source>&amp;Quit</source>
      <translation>&amp;Изход</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="346" />
      <source>Connect to &amp;team server…</source>
      <translation>Свързване със &amp;сървъра на екипа…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="351" />
      <source>Change my &amp;password…</source>
      <translation>Смяна на моята &amp;парола…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="352" />
      <source>Your own password on the team server</source>
      <translation>Вашата парола на сървъра на екипа</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="359" />
      <source>&amp;Send audits…</source>
      <translation>&amp;Изпрати одити…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="361" />
      <source>Write the submitted audits not sent yet to a signed package (.zip)</source>
      <translation>Запиши изпратените за преглед, но още непредадени одити в подписан пакет (.zip)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="364" />
      <source>Re&amp;ceive audits…</source>
      <translation>По&amp;лучи одити…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="366" />
      <source>Merge audit packages from shoppers or the office (or drop them here)</source>
      <translation>Обедини пакети с одити от тайни клиенти или от офиса (или ги пуснете тук)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="369" />
      <source>S&amp;ync with team server…</source>
      <translation>С&amp;инхронизиране със сървъра на екипа…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="371" />
      <source>Send the submitted audits to the team server; bring back reviews, checklists and actions</source>
      <translation>Предаване на изпратените одити към сървъра на екипа; връщане на прегледи, контролни списъци и действия</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="379" />
      <source>&amp;Back up now</source>
      <translation>&amp;Архивирай сега</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="381" />
      <source>Res&amp;tore from backup…</source>
      <translation>Въз&amp;станови от архив…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="389" />
      <source>&amp;Recompute all scores</source>
      <translation>&amp;Преизчисли всички резултати</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="391" />
      <source>Score every audit again from its answers, after scoring rules changed</source>
      <translation>Изчисли отново резултата на всеки одит от отговорите му, след промяна на правилата за оценяване</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="397" />
      <source>&amp;About Service Auditor</source>
      <translation>&amp;За Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="423" />
      <source>No recent databases</source>
      <translation>Няма последно отваряни бази</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="434" />
      <source>Service Auditor — %1</source>
      <translation>Service Auditor — %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="435" />
      <source>Database: %1</source>
      <translation>База данни: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="444" />
      <source>A server database is backed up on the server</source>
      <translation>База данни на сървър се архивира на сървъра</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="448" />
      <source>The database was upgraded; a backup was written to %1</source>
      <translation>Базата данни беше обновена; архив е записан в %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="484" />
      <source>Scores are being recomputed; wait or cancel first.</source>
      <translation>Резултатите се преизчисляват; изчакайте или първо откажете.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="489" />
      <location filename="../../work/main/ui/main_window.py" line="544" />
      <source>Cannot open database</source>
      <translation>Базата данни не може да бъде отворена</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="510" />
      <source>Back up now</source>
      <translation>Архивирай сега</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="512" />
      <source>Backup written: %1</source>
      <translation>Архивът е записан: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="540" />
      <source>Restore from backup</source>
      <translation>Възстанови от архив</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="547" />
      <source>Restored from %1</source>
      <translation>Възстановено от %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="553" />
      <location filename="../../work/main/ui/main_window.py" line="560" />
      <source>New database</source>
      <translation>Нова база данни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="561" />
      <source>%1 already exists; use Open database to open it.</source>
      <translation>%1 вече съществува; отворете я с Отвори база данни.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="582" />
      <source>Open database</source>
      <translation>Отвори база данни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="602" />
      <source>Recomputing scores…</source>
      <translation>Преизчисляване на резултатите…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="611" />
      <source>Scores recomputed for %1 audits.</source>
      <translation>Преизчислени резултати за %1 одита.</translation>
    </message>
  </context>
  <context>
    <name>NewDiaryDialog</name>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="112" />
      <source>Start a diary</source>
      <translation>Започни дневник</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="118" />
      <source>e.g. Two weeks of service encounters</source>
      <translation>напр. Две седмици срещи с обслужване</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="125" />
      <source>&amp;Owner</source>
      <translation>&amp;Собственик</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="126" />
      <source>&amp;Title</source>
      <translation>&amp;Заглавие</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="127" />
      <source>&amp;From</source>
      <translation>&amp;От</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="128" />
      <source>T&amp;o</source>
      <translation>&amp;До</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="129" />
      <source>&amp;Purpose</source>
      <translation>&amp;Цел</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="134" />
      <source>Start the diary</source>
      <translation>Започни дневника</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="135" />
      <source>Cancel</source>
      <translation>Отказ</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="33" />
      <source>Show Details...</source>
      <translation>Подробности…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="34" />
      <source>Hide Details...</source>
      <translation>По-малко…</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="14" />
      <source>OK</source>
      <translation>Добре</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="15" />
      <source>Save</source>
      <translation>Запазване</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="16" />
      <source>Save All</source>
      <translation>Запазване на всичко</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="17" />
      <source>Open</source>
      <translation>Отваряне</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="18" />
      <source>&amp;Yes</source>
      <translation>&amp;Да</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="19" />
      <source>Yes to &amp;All</source>
      <translation>Да за &amp;всички</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="20" />
      <source>&amp;No</source>
      <translation>&amp;Не</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="21" />
      <source>N&amp;o to All</source>
      <translation>Н&amp;е за всички</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="22" />
      <source>Abort</source>
      <translation>Прекъсване</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="23" />
      <source>Retry</source>
      <translation>Повторен опит</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="24" />
      <source>Ignore</source>
      <translation>Пренебрегване</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="25" />
      <source>Close</source>
      <translation>Затваряне</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="26" />
      <source>Cancel</source>
      <translation>Отказ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="27" />
      <source>Discard</source>
      <translation>Отхвърляне</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="28" />
      <source>Help</source>
      <translation>Помощ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="29" />
      <source>Apply</source>
      <translation>Прилагане</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="30" />
      <source>Reset</source>
      <translation>Нулиране</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="31" />
      <source>Restore Defaults</source>
      <translation>По подразбиране</translation>
    </message>
  </context>
  <context>
    <name>ReportJob</name>
    <message>
      <location filename="../../work/main/ui/report_job.py" line="36" />
      <source>Report written: %1</source>
      <translation>Отчетът е записан: %1</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="88" />
      <source>Summary: ranking, distribution, weak standards</source>
      <translation>Обобщение: класиране, разпределение, слаби стандарти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="89" />
      <source>Location: trend, sections, standards, actions</source>
      <translation>Обект: тенденция, раздели, стандарти, действия</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="90" />
      <source>Standards handouts for trainers</source>
      <translation>Материали за стандартите за обучители</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="91" />
      <source>Service-event diaries</source>
      <translation>Дневници на събития при обслужване</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="92" />
      <source>Shoppers and their agreement</source>
      <translation>Тайни клиенти и тяхното съгласие</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="93" />
      <source>Audit reports, one PDF per audit</source>
      <translation>Отчети от одити, по един PDF на одит</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="107" />
      <source>Finished audits (submitted and accepted)</source>
      <translation>Завършени одити (изпратени и приети)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="108" />
      <source>Accepted audits only</source>
      <translation>Само приети одити</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="109" />
      <source>Drafts and returned audits never count</source>
      <translation>Черновите и върнатите одити никога не се броят</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="125" />
      <source>File to write (a folder for audit reports)</source>
      <translation>Файл за запис (папка за отчетите от одити)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="126" />
      <source>Browse…</source>
      <translation>Преглед…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="133" />
      <source>Report</source>
      <translation>Отчет</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="134" />
      <source>Format</source>
      <translation>Формат</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="135" />
      <source>Language</source>
      <translation>Език</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="136" />
      <source>Count</source>
      <translation>Броят се</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="137" />
      <source>Location</source>
      <translation>Обект</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="138" />
      <source>Checklist</source>
      <translation>Контролен списък</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="139" />
      <source>From</source>
      <translation>От</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="140" />
      <source>To</source>
      <translation>До</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="141" />
      <source>Save to</source>
      <translation>Запиши в</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="142" />
      <source>Ignore the dates</source>
      <translation>Без датите</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="145" />
      <source>Write report</source>
      <translation>Запиши отчета</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="156" />
      <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Отчети&lt;/h2&gt;</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="169" />
      <source>All locations</source>
      <translation>Всички обекти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="170" />
      <source>All checklists</source>
      <translation>Всички контролни списъци</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="189" />
      <source>Folder for the audit reports</source>
      <translation>Папка за отчетите от одити</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="195" />
      <source>Save report</source>
      <translation>Запиши отчета</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="219" />
      <source>Choose where to save the report first.</source>
      <translation>Първо изберете къде да запишете отчета.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="234" />
      <source>Writing the report…</source>
      <translation>Записване на отчета…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="238" />
      <source>Report written: %1</source>
      <translation>Отчетът е записан: %1</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="43" />
      <location filename="../../work/main/ui/backup_dialog.py" line="95" />
      <source>Restore from backup</source>
      <translation>Възстанови от архив</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="46" />
      <source>daily</source>
      <translation>дневен</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="47" />
      <source>weekly</source>
      <translation>седмичен</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="48" />
      <source>taken by hand</source>
      <translation>ръчен</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="49" />
      <source>before a restore</source>
      <translation>преди възстановяване</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="55" />
      <source>%1 — %2, %3</source>
      <translation>%1 — %2, %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="68" />
      <source>&amp;Restore</source>
      <translation>&amp;Възстанови</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="73" />
      <source>Backups in %1</source>
      <translation>Архиви в %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="77" />
      <source>There are no backups of this database yet.</source>
      <translation>Все още няма архиви на тази база данни.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="81" />
      <source>The database's current state is kept as a backup of its own before it is replaced.</source>
      <translation>Текущото състояние на базата данни се запазва като отделен архив, преди да бъде заменено.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="96" />
      <source>Replace the database with the backup of %1?</source>
      <translation>Да се замени ли базата данни с архива от %1?</translation>
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="69" />
      <source>Days</source>
      <translation>Дни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="70" />
      <source>Days waiting for a decision</source>
      <translation>Дни в очакване на решение</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="71" />
      <source>Visited</source>
      <translation>Посещение</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="72" />
      <source>Day of the visit</source>
      <translation>Ден на посещението</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="73" />
      <source>Score</source>
      <translation>Резултат</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="74" />
      <source>Critical</source>
      <translation>Критични</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="75" />
      <source>Critical failures</source>
      <translation>Критични неизпълнения</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="76" />
      <source>Location</source>
      <translation>Обект</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="77" />
      <source>Location, and the checklist filled there</source>
      <translation>Обект и попълненият в него контролен списък</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="78" />
      <source>Shopper</source>
      <translation>Таен клиент</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="807" />
      <source>visit time</source>
      <translation>време на посещението</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="808" />
      <source>end of the visit</source>
      <translation>край на посещението</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="809" />
      <source>observed staff</source>
      <translation>наблюдаван персонал</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="810" />
      <source>narrative</source>
      <translation>описание</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="811" />
      <source>location</source>
      <translation>обект</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="812" />
      <source>shopper</source>
      <translation>таен клиент</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="813" />
      <source>time of submission</source>
      <translation>време на изпращане</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="99" />
      <location filename="../../work/main/ui/pages/review.py" line="831" />
      <source>no answer</source>
      <translation>няма отговор</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="102" />
      <location filename="../../work/main/ui/pages/review.py" line="829" />
      <source>Yes</source>
      <translation>Да</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="102" />
      <location filename="../../work/main/ui/pages/review.py" line="829" />
      <source>No</source>
      <translation>Не</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="97" />
      <location filename="../../work/main/ui/pages/review.py" line="827" />
      <source>N/A</source>
      <translation>неприложимо</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="532" />
      <source>pass</source>
      <translation>успешно</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="532" />
      <source>fail</source>
      <translation>неуспешно</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="365" />
      <source>When</source>
      <translation>Кога</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="365" />
      <source>Who</source>
      <translation>Кой</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="657" />
      <source>Reviewer</source>
      <translation>Проверяващ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="365" />
      <source>What</source>
      <translation>Какво</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="203" />
      <source>Note for the shopper on this question</source>
      <translation>Бележка за тайния клиент по този въпрос</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="267" />
      <source>To review</source>
      <translation>За преглед</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="268" />
      <source>Questionnaire responses</source>
      <translation>Отговори на въпросници</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="269" />
      <source>Accepted</source>
      <translation>Приет</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="271" />
      <source>Questionnaire responses need no decision: they count once submitted. Open one to exclude it.</source>
      <translation>Отговорите на въпросници не чакат решение: броят се от изпращането им. Отворете отговор, за да го изключите.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="284" />
      <source>Review</source>
      <translation>Преглед</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="326" />
      <source>Note for the shopper on the whole audit</source>
      <translation>Бележка за тайния клиент за целия одит</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="327" />
      <source>&amp;Accept</source>
      <translation>&amp;Приеми</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="329" />
      <source>A</source>
      <translation>A</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="331" />
      <source>&amp;Return to the shopper</source>
      <translation>&amp;Върни на тайния клиент</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="333" />
      <source>R</source>
      <translation>R</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="335" />
      <source>E&amp;xclude…</source>
      <translation>&amp;Изключи…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="337" />
      <source>Leave this response out of every count, with a reason</source>
      <translation>Изключете този отговор от всички резултати, като посочите причина</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="339" />
      <source>Re&amp;open…</source>
      <translation>Отвори &amp;отново…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="342" />
      <source>&amp;Breakdown…</source>
      <translation>&amp;Разбивка…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="344" />
      <source>Corrective &amp;action…</source>
      <translation>&amp;Коригиращо действие…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="346" />
      <source>For a standard this audit failed</source>
      <translation>За стандарт, който този одит не изпълни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="365" />
      <source>Change</source>
      <translation>Промяна</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="377" />
      <source>Status history</source>
      <translation>История на статуса</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="379" />
      <source>Change log</source>
      <translation>Дневник на промените</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="429" />
      <source>Days waiting for a decision</source>
      <translation>Дни в очакване на решение</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="430" />
      <source>Days since it was submitted</source>
      <translation>Дни от изпращането</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="452" />
      <source>%1 questionnaire responses, counted since they were submitted</source>
      <translation>Отговори на въпросници: %1, броени от изпращането им</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="456" />
      <source>%1 audits wait for a decision</source>
      <translation>Одити, чакащи решение: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="458" />
      <source>%1 accepted audits</source>
      <translation>Приети одити: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="473" />
      <source>%1 audits changed on both sides: resolve…</source>
      <translation>Одити, променени от двете страни: %1 — разреши…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="519" />
      <source>Choose an audit in the list.</source>
      <translation>Изберете одит от списъка.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="519" />
      <source>Nothing to review.</source>
      <translation>Няма нищо за преглед.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="537" />
      <source>critical failure: %1</source>
      <translation>критично неизпълнение: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="540" />
      <source>a questionnaire response: counted since it was submitted</source>
      <translation>отговор на въпросник: брои се от изпращането</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="542" />
      <source>a questionnaire response</source>
      <translation>отговор на въпросник</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="678" />
      <source>Not saved: %1. The audit is shown as it is now; your notes are kept.</source>
      <translation>Не е записано: %1. Одитът е показан такъв, какъвто е сега; бележките ви са запазени.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="698" />
      <source>Accepted; the audit is locked.</source>
      <translation>Прието; одитът е заключен.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="707" />
      <source>Write a note for the shopper (on the audit or a question).</source>
      <translation>Напишете бележка за тайния клиент (за одита или за въпрос).</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="714" />
      <source>Returned to the shopper with %1 notes.</source>
      <translation>Върнато на тайния клиент с бележки (%1).</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="724" />
      <source>Exclude a response</source>
      <translation>Изключване на отговор</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="724" />
      <source>Why is this response left out of the results?</source>
      <translation>Защо този отговор се изключва от резултатите?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="729" />
      <source>An excluded response needs a reason.</source>
      <translation>Изключеният отговор изисква причина.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="734" />
      <source>Excluded; the response no longer counts.</source>
      <translation>Изключен; отговорът вече не се брои.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="741" />
      <source>Reopen an accepted audit</source>
      <translation>Отвори отново приет одит</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="741" />
      <source>Why is it reopened?</source>
      <translation>Защо се отваря отново?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="746" />
      <source>A reopened audit needs a reason.</source>
      <translation>Повторното отваряне на одит изисква причина.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="751" />
      <source>Reopened; the audit is back in the review queue.</source>
      <translation>Отворен отново; одитът е обратно в опашката за преглед.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="794" />
      <source>excluded from the results</source>
      <translation>изключен от резултатите</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="796" />
      <source>started</source>
      <translation>започнат</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="797" />
      <source>submitted</source>
      <translation>изпратен</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="798" />
      <source>accepted</source>
      <translation>приет</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="799" />
      <source>returned to the shopper</source>
      <translation>върнат на тайния клиент</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="800" />
      <source>reopened</source>
      <translation>отворен отново</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="802" />
      <location filename="../../work/main/ui/pages/review.py" line="869" />
      <source>changed</source>
      <translation>променено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="818" />
      <source>a question no longer asked</source>
      <translation>въпрос, който вече не се задава</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="842" />
      <source>answered N/A</source>
      <translation>отговор: неприложимо</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="843" />
      <source>answered %1</source>
      <translation>отговор: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="845" />
      <source>attached %1</source>
      <translation>прикачен %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="847" />
      <source>removed %1</source>
      <translation>премахнат %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="857" />
      <source>reopened — %1</source>
      <translation>отворен отново — %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="859" />
      <source>score verified by the team server</source>
      <translation>резултатът е проверен от сървъра на екипа</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="861" />
      <source>a change made on both sides settled</source>
      <translation>уредена промяна, направена и от двете страни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="863" />
      <source>deleted</source>
      <translation>изтрито</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="868" />
      <source>changed: %1</source>
      <translation>променено: %1</translation>
    </message>
  </context>
  <context>
    <name>About</name>
    <message>
      <location filename="../../work/main/ui/about.py" line="93" />
      <source>About Service Auditor</source>
      <translation>За Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="102" />
      <source>Offline-first service-quality audits. Free software; it is built on the libraries and fonts below, each under its own licence.</source>
      <translation>Одити на качеството на обслужване, и без мрежа. Свободен софтуер; изграден е върху библиотеките и шрифтовете по-долу, всеки със свой лиценз.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="110" />
      <source>This laptop's signing key: %1</source>
      <translation>Ключ за подпис на този лаптоп: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="117" />
      <source>Component</source>
      <translation>Компонент</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="117" />
      <source>Version</source>
      <translation>Версия</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="117" />
      <source>Licence</source>
      <translation>Лиценз</translation>
    </message>
  </context>
  <context>
    <name>ChecklistsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="69" />
      <location filename="../../work/main/ui/pages/checklists_page.py" line="74" />
      <source>Version</source>
      <translation>Версия</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="69" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="69" />
      <source>Checklist</source>
      <translation>Контролен списък</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="74" />
      <source>Created</source>
      <translation>Създадена</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="70" />
      <location filename="../../work/main/ui/pages/checklists_page.py" line="74" />
      <source>Questions</source>
      <translation>Въпроси</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="70" />
      <location filename="../../work/main/ui/pages/checklists_page.py" line="75" />
      <source>Audits</source>
      <translation>Одити</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="78" />
      <source>New checklist…</source>
      <translation>Нов контролен списък…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="80" />
      <source>Edit…</source>
      <translation>Редактирай…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="82" />
      <source>Compare versions…</source>
      <translation>Сравни версии…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="85" />
      <source>Import…</source>
      <translation>Импортирай…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="88" />
      <source>Export…</source>
      <translation>Експортирай…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="98" />
      <source>Versions (old audits keep the version they were filled on)</source>
      <translation>Версии (старите одити запазват версията, по която са попълнени)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="105" />
      <source>Checklists</source>
      <translation>Контролни списъци</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="184" />
      <source>Saved %1 version %2</source>
      <translation>Записано: %1, версия %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="217" />
      <source>First question</source>
      <translation>Първи въпрос</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="218" />
      <source>Section 1</source>
      <translation>Раздел 1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="222" />
      <source>New checklist</source>
      <translation>Нов контролен списък</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="245" />
      <source>Import checklists</source>
      <translation>Импортирай контролни списъци</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="247" />
      <source>Checklists (*.json *.xlsx *.xls *.csv *.md);;All files (*)</source>
      <translation>Контролни списъци (*.json *.xlsx *.xls *.csv *.md);;Всички файлове (*)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="262" />
      <source>Nothing imported: %1</source>
      <translation>Нищо не е импортирано: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="266" />
      <source>%1 version %2</source>
      <translation>%1, версия %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="270" />
      <source>Imported: %1</source>
      <translation>Импортирано: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="270" />
      <source>standards</source>
      <translation>стандарти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="273" />
      <source>%1. Warnings: %2</source>
      <translation>%1. Предупреждения: %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="282" />
      <source>Export checklist</source>
      <translation>Експортирай контролен списък</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="283" />
      <source>JSON (*.json);;XLSForm (*.xlsx)</source>
      <translation>JSON (*.json);;XLSForm (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="300" />
      <source>Exported to %1</source>
      <translation>Експортирано в %1</translation>
    </message>
  </context>
  <context>
    <name>VersionDiff</name>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="109" />
      <source>Yes</source>
      <translation>Да</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="109" />
      <source>No</source>
      <translation>Не</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="76" />
      <source>Section</source>
      <translation>Раздел</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="54" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="52" />
      <source>Title</source>
      <translation>Заглавие</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="55" />
      <source>Languages</source>
      <translation>Езици</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="58" />
      <source>Grades</source>
      <translation>Оценки</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="60" />
      <source>Weight</source>
      <translation>Тегло</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="133" />
      <source>its section</source>
      <translation>своя раздел</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="133" />
      <source>the whole audit</source>
      <translation>целия одит</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="67" />
      <source>N/A allowed</source>
      <translation>Допустимо „неприложимо“</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="72" />
      <source>Answer must satisfy</source>
      <translation>Отговорът трябва да отговаря на</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="69" />
      <source>Standards</source>
      <translation>Стандарти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="267" />
      <source>What</source>
      <translation>Какво</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="85" />
      <location filename="../../work/main/ui/version_diff.py" line="193" />
      <source>changed</source>
      <translation>променено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="71" />
      <source>Target</source>
      <translation>Цел</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="53" />
      <source>Description</source>
      <translation>Описание</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="56" />
      <source>Main language</source>
      <translation>Основен език</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="57" />
      <source>Pass mark</source>
      <translation>Праг за успех</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="59" />
      <source>Most N/A answers allowed</source>
      <translation>Най-много допустими отговори „неприложимо“</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="61" />
      <source>Asked only when</source>
      <translation>Задава се само когато</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="62" />
      <source>Question text</source>
      <translation>Текст на въпроса</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="63" />
      <source>Help text</source>
      <translation>Помощен текст</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="64" />
      <source>Critical</source>
      <translation>Критичен</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="65" />
      <source>A critical failure fails</source>
      <translation>Критичен пропуск проваля</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="66" />
      <source>Must be answered</source>
      <translation>Изисква отговор</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="68" />
      <source>N/A counts as</source>
      <translation>„Неприложимо“ се брои като</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="70" />
      <source>Scale</source>
      <translation>Скала</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="73" />
      <source>Choice</source>
      <translation>Възможност</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="74" />
      <source>Order of the choices</source>
      <translation>Ред на възможностите</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="75" />
      <source>Place in its section</source>
      <translation>Място в раздела</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="78" />
      <source>Other setting</source>
      <translation>Друга настройка</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="83" />
      <source>added</source>
      <translation>добавено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="84" />
      <source>removed</source>
      <translation>премахнато</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="86" />
      <source>no changes</source>
      <translation>без промени</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="127" />
      <source>left out of the score</source>
      <translation>изключва се от резултата</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="128" />
      <source>met</source>
      <translation>изпълнено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="129" />
      <source>not met</source>
      <translation>неизпълнено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="130" />
      <source>not allowed</source>
      <translation>не е позволено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="157" />
      <source>seconds</source>
      <translation>секунди</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="157" />
      <source>minutes</source>
      <translation>минути</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="165" />
      <source>full points at %1 %3 or less, none from %2 %3</source>
      <translation>пълен брой точки при %1 %3 или по-малко, нула от %2 %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="167" />
      <source>full points at %1 %3 or more, none at %2 %3 or less</source>
      <translation>пълен брой точки при %1 %3 или повече, нула при %2 %3 или по-малко</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="183" />
      <source>Choice “%1” (%2)</source>
      <translation>Възможност „%1“ (%2)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="190" />
      <source>Points for “%1”</source>
      <translation>Точки за „%1“</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="193" />
      <source>as before</source>
      <translation>както преди</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="217" />
      <source>Compare versions of %1</source>
      <translation>Сравнение на версиите: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="229" />
      <location filename="../../work/main/ui/version_diff.py" line="267" />
      <location filename="../../work/main/ui/version_diff.py" line="268" />
      <source>version %1</source>
      <translation>версия %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="248" />
      <source>From</source>
      <translation>От</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="250" />
      <source>to</source>
      <translation>до</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="271" />
      <source>The checklist</source>
      <translation>Контролният списък</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="282" />
      <source>%1 more sections, unchanged</source>
      <translation>Други раздели без промени: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="288" />
      <source>The two versions ask the same.</source>
      <translation>Двете версии питат едно и също.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="295" />
      <source>No changes.</source>
      <translation>Без промени.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="297" />
      <source>Questions: %1 changed, %2 added, %3 removed.</source>
      <translation>Въпроси: променени – %1, добавени – %2, премахнати – %3.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="303" />
      <source>Checklist settings changed.</source>
      <translation>Настройките на контролния списък са променени.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="332" />
      <source>Section “%1” (%2 questions)</source>
      <translation>Раздел „%1“ (въпроси: %2)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="335" />
      <source>Section “%1”: %2</source>
      <translation>Раздел „%1“: %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="349" />
      <source>%1 more questions, unchanged</source>
      <translation>Други въпроси без промени: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="362" />
      <source>Question “%1”: %2</source>
      <translation>Въпрос „%1“: %2</translation>
    </message>
  </context>
  <context>
    <name>ActionsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="320" />
      <source>Score</source>
      <translation>Резултат</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="59" />
      <location filename="../../work/main/ui/pages/actions.py" line="86" />
      <source>Done</source>
      <translation>Готово</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="319" />
      <source>Checklist</source>
      <translation>Контролен списък</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="57" />
      <source>Open</source>
      <translation>Отворено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="58" />
      <source>In progress</source>
      <translation>В процес</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="60" />
      <location filename="../../work/main/ui/pages/actions.py" line="495" />
      <source>Verified</source>
      <translation>Проверено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="61" />
      <location filename="../../work/main/ui/pages/actions.py" line="496" />
      <source>Cancelled</source>
      <translation>Отменено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="69" />
      <source>what is to be done</source>
      <translation>какво трябва да се направи</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="70" />
      <source>details</source>
      <translation>подробности</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="71" />
      <source>owner</source>
      <translation>отговорник</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="72" />
      <source>due date</source>
      <translation>срок</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="73" />
      <source>what was done</source>
      <translation>какво е направено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="75" />
      <source>other details</source>
      <translation>други данни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="81" />
      <source>Created</source>
      <translation>Създадено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="84" />
      <source>Changed: %1</source>
      <translation>Променено: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="84" />
      <location filename="../../work/main/ui/pages/actions.py" line="92" />
      <source>Changed</source>
      <translation>Променено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="86" />
      <source>Done: %1</source>
      <translation>Изпълнено: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="89" />
      <source>Started</source>
      <translation>Започнато</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="118" />
      <location filename="../../work/main/ui/pages/actions.py" line="340" />
      <source>(no owner yet)</source>
      <translation>(все още без отговорник)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="152" />
      <source>New corrective action</source>
      <translation>Ново коригиращо действие</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="160" />
      <source>Choose the standard…</source>
      <translation>Изберете стандарт…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="168" />
      <location filename="../../work/main/ui/pages/actions.py" line="381" />
      <source>(all locations)</source>
      <translation>(всички обекти)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="184" />
      <location filename="../../work/main/ui/pages/actions.py" line="300" />
      <source>What is to be done</source>
      <translation>Какво трябва да се направи</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="185" />
      <location filename="../../work/main/ui/pages/actions.py" line="302" />
      <location filename="../../work/main/ui/pages/actions.py" line="520" />
      <source>Standard</source>
      <translation>Стандарт</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="186" />
      <location filename="../../work/main/ui/pages/actions.py" line="303" />
      <location filename="../../work/main/ui/pages/actions.py" line="319" />
      <location filename="../../work/main/ui/pages/actions.py" line="520" />
      <source>Location</source>
      <translation>Обект</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="187" />
      <location filename="../../work/main/ui/pages/actions.py" line="304" />
      <location filename="../../work/main/ui/pages/actions.py" line="520" />
      <source>Owner</source>
      <translation>Отговорник</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="188" />
      <location filename="../../work/main/ui/pages/actions.py" line="305" />
      <location filename="../../work/main/ui/pages/actions.py" line="520" />
      <source>Due</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="190" />
      <location filename="../../work/main/ui/pages/actions.py" line="323" />
      <source>Linked audits</source>
      <translation>Свързани одити</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="207" />
      <source>Say what is to be done.</source>
      <translation>Посочете какво трябва да се направи.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="211" />
      <source>Choose the standard the action is to meet.</source>
      <translation>Изберете стандарта, който действието трябва да постигне.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="260" />
      <source>Details: why, how, who else is involved</source>
      <translation>Подробности: защо, как, кой още участва</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="277" />
      <source>Written when the action is marked done</source>
      <translation>Попълва се, когато действието бъде отбелязано като изпълнено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="284" />
      <source>Sa&amp;ve changes</source>
      <translation>&amp;Запази промените</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="287" />
      <source>Undo changes</source>
      <translation>Отмени промените</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="301" />
      <source>Details</source>
      <translation>Подробности</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="306" />
      <location filename="../../work/main/ui/pages/actions.py" line="319" />
      <location filename="../../work/main/ui/pages/actions.py" line="520" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="307" />
      <source>What was done</source>
      <translation>Какво е направено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="319" />
      <source>Visit</source>
      <translation>Посещение</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="322" />
      <source>When</source>
      <translation>Кога</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="322" />
      <source>Who</source>
      <translation>Кой</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="322" />
      <source>What happened</source>
      <translation>Какво се случи</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="325" />
      <source>History</source>
      <translation>История</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="360" />
      <source>Choose an action above to see it in full.</source>
      <translation>Изберете действие по-горе, за да го видите изцяло.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="387" />
      <source>%1, overdue</source>
      <translation>%1, просрочено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="389" />
      <location filename="../../work/main/ui/pages/actions.py" line="618" />
      <source>proposed: a later audit met the standard</source>
      <translation>предложение: по-късен одит изпълни стандарта</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="426" />
      <source>Only a manager can change actions on this server.</source>
      <translation>На този сървър само мениджър може да променя действията.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="428" />
      <source>This action is closed; it can no longer be changed.</source>
      <translation>Това действие е приключено; вече не може да се променя.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="471" />
      <location filename="../../work/main/ui/pages/actions.py" line="687" />
      <source>Reviewer</source>
      <translation>Проверяващ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="478" />
      <source>The action is saved.</source>
      <translation>Действието е запазено.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="494" />
      <source>Open and in progress</source>
      <translation>Отворени и в процес</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="494" />
      <location filename="../../work/main/ui/pages/actions.py" line="627" />
      <source>Overdue</source>
      <translation>Просрочени</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="495" />
      <source>Done, to verify</source>
      <translation>Изпълнени, за проверка</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="496" />
      <source>All</source>
      <translation>Всички</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="512" />
      <source>Corrective actions</source>
      <translation>Коригиращи действия</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="520" />
      <source>What</source>
      <translation>Какво</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="521" />
      <source>Verification</source>
      <translation>Проверка</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="534" />
      <source>&amp;New action…</source>
      <translation>&amp;Ново действие…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="537" />
      <source>&amp;Start</source>
      <translation>&amp;Започни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="540" />
      <source>&amp;Done…</source>
      <translation>&amp;Изпълнено…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="543" />
      <source>&amp;Verify</source>
      <translation>&amp;Провери</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="546" />
      <source>Cancel the action</source>
      <translation>Отмени действието</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="580" />
      <source>All locations</source>
      <translation>Всички обекти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="581" />
      <source>All standards</source>
      <translation>Всички стандарти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="582" />
      <source>All owners</source>
      <translation>Всички отговорници</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="661" />
      <source>A later accepted audit met the standard</source>
      <translation>По-късен приет одит изпълни стандарта</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="682" />
      <source>Corrective action created.</source>
      <translation>Коригиращото действие е създадено.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="695" />
      <source>Action done</source>
      <translation>Действието е изпълнено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="695" />
      <source>What was done?</source>
      <translation>Какво беше направено?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="704" />
      <source>The action is now: %1</source>
      <translation>Действието сега е: %1</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="497" />
      <source>Score</source>
      <translation>Резултат</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="622" />
      <source>Empathy</source>
      <translation>Съпричастност</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="161" />
      <source>All locations</source>
      <translation>Всички обекти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="580" />
      <source>Audits</source>
      <translation>Одити</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="145" />
      <source>Last 12 months</source>
      <translation>Последните 12 месеца</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="145" />
      <source>Last 6 months</source>
      <translation>Последните 6 месеца</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="145" />
      <source>Last 3 months</source>
      <translation>Последните 3 месеца</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="146" />
      <source>This year</source>
      <translation>Тази година</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="146" />
      <source>Last year</source>
      <translation>Миналата година</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="146" />
      <source>All time</source>
      <translation>Целият период</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="147" />
      <source>Months from… to…</source>
      <translation>Месеци от… до…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="160" />
      <source>All organisations</source>
      <translation>Всички организации</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="162" />
      <source>All checklists</source>
      <translation>Всички контролни списъци</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="163" />
      <source>All shoppers</source>
      <translation>Всички тайни клиенти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="166" />
      <source>PNG…</source>
      <translation>PNG…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="168" />
      <source>Save the dashboard as a picture</source>
      <translation>Запиши таблото като изображение</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="170" />
      <source>PDF…</source>
      <translation>PDF…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="172" />
      <source>Save the dashboard as a one-page PDF (a slide)</source>
      <translation>Запиши таблото като едностраничен PDF (слайд)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="192" />
      <source>Score trend by month</source>
      <translation>Тенденция на резултата по месеци</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="195" />
      <source>Overall</source>
      <translation>Общо</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="196" />
      <source>Per location</source>
      <translation>По обекти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="200" />
      <location filename="../../work/main/ui/pages/dashboard.py" line="502" />
      <source>Location ranking</source>
      <translation>Класиране на обектите</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="201" />
      <source>Standards failed most often</source>
      <translation>Най-често неизпълнявани стандарти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="202" />
      <source>New corrective action…</source>
      <translation>Ново коригиращо действие…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="207" />
      <source>Critical failures</source>
      <translation>Критични неизпълнения</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="208" />
      <source>NPS, CSAT and CES by month</source>
      <translation>NPS, CSAT и CES по месеци</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="209" />
      <source>SERVQUAL gap per dimension</source>
      <translation>Разлика SERVQUAL по измерения</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="210" />
      <source>Importance and performance (diaries)</source>
      <translation>Важност и изпълнение (дневници)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="211" />
      <source>Shopper agreement (mean Cohen's kappa)</source>
      <translation>Съгласие на тайните клиенти (средна капа на Коен)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="268" />
      <source>Reading the audits…</source>
      <translation>Четене на одитите…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="373" />
      <source>%1 audits counted (%2), %3</source>
      <translation>Отчетени одити: %1 (%2), %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="378" />
      <source>; %1 more await the team server's scoring and are not counted yet</source>
      <translation>; още %1 чакат оценка от сървъра на екипа и още не се отчитат</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="400" />
      <source>all time</source>
      <translation>целият период</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="410" />
      <source>Period: %1</source>
      <translation>Период: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="411" />
      <source>Organisation: %1</source>
      <translation>Организация: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="412" />
      <source>Location: %1</source>
      <translation>Обект: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="413" />
      <source>Checklist: %1</source>
      <translation>Контролен списък: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="414" />
      <source>Shopper: %1</source>
      <translation>Таен клиент: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="459" />
      <source>pass line %1</source>
      <translation>праг %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="464" />
      <source>Mean audit score per month; click a point for its audits.</source>
      <translation>Среден резултат от одит за месеца; щракнете точка за одитите ѝ.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="465" />
      <source>Mean audit score per month.</source>
      <translation>Среден резултат от одит за месеца.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="467" />
      <source>No scored audits under these filters.</source>
      <translation>Няма одити с резултат при тези филтри.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="500" />
      <source>Location ranking: %1</source>
      <translation>Класиране на обектите: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="509" />
      <source>Change against %1 – %2; click a bar for its audits.</source>
      <translation>Промяна спрямо %1 – %2; щракнете стълбче за одитите му.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="511" />
      <source>Change against %1 – %2.</source>
      <translation>Промяна спрямо %1 – %2.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="514" />
      <source>Click a bar for its audits.</source>
      <translation>Щракнете стълбче за одитите му.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="542" />
      <source>Failed</source>
      <translation>Неизпълнени</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="545" />
      <source>Percent of audits in which the standard was not met; click a bar for them.</source>
      <translation>Дял на одитите, в които стандартът не е изпълнен; щракнете стълбче за тях.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="546" />
      <source>Percent of audits in which the standard was not met.</source>
      <translation>Дял на одитите, в които стандартът не е изпълнен.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="557" />
      <source>%1 not met</source>
      <translation>%1 не е изпълнен</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="585" />
      <source>%1 of %2 audits failed a critical question; click a bar for them.</source>
      <translation>%1 от %2 одита не изпълниха критичен въпрос; щракнете стълбче за тях.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="587" />
      <source>%1 of %2 audits failed a critical question.</source>
      <translation>%1 от %2 одита не изпълниха критичен въпрос.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="596" />
      <source>critical: %1</source>
      <translation>критично: %1</translation>
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
      <translation>Отговори в анкети: %1; NPS от −100 до 100, CSAT (1–5) и CES (1–7) приведени към тази скала.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="615" />
      <source>No survey responses under these filters.</source>
      <translation>Няма отговори в анкети при тези филтри.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="620" />
      <source>Tangibles</source>
      <translation>Осезаемост</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="620" />
      <source>Reliability</source>
      <translation>Надеждност</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="621" />
      <source>Responsiveness</source>
      <translation>Отзивчивост</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="621" />
      <source>Assurance</source>
      <translation>Увереност</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="632" />
      <source>Gap</source>
      <translation>Разлика</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="634" />
      <source>Perception minus expectation (n=%1); below zero, service falls short.</source>
      <translation>Възприятие минус очакване (n=%1); под нулата обслужването не отговаря на очакванията.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="642" />
      <source>Concentrate here</source>
      <translation>Съсредоточете се тук</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="642" />
      <source>Keep up the good work</source>
      <translation>Продължавайте все така</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="643" />
      <source>Low priority</source>
      <translation>Нисък приоритет</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="643" />
      <source>Possible overkill</source>
      <translation>Възможно прекомерно</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="651" />
      <source>Importance (% of events)</source>
      <translation>Важност (% от събитията)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="651" />
      <source>Performance (1–7)</source>
      <translation>Изпълнение (1–7)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="654" />
      <source>Quadrants split at the means.</source>
      <translation>Квадрантите са разделени по средните стойности.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="656" />
      <source>No diary events under these filters.</source>
      <translation>Няма събития в дневници при тези филтри.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="662" />
      <source>Mean kappa</source>
      <translation>Средна капа</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="666" />
      <source>%1 visits made by two or more shoppers at the same place, with the same checklist, in the same month; 1 is full agreement.</source>
      <translation>Посещения на един и същ обект със същия контролен списък в същия месец от двама или повече тайни клиенти: %1; 1 е пълно съгласие.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="675" />
      <location filename="../../work/main/ui/pages/dashboard.py" line="804" />
      <source>Service Auditor dashboard</source>
      <translation>Табло на Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="819" />
      <source>Pictures (*.png)</source>
      <translation>Изображения (*.png)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="820" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF файлове (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="822" />
      <source>Export the dashboard</source>
      <translation>Експортирай таблото</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="830" />
      <source>Dashboard written to %1</source>
      <translation>Таблото е записано в %1</translation>
    </message>
  </context>
  <context>
    <name>ChecklistEditor</name>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="699" />
      <source>Points</source>
      <translation>Точки</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="190" />
      <location filename="../../work/main/ui/checklist_editor.py" line="368" />
      <source>Sections and questions</source>
      <translation>Раздели и въпроси</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="190" />
      <location filename="../../work/main/ui/checklist_editor.py" line="311" />
      <location filename="../../work/main/ui/checklist_editor.py" line="473" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="266" />
      <source>Edit checklist: %1</source>
      <translation>Редактиране на контролен списък: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="287" />
      <location filename="../../work/main/ui/checklist_editor.py" line="313" />
      <location filename="../../work/main/ui/checklist_editor.py" line="396" />
      <location filename="../../work/main/ui/checklist_editor.py" line="406" />
      <source>Title</source>
      <translation>Заглавие</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="296" />
      <source>no limit</source>
      <translation>без ограничение</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="301" />
      <source>From %</source>
      <translation>От %</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="301" />
      <source>Grade</source>
      <translation>Оценка</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="306" />
      <source>Add grade</source>
      <translation>Добави оценка</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="310" />
      <source>Name</source>
      <translation>Име</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="312" />
      <source>Languages</source>
      <translation>Езици</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="314" />
      <source>Pass line (%)</source>
      <translation>Праг (%)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="316" />
      <source>Grades</source>
      <translation>Оценки</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="319" />
      <source>At most N/A (%)</source>
      <translation>Най-много „неприложимо“ (%)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="327" />
      <source>Add section</source>
      <translation>Добави раздел</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="328" />
      <source>Add question</source>
      <translation>Добави въпрос</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="329" />
      <source>Remove</source>
      <translation>Премахни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="330" />
      <source>Up</source>
      <translation>Нагоре</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="331" />
      <source>Down</source>
      <translation>Надолу</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="343" />
      <source>Choose a section or a question.</source>
      <translation>Изберете раздел или въпрос.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="367" />
      <source>Checklist</source>
      <translation>Контролен списък</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="369" />
      <source>Preview</source>
      <translation>Преглед</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="373" />
      <source>Save as new version</source>
      <translation>Запиши като нова версия</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="377" />
      <source>Cancel</source>
      <translation>Отказ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="404" />
      <location filename="../../work/main/ui/checklist_editor.py" line="471" />
      <source>Name (key)</source>
      <translation>Име (ключ)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="407" />
      <location filename="../../work/main/ui/checklist_editor.py" line="477" />
      <source>Weight</source>
      <translation>Тегло</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="409" />
      <location filename="../../work/main/ui/checklist_editor.py" line="482" />
      <source>Shown when</source>
      <translation>Показва се, когато</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="428" />
      <source>Label</source>
      <translation>Етикет</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="428" />
      <source>Help for the shopper</source>
      <translation>Помощ за тайния клиент</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="433" />
      <source>Critical (a fail knocks out the score)</source>
      <translation>Критичен (неизпълнение анулира резултата)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="437" />
      <source>its section</source>
      <translation>неговия раздел</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="438" />
      <source>the whole audit</source>
      <translation>целия одит</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="439" />
      <source>N/A allowed</source>
      <translation>„Неприложимо“ е разрешено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="443" />
      <source>N/A is left out of the score</source>
      <translation>„Неприложимо“ не влиза в резултата</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="443" />
      <source>N/A counts as met</source>
      <translation>„Неприложимо“ се брои за изпълнено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="444" />
      <source>N/A counts as not met</source>
      <translation>„Неприложимо“ се брои за неизпълнено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="445" />
      <source>N/A is refused on submit</source>
      <translation>„Неприложимо“ се отказва при изпращане</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="448" />
      <source>Required</source>
      <translation>Задължителен</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="468" />
      <source>Add choice</source>
      <translation>Добави отговор</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="474" />
      <source>Labels</source>
      <translation>Етикети</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="484" />
      <source>Answer must satisfy</source>
      <translation>Отговорът трябва да отговаря на</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="486" />
      <source>Standards</source>
      <translation>Стандарти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="488" />
      <source>Choices</source>
      <translation>Отговори</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="699" />
      <source>Key</source>
      <translation>Ключ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="796" />
      <source>a name is needed</source>
      <translation>нужно е име</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="797" />
      <source>another section or question is already named '%1'</source>
      <translation>друг раздел или въпрос вече се казва '%1'</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="805" />
      <location filename="../../work/main/ui/checklist_editor.py" line="873" />
      <source>'%1' is not a number</source>
      <translation>'%1' не е число</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="817" />
      <source>a label is needed</source>
      <translation>нужен е етикет</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="819" />
      <source>unknown standard %1</source>
      <translation>непознат стандарт %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="825" />
      <source>add at least one choice</source>
      <translation>добавете поне един отговор</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="827" />
      <source>two choices have the same key</source>
      <translation>два отговора имат един и същ ключ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="829" />
      <source>points must be numbers</source>
      <translation>точките трябва да са числа</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="861" />
      <source>the pass line is a percent from 0 to 100</source>
      <translation>прагът е процент от 0 до 100</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="865" />
      <source>a percent from 0 to 100, or empty for no limit</source>
      <translation>процент от 0 до 100 или празно за без ограничение</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="950" />
      <source>Fix the marked fields first: %1</source>
      <translation>Първо поправете отбелязаните полета: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="974" />
      <source>this rule cannot be used: %1</source>
      <translation>това правило не може да се използва: %1</translation>
    </message>
  </context>
  <context>
    <name>QuestionCard</name>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="53" />
      <source>required</source>
      <translation>задължително</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="55" />
      <source>critical</source>
      <translation>критично</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="85" />
      <source>Attach file…</source>
      <translation>Прикачи файл…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="88" />
      <source>Enter, or drop files on the question</source>
      <translation>Enter или пуснете файлове върху въпроса</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="93" />
      <source>N/A</source>
      <translation>неприложимо</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="97" />
      <source>Not applicable (A, or Ctrl+D in a text field)</source>
      <translation>Неприложимо (A или Ctrl+D в текстово поле)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="105" />
      <source>Comment (what you saw, in your words)</source>
      <translation>Коментар (какво видяхте, със свои думи)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="122" />
      <source>Save mine over it</source>
      <translation>Запиши моя на негово място</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="126" />
      <source>Use theirs</source>
      <translation>Използвай техния</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="196" />
      <source>Remove %1</source>
      <translation>Премахни %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="231" />
      <source>Reviewer: %1</source>
      <translation>Проверяващ: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="294" />
      <source>Attach files</source>
      <translation>Прикачи файлове</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="296" />
      <source>Photos and documents (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
      <translation>Снимки и документи (*.jpg *.jpeg *.png *.pdf);;Всички файлове (*)</translation>
    </message>
  </context>
  <context>
    <name>Packages</name>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="387" />
      <source>N/A</source>
      <translation>неприложимо</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="58" />
      <source>to add</source>
      <translation>за добавяне</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="58" />
      <source>to update</source>
      <translation>за обновяване</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="58" />
      <source>unchanged</source>
      <translation>без промяна</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="59" />
      <source>in conflict (both kept)</source>
      <translation>в конфликт (двете версии са запазени)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="90" />
      <location filename="../../work/main/ui/packages_ui.py" line="222" />
      <source>Receive audits</source>
      <translation>Получи одити</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="96" />
      <source>from %1 (%2), key %3</source>
      <translation>от %1 (%2), ключ %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="103" />
      <source>%1 to add, %2 to update, %3 unchanged, %4 in conflict</source>
      <translation>за добавяне: %1, за обновяване: %2, без промяна: %3, в конфликт: %4</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="116" />
      <source>What happens</source>
      <translation>Какво ще стане</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="116" />
      <source>Audit or diary</source>
      <translation>Одит или дневник</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="116" />
      <source>Note</source>
      <translation>Бележка</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="128" />
      <source>Import</source>
      <translation>Импортирай</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="164" />
      <location filename="../../work/main/ui/packages_ui.py" line="205" />
      <source>Send audits</source>
      <translation>Изпрати одити</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="164" />
      <location filename="../../work/main/ui/packages_ui.py" line="222" />
      <source>Audit packages (*.zip)</source>
      <translation>Пакети с одити (*.zip)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="199" />
      <source>Nothing to send: every submitted audit has been sent already. No package was written.</source>
      <translation>Няма нищо за изпращане: всички изпратени одити вече са предадени. Не е записан пакет.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="212" />
      <source>Package written: %1 (%2 audits, %3 diaries, %4 photos)</source>
      <translation>Пакетът е записан: %1 (одити: %2, дневници: %3, снимки: %4)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="276" />
      <source>Nothing received from %1: the key %2 is not trusted</source>
      <translation>Нищо не е получено от %1: ключът %2 не е доверен</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="308" />
      <source>Received: %1 added, %2 updated, %3 kept as conflicts for review</source>
      <translation>Получени: добавени %1, обновени %2, %3 запазени като конфликти за преглед</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="356" />
      <source>Synced: %1 audits sent; %2 audits, %3 checklists and %4 actions received; %5 changed on both sides, kept for review</source>
      <translation>Синхронизирано: изпратени %1 одита; получени %2 одита, %3 контролни списъка и %4 действия; %5 променени от двете страни, запазени за преглед</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="386" />
      <location filename="../../work/main/ui/packages_ui.py" line="395" />
      <source>(no answer)</source>
      <translation>(няма отговор)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="442" />
      <source>Audits changed on both sides</source>
      <translation>Одити, променени от двете страни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="445" />
      <source>reviewer</source>
      <translation>проверяващ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="458" />
      <source>Question</source>
      <translation>Въпрос</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="458" />
      <location filename="../../work/main/ui/packages_ui.py" line="534" />
      <source>Ours</source>
      <translation>Нашата</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="458" />
      <location filename="../../work/main/ui/packages_ui.py" line="535" />
      <source>Theirs</source>
      <translation>Тяхната</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="458" />
      <source>Keep</source>
      <translation>Запази</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="465" />
      <source>Keep ours</source>
      <translation>Запази нашата</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="468" />
      <source>Take theirs</source>
      <translation>Вземи тяхната</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="471" />
      <source>Merge as chosen</source>
      <translation>Обедини според избора</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="503" />
      <source>No conflicts left.</source>
      <translation>Няма останали конфликти.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="517" />
      <source>From %1, received %2. Status here: %3; theirs: %4.</source>
      <translation>От: %1, получено %2. Статус тук: %3; при тях: %4.</translation>
    </message>
  </context>
  <context>
    <name>Editors</name>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="138" />
      <source>&amp;Yes</source>
      <translation>&amp;Да</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="138" />
      <source>&amp;No</source>
      <translation>&amp;Не</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="282" />
      <location filename="../../work/main/ui/capture/editors.py" line="300" />
      <source>Start timer</source>
      <translation>Пусни хронометъра</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="285" />
      <source>Start or stop the stopwatch (Ctrl+T)</source>
      <translation>Пусни или спри хронометъра (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="308" />
      <source>Stop (%1)</source>
      <translation>Стоп (%1)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="326" />
      <source>number</source>
      <translation>число</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="335" />
      <source>target: at most %1</source>
      <translation>цел: най-много %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="336" />
      <source>target: at least %1</source>
      <translation>цел: най-малко %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="339" />
      <source>, no points beyond %1</source>
      <translation>, без точки над %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="391" />
      <source>mm:ss</source>
      <translation>мм:сс</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="392" />
      <source>minutes:seconds, or whole minutes</source>
      <translation>минути:секунди или цели минути</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="439" />
      <source>latitude, longitude</source>
      <translation>географска ширина, дължина</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="442" />
      <source>From a photo…</source>
      <translation>От снимка…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="445" />
      <source>Take the place from where a photo was taken</source>
      <translation>Вземи мястото, където е направена снимка</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="455" />
      <source>A photo taken at the place</source>
      <translation>Снимка, направена на мястото</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="456" />
      <source>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</source>
      <translation>Снимки (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="462" />
      <source>the photo holds no location</source>
      <translation>снимката не съдържа местоположение</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="476" />
      <source>not a location: type e.g. 52.2297, 21.0122</source>
      <translation>това не е местоположение: въведете напр. 52.2297, 21.0122</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="478" />
      <source>e.g. 52.2297, 21.0122</source>
      <translation>напр. 52.2297, 21.0122</translation>
    </message>
  </context>
  <context>
    <name>StartAudit</name>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="39" />
      <source>Add a location</source>
      <translation>Добави обект</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="49" />
      <source>&amp;Organisation</source>
      <translation>&amp;Организация</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="50" />
      <location filename="../../work/main/ui/capture/start_dialog.py" line="110" />
      <source>&amp;Location</source>
      <translation>О&amp;бект</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="51" />
      <source>&amp;City</source>
      <translation>&amp;Град</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="69" />
      <source>Start an audit</source>
      <translation>Започни одит</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="84" />
      <source>&amp;New location…</source>
      <translation>&amp;Нов обект…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="101" />
      <source>name or description of the person who served you</source>
      <translation>име или описание на човека, който ви обслужи</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="107" />
      <source>&amp;Checklist</source>
      <translation>&amp;Контролен списък</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="113" />
      <source>&amp;Shopper</source>
      <translation>&amp;Таен клиент</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="114" />
      <source>&amp;Visit</source>
      <translation>&amp;Посещение</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="115" />
      <source>Observed s&amp;taff</source>
      <translation>Наблюдаван &amp;персонал</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="119" />
      <source>Start</source>
      <translation>Започни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="153" />
      <source>Choose a checklist.</source>
      <translation>Изберете контролен списък.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="156" />
      <source>Choose a location, or add one.</source>
      <translation>Изберете обект или добавете нов.</translation>
    </message>
  </context>
  <context>
    <name>Welcome</name>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="138" />
      <source>Start</source>
      <translation>Започни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="131" />
      <source>Reviewer</source>
      <translation>Проверяващ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="119" />
      <location filename="../../work/main/ui/welcome.py" line="121" />
      <source>Welcome to Service Auditor</source>
      <translation>Добре дошли в Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="122" />
      <source>Service-quality audits on this computer, with or without a network.</source>
      <translation>Одити на качеството на обслужване на този компютър, със или без мрежа.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="125" />
      <source>Language</source>
      <translation>Език</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="125" />
      <source>Your name</source>
      <translation>Вашето име</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="125" />
      <source>Your role</source>
      <translation>Вашата роля</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="128" />
      <source>as it should appear on audits and reviews</source>
      <translation>както да се изписва в одитите и прегледите</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="131" />
      <source>Mystery shopper or auditor</source>
      <translation>Таен клиент или одитор</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="132" />
      <source>Quality manager</source>
      <translation>Мениджър по качеството</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="136" />
      <source>Start with an empty database</source>
      <translation>Започни с празна база данни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="137" />
      <source>Start with a year of demo data to look around</source>
      <translation>Започни с година демонстрационни данни за разглеждане</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="140" />
      <location filename="../../work/main/ui/welcome.py" line="144" />
      <source>Say who you are: your name goes on what you record.</source>
      <translation>Кажете кой сте: името ви стои на всичко, което запишете.</translation>
    </message>
  </context>
  <context>
    <name>StandardsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="79" />
      <location filename="../../work/main/ui/pages/standards_page.py" line="92" />
      <source>Checklist</source>
      <translation>Контролен списък</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="57" />
      <source>Weight</source>
      <translation>Тегло</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="79" />
      <source>Question</source>
      <translation>Въпрос</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="57" />
      <source>Standard</source>
      <translation>Стандарт</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="58" />
      <source>Questions</source>
      <translation>Въпроси</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="92" />
      <source>Audits</source>
      <translation>Одити</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="40" />
      <source>standards</source>
      <translation>стандарти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="40" />
      <source>equipment</source>
      <translation>оборудване</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="40" />
      <source>staff</source>
      <translation>персонал</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="52" />
      <source>Filter by code or title</source>
      <translation>Филтър по код или заглавие</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="57" />
      <source>Code</source>
      <translation>Код</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="57" />
      <source>About</source>
      <translation>Отнася се за</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="57" />
      <source>Target</source>
      <translation>Цел</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="92" />
      <source>Month</source>
      <translation>Месец</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="92" />
      <source>Kept (points)</source>
      <translation>Изпълнено (точки)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="92" />
      <source>Audits failed</source>
      <translation>Неизпълнени одити</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="107" />
      <source>Checked by</source>
      <translation>Проверява се от</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="110" />
      <source>Compliance over time</source>
      <translation>Съответствие във времето</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="124" />
      <source>Service standards</source>
      <translation>Стандарти за обслужване</translation>
    </message>
  </context>
  <context>
    <name>ConnectDialog</name>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="55" />
      <source>sslmode=%1: the connection may go without TLS and the server is not checked; anyone on the way can read and change the login and all data.</source>
      <translation>sslmode=%1: връзката може да мине без TLS и сървърът не се проверява; всеки по пътя може да прочете и промени влизането и всички данни.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="59" />
      <source>sslmode=%1 does not check the server's certificate: a man in the middle can read the password exchange and all data.</source>
      <translation>sslmode=%1 не проверява сертификата на сървъра: нападател по средата може да прочете обмена на паролата и всички данни.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="63" />
      <source>sslmode=%1 does not check that the certificate names this server: any server with a certificate from the same CA can pose as it.</source>
      <translation>sslmode=%1 не проверява дали сертификатът назовава този сървър: всеки сървър със сертификат от същия издател (CA) може да се представи за него.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="67" />
      <source>require_auth=%1 lets the server ask for another login than SCRAM: a server posing as this one may be sent the password, or a hash of it that it can crack.</source>
      <translation>require_auth=%1 позволява на сървъра да поиска друго влизане освен SCRAM: сървър, който се представя за този, може да получи паролата или неин хеш, който да разбие.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="71" />
      <source>channel_binding=%1 does not tie the login to the TLS connection: a man in the middle can pass your login on to the real server.</source>
      <translation>channel_binding=%1 не свързва влизането с TLS връзката: нападател по средата може да препрати влизането ви към истинския сървър.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="82" />
      <source>Connecting to the server…</source>
      <translation>Свързване със сървъра…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="83" />
      <source>Sending this laptop's audits…</source>
      <translation>Изпращане на одитите от този лаптоп…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="84" />
      <source>Receiving what the server has for this laptop…</source>
      <translation>Получаване на това, което сървърът има за този лаптоп…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="85" />
      <source>Syncing…</source>
      <translation>Синхронизиране…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="92" />
      <source>Nothing to send or receive: this laptop and the server hold the same.</source>
      <translation>Няма нищо за изпращане или получаване: лаптопът и сървърът съдържат едно и също.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="94" />
      <source>Sent: %1 audits and %2 diaries.</source>
      <translation>Изпратени: одити – %1, дневници – %2.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="97" />
      <source>Received: %1 audits, %2 checklists and %3 corrective actions.</source>
      <translation>Получени: одити – %1, контролни списъци – %2, коригиращи действия – %3.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="105" />
      <source>%1 audits were changed on both sides; both versions are kept for a reviewer.</source>
      <translation>Одити, променени и от двете страни: %1; и двете версии са запазени за проверяващия.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="123" />
      <source>Sync with a team server</source>
      <translation>Синхронизиране със сървър на екипа</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="124" />
      <source>Connect to a team server</source>
      <translation>Свързване със сървър на екипа</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="129" />
      <source>The team's PostgreSQL server, set up by your administrator. Log in with the login and password you were given.</source>
      <translation>Сървърът PostgreSQL на екипа, подготвен от администратора. Влезте с потребителското име и паролата, които сте получили.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="152" />
      <source>optional: the CA that signed the server's certificate</source>
      <translation>по избор: издателят (CA), подписал сертификата на сървъра</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="158" />
      <source>&amp;Browse…</source>
      <translation>&amp;Избор…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="163" />
      <source>&amp;Server:</source>
      <translation>&amp;Сървър:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="164" />
      <source>P&amp;ort:</source>
      <translation>П&amp;орт:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="165" />
      <source>&amp;Database:</source>
      <translation>&amp;База данни:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="166" />
      <source>&amp;Login:</source>
      <translation>По&amp;требител:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="167" />
      <source>Pass&amp;word:</source>
      <translation>П&amp;арола:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="168" />
      <source>C&amp;A certificate:</source>
      <translation>Сертификат на &amp;CA:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="179" />
      <source>&amp;Remember the password in the system keyring</source>
      <translation>&amp;Запомни паролата в системния ключодържател</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="204" />
      <source>&amp;Sync</source>
      <translation>&amp;Синхронизиране</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="204" />
      <source>&amp;Connect</source>
      <translation>&amp;Свързване</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="227" />
      <source>The server's CA certificate</source>
      <translation>Сертификат на CA на сървъра</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="229" />
      <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
      <translation>Сертификати (*.crt *.pem *.cer);;Всички файлове (*)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="237" />
      <source>This connection is weaker than the default:</source>
      <translation>Тази връзка е по-слабо защитена от стандартната:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="250" />
      <source>Give the database and your login.</source>
      <translation>Въведете базата данни и потребителското си име.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="258" />
      <source>Not connected; check the server, login and password.</source>
      <translation>Няма връзка; проверете сървъра, потребителя и паролата.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="277" />
      <source>Another transfer is running; wait for it first.</source>
      <translation>Тече друго прехвърляне; изчакайте да завърши.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="305" />
      <source>Stop</source>
      <translation>Спри</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="305" />
      <source>Close</source>
      <translation>Затвори</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="312" />
      <source>The sync is done.</source>
      <translation>Синхронизирането приключи.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="319" />
      <source>&amp;Sync again</source>
      <translation>&amp;Синхронизирай отново</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="322" />
      <source>The sync did not go through.</source>
      <translation>Синхронизирането не успя.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="326" />
      <source>&amp;Try again</source>
      <translation>&amp;Опитай отново</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="337" />
      <source>Stopping…</source>
      <translation>Спиране…</translation>
    </message>
  </context>
  <context>
    <name>DatabaseOpen</name>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="47" />
      <source>What the check found: %1</source>
      <translation>Какво откри проверката: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="50" />
      <source>%1 failed its check, so it may be damaged, and there is no good backup of it.</source>
      <translation>Файлът %1 не премина проверката, така че може да е повреден, а няма негово добро резервно копие.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="55" />
      <source>%1 failed its check, so it may be damaged.

Restore the newest good backup, from %2?</source>
      <translation>Файлът %1 не премина проверката, така че може да е повреден.

Да се възстанови ли най-новото добро резервно копие от %2?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="73" />
      <source>Database damaged</source>
      <translation>Базата данни е повредена</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="111" />
      <source>%1 answers that could not be saved before were saved now.</source>
      <translation>Сега са записани %1 отговора, които преди не можаха да бъдат записани.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="118" />
      <source>Today's backup was taken.</source>
      <translation>Днешният архив е направен.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="121" />
      <source>The daily backup failed: %1</source>
      <translation>Дневният архив не успя: %1</translation>
    </message>
  </context>
  <context>
    <name>TrustDialog</name>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="28" />
      <source>Reviewer</source>
      <translation>Рецензент</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="28" />
      <source>Shopper</source>
      <translation>Таен клиент</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="29" />
      <source>Manager</source>
      <translation>Мениджър</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="38" />
      <source>Unknown sender</source>
      <translation>Непознат подател</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="41" />
      <source>This package is signed with a key this database does not trust yet. Nothing is imported from it unless you trust the key. Ask %1 to read you the code of her key (Help → About on her laptop, or service-auditor key show) and compare it with this one:</source>
      <translation>Този пакет е подписан с ключ, на който тази база данни още не се доверява. Нищо от него не се внася, докато не се доверите на ключа. Помолете %1 да ви прочете кода на ключа си (Помощ → Относно на нейния лаптоп или service-auditor key show) и го сравнете с този:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="59" />
      <source>&amp;Person:</source>
      <translation>&amp;Лице:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="60" />
      <source>&amp;Role:</source>
      <translation>&amp;Роля:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="62" />
      <source>&amp;The code she read me is exactly this one</source>
      <translation>&amp;Кодът, който ми прочете, е точно този</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="66" />
      <source>Trust this key</source>
      <translation>Довери се на този ключ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="69" />
      <source>Do not trust</source>
      <translation>Не се доверявай</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="41" />
      <source>The system's language</source>
      <translation>Езикът на системата</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="54" />
      <source>the user data folder's auditor.sqlite</source>
      <translation>auditor.sqlite в папката с потребителски данни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="57" />
      <source>the user data folder's backups</source>
      <translation>архивите в папката с потребителски данни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="62" />
      <source>From which percent each grade starts, separated by ;</source>
      <translation>От кой процент започва всяка оценка, разделени с ;</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="66" />
      <location filename="../../work/main/ui/pages/settings_page.py" line="204" />
      <source>Interface language</source>
      <translation>Език на интерфейса</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="67" />
      <source>Organisation name on reports</source>
      <translation>Име на организацията в отчетите</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="68" />
      <source>Logo on reports</source>
      <translation>Лого в отчетите</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="70" />
      <source>Shopper on this laptop</source>
      <translation>Таен клиент на този лаптоп</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="71" />
      <source>Reviewer on this laptop</source>
      <translation>Проверяващ на този лаптоп</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="73" />
      <location filename="../../work/main/ui/pages/settings_page.py" line="136" />
      <source>Database opened at start</source>
      <translation>База данни при стартиране</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="76" />
      <location filename="../../work/main/ui/pages/settings_page.py" line="143" />
      <source>Backup folder</source>
      <translation>Папка за архиви</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="78" />
      <source>Pass line of new checklists (%)</source>
      <translation>Праг на новите контролни списъци (%)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="80" />
      <source>Grades of new checklists</source>
      <translation>Оценки на новите контролни списъци</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="82" />
      <source>&amp;Save settings</source>
      <translation>&amp;Запиши настройките</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="88" />
      <source>Settings</source>
      <translation>Настройки</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="110" />
      <source>Browse…</source>
      <translation>Преглед…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="129" />
      <source>Logo</source>
      <translation>Лого</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="129" />
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="154" />
      <source>There is no file %1.</source>
      <translation>Няма файл %1.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="159" />
      <source>%1 is not a PNG or JPEG image.</source>
      <translation>%1 не е изображение PNG или JPEG.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="162" />
      <source>There is no database file %1.</source>
      <translation>Няма файл с база данни %1.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="165" />
      <source>%1 is not a folder.</source>
      <translation>%1 не е папка.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="171" />
      <source>The pass line is a percent from 0 to 100.</source>
      <translation>Прагът е процент от 0 до 100.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="175" />
      <source>'%1' is not a percent from 0 to 100 and a grade name.</source>
      <translation>'%1' не е процент от 0 до 100 с име на оценка.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="186" />
      <source>Nothing was saved: fix the fields marked in red.</source>
      <translation>Нищо не е записано: поправете полетата в червено.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="199" />
      <location filename="../../work/main/ui/pages/settings_page.py" line="200" />
      <source>Settings saved.</source>
      <translation>Настройките са записани.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="205" />
      <source>The new language is used the next time Service Auditor starts.</source>
      <translation>Новият език ще се използва при следващото стартиране на Service Auditor.</translation>
    </message>
  </context>
  <context>
    <name>PasswordDialog</name>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="35" />
      <source>Change my password</source>
      <translation>Смяна на моята парола</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="39" />
      <source>Your new password for %1</source>
      <translation>Вашата нова парола за %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="47" />
      <source>&amp;New password:</source>
      <translation>&amp;Нова парола:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="48" />
      <source>&amp;Again:</source>
      <translation>&amp;Отново:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="66" />
      <source>A password has at least %1 characters.</source>
      <translation>Паролата е поне %1 знака.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="70" />
      <source>The two passwords differ.</source>
      <translation>Двете пароли се различават.</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="../../work/main/ui/startup.py" line="183" />
      <source>Cannot open database</source>
      <translation>Базата данни не може да бъде отворена</translation>
    </message>
  </context>
</TS>