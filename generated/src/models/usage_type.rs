//! `UsageType`, from `v3/schemas/UsageType.yaml`.
crate::string_enum! {
    #[doc = " The type of provisioning policy usage."] #[doc =
    " In IdentityNow, a source can support various provisioning operations. For example, when a joiner is added to a source, this may trigger both CREATE and UPDATE provisioning operations.  Each usage type is considered a provisioning policy.  A source can have any number of these provisioning policies defined."]
    #[doc = " These are the common usage types:"] #[doc =
    " CREATE - This usage type relates to 'Create Account Profile', the provisioning template for the account to be created. For example, this would be used for a joiner on a source."]
    #[doc =
    " UPDATE - This usage type relates to 'Update Account Profile', the provisioning template for the 'Update' connector operations. For example, this would be used for an attribute sync on a source."]
    #[doc =
    " ENABLE - This usage type relates to 'Enable Account Profile', the provisioning template for the account to be enabled. For example, this could be used for a joiner on a source once the joiner's account is created."]
    #[doc =
    " DISABLE - This usage type relates to 'Disable Account Profile', the provisioning template for the account to be disabled. For example, this could be used when a leaver is removed temporarily from a source."]
    #[doc =
    " You can use these four usage types for all your provisioning policy needs."] pub
    enum UsageType { #[doc = " `CREATE`"] Create = "CREATE", #[doc = " `UPDATE`"] Update
    = "UPDATE", #[doc = " `ENABLE`"] Enable = "ENABLE", #[doc = " `DISABLE`"] Disable =
    "DISABLE", #[doc = " `DELETE`"] Delete = "DELETE", #[doc = " `ASSIGN`"] Assign =
    "ASSIGN", #[doc = " `UNASSIGN`"] Unassign = "UNASSIGN", #[doc = " `CREATE_GROUP`"]
    CreateGroup = "CREATE_GROUP", #[doc = " `UPDATE_GROUP`"] UpdateGroup =
    "UPDATE_GROUP", #[doc = " `DELETE_GROUP`"] DeleteGroup = "DELETE_GROUP", #[doc =
    " `REGISTER`"] Register = "REGISTER", #[doc = " `CREATE_IDENTITY`"] CreateIdentity =
    "CREATE_IDENTITY", #[doc = " `UPDATE_IDENTITY`"] UpdateIdentity = "UPDATE_IDENTITY",
    #[doc = " `EDIT_GROUP`"] EditGroup = "EDIT_GROUP", #[doc = " `UNLOCK`"] Unlock =
    "UNLOCK", #[doc = " `CHANGE_PASSWORD`"] ChangePassword = "CHANGE_PASSWORD", }
}
