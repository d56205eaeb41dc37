//! `AccessProfileUsageUsedByInnerType`, from `v3/schemas/access/AccessProfileUsage.yaml#/properties/usedBy/items/properties/type`.

/// DTO type of role using the access profile.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessProfileUsageUsedByInnerType {
    /// `ROLE`
    Role,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessProfileUsageUsedByInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessProfileUsageUsedByInnerType::Role => "ROLE",
            AccessProfileUsageUsedByInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessProfileUsageUsedByInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ROLE" => AccessProfileUsageUsedByInnerType::Role,
            other => AccessProfileUsageUsedByInnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessProfileUsageUsedByInnerType);
