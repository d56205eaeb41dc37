//! An operation's path template (`/identities/{id}/roles`), parsed once into the literal text
//! and the `{parameters}` between it.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathTemplate {
    text: String,
    segments: Vec<PathSegment>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathSegment {
    /// Text sent as it is: `/identities/`.
    Literal(String),
    /// A `{name}`: the wire name of the path parameter sent in its place.
    Param(String),
}

impl PathTemplate {
    /// Parses `text`; a brace without its partner, or a `{}` naming nothing, is an error that
    /// says where it is.
    pub fn parse(text: &str) -> Result<PathTemplate, String> {
        let mut segments = Vec::new();
        let mut rest = text;
        while let Some(start) = rest.find(['{', '}']) {
            let at = text.len() - rest.len() + start;
            if rest[start..].starts_with('}') {
                return Err(format!("`}}` at byte {at} of `{text}` closes no `{{`"));
            }
            let after = &rest[start + 1..];
            let end = after
                .find(['{', '}'])
                .filter(|&end| after[end..].starts_with('}'))
                .ok_or_else(|| format!("`{{` at byte {at} of `{text}` is not closed"))?;
            let name = &after[..end];
            if name.is_empty() {
                return Err(format!(
                    "`{{}}` at byte {at} of `{text}` names no parameter"
                ));
            }
            if start > 0 {
                segments.push(PathSegment::Literal(rest[..start].to_string()));
            }
            segments.push(PathSegment::Param(name.to_string()));
            rest = &after[end + 1..];
        }
        if !rest.is_empty() {
            segments.push(PathSegment::Literal(rest.to_string()));
        }
        Ok(PathTemplate {
            text: text.to_string(),
            segments,
        })
    }

    /// The whole of `text` as literal text, for a template that does not parse: it is sent as
    /// the spec has it.
    pub fn literal(text: &str) -> PathTemplate {
        PathTemplate {
            text: text.to_string(),
            segments: vec![PathSegment::Literal(text.to_string())],
        }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn segments(&self) -> &[PathSegment] {
        &self.segments
    }

    /// The wire names of the parameters, in the order the template has them.
    pub fn param_names(&self) -> impl Iterator<Item = &str> {
        self.segments.iter().filter_map(|segment| match segment {
            PathSegment::Param(name) => Some(name.as_str()),
            PathSegment::Literal(_) => None,
        })
    }

    /// The words of the literal text, between its slashes: `identities`, `roles`.
    pub fn literal_words(&self) -> impl Iterator<Item = &str> {
        self.segments
            .iter()
            .filter_map(|segment| match segment {
                PathSegment::Literal(text) => Some(text.split('/')),
                PathSegment::Param(_) => None,
            })
            .flatten()
            .filter(|word| !word.is_empty())
    }
}

impl fmt::Display for PathTemplate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn literal(text: &str) -> PathSegment {
        PathSegment::Literal(text.to_string())
    }

    fn param(name: &str) -> PathSegment {
        PathSegment::Param(name.to_string())
    }

    #[test]
    fn literal_text_and_parameters_alternate() {
        let template = PathTemplate::parse("/identities/{id}/roles/{role-id}").unwrap();
        assert_eq!(
            template.segments(),
            [
                literal("/identities/"),
                param("id"),
                literal("/roles/"),
                param("role-id")
            ]
        );
        assert_eq!(
            template.param_names().collect::<Vec<_>>(),
            ["id", "role-id"]
        );
        assert_eq!(
            template.literal_words().collect::<Vec<_>>(),
            ["identities", "roles"]
        );
        assert_eq!(template.to_string(), "/identities/{id}/roles/{role-id}");
    }

    #[test]
    fn a_path_without_parameters_is_one_literal() {
        let template = PathTemplate::parse("/identities").unwrap();
        assert_eq!(template.segments(), [literal("/identities")]);
    }

    #[test]
    fn unbalanced_or_empty_braces_are_errors_that_say_where() {
        assert_eq!(
            PathTemplate::parse("/a/{id").unwrap_err(),
            "`{` at byte 3 of `/a/{id` is not closed"
        );
        assert_eq!(
            PathTemplate::parse("/a/{b{c}").unwrap_err(),
            "`{` at byte 3 of `/a/{b{c}` is not closed"
        );
        assert_eq!(
            PathTemplate::parse("/a/id}").unwrap_err(),
            "`}` at byte 5 of `/a/id}` closes no `{`"
        );
        assert_eq!(
            PathTemplate::parse("/a/{}").unwrap_err(),
            "`{}` at byte 3 of `/a/{}` names no parameter"
        );
    }
}
