//! `Usagetype`, from `apis/sources/schemas/usagetype.yaml`.

/// The type of provisioning policy usage.
/// In IdentityNow, a source can support various provisioning operations. For example, when a joiner is added to a source, this may trigger both CREATE and UPDATE provisioning operations.  Each usage type is considered a provisioning policy.  A source can have any number of these provisioning policies defined.
/// These are the common usage types:
/// CREATE - This usage type relates to 'Create Account Profile', the provisioning template for the account to be created. For example, this would be used for a joiner on a source.
/// UPDATE - This usage type relates to 'Update Account Profile', the provisioning template for the 'Update' connector operations. For example, this would be used for an attribute sync on a source.
/// ENABLE - This usage type relates to 'Enable Account Profile', the provisioning template for the account to be enabled. For example, this could be used for a joiner on a source once the joiner's account is created.
/// DISABLE - This usage type relates to 'Disable Account Profile', the provisioning template for the account to be disabled. For example, this could be used when a leaver is removed temporarily from a source.
/// You can use these usage types for all your provisioning policy needs.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Usagetype {
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

impl Usagetype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Usagetype::Create => "CREATE",
            Usagetype::Update => "UPDATE",
            Usagetype::Enable => "ENABLE",
            Usagetype::Disable => "DISABLE",
            Usagetype::Delete => "DELETE",
            Usagetype::Assign => "ASSIGN",
            Usagetype::Unassign => "UNASSIGN",
            Usagetype::CreateGroup => "CREATE_GROUP",
            Usagetype::UpdateGroup => "UPDATE_GROUP",
            Usagetype::DeleteGroup => "DELETE_GROUP",
            Usagetype::Register => "REGISTER",
            Usagetype::CreateIdentity => "CREATE_IDENTITY",
            Usagetype::UpdateIdentity => "UPDATE_IDENTITY",
            Usagetype::EditGroup => "EDIT_GROUP",
            Usagetype::Unlock => "UNLOCK",
            Usagetype::ChangePassword => "CHANGE_PASSWORD",
            Usagetype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Usagetype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CREATE" => Usagetype::Create,
            "UPDATE" => Usagetype::Update,
            "ENABLE" => Usagetype::Enable,
            "DISABLE" => Usagetype::Disable,
            "DELETE" => Usagetype::Delete,
            "ASSIGN" => Usagetype::Assign,
            "UNASSIGN" => Usagetype::Unassign,
            "CREATE_GROUP" => Usagetype::CreateGroup,
            "UPDATE_GROUP" => Usagetype::UpdateGroup,
            "DELETE_GROUP" => Usagetype::DeleteGroup,
            "REGISTER" => Usagetype::Register,
            "CREATE_IDENTITY" => Usagetype::CreateIdentity,
            "UPDATE_IDENTITY" => Usagetype::UpdateIdentity,
            "EDIT_GROUP" => Usagetype::EditGroup,
            "UNLOCK" => Usagetype::Unlock,
            "CHANGE_PASSWORD" => Usagetype::ChangePassword,
            other => Usagetype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Usagetype);
