//! `BulkworkgroupmembersrequestInnerType`, from `apis/governance-groups/schemas/bulkworkgroupmembersrequest.yaml#/items/properties/type`.

/// Identity's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BulkworkgroupmembersrequestInnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl BulkworkgroupmembersrequestInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            BulkworkgroupmembersrequestInnerType::Identity => "IDENTITY",
            BulkworkgroupmembersrequestInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for BulkworkgroupmembersrequestInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => BulkworkgroupmembersrequestInnerType::Identity,
            other => BulkworkgroupmembersrequestInnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(BulkworkgroupmembersrequestInnerType);
