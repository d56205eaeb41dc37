//! `AuthProfileType`, from `beta/schemas/AuthProfile.yaml#/properties/type`.

/// Type of the Authentication Profile.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AuthProfileType {
    /// `BLOCK`
    Block,
    /// `MFA`
    Mfa,
    /// `NON_PTA`
    NonPta,
    /// `PTA`
    Pta,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AuthProfileType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AuthProfileType::Block => "BLOCK",
            AuthProfileType::Mfa => "MFA",
            AuthProfileType::NonPta => "NON_PTA",
            AuthProfileType::Pta => "PTA",
            AuthProfileType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AuthProfileType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "BLOCK" => AuthProfileType::Block,
            "MFA" => AuthProfileType::Mfa,
            "NON_PTA" => AuthProfileType::NonPta,
            "PTA" => AuthProfileType::Pta,
            other => AuthProfileType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AuthProfileType);
