//! `ConnectedObjectType`, from `beta/schemas/workgroups/ConnectedObjectType.yaml`.

/// An enumeration of the types of Objects associated with a Governance Group. Supported object types are ACCESS_PROFILE, ROLE, SOD_POLICY and SOURCE.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ConnectedObjectType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `SOD_POLICY`
    SodPolicy,
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ConnectedObjectType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ConnectedObjectType::AccessProfile => "ACCESS_PROFILE",
            ConnectedObjectType::Role => "ROLE",
            ConnectedObjectType::SodPolicy => "SOD_POLICY",
            ConnectedObjectType::Source => "SOURCE",
            ConnectedObjectType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ConnectedObjectType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => ConnectedObjectType::AccessProfile,
            "ROLE" => ConnectedObjectType::Role,
            "SOD_POLICY" => ConnectedObjectType::SodPolicy,
            "SOURCE" => ConnectedObjectType::Source,
            other => ConnectedObjectType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ConnectedObjectType);
