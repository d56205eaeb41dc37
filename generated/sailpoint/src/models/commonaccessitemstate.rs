//! `Commonaccessitemstate`, from `apis/iai-common-access/schemas/commonaccessitemstate.yaml`.

/// State of common access item.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Commonaccessitemstate {
    /// `CONFIRMED`
    Confirmed,
    /// `DENIED`
    Denied,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Commonaccessitemstate {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Commonaccessitemstate::Confirmed => "CONFIRMED",
            Commonaccessitemstate::Denied => "DENIED",
            Commonaccessitemstate::Unknown(value) => value,
        }
    }
}

impl From<&str> for Commonaccessitemstate {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CONFIRMED" => Commonaccessitemstate::Confirmed,
            "DENIED" => Commonaccessitemstate::Denied,
            other => Commonaccessitemstate::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Commonaccessitemstate);
