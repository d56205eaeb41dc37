//! `RolemetadatabulkupdatebyfilterrequestOperation`, from `apis/roles/schemas/rolemetadatabulkupdatebyfilterrequest.yaml#/properties/operation`.

/// The operation to be performed
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RolemetadatabulkupdatebyfilterrequestOperation {
    /// `ADD`
    Add,
    /// `REMOVE`
    Remove,
    /// `REPLACE`
    Replace,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RolemetadatabulkupdatebyfilterrequestOperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RolemetadatabulkupdatebyfilterrequestOperation::Add => "ADD",
            RolemetadatabulkupdatebyfilterrequestOperation::Remove => "REMOVE",
            RolemetadatabulkupdatebyfilterrequestOperation::Replace => "REPLACE",
            RolemetadatabulkupdatebyfilterrequestOperation::Unknown(value) => value,
        }
    }
}

impl From<&str> for RolemetadatabulkupdatebyfilterrequestOperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ADD" => RolemetadatabulkupdatebyfilterrequestOperation::Add,
            "REMOVE" => RolemetadatabulkupdatebyfilterrequestOperation::Remove,
            "REPLACE" => RolemetadatabulkupdatebyfilterrequestOperation::Replace,
            other => {
                RolemetadatabulkupdatebyfilterrequestOperation::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(RolemetadatabulkupdatebyfilterrequestOperation);
