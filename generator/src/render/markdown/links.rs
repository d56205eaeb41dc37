//! The links of the pages, checked as Docusaurus (`onBrokenLinks: 'throw'`) and a browser see
//! them: a relative link resolves against the page's slug like a relative URL, `#anchor` must be
//! the id of a heading on the target page (ids made as `github-slugger` makes them), and links
//! with a scheme (`https:`) leave the site and are not checked.

use std::collections::{BTreeMap, HashMap};

use crate::render::markdown_text::{Fence, Fences, code_span_content};

/// A broken link: the page (its file) it is on, and why.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Broken {
    pub file: String,
    pub link: String,
    pub reason: String,
}

impl std::fmt::Display for Broken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: `{}`: {}", self.file, self.link, self.reason)
    }
}

/// What a check found.
#[derive(Debug, Default)]
pub struct Report {
    pub pages: usize,
    /// Links to pages of the site and anchors, all checked.
    pub internal: usize,
    /// Links that leave the site, not checked.
    pub external: usize,
    pub broken: Vec<Broken>,
}

/// Checks every link of `pages` (file name, text) against the pages themselves.
pub fn check<'a>(pages: impl IntoIterator<Item = (&'a str, &'a str)>) -> Report {
    let pages: Vec<(&str, &str)> = pages.into_iter().collect();
    let mut report = Report {
        pages: pages.len(),
        ..Report::default()
    };
    let mut by_slug: HashMap<String, (&str, Vec<String>)> = HashMap::new();
    for (file, text) in &pages {
        match slug(text) {
            Some(slug) => {
                if let Some((other, _)) = by_slug.insert(normalize(slug), (file, heading_ids(text)))
                {
                    report.broken.push(Broken {
                        file: file.to_string(),
                        link: slug.into(),
                        reason: format!("{other} has the same slug"),
                    });
                }
            }
            None => report.broken.push(Broken {
                file: file.to_string(),
                link: String::new(),
                reason: "no slug in the front matter".into(),
            }),
        }
    }
    for (file, text) in &pages {
        let Some(own) = slug(text) else { continue };
        for link in links(text) {
            if has_scheme(&link) {
                report.external += 1;
                continue;
            }
            report.internal += 1;
            let (path, fragment) = match link.split_once('#') {
                Some((path, fragment)) => (path, Some(fragment)),
                None => (link.as_str(), None),
            };
            let path = path.split('?').next().unwrap_or_default();
            let target = if path.is_empty() {
                normalize(own)
            } else {
                resolve(own, path)
            };
            let reason = match by_slug.get(&target) {
                None => Some(format!("no page has the slug {target}")),
                Some((_, ids)) => match fragment {
                    Some(fragment)
                        if !fragment.is_empty() && !ids.iter().any(|id| id == fragment) =>
                    {
                        Some(format!("{target} has no heading #{fragment}"))
                    }
                    _ => None,
                },
            };
            if let Some(reason) = reason {
                report.broken.push(Broken {
                    file: file.to_string(),
                    link,
                    reason,
                });
            }
        }
    }
    report.broken.sort();
    report
}

/// The `slug:` of a page's front matter.
pub fn slug(text: &str) -> Option<&str> {
    front_matter(text)?
        .lines()
        .find_map(|line| line.strip_prefix("slug:"))
        .map(str::trim)
}

fn front_matter(text: &str) -> Option<&str> {
    let rest = text.strip_prefix("---\n")?;
    rest.find("\n---").map(|end| &rest[..end])
}

/// The page's Markdown after its front matter.
fn content(text: &str) -> &str {
    match text
        .strip_prefix("---\n")
        .and_then(|rest| rest.find("\n---").map(|end| &rest[end + 4..]))
    {
        Some(content) => content,
        None => text,
    }
}

/// `href` resolved against the page at `base` as a browser resolves a relative URL.
pub fn resolve(base: &str, href: &str) -> String {
    let joined = if href.starts_with('/') {
        href.to_string()
    } else {
        let dir = &base[..base.rfind('/').map_or(0, |i| i + 1)];
        format!("{dir}{href}")
    };
    let mut segments: Vec<&str> = Vec::new();
    for segment in joined.split('/').skip(1) {
        match segment {
            "." => {}
            ".." => {
                segments.pop();
            }
            s => segments.push(s),
        }
    }
    normalize(&format!("/{}", segments.join("/")))
}

/// A path without its trailing slash (but `/`).
fn normalize(path: &str) -> String {
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() {
        "/".into()
    } else {
        trimmed.to_string()
    }
}

fn has_scheme(link: &str) -> bool {
    let Some(colon) = link.find(':') else {
        return false;
    };
    let scheme = &link[..colon];
    scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
}

/// The lines of the page's Markdown outside code fences.
fn prose_lines(text: &str) -> Vec<&str> {
    let mut fences = Fences::default();
    content(text)
        .lines()
        .filter(|line| fences.line(line) == Fence::Prose)
        .collect()
}

/// `line` with the content of its code spans blanked, so that nothing in code reads as a link.
fn blank_code_spans(line: &str) -> String {
    code_span_content(line)
        .map(|(c, in_code)| if in_code { ' ' } else { c })
        .collect()
}

