//! `Certificationdecision`, from `apis/certifications/schemas/certificationdecision.yaml`.

/// The decision to approve or revoke the review item
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Certificationdecision {
    /// `APPROVE`
    Approve,
    /// `REVOKE`
    Revoke,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Certificationdecision {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Certificationdecision::Approve => "APPROVE",
            Certificationdecision::Revoke => "REVOKE",
            Certificationdecision::Unknown(value) => value,
        }
    }
}

impl From<&str> for Certificationdecision {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APPROVE" => Certificationdecision::Approve,
            "REVOKE" => Certificationdecision::Revoke,
            other => Certificationdecision::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Certificationdecision);
