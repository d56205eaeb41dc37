//! `AccessitemrequesterType`, from `apis/access-request-approvals/schemas/accessitemrequester.yaml#/properties/type`.

/// Access item requester's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessitemrequesterType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessitemrequesterType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessitemrequesterType::Identity => "IDENTITY",
            AccessitemrequesterType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessitemrequesterType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccessitemrequesterType::Identity,
            other => AccessitemrequesterType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessitemrequesterType);
