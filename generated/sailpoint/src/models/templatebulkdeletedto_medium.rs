//! `TemplatebulkdeletedtoMedium`, from `apis/notifications/schemas/templatebulkdeletedto.yaml#/properties/medium`.

/// The notification medium (EMAIL, SLACK, or TEAMS)
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TemplatebulkdeletedtoMedium {
    /// `EMAIL`
    Email,
    /// `SLACK`
    Slack,
    /// `TEAMS`
    Teams,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TemplatebulkdeletedtoMedium {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TemplatebulkdeletedtoMedium::Email => "EMAIL",
            TemplatebulkdeletedtoMedium::Slack => "SLACK",
            TemplatebulkdeletedtoMedium::Teams => "TEAMS",
            TemplatebulkdeletedtoMedium::Unknown(value) => value,
        }
    }
}

impl From<&str> for TemplatebulkdeletedtoMedium {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EMAIL" => TemplatebulkdeletedtoMedium::Email,
            "SLACK" => TemplatebulkdeletedtoMedium::Slack,
            "TEAMS" => TemplatebulkdeletedtoMedium::Teams,
            other => TemplatebulkdeletedtoMedium::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TemplatebulkdeletedtoMedium);
