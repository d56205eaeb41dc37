//! `TemplateBulkDeleteDtoMedium`, from `beta/schemas/TemplateBulkDeleteDto.yaml#/properties/medium`.

/// The notification medium (EMAIL, SLACK, or TEAMS)
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TemplateBulkDeleteDtoMedium {
    /// `EMAIL`
    Email,
    /// `SLACK`
    Slack,
    /// `TEAMS`
    Teams,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TemplateBulkDeleteDtoMedium {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TemplateBulkDeleteDtoMedium::Email => "EMAIL",
            TemplateBulkDeleteDtoMedium::Slack => "SLACK",
            TemplateBulkDeleteDtoMedium::Teams => "TEAMS",
            TemplateBulkDeleteDtoMedium::Unknown(value) => value,
        }
    }
}

impl From<&str> for TemplateBulkDeleteDtoMedium {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EMAIL" => TemplateBulkDeleteDtoMedium::Email,
            "SLACK" => TemplateBulkDeleteDtoMedium::Slack,
            "TEAMS" => TemplateBulkDeleteDtoMedium::Teams,
            other => TemplateBulkDeleteDtoMedium::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TemplateBulkDeleteDtoMedium);
