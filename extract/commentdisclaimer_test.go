package extract

import (
	"strings"
	"testing"
)

// TestArabicCommentDisclaimer: an Arabic news site's line over its
// comment thread ("الآراء الواردة أدناه لا تعبر عن رأي الموقع، بل تعكس
// وجهات نظر أصحابها فقط": the opinions below are their writers', not the
// site's) is left out as the comment rules of other languages are; the
// article's paragraphs stay.
func TestArabicCommentDisclaimer(t *testing.T) {
	doc := `<html lang="ar" dir="rtl"><head><title>افتتاح الجسر الجديد</title></head><body><div>
		<h1>افتتاح الجسر الجديد</h1>
		<div class="article-body">
		<p>افتتح الجسر الجديد فوق النهر يوم الاثنين، بعد ثلاث سنوات من اتفاق المجلس البلدي والحكومة وشركات البناء على إنشائه، وعبره مئات السكان سيراً على الأقدام في الصباح.</p>
		<p>وقال رئيس البلدية في حفل الافتتاح إن كلفة الجسر فاقت ما خطط له المجلس، لكنها بقيت أقل من كلفة عبارة جديدة، وإن المحال التجارية على الضفتين ستستفيد منه.</p>
		<p>وستقوم العبارة القديمة، التي نقلت السيارات عبر النهر طوال ستين عاماً، برحلتها الأخيرة يوم الجمعة، ثم تنقل إلى متحف الميناء.</p>
		<div style="padding:10px 0"><p>الآراء الواردة أدناه لا تعبر عن رأي الموقع، بل تعكس وجهات نظر أصحابها فقط.</p></div>
		</div>
		</div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, a.Text, []string{"افتتح الجسر الجديد", "العبارة القديمة"}, []string{"الآراء الواردة أدناه"})
}
