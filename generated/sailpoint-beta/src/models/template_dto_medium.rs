//! `TemplateDtoMedium`, from `beta/schemas/TemplateDto.yaml#/properties/medium`.

/// The message medium. More mediums may be added in the future.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TemplateDtoMedium {
    /// `EMAIL`
    Email,
    /// `SLACK`
    Slack,
    /// `TEAMS`
    Teams,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TemplateDtoMedium {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TemplateDtoMedium::Email => "EMAIL",
            TemplateDtoMedium::Slack => "SLACK",
            TemplateDtoMedium::Teams => "TEAMS",
            TemplateDtoMedium::Unknown(value) => value,
        }
    }
}

impl From<&str> for TemplateDtoMedium {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EMAIL" => TemplateDtoMedium::Email,
            "SLACK" => TemplateDtoMedium::Slack,
            "TEAMS" => TemplateDtoMedium::Teams,
            other => TemplateDtoMedium::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TemplateDtoMedium);
