use super::*;
use pulldown_cmark::{Event as Md, Parser, Tag};

/// Fails if the Markdown would render any HTML or link, and returns its text.
fn assert_inert(markdown: &str) -> String {
    let mut text = String::new();
    for event in Parser::new(markdown) {
        match event {
            Md::Html(h) | Md::InlineHtml(h) => {
                panic!("page text became HTML {h:?} in {markdown:?}")
            }
            Md::Start(Tag::Link { .. } | Tag::Image { .. }) => panic!("a link in {markdown:?}"),
            Md::Text(t) => text.push_str(&t),
            Md::SoftBreak | Md::HardBreak => text.push(' '),
            _ => {}
        }
    }
    text
}

#[test]
fn a_page_keeps_its_body_text_and_drops_head_scripts_and_chrome() {
    let page = r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Mission of Norland</title>
<style>p { color: red; }</style><script>var x = "<p>not text</p>";</script></head>
<body>
<header><a href="/">Home</a> | <a href="/about">About</a></header>
<nav><ul><li>Statements</li><li>Press</li></ul></nav>
<!-- a comment <p>hidden</p> -->
<h1>Statement  by the
  Delegation</h1>
<p><b>Mr. Chair,</b></p>
<div>We thank the <strong>President</strong> for <em>convening</em> this
debate.<br>We   reaffirm our support.</div>
<ul><li>First point</li><li>Second <i>point</i></li></ul>
<table><tr><td>Item 5</td><td>Adopted</td></tr></table>
<noscript>Enable JavaScript</noscript><template><p>later</p></template>
<svg><text>chart</text></svg><iframe src="x">frame</iframe>
<footer>Copyright 2024</footer>
<script type="module">document.write("<h1>injected</h1>")</script>
</body></html>"#;
    let expected = "# Statement by the Delegation\n\n**Mr. Chair,**\n\n\
        We thank the **President** for *convening* this debate.\\\nWe reaffirm our support.\n\n\
        - First point\n\n- Second *point*\n\nItem 5\n\nAdopted\n";
    let markdown = html_to_markdown(page);
    assert_eq!(markdown, expected);
    assert_inert(&markdown);
}

#[test]
fn main_or_article_content_is_preferred() {
    let page = "<body><p>Site banner</p><aside><article>Related story</article></aside>\
        <main><h2>Statement</h2><p>Body text.</p></main><p>Sidebar</p></body>";
    assert_eq!(html_to_markdown(page), "## Statement\n\nBody text.\n");

    let articles = "<div>Menu</div><article><header><h1>Title</h1></header><p>One.</p>\
        <footer>Posted Monday</footer></article><nav><article>Nav card</article></nav>";
    assert_eq!(
        html_to_markdown(articles),
        "# Title\n\nOne.\n\nPosted Monday\n",
        "the article's own header and footer are its content; an article in a nav is not"
    );

    let empty_main = "<main><script>app()</script></main><p>Real text</p>";
    assert_eq!(
        html_to_markdown(empty_main),
        "Real text\n",
        "an empty <main> falls back to the page"
    );
}

#[test]
fn entities_are_decoded() {
    let page = "<p>Caf&eacute; &amp; co &lt;tag&gt; &quot;q&quot; &#39;s&#39; A&nbsp;B \
        &mdash; &ndash; &rsquo;&ldquo;&rdquo; &#8364;&#x20AC;&#X41; &#150; &amp &copy; \
        &unknown; &#0; &#xD800; & alone &#;</p>";
    assert_eq!(
        html_to_markdown(page),
        "Café & co \\<tag> \"q\" 's' A\u{a0}B — – ’“” €€A – & © \\&unknown; \u{fffd} \u{fffd} & alone \\&#;\n"
    );
}

#[test]
fn nested_inline_markup() {
    let page = "<p><b>bold <i>both</i> bold</b> <strong> spaced </strong>plain \
        <em><em>doubly</em> still</em> <i></i><b>a</b><b>b</b></p>";
    let markdown = html_to_markdown(page);
    assert_eq!(
        markdown,
        "**bold** ***both*** **bold** **spaced** plain *doubly still* **ab**\n"
    );
    assert_eq!(
        assert_inert(&markdown),
        "bold both bold spaced plain doubly still ab"
    );
}

