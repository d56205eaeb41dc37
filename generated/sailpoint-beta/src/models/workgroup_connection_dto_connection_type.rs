//! `WorkgroupConnectionDtoConnectionType`, from `beta/schemas/workgroups/WorkgroupConnectionDto.yaml#/properties/connectionType`.

/// Connection Type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WorkgroupConnectionDtoConnectionType {
    /// `AccessRequestReviewer`
    AccessRequestReviewer,
    /// `Owner`
    Owner,
    /// `ManagementWorkgroup`
    ManagementWorkgroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl WorkgroupConnectionDtoConnectionType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            WorkgroupConnectionDtoConnectionType::AccessRequestReviewer => {
                "AccessRequestReviewer"
            }
            WorkgroupConnectionDtoConnectionType::Owner => "Owner",
            WorkgroupConnectionDtoConnectionType::ManagementWorkgroup => {
                "ManagementWorkgroup"
            }
            WorkgroupConnectionDtoConnectionType::Unknown(value) => value,
        }
    }
}

impl From<&str> for WorkgroupConnectionDtoConnectionType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AccessRequestReviewer" => {
                WorkgroupConnectionDtoConnectionType::AccessRequestReviewer
            }
            "Owner" => WorkgroupConnectionDtoConnectionType::Owner,
            "ManagementWorkgroup" => {
                WorkgroupConnectionDtoConnectionType::ManagementWorkgroup
            }
            other => WorkgroupConnectionDtoConnectionType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(WorkgroupConnectionDtoConnectionType);
