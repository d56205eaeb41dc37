//! `Configtypeenumcamel`, from `apis/work-reassignment/schemas/configtypeenumcamel.yaml`.

/// Enum list of valid work types that can be selected for a Reassignment Configuration
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Configtypeenumcamel {
    /// `accessRequests`
    AccessRequests,
    /// `certifications`
    Certifications,
    /// `manualTasks`
    ManualTasks,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Configtypeenumcamel {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Configtypeenumcamel::AccessRequests => "accessRequests",
            Configtypeenumcamel::Certifications => "certifications",
            Configtypeenumcamel::ManualTasks => "manualTasks",
            Configtypeenumcamel::Unknown(value) => value,
        }
    }
}

impl From<&str> for Configtypeenumcamel {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "accessRequests" => Configtypeenumcamel::AccessRequests,
            "certifications" => Configtypeenumcamel::Certifications,
            "manualTasks" => Configtypeenumcamel::ManualTasks,
            other => Configtypeenumcamel::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Configtypeenumcamel);
