//! `WorkgroupconnectiondtoConnectionType`, from `apis/governance-groups/schemas/workgroupconnectiondto.yaml#/properties/connectionType`.

/// Connection Type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WorkgroupconnectiondtoConnectionType {
    /// `AccessRequestReviewer`
    AccessRequestReviewer,
    /// `Owner`
    Owner,
    /// `ManagementWorkgroup`
    ManagementWorkgroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl WorkgroupconnectiondtoConnectionType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            WorkgroupconnectiondtoConnectionType::AccessRequestReviewer => {
                "AccessRequestReviewer"
            }
            WorkgroupconnectiondtoConnectionType::Owner => "Owner",
            WorkgroupconnectiondtoConnectionType::ManagementWorkgroup => {
                "ManagementWorkgroup"
            }
            WorkgroupconnectiondtoConnectionType::Unknown(value) => value,
        }
    }
}

impl From<&str> for WorkgroupconnectiondtoConnectionType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AccessRequestReviewer" => {
                WorkgroupconnectiondtoConnectionType::AccessRequestReviewer
            }
            "Owner" => WorkgroupconnectiondtoConnectionType::Owner,
            "ManagementWorkgroup" => {
                WorkgroupconnectiondtoConnectionType::ManagementWorkgroup
            }
            other => WorkgroupconnectiondtoConnectionType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(WorkgroupconnectiondtoConnectionType);
