//! `AccessitemreviewedbyType`, from `apis/access-request-approvals/schemas/accessitemreviewedby.yaml#/properties/type`.

/// DTO type of identity who reviewed the access item request.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessitemreviewedbyType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessitemreviewedbyType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessitemreviewedbyType::Identity => "IDENTITY",
            AccessitemreviewedbyType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessitemreviewedbyType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccessitemreviewedbyType::Identity,
            other => AccessitemreviewedbyType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessitemreviewedbyType);
