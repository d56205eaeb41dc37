//! `AuthprofileType`, from `apis/auth-profile/schemas/authprofile.yaml#/properties/type`.

/// Type of the Authentication Profile.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AuthprofileType {
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

impl AuthprofileType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AuthprofileType::Block => "BLOCK",
            AuthprofileType::Mfa => "MFA",
            AuthprofileType::NonPta => "NON_PTA",
            AuthprofileType::Pta => "PTA",
            AuthprofileType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AuthprofileType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "BLOCK" => AuthprofileType::Block,
            "MFA" => AuthprofileType::Mfa,
            "NON_PTA" => AuthprofileType::NonPta,
            "PTA" => AuthprofileType::Pta,
            other => AuthprofileType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AuthprofileType);
