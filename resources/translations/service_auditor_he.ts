<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="he">
  <context>
    <name>AuditForm</name>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="71" />
      <source>next / previous question</source>
      <translation>השאלה הבאה / הקודמת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="72" />
      <source>yes / no</source>
      <translation>כן / לא</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="73" />
      <source>not applicable (where allowed)</source>
      <translation>לא רלוונטי (היכן שמותר)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="74" />
      <source>not applicable, also inside a text field</source>
      <translation>לא רלוונטי, גם בתוך שדה טקסט</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="75" />
      <source>rating, or the n-th choice (two digits for 10)</source>
      <translation>דירוג, או הבחירה ה-n (שתי ספרות עבור 10)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="76" />
      <source>attach a file to a photo or file question</source>
      <translation>צירוף קובץ לשאלת תמונה או קובץ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="77" />
      <source>start / stop the stopwatch of a wait or duration</source>
      <translation>הפעלה / עצירה של שעון העצר להמתנה או למשך זמן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="78" />
      <source>comment on the current question</source>
      <translation>הערה על השאלה הנוכחית</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="79" />
      <source>next / previous section</source>
      <translation>הפרק הבא / הקודם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="80" />
      <source>jump to a question</source>
      <translation>מעבר לשאלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="81" />
      <source>undo the last answer change</source>
      <translation>ביטול השינוי האחרון בתשובה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="82" />
      <source>score breakdown</source>
      <translation>פירוט הציון</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="83" />
      <source>submit</source>
      <translation>הגשה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="84" />
      <source>this list</source>
      <translation>רשימה זו</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="714" />
      <source>N/A</source>
      <translation>לא רלוונטי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="123" />
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="151" />
      <source>&lt;b&gt;%1&lt;/b&gt; (version %2) · %3 · %4 · visit %5</source>
      <translation>&lt;b&gt;%1&lt;/b&gt; (גרסה %2) · %3 · %4 · ביקור %5</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="164" />
      <source>Section</source>
      <translation>פרק</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="164" />
      <source>Done</source>
      <translation>הושלם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="212" />
      <source>Breakdown…</source>
      <translation>פירוט…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="220" />
      <source>&amp;Submit</source>
      <translation>הגשה (&amp;S)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="226" />
      <source>Keyboard shortcuts (F1)</source>
      <translation>קיצורי מקלדת (F1)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="232" />
      <location filename="../../work/main/ui/capture/form_window.py" line="745" />
      <source>Score</source>
      <translation>ציון</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="247" />
      <source>Jump to a question (Ctrl+F)</source>
      <translation>מעבר לשאלה (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="270" />
      <source>Returned by the reviewer: %1</source>
      <translation>הוחזר על ידי הבודק: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="314" />
      <location filename="../../work/main/ui/capture/form_window.py" line="407" />
      <location filename="../../work/main/ui/capture/form_window.py" line="434" />
      <location filename="../../work/main/ui/capture/form_window.py" line="449" />
      <source>saving…</source>
      <translation>שומר…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="315" />
      <location filename="../../work/main/ui/capture/form_window.py" line="693" />
      <source>Saving…</source>
      <translation>שומר…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="344" />
      <location filename="../../work/main/ui/capture/form_window.py" line="413" />
      <location filename="../../work/main/ui/capture/form_window.py" line="461" />
      <source>saved ✓</source>
      <translation>נשמר ✓</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="347" />
      <source>All changes saved</source>
      <translation>כל השינויים נשמרו</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="352" />
      <source>waiting for the database…</source>
      <translation>ממתין למסד הנתונים…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="353" />
      <source>Waiting for the database…</source>
      <translation>ממתין למסד הנתונים…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="364" />
      <location filename="../../work/main/ui/capture/form_window.py" line="384" />
      <source>not saved</source>
      <translation>לא נשמר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="366" />
      <source>A change could not be saved: %1</source>
      <translation>לא ניתן היה לשמור שינוי: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="374" />
      <source>someone else</source>
      <translation>מישהו אחר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="377" />
      <source>%1 saved this answer at %2, after you opened the audit: it is now “%3”. Yours is still here, not saved.</source>
      <translation>%1 שמר/ה את התשובה הזו ב־%2, אחרי שפתחת את הביקורת: עכשיו היא „%3”. התשובה שלך עדיין כאן, לא נשמרה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="386" />
      <source>An answer was changed by someone else; choose which stays.</source>
      <translation>תשובה שונתה על ידי מישהו אחר; בחר/י איזו נשארת.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="418" />
      <source>Nothing to undo</source>
      <translation>אין מה לבטל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="425" />
      <source>Undone: %1</source>
      <translation>בוטל: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="492" />
      <source>pass</source>
      <translation>עבר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="492" />
      <source>fail</source>
      <translation>נכשל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="496" />
      <source>not scorable: too many N/A answers</source>
      <translation>לא ניתן לציון: יותר מדי תשובות 'לא רלוונטי'</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="501" />
      <source>Critical failure: %1</source>
      <translation>כשל קריטי: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="527" />
      <source>This audit is %1 and can no longer be changed.</source>
      <translation>ביקורת זו במצב %1 ולא ניתן עוד לשנות אותה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="607" />
      <source>This question has no stopwatch</source>
      <translation>לשאלה זו אין שעון עצר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="620" />
      <source>No visible question matches '%1'</source>
      <translation>אין שאלה מוצגת שמתאימה ל-'%1'</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="636" />
      <source>%1 answers are missing or break a rule; the list shows them.</source>
      <translation>%1 תשובות חסרות או מפרות כלל; הרשימה מציגה אותן.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="647" />
      <location filename="../../work/main/ui/capture/form_window.py" line="654" />
      <source>Cannot submit</source>
      <translation>לא ניתן להגיש</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="655" />
      <source>Another program is writing to the database; try again in a moment.</source>
      <translation>תוכנה אחרת כותבת כעת למסד הנתונים; נסו שוב בעוד רגע.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="661" />
      <source>Submitted.</source>
      <translation>הוגש.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="671" />
      <source>Keyboard shortcuts</source>
      <translation>קיצורי מקלדת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="673" />
      <source>Keys</source>
      <translation>מקשים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="673" />
      <source>Does</source>
      <translation>פעולה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="698" />
      <source>Answers kept</source>
      <translation>התשובות נשמרו בצד</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="700" />
      <source>The database stayed busy; %1 answers are kept beside it and will be saved the next time it is opened.</source>
      <translation>מסד הנתונים נשאר תפוס; %1 תשובות נשמרו לידו ויישמרו בו בפעם הבאה שייפתח.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="716" />
      <source>no answer</source>
      <translation>אין תשובה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="720" />
      <source>Yes</source>
      <translation>כן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="720" />
      <source>No</source>
      <translation>לא</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="743" />
      <source>Score breakdown</source>
      <translation>פירוט הציון</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="745" />
      <source>Section / question</source>
      <translation>פרק / שאלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="745" />
      <source>Points</source>
      <translation>נקודות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="745" />
      <source>Why</source>
      <translation>סיבה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="764" />
      <source>Audit score: %1</source>
      <translation>ציון הביקורת: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/form_window.py" line="766" />
      <source>Not scorable: %1</source>
      <translation>לא ניתן לציון: %1</translation>
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
      <location filename="../../work/main/ui/pages/audits.py" line="76" />
      <source>Filter by location, checklist or shopper</source>
      <translation>סינון לפי סניף, רשימת תיוג או קונה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="81" />
      <source>All statuses</source>
      <translation>כל המצבים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="108" />
      <source>PDF report…</source>
      <translation>דוח PDF…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="110" />
      <source>Write the selected audit's report as a PDF</source>
      <translation>כתיבת דוח הביקורת הנבחרת כקובץ PDF</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="112" />
      <source>Location PDF…</source>
      <translation>PDF של הסניף…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="115" />
      <source>Write the report of the selected audit's location as a PDF</source>
      <translation>כתיבת דוח הסניף של הביקורת הנבחרת כקובץ PDF</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="118" />
      <source>&amp;New audit…</source>
      <translation>ביקורת חדשה… (&amp;N)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="121" />
      <source>&amp;Open</source>
      <translation>פתיחה (&amp;O)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="123" />
      <source>Continue a draft, or read a submitted audit</source>
      <translation>המשך טיוטה, או קריאת ביקורת שהוגשה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="126" />
      <source>Accept</source>
      <translation>אישור</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="129" />
      <source>Return…</source>
      <translation>החזרה…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="131" />
      <source>Send a submitted audit back with notes</source>
      <translation>החזרת ביקורת שהוגשה עם הערות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="146" />
      <source>Show all audits</source>
      <translation>הצג את כל הביקורות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="164" />
      <source>%1 audits: %2</source>
      <translation>%1 ביקורות: %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="206" />
      <location filename="../../work/main/ui/pages/audits.py" line="275" />
      <source>Select an audit first.</source>
      <translation>בחרו קודם ביקורת.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="245" />
      <source>Select a submitted audit first.</source>
      <translation>בחרו קודם ביקורת שהוגשה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="254" />
      <source>Return to the shopper</source>
      <translation>החזרה לקונה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="254" />
      <source>What should the shopper change?</source>
      <translation>מה על הקונה לשנות?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="258" />
      <source>Reviewer</source>
      <translation>בודק</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="267" />
      <source>Audit accepted.</source>
      <translation>הביקורת אושרה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="267" />
      <source>Audit returned to the shopper.</source>
      <translation>הביקורת הוחזרה לקונה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="286" />
      <source>Select an audit of the location first.</source>
      <translation>בחרו קודם ביקורת של הסניף.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="297" />
      <source>Save report</source>
      <translation>שמירת דוח</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="311" />
      <source>No audits yet. Start one from a checklist, or look around with demo data.</source>
      <translation>אין עדיין ביקורות. התחילו אחת מרשימת תיוג, או הסתכלו סביב עם נתוני הדגמה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="315" />
      <source>Fill with demo data</source>
      <translation>מילוי בנתוני הדגמה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="396" />
      <source>%1 of %2 audits</source>
      <translation>%1 מתוך %2 ביקורות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/audits.py" line="412" />
      <source>Demo data added: %1 audits in %2 locations.</source>
      <translation>נוספו נתוני הדגמה: %1 ביקורות ב-%2 סניפים.</translation>
    </message>
  </context>
  <context>
    <name>DiariesPage</name>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="124" />
      <source>In person</source>
      <translation>פנים אל פנים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="125" />
      <source>Phone</source>
      <translation>טלפון</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="126" />
      <source>E-mail</source>
      <translation>דוא״ל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="127" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="128" />
      <source>Web</source>
      <translation>אינטרנט</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="129" />
      <source>Chat</source>
      <translation>צ׳אט</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="130" />
      <source>Fax</source>
      <translation>פקס</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="131" />
      <source>Branch visit</source>
      <translation>ביקור בסניף</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="134" />
      <source>Courtesy</source>
      <translation>אדיבות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="135" />
      <source>Professionalism</source>
      <translation>מקצועיות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="136" />
      <source>Empathy</source>
      <translation>אמפתיה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="137" />
      <source>Willingness to help</source>
      <translation>נכונות לעזור</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="138" />
      <source>Listening</source>
      <translation>הקשבה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="139" />
      <source>Waiting time</source>
      <translation>זמן המתנה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="140" />
      <source>Speed</source>
      <translation>מהירות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="141" />
      <source>Convenience</source>
      <translation>נוחות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="147" />
      <source>&amp;New diary…</source>
      <translation>יומן חדש… (&amp;N)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="150" />
      <source>PDF report…</source>
      <translation>דוח PDF…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="154" />
      <source>Diary</source>
      <translation>יומן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="170" />
      <source>Add an event (Ctrl+Enter)</source>
      <translation>הוספת אירוע (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="180" />
      <source>who served you</source>
      <translation>מי שירת אתכם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="183" />
      <source>what happened</source>
      <translation>מה קרה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="203" />
      <source>Neither</source>
      <translation>אף אחד מהם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="204" />
      <source>Would recommend</source>
      <translation>הייתי ממליץ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="205" />
      <source>Would warn others</source>
      <translation>הייתי מזהיר אחרים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="206" />
      <source>&amp;Add event</source>
      <translation>הוספת אירוע (&amp;A)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="214" />
      <location filename="../../work/main/ui/pages/diaries.py" line="253" />
      <source>When</source>
      <translation>מתי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="215" />
      <source>&amp;Channel</source>
      <translation>ערוץ (&amp;C)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="216" />
      <source>Or&amp;ganisation</source>
      <translation>ארגון (&amp;G)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="217" />
      <location filename="../../work/main/ui/pages/diaries.py" line="254" />
      <source>What happened</source>
      <translation>מה קרה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="218" />
      <source>E&amp;xpected (1-7)</source>
      <translation>ציפייה (1-7) (&amp;X)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="219" />
      <source>Ex&amp;perienced (1-7)</source>
      <translation>חוויה (1-7) (&amp;P)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="220" />
      <source>&amp;Satisfaction (1-5)</source>
      <translation>שביעות רצון (1-5) (&amp;S)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="221" />
      <source>&amp;Feeling</source>
      <translation>תחושה (&amp;F)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="222" />
      <source>Criteria that mattered</source>
      <translation>הקריטריונים שהיו חשובים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="223" />
      <source>Would you…</source>
      <translation>האם הייתם…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="239" />
      <source>Timeline</source>
      <translation>ציר זמן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="242" />
      <source>All channels</source>
      <translation>כל הערוצים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="248" />
      <source>Filter by organisation or text</source>
      <translation>סינון לפי ארגון או טקסט</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="253" />
      <location filename="../../work/main/ui/pages/diaries.py" line="278" />
      <source>Channel</source>
      <translation>ערוץ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="253" />
      <source>Organisation</source>
      <translation>ארגון</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="253" />
      <source>Expected</source>
      <translation>ציפייה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="254" />
      <source>Experienced</source>
      <translation>חוויה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="254" />
      <location filename="../../work/main/ui/pages/diaries.py" line="280" />
      <source>Gap</source>
      <translation>פער</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="269" />
      <source>Summary</source>
      <translation>סיכום</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="277" />
      <source>Criterion</source>
      <translation>קריטריון</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="280" />
      <source>Events</source>
      <translation>אירועים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="280" />
      <source>Expected → experienced</source>
      <translation>ציפייה ← חוויה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="287" />
      <source>By criterion (most mentioned first)</source>
      <translation>לפי קריטריון (השכיח ביותר תחילה)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="289" />
      <source>By channel</source>
      <translation>לפי ערוץ</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="340" />
      <source>Start a diary to add events.</source>
      <translation>התחילו יומן כדי להוסיף אירועים.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="390" />
      <source>%1 events · expected %2 · experienced %3 · gap %4 · recommend %5 · warn %6</source>
      <translation>%1 אירועים · ציפייה %2 · חוויה %3 · פער %4 · ממליצים %5 · מזהירים %6</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="465" />
      <source>Start a diary first.</source>
      <translation>התחילו קודם יומן.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="504" />
      <source>Save diary report</source>
      <translation>שמירת דוח היומן</translation>
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
      <location filename="../../work/main/ui/main_window.py" line="77" />
      <source>Service Auditor</source>
      <translation>Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="87" />
      <source>Audits</source>
      <translation>ביקורות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="88" />
      <source>Review</source>
      <translation>סקירה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="89" />
      <source>Reports</source>
      <translation>דוחות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="90" />
      <source>Diaries</source>
      <translation>יומנים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="91" />
      <source>Actions</source>
      <translation>פעולות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="92" />
      <source>Dashboard</source>
      <translation>לוח מחוונים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="93" />
      <source>Checklists</source>
      <translation>רשימות תיוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="94" />
      <source>Standards</source>
      <translation>תקנים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="95" />
      <source>Settings</source>
      <translation>הגדרות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="106" />
      <source>&amp;File</source>
      <translation>קובץ (&amp;F)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="108" />
      <source>&amp;Tools</source>
      <translation>כלים (&amp;T)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="109" />
      <source>&amp;Help</source>
      <translation>עזרה (&amp;H)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="113" />
      <source>Opening the database…</source>
      <translation>פותח את מסד הנתונים…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="319" />
      <source>Your password is changed.</source>
      <translation>הסיסמה שונתה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="330" />
      <source>&amp;New database…</source>
      <translation>מסד נתונים חדש… (&amp;N)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="333" />
      <source>&amp;Open database…</source>
      <translation>פתיחת מסד נתונים… (&amp;O)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="336" />
      <source>Open &amp;recent</source>
      <translation>פתיחת אחרונים (&amp;R)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="339" />
      <source>Fill with &amp;demo data</source>
      <translation>מילוי בנתוני הדגמה (&amp;D)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="341" />
      <source>&amp;Quit</source>
      <translation>יציאה (&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="344" />
      <source>Connect to &amp;team server…</source>
      <translation>התחברות לשרת הצוות… (&amp;T)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="349" />
      <source>Change my &amp;password…</source>
      <translation>שינוי ה&amp;סיסמה שלי…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="350" />
      <source>Your own password on the team server</source>
      <translation>הסיסמה שלך בשרת הצוות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="357" />
      <source>&amp;Send audits…</source>
      <translation>שליחת ביקורות… (&amp;S)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="359" />
      <source>Write the submitted audits not sent yet to a signed package (.zip)</source>
      <translation>כתוב את הביקורות שנשלחו לבדיקה וטרם נשלחו לחבילה חתומה (.zip)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="362" />
      <source>Re&amp;ceive audits…</source>
      <translation>קבלת ביקורות… (&amp;C)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="364" />
      <source>Merge audit packages from shoppers or the office (or drop them here)</source>
      <translation>מזג חבילות ביקורת מלקוחות סמויים או מהמשרד (או גרור אותן לכאן)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="367" />
      <source>S&amp;ync with team server…</source>
      <translation>סנכרון עם שרת הצוות… (&amp;Y)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="369" />
      <source>Send the submitted audits to the team server; bring back reviews, checklists and actions</source>
      <translation>שליחת הביקורות שהוגשו לשרת הצוות; הבאת בדיקות, רשימות תיוג ופעולות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="377" />
      <source>&amp;Back up now</source>
      <translation>גיבוי עכשיו (&amp;B)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="379" />
      <source>Res&amp;tore from backup…</source>
      <translation>שחזור מגיבוי… (&amp;T)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="387" />
      <source>&amp;Recompute all scores</source>
      <translation>חישוב מחדש של כל הציונים (&amp;R)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="389" />
      <source>Score every audit again from its answers, after scoring rules changed</source>
      <translation>חישוב מחדש של ציון כל ביקורת מתשובותיה, לאחר שכללי הניקוד השתנו</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="395" />
      <source>&amp;About Service Auditor</source>
      <translation>אודות Service Auditor (&amp;A)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="403" />
      <source>No recent databases</source>
      <translation>אין מסדי נתונים אחרונים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="414" />
      <source>Service Auditor — %1</source>
      <translation>Service Auditor — %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="415" />
      <source>Database: %1</source>
      <translation>מסד נתונים: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="424" />
      <source>A server database is backed up on the server</source>
      <translation>מסד נתונים בשרת מגובה בשרת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="428" />
      <source>The database was upgraded; a backup was written to %1</source>
      <translation>מסד הנתונים שודרג; גיבוי נכתב אל %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="465" />
      <source>Scores are being recomputed; wait or cancel first.</source>
      <translation>הציונים מחושבים מחדש; המתינו או בטלו קודם.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="470" />
      <location filename="../../work/main/ui/main_window.py" line="526" />
      <source>Cannot open database</source>
      <translation>לא ניתן לפתוח את מסד הנתונים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="491" />
      <source>Back up now</source>
      <translation>גיבוי עכשיו</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="493" />
      <source>Backup written: %1</source>
      <translation>הגיבוי נכתב: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="522" />
      <source>Restore from backup</source>
      <translation>שחזור מגיבוי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="529" />
      <source>Restored from %1</source>
      <translation>שוחזר מ־%1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="535" />
      <location filename="../../work/main/ui/main_window.py" line="542" />
      <source>New database</source>
      <translation>מסד נתונים חדש</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="543" />
      <source>%1 already exists; use Open database to open it.</source>
      <translation>%1 כבר קיים; השתמשו ב"פתיחת מסד נתונים" כדי לפתוח אותו.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="564" />
      <source>Open database</source>
      <translation>פתיחת מסד נתונים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="584" />
      <source>Recomputing scores…</source>
      <translation>מחשב ציונים מחדש…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/main_window.py" line="593" />
      <source>Scores recomputed for %1 audits.</source>
      <translation>הציונים חושבו מחדש עבור %1 ביקורות.</translation>
    </message>
  </context>
  <context>
    <name>NewDiaryDialog</name>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="85" />
      <source>Start a diary</source>
      <translation>התחלת יומן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="90" />
      <source>e.g. Two weeks of service encounters</source>
      <translation>למשל: שבועיים של מפגשי שירות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="99" />
      <source>&amp;Owner</source>
      <translation>בעלים (&amp;O)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="100" />
      <source>&amp;Title</source>
      <translation>כותרת (&amp;T)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="101" />
      <source>&amp;From</source>
      <translation>מתאריך (&amp;F)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="102" />
      <source>T&amp;o</source>
      <translation>עד תאריך (&amp;O)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/diaries.py" line="103" />
      <source>&amp;Purpose</source>
      <translation>מטרה (&amp;P)</translation>
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
      <location filename="../../work/main/ui/pages/reports.py" line="85" />
      <source>Summary: ranking, distribution, weak standards</source>
      <translation>סיכום: דירוג, התפלגות, תקנים חלשים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="86" />
      <source>Location: trend, sections, standards, actions</source>
      <translation>סניף: מגמה, פרקים, תקנים, פעולות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="87" />
      <source>Standards handouts for trainers</source>
      <translation>דפי תקנים למדריכים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="88" />
      <source>Service-event diaries</source>
      <translation>יומני אירועי שירות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="89" />
      <source>Shoppers and their agreement</source>
      <translation>הקונים וההסכמה ביניהם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="90" />
      <source>Audit reports, one PDF per audit</source>
      <translation>דוחות ביקורת, PDF אחד לכל ביקורת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="104" />
      <source>Finished audits (submitted and accepted)</source>
      <translation>ביקורות שהסתיימו (הוגשו והתקבלו)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="105" />
      <source>Accepted audits only</source>
      <translation>ביקורות שהתקבלו בלבד</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="106" />
      <source>Drafts and returned audits never count</source>
      <translation>טיוטות וביקורות שהוחזרו אינן נספרות לעולם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="121" />
      <source>File to write (a folder for audit reports)</source>
      <translation>הקובץ לכתיבה (תיקייה לדוחות ביקורת)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="122" />
      <source>Browse…</source>
      <translation>עיון…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="129" />
      <source>Report</source>
      <translation>דוח</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="130" />
      <source>Format</source>
      <translation>תבנית</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="131" />
      <source>Language</source>
      <translation>שפה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="132" />
      <source>Count</source>
      <translation>ספירה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="133" />
      <source>Location</source>
      <translation>סניף</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="134" />
      <source>Checklist</source>
      <translation>רשימת תיוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="135" />
      <source>From</source>
      <translation>מתאריך</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="136" />
      <source>To</source>
      <translation>עד תאריך</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="137" />
      <source>Save to</source>
      <translation>שמירה אל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="138" />
      <source>Ignore the dates</source>
      <translation>התעלמות מהתאריכים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="141" />
      <source>Write report</source>
      <translation>כתיבת דוח</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="152" />
      <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;דוחות&lt;/h2&gt;</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="165" />
      <source>All locations</source>
      <translation>כל הסניפים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="166" />
      <source>All checklists</source>
      <translation>כל רשימות התיוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="185" />
      <source>Folder for the audit reports</source>
      <translation>תיקייה לדוחות הביקורת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="191" />
      <source>Save report</source>
      <translation>שמירת דוח</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="215" />
      <source>Choose where to save the report first.</source>
      <translation>בחרו קודם היכן לשמור את הדוח.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="230" />
      <source>Writing the report…</source>
      <translation>כותב את הדוח…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/reports.py" line="234" />
      <source>Report written: %1</source>
      <translation>הדוח נכתב: %1</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="34" />
      <location filename="../../work/main/ui/backup_dialog.py" line="86" />
      <source>Restore from backup</source>
      <translation>שחזור מגיבוי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="37" />
      <source>daily</source>
      <translation>יומי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="38" />
      <source>weekly</source>
      <translation>שבועי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="39" />
      <source>taken by hand</source>
      <translation>ידני</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="40" />
      <source>before a restore</source>
      <translation>לפני שחזור</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="46" />
      <source>%1 — %2, %3</source>
      <translation>%1 — %2, %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="59" />
      <source>&amp;Restore</source>
      <translation>שחזור (&amp;R)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="64" />
      <source>Backups in %1</source>
      <translation>גיבויים ב־%1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="68" />
      <source>There are no backups of this database yet.</source>
      <translation>עדיין אין גיבויים של מסד נתונים זה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="72" />
      <source>The database's current state is kept as a backup of its own before it is replaced.</source>
      <translation>המצב הנוכחי של מסד הנתונים נשמר כגיבוי נפרד לפני שהוא מוחלף.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/backup_dialog.py" line="87" />
      <source>Replace the database with the backup of %1?</source>
      <translation>להחליף את מסד הנתונים בגיבוי מ־%1?</translation>
    </message>
  </context>
  <context>
    <name>About</name>
    <message>
      <location filename="../../work/main/ui/about.py" line="92" />
      <source>About Service Auditor</source>
      <translation>אודות Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="98" />
      <source>Offline-first service-quality audits. Free software; it is built on the libraries and fonts below, each under its own licence.</source>
      <translation>ביקורות איכות שירות שעובדות גם בלי רשת. תוכנה חופשית; היא בנויה על הספריות והגופנים שלהלן, כל אחד ברישיון משלו.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="106" />
      <source>This laptop's signing key: %1</source>
      <translation>מפתח החתימה של המחשב הנייד הזה: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="113" />
      <source>Component</source>
      <translation>רכיב</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="113" />
      <source>Version</source>
      <translation>גרסה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/about.py" line="113" />
      <source>Licence</source>
      <translation>רישיון</translation>
    </message>
  </context>
  <context>
    <name>ChecklistsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="134" />
      <location filename="../../work/main/ui/pages/checklists_page.py" line="138" />
      <source>Version</source>
      <translation>גרסה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="133" />
      <source>Kind</source>
      <translation>סוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="133" />
      <source>Name</source>
      <translation>שם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="133" />
      <source>Checklist</source>
      <translation>רשימת תיוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="70" />
      <source>Compare versions of %1</source>
      <translation>השוואת גרסאות של %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="80" />
      <location filename="../../work/main/ui/pages/checklists_page.py" line="103" />
      <source>version %1</source>
      <translation>גרסה %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="116" />
      <source>%1 changed, %2 added, %3 removed</source>
      <translation>%1 שונו, %2 נוספו, %3 הוסרו</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="134" />
      <location filename="../../work/main/ui/pages/checklists_page.py" line="138" />
      <source>Questions</source>
      <translation>שאלות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="134" />
      <location filename="../../work/main/ui/pages/checklists_page.py" line="139" />
      <source>Audits</source>
      <translation>ביקורות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="138" />
      <source>Created</source>
      <translation>נוצרה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="142" />
      <source>New checklist…</source>
      <translation>רשימת תיוג חדשה…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="144" />
      <source>Edit…</source>
      <translation>עריכה…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="146" />
      <source>Compare versions…</source>
      <translation>השוואת גרסאות…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="149" />
      <source>Import…</source>
      <translation>ייבוא…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="152" />
      <source>Export…</source>
      <translation>ייצוא…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="162" />
      <source>Versions (old audits keep the version they were filled on)</source>
      <translation>גרסאות (ביקורות ישנות שומרות על הגרסה שבה מולאו)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="169" />
      <source>Checklists</source>
      <translation>רשימות תיוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="246" />
      <source>Saved %1 version %2</source>
      <translation>נשמרה %1 גרסה %2</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="278" />
      <source>First question</source>
      <translation>שאלה ראשונה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="279" />
      <source>Section 1</source>
      <translation>פרק 1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="283" />
      <source>New checklist</source>
      <translation>רשימת תיוג חדשה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="309" />
      <source>Import checklists</source>
      <translation>ייבוא רשימות תיוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="311" />
      <source>Checklists (*.json *.xlsx *.xls *.csv *.md);;All files (*)</source>
      <translation>רשימות תיוג (*.json *.xlsx *.xls *.csv *.md);;כל הקבצים (*)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="326" />
      <source>Nothing imported: %1</source>
      <translation>דבר לא יובא: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="329" />
      <source>Imported: %1</source>
      <translation>יובא: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="329" />
      <source>standards</source>
      <translation>תקנים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="338" />
      <source>Export checklist</source>
      <translation>ייצוא רשימת תיוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="339" />
      <source>JSON (*.json);;XLSForm (*.xlsx)</source>
      <translation>JSON (*.json);;XLSForm (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/checklists_page.py" line="356" />
      <source>Exported to %1</source>
      <translation>יוצא אל %1</translation>
    </message>
  </context>
  <context>
    <name>QuestionCard</name>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="52" />
      <source>required</source>
      <translation>חובה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="54" />
      <source>critical</source>
      <translation>קריטי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="84" />
      <source>Attach file…</source>
      <translation>צירוף קובץ…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="87" />
      <source>Enter, or drop files on the question</source>
      <translation>Enter, או גררו קבצים אל השאלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="92" />
      <source>N/A</source>
      <translation>לא רלוונטי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="96" />
      <source>Not applicable (A, or Ctrl+D in a text field)</source>
      <translation>לא רלוונטי (A, או Ctrl+D בשדה טקסט)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="104" />
      <source>Comment (what you saw, in your words)</source>
      <translation>הערה (מה ראיתם, במילים שלכם)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="121" />
      <source>Save mine over it</source>
      <translation>לשמור את שלי במקומה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="125" />
      <source>Use theirs</source>
      <translation>להשתמש בשלהם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="195" />
      <source>Remove %1</source>
      <translation>הסרת %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="230" />
      <source>Reviewer: %1</source>
      <translation>הסוקר: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="283" />
      <source>Attach files</source>
      <translation>צירוף קבצים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/card.py" line="285" />
      <source>Photos and documents (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
      <translation>תמונות ומסמכים (*.jpg *.jpeg *.png *.pdf);;כל הקבצים (*)</translation>
    </message>
  </context>
  <context>
    <name>Packages</name>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="316" />
      <source>N/A</source>
      <translation>לא רלוונטי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="51" />
      <source>to add</source>
      <translation>להוספה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="51" />
      <source>to update</source>
      <translation>לעדכון</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="51" />
      <source>unchanged</source>
      <translation>ללא שינוי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="52" />
      <source>in conflict (both kept)</source>
      <translation>בהתנגשות (שתיהן נשמרות)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="62" />
      <location filename="../../work/main/ui/packages_ui.py" line="173" />
      <source>Receive audits</source>
      <translation>קבלת ביקורות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="68" />
      <source>from %1 (%2), key %3</source>
      <translation>מאת %1 (%2), מפתח %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="75" />
      <source>%1 to add, %2 to update, %3 unchanged, %4 in conflict</source>
      <translation>%1 להוספה, %2 לעדכון, %3 ללא שינוי, %4 בהתנגשות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="87" />
      <source>What happens</source>
      <translation>מה יקרה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="87" />
      <source>Audit or diary</source>
      <translation>ביקורת או יומן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="87" />
      <source>Note</source>
      <translation>הערה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="98" />
      <source>Import</source>
      <translation>ייבוא</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="133" />
      <source>Send audits</source>
      <translation>שליחת ביקורות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="133" />
      <location filename="../../work/main/ui/packages_ui.py" line="173" />
      <source>Audit packages (*.zip)</source>
      <translation>חבילות ביקורת (*.zip)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="163" />
      <source>Package written: %1 (%2 audits, %3 diaries, %4 photos)</source>
      <translation>החבילה נכתבה: %1 (%2 ביקורות, %3 יומנים, %4 תמונות)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="227" />
      <source>Nothing received from %1: the key %2 is not trusted</source>
      <translation>לא התקבל דבר מ־%1: המפתח %2 אינו מהימן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="258" />
      <source>Received: %1 added, %2 updated, %3 kept as conflicts for review</source>
      <translation>התקבלו: %1 נוספו, %2 עודכנו, %3 נשמרו כהתנגשויות לבדיקה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="290" />
      <source>Synced: %1 audits sent; %2 audits, %3 checklists and %4 actions received; %5 changed on both sides, kept for review</source>
      <translation>סונכרן: נשלחו %1 ביקורות; התקבלו %2 ביקורות, %3 רשימות תיוג ו־%4 פעולות; %5 שונו בשני הצדדים ונשמרו לבדיקה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="314" />
      <source>(no answer)</source>
      <translation>(אין תשובה)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="336" />
      <source>Audits changed on both sides</source>
      <translation>ביקורות ששונו בשני הצדדים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="339" />
      <source>reviewer</source>
      <translation>בודק</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="349" />
      <source>Question</source>
      <translation>שאלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="349" />
      <location filename="../../work/main/ui/packages_ui.py" line="422" />
      <source>Ours</source>
      <translation>שלנו</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="349" />
      <location filename="../../work/main/ui/packages_ui.py" line="423" />
      <source>Theirs</source>
      <translation>שלהם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="349" />
      <source>Keep</source>
      <translation>לשמור</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="356" />
      <source>Keep ours</source>
      <translation>שמור את שלנו</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="359" />
      <source>Take theirs</source>
      <translation>קח את שלהם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="362" />
      <source>Merge as chosen</source>
      <translation>מזג לפי הבחירה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="393" />
      <source>No conflicts left.</source>
      <translation>לא נותרו התנגשויות.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/packages_ui.py" line="407" />
      <source>From %1, received %2. Status here: %3; theirs: %4.</source>
      <translation>מאת %1, התקבלה %2. המצב כאן: %3; אצלם: %4.</translation>
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="65" />
      <source>N/A</source>
      <translation>לא רלוונטי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="249" />
      <source>Score</source>
      <translation>ציון</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="442" />
      <source>pass</source>
      <translation>עבר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="442" />
      <source>fail</source>
      <translation>נכשל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="67" />
      <source>no answer</source>
      <translation>אין תשובה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="70" />
      <source>Yes</source>
      <translation>כן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="70" />
      <source>No</source>
      <translation>לא</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="248" />
      <source>Checklist</source>
      <translation>רשימת תיוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="248" />
      <source>Location</source>
      <translation>סניף</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="296" />
      <source>What</source>
      <translation>מה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="544" />
      <source>Reviewer</source>
      <translation>סוקר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="249" />
      <source>Critical failures</source>
      <translation>כשלים קריטיים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="164" />
      <source>Note for the shopper on this question</source>
      <translation>הערה לקונה על שאלה זו</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="228" />
      <source>To review</source>
      <translation>לסקירה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="229" />
      <source>Accepted</source>
      <translation>התקבלו</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="240" />
      <source>Review</source>
      <translation>סקירה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="248" />
      <source>Waiting (days)</source>
      <translation>ממתין (ימים)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="248" />
      <source>Visited</source>
      <translation>ביקור</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="249" />
      <source>Shopper</source>
      <translation>קונה סמוי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="266" />
      <source>Note for the shopper on the whole audit</source>
      <translation>הערה לקונה על הביקורת כולה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="267" />
      <source>&amp;Accept</source>
      <translation>קבלה (&amp;A)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="269" />
      <source>A</source>
      <translation>A</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="271" />
      <source>&amp;Return to the shopper</source>
      <translation>החזרה לקונה (&amp;R)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="273" />
      <source>R</source>
      <translation>R</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="275" />
      <source>Re&amp;open…</source>
      <translation>פתיחה מחדש… (&amp;O)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="278" />
      <source>&amp;Breakdown…</source>
      <translation>פירוט… (&amp;B)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="280" />
      <source>Corrective &amp;action…</source>
      <translation>פעולה מתקנת… (&amp;A)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="282" />
      <source>For a standard this audit failed</source>
      <translation>עבור תקן שביקורת זו נכשלה בו</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="296" />
      <source>When</source>
      <translation>מתי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="296" />
      <source>Who</source>
      <translation>מי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="296" />
      <source>Change</source>
      <translation>שינוי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="308" />
      <source>Status history</source>
      <translation>היסטוריית מצב</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="310" />
      <source>Change log</source>
      <translation>יומן שינויים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="368" />
      <source>%1 audits wait for a decision</source>
      <translation>%1 ביקורות ממתינות להחלטה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="371" />
      <source>%1 accepted audits</source>
      <translation>%1 ביקורות שהתקבלו</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="386" />
      <source>%1 audits changed on both sides: resolve…</source>
      <translation>%1 ביקורות שונו בשני הצדדים: ליישוב…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="430" />
      <source>Nothing to review.</source>
      <translation>אין מה לסקור.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="445" />
      <source>critical failure: %1</source>
      <translation>כשל קריטי: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="565" />
      <source>Not saved: %1. The audit is shown as it is now; your notes are kept.</source>
      <translation>לא נשמר: %1. הביקורת מוצגת כפי שהיא עכשיו; ההערות שלך נשמרו.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="585" />
      <source>Accepted; the audit is locked.</source>
      <translation>התקבלה; הביקורת נעולה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="594" />
      <source>Write a note for the shopper (on the audit or a question).</source>
      <translation>כתבו הערה לקונה (על הביקורת או על שאלה).</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="601" />
      <source>Returned to the shopper with %1 notes.</source>
      <translation>הוחזרה לקונה עם %1 הערות.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="610" />
      <source>Reopen an accepted audit</source>
      <translation>פתיחה מחדש של ביקורת שהתקבלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="610" />
      <source>Why is it reopened?</source>
      <translation>מדוע היא נפתחת מחדש?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="615" />
      <source>A reopened audit needs a reason.</source>
      <translation>ביקורת שנפתחת מחדש צריכה סיבה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="620" />
      <source>Reopened; the audit is back in the review queue.</source>
      <translation>נפתחה מחדש; הביקורת חזרה לתור הסקירה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="662" />
      <source>started</source>
      <translation>התחילה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="663" />
      <source>submitted</source>
      <translation>הוגשה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="664" />
      <source>accepted</source>
      <translation>התקבלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="665" />
      <source>returned to the shopper</source>
      <translation>הוחזרה לקונה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="666" />
      <source>reopened</source>
      <translation>נפתחה מחדש</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="675" />
      <source>answered N/A</source>
      <translation>נענה 'לא רלוונטי'</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="676" />
      <source>answered %1</source>
      <translation>נענה %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/review.py" line="685" />
      <source>reopened — %1</source>
      <translation>נפתחה מחדש — %1</translation>
    </message>
  </context>
  <context>
    <name>Editors</name>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="133" />
      <source>&amp;Yes</source>
      <translation>כן (&amp;Y)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="133" />
      <source>&amp;No</source>
      <translation>לא (&amp;N)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="277" />
      <location filename="../../work/main/ui/capture/editors.py" line="295" />
      <source>Start timer</source>
      <translation>הפעלת שעון עצר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="280" />
      <source>Start or stop the stopwatch (Ctrl+T)</source>
      <translation>הפעלה או עצירה של שעון העצר (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="303" />
      <source>Stop (%1)</source>
      <translation>עצירה (%1)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="321" />
      <source>number</source>
      <translation>מספר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="329" />
      <source>target %1</source>
      <translation>יעד %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="331" />
      <source>, no points beyond %1</source>
      <translation>, ללא נקודות מעבר ל-%1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="381" />
      <source>mm:ss</source>
      <translation>דד:שש</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/editors.py" line="382" />
      <source>minutes:seconds, or whole minutes</source>
      <translation>דקות:שניות, או דקות שלמות</translation>
    </message>
  </context>
  <context>
    <name>ActionsPage</name>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="50" />
      <source>Done</source>
      <translation>בוצע</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="48" />
      <source>Open</source>
      <translation>פתוח</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="49" />
      <source>In progress</source>
      <translation>בטיפול</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="51" />
      <location filename="../../work/main/ui/pages/actions.py" line="137" />
      <source>Verified</source>
      <translation>אומת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="52" />
      <location filename="../../work/main/ui/pages/actions.py" line="138" />
      <source>Cancelled</source>
      <translation>בוטל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="74" />
      <source>New corrective action</source>
      <translation>פעולה מתקנת חדשה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="86" />
      <source>(all locations)</source>
      <translation>(כל הסניפים)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="100" />
      <source>What is to be done</source>
      <translation>מה יש לעשות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="101" />
      <location filename="../../work/main/ui/pages/actions.py" line="159" />
      <source>Standard</source>
      <translation>תקן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="102" />
      <location filename="../../work/main/ui/pages/actions.py" line="159" />
      <source>Location</source>
      <translation>סניף</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="103" />
      <location filename="../../work/main/ui/pages/actions.py" line="146" />
      <location filename="../../work/main/ui/pages/actions.py" line="159" />
      <source>Owner</source>
      <translation>אחראי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="104" />
      <location filename="../../work/main/ui/pages/actions.py" line="159" />
      <source>Due</source>
      <translation>מועד יעד</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="106" />
      <source>Linked audits</source>
      <translation>ביקורות מקושרות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="121" />
      <source>Say what is to be done.</source>
      <translation>כתבו מה יש לעשות.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="136" />
      <source>Open and in progress</source>
      <translation>פתוחות ובטיפול</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="136" />
      <location filename="../../work/main/ui/pages/actions.py" line="236" />
      <source>Overdue</source>
      <translation>באיחור</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="137" />
      <source>Done, to verify</source>
      <translation>בוצעו, לאימות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="138" />
      <source>All</source>
      <translation>הכול</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="151" />
      <source>Corrective actions</source>
      <translation>פעולות מתקנות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="159" />
      <source>What</source>
      <translation>מה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="159" />
      <source>Status</source>
      <translation>מצב</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="160" />
      <source>Verification</source>
      <translation>אימות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="169" />
      <source>&amp;New action…</source>
      <translation>פעולה חדשה… (&amp;N)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="172" />
      <source>&amp;Start</source>
      <translation>התחלה (&amp;S)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="175" />
      <source>&amp;Done…</source>
      <translation>בוצע… (&amp;D)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="178" />
      <source>&amp;Verify</source>
      <translation>אימות (&amp;V)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="181" />
      <source>Cancel the action</source>
      <translation>ביטול הפעולה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="201" />
      <source>All locations</source>
      <translation>כל הסניפים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="202" />
      <source>All standards</source>
      <translation>כל התקנים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="228" />
      <source>proposed: a later audit met the standard</source>
      <translation>מוצע: ביקורת מאוחרת יותר עמדה בתקן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="254" />
      <source>A later accepted audit met the standard</source>
      <translation>ביקורת מאוחרת יותר שהתקבלה עמדה בתקן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="274" />
      <source>Corrective action created.</source>
      <translation>הפעולה המתקנת נוצרה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="279" />
      <source>Reviewer</source>
      <translation>סוקר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="287" />
      <source>Action done</source>
      <translation>הפעולה בוצעה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="287" />
      <source>What was done?</source>
      <translation>מה נעשה?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/actions.py" line="296" />
      <source>The action is now: %1</source>
      <translation>הפעולה כעת: %1</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="439" />
      <source>Score</source>
      <translation>ציון</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="133" />
      <source>All locations</source>
      <translation>כל הסניפים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="517" />
      <source>Audits</source>
      <translation>ביקורות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="117" />
      <source>Last 12 months</source>
      <translation>12 החודשים האחרונים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="117" />
      <source>Last 6 months</source>
      <translation>6 החודשים האחרונים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="117" />
      <source>Last 3 months</source>
      <translation>3 החודשים האחרונים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="118" />
      <source>This year</source>
      <translation>השנה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="118" />
      <source>Last year</source>
      <translation>השנה שעברה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="118" />
      <source>All time</source>
      <translation>כל הזמן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="119" />
      <source>Months from… to…</source>
      <translation>חודשים מ… עד…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="132" />
      <source>All organisations</source>
      <translation>כל הארגונים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="134" />
      <source>All checklists</source>
      <translation>כל רשימות התיוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="135" />
      <source>All shoppers</source>
      <translation>כל הלקוחות הסמויים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="138" />
      <source>PNG…</source>
      <translation>PNG…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="140" />
      <source>Save the dashboard as a picture</source>
      <translation>שמור את לוח המחוונים כתמונה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="142" />
      <source>PDF…</source>
      <translation>PDF…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="144" />
      <source>Save the dashboard as a one-page PDF (a slide)</source>
      <translation>שמור את לוח המחוונים כ-PDF בעמוד אחד (שקף)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="157" />
      <source>Score trend by month</source>
      <translation>מגמת הציון לפי חודש</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="160" />
      <source>Overall</source>
      <translation>כללי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="161" />
      <source>Per location</source>
      <translation>לפי סניף</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="165" />
      <location filename="../../work/main/ui/pages/dashboard.py" line="444" />
      <source>Location ranking</source>
      <translation>דירוג הסניפים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="166" />
      <source>Standards failed most often</source>
      <translation>התקנים שנכשלו בתדירות הגבוהה ביותר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="167" />
      <source>New corrective action…</source>
      <translation>פעולה מתקנת חדשה…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="172" />
      <source>Critical failures</source>
      <translation>כשלים קריטיים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="173" />
      <source>NPS, CSAT and CES by month</source>
      <translation>NPS, CSAT ו-CES לפי חודש</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="174" />
      <source>SERVQUAL gap per dimension</source>
      <translation>פער SERVQUAL לפי ממד</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="175" />
      <source>Importance and performance (diaries)</source>
      <translation>חשיבות וביצוע (יומנים)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="176" />
      <source>Shopper agreement (mean Cohen's kappa)</source>
      <translation>הסכמה בין לקוחות סמויים (קאפה של כהן, ממוצע)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="231" />
      <source>Reading the audits…</source>
      <translation>קורא את הביקורות…</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="339" />
      <source>all time</source>
      <translation>כל הזמן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="342" />
      <source>%1 audits counted (%2), %3</source>
      <translation>נספרו %1 ביקורות (%2), %3</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="347" />
      <source>; %1 more await the team server's scoring and are not counted yet</source>
      <translation>; עוד %1 ממתינות לחישוב הציון בשרת הצוות ועדיין אינן נספרות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="401" />
      <source>pass line %1</source>
      <translation>סף מעבר %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="406" />
      <source>Mean audit score per month; click a point for its audits.</source>
      <translation>ציון ביקורת ממוצע לחודש; לחץ על נקודה כדי לראות את הביקורות שלה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="408" />
      <source>No scored audits under these filters.</source>
      <translation>אין ביקורות עם ציון במסננים אלה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="442" />
      <source>Location ranking: %1</source>
      <translation>דירוג הסניפים: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="448" />
      <source>Change against %1 – %2; click a bar for its audits.</source>
      <translation>שינוי לעומת %1 – %2; לחץ על עמודה כדי לראות את הביקורות שלה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="452" />
      <source>Click a bar for its audits.</source>
      <translation>לחץ על עמודה כדי לראות את הביקורות שלה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="481" />
      <source>Failed</source>
      <translation>נכשל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="484" />
      <source>Percent of audits in which the standard was not met; click a bar for them.</source>
      <translation>אחוז הביקורות שבהן התקן לא התקיים; לחץ על עמודה כדי לראות אותן.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="495" />
      <source>%1 not met</source>
      <translation>%1 לא התקיים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="520" />
      <source>%1 of %2 audits failed a critical question; click a bar for them.</source>
      <translation>%1 מתוך %2 ביקורות נכשלו בשאלה קריטית; לחץ על עמודה כדי לראות אותן.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="530" />
      <source>critical: %1</source>
      <translation>קריטי: %1</translation>
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
      <translation>%1 תשובות לסקר; NPS מ-100− עד 100, CSAT (1–5) ו-CES (1–7) מותאמים לסולם זה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="549" />
      <source>No survey responses under these filters.</source>
      <translation>אין תשובות לסקר במסננים אלה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="557" />
      <source>Gap</source>
      <translation>פער</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="560" />
      <source>Perception minus expectation (n=%1); below zero, service falls short.</source>
      <translation>תפיסה פחות ציפייה (n=%1); מתחת לאפס השירות אינו עומד בציפיות.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="570" />
      <source>Concentrate here</source>
      <translation>להתרכז כאן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="570" />
      <source>Keep up the good work</source>
      <translation>להמשיך בעבודה הטובה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="571" />
      <source>Low priority</source>
      <translation>עדיפות נמוכה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="571" />
      <source>Possible overkill</source>
      <translation>השקעת יתר אפשרית</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="574" />
      <source>Importance (% of events)</source>
      <translation>חשיבות (% מהאירועים)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="574" />
      <source>Performance (1–7)</source>
      <translation>ביצוע (1–7)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="577" />
      <source>Quadrants split at the means.</source>
      <translation>הרביעים מחולקים בממוצעים.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="579" />
      <source>No diary events under these filters.</source>
      <translation>אין אירועי יומן במסננים אלה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="588" />
      <source>%1 shared visits (same location, checklist and month); 1 is full agreement.</source>
      <translation>%1 ביקורים משותפים (אותו סניף, רשימת תיוג וחודש); 1 פירושו הסכמה מלאה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="646" />
      <source>Service Auditor dashboard</source>
      <translation>לוח המחוונים של Service Auditor</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="671" />
      <source>Pictures (*.png)</source>
      <translation>תמונות (*.png)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="672" />
      <source>PDF files (*.pdf)</source>
      <translation>קובצי PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="674" />
      <source>Export the dashboard</source>
      <translation>ייצוא לוח המחוונים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/dashboard.py" line="682" />
      <source>Dashboard written to %1</source>
      <translation>לוח המחוונים נכתב אל %1</translation>
    </message>
  </context>
  <context>
    <name>ChecklistEditor</name>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="579" />
      <source>Points</source>
      <translation>נקודות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="116" />
      <location filename="../../work/main/ui/checklist_editor.py" line="283" />
      <source>Sections and questions</source>
      <translation>פרקים ושאלות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="116" />
      <location filename="../../work/main/ui/checklist_editor.py" line="226" />
      <location filename="../../work/main/ui/checklist_editor.py" line="383" />
      <source>Kind</source>
      <translation>סוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="184" />
      <source>Edit checklist: %1</source>
      <translation>עריכת רשימת תיוג: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="201" />
      <source>Language codes the labels are written in, e.g. en, pl, he</source>
      <translation>קודי השפות שבהן כתובות התוויות, למשל en, pl, he</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="203" />
      <location filename="../../work/main/ui/checklist_editor.py" line="228" />
      <location filename="../../work/main/ui/checklist_editor.py" line="310" />
      <location filename="../../work/main/ui/checklist_editor.py" line="320" />
      <source>Title</source>
      <translation>כותרת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="212" />
      <source>no limit</source>
      <translation>ללא הגבלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="217" />
      <source>From %</source>
      <translation>מ-%</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="217" />
      <source>Grade</source>
      <translation>דרגה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="221" />
      <source>Add grade</source>
      <translation>הוסף דרגה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="225" />
      <source>Name</source>
      <translation>שם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="227" />
      <source>Languages</source>
      <translation>שפות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="229" />
      <source>Pass line (%)</source>
      <translation>סף מעבר (%)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="231" />
      <source>Grades</source>
      <translation>דרגות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="234" />
      <source>At most N/A (%)</source>
      <translation>לכל היותר לא רלוונטי (%)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="242" />
      <source>Add section</source>
      <translation>הוסף פרק</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="243" />
      <source>Add question</source>
      <translation>הוסף שאלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="244" />
      <source>Remove</source>
      <translation>הסר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="245" />
      <source>Up</source>
      <translation>למעלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="246" />
      <source>Down</source>
      <translation>למטה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="258" />
      <source>Choose a section or a question.</source>
      <translation>בחר פרק או שאלה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="282" />
      <source>Checklist</source>
      <translation>רשימת תיוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="284" />
      <source>Preview</source>
      <translation>תצוגה מקדימה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="288" />
      <source>Save as new version</source>
      <translation>שמור כגרסה חדשה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="292" />
      <source>Cancel</source>
      <translation>ביטול</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="318" />
      <location filename="../../work/main/ui/checklist_editor.py" line="381" />
      <source>Name (key)</source>
      <translation>שם (מפתח)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="321" />
      <location filename="../../work/main/ui/checklist_editor.py" line="386" />
      <source>Weight</source>
      <translation>משקל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="323" />
      <location filename="../../work/main/ui/checklist_editor.py" line="391" />
      <source>Shown when</source>
      <translation>מוצג כאשר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="341" />
      <source>Label</source>
      <translation>תווית</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="341" />
      <source>Help for the shopper</source>
      <translation>עזרה ללקוח הסמוי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="346" />
      <source>Critical (a fail knocks out the score)</source>
      <translation>קריטי (כישלון מאפס את הציון)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="350" />
      <source>its section</source>
      <translation>הפרק שלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="351" />
      <source>the whole audit</source>
      <translation>הביקורת כולה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="352" />
      <source>N/A allowed</source>
      <translation>מותר לא רלוונטי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="356" />
      <source>N/A is left out of the score</source>
      <translation>לא רלוונטי אינו נכלל בציון</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="356" />
      <source>N/A counts as met</source>
      <translation>לא רלוונטי נחשב כמתקיים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="357" />
      <source>N/A counts as not met</source>
      <translation>לא רלוונטי נחשב כלא מתקיים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="358" />
      <source>N/A is refused on submit</source>
      <translation>לא רלוונטי נדחה בשליחה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="361" />
      <source>Required</source>
      <translation>חובה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="378" />
      <source>Add choice</source>
      <translation>הוסף אפשרות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="384" />
      <source>Labels</source>
      <translation>תוויות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="393" />
      <source>Answer must satisfy</source>
      <translation>התשובה חייבת לקיים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="395" />
      <source>Standards</source>
      <translation>תקנים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="397" />
      <source>Choices</source>
      <translation>אפשרויות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="579" />
      <source>Key</source>
      <translation>מפתח</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="670" />
      <source>a name is needed</source>
      <translation>נדרש שם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="671" />
      <source>another section or question is already named '%1'</source>
      <translation>פרק או שאלה אחרים כבר נקראים '%1'</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="679" />
      <location filename="../../work/main/ui/checklist_editor.py" line="747" />
      <source>'%1' is not a number</source>
      <translation>'%1' אינו מספר</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="691" />
      <source>a label is needed</source>
      <translation>נדרשת תווית</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="693" />
      <source>unknown standard %1</source>
      <translation>תקן לא מוכר %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="699" />
      <source>add at least one choice</source>
      <translation>הוסף לפחות אפשרות אחת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="701" />
      <source>two choices have the same key</source>
      <translation>לשתי אפשרויות אותו מפתח</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="703" />
      <source>points must be numbers</source>
      <translation>הנקודות חייבות להיות מספרים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="735" />
      <source>the pass line is a percent from 0 to 100</source>
      <translation>סף המעבר הוא אחוז בין 0 ל-100</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="739" />
      <source>a percent from 0 to 100, or empty for no limit</source>
      <translation>אחוז בין 0 ל-100, או ריק ללא הגבלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="824" />
      <source>Fix the marked fields first: %1</source>
      <translation>תקן תחילה את השדות המסומנים: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/checklist_editor.py" line="848" />
      <source>this rule cannot be used: %1</source>
      <translation>לא ניתן להשתמש בכלל זה: %1</translation>
    </message>
  </context>
  <context>
    <name>StartAudit</name>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="36" />
      <source>Add a location</source>
      <translation>הוספת סניף</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="46" />
      <source>&amp;Organisation</source>
      <translation>ארגון (&amp;O)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="47" />
      <location filename="../../work/main/ui/capture/start_dialog.py" line="105" />
      <source>&amp;Location</source>
      <translation>סניף (&amp;L)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="48" />
      <source>&amp;City</source>
      <translation>עיר (&amp;C)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="66" />
      <source>Start an audit</source>
      <translation>התחלת ביקורת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="81" />
      <source>&amp;New location…</source>
      <translation>סניף חדש… (&amp;N)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="98" />
      <source>name or description of the person who served you</source>
      <translation>שם או תיאור של מי ששירת אתכם</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="104" />
      <source>&amp;Checklist</source>
      <translation>רשימת תיוג (&amp;C)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="106" />
      <source>&amp;Shopper</source>
      <translation>קונה סמוי (&amp;S)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="107" />
      <source>&amp;Visit</source>
      <translation>ביקור (&amp;V)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="108" />
      <source>Observed s&amp;taff</source>
      <translation>צוות שנצפה (&amp;T)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="112" />
      <source>Start</source>
      <translation>התחלה</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="146" />
      <source>Choose a checklist.</source>
      <translation>בחרו רשימת תיוג.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/capture/start_dialog.py" line="149" />
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
      <translation>לקוח סמוי או מבקר</translation>
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
      <location filename="../../work/main/ui/pages/standards_page.py" line="76" />
      <source>Checklist</source>
      <translation>רשימת תיוג</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="58" />
      <source>Weight</source>
      <translation>משקל</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="58" />
      <source>Standard</source>
      <translation>תקן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="59" />
      <source>Questions</source>
      <translation>שאלות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="76" />
      <source>Audits</source>
      <translation>ביקורות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="41" />
      <source>standards</source>
      <translation>תקנים</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="41" />
      <source>equipment</source>
      <translation>ציוד</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="41" />
      <source>staff</source>
      <translation>צוות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="53" />
      <source>Filter by code or title</source>
      <translation>סינון לפי קוד או כותרת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="58" />
      <source>Code</source>
      <translation>קוד</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="58" />
      <source>About</source>
      <translation>נושא</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="58" />
      <source>Target</source>
      <translation>יעד</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="76" />
      <source>Month</source>
      <translation>חודש</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="76" />
      <source>Kept (points)</source>
      <translation>נשמר (נקודות)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="76" />
      <source>Audits failed</source>
      <translation>ביקורות שנכשלו</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="90" />
      <source>Checked by</source>
      <translation>נבדק על ידי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="92" />
      <source>Compliance over time</source>
      <translation>עמידה לאורך זמן</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/pages/standards_page.py" line="105" />
      <source>Service standards</source>
      <translation>תקני שירות</translation>
    </message>
  </context>
  <context>
    <name>ConnectDialog</name>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="47" />
      <source>sslmode=%1: the connection may go without TLS and the server is not checked; anyone on the way can read and change the login and all data.</source>
      <translation>sslmode=%1: החיבור עשוי לעבור ללא TLS והשרת אינו נבדק; כל מי שבדרך יכול לקרוא ולשנות את ההתחברות ואת כל הנתונים.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="51" />
      <source>sslmode=%1 does not check the server's certificate: a man in the middle can read the password exchange and all data.</source>
      <translation>sslmode=%1 אינו בודק את האישור של השרת: תוקף באמצע יכול לקרוא את חילופי הסיסמה ואת כל הנתונים.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="55" />
      <source>sslmode=%1 does not check that the certificate names this server: any server with a certificate from the same CA can pose as it.</source>
      <translation>sslmode=%1 אינו בודק שהאישור נושא את שם השרת הזה: כל שרת עם אישור מאותה רשות (CA) יכול להתחזות אליו.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="59" />
      <source>require_auth=%1 lets the server ask for another login than SCRAM: a server posing as this one may be sent the password, or a hash of it that it can crack.</source>
      <translation>require_auth=%1 מאפשר לשרת לבקש התחברות שאינה SCRAM: שרת שמתחזה לשרת הזה עלול לקבל את הסיסמה, או גיבוב שלה שאותו יוכל לפצח.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="63" />
      <source>channel_binding=%1 does not tie the login to the TLS connection: a man in the middle can pass your login on to the real server.</source>
      <translation>channel_binding=%1 אינו קושר את ההתחברות לחיבור ה־TLS: תוקף באמצע יכול להעביר את ההתחברות שלך לשרת האמיתי.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="81" />
      <source>Sync with a team server</source>
      <translation>סנכרון עם שרת צוות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="82" />
      <source>Connect to a team server</source>
      <translation>התחברות לשרת צוות</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="87" />
      <source>The team's PostgreSQL server, set up by your administrator. Log in with the login and password you were given.</source>
      <translation>שרת ה־PostgreSQL של הצוות, שהוגדר על ידי מנהל/ת המערכת. התחבר/י עם שם המשתמש והסיסמה שקיבלת.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="110" />
      <source>optional: the CA that signed the server's certificate</source>
      <translation>רשות (CA) שחתמה על האישור של השרת (לא חובה)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="116" />
      <source>&amp;Browse…</source>
      <translation>עיון… (&amp;B)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="121" />
      <source>&amp;Server:</source>
      <translation>שרת: (&amp;S)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="122" />
      <source>P&amp;ort:</source>
      <translation>פורט: (&amp;O)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="123" />
      <source>&amp;Database:</source>
      <translation>מסד נתונים: (&amp;D)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="124" />
      <source>&amp;Login:</source>
      <translation>שם משתמש: (&amp;L)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="125" />
      <source>Pass&amp;word:</source>
      <translation>סיסמה: (&amp;W)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="126" />
      <source>C&amp;A certificate:</source>
      <translation>אישור CA: (&amp;A)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="137" />
      <source>&amp;Remember the password in the system keyring</source>
      <translation>לזכור את הסיסמה במחזיק המפתחות של המערכת (&amp;R)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="149" />
      <source>&amp;Sync</source>
      <translation>סנכרון (&amp;S)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="149" />
      <source>&amp;Connect</source>
      <translation>התחברות (&amp;C)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="172" />
      <source>The server's CA certificate</source>
      <translation>אישור ה־CA של השרת</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="174" />
      <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
      <translation>אישורים (*.crt *.pem *.cer);;כל הקבצים (*)</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="182" />
      <source>This connection is weaker than the default:</source>
      <translation>החיבור הזה מוגן פחות מברירת המחדל:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="193" />
      <source>Give the database and your login.</source>
      <translation>יש לציין את מסד הנתונים ואת שם המשתמש.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="199" />
      <source>Another transfer is running; wait for it first.</source>
      <translation>העברה אחרת פועלת; יש להמתין לסיומה.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/connect_dialog.py" line="205" />
      <source>Not connected; check the server, login and password.</source>
      <translation>לא מחובר; בדוק/י את השרת, שם המשתמש והסיסמה.</translation>
    </message>
  </context>
  <context>
    <name>DatabaseOpen</name>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="47" />
      <location filename="../../work/main/ui/database_open.py" line="55" />
      <source>Database damaged</source>
      <translation>מסד הנתונים פגום</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="48" />
      <source>%1 failed its check (%2) and there is no good backup of it.</source>
      <translation>%1 נכשל בבדיקה (%2) ואין לו גיבוי תקין.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="56" />
      <source>%1 failed its check (%2).

Restore the newest good backup, from %3?</source>
      <translation>%1 נכשל בבדיקה (%2).

לשחזר את הגיבוי התקין האחרון, מ־%3?</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="94" />
      <source>%1 answers that could not be saved before were saved now.</source>
      <translation>%1 תשובות שלא ניתן היה לשמור קודם נשמרו כעת.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="101" />
      <source>Today's backup was taken.</source>
      <translation>הגיבוי של היום נלקח.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/database_open.py" line="104" />
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
      <translation>הקונה במחשב זה</translation>
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
      <location filename="../../work/main/ui/password_dialog.py" line="33" />
      <source>Change my password</source>
      <translation>שינוי הסיסמה שלי</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="35" />
      <source>Your new password for %1</source>
      <translation>הסיסמה החדשה שלך עבור %1</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="41" />
      <source>&amp;New password:</source>
      <translation>סיסמה &amp;חדשה:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="42" />
      <source>&amp;Again:</source>
      <translation>&amp;שוב:</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="60" />
      <source>A password has at least %1 characters.</source>
      <translation>לסיסמה יש לפחות %1 תווים.</translation>
    </message>
    <message>
      <location filename="../../work/main/ui/password_dialog.py" line="64" />
      <source>The two passwords differ.</source>
      <translation>שתי הסיסמאות שונות.</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="../../work/main/ui/startup.py" line="182" />
      <source>Cannot open database</source>
      <translation>לא ניתן לפתוח את מסד הנתונים</translation>
    </message>
  </context>
</TS>