package extract

import (
	"strings"
	"testing"
)

// TestCodeTokenComments: a tutorial's code blocks as syntax
// highlighters mark them up, each token in a span whose class names its
// part of the code ("token comment" from Prism, "hljs-comment" and
// "hljs-meta" from highlight.js): the code's comments stay in the text
// as its other lines do (codeToken), though "comment" says chrome when
// it names a block of the page.
func TestCodeTokenComments(t *testing.T) {
	doc := `<html><head><title>Building a standalone module</title></head><body><nav><a href="/">Home</a></nav><article><h1>Building a standalone module</h1>
<p>Let us start with a small program that exports a single function adding two numbers, the hello world of every compiler.</p>
<pre class="language-c"><code class="language-c"><span class="token comment">// add.c, the whole module</span><br/><span class="token keyword">int</span> add(int x, int y) {<br/>  return x + y;<br/>}</code></pre>
<p>We would normally build it with the compiler's usual command, which writes both a script and the module beside it.</p>
<pre><code class="language-bash"><span class="hljs-comment"># build the module alone</span>
<span class="hljs-meta">cc</span> -O3 add.c -o add.wasm</code></pre>
<p>When the compiler sees we want only the module, it makes one that runs by itself, without any runtime code around it.</p>
</article><div class="comments"><p>Great post, thanks for writing it up so clearly, it helped me a lot with my own build.</p></div></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"// add.c, the whole module", "# build the module alone", "return x + y;", "runs by itself"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("text lacks %q:\n%s", w, a.Text)
		}
	}
	if strings.Contains(a.Text, "Great post") {
		t.Errorf("text keeps the readers' comments:\n%s", a.Text)
	}
}
