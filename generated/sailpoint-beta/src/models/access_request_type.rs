//! `AccessRequestType`, from `v2024/schemas/AccessRequestType.yaml`.

/// Access request type. Defaults to GRANT_ACCESS. REVOKE_ACCESS type can only have a single Identity ID in the requestedFor field. MODIFY_ACCESS type is used for updating access expiration dates or other access modifications.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessRequestType {
    /// `GRANT_ACCESS`
    GrantAccess,
    /// `REVOKE_ACCESS`
    RevokeAccess,
    /// `MODIFY_ACCESS`
    ModifyAccess,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessRequestType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessRequestType::GrantAccess => "GRANT_ACCESS",
            AccessRequestType::RevokeAccess => "REVOKE_ACCESS",
            AccessRequestType::ModifyAccess => "MODIFY_ACCESS",
            AccessRequestType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessRequestType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GRANT_ACCESS" => AccessRequestType::GrantAccess,
            "REVOKE_ACCESS" => AccessRequestType::RevokeAccess,
            "MODIFY_ACCESS" => AccessRequestType::ModifyAccess,
            other => AccessRequestType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessRequestType);
