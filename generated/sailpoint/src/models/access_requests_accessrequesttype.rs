//! `AccessRequestsAccessrequesttype`, from `apis/access-requests/schemas/accessrequesttype.yaml`.

/// Access request type. Defaults to GRANT_ACCESS. REVOKE_ACCESS type can only have a single Identity ID in the requestedFor field. MODIFY_ACCESS type is used for updating access expiration dates or other access modifications.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessRequestsAccessrequesttype {
    /// `GRANT_ACCESS`
    GrantAccess,
    /// `REVOKE_ACCESS`
    RevokeAccess,
    /// `MODIFY_ACCESS`
    ModifyAccess,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessRequestsAccessrequesttype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessRequestsAccessrequesttype::GrantAccess => "GRANT_ACCESS",
            AccessRequestsAccessrequesttype::RevokeAccess => "REVOKE_ACCESS",
            AccessRequestsAccessrequesttype::ModifyAccess => "MODIFY_ACCESS",
            AccessRequestsAccessrequesttype::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessRequestsAccessrequesttype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GRANT_ACCESS" => AccessRequestsAccessrequesttype::GrantAccess,
            "REVOKE_ACCESS" => AccessRequestsAccessrequesttype::RevokeAccess,
            "MODIFY_ACCESS" => AccessRequestsAccessrequesttype::ModifyAccess,
            other => AccessRequestsAccessrequesttype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessRequestsAccessrequesttype);
