<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="he">
  <context>
    <name>AuditForm</name>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="49" />
      <source>in the score</source>
      <translation>נכלל בציון</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="50" />
      <source>not applicable</source>
      <translation>לא רלוונטי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="51" />
      <source>not answered</source>
      <translation>לא נענה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="52" />
      <source>not shown</source>
      <translation>לא הוצג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="53" />
      <source>no points</source>
      <translation>ללא נקודות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="57" />
      <source>N/A: left out of the score</source>
      <translation>לא רלוונטי: לא נכלל בציון</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="58" />
      <source>N/A: counts as met</source>
      <translation>לא רלוונטי: נחשב כעומד בדרישה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="59" />
      <source>N/A: counts as not met</source>
      <translation>לא רלוונטי: נחשב כלא עומד בדרישה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="60" />
      <source>N/A is not allowed here: counts as not met</source>
      <translation>„לא רלוונטי” אינו מותר כאן: נחשב כלא עומד בדרישה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="83" />
      <source>next / previous question</source>
      <translation>השאלה הבאה / הקודמת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="84" />
      <source>yes / no</source>
      <translation>כן / לא</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="85" />
      <source>not applicable (where allowed)</source>
      <translation>לא רלוונטי (היכן שמותר)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="86" />
      <source>not applicable, also inside a text field</source>
      <translation>לא רלוונטי, גם בתוך שדה טקסט</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="87" />
      <source>rating, or the n-th choice (two digits for 10)</source>
      <translation>דירוג, או הבחירה ה-n (שתי ספרות עבור 10)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="88" />
      <source>attach a file to a photo or file question</source>
      <translation>צירוף קובץ לשאלת תמונה או קובץ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="89" />
      <source>start / stop the stopwatch of a wait or duration</source>
      <translation>הפעלה / עצירה של שעון העצר להמתנה או למשך זמן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="90" />
      <source>comment on the current question</source>
      <translation>הערה על השאלה הנוכחית</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="91" />
      <source>next / previous section</source>
      <translation>הפרק הבא / הקודם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="92" />
      <source>jump to a question</source>
      <translation>מעבר לשאלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="93" />
      <source>undo the last answer change</source>
      <translation>ביטול השינוי האחרון בתשובה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="94" />
      <source>score breakdown</source>
      <translation>פירוט הציון</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="95" />
      <source>submit</source>
      <translation>הגשה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="96" />
      <source>this list</source>
      <translation>רשימה זו</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="408" />
      <source>Yes</source>
      <translation>כן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="410" />
      <source>No</source>
      <translation>לא</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="65" />
      <source>no points</source>
      <translation>ללא נקודות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="85" />
      <source>not shown: a rule hides it after another answer</source>
      <translation>לא הוצג: כלל מסתיר אותה בעקבות תשובה אחרת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="87" />
      <location filename="../../work/main/ui/capture/form_window.py" line="764" />
      <source>no answer</source>
      <translation>אין תשובה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="95" />
      <source>weight 0: answered, not scored</source>
      <translation>משקל 0: נענה, ללא ניקוד</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="96" />
      <source>this kind of question is not scored</source>
      <translation>סוג שאלה זה אינו מנוקד</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="100" />
      <source>critical: the whole audit fails</source>
      <translation>קריטי: כל הביקורת נכשלת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="101" />
      <source>critical: the section fails</source>
      <translation>קריטי: הסעיף נכשל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="108" />
      <location filename="../../work/main/ui/capture/form_window.py" line="770" />
      <source>Yes</source>
      <translation>כן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="108" />
      <location filename="../../work/main/ui/capture/form_window.py" line="770" />
      <source>No</source>
      <translation>לא</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="110" />
      <source>%1 on a scale of %2 to %3</source>
      <translation>%1 בסולם מ־%2 עד %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="117" />
      <location filename="../../work/main/ui/capture/breakdown.py" line="124" />
      <source>%1: %2 of %3 points</source>
      <translation>%1: %2 מתוך %3 נקודות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="131" />
      <source>%1, target at most %2</source>
      <translation>%1, יעד: לכל היותר %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="132" />
      <source>%1, target at least %2</source>
      <translation>%1, יעד: לפחות %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="134" />
      <source>answered</source>
      <translation>נענה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="161" />
      <source>%1 (critical failure: %2)</source>
      <translation>%1 (כשל קריטי: %2)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="185" />
      <source>%1 of %2 answers are N/A (%3); at most %4 may be</source>
      <translation>%1 מתוך %2 תשובות הן „לא רלוונטי” (%3); מותר לכל היותר %4</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="227" />
      <source>Score breakdown</source>
      <translation>פירוט הציון</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="231" />
      <source>Section / question</source>
      <translation>פרק / שאלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="231" />
      <location filename="../../work/main/ui/capture/form_window.py" line="245" />
      <source>Score</source>
      <translation>ציון</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="231" />
      <source>Points</source>
      <translation>נקודות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="231" />
      <source>Why</source>
      <translation>סיבה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="269" />
      <source>Audit score: %1</source>
      <translation>ציון הביקורת: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/breakdown.py" line="274" />
      <source>Not scorable: %1</source>
      <translation>לא ניתן לציון: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="762" />
      <source>N/A</source>
      <translation>לא רלוונטי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="135" />
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="163" />
      <source>&lt;b&gt;%1&lt;/b&gt; (version %2) · %3 · %4 · visit %5</source>
      <translation>&lt;b&gt;%1&lt;/b&gt; (גרסה %2) · %3 · %4 · ביקור %5</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="176" />
      <source>Section</source>
      <translation>פרק</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="176" />
      <source>Done</source>
      <translation>הושלם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="224" />
      <source>Breakdown…</source>
      <translation>פירוט…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="233" />
      <source>&amp;Submit</source>
      <translation>הגשה (&amp;S)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="239" />
      <source>Keyboard shortcuts (F1)</source>
      <translation>קיצורי מקלדת (F1)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="260" />
      <source>Jump to a question (Ctrl+F)</source>
      <translation>מעבר לשאלה (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="283" />
      <source>Returned by the reviewer: %1</source>
      <translation>הוחזר על ידי הבודק: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="327" />
      <location filename="../../work/main/ui/capture/form_window.py" line="420" />
      <location filename="../../work/main/ui/capture/form_window.py" line="447" />
      <location filename="../../work/main/ui/capture/form_window.py" line="462" />
      <source>saving…</source>
      <translation>שומר…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="328" />
      <location filename="../../work/main/ui/capture/form_window.py" line="741" />
      <source>Saving…</source>
      <translation>שומר…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="357" />
      <location filename="../../work/main/ui/capture/form_window.py" line="426" />
      <location filename="../../work/main/ui/capture/form_window.py" line="474" />
      <source>saved ✓</source>
      <translation>נשמר ✓</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="360" />
      <source>All changes saved</source>
      <translation>כל השינויים נשמרו</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="365" />
      <source>waiting for the database…</source>
      <translation>ממתין למסד הנתונים…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="366" />
      <source>Waiting for the database…</source>
      <translation>ממתין למסד הנתונים…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="377" />
      <location filename="../../work/main/ui/capture/form_window.py" line="397" />
      <source>not saved</source>
      <translation>לא נשמר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="379" />
      <source>A change could not be saved: %1</source>
      <translation>לא ניתן היה לשמור שינוי: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="387" />
      <source>someone else</source>
      <translation>מישהו אחר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="390" />
      <source>%1 saved this answer at %2, after you opened the audit: it is now “%3”. Yours is still here, not saved.</source>
      <translation>%1 שמר/ה את התשובה הזו ב־%2, אחרי שפתחת את הביקורת: עכשיו היא „%3”. התשובה שלך עדיין כאן, לא נשמרה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="399" />
      <source>An answer was changed by someone else; choose which stays.</source>
      <translation>תשובה שונתה על ידי מישהו אחר; בחר/י איזו נשארת.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="431" />
      <source>Nothing to undo</source>
      <translation>אין מה לבטל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="438" />
      <source>Undone: %1</source>
      <translation>בוטל: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="505" />
      <source>pass</source>
      <translation>עבר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="505" />
      <source>fail</source>
      <translation>נכשל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="509" />
      <source>not scorable: too many N/A answers</source>
      <translation>לא ניתן לציון: יותר מדי תשובות 'לא רלוונטי'</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="514" />
      <source>Critical failure: %1</source>
      <translation>כשל קריטי: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="552" />
      <source>This audit is %1 and can no longer be changed.</source>
      <translation>ביקורת זו במצב %1 ולא ניתן עוד לשנות אותה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="632" />
      <source>This question has no stopwatch</source>
      <translation>לשאלה זו אין שעון עצר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="645" />
      <source>No visible question matches '%1'</source>
      <translation>אין שאלה מוצגת שמתאימה ל-'%1'</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="663" />
      <source>Send this audit to the reviewer? Once submitted it can no longer be changed, unless the reviewer returns it.</source>
      <translation>להגיש את הביקורת לבודק? לאחר ההגשה לא ניתן עוד לשנות אותה, אלא אם הבודק יחזיר אותה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="666" />
      <source>Submit these answers? Once submitted they are counted and can no longer be changed.</source>
      <translation>להגיש את התשובות? לאחר ההגשה הן נספרות ולא ניתן עוד לשנות אותן.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="669" />
      <source>Submit</source>
      <translation>הגשה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="674" />
      <source>Not submitted.</source>
      <translation>לא הוגש.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="684" />
      <source>%1 answers are missing or break a rule: they are marked in red.</source>
      <translation>%1 תשובות חסרות או מפרות כלל: הן מסומנות באדום.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="695" />
      <location filename="../../work/main/ui/capture/form_window.py" line="702" />
      <source>Cannot submit</source>
      <translation>לא ניתן להגיש</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="703" />
      <source>Another program is writing to the database; try again in a moment.</source>
      <translation>תוכנה אחרת כותבת כעת למסד הנתונים; נסו שוב בעוד רגע.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="709" />
      <source>Submitted.</source>
      <translation>הוגש.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="719" />
      <source>Keyboard shortcuts</source>
      <translation>קיצורי מקלדת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="721" />
      <source>Keys</source>
      <translation>מקשים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="721" />
      <source>Does</source>
      <translation>פעולה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="746" />
      <source>Answers kept</source>
      <translation>התשובות נשמרו בצד</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="748" />
      <source>The database stayed busy; %1 answers are kept beside it and will be saved the next time it is opened.</source>
      <translation>מסד הנתונים נשאר תפוס; %1 תשובות נשמרו לידו ויישמרו בו בפעם הבאה שייפתח.</translation>
    </message>
  </context>
  <context>
    <name>AuditStatus</name>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="37" />
      <source>Draft</source>
      <translation>טיוטה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="38" />
      <source>Submitted</source>
      <translation>הוגש</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="39" />
      <source>Returned</source>
      <translation>הוחזר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="40" />
      <source>Accepted</source>
      <translation>התקבל</translation>
    </message>
  </context>
  <context>
    <name>AuditTableModel</name>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="105" />
      <source>Visit date</source>
      <translation>תאריך ביקור</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="106" />
      <source>Location</source>
      <translation>סניף</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="107" />
      <source>Checklist</source>
      <translation>רשימת תיוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="108" />
      <source>Shopper</source>
      <translation>קונה סמוי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="109" />
      <source>Status</source>
      <translation>מצב</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/models/audit_table.py" line="110" />
      <source>Score</source>
      <translation>ציון</translation>
    </message>
  </context>
  <context>
    <name>AuditsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="77" />
      <source>Filter by location, checklist or shopper</source>
      <translation>סינון לפי סניף, רשימת תיוג או קונה סמוי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="82" />
      <source>All statuses</source>
      <translation>כל המצבים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="109" />
      <source>PDF report…</source>
      <translation>דוח PDF…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="111" />
      <source>Write the selected audit's report as a PDF</source>
      <translation>כתיבת דוח הביקורת הנבחרת כקובץ PDF</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="113" />
      <source>Location PDF…</source>
      <translation>PDF של הסניף…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="116" />
      <source>Write the report of the selected audit's location as a PDF</source>
      <translation>כתיבת דוח הסניף של הביקורת הנבחרת כקובץ PDF</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="119" />
      <source>&amp;New audit…</source>
      <translation>ביקורת חדשה… (&amp;N)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="122" />
      <source>&amp;Open</source>
      <translation>פתיחה (&amp;O)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="124" />
      <source>Continue a draft, or read a submitted audit</source>
      <translation>המשך טיוטה, או קריאת ביקורת שהוגשה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="127" />
      <source>Accept</source>
      <translation>אישור</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="130" />
      <source>Return…</source>
      <translation>החזרה…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="132" />
      <source>Send a submitted audit back with notes</source>
      <translation>החזרת ביקורת שהוגשה עם הערות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="147" />
      <source>Show all audits</source>
      <translation>הצג את כל הביקורות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="165" />
      <source>%1 audits: %2</source>
      <translation>%1 ביקורות: %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="207" />
      <location filename="../../work/main/ui/pages/audits.py" line="276" />
      <source>Select an audit first.</source>
      <translation>בחרו קודם ביקורת.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="246" />
      <source>Select a submitted audit first.</source>
      <translation>בחרו קודם ביקורת שהוגשה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="255" />
      <source>Return to the shopper</source>
      <translation>החזרה לקונה הסמוי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="255" />
      <source>What should the shopper change?</source>
      <translation>מה על הקונה לשנות?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="259" />
      <source>Reviewer</source>
      <translation>בודק</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="268" />
      <source>Audit accepted.</source>
      <translation>הביקורת אושרה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="268" />
      <source>Audit returned to the shopper.</source>
      <translation>הביקורת הוחזרה לקונה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="287" />
      <source>Select an audit of the location first.</source>
      <translation>בחרו קודם ביקורת של הסניף.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="298" />
      <source>Save report</source>
      <translation>שמירת דוח</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="312" />
      <source>No audits yet. Start one from a checklist, or look around with demo data.</source>
      <translation>אין עדיין ביקורות. התחילו אחת מרשימת תיוג, או הסתכלו סביב עם נתוני הדגמה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="316" />
      <source>Fill with demo data</source>
      <translation>מילוי בנתוני הדגמה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="397" />
      <source>%1 of %2 audits</source>
      <translation>%1 מתוך %2 ביקורות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="413" />
      <source>Demo data added: %1 audits in %2 locations.</source>
      <translation>נוספו נתוני הדגמה: %1 ביקורות ב-%2 סניפים.</translation>
    </message>
  </context>
  <context>
    <name>DiariesPage</name>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="158" />
      <source>&amp;New diary…</source>
      <translation>יומן חדש… (&amp;N)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="161" />
      <source>PDF report…</source>
      <translation>דוח PDF…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="165" />
      <source>Diary</source>
      <translation>יומן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="186" />
      <source>Add an event (Ctrl+Enter)</source>
      <translation>הוספת אירוע (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="199" />
      <source>who served you</source>
      <translation>מי שירת אתכם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="202" />
      <source>what happened</source>
      <translation>מה קרה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="224" />
      <source>Neither</source>
      <translation>אף אחד מהם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="225" />
      <source>Would recommend</source>
      <translation>הייתי ממליץ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="226" />
      <source>Would warn others</source>
      <translation>הייתי מזהיר אחרים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="227" />
      <source>&amp;Add event</source>
      <translation>הוספת אירוע (&amp;A)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="237" />
      <location filename="../../work/main/ui/pages/diaries.py" line="277" />
      <source>When</source>
      <translation>מתי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="238" />
      <source>&amp;Channel</source>
      <translation>ערוץ (&amp;C)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="239" />
      <source>Or&amp;ganisation</source>
      <translation>ארגון (&amp;G)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="240" />
      <location filename="../../work/main/ui/pages/diaries.py" line="278" />
      <source>What happened</source>
      <translation>מה קרה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="241" />
      <source>E&amp;xpected (1-7)</source>
      <translation>ציפייה (1-7) (&amp;X)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="242" />
      <source>Ex&amp;perienced (1-7)</source>
      <translation>חוויה (1-7) (&amp;P)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="243" />
      <source>&amp;Satisfaction (1-5)</source>
      <translation>שביעות רצון (1-5) (&amp;S)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="244" />
      <source>&amp;Feeling</source>
      <translation>תחושה (&amp;F)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="245" />
      <source>Criteria that mattered</source>
      <translation>הקריטריונים שהיו חשובים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="247" />
      <source>Would you…</source>
      <translation>האם הייתם…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="263" />
      <source>Timeline</source>
      <translation>ציר זמן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="266" />
      <source>All channels</source>
      <translation>כל הערוצים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="272" />
      <source>Filter by organisation or text</source>
      <translation>סינון לפי ארגון או טקסט</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="277" />
      <location filename="../../work/main/ui/pages/diaries.py" line="307" />
      <source>Channel</source>
      <translation>ערוץ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="277" />
      <source>Organisation</source>
      <translation>ארגון</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="277" />
      <source>Expected</source>
      <translation>ציפייה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="278" />
      <source>Experienced</source>
      <translation>חוויה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="278" />
      <location filename="../../work/main/ui/pages/diaries.py" line="309" />
      <source>Gap</source>
      <translation>פער</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="298" />
      <source>Summary</source>
      <translation>סיכום</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="306" />
      <source>Criterion</source>
      <translation>קריטריון</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="309" />
      <source>Events</source>
      <translation>אירועים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="309" />
      <source>Expected → experienced</source>
      <translation>ציפייה ← חוויה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="316" />
      <source>By criterion (most mentioned first)</source>
      <translation>לפי קריטריון (השכיח ביותר תחילה)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="317" />
      <source>By channel</source>
      <translation>לפי ערוץ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="372" />
      <source>Start a diary to add events.</source>
      <translation>התחילו יומן כדי להוסיף אירועים.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="423" />
      <source>%1 events · expected %2 · experienced %3 · gap %4 · recommend %5 · warn %6</source>
      <translation>%1 אירועים · ציפייה %2 · חוויה %3 · פער %4 · ממליצים %5 · מזהירים %6</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="506" />
      <source>Start a diary first.</source>
      <translation>התחילו קודם יומן.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="545" />
      <source>Save diary report</source>
      <translation>שמירת דוח היומן</translation>
    </message>
  </context>
  <context>
    <name>EnumLabels</name>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="103" />
      <source>s</source>
      <comment>seconds, after a number</comment>
      <translation>שנ׳</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="104" />
      <source>min</source>
      <comment>minutes, after a number</comment>
      <translation>דק׳</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="105" />
      <source>h</source>
      <comment>hours, after a number</comment>
      <translation>שע׳</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="106" />
      <source>rings</source>
      <comment>phone rings, after a number</comment>
      <translation>צלצולים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="25" />
      <source>Mystery shopping</source>
      <translation>קנייה סמויה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="26" />
      <source>Mystery call</source>
      <translation>שיחה סמויה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="27" />
      <source>Internal audit</source>
      <translation>ביקורת פנימית</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="28" />
      <source>Customer survey</source>
      <translation>סקר לקוחות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="29" />
      <source>SERVQUAL questionnaire</source>
      <translation>שאלון SERVQUAL</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="30" />
      <source>Self-assessment</source>
      <translation>הערכה עצמית</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="31" />
      <source>Service-event diary</source>
      <translation>יומן אירועי שירות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="38" />
      <source>Yes or no</source>
      <translation>כן או לא</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="39" />
      <source>Rating</source>
      <translation>דירוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="40" />
      <source>One choice</source>
      <translation>בחירה אחת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="41" />
      <source>Several choices</source>
      <translation>כמה בחירות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="42" />
      <source>Number</source>
      <translation>מספר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="43" />
      <source>Time of day</source>
      <translation>שעה ביום</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="44" />
      <source>Duration</source>
      <translation>משך זמן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="45" />
      <source>Date</source>
      <translation>תאריך</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="46" />
      <source>Date and time</source>
      <translation>תאריך ושעה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="47" />
      <source>Text</source>
      <translation>טקסט</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="48" />
      <source>Note (nothing to answer)</source>
      <translation>הערה (ללא תשובה)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="49" />
      <source>Photo</source>
      <translation>תמונה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="50" />
      <source>File</source>
      <translation>קובץ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="51" />
      <source>Location (latitude, longitude)</source>
      <translation>מיקום (קו רוחב, קו אורך)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="59" />
      <source>In person</source>
      <translation>פנים אל פנים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="60" />
      <source>Phone</source>
      <translation>טלפון</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="61" />
      <source>E-mail</source>
      <translation>דוא״ל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="62" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="63" />
      <source>Web</source>
      <translation>אינטרנט</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="64" />
      <source>Chat</source>
      <translation>צ׳אט</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="65" />
      <source>Fax</source>
      <translation>פקס</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="66" />
      <source>Branch visit</source>
      <translation>ביקור בסניף</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="74" />
      <source>Courtesy</source>
      <translation>אדיבות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="75" />
      <source>Professionalism</source>
      <translation>מקצועיות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="76" />
      <source>Empathy</source>
      <translation>אמפתיה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="77" />
      <source>Willingness to help</source>
      <translation>נכונות לעזור</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="78" />
      <source>Listening</source>
      <translation>הקשבה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="79" />
      <source>Waiting time</source>
      <translation>זמן המתנה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="80" />
      <source>Speed</source>
      <translation>מהירות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="81" />
      <source>Convenience</source>
      <translation>נוחות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="89" />
      <source>Pleased</source>
      <translation>מרוצה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="90" />
      <source>Indifferent</source>
      <translation>אדיש</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="91" />
      <source>Annoyed</source>
      <translation>מוטרד</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="92" />
      <source>Delighted</source>
      <translation>מאושר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="93" />
      <source>Frustrated</source>
      <translation>מתוסכל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/enum_labels.py" line="94" />
      <source>Relieved</source>
      <translation>חש הקלה</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../work/main/ui/errors.py" line="62" />
      <source>An unexpected error stopped this (%1).</source>
      <translation>שגיאה לא צפויה עצרה פעולה זו (%1).</translation>
    </message>
  </context>
  <context>
    <name>JobProgress</name>
    <message>
      <location filename="../../work/main/ui/widgets/job_progress.py" line="19" />
      <source>Cancel</source>
      <translation>ביטול</translation>
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
      <translation>ביקורות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="89" />
      <source>Review</source>
      <translation>סקירה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="90" />
      <source>Reports</source>
      <translation>דוחות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="91" />
      <source>Diaries</source>
      <translation>יומנים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="92" />
      <source>Actions</source>
      <translation>פעולות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="93" />
      <source>Dashboard</source>
      <translation>לוח מחוונים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="94" />
      <source>Checklists</source>
      <translation>רשימות תיוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="95" />
      <source>Standards</source>
      <translation>תקנים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="96" />
      <source>Settings</source>
      <translation>הגדרות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="107" />
      <source>&amp;File</source>
      <translation>קובץ (&amp;F)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="109" />
      <source>&amp;Tools</source>
      <translation>כלים (&amp;T)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="110" />
      <source>&amp;Help</source>
      <translation>עזרה (&amp;H)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="114" />
      <source>Opening the database…</source>
      <translation>פותח את מסד הנתונים…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="321" />
      <source>Your password is changed.</source>
      <translation>הסיסמה שונתה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="332" />
      <source>&amp;New database…</source>
      <translation>מסד נתונים חדש… (&amp;N)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="335" />
      <source>&amp;Open database…</source>
      <translation>פתיחת מסד נתונים… (&amp;O)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="338" />
      <source>Open &amp;recent</source>
      <translation>פתיחת אחרונים (&amp;R)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="341" />
      <source>Fill with &amp;demo data</source>
      <translation>מילוי בנתוני הדגמה (&amp;D)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="343" />
      <source>&amp;Quit</source>
      <translation>יציאה (&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="346" />
      <source>Connect to &amp;team server…</source>
      <translation>התחברות לשרת הצוות… (&amp;T)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="351" />
      <source>Change my &amp;password…</source>
      <translation>שינוי ה&amp;סיסמה שלי…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="352" />
      <source>Your own password on the team server</source>
      <translation>הסיסמה שלך בשרת הצוות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="359" />
      <source>&amp;Send audits…</source>
      <translation>שליחת ביקורות… (&amp;S)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="361" />
      <source>Write the submitted audits not sent yet to a signed package (.zip)</source>
      <translation>כתוב את הביקורות שהוגשו וטרם נשלחו לחבילה חתומה (.zip)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="364" />
      <source>Re&amp;ceive audits…</source>
      <translation>קבלת ביקורות… (&amp;C)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="366" />
      <source>Merge audit packages from shoppers or the office (or drop them here)</source>
      <translation>מזג חבילות ביקורת מקונים סמויים או מהמשרד (או גרור אותן לכאן)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="369" />
      <source>S&amp;ync with team server…</source>
      <translation>סנכרון עם שרת הצוות… (&amp;Y)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="371" />
      <source>Send the submitted audits to the team server; bring back reviews, checklists and actions</source>
      <translation>שליחת הביקורות שהוגשו לשרת הצוות; הבאת בדיקות, רשימות תיוג ופעולות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="379" />
      <source>&amp;Back up now</source>
      <translation>גיבוי עכשיו (&amp;B)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="381" />
      <source>Res&amp;tore from backup…</source>
      <translation>שחזור מגיבוי… (&amp;T)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="389" />
      <source>&amp;Recompute all scores</source>
      <translation>חישוב מחדש של כל הציונים (&amp;R)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="391" />
      <source>Score every audit again from its answers, after scoring rules changed</source>
      <translation>חישוב מחדש של ציון כל ביקורת מתשובותיה, לאחר שכללי הניקוד השתנו</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="397" />
      <source>&amp;About Service Auditor</source>
      <translation>אודות Service Auditor (&amp;A)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="423" />
      <source>No recent databases</source>
      <translation>אין מסדי נתונים אחרונים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="434" />
      <source>Service Auditor — %1</source>
      <translation>Service Auditor — %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="435" />
      <source>Database: %1</source>
      <translation>מסד נתונים: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="444" />
      <source>A server database is backed up on the server</source>
      <translation>מסד נתונים בשרת מגובה בשרת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="448" />
      <source>The database was upgraded; a backup was written to %1</source>
      <translation>מסד הנתונים שודרג; גיבוי נכתב אל %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="484" />
      <source>Scores are being recomputed; wait or cancel first.</source>
      <translation>הציונים מחושבים מחדש; המתינו או בטלו קודם.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="489" />
      <location filename="../../work/main/ui/main_window.py" line="544" />
      <source>Cannot open database</source>
      <translation>לא ניתן לפתוח את מסד הנתונים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="510" />
      <source>Back up now</source>
      <translation>גיבוי עכשיו</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="512" />
      <source>Backup written: %1</source>
      <translation>הגיבוי נכתב: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="540" />
      <source>Restore from backup</source>
      <translation>שחזור מגיבוי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="547" />
      <source>Restored from %1</source>
      <translation>שוחזר מ־%1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="553" />
      <location filename="../../work/main/ui/main_window.py" line="560" />
      <source>New database</source>
      <translation>מסד נתונים חדש</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="561" />
      <source>%1 already exists; use Open database to open it.</source>
      <translation>%1 כבר קיים; השתמשו ב"פתיחת מסד נתונים" כדי לפתוח אותו.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="582" />
      <source>Open database</source>
      <translation>פתיחת מסד נתונים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="602" />
      <source>Recomputing scores…</source>
      <translation>מחשב ציונים מחדש…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="611" />
      <source>Scores recomputed for %1 audits.</source>
      <translation>הציונים חושבו מחדש עבור %1 ביקורות.</translation>
    </message>
  </context>
  <context>
    <name>NewDiaryDialog</name>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="112" />
      <source>Start a diary</source>
      <translation>התחלת יומן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="118" />
      <source>e.g. Two weeks of service encounters</source>
      <translation>למשל: שבועיים של מפגשי שירות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="125" />
      <source>&amp;Owner</source>
      <translation>בעלים (&amp;O)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="126" />
      <source>&amp;Title</source>
      <translation>כותרת (&amp;T)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="127" />
      <source>&amp;From</source>
      <translation>מתאריך (&amp;F)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="128" />
      <source>T&amp;o</source>
      <translation>עד תאריך (&amp;O)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="129" />
      <source>&amp;Purpose</source>
      <translation>מטרה (&amp;P)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="134" />
      <source>Start the diary</source>
      <translation>פתיחת היומן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="135" />
      <source>Cancel</source>
      <translation>ביטול</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="33" />
      <source>Show Details...</source>
      <translation>הצג פרטים...</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="34" />
      <source>Hide Details...</source>
      <translation>הסתר פרטים...</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="14" />
      <source>OK</source>
      <translation>אישור</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="15" />
      <source>Save</source>
      <translation>שמור</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="16" />
      <source>Save All</source>
      <translation>שמור הכל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="17" />
      <source>Open</source>
      <translation>פתיחה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="18" />
      <source>&amp;Yes</source>
      <translation>&amp;כן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="19" />
      <source>Yes to &amp;All</source>
      <translation>כן ל&amp;הכל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="20" />
      <source>&amp;No</source>
      <translation>&amp;לא</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="21" />
      <source>N&amp;o to All</source>
      <translation>ל&amp;א להכל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="22" />
      <source>Abort</source>
      <translation>בטל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="23" />
      <source>Retry</source>
      <translation>נסה שוב</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="24" />
      <source>Ignore</source>
      <translation>התעלם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="25" />
      <source>Close</source>
      <translation>סגור</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="26" />
      <source>Cancel</source>
      <translation>ביטול</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="27" />
      <source>Discard</source>
      <translation>שכח</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="28" />
      <source>Help</source>
      <translation>עזרה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="29" />
      <source>Apply</source>
      <translation>החל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="30" />
      <source>Reset</source>
      <translation>אפס</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/widgets/standard_buttons.py" line="31" />
      <source>Restore Defaults</source>
      <translation>שחזר ברירות מחדל</translation>
    </message>
  </context>
  <context>
    <name>ReportJob</name>
    <message>
      <location filename="../../work/main/ui/report_job.py" line="36" />
      <source>Report written: %1</source>
      <translation>הדוח נכתב: %1</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="88" />
      <source>Summary: ranking, distribution, weak standards</source>
      <translation>סיכום: דירוג, התפלגות, תקנים חלשים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="89" />
      <source>Location: trend, sections, standards, actions</source>
      <translation>סניף: מגמה, פרקים, תקנים, פעולות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="90" />
      <source>Standards handouts for trainers</source>
      <translation>דפי תקנים למדריכים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="91" />
      <source>Service-event diaries</source>
      <translation>יומני אירועי שירות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="92" />
      <source>Shoppers and their agreement</source>
      <translation>הקונים הסמויים וההסכמה ביניהם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="93" />
      <source>Audit reports, one PDF per audit</source>
      <translation>דוחות ביקורת, PDF אחד לכל ביקורת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="107" />
      <source>Finished audits (submitted and accepted)</source>
      <translation>ביקורות שהסתיימו (הוגשו והתקבלו)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="108" />
      <source>Accepted audits only</source>
      <translation>ביקורות שהתקבלו בלבד</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="109" />
      <source>Drafts and returned audits never count</source>
      <translation>טיוטות וביקורות שהוחזרו אינן נספרות לעולם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="125" />
      <source>File to write (a folder for audit reports)</source>
      <translation>הקובץ לכתיבה (תיקייה לדוחות ביקורת)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="126" />
      <source>Browse…</source>
      <translation>עיון…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="133" />
      <source>Report</source>
      <translation>דוח</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="134" />
      <source>Format</source>
      <translation>תבנית</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="135" />
      <source>Language</source>
      <translation>שפה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="136" />
      <source>Count</source>
      <translation>ספירה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="137" />
      <source>Location</source>
      <translation>סניף</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="138" />
      <source>Checklist</source>
      <translation>רשימת תיוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="139" />
      <source>From</source>
      <translation>מתאריך</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="140" />
      <source>To</source>
      <translation>עד תאריך</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="141" />
      <source>Save to</source>
      <translation>שמירה אל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="142" />
      <source>Ignore the dates</source>
      <translation>התעלמות מהתאריכים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="145" />
      <source>Write report</source>
      <translation>כתיבת דוח</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="156" />
      <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;דוחות&lt;/h2&gt;</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="169" />
      <source>All locations</source>
      <translation>כל הסניפים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="170" />
      <source>All checklists</source>
      <translation>כל רשימות התיוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="189" />
      <source>Folder for the audit reports</source>
      <translation>תיקייה לדוחות הביקורת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="195" />
      <source>Save report</source>
      <translation>שמירת דוח</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="219" />
      <source>Choose where to save the report first.</source>
      <translation>בחרו קודם היכן לשמור את הדוח.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="234" />
      <source>Writing the report…</source>
      <translation>כותב את הדוח…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="238" />
      <source>Report written: %1</source>
      <translation>הדוח נכתב: %1</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="43" />
      <location filename="../../work/main/ui/backup_dialog.py" line="95" />
      <source>Restore from backup</source>
      <translation>שחזור מגיבוי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="46" />
      <source>daily</source>
      <translation>יומי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="47" />
      <source>weekly</source>
      <translation>שבועי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="48" />
      <source>taken by hand</source>
      <translation>ידני</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="49" />
      <source>before a restore</source>
      <translation>לפני שחזור</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="55" />
      <source>%1 — %2, %3</source>
      <translation>%1 — %2, %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="68" />
      <source>&amp;Restore</source>
      <translation>שחזור (&amp;R)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="73" />
      <source>Backups in %1</source>
      <translation>גיבויים ב־%1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="77" />
      <source>There are no backups of this database yet.</source>
      <translation>עדיין אין גיבויים של מסד נתונים זה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="81" />
      <source>The database's current state is kept as a backup of its own before it is replaced.</source>
      <translation>המצב הנוכחי של מסד הנתונים נשמר כגיבוי נפרד לפני שהוא מוחלף.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="96" />
      <source>Replace the database with the backup of %1?</source>
      <translation>להחליף את מסד הנתונים בגיבוי מ־%1?</translation>
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="69" />
      <source>Days</source>
      <translation>ימים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="70" />
      <source>Days waiting for a decision</source>
      <translation>ימים בהמתנה להחלטה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="71" />
      <source>Visited</source>
      <translation>ביקור</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="72" />
      <source>Day of the visit</source>
      <translation>יום הביקור</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="73" />
      <source>Score</source>
      <translation>ציון</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="74" />
      <source>Critical</source>
      <translation>קריטי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="75" />
      <source>Critical failures</source>
      <translation>כשלים קריטיים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="76" />
      <source>Location</source>
      <translation>סניף</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="77" />
      <source>Location, and the checklist filled there</source>
      <translation>הסניף ורשימת התיוג שמולאה בו</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="78" />
      <source>Shopper</source>
      <translation>קונה סמוי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="807" />
      <source>visit time</source>
      <translation>מועד הביקור</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="808" />
      <source>end of the visit</source>
      <translation>סיום הביקור</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="809" />
      <source>observed staff</source>
      <translation>הצוות שנצפה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="810" />
      <source>narrative</source>
      <translation>תיאור</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="811" />
      <source>location</source>
      <translation>סניף</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="812" />
      <source>shopper</source>
      <translation>קונה סמוי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="813" />
      <source>time of submission</source>
      <translation>מועד ההגשה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="99" />
      <location filename="../../work/main/ui/pages/review.py" line="831" />
      <source>no answer</source>
      <translation>אין תשובה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="102" />
      <location filename="../../work/main/ui/pages/review.py" line="829" />
      <source>Yes</source>
      <translation>כן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="102" />
      <location filename="../../work/main/ui/pages/review.py" line="829" />
      <source>No</source>
      <translation>לא</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="97" />
      <location filename="../../work/main/ui/pages/review.py" line="827" />
      <source>N/A</source>
      <translation>לא רלוונטי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="532" />
      <source>pass</source>
      <translation>עבר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="532" />
      <source>fail</source>
      <translation>נכשל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="365" />
      <source>When</source>
      <translation>מתי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="365" />
      <source>Who</source>
      <translation>מי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="657" />
      <source>Reviewer</source>
      <translation>סוקר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="365" />
      <source>What</source>
      <translation>מה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="203" />
      <source>Note for the shopper on this question</source>
      <translation>הערה לקונה הסמוי על שאלה זו</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="267" />
      <source>To review</source>
      <translation>לסקירה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="268" />
      <source>Questionnaire responses</source>
      <translation>תשובות לשאלונים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="269" />
      <source>Accepted</source>
      <translation>התקבלו</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="271" />
      <source>Questionnaire responses need no decision: they count once submitted. Open one to exclude it.</source>
      <translation>תשובות לשאלונים אינן ממתינות להחלטה: הן נספרות מרגע הגשתן. פתחו תשובה כדי להחריג אותה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="284" />
      <source>Review</source>
      <translation>סקירה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="326" />
      <source>Note for the shopper on the whole audit</source>
      <translation>הערה לקונה הסמוי על הביקורת כולה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="327" />
      <source>&amp;Accept</source>
      <translation>קבלה (&amp;A)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="329" />
      <source>A</source>
      <translation>A</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="331" />
      <source>&amp;Return to the shopper</source>
      <translation>החזרה לקונה הסמוי (&amp;R)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="333" />
      <source>R</source>
      <translation>R</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="335" />
      <source>E&amp;xclude…</source>
      <translation>ה&amp;חרגה…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="337" />
      <source>Leave this response out of every count, with a reason</source>
      <translation>השמטת התשובה מכל הספירות, עם סיבה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="339" />
      <source>Re&amp;open…</source>
      <translation>פתיחה מחדש… (&amp;O)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="342" />
      <source>&amp;Breakdown…</source>
      <translation>פירוט… (&amp;B)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="344" />
      <source>Corrective &amp;action…</source>
      <translation>פעולה מתקנת… (&amp;A)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="346" />
      <source>For a standard this audit failed</source>
      <translation>עבור תקן שביקורת זו נכשלה בו</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="365" />
      <source>Change</source>
      <translation>שינוי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="377" />
      <source>Status history</source>
      <translation>היסטוריית מצב</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="379" />
      <source>Change log</source>
      <translation>יומן שינויים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="429" />
      <source>Days waiting for a decision</source>
      <translation>ימים בהמתנה להחלטה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="430" />
      <source>Days since it was submitted</source>
      <translation>ימים מאז ההגשה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="452" />
      <source>%1 questionnaire responses, counted since they were submitted</source>
      <translation>%1 תשובות לשאלונים, נספרות מרגע הגשתן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="456" />
      <source>%1 audits wait for a decision</source>
      <translation>%1 ביקורות ממתינות להחלטה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="458" />
      <source>%1 accepted audits</source>
      <translation>%1 ביקורות שהתקבלו</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="473" />
      <source>%1 audits changed on both sides: resolve…</source>
      <translation>%1 ביקורות שונו בשני הצדדים: ליישוב…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="519" />
      <source>Choose an audit in the list.</source>
      <translation>בחרו ביקורת ברשימה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="519" />
      <source>Nothing to review.</source>
      <translation>אין מה לסקור.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="537" />
      <source>critical failure: %1</source>
      <translation>כשל קריטי: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="540" />
      <source>a questionnaire response: counted since it was submitted</source>
      <translation>תשובה לשאלון: נספרת מרגע הגשתה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="542" />
      <source>a questionnaire response</source>
      <translation>תשובה לשאלון</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="678" />
      <source>Not saved: %1. The audit is shown as it is now; your notes are kept.</source>
      <translation>לא נשמר: %1. הביקורת מוצגת כפי שהיא עכשיו; ההערות שלך נשמרו.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="698" />
      <source>Accepted; the audit is locked.</source>
      <translation>התקבלה; הביקורת נעולה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="707" />
      <source>Write a note for the shopper (on the audit or a question).</source>
      <translation>כתבו הערה לקונה הסמוי (על הביקורת או על שאלה).</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="714" />
      <source>Returned to the shopper with %1 notes.</source>
      <translation>הוחזרה לקונה הסמוי עם %1 הערות.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="724" />
      <source>Exclude a response</source>
      <translation>החרגת תשובה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="724" />
      <source>Why is this response left out of the results?</source>
      <translation>מדוע התשובה מושמטת מהתוצאות?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="729" />
      <source>An excluded response needs a reason.</source>
      <translation>החרגת תשובה מחייבת סיבה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="734" />
      <source>Excluded; the response no longer counts.</source>
      <translation>הוחרגה; התשובה אינה נספרת עוד.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="741" />
      <source>Reopen an accepted audit</source>
      <translation>פתיחה מחדש של ביקורת שהתקבלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="741" />
      <source>Why is it reopened?</source>
      <translation>מדוע היא נפתחת מחדש?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="746" />
      <source>A reopened audit needs a reason.</source>
      <translation>ביקורת שנפתחת מחדש צריכה סיבה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="751" />
      <source>Reopened; the audit is back in the review queue.</source>
      <translation>נפתחה מחדש; הביקורת חזרה לתור הסקירה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="794" />
      <source>excluded from the results</source>
      <translation>הוחרגה מהתוצאות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="796" />
      <source>started</source>
      <translation>התחילה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="797" />
      <source>submitted</source>
      <translation>הוגשה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="798" />
      <source>accepted</source>
      <translation>התקבלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="799" />
      <source>returned to the shopper</source>
      <translation>הוחזרה לקונה הסמוי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="800" />
      <source>reopened</source>
      <translation>נפתחה מחדש</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="802" />
      <location filename="../../work/main/ui/pages/review.py" line="869" />
      <source>changed</source>
      <translation>שונה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="818" />
      <source>a question no longer asked</source>
      <translation>שאלה שכבר אינה נשאלת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="842" />
      <source>answered N/A</source>
      <translation>נענה 'לא רלוונטי'</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="843" />
      <source>answered %1</source>
      <translation>נענה %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="845" />
      <source>attached %1</source>
      <translation>צורף %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="847" />
      <source>removed %1</source>
      <translation>הוסר %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="857" />
      <source>reopened — %1</source>
      <translation>נפתחה מחדש — %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="859" />
      <source>score verified by the team server</source>
      <translation>הציון אומת בשרת הצוות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="861" />
      <source>a change made on both sides settled</source>
      <translation>הוכרע שינוי שנעשה בשני הצדדים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="863" />
      <source>deleted</source>
      <translation>נמחק</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="868" />
      <source>changed: %1</source>
      <translation>שונה: %1</translation>
    </message>
  </context>
  <context>
    <name>About</name>
    <message>
      <location filename="../../work/main/ui/about.py" line="93" />
      <source>About Service Auditor</source>
      <translation>אודות Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="102" />
      <source>Offline-first service-quality audits. Free software; it is built on the libraries and fonts below, each under its own licence.</source>
      <translation>ביקורות איכות שירות שעובדות גם בלי רשת. תוכנה חופשית; היא בנויה על הספריות והגופנים שלהלן, כל אחד ברישיון משלו.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="110" />
      <source>This laptop's signing key: %1</source>
      <translation>מפתח החתימה של המחשב הנייד הזה: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="117" />
      <source>Component</source>
      <translation>רכיב</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="117" />
      <source>Version</source>
      <translation>גרסה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="117" />
      <source>Licence</source>
      <translation>רישיון</translation>
    </message>
  </context>
  <context>
    <name>ChecklistsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="69" />
      <location filename="../../work/main/ui/pages/checklists_page.py" line="74" />
      <source>Version</source>
      <translation>גרסה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="69" />
      <source>Kind</source>
      <translation>סוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="69" />
      <source>Checklist</source>
      <translation>רשימת תיוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="74" />
      <source>Created</source>
      <translation>נוצרה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="70" />
      <location filename="../../work/main/ui/pages/checklists_page.py" line="74" />
      <source>Questions</source>
      <translation>שאלות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="70" />
      <location filename="../../work/main/ui/pages/checklists_page.py" line="75" />
      <source>Audits</source>
      <translation>ביקורות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="78" />
      <source>New checklist…</source>
      <translation>רשימת תיוג חדשה…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="80" />
      <source>Edit…</source>
      <translation>עריכה…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="82" />
      <source>Compare versions…</source>
      <translation>השוואת גרסאות…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="85" />
      <source>Import…</source>
      <translation>ייבוא…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="88" />
      <source>Export…</source>
      <translation>ייצוא…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="98" />
      <source>Versions (old audits keep the version they were filled on)</source>
      <translation>גרסאות (ביקורות ישנות שומרות על הגרסה שבה מולאו)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="105" />
      <source>Checklists</source>
      <translation>רשימות תיוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="184" />
      <source>Saved %1 version %2</source>
      <translation>נשמרה %1 גרסה %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="217" />
      <source>First question</source>
      <translation>שאלה ראשונה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="218" />
      <source>Section 1</source>
      <translation>פרק 1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="222" />
      <source>New checklist</source>
      <translation>רשימת תיוג חדשה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="245" />
      <source>Import checklists</source>
      <translation>ייבוא רשימות תיוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="247" />
      <source>Checklists (*.json *.xlsx *.xls *.csv *.md);;All files (*)</source>
      <translation>רשימות תיוג (*.json *.xlsx *.xls *.csv *.md);;כל הקבצים (*)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="262" />
      <source>Nothing imported: %1</source>
      <translation>דבר לא יובא: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="266" />
      <source>%1 version %2</source>
      <translation>%1 גרסה %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="270" />
      <source>Imported: %1</source>
      <translation>יובא: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="270" />
      <source>standards</source>
      <translation>תקנים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="273" />
      <source>%1. Warnings: %2</source>
      <translation>%1. אזהרות: %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="282" />
      <source>Export checklist</source>
      <translation>ייצוא רשימת תיוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="283" />
      <source>JSON (*.json);;XLSForm (*.xlsx)</source>
      <translation>JSON (*.json);;XLSForm (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="300" />
      <source>Exported to %1</source>
      <translation>יוצא אל %1</translation>
    </message>
  </context>
  <context>
    <name>VersionDiff</name>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="109" />
      <source>Yes</source>
      <translation>כן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="109" />
      <source>No</source>
      <translation>לא</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="76" />
      <source>Section</source>
      <translation>פרק</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="54" />
      <source>Kind</source>
      <translation>סוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="52" />
      <source>Title</source>
      <translation>כותרת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="55" />
      <source>Languages</source>
      <translation>שפות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="58" />
      <source>Grades</source>
      <translation>דרגות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="60" />
      <source>Weight</source>
      <translation>משקל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="133" />
      <source>its section</source>
      <translation>הפרק שלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="133" />
      <source>the whole audit</source>
      <translation>הביקורת כולה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="67" />
      <source>N/A allowed</source>
      <translation>מותר „לא רלוונטי”</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="72" />
      <source>Answer must satisfy</source>
      <translation>התשובה חייבת לקיים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="69" />
      <source>Standards</source>
      <translation>תקנים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="267" />
      <source>What</source>
      <translation>מה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="85" />
      <location filename="../../work/main/ui/version_diff.py" line="193" />
      <source>changed</source>
      <translation>שונה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="71" />
      <source>Target</source>
      <translation>יעד</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="53" />
      <source>Description</source>
      <translation>תיאור</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="56" />
      <source>Main language</source>
      <translation>שפה ראשית</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="57" />
      <source>Pass mark</source>
      <translation>ציון עובר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="59" />
      <source>Most N/A answers allowed</source>
      <translation>מספר מרבי של תשובות „לא רלוונטי”</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="61" />
      <source>Asked only when</source>
      <translation>נשאלת רק כאשר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="62" />
      <source>Question text</source>
      <translation>נוסח השאלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="63" />
      <source>Help text</source>
      <translation>טקסט עזרה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="64" />
      <source>Critical</source>
      <translation>קריטית</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="65" />
      <source>A critical failure fails</source>
      <translation>כשל קריטי מכשיל את</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="66" />
      <source>Must be answered</source>
      <translation>חובה לענות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="68" />
      <source>N/A counts as</source>
      <translation>„לא רלוונטי” נחשב כ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="70" />
      <source>Scale</source>
      <translation>סולם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="73" />
      <source>Choice</source>
      <translation>אפשרות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="74" />
      <source>Order of the choices</source>
      <translation>סדר האפשרויות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="75" />
      <source>Place in its section</source>
      <translation>מקום בפרק</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="78" />
      <source>Other setting</source>
      <translation>הגדרה אחרת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="83" />
      <source>added</source>
      <translation>נוסף</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="84" />
      <source>removed</source>
      <translation>הוסר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="86" />
      <source>no changes</source>
      <translation>ללא שינויים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="127" />
      <source>left out of the score</source>
      <translation>לא נכלל בציון</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="128" />
      <source>met</source>
      <translation>עומד בדרישה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="129" />
      <source>not met</source>
      <translation>לא עומד בדרישה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="130" />
      <source>not allowed</source>
      <translation>לא מותר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="157" />
      <source>seconds</source>
      <translation>שניות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="157" />
      <source>minutes</source>
      <translation>דקות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="165" />
      <source>full points at %1 %3 or less, none from %2 %3</source>
      <translation>ניקוד מלא ב־%1 %3 או פחות, אפס מ־%2 %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="167" />
      <source>full points at %1 %3 or more, none at %2 %3 or less</source>
      <translation>ניקוד מלא ב־%1 %3 או יותר, אפס ב־%2 %3 או פחות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="183" />
      <source>Choice “%1” (%2)</source>
      <translation>האפשרות „%1” (%2)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="190" />
      <source>Points for “%1”</source>
      <translation>נקודות עבור „%1”</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="193" />
      <source>as before</source>
      <translation>כמו קודם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="217" />
      <source>Compare versions of %1</source>
      <translation>השוואת גרסאות: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="229" />
      <location filename="../../work/main/ui/version_diff.py" line="267" />
      <location filename="../../work/main/ui/version_diff.py" line="268" />
      <source>version %1</source>
      <translation>גרסה %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="248" />
      <source>From</source>
      <translation>מ־</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="250" />
      <source>to</source>
      <translation>עד</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="271" />
      <source>The checklist</source>
      <translation>רשימת התיוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="282" />
      <source>%1 more sections, unchanged</source>
      <translation>פרקים נוספים ללא שינוי: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="288" />
      <source>The two versions ask the same.</source>
      <translation>שתי הגרסאות שואלות אותו הדבר.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="295" />
      <source>No changes.</source>
      <translation>אין שינויים.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="297" />
      <source>Questions: %1 changed, %2 added, %3 removed.</source>
      <translation>שאלות: שונו – %1, נוספו – %2, הוסרו – %3.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="303" />
      <source>Checklist settings changed.</source>
      <translation>הגדרות רשימת התיוג שונו.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="332" />
      <source>Section “%1” (%2 questions)</source>
      <translation>הפרק „%1” (שאלות: %2)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="335" />
      <source>Section “%1”: %2</source>
      <translation>הפרק „%1”: %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="349" />
      <source>%1 more questions, unchanged</source>
      <translation>שאלות נוספות ללא שינוי: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/version_diff.py" line="362" />
      <source>Question “%1”: %2</source>
      <translation>השאלה „%1”: %2</translation>
    </message>
  </context>
  <context>
    <name>ActionsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="320" />
      <source>Score</source>
      <translation>ציון</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="59" />
      <location filename="../../work/main/ui/pages/actions.py" line="86" />
      <source>Done</source>
      <translation>בוצע</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="319" />
      <source>Checklist</source>
      <translation>רשימת תיוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="57" />
      <source>Open</source>
      <translation>פתוח</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="58" />
      <source>In progress</source>
      <translation>בטיפול</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="60" />
      <location filename="../../work/main/ui/pages/actions.py" line="495" />
      <source>Verified</source>
      <translation>אומת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="61" />
      <location filename="../../work/main/ui/pages/actions.py" line="496" />
      <source>Cancelled</source>
      <translation>בוטל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="69" />
      <source>what is to be done</source>
      <translation>מה יש לעשות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="70" />
      <source>details</source>
      <translation>פרטים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="71" />
      <source>owner</source>
      <translation>אחראי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="72" />
      <source>due date</source>
      <translation>מועד יעד</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="73" />
      <source>what was done</source>
      <translation>מה נעשה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="75" />
      <source>other details</source>
      <translation>פרטים אחרים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="81" />
      <source>Created</source>
      <translation>נוצרה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="84" />
      <source>Changed: %1</source>
      <translation>שונה: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="84" />
      <location filename="../../work/main/ui/pages/actions.py" line="92" />
      <source>Changed</source>
      <translation>שונה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="86" />
      <source>Done: %1</source>
      <translation>בוצע: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="89" />
      <source>Started</source>
      <translation>התחילה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="118" />
      <location filename="../../work/main/ui/pages/actions.py" line="340" />
      <source>(no owner yet)</source>
      <translation>(עדיין ללא אחראי)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="152" />
      <source>New corrective action</source>
      <translation>פעולה מתקנת חדשה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="160" />
      <source>Choose the standard…</source>
      <translation>בחרו תקן…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="168" />
      <location filename="../../work/main/ui/pages/actions.py" line="381" />
      <source>(all locations)</source>
      <translation>(כל הסניפים)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="184" />
      <location filename="../../work/main/ui/pages/actions.py" line="300" />
      <source>What is to be done</source>
      <translation>מה יש לעשות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="185" />
      <location filename="../../work/main/ui/pages/actions.py" line="302" />
      <location filename="../../work/main/ui/pages/actions.py" line="520" />
      <source>Standard</source>
      <translation>תקן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="186" />
      <location filename="../../work/main/ui/pages/actions.py" line="303" />
      <location filename="../../work/main/ui/pages/actions.py" line="319" />
      <location filename="../../work/main/ui/pages/actions.py" line="520" />
      <source>Location</source>
      <translation>סניף</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="187" />
      <location filename="../../work/main/ui/pages/actions.py" line="304" />
      <location filename="../../work/main/ui/pages/actions.py" line="520" />
      <source>Owner</source>
      <translation>אחראי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="188" />
      <location filename="../../work/main/ui/pages/actions.py" line="305" />
      <location filename="../../work/main/ui/pages/actions.py" line="520" />
      <source>Due</source>
      <translation>מועד יעד</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="190" />
      <location filename="../../work/main/ui/pages/actions.py" line="323" />
      <source>Linked audits</source>
      <translation>ביקורות מקושרות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="207" />
      <source>Say what is to be done.</source>
      <translation>כתבו מה יש לעשות.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="211" />
      <source>Choose the standard the action is to meet.</source>
      <translation>בחרו את התקן שהפעולה אמורה לעמוד בו.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="260" />
      <source>Details: why, how, who else is involved</source>
      <translation>פרטים: למה, איך, מי עוד מעורב</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="277" />
      <source>Written when the action is marked done</source>
      <translation>נכתב כשהפעולה מסומנת כבוצעה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="284" />
      <source>Sa&amp;ve changes</source>
      <translation>שמירת השינויים (&amp;V)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="287" />
      <source>Undo changes</source>
      <translation>ביטול השינויים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="301" />
      <source>Details</source>
      <translation>פרטים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="306" />
      <location filename="../../work/main/ui/pages/actions.py" line="319" />
      <location filename="../../work/main/ui/pages/actions.py" line="520" />
      <source>Status</source>
      <translation>מצב</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="307" />
      <source>What was done</source>
      <translation>מה נעשה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="319" />
      <source>Visit</source>
      <translation>ביקור</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="322" />
      <source>When</source>
      <translation>מתי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="322" />
      <source>Who</source>
      <translation>מי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="322" />
      <source>What happened</source>
      <translation>מה קרה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="325" />
      <source>History</source>
      <translation>היסטוריה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="360" />
      <source>Choose an action above to see it in full.</source>
      <translation>בחרו פעולה למעלה כדי לראות אותה במלואה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="387" />
      <source>%1, overdue</source>
      <translation>%1, באיחור</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="389" />
      <location filename="../../work/main/ui/pages/actions.py" line="618" />
      <source>proposed: a later audit met the standard</source>
      <translation>מוצע: ביקורת מאוחרת יותר עמדה בתקן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="426" />
      <source>Only a manager can change actions on this server.</source>
      <translation>בשרת זה רק מנהל יכול לשנות פעולות.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="428" />
      <source>This action is closed; it can no longer be changed.</source>
      <translation>הפעולה הזו סגורה; אי אפשר עוד לשנות אותה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="471" />
      <location filename="../../work/main/ui/pages/actions.py" line="687" />
      <source>Reviewer</source>
      <translation>סוקר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="478" />
      <source>The action is saved.</source>
      <translation>הפעולה נשמרה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="494" />
      <source>Open and in progress</source>
      <translation>פתוחות ובטיפול</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="494" />
      <location filename="../../work/main/ui/pages/actions.py" line="627" />
      <source>Overdue</source>
      <translation>באיחור</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="495" />
      <source>Done, to verify</source>
      <translation>בוצעו, לאימות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="496" />
      <source>All</source>
      <translation>הכול</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="512" />
      <source>Corrective actions</source>
      <translation>פעולות מתקנות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="520" />
      <source>What</source>
      <translation>מה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="521" />
      <source>Verification</source>
      <translation>אימות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="534" />
      <source>&amp;New action…</source>
      <translation>פעולה חדשה… (&amp;N)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="537" />
      <source>&amp;Start</source>
      <translation>התחלה (&amp;S)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="540" />
      <source>&amp;Done…</source>
      <translation>בוצע… (&amp;D)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="543" />
      <source>&amp;Verify</source>
      <translation>אימות (&amp;V)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="546" />
      <source>Cancel the action</source>
      <translation>ביטול הפעולה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="580" />
      <source>All locations</source>
      <translation>כל הסניפים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="581" />
      <source>All standards</source>
      <translation>כל התקנים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="582" />
      <source>All owners</source>
      <translation>כל האחראים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="661" />
      <source>A later accepted audit met the standard</source>
      <translation>ביקורת מאוחרת יותר שהתקבלה עמדה בתקן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="682" />
      <source>Corrective action created.</source>
      <translation>הפעולה המתקנת נוצרה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="695" />
      <source>Action done</source>
      <translation>הפעולה בוצעה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="695" />
      <source>What was done?</source>
      <translation>מה נעשה?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="704" />
      <source>The action is now: %1</source>
      <translation>הפעולה כעת: %1</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="497" />
      <source>Score</source>
      <translation>ציון</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="622" />
      <source>Empathy</source>
      <translation>אמפתיה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="161" />
      <source>All locations</source>
      <translation>כל הסניפים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="580" />
      <source>Audits</source>
      <translation>ביקורות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="145" />
      <source>Last 12 months</source>
      <translation>12 החודשים האחרונים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="145" />
      <source>Last 6 months</source>
      <translation>6 החודשים האחרונים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="145" />
      <source>Last 3 months</source>
      <translation>3 החודשים האחרונים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="146" />
      <source>This year</source>
      <translation>השנה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="146" />
      <source>Last year</source>
      <translation>השנה שעברה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="146" />
      <source>All time</source>
      <translation>כל הזמן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="147" />
      <source>Months from… to…</source>
      <translation>חודשים מ… עד…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="160" />
      <source>All organisations</source>
      <translation>כל הארגונים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="162" />
      <source>All checklists</source>
      <translation>כל רשימות התיוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="163" />
      <source>All shoppers</source>
      <translation>כל הקונים הסמויים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="166" />
      <source>PNG…</source>
      <translation>PNG…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="168" />
      <source>Save the dashboard as a picture</source>
      <translation>שמור את לוח המחוונים כתמונה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="170" />
      <source>PDF…</source>
      <translation>PDF…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="172" />
      <source>Save the dashboard as a one-page PDF (a slide)</source>
      <translation>שמור את לוח המחוונים כ-PDF בעמוד אחד (שקף)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="192" />
      <source>Score trend by month</source>
      <translation>מגמת הציון לפי חודש</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="195" />
      <source>Overall</source>
      <translation>כללי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="196" />
      <source>Per location</source>
      <translation>לפי סניף</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="200" />
      <location filename="../../work/main/ui/pages/dashboard.py" line="502" />
      <source>Location ranking</source>
      <translation>דירוג הסניפים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="201" />
      <source>Standards failed most often</source>
      <translation>התקנים שנכשלו בתדירות הגבוהה ביותר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="202" />
      <source>New corrective action…</source>
      <translation>פעולה מתקנת חדשה…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="207" />
      <source>Critical failures</source>
      <translation>כשלים קריטיים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="208" />
      <source>NPS, CSAT and CES by month</source>
      <translation>NPS, CSAT ו-CES לפי חודש</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="209" />
      <source>SERVQUAL gap per dimension</source>
      <translation>פער SERVQUAL לפי ממד</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="210" />
      <source>Importance and performance (diaries)</source>
      <translation>חשיבות וביצוע (יומנים)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="211" />
      <source>Shopper agreement (mean Cohen's kappa)</source>
      <translation>הסכמה בין קונים סמויים (קאפה של כהן, ממוצע)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="268" />
      <source>Reading the audits…</source>
      <translation>קורא את הביקורות…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="373" />
      <source>%1 audits counted (%2), %3</source>
      <translation>נספרו %1 ביקורות (%2), %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="378" />
      <source>; %1 more await the team server's scoring and are not counted yet</source>
      <translation>; עוד %1 ממתינות לחישוב הציון בשרת הצוות ועדיין אינן נספרות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="400" />
      <source>all time</source>
      <translation>כל הזמן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="410" />
      <source>Period: %1</source>
      <translation>תקופה: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="411" />
      <source>Organisation: %1</source>
      <translation>ארגון: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="412" />
      <source>Location: %1</source>
      <translation>סניף: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="413" />
      <source>Checklist: %1</source>
      <translation>רשימת תיוג: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="414" />
      <source>Shopper: %1</source>
      <translation>קונה סמוי: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="459" />
      <source>pass line %1</source>
      <translation>סף מעבר %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="464" />
      <source>Mean audit score per month; click a point for its audits.</source>
      <translation>ציון ביקורת ממוצע לחודש; לחץ על נקודה כדי לראות את הביקורות שלה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="465" />
      <source>Mean audit score per month.</source>
      <translation>ציון ביקורת ממוצע לחודש.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="467" />
      <source>No scored audits under these filters.</source>
      <translation>אין ביקורות עם ציון במסננים אלה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="500" />
      <source>Location ranking: %1</source>
      <translation>דירוג הסניפים: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="509" />
      <source>Change against %1 – %2; click a bar for its audits.</source>
      <translation>שינוי לעומת %1 – %2; לחץ על עמודה כדי לראות את הביקורות שלה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="511" />
      <source>Change against %1 – %2.</source>
      <translation>שינוי לעומת %1 – %2.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="514" />
      <source>Click a bar for its audits.</source>
      <translation>לחץ על עמודה כדי לראות את הביקורות שלה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="542" />
      <source>Failed</source>
      <translation>נכשל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="545" />
      <source>Percent of audits in which the standard was not met; click a bar for them.</source>
      <translation>אחוז הביקורות שבהן התקן לא התקיים; לחץ על עמודה כדי לראות אותן.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="546" />
      <source>Percent of audits in which the standard was not met.</source>
      <translation>אחוז הביקורות שבהן התקן לא התקיים.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="557" />
      <source>%1 not met</source>
      <translation>%1 לא התקיים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="585" />
      <source>%1 of %2 audits failed a critical question; click a bar for them.</source>
      <translation>%1 מתוך %2 ביקורות נכשלו בשאלה קריטית; לחץ על עמודה כדי לראות אותן.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="587" />
      <source>%1 of %2 audits failed a critical question.</source>
      <translation>%1 מתוך %2 ביקורות נכשלו בשאלה קריטית.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="596" />
      <source>critical: %1</source>
      <translation>קריטי: %1</translation>
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
      <translation>%1 תשובות לסקר; NPS מ-100− עד 100, CSAT (1–5) ו-CES (1–7) מותאמים לסולם זה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="615" />
      <source>No survey responses under these filters.</source>
      <translation>אין תשובות לסקר במסננים אלה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="620" />
      <source>Tangibles</source>
      <translation>מוחשיות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="620" />
      <source>Reliability</source>
      <translation>אמינות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="621" />
      <source>Responsiveness</source>
      <translation>היענות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="621" />
      <source>Assurance</source>
      <translation>ביטחון</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="632" />
      <source>Gap</source>
      <translation>פער</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="634" />
      <source>Perception minus expectation (n=%1); below zero, service falls short.</source>
      <translation>תפיסה פחות ציפייה (n=%1); מתחת לאפס השירות אינו עומד בציפיות.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="642" />
      <source>Concentrate here</source>
      <translation>להתרכז כאן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="642" />
      <source>Keep up the good work</source>
      <translation>להמשיך בעבודה הטובה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="643" />
      <source>Low priority</source>
      <translation>עדיפות נמוכה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="643" />
      <source>Possible overkill</source>
      <translation>השקעת יתר אפשרית</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="651" />
      <source>Importance (% of events)</source>
      <translation>חשיבות (% מהאירועים)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="651" />
      <source>Performance (1–7)</source>
      <translation>ביצוע (1–7)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="654" />
      <source>Quadrants split at the means.</source>
      <translation>הרביעים מחולקים בממוצעים.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="656" />
      <source>No diary events under these filters.</source>
      <translation>אין אירועי יומן במסננים אלה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="662" />
      <source>Mean kappa</source>
      <translation>קאפה ממוצעת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="666" />
      <source>%1 visits made by two or more shoppers at the same place, with the same checklist, in the same month; 1 is full agreement.</source>
      <translation>%1 ביקורים של שני קונים סמויים או יותר באותו סניף, עם אותה רשימת תיוג ובאותו חודש; 1 פירושו הסכמה מלאה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="675" />
      <location filename="../../work/main/ui/pages/dashboard.py" line="804" />
      <source>Service Auditor dashboard</source>
      <translation>לוח המחוונים של Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="819" />
      <source>Pictures (*.png)</source>
      <translation>תמונות (*.png)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="820" />
      <source>PDF files (*.pdf)</source>
      <translation>קובצי PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="822" />
      <source>Export the dashboard</source>
      <translation>ייצוא לוח המחוונים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="830" />
      <source>Dashboard written to %1</source>
      <translation>לוח המחוונים נכתב אל %1</translation>
    </message>
  </context>
  <context>
    <name>ChecklistEditor</name>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="699" />
      <source>Points</source>
      <translation>נקודות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="190" />
      <location filename="../../work/main/ui/checklist_editor.py" line="368" />
      <source>Sections and questions</source>
      <translation>פרקים ושאלות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="190" />
      <location filename="../../work/main/ui/checklist_editor.py" line="311" />
      <location filename="../../work/main/ui/checklist_editor.py" line="473" />
      <source>Kind</source>
      <translation>סוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="266" />
      <source>Edit checklist: %1</source>
      <translation>עריכת רשימת תיוג: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="287" />
      <location filename="../../work/main/ui/checklist_editor.py" line="313" />
      <location filename="../../work/main/ui/checklist_editor.py" line="396" />
      <location filename="../../work/main/ui/checklist_editor.py" line="406" />
      <source>Title</source>
      <translation>כותרת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="296" />
      <source>no limit</source>
      <translation>ללא הגבלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="301" />
      <source>From %</source>
      <translation>מ-%</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="301" />
      <source>Grade</source>
      <translation>דרגה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="306" />
      <source>Add grade</source>
      <translation>הוסף דרגה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="310" />
      <source>Name</source>
      <translation>שם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="312" />
      <source>Languages</source>
      <translation>שפות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="314" />
      <source>Pass line (%)</source>
      <translation>סף מעבר (%)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="316" />
      <source>Grades</source>
      <translation>דרגות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="319" />
      <source>At most N/A (%)</source>
      <translation>לכל היותר לא רלוונטי (%)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="327" />
      <source>Add section</source>
      <translation>הוסף פרק</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="328" />
      <source>Add question</source>
      <translation>הוסף שאלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="329" />
      <source>Remove</source>
      <translation>הסר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="330" />
      <source>Up</source>
      <translation>למעלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="331" />
      <source>Down</source>
      <translation>למטה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="343" />
      <source>Choose a section or a question.</source>
      <translation>בחר פרק או שאלה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="367" />
      <source>Checklist</source>
      <translation>רשימת תיוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="369" />
      <source>Preview</source>
      <translation>תצוגה מקדימה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="373" />
      <source>Save as new version</source>
      <translation>שמור כגרסה חדשה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="377" />
      <source>Cancel</source>
      <translation>ביטול</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="404" />
      <location filename="../../work/main/ui/checklist_editor.py" line="471" />
      <source>Name (key)</source>
      <translation>שם (מפתח)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="407" />
      <location filename="../../work/main/ui/checklist_editor.py" line="477" />
      <source>Weight</source>
      <translation>משקל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="409" />
      <location filename="../../work/main/ui/checklist_editor.py" line="482" />
      <source>Shown when</source>
      <translation>מוצג כאשר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="428" />
      <source>Label</source>
      <translation>תווית</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="428" />
      <source>Help for the shopper</source>
      <translation>עזרה לקונה הסמוי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="433" />
      <source>Critical (a fail knocks out the score)</source>
      <translation>קריטי (כישלון מאפס את הציון)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="437" />
      <source>its section</source>
      <translation>הפרק שלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="438" />
      <source>the whole audit</source>
      <translation>הביקורת כולה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="439" />
      <source>N/A allowed</source>
      <translation>מותר לא רלוונטי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="443" />
      <source>N/A is left out of the score</source>
      <translation>לא רלוונטי אינו נכלל בציון</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="443" />
      <source>N/A counts as met</source>
      <translation>לא רלוונטי נחשב כמתקיים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="444" />
      <source>N/A counts as not met</source>
      <translation>לא רלוונטי נחשב כלא מתקיים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="445" />
      <source>N/A is refused on submit</source>
      <translation>לא רלוונטי נדחה בהגשה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="448" />
      <source>Required</source>
      <translation>חובה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="468" />
      <source>Add choice</source>
      <translation>הוסף אפשרות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="474" />
      <source>Labels</source>
      <translation>תוויות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="484" />
      <source>Answer must satisfy</source>
      <translation>התשובה חייבת לקיים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="486" />
      <source>Standards</source>
      <translation>תקנים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="488" />
      <source>Choices</source>
      <translation>אפשרויות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="699" />
      <source>Key</source>
      <translation>מפתח</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="796" />
      <source>a name is needed</source>
      <translation>נדרש שם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="797" />
      <source>another section or question is already named '%1'</source>
      <translation>פרק או שאלה אחרים כבר נקראים '%1'</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="805" />
      <location filename="../../work/main/ui/checklist_editor.py" line="873" />
      <source>'%1' is not a number</source>
      <translation>'%1' אינו מספר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="817" />
      <source>a label is needed</source>
      <translation>נדרשת תווית</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="819" />
      <source>unknown standard %1</source>
      <translation>תקן לא מוכר %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="825" />
      <source>add at least one choice</source>
      <translation>הוסף לפחות אפשרות אחת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="827" />
      <source>two choices have the same key</source>
      <translation>לשתי אפשרויות אותו מפתח</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="829" />
      <source>points must be numbers</source>
      <translation>הנקודות חייבות להיות מספרים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="861" />
      <source>the pass line is a percent from 0 to 100</source>
      <translation>סף המעבר הוא אחוז בין 0 ל-100</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="865" />
      <source>a percent from 0 to 100, or empty for no limit</source>
      <translation>אחוז בין 0 ל-100, או ריק ללא הגבלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="950" />
      <source>Fix the marked fields first: %1</source>
      <translation>תקן תחילה את השדות המסומנים: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="974" />
      <source>this rule cannot be used: %1</source>
      <translation>לא ניתן להשתמש בכלל זה: %1</translation>
    </message>
  </context>
  <context>
    <name>QuestionCard</name>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="53" />
      <source>required</source>
      <translation>חובה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="55" />
      <source>critical</source>
      <translation>קריטי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="85" />
      <source>Attach file…</source>
      <translation>צירוף קובץ…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="88" />
      <source>Enter, or drop files on the question</source>
      <translation>Enter, או גררו קבצים אל השאלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="93" />
      <source>N/A</source>
      <translation>לא רלוונטי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="97" />
      <source>Not applicable (A, or Ctrl+D in a text field)</source>
      <translation>לא רלוונטי (A, או Ctrl+D בשדה טקסט)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="105" />
      <source>Comment (what you saw, in your words)</source>
      <translation>הערה (מה ראיתם, במילים שלכם)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="122" />
      <source>Save mine over it</source>
      <translation>לשמור את שלי במקומה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="126" />
      <source>Use theirs</source>
      <translation>להשתמש בשלהם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="196" />
      <source>Remove %1</source>
      <translation>הסרת %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="231" />
      <source>Reviewer: %1</source>
      <translation>הסוקר: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="294" />
      <source>Attach files</source>
      <translation>צירוף קבצים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="296" />
      <source>Photos and documents (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
      <translation>תמונות ומסמכים (*.jpg *.jpeg *.png *.pdf);;כל הקבצים (*)</translation>
    </message>
  </context>
  <context>
    <name>Packages</name>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="387" />
      <source>N/A</source>
      <translation>לא רלוונטי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="58" />
      <source>to add</source>
      <translation>להוספה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="58" />
      <source>to update</source>
      <translation>לעדכון</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="58" />
      <source>unchanged</source>
      <translation>ללא שינוי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="59" />
      <source>in conflict (both kept)</source>
      <translation>בהתנגשות (שתיהן נשמרות)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="90" />
      <location filename="../../work/main/ui/packages_ui.py" line="222" />
      <source>Receive audits</source>
      <translation>קבלת ביקורות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="96" />
      <source>from %1 (%2), key %3</source>
      <translation>מאת %1 (%2), מפתח %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="103" />
      <source>%1 to add, %2 to update, %3 unchanged, %4 in conflict</source>
      <translation>%1 להוספה, %2 לעדכון, %3 ללא שינוי, %4 בהתנגשות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="116" />
      <source>What happens</source>
      <translation>מה יקרה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="116" />
      <source>Audit or diary</source>
      <translation>ביקורת או יומן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="116" />
      <source>Note</source>
      <translation>הערה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="128" />
      <source>Import</source>
      <translation>ייבוא</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="164" />
      <location filename="../../work/main/ui/packages_ui.py" line="205" />
      <source>Send audits</source>
      <translation>שליחת ביקורות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="164" />
      <location filename="../../work/main/ui/packages_ui.py" line="222" />
      <source>Audit packages (*.zip)</source>
      <translation>חבילות ביקורת (*.zip)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="199" />
      <source>Nothing to send: every submitted audit has been sent already. No package was written.</source>
      <translation>אין מה לשלוח: כל הביקורות שהוגשו כבר נשלחו. לא נכתבה חבילה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="212" />
      <source>Package written: %1 (%2 audits, %3 diaries, %4 photos)</source>
      <translation>החבילה נכתבה: %1 (%2 ביקורות, %3 יומנים, %4 תמונות)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="276" />
      <source>Nothing received from %1: the key %2 is not trusted</source>
      <translation>לא התקבל דבר מ־%1: המפתח %2 אינו מהימן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="308" />
      <source>Received: %1 added, %2 updated, %3 kept as conflicts for review</source>
      <translation>התקבלו: %1 נוספו, %2 עודכנו, %3 נשמרו כהתנגשויות לבדיקה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="356" />
      <source>Synced: %1 audits sent; %2 audits, %3 checklists and %4 actions received; %5 changed on both sides, kept for review</source>
      <translation>סונכרן: נשלחו %1 ביקורות; התקבלו %2 ביקורות, %3 רשימות תיוג ו־%4 פעולות; %5 שונו בשני הצדדים ונשמרו לבדיקה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="386" />
      <location filename="../../work/main/ui/packages_ui.py" line="395" />
      <source>(no answer)</source>
      <translation>(אין תשובה)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="442" />
      <source>Audits changed on both sides</source>
      <translation>ביקורות ששונו בשני הצדדים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="445" />
      <source>reviewer</source>
      <translation>בודק</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="458" />
      <source>Question</source>
      <translation>שאלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="458" />
      <location filename="../../work/main/ui/packages_ui.py" line="534" />
      <source>Ours</source>
      <translation>שלנו</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="458" />
      <location filename="../../work/main/ui/packages_ui.py" line="535" />
      <source>Theirs</source>
      <translation>שלהם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="458" />
      <source>Keep</source>
      <translation>לשמור</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="465" />
      <source>Keep ours</source>
      <translation>שמור את שלנו</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="468" />
      <source>Take theirs</source>
      <translation>קח את שלהם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="471" />
      <source>Merge as chosen</source>
      <translation>מזג לפי הבחירה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="503" />
      <source>No conflicts left.</source>
      <translation>לא נותרו התנגשויות.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="517" />
      <source>From %1, received %2. Status here: %3; theirs: %4.</source>
      <translation>מאת %1, התקבלה %2. המצב כאן: %3; אצלם: %4.</translation>
    </message>
  </context>
  <context>
    <name>Editors</name>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="138" />
      <source>&amp;Yes</source>
      <translation>כן (&amp;Y)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="138" />
      <source>&amp;No</source>
      <translation>לא (&amp;N)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="282" />
      <location filename="../../work/main/ui/capture/editors.py" line="300" />
      <source>Start timer</source>
      <translation>הפעלת שעון עצר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="285" />
      <source>Start or stop the stopwatch (Ctrl+T)</source>
      <translation>הפעלה או עצירה של שעון העצר (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="308" />
      <source>Stop (%1)</source>
      <translation>עצירה (%1)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="326" />
      <source>number</source>
      <translation>מספר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="335" />
      <source>target: at most %1</source>
      <translation>יעד: לכל היותר %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="336" />
      <source>target: at least %1</source>
      <translation>יעד: לפחות %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="339" />
      <source>, no points beyond %1</source>
      <translation>, ללא נקודות מעבר ל-%1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="391" />
      <source>mm:ss</source>
      <translation>דד:שש</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="392" />
      <source>minutes:seconds, or whole minutes</source>
      <translation>דקות:שניות, או דקות שלמות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="439" />
      <source>latitude, longitude</source>
      <translation>קו רוחב, קו אורך</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="442" />
      <source>From a photo…</source>
      <translation>מתמונה…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="445" />
      <source>Take the place from where a photo was taken</source>
      <translation>קח את המקום שבו צולמה תמונה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="455" />
      <source>A photo taken at the place</source>
      <translation>תמונה שצולמה במקום</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="456" />
      <source>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</source>
      <translation>תמונות (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="462" />
      <source>the photo holds no location</source>
      <translation>בתמונה אין נתוני מיקום</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="476" />
      <source>not a location: type e.g. 52.2297, 21.0122</source>
      <translation>זה אינו מיקום: הקלידו למשל 52.2297, 21.0122</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="478" />
      <source>e.g. 52.2297, 21.0122</source>
      <translation>לדוגמה 52.2297, 21.0122</translation>
    </message>
  </context>
  <context>
    <name>StartAudit</name>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="39" />
      <source>Add a location</source>
      <translation>הוספת סניף</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="49" />
      <source>&amp;Organisation</source>
      <translation>ארגון (&amp;O)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="50" />
      <location filename="../../work/main/ui/capture/start_dialog.py" line="110" />
      <source>&amp;Location</source>
      <translation>סניף (&amp;L)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="51" />
      <source>&amp;City</source>
      <translation>עיר (&amp;C)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="69" />
      <source>Start an audit</source>
      <translation>התחלת ביקורת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="84" />
      <source>&amp;New location…</source>
      <translation>סניף חדש… (&amp;N)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="101" />
      <source>name or description of the person who served you</source>
      <translation>שם או תיאור של מי ששירת אתכם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="107" />
      <source>&amp;Checklist</source>
      <translation>רשימת תיוג (&amp;C)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="113" />
      <source>&amp;Shopper</source>
      <translation>קונה סמוי (&amp;S)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="114" />
      <source>&amp;Visit</source>
      <translation>ביקור (&amp;V)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="115" />
      <source>Observed s&amp;taff</source>
      <translation>צוות שנצפה (&amp;T)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="119" />
      <source>Start</source>
      <translation>התחלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="153" />
      <source>Choose a checklist.</source>
      <translation>בחרו רשימת תיוג.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="156" />
      <source>Choose a location, or add one.</source>
      <translation>בחרו סניף, או הוסיפו אחד.</translation>
    </message>
  </context>
  <context>
    <name>Welcome</name>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="138" />
      <source>Start</source>
      <translation>התחל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="131" />
      <source>Reviewer</source>
      <translation>בודק</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="119" />
      <location filename="../../work/main/ui/welcome.py" line="121" />
      <source>Welcome to Service Auditor</source>
      <translation>ברוכים הבאים ל-Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="122" />
      <source>Service-quality audits on this computer, with or without a network.</source>
      <translation>ביקורות איכות שירות במחשב זה, עם רשת או בלעדיה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="125" />
      <source>Language</source>
      <translation>שפה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="125" />
      <source>Your name</source>
      <translation>השם שלך</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="125" />
      <source>Your role</source>
      <translation>התפקיד שלך</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="128" />
      <source>as it should appear on audits and reviews</source>
      <translation>כפי שיופיע בביקורות ובבדיקות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="131" />
      <source>Mystery shopper or auditor</source>
      <translation>קונה סמוי או מבקר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="132" />
      <source>Quality manager</source>
      <translation>מנהל איכות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="136" />
      <source>Start with an empty database</source>
      <translation>התחל עם מסד נתונים ריק</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="137" />
      <source>Start with a year of demo data to look around</source>
      <translation>התחל עם שנה של נתוני הדגמה כדי להתרשם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/welcome.py" line="140" />
      <location filename="../../work/main/ui/welcome.py" line="144" />
      <source>Say who you are: your name goes on what you record.</source>
      <translation>ציין מי אתה: שמך יופיע על מה שתתעד.</translation>
    </message>
  </context>
  <context>
    <name>StandardsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="79" />
      <location filename="../../work/main/ui/pages/standards_page.py" line="92" />
      <source>Checklist</source>
      <translation>רשימת תיוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="57" />
      <source>Weight</source>
      <translation>משקל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="79" />
      <source>Question</source>
      <translation>שאלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="57" />
      <source>Standard</source>
      <translation>תקן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="58" />
      <source>Questions</source>
      <translation>שאלות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="92" />
      <source>Audits</source>
      <translation>ביקורות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="40" />
      <source>standards</source>
      <translation>תקנים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="40" />
      <source>equipment</source>
      <translation>ציוד</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="40" />
      <source>staff</source>
      <translation>צוות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="52" />
      <source>Filter by code or title</source>
      <translation>סינון לפי קוד או כותרת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="57" />
      <source>Code</source>
      <translation>קוד</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="57" />
      <source>About</source>
      <translation>נושא</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="57" />
      <source>Target</source>
      <translation>יעד</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="92" />
      <source>Month</source>
      <translation>חודש</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="92" />
      <source>Kept (points)</source>
      <translation>נשמר (נקודות)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="92" />
      <source>Audits failed</source>
      <translation>ביקורות שנכשלו</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="107" />
      <source>Checked by</source>
      <translation>נבדק על ידי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="110" />
      <source>Compliance over time</source>
      <translation>עמידה לאורך זמן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="124" />
      <source>Service standards</source>
      <translation>תקני שירות</translation>
    </message>
  </context>
  <context>
    <name>ConnectDialog</name>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="55" />
      <source>sslmode=%1: the connection may go without TLS and the server is not checked; anyone on the way can read and change the login and all data.</source>
      <translation>sslmode=%1: החיבור עשוי לעבור ללא TLS והשרת אינו נבדק; כל מי שבדרך יכול לקרוא ולשנות את ההתחברות ואת כל הנתונים.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="59" />
      <source>sslmode=%1 does not check the server's certificate: a man in the middle can read the password exchange and all data.</source>
      <translation>sslmode=%1 אינו בודק את האישור של השרת: תוקף באמצע יכול לקרוא את חילופי הסיסמה ואת כל הנתונים.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="63" />
      <source>sslmode=%1 does not check that the certificate names this server: any server with a certificate from the same CA can pose as it.</source>
      <translation>sslmode=%1 אינו בודק שהאישור נושא את שם השרת הזה: כל שרת עם אישור מאותה רשות (CA) יכול להתחזות אליו.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="67" />
      <source>require_auth=%1 lets the server ask for another login than SCRAM: a server posing as this one may be sent the password, or a hash of it that it can crack.</source>
      <translation>require_auth=%1 מאפשר לשרת לבקש התחברות שאינה SCRAM: שרת שמתחזה לשרת הזה עלול לקבל את הסיסמה, או גיבוב שלה שאותו יוכל לפצח.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="71" />
      <source>channel_binding=%1 does not tie the login to the TLS connection: a man in the middle can pass your login on to the real server.</source>
      <translation>channel_binding=%1 אינו קושר את ההתחברות לחיבור ה־TLS: תוקף באמצע יכול להעביר את ההתחברות שלך לשרת האמיתי.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="82" />
      <source>Connecting to the server…</source>
      <translation>מתחבר לשרת…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="83" />
      <source>Sending this laptop's audits…</source>
      <translation>שולח את הביקורות מהמחשב הנייד הזה…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="84" />
      <source>Receiving what the server has for this laptop…</source>
      <translation>מקבל את מה שיש בשרת עבור המחשב הנייד הזה…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="85" />
      <source>Syncing…</source>
      <translation>מסנכרן…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="92" />
      <source>Nothing to send or receive: this laptop and the server hold the same.</source>
      <translation>אין מה לשלוח או לקבל: במחשב הנייד ובשרת אותם נתונים.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="94" />
      <source>Sent: %1 audits and %2 diaries.</source>
      <translation>נשלחו: ביקורות – %1, יומנים – %2.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="97" />
      <source>Received: %1 audits, %2 checklists and %3 corrective actions.</source>
      <translation>התקבלו: ביקורות – %1, רשימות תיוג – %2, פעולות מתקנות – %3.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="105" />
      <source>%1 audits were changed on both sides; both versions are kept for a reviewer.</source>
      <translation>ביקורות ששונו בשני הצדדים: %1; שתי הגרסאות נשמרו עבור הבודק.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="123" />
      <source>Sync with a team server</source>
      <translation>סנכרון עם שרת צוות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="124" />
      <source>Connect to a team server</source>
      <translation>התחברות לשרת צוות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="129" />
      <source>The team's PostgreSQL server, set up by your administrator. Log in with the login and password you were given.</source>
      <translation>שרת ה־PostgreSQL של הצוות, שהוגדר על ידי מנהל/ת המערכת. התחבר/י עם שם המשתמש והסיסמה שקיבלת.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="152" />
      <source>optional: the CA that signed the server's certificate</source>
      <translation>רשות (CA) שחתמה על האישור של השרת (לא חובה)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="158" />
      <source>&amp;Browse…</source>
      <translation>עיון… (&amp;B)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="163" />
      <source>&amp;Server:</source>
      <translation>שרת: (&amp;S)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="164" />
      <source>P&amp;ort:</source>
      <translation>פורט: (&amp;O)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="165" />
      <source>&amp;Database:</source>
      <translation>מסד נתונים: (&amp;D)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="166" />
      <source>&amp;Login:</source>
      <translation>שם משתמש: (&amp;L)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="167" />
      <source>Pass&amp;word:</source>
      <translation>סיסמה: (&amp;W)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="168" />
      <source>C&amp;A certificate:</source>
      <translation>אישור CA: (&amp;A)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="179" />
      <source>&amp;Remember the password in the system keyring</source>
      <translation>לזכור את הסיסמה במחזיק המפתחות של המערכת (&amp;R)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="204" />
      <source>&amp;Sync</source>
      <translation>סנכרון (&amp;S)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="204" />
      <source>&amp;Connect</source>
      <translation>התחברות (&amp;C)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="227" />
      <source>The server's CA certificate</source>
      <translation>אישור ה־CA של השרת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="229" />
      <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
      <translation>אישורים (*.crt *.pem *.cer);;כל הקבצים (*)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="237" />
      <source>This connection is weaker than the default:</source>
      <translation>החיבור הזה מוגן פחות מברירת המחדל:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="250" />
      <source>Give the database and your login.</source>
      <translation>יש לציין את מסד הנתונים ואת שם המשתמש.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="258" />
      <source>Not connected; check the server, login and password.</source>
      <translation>לא מחובר; בדוק/י את השרת, שם המשתמש והסיסמה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="277" />
      <source>Another transfer is running; wait for it first.</source>
      <translation>העברה אחרת פועלת; יש להמתין לסיומה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="305" />
      <source>Stop</source>
      <translation>עצירה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="305" />
      <source>Close</source>
      <translation>סגירה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="312" />
      <source>The sync is done.</source>
      <translation>הסנכרון הסתיים.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="319" />
      <source>&amp;Sync again</source>
      <translation>סנכרון נוסף (&amp;S)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="322" />
      <source>The sync did not go through.</source>
      <translation>הסנכרון לא הצליח.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="326" />
      <source>&amp;Try again</source>
      <translation>ניסיון חוזר (&amp;T)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="337" />
      <source>Stopping…</source>
      <translation>עוצר…</translation>
    </message>
  </context>
  <context>
    <name>DatabaseOpen</name>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="47" />
      <source>What the check found: %1</source>
      <translation>מה הבדיקה מצאה: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="50" />
      <source>%1 failed its check, so it may be damaged, and there is no good backup of it.</source>
      <translation>הקובץ %1 לא עבר את הבדיקה, ולכן ייתכן שהוא פגום, ואין לו גיבוי תקין.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="55" />
      <source>%1 failed its check, so it may be damaged.

Restore the newest good backup, from %2?</source>
      <translation>הקובץ %1 לא עבר את הבדיקה, ולכן ייתכן שהוא פגום.

לשחזר את הגיבוי התקין האחרון, מ־%2?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="73" />
      <source>Database damaged</source>
      <translation>מסד הנתונים פגום</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="111" />
      <source>%1 answers that could not be saved before were saved now.</source>
      <translation>%1 תשובות שלא ניתן היה לשמור קודם נשמרו כעת.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="118" />
      <source>Today's backup was taken.</source>
      <translation>הגיבוי של היום נלקח.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="121" />
      <source>The daily backup failed: %1</source>
      <translation>הגיבוי היומי נכשל: %1</translation>
    </message>
  </context>
  <context>
    <name>TrustDialog</name>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="28" />
      <source>Reviewer</source>
      <translation>בודק</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="28" />
      <source>Shopper</source>
      <translation>קונה סמוי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="29" />
      <source>Manager</source>
      <translation>מנהל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="38" />
      <source>Unknown sender</source>
      <translation>שולח לא מוכר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="41" />
      <source>This package is signed with a key this database does not trust yet. Nothing is imported from it unless you trust the key. Ask %1 to read you the code of her key (Help → About on her laptop, or service-auditor key show) and compare it with this one:</source>
      <translation>החבילה הזו חתומה במפתח שמסד הנתונים הזה עדיין לא סומך עליו. דבר לא ייובא ממנה אלא אם תסמכו על המפתח. בקשו מ־%1 להקריא לכם את קוד המפתח שלה (עזרה ← אודות במחשב הנייד שלה, או service-auditor key show) והשוו אותו לקוד הזה:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="59" />
      <source>&amp;Person:</source>
      <translation>&amp;אדם:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="60" />
      <source>&amp;Role:</source>
      <translation>&amp;תפקיד:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="62" />
      <source>&amp;The code she read me is exactly this one</source>
      <translation>ה&amp;קוד שהוקרא לי זהה בדיוק לזה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="66" />
      <source>Trust this key</source>
      <translation>סמוך על מפתח זה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/trust_dialog.py" line="69" />
      <source>Do not trust</source>
      <translation>אל תסמוך</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="41" />
      <source>The system's language</source>
      <translation>שפת המערכת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="54" />
      <source>the user data folder's auditor.sqlite</source>
      <translation>auditor.sqlite בתיקיית נתוני המשתמש</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="57" />
      <source>the user data folder's backups</source>
      <translation>backups בתיקיית נתוני המשתמש</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="62" />
      <source>From which percent each grade starts, separated by ;</source>
      <translation>מאיזה אחוז מתחילה כל דרגה, מופרד ב-;</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="66" />
      <location filename="../../work/main/ui/pages/settings_page.py" line="204" />
      <source>Interface language</source>
      <translation>שפת הממשק</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="67" />
      <source>Organisation name on reports</source>
      <translation>שם הארגון בדוחות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="68" />
      <source>Logo on reports</source>
      <translation>סמל בדוחות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="70" />
      <source>Shopper on this laptop</source>
      <translation>הקונה הסמוי במחשב זה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="71" />
      <source>Reviewer on this laptop</source>
      <translation>הסוקר במחשב זה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="73" />
      <location filename="../../work/main/ui/pages/settings_page.py" line="136" />
      <source>Database opened at start</source>
      <translation>מסד הנתונים שנפתח בהפעלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="76" />
      <location filename="../../work/main/ui/pages/settings_page.py" line="143" />
      <source>Backup folder</source>
      <translation>תיקיית גיבויים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="78" />
      <source>Pass line of new checklists (%)</source>
      <translation>סף מעבר של רשימות תיוג חדשות (%)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="80" />
      <source>Grades of new checklists</source>
      <translation>דרגות של רשימות תיוג חדשות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="82" />
      <source>&amp;Save settings</source>
      <translation>שמירת ההגדרות (&amp;S)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="88" />
      <source>Settings</source>
      <translation>הגדרות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="110" />
      <source>Browse…</source>
      <translation>עיון…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="129" />
      <source>Logo</source>
      <translation>סמל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="129" />
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>תמונות (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="154" />
      <source>There is no file %1.</source>
      <translation>אין קובץ %1.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="159" />
      <source>%1 is not a PNG or JPEG image.</source>
      <translation>%1 אינו תמונת PNG או JPEG.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="162" />
      <source>There is no database file %1.</source>
      <translation>אין קובץ מסד נתונים %1.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="165" />
      <source>%1 is not a folder.</source>
      <translation>%1 אינו תיקייה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="171" />
      <source>The pass line is a percent from 0 to 100.</source>
      <translation>סף המעבר הוא אחוז בין 0 ל-100.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="175" />
      <source>'%1' is not a percent from 0 to 100 and a grade name.</source>
      <translation>'%1' אינו אחוז בין 0 ל-100 ושם דרגה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="186" />
      <source>Nothing was saved: fix the fields marked in red.</source>
      <translation>דבר לא נשמר: תקנו את השדות המסומנים באדום.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="199" />
      <location filename="../../work/main/ui/pages/settings_page.py" line="200" />
      <source>Settings saved.</source>
      <translation>ההגדרות נשמרו.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/settings_page.py" line="205" />
      <source>The new language is used the next time Service Auditor starts.</source>
      <translation>השפה החדשה תשמש בהפעלה הבאה של Service Auditor.</translation>
    </message>
  </context>
  <context>
    <name>PasswordDialog</name>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="35" />
      <source>Change my password</source>
      <translation>שינוי הסיסמה שלי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="39" />
      <source>Your new password for %1</source>
      <translation>הסיסמה החדשה שלך עבור %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="47" />
      <source>&amp;New password:</source>
      <translation>סיסמה &amp;חדשה:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="48" />
      <source>&amp;Again:</source>
      <translation>&amp;שוב:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="66" />
      <source>A password has at least %1 characters.</source>
      <translation>לסיסמה יש לפחות %1 תווים.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="70" />
      <source>The two passwords differ.</source>
      <translation>שתי הסיסמאות שונות.</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="../../work/main/ui/startup.py" line="183" />
      <source>Cannot open database</source>
      <translation>לא ניתן לפתוח את מסד הנתונים</translation>
    </message>
  </context>
</TS>