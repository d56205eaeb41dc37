//! `Connectedobjecttype`, from `apis/governance-groups/schemas/connectedobjecttype.yaml`.

/// An enumeration of the types of Objects associated with a Governance Group. Supported object types are ACCESS_PROFILE, ROLE, SOD_POLICY and SOURCE.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Connectedobjecttype {
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

impl Connectedobjecttype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Connectedobjecttype::AccessProfile => "ACCESS_PROFILE",
            Connectedobjecttype::Role => "ROLE",
            Connectedobjecttype::SodPolicy => "SOD_POLICY",
            Connectedobjecttype::Source => "SOURCE",
            Connectedobjecttype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Connectedobjecttype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => Connectedobjecttype::AccessProfile,
            "ROLE" => Connectedobjecttype::Role,
            "SOD_POLICY" => Connectedobjecttype::SodPolicy,
            "SOURCE" => Connectedobjecttype::Source,
            other => Connectedobjecttype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Connectedobjecttype);
