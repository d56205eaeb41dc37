//! `RolemetadatabulkupdatebyqueryrequestReplaceScope`, from `apis/roles/schemas/rolemetadatabulkupdatebyqueryrequest.yaml#/properties/replaceScope`.

/// The choice of update scope.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RolemetadatabulkupdatebyqueryrequestReplaceScope {
    /// `ALL`
    All,
    /// `ATTRIBUTE`
    Attribute,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RolemetadatabulkupdatebyqueryrequestReplaceScope {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RolemetadatabulkupdatebyqueryrequestReplaceScope::All => "ALL",
            RolemetadatabulkupdatebyqueryrequestReplaceScope::Attribute => "ATTRIBUTE",
            RolemetadatabulkupdatebyqueryrequestReplaceScope::Unknown(value) => value,
        }
    }
}

impl From<&str> for RolemetadatabulkupdatebyqueryrequestReplaceScope {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ALL" => RolemetadatabulkupdatebyqueryrequestReplaceScope::All,
            "ATTRIBUTE" => RolemetadatabulkupdatebyqueryrequestReplaceScope::Attribute,
            other => {
                RolemetadatabulkupdatebyqueryrequestReplaceScope::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(RolemetadatabulkupdatebyqueryrequestReplaceScope);
