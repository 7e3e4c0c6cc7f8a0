<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="bg">
  <context>
    <name>AuditForm</name>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="71" />
      <source>next / previous question</source>
      <translation>следващ / предишен въпрос</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="72" />
      <source>yes / no</source>
      <translation>да / не</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="73" />
      <source>not applicable (where allowed)</source>
      <translation>неприложимо (където е разрешено)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="74" />
      <source>not applicable, also inside a text field</source>
      <translation>неприложимо, и в текстово поле</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="75" />
      <source>rating, or the n-th choice (two digits for 10)</source>
      <translation>оценка или n-ти отговор (две цифри за 10)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="76" />
      <source>attach a file to a photo or file question</source>
      <translation>прикачи файл към въпрос за снимка или файл</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="77" />
      <source>start / stop the stopwatch of a wait or duration</source>
      <translation>пусни / спри хронометъра за чакане или продължителност</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="78" />
      <source>comment on the current question</source>
      <translation>коментар към текущия въпрос</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="79" />
      <source>next / previous section</source>
      <translation>следващ / предишен раздел</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="80" />
      <source>jump to a question</source>
      <translation>отиди на въпрос</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="81" />
      <source>undo the last answer change</source>
      <translation>отмени последната промяна на отговор</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="82" />
      <source>score breakdown</source>
      <translation>разбивка на резултата</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="83" />
      <source>submit</source>
      <translation>изпрати</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="84" />
      <source>this list</source>
      <translation>този списък</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="714" />
      <source>N/A</source>
      <translation>неприложимо</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="123" />
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="151" />
      <source>&lt;b&gt;%1&lt;/b&gt; (version %2) · %3 · %4 · visit %5</source>
      <translation>&lt;b&gt;%1&lt;/b&gt; (версия %2) · %3 · %4 · посещение %5</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="164" />
      <source>Section</source>
      <translation>Раздел</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="164" />
      <source>Done</source>
      <translation>Готово</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="212" />
      <source>Breakdown…</source>
      <translation>Разбивка…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="220" />
      <source>&amp;Submit</source>
      <translation>Изпрати (&amp;S)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="226" />
      <source>Keyboard shortcuts (F1)</source>
      <translation>Клавишни комбинации (F1)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="232" />
      <location filename="../../work/main/ui/capture/form_window.py" line="745" />
      <source>Score</source>
      <translation>Резултат</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="247" />
      <source>Jump to a question (Ctrl+F)</source>
      <translation>Отиди на въпрос (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="270" />
      <source>Returned by the reviewer: %1</source>
      <translation>Върнато от проверяващия: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="314" />
      <location filename="../../work/main/ui/capture/form_window.py" line="407" />
      <location filename="../../work/main/ui/capture/form_window.py" line="434" />
      <location filename="../../work/main/ui/capture/form_window.py" line="449" />
      <source>saving…</source>
      <translation>записване…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="315" />
      <location filename="../../work/main/ui/capture/form_window.py" line="693" />
      <source>Saving…</source>
      <translation>Записване…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="344" />
      <location filename="../../work/main/ui/capture/form_window.py" line="413" />
      <location filename="../../work/main/ui/capture/form_window.py" line="461" />
      <source>saved ✓</source>
      <translation>записано ✓</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="347" />
      <source>All changes saved</source>
      <translation>Всички промени са записани</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="352" />
      <source>waiting for the database…</source>
      <translation>изчакване на базата данни…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="353" />
      <source>Waiting for the database…</source>
      <translation>Изчакване на базата данни…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="364" />
      <location filename="../../work/main/ui/capture/form_window.py" line="384" />
      <source>not saved</source>
      <translation>не е записано</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="366" />
      <source>A change could not be saved: %1</source>
      <translation>Промяната не можа да бъде записана: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="374" />
      <source>someone else</source>
      <translation>някой друг</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="377" />
      <source>%1 saved this answer at %2, after you opened the audit: it is now “%3”. Yours is still here, not saved.</source>
      <translation>%1 записа този отговор в %2, след като отворихте одита: сега е „%3“. Вашият отговор е още тук, незаписан.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="386" />
      <source>An answer was changed by someone else; choose which stays.</source>
      <translation>Отговор беше променен от някой друг; изберете кой да остане.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="418" />
      <source>Nothing to undo</source>
      <translation>Няма какво да се отмени</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="425" />
      <source>Undone: %1</source>
      <translation>Отменено: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="492" />
      <source>pass</source>
      <translation>успешно</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="492" />
      <source>fail</source>
      <translation>неуспешно</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="496" />
      <source>not scorable: too many N/A answers</source>
      <translation>без резултат: твърде много отговори „неприложимо“</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="501" />
      <source>Critical failure: %1</source>
      <translation>Критично неизпълнение: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="527" />
      <source>This audit is %1 and can no longer be changed.</source>
      <translation>Този одит е със статус %1 и вече не може да се променя.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="607" />
      <source>This question has no stopwatch</source>
      <translation>Този въпрос няма хронометър</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="620" />
      <source>No visible question matches '%1'</source>
      <translation>Няма видим въпрос, отговарящ на '%1'</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="636" />
      <source>%1 answers are missing or break a rule; the list shows them.</source>
      <translation>Липсват %1 отговора или нарушават правило; списъкът ги показва.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="647" />
      <location filename="../../work/main/ui/capture/form_window.py" line="654" />
      <source>Cannot submit</source>
      <translation>Не може да се изпрати</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="655" />
      <source>Another program is writing to the database; try again in a moment.</source>
      <translation>Друга програма записва в базата данни; опитайте отново след малко.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="661" />
      <source>Submitted.</source>
      <translation>Изпратено.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="671" />
      <source>Keyboard shortcuts</source>
      <translation>Клавишни комбинации</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="673" />
      <source>Keys</source>
      <translation>Клавиши</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="673" />
      <source>Does</source>
      <translation>Действие</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="698" />
      <source>Answers kept</source>
      <translation>Отговорите са запазени</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="700" />
      <source>The database stayed busy; %1 answers are kept beside it and will be saved the next time it is opened.</source>
      <translation>Базата данни остана заета; %1 отговора са запазени до нея и ще бъдат записани при следващото ѝ отваряне.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="716" />
      <source>no answer</source>
      <translation>няма отговор</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="720" />
      <source>Yes</source>
      <translation>Да</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="720" />
      <source>No</source>
      <translation>Не</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="743" />
      <source>Score breakdown</source>
      <translation>Разбивка на резултата</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="745" />
      <source>Section / question</source>
      <translation>Раздел / въпрос</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="745" />
      <source>Points</source>
      <translation>Точки</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="745" />
      <source>Why</source>
      <translation>Защо</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="764" />
      <source>Audit score: %1</source>
      <translation>Резултат от одита: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="766" />
      <source>Not scorable: %1</source>
      <translation>Без резултат: %1</translation>
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
      <location filename="../../work/main/ui/pages/audits.py" line="76" />
      <source>Filter by location, checklist or shopper</source>
      <translation>Филтър по обект, контролен списък или клиент</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="81" />
      <source>All statuses</source>
      <translation>Всички статуси</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="108" />
      <source>PDF report…</source>
      <translation>PDF отчет…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="110" />
      <source>Write the selected audit's report as a PDF</source>
      <translation>Запиши отчета на избрания одит като PDF</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="112" />
      <source>Location PDF…</source>
      <translation>PDF за обекта…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="115" />
      <source>Write the report of the selected audit's location as a PDF</source>
      <translation>Запиши отчета за обекта на избрания одит като PDF</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="118" />
      <source>&amp;New audit…</source>
      <translation>&amp;Нов одит…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="121" />
      <source>&amp;Open</source>
      <translation>&amp;Отвори</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="123" />
      <source>Continue a draft, or read a submitted audit</source>
      <translation>Продължи чернова или прочети изпратен одит</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="126" />
      <source>Accept</source>
      <translation>Приеми</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="129" />
      <source>Return…</source>
      <translation>Върни…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="131" />
      <source>Send a submitted audit back with notes</source>
      <translation>Върни изпратен одит с бележки</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="146" />
      <source>Show all audits</source>
      <translation>Покажи всички одити</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="164" />
      <source>%1 audits: %2</source>
      <translation>Одити (%1): %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="206" />
      <location filename="../../work/main/ui/pages/audits.py" line="275" />
      <source>Select an audit first.</source>
      <translation>Първо изберете одит.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="245" />
      <source>Select a submitted audit first.</source>
      <translation>Първо изберете изпратен одит.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="254" />
      <source>Return to the shopper</source>
      <translation>Върни на тайния клиент</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="254" />
      <source>What should the shopper change?</source>
      <translation>Какво трябва да промени тайният клиент?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="258" />
      <source>Reviewer</source>
      <translation>Проверяващ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="267" />
      <source>Audit accepted.</source>
      <translation>Одитът е приет.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="267" />
      <source>Audit returned to the shopper.</source>
      <translation>Одитът е върнат на тайния клиент.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="286" />
      <source>Select an audit of the location first.</source>
      <translation>Първо изберете одит на този обект.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="297" />
      <source>Save report</source>
      <translation>Запиши отчета</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="311" />
      <source>No audits yet. Start one from a checklist, or look around with demo data.</source>
      <translation>Все още няма одити. Започнете от контролен списък или разгледайте с демонстрационни данни.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="315" />
      <source>Fill with demo data</source>
      <translation>Попълни с демонстрационни данни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="396" />
      <source>%1 of %2 audits</source>
      <translation>%1 от %2 одита</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="412" />
      <source>Demo data added: %1 audits in %2 locations.</source>
      <translation>Добавени демонстрационни данни: %1 одита в %2 обекта.</translation>
    </message>
  </context>
  <context>
    <name>DiariesPage</name>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="124" />
      <source>In person</source>
      <translation>Лично</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="125" />
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="126" />
      <source>E-mail</source>
      <translation>Имейл</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="127" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="128" />
      <source>Web</source>
      <translation>Уеб</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="129" />
      <source>Chat</source>
      <translation>Чат</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="130" />
      <source>Fax</source>
      <translation>Факс</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="131" />
      <source>Branch visit</source>
      <translation>Посещение в клон</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="134" />
      <source>Courtesy</source>
      <translation>Учтивост</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="135" />
      <source>Professionalism</source>
      <translation>Професионализъм</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="136" />
      <source>Empathy</source>
      <translation>Съпричастност</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="137" />
      <source>Willingness to help</source>
      <translation>Готовност за помощ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="138" />
      <source>Listening</source>
      <translation>Изслушване</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="139" />
      <source>Waiting time</source>
      <translation>Време за чакане</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="140" />
      <source>Speed</source>
      <translation>Бързина</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="141" />
      <source>Convenience</source>
      <translation>Удобство</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="147" />
      <source>&amp;New diary…</source>
      <translation>&amp;Нов дневник…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="150" />
      <source>PDF report…</source>
      <translation>PDF отчет…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="154" />
      <source>Diary</source>
      <translation>Дневник</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="170" />
      <source>Add an event (Ctrl+Enter)</source>
      <translation>Добави събитие (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="180" />
      <source>who served you</source>
      <translation>кой ви обслужи</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="183" />
      <source>what happened</source>
      <translation>какво се случи</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="203" />
      <source>Neither</source>
      <translation>Нито едното</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="204" />
      <source>Would recommend</source>
      <translation>Бих препоръчал</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="205" />
      <source>Would warn others</source>
      <translation>Бих предупредил другите</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="206" />
      <source>&amp;Add event</source>
      <translation>&amp;Добави събитие</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="214" />
      <location filename="../../work/main/ui/pages/diaries.py" line="253" />
      <source>When</source>
      <translation>Кога</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="215" />
      <source>&amp;Channel</source>
      <translation>&amp;Канал</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="216" />
      <source>Or&amp;ganisation</source>
      <translation>Ор&amp;ганизация</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="217" />
      <location filename="../../work/main/ui/pages/diaries.py" line="254" />
      <source>What happened</source>
      <translation>Какво се случи</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="218" />
      <source>E&amp;xpected (1-7)</source>
      <translation>&amp;Очакване (1-7)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="219" />
      <source>Ex&amp;perienced (1-7)</source>
      <translation>&amp;Възприятие (1-7)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="220" />
      <source>&amp;Satisfaction (1-5)</source>
      <translation>&amp;Удовлетвореност (1-5)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="221" />
      <source>&amp;Feeling</source>
      <translation>&amp;Чувство</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="222" />
      <source>Criteria that mattered</source>
      <translation>Критерии, които имаха значение</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="223" />
      <source>Would you…</source>
      <translation>Бихте ли…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="239" />
      <source>Timeline</source>
      <translation>Хронология</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="242" />
      <source>All channels</source>
      <translation>Всички канали</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="248" />
      <source>Filter by organisation or text</source>
      <translation>Филтър по организация или текст</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="253" />
      <location filename="../../work/main/ui/pages/diaries.py" line="278" />
      <source>Channel</source>
      <translation>Канал</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="253" />
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="253" />
      <source>Expected</source>
      <translation>Очаквано</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="254" />
      <source>Experienced</source>
      <translation>Преживяно</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="254" />
      <location filename="../../work/main/ui/pages/diaries.py" line="280" />
      <source>Gap</source>
      <translation>Разлика</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="269" />
      <source>Summary</source>
      <translation>Обобщение</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="277" />
      <source>Criterion</source>
      <translation>Критерий</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="280" />
      <source>Events</source>
      <translation>Събития</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="280" />
      <source>Expected → experienced</source>
      <translation>Очаквано → преживяно</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="287" />
      <source>By criterion (most mentioned first)</source>
      <translation>По критерий (най-често споменатите първо)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="289" />
      <source>By channel</source>
      <translation>По канал</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="340" />
      <source>Start a diary to add events.</source>
      <translation>Започнете дневник, за да добавяте събития.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="390" />
      <source>%1 events · expected %2 · experienced %3 · gap %4 · recommend %5 · warn %6</source>
      <translation>събития: %1 · очаквано %2 · преживяно %3 · разлика %4 · препоръка %5 · предупреждение %6</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="465" />
      <source>Start a diary first.</source>
      <translation>Първо започнете дневник.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="504" />
      <source>Save diary report</source>
      <translation>Запиши отчета за дневника</translation>
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
      <location filename="../../work/main/ui/main_window.py" line="77" />
      <source>Service Auditor</source>
      <translation>Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="87" />
      <source>Audits</source>
      <translation>Одити</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="88" />
      <source>Review</source>
      <translation>Преглед</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="89" />
      <source>Reports</source>
      <translation>Отчети</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="90" />
      <source>Diaries</source>
      <translation>Дневници</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="91" />
      <source>Actions</source>
      <translation>Действия</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="92" />
      <source>Dashboard</source>
      <translation>Табло</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="93" />
      <source>Checklists</source>
      <translation>Контролни списъци</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="94" />
      <source>Standards</source>
      <translation>Стандарти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="95" />
      <source>Settings</source>
      <translation>Настройки</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="106" />
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="108" />
      <source>&amp;Tools</source>
      <translation>&amp;Инструменти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="109" />
      <source>&amp;Help</source>
      <translation>По&amp;мощ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="113" />
      <source>Opening the database…</source>
      <translation>Отваряне на базата данни…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="319" />
      <source>Your password is changed.</source>
      <translation>Паролата е сменена.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="330" />
      <source>&amp;New database…</source>
      <translation>&amp;Нова база данни…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="333" />
      <source>&amp;Open database…</source>
      <translation>&amp;Отвори база данни…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="336" />
      <source>Open &amp;recent</source>
      <translation>&amp;Последно отваряни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="339" />
      <source>Fill with &amp;demo data</source>
      <translation>Попълни с &amp;демонстрационни данни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="341" />
      <source>&amp;Quit</source>
      <translation>&amp;Изход</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="344" />
      <source>Connect to &amp;team server…</source>
      <translation>Свързване със &amp;сървъра на екипа…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="349" />
      <source>Change my &amp;password…</source>
      <translation>Смяна на моята &amp;парола…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="350" />
      <source>Your own password on the team server</source>
      <translation>Вашата парола на сървъра на екипа</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="357" />
      <source>&amp;Send audits…</source>
      <translation>&amp;Изпрати одити…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="359" />
      <source>Write the submitted audits not sent yet to a signed package (.zip)</source>
      <translation>Запиши изпратените за преглед, но още непредадени одити в подписан пакет (.zip)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="362" />
      <source>Re&amp;ceive audits…</source>
      <translation>По&amp;лучи одити…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="364" />
      <source>Merge audit packages from shoppers or the office (or drop them here)</source>
      <translation>Обедини пакети с одити от клиенти или от офиса (или ги пуснете тук)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="367" />
      <source>S&amp;ync with team server…</source>
      <translation>С&amp;инхронизиране със сървъра на екипа…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="369" />
      <source>Send the submitted audits to the team server; bring back reviews, checklists and actions</source>
      <translation>Изпращане на подадените одити към сървъра на екипа; връщане на прегледи, контролни списъци и действия</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="377" />
      <source>&amp;Back up now</source>
      <translation>&amp;Архивирай сега</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="379" />
      <source>Res&amp;tore from backup…</source>
      <translation>Въз&amp;станови от архив…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="387" />
      <source>&amp;Recompute all scores</source>
      <translation>&amp;Преизчисли всички резултати</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="389" />
      <source>Score every audit again from its answers, after scoring rules changed</source>
      <translation>Изчисли отново резултата на всеки одит от отговорите му, след промяна на правилата за оценяване</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="395" />
      <source>&amp;About Service Auditor</source>
      <translation>&amp;За Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="403" />
      <source>No recent databases</source>
      <translation>Няма последно отваряни бази</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="414" />
      <source>Service Auditor — %1</source>
      <translation>Service Auditor — %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="415" />
      <source>Database: %1</source>
      <translation>База данни: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="424" />
      <source>A server database is backed up on the server</source>
      <translation>База данни на сървър се архивира на сървъра</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="428" />
      <source>The database was upgraded; a backup was written to %1</source>
      <translation>Базата данни беше обновена; архив е записан в %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="465" />
      <source>Scores are being recomputed; wait or cancel first.</source>
      <translation>Резултатите се преизчисляват; изчакайте или първо откажете.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="470" />
      <location filename="../../work/main/ui/main_window.py" line="526" />
      <source>Cannot open database</source>
      <translation>Базата данни не може да бъде отворена</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="491" />
      <source>Back up now</source>
      <translation>Архивирай сега</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="493" />
      <source>Backup written: %1</source>
      <translation>Архивът е записан: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="522" />
      <source>Restore from backup</source>
      <translation>Възстанови от архив</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="529" />
      <source>Restored from %1</source>
      <translation>Възстановено от %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="535" />
      <location filename="../../work/main/ui/main_window.py" line="542" />
      <source>New database</source>
      <translation>Нова база данни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="543" />
      <source>%1 already exists; use Open database to open it.</source>
      <translation>%1 вече съществува; отворете я с Отвори база данни.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="564" />
      <source>Open database</source>
      <translation>Отвори база данни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="584" />
      <source>Recomputing scores…</source>
      <translation>Преизчисляване на резултатите…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="593" />
      <source>Scores recomputed for %1 audits.</source>
      <translation>Преизчислени резултати за %1 одита.</translation>
    </message>
  </context>
  <context>
    <name>NewDiaryDialog</name>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="85" />
      <source>Start a diary</source>
      <translation>Започни дневник</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="90" />
      <source>e.g. Two weeks of service encounters</source>
      <translation>напр. Две седмици срещи с обслужване</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="99" />
      <source>&amp;Owner</source>
      <translation>&amp;Собственик</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="100" />
      <source>&amp;Title</source>
      <translation>&amp;Заглавие</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="101" />
      <source>&amp;From</source>
      <translation>&amp;От</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="102" />
      <source>T&amp;o</source>
      <translation>&amp;До</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="103" />
      <source>&amp;Purpose</source>
      <translation>&amp;Цел</translation>
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
      <location filename="../../work/main/ui/pages/reports.py" line="85" />
      <source>Summary: ranking, distribution, weak standards</source>
      <translation>Обобщение: класиране, разпределение, слаби стандарти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="86" />
      <source>Location: trend, sections, standards, actions</source>
      <translation>Обект: тенденция, раздели, стандарти, действия</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="87" />
      <source>Standards handouts for trainers</source>
      <translation>Материали за стандартите за обучители</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="88" />
      <source>Service-event diaries</source>
      <translation>Дневници на събития при обслужване</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="89" />
      <source>Shoppers and their agreement</source>
      <translation>Тайни клиенти и тяхното съгласие</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="90" />
      <source>Audit reports, one PDF per audit</source>
      <translation>Отчети от одити, по един PDF на одит</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="104" />
      <source>Finished audits (submitted and accepted)</source>
      <translation>Завършени одити (изпратени и приети)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="105" />
      <source>Accepted audits only</source>
      <translation>Само приети одити</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="106" />
      <source>Drafts and returned audits never count</source>
      <translation>Черновите и върнатите одити никога не се броят</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="121" />
      <source>File to write (a folder for audit reports)</source>
      <translation>Файл за запис (папка за отчетите от одити)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="122" />
      <source>Browse…</source>
      <translation>Преглед…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="129" />
      <source>Report</source>
      <translation>Отчет</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="130" />
      <source>Format</source>
      <translation>Формат</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="131" />
      <source>Language</source>
      <translation>Език</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="132" />
      <source>Count</source>
      <translation>Броят се</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="133" />
      <source>Location</source>
      <translation>Обект</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="134" />
      <source>Checklist</source>
      <translation>Контролен списък</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="135" />
      <source>From</source>
      <translation>От</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="136" />
      <source>To</source>
      <translation>До</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="137" />
      <source>Save to</source>
      <translation>Запиши в</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="138" />
      <source>Ignore the dates</source>
      <translation>Без датите</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="141" />
      <source>Write report</source>
      <translation>Запиши отчета</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="152" />
      <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Отчети&lt;/h2&gt;</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="165" />
      <source>All locations</source>
      <translation>Всички обекти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="166" />
      <source>All checklists</source>
      <translation>Всички контролни списъци</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="185" />
      <source>Folder for the audit reports</source>
      <translation>Папка за отчетите от одити</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="191" />
      <source>Save report</source>
      <translation>Запиши отчета</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="215" />
      <source>Choose where to save the report first.</source>
      <translation>Първо изберете къде да запишете отчета.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="230" />
      <source>Writing the report…</source>
      <translation>Записване на отчета…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="234" />
      <source>Report written: %1</source>
      <translation>Отчетът е записан: %1</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="34" />
      <location filename="../../work/main/ui/backup_dialog.py" line="86" />
      <source>Restore from backup</source>
      <translation>Възстанови от архив</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="37" />
      <source>daily</source>
      <translation>дневен</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="38" />
      <source>weekly</source>
      <translation>седмичен</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="39" />
      <source>taken by hand</source>
      <translation>ръчен</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="40" />
      <source>before a restore</source>
      <translation>преди възстановяване</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="46" />
      <source>%1 — %2, %3</source>
      <translation>%1 — %2, %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="59" />
      <source>&amp;Restore</source>
      <translation>&amp;Възстанови</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="64" />
      <source>Backups in %1</source>
      <translation>Архиви в %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="68" />
      <source>There are no backups of this database yet.</source>
      <translation>Все още няма архиви на тази база данни.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="72" />
      <source>The database's current state is kept as a backup of its own before it is replaced.</source>
      <translation>Текущото състояние на базата данни се запазва като отделен архив, преди да бъде заменено.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="87" />
      <source>Replace the database with the backup of %1?</source>
      <translation>Да се замени ли базата данни с архива от %1?</translation>
    </message>
  </context>
  <context>
    <name>About</name>
    <message>
      <location filename="../../work/main/ui/about.py" line="92" />
      <source>About Service Auditor</source>
      <translation>За Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="98" />
      <source>Offline-first service-quality audits. Free software; it is built on the libraries and fonts below, each under its own licence.</source>
      <translation>Одити на качеството на обслужване, и без мрежа. Свободен софтуер; изграден е върху библиотеките и шрифтовете по-долу, всеки със свой лиценз.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="106" />
      <source>This laptop's signing key: %1</source>
      <translation>Ключ за подпис на този лаптоп: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="113" />
      <source>Component</source>
      <translation>Компонент</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="113" />
      <source>Version</source>
      <translation>Версия</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="113" />
      <source>Licence</source>
      <translation>Лиценз</translation>
    </message>
  </context>
  <context>
    <name>ChecklistsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="134" />
      <location filename="../../work/main/ui/pages/checklists_page.py" line="138" />
      <source>Version</source>
      <translation>Версия</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="133" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="133" />
      <source>Name</source>
      <translation>Име</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="133" />
      <source>Checklist</source>
      <translation>Контролен списък</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="70" />
      <source>Compare versions of %1</source>
      <translation>Сравняване на версии: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="80" />
      <location filename="../../work/main/ui/pages/checklists_page.py" line="103" />
      <source>version %1</source>
      <translation>версия %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="116" />
      <source>%1 changed, %2 added, %3 removed</source>
      <translation>променени: %1, добавени: %2, премахнати: %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="134" />
      <location filename="../../work/main/ui/pages/checklists_page.py" line="138" />
      <source>Questions</source>
      <translation>Въпроси</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="134" />
      <location filename="../../work/main/ui/pages/checklists_page.py" line="139" />
      <source>Audits</source>
      <translation>Одити</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="138" />
      <source>Created</source>
      <translation>Създадена</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="142" />
      <source>New checklist…</source>
      <translation>Нов контролен списък…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="144" />
      <source>Edit…</source>
      <translation>Редактирай…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="146" />
      <source>Compare versions…</source>
      <translation>Сравни версии…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="149" />
      <source>Import…</source>
      <translation>Импортирай…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="152" />
      <source>Export…</source>
      <translation>Експортирай…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="162" />
      <source>Versions (old audits keep the version they were filled on)</source>
      <translation>Версии (старите одити запазват версията, по която са попълнени)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="169" />
      <source>Checklists</source>
      <translation>Контролни списъци</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="246" />
      <source>Saved %1 version %2</source>
      <translation>Записано: %1, версия %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="278" />
      <source>First question</source>
      <translation>Първи въпрос</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="279" />
      <source>Section 1</source>
      <translation>Раздел 1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="283" />
      <source>New checklist</source>
      <translation>Нов контролен списък</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="309" />
      <source>Import checklists</source>
      <translation>Импортирай контролни списъци</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="311" />
      <source>Checklists (*.json *.xlsx *.xls *.csv *.md);;All files (*)</source>
      <translation>Контролни списъци (*.json *.xlsx *.xls *.csv *.md);;Всички файлове (*)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="326" />
      <source>Nothing imported: %1</source>
      <translation>Нищо не е импортирано: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="329" />
      <source>Imported: %1</source>
      <translation>Импортирано: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="329" />
      <source>standards</source>
      <translation>стандарти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="338" />
      <source>Export checklist</source>
      <translation>Експортирай контролен списък</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="339" />
      <source>JSON (*.json);;XLSForm (*.xlsx)</source>
      <translation>JSON (*.json);;XLSForm (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="356" />
      <source>Exported to %1</source>
      <translation>Експортирано в %1</translation>
    </message>
  </context>
  <context>
    <name>QuestionCard</name>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="52" />
      <source>required</source>
      <translation>задължително</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="54" />
      <source>critical</source>
      <translation>критично</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="84" />
      <source>Attach file…</source>
      <translation>Прикачи файл…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="87" />
      <source>Enter, or drop files on the question</source>
      <translation>Enter или пуснете файлове върху въпроса</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="92" />
      <source>N/A</source>
      <translation>неприложимо</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="96" />
      <source>Not applicable (A, or Ctrl+D in a text field)</source>
      <translation>Неприложимо (A или Ctrl+D в текстово поле)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="104" />
      <source>Comment (what you saw, in your words)</source>
      <translation>Коментар (какво видяхте, със свои думи)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="121" />
      <source>Save mine over it</source>
      <translation>Запиши моя на негово място</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="125" />
      <source>Use theirs</source>
      <translation>Използвай техния</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="195" />
      <source>Remove %1</source>
      <translation>Премахни %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="230" />
      <source>Reviewer: %1</source>
      <translation>Проверяващ: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="283" />
      <source>Attach files</source>
      <translation>Прикачи файлове</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="285" />
      <source>Photos and documents (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
      <translation>Снимки и документи (*.jpg *.jpeg *.png *.pdf);;Всички файлове (*)</translation>
    </message>
  </context>
  <context>
    <name>Packages</name>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="316" />
      <source>N/A</source>
      <translation>неприложимо</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="51" />
      <source>to add</source>
      <translation>за добавяне</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="51" />
      <source>to update</source>
      <translation>за обновяване</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="51" />
      <source>unchanged</source>
      <translation>без промяна</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="52" />
      <source>in conflict (both kept)</source>
      <translation>в конфликт (двете версии са запазени)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="62" />
      <location filename="../../work/main/ui/packages_ui.py" line="173" />
      <source>Receive audits</source>
      <translation>Получи одити</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="68" />
      <source>from %1 (%2), key %3</source>
      <translation>от %1 (%2), ключ %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="75" />
      <source>%1 to add, %2 to update, %3 unchanged, %4 in conflict</source>
      <translation>за добавяне: %1, за обновяване: %2, без промяна: %3, в конфликт: %4</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="87" />
      <source>What happens</source>
      <translation>Какво ще стане</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="87" />
      <source>Audit or diary</source>
      <translation>Одит или дневник</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="87" />
      <source>Note</source>
      <translation>Бележка</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="98" />
      <source>Import</source>
      <translation>Импортирай</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="133" />
      <source>Send audits</source>
      <translation>Изпрати одити</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="133" />
      <location filename="../../work/main/ui/packages_ui.py" line="173" />
      <source>Audit packages (*.zip)</source>
      <translation>Пакети с одити (*.zip)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="163" />
      <source>Package written: %1 (%2 audits, %3 diaries, %4 photos)</source>
      <translation>Пакетът е записан: %1 (одити: %2, дневници: %3, снимки: %4)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="227" />
      <source>Nothing received from %1: the key %2 is not trusted</source>
      <translation>Нищо не е получено от %1: ключът %2 не е доверен</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="258" />
      <source>Received: %1 added, %2 updated, %3 kept as conflicts for review</source>
      <translation>Получени: добавени %1, обновени %2, %3 запазени като конфликти за преглед</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="290" />
      <source>Synced: %1 audits sent; %2 audits, %3 checklists and %4 actions received; %5 changed on both sides, kept for review</source>
      <translation>Синхронизирано: изпратени %1 одита; получени %2 одита, %3 контролни списъка и %4 действия; %5 променени от двете страни, запазени за преглед</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="314" />
      <source>(no answer)</source>
      <translation>(няма отговор)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="336" />
      <source>Audits changed on both sides</source>
      <translation>Одити, променени от двете страни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="339" />
      <source>reviewer</source>
      <translation>проверяващ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="349" />
      <source>Question</source>
      <translation>Въпрос</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="349" />
      <location filename="../../work/main/ui/packages_ui.py" line="422" />
      <source>Ours</source>
      <translation>Нашата</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="349" />
      <location filename="../../work/main/ui/packages_ui.py" line="423" />
      <source>Theirs</source>
      <translation>Тяхната</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="349" />
      <source>Keep</source>
      <translation>Запази</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="356" />
      <source>Keep ours</source>
      <translation>Запази нашата</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="359" />
      <source>Take theirs</source>
      <translation>Вземи тяхната</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="362" />
      <source>Merge as chosen</source>
      <translation>Обедини според избора</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="393" />
      <source>No conflicts left.</source>
      <translation>Няма останали конфликти.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="407" />
      <source>From %1, received %2. Status here: %3; theirs: %4.</source>
      <translation>От: %1, получено %2. Статус тук: %3; при тях: %4.</translation>
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="65" />
      <source>N/A</source>
      <translation>неприложимо</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="249" />
      <source>Score</source>
      <translation>Резултат</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="442" />
      <source>pass</source>
      <translation>успешно</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="442" />
      <source>fail</source>
      <translation>неуспешно</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="67" />
      <source>no answer</source>
      <translation>няма отговор</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="70" />
      <source>Yes</source>
      <translation>Да</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="70" />
      <source>No</source>
      <translation>Не</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="248" />
      <source>Checklist</source>
      <translation>Контролен списък</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="248" />
      <source>Location</source>
      <translation>Обект</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="296" />
      <source>What</source>
      <translation>Какво</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="544" />
      <source>Reviewer</source>
      <translation>Проверяващ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="249" />
      <source>Critical failures</source>
      <translation>Критични неизпълнения</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="164" />
      <source>Note for the shopper on this question</source>
      <translation>Бележка за клиента по този въпрос</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="228" />
      <source>To review</source>
      <translation>За преглед</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="229" />
      <source>Accepted</source>
      <translation>Приет</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="240" />
      <source>Review</source>
      <translation>Преглед</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="248" />
      <source>Waiting (days)</source>
      <translation>Чака (дни)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="248" />
      <source>Visited</source>
      <translation>Посещение</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="249" />
      <source>Shopper</source>
      <translation>Таен клиент</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="266" />
      <source>Note for the shopper on the whole audit</source>
      <translation>Бележка за клиента за целия одит</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="267" />
      <source>&amp;Accept</source>
      <translation>&amp;Приеми</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="269" />
      <source>A</source>
      <translation>A</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="271" />
      <source>&amp;Return to the shopper</source>
      <translation>&amp;Върни на клиента</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="273" />
      <source>R</source>
      <translation>R</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="275" />
      <source>Re&amp;open…</source>
      <translation>Отвори &amp;отново…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="278" />
      <source>&amp;Breakdown…</source>
      <translation>&amp;Разбивка…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="280" />
      <source>Corrective &amp;action…</source>
      <translation>&amp;Коригиращо действие…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="282" />
      <source>For a standard this audit failed</source>
      <translation>За стандарт, който този одит не изпълни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="296" />
      <source>When</source>
      <translation>Кога</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="296" />
      <source>Who</source>
      <translation>Кой</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="296" />
      <source>Change</source>
      <translation>Промяна</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="308" />
      <source>Status history</source>
      <translation>История на статуса</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="310" />
      <source>Change log</source>
      <translation>Дневник на промените</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="368" />
      <source>%1 audits wait for a decision</source>
      <translation>Одити, чакащи решение: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="371" />
      <source>%1 accepted audits</source>
      <translation>Приети одити: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="386" />
      <source>%1 audits changed on both sides: resolve…</source>
      <translation>Одити, променени от двете страни: %1 — разреши…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="430" />
      <source>Nothing to review.</source>
      <translation>Няма нищо за преглед.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="445" />
      <source>critical failure: %1</source>
      <translation>критично неизпълнение: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="565" />
      <source>Not saved: %1. The audit is shown as it is now; your notes are kept.</source>
      <translation>Не е записано: %1. Одитът е показан такъв, какъвто е сега; бележките ви са запазени.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="585" />
      <source>Accepted; the audit is locked.</source>
      <translation>Прието; одитът е заключен.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="594" />
      <source>Write a note for the shopper (on the audit or a question).</source>
      <translation>Напишете бележка за клиента (за одита или за въпрос).</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="601" />
      <source>Returned to the shopper with %1 notes.</source>
      <translation>Върнато на клиента с бележки (%1).</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="610" />
      <source>Reopen an accepted audit</source>
      <translation>Отвори отново приет одит</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="610" />
      <source>Why is it reopened?</source>
      <translation>Защо се отваря отново?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="615" />
      <source>A reopened audit needs a reason.</source>
      <translation>Повторното отваряне на одит изисква причина.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="620" />
      <source>Reopened; the audit is back in the review queue.</source>
      <translation>Отворен отново; одитът е обратно в опашката за преглед.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="662" />
      <source>started</source>
      <translation>започнат</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="663" />
      <source>submitted</source>
      <translation>изпратен</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="664" />
      <source>accepted</source>
      <translation>приет</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="665" />
      <source>returned to the shopper</source>
      <translation>върнат на клиента</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="666" />
      <source>reopened</source>
      <translation>отворен отново</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="675" />
      <source>answered N/A</source>
      <translation>отговор: неприложимо</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="676" />
      <source>answered %1</source>
      <translation>отговор: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="685" />
      <source>reopened — %1</source>
      <translation>отворен отново — %1</translation>
    </message>
  </context>
  <context>
    <name>Editors</name>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="133" />
      <source>&amp;Yes</source>
      <translation>&amp;Да</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="133" />
      <source>&amp;No</source>
      <translation>&amp;Не</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="277" />
      <location filename="../../work/main/ui/capture/editors.py" line="295" />
      <source>Start timer</source>
      <translation>Пусни хронометъра</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="280" />
      <source>Start or stop the stopwatch (Ctrl+T)</source>
      <translation>Пусни или спри хронометъра (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="303" />
      <source>Stop (%1)</source>
      <translation>Стоп (%1)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="321" />
      <source>number</source>
      <translation>число</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="329" />
      <source>target %1</source>
      <translation>цел %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="331" />
      <source>, no points beyond %1</source>
      <translation>, без точки над %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="381" />
      <source>mm:ss</source>
      <translation>мм:сс</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="382" />
      <source>minutes:seconds, or whole minutes</source>
      <translation>минути:секунди или цели минути</translation>
    </message>
  </context>
  <context>
    <name>ActionsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="50" />
      <source>Done</source>
      <translation>Готово</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="48" />
      <source>Open</source>
      <translation>Отворено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="49" />
      <source>In progress</source>
      <translation>В процес</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="51" />
      <location filename="../../work/main/ui/pages/actions.py" line="137" />
      <source>Verified</source>
      <translation>Проверено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="52" />
      <location filename="../../work/main/ui/pages/actions.py" line="138" />
      <source>Cancelled</source>
      <translation>Отменено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="74" />
      <source>New corrective action</source>
      <translation>Ново коригиращо действие</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="86" />
      <source>(all locations)</source>
      <translation>(всички обекти)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="100" />
      <source>What is to be done</source>
      <translation>Какво трябва да се направи</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="101" />
      <location filename="../../work/main/ui/pages/actions.py" line="159" />
      <source>Standard</source>
      <translation>Стандарт</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="102" />
      <location filename="../../work/main/ui/pages/actions.py" line="159" />
      <source>Location</source>
      <translation>Обект</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="103" />
      <location filename="../../work/main/ui/pages/actions.py" line="146" />
      <location filename="../../work/main/ui/pages/actions.py" line="159" />
      <source>Owner</source>
      <translation>Отговорник</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="104" />
      <location filename="../../work/main/ui/pages/actions.py" line="159" />
      <source>Due</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="106" />
      <source>Linked audits</source>
      <translation>Свързани одити</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="121" />
      <source>Say what is to be done.</source>
      <translation>Посочете какво трябва да се направи.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="136" />
      <source>Open and in progress</source>
      <translation>Отворени и в процес</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="136" />
      <location filename="../../work/main/ui/pages/actions.py" line="236" />
      <source>Overdue</source>
      <translation>Просрочени</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="137" />
      <source>Done, to verify</source>
      <translation>Изпълнени, за проверка</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="138" />
      <source>All</source>
      <translation>Всички</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="151" />
      <source>Corrective actions</source>
      <translation>Коригиращи действия</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="159" />
      <source>What</source>
      <translation>Какво</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="159" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="160" />
      <source>Verification</source>
      <translation>Проверка</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="169" />
      <source>&amp;New action…</source>
      <translation>&amp;Ново действие…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="172" />
      <source>&amp;Start</source>
      <translation>&amp;Започни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="175" />
      <source>&amp;Done…</source>
      <translation>&amp;Изпълнено…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="178" />
      <source>&amp;Verify</source>
      <translation>&amp;Провери</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="181" />
      <source>Cancel the action</source>
      <translation>Отмени действието</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="201" />
      <source>All locations</source>
      <translation>Всички обекти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="202" />
      <source>All standards</source>
      <translation>Всички стандарти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="228" />
      <source>proposed: a later audit met the standard</source>
      <translation>предложение: по-късен одит изпълни стандарта</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="254" />
      <source>A later accepted audit met the standard</source>
      <translation>По-късен приет одит изпълни стандарта</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="274" />
      <source>Corrective action created.</source>
      <translation>Коригиращото действие е създадено.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="279" />
      <source>Reviewer</source>
      <translation>Проверяващ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="287" />
      <source>Action done</source>
      <translation>Действието е изпълнено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="287" />
      <source>What was done?</source>
      <translation>Какво беше направено?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="296" />
      <source>The action is now: %1</source>
      <translation>Действието сега е: %1</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="439" />
      <source>Score</source>
      <translation>Резултат</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="133" />
      <source>All locations</source>
      <translation>Всички обекти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="517" />
      <source>Audits</source>
      <translation>Одити</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="117" />
      <source>Last 12 months</source>
      <translation>Последните 12 месеца</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="117" />
      <source>Last 6 months</source>
      <translation>Последните 6 месеца</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="117" />
      <source>Last 3 months</source>
      <translation>Последните 3 месеца</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="118" />
      <source>This year</source>
      <translation>Тази година</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="118" />
      <source>Last year</source>
      <translation>Миналата година</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="118" />
      <source>All time</source>
      <translation>Целият период</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="119" />
      <source>Months from… to…</source>
      <translation>Месеци от… до…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="132" />
      <source>All organisations</source>
      <translation>Всички организации</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="134" />
      <source>All checklists</source>
      <translation>Всички контролни списъци</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="135" />
      <source>All shoppers</source>
      <translation>Всички клиенти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="138" />
      <source>PNG…</source>
      <translation>PNG…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="140" />
      <source>Save the dashboard as a picture</source>
      <translation>Запиши таблото като изображение</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="142" />
      <source>PDF…</source>
      <translation>PDF…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="144" />
      <source>Save the dashboard as a one-page PDF (a slide)</source>
      <translation>Запиши таблото като едностраничен PDF (слайд)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="157" />
      <source>Score trend by month</source>
      <translation>Тенденция на резултата по месеци</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="160" />
      <source>Overall</source>
      <translation>Общо</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="161" />
      <source>Per location</source>
      <translation>По обекти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="165" />
      <location filename="../../work/main/ui/pages/dashboard.py" line="444" />
      <source>Location ranking</source>
      <translation>Класиране на обектите</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="166" />
      <source>Standards failed most often</source>
      <translation>Най-често неизпълнявани стандарти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="167" />
      <source>New corrective action…</source>
      <translation>Ново коригиращо действие…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="172" />
      <source>Critical failures</source>
      <translation>Критични неизпълнения</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="173" />
      <source>NPS, CSAT and CES by month</source>
      <translation>NPS, CSAT и CES по месеци</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="174" />
      <source>SERVQUAL gap per dimension</source>
      <translation>Разлика SERVQUAL по измерения</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="175" />
      <source>Importance and performance (diaries)</source>
      <translation>Важност и изпълнение (дневници)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="176" />
      <source>Shopper agreement (mean Cohen's kappa)</source>
      <translation>Съгласие на клиентите (средна капа на Коен)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="231" />
      <source>Reading the audits…</source>
      <translation>Четене на одитите…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="339" />
      <source>all time</source>
      <translation>целият период</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="342" />
      <source>%1 audits counted (%2), %3</source>
      <translation>Отчетени одити: %1 (%2), %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="347" />
      <source>; %1 more await the team server's scoring and are not counted yet</source>
      <translation>; още %1 чакат оценка от сървъра на екипа и още не се отчитат</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="401" />
      <source>pass line %1</source>
      <translation>праг %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="406" />
      <source>Mean audit score per month; click a point for its audits.</source>
      <translation>Среден резултат от одит за месеца; щракнете точка за одитите ѝ.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="408" />
      <source>No scored audits under these filters.</source>
      <translation>Няма одити с резултат при тези филтри.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="442" />
      <source>Location ranking: %1</source>
      <translation>Класиране на обектите: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="448" />
      <source>Change against %1 – %2; click a bar for its audits.</source>
      <translation>Промяна спрямо %1 – %2; щракнете стълбче за одитите му.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="452" />
      <source>Click a bar for its audits.</source>
      <translation>Щракнете стълбче за одитите му.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="481" />
      <source>Failed</source>
      <translation>Неизпълнени</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="484" />
      <source>Percent of audits in which the standard was not met; click a bar for them.</source>
      <translation>Дял на одитите, в които стандартът не е изпълнен; щракнете стълбче за тях.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="495" />
      <source>%1 not met</source>
      <translation>%1 не е изпълнен</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="520" />
      <source>%1 of %2 audits failed a critical question; click a bar for them.</source>
      <translation>%1 от %2 одита не изпълниха критичен въпрос; щракнете стълбче за тях.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="530" />
      <source>critical: %1</source>
      <translation>критично: %1</translation>
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
      <translation>Отговори в анкети: %1; NPS от −100 до 100, CSAT (1–5) и CES (1–7) приведени към тази скала.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="549" />
      <source>No survey responses under these filters.</source>
      <translation>Няма отговори в анкети при тези филтри.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="557" />
      <source>Gap</source>
      <translation>Разлика</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="560" />
      <source>Perception minus expectation (n=%1); below zero, service falls short.</source>
      <translation>Възприятие минус очакване (n=%1); под нулата обслужването не отговаря на очакванията.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="570" />
      <source>Concentrate here</source>
      <translation>Съсредоточете се тук</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="570" />
      <source>Keep up the good work</source>
      <translation>Продължавайте все така</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="571" />
      <source>Low priority</source>
      <translation>Нисък приоритет</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="571" />
      <source>Possible overkill</source>
      <translation>Възможно прекомерно</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="574" />
      <source>Importance (% of events)</source>
      <translation>Важност (% от събитията)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="574" />
      <source>Performance (1–7)</source>
      <translation>Изпълнение (1–7)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="577" />
      <source>Quadrants split at the means.</source>
      <translation>Квадрантите са разделени по средните стойности.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="579" />
      <source>No diary events under these filters.</source>
      <translation>Няма събития в дневници при тези филтри.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="588" />
      <source>%1 shared visits (same location, checklist and month); 1 is full agreement.</source>
      <translation>Общи посещения (същият обект, списък и месец): %1; 1 е пълно съгласие.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="646" />
      <source>Service Auditor dashboard</source>
      <translation>Табло на Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="671" />
      <source>Pictures (*.png)</source>
      <translation>Изображения (*.png)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="672" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF файлове (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="674" />
      <source>Export the dashboard</source>
      <translation>Експортирай таблото</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="682" />
      <source>Dashboard written to %1</source>
      <translation>Таблото е записано в %1</translation>
    </message>
  </context>
  <context>
    <name>ChecklistEditor</name>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="579" />
      <source>Points</source>
      <translation>Точки</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="116" />
      <location filename="../../work/main/ui/checklist_editor.py" line="283" />
      <source>Sections and questions</source>
      <translation>Раздели и въпроси</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="116" />
      <location filename="../../work/main/ui/checklist_editor.py" line="226" />
      <location filename="../../work/main/ui/checklist_editor.py" line="383" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="184" />
      <source>Edit checklist: %1</source>
      <translation>Редактиране на контролен списък: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="201" />
      <source>Language codes the labels are written in, e.g. en, pl, he</source>
      <translation>Кодове на езиците на етикетите, напр. en, pl, he</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="203" />
      <location filename="../../work/main/ui/checklist_editor.py" line="228" />
      <location filename="../../work/main/ui/checklist_editor.py" line="310" />
      <location filename="../../work/main/ui/checklist_editor.py" line="320" />
      <source>Title</source>
      <translation>Заглавие</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="212" />
      <source>no limit</source>
      <translation>без ограничение</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="217" />
      <source>From %</source>
      <translation>От %</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="217" />
      <source>Grade</source>
      <translation>Оценка</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="221" />
      <source>Add grade</source>
      <translation>Добави оценка</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="225" />
      <source>Name</source>
      <translation>Име</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="227" />
      <source>Languages</source>
      <translation>Езици</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="229" />
      <source>Pass line (%)</source>
      <translation>Праг (%)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="231" />
      <source>Grades</source>
      <translation>Оценки</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="234" />
      <source>At most N/A (%)</source>
      <translation>Най-много „неприложимо“ (%)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="242" />
      <source>Add section</source>
      <translation>Добави раздел</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="243" />
      <source>Add question</source>
      <translation>Добави въпрос</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="244" />
      <source>Remove</source>
      <translation>Премахни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="245" />
      <source>Up</source>
      <translation>Нагоре</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="246" />
      <source>Down</source>
      <translation>Надолу</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="258" />
      <source>Choose a section or a question.</source>
      <translation>Изберете раздел или въпрос.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="282" />
      <source>Checklist</source>
      <translation>Контролен списък</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="284" />
      <source>Preview</source>
      <translation>Преглед</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="288" />
      <source>Save as new version</source>
      <translation>Запиши като нова версия</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="292" />
      <source>Cancel</source>
      <translation>Отказ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="318" />
      <location filename="../../work/main/ui/checklist_editor.py" line="381" />
      <source>Name (key)</source>
      <translation>Име (ключ)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="321" />
      <location filename="../../work/main/ui/checklist_editor.py" line="386" />
      <source>Weight</source>
      <translation>Тегло</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="323" />
      <location filename="../../work/main/ui/checklist_editor.py" line="391" />
      <source>Shown when</source>
      <translation>Показва се, когато</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="341" />
      <source>Label</source>
      <translation>Етикет</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="341" />
      <source>Help for the shopper</source>
      <translation>Помощ за клиента</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="346" />
      <source>Critical (a fail knocks out the score)</source>
      <translation>Критичен (неизпълнение анулира резултата)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="350" />
      <source>its section</source>
      <translation>неговия раздел</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="351" />
      <source>the whole audit</source>
      <translation>целия одит</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="352" />
      <source>N/A allowed</source>
      <translation>„Неприложимо“ е разрешено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="356" />
      <source>N/A is left out of the score</source>
      <translation>„Неприложимо“ не влиза в резултата</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="356" />
      <source>N/A counts as met</source>
      <translation>„Неприложимо“ се брои за изпълнено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="357" />
      <source>N/A counts as not met</source>
      <translation>„Неприложимо“ се брои за неизпълнено</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="358" />
      <source>N/A is refused on submit</source>
      <translation>„Неприложимо“ се отказва при изпращане</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="361" />
      <source>Required</source>
      <translation>Задължителен</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="378" />
      <source>Add choice</source>
      <translation>Добави отговор</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="384" />
      <source>Labels</source>
      <translation>Етикети</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="393" />
      <source>Answer must satisfy</source>
      <translation>Отговорът трябва да отговаря на</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="395" />
      <source>Standards</source>
      <translation>Стандарти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="397" />
      <source>Choices</source>
      <translation>Отговори</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="579" />
      <source>Key</source>
      <translation>Ключ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="670" />
      <source>a name is needed</source>
      <translation>нужно е име</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="671" />
      <source>another section or question is already named '%1'</source>
      <translation>друг раздел или въпрос вече се казва '%1'</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="679" />
      <location filename="../../work/main/ui/checklist_editor.py" line="747" />
      <source>'%1' is not a number</source>
      <translation>'%1' не е число</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="691" />
      <source>a label is needed</source>
      <translation>нужен е етикет</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="693" />
      <source>unknown standard %1</source>
      <translation>непознат стандарт %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="699" />
      <source>add at least one choice</source>
      <translation>добавете поне един отговор</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="701" />
      <source>two choices have the same key</source>
      <translation>два отговора имат един и същ ключ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="703" />
      <source>points must be numbers</source>
      <translation>точките трябва да са числа</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="735" />
      <source>the pass line is a percent from 0 to 100</source>
      <translation>прагът е процент от 0 до 100</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="739" />
      <source>a percent from 0 to 100, or empty for no limit</source>
      <translation>процент от 0 до 100 или празно за без ограничение</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="824" />
      <source>Fix the marked fields first: %1</source>
      <translation>Първо поправете отбелязаните полета: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="848" />
      <source>this rule cannot be used: %1</source>
      <translation>това правило не може да се използва: %1</translation>
    </message>
  </context>
  <context>
    <name>StartAudit</name>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="36" />
      <source>Add a location</source>
      <translation>Добави обект</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="46" />
      <source>&amp;Organisation</source>
      <translation>&amp;Организация</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="47" />
      <location filename="../../work/main/ui/capture/start_dialog.py" line="105" />
      <source>&amp;Location</source>
      <translation>О&amp;бект</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="48" />
      <source>&amp;City</source>
      <translation>&amp;Град</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="66" />
      <source>Start an audit</source>
      <translation>Започни одит</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="81" />
      <source>&amp;New location…</source>
      <translation>&amp;Нов обект…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="98" />
      <source>name or description of the person who served you</source>
      <translation>име или описание на човека, който ви обслужи</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="104" />
      <source>&amp;Checklist</source>
      <translation>&amp;Контролен списък</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="106" />
      <source>&amp;Shopper</source>
      <translation>&amp;Таен клиент</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="107" />
      <source>&amp;Visit</source>
      <translation>&amp;Посещение</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="108" />
      <source>Observed s&amp;taff</source>
      <translation>Наблюдаван &amp;персонал</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="112" />
      <source>Start</source>
      <translation>Започни</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="146" />
      <source>Choose a checklist.</source>
      <translation>Изберете контролен списък.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="149" />
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
      <location filename="../../work/main/ui/pages/standards_page.py" line="76" />
      <source>Checklist</source>
      <translation>Контролен списък</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="58" />
      <source>Weight</source>
      <translation>Тегло</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="58" />
      <source>Standard</source>
      <translation>Стандарт</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="59" />
      <source>Questions</source>
      <translation>Въпроси</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="76" />
      <source>Audits</source>
      <translation>Одити</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="41" />
      <source>standards</source>
      <translation>стандарти</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="41" />
      <source>equipment</source>
      <translation>оборудване</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="41" />
      <source>staff</source>
      <translation>персонал</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="53" />
      <source>Filter by code or title</source>
      <translation>Филтър по код или заглавие</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="58" />
      <source>Code</source>
      <translation>Код</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="58" />
      <source>About</source>
      <translation>Отнася се за</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="58" />
      <source>Target</source>
      <translation>Цел</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="76" />
      <source>Month</source>
      <translation>Месец</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="76" />
      <source>Kept (points)</source>
      <translation>Изпълнено (точки)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="76" />
      <source>Audits failed</source>
      <translation>Неизпълнени одити</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="90" />
      <source>Checked by</source>
      <translation>Проверява се от</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="92" />
      <source>Compliance over time</source>
      <translation>Съответствие във времето</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="105" />
      <source>Service standards</source>
      <translation>Стандарти за обслужване</translation>
    </message>
  </context>
  <context>
    <name>ConnectDialog</name>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="47" />
      <source>sslmode=%1: the connection may go without TLS and the server is not checked; anyone on the way can read and change the login and all data.</source>
      <translation>sslmode=%1: връзката може да мине без TLS и сървърът не се проверява; всеки по пътя може да прочете и промени влизането и всички данни.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="51" />
      <source>sslmode=%1 does not check the server's certificate: a man in the middle can read the password exchange and all data.</source>
      <translation>sslmode=%1 не проверява сертификата на сървъра: нападател по средата може да прочете обмена на паролата и всички данни.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="55" />
      <source>sslmode=%1 does not check that the certificate names this server: any server with a certificate from the same CA can pose as it.</source>
      <translation>sslmode=%1 не проверява дали сертификатът назовава този сървър: всеки сървър със сертификат от същия издател (CA) може да се представи за него.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="59" />
      <source>require_auth=%1 lets the server ask for another login than SCRAM: a server posing as this one may be sent the password, or a hash of it that it can crack.</source>
      <translation>require_auth=%1 позволява на сървъра да поиска друго влизане освен SCRAM: сървър, който се представя за този, може да получи паролата или неин хеш, който да разбие.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="63" />
      <source>channel_binding=%1 does not tie the login to the TLS connection: a man in the middle can pass your login on to the real server.</source>
      <translation>channel_binding=%1 не свързва влизането с TLS връзката: нападател по средата може да препрати влизането ви към истинския сървър.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="81" />
      <source>Sync with a team server</source>
      <translation>Синхронизиране със сървър на екипа</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="82" />
      <source>Connect to a team server</source>
      <translation>Свързване със сървър на екипа</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="87" />
      <source>The team's PostgreSQL server, set up by your administrator. Log in with the login and password you were given.</source>
      <translation>Сървърът PostgreSQL на екипа, подготвен от администратора. Влезте с потребителското име и паролата, които сте получили.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="110" />
      <source>optional: the CA that signed the server's certificate</source>
      <translation>по избор: издателят (CA), подписал сертификата на сървъра</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="116" />
      <source>&amp;Browse…</source>
      <translation>&amp;Избор…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="121" />
      <source>&amp;Server:</source>
      <translation>&amp;Сървър:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="122" />
      <source>P&amp;ort:</source>
      <translation>П&amp;орт:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="123" />
      <source>&amp;Database:</source>
      <translation>&amp;База данни:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="124" />
      <source>&amp;Login:</source>
      <translation>По&amp;требител:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="125" />
      <source>Pass&amp;word:</source>
      <translation>П&amp;арола:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="126" />
      <source>C&amp;A certificate:</source>
      <translation>Сертификат на &amp;CA:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="137" />
      <source>&amp;Remember the password in the system keyring</source>
      <translation>&amp;Запомни паролата в системния ключодържател</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="149" />
      <source>&amp;Sync</source>
      <translation>&amp;Синхронизиране</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="149" />
      <source>&amp;Connect</source>
      <translation>&amp;Свързване</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="172" />
      <source>The server's CA certificate</source>
      <translation>Сертификат на CA на сървъра</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="174" />
      <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
      <translation>Сертификати (*.crt *.pem *.cer);;Всички файлове (*)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="182" />
      <source>This connection is weaker than the default:</source>
      <translation>Тази връзка е по-слабо защитена от стандартната:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="193" />
      <source>Give the database and your login.</source>
      <translation>Въведете базата данни и потребителското си име.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="199" />
      <source>Another transfer is running; wait for it first.</source>
      <translation>Тече друго прехвърляне; изчакайте да завърши.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="205" />
      <source>Not connected; check the server, login and password.</source>
      <translation>Няма връзка; проверете сървъра, потребителя и паролата.</translation>
    </message>
  </context>
  <context>
    <name>DatabaseOpen</name>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="47" />
      <location filename="../../work/main/ui/database_open.py" line="55" />
      <source>Database damaged</source>
      <translation>Базата данни е повредена</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="48" />
      <source>%1 failed its check (%2) and there is no good backup of it.</source>
      <translation>%1 не премина проверката (%2) и няма добър архив.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="56" />
      <source>%1 failed its check (%2).

Restore the newest good backup, from %3?</source>
      <translation>%1 не премина проверката (%2).

Да се възстанови ли най-новият добър архив от %3?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="94" />
      <source>%1 answers that could not be saved before were saved now.</source>
      <translation>Сега са записани %1 отговора, които преди не можаха да бъдат записани.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="101" />
      <source>Today's backup was taken.</source>
      <translation>Днешният архив е направен.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="104" />
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
      <location filename="../../work/main/ui/password_dialog.py" line="33" />
      <source>Change my password</source>
      <translation>Смяна на моята парола</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="35" />
      <source>Your new password for %1</source>
      <translation>Вашата нова парола за %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="41" />
      <source>&amp;New password:</source>
      <translation>&amp;Нова парола:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="42" />
      <source>&amp;Again:</source>
      <translation>&amp;Отново:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="60" />
      <source>A password has at least %1 characters.</source>
      <translation>Паролата е поне %1 знака.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="64" />
      <source>The two passwords differ.</source>
      <translation>Двете пароли се различават.</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="../../work/main/ui/startup.py" line="182" />
      <source>Cannot open database</source>
      <translation>Базата данни не може да бъде отворена</translation>
    </message>
  </context>
</TS>