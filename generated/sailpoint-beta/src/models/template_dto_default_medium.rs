//! `TemplateDtoDefaultMedium`, from `beta/schemas/TemplateDtoDefault.yaml#/properties/medium`.

/// The message medium. More mediums may be added in the future.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TemplateDtoDefaultMedium {
    /// `EMAIL`
    Email,
    /// `SLACK`
    Slack,
    /// `TEAMS`
    Teams,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TemplateDtoDefaultMedium {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TemplateDtoDefaultMedium::Email => "EMAIL",
            TemplateDtoDefaultMedium::Slack => "SLACK",
            TemplateDtoDefaultMedium::Teams => "TEAMS",
            TemplateDtoDefaultMedium::Unknown(value) => value,
        }
    }
}

impl From<&str> for TemplateDtoDefaultMedium {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EMAIL" => TemplateDtoDefaultMedium::Email,
            "SLACK" => TemplateDtoDefaultMedium::Slack,
            "TEAMS" => TemplateDtoDefaultMedium::Teams,
            other => TemplateDtoDefaultMedium::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TemplateDtoDefaultMedium);
