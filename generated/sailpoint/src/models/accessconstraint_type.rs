//! `AccessconstraintType`, from `apis/certification-campaigns/schemas/accessconstraint.yaml#/properties/type`.

/// Type of Access
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessconstraintType {
    /// `ENTITLEMENT`
    Entitlement,
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessconstraintType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessconstraintType::Entitlement => "ENTITLEMENT",
            AccessconstraintType::AccessProfile => "ACCESS_PROFILE",
            AccessconstraintType::Role => "ROLE",
            AccessconstraintType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessconstraintType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => AccessconstraintType::Entitlement,
            "ACCESS_PROFILE" => AccessconstraintType::AccessProfile,
            "ROLE" => AccessconstraintType::Role,
            other => AccessconstraintType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessconstraintType);