#[test]
fn malformed_html_is_read_tolerantly() {
    let page = "<P CLASS=x>Upper <B>case</b></p>\
        <p title='a > b' data-x=\"1>2\">quoted &gt; attrs</p>\
        <p>a < b and 3<4, x <= y, </ p> <>empty</p>\
        <div>unclosed <b>bold\
        <p>next para</div>\
        <p>stray </b></i></em> closers</p>\
        <p>half tag <a href=\"x";
    let markdown = html_to_markdown(page);
    assert_eq!(
        markdown,
        "Upper **case**\n\nquoted > attrs\n\na \\< b and 3\\<4, x \\<= y, \\<>empty\n\n\
         unclosed **bold**\n\n**next para**\n\n**stray** closers\n\nhalf tag \\<a href=\"x\n"
    );
    assert_inert(&markdown);
}

#[test]
fn unclosed_comments_and_raw_text_swallow_only_what_browsers_do() {
    assert_eq!(
        html_to_markdown("<p>kept</p><!-- never closed <p>gone"),
        "kept\n"
    );
    assert_eq!(html_to_markdown("<p>kept</p><script>alert(1)"), "kept\n");
    assert_eq!(
        html_to_markdown("<SCRIPT>a('</p>')</Script ><p>after</p>"),
        "after\n"
    );
    assert_eq!(
        html_to_markdown("<nav>unclosed nav<p>text</p>"),
        "unclosed nav\n\ntext\n"
    );
}

#[test]
fn markup_in_text_never_survives_as_live_html() {
    let page = r#"<body><p>Look <img src=x onerror=alert(1)> here</p>
<p>&lt;script&gt;alert(2)&lt;/script&gt; and &lt;img src=x onerror=alert(3)&gt;</p>
<p><a href="javascript:alert(4)">click</a> [link](javascript:alert(5)) &#60;b&#62;</p>
<p># not a heading</p><p>- not a list</p><p>1. not a list</p><p>&gt; not a quote</p>
<p>*not emphasis* _nor this_ `code` &amp;copy; ~~strike~~ a|b \</p>
<p>line one<br>=====</p></body>"#;
    let markdown = html_to_markdown(page);
    let bare_lt = markdown
        .match_indices('<')
        .any(|(i, _)| !markdown[..i].ends_with('\\'));
    assert!(!bare_lt, "every '<' is escaped: {markdown}");
    let text = assert_inert(&markdown);
    assert_eq!(
        text,
        "Look here<script>alert(2)</script> and <img src=x onerror=alert(3)>\
         click [link](javascript:alert(5)) <b># not a heading- not a list1. not a list\
         > not a quote*not emphasis* _nor this_ `code` &copy; ~~strike~~ a|b \\line one =====",
        "every character of the page text is shown literally"
    );
    for event in Parser::new(&markdown) {
        assert!(
            !matches!(
                event,
                Md::Start(Tag::Heading { .. } | Tag::List(_) | Tag::BlockQuote(_))
            ),
            "text became structure: {event:?} in {markdown}"
        );
    }
}

#[test]
fn chinese_and_arabic_text_pass_through() {
    let page = "<html><body dir=\"rtl\"><h2>بيان وفد</h2><p>السيد الرئيس،&rlm; نشكركم.</p>\
        <p lang=\"zh\">主席先生，<b>我们</b>感谢秘书长的报告。</p></body></html>";
    assert_eq!(
        html_to_markdown(page),
        "## بيان وفد\n\nالسيد الرئيس،\u{200f} نشكركم.\n\n主席先生，**我们**感谢秘书长的报告。\n"
    );
}

#[test]
fn a_flood_of_unclosed_tags_takes_linear_time() {
    let started = std::time::Instant::now();
    let no_gt = "<a b".repeat(100_000) + "<i end";
    assert!(html_to_markdown(&no_gt).ends_with("\\<a b\\<i end\n"));
    let open_quotes = "<p>".to_string() + &"<a b='x".repeat(50_000) + "<i>end";
    assert_eq!(
        html_to_markdown(&open_quotes),
        "end\n",
        "an unclosed quote runs to a later '>'"
    );
    assert!(
        started.elapsed().as_secs() < 5,
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn pages_without_text_give_empty_markdown() {
    assert_eq!(html_to_markdown(""), "");
    assert_eq!(
        html_to_markdown("<html><head><title>t</title></head><body> </body></html>"),
        ""
    );
    assert_eq!(html_to_markdown("<"), "\\<\n");
}
