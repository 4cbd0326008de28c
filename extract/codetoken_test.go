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

// TestListingHiddenLinesAndControls (issue 12): a book's Rust listing
// as mdBook sets it, its setup lines in `<span class="boring">`, which
// the book's script hides ("Show hidden lines"), and a blog's listing
// with a playground's "Run" link set in its <pre> before the <code>. The
// text keeps the lines the page shows, without the hidden ones
// (hiddenListingLine) and without the link's label run into the code's
// first word (listingControl).
func TestListingHiddenLinesAndControls(t *testing.T) {
	doc := `<html><head><title>Traits: Defining Shared Behavior</title></head><body><nav><a href="/">Home</a></nav><main><h1>Traits: Defining Shared Behavior</h1>
<p>A type's behavior consists of the methods we can call on that type, and different types share the same behavior when we can call the same methods on all of them.</p>
<pre><code class="language-rust"><span class="boring">pub trait Summary {
</span><span class="boring">    fn summarize(&amp;self) -&gt; String;
</span><span class="boring">}
</span>pub struct Tweet {
    pub username: String,
}
</code></pre>
<p>Trait definitions are a way to group method signatures together to define a set of behaviors necessary to accomplish some purpose.</p>
<p>One last thing the backend needs is its entry point, which the compiler looks up by name when it loads the library:</p>
<pre><a class="run" href="https://play.example.org/?code=fn+main">Run</a><code class="language-rust">#[no_mangle]
pub fn backend_entry() -&gt; Box&lt;dyn Backend&gt; {
}
</code></pre>
<p>With that in place the compiler can load the backend and hand it each crate in turn, which is all it takes to get started.</p>
</main><footer><p>Published under the MIT licence.</p></footer></body></html>`
	a, err := FromReader(strings.NewReader(doc), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"pub struct Tweet", "#[no_mangle]", "pub fn backend_entry", "all it takes"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("text lacks %q:\n%s", w, a.Text)
		}
	}
	for _, w := range []string{"pub trait Summary", "fn summarize", "Run"} {
		if strings.Contains(a.Text, w) {
			t.Errorf("text keeps %q:\n%s", w, a.Text)
		}
	}
}
