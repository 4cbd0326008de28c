package ner

import (
	"testing"

	"github.com/newsner/newsner"
)

// TestAddGroupNameSpans: an untagged name right after "group", or after a
// trade's word and "firm", is an organization (addGroupNameSpans); a
// tournament's pool and a weekday are not.
func TestAddGroupNameSpans(t *testing.T) {
	P, O := newsner.Person, newsner.Organization
	type span = textSpan
	type want = entityWant
	runDocCases(t, []docCase{{
		name:  "advocacy group",
		text:  "Said Jon Marzo, senior vice president of the advocacy group Zorb Knowledge.",
		spans: []span{{P, "Jon Marzo"}},
		want:  []want{{P, "Jon Marzo", 1}, {O, "Zorb Knowledge", 1}},
	}, {
		name:  "research firm",
		text:  "According to research firm QBI Research, most cars will be online by 2017.",
		spans: []span{},
		want:  []want{{O, "QBI Research", 1}},
	}, {
		name:  "a tournament's pool",
		text:  "The Zorbian side lead the other hopefuls in group C.",
		spans: []span{{newsner.EntityType("MISC"), "Zorbian"}},
		want:  nil,
	}, {
		name:  "a weekday after group",
		text:  "The rights group on Friday said the group Monday would act.",
		spans: []span{},
		want:  nil,
	}})
}
