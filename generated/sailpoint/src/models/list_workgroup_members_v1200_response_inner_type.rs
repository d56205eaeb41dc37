//! `ListWorkgroupMembersV1200ResponseInnerType`, from `apis/governance-groups/paths/workgroups-v1-by-workgroupid-members.yaml#/get/responses/200/content/application~1json/schema/items/properties/type`.

/// Workgroup member identity DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListWorkgroupMembersV1200ResponseInnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ListWorkgroupMembersV1200ResponseInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ListWorkgroupMembersV1200ResponseInnerType::Identity => "IDENTITY",
            ListWorkgroupMembersV1200ResponseInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListWorkgroupMembersV1200ResponseInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => ListWorkgroupMembersV1200ResponseInnerType::Identity,
            other => {
                ListWorkgroupMembersV1200ResponseInnerType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(ListWorkgroupMembersV1200ResponseInnerType);
