//! `AccessRequestAdminItemStatusRequestedForType`, from `v2024/schemas/AccessRequestAdminItemStatus.yaml#/properties/requestedFor/properties/type`.

/// Type of the object to which this reference applies
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessRequestAdminItemStatusRequestedForType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessRequestAdminItemStatusRequestedForType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessRequestAdminItemStatusRequestedForType::Identity => "IDENTITY",
            AccessRequestAdminItemStatusRequestedForType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessRequestAdminItemStatusRequestedForType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccessRequestAdminItemStatusRequestedForType::Identity,
            other => {
                AccessRequestAdminItemStatusRequestedForType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(AccessRequestAdminItemStatusRequestedForType);
