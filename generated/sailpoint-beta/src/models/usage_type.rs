//! `UsageType`, from `v3/schemas/UsageType.yaml`.

/// The type of provisioning policy usage.
/// In IdentityNow, a source can support various provisioning operations. For example, when a joiner is added to a source, this may trigger both CREATE and UPDATE provisioning operations.  Each usage type is considered a provisioning policy.  A source can have any number of these provisioning policies defined.
/// These are the common usage types:
/// CREATE - This usage type relates to 'Create Account Profile', the provisioning template for the account to be created. For example, this would be used for a joiner on a source.
/// UPDATE - This usage type relates to 'Update Account Profile', the provisioning template for the 'Update' connector operations. For example, this would be used for an attribute sync on a source.
/// ENABLE - This usage type relates to 'Enable Account Profile', the provisioning template for the account to be enabled. For example, this could be used for a joiner on a source once the joiner's account is created.
/// DISABLE - This usage type relates to 'Disable Account Profile', the provisioning template for the account to be disabled. For example, this could be used when a leaver is removed temporarily from a source.
/// You can use these four usage types for all your provisioning policy needs.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UsageType {
    /// `CREATE`
    Create,
    /// `UPDATE`
    Update,
    /// `ENABLE`
    Enable,
    /// `DISABLE`
    Disable,
    /// `DELETE`
    Delete,
    /// `ASSIGN`
    Assign,
    /// `UNASSIGN`
    Unassign,
    /// `CREATE_GROUP`
    CreateGroup,
    /// `UPDATE_GROUP`
    UpdateGroup,
    /// `DELETE_GROUP`
    DeleteGroup,
    /// `REGISTER`
    Register,
    /// `CREATE_IDENTITY`
    CreateIdentity,
    /// `UPDATE_IDENTITY`
    UpdateIdentity,
    /// `EDIT_GROUP`
    EditGroup,
    /// `UNLOCK`
    Unlock,
    /// `CHANGE_PASSWORD`
    ChangePassword,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl UsageType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            UsageType::Create => "CREATE",
            UsageType::Update => "UPDATE",
            UsageType::Enable => "ENABLE",
            UsageType::Disable => "DISABLE",
            UsageType::Delete => "DELETE",
            UsageType::Assign => "ASSIGN",
            UsageType::Unassign => "UNASSIGN",
            UsageType::CreateGroup => "CREATE_GROUP",
            UsageType::UpdateGroup => "UPDATE_GROUP",
            UsageType::DeleteGroup => "DELETE_GROUP",
            UsageType::Register => "REGISTER",
            UsageType::CreateIdentity => "CREATE_IDENTITY",
            UsageType::UpdateIdentity => "UPDATE_IDENTITY",
            UsageType::EditGroup => "EDIT_GROUP",
            UsageType::Unlock => "UNLOCK",
            UsageType::ChangePassword => "CHANGE_PASSWORD",
            UsageType::Unknown(value) => value,
        }
    }
}

impl From<&str> for UsageType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CREATE" => UsageType::Create,
            "UPDATE" => UsageType::Update,
            "ENABLE" => UsageType::Enable,
            "DISABLE" => UsageType::Disable,
            "DELETE" => UsageType::Delete,
            "ASSIGN" => UsageType::Assign,
            "UNASSIGN" => UsageType::Unassign,
            "CREATE_GROUP" => UsageType::CreateGroup,
            "UPDATE_GROUP" => UsageType::UpdateGroup,
            "DELETE_GROUP" => UsageType::DeleteGroup,
            "REGISTER" => UsageType::Register,
            "CREATE_IDENTITY" => UsageType::CreateIdentity,
            "UPDATE_IDENTITY" => UsageType::UpdateIdentity,
            "EDIT_GROUP" => UsageType::EditGroup,
            "UNLOCK" => UsageType::Unlock,
            "CHANGE_PASSWORD" => UsageType::ChangePassword,
            other => UsageType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(UsageType);
