//! `SedAssigneeType`, from `beta/schemas/SedAssignee.yaml#/properties/type`.

/// Type of assignment
/// When value is PERSONA, the value MUST be SOURCE_OWNER or ENTITLEMENT_OWNER
/// IDENTITY SED_ASSIGNEE_IDENTITY_TYPE
/// GROUP SED_ASSIGNEE_GROUP_TYPE
/// SOURCE_OWNER SED_ASSIGNEE_SOURCE_OWNER_TYPE
/// ENTITLEMENT_OWNER SED_ASSIGNEE_ENTITLEMENT_OWNER_TYPE
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SedAssigneeType {
    /// `IDENTITY`
    Identity,
    /// `GROUP`
    Group,
    /// `SOURCE_OWNER`
    SourceOwner,
    /// `ENTITLEMENT_OWNER`
    EntitlementOwner,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SedAssigneeType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SedAssigneeType::Identity => "IDENTITY",
            SedAssigneeType::Group => "GROUP",
            SedAssigneeType::SourceOwner => "SOURCE_OWNER",
            SedAssigneeType::EntitlementOwner => "ENTITLEMENT_OWNER",
            SedAssigneeType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SedAssigneeType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => SedAssigneeType::Identity,
            "GROUP" => SedAssigneeType::Group,
            "SOURCE_OWNER" => SedAssigneeType::SourceOwner,
            "ENTITLEMENT_OWNER" => SedAssigneeType::EntitlementOwner,
            other => SedAssigneeType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SedAssigneeType);
