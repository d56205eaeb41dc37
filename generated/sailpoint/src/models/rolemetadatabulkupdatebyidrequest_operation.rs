//! `RolemetadatabulkupdatebyidrequestOperation`, from `apis/roles/schemas/rolemetadatabulkupdatebyidrequest.yaml#/properties/operation`.

/// The operation to be performed
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RolemetadatabulkupdatebyidrequestOperation {
    /// `ADD`
    Add,
    /// `REMOVE`
    Remove,
    /// `REPLACE`
    Replace,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RolemetadatabulkupdatebyidrequestOperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RolemetadatabulkupdatebyidrequestOperation::Add => "ADD",
            RolemetadatabulkupdatebyidrequestOperation::Remove => "REMOVE",
            RolemetadatabulkupdatebyidrequestOperation::Replace => "REPLACE",
            RolemetadatabulkupdatebyidrequestOperation::Unknown(value) => value,
        }
    }
}

impl From<&str> for RolemetadatabulkupdatebyidrequestOperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ADD" => RolemetadatabulkupdatebyidrequestOperation::Add,
            "REMOVE" => RolemetadatabulkupdatebyidrequestOperation::Remove,
            "REPLACE" => RolemetadatabulkupdatebyidrequestOperation::Replace,
            other => {
                RolemetadatabulkupdatebyidrequestOperation::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(RolemetadatabulkupdatebyidrequestOperation);
