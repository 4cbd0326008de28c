package extract

// maxScriptNoticeChars is the longest line scriptNotice takes.
const maxScriptNoticeChars = 200

// scriptNotice reports whether the lower-cased line l, maxScriptNoticeChars
// or shorter, is a page's notice that it needs scripts or a plug-in to
// show something (scriptNoticeWords: "Media requires JavaScript and Adobe
// Flash to play.", "... a jQuery slider. Please enable JavaScript to
// view."): what a page sets in its <noscript>s, which a page served from
// its <noscript> copy holds as plain paragraphs. Filtering by opener
// ("please enable javascript") missed those that open with what they
// stand in for.
func scriptNotice(l string) bool {
	return len(l) <= maxScriptNoticeChars && matchAny(l, scriptNoticeWords)
}

// scriptNoticeWords are the words of a scriptNotice: asking for scripts
// or Flash to be turned on, or saying a player needs them.
var scriptNoticeWords = []string{"enable javascript", "javascript enabled", "javascript is disabled",
	"javascript is turned off", "turn on javascript", "activate javascript", "javascript to play", "javascript to view",
	"javascript and adobe flash to play", "flash player to play", "flash player to view", "flash and javascript enabled"}
