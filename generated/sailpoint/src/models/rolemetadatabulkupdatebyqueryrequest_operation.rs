//! `RolemetadatabulkupdatebyqueryrequestOperation`, from `apis/roles/schemas/rolemetadatabulkupdatebyqueryrequest.yaml#/properties/operation`.

/// The operation to be performed
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RolemetadatabulkupdatebyqueryrequestOperation {
    /// `ADD`
    Add,
    /// `REMOVE`
    Remove,
    /// `REPLACE`
    Replace,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RolemetadatabulkupdatebyqueryrequestOperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RolemetadatabulkupdatebyqueryrequestOperation::Add => "ADD",
            RolemetadatabulkupdatebyqueryrequestOperation::Remove => "REMOVE",
            RolemetadatabulkupdatebyqueryrequestOperation::Replace => "REPLACE",
            RolemetadatabulkupdatebyqueryrequestOperation::Unknown(value) => value,
        }
    }
}

impl From<&str> for RolemetadatabulkupdatebyqueryrequestOperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ADD" => RolemetadatabulkupdatebyqueryrequestOperation::Add,
            "REMOVE" => RolemetadatabulkupdatebyqueryrequestOperation::Remove,
            "REPLACE" => RolemetadatabulkupdatebyqueryrequestOperation::Replace,
            other => {
                RolemetadatabulkupdatebyqueryrequestOperation::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(RolemetadatabulkupdatebyqueryrequestOperation);
