//! `Accessrequesttype`, from `apis/access-request-approvals/schemas/accessrequesttype.yaml`.

/// Access request type. Defaults to GRANT_ACCESS. REVOKE_ACCESS type can only have a single Identity ID in the requestedFor field. MODIFY_ACCESS type is used for updating access expiration dates or other access modifications.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Accessrequesttype {
    /// `GRANT_ACCESS`
    GrantAccess,
    /// `REVOKE_ACCESS`
    RevokeAccess,
    /// `MODIFY_ACCESS`
    ModifyAccess,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Accessrequesttype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Accessrequesttype::GrantAccess => "GRANT_ACCESS",
            Accessrequesttype::RevokeAccess => "REVOKE_ACCESS",
            Accessrequesttype::ModifyAccess => "MODIFY_ACCESS",
            Accessrequesttype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Accessrequesttype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GRANT_ACCESS" => Accessrequesttype::GrantAccess,
            "REVOKE_ACCESS" => Accessrequesttype::RevokeAccess,
            "MODIFY_ACCESS" => Accessrequesttype::ModifyAccess,
            other => Accessrequesttype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Accessrequesttype);
