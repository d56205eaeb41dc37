//! `V3AccessRequestType`, from `v3/schemas/AccessRequestType.yaml`.

/// Access request type. Defaults to GRANT_ACCESS. REVOKE_ACCESS type can only have a single Identity ID in the requestedFor field. MODIFY_ACCESS type is used for updating access expiration dates or other access modifications.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V3AccessRequestType {
    /// `GRANT_ACCESS`
    GrantAccess,
    /// `REVOKE_ACCESS`
    RevokeAccess,
    /// `MODIFY_ACCESS`
    ModifyAccess,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl V3AccessRequestType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V3AccessRequestType::GrantAccess => "GRANT_ACCESS",
            V3AccessRequestType::RevokeAccess => "REVOKE_ACCESS",
            V3AccessRequestType::ModifyAccess => "MODIFY_ACCESS",
            V3AccessRequestType::Unknown(value) => value,
        }
    }
}

impl From<&str> for V3AccessRequestType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GRANT_ACCESS" => V3AccessRequestType::GrantAccess,
            "REVOKE_ACCESS" => V3AccessRequestType::RevokeAccess,
            "MODIFY_ACCESS" => V3AccessRequestType::ModifyAccess,
            other => V3AccessRequestType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(V3AccessRequestType);
