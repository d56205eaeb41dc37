//! `ListWorkgroupMembers200ResponseInnerType`, from `beta/paths/workgroups/workgroup-members.yaml#/get/responses/200/content/application~1json/schema/items/properties/type`.

/// Workgroup member identity DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListWorkgroupMembers200ResponseInnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ListWorkgroupMembers200ResponseInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ListWorkgroupMembers200ResponseInnerType::Identity => "IDENTITY",
            ListWorkgroupMembers200ResponseInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListWorkgroupMembers200ResponseInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => ListWorkgroupMembers200ResponseInnerType::Identity,
            other => ListWorkgroupMembers200ResponseInnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ListWorkgroupMembers200ResponseInnerType);
