//! `RolemetadatabulkupdatebyfilterrequestReplaceScope`, from `apis/roles/schemas/rolemetadatabulkupdatebyfilterrequest.yaml#/properties/replaceScope`.

/// The choice of update scope.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RolemetadatabulkupdatebyfilterrequestReplaceScope {
    /// `ALL`
    All,
    /// `ATTRIBUTE`
    Attribute,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RolemetadatabulkupdatebyfilterrequestReplaceScope {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RolemetadatabulkupdatebyfilterrequestReplaceScope::All => "ALL",
            RolemetadatabulkupdatebyfilterrequestReplaceScope::Attribute => "ATTRIBUTE",
            RolemetadatabulkupdatebyfilterrequestReplaceScope::Unknown(value) => value,
        }
    }
}

impl From<&str> for RolemetadatabulkupdatebyfilterrequestReplaceScope {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ALL" => RolemetadatabulkupdatebyfilterrequestReplaceScope::All,
            "ATTRIBUTE" => RolemetadatabulkupdatebyfilterrequestReplaceScope::Attribute,
            other => {
                RolemetadatabulkupdatebyfilterrequestReplaceScope::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(RolemetadatabulkupdatebyfilterrequestReplaceScope);