/// Every link destination of the page: `[text](destination)` and `[label]: destination`.
pub fn links(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in prose_lines(text).into_iter().map(blank_code_spans) {
        let trimmed = line.trim_start();
        if trimmed.starts_with('[')
            && let Some((_, destination)) = trimmed.split_once("]:")
            && !trimmed.starts_with("[[")
        {
            if let Some(destination) = destination.split_whitespace().next() {
                found.push(destination.trim_matches(['<', '>']).to_string());
            }
            continue;
        }
        let mut rest = line.as_str();
        while let Some(start) = rest.find("](") {
            let after = &rest[start + 2..];
            let (destination, used) = destination(after);
            found.push(destination);
            rest = &after[used..];
        }
    }
    found
}

/// The destination at the start of `text` (after `](`), and how many bytes it took.
fn destination(text: &str) -> (String, usize) {
    if let Some(inner) = text.strip_prefix('<') {
        let end = inner.find('>').unwrap_or(inner.len());
        return (inner[..end].to_string(), end + 1);
    }
    let mut depth = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return (text[..i].to_string(), i),
            ')' => depth -= 1,
            c if c.is_whitespace() => return (text[..i].to_string(), i),
            _ => {}
        }
    }
    (text.to_string(), text.len())
}

/// The ids Docusaurus gives the page's headings, in order.
pub fn heading_ids(text: &str) -> Vec<String> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut ids = Vec::new();
    for line in prose_lines(text) {
        let hashes = line.chars().take_while(|c| *c == '#').count();
        if !(1..=6).contains(&hashes) || !line[hashes..].starts_with(' ') {
            continue;
        }
        let base = github_slug(&heading_text(
            line[hashes..].trim().trim_end_matches('#').trim_end(),
        ));
        let mut id = base.clone();
        while counts.contains_key(&id) {
            let count = counts.entry(base.clone()).or_insert(0);
            *count += 1;
            id = format!("{base}-{count}");
        }
        counts.insert(id.clone(), 0);
        ids.push(id);
    }
    ids
}

/// A heading's text as it renders: link targets, emphasis and backslash escapes gone.
fn heading_text(markdown: &str) -> String {
    let mut text = String::with_capacity(markdown.len());
    let mut chars = markdown.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => text.extend(chars.next()),
            '*' | '`' | '[' => {}
            ']' if chars.peek() == Some(&'(') => {
                for c in chars.by_ref() {
                    if c == ')' {
                        break;
                    }
                }
            }
            c => text.push(c),
        }
    }
    text
}

/// `github-slugger`'s slug: lowercase, punctuation dropped, spaces made `-`.
pub fn github_slug(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_links_resolve_like_urls() {
        let page = "/tools/sdk/rust/beta/methods/identities";
        assert_eq!(
            resolve(page, "../models/identity"),
            "/tools/sdk/rust/beta/models/identity"
        );
        assert_eq!(
            resolve("/tools/sdk/rust/beta/models/identity", "identity-document"),
            "/tools/sdk/rust/beta/models/identity-document"
        );
        assert_eq!(
            resolve("/tools/sdk/rust/beta/methods", "methods/identities"),
            "/tools/sdk/rust/beta/methods/identities"
        );
        assert_eq!(
            resolve("/tools/sdk/rust/beta/methods", "identities"),
            "/tools/sdk/rust/beta/identities"
        );
        assert_eq!(resolve(page, "./x/../y/"), "/tools/sdk/rust/beta/methods/y");
        assert_eq!(resolve(page, "/abs"), "/abs");
    }

    #[test]
    fn headings_get_github_slugger_ids() {
        let text = "---\nslug: /a\n---\n# sailpoint_beta::apis::X\n## get-identity\n### Parameters\n### Parameters\n```\n# not a heading\n```\n## **Bold** `code` [link](x) \\{x\\}";
        assert_eq!(
            heading_ids(text),
            [
                "sailpoint_betaapisx",
                "get-identity",
                "parameters",
                "parameters-1",
                "bold-code-link-x"
            ]
        );
    }

    #[test]
    fn links_outside_code_are_found() {
        let text = "---\nslug: /a\n---\n[a](../models/x) and [`b`](#c) `[no](link)`\n```\n[no](link)\n```\n[[Back to top]](#)\n[ref]: <https://x.y>";
        assert_eq!(links(text), ["../models/x", "#c", "#", "https://x.y"]);
    }

    #[test]
    fn broken_links_and_anchors_are_reported() {
        let a = "---\nslug: /docs/methods/a\n---\n## op-one\n[ok](#op-one) [top](#) [model](../models/m) [gone](../models/n) [bad](#op-two) [far](https://x.y)";
        let m = "---\nslug: /docs/models/m\n---\n# M\n[back](../methods/a#op-one) [bad](../methods/a#nope)";
        let report = check([("a.md", a), ("m.md", m)]);
        assert_eq!((report.pages, report.internal, report.external), (2, 7, 1));
        let broken: Vec<String> = report
            .broken
            .iter()
            .map(|b| format!("{}: {}", b.file, b.link))
            .collect();
        assert_eq!(
            broken,
            [
                "a.md: #op-two",
                "a.md: ../models/n",
                "m.md: ../methods/a#nope"
            ]
        );
    }
}
