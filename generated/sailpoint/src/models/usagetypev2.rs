//! `Usagetypev2`, from `apis/sources/schemas/usagetypev2.yaml`.

/// The type of provisioning policy usage.
/// In IdentityNow, a source can support various provisioning operations. For example, when a joiner is added to a source, this may trigger both CREATE and UPDATE provisioning operations.  Each usage type is considered a provisioning policy.  A source can have any number of these provisioning policies defined.
/// These are the common usage types:
/// CREATE - This usage type relates to 'Create Account Profile', the provisioning template for the account to be created. For example, this would be used for a joiner on a source.
/// UPDATE - This usage type relates to 'Update Account Profile', the provisioning template for the 'Update' connector operations. For example, this would be used for an attribute sync on a source.
/// ENABLE - This usage type relates to 'Enable Account Profile', the provisioning template for the account to be enabled. For example, this could be used for a joiner on a source once the joiner's account is created.
/// DISABLE - This usage type relates to 'Disable Account Profile', the provisioning template for the account to be disabled. For example, this could be used when a leaver is removed temporarily from a source.
/// CREATE_MACHINE_ACCOUNT - This usage type can be used to create the provisioning template for a source subtype which will be used in creating a machine account.
/// You can use these usage types for all your provisioning policy needs.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Usagetypev2 {
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
    /// `CREATE_MACHINE_ACCOUNT`
    CreateMachineAccount,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Usagetypev2 {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Usagetypev2::Create => "CREATE",
            Usagetypev2::Update => "UPDATE",
            Usagetypev2::Enable => "ENABLE",
            Usagetypev2::Disable => "DISABLE",
            Usagetypev2::Delete => "DELETE",
            Usagetypev2::Assign => "ASSIGN",
            Usagetypev2::Unassign => "UNASSIGN",
            Usagetypev2::CreateGroup => "CREATE_GROUP",
            Usagetypev2::UpdateGroup => "UPDATE_GROUP",
            Usagetypev2::DeleteGroup => "DELETE_GROUP",
            Usagetypev2::Register => "REGISTER",
            Usagetypev2::CreateIdentity => "CREATE_IDENTITY",
            Usagetypev2::UpdateIdentity => "UPDATE_IDENTITY",
            Usagetypev2::EditGroup => "EDIT_GROUP",
            Usagetypev2::Unlock => "UNLOCK",
            Usagetypev2::ChangePassword => "CHANGE_PASSWORD",
            Usagetypev2::CreateMachineAccount => "CREATE_MACHINE_ACCOUNT",
            Usagetypev2::Unknown(value) => value,
        }
    }
}

impl From<&str> for Usagetypev2 {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CREATE" => Usagetypev2::Create,
            "UPDATE" => Usagetypev2::Update,
            "ENABLE" => Usagetypev2::Enable,
            "DISABLE" => Usagetypev2::Disable,
            "DELETE" => Usagetypev2::Delete,
            "ASSIGN" => Usagetypev2::Assign,
            "UNASSIGN" => Usagetypev2::Unassign,
            "CREATE_GROUP" => Usagetypev2::CreateGroup,
            "UPDATE_GROUP" => Usagetypev2::UpdateGroup,
            "DELETE_GROUP" => Usagetypev2::DeleteGroup,
            "REGISTER" => Usagetypev2::Register,
            "CREATE_IDENTITY" => Usagetypev2::CreateIdentity,
            "UPDATE_IDENTITY" => Usagetypev2::UpdateIdentity,
            "EDIT_GROUP" => Usagetypev2::EditGroup,
            "UNLOCK" => Usagetypev2::Unlock,
            "CHANGE_PASSWORD" => Usagetypev2::ChangePassword,
            "CREATE_MACHINE_ACCOUNT" => Usagetypev2::CreateMachineAccount,
            other => Usagetypev2::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Usagetypev2);
