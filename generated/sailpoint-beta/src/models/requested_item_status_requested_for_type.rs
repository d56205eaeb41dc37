//! `RequestedItemStatusRequestedForType`, from `v3/schemas/RequestedItemStatus.yaml#/properties/requestedFor/properties/type`.

/// Type of the object to which this reference applies
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RequestedItemStatusRequestedForType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RequestedItemStatusRequestedForType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RequestedItemStatusRequestedForType::Identity => "IDENTITY",
            RequestedItemStatusRequestedForType::Unknown(value) => value,
        }
    }
}

impl From<&str> for RequestedItemStatusRequestedForType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => RequestedItemStatusRequestedForType::Identity,
            other => RequestedItemStatusRequestedForType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RequestedItemStatusRequestedForType);
