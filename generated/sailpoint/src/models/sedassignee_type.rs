//! `SedassigneeType`, from `apis/suggested-entitlement-description/schemas/sedassignee.yaml#/properties/type`.

/// Type of assignment
/// When value is PERSONA, the value MUST be SOURCE_OWNER or ENTITLEMENT_OWNER
/// IDENTITY SED_ASSIGNEE_IDENTITY_TYPE
/// GROUP SED_ASSIGNEE_GROUP_TYPE
/// SOURCE_OWNER SED_ASSIGNEE_SOURCE_OWNER_TYPE
/// ENTITLEMENT_OWNER SED_ASSIGNEE_ENTITLEMENT_OWNER_TYPE
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SedassigneeType {
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

impl SedassigneeType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SedassigneeType::Identity => "IDENTITY",
            SedassigneeType::Group => "GROUP",
            SedassigneeType::SourceOwner => "SOURCE_OWNER",
            SedassigneeType::EntitlementOwner => "ENTITLEMENT_OWNER",
            SedassigneeType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SedassigneeType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => SedassigneeType::Identity,
            "GROUP" => SedassigneeType::Group,
            "SOURCE_OWNER" => SedassigneeType::SourceOwner,
            "ENTITLEMENT_OWNER" => SedassigneeType::EntitlementOwner,
            other => SedassigneeType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SedassigneeType);
