//! `BulkWorkgroupMembersRequestInnerType`, from `beta/schemas/workgroups/BulkWorkgroupMembersRequest.yaml#/items/properties/type`.

/// Identity's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BulkWorkgroupMembersRequestInnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl BulkWorkgroupMembersRequestInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            BulkWorkgroupMembersRequestInnerType::Identity => "IDENTITY",
            BulkWorkgroupMembersRequestInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for BulkWorkgroupMembersRequestInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => BulkWorkgroupMembersRequestInnerType::Identity,
            other => BulkWorkgroupMembersRequestInnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(BulkWorkgroupMembersRequestInnerType);
