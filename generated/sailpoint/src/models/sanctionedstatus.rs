//! `Sanctionedstatus`, from `apis/business-applications/schemas/sanctionedstatus.yaml`.

/// Indicates whether a Business Application is sanctioned for use within the organization. Machine identities linked to a Business Application inherit this value. Defaults to `UNKNOWN` when not explicitly set.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Sanctionedstatus {
    /// `SANCTIONED`
    Sanctioned,
    /// `UNSANCTIONED`
    Unsanctioned,
    /// `UNKNOWN`
    UnknownValue,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Sanctionedstatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Sanctionedstatus::Sanctioned => "SANCTIONED",
            Sanctionedstatus::Unsanctioned => "UNSANCTIONED",
            Sanctionedstatus::UnknownValue => "UNKNOWN",
            Sanctionedstatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for Sanctionedstatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SANCTIONED" => Sanctionedstatus::Sanctioned,
            "UNSANCTIONED" => Sanctionedstatus::Unsanctioned,
            "UNKNOWN" => Sanctionedstatus::UnknownValue,
            other => Sanctionedstatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Sanctionedstatus);
