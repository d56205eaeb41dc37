//! `RolemetadatabulkupdatebyidrequestReplaceScope`, from `apis/roles/schemas/rolemetadatabulkupdatebyidrequest.yaml#/properties/replaceScope`.

/// The choice of update scope.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RolemetadatabulkupdatebyidrequestReplaceScope {
    /// `ALL`
    All,
    /// `ATTRIBUTE`
    Attribute,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RolemetadatabulkupdatebyidrequestReplaceScope {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RolemetadatabulkupdatebyidrequestReplaceScope::All => "ALL",
            RolemetadatabulkupdatebyidrequestReplaceScope::Attribute => "ATTRIBUTE",
            RolemetadatabulkupdatebyidrequestReplaceScope::Unknown(value) => value,
        }
    }
}

impl From<&str> for RolemetadatabulkupdatebyidrequestReplaceScope {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ALL" => RolemetadatabulkupdatebyidrequestReplaceScope::All,
            "ATTRIBUTE" => RolemetadatabulkupdatebyidrequestReplaceScope::Attribute,
            other => {
                RolemetadatabulkupdatebyidrequestReplaceScope::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(RolemetadatabulkupdatebyidrequestReplaceScope);
